"""DOCX extractor: grids of merged cells, body order, list numbering, tracked changes, broken files.

Fixtures are built in memory with python-docx, then edited at the XML level where python-docx has no API
(gridBefore, content controls, tracked changes, custom numbering definitions).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from extractors.docx import extract_docx
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import ExtractedDocument, Paragraph, RawTable

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Cell = tuple[int, int, bool, tuple[str, ...]]  # col, span, continued, lines


# --- fixture helpers -----------------------------------------------------------------------------------


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xml(fragment: str) -> Any:
    """Parse one WordprocessingML element written with the `w:` prefix."""
    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {nsdecls('w')}", fragment, count=1))


def _set_content(cell: Any, *fragments: str) -> None:
    """Replace a cell's paragraphs with the given XML elements (the cell properties stay)."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    for fragment in fragments:
        tc.append(_xml(fragment))


def _wrap_in_sdt(element: Any) -> None:
    """Put `element` inside a content control (`w:sdt/w:sdtContent`) at the same place."""
    parent = element.getparent()
    sdt = _xml("<w:sdt><w:sdtPr><w:alias w:val='Поле'/></w:sdtPr><w:sdtContent/></w:sdt>")
    parent.insert(parent.index(element), sdt)
    sdt.find(qn("w:sdtContent")).append(element)


def _number(paragraph: Any, num_id: int, ilvl: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        _xml(f"<w:numPr><w:ilvl w:val='{ilvl}'/><w:numId w:val='{num_id}'/></w:numPr>")
    )


def _add_list(
    document: Any, abstract_id: int, levels: list[tuple[str, str]], nums: dict[int, int | None]
) -> None:
    """Define an abstract list (levels of (numFmt, lvlText), start 1) and `w:num` instances of it.

    `nums` maps numId -> startOverride for level 0 (None: no override).
    """
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f"<w:lvl w:ilvl='{i}'><w:start w:val='1'/><w:numFmt w:val='{fmt}'/>"
        f"<w:lvlText w:val='{text}'/></w:lvl>"
        for i, (fmt, text) in enumerate(levels)
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(_xml(f"<w:abstractNum w:abstractNumId='{abstract_id}'>{lvls}</w:abstractNum>"))
    for num_id, start in nums.items():
        override = (
            ""
            if start is None
            else f"<w:lvlOverride w:ilvl='0'><w:startOverride w:val='{start}'/></w:lvlOverride>"
        )
        numbering.append(
            _xml(f"<w:num w:numId='{num_id}'><w:abstractNumId w:val='{abstract_id}'/>{override}</w:num>")
        )


def _repack(data: bytes, members: dict[str, bytes | None]) -> bytes:
    """Rewrite a package, replacing (bytes) or dropping (None) the named members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            if info.filename not in members:
                dest.writestr(info.filename, source.read(info))
        for name, content in members.items():
            if content is not None:
                dest.writestr(name, content)
    return out.getvalue()


def _grid(table: RawTable) -> list[list[Cell]]:
    return [[(c.col, c.span, c.continued, c.lines) for c in row.cells] for row in table.rows]


def _only_table(document: ExtractedDocument) -> RawTable:
    tables = document.tables()
    assert len(tables) == 1
    return tables[0]


# --- structure -----------------------------------------------------------------------------------------


def test_body_order_skips_empty_paragraphs_and_counts_indexes() -> None:
    document = docx.Document()
    document.add_paragraph("План мероприятий")
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "первая"
    document.add_paragraph("")
    document.add_paragraph("между таблицами")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "вторая"

    result = extract_docx(_save(document))

    assert result.method == "docx"
    assert result.n_pages is None
    kinds = [(type(b).__name__, b.index) for b in result.blocks]
    assert kinds == [("Paragraph", 0), ("RawTable", 0), ("Paragraph", 2), ("RawTable", 1)]
    assert [p.text for p in result.paragraphs()] == ["План мероприятий", "между таблицами"]
    assert all(p.page is None for p in result.paragraphs())
    assert result.tables()[1].rows[0].cells[0].text == "вторая"


def test_horizontal_merge_is_one_cell_with_span() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Этап"
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(0, 2).text = "Сроки"
    for col, text in enumerate(["1.", "Мероприятие", "Август"]):
        table.cell(1, col).text = text

    raw = _only_table(extract_docx(_save(document)))

    assert raw.n_cols == 3
    assert _grid(raw) == [
        [(0, 2, False, ("Этап",)), (2, 1, False, ("Сроки",))],
        [(0, 1, False, ("1.",)), (1, 1, False, ("Мероприятие",)), (2, 1, False, ("Август",))],
    ]


def test_stage_column_merged_down_is_read_once() -> None:
    """The seed's layout: a stage cell merged over its activities, dates aligned per row."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Подготовка условий"
    table.cell(0, 0).merge(table.cell(2, 0))
    for row, (activity, when) in enumerate([("Изучение", "Август 2024"), ("Информирование", "Сентябрь")]):
        table.cell(row, 1).text = activity
        table.cell(row, 2).text = when
    table.cell(2, 1).text = "Выбор форм"

    raw = _only_table(extract_docx(_save(document)))

    assert _grid(raw) == [
        [
            (0, 1, False, ("Подготовка условий",)),
            (1, 1, False, ("Изучение",)),
            (2, 1, False, ("Август 2024",)),
        ],
        [(0, 1, True, ()), (1, 1, False, ("Информирование",)), (2, 1, False, ("Сентябрь",))],
        [(0, 1, True, ()), (1, 1, False, ("Выбор форм",)), (2, 1, False, ("",))],
    ]
    assert raw.rows[1].cells[0].text == ""
    assert [row.index for row in raw.rows] == [0, 1, 2]


