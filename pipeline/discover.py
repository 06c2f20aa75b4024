"""Find input files: files, folders (recursively) and .zip archives, whose members are inputs too.

Discovery yields light `Task`s (where to read a file, its hash), not the files' bytes, so a batch
of thousands of files never sits in memory; a worker reads its file with `load`.
"""

from __future__ import annotations

import fnmatch
import hashlib
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractors.detect import detect_format
from pipeline.models import InputFile

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # a member declaring more is a zip bomb, not a roadmap
MAX_ARCHIVE_DEPTH = 3


@dataclass(frozen=True)
class Task:
    """One input to process: a file on disk, or a member of (nested) archives inside it."""

    source_file: str  # relative to the input root; `archive.zip/inner/path` for members
    path: str  # the file on disk
    members: tuple[str, ...] = ()  # archive member names, outermost first
    sha256: str = ""
    error: str | None = None  # the input cannot be read at all (reported as failed)


def _is_archive(data: bytes) -> bool:
    try:
        return detect_format(data, "zip") == "zip"
    except Exception:  # an empty file is no archive; the run reports it
        return False


def _read_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ValueError("member too large")
        # Read in chunks and stop past the limit: the declared size of a crafted member can lie.
        out = bytearray()
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                out += chunk
                if len(out) > MAX_MEMBER_BYTES:
                    raise ValueError("member too large")
        return bytes(out)


def _expand(task: Task, data: bytes, depth: int) -> Iterator[Task]:
    if depth >= MAX_ARCHIVE_DEPTH or not _is_archive(data):
        yield Task(task.source_file, task.path, task.members, hashlib.sha256(data).hexdigest())
        return
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
    for info in infos:
        # Member names are only labels: nothing is ever written to disk from an archive.
        label = info.filename.replace("\\", "/").lstrip("/")
        member = Task(f"{task.source_file}/{label}", task.path, (*task.members, info.filename))
        if info.file_size > MAX_MEMBER_BYTES:
            yield Task(
                member.source_file,
                member.path,
                member.members,
                error="элемент архива слишком велик (возможна zip-бомба)",
            )
            continue
        try:
            member_data = _read_member(data, info.filename)
        except Exception as e:  # a broken member is reported on its own row; the archive goes on
            yield Task(
                member.source_file, member.path, member.members, error=f"элемент архива не читается: {e}"
            )
            continue
        yield from _expand(member, member_data, depth + 1)


def discover(inputs: Sequence[Path], exclude: Sequence[str] = ()) -> Iterator[Task]:
    """Every input once, in a stable order. Symlinks are not followed out of an input folder.

    `exclude` holds glob patterns matched against a file's name and its path inside its folder.
    """
    for root in inputs:
        if root.is_dir():
            for p in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
                rel = p.relative_to(root).as_posix()
                if any(fnmatch.fnmatch(p.name, pat) or fnmatch.fnmatch(rel, pat) for pat in exclude):
                    continue
                yield from _expand(Task(rel, str(p)), p.read_bytes(), 0)
        else:
            yield from _expand(Task(root.name, str(root)), root.read_bytes(), 0)


def load(task: Task) -> InputFile:
    """The task's bytes, read again from disk (and from its archives)."""
    if task.error:
        return InputFile(task.source_file, b"", task.sha256, task.error)
    data = Path(task.path).read_bytes()
    for name in task.members:
        data = _read_member(data, name)
    return InputFile(task.source_file, data, task.sha256 or hashlib.sha256(data).hexdigest())
