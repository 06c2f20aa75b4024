"""Legacy and OpenDocument files (.doc, .rtf, .odt, .xls, .ods) through headless LibreOffice.

This is the only module that runs LibreOffice. Files are converted to DOCX (text documents) or XLSX
(spreadsheets) and then read by the DOCX / XLSX extractors, so every format shares one table reader.

Why it is built this way:

* one `soffice --convert-to` call per batch: start-up costs about a second, more than converting a
  small document (see `bench/office.py`);
* a private profile (`-env:UserInstallation`) per call: two soffice processes sharing a profile do
  not run side by side, the second one hands its files to the first and outputs get lost;
* inputs are written as `0001.doc`, `0002.rtf`… in a private directory: school file names hold
  spaces, quotes and leading dashes that soffice would misread, and a name is all soffice returns;
* only inputs whose bytes carry the right signature are passed: LibreOffice imports anything it does
  not recognise as plain text, so random bytes named `.doc` would "convert" into a page of garbage;
* results are cached by the input's sha256, so a re-run over the same files starts no soffice.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from extractors.detect import detect_format
from extractors.docx import extract_docx
from pipeline.errors import (
    CorruptFile,
    EncryptedFile,
    ExternalToolError,
    MissingDependency,
    RoadmapError,
)
from pipeline.models import ExtractedDocument

Target = Literal["docx", "xlsx"]

# Detected kind -> extension soffice is given. An OLE file is given as .doc or .xls by what the caller
# expects (`_check_ole` then refuses the wrong one with a clear reason); likewise OpenDocument.
_SOURCE_EXT: dict[Target, dict[str, str]] = {
    "docx": {
        "doc": "doc",
        "xls": "doc",
        "encrypted": "doc",
        "ole": "doc",
        "rtf": "rtf",
        "odt": "odt",
        "ods": "odt",
        "docx": "docx",
    },
    "xlsx": {
        "xls": "xls",
        "doc": "xls",
        "encrypted": "xls",
        "ole": "xls",
        "odt": "ods",
        "ods": "ods",
        "xlsx": "xlsx",
    },
}
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_WHAT: dict[Target, str] = {  # after «не похоже на»
    "docx": "документ Word (.doc), RTF или OpenDocument (.odt)",
    "xlsx": "таблицу Excel (.xls) или OpenDocument (.ods)",
}
_PACKAGE: dict[Target, str] = {"docx": "libreoffice-writer-nogui", "xlsx": "libreoffice-calc-nogui"}
_MAIN_PART: dict[Target, str] = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
_OTHER_APP: dict[Target, str] = {
    "docx": "это не текстовый документ: LibreOffice открыл его как таблицу или презентацию",
    "xlsx": "это не таблица: LibreOffice открыл его как текстовый документ или презентацию",
}
# Bounds what one soffice process accumulates and what a crash in it costs; one start-up per 40 files.
_MAX_BATCH = 40
_POLL_SECONDS = 0.05
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/roadmap-pipeline/office`, or `~/.cache/roadmap-pipeline/office`."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "roadmap-pipeline" / "office"


def convert(
    items: Sequence[tuple[str, bytes]],
    *,
    target: Target = "docx",
    timeout: float = 60.0,
    cache_dir: Path | None = None,
) -> dict[str, bytes | RoadmapError]:
    """Convert each (name, bytes) to `target`; returns name -> converted bytes or the reason it failed.

    The input's format is read from its bytes (the name's extension only breaks ties); names are the
    caller's keys and never reach soffice. `timeout` is how long soffice may go without finishing a
    file before it is killed. Failures are values, not exceptions: one bad file must not cost the
    batch. Results are cached under `cache_dir` (default: `default_cache_dir()`).
    """
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        raise ValueError("convert: item names must be unique")
    cache = _Cache(cache_dir if cache_dir is not None else default_cache_dir())
    results: dict[str, bytes | RoadmapError] = {}
    jobs: dict[str, _Job] = {}
    for name, data in items:
        try:
            ext = _source_ext(name, data, target)
        except RoadmapError as err:
            results[name] = err
            continue
        key = f"{hashlib.sha256(data).hexdigest()}.{ext}"
        cached = cache.get(key, target)
        if isinstance(cached, bytes):
            results[name] = cached
        elif cached is not None:
            results[name] = ExternalToolError("LibreOffice", cached.reason)
        else:
            jobs.setdefault(key, _Job(key, data, ext)).names.append(name)
    if jobs:
        program = shutil.which("soffice")
        if program is None:
            for job in jobs.values():
                for name in job.names:
                    results[name] = MissingDependency("soffice", _PACKAGE[target])
            return {name: results[name] for name in names}
        done = _convert_jobs(program, list(jobs.values()), target, timeout)
        for job in jobs.values():
            value = done[job.key]
            if isinstance(value, bytes) or value.lasting:
                cache.put(job.key, target, value)
            for name in job.names:
                results[name] = (
                    value if isinstance(value, bytes) else ExternalToolError("LibreOffice", value.reason)
                )
    return {name: results[name] for name in names}


def convert_to_docx(
    items: Sequence[tuple[str, bytes]], *, timeout: float = 60.0, cache_dir: Path | None = None
) -> dict[str, bytes | RoadmapError]:
    """.doc / .rtf / .odt bytes -> DOCX bytes (see `convert`)."""
    return convert(items, target="docx", timeout=timeout, cache_dir=cache_dir)


def convert_one(
    data: bytes, ext: str, *, target: Target, timeout: float = 60.0, cache_dir: Path | None = None
) -> bytes:
    """One file; raises the RoadmapError `convert` would have returned."""
    name = f"document.{ext.lower().lstrip('.')}"
    result = convert([(name, data)], target=target, timeout=timeout, cache_dir=cache_dir)[name]
    if isinstance(result, RoadmapError):
        raise result
    return result


def extract_via_office(
    data: bytes, ext: str, *, timeout: float = 60.0, cache_dir: Path | None = None
) -> ExtractedDocument:
    """A .doc / .rtf / .odt file: convert to DOCX, then read it as DOCX (`method` stays "docx")."""
    return extract_docx(convert_one(data, ext, target="docx", timeout=timeout, cache_dir=cache_dir))


# --- inputs and cache --------------------------------------------------------------------------------


@dataclass
class _Job:
    """One distinct input (identical bytes given under several names are converted once)."""

    key: str  # sha256 of the bytes + source extension: the cache key
    data: bytes
    ext: str
    names: list[str] = field(default_factory=list)


def _source_ext(name: str, data: bytes, target: Target) -> str:
    """Extension soffice is given, from the bytes; raises for inputs LibreOffice must not see."""
    base = name.rsplit("/", 1)[-1]
    name_ext = base.rpartition(".")[2].lower() if "." in base else ""
    kind = detect_format(data, name_ext)  # raises EmptyFile
    ext = _SOURCE_EXT[target].get(kind)
    if ext is None:
        raise CorruptFile(f"содержимое не похоже на {_WHAT[target]}")
    if kind in ("doc", "xls", "encrypted", "ole"):
        _check_ole(data, target)
    if kind in ("odt", "ods"):
        _check_unpacked_size(data)
    return ext


def _check_unpacked_size(data: bytes) -> None:
    """An OpenDocument package that inflates past the limit would keep LibreOffice busy for minutes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            declared = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile("архив документа повреждён") from exc
    if declared > MAX_UNPACKED_BYTES:
        raise CorruptFile("документ слишком велик после распаковки (возможна zip-бомба)")


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


