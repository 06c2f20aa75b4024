"""Build the image-only held-out roadmaps in data/holdout27/<name>/ (one input image file + truth.json).

Run: .venv/bin/python -m data.holdout27.build   (from /work/main)

Eight documents that exist only as pictures of printed pages.  Each is written as a DOCX with
python-docx, printed to PDF by LibreOffice, rendered page by page with pypdfium2 and turned into
a phone photo (JPEG), a grey scan (PNG, multi-frame TIFF) or an image-only PDF (scanned pages
packed by Pillow, no text layer).  Rows carry their hand labels next to the printed text (``R``
and ``expand`` from data.holdout.build), so the picture and truth.json come from one place.

    rural_oosh_paragraphs_photo   JPEG  numbered paragraphs, no table, 2021/22
    gymnasium12_greygrid_photo    JPEG  thin grey grid, italic stage rows; page 1 of 2 only -> partial
    polozhenie_lyceum4_photo      JPEG  a Положение о наставничестве page -> not_roadmap
    kindergarten_zhuravushka_scan PNG   stage-grouped table, scanned at 150 dpi (poor), 2022/23
    college_kamyshin_scan         TIFF  2 pages, landscape, «Сроки» split into «Начало | Окончание»
    internat3_orenburg_scanpdf    PDF   2 pages, header row repeated on page 2, «Ожидаемый результат»
    school17_teachers2022_scanpdf PDF   2022 model, school on two title lines, «2025/26 уч. год»
    school5_kandalaksha_scanpdf   PDF   landscape, no stage rows at all, column-number row

Random noise uses fixed seeds; LibreOffice output is stable for the same input, so a rebuild
draws the same pages.
"""

from __future__ import annotations

import calendar
import io
import json
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pdfplumber
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    R,
    Row,
    TruthActivity,
    _new_document,
    _soffice_pdf,
    _widths,
    truth_row,
    write_truth,
)

HERE = Path(__file__).resolve().parent
FONT_FILES = {
    "DejaVu Sans": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
}

Align = Literal["c", "r", "j"] | None


# --------------------------------------------------------------------------- summary


@dataclass
class Built:
    """One line of the final report."""

    folder: str
    fmt: str
    pages: int
    rows: int
    model: str
    status: str
    layout: str


# --------------------------------------------------------------------------- truth helpers


def _annual(act: TruthActivity) -> TruthActivity:
    """«Ежегодно, до …»: a deadline that recurs every year."""
    act["recurrence"] = "annual"
    return act


