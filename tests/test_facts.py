"""Document facts: organization, academic year, model, look-alike documents."""

from __future__ import annotations

import pytest

from normalizers.facts import detect_model, find_academic_year, find_organization, not_roadmap_reason
from pipeline.reference import Reference


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Дорожная карта реализации целевой модели наставничества в MAOU «Лицей №6» 2022 - 2023 учебный год",
            "МАОУ «Лицей №6»",
        ),
        ("Дорожная карта … в МБОУ «СОШ №2» г. Сосногорска", "МБОУ «СОШ №2» г. Сосногорска"),
        (
            "План мероприятий МБДОУ «Детский сад № 45 «Ромашка»» на 2023-2024 учебный год",
            "МБДОУ «Детский сад № 45 «Ромашка»»",
        ),
        (
            "Программа внедрения целевой модели наставничества в ОГАПОУ «Валуйский колледж»",
            "ОГАПОУ «Валуйский колледж»",
        ),
        (
            "внедрения методологии наставничества в МБООУ СТД, НДЛ Элдиг-Хемская СШ-И на 2024-2025 учебный год",
            "МБООУ СТД, НДЛ Элдиг-Хемская СШ-И",
        ),
        ("Дорожная карта ГАПОУ РТ «Казанский колледж» на 2024/2025 уч. год", "ГАПОУ РТ «Казанский колледж»"),
        (
            "План МКОУ Покровская СОШ Усть-Кутского района на 2025-2026 год",
            "МКОУ Покровская СОШ Усть-Кутского района",
        ),
        (
            "Дорожная карта МБДОУ «Детский сад № 7 «Берёзка»» г.о. Тольятти на 2023-2024 год",
            "МБДОУ «Детский сад № 7 «Берёзка»» г.о. Тольятти",
        ),
        ("Дорожная карта в МКОУ «ООШ № 2» ст. Кавказской", "МКОУ «ООШ № 2» ст. Кавказской"),
        ("Дорожная карта МАДОУ МО г. Тула «Детский сад № 5»", "МАДОУ МО г. Тула «Детский сад № 5»"),
        ("План ГБОУ РС(Я) «Чурапчинский лицей» на 2024 год", "ГБОУ РС(Я) «Чурапчинский лицей»"),
        ("Дорожная карта КОГОБУ СШ пгт Арбаж на 2025-2026 уч. год", "КОГОБУ СШ пгт Арбаж"),
        ("Дорожная карта МАОУ СОШ № 5 города Ишима на 2025/2026 год", "МАОУ СОШ № 5 города Ишима"),
        ("План МБОУ «СОШ № 3» а. Кошехабль на 2025 год", "МБОУ «СОШ № 3» а. Кошехабль"),
        (
            "в МАОУ «СОШ № 4» Верхотурского городского округа на 2025 год",
            "МАОУ «СОШ № 4» Верхотурского городского округа",
        ),
        # OCR ran the ministry's line and the school's together
        ("Министерство образования Тульской области МБОУ «СОШ № 1»", "МБОУ «СОШ № 1»"),
        # OCR read the legal form in Latin, Б as B
        ("План-график MOBY «Гимназия № 1» г. Мирного", "МОБУ «Гимназия № 1» г. Мирного"),
        # one «»» printed for two closes both quotes; the approval lines below are no part of the name
        (
            "Дорожная карта ГБОУ «Лицей-интернат «Созвездие»\nот 31.08.2020 № 198\nна 2020-2021 учебный год",
            "ГБОУ «Лицей-интернат «Созвездие»",
        ),
        # the town runs on to the next line, after «г.» or a hyphen
        (
            "Дорожная карта в МБДОУ «Детский сад № 8 «Берёзка»» г.\nИшима на 2021-2022 учебный год",
            "МБДОУ «Детский сад № 8 «Берёзка»» г. Ишима",
        ),
        (
            "Дорожная карта в МАДОУ «Детский сад № 5» г. Каменска-\nУральского на 2021-2022 учебный год",
            "МАДОУ «Детский сад № 5» г. Каменска-Уральского",
        ),
        # OCR read the dot of «с.» as a comma
        ("Дорожная карта МОБУ «СОШ № 2 с, Ивановка» на 2025-2026 учебный год", "МОБУ «СОШ № 2 с. Ивановка»"),
        # …also of a town after the quoted name
        (
            "План мероприятий в МБОУ «Гимназия № 6» г, Дзержинска на 2024-2025 уч. год",
            "МБОУ «Гимназия № 6» г. Дзержинска",
        ),
        # an unquoted name with lowercase words of its own
        (
            "Дорожная карта в МАОУ СОШ № 45 с углублённым изучением отдельных предметов г. Калининграда\n2022 г.",
            "МАОУ СОШ № 45 с углублённым изучением отдельных предметов г. Калининграда",
        ),
        # «№» as OCR reads it
        ("Дорожная карта в МАОУ «Гимназия Ne 46» на 2023/2024 учебный год", "МАОУ «Гимназия № 46»"),
        # OCR lost the closing quote: the name still ends before the year
        (
            "Дорожная карта МКОУ «Ключевская ООШ Заринского района на 2020-2021 уч. год",
            "МКОУ «Ключевская ООШ Заринского района",
        ),
        # the approval line names the plan too, but the title below names the town as well
        (
            "Приложение № 2 к приказу МБОУ «Лицей № 3» от 31.08.2023 № 187 Дорожная карта\n"
            "внедрения целевой модели наставничества в МБОУ «Лицей № 3» г. Каменск-Шахтинского",
            "МБОУ «Лицей № 3» г. Каменск-Шахтинского",
        ),
        # «2022 г.» ends the approval line; the plan's title below names the town
        (
            "Директор МБОУ «СОШ № 9» « 31 » августа 2022 г.\nДорожная карта\nв МБОУ «СОШ № 9» г. Рубцовска",
            "МБОУ «СОШ № 9» г. Рубцовска",
        ),
    ],
)
def test_organization(reference: Reference, title: str, expected: str) -> None:
    assert find_organization(title, reference) == expected


