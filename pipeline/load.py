"""Write the uniform dataset: Parquet files, a DuckDB database with the same tables, an Excel book."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.compliance import ComplianceRecord
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


COMPLIANCE_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("source_file", pa.string()),
        ("organization", pa.string()),
        ("stage_id", pa.int8()),
        ("activity_id", pa.string()),
        ("canonical_text", pa.string()),
        ("present", pa.bool_()),
        ("n_rows", pa.int32()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("roles", pa.list_(pa.string())),
        ("problems", pa.list_(pa.string())),
        ("problem_text", pa.string()),
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
    out: Path,
    documents: Sequence[DocumentRecord],
    activities: Sequence[ActivityRecord],
    compliance: Sequence[ComplianceRecord] = (),
) -> None:
    """Write all outputs into `out`, replacing earlier ones; files appear whole or not at all."""
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": to_table(documents, DOCUMENT_SCHEMA),
        "activities": to_table(activities, ACTIVITY_SCHEMA),
        "compliance": to_table(compliance, COMPLIANCE_SCHEMA),
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
    _summary_sheet(wb, tables["compliance"])
    for name, table in tables.items():
        ws = wb.create_sheet(name)
        ws.append(table.column_names)
        for row in table.to_pylist():
            ws.append([", ".join(v) if isinstance(v, list) else v for v in row.values()])
    tmp = path.with_name(f".{path.name}.tmp")
    wb.save(tmp)
    tmp.replace(path)


def _summary_sheet(wb: Any, compliance: pa.Table) -> None:
    """One line per roadmap, one column per canonical activity: ✓ fine, — missing, ! a problem."""
    ws = wb.create_sheet("сводка")
    rows = compliance.to_pylist()
    ids = list(dict.fromkeys(r["activity_id"] for r in rows))
    ws.append(["организация", "файл", "есть из 35", "замечаний", *ids])
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["document_id"], []).append(r)
    for doc_rows in by_doc.values():
        marks = {
            r["activity_id"]: "—" if not r["present"] else "!" if r["problems"] else "✓" for r in doc_rows
        }
        present = sum(r["present"] for r in doc_rows)
        issues = sum(bool(r["problems"]) and r["present"] for r in doc_rows)
        first = doc_rows[0]
        ws.append(
            [first["organization"], first["source_file"], present, issues, *(marks.get(i, "") for i in ids)]
        )
