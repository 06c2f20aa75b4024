"""Tables rebuilt from the geometry of a scanned page: ruling lines and OCR word boxes.

Tesseract's own line numbers cannot be trusted on a table: a "line" runs across the page and
mixes the words of neighbouring cells. Rows and columns are therefore rebuilt here from where
things are on the page:

* ruled tables: long horizontal and vertical strokes are isolated by morphological opening on the
  ink mask; their positions give the grid, and a missing separator between two grid cells is a
  merged cell (read once, with `span` across columns and `continued` rows below, as the DOCX
  extractor does). Strokes that do not end on a crossing rule (an underline, a signature line
  inside a cell) are not grid lines;
* unruled tables (columns kept apart by white space only): the page's text lines are split at
  wide gaps, column gutters are the x-ranges no table line covers, and a new row starts at a row
  number in the first column or, without a number column, at a wider vertical gap;
* inside a cell, words are grouped into printed lines by their vertical position; a line that
  only wrapped because the next word did not fit is joined to the line above (so a cell's lines
  are its paragraphs, as in DOCX), and a vertical gap of more than ~1.5 line pitches keeps blank
  lines, which is how dates are aligned with the sub-items of a neighbouring cell;
* words outside any table become paragraphs (title, approval block, signatures).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from extractors.image_prep import Gray, half
from pipeline.models import Block, Paragraph, RawCell, RawRow, RawTable

_ITEM_START = re.compile(r"^(?:\d{1,2}\s*[.)]|[а-яa-z]\)|[-–—•·▪●])", re.I)
# A line that starts a paragraph of its own inside a Tesseract paragraph: a numbered item, or a stage
# heading with its Roman numeral as OCR reads it («II.», «П.», «У.», «УП.»); a bulleted item after a
# line that ended a sentence (a dash after other words continues «— срок — ответственный»).
# Tesseract runs a roadmap written without a table (items under stage headings) into one paragraph.
_PARAGRAPH_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXУПШГl]{1,4}\.)$|^(?:этап|раздел)\b", re.I)
_BULLET = re.compile(r"^[-–—•·▪●◦]$")
_CAPITALISED = re.compile(r"^[А-ЯЁ][а-яё]")
_JUNK = frozenset("|_¦[]{}~`'‘’\"")
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?)$")

# Reads one cell again on its own: (left, top, right, bottom) inside the ruling lines, in page
# pixels -> the words found there, in page pixels. The page's automatic segmentation sometimes
# drops a short word standing alone in a cell («Май»); the reader decides (by ink) whether a cell
# is worth a Tesseract call.
CellReader = Callable[[int, int, int, int], list["Word"]]


@dataclass(frozen=True)
class Word:
    """One OCR word with its box in page pixels and Tesseract's block/paragraph/line ids."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float = 0.0
    block: int = 0
    par: int = 0
    line: int = 0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def cx(self) -> float:
        return self.left + self.width / 2

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class Segment:
    """A ruling line: extent `a0..a1` along it, `pos` across it (y of a horizontal rule)."""

    a0: int
    a1: int
    pos: float


@dataclass
class Rulings:
    """Ruling lines of a page, in page pixels."""

    horizontal: list[Segment]
    vertical: list[Segment]
    mask: Gray  # pixels of the detected rules (255), for wiping them before OCR


@dataclass(frozen=True)
class _Metrics:
    height: float  # median word height
    pitch: float  # distance between consecutive printed lines of one paragraph
    char_width: float


# --- ruling lines --------------------------------------------------------------------------------


def _segments(mask: Gray, horizontal: bool, min_length: int, max_thickness: int, f: int) -> list[Segment]:
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out: list[Segment] = []
    for x, y, w, h, area in stats[1:n]:
        length = w if horizontal else h
        # mean thickness, not the box's: a long rule tilted by a few pixels (a photo's residual skew)
        # has a tall box but stays thin
        if length < min_length or area / length > max_thickness:
            continue
        if horizontal:
            out.append(Segment(int(x * f), int((x + w) * f), (y + h / 2) * f))
        else:
            out.append(Segment(int(y * f), int((y + h) * f), (x + w / 2) * f))
    return out


