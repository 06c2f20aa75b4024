"""Read a roadmap's dates cell («Сентябрь», «Октябрь – апрель», «до 1 октября», «I полугодие»...) into
a `DateValue`.

Words and phrases come from reference/dates.yaml; this module holds only the grammar. A scanner turns
the cell into tokens (points in time, markers such as «до» or «ежегодно», separators), a small parser
groups them into dated items (a point, a range, a deadline, the whole year), and the first item becomes
the value. Years follow the academic year: September..December belong to its first calendar year,
January..August to the next one; a year written in the cell wins. Nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from dateparser.date import DateDataParser
from rapidfuzz.distance import Levenshtein

from pipeline.models import DateKind, DateValue
from pipeline.reference import REFERENCE_DIR, DateVocabulary, _load_one

FLAG_SEVERAL_DATES = "several_dates"
FLAG_UNPARSED = "date_unparsed"
FLAG_AMBIGUOUS_YEAR = "ambiguous_year"

_ACADEMIC_START_MONTH = 9  # an academic year runs September 1 .. August 31
_ACADEMIC_END_MONTH, _ACADEMIC_END_DAY = 8, 31
_MIN_YEAR, _MAX_YEAR = 1990, 2099
_MAX_SPAN_YEARS = 10  # «2020 – 2024 учебный год» is a span; «2020-2090» is not

# --- grammar: punctuation and the shape of numbers -----------------------------------------------

_DASH = re.compile(r"[-‐‑‒–—―−]")
_LIST_PUNCT = frozenset(",;")
# OCR reads «1» inside a year as «|», «l» or «I» (lower-cased to «i»): «20|4» is 2014.
_OCR_ONE = str.maketrans("|li", "111")
_OCR_NUMERAL_MARKS = "|!"  # «I»/«II» of «I полугодие» as OCR reads them: may start a reading
_YEAR4 = r"(?<![0-9|])[0-9|li]{4}(?![0-9|])"
_YEAR_RE = re.compile(_YEAR4)
_SPAN_RE = re.compile(rf"({_YEAR4}) ?[-–—/] ?({_YEAR4})|({_YEAR4})[-/](\d\d)(?![0-9])")
_NUMERIC_DATE_RE = re.compile(rf"(?<![0-9])(\d{{1,2}}) ?[./] ?(\d{{1,2}}) ?[./] ?({_YEAR4}|\d\d(?![0-9|]))")
_NUMERIC_DAY_RE = re.compile(r"(?<![0-9])(\d{1,2})\.(\d\d)(?![0-9]|\.\d)")
_DAY_RE = re.compile(r"(?<![0-9])(\d{1,2})(?![0-9|])")
_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NUMERAL_DASH = re.compile(r"(iv|i{1,3}|[1-4]) ?[-–—] ?(?=\w)")
_OPTIONAL_GAP = re.compile(r" ?,? ?")
_SPACE = re.compile(r" ?")
_WORD = re.compile(r"[^\W_]+")
_HTML_TAG = re.compile(r"</?[a-z][^<>\n]{0,40}>")
_BLANKED = re.compile(r"[«»“”„\"'`()\[\]{}<>*]")
_SPACES = re.compile(r"[ \t\xa0\u2000-\u200b\u202f]+")


@cache
def _day_parser() -> DateDataParser:
    # Every part required and a fixed base: the result never depends on today's date.
    return DateDataParser(
        languages=["ru"],
        try_previous_locales=False,
        settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "STRICT_PARSING": True,
            "PARSERS": ["absolute-time"],
        },
    )


# --- compiled vocabulary ---------------------------------------------------------------------------

_Numbered = tuple[tuple[int, re.Pattern[str]], ...]  # (month/period number, pattern)
_PhraseKind = Literal["continuous", "unspecified", "annual", "deadline", "from", "to", "sep", "filler"]


@dataclass(frozen=True)
class _Grammar:
    phrases: tuple[tuple[_PhraseKind, re.Pattern[str]], ...]
    months: _Numbered
    half_years: _Numbered
    quarters: _Numbered
    year_suffix: tuple[re.Pattern[str], ...]
    academic_suffix: tuple[re.Pattern[str], ...]
    day_suffix: tuple[re.Pattern[str], ...]
    not_activity: tuple[re.Pattern[str], ...]
    wrapped_lines: tuple[re.Pattern[str], ...]
    second_half_end: int
    latin: re.Pattern[str]  # a look-alike Latin letter or pair; never matches when the table is empty
    latin_letters: dict[str, str]
    month_forms: tuple[tuple[int, str], ...]  # (month, plain word form)
    month_form_edits: tuple[tuple[int, int], ...]  # (word length from, edits allowed), longest first


def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _numbered(groups: dict[int, tuple[str, ...]]) -> _Numbered:
    return tuple((n, p) for n in sorted(groups) for p in _compile(groups[n]))


_GRAMMARS: dict[int, tuple[DateVocabulary, _Grammar]] = {}


def _grammar(vocab: DateVocabulary) -> _Grammar:
    # Keyed by identity (the model holds dicts, so it is not hashable); the stored vocabulary keeps
    # the id from being reused.
    hit = _GRAMMARS.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    kinds: tuple[tuple[_PhraseKind, tuple[str, ...]], ...] = (
        ("continuous", vocab.continuous),
        ("unspecified", vocab.unspecified),
        ("annual", vocab.annual),
        ("deadline", vocab.deadline),
        ("from", vocab.range_start),
        ("to", vocab.range_words),
        ("sep", vocab.list_words),
        ("filler", vocab.fillers),
    )
    g = _Grammar(
        phrases=tuple((kind, p) for kind, pats in kinds for p in _compile(pats)),
        months=_numbered(vocab.months),
        half_years=_numbered(vocab.half_years),
        quarters=_numbered(vocab.quarters),
        year_suffix=_compile(vocab.year_suffix),
        academic_suffix=_compile(vocab.academic_year_suffix),
        day_suffix=_compile(vocab.day_suffix),
        not_activity=_compile(vocab.not_activity_dates),
        wrapped_lines=_compile(vocab.wrapped_lines),
        second_half_end=vocab.second_half_year_end_month,
        latin=re.compile(
            "|".join(sorted(map(re.escape, vocab.ocr_latin_letters), key=len, reverse=True)) or "(?!)"
        ),
        latin_letters=vocab.ocr_latin_letters,
        month_forms=tuple((m, w) for m, words in sorted(vocab.month_forms.items()) for w in words),
        month_form_edits=tuple(sorted(vocab.month_form_edits.items(), reverse=True)),
    )
    _GRAMMARS[id(vocab)] = (vocab, g)
    return g


def load_date_vocabulary(path: Path | None = None) -> DateVocabulary:
    """Read and validate reference/dates.yaml (or `path`)."""
    vocab = _load_one(path or REFERENCE_DIR / "dates.yaml", DateVocabulary)
    assert isinstance(vocab, DateVocabulary)
    return vocab


# --- tokens -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Point:
    """A stretch of one calendar year named by the cell: a day, a month, or several months."""

    first: int  # first month covered
    last: int  # last month covered (same calendar year)
    day: int | None = None  # a single day of `first`
    year: int | None = None  # calendar year written in the cell
    academic: int | None = None  # academic year written next to it («II полугодие 2022-2023 уч. г.»)
    offset: int | None = None  # years after the academic year start, when the months don't decide it
    several_months: bool = False  # quarter, half-year, year: a range when alone

    @property
    def anchored(self) -> bool:
        return self.year is not None or self.academic is not None


_TokKind = Literal[
    "point",
    "daynum",
    "span",
    "continuous",
    "unspecified",
    "annual",
    "deadline",
    "from",
    "to",
    "to_or_deadline",
    "sep",
    "newline",
]


_PHRASE_TOKENS: dict[_PhraseKind, _TokKind] = {
    "continuous": "continuous",
    "unspecified": "unspecified",
    "annual": "annual",
    "deadline": "deadline",
    "from": "from",
    "to": "to",
    "sep": "sep",
}


@dataclass(frozen=True)
class _Tok:
    kind: _TokKind
    point: _Point | None = None
    end: _Point | None = None  # end of a range read as one token («III–IV квартал»)
    number: int = 0  # day of a bare day number
    years: tuple[int, int] = (0, 0)  # first and last calendar year of a span


# What a reader found (None: consumed, nothing to keep) and where it stops.
_Reading = tuple[_Tok | None, int]


def _word_end_ok(text: str, end: int) -> bool:
    """A vocabulary match may not stop inside a word or a number."""
    if end >= len(text) or end == 0:
        return True
    a, b = text[end - 1], text[end]
    return not ((a.isalpha() and b.isalpha()) or (a.isdigit() and b.isdigit()))


def _longest(patterns: tuple[re.Pattern[str], ...], text: str, pos: int) -> int | None:
    best: int | None = None
    for p in patterns:
        m = p.match(text, pos)
        if m and m.end() > pos and _word_end_ok(text, m.end()) and (best is None or m.end() > best):
            best = m.end()
    return best


def _longest_numbered(patterns: _Numbered, text: str, pos: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for number, p in patterns:
        m = p.match(text, pos)
        if m and m.end() > pos and _word_end_ok(text, m.end()) and (best is None or m.end() > best[1]):
            best = (number, m.end())
    return best


def _after_suffix(text: str, pos: int, suffixes: tuple[re.Pattern[str], ...]) -> int:
    gap = _SPACE.match(text, pos)
    start = gap.end() if gap else pos
    end = _longest(suffixes, text, start)
    return end if end is not None else pos


def _year_value(raw: str) -> int | None:
    if sum(c.isdigit() for c in raw) < 2:  # «li» words are not years
        return None
    year = int(raw.translate(_OCR_ONE))
    return year if _MIN_YEAR <= year <= _MAX_YEAR else None


def _read_year(text: str, pos: int, g: _Grammar) -> tuple[int, int] | None:
    m = _YEAR_RE.match(text, pos)
    if not m:
        return None
    year = _year_value(m.group())
    if year is None:
        return None
    return year, _after_suffix(text, m.end(), g.year_suffix)


def _read_span(text: str, pos: int, g: _Grammar) -> tuple[tuple[int, int], int] | None:
    """«2024/2025 уч. год», «2021-2024 г.г.», «2022/23»: an academic year or several."""
    m = _SPAN_RE.match(text, pos)
    if not m:
        return None
    if m.group(1) is not None:
        y1, y2 = _year_value(m.group(1)), _year_value(m.group(2))
    else:
        y1 = _year_value(m.group(3))
        y2 = None if y1 is None else y1 // 100 * 100 + int(m.group(4))
        if y1 is not None and y2 != y1 + 1:  # «2022-23» only for consecutive years
            return None
    if y1 is None or y2 is None or not y1 < y2 <= y1 + _MAX_SPAN_YEARS:
        return None
    end = max(_after_suffix(text, m.end(), g.academic_suffix), _after_suffix(text, m.end(), g.year_suffix))
    return (y1, y2), end


def _read_tail(text: str, pos: int, g: _Grammar) -> tuple[int | None, int | None, int]:
    """The year after a month/period/day: (calendar year, academic year start, end)."""
    gap = _OPTIONAL_GAP.match(text, pos)
    start = gap.end() if gap else pos
    span = _read_span(text, start, g)
    if span:
        return None, span[0][0], span[1]
    year = _read_year(text, start, g)
    if year:
        return year[0], None, year[1]
    return None, None, pos


def _explicit_day(text: str, day: int, month: int, year: int) -> dt.date | None:
    """An explicit day date: dateparser reads the written form, the grammar's parts are the fallback."""
    parsed = _day_parser().get_date_data(text.translate(_OCR_ONE)).date_obj
    if isinstance(parsed, dt.datetime):
        return parsed.date()
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_point(
    text: str, start: int, end: int, day: int, month: int, year: int | None, academic: int | None
) -> _Point | None:
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    if year is None:
        return _Point(month, month, day=day, academic=academic)
    date = _explicit_day(text[start:end], day, month, year)
    if date is None:
        return None
    return _Point(date.month, date.month, day=date.day, year=date.year)


