"""Text exports (.txt, .html): encodings, the seeds' layouts, pipes, `pdftotext -layout`, site wrappers.

The seeds are read from the shared folder next to the repository (../shared/seeds); the other fixtures are
written here by hand, each in the shape a real export has.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractors.text import decode, extract_text
from pipeline.errors import CorruptFile, EmptyFile
from pipeline.models import ExtractedDocument, RawRow, RawTable

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed exports not found in {SEEDS}")


def _seed(prefix: str) -> ExtractedDocument:
    return extract_text(next(SEEDS.glob(f"{prefix}_*.txt")).read_bytes())


def _texts(row: RawRow) -> tuple[str, ...]:
    return tuple(c.text for c in row.cells)


def _row(table: RawTable, first: str) -> RawRow:
    return next(r for r in table.rows if r.cells[0].text == first)


def _only_table(doc: ExtractedDocument) -> RawTable:
    tables = doc.tables()
    assert len(tables) == 1
    return tables[0]


# --- seeds ------------------------------------------------------------------------------------


@needs_seeds
def test_seed_000_tab_rows_with_italic_remnants_and_a_row_split_over_two_lines() -> None:
    doc = _seed("000")
    assert doc.method == "text" and doc.n_pages is None
    table = _only_table(doc)
    assert table.n_cols == 4
    assert _texts(table.rows[0]) == ("№ п/п", "Мероприятие", "Сроки", "Ответственные")
    assert _texts(_row(table, "1.1")) == (
        "1.1",
        "Информирование педагогического сообщества образовательной организации о реализации программы "
        "наставничества",
        "Сентябрь",
        "Директор, зам. директора поУВР",
    )
    assert _row(table, "3.2").cells[3].text == "психолог"  # <i>психолог</i>
    assert (
        _row(table, "7.1")
        .cells[1]
        .text.endswith("представителей иных образовательных организаций и некоммерческих организаций")
    )
    assert [r.cells[0].text for r in table.rows].count("") == 0  # the split line is no row of its own
    assert [r.index for r in table.rows] == list(range(len(table.rows)))
    assert "СОГЛАСОВАНО" in [p.text for p in doc.paragraphs()]


@needs_seeds
def test_seed_001_serialized_cells_keep_sub_items_and_blank_lines() -> None:
    doc = _seed("001")
    table = _only_table(doc)
    assert table.n_cols == 6
    assert _texts(table.rows[0])[4:] == ("Сроки", "Ответственные")
    stage_1 = table.rows[1]
    assert stage_1.cells[1].lines[0] == "Подготовка условий для запуска программы наставничества"
    assert stage_1.cells[1].lines[1].startswith("Задача:")
    informing = next(r for r in table.rows if r.cells[2].text.startswith("Информирование родителей"))
    assert informing.cells[3].lines[:2] == (
        "1. Проведение педагогического совета.",
        "2. Проведение родительских собраний.",
    )
    meetings = next(r for r in table.rows if r.cells[4].text.startswith("Ноябрь 2024г.\n\nДекабрь"))
    assert meetings.cells[4].lines == (
        "Ноябрь 2024г.",
        "",
        "Декабрь 2024г.",
        "",
        "",
        "",
        "В течение года",
        "Май 2025г.",
    )
    assert meetings.cells[3].lines[0].startswith("1. Проведение первой")
    # The OCR'd hidden text layer after the table is not the last responsible cell.
    assert table.rows[-1].cells[5].text == "Зам.директора поУ ВР"
    assert doc.paragraphs()[-1].text.startswith("HaCHHHOCTS")


@needs_seeds
def test_seed_002_row_continued_after_a_page_break_is_joined() -> None:
    table = _only_table(_seed("002"))
    row = _row(table, "5.")
    assert row.cells[1].text == "Организация и осуществление работы наставнических пар/групп"
    assert "для каждой пары/группы 3) Организация" in row.cells[2].text
    assert row.cells[3].lines == ("Ежегодно, до 1 октября Ежегодно, до 1 ноября", "Постоянно")
    assert len(table.rows) == 8


@needs_seeds
def test_seed_003_html_remnants_become_lines_of_the_stage_cell() -> None:
    doc = _seed("003")
    table = _only_table(doc)
    stage = _row(table, "1").cells[1]
    assert stage.lines[0] == "Подготовка условий для запуска программы наставничества"
    assert stage.lines[1].startswith("Задача: информирование о запуске программы наставничества;")
    assert stage.lines[2].startswith("Результат: определены необходимые ресурсы")
    assert not any("<" in c.text for r in table.rows for c in r.cells)
    assert _row(table, "3").cells[1].lines[1].startswith("Задача: поиск потенциальных наставников")
    assert _row(table, "5.2").cells[1].text == (
        "Проведение анкетирования на предмет предпочитаемого наставника/наставляемого после завершения "
        "групповой встречи"
    )
    assert doc.paragraphs()[1].text.startswith("1-й этап — планирование")  # **bold** markers dropped


@needs_seeds
def test_seed_004_dates_and_responsible_split_off_the_last_line_of_a_row() -> None:
    doc = _seed("004")
    table = _only_table(doc)
    assert table.n_cols == 3
    assert _texts(table.rows[0]) == ("Мероприятия", "Сроки", "Ответственные")
    stage = table.rows[1]
    assert len(stage.cells) == 1 and stage.cells[0].span == 3
    assert stage.cells[0].lines[0] == "Подготовка условий для запуска программы наставничества"
    assert stage.cells[0].lines[1].endswith("аудитории для поиска наставников")  # wrapped note joined
    first = table.rows[2]
    assert first.cells[0].lines == (
        "Информирование педагогического сообщества образовательной организации о",
        "реализации программы наставничества",
    )
    assert (first.cells[1].text, first.cells[2].text) == ("Сентябрь 2020 г.", "Директор")
    rows = [r for r in table.rows if len(r.cells) == 3][1:]
    assert len(rows) == 35 and all(r.cells[1].text and r.cells[2].text for r in rows)
    assert rows[4].cells[2].lines == ("Куратор программы,", "педагог-психолог")
    meetings = next(r for r in rows if r.cells[0].text.startswith("Регулярные встречи"))
    assert _texts(meetings) == (
        "Регулярные встречи наставника и наставляемого",
        "Февраль – май 2022 г.",
        "Наставники",
    )
    assert (
        doc.paragraphs()[0].text == "Дорожная карта внедрения целевой модели наставничества в МАОУ Лицей № 12"
    )
    assert doc.paragraphs()[1].text == "Перспективные результаты внедрения целевой модели наставничества"


# --- encodings ------------------------------------------------------------------------------

_TABLE = (
    "Дорожная карта наставничества\n"
    "№ п/п\tМероприятие\tСроки\tОтветственные\n"
    "1.1\tВстреча с наставниками\tСентябрь\tЗам. директора по УВР\n"
    "1.2\tАнкетирование участников\tОктябрь\tПсихолог\n"
)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866", "utf-8"])
def test_single_byte_code_pages_are_told_apart(codec: str) -> None:
    doc = extract_text(_TABLE.replace("№", "N").encode(codec))
    assert doc.paragraphs()[0].text == "Дорожная карта наставничества"
    assert _texts(_only_table(doc).rows[2]) == ("1.2", "Анкетирование участников", "Октябрь", "Психолог")


@pytest.mark.parametrize("text", ["ДОРОЖНАЯ КАРТА", "Сроки", "Май", "ЗДУВР", "Зам. директора по УВР"])
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866"])
def test_short_and_capitalised_texts_are_no_mojibake(text: str, codec: str) -> None:
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + _TABLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + _TABLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + _TABLE.encode("utf-16-be"),
        _TABLE.encode("utf-16-le"),
        _TABLE.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be"],
)
def test_byte_order_marks_and_utf16_without_them(data: bytes) -> None:
    doc = extract_text(data)
    assert doc.paragraphs()[0].text == "Дорожная карта наставничества"
    assert _only_table(doc).rows[0].cells[0].text == "№ п/п"


def test_utf8_saved_twice_through_cp1251_is_repaired() -> None:
    text = "Дорожная карта реализации целевой модели наставничества на 2023-2024 учебный год"
    assert decode(text.encode("utf-8").decode("cp1251").encode("utf-8")) == text


def test_utf8_with_a_broken_byte_stays_utf8_with_a_warning() -> None:
    text = "План мероприятий дорожной карты наставничества. " * 5
    doc = extract_text(text.encode() + b"\xd0" + text.encode())
    assert doc.paragraphs()[0].text.startswith("План мероприятий")
    assert doc.warnings


@pytest.mark.parametrize(
    "junk",
    [bytes(range(256)) * 8, b"\x00\x01\x02\x03binary\x00", b"\x89PNG\r\n\x1a\n" + bytes(range(200))],
    ids=["all-bytes", "nul", "png"],
)
def test_binary_junk_is_no_text(junk: bytes) -> None:
    with pytest.raises(CorruptFile, match="не текстовый файл"):
        extract_text(junk)


def test_empty_file() -> None:
    with pytest.raises(EmptyFile):
        extract_text(b"")


# --- plain-text layouts -------------------------------------------------------------------------


def test_site_wrapper_escaped_quotes_and_backslash_in_number_header() -> None:
    text = (
        "Дорожная карта 09.01.2023.docx\n"
        "Скачать:\n"
        "Вложение\tРазмер\n"
        "dorozhnaya_karta.docx\t122.5 КБ\n"
        "\n"
        "Предварительный просмотр:\n"
        "\n"
        'План мероприятий \\"Наставничество\\"\n'
        "№ п\\п\tМероприятие\tСроки\tОтветственные\n"
        "1\tВстреча\tМай\tДиректор\n"
        "2\tОпрос\tМай\tПсихолог\n"
    )
    doc = extract_text(text.encode("cp1251"))
    assert [p.text for p in doc.paragraphs()] == ['План мероприятий "Наставничество"']
    table = _only_table(doc)
    assert table.rows[0].cells[0].text == "№ п/п"
    assert len(table.rows) == 3


def test_tab_rows_line_without_tabs_continues_a_cell_or_heads_a_stage() -> None:
    text = (
        "№\tМероприятие\tСроки\tОтветственные\n"
        "1.1\tИнформирование педагогов о\tСентябрь\tДиректор\n"
        "реализации программы\n"
        "Формирование базы наставников\n"
        "2.1\tАнкетирование\tОктябрь\tПсихолог\n"
    )
    table = _only_table(extract_text(text.encode()))
    assert _row(table, "1.1").cells[1].text == "Информирование педагогов о реализации программы"
    stage = table.rows[2]
    assert (stage.cells[0].text, stage.cells[0].span) == ("Формирование базы наставников", 4)


def test_pipe_table_with_empty_cells() -> None:
    text = (
        "| № | Мероприятие | Сроки | Ответственные |\n"
        "|---|---|---|---|\n"
        "| 1 | Подготовка условий для запуска программы наставничества | | |\n"
        "|1.1|Информирование педагогического сообщества|Сентябрь|Директор|\n"
        "|1.2|Информирование родительского сообщества|||\n"
        "||||\n"
        "| | | | |\n"
    )
    table = _only_table(extract_text(text.encode()))
    assert table.n_cols == 4
    assert [_texts(r) for r in table.rows[1:]] == [
        ("1", "Подготовка условий для запуска программы наставничества", "", ""),
        ("1.1", "Информирование педагогического сообщества", "Сентябрь", "Директор"),
        ("1.2", "Информирование родительского сообщества", "", ""),
    ]


def test_grid_table_cells_span_several_lines() -> None:
    text = (
        "+-----+---------------------------+----------+----------+\n"
        "| №   | Мероприятие               | Сроки    | Ответст- |\n"
        "|     |                           |          | венные   |\n"
        "+=====+===========================+==========+==========+\n"
        "| 1.1 | 1. Издание приказа о      | Сентябрь | Директор |\n"
        "|     | внедрении                 |          |          |\n"
        "|     | 2. Разработка положения   | Октябрь  |          |\n"
        "+-----+---------------------------+----------+----------+\n"
        "| 1.2 | Анкетирование             | Май      | Психолог |\n"
        "+-----+---------------------------+----------+----------+\n"
    )
    table = _only_table(extract_text(text.encode()))
    row = _row(table, "1.1")
    assert row.cells[1].lines == ("1. Издание приказа о", "внедрении", "2. Разработка положения")
    assert row.cells[2].lines == ("Сентябрь", "", "Октябрь")  # level with the sub-items


_LAYOUT = """\
                  ДОРОЖНАЯ КАРТА
       реализации программы наставничества

 №
         Мероприятие                              Сроки          Ответственные
