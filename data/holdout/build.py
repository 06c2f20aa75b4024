"""Build the held-out roadmaps in data/holdout/<name>/ (input file + truth.json).

Run: .venv/bin/python -m data.holdout.build

Six roadmaps written the way other schools would write them: own wording, reordered and
omitted rows, administrative extras, varied headers, dates and responsible phrasings.
Every row carries its hand label next to the printed text, so the input and truth.json come
from one place.  Date labels are given as small specs and expanded by ``expand``:

    ("m", month[, year])                 a month            -> date_kind "month"
    ("r", m1, m2[, y1, y2])              «октябрь – апрель» -> date_kind "range"
    ("dl", day, month[, year])           «до 1 октября»     -> date_kind "deadline"
    ("d", day, month, year)              «29.08.2024»       -> date_kind "day"
    ("c",)                               «в течение года»   -> date_kind "continuous"
    ("u",)                               «по графику», ""   -> date_kind "unspecified"
    ("a",)                               «ежегодно»         -> unspecified, recurrence "annual"

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y,
Jan–Aug -> Y+1.  An explicit year wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- types

# Date specs, one shape per kind (see the module docstring).
MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec


class DateFields(TypedDict):
    """The six date fields of a truth.json activity."""

    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None


class Row(TypedDict):
    """One printed activity row with its hand label; built by ``R``."""

    text: str
    date: str | dt.datetime  # printed date cell; a real datetime only in the xlsx roadmap
    resp: str | None  # None where the responsible cell is shared by a group of rows
    aid: str | None
    spec: DateSpec
    roles: list[str] | None  # None until filled in from the row's group
    num: str | None
    note: str


class TruthActivity(TypedDict):
    """One activity of truth.json (key order is the written order)."""

    text: str
    activity_id: str | None
    stage_id: int | None
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None
    roles: list[str]


# A section of a flat roadmap: (stage id or None for a non-stage section, heading, rows).
Section: TypeAlias = tuple[int | None, str, list[Row]]
# Roadmap A: (stage id, title, goal, [(direction, rows, responsible, roles)]).
StageGroup: TypeAlias = tuple[str, list[Row], str, list[str]]
Stage: TypeAlias = tuple[int, str, str, list[StageGroup]]

Align: TypeAlias = Literal["c", "r"] | None
HeadPara: TypeAlias = tuple[str, bool, Align]  # (text, bold, align)
BodyItem: TypeAlias = tuple[Literal["section"], str] | tuple[Literal["row"], list[str]]


# --------------------------------------------------------------------------- truth helpers


def _year_of(month: int, y: int) -> int:
    return y if month >= 9 else y + 1


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _fields(
    kind: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    month_start: int | None = None,
    month_end: int | None = None,
    recurrence: str | None = None,
) -> DateFields:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(spec: DateSpec, y: int) -> DateFields:
    """Turn a date spec into the six date fields of truth.json."""
    if spec[0] == "m":
        m = spec[1]
        yr = spec[2] if len(spec) > 2 else _year_of(m, y)
        return _fields("month", dt.date(yr, m, 1), dt.date(yr, m, _last(yr, m)), m, m)
    if spec[0] == "r":
        m1, m2 = spec[1], spec[2]
        y1 = spec[3] if len(spec) > 3 else _year_of(m1, y)
        y2 = spec[4] if len(spec) > 4 else _year_of(m2, y)
        return _fields("range", dt.date(y1, m1, 1), dt.date(y2, m2, _last(y2, m2)), m1, m2)
    if spec[0] == "dl":
        d, m = spec[1], spec[2]
        yr = spec[3] if len(spec) > 3 else _year_of(m, y)
        return _fields("deadline", end=dt.date(yr, m, d), month_end=m)
    if spec[0] == "d":
        d, m, yr = spec[1], spec[2], spec[3]
        day = dt.date(yr, m, d)
        return _fields("day", day, day, m, m)
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)  # pragma: no cover - a typo in a spec below


def R(
    text: str,
    date: str | dt.datetime,
    resp: str | None,
    aid: str | None,
    spec: DateSpec,
    roles: list[str] | None,
    num: str | None = None,
    note: str = "",
) -> Row:
    """One printed activity row with its hand label."""
    return {
        "text": text,
        "date": date,
        "resp": resp,
        "aid": aid,
        "spec": spec,
        "roles": roles,
        "num": num,
        "note": note,
    }


def _text(value: str | dt.datetime | None) -> str:
    """A printed cell that must be plain text here (not a datetime, not missing)."""
    assert isinstance(value, str), value
    return value


def truth_row(row: Row, stage_id: int | None, y: int) -> TruthActivity:
    roles = row["roles"]
    assert roles is not None, row
    assert len(set(roles)) == len(roles), row
    d = expand(row["spec"], y)
    return {
        "text": row["text"],
        "activity_id": row["aid"],
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(roles),
    }


def write_truth(folder: Path, org: str, y: int, activities: list[TruthActivity]) -> None:
    truth: dict[str, object] = {
        "document": {
            "status": "ok",
            "model": "target_model_2019",
            "organization": org,
            "academic_year_start": y,
        },
        "activities": activities,
    }
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------------------- docx helpers


def _new_document(landscape: bool) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
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
    return p


def _set_cell(cell: _Cell, text: str, bold: bool = False) -> None:
    """Cell text; '\n' starts a new paragraph."""
    lines = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def _widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def write_docx_table(
    path: Path,
    head_paras: Sequence[HeadPara],
    headers: Sequence[str],
    body: Sequence[BodyItem],
    widths: Sequence[float],
    landscape: bool = False,
    colnum_row: bool = False,
    tail_paras: Sequence[HeadPara] = (),
) -> None:
    """A plain roadmap table: body items are ("section", text) or ("row", [cells])."""
    doc = _new_document(landscape)
    for text, bold, align in head_paras:
        _para(doc, text, bold=bold, align=align)
    n = len(headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    if colnum_row:
        nr = table.add_row()
        for i in range(n):
            _set_cell(nr.cells[i], str(i + 1))
    for item in body:
        row = table.add_row()
        if item[0] == "section":
            merged = row.cells[0].merge(row.cells[n - 1])
            _set_cell(merged, item[1], bold=True)
        else:
            for i, val in enumerate(item[1]):
                _set_cell(row.cells[i], val)
    _widths(table, widths)
    for text, bold, align in tail_paras:
        _para(doc, text, bold=bold, align=align)
    doc.save(str(path))


# =========================================================================== A: stage-grouped
# МКОУ «СОШ № 7» г. Урюпинска, 2024/2025. Stage cell merged down, numbered sub-items, one date
# line per sub-item padded with blank lines to stay level with wrapped text.

A_ORG = "МКОУ «СОШ № 7» г. Урюпинска"
A_YEAR = 2024
A_STAGES: list[Stage] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        "Цель: подготовить школу к старту наставнической программы.\n"
        "Ожидаемый результат: определены кадровые и методические ресурсы, коллектив и родители "
        "осведомлены о программе.",
        [
            (
                "Нормативное оформление",
                [
                    R(
                        "Издание приказа о внедрении целевой модели наставничества в школе",
                        "29.08.2024",
                        None,
                        None,
                        ("d", 29, 8, 2024),
                        None,
                    ),
                    R(
                        "Утверждение Положения о наставничестве в МКОУ «СОШ № 7»",
                        "до 10 сентября",
                        None,
                        None,
                        ("dl", 10, 9),
                        None,
                    ),
                    R(
                        "Назначение куратора наставнической программы",
                        "до 10 сентября",
                        None,
                        None,
                        ("dl", 10, 9),
                        None,
                    ),
                ],
                "Директор\nСелезнёва Н.А.",
                ["director"],
            ),
            (
                "Информирование участников образовательных отношений",
                [
                    R(
                        "Ознакомление коллектива с целями и задачами наставничества на педсовете",
                        "сентябрь",
                        None,
                        "1.1",
                        ("m", 9),
                        None,
                    ),
                    R(
                        "Рассказ о программе на общешкольном родительском собрании",
                        "сентябрь",
                        None,
                        "1.2",
                        ("m", 9),
                        None,
                    ),
                    R(
                        "Классные часы для учащихся 5–11 классов о возможностях наставничества",
                        "октябрь",
                        None,
                        "1.4",
                        ("m", 10),
                        None,
                    ),
                    R(
                        "Встреча школьников с выпускниками прошлых лет и специалистами "
                        "предприятий-партнёров (АО «Урюпинский маслозавод»)",
                        "октябрь",
                        None,
                        "1.3",
                        ("m", 10),
                        None,
                    ),
                ],
                "Зам. директора по УВР Рябова О.С., классные руководители 5-11 кл.",
                ["deputy_director_academic", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        "Задача: понять, каким ученикам и учителям нужна поддержка наставника.\n"
        "Результат: база наставляемых с их запросами.",
        [
            (
                "Выявление запросов",
                [
                    R(
                        "Анкетирование учеников и учителей, желающих стать наставляемыми; получение "
                        "согласий на обработку персональных данных (с 18 лет)",
                        "до 20 сентября",
                        None,
                        "2.1",
                        ("dl", 20, 9),
                        None,
                    ),
                    R(
                        "Опрос классных руководителей, педагога-психолога и родителей о потребностях "
                        "детей; письменные согласия родителей (законных представителей)",
                        "сентябрь – октябрь",
                        None,
                        "2.2",
                        ("r", 9, 10),
                        None,
                    ),
                    R(
                        "Обработка собранных сведений, составление перечня наставляемых",
                        "октябрь",
                        None,
                        "2.3",
                        ("m", 10),
                        None,
                    ),
                ],
                "Педагог-психолог Горина Е.В.,\nсоц. педагог",
                ["psychologist", "social_pedagogue"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        "Задача: найти тех, кто готов стать наставником.\nРезультат: база наставников.",
        [
            (
                "Поиск наставников",
                [
                    R(
                        "Определение форм наставничества для школы («ученик – ученик», «учитель – учитель»)",
                        "сентябрь",
                        None,
                        "3.1",
                        ("m", 9),
                        None,
                    ),
                    R(
                        "Анкетирование педагогов и старшеклассников, готовых стать наставниками; "
                        "согласия на обработку данных",
                        "октябрь",
                        None,
                        "3.3",
                        ("m", 10),
                        None,
                    ),
                    R(
                        "Сопоставление анкет наставников и наставляемых, составление базы наставников",
                        "октябрь",
                        None,
                        "3.4",
                        ("m", 10),
                        None,
                    ),
                ],
                "Куратор программы, педагог-психолог",
                ["program_curator", "psychologist"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        "Задача: отобрать наставников под запросы школы и подготовить их.\n"
        "Результат: наставники готовы к работе.",
        [
            (
                "Отбор наставников",
                [
                    R("Собеседования с кандидатами в наставники", "октябрь", None, "4.2", ("m", 10), None),
                ],
                "Куратор, педагог-психолог",
                ["program_curator", "psychologist"],
            ),
            (
                "Подготовка наставников",
                [
                    R(
                        "Подбор специалистов и методических материалов для подготовки наставников",
                        "октябрь",
                        None,
                        "4.3",
                        ("m", 10),
                        None,
                    ),
                    R(
                        "Цикл обучающих семинаров для наставников",
                        "ноябрь – декабрь",
                        None,
                        "4.4",
                        ("r", 11, 12),
                        None,
                    ),
                ],
                "Зам. директора по УВР, руководители ШМО",
                ["deputy_director_academic", "head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        "Задача: подобрать друг другу наставников и наставляемых.\nРезультат: пары и группы сформированы.",
        [
            (
                "Подбор пар",
                [
                    R(
                        "Общая встреча будущих наставников и наставляемых в игровом формате",
                        "ноябрь",
                        None,
                        "5.1",
                        ("m", 11),
                        None,
                    ),
                    R(
                        "Анкета предпочтений участников по итогам общей встречи",
                        "ноябрь",
                        None,
                        "5.2",
                        ("m", 11),
                        None,
                    ),
                    R("Составление пар и групп с учётом анкет", "ноябрь", None, "5.3", ("m", 11), None),
                    R(
                        "Утверждение состава пар приказом директора и доведение его до участников",
                        "до 1 декабря",
                        None,
                        "5.4",
                        ("dl", 1, 12),
                        None,
                    ),
                ],
                "Куратор программы",
                ["program_curator"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар / групп",
        "Задача: выстроить продуктивную работу каждой пары.\n"
        "Результат: цели индивидуальных планов достигнуты.",
        [
            (
                "Встречи наставника и наставляемого",
                [
                    R("Первая (организационная) встреча пары", "декабрь", None, "6.1", ("m", 12), None),
                    R("Пробная рабочая встреча", "декабрь", None, "6.2", ("m", 12), None),
                    R(
                        "Встреча по планированию совместной работы, составление индивидуального плана",
                        "январь",
                        None,
                        "6.3",
                        ("m", 1),
                        None,
                    ),
                    R(
                        "Встречи пар по индивидуальному плану",
                        "январь – апрель",
                        None,
                        "6.4",
                        ("r", 1, 4),
                        None,
                    ),
                    R("Итоговая встреча наставника с наставляемым", "апрель", None, "6.6", ("m", 4), None),
                ],
                "Наставники, куратор",
                ["mentors", "program_curator"],
            ),
            (
                "Контроль и обратная связь",
                [
                    R(
                        "Сбор отзывов участников о ходе работы пар",
                        "февраль, апрель",
                        None,
                        "6.5",
                        ("m", 2),
                        None,
                    ),
                    R("Заключительная встреча всех пар и групп", "май", None, "6.7", ("m", 5), None),
                    R("Опрос удовлетворённости участников программой", "май", None, "6.8", ("m", 5), None),
                ],
                "Куратор, педагог-психолог",
                ["program_curator", "psychologist"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        "Задача: подвести итоги, отметить лучших, распространить опыт.\n"
        "Результат: собраны лучшие практики, база наставников пополнена.",
        [
            (
                "Подведение итогов",
                [
                    R(
                        "Торжественное подведение итогов, чествование лучших наставников",
                        "май",
                        None,
                        "7.2",
                        ("m", 5),
                        None,
                    ),
                    R(
                        "Анализ качества и эффективности наставнической программы",
                        "май",
                        None,
                        "7.3",
                        ("m", 5),
                        None,
                    ),
                ],
                "Директор, зам. директора по ВР",
                ["director", "deputy_director_upbringing"],
            ),
            (
                "Распространение опыта",
                [
                    R("Описание лучших практик пар в виде кейсов", "июнь", None, "7.5", ("m", 6), None),
                    R(
                        "Размещение итогов и кейсов на сайте школы и у партнёров",
                        "июнь",
                        None,
                        "7.6",
                        ("m", 6),
                        None,
                    ),
                    R(
                        "Обновление базы наставников и наставляемых по итогам года",
                        "июнь",
                        None,
                        "7.7",
                        ("m", 6),
                        None,
                    ),
                    R("Благодарственные письма социальным партнёрам", "июнь", None, None, ("m", 6), None),
                ],
                "Куратор, советник директора по воспитанию",
                ["program_curator", "senior_counselor"],
            ),
        ],
    ),
]


def build_a(folder: Path) -> int:
    doc = _new_document(landscape=True)
    _para(doc, "УТВЕРЖДАЮ", bold=True, align="r")
    _para(doc, "Директор МКОУ «СОШ № 7» г. Урюпинска", align="r")
    _para(doc, "__________ Н.А. Селезнёва", align="r")
    _para(doc, "Приказ от 30.08.2024 № 112-о", align="r")
    _para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c")
    _para(doc, "в МКОУ «СОШ № 7» г. Урюпинска на 2024/2025 учебный год", bold=True, align="c")
    headers = ["Этап реализации", "Направление работы", "Содержание работы", "Срок выполнения", "Исполнители"]
    widths = [5.0, 3.8, 9.5, 4.2, 4.2]
    cpl = 48  # characters per line in the content column, for padding the date lines
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for i, h in enumerate(headers):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    truth: list[TruthActivity] = []
    for stage_id, title, goal, groups in A_STAGES:
        first_idx = len(table.rows)
        for direction, items, resp, roles in groups:
            row = table.add_row()
            _set_cell(row.cells[1], direction)
            content: list[str] = []
            dates: list[str] = []
            for k, it in enumerate(items, start=1):
                line = f"{k}) {it['text']}"
                content.append(line)
                dates.append(_text(it["date"]))
                dates.extend([""] * (math.ceil(len(line) / cpl) - 1))
                it["roles"] = roles
                truth.append(truth_row(it, stage_id, A_YEAR))
            while dates and dates[-1] == "":
                dates.pop()
            _set_cell(row.cells[2], "\n".join(content))
            _set_cell(row.cells[3], "\n".join(dates))
            _set_cell(row.cells[4], resp)
        last_idx = len(table.rows) - 1
        top = table.cell(first_idx, 0)
        if last_idx > first_idx:
            top = top.merge(table.cell(last_idx, 0))
        _set_cell(top, title + "\n" + goal)
        top.paragraphs[0].runs[0].bold = True
    _widths(table, widths)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ / Е.В. Горина /")
    doc.save(str(folder / "roadmap.docx"))
    write_truth(folder, A_ORG, A_YEAR, truth)
    return len(truth)


# =========================================================================== B: kindergarten
# МАДОУ «Детский сад № 27 «Солнышко»», 2023-2024. A normative section comes first and is
# numbered «1.», so every stage's printed number is one higher than the stage itself.

B_ORG = "МАДОУ «Детский сад № 27 «Солнышко»»"
B_YEAR = 2023
B_SECTIONS: list[Section] = [
    (
        None,
        "1. Нормативно-правовое обеспечение",
        [
            R(
                "Приказ заведующего «О внедрении системы наставничества в МАДОУ»",
                "до 1 сентября",
                "Заведующий Кузнецова Л.М.",
                None,
                ("dl", 1, 9),
                ["director"],
                note="размещается на сайте",
            ),
            R(
                "Разработка и утверждение Положения о наставничестве педагогических работников ДОУ",
                "Сентябрь",
                "Старший воспитатель, рабочая группа",
                None,
                ("m", 9),
                ["other"],
            ),
            R(
                "Назначение куратора наставничества (ст. воспитатель Миронова А.В.)",
                "01.09.2023",
                "Заведующий",
                None,
                ("d", 1, 9, 2023),
                ["director"],
            ),
        ],
    ),
    (
        1,
        "2. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Педагогический час: знакомство коллектива с целевой моделью наставничества",
                "Сентябрь",
                "Ст. воспитатель",
                "1.1",
                ("m", 9),
                ["other"],
                note="протокол",
            ),
            R(
                "Информирование родителей воспитанников о наставничестве (групповые чаты, "
                "стенд «Наставничество»)",
                "Сентябрь–октябрь",
                "Воспитатели групп",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
            ),
            R(
                "Встреча с преподавателями педагогического колледжа и методистами управления образования",
                "Октябрь",
                "Заведующий,\nст. воспитатель",
                "1.3",
                ("m", 10),
                ["director", "other"],
            ),
        ],
    ),
    (
        2,
        "3. Формирование банка наставляемых",
        [
            R(
                "Опрос молодых и вновь принятых воспитателей о профессиональных затруднениях, "
                "получение их согласий на обработку персональных данных",
                "до 15 сентября",
                "Старший воспитатель",
                "2.1",
                ("dl", 15, 9),
                ["other"],
            ),
            R(
                "Уточнение запросов начинающих педагогов у коллег и педагога-психолога",
                "Сентябрь",
                "Педагог-психолог",
                "2.2",
                ("m", 9),
                ["psychologist"],
            ),
            R(
                "Составление банка наставляемых с перечнем запросов",
                "Октябрь",
                "ст.воспитатель",
                "2.3",
                ("m", 10),
                ["other"],
                note="банк данных",
            ),
        ],
    ),
    (
        3,
        "4. Формирование банка наставников",
        [
            R(
                "Выбор формы наставничества «педагог – педагог» (опытный воспитатель – молодой специалист)",
                "Сентябрь",
                "Заведующий",
                "3.1",
                ("m", 9),
                ["director"],
            ),
            R(
                "Анкетирование опытных педагогов, готовых стать наставниками",
                "Октябрь",
                "Старший воспитатель",
                "3.3",
                ("m", 10),
                ["other"],
            ),
            R(
                "Формирование банка наставников по итогам анкетирования",
                "Октябрь",
                "Старший воспитатель",
                "3.4",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "5. Отбор и обучение наставников",
        [
            R(
                "Беседа с воспитателями — кандидатами в наставники",
                "Октябрь",
                "Заведующий, педагог-психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
            ),
            R(
                "Подбор методической литературы и вебинаров для наставников",
                "Октябрь–ноябрь",
                "Старший воспитатель",
                "4.3",
                ("r", 10, 11),
                ["other"],
            ),
            R(
                "Участие наставников в семинаре «Школа наставника» на базе ИРО",
                "Ноябрь",
                "Наставники, ст. воспитатель",
                "4.4",
                ("m", 11),
                ["mentors", "other"],
                note="сертификаты",
            ),
        ],
    ),
    (
        5,
        "6. Формирование наставнических пар",
        [
            R(
                "Круглый стол для наставников и наставляемых «Давайте познакомимся»",
                "Ноябрь",
                "Старший воспитатель",
                "5.1",
                ("m", 11),
                ["other"],
            ),
            R(
                "Распределение наставников и молодых воспитателей по парам",
                "Ноябрь",
                "Заведующий",
                "5.3",
                ("m", 11),
                ["director"],
            ),
            R(
                "Закрепление пар приказом заведующего",
                "до 1 декабря",
                "Заведующий",
                "5.4",
                ("dl", 1, 12),
                ["director"],
                note="приказ",
            ),
        ],
    ),
    (
        6,
        "7. Работа наставнических пар",
        [
            R(
                "Первая встреча наставника с молодым воспитателем: знакомство, правила взаимодействия",
                "Декабрь",
                "Наставники",
                "6.1",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: составление индивидуального плана развития молодого педагога",
                "Декабрь",
                "Наставники",
                "6.3",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Взаимопосещения НОД, консультации, совместная подготовка к открытым мероприятиям",
                "В течение учебного года",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            R(
                "Анкета «Мой наставник» (промежуточная обратная связь)",
                "Февраль",
                "Педагог-психолог",
                "6.5",
                ("m", 2),
                ["psychologist"],
            ),
            R(
                "Итоговая встреча пары, самоанализ молодого педагога",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                ["mentors"],
            ),
            R(
                "Оценка удовлетворённости участников наставничеством",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "8. Завершение программы наставничества",
        [
            R(
                "Итоговое мероприятие «Наставник – это…» с награждением лучших наставников",
                "Май",
                "Заведующий",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Оценка качества наставнической деятельности в ДОУ",
                "Май",
                "Старший воспитатель",
                "7.3",
                ("m", 5),
                ["other"],
                note="аналитическая справка",
            ),
            R(
                "Методическая копилка: описание практик пар в форме кейсов",
                "Июнь",
                "Наставники, ст. воспитатель",
                "7.5",
                ("m", 6),
                ["mentors", "other"],
            ),
            R(
                "Размещение итогов на официальном сайте детского сада",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Формирование резерва наставников на последующие годы",
                "Август",
                "Старший воспитатель",
                "7.8",
                ("m", 8),
                ["other"],
            ),
        ],
    ),
]


def build_b(folder: Path) -> int:
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in B_SECTIONS:
        body.append(("section", heading))
        sec_no = heading.split(".")[0]
        for k, row in enumerate(rows, start=1):
            body.append(
                ("row", [f"{sec_no}.{k}", row["text"], _text(row["date"]), _text(row["resp"]), row["note"]])
            )
            truth.append(truth_row(row, stage_id, B_YEAR))
    head: list[HeadPara] = [
        ("Утверждаю:", False, "r"),
        ("Заведующий МАДОУ «Детский сад № 27 «Солнышко»»", False, "r"),
        ("_________ Л.М. Кузнецова", False, "r"),
        ("«31» августа 2023 г.", False, "r"),
        ("", False, None),
        ("План мероприятий (дорожная карта) по внедрению целевой модели наставничества", True, "c"),
        ("в МАДОУ «Детский сад № 27 «Солнышко»» на 2023-2024 учебный год", True, "c"),
        ("Форма наставничества: «педагог – педагог»", False, "c"),
    ]
    write_docx_table(
        folder / "roadmap.docx",
        head,
        ["№ п/п", "Содержание работы", "Срок выполнения", "Ответственный исполнитель", "Примечание"],
        body,
        [1.3, 7.5, 3.0, 3.7, 2.5],
    )
    write_truth(folder, B_ORG, B_YEAR, truth)
    return len(truth)


# =========================================================================== C: college
# ГБПОУ «Ржевский колледж промышленных технологий», 2025-2026. «Этап N.» rows span the table,
# a column-number row under the header, an «Ожидаемый результат» column.

C_ORG = "ГБПОУ «Ржевский колледж промышленных технологий»"
C_YEAR = 2025
C_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Совещание при директоре: утверждение дорожной карты и состава рабочей группы",
                "до 05.09.2025",
                "Директор",
                None,
                ("dl", 5, 9, 2025),
                ["director"],
                note="протокол совещания",
            ),
            R(
                "Информирование преподавателей и мастеров п/о о запуске наставничества на "
                "педагогическом совете",
                "Сентябрь 2025 г.",
                "Зам. директора по УР, методист",
                "1.1",
                ("m", 9, 2025),
                ["deputy_director_academic", "methodologist"],
                note="протокол педсовета",
            ),
            R(
                "Родительские собрания в группах нового набора: знакомство с программой наставничества",
                "Сентябрь 2025 г.",
                "Кураторы групп нового набора",
                "1.2",
                ("m", 9, 2025),
                ["class_teacher"],
            ),
            R(
                "Встреча студентов с работодателями — социальными партнёрами колледжа и "
                "выпускниками прошлых лет",
                "Октябрь 2025 г.",
                "Руководитель центра содействия трудоустройству выпускников",
                "1.3",
                ("m", 10, 2025),
                ["other"],
            ),
            R(
                "Презентация программы наставничества для студентов 1–2 курсов",
                "Сентябрь 2025 г.",
                "Заведующие отделениями, кураторы учебных групп",
                "1.4",
                ("m", 9, 2025),
                ["other", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование студентов и молодых преподавателей, желающих участвовать в "
                "программе; сбор согласий совершеннолетних на обработку ПДн",
                "до 25.09.2025",
                "Педагог-психолог, кураторы групп",
                "2.1",
                ("dl", 25, 9, 2025),
                ["psychologist", "class_teacher"],
                note="анкеты, согласия",
            ),
            R(
                "Получение сведений о запросах наставляемых от кураторов групп, мастеров п/о, "
                "социального педагога и родителей; согласия законных представителей "
                "несовершеннолетних студентов",
                "Сентябрь – октябрь 2025 г.",
                "Соц педагог",
                "2.2",
                ("r", 9, 10, 2025, 2025),
                ["social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых по отделениям",
                "Октябрь 2025 г.",
                "Заведующие отделениями",
                "2.3",
                ("m", 10, 2025),
                ["other"],
                note="база наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                "«педагог – педагог»",
                "Сентябрь 2025 г.",
                "Рабочая группа",
                "3.1",
                ("m", 9, 2025),
                ["other"],
            ),
            R(
                "Анкетирование преподавателей, мастеров п/о, студентов старших курсов и "
                "представителей предприятий, готовых стать наставниками",
                "Октябрь 2025 г.",
                "Методист",
                "3.3",
                ("m", 10, 2025),
                ["methodologist"],
            ),
            R(
                "Сравнение анкет наставников и наставляемых, формирование базы наставников",
                "Октябрь 2025 г.",
                "Методист, педагог-психолог",
                "3.4",
                ("m", 10, 2025),
                ["methodologist", "psychologist"],
                note="база наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники по установленным параметрам",
                "Октябрь 2025 г.",
                "Педагог-психолог",
                "4.1",
                ("m", 10, 2025),
                ["psychologist"],
            ),
            R(
                "Собеседования с кандидатами из числа работодателей и педагогов",
                "Октябрь–ноябрь 2025 г.",
                "Зам.директора по УПР, заведующие отделениями",
                "4.2",
                ("r", 10, 11, 2025, 2025),
                ["deputy_director", "other"],
            ),
            R(
                "Обучение наставников по программе «Эффективный наставник» (на базе регионального центра)",
                "Ноябрь 2025 г.",
                "Методист, руководители ПЦК",
                "4.4",
                ("m", 11, 2025),
                ["methodologist", "head_of_methodical_association"],
                note="удостоверения",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R(
                "Встреча-знакомство наставников с наставляемыми (кураторский час)",
                "Ноябрь 2025 г.",
                "Кураторы групп, мастера п/о",
                "5.1",
                ("m", 11, 2025),
                ["class_teacher", "teachers"],
            ),
            R(
                "Анкетирование участников после встречи-знакомства: выбор предпочтительного наставника",
                "Ноябрь 2025 г.",
                "Педагог-психолог",
                "5.2",
                ("m", 11, 2025),
                ["psychologist"],
            ),
            R(
                "Формирование пар/групп на основе анализа анкет",
                "Ноябрь 2025 г.",
                "Методист",
                "5.3",
                ("m", 11, 2025),
                ["methodologist"],
            ),
            R(
                "Закрепление наставнических пар приказом директора колледжа",
                "Декабрь 2025 г.",
                "Директор",
                "5.4",
                ("m", 12, 2025),
                ["director"],
                note="приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар или групп",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "Декабрь 2025 г.",
                "Наставники",
                "6.1",
                ("m", 12, 2025),
                ["mentors"],
            ),
            R(
                "Планирование совместной работы пары, составление плана развития",
                "Декабрь 2025 г.",
                "Наставники",
                "6.3",
                ("m", 12, 2025),
                ["mentors"],
                note="индивидуальный план",
            ),
            R(
                "Регулярная работа пар (консультации, совместные проекты, подготовка к "
                "демонстрационному экзамену и чемпионату «Профессионалы»)",
                "в течение 2025-2026 уч. года",
                "Наставники, мастера п/о",
                "6.4",
                ("c",),
                ["mentors", "teachers"],
            ),
            R(
                "Сбор обратной связи от наставляемых",
                "по графику",
                "Педагог-психолог",
                "6.5",
                ("u",),
                ["psychologist"],
            ),
            R(
                "Заключительная встреча всех наставнических пар и групп отделения",
                "Май 2026 г.",
                "Заведующие отделениями",
                "6.7",
                ("m", 5, 2026),
                ["other"],
            ),
            R(
                "Мониторинг удовлетворённости студентов и педагогов участием в программе",
                "Май 2026 г.",
                "Педагог-психолог",
                "6.8",
                ("m", 5, 2026),
                ["psychologist"],
                note="аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Итоговый форум наставников с участием работодателей, награждение лучших наставников",
                "Июнь 2026 г.",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 6, 2026),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Мониторинг качества наставнической работы в колледже",
                "Июнь 2026 г.",
                "Методист",
                "7.3",
                ("m", 6, 2026),
                ["methodologist"],
            ),
            R(
                "Публикация лучших практик и результатов на сайте колледжа и страницах социальных партнёров",
                "Июнь 2026 г.",
                "Методист, ответственный за сайт",
                "7.6",
                ("m", 6, 2026),
                ["methodologist", "other"],
            ),
            R(
                "Пополнение базы наставников и наставляемых итогами года",
                "Июнь 2026 г.",
                "Методист",
                "7.7",
                ("m", 6, 2026),
                ["methodologist"],
            ),
            R(
                "Создание долгосрочного резерва наставников из числа работодателей и выпускников",
                "Ежегодно",
                "Руководитель ЦСТВ",
                "7.8",
                ("a",),
                ["other"],
            ),
        ],
    ),
]


def build_c(folder: Path) -> int:
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in C_SECTIONS:
        body.append(("section", heading))
        for row in rows:
            n += 1
            body.append(("row", [str(n), row["text"], row["note"], _text(row["date"]), _text(row["resp"])]))
            truth.append(truth_row(row, stage_id, C_YEAR))
    head: list[HeadPara] = [
        ("Министерство образования Тверской области", False, "c"),
        ("ГБПОУ «Ржевский колледж промышленных технологий»", True, "c"),
        ("", False, None),
        ("УТВЕРЖДАЮ", False, "r"),
        ("Директор колледжа ________ В.П. Орлов", False, "r"),
        ("от 29.08.2025", False, "r"),
        ("", False, None),
        (
            "Дорожная карта реализации целевой модели наставничества обучающихся в ГБПОУ "
            "«Ржевский колледж промышленных технологий» на 2025-2026 учебный год",
            True,
            "c",
        ),
    ]
    write_docx_table(
        folder / "roadmap.docx",
        head,
        ["№", "Мероприятие", "Ожидаемый результат", "Сроки проведения", "Ответственные исполнители"],
        body,
        [1.0, 8.0, 3.5, 3.0, 4.0],
        colnum_row=True,
    )
    write_truth(folder, C_ORG, C_YEAR, truth)
    return len(truth)


# =========================================================================== D: gymnasium -> PDF
# МАОУ «Гимназия № 5» г. Белгорода, 2022 – 2023. Roman-numbered stage rows, one running row
# number, a «Отметка о выполнении» column left empty; exported to PDF by LibreOffice.

D_ORG = "МАОУ «Гимназия № 5» г. Белгорода"
D_YEAR = 2022
D_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Создание рабочей группы по внедрению целевой модели наставничества",
                "Август 2022 г.",
                "Директор Самойлова Г.П.",
                None,
                ("m", 8, 2022),
                ["director"],
            ),
            R(
                "Разработка Положения о программе наставничества и дорожной карты",
                "до 15 сентября",
                "Рабочая группа",
                None,
                ("dl", 15, 9),
                ["other"],
            ),
            R(
                "Педагогический совет «Наставничество в гимназии: цели, формы, этапы»",
                "Сентябрь",
                "Петрова И.И., зам. директора по УВР",
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
            ),
            R(
                "Выступление на общегимназическом родительском собрании о программе наставничества",
                "Сентябрь",
                "ЗДВР Колесникова Т.А.,\nкл. руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
            ),
            R(
                "Классные часы «Кто такой наставник?» для 5–11 классов",
                "Сентябрь",
                "Кл. руководители 5-11 классов",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Круглый стол с выпускниками гимназии и представителями вузов-партнёров (НИУ «БелГУ»)",
                "Октябрь",
                "Зам. директора по ВР, советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            R(
                "Определение форм наставничества, актуальных для гимназии",
                "Сентябрь",
                "Зам. дир. по УВР",
                "3.1",
                ("m", 9),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование гимназистов и учителей, заинтересованных в наставнической "
                "поддержке; согласия на обработку персональных данных",
                "до 20 сентября",
                "тьютер Лаптева О.В.",
                "2.1",
                ("dl", 20, 9),
                ["tutor"],
            ),
            R(
                "Сбор сведений о трудностях и запросах наставляемых у классных руководителей, "
                "педагога-психолога и родителей",
                "Сентябрь–октябрь",
                "Педагог-психолог, соц.педагог",
                "2.2",
                ("r", 9, 10),
                ["psychologist", "social_pedagogue"],
            ),
            R(
                "Составление базы наставляемых с перечнем запросов",
                "Октябрь",
                "тьютер",
                "2.3",
                ("m", 10),
                ["tutor"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Входная диагностика наставляемых по заданным показателям (для последующего мониторинга)",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Анкетирование учителей, старшеклассников и родителей — потенциальных наставников",
                "Октябрь",
                "тьютер",
                "3.3",
                ("m", 10),
                ["tutor"],
            ),
            R(
                "Анализ анкет наставников и их сопоставление с запросами наставляемых; база наставников",
                "октябрь–ноябрь",
                "Зам. директора по УВР, тьютер",
                "3.4",
                ("r", 10, 11),
                ["deputy_director_academic", "tutor"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Собеседование с потенциальными наставниками с участием педагога-психолога",
                "Ноябрь",
                "ЗДУВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Обучение наставников на курсах повышения квалификации и в «Школе наставника»",
                "по графику",
                "Руководители ШМО",
                "4.4",
                ("u",),
                ["head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар (групп)",
        [
            R(
                "Установочная встреча всех наставников и наставляемых",
                "Ноябрь",
                "Тьютор",
                "5.1",
                ("m", 11),
                ["tutor"],
            ),
            R(
                "Объединение наставников и наставляемых в пары с учётом результатов анкетирования",
                "Ноябрь",
                "Зам. директора по УВР",
                "5.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            R(
                "Приказ о закреплении наставнических пар (групп), информирование участников",
                "до 1 декабря",
                "Директор",
                "5.4",
                ("dl", 1, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар (групп)",
        [
            R(
                "Первая встреча наставника с наставляемым: знакомство, договорённость о правилах",
                "Декабрь",
                "Наставники",
                "6.1",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: постановка целей, составление плана работы пары",
                "Декабрь",
                "Наставники",
                "6.3",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Регулярная совместная работа пар по плану",
                "в течение 2022-2023 уч. года",
                "Наставники, тьютор",
                "6.4",
                ("c",),
                ["mentors", "tutor"],
            ),
            R(
                "Промежуточная обратная связь от участников программы",
                "Март",
                "тьютор",
                "6.5",
                ("m", 3),
                ["tutor"],
            ),
            R(
                "Завершающая встреча наставника и наставляемого, рефлексия",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                ["mentors"],
            ),
            R(
                "Мониторинг удовлетворённости участников (анкеты)",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            R(
                "Гимназический фестиваль «Наставник и я»: подведение итогов, награждение лучших наставников",
                "Май",
                "Директор, ЗДВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Контроль качества наставнической программы (анкетирование, анализ)",
                "Май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Повторная диагностика участников и сравнение с входными данными",
                "Май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
            ),
            R(
                "Представление опыта наставнических пар в виде кейсов",
                "Июнь",
                "Руководители ШМО",
                "7.5",
                ("m", 6),
                ["head_of_methodical_association"],
            ),
            R(
                "Размещение итогов программы на сайте гимназии и в госпаблике ВКонтакте",
                "Июнь",
                "Зуев А.А., учитель информатики",
                "7.6",
                ("m", 6),
                ["teachers"],
            ),
            R(
                "Направление благодарственных писем организациям-партнёрам",
                "Июнь",
                "Директор",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def _soffice_pdf(docx_path: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_p),
            str(docx_path),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(tmp_p / (docx_path.stem + ".pdf"), out_pdf)


def build_d(folder: Path) -> int:
    body: list[BodyItem] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in D_SECTIONS:
        body.append(("section", heading))
        for row in rows:
            n += 1
            body.append(("row", [f"{n}.", row["text"], _text(row["date"]), _text(row["resp"]), ""]))
            truth.append(truth_row(row, stage_id, D_YEAR))
    head: list[HeadPara] = [
        ("СОГЛАСОВАНО на заседании педагогического совета, протокол № 1 от 30.08.2022", False, None),
        ("УТВЕРЖДЕНО приказом МАОУ «Гимназия № 5» г. Белгорода от 31.08.2022 № 245", False, "r"),
        ("", False, None),
        ("Дорожная карта по внедрению целевой модели наставничества обучающихся и педагогов", True, "c"),
        ("МАОУ «Гимназия № 5» г. Белгорода на 2022 – 2023 учебный год", True, "c"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        write_docx_table(
            docx_path,
            head,
            ["№", "Наименование мероприятия", "Срок", "Ответственный", "Отметка о выполнении"],
            body,
            [1.2, 11.5, 4.0, 6.0, 3.5],
            landscape=True,
        )
        _soffice_pdf(docx_path, folder / "roadmap.pdf")
    write_truth(folder, D_ORG, D_YEAR, truth)
    return len(truth)


# =========================================================================== E: xlsx
# МКОУ «Берёзовская основная общеобразовательная школа», 2021/2022. Title over two merged
# rows, merged stage rows, a real Excel date in one cell, «Результат. Вид документа» column.

E_ORG = "МКОУ «Берёзовская основная общеобразовательная школа»"
E_YEAR = 2021
E_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении целевой модели наставничества и назначении куратора",
                dt.datetime(2021, 9, 1),
                "Директор школы Гусева Н.П.",
                None,
                ("d", 1, 9, 2021),
                ["director"],
                note="Приказ",
            ),
            R(
                "Знакомство учителей с программой наставничества на августовском педсовете",
                "Август 2021",
                "Директор",
                "1.1",
                ("m", 8, 2021),
                ["director"],
                note="Протокол педсовета",
            ),
            R(
                "Родительский всеобуч «Что даёт наставничество ребёнку»",
                "Сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
                note="Протокол родительского собрания",
            ),
            R(
                "Общешкольная линейка-презентация программы для учеников",
                "Сентябрь",
                "Ст. вожатый",
                "1.4",
                ("m", 9),
                ["senior_counselor"],
            ),
            R(
                "Встреча учеников с выпускниками школы и фермерами-партнёрами (СПК «Рассвет»)",
                "Октябрь",
                "Зам. директора Лебедева Н.С.",
                "1.3",
                ("m", 10),
                ["deputy_director"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Опрос учеников 5–9 классов и молодых учителей о желании получить наставника",
                "Сентябрь - октябрь",
                "Зам. директора по УВР",
                "2.1",
                ("r", 9, 10),
                ["deputy_director_academic"],
                note="Анкеты",
            ),
            R(
                "Согласия родителей (законных представителей) на обработку персональных данных; "
                "сведения от классных руководителей и психолога о запросах детей",
                "Октябрь",
                "Классные руководители, педагог-психолог",
                "2.2",
                ("m", 10),
                ["class_teacher", "psychologist"],
                note="Согласия",
            ),
            R(
                "Составление списка наставляемых (база наставляемых)",
                "Октябрь",
                "Зам. директора по УВР",
                "2.3",
                ("m", 10),
                ["deputy_director_academic"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Выбор форм: «ученик – ученик», «учитель – учитель»",
                "Октябрь",
                "Куратор",
                "3.1",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Анкетирование желающих стать наставниками (учителя, старшеклассники)",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников на основе анкет",
                "Ноябрь",
                "Куратор",
                "3.4",
                ("m", 11),
                ["program_curator"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Подбор материалов и приглашение экспертов ИРО для обучения",
                "Ноябрь",
                "Зам. директора по УВР",
                "4.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            R(
                "Проведение обучающих занятий для наставников",
                "Декабрь",
                "Куратор, эксперты ИРО",
                "4.4",
                ("m", 12),
                ["program_curator", "other"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар / групп",
        [
            R(
                "Встреча наставников и наставляемых в формате квеста",
                "Декабрь",
                "Ст. вожатый, куратор",
                "5.1",
                ("m", 12),
                ["senior_counselor", "program_curator"],
            ),
            R(
                "Опрос после встречи: кого хотели бы видеть своим наставником",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "Составление пар и групп",
                "Декабрь",
                "Куратор",
                "5.3",
                ("m", 12),
                ["program_curator"],
                note="Список пар",
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар / групп",
        [
            R(
                "Закрепление пар приказом директора",
                "Январь",
                "Директор",
                "5.4",
                ("m", 1),
                ["director"],
                note="Приказ",
            ),
            R(
                "Организационная встреча пары: знакомство, правила общения",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Пробная встреча наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.2",
                ("m", 1),
                ["mentors"],
            ),
            R("Встречи пар по плану", "Февраль – май", "Наставники", "6.4", ("r", 2, 5), ["mentors"]),
            R(
                "Заключительная встреча всех пар и групп",
                "Май",
                "Куратор",
                "6.7",
                ("m", 5),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Праздник «Спасибо, наставник!» с награждением лучших наставников",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Мониторинг качества программы",
                "Май-июнь",
                "Куратор",
                "7.3",
                ("r", 5, 6),
                ["program_curator"],
                note="Справка",
            ),
            R(
                "Размещение результатов на сайте школы",
                "Июнь",
                "Куратор, учитель информатики",
                "7.6",
                ("m", 6),
                ["program_curator", "teachers"],
            ),
            R(
                "Корректировка дорожной карты на следующий учебный год",
                "Август",
                "Рабочая группа",
                None,
                ("m", 8),
                ["other"],
            ),
        ],
    ),
]


def build_e(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for letter, w in zip("ABCDE", (8, 60, 18, 30, 24), strict=True):
        ws.column_dimensions[letter].width = w
    ws.merge_cells("A1:E1")
    ws["A1"] = "Дорожная карта внедрения целевой модели наставничества"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = "в МКОУ «Берёзовская основная общеобразовательная школа» на 2021/2022 учебный год"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A2"].alignment = Alignment(horizontal="center")
    r = 4
    for i, h in enumerate(
        ["№ п/п", "Мероприятия", "Сроки реализации", "Ответственные", "Результат. Вид документа"], start=1
    ):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.border = border
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in E_SECTIONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        for col in range(1, 6):
            ws.cell(row=r, column=col).border = border
        sec_no = heading.split(".")[0]
        for k, row in enumerate(rows, start=1):
            r += 1
            vals = [f"{sec_no}.{k}", row["text"], row["date"], row["resp"], row["note"] or None]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = border
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "DD.MM.YYYY"
            truth.append(truth_row(row, stage_id, E_YEAR))
    ws.cell(row=r + 2, column=2, value="Директор школы ____________ Н.П. Гусева")
    wb.save(folder / "roadmap.xlsx")
    write_truth(folder, E_ORG, E_YEAR, truth)
    return len(truth)


# =========================================================================== F: tab-separated text
# ГБОУ «Школа-интернат № 2» г. Пензы, 2020-2021. A Word table saved as tab-separated text: the
# stage name sits in the first column of the stage's first row only; a closing «Контроль»
# section is not one of the seven stages.

F_ORG = "ГБОУ «Школа-интернат № 2» г. Пензы"
F_YEAR = 2020
F_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа о реализации программы наставничества, назначение куратора",
                "до 1 сентября",
                "Директор",
                None,
                ("dl", 1, 9),
                ["director"],
            ),
            R(
                "Информационное совещание для учителей и воспитателей о целевой модели",
                "Сентябрь",
                "Зам. дирктора по УВР",
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
            ),
            R(
                "Доведение сведений о программе до родителей на собраниях и в родительских чатах",
                "Сентябрь",
                "Воспитатели, кл. руководители",
                "1.2",
                ("m", 9),
                ["teachers", "class_teacher"],
            ),
            R(
                "Встреча воспитанников с представителями предприятий города и выпускниками интерната",
                "Октябрь",
                "ЗДВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Опрос учащихся и педагогов, которым нужен наставник; согласия на обработку данных",
                "Сентябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 9),
                ["psychologist"],
            ),
            R(
                "Сведения о запросах детей от воспитателей и социального педагога, согласия "
                "законных представителей",
                "Сентябрь",
                "Соц. педагог",
                "2.2",
                ("m", 9),
                ["social_pedagogue"],
            ),
            R(
                "Формирование перечня наставляемых",
                "Октябрь",
                "Куратор программы",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Первичная оценка наставляемых по выбранным критериям для дальнейшего мониторинга",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Анкетирование возможных наставников из числа учителей, воспитателей и старшеклассников",
                "Октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Создание базы наставников",
                "Ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Диагностика кандидатов в наставники по установленным критериям",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Индивидуальные беседы с кандидатами",
                "Ноябрь",
                "Куратор программы, педагог-психолог",
                "4.2",
                ("m", 11),
                ["program_curator", "psychologist"],
            ),
            R(
                "Подбор специалистов и пособий для учёбы наставников",
                "Ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Курс вебинаров и семинаров для наставников",
                "Декабрь",
                "Методист",
                "4.4",
                ("m", 12),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар или групп",
        [
            R(
                "Встреча-знакомство наставников и наставляемых",
                "Декабрь",
                "Куратор программы",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Опрос о желаемом наставнике после встречи-знакомства",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "Распределение по парам и группам",
                "Декабрь",
                "Куратор программы",
                "5.3",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Сообщение участникам состава пар, закрепление приказом",
                "до 25 декабря",
                "Директор",
                "5.4",
                ("dl", 25, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар или групп",
        [
            R("Первая встреча в паре", "Январь", "Наставники", "6.1", ("m", 1), ["mentors"]),
            R("Вторая, пробная встреча в паре", "Январь", "Наставники", "6.2", ("m", 1), ["mentors"]),
            R("Планирование дальнейшей работы пары", "Февраль", "Наставники", "6.3", ("m", 2), ["mentors"]),
            R(
                "Регулярные занятия наставника с наставляемым",
                "постоянно",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            R(
                "Обратная связь от участников",
                "по графику",
                "Куратор программы",
                "6.5",
                ("u",),
                ["program_curator"],
            ),
            R("Итоговая встреча пары", "Апрель", "Наставники", "6.6", ("m", 4), ["mentors"]),
            R("Итоговый сбор всех пар", "Май", "Куратор программы", "6.7", ("m", 5), ["program_curator"]),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Праздничное мероприятие с награждением наставников",
                "Май",
                "Директор, старший вожатый",
                "7.2",
                ("m", 5),
                ["director", "senior_counselor"],
            ),
            R(
                "Анализ качества реализации программы",
                "Май",
                "Куратор программы",
                "7.3",
                ("m", 5),
                ["program_curator"],
            ),
            R(
                "Оформление кейсов по итогам работы пар",
                "Июнь",
                "Куратор программы, школьный библиотекарь",
                "7.5",
                ("m", 6),
                ["program_curator", "librarian"],
            ),
            R(
                "Внесение итогов в базы наставников и наставляемых",
                "Июнь",
                "Куратор программы",
                "7.7",
                ("m", 6),
                ["program_curator"],
            ),
            R(
                "Создание постоянного резерва наставников на следующие годы",
                "Ежегодно",
                "Куратор программы",
                "7.8",
                ("a",),
                ["program_curator"],
            ),
        ],
    ),
    (
        None,
        "Контроль за реализацией дорожной карты",
        [
            R(
                "Отчёт куратора о выполнении дорожной карты на совещании при директоре",
                "Декабрь, май",
                "Куратор программы",
                None,
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Вручение благодарственных писем социальным партнёрам",
                "Май",
                "Директор",
                None,
                ("m", 5),
                ["director"],
            ),
        ],
    ),
]


def build_f(folder: Path) -> int:
    lines = [
        "СОГЛАСОВАНО",
        "Педагогическим советом",
        "Протокол № 1 от «28» августа 2020 г.",
        "",
        "План мероприятий («дорожная карта») по внедрению целевой модели наставничества",
        "в ГБОУ «Школа-интернат № 2» г. Пензы на 2020-2021 учебный год",
        "",
        "Этап\tСодержание деятельности\tСроки проведения\tОтветственные\tПримечание",
    ]
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in F_SECTIONS:
        for k, row in enumerate(rows):
            first = heading if k == 0 else ""
            lines.append("\t".join([first, row["text"], _text(row["date"]), _text(row["resp"]), row["note"]]))
            truth.append(truth_row(row, stage_id, F_YEAR))
    lines += ["", "Директор ГБОУ «Школа-интернат № 2» г. Пензы ____________ С.А. Ефимова", ""]
    (folder / "roadmap.txt").write_text("\n".join(lines), encoding="utf-8")
    write_truth(folder, F_ORG, F_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "urupinsk7_stage_grouped": build_a,
    "kindergarten_solnyshko": build_b,
    "rzhev_college": build_c,
    "belgorod_gymnasium5_pdf": build_d,
    "berezovka_oosh_xlsx": build_e,
    "penza_boarding_tsv": build_f,
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
