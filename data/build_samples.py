"""Build the golden samples under `data/samples/`: the input file, `truth.json` and `about.md` of each.

Run: `.venv/bin/python -m data.build_samples` (rewrites every sample folder it knows; a folder's
`expected.json` is left alone).

The rows and their hand-decided truth live in `data/sample_specs/`; this module lays them out as
Word documents the way schools do: numbered and stage-grouped tables, merged cells, padded date
cells, content controls, tracked changes, nested tables. Output is byte-for-byte reproducible: fixed
core properties and fixed zip entry times.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import json
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from data.sample_specs import seeds, variants
from data.sample_specs.model import FAILED, Act, DocTruth, Stage, Sub, not_roadmap, rows_of, truth_row

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
SIDE_FILES = {"truth.json", "about.md", "expected.json"}
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
TRACK_DATE = "2024-09-02T10:15:00Z"

Cells = Sequence[str | Sequence[str]]  # a cell is one text or its paragraphs
Container = DocxDocument | _Cell


@dataclass(frozen=True)
class Sample:
    name: str
    filename: str
    data: bytes
    doc: DocTruth
    rows: list[dict[str, object]]
    source: str
    rules: str


# --- documents ---------------------------------------------------------------------------------


def new_doc(font: str, size: float, *, landscape: bool = False) -> DocxDocument:
    """An A4 document whose Normal style uses `font` for Latin and Cyrillic text alike."""
    doc = Document()
    style = doc.styles["Normal"]
    assert isinstance(style, ParagraphStyle)
    style.font.name = font
    style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:cs"), font)
    rfonts.set(qn("w:eastAsia"), font)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    page_setup(doc.sections[0], landscape=landscape)
    return doc


def page_setup(section: Section, *, landscape: bool) -> None:
    long, short = Cm(29.7), Cm(21.0)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.left_margin = Cm(2.0) if not landscape else Cm(1.5)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(1.5)
    section.bottom_margin = Cm(1.5)


def landscape_section(doc: DocxDocument) -> None:
    page_setup(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)


def finish(doc: DocxDocument, *, author: str, created: dt.datetime, title: str = "") -> bytes:
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.title = title
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.revision = 3
    props.created = created
    props.modified = created + dt.timedelta(days=1, hours=2)
    buf = io.BytesIO()
    doc.save(buf)
    return repack(buf.getvalue())


def repack(raw: bytes) -> bytes:
    """The same zip with fixed entry times, so a rebuild gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def para(
    where: Container,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    size: float | None = None,
    style: str | None = None,
) -> Paragraph:
    """A paragraph with one run; `\\n` in `text` becomes a line break, `\\t` a tab."""
    p = where.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def labelled(p: Paragraph, text: str, *, bold_all: bool = False) -> None:
    """«Задача: …» with the label in bold."""
    label, sep, rest = text.partition(":")
    if sep and len(label) < 20:
        p.add_run(label + sep).bold = True
        p.add_run(rest).bold = bold_all or None
    else:
        p.add_run(text).bold = bold_all or None


def block(doc: DocxDocument, lines: Sequence[str], *, align: WD_ALIGN_PARAGRAPH, bold: bool = False) -> None:
    for line in lines:
        para(doc, line, bold=bold, align=align)


