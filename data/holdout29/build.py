"""Build the held-out set data/holdout29/: eight roadmaps that exist only as images of a printed page.

Run: .venv/bin/python -m data.holdout29.build

Every roadmap is written as a DOCX first (python-docx), printed to PDF by LibreOffice, its pages
rendered with pypdfium2 and turned into what a school office would upload: a phone photo (JPEG), a
grey scan (PNG, or a two-page TIFF) or a PDF made only of scanned page images.  Each page looks like
an office print-out: an «УТВЕРЖДАЮ … /подпись/ Приказ № … от …» block at the top right and a title in
capitals over two or three lines.

Every printed row carries its hand label next to its text (``R`` from data.holdout.build), so the
image and truth.json come from one place.  Two roadmaps follow the 2022 model for pedagogical workers
(all activity ids null, stage ids of the 2022 stages).  A row whose date reads «ежегодно, до …» is a
deadline with recurrence annual: its ``note`` is "annual".

Noise (scan grain, photo perspective, stamp, handwriting) comes from fixed seeds.
"""

from __future__ import annotations

import json
import math
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from PIL import Image, ImageDraw, ImageFilter, ImageFont

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
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVu Sans Condensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
}

# A printed row and the texts of its extra columns (Ожидаемый результат, Форма отчётности, ...).
Entry = tuple[Row, tuple[str, ...]]
# (stage id, printed stage heading, rows); stage id is the 2019 or the 2022 stage.
Section = tuple[int, str, list[Entry]]
StageStyle = Literal["bold", "italic", "bold_italic", "numbered", "none"]
Output = Literal["photo", "png", "tiff", "pdf"]


def E(row: Row, *extra: str) -> Entry:
    return (row, extra)


# =========================================================================== docx helpers


def _setup(doc: DocxDocument, font: str, size: float, margins: tuple[float, float, float, float]) -> None:
    """Normal style: font (all scripts), size, single spacing, no space after; page margins."""
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts is not None
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    left, right, top, bottom = margins
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)


def _cell(
    cell: _Cell,
    text: str,
    bold: bool = False,
    italic: bool = False,
    align: Literal["l", "c"] = "l",
    size: float | None = None,
) -> None:
    """Cell text; '\n' starts a new paragraph."""
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size is not None:
            run.font.size = Pt(size)