def find_rulings(ink: Gray, letter_h: float) -> Rulings:
    """Horizontal and vertical rules: runs of ink much longer than any letter stroke.

    Found on a half-size copy when the print is large enough (four times fewer pixels to
    filter). The ink is first thickened across the line direction so a rule that wobbles by a
    pixel (residual skew, a scanner's stepping) stays one run; short breaks left by noise or a
    faint photocopy are bridged after the opening.
    """
    f = 2 if letter_h >= 16 and min(ink.shape) >= 1200 else 1
    small = half(ink) if f == 2 else ink
    lh = max(8.0, letter_h) / f
    kh, kv = max(20, int(4 * lh)), max(15, int(2.2 * lh))
    bridge = max(5, int(lh))
    h_src = cv2.dilate(small, np.ones((3, 1), np.uint8))
    h_mask = cv2.morphologyEx(h_src, cv2.MORPH_OPEN, np.ones((1, kh), np.uint8))
    h_mask = cv2.morphologyEx(h_mask, cv2.MORPH_CLOSE, np.ones((1, bridge), np.uint8))
    v_src = cv2.dilate(small, np.ones((1, 3), np.uint8))
    v_mask = cv2.morphologyEx(v_src, cv2.MORPH_OPEN, np.ones((kv, 1), np.uint8))
    v_mask = cv2.morphologyEx(v_mask, cv2.MORPH_CLOSE, np.ones((bridge, 1), np.uint8))
    thick = max(6, int(0.6 * lh))
    horizontal = _segments(np.asarray(h_mask, dtype=np.uint8), True, kh, thick, f)
    vertical = _segments(np.asarray(v_mask, dtype=np.uint8), False, kv, thick, f)
    mask = cv2.bitwise_or(h_mask, v_mask)
    if f > 1:
        mask = cv2.resize(mask, (ink.shape[1], ink.shape[0]), interpolation=cv2.INTER_NEAREST)
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    return Rulings(horizontal, vertical, np.asarray(mask, dtype=np.uint8))


# --- grid of a ruled table -------------------------------------------------------------------------


@dataclass
class _Grid:
    ys: list[float]  # row boundaries, top to bottom
    xs: list[float]  # column boundaries, left to right
    h_segs: list[Segment]
    v_segs: list[Segment]
    tol: float

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def covered(self, segs: Sequence[Segment], pos: float, a0: float, a1: float) -> bool:
        """Is the stretch a0..a1 at `pos` mostly drawn (a separator present)?"""
        spans = sorted((max(a0, s.a0), min(a1, s.a1)) for s in segs if abs(s.pos - pos) <= self.tol)
        total, end = 0.0, a0
        for lo, hi in spans:
            lo = max(lo, end)
            if hi > lo:
                total += hi - lo
                end = hi
        return total >= 0.5 * (a1 - a0)


_CELL_GAP_CHARS = 2.0  # blank run at a column boundary that tells two cells from one merged cell
_HEADING_GAP_CHARS = 3.0  # widest blank between the words of one heading (a word OCR cut in two)


