"""Process one input file into its documents row and activity rows; never raises."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass

from extractors import extract
from pipeline.errors import RoadmapError
from pipeline.models import ActivityRecord, DocumentRecord, InputFile, extension_of
from pipeline.normalize import NormalizedDocument, normalize
from pipeline.reference import Reference

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    document: DocumentRecord
    activities: list[ActivityRecord]
    seconds: float
    peak_rss_kib: int = 0  # of the process that read the file, for benchmarks
    out_of_memory: bool = False  # the process hit its memory limit: it should not go on


def document_id(source_file: str, sha256: str) -> str:
    return hashlib.sha256(f"{source_file}\0{sha256}".encode()).hexdigest()[:16]


def failed_record(source_file: str, sha256: str, error: str) -> DocumentRecord:
    return DocumentRecord(
        document_id=document_id(source_file, sha256),
        source_file=source_file,
        format=extension_of(source_file) or "?",
        status="failed",
        error=error,
        organization=None,
        academic_year_start=None,
        model="unknown",
        n_pages=None,
        n_activities=0,
        ocr_pages=0,
        garbled_pages=0,
        sha256=sha256 or None,
        title=None,
    )


def _records(
    item: InputFile, method: str, ocr_pages: set[int], doc_id: str, norm: NormalizedDocument
) -> list[ActivityRecord]:
    out: list[ActivityRecord] = []
    for i, n in enumerate(norm.rows):
        r, m, d = n.row, n.match, n.dates
        out.append(
            ActivityRecord(
                document_id=doc_id,
                source_file=item.source_file,
                row_index=i,
                raw_text=r.raw_text,
                raw_stage=r.raw_stage,
                raw_number=r.raw_number,
                raw_dates=r.raw_dates,
                raw_responsible=r.raw_responsible,
                stage_id=n.stage_id,
                activity_id=m.activity_id if m else None,
                canonical_text=m.canonical_text if m else None,
                match_score=m.score if m else 0.0,
                date_start=d.date_start,
                date_end=d.date_end,
                month_start=d.month_start,
                month_end=d.month_end,
                date_kind=d.date_kind,
                recurrence=d.recurrence,
                roles=n.roles,
                page=r.page,
                table_index=r.table,
                table_row=r.row,
                extraction_method="ocr" if r.page in ocr_pages else method,  # type: ignore[arg-type]
                flags=n.flags,
            )
        )
    return out


def process_file(item: InputFile, reference: Reference) -> FileResult:
    """The unit of work: one file in, its rows out. Every failure becomes a `failed` row."""
    started = time.perf_counter()
    fmt = item.extension or "?"

    def failed(error: str) -> FileResult:
        return FileResult(
            failed_record(item.source_file, item.sha256, error), [], time.perf_counter() - started
        )

    try:
        if item.error:
            return failed(item.error)
        _kind, extracted = extract(item)
        norm = normalize(extracted, reference)
    except RoadmapError as e:
        return failed(str(e))
    except MemoryError:
        raise  # the worker reports it; a half-freed process should not go on
    except Exception as e:  # a bug, not bad input: keep the batch going and say so
        log.exception("internal error on %s", item.source_file)
        return failed(f"внутренняя ошибка: {type(e).__name__}: {e}")
    doc_id = document_id(item.source_file, item.sha256)
    ocr_pages = {p.number for p in extracted.pages if p.method == "ocr"}
    activities = _records(item, extracted.method, ocr_pages, doc_id, norm)
    status = norm.status
    if status == "ok" and extracted.warnings:  # a page not read, a part damaged, a file cut
        status = "partial"
    record = DocumentRecord(
        document_id=doc_id,
        source_file=item.source_file,
        format=fmt,
        status=status,
        error=norm.error or ("; ".join(extracted.warnings) or None),
        organization=norm.facts.organization,
        academic_year_start=norm.facts.academic_year_start,
        model=norm.facts.model,
        n_pages=extracted.n_pages,
        n_activities=len(activities),
        ocr_pages=extracted.ocr_pages,
        garbled_pages=extracted.garbled_pages,
        sha256=item.sha256,
        title=norm.title[:500] or None,
        flags=("multi_year",) if norm.facts.multi_year else (),
    )
    return FileResult(record, activities, time.perf_counter() - started)
