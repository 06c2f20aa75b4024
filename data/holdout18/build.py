"""Build the holdout18 roadmaps: data/holdout18/<name>/ holds one input file and truth.json.

Run from /work/main: .venv/bin/python -m data.holdout18.build

Eight organizations, eight formats: two DOCX, two PDF (LibreOffice from DOCX), a JPEG phone
photo and a PNG scan of one rendered page, an XLSX workbook and a DOC (DOCX -> ODT -> DOC).
The printed rows and their hand labels live in data/holdout18/docs.py.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import _Cell
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    BodyItem,
    HeadPara,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    write_docx_table,
    write_truth,
)
from data.holdout18 import docs
from data.holdout18.core import Section, stage_of, truth

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- format helpers


def _soffice(src: Path, target: str, out: Path) -> None:
    """Convert src with LibreOffice (own profile) and copy the result to out."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        outdir = tmp_p / "out"
        outdir.mkdir()
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
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


def _pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _section_truth(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    return [truth(item, s.stage, y) for s in sections for item in s.items]


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


# =========================================================================== 1. DOCX plain


def build_novoch(folder: Path) -> int:
    rows = docs.NOVOCH_ROWS
    head: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор МБОУ «СОШ № 14» г. Новочебоксарска", False, "r"),
        ("____________ Л.Г. Артемьева", False, "r"),
        ("Приказ № 112-о от 27.08.2021", False, "r"),
        ("", False, None),
        ("План мероприятий («дорожная карта»)", True, "c"),
        (
            "по внедрению целевой модели наставничества в МБОУ «СОШ № 14» г. Новочебоксарска "
            "на 2021-2022 учебный год",
            True,
            "c",
        ),
        ("", False, None),
    ]
    body: list[BodyItem] = [("row", [f"{n}.", r.text, r.date, r.resp]) for n, r in enumerate(rows, start=1)]
    tail: list[HeadPara] = [
        ("", False, None),
        ("Заместитель директора по УВР ____________ Н.В. Кудряшова", False, None),
    ]
    write_docx_table(
        folder / "dorozhnaya_karta_nastavnichestvo_2021-2022.docx",
        head,
        ["№ п/п", "Содержание работы", "Срок исполнения", "Ответственные"],
        body,
        [1.3, 9.7, 3.0, 4.0],
        tail_paras=tail,
    )
    write_truth(
        folder,
        docs.NOVOCH_ORG,
        docs.NOVOCH_YEAR,
        [truth(r, stage_of(r), docs.NOVOCH_YEAR) for r in rows],
    )
    return len(rows)


# =========================================================================== 2. DOCX, own stage rows


def build_talm(folder: Path) -> int:
    body: list[BodyItem] = []
    for si, sec in enumerate(docs.TALM_SECTIONS, start=1):
        body.append(("section", sec.heading))
        for ri, r in enumerate(sec.items, start=1):
            body.append(("row", [f"{si}.{ri}", r.text, r.date, r.resp]))
    head: list[HeadPara] = [
        ("Согласовано:", False, None),
        ("на педагогическом совете, протокол № 1 от 30.08.2023", False, None),
        ("Утверждено приказом директора от 31.08.2023 № 87", False, "r"),
        ("", False, None),
        ("Тальменский район Алтайского края", False, "c"),
        (
            "Дорожная карта реализации программы наставничества в МКОУ «Тальменская СОШ № 6» "
            "на 2023/2024 уч. год",
            True,
            "c",
        ),
        ("", False, None),
    ]
    write_docx_table(
        folder / "Дорожная_карта_наставничество_2023-24.docx",
        head,
        ["№", "Что делаем", "Когда", "Кто отвечает"],
        body,
        [1.2, 10.0, 3.0, 3.8],
    )
    acts = _section_truth(docs.TALM_SECTIONS, docs.TALM_YEAR)
    write_truth(folder, docs.TALM_ORG, docs.TALM_YEAR, acts)
    return len(acts)


# =========================================================================== 3. PDF landscape, 6 columns


