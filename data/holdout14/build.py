"""Build the holdout14 roadmaps in data/holdout14/<name>/ (one input file + truth.json each).

Run from /work/main:  .venv/bin/python -m data.holdout14.build

Seven organizations, seven formats:
  novocheb_sosh21_doc        DOC (DOCX -> ODT -> DOC), a table running over 2 pages, header repeated
  kluchi_oosh_png            PNG scan of a one-page school roadmap
  kineshma_medcollege_xls    XLS, several activities per cell separated by «;», dates likewise
  shchekino_co9_pdf          PDF from DOCX, portrait, responsible cells with names and posts
  izhevsk_crr112_docx        DOCX of a kindergarten with a «Форма проведения» column
  nevinnomyssk_cadet_ods     ODS without stage rows, «№» 1..N
  shadrinsk_vsosh1_docx      DOCX written month by month as paragraphs and bullets
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeAlias

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import render_page, scan_page
from data.holdout14 import content as C
from data.holdout14.model import Act, TruthActivity, stage_of, truth_of, write_truth

HERE = Path(__file__).resolve().parent

Align: TypeAlias = Literal["c", "r", "j"] | None
HeadPara: TypeAlias = tuple[str, bool, Align]

# --------------------------------------------------------------------------- conversion


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with LibreOffice (``--convert-to target``) and copy the result to ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
        outdir.mkdir()
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        ext = target.split(":")[0]
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


def pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def pdf_page_text(pdf: bytes, index: int) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        textpage = page.get_textpage()
        text: str = textpage.get_text_range()
        return text
    finally:
        doc.close()


def to_pdf_bytes(src: Path, work: Path) -> bytes:
    out = work / f"{src.stem}.check.pdf"
    soffice_convert(src, "pdf", out)
    return out.read_bytes()


# --------------------------------------------------------------------------- docx helpers


def new_document(landscape: bool, size: float = 11.0) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    align: Align = None,
    size: float | None = None,
    style: str | None = None,
) -> Paragraph:
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def set_cell(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Cell text; '\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def row_flag(row: _Row, tag: str) -> None:
    """Set a boolean row property such as w:tblHeader (repeat as header) or w:cantSplit."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def docx_table(
    doc: DocxDocument,
    headers: Sequence[str],
    body: Sequence[tuple[Literal["stage"], str] | tuple[Literal["row"], Sequence[str]]],
    widths: Sequence[float],
    repeat_header: bool = False,
    size: float | None = None,
) -> None:
    n = len(headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, size=size)
    if repeat_header:
        row_flag(hdr, "w:tblHeader")
    for item in body:
        row = table.add_row()
        row_flag(row, "w:cantSplit")
        if item[0] == "stage":
            merged = row.cells[0].merge(row.cells[n - 1])
            set_cell(merged, item[1], bold=True, size=size)
        else:
            for i, val in enumerate(item[1]):
                set_cell(row.cells[i], val, size=size)
    set_widths(table, widths)


def add_heads(doc: DocxDocument, heads: Sequence[HeadPara], size: float | None = None) -> None:
    for text, bold, align in heads:
        para(doc, text, bold=bold, align=align, size=size)


def sections_truth(sections: Sequence[C.Section], y: int) -> list[TruthActivity]:
    return [truth_of(a, stage_of(a, st), y) for st, _, rows in sections for a in rows]


# =========================================================================== 1. DOC


