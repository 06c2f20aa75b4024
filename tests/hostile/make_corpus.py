"""A corpus of hostile inputs for `roadmap ingest`: broken, disguised, encrypted and malicious files.

    python -m tests.hostile.make_corpus DIR

writes every case into DIR (created if missing). The output is deterministic (same bytes on every run)
and small on disk (about 2.5 MB): the zip bombs are a few hundred kilobytes that inflate to hundreds of
megabytes. `CASES` names each file with what it tests; `tests/test_hostile.py` holds the expected rows.

Some cases are not regular files: symbolic links (one pointing out of DIR, to /etc/passwd) and a named
pipe. Copy the corpus with `cp -a`, not into an archive.
"""

from __future__ import annotations

import functools
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

MIB = 1 << 20
BOMB_MIB = 300  # more than the 200 MB a single archive member may hold
XLSX_BOMB_MIB = 600  # more than the 500 MB a whole workbook may unpack to
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
PASSWD = "/etc/passwd"
FONT = "DejaVuSans"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NON_UTF8_NAME = os.fsdecode("План.docx".encode("cp1251"))  # as a Windows-1251 name shows up on Linux

HEADER = ("№ п/п", "Мероприятие", "Сроки", "Ответственные")
ACTIVITIES: tuple[tuple[str, str, str, str], ...] = (
    ("1", "Подготовка условий для запуска программы наставничества", "", ""),
    (
        "1.1",
        "Информирование педагогического сообщества о реализации программы наставничества",
        "Сентябрь",
        "Директор",
    ),
    ("1.2", "Назначение куратора внедрения целевой модели наставничества", "Сентябрь", "Директор"),
    ("2", "Формирование базы наставляемых", "", ""),
    (
        "2.1",
        "Проведение анкетирования среди обучающихся, желающих принять участие в программе",
        "Октябрь",
        "Куратор",
    ),
    ("3", "Формирование базы наставников", "", ""),
    ("3.1", "Обучение наставников для работы с наставляемыми", "Ноябрь", "Заместитель директора по УВР"),
    ("4", "Организация работы наставнических пар", "В течение года", "Наставники"),
)


def title(school: str) -> str:
    return (
        f"Дорожная карта внедрения целевой модели наставничества в МБОУ «{school}» на 2023-2024 учебный год"
    )


# --- containers --------------------------------------------------------------------------------------


def _zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    """A deflated zip with fixed timestamps; member names are written exactly as given."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _repack(data: bytes) -> bytes:
    """The same package with fixed timestamps (a saved document stamps the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return _zip([(info.filename, zf.read(info)) for info in zf.infolist()])


@dataclass(frozen=True)
class RawMember:
    """A zip member written byte by byte: its deflate stream and what its headers declare."""

    name: str
    stream: bytes  # raw deflate data (or anything, for a member flagged as encrypted)
    crc: int
    size: int  # uncompressed size as declared in both headers
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def raw_zip(members: Sequence[RawMember]) -> bytes:
    """A zip archive whose headers say what the member says, whether it is true or not."""
    out, central = bytearray(), bytearray()
    dos_time, dos_date = 0, (ZIP_TIME[0] - 1980) << 9 | ZIP_TIME[1] << 5 | ZIP_TIME[2]
    for m in members:
        name = m.name.encode()
        flags = m.flags | 0x800  # names in UTF-8
        fields = (flags, m.method, dos_time, dos_date, m.crc, len(m.stream), m.size, len(name))
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, *fields, 0, 0, 0, 0, 0, len(out)) + name
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, *fields, 0) + name + m.stream
    offset = len(out)
    out += central
    out += struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), offset, 0)
    return bytes(out)