п/п
 1       Подготовка условий для запуска программы наставничества
 1.1     Информирование педагогического           Сентябрь       Директор
         сообщества о реализации программы                       школы
         наставничества
 1.2     Информирование родительского             Сентябрь       Зам. директора
         сообщества                                              по ВР
         Встреча с обучающимися образовательной
 1.3     организации с информированием о          Октябрь        Классные
         программе наставничества                                руководители

Директор школы                        И.И. Иванова
"""


def test_pdftotext_layout_columns_and_wrapped_cells() -> None:
    doc = extract_text(_LAYOUT.encode())
    table = _only_table(doc)
    assert _texts(table.rows[0]) == ("№ п/п", "Мероприятие", "Сроки", "Ответственные")
    assert _texts(_row(table, "1"))[1] == "Подготовка условий для запуска программы наставничества"
    first = _row(table, "1.1")
    assert first.cells[1].lines == (
        "Информирование педагогического",
        "сообщества о реализации программы",
        "наставничества",
    )
    assert (first.cells[2].text, first.cells[3].lines) == ("Сентябрь", ("Директор", "школы"))
    # The row number printed on the wrapped second line: the row starts one line above it.
    third = next(r for r in table.rows if r.cells[0].text == "1.3")
    assert third.cells[1].lines[0] == "Встреча с обучающимися образовательной"
    assert third.cells[3].text == "Классные\nруководители"
    assert _row(table, "1.2").cells[1].text == "Информирование родительского\nсообщества"
    assert [p.text for p in doc.paragraphs()] == [
        "ДОРОЖНАЯ КАРТА реализации программы наставничества",
        "Директор школы И.И. Иванова",
    ]


_TOP_ALIGNED = """\
№     Мероприятие                                 Сроки       Ответственные
1.1   Информирование родительского сообщества о   Сентябрь    зам. директора по ВР,
      планируемой реализации программы                        зам. директора
      наставничества                                          поУВР, социальный
                                                              педагог