def build_doc(folder: Path, work: Path) -> int:
    heads: list[HeadPara] = [
        ("УТВЕРЖДЕНО", False, "r"),
        ("приказом директора школы", False, "r"),
        ("от 31.08.2022 № 214-о", False, "r"),
        ("", False, None),
        ("План мероприятий («дорожная карта»)", True, "c"),
        ("по внедрению целевой модели наставничества", True, "c"),
        (f"в {C.DOC_ORG}", True, "c"),
        ("на 2022/2023 учебный год", True, "c"),
        ("", False, None),
        (
            "Цель: создание условий для раскрытия потенциала каждого обучающегося и педагога через "
            "систему наставничества, поддержка молодых специалистов и вновь прибывших учителей.",
            False,
            "j",
        ),
        ("", False, None),
    ]
    body: list[tuple[Literal["stage"], str] | tuple[Literal["row"], Sequence[str]]] = []
    for st, heading, rows in C.DOC_SECTIONS:
        body.append(("stage", heading))
        for k, a in enumerate(rows, start=1):
            body.append(("row", [f"{st}.{k}", a.text, a.date, a.resp]))
    doc = new_document(landscape=False)
    add_heads(doc, heads)
    docx_table(
        doc,
        ["№ п/п", "Содержание работы", "Срок исполнения", "Ответственные"],
        body,
        [1.3, 9.2, 3.0, 4.3],
        repeat_header=True,
    )
    para(doc, "")
    para(doc, "Зам. директора по УВР ________________ Н.В. Арсентьева")
    src = work / "dorozhnaya_karta_nastavnichestvo_2022-2023.docx"
    doc.save(str(src))
    odt = work / f"{src.stem}.odt"
    soffice_convert(src, "odt", odt)
    out = folder / f"{src.stem}.doc"
    soffice_convert(odt, "doc", out)
    pdf = to_pdf_bytes(out, work)
    assert pdf_pages(pdf) == 2, ("doc pages", pdf_pages(pdf))
    assert "Содержание работы" in pdf_page_text(pdf, 1), "header row not repeated on page 2"
    acts = sections_truth(C.DOC_SECTIONS, C.DOC_YEAR)
    write_truth(folder, C.DOC_ORG, C.DOC_YEAR, acts)
    return len(acts)


# =========================================================================== 2. PNG


