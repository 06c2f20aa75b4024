"""Clean-up of scanned and photographed pages before OCR.

Scans of school roadmaps reach us as office-scanner output, phone photos and faxes. Each step
here handles one quirk of such images and works on an 8-bit grayscale numpy array (ink dark):

* loading: EXIF orientation (phones store the picture sideways plus a "rotate me" tag), palette,
  alpha, 16-bit and CMYK modes, multi-page TIFF, and decompression bombs (a tiny file declaring a
  gigapixel canvas) refused before any pixel is decoded;
* colour cast (yellowed paper, blue ink, warm indoor light): reduced to luminance;
* perspective: a phone photo shows the sheet as a quadrilateral on a darker desk;
  the largest four-cornered contour is warped back to a rectangle;
* uneven lighting (shadow of the phone, vignetting, a fold): the page is divided by its own
  background, estimated by a morphological closing that wipes out text and ruling lines;
* skew of a few degrees (a sheet fed askew): the angle whose horizontal projection profile is
  sharpest, found on ink pixel coordinates (ruling lines and text lines both sharpen it);
* sideways pages: text lines running vertically are told apart from horizontal ones by the same
  projection profiles, so the costlier orientation check is only asked for when needed;
* binarization: Otsu on the evened-out page after a median filter against sensor noise and JPEG
  ringing; the binary page drives ruling-line detection and is what Tesseract reads.
"""

from __future__ import annotations

import contextlib
import io
import math
import warnings
from collections.abc import Iterator

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from pipeline.errors import CorruptFile

Gray = npt.NDArray[np.uint8]

# Larger images are refused: a real A4 scan at 600 dpi is 35 megapixels.
MAX_PIXELS = 100_000_000
MAX_PAGES = 500
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

cv2.setNumThreads(1)  # parallelism comes from processing pages in separate processes


# --- loading -----------------------------------------------------------------------------------


def _check_size(image: Image.Image) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise CorruptFile("изображение нулевого размера")
    if width * height > MAX_PIXELS:
        raise CorruptFile(f"изображение слишком велико ({width}×{height} точек)")


def open_image(data: bytes) -> Image.Image:
    """Open an image lazily (header only), refusing decompression bombs before decoding pixels."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CorruptFile("изображение слишком велико (похоже на «бомбу» распаковки)") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise CorruptFile("не удаётся открыть изображение") from exc
    _check_size(image)
    return image


def iter_pages(image: Image.Image) -> Iterator[Image.Image]:
    """Pages of an opened image: every frame of a TIFF, the first frame of anything else.

    An animated GIF or PNG is one picture, not a document of pages. Each page comes decoded,
    turned upright by its EXIF orientation tag, and checked against the size limit.
    """
    frames: Iterator[Image.Image] = ImageSequence.Iterator(image) if image.format == "TIFF" else iter([image])
    count = 0
    try:
        for frame in frames:
            count += 1
            if count > MAX_PAGES:
                raise CorruptFile(f"в изображении больше {MAX_PAGES} страниц")
            _check_size(frame)
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                frame.load()
                page = frame.copy()
            yield upright_by_exif(page)
    except CorruptFile:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CorruptFile("изображение слишком велико (похоже на «бомбу» распаковки)") from exc
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        if count <= 1:
            raise CorruptFile("изображение повреждено или обрезано") from exc
        return  # a multi-page TIFF cut short: keep the pages read so far


def upright_by_exif(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation tag (phones store portrait shots sideways with a tag)."""
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, SyntaxError):
        return ImageOps.exif_transpose(image)
    return image  # a broken EXIF block: keep the picture as stored