1.2   Встреча с обучающимися                      Сентябрь    зам. директора
      организации                                             поУВР, зам.
                                                              директора по ВР,
                                                              классные
                                                              руководители
2     Формирование базы наставляемых
2.1   Проведение анкетирования среди              Сентябрь    психолог
      обучающихся
"""


def test_pdftotext_layout_wrapped_cells_stay_in_the_band_of_their_row() -> None:
    """Cells aligned to the top of a ruled row: whatever wraps below the row's number, down to the next
    number, is that row's, even when only the responsible column goes on (a stage row follows)."""
    table = _only_table(extract_text(_TOP_ALIGNED.encode()))
    assert _row(table, "1.1").cells[3].lines == (
        "зам. директора по ВР,",
        "зам. директора",
        "поУВР, социальный",
        "педагог",
    )
    assert _row(table, "1.2").cells[3].text.endswith("классные\nруководители")
    assert _row(table, "1.2").cells[1].text == "Встреча с обучающимися\nорганизации"
    assert _texts(_row(table, "2"))[1:] == ("Формирование базы наставляемых", "", "")
    assert _row(table, "2.1").cells[3].text == "психолог"


_CENTRED = """\
№     Мероприятие                         Сроки       Ответственные
1.1   Информирование педагогов о          Сентябрь    Директор
      реализации программы

                                                      зам. директора по
1.2   Анкетирование обучающихся           Октябрь     УВР, зам. директора
                                                      по ВР, психолог
      Встреча с наставниками и
1.3   наставляемыми для обсуждения        Май         Куратор
      планов работы

      Дополнительная встреча с            Май         Куратор
      родителями
"""