def _deflate_segment(data: bytes, final: bool) -> bytes:
    """Raw deflate blocks for `data`, independent of what precedes them (a full flush resets history)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


@functools.cache
def _blank_chunk() -> bytes:
    return _deflate_segment(b" " * (4 * MIB), final=False)


def _inflating(head: bytes, blank_mib: int, tail: bytes) -> tuple[bytes, int, int]:
    """(deflate stream, crc32, size) of `head` + `blank_mib` MiB of spaces + `tail`, built in O(stream).

    The 4 MiB block of spaces is compressed once and repeated: each copy decodes on its own.
    """
    assert blank_mib % 4 == 0
    stream = _deflate_segment(head, False) + _blank_chunk() * (blank_mib // 4) + _deflate_segment(tail, True)
    crc, blank = zlib.crc32(head), b" " * (4 * MIB)
    for _ in range(blank_mib // 4):
        crc = zlib.crc32(blank, crc)
    return stream, zlib.crc32(tail, crc), len(head) + blank_mib * MIB + len(tail)


def bomb_member(
    name: str, head: bytes, blank_mib: int, tail: bytes, declared: int | None = None
) -> RawMember:
    stream, crc, size = _inflating(head, blank_mib, tail)
    return RawMember(name, stream, crc, size if declared is None else declared)


def _stored(name: str, data: bytes) -> RawMember:
    return RawMember(name, data, zlib.crc32(data), len(data), method=zipfile.ZIP_STORED)


def deflated(name: str, data: bytes) -> RawMember:
    return RawMember(name, _deflate_segment(data, final=True), zlib.crc32(data), len(data))


# --- documents ---------------------------------------------------------------------------------------


def roadmap_docx(school: str, rows: Sequence[tuple[str, str, str, str]] = ACTIVITIES) -> bytes:
    """A good roadmap: its title, then a 4-column table «№ п/п | Мероприятие | Сроки | Ответственные»."""
    document = docx.Document()
    document.add_paragraph(title(school))
    table = document.add_table(rows=0, cols=4)
    for row in (HEADER, *rows):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    return _repack(buf.getvalue())


def _with_part(package: bytes, name: str, data: bytes) -> bytes:
    """`package` with the part `name` replaced by `data`."""
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        parts = [(i.filename, data if i.filename == name else zf.read(i)) for i in zf.infolist()]
    return _zip(parts)


def _docx_rows_xml(rows: Sequence[tuple[str, ...]]) -> str:
    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    return "".join("<w:tr>" + "".join(cell(t) for t in row) + "</w:tr>" for row in rows)


def _document_xml(doctype: str, first_activity: str) -> bytes:
    """A roadmap document.xml behind a DOCTYPE; `first_activity` is raw markup (entity references)."""
    rows = [HEADER, ("1", first_activity, "Сентябрь", "Директор"), *ACTIVITIES[1:]]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{title("СОШ № 5")}</w:t></w:r></w:p>'
        f"<w:tbl>{_docx_rows_xml(rows)}</w:tbl></w:body></w:document>"
    ).encode()


def _laughs(root: str) -> str:
    """The "billion laughs" DOCTYPE: `&lol9;` expands to 10**9 words."""
    defs = ['<!ENTITY lol "lol">', '<!ENTITY lol1 "' + "&lol;" * 10 + '">']
    defs += [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(2, 10)]
    return f"<!DOCTYPE {root} [{' '.join(defs)}]>"


def _xxe(root: str) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{PASSWD}">]>'


_XLSX_PARTS = (
    (
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
    ),
    (
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
        "</Relationships>",
    ),
    (
        "xl/workbook.xml",
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{S_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Дорожная карта" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    (
        "xl/_rels/workbook.xml.rels",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        "</Relationships>",
    ),
)


def _sheet_xml(doctype: str, first_activity: str) -> tuple[bytes, bytes]:
    """(head, tail) of a roadmap sheet1.xml; whatever goes between them must be whitespace."""
    rows = [HEADER, ("1", first_activity, "Сентябрь", "Директор"), *ACTIVITIES[1:]]
    xml_rows = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{"ABCD"[c]}{r}" t="inlineStr"><is><t>{text}</t></is></c>' for c, text in enumerate(row)
        )
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n<worksheet xmlns="{S_NS}"><sheetData>'
    return head.encode(), f"{xml_rows}</sheetData></worksheet>".encode()


def _xlsx(sheet: RawMember) -> bytes:
    parts = [_stored(name, xml.encode()) for name, xml in _XLSX_PARTS]
    return raw_zip([*parts, sheet])


def _xlsx_with_sheet(doctype: str, first_activity: str) -> bytes:
    head, tail = _sheet_xml(doctype, first_activity)
    return _xlsx(_stored("xl/worksheets/sheet1.xml", head + tail))


def _encrypted_ooxml() -> bytes:
    """A password-protected DOCX as Word writes it: an OLE compound file (MS-CFB, version 3) holding an
    `EncryptionInfo` and an `EncryptedPackage` stream. Both streams are 4096 bytes or more, so they live
    in regular 512-byte sectors and the file needs no mini stream.
    """
    rng = random.Random(11)
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>".ljust(4096 - 8, b"\0")  # agile encryption
    package = struct.pack("<Q", 6000) + rng.randbytes(4096)  # declared plaintext size + ciphertext
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

    def sectors(data: bytes) -> list[bytes]:
        data = data.ljust(-(-len(data) // 512) * 512, b"\0")
        return [data[i : i + 512] for i in range(0, len(data), 512)]

    info_sectors, package_sectors = sectors(info), sectors(package)
    info_start = 2  # sector 0: FAT, sector 1: directory
    package_start = info_start + len(info_sectors)
    n_sectors = package_start + len(package_sectors)
    fat = [fat_sector, end]
    for start, count in ((info_start, len(info_sectors)), (package_start, len(package_sectors))):
        fat += [*range(start + 1, start + count), end]
    fat += [free] * (128 - len(fat))

    def entry(
        name: str, kind: int, color: int, left: int, right: int, child: int, start: int, size: int
    ) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(raw), kind, color, left, right, child)
            + bytes(16 + 4 + 16)  # class id, state bits, creation and modification times
            + struct.pack("<IQ", start, size)
        )

    directory = (
        entry("Root Entry", 5, 1, no_stream, no_stream, 1, end, 0)
        + entry("EncryptionInfo", 2, 1, no_stream, 2, no_stream, info_start, len(info))
        + entry("EncryptedPackage", 2, 0, no_stream, no_stream, no_stream, package_start, len(package))
        + entry("", 0, 0, no_stream, no_stream, no_stream, 0, 0)
    )
    header = (
        OLE_MAGIC
        + bytes(16)
        + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<109I", 0, *[free] * 108)
    )
    body = struct.pack("<128I", *fat) + directory + b"".join(info_sectors + package_sectors)
    assert len(header) == 512 and len(body) == n_sectors * 512
    return header + body


def _png_bomb() -> bytes:
    """A PNG declaring 100000×100000 grey pixels (10 gigapixels) with almost no image data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">2I5B", 100_000, 100_000, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(1001)))
        + chunk(b"IEND", b"")
    )


