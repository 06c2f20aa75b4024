"""OCR of scans and photos with the real Tesseract: a roadmap page is drawn here, then degraded.

The page (title, approval block, a ruled table with stage rows spanning the table, activities
with dates and responsible) is drawn with PIL and DejaVu Sans at 300 dpi. Variants: skewed 1.5°,
turned 90° and 180°, noisy + blurred + JPEG q40, a phone photo (perspective on a grey desk with
a lighting gradient) and an unruled table; plus a landscape page with a vertically merged stage
column. The pages are read once, two at a time, by a session fixture; the tests then check the
rebuilt tables against the drawn truth (cell texts compared with rapidfuzz to allow OCR slack).
Documents and failures: multi-page TIFF, EXIF orientation, PDF pages in parallel, small print,
decompression bombs, unreadable bytes, missing Tesseract or Russian data, a page timeout.
"""

from __future__ import annotations

import io
import itertools
import multiprocessing
import re
import struct
import subprocess
import zlib
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz import fuzz

from extractors import ocr
from extractors.image_prep import iter_pages, open_image
from extractors.ocr import extract_image, ocr_page_image, ocr_pdf_pages
from extractors.ocr_tables import Rulings, Word, _Metrics, build_blocks, cell_lines
from pipeline.errors import CorruptFile, MissingDependency
from pipeline.interpret import interpret
from pipeline.models import Block, Paragraph, RawTable
from pipeline.reference import Reference

WIDTH, HEIGHT = 2480, 3508  # A4 at 300 dpi
COLUMNS = (175, 355, 1335, 1805, 2305)  # x of the vertical rules
HEADER = ("№ п/п", "Мероприятие", "Сроки", "Ответственные")
PAD, LINE = 18, 52
FONT_PX = 40

Row = tuple[str, ...]  # one text: a stage row spanning the table; four: an activity row


@dataclass(frozen=True)
class Roadmap:
    title: tuple[str, ...]
    approval: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def activities(self) -> list[Row]:
        return [r for r in self.rows if len(r) > 1]


ROADMAP = Roadmap(
    title=(
        "Дорожная карта внедрения целевой модели наставничества",
        "в МБОУ «СОШ № 5» на 2023/2024 учебный год",
    ),
    approval=("УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 5»", "__________ И. И. Петрова"),
    rows=(
        ("1. Подготовка условий для запуска программы наставничества",),
        (
            "1.1",
            "Издание приказа о внедрении целевой модели наставничества",
            "сентябрь 2023",
            "директор школы",
        ),
        (
            "1.2",
            "Разработка и утверждение положения о программе наставничества",
            "до 15 сентября 2023",
            "заместитель директора по УВР",
        ),
        (
            "1.3",
            "1) Информирование педагогического коллектива о внедрении программы\n2) Информирование родителей",
            "сентябрь 2023\n\nоктябрь 2023",
            "куратор",
        ),
        (
            "1.4",
            "Анкетирование обучающихся для формирования базы наставляемых",
            "октябрь 2023",
            "классные руководители",
        ),
        ("2. Формирование базы наставников",),
        (
            "2.1",
            "Формирование базы наставников из числа педагогов",
            "ноябрь 2023",
            "куратор, педагог-психолог",
        ),
        ("2.2", "Обучение наставников работе с наставляемыми", "декабрь 2023", "куратор"),
        (
            "2.3",
            "Проведение итогового мероприятия по выявлению лучших практик",
            "май 2024",
            "директор, куратор",
        ),
    ),
)


# --- drawing the page ------------------------------------------------------------------------------


def font_file(bold: bool = False) -> str:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = Path("/usr/share/fonts/truetype/dejavu") / name
    if path.exists():
        return str(path)
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", name.removesuffix(".ttf")], capture_output=True, text=True, check=False
    )
    return found.stdout.strip()


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Printed lines of a cell: each paragraph wrapped to the width, empty paragraphs kept."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and font.getlength(candidate) > width:
                out.append(line)
                line = word
            else:
                line = candidate
        out.append(line)
    return out


