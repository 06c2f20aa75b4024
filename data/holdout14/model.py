"""Row model, date specs and truth.json writer for the holdout14 roadmaps.

Every printed activity row is written once, together with its hand label (canonical id, date
spec, role codes), so the input file and truth.json come from the same place.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

Kind: TypeAlias = Literal["m", "r", "dl", "d", "c", "u", "a", "h"]

CANONICAL: frozenset[str] = frozenset(
    [f"1.{i}" for i in range(1, 5)]
    + [f"2.{i}" for i in range(1, 4)]
    + [f"3.{i}" for i in range(1, 5)]
    + [f"4.{i}" for i in range(1, 5)]
    + [f"5.{i}" for i in range(1, 5)]
    + [f"6.{i}" for i in range(1, 9)]
    + [f"7.{i}" for i in range(1, 9)]
)

ROLES: frozenset[str] = frozenset(
    {
        "director",
        "deputy_director_academic",
        "deputy_director_upbringing",
        "deputy_director",
        "senior_counselor",
        "librarian",
        "head_of_methodical_association",
        "class_teacher",
        "program_curator",
        "psychologist",
        "tutor",
        "social_pedagogue",
        "methodologist",
        "mentors",
        "teachers",
        "other",
    }
)


@dataclass(frozen=True)
class When:
    """A date label as a methodologist reads it (see ``expand``)."""

    kind: Kind
    a: int = 0  # month, first month, day or half-year number
    b: int = 0  # second month or month of a day/deadline
    y1: int | None = None
    y2: int | None = None


def M(month: int, year: int | None = None) -> When:
    """«Сентябрь», «Май 2025г»."""
    return When("m", month, 0, year)


def RG(m1: int, m2: int, y1: int | None = None, y2: int | None = None) -> When:
    """«Октябрь – апрель», «февраль – март 2020 г.»."""
    return When("r", m1, m2, y1, y2)


def DL(day: int, month: int, year: int | None = None) -> When:
    """«до 15.10.2022»: a deadline, only date_end is known."""
    return When("dl", day, month, year)


def DAY(day: int, month: int, year: int) -> When:
    """«29.08.2025»."""
    return When("d", day, month, year)


def HALF(n: int) -> When:
    """«I полугодие» / «II полугодие»."""
    return When("h", n)


CONT = When("c")  # «в течение года», «постоянно»
UNSP = When("u")  # «по графику», «по мере необходимости», empty
ANNUAL = When("a")  # «ежегодно»


class DateFields(TypedDict):
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None


def _year_of(month: int, y: int) -> int:
    return y if month >= 9 else y + 1


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _fields(
    kind: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    month_start: int | None = None,
    month_end: int | None = None,
    recurrence: str | None = None,
) -> DateFields:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(w: When, y: int) -> DateFields:
    """The six date fields of truth.json for academic year ``y``/``y+1``."""
    if w.kind == "m":
        yr = w.y1 if w.y1 is not None else _year_of(w.a, y)
        return _fields("month", dt.date(yr, w.a, 1), dt.date(yr, w.a, _last(yr, w.a)), w.a, w.a)
    if w.kind == "r":
        y1 = w.y1 if w.y1 is not None else _year_of(w.a, y)
        y2 = w.y2 if w.y2 is not None else _year_of(w.b, y)
        return _fields("range", dt.date(y1, w.a, 1), dt.date(y2, w.b, _last(y2, w.b)), w.a, w.b)
    if w.kind == "dl":
        yr = w.y1 if w.y1 is not None else _year_of(w.b, y)
        return _fields("deadline", end=dt.date(yr, w.b, w.a), month_end=w.b)
    if w.kind == "d":
        assert w.y1 is not None
        day = dt.date(w.y1, w.b, w.a)
        return _fields("day", day, day, w.b, w.b)
    if w.kind == "h":
        if w.a == 1:
            return _fields("range", dt.date(y, 9, 1), dt.date(y, 12, 31), 9, 12)
        return _fields("range", dt.date(y + 1, 1, 1), dt.date(y + 1, 5, 31), 1, 5)
    if w.kind == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if w.kind == "u":
        return _fields("unspecified")
    return _fields("unspecified", recurrence="annual")


# A stage of its own for rows of documents without stage headings: take it from the id.
AUTO: Literal["auto"] = "auto"


@dataclass(frozen=True)
class Act:
    """One printed activity row with its hand label."""

    text: str
    date: str
    resp: str
    aid: str | None
    when: When
    roles: tuple[str, ...]
    stage: int | Literal["auto"] | None = AUTO
    form: str = ""  # «Форма проведения» (kindergarten roadmap only)

    def __post_init__(self) -> None:
        assert self.aid is None or self.aid in CANONICAL, self
        assert all(r in ROLES for r in self.roles), self
        assert len(set(self.roles)) == len(self.roles), self
        assert self.text == self.text.strip() and self.text, self
        if self.aid is None:
            assert self.stage != AUTO, f"an extra needs an explicit stage: {self.text}"


def act(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    when: When,
    roles: str,
    stage: int | Literal["auto"] | None = AUTO,
    form: str = "",
) -> Act:
    """Shorthand: ``roles`` is a space-separated list of role codes."""
    return Act(text, date, resp, aid, when, tuple(roles.split()), stage, form)


def stage_of(a: Act, section_stage: int | Literal["auto"] | None = AUTO) -> int | None:
    """The stage a row sits in: its section heading, else its own label."""
    if section_stage != AUTO:
        return section_stage
    if a.stage != AUTO:
        return a.stage
    assert a.aid is not None
    return int(a.aid.split(".")[0])


class TruthActivity(TypedDict):
    text: str
    activity_id: str | None
    stage_id: int | None
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None
    roles: list[str]


def truth_of(a: Act, stage_id: int | None, y: int) -> TruthActivity:
    d = expand(a.when, y)
    return {
        "text": a.text,
        "activity_id": a.aid,
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(a.roles),
    }


def write_truth(folder: Path, org: str, y: int, activities: list[TruthActivity]) -> None:
    assert 15 <= len(activities) <= 35, (folder.name, len(activities))
    truth: dict[str, object] = {
        "document": {
            "status": "ok",
            "model": "target_model_2019",
            "organization": org,
            "academic_year_start": y,
        },
        "activities": activities,
    }
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
