"""Compare each roadmap with the 2019 target model: every canonical activity present or missing,
dated sensibly, with someone responsible. One row per (document, canonical activity)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import ActivityRecord, DocumentRecord
from pipeline.reference import Reference


@dataclass(frozen=True)
class ComplianceRecord:
    document_id: str
    source_file: str
    organization: str | None
    stage_id: int
    activity_id: str
    canonical_text: str
    present: bool
    n_rows: int
    date_start: dt.date | None
    date_end: dt.date | None
    roles: tuple[str, ...]
    problems: tuple[str, ...]  # codes from reference/compliance.yaml
    problem_text: str


def _academic_month(d: dt.date | None, month: int | None, year: int | None) -> int | None:
    """Months since September of the academic year (September 0 … August 11; later years go on)."""
    if d is not None and year is not None:
        return (d.year - year) * 12 + d.month - 9
    m = d.month if d else month
    return None if m is None else (m - 9) % 12


def _problems(
    row: ActivityRecord, year: int | None, earliest_before: int | None, reference: Reference
) -> list[str]:
    rules = reference.compliance
    out: list[str] = []
    dated = any(v is not None for v in (row.date_start, row.date_end, row.month_start, row.month_end))
    if not dated and row.date_kind != "continuous":
        out.append("undated")
    if year is not None and (row.date_start or row.date_end):
        grace = dt.timedelta(days=rules.year_grace_days)
        first, last = dt.date(year, 9, 1) - grace, dt.date(year + 1, 8, 31) + grace
        if (row.date_start and row.date_start < first) or (row.date_end and row.date_end > last):
            out.append("outside_year")
    start = _academic_month(row.date_start, row.month_start or row.month_end, year)
    ordered = row.date_kind not in ("continuous", "unspecified")  # «в течение года» overlaps every stage
    if (
        ordered
        and start is not None
        and earliest_before is not None
        and start < earliest_before - rules.order_tolerance_months
    ):
        out.append("out_of_order")
    if not row.roles:
        out.append("no_responsible")
    return out


def compliance(
    documents: Sequence[DocumentRecord], activities: Sequence[ActivityRecord], reference: Reference
) -> list[ComplianceRecord]:
    by_doc: dict[str, list[ActivityRecord]] = {}
    for a in activities:
        by_doc.setdefault(a.document_id, []).append(a)
    canonical = reference.canonical.target_model_2019
    out: list[ComplianceRecord] = []
    for doc in documents:
        if doc.status not in ("ok", "partial") or doc.model != "target_model_2019":
            continue
        rows = by_doc.get(doc.document_id, [])
        first: dict[str, ActivityRecord] = {}
        counts: dict[str, int] = {}
        for r in rows:
            if r.activity_id:
                first.setdefault(r.activity_id, r)
                counts[r.activity_id] = counts.get(r.activity_id, 0) + 1
        # Earliest planned start of each stage, to catch a stage planned before the one it needs.
        stage_start: dict[int, int] = {}
        for r in first.values():
            m = _academic_month(r.date_start, r.month_start or r.month_end, doc.academic_year_start)
            if m is not None and r.date_kind != "continuous":
                sid = int(r.activity_id.split(".")[0]) if r.activity_id else 0
                stage_start[sid] = min(stage_start.get(sid, m), m)
        for stage in canonical.stages:
            before = [v for s, v in stage_start.items() if s < stage.id]
            earliest_before = max(before) if before else None
            for act in stage.activities:
                row = first.get(act.id)
                problems = (
                    ["missing"]
                    if row is None
                    else _problems(row, doc.academic_year_start, earliest_before, reference)
                )
                out.append(
                    ComplianceRecord(
                        document_id=doc.document_id,
                        source_file=doc.source_file,
                        organization=doc.organization,
                        stage_id=stage.id,
                        activity_id=act.id,
                        canonical_text=act.text,
                        present=row is not None,
                        n_rows=counts.get(act.id, 0),
                        date_start=row.date_start if row else None,
                        date_end=row.date_end if row else None,
                        roles=row.roles if row else (),
                        problems=tuple(problems),
                        problem_text="; ".join(reference.compliance.message(p) for p in problems),
                    )
                )
    return out
