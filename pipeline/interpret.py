"""Turn extracted blocks (tables and paragraphs) into activity rows, whatever the format.

Column roles come from the header's wording; stage rows are recognised by their shape (a cell
spanning the row, a bare stage number, Цель/Задача/Результат notes, a stage title); cells holding
several numbered sub-items are split into one row each, and a dates or responsible cell with one
line per sub-item is paired with those sub-items by line position.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from normalizers.lemmas import fold
from pipeline.models import ActivityRow, Block, Paragraph, RawCell, RawRow, RawTable
from pipeline.reference import Reference

TextTest = Callable[[str], bool]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_STAGE_NUMBER = re.compile(
    r"^\s*(?:этап\s*)?(\d{1,2}|[ivx]{1,4})\s*[.)]?\s*(?:-?\s*й)?\s*(?:этап)?\s*$", re.I
)
_STAGE_HEADING_NUMBER = re.compile(r"^\s*(?:этап|раздел)\s*(\d{1,2}|[ivx]{1,4})\b", re.I)
_SUB_NUMBER = re.compile(r"^\s*\d{1,2}\s*\.\s*\d{1,2}")
# A sub-item marker at the start of a line: «1.», «2)», «а)», «-», «•» (OCR: «*»); not «1.1» (that is
# a number).
_ITEM_MARKER = re.compile(r"^\s*(?:(\d{1,2})\s*[.)](?!\d)|([а-еa-e])\)|[-–—•·▪●◦*]\s)\s*", re.I)
# «3.1.», «3.2.»: sub-items numbered within their stage, markers only when a cell holds two of them.
_TWO_LEVEL_MARKER = re.compile(r"^\s*(\d{1,2}[.,]\d{1,2})\.?\s+(?=\S)")  # «1,3.»: a dot as OCR reads it
_NUMBER_MARKER = re.compile(r"^\s*\d{1,2}\s*[.)](?!\d)")
_INLINE_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2}|[а-е])\)\s")
_COLUMN_NUMBERS = re.compile(r"^\d{1,2}$")
# A paragraph item: numbered («3.», «2.1.», «4)») or bulleted («•», «·», «–»).
_PARAGRAPH_ITEM = re.compile(r"^\s*(?:((?:\d{1,2}\.){1,2}\d{0,2}|\d{1,2}\))|[-–—•·▪●◦*])\s*(.+)$", re.S)
_ROMAN_HEADING = re.compile(r"^\s*[IVX]{1,4}\.\s+[А-ЯЁ][^—–]*$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
MIN_LISTED_ACTIVITIES = 3  # «;»-separated parts of one cell that are a list even under one date
_DASH_SPLIT = re.compile(r"\s+[—–-]\s+")
_TRAILING_BRACKETS = re.compile(r"\(([^()]*)\)[\s.;]*$")
_NUMBER_HEADER = re.compile(r"^(?:№|n)\s*(?:п\s*[/\\]\s*п\.?)?\s*")
HEADER_SEARCH_ROWS = 15  # a sheet may carry the approval block and the title above its header


@dataclass(frozen=True)
class _Rules:
    columns: tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[str, ...]], ...]
    stage_notes: tuple[re.Pattern[str], ...]
    signatures: tuple[re.Pattern[str], ...]
    signature_names: tuple[re.Pattern[str], ...]
    plan_titles: tuple[re.Pattern[str], ...]
    stage_headings: tuple[re.Pattern[str], ...]
    stage_titles: tuple[str, ...]
    ocr_numeral: re.Pattern[str]  # a leading Roman numeral written with OCR's look-alike letters
    numeral_of: dict[str, str]  # look-alike letter → Roman numeral
    field_label: re.Pattern[str]  # group 1: a dates label, group 2: a responsible label


def _rules(reference: Reference) -> _Rules:
    return reference.derived("interpret.rules", _build_rules)


def _build_rules(reference: Reference) -> _Rules:
    layout = reference.layout
    titles = [
        fold(t)
        for model in (reference.canonical.target_model_2019, reference.canonical.teachers_2022)
        for s in model.stages
        for t in (s.title, *s.aliases)
    ]
    return _Rules(
        columns=tuple(
            (c.role, tuple(re.compile(p, re.I) for p in c.patterns), c.words) for c in layout.columns
        ),
        stage_notes=tuple(re.compile(p, re.I) for p in layout.stage_note_prefixes),
        signatures=tuple(re.compile(p, re.I) for p in layout.signature_patterns),
        signature_names=tuple(re.compile(p) for p in layout.signature_name_patterns),
        plan_titles=tuple(re.compile(p, re.I) for p in layout.plan_title_patterns),
        stage_headings=tuple(re.compile(p, re.I) for p in layout.stage_heading_patterns),
        stage_titles=tuple(titles),
        ocr_numeral=re.compile(
            rf"^(\s*)([IVX{re.escape(''.join(layout.roman_numeral_lookalikes))}]{{1,4}})(?=\s*[.)]?(?:\s|$))"
        ),
        numeral_of=dict(layout.roman_numeral_lookalikes),
        field_label=re.compile(
            # an abbreviated label («отв.») needs no colon after it
            rf"\b(?:({layout.paragraph_dates_label})|({layout.paragraph_responsible_label}))(?:\s*[:–—-]|(?<=\.))\s*",
            re.I,
        ),
    )


@dataclass
class Interpretation:
    rows: list[ActivityRow]
    title: str  # text before the roadmap proper: title, approval block, preamble
    tables_used: int = 0
    # a stage heading the document ends on, with no activity under it: the rest is cut off
    cut_after_stage: str = ""


@dataclass
class _Item:
    text: str
    number: str
    start: int  # first printed line of the item in its cell (wrapping estimated)
    end: int  # printed line after its last
    group: tuple[int, int] | None = None  # printed lines of the lead-in of lettered sub-items


def _stage_number(text: str) -> int | None:
    m = _STAGE_NUMBER.match(text.strip())
    if not m:
        return None
    tok = m.group(1).lower()
    return int(tok) if tok.isdigit() else _ROMAN.get(tok)


def _read_numeral(text: str, rules: _Rules) -> str:
    """A leading stage numeral as printed: «УП. Итоговый этап» (OCR) is «VII. Итоговый этап»."""
    m = rules.ocr_numeral.match(text)
    if not m:
        return text
    numeral = "".join(rules.numeral_of.get(ch, ch) for ch in m.group(2))
    return text if numeral.lower() not in _ROMAN else f"{m.group(1)}{numeral}{text[m.end() :]}"


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _is_stage_note(line: str, rules: _Rules) -> bool:
    return any(p.search(fold(line)) for p in rules.stage_notes)


def _stage_title(text: str, rules: _Rules) -> str:
    """The stage title without its Цель/Задача/Результат notes and leading number."""
    kept: list[str] = []
    for line in text.split("\n"):
        if _is_stage_note(line, rules):
            break
        kept.append(line.strip())
    title = _read_numeral(" ".join(k for k in kept if k), rules)
    return re.sub(
        r"^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]?\s*(?:-?\s*й\s*)?(?:этап\s*[.:—–-]?\s*)?", "", title
    ).strip()


def _looks_like_stage_title(text: str, rules: _Rules) -> bool:
    t = fold(_stage_title(text, rules))
    return bool(t) and len(t) < 160 and any(fuzz.ratio(t, s) >= 85 for s in rules.stage_titles)


# --- header ---------------------------------------------------------------------------


def _header_role(text: str, rules: _Rules) -> str | None:
    role = next((r for r, patterns, _ in rules.columns if any(p.search(text) for p in patterns)), None)
    if role is None and len(text) <= 20:
        role = next(
            (r for r, _, words in rules.columns if any(fuzz.ratio(text, w) >= 75 for w in words)), None
        )
    return role


def _header_roles(row: RawRow, rules: _Rules) -> dict[int, str] | None:
    roles: dict[int, str] = {}
    for cell in row.cells:
        text = fold(cell.text)
        if not text or len(text) > 80:
            continue
        role = _header_role(text, rules)
        # «№ Содержание работы»: a number column without rules of its own, glued to the text column
        rest = _NUMBER_HEADER.sub("", text)
        if role == "number" and rest and rest != text:
            role = _header_role(rest, rules) or role
        if role is not None and role not in roles.values():
            roles[cell.col] = role
    if "dates_end" in roles.values() and "dates" not in roles.values():
        roles = {c: "dates" if r == "dates_end" else r for c, r in roles.items()}  # «Срок окончания» alone
    has_text_col = any(r in ("activity", "content") for r in roles.values())
    has_detail = any(r in ("dates", "responsible") for r in roles.values())
    return roles if has_text_col and has_detail else None


def _under(span: RawCell, below: RawRow) -> list[RawCell]:
    return [c for c in below.cells if span.col <= c.col < span.col + span.span and c.text.strip()]


def _subheaders(header: RawRow, below: RawRow, roles: dict[int, str], rules: _Rules) -> bool:
    """A header spanning columns over sub-headers. Sub-headers that each name a column of their own
    take those roles: «Исполнение» over «Срок | Ответственный», «Сроки» over «начало | окончание».
    Otherwise the columns after the first under «Ответственные» are co-executors («Исполнитель |
    ФИО»), and under «Сроки» the one named «окончание» ends the period. Returns whether `below` was
    such a sub-header row."""
    found = False
    for span in (c for c in header.cells if c.span >= 2):
        subs = _under(span, below)
        own = {c.col: _header_role(fold(c.text), rules) for c in subs}
        named = [r for r in own.values() if r is not None]
        elsewhere = {r for c, r in roles.items() if not span.col <= c < span.col + span.span}
        if len(subs) >= 2 and len(named) == len(subs) == len(set(named)) and not elsewhere & set(named):
            roles.pop(span.col, None)
            roles.update({c: r for c, r in own.items() if r is not None})
            found = True
        else:
            # under «Сроки», an «окончание» next to a sub-header OCR garbled («Наизло»)
            parent = roles.get(span.col)
            for c in subs:
                if c.col > span.col and parent == "responsible":
                    roles[c.col] = "co_responsible"
                    found = True
                elif c.col > span.col and parent == "dates" and own[c.col] == "dates_end":
                    roles[c.col] = "dates_end"
                    found = True
    return found


def _two_row_header(header: RawRow, below: RawRow, rules: _Rules) -> dict[int, str] | None:
    """Roles of a header whose dates or responsible column is named only in its second row, under a
    cell spanning columns («Выполнение» over «Срок | Ответственный»)."""
    spans = [c for c in header.cells if c.span >= 2]
    subs = [c for span in spans for c in _under(span, below)]
    if not subs:
        return None
    cells = sorted([c for c in header.cells if c.span < 2] + subs, key=lambda c: c.col)
    roles = _header_roles(RawRow(tuple(cells), header.index, header.page), rules)
    return roles if roles and any(c.col in roles for c in subs) else None


def _is_column_number_row(row: RawRow) -> bool:
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    return len(texts) >= 2 and all(_COLUMN_NUMBERS.match(t) for t in texts)


# --- sub-items and line pairing -----------------------------------------------------------


def _estimated_lines(text: str, chars_per_line: int | None) -> int:
    if not chars_per_line or chars_per_line <= 0:
        return 1
    return max(1, -(-len(text) // chars_per_line))


def _split_inline(line: str) -> list[str]:
    """«1) приказ … 2) подготовка …» written on one line: split when the markers count up."""
    marks = list(_INLINE_ITEM.finditer(line))
    if len(marks) < 2:
        return [line]
    seq = [m.group(1).lower() for m in marks]
    expected_digits = [str(i) for i in range(int(seq[0]), int(seq[0]) + len(seq))] if seq[0].isdigit() else []
    letters = "абвгде" if seq[0] in "абвгде" else "abcde"
    expected_letters = (
        list(letters[letters.find(seq[0]) : letters.find(seq[0]) + len(seq)]) if seq[0] in letters else []
    )
    if seq not in (expected_digits, expected_letters):
        return [line]
    parts = [line[: marks[0].start()]]
    for a, b in zip(marks, [*marks[1:], None], strict=True):
        parts.append(line[a.start() : b.start() if b else len(line)])
    return [p for p in parts if p.strip()]


def _visual_starts(lines: Sequence[str], chars_per_line: int | None) -> list[int]:
    """Printed line on which each paragraph of a cell starts (long paragraphs wrap)."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += _estimated_lines(line.strip(), chars_per_line) if line.strip() else 1
    starts.append(pos)
    return starts


