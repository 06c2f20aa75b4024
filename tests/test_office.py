"""LibreOffice conversions: .odt/.rtf/.doc read like the DOCX they came from, failures, cache, timeouts.

Two kinds of tests: with the real `soffice` (skipped when LibreOffice is not installed), and with a
fake `soffice` put first on PATH, which makes hangs, crashes and the call pattern observable.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest

from extractors.detect import OLE_MAGIC
from extractors.docx import extract_docx
from extractors.office import convert, convert_to_docx, default_cache_dir, extract_via_office
from pipeline.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ExternalToolError,
    MissingDependency,
    RoadmapError,
)
from pipeline.models import ExtractedDocument

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt install libreoffice-writer-nogui",
)

ROWS = [
    ("№", "Мероприятие", "Сроки", "Ответственные"),
    ("1", "Назначение куратора программы наставничества", "сентябрь 2023", "Директор"),
    ("2", "Формирование базы наставляемых", "до 15 октября 2023 г.", "Куратор"),
    ("3", "Проведение встреч наставнических пар", "в течение года", "Наставники, педагог-психолог"),
]


def _ole(*streams: str, tail: bytes = b"") -> bytes:
    """A compound-file header naming `streams` (enough for the checks made before soffice runs)."""
    header = OLE_MAGIC + bytes(20) + b"\xfe\xff\x09\x00"
    return header.ljust(512, b"\0") + b"".join(s.encode("utf-16-le") for s in streams) + tail


def _password_flagged(doc: bytes) -> bytes:
    """A real .doc with the FIB's fEncrypted bit set: Word asks for a password, soffice cannot load it."""
    data = bytearray(doc)
    fib = next(off for off in range(512, len(data), 512) if data[off : off + 2] == b"\xec\xa5")
    data[fib + 0x0B] |= 0x01  # bit 8 of the 16-bit flags at offset 0x0A
    return bytes(data)


def _cells(document: ExtractedDocument) -> list[list[str]]:
    tables = document.tables()
    assert len(tables) == 1
    return [[cell.text for cell in row.cells] for row in tables[0].rows]