def _header_block(doc: DocxDocument, approve: Sequence[str], agreed: Sequence[str], width: float) -> None:
    """«СОГЛАСОВАНО» (optional) on the left, «УТВЕРЖДАЮ» on the right, in a table without borders."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell(t.rows[0].cells[0], "\n".join(agreed))
    _cell(t.rows[0].cells[1], "\n".join(approve))
    right = max(7.5, width * 0.4)
    _widths(t, [width - right, right])
    doc.add_paragraph()


def _title(doc: DocxDocument, lines: Sequence[str], size: float) -> None:
    for line in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = True
        run.font.size = Pt(size)
    doc.add_paragraph()


def _grid(doc: DocxDocument, cols: int) -> Table:
    table: Table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def _keep_rows(table: Table, header_rows: int) -> None:
    """No row breaks across pages; the header rows repeat on every page."""
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i < header_rows:
            tr_pr.append(OxmlElement("w:tblHeader"))


def _pdf_pages(docx_path: Path) -> bytes:
    pdf_path = docx_path.with_suffix(".pdf")
    _soffice_pdf(docx_path, pdf_path)
    return pdf_path.read_bytes()


def _page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


# =========================================================================== image outputs


STAMP_RING = "МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ГИМНАЗИЯ № 9 Г. ТОМСКА * "


def _stamp(size: tuple[int, int], cx: int, cy: int, dpi: int, rng: np.random.Generator) -> Image.Image:
    """A round office stamp (rings, text along the ring, a word in the middle) with uneven ink."""
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    r = int(1.6 / 2.54 * dpi)
    for rr, width in ((r, max(3, dpi // 45)), (int(r * 0.97), max(1, dpi // 150)), (int(r * 0.62), 2)):
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=255, width=width)
    font = ImageFont.truetype(FONT_FILES["DejaVu Sans"], max(10, dpi // 9))
    ring_r = r * 0.80
    step = 2 * math.pi / len(STAMP_RING)
    for k, ch in enumerate(STAMP_RING):
        angle = -math.pi / 2 + k * step
        glyph = Image.new("L", (dpi // 5, dpi // 5), 0)
        ImageDraw.Draw(glyph).text((dpi // 10, dpi // 10), ch, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = int(cx + ring_r * math.cos(angle)) - dpi // 10
        gy = int(cy + ring_r * math.sin(angle)) - dpi // 10
        mask.paste(255, (gx, gy), glyph)
    small = ImageFont.truetype(FONT_FILES["DejaVu Sans"], max(10, dpi // 8))
    draw.text((cx, cy), "Для\nдокументов", fill=255, font=small, anchor="mm", align="center")
    uneven = rng.uniform(0.35, 1.0, (size[1] // 24 + 1, size[0] // 24 + 1)).astype(np.float32)
    ink = Image.fromarray((uneven * 255).astype(np.uint8), mode="L").resize(size, Image.Resampling.BICUBIC)
    out = np.asarray(mask, dtype=np.float32) * np.asarray(ink, dtype=np.float32) / 255.0
    return Image.fromarray(out.astype(np.uint8), mode="L").rotate(
        -14, resample=Image.Resampling.BICUBIC, center=(cx, cy)
    )


def _stamp_and_strokes(page: Image.Image, dpi: int, rng: np.random.Generator) -> Image.Image:
    """A round grey stamp over the approval block, a signature and pen strokes in the left margin."""
    w, h = page.size
    stamp = _stamp(page.size, int(0.64 * w), int(0.085 * h), dpi, rng)
    pen = Image.new("L", page.size, 0)
    draw = ImageDraw.Draw(pen)
    # a signature scribble across the line before «/подпись/»
    pts: list[tuple[float, float]] = []
    x0, y0 = 0.615 * w, 0.076 * h
    for i in range(80):
        t = i / 79
        pts.append(
            (
                x0 + t * 0.08 * w + 0.01 * w * math.sin(t * 23),
                y0 + 0.008 * h * math.sin(t * 13 + 0.7) - 0.006 * h * t,
            )
        )
    draw.line(pts, fill=255, width=max(2, dpi // 60), joint="curve")
    # handwritten ticks and a wavy bracket in the left margin, beside the table
    xm = int(0.035 * w)
    for k in range(5):
        yt = int((0.33 + 0.09 * k + rng.uniform(-0.01, 0.01)) * h)
        draw.line(
            [(xm, yt), (xm + dpi // 14, yt + dpi // 12), (xm + dpi // 5, yt - dpi // 8)],
            fill=235,
            width=max(2, dpi // 70),
            joint="curve",
        )
    wave = [(xm + dpi // 3 + 5 * math.sin(j / 6), (0.30 + 0.5 * j / 200) * h) for j in range(200)]
    draw.line(wave, fill=200, width=max(2, dpi // 80), joint="curve")
    pixels = np.asarray(page, dtype=np.float32)
    for layer, colour, strength in (
        (stamp.filter(ImageFilter.GaussianBlur(0.9)), (95.0, 95.0, 170.0), 0.75),
        (pen.filter(ImageFilter.GaussianBlur(0.7)), (40.0, 45.0, 90.0), 0.9),
    ):
        alpha = np.asarray(layer, dtype=np.float32)[..., None] / 255.0 * strength
        pixels = pixels * (1 - alpha) + np.array(colour, dtype=np.float32) * alpha
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")


@dataclass
class Look:
    """How the printed pages become the uploaded file."""

    output: Output
    dpi: int
    seed: int
    pages: int
    tilt: float = 0.0  # degrees the sheet lies turned on the desk (photo)
    marks: bool = False  # stamp and handwriting (scan)


def _emit(pdf: bytes, folder: Path, look: Look) -> None:
    n = _page_count(pdf)
    assert n == look.pages, (folder.name, n)
    rng = np.random.default_rng(look.seed)
    pages = [render_page(pdf, i, look.dpi) for i in range(n)]
    if look.marks:
        pages[0] = _stamp_and_strokes(pages[0], look.dpi, rng)
    if look.output == "photo":
        assert n == 1
        page = pages[0]
        if look.tilt:
            page = page.rotate(
                look.tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(118, 120, 116)
            )
        photo_of(page, rng).save(folder / "roadmap.jpg", quality=87)
        return
    scans = [scan_page(p, rng) for p in pages]
    if look.output == "png":
        assert n == 1
        scans[0].save(folder / "roadmap.png", dpi=(look.dpi, look.dpi))
    elif look.output == "tiff":
        scans[0].save(
            folder / "roadmap.tiff",
            save_all=True,
            append_images=scans[1:],
            compression="tiff_deflate",
            dpi=(look.dpi, look.dpi),
        )
    else:
        stamp = time.strptime("2024-03-01 10:00:00", "%Y-%m-%d %H:%M:%S")
        scans[0].save(
            folder / "roadmap.pdf",
            "PDF",
            save_all=True,
            append_images=scans[1:],
            resolution=float(look.dpi),
            title="scan",
            creationDate=stamp,
            modDate=stamp,
        )


def _write(folder: Path, org: str, y: int, acts: list[TruthActivity], model: str) -> None:
    write_truth(folder, org, y, acts)
    if model != "target_model_2019":
        path = folder / "truth.json"
        truth = json.loads(path.read_text(encoding="utf-8"))
        truth["document"]["model"] = model
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _truth(row: Row, stage_id: int, y: int) -> TruthActivity:
    act = truth_row(row, stage_id, y)
    if row["note"] == "annual":
        assert act["date_kind"] == "deadline", row
        act["recurrence"] = "annual"
    return act


def _clean(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("roadmap.*"):
        old.unlink()


# =========================================================================== flat table roadmaps


@dataclass
class Flat:
    """A roadmap printed as one table, stage rows (if any) inside it."""

    folder: str
    org: str
    year: int
    model: str
    font: str
    size: float
    landscape: bool
    margins: tuple[float, float, float, float]
    approve: list[str]
    agreed: list[str]
    title: list[str]
    title_size: float
    headers: list[str]
    widths: list[float]
    stage_style: StageStyle
    sections: list[Section]
    look: Look
    numbering: Literal["flat", "dotted"] = "flat"
    split_dates: bool = False  # «Сроки» split into «Начало | Окончание»; row dates read "start|end"
    tail: list[str] = field(default_factory=list)


def _stage_row(table: Table, flat: Flat, heading: str, idx: int) -> None:
    row = _add_row(table)
    n = len(row.cells)
    if flat.stage_style == "numbered":
        _cell(row.cells[0], f"{idx}.", bold=True)
        _cell(row.cells[1], heading, bold=True)
        return
    merged = row.cells[0].merge(row.cells[n - 1])
    _cell(
        merged,
        heading,
        bold=flat.stage_style in ("bold", "bold_italic"),
        italic=flat.stage_style in ("italic", "bold_italic"),
        align="c",
    )


def _header_rows(table: Table, flat: Flat) -> None:
    if not flat.split_dates:
        hdr = _add_row(table)
        for i, h in enumerate(flat.headers):
            _cell(hdr.cells[i], h, bold=True, align="c")
        return
    # headers: № | Мероприятие | Начало | Окончание | Ответственные; «Сроки» spans Начало..Окончание
    top, sub = _add_row(table), _add_row(table)
    for i, h in enumerate(flat.headers):
        if i in (2, 3):
            _cell(sub.cells[i], h, bold=True, align="c")
        else:
            merged = top.cells[i].merge(sub.cells[i])
            _cell(merged, h, bold=True, align="c")
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    span = top.cells[2].merge(top.cells[3])
    _cell(span, "Сроки", bold=True, align="c")


def build_flat(flat: Flat) -> int:
    folder = HERE / flat.folder
    _clean(folder)
    doc = _new_document(flat.landscape)
    _setup(doc, flat.font, flat.size, flat.margins)
    page_w = 29.7 if flat.landscape else 21.0
    usable = page_w - flat.margins[0] - flat.margins[1]
    _header_block(doc, flat.approve, flat.agreed, usable)
    _title(doc, flat.title, flat.title_size)
    n_cols = len(flat.headers)
    table = _grid(doc, n_cols)
    _header_rows(table, flat)
    truth: list[TruthActivity] = []
    count = 0
    for s_idx, (stage_id, heading, entries) in enumerate(flat.sections, start=1):
        if flat.stage_style != "none":
            _stage_row(table, flat, heading, s_idx)
        for r_idx, (row, extra) in enumerate(entries, start=1):
            count += 1
            num = f"{s_idx}.{r_idx}." if flat.numbering == "dotted" else f"{count}."
            resp = row["resp"]
            assert resp is not None
            date = row["date"]
            assert isinstance(date, str)
            dates = date.split("|") if flat.split_dates else [date]
            cells = [num, row["text"], *dates, resp, *extra]
            assert len(cells) == n_cols, row["text"]
            tr = _add_row(table)
            for i, value in enumerate(cells):
                _cell(tr.cells[i], value, align="c" if i == 0 or i in range(2, 2 + len(dates)) else "l")
            truth.append(_truth(row, stage_id, flat.year))
    _widths(table, flat.widths)
    _keep_rows(table, 2 if flat.split_dates else 1)
    for line in flat.tail:
        doc.add_paragraph(line)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        pdf = _pdf_pages(docx_path)
    _emit(pdf, folder, flat.look)
    _write(folder, flat.org, flat.year, truth, flat.model)
    return len(truth)


# --------------------------------------------------------------------------- 1: rural school, photo
# МКОУ «Октябрьская СОШ», Алтайский край, 2022/2023.  Portrait, Liberation Serif 10 pt, stage rows
# spanning the table (bold), numbers 1.1, 1.2 ... within each stage.

RURAL_ORG = "МКОУ «Октябрьская средняя общеобразовательная школа» Мамонтовского района"
RURAL = Flat(
    folder="mamontovo_oktyabrskaya_photo_jpg",
    org=RURAL_ORG,
    year=2022,
    model="target_model_2019",
    font="Liberation Serif",
    size=10,
    landscape=False,
    margins=(2.0, 1.0, 1.2, 1.2),
    approve=[
        "УТВЕРЖДАЮ",
        "Директор МКОУ «Октябрьская СОШ»",
        "__________ /подпись/ Г.П. Лаптева",
        "Приказ № 87-о от 29.08.2022",
    ],
    agreed=[],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА ОБУЧАЮЩИХСЯ",
        f"в {RURAL_ORG} на 2022–2023 учебный год",
    ],
    title_size=11,
    headers=["№ п/п", "Мероприятие", "Сроки", "Ответственные"],
    widths=[1.1, 9.4, 3.0, 4.5],
    stage_style="bold",
    numbering="dotted",
    sections=[
        (
            1,
            "1. Подготовительный этап: создание условий для запуска наставничества",
            [
                E(
                    R(
                        "Издание приказа «О внедрении целевой модели наставничества в МКОУ «Октябрьская СОШ»»",
                        "до 01.09.2022",
                        "Директор",
                        None,
                        ("dl", 1, 9, 2022),
                        ["director"],
                    )
                ),
                E(
                    R(
                        "Разработка и утверждение Положения о наставничестве и программы наставничества школы",
                        "сентябрь",
                        "Директор\nЗДУВР",
                        None,
                        ("m", 9),
                        ["director", "deputy_director_academic"],
                    )
                ),
                E(
                    R(
                        "Знакомство педагогического коллектива с целевой моделью наставничества на педсовете",
                        "сентябрь",
                        "ЗДУВР\nкуратор программы",
                        "1.1",
                        ("m", 9),
                        ["deputy_director_academic", "program_curator"],
                    )
                ),
                E(
                    R(
                        "Информирование родителей о запуске программы на классных родительских собраниях и в "
                        "родительских чатах",
                        "сентябрь – октябрь",
                        "Кл. руководители 1–11 кл.",
                        "1.2",
                        ("r", 9, 10),
                        ["class_teacher"],
                    )
                ),
                E(
                    R(
                        "Классные часы «Кто такой наставник?» для учащихся 5–11 классов",
                        "октябрь",
                        "Кл. руководители\nсоветник директора по воспитанию",
                        "1.4",
                        ("m", 10),
                        ["class_teacher", "senior_counselor"],
                    )
                ),
                E(
                    R(
                        "Встреча с выпускниками школы и специалистами СПК «Октябрьский» о программе "
                        "наставничества",
                        "ноябрь",
                        "Зам. директора по ВР",
                        "1.3",
                        ("m", 11),
                        ["deputy_director_upbringing"],
                    )
                ),
            ],
        ),
        (
            2,
            "2. Формирование базы наставляемых",
            [
                E(
                    R(
                        "Анкетирование обучающихся, желающих участвовать в программе; сбор согласий на "
                        "обработку персональных данных",
                        "до 1 октября",
                        "Педагог-психолог\nБородина Т.А.",
                        "2.1",
                        ("dl", 1, 10),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Сбор сведений о запросах наставляемых у классных руководителей, психолога, родителей; "
                        "согласия законных представителей",
                        "октябрь",
                        "Кл. руководители\nсоциальный педагог",
                        "2.2",
                        ("m", 10),
                        ["class_teacher", "social_pedagogue"],
                    )
                ),
                E(
                    R(
                        "Анализ собранных данных, формирование базы наставляемых",
                        "октябрь",
                        "Куратор программы",
                        "2.3",
                        ("m", 10),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            3,
            "3. Формирование базы наставников",
            [
                E(
                    R(
                        "Определение форм наставничества на учебный год («ученик – ученик», «учитель – ученик»)",
                        "сентябрь",
                        "Куратор программы\nрук. ШМО",
                        "3.1",
                        ("m", 9),
                        ["program_curator", "head_of_methodical_association"],
                    )
                ),
                E(
                    R(
                        "Анкетирование педагогов и старшеклассников – потенциальных наставников",
                        "октябрь",
                        "Педагог-психолог",
                        "3.3",
                        ("m", 10),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Формирование базы наставников по результатам анкет",
                        "ноябрь",
                        "Куратор программы",
                        "3.4",
                        ("m", 11),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            4,
            "4. Отбор и обучение наставников",
            [
                E(
                    R(
                        "Собеседование с кандидатами в наставники",
                        "ноябрь",
                        "Директор\nпедагог-психолог",
                        "4.2",
                        ("m", 11),
                        ["director", "psychologist"],
                    )
                ),
                E(
                    R(
                        "Обучение наставников (вебинары АКИПКРО, школьный обучающий семинар)",
                        "ноябрь – декабрь",
                        "ЗДУВР",
                        "4.4",
                        ("r", 11, 12),
                        ["deputy_director_academic"],
                    )
                ),
            ],
        ),
        (
            5,
            "5. Формирование наставнических пар и групп",
            [
                E(
                    R(
                        "Общая встреча наставников и наставляемых, знакомство",
                        "декабрь",
                        "Куратор программы",
                        "5.1",
                        ("m", 12),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Закрепление наставнических пар приказом директора",
                        "до 20 декабря",
                        "Директор",
                        "5.4",
                        ("dl", 20, 12),
                        ["director"],
                    )
                ),
            ],
        ),
        (
            6,
            "6. Работа наставнических пар и групп",
            [
                E(
                    R(
                        "Встречи наставников и наставляемых по индивидуальным планам",
                        "январь – апрель",
                        "Наставники",
                        "6.4",
                        ("r", 1, 4),
                        ["mentors"],
                    )
                ),
                E(
                    R(
                        "Промежуточный сбор обратной связи от участников программы",
                        "февраль",
                        "Куратор программы\nпедагог-психолог",
                        "6.5",
                        ("m", 2),
                        ["program_curator", "psychologist"],
                    )
                ),
            ],
        ),
        (
            7,
            "7. Завершение наставничества",
            [
                E(
                    R(
                        "Итоговая встреча всех пар и групп «Наши результаты»",
                        "май",
                        "Куратор программы\nсоветник директора по воспитанию",
                        "6.7",
                        ("m", 5),
                        ["program_curator", "senior_counselor"],
                    )
                ),
                E(
                    R(
                        "Мониторинг качества реализации программы наставничества",
                        "май",
                        "ЗДУВР",
                        "7.3",
                        ("m", 5),
                        ["deputy_director_academic"],
                    )
                ),
                E(
                    R(
                        "Размещение итогов и лучших практик на сайте школы и в группе ВКонтакте",
                        "июнь",
                        "Ответственный за сайт",
                        "7.6",
                        ("m", 6),
                        ["other"],
                    )
                ),
                E(
                    R(
                        "Отчёт о реализации программы на итоговом педагогическом совете",
                        "июнь",
                        "Куратор программы",
                        None,
                        ("m", 6),
                        ["program_curator"],
                    )
                ),
            ],
        ),
    ],
    look=Look("photo", dpi=220, seed=2901, pages=1),
)


# --------------------------------------------------------------------------- 2: kindergarten, tilted photo
# МБДОУ «Детский сад № 14 «Берёзка»» г. Нижнекамска, 2023/2024.  Portrait, Liberation Sans 9.5 pt,
# italic stage rows, an «Ожидаемый результат» column; the sheet lies turned on the desk.

KG_ORG = "МБДОУ «Детский сад № 14 «Берёзка»» г. Нижнекамска"
KINDERGARTEN = Flat(
    folder="nizhnekamsk_ds14_tilted_photo_jpg",
    org=KG_ORG,
    year=2023,
    model="target_model_2019",
    font="Liberation Sans",
    size=9.5,
    landscape=False,
    margins=(1.8, 1.0, 1.0, 1.0),
    approve=[
        "УТВЕРЖДАЮ",
        "Заведующий МБДОУ «Детский сад № 14 «Берёзка»»",
        "_________ /подпись/ Р.Ф. Гарипова",
        "Приказ № 64 от 31.08.2023",
    ],
    agreed=["ПРИНЯТО", "на педагогическом совете", "Протокол № 1 от 30.08.2023"],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "ВНЕДРЕНИЯ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"в {KG_ORG} на 2023/2024 учебный год",
    ],
    title_size=11,
    headers=["№", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"],
    widths=[1.0, 7.0, 2.6, 3.4, 4.2],
    stage_style="italic",
    sections=[
        (
            1,
            "Этап 1. Подготовка условий для запуска программы наставничества",
            [
                E(
                    R(
                        "Приказ заведующего о реализации наставничества в ДОУ и назначении куратора",
                        "до 8 сентября",
                        "Заведующий",
                        None,
                        ("dl", 8, 9),
                        ["director"],
                    ),
                    "Издан приказ",
                ),
                E(
                    R(
                        "Рассказ о программе наставничества на установочном педагогическом совете",
                        "сентябрь",
                        "Заведующий\nстарший воспитатель",
                        "1.1",
                        ("m", 9),
                        ["director", "other"],
                    ),
                    "Педагоги знают цели и задачи программы",
                ),
                E(
                    R(
                        "Информирование родителей воспитанников: групповые собрания, стенд «Для вас, родители»",
                        "сентябрь – октябрь",
                        "Воспитатели групп",
                        "1.2",
                        ("r", 9, 10),
                        ["teachers"],
                    ),
                    "Родители осведомлены о программе",
                ),
            ],
        ),
        (
            2,
            "Этап 2. Формирование базы наставляемых",
            [
                E(
                    R(
                        "Анкетирование молодых и вновь принятых педагогов, сбор согласий на обработку "
                        "персональных данных",
                        "до 20 сентября",
                        "Старший воспитатель",
                        "2.1",
                        ("dl", 20, 9),
                        ["other"],
                    ),
                    "Анкеты, согласия",
                ),
                E(
                    R(
                        "Анализ анкет, формирование базы наставляемых",
                        "октябрь",
                        "Старший воспитатель",
                        "2.3",
                        ("m", 10),
                        ["other"],
                    ),
                    "База наставляемых",
                ),
            ],
        ),
        (
            3,
            "Этап 3. Формирование базы наставников",
            [
                E(
                    R(
                        "Выбор форм наставничества («педагог – педагог», «воспитатель – воспитатель»)",
                        "сентябрь",
                        "Заведующий\nстарший воспитатель",
                        "3.1",
                        ("m", 9),
                        ["director", "other"],
                    ),
                    "Определены формы",
                ),
                E(
                    R(
                        "Анкетирование опытных педагогов, готовых стать наставниками",
                        "октябрь",
                        "Педагог-психолог\nСафина Л.И.",
                        "3.3",
                        ("m", 10),
                        ["psychologist"],
                    ),
                    "Анкеты наставников",
                ),
                E(
                    R(
                        "Формирование базы наставников ДОУ",
                        "октябрь",
                        "Старший воспитатель",
                        "3.4",
                        ("m", 10),
                        ["other"],
                    ),
                    "База наставников",
                ),
            ],
        ),
        (
            4,
            "Этап 4. Отбор и обучение наставников",
            [
                E(
                    R(
                        "Подбор методических материалов и специалистов для обучения наставников",
                        "октябрь – ноябрь",
                        "Старший воспитатель",
                        "4.3",
                        ("r", 10, 11),
                        ["other"],
                    ),
                    "Подобраны материалы",
                ),
                E(
                    R(
                        "Участие наставников в семинаре «Наставник в детском саду» (ИРО РТ)",
                        "ноябрь",
                        "Старший воспитатель\nнаставники",
                        "4.4",
                        ("m", 11),
                        ["other", "mentors"],
                    ),
                    "Наставники обучены",
                ),
            ],
        ),
        (
            5,
            "Этап 5. Формирование наставнических пар",
            [
                E(
                    R(
                        "Групповая встреча наставников и наставляемых",
                        "ноябрь",
                        "Старший воспитатель",
                        "5.1",
                        ("m", 11),
                        ["other"],
                    ),
                    "Знакомство участников",
                ),
                E(
                    R(
                        "Закрепление наставнических пар приказом заведующего",
                        "ноябрь",
                        "Заведующий",
                        "5.4",
                        ("m", 11),
                        ["director"],
                    ),
                    "Приказ о парах",
                ),
            ],
        ),
        (
            6,
            "Этап 6. Организация работы наставнических пар",
            [
                E(
                    R(
                        "Первая, организационная встреча наставника и наставляемого",
                        "ноябрь – декабрь",
                        "Наставники",
                        "6.1",
                        ("r", 11, 12),
                        ["mentors"],
                    ),
                    "Определены правила общения",
                ),
                E(
                    R(
                        "Взаимопосещение занятий и режимных моментов, консультации наставника",
                        "в течение учебного года",
                        "Наставники\nвоспитатели",
                        "6.4",
                        ("c",),
                        ["mentors", "teachers"],
                    ),
                    "Рост профессиональных умений",
                ),
                E(
                    R(
                        "Анкетирование участников: удовлетворённость участием в программе",
                        "апрель",
                        "Педагог-психолог",
                        "6.8",
                        ("m", 4),
                        ["psychologist"],
                    ),
                    "Результаты анкетирования",
                ),
            ],
        ),
        (
            7,
            "Этап 7. Завершение наставничества",
            [
                E(
                    R(
                        "Итоговая «Педагогическая гостиная»: подведение итогов, чествование наставников",
                        "май",
                        "Заведующий\nстарший воспитатель\nмузыкальный руководитель",
                        "7.2",
                        ("m", 5),
                        ["director", "other"],
                    ),
                    "Подведены итоги",
                ),
                E(
                    R(
                        "Оформление лучших практик наставничества в методические кейсы",
                        "май",
                        "Наставники",
                        "7.5",
                        ("m", 5),
                        ["mentors"],
                    ),
                    "Сборник кейсов",
                ),
                E(
                    R(
                        "Публикация итогов на официальном сайте ДОУ",
                        "июнь",
                        "Старший воспитатель",
                        "7.6",
                        ("m", 6),
                        ["other"],
                    ),
                    "Информация на сайте",
                ),
                E(
                    R(
                        "Благодарственные письма заведующего наставникам",
                        "июнь",
                        "Заведующий",
                        None,
                        ("m", 6),
                        ["director"],
                    ),
                    "Поощрение наставников",
                ),
                E(
                    R(
                        "Корректировка дорожной карты на следующий учебный год",
                        "август",
                        "Старший воспитатель",
                        None,
                        ("m", 8),
                        ["other"],
                    ),
                    "Обновлённая дорожная карта",
                ),
            ],
        ),
    ],
    look=Look("photo", dpi=200, seed=2957, pages=1, tilt=2.6),
)


# --------------------------------------------------------------------------- 4: gymnasium, PNG scan
# МАОУ «Гимназия № 9» г. Томска, 2024/2025.  Portrait, Liberation Sans 10 pt, Roman-numbered stage rows
# (bold), «Сроки» split into «Начало | Окончание»; a stamp and pen marks, scanned at 200 dpi.

GYM_ORG = "МАОУ «Гимназия № 9» г. Томска"
GYMNASIUM = Flat(
    folder="tomsk_gymn9_stamp_scan_png",
    org=GYM_ORG,
    year=2024,
    model="target_model_2019",
    font="Liberation Sans",
    size=10,
    landscape=False,
    margins=(2.2, 1.0, 1.0, 0.8),
    approve=[
        "УТВЕРЖДАЮ",
        "Директор МАОУ «Гимназия № 9»",
        "_________ /подпись/ Д.С. Кривошеев",
        "Приказ № 311 от 30.08.2024",
    ],
    agreed=[],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "ПО ВНЕДРЕНИЮ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"{GYM_ORG} на 2024–2025 учебный год",
    ],
    title_size=11,
    headers=["№", "Мероприятие", "Начало", "Окончание", "Ответственные"],
    widths=[1.0, 7.9, 2.2, 2.5, 4.2],
    stage_style="bold",
    split_dates=True,
    sections=[
        (
            1,
            "I. Подготовка условий для запуска программы наставничества",
            [
                E(
                    R(
                        "Назначение куратора программы наставничества приказом директора",
                        "—|до 02.09.2024",
                        "Директор",
                        None,
                        ("dl", 2, 9, 2024),
                        ["director"],
                    )
                ),
                E(
                    R(
                        "Утверждение программы наставничества гимназии и дорожной карты",
                        "—|до 02.09.2024",
                        "Директор\nкуратор программы",
                        None,
                        ("dl", 2, 9, 2024),
                        ["director", "program_curator"],
                    )
                ),
                E(
                    R(
                        "Информирование педагогов о целях и задачах наставничества (педсовет, совещание при "
                        "директоре)",
                        "сентябрь|октябрь",
                        "ЗДУВР\nкуратор программы",
                        "1.1",
                        ("r", 9, 10),
                        ["deputy_director_academic", "program_curator"],
                    )
                ),
                E(
                    R(
                        "Информирование родителей о программе на общегимназическом собрании",
                        "19.09.2024|—",
                        "Зам. директора по ВР\nкл. руководители",
                        "1.2",
                        ("d", 19, 9, 2024),
                        ["deputy_director_upbringing", "class_teacher"],
                    )
                ),
                E(
                    R(
                        "Презентация программы наставничества обучающимся 7–11 классов",
                        "сентябрь|—",
                        "Кл. руководители",
                        "1.4",
                        ("m", 9),
                        ["class_teacher"],
                    )
                ),
                E(
                    R(
                        "Встреча гимназистов с выпускниками и представителями вузов-партнёров",
                        "октябрь|ноябрь",
                        "Зам. директора по ВР\nсоветник директора по воспитанию",
                        "1.3",
                        ("r", 10, 11),
                        ["deputy_director_upbringing", "senior_counselor"],
                    )
                ),
            ],
        ),
        (
            2,
            "II. Формирование базы наставляемых",
            [
                E(
                    R(
                        "Анкетирование обучающихся, сбор согласий на обработку персональных данных",
                        "сентябрь|октябрь",
                        "Педагог-психолог\nКолесникова И.Н.",
                        "2.1",
                        ("r", 9, 10),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Сбор информации о запросах наставляемых от классных руководителей, родителей, "
                        "психолога; согласия законных представителей",
                        "—|до 15.10.2024",
                        "Кл. руководители\nпедагог-психолог",
                        "2.2",
                        ("dl", 15, 10, 2024),
                        ["class_teacher", "psychologist"],
                    )
                ),
                E(
                    R(
                        "Формирование базы наставляемых",
                        "октябрь|—",
                        "Куратор программы",
                        "2.3",
                        ("m", 10),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            3,
            "III. Формирование базы наставников",
            [
                E(
                    R(
                        "Входная оценка наставляемых по параметрам мониторинга",
                        "октябрь|—",
                        "Педагог-психолог",
                        "3.2",
                        ("m", 10),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Анкетирование потенциальных наставников: педагоги, гимназисты, родители",
                        "октябрь|ноябрь",
                        "Куратор программы",
                        "3.3",
                        ("r", 10, 11),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Сопоставление анкет, формирование базы наставников",
                        "ноябрь|—",
                        "Куратор программы\nрук. ШМО",
                        "3.4",
                        ("m", 11),
                        ["program_curator", "head_of_methodical_association"],
                    )
                ),
            ],
        ),
        (
            4,
            "IV. Отбор и обучение наставников",
            [
                E(
                    R(
                        "Собеседование с кандидатами в наставники с участием психолога",
                        "ноябрь|—",
                        "ЗДУВР\nпедагог-психолог",
                        "4.2",
                        ("m", 11),
                        ["deputy_director_academic", "psychologist"],
                    )
                ),
                E(
                    R(
                        "«Школа наставника»: обучение наставников (4 занятия)",
                        "ноябрь|декабрь",
                        "Методист\nЛукина О.П.",
                        "4.4",
                        ("r", 11, 12),
                        ["methodologist"],
                    )
                ),
            ],
        ),
        (
            5,
            "V. Формирование наставнических пар и групп",
            [
                E(
                    R(
                        "Групповая встреча «Знакомство» наставников и наставляемых",
                        "06.12.2024|—",
                        "Куратор программы",
                        "5.1",
                        ("d", 6, 12, 2024),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Закрепление наставнических пар и групп приказом директора гимназии",
                        "—|до 20.12.2024",
                        "Директор",
                        "5.4",
                        ("dl", 20, 12, 2024),
                        ["director"],
                    )
                ),
            ],
        ),
        (
            6,
            "VI. Организация работы наставнических пар и групп",
            [
                E(
                    R(
                        "Встреча-планирование в парах: составление плана совместной работы",
                        "январь|—",
                        "Наставники",
                        "6.3",
                        ("m", 1),
                        ["mentors"],
                    )
                ),
                E(
                    R(
                        "Регулярная работа пар по индивидуальным планам",
                        "январь|май",
                        "Наставники",
                        "6.4",
                        ("r", 1, 5),
                        ["mentors"],
                    )
                ),
            ],
        ),
        (
            7,
            "VII. Завершение наставничества",
            [
                E(
                    R(
                        "Заключительная встреча наставника и наставляемого, рефлексия",
                        "май|—",
                        "Наставники\nкуратор программы",
                        "6.6",
                        ("m", 5),
                        ["mentors", "program_curator"],
                    )
                ),
                E(
                    R(
                        "Праздник «Спасибо, наставник!», награждение лучших наставников",
                        "23.05.2025|—",
                        "Директор\nзам. директора по ВР",
                        "7.2",
                        ("d", 23, 5, 2025),
                        ["director", "deputy_director_upbringing"],
                    )
                ),
                E(
                    R(
                        "Итоговый мониторинг влияния программы на всех участников",
                        "май|июнь",
                        "Педагог-психолог",
                        "7.4",
                        ("r", 5, 6),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Аналитическая справка по итогам реализации программы",
                        "—|до 30.06.2025",
                        "ЗДУВР",
                        None,
                        ("dl", 30, 6, 2025),
                        ["deputy_director_academic"],
                    )
                ),
            ],
        ),
    ],
    look=Look("png", dpi=200, seed=2904, pages=1, marks=True),
)


# --------------------------------------------------------------------------- 5: internat, 2-page TIFF
# ГКОУ «Специальная (коррекционная) школа-интернат № 5» г. Оренбурга, 2020/2021.  Landscape, six
# columns, Liberation Serif 11 pt, bold-italic stage rows, responsible cells of several lines.

INT_ORG = "ГКОУ «Специальная (коррекционная) школа-интернат № 5» г. Оренбурга"
INTERNAT = Flat(
    folder="orenburg_internat5_wide_scan_tiff",
    org=INT_ORG,
    year=2020,
    model="target_model_2019",
    font="Liberation Serif",
    size=11,
    landscape=True,
    margins=(2.0, 1.2, 1.2, 1.0),
    approve=[
        "УТВЕРЖДАЮ",
        "Директор ГКОУ «Специальная (коррекционная) школа-интернат № 5»",
        "__________ /подпись/ В.Н. Черкасов",
        "Приказ № 118 от 31.08.2020",
    ],
    agreed=["СОГЛАСОВАНО", "Педагогическим советом", "Протокол № 1 от 28.08.2020"],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "ВНЕДРЕНИЯ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"в {INT_ORG} на 2020-2021 учебный год",
    ],
    title_size=12,
    headers=[
        "№ п/п",
        "Наименование мероприятия",
        "Сроки",
        "Ответственные",
        "Ожидаемый результат",
        "Форма отчётности",
    ],
    widths=[1.1, 8.6, 3.2, 4.6, 5.0, 4.0],
    stage_style="bold_italic",
    sections=[
        (
            1,
            "Этап 1. Подготовка условий для запуска программы наставничества",
            [
                E(
                    R(
                        "Изучение нормативных документов по целевой модели наставничества (распоряжение "
                        "Минпросвещения России от 25.12.2019 № Р-145)",
                        "август – сентябрь 2020 г.",
                        "Директор\nзам. директора по УВР",
                        None,
                        ("r", 8, 9, 2020, 2020),
                        ["director", "deputy_director_academic"],
                    ),
                    "Изучена нормативная база",
                    "Совещание при директоре",
                ),
                E(
                    R(
                        "Издание приказа о внедрении целевой модели и создании рабочей группы",
                        "до 15.09.2020",
                        "Директор",
                        None,
                        ("dl", 15, 9, 2020),
                        ["director"],
                    ),
                    "Создана рабочая группа",
                    "Приказ",
                ),
                E(
                    R(
                        "Информирование учителей и воспитателей о программе наставничества",
                        "сентябрь",
                        "Зам. директора по УВР\nзам. директора по ВР",
                        "1.1",
                        ("m", 9),
                        ["deputy_director_academic", "deputy_director_upbringing"],
                    ),
                    "Коллектив информирован",
                    "Протокол педсовета",
                ),
                E(
                    R(
                        "Информирование родителей (законных представителей): родительские собрания, сайт",
                        "сентябрь – октябрь",
                        "Классные руководители\nвоспитатели",
                        "1.2",
                        ("r", 9, 10),
                        ["class_teacher", "teachers"],
                    ),
                    "Родители информированы",
                    "Протоколы собраний",
                ),
                E(
                    R(
                        "Беседы с обучающимися о программе наставничества",
                        "октябрь",
                        "Воспитатели\nсоциальный педагог",
                        "1.4",
                        ("m", 10),
                        ["teachers", "social_pedagogue"],
                    ),
                    "Обучающиеся знают о программе",
                    "Планы бесед",
                ),
                E(
                    R(
                        "Встреча с представителями предприятий-партнёров и выпускниками школы-интерната",
                        "ноябрь",
                        "Зам. директора по ВР\nсоциальный педагог",
                        "1.3",
                        ("m", 11),
                        ["deputy_director_upbringing", "social_pedagogue"],
                    ),
                    "Привлечены внешние наставники",
                    "Информация на сайте",
                ),
            ],
        ),
        (
            2,
            "Этап 2. Формирование базы наставляемых",
            [
                E(
                    R(
                        "Анкетирование обучающихся, желающих участвовать в программе",
                        "октябрь",
                        "Педагог-психолог",
                        "2.1",
                        ("m", 10),
                        ["psychologist"],
                    ),
                    "Выявлены желающие",
                    "Анкеты",
                ),
                E(
                    R(
                        "Сбор сведений о запросах наставляемых от классных руководителей, воспитателей, "
                        "медицинского персонала; согласия законных представителей на обработку данных",
                        "октябрь",
                        "Классные руководители\nвоспитатели\nсоциальный педагог",
                        "2.2",
                        ("m", 10),
                        ["class_teacher", "teachers", "social_pedagogue"],
                    ),
                    "Определены запросы",
                    "Согласия",
                ),
                E(
                    R(
                        "Формирование базы наставляемых",
                        "ноябрь",
                        "Зам. директора по УВР",
                        "2.3",
                        ("m", 11),
                        ["deputy_director_academic"],
                    ),
                    "Сформирована база",
                    "База наставляемых",
                ),
            ],
        ),
        (
            3,
            "Этап 3. Формирование базы наставников",
            [
                E(
                    R(
                        "Определение форм наставничества («учитель – ученик», «ученик – ученик», "
                        "«работодатель – ученик»)",
                        "октябрь",
                        "Рабочая группа",
                        "3.1",
                        ("m", 10),
                        ["other"],
                    ),
                    "Выбраны формы",
                    "Протокол рабочей группы",
                ),
                E(
                    R(
                        "Анкетирование потенциальных наставников",
                        "ноябрь",
                        "Педагог-психолог\nАбрамова Н.Г.",
                        "3.3",
                        ("m", 11),
                        ["psychologist"],
                    ),
                    "Выявлены кандидаты",
                    "Анкеты",
                ),
                E(
                    R(
                        "Формирование базы наставников",
                        "ноябрь",
                        "Зам. директора по УВР",
                        "3.4",
                        ("m", 11),
                        ["deputy_director_academic"],
                    ),
                    "Сформирована база",
                    "База наставников",
                ),
            ],
        ),
        (
            4,
            "Этап 4. Отбор и обучение наставников",
            [
                E(
                    R(
                        "Оценка наставников по параметрам мониторинга",
                        "ноябрь",
                        "Педагог-психолог",
                        "4.1",
                        ("m", 11),
                        ["psychologist"],
                    ),
                    "Входные данные мониторинга",
                    "Справка",
                ),
                E(
                    R(
                        "Поиск экспертов и материалов для обучения наставников",
                        "ноябрь – декабрь",
                        "Зам. директора по УВР\nметодист",
                        "4.3",
                        ("r", 11, 12),
                        ["deputy_director_academic", "methodologist"],
                    ),
                    "Подобраны материалы",
                    "Перечень материалов",
                ),
                E(
                    R(
                        "Обучение наставников работе с детьми с ОВЗ",
                        "декабрь 2020 – январь 2021",
                        "Методист",
                        "4.4",
                        ("r", 12, 1, 2020, 2021),
                        ["methodologist"],
                    ),
                    "Наставники обучены",
                    "Сертификаты",
                ),
            ],
        ),
        (
            5,
            "Этап 5. Формирование наставнических пар (групп)",
            [
                E(
                    R(
                        "Групповая встреча наставников и наставляемых",
                        "январь",
                        "Зам. директора по ВР\nпедагог-психолог",
                        "5.1",
                        ("m", 1),
                        ["deputy_director_upbringing", "psychologist"],
                    ),
                    "Знакомство участников",
                    "Фотоотчёт",
                ),
                E(
                    R(
                        "Анкетирование участников по итогам встречи (предпочтения)",
                        "январь",
                        "Педагог-психолог",
                        "5.2",
                        ("m", 1),
                        ["psychologist"],
                    ),
                    "Учтены пожелания",
                    "Анкеты",
                ),
                E(
                    R(
                        "Формирование пар (групп) и закрепление их приказом директора",
                        "до 01.02.2021",
                        "Директор",
                        "5.4",
                        ("dl", 1, 2, 2021),
                        ["director"],
                    ),
                    "Пары закреплены",
                    "Приказ",
                ),
            ],
        ),
        (
            6,
            "Этап 6. Организация работы наставнических пар (групп)",
            [
                E(
                    R(
                        "Первая встреча наставника и наставляемого (знакомство)",
                        "февраль",
                        "Наставники",
                        "6.1",
                        ("m", 2),
                        ["mentors"],
                    ),
                    "Установлен контакт",
                    "—",
                ),
                E(
                    R(
                        "Пробная рабочая встреча наставника и наставляемого",
                        "февраль",
                        "Наставники",
                        "6.2",
                        ("m", 2),
                        ["mentors"],
                    ),
                    "Определён формат работы",
                    "—",
                ),
                E(
                    R(
                        "Регулярные встречи наставнических пар",
                        "по графику",
                        "Наставники\nвоспитатели",
                        "6.4",
                        ("u",),
                        ["mentors", "teachers"],
                    ),
                    "Достижение целей пары",
                    "Журнал встреч",
                ),
                E(
                    R(
                        "Анкетирование удовлетворённости участием в программе",
                        "апрель",
                        "Педагог-психолог",
                        "6.8",
                        ("m", 4),
                        ["psychologist"],
                    ),
                    "Оценка удовлетворённости",
                    "Справка",
                ),
            ],
        ),
        (
            7,
            "Этап 7. Завершение наставничества",
            [
                E(
                    R(
                        "Торжественное мероприятие по итогам года, награждение наставников",
                        "май",
                        "Директор\nзам. директора по ВР\nпедагог-организатор",
                        "7.2",
                        ("m", 5),
                        ["director", "deputy_director_upbringing", "other"],
                    ),
                    "Подведены итоги",
                    "Приказ о поощрении",
                ),
                E(
                    R(
                        "Мониторинг качества реализации программы наставничества",
                        "май",
                        "Зам. директора по УВР",
                        "7.3",
                        ("m", 5),
                        ["deputy_director_academic"],
                    ),
                    "Оценка качества",
                    "Аналитическая справка",
                ),
                E(
                    R(
                        "Внесение итогов в базу наставников и базу наставляемых",
                        "июнь",
                        "Зам. директора по УВР",
                        "7.7",
                        ("m", 6),
                        ["deputy_director_academic"],
                    ),
                    "Базы обновлены",
                    "Базы данных",
                ),
                E(
                    R(
                        "Публикация результатов программы на сайте школы-интерната",
                        "июнь",
                        "Ответственный за сайт\nзам. директора по ВР",
                        "7.6",
                        ("m", 6),
                        ["other", "deputy_director_upbringing"],
                    ),
                    "Опыт представлен",
                    "Ссылка на публикацию",
                ),
                E(
                    R(
                        "Отчёт о реализации дорожной карты учредителю",
                        "июнь",
                        "Директор",
                        None,
                        ("m", 6),
                        ["director"],
                    ),
                    "Отчёт представлен",
                    "Отчёт",
                ),
            ],
        ),
    ],
    look=Look("tiff", dpi=180, seed=2905, pages=2),
)


# --------------------------------------------------------------------------- 6: college, scanned PDF
# ГБПОУ «Котласский колледж сервиса и технологий», 2021/2022.  Portrait, DejaVu Sans 9.5 pt, numbered
# stage rows (number in the first column, name in the second, other cells empty), an empty
# «Отметка о выполнении» column.

COL_ORG = "ГБПОУ «Котласский колледж сервиса и технологий»"
COLLEGE = Flat(
    folder="kotlas_college_scan_pdf",
    org=COL_ORG,
    year=2021,
    model="target_model_2019",
    font="DejaVu Sans",
    size=9.5,
    landscape=False,
    margins=(2.5, 1.0, 1.5, 1.5),
    approve=[
        "УТВЕРЖДАЮ",
        f"Директор {COL_ORG}",
        "__________ /подпись/ А.В. Шестаков",
        "Приказ № 203-од от 30.08.2021",
    ],
    agreed=[],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "ПО ВНЕДРЕНИЮ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"{COL_ORG} на 2021–2022 учебный год",
    ],
    title_size=11,
    headers=["№", "Мероприятие", "Сроки", "Ответственные", "Отметка о выполнении"],
    widths=[1.1, 7.0, 2.6, 4.4, 2.4],
    stage_style="numbered",
    numbering="dotted",
    sections=[
        (
            1,
            "Подготовка условий для запуска программы наставничества",
            [
                E(
                    R(
                        "Приказ о внедрении целевой модели наставничества в колледже, назначение куратора",
                        "до 10.09.2021",
                        "Директор",
                        None,
                        ("dl", 10, 9, 2021),
                        ["director"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Создание рабочей группы по внедрению целевой модели",
                        "сентябрь",
                        "Зам. директора по УР",
                        None,
                        ("m", 9),
                        ["deputy_director_academic"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Информирование педагогических работников на заседании педагогического совета",
                        "сентябрь",
                        "Зам. директора по УР\nметодист",
                        "1.1",
                        ("m", 9),
                        ["deputy_director_academic", "methodologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Информирование родителей студентов первого курса на родительских собраниях",
                        "сентябрь – октябрь",
                        "Кураторы учебных групп\nзаведующие отделениями",
                        "1.2",
                        ("r", 9, 10),
                        ["class_teacher", "other"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Классные часы для студентов о программе наставничества",
                        "сентябрь",
                        "Кураторы учебных групп",
                        "1.4",
                        ("m", 9),
                        ["class_teacher"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Встреча с работодателями – социальными партнёрами и выпускниками колледжа",
                        "октябрь",
                        "Руководитель центра содействия трудоустройству выпускников",
                        "1.3",
                        ("m", 10),
                        ["other"],
                    ),
                    "",
                ),
            ],
        ),
        (
            2,
            "Формирование базы наставляемых",
            [
                E(
                    R(
                        "Анкетирование студентов, сбор согласий совершеннолетних на обработку персональных "
                        "данных",
                        "сентябрь – октябрь",
                        "Педагог-психолог\nкураторы групп",
                        "2.1",
                        ("r", 9, 10),
                        ["psychologist", "class_teacher"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Сбор информации о запросах наставляемых от кураторов, социального педагога, родителей "
                        "несовершеннолетних студентов; согласия законных представителей",
                        "октябрь",
                        "Социальный педагог\nкураторы групп",
                        "2.2",
                        ("m", 10),
                        ["social_pedagogue", "class_teacher"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Формирование базы наставляемых",
                        "до 1 ноября",
                        "Методист",
                        "2.3",
                        ("dl", 1, 11),
                        ["methodologist"],
                    ),
                    "",
                ),
            ],
        ),
        (
            3,
            "Формирование базы наставников",
            [
                E(
                    R(
                        "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                        "«преподаватель – студент»",
                        "октябрь",
                        "Рабочая группа",
                        "3.1",
                        ("m", 10),
                        ["other"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Первичная оценка наставляемых по параметрам мониторинга",
                        "октябрь",
                        "Педагог-психолог",
                        "3.2",
                        ("m", 10),
                        ["psychologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Анкетирование преподавателей, мастеров производственного обучения, представителей "
                        "работодателей",
                        "октябрь – ноябрь",
                        "Заведующие отделениями\nметодист",
                        "3.3",
                        ("r", 10, 11),
                        ["other", "methodologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Формирование базы наставников",
                        "ноябрь",
                        "Методист",
                        "3.4",
                        ("m", 11),
                        ["methodologist"],
                    ),
                    "",
                ),
            ],
        ),
        (
            4,
            "Отбор и обучение наставников",
            [
                E(
                    R(
                        "Собеседование с кандидатами в наставники",
                        "ноябрь",
                        "Зам. директора по УР\nпедагог-психолог",
                        "4.2",
                        ("m", 11),
                        ["deputy_director_academic", "psychologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Обучение наставников по программе «Наставник в профессиональном образовании»",
                        "IV квартал",
                        "Методист\nруководители ЦМК",
                        "4.4",
                        ("r", 10, 12),
                        ["methodologist", "head_of_methodical_association"],
                    ),
                    "",
                ),
            ],
        ),
        (
            5,
            "Формирование наставнических пар и групп",
            [
                E(
                    R(
                        "Встреча наставников и наставляемых в формате «быстрых встреч»",
                        "декабрь",
                        "Методист\nкураторы групп",
                        "5.1",
                        ("m", 12),
                        ["methodologist", "class_teacher"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Анкетирование участников по итогам встречи",
                        "декабрь",
                        "Педагог-психолог",
                        "5.2",
                        ("m", 12),
                        ["psychologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Закрепление пар и групп приказом директора колледжа",
                        "декабрь",
                        "Директор",
                        "5.4",
                        ("m", 12),
                        ["director"],
                    ),
                    "",
                ),
            ],
        ),
        (
            6,
            "Организация работы наставнических пар и групп",
            [
                E(
                    R(
                        "Встреча-планирование: составление индивидуального плана развития наставляемого",
                        "январь",
                        "Наставники",
                        "6.3",
                        ("m", 1),
                        ["mentors"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Регулярные встречи наставников и наставляемых",
                        "январь – май",
                        "Наставники",
                        "6.4",
                        ("r", 1, 5),
                        ["mentors"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Сбор обратной связи от наставников и наставляемых",
                        "март, май",
                        "Методист\nкураторы групп",
                        "6.5",
                        ("m", 3),
                        ["methodologist", "class_teacher"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Заключительная встреча всех наставнических пар и групп",
                        "июнь",
                        "Зам. директора по УР\nметодист",
                        "6.7",
                        ("m", 6),
                        ["deputy_director_academic", "methodologist"],
                    ),
                    "",
                ),
            ],
        ),
        (
            7,
            "Завершение наставничества",
            [
                E(
                    R(
                        "Торжественное мероприятие, награждение лучших наставников (в рамках выпускного вечера)",
                        "июнь",
                        "Директор\nзам. директора по ВР",
                        "7.2",
                        ("m", 6),
                        ["director", "deputy_director_upbringing"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Итоговый мониторинг влияния программы на участников",
                        "июнь",
                        "Педагог-психолог",
                        "7.4",
                        ("m", 6),
                        ["psychologist"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Описание лучших практик наставничества в виде кейсов",
                        "июнь",
                        "Руководители ЦМК\nнаставники",
                        "7.5",
                        ("m", 6),
                        ["head_of_methodical_association", "mentors"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Отчёт рабочей группы о выполнении дорожной карты",
                        "до 30.06.2022",
                        "Рабочая группа",
                        None,
                        ("dl", 30, 6, 2022),
                        ["other"],
                    ),
                    "",
                ),
                E(
                    R(
                        "Формирование долгосрочной базы наставников колледжа",
                        "август",
                        "Методист",
                        "7.8",
                        ("m", 8),
                        ["methodologist"],
                    ),
                    "",
                ),
            ],
        ),
    ],
    look=Look("pdf", dpi=300, seed=2906, pages=2),
)


# --------------------------------------------------------------------------- 7: school, no stage rows
# МАОУ «СОШ № 12» г. Ишима, 2023/2024.  Portrait, DejaVu Serif 10 pt, one numbered list without any
# stage rows (stage ids from the meaning of each row), reordered: bases before their analysis.

ISHIM_ORG = "МАОУ «Средняя общеобразовательная школа № 12» г. Ишима"
ISHIM = Flat(
    folder="ishim_sosh12_nostages_scan_pdf",
    org=ISHIM_ORG,
    year=2023,
    model="target_model_2019",
    font="DejaVu Serif",
    size=10,
    landscape=False,
    margins=(2.0, 1.0, 1.5, 1.5),
    approve=[
        "УТВЕРЖДАЮ",
        "Директор МАОУ СОШ № 12 г. Ишима",
        "__________ /подпись/ Е.Ю. Вахрушева",
        "Приказ № 156 от 01.09.2023",
    ],
    agreed=[],
    title=[
        "ПЛАН МЕРОПРИЯТИЙ (ДОРОЖНАЯ КАРТА)",
        "ПО РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"в {ISHIM_ORG} в 2023–2024 учебном году",
    ],
    title_size=11,
    headers=["№", "Содержание работы", "Срок исполнения", "Исполнители"],
    widths=[1.1, 8.7, 3.1, 5.1],
    stage_style="none",
    sections=[
        (
            1,
            "",
            [
                E(
                    R(
                        "Корректировка Положения о наставничестве и программы наставничества на новый учебный год",
                        "до 15 сентября",
                        "Зам. директора по УВР\nЗахарова Н.В.",
                        None,
                        ("dl", 15, 9),
                        ["deputy_director_academic"],
                    )
                ),
                E(
                    R(
                        "Назначение куратора внедрения целевой модели наставничества",
                        "01.09.2023",
                        "Директор",
                        None,
                        ("d", 1, 9, 2023),
                        ["director"],
                    )
                ),
                E(
                    R(
                        "Совещание педагогического коллектива: задачи наставничества в новом учебном году",
                        "сентябрь",
                        "Куратор наставничества",
                        "1.1",
                        ("m", 9),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Родительские собрания: информирование о программе наставничества",
                        "сентябрь",
                        "Классные руководители",
                        "1.2",
                        ("m", 9),
                        ["class_teacher"],
                    )
                ),
            ],
        ),
        (
            2,
            "",
            [
                E(
                    R(
                        "Анкетирование учащихся 5–11 классов – потенциальных наставляемых",
                        "сентябрь – октябрь",
                        "Педагог-психолог\nклассные руководители",
                        "2.1",
                        ("r", 9, 10),
                        ["psychologist", "class_teacher"],
                    )
                ),
            ],
        ),
        (
            3,
            "",
            [
                E(
                    R(
                        "Определение форм наставничества на учебный год",
                        "сентябрь",
                        "Куратор наставничества",
                        "3.1",
                        ("m", 9),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Анкетирование потенциальных наставников: педагогов, старшеклассников, родителей, "
                        "выпускников",
                        "октябрь",
                        "Куратор наставничества",
                        "3.3",
                        ("m", 10),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            2,
            "",
            [
                E(
                    R(
                        "Формирование базы наставляемых",
                        "до 20 октября",
                        "Куратор наставничества",
                        "2.3",
                        ("dl", 20, 10),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            3,
            "",
            [
                E(
                    R(
                        "Формирование базы наставников",
                        "до 20 октября",
                        "Куратор наставничества",
                        "3.4",
                        ("dl", 20, 10),
                        ["program_curator"],
                    )
                ),
            ],
        ),
        (
            4,
            "",
            [
                E(
                    R(
                        "Обучение наставников: «Школа наставника» (3 занятия)",
                        "I полугодие",
                        "Педагог-психолог\nруководитель ШМО",
                        "4.4",
                        ("r", 9, 12),
                        ["psychologist", "head_of_methodical_association"],
                    )
                ),
            ],
        ),
        (
            5,
            "",
            [
                E(
                    R(
                        "Встреча-знакомство наставников и наставляемых",
                        "ноябрь",
                        "Куратор наставничества\nсоветник директора по воспитанию",
                        "5.1",
                        ("m", 11),
                        ["program_curator", "senior_counselor"],
                    )
                ),
                E(
                    R(
                        "Формирование наставнических пар и групп, утверждение приказом",
                        "ноябрь",
                        "Директор",
                        "5.4",
                        ("m", 11),
                        ["director"],
                    )
                ),
            ],
        ),
        (
            6,
            "",
            [
                E(
                    R(
                        "Встречи наставника и наставляемого по индивидуальному плану",
                        "декабрь – апрель",
                        "Наставники",
                        "6.4",
                        ("r", 12, 4),
                        ["mentors"],
                    )
                ),
                E(
                    R(
                        "Сбор обратной связи от участников (анкеты, беседы)",
                        "декабрь, март",
                        "Педагог-психолог",
                        "6.5",
                        ("m", 12),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Мониторинг личной удовлетворённости участием в программе",
                        "апрель",
                        "Педагог-психолог",
                        "6.8",
                        ("m", 4),
                        ["psychologist"],
                    )
                ),
                E(
                    R(
                        "Заключительная встреча наставника и наставляемого",
                        "май",
                        "Наставники",
                        "6.6",
                        ("m", 5),
                        ["mentors"],
                    )
                ),
            ],
        ),
        (
            7,
            "",
            [
                E(
                    R(
                        "Приглашение на фестиваль родителей, партнёров, представителей управления образования",
                        "май",
                        "Зам. директора по ВР",
                        "7.1",
                        ("m", 5),
                        ["deputy_director_upbringing"],
                    )
                ),
                E(
                    R(
                        "Фестиваль наставнических практик «Вместе к успеху», награждение лучших наставников",
                        "май",
                        "Директор\nзам. директора по ВР\nсоветник директора по воспитанию",
                        "7.2",
                        ("m", 5),
                        ["director", "deputy_director_upbringing", "senior_counselor"],
                    )
                ),
                E(
                    R(
                        "Мониторинг качества реализации программы наставничества",
                        "май – июнь",
                        "Куратор наставничества",
                        "7.3",
                        ("r", 5, 6),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Публикация итогов на сайте школы и в госпаблике",
                        "июнь",
                        "Ответственный за сайт",
                        "7.6",
                        ("m", 6),
                        ["other"],
                    )
                ),
                E(
                    R(
                        "Внесение изменений в базу наставников и базу наставляемых",
                        "июнь",
                        "Куратор наставничества",
                        "7.7",
                        ("m", 6),
                        ["program_curator"],
                    )
                ),
                E(
                    R(
                        "Участие в муниципальном конкурсе «Лучшие практики наставничества»",
                        "в течение учебного года",
                        "Куратор наставничества",
                        None,
                        ("c",),
                        ["program_curator"],
                    )
                ),
            ],
        ),
    ],
    look=Look("pdf", dpi=240, seed=2907, pages=1),
)


# --------------------------------------------------------------------------- 8: 2022 model, scanned PDF
# МБОУ «ООШ № 5» г. Шарьи, 2022/2023, system of mentoring of pedagogical workers.  Landscape, Liberation
# Serif 12 pt, numbered stage rows spanning the table, a «Форма отчётности» column.

SHARYA_ORG = "МБОУ «Основная общеобразовательная школа № 5» г. Шарьи"
SHARYA = Flat(
    folder="sharya_oosh5_teachers_scan_pdf",
    org=SHARYA_ORG,
    year=2022,
    model="teachers_2022",
    font="Liberation Serif",
    size=12,
    landscape=True,
    margins=(2.0, 1.0, 1.5, 1.2),
    approve=[
        "УТВЕРЖДАЮ",
        "Директор МБОУ «ООШ № 5» г. Шарьи",
        "__________ /подпись/ О.А. Смирнова",
        "Приказ № 73/2 от 05.09.2022",
    ],
    agreed=[],
    title=[
        "ДОРОЖНАЯ КАРТА",
        "РЕАЛИЗАЦИИ СИСТЕМЫ (ЦЕЛЕВОЙ МОДЕЛИ) НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ",
        f"в {SHARYA_ORG} на 2022–2023 учебный год",
    ],
    title_size=13,
    headers=["№ п/п", "Мероприятие", "Срок", "Ответственный", "Форма отчётности"],
    widths=[1.2, 11.5, 3.8, 5.2, 5.0],
    stage_style="bold",
    sections=[
        (
            1,
            "1. Подготовка условий для реализации системы наставничества",
            [
                E(
                    R(
                        "Разработка и утверждение Положения о системе наставничества педагогических работников",
                        "до 30.09.2022",
                        "Директор\nзам. директора по УВР",
                        None,
                        ("dl", 30, 9, 2022),
                        ["director", "deputy_director_academic"],
                    ),
                    "Приказ, Положение",
                ),
                E(
                    R(
                        "Разработка и утверждение дорожной карты реализации системы наставничества",
                        "до 30.09.2022",
                        "Зам. директора по УВР",
                        None,
                        ("dl", 30, 9, 2022),
                        ["deputy_director_academic"],
                    ),
                    "Дорожная карта",
                ),
                E(
                    R(
                        "Назначение куратора реализации программ наставничества",
                        "сентябрь",
                        "Директор",
                        None,
                        ("m", 9),
                        ["director"],
                    ),
                    "Приказ",
                ),
                E(
                    R(
                        "Информирование педагогов о системе наставничества на педагогическом совете",
                        "октябрь",
                        "Куратор наставничества",
                        None,
                        ("m", 10),
                        ["program_curator"],
                    ),
                    "Протокол педсовета",
                ),
            ],
        ),
        (
            2,
            "2. Формирование банка наставляемых",
            [
                E(
                    R(
                        "Анкетирование педагогов для выявления профессиональных затруднений",
                        "октябрь",
                        "Педагог-психолог\nруководители ШМО",
                        None,
                        ("m", 10),
                        ["psychologist", "head_of_methodical_association"],
                    ),
                    "Анкеты, справка",
                ),
                E(
                    R(
                        "Сбор согласий наставляемых на обработку персональных данных",
                        "октябрь",
                        "Куратор наставничества",
                        None,
                        ("m", 10),
                        ["program_curator"],
                    ),
                    "Согласия",
                ),
                E(
                    R(
                        "Формирование банка наставляемых (молодые специалисты, вновь принятые педагоги)",
                        "ежегодно, до 1 ноября",
                        "Куратор наставничества",
                        None,
                        ("dl", 1, 11),
                        ["program_curator"],
                        note="annual",
                    ),
                    "Банк наставляемых",
                ),
            ],
        ),
        (
            3,
            "3. Формирование банка наставников",
            [
                E(
                    R(
                        "Выявление педагогов, готовых выступить наставниками; получение письменного согласия",
                        "октябрь",
                        "Руководители ШМО",
                        None,
                        ("m", 10),
                        ["head_of_methodical_association"],
                    ),
                    "Согласия",
                ),
                E(
                    R(
                        "Формирование банка наставников",
                        "ежегодно, до 1 ноября",
                        "Куратор наставничества",
                        None,
                        ("dl", 1, 11),
                        ["program_curator"],
                        note="annual",
                    ),
                    "Банк наставников",
                ),
            ],
        ),
        (
            4,
            "4. Отбор и обучение",
            [
                E(
                    R(
                        "Подбор наставников для конкретных наставляемых",
                        "ноябрь",
                        "Куратор наставничества\nруководители ШМО",
                        None,
                        ("m", 11),
                        ["program_curator", "head_of_methodical_association"],
                    ),
                    "Список пар",
                ),
                E(
                    R(
                        "Прохождение наставниками курсов повышения квалификации",
                        "по плану КОИРО",
                        "Зам. директора по УВР",
                        None,
                        ("u",),
                        ["deputy_director_academic"],
                    ),
                    "Удостоверения",
                ),
                E(
                    R(
                        "Методический семинар «Роль наставника в адаптации молодого педагога»",
                        "декабрь",
                        "Зам. директора по УВР\nметодист",
                        None,
                        ("m", 12),
                        ["deputy_director_academic", "methodologist"],
                    ),
                    "Материалы семинара",
                ),
            ],
        ),
        (
            5,
            "5. Организация и осуществление работы наставнических пар/групп",
            [
                E(
                    R(
                        "Издание приказа о закреплении наставнических пар/групп",
                        "ноябрь",
                        "Директор",
                        None,
                        ("m", 11),
                        ["director"],
                    ),
                    "Приказ",
                ),
                E(
                    R(
                        "Разработка персонализированных программ наставничества",
                        "до 15 ноября",
                        "Наставники",
                        None,
                        ("dl", 15, 11),
                        ["mentors"],
                    ),
                    "Персонализированные программы",
                ),
                E(
                    R(
                        "Реализация персонализированных программ: взаимопосещение уроков, консультации",
                        "ноябрь – май",
                        "Наставники\nмолодые специалисты",
                        None,
                        ("r", 11, 5),
                        ["mentors", "other"],
                    ),
                    "Журнал наставника",
                ),
                E(
                    R(
                        "Промежуточная диагностика профессионального роста наставляемых",
                        "январь",
                        "Педагог-психолог",
                        None,
                        ("m", 1),
                        ["psychologist"],
                    ),
                    "Справка",
                ),
                E(
                    R(
                        "Открытые уроки молодых специалистов",
                        "II полугодие",
                        "Руководители ШМО",
                        None,
                        ("r", 1, 5),
                        ["head_of_methodical_association"],
                    ),
                    "Технологические карты уроков",
                ),
            ],
        ),
        (
            6,
            "6. Завершение персонализированных программ наставничества",
            [
                E(
                    R(
                        "Отчёты наставников и наставляемых о реализации программ",
                        "май",
                        "Наставники",
                        None,
                        ("m", 5),
                        ["mentors"],
                    ),
                    "Отчёты",
                ),
                E(
                    R(
                        "Анкетирование удовлетворённости участием в программах наставничества",
                        "май",
                        "Педагог-психолог",
                        None,
                        ("m", 5),
                        ["psychologist"],
                    ),
                    "Аналитическая справка",
                ),
                E(
                    R(
                        "Поощрение лучших наставников (грамоты, благодарности)",
                        "июнь",
                        "Директор",
                        None,
                        ("m", 6),
                        ["director"],
                    ),
                    "Приказ о поощрении",
                ),
            ],
        ),
        (
            7,
            "7. Информационная поддержка системы наставничества",
            [
                E(
                    R(
                        "Размещение информации о наставничестве на сайте школы",
                        "ежегодно",
                        "Ответственный за сайт",
                        None,
                        ("a",),
                        ["other"],
                    ),
                    "Раздел сайта",
                ),
                E(
                    R(
                        "Представление опыта наставничества на муниципальном методическом объединении",
                        "в течение учебного года",
                        "Зам. директора по УВР\nруководители ШМО",
                        None,
                        ("c",),
                        ["deputy_director_academic", "head_of_methodical_association"],
                    ),
                    "Выступления",
                ),
            ],
        ),
    ],
    look=Look("pdf", dpi=190, seed=2908, pages=2),
)


# =========================================================================== 3: stage-grouped, 2022
# МБОУ «Лицей № 10» г. Калуги, 2025/2026, system of mentoring of pedagogical workers.  Portrait,
# DejaVu Sans Condensed 9.5 pt.  One table row per stage: № | Наименование этапа | Содержание
# мероприятия (numbered sub-items) | Сроки | Ответственные, dates and responsibles one line-aligned
# block per sub-item (padded with empty lines to the height of the tallest column).

KALUGA_ORG = "МБОУ «Лицей № 10» г. Калуги"
KALUGA_YEAR = 2025
KALUGA_FONT = "DejaVu Sans Condensed"
KALUGA_SIZE = 9.5
KALUGA_WIDTHS = [0.8, 3.2, 7.6, 3.0, 3.4]
KALUGA_STAGES: list[tuple[int, str, list[Row]]] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        [
            R(
                "Издание приказа об организации наставничества педагогических работников в 2025–2026 "
                "учебном году",
                "до 01.09.2025",
                "Директор",
                None,
                ("dl", 1, 9, 2025),
                ["director"],
            ),
            R(
                "Назначение куратора системы наставничества",
                "до 01.09.2025",
                "Директор",
                None,
                ("dl", 1, 9, 2025),
                ["director"],
            ),
            R(
                "Актуализация Положения о системе наставничества и дорожной карты",
                "сентябрь",
                "Зам. директора по НМР",
                None,
                ("m", 9),
                ["deputy_director"],
            ),
            R(
                "Информирование педагогического коллектива о системе наставничества на педагогическом совете",
                "сентябрь",
                "Куратор системы наставничества",
                None,
                ("m", 9),
                ["program_curator"],
            ),
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        [
            R(
                "Выявление профессиональных запросов и дефицитов педагогов (анкетирование, диагностика)",
                "Ежегодно, до 15 сентября",
                "Педагог-психолог",
                None,
                ("dl", 15, 9),
                ["psychologist"],
                note="annual",
            ),
            R(
                "Формирование банка данных наставляемых",
                "Ежегодно, до 1 октября",
                "Куратор",
                None,
                ("dl", 1, 10),
                ["program_curator"],
                note="annual",
            ),
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        [
            R(
                "Отбор кандидатов в наставники из числа опытных педагогов, получение их письменного согласия",
                "до 20 сентября",
                "Руководители ШМО",
                None,
                ("dl", 20, 9),
                ["head_of_methodical_association"],
            ),
            R(
                "Формирование банка данных наставников",
                "Ежегодно, до 1 октября",
                "Куратор",
                None,
                ("dl", 1, 10),
                ["program_curator"],
                note="annual",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение",
        [
            R(
                "Подбор наставников под запросы конкретных наставляемых",
                "до 1 октября",
                "Куратор, руководители ШМО",
                None,
                ("dl", 1, 10),
                ["program_curator", "head_of_methodical_association"],
            ),
            R(
                "Обучение наставников: курсы повышения квалификации, методический семинар",
                "по плану-графику КПК",
                "Зам. директора по НМР",
                None,
                ("u",),
                ["deputy_director"],
            ),
            R(
                "Консультации и обмен опытом между наставниками",
                "в течение года",
                "Куратор",
                None,
                ("c",),
                ["program_curator"],
            ),
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        [
            R(
                "Закрепление наставнических пар/групп приказом директора",
                "Ежегодно, до 1 октября",
                "Директор",
                None,
                ("dl", 1, 10),
                ["director"],
                note="annual",
            ),
            R(
                "Разработка персонализированных программ наставничества",
                "до 15 октября",
                "Наставники",
                None,
                ("dl", 15, 10),
                ["mentors"],
            ),
            R(
                "Реализация персонализированных программ: открытые уроки, взаимопосещения, совместная "
                "подготовка к конкурсам",
                "октябрь – май",
                "Наставники, наставляемые",
                None,
                ("r", 10, 5),
                ["mentors", "other"],
            ),
            R(
                "Промежуточный мониторинг: анкетирование наставляемых",
                "январь",
                "Педагог-психолог",
                None,
                ("m", 1),
                ["psychologist"],
            ),
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        [
            R(
                "Отчёты наставников и наставляемых о выполнении программ",
                "май",
                "Наставники",
                None,
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Итоговое заседание методического совета, поощрение лучших наставников",
                "июнь",
                "Директор, зам. директора по НМР",
                None,
                ("m", 6),
                ["director", "deputy_director"],
            ),
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        [
            R(
                "Ведение раздела «Наставничество» на сайте лицея",
                "постоянно",
                "Ответственный за сайт",
                None,
                ("c",),
                ["other"],
            ),
            R(
                "Участие в муниципальном конкурсе «Наставник года»",
                "февраль – март",
                "Зам. директора по НМР",
                None,
                ("r", 2, 3),
                ["deputy_director"],
            ),
        ],
    ),
]

CELL_PAD_CM = 0.19  # left and right cell margins of «Table Grid»


def _wrapped_lines(text: str, font: ImageFont.FreeTypeFont, size: float, width_cm: float) -> int:
    """How many lines a paragraph takes in a cell: greedy wrap at spaces and after hyphens."""
    avail = (width_cm - 2 * CELL_PAD_CM) / 2.54 * 72
    scale = size / 100.0
    lines, cur = 1, ""
    for word in text.split():
        parts = word.split("-")
        pieces = [p + "-" for p in parts[:-1]] + [parts[-1]]
        for k, piece in enumerate(pieces):
            cand = piece if not cur else (cur + piece if k else f"{cur} {piece}")
            if font.getlength(cand) * scale <= avail:
                cur = cand
            else:
                lines += 1
                cur = piece
    return lines


def _aligned_cell(cell: _Cell, blocks: Sequence[str], own: Sequence[int], heights: Sequence[int]) -> None:
    """One paragraph per block (taking ``own`` lines), then empty paragraphs up to the block's height."""
    lines: list[str] = []
    for text, n, height in zip(blocks, own, heights, strict=True):
        lines.append(text)
        lines.extend([""] * (height - n))
    _cell(cell, "\n".join(lines))


