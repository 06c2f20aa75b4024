"""OCR of scans, phone photos and PDF pages without a usable text layer (the only Tesseract caller).

Each page goes through clean-up (`image_prep`), orientation and skew correction, one Tesseract
pass (`rus+eng`, TSV with word boxes) and a geometric table rebuild (`ocr_tables`). Quirks handled:

* Tesseract runs one process per page with `OMP_THREAD_LIMIT=1`: its OpenMP threads make it several
  times slower on small machines, so parallelism comes from a process pool across pages instead;
  the cleaned-up page is piped to it as a 1-bit PBM (no temporary files, no PNG compression, and
  Tesseract skips its own thresholding);
* a sideways page (text lines running vertically) or a page that reads badly (an upside-down scan
  gives low-confidence gibberish) is given to Tesseract's orientation detection (OSD); OSD fails on
  sparse pages, and then the page is kept as it is;
* ruling lines are wiped from the image Tesseract reads, so it does not read them as «|» or «_»;
* automatic segmentation drops some short words standing alone in a ruled cell («Май»): a cell
  left without words whose crop holds ink is read again on its own (`--psm 6`, at most 40 a page);
* small print: when the median word is under ~20 px high, the page is read again at a larger scale
  (a PDF page is rendered again at a higher resolution rather than upscaled);
* a Tesseract crash or timeout on one page (or a page the clean-up cannot handle) leaves that
  page without blocks and with a warning; the rest of the document is still read. A missing Tesseract or missing Russian data is an error
  naming the Debian packages to install.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import numpy as np
from PIL import Image

from extractors.image_prep import (
    MAX_PIXELS,
    Gray,
    binarize,
    correct_perspective,
    flatten_illumination,
    iter_pages,
    letter_height,
    open_image,
    rotate,
    scale,
    skew_angle,
    text_runs_vertically,
    to_gray,
    upright_by_exif,
    with_long_runs,
)
from extractors.ocr_tables import Word, build_blocks, find_rulings
from pipeline.errors import CorruptFile, EncryptedFile, MissingDependency
from pipeline.models import Block, ExtractedDocument, PageInfo, Paragraph, RawTable

logger = logging.getLogger(__name__)

TESSERACT_CMD = "tesseract"
PACKAGES = "tesseract-ocr tesseract-ocr-rus"
LANGUAGES = "rus+eng"
PAGE_TIMEOUT = 180.0  # seconds for one Tesseract run
PDF_DPI = 300
MIN_WORD_HEIGHT = 20.0  # px; smaller print is read again at a larger scale
TARGET_WORD_HEIGHT = 32.0
MAX_SCALE = 3.0
MIN_SKEW = 0.3  # degrees; below this a rotation costs more than it helps
MIN_CONFIDENCE = 60.0  # mean word confidence under which the orientation is checked
MAX_RENDER_PIXELS = 60_000_000
PSM = "3"
CELL_PSM = "6"  # one block: a ruled cell read again on its own
CELL_INK = 0.003  # share of ink pixels in an empty cell's crop above which it is read again
MAX_CELL_READS = 40  # per page
CELL_TIMEOUT = 30.0
MAX_LINE_READS = 4  # per page: lines of text automatic page segmentation dropped, read again


class PageFailed(Exception):
    """Tesseract crashed or timed out on one page; the message is shown as a warning."""


# --- running Tesseract ---------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _languages(path: str) -> frozenset[str]:
    return _list_languages(path, os.environ.get("TESSDATA_PREFIX"))


@functools.lru_cache(maxsize=8)
def _list_languages(path: str, _tessdata: str | None) -> frozenset[str]:
    try:
        proc = subprocess.run(
            [path, "--list-langs"], capture_output=True, timeout=60, env=_env(), check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    text = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    return frozenset(line.strip() for line in text.splitlines()[1:] if line.strip())


def tesseract_path() -> str:
    """Path of a Tesseract that has Russian data; MissingDependency names the packages otherwise."""
    path = shutil.which(TESSERACT_CMD)
    if path is None or "rus" not in _languages(path):
        raise MissingDependency("tesseract", PACKAGES)
    return path


def _pbm(ink: Gray) -> bytes:
    """The ink mask as a 1-bit PBM: Tesseract skips its own thresholding, and the pipe is small."""
    h, w = ink.shape
    return b"P4\n%d %d\n" % (w, h) + np.packbits(ink > 127, axis=1).tobytes()


def run_tesseract(path: str, ink: Gray, args: Sequence[str], timeout: float | None = None) -> str:
    """Run Tesseract on an ink mask (ink 255) piped in as PBM; returns its standard output."""
    try:
        proc = subprocess.run(
            [path, "stdin", "stdout", *args],
            input=_pbm(ink),
            capture_output=True,
            timeout=PAGE_TIMEOUT if timeout is None else timeout,
            env=_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PageFailed(f"распознавание не уложилось в {exc.timeout:g} с") from exc
    except OSError as exc:
        raise MissingDependency("tesseract", PACKAGES) from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        if "Failed loading language" in err or "Could not initialize tesseract" in err:
            raise MissingDependency("tesseract", PACKAGES)
        last = next((ln for ln in reversed(err.splitlines()) if ln.strip()), f"код {proc.returncode}")
        raise PageFailed(f"Tesseract завершился с ошибкой: {last.strip()[:200]}")
    return proc.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> list[Word]:
    """Word rows (level 5) of Tesseract's TSV output."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        try:
            words.append(
                Word(
                    f[11].strip(),
                    int(f[6]),
                    int(f[7]),
                    int(f[8]),
                    int(f[9]),
                    float(f[10]),
                    int(f[2]),
                    int(f[3]),
                    int(f[4]),
                )
            )
        except ValueError:
            continue
    return words


