"""Build the image roadmaps of data/holdout20/<name>/ (one input image file + truth.json each).

Run: .venv/bin/python -m data.holdout20.build   (from /work/main)

Eight roadmaps of eight organizations, each laid out as its own DOCX, printed to PDF by LibreOffice
and then turned into what a school would upload: a phone photo (JPEG), a grey scan (PNG) or a
scanned PDF holding only page images.  The rows and their hand labels live in content.py and
content_b.py; truth.json is written from the same rows that are printed.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
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
from data.holdout.build import TruthActivity, _new_document, _soffice_pdf, _widths, expand, write_truth
from data.holdout20.content import ALMETYEVSK, BELGOROD, KIROV, NOVOILYINKA, A, Roadmap
from data.holdout20.content_b import ACHINSK, KALININGRAD, KURGAN, ULAN_UDE

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
SERIF = "Times New Roman"
SANS = "Arial"


# --------------------------------------------------------------------------- truth


def _stage_of(row: A, section_stage: int | None) -> int | None:
    if section_stage is not None:
        return section_stage
    if row.aid is not None:
        return int(row.aid.split(".")[0])
    return row.st


def truth_of(rm: Roadmap) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for sec in rm.sections:
        for row in sec.rows:
            assert len(set(row.roles)) == len(row.roles), row
            d = expand(row.spec, rm.year)
            out.append(
                {
                    "text": row.text,
                    "activity_id": row.aid,
                    "stage_id": _stage_of(row, sec.stage),
                    "date_kind": d["date_kind"],
                    "date_start": d["date_start"],
                    "date_end": d["date_end"],
                    "month_start": d["month_start"],
                    "month_end": d["month_end"],
                    "recurrence": d["recurrence"],
                    "roles": list(row.roles),
                }
            )
    return out


# --------------------------------------------------------------------------- docx helpers


@dataclass
class Style:
    font: str
    size: float
    landscape: bool = False
    margin_cm: float = 1.5


def new_doc(st: Style) -> DocxDocument:
    doc = _new_document(st.landscape)
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = st.font
    normal.font.size = Pt(st.size)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(st.margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(st.margin_cm)
    return doc


def para(doc: DocxDocument, text: str, bold: bool = False, align: str = "l") -> Paragraph:
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def head_and_tail(doc: DocxDocument, lines: Sequence[tuple[str, bool, str]]) -> None:
    for text, bold, align in lines:
        para(doc, text, bold, align)


def cell_lines(cell: _Cell, lines: Sequence[str], bold: bool = False, italic_from: int = -1) -> None:
    """Cell text, one paragraph per line; lines from ``italic_from`` on are italic."""
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            run = p.add_run(line)
            run.bold = bold
            if 0 <= italic_from <= i:
                run.italic = True
                run.bold = False


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def new_row(table: Table) -> _Row:
    """A new last row (python-docx leaves Table.add_row unannotated)."""
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def keep_whole(row: _Row) -> None:
    """A row that Word/LibreOffice may not split over a page break."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    tr_pr.append(el)


def grid_table(doc: DocxDocument, headers: Sequence[str], fill: str | None = None) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = new_row(table)
    for i, h in enumerate(headers):
        cell_lines(hdr.cells[i], h.split("\n"), bold=True)
        hdr.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if fill:
            shade(hdr.cells[i], fill)
    return table


def spanning_row(table: Table, text: str, fill: str | None = None, align: str = "l") -> None:
    row = new_row(table)
    merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
    cell_lines(merged, [text], bold=True)
    if align == "c":
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(merged, fill)


def plain_row(table: Table, values: Sequence[str]) -> None:
    row = new_row(table)
    for i, v in enumerate(values):
        cell_lines(row.cells[i], [v])


# --------------------------------------------------------------------------- layouts