# Streams (named in UTF-16 in an OLE file's directory) that make it a Word or an Excel file.
_OLE_STREAMS: dict[Target, tuple[bytes, ...]] = {
    "docx": (_utf16("WordDocument"),),
    "xlsx": (_utf16("Workbook"), _utf16("Book")),
}


def _check_ole(data: bytes, target: Target) -> None:
    """Refuse OLE files soffice cannot convert to `target`: it would import them as plain text.

    A broken compound-file header or a file without the expected stream (an Outlook message, a
    spreadsheet where a Word document is expected) is imported as a page of binary garbage.
    """
    if _utf16("EncryptedPackage") in data:
        raise EncryptedFile()  # a password-protected DOCX/XLSX
    # Byte order mark 0xFFFE at 28, sector size 2**9 or 2**12 at 30 (MS-CFB 2.2).
    if len(data) < 512 or data[28:30] != b"\xfe\xff" or data[30] not in (9, 12):
        raise CorruptFile("заголовок файла повреждён")
    if any(stream in data for stream in _OLE_STREAMS[target]):
        return
    if target == "docx" and any(stream in data for stream in _OLE_STREAMS["xlsx"]):
        raise CorruptFile("это таблица Excel (.xls), а не документ Word")
    if target == "xlsx" and _OLE_STREAMS["docx"][0] in data:
        raise CorruptFile("это документ Word (.doc), а не таблица Excel")
    raise CorruptFile(f"содержимое не похоже на {_WHAT[target]}")