def recognize(path: str, ink: Gray, dpi: int) -> list[Word]:
    """Words with boxes; automatic page segmentation, no retry of low-confidence words inverted."""
    args = ["-l", LANGUAGES, "--psm", PSM, "--dpi", str(dpi), "-c", "tessedit_do_invert=0", "tsv"]
    return parse_tsv(run_tesseract(path, ink, args))


def _block_args(dpi: int) -> list[str]:
    """Tesseract arguments for a crop read as one block of text (a cell, a dropped line)."""
    return ["-l", LANGUAGES, "--psm", CELL_PSM, "--dpi", str(dpi), "-c", "tessedit_do_invert=0", "tsv"]


class _CellReader:
    """Reads a ruled cell the page's OCR left empty once more on its own (`ocr_tables.CellReader`).

    Automatic page segmentation drops some short words standing alone in a cell («Май»). Only a
    crop with ink (inside the ruling lines, a margin off them) costs a Tesseract call, and at most
    MAX_CELL_READS a page; a failed call leaves the cell empty.
    """

    def __init__(self, path: str, ink: Gray, dpi: int, letter_h: float) -> None:
        self.path, self.ink, self.dpi = path, ink, dpi
        self.margin = max(3, round(0.15 * letter_h))
        self.left = MAX_CELL_READS

    def __call__(self, x0: int, y0: int, x1: int, y1: int) -> list[Word]:
        m = self.margin
        x0, y0 = max(0, x0 + m), max(0, y0 + m)
        crop = self.ink[y0 : y1 - m, x0 : x1 - m]
        if self.left <= 0 or crop.size == 0 or np.count_nonzero(crop) <= CELL_INK * crop.size:
            return []
        self.left -= 1
        pad = 2 * m
        try:
            out = run_tesseract(
                self.path, np.pad(crop, pad), _block_args(self.dpi), timeout=min(PAGE_TIMEOUT, CELL_TIMEOUT)
            )
        except PageFailed:
            return []
        dx, dy = x0 - pad, y0 - pad
        return [replace(w, left=w.left + dx, top=w.top + dy) for w in parse_tsv(out)]


def _dropped_lines(
    ink: Gray, words: Sequence[Word], letter_h: float, ruled: tuple[float, float] | None
) -> list[tuple[int, int]]:
    """Bands (y0, y1) of a line of print no OCR word covers, outside the ruled table (`ruled`: its
    top and bottom; its cells are read again on their own): automatic page segmentation now and
    then drops a whole line (a long bold title over a table). Ink left outside the words' boxes
    is only specks, punctuation and stamp edges, unless it runs along a line for many letters."""
    left = ink.copy()
    if ruled is not None:
        left[max(0, int(ruled[0])) : int(ruled[1]) + 1] = 0
    pad = max(2, round(0.3 * letter_h))
    for w in words:
        left[max(0, w.top - pad) : w.bottom + pad, max(0, w.left - pad) : w.right + pad] = 0
    band = max(3, round(0.5 * letter_h))
    # columns with ink, per band of rows: a dropped line has ink along many letters' width
    rows = np.add.reduceat(left > 0, np.arange(0, left.shape[0], band), axis=0)
    spread = np.count_nonzero(rows, axis=1)
    found: list[tuple[int, int]] = []
    for i in np.flatnonzero(spread >= 12 * letter_h):
        y0, y1 = int(i * band), int(min(left.shape[0], (i + 1) * band))
        if found and y0 - found[-1][1] <= band:
            found[-1] = (found[-1][0], y1)
        else:
            found.append((y0, y1))
    return [(max(0, y0 - band), min(ink.shape[0], y1 + band)) for y0, y1 in found if y1 - y0 <= 3 * letter_h]


