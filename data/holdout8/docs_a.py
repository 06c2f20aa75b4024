"""Roadmaps 1–3: a Word 97 table (Армавир), a phone photo (Верхнеталовская ООШ), an XLS (Шилка)."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import numpy as np
from docx import Document
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page
from data.holdout8.core import (
    R,
    Section,
    add_row,
    add_span_row,
    assert_words_in,
    new_document,
    new_table,
    para,
    pdf_pages_text,
    section_truth,
    soffice_convert,
    widths,
    write_truth,
)

# =========================================================================== 1: DOC (Word 97)
# МБОУ «СОШ № 11» г. Армавира, 2021/2022. Numbered table, Roman stage rows (number cell + merged
# text), a signature line under the table. Merges: 6.1+6.2 in one row, 7.3+7.4 in one row; 7.2 split
# over two rows (the festive event and the awarding).

ARMAVIR_ORG = "МБОУ «СОШ № 11» г. Армавира"
ARMAVIR_YEAR = 2021

ARMAVIR: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа о внедрении целевой модели наставничества в школе и назначении куратора",
                "Август 2021 г.",
                "Директор",
                None,
                ("m", 8, 2021),
                "director",
            ),
            R(
                "Разработка и утверждение Положения о программе наставничества МБОУ «СОШ № 11»",
                "до 15.09.2021",
                "Зам. директора по УВР, рабочая группа",
                None,
                ("dl", 15, 9, 2021),
                "deputy_director_academic",
                "other",
            ),
            R(
                "Педагогический совет «Наставничество в школе: зачем и как» – знакомство коллектива с программой",
                "Сентябрь",
                "Директор, зам. директора по УВР",
                "1.1",
                ("m", 9),
                "director",
                "deputy_director_academic",
            ),
            R(
                "Общешкольное родительское собрание: знакомство родителей с целевой моделью наставничества",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                ("m", 9),
                "deputy_director_upbringing",
                "class_teacher",
            ),
            R(
                "Встреча с выпускниками школы и представителями предприятий-партнёров (АО «Армавирский "
                "механический завод», Армавирский машиностроительный техникум)",
                "Октябрь",
                "Зам. директора по ВР, советник директора по воспитанию",
                "1.3",
                ("m", 10),
                "deputy_director_upbringing",
                "senior_counselor",
            ),
            R(
                "Классные часы для уч-ся 5–11 классов «Что такое наставничество»",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                "class_teacher",
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий на "
                "обработку персональных данных",
                "Сентябрь – октябрь",
                "Педагог-психолог, куратор",
                "2.1",
                ("r", 9, 10),
                "psychologist",
                "program_curator",
            ),
            R(
                "Беседы с классными руководителями, соц. педагогом и родителями о запросах наставляемых, сбор "
                "согласий родителей (законных представителей)",
                "Октябрь",
                "Социальный педагог, классные руководители",
                "2.2",
                ("m", 10),
                "social_pedagogue",
                "class_teacher",
            ),
            R(
                "Формирование базы наставляемых по итогам анкетирования",
                "до 25 октября",
                "Куратор программы",
                "2.3",
                ("dl", 25, 10),
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – учитель», "
                "«учитель – ученик»)",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                "other",
            ),
            R(
                "Входная диагностика наставляемых (мотивация, успеваемость, адаптация)",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                "psychologist",
            ),
            R(
                "Анкетирование педагогов и старшеклассников, готовых стать наставниками, согласия на "
                "обработку ПД",
                "Октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                "program_curator",
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Ноябрь",
                "Куратор программы, педагог-психолог",
                "3.4",
                ("m", 11),
                "program_curator",
                "psychologist",
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники (при участии психолога)",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                "deputy_director_academic",
                "psychologist",
            ),
            R(
                "Подбор методических материалов и специалистов для обучения наставников",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                "methodologist",
            ),
            R(
                "Обучающий семинар для наставников «Школа наставника» (3 занятия)",
                "Ноябрь – декабрь",
                "Зам. директора по УВР, приглашённые специалисты ИРО",
                "4.4",
                ("r", 11, 12),
                "deputy_director_academic",
                "other",
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар (групп)",
        [
            R(
                "Общая встреча наставников и наставляемых в формате «Квест-знакомство»",
                "Декабрь",
                "Куратор, старший вожатый",
                "5.1",
                ("m", 12),
                "program_curator",
                "senior_counselor",
            ),
            R(
                "Анкетирование участников после встречи (выбор предпочтительного наставника)",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                "psychologist",
            ),
            R(
                "Закрепление наставнических пар и групп приказом директора, доведение состава пар до участников",
                "до 20 декабря",
                "Директор, куратор программы",
                "5.4",
                ("dl", 20, 12),
                "director",
                "program_curator",
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар (групп)",
        [
            R(
                "Первая (организационная) и вторая (пробная) встречи наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                "mentors",
            ),
            R(
                "Составление индивидуального плана работы пары",
                "Январь",
                "Наставники, наставляемые",
                "6.3",
                ("m", 1),
                "mentors",
                "other",
            ),
            R(
                "Регулярные встречи пар по индивидуальному плану",
                "Январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                "mentors",
            ),
            R(
                "Консультации педагога-психолога для наставнических пар",
                "По мере необходимости",
                "Педагог-психолог",
                None,
                ("u",),
                "psychologist",
            ),
            R(
                "Промежуточный контроль: сбор обратной связи от наставников и наставляемых",
                "Март",
                "Куратор программы",
                "6.5",
                ("m", 3),
                "program_curator",
            ),
            R(
                "Заключительные встречи в парах",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                "mentors",
            ),
            R(
                "Круглый стол наставнических пар «Что у нас получилось»",
                "Май",
                "Куратор программы, зам. директора по УВР",
                "6.7",
                ("m", 5),
                "program_curator",
                "deputy_director_academic",
            ),
            R(
                "Анкетирование «Удовлетворённость участием в программе»",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Праздник «Спасибо, наставник!» с приглашением родителей, партнёров и представителей "
                "управления образования",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                "director",
                "deputy_director_upbringing",
            ),
            R(
                "Награждение лучших наставников грамотами и благодарственными письмами",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                "director",
            ),
            R(
                "Мониторинг эффективности реализации программы наставничества (итоговая диагностика участников)",
                "Май",
                "Куратор, педагог-психолог",
                "7.3",
                ("m", 5),
                "program_curator",
                "psychologist",
            ),
            R(
                "Размещение итогов и лучших практик наставничества на сайте школы и в соцсетях",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                "other",
            ),
            R(
                "Отчёт о реализации дорожной карты в управление образования",
                "до 10 июня",
                "Куратор программы",
                None,
                ("dl", 10, 6),
                "program_curator",
            ),
            R(
                "Пополнение базы наставников на 2022-2023 уч. год",
                "Июнь – август",
                "Куратор программы",
                "7.8",
                ("r", 6, 8),
                "program_curator",
            ),
        ],
    ),
]

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")


def build_armavir11_doc(folder: Path) -> int:
    doc = new_document(landscape=False, size=12)
    for line in (
        "УТВЕРЖДАЮ",
        "Директор МБОУ «СОШ № 11» г. Армавира",
        "__________ Л.В. Карпенко",
        "Приказ от 30.08.2021 № 214-о",
    ):
        para(doc, line, align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c")
    para(doc, f"внедрения целевой модели наставничества в {ARMAVIR_ORG}", bold=True, align="c")
    para(doc, "на 2021-2022 учебный год", bold=True, align="c", after=8)
    table = new_table(
        doc, ["№ п/п", "Содержание деятельности", "Срок исполнения", "Ответственный исполнитель"]
    )
    for si, sec in enumerate(ARMAVIR):
        assert sec.heading is not None
        add_span_row(table, sec.heading, first=f"{ROMAN[si]}.")
        for ri, row in enumerate(sec.rows, start=1):
            assert isinstance(row.date, str)
            add_row(table, [f"{si + 1}.{ri}", row.text, row.date, row.resp])
    widths(table, [1.4, 9.0, 3.2, 4.4])
    para(doc, "")
    para(doc, "Зам. директора по УВР  ____________  О.Н. Седых")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya_karta_2021.docx"
        doc.save(str(src))
        odt = Path(tmp) / "dorozhnaya_karta_2021.odt"
        soffice_convert(src, "odt", odt)
        out = folder / "dorozhnaya_karta_2021.doc"
        soffice_convert(odt, "doc:MS Word 97", out)
        back = Path(tmp) / "check.docx"
        soffice_convert(out, "docx:MS Word 2007 XML", back)
        tables = Document(str(back)).tables
        assert len(tables) == 1, "the table did not survive the conversion to .doc"
        printed = "\n".join(c.text for r in tables[0].rows for c in r.cells)
    texts = [r.text for s in ARMAVIR for r in s.rows]
    assert_words_in(texts, printed, "armavir11_doc")
    acts = section_truth(ARMAVIR, ARMAVIR_YEAR)
    write_truth(folder, ARMAVIR_ORG, ARMAVIR_YEAR, acts)
    return len(acts)


# =========================================================================== 2: JPEG photo
# МКОУ «Верхнеталовская ООШ», 2023/2024: a short plan of a small rural school printed on one page and
# photographed on a desk. Every date carries its year; one range spans the calendar year.

TALOVKA_ORG = "МКОУ «Верхнеталовская ООШ»"
TALOVKA_YEAR = 2023

TALOVKA: list[Section] = [
    Section(
        1,
        "1. Подготовка условий",
        [
            R(
                "Приказ о внедрении модели наставничества, назначение куратора",
                "Сентябрь 2023 г.",
                "Директор",
                None,
                ("m", 9, 2023),
                "director",
            ),
            R(
                "Информирование педколлектива о программе на совещании при директоре",
                "Сентябрь 2023 г.",
                "Директор",
                "1.1",
                ("m", 9, 2023),
                "director",
            ),
            R(
                "Родительское собрание «Наставничество в нашей школе»",
                "Сентябрь 2023 г.",
                "Кл. руководители",
                "1.2",
                ("m", 9, 2023),
                "class_teacher",
            ),
            R(
                "Линейка для уч-ся 5–9 кл.: рассказ о программе наставничества",
                "Сентябрь 2023 г.",
                "ЗДУВР",
                "1.4",
                ("m", 9, 2023),
                "deputy_director_academic",
            ),
        ],
    ),
    Section(
        2,
        "2. База наставляемых",
        [
            R(
                "Анкетирование уч-ся и молодых учителей, согласия на обработку ПД",
                "Октябрь 2023 г.",
                "Куратор",
                "2.1",
                ("m", 10, 2023),
                "program_curator",
            ),
            R(
                "Сбор согласий родителей, сведения от кл. руководителей",
                "Октябрь 2023 г.",
                "Кл. руководители",
                "2.2",
                ("m", 10, 2023),
                "class_teacher",
            ),
            R(
                "Формирование базы наставляемых",
                "Октябрь 2023 г.",
                "Куратор",
                "2.3",
                ("m", 10, 2023),
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "3. База наставников",
        [
            R(
                "Анкетирование учителей и уч-ся 8–9 кл. (будущих наставников)",
                "Октябрь 2023 г.",
                "Куратор",
                "3.3",
                ("m", 10, 2023),
                "program_curator",
            ),
            R(
                "Формирование базы наставников",
                "Ноябрь 2023 г.",
                "Куратор",
                "3.4",
                ("m", 11, 2023),
                "program_curator",
            ),
        ],
    ),
    Section(
        4,
        "4. Обучение наставников",
        [
            R(
                "Обучение наставников (вебинары ЦНППМ)",
                "Ноябрь 2023 г.",
                "ЗДУВР",
                "4.4",
                ("m", 11, 2023),
                "deputy_director_academic",
            ),
        ],
    ),
    Section(
        5,
        "5. Пары и группы",
        [
            R(
                "Общая встреча наставников и наставляемых",
                "Ноябрь 2023 г.",
                "Куратор",
                "5.1",
                ("m", 11, 2023),
                "program_curator",
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "Декабрь 2023 г.",
                "Директор",
                "5.4",
                ("m", 12, 2023),
                "director",
            ),
        ],
    ),
    Section(
        6,
        "6. Работа пар",
        [
            R(
                "Встречи наставников и наставляемых по плану",
                "Декабрь 2023 – апрель 2024",
                "Наставники",
                "6.4",
                ("r", 12, 4, 2023, 2024),
                "mentors",
            ),
            R(
                "Сбор обратной связи (анкеты)",
                "Март 2024 г.",
                "Куратор",
                "6.5",
                ("m", 3, 2024),
                "program_curator",
            ),
            R(
                "Итоговая встреча всех пар",
                "Апрель 2024 г.",
                "ЗДУВР, куратор",
                "6.7",
                ("m", 4, 2024),
                "deputy_director_academic",
                "program_curator",
            ),
        ],
    ),
    Section(
        7,
        "7. Итоги",
        [
            R(
                "Чествование наставников на празднике Последнего звонка",
                "Май 2024 г.",
                "Директор, педагог-организатор",
                "7.2",
                ("m", 5, 2024),
                "director",
                "teachers",
            ),
            R(
                "Публикация итогов на сайте школы и в группе ВК",
                "Май 2024 г.",
                "Куратор",
                "7.6",
                ("m", 5, 2024),
                "program_curator",
            ),
            R(
                "Отчёт в отдел образования администрации района",
                "до 31.05.2024",
                "Директор",
                None,
                ("dl", 31, 5, 2024),
                "director",
            ),
        ],
    ),
]

PHOTO_DPI = 150
PHOTO_SEED = 20230915


def build_verkhnetalovka_oosh_jpg(folder: Path) -> int:
    doc = new_document(size=12, margin_cm=1.8)
    para(doc, "Утверждаю: директор школы _________ Н.П. Грибанова", align="r", size=11)
    para(doc, "")
    para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c")
    para(doc, "по внедрению целевой модели наставничества", bold=True, align="c")
    para(doc, f"в {TALOVKA_ORG} на 2023/2024 учебный год", bold=True, align="c", after=8)
    table = new_table(doc, ["№", "Мероприятие", "Сроки", "Ответственные"])
    n = 0
    for sec in TALOVKA:
        assert sec.heading is not None
        add_span_row(table, sec.heading)
        for row in sec.rows:
            n += 1
            assert isinstance(row.date, str)
            add_row(table, [str(n), row.text, row.date, row.resp])
    widths(table, [1.0, 9.2, 3.6, 3.6])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.docx"
        doc.save(str(src))
        pdf = Path(tmp) / "plan.pdf"
        soffice_convert(src, "pdf", pdf)
        pages = pdf_pages_text(pdf)
        assert len(pages) == 1, f"the plan must fit one page, got {len(pages)}"
        assert_words_in([r.text for s in TALOVKA for r in s.rows], pages[0], "verkhnetalovka")
        page = render_page(pdf.read_bytes(), 0, PHOTO_DPI)
    photo = photo_of(page, np.random.default_rng(PHOTO_SEED))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=72)
    (folder / "IMG_20231002_134512.jpg").write_bytes(buf.getvalue())
    acts = section_truth(TALOVKA, TALOVKA_YEAR)
    write_truth(folder, TALOVKA_ORG, TALOVKA_YEAR, acts)
    return len(acts)


# =========================================================================== 3: XLS
# ГКОУ «Шилкинская специальная (коррекционная) школа-интернат», 2022/2023. Authored in Excel: a merged
# approval line and a merged title, stage rows merged across the table, a «Планируемый результат»
# column, two real date cells. Merges: 6.1+6.3, 7.3+7.4; event names (ППк, торжественная линейка).

SHILKA_ORG = "ГКОУ «Шилкинская специальная (коррекционная) школа-интернат»"
SHILKA_YEAR = 2022

SHILKA: list[Section] = [
    Section(
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Совещание при директоре: ознакомление пед. коллектива с целевой моделью наставничества",
                dt.datetime(2022, 9, 5),
                "Директор, зам. директора по УВР",
                "1.1",
                ("d", 5, 9, 2022),
                "director",
                "deputy_director_academic",
                result="Протокол совещания",
            ),
            R(
                "Информирование родителей (законных представителей) на родительских собраниях и в "
                "родительских группах в мессенджерах",
                "Сентябрь",
                "Классные руководители, воспитатели",
                "1.2",
                ("m", 9),
                "class_teacher",
                "teachers",
                result="Протоколы родительских собраний",
            ),
            R(
                "Классные часы «Кто такой наставник?» (с учётом особенностей обучающихся)",
                "Сентябрь",
                "Классные руководители, воспитатели",
                "1.4",
                ("m", 9),
                "class_teacher",
                "teachers",
                result="Информация на сайте",
            ),
            R(
                "Встреча с представителями местного отделения ВОИ, центра занятости населения и выпускниками "
                "интерната (профориентация)",
                "Октябрь",
                "Зам. директора по ВР, социальный педагог",
                "1.3",
                ("m", 10),
                "deputy_director_upbringing",
                "social_pedagogue",
                result="Фотоотчёт",
            ),
        ],
    ),
    Section(
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование педагогов (молодые специалисты, вновь прибывшие), согласие на обработку ПД",
                "Сентябрь",
                "Зам. директора по УВР",
                "2.1",
                ("m", 9),
                "deputy_director_academic",
                result="Анкеты, согласия",
            ),
            R(
                "Сбор сведений о запросах обучающихся от классных руководителей, воспитателей, "
                "учителя-дефектолога; согласия законных представителей",
                "Сентябрь – октябрь",
                "Социальный педагог, педагог-психолог",
                "2.2",
                ("r", 9, 10),
                "social_pedagogue",
                "psychologist",
                result="Согласия законных представителей",
            ),
            R(
                "Заседание психолого-педагогического консилиума (ППк): анализ запросов, формирование базы "
                "наставляемых",
                "Октябрь",
                "Председатель ППк, педагог-психолог",
                "2.3",
                ("m", 10),
                "other",
                "psychologist",
                result="База наставляемых",
            ),
        ],
    ),
    Section(
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «педагог – педагог», «ученик – ученик», «работодатель – ученик»",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                "other",
                result="Протокол",
            ),
            R(
                "Входная диагностика наставляемых",
                "Октябрь",
                "Педагог-психолог, учитель-логопед",
                "3.2",
                ("m", 10),
                "psychologist",
                "other",
                result="Диагностические карты",
            ),
            R(
                "Анкетирование желающих стать наставниками (педагоги, воспитатели, старшеклассники)",
                "Октябрь",
                "Зам. директора по УВР",
                "3.3",
                ("m", 10),
                "deputy_director_academic",
                result="Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "Ноябрь",
                "Куратор наставничества",
                "3.4",
                ("m", 11),
                "program_curator",
                result="База наставников",
            ),
        ],
    ),
    Section(
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с потенциальными наставниками",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                "deputy_director_academic",
                "psychologist",
                result="Список наставников",
            ),
            R(
                "Курсы повышения квалификации «Наставничество в образовательной организации для детей с ОВЗ»",
                "I полугодие",
                "Зам. директора по УВР",
                "4.4",
                ("r", 9, 12),
                "deputy_director_academic",
                result="Удостоверения",
            ),
        ],
    ),
    Section(
        5,
        "5. Формирование наставнических пар/групп",
        [
            R(
                "Групповая встреча наставников и наставляемых (тренинг знакомства)",
                "Декабрь",
                "Педагог-психолог",
                "5.1",
                ("m", 12),
                "psychologist",
                result="Фотоотчёт",
            ),
            R(
                "Формирование пар и групп с учётом анкет и рекомендаций ППк",
                "Декабрь",
                "Куратор наставничества",
                "5.3",
                ("m", 12),
                "program_curator",
                result="Список пар",
            ),
            R(
                "Приказ о закреплении наставнических пар/групп",
                dt.datetime(2022, 12, 20),
                "Директор",
                "5.4",
                ("d", 20, 12, 2022),
                "director",
                result="Приказ",
            ),
        ],
    ),
    Section(
        6,
        "6. Организация работы наставнических пар/групп",
        [
            R(
                "Организационная встреча пары, составление плана совместной работы",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                "mentors",
                result="План работы пары",
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "В течение года",
                "Наставники",
                "6.4",
                ("c",),
                "mentors",
                result="Журнал наставника",
            ),
            R(
                "Промежуточный мониторинг: обратная связь от участников",
                "Март",
                "Куратор наставничества",
                "6.5",
                ("m", 3),
                "program_curator",
                result="Анкеты обратной связи",
            ),
            R(
                "Итоговое анкетирование участников (удовлетворённость программой)",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                "psychologist",
                result="Аналитическая справка",
            ),
        ],
    ),
    Section(
        7,
        "7. Завершение наставничества",
        [
            R(
                "Торжественная линейка: подведение итогов, вручение благодарностей наставникам",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                "director",
                "deputy_director_upbringing",
                result="Благодарности",
            ),
            R(
                "Мониторинг качества реализации программы и повторная диагностика наставляемых",
                "Май",
                "Зам. директора по УВР, педагог-психолог",
                "7.3",
                ("m", 5),
                "deputy_director_academic",
                "psychologist",
                result="Справка",
            ),
            R(
                "Оформление кейсов лучших наставнических практик",
                "Июнь",
                "Руководители МО",
                "7.5",
                ("m", 6),
                "head_of_methodical_association",
                result="Кейсы",
            ),
            R(
                "Публикация материалов на сайте школы-интерната",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                "other",
                result="Публикация",
            ),
            R(
                "Аналитическая справка по итогам года на педсовете",
                "Август",
                "Куратор наставничества",
                None,
                ("m", 8),
                "program_curator",
                result="Протокол педсовета",
            ),
        ],
    ),
]


def build_shilka_internat_xls(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:E1")
    ws["A1"] = "УТВЕРЖДЕНО приказом директора от 31.08.2022 № 118-од"
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:E2")
    ws["A2"] = (
        f"Дорожная карта реализации целевой модели наставничества в {SHILKA_ORG} на 2022-2023 учебный год"
    )
    ws["A2"].font = Font(bold=True, size=13)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 36
    header = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Планируемый результат"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for si, sec in enumerate(SHILKA, start=1):
        assert sec.heading is not None
        ws.append([sec.heading])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = Font(bold=True)
        for ri, row in enumerate(sec.rows, start=1):
            ws.append([f"{si}.{ri}", row.text, row.date, row.resp, row.result])
            r = ws.max_row
            for col in range(1, 6):
                ws.cell(r, col).border = box
                ws.cell(r, col).alignment = wrap
            if isinstance(row.date, dt.datetime):
                ws.cell(r, 3).number_format = "DD.MM.YYYY"
    for letter, w in zip("ABCDE", (7, 60, 16, 30, 24), strict=True):
        ws.column_dimensions[letter].width = w
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Дорожная карта наставничество 2022-2023.xlsx"
        wb.save(src)
        out = folder / "Дорожная карта наставничество 2022-2023.xls"
        soffice_convert(src, "xls:MS Excel 97", out)
        back = Path(tmp) / "check.xlsx"
        soffice_convert(out, "xlsx:Calc MS Excel 2007 XML", back)
        ws2 = load_workbook(back).active
        assert ws2 is not None
        assert len(ws2.merged_cells.ranges) == 2 + len(SHILKA), "merged cells lost in .xls"
        printed = "\n".join(str(v) for r2 in ws2.iter_rows(values_only=True) for v in r2 if v is not None)
    assert_words_in([r.text for s in SHILKA for r in s.rows], printed, "shilka_internat_xls")
    acts = section_truth(SHILKA, SHILKA_YEAR)
    write_truth(folder, SHILKA_ORG, SHILKA_YEAR, acts)
    return len(acts)