def _read_numeric_date(text: str, pos: int, g: _Grammar) -> _Reading | None:
    m = _NUMERIC_DATE_RE.match(text, pos)
    if m:
        raw_year = m.group(3)
        year = 2000 + int(raw_year) if len(raw_year) == 2 else _year_value(raw_year)
        if year is None:
            return None
        end = _after_suffix(text, m.end(), g.year_suffix)
        point = _day_point(text, pos, m.end(), int(m.group(1)), int(m.group(2)), year, None)
        # An impossible date («31.02.2022») is consumed, not re-read as a bare year.
        return (_Tok("point", point) if point else None), end
    m = _NUMERIC_DAY_RE.match(text, pos)
    if m:
        _, academic, end = _read_tail(text, m.end(), g)
        point = _day_point(text, pos, m.end(), int(m.group(1)), int(m.group(2)), None, academic)
        return (_Tok("point", point) if point else None), end
    return None


def _read_day_month(text: str, pos: int, g: _Grammar) -> _Reading | None:
    """«1 октября», «31 марта 2022 года», «15-го сентября»."""
    m = _DAY_RE.match(text, pos)
    if not m:
        return None
    at = _after_suffix(text, m.end(), g.day_suffix)
    gap = _SPACE.match(text, at)
    start = gap.end() if gap else at
    month = _longest_numbered(g.months, text, start) or _garbled_month(text, start, g)
    if month is None:
        return None
    year, academic, end = _read_tail(text, month[1], g)
    point = _day_point(text, pos, end, int(m.group(1)), month[0], year, academic)
    return (_Tok("point", point) if point else None), end