def to_gray(image: Image.Image) -> Gray:
    """Luminance of any PIL mode; transparent areas become white paper."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(image, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        scaled = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.full(arr.shape, 255.0)
        return np.ascontiguousarray(scaled.astype(np.uint8))
    if mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    if image.mode == "LAB":
        return np.ascontiguousarray(np.asarray(image.getchannel(0), dtype=np.uint8))
    try:
        gray = image.convert("L")
    except ValueError as exc:
        raise CorruptFile(f"неподдерживаемый цветовой режим изображения {image.mode}") from exc
    return np.ascontiguousarray(np.asarray(gray, dtype=np.uint8))


# --- geometry ------------------------------------------------------------------------------------


def _downscale(gray: Gray, target: int) -> tuple[Gray, float]:
    """Image whose longer side is at most `target`, and the factor applied."""
    factor = min(1.0, target / max(gray.shape))
    if factor >= 1.0:
        return gray, 1.0
    size = (max(1, round(gray.shape[1] * factor)), max(1, round(gray.shape[0] * factor)))
    step = int(0.5 / factor)  # subsample first: area-averaging 8 megapixels costs more than the rest
    source = np.ascontiguousarray(gray[::step, ::step]) if step >= 2 else gray
    return np.asarray(cv2.resize(source, size, interpolation=cv2.INTER_AREA), dtype=np.uint8), factor


def _order_corners(points: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s = points.sum(axis=1)
    d = np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(s)], points[np.argmin(d)], points[np.argmax(s)], points[np.argmax(d)]],
        dtype=np.float32,
    )


def _page_quad(small: Gray) -> npt.NDArray[np.float32] | None:
    """Corners of a bright sheet lying on a darker background, in `small`'s coordinates."""
    area = small.shape[0] * small.shape[1]
    blur = cv2.GaussianBlur(small, (7, 7), 0)
    _, mask = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    edges = cv2.dilate(cv2.Canny(blur, 30, 90), np.ones((3, 3), np.uint8))
    for source in (mask, edges):
        contours, _ = cv2.findContours(source, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
            hull = cv2.convexHull(contour)
            if cv2.contourArea(hull) < 0.25 * area:
                break
            perimeter = cv2.arcLength(hull, True)
            for eps in (0.02, 0.03, 0.05):
                approx = cv2.approxPolyDP(hull, eps * perimeter, True)
                # The four corners must describe the whole sheet, not cut a corner off a
                # sheet that runs out of the frame (a five-sided outline).
                fits = cv2.contourArea(approx) >= 0.95 * cv2.contourArea(hull)
                if len(approx) == 4 and cv2.isContourConvex(approx) and fits:
                    return _order_corners(approx.reshape(4, 2).astype(np.float32))
    return None


def correct_perspective(gray: Gray) -> Gray:
    """Warp a photographed sheet (a quadrilateral on a darker background) to a flat rectangle.

    Scans, where the sheet fills the frame, are returned unchanged: the quadrilateral must leave
    a visible background margin and the background must be clearly darker than the sheet.
    """
    small, factor = _downscale(gray, 800)
    quad = _page_quad(small)
    if quad is None:
        return gray
    h, w = small.shape
    quad_area = cv2.contourArea(quad)
    if quad_area > 0.93 * h * w:
        return gray  # the sheet fills the frame: a scan, nothing to straighten
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    sheet, background = np.median(small[inside > 0]), np.median(small[inside == 0])
    if sheet - background < 25:
        return gray
    corners = quad / factor
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if width < 100 or height < 100:
        return gray
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    warped = cv2.warpPerspective(
        gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(warped, dtype=np.uint8)


def flatten_illumination(gray: Gray) -> Gray:
    """Divide the page by its background so shadows and gradients become even white paper.

    The background is a morphological closing (a max filter followed by a min filter) of a
    reduced copy, with a kernel wider than any character or ruling line, then blurred.
    """
    small, factor = _downscale(gray, 600)
    k = max(5, int(min(small.shape) / 25) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    background = cv2.GaussianBlur(background, (0, 0), k / 2)
    if factor < 1.0:
        background = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return np.asarray(cv2.divide(gray, np.maximum(background, 1), scale=255), dtype=np.uint8)


def binarize(gray: Gray) -> Gray:
    """Ink mask (ink 255, paper 0): Otsu after a median filter, with a floor for blank pages.

    The median filter that removes paper speckle also erases a ruling line one pixel thin (a
    fine rule scanned at 200 dpi) wherever it does not straddle two pixel rows, leaving a dashed
    rule the table finder cannot follow; long straight runs of the unfiltered page are put back.
    """
    smooth = cv2.medianBlur(gray, 3)
    threshold, ink = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if threshold > 230:  # nearly blank page: Otsu splits paper noise; use a fixed level instead
        threshold, ink = cv2.threshold(smooth, 160, 255, cv2.THRESH_BINARY_INV)
    _, raw = cv2.threshold(gray, threshold, 255, cv2.THRESH_BINARY_INV)
    return with_long_runs(np.asarray(ink, dtype=np.uint8), np.asarray(raw, dtype=np.uint8))


def with_long_runs(ink: Gray, lenient: Gray) -> Gray:
    """`ink` plus the long straight horizontal and vertical runs of a more lenient mask: the
    thin ruling lines a strict mask breaks into dashes, without the speckle it would bring."""
    run = max(25, min(ink.shape) // 60)  # longer than a letter's stroke
    for along, across in (((1, run), (3, 1)), ((run, 1), (1, 3))):
        # Thickened across first, so a slightly skewed rule's one-pixel steps stay one run.
        thick = cv2.dilate(lenient, np.ones(across, np.uint8))
        runs = cv2.morphologyEx(thick, cv2.MORPH_OPEN, np.ones(along, np.uint8))
        ink = np.asarray(cv2.bitwise_or(ink, cv2.bitwise_and(runs, lenient)), dtype=np.uint8)
    return ink


def _ink_points(ink: Gray, target: int = 1200) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    small, _ = _downscale(ink, target)
    ys, xs = np.nonzero(small > 127)
    if len(xs) > 200_000:
        step = len(xs) // 200_000 + 1
        ys, xs = ys[::step], xs[::step]
    return xs.astype(np.float64), ys.astype(np.float64)


def _profile_score(xs: npt.NDArray[np.float64], ys: npt.NDArray[np.float64], degrees: float) -> float:
    """Sharpness of the horizontal projection profile after rotating the points by `degrees`."""
    theta = math.radians(degrees)
    rows = ys * math.cos(theta) - xs * math.sin(theta)
    rows -= rows.min()
    profile = np.bincount(rows.astype(np.int64)).astype(np.float64)
    return float(np.sum(np.diff(profile) ** 2))


def skew_angle(ink: Gray, max_angle: float = 5.0) -> float:
    """Counter-clockwise rotation (degrees) that makes the text and ruling lines level."""
    xs, ys = _ink_points(ink)
    if len(xs) < 500:
        return 0.0
    best = 0.0
    for step, half in ((0.5, max_angle), (0.1, 0.5), (0.02, 0.1)):
        centre = best
        candidates = np.arange(centre - half, centre + half + step / 2, step)
        best = float(max(candidates, key=lambda a: _profile_score(xs, ys, float(a))))
    return best


def text_runs_vertically(ink: Gray) -> bool:
    """True when the page is lying on its side (text lines run top to bottom).

    Compares how sharp the projection profile is across rows and across columns; long ruling
    lines are left out because a table's column rules would otherwise pass for text lines.
    """
    small, _ = _downscale(ink, 1200)
    long_h = cv2.morphologyEx(small, cv2.MORPH_OPEN, np.ones((1, max(15, small.shape[1] // 12)), np.uint8))
    long_v = cv2.morphologyEx(small, cv2.MORPH_OPEN, np.ones((max(15, small.shape[0] // 12), 1), np.uint8))
    text = cv2.subtract(small, cv2.bitwise_or(long_h, long_v))
    ys, xs = np.nonzero(text > 127)
    if len(xs) < 500:
        return False
    fx, fy = xs.astype(np.float64), ys.astype(np.float64)
    across_rows = max(_profile_score(fx, fy, a) for a in (-2.0, 0.0, 2.0))
    across_cols = max(_profile_score(fy, fx, a) for a in (-2.0, 0.0, 2.0))
    return across_cols > 1.3 * across_rows


def rotate(gray: Gray, degrees: float, fill: int = 255) -> Gray:
    """Rotate counter-clockwise by `degrees`, growing the canvas so no corner is cut off.

    Quarter turns are exact; other angles are resampled bilinearly (an ink mask stays smooth
    after thresholding the result at half intensity).
    """
    quarter = round(degrees / 90.0)
    if abs(degrees - 90.0 * quarter) < 1e-6:
        return np.ascontiguousarray(np.rot90(gray, quarter % 4))
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    out = cv2.warpAffine(
        gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )
    return np.asarray(out, dtype=np.uint8)


def scale(gray: Gray, factor: float) -> Gray:
    """Resample the page (upscaling small print for Tesseract, which wants ~20 px letters)."""
    size = (max(1, round(gray.shape[1] * factor)), max(1, round(gray.shape[0] * factor)))
    interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return np.asarray(cv2.resize(gray, size, interpolation=interpolation), dtype=np.uint8)


def half(ink: Gray) -> Gray:
    """Half-size ink mask that keeps one-pixel strokes (a 2×2 block with any ink is ink)."""
    return np.ascontiguousarray(cv2.dilate(ink, np.ones((2, 2), np.uint8))[::2, ::2])


def letter_height(ink: Gray) -> float:
    """Median height of letter-sized blobs of ink: the scale of everything else on the page."""
    factor = 2 if min(ink.shape) >= 1200 else 1
    small = half(ink) if factor == 2 else ink
    n, _, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    heights = stats[1:n, cv2.CC_STAT_HEIGHT] * factor
    widths = stats[1:n, cv2.CC_STAT_WIDTH] * factor
    keep = heights[(heights >= 6) & (heights <= 150) & (widths <= 150)]
    return float(np.median(keep)) if len(keep) >= 20 else 25.0