def split_items(lines: Sequence[str], chars_per_line: int | None = None) -> list[_Item]:
    """Split a cell into numbered sub-items; a cell without markers is one item.

    Lines without a marker continue the previous item (a wrapped paragraph); lead-in lines ending
    with «:» and lone punctuation are dropped when sub-items follow. Each item keeps the printed
    lines it covers, and lettered sub-items the lines of their lead-in, for `pair_lines`.
    """
    vis = _visual_starts(lines, chars_per_line)
    expanded: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        for part in _split_inline(line):
            expanded.append((i, part))
    items: list[_Item] = []
    preamble: list[tuple[int, str]] = []
    two_level = sum(bool(_TWO_LEVEL_MARKER.match(line)) for _, line in expanded) >= 2
    # Sub-items numbered «1.», «2)» or «3.1.»: a dash among them is no marker of its own.
    numbered = sum(bool(_TWO_LEVEL_MARKER.match(ln) or _NUMBER_MARKER.match(ln)) for _, ln in expanded) >= 2
    previous = ""
    for i, line in expanded:
        stripped = line.strip()
        if not stripped.strip(" .;,"):
            continue  # blank or lone punctuation left over from editing
        m = (two_level and _TWO_LEVEL_MARKER.match(stripped)) or _ITEM_MARKER.match(stripped)
        # Among numbered sub-items, a dash after a line that ended mid-sentence is the sentence's own
        # dash, wrapped to the line start («Анкетирование педагогов\n— потенциальных наставляемых»).
        if m and numbered and items and stripped[:1] in "-–—" and previous[-1:].isalnum():
            m = None
        previous = stripped
        if m:
            number = next((g for g in m.groups() if g), "").strip()
            items.append(_Item(stripped[m.end() :].strip(), number, vis[i], vis[i + 1]))
        elif items:
            items[-1].text = f"{items[-1].text} {stripped}".strip()
            items[-1].end = vis[i + 1]
        else:
            preamble.append((i, stripped))
    if len(items) < 2:
        text = " ".join(s for _, s in [*preamble, *(("", it.text) for it in items)]).strip()
        number = items[0].number if items and not preamble else ""
        return [_Item(text, number, 0, vis[-1])] if text else []
    # Preamble lines before the first marker: a lead-in («…:») is dropped, anything else is its own item.
    head = [_Item(t, "", vis[i], vis[i + 1]) for i, t in preamble if not t.rstrip().endswith(":")]
    kept: list[_Item] = []
    lead_in: _Item | None = None
    for k, it in enumerate(items):
        if not it.text.strip(" .;"):
            continue
        # A numbered item ending with «:» followed by lettered sub-items is their lead-in.
        if it.text.rstrip().endswith(":") and k + 1 < len(items) and items[k + 1].number.isalpha():
            lead_in = it
            continue
        if lead_in is not None and it.number.isalpha():
            it.group = (lead_in.start, lead_in.end)
        else:
            lead_in = None
        kept.append(it)
    return [*head, *kept]


