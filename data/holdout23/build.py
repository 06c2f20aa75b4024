"""Build the holdout23 roadmaps in data/holdout23/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout23.build

Eight roadmaps of eight organizations, each written the way a different deputy director would
retell the federal list.  The texts and hand labels live in content_a.py / content_b.py; this
module only renders them (docx, pdf, jpg photo, png scan, xlsx, doc) and writes truth.json.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    Row,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    truth_row,
    write_truth,
)
from data.holdout23.common import ROLE_CODES, Roadmap
from data.holdout23.content_a import LYSVA, MINUSINSK, MURMANSK, OBNINSK
from data.holdout23.content_b import BELOVO, GOROKHOVKA, KUSHCHEVSKAYA, NOYABRSK

HERE = Path(__file__).resolve().parent

# (text, bold, align) of a paragraph above or below a table.
Para = tuple[str, bool, str | None]
# A body line of a simple table: a full-width section heading or a row of cells.
Body = list[tuple[str, list[str]]]


# --------------------------------------------------------------------------- truth


def truth_of(rm: Roadmap) -> list[TruthActivity]:
    """All rows of the roadmap in reading order, labelled with the stage of their section."""
    out: list[TruthActivity] = []
    for stage_id, _heading, rows in rm.sections:
        for row in rows:
            assert row["roles"] is not None and set(row["roles"]) <= ROLE_CODES, row
            if row["aid"] is not None and stage_id is not None:
                assert row["aid"].split(".")[0] == str(stage_id), row
            out.append(truth_row(row, stage_id, rm.year))
    assert 15 <= len(out) <= 35, (rm.folder, len(out))
    return out


def fresh(rm: Roadmap) -> Path:
    folder = HERE / rm.folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def cell_text(row: Row) -> str:
    value = row["date"]
    assert isinstance(value, str), row
    return value


def resp_text(row: Row) -> str:
    return row["resp"] or ""


# --------------------------------------------------------------------------- docx / office helpers


def head_paras(lines: Sequence[str], n_right: int) -> list[Para]:
    """The first n_right lines right-aligned (approval stamp), the rest a bold centred title."""
    out: list[Para] = [(t, False, "r") for t in lines[:n_right]]
    out += [(t, True, "c") for t in lines[n_right:]]
    return out


def docx_table(
    path: Path,
    head: Sequence[Para],
    headers: Sequence[str],
    body: Body,
    widths: Sequence[float],
    landscape: bool = False,
    font_size: float = 11,
    colnum_row: bool = False,
    tail: Sequence[Para] = (),
) -> None:
    """A ruled table; body lines are ("section", [heading]) spanning the row or ("row", cells)."""
    doc = _new_document(landscape)
    style = doc.styles["Normal"]
    assert isinstance(style, ParagraphStyle)
    style.font.size = Pt(font_size)
    for text, bold, align in head:
        _para(doc, text, bold=bold, align="c" if align == "c" else "r" if align == "r" else None)
    n = len(headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    if colnum_row:
        nums = table.add_row()
        for i in range(n):
            _set_cell(nums.cells[i], str(i + 1))
    for kind, cells in body:
        tr = table.add_row()
        if kind == "section":
            merged = tr.cells[0].merge(tr.cells[n - 1])
            _set_cell(merged, cells[0], bold=True)
        elif kind == "numbered_section":
            _set_cell(tr.cells[0], cells[0], bold=True)
            merged = tr.cells[1].merge(tr.cells[n - 1])
            _set_cell(merged, cells[1], bold=True)
        else:
            for i, val in enumerate(cells):
                _set_cell(tr.cells[i], val)
    _widths(table, widths)
    for text, bold, align in tail:
        _para(doc, text, bold=bold, align="c" if align == "c" else "r" if align == "r" else None)
    doc.save(str(path))


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """LibreOffice conversion of src to the --convert-to target, copied to out."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p / "out"),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        produced = list((tmp_p / "out").iterdir())
        assert len(produced) == 1, produced
        shutil.copyfile(produced[0], out)


def pdf_pages(pdf: Path) -> int:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


# --------------------------------------------------------------------------- 1. Минусинск: docx


