"""Build the image-only held-out roadmaps in data/holdout17/<name>/ (one image file + truth.json).

Run from the project root: .venv/bin/python -m data.holdout17.build

Eight roadmaps of eight organizations (four schools of different kinds, a lyceum, two
kindergartens, a college), each laid out as its own DOCX table, printed to PDF by LibreOffice,
rendered to page images and turned into a phone photo (JPEG), a scan (PNG, TIFF) or a scanned,
image-only PDF with the image helpers of ``data.build_format_samples``.  The printed rows and their
hand labels live in ``content.py``; truth.json covers every row printed on the pages that make up
the image file.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.table import Table, _Cell, _Row
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    HeadPara,
    Section,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    truth_row,
    write_truth,
)
from data.holdout17 import content as C

HERE = Path(__file__).resolve().parent
SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
CM_PT = 72 / 2.54
CELL_PAD_CM = 0.38  # left + right cell margins of the default table style (2 × 108 twips)


# --------------------------------------------------------------------------- docx helpers


def _doc(landscape: bool, size: float) -> DocxDocument:
    doc = _new_document(landscape)
    style = doc.styles["Normal"]
    style.font.size = Pt(size)
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    return doc


def _head(doc: DocxDocument, paras: Sequence[HeadPara], size: float | None = None) -> None:
    for text, bold, align in paras:
        _para(doc, text, bold=bold, align=align, size=size)


def _border(tag: str, on: bool) -> BaseOxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:val"), "single" if on else "nil")
    if on:
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
    return el


def _borders(table: Table, vertical: bool) -> None:
    """Table borders: all rules, or horizontal rules only."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border(f"w:{edge}", vertical or edge not in ("left", "right", "insideV")))
    tbl_pr.append(borders)


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _row_flag(row: _Row, tag: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(tag))


def _table(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[float],
    vertical: bool = True,
    repeat_header: bool = False,
    center_header: bool = True,
) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(table, vertical)
    hdr = _new_row(table)
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
        if center_header:
            for p in hdr.cells[i].paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if repeat_header:
        _row_flag(hdr, "w:tblHeader")
    return table


def _new_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def _add(table: Table, cells: Sequence[str], bold: bool = False) -> _Row:
    row = _new_row(table)
    for i, val in enumerate(cells):
        _set_cell(row.cells[i], val, bold=bold)
    return row


def _section(table: Table, text: str, fill: str | None = None, italic: bool = False) -> _Row:
    row = _new_row(table)
    merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
    _set_cell(merged, text, bold=True)
    for p in merged.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in p.runs:
            run.italic = italic
    if fill:
        _shade(merged, fill)
    return row


# --------------------------------------------------------------------------- truth + images


def _truth(folder: Path, org: str, y: int, sections: Sequence[Section]) -> int:
    acts: list[TruthActivity] = [truth_row(row, stage, y) for stage, _, rows in sections for row in rows]
    write_truth(folder, org, y, acts)
    return len(acts)


