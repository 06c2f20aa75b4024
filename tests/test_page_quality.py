"""Per-page text-layer verdicts: empty pages, unmapped glyphs, hidden OCR layers, Latin look-alike garbage.

PDF fixtures are drawn with reportlab: a scan is a page-sized picture, an OCR layer is text drawn with
render mode 3 (invisible) over it, and unmapped glyphs come from deleting the font's ToUnicode map.
"""

from __future__ import annotations

import io
import re
import statistics
import time

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extractors.page_quality import assess_page, language_score
from extractors.pdf_text import extract_pdf
from pipeline.models import ExtractedDocument
from tests.test_pdf_text import FONT, cyrillic_font

RUSSIAN = (
    "Дорожная карта реализации целевой модели наставничества в образовательной организации. "
    "Информирование педагогического сообщества о реализации программы наставничества, встреча "
    "с обучающимися и родителями, формирование базы наставников и наставляемых, обучение "
    "наставников, организация работы наставнических пар и завершение программы."
)
GARBAGE = "HACTABHNYECTBA ДOPOЖHAЯ KAPTA PEAЛИЗAЦИИ ЦEЛEBOЙ MOДEЛИ HACTABHNYECTBA OБУЧAЮЩИXCЯ"
LATIN_ONLY = (
    "HACTABHNYECTBA KAPTA MOДEЛИ".replace("Д", "D").replace("Л", "L").replace("И", "N") + " OPTAHN3AUNN"
)


def wrap(text: str, width: int = 80) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def scan_image() -> ImageReader:
    picture = Image.new("L", (210, 297), 250)
    for y in range(30, 280, 12):  # grey bars where the printed lines would be
        picture.paste(90, (20, y, 190, y + 4))
    return ImageReader(picture)