def build_minusinsk(folder: Path) -> None:
    rm = MINUSINSK
    head = head_paras(rm.head, 4)
    body: Body = []
    for s_idx, (_sid, heading, rows) in enumerate(rm.sections, start=1):
        body.append(("numbered_section", [f"{s_idx}.", heading]))
        for r_idx, row in enumerate(rows, start=1):
            body.append(("row", [f"{s_idx}.{r_idx}", row["text"], cell_text(row), resp_text(row)]))
    docx_table(
        folder / "dorozhnaya_karta_nastavnichestvo_2021-2022.docx",
        head,
        ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
        body,
        [1.4, 9.6, 3.0, 4.0],
    )


# --------------------------------------------------------------------------- 2. Мурманск: docx, merged stage column


def build_murmansk(folder: Path) -> None:
    rm = MURMANSK
    doc = _new_document(landscape=False)
    for text in rm.head[:2]:
        _para(doc, text, align="r", size=10)
    for text in rm.head[2:]:
        _para(doc, text, bold=True, align="c")
    headers = ["Этап", "№ п/п", "Содержание работы", "Сроки", "Ответственные"]
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    num = 0
    for _sid, heading, rows in rm.sections:
        first = len(table.rows)
        for row in rows:
            num += 1
            tr = table.add_row()
            _set_cell(tr.cells[1], f"{num}.")
            _set_cell(tr.cells[2], row["text"])
            _set_cell(tr.cells[3], cell_text(row))
            _set_cell(tr.cells[4], resp_text(row))
        top = table.rows[first].cells[0]
        merged = top.merge(table.rows[len(table.rows) - 1].cells[0]) if len(rows) > 1 else top
        _set_cell(merged, heading, bold=True)
    _widths(table, [3.4, 1.1, 7.6, 2.6, 3.3])
    _para(doc, "")
    _para(doc, "Куратор ЦМН ____________ Е.А. Ляшенко")
    doc.save(str(folder / "ДК_наставничество_Гимназия8_2023-2024.docx"))


# --------------------------------------------------------------------------- 3. Обнинск: portrait pdf


def build_obninsk(folder: Path) -> None:
    rm = OBNINSK
    head = head_paras(rm.head, 1)
    body: Body = []
    num = 0
    for _sid, heading, rows in rm.sections:
        body.append(("section", [heading]))
        for row in rows:
            num += 1
            body.append(("row", [str(num), row["text"], cell_text(row), resp_text(row)]))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap_ds34.docx"
        docx_table(
            src,
            head,
            ["№", "Мероприятие", "Сроки", "Ответственный"],
            body,
            [1.0, 9.8, 3.4, 3.8],
            tail=[("", False, None), ("Заведующий МАДОУ № 34 ____________ Т.Ю. Гребнева", False, None)],
        )
        _soffice_pdf(src, folder / "roadmap_ds34.pdf")


# --------------------------------------------------------------------------- 4. Лысьва: landscape pdf, 6 columns


def build_lysva(folder: Path) -> None:
    rm = LYSVA
    head = head_paras(rm.head, 1)
    body: Body = []
    for s_idx, (_sid, heading, rows) in enumerate(rm.sections, start=1):
        body.append(("section", [heading]))
        for r_idx, row in enumerate(rows, start=1):
            result, participants = row["note"].split("|")
            cells = [f"{s_idx}.{r_idx}", row["text"], participants, cell_text(row), resp_text(row), result]
            body.append(("row", cells))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ДК_наставничество_ЛПК_2025-2026.docx"
        docx_table(
            src,
            head,
            ["№ п/п", "Мероприятие", "Участники", "Сроки", "Ответственные", "Результат (вид документа)"],
            body,
            [1.3, 9.0, 4.2, 3.3, 4.6, 4.2],
            landscape=True,
            font_size=10.5,
            colnum_row=True,
        )
        _soffice_pdf(src, folder / "ДК_наставничество_ЛПК_2025-2026.pdf")


# --------------------------------------------------------------------------- 5. Белово: phone photo of one page


def one_page_pdf(rm: Roadmap, tmp: Path, make_docx: Callable[[Path], None]) -> bytes:
    src = tmp / f"{rm.folder}.docx"
    make_docx(src)
    pdf = tmp / f"{rm.folder}.pdf"
    _soffice_pdf(src, pdf)
    assert pdf_pages(pdf) == 1, rm.folder
    return pdf.read_bytes()


