"""PDF page geometry -> table grids, part 2: unruled tables, aligned only by whitespace.

Borderless Word tables and text set out with tabs or spaces leave no strokes to follow. Columns are the
vertical strips of whitespace ("gutters") that the table's lines leave empty at the same x; a row that
spans several columns crosses them. Rows are not lines: a wrapped activity continues its row until the
number column — or, without one, a vertical gap or a new entry in a detail column such as the dates —
starts the next. Justified paragraphs (every space of a line stretched alike) and lists with a hanging
indent (markers in the "first column") look like tables and are told apart here.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.pdf_tables import (
    BLANK_LINE_PITCHES,
    ROW_NUMBER,
    Fragment,
    Gutter,
    Line,
    Word,
    make_cell,
    row_tail,
)
from pipeline.models import RawCell

SEGMENT_GAP_EM = 0.5  # a gap wider than this (in font sizes) separates the phrases of a line
MIN_SEGMENT_GAP = 3.5  # points
MIN_GUTTER = 3.0  # points of whitespace needed between two unruled columns
MAX_INNER_SINGLE_LINES = 10  # single-phrase lines allowed between aligned lines of one unruled table
# Notes of a stage row (a Word cell spanning the table) that run across every column.
_STAGE_NOTE = re.compile(r"^(?:Цель|Задач[аи]|Результат|Ожидаемый результат)\s*:", re.I)
# «Этап 2. Формирование базы наставляемых», «III. Отбор и обучение»: a stage heading short enough to
# fit in the text column still opens a row of its own.
_STAGE_HEADING = re.compile(r"^\s*(?:(?:этап|раздел)\s*\d|[IVX]{1,4}\.?\s+[А-ЯЁ])", re.I)
LIST_MARKER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[а-яёa-z][.)]|[-–—•·▪●○■□►➢✓*])$")


def segments(line: Line) -> list[list[Word]]:
    """Phrases of a line: words separated by more than an ordinary space.

    A justified line stretches every space by the same amount, sometimes past the phrase threshold:
    when all its gaps (but maybe the first, after a list number) are wide and equal, the line is one
    phrase (or a list marker and one phrase), not a row of a table.
    """
    words = line.words
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    limits = [
        max(SEGMENT_GAP_EM * max(a.size, b.size), MIN_SEGMENT_GAP) for a, b in itertools.pairwise(words)
    ]
    if len(gaps) >= 3:
        rest = gaps[1:]
        if gaps[0] > limits[0] and min(rest) > limits[0] and max(rest) <= 1.25 * min(rest):
            if not min(rest) * 0.8 <= gaps[0] <= max(rest) * 1.25:
                return [[words[0]], list(words[1:])]
            return [list(words)]
    segs = [[words[0]]]
    for w, gap, limit in zip(words[1:], gaps, limits, strict=True):
        if gap > limit:
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


def _gutters(lines: Sequence[Line], segs: Sequence[list[list[Word]]]) -> list[Gutter]:
    """Column boundaries: the x-intervals of whitespace the lines share.

    A candidate zone is where lines have a phrase gap and no more lines cover x with text than leave it
    empty (the covering ones are rows spanning several columns). A zone may hold a sparse
    column — dates written only on a row's first line leave most lines empty there — so only its
    valleys count: the stretches whose coverage stays near the zone's minimum.
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
        for a, b in itertools.pairwise(ss):
            g0, g1 = math.ceil(a[-1].x1) - lo, math.floor(b[0].x0) - lo
            if g1 >= g0:
                sup[g0] += 1
                sup[g1 + 1] -= 1
    covered = list(itertools.accumulate(cov[:width]))
    supported = list(itertools.accumulate(sup[:width]))
    slack = 1 + 0.05 * len(lines)
    # Whitespace that no line covers needs one line with text on both sides (a header over columns
    # left empty below it); whitespace some lines cross needs more lines leaving it empty than not.
    candidate = [(s >= 2 and c <= s) or (s >= 1 and c == 0) for c, s in zip(covered, supported, strict=True)]
    gutters: list[Gutter] = []
    x = 0
    while x < width:
        if not candidate[x]:
            x += 1
            continue
        zone_end = x
        while zone_end < width and candidate[zone_end]:
            zone_end += 1
        floor = min(covered[x:zone_end]) + slack
        run_start: int | None = None
        for k in range(x, zone_end + 1):
            low = k < zone_end and covered[k] <= floor
            if low and run_start is None:
                run_start = k
            elif not low and run_start is not None:
                if k - run_start >= MIN_GUTTER:
                    gutters.append((lo + run_start, lo + k - 1))
                run_start = None
        x = zone_end
    return gutters


