"""XLSX extractor: the exact grid of a sheet (merges, hidden parts, value rendering), sheets, broken files.

Workbooks are built in memory with openpyxl and read back from bytes, as the pipeline reads them.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from extractors.detect import OLE_MAGIC
from extractors.xlsx import cell_text, extract_xls, extract_xlsx
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import RawCell, RawTable

Cell = tuple[int, int, bool, tuple[str, ...]]  # col, span, continued, lines


def _save(workbook: Any) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _replace_member(data: bytes, name: str, edit: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dest:
        for info in src.infolist():
            body = src.read(info)
            dest.writestr(info.filename, edit(body) if info.filename == name else body)
    return out.getvalue()


def _grid(table: RawTable) -> list[list[Cell]]:
    return [[(c.col, c.span, c.continued, c.lines) for c in row.cells] for row in table.rows]


def _roadmap_workbook() -> Any:
    """A note sheet, a hidden sheet, then the roadmap: title, spacer, header, stages, activities.

    Column D is hidden, row 7 is hidden, the title is merged past the last used column, the
    responsible cell E5 is merged down over rows 5-7.
    """
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Пояснения"
    notes["A1"] = "См. лист «Дорожная карта»"
    hidden = workbook.create_sheet("Служебный")
    hidden["A1"] = "не показывать"
    hidden.sheet_state = "hidden"
    ws = workbook.create_sheet("Дорожная карта")
    ws["A1"] = "Дорожная карта наставничества"
    ws.merge_cells("A1:H1")
    ws.append([])  # row 2: a spacer
    ws.append(["№", "Мероприятие", "Сроки", "служебное", "Ответственные"])
    ws.append(["1. Подготовительный этап"])
    ws.merge_cells("A4:E4")
    ws.append([1, "Назначение куратора\nИздание приказа", dt.datetime(2023, 9, 1), "x", "Директор"])
    ws.append([2.0, "Формирование базы наставников", "сентябрь", None, None])
    ws.append([3, "Скрытая строка", "октябрь", None, None])
    ws.merge_cells("E5:E7")
    ws.append(["2. Основной этап"])
    ws.merge_cells("A8:E8")
    ws.append([1.5, "Встречи наставников", 45200, None, "Наставники"])
    ws["C9"].number_format = "DD.MM.YYYY"  # a serial number shown as a date
    ws.column_dimensions["D"].hidden = True
    ws.row_dimensions[7].hidden = True
    return workbook


def test_roadmap_sheet_grid() -> None:
    result = extract_xlsx(_save(_roadmap_workbook()))

    assert result.method == "xlsx"
    assert result.warnings == []
    notes, roadmap = result.tables()  # the hidden sheet is skipped
    assert (notes.index, notes.n_cols) == (0, 1)
    assert _grid(notes) == [[(0, 1, False, ("См. лист «Дорожная карта»",))]]
    assert (roadmap.index, roadmap.n_cols) == (1, 4)
    assert [r.index for r in roadmap.rows] == list(range(7))
    assert all(r.page is None for r in roadmap.rows)
    assert _grid(roadmap) == [
        [(0, 4, False, ("Дорожная карта наставничества",))],
        [
            (0, 1, False, ("№",)),
            (1, 1, False, ("Мероприятие",)),
            (2, 1, False, ("Сроки",)),
            (3, 1, False, ("Ответственные",)),
        ],
        [(0, 4, False, ("1. Подготовительный этап",))],
        [
            (0, 1, False, ("1",)),
            (1, 1, False, ("Назначение куратора", "Издание приказа")),
            (2, 1, False, ("01.09.2023",)),
            (3, 1, False, ("Директор",)),
        ],
        [
            (0, 1, False, ("2",)),
            (1, 1, False, ("Формирование базы наставников",)),
            (2, 1, False, ("сентябрь",)),
            (3, 1, True, ()),
        ],
        [(0, 4, False, ("2. Основной этап",))],
        [
            (0, 1, False, ("1.5",)),
            (1, 1, False, ("Встречи наставников",)),
            (2, 1, False, ("01.10.2023",)),
            (3, 1, False, ("Наставники",)),
        ],
    ]
    multi_line = roadmap.rows[3].cells[1]
    assert multi_line == RawCell(
        "Назначение куратора\nИздание приказа", ("Назначение куратора", "Издание приказа"), 1
    )
    assert roadmap.rows[4].cells[3] == RawCell("", (), 3, continued=True)


def test_roadmap_on_second_sheet_after_an_empty_first_sheet() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Лист1"  # left empty: no table
    ws = workbook.create_sheet("План")
    ws.append(["Мероприятие", "Сроки"])
    ws.append(["Встреча", "май"])

    tables = extract_xlsx(_save(workbook)).tables()

    assert len(tables) == 1
    assert tables[0].index == 0
    assert _grid(tables[0]) == [
        [(0, 1, False, ("Мероприятие",)), (1, 1, False, ("Сроки",))],
        [(0, 1, False, ("Встреча",)), (1, 1, False, ("май",))],
    ]


def test_block_merged_across_and_down() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    for row in (["a", "b", "c"], ["d", None, "e"], [None, None, "f"]):
        ws.append(row)
    ws.merge_cells("A2:B3")

    assert _grid(extract_xlsx(_save(workbook)).tables()[0]) == [
        [(0, 1, False, ("a",)), (1, 1, False, ("b",)), (2, 1, False, ("c",))],
        [(0, 2, False, ("d",)), (2, 1, False, ("e",))],
        [(0, 2, True, ()), (2, 1, False, ("f",))],
    ]


def test_range_whose_top_left_row_is_hidden_shows_in_its_first_visible_row() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    for row in (["этап", "первое"], [None, "второе"], [None, "третье"]):
        ws.append(row)
    ws.merge_cells("A1:A3")
    ws.row_dimensions[1].hidden = True

    assert _grid(extract_xlsx(_save(workbook)).tables()[0]) == [
        [(0, 1, False, ("этап",)), (1, 1, False, ("второе",))],
        [(0, 1, True, ()), (1, 1, False, ("третье",))],
    ]


def test_grouped_hidden_columns_zero_width_and_empty_columns_are_dropped() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    ws.append(["a", None, "скрыт", "скрыт", "ноль", "b"])
    ws.append(["c", None, "скрыт", "скрыт", "ноль", "d"])
    ws.column_dimensions.group("C", "D", hidden=True)  # one <col min="3" max="4"> element
    # openpyxl does not write a zero width: add the <col> element Excel writes for a dragged-shut column.
    data = _replace_member(
        _save(workbook),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</cols>", b'<col min="5" max="5" width="0" customWidth="1"/></cols>'),
    )

    table = extract_xlsx(data).tables()[0]

    assert table.n_cols == 2
    assert _grid(table) == [
        [(0, 1, False, ("a",)), (1, 1, False, ("b",))],
        [(0, 1, False, ("c",)), (1, 1, False, ("d",))],
    ]


def test_centre_across_selection_title_counts_as_merged() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    ws["A1"] = "План мероприятий"
    for ref in ("A1", "B1", "C1"):
        ws[ref].alignment = Alignment(horizontal="centerContinuous")
    ws.append(["№", "Мероприятие", "Сроки"])

    assert _grid(extract_xlsx(_save(workbook)).tables()[0])[0] == [(0, 3, False, ("План мероприятий",))]


def test_blank_lines_inside_a_cell_are_kept_and_ends_trimmed() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    ws["A1"] = "\r\nсентябрь \r\n\r\n  май\n"

    cell = extract_xlsx(_save(workbook)).tables()[0].rows[0].cells[0]

    assert cell.text == "сентябрь\n\nмай"
    assert cell.lines == ("", "сентябрь", "", "май", "")


def test_chars_per_line_for_wrapped_cells_from_column_width_and_font() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 30
    ws["A1"], ws["B1"] = "обычный шрифт", "слитая ячейка"
    ws["A2"], ws["B2"] = "крупный шрифт", "без переноса"
    ws.merge_cells("B1:C1")
    for ref in ("A1", "B1", "A2"):
        ws[ref].alignment = Alignment(wrap_text=True)
    ws["A2"].font = Font(sz=14)

    rows = extract_xlsx(_save(workbook)).tables()[0].rows

    assert [(c.text, c.chars_per_line) for r in rows for c in r.cells] == [
        ("обычный шрифт", 40),
        ("слитая ячейка", 50),  # B + C
        ("крупный шрифт", round(40 * 11 / 14)),
        ("без переноса", None),  # not wrapped: one line whatever its length
    ]


def test_formula_shows_its_cached_value_not_the_formula() -> None:
    ws = (workbook := openpyxl.Workbook()).active
    ws["A1"], ws["B1"] = "итог", "=1+1"  # openpyxl stores no cached value: the cell shows nothing yet

    assert _grid(extract_xlsx(_save(workbook)).tables()[0]) == [[(0, 1, False, ("итог",))]]


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (12, "General", "12"),
        (12.0, "General", "12"),
        (1.1, "General", "1.1"),
        (0.1 + 0.2, "General", "0.3"),
        (-3.0, "0.00", "-3"),
        (0.25, "0%", "25%"),
        (True, "General", "ИСТИНА"),
        (dt.datetime(2023, 9, 1, 15, 30), "yyyy-mm-dd h:mm:ss", "01.09.2023"),
        (dt.date(2024, 5, 25), "DD.MM.YYYY", "25.05.2024"),
        (dt.datetime(2023, 10, 1), "[$-419]mmmm yyyy;@", "октябрь 2023"),
        (dt.datetime(2023, 10, 1), 'mmm\\ yy" г."', "октябрь 2023"),
        (dt.datetime(2024, 3, 1), "mmmm", "март"),
        (dt.datetime(2024, 1, 1), "yyyy", "2024"),
        (dt.datetime(2024, 2, 15), "d/mmm", "15.02"),  # the year is never shown
        (dt.datetime(2024, 2, 15), "[h]:mm", "15.02.2024"),
        (dt.time(9, 5), "h:mm", "09:05"),
        ("как есть", "@", "как есть"),
        (None, "General", ""),
    ],
)
def test_cell_text(value: object, number_format: str, text: str) -> None:
    assert cell_text(value, number_format) == text


# --- broken and foreign files --------------------------------------------------------------------------


def test_empty_bytes() -> None:
    with pytest.raises(EmptyFile):
        extract_xlsx(b"")


def test_workbook_with_nothing_in_it_has_no_tables() -> None:
    assert extract_xlsx(_save(openpyxl.Workbook())).blocks == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (os.urandom(2000), "не zip-архив"),
        (b"PK\x03\x04" + os.urandom(500), "zip повреждён"),
        (OLE_MAGIC + bytes(600), ".xls старого формата"),
    ],
)
def test_foreign_bytes_are_corrupt(data: bytes, reason: str) -> None:
    with pytest.raises(CorruptFile, match=reason):
        extract_xlsx(data)


def test_zip_without_workbook_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    with pytest.raises(CorruptFile):
        extract_xlsx(buffer.getvalue())


def test_truncated_and_broken_xml_are_corrupt() -> None:
    data = _save(_roadmap_workbook())
    with pytest.raises(CorruptFile):
        extract_xlsx(data[: len(data) // 2])
    with pytest.raises(CorruptFile):
        extract_xlsx(_replace_member(data, "xl/worksheets/sheet3.xml", lambda xml: xml[:60]))


def test_password_protected_package_is_encrypted() -> None:
    data = OLE_MAGIC + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    with pytest.raises(EncryptedFile):
        extract_xlsx(data)


# --- .xls through LibreOffice ----------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_xls_is_read_through_libreoffice(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Дорожная карта"])
    ws.merge_cells("A1:C1")
    ws.append(["№", "Мероприятие", "Сроки"])
    ws.append([1, "Встреча с наставником", "сентябрь 2023"])
    ws.append([2, "Анкетирование\nнаставляемых", "май"])
    ws.merge_cells("C3:C4")
    (tmp_path / "roadmap.xlsx").write_bytes(_save(workbook))
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless"),
            *("--convert-to", "xls", "--outdir", str(tmp_path / "out"), str(tmp_path / "roadmap.xlsx")),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    xls = (tmp_path / "out" / "roadmap.xls").read_bytes()
    assert xls.startswith(OLE_MAGIC)

    result = extract_xls(xls, cache_dir=tmp_path / "cache")

    assert result.method == "xlsx"
    assert _grid(result.tables()[0]) == _grid(extract_xlsx(_save(workbook)).tables()[0])