def _glue_wrapped(text: str, more: str) -> str:
    """`text` continued by `more` on the next page: «педагог-» + «психолог» is «педагог-психолог»."""
    if not more:
        return text
    return f"{text.rstrip()}{more}" if text.rstrip().endswith("-") else f"{text.rstrip()} {more}".strip()


def _semicolon_parts(text: str) -> list[str]:
    return [p.strip() for p in text.split(";")]


def _split_by_semicolons(item: _Item, dates: str) -> list[_Item]:
    """«Приказ …; создание рабочей группы; …» beside «август; август; до 15.09»: as many activities
    as dates, each separated by «;», are that many rows. So is a list of three or more activities of
    a few words each under one date («Собеседование с кандидатами; подбор материалов; семинар для
    наставников»). One activity with a «;» inside («Анкетирование …; сбор согласий …») stays whole."""
    parts = [p for p in _semicolon_parts(item.text) if p]
    listed = len(parts) >= MIN_LISTED_ACTIVITIES and all(len(_WORDS.findall(p)) >= 2 for p in parts)
    if len(parts) < 2 or (len(parts) != len([d for d in _semicolon_parts(dates) if d]) and not listed):
        return [item]
    return [_Item(part.rstrip("."), "", item.start, item.end) for part in parts]


def _comma_wrapped(lines: Sequence[str]) -> list[str]:
    """A value that goes on after a comma on the next line («Директор,» / «зам. директора по ВР») is
    one value: both lines as written in the first place, the second place left blank, so the lines
    keep their places."""
    out = list(lines)
    for i in range(len(out)):
        j = i + 1
        while out[i].strip().endswith(",") and j < len(out) and out[j].strip():
            out[i], out[j] = f"{out[i].rstrip()}\n{out[j].strip()}", ""
            j += 1
    return out


