"""PDF text-layer extractor: pages -> paragraphs and tables of RawCell, in reading order, with a per-page
record of how each page was read.

Work per page, cheapest first:

1. PDFium (fast, no layout analysis) judges the text layer (`page_quality`): empty, unmapped glyphs,
   an invisible OCR layer over a scan, Latin look-alike garbage. Pages without a usable layer are
   recorded as skipped (the OCR extractor takes them) and never reach pdfminer.
2. pdfplumber gives the geometry of the good pages: ruled tables from the drawn cell borders, then the
   characters outside them as lines (`pdf_tables`).
3. Across pages: running headers and footers (the same text at the same place on most pages) and
   lone page numbers are dropped.
4. On each page: an approval block (СОГЛАСОВАНО / УТВЕРЖДАЮ, often two blocks side by side without
   borders) becomes paragraphs; unruled tables are found among the remaining lines; the rest are
   paragraphs, one per printed paragraph.
5. A table cut by a page break is stitched back into one RawTable: same columns, the first fragment ending
   the page and the next starting the following one; the header row repeated by the producer is dropped
   and a row split by the break is joined back.
"""

from __future__ import annotations

import io
import itertools
import re
import struct
import zlib
from dataclasses import dataclass, field, replace

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException

from extractors.page_quality import PageVerdict, assess_signals, page_signals
from extractors.pdf_tables import (
    Fragment,
    Gutter,
    Line,
    chars_to_lines,
    continues,
    has_number_column,
    join_wrapped,
    line_pitch,
    ruled_fragments,
)
from extractors.pdf_unruled import segments, unruled_fragments
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import Block, ExtractedDocument, Paragraph, RawCell, RawRow, RawTable

_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_MARGIN_ZONE = 0.09  # share of the page height at the top and bottom where running lines live
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$|^\s*(?:стр\.?|страница|лист)\s*\d{1,4}(?:\s*(?:из|/)\s*\d{1,4})?\s*$",
    re.I,
)
_APPROVAL = re.compile(
    r"^(?:УТВЕРЖДАЮ|УТВЕРЖДЕН[АОЫ]?|СОГЛАСОВАН[АОЫ]?|ПРИНЯТ[АОЫ]?|РАССМОТРЕН[АОЫ]?"
    r"|Утверждаю|Утвержден[аоы]?|Согласовано|Согласован[аы]?|Принят[аоы]?|Рассмотрен[аоы]?)(?![а-яё])"
)
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2}|[а-яa-z]\)|[-–—•·▪●])\s")
# pdfminer reports a malformed object or content stream with its own exceptions or plain built-in ones.
_PAGE_ERRORS = (PSException, PDFException, ValueError, KeyError, TypeError, IndexError, AttributeError)
_PAGE_ERRORS_EXTRA = (AssertionError, struct.error, zlib.error, RecursionError)
_EDGE_TOLERANCE = 3.5  # column edges of two fragments of one ruled table


@dataclass
class _PageLayout:
    number: int  # 1-based
    height: float
    fragments: list[Fragment]  # ruled tables
    lines: list[Line]  # text outside ruled tables, top to bottom


@dataclass
class _Item:
    """A block placed on its page, before tables are stitched and numbered."""

    page: int
    top: float
    text: str = ""
    fragment: Fragment | None = None
    pages: list[int] = field(default_factory=list)  # page of each fragment row


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedFile() from exc
        raise CorruptFile("PDF не открывается (структура файла испорчена)") from exc


def _assess(data: bytes, limit: int | None) -> tuple[int, list[PageVerdict]]:
    """Page count and the per-page text-layer verdicts, read with PDFium."""
    doc = _open_pdfium(data)
    try:
        total = len(doc)
        n = total if limit is None else min(total, max(1, limit))
        verdicts = []
        for i in range(n):
            page = doc[i]
            try:
                verdicts.append(assess_signals(page_signals(page)))
            finally:
                page.close()
    finally:
        doc.close()
    return total, verdicts


def _read_page(page: pdfplumber.page.Page, number: int) -> _PageLayout:
    chars = page.chars
    boxes = [t.cells for t in page.find_tables(_TABLE_SETTINGS)] if page.edges else []
    fragments, free = ruled_fragments(boxes, chars)
    return _PageLayout(number, float(page.height), fragments, chars_to_lines(free))


