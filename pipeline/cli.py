"""`roadmap ingest INPUT... --out DIR`: read roadmaps, write the uniform dataset, print a summary."""

from __future__ import annotations

import argparse
import collections
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.discover import discover
from pipeline.load import write_dataset
from pipeline.models import ActivityRecord, DocumentRecord
from pipeline.reference import ReferenceError, load_reference
from pipeline.run import process_all


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roadmap", description="Дорожные карты наставничества → единый набор данных"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="прочитать файлы, папки и .zip и записать набор данных")
    ingest.add_argument("inputs", nargs="+", type=Path, help="файлы, папки (рекурсивно) или .zip")
    ingest.add_argument("--out", required=True, type=Path, help="папка для результатов")
    ingest.add_argument("--quiet", action="store_true", help="не печатать сводку")
    return parser


def ingest(inputs: Sequence[Path], out: Path, quiet: bool = False) -> int:
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
        reference = load_reference()
    except ReferenceError as e:
        print(f"roadmap: справочник повреждён: {e}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    documents: list[DocumentRecord] = []
    activities: list[ActivityRecord] = []
    for result in process_all(discover(inputs), reference):
        documents.append(result.document)
        activities.extend(result.activities)
    write_dataset(out, documents, activities)
    if not quiet:
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
        return ingest(args.inputs, args.out, args.quiet)
    return 2


if __name__ == "__main__":
    sys.exit(main())