def _place(line_segs: list[list[Word]], gutters: Sequence[Gutter]) -> list[_Span]:
    """Columns of each phrase: it starts in the column right of every gutter beginning before it, and
    spans further only over gutters it covers entirely (reaching into a gutter is not crossing it)."""
    starts = [g[0] for g in gutters]
    ends = [g[1] for g in gutters]
    out: list[_Span] = []
    for seg in line_segs:
        first = bisect_right(starts, seg[0].x0)
        last = bisect_right(ends, seg[-1].x1 - 0.5)
        out.append(_Span(seg, first, max(first, last)))
    return out


def _fits(spans: Sequence[_Span]) -> bool:
    return all(s.first == s.last for s in spans)


@dataclass
class UnruledResult:
    fragments: list[Fragment]
    used: set[int]  # indices of the lines taken into tables


def unruled_fragments(
    lines: Sequence[Line], pitch: float, hint: Sequence[Gutter] | None = None
) -> UnruledResult:
    """Find unruled tables among free lines (top to bottom) and build their grids.

    A table is searched from a line with two or more phrases to the last such line that follows
    without a paragraph break (a wide vertical gap, or more than `MAX_INNER_SINGLE_LINES` single-phrase
    lines); its gutters must be shared by at least two lines. Single-phrase lines inside it are wrapped
    text or rows spanning several columns; lines right after it that fit its columns are the wrapped end
    of its last row.

    `hint`: column boundaries of an unruled table that ran to the bottom of the previous page; the lines
    at the top of this page that fit them continue that table, however few they are.
    """
    segs = [segments(ln) for ln in lines]
    multi = [len(s) >= 2 for s in segs]
    result = UnruledResult([], set())
    n = len(lines)
    i = 0
    if hint and n:
        end = _extend(lines, segs, multi, 0, list(hint), pitch)
        if end:
            end = _stage_block_end(lines, _numbered_rows_end(lines, end, hint, pitch), pitch)
            result.fragments.append(_build(lines[:end], segs[:end], list(hint), pitch))
            result.used.update(range(end))
            i = end
    while i < n:
        if not multi[i]:
            i += 1
            continue
        start = last = i
        singles, in_note = 0, False
        for j in range(i + 1, n):
            if lines[j].top - lines[j - 1].bottom > 2.5 * pitch and not (multi[j] and multi[j - 1]):
                break
            if multi[j]:
                last, singles, in_note = j, 0, False
                continue
            # Цель/Задача/Результат blocks of stage rows run long; other single lines are limited.
            in_note = in_note or bool(_STAGE_NOTE.match(lines[j].text))
            singles += not in_note
            if singles > MAX_INNER_SINGLE_LINES:
                break
        gutters = _gutters(lines[start : last + 1], segs[start : last + 1])
        aligned = [k for k in range(start, last + 1) if multi[k] and _aligned(_place(segs[k], gutters))]
        if not gutters or len(aligned) < 2 or _is_list(segs[start : last + 1], gutters):
            i = last + 1
            continue
        start, end = aligned[0], aligned[-1] + 1  # a table neither starts nor ends with a crossing line
        while (
            end < n
            and lines[end].bottom - lines[end - 1].bottom <= BLANK_LINE_PITCHES * pitch
            and _fits(_place(segs[end], gutters))
        ):
            end += 1
        end = _stage_block_end(lines, _numbered_rows_end(lines, end, gutters, pitch), pitch)
        result.fragments.append(_build(lines[start:end], segs[start:end], gutters, pitch))
        result.used.update(range(start, end))
        i = end
    return result


def _numbered_rows_end(lines: Sequence[Line], end: int, gutters: Sequence[Gutter], pitch: float) -> int:
    """Rows right after the last aligned line that open with a row number in the first column («3.
    Формирование базы наставников», a stage row spanning the table, often the last row of a page)."""
    while end < len(lines) and lines[end].top - lines[end - 1].bottom <= 2.5 * pitch:
        first = lines[end].words[0]
        if not (ROW_NUMBER.match(first.text) and first.x1 < gutters[0][1]):
            break
        end += 1
        while (
            end < len(lines)
            and lines[end].bottom - lines[end - 1].bottom <= BLANK_LINE_PITCHES * pitch
            and not ROW_NUMBER.match(lines[end].words[0].text)
        ):
            end += 1
    return end