def _layouts(data: bytes, verdicts: list[PageVerdict]) -> dict[int, _PageLayout]:
    """Geometry of the pages with a good text layer; a page pdfminer cannot parse goes to OCR."""
    wanted = [i for i, v in enumerate(verdicts) if v.usable]
    if not wanted:
        return {}
    layouts: dict[int, _PageLayout] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as exc:
        raise EncryptedFile() from exc
    except (*_PAGE_ERRORS, *_PAGE_ERRORS_EXTRA):
        for i in wanted:
            verdicts[i] = PageVerdict("good", "структура PDF не разбирается: нужно распознавание", True)
        return {}
    with pdf:
        for i in wanted:
            try:
                page = pdf.pages[i]
                try:
                    layouts[i] = _read_page(page, i + 1)
                finally:
                    page.close()
            except (*_PAGE_ERRORS, *_PAGE_ERRORS_EXTRA):
                verdicts[i] = PageVerdict("good", "страница не разбирается: нужно распознавание", True)
    return layouts


# --- running headers and footers ---------------------------------------------------------------------


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def _drop_running_lines(layouts: dict[int, _PageLayout]) -> None:
    """Remove page numbers and running headers/footers from the free lines of every page.

    A running line sits in the top or bottom margin zone and repeats (digits aside) at the same height on
    at least half of the pages; a lone number (or «стр. N из M») in a margin zone is a page number.
    Table rows in the zone (a header repeated on every page) and the lines below them stay.
    """
    seen: dict[str, list[tuple[int, float]]] = {}
    in_zone: dict[int, list[int]] = {}
    for key, lay in layouts.items():
        zone = []
        # Rows of a table (three phrases or more, such as a header repeated on every page) are no
        # running lines, nor is anything between them and the body (a header's second line).
        rows = [ln for ln in lay.lines if len(segments(ln)) >= 3]
        top_limit = min([_MARGIN_ZONE * lay.height, *(ln.top for ln in rows)])
        bottom_limit = max([(1 - _MARGIN_ZONE) * lay.height, *(ln.bottom for ln in rows)])
        for k, ln in enumerate(lay.lines):
            if ln.bottom <= top_limit + 0.5 * ln.size or ln.top >= bottom_limit - 0.5 * ln.size:
                zone.append(k)
                seen.setdefault(_running_key(ln), []).append((key, ln.top))
        in_zone[key] = zone
    needed = max(2, (len(layouts) + 1) // 2)
    running: set[tuple[int, float]] = set()
    for places in seen.values():
        for _, top in places:
            near = [(p, t) for p, t in places if abs(t - top) <= 4.0]
            if len({p for p, _ in near}) >= needed:
                running.update(near)
    for key, lay in layouts.items():
        drop = {
            k
            for k in in_zone[key]
            if (key, lay.lines[k].top) in running or _PAGE_NUMBER.match(lay.lines[k].text)
        }
        if drop:
            lay.lines = [ln for k, ln in enumerate(lay.lines) if k not in drop]


# --- approval blocks and paragraphs ------------------------------------------------------------------


def _approval_zone(lay: _PageLayout, pitch: float) -> tuple[list[_Item], set[int]]:
    """An approval block (one, or several side by side) near the top of the page, as paragraphs.

    The block runs from the line holding the keyword to the first blank line; each block is read as
    its own column (left block first), one paragraph per printed line.
    """
    lines = lay.lines
    limit = min((f.top for f in lay.fragments), default=lay.height)
    start = None
    for k, ln in enumerate(lines):
        if ln.top > min(limit, 0.6 * lay.height):
            break
        if any(_APPROVAL.match(" ".join(w.text for w in seg)) for seg in segments(ln)):
            start = k
            break
    if start is None:
        return [], set()
    keys = [seg[0] for seg in segments(lines[start]) if _APPROVAL.match(" ".join(w.text for w in seg))]
    splits = [(a.x0 + b.x0) / 2 for a, b in itertools.pairwise(keys)]
    zone = [start]
    for k in range(start + 1, min(len(lines), start + 12)):
        if lines[k].bottom - lines[k - 1].bottom > 1.45 * pitch:
            break  # a blank line or paragraph spacing: the block has ended
        if len(segments(lines[k])) > len(keys) + 1:
            break  # a table row, not a line of the block
        if splits and len(segments(lines[k])) == 1 and lines[k].x0 < splits[0] < lines[k].x1:
            break  # a line running across the blocks: the title below them
        zone.append(k)
    columns: list[list[tuple[float, str]]] = [[] for _ in range(len(splits) + 1)]
    for k in zone:
        per_col: dict[int, list[str]] = {}
        for seg in segments(lines[k]):
            center = (seg[0].x0 + seg[-1].x1) / 2
            col = sum(1 for s in splits if center > s)
            per_col.setdefault(col, []).append(" ".join(w.text for w in seg))
        for col, texts in per_col.items():
            columns[col].append((lines[k].top, " ".join(texts)))
    items = [
        _Item(page=lay.number, top=lines[start].top + i * 1e-3, text=text)
        for i, (_, text) in enumerate(entry for col in columns for entry in col)
    ]
    return items, set(zone)


def _starts_item(text: str, before: str) -> bool:
    """A list marker opens a new paragraph; a dash does only after a finished sentence or item (a
    justified line often wraps right before «— срок — ответственный»)."""
    if not _LIST_MARKER.match(text):
        return False
    return text[0] not in "-–—" or before.rstrip().endswith((".", ";", ":", "!", "?"))


def _paragraphs(lines: list[Line], pitch: float, page: int) -> list[_Item]:
    """Join printed lines into paragraphs: a line continues the previous one when that one ran to the
    right edge of the text, the baseline follows at one pitch and the size is the same."""
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    items: list[_Item] = []
    prev: Line | None = None
    for ln in lines:
        text = " ".join(" ".join(w.text for w in seg) for seg in segments(ln))
        joins = (
            prev is not None
            and items
            and ln.bottom - prev.bottom <= 1.45 * pitch
            and abs(ln.size - prev.size) <= 0.6
            and prev.x1 >= right - 3 * prev.size
            and len(segments(ln)) == 1
            and not _starts_item(text, items[-1].text)
        )
        if joins:
            items[-1].text = join_wrapped(items[-1].text, text)
        else:
            items.append(_Item(page=page, top=ln.top, text=text))
        prev = ln
    return items


def _approval_table(fragment: Fragment) -> bool:
    """A signature table (СОГЛАСОВАНО | УТВЕРЖДАЮ) rather than a roadmap table."""
    if fragment.n_cols > 3 or len(fragment.rows) > 8 or not fragment.rows:
        return False
    return any(_APPROVAL.match(c.text) for r in fragment.rows[:2] for c in r)


def _fragment_paragraphs(fragment: Fragment, page: int) -> list[_Item]:
    out: list[_Item] = []
    for col in range(fragment.n_cols):
        for row in fragment.rows:
            for cell in row:
                if cell.col == col:
                    out.extend(
                        _Item(page=page, top=fragment.top + len(out) * 1e-3, text=t.strip())
                        for t in cell.lines
                        if t.strip()
                    )
    return out


def _page_items(lay: _PageLayout, hint: tuple[Gutter, ...] | None) -> list[_Item]:
    """Blocks of one page in reading order (top to bottom)."""
    sizes = [ln.size for ln in lay.lines] or [10.0]
    pitch = line_pitch([lay.lines], sorted(sizes)[len(sizes) // 2])
    items, used = _approval_zone(lay, pitch)
    rest = [ln for k, ln in enumerate(lay.lines) if k not in used]
    found = unruled_fragments(rest, pitch, list(hint) if hint else None)
    for fragment in [*lay.fragments, *found.fragments]:
        if _approval_table(fragment):
            items.extend(_fragment_paragraphs(fragment, lay.number))
        else:
            items.append(_Item(page=lay.number, top=fragment.top, fragment=fragment))
    free = [ln for k, ln in enumerate(rest) if k not in found.used]
    items.extend(_paragraphs(free, pitch, lay.number))
    items.sort(key=lambda it: it.top)
    for it in items:
        if it.fragment is not None:
            it.pages = [lay.number] * len(it.fragment.rows)
    return items


# --- stitching tables across pages -------------------------------------------------------------------


def _row_key(row: list[RawCell]) -> tuple[tuple[int, int, str], ...]:
    return tuple((c.col, c.span, " ".join(c.text.split())) for c in row if not c.continued)


def _continues(a: _Item, b: _Item, page_height: float) -> bool:
    fa, fb = a.fragment, b.fragment
    if fa is None or fb is None or fa.ruled != fb.ruled or fa.n_cols != fb.n_cols:
        return False
    if b.page != a.page + 1 or fa.bottom < 0.55 * page_height:
        return False
    if fa.ruled:
        return all(abs(x - y) <= _EDGE_TOLERANCE for x, y in zip(fa.edges[1:-1], fb.edges[1:-1], strict=True))
    # Unruled columns are known as whitespace intervals, narrower or wider with each page's text.
    return all(
        max(a0, b0) <= min(a1, b1) + 2.0 for (a0, a1), (b0, b1) in zip(fa.gutters, fb.gutters, strict=True)
    )


def _owner(rows: list[list[RawCell]], col: int) -> tuple[int, int] | None:
    """(row, index) of the cell covering `col` in the last row, following vertical merges upwards."""
    for r in range(len(rows) - 1, -1, -1):
        for i, cell in enumerate(rows[r]):
            if cell.col <= col < cell.col + cell.span:
                if not cell.continued:
                    return r, i
                break
        else:
            return None
    return None


def _join_split_row(a: _Item, b_row: list[RawCell]) -> None:
    """Append the cells of a row continued on the next page to the cells of the row it continues.

    A cell whose text ended above the bottom of the page first gets the empty lines down to it (a
    dates cell padded against sub-items keeps its alignment across the break); a paragraph the page
    broke in two is joined back into one line.
    """
    assert a.fragment is not None
    rows = a.fragment.rows
    tail = a.fragment.tail
    for cell in b_row:
        if cell.continued:
            continue
        found = _owner(rows, cell.col)
        if found is None:
            rows[-1].append(cell)
            rows[-1].sort(key=lambda c: c.col)
            continue
        r, i = found
        old = rows[r][i]
        if not cell.text:
            continue
        if old.text and continues(old.lines[-1], cell.lines[0]):
            lines = (*old.lines[:-1], join_wrapped(old.lines[-1], cell.lines[0]), *cell.lines[1:])
        else:
            pad = ("",) * tail.get(old.col, 0) if r == len(rows) - 1 else ()
            lines = (*old.lines, *pad, *cell.lines) if old.text else (*pad, *cell.lines)
        rows[r][i] = replace(old, lines=lines, text="\n".join(lines).strip())


def _is_split_row(a: Fragment, row: list[RawCell]) -> bool:
    """The first row on the new page continues the last one: no row number, not a stage row."""
    texts = [c for c in row if c.text]
    if not texts or not a.rows:
        return False
    if any(c.span >= max(2, a.n_cols - 1) for c in texts):
        return False
    if has_number_column(a.rows):
        return not any(c.col == 0 and c.text for c in row)
    return texts[0].text[:1].islower()


def _without_prefix(lines: tuple[str, ...], words: list[str]) -> tuple[str, ...]:
    """`lines` with their first words removed (those of `words`, known to open them)."""
    out: list[str] = []
    left = len(words)
    for line in lines:
        parts = line.split()
        if left >= len(parts) and line.strip():
            left -= len(parts)
            continue
        out.append(" ".join(parts[left:]) if left else line)
        left = 0
    return tuple(out)


def _strip_header(header: list[RawCell], row: list[RawCell]) -> list[RawCell] | None:
    """`row` without the header at its top, or None if it does not start with it.

    Without borders nothing separates a header repeated on the next page from the row the break split
    (no row number yet): the two read as one row, each header cell opening its column's text.
    """
    texts = {c.col: " ".join(c.text.split()) for c in header if c.text and not c.continued}
    out: list[RawCell] = []
    matched = 0
    for cell in row:
        head, text = texts.get(cell.col), " ".join(cell.text.split())
        if head and (text == head or text.startswith(head + " ")):
            matched += 1
            lines = _without_prefix(cell.lines, head.split())
            cell = replace(cell, lines=lines, text="\n".join(lines).strip())
        out.append(cell)
    return out if texts and matched == len(texts) else None


def _merge(a: _Item, b: _Item) -> None:
    assert a.fragment is not None and b.fragment is not None
    rows, pages = list(b.fragment.rows), list(b.pages)
    for k in (0, 1):
        if rows and k < len(a.fragment.rows) and _row_key(rows[0]) == _row_key(a.fragment.rows[k]):
            rows.pop(0)
            pages.pop(0)
        else:
            break
    if rows and a.fragment.rows and (rest := _strip_header(a.fragment.rows[0], rows[0])) is not None:
        rows[0] = rest
        if not any(c.text for c in rest):
            rows.pop(0)
            pages.pop(0)
    if rows and _is_split_row(a.fragment, rows[0]):
        _join_split_row(a, rows.pop(0))
        pages.pop(0)
    a.fragment.rows.extend(rows)
    a.pages.extend(pages)
    a.fragment.bottom = b.fragment.bottom
    a.fragment.tail = b.fragment.tail


def _stitch(pages: list[list[_Item]], heights: dict[int, float]) -> list[_Item]:
    out: list[_Item] = []
    for items in pages:
        for k, item in enumerate(items):
            if k == 0 and out and _continues(out[-1], item, heights[out[-1].page]):
                _merge(out[-1], item)
                last = out[-1]
                last.page = item.page  # the table now ends on this page
            else:
                out.append(item)
    return out


# --- entry point ---------------------------------------------------------------------------------------


def _pages_word(n: int) -> str:
    """«страница» in the form a number before it needs (2–4: страницы, 5–20: страниц)."""
    if n % 10 == 1 and n % 100 != 11:
        return "страница"
    return "страницы" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "страниц"


def page_ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def extract_pdf(data: bytes, *, max_pages: int | None = None) -> ExtractedDocument:
    """Read a PDF's text layer into paragraphs and tables; pages needing OCR are recorded, not read.

    Raises EmptyFile, CorruptFile (not a PDF, broken beyond PDFium's repair) and EncryptedFile (a user
    password is needed to open it; an owner password alone only restricts editing and is ignored).
    """
    if not data:
        raise EmptyFile()
    if b"%PDF-" not in data[:1024]:
        raise CorruptFile("это не PDF (нет заголовка %PDF)")
    total, verdicts = _assess(data, max_pages)
    if total == 0:
        raise CorruptFile("в PDF нет ни одной страницы")
    layouts = _layouts(data, verdicts)
    _drop_running_lines(layouts)
    per_page: list[list[_Item]] = []
    hint: tuple[Gutter, ...] | None = None
    for i in range(len(verdicts)):
        lay = layouts.get(i)
        if lay is None:
            per_page.append([])
            hint = None
            continue
        items = _page_items(lay, hint)
        per_page.append(items)
        last = items[-1].fragment if items else None
        hint = (
            last.gutters if last is not None and not last.ruled and last.bottom > 0.55 * lay.height else None
        )
    heights = {lay.number: lay.height for lay in layouts.values()}
    blocks: list[Block] = []
    n_tables = 0
    for item in _stitch(per_page, heights):
        if item.fragment is None:
            blocks.append(Paragraph(text=item.text, index=len(blocks), page=item.page))
            continue
        rows = tuple(
            RawRow(cells=tuple(cells), index=r, page=p)
            for r, (cells, p) in enumerate(zip(item.fragment.rows, item.pages, strict=True))
        )
        blocks.append(RawTable(rows=rows, index=n_tables, n_cols=item.fragment.n_cols))
        n_tables += 1
    pages = [v.page_info(i + 1) for i, v in enumerate(verdicts)]
    warnings: list[str] = []
    if len(verdicts) == 1 < total:
        warnings.append(f"прочитана только первая страница из {total}")
    elif len(verdicts) < total:
        warnings.append(f"прочитаны только первые {len(verdicts)} {_pages_word(len(verdicts))} из {total}")
    return ExtractedDocument(
        method="pdf_text",
        blocks=blocks,
        n_pages=total,
        garbled_pages=sum(1 for p in pages if p.text_layer == "garbled"),
        warnings=warnings,
        pages=pages,
    )
