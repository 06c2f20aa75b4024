"""Table interpretation: header roles, stage rows, sub-item splitting and line alignment."""

from __future__ import annotations

import pytest

from pipeline.interpret import interpret, pair_lines, split_items
from pipeline.models import RawCell, RawRow, RawTable
from pipeline.reference import Reference


def _cell(text: str, col: int, span: int = 1, continued: bool = False) -> RawCell:
    return RawCell(text=text.strip(), lines=tuple(text.split("\n")), col=col, span=span, continued=continued)


def _table(rows: list[list[RawCell]], n_cols: int) -> RawTable:
    return RawTable(tuple(RawRow(tuple(r), i) for i, r in enumerate(rows)), 0, n_cols)


def _never(_: str) -> bool:
    return False


def test_split_numbered_sub_items_with_wrapped_lines() -> None:
    items = split_items(
        ["1. Проведение педагогического совета.", "2. Проведение родительских", "собраний.", ""]
    )
    assert [(i.number, i.text) for i in items] == [
        ("1", "Проведение педагогического совета."),
        ("2", "Проведение родительских собраний."),
    ]


def test_split_sub_items_numbered_within_their_stage() -> None:
    items = split_items(["3.1. Выбор формы наставничества", "", "3.2. Входная диагностика", "наставляемых"])
    assert [(i.number, i.text) for i in items] == [
        ("3.1", "Выбор формы наставничества"),
        ("3.2", "Входная диагностика наставляемых"),
    ]
    # one such number is the row's own, not a marker
    assert [i.text for i in split_items(["3.1. Выбор формы", "наставничества"])] == [
        "3.1. Выбор формы наставничества"
    ]


def test_a_dash_wrapped_to_the_line_start_is_no_bullet() -> None:
    lines = [
        "2.1. Анкетирование педагогов",
        "— потенциальных наставляемых",
        "2.2. Сбор согласий родителей:",
        "– на обработку данных;",
        "– на участие",
    ]
    items = split_items(lines)
    assert [(i.number, i.text) for i in items] == [
        ("2.1", "Анкетирование педагогов — потенциальных наставляемых"),
        ("2.2", "Сбор согласий родителей:"),
        ("", "на обработку данных;"),
        ("", "на участие"),
    ]
    # a list of dashes alone: every dash is a marker
    bullets = ["выбор форм наставничества", "- анкетирование наставников", "- формирование базы наставников"]
    assert [i.text for i in split_items(bullets)] == [
        "выбор форм наставничества",
        "анкетирование наставников",
        "формирование базы наставников",
    ]


def test_split_drops_lead_in_and_lone_punctuation() -> None:
    items = split_items(
        [
            "Обучение наставников для работы с наставляемыми:",
            "а) подготовка материалов;",
            "б) консультации",
            ".",
        ]
    )
    assert [i.text for i in items] == ["подготовка материалов;", "консультации"]
    # «1.3.» read as «1,3.»
    items = split_items(["1.1. Издание приказа", "1.2. Утверждение Положения", "1,3. Назначение куратора"])
    assert [i.text for i in items] == ["Издание приказа", "Утверждение Положения", "Назначение куратора"]
    # «•» as OCR reads it
    items = split_items(["* выбор форм наставничества;", "* формирование базы наставников."])
    assert [i.text for i in items] == ["выбор форм наставничества;", "формирование базы наставников."]


def test_split_inline_markers_counting_up() -> None:
    items = split_items(["1) Сбор информации о запросах педагогов 2) Формирование банка данных наставляемых"])
    assert [i.text for i in items] == [
        "Сбор информации о запросах педагогов",
        "Формирование банка данных наставляемых",
    ]


def test_inline_markers_out_of_order_are_not_split() -> None:
    items = split_items(["Выбор форм (см. 3) и 1) ниже"])
    assert len(items) == 1


def test_unnumbered_cell_is_one_item() -> None:
    items = split_items(["Проведение анкетирования среди", "обучающихся"])
    assert [i.text for i in items] == ["Проведение анкетирования среди обучающихся"]


