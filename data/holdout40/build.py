"""Build the held-out set holdout40: eight roadmaps in data/holdout40/<name>/ (input + truth.json).

Run: .venv/bin/python -m data.holdout40.build

Every printed row is written once, next to its hand label (canonical activity id, date spec,
role codes), so the input document and truth.json come from the same place.

    kindergarten_docx   DOCX, numbered 4-column table with spanning stage rows (2019 model)
    gymnasium_2022_docx DOCX, stage-grouped table, sub-items 1) 2) with stacked dates (2022 model)
    college_pdf         PDF from LibreOffice, landscape, Roman stages, «Ожидаемый результат»
    komi_unruled_pdf    PDF drawn with reportlab, a table without rules
    krasnoyarsk_xlsx    XLSX with merged title and stage rows, one real date cell
    village_photo       JPEG, a phone photo of a one-page printed roadmap
    perm_scan           PDF of scanned page images (no text layer), stage cell + dash sub-items
    izhevsk_odt         ODT converted by LibreOffice, hierarchical numbering 1.1, 6 columns
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    BodyItem,
    DateSpec,
    HeadPara,
    R,
    Row,
    Section,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _widths,
    truth_row,
    write_docx_table,
    write_truth,
)

HERE = Path(__file__).resolve().parent
LIB = Path("/usr/share/fonts/truetype/liberation2")

# A stage-grouped block: (stage id, stage cell text, responsible cell, roles, rows).
Group = tuple[int, str, str, list[str], list[Row]]


def _fresh(name: str) -> Path:
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _font(doc: DocxDocument, name: str, size: float) -> None:
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = name
    st.font.size = Pt(size)


def _soffice(src: Path, out: Path, target: str) -> None:
    """Convert src with LibreOffice (own profile) and copy the result to out."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        ext = target.split(":")[0]
        shutil.copyfile(tmp_p / f"{src.stem}.{ext}", out)


