"""Find input files: files, folders (recursively) and .zip archives, whose members are inputs too.

Discovery yields light `Task`s (where to read a file, its hash), not the files' bytes, so a batch
of thousands of files never sits in memory; a worker reads its file with `load`.
"""

from __future__ import annotations

import fnmatch
import hashlib
import io
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractors.detect import detect_format
from pipeline.models import InputFile

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # a member declaring more is a zip bomb, not a roadmap
MAX_FILE_BYTES = 500 * 1024 * 1024  # larger inputs are reported, not read
MAX_ARCHIVE_DEPTH = 3

ZIP_BOMB = "элемент архива слишком велик (возможна zip-бомба)"
TOO_DEEP = (
    f"архив вложен в другие архивы глубже {MAX_ARCHIVE_DEPTH} уровней: распакуйте его и загрузите содержимое"
)
LINK_OUTSIDE = "ссылка за пределы папки: файл, на который она указывает, не прочитан"
LINK_BROKEN = "ссылка ведёт на несуществующий файл"
NOT_A_FILE = "не обычный файл (именованный канал, сокет или устройство): не прочитан"


@dataclass(frozen=True)
class Task:
    """One input to process: a file on disk, or a member of (nested) archives inside it."""

    source_file: str  # relative to the input root; `archive.zip/inner/path` for members
    path: str  # the file on disk
    members: tuple[str, ...] = ()  # archive member names, outermost first
    sha256: str = ""
    error: str | None = None  # the input cannot be read at all (reported as failed)
    kind: str = ""  # format detected from the content (extractors.detect), "" when unknown


def _is_archive(data: bytes) -> bool:
    try:
        return detect_format(data, "zip") == "zip"
    except Exception:  # an empty file is no archive; the run reports it
        return False


class MemberTooLarge(ValueError):
    def __init__(self) -> None:
        super().__init__(ZIP_BOMB)


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it. Windows archivers store Russian names in cp866
    without the UTF-8 flag, which zipfile then reads as cp437 («ЕЁа® ...» for «Дорожная …»)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeError:
        return info.filename
    for codec in ("utf-8", "cp866"):  # some tools write UTF-8 and forget the flag
        try:
            name = raw.decode(codec)
        except UnicodeError:
            continue
        if re.search("[А-Яа-яЁё]", name):
            return name
    return info.filename


def _read_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise MemberTooLarge()
        # Read in chunks and stop past the limit: the declared size of a crafted member can lie.
        out = bytearray()
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                out += chunk
                if len(out) > MAX_MEMBER_BYTES:
                    raise MemberTooLarge()
        return bytes(out)


def _member_error(exc: Exception) -> str:
    """What a methodologist is told about a member that cannot be unpacked (zipfile speaks English)."""
    if isinstance(exc, MemberTooLarge):
        return str(exc)
    if isinstance(exc, NotImplementedError):  # e.g. Deflate64, which Windows and 7-Zip may use
        return "элемент архива сжат неподдерживаемым способом: пересоздайте архив (ZIP, сжатие Deflate)"
    if isinstance(exc, RuntimeError):  # zipfile: "File … is encrypted, password required for extraction"
        return "элемент архива защищён паролем: распакуйте архив и загрузите файлы без пароля"
    return "элемент архива повреждён и не распаковывается"


def _label(name: str) -> str:
    """A file name as text. A name that is not UTF-8 (copied from Windows in cp1251) reaches Python with
    undecodable bytes as lone surrogates, which no UTF-8 output (ids, Parquet) can hold.
    """
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251", errors="replace")


def _link_error(link: Path, root: Path) -> str | None:
    """Why a symbolic link in an input folder is not followed; None when it points into the folder
    (what it points to is read under its own name, once)."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # a missing target, or links pointing at each other
        return LINK_BROKEN
    return None if target.is_relative_to(root.resolve()) else LINK_OUTSIDE


def _read_error(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "файл не читается: нет прав на чтение"
    if isinstance(exc, FileNotFoundError):
        return "файл не читается: он удалён во время обработки"
    return "файл не читается: ошибка чтения с диска"


def _from_disk(label: str, path: Path) -> Iterator[Task]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # a video or a disk image dropped into the folder: never read whole
            yield Task(
                label, str(path), error=f"файл слишком велик ({size // 2**20} МБ): это не дорожная карта"
            )
            return
        data = path.read_bytes()
    except OSError as e:
        yield Task(label, str(path), error=_read_error(e))
        return
    yield from _expand(Task(label, str(path)), data, 0)


def _expand(task: Task, data: bytes, depth: int) -> Iterator[Task]:
    if depth >= MAX_ARCHIVE_DEPTH and _is_archive(data):
        sha256 = hashlib.sha256(data).hexdigest()
        yield Task(task.source_file, task.path, task.members, sha256, error=TOO_DEEP, kind="zip")
        return
    if depth >= MAX_ARCHIVE_DEPTH or not _is_archive(data):
        try:
            kind = detect_format(data, "")
        except Exception:  # an empty file: the run reports it
            kind = ""
        yield Task(task.source_file, task.path, task.members, hashlib.sha256(data).hexdigest(), kind=kind)
        return
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
    for info in infos:
        # Member names are only labels: nothing is ever written to disk from an archive.
        label = _member_name(info).replace("\\", "/").lstrip("/")
        member = Task(f"{task.source_file}/{label}", task.path, (*task.members, info.filename))
        if info.file_size > MAX_MEMBER_BYTES:
            yield Task(member.source_file, member.path, member.members, error=ZIP_BOMB)
            continue
        try:
            member_data = _read_member(data, info.filename)
        except Exception as e:  # a broken member is reported on its own row; the archive goes on
            yield Task(member.source_file, member.path, member.members, error=_member_error(e))
            continue
        yield from _expand(member, member_data, depth + 1)


def discover(inputs: Sequence[Path], exclude: Sequence[str] = ()) -> Iterator[Task]:
    """Every input once, in a stable order.

    In an input folder a symbolic link is never followed: one pointing into the folder is skipped (its
    target is read under its own name), one pointing out of the folder or nowhere gets a `failed` row,
    and so does a named pipe, socket or device (reading one could block or never end).
    `exclude` holds glob patterns matched against a file's name and its path inside its folder.
    """
    for given in inputs:
        # Absolute paths: a task may be read on another machine that mounts the same folder.
        root = given.absolute()
        if root.is_dir():
            for p in sorted(root.rglob("*")):
                rel = _label(p.relative_to(root).as_posix())
                name = rel.rsplit("/", 1)[-1]
                if any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel, pat) for pat in exclude):
                    continue
                if p.is_symlink():
                    if (error := _link_error(p, root)) is not None:
                        yield Task(rel, str(p), error=error)
                elif p.is_file():
                    yield from _from_disk(rel, p)
                elif not p.is_dir():
                    yield Task(rel, str(p), error=NOT_A_FILE)
        elif root.is_file():
            yield from _from_disk(_label(root.name), root)
        else:  # a named pipe or a device given by name: opening it could block forever
            yield Task(_label(root.name), str(root), error=NOT_A_FILE)


def load(task: Task) -> InputFile:
    """The task's bytes, read again from disk (and from its archives)."""
    if task.error:
        return InputFile(task.source_file, b"", task.sha256, task.error)
    data = Path(task.path).read_bytes()
    for name in task.members:
        data = _read_member(data, name)
    return InputFile(task.source_file, data, task.sha256 or hashlib.sha256(data).hexdigest())
