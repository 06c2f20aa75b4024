"""Shared helpers of the holdout9 roadmaps: truth assembly, format conversion, docx tables.

The truth helpers (``R``, ``expand``, ``truth_row``, ``write_truth``) and the small docx helpers
come from ``data.holdout.build``; this module adds what the eight roadmaps here need on top:
stage lists, a generic LibreOffice conversion and a few table builders.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TypeAlias

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from data.holdout.build import (
    Align,
    DateSpec,
    R,
    Row,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _widths,
    expand,
    truth_row,
    write_truth,
)

__all__ = [
    "Align",
    "DateSpec",
    "HeadPara",
    "R",
    "Row",
    "Stage",
    "TruthActivity",
    "expand",
    "flat_truth",
    "soffice_convert",
    "stage_truth",
    "staged_docx",
    "write_truth",
]

# A stage of a roadmap: (stage id, heading as printed, rows).
Stage: TypeAlias = tuple[int, str, list[Row]]
HeadPara: TypeAlias = tuple[str, bool, Align]


def stage_truth(stages: Sequence[Stage], y: int) -> list[TruthActivity]:
    """Truth rows of a roadmap whose rows sit under stage headings."""
    return [truth_row(row, sid, y) for sid, _, rows in stages for row in rows]


def flat_truth(rows: Sequence[tuple[int | None, Row]], y: int) -> list[TruthActivity]:
    """Truth rows of a roadmap without stage headings; each row carries its judged stage."""
    return [truth_row(row, sid, y) for sid, row in rows]


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with headless LibreOffice (``target`` as for --convert-to) into ``out``."""
    ext = target.split(":", 1)[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        outdir = tmp_p / "out"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


def _resp(row: Row) -> str:
    resp = row["resp"]
    return "" if resp is None else resp


def _date(row: Row) -> str:
    date = row["date"]
    assert isinstance(date, str), row
    return date


def staged_docx(
    path: Path,
    head: Sequence[HeadPara],
    headers: Sequence[str],
    stages: Sequence[Stage],
    widths: Sequence[float],
    *,
    landscape: bool = False,
    font_size: float = 11,
    tail: Sequence[HeadPara] = (),
    numbered_stages: bool = True,
) -> None:
    """A 4-column table ``№ | activity | date | responsible`` with full-width stage rows.

    The stage row holds the stage number (when ``numbered_stages``) in the first cell and the
    heading merged over the rest; each activity row prints its ``num``.
    """
    doc = _new_document(landscape)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(font_size)
    for text, bold, align in head:
        _para(doc, text, bold=bold, align=align)
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    for _sid, heading, rows in stages:
        srow = table.add_row()
        if numbered_stages:
            num, _, rest = heading.partition(" ")
            _set_cell(srow.cells[0], num, bold=True)
            merged = srow.cells[1].merge(srow.cells[len(headers) - 1])
            _set_cell(merged, rest, bold=True)
        else:
            merged = srow.cells[0].merge(srow.cells[len(headers) - 1])
            _set_cell(merged, heading, bold=True)
        for row in rows:
            r = table.add_row()
            cells = [row["num"] or "", row["text"], _date(row), _resp(row)]
            for i, val in enumerate(cells):
                _set_cell(r.cells[i], val)
    _widths(table, widths)
    for text, bold, align in tail:
        _para(doc, text, bold=bold, align=align)
    doc.save(str(path))
