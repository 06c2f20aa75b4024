"""One extractor per input format; `extract` picks it from the file's content."""

from __future__ import annotations

from extractors.detect import detect_format
from pipeline.errors import CorruptFile, UnsupportedFormat
from pipeline.models import ExtractedDocument, InputFile

# Formats recognised but not read yet, with the words a methodologist understands.
_NOT_YET = {
    "pdf": "PDF",
    "ole": "документ Word/Excel старого формата (.doc/.xls)",
    "rtf": "RTF",
    "odt": "документ OpenDocument (.odt)",
    "ods": "таблица OpenDocument (.ods)",
    "xlsx": "таблица Excel (.xlsx)",
    "png": "изображение PNG",
    "jpeg": "изображение JPEG",
    "tiff": "изображение TIFF",
    "gif": "изображение GIF",
}


def extract(item: InputFile) -> tuple[str, ExtractedDocument]:
    """(detected format, extracted document); raises a RoadmapError for unreadable input."""
    kind = detect_format(item.data, item.extension)
    if kind == "docx":
        from extractors.docx import extract_docx

        return kind, extract_docx(item.data)
    if kind == "text":
        from extractors.text import extract_text

        return kind, extract_text(item.data, html=True if item.extension in ("html", "htm") else None)
    if kind == "broken_zip":
        raise CorruptFile("архив ZIP внутри файла обрезан или испорчен")
    if kind == "pages":
        raise UnsupportedFormat("документ Apple Pages (.pages): сохраните его в DOCX или PDF")
    if kind in _NOT_YET:
        raise UnsupportedFormat(f"{_NOT_YET[kind]} пока не читается")
    raise UnsupportedFormat(f"неизвестный тип файла .{item.extension or '?'}")
