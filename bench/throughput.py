"""Throughput, scaling and memory of whole `roadmap ingest` runs.

Run: `.venv/bin/python -m bench.throughput [--parts mixed memory resume] [--sizes 100 300 1000] [--repeat 3]`

All measurements in one run on the same machine:
- a mixed batch (every DOCX sample, its PDF export made by LibreOffice when `soffice` is present, and
  a scanned page rendered from that PDF when the OCR extractor can read it): files/min and pages/min
  with 1 and 2 workers, and the speed-up of 2 workers over 1 (median of `--repeat` runs);
- peak RSS of a worker process (the largest of the run's children) on DOCX batches of growing size:
  it must stay flat as the batch grows;
- the time a SIGKILL in the middle of a run costs: (killed part + resumed part) − uninterrupted;
- a projection of a federal run (40,000 schools, 200,000 pages, a fifth of them scans) from the
  measured per-page costs, for 2, 16 and 64 cores.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import docx

from pipeline.batch import run_batch
from pipeline.discover import Task, discover
from pipeline.executors import LocalPool
from pipeline.golden import sample_folders, sample_input
from pipeline.reference import load_reference
from pipeline.run import FileResult

FEDERAL_PAGES = 200_000
FEDERAL_SCAN_SHARE = 0.2


def _variant(data: bytes, i: int) -> bytes:
    """The same roadmap with one more paragraph: distinct bytes, so identical-file reuse stays out."""
    doc = docx.Document(io.BytesIO(data))
    doc.add_paragraph(f"Экземпляр {i}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_samples() -> list[Path]:
    return [
        p for p in (sample_input(f) for f in sample_folders()) if p.suffix == ".docx" and p.stat().st_size > 0
    ]


def _docx_batch(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sources = [p.read_bytes() for p in _docx_samples()]
    good = []
    for s in sources:
        try:
            docx.Document(io.BytesIO(s))
            good.append(s)
        except Exception:
            continue
    for i in range(n):
        (folder / f"r{i:05d}.docx").write_bytes(_variant(good[i % len(good)], i))
    return folder


def _mixed_batch(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in _docx_samples():
        shutil.copy(p, folder / f"{p.parent.name}.docx")
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                ]
                + [str(p) for p in folder.glob("*.docx")],
                check=False,
                capture_output=True,
                timeout=600,
            )
        _scans(folder)
    return folder


def _scans(folder: Path) -> None:
    """First page of a few PDFs as 300-dpi PNG scans."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return
    for pdf in sorted(folder.glob("*.pdf"))[:4]:
        page = pdfium.PdfDocument(str(pdf))[0]
        page.render(scale=300 / 72).to_pil().convert("L").save(folder / f"{pdf.stem}_scan.png")


def _ingest(inputs: Path, out: Path, workers: int) -> tuple[float, int]:
    """(wall seconds, peak RSS of a worker in KiB) of one whole batch, as the CLI runs it."""
    shutil.rmtree(out, ignore_errors=True)
    reference = load_reference()
    peak = 0

    def note(_task: Task, result: FileResult) -> None:
        nonlocal peak
        peak = max(peak, result.peak_rss_kib)

    started = time.perf_counter()
    tasks = list(discover([inputs]))
    run_batch(tasks, out, LocalPool(workers).run, reference, note)
    return time.perf_counter() - started, peak


def _pages(out: Path) -> int:
    import pyarrow.parquet as pq

    docs = pq.read_table(out / "documents.parquet").to_pylist()
    return sum(d["n_pages"] or 1 for d in docs)


def measure_mixed(root: Path, repeat: int) -> dict[str, Any]:
    batch = _mixed_batch(root / "mixed")
    n_files = len(list(batch.iterdir()))
    result: dict[str, Any] = {"files": n_files}
    for workers in (1, 2):
        times = [_ingest(batch, root / f"out{workers}", workers)[0] for _ in range(repeat)]
        result[f"seconds_{workers}w"] = round(statistics.median(times), 2)
    result["pages"] = _pages(root / "out2")
    for workers in (1, 2):
        sec = result[f"seconds_{workers}w"]
        result[f"files_per_min_{workers}w"] = round(n_files / sec * 60, 1)
        result[f"pages_per_min_{workers}w"] = round(result["pages"] / sec * 60, 1)
    result["speedup_2w_over_1w"] = round(result["seconds_1w"] / result["seconds_2w"], 2)
    return result


def measure_memory(root: Path, sizes: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        batch = _docx_batch(root / f"docx{n}", n)
        seconds, rss = _ingest(batch, root / f"mem{n}", 2)
        out[str(n)] = {"seconds": round(seconds, 2), "peak_worker_rss_mib": round(rss / 1024, 1)}
    return out


def measure_long_pdf(root: Path, repeats: int) -> dict[str, Any]:
    """Peak RSS of the worker that reads one long text-layer PDF (about 300 pages)."""
    from bench.pdf_text import roadmap_pdf

    folder = root / "long"
    folder.mkdir(parents=True, exist_ok=True)
    data = roadmap_pdf(ruled=True, repeats=repeats)
    (folder / "long.pdf").write_bytes(data)
    seconds, rss = _ingest(folder, root / "long_out", 1)
    return {
        "pages": _pages(root / "long_out"),
        "seconds": round(seconds, 2),
        "peak_worker_rss_mib": round(rss / 1024, 1),
    }


def measure_resume(root: Path, n: int) -> dict[str, Any]:
    batch = _docx_batch(root / "resume", n)
    whole, _ = _ingest(batch, root / "whole", 2)
    out = root / "killed"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "ingest",
        str(batch),
        "--out",
        str(out),
        "--workers",
        "2",
        "--quiet",
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    time.sleep(whole / 2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_part = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    resumed_part = time.perf_counter() - started
    return {
        "files": n,
        "uninterrupted_s": round(whole, 2),
        "killed_then_resumed_s": round(killed_part + resumed_part, 2),
        "lost_s": round(killed_part + resumed_part - whole, 2),
    }


def project(mixed: dict[str, Any], scan_seconds_per_page: float | None) -> dict[str, Any]:
    """Federal run from per-page costs measured with 2 workers (work scales with cores)."""
    text_page = mixed["seconds_2w"] * 2 / max(mixed["pages"], 1)  # core-seconds per page
    scan_page = (scan_seconds_per_page or 0.8) * 2
    core_seconds = FEDERAL_PAGES * ((1 - FEDERAL_SCAN_SHARE) * text_page + FEDERAL_SCAN_SHARE * scan_page)
    return {f"{cores}_cores_hours": round(core_seconds / cores / 3600, 1) for cores in (2, 16, 64)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--resume-files", type=int, default=300)
    parser.add_argument("--scan-seconds-per-page", type=float, help="from bench.ocr, for the projection")
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--long-pdf-repeats", type=int, default=95, help="table repeats: 95 give about 300 pages"
    )
    parser.add_argument(
        "--parts",
        nargs="+",
        default=["mixed", "memory", "resume", "long_pdf"],
        choices=["mixed", "memory", "resume", "long_pdf"],
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        report: dict[str, Any] = {}
        if "mixed" in args.parts:
            report["mixed"] = measure_mixed(root, args.repeat)
            report["federal_projection"] = project(report["mixed"], args.scan_seconds_per_page)
        if "memory" in args.parts:
            report["memory"] = measure_memory(root, args.sizes)
        if "long_pdf" in args.parts:
            report["long_pdf"] = measure_long_pdf(root, args.long_pdf_repeats)
        if "resume" in args.parts:
            report["resume"] = measure_resume(root, args.resume_files)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