def _line_values(lines: Sequence[str]) -> list[tuple[int, str]]:
    return [(i, s.strip()) for i, s in enumerate(lines) if s.strip()]


def _assign(
    items: Sequence[_Item], values: Sequence[tuple[int, str]], scale: float
) -> tuple[list[list[str]], float]:
    """Values to the items whose (scaled) printed lines they sit against, and how far off they sit."""
    out: list[list[str]] = [[] for _ in items]
    cost = 0.0
    for line_no, value in values:
        own = [k for k, it in enumerate(items) if it.start * scale <= line_no < it.end * scale]
        grouped = [
            k
            for k, it in enumerate(items)
            if it.group and it.group[0] * scale <= line_no < it.group[1] * scale
        ]
        before = [k for k, it in enumerate(items) if it.start * scale <= line_no]
        chosen = own or grouped or [before[-1] if before else 0]
        first = items[chosen[0]]
        start = first.group[0] if grouped and not own and first.group else first.start
        cost += abs(line_no - start * scale)
        for k in chosen:
            out[k].append(value)
    return out, cost


def pair_lines(
    items: Sequence[_Item], lines: Sequence[str], chars_per_line: int | None = None
) -> tuple[list[str], list[bool]]:
    """Give each sub-item its part of a dates/responsible cell; returns (values, guessed per item).

    One value covers every item, unless it lists one value per item separated by «;»; as many
    values as items pair in order; otherwise a value goes to the item whose printed lines it sits
    against (a value against a lead-in goes to all its sub-items), and items left without one are
    ambiguous.
    """
    values = _line_values(lines)
    n = len(items)
    if n <= 1 or not values:
        return ["\n".join(v for _, v in values)] * max(n, 1), [False] * max(n, 1)
    if len(values) == 1:
        # «сентябрь; октябрь» beside «1) … 2) …» written on one line: one value per item, in order
        parts = _semicolon_parts(values[0][1])
        if len(parts) == n and all(parts):
            return parts, [False] * n
        return [values[0][1]] * n, [False] * n
    if len(values) == n:
        return [v for _, v in values], [False] * n
    vis = _visual_starts(lines, chars_per_line)  # the values wrap in their own column too
    # Wrapping is only estimated. When the padded values end above the last item's estimated start
    # the estimate may have run long: try it shrunk so the last value sits against the last item,
    # and keep whichever reading puts the values closer to the first lines of their items.
    last_value, last_start = vis[values[-1][0]], items[-1].start
    scales = [1.0] + ([last_value / last_start] if 0 < last_value < last_start else [])
    out, _cost = min(
        (_assign(items, [(vis[i], v) for i, v in values], sc) for sc in scales), key=lambda r: r[1]
    )
    guessed = [not o for o in out]
    # An item with no value of its own sits under the value above it: a date written once at the
    # top of a block of sub-items covers the block (flagged, for review).
    for k in range(1, len(out)):
        if not out[k] and out[k - 1]:
            out[k] = out[k - 1][-1:]
    return ["\n".join(o) for o in out], guessed


