"""Build the holdout11 roadmaps in data/holdout11/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout11.build

Eight organizations retell the federal list of the target model (2019) in their own words:
a school (DOCX), a gymnasium (phone photo in a PDF), a «центр образования» (XLSX shifted to
column C), two kindergartens (stage-grouped ODT; Google Docs HTML), a college (DOC), a
«школа-интернат» (RTF, flowing table) and a school with a six-column table (PDF).
The rows and their hand labels live in content_a.py / content_b.py.
"""

from __future__ import annotations

import html
import io
import math
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image

from data.build_format_samples import photo_of, render_page
from data.holdout.build import (
    BodyItem,
    HeadPara,
    Row,
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

from . import content_a as A
from . import content_b as B

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- helpers


def _soffice(src: Path, out: Path, target: str) -> None:
    """Convert ``src`` with LibreOffice (``target`` as for --convert-to) and copy the result to ``out``."""
    ext = target.split(":")[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
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
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


def _flat_truth(sections: Sequence[tuple[int | None, str, list[Row]]], y: int) -> list[TruthActivity]:
    return [truth_row(row, stage_id, y) for stage_id, _heading, rows in sections for row in rows]


# =========================================================================== 1. DOCX, Курган


def build_kurgan(folder: Path) -> int:
    head: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор МБОУ «СОШ № 14»", False, "r"),
        ("____________ Н.В. Белоусова", False, "r"),
        ("Приказ № 112-о от 30.08.2023 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        (
            "внедрения целевой модели наставничества в МБОУ «СОШ № 14» г. Кургана на 2023-2024 учебный год",
            True,
            "c",
        ),
        ("", False, None),
        (
            "Формы наставничества, выбранные школой: «ученик – ученик», «учитель – учитель», «учитель – ученик». "
            "Куратор – заместитель директора по УВР.",
            False,
            None,
        ),
    ]
    body: list[BodyItem] = []
    n = 0
    for _stage, heading, rows in A.KURGAN:
        body.append(("section", heading))
        for row in rows:
            n += 1
            body.append(("row", [f"{n}.", row["text"], _text(row["date"]), _text(row["resp"])]))
    tail: list[HeadPara] = [
        ("", False, None),
        ("Зам. директора по УВР ____________ О.С. Лапшина", False, None),
    ]
    write_docx_table(
        folder / "dorozhnaya_karta_nastavnichestvo_2023-2024.docx",
        head,
        ["№", "Мероприятие", "Сроки", "Ответственные"],
        body,
        [1.1, 9.4, 3.0, 4.5],
        tail_paras=tail,
    )
    truth = _flat_truth(A.KURGAN, A.KURGAN_YEAR)
    write_truth(folder, A.KURGAN_ORG, A.KURGAN_YEAR, truth)
    return len(truth)


# =========================================================================== 2. photo PDF, гимназия


def build_yola(folder: Path) -> int:
    head: list[HeadPara] = [
        ("Приложение 1 к приказу от 01.09.2021 № 205", False, "r"),
        ("", False, None),
        ("План мероприятий («дорожная карта»)", True, "c"),
        ("по внедрению целевой модели наставничества", True, "c"),
        ("в МБОУ «Гимназия № 3» г. Йошкар-Олы на 2021/2022 учебный год", True, "c"),
        ("", False, None),
    ]
    body: list[BodyItem] = []
    for i, (_stage, row) in enumerate(A.YOLA, start=1):
        body.append(("row", [str(i), row["text"], _text(row["date"]), _text(row["resp"])]))
    tail: list[HeadPara] = [
        ("", False, None),
        ("Директор гимназии ____________ Е.Н. Пуртова", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "plan_nastavnichestvo.docx"
        pdf = Path(tmp) / "plan_nastavnichestvo.pdf"
        write_docx_table(
            docx,
            head,
            ["№", "Мероприятие", "Срок", "Ответственный"],
            body,
            [1.0, 9.6, 3.4, 4.0],
            tail_paras=tail,
        )
        _soffice_pdf(docx, pdf)
        data = pdf.read_bytes()
    doc = pdfium.PdfDocument(data)
    try:
        pages = len(doc)
    finally:
        doc.close()
    assert pages == 1, f"photo roadmap must fit on one page, got {pages}"
    page = render_page(data, 0, 170)
    photo = photo_of(page, np.random.default_rng(1103))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=82)
    buf.seek(0)
    with Image.open(buf) as jpeg:
        jpeg.save(folder / "IMG_20211004_083512.pdf", "PDF", resolution=170.0)
    truth = [truth_row(row, stage, A.YOLA_YEAR) for stage, row in A.YOLA]
    write_truth(folder, A.YOLA_ORG, A.YOLA_YEAR, truth)
    return len(truth)


# =========================================================================== 3. XLSX, центр образования


def build_tula(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    bold = Font(name="Times New Roman", size=12, bold=True)
    normal = Font(name="Times New Roman", size=11)
    for col, width in {"A": 3.0, "B": 3.0, "C": 24.0, "D": 6.0, "E": 62.0, "F": 17.0, "G": 32.0}.items():
        ws.column_dimensions[col].width = width

    ws["G1"] = "УТВЕРЖДАЮ"
    ws["G2"] = "Директор ______ О.В. Крылова"
    ws["G3"] = "приказ от 30.08.2024 № 214-о"
    for ref in ("G1", "G2", "G3"):
        ws[ref].font = normal
    ws.merge_cells("C5:G5")
    ws["C5"] = (
        "План мероприятий («дорожная карта») по реализации целевой модели наставничества "
        "в МБОУ «Центр образования № 23» г. Тулы на 2024-2025 учебный год"
    )
    ws["C5"].font = bold
    ws["C5"].alignment = center
    ws.row_dimensions[5].height = 36

    headers = ["Этап", "№ п/п", "Мероприятие", "Сроки", "Ответственные"]
    for j, h in enumerate(headers):
        c = ws.cell(row=7, column=3 + j, value=h)
        c.font = bold
        c.alignment = center
        c.border = box

    r = 8
    n = 0
    truth: list[TruthActivity] = []
    for stage, heading, rows in A.TULA:
        first = r
        for row in rows:
            n += 1
            values = [heading if r == first else None, n, row["text"], _text(row["date"]), row["resp"]]
            for j, v in enumerate(values):
                c = ws.cell(row=r, column=3 + j, value=v)
                c.font = normal
                c.alignment = center if j in (1, 3) else wrap
                c.border = box
            lines = max(math.ceil(len(row["text"]) / 58), math.ceil(len(_text(row["resp"])) / 28), 1)
            ws.row_dimensions[r].height = 15.0 * lines + 2
            truth.append(truth_row(row, stage, A.TULA_YEAR))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        top = ws.cell(row=first, column=3)
        top.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        top.font = Font(name="Times New Roman", size=11, bold=True)
    ws.cell(row=r + 2, column=5, value="Зам. директора по УВР ____________ А.И. Фомина").font = normal
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(folder / "ДК_наставничество_ЦО23_2024-2025.xlsx")
    write_truth(folder, A.TULA_ORG, A.TULA_YEAR, truth)
    return len(truth)


# =========================================================================== 4. ODT, детский сад (stage-grouped)


def _lines(text: str, chars: int) -> int:
    return max(1, math.ceil(len(text) / chars))


def build_achinsk(folder: Path) -> int:
    doc = _new_document(landscape=False)
    head: list[HeadPara] = [
        ("ПРИНЯТО", False, None),
        ("на педагогическом совете", False, None),
        ("протокол № 1 от 31.08.2022", False, None),
        ("УТВЕРЖДАЮ", False, "r"),
        ("Заведующий МБДОУ «Детский сад № 17 «Берёзка»»", False, "r"),
        ("___________ Л.Г. Соколова", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        ("внедрения целевой модели наставничества", True, "c"),
        ("в МБДОУ «Детский сад № 17 «Берёзка»» на 2022-2023 учебный год", True, "c"),
        ("", False, None),
    ]
    for text, is_bold, align in head:
        _para(doc, text, bold=is_bold, align=align)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["Этап", "Содержание деятельности", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
    results = {
        1: "Результат: педагоги и родители проинформированы о программе",
        3: "Результат: сформирована база наставников",
        5: "Результат: пары закреплены приказом",
        7: "Результат: подведены итоги, опыт обобщён",
    }
    truth: list[TruthActivity] = []
    for stage, heading, rows in A.ACHINSK:
        content: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for k, row in enumerate(rows, start=1):
            item = f"{stage}.{k}. {row['text']}"
            date = _text(row["date"])
            resp = _text(row["resp"])
            need = max(_lines(item, 44), _lines(date, 12), _lines(resp, 18))
            content += [item] + [""] * (need - _lines(item, 44))
            dates += [date] + [""] * (need - _lines(date, 12))
            resps += [resp] + [""] * (need - _lines(resp, 18))
            truth.append(truth_row(row, stage, A.ACHINSK_YEAR))
        cells = table.add_row().cells
        stage_text = f"{stage}. {heading}"
        if stage in results:
            stage_text += "\n" + results[stage]
        _set_cell(cells[0], stage_text)
        cells[0].paragraphs[0].runs[0].bold = True
        _set_cell(cells[1], "\n".join(content))
        _set_cell(cells[2], "\n".join(dates))
        _set_cell(cells[3], "\n".join(resps))
    _widths(table, [3.6, 8.2, 2.5, 3.7])
    for row_ in table.rows:
        for cell in row_.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)
                for run in p.runs:
                    run.font.size = Pt(11)
    _para(doc, "")
    _para(doc, "Старший воспитатель ___________ Н.А. Кравец")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Дорожная карта наставничество 2022-2023.docx"
        doc.save(str(src))
        _soffice(src, folder / "Дорожная карта наставничество 2022-2023.odt", "odt")
    write_truth(folder, A.ACHINSK_ORG, A.ACHINSK_YEAR, truth)
    return len(truth)


# =========================================================================== 5. HTML (Google Docs), детский сад

GDOCS_STYLE = (
    "@import url('https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFVOn3qVlopmfD8');"
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c3{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:33.8pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c8{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:262.5pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c14{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:78pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c16{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:112.5pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c19{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;"
    "background-color:#d9e2f3;width:486.8pt;border-top-color:#000000;border-bottom-style:solid}"
    ".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;"
    'font-family:"Times New Roman";font-style:normal}'
    ".c5{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:12pt;"
    'font-family:"Times New Roman";font-style:normal}'
    '.c11{font-size:12pt;font-family:"Times New Roman";font-style:italic;font-weight:400}'
    ".c1{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left;height:11pt}"
    ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left}"
    ".c4{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:center}"
    ".c6{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:right}"
    ".c7{border-spacing:0;border-collapse:collapse;margin-right:auto}"
    ".c9{height:0pt}.c12{background-color:#ffffff;max-width:496.1pt;padding:42.5pt 42.5pt 42.5pt 56.7pt}"
    ".title{padding-top:24pt;color:#000000;font-weight:700;font-size:36pt;padding-bottom:6pt;"
    'font-family:"Arial";line-height:1.0;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
)


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def _gp(cls: str, spans: Sequence[tuple[str, str]]) -> str:
    inner = "".join(f'<span class="{c}">{_esc(t)}</span>' for c, t in spans)
    return f'<p class="{cls}">{inner}</p>'


def _gtd(cls: str, paras: Sequence[str], colspan: int = 1) -> str:
    return f'<td class="{cls}" colspan="{colspan}" rowspan="1">{"".join(paras)}</td>'


def _spans_of(text: str) -> list[tuple[str, str]]:
    """Google Docs cuts a run where the formatting history changed: split at a quoted name."""
    if "«" in text and not text.startswith("«"):
        i = text.index("«")
        return [("c0", text[:i]), ("c0", text[i:])]
    return [("c0", text)]


def build_biysk(folder: Path) -> int:
    parts: list[str] = [
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
        f'<style type="text/css">{GDOCS_STYLE}</style></head><body class="c12 doc-content">',
        _gp("c6", [("c0", "УТВЕРЖДАЮ")]),
        _gp("c6", [("c0", "Заведующий МБДОУ «Детский сад № 9 «Теремок»»")]),
        _gp("c6", [("c0", "_________ И.В. Старцева")]),
        _gp("c6", [("c0", "Приказ от 29.08.2025 № 64")]),
        _gp("c1", [("c0", "\u00a0")]),
        '<p class="c4"><a id="id.gjdgxs"></a><span class="c5">ДОРОЖНАЯ КАРТА</span></p>',
        _gp("c4", [("c5", "внедрения целевой модели наставничества в ")]),
        _gp("c4", [("c5", "МБДОУ «Детский сад № 9 «Теремок»» г. Бийска на 2025-2026 учебный год")]),
        _gp("c1", [("c0", "")]),
        _gp(
            "c2",
            [
                ("c11", "Форма наставничества: "),
                ("c0", "«педагог – педагог» (опытный воспитатель – молодой специалист)."),
            ],
        ),
        _gp("c1", [("c0", "")]),
        '<table class="c7"><tr class="c9">',
        _gtd("c3", [_gp("c4", [("c5", "№\u00a0п/п")])]),
        _gtd("c8", [_gp("c4", [("c5", "Мероприятия")])]),
        _gtd("c14", [_gp("c4", [("c5", "Срок")])]),
        _gtd("c16", [_gp("c4", [("c5", "Ответственный")])]),
        "</tr>",
    ]
    truth: list[TruthActivity] = []
    for si, (stage, heading, rows) in enumerate(B.BIYSK):
        parts.append('<tr class="c9">')
        parts.append(_gtd("c19", [_gp("c4", [("c5", heading)])], colspan=4))
        parts.append("</tr>")
        for k, row in enumerate(rows, start=1):
            num = f"{k}."
            resp = _text(row["resp"])
            text_paras = [_gp("c2", _spans_of(row["text"]))]
            if k == 1 and si == 0:
                text_paras.append(_gp("c1", [("c0", "")]))
            parts.append('<tr class="c9">')
            parts.append(_gtd("c3", [_gp("c4", [("c0", num)])]))
            parts.append(_gtd("c8", text_paras))
            parts.append(_gtd("c14", [_gp("c4", [("c0", _text(row["date"]))])]))
            parts.append(_gtd("c16", [_gp("c2", [("c0", resp)])]))
            parts.append("</tr>")
            truth.append(truth_row(row, stage, B.BIYSK_YEAR))
    parts += [
        "</table>",
        _gp("c1", [("c0", "")]),
        _gp("c2", [("c0", "Старший воспитатель\u00a0\u00a0\u00a0\u00a0\u00a0 _________ О.П. Мельникова")]),
        _gp("c1", [("c0", "")]),
        "</body></html>",
    ]
    (folder / "ДорожнаякартанаставничествоТеремок.html").write_text("".join(parts), encoding="utf-8")
    write_truth(folder, B.BIYSK_ORG, B.BIYSK_YEAR, truth)
    return len(truth)


# =========================================================================== 6. DOC, колледж


def build_kamensk(folder: Path) -> int:
    head: list[HeadPara] = [
        ("Приложение № 2", False, "r"),
        ("к приказу ГБПОУ «Каменский педагогический колледж»", False, "r"),
        ("от 31.08.2020 № 145-од", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        (
            "реализации целевой модели наставничества в ГБПОУ «Каменский педагогический колледж» "
            "на 2020-2021 учебный год",
            True,
            "c",
        ),
        ("", False, None),
    ]
    body: list[BodyItem] = []
    for stage, heading, rows in B.KAMENSK:
        body.append(("section", f"{stage}. {heading}"))
        for k, row in enumerate(rows, start=1):
            body.append(("row", [f"{stage}.{k}", row["text"], _text(row["date"]), _text(row["resp"])]))
    tail: list[HeadPara] = [
        ("", False, None),
        ("Зам. директора по УР ____________ Т.А. Гордеева", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "ДК наставничество колледж.docx"
        odt = Path(tmp) / "ДК наставничество колледж.odt"
        write_docx_table(
            docx,
            head,
            ["№ п/п", "Содержание мероприятия", "Срок исполнения", "Ответственные исполнители"],
            body,
            [1.3, 9.0, 3.0, 4.7],
            tail_paras=tail,
        )
        _soffice(docx, odt, "odt")
        _soffice(odt, folder / "ДК наставничество колледж.doc", "doc:MS Word 97")
    truth = _flat_truth(B.KAMENSK, B.KAMENSK_YEAR)
    write_truth(folder, B.KAMENSK_ORG, B.KAMENSK_YEAR, truth)
    return len(truth)


# =========================================================================== 7. RTF, школа-интернат


def build_irkutsk(folder: Path) -> int:
    head: list[HeadPara] = [
        ("Рассмотрено на заседании методического совета, протокол № 1 от 28.08.2024", False, None),
        ("УТВЕРЖДЕНО приказом директора от 30.08.2024 № 01-10/118", False, "r"),
        ("", False, None),
        ("План мероприятий (дорожная карта)", True, "c"),
        ("по реализации программы наставничества", True, "c"),
        ("ГОКУ «Школа-интернат № 3» г. Иркутска", True, "c"),
        ("2024-2025 учебный год", True, "c"),
        ("", False, None),
    ]
    body: list[BodyItem] = []
    for i, (_stage, row) in enumerate(B.IRKUTSK, start=1):
        body.append(("row", [f"{i}.", row["text"], _text(row["date"]), _text(row["resp"])]))
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "plan_nastavnichestva_2024_2025.docx"
        write_docx_table(
            docx,
            head,
            ["№", "Наименование мероприятия", "Сроки проведения", "Ответственный"],
            body,
            [1.0, 9.5, 3.5, 4.0],
        )
        _soffice(docx, folder / "plan_nastavnichestva_2024_2025.rtf", "rtf")
    truth = [truth_row(row, stage, B.IRKUTSK_YEAR) for stage, row in B.IRKUTSK]
    write_truth(folder, B.IRKUTSK_ORG, B.IRKUTSK_YEAR, truth)
    return len(truth)


# =========================================================================== 8. PDF, 6 columns


def build_ishim(folder: Path) -> int:
    head: list[HeadPara] = [
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор МАОУ «СОШ № 2» г. Ишима", False, "r"),
        ("_________ С.В. Шевчук", False, "r"),
        ("«31» августа 2022 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта реализации целевой модели наставничества", True, "c"),
        ("в МАОУ «СОШ № 2» г. Ишима на 2022-2023 учебный год", True, "c"),
        ("", False, None),
    ]
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    for stage, heading, rows in B.ISHIM:
        body.append(("section", heading))
        for k, (row, who, result) in enumerate(rows, start=1):
            body.append(
                ("row", [f"{stage}.{k}", row["text"], _text(row["date"]), _text(row["resp"]), who, result])
            )
            truth.append(truth_row(row, stage, B.ISHIM_YEAR))
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "Дорожная_карта_СОШ2_2022-2023.docx"
        write_docx_table(
            docx,
            head,
            ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Участники", "Результат"],
            body,
            [1.3, 9.0, 3.0, 4.6, 4.3, 4.4],
            landscape=True,
        )
        _soffice_pdf(docx, folder / "Дорожная_карта_СОШ2_2022-2023.pdf")
    write_truth(folder, B.ISHIM_ORG, B.ISHIM_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "kurgan_sosh14_docx": build_kurgan,
    "yola_gymn3_photo_pdf": build_yola,
    "tula_co23_xlsx": build_tula,
    "achinsk_ds17_odt": build_achinsk,
    "biysk_ds9_gdocs_html": build_biysk,
    "kamensk_college_doc": build_kamensk,
    "irkutsk_internat3_rtf": build_irkutsk,
    "ishim_sosh2_6col_pdf": build_ishim,
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
