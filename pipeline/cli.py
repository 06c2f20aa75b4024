"""`roadmap ingest INPUT... --out DIR`: read roadmaps, write the uniform dataset, print a summary."""

from __future__ import annotations

import argparse
import collections
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.batch import SHARD_SIZE, Progress, Runner, run_batch
from pipeline.discover import discover
from pipeline.executors import LocalPool, run_dask, run_inline
from pipeline.reference import ReferenceError, load_reference


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roadmap", description="Дорожные карты наставничества → единый набор данных"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="прочитать файлы, папки и .zip и записать набор данных")
    ingest.add_argument("inputs", nargs="+", type=Path, help="файлы, папки (рекурсивно) или .zip")
    ingest.add_argument("--out", required=True, type=Path, help="папка для результатов")
    ingest.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="пропустить файлы по шаблону имени (можно повторять)",
    )
    ingest.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="процессов (по умолчанию: все ядра)"
    )
    ingest.add_argument("--executor", choices=["local", "dask"], default="local")
    ingest.add_argument(
        "--scheduler", help="адрес планировщика Dask, tcp://host:8786 (без него: локальный кластер)"
    )
    ingest.add_argument("--timeout", type=float, default=600.0, help="предел времени на один файл, с")
    ingest.add_argument("--memory-mb", type=int, default=4096, help="предел памяти одного процесса, МБ")
    ingest.add_argument(
        "--shard-size",
        type=int,
        default=SHARD_SIZE,
        help="файлов на промежуточный фрагмент (для продолжения после сбоя)",
    )
    mode = ingest.add_mutually_exclusive_group()
    mode.add_argument("--quiet", action="store_true", help="без индикатора и сводки")
    mode.add_argument(
        "--log-json", action="store_true", help="строка JSON на каждый файл (для запуска без терминала)"
    )
    return parser


def _runner(args: argparse.Namespace) -> Runner:
    if args.executor == "dask":
        return lambda tasks: run_dask(tasks, args.scheduler)
    if args.workers <= 1:
        return run_inline
    return LocalPool(args.workers, args.timeout, args.memory_mb).run


def ingest(args: argparse.Namespace) -> int:
    inputs: list[Path] = args.inputs
    out: Path = args.out
    missing = [p for p in inputs if not p.exists()]
    if missing:
        print(f"roadmap: нет такого файла или папки: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        print(f"roadmap: нельзя писать в {out}: {e}", file=sys.stderr)
        return 2
    try:
        reference = load_reference()  # fail early, once, on broken reference data
    except ReferenceError as e:
        print(f"roadmap: справочник повреждён: {e}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    tasks = list(discover(inputs, args.exclude))
    mode = "json" if args.log_json else "none" if args.quiet or not sys.stderr.isatty() else "bar"
    progress = Progress(len(tasks), mode)
    try:
        documents, activities = run_batch(tasks, out, _runner(args), reference, progress, args.shard_size)
    finally:
        progress.close()
    if not args.quiet:
        by_status = collections.Counter(d.status for d in documents)
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(by_status.items()))
        print(
            f"файлов: {len(documents)} ({statuses}); мероприятий: {len(activities)}; "
            f"время: {time.perf_counter() - started:.1f} с; результат: {out}"
        )
        for d in documents:
            if d.status == "failed":
                print(f"  ✗ {d.source_file}: {d.error}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        return ingest(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