def build_tamb(folder: Path) -> int:
    body: list[BodyItem] = []
    acts: list[TruthActivity] = []
    n = 0
    for stage, heading, rows in docs.TAMB_SECTIONS:
        body.append(("section", heading))
        for item, participants, result in rows:
            n += 1
            body.append(("row", [f"{n}.", item.text, participants, item.date, item.resp, result]))
            acts.append(truth(item, stage, docs.TAMB_YEAR))
    head: list[HeadPara] = [
        ("Приложение № 2", False, "r"),
        ("к приказу МАОУ «Гимназия № 9» от 31.08.2020 № 204-о", False, "r"),
        ("", False, None),
        (
            "Дорожная карта внедрения целевой модели наставничества обучающихся и педагогических "
            "работников МАОУ «Гимназия № 9» г. Тамбова на 2020-2021 учебный год",
            True,
            "c",
        ),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dk_nastavnichestvo_gimn9.docx"
        write_docx_table(
            src,
            head,
            ["№ п/п", "Мероприятие", "Участники", "Сроки", "Ответственные", "Ожидаемый результат"],
            body,
            [1.2, 9.3, 4.4, 3.3, 4.3, 4.2],
            landscape=True,
            colnum_row=True,
        )
        _soffice_pdf(src, folder / "dk_nastavnichestvo_gimn9.pdf")
    write_truth(folder, docs.TAMB_ORG, docs.TAMB_YEAR, acts)
    return len(acts)


# =========================================================================== 4. PDF portrait, flowing


def _stage_cell(cell: _Cell, text: str) -> None:
    """First line (the stage name) bold, the Задача/Результат lines plain italic."""
    lines = text.split("\n")
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        if i == 0:
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            run.italic = True


def build_nsh(folder: Path) -> int:
    doc = _new_document(landscape=False)
    _para(doc, "УТВЕРЖДЕНО", align="r")
    _para(doc, "приказом МБОУ ООШ № 21 от 29.08.2025 № 141", align="r")
    _para(doc, "")
    _para(
        doc,
        "Дорожная карта реализации целевой модели наставничества в МБОУ ООШ № 21 "
        "г. Новошахтинска на 2025–2026 учебный год",
        bold=True,
        align="c",
    )
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["Мероприятие", "Срок", "Ответственный"]):
        _set_cell(hdr.cells[i], h, bold=True)
    for sec in docs.NSH_SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[2])
        _stage_cell(merged, sec.heading)
        for item in sec.items:
            r = table.add_row()
            _set_cell(r.cells[0], item.text)
            _set_cell(r.cells[1], item.date)
            _set_cell(r.cells[2], item.resp)
    _widths(table, [10.5, 3.2, 4.3])
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ Е.А. Сидоренко")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya-karta-nastavnichestvo-2025-2026.docx"
        doc.save(str(src))
        _soffice_pdf(src, folder / "dorozhnaya-karta-nastavnichestvo-2025-2026.pdf")
    acts = _section_truth(docs.NSH_SECTIONS, docs.NSH_YEAR)
    write_truth(folder, docs.NSH_ORG, docs.NSH_YEAR, acts)
    return len(acts)


# =========================================================================== 5. JPEG photo of paragraphs