def _read_daynum(text: str, pos: int) -> _Reading | None:
    """A bare day number: only meaningful as the start of «1 – 15 сентября»."""
    m = _DAY_RE.match(text, pos)
    if not m or not 1 <= int(m.group(1)) <= 31:
        return None
    return _Tok("daynum", number=int(m.group(1))), m.end()


def _read_month(text: str, pos: int, g: _Grammar) -> _Reading | None:
    month = _longest_numbered(g.months, text, pos)
    if month is None:
        return None
    year, academic, end = _read_tail(text, month[1], g)
    return _Tok("point", _Point(month[0], month[0], year=year, academic=academic)), end


_LATIN_LETTER = re.compile(r"[a-z]")


def _garbled_month(text: str, pos: int, g: _Grammar) -> tuple[int, int] | None:
    """(month, end) of a month word OCR garbled («Anpenb», «HIOHb», «сезтября»), see `month_forms`
    in dates.yaml; None when the word is no month or more than one month is as near."""
    word = _WORD.match(text, pos)
    if not word:
        return None
    reading = g.latin.sub(lambda m: g.latin_letters[m.group()], word.group())
    if _LATIN_LETTER.search(reading) or not reading.isalpha():
        return None
    exact = _longest_numbered(g.months, reading, 0)
    if exact is not None and exact[1] == len(reading):  # «Maй» with a Latin «M»
        return exact[0], word.end()
    allowed = next((edits for length, edits in g.month_form_edits if len(word.group()) >= length), None)
    if allowed is None:
        return None
    near = [(Levenshtein.distance(reading, form, score_cutoff=allowed + 1), m) for m, form in g.month_forms]
    best = min(d for d, _ in near)
    months = {m for d, m in near if d == best}
    return (months.pop(), word.end()) if best <= allowed and len(months) == 1 else None


