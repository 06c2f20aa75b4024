"""Build the held-out roadmaps of set 28 in data/holdout28/<name>/ (input file + truth.json).

Run: .venv/bin/python -m data.holdout28.build   (from /work/main)

Nine documents, each written from scratch with its hand label next to the printed text:

    a_lyceum_docx        DOCX, stage cell merged down, two-row header (Срок / Ответственный under
                         «Исполнение»), Y=2025
    b_kindergarten_docx  DOCX, stage rows spanning the table, a non-stage first section, column
                         numbers under the header, Y=2021
    c_college_pdf        PDF printed by LibreOffice from a DOCX, stage rows with empty cells, Y=2023
    d_rural_pdf          PDF drawn with reportlab, no ruling lines, Roman-numeral stages, Y=2022
    e_internat_xlsx      XLSX (openpyxl): merged title/stage rows, two real date cells, Y=2024
    f_mo_plan_doc        .doc converted by LibreOffice: a plan of a methodical association, a
                         look-alike that is NOT a roadmap (no activities), 2020
    g_teachers2022_html  HTML saved by Word (windows-1251): the 2022 model for pedagogical workers,
                         sub-items 1) 2) with line-aligned dates, Y=2026
    h_oosh_photo         JPEG: a phone photo of a one-page flat roadmap without stage headings, Y=2020
    i_gymnasium_scan     image-only PDF: scanned pages of a stage-grouped table (sub-items with
                         line-aligned dates and responsibles), Y=2023

Dates and roles are labelled from what is printed (see data.holdout.build for the date specs).
Random noise of the scan and the photo has fixed seeds; LibreOffice output carries its own
timestamps.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    BodyItem,
    R,
    Row,
    Section,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    truth_row,
    write_docx_table,
    write_truth,
)

HERE = Path(__file__).resolve().parent
LIB = Path("/usr/share/fonts/truetype/liberation2")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# ----------------------------------------------------------------------------- common helpers


def sections_truth(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    """Truth rows in reading order; «Ежегодно, до …» is a deadline that recurs every year."""
    out: list[TruthActivity] = []
    for stage, _head, rows in sections:
        for row in rows:
            act = truth_row(row, stage, y)
            printed = row["date"]
            if isinstance(printed, str) and printed.lower().startswith("ежегодно"):
                assert row["spec"][0] in ("dl", "a"), row
                act["recurrence"] = "annual"
            out.append(act)
    return out


def finish_truth(
    folder: Path,
    org: str,
    y: int,
    acts: list[TruthActivity],
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    write_truth(folder, org, y, acts)
    if status == "ok" and model == "target_model_2019":
        return
    path = folder / "truth.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["document"]["status"] = status
    data["document"]["model"] = model
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def fresh(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def count_rows(sections: Sequence[Section]) -> int:
    return sum(len(rows) for _s, _h, rows in sections)


def set_font(doc: DocxDocument, name: str, size: float) -> None:
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def repeat_header(table: Table, n: int) -> None:
    """Mark the first n rows as a header repeated on every page."""
    for row in table.rows[:n]:
        trpr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def soffice_convert(src: Path, target: str, ext: str, out: Path) -> None:
    """LibreOffice conversion with a profile of its own (target e.g. 'doc:MS Word 97')."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p / "out"),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(tmp_p / "out" / f"{src.stem}.{ext}", out)


def fixed_zip(path: Path, stamp: str) -> None:
    """Rewrite an Office zip with fixed entry times and a fixed dcterms:modified (same bytes each build)."""
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text
                )
                data = text.encode("utf-8")
            out = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = info.external_attr
            zout.writestr(out, data)


def pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


_FONTS_DONE: list[bool] = []


