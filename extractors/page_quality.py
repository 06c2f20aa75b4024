"""Per-page decision: does this PDF page carry a text layer worth reading, or does it need OCR?

A PDF can look perfect on screen and still hold useless text underneath. The cases met in school
roadmaps, from the cheapest signal to the dearest:

* no text at all — a scan, or text converted to curves;
* glyphs without a Unicode mapping: pdfminer shows them as ``(cid:N)``, PDFium as control characters;
  U+FFFD and private-use code points are the same failure seen through other producers;
* an invisible text layer (render mode 3) laid over a page-sized picture: a scan OCR'd by some earlier
  tool. Such a layer is only as good as that OCR, so it must also pass the language check;
* a text layer that is "text" but not Russian: a scan OCR'd with an English model reads
  «HACTABHNYECTBA» for «НАСТАВНИЧЕСТВА». Look-alike Latin letters are never mapped back here: the page
  is sent to OCR instead.

The decision is taken per page: one scanned annex does not condemn a typed document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import pypdfium2.raw as pdfium_c

from normalizers.lemmas import known_word
from pipeline.models import PageInfo

TextLayer = Literal["good", "none", "garbled"]

MIN_CHARS = 10  # fewer printable characters than this: no usable text layer
MAX_BAD_GLYPH_SHARE = 0.10  # unmapped glyphs above this share: garbled
MIN_LETTERS_TO_JUDGE = 30  # too little text to judge its language: trusted as is
MIN_LANGUAGE_SCORE = 0.5  # real Russian scores above 0.9, Latin look-alike garbage near 0
MIN_OCR_LAYER_SCORE = 0.7  # a hidden OCR layer over a scan must be clearly Russian
SCAN_IMAGE_SHARE = 0.5  # images covering this share of the page make it a scan
MAX_WORDS_CHECKED = 400  # distinct words looked up per page, enough for a stable share
BLANK_PAGE_PATHS = 20  # a page with no text, no image and fewer vector paths is blank

_CID = re.compile(r"\(cid:\d+\)")
# Private use code points except U+F0xx, where Symbol and Wingdings put list bullets and arrows.
_BAD_GLYPH = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uefff\uf100-\uf8ff]")
_LETTER = re.compile(r"[^\W\d_]")
_PRINTABLE = re.compile(r"[^ \t\r\n\xa0]")
_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]{3,}")
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]")
# Latin capitals that look like Cyrillic ones: text made only of them is Russian read as English.
_LOOKALIKE_CAPS = frozenset("ABCEHKMOPTXY")


@dataclass(frozen=True)
class PageSignals:
    """What PDFium tells about one page's text layer, before any layout analysis."""

    text: str
    chars: int  # printable characters
    cid_chars: int  # characters without a Unicode mapping (control codes, U+FFFD, private use)
    invisible_chars: int  # characters drawn with render mode 3 (invisible)
    image_area_ratio: float  # share of the page covered by images, capped at 1
    paths: int  # vector path objects (ruling lines, cell shading, text converted to curves)


@dataclass(frozen=True)
class PageVerdict:
    """The per-page decision; `needs_ocr` is False only for good pages and truly blank ones."""

    text_layer: TextLayer
    reason: str = ""
    needs_ocr: bool = False
    language: float | None = None

    @property
    def usable(self) -> bool:
        return self.text_layer == "good"

    def page_info(self, number: int) -> PageInfo:
        method: Literal["text", "skipped"] = "skipped" if self.needs_ocr else "text"
        return PageInfo(number=number, method=method, text_layer=self.text_layer, reason=self.reason)


@lru_cache(maxsize=200_000)
def _known(word: str) -> bool:
    return known_word(word)


def language_score(text: str) -> float:
    """Share of 3+-letter Cyrillic words the Russian dictionary knows, times the Cyrillic share of letters.

    Both factors matter: Latin look-alike garbage has almost no Cyrillic letters; Cyrillic mojibake
    (a wrong code page) has Cyrillic letters but no known words. Lookups are cached and capped at
    `MAX_WORDS_CHECKED` distinct words, which keeps a page well under 10 ms.
    """
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    cyrillic_share = len(_CYRILLIC_LETTER.findall(text)) / letters
    if cyrillic_share == 0.0:
        return 0.0
    words: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        if _CYRILLIC_WORD.search(word):
            words.add(word.lower().replace("ё", "е"))
            if len(words) >= MAX_WORDS_CHECKED:
                break
    if not words:
        return 0.0
    known = sum(1 for w in words if _known(w))
    return known / len(words) * cyrillic_share