def _read_garbled_month(text: str, pos: int, g: _Grammar) -> tuple[_Tok, int] | None:
    found = _garbled_month(text, pos, g)
    if found is None:
        return None
    year, academic, end = _read_tail(text, found[1], g)
    return _Tok("point", _Point(found[0], found[0], year=year, academic=academic)), end


_PeriodMaker = Callable[[int, int | None, int | None, _Grammar], _Point]


def _half_year_point(n: int, year: int | None, academic: int | None, g: _Grammar) -> _Point:
    first, last = (_ACADEMIC_START_MONTH, 12) if n == 1 else (1, g.second_half_end)
    return _Point(first, last, year=year, academic=academic, several_months=True)


def _quarter_point(q: int, year: int | None, academic: int | None, g: _Grammar) -> _Point:
    # Without a year: I-II quarter fall in the spring of the school year, III-IV in its opening autumn
    # (the choice documented in dates.yaml).
    return _Point(
        3 * q - 2, 3 * q, year=year, academic=academic, offset=1 if q <= 2 else 0, several_months=True
    )


def _periods(g: _Grammar) -> tuple[tuple[_Numbered, _PeriodMaker], ...]:
    return ((g.half_years, _half_year_point), (g.quarters, _quarter_point))


def _read_period(text: str, pos: int, g: _Grammar) -> _Reading | None:
    """«I полугодие», «IV квартал 2022 г.»."""
    for patterns, make in _periods(g):
        found = _longest_numbered(patterns, text, pos)
        if found:
            year, academic, end = _read_tail(text, found[1], g)
            return _Tok("point", make(found[0], year, academic, g)), end
    return None


