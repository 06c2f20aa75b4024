"""Build the holdout13 roadmaps in data/holdout13/<name>/ (one input file + truth.json each).

Run from the repository root: .venv/bin/python -m data.holdout13.build

Eight roadmaps of eight organizations (Siberia, the Volga, the North Caucasus, the Far East), each
in its own words and its own format; the rows and their hand labels live in content_a/content_b.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page
from data.holdout13.content_a import CHEBOKSARY, KARABUDAKHKENT, LYCEUM, VOSTRETSOVO
from data.holdout13.content_b import CHERNORECHYE, ENGELS, GEORGIEVSK, KOMSOMOLSK
from data.holdout13.core import (
    HERE,
    HeadLine,
    Roadmap,
    add_table,
    all_rows,
    date_text,
    new_doc,
    soffice_convert,
    truth_text,
    write_roadmap_truth,
)

PHOTO_SEED = 13_2021
PHOTO_DPI = 200


def _title(*lines: str) -> list[HeadLine]:
    return [(line, True, "c") for line in lines]


def _right(*lines: str) -> list[HeadLine]:
    return [(line, False, "r") for line in lines]


# =========================================================================== 1. DOCX, Roman stage rows


def build_lyceum(folder: Path) -> int:
    rm = LYCEUM
    head = [
        *_right(
            "УТВЕРЖДАЮ",
            "Директор МАОУ «Лицей № 17»",
            "____________ О.В. Кравченко",
            "Приказ от 01.09.2023 № 245-о",
        ),
        ("", False, None),
        *_title(
            "Дорожная карта внедрения целевой модели наставничества",
            f"в {rm.org}",
            "на 2023–2024 учебный год",
        ),
    ]
    doc = new_doc(False, head)
    body: list[tuple[str, list[str]]] = []
    for s in rm.sections:
        body.append(("bold", [s.num, s.title, "", ""]))
        for row in s.rows:
            body.append(("row", [row.num, row.text, date_text(row.date), row.resp]))
    add_table(doc, ["№ п/п", "Содержание работы", "Срок", "Ответственный"], body, [1.5, 9.5, 3.0, 4.0])
    doc.add_paragraph("")
    doc.add_paragraph("Куратор программы наставничества ____________ Е.А. Шестакова")
    doc.save(str(folder / "dorozhnaya_karta_nastavnichestvo_2023-2024.docx"))
    return write_roadmap_truth(folder, rm)


# =========================================================================== 2. JPEG photo of one page


def build_karabudakhkent(folder: Path) -> int:
    rm = KARABUDAKHKENT
    head = [
        *_right(
            "Утверждаю:",
            "Директор школы _________ Абдуллаев М.Г.",
            "«31» 08. 2021 г.",
        ),
        *_title(
            "ПЛАН-ГРАФИК («дорожная карта»)",
            f"внедрения целевой модели наставничества в {rm.org}",
            "на 2021-2022 учебный год",
        ),
    ]
    doc = new_doc(False, head, font_size=12)
    body = [("row", [row.num, row.text, date_text(row.date), row.resp]) for row in all_rows(rm)]
    table = add_table(doc, ["№", "Мероприятия", "Сроки", "Ответственные"], body, [1.0, 9.5, 3.2, 4.3])
    for trow in table.rows:
        for cell in trow.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)
    doc.add_paragraph("")
    doc.add_paragraph("Зам. директора по УВР ___________ Гасанова З.М.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.docx"
        doc.save(str(src))
        pdf_path = Path(tmp) / "plan.pdf"
        soffice_convert(src, "pdf", pdf_path)
        pdf = pdf_path.read_bytes()
    pdoc = pdfium.PdfDocument(pdf)
    try:
        assert len(pdoc) == 1, "the photo roadmap must fit on one page"
        page_text = pdoc[0].get_textpage().get_text_range()
    finally:
        pdoc.close()
    flat = "".join(page_text.split())
    for row in all_rows(rm):
        assert "".join(truth_text(row.text).split()) in flat, row.text
    photo = photo_of(render_page(pdf, 0, PHOTO_DPI), np.random.default_rng(PHOTO_SEED))
    photo.save(folder / "IMG_20210915_101542.jpg", format="JPEG", quality=82)
    return write_roadmap_truth(folder, rm)


# =========================================================================== 3. PDF, horizontal rules only


def build_cheboksary(folder: Path) -> int:
    rm = CHEBOKSARY
    head = [
        *_right(
            "Приложение № 2",
            "к приказу МБОУ «Гимназия № 8» г. Чебоксары",
            "от 31.08.2022 № 312-о",
        ),
        ("", False, None),
        *_title(
            "Дорожная карта",
            "реализации целевой модели наставничества",
            f"в {rm.org}",
            "на 2022/2023 учебный год",
        ),
    ]
    doc = new_doc(True, head)
    body: list[tuple[str, list[str]]] = []
    for s in rm.sections:
        body.append(("merged", [f"{s.num} {s.title}"]))
        for row in s.rows:
            body.append(("row", [row.num, row.text, date_text(row.date), row.resp, row.extra]))
    add_table(
        doc,
        ["№ п/п", "Мероприятие", "Сроки проведения", "Ответственные исполнители", "Результат"],
        body,
        [1.4, 11.0, 4.0, 5.5, 4.5],
        grid=False,
    )
    doc.add_paragraph("")
    doc.add_paragraph("Куратор программы наставничества: Николаева Т.В.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dk_nastavnichestvo.docx"
        doc.save(str(src))
        soffice_convert(src, "pdf", folder / "dk_nastavnichestvo_2022-2023.pdf")
    return write_roadmap_truth(folder, rm)


# =========================================================================== 4. XLSX, upper-case stage rows


def build_vostretsovo(folder: Path) -> int:
    rm = VOSTRETSOVO
    wb = Workbook()
    ws = wb.active
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:E1")
    ws["A1"] = "Дорожная карта внедрения целевой модели наставничества"
    ws.merge_cells("A2:E2")
    ws["A2"] = f"в {rm.org} на 2024-2025 учебный год"
    for cell in (ws["A1"], ws["A2"]):
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="center")
    headers = ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"]
    row_i = 4
    for col, h in enumerate(headers, start=1):
        c = ws.cell(row=row_i, column=col, value=h)
        c.font = Font(bold=True)
        c.border = box
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for s in rm.sections:
        row_i += 1
        for col in range(1, 6):
            ws.cell(row=row_i, column=col).border = box
        c = ws.cell(row=row_i, column=2, value=s.title)
        c.font = Font(bold=True)
        c.alignment = wrap
        for row in s.rows:
            row_i += 1
            values: list[str | int | dt.datetime] = [int(row.num), row.text, row.date, row.resp, ""]
            for col, v in enumerate(values, start=1):
                c = ws.cell(row=row_i, column=col, value=v if v != "" else None)
                c.border = box
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "DD.MM.YYYY"
    for letter, width in zip("ABCDE", (6, 62, 16, 30, 14), strict=True):
        ws.column_dimensions[letter].width = width
    row_i += 2
    ws.cell(row=row_i, column=2, value="Директор школы ____________ Т.А. Ким")
    wb.save(folder / "Дорожная карта наставничество 2024-2025.xlsx")
    return write_roadmap_truth(folder, rm)


# =========================================================================== 5. HTML, rowspan stages


def build_chernorechye(folder: Path) -> int:
    rm = CHERNORECHYE
    e = html.escape
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ru">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>Наставничество — {e(rm.org)}</title>",
        "</head>",
        "<body>",
        '<p><a href="/">Главная</a> / <a href="/nastavnichestvo">Наставничество</a></p>',
        '<h2 align="center">Дорожная карта<br>',
        f"реализации целевой модели наставничества в {e(rm.org)}<br>",
        "на 2025–2026 учебный год</h2>",
        '<p align="right">Утверждена приказом от 29.08.2025 № 118-од</p>',
        '<table border=1 cellpadding=4 cellspacing=0 width="100%">',
        "<tr><th>Этап</th><th>№</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th></tr>",
    ]
    for s in rm.sections:
        for i, row in enumerate(s.rows):
            cells = ""
            if i == 0:
                cells += f'<td rowspan={len(s.rows)} valign="top"><b>{e(s.title)}</b></td>'
            cells += (
                f"<td>{e(row.num)}</td><td>{e(row.text)}</td>"
                f"<td>{e(date_text(row.date))}</td><td>{e(row.resp)}</td>"
            )
            lines.append(f"<tr>{cells}</tr>")
    lines += [
        "</table>",
        "<p>Куратор наставничества: Сафронова Е.В., тел. 8 (846) 000-00-00</p>",
        "<p><small>Дата публикации: 02.09.2025</small></p>",
        "</body>",
        "</html>",
    ]
    (folder / "nastavnichestvo.html").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return write_roadmap_truth(folder, rm)


# =========================================================================== 6. ODT of a college


def build_georgievsk(folder: Path) -> int:
    rm = GEORGIEVSK
    head = [
        *_right(
            "УТВЕРЖДАЮ",
            "Директор ГБПОУ ГКСТ",
            "_____________ С.В. Арутюнова",
            "«01» сентября 2020 г.",
        ),
        ("", False, None),
        *_title(
            "План мероприятий («дорожная карта»)",
            "по внедрению целевой модели наставничества обучающихся",
            f"в {rm.org} на 2020/2021 учебный год",
        ),
    ]
    doc = new_doc(True, head)
    body: list[tuple[str, list[str]]] = []
    for s in rm.sections:
        body.append(("merged", [f"{s.num} {s.title}"]))
        for row in s.rows:
            body.append(("row", [row.num, row.text, date_text(row.date), row.resp, row.extra]))
    add_table(
        doc,
        [
            "№ п/п",
            "Наименование мероприятия",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Результат. Вид документа",
        ],
        body,
        [1.4, 11.5, 4.0, 5.5, 4.0],
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo.docx"
        doc.save(str(src))
        soffice_convert(src, "odt", folder / "plan_nastavnichestvo_GKST.odt")
    return write_roadmap_truth(folder, rm)


# =========================================================================== 7. RTF of a kindergarten


def build_komsomolsk(folder: Path) -> int:
    rm = KOMSOMOLSK
    head = [
        ("СОГЛАСОВАНО", False, None),
        ("на педагогическом совете", False, None),
        ("Протокол № 1 от 30.08.2022", False, None),
        *_right(
            "УТВЕРЖДАЮ",
            "Заведующий МБДОУ № 41",
            "_________ Л.Н. Ким",
            "Приказ № 87 от 01.09.2022",
        ),
        ("", False, None),
        *_title(
            "Дорожная карта по реализации программы наставничества",
            f"в {rm.org}",
            "на 2022-2023 учебный год",
        ),
    ]
    doc = new_doc(False, head)
    body: list[tuple[str, list[str]]] = []
    for s in rm.sections:
        body.append(("merged", [f"{s.num} {s.title}"]))
        for row in s.rows:
            body.append(("row", [row.num, row.text, date_text(row.date), row.resp]))
    add_table(doc, ["№", "Мероприятие", "Срок", "Ответственный"], body, [1.0, 10.0, 3.0, 4.0])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya_karta.docx"
        doc.save(str(src))
        soffice_convert(src, "rtf", folder / "Дорожная_карта_наставничество_ДС41.rtf")
    return write_roadmap_truth(folder, rm)


# =========================================================================== 8. TXT, « | » fields


def build_engels(folder: Path) -> int:
    rm = ENGELS
    lines = [
        "План мероприятий (дорожная карта) по внедрению целевой модели наставничества",
        f"в {rm.org} на 2023-2024 уч. год",
        "",
        "№ | Мероприятие | Срок | Ответственный",
    ]
    for s in rm.sections:
        lines.append(f"{s.num} | {s.title} |  | ")
        for row in s.rows:
            lines.append(f"{row.num} | {row.text} | {date_text(row.date)} | {row.resp}")
    lines += ["", "Старший воспитатель: Белова О.Н."]
    (folder / "dorozhnaya_karta_2023-2024.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return write_roadmap_truth(folder, rm)


BUILDERS: dict[str, tuple[Roadmap, Callable[[Path], int]]] = {
    rm.folder: (rm, fn)
    for rm, fn in (
        (LYCEUM, build_lyceum),
        (KARABUDAKHKENT, build_karabudakhkent),
        (CHEBOKSARY, build_cheboksary),
        (VOSTRETSOVO, build_vostretsovo),
        (CHERNORECHYE, build_chernorechye),
        (GEORGIEVSK, build_georgievsk),
        (KOMSOMOLSK, build_komsomolsk),
        (ENGELS, build_engels),
    )
}


def main() -> None:
    for name, (rm, build) in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        assert 15 <= n <= 36, (name, n)
        nulls = sum(1 for row in all_rows(rm) if row.aid is None)
        files = sorted(p.name for p in folder.iterdir())
        assert len(files) == 2 and "truth.json" in files, files
        print(f"{name}: {n} rows, {nulls} null -> {', '.join(files)}")


if __name__ == "__main__":
    main()
