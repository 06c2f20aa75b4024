"""Shared pieces of the holdout13 roadmaps: the row model, role codes, truth writing, converters.

Each printed activity row carries its hand label (activity id, date spec, role codes) next to the
printed text, so the input file and truth.json are written from one place.  Date specs are those of
``data.holdout.build.expand``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table

from data.holdout.build import (
    DateSpec,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _widths,
    expand,
    write_truth,
)

HERE = Path(__file__).resolve().parent

# Role codes of truth.json, short names for the hand labels below.
DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
ZAM = "deputy_director"
SOV = "senior_counselor"
LIB = "librarian"
SHMO = "head_of_methodical_association"
KL = "class_teacher"
KUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
NAS = "mentors"
PED = "teachers"
OTH = "other"
ROLE_CODES = frozenset({DIR, UVR, VR, ZAM, SOV, LIB, SHMO, KL, KUR, PSY, TUT, SOC, MET, NAS, PED, OTH})
ACTIVITY_IDS = frozenset(
    f"{s}.{i}" for s, n in ((1, 4), (2, 3), (3, 4), (4, 4), (5, 4), (6, 8), (7, 8)) for i in range(1, n + 1)
)


@dataclass(frozen=True)
class Row:
    """One printed activity row with its hand label.

    ``text`` is the activity cell as printed; a "\\n" starts a new line inside the cell (lettered
    sub-items, wrapped lead-ins).  ``stage`` is only needed for an extra (aid None) in a document that
    has no stage headings: the stage its topic belongs to.
    """

    num: str
    text: str
    date: str | dt.datetime
    resp: str
    aid: str | None
    spec: DateSpec
    roles: tuple[str, ...]
    stage: int | None = None
    extra: str = ""  # a further printed column (result, document kind), not part of the truth


def r(
    num: str,
    text: str,
    date: str | dt.datetime,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    *roles: str,
    stage: int | None = None,
    extra: str = "",
) -> Row:
    return Row(num, text, date, resp, aid, spec, tuple(roles), stage, extra)


@dataclass(frozen=True)
class Section:
    """A stage (or a non-stage section) of a roadmap; ``stage`` None for a non-stage heading."""

    stage: int | None
    num: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Roadmap:
    folder: str
    org: str
    year: int
    sections: tuple[Section, ...]
    headed: bool = True  # False: no stage headings are printed, stage comes from each row


def sec(stage: int | None, num: str, title: str, *rows: Row) -> Section:
    return Section(stage, num, title, rows)


def truth_text(text: str) -> str:
    """The row's text as one line: the printed lines of the cell joined by single spaces."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def all_rows(rm: Roadmap) -> list[Row]:
    return [row for s in rm.sections for row in s.rows]


def _stage_of(rm: Roadmap, section: Section, row: Row) -> int | None:
    if rm.headed:
        return section.stage
    if row.aid is not None:
        assert row.stage is None, row
        return int(row.aid.split(".")[0])
    return row.stage


def truth_activities(rm: Roadmap) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for section in rm.sections:
        for row in section.rows:
            assert row.aid is None or row.aid in ACTIVITY_IDS, row
            assert all(code in ROLE_CODES for code in row.roles), row
            assert len(set(row.roles)) == len(row.roles), row
            assert bool(row.resp.strip()) or not row.roles, row
            d = expand(row.spec, rm.year)
            out.append(
                {
                    "text": truth_text(row.text),
                    "activity_id": row.aid,
                    "stage_id": _stage_of(rm, section, row),
                    "date_kind": d["date_kind"],
                    "date_start": d["date_start"],
                    "date_end": d["date_end"],
                    "month_start": d["month_start"],
                    "month_end": d["month_end"],
                    "recurrence": d["recurrence"],
                    "roles": list(row.roles),
                }
            )
    return out


def write_roadmap_truth(folder: Path, rm: Roadmap) -> int:
    acts = truth_activities(rm)
    write_truth(folder, rm.org, rm.year, acts)
    return len(acts)


def date_text(value: str | dt.datetime) -> str:
    assert isinstance(value, str), value
    return value


# --------------------------------------------------------------------------- office conversion


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with LibreOffice (``target`` as for --convert-to, e.g. "pdf", "odt", "rtf")."""
    ext = target.split(":")[0]
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
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


# --------------------------------------------------------------------------- docx tables

HeadLine = tuple[str, bool, Literal["c", "r"] | None]  # (text, bold, align)


def new_doc(landscape: bool, head: list[HeadLine], font_size: float | None = None) -> DocxDocument:
    doc = _new_document(landscape)
    for text, bold, align in head:
        _para(doc, text, bold=bold, align=align, size=font_size)
    return doc


def add_table(
    doc: DocxDocument,
    headers: list[str],
    body: list[tuple[str, list[str]]],
    widths: list[float],
    grid: bool = True,
) -> Any:
    """A roadmap table: body items are ("merged", [title]) for a full-width heading row, ("bold", cells)
    for a bold ordinary row, ("row", cells) for an activity row."""
    n = len(headers)
    table: Any = doc.add_table(rows=0, cols=n)
    if grid:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    for kind, cells in body:
        row = table.add_row()
        if kind == "merged":
            merged = row.cells[0].merge(row.cells[n - 1])
            _set_cell(merged, cells[0], bold=True)
        else:
            for i, val in enumerate(cells):
                _set_cell(row.cells[i], val, bold=kind == "bold")
    _widths(table, widths)
    if not grid:
        horizontal_rules(table)
    return table


def horizontal_rules(table: Table) -> None:
    """Only horizontal lines: above, below and between rows; no vertical rules at all."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if edge in ("left", "right", "insideV"):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)
