"""Tables read line by line, without column positions: what a line holds decides its cell.

Two families of plain-text exports keep a table only as the order of its cells:

* rows flowing over lines (seed 004): the header typed on one line with single spaces, each row's text
  wrapping over lines, its last line ending with the dates and the responsible;
* one cell per line (LibreOffice's plain-text export of a table; a site's export with a blank line after
  every cell; a PDF text layer whose lines alternate between the activity text and its other cells): the
  header's cells on consecutive short lines give the columns and their order, then each line is read by
  what it is — a date phrase is the dates cell, a role phrase the responsible, a bare number the № cell,
  a stage title or a Цель:/Задача:/Результат: note a full-width stage row, and anything else the
  activity's text, which goes on until its dates and responsible arrive.

The recognisers (`PhraseTests`) are the pipeline's own, built from the reference vocabularies; they are
loaded only when a header of one of these layouts is seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from extractors.html import is_header_text, markup_lines
from extractors.text_layout import (
    FULL_WIDTH,
    HEADER_TAIL,
    NOTE,
    NUMBER,
    CellDraft,
    Row,
    TableDraft,
    first_letter,
    scan_tables,
    starts_lower,
    unfinished,
)

TextTest = Callable[[str], bool]


@dataclass(frozen=True)
class PhraseTests:
    """Recognisers of the phrases a cell holds, from the reference vocabularies."""

    is_date: TextTest
    is_role: TextTest
    is_month: TextTest
    column_role: Callable[[str], str | None]  # a header cell's column role (reference/layout.yaml)
    is_stage_title: TextTest  # a stage title of the canonical roadmaps (or one of its aliases)


# --- rows flowing over lines (seed 004) -----------------------------------------------------------

# A header typed with single spaces, «Мероприятия Сроки Ответственные»: each cell is one of these.
_FLOW_CELL = re.compile(
    r"(?P<number>№\s*(?:п\s*[/\\]\s*п)?|п\s*[/\\]\s*п)"
    r"|(?P<activity>(?:наименование\s+|содержание\s+)?мероприяти\w*|наименовани\w+(?:\s+(?:мероприяти|работ)\w*)?"
    r"|содержани\w+(?:\s+(?:деятельност|работ|мероприяти)\w*)?)"
    r"|(?P<dates>(?:срок\w*|дат[аы])(?:\s+(?:проведения|реализации|исполнения|выполнения))?)"
    r"|(?P<responsible>ответственн\w*(?:\s+исполнител\w*)?|исполнител\w*)",
    re.I,
)
_ROW_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=\S)")
_MAX_ROW_LINES = 15  # lines of text without dates: the table has ended
_MAX_ROLE_CHARS = 120  # as pipeline.normalize reads a responsible cell
# Words that may sit inside a date phrase, and those that make one by themselves; whether the phrase is
# a date is then decided by the date normalizer's own vocabulary (reference/dates.yaml).
_DATE_WORD = re.compile(
    r"в|во|с|со|по|до|и|не|позднее|позже|всего|периода|срок|конец|начало|середина|конце|начале|середине"
    r"|раза?|месяц|неделю|четверт[ьи]|мере|запросу|плану|графику|квартала|года?|г|гг|уч|учебн\w+"
    r"|календарного|текущего|[ivx]{1,4}"
)
_DATE_ANCHOR = re.compile(
    r"постоянно|ежегодно|ежемесячно|еженедельно|ежеквартально|регулярно|систематически|течение"
    r"|необходимости|полугоди[еяи]|квартал"
)
_NUMERIC = re.compile(r"^\d{1,4}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?(?:г\.?г?\.?)?$")
_TOKEN = re.compile(r"\S+")


def _flow_header(line: str) -> list[tuple[str, str]] | None:
    """Cells of a header whose words are separated by single spaces, when they make a roadmap header:
    an activity column, then dates, then (optionally) the responsible; a number column may lead."""
    if "\t" in line or "|" in line or len(line) > 120:
        return None
    cells = [(m.lastgroup or "", m.group()) for m in _FLOW_CELL.finditer(line)]
    if re.sub(r"[\W\d_]", "", _FLOW_CELL.sub("", line)):
        return None  # other words on the line: a sentence, not a header
    roles = [r for r, _ in cells]
    if roles and roles[0] == "number":
        roles = roles[1:]
    if roles not in (["activity", "dates", "responsible"], ["activity", "dates"]):
        return None
    return cells


def has_flowing_header(lines: Sequence[str]) -> bool:
    return any(_flow_header(line) for line in lines if line.strip())


def _date_token(token: str, is_month: TextTest) -> str | None:
    """ "anchor" for a month, number or date adverb; "word" for a word of a date phrase; else None."""
    word = token.strip(",;:()«»\"'").lower().replace("ё", "е")
    if word and re.fullmatch(r"[-–—/]+", word):
        return "word"
    parts = [p for p in re.split(r"[-–—/]", word) if p]
    if parts and all(is_month(p) or _NUMERIC.match(p) for p in parts):
        return "anchor"
    word = word.rstrip(".")
    if _DATE_ANCHOR.fullmatch(word):
        return "anchor"
    return "word" if _DATE_WORD.fullmatch(word) else None


def split_tail(line: str, tests: PhraseTests, *, want_role: bool) -> tuple[str, str, str] | None:
    """(text, dates, responsible) of a row's last line «… Сентябрь 2020 г. Директор», else None.

    The dates are the rightmost run of date words holding a month, a number or a date adverb that the
    date normalizer reads; what follows must be a role phrase (when the table has that column). A date
    ending the line counts only when it starts with a capital: the responsible is then on the next line.
    """
    tokens = list(_TOKEN.finditer(line))
    kinds = [_date_token(t.group(), tests.is_month) for t in tokens]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if kinds[i] is None:
            i += 1
            continue
        k = i
        while k < len(tokens) and kinds[k] is not None:
            k += 1
        if "anchor" in kinds[i:k]:
            runs.append((i, k))
        i = k
    for i, k in reversed(runs):
        while i < k and kinds[i] == "word" and tokens[i].group().lower() in ("и", "-", "–", "—", "/"):
            i += 1
        dates = line[tokens[i].start() : tokens[k - 1].end()]
        rest = line[tokens[k - 1].end() :].strip(" ,;")
        if rest and (not want_role or not tests.is_role(rest)):
            continue
        if not rest and want_role and not tokens[i].group()[:1].isupper():
            continue
        if tests.is_date(dates):
            return line[: tokens[i].start()].strip(), dates, line[tokens[k - 1].end() :].strip()
    return None


def find_flowing_tables(lines: Sequence[str], free: Sequence[bool], tests: PhraseTests) -> list[TableDraft]:
    def table_at(i: int) -> TableDraft | None:
        header = _flow_header(lines[i]) if free[i] else None
        return _flowing_table(lines, free, i, header, tests) if header else None

    return scan_tables(lines, table_at)


def _flowing_table(
    lines: Sequence[str], free: Sequence[bool], h: int, header: list[tuple[str, str]], tests: PhraseTests
) -> TableDraft | None:
    """Seed 004: no columns at all. A row's text wraps over lines and its last line ends with the
    dates and the responsible; a responsible cut after a comma or continuing in lowercase goes on on
    the next line. A stage is its title and Цель:/Задача:/Результат: notes (wrapped lines of a note
    start in lowercase) and becomes a full-width row before its first activity.
    """
    has_number = header[0][0] == "number"
    want_role = header[-1][0] == "responsible"
    draft = TableDraft(h, h + 1, [[CellDraft([text]) for _, text in header]])
    pending_stages: list[list[str]] = []
    stage: list[str] | None = None
    text: list[str] = []
    last: Row | None = None
    n_rows = 0
    k = h + 1
    while k < len(lines) and free[k] and len(text) <= _MAX_ROW_LINES:
        line = " ".join(part for part in markup_lines(lines[k]) if part)
        k += 1
        if not line:
            continue
        if last is not None and not text and stage is None and want_role:
            resp = last[-1]
            wraps = not resp.has_text() or resp.text.endswith(",") or starts_lower(line)
            if wraps and tests.is_role(line) and split_tail(line, tests, want_role=want_role) is None:
                resp.lines.append(line)
                draft.end = k
                continue
        last = None
        if NOTE.match(line):
            if stage is None:
                stage, text = text, []
            stage.append(line)
            continue
        if (
            stage is not None
            and stage
            and NOTE.match(stage[-1])
            and (starts_lower(line) or not first_letter(line).isalpha())
        ):
            stage[-1] = f"{stage[-1]} {line}"
            continue
        if stage is not None:
            pending_stages.append(stage)
            stage = None
        tail = split_tail(line, tests, want_role=want_role)
        if tail is None:
            text.append(line)
            continue
        head, dates, resp_text = tail
        cell_text = [*text, head] if head else text
        text = []
        if not cell_text:
            continue
        number = ""
        m = _ROW_NUMBER.match(cell_text[0]) if has_number else None
        if m:
            number, cell_text[0] = m.group(1), cell_text[0][m.end() :]
        draft.rows.extend([CellDraft(s, FULL_WIDTH)] for s in pending_stages)
        pending_stages = []
        row: Row = [CellDraft([number])] if has_number else []
        row += [CellDraft(cell_text), CellDraft([dates])]
        if want_role:
            row.append(CellDraft([resp_text] if resp_text else []))
        draft.rows.append(row)
        n_rows += 1
        last = row
        draft.end = k
    return draft if n_rows >= 2 else None


# --- one cell per line ------------------------------------------------------------------------

_MAX_HEADER_CHARS = 40  # a header cell standing on its own line
_MAX_DATE_CHARS = 60  # a dates cell is short; a longer line naming a month is text
_DATE_SHARE = 0.6  # words of a dates line that belong to date phrases («не менее 10% в 2020 году» is no date)
_MAX_ROLE_LINE = 100  # a responsible cell is short; a longer line naming roles is an activity
_MAX_IDLE_CELLS = 12  # cells in a row without a date or a responsible arriving: the table has ended
_BLANK_SEPARATED = 0.8  # share of lines followed by a blank line when a blank line follows every cell
_SENTENCE_END = re.compile(r"[.!?;:]$")
_TEXT_ROLES = ("activity", "content")
_CELL_ROLES = frozenset({"number", *_TEXT_ROLES, "dates", "responsible"})

_Kind = Literal["number", "note", "dates", "role", "text"]


@dataclass
class _Unit:
    """One cell's worth of lines: a line, or a block between blank lines when blanks part all cells."""

    lines: list[str]
    end: int  # one past its last line in the document
    after_blank: bool
    kind: _Kind = "text"

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass
class _CellRow:
    number: str = ""
    text: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    resp: list[str] = field(default_factory=list)
    stage: bool = False  # a stage: its title and Цель:/Задача:/Результат: notes
    last: Literal["", "text", "title", "note", "dates", "responsible"] = ""  # the cell taking the last line
    end: int = 0

    def has_details(self) -> bool:
        return bool(self.dates or self.resp)


