"""A PDF as a whole: the text layer where it is good, Tesseract on every other page.

The decision is made per page (`extractors.page_quality`): one PDF may carry a real text layer on
page 1 and an English-OCR garbage layer over scans on pages 2–3. Pages read by OCR are recorded as
such, so their rows get `extraction_method=ocr`.
"""

from __future__ import annotations

import dataclasses

from extractors.pdf_text import extract_pdf, page_ranges
from pipeline.models import Block, ExtractedDocument, Paragraph


def _page_of(block: Block) -> int:
    if isinstance(block, Paragraph):
        return block.page or 0
    return next((r.page for r in block.rows if r.page), 0)


def _renumber(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    tables = 0
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            out.append(dataclasses.replace(block, index=i))
        else:
            out.append(dataclasses.replace(block, index=tables))
            tables += 1
    return out


def read_pdf(data: bytes, *, max_pages: int | None = None) -> ExtractedDocument:
    doc = extract_pdf(data, max_pages=max_pages)
    wanted = [p.number for p in doc.pages if p.method == "skipped" and p.text_layer in ("none", "garbled")]
    if not wanted:
        return doc
    from extractors.ocr import ocr_pdf_pages

    problems: list[str] = []
    by_page = ocr_pdf_pages(data, wanted, problems=problems)
    read = {n for n, blocks in by_page.items() if blocks}
    pages = [dataclasses.replace(p, method="ocr") if p.number in read else p for p in doc.pages]
    blocks = sorted([*doc.blocks, *(b for n in sorted(by_page) for b in by_page[n])], key=_page_of)
    unread = [n for n in wanted if n not in read]
    warnings = [*doc.warnings, *problems]
    if unread:
        word = "страница" if len(unread) == 1 else "страницы"
        warnings.append(f"{word} {page_ranges(unread)} не распознаны")
    return dataclasses.replace(
        doc, blocks=_renumber(blocks), pages=pages, ocr_pages=len(read), warnings=warnings
    )