def _garbage_reason(text: str) -> str:
    latin = _LATIN_LETTER.findall(text)
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    if latin and len(latin) > cyrillic:
        caps = [ch for ch in latin if ch.isupper()]
        if caps and sum(ch in _LOOKALIKE_CAPS for ch in caps) >= 0.6 * len(caps):
            return "латиница вместо кириллицы"
        return "текст не на русском языке"
    return "текст не читается как русский"


def assess_page(
    text: str,
    *,
    chars: int,
    cid_chars: int,
    invisible_chars: int,
    image_area_ratio: float,
    paths: int = BLANK_PAGE_PATHS,
) -> PageVerdict:
    """Decide whether a page's text layer is usable; signals are checked cheapest first.

    `chars` counts printable characters; `cid_chars` the glyphs without a Unicode mapping (any
    ``(cid:N)`` in `text` count too, whichever library produced it). A page without text and without
    images or drawings (`paths` below `BLANK_PAGE_PATHS`) is blank: nothing to recognise.
    """
    cid_chars += len(_CID.findall(text))
    if chars < MIN_CHARS:
        if image_area_ratio == 0.0 and paths < BLANK_PAGE_PATHS:
            return PageVerdict("none", "пустая страница", needs_ocr=False)
        return PageVerdict("none", "нет текстового слоя", needs_ocr=True)
    bad_share = cid_chars / max(chars, 1)
    if bad_share > MAX_BAD_GLYPH_SHARE:
        return PageVerdict(
            "garbled", f"символы без кодировки (cid:N) {min(bad_share, 1.0):.0%}", needs_ocr=True
        )
    ocr_layer = image_area_ratio >= SCAN_IMAGE_SHARE and invisible_chars >= 0.5 * chars
    if len(_LETTER.findall(text)) < MIN_LETTERS_TO_JUDGE:
        return PageVerdict("good", "скрытый слой распознавания" if ocr_layer else "")
    score = language_score(text)
    threshold = MIN_OCR_LAYER_SCORE if ocr_layer else MIN_LANGUAGE_SCORE
    if score < threshold:
        reason = _garbage_reason(text)
        if ocr_layer:
            reason = f"скрытый слой распознавания: {reason}"
        return PageVerdict("garbled", f"{reason} (оценка языка {score:.2f})", needs_ocr=True, language=score)
    return PageVerdict("good", "скрытый слой распознавания" if ocr_layer else "", language=score)


def _text_object_chars(obj: Any, textpage: Any) -> int:
    """Characters of one PDFium text object (the UTF-16 buffer length minus its terminator)."""
    size = int(pdfium_c.FPDFTextObj_GetText(obj, textpage, None, 0))
    return max(0, size // 2 - 1)


def page_signals(page: Any) -> PageSignals:
    """Gather the cheap signals for `assess_page` from a `pypdfium2.PdfPage`.

    PDFium is used rather than pdfminer because it needs no layout analysis: counting characters,
    render modes and image areas costs about a millisecond per page. Unmapped glyphs come out of
    PDFium as control characters (pdfminer's ``(cid:N)``).
    """
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        width, height = page.get_size()
        page_area = max(width * height, 1.0)
        invisible = 0
        image_area = 0.0
        paths = 0
        for obj in page.get_objects(max_depth=3):
            kind = obj.type
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                    invisible += _text_object_chars(obj, textpage)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                left, bottom, right, top = obj.get_bounds()
                image_area += max(0.0, right - left) * max(0.0, top - bottom)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths += 1
    finally:
        textpage.close()
    printable = len(_PRINTABLE.findall(text))
    return PageSignals(
        text=text,
        chars=printable,
        cid_chars=len(_BAD_GLYPH.findall(text)),
        invisible_chars=min(invisible, printable),
        image_area_ratio=min(1.0, image_area / page_area),
        paths=paths,
    )


def assess_signals(signals: PageSignals) -> PageVerdict:
    return assess_page(
        signals.text,
        chars=signals.chars,
        cid_chars=signals.cid_chars,
        invisible_chars=signals.invisible_chars,
        image_area_ratio=signals.image_area_ratio,
        paths=signals.paths,
    )
