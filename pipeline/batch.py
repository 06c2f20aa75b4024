"""A whole batch: discover, skip what a killed run already did, process the rest, write the dataset.

Results are written as they come, in small Parquet shards under `OUT/.work/`. A run killed at any
moment (SIGKILL included) and started again with the same command reads the shards, processes only
the files not in them, and ends with exactly the dataset an uninterrupted run writes: rows are put
back in discovery order at the end. Identical files (same content) are processed once and reported
under each name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extractors import IMAGE_KINDS
from pipeline.compliance import compliance
from pipeline.discover import Task, load
from pipeline.load import ACTIVITY_SCHEMA, DOCUMENT_SCHEMA, to_table, write_dataset
from pipeline.models import ActivityRecord, DocumentRecord
from pipeline.reference import Reference
from pipeline.run import FileResult
from pipeline.worker import relabel

SHARD_SIZE = 25  # results per shard: a kill loses at most this many finished files
FLUSH_SECONDS = 5.0

Runner = Callable[[Sequence[Task]], Iterator[tuple[Task, FileResult]]]
Listener = Callable[[Task, FileResult], None]


def _key(source_file: str, sha256: str | None) -> str:
    return f"{source_file}\0{sha256 or ''}"


class ShardStore:
    """Finished files of this output folder, kept across runs."""

    def __init__(self, out: Path, shard_size: int = SHARD_SIZE) -> None:
        self.shard_size = shard_size
        self.dir = out / ".work"
        self.dir.mkdir(parents=True, exist_ok=True)
        done = sorted(self.dir.glob("documents-*.parquet"))
        self._next = 1 + max((int(p.stem.split("-")[1]) for p in done), default=0)
        self.documents: dict[str, dict[str, Any]] = {}
        self.activities: dict[str, list[dict[str, Any]]] = {}
        for doc_path in done:
            # The documents file is renamed into place last: its presence means the shard is whole.
            acts_path = doc_path.with_name(doc_path.name.replace("documents-", "activities-"))
            for row in pq.read_table(doc_path).to_pylist():
                key = _key(row["source_file"], row["sha256"])
                self.documents[key] = row
                self.activities[key] = []
            for row in pq.read_table(acts_path).to_pylist() if acts_path.exists() else []:
                key = _key(row["source_file"], row.get("_sha256"))
                self.activities.setdefault(key, []).append(row)
        self._buffer: list[FileResult] = []
        self._last_flush = time.monotonic()

    def has(self, task: Task) -> bool:
        return _key(task.source_file, task.sha256) in self.documents

    def add(self, result: FileResult) -> None:
        self._buffer.append(result)
        if len(self._buffer) >= self.shard_size or time.monotonic() - self._last_flush > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        n = self._next
        self._next += 1
        docs = [r.document for r in self._buffer]
        acts_table = to_table([a for r in self._buffer for a in r.activities], ACTIVITY_SCHEMA)
        sha_of = {d.document_id: d.sha256 for d in docs}
        acts_table = acts_table.append_column(
            "_sha256", pa.array([sha_of[i] for i in acts_table["document_id"].to_pylist()], pa.string())
        )
        for name, table in (("activities", acts_table), ("documents", to_table(docs, DOCUMENT_SCHEMA))):
            tmp = self.dir / f".{name}-{n:06d}.tmp"
            pq.write_table(table, tmp)
            tmp.replace(self.dir / f"{name}-{n:06d}.parquet")
        for r in self._buffer:
            key = _key(r.document.source_file, r.document.sha256)
            self.documents[key] = dataclasses.asdict(r.document)
            self.activities[key] = [dataclasses.asdict(a) for a in r.activities]
        self._buffer.clear()
        self._last_flush = time.monotonic()


def _document(row: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(**{f.name: _tuple(row[f.name]) for f in dataclasses.fields(DocumentRecord)})


def _activity(row: dict[str, Any]) -> ActivityRecord:
    return ActivityRecord(**{f.name: _tuple(row[f.name]) for f in dataclasses.fields(ActivityRecord)})


def _tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


CONVERT_CHUNK = 40
LEGACY_KINDS = {"doc": "docx", "rtf": "docx", "odt": "docx", "xls": "xlsx", "ods": "xlsx"}


def convert_legacy_formats(tasks: Sequence[Task]) -> None:
    """Convert every .doc/.rtf/.odt/.xls/.ods of the batch through LibreOffice in a few large calls.

    One soffice call for many files costs a fraction of one call per file; the converted files land
    in the conversion cache, where each worker then finds its file. Failures are not raised here:
    the worker meets them again and reports them on the file's own row.
    """
    by_target: dict[str, list[Task]] = {}
    for task in tasks:
        if task.kind in LEGACY_KINDS and not task.error:
            by_target.setdefault(LEGACY_KINDS[task.kind], []).append(task)
    if not by_target:
        return
    from extractors.office import convert

    for target, group in by_target.items():
        for start in range(0, len(group), CONVERT_CHUNK):  # bounded memory: a chunk's bytes at a time
            items: list[tuple[str, bytes]] = []
            for task in group[start : start + CONVERT_CHUNK]:
                try:
                    items.append((f"{len(items)}.{task.kind}", load(task).data))
                except Exception:  # unreadable now: the worker reports it
                    continue
            convert(items, target="docx" if target == "docx" else "xlsx")


def _expected_cost(task: Task) -> float:
    try:
        size = Path(task.path).stat().st_size if not task.members else 0
    except OSError:
        size = 0
    return size * (20.0 if task.kind in IMAGE_KINDS else 1.0)


def run_batch(
    tasks: Sequence[Task],
    out: Path,
    runner: Runner,
    reference: Reference,
    on_result: Listener | None = None,
    shard_size: int = SHARD_SIZE,
) -> tuple[list[DocumentRecord], list[ActivityRecord]]:
    store = ShardStore(out, shard_size)
    todo: list[Task] = []
    duplicates: dict[str, list[Task]] = {}
    first_of_hash: dict[str, Task] = {}
    for task in tasks:
        if store.has(task):
            continue
        if task.sha256 and not task.error and task.sha256 in first_of_hash:
            duplicates.setdefault(task.sha256, []).append(task)
            continue
        if task.sha256 and not task.error:
            first_of_hash[task.sha256] = task
        todo.append(task)
    convert_legacy_formats(todo)
    # Slowest first (scans, then large files): a long file started last would leave the other
    # cores idle at the end of the batch. The dataset is put back in discovery order below.
    todo.sort(key=_expected_cost, reverse=True)
    for task, result in runner(todo):
        store.add(result)
        if on_result:
            on_result(task, result)
        for twin in duplicates.get(task.sha256, []):
            twin_result = relabel(result, twin)
            store.add(twin_result)
            if on_result:
                on_result(twin, twin_result)
    store.flush()
    documents: list[DocumentRecord] = []
    activities: list[ActivityRecord] = []
    for task in tasks:
        key = _key(task.source_file, task.sha256 or None)
        documents.append(_document(store.documents[key]))
        activities.extend(
            _activity(a) for a in sorted(store.activities.get(key, []), key=lambda a: a["row_index"])
        )
    write_dataset(out, documents, activities, compliance(documents, activities, reference))
    return documents, activities


class Progress:
    """Files done / total, rate, ETA and failures on the terminal; or JSON lines for unattended runs."""

    def __init__(self, total: int, mode: str) -> None:
        self.total, self.mode = total, mode
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._bar: Any = None
        if mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="файл", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, task: Task, result: FileResult) -> None:
        self.done += 1
        self.failed += result.document.status == "failed"
        if self._bar is not None:
            self._bar.set_postfix_str(f"ошибок: {self.failed}", refresh=False)
            self._bar.update(1)
        elif self.mode == "json":
            line = {
                "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "event": "file",
                "source_file": task.source_file,
                "status": result.document.status,
                "error": result.document.error,
                "activities": result.document.n_activities,
                "seconds": round(result.seconds, 3),
                "done": self.done,
                "total": self.total,
            }
            print(json.dumps(line, ensure_ascii=False), file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