def lay_spanning(rm: Roadmap, path: Path) -> None:
    """1. Numbered table, stage rows spanning the whole table, continuous row numbers."""
    doc = new_doc(Style(SERIF, 10, margin_cm=1.2))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(doc, ["№ п/п", "Мероприятие", "Срок", "Ответственный"])
    n = 0
    for sec in rm.sections:
        spanning_row(table, sec.heading, align="c")
        for r in sec.rows:
            n += 1
            plain_row(table, [str(n), r.text, r.date, r.resp])
    _widths(table, [1.0, 9.7, 3.0, 4.9])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_dotted(rm: Roadmap, path: Path) -> None:
    """2. Number column «1.1»; stage rows «1.» with the name in the second cell only."""
    doc = new_doc(Style(SANS, 9.5, margin_cm=1.4))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(doc, ["№", "Наименование мероприятия", "Сроки", "Ответственные"], fill="D9D9D9")
    for i, sec in enumerate(rm.sections, start=1):
        row = new_row(table)
        cell_lines(row.cells[0], [f"{i}."], bold=True)
        cell_lines(row.cells[1], [sec.heading], bold=True)
        for j, r in enumerate(sec.rows, start=1):
            plain_row(table, [f"{i}.{j}", r.text, r.date, r.resp])
    _widths(table, [1.1, 10.0, 2.8, 4.3])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_form(rm: Roadmap, path: Path) -> None:
    """3. «Форма проведения» column, no stage headings, rows 1..N."""
    doc = new_doc(Style(SERIF, 10.5, margin_cm=1.5))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(
        doc, ["№\nп/п", "Мероприятие", "Форма проведения", "Сроки", "Ответственный"], fill="EDEDED"
    )
    n = 0
    for sec in rm.sections:
        for r in sec.rows:
            n += 1
            plain_row(table, [f"{n}.", r.text, r.extra[0], r.date, r.resp])
    _widths(table, [1.0, 7.2, 3.6, 2.6, 3.6])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_unruled(rm: Roadmap, path: Path) -> None:
    """4. A table without any rules: columns held only by spacing."""
    doc = new_doc(Style(SERIF, 11, margin_cm=1.8))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table: Table = doc.add_table(rows=0, cols=4)
    no_borders(table)
    hdr = new_row(table)
    for i, h in enumerate(["№", "Мероприятия", "Сроки", "Ответственные"]):
        cell_lines(hdr.cells[i], [h], bold=True)
    n = 0
    for sec in rm.sections:
        row = new_row(table)
        merged = row.cells[0].merge(row.cells[3])
        cell_lines(merged, ["", sec.heading], bold=True)
        for r in sec.rows:
            n += 1
            plain_row(table, [f"{n}.", r.text, r.date, r.resp])
    _widths(table, [1.0, 9.4, 3.8, 3.2])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_paragraphs(rm: Roadmap, path: Path) -> None:
    """5. No table: stage headings, numbered paragraphs «N. Мероприятие — срок — ответственный»."""
    doc = new_doc(Style(SERIF, 11, margin_cm=1.8))
    head_and_tail(doc, rm.head)
    n = 0
    for sec in rm.sections:
        p = para(doc, sec.heading, bold=True)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        for r in sec.rows:
            n += 1
            q = para(doc, f"{n}. {r.text} — {r.date} — {r.resp}.")
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.first_line_indent = Cm(0.8)
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


# Stage-grouped layout: the date and responsible lines are padded to stay level with each sub-item.

CELL_PAD_CM = 0.19 * 2 + 0.08  # left + right cell margins and a little slack for the renderer


def _wrap_count(text: str, font: ImageFont.FreeTypeFont, size: float, width_cm: float) -> int:
    """How many lines a paragraph takes in a column (greedy wrap at spaces and after hyphens)."""
    if not text:
        return 1
    limit = (width_cm - CELL_PAD_CM) / 2.54 * 72

    def length(s: str) -> float:
        return float(font.getlength(s)) * size / 1000

    pieces: list[str] = []
    for word in text.split(" "):
        parts = word.split("-")
        for k, part in enumerate(parts):
            pieces.append(part + ("-" if k < len(parts) - 1 else " "))
    lines = 1
    current = ""
    for piece in pieces:
        trial = current + piece
        if current and length(trial.rstrip()) > limit:
            lines += 1
            current = piece
        else:
            current = trial
    return lines


def lay_grouped(rm: Roadmap, path: Path) -> None:
    """6. One table row per stage, numbered sub-items, line-aligned dates and responsibles."""
    size = 10.5
    widths = [4.0, 8.1, 2.6, 3.5]
    font = ImageFont.truetype(str(FONT_DIR / "LiberationSerif-Regular.ttf"), 1000)
    doc = new_doc(Style(SERIF, size, margin_cm=1.6))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(doc, ["Этап", "Содержание деятельности", "Сроки", "Ответственные"], fill="E7E6E6")
    for sec in rm.sections:
        content: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for k, r in enumerate(sec.rows, start=1):
            item = f"{k}) {r.text}"
            h = max(
                _wrap_count(item, font, size, widths[1]),
                _wrap_count(r.date, font, size, widths[2]),
                _wrap_count(r.resp, font, size, widths[3]),
            )
            for col, value, w in (
                (content, item, widths[1]),
                (dates, r.date, widths[2]),
                (resps, r.resp, widths[3]),
            ):
                col.append(value)
                col.extend([""] * (h - _wrap_count(value, font, size, w)))
        row = new_row(table)
        keep_whole(row)
        stage_lines = [sec.heading] + ([sec.note] if sec.note else [])
        cell_lines(row.cells[0], stage_lines, bold=True, italic_from=1 if sec.note else -1)
        cell_lines(row.cells[1], content)
        cell_lines(row.cells[2], dates)
        cell_lines(row.cells[3], resps)
    _widths(table, widths)
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_merged_column(rm: Roadmap, path: Path) -> None:
    """7. Stage names in a vertically merged first column."""
    doc = new_doc(Style(SANS, 9, margin_cm=1.5))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(doc, ["Этап", "№ п/п", "Мероприятие", "Срок", "Ответственный"], fill="D9D9D9")
    n = 0
    for sec in rm.sections:
        first = len(table.rows)
        for r in sec.rows:
            n += 1
            plain_row(table, ["", str(n), r.text, r.date, r.resp])
        top = table.cell(first, 0)
        merged = top.merge(table.cell(len(table.rows) - 1, 0)) if len(sec.rows) > 1 else top
        cell_lines(merged, [sec.heading], bold=True)
    _widths(table, [3.1, 0.9, 7.2, 3.1, 3.7])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