def _write(
    folder: Path,
    org: str,
    year: int | None,
    acts: list[TruthActivity],
    *,
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    """write_truth, then the document fields it does not take (status, model, a missing year)."""
    write_truth(folder, org, 0 if year is None else year, acts)
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["status"] = status
    truth["document"]["model"] = model
    truth["document"]["academic_year_start"] = year
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- docx helpers


def _doc(font: str, size: float, landscape: bool, margins_cm: float = 1.5) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:  # pragma: no cover - font.name above creates it
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(margins_cm)
    sec.top_margin = sec.bottom_margin = Cm(margins_cm)
    return doc


def _align(p: Paragraph, align: Align) -> None:
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _p(
    doc: DocxDocument,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Align = None,
    size: float | None = None,
    after: float = 0.0,
    indent_cm: float = 0.0,
) -> Paragraph:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    _align(p, align)
    p.paragraph_format.space_after = Pt(after)
    if indent_cm:
        p.paragraph_format.first_line_indent = Cm(indent_cm)
    return p


def _cell(
    cell: _Cell,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Align = None,
    size: float | None = None,
) -> None:
    """Cell text; '\\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        _align(p, align)


def _table(doc: DocxDocument, ncols: int, *, size: int = 4, color: str = "000000") -> Table:
    """A table with its own grid lines (size in eighths of a point)."""
    table: Table = doc.add_table(rows=0, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    table._tbl.tblPr.append(borders)
    return table


def _new_row(table: Table) -> _Row:
    untyped: Any = table  # python-docx leaves Table.add_row unannotated
    row: _Row = untyped.add_row()
    return row


def _row_flag(row: _Row, tag: str) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement(tag))


def _add_row(
    table: Table,
    cells: Sequence[str],
    *,
    bold: bool = False,
    italic: bool = False,
    align: Align = None,
    header: bool = False,
) -> _Row:
    row = _new_row(table)
    _row_flag(row, "w:cantSplit")
    if header:
        _row_flag(row, "w:tblHeader")
    for i, text in enumerate(cells):
        _cell(row.cells[i], text, bold=bold, italic=italic, align=align)
    return row


def _span_row(table: Table, text: str, *, bold: bool, italic: bool, ncols: int) -> None:
    row = _new_row(table)
    _row_flag(row, "w:cantSplit")
    merged = row.cells[0].merge(row.cells[ncols - 1])
    _cell(merged, text, bold=bold, italic=italic, align="c")


# --------------------------------------------------------------------------- pdf and images


def _pdf_of(doc: DocxDocument, name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, pdf_path)
        pdf = pdf_path.read_bytes()
    debug = os.environ.get("H27_DEBUG")  # a folder to keep the printed PDFs in, for checking by eye
    if debug:
        Path(debug).mkdir(parents=True, exist_ok=True)
        (Path(debug) / f"{name}.pdf").write_bytes(pdf)
    return pdf


def _pages_text(pdf: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    return out.split("\f")[:-1]


def _compact(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text)


def _page_blobs(pdf: bytes) -> list[str]:
    """Per page: the flowing text plus every table cell's text (pdfplumber), whitespace removed."""
    blobs: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            parts = [page.extract_text() or ""]
            for table in page.extract_tables():
                for row in table:
                    parts.extend(cell or "" for cell in row)
            blobs.append("|".join(_compact(p) for p in parts))
    return blobs


def _check_printed(pdf: bytes, texts: Sequence[str], pages: int, on_first: int | None = None) -> None:
    """The PDF has `pages` pages and prints every labelled text whole (the first `on_first` on page 1)."""
    assert len(_pages_text(pdf)) == pages, f"expected {pages} pages, got {len(_pages_text(pdf))}"
    blobs = _page_blobs(pdf)
    assert len(blobs) == pages
    for k, text in enumerate(texts):
        where = [i for i, blob in enumerate(blobs) if _compact(text) in blob]
        assert where, f"not printed: {text}"
        if on_first is not None:
            assert (where[0] == 0) == (k < on_first), f"row {k + 1} on page {where[0] + 1}: {text}"


def _save_jpeg(img: Image.Image, path: Path, quality: int) -> None:
    img.save(path, format="JPEG", quality=quality)


def _image_pdf(images: Sequence[Image.Image], dpi: int, scanned: str) -> bytes:
    """Scanned pages as an image-only PDF; `scanned` (YYYY-MM-DD) fixes its dates so rebuilds match."""
    stamp = time.strptime(scanned, "%Y-%m-%d")
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=list(images[1:]),
        resolution=float(dpi),
        creator="Scanner",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def _folder(name: str) -> Path:
    folder = HERE / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("roadmap.*"):
        old.unlink()
    return folder


# --------------------------------------------------------------------------- wrap estimate


def _wrap_lines(text: str, font: ImageFont.FreeTypeFont, width_pt: float, size_pt: float) -> int:
    """Lines a paragraph takes in a column: greedy breaks after spaces and hyphens."""
    scale = size_pt / 100.0  # the font object is loaded at 100 px = size_pt points
    tokens = re.findall(r"[^\s-]*-|\S+\s*|\s+", text.strip())
    lines, current = 1, ""
    for tok in tokens:
        trial = current + tok
        if current and font.getlength(trial.rstrip()) * scale > width_pt:
            lines += 1
            current = tok.lstrip()
        else:
            current = trial
    return lines


# =========================================================================== 1. rural school, paragraphs
# МКОУ «Усть-Уйская ООШ», Курганская область, 2021/22. No table: Roman stage headings, then
# numbered paragraphs «N. Мероприятие. Срок – …; отв. – ….».  Phone photo of the one page.

RURAL_ORG = "МКОУ «Усть-Уйская ООШ»"
RURAL_YEAR = 2021
RURAL: list[tuple[int, str, list[Row]]] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа об утверждении дорожной карты и о назначении куратора наставничества",
                "до 10 сентября",
                "директор",
                None,
                ("dl", 10, 9),
                ["director"],
            ),
            R(
                "Рассказ о целевой модели наставничества на августовском педагогическом совете",
                "30.08.2021",
                "директор, куратор наставничества",
                "1.1",
                ("d", 30, 8, 2021),
                ["director", "program_curator"],
            ),
            R(
                "Информирование родителей о наставнических программах школы на классных родительских собраниях",
                "сентябрь",
                "классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Беседы с учащимися 5–9 классов: что такое наставничество и как стать его участником",
                "сентябрь – октябрь",
                "кл. руководители, старшая вожатая",
                "1.4",
                ("r", 9, 10),
                ["class_teacher", "senior_counselor"],
            ),
            R(
                "Встреча с выпускниками школы, работающими в селе, и представителями СПК «Колос»",
                "октябрь",
                "зам. директора по ВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся и учителей, которые хотели бы получить поддержку наставника",
                "до 1 октября",
                "педагог-психолог",
                "2.1",
                ("dl", 1, 10),
                ["psychologist"],
            ),
            R(
                "Сбор согласий родителей (законных представителей) на обработку персональных данных, "
                "уточнение запросов детей у классных руководителей",
                "сентябрь – октябрь",
                "кл. руководители, соц. педагог",
                "2.2",
                ("r", 9, 10),
                ["class_teacher", "social_pedagogue"],
            ),
            R(
                "Составление базы наставляемых по итогам анкетирования",
                "октябрь",
                "куратор наставничества",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на учебный год («учитель – учитель», «ученик – ученик»)",
                "октябрь",
                "куратор наставничества, руководитель ШМО",
                "3.1",
                ("m", 10),
                ["program_curator", "head_of_methodical_association"],
            ),
            R(
                "Анкетирование педагогов и старшеклассников, готовых стать наставниками",
                "октябрь",
                "педагог-психолог",
                "3.3",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Формирование базы наставников, сопоставление анкет с запросами наставляемых",
                "ноябрь",
                "куратор наставничества",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники",
                "ноябрь",
                "директор, педагог-психолог",
                "4.2",
                ("m", 11),
                ["director", "psychologist"],
            ),
            R(
                "Обучающий семинар для наставников с участием методистов районного методического кабинета",
                "ноябрь – декабрь",
                "зам. директора по УВР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар и групп",
        [
            R(
                "Общая встреча наставников и наставляемых в форме игры-знакомства",
                "декабрь",
                "куратор наставничества, старшая вожатая",
                "5.1",
                ("m", 12),
                ["program_curator", "senior_counselor"],
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "до 20 декабря",
                "директор",
                "5.4",
                ("dl", 20, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Работа наставнических пар",
        [
            R(
                "Первая организационная встреча в каждой паре",
                "январь",
                "наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставников и наставляемых по индивидуальным планам",
                "январь – май",
                "наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R(
                "Промежуточное анкетирование участников (обратная связь)",
                "март",
                "педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Подведение итогов",
        [
            R(
                "Мониторинг качества реализации программы наставничества",
                "апрель",
                "зам. директора по УВР",
                "7.3",
                ("m", 4),
                ["deputy_director_academic"],
            ),
            R(
                "Итоговый праздник «Вместе к успеху» с награждением лучших наставников",
                "май",
                "директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Размещение итогов и лучших практик наставничества на сайте школы",
                "июнь",
                "ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Объявление благодарности наставникам приказом директора",
                "июнь",
                "директор",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def build_rural(name: str) -> Built:
    doc = _doc("Liberation Serif", 10.5, landscape=False, margins_cm=1.4)
    _p(doc, "Курганская область, Целинный муниципальный округ", align="c", size=10)
    _p(doc, "", size=6)
    _p(doc, "УТВЕРЖДАЮ", align="r")
    _p(doc, "Директор МКОУ «Усть-Уйская ООШ»", align="r")
    _p(doc, "__________ Т.Н. Гребенщикова", align="r")
    _p(doc, "приказ № 47-о от 30.08.2021", align="r", after=8)
    _p(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=12.5)
    _p(doc, "по внедрению целевой модели наставничества", bold=True, align="c", size=12.5)
    _p(doc, f"в {RURAL_ORG}", bold=True, align="c", size=12.5)
    _p(doc, "на 2021–2022 учебный год", bold=True, align="c", size=12.5, after=8)
    texts: list[str] = []
    acts: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in RURAL:
        _p(doc, heading, bold=True, after=2)
        for row in rows:
            n += 1
            _p(
                doc,
                f"{n}. {row['text']}. Срок – {row['date']}; отв. – {row['resp']}.",
                align="j",
                after=2,
                indent_cm=0.6,
            )
            texts.append(row["text"])
            acts.append(truth_row(row, stage_id, RURAL_YEAR))
    pdf = _pdf_of(doc, name)
    _check_printed(pdf, texts, pages=1)
    folder = _folder(name)
    photo = photo_of(render_page(pdf, 0, 210), np.random.default_rng(27_001))
    _save_jpeg(photo, folder / "roadmap.jpg", 80)
    _write(folder, RURAL_ORG, RURAL_YEAR, acts)
    return Built(name, "JPEG photo", 1, len(acts), "target_model_2019", "ok", "numbered paragraphs, no table")


# =========================================================================== 2. gymnasium, grey grid
# МАОУ «Гимназия № 12» г. Тамбова, 2023/24. Thin grey borders, italic stage rows spanning the
# table.  Two printed pages; only page 1 was photographed, so the truth holds page 1's rows.

GYM_ORG = "МАОУ «Гимназия № 12» г. Тамбова"
GYM_YEAR = 2023
GYM_ON_PAGE1 = 21
GYM: list[tuple[int, str, list[Row]]] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Принятие решения о внедрении программы наставничества, издание приказа",
                "до 01.09.2023",
                "Директор гимназии",
                None,
                ("dl", 1, 9, 2023),
                ["director"],
            ),
            R(
                "Разработка и утверждение Положения о наставничестве и дорожной карты",
                "до 15.09.2023",
                "Зам. директора по УВР Крылова Е.В.",
                None,
                ("dl", 15, 9, 2023),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование педагогов о запуске программы на заседании педагогического совета",
                "30.08.2023",
                "Директор, зам. директора по УВР",
                "1.1",
                ("d", 30, 8, 2023),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Родительское собрание «Наставничество в гимназии: что это даёт ребёнку»",
                "сентябрь",
                "Классные руководители 1–11 классов",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Классные часы «Кто такой наставник?» для гимназистов",
                "сентябрь",
                "Классные руководители, советник директора по воспитанию",
                "1.4",
                ("m", 9),
                ["class_teacher", "senior_counselor"],
            ),
            R(
                "Встреча с выпускниками гимназии и преподавателями ТГУ имени Г.Р. Державина",
                "октябрь",
                "Зам. директора по ВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Онлайн-анкетирование обучающихся 5–11 классов и молодых учителей, желающих получить "
                "поддержку наставника",
                "сентябрь – октябрь",
                "Педагог-психолог Лаврова Н.И.",
                "2.1",
                ("r", 9, 10),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых от классных руководителей и родителей; "
                "согласия законных представителей на обработку персональных данных",
                "октябрь",
                "Социальный педагог, классные руководители",
                "2.2",
                ("m", 10),
                ["social_pedagogue", "class_teacher"],
            ),
            R(
                "Анализ собранных данных, формирование базы наставляемых",
                "до 31 октября",
                "Куратор программы наставничества",
                "2.3",
                ("dl", 31, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «ученик – ученик», «учитель – учитель», «студент – ученик»",
                "октябрь",
                "Методический совет",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            R(
                "Входная диагностика наставляемых по параметрам мониторинга",
                "октябрь – ноябрь",
                "Педагог-психолог",
                "3.2",
                ("r", 10, 11),
                ["psychologist"],
            ),
            R(
                "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
                "октябрь",
                "Куратор программы, руководители МО",
                "3.3",
                ("m", 10),
                ["program_curator", "head_of_methodical_association"],
            ),
            R(
                "Анализ анкет, формирование базы наставников",
                "ноябрь",
                "Куратор программы",
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
                "Оценка кандидатов в наставники по параметрам мониторинга",
                "ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Собеседование с наставниками при участии педагога-психолога",
                "ноябрь",
                "Куратор программы, педагог-психолог",
                "4.2",
                ("m", 11),
                ["program_curator", "psychologist"],
            ),
            R(
                "Подбор материалов и привлечение экспертов для обучения наставников",
                "ноябрь",
                "Зам. директора по НМР",
                "4.3",
                ("m", 11),
                ["deputy_director"],
            ),
            R(
                "Обучение наставников: цикл семинаров «Школа наставника»",
                "декабрь – январь",
                "Зам. директора по НМР, методист",
                "4.4",
                ("r", 12, 1),
                ["deputy_director", "methodologist"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых («ярмарка наставников»)",
                "январь",
                "Куратор программы, советник директора по воспитанию",
                "5.1",
                ("m", 1),
                ["program_curator", "senior_counselor"],
            ),
            R(
                "Анкетирование участников после встречи: выбор предпочитаемого наставника",
                "январь",
                "Педагог-психолог",
                "5.2",
                ("m", 1),
                ["psychologist"],
            ),
            R(
                "Соединение наставников и наставляемых в пары и группы по итогам анкет",
                "январь",
                "Куратор программы",
                "5.3",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Приказ о закреплении наставнических пар (групп)",
                "до 1 февраля",
                "Директор гимназии",
                "5.4",
                ("dl", 1, 2),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R("Пробная рабочая встреча", "февраль", "Наставники", "6.2", ("m", 2), ["mentors"]),
            R(
                "Встреча-планирование совместной работы",
                "февраль",
                "Наставники, наставляемые",
                "6.3",
                ("m", 2),
                ["mentors", "other"],
            ),
            R(
                "Регулярные встречи пар и групп",
                "февраль – май, по графику",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от наставников и наставляемых",
                "март, май",
                "Куратор программы",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Торжественное подведение итогов, награждение лучших наставников",
                "май",
                "Директор гимназии",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Мониторинг качества реализации программы",
                "май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Публикация результатов на сайте гимназии",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "июнь – август",
                "Куратор программы",
                "7.8",
                ("r", 6, 8),
                ["program_curator"],
            ),
        ],
    ),
]


def build_gymnasium(name: str) -> Built:
    doc = _doc("Liberation Sans", 10, landscape=False, margins_cm=1.5)
    _p(doc, "Приложение 2", align="r", size=9)
    _p(doc, "к приказу МАОУ «Гимназия № 12»", align="r", size=9)
    _p(doc, "от 31.08.2023 № 214-о", align="r", size=9, after=10)
    _p(doc, "Дорожная карта", bold=True, align="c", size=12)
    _p(doc, "реализации целевой модели наставничества", bold=True, align="c", size=12)
    _p(doc, "в МАОУ «Гимназия № 12» г. Тамбова на 2023 – 2024 учебный год", bold=True, align="c", size=12)
    _p(doc, "", after=4)
    table = _table(doc, 4, size=2, color="A6A6A6")
    _add_row(table, ["№ п/п", "Мероприятие", "Сроки", "Ответственные"], bold=True, align="c", header=True)
    texts: list[str] = []
    acts: list[TruthActivity] = []
    for stage_id, heading, rows in GYM:
        _span_row(table, heading, bold=False, italic=True, ncols=4)
        for k, row in enumerate(rows, start=1):
            _add_row(table, [f"{stage_id}.{k}", row["text"], str(row["date"]), str(row["resp"])])
            texts.append(row["text"])
            acts.append(truth_row(row, stage_id, GYM_YEAR))
    _widths(table, [1.3, 9.2, 3.2, 4.3])
    _p(doc, "")
    _p(doc, "Заместитель директора по УВР                                   Е.В. Крылова")
    pdf = _pdf_of(doc, name)
    _check_printed(pdf, texts, pages=2, on_first=GYM_ON_PAGE1)
    folder = _folder(name)
    photo = photo_of(render_page(pdf, 0, 240), np.random.default_rng(27_002))
    _save_jpeg(photo, folder / "roadmap.jpg", 78)
    acts = acts[:GYM_ON_PAGE1]
    _write(folder, GYM_ORG, GYM_YEAR, acts, status="partial")
    return Built(
        name,
        "JPEG photo",
        1,
        len(acts),
        "target_model_2019",
        "partial",
        "thin grey grid, italic spanning stage rows; page 1 of 2 photographed",
    )


# =========================================================================== 3. Положение (not a roadmap)
# A photographed first page of a Положение о наставничестве: numbered clauses with months and
# deadlines, no plan.  Truth: not_roadmap, no activities.

POL_ORG = "МБОУ «Лицей № 4» г. Сызрани"
POL_CLAUSES: list[tuple[str, list[str]]] = [
    (
        "1. Общие положения",
        [
            "1.1. Настоящее Положение о наставничестве (далее – Положение) разработано в соответствии "
            "с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» и "
            "распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 и "
            "определяет порядок организации наставничества в МБОУ «Лицей № 4» г. Сызрани.",
            "1.2. Наставничество – универсальная технология передачи опыта и знаний, формирования "
            "навыков и ценностей через неформальное взаимообогащающее общение, основанное на доверии "
            "и партнёрстве.",
            "1.3. Участниками системы наставничества являются наставники, наставляемые, куратор "
            "наставничества, руководители методических объединений, педагог-психолог, родители "
            "(законные представители) обучающихся.",
        ],
    ),
    (
        "2. Цель и задачи наставничества",
        [
            "2.1. Целью наставничества является максимально полное раскрытие потенциала личности "
            "наставляемого, необходимое для успешной личной и профессиональной самореализации.",
            "2.2. Задачи наставничества: улучшение образовательных результатов обучающихся; "
            "адаптация молодых учителей в профессии; создание открытого и эффективного сообщества "
            "вокруг лицея.",
        ],
    ),
    (
        "3. Организация наставничества",
        [
            "3.1. Наставничество организуется на основании приказа директора лицея. Куратор "
            "наставничества назначается приказом директора до 1 сентября текущего учебного года.",
            "3.2. Формирование базы наставляемых и базы наставников осуществляется куратором "
            "ежегодно в сентябре на основании анкет и письменных согласий участников.",
            "3.3. Наставнические пары (группы) закрепляются приказом директора не позднее 1 октября. "
            "Срок наставничества – от одного месяца до одного года.",
            "3.4. Мониторинг реализации программ наставничества проводится два раза в год – в декабре "
            "и в мае; его итоги рассматриваются на заседании педагогического совета.",
            "3.5. Результаты работы публикуются на официальном сайте лицея в разделе «Наставничество» "
            "не позднее 15 июня.",
        ],
    ),
    (
        "4. Права и обязанности наставника",
        [
            "4.1. Наставник обязан: разработать совместно с наставляемым план работы; регулярно "
            "встречаться с наставляемым; оказывать ему помощь в освоении образовательной программы "
            "и в профессиональном становлении.",
            "4.2. Наставник имеет право: привлекать других специалистов для проведения встреч; "
            "требовать от наставляемого выполнения согласованного плана; участвовать в обсуждении "
            "вопросов, связанных с наставничеством, на заседаниях методических объединений.",
        ],
    ),
    (
        "5. Права и обязанности наставляемого",
        [
            "5.1. Наставляемый обязан: выполнять этапы совместного плана работы; посещать встречи с "
            "наставником; сообщать куратору о возникающих трудностях.",
        ],
    ),
]


def build_polozhenie(name: str) -> Built:
    doc = _doc("Liberation Serif", 12, landscape=False, margins_cm=2.0)
    doc.sections[0].left_margin = Cm(2.5)
    _p(doc, "ПРИНЯТО                                                                    УТВЕРЖДЕНО")
    _p(doc, "на заседании педагогического совета              приказом директора МБОУ «Лицей № 4»")
    _p(doc, "протокол № 1 от 29.08.2024                              от 30.08.2024 № 112-од", after=14)
    _p(doc, "ПОЛОЖЕНИЕ", bold=True, align="c", size=14)
    _p(doc, "о наставничестве", bold=True, align="c", size=13)
    _p(doc, "в МБОУ «Лицей № 4» г. Сызрани", bold=True, align="c", size=13, after=10)
    for heading, clauses in POL_CLAUSES:
        _p(doc, heading, bold=True, align="c", after=3)
        for clause in clauses:
            _p(doc, clause, align="j", indent_cm=1.25, after=3)
    pdf = _pdf_of(doc, name)
    assert len(_pages_text(pdf)) == 1
    folder = _folder(name)
    photo = photo_of(render_page(pdf, 0, 180), np.random.default_rng(27_003))
    _save_jpeg(photo, folder / "roadmap.jpg", 72)
    _write(folder, POL_ORG, None, [], status="not_roadmap", model="unknown")
    return Built(name, "JPEG photo", 1, 0, "unknown", "not_roadmap", "Положение о наставничестве, clauses")


# =========================================================================== 4. kindergarten, stage-grouped
# МБДОУ «Детский сад № 8 «Журавушка»» г. Кирово-Чепецка, 2022/23. One row per stage: the stage
# cell, numbered sub-activities «1) …» one paragraph each, and date/responsible cells with one
# line per sub-activity padded with empty lines to stay level.  Grey scan at 150 dpi (poor).

KG_ORG = "МБДОУ «Детский сад № 8 «Журавушка»» г. Кирово-Чепецка"
KG_YEAR = 2022
KG_FONT = "DejaVu Sans"
KG_SIZE = 8.5
KG_WIDTHS = [3.4, 8.4, 2.9, 3.5]
KG: list[tuple[int, str, list[Row]]] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении целевой модели наставничества, назначение куратора",
                "до 15.09.2022",
                "заведующий",
                None,
                ("dl", 15, 9, 2022),
                ["director"],
            ),
            R(
                "Информирование педагогического коллектива на установочном педсовете",
                "сентябрь",
                "старший воспитатель",
                "1.1",
                ("m", 9),
                ["other"],
            ),
            R(
                "Информирование родителей: стенд, сайт, групповые родительские собрания",
                "сентябрь – октябрь",
                "воспитатели групп",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование педагогов, нуждающихся в методической поддержке (молодые специалисты, "
                "вновь принятые воспитатели)",
                "октябрь",
                "старший воспитатель",
                "2.1",
                ("m", 10),
                ["other"],
            ),
            R(
                "Анализ анкет, формирование базы наставляемых",
                "до 1 ноября",
                "старший воспитатель",
                "2.3",
                ("dl", 1, 11),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Выбор формы наставничества «педагог – педагог»",
                "октябрь",
                "заведующий, старший воспитатель",
                "3.1",
                ("m", 10),
                ["director", "other"],
            ),
            R(
                "Анкетирование опытных педагогов, готовых стать наставниками; сбор согласий на "
                "обработку персональных данных",
                "октябрь",
                "педагог-психолог",
                "3.3",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "старший воспитатель",
                "3.4",
                ("m", 11),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники",
                "ноябрь",
                "заведующий, педагог-психолог",
                "4.2",
                ("m", 11),
                ["director", "psychologist"],
            ),
            R(
                "Обучение наставников на курсах КОГОАУ ДПО «ИРО Кировской области»",
                "ноябрь – декабрь",
                "старший воспитатель",
                "4.4",
                ("r", 11, 12),
                ["other"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар",
        [
            R(
                "Встреча наставников и наставляемых в формате педагогической гостиной",
                "декабрь",
                "старший воспитатель",
                "5.1",
                ("m", 12),
                ["other"],
            ),
            R(
                "Закрепление наставнических пар приказом заведующего",
                "декабрь",
                "заведующий",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар",
        [
            R(
                "Первая, организационная, встреча наставника и молодого педагога",
                "январь",
                "наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: составление индивидуального плана профессионального развития",
                "январь",
                "наставники",
                "6.3",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи пар, взаимопосещение занятий",
                "в течение года",
                "наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            R(
                "Открытые просмотры образовательной деятельности молодых педагогов",
                "февраль – март",
                "старший воспитатель, наставники",
                None,
                ("r", 2, 3),
                ["other", "mentors"],
            ),
            R(
                "Анкетирование: удовлетворённость участием в программе наставничества",
                "апрель",
                "педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Итоговый педсовет: подведение итогов, награждение наставников",
                "май",
                "заведующий, музыкальный руководитель",
                "7.2",
                ("m", 5),
                ["director", "other"],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "старший воспитатель",
                "7.3",
                ("m", 5),
                ["other"],
            ),
            R(
                "Оформление лучших практик наставничества в кейсы",
                "май",
                "наставники",
                "7.5",
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Размещение материалов о наставничестве на сайте детского сада",
                "июнь",
                "ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Внесение итогов наставничества в базы наставников и наставляемых",
                "июнь",
                "старший воспитатель",
                "7.7",
                ("m", 6),
                ["other"],
            ),
        ],
    ),
]


def _kg_cells(rows: Sequence[Row]) -> tuple[str, str, str]:
    """Sub-activity, date and responsible cells, padded so each sub-item's lines stay level."""
    font = ImageFont.truetype(str(FONT_FILES[KG_FONT]), 100)
    pad_pt = 2 * 0.19 * 28.3465 + 1.0

    def width(col: int) -> float:
        return KG_WIDTHS[col] * 28.3465 - pad_pt

    columns: list[list[str]] = [[], [], []]
    for k, row in enumerate(rows, start=1):
        texts = (f"{k}) {row['text']}", str(row["date"]), str(row["resp"]))
        used = [_wrap_lines(t, font, width(i + 1), KG_SIZE) for i, t in enumerate(texts)]
        lines = max(used)
        for i, text in enumerate(texts):
            columns[i].append(text)
            columns[i].extend([""] * (lines - used[i]))
    acts, dates, resps = ("\n".join(c) for c in columns)
    return acts, dates, resps


def build_kindergarten(name: str) -> Built:
    doc = _doc(KG_FONT, KG_SIZE, landscape=False, margins_cm=1.4)
    _p(doc, "Муниципальное бюджетное дошкольное образовательное учреждение", align="c", size=9)
    _p(doc, "«Детский сад № 8 «Журавушка» города Кирово-Чепецка Кировской области", align="c", size=9)
    _p(doc, "", after=6)
    _p(doc, "Утверждаю: заведующий МБДОУ № 8 ________ О.Г. Вылегжанина", align="r", size=9)
    _p(doc, "Приказ от 01.09.2022 № 88", align="r", size=9, after=10)
    _p(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c", size=11)
    _p(doc, f"в {KG_ORG}", bold=True, align="c", size=11)
    _p(doc, "на 2022-2023 учебный год", bold=True, align="c", size=11, after=8)
    table = _table(doc, 4)
    _add_row(table, ["Этап", "Мероприятия", "Сроки", "Ответственные"], bold=True, align="c")
    texts: list[str] = []
    acts: list[TruthActivity] = []
    for stage_id, heading, rows in KG:
        cells = _kg_cells(rows)
        _add_row(table, [heading, *cells])
        for row in rows:
            texts.append(row["text"])
            acts.append(truth_row(row, stage_id, KG_YEAR))
    _widths(table, KG_WIDTHS)
    _p(doc, "", after=4)
    _p(doc, "Старший воспитатель ____________ Н.В. Чарушина", size=9)
    pdf = _pdf_of(doc, name)
    _check_printed(pdf, texts, pages=1)
    folder = _folder(name)
    scan = scan_page(render_page(pdf, 0, 150), np.random.default_rng(27_004))
    scan.save(folder / "roadmap.png", format="PNG", dpi=(150, 150))
    _write(folder, KG_ORG, KG_YEAR, acts)
    return Built(
        name,
        "PNG grey scan (150 dpi)",
        1,
        len(acts),
        "target_model_2019",
        "ok",
        "stage-grouped: one row per stage, line-aligned dates/responsibles",
    )


# =========================================================================== 5. college, Начало | Окончание
# ГБПОУ «Камышинский политехнический колледж», 2024/25. Landscape, bold stage rows spanning the
# table, «Сроки» split into «Начало | Окончание» (one date merged across both where it is a single
# phrase).  Two pages scanned into one multi-frame grey TIFF.

COL_ORG = "ГБПОУ «Камышинский политехнический колледж»"
COL_YEAR = 2024
# (row, start cell, end cell); an empty end cell means the start cell spans both columns
COL: list[tuple[int, str, list[tuple[Row, str, str]]]] = [
    (
        1,
        "Раздел 1. Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Приказ «О реализации целевой модели наставничества обучающихся в колледже»",
                    "",
                    "Директор",
                    None,
                    ("d", 2, 9, 2024),
                    ["director"],
                ),
                "02.09.2024",
                "02.09.2024",
            ),
            (
                R(
                    "Создание рабочей группы и назначение куратора программы наставничества",
                    "",
                    "Директор",
                    None,
                    ("m", 9),
                    ["director"],
                ),
                "сентябрь",
                "сентябрь",
            ),
            (
                R(
                    "Информирование педагогического коллектива на заседании педагогического совета",
                    "",
                    "Заместитель директора по учебной работе",
                    "1.1",
                    ("m", 9),
                    ["deputy_director_academic"],
                ),
                "сентябрь",
                "сентябрь",
            ),
            (
                R(
                    "Информирование родителей студентов первого курса на родительских собраниях",
                    "",
                    "Кураторы учебных групп",
                    "1.2",
                    ("r", 9, 10),
                    ["class_teacher"],
                ),
                "сентябрь",
                "октябрь",
            ),
            (
                R(
                    "Презентация программы наставничества для студентов",
                    "",
                    "Заместитель директора по ВР, кураторы групп",
                    "1.4",
                    ("m", 9),
                    ["deputy_director_upbringing", "class_teacher"],
                ),
                "сентябрь",
                "сентябрь",
            ),
            (
                R(
                    "Встреча с выпускниками и представителями предприятий-партнёров "
                    "(ООО «Камышинский текстиль», АО «Камышинский крановый завод»)",
                    "",
                    "Руководитель центра содействия трудоустройству выпускников",
                    "1.3",
                    ("m", 10),
                    ["other"],
                ),
                "октябрь",
                "октябрь",
            ),
        ],
    ),
    (
        2,
        "Раздел 2. Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование студентов, желающих участвовать в программе; согласия совершеннолетних "
                    "студентов на обработку персональных данных",
                    "",
                    "Педагог-психолог, кураторы групп",
                    "2.1",
                    ("r", 9, 10),
                    ["psychologist", "class_teacher"],
                ),
                "сентябрь",
                "октябрь",
            ),
            (
                R(
                    "Сбор сведений о запросах наставляемых от кураторов групп, социального педагога и "
                    "родителей; согласия законных представителей несовершеннолетних",
                    "",
                    "Социальный педагог",
                    "2.2",
                    ("m", 10),
                    ["social_pedagogue"],
                ),
                "октябрь",
                "октябрь",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "",
                    "Куратор программы наставничества",
                    "2.3",
                    ("r", 10, 11),
                    ["program_curator"],
                ),
                "октябрь",
                "ноябрь",
            ),
        ],
    ),
    (
        3,
        "Раздел 3. Формирование базы наставников",
        [
            (
                R(
                    "Определение форм наставничества: «студент – студент», «работодатель – студент», "
                    "«педагог – педагог»",
                    "",
                    "Рабочая группа",
                    "3.1",
                    ("m", 10),
                    ["other"],
                ),
                "октябрь",
                "октябрь",
            ),
            (
                R(
                    "Входное тестирование наставляемых (мотивация, успеваемость, адаптация)",
                    "",
                    "Педагог-психолог, преподаватели",
                    "3.2",
                    ("r", 10, 11),
                    ["psychologist", "teachers"],
                ),
                "октябрь",
                "ноябрь",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников из числа преподавателей, студентов старших "
                    "курсов и работодателей",
                    "",
                    "Заведующие отделениями",
                    "3.3",
                    ("r", 10, 11),
                    ["other"],
                ),
                "октябрь",
                "ноябрь",
            ),
            (
                R(
                    "Формирование базы наставников",
                    "",
                    "Куратор программы наставничества",
                    "3.4",
                    ("m", 11),
                    ["program_curator"],
                ),
                "ноябрь",
                "ноябрь",
            ),
        ],
    ),
    (
        4,
        "Раздел 4. Отбор и обучение наставников",
        [
            (
                R(
                    "Собеседование с наставниками",
                    "",
                    "Куратор программы наставничества, педагог-психолог",
                    "4.2",
                    ("m", 11),
                    ["program_curator", "psychologist"],
                ),
                "ноябрь",
                "ноябрь",
            ),
            (
                R(
                    "Обучение наставников по программе «Наставник в системе СПО»",
                    "",
                    "Методист Соколова Т.А.",
                    "4.4",
                    ("r", 11, 12),
                    ["methodologist"],
                ),
                "ноябрь",
                "декабрь",
            ),
        ],
    ),
    (
        5,
        "Раздел 5. Формирование наставнических пар (групп)",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "",
                    "Куратор программы наставничества",
                    "5.1",
                    ("m", 12),
                    ["program_curator"],
                ),
                "декабрь",
                "декабрь",
            ),
            (
                R(
                    "Анкетирование участников после групповой встречи",
                    "",
                    "Педагог-психолог",
                    "5.2",
                    ("m", 12),
                    ["psychologist"],
                ),
                "декабрь",
                "декабрь",
            ),
            (
                R(
                    "Соединение наставников и наставляемых в пары (группы) по итогам анкет",
                    "",
                    "Куратор программы наставничества",
                    "5.3",
                    ("m", 12),
                    ["program_curator"],
                ),
                "декабрь",
                "декабрь",
            ),
            (
                R(
                    "Закрепление пар (групп) приказом директора",
                    "",
                    "Директор",
                    "5.4",
                    ("d", 16, 12, 2024),
                    ["director"],
                ),
                "16.12.2024",
                "16.12.2024",
            ),
        ],
    ),
    (
        6,
        "Раздел 6. Организация работы наставнических пар (групп)",
        [
            (
                R(
                    "Первая, организационная, встреча наставника и наставляемого",
                    "",
                    "Наставники",
                    "6.1",
                    ("m", 1),
                    ["mentors"],
                ),
                "январь",
                "январь",
            ),
            (
                R(
                    "Пробная рабочая встреча",
                    "",
                    "Наставники",
                    "6.2",
                    ("m", 1),
                    ["mentors"],
                ),
                "январь",
                "январь",
            ),
            (
                R(
                    "Составление плана совместной работы на встрече-планировании",
                    "",
                    "Наставники, наставляемые",
                    "6.3",
                    ("r", 1, 2),
                    ["mentors", "other"],
                ),
                "январь",
                "февраль",
            ),
            (
                R(
                    "Регулярные встречи наставников и наставляемых",
                    "",
                    "Наставники",
                    "6.4",
                    ("u",),
                    ["mentors"],
                ),
                "по графику",
                "",
            ),
            (
                R(
                    "Сбор обратной связи от наставников и наставляемых",
                    "",
                    "Куратор программы наставничества, педагог-психолог",
                    "6.5",
                    ("r", 3, 4),
                    ["program_curator", "psychologist"],
                ),
                "март",
                "апрель",
            ),
            (
                R(
                    "Заключительная встреча наставника и наставляемого",
                    "",
                    "Наставники",
                    "6.6",
                    ("m", 5),
                    ["mentors"],
                ),
                "май",
                "май",
            ),
        ],
    ),
    (
        7,
        "Раздел 7. Завершение наставничества",
        [
            (
                R(
                    "Итоговая конференция «Наставничество: опыт и результаты», награждение лучших "
                    "наставников",
                    "",
                    "Заместитель директора по ВР",
                    "7.2",
                    ("m", 6),
                    ["deputy_director_upbringing"],
                ),
                "июнь",
                "июнь",
            ),
            (
                R(
                    "Мониторинг качества реализации программы наставничества",
                    "",
                    "Заведующие отделениями, педагог-психолог",
                    "7.3",
                    ("m", 6),
                    ["other", "psychologist"],
                ),
                "июнь",
                "июнь",
            ),
            (
                R(
                    "Публикация итогов и лучших кейсов на сайте колледжа и в сообществе «ВКонтакте»",
                    "",
                    "Ответственный за сайт",
                    "7.6",
                    ("m", 6),
                    ["other"],
                ),
                "июнь",
                "июнь",
            ),
            (
                R(
                    "Благодарственные письма работодателям-наставникам",
                    "",
                    "Директор",
                    None,
                    ("m", 6),
                    ["director"],
                ),
                "июнь",
                "июнь",
            ),
        ],
    ),
]