def test_merged_block_spanning_rows_and_columns() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 1).text = "блок"
    table.cell(0, 1).merge(table.cell(1, 2))

    raw = _only_table(extract_docx(_save(document)))

    assert _grid(raw) == [
        [(0, 1, False, ("",)), (1, 2, False, ("блок",))],
        [(0, 1, False, ("",)), (1, 2, True, ())],
        [(0, 1, False, ("",)), (1, 1, False, ("",)), (2, 1, False, ("",))],
    ]


def test_rows_starting_late_and_ending_early_keep_grid_columns() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row in range(3):
        for col in range(3):
            table.cell(row, col).text = f"{row}{col}"
    late, early = table.rows[1]._tr, table.rows[2]._tr
    late.remove(late.findall(qn("w:tc"))[0])
    late.get_or_add_trPr().append(_xml("<w:gridBefore w:val='1'/>"))
    early.remove(early.findall(qn("w:tc"))[-1])
    early.get_or_add_trPr().append(_xml("<w:gridAfter w:val='1'/>"))

    raw = _only_table(extract_docx(_save(document)))

    assert raw.n_cols == 3
    assert [[(c.col, c.text) for c in row.cells] for row in raw.rows] == [
        [(0, "00"), (1, "01"), (2, "02")],
        [(1, "11"), (2, "12")],
        [(0, "20"), (1, "21")],
    ]


def test_n_cols_without_table_grid_is_widest_row() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    tbl = table._tbl
    tbl.remove(tbl.find(qn("w:tblGrid")))
    table.rows[1]._tr.get_or_add_trPr().append(_xml("<w:gridAfter w:val='2'/>"))

    raw = _only_table(extract_docx(_save(document)))

    assert raw.n_cols == 4
    assert raw.rows[0].cells[0].chars_per_line is not None  # width still known from w:tcW


def test_vmerge_continuation_with_nothing_above_is_read_as_a_cell() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "осиротевшая ячейка"
    table.cell(0, 1)._tc.get_or_add_tcPr().append(_xml("<w:vMerge/>"))

    raw = _only_table(extract_docx(_save(document)))

    assert _grid(raw) == [[(0, 1, False, ("",)), (1, 1, False, ("осиротевшая ячейка",))]]


def test_legacy_hmerge_cells_fold_into_one() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "Ответственные"
    table.cell(0, 0)._tc.get_or_add_tcPr().append(_xml("<w:hMerge w:val='restart'/>"))
    table.cell(0, 1)._tc.get_or_add_tcPr().append(_xml("<w:hMerge/>"))

    raw = _only_table(extract_docx(_save(document)))

    assert _grid(raw) == [[(0, 2, False, ("Ответственные",)), (2, 1, False, ("",))]]


# --- text inside cells ---------------------------------------------------------------------------------


def test_cell_lines_keep_padding_paragraphs_breaks_and_tabs() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    items = table.cell(0, 0)
    items.text = "1. Проведение педсовета"
    run = items.add_paragraph().add_run("2. Родительские")
    run.add_break()
    run.add_text("собрания")
    tabbed = items.add_paragraph().add_run("3.")
    tabbed.add_tab()
    tabbed.add_text("Классные часы ")
    dates = table.cell(0, 1)
    dates.text = "Сентябрь"
    dates.add_paragraph("")
    dates.add_paragraph("Октябрь")
    dates.add_paragraph("")

    cells = _only_table(extract_docx(_save(document))).rows[0].cells

    assert cells[0].lines == ("1. Проведение педсовета", "2. Родительские", "собрания", "3. Классные часы")
    assert cells[1].lines == ("Сентябрь", "", "Октябрь", "")
    assert cells[1].text == "Сентябрь\n\nОктябрь"