def _cluster(values: Iterable[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _ends_on_rule(seg: Segment, crossing: Sequence[Segment], tol: float) -> bool:
    """Both ends of a rule meet a crossing rule: true of table borders, not of underlines."""

    def meets(end: float) -> bool:
        return any(abs(c.pos - end) <= tol and c.a0 - tol <= seg.pos <= c.a1 + tol for c in crossing)

    return meets(seg.a0) and meets(seg.a1)


def _joined(segs: Sequence[Segment], tol: float, max_gap: float) -> list[Segment]:
    """Pieces of one rule broken by a faint photocopy or noise, joined back into one."""
    out: list[Segment] = []
    for s in sorted(segs, key=lambda s: (round(s.pos / tol), s.a0)):
        last = out[-1] if out else None
        if last is not None and abs(last.pos - s.pos) <= tol and s.a0 - last.a1 <= max_gap:
            length = (last.a1 - last.a0) + (s.a1 - s.a0)
            pos = (last.pos * (last.a1 - last.a0) + s.pos * (s.a1 - s.a0)) / max(length, 1)
            out[-1] = Segment(min(last.a0, s.a0), max(last.a1, s.a1), pos)
        else:
            out.append(s)
    return out


def _grids(rulings: Rulings, letter_h: float, shape: tuple[int, int]) -> list[_Grid]:
    """Ruled tables of the page: connected sets of rules whose ends meet crossing rules."""
    tol = max(6.0, 0.6 * letter_h)
    reach = 3 * tol
    # A gap wider than this is a merged cell (the rule stops at it), not a faded stretch.
    horizontal = _joined(rulings.horizontal, tol, 1.5 * letter_h)
    vertical = _joined(rulings.vertical, tol, 1.5 * letter_h)
    hs = [s for s in horizontal if _ends_on_rule(s, vertical, reach)]
    vs = [s for s in vertical if _ends_on_rule(s, hs, reach)]
    hs = [s for s in hs if _ends_on_rule(s, vs, reach)]
    if len(hs) < 2 or len(vs) < 2:
        return []
    q = 4  # tables are told apart on a quarter-size sketch of the rules
    canvas = np.zeros((shape[0] // q + 1, shape[1] // q + 1), np.uint8)
    for s in hs:
        cv2.line(canvas, (s.a0 // q, round(s.pos / q)), (s.a1 // q, round(s.pos / q)), 255, 3)
    for s in vs:
        cv2.line(canvas, (round(s.pos / q), s.a0 // q), (round(s.pos / q), s.a1 // q), 255, 3)
    n, _, stats, _ = cv2.connectedComponentsWithStats(canvas, connectivity=8)
    grids: list[_Grid] = []
    for x, y, w, h in (stats[1:n, :4] * q).tolist():
        x, y, w, h = x - q, y - q, w + 2 * q, h + 2 * q
        inside_h = [s for s in hs if x <= s.a0 + 3 and s.a1 <= x + w + 3 and y <= s.pos <= y + h]
        inside_v = [s for s in vs if y <= s.a0 + 3 and s.a1 <= y + h + 3 and x <= s.pos <= x + w]
        ys = _cluster((s.pos for s in inside_h), tol)
        xs = _cluster((s.pos for s in inside_v), tol)
        if len(ys) < 2 or len(xs) < 2 or w < 6 * letter_h or h < 1.5 * letter_h:
            continue
        grids.append(_Grid(ys, xs, inside_h, inside_v, tol))
    return grids


def _merged_groups(grid: _Grid) -> list[tuple[int, int, int, int]]:
    """Cells as (row0, row1, col0, col1) after merging across missing separators."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        y0, y1 = grid.ys[r], grid.ys[r + 1]
        for c in range(n_cols):
            x0, x1 = grid.xs[c], grid.xs[c + 1]
            if c + 1 < n_cols and not grid.covered(grid.v_segs, x1, y0, y1):
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not grid.covered(grid.h_segs, y1, x0, x1):
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    boxes: dict[int, list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            b = boxes.setdefault(find(r * n_cols + c), [r, r, c, c])
            b[0], b[1], b[2], b[3] = min(b[0], r), max(b[1], r), min(b[2], c), max(b[3], c)
    return sorted((b[0], b[1], b[2], b[3]) for b in boxes.values())


def _split_at_empty_separators(
    groups: list[tuple[int, int, int, int]], grid: _Grid, words: Sequence[Word], m: _Metrics
) -> list[tuple[int, int, int, int]]:
    """A one-row cell across columns whose text stands apart at a column boundary is not merged: the
    rule there faded (a photo lit from one side). Text that really spans runs over the boundary."""
    out: list[tuple[int, int, int, int]] = []
    for r0, r1, c0, c1 in groups:
        if r0 != r1 or c0 == c1:
            out.append((r0, r1, c0, c1))
            continue
        y0, y1 = grid.ys[r0], grid.ys[r0 + 1]
        # a faded rule is often read as «—» or «|»: only words with letters or digits count
        inside = [
            w
            for w in words
            if y0 <= w.cy < y1
            and grid.xs[c0] <= w.cx < grid.xs[c1 + 1]
            and any(ch.isalnum() for ch in w.text)
        ]
        start = c0
        for b in range(c0 + 1, c1 + 1):
            x = grid.xs[b]
            left = [w.right for w in inside if w.right <= x and w.cx >= grid.xs[start]]
            right = [w.left for w in inside if w.left >= x]
            straddles = any(w.left < x < w.right for w in inside)
            if left and right and not straddles and min(right) - max(left) >= _CELL_GAP_CHARS * m.char_width:
                out.append((r0, r1, start, b - 1))
                start = b
        out.append((r0, r1, start, c1))
    return sorted(out)


def _merge_centred_rows(
    groups: list[tuple[int, int, int, int]], grid: _Grid, words: Sequence[Word], m: _Metrics
) -> list[tuple[int, int, int, int]]:
    """A row whose text is one heading centred on the table is one cell across it, even where a
    rule seemed to cross it: the strokes of the heading's letters can pass for a short rule between
    the rules above and below."""
    last = len(grid.xs) - 2
    out = list(groups)
    for r in range(len(grid.ys) - 1):
        in_row = [g for g in out if g[0] <= r <= g[1]]
        if len(in_row) < 2 or any(g[0] != g[1] for g in in_row):
            continue
        y0, y1 = grid.ys[r], grid.ys[r + 1]
        inside = [w for w in words if y0 <= w.cy < y1 and any(ch.isalnum() for ch in w.text)]
        filled = {int(np.searchsorted(grid.xs, w.cx)) for w in inside}
        if len(filled) >= 2 and _centred_across(inside, grid, m):
            out = [g for g in out if g not in in_row] + [(r, r, 0, last)]
    return sorted(out)


def _centred_across(words: Sequence[Word], grid: _Grid, m: _Metrics) -> bool:
    """A heading centred in a row across the whole table («III. Формирование базы наставников»): one
    printed line of words close together, centred on the table and shorter than it. OCR may leave a
    gap inside it at a column boundary, yet it is one cell; the values of separate cells stand
    further apart."""
    if not words:
        return False
    if max(w.cy for w in words) - min(w.cy for w in words) > 0.5 * m.height:
        return False
    ordered = sorted(words, key=lambda w: w.left)
    if any(b.left - a.right > _HEADING_GAP_CHARS * m.char_width for a, b in itertools.pairwise(ordered)):
        return False
    left, right = ordered[0].left, max(w.right for w in words)
    x0, x1 = grid.xs[0], grid.xs[-1]
    return right - left <= 0.85 * (x1 - x0) and abs((left + right) - (x0 + x1)) / 2 <= 2 * m.char_width


# --- lines inside a cell -----------------------------------------------------------------------------


def _printed_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into printed lines by vertical overlap, each line left to right."""
    lines: list[list[Word]] = []
    boxes: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.cy):
        if lines:
            top, bottom = boxes[-1]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(w.height, bottom - top):
                lines[-1].append(w)
                boxes[-1] = (min(top, w.top), max(bottom, w.bottom))
                continue
        lines.append([w])
        boxes.append((w.top, w.bottom))
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _join(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _line_cy(line: Sequence[Word]) -> float:
    return statistics.median(w.cy for w in line)


def _is_soft_wrap(prev: Sequence[Word], nxt: Sequence[Word], right_limit: float, m: _Metrics) -> bool:
    """The line broke only because the next word did not fit (as a word processor wraps)."""
    first = nxt[0].text
    if _ITEM_START.match(first) or prev[-1].text.endswith((":", ";")):
        return False
    if prev[-1].text.endswith(".") and first[:1].isupper():
        return False
    # A capitalised word after a whole word starts a value of its own: «Педагог-психолог» over
    # «Куратор» in a narrow column. Not an abbreviation («по / УВР») nor after a short word («в / Дзержинске»).
    last = prev[-1].text
    if _CAPITALISED.match(first) and last[-1:].isalpha() and not (len(last) <= 3 and last.islower()):
        return False
    needed = 0.3 * m.height + nxt[0].width
    return prev[-1].right + needed > right_limit - 0.5 * m.char_width


_BROKEN_WORD = re.compile(r"\w-$")  # «педагог-» goes on below


def _glue(text: str, line: str) -> str:
    if _BROKEN_WORD.search(text) and line[:1].isalpha():
        return text + line  # «педагог-» + «психолог»
    return f"{text} {line}"


def cell_lines(
    words: Sequence[Word],
    right_limit: float,
    m: _Metrics,
    origin: float | None = None,
    anchors: Sequence[float] = (),
) -> tuple[str, ...]:
    """A cell's lines: printed lines, soft wraps joined, blank lines where the gap is wide.

    `origin` is the centre of the first printed line of the row: a cell whose text starts lower
    (dates lined up with the second sub-item of the neighbouring cell) gets leading blank lines.
    `anchors`: heights where another cell of the row starts a value after a blank gap or a sub-item
    («2) …»); a line level with one starts a value too, however full the line above.
    """
    printed = _printed_lines(words)
    if not printed:
        return ()
    out: list[str] = []
    if origin is not None:
        lead = _line_cy(printed[0]) - origin
        if lead > 1.5 * m.pitch:
            out.extend([""] * round(lead / m.pitch))
    out.append(_join(printed[0]))
    for prev, line in itertools.pairwise(printed):
        gap = _line_cy(line) - _line_cy(prev)
        if gap > 1.5 * m.pitch:
            out.extend([""] * max(1, round(gap / m.pitch) - 1))
            out.append(_join(line))
        elif _is_soft_wrap(prev, line, right_limit, m) and (
            _BROKEN_WORD.search(out[-1]) or not any(abs(_line_cy(line) - a) < 0.5 * m.pitch for a in anchors)
        ):
            out[-1] = _glue(out[-1], _join(line))
        else:
            out.append(_join(line))
    return tuple(out)


def _make_cell(
    words: Sequence[Word],
    col: int,
    span: int,
    right_limit: float,
    m: _Metrics,
    origin: float | None,
    anchors: Sequence[float] = (),
) -> RawCell:
    lines = cell_lines(words, right_limit, m, origin, anchors)
    width = right_limit - min((w.left for w in words), default=right_limit)
    per_line = int(width / m.char_width) if words and m.char_width > 0 and width > 0 else None
    return RawCell("\n".join(lines).strip(), lines, col, span, chars_per_line=per_line)


def _metrics(words: Sequence[Word]) -> _Metrics:
    heights = [w.height for w in words if len(w.text) >= 2] or [w.height for w in words] or [30]
    height = float(statistics.median(heights))
    widths = [w.width / len(w.text) for w in words if len(w.text) >= 3]
    char_width = float(statistics.median(widths)) if widths else 0.55 * height
    gaps: list[float] = []
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        by_line.setdefault((w.block, w.par, w.line), []).append(w)
    ordered = sorted(by_line.items())
    for (k1, a), (k2, b) in itertools.pairwise(ordered):
        if k1[:2] == k2[:2]:
            gap = _line_cy(b) - _line_cy(a)
            if 0.9 * height < gap < 2.0 * height:
                gaps.append(gap)
    pitch = float(statistics.median(gaps)) if len(gaps) >= 3 else 1.25 * height
    return _Metrics(height, pitch, char_width)


# --- ruled tables ------------------------------------------------------------------------------------


def _ruled_table(
    grid: _Grid, words: Sequence[Word], m: _Metrics, page: int | None, reread: CellReader | None = None
) -> RawTable:
    groups = _merge_centred_rows(
        _split_at_empty_separators(_merged_groups(grid), grid, words, m), grid, words, m
    )
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    owner: dict[tuple[int, int], int] = {}
    for k, (r0, r1, c0, c1) in enumerate(groups):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                owner[(r, c)] = k
    in_group: dict[int, list[Word]] = {}
    for w in words:
        r = int(np.searchsorted(grid.ys, w.cy)) - 1
        c = int(np.searchsorted(grid.xs, w.cx)) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            in_group.setdefault(owner[(r, c)], []).append(w)
    if reread is not None:
        for k, (r0, r1, c0, c1) in enumerate(groups):
            if k not in in_group:
                x0, y0, x1, y1 = (
                    round(v) for v in (grid.xs[c0], grid.ys[r0], grid.xs[c1 + 1], grid.ys[r1 + 1])
                )
                found = [w for w in reread(x0, y0, x1, y1) if _is_text(w)]
                if found:
                    in_group[k] = found
    origins: dict[int, float] = {}
    starts: dict[int, list[tuple[int, float]]] = {}  # row → (group, height where a value starts)
    for k, (r0, r1, _c0, _c1) in enumerate(groups):
        if r0 == r1 and in_group.get(k):
            printed = _printed_lines(in_group[k])
            origins[r0] = min(origins.get(r0, _line_cy(printed[0])), _line_cy(printed[0]))
            for prev, line in itertools.pairwise(printed):
                if _line_cy(line) - _line_cy(prev) > 1.5 * m.pitch or _ITEM_START.match(line[0].text):
                    starts.setdefault(r0, []).append((k, _line_cy(line)))
    rows: list[RawRow] = []
    for r in range(n_rows):
        cells: list[RawCell] = []
        for k, (r0, r1, c0, c1) in enumerate(groups):
            if not r0 <= r <= r1:
                continue
            span = c1 - c0 + 1
            if r > r0:
                cells.append(RawCell("", (), c0, span, continued=True))
                continue
            cell_words = in_group.get(k, [])
            inner = min((w.left for w in cell_words), default=grid.xs[c0]) - grid.xs[c0]
            right_limit = grid.xs[c1 + 1] - max(0.0, min(inner, 3 * m.height))
            origin = origins.get(r) if r0 == r1 else None
            anchors = [y for g, y in starts.get(r, []) if g != k] if r0 == r1 else []
            cells.append(_make_cell(cell_words, c0, span, right_limit, m, origin, anchors))
        cells.sort(key=lambda c: c.col)
        rows.append(RawRow(tuple(cells), index=r, page=page))
    return RawTable(tuple(rows), index=0, n_cols=n_cols)


# --- unruled tables ----------------------------------------------------------------------------------


@dataclass
class _Zone:
    lines: list[list[Word]]
    gutters: list[tuple[float, float]]
    left: float
    right: float


def _segments_of(line: Sequence[Word], gap: float) -> list[list[Word]]:
    segs: list[list[Word]] = []
    for w in line:
        if segs and w.left - segs[-1][-1].right <= gap:
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


def _find_zone(lines: list[list[Word]], m: _Metrics) -> _Zone | None:
    """The run of lines forming a whitespace-separated table, with its column gutters."""
    gap = 1.0 * m.height
    counts = [len(_segments_of(line, gap)) for line in lines]
    cand = [i for i, c in enumerate(counts) if c >= 3]
    if len(cand) < 3:
        return None
    start, end = cand[0], cand[-1] + 1
    if len(cand) < 0.3 * (end - start):
        return None  # a few scattered lines with wide gaps (signatures, dates): not a table
    while end < len(lines) and _line_cy(lines[end]) - _line_cy(lines[end - 1]) <= 1.8 * m.pitch:
        end += 1
    zone = lines[start:end]
    left = min(w.left for line in zone for w in line)
    right = max(w.right for line in zone for w in line)
    cover = np.zeros(int(right - left) + 2, np.int32)
    multi = [line for line, c in zip(zone, counts[start:end], strict=True) if c >= 2]
    for line in multi:
        hit = np.zeros_like(cover, dtype=bool)
        for w in line:
            hit[int(w.left - left) : int(w.right - left) + 1] = True
        cover += hit
    free = cover <= int(0.08 * len(multi))
    gutters: list[tuple[float, float]] = []
    x = 0
    while x < len(free):
        if free[x]:
            x1 = x
            while x1 < len(free) and free[x1]:
                x1 += 1
            if x > 0 and x1 < len(free) and x1 - x >= 0.6 * m.height:
                gutters.append((left + x, left + x1))
            x = x1
        else:
            x += 1
    if not gutters:
        return None
    return _Zone(zone, gutters, left, right)


def _unruled_table(zone: _Zone, m: _Metrics, page: int | None, rules: Sequence[float] = ()) -> RawTable:
    """Rows and cells of a whitespace-separated table.

    A segment of words running over a gutter is a merged cell; a line that is one such segment
    (a stage title) is a row of its own, spanning the table. Rows start at a row number in the
    first column, or, without a number column, after a wider vertical gap. A table drawn with
    horizontal rules only (`rules`: their heights, across the table) has a row between each two:
    the rules are surer than row numbers OCR may misread («“23» for «13»).
    """
    lines = zone.lines
    centres = [(a + b) / 2 for a, b in zone.gutters]
    n_cols = len(centres) + 1

    def col_of(x: float) -> int:
        return int(np.searchsorted(centres, x))

    def merged(line: Sequence[Word]) -> list[tuple[int, int]]:
        out = []
        for seg in _segments_of(line, 0.5 * m.height):
            if any(w.left < g1 - 2 and w.right > g0 + 2 for w in seg for g0, g1 in zone.gutters):
                out.append((col_of(seg[0].left), col_of(seg[-1].right)))
        return out

    col_right = [g0 for g0, _ in zone.gutters] + [zone.right]
    first_col = [_join([w for w in line if col_of(w.cx) == 0]) for line in lines]
    filled = [t for t in first_col if t]
    numbered = bool(filled) and sum(bool(_ROW_NUMBER.match(t)) for t in filled) >= 0.5 * len(filled)
    spans = [merged(line) for line in lines]
    lone = [len(_segments_of(line, m.height)) == 1 for line in lines]
    centres_y = [_line_cy(line) for line in lines]
    ruled = [bool(i) and any(centres_y[i - 1] < y < centres_y[i] for y in rules) for i in range(len(lines))]
    by_rules = sum(ruled) >= 3
    groups: list[list[int]] = []
    for i in range(len(lines)):
        gap = centres_y[i] - centres_y[i - 1] if i else 0.0
        new = (
            not groups
            or ruled[i]
            or bool(spans[i])
            or (numbered and bool(_ROW_NUMBER.match(first_col[i])))
            or (not numbered and not by_rules and gap > 1.6 * m.pitch)
        )
        head = groups[-1][0] if groups else 0
        if not new and spans[head] and lone[head]:
            new = not (lone[i] and gap <= 1.5 * m.pitch)  # a stage title wraps as one block of text
        if new:
            groups.append([i])
        else:
            groups[-1].append(i)
    rows: list[RawRow] = []
    for r, group in enumerate(groups):
        words = [w for i in group for w in lines[i]]
        head = group[0]
        if spans[head] and lone[head]:
            cell = _make_cell(words, 0, n_cols, zone.right, m, None)
            rows.append(RawRow((cell,), index=r, page=page))
            continue
        ranges = [(c, c) for c in range(n_cols) if not any(a <= c <= b for a, b in spans[head])]
        ranges = sorted(ranges + spans[head])
        origin = _line_cy(lines[head])
        cells = []
        for a, b in ranges:
            cw = [w for w in words if a <= col_of(w.cx) <= b]
            cells.append(
                _make_cell(cw, a, b - a + 1, col_right[b], m, origin) if cw else RawCell("", (), a, b - a + 1)
            )
        rows.append(RawRow(tuple(cells), index=r, page=page))
    return RawTable(tuple(rows), index=0, n_cols=n_cols)


# --- free text -------------------------------------------------------------------------------------


def _paragraph_texts(words: Sequence[Word]) -> list[tuple[float, str]]:
    """(top, text) of each paragraph, by Tesseract's block and paragraph ids."""
    by_par: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        by_par.setdefault((w.block, w.par), []).append(w)
    out: list[tuple[float, str]] = []
    for par_words in by_par.values():
        by_line: dict[int, list[Word]] = {}
        for w in par_words:
            by_line.setdefault(w.line, []).append(w)
        lines = [sorted(ws, key=lambda w: w.left) for _, ws in sorted(by_line.items())]
        widest = max(ln[-1].right - ln[0].left for ln in lines)
        text, top = _join(lines[0]), float(min(w.top for w in lines[0]))
        for prev, line in itertools.pairwise(lines):
            ends_short = prev[-1].right - prev[0].left < 0.6 * widest and line[0].text[:1].isupper()
            bullet = _BULLET.match(line[0].text) and prev[-1].text.endswith((".", ";", ":"))
            if ends_short or bullet or _PARAGRAPH_START.match(line[0].text):
                out.append((top, text))
                text, top = _join(line), float(min(w.top for w in line))
            else:
                text = _glue(text, _join(line))
        out.append((top, text))
    return out


def _is_text(word: Word) -> bool:
    """Not a leftover of a wiped rule, a speck or a stamp edge read as «|», «_» or «‘»."""
    text = word.text.strip()
    if not text or all(ch in _JUNK for ch in text):
        return False
    return any(ch.isalnum() for ch in text) or word.conf >= 40


# --- page assembly -----------------------------------------------------------------------------------


def build_blocks(
    words: Sequence[Word],
    rulings: Rulings,
    letter_h: float,
    page: int | None = None,
    reread: CellReader | None = None,
) -> list[Block]:
    """Paragraphs and tables of one page, top to bottom, from OCR words and ruling lines.

    `reread` is asked for the words of each ruled cell that got none from the page's OCR.

    Block indexes are left at 0: they are numbered once the pages are put together.
    """
    words = [w for w in words if _is_text(w)]
    if not words:
        return []
    m = _metrics(words)
    placed: list[tuple[float, Block]] = []
    free = list(words)
    for grid in _grids(rulings, letter_h, rulings.mask.shape[:2]):
        x0, y0, x1, y1 = grid.box
        inside = [w for w in free if x0 <= w.cx <= x1 and y0 <= w.cy <= y1]
        ids = {id(w) for w in inside}
        free = [w for w in free if id(w) not in ids]
        placed.append((y0, _ruled_table(grid, inside, m, page, reread)))
    zone = _find_zone(_printed_lines(free), m)  # visual lines across the page, top to bottom
    if zone is not None:
        table_words = {id(w) for line in zone.lines for w in line}
        free = [w for w in free if id(w) not in table_words]
        width = zone.right - zone.left
        across = [  # horizontal rules under most of the table's width
            s.pos for s in rulings.horizontal if min(s.a1, zone.right) - max(s.a0, zone.left) >= 0.6 * width
        ]
        placed.append((float(min(w.top for w in zone.lines[0])), _unruled_table(zone, m, page, across)))
    for top, text in _paragraph_texts(free):
        placed.append((top, Paragraph(text, index=0, page=page)))
    placed.sort(key=lambda item: item[0])
    return [b for _, b in placed]