def test_pdftotext_layout_centred_cells_start_above_the_row_number() -> None:
    """Cells centred in a ruled row: a responsible cell taller than the activity starts above the row's
    number (a blank line parts it from the cell above), an activity wrapped over three lines has the
    number on its second line; after a blank line, a capitalised activity starts a row of its own."""
    table = _only_table(extract_text(_CENTRED.encode()))
    assert _row(table, "1.1").cells[3].text == "Директор"
    assert _row(table, "1.2").cells[3].text == "зам. директора по\nУВР, зам. директора\nпо ВР, психолог"
    third = _row(table, "1.3")
    assert third.cells[1].text == "Встреча с наставниками и\nнаставляемыми для обсуждения\nпланов работы"
    assert (third.cells[2].text, third.cells[3].text) == ("Май", "Куратор")
    assert _texts(table.rows[-1]) == ("", "Дополнительная встреча с\nродителями", "Май", "Куратор")


def test_flowing_rows_with_numbers_and_the_responsible_on_the_next_line() -> None:
    text = (
        "№ п/п Мероприятие Срок исполнения Ответственный\n"
        "1. Информирование педагогического коллектива о реализации\n"
        "программы наставничества Сентябрь 2023 г. Директор\n"
        "2. Анкетирование обучающихся В течение года Педагог-психолог,\n"
        "социальный педагог\n"
        "3. Встреча с наставниками Май 2024 г.\n"
        "Куратор программы\n"
        "Согласовано на заседании педагогического совета\n"
    )
    table = _only_table(extract_text(text.encode()))
    assert _texts(table.rows[0]) == ("№ п/п", "Мероприятие", "Срок исполнения", "Ответственный")
    assert [_texts(r) for r in table.rows[1:]] == [
        (
            "1.",
            "Информирование педагогического коллектива о реализации\nпрограммы наставничества",
            "Сентябрь 2023 г.",
            "Директор",
        ),
        ("2.", "Анкетирование обучающихся", "В течение года", "Педагог-психолог,\nсоциальный педагог"),
        ("3.", "Встреча с наставниками", "Май 2024 г.", "Куратор программы"),
    ]