def test_ministry_in_preamble_is_not_the_organization(reference: Reference) -> None:
    text = (
        "в соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145"
    )
    assert find_organization(text, reference) is None


@pytest.mark.parametrize(
    ("title", "year", "multi"),
    [
        ("Дорожная карта … 2022 - 2023 учебный год", 2022, False),
        ("План мероприятий на 2024-2025 учебный год", 2024, False),
        ("дорожная карта, 2024/2025 уч. год", 2024, False),
        ("Дорожная карта внедрения на 2021-2024 г.г.", None, True),
        ("план работы на 2020 – 2024 учебный год", None, True),
        ("СОГЛАСОВАНО\nПротокол № 1 от «29» сентября 2022 г.\nДорожная карта наставничества", None, False),
        ("УТВЕРЖДЕНО приказом от 01.09.2022 №21/1", None, False),
    ],
)
def test_academic_year(reference: Reference, title: str, year: int | None, multi: bool) -> None:
    assert find_academic_year(title, reference) == (year, multi)


def test_model(reference: Reference) -> None:
    title_2022 = "Положение о системе наставничества педагогических работников"
    assert detect_model(title_2022, "", reference) == "teachers_2022"
    assert (
        detect_model("Дорожная карта внедрения целевой модели наставничества", "", reference)
        == "target_model_2019"
    )
    assert detect_model("План работы управляющего совета школы", "", reference) == "unknown"
    # «банк наставников» is 2019 wording too: the title decides
    title_2019 = "Дорожная карта внедрения целевой модели наставничества в МАДОУ"
    assert detect_model(title_2019, "Формирование банка наставников", reference) == "target_model_2019"


def test_look_alike_documents(reference: Reference) -> None:
    assert "положение" in (
        not_roadmap_reason("ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ\nв МБОУ «СОШ № 1»", reference) or ""
    )
    assert "приказ" in (
        not_roadmap_reason("ПРИКАЗ\n01.09.2022 № 21\nОб утверждении дорожной карты", reference) or ""
    )
    assert "приказ" in (
        not_roadmap_reason("Приказ о внедрении целевой модели наставничества", reference) or ""
    )
    assert not_roadmap_reason("Дорожная карта внедрения целевой модели наставничества", reference) is None
    # the order that approves the plan, cited in its approval block
    approved = "УТВЕРЖДАЮ\nДиректор ________ В.Г. Шестаков\nПриказ № 88 от 28.08.2020 г.\nПлан-график (дорожная карта)"
    assert not_roadmap_reason(approved, reference) is None


def test_the_title_names_the_school_before_the_approval_block(reference: Reference) -> None:
    text = (
        "УТВЕРЖДАЮ\nДиректор ГАПОУ «ЛПК»\n_______ Р.Р. Хайруллин\n"
        "Дорожная карта\nреализации целевой модели наставничества\n"
        "в ГАПОУ «Лениногорский политехнический колледж»\nна 2025/2026 учебный год"
    )
    assert find_organization(text, reference) == "ГАПОУ «Лениногорский политехнический колледж»"


def test_a_name_broken_inside_its_quotes_is_joined(reference: Reference) -> None:
    text = "Утверждаю\nЗаведующий МБДОУ «Детский сад № 112\n«Колокольчик»»\n_________ О.В. Белова"
    assert find_organization(text, reference) == "МБДОУ «Детский сад № 112 «Колокольчик»»"
