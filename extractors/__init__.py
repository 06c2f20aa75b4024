"""One extractor per input format; `extract` picks it from the file's content, not its name."""

from __future__ import annotations

from collections.abc import Callable

from extractors.detect import detect_format
from pipeline.errors import CorruptFile, EncryptedFile, UnsupportedFormat
from pipeline.models import ExtractedDocument, InputFile

Extractor = Callable[[InputFile], ExtractedDocument]


def _docx(item: InputFile) -> ExtractedDocument:
    from extractors.docx import extract_docx

    return extract_docx(item.data)


def _office(ext: str) -> Extractor:
    def run(item: InputFile) -> ExtractedDocument:
        from extractors.office import extract_via_office

        return extract_via_office(item.data, ext)

    return run


def _xlsx(item: InputFile) -> ExtractedDocument:
    from extractors.xlsx import extract_xlsx

    return extract_xlsx(item.data)


def _xls(item: InputFile) -> ExtractedDocument:
    from extractors.xlsx import extract_xls

    return extract_xls(item.data)


def _ods(item: InputFile) -> ExtractedDocument:
    from extractors.office import convert_one
    from extractors.xlsx import extract_xlsx

    return extract_xlsx(convert_one(item.data, "ods", target="xlsx"))


def _pdf(item: InputFile) -> ExtractedDocument:
    from extractors.pdf import read_pdf

    return read_pdf(item.data)


def _image(item: InputFile) -> ExtractedDocument:
    from extractors.ocr import extract_image

    return extract_image(item.data)


def _text(item: InputFile) -> ExtractedDocument:
    from extractors.text import extract_text

    return extract_text(item.data, html=True if item.extension in ("html", "htm") else None)


IMAGE_KINDS = frozenset({"png", "jpeg", "tiff", "gif"})  # read by OCR alone

EXTRACTORS: dict[str, Extractor] = {
    "docx": _docx,
    "doc": _office("doc"),
    "rtf": _office("rtf"),
    "odt": _office("odt"),
    "xlsx": _xlsx,
    "xls": _xls,
    "ods": _ods,
    "text": _text,
    "pdf": _pdf,
    **dict.fromkeys(IMAGE_KINDS, _image),
}

# Formats recognised but not read, with the words a methodologist understands.
_NOT_READ = {
    "pages": "документ Apple Pages (.pages): сохраните его в DOCX или PDF",
    "ole": "файл Microsoft Office неизвестного вида (не Word и не Excel)",
}


def extract(item: InputFile) -> tuple[str, ExtractedDocument]:
    """(detected format, extracted document); raises a RoadmapError for unreadable input."""
    kind = detect_format(item.data, item.extension)
    if kind in EXTRACTORS:
        return kind, EXTRACTORS[kind](item)
    if kind == "encrypted":
        raise EncryptedFile()
    if kind == "broken_zip":
        raise CorruptFile("архив ZIP внутри файла обрезан или испорчен")
    if kind in _NOT_READ:
        raise UnsupportedFormat(_NOT_READ[kind])
    raise UnsupportedFormat(f"неизвестный тип файла .{item.extension or '?'}")