def build_belovo(folder: Path) -> None:
    rm = BELOVO

    def make(src: Path) -> None:
        head = head_paras(rm.head, 1)
        body: Body = []
        for _sid, heading, rows in rm.sections:
            body.append(("section", [heading]))
            for row in rows:
                body.append(("row", [row["text"], cell_text(row), resp_text(row)]))
        docx_table(src, head, ["Мероприятие", "Сроки", "Ответственные"], body, [10.8, 3.0, 4.2], font_size=11)

    with tempfile.TemporaryDirectory() as tmp:
        pdf = one_page_pdf(rm, Path(tmp), make)
    page = render_page(pdf, 0, dpi=170)
    photo = photo_of(page, np.random.default_rng(2338))
    photo.save(folder / "IMG_20220914_101522.jpg", quality=84)


# --------------------------------------------------------------------------- 6. Гороховка: grey scan of one page


def build_gorokhovka(folder: Path) -> None:
    rm = GOROKHOVKA

    def make(src: Path) -> None:
        head = head_paras(rm.head, 1)
        body: Body = []
        num = 0
        for _sid, heading, rows in rm.sections:
            assert heading == ""
            for row in rows:
                num += 1
                body.append(("row", [f"{num}.", row["text"], cell_text(row), resp_text(row)]))
        docx_table(
            src,
            head,
            ["№ п/п", "Мероприятия", "Сроки", "Ответственные"],
            body,
            [1.3, 9.7, 3.4, 3.6],
            font_size=11.5,
            tail=[("", False, None), ("Директор школы ____________ В.Н. Гусев", False, None)],
        )

    with tempfile.TemporaryDirectory() as tmp:
        pdf = one_page_pdf(rm, Path(tmp), make)
    page = render_page(pdf, 0, dpi=200)
    scan = scan_page(page, np.random.default_rng(2361))
    scan.save(folder / "scan_dk_2020.png")


# --------------------------------------------------------------------------- 7. Ноябрьск: xlsx


def build_noyabrsk(folder: Path) -> None:
    rm = NOYABRSK
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ncol = 5
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, rm.head[0]).font = Font(bold=True, size=12)
    ws.cell(1, 1).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 48
    headers = ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный", "Отметка о выполнении"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(2, c, h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = border
    r = 3
    for s_idx, (_sid, heading, rows) in enumerate(rm.sections, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, heading).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = border
        r += 1
        for r_idx, row in enumerate(rows, start=1):
            values: list[str | dt.datetime] = [
                f"{s_idx}.{r_idx}",
                row["text"],
                row["date"],
                resp_text(row),
                "",
            ]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
                cell.border = border
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            ws.row_dimensions[r].height = 15 * max(1, len(row["text"]) // 55 + 1)
            r += 1
    for letter, width in zip("ABCDE", [7, 62, 16, 30, 14], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(folder / "ДК_ЦМН_СОШ10_2024-2025.xlsx")


# --------------------------------------------------------------------------- 8. Кущёвская: doc (docx -> odt -> doc)


def build_kushchevskaya(folder: Path) -> None:
    rm = KUSHCHEVSKAYA
    head = head_paras(rm.head, 1)
    body: Body = []
    num = 0
    for _sid, heading, rows in rm.sections:
        body.append(("section", [heading]))
        for row in rows:
            num += 1
            body.append(("row", [f"{num}.", row["text"], cell_text(row), resp_text(row), ""]))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo.docx"
        docx_table(
            src,
            head,
            ["№ п/п", "Содержание мероприятия", "Сроки", "Ответственные", "Отметка о выполнении"],
            body,
            [1.2, 7.3, 3.1, 3.8, 2.6],
            font_size=12,
        )
        odt = Path(tmp) / "plan_nastavnichestvo.odt"
        soffice_convert(src, "odt", odt)
        soffice_convert(odt, "doc:MS Word 97", folder / "plan_nastavnichestvo.doc")


# --------------------------------------------------------------------------- main

BUILDERS: list[tuple[Roadmap, Callable[[Path], None]]] = [
    (MINUSINSK, build_minusinsk),
    (MURMANSK, build_murmansk),
    (OBNINSK, build_obninsk),
    (LYSVA, build_lysva),
    (BELOVO, build_belovo),
    (GOROKHOVKA, build_gorokhovka),
    (NOYABRSK, build_noyabrsk),
    (KUSHCHEVSKAYA, build_kushchevskaya),
]


def main() -> None:
    for rm, build in BUILDERS:
        folder = fresh(rm)
        build(folder)
        activities = truth_of(rm)
        write_truth(folder, rm.org, rm.year, activities)
        nulls = sum(a["activity_id"] is None for a in activities)
        print(f"{rm.folder}: {len(activities)} rows, {nulls} null")


if __name__ == "__main__":
    main()
