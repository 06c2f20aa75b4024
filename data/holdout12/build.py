"""Build the documents of data/holdout12/<name>/ (one input file + truth.json each).

Run from /work/main:  .venv/bin/python -m data.holdout12.build

Six roadmaps of the 2019 target model (XLSX, PNG scan, landscape PDF, DOCX without a table, ODS without
stage rows, cp1251 TXT), one roadmap of the 2022 system of mentoring of pedagogical workers (DOCX) and one
look-alike that is not a roadmap (a Положение о наставничестве, PDF).  The content and the hand labels
live in ``content.py``; this module only lays them out and writes truth.json.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TypeAlias

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from data.build_format_samples import render_page, scan_page
from data.holdout.build import _new_document, _para, _set_cell, _widths
from data.holdout12 import content as C
from data.holdout12.core import Row, soffice_convert, truth_row, write_truth

HERE = Path(__file__).resolve().parent

# Table body item: a full-width section row, or a row of cells and a flag: True merges the row's cell
# in column ``merge_col`` of ``_docx_table`` with the cell above it (a shared responsible cell).
Body: TypeAlias = tuple[Literal["section"], str] | tuple[Literal["row"], list[str], bool]


def _truth_of_sections(sections: Sequence[C.Section], year: int) -> list[dict[str, object]]:
    return [truth_row(row, sid, year) for sid, _heading, rows in sections for row in rows]


def _date_text(value: str | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    return value


def _resp(row: Row) -> str:
    return row["resp"] or ""


# --------------------------------------------------------------------------- docx table with merges


def _docx_table(
    doc: DocxDocument,
    headers: Sequence[str],
    body: Sequence[Body],
    widths: Sequence[float],
    merge_col: int,
    font_size: float | None = None,
) -> None:
    n = len(headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    for item in body:
        row = table.add_row()
        if item[0] == "section":
            merged = row.cells[0].merge(row.cells[n - 1])
            _set_cell(merged, item[1], bold=True)
            continue
        cells, merge_up = item[1], item[2]
        for i, val in enumerate(cells):
            if i == merge_col and merge_up:
                continue
            _set_cell(row.cells[i], val)
        if merge_up:
            above = table.rows[len(table.rows) - 2].cells[merge_col]
            above.merge(row.cells[merge_col])
    _widths(table, widths)
    if font_size is not None:
        for r in table.rows:
            for c in r.cells:
                for p in c.paragraphs:
                    p.paragraph_format.space_after = Pt(0)
                    for run in p.runs:
                        run.font.size = Pt(font_size)


def _pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


# =========================================================================== A: XLSX


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _box(ws: Worksheet, row: int, ncols: int) -> None:
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.border = BOX
        cell.alignment = WRAP


def build_a(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    for col, width in zip("ABCDE", (7, 62, 14, 30, 26), strict=True):
        ws.column_dimensions[col].width = width
    for i, line in enumerate(C.A_APPROVAL, start=1):
        ws.cell(row=i, column=4, value=line)
        ws.merge_cells(start_row=i, start_column=4, end_row=i, end_column=5)
    r = len(C.A_APPROVAL) + 2
    ws.cell(row=r, column=1, value=C.A_TITLE).font = Font(bold=True, size=13)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, horizontal="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 36
    r += 2
    for i, h in enumerate(C.A_HEADERS, start=1):
        ws.cell(row=r, column=i, value=h).font = Font(bold=True)
    _box(ws, r, 5)
    num = 0
    merge_from: int | None = None
    for _sid, heading, rows in C.A_SECTIONS:
        r += 1
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        _box(ws, r, 5)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for idx, row in enumerate(rows):
            r += 1
            num += 1
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=row["text"])
            date_cell = ws.cell(row=r, column=3, value=row["date"])
            if isinstance(row["date"], dt.datetime):
                date_cell.number_format = "DD.MM.YYYY"
            if row["resp"] is not None:
                ws.cell(row=r, column=4, value=row["resp"])
                merge_from = r
            ws.cell(row=r, column=5, value=row["note"] or None)
            _box(ws, r, 5)
            next_shares = idx + 1 < len(rows) and rows[idx + 1]["resp"] is None
            if row["resp"] is None and not next_shares:
                assert merge_from is not None
                ws.merge_cells(start_row=merge_from, start_column=4, end_row=r, end_column=4)
    r += 2
    ws.cell(row=r, column=2, value="Куратор программы наставничества ______________ Е.В. Мухина")
    wb.save(str(folder / "dorozhnaya_karta_nastavnichestvo_2021-2022.xlsx"))
    acts = _truth_of_sections(C.A_SECTIONS, C.A_YEAR)
    write_truth(folder, C.A_ORG, C.A_YEAR, acts)
    return len(acts)


# =========================================================================== B: PNG scan


def _flat_body(sections: Sequence[C.Section], numbering: Literal["flat", "dotted"]) -> list[Body]:
    body: list[Body] = []
    num = 0
    for sid, heading, rows in sections:
        body.append(("section", heading))
        for i, row in enumerate(rows, start=1):
            num += 1
            label = str(num) if numbering == "flat" else f"{sid}.{i}"
            cells = [label, row["text"], _date_text(row["date"]), _resp(row)]
            if row["note"] and numbering == "dotted":
                cells.append(row["note"])
            body.append(("row", cells, row["resp"] is None))
    return body


def build_b(folder: Path) -> int:
    doc = _new_document(landscape=False)
    for text, bold, align in C.B_HEAD:
        _para(doc, text, bold=bold, align=align)
    _docx_table(doc, C.B_HEADERS, _flat_body(C.B_SECTIONS, "flat"), (1.0, 10.6, 3.4, 3.8), 3, font_size=10)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ________ Н.П. Голубева")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "plan.docx"
        doc.save(str(docx_path))
        pdf_path = Path(tmp) / "plan.pdf"
        soffice_convert(docx_path, pdf_path, "pdf")
        pdf = pdf_path.read_bytes()
    assert _pdf_pages(pdf) == 1, "roadmap B must fit on one page"
    image = scan_page(render_page(pdf, 0, 200), np.random.default_rng(20201104))
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True, dpi=(200, 200))
    (folder / "skan_dorozhnaya_karta.png").write_bytes(buf.getvalue())
    acts = _truth_of_sections(C.B_SECTIONS, C.B_YEAR)
    write_truth(folder, C.B_ORG, C.B_YEAR, acts)
    return len(acts)


# =========================================================================== C: PDF landscape


def build_c(folder: Path) -> int:
    doc = _new_document(landscape=True)
    for text, bold, align in C.C_HEAD:
        _para(doc, text, bold=bold, align=align)
    _docx_table(doc, C.C_HEADERS, _flat_body(C.C_SECTIONS, "dotted"), (1.3, 11.0, 4.0, 5.5, 4.9), 3)
    _para(doc, "")
    _para(doc, "Заместитель директора по УВР ____________ О.С. Литвинова")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "dk.docx"
        doc.save(str(docx_path))
        soffice_convert(docx_path, folder / "Дорожная_карта_наставничество_2023-2024.pdf", "pdf")
    acts = _truth_of_sections(C.C_SECTIONS, C.C_YEAR)
    write_truth(folder, C.C_ORG, C.C_YEAR, acts)
    return len(acts)


# =========================================================================== D: DOCX without a table


def build_d(folder: Path) -> int:
    doc = _new_document(landscape=False)
    for text, bold, align in C.D_HEAD:
        _para(doc, text, bold=bold, align=align)
    _para(doc, "")
    for _sid, heading, rows in C.D_SECTIONS:
        _para(doc, heading, bold=True)
        for i, row in enumerate(rows, start=1):
            _para(doc, f"{i}) {row['text']} – {_date_text(row['date'])} – {_resp(row)}")
    _para(doc, "")
    _para(doc, "Куратор программы наставничества: Белова С.А.")
    doc.save(str(folder / "dorozhnaya_karta_SH9.docx"))
    acts = _truth_of_sections(C.D_SECTIONS, C.D_YEAR)
    write_truth(folder, C.D_ORG, C.D_YEAR, acts)
    return len(acts)


# =========================================================================== E: ODS without stage rows


def build_e(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "План"
    for col, width in zip("ABCDE", (6, 64, 18, 30, 24), strict=True):
        ws.column_dimensions[col].width = width
    r = 0
    for line in C.E_TITLE:
        r += 1
        ws.cell(row=r, column=1, value=line).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 2
    for i, h in enumerate(C.E_HEADERS, start=1):
        ws.cell(row=r, column=i, value=h).font = Font(bold=True)
    _box(ws, r, 5)
    for num, (_sid, row) in enumerate(C.E_ROWS, start=1):
        r += 1
        values = [f"{num}.", row["text"], _date_text(row["date"]), _resp(row), row["note"]]
        for i, v in enumerate(values, start=1):
            ws.cell(row=r, column=i, value=v)
        _box(ws, r, 5)
    r += 2
    ws.cell(row=r, column=2, value="Исп.: Гарипова Л.Р., куратор программы наставничества")
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "plan_nastavnichestva_2025.xlsx"
        wb.save(str(xlsx))
        soffice_convert(xlsx, folder / "plan_nastavnichestva_2025.ods", "ods")
    acts = [truth_row(row, sid, C.E_YEAR) for sid, row in C.E_ROWS]
    write_truth(folder, C.E_ORG, C.E_YEAR, acts)
    return len(acts)


# =========================================================================== F: TXT cp1251


def build_f(folder: Path) -> int:
    lines = [*C.F_HEAD, "", "\t".join(C.F_HEADERS)]
    for sid, heading, rows in C.F_SECTIONS:
        lines.append(f"{sid}.\t{heading}\t\t")
        for i, row in enumerate(rows, start=1):
            lines.append(f"{sid}.{i}\t{row['text']}\t{_date_text(row['date'])}\t{_resp(row)}")
    lines += ["", "Ответственный за составление: куратор программы наставничества Зуева М.Н."]
    (folder / "dk_nastavnichestvo_2026.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    acts = _truth_of_sections(C.F_SECTIONS, C.F_YEAR)
    write_truth(folder, C.F_ORG, C.F_YEAR, acts)
    return len(acts)


# =========================================================================== G: 2022 model (teachers)


def build_g(folder: Path) -> int:
    doc = _new_document(landscape=False)
    for text, bold, align in C.G_HEAD:
        _para(doc, text, bold=bold, align=align)
    n = len(C.G_HEADERS)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(C.G_HEADERS):
        _set_cell(hdr.cells[i], h, bold=True)
    for sid, heading, rows in C.G_STAGES:
        first = len(table.rows)
        for row in rows:
            cells = table.add_row().cells
            _set_cell(cells[2], row["text"])
            _set_cell(cells[3], _date_text(row["date"]))
            _set_cell(cells[4], _resp(row))
        top = table.rows[first].cells
        _set_cell(top[0], f"{sid}.")
        _set_cell(top[1], heading)
        if len(rows) > 1:
            bottom = table.rows[len(table.rows) - 1].cells
            top[0].merge(bottom[0])
            top[1].merge(bottom[1])
    _widths(table, (1.2, 4.0, 7.0, 2.8, 3.0))
    _para(doc, "")
    _para(doc, "Куратор системы наставничества ___________ А.В. Кононова")
    doc.save(str(folder / "Дорожная карта наставничество педагогов 2022-2023.docx"))
    acts = [
        {**truth_row(row, sid, C.G_YEAR), "activity_id": None}
        for sid, _heading, rows in C.G_STAGES
        for row in rows
    ]
    write_truth(folder, C.G_ORG, C.G_YEAR, acts, model="teachers_2022")
    return len(acts)


# =========================================================================== H: Положение (not a roadmap)


def build_h(folder: Path) -> int:
    doc = _new_document(landscape=False)
    for text, bold, align in C.H_HEAD:
        _para(doc, text, bold=bold, align=align)
    for heading, clauses in C.H_SECTIONS:
        _para(doc, heading, bold=True, align="c")
        sec = heading.split(".")[0]
        for i, clause in enumerate(clauses, start=1):
            _para(doc, f"{sec}.{i}. {clause}")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "polozhenie.docx"
        doc.save(str(docx_path))
        soffice_convert(docx_path, folder / "polozhenie_o_nastavnichestve.pdf", "pdf")
    write_truth(folder, C.H_ORG, None, [], status="not_roadmap", model="unknown")
    return 0


BUILDERS: dict[str, Callable[[Path], int]] = {
    "tobolsk_sosh17_xlsx": build_a,
    "novonikolsk_sosh_png": build_b,
    "kamensk_lyceum3_pdf": build_c,
    "shuya_sh9_docx_lines": build_d,
    "bugulma_tekhnikum_ods": build_e,
    "kimry_sosh6_txt": build_f,
    "severodvinsk_sh18_teachers2022": build_g,
    "balashov_gymn7_polozhenie": build_h,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        files = sorted(p.name for p in folder.iterdir())
        assert len(files) == 2 and "truth.json" in files, files
        print(f"{name}: {n} rows -> {', '.join(files)}")


if __name__ == "__main__":
    main()
