"""Row labels, date expansion and truth.json writing for data/holdout12.

Date specs (the printed date cell is written next to its spec):

    ("m", month[, year])                 a month            -> date_kind "month"
    ("r", m1, m2[, y1, y2])              «октябрь – апрель» -> date_kind "range"
    ("dl", day, month[, year])           «до 1 октября»     -> date_kind "deadline"
    ("d", day, month, year)              «29.08.2024»       -> date_kind "day"
    ("h1",) / ("h2",)                    «I / II полугодие» -> date_kind "range"
    ("c",)                               «в течение года»   -> date_kind "continuous"
    ("u",)                               «по графику», ""   -> date_kind "unspecified"
    ("a",)                               «ежегодно»         -> unspecified, recurrence "annual"

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y, Jan–Aug -> Y+1.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = (
    tuple[Literal["c"]]
    | tuple[Literal["u"]]
    | tuple[Literal["a"]]
    | tuple[Literal["h1"]]
    | tuple[Literal["h2"]]
)
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

Align: TypeAlias = Literal["c", "r"] | None
HeadPara: TypeAlias = tuple[str, bool, Align]  # a paragraph above a table: (text, bold, align)


class Row(TypedDict):
    """One printed activity row with its hand label."""

    text: str
    date: str | dt.datetime  # the printed date cell; a datetime only where a spreadsheet holds a date
    resp: str | None  # None: the responsible cell is merged with the row above
    aid: str | None
    spec: DateSpec
    roles: list[str]
    note: str


def R(
    text: str,
    date: str | dt.datetime,
    resp: str | None,
    aid: str | None,
    spec: DateSpec,
    roles: list[str],
    note: str = "",
) -> Row:
    return {"text": text, "date": date, "resp": resp, "aid": aid, "spec": spec, "roles": roles, "note": note}


ROLE_CODES = {
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

CANONICAL_IDS = {
    f"{s}.{i}" for s, n in ((1, 4), (2, 3), (3, 4), (4, 4), (5, 4), (6, 8), (7, 8)) for i in range(1, n + 1)
}


def _year_of(month: int, y: int) -> int:
    return y if month >= 9 else y + 1


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


class DateFields(TypedDict):
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None


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


def expand(spec: DateSpec, y: int) -> DateFields:
    """The six date fields of truth.json for a date spec."""
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
        day = dt.date(spec[3], spec[2], spec[1])
        return _fields("day", day, day, spec[2], spec[2])
    if spec[0] == "h1":
        return _fields("range", dt.date(y, 9, 1), dt.date(y, 12, 31), 9, 12)
    if spec[0] == "h2":
        return _fields("range", dt.date(y + 1, 1, 1), dt.date(y + 1, 5, 31), 1, 5)
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)  # pragma: no cover


def truth_row(row: Row, stage_id: int | None, y: int) -> dict[str, object]:
    roles = row["roles"]
    assert len(set(roles)) == len(roles), row
    assert set(roles) <= ROLE_CODES, row
    assert row["aid"] is None or row["aid"] in CANONICAL_IDS, row
    if row["aid"] is not None:
        assert stage_id == int(row["aid"].split(".")[0]) or stage_id is None, row
    d = expand(row["spec"], y)
    return {"text": row["text"], "activity_id": row["aid"], "stage_id": stage_id, **d, "roles": list(roles)}


def write_truth(
    folder: Path,
    org: str,
    year: int | None,
    activities: list[dict[str, object]],
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    truth: dict[str, object] = {
        "document": {"status": status, "model": model, "organization": org, "academic_year_start": year},
        "activities": activities,
    }
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def soffice_convert(src: Path, out: Path, target: str) -> None:
    """Convert ``src`` with LibreOffice (``--convert-to target``) and store the result as ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
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
        ext = target.split(":")[0]
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)
