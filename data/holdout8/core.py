"""Shared pieces of the holdout8 build: hand labels, date specs, truth.json, DOCX and LibreOffice helpers.

Date labels are small specs expanded by ``expand`` (academic year Y from the title):

    ("m", month[, year])                 «Сентябрь», «Май 2024 г.»     -> month
    ("r", m1, m2[, y1, y2])              «Октябрь – апрель», I полугодие -> range
    ("dl", day, month[, year])           «до 25 октября», «до 15.09.2021» -> deadline (date_end only)
    ("d", day, month, year)              «29.08.2024»                   -> day
    ("c",)                               «В течение года», «Постоянно»  -> continuous Y-09-01..Y+1-08-31
    ("u",)                               «По графику», empty            -> unspecified
    ("a",)                               «Ежегодно»                     -> unspecified, recurrence annual

A month without a year: Sept–Dec -> Y, Jan–Aug -> Y+1; an explicit year wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeAlias, TypedDict

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

Align: TypeAlias = Literal["c", "r"] | None

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

STAGE_SIZES = {1: 4, 2: 3, 3: 4, 4: 4, 5: 4, 6: 8, 7: 8}
ACTIVITY_IDS = frozenset(f"{s}.{i}" for s, n in STAGE_SIZES.items() for i in range(1, n + 1))


class DateFields(TypedDict):
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None


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


@dataclass(frozen=True)
class Row:
    """One printed activity row and its hand label.

    ``stage`` is only set for an extra row of a document without stage headings (the stage its topic
    belongs to); elsewhere the stage comes from the heading above the row or from ``aid``.
    """

    text: str
    date: str | dt.datetime
    resp: str
    aid: str | None
    spec: DateSpec
    roles: tuple[str, ...]
    extra_stage: int | None = None
    result: str = ""


def R(
    text: str,
    date: str | dt.datetime,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    *roles: str,
    stage: int | None = None,
    result: str = "",
) -> Row:
    assert aid is None or aid in ACTIVITY_IDS, aid
    assert all(r in ROLE_CODES for r in roles), roles
    assert len(set(roles)) == len(roles), roles
    assert "\n" not in text, text
    return Row(text, date, resp, aid, spec, tuple(roles), stage, result)


@dataclass(frozen=True)
class Section:
    """A stage heading as printed (None: no heading) and its rows; ``stage`` is the label of the heading."""

    stage: int | None
    heading: str | None
    rows: list[Row]


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
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)


def truth_row(row: Row, stage_id: int | None, y: int) -> TruthActivity:
    d = expand(row.spec, y)
    return {
        "text": row.text,
        "activity_id": row.aid,
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(row.roles),
    }


def section_truth(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    """Rows under stage headings: stage_id is the heading's stage (None for a non-stage heading)."""
    return [truth_row(r, s.stage, y) for s in sections for r in s.rows]


def flat_truth(rows: Sequence[Row], y: int) -> list[TruthActivity]:
    """Rows without stage headings: the stage of the matched activity, or the extra's own label."""
    out: list[TruthActivity] = []
    for r in rows:
        stage = int(r.aid.split(".")[0]) if r.aid else r.extra_stage
        out.append(truth_row(r, stage, y))
    return out


def write_truth(folder: Path, org: str, y: int, activities: list[TruthActivity]) -> None:
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


# --------------------------------------------------------------------------- docx


def new_document(
    landscape: bool = False, size: float = 12, font: str = "Times New Roman", margin_cm: float = 2.0
) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(margin_cm + 0.5)
    sec.right_margin = Cm(margin_cm - 0.5)
    sec.top_margin = sec.bottom_margin = Cm(margin_cm)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    align: Align = None,
    size: float | None = None,
    after: float = 0,
) -> Paragraph:
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(after)
    return p


def set_cell(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Cell text; '\\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def _row_flag(row: _Row, tag: str) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def repeat_as_header(row: _Row) -> None:
    """Word's «повторять как заголовок» on a table row."""
    _row_flag(row, "w:tblHeader")


def cant_split(row: _Row) -> None:
    _row_flag(row, "w:cantSplit")


def new_table(doc: DocxDocument, headers: Sequence[str], bold_header: bool = True) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = _append_row(table)
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=bold_header)
    return table


def _append_row(table: Table) -> _Row:
    untyped: Any = table  # Table.add_row carries no annotations
    row: _Row = untyped.add_row()
    return row


def add_row(table: Table, cells: Sequence[str], bold: bool = False) -> _Row:
    row = _append_row(table)
    for i, val in enumerate(cells):
        set_cell(row.cells[i], val, bold=bold)
    return row


def add_span_row(table: Table, text: str, first: str | None = None) -> _Row:
    """A stage row: the whole width merged, or a number cell and the rest merged."""
    row = _append_row(table)
    n = len(row.cells)
    if first is None:
        set_cell(row.cells[0].merge(row.cells[n - 1]), text, bold=True)
    else:
        set_cell(row.cells[0], first, bold=True)
        set_cell(row.cells[1].merge(row.cells[n - 1]), text, bold=True)
    return row


def widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


# --------------------------------------------------------------------------- LibreOffice


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """``soffice --convert-to target`` of one file, copied to ``out``; a private profile each time."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p / "out"),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        ext = target.split(":")[0]
        shutil.copyfile(tmp_p / "out" / f"{src.stem}.{ext}", out)


def pdf_pages_text(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


def _words(text: str) -> set[str]:
    return {w.strip("«»()\"',.;:!?") for w in text.replace("-\n", "").replace("–", " ").split()} - {""}


def assert_words_in(texts: Sequence[str], haystack: str, where: str) -> None:
    """Every word of each row text is printed (a check that nothing fell off a page or a cell)."""
    have = _words(haystack)
    for t in texts:
        missing = _words(t) - have
        assert not missing, f"{where}: {sorted(missing)} of «{t}» not printed"