def test_tracked_insertions_kept_and_deletions_dropped() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    _set_content(
        table.cell(0, 0),
        "<w:p><w:r><w:t xml:space='preserve'>Срок: </w:t></w:r>"
        "<w:del w:id='1' w:author='a'><w:r><w:delText>август</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='a'><w:r><w:t>сентябрь</w:t></w:r></w:ins></w:p>",
        # A paragraph whose mark was deleted joins the next paragraph once changes are accepted.
        "<w:p><w:pPr><w:rPr><w:del w:id='3' w:author='a'/></w:rPr></w:pPr>"
        "<w:r><w:t xml:space='preserve'>Зам. директора </w:t></w:r></w:p>",
        "<w:p><w:r><w:t>по УВР</w:t></w:r></w:p>",
        "<w:p><w:del w:id='4' w:author='a'><w:r><w:delText>удалено</w:delText></w:r></w:del>"
        "<w:moveFrom w:id='5' w:author='a'><w:r><w:t>перенесено</w:t></w:r></w:moveFrom></w:p>",
    )

    cell = _only_table(extract_docx(_save(document))).rows[0].cells[0]

    assert cell.lines == ("Срок: сентябрь", "Зам. директора по УВР", "")


def test_content_controls_at_body_and_cell_level() -> None:
    document = docx.Document()
    document.add_paragraph("до")
    inside = document.add_paragraph("в поле")
    table = document.add_table(rows=2, cols=3)
    for row in range(2):
        for col, text in enumerate(["a", "b", "c"]):
            table.cell(row, col).text = f"{text}{row}"
    document.add_paragraph("после")
    middle_tc, last_p = table.cell(0, 1)._tc, table.cell(0, 2).paragraphs[0]._p
    _wrap_in_sdt(middle_tc)  # a cell-level content control
    _wrap_in_sdt(last_p)  # a control around a paragraph inside a cell
    _wrap_in_sdt(table.rows[1]._tr)  # a row-level content control
    _wrap_in_sdt(inside._p)
    _wrap_in_sdt(table._tbl)

    result = extract_docx(_save(document))

    assert [b.text if isinstance(b, Paragraph) else "<table>" for b in result.blocks] == [
        "до",
        "в поле",
        "<table>",
        "после",
    ]
    assert [[(c.col, c.text) for c in row.cells] for row in _only_table(result).rows] == [
        [(0, "a0"), (1, "b0"), (2, "c0")],
        [(0, "a1"), (1, "b1"), (2, "c1")],
    ]


def test_nested_table_becomes_lines_of_the_outer_cell() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    outer = table.cell(0, 0)
    outer.text = "Мероприятия:"
    nested = outer.add_table(rows=2, cols=2)
    for row, (what, when) in enumerate([("Педсовет", "август"), ("Собрание", "сентябрь")]):
        nested.cell(row, 0).text = what
        nested.cell(row, 1).text = when
    table.cell(0, 1).text = "Директор"

    result = extract_docx(_save(document))
    raw = _only_table(result)

    assert raw.n_cols == 2
    assert _grid(raw) == [
        [
            (0, 1, False, ("Мероприятия:", "Педсовет август", "Собрание сентябрь", "")),
            (1, 1, False, ("Директор",)),
        ]
    ]


# --- list numbering ------------------------------------------------------------------------------------