def _single_page_image(make_docx: Callable[[Path], None], effect: Callable[[bytes], None], name: str) -> None:
    """make_docx writes a DOCX; it is printed to PDF, checked to be one page and rendered."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.docx"
        make_docx(src)
        pdf_path = Path(tmp) / f"{name}.pdf"
        _soffice_pdf(src, pdf_path)
        pdf = pdf_path.read_bytes()
        assert _pdf_pages(pdf) == 1, f"{name}: the page must hold every row"
        effect(pdf)


def _ishim_docx(path: Path) -> None:
    doc = _new_document(landscape=False)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.2)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(1.2)
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    _para(doc, "УТВЕРЖДАЮ", align="r")
    _para(doc, "Заведующий МАДОУ «Детский сад № 17 «Берёзка»»", align="r")
    _para(doc, "_________ О.В. Малышева", align="r")
    _para(doc, "Приказ от 31.08.2022 № 64-од", align="r")
    _para(
        doc,
        "Дорожная карта внедрения целевой модели наставничества в МАДОУ «Детский сад № 17 «Берёзка»» "
        "г. Ишима на 2022–2023 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    n = 0
    for s in docs.ISHIM_SECTIONS:
        _para(doc, s.heading, bold=True)
        for item in s.items:
            n += 1
            p = _para(doc, f"{n}. {item.text} — {item.date} — {item.resp}.")
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.first_line_indent = Cm(0.6)
    _para(doc, "")
    _para(doc, "Старший воспитатель ________ Н.С. Кондратьева")
    doc.save(str(path))


def build_ishim(folder: Path) -> int:
    def effect(pdf: bytes) -> None:
        page = render_page(pdf, 0, 160)
        photo = photo_of(page, np.random.default_rng(1822))
        photo.save(folder / "IMG_20220905_142311.jpg", quality=86)

    _single_page_image(_ishim_docx, effect, "ishim")
    acts = _section_truth(docs.ISHIM_SECTIONS, docs.ISHIM_YEAR)
    write_truth(folder, docs.ISHIM_ORG, docs.ISHIM_YEAR, acts)
    return len(acts)


# =========================================================================== 6. PNG scan of a table


def _kly_docx(path: Path) -> None:
    body: list[BodyItem] = []
    n = 0
    for s in docs.KLY_SECTIONS:
        body.append(("section", s.heading))
        for item in s.items:
            n += 1
            body.append(("row", [str(n), item.text, item.date, item.resp]))
    head: list[HeadPara] = [
        ("Утверждаю", False, "r"),
        ("Директор школы ________ В.П. Шарипов", False, "r"),
        ("«20» января 2020 г.", False, "r"),
        (
            "Дорожная карта по внедрению целевой модели наставничества в МКОУ «Ключевская СОШ» "
            "на 2019-2020 учебный год",
            True,
            "c",
        ),
    ]
    write_docx_table(
        path,
        head,
        ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
        body,
        [1.2, 10.0, 3.0, 3.8],
    )


def build_kly(folder: Path) -> int:
    def effect(pdf: bytes) -> None:
        page = render_page(pdf, 0, 200)
        scan_page(page, np.random.default_rng(2019)).save(folder / "scan0001.png")

    _single_page_image(_kly_docx, effect, "kly")
    acts = _section_truth(docs.KLY_SECTIONS, docs.KLY_YEAR)
    write_truth(folder, docs.KLY_ORG, docs.KLY_YEAR, acts)
    return len(acts)


# =========================================================================== 7. XLSX


_DAY = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")


def build_zai(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:E1")
    ws["A1"] = (
        "Дорожная карта реализации целевой модели наставничества в ГАПОУ «Заинский политехнический "
        "колледж» на 2024-2025 учебный год"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[1].height = 34
    for col, h in enumerate(["Этап", "№ п/п", "Мероприятие", "Сроки", "Ответственные"], start=1):
        c = ws.cell(row=2, column=col, value=h)
        c.font = Font(bold=True)
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 3
    n = 0
    for sec in docs.ZAI_SECTIONS:
        first = row
        for item in sec.items:
            n += 1
            m = _DAY.fullmatch(item.date)
            date_value: str | dt.datetime = item.date
            if m:
                date_value = dt.datetime(int(m[3]), int(m[2]), int(m[1]))
            values: list[str | int | dt.datetime] = [n, item.text, date_value, item.resp]
            for col, v in enumerate(values, start=2):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "DD.MM.YYYY"
            ws.cell(row=row, column=1).border = border
            row += 1
        ws.cell(row=first, column=1, value=sec.heading)
        ws.cell(row=first, column=1).alignment = Alignment(
            wrap_text=True, vertical="center", horizontal="center"
        )
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    for letter, w in zip("ABCDE", [20, 6, 62, 16, 34], strict=True):
        ws.column_dimensions[letter].width = w
    wb.save(folder / "Дорожная карта наставничество 2024-2025.xlsx")
    acts = _section_truth(docs.ZAI_SECTIONS, docs.ZAI_YEAR)
    write_truth(folder, docs.ZAI_ORG, docs.ZAI_YEAR, acts)
    return len(acts)


# =========================================================================== 8. DOC, stage-grouped


def _lines(text: str, width_cm: float) -> int:
    """Rough count of printed lines for 11 pt Times in a cell of this width."""
    per_line = max(8, int((width_cm - 0.4) / 0.19))
    return max(1, math.ceil(len(text) / per_line))


def _fill(cell: _Cell, lines: list[str]) -> None:
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line)


def build_rti(folder: Path) -> int:
    widths = [6.0, 4.0, 9.3, 3.2, 4.2]
    doc = _new_document(landscape=True)
    _para(doc, "Приложение 1 к приказу МБУ ДО «ЦДТ» от 28.08.2026 № 73", align="r")
    _para(doc, "")
    _para(
        doc,
        "Дорожная карта внедрения целевой модели наставничества в МБУ ДО «Центр детского творчества» "
        "г. Ртищево на 2026-2027 учебный год",
        bold=True,
        align="c",
    )
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(
        ["Наименование этапа", "Направление работы", "Содержание деятельности", "Сроки", "Ответственные"]
    ):
        _set_cell(hdr.cells[i], h, bold=True)
    acts: list[TruthActivity] = []
    for st in docs.RTI_STAGES:
        first_row = None
        last_row = None
        for g in st.groups:
            r = table.add_row()
            first_row = first_row or r
            last_row = r
            _set_cell(r.cells[1], g.direction)
            content: list[str] = []
            dates: list[str] = []
            resps: list[str] = []
            for k, item in enumerate(g.items, start=1):
                line = f"{k}. {item.text}"
                own = {
                    "text": _lines(line, widths[2]),
                    "date": _lines(item.date, widths[3]),
                    "resp": 1 if g.shared_resp else _lines(item.resp, widths[4]),
                }
                span = max(own.values())
                content += [line] + [""] * (span - own["text"])
                dates += [item.date] + [""] * (span - own["date"])
                if g.shared_resp is None:
                    resps += [item.resp] + [""] * (span - own["resp"])
                acts.append(truth(item, st.stage, docs.RTI_YEAR))
            _fill(r.cells[2], content)
            _fill(r.cells[3], dates)
            _fill(r.cells[4], [g.shared_resp] if g.shared_resp else resps)
        assert first_row is not None and last_row is not None
        merged = first_row.cells[0].merge(last_row.cells[0])
        _stage_cell(merged, st.cell)
    _widths(table, widths)
    _para(doc, "")
    _para(doc, "Методист ____________ Т.В. Гусева")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "DK_nastavnichestvo_CDT.docx"
        doc.save(str(src))
        odt = Path(tmp) / "DK_nastavnichestvo_CDT.odt"
        _soffice(src, "odt", odt)
        _soffice(odt, "doc:MS Word 97", folder / "DK_nastavnichestvo_CDT.doc")
    write_truth(folder, docs.RTI_ORG, docs.RTI_YEAR, acts)
    return len(acts)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "novocheboksarsk_sosh14_docx": build_novoch,
    "talmenka_sosh6_docx": build_talm,
    "tambov_gymn9_pdf": build_tamb,
    "novoshakhtinsk_oosh21_pdf": build_nsh,
    "ishim_ds17_jpg": build_ishim,
    "klyuchi_sosh_png": build_kly,
    "zainsk_college_xlsx": build_zai,
    "rtishchevo_cdt_doc": build_rti,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = _fresh(HERE / name)
        n = build(folder)
        files = ", ".join(sorted(p.name for p in folder.iterdir()))
        print(f"{name}: {n} rows -> {files}")


if __name__ == "__main__":
    main()