_ONE_CELL_PER_LINE = """\
Дорожная карта внедрения целевой модели
наставничества в МАОУ Лицей № 12

Мероприятия
Сроки
Ответственные
Подготовка условий для запуска программы наставничества
Задача: информирование о запуске программы наставничества
Результат: определены необходимые ресурсы
Информирование педагогического сообщества о реализации программы наставничества
Сентябрь 2020 г.
Директор
Анкетирование обучающихся/педагогов, желающих принять участие в программе
Ноябрь 2020 г.
Куратор программы,
педагог-психолог
Формирование базы наставников
Поиск экспертов и материалов для проведения обучения наставников
Май 2021 г.
Куратор программы
Обучение наставников
Май 2021 г.
Куратор программы

Перспективные результаты внедрения целевой модели наставничества
1) обучающихся:
не менее 10% в 2020 году;
2) педагогических работников:
не менее 10% в 2020 году.
"""
_CELL_ROWS = [
    (
        "Подготовка условий для запуска программы наставничества\n"
        "Задача: информирование о запуске программы наставничества\n"
        "Результат: определены необходимые ресурсы",
    ),
    (
        "Информирование педагогического сообщества о реализации программы наставничества",
        "Сентябрь 2020 г.",
        "Директор",
    ),
    (
        "Анкетирование обучающихся/педагогов, желающих принять участие в программе",
        "Ноябрь 2020 г.",
        "Куратор программы,\nпедагог-психолог",
    ),
    ("Формирование базы наставников",),
    ("Поиск экспертов и материалов для проведения обучения наставников", "Май 2021 г.", "Куратор программы"),
    ("Обучение наставников", "Май 2021 г.", "Куратор программы"),
]


def test_one_cell_per_line_table_is_read_by_what_each_line_holds() -> None:
    """LibreOffice's plain-text export of a table: every cell on a line of its own. The header's words
    give the columns; a date phrase is the dates cell, a role phrase the responsible (a role-like activity,
    «Обучение наставников», is text when its own date follows), a stage title and its notes a full-width
    row; the lists after the table stay paragraphs."""
    doc = extract_text(_ONE_CELL_PER_LINE.replace("\n", "\r\n").encode("cp1251"))
    table = _only_table(doc)
    assert _texts(table.rows[0]) == ("Мероприятия", "Сроки", "Ответственные")
    assert [_texts(r) for r in table.rows[1:]] == _CELL_ROWS
    assert [c.span for c in table.rows[1].cells] == [3]
    paragraphs = [p.text for p in doc.paragraphs()]
    assert paragraphs[0] == "Дорожная карта внедрения целевой модели наставничества в МАОУ Лицей № 12"
    assert paragraphs[1:] == [
        "Перспективные результаты внедрения целевой модели наставничества",
        "1) обучающихся:",
        "не менее 10% в 2020 году;",
        "2) педагогических работников:",
        "не менее 10% в 2020 году.",
    ]


def test_one_cell_per_line_with_a_blank_line_after_every_cell() -> None:
    spaced = "\n".join(f"{line}\n" if line else line for line in _ONE_CELL_PER_LINE.split("\n"))
    table = _only_table(extract_text(spaced.encode()))
    assert [_texts(r) for r in table.rows[1:]] == _CELL_ROWS