def _is_complete(data: bytes, target: Target) -> bool:
    """A whole DOCX/XLSX package: a file cut short by a kill has no zip directory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _MAIN_PART[target] in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


@dataclass(frozen=True)
class _Failure:
    reason: str  # shown to the user
    lasting: bool  # LibreOffice said why: converting the same bytes again would fail again


class _Cache:
    """Results under `root/<2 hex>/<sha256>.<source ext>.<target>`, failures in `… .failed` next to them.

    Only lasting failures are kept (soffice exited normally and said the file cannot be loaded or
    exported), so a re-run pays nothing for broken files either; timeouts and crashes are retried.
    A broken or unwritable cache is no cache.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str, target: Target) -> Path:
        return self.root / key[:2] / f"{key}.{target}"

    def get(self, key: str, target: Target) -> bytes | _Failure | None:
        path = self._path(key, target)
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if _is_complete(data, target):
            return data
        try:
            return _Failure(path.with_name(f"{path.name}.failed").read_text(encoding="utf-8"), lasting=True)
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, target: Target, value: bytes | _Failure) -> None:
        path = self._path(key, target)
        if isinstance(value, _Failure):
            path, data = path.with_name(f"{path.name}.failed"), value.reason.encode("utf-8")
        else:
            data = value
        part: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a concurrent reader never sees half a file.
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as fh:
                part = Path(fh.name)
                fh.write(data)
            part.replace(path)
        except OSError:
            if part is not None:
                with contextlib.suppress(OSError):
                    part.unlink()


# --- running soffice -------------------------------------------------------------------------------


@dataclass
class _Call:
    outputs: dict[str, bytes]  # job key -> converted bytes, complete packages only
    timed_out: bool
    returncode: int
    log: str


def _convert_jobs(
    program: str, jobs: list[_Job], target: Target, timeout: float
) -> dict[str, bytes | _Failure]:
    """Batches of jobs; files a batch did not produce are retried until each has failed alone.

    When soffice died or hung, it did so on the first file it did not produce (it converts in
    command-line order): that file is retried alone and the rest as a new batch, so one bad file
    in forty costs two calls instead of forty. Files missing after a normal exit are retried one by
    one: only a call of its own tells a file's failure reason apart from its neighbours'.
    """
    done: dict[str, bytes | _Failure] = {}
    queue = deque(jobs[i : i + _MAX_BATCH] for i in range(0, len(jobs), _MAX_BATCH))
    while queue:
        batch = queue.popleft()
        call = _run_soffice(program, batch, target, timeout)
        done.update(call.outputs)
        missing = [job for job in batch if job.key not in call.outputs]
        if not missing:
            continue
        if len(batch) == 1:
            done[batch[0].key] = _failure(call, target, timeout)
            continue
        if call.timed_out or call.returncode != 0:
            retry = [[missing[0]], missing[1:]] if len(missing) > 1 else [missing]
        else:
            retry = [[job] for job in missing]
        queue.extendleft(reversed(retry))
    return done


