"""PDF page geometry -> table grids: ruled tables from their cell boxes, unruled ones from word positions.

A PDF has no tables, only glyphs and strokes at coordinates. Two kinds of roadmap tables occur:

* ruled tables: the cell borders are drawn. pdfplumber's "lines" strategy finds the cell boxes; the grid
  is rebuilt here from the boxes' edges, so a merged cell (which pdfplumber reports once, leaving None in
  the positions it covers) gets its `span` from its width and `continued` cells in the rows its height
  covers — never by copying a neighbour's text forward;
* unruled tables (borderless Word tables, text aligned with tabs or spaces): columns are the vertical
  strips of whitespace ("gutters") that many lines leave empty at the same x, across the whole table;
  rows are not lines: a wrapped activity continues its row until the number column (or, without one, a
  vertical gap or a new entry in a detail column such as the dates) starts the next.

Cell `lines` are the printed lines top to bottom; an empty line is inserted for every missing line where
the baseline distance exceeds ~1.5 line pitches, so a dates cell padded to sit against sub-items keeps
its padding, as the DOCX extractor keeps empty paragraphs.
"""

from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.models import RawCell

Char = dict[str, Any]  # a pdfplumber char object
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

WORD_GAP_EM = 0.18  # a horizontal gap wider than this (in font sizes) separates words
SEGMENT_GAP_EM = 0.5  # ... and wider than this separates the phrases of an unruled table line
MIN_SEGMENT_GAP = 3.5  # points
EDGE_TOLERANCE = 3.5  # cell box edges closer than this are one grid line (double borders, rounding)
MIN_GUTTER = 3.0  # points of whitespace needed between two unruled columns
BLANK_LINE_PITCHES = 1.6  # a baseline distance above this many pitches holds empty lines
MAX_INNER_SINGLE_LINES = 6  # single-phrase lines allowed between aligned lines of one unruled table
ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVXivx]{1,4}\.?)$")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(slots=True)
class Line:
    """One printed line: words sorted left to right, sharing a baseline."""

    words: list[Word]
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    size: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(w.x0 for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.top = min(w.top for w in self.words)
        self.bottom = max(w.bottom for w in self.words)
        self.size = max(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Fragment:
    """A table as seen on one page: rows of cells plus the geometry needed to stitch pages."""

    rows: list[list[RawCell]]
    row_tops: list[float]
    edges: tuple[float, ...]  # column boundaries, n_cols + 1 values
    top: float
    bottom: float
    ruled: bool

    @property
    def n_cols(self) -> int:
        return len(self.edges) - 1


# --- characters -> words -> lines ------------------------------------------------------------------


def _pseudo_upright(char: Char) -> Char:
    """Map a rotated glyph (vertical text in a narrow header cell) into a frame where it reads across.

    Text reading upwards has its lines advancing to the right; text reading downwards, to the left.
    """
    matrix = char.get("matrix") or (1, 0, 0, 1, 0, 0)
    if matrix[1] >= 0:  # reads bottom to top
        return {**char, "x0": -char["bottom"], "x1": -char["top"], "top": char["x0"], "bottom": char["x1"]}
    return {**char, "x0": char["top"], "x1": char["bottom"], "top": -char["x1"], "bottom": -char["x0"]}


def _words(chars: Sequence[Char]) -> list[Word]:
    """Characters of one line, sorted by x, grouped into words at spaces and at wide gaps.

    Glyphs printed twice at almost the same place (a producer's fake bold) are read once.
    """
    words: list[Word] = []
    buf: list[Char] = []

    def flush() -> None:
        if buf:
            words.append(
                Word(
                    "".join(c["text"] for c in buf),
                    buf[0]["x0"],
                    max(c["x1"] for c in buf),
                    min(c["top"] for c in buf),
                    max(c["bottom"] for c in buf),
                    max(c["size"] for c in buf),
                )
            )
            buf.clear()

    for ch in sorted(chars, key=lambda c: c["x0"]):
        text = ch["text"]
        if not text or text.isspace():
            flush()
            continue
        if buf:
            prev = buf[-1]
            if text == prev["text"] and ch["x0"] - prev["x0"] < 0.3 * max(ch["x1"] - ch["x0"], 0.5):
                continue
            if ch["x0"] - prev["x1"] > WORD_GAP_EM * max(ch["size"], prev["size"]):
                flush()
        buf.append(ch)
    flush()
    return words


def chars_to_lines(chars: Iterable[Char], *, rotated: bool = False) -> list[Line]:
    """Group characters into printed lines, top to bottom.

    Upright glyphs are clustered by their bottom edge; non-upright ones are dropped unless `rotated`
    (inside a table cell, where vertical header text is mapped into a reading frame first).
    """
    pool: list[Char] = []
    for ch in chars:
        if ch.get("upright", True):
            pool.append(ch)
        elif rotated:
            pool.append(_pseudo_upright(ch))
    pool.sort(key=lambda c: c["bottom"])
    lines: list[Line] = []
    group: list[Char] = []
    anchor = 0.0
    for ch in pool:
        if group and ch["bottom"] - anchor > 0.4 * max(ch["size"], 1.0):
            if words := _words(group):
                lines.append(Line(words))
            group = []
        if not group:
            anchor = ch["bottom"]
        group.append(ch)
    if group and (words := _words(group)):
        lines.append(Line(words))
    lines.sort(key=lambda ln: ln.top)
    return lines


def line_pitch(groups: Iterable[Sequence[Line]], fallback_size: float) -> float:
    """Baseline-to-baseline distance of consecutive lines of one paragraph.

    Taken as the lower quartile of the distances between consecutive lines of the same cell (wrapped
    text dominates; padded gaps are rarer and longer); 1.2 font sizes when no cell has two lines.
    """
    deltas: list[float] = []
    for lines in groups:
        for a, b in zip(lines, lines[1:], strict=False):
            d = b.bottom - a.bottom
            if d >= 0.8 * a.size:
                deltas.append(d)
    if not deltas:
        return 1.2 * fallback_size
    deltas.sort()
    return deltas[len(deltas) // 4]


def cell_line_texts(lines: Sequence[str], bottoms: Sequence[float], ref: float | None, pitch: float) -> list[str]:
    """Texts of a cell's lines with empty lines where printed lines are missing.

    `ref` is the baseline of the first line of the row: a cell starting lower gets leading empty lines.
    """
    out: list[str] = []
    prev: float | None = None
    for text, bottom in zip(lines, bottoms, strict=True):
        if prev is None:
            if ref is not None and bottom - ref > 0.75 * pitch:
                out.extend([""] * round((bottom - ref) / pitch))
        elif bottom - prev > BLANK_LINE_PITCHES * pitch:
            out.extend([""] * max(1, round((bottom - prev) / pitch) - 1))
        out.append(text)
        prev = bottom
    return out


def make_cell(
    lines: Sequence[Line], ref: float | None, pitch: float, col: int, span: int, width: float, char_w: float
) -> RawCell:
    texts = cell_line_texts([ln.text for ln in lines], [ln.bottom for ln in lines], ref, pitch)
    return RawCell(
        text="\n".join(texts).strip(),
        lines=tuple(texts),
        col=col,
        span=span,
        chars_per_line=max(1, round(width / char_w)) if char_w > 0 else None,
    )


def average_char_width(chars: Iterable[Char]) -> float:
    widths = [c["x1"] - c["x0"] for c in chars if c.get("upright", True) and not c["text"].isspace()]
    return sum(widths) / len(widths) if widths else 0.0


def has_number_column(rows: Sequence[Sequence[RawCell]]) -> bool:
    """Column 0 holds row numbers («1», «1.2», «II.») in most rows that have it filled."""
    texts = [c.text for r in rows[1:] for c in r if c.col == 0 and c.span == 1 and c.text]
    return len(texts) >= 2 and sum(bool(ROW_NUMBER.match(t)) for t in texts) >= 0.6 * len(texts)


# --- ruled tables -------------------------------------------------------------------------------------


def _cluster(values: Iterable[float], tolerance: float) -> list[float]:
    """Sorted values merged when closer than `tolerance` (each cluster is represented by its mean)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _nearest(edges: Sequence[float], value: float) -> int:
    i = bisect_right(edges, value)
    if i == 0:
        return 0
    if i == len(edges) or value - edges[i - 1] <= edges[i] - value:
        return i - 1
    return i


def ruled_fragments(tables: Sequence[Sequence[BBox]], chars: Sequence[Char]) -> tuple[list[Fragment], list[Char]]:
    """Grids of the ruled tables pdfplumber found (each given as its cell boxes) and the characters
    outside them. A "table" of one column (a frame around the page or a boxed paragraph) is not a table:
    its text stays free.
    """
    grids: list[_Grid] = []
    for boxes in tables:
        grid = _Grid.build(boxes)
        if grid is not None:
            grids.append(grid)
    if not grids:
        return [], list(chars)
    free: list[Char] = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for grid in grids:
            if grid.place(ch, cx, cy):
                break
        else:
            free.append(ch)
    fragments = [f for g in grids if (f := g.fragment()) is not None]
    return fragments, free


class _Grid:
    """Cell boxes on a grid of column edges `xs` and row edges `ys`."""

    def __init__(self, boxes: Sequence[BBox], xs: list[float], ys: list[float]) -> None:
        self.xs, self.ys = xs, ys
        self.boxes: list[tuple[int, int, int, int]] = []  # r0, r1, c0, c1 (exclusive ends)
        self.owner: list[list[int | None]] = [[None] * (len(xs) - 1) for _ in range(len(ys) - 1)]
        for x0, top, x1, bottom in boxes:
            c0, c1 = _nearest(xs, x0), _nearest(xs, x1)
            r0, r1 = _nearest(ys, top), _nearest(ys, bottom)
            if c1 <= c0 or r1 <= r0:
                continue
            k = len(self.boxes)
            self.boxes.append((r0, r1, c0, c1))
            for r in range(r0, r1):
                for c in range(c0, c1):
                    if self.owner[r][c] is None:
                        self.owner[r][c] = k
        self.chars: list[list[Char]] = [[] for _ in self.boxes]

    @classmethod
    def build(cls, boxes: Sequence[BBox]) -> _Grid | None:
        xs = _cluster((v for b in boxes for v in (b[0], b[2])), EDGE_TOLERANCE)
        ys = _cluster((v for b in boxes for v in (b[1], b[3])), EDGE_TOLERANCE)
        if len(xs) < 3 or len(ys) < 2:
            return None
        return cls(boxes, xs, ys)

    def place(self, ch: Char, cx: float, cy: float) -> bool:
        xs, ys = self.xs, self.ys
        if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
            return False
        c = min(max(bisect_right(xs, cx) - 1, 0), len(xs) - 2)
        r = min(max(bisect_right(ys, cy) - 1, 0), len(ys) - 2)
        k = self.owner[r][c]
        if k is None:
            return False
        self.chars[k].append(ch)
        return True

    def fragment(self) -> Fragment | None:
        if not any(self.chars):
            return None
        cell_lines = [chars_to_lines(chs, rotated=True) for chs in self.chars]
        all_chars = [c for chs in self.chars for c in chs]
        sizes = [c["size"] for c in all_chars]
        pitch = line_pitch(cell_lines, statistics.median(sizes))
        table_char_w = average_char_width(all_chars)
        n_rows = len(self.ys) - 1
        refs: list[float | None] = [None] * n_rows
        for (r0, _r1, _c0, _c1), lines in zip(self.boxes, cell_lines, strict=True):
            if lines:
                first = refs[r0]
                refs[r0] = lines[0].bottom if first is None else min(first, lines[0].bottom)
        rows: list[list[RawCell]] = [[] for _ in range(n_rows)]
        for k, (r0, r1, c0, c1) in enumerate(self.boxes):
            width = self.xs[c1] - self.xs[c0]
            char_w = average_char_width(self.chars[k]) or table_char_w
            cell = make_cell(cell_lines[k], refs[r0], pitch, c0, c1 - c0, width, char_w)
            rows[r0].append(cell)
            for r in range(r0 + 1, r1):
                rows[r].append(
                    RawCell("", (), c0, c1 - c0, continued=True, chars_per_line=cell.chars_per_line)
                )
        for row in rows:
            row.sort(key=lambda cell: cell.col)
        return Fragment(
            rows=rows,
            row_tops=self.ys[:-1],
            edges=tuple(self.xs),
            top=self.ys[0],
            bottom=self.ys[-1],
            ruled=True,
        )


# --- unruled tables -----------------------------------------------------------------------------------


def segments(line: Line) -> list[list[Word]]:
    """Phrases of a line: words separated by more than an ordinary (even justified) space."""
    segs = [[line.words[0]]]
    for w in line.words[1:]:
        prev = segs[-1][-1]
        if w.x0 - prev.x1 > max(SEGMENT_GAP_EM * max(w.size, prev.size), MIN_SEGMENT_GAP):
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


@dataclass
class _Span:
    """A phrase of a line placed on the table's columns."""

    words: list[Word]
    first: int
    last: int


def _gutters(lines: Sequence[Line], segs: Sequence[list[list[Word]]]) -> list[float]:
    """Column boundaries (x of each gutter's middle) from the whitespace the lines share.

    An x is inside a gutter when at least two lines have a phrase gap there and no more lines cover it
    with text than leave it empty (the covering ones are rows spanning several columns).
    """
    lo = math.floor(min(ln.x0 for ln in lines))
    hi = math.ceil(max(ln.x1 for ln in lines))
    width = hi - lo + 2
    cov = [0] * (width + 1)
    sup = [0] * (width + 1)
    for ln, ss in zip(lines, segs, strict=True):
        for w in ln.words:
            cov[int(w.x0) - lo] += 1
            cov[math.ceil(w.x1) - lo + 1] -= 1
        for a, b in zip(ss, ss[1:], strict=False):
            g0, g1 = math.ceil(a[-1].x1) - lo, math.floor(b[0].x0) - lo
            if g1 >= g0:
                sup[g0] += 1
                sup[g1 + 1] -= 1
    mids: list[float] = []
    run_start: int | None = None
    c = s = 0
    for x in range(width):
        c += cov[x]
        s += sup[x]
        inside = s >= 2 and c <= s
        if inside and run_start is None:
            run_start = x
        elif not inside and run_start is not None:
            if x - run_start >= MIN_GUTTER:
                mids.append(lo + (run_start + x - 1) / 2)
            run_start = None
    return mids


def _place(line_segs: list[list[Word]], mids: Sequence[float]) -> list[_Span]:
    out: list[_Span] = []
    for seg in line_segs:
        first = bisect_right(mids, (seg[0].x0 + seg[0].x1) / 2 if len(seg) == 1 else seg[0].x0)
        last = bisect_right(mids, seg[-1].x1 if len(seg) > 1 else (seg[0].x0 + seg[0].x1) / 2)
        out.append(_Span(seg, first, max(first, last)))
    return out


def _fits(spans: Sequence[_Span]) -> bool:
    return all(s.first == s.last for s in spans)


@dataclass
class UnruledResult:
    fragments: list[Fragment]
    used: set[int]  # indices of the lines taken into tables


def unruled_fragments(
    lines: Sequence[Line], pitch: float, hint: Sequence[float] | None = None
) -> UnruledResult:
    """Find unruled tables among free lines (top to bottom) and build their grids.

    `hint`: column boundaries of an unruled table that ran to the bottom of the previous page; lines at
    the top of this page that fit them continue that table even when too few to show gutters themselves.
    """
    segs = [segments(ln) for ln in lines]
    multi = [len(s) >= 2 for s in segs]
    result = UnruledResult([], set())
    i = 0
    n = len(lines)
    if hint and n:
        end = 0
        while end < n and _fits(_place(segs[end], hint)):
            end += 1
        if end and end < n and multi[end]:
            end = 0  # the table may continue further: let the general search decide below
        if end:
            frag = _build(lines[:end], segs[:end], list(hint), pitch)
            result.fragments.append(frag)
            result.used.update(range(end))
            i = end
    while i < n:
        if not multi[i]:
            i += 1
            continue
        start, last = i, i
        j = i + 1
        while j < n:
            gap = lines[j].top - lines[j - 1].bottom
            if gap > 2.5 * pitch and not (multi[j] and multi[j - 1]):
                break
            if multi[j]:
                last = j
            elif j - last > MAX_INNER_SINGLE_LINES:
                break
            j += 1
        if hint and start == i and not result.fragments and all(
            _fits(_place(segs[k], hint)) or multi[k] for k in range(0, start)
        ):
            start = 0
        mids = _gutters(lines[start : last + 1], segs[start : last + 1])
        if hint and start == 0 and _compatible(lines[: last + 1], segs[: last + 1], hint):
            mids = list(hint)
        aligned = sum(1 for k in range(start, last + 1) if multi[k] and len(_place(segs[k], mids)) > 1)
        if not mids or aligned < 2:
            i = last + 1
            continue
        end = last + 1
        while end < n and lines[end].top - lines[end - 1].bottom <= BLANK_LINE_PITCHES * pitch - (
            lines[end - 1].bottom - lines[end - 1].top
        ) and _fits(_place(segs[end], mids)):
            end += 1
        result.fragments.append(_build(lines[start:end], segs[start:end], mids, pitch))
        result.used.update(range(start, end))
        i = end
    return result


def _compatible(lines: Sequence[Line], segs: Sequence[list[list[Word]]], mids: Sequence[float]) -> bool:
    crossing = sum(1 for s in segs if not _fits(_place(s, mids)))
    return crossing <= 0.3 * len(lines)


def _starts_entry(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _build(lines: Sequence[Line], segs: Sequence[list[list[Word]]], mids: list[float], pitch: float) -> Fragment:
    """Rows of an unruled table: phrases placed on columns, lines grouped into logical rows."""
    placed = [_place(s, mids) for s in segs]
    n_cols = len(mids) + 1
    spanning = [not _fits(p) for p in placed]
    col_text: list[dict[int, str]] = []
    for spans in placed:
        by_col: dict[int, list[str]] = {}
        for sp in spans:
            by_col.setdefault(sp.first, []).append(" ".join(w.text for w in sp.words))
        col_text.append({c: " ".join(t) for c, t in by_col.items()})
    numbered = _number_column(col_text, spanning, mids, lines)
    totals = [sum(len(ct.get(c, "")) for ct in col_text) for c in range(n_cols)]
    main = max(range(n_cols), key=lambda c: totals[c])
    groups: list[list[int]] = []
    for k in range(len(lines)):
        if not groups or _new_row(k, lines, col_text, spanning, placed, numbered, main, pitch):
            groups.append([k])
        else:
            groups[-1].append(k)
    x_lo = min(ln.x0 for ln in lines)
    x_hi = max(ln.x1 for ln in lines)
    edges = (x_lo, *mids, x_hi)
    all_words = [w for ln in lines for w in ln.words]
    char_w = sum(w.x1 - w.x0 for w in all_words) / max(1, sum(len(w.text) for w in all_words))
    rows: list[list[RawCell]] = []
    tops: list[float] = []
    for group in groups:
        cells: dict[int, tuple[int, list[Line]]] = {}  # first col -> (last col, lines)
        for k in group:
            for sp in placed[k]:
                owner = next((c for c, (last, _) in cells.items() if c <= sp.first <= last), None)
                if owner is None:
                    cells[sp.first] = (sp.last, [])
                    owner = sp.first
                last, cl = cells[owner]
                cells[owner] = (max(last, sp.last), cl)
                if cl and abs(cl[-1].bottom - lines[k].bottom) < 0.5 * lines[k].size:
                    cl[-1] = Line(cl[-1].words + sp.words)
                else:
                    cl.append(Line(list(sp.words)))
        ref = lines[group[0]].bottom
        row = [
            make_cell(cl, ref, pitch, c, last - c + 1, edges[last + 1] - edges[c], char_w)
            for c, (last, cl) in sorted(cells.items())
        ]
        rows.append(row)
        tops.append(lines[group[0]].top)
    return Fragment(
        rows=rows,
        row_tops=tops,
        edges=edges,
        top=lines[0].top,
        bottom=lines[-1].bottom,
        ruled=False,
    )


def _number_column(
    col_text: Sequence[dict[int, str]], spanning: Sequence[bool], mids: Sequence[float], lines: Sequence[Line]
) -> bool:
    x_lo = min(ln.x0 for ln in lines)
    x_hi = max(ln.x1 for ln in lines)
    if mids[0] - x_lo > 0.2 * (x_hi - x_lo):
        return False
    texts = [ct[0] for ct, sp in zip(col_text, spanning, strict=True) if 0 in ct and not sp]
    return len(texts) >= 2 and sum(bool(ROW_NUMBER.match(t)) for t in texts) >= 0.5 * len(texts)


def _new_row(
    k: int,
    lines: Sequence[Line],
    col_text: Sequence[dict[int, str]],
    spanning: Sequence[bool],
    placed: Sequence[list[_Span]],
    numbered: bool,
    main: int,
    pitch: float,
) -> bool:
    """Whether line `k` starts a new logical row (a row is not a line: wrapped text continues it)."""
    here, before = col_text[k], col_text[k - 1]
    if spanning[k]:
        return not spanning[k - 1]
    number = here.get(0, "")
    if numbered and ROW_NUMBER.match(number):
        return True
    if spanning[k - 1]:
        # A wrapped line of a spanning stage row sits inside the span and starts lowercase.
        span = next(sp for sp in placed[k - 1] if sp.first != sp.last)
        inside = all(span.first <= c <= span.last for c in here)
        first_text = here[min(here)] if here else ""
        return not (inside and first_text[:1].islower())
    if numbered:
        return False
    gap = lines[k].bottom - lines[k - 1].bottom
    if gap > BLANK_LINE_PITCHES * pitch:
        return True
    main_text = here.get(main, "")
    if main_text[:1].islower():
        return False
    for col, text in here.items():
        if col != main and _starts_entry(text) and not before.get(col, "").rstrip().endswith((",", "-", "–")):
            return not before.get(col) or _starts_entry(main_text) or not main_text
    return False