def _header_candidate(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _MAX_HEADER_CHARS and "\t" not in line and "|" not in s


def has_cell_header(lines: Sequence[str]) -> bool:
    """Two header words on consecutive lines (blank lines between them allowed), without a vocabulary."""
    run = 0
    for line in lines:
        if line.strip():
            run = run + 1 if _header_candidate(line) and is_header_text(line.strip()) else 0
            if run >= 2:
                return True
    return False


_Header = tuple[list[str], list[str], int]  # column roles, header texts, first line after the header


def _cell_header(lines: Sequence[str], free: Sequence[bool], i: int, tests: PhraseTests) -> _Header | None:
    """(roles, texts, first line after it) of a header written one cell per line from line `i`.

    The reader knows one text column besides №, dates and responsible; a header with more columns (a
    stage column, a second text column, results) cannot be told apart line by line and is left alone.
    """
    roles: list[str] = []
    texts: list[str] = []
    k = end = i
    while k < len(lines) and free[k]:
        s = lines[k].strip()
        if not s:
            k += 1
            continue
        role = tests.column_role(s) if _header_candidate(lines[k]) else None
        if texts and HEADER_TAIL.match(s) and role in (None, roles[-1]):
            texts[-1] = f"{texts[-1]} {s}"  # «№» / «п/п», «Сроки» / «проведения»
        elif role is None or role in roles:
            break
        else:
            roles.append(role)
            texts.append(s)
        k = end = k + 1
    if set(roles) - _CELL_ROLES or sum(r in _TEXT_ROLES for r in roles) != 1:
        return None
    if not {"dates", "responsible"} & set(roles):
        return None
    return roles, texts, end


def _is_dates_line(text: str, tests: PhraseTests) -> bool:
    """A short line made of a date phrase: most of its words are date words, the first one too."""
    if len(text) > _MAX_DATE_CHARS:
        return False
    kinds = [_date_token(t, tests.is_month) for t in text.split()]
    if not kinds or kinds[0] is None or sum(k is not None for k in kinds) < _DATE_SHARE * len(kinds):
        return False
    return tests.is_date(text)


def _kind(text: str, tests: PhraseTests) -> _Kind:
    if NUMBER.match(text):
        return "number"
    if NOTE.match(text):
        return "note"
    if _is_dates_line(text, tests):
        return "dates"
    if len(text) <= _MAX_ROLE_LINE and not text.endswith(":") and tests.is_role(text):
        return "role"
    return "text"


def _units(lines: Sequence[str], free: Sequence[bool], start: int) -> list[_Unit]:
    """The cells after a header: one per line, or one per block of lines when a blank line follows
    every cell (then a cell's wrapped lines stay together). A unit is `after_blank` when more blank
    lines than usual precede it: a cell left empty, or the end of the cell above."""
    stop = start
    while stop < len(lines) and free[stop]:
        stop += 1
    texts = [" ".join(p for p in markup_lines(lines[k]) if p) for k in range(start, stop)]
    filled = [k for k, t in enumerate(texts) if t][:40]
    followed = sum(1 for k in filled if k + 1 < len(texts) and not texts[k + 1])
    blocks = len(filled) >= 4 and followed >= _BLANK_SEPARATED * len(filled)
    separator = 2 if blocks else 1  # blank lines that part two cells once one of them is empty
    units: list[_Unit] = []
    blanks = 0
    for k, text in enumerate(texts):
        if not text:
            blanks += 1
            continue
        if blocks and units and not blanks:
            units[-1].lines.append(text)
            units[-1].end = start + k + 1
        else:
            units.append(_Unit([text], start + k + 1, blanks >= separator))
        blanks = 0
    return units


def _without_headers(units: list[_Unit], roles: Sequence[str], tests: PhraseTests) -> list[_Unit]:
    """The cells without the header repeated at the top of each page."""
    found = [tests.column_role(u.text) if _header_candidate(u.text) else None for u in units]
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        if found[i : i + len(roles)] == list(roles):
            i += len(roles)
        else:
            out.append(units[i])
            i += 1
    return out


class _CellReader:
    """Rows from the cells of a one-cell-per-line table, in the order the header gives."""

    def __init__(self, roles: Sequence[str], units: list[_Unit], tests: PhraseTests) -> None:
        self.units = units
        self.tests = tests
        details = [r for r in roles if r in ("dates", "responsible")]
        self.dates_first = details[0] == "dates"
        self.has_resp = "responsible" in details
        self.rows: list[_CellRow] = []
        self.row: _CellRow | None = None

    def _next_kind(self, i: int) -> _Kind | None:
        return self.units[i + 1].kind if i + 1 < len(self.units) else None

    def _new(self, row: _CellRow) -> None:
        self.row = row
        self.rows.append(row)

    def _cells_follow(self, i: int) -> bool:
        """Whether the dates or responsible of the text at unit `i` come right after it."""
        after = self._next_kind(i)
        if after == "dates":
            return True
        if after != "role" or not self.has_resp:
            return False
        # A role phrase followed by a date is the next activity's text («Обучение наставников» / «Май»).
        return not self.dates_first or self._next_kind(i + 1) != "dates"

    def read(self) -> list[_CellRow]:
        idle = 0
        for i, unit in enumerate(self.units):
            took_detail = self._read(i, unit)
            idle = 0 if took_detail else idle + 1
            if self.row is not None:
                self.row.end = max(self.row.end, unit.end)
            if idle > _MAX_IDLE_CELLS:
                break
        return self.rows

    def _read(self, i: int, unit: _Unit) -> bool:
        """Give unit `i` to a row; True when it was the row's dates or responsible."""
        kind, row = unit.kind, self.row
        if kind == "number":
            self._new(_CellRow(number=unit.text))
        elif kind == "note":
            self._note(unit)
        elif kind in ("text", "role") and self.tests.is_stage_title(unit.text) and not self._cells_follow(i):
            if row is not None and row.number and not row.text and not row.has_details():
                row.stage, row.text, row.last = True, list(unit.lines), "title"
            else:
                self._new(_CellRow(text=list(unit.lines), stage=True, last="title"))
        elif kind == "dates":
            return self._dates(unit)
        elif kind == "role" and self._is_responsible(i, unit):
            assert self.row is not None
            self.row.resp.extend(unit.lines)
            self.row.last = "responsible"
            return True
        else:
            self._text(unit)
        return False

    def _note(self, unit: _Unit) -> None:
        row = self.row
        if row is not None and not row.has_details() and (row.text or row.number or row.stage):
            row.stage = True  # the text read so far is the stage's title
            row.text.extend(unit.lines)
            row.last = "note"
        else:
            self._new(_CellRow(text=list(unit.lines), stage=True, last="note"))

    def _dates(self, unit: _Unit) -> bool:
        row = self.row
        if row is None or row.stage or not (row.text or row.number):
            return False  # a date before any activity: nothing to pair it with
        if row.last == "dates" and not unit.after_blank:
            row.dates.extend(unit.lines)  # one date per line of a stacked dates cell
        elif not row.dates and (not row.resp or not self.dates_first):
            row.dates = list(unit.lines)
        else:
            return False  # out of its place (the next row's date before that row's text): left unpaired
        row.last = "dates"
        return True

    def _is_responsible(self, i: int, unit: _Unit) -> bool:
        row = self.row
        if row is None or row.stage or not row.text:
            return False  # a row's activity comes first: a role-like line before it is its text
        if row.resp:
            if row.last != "responsible" or unit.after_blank:
                return False  # a blank line ends a cell: a role phrase below it is no part of it
            # «Куратор программы,» / «педагог-психолог»; a role phrase whose date follows is an activity.
            return unfinished(row.resp[-1]) or starts_lower(unit.text) or self._next_kind(i) != "dates"
        # Not an activity named by roles («Обучение наставников») whose own date follows.
        return not (self.dates_first and not row.dates and self._next_kind(i) == "dates")

    def _text(self, unit: _Unit) -> None:
        row, text = self.row, unit.text
        goes_on = starts_lower(text) and not unit.after_blank
        if row is not None and row.stage and row.last in ("title", "note") and goes_on:
            row.text[-1] = f"{row.text[-1]} {text}"  # a title or note wrapped onto the next line
        elif (
            row is not None
            and not row.stage
            and (not row.text or not (row.has_details() or unit.after_blank))
        ):
            row.text.extend(unit.lines)  # the activity's text, until its cells arrive or a blank line ends it
            row.last = "text"
        elif (
            row is not None
            and row.text
            and row.has_details()
            and goes_on
            and not _SENTENCE_END.search(row.text[-1])
        ):
            row.text.extend(unit.lines)  # the activity's text goes on between its other cells
        else:
            self._new(_CellRow(text=list(unit.lines), last="text"))


def _draft_row(row: _CellRow, roles: Sequence[str]) -> Row:
    text = list(row.text)
    number = row.number
    if not number and text and "number" in roles:
        m = _ROW_NUMBER.match(text[0])
        if m:
            number, text[0] = m.group(1), text[0][m.end() :]
    if number and "number" not in roles:
        text = [f"{number} {text[0]}" if text else number, *text[1:]]
    if row.stage:
        stage = CellDraft(text, FULL_WIDTH)
        return [CellDraft([number]), stage] if number and "number" in roles else [stage]
    cells = {"number": [number] if number else [], "dates": row.dates, "responsible": row.resp}
    return [CellDraft(list(cells[role]) if role in cells else text) for role in roles]


def find_cell_tables(lines: Sequence[str], free: Sequence[bool], tests: PhraseTests) -> list[TableDraft]:
    def table_at(i: int) -> TableDraft | None:
        header = _cell_header(lines, free, i, tests) if free[i] and _header_candidate(lines[i]) else None
        return _cell_table(lines, free, i, header, tests) if header is not None else None

    return scan_tables(lines, table_at)


def _cell_table(
    lines: Sequence[str], free: Sequence[bool], h: int, header: _Header, tests: PhraseTests
) -> TableDraft | None:
    """The table under a one-cell-per-line header; it ends with the last row that got its cells."""
    roles, texts, body = header
    units = _without_headers(_units(lines, free, body), roles, tests)
    for unit in units:
        unit.kind = _kind(unit.text, tests)
    rows = _CellReader(roles, units, tests).read()
    complete = [k for k, r in enumerate(rows) if r.has_details()]
    if len(complete) < 2:
        return None
    kept = rows[: complete[-1] + 1]
    draft = TableDraft(h, kept[-1].end, [[CellDraft([t]) for t in texts]])
    draft.rows.extend(_draft_row(r, roles) for r in kept)
    return draft


# --- recognisers --------------------------------------------------------------------------------

_STAGE_PREFIX = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4})\s*[.)]?\s*(?:-?\s*й\s*)?(?:этап\s*[.:—–-]?\s*)?")
_STAGE_TITLE_RATIO = 85  # as the interpreter recognises a stage title