def lay_landscape6(rm: Roadmap, path: Path) -> None:
    """8. Landscape, six columns, shaded spanning stage rows."""
    doc = new_doc(Style(SANS, 9, landscape=True, margin_cm=1.3))
    head_and_tail(doc, rm.head)
    para(doc, "")
    table = grid_table(
        doc,
        ["№ п/п", "Мероприятие", "Участники", "Сроки", "Ответственные", "Планируемый результат"],
        fill="D9D9D9",
    )
    n = 0
    for sec in rm.sections:
        spanning_row(table, sec.heading, fill="F2F2F2")
        for r in sec.rows:
            n += 1
            plain_row(table, [f"{n}.", r.text, r.extra[0], r.date, r.resp, r.extra[1]])
    _widths(table, [1.1, 8.6, 4.9, 3.0, 4.6, 4.9])
    head_and_tail(doc, rm.tail)
    doc.save(str(path))


# --------------------------------------------------------------------------- images


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def to_photo(pdf: bytes, out: Path, dpi: int, seed: int, quality: int) -> None:
    assert page_count(pdf) == 1
    img = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    img.save(out, "JPEG", quality=quality)


def to_png_scan(pdf: bytes, out: Path, dpi: int, seed: int) -> None:
    assert page_count(pdf) == 1
    img = scan_page(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    img.save(out, "PNG", optimize=True)


def to_pdf_scan(pdf: bytes, out: Path, dpi: int, seed: int, pages: int) -> None:
    assert page_count(pdf) == pages, page_count(pdf)
    rng = np.random.default_rng(seed)
    images: list[Image.Image] = [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    out.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------- the set

Layout = Callable[[Roadmap, Path], None]
Output = Callable[[bytes, Path], None]


@dataclass
class Item:
    rm: Roadmap
    layout: Layout
    out_name: str
    output: Output


ITEMS: list[Item] = [
    Item(
        ALMETYEVSK, lay_spanning, "roadmap.jpg", lambda p, o: to_photo(p, o, dpi=200, seed=2021, quality=78)
    ),
    Item(KIROV, lay_dotted, "roadmap.png", lambda p, o: to_png_scan(p, o, dpi=200, seed=46)),
    Item(BELGOROD, lay_form, "roadmap.jpg", lambda p, o: to_photo(p, o, dpi=170, seed=12, quality=62)),
    Item(NOVOILYINKA, lay_unruled, "roadmap.png", lambda p, o: to_png_scan(p, o, dpi=190, seed=87)),
    Item(ACHINSK, lay_paragraphs, "roadmap.jpg", lambda p, o: to_photo(p, o, dpi=155, seed=2, quality=70)),
    Item(KURGAN, lay_grouped, "roadmap.pdf", lambda p, o: to_pdf_scan(p, o, dpi=200, seed=301, pages=2)),
    Item(
        ULAN_UDE, lay_merged_column, "roadmap.pdf", lambda p, o: to_pdf_scan(p, o, dpi=220, seed=27, pages=1)
    ),
    Item(
        KALININGRAD, lay_landscape6, "roadmap.jpg", lambda p, o: to_photo(p, o, dpi=215, seed=45, quality=84)
    ),
]


def build(item: Item) -> int:
    folder = HERE / item.rm.folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        item.layout(item.rm, docx_path)
        _soffice_pdf(docx_path, pdf_path)
        item.output(pdf_path.read_bytes(), folder / item.out_name)
    activities = truth_of(item.rm)
    write_truth(folder, item.rm.org, item.rm.year, activities)
    return len(activities)


def main() -> None:
    for item in ITEMS:
        n = build(item)
        print(f"{item.rm.folder}: {n} rows")


if __name__ == "__main__":
    main()