def test_one_cell_per_line_numbered_rows_alternating_lines_and_an_unpaired_date() -> None:
    """Numbers on lines of their own; the activity's wrapped text goes on after its date (lines alternate
    between the text and the other cells); a blank line stands for an empty dates cell; a date with no
    activity left to take it is not paired; a signature after a blank line is no responsible."""
    text = (
        "№ п/п\nМероприятие\nСрок исполнения\nОтветственный\n"
        "1\nПодготовка условий для запуска программы наставничества\nЗадача: информирование о запуске\n"
        "1.1\nИнформирование педагогического сообщества\nСентябрь 2023 г.\nо реализации программы\nДиректор\n"
        "1.2\nАнкетирование обучающихся\n\nПсихолог\n"
        "1.3\nВстреча с наставниками\nВ течение года\nКлассные руководители\nДекабрь 2023 г.\n"
        "1.4\nСбор согласий\nМай 2024 г.\nЗаместитель директора по УВР\n"
        "\nДиректор школы И.И. Иванова\n"
    )
    doc = extract_text(text.encode())
    table = _only_table(doc)
    assert _texts(table.rows[0]) == ("№ п/п", "Мероприятие", "Срок исполнения", "Ответственный")
    stage = table.rows[1]
    assert [(c.text, c.span) for c in stage.cells] == [
        ("1", 1),
        ("Подготовка условий для запуска программы наставничества\nЗадача: информирование о запуске", 3),
    ]
    assert [_texts(r) for r in table.rows[2:]] == [
        (
            "1.1",
            "Информирование педагогического сообщества\nо реализации программы",
            "Сентябрь 2023 г.",
            "Директор",
        ),
        ("1.2", "Анкетирование обучающихся", "", "Психолог"),
        ("1.3", "Встреча с наставниками", "В течение года", "Классные руководители"),
        ("1.4", "Сбор согласий", "Май 2024 г.", "Заместитель директора по УВР"),
    ]
    assert [p.text for p in doc.paragraphs()] == ["Директор школы И.И. Иванова"]


def test_numbered_paragraphs_without_a_table_stay_paragraphs() -> None:
    text = (
        "<p><b>План мероприятий</b></p>\n"
        "1. Информирование педагогов о реализации программы\n"
        "\n"
        "наставничества — сентябрь — директор.\n"
        "2. Анкетирование — октябрь — психолог.\n"
        "\f"
        "   2   \n"
        "3. Встреча — май — куратор.\n"
    )
    doc = extract_text(text.encode(), html=False)
    assert doc.tables() == []
    assert [p.text for p in doc.paragraphs()] == [
        "План мероприятий",
        "1. Информирование педагогов о реализации программы наставничества — сентябрь — директор.",
        "2. Анкетирование — октябрь — психолог.",
        "3. Встреча — май — куратор.",
    ]
    assert [p.index for p in doc.paragraphs()] == [0, 1, 2, 3]


# --- HTML ---------------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1251"><title>Карта</title>
<style>td { color: red }</style><script>var t = "<table><tr><td>x</td></tr></table>";</script></head>
<body><div class="menu">Главная</div>
<p>Скачать:</p>
<table><tr><td>Вложение</td><td>Размер</td></tr><tr><td>karta.doc</td><td>122.5 КБ</td></tr></table>
<p>Предварительный просмотр:</p>
<p align="center"><b>Дорожная карта</b><br>на 2023&nbsp;&ndash;&nbsp;2024 учебный год</p>
<!-- a comment -->
<table border="1">
<thead><tr><th>№ п\\п</th><th>Мероприятие</th><th colspan="2">Сроки и ответственные</th></tr></thead>
<tbody>
<tr><td rowspan="2">1</td><td>Подготовка условий</td><td colspan="2">Сентябрь</td></tr>
<tr><td><p>1. Издание приказа</p><p>2. Разработка \\"положения\\"</p></td>
    <td><p>Сентябрь</p><p>&nbsp;</p><p>Октябрь</p></td><td rowspan="2">Директор<br>Зам. директора</td></tr>
