"""Find input files: files, folders (recursively) and .zip archives, whose members are inputs too."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from extractors.detect import detect_format
from pipeline.models import InputFile

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # a member declaring more is a zip bomb, not a roadmap
MAX_ARCHIVE_DEPTH = 3


def _make(source: str, data: bytes, error: str | None = None) -> InputFile:
    return InputFile(source_file=source, data=data, sha256=hashlib.sha256(data).hexdigest(), error=error)


def _is_archive(data: bytes) -> bool:
    try:
        return detect_format(data, "zip") == "zip"
    except Exception:  # an empty file is no archive; it is reported by the run, not here
        return False


def _expand(source: str, data: bytes, depth: int) -> Iterator[InputFile]:
    """Yield the file itself, or the members of an archive (nested archives too)."""
    if depth >= MAX_ARCHIVE_DEPTH or not _is_archive(data):
        yield _make(source, data)
        return
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            # Member names are only labels here: nothing is ever written to disk from an archive.
            name = info.filename.replace("\\", "/").lstrip("/")
            member = f"{source}/{name}"
            if info.file_size > MAX_MEMBER_BYTES:
                yield _make(member, b"", "элемент архива слишком велик (возможна zip-бомба)")
                continue
            try:
                member_data = zf.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError) as e:
                yield _make(member, b"", f"элемент архива не читается: {e}")
                continue
            yield from _expand(member, member_data, depth + 1)


def discover(inputs: Sequence[Path]) -> Iterator[InputFile]:
    """Every input file once, in a stable order; `source_file` is relative to its input root."""
    for root in inputs:
        if root.is_dir():
            paths = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
            for p in paths:
                yield from _expand(p.relative_to(root).as_posix(), p.read_bytes(), 0)
        else:
            yield from _expand(root.name, root.read_bytes(), 0)
