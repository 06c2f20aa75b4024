"""Build the holdout19 roadmaps (legacy and export formats) in data/holdout19/<name>/.

Run from /work/main: .venv/bin/python -m data.holdout19.build

Eight roadmaps of eight organizations, each written the way its own deputy director would:
ODT, RTF, DOC (DOCX -> ODT -> DOC), XLS (XLSX -> xls), ODS, HTML saved from Word, TXT
(pdftotext -layout of a PDF made from DOCX) and a DOCX of paragraphs (no table). Each folder
holds exactly one input file and truth.json; labels live next to the printed text in
content_a.py / content_b.py.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.holdout19 import content_a as ca
from data.holdout19 import content_b as cb
from data.holdout19.core import Item, Section, soffice_convert, truth_activities, write_truth

HERE = Path(__file__).resolve().parent

Align = Literal["c", "r", "j"] | None


# --------------------------------------------------------------------------- docx helpers


def _new_document(landscape: bool, size: float = 12) -> DocxDocument:
    doc = Document()
    doc.core_properties.author = "Пользователь"
    doc.core_properties.comments = ""
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


def _para(
    doc: DocxDocument, text: str, bold: bool = False, align: Align = None, size: float | None = None
) -> Paragraph:
    p = doc.add_paragraph()
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


def _set_cell(cell: _Cell, text: str, bold: bool = False, align: Align = None) -> None:
    """Cell text; '\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def _add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def _grid_table(doc: DocxDocument, headers: Sequence[str]) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = _add_row(table)
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True, align="c")
    return table


def _span_row(table: Table, text: str, first: int = 0, lead: str = "") -> None:
    """A stage row: optional lead cell (e.g. the stage number), the rest merged."""
    row = _add_row(table)
    n = len(row.cells)
    if lead:
        _set_cell(row.cells[0], lead, bold=True)
    merged = row.cells[first].merge(row.cells[n - 1])
    _set_cell(merged, text, bold=True, align="c")


# =========================================================================== A: ODT


def build_a(folder: Path) -> list[Section]:
    """Merged stage column: the stage cell runs down beside its rows."""
    doc = _new_document(landscape=True)
    for line in ca.A_HEAD:
        _para(doc, line, align="r")
    _para(doc, "")
    _para(doc, ca.A_TITLE, bold=True, align="c", size=14)
    _para(doc, "")
    table = _grid_table(doc, ["№ п/п", "Этап", "Мероприятие", "Срок", "Ответственный"])
    n = 0
    for sec in ca.A_SECTIONS:
        first_row = None
        last_row = None
        for item in sec.items:
            n += 1
            row = _add_row(table)
            _set_cell(row.cells[0], f"{n}.")
            _set_cell(row.cells[2], item.text)
            _set_cell(row.cells[3], item.date)
            _set_cell(row.cells[4], item.resp)
            first_row = first_row or row
            last_row = row
        assert first_row is not None and last_row is not None
        merged = first_row.cells[1].merge(last_row.cells[1])
        _set_cell(merged, f"{sec.stage}. {sec.heading}", bold=True)
    _widths(table, [1.3, 4.5, 11.0, 3.5, 5.5])
    _para(doc, "")
    _para(doc, "Зам. директора по УВР ____________ Л.П. Сорокина")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya_karta_2021-2022.docx"
        doc.save(str(src))
        soffice_convert(src, "odt", folder / "dorozhnaya_karta_nastavnichestvo_2021-2022.odt")
    return ca.A_SECTIONS


# =========================================================================== B: RTF


def build_b(folder: Path) -> list[Section]:
    """Kindergarten: Сроки first, a Результат column, stage rows spanning the table."""
    doc = _new_document(landscape=False, size=11)
    for line in ca.B_HEAD:
        _para(doc, line, align="r")
    _para(doc, "")
    _para(doc, ca.B_TITLE, bold=True, align="c", size=13)
    _para(doc, ca.B_SUBTITLE, align="c")
    _para(doc, "")
    table = _grid_table(doc, ["Сроки", "Содержание работы", "Ответственные", "Результат"])
    for sec in ca.B_SECTIONS:
        _span_row(table, sec.heading)
        for item in sec.items:
            row = _add_row(table)
            _set_cell(row.cells[0], item.date)
            _set_cell(row.cells[1], item.text)
            _set_cell(row.cells[2], item.resp)
            _set_cell(row.cells[3], item.result)
    _widths(table, [2.8, 8.0, 3.8, 3.2])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo_ds8.docx"
        doc.save(str(src))
        soffice_convert(src, "rtf", folder / "plan_nastavnichestvo_ds8.rtf")
    return ca.B_SECTIONS


# =========================================================================== C: DOC