<tr><td>2</td><td><ol><li>Анкетирование</li><li>Сбор данных</li></ol></td><td>Май</td></tr>
</tbody></table>
<p>Директор школы ____ И.И. Иванова</p>
</body></html>"""


def test_html_table_with_rowspan_colspan_and_cell_lines() -> None:
    doc = extract_text(_PAGE.encode("cp1251"))
    assert doc.method == "html" and doc.n_pages is None
    assert [p.text for p in doc.paragraphs()] == [
        "Дорожная карта",
        "на 2023 – 2024 учебный год",
        "Директор школы ____ И.И. Иванова",
    ]
    table = _only_table(doc)
    assert table.n_cols == 4
    header, stage, sub, last = table.rows
    assert [(c.col, c.span, c.text) for c in header.cells] == [
        (0, 1, "№ п/п"),
        (1, 1, "Мероприятие"),
        (2, 2, "Сроки и ответственные"),
    ]
    assert [(c.col, c.span) for c in stage.cells] == [(0, 1), (1, 1), (2, 2)]
    assert (sub.cells[0].col, sub.cells[0].continued, sub.cells[0].text) == (0, True, "")
    assert sub.cells[1].lines == ("1. Издание приказа", '2. Разработка "положения"')
    assert sub.cells[2].lines == ("Сентябрь", "", "Октябрь")
    assert sub.cells[3].lines == ("Директор", "Зам. директора")
    assert last.cells[1].lines == ("1. Анкетирование", "2. Сбор данных")
    assert (last.cells[3].col, last.cells[3].continued) == (3, True)
    assert [b.index for b in doc.blocks] == [0, 1, 0, 3]


def test_html_layout_table_around_the_roadmap_is_dissolved() -> None:
    page = (
        "<html><body><table><tr><td>Меню</td><td>"
        "<p>План мероприятий</p>"
        "<table><tr><td>№</td><td>Мероприятие</td><td>Сроки</td></tr>"
        "<tr><td>1</td><td>Анкетирование</td><td>Май</td></tr></table>"
        "</td></tr></table></body></html>"
    )
    doc = extract_text(page.encode(), html=True)
    assert [p.text for p in doc.paragraphs()] == ["Меню", "План мероприятий"]
    assert _texts(_only_table(doc).rows[1]) == ("1", "Анкетирование", "Май")


def test_excel_tab_export_quoted_cells_keep_their_line_breaks_and_quotes() -> None:
    text = (
        "Мероприятие\tСроки\tОтветственные\r\n"
        'Совещание педколлектива\tСентябрь\t"Директор\r\nЗам. директора по УВР"\r\n'
        '"Праздник ""Наставник года"""\tМай\t"Директор"\r\n'
        "Анкетирование наставников\tОктябрь\tПсихолог\r\n"
    )
    table = _only_table(extract_text(text.encode("cp1251")))
    assert [_texts(r) for r in table.rows[1:]] == [
        ("Совещание педколлектива", "Сентябрь", "Директор\nЗам. директора по УВР"),
        ('Праздник "Наставник года"', "Май", "Директор"),
        ("Анкетирование наставников", "Октябрь", "Психолог"),
    ]


# pdftotext squeezes a line too full for its columns to the left, with one space between cells.
_SQUEEZED = """\
№     Наименование мероприятия             Сроки        Ответственные         Результат
1.    Создание рабочей группы по внедрению Август 2024 г. Директор Петрова Приказ
      целевой модели наставничества                          И.И.
2.    Проведение педагогического совета        30.08.2024     Директор, ЗДУВР   Протокол
3.    Классный час для обучающихся 5-11        Сентябрь       Классные          Информация
      классов                                  2024 г.        руководители      на сайте
4.    Встреча с представителями партнёров Октябрь 2024 ЗДВР, советник         Список
      и выпускников школы                      г.             директора по      наставников
"""


def test_pdftotext_layout_squeezed_lines_keep_their_columns() -> None:
    table = _only_table(extract_text(_SQUEEZED.encode()))
    assert _texts(table.rows[0]) == ("№", "Наименование мероприятия", "Сроки", "Ответственные", "Результат")
    assert _texts(_row(table, "1.")) == (
        "1.",
        "Создание рабочей группы по внедрению\nцелевой модели наставничества",
        "Август 2024 г.",
        "Директор Петрова\nИ.И.",
        "Приказ",
    )
    # Digits at the end of an activity line that does not run on are not a date cell.
    assert _texts(_row(table, "3."))[1:3] == (
        "Классный час для обучающихся 5-11\nклассов",
        "Сентябрь\n2024 г.",
    )
    assert _texts(_row(table, "4."))[2:4] == ("Октябрь 2024\nг.", "ЗДВР, советник\nдиректора по")


def test_pdftotext_layout_squeezed_lowercase_month_starts_the_dates_cell() -> None:
    text = (
        "Мероприятие                             Сроки          Ответственные\n"
        "Ознакомление педагогов с методологией август 2023     директор школы\n"
        "наставничества на педсовете\n"
        "Корректировка Положения о               до 15.09.2023  заместитель\n"
        "наставничестве                                         директора\n"
    )
    table = _only_table(extract_text(text.encode()))
    assert _texts(table.rows[1]) == (
        "Ознакомление педагогов с методологией\nнаставничества на педсовете",
        "август 2023",
        "директор школы",
    )