def _read_lines(path: str, ink: Gray, dpi: int, bands: Sequence[tuple[int, int]]) -> list[Word]:
    """Words of the dropped lines `bands`, each read as one block; a failed read adds nothing."""
    out: list[Word] = []
    for y0, y1 in bands[:MAX_LINE_READS]:
        try:
            found = parse_tsv(
                run_tesseract(path, ink[y0:y1], _block_args(dpi), timeout=min(PAGE_TIMEOUT, CELL_TIMEOUT))
            )
        except PageFailed:
            continue
        # a line of words, not a stamp's or a picture's noise; numbered apart from the page's blocks
        if statistics.fmean([w.conf for w in found] or [0.0]) >= MIN_CONFIDENCE:
            out += [replace(w, top=w.top + y0, block=10_000 + y0) for w in found]
    return out


def osd_rotation(path: str, ink: Gray, letter_h: float) -> int | None:
    """Counter-clockwise quarter turns that make the page upright, None when OSD cannot tell.

    OSD only needs letters about 18 px high, so a page with larger print is shrunk first.
    """
    factor = min(1.0, max(0.35, 18.0 / max(letter_h, 1.0)))
    small = np.asarray(scale(ink, factor) > 96, dtype=np.uint8) * 255 if factor < 0.95 else ink
    try:
        out = run_tesseract(path, small, ["--psm", "0", "-l", "osd"], timeout=min(PAGE_TIMEOUT, 60.0))
    except PageFailed:
        return None  # too few characters, or OSD gave up: keep the page as it is
    except MissingDependency:
        logger.warning("нет данных Tesseract для определения ориентации (osd): страница не поворачивается")
        return None
    rot = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if rot is None or conf is None or float(conf.group(1)) < 1.0:
        return None
    return (-int(rot.group(1)) // 90) % 4  # OSD says how far to turn clockwise


# --- one page ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    """The binarized page (ink 255); turning it resamples the mask, never the original."""

    ink: Gray

    def turned(self, degrees: float) -> _Page:
        turned = rotate(self.ink, degrees, fill=0)
        if degrees % 90 == 0:
            return _Page(turned)
        # A hairline rule resampled askew is half-grey where it straddles two pixel rows.
        ink = np.asarray(turned > 127, dtype=np.uint8) * 255
        return _Page(with_long_runs(ink, np.asarray(turned > 63, dtype=np.uint8) * 255))


def _reads_poorly(words: Sequence[Word]) -> bool:
    """Few or low-confidence words: what an upside-down (or still sideways) page gives."""
    scored = [w.conf for w in words if sum(ch.isalpha() for ch in w.text) >= 3]
    return len(scored) < 5 or statistics.fmean(scored) < MIN_CONFIDENCE


def _upright(page: _Page, path: str) -> _Page:
    """The page turned by whole quarters as OSD says; as it is when OSD cannot tell."""
    quarters = osd_rotation(path, page.ink, letter_height(page.ink))
    return page.turned(90.0 * quarters) if quarters else page


def _deskewed(page: _Page) -> _Page:
    angle = skew_angle(page.ink)
    return page.turned(angle) if MIN_SKEW <= abs(angle) <= 5.0 else page


def _read(raw: Gray, page_no: int | None, dpi: int, path: str) -> tuple[list[Block], float]:
    """Blocks of one page and the median word height (to tell whether to read it larger).

    Orientation is checked before OCR when the text runs vertically, and after the first OCR
    pass when it reads poorly; both cost nothing on an upright page.
    """
    page = _Page(binarize(flatten_illumination(correct_perspective(raw))))
    checked = False
    if text_runs_vertically(page.ink):
        checked = True
        page = _upright(page, path)
    while True:
        page = _deskewed(page)
        letter_h = letter_height(page.ink)
        rulings = find_rulings(page.ink, letter_h)
        ink = page.ink.copy()
        ink[rulings.mask > 0] = 0
        words = recognize(path, ink, dpi)  # the binarized page, ruling lines wiped
        if checked or not _reads_poorly(words):
            break
        checked = True
        turned = _upright(page, path)
        if turned is page:
            break
        page = turned
    long_rules = [s.pos for s in rulings.horizontal if s.a1 - s.a0 >= 0.3 * ink.shape[1]]
    ruled = (min(long_rules), max(long_rules)) if len(long_rules) >= 2 else None
    words = [*words, *_read_lines(path, ink, dpi, _dropped_lines(ink, words, letter_h, ruled))]
    heights = [w.height for w in words if len(w.text) >= 2]
    median = float(statistics.median(heights)) if heights else 0.0
    reread = _CellReader(path, ink, dpi, letter_h)
    return renumber(build_blocks(words, rulings, letter_h, page_no, reread)), median


def _read_page(
    gray: Gray, page_no: int | None, dpi: int, path: str, rerender: Callable[[int], Gray] | None = None
) -> tuple[list[Block], str | None]:
    """Blocks of one page, or no blocks and a warning when Tesseract fails on it."""
    try:
        blocks, height = _read(gray, page_no, dpi, path)
        if 0 < height < MIN_WORD_HEIGHT:
            factor = min(MAX_SCALE, TARGET_WORD_HEIGHT / height, math.sqrt(MAX_PIXELS / gray.size))
            if factor > 1.2:
                bigger = rerender(round(dpi * factor)) if rerender else scale(gray, factor)
                blocks, _ = _read(bigger, page_no, round(dpi * factor), path)
        return blocks, None
    except PageFailed as exc:
        reason = str(exc)
    except MissingDependency:
        raise
    except Exception as exc:  # one odd page must not sink the whole document
        logger.exception("OCR page %s", page_no)
        reason = f"ошибка обработки изображения ({type(exc).__name__})"
    where = f"страница {page_no}: " if page_no is not None else ""
    message = f"{where}{reason}; страница не распознана"
    logger.warning(message)
    return [], message


def _dpi(image: Image.Image) -> int:
    value = image.info.get("dpi")
    try:
        dpi = round(float(value[0])) if isinstance(value, tuple) else 0
    except (TypeError, ValueError):
        dpi = 0
    return dpi if 70 <= dpi <= 1200 else 300


def ocr_page_image(
    image: Image.Image, *, page: int | None = None, problems: list[str] | None = None
) -> list[Block]:
    """One page: clean-up, orientation, OCR and table rebuild.

    A Tesseract failure on the page gives no blocks; its warning is appended to `problems`.
    """
    path = tesseract_path()
    image = upright_by_exif(image)
    blocks, warning = _read_page(to_gray(image), page, _dpi(image), path)
    if warning and problems is not None:
        problems.append(warning)
    return blocks


# --- documents -----------------------------------------------------------------------------------


def renumber(blocks: Sequence[Block], first_paragraph: int = 0, first_table: int = 0) -> list[Block]:
    """Give paragraphs and tables consecutive indexes (after pages are put together)."""
    out: list[Block] = []
    p, t = first_paragraph, first_table
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(Paragraph(block.text, index=p, page=block.page))
            p += 1
        else:
            out.append(RawTable(block.rows, index=t, n_cols=block.n_cols))
            t += 1
    return out


@dataclass(frozen=True)
class _Result:
    page: int
    blocks: list[Block]
    warning: str | None = None
    missing: bool = False  # MissingDependency inside a worker (it does not pickle)


_T = TypeVar("_T")


def _pool(workers: int, initializer: Callable[..., None] | None = None, *args: Any) -> ProcessPoolExecutor:
    """Worker processes forked from a clean server with this module already imported.

    A fork of the caller itself could inherit threads of other libraries (database or Arrow
    pools) mid-lock; a fresh spawn would import numpy and OpenCV again for every pool.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", __name__])
    return ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=args)


def _ordered_map(
    pool: ProcessPoolExecutor, fn: Callable[[_T], _Result], tasks: Iterable[_T], ahead: int
) -> Iterator[_Result]:
    """`pool.map` that keeps only `ahead` tasks in flight (a 500-page TIFF is not decoded at once)."""
    pending: deque[Future[_Result]] = deque()
    for task in tasks:
        pending.append(pool.submit(fn, task))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _image_task(task: tuple[Gray, int, int, str]) -> _Result:
    gray, number, dpi, path = task
    try:
        blocks, warning = _read_page(gray, number, dpi, path)
    except MissingDependency:
        return _Result(number, [], missing=True)
    return _Result(number, blocks, warning)


def extract_image(data: bytes, *, workers: int = 1) -> ExtractedDocument:
    """A JPG/PNG/TIFF/GIF scan or photo; every page of a multi-page TIFF is read and recorded."""
    path = tesseract_path()
    image = open_image(data)
    dpi = _dpi(image)
    tasks = ((to_gray(page), n, dpi, path) for n, page in enumerate(iter_pages(image), 1))
    results: list[_Result] = []
    with contextlib.ExitStack() as stack:
        if workers > 1 and getattr(image, "n_frames", 1) > 1:
            pool = stack.enter_context(_pool(workers))
            read: Iterable[_Result] = _ordered_map(pool, _image_task, tasks, 2 * workers)
        else:
            read = map(_image_task, tasks)
        for r in read:
            if r.missing:
                raise MissingDependency("tesseract", PACKAGES)
            results.append(r)
    if not results:
        raise CorruptFile("в изображении нет ни одной страницы")
    doc = ExtractedDocument(method="ocr", blocks=[], n_pages=len(results))
    blocks: list[Block] = []
    for r in results:
        if r.warning:
            doc.warnings.append(r.warning)
            doc.pages.append(PageInfo(r.page, "skipped", "none", r.warning))
        else:
            doc.ocr_pages += 1
            doc.pages.append(PageInfo(r.page, "ocr", "none", "изображение"))
        blocks.extend(r.blocks)
    doc.blocks = renumber(blocks)
    return doc


_PDF: Any = None  # the worker's open PDF (a pypdfium2 PdfDocument)


def _open_pdf(data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile() from exc
        raise CorruptFile("не удаётся открыть PDF") from exc


def _init_pdf_worker(data: bytes) -> None:
    global _PDF
    _PDF = _open_pdf(data)


def render_pdf_page(pdf: Any, number: int, dpi: int) -> Gray:
    """Grayscale rendering of a 1-based page straight from pdfium into numpy (no image files)."""
    page = pdf[number - 1]
    try:
        width, height = page.get_size()
        factor = dpi / 72.0
        if width * height * factor * factor > MAX_RENDER_PIXELS:
            factor = math.sqrt(MAX_RENDER_PIXELS / max(width * height, 1.0))
        bitmap = page.render(scale=factor, grayscale=True)
        array = np.asarray(bitmap.to_numpy())
        if array.ndim == 3:
            array = array[..., 0]
        return np.ascontiguousarray(array, dtype=np.uint8)
    finally:
        page.close()


def _pdf_page(pdf: Any, number: int, path: str) -> _Result:
    import pypdfium2 as pdfium

    try:
        gray = render_pdf_page(pdf, number, PDF_DPI)
        blocks, warning = _read_page(
            gray, number, PDF_DPI, path, lambda dpi: render_pdf_page(pdf, number, dpi)
        )
    except MissingDependency:
        return _Result(number, [], missing=True)
    except pdfium.PdfiumError as exc:  # a page pdfium cannot draw must not sink the document
        message = f"страница {number}: не удаётся отрисовать ({exc}); страница не распознана"
        logger.warning(message)
        return _Result(number, [], message)
    return _Result(number, blocks, warning)


def _pdf_task(task: tuple[int, str]) -> _Result:
    return _pdf_page(_PDF, *task)


def ocr_pdf_pages(
    data: bytes, page_numbers: Sequence[int], *, workers: int = 1, problems: list[str] | None = None
) -> dict[int, list[Block]]:
    """OCR of the given 1-based pages of a PDF, rendered at 300 dpi; page -> blocks.

    Pages are read `workers` at a time in separate processes, each opening the PDF once. A page
    Tesseract fails on maps to no blocks, and its warning is appended to `problems`. Block
    indexes run on across the returned pages in page order.
    """
    path = tesseract_path()
    pdf = _open_pdf(data)
    wanted = sorted({n for n in page_numbers if 1 <= n <= len(pdf)})
    if workers > 1 and len(wanted) > 1:
        pdf.close()
        with _pool(min(workers, len(wanted)), _init_pdf_worker, data) as pool:
            results = list(pool.map(_pdf_task, [(n, path) for n in wanted]))
    else:
        try:
            results = [_pdf_page(pdf, n, path) for n in wanted]
        finally:
            pdf.close()
    out: dict[int, list[Block]] = {}
    paragraphs = tables = 0
    for r in results:
        if r.missing:
            raise MissingDependency("tesseract", PACKAGES)
        if r.warning and problems is not None:
            problems.append(r.warning)
        out[r.page] = renumber(r.blocks, paragraphs, tables)
        n_tables = sum(isinstance(b, RawTable) for b in r.blocks)
        paragraphs, tables = paragraphs + len(r.blocks) - n_tables, tables + n_tables
    return out
