"""HTML exports of roadmaps (a page saved from a school site, «Save as web page» from Word).

Read with lxml's HTML parser, without network access or DTD entities. What a browser shows is kept:

* `<table>`: one RawTable; `colspan` widens a cell (`span`), `rowspan` leaves `continued=True` cells
  in the rows below (the text is read once, in the first row); `<br>`, `<p>`, `<div>`, `<li>` inside a
  cell are its lines, list items numbered as the browser draws them («1.», «•»);
* a table holding a table that has a roadmap header is page layout, not data: its cells are read as
  blocks; other nested tables are flattened into lines of their cell; a one-column table is text;
* text outside tables: one Paragraph per line (`<br>` and block elements end a line);
* `<script>`, `<style>`, `<head>` and comments are dropped; `&nbsp;` is a space.

Plain-text exports carry HTML remnants too (`<p><b>…</b>`, `<i>психолог</i>`): `markup_lines` strips
them from a line, keeping `<p>` and `<br>` as line breaks. Also here: telling HTML from text, the
`<meta charset>` of a page, and the wrapper a school site puts around a document it shows.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html import unescape
from typing import Any, cast

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from pipeline.models import Block, Paragraph, RawCell, RawRow, RawTable

_El = Any  # an lxml element (lxml ships no type information)

_SKIP = re.compile(
    r"script|style|noscript|template|head|title|meta|link|iframe|object|embed|svg|select|option|button"
    r"|input|textarea|map|area|frameset|applet"
)
_BLOCK = re.compile(
    r"p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|section|article|header|footer|main|aside|nav|figure"
    r"|figcaption|address|center|form|fieldset|hr|caption|tr|details|summary"
)
_EMPTY_LINE_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")
_MAX_SPAN = 1000

TextFix = Callable[[str], str]

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html)", re.I)
_HTML_INSIDE = re.compile(r"<(?:html|body|table|head)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
# What a school site puts around a document: «Скачать:», «Вложение Размер», «… .doc 122.5 КБ».
_SIZE = r"\d+(?:[.,]\d+)?\s*(?:[КкKk][Бб]|[МмMm][Бб]|[КкKk][Bb]|[МмMm][Bb]|байт\w*)"
_FILE = r"\S.*\.(?:docx?|pdf|rtf|odt|ods|txt|xlsx?|pptx?|html?|jpe?g|png|zip|rar)"
WRAPPER = re.compile(
    rf"^\s*(?:скачать\s*:?|вложение\s+размер|предварительный\s+просмотр\s*:?|background\s+image"
    rf"|{_FILE}\s+{_SIZE}|{_SIZE})\s*$",
    re.I,
)
FILE_NAME = re.compile(rf"^\s*{_FILE}\s*$", re.I)

# HTML remnants in plain text. Only real tag names are touched, so «<5 лет» stays.
_TAG_NAMES = (
    r"a|b|i|u|s|em|strong|span|font|sup|sub|small|big|strike|center|p|br|div|li|ul|ol|table|tbody|thead"
    r"|tfoot|tr|td|th|h[1-6]|hr|img|o:p|blockquote|pre|code|tt|ins|del|mark|nobr|wbr|col|colgroup"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>", re.I)
_BREAK_TAG = re.compile(
    r"<br\s*/?>|</?(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote|pre)(?:\s[^<>]*)?/?>", re.I
)
# Exporters join a cell's paragraphs with two spaces; a bold run or a Задача:/Результат: note after such
# a run starts a new line of the cell (seed 003's stage cells).
_RUN_BEFORE_BOLD = re.compile(r"\s{2,}(?=<(?:b|strong)\b)", re.I)
_RUN_BEFORE_NOTE = re.compile(r"\s{2,}(?=(?:цел[ьи]|задач[аи]|результат\w*|ожидаемый\s+результат)\s*:)", re.I)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)
_SPACES_IN_LINE = re.compile(r"[ \t\u00a0]+")


# Header words, by the kind of column they head: two neighbouring header words of different kinds
# head two columns.
_HEADER_KINDS = tuple(
    re.compile(p, re.I)
    for p in (
        r"^\s*(?:№|n\s*п|п\s*[/\\]\s*п)",
        r"мероприяти|наименовани|содержани",
        r"срок|дата\b",
        r"ответствен|исполнител",
        r"результат",
        r"этап",
    )
)


def header_kind(text: str) -> int | None:
    """Which kind of column a header word heads (an index into _HEADER_KINDS), None for no header word."""
    return next((k for k, p in enumerate(_HEADER_KINDS) if p.search(text)), None)


def is_header_text(text: str) -> bool:
    return bool(text.strip()) and len(text) <= 60 and header_kind(text) is not None


def header_score(texts: Sequence[str]) -> int:
    return sum(is_header_text(t) for t in texts)


# --- HTML remnants ----------------------------------------------------------------------------


def markup_lines(line: str) -> list[str]:
    """One physical line → its lines with HTML remnants stripped (`<p>`, `<br>` break the line)."""
    text = _RUN_BEFORE_NOTE.sub("\n", line)
    if "<" in text:
        text = _RUN_BEFORE_BOLD.sub("\n", text)
        text = _BREAK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = unescape(text)
    return [_SPACES_IN_LINE.sub(" ", part).strip() for part in text.split("\n")]


def cell_lines(physical: Sequence[str]) -> list[str]:
    """A cell's printed lines, markup stripped; blank lines kept inside, dropped at the end.

    A blank physical line stays a blank line (it aligns a dates cell); a line emptied by markup
    (`<p></p>`) does not.
    """
    out: list[str] = []
    for line in physical:
        if not line.strip():
            out.append("")
            continue
        out.extend(part for part in markup_lines(line) if part)
    while out and not out[-1]:
        out.pop()
    return out


@dataclass
class _Lines:
    """Lines of text as a browser lays them out; `<br>` ends a line even when it is empty."""

    fix: TextFix
    pre: int = 0
    lines: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)

    def text(self, raw: str | None) -> None:
        if not raw:
            return
        raw = raw.translate(_INVISIBLE)
        if self.pre:
            first, *rest = raw.split("\n")
            self.current.append(first)
            for line in rest:
                self.hard_break()
                self.current.append(line)
        else:
            self.current.append(_SPACES.sub(" ", raw))

    def _joined(self) -> str:
        return self.fix(_SPACES.sub(" ", "".join(self.current)).strip())

    def hard_break(self) -> None:
        self.lines.append(self._joined())
        self.current = []

    def soft_break(self) -> bool:
        """End the line if it has text; True when it did."""
        if self._joined():
            self.hard_break()
            return True
        self.current = []
        return False

    def finish(self) -> list[str]:
        self.soft_break()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return self.lines


def _tag(el: _El) -> str:
    tag = el.tag
    return tag.lower().rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _rows(table: _El) -> list[_El]:
    rows: list[_El] = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    return rows


def _cells(tr: _El) -> list[_El]:
    return [c for c in tr if _tag(c) in ("td", "th")]


def _int_attr(el: _El, name: str, default: int) -> int:
    m = re.match(r"\s*(\d+)", el.get(name) or "")
    return int(m.group(1)) if m else default


class HtmlReader:
    """Walks the body in document order, collecting paragraphs and tables."""

    def __init__(self, fix: TextFix) -> None:
        self.fix = fix
        self.blocks: list[Block] = []
        self.n_tables = 0
        self._para = _Lines(fix)

    # --- paragraphs ---------------------------------------------------------------------------

    def _flush(self) -> None:
        for line in self._para.finish():
            if line:
                self.blocks.append(Paragraph(text=line, index=len(self.blocks)))
        self._para = _Lines(self.fix)

    def read(self, root: _El) -> list[Block]:
        body = root.find("body")
        self._walk(body if body is not None else root)
        self._flush()
        return self.blocks

    def _walk(self, el: _El) -> None:
        for child in el:
            tag = _tag(child)
            if tag and not _SKIP.fullmatch(tag):
                if tag == "table":
                    self._table_block(child)
                elif tag == "br":
                    self._para.hard_break()
                elif tag in ("ol", "ul"):
                    self._para.soft_break()
                    for marker, li in _list_items(child):
                        self._para.text(marker)
                        self._para.text(li.text)
                        self._walk(li)
                        self._para.soft_break()
                elif _BLOCK.fullmatch(tag):
                    self._para.soft_break()
                    if tag == "pre":
                        self._para.pre += 1
                    self._para.text(child.text)
                    self._walk(child)
                    if tag == "pre":
                        self._para.pre -= 1
                    self._para.soft_break()
                else:
                    self._para.text(child.text)
                    self._walk(child)
            self._para.text(child.tail)

    # --- tables -------------------------------------------------------------------------------

    def _table_block(self, table: _El) -> None:
        self._flush()
        nested = [t for t in table.iter("table") if t is not table]
        layout = any(self._looks_like_roadmap(t) for t in nested)
        grid = None if layout else self._grid(table)
        if grid is None or grid.n_cols < 2:
            # Page layout or a one-column frame: what it holds is read as blocks.
            for tr in _rows(table):
                for td in _cells(tr):
                    self._para.text(td.text)
                    self._walk(td)
                    self._flush()
            caption = table.find("caption")
            if caption is not None:
                self._walk(caption)
            self._flush()
            return
        caption = table.find("caption")
        if caption is not None:
            self._para.text(caption.text)
            self._walk(caption)
            self._flush()
        if grid.rows:
            self.blocks.append(grid)
            self.n_tables += 1

    def _looks_like_roadmap(self, table: _El) -> bool:
        for tr in _rows(table)[:6]:
            texts = [_SPACES.sub(" ", c.text_content()).strip() for c in _cells(tr)]
            if header_score(texts) >= 2:
                return True
        return False

    def _grid(self, table: _El) -> RawTable | None:
        """The table grid: each cell once at its first column; rowspan continuations marked."""
        trs = _rows(table)
        below: dict[int, tuple[int, int]] = {}  # column -> (rows still covered, span) from a rowspan above
        rows: list[RawRow] = []
        n_cols = 0
        for r, tr in enumerate(trs):
            cells: list[RawCell] = []
            col = 0
            queue = _cells(tr)

            def continued_at(c: int) -> int | None:
                left = below.get(c)
                return left[1] if left and left[0] > 0 else None

            while queue or any(continued_at(c) for c in below if c >= col):
                span_above = continued_at(col)
                if span_above is not None:
                    cells.append(RawCell("", (), col, span_above, continued=True))
                    col += span_above
                    continue
                if not queue:
                    col = min(c for c in below if c >= col and continued_at(c))
                    continue
                td = queue.pop(0)
                span = min(max(_int_attr(td, "colspan", 1), 1), _MAX_SPAN)
                rowspan = _int_attr(td, "rowspan", 1)
                rowspan = len(trs) - r if rowspan == 0 else min(max(rowspan, 1), len(trs) - r)
                lines = self._cell_lines(td)
                cells.append(RawCell("\n".join(lines).strip(), tuple(lines), col, span))
                if rowspan > 1:
                    below[col] = (rowspan, span)
                col += span
            for c in list(below):
                left, span = below[c]
                below[c] = (left - 1, span)
                if left - 1 <= 0:
                    del below[c]
            n_cols = max(n_cols, col)
            rows.append(RawRow(tuple(cells), index=len(rows)))
        while rows and not any(c.text for c in rows[-1].cells):
            rows.pop()
        if not any(c.text for row in rows for c in row.cells):
            return None
        if [c.text.lower() for c in rows[0].cells[:2]] == ["вложение", "размер"]:
            return None  # a school site's list of attachments, not part of the document
        return RawTable(rows=tuple(rows), index=self.n_tables, n_cols=n_cols)

    def _cell_lines(self, td: _El) -> list[str]:
        lines = _Lines(self.fix)
        lines.text(td.text)
        self._cell_walk(td, lines)
        return lines.finish()

    def _cell_walk(self, el: _El, out: _Lines) -> None:
        for child in el:
            tag = _tag(child)
            if tag and not _SKIP.fullmatch(tag):
                if tag == "br":
                    out.hard_break()
                elif tag == "table":
                    out.soft_break()
                    for tr in _rows(child):
                        texts = [" ".join(x for x in self._cell_lines(td) if x) for td in _cells(tr)]
                        out.text(" ".join(t for t in texts if t))
                        out.soft_break()
                elif tag in ("ol", "ul"):
                    out.soft_break()
                    for marker, li in _list_items(child):
                        out.text(marker)
                        out.text(li.text)
                        self._cell_walk(li, out)
                        out.soft_break()
                elif _BLOCK.fullmatch(tag):
                    out.soft_break()
                    before = len(out.lines)
                    out.text(child.text)
                    self._cell_walk(child, out)
                    if not out.soft_break() and len(out.lines) == before and tag in _EMPTY_LINE_BLOCKS:
                        out.hard_break()  # an empty paragraph: a blank line that aligns a dates cell
                else:
                    out.text(child.text)
                    self._cell_walk(child, out)
            out.text(child.tail)


def _list_items(lst: _El) -> Iterator[tuple[str, _El]]:
    ordered = _tag(lst) == "ol"
    number = _int_attr(lst, "start", 1)
    for li in lst:
        if _tag(li) != "li":
            continue
        yield (f"{number}. " if ordered else "• "), li
        number += 1


def parse_html(text: str, fix: TextFix) -> list[Block]:
    """Blocks of an HTML document; `fix` cleans each line of text (quotes, `№ п\\п`)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    return HtmlReader(fix).read(root)


def looks_like_html(text: str) -> bool:
    """A page, not text with a few `<p><b>` remnants: a doctype, `<html>`, `<body>` or `<table>`."""
    head = text[:4096]
    return bool(_HTML_START.match(head) or _HTML_INSIDE.search(head))


def declared_charset(data: bytes) -> str | None:
    """The code page a page's `<meta charset>` names (Python's name for it), if any."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def drop_wrapper_blocks(blocks: list[Block]) -> list[Block]:
    """A page saved from a school site: what precedes «Предварительный просмотр:» is the site, and the
    site's «Скачать:» / «Вложение Размер» lines are dropped wherever they are."""
    wrappers = {k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and WRAPPER.match(b.text)}
    previews = [k for k in sorted(wrappers) if "просмотр" in cast(Paragraph, blocks[k]).text.lower()]
    first = previews[0] + 1 if previews else 0
    out: list[Block] = []
    n_tables = 0
    for k, b in enumerate(blocks):
        if k < first or k in wrappers:
            continue
        if isinstance(b, Paragraph):
            out.append(Paragraph(text=b.text, index=len(out), page=b.page))
        else:
            out.append(RawTable(rows=b.rows, index=n_tables, n_cols=b.n_cols))
            n_tables += 1
    return out