# `pdftotext -layout` with a proportional font: a long activity line leaves one space before the date
# cell, printed a few characters left of its column («… работы на Сентябрь»); the header word «Сроки» is
# centred right of where the dates start. After the form feed, the next page has columns of its own.
_ONE_SPACE_PAGE_1 = """\
 №               Мероприятие                          Сроки       Ответственные
1.   Разработка положения о наставничестве       Август 2025   Директор
     и утверждение его приказом
2.   Знакомство коллектива с планом работы на Сентябрь         Заместитель директора
     педагогическом совете                                     по УВР
3.   Подбор пар «наставник – наставляемый» по    Сентябрь      Руководители МО
     итогам анкетирования
4.   Анкетирование молодых педагогов о своих Октябрь           Педагог-психолог
     затруднениях
5.   Обучающий семинар для наставников           до 15.10.2025 Заместитель
                                                               директора
6.   Открытые уроки наставников для молодых в Май              Руководители МО
     специалистов
7.   Выступление пар на методическом объединении Март          Руководители МО
8.   Консультации для наставляемых по запросу  Ноябрь          Наставники
"""
_ONE_SPACE_PAGE_2 = """\
9.   Взаимопосещение уроков в парах       Декабрь    Наставники
10.  Промежуточная встреча участников Январь         Руководитель
     программы                                       программы
11.  Итоговая конференция «Шаг вперёд»    Июнь       Директор
12.  Сдача отчётов по итогам работы пар До 20.06.2026 Куратор
"""
_ONE_SPACE_ROWS_PAGE_1 = [
    ("№", "Мероприятие", "Сроки", "Ответственные"),
    ("1.", "Разработка положения о наставничестве\nи утверждение его приказом", "Август 2025", "Директор"),
    (
        "2.",
        "Знакомство коллектива с планом работы на\nпедагогическом совете",
        "Сентябрь",
        "Заместитель директора\nпо УВР",
    ),
    ("3.", "Подбор пар «наставник – наставляемый» по\nитогам анкетирования", "Сентябрь", "Руководители МО"),
    ("4.", "Анкетирование молодых педагогов о своих\nзатруднениях", "Октябрь", "Педагог-психолог"),
    ("5.", "Обучающий семинар для наставников", "до 15.10.2025", "Заместитель\nдиректора"),
    ("6.", "Открытые уроки наставников для молодых в\nспециалистов", "Май", "Руководители МО"),
    ("7.", "Выступление пар на методическом объединении", "Март", "Руководители МО"),
    ("8.", "Консультации для наставляемых по запросу", "Ноябрь", "Наставники"),
]


def test_pdftotext_layout_cells_one_space_apart_are_split_at_the_column_start() -> None:
    table = _only_table(extract_text(_ONE_SPACE_PAGE_1.encode()))
    assert [_texts(r) for r in table.rows] == _ONE_SPACE_ROWS_PAGE_1


def test_pdftotext_layout_columns_are_found_on_every_page() -> None:
    """The page after a form feed prints the columns further left, without a header: its dates start
    where the first page's activities run, its responsible column inside the first page's dates."""
    text = f"{_ONE_SPACE_PAGE_1}\f{_ONE_SPACE_PAGE_2}\f"
    table = _only_table(extract_text(text.encode()))
    assert [_texts(r) for r in table.rows] == [
        *_ONE_SPACE_ROWS_PAGE_1,
        ("9.", "Взаимопосещение уроков в парах", "Декабрь", "Наставники"),
        ("10.", "Промежуточная встреча участников\nпрограммы", "Январь", "Руководитель\nпрограммы"),
        ("11.", "Итоговая конференция «Шаг вперёд»", "Июнь", "Директор"),
        # «До» squeezed left of the column, the date right of it: one cell all the same
        ("12.", "Сдача отчётов по итогам работы пар", "До 20.06.2026", "Куратор"),
    ]


def test_pdftotext_layout_page_without_dates_keeps_its_responsible_column() -> None:
    """A page whose rows have no dates: its one column right of the activities is the responsible one."""
    page_2 = (
        "9.   Взаимопосещение уроков в парах                  Наставники\n"
        "10.  Промежуточная встреча участников                Руководитель\n"
        "     программы                                       программы\n"
    )
    table = _only_table(extract_text(f"{_ONE_SPACE_PAGE_1}\f{page_2}\f".encode()))
    assert [_texts(r) for r in table.rows[-2:]] == [
        ("9.", "Взаимопосещение уроков в парах", "", "Наставники"),
        ("10.", "Промежуточная встреча участников\nпрограммы", "", "Руководитель\nпрограммы"),
    ]
