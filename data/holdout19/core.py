"""Shared pieces of the holdout19 set: labelled rows, date specs, truth.json, format conversion.

Date specs (expanded by ``expand``):

    ("m", month[, year])                 «Октябрь», «Май 2021 г.»  -> month
    ("r", m1, m2[, y1, y2])              «Сентябрь – октябрь»      -> range
    ("dl", day, month[, year])           «до 15 октября»           -> deadline
    ("d", day, month, year)              «29.08.2025»              -> day
    ("c",)                               «В течение года»          -> continuous
    ("u",)                               «по графику», empty       -> unspecified
    ("a",)                               «Ежегодно»                -> unspecified, annual

A month without a year belongs to the academic year Y of the title (Sept–Dec -> Y,
Jan–Aug -> Y+1); an explicit year wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

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

CANONICAL_IDS = frozenset(
    [f"1.{i}" for i in range(1, 5)]
    + [f"2.{i}" for i in range(1, 4)]
    + [f"3.{i}" for i in range(1, 5)]
    + [f"4.{i}" for i in range(1, 5)]
    + [f"5.{i}" for i in range(1, 5)]
    + [f"6.{i}" for i in range(1, 9)]
    + [f"7.{i}" for i in range(1, 9)]
)


@dataclass(frozen=True)
class Item:
    """One printed activity row and its hand label.

    ``stage`` is used only in roadmaps without stage headings: the stage of the matched
    activity, or for an extra the stage its topic belongs to (None if none fits).
    """

    text: str
    date: str
    resp: str
    aid: str | None
    spec: DateSpec
    roles: list[str]
    result: str = ""
    stage: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """A stage of a roadmap (stage id None for a non-stage section) and its rows."""

    stage: int | None
    heading: str
    items: list[Item]
    note: str = ""


def it(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    roles: list[str],
    result: str = "",
    stage: int | None = None,
) -> Item:
    """Shorthand for an ``Item``."""
    return Item(text, date, resp, aid, spec, roles, result, stage)


# --------------------------------------------------------------------------- dates


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
) -> dict[str, object]:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(spec: DateSpec, y: int) -> dict[str, object]:
    """The six date fields of a truth.json activity for a date spec."""
    if spec[0] == "m":
        m = spec[1]
        yr = spec[2] if len(spec) > 2 else _year_of(m, y)
        return _fields("month", dt.date(yr, m, 1), dt.date(yr, m, _last(yr, m)), m, m)
    if spec[0] == "r":
        m1, m2 = spec[1], spec[2]
        y1 = spec[3] if len(spec) > 3 else _year_of(m1, y)
        y2 = spec[4] if len(spec) > 4 else _year_of(m2, y)
        return _fields("range", dt.date(y1, m1, 1), dt.date(y2, m2, _last(y2, m2)), m1, m2)
    if spec[0] == "dl":
        d, m = spec[1], spec[2]
        yr = spec[3] if len(spec) > 3 else _year_of(m, y)
        return _fields("deadline", end=dt.date(yr, m, d), month_end=m)
    if spec[0] == "d":
        d, m, yr = spec[1], spec[2], spec[3]
        day = dt.date(yr, m, d)
        return _fields("day", day, day, m, m)
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)  # pragma: no cover


# --------------------------------------------------------------------------- truth


def _check(item: Item) -> None:
    assert item.aid is None or item.aid in CANONICAL_IDS, item
    assert len(set(item.roles)) == len(item.roles), item
    assert set(item.roles) <= ROLE_CODES, item
    assert item.text.strip() == item.text and item.text, item


def truth_activities(sections: list[Section], staged: bool, y: int) -> list[dict[str, object]]:
    """Truth rows in reading order.

    ``staged``: the document prints stage headings, so a row's stage is its section's.
    Otherwise a row's stage is the stage of its activity id, or ``Item.stage`` for an extra.
    """
    out: list[dict[str, object]] = []
    for sec in sections:
        for item in sec.items:
            _check(item)
            if staged:
                stage = sec.stage
            elif item.aid is not None:
                stage = int(item.aid.split(".")[0])
                assert item.stage in (None, stage), item
            else:
                stage = item.stage
            row: dict[str, object] = {
                "text": item.text,
                "activity_id": item.aid,
                "stage_id": stage,
            }
            row.update(expand(item.spec, y))
            row["roles"] = list(item.roles)
            out.append(row)
    return out


def write_truth(folder: Path, org: str, y: int, activities: list[dict[str, object]]) -> None:
    """truth.json in the project's format."""
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


# --------------------------------------------------------------------------- conversion


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with LibreOffice; ``target`` is a --convert-to value such as
    ``odt``, ``rtf``, ``pdf``, ``xls`` or ``doc:MS Word 97``."""
    ext = target.split(":", 1)[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
        outdir.mkdir()
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        produced = outdir / f"{src.stem}.{ext}"
        assert produced.exists(), f"soffice produced nothing for {src} -> {target}"
        shutil.copyfile(produced, out)
