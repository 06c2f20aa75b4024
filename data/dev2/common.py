"""Shared helpers of the dev2 set: labelled rows, date specs, truth.json, docx and LibreOffice.

Date specs (expanded into the six date fields of truth.json by ``expand``):

    ("m", month[, year])          «октябрь», «Май 2025г»       -> month
    ("r", m1, m2[, y1, y2])       «октябрь – апрель»           -> range
    ("dl", day, month[, year])    «до 1 октября», «до 20.09»   -> deadline
    ("d", day, month, year)       «29.08.2024»                 -> day
    ("c",)                        «в течение года», «постоянно» -> continuous
    ("u",)                        «по графику», empty          -> unspecified
    ("a",)                        «ежегодно»                   -> unspecified, annual

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y, Jan–Aug -> Y+1.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

ROLE_CODES: dict[str, str] = {
    "dir": "director",
    "uvr": "deputy_director_academic",
    "vr": "deputy_director_upbringing",
    "zam": "deputy_director",
    "sov": "senior_counselor",
    "lib": "librarian",
    "mo": "head_of_methodical_association",
    "kl": "class_teacher",
    "kur": "program_curator",
    "psy": "psychologist",
    "tut": "tutor",
    "soc": "social_pedagogue",
    "met": "methodologist",
    "nas": "mentors",
    "ped": "teachers",
    "oth": "other",
}


class TruthActivity(TypedDict):
    """One activity of truth.json (key order is the written order)."""

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


@dataclass(frozen=True)
class Item:
    """One printed activity row with its hand label.

    ``date`` is the printed date cell (a datetime only in the workbook), ``resp`` the printed
    responsible cell ('\\n' = a new line in the cell), ``roles`` the role codes in printed order,
    ``extra`` a further printed column (result, report form), ``stage`` the stage of an extra row
    in a roadmap without stage headings.
    """

    text: str
    date: str | dt.datetime
    resp: str
    aid: str | None
    spec: DateSpec
    roles: tuple[str, ...]
    extra: str = ""
    stage: int | None = None


def A(
    text: str,
    date: str | dt.datetime,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    roles: str,
    extra: str = "",
    stage: int | None = None,
) -> Item:
    """An item; ``roles`` is a space-separated list of short names (keys of ROLE_CODES)."""
    codes = tuple(ROLE_CODES[r] for r in roles.split())
    assert len(set(codes)) == len(codes), text
    if aid is not None:
        assert stage is None, text
    return Item(text, date, resp, aid, spec, codes, extra, stage)


# A flat roadmap section: (stage id or None, printed heading, rows).
Section: TypeAlias = tuple[int | None, str, list[Item]]


# --------------------------------------------------------------------------- truth


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
) -> dict[str, str | int | None]:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(spec: DateSpec, y: int) -> dict[str, str | int | None]:
    """The six date fields of truth.json for a date spec."""
    if spec[0] == "m":
        m = spec[1]
        yr = spec[2] if len(spec) > 2 else _year_of(m, y)
        return _fields("month", dt.date(yr, m, 1), dt.date(yr, m, _last(yr, m)), m, m)
    if spec[0] == "r":
        m1, m2 = spec[1], spec[2]
        y1 = spec[3] if len(spec) > 3 else _year_of(m1, y)
        y2 = spec[4] if len(spec) > 4 else _year_of(m2, y)
        start, end = dt.date(y1, m1, 1), dt.date(y2, m2, _last(y2, m2))
        assert start < end, spec
        return _fields("range", start, end, m1, m2)
    if spec[0] == "dl":
        d, m = spec[1], spec[2]
        yr = spec[3] if len(spec) > 3 else _year_of(m, y)
        return _fields("deadline", end=dt.date(yr, m, d), month_end=m)
    if spec[0] == "d":
        day = dt.date(spec[3], spec[2], spec[1])
        return _fields("day", day, day, spec[2], spec[2])
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)  # pragma: no cover - a typo in a spec


def stage_of(item: Item) -> int | None:
    """The stage of a row in a roadmap without stage headings."""
    if item.aid is not None:
        return int(item.aid.split(".")[0])
    return item.stage


def truth_of(item: Item, stage_id: int | None, y: int) -> TruthActivity:
    d = expand(item.spec, y)
    kind, start, end = d["date_kind"], d["date_start"], d["date_end"]
    ms, me, rec = d["month_start"], d["month_end"], d["recurrence"]
    assert isinstance(kind, str)
    assert start is None or isinstance(start, str)
    assert end is None or isinstance(end, str)
    assert ms is None or isinstance(ms, int)
    assert me is None or isinstance(me, int)
    assert rec is None or isinstance(rec, str)
    return {
        "text": item.text,
        "activity_id": item.aid,
        "stage_id": stage_id,
        "date_kind": kind,
        "date_start": start,
        "date_end": end,
        "month_start": ms,
        "month_end": me,
        "recurrence": rec,
        "roles": list(item.roles),
    }


def truth_of_sections(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    return [truth_of(item, stage, y) for stage, _head, items in sections for item in items]


def write_truth(folder: Path, org: str, y: int, activities: list[TruthActivity]) -> None:
    assert 20 <= len(activities) <= 45, len(activities)
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


def printed_date(item: Item) -> str:
    assert isinstance(item.date, str), item
    return item.date


# --------------------------------------------------------------------------- docx


Align: TypeAlias = Literal["c", "r", "j"] | None


def new_document(landscape: bool, size: float = 12, margins_cm: float = 2.0) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(margins_cm + 0.5)
    sec.right_margin = Cm(margins_cm - 0.5)
    sec.top_margin = sec.bottom_margin = Cm(margins_cm - 0.5)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    align: Align = None,
    size: float | None = None,
    italic: bool = False,
) -> Paragraph:
    """A paragraph; '\\n' inside the text is a line break."""
    p = doc.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            run.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def set_cell(
    cell: _Cell,
    text: str,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    center: bool = False,
) -> None:
    """Cell text; '\\n' starts a new paragraph of the cell."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def lines_needed(text: str, chars_per_line: float) -> int:
    """A rough count of the printed lines of a cell paragraph (for padding aligned cells)."""
    return max(1, math.ceil(len(text) / chars_per_line))


# --------------------------------------------------------------------------- LibreOffice


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with LibreOffice (``target`` as for --convert-to, e.g. 'pdf', 'odt',
    'doc:MS Word 97', 'rtf') and copy the result to ``out``."""
    ext = target.split(":")[0]
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
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)