# --- real LibreOffice -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def original_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Дорожная карта реализации программы наставничества")
    table = document.add_table(rows=len(ROWS), cols=4)
    for row, texts in zip(table.rows, ROWS, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def legacy_files(original_docx: bytes, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The original saved by LibreOffice as .odt, then the .odt saved as .rtf and .doc.

    Not .docx -> .doc directly: LibreOffice 7.4 writes python-docx's table into a .doc as empty text.
    """
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    root = tmp_path_factory.mktemp("legacy")
    (root / "roadmap.docx").write_bytes(original_docx)
    for source, ext in (("roadmap.docx", "odt"), ("out/roadmap.odt", "rtf"), ("out/roadmap.odt", "doc")):
        subprocess.run(
            [
                *("soffice", f"-env:UserInstallation={(root / 'profile').as_uri()}", "--headless"),
                *("--convert-to", ext, "--outdir", str(root / "out"), str(root / source)),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return {ext: (root / "out" / f"roadmap.{ext}").read_bytes() for ext in ("odt", "rtf", "doc")}


@needs_soffice
def test_each_format_reads_like_the_original(
    original_docx: bytes, legacy_files: dict[str, bytes], tmp_path: Path
) -> None:
    expected = _cells(extract_docx(original_docx))
    assert expected == [list(row) for row in ROWS]

    results = convert_to_docx(
        # School file names, which must never reach soffice's command line.
        [(f"-рабочая папка/Дорожная карта (итог) ~$.{ext}", data) for ext, data in legacy_files.items()],
        cache_dir=tmp_path,
    )

    assert len(results) == 3
    for data in results.values():
        assert isinstance(data, bytes)
        assert _cells(extract_docx(data)) == expected


@needs_soffice
def test_only_the_broken_files_of_a_batch_fail(legacy_files: dict[str, bytes], tmp_path: Path) -> None:
    items = [
        ("a.doc", legacy_files["doc"]),
        ("garbage.doc", os.urandom(4096)),
        ("ole_garbage.doc", OLE_MAGIC + os.urandom(8192)),
        ("locked.doc", _password_flagged(legacy_files["doc"])),
        ("b.rtf", legacy_files["rtf"]),
        ("empty.doc", b""),
    ]

    results = convert_to_docx(items, cache_dir=tmp_path)

    assert list(results) == [name for name, _ in items]
    assert isinstance(results["a.doc"], bytes)
    assert isinstance(results["b.rtf"], bytes)
    # Random bytes never reach LibreOffice: it would import them as a page of plain text.
    assert isinstance(results["garbage.doc"], CorruptFile)
    assert str(results["ole_garbage.doc"]) == "файл повреждён: заголовок файла повреждён"
    assert isinstance(results["empty.doc"], EmptyFile)
    failure = results["locked.doc"]
    assert isinstance(failure, ExternalToolError)
    assert str(failure) == (
        "ошибка LibreOffice: не удалось преобразовать файл "
        "(LibreOffice не смог открыть файл: он повреждён или защищён паролем)"
    )


@needs_soffice
def test_cache_spares_soffice_on_the_second_run(
    legacy_files: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    broken = _password_flagged(legacy_files["doc"])
    items = [("a.doc", legacy_files["doc"]), ("b.odt", legacy_files["odt"]), ("broken.doc", broken)]
    first = convert_to_docx(items, cache_dir=cache)
    stored = sorted(p.name.split(".", 1)[1] for p in cache.rglob("*") if p.is_file())
    assert stored == ["doc.docx", "doc.docx.failed", "odt.docx"]

    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    assert shutil.which("soffice") is None
    second = convert_to_docx(items, cache_dir=cache)

    assert second["a.doc"] == first["a.doc"]
    assert second["b.odt"] == first["b.odt"]
    assert str(second["broken.doc"]) == str(first["broken.doc"])
    # Not in the cache, and no soffice to convert it.
    fresh = convert_to_docx([("c.rtf", legacy_files["rtf"])], cache_dir=cache)["c.rtf"]
    assert isinstance(fresh, MissingDependency)
    assert "libreoffice-writer-nogui" in str(fresh)


@needs_soffice
def test_extract_via_office_uses_the_default_cache(
    legacy_files: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "roadmap-pipeline" / "office"

    result = extract_via_office(legacy_files["doc"], "doc")

    assert result.method == "docx"
    assert _cells(result) == [list(row) for row in ROWS]
    assert list(default_cache_dir().rglob("*.doc.docx"))


def test_default_cache_dir_without_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / ".cache" / "roadmap-pipeline" / "office"


def test_encrypted_package_and_foreign_content_never_reach_soffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice: any attempt would be MissingDependency
    encrypted = OLE_MAGIC + bytes(200) + "EncryptedPackage".encode("utf-16-le") + bytes(200)
    items = [
        ("a.docx", encrypted),
        ("b.xls", b"<html><body>not a sheet</body></html>"),
        ("c.pdf", b"%PDF-1.7\n"),
        ("d.xls", _ole("WordDocument")),
        ("e.xls", _ole("__substg1.0_0037001F")),  # an Outlook message
    ]
    results = convert(items, target="xlsx", cache_dir=tmp_path)
    assert isinstance(results["a.docx"], EncryptedFile)
    assert str(results["b.xls"]) == (
        "файл повреждён: содержимое не похоже на таблицу Excel (.xls) или OpenDocument (.ods)"
    )
    assert isinstance(results["c.pdf"], CorruptFile)
    assert str(results["d.xls"]) == "файл повреждён: это документ Word (.doc), а не таблица Excel"
    assert isinstance(results["e.xls"], CorruptFile)
    wrong = convert_to_docx([("book.doc", _ole("Workbook"))], cache_dir=tmp_path)["book.doc"]
    assert str(wrong) == "файл повреждён: это таблица Excel (.xls), а не документ Word"


def test_missing_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = convert([("old.xls", _ole("Workbook"))], target="xlsx", cache_dir=tmp_path)["old.xls"]
    assert isinstance(result, MissingDependency)
    assert str(result) == "не установлена программа soffice: установите пакет libreoffice-calc-nogui"
    with pytest.raises(MissingDependency):
        extract_via_office(_ole("WordDocument"), "doc", cache_dir=tmp_path)


def test_names_must_be_unique(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unique"):
        convert_to_docx([("a.doc", b"x"), ("a.doc", b"y")], cache_dir=tmp_path)


# --- fake soffice ---------------------------------------------------------------------------------------

# Converts `<stem>.<ext>` to `<outdir>/<stem>.docx` by copying $FAKE_DOCX, in command-line order.
# An input holding b"HANG" starts a grandchild and sleeps (a hang); b"CRASH" exits with code 139.
# Every call is logged to $FAKE_LOG as JSON: input names, profile and process id.
FAKE_SOFFICE = """\
import json, os, shutil, subprocess, sys, time
args = sys.argv[1:]
outdir = args[args.index("--outdir") + 1]
inputs = [a for a in args[args.index("--outdir") + 2 :]]
profile = next(a for a in args if a.startswith("-env:UserInstallation="))
with open(os.environ["FAKE_LOG"], "a") as log:
    call = {"inputs": [os.path.basename(i) for i in inputs], "profile": profile, "pid": os.getpid()}
    log.write(json.dumps(call) + "\\n")
for path in inputs:
    data = open(path, "rb").read()
    stem = os.path.splitext(os.path.basename(path))[0]
    if b"HANG" in data:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        open(os.environ["FAKE_PIDS"], "a").write(f"{child.pid}\\n")
        time.sleep(600)
    if b"CRASH" in data:
        sys.exit(139)
    shutil.copy(os.environ["FAKE_DOCX"], os.path.join(outdir, stem + ".docx"))
"""


class FakeSoffice:
    def __init__(self, root: Path) -> None:
        self.log = root / "calls.jsonl"
        self.pids = root / "pids.txt"

    def calls(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def hanging_children(self) -> list[int]:
        return [int(p) for p in self.pids.read_text().split()] if self.pids.exists() else []

    def batches(self) -> list[int]:
        return [len(call["inputs"]) for call in self.calls()]


@pytest.fixture
def fake_soffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, original_docx: bytes
) -> Iterator[FakeSoffice]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "soffice"
    script.write_text(f"#!{sys.executable}\n{FAKE_SOFFICE}")
    script.chmod(0o755)
    (tmp_path / "out.docx").write_bytes(original_docx)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("FAKE_DOCX", str(tmp_path / "out.docx"))
    fake = FakeSoffice(tmp_path)
    monkeypatch.setenv("FAKE_LOG", str(fake.log))
    monkeypatch.setenv("FAKE_PIDS", str(fake.pids))
    yield fake
    for pid in fake.hanging_children():  # left behind on purpose by test_soffice_dies_with_its_worker
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _doc(tag: bytes) -> bytes:
    return _ole("WordDocument", tail=tag)


def _gone(pid: int) -> bool:
    """The process has exited (a zombie waiting for its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def test_one_call_for_a_batch_with_safe_names_and_private_profiles(
    fake_soffice: FakeSoffice, tmp_path: Path
) -> None:
    items = [(f"--outdir {i} «план».doc", _doc(b"ok%d" % i)) for i in range(3)]
    items.append(("copy of the first.doc", items[0][1]))  # same bytes: converted once

    results = convert_to_docx(items, cache_dir=tmp_path / "cache")

    assert all(isinstance(v, bytes) for v in results.values())
    assert fake_soffice.calls()[0]["inputs"] == ["0001.doc", "0002.doc", "0003.doc"]
    assert fake_soffice.batches() == [3]
    convert_to_docx([("other.rtf", b"{\\rtf1 x}")], cache_dir=tmp_path / "cache")
    profiles = [call["profile"] for call in fake_soffice.calls()]
    assert len(set(profiles)) == 2
    assert fake_soffice.calls()[1]["inputs"] == ["0001.rtf"]


def test_a_hanging_file_is_killed_and_the_rest_rebatched(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    items = [("a.doc", _doc(b"a")), ("hang.doc", _doc(b"HANG")), ("b.doc", _doc(b"b")), ("c.doc", _doc(b"c"))]

    started = time.monotonic()
    results = convert_to_docx(items, timeout=0.5, cache_dir=tmp_path / "cache")

    assert time.monotonic() - started < 10
    # The batch hangs after "a"; "hang" is retried alone (and hangs again), "b" and "c" together.
    assert fake_soffice.batches() == [4, 1, 2]
    assert [isinstance(results[n], bytes) for n in ("a.doc", "b.doc", "c.doc")] == [True] * 3
    failure = results["hang.doc"]
    assert isinstance(failure, ExternalToolError)
    assert (
        str(failure) == "ошибка LibreOffice: не удалось преобразовать файл (LibreOffice не ответил за 0.5 с)"
    )
    # The whole process group was killed, grandchildren included.
    pids = fake_soffice.hanging_children()
    assert len(pids) == 2
    deadline = time.monotonic() + 5
    while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in pids)
    # A timeout is not remembered: the next run tries again.
    assert not list((tmp_path / "cache").rglob("*.failed"))


WORKER = """\
import sys
from pathlib import Path
from extractors.office import convert_to_docx
convert_to_docx([("hang.doc", bytes.fromhex(sys.argv[1]))], timeout=600, cache_dir=Path(sys.argv[2]))
"""


def _wait_for(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_soffice_dies_with_its_worker(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    """A pool kills a worker stuck in a conversion with SIGKILL: soffice must not live on."""
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, _doc(b"HANG").hex(), str(tmp_path / "cache")],
        cwd=Path(__file__).resolve().parents[1],
        # A killed worker cannot remove its temporary directory: keep it inside the test's.
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    try:
        assert _wait_for(lambda: bool(fake_soffice.hanging_children()))
    finally:
        worker.kill()
        worker.wait()
    soffice_pid = fake_soffice.calls()[0]["pid"]
    assert _wait_for(lambda: _gone(soffice_pid), seconds=5)


def test_a_crash_costs_the_crashing_file_only(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    items = [("a.doc", _doc(b"a")), ("crash.doc", _doc(b"CRASH")), ("b.doc", _doc(b"b"))]

    results = convert_to_docx(items, cache_dir=tmp_path / "cache")

    assert fake_soffice.batches() == [3, 1, 1]
    assert isinstance(results["a.doc"], bytes)
    assert isinstance(results["b.doc"], bytes)
    assert str(results["crash.doc"]) == (
        "ошибка LibreOffice: не удалось преобразовать файл (LibreOffice завершился с ошибкой (код 139))"
    )


def test_large_inputs_are_split_into_batches(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    items = [(f"{i}.doc", _doc(b"n%d" % i)) for i in range(45)]
    results = convert_to_docx(items, cache_dir=tmp_path / "cache")
    assert all(isinstance(v, bytes) for v in results.values())
    assert fake_soffice.batches() == [40, 5]


def test_results_are_values_not_exceptions(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    results = convert_to_docx([("x.doc", _doc(b"CRASH"))], cache_dir=tmp_path / "cache")
    assert isinstance(results["x.doc"], RoadmapError)
    with pytest.raises(ExternalToolError):
        extract_via_office(_doc(b"CRASH"), "doc", cache_dir=tmp_path / "cache")