# --- tables ---------------------------------------------------------------------------------


def _grid_text(row: RawRow, inherited: dict[int, RawCell]) -> dict[int, RawCell]:
    """Cells of a row by first column; a vMerge continuation takes the text of the cell above."""
    cells: dict[int, RawCell] = {}
    for cell in row.cells:
        if cell.continued and cell.col in inherited:
            cells[cell.col] = inherited[cell.col]
        else:
            cells[cell.col] = cell
    return cells


def _cell_for(cells: dict[int, RawCell], col: int) -> RawCell | None:
    for c in cells.values():
        if c.col <= col < c.col + c.span:
            return c
    return None


@dataclass
class _TableState:
    roles: dict[int, str]
    stage_title: str = ""
    stage_number: int | None = None
    stage_count: int = 0


def _role_cells(cells: dict[int, RawCell], roles: dict[int, str]) -> dict[str, RawCell]:
    out: dict[str, RawCell] = {}
    for col, role in roles.items():
        cell = _cell_for(cells, col)
        if cell is not None and role not in out:
            # A cell spanning several role columns belongs to the first one only.
            if any(out_cell is cell for out_cell in out.values()):
                continue
            out[role] = cell
    return out


def _period(start: str, end: str) -> str:
    """«сентябрь 2021» to «октябрь 2021» read «сентябрь 2021 – октябрь 2021»; an end that repeats the
    start or is a dash adds nothing."""
    start, end = start.strip(), end.strip()
    return start if not end.strip("–—- ") or end == start else f"{start} – {end}" if start else end


def _listed(first: str, more: str) -> str:
    return ", ".join(p for p in (first.strip(), more.strip()) if p)


def _read_together(first: RawCell, more: RawCell, combine: Callable[[str, str], str]) -> RawCell:
    """One cell of two columns read together, line by line: a period whose end stands in a column of
    its own (`_period`), co-executors beside the responsible (`_listed`)."""
    lines = tuple(combine(a, b) for a, b in itertools.zip_longest(first.lines, more.lines, fillvalue=""))
    return replace(first, text=combine(first.text, more.text), lines=lines)


def _is_full_width(cells: dict[int, RawCell], n_cols: int) -> bool:
    """One cell across the table; a stage's own numeral («II.») may stand apart in the first column."""
    filled = [c for c in cells.values() if c.text.strip()]
    if len(filled) == 2 and filled[0].col == 0 and len(filled[0].text.strip()) <= 5:
        filled = filled[1:]
    return len(filled) == 1 and filled[0].span >= max(2, n_cols - 1)