def build_png(folder: Path, work: Path) -> int:
    doc = new_document(landscape=False, size=10.0)
    heads: list[HeadPara] = [
        ("«Утверждаю»", False, "r"),
        ("Директор школы ________ С.П. Гаврилова", False, "r"),
        ("«01» сентября 2021 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        ("внедрения целевой модели наставничества", True, "c"),
        (f"в {C.PNG_ORG} на 2021-2022 учебный год", True, "c"),
        ("", False, None),
    ]
    add_heads(doc, heads, size=11.0)
    body: list[tuple[Literal["stage"], str] | tuple[Literal["row"], Sequence[str]]] = []
    for st, heading, rows in C.PNG_SECTIONS:
        body.append(("stage", heading))
        for k, a in enumerate(rows, start=1):
            body.append(("row", [f"{st}.{k}", a.text, a.date, a.resp]))
    docx_table(
        doc,
        ["№", "Мероприятия", "Сроки", "Ответственный"],
        body,
        [1.0, 10.2, 3.0, 3.5],
        size=10.5,
    )
    src = work / "kluchi_roadmap.docx"
    doc.save(str(src))
    pdf = to_pdf_bytes(src, work)
    assert pdf_pages(pdf) == 1, ("png source pages", pdf_pages(pdf))
    image = scan_page(render_page(pdf, 0, 250), np.random.default_rng(20211014))
    image.save(folder / "Scan_0007.png", optimize=True)
    acts = sections_truth(C.PNG_SECTIONS, C.PNG_YEAR)
    write_truth(folder, C.PNG_ORG, C.PNG_YEAR, acts)
    return len(acts)


# =========================================================================== spreadsheet helpers

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
TNR = "Times New Roman"


def sheet_widths(ws: Any, widths: Sequence[float]) -> None:
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w


def boxed(ws: Any, r: int, values: Sequence[str | int], bold: bool = False) -> None:
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        cell.alignment = CENTER if bold else WRAP
        cell.font = Font(name=TNR, size=11, bold=bold)


def title_line(ws: Any, r: int, n: int, text: str, bold: bool = True) -> None:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    cell = ws.cell(row=r, column=1, value=text)
    cell.font = Font(name=TNR, size=12, bold=bold)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def row_height(ws: Any, r: int, texts: Sequence[tuple[str, float]]) -> None:
    """Rough height so that wrapped text stays visible: (text, column width in chars)."""
    lines = 1
    for text, width in texts:
        n = sum(max(1, -(-len(part) // max(1, int(width * 1.05)))) for part in text.split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[r].height = 15.5 * lines + 3


# =========================================================================== 3. XLS


def build_xls(folder: Path, work: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    widths = [5.0, 24.0, 70.0, 22.0, 28.0]
    sheet_widths(ws, widths)
    title_line(ws, 1, 5, "Дорожная карта реализации целевой модели наставничества")
    title_line(ws, 2, 5, f"обучающихся и педагогических работников {C.XLS_ORG}")
    title_line(ws, 3, 5, "на 2023-2024 учебный год")
    boxed(ws, 5, ["№", "Этап", "Мероприятия", "Сроки", "Ответственные"], bold=True)
    r = 6
    acts: list[TruthActivity] = []
    prev_stage = 0
    stage_start = r
    for st, stage_name, items, resp, roles in C.XLS_GROUPS:
        if st != prev_stage:
            if r - stage_start > 1:
                ws.merge_cells(start_row=stage_start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=stage_start, start_column=2, end_row=r - 1, end_column=2)
            stage_start = r
            prev_stage = st
        activities = "; ".join(text for text, _, _, _ in items)
        dates = "; ".join(date for _, date, _, _ in items)
        boxed(ws, r, [f"{st}.", stage_name, activities, dates, resp])
        row_height(ws, r, [(activities, widths[2]), (dates, widths[3]), (resp, widths[4])])
        for text, date, aid, when in items:
            a = Act(text, date, resp, aid, when, tuple(roles.split()), st)
            acts.append(truth_of(a, st, C.XLS_YEAR))
        r += 1
    if r - stage_start > 1:
        ws.merge_cells(start_row=stage_start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=stage_start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=2, value="Исполнитель: методист Соколова Е.В., тел. 8 (49331) 5-**-**")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    src = work / "Дорожная_карта_наставничество_2023-2024.xlsx"
    wb.save(str(src))
    soffice_convert(src, "xls", folder / f"{src.stem}.xls")
    write_truth(folder, C.XLS_ORG, C.XLS_YEAR, acts)
    return len(acts)


# =========================================================================== 4. PDF


def build_pdf(folder: Path, work: Path) -> int:
    doc = new_document(landscape=False, size=11.0)
    heads: list[HeadPara] = [
        ("Приложение № 2", False, "r"),
        ("к приказу МБОУ «ЦО № 9»", False, "r"),
        ("от 17.01.2020 № 12-од", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        ("по реализации целевой модели наставничества", True, "c"),
        (f"в {C.PDF_ORG} на 2019 – 2020 учебный год", True, "c"),
        ("", False, None),
    ]
    add_heads(doc, heads)
    body: list[tuple[Literal["stage"], str] | tuple[Literal["row"], Sequence[str]]] = []
    n = 0
    for _, heading, rows in C.PDF_SECTIONS:
        body.append(("stage", heading))
        for a in rows:
            n += 1
            body.append(("row", [str(n), a.text, a.date, a.resp]))
    docx_table(
        doc,
        ["№", "Мероприятие", "Срок", "Ответственные (Ф.И.О., должность)"],
        body,
        [0.9, 8.6, 2.9, 5.4],
    )
    src = work / "ДК_наставничество_ЦО9.docx"
    doc.save(str(src))
    soffice_convert(src, "pdf", folder / f"{src.stem}.pdf")
    acts = sections_truth(C.PDF_SECTIONS, C.PDF_YEAR)
    write_truth(folder, C.PDF_ORG, C.PDF_YEAR, acts)
    return len(acts)


# =========================================================================== 5. DOCX (ЦРР)


def build_crr(folder: Path, work: Path) -> int:
    doc = new_document(landscape=True, size=12.0)
    heads: list[HeadPara] = [
        ("Принято на педагогическом совете", False, None),
        ("протокол № 1 от 29.08.2024", False, None),
        ("Утверждаю: заведующий МБДОУ ЦРР – д/с № 112 ________ О.А. Корепанова", False, "r"),
        ("", False, None),
        ("Дорожная карта внедрения целевой модели наставничества", True, "c"),
        (f"в {C.CRR_ORG}", True, "c"),
        ("на 2024-2025 учебный год", True, "c"),
        ("", False, None),
    ]
    add_heads(doc, heads)
    body: list[tuple[Literal["stage"], str] | tuple[Literal["row"], Sequence[str]]] = []
    for st, heading, rows in C.CRR_SECTIONS:
        body.append(("stage", heading))
        for k, a in enumerate(rows, start=1):
            body.append(("row", [f"{st}.{k}.", a.text, a.form, a.date, a.resp]))
    docx_table(
        doc,
        ["№", "Мероприятие", "Форма проведения", "Сроки", "Ответственные"],
        body,
        [1.3, 11.5, 5.0, 3.3, 5.3],
    )
    src = work / "Дорожная карта наставничество ДОУ 2024-2025.docx"
    doc.save(str(src))
    shutil.copyfile(src, folder / src.name)
    acts = sections_truth(C.CRR_SECTIONS, C.CRR_YEAR)
    write_truth(folder, C.CRR_ORG, C.CRR_YEAR, acts)
    return len(acts)


# =========================================================================== 6. ODS


def build_ods(folder: Path, work: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Лист1"
    widths = [5.0, 72.0, 16.0, 32.0, 16.0]
    sheet_widths(ws, widths)
    title_line(ws, 1, 5, "План мероприятий (дорожная карта) по реализации программы наставничества")
    title_line(ws, 2, 5, f"{C.ODS_ORG} на 2025–2026 учебный год")
    boxed(ws, 4, ["№", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"], bold=True)
    r = 5
    for k, a in enumerate(C.ODS_ROWS, start=1):
        boxed(ws, r, [k, a.text, a.date, a.resp, ""])
        ws.cell(row=r, column=1).alignment = CENTER
        row_height(ws, r, [(a.text, widths[1]), (a.resp, widths[3])])
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    src = work / "plan_nastavnichestvo_2025.xlsx"
    wb.save(str(src))
    soffice_convert(src, "ods", folder / f"{src.stem}.ods")
    acts = [truth_of(a, stage_of(a), C.ODS_YEAR) for a in C.ODS_ROWS]
    write_truth(folder, C.ODS_ORG, C.ODS_YEAR, acts)
    return len(acts)


# =========================================================================== 7. DOCX (months)


def build_eve(folder: Path, work: Path) -> int:
    doc = new_document(landscape=False, size=12.0)
    heads: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор ________ В.Г. Шестаков", False, "r"),
        ("Приказ № 88 от 28.08.2020 г.", False, "r"),
        ("", False, None),
        ("План-график (дорожная карта)", True, "c"),
        ("внедрения целевой модели наставничества", True, "c"),
        (f"в {C.EVE_ORG}", True, "c"),
        ("на 2020-2021 учебный год", True, "c"),
        ("", False, None),
        (
            "Наша школа работает с обучающимися разного возраста: подростками 15–17 лет, которые "
            "по разным причинам ушли из дневных школ, и взрослыми, совмещающими учёбу с работой. "
            "Поэтому в 2020-2021 учебном году выбраны формы «учитель – ученик», «ученик – ученик» "
            "и «работодатель – ученик».",
            False,
            "j",
        ),
        ("Куратор программы наставничества – Лебедева Т.Ю., зам. директора по УВР.", False, "j"),
        ("", False, None),
    ]
    add_heads(doc, heads)
    acts: list[TruthActivity] = []
    for heading, rows in C.EVE_MONTHS:
        para(doc, f"{heading}:", bold=True)
        for a in rows:
            para(doc, f"{a.text} (отв. {a.resp})", style="List Bullet")
            acts.append(truth_of(a, stage_of(a), C.EVE_YEAR))
        para(doc, "")
    para(doc, "Зам. директора по УВР _____________ Т.Ю. Лебедева")
    out = folder / "plan_grafik_nastavnichestvo_VSOSh1.docx"
    doc.save(str(out))
    write_truth(folder, C.EVE_ORG, C.EVE_YEAR, acts)
    return len(acts)


# =========================================================================== main

BUILDERS: list[tuple[str, Callable[[Path, Path], int]]] = [
    ("novocheb_sosh21_doc", build_doc),
    ("kluchi_oosh_png", build_png),
    ("kineshma_medcollege_xls", build_xls),
    ("shchekino_co9_pdf", build_pdf),
    ("izhevsk_crr112_docx", build_crr),
    ("nevinnomyssk_cadet_ods", build_ods),
    ("shadrinsk_vsosh1_docx", build_eve),
]


def main() -> None:
    for name, builder in BUILDERS:
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        with tempfile.TemporaryDirectory() as tmp:
            n = builder(folder, Path(tmp))
        files = sorted(p.name for p in folder.iterdir())
        assert len(files) == 2 and "truth.json" in files, (name, files)
        print(f"{name}: {n} rows -> {next(f for f in files if f != 'truth.json')}")


if __name__ == "__main__":
    main()