def test_pair_lines_one_value_covers_all() -> None:
    items = split_items(["1. а", "2. б", "3. в"])
    assert pair_lines(items, ["Сентябрь"]) == (["Сентябрь"] * 3, [False] * 3)


def test_pair_lines_one_line_listing_a_value_per_item() -> None:
    items = split_items(["1) педсовет 2) классный час"])
    assert pair_lines(items, ["сентябрь; октябрь"]) == (["сентябрь", "октябрь"], [False, False])
    assert pair_lines(items, ["сентябрь; октябрь; май"])[0] == ["сентябрь; октябрь; май"] * 2


def test_pair_lines_in_order_when_counts_agree() -> None:
    items = split_items(["1. а", "2. б"])
    assert pair_lines(items, ["Ноябрь", "", "Май"]) == (["Ноябрь", "Май"], [False, False])


def test_pair_lines_by_position_a_value_covers_the_block_below_it() -> None:
    items = split_items(["1. а", "2. б", "3. в", "4. г"])
    values, guessed = pair_lines(items, ["Ноябрь", "Декабрь", "", "Май"])
    assert values == ["Ноябрь", "Декабрь", "Декабрь", "Май"]
    assert guessed == [False, False, True, False]


def test_pair_lines_shrinks_an_overlong_wrapping_estimate() -> None:
    # Sub-items estimated to wrap over 11 lines beside a dates column padded to 8 lines.
    texts = ["1. " + "а" * 70, "2. " + "б" * 70, "3. " + "в" * 110, "4. " + "г" * 45, "5. " + "д" * 60]
    items = split_items(texts, chars_per_line=43)
    dates = ["Ноябрь", "", "Декабрь", "", "", "", "В течение года", "Май"]
    values, guessed = pair_lines(items, dates, chars_per_line=14)
    assert values == ["Ноябрь", "Декабрь", "Декабрь", "В течение года", "Май"]
    assert guessed == [False, False, True, False, False]