class _TableReader:
    def __init__(self, rules: _Rules, is_date: TextTest, is_role: TextTest) -> None:
        self.rules = rules
        self.is_date = is_date
        self.is_role = is_role
        self.rows: list[ActivityRow] = []
        self.title_lines: list[str] = []
        self.has_sub_numbers = False
        self.empty_stage = ""  # title of the last stage row read, until an activity follows it

    def _is_signature(self, text: str) -> bool:
        """A position and a person's initials alone: «Куратор программы: Сидоренко О.В.»."""
        return any(p.search(text) for p in self.rules.signature_names) and self.is_role(text)

    def read(self, table: RawTable, state: _TableState, start: int) -> None:
        inherited: dict[int, RawCell] = {}
        # «1» beside «1.1» rows is a stage number; in a table without sub-numbers it may be a row number.
        self.has_sub_numbers = any(_SUB_NUMBER.match(c.text) for r in table.rows for c in r.cells)
        for row in table.rows[start:]:
            cells = _grid_text(row, inherited)
            for c in row.cells:
                if not c.continued:
                    inherited[c.col] = c
            if _is_column_number_row(row) or _header_roles(row, self.rules) == state.roles:
                continue
            self._read_row(table, row, cells, state)

    def _read_row(self, table: RawTable, row: RawRow, cells: dict[int, RawCell], state: _TableState) -> None:
        by_role = _role_cells(cells, state.roles)

        def text(role: str) -> str:
            cell = by_role.get(role)
            return cell.text.strip() if cell else ""

        number, dates, resp = _read_numeral(text("number"), self.rules), text("dates"), text("responsible")
        activity, content = text("activity"), text("content")
        if not any(c.text.strip() for c in cells.values()):
            return
        stage_cell = by_role.get("stage")
        if stage_cell is not None and stage_cell.text.strip():
            title = _stage_title(stage_cell.text, self.rules)
            if title and title != state.stage_title:
                state.stage_count += 1
                state.stage_title = title
                state.stage_number = _stage_number(number) if number else state.stage_count
        if self._is_stage_row(cells, table.n_cols, number, activity, content, dates, resp, stage_cell):
            number_cell = by_role.get("number")
            filled = [c for c in cells.values() if c.text.strip()]
            # The title is the widest filled cell that does not continue another (lowercase); a number
            # cell counts only when it is not that cell.
            title_cell = max(filled, key=lambda c: (not c.text.strip()[:1].islower(), c.span, len(c.text)))
            full = _read_numeral(title_cell.text, self.rules)
            title = _stage_title(full, self.rules)
            if not title and state.stage_count:
                return  # «Задача: …» in a row of its own under its stage's title
            num = _stage_number(number) if number and number_cell is not title_cell else None
            if num is None:
                first = full.split("\n")[0]
                heading = _STAGE_HEADING_NUMBER.match(first)
                num = _stage_number(heading.group(1) if heading else first.split(" ")[0])
            state.stage_count += 1
            state.stage_title = title
            state.stage_number = num if num is not None else state.stage_count
            self.empty_stage = title
            return
        source = by_role.get("content") if content else by_role.get("activity")
        if source is None or any(p.search(source.text) for p in self.rules.signatures):
            return
        # Continuation of the row above split across pages: no number, no date, lowercase start, and
        # no responsible unless the one above was cut too («педагог-» | «психолог»).
        if not number and not dates and source.text[:1].islower() and self.rows:
            prev = self.rows[-1]
            cut = prev.raw_responsible.rstrip().endswith(("-", ",")) or prev.raw_text.rstrip().endswith(",")
            if not resp or cut:
                self.rows[-1] = replace(
                    prev,
                    raw_text=f"{prev.raw_text} {source.text.strip()}",
                    raw_responsible=_glue_wrapped(prev.raw_responsible, resp.strip()),
                )
                return
        if not (number or dates or resp) and self._is_signature(source.text):
            return
        if not (number or dates or resp) and any(p.match(source.text) for p in self.rules.plan_titles):
            self.title_lines.append(source.text)  # the plan's own name printed in a row of the table
            return
        lines = [ln for ln in source.lines or [source.text] if not _is_stage_note(ln, self.rules)]
        items = split_items(lines, source.chars_per_line)
        if not items:
            return
        dcell, rcell = by_role.get("dates"), by_role.get("responsible")
        if dcell is not None and "dates_end" in by_role:
            dcell = _read_together(dcell, by_role["dates_end"], _period)
        if "co_responsible" in by_role:
            more = by_role["co_responsible"]
            rcell = _read_together(rcell, more, _listed) if rcell is not None else more
        if len(items) == 1 and dcell is not None:
            items = _split_by_semicolons(items[0], dcell.text)
        none = ([""] * len(items), [False] * len(items))
        dvals, d_guessed = pair_lines(items, dcell.lines, dcell.chars_per_line) if dcell else none
        rlines = _comma_wrapped(rcell.lines) if rcell else []
        rvals = pair_lines(items, rlines, rcell.chars_per_line)[0] if rcell else none[0]
        if len(items) > 1 and rcell is not None and len(_line_values(rlines)) != len(items):
            rvals = [rcell.text.strip()] * len(items)  # one list of roles for the whole group
        self.empty_stage = ""
        for k, item in enumerate(items):
            flags = ("date_pairing_ambiguous",) if d_guessed[k] else ()
            self.rows.append(
                ActivityRow(
                    raw_text=item.text,
                    raw_stage=state.stage_title,
                    raw_number=(number if len(items) == 1 and number else item.number),
                    raw_dates=dvals[k],
                    raw_responsible=rvals[k],
                    stage_number=state.stage_number,
                    page=row.page,
                    table=table.index,
                    row=row.index,
                    flags=flags,
                )
            )

    def _is_stage_row(
        self,
        cells: dict[int, RawCell],
        n_cols: int,
        number: str,
        activity: str,
        content: str,
        dates: str,
        resp: str,
        stage_cell: RawCell | None,
    ) -> bool:
        if stage_cell is not None and stage_cell.text.strip():
            return False  # the stage lives in its own column; this row is an activity row
        if _is_full_width(cells, n_cols):
            return True
        text = content or activity
        # «Этап 5. Формирование пар» in the text column, its last words (OCR) or specks read as
        # digits in the next cells, which hold no date and no role of their own
        if any(p.search(fold(text)) for p in self.rules.stage_headings) and all(
            not t or ((t[:1].islower() or not _has_letter(t)) and not self.is_date(t) and not self.is_role(t))
            for t in (dates, resp)
        ):
            return True
        if dates or resp:
            return False
        if any(_is_stage_note(ln, self.rules) for ln in text.split("\n")):
            return True
        if number and _stage_number(number) is not None and not _SUB_NUMBER.match(number):
            return self.has_sub_numbers or _looks_like_stage_title(text, self.rules)
        return _looks_like_stage_title(text, self.rules)


