"""Build the holdout15 roadmaps in data/holdout15/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout15.build

Eight organizations (five schools, two kindergartens, one college), 2020–2026, formats: three DOCX
(numbered table with merged stage rows; stage column merged vertically; stage-grouped cells), a
portrait and a landscape PDF exported by LibreOffice, an image-only scanned PDF, a JPEG phone
photo and an XLSX workbook.  Rows and hand labels live in content.py.
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    BodyItem,
    HeadPara,
    Row,
    Section,
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
from data.holdout15 import content as C

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- shared helpers


def _stage(section_stage: int | None, row: Row) -> int | None:
    """The truth stage: the heading's stage, or the activity's stage in a headingless roadmap."""
    if section_stage != C.AUTO:
        return section_stage
    aid = row["aid"]
    return None if aid is None else int(aid.split(".")[0])


def _truth(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    return [truth_row(row, _stage(sid, row), y) for sid, _, rows in sections for row in rows]


def _pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _small_font(doc_path: Path, size: float) -> None:
    """Shrink every run of a saved DOCX (to fit a scan or a photo onto few pages)."""
    from docx import Document

    doc = Document(str(doc_path))
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.size = Pt(size)
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.space_after = Pt(0)
                    for r in p.runs:
                        r.font.size = Pt(size)
    doc.save(str(doc_path))


def _numbered_body(
    sections: Sequence[Section],
    section_label: Callable[[int, Section], str],
    number: Callable[[int, int, int], str],
    with_note: bool = False,
) -> list[BodyItem]:
    """Body items: a merged section row per section, then numbered rows.

    ``number(section_index, row_index_in_section, running_index)`` gives the printed number.
    """
    body: list[BodyItem] = []
    running = 0
    for si, sec in enumerate(sections):
        body.append(("section", section_label(si, sec)))
        for k, row in enumerate(sec[2]):
            running += 1
            cells = [number(si, k, running), row["text"], _text(row["date"]), _text(row["resp"])]
            if with_note:
                cells.append(row["note"])
            body.append(("row", cells))
    return body


# --------------------------------------------------------------------------- 1. gymnasium DOCX


def build_gym(folder: Path) -> int:
    head: list[HeadPara] = [
        ("УТВЕРЖДЕНО", False, "r"),
        ("приказом директора", False, "r"),
        ("от 31.08.2023 № 214-од", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        ("внедрения целевой модели наставничества", True, "c"),
        (f"в {C.GYM_ORG} на 2023-2024 учебный год", True, "c"),
        ("", False, None),
    ]
    body = _numbered_body(
        C.GYM,
        lambda si, sec: f"{si + 1}. {sec[1]}",
        lambda si, k, _n: f"{si + 1}.{k + 1}",
    )
    tail: list[HeadPara] = [
        ("", False, None),
        ("Заместитель директора по УВР ____________ Е.А. Ракина", False, None),
    ]
    write_docx_table(
        folder / "dorozhnaya_karta_nastavnichestvo_2023.docx",
        head,
        ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственные"],
        body,
        [1.4, 9.6, 3.0, 4.0],
        tail_paras=tail,
    )
    truth = _truth(C.GYM, C.GYM_YEAR)
    write_truth(folder, C.GYM_ORG, C.GYM_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 2. kindergarten DOCX


def build_ber(folder: Path) -> int:
    doc = _new_document(landscape=False)
    _para(doc, "Согласовано на педагогическом совете", size=10)
    _para(doc, "протокол № 1 от «30» августа 2021 г.", size=10)
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c")
    _para(
        doc,
        "по внедрению системы наставничества (целевой модели наставничества) "
        f"в {C.BER_ORG} на 2021/2022 учебный год",
        bold=True,
        align="c",
    )
    _para(doc, "")
    headers = ["Этапы", "№ п/п", "Содержание работы", "Сроки", "Ответственные"]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    n = 0
    for _, heading, rows in C.BER:
        first = len(table.rows)
        for row in rows:
            n += 1
            cells = table.add_row().cells
            _set_cell(cells[1], f"{n}.")
            _set_cell(cells[2], row["text"])
            _set_cell(cells[3], _text(row["date"]))
            _set_cell(cells[4], _text(row["resp"]))
        last = len(table.rows) - 1
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        _set_cell(merged, heading, bold=True)
    _widths(table, [3.2, 1.2, 7.6, 2.6, 3.4])
    _para(doc, "")
    _para(doc, "Старший воспитатель ____________ О.Н. Шестакова")
    doc.save(str(folder / "Дорожная карта наставничество Берёзка.docx"))
    truth = _truth(C.BER, C.BER_YEAR)
    write_truth(folder, C.BER_ORG, C.BER_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 3. stage-grouped DOCX

# Rough characters per line of 11 pt Times New Roman in a column of the given width.
_CHARS_PER_CM = 5.2


def _lines(text: str, width_cm: float) -> int:
    per_line = max(1, int(width_cm * _CHARS_PER_CM))
    return max(1, math.ceil(len(text) / per_line))


def build_nik(folder: Path) -> int:
    widths = [4.2, 7.6, 2.6, 3.6]
    doc = _new_document(landscape=False)
    _para(doc, "Утверждаю", align="r")
    _para(doc, "Директор МКОУ «Никольская СОШ»", align="r")
    _para(doc, "_________ В.П. Гончаров", align="r")
    _para(doc, "Приказ № 87 от 01.09.2022", align="r")
    _para(doc, "")
    _para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c")
    _para(doc, "по реализации целевой модели наставничества", bold=True, align="c")
    _para(doc, f"в {C.NIK_ORG}", bold=True, align="c")
    _para(doc, "на 2022 – 2023 учебный год", bold=True, align="c")
    _para(doc, "")
    headers = ["Этап", "Мероприятия", "Сроки", "Ответственные"]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    for _, heading, rows in C.NIK:
        acts: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for k, row in enumerate(rows):
            item = f"{k + 1}. {row['text']}"
            date, resp = _text(row["date"]), _text(row["resp"])
            height = max(_lines(item, widths[1]), _lines(date, widths[2]), _lines(resp, widths[3]))
            pad_a = height - _lines(item, widths[1])
            pad_d = height - _lines(date, widths[2])
            pad_r = height - _lines(resp, widths[3])
            acts += [item] + [""] * pad_a
            dates += [date] + [""] * pad_d
            resps += [resp] + [""] * pad_r
        cells = table.add_row().cells
        _set_cell(cells[0], heading, bold=False)
        _set_cell(cells[1], "\n".join(acts))
        _set_cell(cells[2], "\n".join(dates))
        _set_cell(cells[3], "\n".join(resps))
        for p in cells[0].paragraphs[:1]:
            for r in p.runs:
                r.bold = True
    _widths(table, widths)
    doc.save(str(folder / "plan_nastavnichestvo_2022-2023.docx"))
    truth = _truth(C.NIK, C.NIK_YEAR)
    write_truth(folder, C.NIK_ORG, C.NIK_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 4. college, portrait PDF


def build_col(folder: Path) -> int:
    head: list[HeadPara] = [
        ("Приложение 1", False, "r"),
        ("к приказу ОГБПОУ «ЯАТК»", False, "r"),
        ("от 26.08.2024 № 312", False, "r"),
        ("", False, None),
        ("ПЛАН МЕРОПРИЯТИЙ («ДОРОЖНАЯ КАРТА»)", True, "c"),
        ("по внедрению целевой модели наставничества обучающихся", True, "c"),
        (f"в {C.COL_ORG}", True, "c"),
        ("на 2024/2025 учебный год", True, "c"),
        ("", False, None),
    ]
    body = _numbered_body(
        C.COL,
        lambda si, sec: sec[1] if sec[0] is None else f"Этап {sec[0]}. {sec[1]}",
        lambda _si, _k, n: f"{n}.",
        with_note=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Дорожная_карта_ЯАТК_2024-2025.docx"
        write_docx_table(
            src,
            head,
            ["№", "Наименование мероприятия", "Срок", "Ответственный исполнитель", "Ожидаемый результат"],
            body,
            [1.0, 7.6, 2.6, 3.6, 3.2],
            colnum_row=True,
        )
        _soffice_pdf(src, folder / "Дорожная_карта_ЯАТК_2024-2025.pdf")
    truth = _truth(C.COL, C.COL_YEAR)
    write_truth(folder, C.COL_ORG, C.COL_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 5. lyceum, landscape PDF


def build_lyc(folder: Path) -> int:
    head: list[HeadPara] = [
        ("«УТВЕРЖДАЮ»", False, "r"),
        ("Директор МБОУ «Лицей № 9»", False, "r"),
        ("_____________ Н.В. Куприянова", False, "r"),
        ("« 29 » августа 2025 г.", False, "r"),
        ("", False, None),
        (f"Дорожная карта реализации целевой модели наставничества в {C.LYC_ORG}", True, "c"),
        ("2025/2026 уч. год", True, "c"),
        ("", False, None),
    ]
    body = _numbered_body(C.LYC, lambda _si, sec: sec[1], lambda _si, _k, n: str(n), with_note=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "DK_nastavnichestvo_licey9.docx"
        write_docx_table(
            src,
            head,
            ["№", "Мероприятия", "Сроки проведения", "Ответственные", "Форма отчётности"],
            body,
            [1.0, 12.5, 3.6, 5.6, 4.0],
            landscape=True,
        )
        _soffice_pdf(src, folder / "DK_nastavnichestvo_licey9.pdf")
    truth = _truth(C.LYC, C.LYC_YEAR)
    write_truth(folder, C.LYC_ORG, C.LYC_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 6. basic school, scan


def build_pok(folder: Path) -> int:
    head: list[HeadPara] = [
        ("УТВЕРЖДЕНО", False, "r"),
        ("приказом по школе", False, "r"),
        ("от 01.09.2020 г. № 118", False, "r"),
        ("", False, None),
        ("План мероприятий (дорожная карта)", True, "c"),
        ("по внедрению целевой модели наставничества", True, "c"),
        (f"в {C.POK_ORG}", True, "c"),
        ("на 2020-2021 учебный год", True, "c"),
        ("", False, None),
    ]
    body = _numbered_body(
        C.POK,
        lambda si, sec: f"{si + 1}. {sec[1]}",
        lambda si, k, _n: f"{si + 1}.{k + 1}.",
    )
    tail: list[HeadPara] = [("", False, None), ("Директор школы ____________ Л.И. Бондарева", False, None)]
    rng = np.random.default_rng(2020)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dk.docx"
        write_docx_table(
            src,
            head,
            ["№ п/п", "Мероприятия", "Сроки", "Ответственные"],
            body,
            [1.4, 9.4, 3.4, 3.8],
            tail_paras=tail,
        )
        _small_font(src, 12)
        pdf_path = Path(tmp) / "dk.pdf"
        _soffice_pdf(src, pdf_path)
        pdf = pdf_path.read_bytes()
    n_pages = _pdf_pages(pdf)
    assert 1 <= n_pages <= 2, n_pages
    pages = [scan_page(render_page(pdf, i, 200), rng) for i in range(n_pages)]
    pages[0].save(
        folder / "скан_дорожная_карта.pdf",
        save_all=True,
        append_images=pages[1:],
        resolution=200.0,
    )
    truth = _truth(C.POK, C.POK_YEAR)
    write_truth(folder, C.POK_ORG, C.POK_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 7. kindergarten, photo


def build_rya(folder: Path) -> int:
    head: list[HeadPara] = [
        ("Утверждаю: заведующий МАДОУ № 31", False, "r"),
        ("_________ Г.Р. Хабибуллина", False, "r"),
        ("", False, None),
        ("План работы по реализации целевой модели наставничества", True, "c"),
        (f"в {C.RYA_ORG} на 2024 – 2025 учебный год", True, "c"),
        ("", False, None),
    ]
    body: list[BodyItem] = []
    for _, _, rows in C.RYA:
        for k, row in enumerate(rows):
            body.append(("row", [f"{k + 1}.", row["text"], _text(row["date"]), _text(row["resp"])]))
    rng = np.random.default_rng(31)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.docx"
        write_docx_table(
            src,
            head,
            ["№", "Мероприятие", "Срок", "Ответственный"],
            body,
            [1.0, 10.0, 3.0, 4.0],
        )
        _small_font(src, 11)
        pdf_path = Path(tmp) / "plan.pdf"
        _soffice_pdf(src, pdf_path)
        pdf = pdf_path.read_bytes()
    assert _pdf_pages(pdf) == 1
    photo = photo_of(render_page(pdf, 0, 170), rng)
    photo.save(folder / "IMG_20240912_143507.jpg", quality=88)
    truth = _truth(C.RYA, C.RYA_YEAR)
    write_truth(folder, C.RYA_ORG, C.RYA_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- 8. school, XLSX


def build_kir(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(name="Times New Roman", size=12, bold=True)
    plain = Font(name="Times New Roman", size=12)
    for col, width in zip("ABCDE", [7, 62, 16, 32, 14], strict=True):
        ws.column_dimensions[col].width = width
    titles = [
        "Дорожная карта реализации целевой модели наставничества",
        C.KIR_ORG,
        "на 2026/2027 учебный год",
    ]
    r = 1
    for t in titles:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=t)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    for c, h in enumerate(["№ п/п", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"], 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r += 1
    for si, (_, heading, rows) in enumerate(C.KIR):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=heading)
        cell.font = bold
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = border
        r += 1
        for k, row in enumerate(rows):
            date = row["date"]
            values: list[str | dt.datetime] = [f"{si + 1}.{k + 1}", row["text"], date, _text(row["resp"]), ""]
            for c, v in enumerate(values, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = plain
                cell.border = border
                cell.alignment = wrap
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Куратор наставничества: Лаптева С.Г.").font = plain
    ws.page_setup.orientation = "landscape"
    wb.save(folder / "ДК_наставничество_2026-2027.xlsx")
    truth = _truth(C.KIR, C.KIR_YEAR)
    write_truth(folder, C.KIR_ORG, C.KIR_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "ukhta_gymn4_docx": build_gym,
    "kotlas_ds12_beryozka_docx": build_ber,
    "nikolskaya_sosh_stage_grouped_docx": build_nik,
    "yartsevo_college_pdf": build_col,
    "novocherkassk_lyceum9_landscape_pdf": build_lyc,
    "pokrovskaya_oosh_scan_pdf": build_pok,
    "ishimbay_ds31_photo_jpg": build_rya,
    "kirov_sosh47_xlsx": build_kir,
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
