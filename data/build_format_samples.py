"""Build the samples that hold a DOCX sample's document in another format, with the same truth.

Run: `.venv/bin/python -m data.build_format_samples` after `data.build_samples` (it reads the DOCX
samples and rewrites every folder it knows; a folder's `expected.json` is left alone).

Each folder `data/samples/<source>_<format>/` holds `roadmap.<ext>`, the source's `truth.json` (changed
only where the format changes the document: a scan holds only its pages' rows, an Excel date cell holds
no «до») and `about.md`. Office formats, the PDFs of Word documents and the Excel PDF are saved by
LibreOffice (one call per target format, with a profile of its own); the text layer of a PDF comes
from pdftotext; the drawn PDFs come from reportlab, the workbook from openpyxl, scans and photos are
rendered pages with pypdfium2 and Pillow. Random noise has fixed seeds, so a rebuild gives the same
bytes, except for what LibreOffice writes: its PDFs carry their creation date, its .odt/.rtf random
revision ids.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import math
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from data.build_samples import SAMPLES_DIR, SIDE_FILES, repack
from data.sample_specs.model import on

Truth = dict[str, Any]
Align = Literal["left", "center", "right"]

SOFFICE = "soffice"
PDFTOTEXT = "pdftotext"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PDF_SOURCES = (
    "lyceum6_numbered",
    "elidig_stage_grouped",
    "lyceum12_flowing",
    "regional_template",
    "kindergarten_romashka",
)
OFFICE_SOURCES = ("lyceum6_numbered", "kindergarten_romashka")  # .odt, .rtf and .doc
HTML_SOURCES = ("lyceum6_numbered",)
CP1251_SOURCE = "lyceum12_flowing"

SCAN_DPI = 300
PHOTO_DPI = 150
NOISE_SEED = 20240901
PERSPECTIVE_SEED = 20240902


@dataclass(frozen=True)
class Derived:
    """One sample folder: its input file, truth and the two lines of about.md."""

    name: str
    filename: str
    data: bytes
    truth: Truth
    source: str
    rules: str


# --- the DOCX sources ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A paragraph outside the table; `\\n` inside is a line break."""

    text: str
    align: Align
    bold: bool


@dataclass(frozen=True)
class Cell:
    text: str  # paragraphs joined by «\n»
    span: int  # grid columns covered
    bold: bool
    italic: bool


@dataclass(frozen=True)
class SourceDoc:
    """A DOCX sample made of a title block and one table: the paragraphs, the rows (header first)."""

    head: list[Line]
    rows: list[list[Cell]]
    widths_cm: list[float]
    author: str
    title: str


def sample_dir(name: str) -> Path:
    return SAMPLES_DIR / name


def docx_path(name: str) -> Path:
    return sample_dir(name) / "roadmap.docx"


def load_truth(name: str) -> Truth:
    truth: Truth = json.loads((sample_dir(name) / "truth.json").read_text(encoding="utf-8"))
    return truth


def _align(p: DocxParagraph) -> Align:
    if p.alignment == WD_ALIGN_PARAGRAPH.CENTER:
        return "center"
    if p.alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        return "right"
    return "left"


def _styled(runs: Sequence[Any], attr: str) -> bool:
    texts = [r for r in runs if r.text.strip()]
    return bool(texts) and all(getattr(r, attr) for r in texts)


def _row_cells(row: Any) -> list[Cell]:
    """A row's cells once each, a horizontally merged cell with the columns it covers."""
    cells: list[Cell] = []
    last: object = None
    for cell in row.cells:
        if cell._tc is last:
            prev = cells[-1]
            cells[-1] = Cell(prev.text, prev.span + 1, prev.bold, prev.italic)
            continue
        last = cell._tc
        runs = [r for p in cell.paragraphs for r in p.runs]
        cells.append(Cell(cell.text, 1, _styled(runs, "bold"), _styled(runs, "italic")))
    return cells


def read_docx(name: str) -> SourceDoc:
    """The DOCX sample's title block and table, as a reader of the page sees them."""
    doc = Document(str(docx_path(name)))
    head: list[Line] = []
    table: Table | None = None
    for child in doc.element.body.iterchildren():
        if child.tag.endswith("}tbl"):
            assert table is None, f"{name}: more than one table"
            table = Table(child, doc)
        elif child.tag.endswith("}p"):
            p = DocxParagraph(child, doc)
            if table is None:
                head.append(Line(p.text, _align(p), _styled(p.runs, "bold")))
            else:
                assert not p.text.strip(), f"{name}: text after the table"
    assert table is not None, f"{name}: no table"
    widths = [col.width.cm for col in table.columns]
    return SourceDoc(
        head,
        [_row_cells(row) for row in table.rows],
        widths,
        doc.core_properties.author or "",
        doc.core_properties.title or "",
    )


