"""DOCX extractor: WordprocessingML body -> paragraphs and tables of RawCell, in body order.

The table grid is read from the `w:tr`/`w:tc` XML rather than python-docx's `row.cells`, which repeats a
merged cell once per grid column it covers. Word quirks handled here (each documented where it is):

* merged cells: `w:gridSpan` (horizontal), `w:vMerge` (vertical), legacy `w:hMerge`, rows starting late
  or ending early (`w:gridBefore`/`w:gridAfter`);
* content controls (`w:sdt`) and custom XML wrappers around paragraphs, rows and cells;
* tracked changes: insertions kept, deletions dropped, a deleted paragraph mark joins two paragraphs;
* automatic list numbering, which is not part of a paragraph's text and is rendered here;
* nested tables, flattened into lines of the enclosing cell.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from lxml import etree  # type: ignore[import-untyped]

from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import Block, ExtractedDocument, Paragraph, RawCell, RawRow, RawTable

_El = Any  # an lxml element (lxml ships no type information)
_V = TypeVar("_V")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_W_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_MEMBER_SIZE = 200 * 1024 * 1024
_DEFAULT_HALF_POINTS = 24  # 12 pt when neither the run, its style nor the document defaults say
_RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё, й, ъ, ы, ь
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROMAN = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l")),
    *((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, R, T, TBL, TR, TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
TAB, PTAB, BR, CR, NB_HYPHEN = _w("tab"), _w("ptab"), _w("br"), _w("cr"), _w("noBreakHyphen")
VAL, ALT_CHUNK = _w("val"), _w("altChunk")
# Wrappers that are transparent for the structure: content controls and custom XML markup may wrap
# paragraphs and tables (body, cell), rows (table) or cells (row).
_TRANSPARENT = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml")})
# Run containers inside a paragraph whose text is shown. `w:del`/`w:moveFrom` (tracked deletions), field
# codes (`w:instrText`) and drawings (text boxes duplicated in `mc:Fallback`) are deliberately absent.
_RUN_CONTAINERS = frozenset(
    map(_w, ("r", "ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple"))
)
_RUN_CHARS = {TAB: " ", PTAB: " ", BR: "\n", CR: "\n", NB_HYPHEN: "-"}


def _children(el: _El) -> Iterator[_El]:
    """Child elements, looking through `w:sdt`/`w:sdtContent`/`w:customXml` wrappers."""
    for child in el.iterchildren(etree.Element):
        if child.tag in _TRANSPARENT:
            yield from _children(child)
        else:
            yield child


def _val(parent: _El | None, tag: str, attr: str = VAL) -> str | None:
    """`w:val` (or another attribute) of the child `tag` of `parent`, None when absent."""
    child = parent.find(tag) if parent is not None else None
    value: str | None = child.get(attr) if child is not None else None
    return value


def _int(value: str | None) -> int | None:
    """Integer attribute; Strict-OOXML measures such as "12pt" or junk give None."""
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _parse_xml(raw: bytes, what: str) -> _El:
    """Parse without entity expansion, DTD loading or network access (XXE / billion laughs)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
    )
    try:
        return etree.fromstring(raw.replace(_STRICT_W_NS, W_NS.encode()), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        last = getattr(exc, "error_log", None)
        if last is not None and any(e.type_name == "ERR_NO_MEMORY" for e in last):
            raise MemoryError(str(exc)) from exc  # libxml2 reports exhausted memory as a parse error
        raise CorruptFile(f"повреждена разметка {what}") from exc


def _not_docx_reason(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{\\rtf"):
        return "это файл RTF, а не .docx"
    if head.startswith(b"%pdf"):
        return "это PDF, а не .docx"
    if b"<html" in head or head.startswith(b"mime-version"):
        return "это веб-страница (HTML/MHT), а не .docx"
    return "не удаётся открыть как DOCX (это не zip-архив)"


def _open_zip(data: bytes) -> zipfile.ZipFile:
    if data.startswith(_OLE_MAGIC):
        # Password-protected OOXML is an OLE compound file with an `EncryptedPackage` stream; any other
        # OLE file is a legacy binary document renamed to .docx.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFile()
        raise CorruptFile("это файл .doc старого формата, а не .docx")
    if not data.startswith(b"PK"):
        raise CorruptFile(_not_docx_reason(data))
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFile("не удаётся открыть как DOCX (zip повреждён)") from exc


def _read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """A zip member's bytes, None when absent; refuses absurd declared sizes (zip bombs)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_MEMBER_SIZE:
        raise CorruptFile(f"часть {name} слишком велика ({info.file_size // 2**20} МБ)")
    try:
        with zf.open(info) as fh:
            return fh.read(_MAX_MEMBER_SIZE + 1)
    except NotImplementedError as exc:  # a subclass of RuntimeError: test it first
        raise CorruptFile(f"часть {name} сжата неподдерживаемым способом") from exc
    except RuntimeError as exc:  # zip-level password
        raise EncryptedFile() from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise CorruptFile(f"не удаётся распаковать {name} (zip повреждён)") from exc


def _relationships(zf: zipfile.ZipFile, rels_name: str, base_dir: str) -> dict[str, str]:
    """Relationship type suffix (e.g. "styles") -> part name, for internal targets."""
    raw = _read_member(zf, rels_name)
    if raw is None:
        return {}
    try:
        root = _parse_xml(raw, rels_name)
    except CorruptFile:
        return {}
    result: dict[str, str] = {}
    for rel in root.iter(f"{{{_PKG_REL_NS}}}Relationship"):
        target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.join(base_dir, target)
        result.setdefault(kind, posixpath.normpath(name))
    return result


@dataclass
class _Styles:
    """Paragraph style facts needed here: font size and list numbering, inherited via `w:basedOn`."""

    based_on: dict[str, str] = field(default_factory=dict)
    half_points: dict[str, int] = field(default_factory=dict)
    num_id: dict[str, str] = field(default_factory=dict)
    ilvl: dict[str, int] = field(default_factory=dict)
    default_style: str | None = None
    default_half_points: int = _DEFAULT_HALF_POINTS

    @classmethod
    def parse(cls, root: _El | None) -> _Styles:
        styles = cls()
        if root is None:
            return styles
        sz = _int(_val(root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}"), _w("sz")))
        styles.default_half_points = sz or _DEFAULT_HALF_POINTS
        for style in root.iter(_w("style")):
            sid: str | None = style.get(_w("styleId"))
            if sid is None or style.get(_w("type")) not in (None, "paragraph"):
                continue
            if style.get(_w("default")) in ("1", "true"):
                styles.default_style = sid
            if (base := _val(style, _w("basedOn"))) is not None:
                styles.based_on[sid] = base
            if (size := _int(_val(style.find(_w("rPr")), _w("sz")))) is not None:
                styles.half_points[sid] = size
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if (num_id := _val(num_pr, _w("numId"))) is not None:
                styles.num_id[sid] = num_id
            if (ilvl := _int(_val(num_pr, _w("ilvl")))) is not None:
                styles.ilvl[sid] = ilvl
        return styles

    def lookup(self, table: dict[str, _V], style_id: str | None) -> _V | None:
        """First value found walking the `basedOn` chain from `style_id` (default style if None)."""
        sid, seen = style_id or self.default_style, set[str]()
        while sid is not None and sid not in seen:
            if sid in table:
                return table[sid]
            seen.add(sid)
            sid = self.based_on.get(sid)
        return None


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str | None
    start: int
    separator: str
    legal: bool

    @classmethod
    def parse(cls, lvl: _El) -> _Level:
        return cls(
            fmt=_val(lvl, _w("numFmt")) or "decimal",
            text=_val(lvl, _w("lvlText")),
            start=_int(_val(lvl, _w("start"))) or 0,  # ECMA-376: a missing w:start means 0
            separator="" if _val(lvl, _w("suff")) == "nothing" else " ",
            legal=lvl.find(_w("isLgl")) is not None and _val(lvl, _w("isLgl")) not in ("0", "false"),
        )


def _levels(parent: _El) -> dict[int, _Level]:
    return {_int(lvl.get(_w("ilvl"))) or 0: _Level.parse(lvl) for lvl in parent.iter(_w("lvl"))}


def _format_number(n: int, fmt: str) -> str:
    if fmt == "bullet":
        return "·"
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter", "russianLower", "russianUpper") and n > 0:
        alphabet = _RUSSIAN_LETTERS if fmt.startswith("russian") else _LATIN_LETTERS
        letters = alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)  # z, aa, bb…
        return letters.upper() if fmt.startswith("upper") or fmt == "russianUpper" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman, rest = "", n
        for value, digits in _ROMAN:
            count, rest = divmod(rest, value)
            roman += digits * count
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Renders automatic list numbers, which Word computes at display time and never stores.

    Word keeps the running count on the abstract definition: several `w:num` instances pointing to the
    same `w:abstractNum` continue one another. "Restart numbering" creates a new `w:num` with a
    `w:lvlOverride/w:startOverride`, which resets the shared count the first time that instance is used.
    Using a level resets the count of every deeper level.
    """

    def __init__(self, root: _El | None, styles: _Styles) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num_abstract: dict[str, str] = {}
        self._num_levels: dict[str, dict[int, _Level]] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        override_levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._restarted: set[tuple[str, int]] = set()
        if root is None:
            return
        style_links: dict[str, str] = {}
        for abstract in root.iter(_w("abstractNum")):
            aid = abstract.get(_w("abstractNumId")) or ""
            self._abstract[aid] = _levels(abstract)
            if (link := _val(abstract, _w("numStyleLink"))) is not None:
                style_links[aid] = link
        for num in root.iter(_w("num")):
            nid, aid = num.get(_w("numId")) or "", _val(num, _w("abstractNumId")) or ""
            self._num_abstract[nid] = aid
            self._overrides[nid], override_levels[nid] = {}, {}
            for override in num.iter(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl"))) or 0
                override_levels[nid].update(_levels(override))
                if (start := _int(_val(override, _w("startOverride")))) is not None:
                    self._overrides[nid][ilvl] = start
        # A list style's abstractNum only links (`w:numStyleLink`) to the style whose numbering is real.
        for nid, aid in list(self._num_abstract.items()):
            linked_num = styles.lookup(styles.num_id, style_links[aid]) if aid in style_links else None
            if linked_num is not None and linked_num in self._num_abstract:
                self._num_abstract[nid] = aid = self._num_abstract[linked_num]
            self._num_levels[nid] = {**self._abstract.get(aid, {}), **override_levels[nid]}

    def prefix(self, num_id: str, ilvl: int) -> str:
        """The rendered number ("2. ", "б) ", "· ") for the next paragraph of list `num_id`, level `ilvl`."""
        levels = self._num_levels.get(num_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(self._num_abstract[num_id], {})
        override = self._overrides[num_id].get(ilvl)
        if override is not None and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counters[ilvl] = override
        else:
            counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "·" + level.separator
        if not level.text:
            return ""

        def placeholder(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            ref = levels.get(k)
            value = counters.get(k, ref.start if ref else 0)
            return _format_number(value, "decimal" if level.legal else (ref.fmt if ref else "decimal"))

        rendered = re.sub(r"%([1-9])", placeholder, level.text)
        return rendered + level.separator if rendered.strip() else ""


def _mark_deleted(p: _El) -> bool:
    """A tracked-deleted paragraph mark: the paragraph joins the next one once changes are accepted."""
    return p.find(f"{_w('pPr')}/{_w('rPr')}/{_w('del')}") is not None


def _run_text(el: _El) -> str:
    """Visible text of a paragraph: `w:br`/`w:cr` -> newline, `w:tab` -> space, deletions skipped."""
    parts = []
    for child in el.iterchildren(etree.Element):
        if child.tag == T:
            parts.append(child.text or "")
        elif child.tag in _RUN_CHARS:
            parts.append(_RUN_CHARS[child.tag])
        elif child.tag in _RUN_CONTAINERS:
            parts.append(_run_text(child))
    return "".join(parts)


def _split(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


class _Walker:
    """Walks the body once, in order, so list counters advance exactly as Word numbers paragraphs."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self._n_tables = 0

    def _items(self, container: _El) -> Iterator[str | _El]:
        """Paragraph texts and `w:tbl`/`w:altChunk` elements of a body or cell, in order.

        A paragraph whose mark is a tracked deletion is joined to the next paragraph, as Word shows it
        once changes are accepted (the joined paragraph keeps the second one's numbering).
        """
        carry = ""
        for child in _children(container):
            if child.tag == P and _mark_deleted(child):
                carry += _run_text(child)
            elif child.tag == P:
                yield self._paragraph(child, carry)
                carry = ""
            elif child.tag in (TBL, ALT_CHUNK):
                if carry:
                    yield carry
                    carry = ""
                yield child
        if carry:
            yield carry

    def body(self, body: _El) -> None:
        """Body children in order; empty paragraphs are dropped, tables are numbered from 0."""
        for item in self._items(body):
            if isinstance(item, str):
                self._add_paragraph(item)
            elif item.tag == TBL:
                self.blocks.append(self._table(item))
            else:
                self.warnings.append("в документе есть вложенный фрагмент (altChunk): он не прочитан")

    def _add_paragraph(self, raw: str) -> None:
        text = "\n".join(_split(raw)).strip()
        if text:
            self.blocks.append(Paragraph(text=text, index=len(self.blocks)))

    def _paragraph(self, p: _El, carry: str = "") -> str:
        """Paragraph text with its list number rendered in front (numbering may come from the style)."""
        ppr = p.find(_w("pPr"))
        style = _val(ppr, _w("pStyle"))
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _val(num_pr, _w("numId")) or self.styles.lookup(self.styles.num_id, style)
        prefix = ""
        if num_id is not None and num_id != "0":
            ilvl = _int(_val(num_pr, _w("ilvl")))
            ilvl = ilvl if ilvl is not None else self.styles.lookup(self.styles.ilvl, style) or 0
            prefix = self.numbering.prefix(num_id, ilvl)
        return prefix + carry + _run_text(p)

    def _cell_lines(self, tc: _El) -> list[str]:
        """One line per paragraph (more for `w:br`), empty lines kept: they align dates with sub-items."""
        lines: list[str] = []
        for item in self._items(tc):
            if isinstance(item, str):
                lines.extend(_split(item))
            elif item.tag == TBL:
                lines.extend(self._nested_lines(item))
        return lines

    def _nested_lines(self, tbl: _El) -> list[str]:
        """A table inside a cell: one line per nested row, its cells' text joined with spaces."""
        lines = []
        for tr in (c for c in _children(tbl) if c.tag == TR):
            texts = []
            for tc in (c for c in _children(tr) if c.tag == TC):
                if _merge(tc.find(_w("tcPr")), "vMerge") == "continue":
                    continue
                texts.append(" ".join(line for line in self._cell_lines(tc) if line))
            lines.append(" ".join(t for t in texts if t))
        return lines

    def _table(self, tbl: _El) -> RawTable:
        """The grid as Word lays it out: every `w:tc` once, at the grid column where it starts.

        `w:gridBefore`/`w:gridAfter` leave grid columns empty at a row's ends; `w:gridSpan` widens a
        cell; a `w:vMerge` cell without `val="restart"` continues the cell above (emitted empty with
        `continued=True`, unless nothing above starts at that column); legacy `w:hMerge="continue"`
        cells are folded into the cell on their left.
        """
        grid = [_int(g.get(_w("w"))) or 0 for g in tbl.iterfind(f"{_w('tblGrid')}/{_w('gridCol')}")]
        rows: list[RawRow] = []
        n_cols = len(grid)
        above: set[int] = set()
        for tr in (c for c in _children(tbl) if c.tag == TR):
            tr_pr = tr.find(_w("trPr"))
            col = _int(_val(tr_pr, _w("gridBefore"))) or 0
            cells: list[RawCell] = []
            for tc in (c for c in _children(tr) if c.tag == TC):
                tc_pr = tc.find(_w("tcPr"))
                span = max(1, _int(_val(tc_pr, _w("gridSpan"))) or 1)
                if cells and _merge(tc_pr, "hMerge") == "continue":
                    cells[-1] = replace(cells[-1], span=cells[-1].span + span)
                    col += span
                    continue
                per_line = self._chars_per_line(tc, tc_pr, grid, col, span)
                if _merge(tc_pr, "vMerge") == "continue" and col in above:
                    cells.append(RawCell("", (), col, span, continued=True, chars_per_line=per_line))
                else:
                    lines = self._cell_lines(tc)
                    text = "\n".join(lines).strip()
                    cells.append(RawCell(text, tuple(lines), col, span, chars_per_line=per_line))
                col += span
            n_cols = max(n_cols, col + (_int(_val(tr_pr, _w("gridAfter"))) or 0))
            above = {cell.col for cell in cells}
            rows.append(RawRow(cells=tuple(cells), index=len(rows)))
        table = RawTable(rows=tuple(rows), index=self._n_tables, n_cols=n_cols)
        self._n_tables += 1
        return table

    def _chars_per_line(self, tc: _El, tc_pr: _El | None, grid: list[int], col: int, span: int) -> int | None:
        """Printed characters per line ≈ width in points / (font size in points * 0.5).

        Width: `w:tcW` when given in twips (`dxa`), else the `w:gridCol` widths under the cell. Font: the
        first text run's `w:sz`, else its paragraph style's, else the document default.
        """
        width = _int(_val(tc_pr, _w("tcW"), _w("w")))
        if not width or _val(tc_pr, _w("tcW"), _w("type")) not in (None, "dxa"):
            covered = grid[col : col + span]
            width = sum(covered) if len(covered) == span and all(covered) else None
        if not width:
            return None
        run = next((r for r in tc.iter(R) if r.find(T) is not None), None)
        p = next(run.iterancestors(P), None) if run is not None else tc.find(f".//{P}")
        half_points = _int(_val(run.find(_w("rPr")), _w("sz"))) if run is not None else None
        style = _val(p.find(_w("pPr")), _w("pStyle")) if p is not None else None
        half_points = half_points or self.styles.lookup(self.styles.half_points, style)
        points = (half_points or self.styles.default_half_points) / 2
        return max(1, round((width / 20) / (points * 0.5)))


def _merge(tc_pr: _El | None, tag: str) -> str | None:
    """State of `w:vMerge`/`w:hMerge`: "restart", "continue" (also when the value is omitted) or None."""
    if tc_pr is None or tc_pr.find(_w(tag)) is None:
        return None
    return "restart" if _val(tc_pr, _w(tag)) == "restart" else "continue"


def extract_docx(data: bytes) -> ExtractedDocument:
    """Read a .docx into paragraphs and tables in body order.

    Raises EmptyFile (no bytes), EncryptedFile (password-protected package) and CorruptFile (not a
    zip, no main document part, broken XML, a legacy .doc, absurd member sizes).
    """
    if not data:
        raise EmptyFile()
    with _open_zip(data) as zf:
        main = _relationships(zf, "_rels/.rels", "").get("officeDocument", "word/document.xml")
        raw = _read_member(zf, main)
        if raw is None:  # a broken or unusual relationship part: try the usual name
            main, raw = "word/document.xml", _read_member(zf, "word/document.xml")
        if raw is None:
            raise CorruptFile("в архиве нет word/document.xml — это не документ Word")
        folder, name = posixpath.split(main)
        parts = _relationships(zf, posixpath.join(folder, "_rels", f"{name}.rels"), folder)
        extra: dict[str, _El | None] = {}
        warnings: list[str] = []
        for kind in ("styles", "numbering"):
            member = _read_member(zf, parts.get(kind, posixpath.join(folder, f"{kind}.xml")))
            try:
                extra[kind] = _parse_xml(member, kind) if member is not None else None
            except CorruptFile:
                extra[kind] = None
                warnings.append(f"часть {kind}.xml повреждена: нумерация списков и размер шрифта не учтены")
    root = _parse_xml(raw, "документа (word/document.xml)")
    body = root.find(_w("body"))
    if body is None:
        raise CorruptFile("в документе нет тела (w:body)")
    styles = _Styles.parse(extra["styles"])
    walker = _Walker(styles, _Numbering(extra["numbering"], styles))
    walker.body(body)
    return ExtractedDocument(method="docx", blocks=walker.blocks, warnings=warnings + walker.warnings)