def marked_up(doc: DocxDocument, lines: Sequence[str]) -> None:
    """Lines with a light markup: «#» a centred bold title line, «##» a bold heading."""
    for line in lines:
        if line.startswith("##"):
            para(doc, line[2:], bold=True)
        elif line.startswith("#"):
            para(doc, line[1:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            para(doc, line, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


# --- tables ------------------------------------------------------------------------------------


def grid_table(doc: DocxDocument, widths_cm: Sequence[float], header: Sequence[str] | None) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(widths_cm))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    if header:
        row = add_row(table, header, bold=True)
        repeat_header(row)
    return table


def repeat_header(row: _Row) -> None:
    flag = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(flag)


def fill(cell: _Cell, value: str | Sequence[str], *, bold: bool = False, italic: bool = False) -> None:
    """Write a cell: a string is one paragraph, a sequence one paragraph per item (blank ones kept)."""
    lines = [value] if isinstance(value, str) else list(value)
    for i, line in enumerate(lines or [""]):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            run = p.add_run(line)
            run.bold = bold or None
            run.italic = italic or None


def add_row(
    table: Table, values: Cells, *, bold: bool = False, italic_cols: frozenset[int] = frozenset()
) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]  # untyped in python-docx 1.2
    for i, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
        cell.width = table.columns[i].width
        fill(cell, value, bold=bold, italic=i in italic_cols)
    return row


def span(row: _Row, first: int = 0) -> _Cell:
    """Merge the row's cells from `first` to the last into one (w:gridSpan)."""
    cells = row.cells
    merged: _Cell = cells[first].merge(cells[-1])
    return merged


def merge_down(table: Table, col: int, top: int, bottom: int) -> None:
    """Merge a column's cells over rows top..bottom (w:vMerge)."""
    if bottom > top:
        table.cell(top, col).merge(table.cell(bottom, col))


def stage_cell(cell: _Cell, title: str, notes: Sequence[str], *, bold_notes: bool = False) -> None:
    fill(cell, title, bold=True)
    for note in notes:
        labelled(cell.add_paragraph(), note, bold_all=bold_notes)


@dataclass(frozen=True)
class Layout:
    """How a plain stage/activity table is printed.

    stage_mode: «cells» number and title in their own cells, the rest empty; «span_rest» the title
    spans every column after the number; «span_all» one cell across the row, number before title.
    """

    header: tuple[str, ...]
    widths: tuple[float, ...]
    numbered: bool = True
    stage_mode: Literal["cells", "span_rest", "span_all"] = "cells"
    number_row: bool = False
    note_col: bool = False
    bold_notes: bool = False
    italic_resp: frozenset[str] = frozenset()  # activity numbers whose responsible cell is italic
    notes_own_row: frozenset[str] = frozenset()  # stage numbers whose notes sit in the next row
    blank_after: frozenset[str] = frozenset()  # stage numbers followed by an empty row


def activity_table(doc: DocxDocument, items: Sequence[Stage | Act], layout: Layout) -> Table:
    table = grid_table(doc, layout.widths, layout.header)
    n = len(layout.widths)
    if layout.number_row:
        add_row(table, [str(i + 1) for i in range(n)])
    for item in items:
        if isinstance(item, Stage):
            stage_row(table, item, layout)
            continue
        values: list[str] = [item.num] if layout.numbered else []
        values += [item.text, item.dates, item.resp]
        if layout.note_col:
            values.append(item.note)
        italic = frozenset({n - 1}) if item.num in layout.italic_resp else frozenset()
        add_row(table, values, italic_cols=italic)
        if item.more:
            cont = [""] * n
            cont[1 if layout.numbered else 0] = item.more
            add_row(table, cont)
    return table


def stage_row(table: Table, stage: Stage, layout: Layout) -> None:
    n = len(layout.widths)
    own_row = stage.num in layout.notes_own_row
    notes = () if own_row else stage.notes
    row = add_row(table, [""] * n)
    if layout.stage_mode == "span_all":
        title = f"{stage.num} {stage.title}".strip()
        stage_cell(span(row), title, notes, bold_notes=layout.bold_notes)
    elif layout.stage_mode == "span_rest":
        fill(row.cells[0], stage.num, bold=True)
        stage_cell(span(row, 1), stage.title, notes, bold_notes=layout.bold_notes)
    else:
        fill(row.cells[0], stage.num)
        stage_cell(row.cells[1], stage.title, notes, bold_notes=layout.bold_notes)
    if own_row:
        extra = add_row(table, [""] * n)
        cell = extra.cells[1]
        for i, note in enumerate(stage.notes):
            labelled(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), note, bold_all=True)
    if stage.num in layout.blank_after:
        add_row(table, [""] * n)


# --- Word features beyond python-docx's API ----------------------------------------------------


def _counter() -> Iterator[int]:
    return itertools.count(101)


def tracked(kind: str, text: str, ids: Iterator[int]) -> BaseOxmlElement:
    """A tracked insertion (`w:ins`) or deletion (`w:del`) holding one run."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(next(ids)))
    change.set(qn("w:author"), "Зам. директора по УВР")
    change.set(qn("w:date"), TRACK_DATE)
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    change.append(run)
    return change


def plain_run(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def write_revised(p: Paragraph, parts: Sequence[tuple[str, str]], ids: Iterator[int]) -> None:
    """Paragraph text from (kind, text) parts: kind is «» for plain text, «ins» or «del»."""
    for kind, text in parts:
        p._p.append(tracked(kind, text, ids) if kind else plain_run(text))


def wrap_in_sdt(element: BaseOxmlElement, alias: str, sdt_id: int) -> None:
    """Put `element` (a paragraph, a cell or a row) inside a content control in its place."""
    sdt = OxmlElement("w:sdt")
    props = OxmlElement("w:sdtPr")
    for tag, value in (("w:alias", alias), ("w:tag", alias), ("w:id", str(sdt_id))):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        props.append(child)
    content = OxmlElement("w:sdtContent")
    sdt.append(props)
    sdt.append(content)
    parent = element.getparent()
    assert parent is not None
    parent.insert(parent.index(element), sdt)
    content.append(element)


def start_late(row: _Row, width_cm: float) -> None:
    """Drop the row's first cell and mark the row as starting one grid column late (w:gridBefore)."""
    tr = row._tr
    tr.remove(tr.tc_lst[0])
    props = tr.get_or_add_trPr()
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    width = OxmlElement("w:wBefore")
    width.set(qn("w:w"), str(int(width_cm * 567)))
    width.set(qn("w:type"), "dxa")
    props.insert(0, width)
    props.insert(0, before)