def build_kaluga() -> int:
    folder = HERE / "kaluga_lyceum10_teachers_grouped_photo_jpg"
    _clean(folder)
    font = ImageFont.truetype(FONT_FILES[KALUGA_FONT], 100)
    doc = _new_document(False)
    margins = (2.0, 1.0, 1.2, 1.2)
    _setup(doc, KALUGA_FONT, KALUGA_SIZE, margins)
    _header_block(
        doc,
        [
            "УТВЕРЖДАЮ",
            "Директор МБОУ «Лицей № 10» г. Калуги",
            "_________ /подпись/ С.В. Маркелова",
            "Приказ № 214/1 от 28.08.2025",
        ],
        [],
        18.0,
    )
    _title(
        doc,
        [
            "ДОРОЖНАЯ КАРТА (ПЛАН МЕРОПРИЯТИЙ)",
            "ПО РЕАЛИЗАЦИИ ПОЛОЖЕНИЯ О СИСТЕМЕ НАСТАВНИЧЕСТВА",
            "ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ",
            f"{KALUGA_ORG} на 2025–2026 учебный год",
        ],
        11,
    )
    table = _grid(doc, 5)
    hdr = _add_row(table)
    for i, h in enumerate(["№", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]):
        _cell(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    w_text, w_date, w_resp = KALUGA_WIDTHS[2], KALUGA_WIDTHS[3], KALUGA_WIDTHS[4]
    for stage_id, name, rows in KALUGA_STAGES:
        texts = [f"{k}) {row['text']}" for k, row in enumerate(rows, start=1)]
        dates = [str(row["date"]) for row in rows]
        resps = [str(row["resp"]) for row in rows]
        n_text = [_wrapped_lines(t, font, KALUGA_SIZE, w_text) for t in texts]
        n_date = [_wrapped_lines(d, font, KALUGA_SIZE, w_date) for d in dates]
        n_resp = [_wrapped_lines(r, font, KALUGA_SIZE, w_resp) for r in resps]
        heights = [max(a, b, c) for a, b, c in zip(n_text, n_date, n_resp, strict=True)]
        tr = _add_row(table)
        _cell(tr.cells[0], f"{stage_id}.", align="c")
        _cell(tr.cells[1], name)
        _aligned_cell(tr.cells[2], texts, n_text, heights)
        _aligned_cell(tr.cells[3], dates, n_date, heights)
        _aligned_cell(tr.cells[4], resps, n_resp, heights)
        truth.extend(_truth(row, stage_id, KALUGA_YEAR) for row in rows)
    _widths(table, KALUGA_WIDTHS)
    _keep_rows(table, 1)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        pdf = _pdf_pages(docx_path)
    _emit(pdf, folder, Look("photo", dpi=260, seed=2903, pages=1))
    _write(folder, KALUGA_ORG, KALUGA_YEAR, truth, "teachers_2022")
    return len(truth)


# =========================================================================== main


def main() -> None:
    total = 0
    for flat in (RURAL, KINDERGARTEN):
        n = build_flat(flat)
        print(f"{flat.folder}: {n} rows")
        total += n
    n = build_kaluga()
    print(f"kaluga_lyceum10_teachers_grouped_photo_jpg: {n} rows")
    total += n
    for flat in (GYMNASIUM, INTERNAT, COLLEGE, ISHIM, SHARYA):
        n = build_flat(flat)
        print(f"{flat.folder}: {n} rows")
        total += n
    print(f"total: {total} rows")


if __name__ == "__main__":
    main()