def _failure(call: _Call, target: Target, timeout: float) -> _Failure:
    """Why a file converted alone failed, in words a methodologist understands."""
    lasting = False
    if call.timed_out:
        detail = f"LibreOffice не ответил за {timeout:g} с"
    elif call.returncode != 0:
        detail = f"LibreOffice завершился с ошибкой (код {call.returncode})"
    elif "no export filter" in call.log:
        detail, lasting = _OTHER_APP[target], True
    elif "could not be loaded" in call.log:
        detail, lasting = "LibreOffice не смог открыть файл: он повреждён или защищён паролем", True
    else:
        detail = "LibreOffice не создал результат"
    return _Failure(f"не удалось преобразовать файл ({detail})", lasting)


def _run_soffice(program: str, batch: list[_Job], target: Target, timeout: float) -> _Call:
    """One soffice process over `batch`, killed (whole process group) after `timeout` s without output.

    soffice writes outputs one by one, so a new output file is progress: a batch of forty slow files
    is not cut short, a file that hangs is.
    """
    with tempfile.TemporaryDirectory(prefix="roadmap-office-") as tmp:
        root = Path(tmp)
        src, out = root / "in", root / "out"
        src.mkdir()
        out.mkdir()
        stems: dict[str, _Job] = {}
        for i, job in enumerate(batch, 1):
            stem = f"{i:04d}"
            (src / f"{stem}.{job.ext}").write_bytes(job.data)
            stems[stem] = job
        command = [
            program,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            *("--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault"),
            *("--convert-to", target, "--outdir", str(out)),
            *(str(src / f"{stem}.{job.ext}") for stem, job in stems.items()),
        ]
        log_path = root / "log.txt"
        with log_path.open("wb") as log:
            # A session of its own: soffice starts soffice.bin, and a kill must reach both.
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=root,
                start_new_session=True,
                preexec_fn=_die_with_parent(),
            )
            timed_out = False
            try:
                timed_out = _watch(process, out, f".{target}", timeout)
            finally:
                if process.poll() is None:  # timed out, or interrupted (Ctrl-C) while waiting
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        outputs: dict[str, bytes] = {}
        for stem, job in stems.items():
            path = out / f"{stem}.{target}"
            if path.is_file() and _is_complete(data := path.read_bytes(), target):
                outputs[job.key] = data
        return _Call(outputs, timed_out, process.returncode, log_path.read_text(errors="replace"))


def _die_with_parent() -> Callable[[], None] | None:
    """Linux: a function run in the child before exec that has it sent SIGTERM when we die.

    A pool that kills a worker stuck in a conversion (SIGKILL: no cleanup runs) would otherwise
    leave soffice running, forever if it hangs. oosplash passes the SIGTERM on to soffice.bin. (Linux
    sends it when the *thread* that started soffice ends: `_run_soffice` waits in that thread.)
    libc is loaded here, in the parent: loading it between fork and exec could deadlock.
    """
    if sys.platform != "linux":
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def set_death_signal() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM))
        if os.getppid() != parent:  # died before the signal was armed
            os._exit(1)

    return set_death_signal


def _watch(process: subprocess.Popen[bytes], out: Path, suffix: str, timeout: float) -> bool:
    """Wait for `process`; True when it went `timeout` seconds without producing a new output."""
    seen, last_progress = 0, time.monotonic()
    while True:
        try:
            process.wait(_POLL_SECONDS)
            return False
        except subprocess.TimeoutExpired:
            pass
        now = time.monotonic()
        produced = sum(1 for p in out.iterdir() if p.name.endswith(suffix))
        if produced > seen:
            seen, last_progress = produced, now
        elif now - last_progress > timeout:
            return True