def _read_period_range(text: str, pos: int, g: _Grammar) -> _Reading | None:
    """«III–IV квартал», «I-II полугодие»: the first numeral borrows the period word of the second."""
    m = _NUMERAL_DASH.match(text, pos)
    if not m:
        return None
    first = _NUMERALS[m.group(1)]
    for patterns, make in _periods(g):
        found = _longest_numbered(patterns, text, m.end())
        if found and first < found[0]:
            year, academic, end = _read_tail(text, found[1], g)
            # A written year belongs to the end, as in «Февраль – май 2022 г.».
            start = make(first, None, academic, g)
            return _Tok("point", start, end=make(found[0], year, academic, g)), end
    return None


def _read_year_alone(text: str, pos: int, g: _Grammar) -> _Reading | None:
    year = _read_year(text, pos, g)
    if year is None:
        return None
    return _Tok("point", _Point(1, 12, year=year[0], several_months=True)), year[1]


def _read_span_tok(text: str, pos: int, g: _Grammar) -> _Reading | None:
    span = _read_span(text, pos, g)
    return (_Tok("span", years=span[0]), span[1]) if span else None


_READERS = (
    _read_span_tok,
    _read_numeric_date,
    _read_day_month,
    _read_period,
    _read_period_range,
    _read_month,
    _read_year_alone,
)


def _token_at(text: str, pos: int, g: _Grammar) -> _Reading | None:
    """The longest reading at `pos` (None token for a filler); earlier readers win ties."""
    best: _Reading | None = None
    phrase_ends: dict[_PhraseKind, int] = {}
    for kind, p in g.phrases:
        m = p.match(text, pos)
        if m and m.end() > pos and _word_end_ok(text, m.end()):
            phrase_ends[kind] = max(phrase_ends.get(kind, 0), m.end())
    for kind, end in phrase_ends.items():
        if best is None or end > best[1]:
            tok: _Tok | None
            if kind == "filler":
                tok = None
            elif kind in ("deadline", "to") and phrase_ends.get("deadline") == phrase_ends.get("to"):
                tok = _Tok("to_or_deadline")  # «до»: decided by the parser from context
            else:
                tok = _Tok(_PHRASE_TOKENS[kind])
            best = (tok, end)
    for reader in _READERS:
        found = reader(text, pos, g)
        if found and (best is None or found[1] > best[1]):
            best = found
    if best is None:
        found = _read_daynum(text, pos)
        if found:
            best = found
    return best


def _normalize(raw: str, g: _Grammar) -> str:
    text = raw.lower().replace("ё", "е").replace("\r\n", "\n").replace("\r", "\n")
    for p in g.wrapped_lines:
        text = p.sub(lambda m: m.group(0).replace("\n", " "), text)
    return _HTML_TAG.sub(" ", text)


def _drop_noise(text: str, g: _Grammar) -> str:
    """Blank approval/signature dates, then quotes and brackets (the former patterns may use them)."""
    for p in g.not_activity:
        text = p.sub(" ", text)
    return _SPACES.sub(" ", _BLANKED.sub(" ", text))


def _scan(text: str, g: _Grammar) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos, n = 0, len(text)
    while pos < n:
        ch = text[pos]
        if ch == "\n":
            tokens.append(_Tok("newline"))
            pos += 1
        elif ch in _LIST_PUNCT:
            tokens.append(_Tok("sep"))
            pos += 1
        elif _DASH.match(ch):
            tokens.append(_Tok("to"))
            pos += 1
        elif not ch.isalnum() and ch not in _OCR_NUMERAL_MARKS:
            pos += 1
        else:
            found = _token_at(text, pos, g)
            if found is not None:
                if found[0] is not None:
                    tokens.append(found[0])
                pos = found[1]
            elif (garbled := _read_garbled_month(text, pos, g)) is not None:
                tokens.append(garbled[0])
                pos = garbled[1]
            else:
                word = _WORD.match(text, pos)
                pos = word.end() if word else pos + 1
    return tokens