def build_college(name: str) -> Built:
    doc = _doc("Liberation Serif", 10.5, landscape=True, margins_cm=1.3)
    _p(doc, "УТВЕРЖДАЮ", align="r")
    _p(doc, "Директор ГБПОУ «Камышинский политехнический колледж»", align="r")
    _p(doc, "_____________ А.П. Дьяконов", align="r")
    _p(doc, "«30» августа 2024 г.", align="r", after=8)
    _p(doc, "План мероприятий («дорожная карта»)", bold=True, align="c", size=12)
    _p(
        doc,
        f"по реализации целевой модели наставничества в {COL_ORG} на 2024/2025 учебный год",
        bold=True,
        align="c",
        size=12,
        after=6,
    )
    ncols = 5
    table = _table(doc, ncols)
    head1 = _add_row(table, ["№", "Мероприятие", "Сроки", "", "Ответственные"], bold=True, align="c")
    head2 = _add_row(table, ["", "", "Начало", "Окончание", ""], bold=True, align="c")
    for col, text in ((0, "№"), (1, "Мероприятие"), (4, "Ответственные")):
        merged = head1.cells[col].merge(head2.cells[col])
        _cell(merged, text, bold=True, align="c")
    _cell(head1.cells[2].merge(head1.cells[3]), "Сроки", bold=True, align="c")
    texts: list[str] = []
    acts: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in COL:
        _span_row(table, heading, bold=True, italic=False, ncols=ncols)
        for row, start, end in rows:
            n += 1
            r = _add_row(table, [f"{n}.", row["text"], start, end, str(row["resp"])])
            if not end:
                _cell(r.cells[2].merge(r.cells[3]), start, align="c")
            texts.append(row["text"])
            acts.append(truth_row(row, stage_id, COL_YEAR))
    _widths(table, [1.1, 12.6, 2.6, 2.6, 8.0])
    pdf = _pdf_of(doc, name)
    _check_printed(pdf, texts, pages=2)
    rng = np.random.default_rng(27_005)
    pages = [scan_page(render_page(pdf, i, 260), rng) for i in range(2)]
    folder = _folder(name)
    pages[0].save(
        folder / "roadmap.tiff",
        format="TIFF",
        save_all=True,
        append_images=pages[1:],
        compression="tiff_jpeg",
        quality=80,
        dpi=(260, 260),
    )
    _write(folder, COL_ORG, COL_YEAR, acts)
    return Built(
        name,
        "TIFF grey scan, 2 frames",
        2,
        len(acts),
        "target_model_2019",
        "ok",
        "landscape, «Сроки» split «Начало | Окончание», bold spanning stage rows",
    )


