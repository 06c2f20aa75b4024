"""Tables hidden in plain-text exports of roadmaps, one finder per layout family.

A text export keeps a table only as a convention of characters. The families seen in school exports:

* tab-separated rows, one line per row (seeds 000, 002, 003); a page break inside a cell leaves a row
  whose number cell is empty and whose text continues a sentence (seed 000's 7.1, seed 002's stage 5);
* serialized cells (seed 001): every cell starts on a line led by a tab, its later lines carry no tab,
  blank lines inside a dates cell keep its dates level with the sub-items they belong to;
* pipe tables: `| a | b |`, empty cells as `||||` or `| |`, grid tables ruled with `+---+`;
* `pdftotext -layout` output: columns aligned with runs of spaces, a cell's wrapped lines below it,
  the row number sometimes printed on the wrapped second line of its row.

Each finder returns `TableDraft`s (rows of `CellDraft`, lines as printed) claiming a range of lines;
`to_raw_table` turns a draft into the `RawTable` the interpreter reads. HTML remnants inside cells
(`<p><b>…</b>`, `<i>`) are stripped here, keeping their line breaks.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.models import RawCell, RawRow, RawTable

FULL_WIDTH = 0  # CellDraft.span for a cell spanning the whole row (stage headings)
MAX_TEXT_GAP = 12  # non-tab lines allowed between two tab lines of one table
_HEADER_WORD = re.compile(
    r"^\s*(?:№|n\s*п|п\s*[/\\]\s*п)|мероприяти|наименовани|содержани|срок|дата\b|ответствен|исполнител"
    r"|этап|результат",
    re.I,
)
NUMBER = re.compile(r"^(?:\d{1,2}(?:\s*\.\s*\d{1,2})*\.?|[IVX]{1,4}\.?)$")
NOTE = re.compile(r"^\s*(?:цел[ьи]|задач[аи]|результат\w*|ожидаемый\s+результат|итог\w*)\s*:", re.I)
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)](?!\d)|[а-е]\)|[-–—•·▪●]\s)")

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
_RUN_BEFORE_NOTE = re.compile(
    r"\s{2,}(?=(?:цел[ьи]|задач[аи]|результат\w*|ожидаемый\s+результат)\s*:)", re.I
)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")


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


# --- small text tests -------------------------------------------------------------------------


def first_letter(text: str) -> str:
    for ch in text:
        if ch.isalnum():
            return ch
    return ""


def starts_lower(text: str) -> bool:
    """A line that continues a sentence: its first letter is lowercase («организаций и …»)."""
    ch = first_letter(text)
    return ch.isalpha() and ch.islower()


def is_header_text(text: str) -> bool:
    return bool(text.strip()) and len(text) <= 60 and bool(_HEADER_WORD.search(text))


def header_score(texts: Sequence[str]) -> int:
    return sum(is_header_text(t) for t in texts)


def is_item(text: str) -> bool:
    return bool(_ITEM.match(text))


def cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) / len(letters)


# --- HTML remnants ----------------------------------------------------------------------------


def markup_lines(line: str) -> list[str]:
    """One physical line → its lines with HTML remnants stripped (`<p>`, `<br>` break the line)."""
    text = _RUN_BEFORE_NOTE.sub("\n", line)
    if "<" in text:
        text = _RUN_BEFORE_BOLD.sub("\n", text)
        text = _BREAK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return [_SPACES.sub(" ", part).strip() for part in text.split("\n")]


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


def widest_cell(row: Row) -> int:
    """Index of the cell with the most text: the activity text a tab-less line continues."""
    return max(range(len(row)), key=lambda i: len(row[i].text)) if row else 0


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


# --- tab-separated rows and serialized cells ----------------------------------------------------


def _is_blank(line: str) -> bool:
    return "\t" not in line and not line.strip()


def find_tab_tables(lines: Sequence[str]) -> list[TableDraft]:
    """Tables made of tab-carrying lines; a tab line far from the others (a signature) is no table."""
    tab_lines = [i for i, line in enumerate(lines) if "\t" in line]
    groups: list[list[int]] = []
    for i in tab_lines:
        if groups:
            gap = sum(1 for k in range(groups[-1][-1] + 1, i) if lines[k].strip())
            if gap <= MAX_TEXT_GAP:
                groups[-1].append(i)
                continue
        groups.append([i])
    tables: list[TableDraft] = []
    for group in groups:
        serialized = sum(1 for i in group if re.fullmatch(r"\t[^\t]*", lines[i]))
        if serialized >= 0.7 * len(group):
            draft = _serialized_table(lines, group[0], group[-1])
        else:
            draft = _tab_rows_table(lines, group[0], group[-1])
        if draft is not None and sum(1 for r in draft.rows if any(c.has_text() for c in r)) >= 2:
            tables.append(draft)
    return tables


def _tab_rows_table(lines: Sequence[str], first: int, last: int) -> TableDraft | None:
    """One row per tab line. A line whose number cell is empty and whose text continues a sentence
    (lowercase) or adds a Задача:/Результат: note is the rest of the row above, cut by a page break.
    A line without tabs continues the widest cell of the row above, or is a full-width stage row.
    """
    end = last + 1
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and starts_lower(lines[end]):
        end += 1  # the last row's text wrapped onto lines without tabs
    parsed: list[tuple[int, list[list[str]] | None]] = []
    for i in range(first, end):
        line = lines[i]
        if "\t" in line:
            cells = [cell_lines([c]) for c in line.split("\t")]
            if any(c for c in cells):
                parsed.append((i, cells))
        elif line.strip():
            parsed.append((i, None))
    rows_cells = [c for _, c in parsed if c is not None]
    header_at = next((k for k, c in enumerate(rows_cells[:6]) if header_score([" ".join(x) for x in c]) >= 2), None)
    body = rows_cells[header_at + 1 :] if header_at is not None else rows_cells
    numbered = bool(body) and sum(1 for c in body if c and c[0]) >= 0.5 * len(body)

    draft = TableDraft(first, end)
    seen_header = header_at is None
    for _i, cells in parsed:
        prev = draft.rows[-1] if draft.rows and seen_header else None
        if cells is None:
            text = cell_lines([lines[_i]])
            if prev is None or not text:
                continue
            filled = sum(1 for c in prev if c.has_text())
            if starts_lower(text[0]) or is_item(text[0]) or filled < 3 or len(" ".join(text)) > 200:
                merge_row(prev, [[]] * widest_cell(prev) + [text], join_lower=True)
            else:
                draft.rows.append([CellDraft(text, FULL_WIDTH)])
            continue
        lead = next((c[0] for c in cells if c), "")
        if prev is not None and numbered and not cells[0] and (starts_lower(lead) or NOTE.match(lead)):
            merge_row(prev, cells, join_lower=True)
            continue
        draft.rows.append([CellDraft(c) for c in cells])
        seen_header = True
    _trim_trailing_empty_columns(draft)
    return draft


def _trim_trailing_empty_columns(draft: TableDraft) -> None:
    """`a\tb\t\t` rows end with empty cells; keep as many columns as the widest filled row or header."""
    width = 0
    for row in draft.rows:
        filled = [k for k, c in enumerate(row) if c.has_text()]
        if filled:
            width = max(width, filled[-1] + 1)
    counts = Counter(len(r) for r in draft.rows if all(c.span == 1 for c in r))
    if counts:
        width = max(width, min(counts.most_common(1)[0][0], max(width, 1) + 2))
    for row in draft.rows:
        del row[max(width, 1) :]


def _serialized_table(lines: Sequence[str], first: int, last: int) -> TableDraft | None:
    """Seed 001: each tab-led line opens a cell, later lines without a tab belong to it.

    The header is the run of cells before the first blank line; its size is the row width, and the cells
    that follow are dealt into rows of that width (a blank line may sit inside a dates cell, so blank
    lines cannot delimit rows). After the last tab line, lines continue the last cell only until a blank
    line or a line that is not Russian text (OCR garbage of a hidden text layer).
    """
    end = last + 1
    while end < len(lines) and lines[end].strip() and cyrillic_share(lines[end]) >= 0.5:
        end += 1
    cells: list[list[str]] = []
    blank_before: list[bool] = []
    previous_blank = False
    for i in range(first, end):
        line = lines[i]
        if "\t" in line:
            lead, *more = line.split("\t")
            if lead.strip() and cells:
                cells[-1].append(lead)
            for part in more:
                cells.append([part])
                blank_before.append(previous_blank)
                previous_blank = False
        elif cells:
            cells[-1].append(line)
        previous_blank = _is_blank(line) if "\t" not in line else False
    if not cells:
        return None
    width = next((k for k in range(2, len(cells)) if blank_before[k]), len(cells))
    head = [" ".join(cell_lines(c)) for c in cells[:width]]
    if header_score(head) < 2:
        width = _modal_group_size(blank_before) or width
    draft = TableDraft(first, end)
    for k in range(0, len(cells), width):
        draft.rows.append([CellDraft(cell_lines(c)) for c in cells[k : k + width]])
    return draft


def _modal_group_size(blank_before: Sequence[bool]) -> int | None:
    starts = [k for k, b in enumerate(blank_before) if b] + [len(blank_before)]
    sizes = [b - a for a, b in zip([0, *starts], starts, strict=False) if b - a >= 2]
    return Counter(sizes).most_common(1)[0][0] if sizes else None


# --- pipe tables ----------------------------------------------------------------------------


def _is_rule(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and bool(re.fullmatch(r"[|+:=\s-]+", s)) and ("-" in s or "=" in s)


def _is_pipe(line: str) -> bool:
    s = line.strip()
    return (s.startswith("|") and s.count("|") >= 2) or s.count("|") >= 3


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return s.split("|")


def find_pipe_tables(lines: Sequence[str], free: Sequence[bool]) -> list[TableDraft]:
    """`| a | b |` rows. Grid tables ruled between rows (`+----+`) have cells of several lines; in a
    table ruled only under its header, a line whose number cell is empty and whose text starts in
    lowercase is the wrapped rest of the row above; `||||` is a row of empty cells."""
    tables: list[TableDraft] = []
    i = 0
    while i < len(lines):
        if not (free[i] and (_is_pipe(lines[i]) or _is_rule(lines[i]))):
            i += 1
            continue
        j = i
        members: list[int] = []
        while j < len(lines) and free[j]:
            if _is_pipe(lines[j]) or _is_rule(lines[j]):
                members.append(j)
            elif not (lines[j].strip() == "" and j + 1 < len(lines) and _is_pipe(lines[j + 1])):
                break
            j += 1
        draft = _pipe_table(lines, members)
        if draft is not None:
            tables.append(draft)
        i = max(j, i + 1)
    return tables


def _pipe_table(lines: Sequence[str], members: list[int]) -> TableDraft | None:
    pipe_rows = [k for k in members if _is_pipe(lines[k]) and not _is_rule(lines[k])]
    if len(pipe_rows) < 2:
        return None
    groups: list[list[int]] = [[]]
    for k in members:
        if _is_rule(lines[k]):
            groups.append([])
        else:
            groups[-1].append(k)
    groups = [g for g in groups if g]
    grid = len(groups) >= 2 and any(len(g) > 1 for g in groups) and sum(_is_rule(lines[k]) for k in members) >= 3
    draft = TableDraft(members[0], members[-1] + 1)
    for group in groups if grid else [[k] for k in pipe_rows]:
        physical = [_pipe_cells(lines[k]) for k in group]
        width = max(len(p) for p in physical)
        cells = [cell_lines([p[c] if c < len(p) else "" for p in physical]) for c in range(width)]
        lead = next((c[0] for c in cells if c), "")
        prev = draft.rows[-1] if draft.rows else None
        if not grid and prev is not None and not cells[0] and starts_lower(lead):
            merge_row(prev, cells, join_lower=False)
        else:
            draft.rows.append([CellDraft(c) for c in cells])
    return draft


# --- pdftotext -layout ------------------------------------------------------------------------


_SPAN = re.compile(r"\S+(?: \S+)*")  # words separated by single spaces: one cell's text on a line
# Second lines of wrapped header cells: «№ / п/п», «Сроки / проведения», «Ответственный / исполнитель».
_HEADER_TAIL = re.compile(
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
    gutters: list[tuple[int, int]]  # blank position ranges between neighbouring columns


def _columns(lines: Sequence[str], header: list[tuple[int, int]]) -> _Grid | None:
    """Columns from where text sits: positions blank on (almost) every multi-cell line are gutters.
    Columns under no header word are folded into a neighbour, columns under one header word merged."""
    width = max(len(line) for line in lines)
    occupancy = [0] * (width + 1)
    for line in lines:
        for p, ch in enumerate(line):
            if ch != " ":
                occupancy[p] += 1
    tolerance = len(lines) // 25
    runs: list[list[int]] = []  # [start, end) of text columns
    p = 0
    while p < width:
        if occupancy[p] > tolerance:
            q = p
            while q < width and (occupancy[q] > tolerance or (q + 1 < width and occupancy[q + 1] > tolerance)):
                q += 1  # a one-character gap does not separate columns
            runs.append([p, q])
            p = q
        else:
            p += 1
    merged: list[list[int]] = []
    owners: list[int | None] = []
    for run in runs:
        owner = next((k for k, (a, b) in enumerate(header) if a < run[1] and b > run[0]), None)
        if merged and (owner is None or owner == owners[-1]):
            merged[-1][1] = run[1]
            continue
        merged.append(run)
        owners.append(owner)
    if len(merged) >= 2 and owners[0] is None:
        merged[1][0] = merged[0][0]
        del merged[0]
    if len(merged) < 2:
        return None
    return _Grid(
        starts=[a for a, _ in merged],
        gutters=[(merged[k][1], merged[k + 1][0]) for k in range(len(merged) - 1)],
    )


def _slice(line: str, grid: _Grid) -> list[str]:
    """Cut a line at the column starts; a word straddling a cut goes to the side holding most of it."""
    cuts = []
    for start in grid.starts[1:]:
        cut = start
        if 0 < cut < len(line) and line[cut - 1] != " " and line[cut] != " ":
            left = line.rfind(" ", 0, cut) + 1
            right = line.find(" ", cut)
            right = len(line) if right < 0 else right
            cut = left if cut - left < right - cut else right
        cuts.append(cut)
    bounds = [0, *cuts, max(len(line), cuts[-1] if cuts else 0)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _crosses(line: str, grid: _Grid) -> bool:
    """One run of text reaching well past a gutter: a heading spanning the table, or prose after it.

    A wrapped line overflowing into a gutter by a character or two is not one."""
    spans = _spans(line)
    if len(spans) != 1:
        return False
    a, b = spans[0]
    return any(a < g0 and b > g1 + 2 for g0, g1 in grid.gutters)


def find_layout_tables(lines: Sequence[str], free: Sequence[bool]) -> list[TableDraft]:
    """`pdftotext -layout` tables, found from a header line whose words stand apart by runs of spaces."""
    tables: list[TableDraft] = []
    i = 0
    while i < len(lines):
        if free[i] and "\t" not in lines[i] and _is_layout_header(lines[i]):
            draft = _layout_table(lines, free, i)
            if draft is not None:
                tables.append(draft)
                i = draft.end
                continue
        i += 1
    return tables


def _layout_table(lines: Sequence[str], free: Sequence[bool], h: int) -> TableDraft | None:
    window: list[int] = []
    blanks = 0
    k = h + 1
    while k < len(lines) and free[k] and blanks < 3 and "\t" not in lines[k]:
        blanks = blanks + 1 if not lines[k].strip() else 0
        window.append(k)
        k += 1
    multi = [k for k in window if len(_spans(lines[k])) >= 2]
    if len(multi) < 2:
        return None
    grid = _columns([lines[k] for k in multi], _spans(lines[h]))
    if grid is None:
        return None
    last = multi[-1]
    used = [k for k in window if k <= last]
    for k in window:
        if k > last:
            if not lines[k].strip() or _crosses(lines[k], grid):
                break
            lead = _slice(lines[k], grid)[0]
            if lead and not starts_lower(lead):
                break
            used.append(k)  # the last row's cells wrapping below its last multi-cell line
    physical = [(k, _slice(lines[k], grid)) for k in used if lines[k].strip()]
    heading = _slice(lines[h], grid)
    while physical and all(not c or is_header_text(c) or _HEADER_TAIL.match(c) for c in physical[0][1]):
        heading = [f"{a} {b}".strip() for a, b in zip(heading, physical[0][1], strict=True)]
        physical.pop(0)  # «Сроки» / «проведения»: a header wrapped onto a second line
    draft = TableDraft(h, (used[-1] if used else h) + 1, [[CellDraft([c] if c else []) for c in heading]])
    draft.rows.extend(_layout_rows(lines, physical, grid))
    return draft


def _layout_rows(lines: Sequence[str], physical: list[tuple[int, list[str]]], grid: _Grid) -> list[Row]:
    """Group printed lines into rows.

    Numbered tables: a line with a number starts a row; lines above it without a number belong to the
    row above, except when the numbered line's text starts in lowercase, i.e. the number was printed on
    the wrapped second line: then the row begins at the first line above starting with a capital.
    Unnumbered tables: a line whose first cell starts with a capital starts a row. A line spanning the
    gutters is a full-width row (a stage heading).
    """
    n = len(grid.starts)
    first_col = [cells[0] for _, cells in physical if cells[0]]
    numbered = len(first_col) >= 2 and sum(bool(NUMBER.match(c)) for c in first_col) >= 0.6 * len(first_col)
    totals = [sum(len(cells[c]) for _, cells in physical) for c in range(n)]
    text_col = max(range(1, n), key=lambda c: totals[c]) if n > 1 else 0

    rows: list[Row] = []
    current: Row | None = None
    pending: list[list[str]] = []

    def add(row: Row, cells: list[str]) -> None:
        for c in range(n):
            row[c].lines.append(cells[c])

    for k, cells in physical:
        if _crosses(lines[k], grid):
            if current is not None:
                for p in pending:
                    add(current, p)
            pending = []
            rows.append([CellDraft([" ".join(lines[k].split())], FULL_WIDTH)])
            current = None
            continue
        if numbered:
            if not cells[0]:
                pending.append(cells)
                continue
            head: list[list[str]] = []
            if current is None:
                head, pending = pending, []
            elif pending and starts_lower(cells[text_col]):
                cut = next((m for m, p in enumerate(pending) if p[text_col] and not starts_lower(p[text_col])), None)
                if cut is not None:
                    head, pending = pending[cut:], pending[:cut]
            if current is not None:
                for p in pending:
                    add(current, p)
            pending = []
            current = [CellDraft([]) for _ in range(n)]
            for p in [*head, cells]:
                add(current, p)
            rows.append(current)
        else:
            lead = cells[0]
            if current is None or (lead and not starts_lower(lead) and not NOTE.match(lead)):
                current = [CellDraft([]) for _ in range(n)]
                rows.append(current)
            add(current, cells)
    if pending:
        if current is None:
            current = [CellDraft([]) for _ in range(n)]
            rows.append(current)
        for p in pending:
            add(current, p)
    for row in rows:
        for c in row:
            if not c.has_text():
                c.lines = []
    return rows
