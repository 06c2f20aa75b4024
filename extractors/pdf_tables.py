"""PDF page geometry -> table grids, part 1: characters into lines, cell lines, ruled tables.

A PDF has no tables, only glyphs and strokes at coordinates. Ruled tables have their cell borders drawn:
pdfplumber's "lines" strategy finds the cell boxes and the grid is rebuilt here from the boxes' edges,
so a merged cell (which pdfplumber reports once, leaving None in the positions it covers) gets its
`span` from its width and `continued` cells in the rows its height covers — never by copying a
neighbour's text forward. Unruled tables are found from word positions in `pdf_unruled`.

Cell `lines` follow the DOCX extractor: one line per paragraph, empty lines for empty printed lines.
A PDF only has printed lines, so soft wraps (a break forced by the cell width) are joined back, and an
empty line is inserted for every printed line missing where the baseline distance exceeds ~1.5 line
pitches: a dates cell padded to sit against sub-items keeps its padding.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.models import RawCell

Char = dict[str, Any]  # a pdfplumber char object
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom
Gutter = tuple[float, float]  # x-interval of whitespace between two unruled columns

WORD_GAP_EM = 0.18  # a horizontal gap wider than this (in font sizes) separates words
EDGE_TOLERANCE = 3.5  # cell box edges closer than this are one grid line (double borders, rounding)
BLANK_LINE_PITCHES = 1.6  # a baseline distance above this many pitches holds empty lines
# Word writes list bullets in the Symbol/Wingdings fonts, whose glyphs land in the private use area.
_SYMBOL_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf0de\uf0e0", "•"))
LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$|[^\W\d_])|\d{1,2}\.\d{1,2}|[а-яa-z]\)\s|[-–—•·▪●]\s)"
)
_CONTINUATION = re.compile(r"^(?:[a-zа-яё]|\d|[,.;:)»%])")
_ABBREVIATION = re.compile(r"^[А-ЯЁA-Z]{2,6}(?:-[А-ЯЁA-Z]{1,3})?(?:[\s,.;)]|$)")
# Words a paragraph cannot end with: a line ending so was broken by the width.
_DANGLING = re.compile(
    r"^(?:в|во|на|с|со|к|ко|о|об|от|до|для|из|за|и|или|а|но|при|без|через|под|над|по|между|как|также)$"
)
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
    edges: tuple[float, ...]  # column boundaries, n_cols + 1 values
    top: float
    bottom: float
    ruled: bool
    gutters: tuple[Gutter, ...] = ()  # unruled tables: the whitespace between columns
    # Empty lines each cell of the last row would need to reach the row's last printed line: when the
    # page breaks that row, its continuation on the next page starts below them.
    tail: dict[int, int] = field(default_factory=dict)

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
                    "".join(c["text"] for c in buf).translate(_SYMBOL_BULLETS),
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
        for a, b in itertools.pairwise(lines):
            d = b.bottom - a.bottom
            if d >= 0.8 * a.size:
                deltas.append(d)
    if not deltas:
        return 1.2 * fallback_size
    deltas.sort()
    return deltas[len(deltas) // 4]


def continues(before: str, after: str) -> bool:
    """Whether printed line `after` can only be the rest of the line `before` (given that the break
    was forced by the width): it starts with a lowercase word, a number that is not a list marker or
    punctuation that never opens a paragraph; or with an abbreviation («ВР», «МБОУ») after a line
    that cannot end a paragraph (a trailing preposition, comma or hyphen)."""
    if not after or LIST_ITEM.match(after):
        return False
    if _CONTINUATION.match(after):
        return True
    last = before.rsplit(" ", 1)[-1].lower()
    return bool(_DANGLING.match(last)) or before.endswith((",", "-", "‐")) or bool(_ABBREVIATION.match(after))


def join_wrapped(before: str, after: str) -> str:
    if re.search(r"[^\W\d_][-‐]$", before) and after[:1].isalpha():
        return before + after  # a compound split at its hyphen: «педагог-» + «психолог», «Элдиг-» + «Хемская»
    return f"{before} {after}"


def logical_lines(lines: Sequence[Line], limit: float | None, pitch: float) -> list[tuple[str, float, float]]:
    """The cell's paragraphs as (text, first baseline, last baseline): soft wraps re-joined.

    A line break is a soft wrap when the next line's first word could not have fitted after the
    previous line within the cell (`limit`: the right edge available to text) and the next line reads
    as a continuation. Word and LibreOffice wrap a cell paragraph exactly so; a paragraph that merely
    ends near the edge is followed by a capital, a list marker or a short word that would have fitted.
    This keeps `lines` as in DOCX — one per paragraph, empty ones for padding — so that a wrapped
    «Октябрь / 2024 г.» stays one value against its sub-item.
    """
    out: list[tuple[str, float, float]] = []
    if not lines:
        return out
    gaps = [b.x0 - a.x1 for ln in lines for a, b in itertools.pairwise(ln.words)]
    size = statistics.median(ln.size for ln in lines)
    space = min(max(statistics.median(gaps) if gaps else 0.25 * size, 0.2 * size), 0.3 * size)
    prev: Line | None = None
    for ln in lines:
        first = ln.words[0]
        if (
            prev is not None
            and limit is not None
            and ln.bottom - prev.bottom <= 1.45 * pitch
            and prev.x1 + space + (first.x1 - first.x0) > limit - 1.5
            and continues(out[-1][0], ln.text)
        ):
            text, start, _ = out[-1]
            out[-1] = (join_wrapped(text, ln.text), start, ln.bottom)
        else:
            out.append((ln.text, ln.bottom, ln.bottom))
        prev = ln
    return out


def cell_line_texts(
    paragraphs: Sequence[tuple[str, float, float]], ref: float | None, pitch: float
) -> list[str]:
    """Texts of a cell's lines with empty lines where printed lines are missing.

    `ref` is the baseline of the first line of the row: a cell starting lower gets leading empty lines.
    """
    out: list[str] = []
    prev: float | None = None
    for text, start, end in paragraphs:
        if prev is None:
            if ref is not None and start - ref > 0.75 * pitch:
                out.extend([""] * round((start - ref) / pitch))
        elif start - prev > BLANK_LINE_PITCHES * pitch:
            out.extend([""] * max(1, round((start - prev) / pitch) - 1))
        out.append(text)
        prev = end
    return out


def make_cell(
    lines: Sequence[Line],
    ref: float | None,
    pitch: float,
    col: int,
    span: int,
    width: float,
    char_w: float,
    limit: float | None,
) -> RawCell:
    texts = cell_line_texts(logical_lines(lines, limit, pitch), ref, pitch)
    return RawCell(
        text="\n".join(texts).strip(),
        lines=tuple(texts),
        col=col,
        span=span,
        chars_per_line=max(1, round(width / char_w)) if char_w > 0 else None,
    )


def row_tail(cells: Sequence[tuple[int, Sequence[Line]]], ref: float | None, pitch: float) -> dict[int, int]:
    """Per first column, the printed lines a cell of the last row leaves empty below its text."""
    ends = [lines[-1].bottom for _, lines in cells if lines]
    if not ends or ref is None:
        return {}
    end = max(ends)
    out: dict[int, int] = {}
    for col, lines in cells:
        gap = end - lines[-1].bottom if lines else end - ref + pitch
        if gap > 0.5 * pitch:
            out[col] = round(gap / pitch)
    return out


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


def ruled_fragments(
    tables: Sequence[Sequence[BBox]], chars: Sequence[Char]
) -> tuple[list[Fragment], list[Char]]:
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
            lines = cell_lines[k]
            pad = min(max(min((ln.x0 for ln in lines), default=0.0) - self.xs[c0], 1.0), 8.0)
            cell = make_cell(lines, refs[r0], pitch, c0, c1 - c0, width, char_w, self.xs[c1] - pad)
            rows[r0].append(cell)
            for r in range(r0 + 1, r1):
                rows[r].append(
                    RawCell("", (), c0, c1 - c0, continued=True, chars_per_line=cell.chars_per_line)
                )
        for row in rows:
            row.sort(key=lambda cell: cell.col)
        last = [(c0, cell_lines[k]) for k, (_r0, r1, c0, _c1) in enumerate(self.boxes) if r1 == n_rows]
        return Fragment(
            rows=rows,
            edges=tuple(self.xs),
            top=self.ys[0],
            bottom=self.ys[-1],
            ruled=True,
            tail=row_tail(last, refs[-1], pitch),
        )