def _lines(text: str, width_chars: int) -> int:
    """How many lines ``text`` takes in a column about ``width_chars`` characters wide."""
    return max(1, len(textwrap.wrap(text, width_chars, break_on_hyphens=False)))


def build_c(folder: Path) -> list[Section]:
    """Stage-grouped: one row per stage, numbered sub-items, dates on aligned lines."""
    doc = _new_document(landscape=True, size=11)
    for line in ca.C_HEAD:
        _para(doc, line, align="c")
    _para(doc, "")
    _para(doc, ca.C_TITLE, bold=True, align="c", size=13)
    _para(doc, "")
    table = _grid_table(doc, ["№", "Этап", "Содержание деятельности", "Сроки", "Ответственные"])
    content_w, date_w, resp_w = 64, 17, 24  # characters per line in those columns
    for sec in ca.C_SECTIONS:
        assert sec.stage is not None
        row = _add_row(table)
        _set_cell(row.cells[0], f"{sec.stage}.")
        _set_cell(row.cells[1], f"{sec.heading}\n{sec.note}")
        row.cells[1].paragraphs[0].runs[0].bold = True
        content: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        shared = ca.C_SHARED_RESP.get(sec.stage)
        for i, item in enumerate(sec.items, start=1):
            sub = f"{i}. {item.text}"
            own = [_lines(sub, content_w), _lines(item.date, date_w)]
            if shared is None:
                own.append(_lines(item.resp, resp_w))
            height = max(own)
            content += [sub] + [""] * (height - own[0])
            dates += [item.date] + [""] * (height - own[1])
            if shared is None:
                resps += [item.resp] + [""] * (height - own[2])
        _set_cell(row.cells[2], "\n".join(content))
        _set_cell(row.cells[3], "\n".join(dates).rstrip("\n"))
        _set_cell(row.cells[4], shared if shared is not None else "\n".join(resps).rstrip("\n"))
    _widths(table, [1.0, 5.5, 12.0, 3.6, 4.9])
    _para(doc, "")
    _para(doc, "Методист ____________ Н.В. Канева")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        src = tmp_p / "DK_nastavnichestvo_SKSiS.docx"
        doc.save(str(src))
        odt = tmp_p / "DK_nastavnichestvo_SKSiS.odt"
        soffice_convert(src, "odt", odt)
        soffice_convert(odt, "doc:MS Word 97", folder / "DK_nastavnichestvo_SKSiS.doc")
    return ca.C_SECTIONS


# =========================================================================== D: XLS

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


def build_d(folder: Path) -> list[Section]:
    """Authored in Excel: merged title, merged stage rows, a «Результат» column."""
    wb = Workbook()
    wb.properties.creator = "Завуч"
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    ws.merge_cells("A1:E1")
    ws["A1"] = ca.D_HEAD
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:E2")
    ws["A2"] = ca.D_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 36
    headers = ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Результат (вид документа)"]
    r = 4
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BOX
    n = 0
    for sec in ca.D_SECTIONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=sec.heading)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = _BOX
        for item in sec.items:
            r += 1
            n += 1
            values: list[str | int] = [n, item.text, item.date, item.resp, item.result]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = _WRAP
                cell.border = _BOX
    r += 2
    ws.cell(row=r, column=2, value="Куратор ЦМН ____________ Т.А. Шульц")
    for col, w in zip("ABCDE", [6, 60, 16, 28, 24], strict=True):
        ws.column_dimensions[col].width = w
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ДК наставничество 2025-2026.xlsx"
        wb.save(str(src))
        soffice_convert(src, "xls:MS Excel 97", folder / "ДК наставничество 2025-2026.xls")
    return ca.D_SECTIONS


# =========================================================================== E: ODS


def build_e(folder: Path) -> list[Section]:
    """A flat numbered list without stage headings; Ответственные before Сроки."""
    wb = Workbook()
    wb.properties.creator = "Завуч"
    ws = wb.active
    assert ws is not None
    ws.title = "План-график"
    ws["A1"] = "Утверждаю: директор ГКОУ «Специальная (коррекционная) школа-интернат № 2»"
    ws["A2"] = "_____________ С.В. Мирошниченко     «31» августа 2022 г."
    ws.merge_cells("A4:E4")
    ws["A4"] = cb.E_TITLE
    ws["A4"].font = Font(bold=True)
    ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 48
    headers = ["№", "Мероприятие", "Ответственные", "Сроки", "Отметка о выполнении"]
    r = 6
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = _BOX
    n = 0
    for sec in cb.E_SECTIONS:
        for item in sec.items:
            r += 1
            n += 1
            values: list[str | int] = [n, item.text, item.resp, item.date, ""]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = _WRAP
                cell.border = _BOX
    for col, w in zip("ABCDE", [5, 62, 26, 14, 14], strict=True):
        ws.column_dimensions[col].width = w
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan-grafik_CMN_2022-2023.xlsx"
        wb.save(str(src))
        soffice_convert(src, "ods", folder / "plan-grafik_CMN_2022-2023.ods")
    return cb.E_SECTIONS