def delete_row_tracked(row: _Row, texts: Sequence[str], ids: Iterator[int]) -> None:
    """A row removed with track changes on: the row and every run in it are marked deleted."""
    mark = OxmlElement("w:del")
    mark.set(qn("w:id"), str(next(ids)))
    mark.set(qn("w:author"), "Зам. директора по УВР")
    mark.set(qn("w:date"), TRACK_DATE)
    row._tr.get_or_add_trPr().append(mark)
    for cell, text in zip(row.cells, texts, strict=True):
        if text:
            cell.paragraphs[0]._p.append(tracked("del", text, ids))


# --- samples made after the seeds --------------------------------------------------------------


def lyceum6_numbered() -> Sample:
    doc = new_doc("Times New Roman", 12)
    for _ in range(2):
        para(doc)
    block(
        doc,
        ["СОГЛАСОВАНО", "Педагогическим советом", "Протокол № 1", "от «29» сентября 2022 г."],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    para(
        doc,
        "«Дорожная карта реализации целевой модели наставничества\nв МАОУ «Лицей №6» 2022 - 2023 учебный год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=14,
    )
    para(doc)
    layout = Layout(
        ("№ п/п", "Мероприятие", "Сроки", "Ответственные"),
        (1.3, 9.4, 2.4, 4.4),
        italic_resp=seeds.LYCEUM6_ITALIC,
    )
    activity_table(doc, seeds.LYCEUM6, layout)
    return Sample(
        "lyceum6_numbered",
        "roadmap.docx",
        finish(doc, author="Лицей 6", created=dt.datetime(2022, 9, 30, 9, 12)),
        DocTruth("ok", "target_model_2019", "МАОУ «Лицей №6»", 2022),
        rows_of(seeds.LYCEUM6, 2022),
        "seed 000 (МАОУ «Лицей №6», 2022-2023), laid out as in the seed.",
        "Numbered 4-column table with stage rows whose other cells are empty; approval block with "
        "«Протокол № 1 от «29» сентября 2022 г.» (no activity date); 7.1 continued on an unnumbered row "
        "(one activity); bare months in academic year 2022 («Октябрь – апрель» -> 2022-10..2023-04); "
        "roles «поУВР», «тьютер», «соц педагог»; italic responsible cells.",
    )


def lyceum6_reordered() -> Sample:
    doc = new_doc("Arial", 10.5)
    block(
        doc,
        ["СОГЛАСОВАНО", "Педагогическим советом", "Протокол № 1 от «30» августа 2023 г."],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    para(
        doc,
        "Дорожная карта реализации целевой модели наставничества в МАОУ «Лицей №6»\n"
        "на 2023 - 2024 учебный год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    layout = Layout(
        ("№", "Мероприятие", "Сроки", "Ответственные"), (1.1, 9.9, 2.8, 3.7), stage_mode="span_rest"
    )
    activity_table(doc, seeds.LYCEUM6_REORDERED, layout)
    return Sample(
        "lyceum6_reordered",
        "roadmap.docx",
        finish(doc, author="Зам. директора по УВР", created=dt.datetime(2023, 8, 28, 14, 40)),
        DocTruth("ok", "target_model_2019", "МАОУ «Лицей №6»", 2023),
        rows_of(seeds.LYCEUM6_REORDERED, 2023),
        "seed 000 reworked: 2023-2024, stage 3 reordered, activities 1.3 and 6.5 dropped, numbers closed up, "
        "wording shortened.",
        "Activity ids by meaning, not by printed number (printed 3.1 is 3.3, 3.3 is 3.1, 1.3 is 1.4, 6.5 is "
        "6.6 ...); short wordings; stage title spans the row after its number; academic year 2023.",
    )


def eldig_stage_grouped() -> Sample:
    doc = new_doc("Times New Roman", 12)
    for line in (
        " План мероприятий (дорожная карта)",
        "внедрения и  реализации методологии (целевой модели) наставничества",
        f"в {seeds.ELDIG} на 2024-2025 учебный год",
    ):
        para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    for text in seeds.ELDIG_PREAMBLE_HEAD:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, " ")
    for text in seeds.ELDIG_BULLETS:
        para(doc, f"· {text}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc)
    for text in seeds.ELDIG_FORMS:
        para(doc, text, bold=text[:2] in ("2.", "3."), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for text in seeds.ELDIG_STAGE_LIST:
        para(doc, text, style="List Number")
    para(doc, seeds.ELDIG_AFTER_STAGES, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "4. Ожидаемый результат", bold=True)
    para(doc)
    for i, text in enumerate(seeds.ELDIG_EXPECTED, 1):
        para(doc, f"{i}. {text}")
    landscape_section(doc)
    para(doc, "5. Планируемые мероприятия", bold=True)
    eldig_table(doc)
    rows = [
        truth_row(sub.wording, sub.aid, blk.stage, sub.when, sub.roles, 2024)
        for blk in seeds.ELDIG_BLOCKS
        for grow in blk.rows
        for sub in grow.content
        if isinstance(sub, Sub)
    ]
    return Sample(
        "elidig_stage_grouped",
        "roadmap.docx",
        finish(doc, author="Учитель", created=dt.datetime(2024, 8, 26, 11, 5)),
        DocTruth("ok", "target_model_2019", seeds.ELDIG, 2024),
        rows,
        "seed 001 (МБООУ СТД, НДЛ Элдиг-Хемская СШ-И, 2024-2025), its preamble and table.",
        "Stage-grouped 6-column table: №/stage/group cells merged down (vMerge), stage cell with "
        "Задача:/Результат:, one activity per numbered sub-item (gaps in numbering kept), dates cells padded "
        "with blank lines (a line applies to the sub-item beside it and to following undated ones; in the last "
        "group «Май 2025г» belonged to the removed item 5, so items 4, 6, 7 get April, June, August); "
        "«Октябрь 2021г.» keeps its written year; a sub-item ending with «:» followed by quoted forms on "
        "their own lines is one activity; an empty unmerged responsible cell gives no roles, merged "
        "cells are inherited; preamble lists of stages and expected results are not activities.",
    )


def eldig_table(doc: DocxDocument) -> None:
    header = ("№", "Наименование этапа", "Мероприятия", "Содержания деятельности", "Сроки", "Ответственные")
    table = grid_table(doc, (1.0, 5.0, 4.3, 9.2, 3.0, 3.7), header)
    for blk in seeds.ELDIG_BLOCKS:
        first = len(table.rows)
        for grow in blk.rows:
            content: list[str] = []
            for item in grow.content:
                if isinstance(item, Sub):
                    content += [item.marker + item.text, *item.tail]
                else:
                    content.append(item)
            add_row(table, ["", "", grow.group or "", content, list(grow.dates), grow.resp])
        last = len(table.rows) - 1
        fill(table.cell(first, 0), blk.num)
        notes = seeds.eldig_stage_cell(blk.stage)
        stage_cell(table.cell(first, 1), notes[0], notes[1:])
        merge_down(table, 0, first, last)
        merge_down(table, 1, first, last)
        for offset, grow in enumerate(blk.rows):
            r = first + offset
            if grow.group is None:
                top = r - 1
                while blk.rows[top - first].group is None:
                    top -= 1
                merge_down(table, 2, top, r)
            if grow.merged:
                merge_down(table, 4, r - 1, r)
                merge_down(table, 5, r - 1, r)


def lyceum12_flowing() -> Sample:
    doc = new_doc("Times New Roman", 12)
    para(doc)
    para(
        doc,
        "Дорожная карта внедрения целевой модели\nнаставничества в МАОУ Лицей № 12",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=14,
    )
    para(doc)
    items = seeds.lyceum12_items()
    layout = Layout(
        ("Мероприятия", "Сроки", "Ответственные"), (11.0, 3.0, 3.5), numbered=False, stage_mode="span_all"
    )
    activity_table(doc, items, layout)
    para(doc)
    outro = seeds.LYCEUM12_OUTRO
    para(doc, outro[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, outro[1])
    for text in outro[2:6]:
        para(doc, text, style="List Bullet")
    for text in outro[6:]:
        para(doc, text)
    return Sample(
        "lyceum12_flowing",
        "roadmap.docx",
        finish(doc, author="Секретарь", created=dt.datetime(2020, 9, 3, 10, 0)),
        DocTruth("ok", "target_model_2019", "МАОУ Лицей № 12", 2020),
        rows_of(items, 2020),
        "seed 004 (МАОУ Лицей № 12, dated September 2020 .. December 2022).",
        "Unnumbered 3-column table, stage rows spanning the row with Цель:/Задача:/Результат: (never "
        "activities); dates with written years over three academic years («Февраль – май 2022 г» -> range); "
        "roles «Куратор программы, педагог-психолог», «Наставники»; trailing «не менее 10% в 2020 году» "
        "lists are not activities.",
    )


def valuyki_college() -> Sample:
    doc = new_doc("Times New Roman", 12)
    para(doc)
    for text, heading in seeds.VALUYKI_PREAMBLE:
        para(doc, text, bold=heading, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    landscape_section(doc)
    para(
        doc,
        "План внедрения «Дорожной карты» целевой модели наставничества",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    items = seeds.valuyki_items()
    layout = Layout(
        ("№ п/п", "Мероприятие", "Сроки", "Ответственные"),
        (1.4, 16.6, 4.0, 4.5),
        bold_notes=True,
        notes_own_row=frozenset({"3"}),
        blank_after=frozenset({"7"}),
    )
    activity_table(doc, items, layout)
    return Sample(
        "valuyki_college",
        "roadmap.docx",
        finish(doc, author="Методист", created=dt.datetime(2021, 10, 11, 8, 30)),
        DocTruth("ok", "target_model_2019", "ОГАПОУ «Валуйский колледж»", None),
        rows_of(items, None),
        "seed 003 (ОГАПОУ «Валуйский колледж»), narrative preamble and table.",
        "Preamble stage headings with months «(октябрь – ноябрь текущего года)» are not activities; stage "
        "cells hold title + Задача/Результат/Цель (stage 3's notes on their own row, an empty row after stage "
        "7); 35 activities with empty dates and responsible (unspecified, no roles); 5.2 continued on an "
        "unnumbered row; no year stated.",
    )


def sosnogorsk_2022() -> Sample:
    doc = new_doc("Times New Roman", 12)
    para(doc)
    block(
        doc,
        ["УТВЕРЖДЕНО", "", f"Директор {seeds.SOSNOGORSK_ORG}", "", "Т. В. Политова"],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    para(
        doc,
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических "
        f"работников в {seeds.SOSNOGORSK_ORG}",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    header = ("№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки")
    table = grid_table(doc, (1.3, 4.2, 8.6, 3.4), header)
    rows: list[dict[str, object]] = []
    for st in seeds.SOSNOGORSK:
        content = [item.marker + item.text if isinstance(item, Sub) else item for item in st.content]
        add_row(table, [st.num, st.title, content, list(st.dates)])
        rows += [
            truth_row(s.wording, s.aid, st.stage, s.when, s.roles, None)
            for s in st.content
            if isinstance(s, Sub)
        ]
    return Sample(
        "sosnogorsk_2022",
        "roadmap.docx",
        finish(doc, author="user", created=dt.datetime(2022, 10, 3, 15, 20)),
        DocTruth("ok", "teachers_2022", seeds.SOSNOGORSK_ORG, None),
        rows,
        "seed 002 (МБОУ «СОШ №2» г. Сосногорска), the 2022 model for pedagogical workers.",
        "2022 model: activity ids all null, stage = the document's stage; sub-items «1) 2)» one per "
        "paragraph are rows, lead-ins ending with «:» are not, «а) б)» under a lead-in are rows and share its "
        "date; «Ежегодно, до 1 октября» = deadline + annual with no year stated (months only); «Постоянно» "
        "continuous; signatory Т. В. Политова is no responsible.",
    )


# --- own variations ----------------------------------------------------------------------------


def kindergarten_romashka() -> Sample:
    doc = new_doc("Times New Roman", 13)
    block(
        doc,
        [
            "УТВЕРЖДАЮ",
            f"Заведующий {variants.KINDERGARTEN_ORG}",
            "__________ А.С. Петрова",
            "Приказ от 31.08.2023 № 87-од",
        ],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    block(
        doc,
        [
            "Дорожная карта",
            "внедрения целевой модели наставничества",
            f"в {variants.KINDERGARTEN_ORG}",
            "на 2023-2024 учебный год",
        ],
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=True,
    )
    para(doc)
    layout = Layout(
        ("№ п/п", "Мероприятия", "Сроки", "Ответственный"), (1.2, 9.3, 3.0, 4.0), stage_mode="span_rest"
    )
    activity_table(doc, variants.KINDERGARTEN, layout)
    return Sample(
        "kindergarten_romashka",
        "roadmap.docx",
        finish(doc, author="Старший воспитатель", created=dt.datetime(2023, 8, 30, 16, 45)),
        DocTruth("ok", "target_model_2019", variants.KINDERGARTEN_ORG, 2023),
        rows_of(variants.KINDERGARTEN, 2023),
        "own variation: a kindergarten (nested quotes in its name), 2023-2024.",
        "24 of the 35 activities, reordered inside stages and numbered 1..24 (ids by meaning); kindergarten "
        "wording; roles «Заведующий» -> director, «Старший воспитатель» -> other, «Воспитатели» -> teachers, "
        "names next to roles dropped; signatory in the approval block is no responsible; «Август 2023» "
        "before the year starts keeps its written year.",
    )


def gymnasium_paraphrased() -> Sample:
    doc = new_doc("Arial", 10, landscape=True)
    block(
        doc,
        [
            "Утверждено",
            f"приказом директора {variants.GYMNASIUM_ORG}",
            "от 28.08.2025 № 312",
        ],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    para(
        doc,
        "План мероприятий (дорожная карта) по внедрению целевой модели наставничества\n"
        f"в {variants.GYMNASIUM_ORG} на 2025/2026 уч. год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=12,
    )
    para(doc)
    layout = Layout(
        ("№", "Содержание мероприятия", "Срок проведения", "Ответственные исполнители"),
        (1.3, 14.2, 4.6, 6.6),
        stage_mode="span_all",
    )
    activity_table(doc, variants.GYMNASIUM, layout)
    return Sample(
        "gymnasium_paraphrased",
        "roadmap.docx",
        finish(doc, author="Gymn3", created=dt.datetime(2025, 8, 27, 12, 0)),
        DocTruth("ok", "target_model_2019", variants.GYMNASIUM_ORG, 2025),
        rows_of(variants.GYMNASIUM, 2025),
        "own variation: a gymnasium, 2025/2026, every activity reworded.",
        "Paraphrased wording with imperative verbs (ids by meaning, extras interleaved so printed numbers "
        "drift); dates «29.08.2025», «до 15.09.2025», «Май 2026г», «в срок до 31 марта 2026 года», «I/II "
        "полугодие», «В течение учебного года», «По мере необходимости»; roles «поУВР», «ЗДУВР», «ЗДВР», "
        "«тьютер», «соц педагог», «зам. директора» alone, «руководители ШМО», «советник директора по воспитанию».",
    )


def no_table_paragraphs() -> Sample:
    doc = new_doc("Times New Roman", 13)
    block(
        doc,
        [
            "Дорожная карта",
            f"внедрения целевой модели наставничества в {variants.BEREZOVKA_ORG}",
            "на 2024-2025 учебный год",
        ],
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=True,
    )
    para(doc)
    for text in variants.BEREZOVKA_PREAMBLE:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc)
    for item in variants.BEREZOVKA:
        if isinstance(item, Stage):
            para(doc, f"{item.num} {item.title}", bold=True)
        else:
            para(
                doc, f"{item.num} {item.text} — {item.dates} — {item.resp}.", align=WD_ALIGN_PARAGRAPH.JUSTIFY
            )
    para(doc)
    para(doc, "Куратор программы наставничества:\t\t__________ Л.Н. Сорокина")
    return Sample(
        "no_table_paragraphs",
        "roadmap.docx",
        finish(doc, author="Сорокина", created=dt.datetime(2024, 8, 20, 13, 10)),
        DocTruth("ok", "target_model_2019", variants.BEREZOVKA_ORG, 2024),
        rows_of(variants.BEREZOVKA, 2024),
        "own variation: a basic school's roadmap written as paragraphs, 2024-2025.",
        "No table: stage headings «1. …» then «1.1. Мероприятие — срок — ответственный.»; en dashes inside "
        "the wording («ученик – ученик») and inside a date range («сентябрь – октябрь») are not separators; "
        "stage from the heading, ids by meaning; «февраль, апрель» -> the first; preamble lists and the "
        "curator's signature are not activities.",
    )


def regional_template() -> Sample:
    doc = new_doc("Times New Roman", 11, landscape=True)
    block(
        doc,
        ["Приложение 1", f"к приказу {variants.REGIONAL_ORG}", "от 31.08.2023 № 145"],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    para(
        doc,
        "Дорожная карта по внедрению целевой модели наставничества обучающихся\n"
        f"в {variants.REGIONAL_ORG} на 2023-2024 учебный год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=13,
    )
    para(doc)
    layout = Layout(
        (
            "№ п/п",
            "Наименование мероприятия",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Результат. Вид документа",
        ),
        (1.4, 10.6, 3.8, 5.2, 5.6),
        stage_mode="span_all",
        number_row=True,
        note_col=True,
    )
    activity_table(doc, variants.REGIONAL, layout)
    return Sample(
        "regional_template",
        "roadmap.docx",
        finish(doc, author="Администратор", created=dt.datetime(2023, 8, 31, 10, 30)),
        DocTruth("ok", "target_model_2019", variants.REGIONAL_ORG, 2023),
        rows_of(variants.REGIONAL, 2023),
        "own variation: a regional template, МКОУ «СОШ № 12», 2023-2024.",
        "5 columns with «Результат. Вид документа» (never dates or responsible, even «отчёт за I "
        "полугодие») and a «1 2 3 4 5» row; section I «Нормативное правовое регулирование…» holds only "
        "administrative rows (extras, stage null); the 7 stages are printed II..VIII (stage by title, not by "
        "numeral); «IV квартал 2023 г.» -> 2023-10..2023-12 range; «рабочая группа» -> other.",
    )


def multi_year() -> Sample:
    doc = new_doc("Times New Roman", 12)
    para(
        doc,
        f"Дорожная карта внедрения целевой модели наставничества в {variants.MULTI_YEAR_ORG}\nна 2021-2024 г.г.",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    layout = Layout(("№", "Мероприятие", "Срок реализации", "Ответственный"), (1.2, 8.6, 3.6, 4.1))
    activity_table(doc, variants.MULTI_YEAR, layout)
    return Sample(
        "multi_year",
        "roadmap.docx",
        finish(doc, author="Куликова", created=dt.datetime(2021, 9, 6, 9, 0)),
        DocTruth("ok", "target_model_2019", variants.MULTI_YEAR_ORG, None),
        rows_of(variants.MULTI_YEAR, None),
        "own variation: a roadmap for 2021-2024, МБОУ «СОШ № 5».",
        "academic_year_start is null: the document spans several years, so a bare month keeps its month "
        "numbers with null dates (also for ranges, deadlines, «В течение года»); cells with written years "
        "get dates («Сентябрь 2022 г. - май 2024 г.» one range); «Ежегодно, май» = month + annual; several "
        "dates -> the first; names next to roles dropped; «Методический совет», «Руководитель центра» -> other.",
    )


def word_features() -> Sample:
    doc = new_doc("Calibri", 11)
    ids = _counter()
    approval = doc.add_table(rows=1, cols=2)
    fill(
        approval.cell(0, 0),
        ["СОГЛАСОВАНО", "на заседании педагогического совета", "протокол от 29.08.2024 № 1"],
    )
    fill(
        approval.cell(0, 1),
        ["УТВЕРЖДАЮ", f"Директор {variants.WORD_ORG}", "________ Н.В. Орлова", "Приказ от 30.08.2024 № 215"],
    )
    para(doc)
    title = para(
        doc,
        f"Дорожная карта реализации целевой модели наставничества в {variants.WORD_ORG}\n"
        "на 2024-2025 учебный год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    widths = (1.2, 9.0, 3.0, 4.3)
    table = grid_table(doc, widths, ("№", "Мероприятие", "Срок", "Ответственные"))
    later: list[Callable[[], None]] = []  # content controls go in last: they hide cells from table APIs
    for item in variants.WORD_FEATURES:
        if isinstance(item, Stage):
            row = add_row(table, [""] * 4)
            fill(span(row), f"{item.num} {item.title}", bold=True)
            continue
        row = add_row(table, [item.num, "", item.dates, ""])
        text_cell, resp_cell = row.cells[1], row.cells[3]
        if item.num == "2":
            write_revised(
                text_cell.paragraphs[0],
                [
                    ("", "Информирование "),
                    ("del", "родителей"),
                    ("ins", "родительского сообщества"),
                    ("", " о планируемой реализации программы наставничества"),
                ],
                ids,
            )
        elif item.num == "5":
            write_revised(
                text_cell.paragraphs[0],
                [
                    ("", "Формирование базы наставников"),
                    ("ins", " из числа педагогов и обучающихся 10–11 классов"),
                ],
                ids,
            )
        elif item.num == "10":
            write_revised(
                text_cell.paragraphs[0],
                [("", "Заключительная "), ("del", "итоговая "), ("", "встреча наставника и наставляемого")],
                ids,
            )
        else:
            text_cell.paragraphs[0].add_run(item.text)
        if item.num == "4":
            nested_people(
                resp_cell, [("Зам. директора по УВР", "Смирнова О.П."), ("Руководитель ШМО", "Ким Е.В.")]
            )
        else:
            resp_cell.paragraphs[0].add_run(item.resp)
        if item.num == "2":
            gone = add_row(table, ["", "", "", ""])
            delete_row_tracked(
                gone, ["3", "Встреча с выпускниками школы", "Сентябрь", "Зам. директора по ВР"], ids
            )
        if item.num == "":
            start_late(row, widths[0])
        if item.num == "3":
            tc = text_cell._tc
            later.append(functools.partial(wrap_in_sdt, tc, "Мероприятие", 2001))
        if item.num == "6":
            p = text_cell.paragraphs[0]._p
            later.append(functools.partial(wrap_in_sdt, p, "Текст", 2002))
        if item.num == "7":
            tr = row._tr
            later.append(functools.partial(wrap_in_sdt, tr, "Строка плана", 2003))
    for action in later:
        action()
    wrap_in_sdt(title._p, "Заголовок", 2000)
    return Sample(
        "word_features",
        "roadmap.docx",
        finish(doc, author="Орлова Н.В.", created=dt.datetime(2024, 8, 30, 17, 25)),
        DocTruth("ok", "target_model_2019", variants.WORD_ORG, 2024),
        rows_of(variants.WORD_FEATURES, 2024),
        "own variation: a short roadmap of МБОУ «СОШ № 9» г. Ишима, 2024-2025.",
        "Word features: approval block in a borderless layout table (not a roadmap); title in a content "
        "control; stage rows spanning all columns; tracked insertions count and deletions do not; a row "
        "deleted with track changes is no activity; a cell, a paragraph and a whole row inside content "
        "controls; a row starting late (w:gridBefore, no number cell); line breaks (w:br) in an activity and "
        "a responsible cell; roles in a nested table.",
    )


def nested_people(cell: _Cell, people: Sequence[tuple[str, str]]) -> None:
    """A small table of role | person inside a cell, as some schools lay out the responsible column."""
    inner = cell.add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for role, person in people:
        row: _Row = inner.add_row()  # type: ignore[no-untyped-call]  # untyped in python-docx 1.2
        fill(row.cells[0], role)
        fill(row.cells[1], person)
    first = cell.paragraphs[0]._p
    cell._tc.remove(first)


# --- look-alikes and broken inputs -------------------------------------------------------------


def not_roadmap_polozhenie() -> Sample:
    doc = new_doc("Times New Roman", 12)
    block(
        doc,
        ["УТВЕРЖДЕНО", "приказом директора МБОУ «СОШ № 8»", "от 31.08.2023 № 148"],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc)
    marked_up(doc, variants.POLOZHENIE)
    return Sample(
        "not_roadmap_polozhenie",
        "roadmap.docx",
        finish(doc, author="Секретарь", created=dt.datetime(2023, 8, 31, 12, 0)),
        not_roadmap("МБОУ «СОШ № 8»", None),
        [],
        "own variation: a Положение о наставничестве of МБОУ «СОШ № 8».",
        "A regulation, not a roadmap: numbered clauses with deadlines («до 1 октября», «в сентябре и в мае») "
        "and a passing mention of the дорожная карта yield no activities; its organization is still recorded, "
        "model unknown.",
    )


def not_roadmap_order() -> Sample:
    doc = new_doc("Times New Roman", 14)
    marked_up(doc, variants.ORDER)
    return Sample(
        "not_roadmap_order",
        "roadmap.docx",
        finish(doc, author="Секретарь", created=dt.datetime(2024, 8, 30, 9, 40)),
        not_roadmap("МБОУ «СОШ № 3»", 2024),
        [],
        "own variation: an order (приказ) of МБОУ «СОШ № 3» г. Кемерово.",
        "An order approving «дорожную карту (приложение 1)» without it attached: deadlines «в срок до "
        "01.10.2024» and a curator in the accusative («назначить куратором Иванову И.И.») yield no activities.",
    )


def not_roadmap_board_plan() -> Sample:
    doc = new_doc("Times New Roman", 12)
    para(
        doc,
        f"План работы управляющего совета {variants.BOARD_ORG}\nна 2023-2024 учебный год",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)
    table = grid_table(doc, (1.0, 9.5, 3.0, 4.0), ("№ п/п", "Мероприятие", "Сроки", "Ответственные"))
    for row in variants.BOARD_PLAN:
        add_row(table, row)
    para(doc)
    para(doc, "Председатель управляющего совета\t\t__________ О.В. Белова")
    return Sample(
        "not_roadmap_board_plan",
        "roadmap.docx",
        finish(doc, author="Белова", created=dt.datetime(2023, 9, 12, 18, 0)),
        not_roadmap(variants.BOARD_ORG, 2023),
        [],
        "own variation: a school board (управляющий совет) work plan of МБОУ «СОШ № 17».",
        "A plan table with months and a responsible column, one row reading «Информирование родительской "
        "общественности о работе школы», but nothing about mentoring: no activities.",
    )


def bad_corrupt(intact: bytes) -> Sample:
    return Sample(
        "bad_corrupt",
        "roadmap.docx",
        intact[: len(intact) * 11 // 20],
        FAILED,
        [],
        "own variation: a roadmap .docx cut off in the middle of its zip.",
        "A truncated file is failed (corrupt), with no activities.",
    )


def bad_empty() -> Sample:
    return Sample(
        "bad_empty",
        "roadmap.docx",
        b"",
        FAILED,
        [],
        "own variation: a 0-byte roadmap.docx.",
        "An empty file is failed (empty), with no activities.",
    )


def bad_pages() -> Sample:
    out = io.BytesIO()
    members = {
        "Index/Document.iwa": bytes(range(7, 250, 3)) * 4,
        "Index/Metadata.iwa": bytes(range(250, 7, -5)) * 2,
        "Index/DocumentStylesheet.iwa": bytes(range(3, 200, 7)) * 3,
        "Metadata/DocumentIdentifier": b"5C0E8F2A-7B41-4D19-9A3E-2F6B1C8D4E70",
        "Metadata/BuildVersionHistory.plist": (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><array>'
            b"<string>M13.2-7036.0.121-1</string></array></plist>\n"
        ),
        "Metadata/Properties.plist": (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
            b"<key>revision</key><string>0::5C0E8F2A</string>"
            b"<key>documentUUID</key><string>5C0E8F2A-7B41-4D19-9A3E-2F6B1C8D4E70</string>"
            b"</dict></plist>\n"
        ),
    }
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(entry, data)
    return Sample(
        "bad_pages",
        "roadmap.pages",
        out.getvalue(),
        FAILED,
        [],
        "own variation: an Apple Pages document (a zip of Index/*.iwa and Metadata/).",
        "A format that is not supported is failed, with no activities.",
    )


# --- writing -----------------------------------------------------------------------------------


def all_samples() -> list[Sample]:
    samples = [
        lyceum6_numbered(),
        eldig_stage_grouped(),
        lyceum12_flowing(),
        valuyki_college(),
        sosnogorsk_2022(),
        kindergarten_romashka(),
        gymnasium_paraphrased(),
        no_table_paragraphs(),
        regional_template(),
        multi_year(),
        word_features(),
        not_roadmap_polozhenie(),
        not_roadmap_order(),
        not_roadmap_board_plan(),
        bad_empty(),
        bad_pages(),
        lyceum6_reordered(),
    ]
    samples.append(bad_corrupt(samples[-1].data))
    return samples


def write_sample(sample: Sample) -> None:
    folder = SAMPLES_DIR / sample.name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_file() and old.name not in SIDE_FILES and old.name != sample.filename:
            old.unlink()
    (folder / sample.filename).write_bytes(sample.data)
    truth = {"document": sample.doc.as_json(), "activities": sample.rows}
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    about = f"Source: {sample.source}\nExercises: {sample.rules}\n"
    (folder / "about.md").write_text(about, encoding="utf-8")


def main() -> None:
    for sample in all_samples():
        write_sample(sample)
        print(f"{sample.name}: {len(sample.rows)} activities ({sample.doc.status})")


if __name__ == "__main__":
    main()
