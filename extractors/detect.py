"""Tell a file's format from its bytes, not its name: schools rename files freely."""

from __future__ import annotations

import io
import zipfile
import zlib

from pipeline.errors import EmptyFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(data: bytes, extension: str) -> str:
    """One of: docx xlsx odt ods pages zip broken_zip pdf doc xls encrypted ole rtf png jpeg tiff gif
    text unknown."""
    if not data:
        raise EmptyFile()
    head = data[:2048]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    # NotImplementedError: a directory entry claiming a zip version newer than Python reads.
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        # A truncated zip still has the signature: call it by what its name promises.
        return "broken_zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        try:  # read the head only: a crafted `mimetype` member can inflate to gigabytes
            with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("mimetype") as fh:
                mimetype = fh.read(100)
        # RuntimeError: encrypted member; NotImplementedError (a subclass): unknown compression method.
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError):
            return "broken_zip"
        return "ods" if b"spreadsheet" in mimetype else "odt"
    if any(n.startswith(("Index/", "index.xml")) or n.endswith(".iwa") for n in names):
        return "pages"
    return "zip"


def _ole_kind(data: bytes) -> str:
    """An OLE compound file: old Word, old Excel, or a password-protected DOCX/XLSX.

    Stream names sit in the file's directory in UTF-16, so a byte search finds them.
    """
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted"
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    return "ole"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) * 0.01