# =========================================================================== F: HTML (Word)

_F_SPELL = ("ИГЭУ", "ИвГУ", "НМР", "НМС", "Ментори")


def _word_text(text: str) -> str:
    """Escape, mark Word's «spelling errors», and wrap the source like Word does."""
    out = html.escape(text, quote=False)
    for word in _F_SPELL:
        out = out.replace(word, f"<span class=SpellE>{word}</span>")
    out = out.replace(" г.", "&nbsp;г.")
    return "\n".join(textwrap.wrap(out, 74, break_long_words=False, break_on_hyphens=False))


def _word_p(text: str, bold: bool = False, center: bool = False) -> str:
    align = " align=center style='text-align:center'" if center else ""
    body = _word_text(text) if text else "&nbsp;"
    if bold:
        body = f"<b>{body}</b>"
    return (
        f"<p class=MsoNormal{align}><span style='font-size:12.0pt;mso-bidi-font-size:11.0pt'>"
        f"{body}<o:p></o:p></span></p>"
    )


def _word_td(text: str, width: int, bold: bool = False, center: bool = False, colspan: int = 0) -> str:
    span = f" colspan={colspan}" if colspan else ""
    return (
        f"  <td width={width}{span} valign=top style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
        f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  {_word_p(text, bold, center)}\n  </td>\n"
    )


def build_f(folder: Path) -> None:
    """Saved from Word as a filtered web page (windows-1251) and put on the lyceum's site."""
    widths = [38, 290, 100, 140, 130]
    parts: list[str] = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
        'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
        'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
        "<meta name=ProgId content=Word.Document>\n"
        '<meta name=Generator content="Microsoft Word 12">\n'
        '<meta name=Originator content="Microsoft Word 12">\n'
        "<title>Дорожная карта наставничество</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Зам.директора</o:Author>\n"
        "  <o:Created>2020-01-17T08:41:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:"Times New Roman";}\n'
        'span.SpellE {mso-style-name:"";mso-spl-e:yes;}\n'
        "@page Section1 {size:841.9pt 595.3pt;mso-page-orientation:landscape;}\n"
        "div.Section1 {page:Section1;}\n-->\n</style>\n</head>\n\n"
        "<body lang=RU style='tab-interval:35.4pt'>\n\n<div class=Section1>\n\n",
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:12.0pt'>"
        "Утверждено приказом<o:p></o:p></span></p>\n",
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:12.0pt'>"
        "от 20.01.2020 № 14/1-од<o:p></o:p></span></p>\n",
        _word_p("") + "\n",
        _word_p(cb.F_TITLE, bold=True, center=True) + "\n",
        _word_p("") + "\n\n",
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        " mso-yfti-tbllook:480;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n",
    ]
    headers = [
        "№ п/п",
        "Содержание работы",
        "Срок исполнения",
        "Ответственные исполнители",
        "Планируемый результат",
    ]
    irow = 0
    parts.append(f" <tr style='mso-yfti-irow:{irow};mso-yfti-firstrow:yes'>\n")
    parts += [_word_td(h, w, bold=True, center=True) for h, w in zip(headers, widths, strict=True)]
    parts.append(" </tr>\n")
    n = 0
    for sec in cb.F_SECTIONS:
        irow += 1
        parts.append(f" <tr style='mso-yfti-irow:{irow}'>\n")
        parts.append(_word_td(sec.heading, sum(widths), bold=True, center=True, colspan=5))
        parts.append(" </tr>\n")
        for item in sec.items:
            n += 1
            irow += 1
            parts.append(f" <tr style='mso-yfti-irow:{irow}'>\n")
            cells = [f"{n}.", item.text, item.date, item.resp, item.result]
            parts += [_word_td(c, w) for c, w in zip(cells, widths, strict=True)]
            parts.append(" </tr>\n")
    parts.append("</table>\n\n")
    parts.append(_word_p("") + "\n")
    parts.append(_word_p("Зам. директора по НМР ____________ И.А. Ларионова") + "\n\n")
    parts.append("</div>\n\n</body>\n\n</html>\n")
    text = "".join(parts).replace("\n", "\r\n")
    (folder / "dorozhnaya_karta_nastavnichestvo.htm").write_bytes(text.encode("cp1251"))


# =========================================================================== G: TXT