def test_stage_rows_and_activity_rows(reference: Reference) -> None:
    header = [_cell("№ п/п", 0), _cell("Мероприятие", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    numbers = [_cell("1", 0), _cell("2", 1), _cell("3", 2), _cell("4", 3)]
    stage = [
        _cell("1", 0),
        _cell("Подготовка условий для запуска программы наставничества", 1),
        _cell("", 2),
        _cell("", 3),
    ]
    act = [_cell("1.1", 0), _cell("Информирование педагогов", 1), _cell("Сентябрь", 2), _cell("Директор", 3)]
    cont = [_cell("", 0), _cell("о реализации программы", 1), _cell("", 2), _cell("", 3)]
    result = interpret([_table([header, numbers, stage, act, cont], 4)], reference, _never, _never)
    assert len(result.rows) == 1
    row = result.rows[0]
    assert (row.raw_number, row.raw_text, row.raw_dates, row.raw_responsible) == (
        "1.1",
        "Информирование педагогов о реализации программы",
        "Сентябрь",
        "Директор",
    )
    assert (row.stage_number, row.raw_stage) == (1, "Подготовка условий для запуска программы наставничества")


def test_a_stage_row_whose_numeral_stands_in_the_number_column(reference: Reference) -> None:
    # OCR read «I.» as «Г.»; the stage's own words span the other columns.
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Срок", 2), _cell("Ответственный", 3)]
    stage = [_cell("Г.", 0), _cell("Подготовка к запуску программы", 1, span=3)]
    act = [_cell("1.", 0), _cell("Педагогический совет", 1), _cell("Сентябрь", 2), _cell("Директор", 3)]
    rows = interpret([_table([header, stage, act], 4)], reference, _never, _never).rows
    assert [(r.raw_text, r.raw_stage) for r in rows] == [
        ("Педагогический совет", "Подготовка к запуску программы")
    ]


def test_stage_column_merged_down_with_notes(reference: Reference) -> None:
    header = [
        _cell("Наименование этапа", 0),
        _cell("Мероприятия", 1),
        _cell("Содержание деятельности", 2),
        _cell("Сроки", 3),
    ]
    stage_text = (
        "Формирование базы наставников\nЗадача: поиск потенциальных наставников\nРезультат: сформированы базы"
    )
    r1 = [
        _cell(stage_text, 0),
        _cell("Сбор данных о наставниках", 1),
        _cell("1. Сбор согласий.\n2. Проведение встречи.", 2),
        _cell("Октябрь\nНоябрь", 3),
    ]
    r2 = [
        _cell("", 0, continued=True),
        _cell("Формирование базы", 1),
        _cell("1. База из педагогов.", 2),
        _cell("Октябрь", 3),
    ]
    result = interpret([_table([header, r1, r2], 4)], reference, _never, _never)
    assert [(r.raw_text, r.raw_dates, r.raw_stage) for r in result.rows] == [
        ("Сбор согласий.", "Октябрь", "Формирование базы наставников"),
        ("Проведение встречи.", "Ноябрь", "Формирование базы наставников"),
        ("База из педагогов.", "Октябрь", "Формирование базы наставников"),
    ]
    assert {r.stage_number for r in result.rows} == {1}


def test_full_width_stage_row_with_goal_is_not_an_activity(reference: Reference) -> None:
    header = [_cell("Мероприятия", 0), _cell("Сроки", 1), _cell("Ответственные", 2)]
    stage = [
        _cell("Отбор и обучение наставников\nЦель: подготовка\nЗадача: выявление наставников", 0, span=3)
    ]
    act = [_cell("Обучение наставников", 0), _cell("Май 2021 г.", 1), _cell("Куратор программы", 2)]
    result = interpret([_table([header, stage, act], 3)], reference, _never, _never)
    assert [(r.raw_text, r.raw_stage, r.stage_number) for r in result.rows] == [
        ("Обучение наставников", "Отбор и обучение наставников", 1)
    ]


def test_result_column_is_not_read_as_dates(reference: Reference) -> None:
    header = [
        _cell("№", 0),
        _cell("Наименование мероприятия", 1),
        _cell("Срок исполнения", 2),
        _cell("Ответственный исполнитель", 3),
        _cell("Результат. Вид документа", 4),
    ]
    act = [
        _cell("1", 0),
        _cell("Обучение наставников", 1),
        _cell("Май", 2),
        _cell("Методист", 3),
        _cell("Приказ", 4),
    ]
    rows = interpret([_table([header, act], 5)], reference, _never, _never).rows
    assert [(r.raw_dates, r.raw_responsible) for r in rows] == [("Май", "Методист")]


def test_paragraph_roadmap_without_table(reference: Reference) -> None:
    from pipeline.models import Paragraph

    def is_date(t: str) -> bool:
        return t.lower().startswith(("сентябрь", "октябрь"))

    def is_role(t: str) -> bool:
        return t.lower().startswith(("директор", "куратор"))

    paras = [
        Paragraph("Дорожная карта", 0),
        Paragraph("1. Подготовка условий для запуска программы наставничества", 1),
        Paragraph("1.1. Выбор форм «ученик – ученик» — сентябрь — куратор.", 2),
        Paragraph("1.2. Встреча с обучающимися — октябрь — директор.", 3),
        # after a date, the last part is the responsible even when it names no known role
        Paragraph("1.3. Публикуем итоги на сайте — октябрь — ответственный за сайт", 4),
    ]
    rows = interpret(paras, reference, is_date, is_role).rows
    assert [(r.raw_number, r.raw_text, r.raw_dates, r.raw_responsible, r.stage_number) for r in rows] == [
        ("1.1", "Выбор форм «ученик – ученик»", "сентябрь", "куратор", 1),
        ("1.2", "Встреча с обучающимися", "октябрь", "директор", 1),
        ("1.3", "Публикуем итоги на сайте", "октябрь", "ответственный за сайт", 1),
    ]
    # the date and the responsible after one dash, a comma between; or both in brackets
    paras = [
        Paragraph("1.1. Выбор форм «ученик – ученик» — сентябрь — октябрь, куратор, директор.", 0),
        Paragraph("2) Встреча с обучающимися (сентябрь, октябрь; директор).", 1),
        Paragraph("3) Встреча с выпускниками (сентябрь).", 2),
        Paragraph("4) Выбор форм (ученик – ученик)", 3),
    ]
    rows = interpret(paras, reference, is_date, is_role).rows
    assert [(r.raw_text, r.raw_dates, r.raw_responsible) for r in rows] == [
        ("Выбор форм «ученик – ученик»", "сентябрь – октябрь", "куратор, директор"),
        ("Встреча с обучающимися", "сентябрь, октябрь", "директор"),
        ("Встреча с выпускниками", "сентябрь", ""),
    ]


def test_bulleted_paragraphs_with_labelled_fields(reference: Reference) -> None:
    from pipeline.models import Paragraph

    paras = [
        Paragraph("Этап 2. Формирование базы наставляемых", 0),
        Paragraph(
            "· Анкетирование обучающихся (срок: февраль 2020 г.; ответственный: классные руководители)", 1
        ),
        Paragraph("– Формирование базы наставляемых. Срок – март. Ответственные – куратор, психолог.", 2),
        Paragraph("· Анализ сроков и итогов прошлого года", 3),  # no labelled field: no row
    ]
    rows = interpret(paras, reference, _never, _never).rows
    assert [(r.raw_number, r.raw_text, r.raw_dates, r.raw_responsible, r.stage_number) for r in rows] == [
        ("", "Анкетирование обучающихся", "февраль 2020 г.", "классные руководители", 2),
        ("", "Формирование базы наставляемых", "март", "куратор, психолог", 2),
    ]


def test_a_plan_written_month_by_month(reference: Reference) -> None:
    from pipeline.models import Paragraph

    def is_date(t: str) -> bool:
        return t.split()[0].lower() in ("август", "сентябрь")

    paras = [
        Paragraph("Август 2020 года:", 0),
        Paragraph("· Приказ об утверждении дорожной карты (отв. директор)", 1),
        Paragraph("Сентябрь:", 2),
        Paragraph("· Собрания обучающихся: рассказываем о наставничестве (отв. классные руководители)", 3),
    ]
    rows = interpret(paras, reference, is_date, _never).rows
    assert [(r.raw_text, r.raw_dates, r.raw_responsible) for r in rows] == [
        ("Приказ об утверждении дорожной карты", "Август 2020 года", "директор"),
        ("Собрания обучающихся: рассказываем о наставничестве", "Сентябрь", "классные руководители"),
    ]


def test_a_period_split_over_start_and_end_columns(reference: Reference) -> None:
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Сроки", 2, span=2), _cell("Ответственные", 4)]
    sub = [_cell("", 0), _cell("", 1), _cell("начало", 2), _cell("окончание", 3), _cell("", 4)]

    def row(n: str, start: str, end: str) -> list[RawCell]:
        return [
            _cell(n, 0),
            _cell("Обучение наставников", 1),
            _cell(start, 2),
            _cell(end, 3),
            _cell("Куратор", 4),
        ]

    table = _table(
        [header, sub, row("1", "сентябрь", "октябрь"), row("2", "май", "май"), row("3", "30.08", "–")], 5
    )
    rows = interpret([table], reference, _never, _never).rows
    assert [r.raw_dates for r in rows] == ["сентябрь – октябрь", "май", "30.08"]
    # «начало» as OCR garbled it
    sub[2] = _cell("Наизло", 2)
    table = _table([header, sub, row("1", "сентябрь", "октябрь")], 5)
    assert [r.raw_dates for r in interpret([table], reference, _never, _never).rows] == ["сентябрь – октябрь"]
    # two columns of their own: «Дата начала», «Дата окончания»
    header = [_cell("Мероприятие", 0), _cell("Дата начала", 1), _cell("Дата окончания", 2), _cell("Кто", 3)]
    act = [_cell("Обучение наставников", 0), _cell("ноябрь", 1), _cell("декабрь", 2), _cell("Куратор", 3)]
    rows = interpret([_table([header, act], 4)], reference, _never, _never).rows
    assert [(r.raw_dates, r.raw_responsible) for r in rows] == [("ноябрь – декабрь", "Куратор")]


def test_co_executors_in_a_column_of_their_own_are_responsible_too(reference: Reference) -> None:
    header = [_cell("Мероприятие", 0), _cell("Сроки", 1), _cell("Ответственные", 2, span=2)]
    sub = [_cell("", 0), _cell("", 1), _cell("Исполнитель", 2), _cell("Соисполнители", 3)]
    act = [_cell("Обучение наставников", 0), _cell("ноябрь", 1), _cell("Методист", 2), _cell("Психолог", 3)]
    alone = [_cell("Собеседование", 0), _cell("ноябрь", 1), _cell("Директор", 2), _cell("", 3)]
    rows = interpret([_table([header, sub, act, alone], 4)], reference, _never, _never).rows
    assert [r.raw_responsible for r in rows] == ["Методист, Психолог", "Директор"]
    # «Соисполнители» as a column of its own
    header = [_cell("Мероприятие", 0), _cell("Срок", 1), _cell("Ответственный", 2), _cell("Соисполнители", 3)]
    rows = interpret([_table([header, act], 4)], reference, _never, _never).rows
    assert [r.raw_responsible for r in rows] == ["Методист, Психолог"]


@pytest.mark.parametrize("over", ["Исполнение", "Выполнение", "Организация"])
def test_dates_and_responsible_named_under_a_spanning_header(reference: Reference, over: str) -> None:
    # «Исполнение» reads like «исполнители»; «Выполнение» names no column at all
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell(over, 2, span=2), _cell("Результат", 4)]
    sub = [_cell("", 0), _cell("", 1), _cell("Срок", 2), _cell("Ответственный", 3), _cell("", 4)]
    act = [_cell("1.", 0), _cell("Обучение наставников", 1), _cell("до 01.09.2025", 2)]
    act += [_cell("Директор", 3), _cell("Приказ", 4)]
    rows = interpret([_table([header, sub, act], 5)], reference, _never, _never).rows
    assert [(r.raw_dates, r.raw_responsible) for r in rows] == [("до 01.09.2025", "Директор")]


def test_signature_under_the_table_without_a_rule_is_no_activity(reference: Reference) -> None:
    header = [_cell("Мероприятие", 0), _cell("Сроки", 1), _cell("Ответственные", 2)]
    act = [_cell("Обучение наставников", 0), _cell("Октябрь", 1), _cell("Куратор", 2)]
    undated = [_cell("Анкетирование наставников", 0), _cell("", 1), _cell("", 2)]
    sign = [_cell("Куратор программы наставничества: Сидоренко О.В.", 0), _cell("", 1), _cell("", 2)]
    executor = [_cell("Исп.: Гарипова Л.Р., куратор программы наставничества", 0), _cell("", 1), _cell("", 2)]

    def is_role(text: str) -> bool:  # like the role parser, which finds «наставник» in activity text
        return "Куратор" in text or "наставник" in text

    result = interpret([_table([header, act, undated, sign, executor], 3)], reference, _never, is_role)
    assert [r.raw_text for r in result.rows] == ["Обучение наставников", "Анкетирование наставников"]


def test_a_column_whose_header_ocr_garbled_is_known_by_its_cells(reference: Reference) -> None:
    # OCR found a rule the print does not have: the responsible cells span two grid columns
    header = [_cell("№", 0), _cell("Мероприятия", 1), _cell("Сроки", 2), _cell("Отвех<ьенные", 3, span=2)]
    stage = [_cell("", 0), _cell("Подготовка условий", 1, span=4)]
    acts = [
        [_cell("1", 0), _cell("Обучение наставников", 1), _cell("Октябрь", 2), _cell("Директор", 3, span=2)],
        [_cell("2", 0), _cell("Анкетирование", 1), _cell("Ноябрь", 2), _cell("Куратор", 3, span=2)],
    ]

    def is_role(text: str) -> bool:
        return text in ("Директор", "Куратор")

    rows = interpret([_table([header, stage, *acts], 5)], reference, _never, is_role).rows
    assert [r.raw_responsible for r in rows] == ["Директор", "Куратор"]


def test_activities_and_dates_both_separated_by_semicolons(reference: Reference) -> None:
    header = [_cell("Мероприятия", 0), _cell("Сроки", 1), _cell("Ответственные", 2)]
    listed = [
        _cell("Приказ о внедрении; создание рабочей группы; информирование педагогов", 0),
        _cell("август; август; до 15.09", 1),
        _cell("директор", 2),
    ]
    # one activity with a «;» inside and one date stays whole...
    whole = [_cell("Анкетирование: цели; ожидания", 0), _cell("октябрь", 1), _cell("куратор", 2)]
    # ...a list of three or more activities under one date does not
    under_one = [
        _cell("Собеседование с кандидатами; подбор материалов; семинар для наставников.", 0),
        _cell("ноябрь", 1),
        _cell("психолог", 2),
    ]
    rows = interpret([_table([header, listed, whole, under_one], 3)], reference, _never, _never).rows
    assert [(r.raw_text, r.raw_dates, r.raw_responsible) for r in rows] == [
        ("Приказ о внедрении", "август", "директор"),
        ("создание рабочей группы", "август", "директор"),
        ("информирование педагогов", "до 15.09", "директор"),
        ("Анкетирование: цели; ожидания", "октябрь", "куратор"),
        ("Собеседование с кандидатами", "ноябрь", "психолог"),
        ("подбор материалов", "ноябрь", "психолог"),
        ("семинар для наставников", "ноябрь", "психолог"),
    ]


def test_plain_and_abbreviated_headers(reference: Reference) -> None:
    header = [_cell("№", 0), _cell("Что проводим", 1), _cell("Когда", 2), _cell("Отв.", 3)]
    act = [_cell("1", 0), _cell("Педсовет о наставничестве", 1), _cell("август", 2), _cell("Директор", 3)]
    result = interpret([_table([header, act], 4)], reference, _never, _never)
    assert [(r.raw_text, r.raw_dates, r.raw_responsible) for r in result.rows] == [
        ("Педсовет о наставничестве", "август", "Директор")
    ]


def test_number_glued_to_the_text_header_and_a_task_row_under_a_stage(reference: Reference) -> None:
    title = [[_cell("Дорожная карта", 0, span=3)] for _ in range(8)]  # a sheet's title block first
    header = [_cell("№ Содержание работы", 0), _cell("Сроки проведения", 1), _cell("Ответственные", 2)]
    stage = [_cell("Этап 2. Формирование базы наставляемых", 0, span=3)]
    task = [_cell("Задача: выявить наставляемых", 0), _cell("", 1), _cell("", 2)]
    act = [_cell("6. Анкетирование обучающихся", 0), _cell("сентябрь", 1), _cell("Психолог", 2)]
    result = interpret([_table([*title, header, stage, task, act], 3)], reference, _never, _never)
    assert [(r.raw_text, r.raw_dates, r.stage_number) for r in result.rows] == [
        ("Анкетирование обучающихся", "сентябрь", 2)
    ]
    assert result.title.startswith("Дорожная карта")  # the sheet's title block, for the facts


def test_stage_heading_whose_last_words_fell_into_the_next_cells(reference: Reference) -> None:
    header = [_cell("Мероприятие", 0), _cell("Сроки", 1), _cell("Ответственные", 2)]
    stage = [_cell("Этап 5. Формирование пар", 0), _cell("и групп", 1, span=2)]
    act = [_cell("Формирование наставнических пар", 0), _cell("декабрь", 1), _cell("Куратор", 2)]
    # an activity worded «Этап …» with its date in lowercase stays an activity
    worded = [_cell("Этап 6. Первая встреча пар", 0), _cell("январь", 1), _cell("наставники", 2)]

    def is_date(text: str) -> bool:
        return text in ("декабрь", "январь")

    result = interpret([_table([header, stage, act, worded], 3)], reference, is_date, _never)
    assert [(r.raw_text, r.stage_number) for r in result.rows] == [
        ("Формирование наставнических пар", 5),
        ("Этап 6. Первая встреча пар", 5),
    ]


def test_the_plans_own_name_printed_in_a_row_is_the_title(reference: Reference) -> None:
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    act = [_cell("1", 0), _cell("Обучение наставников", 1), _cell("октябрь", 2), _cell("Куратор", 3)]
    footer = [
        _cell("", 0),
        _cell("Дорожная карта наставничества в МОУ «Гимназия № 2»", 1),
        _cell("", 2),
        _cell("", 3),
    ]
    result = interpret([_table([header, act, footer], 4)], reference, _never, _never)
    assert [r.raw_text for r in result.rows] == ["Обучение наставников"]
    assert "МОУ «Гимназия № 2»" in result.title


def test_stage_numerals_as_ocr_reads_them(reference: Reference) -> None:
    # «УП.» is «VII.», «П.» is «II.»: the numeral, not the count of stage rows seen, numbers the stage
    # (the row of stage VI was lost).
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Срок", 2), _cell("Ответственный", 3)]
    rows = [
        header,
        [_cell("П. Формирование базы наставляемых", 0, span=4)],
        [_cell("1.", 0), _cell("Анкетирование учащихся", 1), _cell("Сентябрь", 2), _cell("Куратор", 3)],
        [_cell("УП. Завершение наставничества", 0, span=4)],
        [_cell("2.", 0), _cell("Итоговая линейка", 1), _cell("Май", 2), _cell("Директор", 3)],
    ]
    got = interpret([_table(rows, 4)], reference, _never, _never).rows
    assert [(r.raw_text, r.stage_number, r.raw_stage) for r in got] == [
        ("Анкетирование учащихся", 2, "Формирование базы наставляемых"),
        ("Итоговая линейка", 7, "Завершение наставничества"),
    ]


def test_a_short_line_under_a_roman_numeral_heads_a_stage_in_a_paragraph_roadmap(
    reference: Reference,
) -> None:
    from pipeline.models import Paragraph

    def is_date(t: str) -> bool:
        return t.lower() in ("апрель", "май")

    paras = [
        Paragraph("УТ. Работа в парах", 0),  # the school's own words, no stage title of the model
        Paragraph("1. Встречи наставников и наставляемых — апрель — наставники", 1),
        Paragraph("Vil. Подведение итогов", 2),  # «VII.» with its «II» read as «il»
        Paragraph("2. Итоговая линейка — май — директор", 3),
    ]
    got = interpret(paras, reference, is_date, _never).rows
    assert [(r.raw_text, r.stage_number, r.raw_stage) for r in got] == [
        ("Встречи наставников и наставляемых", 6, "Работа в парах"),
        ("Итоговая линейка", 7, "Подведение итогов"),
    ]


def test_a_row_cut_by_the_page_break_continues_on_the_next_page(reference: Reference) -> None:
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    cut = [_cell("14", 0), _cell("Встреча наставников и наставляемых,", 1), _cell("март", 2)]
    cut.append(_cell("Куратор, педагог-", 3))
    rest = [_cell("", 0), _cell("формирование пар", 1), _cell("", 2), _cell("психолог", 3)]
    after = [_cell("15", 0), _cell("Приказ о закреплении пар", 1), _cell("март", 2), _cell("Директор", 3)]
    # a lowercase row that names a responsible of its own after a row that was not cut is a row
    own = [_cell("", 0), _cell("консультации по запросу", 1), _cell("", 2), _cell("наставники", 3)]
    tables = [_table([header, cut], 4), _table([rest, after, own], 4)]
    rows = interpret(tables, reference, _never, _never).rows
    assert [(r.raw_text, r.raw_responsible) for r in rows] == [
        ("Встреча наставников и наставляемых, формирование пар", "Куратор, педагог-психолог"),
        ("Приказ о закреплении пар", "Директор"),
        ("консультации по запросу", "наставники"),
    ]


def test_one_responsible_list_wrapped_over_lines_covers_every_sub_item(reference: Reference) -> None:
    header = [_cell("Этап", 0), _cell("Мероприятия", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    grouped = [
        _cell("Отбор и обучение", 0),
        _cell("1) Собеседование с кандидатами\n2) Обучение наставников", 1),
        _cell("ноябрь\nдекабрь", 2),
        _cell("Методист,\nпедагог-психолог", 3),
    ]
    paired = [*grouped[:3], _cell("Методист\nпедагог-психолог", 3)]
    rows = interpret([_table([header, grouped, paired], 4)], reference, _never, _never).rows
    assert [(r.raw_dates, r.raw_responsible) for r in rows] == [
        ("ноябрь", "Методист,\nпедагог-психолог"),
        ("декабрь", "Методист,\nпедагог-психолог"),
        ("ноябрь", "Методист"),
        ("декабрь", "педагог-психолог"),
    ]


def test_a_document_that_ends_on_a_stage_heading_is_cut(reference: Reference) -> None:
    header = [_cell("№", 0), _cell("Мероприятие", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    stage6 = [_cell("6.", 0), _cell("Организация работы наставнических пар", 1)]
    act = [
        _cell("6.1", 0),
        _cell("Регулярные встречи", 1),
        _cell("в течение года", 2),
        _cell("Наставники", 3),
    ]
    stage7 = [_cell("7.", 0), _cell("Завершение наставничества", 1)]
    whole = interpret([_table([header, stage6, act], 4)], reference, _never, _never)
    cut = interpret([_table([header, stage6, act, stage7], 4)], reference, _never, _never)
    assert (whole.cut_after_stage, cut.cut_after_stage) == ("", "Завершение наставничества")


def test_a_names_column_beside_the_positions_is_not_the_responsible(reference: Reference) -> None:
    header = [
        _cell("Мероприятие", 0),
        _cell("Срок", 1),
        _cell("Должность", 2),
        _cell("ФИО ответственного", 3),
    ]
    act = [
        _cell("Обучение наставников", 0),
        _cell("ноябрь", 1),
        _cell("Директор", 2),
        _cell("Соколова Е.Н.", 3),
    ]
    rows = interpret([_table([header, act], 4)], reference, _never, _never).rows
    assert [(r.raw_dates, r.raw_responsible) for r in rows] == [("ноябрь", "Директор")]


def test_a_responsible_value_going_on_after_a_comma_stays_with_its_sub_item(reference: Reference) -> None:
    header = [_cell("Этап", 0), _cell("Мероприятия", 1), _cell("Сроки", 2), _cell("Ответственные", 3)]
    grouped = [
        _cell("Завершение", 0),
        _cell(
            "1) Итоговая встреча\n2) Торжественное мероприятие,\nнаграждение наставников\n3) Публикация", 1
        ),
        _cell("май\nмай\n\nиюнь", 2),
        _cell("Куратор\nДиректор,\nзам. директора по ВР\nОтветственный за сайт", 3),
    ]
    rows = interpret([_table([header, grouped], 4)], reference, _never, _never).rows
    assert [r.raw_responsible for r in rows] == [
        "Куратор",
        "Директор,\nзам. директора по ВР",
        "Ответственный за сайт",
    ]