# --- tables without a header ------------------------------------------------------------------


def _column_texts(rows: Sequence[RawRow]) -> dict[int, list[str]]:
    """Cell texts by column, from rows of more than one filled cell (a stage row says nothing)."""
    by_col: dict[int, list[str]] = {}
    for row in rows:
        filled = [c for c in row.cells if c.text.strip()]
        for c in filled if len(filled) > 1 else []:
            by_col.setdefault(c.col, []).append(c.text.strip())
    return by_col


def _content_role(texts: Sequence[str], is_date: TextTest, is_role: TextTest) -> str | None:
    """What a column holds, judged from its cells: dates, roles, or short numbers."""
    if sum(is_date(t) for t in texts) >= 0.6 * len(texts):
        return "dates"
    if sum(is_role(t) for t in texts) >= 0.6 * len(texts):
        return "responsible"
    if all(len(t) <= 6 for t in texts):
        return "number"
    return None


def _guess_roles(table: RawTable, is_date: TextTest, is_role: TextTest) -> dict[int, str] | None:
    """Roles for a header-less table from what its columns hold (dates, roles, long text)."""
    by_col = _column_texts(table.rows)
    if len(by_col) < 2:
        return None
    roles = {col: role for col, texts in by_col.items() if (role := _content_role(texts, is_date, is_role))}
    rest = [c for c in by_col if c not in roles]
    if not rest or not ({"dates", "responsible"} & set(roles.values())):
        return None
    roles[max(rest, key=lambda c: sum(len(t) for t in by_col[c]))] = "activity"
    return roles


def _complete_roles(
    rows: Sequence[RawRow], roles: dict[int, str], is_date: TextTest, is_role: TextTest
) -> None:
    """A dates or responsible column whose header OCR garbled beyond recognition («Отвех<ьенные»)
    is known by what its cells hold."""
    missing = {"dates", "responsible"} - set(roles.values())
    if not missing:
        return
    for col, texts in _column_texts(rows).items():
        role = None if col in roles else _content_role(texts, is_date, is_role)
        if role in missing:
            roles[col] = role
            missing.discard(role)


# --- paragraphs -------------------------------------------------------------------------------


def _labelled_fields(body: str, rules: _Rules) -> tuple[str, str, str] | None:
    """(activity, dates, responsible) of «… (срок: …; ответственный: …)», or None without labels."""
    found = list(rules.field_label.finditer(body))
    if not found:
        return None
    fields = {"dates": "", "responsible": ""}
    for k, label in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(body)
        kind = "dates" if label.group(1) else "responsible"
        value = re.sub(r"(?<!\bг)(?<!\bгг)\.$", "", body[label.end() : end].strip(" ;,()"))  # keep «2020 г.»
        fields[kind] = fields[kind] or value.strip()
    return body[: found[0].start()].strip(" ;,.("), fields["dates"], fields["responsible"]


def _dashed_fields(body: str, is_date: TextTest, is_role: TextTest) -> tuple[str, str, str]:
    """(activity, dates, responsible) of «Мероприятие — срок — ответственный» or «Мероприятие —
    срок, ответственный»."""
    parts = _DASH_SPLIT.split(body.rstrip(" ."))
    resp = dates = ""
    # The last part is the responsible when it names a role, or when a date stands before it
    # («— сентябрь — ответственный за сайт»).
    if len(parts) >= 2 and not is_role(parts[-1]) and (split := _date_then_role(parts[-1], is_date)):
        parts[-1], resp = split
    elif len(parts) >= 2 and (
        is_role(parts[-1]) or (len(parts) >= 3 and is_date(parts[-2]) and not is_date(parts[-1]))
    ):
        resp = parts.pop()
    # A date range is itself dashed («сентябрь – октябрь»): take every trailing part that is a date.
    while len(parts) >= 2 and is_date(parts[-1]):
        dates = f"{parts.pop()} – {dates}" if dates else parts.pop()
    return " – ".join(parts).strip(), dates, resp


def _bracketed_fields(body: str, is_date: TextTest) -> tuple[str, str, str] | None:
    """(activity, dates, responsible) of «Мероприятие (срок; ответственный).», else None."""
    m = _TRAILING_BRACKETS.search(body)
    if not m:
        return None
    inside = m.group(1).strip()
    split = _date_then_role(inside, is_date) or ((inside, "") if is_date(inside) else None)
    return (body[: m.start()].strip(), *split) if split else None