class Pages:
    """A PDF built page by page: typed text, scans, scans with a hidden text layer, blank pages."""

    def __init__(self) -> None:
        cyrillic_font()
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4)

    def typed(self, text: str = RUSSIAN) -> Pages:
        self.canvas.setFont(FONT, 11)
        for k, line in enumerate(wrap(text) * 3):
            self.canvas.drawString(60, 780 - 15 * k, line)
        self.canvas.showPage()
        return self

    def scan(self, hidden: str | None = None) -> Pages:
        self.canvas.drawImage(scan_image(), 0, 0, *A4)
        if hidden is not None:
            layer = self.canvas.beginText(60, 780)
            layer.setFont(FONT, 11)
            layer.setTextRenderMode(3)  # invisible: what OCR tools lay over a scan
            for line in wrap(hidden) * 3:
                layer.textLine(line)
            self.canvas.drawText(layer)
        self.canvas.showPage()
        return self

    def blank(self) -> Pages:
        self.canvas.showPage()
        return self

    def bytes(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def without_unicode_map(data: bytes) -> bytes:
    """Blank out /ToUnicode references (same length, so the xref offsets stay right): the glyphs of
    the embedded font subset then map to nothing — pdfminer's ``(cid:N)``."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), data)


# --- language_score and assess_page ---------------------------------------------------------------------


def test_language_score_separates_russian_from_look_alike_garbage() -> None:
    assert language_score(RUSSIAN) > 0.9
    assert language_score(GARBAGE) < 0.1
    assert language_score(LATIN_ONLY) == 0.0
    assert language_score("ЏаЁ¢Ґв ¬Ё а ¤®а®¦­ п Є ав  ­ бв ў­ЁзҐбвў ") < 0.2  # cp866 read as cp1251
    assert language_score("") == 0.0


def test_language_score_is_fast() -> None:
    page = " ".join(wrap(RUSSIAN) * 12)  # ~4000 characters, a dense page
    language_score(page)  # warm the dictionary and the cache
    fresh = [f"{page} слово{k}" for k in range(5)]
    timings = []
    for text in fresh:
        start = time.perf_counter()
        language_score(text)
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.010


def test_assess_page_signals() -> None:
    none = assess_page("", chars=0, cid_chars=0, invisible_chars=0, image_area_ratio=1.0)
    assert (none.text_layer, none.needs_ocr, none.reason) == ("none", True, "нет текстового слоя")
    blank = assess_page("", chars=0, cid_chars=0, invisible_chars=0, image_area_ratio=0.0, paths=0)
    assert (blank.text_layer, blank.needs_ocr) == ("none", False)
    cid = "(cid:12)(cid:7)(cid:40) " * 40
    garbled = assess_page(cid, chars=len(cid), cid_chars=0, invisible_chars=0, image_area_ratio=0.0)
    assert garbled.text_layer == "garbled" and garbled.reason.startswith("символы без кодировки (cid:N)")
    hidden = assess_page(
        GARBAGE, chars=len(GARBAGE), cid_chars=0, invisible_chars=len(GARBAGE), image_area_ratio=1.0
    )
    assert hidden.text_layer == "garbled" and "латиница вместо кириллицы" in hidden.reason
    good = assess_page(RUSSIAN, chars=len(RUSSIAN), cid_chars=0, invisible_chars=0, image_area_ratio=0.0)
    assert (good.text_layer, good.needs_ocr, good.page_info(3).method) == ("good", False, "text")
    assert garbled.page_info(2).method == "skipped"


# --- whole PDFs ----------------------------------------------------------------------------------------------


def verdicts(doc: ExtractedDocument) -> list[tuple[str, str]]:
    return [(p.method, p.text_layer) for p in doc.pages]


def test_page_without_text_needs_ocr() -> None:
    doc = extract_pdf(Pages().scan().bytes())
    assert [(p.method, p.text_layer, p.reason) for p in doc.pages] == [
        ("skipped", "none", "нет текстового слоя")
    ]
    assert doc.blocks == [] and doc.garbled_pages == 0
    assert doc.warnings == []  # the page goes to OCR (extractors/pdf.py), not to a warning


def test_blank_page_is_not_sent_to_ocr() -> None:
    doc = extract_pdf(Pages().typed().blank().bytes())
    assert verdicts(doc) == [("text", "good"), ("text", "none")]
    assert doc.warnings == []


def test_unmapped_glyphs_are_garbled() -> None:
    doc = extract_pdf(without_unicode_map(Pages().typed().bytes()))
    [page] = doc.pages
    assert (page.method, page.text_layer) == ("skipped", "garbled")
    assert "(cid:N)" in page.reason
    assert doc.garbled_pages == 1 and doc.blocks == []


def test_latin_garbage_over_a_scan_is_garbled_not_repaired() -> None:
    doc = extract_pdf(Pages().scan(hidden=GARBAGE).bytes())
    [page] = doc.pages
    assert (page.method, page.text_layer) == ("skipped", "garbled")
    assert "латиница вместо кириллицы" in page.reason
    assert doc.blocks == []  # nothing mapped back from look-alike letters


def test_good_hidden_ocr_layer_is_read() -> None:
    doc = extract_pdf(Pages().scan(hidden=RUSSIAN).bytes())
    [page] = doc.pages
    assert (page.method, page.text_layer, page.reason) == ("text", "good", "скрытый слой распознавания")
    assert "Дорожная карта реализации целевой модели наставничества" in " ".join(
        p.text for p in doc.paragraphs()
    )


def test_good_russian_page() -> None:
    doc = extract_pdf(Pages().typed().bytes())
    assert [(p.number, p.method, p.text_layer, p.reason) for p in doc.pages] == [(1, "text", "good", "")]
    assert doc.paragraphs() and doc.warnings == []


@pytest.mark.parametrize("garbage", ["scan", "hidden"])
def test_mixed_pdf_is_judged_per_page(garbage: str) -> None:
    pages = Pages().typed()
    for _ in range(2):
        if garbage == "scan":
            pages.scan()
        else:
            pages.scan(hidden=GARBAGE)
    doc = extract_pdf(pages.bytes())
    layer = "none" if garbage == "scan" else "garbled"
    assert verdicts(doc) == [("text", "good"), ("skipped", layer), ("skipped", layer)]
    assert doc.garbled_pages == (2 if garbage == "hidden" else 0)
    assert doc.warnings == []
    assert {p.page for p in doc.paragraphs()} == {1}
    assert doc.n_pages == 3