def render(roadmap: Roadmap = ROADMAP, *, ruled: bool = True, rule_px: int = 3) -> Image.Image:
    """A clean 300 dpi grayscale page with the roadmap drawn on it."""
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    regular, bold = ImageFont.truetype(font_file(), FONT_PX), ImageFont.truetype(font_file(True), FONT_PX)
    title_font = ImageFont.truetype(font_file(True), 48)
    y = 160
    for text in roadmap.approval:
        draw.text((1560, y), text, font=regular, fill=0)
        y += LINE
    y += 90
    for text in roadmap.title:
        draw.text(((WIDTH - title_font.getlength(text)) / 2, y), text, font=title_font, fill=0)
        y += 66
    y += 60
    for k, row in enumerate((HEADER, *roadmap.rows)):
        font = bold if k == 0 or len(row) == 1 else regular
        bounds = [(COLUMNS[0], COLUMNS[-1])] if len(row) == 1 else list(itertools.pairwise(COLUMNS))
        cells = [_wrap(t, font, x1 - x0 - 2 * PAD) for t, (x0, x1) in zip(row, bounds, strict=True)]
        height = max(len(c) for c in cells) * LINE + 2 * PAD
        for lines, (x0, _x1) in zip(cells, bounds, strict=True):
            for i, line in enumerate(lines):
                draw.text((x0 + PAD, y + PAD + i * LINE), line, font=font, fill=0)
        if ruled:
            draw.line([(COLUMNS[0], y), (COLUMNS[-1], y)], fill=0, width=rule_px)
            for x in {b for pair in bounds for b in pair}:
                draw.line([(x, y), (x, y + height)], fill=0, width=rule_px)
        y += height
    if ruled:
        draw.line([(COLUMNS[0], y), (COLUMNS[-1], y)], fill=0, width=rule_px)
    draw.text((175, y + 120), "Куратор программы ____________ А. В. Смирнова", font=regular, fill=0)
    return page


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def noisy(image: Image.Image, seed: int = 1, sigma: float = 14.0, quality: int = 40) -> Image.Image:
    """A poor scan: sensor noise, defocus, heavy JPEG compression."""
    rng = np.random.default_rng(seed)
    pixels = np.asarray(image, dtype=np.float32) + rng.normal(0, sigma, (image.height, image.width))
    blurred = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    return jpeg(blurred, quality)


