"""Build holdout36: eight roadmaps that exist only as images (photos, grey scans, image-only PDFs).

Run: .venv/bin/python -m data.holdout36.build   (from /work/main)

Every roadmap is written as a DOCX with python-docx, printed to PDF by LibreOffice, rendered page by
page with pypdfium2 and turned into a phone photo (``photo_of``) or a grey scan (``scan_page``).  Only
the image (or the image-only PDF) is kept next to truth.json.  The hand label of every printed row sits
next to its text (``R`` from data.holdout.build), so the image and the truth come from one place.

Hard parts on purpose: 9 pt type photographed at an angle, a coloured header and stage rows, italic
stage rows on a 150 dpi scan, a 2022-model plan on a 170 dpi scan with numbered sub-items and
line-aligned dates, a landscape page with six columns and a merged stage column, and two 2-page
image-only PDFs in which one table row runs over the page break (checked on the printed PDF).
Noise and perspective use fixed seeds; the only varying input is LibreOffice's rendering.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    DateSpec,
    HeadPara,
    Row,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    truth_row,
    write_truth,
)
from data.holdout.build import R as _R

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")
FONT_FILES = {
    "Liberation Serif": FONTS / "liberation2" / "LiberationSerif-Regular.ttf",
    "Liberation Sans": FONTS / "liberation2" / "LiberationSans-Regular.ttf",
    "DejaVu Sans": FONTS / "dejavu" / "DejaVuSans.ttf",
    "DejaVu Serif": FONTS / "dejavu" / "DejaVuSerif.ttf",
}
CELL_PAD_CM = 0.19 * 2  # left + right cell margins of the default table style

ROLE_CODES = {
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

Model = Literal["target_model_2019", "teachers_2022"]


def R(
    text: str,
    date: str,
    resp: str | None,
    aid: str | None,
    spec: DateSpec,
    roles: list[str] | None,
    extra: str = "",
) -> Row:
    """A printed row with its label; ``extra`` is the «Форма проведения»/«Результат» cell."""
    return _R(text, date, resp, aid, spec, roles, note=extra)


def _truth(row: Row, stage_id: int, y: int) -> TruthActivity:
    act = truth_row(row, stage_id, y)
    assert set(act["roles"]) <= ROLE_CODES, act["roles"]
    date = row["date"]
    assert isinstance(date, str)
    if act["date_kind"] == "deadline" and date.lower().startswith("ежегодно"):
        act["recurrence"] = "annual"  # «Ежегодно, до 1 сентября»: a deadline that comes back every year
    return act


def _finish_truth(
    folder: Path, org: str, y: int, acts: list[TruthActivity], model: Model = "target_model_2019"
) -> None:
    write_truth(folder, org, y, acts)
    if model != "target_model_2019":
        path = folder / "truth.json"
        truth = json.loads(path.read_text(encoding="utf-8"))
        truth["document"]["model"] = model
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- docx helpers


def _doc(font: str, size: float, landscape: bool = False, margin_cm: float = 1.5) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(margin_cm)
    return doc


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _style_runs(cell: _Cell, bold: bool = False, italic: bool = False) -> None:
    for p in cell.paragraphs:
        for run in p.runs:
            run.bold = bold or None
            run.italic = italic or None


def _center(cell: _Cell) -> None:
    for p in cell.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _grid(doc: DocxDocument, n: int) -> Any:  # python-docx's Table.add_row is unannotated
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _lines(text: str, font: str, size: float, width_cm: float) -> int:
    """How many lines ``text`` takes in a cell ``width_cm`` wide (greedy wrap at spaces)."""
    face = ImageFont.truetype(str(FONT_FILES[font]), size=int(size * 20))
    limit = (width_cm - CELL_PAD_CM) / 2.54 * 72 * 20
    n, line = 1, ""
    for word in text.split():
        assert face.getlength(word) <= limit, f"«{word}» does not fit a {width_cm} cm cell"
        trial = f"{line} {word}" if line else word
        if face.getlength(trial) <= limit or not line:
            line = trial
        else:
            n, line = n + 1, word
    return n


def _aligned(
    items: Sequence[str], dates: Sequence[str], font: str, size: float, item_cm: float, date_cm: float
) -> tuple[str, str]:
    """The content and dates cells of a group: one date per sub-item, each pair padded with empty
    lines so that every sub-item and its date start on the same line."""
    content: list[str] = []
    column: list[str] = []
    for text, date in zip(items, dates, strict=True):
        a, b = _lines(text, font, size, item_cm), _lines(date, font, size, date_cm)
        content += [text] + [""] * (max(a, b) - a)
        column += [date] + [""] * (max(a, b) - b)
    for cell in (content, column):
        while cell and cell[-1] == "":
            cell.pop()
    return "\n".join(content), "\n".join(column)


# --------------------------------------------------------------------------- pdf and images


def _pdf(doc: DocxDocument) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice_pdf(docx_path, pdf_path)
        return pdf_path.read_bytes()


def _page_texts(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return ["".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


def _squash(text: str) -> str:
    return "".join(text.split())


def _check_pages(pdf: bytes, n: int) -> list[str]:
    pages = _page_texts(pdf)
    assert len(pages) == n, f"expected {n} page(s), LibreOffice printed {len(pages)}"
    return pages


def _split_texts(pages: list[str], texts: Sequence[str]) -> list[str]:
    """Texts that begin on page 1 and end on page 2 (the row runs over the page break)."""
    out = []
    for text in texts:
        t = _squash(text)
        head, tail = t[:14], t[-14:]
        if t not in pages[0] and t not in pages[1] and head in pages[0] and tail in pages[1]:
            out.append(text)
    return out


def _save_photo(pdf: bytes, folder: Path, dpi: int, seed: int) -> None:
    photo = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    photo.save(folder / "roadmap.jpg", format="JPEG", quality=72)


def _scans(pdf: bytes, n: int, dpi: int, seed: int) -> list[Image.Image]:
    rng = np.random.default_rng(seed)
    return [scan_page(render_page(pdf, i, dpi), rng) for i in range(n)]


def _save_scan_pdf(pages: list[Image.Image], folder: Path, dpi: int) -> None:
    buf = io.BytesIO()
    stamp = time.gmtime(1768471200)  # 2026-01-15 10:00 UTC, fixed so that a rebuild gives the same bytes
    pages[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=stamp,
        modDate=stamp,
        producer="Scanner",
    )
    (folder / "roadmap.pdf").write_bytes(buf.getvalue())


# --------------------------------------------------------------------------- flat tables

Section = tuple[int, str | None, list[Row]]  # stage id, printed stage row (None: not printed), rows


@dataclass
class Flat:
    """A one-table roadmap: optional stage rows spanning the table, one table row per activity."""

    font: str
    size: float
    head: list[HeadPara]  # (text, bold, "c"/"r"/None)
    headers: list[str]
    widths: list[float]
    sections: list[Section]
    cells: Callable[[str, Row], list[str]]  # (printed number, row) -> cells
    number: Callable[[int, int, int], str]  # (stage index, index in stage, running index) -> number
    stage_style: str = "bold"  # "bold", "italic", "shade"
    stage_fill: str = "D9D9D9"
    header_fill: str | None = None
    tail: list[HeadPara] = field(default_factory=list)
    landscape: bool = False
    margin_cm: float = 1.5
    repeat_header: bool = False


def _flat_doc(spec: Flat) -> DocxDocument:
    doc = _doc(spec.font, spec.size, spec.landscape, spec.margin_cm)
    for text, bold, align in spec.head:
        _para(doc, text, bold=bold, align=align)
    n = len(spec.headers)
    table = _grid(doc, n)
    hdr = table.add_row()
    for i, h in enumerate(spec.headers):
        _set_cell(hdr.cells[i], h, bold=True)
        _center(hdr.cells[i])
        if spec.header_fill:
            _shade(hdr.cells[i], spec.header_fill)
    if spec.repeat_header:
        _repeat_header(table)
    running = 0
    for s_idx, (_, heading, rows) in enumerate(spec.sections, start=1):
        if heading is not None:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[n - 1])
            _set_cell(merged, heading)
            if spec.stage_style == "italic":
                _style_runs(merged, italic=True)
            elif spec.stage_style == "shade":
                _style_runs(merged, bold=True)
                _shade(merged, spec.stage_fill)
            else:
                _style_runs(merged, bold=True)
        for k, item in enumerate(rows, start=1):
            running += 1
            row = table.add_row()
            for i, val in enumerate(spec.cells(spec.number(s_idx, k, running), item)):
                _set_cell(row.cells[i], val)
    _widths(table, spec.widths)
    for text, bold, align in spec.tail:
        _para(doc, text, bold=bold, align=align)
    return doc


def _flat_truth(sections: list[Section], y: int) -> list[TruthActivity]:
    return [_truth(row, stage_id, y) for stage_id, _, rows in sections for row in rows]


def _txt(value: object) -> str:
    assert isinstance(value, str), value
    return value


def _cells4(num: str, r: Row) -> list[str]:
    return [num, r["text"], _txt(r["date"]), _txt(r["resp"])]


def _cells5(num: str, r: Row) -> list[str]:
    return [num, r["text"], _txt(r["date"]), _txt(r["resp"]), r["note"]]


def _cells_form(num: str, r: Row) -> list[str]:
    return [num, r["text"], r["note"], _txt(r["date"]), _txt(r["resp"])]


def _cells_blank_mark(num: str, r: Row) -> list[str]:
    return [num, r["text"], _txt(r["date"]), _txt(r["resp"]), ""]


def _dotted(stage: int, k: int, _running: int) -> str:
    return f"{stage}.{k}."


def _plain(_stage: int, _k: int, running: int) -> str:
    return str(running)


def _dot(_stage: int, _k: int, running: int) -> str:
    return f"{running}."


# =========================================================================== A: photo, 9 pt
# МБОУ «СОШ № 14» г. Новочеркасска, 2019/2020. A «Форма проведения» column, bold stage rows numbered
# «1.»…«7.», rows numbered «1.1.», printed in 9 pt Liberation Sans and photographed at an angle.

A_ORG = "МБОУ «СОШ № 14» г. Новочеркасска"
A_YEAR = 2019
CUR = "Куратор программы"
A_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа о внедрении целевой модели наставничества и назначении куратора",
                "до 06.09.2019",
                "Директор",
                None,
                ("dl", 6, 9, 2019),
                ["director"],
                "Приказ",
            ),
            R(
                "Разработка Положения о программе наставничества МБОУ «СОШ № 14»",
                "сентябрь",
                "Зам. директора по УВР\nРабочая группа",
                None,
                ("m", 9),
                ["deputy_director_academic", "other"],
                "Локальный акт",
            ),
            R(
                "Знакомство педагогического коллектива с целевой моделью и планом её внедрения",
                "сентябрь",
                f"Директор\n{CUR}",
                "1.1",
                ("m", 9),
                ["director", "program_curator"],
                "Педагогический совет",
            ),
            R(
                "Рассказ родителям о наставничестве в школе, ответы на вопросы",
                "сентябрь – октябрь",
                f"Классные руководители\n{CUR}",
                "1.2",
                ("r", 9, 10),
                ["class_teacher", "program_curator"],
                "Родительские собрания",
            ),
            R(
                "Информационные классные часы для учащихся 7–11 классов",
                "октябрь",
                "Классные руководители\nСоветник директора по воспитанию",
                "1.4",
                ("m", 10),
                ["class_teacher", "senior_counselor"],
                "Классный час",
            ),
            R(
                "Встреча с выпускниками школы и представителями ЮРГПУ (НПИ) – партнёрами программы",
                "ноябрь",
                f"Зам. директора по ВР Гончарова Е.А.\n{CUR}",
                "1.3",
                ("m", 11),
                ["deputy_director_upbringing", "program_curator"],
                "Круглый стол",
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся, желающих участвовать в программе; сбор согласий на обработку "
                "персональных данных",
                "октябрь",
                "Педагог-психолог\nКлассные руководители",
                "2.1",
                ("m", 10),
                ["psychologist", "class_teacher"],
                "Анкетирование",
            ),
            R(
                "Сбор сведений о запросах наставляемых у классных руководителей, психолога и родителей; "
                "согласия законных представителей",
                "октябрь – ноябрь",
                "Социальный педагог\nПедагог-психолог",
                "2.2",
                ("r", 10, 11),
                ["social_pedagogue", "psychologist"],
                "Беседы, опрос",
            ),
            R(
                "Обработка анкет и формирование базы наставляемых",
                "до 30 ноября",
                CUR,
                "2.3",
                ("dl", 30, 11),
                ["program_curator"],
                "База данных",
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на текущий год («ученик – ученик», «учитель – ученик»)",
                "ноябрь",
                f"{CUR}\nРуководители ШМО",
                "3.1",
                ("m", 11),
                ["program_curator", "head_of_methodical_association"],
                "Заседание рабочей группы",
            ),
            R(
                "Анкетирование педагогов и старшеклассников – потенциальных наставников, сбор согласий",
                "ноябрь",
                f"{CUR}\nПедагог-психолог",
                "3.3",
                ("m", 11),
                ["program_curator", "psychologist"],
                "Анкетирование",
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "декабрь",
                CUR,
                "3.4",
                ("m", 12),
                ["program_curator"],
                "База данных",
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
                "Зам. директора по УВР\nПедагог-психолог",
                "4.2",
                ("m", 12),
                ["deputy_director_academic", "psychologist"],
                "Собеседование",
            ),
            R(
                "Подбор методических материалов и специалистов для обучения наставников",
                "декабрь – январь",
                f"Методист\n{CUR}",
                "4.3",
                ("r", 12, 1),
                ["methodologist", "program_curator"],
                "Методическая копилка",
            ),
            R(
                "Обучающий семинар «Школа наставника»",
                "январь 2020 г.",
                f"{CUR}\nПедагог-психолог\nПриглашённые специалисты",
                "4.4",
                ("m", 1, 2020),
                ["program_curator", "psychologist", "other"],
                "Семинар",
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            R(
                "Общая встреча наставников и наставляемых, анкетирование по её итогам",
                "январь",
                f"{CUR}\nСоветник директора по воспитанию",
                "5.1",
                ("m", 1),
                ["program_curator", "senior_counselor"],
                "Квест-игра, анкета",
            ),
            R(
                "Закрепление наставнических пар и групп приказом директора",
                "до 10.02.2020",
                "Директор",
                "5.4",
                ("dl", 10, 2, 2020),
                ["director"],
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            R(
                "Организационная встреча наставника и наставляемого, составление плана работы",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
                "Встреча",
            ),
            R(
                "Регулярные встречи пар по индивидуальным планам",
                "февраль – май",
                f"Наставники\n{CUR}",
                "6.4",
                ("r", 2, 5),
                ["mentors", "program_curator"],
                "Консультации, занятия",
            ),
            R(
                "Сбор обратной связи от наставников и наставляемых",
                "март, май",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
                "Анкетирование",
            ),
            R(
                "Итоговая встреча всех наставнических пар и групп",
                "май",
                f"{CUR}\nНаставники",
                "6.7",
                ("m", 5),
                ["program_curator", "mentors"],
                "Круглый стол",
            ),
            R(
                "Мониторинг удовлетворённости участием в программе",
                "май",
                f"Педагог-психолог\n{CUR}",
                "6.8",
                ("m", 5),
                ["psychologist", "program_curator"],
                "Анкетирование",
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Торжественное подведение итогов, награждение лучших наставников",
                "май",
                f"Директор\nЗам. директора по ВР\n{CUR}",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing", "program_curator"],
                "Школьный праздник",
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "июнь",
                CUR,
                "7.3",
                ("m", 6),
                ["program_curator"],
                "Аналитическая справка",
            ),
            R(
                "Размещение итогов и лучших практик на сайте школы",
                "июнь",
                f"Ответственный за сайт\n{CUR}",
                "7.6",
                ("m", 6),
                ["other", "program_curator"],
                "Публикация",
            ),
            R(
                "Отчёт о реализации дорожной карты в Управление образования г. Новочеркасска",
                "до 20 июня",
                "Зам. директора по УВР",
                None,
                ("dl", 20, 6),
                ["deputy_director_academic"],
                "Отчёт",
            ),
        ],
    ),
]


def build_a(folder: Path) -> int:
    spec = Flat(
        font="Liberation Sans",
        size=9,
        head=[
            ("УТВЕРЖДАЮ", True, "r"),
            ("Директор МБОУ «СОШ № 14» г. Новочеркасска ____________ О.Г. Литвинова", False, "r"),
            ("Приказ № 187 от 30.08.2019", False, "r"),
            ("План мероприятий (дорожная карта) по внедрению целевой модели наставничества", True, "c"),
            ("в МБОУ «СОШ № 14» г. Новочеркасска на 2019–2020 учебный год", True, "c"),
        ],
        headers=["№ п/п", "Мероприятие", "Форма проведения", "Срок", "Ответственные"],
        widths=[1.0, 8.2, 3.0, 2.4, 4.4],
        sections=A_SECTIONS,
        margin_cm=0.9,
        cells=_cells_form,
        number=_dotted,
    )
    pdf = _pdf(_flat_doc(spec))
    _check_pages(pdf, 1)
    _save_photo(pdf, folder, dpi=150, seed=3601)
    acts = _flat_truth(A_SECTIONS, A_YEAR)
    _finish_truth(folder, A_ORG, A_YEAR, acts)
    return len(acts)


# =========================================================================== B: photo, 9 pt, no stages
# МАОУ «Лицей № 3» г. Салавата, 2021/2022. One running list of 22 rows without stage rows (the stage
# of each row is that of the activity it means), 9 pt Liberation Serif, photographed.

B_ORG = "МАОУ «Лицей № 3» г. Салавата"
B_YEAR = 2021
B_ROWS: list[tuple[int, Row]] = [
    (
        1,
        R(
            "Приказ «Об организации наставничества в 2021-2022 учебном году»",
            "до 01.09.2021",
            "Директор лицея",
            None,
            ("dl", 1, 9, 2021),
            ["director"],
        ),
    ),
    (
        1,
        R(
            "Утверждение Положения о наставничестве в МАОУ «Лицей № 3»",
            "до 01.09.2021",
            "Директор лицея\nЗам. директора по УВР",
            None,
            ("dl", 1, 9, 2021),
            ["director", "deputy_director_academic"],
        ),
    ),
    (
        1,
        R(
            "Выступление куратора на августовском педсовете: цели и формы наставничества",
            "30.08.2021",
            "Куратор\nЗам. директора по УВР",
            "1.1",
            ("d", 30, 8, 2021),
            ["program_curator", "deputy_director_academic"],
        ),
    ),
    (
        1,
        R(
            "Информирование родителей через электронный журнал и сайт лицея",
            "сентябрь",
            "Классные руководители\nАдминистратор сайта",
            "1.2",
            ("m", 9),
            ["class_teacher", "other"],
        ),
    ),
    (
        2,
        R(
            "Анкетирование лицеистов: кто хочет получить наставника",
            "сентябрь",
            "Педагог-психолог",
            "2.1",
            ("m", 9),
            ["psychologist"],
        ),
    ),
    (
        2,
        R(
            "Согласия родителей (законных представителей) на обработку персональных данных, сведения "
            "от классных руководителей о запросах учащихся",
            "сентябрь – октябрь",
            "Классные руководители\nСоциальный педагог",
            "2.2",
            ("r", 9, 10),
            ["class_teacher", "social_pedagogue"],
        ),
    ),
    (
        3,
        R(
            "Входная диагностика наставляемых (учебная мотивация, успеваемость)",
            "октябрь",
            "Педагог-психолог\nЗам. директора по УВР",
            "3.2",
            ("m", 10),
            ["psychologist", "deputy_director_academic"],
        ),
    ),
    (
        2,
        R(
            "Формирование базы наставляемых",
            "до 15 октября",
            "Куратор",
            "2.3",
            ("dl", 15, 10),
            ["program_curator"],
        ),
    ),
    (
        3,
        R(
            "Опрос учителей и выпускников – студентов вузов, готовых стать наставниками",
            "октябрь",
            "Куратор\nРуководители МО",
            "3.3",
            ("m", 10),
            ["program_curator", "head_of_methodical_association"],
        ),
    ),
    (3, R("Формирование базы наставников", "ноябрь", "Куратор", "3.4", ("m", 11), ["program_curator"])),
    (
        4,
        R(
            "Диагностика профессиональных компетенций наставников",
            "ноябрь",
            "Педагог-психолог\nМетодист",
            "4.1",
            ("m", 11),
            ["psychologist", "methodologist"],
        ),
    ),
    (
        4,
        R(
            "Обучение наставников на курсах ИРО РБ и в «Школе молодого педагога»",
            "I полугодие",
            "Зам. директора по НМР\nМетодист",
            "4.4",
            ("r", 9, 12),
            ["deputy_director", "methodologist"],
        ),
    ),
    (
        5,
        R(
            "Установочная встреча наставников и наставляемых",
            "ноябрь",
            "Куратор\nКлассные руководители",
            "5.1",
            ("m", 11),
            ["program_curator", "class_teacher"],
        ),
    ),
    (
        5,
        R(
            "Приказ о закреплении наставнических пар",
            "декабрь",
            "Директор лицея",
            "5.4",
            ("m", 12),
            ["director"],
        ),
    ),
    (
        6,
        R(
            "Работа наставнических пар по индивидуальным планам",
            "декабрь – май",
            "Наставники",
            "6.4",
            ("r", 12, 5),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Сбор обратной связи от участников (опросы, беседы)",
            "в течение года",
            "Педагог-психолог\nКуратор",
            "6.5",
            ("c",),
            ["psychologist", "program_curator"],
        ),
    ),
    (
        6,
        R(
            "Анкетирование «Удовлетворённость программой наставничества»",
            "декабрь, апрель",
            "Педагог-психолог",
            "6.8",
            ("m", 12),
            ["psychologist"],
        ),
    ),
    (
        6,
        R(
            "Итоговая встреча наставника и наставляемого в каждой паре",
            "май",
            "Наставники",
            "6.6",
            ("m", 5),
            ["mentors"],
        ),
    ),
    (
        7,
        R(
            "Фестиваль наставнических практик, чествование лучших наставников",
            "май",
            "Директор лицея\nЗам. директора по ВР\nСоветник по воспитанию",
            "7.2",
            ("m", 5),
            ["director", "deputy_director_upbringing", "senior_counselor"],
        ),
    ),
    (
        7,
        R(
            "Описание успешных практик наставничества в виде кейсов",
            "май – июнь",
            "Наставники\nМетодист",
            "7.5",
            ("r", 5, 6),
            ["mentors", "methodologist"],
        ),
    ),
    (
        7,
        R(
            "Публикация итогов программы на сайте лицея и в группе ВКонтакте",
            "II полугодие",
            "Администратор сайта",
            "7.6",
            ("r", 1, 5),
            ["other"],
        ),
    ),
    (
        7,
        R(
            "Пополнение базы наставников, формирование долгосрочного резерва",
            "по мере необходимости",
            "Куратор",
            "7.8",
            ("u",),
            ["program_curator"],
        ),
    ),
]


def build_b(folder: Path) -> int:
    sections: list[Section] = [(stage, None, [row]) for stage, row in B_ROWS]
    spec = Flat(
        font="Liberation Serif",
        size=9,
        head=[
            ("Приложение 2 к приказу от 27.08.2021 № 311", False, "r"),
            ("", False, None),
            ("Дорожная карта реализации программы наставничества", True, "c"),
            ("МАОУ «Лицей № 3» г. Салавата на 2021-2022 учебный год", True, "c"),
            ("", False, None),
        ],
        headers=["№ п/п", "Содержание работы", "Срок", "Ответственный"],
        widths=[1.1, 10.0, 3.0, 3.9],
        sections=sections,
        cells=_cells4,
        number=_plain,
        tail=[("", False, None), ("Куратор программы наставничества ________ Р.Ф. Галимова", False, None)],
    )
    pdf = _pdf(_flat_doc(spec))
    _check_pages(pdf, 1)
    _save_photo(pdf, folder, dpi=170, seed=3602)
    acts = _flat_truth(sections, B_YEAR)
    _finish_truth(folder, B_ORG, B_YEAR, acts)
    return len(acts)


# =========================================================================== C: photo, coloured rows
# МБДОУ «Детский сад № 9 «Теремок»» г. Вологды, 2023/2024. Light-blue header row, pale yellow stage
# rows (Roman numerals), a «Результат» column; kindergarten roles (заведующий, старший воспитатель).

C_ORG = "МБДОУ «Детский сад № 9 «Теремок»» г. Вологды"
C_YEAR = 2023
SV = "Старший воспитатель"
C_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении целевой модели наставничества в ДОУ, назначение куратора",
                "до 08.09.2023",
                "Заведующий",
                None,
                ("dl", 8, 9, 2023),
                ["director"],
                "Приказ",
            ),
            R(
                "Создание рабочей группы по внедрению целевой модели",
                "сентябрь",
                "Заведующий",
                None,
                ("m", 9),
                ["director"],
                "Приказ, состав группы",
            ),
            R(
                "Информирование педагогов о программе наставничества на установочном педсовете",
                "сентябрь",
                f"Заведующий\n{SV}",
                "1.1",
                ("m", 9),
                ["director", "other"],
                "Протокол педсовета",
            ),
            R(
                "Информирование родителей: стенд «Наставничество в детском саду», групповые чаты",
                "сентябрь – октябрь",
                f"Воспитатели групп\n{SV}",
                "1.2",
                ("r", 9, 10),
                ["teachers", "other"],
                "Информационный стенд",
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование молодых и вновь принятых педагогов, сбор согласий на обработку "
                "персональных данных",
                "сентябрь",
                f"{SV}\nПедагог-психолог",
                "2.1",
                ("m", 9),
                ["other", "psychologist"],
                "Анкеты, согласия",
            ),
            R(
                "Формирование базы наставляемых",
                "до 29 сентября",
                "Куратор",
                "2.3",
                ("dl", 29, 9),
                ["program_curator"],
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Выбор формы наставничества «педагог – педагог» на учебный год",
                "сентябрь",
                f"Куратор\n{SV}",
                "3.1",
                ("m", 9),
                ["program_curator", "other"],
                "Решение рабочей группы",
            ),
            R(
                "Анкетирование опытных педагогов, желающих стать наставниками",
                "сентябрь",
                "Куратор",
                "3.3",
                ("m", 9),
                ["program_curator"],
                "Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "Куратор",
                "3.4",
                ("m", 10),
                ["program_curator"],
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Собеседование с педагогами-наставниками",
                "октябрь",
                "Заведующий\nПедагог-психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
                "Список наставников",
            ),
            R(
                "Обучение наставников: вебинары, консультации",
                "октябрь – ноябрь",
                f"{SV}\nКуратор",
                "4.4",
                ("r", 10, 11),
                ["other", "program_curator"],
                "Сертификаты",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            R(
                "Закрепление наставнических пар приказом заведующего",
                "до 1 ноября",
                "Заведующий",
                "5.4",
                ("dl", 1, 11),
                ["director"],
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар",
        [
            R(
                "Первая (знакомственная) встреча наставника и наставляемого",
                "ноябрь",
                "Наставники",
                "6.1",
                ("m", 11),
                ["mentors"],
                "",
            ),
            R(
                "Взаимопосещение занятий, совместная подготовка к открытым мероприятиям",
                "ноябрь – апрель",
                "Наставники\nНаставляемые",
                "6.4",
                ("r", 11, 4),
                ["mentors", "other"],
                "Планы работы пар",
            ),
            R(
                "Промежуточная обратная связь: опрос наставляемых",
                "январь 2024 г.",
                "Педагог-психолог",
                "6.5",
                ("m", 1, 2024),
                ["psychologist"],
                "Результаты опроса",
            ),
            R(
                "Анкетирование удовлетворённости участников программой",
                "апрель",
                f"Педагог-психолог\n{SV}",
                "6.8",
                ("m", 4),
                ["psychologist", "other"],
                "Аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            R(
                "Итоговый педсовет: представление результатов работы пар, награждение наставников",
                "май",
                f"Заведующий\n{SV}\nКуратор",
                "7.2",
                ("m", 5),
                ["director", "other", "program_curator"],
                "Грамоты",
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Куратор",
                "7.3",
                ("m", 5),
                ["program_curator"],
                "Отчёт",
            ),
            R(
                "Размещение материалов по итогам наставничества на сайте детского сада",
                "июнь",
                SV,
                "7.6",
                ("m", 6),
                ["other"],
                "Публикация",
            ),
            R(
                "Внесение изменений в Положение о наставничестве (при необходимости)",
                "август",
                "Заведующий",
                None,
                ("m", 8),
                ["director"],
                "Положение",
            ),
        ],
    ),
]


def build_c(folder: Path) -> int:
    spec = Flat(
        font="Liberation Sans",
        size=10,
        head=[
            ("УТВЕРЖДЕНО", False, "r"),
            ("приказом заведующего", False, "r"),
            ("от 01.09.2023 № 64-од", False, "r"),
            ("", False, None),
            ("Дорожная карта", True, "c"),
            ("внедрения целевой модели наставничества", True, "c"),
            ("в МБДОУ «Детский сад № 9 «Теремок»» г. Вологды", True, "c"),
            ("на 2023/2024 учебный год", True, "c"),
            ("", False, None),
        ],
        headers=["№", "Мероприятие", "Сроки", "Ответственные", "Результат"],
        widths=[0.9, 7.4, 2.9, 3.6, 3.2],
        sections=C_SECTIONS,
        cells=_cells5,
        number=_plain,
        margin_cm=1.2,
        stage_style="shade",
        stage_fill="FFF2B3",
        header_fill="C5DCF0",
    )
    pdf = _pdf(_flat_doc(spec))
    _check_pages(pdf, 1)
    _save_photo(pdf, folder, dpi=160, seed=3603)
    acts = _flat_truth(C_SECTIONS, C_YEAR)
    _finish_truth(folder, C_ORG, C_YEAR, acts)
    return len(acts)


# =========================================================================== D: grey scan, 150 dpi
# МКОУ «Малиновская ООШ», 2020/2021. Italic (not bold) stage rows «Этап N. …», an empty
# «Отметка о выполнении» column, responsible roles on separate lines without commas.

D_ORG = "МКОУ «Малиновская ООШ»"
D_YEAR = 2020
D_CUR = "Куратор программы"
D_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ «О внедрении целевой модели наставничества»",
                "сентябрь 2020 г.",
                "Директор",
                None,
                ("m", 9, 2020),
                ["director"],
            ),
            R(
                "Назначение куратора внедрения целевой модели наставничества",
                "сентябрь 2020 г.",
                "Директор",
                None,
                ("m", 9, 2020),
                ["director"],
            ),
            R(
                "Педагогический совет «Наставничество в школе: цели, формы, участники»",
                "сентябрь",
                "Директор\nЗам. директора по УВР",
                "1.1",
                ("m", 9),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Родительское собрание с информацией о программе наставничества",
                "октябрь",
                "Классные руководители",
                "1.2",
                ("m", 10),
                ["class_teacher"],
            ),
            R(
                "Встреча с представителями СПК «Малиновский» и выпускниками школы",
                "ноябрь",
                "Зам. директора по ВР\nСтарший вожатый",
                "1.3",
                ("m", 11),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся 5–9 классов и педагогов, желающих участвовать в программе",
                "октябрь",
                "Педагог-психолог\nКлассные руководители",
                "2.1",
                ("m", 10),
                ["psychologist", "class_teacher"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 1 ноября",
                D_CUR,
                "2.3",
                ("dl", 1, 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников из числа учителей, учащихся 8–9 классов, родителей",
                "ноябрь",
                D_CUR,
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            R("Формирование базы наставников", "ноябрь", D_CUR, "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Обучение наставников (методические материалы, дистанционные курсы)",
                "IV квартал",
                f"{D_CUR}\nРуководитель ШМО\nКузнецова Л.П.",
                "4.4",
                ("r", 10, 12),
                ["program_curator", "head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар / групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                D_CUR,
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Приказ о закреплении наставнических пар / групп",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар / групп",
        [
            R(
                "Встречи наставников и наставляемых по графику",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R(
                "Заключительные встречи в парах / группах",
                "май",
                f"Наставники\n{D_CUR}",
                "6.6",
                ("m", 5),
                ["mentors", "program_curator"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Школьный праздник «Спасибо наставнику!»",
                "май",
                "Зам. директора по ВР\nСтарший вожатый\nКлассные руководители",
                "7.2",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor", "class_teacher"],
            ),
            R(
                "Анализ эффективности реализации программы, отчёт на итоговом педсовете",
                "июнь 2021 г.",
                f"{D_CUR}\nЗам. директора по УВР",
                "7.3",
                ("m", 6, 2021),
                ["program_curator", "deputy_director_academic"],
            ),
            R(
                "Внесение сведений об итогах программы в базы наставников и наставляемых",
                "июнь",
                D_CUR,
                "7.7",
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]


def build_d(folder: Path) -> int:
    spec = Flat(
        font="Liberation Serif",
        size=11,
        head=[
            ("Согласовано на педагогическом совете", False, None),
            ("протокол № 1 от 28.08.2020", False, None),
            ("Утверждаю. Директор школы ________ В.А. Ершова", False, "r"),
            ("", False, None),
            ("Дорожная карта внедрения целевой модели наставничества", True, "c"),
            ("в МКОУ «Малиновская ООШ» на 2020/2021 учебный год", True, "c"),
            ("", False, None),
        ],
        headers=["№", "Мероприятие", "Срок исполнения", "Исполнители", "Отметка о выполнении"],
        widths=[0.9, 7.8, 2.7, 4.4, 2.5],
        sections=D_SECTIONS,
        cells=_cells_blank_mark,
        number=_dot,
        margin_cm=1.2,
        stage_style="italic",
    )
    pdf = _pdf(_flat_doc(spec))
    _check_pages(pdf, 1)
    page = _scans(pdf, 1, 150, seed=3604)[0]
    page.save(folder / "roadmap.png", dpi=(150, 150))
    acts = _flat_truth(D_SECTIONS, D_YEAR)
    _finish_truth(folder, D_ORG, D_YEAR, acts)
    return len(acts)


# =========================================================================== stage-grouped tables
# A row per group: numbered sub-items «1) …» in one cell, their dates one per line (padded to stay
# level with wrapped items), one responsible cell for the group.

Group = tuple[str, list[Row], str, list[str]]  # (direction or "", sub-items, responsible, roles)
GStage = tuple[int, str, list[Group]]  # (stage id, printed stage cell, groups)


def _group_truth(stages: list[GStage], y: int) -> list[TruthActivity]:
    acts: list[TruthActivity] = []
    for stage_id, _, groups in stages:
        for _, items, _, roles in groups:
            for it in items:
                it["roles"] = list(roles)
                acts.append(_truth(it, stage_id, y))
    return acts


# =========================================================================== E: grey scan, 170 dpi, 2022
# МАОУ «Гимназия № 11» г. Бердска, 2024/2025: the system of mentoring of pedagogical workers.
# «№ | Наименование этапа | Содержание мероприятия | Сроки | Ответственные», one row per stage.

E_ORG = "МАОУ «Гимназия № 11» г. Бердска"
E_YEAR = 2024
E_STAGES: list[GStage] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        [
            (
                "",
                [
                    R(
                        "Издание приказа о внедрении системы наставничества педагогических работников",
                        "до 30.08.2024",
                        None,
                        None,
                        ("dl", 30, 8, 2024),
                        None,
                    ),
                    R(
                        "Утверждение Положения о системе наставничества и дорожной карты",
                        "до 30.08.2024",
                        None,
                        None,
                        ("dl", 30, 8, 2024),
                        None,
                    ),
                    R(
                        "Назначение куратора системы наставничества",
                        "Ежегодно, до 1 сентября",
                        None,
                        None,
                        ("dl", 1, 9),
                        None,
                    ),
                    R(
                        "Информирование коллектива о системе наставничества на педагогическом совете",
                        "сентябрь",
                        None,
                        None,
                        ("m", 9),
                        None,
                    ),
                ],
                "Директор\nЗаместитель директора по УВР",
                ["director", "deputy_director_academic"],
            )
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        [
            (
                "",
                [
                    R(
                        "Сбор сведений о профессиональных запросах и затруднениях педагогов",
                        "Ежегодно, до 15 сентября",
                        None,
                        None,
                        ("dl", 15, 9),
                        None,
                    ),
                    R(
                        "Формирование банка наставляемых (молодые специалисты, вновь принятые педагоги, "
                        "педагоги, испытывающие затруднения)",
                        "Ежегодно, до 1 октября",
                        None,
                        None,
                        ("dl", 1, 10),
                        None,
                    ),
                ],
                "Куратор\nРуководители МО",
                ["program_curator", "head_of_methodical_association"],
            )
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        [
            (
                "",
                [
                    R(
                        "Выявление педагогов, готовых осуществлять наставничество; анкетирование",
                        "сентябрь",
                        None,
                        None,
                        ("m", 9),
                        None,
                    ),
                    R("Формирование банка наставников", "до 1 октября", None, None, ("dl", 1, 10), None),
                ],
                "Куратор\nЗам. директора по УВР\nРуководители МО",
                ["program_curator", "deputy_director_academic", "head_of_methodical_association"],
            )
        ],
    ),
    (
        4,
        "Отбор и обучение",
        [
            (
                "",
                [
                    R(
                        "Подбор наставников для каждого наставляемого с учётом его запросов",
                        "октябрь",
                        None,
                        None,
                        ("m", 10),
                        None,
                    ),
                    R(
                        "Обучение наставников: семинар «Наставник: роль, функции, инструменты»",
                        "I полугодие",
                        None,
                        None,
                        ("r", 9, 12),
                        None,
                    ),
                    R(
                        "Консультации и обмен опытом между наставниками",
                        "в течение года",
                        None,
                        None,
                        ("c",),
                        None,
                    ),
                ],
                "Методист\nПедагог-психолог",
                ["methodologist", "psychologist"],
            )
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        [
            (
                "",
                [
                    R(
                        "Приказ о закреплении наставнических пар/групп с письменного согласия участников",
                        "Ежегодно, до 1 октября",
                        None,
                        None,
                        ("dl", 1, 10),
                        None,
                    ),
                    R(
                        "Разработка персонализированных программ наставничества",
                        "до 15.10.2024",
                        None,
                        None,
                        ("dl", 15, 10, 2024),
                        None,
                    ),
                    R(
                        "Реализация персонализированных программ наставничества",
                        "октябрь – май",
                        None,
                        None,
                        ("r", 10, 5),
                        None,
                    ),
                    R(
                        "Психолого-педагогическое сопровождение наставляемых, не сформировавших пару, "
                        "поиск наставника",
                        "по мере необходимости",
                        None,
                        None,
                        ("u",),
                        None,
                    ),
                ],
                "Директор\nКуратор\nНаставники",
                ["director", "program_curator", "mentors"],
            )
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        [
            (
                "",
                [
                    R(
                        "Мониторинг качества реализации персонализированных программ (анкетирование "
                        "наставников и наставляемых)",
                        "Ежегодно, до 1 июня",
                        None,
                        None,
                        ("dl", 1, 6),
                        None,
                    ),
                    R(
                        "Методический семинар «Лучшие практики наставничества»",
                        "II полугодие",
                        None,
                        None,
                        ("r", 1, 5),
                        None,
                    ),
                    R("Поощрение наставников по итогам года", "май", None, None, ("m", 5), None),
                ],
                "Зам. директора по УВР\nПедагог-психолог\nКуратор",
                ["deputy_director_academic", "psychologist", "program_curator"],
            )
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        [
            (
                "",
                [
                    R(
                        "Ведение раздела «Наставничество» на официальном сайте гимназии",
                        "постоянно",
                        None,
                        None,
                        ("c",),
                        None,
                    ),
                    R(
                        "Публикация материалов о работе наставнических пар в сообществе гимназии ВКонтакте",
                        "ежегодно",
                        None,
                        None,
                        ("a",),
                        None,
                    ),
                ],
                "Ответственный за сайт\nКуратор",
                ["other", "program_curator"],
            )
        ],
    ),
]


def build_e(folder: Path) -> int:
    font, size = "Liberation Serif", 10.0
    doc = _doc(font, size, margin_cm=1.5)
    e_head: list[HeadPara] = [
        ("УТВЕРЖДЕНО", False, "r"),
        ("приказом МАОУ «Гимназия № 11»", False, "r"),
        ("от 29.08.2024 № 201-о", False, "r"),
        ("", False, None),
        ("Дорожная карта (план мероприятий)", True, "c"),
        ("по реализации Положения о системе наставничества педагогических работников", True, "c"),
        ("в МАОУ «Гимназия № 11» г. Бердска на 2024–2025 учебный год", True, "c"),
        ("", False, None),
    ]
    for text, bold, align in e_head:
        _para(doc, text, bold=bold, align=align)
    widths = [0.9, 3.7, 7.2, 3.0, 3.2]
    table = _grid(doc, 5)
    hdr = table.add_row()
    for i, h in enumerate(
        ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]
    ):
        _set_cell(hdr.cells[i], h, bold=True)
        _center(hdr.cells[i])
    for stage_id, title, groups in E_STAGES:
        for _, items, resp, _ in groups:
            row = table.add_row()
            lines = [f"{k}) {it['text']}" for k, it in enumerate(items, start=1)]
            _set_cell(row.cells[0], f"{stage_id}.")
            _set_cell(row.cells[1], title)
            dates = [_txt(it["date"]) for it in items]
            content, column = _aligned(lines, dates, font, size, widths[2], widths[3])
            _set_cell(row.cells[2], content)
            _set_cell(row.cells[3], column)
            _set_cell(row.cells[4], resp)
    _widths(table, widths)
    _para(doc, "")
    _para(doc, "Куратор системы наставничества ____________ / И.С. Воробьёва /")
    pdf = _pdf(doc)
    _check_pages(pdf, 1)
    page = _scans(pdf, 1, 170, seed=3605)[0]
    page.save(folder / "roadmap.tiff", format="TIFF", compression="tiff_jpeg", quality=80, dpi=(170, 170))
    acts = _group_truth(E_STAGES, E_YEAR)
    _finish_truth(folder, E_ORG, E_YEAR, acts, model="teachers_2022")
    return len(acts)


# =========================================================================== F: landscape scan, 6 columns
# МАОУ СОШ № 21 г. Томска, 2022/2023. «№ | Этап | Мероприятие | Сроки | Ответственные | Результат»,
# the stage cell merged down over its rows (no stage rows across the table).

F_ORG = "МАОУ СОШ № 21 г. Томска"
F_YEAR = 2022
F_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о реализации целевой модели наставничества в 2022/2023 уч. году",
                "до 05.09.2022",
                "Директор",
                None,
                ("dl", 5, 9, 2022),
                ["director"],
                "Приказ",
            ),
            R(
                "Создание рабочей группы по внедрению целевой модели",
                "сентябрь",
                "Директор",
                None,
                ("m", 9),
                ["director"],
                "Приказ",
            ),
            R(
                "Информирование педагогов на совещании при директоре",
                "сентябрь",
                "Зам. директора по УВР, куратор",
                "1.1",
                ("m", 9),
                ["deputy_director_academic", "program_curator"],
                "Протокол",
            ),
            R(
                "Информирование родителей и обучающихся (собрания, классные часы)",
                "сентябрь – октябрь",
                "Классные руководители\nСоветник директора по воспитанию",
                "1.2",
                ("r", 9, 10),
                ["class_teacher", "senior_counselor"],
                "Протоколы собраний",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, сбор согласий на обработку ПДн",
                "октябрь",
                "Педагог-психолог\nКлассные руководители",
                "2.1",
                ("m", 10),
                ["psychologist", "class_teacher"],
                "Анкеты, согласия",
            ),
            R(
                "Формирование базы наставляемых",
                "до 31.10.2022",
                "Куратор",
                "2.3",
                ("dl", 31, 10, 2022),
                ["program_curator"],
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников",
                "октябрь",
                "Куратор, руководители ШМО",
                "3.3",
                ("m", 10),
                ["program_curator", "head_of_methodical_association"],
                "Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "Куратор",
                "3.4",
                ("m", 11),
                ["program_curator"],
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Обучение наставников на базе ТОИПКРО и в школе",
                "ноябрь – декабрь",
                "Зам. директора по НМР\nМетодист",
                "4.4",
                ("r", 11, 12),
                ["deputy_director", "methodologist"],
                "Сертификаты",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "Групповая встреча наставников и наставляемых, анкетирование по её итогам",
                "декабрь",
                "Куратор, педагог-психолог",
                "5.1",
                ("m", 12),
                ["program_curator", "psychologist"],
                "Анкеты",
            ),
            R(
                "Приказ о закреплении пар и групп",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар / групп",
        [
            R(
                "Встреча-планирование работы в парах",
                "январь",
                "Наставники",
                "6.3",
                ("m", 1),
                ["mentors"],
                "Индивидуальные планы",
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "январь – май 2023",
                "Наставники",
                "6.4",
                ("r", 1, 5, 2023, 2023),
                ["mentors"],
                "Журнал встреч",
            ),
            R(
                "Анкетирование удовлетворённости участием в программе",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
                "Аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Торжественное подведение итогов, награждение лучших наставников",
                "май",
                "Директор\nЗам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
                "Грамоты",
            ),
            R(
                "Оформление кейсов и публикация лучших практик на сайте школы",
                "июнь",
                "Куратор, методист",
                "7.5",
                ("m", 6),
                ["program_curator", "methodologist"],
                "Кейсы, публикации",
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "ежегодно",
                "Куратор",
                "7.8",
                ("a",),
                ["program_curator"],
                "База наставников",
            ),
        ],
    ),
]


def build_f(folder: Path) -> int:
    doc = _doc("DejaVu Sans", 10, landscape=True, margin_cm=1.3)
    f_head: list[HeadPara] = [
        ("УТВЕРЖДАЮ: директор МАОУ СОШ № 21 г. Томска ________ С.Н. Белоусов, 31.08.2022", False, "r"),
        ("Дорожная карта по внедрению целевой модели наставничества", True, "c"),
        ("в МАОУ СОШ № 21 г. Томска на 2022-2023 учебный год", True, "c"),
        ("", False, None),
    ]
    for text, bold, align in f_head:
        _para(doc, text, bold=bold, align=align)
    widths = [1.1, 4.5, 9.0, 3.1, 5.0, 4.0]
    table = _grid(doc, 6)
    hdr = table.add_row()
    for i, h in enumerate(["№", "Этап", "Мероприятие", "Сроки", "Ответственные", "Результат"]):
        _set_cell(hdr.cells[i], h, bold=True)
        _center(hdr.cells[i])
    n = 0
    for _, title, rows in F_SECTIONS:
        first = len(table.rows)
        for r in rows:
            n += 1
            row = table.add_row()
            for i, val in enumerate([f"{n}.", "", r["text"], _txt(r["date"]), _txt(r["resp"]), r["note"]]):
                if i != 1:
                    _set_cell(row.cells[i], val)
        top = table.cell(first, 1)
        if len(table.rows) - 1 > first:
            top = top.merge(table.cell(len(table.rows) - 1, 1))
        _set_cell(top, _txt(title), bold=True)
    _widths(table, widths)
    pdf = _pdf(doc)
    _check_pages(pdf, 1)
    page = _scans(pdf, 1, 200, seed=3606)[0]
    page.save(folder / "roadmap.png", dpi=(200, 200))
    acts = _flat_truth(F_SECTIONS, F_YEAR)
    _finish_truth(folder, F_ORG, F_YEAR, acts)
    return len(acts)


# =========================================================================== G: 2-page image-only PDF
# ГБПОУ «Заречный колледж сервиса и технологий», 2025/2026. Grey-shaded bold stage rows, a
# «Ожидаемый результат» column, college roles; one row runs over the page break.

G_ORG = "ГБПОУ «Заречный колледж сервиса и технологий»"
G_YEAR = 2025
KUR = "Куратор программы наставничества"
KG = "Кураторы учебных групп"
ZUR = "Заместитель директора по УР"
ZUVR = "Заместитель директора по УВР"
G_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ об организации наставничества в колледже в 2025/2026 учебном году",
                "до 01.09.2025",
                "Директор",
                None,
                ("dl", 1, 9, 2025),
                ["director"],
                "Приказ",
            ),
            R(
                "Актуализация Положения о наставничестве с учётом формы «работодатель – студент»",
                "сентябрь",
                f"{ZUR}\nМетодист",
                None,
                ("m", 9),
                ["deputy_director_academic", "methodologist"],
                "Положение",
            ),
            R(
                "Информирование преподавателей о программе наставничества на заседании педагогического совета",
                "сентябрь",
                ZUR,
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
                "Протокол",
            ),
            R(
                "Информирование родителей студентов I–II курсов на родительских собраниях",
                "сентябрь",
                f"{KG}\n{ZUVR}",
                "1.2",
                ("m", 9),
                ["class_teacher", "deputy_director_academic"],
                "Протоколы собраний",
            ),
            R(
                "Кураторские часы для студентов о возможностях программы наставничества",
                "сентябрь – октябрь",
                KG,
                "1.4",
                ("r", 9, 10),
                ["class_teacher"],
                "",
            ),
            R(
                "Встреча с представителями предприятий-работодателей и выпускниками колледжа",
                "октябрь",
                f"Руководитель ЦСТВ\n{KUR}",
                "1.3",
                ("m", 10),
                ["other", "program_curator"],
                "План совместных мероприятий",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование студентов и молодых преподавателей, желающих участвовать в программе, "
                "сбор согласий на обработку персональных данных",
                "октябрь",
                f"Педагог-психолог\n{KG}",
                "2.1",
                ("m", 10),
                ["psychologist", "class_teacher"],
                "Анкеты, согласия",
            ),
            R(
                "Сбор информации о запросах наставляемых от кураторов групп, психолога, родителей; "
                "согласия законных представителей несовершеннолетних студентов",
                "октябрь",
                f"Социальный педагог\nПедагог-психолог\n{KG}",
                "2.2",
                ("m", 10),
                ["social_pedagogue", "psychologist", "class_teacher"],
                "Характеристики, согласия",
            ),
            R(
                "Анализ данных и формирование базы наставляемых",
                "до 10 ноября",
                KUR,
                "2.3",
                ("dl", 10, 11),
                ["program_curator"],
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                "«преподаватель – преподаватель»",
                "октябрь",
                f"{KUR}\nПредседатели ЦМК",
                "3.1",
                ("m", 10),
                ["program_curator", "head_of_methodical_association"],
                "Решение рабочей группы",
            ),
            R(
                "Входная диагностика наставляемых по параметрам программы",
                "ноябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 11),
                ["psychologist"],
                "Результаты диагностики",
            ),
            R(
                "Анкетирование потенциальных наставников из числа преподавателей, студентов старших "
                "курсов и представителей работодателей",
                "ноябрь",
                f"{KUR}\nРуководитель ЦСТВ",
                "3.3",
                ("m", 11),
                ["program_curator", "other"],
                "Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "до 30.11.2025",
                KUR,
                "3.4",
                ("dl", 30, 11, 2025),
                ["program_curator"],
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "декабрь",
                "Педагог-психолог\nМетодист",
                "4.1",
                ("m", 12),
                ["psychologist", "methodologist"],
                "Результаты диагностики",
            ),
            R(
                "Собеседования с кандидатами в наставники",
                "декабрь",
                f"{ZUR}\nПедагог-психолог",
                "4.2",
                ("m", 12),
                ["deputy_director_academic", "psychologist"],
                "Список наставников",
            ),
            R(
                "Обучение наставников (семинары-практикумы, курсы повышения квалификации)",
                "IV квартал 2025 – I квартал 2026",
                "Методист\nПредседатели ЦМК",
                "4.4",
                ("r", 10, 3, 2025, 2026),
                ["methodologist", "head_of_methodical_association"],
                "Удостоверения",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар / групп",
        [
            R(
                "Организационная встреча наставников и наставляемых в формате «Ярмарки наставников»",
                "январь",
                f"{KUR}\n{ZUVR}",
                "5.1",
                ("m", 1),
                ["program_curator", "deputy_director_academic"],
                "",
            ),
            R(
                "Анкетирование участников после встречи, анализ анкет и формирование пар / групп",
                "январь",
                f"Педагог-психолог\n{KUR}",
                "5.2",
                ("m", 1),
                ["psychologist", "program_curator"],
                "Список пар",
            ),
            R(
                "Закрепление наставнических пар / групп приказом директора",
                "до 30.01.2026",
                "Директор",
                "5.4",
                ("dl", 30, 1, 2026),
                ["director"],
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар / групп",
        [
            R(
                "Первая и пробная рабочая встречи наставника и наставляемого",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
                "",
            ),
            R(
                "Регулярные встречи наставников и наставляемых по индивидуальным планам",
                "февраль – июнь",
                f"Наставники\n{KG}",
                "6.4",
                ("r", 2, 6),
                ["mentors", "class_teacher"],
                "Отчёты наставников",
            ),
            R(
                "Сбор обратной связи от участников программы",
                "март, май",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
                "Анкеты",
            ),
            R(
                "Заключительная групповая встреча всех наставнических пар и групп",
                "июнь",
                KUR,
                "6.7",
                ("m", 6),
                ["program_curator"],
                "",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Торжественное мероприятие «Наставник – профессия будущего» с приглашением "
                "работодателей и родителей, награждение лучших наставников",
                "июнь",
                f"Директор\n{ZUVR}\n{KUR}",
                "7.2",
                ("m", 6),
                ["director", "deputy_director_academic", "program_curator"],
                "Сценарий, грамоты",
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "июнь",
                "Педагог-психолог\nМетодист",
                "7.3",
                ("m", 6),
                ["psychologist", "methodologist"],
                "Аналитическая справка",
            ),
            R(
                "Публикация итогов и кейсов на сайте колледжа и сайтах предприятий-партнёров",
                "июнь – август",
                "Методист\nОтветственный за сайт",
                "7.6",
                ("r", 6, 8),
                ["methodologist", "other"],
                "Публикации",
            ),
            R(
                "Подготовка благодарственных писем предприятиям-партнёрам",
                "август",
                "Директор",
                None,
                ("m", 8),
                ["director"],
                "Благодарственные письма",
            ),
        ],
    ),
]
G_SPACER = 2  # empty lines under the title; tuned so that a row straddles the page break


def build_g(folder: Path) -> int:
    spec = Flat(
        font="Liberation Serif",
        size=12,
        head=[
            ("Приложение № 1", False, "r"),
            ("к приказу ГБПОУ «Заречный колледж сервиса и технологий»", False, "r"),
            ("от 29.08.2025 № 412/1-о", False, "r"),
            ("", False, None),
            ("ДОРОЖНАЯ КАРТА", True, "c"),
            ("реализации целевой модели наставничества", True, "c"),
            ("в ГБПОУ «Заречный колледж сервиса и технологий»", True, "c"),
            ("на 2025/2026 учебный год", True, "c"),
            *[("", False, None) for _ in range(G_SPACER)],
        ],
        headers=[
            "№ п/п",
            "Наименование мероприятия",
            "Сроки проведения",
            "Ответственные исполнители",
            "Ожидаемый результат",
        ],
        widths=[1.2, 7.2, 2.8, 4.4, 3.0],
        sections=G_SECTIONS,
        cells=_cells5,
        number=_dot,
        stage_style="shade",
        stage_fill="D9D9D9",
        repeat_header=True,
        margin_cm=1.5,
    )
    pdf = _pdf(_flat_doc(spec))
    pages = _check_pages(pdf, 2)
    split = _split_texts(pages, [r["text"] for _, _, rows in G_SECTIONS for r in rows])
    assert split, "no row of G runs over the page break"
    _save_scan_pdf(_scans(pdf, 2, 200, seed=3607), folder, 200)
    acts = _flat_truth(G_SECTIONS, G_YEAR)
    _finish_truth(folder, G_ORG, G_YEAR, acts)
    return len(acts)


# =========================================================================== H: 2-page image-only PDF
# МБОУ «СОШ № 5» г. Канаша, 2026/2027. Stage cell merged down over its direction rows, numbered
# sub-items with line-aligned dates, a shared responsible cell per direction; a group row runs over
# the page break.

H_ORG = "МБОУ «СОШ № 5» г. Канаша"
H_YEAR = 2026
HK = "Куратор программы"


def _h(text: str, date: str, aid: str | None, spec: DateSpec) -> Row:
    return R(text, date, None, aid, spec, None)


H_STAGES: list[GStage] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества\n"
        "Цель: нормативные, кадровые и информационные условия для старта программы",
        [
            (
                "Нормативная база",
                [
                    _h(
                        "Приказ о внедрении целевой модели наставничества в 2026/2027 учебном году",
                        "до 01.09.2026",
                        None,
                        ("dl", 1, 9, 2026),
                    ),
                    _h(
                        "Назначение куратора, утверждение дорожной карты",
                        "до 01.09.2026",
                        None,
                        ("dl", 1, 9, 2026),
                    ),
                ],
                "Директор",
                ["director"],
            ),
            (
                "Информирование",
                [
                    _h(
                        "Педагогический совет: цели и задачи программы наставничества",
                        "сентябрь",
                        "1.1",
                        ("m", 9),
                    ),
                    _h("Общешкольное родительское собрание о программе", "сентябрь", "1.2", ("m", 9)),
                    _h("Классные часы «Наставник рядом» для обучающихся", "сентябрь", "1.4", ("m", 9)),
                    _h(
                        "Встреча с выпускниками школы и представителями АО «Канашский вагоноремонтный завод»",
                        "октябрь",
                        "1.3",
                        ("m", 10),
                    ),
                ],
                "Зам. директора по ВР\nСоветник директора по воспитанию\nКлассные руководители",
                ["deputy_director_upbringing", "senior_counselor", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            (
                "Выявление наставляемых",
                [
                    _h(
                        "Анкетирование обучающихся и педагогов – потенциальных наставляемых, согласия "
                        "совершеннолетних участников",
                        "сентябрь",
                        "2.1",
                        ("m", 9),
                    ),
                    _h(
                        "Сбор информации о запросах наставляемых от классных руководителей, психолога, "
                        "родителей; согласия законных представителей",
                        "сентябрь – октябрь",
                        "2.2",
                        ("r", 9, 10),
                    ),
                    _h("Формирование базы наставляемых", "до 15 октября", "2.3", ("dl", 15, 10)),
                ],
                f"Педагог-психолог\nСоциальный педагог\n{HK}",
                ["psychologist", "social_pedagogue", "program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            (
                "Выбор форм и наставников",
                [
                    _h("Выбор форм наставничества на учебный год", "сентябрь", "3.1", ("m", 9)),
                    _h("Входная оценка наставляемых по параметрам мониторинга", "октябрь", "3.2", ("m", 10)),
                    _h("Анкетирование потенциальных наставников, сбор согласий", "октябрь", "3.3", ("m", 10)),
                    _h("Формирование базы наставников", "ноябрь", "3.4", ("m", 11)),
                ],
                f"{HK}\nРуководители ШМО",
                ["program_curator", "head_of_methodical_association"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            (
                "Отбор",
                [
                    _h("Оценка наставников по параметрам мониторинга", "ноябрь", "4.1", ("m", 11)),
                    _h("Собеседование с наставниками", "ноябрь", "4.2", ("m", 11)),
                ],
                "Зам. директора по УВР\nПедагог-психолог",
                ["deputy_director_academic", "psychologist"],
            ),
            (
                "Обучение",
                [
                    _h("Подбор материалов и экспертов для обучения наставников", "ноябрь", "4.3", ("m", 11)),
                    _h("Обучение наставников", "декабрь – январь", "4.4", ("r", 12, 1)),
                ],
                f"Методист\n{HK}",
                ["methodologist", "program_curator"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар или групп",
        [
            (
                "Подбор пар",
                [
                    _h("Групповая встреча наставников и наставляемых", "январь", "5.1", ("m", 1)),
                    _h("Анкетирование по итогам встречи", "январь", "5.2", ("m", 1)),
                    _h(
                        "Приказ о закреплении наставнических пар и групп", "до 1 февраля", "5.4", ("dl", 1, 2)
                    ),
                ],
                f"{HK}\nДиректор",
                ["program_curator", "director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар или групп",
        [
            (
                "Работа пар и групп",
                [
                    _h("Организационная и пробная встречи в парах", "февраль", "6.1", ("m", 2)),
                    _h("Регулярные встречи по плану работы пар", "февраль – май", "6.4", ("r", 2, 5)),
                    _h("Сбор обратной связи от участников", "в течение года", "6.5", ("c",)),
                    _h("Анкетирование удовлетворённости участием в программе", "май", "6.8", ("m", 5)),
                ],
                f"Наставники\n{HK}\nПедагог-психолог",
                ["mentors", "program_curator", "psychologist"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            (
                "Подведение итогов",
                [
                    _h(
                        "Праздник «Созвездие наставников», награждение лучших наставников",
                        "май",
                        "7.2",
                        ("m", 5),
                    ),
                    _h(
                        "Мониторинг качества реализации программы и её влияния на участников",
                        "май – июнь",
                        "7.3",
                        ("r", 5, 6),
                    ),
                    _h("Публикация итогов и лучших кейсов на сайте школы", "июнь", "7.6", ("m", 6)),
                    _h("Благодарственные письма родителям-наставникам и партнёрам", "июнь", None, ("m", 6)),
                ],
                f"Директор\nЗам. директора по ВР\n{HK}",
                ["director", "deputy_director_upbringing", "program_curator"],
            ),
        ],
    ),
]
H_SPACER = 3  # extra empty lines above the table; tuned so that a group row straddles the page break


def build_h(folder: Path) -> int:
    font, size = "Liberation Serif", 11.0
    doc = _doc(font, size, margin_cm=1.5)
    head: list[HeadPara] = [
        ("«Утверждаю»", False, "r"),
        ("Директор МБОУ «СОШ № 5» г. Канаша", False, "r"),
        ("__________ Т.Г. Алексеева", False, "r"),
        ("«28» августа 2026 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        ("по внедрению целевой модели наставничества", True, "c"),
        ("в МБОУ «СОШ № 5» г. Канаша на 2026–2027 учебный год", True, "c"),
        *[("", False, None) for _ in range(H_SPACER + 1)],
    ]
    for text, bold, align in head:
        _para(doc, text, bold=bold, align=align)
    widths = [3.3, 2.9, 6.2, 2.6, 3.0]
    table = _grid(doc, 5)
    hdr = table.add_row()
    for i, h in enumerate(["Этап", "Направление", "Содержание деятельности", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
        _center(hdr.cells[i])
    groups_text: list[list[str]] = []
    for _, title, groups in H_STAGES:
        first = len(table.rows)
        for direction, items, resp, _ in groups:
            row = table.add_row()
            lines = [f"{k}) {it['text']}" for k, it in enumerate(items, start=1)]
            groups_text.append([it["text"] for it in items])
            _set_cell(row.cells[1], direction)
            dates = [_txt(it["date"]) for it in items]
            content, column = _aligned(lines, dates, font, size, widths[2], widths[3])
            _set_cell(row.cells[2], content)
            _set_cell(row.cells[3], column)
            _set_cell(row.cells[4], resp)
        top = table.cell(first, 0)
        if len(table.rows) - 1 > first:
            top = top.merge(table.cell(len(table.rows) - 1, 0))
        _set_cell(top, title)
        top.paragraphs[0].runs[0].bold = True
    _widths(table, widths)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ Н.В. Ильина")
    pdf = _pdf(doc)
    pages = _check_pages(pdf, 2)
    straddling = [
        g for g in groups_text if _squash(g[0])[:14] in pages[0] and _squash(g[-1])[-14:] in pages[1]
    ]
    assert straddling, "no group row of H runs over the page break"
    _save_scan_pdf(_scans(pdf, 2, 200, seed=3608), folder, 200)
    acts = _group_truth(H_STAGES, H_YEAR)
    _finish_truth(folder, H_ORG, H_YEAR, acts)
    return len(acts)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "h36_photo_9pt_form_column": build_a,
    "h36_photo_9pt_no_stages": build_b,
    "h36_photo_coloured_rows": build_c,
    "h36_scan150_italic_stages": build_d,
    "h36_scan170_teachers_2022": build_e,
    "h36_scan_landscape_6col": build_f,
    "h36_pdf_split_shaded_college": build_g,
    "h36_pdf_split_stage_grouped": build_h,
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, build in BUILDERS.items():
        if only and name not in only:
            continue
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        print(f"{name}: {n} rows -> {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main()
