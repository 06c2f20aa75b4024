"""Typed records passed between stages: extractor output, interpreted rows, normalized records.

Flow: InputFile -> ExtractedDocument (blocks: paragraphs and tables of RawCell) -> ActivityRow
(interpret) -> ActivityRecord + DocumentRecord (normalizers) -> Parquet / DuckDB (load).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ExtractionMethod = Literal["docx", "pdf_text", "ocr", "text", "xlsx", "html"]
DateKind = Literal["day", "month", "range", "deadline", "continuous", "unspecified"]
Status = Literal["ok", "partial", "failed", "not_roadmap"]
ModelName = Literal["target_model_2019", "teachers_2022", "unknown"]


def extension_of(source_file: str) -> str:
    """The lowercased extension of a file or archive member's name, "" when it has none."""
    name = source_file.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@dataclass(frozen=True)
class InputFile:
    """One input, found on disk or inside an archive."""

    source_file: str  # path relative to the input root; `archive.zip/inner/path` for members
    data: bytes
    sha256: str
    error: str | None = None  # set when the input could not even be read (e.g. a broken archive member)

    @property
    def extension(self) -> str:
        return extension_of(self.source_file)


@dataclass(frozen=True)
class RawCell:
    """One table cell as the extractor saw it, read once even when merged.

    `lines` keeps empty lines: a dates cell padded with blank lines to align with sub-items of a
    neighbouring cell is only interpretable with its blank lines in place.
    """

    text: str
    lines: tuple[str, ...]
    col: int  # first grid column the cell covers
    span: int = 1  # grid columns covered
    continued: bool = False  # continuation of a cell merged down from the row above (vMerge)
    # Approximate characters per printed line (from cell width and font size) when the format
    # knows it: used to estimate where wrapped sub-items sit against a line-aligned dates cell.
    chars_per_line: int | None = None


@dataclass(frozen=True)
class RawRow:
    cells: tuple[RawCell, ...]
    index: int  # row number inside its table
    page: int | None = None


@dataclass(frozen=True)
class RawTable:
    rows: tuple[RawRow, ...]
    index: int  # table number inside the document
    n_cols: int


@dataclass(frozen=True)
class Paragraph:
    text: str
    index: int
    page: int | None = None


Block = RawTable | Paragraph


@dataclass(frozen=True)
class PageInfo:
    """How one page of a paged document was read, and why (recorded per page, not per file)."""

    number: int  # 1-based
    method: Literal["text", "ocr", "skipped"]
    text_layer: Literal["good", "none", "garbled"]
    reason: str = ""  # e.g. "нет текстового слоя", "(cid:N) 40%", "латиница вместо кириллицы"


@dataclass
class ExtractedDocument:
    method: ExtractionMethod
    blocks: list[Block]
    n_pages: int | None = None
    ocr_pages: int = 0
    garbled_pages: int = 0
    warnings: list[str] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[RawTable]:
        return [b for b in self.blocks if isinstance(b, RawTable)]


@dataclass(frozen=True)
class ActivityRow:
    """One activity line found by the table/paragraph interpreter, before normalization."""

    raw_text: str
    raw_stage: str
    raw_number: str
    raw_dates: str
    raw_responsible: str
    stage_number: int | None  # stage as numbered by the document (context for matching)
    page: int | None
    table: int | None
    row: int | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue:
    date_start: dt.date | None
    date_end: dt.date | None
    month_start: int | None
    month_end: int | None
    date_kind: DateKind
    recurrence: Literal["annual"] | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityRecord:
    document_id: str
    source_file: str
    row_index: int
    raw_text: str
    raw_stage: str
    raw_number: str
    raw_dates: str
    raw_responsible: str
    stage_id: int | None
    activity_id: str | None
    canonical_text: str | None
    match_score: float
    date_start: dt.date | None
    date_end: dt.date | None
    month_start: int | None
    month_end: int | None
    date_kind: DateKind
    recurrence: str | None
    roles: tuple[str, ...]
    page: int | None
    table_index: int | None
    table_row: int | None
    extraction_method: ExtractionMethod
    flags: tuple[str, ...]


@dataclass(frozen=True)
class DocumentRecord:
    document_id: str
    source_file: str
    format: str
    status: Status
    error: str | None
    organization: str | None
    academic_year_start: int | None
    model: ModelName
    n_pages: int | None
    n_activities: int
    ocr_pages: int
    garbled_pages: int
    sha256: str | None
    title: str | None
    flags: tuple[str, ...] = ()
