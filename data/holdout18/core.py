"""Shared types and small helpers of the holdout18 set (labels live in docs.py)."""

from __future__ import annotations

from typing import NamedTuple

from data.holdout.build import DateSpec, TruthActivity, expand

ROLE_CODES = frozenset(
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


class Item(NamedTuple):
    """One printed activity row and its hand label."""

    text: str  # the activity text exactly as printed (no row number)
    date: str  # the printed date cell
    resp: str  # the printed responsible cell ("" when the group prints it once)
    aid: str | None  # canonical activity id, None for an extra
    spec: DateSpec  # date label, expanded by data.holdout.build.expand
    roles: tuple[str, ...]
    stage: int | None = None  # only for extras of documents without stage headings


def it(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    *roles: str,
    stage: int | None = None,
) -> Item:
    unknown = set(roles) - ROLE_CODES
    assert not unknown, (text, unknown)
    assert len(set(roles)) == len(roles), text
    return Item(text, date, resp, aid, spec, tuple(roles), stage)


class Section(NamedTuple):
    """A stage heading as printed and the rows under it."""

    stage: int
    heading: str
    items: list[Item]


class Group(NamedTuple):
    """One direction of a stage-grouped table: sub-items in one cell, dates on aligned lines."""

    direction: str
    items: list[Item]
    shared_resp: str | None  # printed once for the whole group, else each item's resp on its line


class GroupedStage(NamedTuple):
    stage: int
    cell: str  # the merged stage cell (name, Задача, Результат)
    groups: list[Group]


def stage_of(item: Item) -> int | None:
    """Stage of a row in a document without stage headings."""
    if item.aid is not None:
        return int(item.aid.split(".")[0])
    return item.stage


def truth(item: Item, stage_id: int | None, y: int) -> TruthActivity:
    d = expand(item.spec, y)
    return {
        "text": item.text,
        "activity_id": item.aid,
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(item.roles),
    }