def _pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _flat_truth(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for stage_id, _heading, rows in sections:
        out.extend(truth_row(row, stage_id, y) for row in rows)
    return out


def _group_truth(groups: Sequence[Group], y: int) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for stage_id, _title, _resp, roles, rows in groups:
        for row in rows:
            filled: Row = {**row, "roles": list(roles)}
            out.append(truth_row(filled, stage_id, y))
    return out


def _stacked(rows: Sequence[Row], prefix: str, chars_per_line: float) -> tuple[str, str]:
    """Content cell (one paragraph per sub-item) and a date cell padded to stay level with it."""
    content: list[str] = []
    dates: list[str] = []
    for i, row in enumerate(rows, 1):
        mark = f"{i}) " if prefix == "num" else "– "
        line = mark + row["text"]
        content.append(line)
        date = row["date"]
        assert isinstance(date, str)
        dates.append(date)
        dates.extend([""] * (math.ceil(len(line) / chars_per_line) - 1))
    return "\n".join(content), "\n".join(dates)


def _str(value: str | dt.datetime | None) -> str:
    assert isinstance(value, str), value
    return value


# =========================================================================== 1: kindergarten DOCX
# МАДОУ «Детский сад № 12 «Солнышко»» г. Тобольска, 2023/2024; № | Мероприятия | Сроки | Ответственные.

KG_ORG = "МАДОУ «Детский сад № 12 «Солнышко»» г. Тобольска"
KG_YEAR = 2023
KG_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа «Об организации наставничества в МАДОУ «Детский сад № 12 «Солнышко»»",
                "до 15.09.2023",
                "Заведующий",
                None,
                ("dl", 15, 9, 2023),
                ["director"],
            ),
            R(
                "Разработка и утверждение Положения о наставничестве",
                "сентябрь",
                "Старший воспитатель",
                None,
                ("m", 9),
                ["other"],
            ),
            R(
                "Знакомство педагогического коллектива с программой наставничества на установочном педагогическом совете",
                "сентябрь",
                "Заведующий,\nстарший воспитатель",
                "1.1",
                ("m", 9),
                ["director", "other"],
            ),
            R(
                "Информирование родителей (законных представителей) на групповых собраниях и через официальный сайт детского сада",
                "октябрь",
                "Воспитатели групп",
                "1.2",
                ("m", 10),
                ["teachers"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование педагогов, желающих участвовать в программе в роли наставляемых; сбор согласий на обработку персональных данных",
                "октябрь",
                "Педагог-психолог Лукина О.П.",
                "2.1",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Анализ анкет, формирование базы наставляемых (молодые специалисты, вновь принятые воспитатели)",
                "до 31 октября",
                "Старший воспитатель",
                "2.3",
                ("dl", 31, 10),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества, используемых в ДОУ («воспитатель – воспитатель», «опытный педагог – молодой специалист»)",
                "ноябрь",
                "Заведующий",
                "3.1",
                ("m", 11),
                ["director"],
            ),
            R(
                "Анкетирование опытных воспитателей и специалистов, готовых стать наставниками, сбор согласий",
                "ноябрь",
                "Педагог-психолог",
                "3.3",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Формирование базы наставников",
                "до 1 декабря",
                "Старший воспитатель",
                "3.4",
                ("dl", 1, 12),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники с участием педагога-психолога",
                "декабрь",
                "Заведующий, педагог-психолог",
                "4.2",
                ("m", 12),
                ["director", "psychologist"],
            ),
            R(
                "Семинар-практикум для наставников «Роль наставника в профессиональной адаптации молодого педагога»",
                "январь – февраль",
                "Старший воспитатель, методист",
                "4.4",
                ("r", 1, 2),
                ["other", "methodologist"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар",
        [
            R(
                "Групповая встреча наставников и наставляемых в формате педагогической гостиной",
                "февраль",
                "Старший воспитатель",
                "5.1",
                ("m", 2),
                ["other"],
            ),
            R(
                "Закрепление наставнических пар приказом заведующего",
                "февраль",
                "Заведующий",
                "5.4",
                ("m", 2),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар",
        [
            R(
                "Первая (организационная) встреча наставника и наставляемого",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Составление индивидуального плана профессионального развития наставляемого на встрече-планировании",
                "март",
                "Наставники, наставляемые",
                "6.3",
                ("m", 3),
                ["mentors", "other"],
            ),
            R(
                "Регулярные встречи в парах: взаимопосещение занятий, консультации, совместная подготовка к открытым мероприятиям",
                "март – май",
                "Наставники",
                "6.4",
                ("r", 3, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от наставляемых",
                "апрель",
                "Педагог-психолог",
                "6.5",
                ("m", 4),
                ["psychologist"],
            ),
            R(
                "Анкетирование участников для оценки удовлетворенности программой",
                "май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Итоговое мероприятие «Педагогический дебют» с награждением лучших наставников",
                "май",
                "Заведующий, старший воспитатель",
                "7.2",
                ("m", 5),
                ["director", "other"],
            ),
            R(
                "Размещение итогов программы на сайте ДОУ и на странице детского сада ВКонтакте",
                "июнь",
                "Ответственный за ведение сайта",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Вручение благодарственных писем педагогам-наставникам",
                "июнь",
                "Заведующий",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def build_kindergarten() -> int:
    folder = _fresh("kindergarten_docx")
    body: list[BodyItem] = []
    n = 0
    for _sid, heading, rows in KG_SECTIONS:
        body.append(("section", heading))
        for i, row in enumerate(rows, 1):
            n += 1
            body.append(
                ("row", [f"{heading.split('.')[0]}.{i}", row["text"], _str(row["date"]), row["resp"] or ""])
            )
    head: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Заведующий МАДОУ «Детский сад № 12 «Солнышко»»", False, "r"),
        ("_________ Т.В. Кострова", False, "r"),
        ("Приказ от 01.09.2023 № 118-о", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        (
            "внедрения целевой модели наставничества в МАДОУ «Детский сад № 12 «Солнышко»» г. Тобольска "
            "на 2023-2024 учебный год",
            True,
            "c",
        ),
    ]
    path = folder / "roadmap.docx"
    write_docx_table(
        path, head, ["№ п/п", "Мероприятия", "Сроки", "Ответственные"], body, [1.4, 9.6, 2.8, 4.2]
    )
    write_truth(folder, KG_ORG, KG_YEAR, _flat_truth(KG_SECTIONS, KG_YEAR))
    return n


# =========================================================================== 2: 2022 model DOCX
# МБОУ «Гимназия № 2» г. Брянска, 2025/2026: system of mentoring of pedagogical workers.

GY_ORG = "МБОУ «Гимназия № 2» г. Брянска"
GY_YEAR = 2025


def _g(text: str, date: str, spec: DateSpec) -> Row:
    return R(text, date, None, None, spec, None)


GY_GROUPS: list[Group] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        "Директор,\nзаместитель директора по УВР",
        ["director", "deputy_director_academic"],
        [
            _g(
                "Издание приказа о реализации системы наставничества педагогических работников",
                "до 05.09.2025",
                ("dl", 5, 9, 2025),
            ),
            _g(
                "Актуализация Положения о системе наставничества педагогических работников гимназии",
                "до 05.09.2025",
                ("dl", 5, 9, 2025),
            ),
            _g("Назначение куратора реализации программ наставничества", "сентябрь", ("m", 9)),
            _g(
                "Информирование педагогического коллектива о системе наставничества на педсовете",
                "август 2025 г.",
                ("m", 8, 2025),
            ),
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        "Куратор,\nпедагог-психолог",
        ["program_curator", "psychologist"],
        [
            _g(
                "Выявление педагогов, нуждающихся в сопровождении (молодые специалисты, вновь принятые учителя)",
                "сентябрь",
                ("m", 9),
            ),
            _g(
                "Анкетирование наставляемых, сбор согласий на обработку персональных данных",
                "сентябрь",
                ("m", 9),
            ),
            _g("Формирование банка наставляемых", "Ежегодно, до 1 октября", ("dl", 1, 10)),
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        "Куратор,\nруководители ШМО",
        ["program_curator", "head_of_methodical_association"],
        [
            _g("Анкетирование педагогов, желающих стать наставниками", "сентябрь", ("m", 9)),
            _g("Формирование банка наставников", "до 1 октября", ("dl", 1, 10)),
            _g("Утверждение наставнических пар (групп) приказом директора", "до 10 октября", ("dl", 10, 10)),
        ],
    ),
    (
        4,
        "Отбор и обучение",
        "Заместитель директора по методической работе",
        ["deputy_director"],
        [
            _g("Подбор методических материалов в помощь наставникам", "октябрь", ("m", 10)),
            _g("Участие наставников в курсах повышения квалификации и семинарах", "в течение года", ("c",)),
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        "Наставники, наставляемые",
        ["mentors", "other"],
        [
            _g("Разработка персонализированных программ наставничества", "до 15 октября", ("dl", 15, 10)),
            _g(
                "Реализация персонализированных программ: встречи, взаимопосещение уроков, консультации",
                "октябрь – май",
                ("r", 10, 5),
            ),
            _g("Промежуточная диагностика профессиональных затруднений наставляемых", "декабрь", ("m", 12)),
            _g("Открытые уроки наставляемых", "февраль – март", ("r", 2, 3)),
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        "Куратор,\nзаместитель директора по УВР",
        ["program_curator", "deputy_director_academic"],
        [
            _g("Отчёты наставников о выполнении персонализированных программ", "май", ("m", 5)),
            _g("Анкетирование участников: удовлетворенность работой в парах", "май", ("m", 5)),
            _g("Подведение итогов на педсовете, награждение наставников", "июнь", ("m", 6)),
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        "Ответственный за сайт,\nкуратор",
        ["other", "program_curator"],
        [
            _g("Ведение раздела «Наставничество» на сайте гимназии", "постоянно", ("c",)),
            _g("Участие в муниципальном конкурсе «Наставник года»", "март", ("m", 3)),
            _g(
                "Публикация лучших практик наставничества в городском методическом сборнике",
                "II полугодие",
                ("r", 1, 5),
            ),
        ],
    ),
]


def build_gymnasium() -> int:
    folder = _fresh("gymnasium_2022_docx")
    doc = _new_document(landscape=True)
    _font(doc, "Liberation Serif", 11)
    _para(doc, "Приложение 2 к приказу от 28.08.2025 № 214", align="r")
    _para(doc, "План мероприятий (дорожная карта)", bold=True, align="c")
    _para(
        doc,
        "по реализации системы наставничества педагогических работников в МБОУ «Гимназия № 2» г. Брянска "
        "на 2025/2026 учебный год",
        bold=True,
        align="c",
    )
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["№", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
    widths = [1.0, 4.8, 11.6, 4.4, 4.6]
    for sid, title, resp, _roles, rows in GY_GROUPS:
        content, dates = _stacked(rows, "num", widths[2] * 4.9)
        row = table.add_row()
        for i, val in enumerate([f"{sid}.", title, content, dates, resp]):
            _set_cell(row.cells[i], val)
    _widths(table, widths)
    path = folder / "roadmap.docx"
    doc.save(str(path))
    acts = _group_truth(GY_GROUPS, GY_YEAR)
    for a in acts:
        a["activity_id"] = None
        if a["text"] == "Формирование банка наставляемых":
            a["recurrence"] = "annual"
    write_truth(folder, GY_ORG, GY_YEAR, acts)
    _set_model(folder, "teachers_2022")
    return len(acts)


def _set_model(folder: Path, model: str) -> None:
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["model"] = model
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# =========================================================================== 3: college PDF (LibreOffice)
# ГАПОУ СО «Камышловский гуманитарно-технологический техникум», 2022/2023.

CO_ORG = "ГАПОУ СО «Камышловский гуманитарно-технологический техникум»"
CO_YEAR = 2022
DEP = "Заместитель директора по УВР"
# (stage, heading, [(row, result)])
CO_SECTIONS: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Разработка и утверждение дорожной карты внедрения целевой модели наставничества",
                    "август 2022 г.",
                    DEP,
                    None,
                    ("m", 8, 2022),
                    ["deputy_director_academic"],
                ),
                "Приказ директора",
            ),
            (
                R(
                    "Заключение соглашений о сотрудничестве с предприятиями-партнёрами",
                    "в течение года",
                    "Директор",
                    None,
                    ("c",),
                    ["director"],
                ),
                "Договоры",
            ),
            (
                R(
                    "Информирование педагогических работников о целевой модели наставничества на заседании педагогического совета",
                    "сентябрь 2022 г.",
                    DEP,
                    "1.1",
                    ("m", 9, 2022),
                    ["deputy_director_academic"],
                ),
                "Протокол педсовета",
            ),
            (
                R(
                    "Информирование родителей студентов нового набора на родительских собраниях",
                    "сентябрь 2022 г.",
                    "Кураторы учебных групп",
                    "1.2",
                    ("m", 9, 2022),
                    ["class_teacher"],
                ),
                "Протоколы собраний",
            ),
            (
                R(
                    "Встреча с представителями работодателей и предприятий-партнёров о программе наставничества",
                    "октябрь 2022 г.",
                    "Руководитель центра содействия трудоустройству выпускников",
                    "1.3",
                    ("m", 10, 2022),
                    ["other"],
                ),
                "Перечень партнёров",
            ),
            (
                R(
                    "Информирование студентов о программе на кураторских часах",
                    "сентябрь – октябрь 2022 г.",
                    "Кураторы учебных групп",
                    "1.4",
                    ("r", 9, 10, 2022, 2022),
                    ["class_teacher"],
                ),
                "Охват 1–2 курсов",
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование студентов 1–2 курсов; сбор согласий на обработку персональных данных от совершеннолетних",
                    "октябрь 2022 г.",
                    "Педагог-психолог",
                    "2.1",
                    ("m", 10, 2022),
                    ["psychologist"],
                ),
                "Анкеты, согласия",
            ),
            (
                R(
                    "Сбор сведений о запросах наставляемых от кураторов групп, социального педагога, родителей; согласия законных представителей несовершеннолетних",
                    "октябрь 2022 г.",
                    "Социальный педагог, кураторы учебных групп",
                    "2.2",
                    ("m", 10, 2022),
                    ["social_pedagogue", "class_teacher"],
                ),
                "Согласия законных представителей",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "до 01.11.2022",
                    "Заведующие отделениями",
                    "2.3",
                    ("dl", 1, 11, 2022),
                    ["other"],
                ),
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            (
                R(
                    "Выбор форм наставничества («студент – студент», «работодатель – студент»)",
                    "октябрь 2022 г.",
                    DEP,
                    "3.1",
                    ("m", 10, 2022),
                    ["deputy_director_academic"],
                ),
                "Решение методсовета",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников из числа студентов старших курсов, преподавателей, представителей работодателей",
                    "ноябрь 2022 г.",
                    "Педагог-психолог, председатели ЦМК",
                    "3.3",
                    ("m", 11, 2022),
                    ["psychologist", "head_of_methodical_association"],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Формирование базы наставников",
                    "ноябрь 2022 г.",
                    "Заведующие отделениями",
                    "3.4",
                    ("m", 11, 2022),
                    ["other"],
                ),
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            (
                R(
                    "Собеседование с кандидатами в наставники",
                    "ноябрь 2022 г.",
                    "Педагог-психолог",
                    "4.2",
                    ("m", 11, 2022),
                    ["psychologist"],
                ),
                "Список наставников",
            ),
            (
                R(
                    "Обучение наставников: вебинары, методические рекомендации",
                    "декабрь 2022 г. – январь 2023 г.",
                    "Методист",
                    "4.4",
                    ("r", 12, 1, 2022, 2023),
                    ["methodologist"],
                ),
                "Сертификаты",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар (групп)",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "январь 2023 г.",
                    "Куратор программы наставничества",
                    "5.1",
                    ("m", 1, 2023),
                    ["program_curator"],
                ),
                "Лист регистрации",
            ),
            (
                R(
                    "Закрепление наставнических пар (групп) приказом директора",
                    "январь 2023 г.",
                    "Директор",
                    "5.4",
                    ("m", 1, 2023),
                    ["director"],
                ),
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар (групп)",
        [
            (
                R(
                    "Организационная встреча наставника и наставляемого",
                    "февраль 2023 г.",
                    "Наставники",
                    "6.1",
                    ("m", 2, 2023),
                    ["mentors"],
                ),
                "План работы пары",
            ),
            (
                R(
                    "Регулярные встречи наставнических пар по утверждённому графику",
                    "февраль – май 2023 г.",
                    "Наставники",
                    "6.4",
                    ("r", 2, 5, 2023, 2023),
                    ["mentors"],
                ),
                "Журнал встреч",
            ),
            (
                R(
                    "Сбор обратной связи от участников программы",
                    "март 2023 г.",
                    "Куратор программы наставничества",
                    "6.5",
                    ("m", 3, 2023),
                    ["program_curator"],
                ),
                "Анкеты обратной связи",
            ),
            (
                R(
                    "Заключительная встреча всех наставнических пар и групп",
                    "май 2023 г.",
                    "Куратор программы, наставники",
                    "6.7",
                    ("m", 5, 2023),
                    ["program_curator", "mentors"],
                ),
                "Фотоотчёт",
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            (
                R(
                    "Мониторинг качества реализации программы наставничества",
                    "май – июнь 2023 г.",
                    f"{DEP}, педагог-психолог",
                    "7.3",
                    ("r", 5, 6, 2023, 2023),
                    ["deputy_director_academic", "psychologist"],
                ),
                "Аналитическая справка",
            ),
            (
                R(
                    "Торжественное мероприятие «Наставник года» с награждением лучших наставников",
                    "июнь 2023 г.",
                    f"Директор, {DEP.lower()}",
                    "7.2",
                    ("m", 6, 2023),
                    ["director", "deputy_director_academic"],
                ),
                "Грамоты",
            ),
            (
                R(
                    "Размещение кейсов и итогов программы на сайте техникума",
                    "июнь 2023 г.",
                    "Ответственный за сайт",
                    "7.6",
                    ("m", 6, 2023),
                    ["other"],
                ),
                "Публикации",
            ),
            (
                R(
                    "Отчёт о реализации дорожной карты в Министерство образования и молодёжной политики Свердловской области",
                    "до 30.06.2023",
                    DEP,
                    None,
                    ("dl", 30, 6, 2023),
                    ["deputy_director_academic"],
                ),
                "Отчёт",
            ),
        ],
    ),
]


def build_college() -> int:
    folder = _fresh("college_pdf")
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    n = 0
    for sid, heading, rows in CO_SECTIONS:
        body.append(("section", heading))
        for row, result in rows:
            n += 1
            body.append(("row", [str(n), row["text"], _str(row["date"]), row["resp"] or "", result]))
            truth.append(truth_row(row, sid, CO_YEAR))
    head: list[HeadPara] = [
        (
            "Государственное автономное профессиональное образовательное учреждение Свердловской области",
            False,
            "c",
        ),
        ("«Камышловский гуманитарно-технологический техникум»", False, "c"),
        ("", False, None),
        ("ДОРОЖНАЯ КАРТА", True, "c"),
        (
            "внедрения целевой модели наставничества в ГАПОУ СО «Камышловский гуманитарно-технологический "
            "техникум» на 2022-2023 учебный год",
            True,
            "c",
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        write_docx_table(
            docx_path,
            head,
            ["№", "Мероприятие", "Срок исполнения", "Ответственный исполнитель", "Ожидаемый результат"],
            body,
            [1.0, 11.0, 4.2, 6.0, 4.4],
            landscape=True,
            colnum_row=True,
            tail_paras=[
                ("", False, None),
                ("Заместитель директора по УВР ____________ Е.А. Шестакова", False, None),
            ],
        )
        _soffice(docx_path, folder / "roadmap.pdf", "pdf")
    write_truth(folder, CO_ORG, CO_YEAR, truth)
    return n


# =========================================================================== 4: reportlab, no rules
# МБОУ «Усть-Куломская СОШ» (Республика Коми), 2020/2021.

KO_ORG = "МБОУ «Усть-Куломская средняя общеобразовательная школа»"
KO_YEAR = 2020
KO_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о назначении куратора внедрения целевой модели наставничества",
                "Сентябрь 2020",
                "Директор школы",
                None,
                ("m", 9, 2020),
                ["director"],
            ),
            R(
                "Педагогический совет «Наставничество в школе: формы и перспективы»",
                "Сентябрь 2020",
                "ЗДВР",
                "1.1",
                ("m", 9, 2020),
                ["deputy_director_upbringing"],
            ),
            R(
                "Выступление на общешкольном родительском собрании о программе наставничества",
                "Октябрь 2020",
                "Классные руководители",
                "1.2",
                ("m", 10, 2020),
                ["class_teacher"],
            ),
            R(
                "Встреча с выпускниками школы — студентами и молодыми специалистами района",
                "Ноябрь 2020",
                "Советник директора по воспитанию",
                "1.3",
                ("m", 11, 2020),
                ["senior_counselor"],
            ),
            R(
                "Классные часы для учащихся 7–11 классов о наставничестве",
                "Октябрь 2020",
                "Старший вожатый, классные руководители",
                "1.4",
                ("m", 10, 2020),
                ["senior_counselor", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, желающих участвовать в программе",
                "Октябрь 2020",
                "Педагог-психолог",
                "2.1",
                ("m", 10, 2020),
                ["psychologist"],
            ),
            R(
                "Сбор сведений о запросах наставляемых у классных руководителей и родителей; согласия родителей на обработку персональных данных",
                "Ноябрь 2020",
                "Соц. педагог, классные руководители",
                "2.2",
                ("m", 11, 2020),
                ["social_pedagogue", "class_teacher"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 30 ноября 2020",
                "Куратор",
                "2.3",
                ("dl", 30, 11, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Входная диагностика наставляемых по заданным параметрам",
                "Ноябрь 2020",
                "Педагог-психолог",
                "3.2",
                ("m", 11, 2020),
                ["psychologist"],
            ),
            R(
                "Анкетирование потенциальных наставников (учителя, старшеклассники, родители)",
                "Декабрь 2020",
                "Куратор",
                "3.3",
                ("m", 12, 2020),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "Декабрь 2020",
                "Куратор",
                "3.4",
                ("m", 12, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Подбор материалов и экспертов для обучения наставников",
                "Декабрь 2020",
                "Тьютер",
                "4.3",
                ("m", 12, 2020),
                ["tutor"],
            ),
            R(
                "Обучение наставников",
                "Январь 2021",
                "Тьютер, педагог-психолог",
                "4.4",
                ("m", 1, 2021),
                ["tutor", "psychologist"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар или групп",
        [
            R(
                "Встреча наставников и наставляемых в формате «Быстрые встречи»",
                "Январь 2021",
                "Куратор, старший вожатый",
                "5.1",
                ("m", 1, 2021),
                ["program_curator", "senior_counselor"],
            ),
            R(
                "Анализ анкет по итогам встречи, формирование пар и групп",
                "Январь 2021",
                "Куратор",
                "5.3",
                ("m", 1, 2021),
                ["program_curator"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар или групп",
        [
            R(
                "Регулярные встречи наставников и наставляемых",
                "Февраль – май 2021",
                "Наставники",
                "6.4",
                ("r", 2, 5, 2021, 2021),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников",
                "По мере необходимости",
                "Куратор",
                "6.5",
                ("u",),
                ["program_curator"],
            ),
            R(
                "Мониторинг удовлетворённости участием в программе",
                "Апрель 2021",
                "Педагог-психолог",
                "6.8",
                ("m", 4, 2021),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Итоговый праздник наставничества «Вместе к успеху», награждение лучших наставников",
                "Май 2021",
                "ЗДВР, советник директора по воспитанию",
                "7.2",
                ("m", 5, 2021),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            R(
                "Оформление лучших практик наставничества в кейсы",
                "Май 2021",
                "Библиотекарь, куратор",
                "7.5",
                ("m", 5, 2021),
                ["librarian", "program_curator"],
            ),
            R(
                "Внесение итогов в базы наставников и наставляемых",
                "Июнь 2021",
                "Куратор",
                "7.7",
                ("m", 6, 2021),
                ["program_curator"],
            ),
            R(
                "Отчёт о реализации программы наставничества на августовском педсовете",
                "Август 2021",
                "ЗДВР",
                None,
                ("m", 8, 2021),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
]


def build_komi() -> int:
    folder = _fresh("komi_unruled_pdf")
    for face, file in (("LSerif", "LiberationSerif-Regular.ttf"), ("LSerifB", "LiberationSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(face, str(LIB / file)))
    path = folder / "roadmap.pdf"
    c = Canvas(str(path), pagesize=A4, invariant=1)
    pw, ph = A4
    left, top, bottom = 2.0 * cm, ph - 1.6 * cm, 1.6 * cm
    cols = [0.9 * cm, 8.6 * cm, 3.1 * cm, 4.6 * cm]
    xs = [left]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    size, lead = 10.5, 13.0
    y = top

    def text_block(lines: Sequence[str], x: float, face: str, at: float) -> None:
        for i, line in enumerate(lines):
            c.setFont(face, size)
            c.drawString(x, at - (i + 1) * lead + 3, line)

    def centred(text: str, face: str, fs: float) -> None:
        nonlocal y
        for line in simpleSplit(text, face, fs, pw - 4 * cm):
            c.setFont(face, fs)
            c.drawCentredString(pw / 2 + 0.3 * cm, y - fs, line)
            y -= fs + 3

    c.setFont("LSerif", 10)
    c.drawRightString(pw - 1.5 * cm, y - 10, "Утверждена приказом от 31.08.2020 № 96-од")
    y -= 26
    centred("Дорожная карта внедрения целевой модели наставничества", "LSerifB", 13)
    centred(
        "в МБОУ «Усть-Куломская средняя общеобразовательная школа» на 2020-2021 учебный год", "LSerifB", 13
    )
    y -= 10

    def row(cells: Sequence[str], face: str) -> None:
        nonlocal y
        wrapped = [simpleSplit(t, face, size, w - 6) for t, w in zip(cells, cols, strict=True)]
        h = max(len(w) for w in wrapped) * lead + 5
        if y - h < bottom:
            c.showPage()
            y = top
        for lines, x in zip(wrapped, xs, strict=True):
            text_block(lines, x, face, y)
        y -= h

    row(["№", "Мероприятие", "Сроки", "Ответственный"], "LSerifB")
    y -= 4
    n = 0
    for _sid, heading, rows in KO_SECTIONS:
        if y - 3 * lead < bottom:
            c.showPage()
            y = top
        c.setFont("LSerifB", size)
        c.drawString(xs[1], y - lead + 3, heading)
        y -= lead + 5
        for r in rows:
            n += 1
            row([f"{n}.", r["text"], _str(r["date"]), r["resp"] or ""], "LSerif")
    c.showPage()
    c.save()
    write_truth(folder, KO_ORG, KO_YEAR, _flat_truth(KO_SECTIONS, KO_YEAR))
    return n


# =========================================================================== 5: XLSX
# МАОУ «Средняя школа № 151» г. Красноярска, 2021/2022.

KR_ORG = "МАОУ «Средняя школа № 151» г. Красноярска"
KR_YEAR = 2021
CUR = "Куратор целевой модели"
# (stage, heading, [(row, result)])
KR_SECTIONS: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Издание приказа «О внедрении целевой модели наставничества»",
                    dt.datetime(2021, 9, 1),
                    "Директор",
                    None,
                    ("d", 1, 9, 2021),
                    ["director"],
                ),
                "Приказ",
            ),
            (
                R(
                    "Создание рабочей группы по внедрению целевой модели",
                    "сентябрь",
                    "Директор",
                    None,
                    ("m", 9),
                    ["director"],
                ),
                "Приказ",
            ),
            (
                R(
                    "Информирование педагогов о программе на совещании при директоре",
                    "сентябрь",
                    "Заместитель директора по УВР",
                    "1.1",
                    ("m", 9),
                    ["deputy_director_academic"],
                ),
                "Протокол",
            ),
            (
                R(
                    "Информирование родителей через электронный журнал и сайт школы",
                    "сентябрь – октябрь",
                    "Классные руководители",
                    "1.2",
                    ("r", 9, 10),
                    ["class_teacher"],
                ),
                "Публикации",
            ),
            (
                R(
                    "Информирование учащихся о программе наставничества",
                    "октябрь",
                    "Классные руководители, советник по воспитанию",
                    "1.4",
                    ("m", 10),
                    ["class_teacher", "senior_counselor"],
                ),
                "Классные часы",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование обучающихся 5–9 классов",
                    "октябрь",
                    "Педагог-психолог",
                    "2.1",
                    ("m", 10),
                    ["psychologist"],
                ),
                "Анкеты",
            ),
            (
                R("Формирование базы наставляемых", "ноябрь", CUR, "2.3", ("m", 11), ["program_curator"]),
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            (
                R(
                    "Выбор форм наставничества: «ученик – ученик», «учитель – ученик»",
                    "октябрь",
                    "Рабочая группа",
                    "3.1",
                    ("m", 10),
                    ["other"],
                ),
                "Решение рабочей группы",
            ),
            (
                R(
                    "Входная оценка наставляемых (успеваемость, мотивация, тревожность)",
                    "ноябрь",
                    "Педагог-психолог, классные руководители",
                    "3.2",
                    ("m", 11),
                    ["psychologist", "class_teacher"],
                ),
                "Диагностические карты",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников",
                    "ноябрь",
                    CUR,
                    "3.3",
                    ("m", 11),
                    ["program_curator"],
                ),
                "Анкеты",
            ),
            (
                R("Формирование базы наставников", "декабрь", CUR, "3.4", ("m", 12), ["program_curator"]),
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            (
                R(
                    "Входная оценка наставников",
                    "декабрь",
                    "Педагог-психолог",
                    "4.1",
                    ("m", 12),
                    ["psychologist"],
                ),
                "Результаты оценки",
            ),
            (
                R(
                    "Обучение наставников по программе «Школа наставника»",
                    "январь",
                    "Руководители ШМО",
                    "4.4",
                    ("m", 1),
                    ["head_of_methodical_association"],
                ),
                "Программа обучения",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар / групп",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "январь",
                    CUR,
                    "5.1",
                    ("m", 1),
                    ["program_curator"],
                ),
                "—",
            ),
            (
                R(
                    "Информирование о сложившихся парах, закрепление пар приказом",
                    "январь",
                    f"Директор, {CUR.lower()}",
                    "5.4",
                    ("m", 1),
                    ["director", "program_curator"],
                ),
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар / групп",
        [
            (
                R(
                    "Первая встреча наставника и наставляемого",
                    "январь",
                    "Наставники",
                    "6.1",
                    ("m", 1),
                    ["mentors"],
                ),
                "—",
            ),
            (R("Пробная рабочая встреча", "февраль", "Наставники", "6.2", ("m", 2), ["mentors"]), "—"),
            (
                R(
                    "Регулярные встречи наставников и наставляемых",
                    "в течение года",
                    "Наставники",
                    "6.4",
                    ("c",),
                    ["mentors"],
                ),
                "Журнал встреч",
            ),
            (
                R(
                    "Заключительная встреча наставника и наставляемого",
                    "апрель",
                    "Наставники",
                    "6.6",
                    ("m", 4),
                    ["mentors"],
                ),
                "—",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            (
                R(
                    "Второй этап мониторинга влияния программы на участников",
                    "май",
                    "Педагог-психолог",
                    "7.4",
                    ("m", 5),
                    ["psychologist"],
                ),
                "Аналитическая справка",
            ),
            (
                R(
                    "Торжественное подведение итогов, награждение наставников",
                    "май",
                    "Директор, зам. директора по ВР",
                    "7.2",
                    ("m", 5),
                    ["director", "deputy_director_upbringing"],
                ),
                "Грамоты",
            ),
            (
                R(
                    "Формирование долгосрочной базы наставников",
                    "июнь",
                    CUR,
                    "7.8",
                    ("m", 6),
                    ["program_curator"],
                ),
                "База наставников",
            ),
            (
                R(
                    "Анализ реализации дорожной карты, планирование на 2022-2023 учебный год",
                    "июнь",
                    "Рабочая группа",
                    None,
                    ("m", 6),
                    ["other"],
                ),
                "Отчёт",
            ),
        ],
    ),
]


def build_krasnoyarsk() -> int:
    folder = _fresh("krasnoyarsk_xlsx")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for letter, w in zip("ABCDE", [6, 60, 16, 30, 24], strict=True):
        ws.column_dimensions[letter].width = w
    ws.merge_cells("A1:E1")
    ws["A1"] = "Дорожная карта внедрения целевой модели наставничества"
    ws.merge_cells("A2:E2")
    ws["A2"] = "в МАОУ «Средняя школа № 151» г. Красноярска на 2021-2022 учебный год"
    for cell in ("A1", "A2"):
        ws[cell].font = Font(name="Liberation Sans", bold=True, size=12)
        ws[cell].alignment = Alignment(horizontal="center")
    r = 4
    for i, h in enumerate(["№", "Мероприятие", "Срок", "Ответственные", "Результат"], 1):
        cell = ws.cell(row=r, column=i, value=h)
        cell.font = Font(name="Liberation Sans", bold=True)
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    truth: list[TruthActivity] = []
    n = 0
    for sid, heading, rows in KR_SECTIONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=heading)
        cell.font = Font(name="Liberation Sans", bold=True)
        for col in range(1, 6):
            ws.cell(row=r, column=col).border = box
        for row, result in rows:
            r += 1
            n += 1
            values: list[int | str | dt.datetime | None] = [n, row["text"], row["date"], row["resp"], result]
            for col, v in enumerate(values, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.border = box
                cell.alignment = wrap
                cell.font = Font(name="Liberation Sans")
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(row, sid, KR_YEAR))
    wb.save(str(folder / "roadmap.xlsx"))
    write_truth(folder, KR_ORG, KR_YEAR, truth)
    return n


# =========================================================================== 6: phone photo (JPEG)
# МКОУ «Новоникольская ООШ» (Тюменская область), 2019/2020; rows from January 2020.

NV_ORG = "МКОУ «Новоникольская основная общеобразовательная школа»"
NV_YEAR = 2019
ZAV = "Завуч"
NV_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы",
        [
            R(
                "Утверждение дорожной карты и Положения о наставничестве",
                "январь",
                "Директор",
                None,
                ("m", 1),
                ["director"],
            ),
            R(
                "Информирование педагогов на методическом совещании",
                "январь",
                ZAV,
                "1.1",
                ("m", 1),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование родителей на классных родительских собраниях",
                "январь – февраль",
                "Классные руководители",
                "1.2",
                ("r", 1, 2),
                ["class_teacher"],
            ),
            R(
                "Рассказ обучающимся о программе наставничества",
                "февраль",
                "Классные руководители",
                "1.4",
                ("m", 2),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, сбор согласий на обработку данных",
                "февраль",
                "Педагог-психолог",
                "2.1",
                ("m", 2),
                ["psychologist"],
            ),
            R(
                "Формирование базы наставляемых",
                "февраль",
                ZAV,
                "2.3",
                ("m", 2),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников",
                "февраль",
                ZAV,
                "3.3",
                ("m", 2),
                ["deputy_director_academic"],
            ),
            R("Формирование базы наставников", "март", ZAV, "3.4", ("m", 3), ["deputy_director_academic"]),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседование с будущими наставниками",
                "март",
                "Директор, педагог-психолог",
                "4.2",
                ("m", 3),
                ["director", "psychologist"],
            ),
            R(
                "Обучение наставников (методические материалы, консультации)",
                "март",
                ZAV,
                "4.4",
                ("m", 3),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар",
        [
            R(
                "Общая встреча наставников и наставляемых",
                "март",
                ZAV,
                "5.1",
                ("m", 3),
                ["deputy_director_academic"],
            ),
            R(
                "Закрепление пар приказом директора",
                "до 31.03.2020",
                "Директор",
                "5.4",
                ("dl", 31, 3, 2020),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы пар",
        [
            R("Встреча-планирование работы в парах", "апрель", "Наставники", "6.3", ("m", 4), ["mentors"]),
            R(
                "Регулярные встречи наставников и наставляемых",
                "апрель – май",
                "Наставники",
                "6.4",
                ("r", 4, 5),
                ["mentors"],
            ),
            R(
                "Анкетирование участников, мониторинг удовлетворённости",
                "май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Мониторинг качества реализации программы",
                "май",
                ZAV,
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Подведение итогов на педсовете, награждение лучших наставников",
                "май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Размещение итогов на сайте школы",
                "июнь",
                "Учитель информатики",
                "7.6",
                ("m", 6),
                ["teachers"],
            ),
            R("Премирование наставников по итогам года", "июнь", "Директор", None, ("m", 6), ["director"]),
        ],
    ),
]


def _one_table_docx(
    path: Path, head: Sequence[HeadPara], sections: Sequence[Section], font: str, size: float
) -> None:
    doc = _new_document(landscape=False)
    _font(doc, font, size)
    for text, bold, align in head:
        _para(doc, text, bold=bold, align=align)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    hdr = table.add_row()
    for i, h in enumerate(["Мероприятие", "Сроки", "Ответственный"]):
        _set_cell(hdr.cells[i], h, bold=True)
    for _sid, heading, rows in sections:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[2])
        _set_cell(merged, heading, bold=True)
        for r in rows:
            cells = table.add_row().cells
            for i, v in enumerate([r["text"], _str(r["date"]), r["resp"] or ""]):
                _set_cell(cells[i], v)
    _widths(table, [10.5, 3.3, 4.2])
    doc.save(str(path))


def build_village() -> int:
    folder = _fresh("village_photo")
    head: list[HeadPara] = [
        ("Дорожная карта внедрения целевой модели наставничества", True, "c"),
        ("в МКОУ «Новоникольская основная общеобразовательная школа» на 2019-2020 учебный год", True, "c"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        _one_table_docx(docx_path, head, NV_SECTIONS, "Liberation Sans", 12)
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice(docx_path, pdf_path, "pdf")
        pdf = pdf_path.read_bytes()
    assert _pdf_pages(pdf) == 1, "the photographed roadmap must fit on one page"
    photo = photo_of(render_page(pdf, 0, 150), np.random.default_rng(4040))
    photo.save(str(folder / "roadmap.jpg"), format="JPEG", quality=70)
    write_truth(folder, NV_ORG, NV_YEAR, _flat_truth(NV_SECTIONS, NV_YEAR))
    return sum(len(rows) for _s, _h, rows in NV_SECTIONS)


# =========================================================================== 7: scanned PDF
# МАОУ «СОШ № 44» г. Перми, 2024/2025; stage cell, dash sub-items, stacked dates, one responsible cell.

PM_ORG = "МАОУ «СОШ № 44» г. Перми"
PM_YEAR = 2024
PM_GROUPS: list[Group] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        "Директор, заместитель директора по УВР, куратор",
        ["director", "deputy_director_academic", "program_curator"],
        [
            R(
                "Приказ о реализации целевой модели наставничества",
                "02.09.2024",
                None,
                None,
                ("d", 2, 9, 2024),
                None,
            ),
            R("Информирование педагогов на педагогическом совете", "сентябрь", None, "1.1", ("m", 9), None),
            R("Информирование родителей на родительских собраниях", "сентябрь", None, "1.2", ("m", 9), None),
            R("Встреча с представителями вуза-партнёра (ПГНИУ)", "октябрь", None, "1.3", ("m", 10), None),
            R("Информирование обучающихся на классных часах", "сентябрь", None, "1.4", ("m", 9), None),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        "Педагог-психолог, классные руководители",
        ["psychologist", "class_teacher"],
        [
            R(
                "Анкетирование обучающихся, сбор согласий",
                "сентябрь – октябрь",
                None,
                "2.1",
                ("r", 9, 10),
                None,
            ),
            R(
                "Сбор информации о запросах наставляемых от третьих лиц",
                "октябрь",
                None,
                "2.2",
                ("m", 10),
                None,
            ),
            R("Формирование базы наставляемых", "до 25 октября", None, "2.3", ("dl", 25, 10), None),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        "Куратор, руководители МО",
        ["program_curator", "head_of_methodical_association"],
        [
            R("Выбор форм наставничества", "октябрь", None, "3.1", ("m", 10), None),
            R("Анкетирование потенциальных наставников", "октябрь", None, "3.3", ("m", 10), None),
            R("Формирование базы наставников", "ноябрь", None, "3.4", ("m", 11), None),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        "Куратор, педагог-психолог",
        ["program_curator", "psychologist"],
        [
            R("Собеседование с наставниками", "ноябрь", None, "4.2", ("m", 11), None),
            R("Подбор материалов для обучения наставников", "ноябрь", None, "4.3", ("m", 11), None),
            R("Обучение наставников", "декабрь", None, "4.4", ("m", 12), None),
        ],
    ),
    (
        5,
        "Формирование наставнических пар или групп",
        "Куратор",
        ["program_curator"],
        [
            R("Групповая встреча «Давайте познакомимся»", "декабрь", None, "5.1", ("m", 12), None),
            R("Анкетирование участников после встречи", "декабрь", None, "5.2", ("m", 12), None),
            R("Закрепление пар приказом директора", "до 20 декабря", None, "5.4", ("dl", 20, 12), None),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар или групп",
        "Наставники, куратор",
        ["mentors", "program_curator"],
        [
            R("Первая организационная встреча в парах", "январь", None, "6.1", ("m", 1), None),
            R("Регулярные встречи пар", "январь – апрель", None, "6.4", ("r", 1, 4), None),
            R("Сбор обратной связи от участников", "март", None, "6.5", ("m", 3), None),
            R("Заключительная встреча в парах", "апрель", None, "6.6", ("m", 4), None),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        "Директор, заместитель директора по ВР, куратор",
        ["director", "deputy_director_upbringing", "program_curator"],
        [
            R("Торжественное мероприятие, награждение наставников", "май", None, "7.2", ("m", 5), None),
            R("Мониторинг качества реализации программы", "май", None, "7.3", ("m", 5), None),
            R("Публикация кейсов на сайте школы", "июнь", None, "7.6", ("m", 6), None),
            R("Отчёт куратора на итоговом педсовете", "июнь", None, None, ("m", 6), None),
        ],
    ),
]


def build_perm() -> int:
    folder = _fresh("perm_scan")
    doc = _new_document(landscape=True)
    _font(doc, "DejaVu Serif", 10)
    _para(doc, "СОГЛАСОВАНО на педагогическом совете, протокол № 1 от 29.08.2024", align="r")
    _para(doc, "Дорожная карта реализации целевой модели наставничества", bold=True, align="c")
    _para(doc, "МАОУ «СОШ № 44» г. Перми на 2024-2025 учебный год", bold=True, align="c")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["Этап", "Мероприятия", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
    widths = [4.8, 12.5, 4.4, 4.8]
    for _sid, title, resp, _roles, rows in PM_GROUPS:
        content, dates = _stacked(rows, "dash", widths[1] * 4.6)
        cells = table.add_row().cells
        for i, v in enumerate([title, content, dates, resp]):
            _set_cell(cells[i], v)
    _widths(table, widths)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice(docx_path, pdf_path, "pdf")
        pdf = pdf_path.read_bytes()
    rng = np.random.default_rng(4041)
    pages = [scan_page(render_page(pdf, i, 200), rng) for i in range(_pdf_pages(pdf))]
    pages[0].save(
        str(folder / "roadmap.pdf"), format="PDF", save_all=True, append_images=pages[1:], resolution=200.0
    )
    acts = _group_truth(PM_GROUPS, PM_YEAR)
    write_truth(folder, PM_ORG, PM_YEAR, acts)
    return len(acts)


# =========================================================================== 8: ODT
# МБУ ДО «Центр детского творчества «Радуга»» г. Ижевска, 2026/2027; numbering 1.1, six columns.

IZ_ORG = "МБУ ДО «Центр детского творчества «Радуга»» г. Ижевска"
IZ_YEAR = 2026
PDO = "Педагоги дополнительного образования"
IZ_SECTIONS: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Актуализация локальных актов центра по наставничеству",
                    "до 15.09.2026",
                    "Директор",
                    None,
                    ("dl", 15, 9, 2026),
                    ["director"],
                ),
                "Локальные акты",
            ),
            (
                R(
                    "Назначение куратора программы наставничества",
                    "до 15.09.2026",
                    "Директор",
                    None,
                    ("dl", 15, 9, 2026),
                    ["director"],
                ),
                "Приказ",
            ),
            (
                R(
                    "Информирование педагогов дополнительного образования о программе наставничества",
                    "сентябрь 2026 г.",
                    "Методист",
                    "1.1",
                    ("m", 9, 2026),
                    ["methodologist"],
                ),
                "Совещание",
            ),
            (
                R(
                    "Информирование родителей учащихся творческих объединений",
                    "сентябрь – октябрь 2026 г.",
                    PDO,
                    "1.2",
                    ("r", 9, 10, 2026, 2026),
                    ["teachers"],
                ),
                "Собрания, сайт",
            ),
            (
                R(
                    "Презентация программы наставничества для учащихся объединений",
                    "октябрь 2026 г.",
                    PDO,
                    "1.4",
                    ("m", 10, 2026),
                    ["teachers"],
                ),
                "Презентация",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование учащихся, сбор согласий на обработку персональных данных",
                    "октябрь 2026 г.",
                    "Педагог-психолог",
                    "2.1",
                    ("m", 10, 2026),
                    ["psychologist"],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Анализ данных, формирование базы наставляемых",
                    "ноябрь 2026 г.",
                    "Куратор программы наставничества",
                    "2.3",
                    ("m", 11, 2026),
                    ["program_curator"],
                ),
                "База",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            (
                R(
                    "Выбор форм наставничества («педагог – учащийся», «учащийся – учащийся»)",
                    "октябрь 2026 г.",
                    "Куратор, методист",
                    "3.1",
                    ("m", 10, 2026),
                    ["program_curator", "methodologist"],
                ),
                "Решение методсовета",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников из числа педагогов и старших учащихся",
                    "ноябрь 2026 г.",
                    "Куратор",
                    "3.3",
                    ("m", 11, 2026),
                    ["program_curator"],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Формирование базы наставников",
                    "IV квартал 2026 г.",
                    "Куратор",
                    "3.4",
                    ("r", 10, 12, 2026, 2026),
                    ["program_curator"],
                ),
                "База",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            (
                R(
                    "Оценка наставников по заданным параметрам",
                    "декабрь 2026 г.",
                    "Педагог-психолог",
                    "4.1",
                    ("m", 12, 2026),
                    ["psychologist"],
                ),
                "Карты оценки",
            ),
            (
                R(
                    "Обучение наставников на базе муниципального ресурсного центра",
                    "I квартал 2027 г.",
                    "Методист, заместитель директора по учебно-методической работе",
                    "4.4",
                    ("r", 1, 3, 2027, 2027),
                    ["methodologist", "deputy_director"],
                ),
                "Удостоверения",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            (
                R(
                    "Организация групповой встречи наставников и наставляемых",
                    "январь 2027 г.",
                    "Куратор",
                    "5.1",
                    ("m", 1, 2027),
                    ["program_curator"],
                ),
                "Встреча",
            ),
            (
                R(
                    "Анализ анкет и объединение наставников и наставляемых в пары",
                    "январь 2027 г.",
                    "Куратор, педагог-психолог",
                    "5.3",
                    ("m", 1, 2027),
                    ["program_curator", "psychologist"],
                ),
                "Список пар",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            (
                R(
                    "Встреча-планирование рабочего процесса в парах",
                    "февраль 2027 г.",
                    "Наставники",
                    "6.3",
                    ("m", 2, 2027),
                    ["mentors"],
                ),
                "План работы",
            ),
            (
                R(
                    "Регулярные встречи наставников и наставляемых",
                    "в течение учебного года",
                    "Наставники",
                    "6.4",
                    ("c",),
                    ["mentors"],
                ),
                "Журнал",
            ),
            (
                R(
                    "Сбор обратной связи от участников программы",
                    "март 2027 г.",
                    "Куратор",
                    "6.5",
                    ("m", 3, 2027),
                    ["program_curator"],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Групповая заключительная встреча всех пар и групп",
                    "май 2027 г.",
                    "Куратор, наставники",
                    "6.7",
                    ("m", 5, 2027),
                    ["program_curator", "mentors"],
                ),
                "Встреча",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            (
                R(
                    "Приглашение участников программы, родителей и партнёров на итоговое мероприятие",
                    "май 2027 г.",
                    "Заместитель директора по воспитательной работе",
                    "7.1",
                    ("m", 5, 2027),
                    ["deputy_director_upbringing"],
                ),
                "Приглашения",
            ),
            (
                R(
                    "Фестиваль наставнических практик «Радуга талантов»",
                    "май 2027 г.",
                    "Директор, заместитель директора по ВР",
                    "7.2",
                    ("m", 5, 2027),
                    ["director", "deputy_director_upbringing"],
                ),
                "Фестиваль",
            ),
            (
                R(
                    "Оформление итогов работы пар в кейсы",
                    "июнь 2027 г.",
                    "Методист",
                    "7.5",
                    ("m", 6, 2027),
                    ["methodologist"],
                ),
                "Кейсы",
            ),
            (
                R(
                    "Публикация кейсов на сайте центра и в сообществе ВКонтакте",
                    "июнь 2027 г.",
                    "Методист",
                    "7.6",
                    ("m", 6, 2027),
                    ["methodologist"],
                ),
                "Публикации",
            ),
            (
                R(
                    "Направление информации об итогах в Управление образования Администрации г. Ижевска",
                    "до 30.06.2027",
                    "Заместитель директора по УМР",
                    None,
                    ("dl", 30, 6, 2027),
                    ["deputy_director"],
                ),
                "Информация",
            ),
        ],
    ),
]


def build_izhevsk() -> int:
    folder = _fresh("izhevsk_odt")
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    for sid, heading, rows in IZ_SECTIONS:
        body.append(("row", [f"{sid}.", heading.upper(), "", "", "", ""]))
        for i, (row, result) in enumerate(rows, 1):
            form = "очная" if i % 2 else "очная / дистанционная"
            body.append(
                ("row", [f"{sid}.{i}", row["text"], form, _str(row["date"]), row["resp"] or "", result])
            )
            truth.append(truth_row(row, sid, IZ_YEAR))
    head: list[HeadPara] = [
        ("Муниципальное бюджетное учреждение дополнительного образования", False, "c"),
        ("«Центр детского творчества «Радуга»»", False, "c"),
        ("", False, None),
        ("ДОРОЖНАЯ КАРТА", True, "c"),
        ("реализации целевой модели наставничества", True, "c"),
        ("в МБУ ДО «Центр детского творчества «Радуга»» г. Ижевска на 2026/2027 учебный год", True, "c"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        write_docx_table(
            docx_path,
            head,
            [
                "№ п\\п",
                "Содержание деятельности",
                "Форма проведения",
                "Сроки проведения",
                "Ответственный",
                "Ожидаемый результат",
            ],
            body,
            [1.3, 8.2, 3.2, 3.6, 5.0, 4.0],
            landscape=True,
        )
        _soffice(docx_path, folder / "roadmap.odt", "odt")
    write_truth(folder, IZ_ORG, IZ_YEAR, truth)
    return len(truth)


def main() -> None:
    for name, fn in (
        ("kindergarten_docx", build_kindergarten),
        ("gymnasium_2022_docx", build_gymnasium),
        ("college_pdf", build_college),
        ("komi_unruled_pdf", build_komi),
        ("krasnoyarsk_xlsx", build_krasnoyarsk),
        ("village_photo", build_village),
        ("perm_scan", build_perm),
        ("izhevsk_odt", build_izhevsk),
    ):
        print(f"{name}: {fn()} rows")


if __name__ == "__main__":
    main()