def build_g(folder: Path) -> list[Section]:
    """A DOCX table printed to PDF, then exported with ``pdftotext -layout``."""
    doc = _new_document(landscape=False, size=12)
    for line in cb.G_HEAD:
        _para(doc, line, align="r")
    _para(doc, "")
    _para(doc, cb.G_TITLE, bold=True, align="c")
    _para(doc, "")
    table = _grid_table(doc, ["№", "Мероприятие", "Сроки", "Ответственные"])
    nr = _add_row(table)
    for i in range(4):
        _set_cell(nr.cells[i], str(i + 1), align="c")
    for sec in cb.G_SECTIONS:
        assert sec.stage is not None
        _span_row(table, sec.heading, first=1, lead=f"{sec.stage}.")
        for k, item in enumerate(sec.items, start=1):
            row = _add_row(table)
            _set_cell(row.cells[0], f"{sec.stage}.{k}.")
            _set_cell(row.cells[1], item.text)
            _set_cell(row.cells[2], item.date)
            _set_cell(row.cells[3], item.resp)
    _widths(table, [1.4, 9.0, 3.0, 4.4])
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        src = tmp_p / "dk_nastavnichestvo.docx"
        doc.save(str(src))
        pdf = tmp_p / "dk_nastavnichestvo.pdf"
        soffice_convert(src, "pdf", pdf)
        txt = tmp_p / "dk_nastavnichestvo.txt"
        subprocess.run(["pdftotext", "-layout", str(pdf), str(txt)], check=True, timeout=120)
        shutil.copyfile(txt, folder / "dk_nastavnichestvo_2024-2025.txt")
    return cb.G_SECTIONS


# =========================================================================== H: DOCX paragraphs


def _h_line(num: str, item: Item) -> str:
    label = "Ответственные" if "," in item.resp else "Ответственный"
    date = item.date if item.date.endswith(".") else f"{item.date}."
    resp = item.resp if item.resp.endswith(".") else f"{item.resp}."
    return f"{num}. {item.text}. Срок: {date} {label}: {resp}"


def build_h(folder: Path) -> list[Section]:
    """No table: stage headings and numbered paragraphs with dates and people in the text."""
    doc = _new_document(landscape=False, size=12)
    for line in cb.H_HEAD:
        _para(doc, line, align="r")
    _para(doc, "")
    _para(doc, cb.H_TITLE, bold=True, align="c", size=14)
    _para(doc, "")
    _para(
        doc,
        "Цель: создание условий для поддержки обучающихся и молодых педагогов через "
        "организацию наставнических пар и групп.",
        align="j",
    )
    for sec in cb.H_SECTIONS:
        _para(doc, "")
        _para(doc, sec.heading, bold=True)
        for k, item in enumerate(sec.items, start=1):
            p = _para(doc, _h_line(f"{sec.stage}.{k}", item), align="j")
            p.paragraph_format.first_line_indent = Cm(1.0)
    _para(doc, "")
    _para(doc, "Заместитель директора по УВР ____________ Е.В. Кравченко")
    doc.save(str(folder / "Дорожная карта наставничество 2022-2023.docx"))
    return cb.H_SECTIONS


# =========================================================================== main

Builder = Callable[[Path], list[Section]]


def _f(folder: Path) -> list[Section]:
    build_f(folder)
    return cb.F_SECTIONS


# folder -> (builder, organization, academic year, document prints stage headings)
BUILDERS: dict[str, tuple[Builder, str, int, bool]] = {
    "michurinsk_sosh11_odt": (build_a, ca.A_ORG, ca.A_YEAR, True),
    "lysva_ds8_ryabinka_rtf": (build_b, ca.B_ORG, ca.B_YEAR, True),
    "syktyvkar_college_grouped_doc": (build_c, ca.C_ORG, ca.C_YEAR, True),
    "bolshoy_uluy_sosh_xls": (build_d, ca.D_ORG, ca.D_YEAR, True),
    "stavropol_internat2_ods": (build_e, cb.E_ORG, cb.E_YEAR, False),
    "ivanovo_lyceum21_word_html": (_f, cb.F_ORG, cb.F_YEAR, True),
    "tarbagatai_sosh_pdftotext_txt": (build_g, cb.G_ORG, cb.G_YEAR, True),
    "novoshakhtinsk_oosh15_paragraphs_docx": (build_h, cb.H_ORG, cb.H_YEAR, True),
}


def main() -> None:
    for name, (build, org, year, staged) in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        sections = build(folder)
        activities = truth_activities(sections, staged, year)
        write_truth(folder, org, year, activities)
        inputs = sorted(p.name for p in folder.iterdir() if p.name != "truth.json")
        assert len(inputs) == 1, inputs
        nulls = sum(1 for a in activities if a["activity_id"] is None)
        print(f"{name}: {len(activities)} rows, {nulls} null -> {inputs[0]}")


if __name__ == "__main__":
    main()
