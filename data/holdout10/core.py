"""Shared pieces of the holdout10 build: the hand-labelled row, truth rows, LibreOffice and DOCX helpers.

Date labels are small specs expanded by ``data.holdout.build.expand`` (academic year Y from the title):

    ("m", month[, year])        «Сентябрь», «май 2024 г.»          -> month
    ("r", m1, m2[, y1, y2])     «октябрь – апрель»                 -> range
    ("dl", day, month[, year])  «до 15.10.2025»                    -> deadline (date_end only)
    ("d", day, month, year)     «29.08.2025»                       -> day
    ("c",)                      «в течение года»                   -> continuous
    ("u",)                      «по мере необходимости», empty     -> unspecified
    ("a",)                      «ежегодно»                         -> unspecified, recurrence annual
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell

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
class Act:
    """One printed activity row and its hand label.

    ``date`` is the printed date cell (a real datetime only in a spreadsheet cell); ``extra`` holds the
    text of a document-specific column (planned result, note, mark). ``stage`` overrides the stage id
    where the document has no stage headings and the row is an extra (None: no stage fits).
    """

    text: str
    date: str | dt.datetime
    resp: str
    aid: str | None
    spec: DateSpec
    roles: list[str]
    extra: str = ""
    stage: int | None = field(default=None)


Section = tuple[int, str, list[Act]]


def check(act: Act) -> None:
    """Catch typos in labels before anything is written."""
    assert act.aid is None or act.aid in CANONICAL_IDS, act
    assert len(set(act.roles)) == len(act.roles), act
    assert all(r in ROLE_CODES for r in act.roles), act
    assert act.text == act.text.strip() and act.text, act


def truth(act: Act, stage_id: int | None, y: int) -> TruthActivity:
    check(act)
    d = expand(act.spec, y)
    return {
        "text": act.text,
        "activity_id": act.aid,
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(act.roles),
    }


def sections_truth(sections: list[Section], y: int) -> list[TruthActivity]:
    """Rows under stage headings: the stage is the heading above the row."""
    return [truth(a, sid, y) for sid, _title, acts in sections for a in acts]


def flat_truth(acts: list[Act], y: int) -> list[TruthActivity]:
    """Rows without stage headings: the stage of the matched activity, or the override for an extra."""
    out: list[TruthActivity] = []
    for a in acts:
        sid = int(a.aid.split(".")[0]) if a.aid is not None else a.stage
        if a.aid is not None:
            assert a.stage is None, a
        out.append(truth(a, sid, y))
    return out


def soffice_convert(src: Path, out: Path, target: str) -> None:
    """Convert ``src`` with LibreOffice to ``target`` (odt, pdf, xls, ...) and copy the result to ``out``."""
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
        ext = target.split(":")[0]
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


def pdf_pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def cell_lines(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Cell text; '\\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size is not None:
            run.font.size = Pt(size)


def compact_paragraphs(doc: DocxDocument, after_pt: float = 0.0) -> None:
    """No extra space after paragraphs (the default template adds some)."""
    for p in doc.paragraphs:
        p.paragraph_format.space_after = Pt(after_pt)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.space_after = Pt(0)


def repeat_header(row_tr: object) -> None:
    """Mark a table row as a header row repeated on every page."""
    tr_pr = row_tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
