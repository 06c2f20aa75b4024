"""Run tasks in parallel: a local process pool with per-file limits, or a Dask cluster.

Both take the same tasks and yield `(task, FileResult)` as files finish, in any order.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from pipeline.discover import Task
from pipeline.run import FileResult
from pipeline.worker import failed_result, run_task

Finished = tuple[Task, FileResult]


def _worker_main(conn: Connection, memory_mb: int | None) -> None:
    # Tesseract's own threads are slower than one process per core on small machines.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        while True:
            task = conn.recv()
            if task is None:
                return
            conn.send(run_task(task))
    except (EOFError, BrokenPipeError):
        return  # the batch process is gone (killed or finished): nothing left to report to


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    task: Task | None = None
    started: float = 0.0


class LocalPool:
    """A pool whose workers can be killed one at a time.

    A file past its time limit, or whose worker dies (memory limit, a crash in a native library),
    is reported `failed` with that reason; its worker is replaced and the batch goes on.
    """

    def __init__(self, workers: int, timeout: float | None = None, memory_mb: int | None = None) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(["pipeline.preload"])

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.memory_mb), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    @staticmethod
    def _stop(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def run(self, tasks: Sequence[Task]) -> Iterator[Finished]:
        pending = deque(tasks)
        slots = [self._spawn() for _ in range(min(self.workers, len(pending)))]
        try:
            while pending or any(s.task for s in slots):
                for slot in slots:
                    if slot.task is None and pending:
                        slot.task, slot.started = pending.popleft(), time.monotonic()
                        slot.conn.send(slot.task)
                busy = [s for s in slots if s.task is not None]
                ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=0.5)
                for i, slot in enumerate(slots):
                    task = slot.task
                    if task is None:
                        continue
                    failure = None
                    if slot.conn in ready:
                        try:
                            result: FileResult = slot.conn.recv()
                        except (EOFError, OSError):
                            failure = "обработка прервана: рабочий процесс аварийно завершился (возможно, превышен предел памяти)"
                        else:
                            slot.task = None
                            if result.out_of_memory:
                                # Memory left fragmented by a failed allocation is not trusted with the next file.
                                self._stop(slot)
                                slots[i] = self._spawn()
                            yield task, result
                            continue
                    elif slot.process.sentinel in ready or not slot.process.is_alive():
                        failure = "обработка прервана: рабочий процесс аварийно завершился (возможно, превышен предел памяти)"
                    elif self.timeout and time.monotonic() - slot.started > self.timeout:
                        failure = f"превышено время обработки одного файла ({self.timeout:g} с)"
                    if failure:
                        self._stop(slot)
                        slots[i] = self._spawn()
                        yield task, failed_result(task, failure)
        finally:
            for slot in slots:
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
                self._stop(slot)


def run_inline(tasks: Sequence[Task]) -> Iterator[Finished]:
    """One process, no limits: for a single worker and for debugging."""
    for task in tasks:
        yield task, run_task(task)


def run_dask(tasks: Sequence[Task], scheduler: str | None, retries: int = 2) -> Iterator[Finished]:
    """The same per-file function on a Dask cluster; a task lost with its worker is retried.

    `scheduler` is `tcp://host:8786`, or None for a local cluster on this machine.
    """
    from distributed import Client, LocalCluster, as_completed

    cluster = (
        None
        if scheduler
        else LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
    )
    client = Client(scheduler or cluster)
    try:
        futures = client.map(run_task, list(tasks), retries=retries, pure=False)
        by_key = {f.key: t for f, t in zip(futures, tasks, strict=True)}
        for future in as_completed(futures):
            task = by_key[future.key]
            try:
                yield task, future.result()
            except Exception as e:  # the task failed on every retry: report it, keep the rest
                yield task, failed_result(task, f"обработка на кластере не удалась: {type(e).__name__}: {e}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