# =========================================================================== 6. internat, 2-page PDF
# ГКОУ «Школа-интернат № 3» г. Оренбурга, 2020/21. Portrait, «Ожидаемый результат» column,
# stage rows numbered I–VII in the first two cells (the rest empty), header row repeated on page 2.
# Explicit years in most date cells.  Two scanned pages packed as an image-only PDF.

INT_ORG = "ГКОУ «Школа-интернат № 3» г. Оренбурга"
INT_YEAR = 2020
# (row, expected result)
INT: list[tuple[int, str, str, list[tuple[Row, str]]]] = [
    (
        1,
        "I",
        "Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Изучение распоряжения Минпросвещения России от 25.12.2019 № Р-145 и методических "
                    "рекомендаций по внедрению целевой модели",
                    "август 2020 г.",
                    "Директор, заместитель директора по УВР",
                    None,
                    ("m", 8, 2020),
                    ["director", "deputy_director_academic"],
                ),
                "Изучены нормативные документы",
            ),
            (
                R(
                    "Разработка и утверждение Положения о наставничестве в школе-интернате",
                    "до 15.09.2020",
                    "Рабочая группа",
                    None,
                    ("dl", 15, 9, 2020),
                    ["other"],
                ),
                "Положение утверждено приказом",
            ),
            (
                R(
                    "Информирование педагогов и воспитателей о программе наставничества на совещании при "
                    "директоре",
                    "сентябрь 2020 г.",
                    "Заместитель директора по УВР",
                    "1.1",
                    ("m", 9, 2020),
                    ["deputy_director_academic"],
                ),
                "Коллектив ознакомлен с программой",
            ),
            (
                R(
                    "Информирование родителей (законных представителей) через сайт и родительские собрания",
                    "сентябрь – октябрь 2020 г.",
                    "Классные руководители, воспитатели",
                    "1.2",
                    ("r", 9, 10, 2020, 2020),
                    ["class_teacher", "teachers"],
                ),
                "Информация размещена на сайте, протоколы собраний",
            ),
            (
                R(
                    "Беседы с воспитанниками о программе наставничества",
                    "октябрь 2020 г.",
                    "Воспитатели, социальный педагог",
                    "1.4",
                    ("m", 10, 2020),
                    ["teachers", "social_pedagogue"],
                ),
                "Воспитанники знают о программе",
            ),
            (
                R(
                    "Встреча с выпускниками школы-интерната и представителями общественных организаций",
                    "IV квартал",
                    "Заместитель директора по ВР",
                    "1.3",
                    ("r", 10, 12),
                    ["deputy_director_upbringing"],
                ),
                "Привлечены внешние партнёры",
            ),
        ],
    ),
    (
        2,
        "II",
        "Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование обучающихся и педагогов, желающих участвовать в программе",
                    "до 15.10.2020",
                    "Педагог-психолог",
                    "2.1",
                    ("dl", 15, 10, 2020),
                    ["psychologist"],
                ),
                "Перечень желающих",
            ),
            (
                R(
                    "Сбор сведений о запросах наставляемых от классных руководителей и воспитателей; "
                    "согласия законных представителей на обработку персональных данных",
                    "октябрь 2020 г.",
                    "Социальный педагог",
                    "2.2",
                    ("m", 10, 2020),
                    ["social_pedagogue"],
                ),
                "Получены согласия",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "ноябрь 2020 г.",
                    "Куратор программы наставничества",
                    "2.3",
                    ("m", 11, 2020),
                    ["program_curator"],
                ),
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "III",
        "Формирование базы наставников",
        [
            (
                R(
                    "Определение форм наставничества, реализуемых в школе-интернате",
                    "ноябрь 2020 г.",
                    "Куратор программы, руководители МО",
                    "3.1",
                    ("m", 11, 2020),
                    ["program_curator", "head_of_methodical_association"],
                ),
                "Выбраны формы наставничества",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников",
                    "ноябрь 2020 г.",
                    "Куратор программы",
                    "3.3",
                    ("m", 11, 2020),
                    ["program_curator"],
                ),
                "Анкеты наставников",
            ),
            (
                R(
                    "Формирование базы наставников",
                    "декабрь 2020 г.",
                    "Куратор программы",
                    "3.4",
                    ("m", 12, 2020),
                    ["program_curator"],
                ),
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "IV",
        "Отбор и обучение наставников",
        [
            (
                R(
                    "Собеседование с наставниками с участием педагога-психолога",
                    "декабрь 2020 г.",
                    "Заместитель директора по УВР, педагог-психолог",
                    "4.2",
                    ("m", 12, 2020),
                    ["deputy_director_academic", "psychologist"],
                ),
                "Отобраны наставники",
            ),
            (
                R(
                    "Поиск экспертов и методических материалов для обучения наставников",
                    "I полугодие",
                    "Методист",
                    "4.3",
                    ("r", 9, 12),
                    ["methodologist"],
                ),
                "Подобраны материалы",
            ),
            (
                R(
                    "Обучение наставников (вебинары, семинары)",
                    "январь 2021 г.",
                    "Методист, заместитель директора по УВР",
                    "4.4",
                    ("m", 1, 2021),
                    ["methodologist", "deputy_director_academic"],
                ),
                "Наставники прошли обучение",
            ),
        ],
    ),
    (
        5,
        "V",
        "Формирование наставнических пар и групп",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "январь 2021 г.",
                    "Куратор программы",
                    "5.1",
                    ("m", 1, 2021),
                    ["program_curator"],
                ),
                "Участники познакомились",
            ),
            (
                R(
                    "Анкетирование по итогам встречи: выбор наставника",
                    "январь 2021 г.",
                    "Педагог-психолог",
                    "5.2",
                    ("m", 1, 2021),
                    ["psychologist"],
                ),
                "Анкеты участников",
            ),
            (
                R(
                    "Закрепление наставнических пар приказом директора",
                    "до 01.02.2021",
                    "Директор",
                    "5.4",
                    ("dl", 1, 2, 2021),
                    ["director"],
                ),
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "VI",
        "Организация работы наставнических пар и групп",
        [
            (
                R(
                    "Организационная встреча наставника и наставляемого",
                    "февраль 2021 г.",
                    "Наставники",
                    "6.1",
                    ("m", 2, 2021),
                    ["mentors"],
                ),
                "Пары приступили к работе",
            ),
            (
                R(
                    "Встреча-планирование: составление индивидуального плана",
                    "февраль 2021 г.",
                    "Наставники",
                    "6.3",
                    ("m", 2, 2021),
                    ["mentors"],
                ),
                "Планы работы пар",
            ),
            (
                R(
                    "Регулярные встречи наставников и наставляемых",
                    "II полугодие",
                    "Наставники",
                    "6.4",
                    ("r", 1, 5),
                    ["mentors"],
                ),
                "Журналы встреч",
            ),
            (
                R(
                    "Сбор обратной связи от участников программы",
                    "март, май 2021 г.",
                    "Куратор программы",
                    "6.5",
                    ("m", 3, 2021),
                    ["program_curator"],
                ),
                "Анкеты обратной связи",
            ),
            (
                R(
                    "Мониторинг удовлетворённости участием в программе наставничества",
                    "май 2021 г.",
                    "Педагог-психолог",
                    "6.8",
                    ("m", 5, 2021),
                    ["psychologist"],
                ),
                "Аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "VII",
        "Завершение наставничества",
        [
            (
                R(
                    "Торжественное мероприятие «Наставник года», награждение лучших наставников",
                    "май 2021 г.",
                    "Директор, заместитель директора по ВР",
                    "7.2",
                    ("m", 5, 2021),
                    ["director", "deputy_director_upbringing"],
                ),
                "Награждены лучшие наставники",
            ),
            (
                R(
                    "Мониторинг качества реализации программы наставничества",
                    "май – июнь 2021 г.",
                    "Заместитель директора по УВР",
                    "7.3",
                    ("r", 5, 6, 2021, 2021),
                    ["deputy_director_academic"],
                ),
                "Аналитическая справка",
            ),
            (
                R(
                    "Публикация результатов на сайте школы-интерната",
                    "июнь 2021 г.",
                    "Ответственный за сайт",
                    "7.6",
                    ("m", 6, 2021),
                    ["other"],
                ),
                "Материалы на сайте",
            ),
            (
                R(
                    "Формирование долгосрочной базы наставников",
                    "в течение учебного года",
                    "Куратор программы",
                    "7.8",
                    ("c",),
                    ["program_curator"],
                ),
                "База наставников",
            ),
            (
                R(
                    "Отчёт о реализации дорожной карты в министерство образования Оренбургской области",
                    "до 30.06.2021",
                    "Директор",
                    None,
                    ("dl", 30, 6, 2021),
                    ["director"],
                ),
                "Отчёт",
            ),
        ],
    ),
]


def build_internat(name: str) -> Built:
    doc = _doc("DejaVu Serif", 9.5, landscape=False, margins_cm=1.5)
    _p(doc, "Министерство образования Оренбургской области", align="c", size=9)
    _p(doc, "Государственное казённое общеобразовательное учреждение", align="c", size=9)
    _p(doc, "«Специальная (коррекционная) школа-интернат № 3» г. Оренбурга", align="c", size=9, after=8)
    _p(doc, "СОГЛАСОВАНО: педагогический совет, протокол № 1 от 28.08.2020", size=9)
    _p(doc, "УТВЕРЖДЕНО приказом директора от 31.08.2020 № 156", size=9, after=8)
    _p(doc, "Дорожная карта", bold=True, align="c", size=11)
    _p(doc, f"внедрения целевой модели наставничества в {INT_ORG}", bold=True, align="c", size=11)
    _p(doc, "на 2020-2021 учебный год", bold=True, align="c", size=11, after=6)
    table = _table(doc, 5)
    _add_row(
        table,
        ["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"],
        bold=True,
        align="c",
        header=True,
    )
    texts: list[str] = []
    acts: list[TruthActivity] = []
    for stage_id, roman, heading, rows in INT:
        _add_row(table, [roman, heading, "", "", ""], bold=True)
        for k, (row, result) in enumerate(rows, start=1):
            _add_row(table, [f"{stage_id}.{k}", row["text"], str(row["date"]), str(row["resp"]), result])
            texts.append(row["text"])
            acts.append(truth_row(row, stage_id, INT_YEAR))
    _widths(table, [1.1, 6.8, 3.1, 3.6, 3.4])
    _p(doc, "", after=4)
    _p(
        doc,
        "Ответственный за реализацию дорожной карты: куратор программы наставничества Р.Ф. Ахмеджанова",
        size=9,
    )
    pdf = _pdf_of(doc, name)
    _check_printed(pdf, texts, pages=2)
    page_two = _pages_text(pdf)[1]
    assert all(word in page_two for word in ("Мероприятие", "Ответственные", "Ожидаемый")), page_two[:300]
    rng = np.random.default_rng(27_006)
    pages = [scan_page(render_page(pdf, i, 200), rng) for i in range(2)]
    folder = _folder(name)
    (folder / "roadmap.pdf").write_bytes(_image_pdf(pages, 200, "2020-09-03"))
    _write(folder, INT_ORG, INT_YEAR, acts)
    return Built(
        name,
        "image-only PDF (scan)",
        2,
        len(acts),
        "target_model_2019",
        "ok",
        "table with «Ожидаемый результат», I–VII stage rows, header repeated on page 2",
    )


# =========================================================================== 7. 2022 model, two-line school
# МОУ «Средняя школа № 17 с углублённым изучением иностранных языков» г. Ярославля, «2025/26 уч.
# год»; the school's name is broken over two title lines.  Model 2022 (pedagogical workers): every
# activity_id is null, stage ids are the 2022 stages.  Bold-italic stage rows spanning the table,
# «Форма отчётности» column.  Scanned pages packed as an image-only PDF.

T22_ORG = "МОУ «Средняя школа № 17 с углублённым изучением иностранных языков» г. Ярославля"
T22_YEAR = 2025
# (row, report form, annual)
T22: list[tuple[int, str, list[tuple[Row, str, bool]]]] = [
    (
        1,
        "1. Подготовка условий для реализации системы наставничества",
        [
            (
                R(
                    "Приказ об организации наставничества педагогических работников в 2025/26 учебном году",
                    "до 01.09.2025",
                    "Директор",
                    None,
                    ("dl", 1, 9, 2025),
                    ["director"],
                ),
                "Приказ",
                False,
            ),
            (
                R(
                    "Актуализация Положения о системе наставничества педагогических работников",
                    "август 2025 г.",
                    "Заместитель директора по УВР",
                    None,
                    ("m", 8, 2025),
                    ["deputy_director_academic"],
                ),
                "Положение",
                False,
            ),
            (
                R(
                    "Назначение куратора реализации программ наставничества",
                    "до 01.09.2025",
                    "Директор",
                    None,
                    ("dl", 1, 9, 2025),
                    ["director"],
                ),
                "Приказ",
                False,
            ),
            (
                R(
                    "Информирование педагогов о системе наставничества на педагогическом совете",
                    "28.08.2025",
                    "Директор, куратор",
                    None,
                    ("d", 28, 8, 2025),
                    ["director", "program_curator"],
                ),
                "Протокол педсовета",
                False,
            ),
        ],
    ),
    (
        2,
        "2. Формирование банка наставляемых",
        [
            (
                R(
                    "Выявление профессиональных затруднений педагогов: анкетирование молодых специалистов "
                    "и вновь прибывших учителей",
                    "ежегодно, до 15 сентября",
                    "Куратор, педагог-психолог",
                    None,
                    ("dl", 15, 9),
                    ["program_curator", "psychologist"],
                ),
                "Аналитическая справка",
                True,
            ),
            (
                R(
                    "Формирование банка данных наставляемых",
                    "ежегодно, до 1 октября",
                    "Куратор",
                    None,
                    ("dl", 1, 10),
                    ["program_curator"],
                ),
                "Банк наставляемых",
                True,
            ),
        ],
    ),
    (
        3,
        "3. Формирование банка наставников",
        [
            (
                R(
                    "Отбор педагогов, готовых выполнять функции наставника; получение письменных согласий",
                    "до 15 сентября",
                    "Руководители ШМО",
                    None,
                    ("dl", 15, 9),
                    ["head_of_methodical_association"],
                ),
                "Согласия",
                False,
            ),
            (
                R(
                    "Формирование банка наставников",
                    "до 1 октября",
                    "Куратор",
                    None,
                    ("dl", 1, 10),
                    ["program_curator"],
                ),
                "Банк наставников",
                False,
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение",
        [
            (
                R(
                    "Подбор наставников для конкретных персонализированных программ",
                    "сентябрь",
                    "Куратор, рук. ШМО",
                    None,
                    ("m", 9),
                    ["program_curator", "head_of_methodical_association"],
                ),
                "Список пар",
                False,
            ),
            (
                R(
                    "Курсы повышения квалификации «Наставничество в образовательной организации»",
                    "по графику ИРО",
                    "Заместитель директора по УВР",
                    None,
                    ("u",),
                    ["deputy_director_academic"],
                ),
                "Удостоверения",
                False,
            ),
            (
                R(
                    "Методический семинар для наставников «Как составить персонализированную программу»",
                    "октябрь",
                    "Методист",
                    None,
                    ("m", 10),
                    ["methodologist"],
                ),
                "Материалы семинара",
                False,
            ),
        ],
    ),
    (
        5,
        "5. Организация и осуществление работы наставнических пар/групп",
        [
            (
                R(
                    "Закрепление наставнических пар/групп приказом директора с письменного согласия участников",
                    "ежегодно, до 1 октября",
                    "Директор",
                    None,
                    ("dl", 1, 10),
                    ["director"],
                ),
                "Приказ",
                True,
            ),
            (
                R(
                    "Разработка персонализированных программ наставничества для каждой пары/группы",
                    "до 1 ноября",
                    "Наставники",
                    None,
                    ("dl", 1, 11),
                    ["mentors"],
                ),
                "Программы",
                False,
            ),
            (
                R(
                    "Реализация персонализированных программ: взаимопосещение уроков, консультации",
                    "в течение учебного года",
                    "Наставники, наставляемые",
                    None,
                    ("c",),
                    ["mentors", "other"],
                ),
                "Журнал наставника",
                False,
            ),
            (
                R(
                    "Психолого-педагогическая поддержка наставляемых, не сформировавших пару",
                    "постоянно",
                    "Педагог-психолог Гусева М.А.",
                    None,
                    ("c",),
                    ["psychologist"],
                ),
                "—",
                False,
            ),
            (
                R(
                    "Промежуточный мониторинг реализации программ",
                    "январь 2026 г.",
                    "Куратор",
                    None,
                    ("m", 1, 2026),
                    ["program_curator"],
                ),
                "Справка",
                False,
            ),
        ],
    ),
    (
        6,
        "6. Завершение персонализированных программ наставничества",
        [
            (
                R(
                    "Мониторинг и оценка результатов реализации программ наставничества",
                    "май – июнь",
                    "Куратор, заместитель директора по УВР",
                    None,
                    ("r", 5, 6),
                    ["program_curator", "deputy_director_academic"],
                ),
                "Аналитическая справка",
                False,
            ),
            (
                R(
                    "Отчёты наставников и наставляемых о выполнении программ",
                    "май",
                    "Наставники",
                    None,
                    ("m", 5),
                    ["mentors"],
                ),
                "Отчёты",
                False,
            ),
            (
                R(
                    "Итоговое заседание педагогического совета, награждение лучших наставников",
                    "июнь",
                    "Директор",
                    None,
                    ("m", 6),
                    ["director"],
                ),
                "Протокол",
                False,
            ),
        ],
    ),
    (
        7,
        "7. Информационная поддержка системы наставничества",
        [
            (
                R(
                    "Размещение информации о системе наставничества на сайте школы (раздел «Наставничество»)",
                    "в течение года",
                    "Ответственный за сайт",
                    None,
                    ("c",),
                    ["other"],
                ),
                "Страница сайта",
                False,
            ),
            (
                R(
                    "Участие наставников в муниципальном конкурсе «Наставник года»",
                    "I квартал 2026 г.",
                    "Руководители ШМО",
                    None,
                    ("r", 1, 3, 2026, 2026),
                    ["head_of_methodical_association"],
                ),
                "Конкурсные материалы",
                False,
            ),
            (
                R(
                    "Публикация лучших практик наставничества в сборнике ГАУ ДПО ЯО ИРО",
                    "II полугодие",
                    "Методист",
                    None,
                    ("r", 1, 5),
                    ["methodologist"],
                ),
                "Публикация",
                False,
            ),
        ],
    ),
]


def build_teachers2022(name: str) -> Built:
    doc = _doc("DejaVu Sans Condensed", 9.5, landscape=False, margins_cm=1.5)
    _p(doc, "УТВЕРЖДЕНА", align="r", size=9)
    _p(doc, "приказом директора", align="r", size=9)
    _p(doc, "от 29.08.2025 № 01-07/233", align="r", size=9, after=10)
    _p(doc, "Дорожная карта (план мероприятий)", bold=True, align="c", size=11.5)
    _p(doc, "по реализации системы наставничества педагогических работников", bold=True, align="c", size=11.5)
    _p(doc, "в МОУ «Средняя школа № 17", bold=True, align="c", size=11.5)
    _p(doc, "с углублённым изучением иностранных языков» г. Ярославля", bold=True, align="c", size=11.5)
    _p(doc, "на 2025/26 уч. год", bold=True, align="c", size=11.5, after=6)
    table = _table(doc, 5)
    _add_row(
        table,
        ["№", "Содержание мероприятия", "Сроки", "Ответственные", "Форма отчётности"],
        bold=True,
        align="c",
    )
    texts: list[str] = []
    acts: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in T22:
        _span_row(table, heading, bold=True, italic=True, ncols=5)
        for row, form, annual in rows:
            n += 1
            _add_row(table, [str(n), row["text"], str(row["date"]), str(row["resp"]), form])
            texts.append(row["text"])
            act = truth_row(row, stage_id, T22_YEAR)
            acts.append(_annual(act) if annual else act)
    _widths(table, [0.9, 7.6, 3.0, 3.6, 2.9])
    pdf = _pdf_of(doc, name)
    pages = len(_pages_text(pdf))
    _check_printed(pdf, texts, pages=pages)
    rng = np.random.default_rng(27_007)
    images = [scan_page(render_page(pdf, i, 220), rng) for i in range(pages)]
    folder = _folder(name)
    (folder / "roadmap.pdf").write_bytes(_image_pdf(images, 220, "2025-09-02"))
    _write(folder, T22_ORG, T22_YEAR, acts, model="teachers_2022")
    return Built(
        name,
        "image-only PDF (scan)",
        pages,
        len(acts),
        "teachers_2022",
        "ok",
        "bold-italic spanning stage rows, «Форма отчётности», school on two title lines",
    )


# =========================================================================== 8. school, no stage rows
# МБОУ «СОШ № 5» г. Кандалакши, 2026/27. Portrait, a column-number row under the header, no stage
# rows at all: stage ids come from the matched activities (extras: the stage of their topic).

K5_ORG = "МБОУ «СОШ № 5» г. Кандалакши"
K5_YEAR = 2026
K5: list[tuple[int, Row]] = [
    (
        1,
        R(
            "Приказ об утверждении дорожной карты внедрения целевой модели наставничества",
            "до 05.09.2026",
            "Директор",
            None,
            ("dl", 5, 9, 2026),
            ["director"],
        ),
    ),
    (
        1,
        R(
            "Информирование педагогического коллектива о программе наставничества",
            "сентябрь 2026",
            "ЗДУВР",
            "1.1",
            ("m", 9, 2026),
            ["deputy_director_academic"],
        ),
    ),
    (
        1,
        R(
            "Информирование обучающихся о возможности участия в программе",
            "сентябрь 2026",
            "Кл. руководители",
            "1.4",
            ("m", 9, 2026),
            ["class_teacher"],
        ),
    ),
    (
        1,
        R(
            "Информирование родителей о программе наставничества",
            "сентябрь–октябрь",
            "Кл. руководители, ЗДВР",
            "1.2",
            ("r", 9, 10),
            ["class_teacher", "deputy_director_upbringing"],
        ),
    ),
    (
        1,
        R(
            "Встреча обучающихся с выпускниками школы и специалистами АО «Кандалакшский алюминиевый завод»",
            "октябрь",
            "ЗДВР, советник директора по воспитанию",
            "1.3",
            ("m", 10),
            ["deputy_director_upbringing", "senior_counselor"],
        ),
    ),
    (
        2,
        R(
            "Анкетирование обучающихся, желающих участвовать в программе; сбор согласий на обработку "
            "персональных данных",
            "до 1 октября",
            "Педагог-психолог",
            "2.1",
            ("dl", 1, 10),
            ["psychologist"],
        ),
    ),
    (
        2,
        R(
            "Формирование базы наставляемых",
            "октябрь",
            "Куратор ЦМН Смирнова О.П.",
            "2.3",
            ("m", 10),
            ["program_curator"],
        ),
    ),
    (
        3,
        R(
            "Выбор форм наставничества на учебный год",
            "октябрь",
            "Методический совет",
            "3.1",
            ("m", 10),
            ["other"],
        ),
    ),
    (
        3,
        R(
            "Анкетирование педагогов и старшеклассников — потенциальных наставников",
            "октябрь",
            "Рук. ШМО",
            "3.3",
            ("m", 10),
            ["head_of_methodical_association"],
        ),
    ),
    (
        3,
        R(
            "Формирование базы наставников",
            "ноябрь",
            "Куратор ЦМН",
            "3.4",
            ("m", 11),
            ["program_curator"],
        ),
    ),
    (
        4,
        R(
            "Входная диагностика кандидатов в наставники",
            "ноябрь",
            "Педагог-психолог",
            "4.1",
            ("m", 11),
            ["psychologist"],
        ),
    ),
    (
        4,
        R(
            "Обучение наставников (методический практикум)",
            "ноябрь–декабрь",
            "ЗДУВР, методист",
            "4.4",
            ("r", 11, 12),
            ["deputy_director_academic", "methodologist"],
        ),
    ),
    (
        5,
        R(
            "Групповая встреча наставников и наставляемых",
            "декабрь",
            "Куратор ЦМН, старший вожатый",
            "5.1",
            ("m", 12),
            ["program_curator", "senior_counselor"],
        ),
    ),
    (
        5,
        R(
            "Закрепление наставнических пар приказом директора",
            "декабрь",
            "Директор",
            "5.4",
            ("m", 12),
            ["director"],
        ),
    ),
    (
        6,
        R(
            "Организационная встреча наставника и наставляемого",
            "январь 2027",
            "Наставники",
            "6.1",
            ("m", 1, 2027),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Регулярные встречи по индивидуальному плану",
            "январь – май 2027",
            "Наставники",
            "6.4",
            ("r", 1, 5, 2027, 2027),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Сбор обратной связи (анкеты, беседы)",
            "февраль, апрель",
            "Педагог-психолог",
            "6.5",
            ("m", 2),
            ["psychologist"],
        ),
    ),
    (
        6,
        R(
            "Общая заключительная встреча всех наставнических пар и групп",
            "май",
            "Куратор ЦМН",
            "6.7",
            ("m", 5),
            ["program_curator"],
        ),
    ),
    (
        6,
        R(
            "Мониторинг удовлетворённости участием в программе",
            "май",
            "Педагог-психолог",
            "6.8",
            ("m", 5),
            ["psychologist"],
        ),
    ),
    (
        7,
        R(
            "Фестиваль наставнических практик, награждение лучших наставников",
            "май",
            "Директор, ЗДВР",
            "7.2",
            ("m", 5),
            ["director", "deputy_director_upbringing"],
        ),
    ),
    (
        7,
        R(
            "Оформление итогов совместной работы в кейсы",
            "июнь",
            "Наставники",
            "7.5",
            ("m", 6),
            ["mentors"],
        ),
    ),
    (
        7,
        R(
            "Публикация результатов на сайте школы и в госпаблике «ВКонтакте»",
            "июнь",
            "Куратор ЦМН",
            "7.6",
            ("m", 6),
            ["program_curator"],
        ),
    ),
    (
        7,
        R(
            "Отчёт о реализации программы наставничества",
            "ежегодно",
            "ЗДУВР",
            None,
            ("a",),
            ["deputy_director_academic"],
        ),
    ),
    (
        7,
        R(
            "Вручение благодарственных писем наставникам",
            "июнь",
            "Директор",
            None,
            ("m", 6),
            ["director"],
        ),
    ),
]


def build_kandalaksha(name: str) -> Built:
    doc = _doc("Liberation Sans", 10, landscape=False, margins_cm=1.5)
    _p(doc, "Утверждено приказом МБОУ «СОШ № 5» от 01.09.2026 № 301", align="r", size=9, after=8)
    _p(
        doc,
        "План мероприятий по внедрению целевой модели наставничества обучающихся",
        bold=True,
        align="c",
        size=12,
    )
    _p(doc, f"{K5_ORG} на 2026–2027 учебный год", bold=True, align="c", size=12, after=6)
    table = _table(doc, 4)
    _add_row(
        table,
        ["№ п/п", "Содержание деятельности", "Срок исполнения", "Ответственный исполнитель"],
        bold=True,
        align="c",
    )
    _add_row(table, ["1", "2", "3", "4"], align="c")
    texts: list[str] = []
    acts: list[TruthActivity] = []
    for n, (stage_id, row) in enumerate(K5, start=1):
        _add_row(table, [f"{n}.", row["text"], str(row["date"]), str(row["resp"])])
        texts.append(row["text"])
        acts.append(truth_row(row, stage_id, K5_YEAR))
    _widths(table, [1.2, 9.0, 3.4, 4.4])
    pdf = _pdf_of(doc, name)
    pages = len(_pages_text(pdf))
    _check_printed(pdf, texts, pages=pages)
    rng = np.random.default_rng(27_008)
    images = [scan_page(render_page(pdf, i, 170), rng) for i in range(pages)]
    folder = _folder(name)
    (folder / "roadmap.pdf").write_bytes(_image_pdf(images, 170, "2026-09-04"))
    _write(folder, K5_ORG, K5_YEAR, acts)
    return Built(
        name,
        "image-only PDF (scan)",
        pages,
        len(acts),
        "target_model_2019",
        "ok",
        "4 columns + column-number row, no stage rows",
    )


# --------------------------------------------------------------------------- main


def _check_truth(folder: Path) -> None:
    """Every truth.json is well formed: ids among the 35, dates consistent with their kind."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    ids = {
        f"{s}.{k}"
        for s, n in ((1, 4), (2, 3), (3, 4), (4, 4), (5, 4), (6, 8), (7, 8))
        for k in range(1, n + 1)
    }
    for act in truth["activities"]:
        aid = act["activity_id"]
        assert aid is None or (aid in ids and int(aid.split(".")[0]) == act["stage_id"]), act
        assert act["stage_id"] in range(1, 8), act
        if act["date_kind"] == "month":
            y, m = int(act["date_start"][:4]), act["month_start"]
            assert act["date_end"] == f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}", act
    roles = {
        "senior_counselor",
        "deputy_director_academic",
        "deputy_director_upbringing",
        "deputy_director",
        "librarian",
        "head_of_methodical_association",
        "director",
        "class_teacher",
        "program_curator",
        "psychologist",
        "tutor",
        "social_pedagogue",
        "methodologist",
        "mentors",
        "teachers",
        "other",
    }
    for act in truth["activities"]:
        assert set(act["roles"]) <= roles, act


def main() -> None:
    builders = [
        ("rural_oosh_paragraphs_photo", build_rural),
        ("gymnasium12_greygrid_photo", build_gymnasium),
        ("polozhenie_lyceum4_photo", build_polozhenie),
        ("kindergarten_zhuravushka_scan", build_kindergarten),
        ("college_kamyshin_scan", build_college),
        ("internat3_orenburg_scanpdf", build_internat),
        ("school17_teachers2022_scanpdf", build_teachers2022),
        ("school5_kandalaksha_scanpdf", build_kandalaksha),
    ]
    built = []
    for name, build in builders:
        b = build(name)
        _check_truth(HERE / name)
        built.append(b)
        print(f"{b.folder:32} {b.fmt:26} {b.pages}  {b.rows:3}  {b.model:18} {b.status:12} {b.layout}")
    print("total rows:", sum(b.rows for b in built))


if __name__ == "__main__":
    main()
