"""The unit of work as executors run it: one task in, one FileResult out, never an exception."""

from __future__ import annotations

import dataclasses
import resource

from pipeline.discover import Task, load
from pipeline.models import DocumentRecord
from pipeline.reference import Reference, load_reference
from pipeline.run import FileResult, document_id, failed_record, process_file

MEMORY_ERROR = "превышен предел памяти на один файл (параметр --memory-mb)"
_reference: Reference | None = None


def _ref() -> Reference:
    global _reference  # loaded once per worker process, not once per file
    if _reference is None:
        _reference = load_reference()
    return _reference


def warm() -> Reference:
    """Load the reference and everything derived from it (dictionary, matcher index) now."""
    from normalizers.activities import MatchInput, match_activities

    reference = _ref()
    match_activities([MatchInput("Обучение наставников", None, "")], reference)
    return reference


def run_task(task: Task) -> FileResult:
    try:
        item = load(task)
    except MemoryError:
        return FileResult(
            failed_record(task.source_file, task.sha256, MEMORY_ERROR), [], 0.0, out_of_memory=True
        )
    except Exception as e:  # the file vanished or its archive changed since discovery
        return FileResult(failed_record(task.source_file, task.sha256, f"файл не читается: {e}"), [], 0.0)
    try:
        result = process_file(item, _ref())
        return dataclasses.replace(result, peak_rss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except MemoryError:
        return FileResult(
            failed_record(task.source_file, task.sha256, MEMORY_ERROR), [], 0.0, out_of_memory=True
        )


def failed_result(task: Task, error: str) -> FileResult:
    return FileResult(failed_record(task.source_file, task.sha256, error), [], 0.0)


def relabel(result: FileResult, task: Task) -> FileResult:
    """The result of an identical file (same content) under another name."""
    doc_id = document_id(task.source_file, task.sha256)
    document: DocumentRecord = dataclasses.replace(
        result.document, source_file=task.source_file, document_id=doc_id
    )
    activities = [
        dataclasses.replace(a, source_file=task.source_file, document_id=doc_id) for a in result.activities
    ]
    return FileResult(document, activities, 0.0)