def _date_then_role(text: str, is_date: TextTest) -> tuple[str, str] | None:
    """«сентябрь, январь; куратор программы» -> the dates and the responsible after them: cut at the
    first comma or semicolon after which no date follows."""
    for sep in re.finditer(r"[;,]", text):
        dates, rest = text[: sep.start()].strip(), text[sep.end() :].strip(" .")
        if rest and is_date(dates) and not is_date(rest):
            return dates, rest
    return None


def _paragraph_rows(
    paragraphs: Sequence[Paragraph], rules: _Rules, is_date: TextTest, is_role: TextTest
) -> list[ActivityRow]:
    """Roadmaps without a table: stage headings, then numbered or bulleted items with a date and a
    responsible, dashed («N. Мероприятие — срок — ответственный.»), in brackets («(срок;
    ответственный)») or labelled («(срок: …)»), or items under month headings («Сентябрь:»)."""
    rows: list[ActivityRow] = []
    stage_title, stage_number, stage_count = "", None, 0
    heading_dates = ""  # «Сентябрь:» over the items of a plan written month by month
    for p in paragraphs:
        text = _read_numeral(p.text.strip(), rules)
        if text.endswith(":") and len(text) < 40 and is_date(text[:-1]):
            heading_dates = text[:-1].strip()
            continue
        m = _PARAGRAPH_ITEM.match(text)
        if m:
            body = m.group(2)
            activity, dates, resp = (
                _labelled_fields(body, rules)
                or _bracketed_fields(body, is_date)
                or _dashed_fields(body, is_date, is_role)
            )
            dates = dates or heading_dates
            if dates or resp:
                rows.append(
                    ActivityRow(
                        raw_text=activity,
                        raw_stage=stage_title,
                        raw_number=(m.group(1) or "").rstrip(".)"),
                        raw_dates=dates,
                        raw_responsible=resp,
                        stage_number=stage_number,
                        page=p.page,
                        table=None,
                        row=p.index,
                    )
                )
                continue
        # A short line under a Roman numeral is a section heading, whatever the school called the stage.
        roman_heading = len(text) < 80 and _ROMAN_HEADING.match(text) is not None
        if len(text) < 200 and (
            roman_heading
            or _looks_like_stage_title(text, rules)
            or any(p.search(fold(text)) for p in rules.stage_headings)
        ):
            stage_count += 1
            stage_title = _stage_title(text, rules)
            num_match = re.search(r"(\d{1,2}|\b[IVX]{1,4}\b)", text)
            stage_number = _stage_number(num_match.group(1)) if num_match else None
            stage_number = stage_number or stage_count
    return rows


# --- entry point ------------------------------------------------------------------------------


def interpret(
    blocks: Sequence[Block], reference: Reference, is_date: TextTest, is_role: TextTest
) -> Interpretation:
    rules = _rules(reference)
    reader = _TableReader(rules, is_date, is_role)
    title_parts: list[str] = []
    state: _TableState | None = None
    last_cols = 0
    tables_used = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            if not tables_used:
                title_parts.append(block.text)
            continue
        roles = None
        start = 0
        for i, row in enumerate(block.rows[:HEADER_SEARCH_ROWS]):
            roles = _header_roles(row, rules)
            if roles:
                start = i + 1
                if start < len(block.rows) and _subheaders(row, block.rows[start], roles, rules):
                    start += 1
            elif i + 1 < len(block.rows) and (roles := _two_row_header(row, block.rows[i + 1], rules)):
                start = i + 2
            if roles:
                _complete_roles(block.rows[start:], roles, is_date, is_role)
                break
        if roles:
            state = _TableState(roles)
            if not tables_used:  # a sheet's title block above its header is the title
                above = [c.text for r in block.rows[: start - 1] for c in r.cells if c.text.strip()]
                title_parts.extend(t for t in above if t not in "\n".join(title_parts))
        elif state is not None and block.n_cols == last_cols:
            pass  # a table continued after a page break or a split in the document
        else:
            guessed = _guess_roles(block, is_date, is_role)
            if guessed is None:
                if not tables_used:
                    title_parts.extend(c.text for r in block.rows for c in r.cells if c.text.strip())
                continue
            state = _TableState(guessed)
        before = len(reader.rows)
        reader.read(block, state, start)
        if len(reader.rows) > before:
            tables_used += 1
        last_cols = block.n_cols
    rows = reader.rows
    if not rows:
        rows = _paragraph_rows([b for b in blocks if isinstance(b, Paragraph)], rules, is_date, is_role)
    title_parts.extend(reader.title_lines)
    return Interpretation(
        rows=rows, title="\n".join(title_parts), tables_used=tables_used, cut_after_stage=reader.empty_stage
    )
