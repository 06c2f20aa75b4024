"""Seconds per document converting .doc -> .docx: one soffice call for a batch vs one call per file.

Run: `.venv/bin/python -m bench.office [--files 10] [--rows 30] [--repeat 3]`

Builds `--files` roadmap-like .doc files (a title and a 4-column table of `--rows` rows, different
text in each), then times `extractors.office.convert_to_docx` with an empty cache: all files in one
call, then each file in a call of its own; and once more with the cache filled. Reports the median
over `--repeat` rounds. Needs LibreOffice (`soffice`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from extractors.office import convert_to_docx


def make_docs(root: Path, n_files: int, n_rows: int) -> list[tuple[str, bytes]]:
    """`n_files` .doc files, made .docx -> .odt -> .doc (LibreOffice 7.4 drops python-docx tables when
    writing .doc straight from .docx)."""
    src = root / "docx"
    src.mkdir()
    for i in range(n_files):
        document = docx.Document()
        document.add_paragraph(f"Дорожная карта реализации программы наставничества, школа № {i + 1}")
        table = document.add_table(rows=n_rows + 1, cols=4)
        for cell, text in zip(
            table.rows[0].cells, ("№", "Мероприятие", "Сроки", "Ответственные"), strict=True
        ):
            cell.text = text
        for r in range(1, n_rows + 1):
            texts = (
                str(r),
                f"Мероприятие {r} школы {i + 1}: встреча наставников",
                "сентябрь 2023",
                "Куратор",
            )
            for cell, text in zip(table.rows[r].cells, texts, strict=True):
                cell.text = text
        document.save(str(src / f"roadmap{i:02d}.docx"))
    profile = f"-env:UserInstallation={(root / 'profile').as_uri()}"
    for ext, folder in (("odt", src), ("doc", root / "odt")):
        files = [str(p) for p in sorted(folder.iterdir())]
        assert files, folder  # soffice given no input file never exits
        subprocess.run(
            [
                "soffice",
                profile,
                "--headless",
                "--convert-to",
                ext,
                "--outdir",
                str(root / ext),
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return [(p.name, p.read_bytes()) for p in sorted((root / "doc").glob("*.doc"))]


def timed(run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if shutil.which("soffice") is None:
        print("soffice not found: install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
        root = Path(tmp)
        items = make_docs(root, args.files, args.rows)
        n = len(items)
        batch, single, cached = [], [], []
        for k in range(args.repeat):
            cache = root / f"cache-batch-{k}"

            def convert_batch(cache: Path = cache) -> None:
                results = convert_to_docx(items, cache_dir=cache)
                assert all(isinstance(v, bytes) for v in results.values()), results

            def convert_single(k: int = k) -> None:
                for j, item in enumerate(items):
                    result = convert_to_docx([item], cache_dir=root / f"cache-single-{k}-{j}")
                    assert isinstance(result[item[0]], bytes), result

            batch.append(timed(convert_batch) / n)
            cached.append(timed(convert_batch) / n)  # same cache: no soffice
            single.append(timed(convert_single) / n)
    print(f"{n} .doc files, {args.rows}-row table each, median of {args.repeat} rounds")
    print(f"  one soffice call for all files : {statistics.median(batch):.3f} s per document")
    print(f"  one soffice call per file      : {statistics.median(single):.3f} s per document")
    print(f"  second run, from the cache     : {statistics.median(cached) * 1000:.2f} ms per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