def photo(image: Image.Image, seed: int = 2) -> Image.Image:
    """A phone photo: the sheet warped onto a grey desk, a lighting gradient, a colour cast, JPEG."""
    rng = np.random.default_rng(seed)
    w, h = 2600, 3500
    src = np.array([[0, 0], [image.width, 0], [image.width, image.height], [0, image.height]], np.float32)
    dst = np.array([[260, 210], [2330, 330], [2420, 3270], [170, 3330]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(np.asarray(image), matrix, (w, h), borderValue=0)
    inside = cv2.warpPerspective(np.full((image.height, image.width), 255, np.uint8), matrix, (w, h))
    desk = np.full((h, w), 95.0, np.float32)
    merged = np.where(inside > 127, sheet.astype(np.float32), desk)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.4 * (xx / w) * (yy / h) - 0.1 * (yy / h)
    lit = merged * light + rng.normal(0, 5, (h, w))
    gray = np.clip(lit, 0, 255).astype(np.uint8)
    rgb = np.stack([gray, (gray * 0.96).astype(np.uint8), (gray * 0.85).astype(np.uint8)], axis=-1)
    return jpeg(Image.fromarray(rgb, "RGB"), 75)


# A landscape page whose first column holds the stage, merged down over the stage's activities.
STAGE_HEADER = ("Этап", "Мероприятие", "Сроки", "Ответственные")
STAGE_GROUPS = (
    (
        "Подготовительный этап",
        (
            ("Издание приказа о внедрении программы наставничества", "сентябрь 2023", "директор"),
            ("Назначение куратора программы", "сентябрь 2023", "директор"),
            ("Анкетирование педагогов", "октябрь 2023", "куратор"),
        ),
    ),
    (
        "Основной этап",
        (
            ("Формирование наставнических пар", "ноябрь 2023", "куратор"),
            ("Проведение встреч наставников и наставляемых", "в течение года", "наставники"),
        ),
    ),
)
STAGE_COLUMNS = (200, 800, 2100, 2650, 3300)


def render_stage_column() -> Image.Image:
    """Landscape A4 with a vertically merged «Этап» column (Word's vMerge, drawn as missing rules)."""
    page = Image.new("L", (HEIGHT, WIDTH), 255)
    draw = ImageDraw.Draw(page)
    regular, bold = ImageFont.truetype(font_file(), FONT_PX), ImageFont.truetype(font_file(True), FONT_PX)
    xs, y, height = STAGE_COLUMNS, 300, LINE + 2 * PAD
    draw.text((xs[0], 150), "План мероприятий по внедрению наставничества", font=bold, fill=0)
    for x, text in zip(xs, STAGE_HEADER, strict=False):
        draw.text((x + PAD, y + PAD), text, font=bold, fill=0)
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    y += height
    for stage, activities in STAGE_GROUPS:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        draw.text((xs[0] + PAD, y + PAD), stage, font=regular, fill=0)
        for k, row in enumerate(activities):
            if k:
                draw.line([(xs[1], y), (xs[-1], y)], fill=0, width=3)
            for x, text in zip(xs[1:], row, strict=False):
                draw.text((x + PAD, y + PAD), text, font=regular, fill=0)
            y += height
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        draw.line([(x, 300), (x, y)], fill=0, width=3)
    return page


def faded(image: Image.Image) -> Image.Image:
    """The inner column rules gone from the lower half of the page, as on a photo lit from one side."""
    page = image.copy()
    draw = ImageDraw.Draw(page)
    for x in COLUMNS[1:-1]:
        draw.rectangle([(x - 4, HEIGHT // 2), (x + 4, HEIGHT)], fill=255)
    return page


def variants() -> dict[str, Image.Image]:
    base = render()
    return {
        "stage_column": render_stage_column(),
        "clean": base,
        "skew": base.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255),
        "turned90": base.transpose(Image.Transpose.ROTATE_90),
        "turned180": base.transpose(Image.Transpose.ROTATE_180),
        "noisy": noisy(base),
        "photo": photo(base),
        "unruled": render(ruled=False),
        "faded_rules": faded(base),
        # Hairline rules fed askew: one pixel thin, they straddle two pixel rows only here and there.
        "hairline_rules": render(rule_px=1).rotate(0.8, resample=Image.Resampling.BILINEAR, fillcolor=255),
    }


# --- grading -------------------------------------------------------------------------------------------


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("–", "-").replace("—", "-")).strip()


def similar(a: str, b: str) -> float:
    return float(fuzz.ratio(norm(a), norm(b)))


def main_table(blocks: Sequence[Block]) -> RawTable:
    tables = [b for b in blocks if isinstance(b, RawTable)]
    assert tables, "no table found"
    return max(tables, key=lambda t: len(t.rows))


def grid_texts(table: RawTable) -> list[list[str]]:
    return [[c.text for c in row.cells if not c.continued] for row in table.rows]


def activity_scores(table: RawTable, roadmap: Roadmap = ROADMAP) -> list[float]:
    rows = grid_texts(table)[1:]
    scores: list[float] = []
    for truth, got in zip(roadmap.rows, rows, strict=False):
        if len(truth) == 1:
            continue
        for k, cell in enumerate(truth):
            scores.append(similar(cell, got[k]) if k < len(got) else 0.0)
    return scores


def check_roadmap_table(blocks: Sequence[Block]) -> RawTable:
    table = main_table(blocks)
    assert table.n_cols == 4
    assert len(table.rows) == 1 + len(ROADMAP.rows)
    header = grid_texts(table)[0]
    for name, got in zip(HEADER[1:], header[1:], strict=True):
        assert similar(name, got) >= 80, (name, got)
    for truth, row in zip(ROADMAP.rows, table.rows[1:], strict=True):
        if len(truth) == 1:  # a stage row: one cell across the table
            cells = [c for c in row.cells if c.text]
            assert len(cells) == 1 and cells[0].span == 4, row
            assert similar(truth[0], cells[0].text) >= 85
    scores = activity_scores(table)
    good = sum(s >= 85 for s in scores)
    assert good >= 0.9 * len(scores), scores
    return table


def _read_variant(item: tuple[str, Image.Image]) -> tuple[str, list[Block]]:
    name, image = item
    return name, ocr_page_image(image, page=1)


@pytest.fixture(scope="session")
def pages() -> dict[str, list[Block]]:
    """Every variant read once, two pages at a time."""
    ocr.tesseract_path()
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        return dict(pool.map(_read_variant, variants().items()))


# --- the page variants -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    ["clean", "skew", "turned90", "turned180", "noisy", "photo", "unruled", "faded_rules", "hairline_rules"],
)
def test_table_rebuilt(pages: dict[str, list[Block]], variant: str) -> None:
    table = check_roadmap_table(pages[variant])
    assert all(row.page == 1 for row in table.rows)


def test_vertically_merged_stage_column(pages: dict[str, list[Block]], reference: Reference) -> None:
    table = main_table(pages["stage_column"])
    assert table.n_cols == 4 and len(table.rows) == 6
    assert [similar(a, b) >= 80 for a, b in zip(STAGE_HEADER, grid_texts(table)[0], strict=True)] == [
        True
    ] * 4
    first = [(c.col, c.continued) for row in table.rows[1:] for c in row.cells if c.col == 0]
    assert first == [(0, False), (0, True), (0, True), (0, False), (0, True)]
    result = interpret(pages["stage_column"], reference, lambda t: "20" in t or "года" in t, lambda t: False)
    stages = [r.raw_stage for r in result.rows]
    assert len(stages) == 5 and len(set(stages[:3])) == 1 and len(set(stages[3:])) == 1
    assert similar(stages[0], "Подготовительный этап") >= 85 and similar(stages[3], "Основной этап") >= 85


def test_title_and_approval_are_paragraphs(pages: dict[str, list[Block]]) -> None:
    blocks = pages["clean"]
    first_table = next(i for i, b in enumerate(blocks) if isinstance(b, RawTable))
    before = " ".join(b.text for b in blocks[:first_table] if isinstance(b, Paragraph))
    assert similar(" ".join(ROADMAP.title), before[before.find("Дорожная") :]) >= 85
    assert "УТВЕРЖДАЮ" in before
    after = [b for b in blocks[first_table + 1 :] if isinstance(b, Paragraph)]
    assert any("Смирнова" in p.text for p in after)
    assert all(p.page == 1 for p in after)


@pytest.mark.parametrize("variant", ["clean", "unruled"])
def test_dates_keep_blank_line_against_sub_items(pages: dict[str, list[Block]], variant: str) -> None:
    row = main_table(pages[variant]).rows[4]  # activity 1.3: two sub-items, two dates
    activity, dates = row.cells[1], row.cells[2]
    assert len([ln for ln in activity.lines if ln.strip()]) == 2  # the wrapped item is one line
    assert [bool(ln.strip()) for ln in dates.lines] == [True, False, True]


def test_interpreter_reads_the_ocr_table(pages: dict[str, list[Block]], reference: Reference) -> None:
    def is_date(text: str) -> bool:
        return bool(re.search(r"20\d\d|сентябр|октябр|ноябр|декабр|май", text))

    result = interpret(pages["clean"], reference, is_date, lambda t: "куратор" in t or "директор" in t)
    assert len(result.rows) == len(ROADMAP.activities) + 1  # row 1.3 holds two sub-items
    assert {r.stage_number for r in result.rows} == {1, 2}
    items = [r for r in result.rows if r.raw_text.startswith("Информирование")]
    assert [norm(r.raw_dates) for r in items] == ["сентябрь 2023", "октябрь 2023"]


# --- documents and failures ------------------------------------------------------------------------------


def _small_page(text: str) -> Image.Image:
    page = Image.new("L", (1240, 500), 255)
    ImageDraw.Draw(page).text((100, 200), text, font=ImageFont.truetype(font_file(), 44), fill=0)
    return page


def test_multipage_tiff_records_every_page() -> None:
    frames = [_small_page("Первая страница плана наставничества"), _small_page("Вторая страница плана")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    doc = extract_image(buffer.getvalue(), workers=2)
    assert doc.method == "ocr" and doc.n_pages == 2 and doc.ocr_pages == 2
    assert [(p.number, p.method) for p in doc.pages] == [(1, "ocr"), (2, "ocr")]
    texts = {p.page: p.text for p in doc.paragraphs()}
    assert similar(texts[1], "Первая страница плана наставничества") >= 85
    assert similar(texts[2], "Вторая страница плана") >= 85


def test_exif_orientation_is_applied() -> None:
    upright = _small_page("Дорожная карта наставничества")
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # the camera stored it sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=90, exif=exif)
    page = next(iter_pages(open_image(buffer.getvalue())))
    assert page.size == upright.size
    difference = np.abs(np.asarray(page.convert("L"), np.int16) - np.asarray(upright, np.int16))
    assert difference.mean() < 1.0
    doc = extract_image(buffer.getvalue())
    assert similar(doc.paragraphs()[0].text, "Дорожная карта наставничества") >= 85


def test_pdf_pages_in_parallel() -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH * 72 / 300, HEIGHT * 72 / 300))
    for image in (render(), _small_page("Приложение к приказу")):
        pdf.setPageSize((image.width * 72 / 300, image.height * 72 / 300))
        pdf.drawImage(
            ImageReader(image.convert("RGB")), 0, 0, image.width * 72 / 300, image.height * 72 / 300
        )
        pdf.showPage()
    pdf.save()
    result = ocr_pdf_pages(buffer.getvalue(), [2, 1], workers=2)
    assert sorted(result) == [1, 2]
    table = check_roadmap_table(result[1])
    assert all(row.page == 1 for row in table.rows)
    assert [p.page for p in result[2] if isinstance(p, Paragraph)] == [2]


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [11_000, 30_000])  # 121 and 900 megapixels
def test_decompression_bomb_refused(side: int) -> None:
    with pytest.raises(CorruptFile):
        extract_image(_png_header(side, side))


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\xff\xd8\xff\xe0" + b"junk" * 10])
def test_unreadable_image_is_corrupt(data: bytes) -> None:
    with pytest.raises(CorruptFile):
        extract_image(data)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_missing_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependency, match="tesseract-ocr-rus"):
        extract_image(_png(_small_page("текст")))
    with pytest.raises(MissingDependency):
        ocr_page_image(_small_page("текст"))