def _stage_block_end(lines: Sequence[Line], end: int, pitch: float) -> int:
    """A stage row's Цель/Задача/Результат lines right after the last aligned line (at the bottom of a
    page, the table going on overleaf) still belong to the table."""
    if end >= len(lines) or not _STAGE_NOTE.match(lines[end].text):
        return end
    while end < len(lines) and lines[end].bottom - lines[end - 1].bottom <= BLANK_LINE_PITCHES * pitch:
        end += 1
    return end


def _aligned(spans: Sequence[_Span]) -> bool:
    """Phrases in two or more columns, none crossing a gutter."""
    return len({s.first for s in spans}) > 1 and _fits(spans)


def _is_list(segs: Sequence[list[list[Word]]], gutters: Sequence[Gutter]) -> bool:
    """Two "columns" whose first holds only list markers: a numbered or bulleted list with a hanging
    indent, which is paragraphs, not a table."""
    if len(gutters) != 1:
        return False
    firsts = [
        " ".join(w.text for w in spans[0].words)
        for ss in segs
        if _fits(spans := _place(ss, gutters)) and spans[0].first == 0
    ]
    return bool(firsts) and all(LIST_MARKER.match(t) for t in firsts)


def _extend(
    lines: Sequence[Line],
    segs: Sequence[list[list[Word]]],
    multi: Sequence[bool],
    start: int,
    gutters: Sequence[Gutter],
    pitch: float,
) -> int:
    """End (exclusive) of the run of lines from `start` that keeps to the columns of `gutters`, or 0
    when none does; lines crossing them are kept only as spanning rows followed by fitting lines."""
    last_fit = -1
    for k in range(start, len(lines)):
        if k > start and lines[k].top - lines[k - 1].bottom > 2.5 * pitch and not (multi[k] and multi[k - 1]):
            break
        if _fits(_place(segs[k], gutters)):
            last_fit = k
        elif k - max(last_fit, start - 1) > MAX_INNER_SINGLE_LINES:
            break
    return last_fit + 1


