"""Build the holdout16 roadmaps in data/holdout16/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout16.build

Eight organizations, eight formats: two DOCX, two PDF (from DOCX via LibreOffice, one with a
«Результат» column), a DOC (DOCX -> ODT -> DOC), a one-page PNG scan, an XLS (XLSX -> LibreOffice)
and an RTF without a table.  The rows and their hand labels live in ``content.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import render_page, scan_page
from data.holdout.build import (
    BodyItem,
    HeadPara,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _text,
    _widths,
    truth_row,
    write_docx_table,
    write_truth,
)
from data.holdout16 import content as c

HERE = Path(__file__).resolve().parent


def _soffice_convert(src: Path, out: Path, target: str) -> None:
    """Convert ``src`` with LibreOffice to ``target`` (odt, doc, rtf, xls) and copy it to ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(tmp_p / f"{src.stem}.{target}", out)


def _flat_rows(rows: c.Flat, y: int) -> tuple[list[BodyItem], list[TruthActivity]]:
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    for i, (row, stage) in enumerate(rows, 1):
        body.append(("row", [f"{i}.", row["text"], _text(row["date"]), _text(row["resp"])]))
        truth.append(truth_row(row, stage, y))
    return body, truth


# =========================================================================== A: DOCX, flat
def build_a(folder: Path) -> int:
    body, truth = _flat_rows(c.A_ROWS, c.A_YEAR)
    head: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор МБОУ «СОШ № 14»", False, "r"),
        ("___________ Л.Н. Кравцова", False, "r"),
        ("Приказ от 01.09.2023 № 214-од", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        (f"внедрения целевой модели наставничества в {c.A_ORG}", True, "c"),
        ("на 2023-2024 учебный год", True, "c"),
        ("", False, None),
    ]
    write_docx_table(
        folder / "roadmap.docx",
        head,
        ["№", "Мероприятие", "Срок", "Ответственный"],
        body,
        [1.2, 10.0, 3.0, 4.0],
        tail_paras=[("", False, None), ("Исполнитель: зам. директора по УВР Г.А. Белова", False, None)],
    )
    write_truth(folder, c.A_ORG, c.A_YEAR, truth)
    return len(truth)


# =========================================================================== sectioned table helper
def _sectioned(
    sections: c.Sections,
    y: int,
    numbering: str,
    with_note: bool = False,
) -> tuple[list[BodyItem], list[TruthActivity]]:
    """numbering: "sub" -> 1.1, 1.2 per stage; "run" -> 1, 2, 3 through the document."""
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    run = 0
    for k, (stage, heading, rows) in enumerate(sections, 1):
        if numbering == "stage-num":
            body.append(("row", [f"{k}.", heading, "", "", *([""] if with_note else [])]))
        else:
            body.append(("section", heading))
        for j, row in enumerate(rows, 1):
            run += 1
            num = f"{k}.{j}." if numbering in ("sub", "stage-num") else f"{run}"
            cells = [num, row["text"], _text(row["date"]), _text(row["resp"])]
            if with_note:
                cells.append(row["note"])
            body.append(("row", cells))
            truth.append(truth_row(row, stage, y))
    return body, truth


# =========================================================================== B: DOCX, own stage rows
def build_b(folder: Path) -> int:
    body, truth = _sectioned(c.B_SECTIONS, c.B_YEAR, "run")
    head: list[HeadPara] = [
        ("Рассмотрено на заседании педагогического совета", False, None),
        ("протокол № 1 от 30.08.2021", False, None),
        ("", False, None),
        (f"План-график («дорожная карта») реализации программы наставничества в {c.B_ORG}", True, "c"),
        ("в 2021/2022 учебном году", True, "c"),
        ("", False, None),
    ]
    write_docx_table(
        folder / "roadmap.docx",
        head,
        ["№ п/п", "Содержание работы", "Сроки", "Ответственные"],
        body,
        [1.3, 9.5, 3.2, 4.2],
    )
    write_truth(folder, c.B_ORG, c.B_YEAR, truth)
    return len(truth)