# --- items ------------------------------------------------------------------------------------------

_ItemKind = Literal["point", "range", "deadline", "continuous", "unspecified"]


@dataclass(frozen=True)
class _Item:
    kind: _ItemKind
    a: _Point | None = None
    b: _Point | None = None  # end of a range
    years: tuple[int, int] | None = None  # explicit academic years of a continuous item


@dataclass
class _Parsed:
    items: list[_Item] = field(default_factory=list)
    annual: bool = False


def _start_from_daynum(day: int, end: _Point) -> _Point:
    """«1 – 15 сентября»: the start borrows month and year from the end."""
    return _Point(end.first, end.first, day=day, year=end.year, academic=end.academic, offset=end.offset)


def _parse(tokens: list[_Tok]) -> _Parsed:
    out = _Parsed()
    pending_deadline = pending_from = False

    def add(item: _Item) -> None:
        nonlocal pending_deadline, pending_from
        out.items.append(item)
        pending_deadline = pending_from = False

    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "annual":
            out.annual = True
        elif t.kind in ("sep", "newline"):
            pending_deadline = pending_from = False
        elif t.kind in ("deadline", "to_or_deadline"):
            pending_deadline = True
        elif t.kind == "from":
            pending_from = True
        elif t.kind == "continuous":
            add(_Item("continuous"))
        elif t.kind == "unspecified":
            add(_Item("unspecified"))
        elif t.kind == "span":
            add(_Item("continuous", years=t.years))
        elif t.kind == "point" and t.end is not None:
            add(_Item("range", t.point, t.end))
        elif t.kind in ("point", "daynum"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            # «до» closes a range only after «с ...»; otherwise it opens a deadline.
            joins = nxt is not None and (nxt.kind == "to" or (nxt.kind == "to_or_deadline" and pending_from))
            # A bare day number starts a range only before a day: «1 – 15 сентября».
            if joins and after is not None and after.point is not None and (t.point or after.point.day):
                end = after.point
                start = t.point if t.point is not None else _start_from_daynum(t.number, end)
                add(_Item("range", start, end))
                i += 3
                continue
            if t.point is not None:
                add(_Item("deadline" if pending_deadline else "point", t.point))
        i += 1
    return out


# --- values -----------------------------------------------------------------------------------------


def _default_year(p: _Point, academic_year_start: int | None) -> int | None:
    if p.year is not None:
        return p.year
    base = p.academic if p.academic is not None else academic_year_start
    if base is None:
        return None
    if p.offset is not None:
        return base + p.offset
    return base if p.first >= _ACADEMIC_START_MONTH else base + 1


def _first_day(p: _Point, year: int) -> dt.date:
    return dt.date(year, p.first, min(p.day or 1, calendar.monthrange(year, p.first)[1]))


def _last_day(p: _Point, year: int) -> dt.date:
    days = calendar.monthrange(year, p.last)[1]
    return dt.date(year, p.last, min(p.day or days, days))


def _start_key(p: _Point) -> tuple[int, int]:
    return p.first, p.day or 1


def _end_key(p: _Point) -> tuple[int, int]:
    return p.last, p.day or 31


def _range_years(a: _Point, b: _Point, ay: int | None) -> tuple[int, int] | None:
    """Years of a range's ends, so that start <= end whenever only one end (or none) carries a year."""
    if a.anchored and b.anchored:
        ya, yb = _default_year(a, ay), _default_year(b, ay)
        return (ya, yb) if ya is not None and yb is not None else None
    if b.anchored:
        yb = _default_year(b, ay)
        if yb is None:
            return None
        return (yb if _start_key(a) <= _end_key(b) else yb - 1), yb
    # The start keeps its own year (written, or by the academic-year rule) and the end comes after it:
    # «Декабрь – апрель» is December .. April of the next calendar year.
    ya = _default_year(a, ay)
    if ya is None:
        return None
    return ya, (ya if _end_key(b) >= _start_key(a) else ya + 1)


@dataclass(frozen=True)
class _Dates:
    start: dt.date | None
    end: dt.date | None
    month_start: int | None
    month_end: int | None
    flags: tuple[str, ...] = ()


def _academic_start(year: int) -> dt.date:
    return dt.date(year, _ACADEMIC_START_MONTH, 1)


def _academic_end(year: int) -> dt.date:
    """Last day of the academic year starting in `year`."""
    return dt.date(year + 1, _ACADEMIC_END_MONTH, _ACADEMIC_END_DAY)


def _unknown_year(anchored: bool, multi_year: bool) -> tuple[str, ...]:
    return (FLAG_AMBIGUOUS_YEAR,) if multi_year and not anchored else ()


def _resolve(item: _Item, ay: int | None, multi_year: bool) -> tuple[DateKind, _Dates]:
    # In a multi-year document the academic year of the header says nothing about an unanchored date.
    year_base = None if multi_year else ay
    if item.kind == "continuous":
        if item.years is not None:
            y1, y2 = item.years
            return "continuous", _Dates(_academic_start(y1), _academic_end(y2 - 1), None, None)
        if year_base is None:
            return "continuous", _Dates(None, None, None, None, _unknown_year(False, multi_year))
        return "continuous", _Dates(_academic_start(year_base), _academic_end(year_base), None, None)
    if item.kind == "unspecified":
        return "unspecified", _Dates(None, None, None, None)
    a = item.a
    assert a is not None
    if item.kind == "range" and item.b == a:
        item = _Item("point", a)  # «июнь | июнь» in start and end columns is one month
    if item.kind == "range":
        b = item.b
        assert b is not None
        flags = _unknown_year(a.anchored or b.anchored, multi_year)
        years = _range_years(a, b, year_base)
        if years is None:
            return "range", _Dates(None, None, a.first, b.last, flags)
        start, end = _first_day(a, years[0]), _last_day(b, years[1])
        if start > end:  # both ends carry years, written in the wrong order
            start, end = _first_day(b, years[1]), _last_day(a, years[0])
            return "range", _Dates(start, end, b.first, a.last, flags)
        return "range", _Dates(start, end, a.first, b.last, flags)
    flags = _unknown_year(a.anchored, multi_year)
    year = _default_year(a, year_base)
    if item.kind == "deadline":
        due = _last_day(a, year) if year is not None else None
        return "deadline", _Dates(None, due, None, a.last, flags)
    kind: DateKind = "day" if a.day is not None else "range" if a.several_months else "month"
    if year is None:
        return kind, _Dates(None, None, a.first, a.last, flags)
    return kind, _Dates(_first_day(a, year), _last_day(a, year), a.first, a.last, flags)


def parse_dates(
    raw: str, academic_year_start: int | None, vocab: DateVocabulary, *, multi_year: bool = False
) -> DateValue:
    """Normalize one dates cell.

    `academic_year_start` is the first calendar year of the document's academic year (2022 for
    2022/2023), None when unknown; `multi_year` marks documents covering several years, where a
    date without its own year cannot be placed.
    """
    g = _grammar(vocab)
    text = _normalize(raw, g)
    parsed = _parse(_scan(_drop_noise(text, g), g))
    recurrence: Literal["annual"] | None = "annual" if parsed.annual else None
    # «по мере необходимости» next to a date only qualifies it.
    # Several dates («сентябрь, октябрь», dates on several lines): the first is the value.
    dated = [it for it in parsed.items if it.kind != "unspecified"]
    if not dated:
        # Punctuation alone («–» for "no date") counts as an empty cell; words or numbers that gave
        # no date (an approval date, free text) are reported.
        has_text = any(c.isalnum() for c in text)
        quiet = parsed.annual or bool(parsed.items) or not has_text
        return DateValue(None, None, None, None, "unspecified", recurrence, () if quiet else (FLAG_UNPARSED,))
    kind, d = _resolve(dated[0], academic_year_start, multi_year)
    flags = d.flags + ((FLAG_SEVERAL_DATES,) if len(dated) > 1 else ())
    return DateValue(d.start, d.end, d.month_start, d.month_end, kind, recurrence, flags)


def month_of_word(word: str, vocab: DateVocabulary) -> int | None:
    """Month number of a month word in any case or form («Сентябрь», «сентября», «сент.»), else None."""
    g = _grammar(vocab)
    text = re.sub(r"^\W+|[^\w.]+$", "", word.lower().replace("ё", "е"))
    for number, p in g.months:
        if p.fullmatch(text) or p.fullmatch(text.rstrip(".")):
            return number
    return None