def _starts_entry(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _build(
    lines: Sequence[Line], segs: Sequence[list[list[Word]]], gutters: list[Gutter], pitch: float
) -> Fragment:
    """Rows of an unruled table: phrases placed on columns, lines grouped into logical rows."""
    placed = [_place(s, gutters) for s in segs]
    n_cols = len(gutters) + 1
    spanning = [not _fits(p) for p in placed]
    for spans, crosses in zip(placed, spanning, strict=True):
        if crosses and spans[-1].first != spans[-1].last:
            # Without borders a phrase running across columns to the end of its line is a row-wide
            # cell (a stage title): nothing shows where it would stop.
            spans[-1].last = n_cols - 1
    col_text: list[dict[int, str]] = []
    for spans in placed:
        by_col: dict[int, list[str]] = {}
        for sp in spans:
            by_col.setdefault(sp.first, []).append(" ".join(w.text for w in sp.words))
        col_text.append({c: " ".join(t) for c, t in by_col.items()})
    numbered = _number_column(col_text, spanning, gutters, lines)
    totals = [sum(len(ct.get(c, "")) for ct in col_text) for c in range(n_cols)]
    main = max(range(n_cols), key=lambda c: totals[c])
    x_lo = min(ln.x0 for ln in lines)
    x_hi = max(ln.x1 for ln in lines)
    edges = (x_lo, *((a + b) / 2 for a, b in gutters), x_hi)
    all_words = [w for ln in lines for w in ln.words]
    # The right edge text reaches in each column: where its wrapped lines were broken.
    limits: dict[int, float] = {n_cols - 1: x_hi}
    for spans in placed:
        for sp in spans:
            if sp.first == sp.last:
                limits[sp.first] = max(limits.get(sp.first, 0.0), sp.words[-1].x1)
    rules = _RowRules(lines, placed, col_text, spanning, numbered, main, pitch, limits)
    groups: list[list[int]] = []
    for k in range(len(lines)):
        if not groups or rules.starts_row(k):
            groups.append([k])
        else:
            groups[-1].append(k)
    char_w = sum(w.x1 - w.x0 for w in all_words) / max(1, sum(len(w.text) for w in all_words))
    rows: list[list[RawCell]] = []
    tail: dict[int, int] = {}
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
        for c in range(n_cols):  # a column without text still has its (empty) cell, as in Word
            if not any(first <= c <= last for first, (last, _) in cells.items()):
                cells[c] = (c, [])
        row = [
            make_cell(cl, ref, pitch, c, last - c + 1, edges[last + 1] - edges[c], char_w, limits.get(last))
            for c, (last, cl) in sorted(cells.items())
        ]
        rows.append(row)
        tail = row_tail([(c, cl) for c, (_, cl) in cells.items()], ref, pitch)
    return Fragment(
        rows=rows,
        edges=edges,
        top=lines[0].top,
        bottom=lines[-1].bottom,
        ruled=False,
        gutters=tuple(gutters),
        tail=tail,
    )


def _number_column(
    col_text: Sequence[dict[int, str]],
    spanning: Sequence[bool],
    gutters: Sequence[Gutter],
    lines: Sequence[Line],
) -> bool:
    x_lo = min(ln.x0 for ln in lines)
    x_hi = max(ln.x1 for ln in lines)
    if gutters[0][0] - x_lo > 0.2 * (x_hi - x_lo):
        return False
    texts = [ct[0] for ct, sp in zip(col_text, spanning, strict=True) if 0 in ct and not sp]
    return len(texts) >= 2 and sum(bool(ROW_NUMBER.match(t)) for t in texts) >= 0.5 * len(texts)


@dataclass
class _RowRules:
    """Where logical rows start in an unruled table (a row is not a line: wrapped text continues it)."""

    lines: Sequence[Line]
    placed: Sequence[list[_Span]]
    col_text: Sequence[dict[int, str]]
    spanning: Sequence[bool]
    numbered: bool
    main: int
    pitch: float
    limits: dict[int, float]

    def _wrapped_into(self, k: int) -> bool:
        """Line `k` continues the main-column paragraph of line k-1 (that line had no room for its
        first word)."""
        words = [w for sp in self.placed[k] if sp.first == self.main for w in sp.words]
        before = [w for sp in self.placed[k - 1] if sp.first == self.main for w in sp.words]
        if not words or not before or self.spanning[k - 1]:
            return False
        limit = self.limits.get(self.main, before[-1].x1)
        return before[-1].x1 + 0.25 * words[0].size + (words[0].x1 - words[0].x0) > limit - 1.5

    def _title_start(self, k: int) -> bool:
        """A short stage title above the Цель/Задача/Результат lines that span the table: it fits in
        the main column, so only the spanning lines after it show that it opens a row-wide cell."""
        if k + 1 >= len(self.lines) or not self.spanning[k + 1] or self.spanning[k]:
            return False
        here = self.col_text[k]
        text = here.get(self.main, "")
        if set(here) != {self.main} or not _starts_entry(text):
            return False
        # Right above «Задача:» it is the title whatever the line before; otherwise it must not be the
        # wrapped end of the paragraph above.
        return bool(_STAGE_NOTE.match(self.lines[k + 1].text)) or not (k and self._wrapped_into(k))

    def starts_row(self, k: int) -> bool:
        here, before = self.col_text[k], self.col_text[k - 1]
        if self.spanning[k]:
            if self.spanning[k - 1] or self._title_start(k - 1):
                return False
            note = _STAGE_NOTE.match(self.lines[k].text)
            return not (note and before and set(before) <= {0, self.main})
        if self._title_start(k) or _STAGE_HEADING.match(self.lines[k].text):
            return True
        if self.numbered and ROW_NUMBER.match(here.get(0, "")):
            return True
        if self.spanning[k - 1]:
            # A wrapped line of a spanning stage row sits inside the span and starts lowercase.
            span = next(sp for sp in self.placed[k - 1] if sp.first != sp.last)
            inside = all(span.first <= c <= span.last for c in here)
            first_text = here[min(here)] if here else ""
            return not (inside and first_text[:1].islower())
        if self.numbered:
            return False
        if self.lines[k].bottom - self.lines[k - 1].bottom > BLANK_LINE_PITCHES * self.pitch:
            return True
        main_text = here.get(self.main, "")
        if main_text[:1].islower():
            return False
        for col, text in here.items():
            if (
                col != self.main
                and _starts_entry(text)
                and not before.get(col, "").rstrip().endswith((",", "-", "–"))
            ):
                return not before.get(col) or _starts_entry(main_text) or not main_text
        return False