# --- writing ------------------------------------------------------------------------------------


def write_derived(sample: Derived) -> None:
    folder = sample_dir(sample.name)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_file() and old.name not in SIDE_FILES and old.name != sample.filename:
            old.unlink()
    (folder / sample.filename).write_bytes(sample.data)
    (folder / "truth.json").write_text(
        json.dumps(sample.truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    about = f"Source: {sample.source}\nExercises: {sample.rules}\n"
    (folder / "about.md").write_text(about, encoding="utf-8")


# --- office formats -----------------------------------------------------------------------------


def soffice(work: Path, inputs: Sequence[Path], target: str) -> dict[str, bytes]:
    """Convert every input in one call; the outputs by input stem."""
    out = work / "out" / re.sub(r"\W+", "_", target)
    profile = (work / "profile").as_uri()
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    subprocess.run(
        [*command, "--convert-to", target, "--outdir", str(out), *map(str, inputs)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    ext = target.split(":", 1)[0]
    result = {p.stem: (out / f"{p.stem}.{ext}").read_bytes() for p in inputs}
    return result


def staged_docx(work: Path, names: Sequence[str]) -> list[Path]:
    """The sources copied under their sample names, so each output is named after its source."""
    folder = work / "docx"
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.docx"
        shutil.copyfile(docx_path(name), path)
        paths.append(path)
    return paths


PDF_RULES = {
    "lyceum6_numbered": "three pages, the header row repeated on each; narrow columns wrap «зам. директора "
    "поУВР» over several lines; stage rows with empty cells",
    "elidig_stage_grouped": "a portrait preamble, then landscape pages; merged stage and group cells, dates "
    "padded with blank lines that only line up by position on the page",
    "lyceum12_flowing": "unnumbered 3-column table, stage rows spanning the row with Задача:/Результат:",
    "regional_template": "landscape, 5 columns with «Результат. Вид документа» and the «1 2 3 4 5» row",
    "kindergarten_romashka": "stage titles spanning the row after their number, nested quotes in the name",
}


def pdf_exports(pdfs: dict[str, bytes]) -> list[Derived]:
    return [
        Derived(
            f"{name}_pdf",
            "roadmap.pdf",
            pdfs[name],
            load_truth(name),
            f"sample {name}, the same document saved as PDF (tables ruled as in the Word file).",
            f"PDF text layer of the same roadmap, truth unchanged: {PDF_RULES[name]}.",
        )
        for name in PDF_SOURCES
    ]


OFFICE_FORMATS: dict[str, tuple[str, str]] = {
    "odt": (
        "OpenDocument text (.odt)",
        "a zip with content.xml: table rows, spanned cells and styles in ODF",
    ),
    "rtf": ("RTF", "the table as RTF rows (\\trowd … \\row) with the Cyrillic text escaped"),
    "doc": (
        "a Word 97–2003 document (.doc)",
        "the binary OLE format that has to be converted before reading",
    ),
}


def office_exports(work: Path) -> list[Derived]:
    """.odt and .rtf from the DOCX; .doc from the .odt.

    LibreOffice 7.4 saves a DOCX made by python-docx to a .doc whose tables it cannot open again (the
    cells come back as one run-on paragraph); saved from its own format the tables survive.
    """
    sources = staged_docx(work, OFFICE_SOURCES)
    files = {ext: soffice(work, sources, ext) for ext in ("odt", "rtf")}
    odt_dir = work / "odt"
    odt_dir.mkdir()
    odts = []
    for name, data in files["odt"].items():
        odts.append(odt_dir / f"{name}.odt")
        odts[-1].write_bytes(data)
    files["doc"] = soffice(work, odts, "doc")
    return [
        Derived(
            f"{name}_{ext}",
            f"roadmap.{ext}",
            files[ext][name],
            load_truth(name),
            f"sample {name}, the same document saved as {what}.",
            f"{rules}; truth unchanged.",
        )
        for ext, (what, rules) in OFFICE_FORMATS.items()
        for name in OFFICE_SOURCES
    ]


def html_exports(work: Path) -> list[Derived]:
    files = soffice(work, staged_docx(work, HTML_SOURCES), "html")
    return [
        Derived(
            f"{name}_html",
            "roadmap.html",
            files[name],
            load_truth(name),
            f"sample {name}, the same document saved as a web page (HTML).",
            "An HTML table with <p> paragraphs inside cells, italic and bold markup, the approval block as "
            "right-aligned paragraphs; truth unchanged.",
        )
        for name in HTML_SOURCES
    ]


def docx_text(name: str) -> str:
    doc = Document(str(docx_path(name)))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def cp1251_text(work: Path) -> Derived:
    name = CP1251_SOURCE
    files = soffice(work, staged_docx(work, [name]), "txt:Text (encoded):MS_1251,CRLF")
    data = files[name]
    docx_text(name).encode("cp1251")  # raises if a character has no place in the code page
    return Derived(
        f"{name}_txt_cp1251",
        "roadmap.txt",
        data,
        load_truth(name),
        f"sample {name}, the same document saved as plain text in the Windows-1251 code page.",
        "Plain text in cp1251 with CRLF line ends: every table cell on its own line, a row's activity, "
        "dates and responsible one after another, stage rows as their title followed by Задача:/Результат: "
        "lines; the trailing lists stay paragraphs; truth unchanged.",
    )


# --- text exports -------------------------------------------------------------------------------


def pdftotext(pdf: bytes, *options: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        done = subprocess.run(
            [PDFTOTEXT, *options, f.name, "-"], check=True, capture_output=True, timeout=120
        )
    return done.stdout.decode("utf-8")


def layout_text(pdf: bytes) -> Derived:
    name = "lyceum6_numbered"
    return Derived(
        f"{name}_layout_txt",
        "roadmap.txt",
        pdftotext(pdf, "-layout").encode("utf-8"),
        load_truth(name),
        f"sample {name}: the text layer of its PDF (sample {name}_pdf), columns kept in place with spaces.",
        "A column-aligned text dump: cells side by side padded with spaces, wrapped cells continue on the "
        "next lines in their own columns, form feeds between pages, the header repeated on each page; "
        "truth unchanged.",
    )


def tsv_line(fields: Sequence[str], n: int) -> str:
    cells = [" ".join(f.split()) for f in fields]
    return "\t".join(cells + [""] * (n - len(cells)))


def tsv_export() -> Derived:
    """The table as a spreadsheet's tab-separated export: one line per row, every row as wide."""
    name = "regional_template"
    src = read_docx(name)
    n = len(src.widths_cm)
    lines: list[str] = []
    for line in src.head:
        for part in line.text.split("\n"):
            lines.append(tsv_line([""] * (n - 1) + [part] if line.align == "right" else [part], n))
    for row in src.rows:
        fields: list[str] = []
        for cell in row:
            fields += [cell.text] + [""] * (cell.span - 1)
        lines.append(tsv_line(fields, n))
    text = "\r\n".join(lines) + "\r\n"
    return Derived(
        f"{name}_tsv",
        "roadmap.tsv",
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        load_truth(name),
        f"sample {name}, its table saved as tab-separated text (UTF-8 with a byte-order mark).",
        "Tab-separated rows all five fields wide: the approval lines in the last field, the title in the "
        "first, stage rows as one field followed by empty ones, the «1 2 3 4 5» row; truth unchanged.",
    )


# --- drawn PDFs -----------------------------------------------------------------------------------

FACES = {  # (bold, italic) -> face
    (False, False): "DejaVuSans",
    (True, False): "DejaVuSans-Bold",
    (False, True): "DejaVuSans-Oblique",
    (True, True): "DejaVuSans-BoldOblique",
}


def register_fonts() -> None:
    for face in FACES.values():
        pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / f"{face}.ttf")))


@dataclass(frozen=True)
class Sheet:
    """How a table is typeset: page, column widths (pt), font size, and what a page break does."""

    pagesize: tuple[float, float]
    widths: tuple[float, ...]
    size: float
    ruled: bool
    repeat_header: bool
    split_rows: bool  # a row that does not fit is broken between the pages (as Word does), else moved
    pad: float = 3.0
    title_gap: float = 0.0  # extra space under the title block
    margins: tuple[float, float, float, float] = (2 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm)  # l, r, t, b


@dataclass(frozen=True)
class Block:
    """A laid-out cell: where it starts, how wide, its wrapped lines and face."""

    x: float
    width: float
    lines: tuple[str, ...]
    face: str


class Typesetter:
    """Draws a source's title block and table page by page; remembers the rows a page break split."""

    def __init__(self, src: SourceDoc, sheet: Sheet) -> None:
        self.src, self.sheet = src, sheet
        self.buf = io.BytesIO()
        self.canvas = Canvas(self.buf, pagesize=sheet.pagesize, invariant=1)
        self.canvas.setAuthor(src.author)
        self.canvas.setTitle(src.title)
        left, right, top, bottom = sheet.margins
        self.left, self.right = left, sheet.pagesize[0] - right
        self.top, self.bottom = sheet.pagesize[1] - top, bottom
        self.y = self.top
        self.leading = sheet.size * 1.2
        self.page = 1
        self.split: list[tuple[int, str]] = []  # (page, wording) of each row a page break split

    def run(self) -> bytes:
        self.title_block()
        header, *rows = self.src.rows
        self.draw_row(self.layout(header, bold=True))
        for row in rows:
            self.place(row)
        self.canvas.showPage()
        self.canvas.save()
        return self.buf.getvalue()

    def title_block(self) -> None:
        size = self.sheet.size
        for line in self.src.head:
            title = line.align == "center"
            face = FACES[(line.bold or title, False)]
            font = size + 2 if title else size
            self.canvas.setFont(face, font)
            for part in line.text.split("\n"):
                for text in simpleSplit(part, face, font, self.right - self.left) or [""]:
                    self.y -= font * 1.2
                    if line.align == "right":
                        self.canvas.drawRightString(self.right, self.y, text)
                    elif title:
                        self.canvas.drawCentredString((self.left + self.right) / 2, self.y, text)
                    else:
                        self.canvas.drawString(self.left, self.y, text)
        self.y -= size * 1.2 + self.sheet.title_gap

    def layout(self, row: Sequence[Cell], *, bold: bool = False) -> list[Block]:
        blocks: list[Block] = []
        col, x = 0, self.left
        for cell in row:
            width = sum(self.sheet.widths[col : col + cell.span])
            face = FACES[(cell.bold or bold, cell.italic)]
            inner = width - 2 * self.sheet.pad
            lines = [
                text
                for part in cell.text.split("\n")
                for text in simpleSplit(part, face, self.sheet.size, inner) or [""]
            ]
            blocks.append(Block(x, width, tuple(lines), face))
            col, x = col + cell.span, x + width
        return blocks

    def height(self, blocks: Sequence[Block]) -> float:
        return max(len(b.lines) for b in blocks) * self.leading + 2 * self.sheet.pad

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = self.top
        if self.sheet.repeat_header:
            self.draw_row(self.layout(self.src.rows[0], bold=True))

    def place(self, row: Sequence[Cell]) -> None:
        blocks = self.layout(row)
        if self.y - self.height(blocks) >= self.bottom:
            self.draw_row(blocks)
            return
        fit = int((self.y - self.bottom - 2 * self.sheet.pad) // self.leading)
        if self.sheet.split_rows and 0 < fit < max(len(b.lines) for b in blocks):
            self.draw_row([Block(b.x, b.width, b.lines[:fit], b.face) for b in blocks])
            self.split.append((self.page, " ".join(max((c.text for c in row), key=len).split())))
            self.new_page()
            self.draw_row([Block(b.x, b.width, b.lines[fit:], b.face) for b in blocks])
            return
        self.new_page()
        self.draw_row(blocks)

    def draw_row(self, blocks: Sequence[Block]) -> None:
        h = self.height(blocks)
        pad, size = self.sheet.pad, self.sheet.size
        self.canvas.setLineWidth(0.5)
        for b in blocks:
            if self.sheet.ruled:
                self.canvas.rect(b.x, self.y - h, b.width, h)
            self.canvas.setFont(b.face, size)
            for i, text in enumerate(b.lines):
                self.canvas.drawString(b.x + pad, self.y - pad - size * 0.95 - i * self.leading, text)
        self.y -= h


def widths_cm(*cms: float) -> tuple[float, ...]:
    return tuple(w * cm for w in cms)


GYMNASIUM_WIDTHS = widths_cm(1.1, 8.6, 3.4, 4.4)  # portrait A4 less margins: 17.5 cm


def reportlab_ruled() -> Derived:
    """A page break must fall inside a row: the space under the title is the first that makes one."""
    name = "gymnasium_paraphrased"
    src = read_docx(name)
    for gap in range(0, 60, 2):
        sheet = Sheet(
            A4, GYMNASIUM_WIDTHS, 9.5, ruled=True, repeat_header=True, split_rows=True, title_gap=gap
        )
        typesetter = Typesetter(src, sheet)
        data = typesetter.run()
        if typesetter.split:
            break
    else:
        raise AssertionError("no page break falls inside a row")
    splits = ", ".join(f"«{text[:50]}…» (pages {page}–{page + 1})" for page, text in typesetter.split)
    return Derived(
        f"{name}_reportlab_ruled",
        "roadmap.pdf",
        data,
        load_truth(name),
        f"sample {name}, the same roadmap typeset as a portrait PDF with a ruled table.",
        "Ruled table over several pages, the header row repeated at the top of each page, rows split by "
        f"a page break: {splits}; a split row's first lines end its page and its other lines continue "
        "under the repeated header in a ruled row of their own, with an empty number cell; truth unchanged.",
    )


def reportlab_unruled() -> Derived:
    name = "gymnasium_paraphrased"
    src = read_docx(name)
    sheet = Sheet(
        A4, widths_cm(1.1, 7.8, 3.8, 4.8), 9.5, ruled=False, repeat_header=False, split_rows=False, pad=4
    )
    return Derived(
        f"{name}_reportlab_unruled",
        "roadmap.pdf",
        Typesetter(src, sheet).run(),
        load_truth(name),
        f"sample {name}, the same roadmap typeset as a portrait PDF without any table lines.",
        "No ruling at all: columns only by the x positions of their words, activity cells wrapped over "
        "two to five lines beside one- or two-line dates and responsible cells, stage titles running across "
        "the columns, rows kept whole and separated only by a little space, the header printed once; "
        "truth unchanged.",
    )


def landscape_ruled() -> Derived:
    name = "lyceum6_numbered"
    src = read_docx(name)
    page = landscape(A4)
    frame = page[0] - 3.5 * cm
    widths = tuple(w / sum(src.widths_cm) * frame for w in src.widths_cm)
    sheet = Sheet(page, widths, 11, ruled=True, repeat_header=True, split_rows=False)
    return Derived(
        f"{name}_landscape",
        "roadmap.pdf",
        Typesetter(src, sheet).run(),
        load_truth(name),
        f"sample {name}, the same roadmap typeset as a landscape A4 PDF with a ruled table.",
        "Landscape pages (wider than tall) with a wide activity column, the header row repeated on each "
        "page, rows kept whole, stage rows with empty cells, italic responsible cells; truth unchanged.",
    )


# --- Excel --------------------------------------------------------------------------------------

XLSX_HEADER = (
    "№ п/п",
    "Наименование мероприятия",
    "Срок исполнения",
    "Ответственный исполнитель",
    "Результат. Вид документа",
)
XLSX_DATE_ROW = "1.1"  # its «до 01.09.2023» is typed as the date 01.09.2023
XLSX_DATE = dt.datetime(2023, 9, 1)
XLSX_TIME = dt.datetime(2023, 8, 31, 10, 30)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def set_widths(ws: Any, widths_cm: Sequence[float]) -> list[float]:
    """Column widths in Excel's units (characters of the default font), from the Word table's."""
    widths = [round(w * 4.6, 1) for w in widths_cm]
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    return widths


def fit_height(ws: Any, r: int, texts: Sequence[tuple[str, float]], points: float) -> None:
    """Set a row's height to its wrapped text, as Excel does when the text is typed."""
    lines = max(
        sum(max(1, math.ceil(len(part) / max(width * 1.05, 1))) for part in text.split("\n"))
        for text, width in texts
    )
    ws.row_dimensions[r].height = round(lines * points * 1.3 + 2, 1)


def print_setup(ws: Any) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def merged_line(ws: Any, r: int, n: int, text: str, font: Font, horizontal: str) -> None:
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.cell(row=r, column=1).font = font
    ws.cell(row=r, column=1).alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)


def title_sheet(ws: Any, src: SourceDoc) -> None:
    """The title block alone: approval lines on the right, the title centred, each merged across."""
    ws.title = "Титул"
    n = len(XLSX_HEADER)
    total = sum(set_widths(ws, src.widths_cm))
    r = 1
    for line in src.head:
        if line.text:
            size = 14 if line.align == "center" else 12
            merged_line(
                ws, r, n, line.text, Font(name="Times New Roman", size=size, bold=line.bold), line.align
            )
            fit_height(ws, r, [(line.text, total * 12 / size)], size)
        r += 1
    print_setup(ws)


def roadmap_sheet(ws: Any, src: SourceDoc) -> None:
    """Title row, header, column numbers, stage rows merged across, a hidden key column after the table."""
    n = len(XLSX_HEADER)
    widths = set_widths(ws, src.widths_cm)
    title = next(line.text for line in src.head if line.align == "center" and line.text)
    merged_line(ws, 1, n, title, Font(name="Times New Roman", size=13, bold=True), "center")
    fit_height(ws, 1, [(title, sum(widths) * 11 / 13)], 13)
    ws.append([])
    ws.append([*XLSX_HEADER, "ключ"])  # row 3
    stage_rows: set[int] = set()
    key = 0
    for row in src.rows[1:]:
        values: list[object] = [c.text for c in row]
        if all(c.text.isdigit() for c in row):
            values = [int(c.text) for c in row]  # the column numbers row, typed as numbers
        elif len(row) > 1:
            if values[0] == XLSX_DATE_ROW:
                values[2] = XLSX_DATE
            key += 1
            values.append(key)
        ws.append(values)
        if len(row) == 1:
            stage_rows.add(ws.max_row)
    for r in range(3, ws.max_row + 1):
        bold = r == 3 or r in stage_rows
        for c in range(1, n + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP
            cell.font = Font(name="Times New Roman", size=11, bold=bold)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
        if r in stage_rows:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            fit_height(ws, r, [(str(ws.cell(row=r, column=1).value), sum(widths))], 11)
        else:
            fit_height(
                ws,
                r,
                [(str(ws.cell(row=r, column=c).value or ""), widths[c - 1]) for c in range(1, n + 1)],
                11,
            )
    ws.column_dimensions[get_column_letter(n + 1)].hidden = True
    ws.print_title_rows = "3:3"
    print_setup(ws)


def workbook_bytes(src: SourceDoc) -> bytes:
    wb = Workbook()
    title_sheet(wb.active, src)
    roadmap_sheet(wb.create_sheet("Дорожная карта"), src)
    wb.active = 1
    props = wb.properties
    props.creator = props.lastModifiedBy = src.author
    props.created = XLSX_TIME
    props.modified = XLSX_TIME + dt.timedelta(hours=3)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # keeps `modified` as set (save_workbook stamps the time)
    return repack(buf.getvalue())


def xlsx_truth(name: str) -> Truth:
    """The source's truth with the date-cell row as the day its cell holds."""
    truth = copy.deepcopy(load_truth(name))
    src_rows = read_docx(name).rows
    texts = [" ".join(row[1].text.split()) for row in src_rows if row[0].text == XLSX_DATE_ROW]
    (row,) = [a for a in truth["activities"] if a["text"] == texts[0]]
    row.update(
        on(XLSX_DATE.day, XLSX_DATE.month, XLSX_DATE.year).fields(truth["document"]["academic_year_start"])
    )
    return truth


def xlsx_samples(work: Path) -> list[Derived]:
    name = "regional_template"
    data = workbook_bytes(read_docx(name))
    truth = xlsx_truth(name)
    path = work / "xlsx" / f"{name}.xlsx"
    path.parent.mkdir()
    path.write_bytes(data)
    pdf = soffice(work, [path], "pdf")[name]
    date_rule = (
        f"row {XLSX_DATE_ROW}'s term is a date cell 01.09.2023 (the «до» of the Word table cannot be kept in "
        "a date cell), so its truth is that day, not a deadline"
    )
    return [
        Derived(
            f"{name}_xlsx",
            "roadmap.xlsx",
            data,
            truth,
            f"sample {name}, the same roadmap kept as an Excel workbook.",
            "Excel workbook: the first sheet «Титул» holds only the title block, the roadmap is on the second "
            "sheet under a title row merged across it; stage rows merged across the columns; wrapped text; a "
            "hidden key column after the table; the «1 2 3 4 5» row as numbers; "
            f"{date_rule}.",
        ),
        Derived(
            f"{name}_xlsx_pdf",
            "roadmap.pdf",
            pdf,
            truth,
            f"sample {name}_xlsx, that workbook printed to PDF.",
            "A PDF printed from a spreadsheet: page 1 the title sheet, then the roadmap sheet scaled to the "
            "page width with its header repeated, merged title and stage rows, the hidden column not "
            f"printed; {date_rule}.",
        ),
    ]


# --- scans and photos ---------------------------------------------------------------------------


def render_page(pdf: bytes, index: int, dpi: int) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        image: Image.Image = doc[index].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()
    return image.convert("RGB")


def pages_text(pdf: bytes) -> list[str]:
    """pdftotext's reading of each page."""
    return pdftotext(pdf).split("\f")[:-1]


def compact(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text)


def rows_on_pages(pdf: bytes, truth: Truth, last_page: int) -> int:
    """How many of the truth's rows, from the first, are printed on pages 1..last_page.

    A row is on those pages when its whole wording is in their text; none may be split across the
    last page's end, and the rows after it must be absent.
    """
    pages = pages_text(pdf)
    shown = compact("".join(pages[:last_page]))
    texts = [compact(str(a["text"])) for a in truth["activities"]]
    n = 0
    while n < len(texts) and texts[n] in shown:
        n += 1
    for text in texts[n:]:
        assert text[:40] not in shown, f"row split or out of order: {text[:60]}"
    return n


def truth_of_pages(truth: Truth, n: int) -> Truth:
    return {"document": truth["document"], "activities": truth["activities"][:n]}


def scan_page(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A grey scan: the page turned by 1° on white paper, with light sensor noise."""
    grey = page.convert("L").rotate(-1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(grey, dtype=np.float32) + rng.normal(0.0, 5.0, (grey.height, grey.width))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def scan_sample(pdf: bytes) -> Derived:
    name = "lyceum6_numbered"
    truth = load_truth(name)
    n = rows_on_pages(pdf, truth, 2)
    rng = np.random.default_rng(NOISE_SEED)
    pages = [scan_page(render_page(pdf, i, SCAN_DPI), rng) for i in range(2)]
    buf = io.BytesIO()
    pages[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=pages[1:],
        compression="tiff_jpeg",
        quality=75,
        dpi=(SCAN_DPI, SCAN_DPI),
    )
    last = truth["activities"][n - 1]["text"]
    return Derived(
        f"{name}_scan",
        "roadmap.tiff",
        buf.getvalue(),
        truth_of_pages(truth, n),
        f"sample {name}: pages 1–2 of the printed document (sample {name}_pdf) as a scanned image.",
        f"OCR of a 2-page grey TIFF at {SCAN_DPI} dpi, turned by 1°, with light noise; no text layer. "
        f"Truth: the first {n} activities only, those printed on pages 1–2 (the text of the PDF's pages "
        f"shows page 2 ending with «{last[:50]}…» and page 3 starting with the next row; no row is split "
        "between the pages); facts unchanged (the title is on page 1).",
    )


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) that map points of the output to the input."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(a), np.array(b))]


def photo_of(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The page lying on a grey desk, shot slightly from the side, lit from the upper left."""
    w, h = page.size
    margin = int(0.08 * w)
    canvas = (w + 2 * margin, h + 2 * margin)
    jitter = rng.uniform(-0.025, 0.025, 8) * w
    corners = [
        (margin + 0.03 * w + jitter[0], margin + jitter[1]),
        (margin + w - 0.01 * w + jitter[2], margin + 0.02 * h + jitter[3]),
        (margin + w + jitter[4], margin + h - 0.01 * h + jitter[5]),
        (margin - 0.01 * w + jitter[6], margin + h + jitter[7]),
    ]
    square = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    warped = page.transform(
        canvas,
        Image.Transform.PERSPECTIVE,
        perspective_coeffs(corners, square),
        Image.Resampling.BICUBIC,
        fillcolor=(118, 120, 116),
    )
    ys, xs = np.mgrid[0 : canvas[1], 0 : canvas[0]]
    light = 1.05 - 0.3 * (xs / canvas[0] * 0.4 + ys / canvas[1] * 0.6)
    pixels = np.asarray(warped, dtype=np.float32) * light[..., None]
    pixels += rng.normal(0.0, 3.0, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")


def photo_sample(pdf: bytes) -> Derived:
    name = "lyceum6_numbered"
    truth = load_truth(name)
    n = rows_on_pages(pdf, truth, 1)
    photo = photo_of(render_page(pdf, 0, PHOTO_DPI), np.random.default_rng(PERSPECTIVE_SEED))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=60)
    last = truth["activities"][n - 1]["text"]
    return Derived(
        f"{name}_photo",
        "roadmap.jpg",
        buf.getvalue(),
        truth_of_pages(truth, n),
        f"sample {name}: page 1 of the printed document (sample {name}_pdf) as a photo taken at an angle.",
        "OCR of a JPEG (quality 60): the page in perspective on a grey background, unevenly lit, "
        f"lines no longer horizontal. Truth: the first {n} activities only, those on page 1 (its text ends "
        f"with «{last[:50]}…»; page 2 starts with the next row); facts unchanged (the title is on page 1).",
    )


def english_layer_pdf(work: Path, images: Sequence[Image.Image]) -> bytes:
    """Scanned pages with an invisible text layer OCR'd in English (`tesseract -l eng pdf`), the
    «HACTABHNYECTBA» kind of layer that must be judged garbled and read again, page by page."""
    out = pdfium.PdfDocument.new()
    for i, image in enumerate(images):
        jpg = work / f"eng-{i}.jpg"  # tesseract embeds its input as is: JPEG keeps the sample small
        image.save(jpg, quality=75, dpi=(SCAN_DPI, SCAN_DPI))
        subprocess.run(
            ["tesseract", str(jpg), str(work / f"eng-{i}"), "-l", "eng", "pdf"],
            check=True,
            capture_output=True,
        )
        out.import_pages(pdfium.PdfDocument(str(work / f"eng-{i}.pdf")))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def english_layer_sample(work: Path, pdf: bytes) -> Derived:
    name = "lyceum6_numbered"
    truth = load_truth(name)
    n = rows_on_pages(pdf, truth, 2)
    rng = np.random.default_rng(NOISE_SEED)
    data = english_layer_pdf(work, [scan_page(render_page(pdf, i, SCAN_DPI), rng) for i in range(2)])
    return Derived(
        f"{name}_eng_layer",
        "roadmap.pdf",
        data,
        truth_of_pages(truth, n),
        f"sample {name}: pages 1–2 of the printed document as scans whose hidden text layer was OCR'd in English.",
        "Every page carries Latin look-alike garbage over the image: judged garbled, read again with Tesseract "
        f"(rus). Truth: the first {n} activities, those on pages 1–2.",
    )


def mixed_sample(work: Path, pdf: bytes) -> Derived:
    name = "lyceum6_numbered"
    rng = np.random.default_rng(NOISE_SEED)
    scanned = english_layer_pdf(work, [scan_page(render_page(pdf, i, SCAN_DPI), rng) for i in (1, 2)])
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(pdf), [0])
    out.import_pages(pdfium.PdfDocument(scanned))
    buf = io.BytesIO()
    out.save(buf)
    return Derived(
        f"{name}_mixed",
        "roadmap.pdf",
        buf.getvalue(),
        load_truth(name),
        f"sample {name}: page 1 with its real text layer, pages 2–3 scans under an English-OCR layer.",
        "The text layer is judged per page: page 1 is read from it, pages 2–3 by OCR; the table runs on "
        "across the three pages. Truth: all activities.",
    )


# --- all of it ----------------------------------------------------------------------------------


def all_derived(work: Path) -> list[Derived]:
    pdfs = soffice(work, staged_docx(work, PDF_SOURCES), "pdf")
    register_fonts()
    return [
        *pdf_exports(pdfs),
        *office_exports(work),
        *html_exports(work),
        layout_text(pdfs["lyceum6_numbered"]),
        cp1251_text(work),
        tsv_export(),
        reportlab_ruled(),
        reportlab_unruled(),
        landscape_ruled(),
        *xlsx_samples(work),
        scan_sample(pdfs["lyceum6_numbered"]),
        photo_sample(pdfs["lyceum6_numbered"]),
        english_layer_sample(work, pdfs["lyceum6_numbered"]),
        mixed_sample(work, pdfs["lyceum6_numbered"]),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="format-samples-", dir="/tmp") as tmp:
        for sample in all_derived(Path(tmp)):
            write_derived(sample)
            size = math.ceil(len(sample.data) / 1024)
            print(
                f"{sample.name}: {sample.filename} {size} KiB, {len(sample.truth['activities'])} activities"
            )


if __name__ == "__main__":
    main()