def test_style_numbering_is_rendered_and_counted_in_document_order() -> None:
    document = docx.Document()
    document.add_paragraph("Цели", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Задачи"
    table.cell(0, 0).add_paragraph("Изучение", style="List Number")
    table.cell(0, 1).text = ""
    table.cell(0, 1).paragraphs[0].style = document.styles["List Number"]
    table.cell(0, 1).paragraphs[0].add_run("Ознакомление")

    result = extract_docx(_save(document))

    assert result.paragraphs()[0].text == "· Цели"
    cells = _only_table(result).rows[0].cells
    assert cells[0].lines == ("Задачи", "1. Изучение")
    assert cells[1].lines == ("2. Ознакомление",)


def test_numbering_formats_levels_and_restarts() -> None:
    document = docx.Document()
    _add_list(
        document, 90, [("decimal", "%1."), ("russianLower", "%2)"), ("upperRoman", "%1.%3.")], {91: None}
    )
    _add_list(document, 92, [("lowerLetter", "%1)"), ("bullet", "\uf0b7")], {93: None, 94: 1, 95: None})
    table = document.add_table(rows=1, cols=2)
    plan = table.cell(0, 0)
    plan.text = "Первый этап"
    _number(plan.paragraphs[0], 91)
    for text, level in [("а-пункт", 1), ("б-пункт", 1), ("римский", 2), ("Второй этап", 0), ("снова а", 1)]:
        _number(plan.add_paragraph(text), 91, level)
    other = table.cell(0, 1)
    other.text = "a"
    _number(other.paragraphs[0], 93)
    for text, num_id, level in [
        ("b", 93, 0),
        ("маркер", 93, 1),
        ("рестарт", 94, 0),
        ("c", 94, 0),
        ("d", 95, 0),
    ]:
        _number(other.add_paragraph(text), num_id, level)

    cells = _only_table(extract_docx(_save(document))).rows[0].cells

    assert cells[0].lines == (
        "1. Первый этап",
        "а) а-пункт",
        "б) б-пункт",
        "1.I. римский",
        "2. Второй этап",
        "а) снова а",
    )
    # numId 95 shares abstract 92 without an override, so it continues numId 94 (as Word does).
    assert cells[1].lines == ("a) a", "b) b", "· маркер", "a) рестарт", "b) c", "c) d")


# --- widths --------------------------------------------------------------------------------------------


def test_chars_per_line_from_cell_width_and_font_size() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)  # 6 inch text width -> 2880 twips = 144 pt per column
    table.cell(0, 0).paragraphs[0].add_run("крупно").font.size = Pt(14)
    table.cell(0, 1).text = "по умолчанию"  # document default from docDefaults: 11 pt
    table.cell(0, 1).merge(table.cell(0, 2))
    tc_pr = table.cell(0, 0)._tc.tcPr
    tc_pr.remove(tc_pr.find(qn("w:tcW")))  # falls back to the w:gridCol width

    cells = _only_table(extract_docx(_save(document))).rows[0].cells

    assert [c.chars_per_line for c in cells] == [round(144 / 7), round(288 / 5.5)]


def test_chars_per_line_unknown_without_any_width() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "x"
    tc_pr = table.cell(0, 0)._tc.tcPr
    tc_pr.remove(tc_pr.find(qn("w:tcW")))
    tbl = table._tbl
    tbl.remove(tbl.find(qn("w:tblGrid")))

    assert _only_table(extract_docx(_save(document))).rows[0].cells[0].chars_per_line is None


# --- broken, foreign and hostile files -----------------------------------------------------------------


def _simple_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Дорожная карта")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "ячейка"
    return _save(document)


def test_empty_bytes() -> None:
    with pytest.raises(EmptyFile):
        extract_docx(b"")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 4, "не zip"),
        (b"{\\rtf1\\ansi Hello}", "RTF"),
        (b"%PDF-1.7\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024, ".doc"),
    ],
)
def test_foreign_bytes_are_corrupt_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(CorruptFile, match=reason):
        extract_docx(data)


def test_truncated_docx_is_corrupt() -> None:
    data = _simple_docx()
    with pytest.raises(CorruptFile, match="zip повреждён"):
        extract_docx(data[: len(data) // 2])


def test_zip_without_main_document_is_corrupt() -> None:
    data = _repack(_simple_docx(), {"word/document.xml": None})
    with pytest.raises(CorruptFile, match=r"word/document\.xml"):
        extract_docx(data)


def test_broken_document_xml_is_corrupt() -> None:
    data = _repack(_simple_docx(), {"word/document.xml": b"<w:document xmlns:w='x'><w:body><w:p>"})
    with pytest.raises(CorruptFile, match="разметка"):
        extract_docx(data)


def test_password_protected_ole_package_is_encrypted() -> None:
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 512
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 64
    )
    with pytest.raises(EncryptedFile):
        extract_docx(data)


def test_absurd_declared_member_size_is_refused() -> None:
    data = bytearray(_simple_docx())
    name = b"word/document.xml"
    pos = data.find(b"PK\x01\x02")
    while pos != -1:  # patch the uncompressed size in the central directory entry for the document
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == name:
            struct.pack_into("<I", data, pos + 24, 300 * 1024 * 1024)
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(CorruptFile, match="слишком велика"):
        extract_docx(bytes(data))


def test_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("СЕКРЕТ", encoding="utf-8")
    document_xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>до &x; после</w:t></w:r></w:p></w:body>'
        "</w:document>"
    )
    data = _repack(_simple_docx(), {"word/document.xml": document_xml.encode()})

    texts = [p.text for p in extract_docx(data).paragraphs()]

    assert texts and not any("СЕКРЕТ" in text for text in texts)


def test_strict_ooxml_namespace_is_read() -> None:
    data = _simple_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document_xml = package.read("word/document.xml")
    strict = document_xml.replace(W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    result = extract_docx(_repack(data, {"word/document.xml": strict}))

    assert [p.text for p in result.paragraphs()] == ["Дорожная карта"]
    assert _only_table(result).rows[0].cells[0].text == "ячейка"