def _print(doc: DocxDocument, pages: int) -> bytes:
    """The DOCX printed to PDF by LibreOffice; asserts the expected page count."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docx_path = work / "roadmap.docx"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, work / "roadmap.pdf")
        pdf = (work / "roadmap.pdf").read_bytes()
    pdf_doc = pdfium.PdfDocument(pdf)
    try:
        n = len(pdf_doc)
    finally:
        pdf_doc.close()
    assert n == pages, f"printed {n} pages, expected {pages}"
    return pdf


def _warm(img: Image.Image, gains: tuple[float, float, float]) -> Image.Image:
    """A colour cast of the room light over a photo (per-channel gains)."""
    px = np.asarray(img, dtype=np.float32) * np.array(gains, dtype=np.float32)
    return Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), mode="RGB")


def _photo(
    folder: Path,
    pdf: bytes,
    seed: int,
    dpi: int,
    quality: int,
    gains: tuple[float, float, float] = (1.0, 1.0, 1.0),
) -> str:
    img = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    img = _warm(img, gains)
    name = "roadmap.jpg"
    img.save(folder / name, format="JPEG", quality=quality)
    return name


def _scans(pdf: bytes, pages: int, seed: int, dpi: int) -> list[Image.Image]:
    rng = np.random.default_rng(seed)
    return [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]


def _png(folder: Path, pdf: bytes, seed: int, dpi: int) -> str:
    (page,) = _scans(pdf, 1, seed, dpi)
    name = "roadmap.png"
    page.save(folder / name, format="PNG", dpi=(dpi, dpi))
    return name


def _tiff(folder: Path, pdf: bytes, pages: int, seed: int, dpi: int) -> str:
    imgs = _scans(pdf, pages, seed, dpi)
    name = "roadmap.tif"
    imgs[0].save(
        folder / name,
        format="TIFF",
        save_all=True,
        append_images=imgs[1:],
        compression="tiff_jpeg",
        quality=80,
        dpi=(dpi, dpi),
    )
    return name


def _pdf_scan(folder: Path, pdf: bytes, pages: int, seed: int, dpi: int) -> str:
    """An image-only PDF: each scanned page stored as a JPEG, no text layer."""
    imgs = _scans(pdf, pages, seed, dpi)
    jpegs: list[Image.Image] = []
    for img in imgs:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78)
        buf.seek(0)
        jpegs.append(Image.open(buf))
    name = "roadmap.pdf"
    jpegs[0].save(folder / name, format="PDF", save_all=True, append_images=jpegs[1:], resolution=float(dpi))
    return name


# --------------------------------------------------------------------------- line wrapping (stage-grouped)

_FONTS: dict[bool, ImageFont.FreeTypeFont] = {}


def _font() -> ImageFont.FreeTypeFont:
    if False not in _FONTS:
        _FONTS[False] = ImageFont.truetype(str(SERIF), 1000)
    return _FONTS[False]


def _n_lines(text: str, width_cm: float, size: float) -> int:
    """Lines a paragraph takes in a cell of the given width (greedy word wrap, Liberation Serif)."""
    if not text:
        return 1
    avail = (width_cm - CELL_PAD_CM) * CM_PT * 0.97
    font = _font()
    lines, cur = 1, ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if font.getlength(trial) / 1000 * size <= avail:
            cur = trial
        else:
            lines += 1 if cur else 0
            cur = word
    return lines


def _aligned(cells: Sequence[Sequence[str]], widths: Sequence[float], size: float) -> list[list[str]]:
    """Columns of line-aligned items: after each item, blank lines pad every column to the tallest."""
    out: list[list[str]] = [[] for _ in cells]
    for items in zip(*cells, strict=True):
        heights = [_n_lines(t, w, size) for t, w in zip(items, widths, strict=True)]
        tall = max(heights)
        for col, (t, h) in enumerate(zip(items, heights, strict=True)):
            out[col].append(t)
            out[col].extend([""] * (tall - h))
    return out


# =========================================================================== builders


def build_belebey(folder: Path) -> int:
    """Plain numbered table, numbered stage rows with empty cells; a phone photo."""
    doc = _doc(False, 10.5)
    _head(
        doc,
        [
            ("УТВЕРЖДАЮ", False, "r"),
            ("Директор МАОУ «СОШ № 9» г. Белебея", False, "r"),
            ("____________ Р.Ф. Галиева", False, "r"),
            ("Приказ № 214 от 30.08.2021 г.", False, "r"),
            ("", False, None),
            ("Дорожная карта", True, "c"),
            ("внедрения целевой модели наставничества в МАОУ «СОШ № 9» г. Белебея", True, "c"),
            ("на 2021 – 2022 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    widths = (1.2, 10.0, 3.0, 3.8)
    table = _table(doc, ["№ п/п", "Мероприятие", "Срок", "Ответственный"], widths)
    for stage, heading, rows in C.BELEBEY:
        _add(table, [f"{stage}.", heading, "", ""], bold=True)
        for row in rows:
            _add(table, [row["num"] or "", row["text"], str(row["date"]), row["resp"] or ""])
    _widths(table, widths)
    _head(doc, [("", False, None), ("Зам. директора по УВР ____________ А.М. Хасанова", False, None)])
    pdf = _print(doc, 1)
    _photo(folder, pdf, seed=170101, dpi=170, quality=70)
    return _truth(folder, C.BELEBEY_ORG, C.BELEBEY_Y, C.BELEBEY)


def build_buguruslan(folder: Path) -> int:
    """Table without vertical rules, Roman stage rows, continuous numbering; a phone photo."""
    doc = _doc(False, 11)
    _head(
        doc,
        [
            ("Утверждаю", False, "r"),
            ("Заведующий МАДОУ", False, "r"),
            ("_________ Т.Г. Шамсутдинова", False, "r"),
            ("«31» августа 2023 г.", False, "r"),
            ("", False, None),
            ("План мероприятий (дорожная карта)", True, "c"),
            ("по внедрению целевой модели наставничества", True, "c"),
            ("в МАДОУ «Детский сад № 6 «Жаворонок»» г. Бугуруслана", True, "c"),
            ("на 2023 – 2024 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    widths = (1.0, 9.6, 3.6, 3.8)
    table = _table(doc, ["№", "Содержание работы", "Сроки", "Ответственные"], widths, vertical=False)
    for _, heading, rows in C.BUGURUSLAN:
        _section(table, heading)
        for row in rows:
            _add(table, [row["num"] or "", row["text"], str(row["date"]), row["resp"] or ""])
    _widths(table, widths)
    pdf = _print(doc, 1)
    _photo(folder, pdf, seed=170202, dpi=160, quality=62, gains=(1.06, 1.0, 0.86))
    return _truth(folder, C.BUGURUSLAN_ORG, C.BUGURUSLAN_Y, C.BUGURUSLAN)


def build_kanash(folder: Path) -> int:
    """Un-numbered table with a «Результат» column and shaded stage rows; a phone photo."""
    doc = _doc(False, 10)
    _head(
        doc,
        [
            ("Приложение 1 к приказу по лицею от 29.08.2025 № 187", False, "r"),
            ("", False, None),
            ("Дорожная карта реализации программы наставничества", True, "c"),
            ("МБОУ «Лицей № 4» г. Канаш на 2025/2026 уч. год", True, "c"),
            ("", False, None),
        ],
        size=12,
    )
    widths = (7.9, 2.6, 3.9, 3.6)
    table = _table(doc, ["Мероприятие", "Срок", "Ответственные", "Результат"], widths)
    for _, heading, rows in C.KANASH:
        _section(table, heading, fill="D9D9D9", italic=True)
        for row in rows:
            _add(table, [row["text"], str(row["date"]), row["resp"] or "", row["note"]])
    _widths(table, widths)
    _head(doc, [("", False, None), ("Куратор наставничества: Никифорова Е.В., учитель истории", False, None)])
    pdf = _print(doc, 1)
    _photo(folder, pdf, seed=170303, dpi=200, quality=80, gains=(0.93, 0.97, 1.04))
    return _truth(folder, C.KANASH_ORG, C.KANASH_Y, C.KANASH)


def build_zyryanovka(folder: Path) -> int:
    """Merged stage column: the stage cell spans its rows; a PNG scan."""
    doc = _doc(False, 10.5)
    _head(
        doc,
        [
            ("Приложение 2 к приказу от 01.09.2020 № 58", False, "r"),
            ("", False, None),
            ("Дорожная карта внедрения целевой модели наставничества обучающихся", True, "c"),
            ("в МКОУ «Зыряновская ООШ» Заринского района на 2020-2021 уч. год", True, "c"),
            ("", False, None),
        ],
    )
    widths = (3.4, 0.8, 7.6, 3.0, 3.2)
    table = _table(doc, ["Этап", "№", "Мероприятия", "Сроки", "Ответственные"], widths)
    for _, heading, rows in C.ZYRYANOVKA:
        first = len(table.rows)
        for row in rows:
            _add(table, ["", row["num"] or "", row["text"], str(row["date"]), row["resp"] or ""])
        cell = table.cell(first, 0)
        if len(rows) > 1:
            cell = cell.merge(table.cell(len(table.rows) - 1, 0))
        _set_cell(cell, heading, bold=True)
    _widths(table, widths)
    _head(doc, [("", False, None), ("Директор школы ____________ В.П. Лунёва", False, None)])
    pdf = _print(doc, 1)
    _png(folder, pdf, seed=170404, dpi=200)
    return _truth(folder, C.ZYRYANOVKA_ORG, C.ZYRYANOVKA_Y, C.ZYRYANOVKA)


def build_michurinsk(folder: Path) -> int:
    """Landscape table, column-number row, «Ожидаемый результат», no stage headings; a PNG scan."""
    doc = _doc(True, 11.5)
    _head(
        doc,
        [
            ("УТВЕРЖДЕНО", False, "r"),
            ("приказом заведующего от 31.08.2022 № 74-од", False, "r"),
            ("Дорожная карта по внедрению целевой модели наставничества", True, "c"),
            ("в МБДОУ «Детский сад № 31 «Светлячок»» г. Мичуринска на 2022 – 2023 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    widths = (1.3, 10.9, 4.0, 4.7, 5.8)
    table = _table(
        doc,
        ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный исполнитель", "Ожидаемый результат"],
        widths,
    )
    nums = _add(table, [str(i) for i in range(1, 6)])
    for c in nums.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _, _, rows in C.MICHURINSK:
        for row in rows:
            _add(table, [row["num"] or "", row["text"], str(row["date"]), row["resp"] or "", row["note"]])
    _widths(table, widths)
    pdf = _print(doc, 1)
    _png(folder, pdf, seed=170505, dpi=240)
    return _truth(folder, C.MICHURINSK_ORG, C.MICHURINSK_Y, C.MICHURINSK)


def build_dzerzhinsk(folder: Path) -> int:
    """Stage-grouped: one row per stage, numbered sub-items, line-aligned dates; a 2-page TIFF scan."""
    size = 10.0
    doc = _doc(False, size)
    _head(
        doc,
        [
            ("СОГЛАСОВАНО", False, None),
            ("на заседании методического совета, протокол № 1 от 27.08.2024", False, None),
            ("", False, None),
            ("План мероприятий (дорожная карта)", True, "c"),
            ("внедрения целевой модели наставничества", True, "c"),
            ("в МБОУ «Гимназия № 6» г. Дзержинска на 2024-2025 учебный год", True, "c"),
            ("", False, None),
        ],
        size=12,
    )
    widths = (0.8, 3.6, 7.2, 3.0, 3.4)
    table = _table(doc, ["№", "Этап", "Содержание деятельности", "Сроки", "Ответственные"], widths)
    for stage, heading, rows in C.DZERZHINSK:
        items = [f"{row['num']}. {row['text']}" for row in rows]
        dates = [str(row["date"]) for row in rows]
        resps = [row["resp"] or "" for row in rows]
        body, date_col, resp_col = _aligned([items, dates, resps], widths[2:], size)
        row_ = _new_row(table)
        _row_flag(row_, "w:cantSplit")
        _set_cell(row_.cells[0], f"{stage}.")
        stage_text = heading
        if stage in C.DZERZHINSK_RESULTS:
            stage_text += "\n" + C.DZERZHINSK_RESULTS[stage]
        _set_cell(row_.cells[1], stage_text)
        row_.cells[1].paragraphs[0].runs[0].bold = True
        _set_cell(row_.cells[2], "\n".join(body))
        _set_cell(row_.cells[3], "\n".join(date_col))
        _set_cell(row_.cells[4], "\n".join(resp_col))
    _widths(table, widths)
    _head(doc, [("", False, None), ("Заместитель директора по УВР ____________ О.С. Кочеткова", False, None)])
    pdf = _print(doc, 2)
    _tiff(folder, pdf, pages=2, seed=170606, dpi=300)
    return _truth(folder, C.DZERZHINSK_ORG, C.DZERZHINSK_Y, C.DZERZHINSK)


def build_nlomov(folder: Path) -> int:
    """Numbered table with a «Форма отчётности» column and merged stage rows; a 1-page scanned PDF."""
    doc = _doc(False, 10)
    _head(
        doc,
        [
            ("Министерство образования Пензенской области", False, "c"),
            ("Государственное бюджетное профессиональное образовательное учреждение", False, "c"),
            ("«Нижнеломовский многопрофильный колледж»", False, "c"),
            ("", False, None),
            ("Дорожная карта внедрения целевой модели наставничества", True, "c"),
            ("в ГБПОУ «Нижнеломовский многопрофильный колледж» на 2019/2020 учебный год", True, "c"),
            ("", False, None),
        ],
        size=11,
    )
    widths = (0.9, 7.7, 2.9, 3.4, 3.1)
    table = _table(doc, ["№", "Мероприятие", "Срок", "Ответственный", "Форма отчётности"], widths)
    for _, heading, rows in C.NLOMOV:
        _section(table, heading)
        for row in rows:
            _add(table, [row["num"] or "", row["text"], str(row["date"]), row["resp"] or "", row["note"]])
    _widths(table, widths)
    pdf = _print(doc, 1)
    _pdf_scan(folder, pdf, pages=1, seed=170707, dpi=250)
    return _truth(folder, C.NLOMOV_ORG, C.NLOMOV_Y, C.NLOMOV)


def build_syzran(folder: Path) -> int:
    """Roman sections, continuous numbering, empty «Отметка о выполнении»; a 2-page scanned PDF."""
    doc = _doc(False, 11.5)
    _head(
        doc,
        [
            ("СОГЛАСОВАНО на педагогическом совете, протокол № 1 от 30.08.2023", False, None),
            ("УТВЕРЖДАЮ: директор ____________ О.Н. Ермакова", False, "r"),
            ("", False, None),
            ("Дорожная карта реализации целевой модели наставничества", True, "c"),
            ("в ГБОУ школа-интернат № 5 г. Сызрани", True, "c"),
            ("на 2023-2024 учебный год", True, "c"),
            ("", False, None),
        ],
        size=13,
    )
    widths = (1.1, 7.6, 2.7, 3.6, 3.0)
    table = _table(
        doc,
        ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Отметка о выполнении"],
        widths,
        repeat_header=True,
    )
    for _, heading, rows in C.SYZRAN:
        _section(table, heading)
        for row in rows:
            r = _add(table, [f"{row['num']}.", row["text"], str(row["date"]), row["resp"] or "", ""])
            _row_flag(r, "w:cantSplit")
    _widths(table, widths)
    _head(
        doc,
        [("", False, None), ("Куратор программы наставничества ____________ / Е.В. Сорокина /", False, None)],
    )
    pdf = _print(doc, 2)
    _pdf_scan(folder, pdf, pages=2, seed=170808, dpi=300)
    return _truth(folder, C.SYZRAN_ORG, C.SYZRAN_Y, C.SYZRAN)


BUILDERS: dict[str, Callable[[Path], int]] = {
    "belebey_sosh9_photo_jpg": build_belebey,
    "buguruslan_ds6_photo_jpg": build_buguruslan,
    "kanash_lyceum4_photo_jpg": build_kanash,
    "zyryanovka_oosh_scan_png": build_zyryanovka,
    "michurinsk_ds31_scan_png": build_michurinsk,
    "dzerzhinsk_gymn6_scan_tif": build_dzerzhinsk,
    "nlomov_college_scan_pdf": build_nlomov,
    "syzran_internat5_scan_pdf": build_syzran,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        print(f"{name}: {n} rows -> {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main()
