"""Batches: kill and resume, identical files, per-file limits, the Dask executor."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.batch import run_batch
from pipeline.discover import Task, discover
from pipeline.executors import LocalPool, run_dask, run_inline
from pipeline.reference import Reference
from pipeline.run import FileResult
from tests.hostile.make_corpus import roadmap_docx

STAGE = "Подготовка условий для запуска программы наставничества"
ACTS = [
    "Информирование педагогического сообщества о реализации программы наставничества",
    "Информирование родительского сообщества о планируемой реализации программы наставничества",
    "Встреча с обучающимися образовательной организации",
]


def _docx(school: int) -> bytes:
    rows = [
        ("1", STAGE, "", ""),
        *((f"1.{i + 1}", text, "Сентябрь", "Директор") for i, text in enumerate(ACTS)),
    ]
    return roadmap_docx(f"СОШ № {school}", rows)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    for i in range(30):
        (root / f"school_{i:02d}.docx").write_bytes(_docx(i))
    (root / "school_00_copy.docx").write_bytes((root / "school_00.docx").read_bytes())
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    return root


def _dataset(out: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return pq.read_table(out / "documents.parquet").to_pylist(), pq.read_table(
        out / "activities.parquet"
    ).to_pylist()


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "ingest", *args, "--quiet"]


def test_killed_run_resumes_to_the_same_dataset(folder: Path, tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    subprocess.run(_cli(str(folder), "--out", str(whole), "--workers", "1"), check=True)
    proc = subprocess.Popen(_cli(str(folder), "--out", str(resumed), "--workers", "2", "--shard-size", "2"))
    deadline = time.monotonic() + 60
    while not list((resumed / ".work").glob("documents-*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (resumed / "documents.parquet").exists(), "the run finished before it could be killed"
    done_before = len(list((resumed / ".work").glob("documents-*.parquet")))
    assert done_before >= 1
    subprocess.run(
        _cli(str(folder), "--out", str(resumed), "--workers", "2", "--shard-size", "2"), check=True
    )
    assert _dataset(resumed) == _dataset(whole)
    docs, _ = _dataset(whole)
    assert len(docs) == 32 and len({d["source_file"] for d in docs}) == 32


def test_identical_files_are_processed_once_and_reported_under_each_name(
    folder: Path, tmp_path: Path, reference: Reference
) -> None:
    tasks = list(discover([folder]))
    seen: list[str] = []

    def runner(todo: Sequence[Task]) -> Iterator[tuple[Task, FileResult]]:
        seen.extend(t.source_file for t in todo)
        return run_inline(todo)

    docs, acts = run_batch(tasks, tmp_path / "o", runner, reference)
    assert "school_00.docx" in seen and "school_00_copy.docx" not in seen
    by_name = {d.source_file: d for d in docs}
    assert by_name["school_00_copy.docx"].status == by_name["school_00.docx"].status == "ok"
    assert by_name["school_00_copy.docx"].document_id != by_name["school_00.docx"].document_id
    assert sum(a.source_file == "school_00_copy.docx" for a in acts) == 3


def test_a_file_past_its_time_limit_fails_alone(tmp_path: Path, folder: Path) -> None:
    fifo = tmp_path / "hangs.docx"
    os.mkfifo(fifo)  # reading it blocks forever: a stand-in for a file that hangs a library
    good = next(iter(discover([folder / "school_01.docx"])))
    results = dict(
        (t.source_file, r)
        for t, r in LocalPool(2, timeout=3).run([Task("hangs.docx", str(fifo), sha256="h"), good])
    )
    assert results["hangs.docx"].document.status == "failed"
    assert "превышено время" in (results["hangs.docx"].document.error or "")
    assert results["school_01.docx"].document.status == "ok"


def test_a_file_past_the_memory_limit_fails_alone(tmp_path: Path) -> None:
    # A DOCX whose 600,000 paragraphs need more than the limit once parsed (200 KB compressed).
    body = "<w:p><w:r><w:t>Информирование педагогов</w:t></w:r></w:p>" * 600_000
    xml = f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(tmp_path / "huge.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    (tmp_path / "small.docx").write_bytes(_docx(7))
    tasks = list(discover([tmp_path / "huge.docx", tmp_path / "small.docx"]))
    results = {t.source_file: r.document for t, r in LocalPool(1, memory_mb=700).run(tasks)}
    assert results["huge.docx"].status == "failed"
    assert "памяти" in (results["huge.docx"].error or "")
    assert results["small.docx"].status == "ok"


def test_dask_local_cluster_gives_the_same_rows(folder: Path) -> None:
    tasks = list(discover([folder / "school_04.docx", folder / "school_05.docx", folder / "broken.docx"]))
    inline = {t.source_file: r.document for t, r in run_inline(tasks)}
    dask = {t.source_file: r.document for t, r in run_dask(tasks, None)}
    assert dask == inline


def _zip_with_raw_names(path: Path, names: Sequence[bytes]) -> None:
    """An archive whose member names are stored as these bytes without the UTF-8 flag, as Windows
    archivers write them (zipfile itself always sets the flag for non-ASCII names)."""
    placeholders = [bytes([ord("a") + i]) * len(name) for i, name in enumerate(names)]
    with zipfile.ZipFile(path, "w") as zf:
        for placeholder in placeholders:
            zf.writestr(placeholder.decode(), b"text")
    data = path.read_bytes()
    for placeholder, name in zip(placeholders, names, strict=True):
        data = data.replace(placeholder, name)
    path.write_bytes(data)


def test_russian_member_names_from_windows_archivers_are_read(tmp_path: Path) -> None:
    archive = tmp_path / "roadmaps.zip"
    _zip_with_raw_names(archive, ["Дорожная карта.docx".encode("cp866"), "План школы.pdf".encode()])
    assert sorted(t.source_file.split("/", 1)[1] for t in discover([archive])) == [
        "Дорожная карта.docx",
        "План школы.pdf",
    ]