@lru_cache(maxsize=1)
def default_tests() -> PhraseTests:
    """Recognisers from the reference vocabularies, reading phrases as the pipeline reads them."""
    from rapidfuzz import fuzz

    from normalizers.dates import month_of_word, parse_dates
    from normalizers.lemmas import fold
    from normalizers.roles import parse_roles
    from pipeline.reference import load_reference

    reference = load_reference()
    columns = [(c.role, [re.compile(p, re.I) for p in c.patterns]) for c in reference.layout.columns]
    titles = [
        fold(t)
        for model in (reference.canonical.target_model_2019, reference.canonical.teachers_2022)
        for s in model.stages
        for t in (s.title, *s.aliases)
    ]

    def is_date(text: str) -> bool:
        value = parse_dates(text, None, reference.dates)
        return value.date_kind != "unspecified" or value.recurrence is not None

    def is_role(text: str) -> bool:
        if len(text) > _MAX_ROLE_CHARS:
            return False  # activity wording names roles too («Формирование базы наставников»)
        result = parse_roles(text, reference.roles)
        return bool(result.roles) and not result.unknown

    def is_month(word: str) -> bool:
        return month_of_word(word, reference.dates) is not None

    def column_role(text: str) -> str | None:
        folded = fold(text)
        return next((role for role, ps in columns if any(p.search(folded) for p in ps)), None)

    def is_stage_title(text: str) -> bool:
        title = _STAGE_PREFIX.sub("", fold(text)).strip()
        return 0 < len(title) < 160 and any(fuzz.ratio(title, t) >= _STAGE_TITLE_RATIO for t in titles)

    return PhraseTests(is_date, is_role, is_month, column_role, is_stage_title)
