"""Write the uniform dataset: Parquet files, a DuckDB database with the same tables, an Excel book."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.models import ActivityRecord, DocumentRecord

ACTIVITY_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("source_file", pa.string()),
        ("row_index", pa.int32()),
        ("raw_text", pa.string()),
        ("raw_stage", pa.string()),
        ("raw_number", pa.string()),
        ("raw_dates", pa.string()),
        ("raw_responsible", pa.string()),
        ("stage_id", pa.int8()),
        ("activity_id", pa.string()),
        ("canonical_text", pa.string()),
        ("match_score", pa.float64()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("month_start", pa.int8()),
        ("month_end", pa.int8()),
        ("date_kind", pa.string()),
        ("recurrence", pa.string()),
        ("roles", pa.list_(pa.string())),
        ("page", pa.int32()),
        ("table_index", pa.int32()),
        ("table_row", pa.int32()),
        ("extraction_method", pa.string()),
        ("flags", pa.list_(pa.string())),
    ]
)

DOCUMENT_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("source_file", pa.string()),
        ("format", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("organization", pa.string()),
        ("academic_year_start", pa.int32()),
        ("model", pa.string()),
        ("n_pages", pa.int32()),
        ("n_activities", pa.int32()),
        ("ocr_pages", pa.int32()),
        ("garbled_pages", pa.int32()),
        ("sha256", pa.string()),
        ("title", pa.string()),
        ("flags", pa.list_(pa.string())),
    ]
)


def to_table(records: Sequence[Any], schema: pa.Schema) -> pa.Table:
    rows = [dataclasses.asdict(r) for r in records]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, tuple):
                row[key] = list(value)
    return pa.Table.from_pylist(rows, schema=schema)


def write_dataset(
    out: Path, documents: Sequence[DocumentRecord], activities: Sequence[ActivityRecord]
) -> None:
    """Write all outputs into `out`, replacing earlier ones; files appear whole or not at all."""
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": to_table(documents, DOCUMENT_SCHEMA),
        "activities": to_table(activities, ACTIVITY_SCHEMA),
    }
    for name, table in tables.items():
        tmp = out / f".{name}.parquet.tmp"
        pq.write_table(table, tmp)
        tmp.replace(out / f"{name}.parquet")
    db_tmp = out / ".roadmap.duckdb.tmp"
    db_tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(db_tmp))
    try:
        for name in tables:
            con.execute(
                f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [str(out / f"{name}.parquet")]
            )
    finally:
        con.close()
    db_tmp.replace(out / "roadmap.duckdb")
    _write_excel(out / "roadmap.xlsx", tables)


def _write_excel(path: Path, tables: dict[str, pa.Table]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, table in tables.items():
        ws = wb.create_sheet(name)
        ws.append(table.column_names)
        for row in table.to_pylist():
            ws.append([", ".join(v) if isinstance(v, list) else v for v in row.values()])
    tmp = path.with_name(f".{path.name}.tmp")
    wb.save(tmp)
    tmp.replace(path)