# =========================================================================== C: PDF, kindergarten
def build_c(folder: Path) -> int:
    body, truth = _sectioned(c.C_SECTIONS, c.C_YEAR, "stage-num")
    head: list[HeadPara] = [
        ("Утверждаю:", False, "r"),
        ("Заведующий МБДОУ «Детский сад № 17 «Калинка»»", False, "r"),
        ("_________ О.В. Смирнова", False, "r"),
        ("«31» августа 2022 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта по реализации программы наставничества", True, "c"),
        (f"в {c.C_ORG} на 2022-2023 учебный год", True, "c"),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        write_docx_table(src, head, ["№", "Мероприятия", "Срок", "Ответственный"], body, [1.2, 9.8, 3.2, 4.0])
        _soffice_pdf(src, folder / "roadmap.pdf")
    write_truth(folder, c.C_ORG, c.C_YEAR, truth)
    return len(truth)


# =========================================================================== D: PDF, college, «Результат»
def build_d(folder: Path) -> int:
    body, truth = _sectioned(c.D_SECTIONS, c.D_YEAR, "sub", with_note=True)
    head: list[HeadPara] = [
        ("Министерство образования и науки Пермского края", False, "c"),
        (f"{c.D_ORG}", False, "c"),
        ("", False, None),
        ("СОГЛАСОВАНО", False, "r"),
        ("Советом колледжа, протокол от 28.08.2020 № 1", False, "r"),
        ("", False, None),
        ("ДОРОЖНАЯ КАРТА", True, "c"),
        (f"внедрения целевой модели наставничества обучающихся в {c.D_ORG}", True, "c"),
        ("на 2020-2021 учебный год", True, "c"),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        write_docx_table(
            src,
            head,
            ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Результат"],
            body,
            [1.3, 10.5, 3.6, 5.0, 4.2],
            landscape=True,
            colnum_row=True,
        )
        _soffice_pdf(src, folder / "roadmap.pdf")
    write_truth(folder, c.D_ORG, c.D_YEAR, truth)
    return len(truth)


# =========================================================================== E: DOC, boarding school
def build_e(folder: Path) -> int:
    body, truth = _sectioned(c.E_SECTIONS, c.E_YEAR, "sub")
    head: list[HeadPara] = [
        ("Приложение 1", False, "r"),
        ("к приказу от 20.01.2020 № 9", False, "r"),
        ("", False, None),
        ("План мероприятий («дорожная карта»)", True, "c"),
        ("по внедрению целевой модели наставничества", True, "c"),
        (f"в {c.E_ORG} на 2019-2020 учебный год", True, "c"),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        odt = Path(tmp) / "roadmap.odt"
        write_docx_table(
            src, head, ["№", "Мероприятие", "Срок", "Ответственный исполнитель"], body, [1.2, 10.0, 3.3, 4.0]
        )
        _soffice_convert(src, odt, "odt")
        _soffice_convert(odt, folder / "roadmap.doc", "doc")
    write_truth(folder, c.E_ORG, c.E_YEAR, truth)
    return len(truth)


# =========================================================================== F: PNG, one scanned page
SCAN_DPI = 200


def build_f(folder: Path) -> int:
    rows = c.F_ROWS
    truth = [truth_row(row, stage, c.F_YEAR) for row, stage in rows]
    doc = _new_document(landscape=False)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.size = Pt(10.5)
    _para(doc, "УТВЕРЖДАЮ", align="r")
    _para(doc, "Директор школы ________ Н.П. Савченко", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c", size=12)
    _para(doc, f"в {c.F_ORG} на 2025-2026 учебный год", bold=True, align="c", size=12)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for i, h in enumerate(["№", "Мероприятие", "Срок", "Ответственный"]):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    for i, (row, _stage) in enumerate(rows, 1):
        cells = table.add_row().cells
        for j, val in enumerate([str(i), row["text"], _text(row["date"]), _text(row["resp"])]):
            _set_cell(cells[j], val)
    _widths(table, [1.0, 9.5, 3.2, 4.3])
    _para(doc, "")
    _para(doc, "Зам. директора по УВР ________ Е.В. Гончаренко")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        pdf = Path(tmp) / "roadmap.pdf"
        doc.save(str(src))
        _soffice_pdf(src, pdf)
        data = pdf.read_bytes()
    pdf_doc = pdfium.PdfDocument(data)
    try:
        assert len(pdf_doc) == 1, "the scanned roadmap must fit on one page"
    finally:
        pdf_doc.close()
    rng = np.random.default_rng(20251)
    page = scan_page(render_page(data, 0, SCAN_DPI), rng)
    buf = io.BytesIO()
    page.save(buf, format="PNG", dpi=(SCAN_DPI, SCAN_DPI))
    (folder / "roadmap.png").write_bytes(buf.getvalue())
    write_truth(folder, c.F_ORG, c.F_YEAR, truth)
    return len(truth)


# =========================================================================== G: XLS
def build_g(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "ЦМН"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", [6, 62, 16, 26, 16], strict=True):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:E1")
    ws["A1"] = "Дорожная карта реализации целевой модели наставничества"
    ws.merge_cells("A2:E2")
    ws["A2"] = f"{c.G_ORG} на 2024-2025 уч. год"
    for cell in ("A1", "A2"):
        ws[cell].font = Font(bold=True, size=12)
        ws[cell].alignment = Alignment(horizontal="center")
    r = 4
    for j, h in enumerate(["№", "Мероприятия", "Сроки", "Ответственные", "Отметка о выполнении"], 1):
        cell = ws.cell(row=r, column=j, value=h)
        cell.font = Font(bold=True)
        cell.border = border
        cell.alignment = wrap
    truth: list[TruthActivity] = []
    for k, (stage, heading, rows) in enumerate(c.G_SECTIONS, 1):
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for j in range(1, 6):
            ws.cell(row=r, column=j).border = border
        for i, row in enumerate(rows, 1):
            r += 1
            date: str | dt.datetime = row["date"]
            values: list[str | dt.datetime] = [f"{k}.{i}", row["text"], date, _text(row["resp"]), ""]
            for j, val in enumerate(values, 1):
                cell = ws.cell(row=r, column=j, value=val)
                cell.border = border
                cell.alignment = wrap
                if isinstance(val, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(row, stage, c.G_YEAR))
    r += 2
    ws.cell(row=r, column=2, value="Куратор ЦМН ____________ Т.С. Рудакова")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.xlsx"
        wb.save(str(src))
        _soffice_convert(src, folder / "roadmap.xls", "xls")
    write_truth(folder, c.G_ORG, c.G_YEAR, truth)
    return len(truth)


# =========================================================================== H: RTF, no table
def build_h(folder: Path) -> int:
    doc = _new_document(landscape=False)
    _para(doc, "УТВЕРЖДЕНО", align="r")
    _para(doc, "приказом директора от 28.08.2026 № 301", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта реализации программы наставничества", bold=True, align="c")
    _para(doc, f"{c.H_ORG} на 2026-2027 учебный год", bold=True, align="c")
    _para(doc, "")
    truth: list[TruthActivity] = []
    n = 0
    for stage, heading, rows in c.H_SECTIONS:
        _para(doc, heading, bold=True)
        for row in rows:
            n += 1
            date = _text(row["date"]).rstrip(".")
            _para(doc, f"{n}. {row['text']}. Срок: {date}. Ответственный: {_text(row['resp'])}.")
            truth.append(truth_row(row, stage, c.H_YEAR))
        _para(doc, "")
    _para(doc, "Куратор программы наставничества ________ А.И. Лукина")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        _soffice_convert(src, folder / "roadmap.rtf", "rtf")
    write_truth(folder, c.H_ORG, c.H_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "novokuibyshevsk_sosh14_docx": build_a,
    "tobolsk_gymnasium2_docx": build_b,
    "vologda_ds17_pdf": build_c,
    "kungur_college_pdf": build_d,
    "kirov_internat5_doc": build_e,
    "ivanovka_sosh2_png": build_f,
    "kulunda_sosh1_xls": build_g,
    "kandalaksha_sosh5_rtf": build_h,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        print(f"{name}: {n} rows -> {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main()
