"""Hand-decided truth of the golden samples: dates, roles, printed rows and their labels.

A sample's content is written once, as printed rows that also carry their truth: the activity id
decided by meaning, the date as decided by hand (`When`), and the role codes. `When` only does the
calendar arithmetic: which year a bare month falls in (September..December -> the academic year Y,
January..August -> Y + 1), the last day of a month, and the empty dates of a document whose year is
unknown or spans several years.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

DateKind = Literal["day", "month", "range", "deadline", "continuous", "unspecified"]
Model = Literal["target_model_2019", "teachers_2022", "unknown"]
Status = Literal["ok", "partial", "failed", "not_roadmap"]

# Role codes (reference/roles.yaml).
DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
ZAM = "deputy_director"
CUR = "program_curator"
TUT = "tutor"
PSY = "psychologist"
SOC = "social_pedagogue"
CLS = "class_teacher"
MEN = "mentors"
TEA = "teachers"
MET = "methodologist"
SHMO = "head_of_methodical_association"
VOZH = "senior_counselor"
LIB = "librarian"
OTH = "other"

Roles = tuple[str, ...]


@dataclass(frozen=True)
class When:
    """One date cell as decided by hand.

    `m1`/`m2` are the first and last month (a deadline or a day keeps its month in `m1`); `y1`/`y2`
    are years written in the cell, None when the cell gives a bare month.
    """

    kind: DateKind
    m1: int | None = None
    m2: int | None = None
    y1: int | None = None
    y2: int | None = None
    day: int | None = None
    annual: bool = False

    def fields(self, academic_year: int | None) -> dict[str, object]:
        start: dt.date | None = None
        end: dt.date | None = None
        m_start: int | None = None
        m_end: int | None = None
        if self.kind == "month" and self.m1:
            m_start = m_end = self.m1
            y = _year(self.m1, self.y1, academic_year)
            if y is not None:
                start, end = dt.date(y, self.m1, 1), _last_day(y, self.m1)
        elif self.kind == "range" and self.m1 and self.m2:
            m_start, m_end = self.m1, self.m2
            ys, ye = _year(self.m1, self.y1, academic_year), _year(self.m2, self.y2, academic_year)
            if ys is not None and ye is not None:
                start, end = dt.date(ys, self.m1, 1), _last_day(ye, self.m2)
        elif self.kind == "deadline" and self.m1 and self.day:
            m_end = self.m1
            y = _year(self.m1, self.y1, academic_year)
            if y is not None:
                end = dt.date(y, self.m1, self.day)
        elif self.kind == "day" and self.m1 and self.day:
            m_start = m_end = self.m1
            y = _year(self.m1, self.y1, academic_year)
            if y is not None:
                start = end = dt.date(y, self.m1, self.day)
        elif self.kind == "continuous" and academic_year is not None:
            start, end = dt.date(academic_year, 9, 1), dt.date(academic_year + 1, 8, 31)
        if start and end and start > end:
            raise ValueError(f"{self}: starts after it ends")
        return {
            "date_kind": self.kind,
            "date_start": start.isoformat() if start else None,
            "date_end": end.isoformat() if end else None,
            "month_start": m_start,
            "month_end": m_end,
            "recurrence": "annual" if self.annual else None,
        }


def _year(month: int, written: int | None, academic_year: int | None) -> int | None:
    if written is not None:
        return written
    if academic_year is None:
        return None
    return academic_year if month >= 9 else academic_year + 1


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month(m: int, y: int | None = None, *, annual: bool = False) -> When:
    """«Сентябрь», «Сентябрь 2022 г.»."""
    return When("month", m1=m, y1=y, annual=annual)


def span(m1: int, m2: int, y1: int | None = None, y2: int | None = None) -> When:
    """«Октябрь – апрель», «Февраль – май 2022 г.» (pass the written year for both ends)."""
    return When("range", m1=m1, m2=m2, y1=y1, y2=y2)


def until(d: int, m: int, y: int | None = None, *, annual: bool = False) -> When:
    """«до 1 октября», «до 15.09.2025», «Ежегодно, до 1 октября»."""
    return When("deadline", m1=m, y1=y, day=d, annual=annual)


def on(d: int, m: int, y: int | None = None) -> When:
    """«29.08.2022»."""
    return When("day", m1=m, y1=y, day=d)


ALWAYS = When("continuous")  # «В течение года», «Постоянно»
NODATE = When("unspecified")  # «По мере необходимости», an empty cell
ANNUAL = When("unspecified", annual=True)  # «Ежегодно»
H1 = span(9, 12)  # «I полугодие»
H2 = span(1, 5)  # «II полугодие»


@dataclass(frozen=True)
class Stage:
    """A stage row or heading; `stage` is the stage it means (None: not one of the seven)."""

    num: str
    title: str
    stage: int | None
    notes: tuple[str, ...] = ()  # Цель:/Задача:/Результат: paragraphs


@dataclass(frozen=True)
class Act:
    """One printed activity row and its truth.

    `more` is wording printed on a following table row with no number of its own (a continuation).
    """

    num: str
    text: str
    dates: str
    resp: str
    aid: str | None
    when: When
    roles: Roles = ()
    more: str = ""
    note: str = ""  # a result / document column, when the table has one

    @property
    def wording(self) -> str:
        return f"{self.text} {self.more}" if self.more else self.text


@dataclass(frozen=True)
class Sub:
    """A numbered sub-item of a content cell: one activity row.

    `marker` is printed before the wording («1. », «2) », «а) »); `tail` holds continuation
    paragraphs printed after it, part of the same activity.
    """

    marker: str
    text: str
    aid: str | None
    when: When
    roles: Roles = ()
    tail: tuple[str, ...] = ()

    @property
    def wording(self) -> str:
        return " ".join((self.text, *self.tail))


@dataclass(frozen=True)
class DocTruth:
    status: Status
    model: Model
    organization: str | None
    academic_year_start: int | None

    def as_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "model": self.model,
            "organization": self.organization,
            "academic_year_start": self.academic_year_start,
        }


FAILED = DocTruth("failed", "unknown", None, None)


def not_roadmap(organization: str | None, academic_year_start: int | None) -> DocTruth:
    """A look-alike document: no model, but its organization and year are still facts about it."""
    return DocTruth("not_roadmap", "unknown", organization, academic_year_start)


def truth_row(
    text: str, aid: str | None, stage: int | None, when: When, roles: Roles, year: int | None
) -> dict[str, object]:
    if len(set(roles)) != len(roles):
        raise ValueError(f"repeated role in {roles} for «{text}»")
    if aid is not None and stage is None:
        raise ValueError(f"«{text}»: a canonical activity outside any stage")
    return {
        "text": " ".join(text.split()),
        "activity_id": aid,
        "stage_id": stage,
        **when.fields(year),
        "roles": list(roles),
    }


def rows_of(items: tuple[Stage | Act, ...], year: int | None) -> list[dict[str, object]]:
    """Truth rows of a stage/activity list, each activity in the stage it sits under."""
    rows: list[dict[str, object]] = []
    stage: int | None = None
    for item in items:
        if isinstance(item, Stage):
            stage = item.stage
        else:
            rows.append(truth_row(item.wording, item.aid, stage, item.when, item.roles, year))
    return rows
