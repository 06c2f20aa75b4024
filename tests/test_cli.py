"""`roadmap ingest` end to end: every input gets a documents row; bad files never stop the batch."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from tests.hostile.make_corpus import roadmap_docx

ROWS = [
    ("1", "Подготовка условий для запуска программы наставничества", "", ""),
    (
        "1.1",
        "Информирование педагогического сообщества о реализации программы наставничества",
        "Сентябрь",
        "Директор",
    ),
    (
        "1.2",
        "Информирование родительского сообщества о планируемой реализации программы",
        "Сентябрь",
        "Зам. директора по ВР",
    ),
    ("2", "Формирование базы наставляемых", "", ""),
    (
        "2.1",
        "Проведение анкетирования среди обучающихся, желающих принять участие в программе",
        "Октябрь",
        "Тьютор",
    ),
]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    good = roadmap_docx("СОШ № 7", ROWS)
    (root / "good.docx").write_bytes(good)
    (root / "sub" / "corrupt.docx").write_bytes(good[: len(good) // 2])
    (root / "empty.docx").write_bytes(b"")
    pages = io.BytesIO()
    with zipfile.ZipFile(pages, "w") as zf:
        zf.writestr("Index/Document.iwa", b"\x00\x01")
    (root / "plan.pages").write_bytes(pages.getvalue())
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("inner/copy.docx", good)
        zf.writestr("inner/notes.bin", b"\x00\x01\x02\x03" * 10)
    (root / "bundle.zip").write_bytes(archive.getvalue())
    return root


def test_batch_with_bad_files(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["ingest", str(batch), "--out", str(out), "--quiet"]) == 0
    docs = {r["source_file"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert set(docs) == {
        "good.docx",
        "sub/corrupt.docx",
        "empty.docx",
        "plan.pages",
        "bundle.zip/inner/copy.docx",
        "bundle.zip/inner/notes.bin",
    }
    assert docs["good.docx"]["status"] == "ok"
    assert docs["good.docx"]["n_activities"] == 3
    assert docs["good.docx"]["organization"] == "МБОУ «СОШ № 7»"
    assert docs["good.docx"]["academic_year_start"] == 2023
    assert docs["bundle.zip/inner/copy.docx"]["status"] == "ok"
    for name, reason in [
        ("sub/corrupt.docx", "файл повреждён"),
        ("empty.docx", "файл пуст"),
        ("plan.pages", "формат не поддерживается"),
        ("bundle.zip/inner/notes.bin", "формат не поддерживается"),
    ]:
        assert docs[name]["status"] == "failed", name
        assert docs[name]["error"].startswith(reason), (name, docs[name]["error"])
    acts = pq.read_table(out / "activities.parquet").to_pylist()
    good = [a for a in acts if a["source_file"] == "good.docx"]
    assert [(a["activity_id"], a["stage_id"], a["roles"]) for a in good] == [
        ("1.1", 1, ["director"]),
        ("1.2", 1, ["deputy_director_upbringing"]),
        ("2.1", 2, ["tutor"]),
    ]
    assert str(good[0]["date_start"]) == "2023-09-01"
    with duckdb.connect(str(out / "roadmap.duckdb"), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM activities").fetchone()
        assert row is not None and row[0] == len(acts)
        row = con.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()
        assert row is not None and row[0] == 4
    assert (out / "roadmap.xlsx").stat().st_size > 0


def test_usage_errors(tmp_path: Path) -> None:
    assert main(["ingest", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["ingest", str(tmp_path), "--out", str(blocker / "sub")]) == 2


def test_summary_sheet_and_json_log(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from openpyxl import load_workbook

    out = tmp_path / "out"
    assert main(["ingest", str(batch), "--out", str(out), "--workers", "1", "--log-json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    assert sorted(line["source_file"] for line in lines) == sorted(
        r["source_file"] for r in pq.read_table(out / "documents.parquet").to_pylist()
    )
    assert {line["status"] for line in lines} == {"ok", "failed"}
    book = load_workbook(out / "roadmap.xlsx", read_only=True)
    rows = list(book["сводка"].iter_rows(values_only=True))
    book.close()  # a read-only book keeps its file open until closed
    assert rows[0][:4] == ("организация", "файл", "есть из 35", "замечаний")
    good = next(r for r in rows[1:] if r[1] == "good.docx")
    marks = dict(zip(rows[0][4:], good[4:], strict=True))
    assert good[2] == 3  # 1.1, 1.2 and 2.1 are present
    assert (marks["1.1"], marks["1.3"]) == ("✓", "—")