def register_fonts() -> None:
    if _FONTS_DONE:
        return
    pdfmetrics.registerFont(TTFont("LSerif", str(LIB / "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LSerif-Bold", str(LIB / "LiberationSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVSerif", str(DEJAVU / "DejaVuSerifCondensed.ttf")))
    pdfmetrics.registerFont(TTFont("DVSerif-Bold", str(DEJAVU / "DejaVuSerifCondensed-Bold.ttf")))
    _FONTS_DONE.append(True)


# =========================================================================== A: lyceum, DOCX
# Stage cell merged down the rows of its stage; a two-row header: «Исполнение» over «Срок» and
# «Ответственный»; a result column; continuous numbering 1..31.

A_ORG = "МАОУ «Лицей № 3» г. Кстово"
A_YEAR = 2025
A_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа «О внедрении целевой модели наставничества в 2025-2026 учебном году»",
                "до 01.09.2025",
                "Директор",
                None,
                ("dl", 1, 9, 2025),
                ["director"],
                note="Приказ",
            ),
            R(
                "Назначение куратора реализации программы наставничества в лицее",
                "до 01.09.2025",
                "Директор",
                None,
                ("dl", 1, 9, 2025),
                ["director"],
                note="Приказ",
            ),
            R(
                "Педагогический совет: информирование коллектива о запуске программы наставничества",
                "Август 2025",
                "Директор, ЗДУВР",
                "1.1",
                ("m", 8, 2025),
                ["director", "deputy_director_academic"],
                note="Протокол педсовета",
            ),
            R(
                "Рассказ о программе наставничества на общелицейском родительском собрании",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
                note="Протокол собрания",
            ),
            R(
                "Классные часы для лицеистов 5–11 классов о целях и формах наставничества",
                "Сентябрь",
                "Кл. руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Встреча с выпускниками лицея и представителями предприятий-партнёров: знакомство "
                "с программой наставничества",
                "Октябрь",
                "ЗДУВР, советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_academic", "senior_counselor"],
                note="Информация на сайте",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование лицеистов и педагогов, желающих войти в программу в роли наставляемых; "
                "сбор согласий совершеннолетних участников на обработку персональных данных",
                "до 20 сентября",
                "Куратор",
                "2.1",
                ("dl", 20, 9),
                ["program_curator"],
                note="Анкеты, согласия",
            ),
            R(
                "Сбор сведений о запросах наставляемых у классных руководителей, педагога-психолога, "
                "социального педагога и родителей; согласия законных представителей несовершеннолетних",
                "Сентябрь – октябрь",
                "Педагог-психолог, социальный педагог",
                "2.2",
                ("r", 9, 10),
                ["psychologist", "social_pedagogue"],
            ),
            R(
                "Обработка полученных данных и составление базы наставляемых",
                "до 10 октября",
                "Куратор, ЗДУВР",
                "2.3",
                ("dl", 10, 10),
                ["program_curator", "deputy_director_academic"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – ученик», "
                "«работодатель – ученик»)",
                "Сентябрь",
                "Рабочая группа",
                "3.1",
                ("m", 9),
                ["other"],
            ),
            R(
                "Входная оценка наставляемых по установленным показателям для последующего мониторинга",
                "Октябрь",
                "Пахомова Е.В., педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
                note="Диагностические карты",
            ),
            R(
                "Анкетирование кандидатов в наставники (педагоги, старшеклассники, выпускники, родители), "
                "сбор согласий на обработку персональных данных",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Сопоставление анкет наставников и наставляемых; формирование базы наставников",
                "Октябрь – ноябрь",
                "Куратор, рук. ШМО",
                "3.4",
                ("r", 10, 11),
                ["program_curator", "head_of_methodical_association"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседования с кандидатами в наставники (при необходимости — с участием психолога)",
                "Ноябрь",
                "ЗДУВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Подбор экспертов и методических материалов для «Школы наставника»",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Обучение наставников: цикл семинаров «Школа наставника»",
                "Ноябрь 2025 – январь 2026",
                "Методист, куратор",
                "4.4",
                ("r", 11, 1, 2025, 2026),
                ["methodologist", "program_curator"],
                note="Сертификаты",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            R(
                "Встреча-знакомство всех наставников и наставляемых в игровом формате",
                "Декабрь",
                "Советник директора по воспитанию",
                "5.1",
                ("m", 12),
                ["senior_counselor"],
            ),
            R(
                "Анкетирование участников встречи: выбор предпочтительного наставника",
                "Декабрь",
                "Куратор",
                "5.2",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Анализ анкет и составление наставнических пар (групп)",
                "до 25 декабря",
                "Куратор",
                "5.3",
                ("dl", 25, 12),
                ["program_curator"],
            ),
            R(
                "Доведение состава пар до участников; приказ о закреплении наставнических пар",
                "Январь",
                "Директор",
                "5.4",
                ("m", 1),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            R(
                "Первая (организационная) встреча наставника с наставляемым",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Пробная рабочая встреча пары",
                "Январь",
                "Наставники",
                "6.2",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: составление плана работы пары",
                "Январь – февраль",
                "Наставники, куратор",
                "6.3",
                ("r", 1, 2),
                ["mentors", "program_curator"],
                note="План работы пары",
            ),
            R(
                "Регулярные встречи наставника и наставляемого по плану пары",
                "Февраль – апрель",
                "Наставники",
                "6.4",
                ("r", 2, 4),
                ["mentors"],
            ),
            R(
                "Промежуточный сбор обратной связи от участников",
                "Март",
                "Куратор, педагог-психолог",
                "6.5",
                ("m", 3),
                ["program_curator", "psychologist"],
            ),
            R(
                "Итоговая встреча в каждой паре",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                ["mentors"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Анкетирование: удовлетворённость участников программой наставничества",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
                note="Аналитическая справка",
            ),
            R(
                "Торжественный сбор «Лицей наставников»: подведение итогов, награждение лучших наставников",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "ЗДУВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
                note="Справка",
            ),
            R(
                "Размещение итогов и лучших кейсов наставничества на сайте лицея",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Благодарственные письма наставникам по итогам учебного года",
                "Июнь",
                "Администрация",
                None,
                ("m", 6),
                ["other"],
            ),
        ],
    ),
]


def build_a(folder: Path) -> int:
    doc = _new_document(landscape=True)
    set_font(doc, "Liberation Serif", 11)
    for text in ("УТВЕРЖДЕНО", "приказом директора МАОУ «Лицей № 3»", "от 29.08.2025 № 214-о"):
        _para(doc, text, align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(
        doc,
        f"внедрения целевой модели наставничества в {A_ORG} на 2025–2026 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    table = doc.add_table(rows=2, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, label in ((0, "№ п/п"), (1, "Этап"), (2, "Мероприятие"), (5, "Ожидаемый результат")):
        merged = table.cell(0, col).merge(table.cell(1, col))
        _set_cell(merged, label, bold=True)
    top = table.cell(0, 3).merge(table.cell(0, 4))
    _set_cell(top, "Исполнение", bold=True)
    _set_cell(table.cell(1, 3), "Срок", bold=True)
    _set_cell(table.cell(1, 4), "Ответственный", bold=True)
    n = 0
    for _stage, head, rows in A_SECTIONS:
        first = len(table.rows)
        for row in rows:
            n += 1
            tr = table.add_row()
            _set_cell(tr.cells[0], f"{n}.")
            _set_cell(tr.cells[2], row["text"])
            _set_cell(tr.cells[3], str(row["date"]))
            _set_cell(tr.cells[4], row["resp"] or "")
            _set_cell(tr.cells[5], row["note"])
        last = len(table.rows) - 1
        stage_cell = table.cell(first, 1).merge(table.cell(last, 1))
        _set_cell(stage_cell, head, bold=True)
    _widths(table, [1.2, 4.3, 10.0, 3.6, 4.4, 3.2])
    repeat_header(table, 2)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ Н.С. Зорина")
    doc.save(str(folder / "roadmap.docx"))
    fixed_zip(folder / "roadmap.docx", "2025-08-29T07:00:00Z")
    finish_truth(folder, A_ORG, A_YEAR, sections_truth(A_SECTIONS, A_YEAR))
    return count_rows(A_SECTIONS)


# =========================================================================== B: kindergarten, DOCX
# Stage rows span the whole table; the first section is administrative (not a stage of the model),
# so its rows carry stage_id null; numbering 1.1, 2.1 … of the document's own.

B_ORG = "МБДОУ «Детский сад № 14 «Берёзка»» г. Вологды"
B_YEAR = 2021
B_SECTIONS: list[Section] = [
    (
        None,
        "1. Организационно-правовое обеспечение",
        [
            R(
                "Разработка и утверждение Положения о наставничестве в ДОУ",
                "до 01.09.2021",
                "Заведующий",
                None,
                ("dl", 1, 9, 2021),
                ["director"],
            ),
            R(
                "Приказ об организации наставничества и назначении куратора",
                "Сентябрь 2021",
                "Заведующий",
                None,
                ("m", 9, 2021),
                ["director"],
            ),
            R(
                "Составление программы наставничества детского сада",
                "Август – сентябрь 2021",
                "Старший воспитатель",
                None,
                ("r", 8, 9, 2021, 2021),
                ["other"],
            ),
        ],
    ),
    (
        1,
        "2. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Информирование педагогов детского сада о программе наставничества на педагогическом совете",
                "Сентябрь",
                "Заведующий, старший воспитатель",
                "1.1",
                ("m", 9),
                ["director", "other"],
            ),
            R(
                "Консультации для родителей на групповых собраниях о внедрении наставничества",
                "Сентябрь – октябрь",
                "Воспитатели групп",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
            ),
            R(
                "Встреча с представителями социальных партнёров (СОШ № 8, педагогический колледж) "
                "о реализации программы наставничества",
                "Октябрь",
                "Старший воспитатель",
                "1.3",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "3. Формирование базы наставляемых",
        [
            R(
                "Анкетирование молодых и вновь прибывших педагогов; сбор согласий на обработку "
                "персональных данных",
                "до 15 сентября",
                "Педагог-психолог",
                "2.1",
                ("dl", 15, 9),
                ["psychologist"],
            ),
            R(
                "Анализ анкет, формирование базы наставляемых",
                "до 30 сентября",
                "Старший воспитатель",
                "2.3",
                ("dl", 30, 9),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "4. Формирование базы наставников",
        [
            R(
                "Выбор формы наставничества «педагог – педагог» (опытный воспитатель – молодой специалист)",
                "Сентябрь",
                "Рабочая группа",
                "3.1",
                ("m", 9),
                ["other"],
            ),
            R(
                "Анкетирование опытных воспитателей и специалистов, готовых стать наставниками",
                "Сентябрь",
                "Старший воспитатель",
                "3.3",
                ("m", 9),
                ["other"],
            ),
            R(
                "Формирование базы наставников по итогам анкетирования",
                "Октябрь",
                "Старший воспитатель",
                "3.4",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "5. Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "Октябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Собеседование с наставниками",
                "Октябрь",
                "Заведующий, педагог-психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
            ),
            R(
                "Участие наставников в обучающих вебинарах и курсах «Наставничество в ДОО»",
                "Ноябрь – декабрь",
                "Старший воспитатель",
                "4.4",
                ("r", 11, 12),
                ["other"],
            ),
        ],
    ),
    (
        5,
        "6. Формирование наставнических пар",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "Ноябрь",
                "Старший воспитатель, педагог-психолог",
                "5.1",
                ("m", 11),
                ["other", "psychologist"],
            ),
            R(
                "Анализ анкет, составление пар «наставник – наставляемый»",
                "Ноябрь",
                "Старший воспитатель",
                "5.3",
                ("m", 11),
                ["other"],
            ),
            R(
                "Закрепление наставнических пар приказом заведующего",
                "до 1 декабря",
                "Заведующий",
                "5.4",
                ("dl", 1, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "7. Организация работы наставнических пар",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "Декабрь",
                "Наставники",
                "6.1",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: разработка плана работы пары",
                "Декабрь",
                "Наставники, наставляемые",
                "6.3",
                ("m", 12),
                ["mentors", "other"],
            ),
            R(
                "Регулярные встречи пары: взаимопосещение занятий, консультации",
                "Январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников программы",
                "Февраль, апрель",
                "Педагог-психолог",
                "6.5",
                ("m", 2),
                ["psychologist"],
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "Май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Анкетирование участников: удовлетворённость программой наставничества",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "8. Завершение наставничества",
        [
            R(
                "Итоговый педсовет: подведение итогов программы, награждение лучших наставников",
                "Май",
                "Заведующий",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май – июнь",
                "Старший воспитатель",
                "7.3",
                ("r", 5, 6),
                ["other"],
            ),
            R(
                "Публикация результатов и лучших практик на сайте ДОУ",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Пополнение базы наставников и наставляемых итогами года",
                "Август",
                "Старший воспитатель",
                "7.7",
                ("m", 8),
                ["other"],
            ),
        ],
    ),
]


def build_b(folder: Path) -> int:
    body: list[BodyItem] = []
    for _stage, head, rows in B_SECTIONS:
        body.append(("section", head))
        prefix = head.split(".", 1)[0]
        for i, row in enumerate(rows, 1):
            body.append(("row", [f"{prefix}.{i}", row["text"], str(row["date"]), row["resp"] or ""]))
    write_docx_table(
        folder / "roadmap.docx",
        [
            ("Утверждаю:", False, "r"),
            ("Заведующий МБДОУ «Детский сад № 14 «Берёзка»»", False, "r"),
            ("__________ С.А. Мельникова", False, "r"),
            ("Приказ № 87 от 31.08.2021", False, "r"),
            ("", False, None),
            ("План мероприятий (дорожная карта)", True, "c"),
            (
                f"по внедрению целевой модели наставничества в {B_ORG} на 2021/2022 учебный год",
                True,
                "c",
            ),
        ],
        ["№ п/п", "Содержание работы", "Сроки исполнения", "Ответственный исполнитель"],
        body,
        [1.4, 9.6, 3.3, 3.7],
        colnum_row=True,
    )
    fixed_zip(folder / "roadmap.docx", "2021-08-31T07:00:00Z")
    finish_truth(folder, B_ORG, B_YEAR, sections_truth(B_SECTIONS, B_YEAR))
    return count_rows(B_SECTIONS)


# =========================================================================== C: college, PDF (LibreOffice)
# Numbered 5-column table; stage rows hold the number and the title, the other cells stay empty.

C_ORG = "ГБПОУ «Каменский колледж строительства и транспорта»"
C_YEAR = 2023
C_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о реализации программы наставничества студентов в 2023-2024 учебном году",
                "01.09.2023",
                "Директор",
                None,
                ("d", 1, 9, 2023),
                ["director"],
                note="Приказ",
            ),
            R(
                "Актуализация Положения о наставничестве в колледже",
                "до 15.09.2023",
                "Зам. директора по УР",
                None,
                ("dl", 15, 9, 2023),
                ["deputy_director_academic"],
                note="Положение",
            ),
            R(
                "Информирование педагогических работников колледжа о программе наставничества "
                "(заседание педагогического совета)",
                "Сентябрь",
                "Зам. директора по УР, методист",
                "1.1",
                ("m", 9),
                ["deputy_director_academic", "methodologist"],
                note="Протокол",
            ),
            R(
                "Информирование родителей студентов первого курса на родительских собраниях",
                "Сентябрь",
                "Кураторы учебных групп",
                "1.2",
                ("m", 9),
                ["class_teacher"],
                note="Протоколы собраний",
            ),
            R(
                "Встреча с работодателями и выпускниками колледжа: информирование о программе наставничества",
                "Октябрь",
                "Руководитель центра содействия трудоустройству выпускников",
                "1.3",
                ("m", 10),
                ["other"],
                note="Информация на сайте",
            ),
            R(
                "Информационные часы для студентов в учебных группах о реализуемой программе наставничества",
                "Сентябрь",
                "Кураторы групп, заведующие отделениями",
                "1.4",
                ("m", 9),
                ["class_teacher", "other"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование студентов и молодых преподавателей, желающих участвовать в программе; сбор "
                "согласий совершеннолетних на обработку персональных данных",
                "до 30.09.2023",
                "Педагог-психолог",
                "2.1",
                ("dl", 30, 9, 2023),
                ["psychologist"],
                note="Анкеты, согласия",
            ),
            R(
                "Сбор информации о запросах наставляемых от кураторов, психолога, социального педагога, "
                "родителей; согласия законных представителей несовершеннолетних студентов",
                "Сентябрь – октябрь",
                "Социальный педагог, кураторы групп",
                "2.2",
                ("r", 9, 10),
                ["social_pedagogue", "class_teacher"],
            ),
            R(
                "Формирование базы наставляемых по результатам анализа собранных данных",
                "Октябрь",
                "Методист",
                "2.3",
                ("m", 10),
                ["methodologist"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                "«педагог – педагог»",
                "Октябрь",
                "Зам. директора по УР",
                "3.1",
                ("m", 10),
                ["deputy_director_academic"],
            ),
            R(
                "Анкетирование потенциальных наставников из числа преподавателей, студентов старших курсов "
                "и представителей предприятий; сбор согласий на обработку персональных данных",
                "Октябрь",
                "Методист",
                "3.3",
                ("m", 10),
                ["methodologist"],
            ),
            R(
                "Оценка наставляемых по заданным параметрам (входной мониторинг)",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
                note="Результаты диагностики",
            ),
            R(
                "Анализ анкет наставников, сопоставление с запросами наставляемых, формирование базы "
                "наставников",
                "до 10.11.2023",
                "Методист",
                "3.4",
                ("dl", 10, 11, 2023),
                ["methodologist"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Входная оценка наставников по заданным параметрам",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Собеседование с кандидатами в наставники",
                "Ноябрь",
                "Зам. директора по УР, председатели ПЦК",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "head_of_methodical_association"],
            ),
            R(
                "Поиск экспертов и подготовка материалов для обучения наставников",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Обучение наставников по программе «Наставник в системе СПО»",
                "IV квартал",
                "Методист",
                "4.4",
                ("r", 10, 12),
                ["methodologist"],
                note="Удостоверения",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            R(
                "Организационная групповая встреча наставников и наставляемых",
                "Декабрь",
                "Зам. директора по ВР",
                "5.1",
                ("m", 12),
                ["deputy_director_upbringing"],
            ),
            R(
                "Анкетирование по итогам встречи: предпочтения в выборе наставника",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "Закрепление наставнических пар и групп приказом директора колледжа",
                "до 25.12.2023",
                "Директор",
                "5.4",
                ("dl", 25, 12, 2023),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            R(
                "Проведение первой (организационной) встречи в парах",
                "Январь 2024",
                "Наставники",
                "6.1",
                ("m", 1, 2024),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: разработка индивидуального плана работы пары",
                "Январь 2024",
                "Наставники",
                "6.3",
                ("m", 1, 2024),
                ["mentors"],
                note="Планы работы",
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "Январь – май 2024",
                "Наставники",
                "6.4",
                ("r", 1, 5, 2024, 2024),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от наставляемых и наставников",
                "Март 2024",
                "Методист",
                "6.5",
                ("m", 3, 2024),
                ["methodologist"],
            ),
            R(
                "Групповая заключительная встреча всех наставнических пар и групп",
                "Май 2024",
                "Зам. директора по ВР",
                "6.7",
                ("m", 5, 2024),
                ["deputy_director_upbringing"],
            ),
            R(
                "Мониторинг удовлетворённости участников программой наставничества (анкетирование)",
                "Май 2024",
                "Педагог-психолог",
                "6.8",
                ("m", 5, 2024),
                ["psychologist"],
                note="Справка",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Приглашение участников программы, их родных, работодателей и представителей администрации "
                "района на итоговое мероприятие",
                "Май 2024",
                "Зам. директора по ВР",
                "7.1",
                ("m", 5, 2024),
                ["deputy_director_upbringing"],
            ),
            R(
                "Торжественное подведение итогов программы, награждение лучших наставников",
                "Июнь 2024",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 6, 2024),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Второй этап мониторинга влияния программы на её участников",
                "Июнь 2024",
                "Педагог-психолог",
                "7.4",
                ("m", 6, 2024),
                ["psychologist"],
            ),
            R(
                "Оформление лучших практик наставничества в кейсы",
                "II полугодие",
                "Методист, председатели ПЦК",
                "7.5",
                ("r", 1, 5),
                ["methodologist", "head_of_methodical_association"],
                note="Сборник кейсов",
            ),
            R(
                "Публикация результатов на сайте колледжа и сайтах организаций-партнёров",
                "Июнь 2024",
                "Отв. за сайт",
                "7.6",
                ("m", 6, 2024),
                ["other"],
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "в течение учебного года",
                "Методист",
                "7.8",
                ("c",),
                ["methodologist"],
            ),
        ],
    ),
]


def build_c(folder: Path) -> int:
    doc = _new_document(landscape=False)
    set_font(doc, "Liberation Serif", 11)
    for text in (
        "УТВЕРЖДАЮ",
        "Директор ГБПОУ «Каменский колледж",
        "строительства и транспорта»",
        "____________ В.П. Гончаренко",
        "«30» августа 2023 г.",
    ):
        _para(doc, text, align="r")
    _para(doc, "")
    _para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=13)
    _para(
        doc,
        f"реализации целевой модели наставничества в {C_ORG} на 2023-2024 учебный год",
        bold=True,
        align="c",
    )
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(
        ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные", "Ожидаемый результат"]
    ):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    for s, (_stage, head, rows) in enumerate(C_SECTIONS, 1):
        tr = table.add_row()
        _set_cell(tr.cells[0], f"{s}.", bold=True)
        _set_cell(tr.cells[1], head, bold=True)
        for i, row in enumerate(rows, 1):
            tr = table.add_row()
            cells = [f"{s}.{i}", row["text"], str(row["date"]), row["resp"] or "", row["note"]]
            for j, val in enumerate(cells):
                _set_cell(tr.cells[j], val)
    _widths(table, [1.2, 7.3, 2.9, 3.5, 3.1])
    repeat_header(table, 1)
    _para(doc, "")
    _para(doc, "Исполнитель: методист Н.Г. Рябова")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        _soffice_pdf(src, folder / "roadmap.pdf")
    finish_truth(folder, C_ORG, C_YEAR, sections_truth(C_SECTIONS, C_YEAR))
    return count_rows(C_SECTIONS)


# =========================================================================== D: rural school, reportlab
# No ruling lines at all: columns only by position; stage headings in capitals with Roman numerals;
# responsible cells carry surnames.

D_ORG = "МКОУ «Тасеевская СОШ № 2»"
D_YEAR = 2022
D_SECTIONS: list[Section] = [
    (
        1,
        "I. ПОДГОТОВКА УСЛОВИЙ ДЛЯ ЗАПУСКА ПРОГРАММЫ НАСТАВНИЧЕСТВА",
        [
            R(
                "Совещание при директоре: знакомство педагогов с целевой моделью наставничества",
                "Сентябрь 2022 г.",
                "Директор Лаптева О.Н., зам. директора по УВР",
                "1.1",
                ("m", 9, 2022),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Информирование родителей о программе наставничества (родительские собрания, сайт школы)",
                "Сентябрь 2022 г.",
                "Классные руководители 1–11 кл.",
                "1.2",
                ("m", 9, 2022),
                ["class_teacher"],
            ),
            R(
                "Встреча с выпускниками школы и представителями сельхозпредприятий района: информирование "
                "о программе наставничества",
                "Октябрь 2022 г.",
                "Советник директора по воспитанию",
                "1.3",
                ("m", 10, 2022),
                ["senior_counselor"],
            ),
            R(
                "Назначение куратора внедрения целевой модели наставничества",
                "до 15.09.2022",
                "Директор",
                None,
                ("dl", 15, 9, 2022),
                ["director"],
            ),
        ],
    ),
    (
        2,
        "II. ФОРМИРОВАНИЕ БАЗЫ НАСТАВЛЯЕМЫХ",
        [
            R(
                "Анкетирование обучающихся 7–11 классов и педагогов — потенциальных наставляемых; согласия "
                "на обработку персональных данных",
                "Сентябрь – октябрь",
                "Куратор, педагог-психолог",
                "2.1",
                ("r", 9, 10),
                ["program_curator", "psychologist"],
            ),
            R(
                "Сбор дополнительной информации о запросах наставляемых у классных руководителей, психолога, "
                "родителей; согласия законных представителей",
                "Октябрь",
                "Социальный педагог Мухина Л.П.",
                "2.2",
                ("m", 10),
                ["social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 1 ноября",
                "Куратор",
                "2.3",
                ("dl", 1, 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "III. ФОРМИРОВАНИЕ БАЗЫ НАСТАВНИКОВ",
        [
            R(
                "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников (сопоставление анкет наставников и наставляемых)",
                "Ноябрь",
                "Куратор, зам. директора по УВР",
                "3.4",
                ("m", 11),
                ["program_curator", "deputy_director_academic"],
            ),
            R(
                "Выбор форм наставничества на 2022-2023 учебный год",
                "Ноябрь",
                "Методический совет",
                "3.1",
                ("m", 11),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "IV. ОТБОР И ОБУЧЕНИЕ НАСТАВНИКОВ",
        [
            R(
                "Собеседование с наставниками",
                "Ноябрь",
                "Педагог-психолог Жданова Т.С.",
                "4.2",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Обучение наставников (курсы повышения квалификации, вебинары регионального центра)",
                "I полугодие",
                "Зам. директора по УВР",
                "4.4",
                ("r", 9, 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "V. ФОРМИРОВАНИЕ НАСТАВНИЧЕСКИХ ПАР",
        [
            R(
                "Групповая встреча наставников и наставляемых «Давайте познакомимся»",
                "Декабрь",
                "Куратор, старший вожатый",
                "5.1",
                ("m", 12),
                ["program_curator", "senior_counselor"],
            ),
            R(
                "Анкетирование участников после групповой встречи",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "Формирование пар «учитель – ученик», «ученик – ученик», «учитель – учитель»",
                "Декабрь",
                "Куратор",
                "5.3",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "до 20 декабря",
                "Директор",
                "5.4",
                ("dl", 20, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. ОРГАНИЗАЦИЯ РАБОТЫ НАСТАВНИЧЕСКИХ ПАР",
        [
            R(
                "Первая встреча наставника и наставляемого (организационная)",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Пробная рабочая встреча",
                "Январь",
                "Наставники",
                "6.2",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставнических пар",
                "в течение года",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников программы",
                "по мере необходимости",
                "Куратор",
                "6.5",
                ("u",),
                ["program_curator"],
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                ["mentors"],
            ),
            R(
                "Заключительная встреча всех наставнических пар",
                "Апрель",
                "Куратор, зам. директора по ВР",
                "6.7",
                ("m", 4),
                ["program_curator", "deputy_director_upbringing"],
            ),
            R(
                "Анкетирование: удовлетворённость участием в программе",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. ЗАВЕРШЕНИЕ НАСТАВНИЧЕСТВА",
        [
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Итоговая линейка «Лучший наставник года»: награждение наставников",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Оформление кейсов наставнических практик",
                "Июнь",
                "Куратор",
                "7.5",
                ("m", 6),
                ["program_curator"],
            ),
            R(
                "Внесение итогов в базы наставников и наставляемых",
                "Июнь",
                "Куратор",
                "7.7",
                ("m", 6),
                ["program_curator"],
            ),
            R(
                "Отчёт о реализации дорожной карты в управление образования",
                "до 30 июня",
                "Зам. директора по УВР",
                None,
                ("dl", 30, 6),
                ["deputy_director_academic"],
            ),
        ],
    ),
]


def build_d(folder: Path) -> int:
    register_fonts()
    page_w, page_h = float(A4[0]), float(A4[1])
    canvas = Canvas(str(folder / "roadmap.pdf"), pagesize=A4, invariant=1)
    canvas.setTitle("Дорожная карта наставничества")
    size, lead = 10.5, 12.6
    cols = [(1.8, 0.8), (2.7, 8.7), (11.7, 3.1), (15.1, 4.2)]  # (x cm, width cm)
    bottom = 2.0 * cm
    y = page_h - 1.6 * cm
    page = 1

    def text_lines(s: str, width_cm: float, font: str) -> list[str]:
        lines: list[str] = simpleSplit(s, font, size, width_cm * cm)
        return lines

    def footer() -> None:
        canvas.setFont("LSerif", 9)
        canvas.drawCentredString(page_w / 2, 1.1 * cm, str(page))

    def new_page() -> float:
        nonlocal page
        footer()
        canvas.showPage()
        page += 1
        return float(page_h - 1.8 * cm)

    canvas.setFont("LSerif", 10)
    for line in ("Приложение № 2", "к приказу от 31.08.2022 № 96"):
        canvas.drawRightString(page_w - 1.8 * cm, y, line)
        y -= 12
    y -= 14
    canvas.setFont("LSerif-Bold", 13)
    canvas.drawCentredString(page_w / 2, y, "Дорожная карта внедрения целевой модели наставничества")
    y -= 16
    canvas.drawCentredString(page_w / 2, y, f"в {D_ORG} на 2022-2023 учебный год")
    y -= 26
    head = ["№", "Мероприятие", "Сроки", "Ответственные"]
    canvas.setFont("LSerif-Bold", size)
    for (x, _w), h in zip(cols, head, strict=True):
        canvas.drawString(x * cm, y, h)
    y -= lead + 6
    n = 0
    for _stage, title, rows in D_SECTIONS:
        t_lines = text_lines(title, 17.4, "LSerif-Bold")
        if y - lead * (len(t_lines) + 3) < bottom:
            y = new_page()
        y -= 4
        canvas.setFont("LSerif-Bold", size)
        for line in t_lines:
            canvas.drawString(cols[0][0] * cm, y, line)
            y -= lead
        y -= 4
        for row in rows:
            n += 1
            cells = [f"{n}.", row["text"], str(row["date"]), row["resp"] or ""]
            wrapped = [text_lines(c, w, "LSerif") for c, (_x, w) in zip(cells, cols, strict=True)]
            height = max(len(w) for w in wrapped) * lead
            if y - height < bottom:
                y = new_page()
            canvas.setFont("LSerif", size)
            for lines, (x, _w) in zip(wrapped, cols, strict=True):
                yy = y
                for line in lines:
                    canvas.drawString(x * cm, yy, line)
                    yy -= lead
            y -= height + 5
    y -= 20
    if y < bottom + 30:
        y = new_page()
    canvas.setFont("LSerif", size)
    canvas.drawString(1.8 * cm, y, "Зам. директора по УВР ____________ Н.А. Кочкина")
    footer()
    canvas.save()
    finish_truth(folder, D_ORG, D_YEAR, sections_truth(D_SECTIONS, D_YEAR))
    return count_rows(D_SECTIONS)


# =========================================================================== E: boarding school, XLSX
# Merged title, approval block and stage rows; two date cells are real Excel dates.

E_ORG = "ГКОУ «Специальная (коррекционная) общеобразовательная школа-интернат № 4» г. Ставрополя"
E_YEAR = 2024
E_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Педагогический совет «Наставничество в школе-интернате: цели и формы» (информирование "
                "педагогического коллектива)",
                dt.datetime(2024, 8, 29),
                "Директор",
                "1.1",
                ("d", 29, 8, 2024),
                ["director"],
            ),
            R(
                "Информирование родителей (законных представителей) о внедрении наставничества",
                "Сентябрь",
                "Зам. директора по ВР, воспитатели",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "teachers"],
            ),
            R(
                "Беседы с обучающимися о программе наставничества",
                "Сентябрь",
                "Классные руководители, воспитатели",
                "1.4",
                ("m", 9),
                ["class_teacher", "teachers"],
            ),
            R(
                "Встреча с выпускниками школы-интерната и представителями шефских организаций о программе "
                "наставничества",
                "Октябрь",
                "Зам. директора по ВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
            R(
                "Заключение договоров о сотрудничестве с организациями-партнёрами",
                "IV квартал",
                "Директор",
                None,
                ("r", 10, 12),
                ["director"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих участвовать в программе; согласия "
                "совершеннолетних участников на обработку персональных данных",
                "до 20 сентября",
                "Педагог-психолог",
                "2.1",
                ("dl", 20, 9),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых от воспитателей, классных руководителей, "
                "социального педагога; согласия законных представителей",
                "Сентябрь",
                "Социальный педагог",
                "2.2",
                ("m", 9),
                ["social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых",
                "Октябрь",
                "Куратор",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества, реализуемых в школе-интернате",
                "Октябрь",
                "Методический совет",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            R(
                "Оценка наставляемых по заданным параметрам (входной этап мониторинга)",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Анкетирование потенциальных наставников; сбор согласий на обработку персональных данных",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "Ноябрь",
                "Куратор",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Подбор материалов и специалистов для обучения наставников",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Обучение наставников",
                "Ноябрь – декабрь",
                "Методист, педагог-психолог",
                "4.4",
                ("r", 11, 12),
                ["methodologist", "psychologist"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "Декабрь",
                "Куратор",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Формирование наставнических пар и групп по итогам анкетирования",
                "Декабрь",
                "Куратор",
                "5.3",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Информирование участников о составе пар, приказ о закреплении",
                "до 27.12.2024",
                "Директор",
                "5.4",
                ("dl", 27, 12, 2024),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            R(
                "Организационная встреча в парах",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: план работы пары на полугодие",
                "Январь",
                "Наставники",
                "6.3",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи пар (занятия, консультации, совместные проекты)",
                "Январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников",
                "Март",
                "Куратор",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            R(
                "Групповая заключительная встреча всех пар",
                "Май",
                "Зам. директора по ВР",
                "6.7",
                ("m", 5),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Приглашение участников программы и гостей на итоговое мероприятие",
                "Май",
                "Зам. директора по ВР",
                "7.1",
                ("m", 5),
                ["deputy_director_upbringing"],
            ),
            R(
                "Праздник «Спасибо, наставник!»: подведение итогов, награждение лучших наставников",
                dt.datetime(2025, 5, 27),
                "Директор, зам. директора по ВР",
                "7.2",
                ("d", 27, 5, 2025),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Итоговый мониторинг качества реализации программы наставничества",
                "Май – июнь",
                "Зам. директора по УВР",
                "7.3",
                ("r", 5, 6),
                ["deputy_director_academic"],
            ),
            R(
                "Публикация итогов программы на сайте школы-интерната",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Анализ выполнения дорожной карты на итоговом педсовете",
                "Август",
                "Директор",
                None,
                ("m", 8),
                ["director"],
            ),
        ],
    ),
]


def build_e(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = {"A": 6, "B": 62, "C": 16, "D": 28, "E": 14}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    plain = Font(name="Liberation Serif", size=11)
    bold = Font(name="Liberation Serif", size=11, bold=True)
    ws.merge_cells("C1:E4")
    ws["C1"] = (
        "УТВЕРЖДАЮ\nДиректор ГКОУ «Школа-интернат № 4»\n__________ Т.В. Рогова\nприказ от 30.08.2024 № 201"
    )
    ws["C1"].alignment = Alignment(wrap_text=True, horizontal="right", vertical="top")
    ws["C1"].font = plain
    for r in range(1, 5):
        ws.row_dimensions[r].height = 16
    ws.merge_cells("A6:E6")
    ws["A6"] = "Дорожная карта по внедрению целевой модели наставничества"
    ws["A6"].font = Font(name="Liberation Serif", size=13, bold=True)
    ws["A6"].alignment = center
    ws.merge_cells("A7:E7")
    ws["A7"] = f"в {E_ORG}"
    ws["A7"].font = bold
    ws["A7"].alignment = center
    ws.row_dimensions[7].height = 32
    ws.merge_cells("A8:E8")
    ws["A8"] = "на 2024–2025 учебный год"
    ws["A8"].font = bold
    ws["A8"].alignment = center
    header = ["№", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"]
    r = 10
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.alignment = center
        cell.border = box
    ws.row_dimensions[r].height = 30
    fill = PatternFill("solid", fgColor="DDEBF7")
    n = 0
    for _stage, head, rows in E_SECTIONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=head)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="left", vertical="center")
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = box
        for row in rows:
            r += 1
            n += 1
            values: list[object] = [n, row["text"], row["date"], row["resp"] or "", ""]
            for c, val in enumerate(values, 1):
                cell = ws.cell(row=r, column=c, value=val)
                cell.font = plain
                cell.alignment = wrap
                cell.border = box
            date_cell = ws.cell(row=r, column=3)
            if isinstance(row["date"], dt.datetime):
                date_cell.number_format = "DD.MM.YYYY"
            lines = max(math.ceil(len(row["text"]) / 60), math.ceil(len(row["resp"] or "") / 26), 1)
            ws.row_dimensions[r].height = 15 * lines + 2
    ws.print_title_rows = "10:10"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "Рогова Т.В."
    wb.properties.created = dt.datetime(2024, 8, 28, 10, 0, 0)
    wb.save(str(folder / "roadmap.xlsx"))
    fixed_zip(folder / "roadmap.xlsx", "2024-08-30T06:00:00Z")
    finish_truth(folder, E_ORG, E_YEAR, sections_truth(E_SECTIONS, E_YEAR))
    return count_rows(E_SECTIONS)


# =========================================================================== F: not a roadmap, .doc
# A plan of a methodical association of primary-school teachers: months, responsibles, a row on
# young teachers' mentoring and one on informing parents — but not a mentoring roadmap.

F_ORG = "МБОУ «Гимназия № 1» г. Новокуйбышевска"
F_YEAR = 2020
F_MEETINGS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Заседание № 1. «Планирование работы МО на 2020-2021 учебный год»",
        [
            (
                "Анализ работы методического объединения за 2019-2020 учебный год",
                "Август",
                "Руководитель ШМО",
            ),
            ("Утверждение плана работы МО на 2020-2021 учебный год", "Август", "Руководитель ШМО"),
            (
                "Корректировка рабочих программ по предметам и внеурочной деятельности",
                "до 1 сентября",
                "Учителя начальных классов",
            ),
            (
                "Организация наставничества: закрепление опытных учителей за молодыми специалистами",
                "Сентябрь",
                "Зам. директора по УВР",
            ),
        ],
    ),
    (
        "Заседание № 2. «Формирование функциональной грамотности младших школьников»",
        [
            ("Результаты входной диагностики обучающихся 2–4 классов", "Октябрь", "Учителя 2–4 классов"),
            (
                "Информирование родителей о результатах ВПР, работа с пробелами в знаниях",
                "Октябрь",
                "Классные руководители",
            ),
            (
                "Обмен опытом: приёмы смыслового чтения на уроках литературного чтения",
                "Ноябрь",
                "Дьякова О.И., учитель",
            ),
        ],
    ),
    (
        "Заседание № 3. «Адаптация первоклассников и преемственность с ДОУ»",
        [
            ("Итоги адаптации обучающихся 1-х классов", "Декабрь", "Педагог-психолог"),
            ("Взаимопосещение уроков в 1-х классах", "в течение года", "Учителя начальных классов"),
            ("Подготовка к неделе начальной школы", "Январь – февраль", "Руководитель ШМО"),
        ],
    ),
    (
        "Заседание № 4. «Итоги учебного года»",
        [
            (
                "Неделя начальной школы: открытые уроки, олимпиада «Умники и умницы»",
                "Март",
                "Учителя начальных классов",
            ),
            ("Итоговые контрольные работы, анализ результатов", "Май", "Зам. директора по УВР"),
            ("Анализ работы МО, задачи на 2021-2022 учебный год", "Май", "Руководитель ШМО"),
        ],
    ),
]


def build_f(folder: Path) -> int:
    doc = _new_document(landscape=False)
    set_font(doc, "Liberation Serif", 12)
    for text in ("Рассмотрено", "на заседании ШМО", "протокол № 1 от 27.08.2020"):
        _para(doc, text)
    _para(doc, "")
    _para(doc, "План работы", bold=True, align="c", size=14)
    _para(
        doc,
        f"школьного методического объединения учителей начальных классов {F_ORG} на 2020-2021 учебный год",
        bold=True,
        align="c",
    )
    _para(doc, "")
    _para(
        doc,
        "Методическая тема: «Совершенствование качества образования младших школьников через "
        "использование современных образовательных технологий».",
    )
    _para(doc, "Цель: повышение профессиональной компетентности учителей начальных классов.")
    _para(doc, "Задачи:")
    for task in (
        "1. Внедрять в практику приёмы формирования функциональной грамотности.",
        "2. Обеспечить методическое сопровождение молодых специалистов.",
        "3. Обобщать и распространять опыт работы учителей МО.",
    ):
        _para(doc, task)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["№", "Содержание работы", "Сроки", "Ответственные"]):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    n = 0
    for title, items in F_MEETINGS:
        tr = table.add_row()
        merged = tr.cells[0].merge(tr.cells[3])
        _set_cell(merged, title, bold=True)
        for text, when, who in items:
            n += 1
            tr = table.add_row()
            for j, val in enumerate([str(n), text, when, who]):
                _set_cell(tr.cells[j], val)
    _widths(table, [1.0, 9.5, 3.2, 4.3])
    _para(doc, "")
    _para(doc, "Руководитель ШМО ____________ Е.А. Лаврентьева")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "doc:MS Word 97", "doc", folder / "roadmap.doc")
    finish_truth(folder, F_ORG, F_YEAR, [], status="not_roadmap", model="unknown")
    return 0


# =========================================================================== G: 2022 model, Word HTML
# Stage-grouped: one table row per 2022 stage, its content cell holds sub-items 1) 2) …, the dates
# cell one paragraph per sub-item (padded with empty paragraphs where the text wraps), one shared
# responsible cell per stage.

G_ORG = "МАОУ «СОШ № 21» г. Армавира"
G_YEAR = 2026
G_STAGES: list[tuple[int, str, str, list[str], list[Row]]] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        "Директор, заместитель директора по УВР",
        ["director", "deputy_director_academic"],
        [
            R(
                "Издание приказа об организации наставничества педагогических работников в 2026-2027 "
                "учебном году",
                "до 1 сентября",
                None,
                None,
                ("dl", 1, 9),
                None,
            ),
            R("Назначение куратора системы наставничества", "до 1 сентября", None, None, ("dl", 1, 9), None),
            R(
                "Актуализация Положения о системе наставничества педагогических работников",
                "Ежегодно, до 1 сентября",
                None,
                None,
                ("dl", 1, 9),
                None,
            ),
            R(
                "Информирование педагогического коллектива о реализации системы наставничества "
                "(педагогический совет)",
                "Август 2026",
                None,
                None,
                ("m", 8, 2026),
                None,
            ),
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        "Заместитель директора по НМР, руководители ШМО",
        ["deputy_director", "head_of_methodical_association"],
        [
            R(
                "Выявление профессиональных затруднений педагогов (анкетирование, диагностика)",
                "до 15 сентября",
                None,
                None,
                ("dl", 15, 9),
                None,
            ),
            R(
                "Сбор запросов молодых специалистов и вновь принятых педагогов",
                "Ежегодно, до 15 сентября",
                None,
                None,
                ("dl", 15, 9),
                None,
            ),
            R(
                "Формирование банка данных наставляемых",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        "Заместитель директора по НМР",
        ["deputy_director"],
        [
            R(
                "Анкетирование педагогов, готовых выступить наставниками",
                "Сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
            R(
                "Формирование банка данных наставников",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение",
        "Методист, руководители ШМО",
        ["methodologist", "head_of_methodical_association"],
        [
            R(
                "Подбор наставников для персонализированных программ наставничества",
                "до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
            R(
                "Подготовка методических материалов для сопровождения наставнической деятельности",
                "Октябрь – ноябрь",
                None,
                None,
                ("r", 10, 11),
                None,
            ),
            R(
                "Консультации и обмен опытом среди наставников",
                "в течение учебного года",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "Направление наставников на курсы повышения квалификации",
                "по мере необходимости",
                None,
                None,
                ("u",),
                None,
            ),
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        "Наставники, педагог-психолог",
        ["mentors", "psychologist"],
        [
            R(
                "Формирование наставнических пар (групп), издание приказа об их закреплении",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
            R(
                "Разработка персонализированных программ наставничества для каждой пары/группы",
                "Ежегодно, до 1 ноября",
                None,
                None,
                ("dl", 1, 11),
                None,
            ),
            R(
                "Реализация персонализированных программ наставничества",
                "Ноябрь 2026 – май 2027",
                None,
                None,
                ("r", 11, 5, 2026, 2027),
                None,
            ),
            R(
                "Психолого-педагогическое сопровождение наставляемых, не сформировавших пару, продолжение "
                "поиска наставника",
                "Постоянно",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "Промежуточная встреча наставников: анализ хода реализации программ",
                "Январь",
                None,
                None,
                ("m", 1),
                None,
            ),
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        "Заместитель директора по НМР, куратор",
        ["deputy_director", "program_curator"],
        [
            R(
                "Мониторинг качества реализации персонализированных программ наставничества "
                "(анкетирование участников)",
                "Ежегодно, до 1 июня",
                None,
                None,
                ("dl", 1, 6),
                None,
            ),
            R(
                "Педагогический семинар-практикум по итогам наставничества",
                "Апрель",
                None,
                None,
                ("m", 4),
                None,
            ),
            R(
                "Круглый стол «Лучшие практики наставничества», пополнение методической копилки",
                "Май",
                None,
                None,
                ("m", 5),
                None,
            ),
            R(
                "Поощрение лучших наставников (благодарности, представление к наградам)",
                "Июнь",
                None,
                None,
                ("m", 6),
                None,
            ),
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        "Ответственный за сайт, куратор",
        ["other", "program_curator"],
        [
            R(
                "Освещение мероприятий дорожной карты на официальном сайте школы и в сообществе ВКонтакте",
                "Постоянно",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "Размещение персонализированных программ и результатов наставничества в разделе "
                "«Наставничество» на сайте",
                "Ежегодно",
                None,
                None,
                ("a",),
                None,
            ),
            R(
                "Участие в муниципальном конкурсе «Наставник года»",
                "по графику управления образования",
                None,
                None,
                ("u",),
                None,
            ),
        ],
    ),
]


def g_sections() -> list[Section]:
    out: list[Section] = []
    for stage, title, _resp, roles, rows in G_STAGES:
        filled: list[Row] = []
        for row in rows:
            filled.append(R(row["text"], row["date"], None, None, row["spec"], list(roles)))
        out.append((stage, title, filled))
    return out


def _mso_p(text: str, bold: bool = False, align: str = "", size: float = 12.0) -> str:
    style = f'font-size:{size:.1f}pt;font-family:"Times New Roman",serif'
    attr = f" align={align} style='text-align:{align}'" if align else ""
    body = html.escape(text, quote=False) if text else "&nbsp;"
    inner = f"<span lang=RU style='{style}'>{body}<o:p></o:p></span>"
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal{attr}>{inner}</p>"


def _mso_td(width_pt: float, paras: Sequence[str], first_row: bool = False) -> str:
    top = "solid windowtext 1.0pt" if first_row else "none"
    style = (
        f"width:{width_pt:.1f}pt;border:solid windowtext 1.0pt;border-top:{top};"
        "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    )
    return (
        f"  <td width={round(width_pt * 4 / 3)} valign=top style='{style}'>\n  "
        + "\n  ".join(paras)
        + "\n  </td>"
    )


def _lines(text: str, per_line: int) -> int:
    return max(1, math.ceil(len(text) / per_line))


def build_g(folder: Path) -> int:
    widths = [28.0, 120.0, 250.0, 105.0, 110.0]
    head_rows = [
        "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
        *(
            _mso_td(w, [_mso_p(h, bold=True, align="center", size=11.0)], first_row=True)
            for w, h in zip(
                widths,
                ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"],
                strict=True,
            )
        ),
        "</tr>",
    ]
    rows_html: list[str] = []
    for i, (stage, title, resp, _roles, rows) in enumerate(G_STAGES, 1):
        content: list[str] = []
        dates: list[str] = []
        for k, row in enumerate(rows, 1):
            text = f"{k}) {row['text']}"
            content.append(_mso_p(text, size=11.0))
            dates.append(_mso_p(str(row["date"]), size=11.0))
            pad = max(0, _lines(text, 44) - _lines(str(row["date"]), 17))
            dates.extend(_mso_p("", size=11.0) for _ in range(pad))
        rows_html.append(f"<tr style='mso-yfti-irow:{i}'>")
        rows_html.append(_mso_td(widths[0], [_mso_p(f"{stage}.", size=11.0)]))
        rows_html.append(_mso_td(widths[1], [_mso_p(title, size=11.0)]))
        rows_html.append(_mso_td(widths[2], content))
        rows_html.append(_mso_td(widths[3], dates))
        rows_html.append(_mso_td(widths[4], [_mso_p(resp, size=11.0)]))
        rows_html.append("</tr>")
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
        'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
        'xmlns="http://www.w3.org/TR/REC-html40">\n\n'
        "<head>\n"
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
        "<meta name=ProgId content=Word.Document>\n"
        '<meta name=Generator content="Microsoft Word 15">\n'
        '<meta name=Originator content="Microsoft Word 15">\n'
        "<title>Дорожная карта наставничество педагогов 2026-2027</title>\n"
        "<!--[if gte mso 9]><xml>\n"
        " <o:DocumentProperties>\n"
        "  <o:Author>Зам. директора по НМР</o:Author>\n"
        "  <o:LastAuthor>User</o:LastAuthor>\n"
        "  <o:Revision>3</o:Revision>\n"
        "  <o:Created>2026-08-24T07:12:00Z</o:Created>\n"
        "  <o:Pages>2</o:Pages>\n"
        " </o:DocumentProperties>\n"
        "</xml><![endif]-->\n"
        "<style>\n<!--\n"
        " /* Font Definitions */\n"
        ' @font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        " /* Style Definitions */\n"
        " p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";\n'
        "\tmargin:0cm;mso-pagination:widow-orphan;font-size:12.0pt;\n"
        '\tfont-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman";}\n'
        "@page WordSection1\n\t{size:841.9pt 595.3pt;mso-page-orientation:landscape;\n"
        "\tmargin:42.5pt 42.5pt 42.5pt 56.7pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "-->\n</style>\n"
        "</head>\n\n"
        "<body lang=RU style='tab-interval:35.4pt;word-wrap:break-word'>\n\n"
        "<div class=WordSection1>\n\n"
    )
    top = [
        _mso_p("УТВЕРЖДЕНО", align="right"),
        _mso_p("приказом директора МАОУ «СОШ № 21»", align="right"),
        _mso_p("от 28.08.2026 № 312", align="right"),
        _mso_p(""),
        _mso_p("Дорожная карта (план мероприятий)", bold=True, align="center", size=14.0),
        _mso_p(
            "по реализации Положения о системе наставничества педагогических работников "
            f"в {G_ORG} на 2026-2027 учебный год",
            bold=True,
            align="center",
        ),
        _mso_p(""),
    ]
    table = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
        + "\n".join(head_rows + rows_html)
        + "\n</table>\n"
    )
    tail = [_mso_p(""), _mso_p("Заместитель директора по НМР ____________ И.В. Саркисян")]
    doc = (
        head
        + "\n\n".join(top)
        + "\n\n"
        + table
        + "\n"
        + "\n\n".join(tail)
        + "\n\n</div>\n\n</body>\n\n</html>\n"
    )
    (folder / "roadmap.htm").write_bytes(doc.replace("\n", "\r\n").encode("cp1251"))
    sections = g_sections()
    finish_truth(folder, G_ORG, G_YEAR, sections_truth(sections, G_YEAR), model="teachers_2022")
    return count_rows(sections)


# =========================================================================== H: basic school, photo
# A flat one-page table without stage headings (stage_id = stage of the meaning), photographed.

H_ORG = "МБОУ «Ключевская основная общеобразовательная школа»"
H_YEAR = 2020
H_SECTIONS: list[Section] = [
    (
        1,
        "",
        [
            R(
                "Приказ о внедрении целевой модели наставничества, назначение куратора",
                "Сентябрь 2020",
                "Директор",
                None,
                ("m", 9, 2020),
                ["director"],
            ),
            R(
                "Информирование педагогов о программе наставничества",
                "Сентябрь",
                "Куратор",
                "1.1",
                ("m", 9),
                ["program_curator"],
            ),
            R(
                "Информирование родителей на родительских собраниях",
                "Сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Классные часы для обучающихся о программе наставничества",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "",
        [
            R(
                "Анкетирование желающих стать наставляемыми, сбор согласий на обработку ПД",
                "Октябрь",
                "Куратор",
                "2.1",
                ("m", 10),
                ["program_curator"],
            ),
            R("Формирование базы наставляемых", "Октябрь", "Куратор", "2.3", ("m", 10), ["program_curator"]),
        ],
    ),
    (
        3,
        "",
        [
            R("Выбор форм наставничества", "Октябрь", "Педагогический совет", "3.1", ("m", 10), ["other"]),
            R(
                "Анкетирование потенциальных наставников",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R("Формирование базы наставников", "Ноябрь", "Куратор", "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "",
        [
            R(
                "Обучение наставников",
                "Ноябрь – декабрь",
                "ЗДУВР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "Декабрь",
                "Куратор, старшая вожатая",
                "5.1",
                ("m", 12),
                ["program_curator", "senior_counselor"],
            ),
            R("Формирование наставнических пар", "Декабрь", "Куратор", "5.3", ("m", 12), ["program_curator"]),
            R("Закрепление пар приказом директора", "Декабрь", "Директор", "5.4", ("m", 12), ["director"]),
        ],
    ),
    (
        6,
        "",
        [
            R(
                "Первая встреча наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R("Встреча-планирование работы пары", "Январь", "Наставники", "6.3", ("m", 1), ["mentors"]),
            R(
                "Регулярные встречи наставнических пар",
                "Январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников",
                "Март",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
            ),
            R("Заключительная встреча всех пар", "Апрель", "Куратор", "6.7", ("m", 4), ["program_curator"]),
            R(
                "Анкетирование удовлетворённости участников",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "",
        [
            R(
                "Торжественное подведение итогов, награждение лучших наставников",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Мониторинг качества реализации программы",
                "Май",
                "ЗДУВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Размещение результатов на сайте школы",
                "Июнь",
                "Куратор",
                "7.6",
                ("m", 6),
                ["program_curator"],
            ),
            R("Благодарственные письма наставникам", "Июнь", "Директор", None, ("m", 6), ["director"]),
        ],
    ),
]


def build_h(folder: Path) -> int:
    doc = _new_document(landscape=True)
    set_font(doc, "Liberation Sans", 12)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.2)
    _para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c", size=12)
    _para(doc, f"в {H_ORG} на 2020–2021 учебный год", bold=True, align="c", size=12)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["№", "Содержание мероприятия", "Срок", "Ответственный"]):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    n = 0
    for _stage, _head, rows in H_SECTIONS:
        for row in rows:
            n += 1
            tr = table.add_row()
            for j, val in enumerate([str(n), row["text"], str(row["date"]), row["resp"] or ""]):
                _set_cell(tr.cells[j], val)
    _widths(table, [1.0, 15.5, 4.0, 6.0])
    p = _para(doc, "")
    p.paragraph_format.space_after = Pt(0)
    _para(doc, "Директор школы ____________ Г.Н. Федосеева", align="r")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice_pdf(src, pdf_path)
        pdf = pdf_path.read_bytes()
    assert pdf_pages(pdf) == 1, "the photographed roadmap must fit one page"
    page = render_page(pdf, 0, 170)
    photo = photo_of(page, np.random.default_rng(2808))
    photo.save(folder / "roadmap.jpg", format="JPEG", quality=87)
    finish_truth(folder, H_ORG, H_YEAR, sections_truth(H_SECTIONS, H_YEAR))
    return count_rows(H_SECTIONS)


# =========================================================================== I: gymnasium, scan
# Stage-grouped ruled table drawn with reportlab: one row per stage, sub-items 1) 2) … in one cell,
# dates and responsibles level with the first line of their sub-item; pages rendered and scanned.

I_ORG = "МАОУ «Гимназия № 19» г. Нижнекамска"
I_YEAR = 2023
I_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ «Об организации наставничества в 2023/2024 учебном году»",
                "до 01.09.2023",
                "Директор",
                None,
                ("dl", 1, 9, 2023),
                ["director"],
            ),
            R(
                "Создание рабочей группы по внедрению целевой модели наставничества",
                "до 01.09.2023",
                "Директор",
                None,
                ("dl", 1, 9, 2023),
                ["director"],
            ),
            R(
                "Информирование педагогов гимназии на августовском педсовете",
                "28.08.2023",
                "Директор, ЗДУВР",
                "1.1",
                ("d", 28, 8, 2023),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Информирование родителей на классных родительских собраниях",
                "Сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Информирование гимназистов о программе наставничества (классные часы)",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Встреча с ассоциацией выпускников гимназии и представителями вузов-партнёров: "
                "информирование о программе наставничества",
                "Октябрь",
                "Зам. директора по ВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование гимназистов и педагогов, желающих стать наставляемыми; согласия на "
                "обработку персональных данных",
                "Сентябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 9),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых от классных руководителей, психолога, родителей",
                "Сентябрь – октябрь",
                "Классные руководители, социальный педагог",
                "2.2",
                ("r", 9, 10),
                ["class_teacher", "social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 15 октября",
                "Куратор программы",
                "2.3",
                ("dl", 15, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества на учебный год",
                "Октябрь",
                "Методический совет",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            R(
                "Анкетирование потенциальных наставников; согласия на обработку персональных данных",
                "Октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "Ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Собеседование с кандидатами в наставники",
                "Ноябрь",
                "ЗДУВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Поиск экспертов и методических материалов для обучения наставников",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Обучение наставников",
                "Декабрь – январь",
                "Методист",
                "4.4",
                ("r", 12, 1),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар (групп)",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "Январь",
                "Куратор программы",
                "5.1",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Анкетирование по итогам групповой встречи",
                "Январь",
                "Педагог-психолог",
                "5.2",
                ("m", 1),
                ["psychologist"],
            ),
            R(
                "Формирование наставнических пар и групп",
                "Январь",
                "Куратор программы",
                "5.3",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Закрепление пар приказом директора гимназии",
                "до 1 февраля",
                "Директор",
                "5.4",
                ("dl", 1, 2),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар (групп)",
        [
            R(
                "Первая встреча наставника и наставляемого",
                "Февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Встреча-планирование работы пары",
                "Февраль",
                "Наставники",
                "6.3",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставнических пар",
                "Февраль – май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников",
                "Апрель",
                "Куратор программы",
                "6.5",
                ("m", 4),
                ["program_curator"],
            ),
            R(
                "Анкетирование: личная удовлетворённость участием в программе",
                "Май",
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
                "Фестиваль наставничества: подведение итогов, награждение лучших наставников",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Второй этап мониторинга влияния программы на участников",
                "Май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
            ),
            R(
                "Оформление кейсов наставнических практик",
                "Июнь",
                "Руководители ШМО",
                "7.5",
                ("m", 6),
                ["head_of_methodical_association"],
            ),
            R(
                "Публикация результатов на сайте гимназии",
                "Июнь",
                "Куратор программы",
                "7.6",
                ("m", 6),
                ["program_curator"],
            ),
            R(
                "Отчёт о реализации дорожной карты на итоговом педсовете",
                "Июнь",
                "ЗДУВР",
                None,
                ("m", 6),
                ["deputy_director_academic"],
            ),
            R(
                "Пополнение долгосрочной базы наставников",
                "Август 2024",
                "Куратор программы",
                "7.8",
                ("m", 8, 2024),
                ["program_curator"],
            ),
        ],
    ),
]


def i_pdf() -> bytes:
    """The ruled, stage-grouped roadmap as drawn before it was printed and scanned."""
    register_fonts()
    page_w, page_h = (float(v) for v in landscape(A4))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "i.pdf"
        canvas = Canvas(str(path), pagesize=(page_w, page_h), invariant=1)
        size, lead, pad = 10.0, 12.0, 3.0
        left = 1.5 * cm
        widths = [5.2 * cm, 11.6 * cm, 3.8 * cm, 6.1 * cm]
        xs = [left]
        for w in widths:
            xs.append(xs[-1] + w)
        bottom = 1.5 * cm
        font, bold = "DVSerif", "DVSerif-Bold"

        def split(s: str, w: float, f: str = font) -> list[str]:
            lines: list[str] = simpleSplit(s, f, size, w - 2 * pad)
            return lines

        def grid_row(y_top: float, height: float) -> None:
            canvas.setLineWidth(0.6)
            canvas.rect(xs[0], y_top - height, xs[-1] - xs[0], height)
            for x in xs[1:-1]:
                canvas.line(x, y_top, x, y_top - height)

        def header(y: float) -> float:
            labels = ["Этап", "Содержание деятельности", "Сроки", "Ответственные"]
            h = lead * 2
            grid_row(y, h)
            canvas.setFont(bold, size)
            for x, w, lab in zip(xs[:-1], widths, labels, strict=True):
                canvas.drawCentredString(x + w / 2, y - lead * 1.25, lab)
            return y - h

        y = page_h - 1.3 * cm
        canvas.setFont(font, 10)
        for line in ("УТВЕРЖДЕНА", "приказом по гимназии", "от 25.08.2023 № 148/1"):
            canvas.drawRightString(xs[-1], y, line)
            y -= 12
        y -= 10
        canvas.setFont(bold, 12.5)
        canvas.drawCentredString(page_w / 2, y, "ДОРОЖНАЯ КАРТА")
        y -= 15
        canvas.drawCentredString(
            page_w / 2, y, f"реализации программы наставничества (целевой модели) в {I_ORG}"
        )
        y -= 15
        canvas.drawCentredString(page_w / 2, y, "в 2023/2024 учебном году")
        y -= 14
        y = header(y)
        for _stage, title, rows in I_SECTIONS:
            blocks: list[tuple[list[str], list[str], list[str]]] = []
            for k, row in enumerate(rows, 1):
                blocks.append(
                    (
                        split(f"{k}) {row['text']}", widths[1]),
                        split(str(row["date"]), widths[2]),
                        split(row["resp"] or "", widths[3]),
                    )
                )
            n_lines = sum(max(len(a), len(b), len(c)) for a, b, c in blocks)
            t_lines = split(title, widths[0], bold)
            height = max(n_lines, len(t_lines)) * lead + 2 * pad
            if y - height < bottom:
                canvas.showPage()
                y = header(page_h - 1.3 * cm)
            grid_row(y, height)
            yy = y - pad - size
            canvas.setFont(bold, size)
            for line in t_lines:
                canvas.drawString(xs[0] + pad, yy, line)
                yy -= lead
            canvas.setFont(font, size)
            yy = y - pad - size
            for a, b, c in blocks:
                for col, lines in ((1, a), (2, b), (3, c)):
                    for j, line in enumerate(lines):
                        canvas.drawString(xs[col] + pad, yy - j * lead, line)
                yy -= max(len(a), len(b), len(c)) * lead
            y -= height
        canvas.setFont(font, size)
        if y - 40 < bottom:
            canvas.showPage()
            y = page_h - 1.5 * cm
        canvas.drawString(xs[0], y - 30, "Куратор программы наставничества ____________ Р.Ф. Галиева")
        canvas.save()
        return path.read_bytes()


def build_i(folder: Path) -> int:
    pdf = i_pdf()
    rng = np.random.default_rng(1928)
    pages = [scan_page(render_page(pdf, k, 200), rng) for k in range(pdf_pages(pdf))]
    first, rest = pages[0], pages[1:]
    stamp = dt.datetime(2023, 9, 4, 9, 30, 0).timetuple()
    first.save(
        folder / "roadmap.pdf",
        format="PDF",
        save_all=True,
        append_images=rest,
        resolution=200.0,
        creationDate=stamp,
        modDate=stamp,
    )
    finish_truth(folder, I_ORG, I_YEAR, sections_truth(I_SECTIONS, I_YEAR))
    return count_rows(I_SECTIONS)


# =========================================================================== main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "a_lyceum_docx": build_a,
    "b_kindergarten_docx": build_b,
    "c_college_pdf": build_c,
    "d_rural_pdf": build_d,
    "e_internat_xlsx": build_e,
    "f_mo_plan_doc": build_f,
    "g_teachers2022_html": build_g,
    "h_oosh_photo": build_h,
    "i_gymnasium_scan": build_i,
}


def main() -> None:
    total = 0
    for name, build in BUILDERS.items():
        folder = HERE / name
        fresh(folder)
        n = build(folder)
        total += n
        print(f"{name}: {n} rows")
    print(f"total: {total} rows")


if __name__ == "__main__":
    main()
