"""XLSX extractor: each visible sheet -> one RawTable, laid out like the DOCX extractor's grids.

What the grid holds, and why:

* the sheet as the school sees it: hidden sheets, rows and columns are left out, and so are rows
  and columns with nothing in them (spacer rows, unused columns a title merge runs across), so
  that the header stays among a table's first rows and a title spans the table's real width;
* a merged range is one cell at its top-left, `span` = visible columns it covers; the rows it
  covers below carry a `continued` cell, as for a vertically merged Word cell;
* "centre across selection" titles count as merged: on screen they look the same;
* values are shown as the sheet shows them: whole numbers without ".0", dates as "dd.mm.yyyy" (or
  "сентябрь 2023" when the cell's format shows no day), formula results rather than formulas.

`.xls` (binary Excel) has no reader here: `extract_xls` converts it to XLSX with LibreOffice first.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import column_index_from_string
from openpyxl.utils.exceptions import InvalidFileException

from extractors.detect import OLE_MAGIC
from extractors.office import convert_one
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import ExtractedDocument, RawCell, RawRow, RawTable

_Sheet = Any  # an openpyxl Worksheet (openpyxl ships no type information)
_Cell = Any

_MAX_UNPACKED = 500 * 1024 * 1024  # a roadmap workbook is a few MB; more is a zip bomb
_MONTHS = (
    *("январь", "февраль", "март", "апрель", "май", "июнь"),
    *("июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
)
# Parts of a number format that are printed as is: "quoted text", \x, [colour/locale/condition],
# _x (a space as wide as x), *x (fill). Their letters are not date codes.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_ELAPSED = re.compile(r"\[(?:h+|m+|s+)\]")  # [h]:mm is elapsed time: codes, not a literal
_MINUTES = re.compile(r"(h[^a-z]*)m+|m+([^a-z]*s)")  # "m" right after hours or before seconds
# Excel column widths count characters of the default font (11 pt): a cell's font scales that.
_DEFAULT_FONT_POINTS = 11.0


def extract_xlsx(data: bytes) -> ExtractedDocument:
    """Read a .xlsx (.xlsm) workbook: one table per visible, non-empty sheet, in tab order.

    Raises EmptyFile, EncryptedFile (password-protected package) and CorruptFile.
    """
    workbook = _load(data)
    tables: list[RawTable] = []
    for sheet in workbook.worksheets:  # chart sheets are not worksheets
        if sheet.sheet_state != "visible":
            continue
        table = _SheetGrid(sheet).table(len(tables))
        if table is not None:
            tables.append(table)
    return ExtractedDocument(method="xlsx", blocks=list(tables))


def extract_xls(data: bytes, *, timeout: float = 60.0, cache_dir: Path | None = None) -> ExtractedDocument:
    """A binary Excel .xls (or OpenDocument .ods): converted to XLSX by LibreOffice, then read as XLSX."""
    return extract_xlsx(convert_one(data, "xls", target="xlsx", timeout=timeout, cache_dir=cache_dir))


# --- workbook ------------------------------------------------------------------------------------------


def _load(data: bytes) -> Any:
    if not data:
        raise EmptyFile()
    if data.startswith(OLE_MAGIC):
        # Password-protected OOXML is an OLE file with an `EncryptedPackage` stream.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFile()
        raise CorruptFile("это файл .xls старого формата, а не .xlsx")
    if not data.startswith(b"PK"):
        raise CorruptFile("не удаётся открыть как XLSX (это не zip-архив)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFile("не удаётся открыть как XLSX (zip повреждён)") from exc
    if any(info.flag_bits & 0x1 for info in infos):
        raise EncryptedFile()
    if sum(info.file_size for info in infos) > _MAX_UNPACKED:
        raise CorruptFile("таблица слишком велика после распаковки")
    with warnings.catch_warnings():
        # openpyxl warns about parts it drops (data validation, slicers, conditional formats): none
        # of them holds cell text.
        warnings.simplefilter("ignore")
        try:
            # read_only=False: merged ranges and hidden rows/columns are only known in this mode.
            # data_only=True: the value Excel last computed for a formula, not the formula.
            return openpyxl.load_workbook(io.BytesIO(data), data_only=True, keep_links=False)
        except (
            InvalidFileException,
            zipfile.BadZipFile,
            zlib.error,
            KeyError,
            OSError,
            EOFError,
            SyntaxError,  # xml.etree ParseError and lxml XMLSyntaxError
            ValueError,
            TypeError,
            AttributeError,
            IndexError,
        ) as exc:
            raise CorruptFile("не удаётся прочитать таблицу XLSX (разметка повреждена)") from exc
        except NotImplementedError as exc:  # Deflate64 or strong encryption inside the package
            raise CorruptFile("таблица XLSX сжата неподдерживаемым способом") from exc


# --- cell values ---------------------------------------------------------------------------------------


def _format_codes(number_format: str) -> str:
    """The first section of a number format, lower-cased, without its literal parts."""
    first = _ELAPSED.sub("h", (number_format or "").split(";")[0].lower())
    return _FORMAT_LITERALS.sub("", first)


def _date_text(value: dt.date, number_format: str) -> str:
    """A date as a day date "dd.mm.yyyy", unless the cell's format shows no day (or no year)."""
    codes = _MINUTES.sub(r"\1\2", _format_codes(number_format))
    day, month, year = "d" in codes, "m" in codes, "y" in codes
    if month and year and not day:
        return f"{_MONTHS[value.month - 1]} {value.year}"
    if month and not day and not year:
        return _MONTHS[value.month - 1]
    if year and not day and not month:
        return str(value.year)
    if day and month and not year:
        # Excel stamps the year it was typed in; the sheet never shows it.
        return f"{value.day:02d}.{value.month:02d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _number_text(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}"  # 0.1 + 0.2 is shown as 0.3, as Excel does


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell's value as text, close to what the sheet shows."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ИСТИНА" if value else "ЛОЖЬ"  # as Russian Excel shows them
    if isinstance(value, dt.date):  # datetime too
        return _date_text(value, number_format)
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, int | float):
        if "%" in _format_codes(number_format):
            return _number_text(value * 100) + "%"
        return _number_text(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _lines(text: str) -> tuple[tuple[str, ...], str]:
    """(lines, text) as the DOCX extractor has them: lines stripped, blank lines kept."""
    lines = tuple(line.strip() for line in text.split("\n"))
    joined = "\n".join(lines).strip()
    return (lines, joined) if joined else ((), "")


# --- sheet grid ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Range:
    """A merged range clipped to the used area."""

    top: int
    left: int
    bottom: int
    right: int
    anchor: tuple[int, int]  # the original top-left cell: it holds the content and the style
    columns: tuple[int, int]  # the original first and last column: how wide the cell is on screen


@dataclass(frozen=True)
class _ColumnSpec:
    """One <col> element: it may cover many columns ("hide all unused columns" reaches 16384)."""

    first: int
    last: int
    width: float | None
    hidden: bool


class _SheetGrid:
    """Sheet coordinates (1-based rows and columns) -> the grid of kept rows and columns."""

    def __init__(self, sheet: _Sheet) -> None:
        self.sheet = sheet
        # `_cells` holds only the cells present in the file; iter_rows() would create every cell of the
        # used range, which a stray format at row 1 000 000 makes enormous.
        self.cells: dict[tuple[int, int], _Cell] = dict(sheet._cells)
        self.texts: dict[tuple[int, int], str] = {}
        for pos, cell in self.cells.items():
            text = cell_text(cell.value, cell.number_format)
            if text.strip():
                self.texts[pos] = text
        self.columns: list[_ColumnSpec] = []
        for dim in list(sheet.column_dimensions.values()):
            first = dim.min or column_index_from_string(dim.index)
            # Width 0 hides a column as surely as `hidden` does.
            self.columns.append(
                _ColumnSpec(first, dim.max or first, dim.width, bool(dim.hidden or dim.width == 0))
            )
        fmt = sheet.sheet_format
        self.default_width = float(fmt.defaultColWidth or (fmt.baseColWidth or 8) + 0.71)  # Excel: 8.43

    def table(self, index: int) -> RawTable | None:
        if not self.texts:
            return None
        top, bottom = min(r for r, _ in self.texts), max(r for r, _ in self.texts)
        left, right = min(c for _, c in self.texts), max(c for _, c in self.texts)
        hidden_rows = self._hidden_rows()
        visible_rows = [r for r in range(top, bottom + 1) if r not in hidden_rows]
        visible_cols = [c for c in range(left, right + 1) if not self._column_hidden(c)]
        ranges = self._ranges(top, bottom, left, right)

        # Where each range is, and where content shows: a range's content shows at its first visible
        # row and column (its top-left cell may be hidden); a value under a range never shows.
        cover: dict[tuple[int, int], int] = {}
        shown: set[tuple[int, int]] = set()
        for k, rng in enumerate(ranges):
            rows = [r for r in visible_rows if rng.top <= r <= rng.bottom]
            cols = [c for c in visible_cols if rng.left <= c <= rng.right]
            cover.update(((r, c), k) for r in rows for c in cols)
            if rows and cols and rng.anchor in self.texts:
                shown.add((rows[0], cols[0]))
        row_set, col_set = set(visible_rows), set(visible_cols)
        shown.update(p for p in self.texts if p not in cover and p[0] in row_set and p[1] in col_set)
        # Rows and columns where nothing shows are dropped: spacers, and columns a title runs across.
        kept_rows = sorted({r for r, _ in shown})
        kept_cols = sorted({c for _, c in shown})
        if not kept_rows:
            return None
        grid_col = {c: i for i, c in enumerate(kept_cols)}
        range_cols = [[c for c in kept_cols if rng.left <= c <= rng.right] for rng in ranges]
        range_top = [next((r for r in kept_rows if rng.top <= r <= rng.bottom), 0) for rng in ranges]

        raw_rows: list[RawRow] = []
        for r in kept_rows:
            cells: list[RawCell] = []
            for c in kept_cols:
                at = cover.get((r, c))
                if at is None:
                    cells.append(self._cell((r, c), grid_col[c], 1, (c, c)))
                elif c == range_cols[at][0]:  # other columns of the range are covered by this cell
                    cell = self._cell(ranges[at].anchor, grid_col[c], len(range_cols[at]), ranges[at].columns)
                    if r != range_top[at]:
                        cell = RawCell(
                            "", (), cell.col, cell.span, continued=True, chars_per_line=cell.chars_per_line
                        )
                    cells.append(cell)
            raw_rows.append(RawRow(cells=tuple(cells), index=len(raw_rows)))
        return RawTable(rows=tuple(raw_rows), index=index, n_cols=len(kept_cols))

    def _cell(self, pos: tuple[int, int], col: int, span: int, columns: tuple[int, int]) -> RawCell:
        """The cell whose content is at `pos`, as wide on screen as sheet `columns` (first, last)."""
        lines, text = _lines(self.texts.get(pos, ""))
        per_line = None
        cell = self.cells.get(pos)
        # Only wrapped cells break lines by width; others run over their neighbours on one line.
        if text and cell is not None and cell.alignment.wrap_text and (width := self._width(*columns)) > 0:
            points = cell.font.sz or _DEFAULT_FONT_POINTS
            per_line = max(1, round(width * _DEFAULT_FONT_POINTS / points))
        return RawCell(text, lines, col, span, chars_per_line=per_line)

    def _hidden_rows(self) -> set[int]:
        # Height 0 hides a row as surely as `hidden` does.
        return {r for r, dim in self.sheet.row_dimensions.items() if dim.hidden or dim.ht == 0}

    def _column_hidden(self, col: int) -> bool:
        return any(spec.first <= col <= spec.last and spec.hidden for spec in self.columns)

    def _width(self, first: int, last: int) -> float:
        """Width of the visible columns first..last, in characters (Excel's unit)."""
        total = 0.0
        for col in range(first, last + 1):
            specs = [spec for spec in self.columns if spec.first <= col <= spec.last]
            if not any(spec.hidden for spec in specs):
                total += next((spec.width for spec in specs if spec.width), self.default_width)
        return total

    def _ranges(self, top: int, bottom: int, left: int, right: int) -> list[_Range]:
        """Merged ranges clipped to the used area, plus "centre across selection" runs."""
        ranges = []
        merged: set[tuple[int, int]] = set()
        for m in self.sheet.merged_cells.ranges:
            rng = _Range(
                max(m.min_row, top),
                max(m.min_col, left),
                min(m.max_row, bottom),
                min(m.max_col, right),
                anchor=(m.min_row, m.min_col),
                columns=(m.min_col, m.max_col),
            )
            if rng.top <= rng.bottom and rng.left <= rng.right:
                ranges.append(rng)
                merged.update(
                    (r, c) for r in range(rng.top, rng.bottom + 1) for c in range(rng.left, rng.right + 1)
                )
        for r, c in self.texts:
            if (r, c) in merged or not _centred_across(self.cells[(r, c)]):
                continue
            end = c
            while (
                end < right
                and (r, end + 1) not in self.texts
                and (r, end + 1) not in merged
                and _centred_across(self.cells.get((r, end + 1)))
            ):
                end += 1
            if end > c:
                ranges.append(_Range(r, c, r, end, anchor=(r, c), columns=(c, end)))
        return ranges


def _centred_across(cell: _Cell | None) -> bool:
    return cell is not None and cell.alignment.horizontal == "centerContinuous"
