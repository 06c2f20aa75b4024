"""Table drafts shared by the plain-text readers, and the reader of `pdftotext -layout` output.

A text export keeps a table only as a convention of characters. Every family's finder (tab-separated
rows, serialized cells and pipes in extractors/text.py; rows flowing over lines and one cell per line in
extractors/text_cells.py; aligned columns here) returns `TableDraft`s (rows of `CellDraft`, lines as
printed) claiming a range of lines; `to_raw_table` turns a draft into the `RawTable` the interpreter
reads.

`pdftotext -layout` output of a ruled PDF table: columns aligned with runs of spaces, a cell's wrapped
lines below it, the header repeated on every page or printed on the first only; cells may be centred
vertically, so the row number may stand on the wrapped second line of its row and a tall cell may start
above it. Every page has columns of its own (pdftotext places characters page by page), so the columns
are found for each page: from the header on its page, from the left edges of the cells on the others.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extractors.html import header_kind, header_score, is_header_text
from pipeline.models import RawCell, RawRow, RawTable

FULL_WIDTH = 0  # CellDraft.span for a cell spanning the whole row (stage headings)
_MIN_LINES_FOR_TOLERANCE = 6  # lines of a `pdftotext -layout` table below which a gutter must be empty
NUMBER = re.compile(r"^(?:\d{1,2}(?:\s*\.\s*\d{1,2})*\.?|[IVX]{1,4}\.?)$")
NOTE = re.compile(r"^\s*(?:цел[ьи]|задач[аи]|результат\w*|ожидаемый\s+результат|итог\w*)\s*:", re.I)


@dataclass
class CellDraft:
    lines: list[str]
    span: int = 1  # FULL_WIDTH: the whole row

    def has_text(self) -> bool:
        return any(line.strip() for line in self.lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


Row = list[CellDraft]


@dataclass
class TableDraft:
    start: int  # first line of the document claimed by the table
    end: int  # one past the last claimed line
    rows: list[Row] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return max((sum(max(c.span, 1) for c in row) for row in self.rows), default=0)


def scan_tables(lines: Sequence[str], table_at: Callable[[int], TableDraft | None]) -> list[TableDraft]:
    """Tables found by trying `table_at` on each line in turn, going on after the last table found."""
    tables: list[TableDraft] = []
    i = 0
    while i < len(lines):
        draft = table_at(i)
        if draft is not None:
            tables.append(draft)
            i = draft.end
        else:
            i += 1
    return tables


# --- small text tests -------------------------------------------------------------------------


def first_letter(text: str) -> str:
    for ch in text:
        if ch.isalnum():
            return ch
    return ""


def starts_lower(text: str) -> bool:
    """A line that continues a sentence: it starts with a lowercase letter, perhaps after an opening
    quote or bracket («организаций и …», «(обучающиеся/педагоги) от …»); a bullet starts an item."""
    s = text.lstrip().lstrip("«\"“„'([")
    return bool(s) and s[0].isalpha() and s[0].islower()


def merge_row(row: Row, cells: Sequence[list[str]], *, join_lower: bool) -> None:
    """Add a continuation's cells to `row`, column by column.

    With `join_lower`, a continuation starting in lowercase finishes the cell's last line (a sentence cut
    by a page break); otherwise its lines are appended as printed.
    """
    for i, new in enumerate(cells):
        if not any(s.strip() for s in new):
            continue
        while len(row) <= i:
            row.append(CellDraft([]))
        target = row[i]
        if not target.has_text():
            target.lines = list(new)
        elif join_lower and starts_lower(new[0]):
            while target.lines and not target.lines[-1].strip():
                target.lines.pop()
            target.lines[-1] = f"{target.lines[-1].rstrip()} {new[0].strip()}"
            target.lines.extend(new[1:])
        else:
            target.lines.extend(new)


def to_raw_table(draft: TableDraft, index: int) -> RawTable:
    """Rectangular rows: a row short of cells is padded with empty ones; empty rows are dropped."""
    n_cols = max(draft.n_cols, 1)
    rows: list[RawRow] = []
    for row in draft.rows:
        if not any(c.has_text() for c in row):
            continue
        cells: list[RawCell] = []
        col = 0
        for c in row:
            if col >= n_cols:
                break
            span = n_cols - col if c.span == FULL_WIDTH else min(c.span, n_cols - col)
            lines = list(c.lines)
            while lines and not lines[-1].strip():
                lines.pop()
            cells.append(RawCell("\n".join(lines).strip(), tuple(lines), col, span))
            col += span
        cells.extend(RawCell("", (), k) for k in range(col, n_cols))
        rows.append(RawRow(tuple(cells), index=len(rows)))
    return RawTable(rows=tuple(rows), index=index, n_cols=n_cols)


# --- pdftotext -layout ------------------------------------------------------------------------


_SPAN = re.compile(r"\S+(?: \S+)*")  # words separated by single spaces: one cell's text on a line
# Second lines of wrapped header cells: «№ / п/п», «Сроки / проведения», «Ответственный / исполнитель».
HEADER_TAIL = re.compile(
    r"^(?:п\s*[/\\]\s*п|проведени\w*|исполнени\w*|реализаци\w*|выполнени\w*|мероприяти\w*|деятельност\w*"
    r"|исполнител\w*|\(?фио\)?|должност\w*|этап\w*|работ\w*)$",
    re.I,
)


def _spans(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SPAN.finditer(line)]


def _is_layout_header(line: str) -> bool:
    spans = _spans(line)
    texts = [line[a:b] for a, b in spans]
    return 2 <= len(spans) <= 8 and header_score(texts) >= 2 and all(len(t) <= 40 for t in texts)


@dataclass
class _Grid:
    starts: list[int]  # first character position of each column
    gutters: list[tuple[int, int]]  # [start, end) of the blank valley between neighbouring columns


def _valleys(occupancy: Sequence[int], lo: int, hi: int, tolerance: int) -> list[tuple[int, int]]:
    """Runs of positions in [lo, hi) where at most `tolerance` lines have a character."""
    runs: list[tuple[int, int]] = []
    p = lo
    while p < hi:
        if occupancy[p] <= tolerance:
            q = p
            while q < hi and occupancy[q] <= tolerance:
                q += 1
            runs.append((p, q))
            p = q
        else:
            p += 1
    return runs


def _columns(lines: Sequence[str], header_line: str) -> _Grid | None:
    """Columns between neighbouring header words, split at the emptiest valley of the text below.

    A header word may be centred over a column wider than itself, so the valley between two header words
    is looked for from the start of the left one to the end of the right one: the widest run of positions
    where (almost) no line has a character. Two header words with no such valley between them («Ответственный
    исполнитель») head one column, unless they head columns of different kinds («Сроки», «Ответственные»):
    then the column starts at the right word, and cells running over it are split where a word starts
    there. A column left of the first header word is the number column whose «№ п/п» was printed above
    and below the header line.
    """
    header = _spans(header_line)
    width = max([len(line) for line in lines] + [header[-1][1]]) + 1
    occupancy = [0] * width
    for line in lines:
        for p, ch in enumerate(line):
            if ch != " ":
                occupancy[p] += 1
    # A signature or a merged cell running over a gutter must not hide it; a few lines prove nothing.
    tolerance = max(len(lines) // 10, 1 if len(lines) >= _MIN_LINES_FOR_TOLERANCE else 0)
    gutters: list[tuple[int, int]] = []
    lead = [
        (a, b)
        for a, b in _valleys(occupancy, 1, max(header[0][1] - 1, 1), tolerance)
        if b - a >= 2 and sum(occupancy[p] > tolerance for p in range(a)) >= 1
    ]
    if lead:
        gutters.append(lead[0])
    for (a0, a1), (b0, b1) in itertools.pairwise(header):
        lo = max(a0 + 1, gutters[-1][1] if gutters else 0)
        hi = max(b1 - 1, lo)
        runs = [r for r in _valleys(occupancy, lo, hi, 0) if r[1] - r[0] >= 2] or _valleys(
            occupancy, lo, hi, tolerance
        )
        if runs:
            middle = (a1 + b0) / 2
            gutters.append(max(runs, key=lambda r: (r[1] - r[0], -abs((r[0] + r[1]) / 2 - middle))))
        elif (
            b0 > lo
            and (
                len(lines) < _MIN_LINES_FOR_TOLERANCE  # a table of one row: the header words mark the columns
                or _different_kinds(header_line[a0:a1], header_line[b0:b1])
            )
        ):
            gutters.append((max(a1, lo, b0 - 1), b0))
    if not gutters:
        return None
    return _Grid(starts=[0, *(g[1] for g in gutters)], gutters=gutters)


_JITTER = 4  # how far apart pdftotext may start one column's cells on different lines


@dataclass
class _Edge:
    """A left edge of cells: where runs of words start, on lines holding other runs too."""

    start: int  # leftmost position
    end: int  # rightmost position
    lines: set[int]  # the lines with a run starting there
    dates: set[int]  # those whose run starts with a date or a month

    @property
    def support(self) -> int:
        return len(self.lines)

    @property
    def dated(self) -> bool:
        return 2 * len(self.dates) > len(self.lines)


def _edges(lines: Sequence[str]) -> list[_Edge]:
    """Left edges of cells, left to right. Starts a few characters apart belong to one edge unless a line
    has runs at both (two columns then, however narrow the first: «1  Текст»)."""
    at: dict[int, _Edge] = {}
    for i, line in enumerate(lines):
        spans = _spans(line)
        if len(spans) >= 2:
            for a, b in spans:
                edge = at.setdefault(a, _Edge(a, a, set(), set()))
                edge.lines.add(i)
                if _is_date(line[a:b]):
                    edge.dates.add(i)
    edges: list[_Edge] = []
    for p in sorted(at):
        last = edges[-1] if edges else None
        if last is not None and p - last.end <= _JITTER and not last.lines & at[p].lines:
            last.end = p
            last.lines |= at[p].lines
            last.dates |= at[p].dates
        else:
            edges.append(at[p])
    return edges


def _grid(starts: Sequence[int], old: _Grid | None = None) -> _Grid:
    """The grid of column `starts`, keeping the gutters of `old` whose columns still start there."""
    kept = {g[1]: g for g in old.gutters} if old is not None else {}
    return _Grid(starts=[0, *starts[1:]], gutters=[kept.get(s, (s - 1, s)) for s in starts[1:]])


def _refined(grid: _Grid, lines: Sequence[str]) -> _Grid:
    """Columns moved left to where the cells below start.

    A header word centred over its column starts right of the column's cells, and text run into a column
    with one space between («… наставляемых от Сентябрь») fills the valley that would show where the
    column starts; the left edge shared by most cells of the column shows it. An edge moves a column only
    when more lines start a cell there than at the column's start as found."""
    edges = _edges(lines)
    floor = max(2, len(lines) // 5)
    starts = list(grid.starts)
    for i in range(1, len(starts)):
        own = sum(e.support for e in edges if starts[i] <= e.start <= starts[i] + _JITTER)
        left = [e for e in edges if starts[i - 1] + 2 < e.start < starts[i] and e.support >= floor]
        best = max(left, key=lambda e: e.support, default=None)
        if best is not None and best.support > own:
            starts[i] = best.start
    return grid if starts == grid.starts else _grid(starts, grid)


def _page_grid(lines: Sequence[str], ref: _Grid, dated: Sequence[bool]) -> _Grid:
    """Columns of a page without a header line: its left edges of cells matched in order to the columns
    of `ref` (the page before), `dated` telling the columns of dates. The best match uses as many edges
    as there are columns, then puts edges of dates at columns of dates, then uses the edges most lines
    share, then the ones nearest the columns of `ref`; a column without cells on the page keeps its
    place next to its neighbour."""
    n = len(ref.starts)
    floor = 2 if len(lines) >= _MIN_LINES_FOR_TOLERANCE else 1
    edges = [e for e in _edges(lines) if e.support >= floor]
    zero = (0, 0, 0, 0)
    # best[i][j]: the best match of the first i columns with the first j edges, and the edge of each column
    best: list[list[tuple[tuple[int, int, int, int], tuple[int | None, ...]]]] = [
        [(zero, (None,) * i) for _ in range(len(edges) + 1)] for i in range(n + 1)
    ]
    for i in range(1, n + 1):
        for j in range(1, len(edges) + 1):
            e = edges[j - 1]
            (m, agree, sup, dist), picks = best[i - 1][j - 1]
            here = (
                m + 1,
                agree + (e.dated == dated[i - 1]),
                sup + e.support,
                dist - abs(e.start - ref.starts[i - 1]),
            )
            options = [
                (here, (*picks, j - 1)),
                best[i][j - 1],  # edge j-1 unused
                (best[i - 1][j][0], (*best[i - 1][j][1], None)),  # column i-1 without an edge
            ]
            best[i][j] = max(options, key=lambda o: o[0])
    score, picks = best[n][len(edges)]
    if score[0] < 2:
        return ref
    return _filled([None if p is None else edges[p].start for p in picks], ref)


def _filled(starts: list[int | None], ref: _Grid) -> _Grid:
    """Column starts with the missing ones shifted as their nearest found neighbour is; `ref` when
    they do not fit between the found ones."""
    shift = next((s - r for s, r in zip(starts, ref.starts, strict=True) if s is not None), 0)
    out: list[int] = []
    for s, r in zip(starts, ref.starts, strict=True):
        if s is not None:
            shift = s - r
        out.append(r + shift if s is None else s)
    out[0] = 0
    if any(b <= a for a, b in itertools.pairwise(out)):
        return ref
    return _grid(out)


def _different_kinds(left: str, right: str) -> bool:
    kinds = header_kind(left), header_kind(right)
    return None not in kinds and kinds[0] != kinds[1]


def _straddles(line: str, grid: _Grid, margin: int) -> bool:
    """A run of words reaching over a column start by more than `margin` characters on both sides."""
    return any(a < cut - margin and b > cut + margin for a, b in _spans(line) for cut in grid.starts[1:])


_SQUEEZE = 6  # how far left of its column pdftotext may print a word when the line is too full
# A month written in lowercase starts a dates cell as surely as a capital starts any other cell.
_MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\b")


Shapes = Sequence[set[str]]  # per column: the shapes (`_shape`) of the first words of many of its cells
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d\d\b")  # not «1.1.», a row number
_MONTH_WORD = re.compile(
    r"(?:январ|феврал|апрел|ма|июн|июл|сентябр|октябр|ноябр|декабр)[ьйяе]|(?:март|август)[ае]?"
)


def _is_date(text: str) -> bool:
    """A cell starting with a date or a month."""
    return bool(text.split()) and _shape(text.split()[0]) in ("date", "month")


def _shape(word: str) -> str:
    """What a cell's first word is, as far as telling columns apart goes: a month, a date, or itself."""
    word = word.strip("«»\"'()[],;:.").lower()
    if _MONTH_WORD.fullmatch(re.split(r"[-–—]", word)[0]):
        return "month"
    if _DATE.match(word):
        return "date"
    return word if len(word) >= 3 else ""  # «в», «до», «по» start phrases of any column


def _column_shapes(rows: Sequence[Sequence[str]]) -> list[set[str]]:
    """The shapes of first words that at least two cells of a column, and a fifth of them, start with."""
    shapes: list[set[str]] = []
    for column in zip(*rows, strict=True):
        cells = [c for c in column if c]
        counts = Counter(_shape(c.split()[0]) for c in cells)
        shapes.append({w for w, n in counts.items() if w and n >= 2 and 5 * n >= len(cells)})
    return shapes


def _slice(line: str, grid: _Grid, shapes: Shapes = ()) -> list[str]:
    """The line's cells. A run of words belongs to the column it starts in (a centred date may start a
    little left of its column); it is split where a next column's cell starts inside it (`_cut`)."""
    cells: list[list[str]] = [[] for _ in grid.starts]
    for a, b in _spans(line):
        # (start, column) of each piece: the run's own column, then the column of each cut it is split at
        pieces = [(a, sum(1 for _, g1 in grid.gutters if a >= g1 - 2))]
        for column, cut in enumerate(grid.starts[1:], start=1):
            if column > pieces[-1][1]:
                alike = shapes[column] if column < len(shapes) else set()
                c = _cut(line, pieces[-1][0], b, cut, alike)
                if c is not None:
                    pieces.append((c, column))
        for (start, column), (end, _) in itertools.pairwise([*pieces, (b, 0)]):
            cells[column].append(line[start:end].strip())
    return [" ".join(part for part in c if part) for c in cells]


def _cut(line: str, a: int, b: int, cut: int, alike: set[str]) -> int | None:
    """Where the run of words line[a:b] is split for the column starting at `cut`, if it is.

    Where a capitalised word or a number starts right at the column start (columns one space apart), so
    a merged cell running over the next columns stays whole. pdftotext squeezes a line too full for its
    columns to the left, so a word may start a few characters before its column. With a proportional font
    it may also leave one space between a long line and the next cell, a little left or right of the
    column start: a run reaching the column is split at the word nearest the column start that starts as
    the column's cells do on other lines (`alike`: see `_column_shapes`)."""
    # a squeezed word is looked for only in a run that goes on past the column start
    squeezed = range(cut - 2, cut - _SQUEEZE - 1, -1) if b > cut + 1 else range(0)
    lo = max(a + 1, cut - _SQUEEZE)
    for c in (cut, cut - 1, cut + 1, *squeezed):
        if (
            a < c < b
            and line[c - 1] == " "
            and (line[c].isupper() or line[c].isdigit() or _MONTH.match(line, c))
        ):
            return _phrase_start(line, c, lo)
    if b < cut or not alike:
        return None
    for c in sorted(range(lo, min(cut + _JITTER + 1, b)), key=lambda c: abs(c - cut)):
        if line[c - 1] == " " and line[c] != " " and _shape(line[c:b].split()[0]) in alike:
            return _phrase_start(line, c, lo)
    return None


_DATE_LEAD = frozenset({"до", "с", "со", "по", "к", "в", "не", "позднее"})  # words opening a date phrase


def _phrase_start(line: str, c: int, lo: int) -> int:
    """Where the cell cut at `c` starts: a date phrase is not cut after its first words («До | 27.12.2024»,
    «Май | 2025 г.», «не позднее | 1.10»), as long as they start at `lo` or after."""
    if not line[c].isdigit():
        return c
    while c - 2 >= lo and line[c - 1] == " ":
        p = line.rfind(" ", lo - 1, c - 1) + 1
        word = line[p : c - 1].lower()
        if p < lo or (_shape(word) != "month" and word not in _DATE_LEAD):
            break
        c = p
    return c


def _crosses(line: str, grid: _Grid) -> bool:
    """One run of text reaching well over a column start: a heading spanning the table, or prose.

    A wrapped line overflowing by a character or two is not one."""
    return len(_spans(line)) == 1 and _straddles(line, grid, 2)


def find_layout_tables(
    lines: Sequence[str], free: Sequence[bool], pages: Sequence[int] = ()
) -> list[TableDraft]:
    """`pdftotext -layout` tables, found from a header line whose words stand apart by runs of spaces.

    `pages`: the first line of every page after the first (ascending)."""

    def table_at(i: int) -> TableDraft | None:
        if free[i] and "\t" not in lines[i] and _is_layout_header(lines[i]):
            return _layout_table(lines, free, i, pages)
        return None

    return scan_tables(lines, table_at)


GridAt = Callable[[int], _Grid]  # the columns of a line of the document


def _page_grids(lines: Sequence[str], rows: Sequence[int], h: int, pages: Sequence[int]) -> GridAt | None:
    """Columns of each page the table under header line `h` runs over, found from the lines `rows`.

    The header's page has them from the header (`_columns`), moved to the cells' left edges (on the
    next page when the header stands at the foot of its page); each page after it from its own left
    edges, matched to the columns of the page before. A page without lines of several cells keeps the
    columns of the page before."""
    by_page: dict[int, list[int]] = {}
    for k in rows:
        by_page.setdefault(bisect.bisect_right(pages, k), []).append(k)
    first = bisect.bisect_right(pages, h)
    after = sorted(p for p in by_page if p > first)
    lead = [*by_page.get(first, [])]
    if len(lead) < 2 and after:
        lead += by_page.pop(after.pop(0))
    grid = _columns([lines[k] for k in lead], lines[h]) if lead else None
    if grid is None:
        return None
    grid = _refined(grid, [lines[k] for k in lead])
    cells = [_slice(lines[k], grid) for k in lead]
    dated = [2 * sum(map(_is_date, column)) > sum(map(bool, column)) for column in zip(*cells, strict=True)]
    grids = {first: grid}
    for page in after:
        grid = _page_grid([lines[k] for k in by_page[page]], grid, dated)
        grids[page] = grid
    known = sorted(grids)

    def grid_at(k: int) -> _Grid:
        page = bisect.bisect_right(pages, k)
        return grids[known[max(bisect.bisect_right(known, page) - 1, 0)]]

    return grid_at


def _layout_table(
    lines: Sequence[str], free: Sequence[bool], h: int, pages: Sequence[int]
) -> TableDraft | None:
    """The table under header line `h`, up to three blank lines, a signature, or the header repeated on
    the next page (each page is then a table of its own, with columns where that page prints them)."""
    window: list[int] = []
    blanks = 0
    k = h + 1
    while (
        k < len(lines) and free[k] and blanks < 3 and "\t" not in lines[k] and not _is_layout_header(lines[k])
    ):
        blanks = blanks + 1 if not lines[k].strip() else 0
        window.append(k)
        k += 1
    if k < len(lines) and _is_layout_header(lines[k]) and window and _is_header_line(lines[window[-1]]):
        window.pop()  # «№» above the header repeated on the next page belongs to that page's table
    multi = [k for k in window if len(_spans(lines[k])) >= 2]
    if len(multi) < 2:
        return None
    grid_at = _page_grids(lines, multi, h, pages)
    if grid_at is None:
        return None
    # The table ends before a line that breaks the columns after a blank line (a signature block).
    last = h
    for k in multi:
        if _straddles(lines[k], grid_at(k), 0) and not lines[k - 1].strip():
            break
        last = k
    if last == h:
        return None
    # Columns again without the lines after the table (a signature fills gutters of a small table).
    grid_at = _page_grids(lines, [k for k in multi if k <= last], h, pages) or grid_at
    # What the cells of each column start with, to split lines whose cells stand one space apart.
    shapes = _column_shapes([_slice(lines[k], grid_at(k)) for k in multi if k <= last])
    used = [k for k in window if k <= last]
    for k in window:
        if k > last:
            if not lines[k].strip() or _crosses(lines[k], grid_at(k)):
                break
            lead = _slice(lines[k], grid_at(k), shapes)[0]
            if lead and not starts_lower(lead):
                break
            used.append(k)  # the last row's cells wrapping below its last multi-cell line
    physical = [(k, _slice(lines[k], grid_at(k), shapes)) for k in used if lines[k].strip()]
    grid = grid_at(h)
    heading = _slice(lines[h], grid)
    start = h
    above = _slice(lines[h - 1], grid) if h > 0 and free[h - 1] and lines[h - 1].strip() else []
    if above and all(not c or _is_header_piece(c) for c in above):
        heading = [f"{a} {b}".strip() for a, b in zip(above, heading, strict=True)]
        start = h - 1  # «№» printed above the header line, «п/п» below it
    while physical and all(not c or _is_header_piece(c) for c in physical[0][1]):
        heading = [f"{a} {b}".strip() for a, b in zip(heading, physical[0][1], strict=True)]
        physical.pop(0)  # «Сроки» / «проведения»: a header wrapped onto a second line
    draft = TableDraft(start, used[-1] + 1, [[CellDraft([c] if c else []) for c in heading]])
    draft.rows.extend(_layout_rows(lines, physical, grid_at))
    return draft


def _is_header_line(line: str) -> bool:
    return bool(line.strip()) and all(_is_header_piece(line[a:b]) for a, b in _spans(line))


def _is_header_piece(text: str) -> bool:
    return len(text) <= 25 and (is_header_text(text) or bool(HEADER_TAIL.match(text)))


@dataclass
class _Printed:
    """One printed line of a table body: its number in the document and its text per column."""

    k: int
    cells: list[str]


class _Bands:
    """Rows of a `pdftotext -layout` table, built line by line.

    A row's band runs from the first line of any of its cells to the line before the next row starts.
    A row starts at its number in the № column (numbered tables) or at a capitalised activity line
    (unnumbered tables; in numbered tables too when a blank line precedes it). When the number is
    printed on the wrapped second line of the activity (cells centred vertically), the row starts at
    the activity's first line above. Lines between two row starts wait in `pending` until the next
    start is seen: they belong to the row above, except the top of a centred cell of the next row:
    a run of a column's lines right above the next row's first line, going on into it, and set apart
    from the row above's text in that column by a blank (the column's cell above is complete).
    """

    def __init__(self, n: int, text_col: int, numbered: bool) -> None:
        self.n = n
        self.text_col = text_col
        self.numbered = numbered
        self.rows: list[Row] = []
        self.current: Row | None = None
        self.pending: list[_Printed] = []  # lines whose row is not known yet
        self.last: dict[int, int] = {}  # column -> last line of the current row with text in it
        self.opened_by_blank = False  # the current row started after a blank line, without a number

    def add(self, row: Row, line: _Printed, columns: Sequence[bool] | None = None) -> None:
        for c in range(self.n):
            keep = columns is None or columns[c]
            row[c].lines.append(line.cells[c] if keep else "")
            if keep and line.cells[c] and row is self.current:
                self.last[c] = line.k

    def flush(self) -> None:
        """The pending lines continue the current row."""
        if self.pending and self.current is None:
            self._open()
        for p in self.pending:
            assert self.current is not None
            self.add(self.current, p)
        self.pending = []

    def close(self) -> None:
        """A full-width row (a heading) follows: the current row ends with the lines read so far."""
        self.flush()
        self.current = None

    def _open(self) -> Row:
        self.current = [CellDraft([]) for _ in range(self.n)]
        self.rows.append(self.current)
        self.last = {}
        self.opened_by_blank = False
        return self.current

    def line(self, line: _Printed, after_blank: bool) -> None:
        cells, text = line.cells, line.cells[self.text_col]
        lead = cells[0] if self.numbered else text
        continues = not text or starts_lower(text) or bool(NOTE.match(text))
        if not lead:
            if self.numbered and after_blank and not continues and self.current is not None:
                self.start(line, len(self.pending))  # an unnumbered row of a numbered table
                self.opened_by_blank = True
            else:
                self.pending.append(line)  # its row is known once the next row's first line is seen
        elif self.numbered:
            second = not text or starts_lower(text)  # the number may stand on the row's second line
            capital = next((m for m, p in enumerate(self.pending) if not _continues(p, self.text_col)), None)
            if self.current is None:
                self.start(line, 0)
            elif second and capital is not None:
                self.start(line, capital)  # the row starts at its activity's first line above
            elif second and self.opened_by_blank and not self.current[0].has_text():
                self.flush()
                self.add(self.current, line)  # the number of the row opened above
                self.opened_by_blank = False
            else:
                self.start(line, len(self.pending))
        elif self.current is None or not continues:
            self.start(line, 0 if self.current is None else len(self.pending))
        else:
            self.flush()
            assert self.current is not None
            self.add(self.current, line)

    def start(self, line: _Printed, cut: int) -> None:
        """A row whose band starts at pending line `cut` (at `line` when no pending line is its own)."""
        pending, previous = self.pending, self.current
        first = pending[cut] if cut < len(pending) else line
        starts = [cut] * self.n
        if previous is not None:
            for c in range(self.n):
                if c != self.text_col and not (self.numbered and c == 0):
                    starts[c] = self._centred_top(c, cut, first)
        if previous is not None:
            for i, p in enumerate(pending[: max(starts)]):
                self.add(previous, p, [i < s for s in starts])
        row = self._open()
        for i, p in enumerate(pending):
            if i >= min(starts):
                self.add(row, p, [i >= s for s in starts])
        self.add(row, line)
        self.pending = []

    def _centred_top(self, c: int, cut: int, first: _Printed) -> int:
        """Where column `c`'s lines start belonging to the row starting at pending line `cut`.

        The run of the column's lines ending right above the row's first line is the top of the
        row's own cell when the run goes on into that line (whose text does not start a cell of its
        own, or the run ends unfinished: «зам. директора по» / «УВР») and a blank separates it from
        the column's text in the row above.
        """
        pending = self.pending
        if cut == 0 or not first.cells[c] or not pending[cut - 1].cells[c]:
            return cut
        if first.k != pending[cut - 1].k + 1:
            return cut
        if first.cells[c][:1].isupper() and not unfinished(pending[cut - 1].cells[c]):
            return cut
        m = cut - 1
        while m > 0 and pending[m - 1].cells[c] and pending[m - 1].k == pending[m].k - 1:
            m -= 1
        if m == 0 and self.last.get(c) == pending[0].k - 1:
            return cut  # one run from the row above down to this row: the row above's cell
        return m

    def finish(self) -> list[Row]:
        self.flush()
        for row in self.rows:
            for k, cell in enumerate(row):
                if not cell.has_text():
                    cell.lines = []
                elif k != self.text_col:
                    _join_dash_wraps(cell.lines)
        return self.rows


def _continues(line: _Printed, text_col: int) -> bool:
    text = line.cells[text_col]
    return not text or starts_lower(text)


def _layout_rows(lines: Sequence[str], physical: list[tuple[int, list[str]]], grid_at: GridAt) -> list[Row]:
    """Group printed lines into rows (see `_Bands`).

    A line spanning the gutters is a full-width row (a stage heading), continued by the lines below
    it that span the gutters too, start in lowercase or hold a Задача:/Результат: note; such a line
    right under a row holding only its number and title is a note of that title, too long to stay in
    its column.
    """
    n = len(grid_at(physical[0][0]).starts) if physical else 1
    first_col = [cells[0] for _, cells in physical if cells[0]]
    numbered = any(NUMBER.match(c) for c in first_col) and sum(
        bool(NUMBER.match(c)) for c in first_col
    ) >= 0.6 * len(first_col)
    totals = [sum(len(cells[c]) for _, cells in physical) for c in range(n)]
    text_col = max(range(1 if numbered and n > 1 else 0, n), key=lambda c: totals[c])
    bands = _Bands(n, text_col, numbered)

    heading: CellDraft | None = None  # the full-width row being read, while its lines go on
    previous = None
    for k, cells in physical:
        after_blank = previous is not None and k > previous + 1
        previous = k
        text = " ".join(lines[k].split())
        crosses = _crosses(lines[k], grid_at(k))
        single = len(_spans(lines[k])) == 1 and bool(cells[0])
        if heading is not None and (crosses or (single and (starts_lower(text) or NOTE.match(text)))):
            if starts_lower(text):
                heading.lines[-1] = f"{heading.lines[-1]} {text}"
            else:
                heading.lines.append(text)
            continue
        heading = None
        current = bands.current
        if (
            crosses
            and current is not None
            and not bands.pending
            and (starts_lower(text) or NOTE.match(text))
            and all(not current[c].has_text() for c in range(1, n) if c != text_col)
        ):
            heading = current[text_col]  # notes of a stage title too short to reach the next column
            heading.lines.append(text)
            continue
        if crosses:
            bands.close()
            heading = CellDraft([text], FULL_WIDTH)
            bands.rows.append([heading])
            continue
        bands.line(_Printed(k, cells), after_blank)
    return bands.finish()


def unfinished(text: str) -> bool:
    """A cell line that goes on below: «Директор,», «Октябрь –», «зам. директора по»."""
    return bool(re.search(r"(?:[,;–—-]|\s(?:и|по|в|с|для))\s*$", text))


def _join_dash_wraps(lines: list[str]) -> None:
    """«Октябрь –» / «апрель» printed on two lines is one date; the blank keeps the lines aligned."""
    for i, line in enumerate(lines):
        if re.search(r"\s[–—-]$", line):
            k = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
            if k is not None:
                lines[i], lines[k] = f"{line} {lines[k]}", ""