def test_missing_russian_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tessdata = tmp_path / "tessdata"
    tessdata.mkdir()
    installed = Path(ocr.tesseract_path()).resolve()
    assert installed.exists()
    monkeypatch.setenv("TESSDATA_PREFIX", str(tessdata))
    with pytest.raises(MissingDependency, match="tesseract-ocr-rus"):
        extract_image(_png(_small_page("текст")))


def test_timeout_leaves_page_empty_with_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.001)
    doc = extract_image(_png(_small_page("текст")))
    assert doc.blocks == [] and doc.ocr_pages == 0
    assert doc.pages[0].method == "skipped" and doc.warnings and "страница 1" in doc.warnings[0]


def test_small_print_is_read_at_a_larger_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    big = _small_page("Формирование базы наставников")
    small = big.resize((big.width * 3 // 10, big.height * 3 // 10), Image.Resampling.LANCZOS)  # ~90 dpi
    resolutions: list[int] = []
    read = ocr._read

    def spy(raw: np.ndarray, page_no: int | None, dpi: int, path: str) -> tuple[list[Block], float]:
        resolutions.append(dpi)
        return read(raw, page_no, dpi, path)

    monkeypatch.setattr(ocr, "_read", spy)
    blocks = ocr_page_image(small)
    assert len(resolutions) == 2 and resolutions[1] > resolutions[0]
    text = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert similar(text, "Формирование базы наставников") >= 85


def _lonely_word_page() -> Image.Image:
    """A ruled table whose date cells hold one short word each, in the middle of tall rows."""
    page = Image.new("L", (WIDTH, 1500), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(font_file(), FONT_PX)
    xs = (175, 420, 1500, 1900, 2300)
    rows = (
        ("№", "Мероприятие", "Сроки", "Ответственный"),
        ("7.1", "Проведение заключительной встречи наставника и наставляемого", "", "Куратор"),
        ("7.2", "Анкетирование участников программы наставничества", "Май", ""),
    )
    y = 200
    for k, row in enumerate(rows):
        height = LINE + 2 * PAD if k == 0 else 6 * LINE
        for text, (x0, x1) in zip(row, itertools.pairwise(xs), strict=True):
            lines = _wrap(text, font, x1 - x0 - 2 * PAD)
            top = y + PAD if k == 0 or x0 != xs[2] else y + (height - LINE) // 2
            for i, line in enumerate(lines):
                draw.text((x0 + PAD, top + i * LINE), line, font=font, fill=0)
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        for x in xs:
            draw.line([(x, y), (x, y + height)], fill=0, width=3)
        y += height
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    return page


def test_lonely_short_word_in_a_cell_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word the page's segmentation dropped is read from its cell alone; empty cells cost nothing."""
    recognize, run = ocr.recognize, ocr.run_tesseract
    cell_reads: list[Sequence[str]] = []

    def dropping(path: str, ink: np.ndarray, dpi: int) -> list[Word]:
        return [w for w in recognize(path, ink, dpi) if w.text != "Май"]  # as on a real scan

    def spy(path: str, ink: np.ndarray, args: Sequence[str], timeout: float | None = None) -> str:
        if ocr.CELL_PSM in args:
            cell_reads.append(args)
        return run(path, ink, args, timeout)

    monkeypatch.setattr(ocr, "recognize", dropping)
    monkeypatch.setattr(ocr, "run_tesseract", spy)
    texts = grid_texts(main_table(ocr_page_image(_lonely_word_page())))
    assert texts[2][2] == "Май", texts
    assert texts[1][2] == "" and texts[2][3] == "", texts
    assert 1 <= len(cell_reads) <= 2  # the «Май» cell (and «№», which automatic segmentation may drop)


def _horizontal_rules_page() -> Image.Image:
    """A table drawn with horizontal rules only and no number column: rows packed as tightly as their
    wrapped lines, so only the rules tell where one row ends."""
    page = Image.new("L", (WIDTH, 1700), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(font_file(), FONT_PX)
    xs = (175, 1250, 1750, 2305)
    rows = (
        ("Мероприятие", "Сроки", "Ответственные"),
        ("Педагогический совет о запуске программы наставничества в школе", "Август", "Директор"),
        ("Информирование родителей на общешкольном собрании", "Сентябрь", "Классные руководители"),
        ("Анкетирование учащихся, желающих найти наставника", "Сентябрь", "Педагог-психолог"),
        ("Формирование базы наставляемых из числа учащихся", "Октябрь", "Куратор"),
    )
    y = 200
    for row in rows:
        cells = [
            _wrap(t, font, x1 - x0 - 2 * PAD) for t, (x0, x1) in zip(row, itertools.pairwise(xs), strict=True)
        ]
        height = max(len(c) for c in cells) * LINE + 8
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        for lines, x0 in zip(cells, xs, strict=False):
            for i, line in enumerate(lines):
                draw.text((x0 + PAD, y + 4 + i * LINE), line, font=font, fill=0)
        y += height
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    return page


def test_rows_of_a_table_without_vertical_rules_end_at_its_horizontal_rules() -> None:
    texts = grid_texts(main_table(ocr_page_image(_horizontal_rules_page())))
    assert [row[1] for row in texts] == ["Сроки", "Август", "Сентябрь", "Сентябрь", "Октябрь"], texts
    assert similar(texts[2][0], "Информирование родителей на общешкольном собрании") >= 90, texts


def _line_words(text: str, line: int, indent: int = 0) -> list[Word]:
    """Words of one printed line, in Tesseract's block 1, paragraph 1."""
    out, x = [], 175 + indent
    for w in text.split():
        out.append(Word(w, x, 200 + line * LINE, 22 * len(w), 40, 90.0, block=1, par=1, line=line))
        x += 22 * len(w) + 18
    return out


def test_items_and_stage_headings_of_a_paragraph_roadmap_are_paragraphs_of_their_own() -> None:
    """Tesseract may run a roadmap written without a table into one paragraph: its items and stage
    headings (numerals as OCR reads them) start paragraphs of their own; a wrapped «— срок —» does not."""
    lines = (
        "I. Подготовительный этап",
        "1. Педагогический совет о наставничестве — август — директор, заместитель директора по УВР",
        "— классные руководители.",
        "2. Родительское собрание о программе наставничества — сентябрь — классные руководители.",
        "П. Формирование базы наставляемых",
        "3. Анкетирование обучающихся — сентябрь — педагог-психолог.",
    )
    words = [w for i, text in enumerate(lines) for w in _line_words(text, i, 60 * text[0].isdigit())]
    blocks = build_blocks(words, Rulings([], [], np.zeros((1200, 2480), np.uint8)), 40.0)
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts == [lines[0], f"{lines[1]} {lines[2]}", lines[3], lines[4], lines[5]], texts


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # a capitalised word under a whole one starts a value of its own…
        (("Педагог-психолог", "Куратор"), ("Педагог-психолог", "Куратор")),
        # …but not an abbreviation, nor a name after a short word, nor a lowercase word
        (("Зам. директора по", "УВР"), ("Зам. директора по УВР",)),
        (("Встреча в", "Дзержинске"), ("Встреча в Дзержинске",)),
        (("Старший", "воспитатель"), ("Старший воспитатель",)),
    ],
)
def test_lines_of_a_narrow_cell(printed: tuple[str, ...], read: tuple[str, ...]) -> None:
    """In a column as narrow as its words every line break looks like a wrap; only the words tell."""
    words = [w for i, text in enumerate(printed) for w in _line_words(text, i)]
    right = max(w.right for w in words) + 30  # the next word never fits
    assert cell_lines(words, right, _Metrics(40.0, LINE, 22.0)) == read


def test_a_stroke_beside_a_rule_does_not_shorten_it() -> None:
    """A bold word's stroke just above a rule is joined to it: the rule still reaches the table's left
    border (else its ends meet no vertical rule and the row boundary is lost)."""
    from extractors.ocr_tables import Segment, _joined

    rule, stroke = Segment(132, 1570, 556.0), Segment(332, 408, 547.0)
    (joined,) = _joined([rule, stroke], tol=9.6, max_gap=24.0)
    assert (joined.a0, joined.a1) == (132, 1570)


def test_a_line_level_with_a_sub_item_of_the_next_cell_starts_a_value() -> None:
    """Responsible persons packed line under line beside «1) … 2) …»: the line level with a sub-item's
    start is that sub-item's, though it looks like a wrap of the line above."""
    words = [
        w for i, text in enumerate(("наставники, мастера п/о", "методист")) for w in _line_words(text, i)
    ]
    right = max(w.right for w in words) + 30
    m = _Metrics(40.0, LINE, 22.0)
    assert cell_lines(words, right, m) == ("наставники, мастера п/о методист",)
    second_item = 200 + LINE + 20.0  # the centre of the second printed line
    assert cell_lines(words, right, m, anchors=[second_item]) == ("наставники, мастера п/о", "методист")


def test_a_line_the_page_segmentation_dropped_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Automatic page segmentation now and then drops a whole line (a long bold title over a table):
    ink no word covers, along many letters, is read again as a line of its own."""
    recognize = ocr.recognize

    def dropping(path: str, ink: np.ndarray, dpi: int) -> list[Word]:
        return [w for w in recognize(path, ink, dpi) if not (400 < w.cy < 462)]  # the title's first line

    monkeypatch.setattr(ocr, "recognize", dropping)
    texts = [b.text for b in ocr_page_image(render()) if isinstance(b, Paragraph)]
    assert any(similar(t, ROADMAP.title[0]) >= 90 for t in texts), texts