def _html_roadmap() -> bytes:
    cells = "".join(
        "<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in (HEADER, *ACTIVITIES)
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Дорожная карта</title></head><body>\n'
        f'<p>{title("СОШ № 3")}</p>\n<table border="1">{cells}</table>\n</body></html>\n'
    ).encode()


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        if not path.exists():
            raise SystemExit("no Cyrillic font: install fonts-dejavu-core (DejaVuSans.ttf)")
        pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return FONT


def _roadmap_pdf(school: str, encrypt: StandardEncryption | None = None) -> bytes:
    """A one-page roadmap PDF: its title, then the activities in a ruled table."""
    font = _font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, encrypt=encrypt, title="Дорожная карта")
    style = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11)
    table = Table(
        [[Paragraph(text, style) for text in row] for row in (HEADER, *ACTIVITIES)],
        colWidths=(40, 260, 80, 110),
    )
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    doc.build(
        [Paragraph(title(school), ParagraphStyle("title", fontName=font, fontSize=12, leading=15)), table]
    )
    return buf.getvalue()


def _long_pdf(pages: int) -> bytes:
    """`pages` pages of one line each."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for i in range(1, pages + 1):
        c.setFont(_font(), 11)
        c.drawString(72, 770, f"Страница {i}. Встреча наставника и наставляемого по плану работы")
        c.showPage()
    c.save()
    return buf.getvalue()


# --- the corpus --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str  # path inside the corpus folder
    what: str
    write: Callable[[Path], object]


def _file(data: Callable[[], bytes]) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data())


def _symlink(target: str) -> Callable[[Path], object]:
    return lambda path: path.symlink_to(target)


def _junk(n: int, seed: int, alphabet: bytes | None = None) -> Callable[[], bytes]:
    def make() -> bytes:
        rng = random.Random(seed)
        return rng.randbytes(n) if alphabet is None else bytes(rng.choices(alphabet, k=n))

    return make


def _half(data: Callable[[], bytes]) -> Callable[[], bytes]:
    def make() -> bytes:
        whole = data()
        return whole[: len(whole) // 2]

    return make


def _nested(names: Sequence[str], inner: str) -> bytes:
    """`names[0]` holds `names[1]` … holds the roadmap `inner`; returns the outermost archive."""
    data = _zip([(inner, roadmap_docx("СОШ № 12"))])
    for name in reversed(names[1:]):
        data = _zip([(name, data)])
    return data


def _zip_bomb() -> bytes:
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
    tail = b"</w:body></w:document>"
    return raw_zip(
        [
            bomb_member("bomb.docx", head, BOMB_MIB, tail),
            # Declares 1 MiB but inflates to 300 MiB: only a reader that trusts the header is fooled.
            bomb_member("liar.docx", head, BOMB_MIB, tail, declared=MIB),
        ]
    )


def _docx_bomb() -> bytes:
    with zipfile.ZipFile(io.BytesIO(roadmap_docx("СОШ № 6"))) as zf:
        parts = [deflated(i.filename, zf.read(i)) for i in zf.infolist() if i.filename != "word/document.xml"]
    head, tail = _document_xml("", "Назначение куратора").split(b"<w:tbl>", 1)
    return raw_zip([*parts, bomb_member("word/document.xml", head, BOMB_MIB, b"<w:tbl>" + tail)])


def _xlsx_bomb() -> bytes:
    head, tail = _sheet_xml("", "Назначение куратора")
    return _xlsx(bomb_member("xl/worksheets/sheet1.xml", head, XLSX_BOMB_MIB, tail))


def _locked_zip() -> bytes:
    """A zip whose member is encrypted with a password (the classic ZipCrypto flag)."""
    return raw_zip([RawMember("plan.docx", random.Random(5).randbytes(512), 0x1234ABCD, 500, flags=0x1)])


def _deflate64_zip() -> bytes:
    """A zip compressed with Deflate64 (method 9), which some archivers use and Python cannot unpack."""
    return raw_zip([RawMember("plan.docx", random.Random(6).randbytes(512), 0x1234ABCD, 4000, method=9)])


def _with_method9(package: bytes, name: str) -> bytes:
    """`package` with its part `name` marked as compressed with Deflate64 (method 9): readers without
    Deflate64 (Python's zipfile among them) cannot unpack it."""
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        parts = [
            RawMember(i.filename, zf.read(i), 0x1234ABCD, i.file_size, method=9)
            if i.filename == name
            else deflated(i.filename, zf.read(i))
            for i in zf.infolist()
        ]
    return raw_zip(parts)


def _claiming_version(package: bytes, version: int) -> bytes:
    """`package` whose directory entries say unpacking needs zip version `version` (e.g. 102 = 10.2)."""
    data = bytearray(package)
    eocd = data.rfind(b"PK\x05\x06")
    count, _size, pos = struct.unpack_from("<H2I", data, eocd + 10)
    for _ in range(count):
        struct.pack_into("<H", data, pos + 6, version)
        name_len, extra_len, comment_len = struct.unpack_from("<3H", data, pos + 28)
        pos += 46 + name_len + extra_len + comment_len
    return bytes(data)


def _odt_broken_mimetype() -> bytes:
    """An OpenDocument text whose `mimetype` member cannot be unpacked (Deflate64)."""
    mimetype = b"application/vnd.oasis.opendocument.text"
    return raw_zip(
        [
            RawMember("mimetype", mimetype, zlib.crc32(mimetype), len(mimetype), method=9),
            deflated("content.xml", b'<?xml version="1.0"?><office:document-content/>'),
        ]
    )


def _traversal_zip() -> bytes:
    good = roadmap_docx("СОШ № 9")
    return _zip([("../evil.docx", good), ("/abs/evil.docx", good), ("..\\win\\evil.docx", good)])


CASES: tuple[Case, ...] = (
    Case("empty.docx", "zero-byte file", _file(lambda: b"")),
    Case("html_as.pdf", "an HTML roadmap saved with a .pdf extension", _file(_html_roadmap)),
    Case("pdf_as.docx", "a real roadmap PDF named .docx", _file(lambda: _roadmap_pdf("СОШ № 4"))),
    Case("docx_as.pdf", "a roadmap DOCX named .pdf", _file(lambda: roadmap_docx("СОШ № 2"))),
    Case("truncated.pdf", "the first half of a roadmap PDF", _file(_half(lambda: _roadmap_pdf("СОШ № 4")))),
    Case(
        "corrupt.pdf",
        "a PDF header followed by random bytes",
        _file(lambda: b"%PDF-1.7\n" + _junk(8192, 1)()),
    ),
    Case("truncated.docx", "the first half of a roadmap DOCX", _file(_half(lambda: roadmap_docx("СОШ № 2")))),
    Case(
        "bad_xml.docx",
        "a DOCX whose word/document.xml is not XML",
        _file(lambda: _with_part(roadmap_docx("СОШ № 2"), "word/document.xml", b"\x00\x01not <xml at all")),
    ),
    Case(
        "truncated.xlsx",
        "the first half of an XLSX",
        _file(_half(lambda: _xlsx_with_sheet("", "Назначение куратора"))),
    ),
    Case(
        "encrypted_user.pdf",
        "a roadmap PDF that opens only with a password",
        _file(
            lambda: _roadmap_pdf("СОШ № 4", StandardEncryption("user-secret", ownerPassword="owner-secret"))
        ),
    ),
    Case(
        "encrypted_owner.pdf",
        "a roadmap PDF with only an owner password (opens without one; editing restricted)",
        _file(
            lambda: _roadmap_pdf("СОШ № 8", StandardEncryption("", ownerPassword="owner-secret", canModify=0))
        ),
    ),
    Case(
        "encrypted.docx",
        "a password-protected DOCX (OLE file with an EncryptedPackage stream)",
        _file(_encrypted_ooxml),
    ),
    Case(
        "bomb.zip",
        "a zip with a member inflating to 300 MiB, and one lying that it holds 1 MiB",
        _file(_zip_bomb),
    ),
    Case("bomb.docx", "a DOCX whose word/document.xml inflates to 300 MiB", _file(_docx_bomb)),
    Case("bomb.xlsx", "an XLSX whose sheet inflates to 600 MiB", _file(_xlsx_bomb)),
    Case(
        "zip_version.docx",
        "a roadmap DOCX whose zip directory claims version 10.2",
        _file(lambda: _claiming_version(roadmap_docx("СОШ № 2"), 102)),
    ),
    Case(
        "deflate64.docx",
        "a DOCX whose word/document.xml is compressed with Deflate64",
        _file(lambda: _with_method9(roadmap_docx("СОШ № 2"), "word/document.xml")),
    ),
    Case(
        "deflate64.xlsx",
        "an XLSX whose sheet is compressed with Deflate64",
        _file(lambda: _with_method9(_xlsx_with_sheet("", "Назначение куратора"), "xl/worksheets/sheet1.xml")),
    ),
    Case(
        "broken_mimetype.odt", "an ODT whose mimetype member cannot be unpacked", _file(_odt_broken_mimetype)
    ),
    Case(
        "laughs.docx",
        "billion laughs (nested entities) in word/document.xml",
        _file(
            lambda: _with_part(
                roadmap_docx("СОШ № 5"), "word/document.xml", _document_xml(_laughs("w:document"), "&lol9;")
            )
        ),
    ),
    Case(
        "xxe.docx",
        f"an external entity reading {PASSWD} in word/document.xml",
        _file(
            lambda: _with_part(
                roadmap_docx("СОШ № 5"), "word/document.xml", _document_xml(_xxe("w:document"), "&xxe;")
            )
        ),
    ),
    Case(
        "laughs.xlsx",
        "billion laughs in the sheet XML",
        _file(lambda: _xlsx_with_sheet(_laughs("worksheet"), "&lol9;")),
    ),
    Case(
        "xxe.xlsx",
        f"an external entity reading {PASSWD} in the sheet XML",
        _file(lambda: _xlsx_with_sheet(_xxe("worksheet"), "&xxe;")),
    ),
    Case("bomb.png", "a PNG declaring 100000×100000 pixels", _file(_png_bomb)),
    Case("long.pdf", "a 400-page PDF, one line a page", _file(lambda: _long_pdf(400))),
    Case(
        "traversal.zip",
        "members named ../evil.docx, /abs/evil.docx and ..\\win\\evil.docx",
        _file(_traversal_zip),
    ),
    Case("locked.zip", "a zip whose member is encrypted", _file(_locked_zip)),
    Case("deflate64.zip", "a zip member compressed with Deflate64", _file(_deflate64_zip)),
    Case("junk.txt", "random binary bytes named .txt", _file(_junk(4096, 2))),
    Case(
        "junk_high.txt",
        "random bytes 0xC0–0xFF (each a Cyrillic letter in cp1251) named .txt",
        _file(_junk(4096, 3, bytes(range(0xC0, 0x100)))),
    ),
    Case(
        "nest1.zip",
        "a roadmap inside a zip inside a zip inside a zip",
        _file(lambda: _nested(["nest1.zip", "nest2.zip", "nest3.zip"], "roadmap.docx")),
    ),
    Case(
        "deep1.zip",
        "a roadmap under four nested zips (one past the depth limit)",
        _file(lambda: _nested(["deep1.zip", "deep2.zip", "deep3.zip", "deep4.zip"], "roadmap.docx")),
    ),
    Case("link_passwd.txt", f"a symbolic link to {PASSWD} (out of the folder)", _symlink(PASSWD)),
    Case("link_parent", "a symbolic link to the folder's parent directory", _symlink("..")),
    Case("link_dangling.docx", "a symbolic link to a missing file", _symlink("missing.docx")),
    Case("loop_a", "a symbolic link to loop_b, which links back to loop_a", _symlink("loop_b")),
    Case("loop_b", "a symbolic link to loop_a", _symlink("loop_a")),
    Case("link_inside.pdf", "a symbolic link to html_as.pdf in the same folder", _symlink("html_as.pdf")),
    Case("pipe.docx", "a named pipe (FIFO) nobody writes to", os.mkfifo),
    Case(
        NON_UTF8_NAME,
        "a roadmap whose file name is not UTF-8 (cp1251 «План»)",
        _file(lambda: roadmap_docx("СОШ № 14")),
    ),
)


def make_corpus(root: Path) -> list[Path]:
    """Write every case into `root` (created if needed, must not hold the cases yet); their paths."""
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in CASES:
        path = root / case.name
        case.write(path)
        paths.append(path)
    return paths


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.hostile.make_corpus DIR", file=sys.stderr)
        return 2
    for path in make_corpus(Path(argv[0])):
        sys.stdout.buffer.write(os.fsencode(path) + b"\n")  # one name is not UTF-8
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
