"""The compliance table: every canonical activity of every 2019-model roadmap, with its problems."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pipeline.compliance import compliance
from pipeline.models import ActivityRecord, DocumentRecord
from pipeline.reference import Reference

DOC = DocumentRecord(
    document_id="d1",
    source_file="a.docx",
    format="docx",
    status="ok",
    error=None,
    organization="МБОУ «СОШ № 1»",
    academic_year_start=2023,
    model="target_model_2019",
    n_pages=None,
    n_activities=3,
    ocr_pages=0,
    garbled_pages=0,
    sha256="x",
    title=None,
)


def _row(
    activity_id: str, start: dt.date | None, end: dt.date | None, roles: tuple[str, ...], kind: str = "month"
) -> ActivityRecord:
    return ActivityRecord(
        document_id="d1",
        source_file="a.docx",
        row_index=0,
        raw_text="",
        raw_stage="",
        raw_number="",
        raw_dates="",
        raw_responsible="",
        stage_id=int(activity_id[0]),
        activity_id=activity_id,
        canonical_text=None,
        match_score=100.0,
        date_start=start,
        date_end=end,
        month_start=start.month if start else None,
        month_end=end.month if end else None,
        date_kind=kind,  # type: ignore[arg-type]
        recurrence=None,
        roles=roles,
        page=None,
        table_index=None,
        table_row=None,
        extraction_method="docx",
        flags=(),
    )


def test_problems_per_activity(reference: Reference) -> None:
    rows = [
        _row("1.1", dt.date(2023, 9, 1), dt.date(2023, 9, 30), ("director",)),
        _row("2.1", dt.date(2023, 11, 1), dt.date(2023, 11, 30), ()),
        _row("3.1", dt.date(2023, 9, 1), dt.date(2023, 9, 30), ("tutor",)),  # before stage 2 starts
        _row("4.1", None, None, ("tutor",), kind="unspecified"),
        _row("5.1", dt.date(2025, 3, 1), dt.date(2025, 3, 31), ("tutor",)),  # a year too late
        _row("6.4", dt.date(2023, 9, 1), dt.date(2024, 8, 31), ("mentors",), kind="continuous"),
    ]
    table = {c.activity_id: c for c in compliance([DOC], rows, reference)}
    assert len(table) == 35
    assert table["1.1"].problems == ()
    assert table["2.1"].problems == ("no_responsible",)
    assert table["3.1"].problems == ("out_of_order",)
    assert table["4.1"].problems == ("undated",)
    assert table["5.1"].problems == ("outside_year",)
    assert table["6.4"].problems == ()
    assert table["7.8"].problems == ("missing",) and not table["7.8"].present
    assert table["2.1"].problem_text == "не указан ответственный"


def test_only_roadmaps_of_the_2019_model(reference: Reference) -> None:
    other = [dataclasses.replace(DOC, model="teachers_2022"), dataclasses.replace(DOC, status="not_roadmap")]
    assert compliance(other, [], reference) == []
