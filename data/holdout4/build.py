"""Build eight held-out roadmaps in data/holdout4/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout4.build

Every printed activity row is written once, next to its hand label (activity id, date spec,
role codes), so the input file and truth.json come from the same place.  Date specs:

    mon(m[, y])             «октябрь», «Май 2025г»        -> month
    rng(m1, m2[, y1, y2])   «октябрь – апрель»            -> range
    dl(d, m[, y])           «до 20.09»                    -> deadline (end only)
    day(d, m, y)            «29.08.2024»                  -> day
    CONT                    «в течение года», «постоянно» -> continuous
    UNSP                    «по графику», empty           -> unspecified
    ANNUAL                  «ежегодно»                    -> unspecified, annual

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y, Jan–Aug -> Y+1.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page, scan_page

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- labels

ROLE_CODES = frozenset(
    {
        "director",
        "deputy_director_academic",
        "deputy_director_upbringing",
        "deputy_director",
        "senior_counselor",
        "librarian",
        "head_of_methodical_association",
        "class_teacher",
        "program_curator",
        "psychologist",
        "tutor",
        "social_pedagogue",
        "methodologist",
        "mentors",
        "teachers",
        "other",
    }
)
ACTIVITY_IDS = frozenset(
    [f"1.{i}" for i in range(1, 5)]
    + [f"2.{i}" for i in range(1, 4)]
    + [f"3.{i}" for i in range(1, 5)]
    + [f"4.{i}" for i in range(1, 5)]
    + [f"5.{i}" for i in range(1, 5)]
    + [f"6.{i}" for i in range(1, 9)]
    + [f"7.{i}" for i in range(1, 9)]
)

# short role names used in the row tables below
DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
DEP = "deputy_director"
SOV = "senior_counselor"
LIB = "librarian"
SMO = "head_of_methodical_association"
KL = "class_teacher"
CUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
NAS = "mentors"
TEA = "teachers"
OTH = "other"

Kind = Literal["m", "r", "dl", "d", "c", "u", "a"]


@dataclass(frozen=True)
class When:
    """A date label; see the module docstring."""

    kind: Kind
    a: int = 0
    b: int = 0
    y1: int | None = None
    y2: int | None = None


def mon(m: int, y: int | None = None) -> When:
    return When("m", m, 0, y)


def rng(m1: int, m2: int, y1: int | None = None, y2: int | None = None) -> When:
    return When("r", m1, m2, y1, y2)


def dl(d: int, m: int, y: int | None = None) -> When:
    return When("dl", d, m, y)


def day(d: int, m: int, y: int) -> When:
    return When("d", d, m, y)


CONT = When("c")
UNSP = When("u")
ANNUAL = When("a")


@dataclass(frozen=True)
class Act:
    """One printed activity row and its hand label."""

    text: str
    date: str | dt.datetime  # a real datetime only in the workbook
    resp: str
    aid: str | None
    when: When
    roles: tuple[str, ...]
    extra: str = ""  # a fifth column (planned result) where the layout has one


def A(
    text: str,
    date: str | dt.datetime,
    resp: str,
    aid: str | None,
    when: When,
    *roles: str,
    extra: str = "",
) -> Act:
    return Act(text, date, resp, aid, when, tuple(roles), extra)


# (canonical stage id or None, printed heading, rows)
Section = tuple[int | None, str, list[Act]]


def _yr(m: int, y: int) -> int:
    return y if m >= 9 else y + 1


def _last(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def expand(w: When, y: int) -> dict[str, object]:
    """The six date fields of a truth activity."""
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    ms: int | None = None
    me: int | None = None
    rec: str | None = None
    if w.kind == "m":
        yr = w.y1 if w.y1 is not None else _yr(w.a, y)
        kind, start, end, ms, me = "month", dt.date(yr, w.a, 1), _last(yr, w.a), w.a, w.a
    elif w.kind == "r":
        ya = w.y1 if w.y1 is not None else _yr(w.a, y)
        yb = w.y2 if w.y2 is not None else _yr(w.b, y)
        kind, start, end, ms, me = "range", dt.date(ya, w.a, 1), _last(yb, w.b), w.a, w.b
    elif w.kind == "dl":
        yr = w.y1 if w.y1 is not None else _yr(w.b, y)
        kind, end, me = "deadline", dt.date(yr, w.b, w.a), w.b
    elif w.kind == "d":
        assert w.y1 is not None
        kind = "day"
        start = end = dt.date(w.y1, w.b, w.a)
        ms = me = w.b
    elif w.kind == "c":
        kind, start, end = "continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31)
    elif w.kind == "u":
        kind = "unspecified"
    else:
        kind, rec = "unspecified", "annual"
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": ms,
        "month_end": me,
        "recurrence": rec,
    }


def truth_of(sections: Sequence[Section], y: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for stage, _heading, acts in sections:
        for act in acts:
            assert act.aid is None or act.aid in ACTIVITY_IDS, act
            assert act.aid is None or int(act.aid.split(".")[0]) == stage, act
            assert all(r in ROLE_CODES for r in act.roles), act
            assert len(set(act.roles)) == len(act.roles), act
            entry: dict[str, object] = {"text": act.text, "activity_id": act.aid, "stage_id": stage}
            entry.update(expand(act.when, y))
            entry["roles"] = list(act.roles)
            out.append(entry)
    return out


def write_truth(folder: Path, org: str, y: int, sections: Sequence[Section]) -> int:
    acts = truth_of(sections, y)
    truth = {
        "document": {
            "status": "ok",
            "model": "target_model_2019",
            "organization": org,
            "academic_year_start": y,
        },
        "activities": acts,
    }
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return len(acts)


def _date_text(value: str | dt.datetime) -> str:
    assert isinstance(value, str), value
    return value


# --------------------------------------------------------------------------- docx / office helpers


def new_doc(landscape: bool = False, size: float = 11.0, margin: float = 1.5) -> DocxDocument:
    doc = Document()
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
    sec.left_margin = sec.right_margin = Cm(margin)
    sec.top_margin = sec.bottom_margin = Cm(margin)
    return doc


def para(
    doc: DocxDocument, text: str, bold: bool = False, align: str = "", size: float | None = None
) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size is not None:
        run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def put(cell: _Cell, text: str, bold: bool = False, center: bool = False) -> None:
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def widths(table: Table, cms: Sequence[float]) -> None:
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def grid(doc: DocxDocument, headers: Sequence[str]) -> Any:
    """A ruled table with a bold header row (python-docx leaves Table.add_row untyped)."""
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = table.add_row()
    for i, h in enumerate(headers):
        put(row.cells[i], h, bold=True, center=True)
    return table


def soffice(src: Path, target: str, out: Path) -> None:
    """Convert src with LibreOffice to the format `target` (pdf, odt, doc) and copy it to out."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(tmp_p / f"{src.stem}.{target}", out)


def docx_to_pdf_bytes(doc: DocxDocument, stem: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        doc.save(str(src))
        out = Path(tmp) / f"{stem}.pdf"
        soffice(src, "pdf", out)
        return out.read_bytes()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


# =========================================================================== 1. DOCX, Bashkortostan
# Copies the federal list nearly word for word, adds republic events and admin rows.

S1_ORG = "МБОУ «СОШ № 14» г. Стерлитамак"
S1_YEAR = 2025
ZUVR1 = "Зам. директора по УВР Хабибуллина Л.Р."
KUR1 = "Куратор программы Ахметова Г.И."
PSY1 = "Педагог-психолог Сафина А.М."
S1: list[Section] = [
    (
        1,
        "I этап. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Издание приказа «О внедрении целевой модели наставничества в 2025/2026 учебном году», назначение куратора программы",
                "до 01.09.2025",
                "Директор Галиуллина Р.Ф.",
                None,
                dl(1, 9, 2025),
                DIR,
            ),
            A(
                "Актуализация Положения о наставничестве и Программы наставничества МБОУ «СОШ № 14»",
                "до 05.09.2025",
                ZUVR1,
                None,
                dl(5, 9, 2025),
                UVR,
            ),
            A(
                "Информирование педагогического сообщества образовательной организации о реализации программы наставничества (педагогический совет № 1)",
                "28.08.2025",
                "Директор, зам. директора по УВР",
                "1.1",
                day(28, 8, 2025),
                DIR,
                UVR,
            ),
            A(
                "Информирование родительского сообщества о планируемой реализации программы наставничества (общешкольное родительское собрание)",
                "Сентябрь",
                "Зам. директора по ВР Мухаметова Э.Р., классные руководители 1-11 классов",
                "1.2",
                mon(9),
                VR,
                KL,
            ),
            A(
                "Встреча с сообществом выпускников и представителями предприятий г. Стерлитамак (АО «БСК», колледжи города) с целью информирования о реализации программы наставничества",
                "Октябрь",
                "Зам. директора по ВР, советник директора по воспитанию",
                "1.3",
                mon(10),
                VR,
                SOV,
            ),
            A(
                "Встреча с обучающимися 5-11 классов с информированием о реализуемой программе наставничества (общешкольная линейка, классные часы)",
                "Сентябрь",
                "Классные руководители, советник директора по воспитанию",
                "1.4",
                mon(9),
                KL,
                SOV,
            ),
            A(
                "Создание раздела «Наставничество» на официальном сайте школы",
                "Сентябрь",
                "Ответственный за сайт Ибрагимов Т.А.",
                None,
                mon(9),
                OTH,
            ),
        ],
    ),
    (
        2,
        "II этап. Формирование базы наставляемых",
        [
            A(
                "Проведение анкетирования среди обучающихся/педагогов, желающих принять участие в программе наставничества. Сбор согласий на обработку персональных данных от совершеннолетних участников программы",
                "Сентябрь - октябрь",
                f"{KUR1}, педагог-психолог",
                "2.1",
                rng(9, 10),
                CUR,
                PSY,
            ),
            A(
                "Сбор дополнительной информации о запросах наставляемых от третьих лиц: классных руководителей, педагога-психолога, социального педагога, родителей. Сбор согласий от законных представителей несовершеннолетних участников",
                "Сентябрь - октябрь",
                "Классные руководители, социальный педагог",
                "2.2",
                rng(9, 10),
                KL,
                SOC,
            ),
            A(
                "Анализ полученных от наставляемых и третьих лиц данных. Формирование базы наставляемых",
                "до 15.10.2025",
                KUR1,
                "2.3",
                dl(15, 10, 2025),
                CUR,
            ),
            A(
                "Диагностика адаптации обучающихся 5-х классов к обучению на уровне основного общего образования",
                "Октябрь",
                PSY1,
                None,
                mon(10),
                PSY,
            ),
        ],
    ),
    (
        3,
        "III этап. Формирование базы наставников",
        [
            A(
                "Выбор форм наставничества, реализуемых в рамках текущей программы («ученик – ученик», «учитель – учитель», «учитель – ученик»)",
                "Сентябрь",
                "Зам. директора по УВР, руководители ШМО",
                "3.1",
                mon(9),
                UVR,
                SMO,
            ),
            A(
                "Оценка участников-наставляемых по заданным параметрам, необходимым для будущего сравнения и мониторинга влияния программы (входной мониторинг)",
                "Октябрь",
                PSY1,
                "3.2",
                mon(10),
                PSY,
            ),
            A(
                "Проведение анкетирования среди потенциальных наставников, желающих принять участие в программе наставничества. Сбор согласий на обработку персональных данных",
                "Октябрь",
                KUR1,
                "3.3",
                mon(10),
                CUR,
            ),
            A(
                "Анализ заполненных анкет потенциальных наставников и сопоставление данных с анкетами наставляемых. Формирование базы наставников",
                "Октябрь",
                "Куратор программы, зам. директора по УВР",
                "3.4",
                mon(10),
                CUR,
                UVR,
            ),
        ],
    ),
    (
        4,
        "IV этап. Отбор и обучение наставников",
        [
            A(
                "Оценка участников-наставников по заданным параметрам, необходимым для будущего сравнения и мониторинга",
                "Октябрь",
                PSY1,
                "4.1",
                mon(10),
                PSY,
            ),
            A(
                "Проведение собеседования с наставниками (при необходимости с привлечением педагога-психолога)",
                "Октябрь",
                "Куратор программы, педагог-психолог",
                "4.2",
                mon(10),
                CUR,
                PSY,
            ),
            A(
                "Поиск экспертов и материалов для проведения обучения наставников (в т.ч. ресурсы ИРО РБ)",
                "Октябрь - ноябрь",
                ZUVR1,
                "4.3",
                rng(10, 11),
                UVR,
            ),
            A(
                "Обучение наставников (школа наставника, 3 занятия)",
                "Ноябрь",
                "Куратор программы, руководители ШМО",
                "4.4",
                mon(11),
                CUR,
                SMO,
            ),
            A(
                "Участие педагогов-наставников в республиканском конкурсе «Наставник года»",
                "Ноябрь 2025 – февраль 2026",
                ZUVR1,
                None,
                rng(11, 2, 2025, 2026),
                UVR,
            ),
        ],
    ),
    (
        5,
        "V этап. Формирование наставнических пар / групп",
        [
            A(
                "Организация групповой встречи наставников и наставляемых",
                "Ноябрь",
                KUR1,
                "5.1",
                mon(11),
                CUR,
            ),
            A(
                "Проведение анкетирования на предмет предпочитаемого наставника/наставляемого после завершения групповой встречи",
                "Ноябрь",
                "Куратор программы, педагог-психолог",
                "5.2",
                mon(11),
                CUR,
                PSY,
            ),
            A(
                "Анализ анкет групповой встречи и соединение наставников и наставляемых в пары/группы",
                "Ноябрь",
                KUR1,
                "5.3",
                mon(11),
                CUR,
            ),
            A(
                "Информирование участников о сложившихся парах/группах. Издание приказа о закреплении наставнических пар/групп",
                "до 01.12.2025",
                "Директор, куратор программы",
                "5.4",
                dl(1, 12, 2025),
                DIR,
                CUR,
            ),
        ],
    ),
    (
        6,
        "VI этап. Организация хода наставнической программы",
        [
            A(
                "Проведение первой, организационной встречи наставника и наставляемого",
                "Декабрь",
                "Наставники",
                "6.1",
                mon(12),
                NAS,
            ),
            A(
                "Проведение второй, пробной рабочей встречи наставника и наставляемого",
                "Декабрь",
                "Наставники",
                "6.2",
                mon(12),
                NAS,
            ),
            A(
                "Проведение встречи-планирования рабочего процесса в рамках программы наставничества с наставником и наставляемым",
                "Декабрь",
                "Наставники, куратор программы",
                "6.3",
                mon(12),
                NAS,
                CUR,
            ),
            A(
                "Регулярные встречи наставника и наставляемого",
                "Январь – апрель",
                "Наставники",
                "6.4",
                rng(1, 4),
                NAS,
            ),
            A(
                "Сбор обратной связи от наставников, наставляемых и кураторов для мониторинга динамики влияния программы",
                "Февраль, апрель",
                KUR1,
                "6.5",
                mon(2),
                CUR,
            ),
            A(
                "Совещание при директоре «О ходе реализации целевой модели наставничества»",
                "Февраль",
                "Директор, зам. директора по УВР",
                None,
                mon(2),
                DIR,
                UVR,
            ),
            A(
                "Проведение заключительной встречи наставника и наставляемого",
                "Май",
                "Наставники",
                "6.6",
                mon(5),
                NAS,
            ),
            A(
                "Групповая заключительная встреча всех пар и групп наставников и наставляемых",
                "Май",
                KUR1,
                "6.7",
                mon(5),
                CUR,
            ),
            A(
                "Анкетирование участников, мониторинг личной удовлетворенности участием в программе наставничества",
                "Май",
                "Педагог-психолог, куратор программы",
                "6.8",
                mon(5),
                PSY,
                CUR,
            ),
        ],
    ),
    (
        7,
        "VII этап. Завершение наставничества",
        [
            A(
                "Приглашение на торжественное мероприятие всех участников программы наставничества, их родных, выпускников, представителей администрации ГО г. Стерлитамак, партнёров",
                "Май",
                "Зам. директора по ВР, советник директора по воспитанию",
                "7.1",
                mon(5),
                VR,
                SOV,
            ),
            A(
                "Торжественное мероприятие «Спасибо, наставник!»: подведение итогов и награждение лучших наставников",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                mon(5),
                DIR,
                VR,
            ),
            A(
                "Проведение мониторинга качества реализации программы наставничества",
                "Май",
                ZUVR1,
                "7.3",
                mon(5),
                UVR,
            ),
            A(
                "Оценка участников по заданным параметрам, проведение второго, заключающего этапа мониторинга влияния программ на всех участников",
                "Май",
                PSY1,
                "7.4",
                mon(5),
                PSY,
            ),
            A(
                "Оформление итогов и процессов совместной работы в рамках программы наставничества в кейсы",
                "Июнь",
                "Наставники, куратор программы",
                "7.5",
                mon(6),
                NAS,
                CUR,
            ),
            A(
                "Публикация результатов программы наставничества, лучших наставников, кейсов на сайте школы",
                "Июнь",
                KUR1,
                "7.6",
                mon(6),
                CUR,
            ),
            A(
                "Предоставление отчёта о реализации целевой модели наставничества в МКУ «Отдел образования»",
                "до 10.06.2026",
                "Куратор программы",
                None,
                dl(10, 6, 2026),
                CUR,
            ),
        ],
    ),
]

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def build_1(folder: Path) -> int:
    doc = new_doc()
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Директор МБОУ «СОШ № 14»", align="r")
    para(doc, "__________ Р.Ф. Галиуллина", align="r")
    para(doc, "Приказ № 214 от 29.08.2025 г.", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=13)
    para(
        doc,
        "внедрения целевой модели наставничества в МБОУ «СОШ № 14» г. Стерлитамак",
        bold=True,
        align="c",
        size=13,
    )
    para(doc, "на 2025/2026 учебный год", bold=True, align="c", size=13)
    para(doc, "")
    table = grid(doc, ["№ п/п", "Мероприятие", "Сроки", "Ответственные"])
    for k, (_stage, heading, acts) in enumerate(S1, start=1):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        put(merged, heading, bold=True)
        for j, act in enumerate(acts, start=1):
            cells = table.add_row().cells
            put(cells[0], f"{k}.{j}.")
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
    widths(table, [1.4, 9.0, 3.0, 4.6])
    para(doc, "")
    para(doc, "Исполнитель: зам. директора по УВР Л.Р. Хабибуллина, тел. 8 (3473) 20-14-14")
    doc.save(str(folder / "dorozhnaya_karta_nastavnichestvo_2025-2026.docx"))
    return write_truth(folder, S1_ORG, S1_YEAR, S1)


# =========================================================================== 2. PDF, Tver gymnasium
# Verbose: each row says how and why.  Stage rows are numbered rows with empty side cells.

S2_ORG = "МБОУ «Гимназия № 10» г. Твери"
S2_YEAR = 2024
ZUVR2 = "Заместитель директора по УВР"
KUR2 = "Куратор программы наставничества"
S2: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Обсуждение на заседании педагогического совета целей и задач внедрения целевой модели наставничества: знакомство коллектива с Положением о наставничестве, формами наставничества и ролями участников, чтобы каждый педагог понимал, какое место он может занять в программе",
                "29.08.2024",
                "Директор гимназии, заместитель директора по УВР",
                "1.1",
                day(29, 8, 2024),
                DIR,
                UVR,
            ),
            A(
                "Подготовка и утверждение нормативной базы: приказ о внедрении целевой модели, Положение о наставничестве, программа наставничества гимназии, приказ о назначении куратора; размещение документов в открытом доступе на сайте гимназии",
                "до 13.09.2024",
                "Директор гимназии Соколова Н.В.",
                None,
                dl(13, 9, 2024),
                DIR,
            ),
            A(
                "Выступление на общегимназических родительских собраниях (1–11 классы) с рассказом о программе наставничества: для чего она нужна, кто может стать наставником и наставляемым, как будет обеспечена конфиденциальность данных детей",
                "Сентябрь 2024 г.",
                "Заместитель директора по ВР, классные руководители",
                "1.2",
                mon(9, 2024),
                VR,
                KL,
            ),
            A(
                "Встреча с выпускниками гимназии прошлых лет и представителями партнёров (ТвГУ, ТвГТУ, предприятия города) в формате круглого стола, чтобы рассказать о программе и пригласить их к участию в качестве наставников для старшеклассников",
                "Октябрь 2024 г.",
                "Заместитель директора по ВР, куратор программы наставничества",
                "1.3",
                mon(10, 2024),
                VR,
                CUR,
            ),
            A(
                "Классные часы и встречи с учащимися 5–11 классов: объясняем, что такое наставничество, какие формы будут работать (ученик – ученик, студент – ученик), как подать заявку; отдельно – выступление на совете старшеклассников",
                "Сентябрь – октябрь 2024 г.",
                "Классные руководители, советник директора по воспитанию, совет старшеклассников",
                "1.4",
                rng(9, 10, 2024, 2024),
                KL,
                SOV,
                OTH,
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование учащихся и педагогов, желающих участвовать в программе в роли наставляемых (электронная форма, ссылку рассылают классные руководители через электронный журнал), с одновременным сбором согласий на обработку персональных данных от совершеннолетних участников",
                "Октябрь 2024 г.",
                f"{KUR2}, педагог-психолог",
                "2.1",
                mon(10, 2024),
                CUR,
                PSY,
            ),
            A(
                "Сбор сведений о запросах и трудностях наставляемых у классных руководителей, педагога-психолога, социального педагога и родителей, чтобы увидеть картину шире, чем в анкете; сбор согласий законных представителей несовершеннолетних на обработку персональных данных",
                "Октябрь 2024 г.",
                "Классные руководители, педагог-психолог, социальный педагог",
                "2.2",
                mon(10, 2024),
                KL,
                PSY,
                SOC,
            ),
            A(
                "Обработка анкет и сведений от третьих лиц, составление перечня запросов (неуспеваемость, адаптация, проектная и олимпиадная деятельность, профессиональные затруднения молодых педагогов) и формирование базы наставляемых",
                "до 01.11.2024",
                KUR2,
                "2.3",
                dl(1, 11, 2024),
                CUR,
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            A(
                "Определение форм наставничества на текущий год исходя из собранных запросов: «ученик – ученик» для адаптации пятиклассников и подготовки к олимпиадам, «учитель – учитель» для молодых специалистов, «студент – ученик» совместно с ТвГУ",
                "Октябрь 2024 г.",
                f"{ZUVR2}, руководители МО",
                "3.1",
                mon(10, 2024),
                UVR,
                SMO,
            ),
            A(
                "Входная диагностика наставляемых по выбранным параметрам (учебная мотивация, тревожность, успеваемость по предметам), результаты которой станут точкой отсчёта для итогового сравнения в мае",
                "Октябрь – ноябрь 2024 г.",
                "Педагог-психолог Лебедева О.С.",
                "3.2",
                rng(10, 11, 2024, 2024),
                PSY,
            ),
            A(
                "Анкетирование потенциальных наставников из числа педагогов, старшеклассников, выпускников и представителей партнёров; сбор согласий на обработку персональных данных",
                "Ноябрь 2024 г.",
                KUR2,
                "3.3",
                mon(11, 2024),
                CUR,
            ),
            A(
                "Сопоставление анкет наставников с запросами наставляемых, чтобы понять, хватает ли наставников по каждому направлению, и формирование базы наставников гимназии",
                "Ноябрь 2024 г.",
                f"{KUR2}, заместитель директора по УВР",
                "3.4",
                mon(11, 2024),
                CUR,
                UVR,
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Собеседование с кандидатами в наставники (с участием педагога-психолога): обсуждаем мотивацию, ожидания, свободное время и готовность работать с конкретным запросом наставляемого",
                "Ноябрь 2024 г.",
                f"{KUR2}, педагог-психолог",
                "4.2",
                mon(11, 2024),
                CUR,
                PSY,
            ),
            A(
                "Подбор материалов и специалистов для обучения наставников: методические рекомендации Минпросвещения России, курсы ТОИУУ, записи вебинаров; при необходимости – приглашение специалистов регионального центра непрерывного повышения профессионального мастерства",
                "Ноябрь 2024 г.",
                f"{ZUVR2}, методист",
                "4.3",
                mon(11, 2024),
                UVR,
                MET,
            ),
            A(
                "Обучение наставников по программе «Школа наставника» (4 встречи по 1,5 часа): роль наставника, техники обратной связи, планирование работы пары, ведение документации; для наставников из числа учащихся – отдельный тренинг",
                "Декабрь 2024 г. – январь 2025 г.",
                f"{KUR2}, педагог-психолог",
                "4.4",
                rng(12, 1, 2024, 2025),
                CUR,
                PSY,
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар (групп)",
        [
            A(
                "Общая встреча наставников и наставляемых в формате «быстрых знакомств», где участники рассказывают о себе, своих интересах и ожиданиях, чтобы дальнейший выбор пары был осознанным",
                "Январь 2025 г.",
                f"{KUR2}, советник директора по воспитанию",
                "5.1",
                mon(1, 2025),
                CUR,
                SOV,
            ),
            A(
                "Анкетирование участников сразу после встречи: кого бы они хотели видеть своим наставником (наставляемым) и почему",
                "Январь 2025 г.",
                KUR2,
                "5.2",
                mon(1, 2025),
                CUR,
            ),
            A(
                "Анализ анкет и составление пар и групп с учётом пожеланий участников, их интересов и совместимости по графику занятости",
                "Январь 2025 г.",
                f"{KUR2}, педагог-психолог",
                "5.3",
                mon(1, 2025),
                CUR,
                PSY,
            ),
            A(
                "Издание приказа о закреплении наставнических пар и групп, доведение состава пар до участников лично и через классных руководителей",
                "до 31.01.2025",
                "Директор гимназии, классные руководители",
                "5.4",
                dl(31, 1, 2025),
                DIR,
                KL,
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар",
        [
            A(
                "Первая встреча в паре: знакомство, договорённость о правилах общения, графике и способах связи, заполнение «карты ожиданий» наставляемого",
                "Февраль 2025 г.",
                "Наставники",
                "6.1",
                mon(2, 2025),
                NAS,
            ),
            A(
                "Встреча-планирование: наставник и наставляемый составляют индивидуальный план развития с целями, сроками и формами работы на полугодие",
                "Февраль 2025 г.",
                "Наставники, куратор программы наставничества",
                "6.3",
                mon(2, 2025),
                NAS,
                CUR,
            ),
            A(
                "Регулярные встречи пар (не реже двух раз в месяц) по индивидуальному плану; ведение журнала встреч, куда наставник записывает тему и итог каждой встречи",
                "Февраль – май 2025 г.",
                "Наставники",
                "6.4",
                rng(2, 5, 2025, 2025),
                NAS,
            ),
            A(
                "Промежуточный сбор обратной связи (короткая анкета и беседы с участниками), чтобы вовремя заметить пары, где работа не складывается, и при необходимости сменить наставника",
                "Март 2025 г.",
                f"{KUR2}, педагог-психолог",
                "6.5",
                mon(3, 2025),
                CUR,
                PSY,
            ),
            A(
                "Заседание методического совета гимназии: промежуточные итоги реализации программы наставничества, корректировка плана на второе полугодие",
                "Март 2025 г.",
                f"{ZUVR2}, руководители МО",
                None,
                mon(3, 2025),
                UVR,
                SMO,
            ),
            A(
                "Итоговые встречи в парах: наставник и наставляемый подводят итоги, сравнивают результат с целями из плана и обсуждают, как наставляемый будет двигаться дальше самостоятельно",
                "Май 2025 г.",
                "Наставники",
                "6.6",
                mon(5, 2025),
                NAS,
            ),
            A(
                "Общая заключительная встреча всех пар и групп, на которой каждая пара коротко представляет, чего удалось достичь за год",
                "Май 2025 г.",
                KUR2,
                "6.7",
                mon(5, 2025),
                CUR,
            ),
            A(
                "Анкетирование участников об удовлетворённости участием в программе: что было полезно, чего не хватило, хотели бы они продолжить работу в следующем году",
                "Май 2025 г.",
                "Педагог-психолог",
                "6.8",
                mon(5, 2025),
                PSY,
            ),
        ],
    ),
    (
        7,
        "Завершение программы и подведение итогов",
        [
            A(
                "Праздник «Гимназический наставник» с приглашением участников, их родителей, партнёров и представителей управления образования администрации г. Твери: подведение итогов года, вручение благодарностей и награждение лучших наставников",
                "Май 2025 г.",
                "Директор гимназии, заместитель директора по ВР",
                "7.2",
                mon(5, 2025),
                DIR,
                VR,
            ),
            A(
                "Итоговая диагностика наставляемых по тем же параметрам, что и в октябре, и сравнение результатов, чтобы оценить реальное влияние программы на каждого участника",
                "Май 2025 г.",
                "Педагог-психолог",
                "7.4",
                mon(5, 2025),
                PSY,
            ),
            A(
                "Мониторинг качества реализации программы наставничества по критериям методологии целевой модели, подготовка аналитической справки для педагогического совета",
                "Июнь 2025 г.",
                ZUVR2,
                "7.3",
                mon(6, 2025),
                UVR,
            ),
            A(
                "Оформление лучших практик наставнических пар в виде кейсов (описание исходной проблемы, хода работы и результата) для методической копилки гимназии",
                "Июнь 2025 г.",
                "Наставники, куратор программы наставничества",
                "7.5",
                mon(6, 2025),
                NAS,
                CUR,
            ),
            A(
                "Публикация кейсов, итогов программы и рассказов о лучших наставниках на сайте гимназии и в группе ВКонтакте, чтобы опытом могли воспользоваться коллеги из других школ Твери",
                "Июнь 2025 г.",
                KUR2,
                "7.6",
                mon(6, 2025),
                CUR,
            ),
            A(
                "Внесение данных об итогах работы пар в базы наставников и наставляемых (кто завершил программу, кто готов продолжить в новом учебном году)",
                "Июнь 2025 г.",
                KUR2,
                "7.7",
                mon(6, 2025),
                CUR,
            ),
            A(
                "Отчёт о реализации целевой модели наставничества в управление образования администрации г. Твери по установленной форме",
                "до 20.06.2025",
                ZUVR2,
                None,
                dl(20, 6, 2025),
                UVR,
            ),
        ],
    ),
]


def build_2(folder: Path) -> int:
    doc = new_doc(margin=1.5)
    para(doc, "Муниципальное бюджетное общеобразовательное учреждение", align="c")
    para(doc, "«Гимназия № 10» г. Твери", align="c")
    para(doc, "")
    para(doc, "Рассмотрено на заседании", align="r")
    para(doc, "педагогического совета, протокол № 1 от 29.08.2024", align="r")
    para(doc, "")
    para(doc, "ПЛАН МЕРОПРИЯТИЙ (ДОРОЖНАЯ КАРТА)", bold=True, align="c")
    para(
        doc,
        "по внедрению целевой модели наставничества в МБОУ «Гимназия № 10» г. Твери на 2024-2025 учебный год",
        bold=True,
        align="c",
    )
    para(doc, "")
    table = grid(doc, ["№", "Содержание мероприятия", "Срок", "Ответственные"])
    for k, (_stage, heading, acts) in enumerate(S2, start=1):
        cells = table.add_row().cells
        put(cells[0], f"{k}.", bold=True)
        put(cells[1], heading, bold=True)
        for j, act in enumerate(acts, start=1):
            cells = table.add_row().cells
            put(cells[0], f"{k}.{j}")
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
    widths(table, [1.0, 10.6, 2.8, 3.6])
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ Е.А. Воронова")
    pdf = docx_to_pdf_bytes(doc, "plan_nastavnichestvo_gimn10")
    (folder / "plan_nastavnichestvo_gimn10.pdf").write_bytes(pdf)
    return write_truth(folder, S2_ORG, S2_YEAR, S2)


# =========================================================================== 3. XLSX, Chelyabinsk college
# College wording: студенты, кураторы групп, работодатели, ПЦК, ЦСТВ; header on row 5.

S3_ORG = "ГБПОУ «Чебаркульский колледж сервиса и технологий»"
S3_YEAR = 2023
KUR3 = "Куратор программы наставничества Зайцева О.Н."
S3: list[Section] = [
    (
        1,
        "Раздел 1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Издание приказа о внедрении целевой модели наставничества и создании рабочей группы",
                dt.datetime(2023, 9, 1),
                "Директор",
                None,
                day(1, 9, 2023),
                DIR,
            ),
            A(
                "Назначение куратора внедрения целевой модели наставничества в колледже",
                dt.datetime(2023, 9, 1),
                "Директор",
                None,
                day(1, 9, 2023),
                DIR,
            ),
            A(
                "Ознакомление педагогических работников с программой наставничества колледжа на педагогическом совете",
                "Август-сентябрь 2023",
                "Зам. директора по УР, методист",
                "1.1",
                rng(8, 9, 2023, 2023),
                UVR,
                MET,
            ),
            A(
                "Информирование родителей (законных представителей) студентов 1 курса о программе наставничества на родительских собраниях в группах",
                "Сентябрь",
                "Кураторы групп, заведующие отделениями",
                "1.2",
                mon(9),
                KL,
                OTH,
            ),
            A(
                "Встреча с представителями предприятий-партнёров и выпускниками колледжа (в рамках Дня работодателя) с информированием о программе наставничества",
                "Октябрь",
                "Руководитель ЦСТВ, зам. директора по УПР",
                "1.3",
                mon(10),
                OTH,
                DEP,
            ),
            A(
                "Информационный час для студентов 1-2 курсов «Наставничество в колледже: что это и зачем»",
                "Сентябрь",
                "Кураторы групп, педагог-организатор",
                "1.4",
                mon(9),
                KL,
                TEA,
            ),
        ],
    ),
    (
        2,
        "Раздел 2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование студентов и молодых преподавателей, желающих участвовать в программе в качестве наставляемых; сбор согласий на обработку ПДн от совершеннолетних",
                "Сентябрь-октябрь",
                "Педагог-психолог, кураторы групп",
                "2.1",
                rng(9, 10),
                PSY,
                KL,
            ),
            A(
                "Сбор информации о запросах наставляемых от кураторов групп, мастеров п/о, социального педагога, родителей; сбор согласий законных представителей несовершеннолетних студентов",
                "Октябрь",
                "Социальный педагог, кураторы групп",
                "2.2",
                mon(10),
                SOC,
                KL,
            ),
            A(
                "Формирование базы наставляемых по итогам анализа анкет",
                "до 31.10.2023",
                KUR3,
                "2.3",
                dl(31, 10, 2023),
                CUR,
            ),
        ],
    ),
    (
        3,
        "Раздел 3. Формирование базы наставников",
        [
            A(
                "Определение форм наставничества на учебный год («студент – студент», «работодатель – студент», «педагог – педагог»)",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                mon(10),
                OTH,
            ),
            A(
                "Входная диагностика наставляемых (мотивация к обучению, профессиональное самоопределение)",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                mon(10),
                PSY,
            ),
            A(
                "Анкетирование потенциальных наставников из числа преподавателей, мастеров п/о, студентов старших курсов и работодателей, сбор согласий на обработку ПДн",
                "Октябрь-ноябрь",
                "Куратор программы наставничества, руководители ПЦК",
                "3.3",
                rng(10, 11),
                CUR,
                SMO,
            ),
            A(
                "Формирование базы наставников колледжа",
                "Ноябрь",
                KUR3,
                "3.4",
                mon(11),
                CUR,
            ),
        ],
    ),
    (
        4,
        "Раздел 4. Отбор и обучение наставников",
        [
            A(
                "Собеседование с кандидатами в наставники",
                "Ноябрь",
                "Зам. директора по УР, педагог-психолог",
                "4.2",
                mon(11),
                UVR,
                PSY,
            ),
            A(
                "Подбор методических материалов для обучения наставников",
                "Ноябрь",
                "Методист Кравец Л.П.",
                "4.3",
                mon(11),
                MET,
            ),
            A(
                "Обучение наставников: семинар-практикум «Эффективный наставник», направление преподавателей на КПК в ЧИРПО",
                "Декабрь",
                "Методист",
                "4.4",
                mon(12),
                MET,
            ),
        ],
    ),
    (
        5,
        "Раздел 5. Формирование наставнических пар/групп",
        [
            A(
                "Групповая встреча наставников и наставляемых «Давайте знакомиться»",
                "Декабрь",
                "Куратор программы наставничества, педагог-организатор",
                "5.1",
                mon(12),
                CUR,
                TEA,
            ),
            A(
                "Анкетирование участников по итогам групповой встречи (выбор наставника/наставляемого)",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                mon(12),
                PSY,
            ),
            A(
                "Приказ о закреплении наставнических пар (групп)",
                "до 25.12.2023",
                "Директор",
                "5.4",
                dl(25, 12, 2023),
                DIR,
            ),
        ],
    ),
    (
        6,
        "Раздел 6. Реализация программ наставничества",
        [
            A(
                "Организационные встречи наставников и наставляемых",
                "Январь",
                "Наставники",
                "6.1",
                mon(1),
                NAS,
            ),
            A(
                "Составление индивидуальных планов развития наставляемых совместно с наставниками",
                "Январь",
                "Наставники, кураторы групп",
                "6.3",
                mon(1),
                NAS,
                KL,
            ),
            A(
                "Работа наставнических пар/групп по индивидуальным планам",
                "Январь-июнь",
                "Наставники",
                "6.4",
                rng(1, 6),
                NAS,
            ),
            A(
                "Промежуточный мониторинг: сбор обратной связи от наставников и наставляемых",
                "Март",
                "Педагог-психолог",
                "6.5",
                mon(3),
                PSY,
            ),
            A(
                "Отчёт о ходе реализации программы наставничества на совещании при директоре",
                "Март",
                KUR3,
                None,
                mon(3),
                CUR,
            ),
            A(
                "Участие студентов-наставляемых в региональном чемпионате «Профессионалы» при поддержке наставников от работодателей",
                "Февраль-апрель",
                "Зам. директора по УПР, мастера п/о",
                None,
                rng(2, 4),
                DEP,
                TEA,
            ),
            A(
                "Итоговые встречи наставников и наставляемых",
                "Май-июнь",
                "Наставники",
                "6.6",
                rng(5, 6),
                NAS,
            ),
            A(
                "Анкетирование участников на удовлетворённость участием в программе",
                "Июнь",
                "Педагог-психолог",
                "6.8",
                mon(6),
                PSY,
            ),
        ],
    ),
    (
        7,
        "Раздел 7. Завершение программы наставничества",
        [
            A(
                "Торжественное подведение итогов «Лучший наставник колледжа» с приглашением работодателей и родителей",
                dt.datetime(2024, 6, 28),
                "Директор, зам. директора по ВР",
                "7.2",
                day(28, 6, 2024),
                DIR,
                VR,
            ),
            A(
                "Мониторинг качества реализации программы наставничества (по форме ЧИРПО)",
                "Июнь",
                "Куратор программы наставничества",
                "7.3",
                mon(6),
                CUR,
            ),
            A(
                "Итоговая диагностика наставляемых, сравнение с результатами входной диагностики",
                "Июнь",
                "Педагог-психолог",
                "7.4",
                mon(6),
                PSY,
            ),
            A(
                "Размещение результатов и лучших практик наставничества на сайте колледжа",
                "Июнь",
                "Куратор программы наставничества, специалист по связям с общественностью",
                "7.6",
                mon(6),
                CUR,
                OTH,
            ),
            A(
                "Пополнение базы наставников колледжа (в т.ч. представителями работодателей)",
                "Июнь",
                KUR3,
                "7.8",
                mon(6),
                CUR,
            ),
            A(
                "Предоставление отчёта о реализации целевой модели наставничества в Министерство образования и науки Челябинской области (через ЧИРПО)",
                "до 05.07.2024",
                "Зам. директора по УР",
                None,
                dl(5, 7, 2024),
                UVR,
            ),
        ],
    ),
]


def build_3(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", [7.0, 62.0, 16.0, 30.0, 14.0], strict=True):
        ws.column_dimensions[col].width = w
    ws["D1"] = "УТВЕРЖДАЮ: Директор ГБПОУ «ЧКСТ» ________ А.В. Мельников"
    ws["D1"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("D1:E1")
    ws.row_dimensions[1].height = 30
    titles = [
        "План мероприятий (дорожная карта)",
        "по внедрению целевой модели наставничества обучающихся в ГБПОУ «Чебаркульский колледж сервиса и технологий»",
        "на 2023/2024 учебный год",
    ]
    for r, text in enumerate(titles, start=2):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[3].height = 32
    headers = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Исполнитель", "Отметка о выполнении"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    r = 6
    for k, (_stage, heading, acts) in enumerate(S3, start=1):
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = box
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for j, act in enumerate(acts, start=1):
            values: list[object] = [f"{k}.{j}", act.text, act.date, act.resp, ""]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = wrap
                cell.border = box
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            lines = max(1, len(act.text) // 60 + 1, len(act.resp) // 28 + 1)
            ws.row_dimensions[r].height = 15 * lines
            r += 1
    ws.cell(row=r + 1, column=2, value="Зам. директора по УР _____________ Т.С. Белова")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(str(folder / "Дорожная карта наставничество 2023-2024.xlsx"))
    return write_truth(folder, S3_ORG, S3_YEAR, S3)


# =========================================================================== 4. TSV, Komi rural school
# Extremely terse: 2–4 words per row, no stage rows.  Stage = stage of the activity / topic.

S4_ORG = "МБОУ «Подтыбокская ООШ»"
S4_YEAR = 2025
S4: list[Section] = [
    (
        1,
        "",
        [
            A("Приказ о наставничестве", "до 01.09", "Директор", None, dl(1, 9), DIR),
            A("Информирование педколлектива", "сентябрь", "Директор", "1.1", mon(9), DIR),
            A("Информирование родителей", "сентябрь", "Кл. рук.", "1.2", mon(9), KL),
            A("Классный час «Наставничество»", "сентябрь", "Кл. рук.", "1.4", mon(9), KL),
        ],
    ),
    (
        2,
        "",
        [
            A("Анкетирование наставляемых", "сентябрь", "ЗДУВР", "2.1", mon(9), UVR),
            A("Согласия родителей (ПДн)", "сентябрь", "Кл. рук.", "2.2", mon(9), KL),
            A("База наставляемых", "окт.", "ЗДУВР", "2.3", mon(10), UVR),
        ],
    ),
    (
        3,
        "",
        [
            A("Выбор форм", "окт.", "ЗДУВР", "3.1", mon(10), UVR),
            A("Входная диагностика", "окт.", "Психолог (по договору)", "3.2", mon(10), PSY),
            A("Анкетирование наставников", "окт.", "ЗДУВР", "3.3", mon(10), UVR),
            A("База наставников", "окт.", "ЗДУВР", "3.4", mon(10), UVR),
        ],
    ),
    (
        4,
        "",
        [
            A("Собеседование с наставниками", "окт.", "Директор, ЗДУВР", "4.2", mon(10), DIR, UVR),
            A("Обучение наставников", "ноябрь", "ЗДУВР", "4.4", mon(11), UVR),
        ],
    ),
    (
        5,
        "",
        [
            A("Общая встреча участников", "ноябрь", "Куратор", "5.1", mon(11), CUR),
            A("Формирование пар", "ноябрь", "Куратор", "5.3", mon(11), CUR),
            A("Приказ о парах", "до 01.12", "Директор", "5.4", dl(1, 12), DIR),
        ],
    ),
    (
        6,
        "",
        [
            A("Первая встреча пар", "дек.", "Наставники", "6.1", mon(12), NAS),
            A("Встречи пар", "дек.-май", "Наставники", "6.4", rng(12, 5), NAS),
            A("Совещание: ход программы", "январь", "Директор", None, mon(1), DIR),
            A("Обратная связь", "февраль", "Куратор", "6.5", mon(2), CUR),
            A("Заключительная встреча пар", "май", "Наставники", "6.6", mon(5), NAS),
            A("Анкета удовлетворённости", "май", "Куратор", "6.8", mon(5), CUR),
        ],
    ),
    (
        7,
        "",
        [
            A("Праздник наставников", "май", "Директор, ЗДВР", "7.2", mon(5), DIR, VR),
            A("Итоговая диагностика", "май", "Психолог (по договору)", "7.4", mon(5), PSY),
            A("Отчёт в УО", "до 25.05", "ЗДУВР", None, dl(25, 5), UVR),
            A("Кейсы на сайт", "июнь", "Куратор", "7.6", mon(6), CUR),
            A("Обновление базы наставников", "июнь", "Куратор", "7.8", mon(6), CUR),
        ],
    ),
]


def build_4(folder: Path) -> int:
    lines = [
        "План мероприятий по внедрению целевой модели наставничества в МБОУ «Подтыбокская ООШ» на 2025-2026 учебный год\t\t\t",
        "\t\t\t",
        "№\tМероприятие\tСрок\tОтветственный",
    ]
    n = 0
    for _stage, _heading, acts in S4:
        for act in acts:
            n += 1
            lines.append(f"{n}\t{act.text}\t{_date_text(act.date)}\t{act.resp}")
    lines += ["\t\t\t", "Директор\t\t\tКанева Н.П."]
    (folder / "plan_nastavnichestvo.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return write_truth(folder, S4_ORG, S4_YEAR, S4)


# =========================================================================== 5. ODT, Rostov kindergarten
# Stage column merged down; «педагог – педагог» form, старший воспитатель runs everything.

S5_ORG = "МБДОУ «Детский сад № 112 «Колокольчик»» г. Ростова-на-Дону"
S5_YEAR = 2024
SV = "Старший воспитатель Дорошенко И.В."
S5: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Знакомство педагогического коллектива с целевой моделью наставничества на установочном педсовете",
                "30.08.2024",
                "Заведующий, старший воспитатель",
                "1.1",
                day(30, 8, 2024),
                DIR,
                OTH,
            ),
            A(
                "Разработка и утверждение Положения о наставничестве в ДОУ, приказ о назначении куратора",
                "Сентябрь 2024 г.",
                "Заведующий Кравченко Т.А.",
                None,
                mon(9, 2024),
                DIR,
            ),
            A(
                "Информирование родителей о программе наставничества через групповые собрания и родительские чаты",
                "Сентябрь 2024 г.",
                "Воспитатели групп",
                "1.2",
                mon(9, 2024),
                TEA,
            ),
            A(
                "Встреча с социальными партнёрами (Донской педагогический колледж) и выпускниками детского сада — студентами колледжа: рассказ о программе наставничества",
                "Октябрь 2024 г.",
                SV,
                "1.3",
                mon(10, 2024),
                OTH,
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование молодых и вновь принятых педагогов для выявления профессиональных затруднений; сбор согласий на обработку персональных данных",
                "Сентябрь 2024 г.",
                SV,
                "2.1",
                mon(9, 2024),
                OTH,
            ),
            A(
                "Сбор сведений о затруднениях молодых педагогов от педагога-психолога, учителя-логопеда и по результатам посещения занятий",
                "Сентябрь – октябрь 2024 г.",
                "Старший воспитатель, педагог-психолог",
                "2.2",
                rng(9, 10, 2024, 2024),
                OTH,
                PSY,
            ),
            A(
                "Формирование базы наставляемых",
                "Октябрь 2024 г.",
                SV,
                "2.3",
                mon(10, 2024),
                OTH,
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            A(
                "Определение формы наставничества «педагог – педагог» (опытный воспитатель – молодой специалист)",
                "Октябрь 2024 г.",
                "Заведующий, старший воспитатель",
                "3.1",
                mon(10, 2024),
                DIR,
                OTH,
            ),
            A(
                "Входная диагностика профессиональных компетенций наставляемых (самоанализ, посещение НОД)",
                "Октябрь 2024 г.",
                SV,
                "3.2",
                mon(10, 2024),
                OTH,
            ),
            A(
                "Анкетирование опытных педагогов, готовых стать наставниками, сбор согласий на обработку персональных данных",
                "Октябрь 2024 г.",
                SV,
                "3.3",
                mon(10, 2024),
                OTH,
            ),
            A(
                "Формирование базы наставников ДОУ",
                "Октябрь 2024 г.",
                SV,
                "3.4",
                mon(10, 2024),
                OTH,
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            A(
                "Собеседование с педагогами — кандидатами в наставники",
                "Октябрь 2024 г.",
                "Заведующий",
                "4.2",
                mon(10, 2024),
                DIR,
            ),
            A(
                "Подбор литературы и методических материалов для наставников (методический кабинет)",
                "Октябрь 2024 г.",
                SV,
                "4.3",
                mon(10, 2024),
                OTH,
            ),
            A(
                "Консультация для наставников «Роль наставника в профессиональном становлении молодого педагога»",
                "Ноябрь 2024 г.",
                "Старший воспитатель, педагог-психолог",
                "4.4",
                mon(11, 2024),
                OTH,
                PSY,
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар",
        [
            A(
                "Встреча наставников и наставляемых «Давайте познакомимся» (чаепитие в методическом кабинете)",
                "Ноябрь 2024 г.",
                SV,
                "5.1",
                mon(11, 2024),
                OTH,
            ),
            A(
                "Формирование наставнических пар с учётом пожеланий педагогов",
                "Ноябрь 2024 г.",
                "Старший воспитатель",
                "5.3",
                mon(11, 2024),
                OTH,
            ),
            A(
                "Приказ о закреплении наставнических пар",
                "до 20.11.2024",
                "Заведующий",
                "5.4",
                dl(20, 11, 2024),
                DIR,
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар",
        [
            A(
                "Первая встреча пары: знакомство, обсуждение правил взаимодействия и графика встреч",
                "Ноябрь 2024 г.",
                "Наставники",
                "6.1",
                mon(11, 2024),
                NAS,
            ),
            A(
                "Составление индивидуального плана профессионального развития наставляемого",
                "Ноябрь 2024 г.",
                "Наставники, наставляемые",
                "6.3",
                mon(11, 2024),
                NAS,
                OTH,
            ),
            A(
                "Взаимопосещения НОД и режимных моментов, совместная подготовка к открытым мероприятиям",
                "По плану пары",
                "Наставники",
                "6.4",
                UNSP,
                NAS,
            ),
            A(
                "Промежуточная беседа с участниками о ходе наставничества (обратная связь)",
                "Январь 2025 г.",
                SV,
                "6.5",
                mon(1, 2025),
                OTH,
            ),
            A(
                "Участие молодых педагогов в городском конкурсе «Педагогический дебют»",
                "Февраль – март 2025 г.",
                "Старший воспитатель, наставники",
                None,
                rng(2, 3, 2025, 2025),
                OTH,
                NAS,
            ),
            A(
                "Итоговая встреча пары, самоанализ наставляемого",
                "Апрель 2025 г.",
                "Наставники",
                "6.6",
                mon(4, 2025),
                NAS,
            ),
            A(
                "Анкетирование «Удовлетворённость участием в программе наставничества»",
                "Май 2025 г.",
                SV,
                "6.8",
                mon(5, 2025),
                OTH,
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            A(
                "Чествование наставников на итоговом педсовете: подведение итогов, вручение грамот лучшим наставникам",
                "Май 2025 г.",
                "Заведующий",
                "7.2",
                mon(5, 2025),
                DIR,
            ),
            A(
                "Мониторинг эффективности реализации программы наставничества в ДОУ",
                "Май 2025 г.",
                SV,
                "7.3",
                mon(5, 2025),
                OTH,
            ),
            A(
                "Итоговая оценка профессиональных компетенций наставляемых",
                "Май 2025 г.",
                "Старший воспитатель, наставники",
                "7.4",
                mon(5, 2025),
                OTH,
                NAS,
            ),
            A(
                "Оформление материалов лучших пар в кейсы для методической копилки ДОУ",
                "Май – июнь 2025 г.",
                "Наставники",
                "7.5",
                rng(5, 6, 2025, 2025),
                NAS,
            ),
            A(
                "Размещение информации об итогах наставничества на сайте ДОУ",
                "Июнь 2025 г.",
                SV,
                "7.6",
                mon(6, 2025),
                OTH,
            ),
            A(
                "Представление отчёта о реализации программы в МКУ «Отдел образования Ворошиловского района»",
                "до 10.06.2025",
                "Заведующий",
                None,
                dl(10, 6, 2025),
                DIR,
            ),
        ],
    ),
]


def build_5(folder: Path) -> int:
    doc = new_doc(landscape=True)
    para(doc, "Утверждаю", align="r")
    para(doc, "Заведующий МБДОУ № 112", align="r")
    para(doc, "________ Т.А. Кравченко", align="r")
    para(doc, "Приказ от 30.08.2024 № 87-од", align="r")
    para(doc, "")
    para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c")
    para(
        doc,
        "в МБДОУ «Детский сад № 112 «Колокольчик»» г. Ростова-на-Дону на 2024/2025 учебный год",
        bold=True,
        align="c",
    )
    para(doc, "")
    table = grid(doc, ["Этап", "Содержание работы", "Сроки", "Ответственный"])
    for _stage, heading, acts in S5:
        first = len(table.rows)
        for act in acts:
            cells = table.add_row().cells
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
        last = len(table.rows) - 1
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        put(merged, heading, bold=True)
    widths(table, [5.0, 12.5, 4.0, 5.2])
    para(doc, "")
    para(doc, "Старший воспитатель __________ И.В. Дорошенко")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya_karta_ds112.docx"
        doc.save(str(src))
        soffice(src, "odt", folder / "dorozhnaya_karta_ds112.odt")
    return write_truth(folder, S5_ORG, S5_YEAR, S5)


# =========================================================================== 6. JPEG photo, Primorye
# One page, short own-word rows, seven short stage rows.

S6_ORG = "МБОУ СОШ № 9 Партизанского городского округа"
S6_YEAR = 2025
S6: list[Section] = [
    (
        1,
        "Этап 1. Подготовка к запуску программы",
        [
            A(
                "Педсовет: знакомство коллектива с программой наставничества",
                "август 2025",
                "Директор, ЗДУВР",
                "1.1",
                mon(8, 2025),
                DIR,
                UVR,
            ),
            A(
                "Родительские собрания по классам (вопрос о наставничестве)",
                "сентябрь",
                "Кл. руководители",
                "1.2",
                mon(9),
                KL,
            ),
            A(
                "Приказ о назначении куратора, утверждение плана",
                "сентябрь",
                "Директор",
                None,
                mon(9),
                DIR,
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование учащихся и педагогов (наставляемые), согласия на обработку ПДн",
                "сентябрь",
                "Куратор Ким Е.В.",
                "2.1",
                mon(9),
                CUR,
            ),
            A("Формирование базы наставляемых", "до 01.10", "Куратор", "2.3", dl(1, 10), CUR),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            A("Анкетирование будущих наставников", "октябрь", "Куратор", "3.3", mon(10), CUR),
            A("Формирование базы наставников", "октябрь", "Куратор", "3.4", mon(10), CUR),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            A(
                "Собеседование с наставниками",
                "октябрь",
                "Куратор, педагог-психолог",
                "4.2",
                mon(10),
                CUR,
                PSY,
            ),
            A("Обучающий семинар для наставников", "ноябрь", "ЗДУВР", "4.4", mon(11), UVR),
        ],
    ),
    (
        5,
        "Этап 5. Формирование пар и групп",
        [
            A(
                "Общая встреча «Найди своего наставника»",
                "ноябрь",
                "Советник по воспитанию",
                "5.1",
                mon(11),
                SOV,
            ),
            A("Закрепление пар приказом директора", "ноябрь", "Директор", "5.4", mon(11), DIR),
        ],
    ),
    (
        6,
        "Этап 6. Работа наставнических пар",
        [
            A(
                "Встречи пар по индивидуальным планам",
                "декабрь – май",
                "Наставники",
                "6.4",
                rng(12, 5),
                NAS,
            ),
            A("Обратная связь от участников (опрос)", "февраль", "Куратор", "6.5", mon(2), CUR),
            A(
                "Итоговое анкетирование удовлетворённости",
                "май",
                "Педагог-психолог",
                "6.8",
                mon(5),
                PSY,
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение",
        [
            A(
                "Фестиваль наставничества «Вместе к успеху», награждение лучших наставников",
                "май",
                "Директор, ЗДВР",
                "7.2",
                mon(5),
                DIR,
                VR,
            ),
            A("Мониторинг качества программы", "май", "ЗДУВР", "7.3", mon(5), UVR),
            A(
                "Публикация итогов и лучших кейсов на сайте школы",
                "июнь",
                "Куратор",
                "7.6",
                mon(6),
                CUR,
            ),
            A(
                "Отчёт в управление образования ПГО",
                "до 10.06",
                "ЗДУВР",
                None,
                dl(10, 6),
                UVR,
            ),
        ],
    ),
]


def build_6(folder: Path) -> int:
    doc = new_doc(size=12, margin=1.8)
    para(doc, "Утверждаю: директор МБОУ СОШ № 9 ______ О.Г. Пак", align="r")
    para(doc, "")
    para(doc, "План-график («дорожная карта») реализации программы наставничества", bold=True, align="c")
    para(doc, "МБОУ СОШ № 9 Партизанского городского округа на 2025-2026 уч. год", bold=True, align="c")
    para(doc, "")
    table = grid(doc, ["№", "Мероприятие", "Срок", "Ответственный"])
    n = 0
    for _stage, heading, acts in S6:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        put(merged, heading, bold=True, center=True)
        for act in acts:
            n += 1
            cells = table.add_row().cells
            put(cells[0], str(n))
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
    widths(table, [1.0, 9.4, 3.0, 4.0])
    pdf = docx_to_pdf_bytes(doc, "plan_grafik")
    assert page_count(pdf) == 1, "the photographed roadmap must fit one page"
    page = render_page(pdf, 0, 150)
    photo = photo_of(page, np.random.default_rng(20250915))
    photo.save(folder / "IMG_20250915_104312.jpg", quality=85)
    return write_truth(folder, S6_ORG, S6_YEAR, S6)


# =========================================================================== 7. DOC, Yakutia lyceum-boarding school
# Close to the federal wording, with a planned-result column and republic events.

S7_ORG = "ГБОУ РС(Я) «Амгинский лицей-интернат для одарённых детей»"
S7_YEAR = 2023
NMR = "Зам. директора по НМР"
S7: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Информирование педагогического коллектива о реализации программы наставничества на августовском педагогическом совете",
                "30.08.2023",
                "Директор, зам. директора по НМР",
                "1.1",
                day(30, 8, 2023),
                DIR,
                DEP,
                extra="Педагоги осведомлены о целях и формах программы",
            ),
            A(
                "Утверждение приказом Положения о наставничестве, программы наставничества и дорожной карты на 2023-2024 уч. год",
                "до 01.09.2023",
                "Директор Винокурова С.П.",
                None,
                dl(1, 9, 2023),
                DIR,
                extra="Приказ, Положение, программа",
            ),
            A(
                "Информирование родителей (законных представителей) о реализации программы на общешкольном родительском собрании (в т.ч. онлайн для родителей из улусов)",
                "Сентябрь 2023 г.",
                "Зам. директора по ВР Слепцова А.Н.",
                "1.2",
                mon(9, 2023),
                VR,
                extra="Родители проинформированы",
            ),
            A(
                "Встреча с выпускниками лицея — студентами СВФУ им. М.К. Аммосова — и представителями Малой академии наук РС(Я) с целью информирования о программе",
                "Октябрь 2023 г.",
                f"{NMR}, тьютор",
                "1.3",
                mon(10, 2023),
                DEP,
                TUT,
                extra="Привлечены внешние наставники",
            ),
            A(
                "Встреча с обучающимися 7–11 классов: презентация программы наставничества на общелицейской линейке",
                "Сентябрь 2023 г.",
                "Зам. директора по ВР, старший вожатый",
                "1.4",
                mon(9, 2023),
                VR,
                SOV,
                extra="Обучающиеся знают о программе",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование обучающихся и педагогов, желающих участвовать в программе в качестве наставляемых; сбор согласий на обработку персональных данных от совершеннолетних участников",
                "Сентябрь 2023 г.",
                "Педагог-психолог, тьютор",
                "2.1",
                mon(9, 2023),
                PSY,
                TUT,
                extra="Анкеты, согласия",
            ),
            A(
                "Сбор информации о запросах наставляемых от классных руководителей, воспитателей интерната, родителей; сбор согласий законных представителей несовершеннолетних",
                "Сентябрь – октябрь 2023 г.",
                "Классные руководители, воспитатели",
                "2.2",
                rng(9, 10, 2023, 2023),
                KL,
                TEA,
                extra="Выявлены запросы наставляемых",
            ),
            A(
                "Анализ полученных данных, формирование базы наставляемых",
                "Октябрь 2023 г.",
                "Тьютор Егорова М.И.",
                "2.3",
                mon(10, 2023),
                TUT,
                extra="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            A(
                "Выбор форм наставничества («ученик – ученик», «студент – ученик», «учитель – ученик», «учитель – учитель»)",
                "Октябрь 2023 г.",
                f"{NMR}, руководители МО",
                "3.1",
                mon(10, 2023),
                DEP,
                SMO,
                extra="Определены формы наставничества",
            ),
            A(
                "Оценка наставляемых по заданным параметрам: входная диагностика (мотивация, уровень исследовательских умений)",
                "Октябрь 2023 г.",
                "Педагог-психолог",
                "3.2",
                mon(10, 2023),
                PSY,
                extra="Результаты входного мониторинга",
            ),
            A(
                "Анкетирование потенциальных наставников (педагоги, обучающиеся 10–11 классов, выпускники-студенты), сбор согласий на обработку персональных данных",
                "Октябрь 2023 г.",
                "Тьютор",
                "3.3",
                mon(10, 2023),
                TUT,
                extra="Анкеты, согласия",
            ),
            A(
                "Анализ анкет наставников и сопоставление с запросами наставляемых. Формирование базы наставников",
                "Ноябрь 2023 г.",
                "Тьютор, зам. директора по НМР",
                "3.4",
                mon(11, 2023),
                TUT,
                DEP,
                extra="База наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            A(
                "Оценка наставников по заданным параметрам",
                "Ноябрь 2023 г.",
                "Педагог-психолог",
                "4.1",
                mon(11, 2023),
                PSY,
                extra="Результаты оценки",
            ),
            A(
                "Собеседование с наставниками",
                "Ноябрь 2023 г.",
                f"{NMR}, педагог-психолог",
                "4.2",
                mon(11, 2023),
                DEP,
                PSY,
                extra="Отобраны наставники",
            ),
            A(
                "Обучение наставников: курсы ИРОиПК имени С.Н. Донского-II «Наставничество в образовательной организации»",
                "Ноябрь – декабрь 2023 г.",
                NMR,
                "4.4",
                rng(11, 12, 2023, 2023),
                DEP,
                extra="Удостоверения о повышении квалификации",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар / групп",
        [
            A(
                "Групповая встреча наставников и наставляемых (квест «Знакомство»)",
                "Декабрь 2023 г.",
                "Старший вожатый, тьютор",
                "5.1",
                mon(12, 2023),
                SOV,
                TUT,
                extra="Участники познакомились",
            ),
            A(
                "Анкетирование на предмет предпочтительного наставника/наставляемого",
                "Декабрь 2023 г.",
                "Тьютор",
                "5.2",
                mon(12, 2023),
                TUT,
                extra="Анкеты",
            ),
            A(
                "Соединение наставников и наставляемых в пары/группы по итогам анализа анкет",
                "Декабрь 2023 г.",
                "Тьютор, педагог-психолог",
                "5.3",
                mon(12, 2023),
                TUT,
                PSY,
                extra="Сформированы пары и группы",
            ),
            A(
                "Приказ о закреплении наставнических пар/групп, информирование участников",
                "до 25.12.2023",
                "Директор",
                "5.4",
                dl(25, 12, 2023),
                DIR,
                extra="Приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация хода наставнической программы",
        [
            A(
                "Первая, организационная встреча наставника и наставляемого",
                "Январь 2024 г.",
                "Наставники",
                "6.1",
                mon(1, 2024),
                NAS,
                extra="Согласованы правила работы пары",
            ),
            A(
                "Вторая, пробная рабочая встреча",
                "Январь 2024 г.",
                "Наставники",
                "6.2",
                mon(1, 2024),
                NAS,
                extra="",
            ),
            A(
                "Встреча-планирование: составление индивидуального плана работы пары",
                "Январь 2024 г.",
                "Наставники, тьютор",
                "6.3",
                mon(1, 2024),
                NAS,
                TUT,
                extra="Индивидуальные планы",
            ),
            A(
                "Регулярные встречи наставника и наставляемого (в т.ч. в вечернее время в интернате)",
                "Январь – май 2024 г.",
                "Наставники, воспитатели",
                "6.4",
                rng(1, 5, 2024, 2024),
                NAS,
                TEA,
                extra="Журналы встреч",
            ),
            A(
                "Подготовка наставляемых к республиканской НПК «Шаг в будущее» и конференции «Инникигэ хардыы»",
                "Январь – март 2024 г.",
                "Наставники, руководители МО",
                None,
                rng(1, 3, 2024, 2024),
                NAS,
                SMO,
                extra="Исследовательские работы, дипломы",
            ),
            A(
                "Сбор обратной связи от участников программы (промежуточное анкетирование)",
                "Март 2024 г.",
                "Педагог-психолог",
                "6.5",
                mon(3, 2024),
                PSY,
                extra="Аналитическая справка",
            ),
            A(
                "Совещание при директоре «О промежуточных итогах реализации программы наставничества»",
                "Март 2024 г.",
                "Директор",
                None,
                mon(3, 2024),
                DIR,
                extra="Протокол совещания",
            ),
            A(
                "Заключительная встреча наставника и наставляемого",
                "Май 2024 г.",
                "Наставники",
                "6.6",
                mon(5, 2024),
                NAS,
                extra="",
            ),
            A(
                "Групповая заключительная встреча всех пар и групп",
                "Май 2024 г.",
                "Тьютор",
                "6.7",
                mon(5, 2024),
                TUT,
                extra="Презентации пар",
            ),
            A(
                "Анкетирование участников, мониторинг удовлетворённости участием в программе",
                "Май 2024 г.",
                "Педагог-психолог",
                "6.8",
                mon(5, 2024),
                PSY,
                extra="Результаты анкетирования",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            A(
                "Приглашение на торжественное мероприятие участников, родителей, партнёров (СВФУ, МАН РС(Я)), представителей администрации МР «Амгинский улус (район)»",
                "Май 2024 г.",
                "Зам. директора по ВР",
                "7.1",
                mon(5, 2024),
                VR,
                extra="Приглашения",
            ),
            A(
                "Торжественное мероприятие «Наставник – это призвание»: подведение итогов, награждение лучших наставников",
                "Май 2024 г.",
                "Директор",
                "7.2",
                mon(5, 2024),
                DIR,
                extra="Грамоты, благодарственные письма",
            ),
            A(
                "Итоговая оценка наставляемых по заданным параметрам (второй этап мониторинга)",
                "Май 2024 г.",
                "Педагог-психолог",
                "7.4",
                mon(5, 2024),
                PSY,
                extra="Сравнительный анализ",
            ),
            A(
                "Мониторинг качества реализации программы наставничества",
                "Июнь 2024 г.",
                NMR,
                "7.3",
                mon(6, 2024),
                DEP,
                extra="Аналитическая справка",
            ),
            A(
                "Оформление итогов совместной работы пар в кейсы",
                "Июнь 2024 г.",
                "Наставники, тьютор",
                "7.5",
                mon(6, 2024),
                NAS,
                TUT,
                extra="Кейсы",
            ),
            A(
                "Публикация результатов, лучших наставников и кейсов на сайте лицея, в группе «ВКонтакте»",
                "Июнь 2024 г.",
                "Тьютор",
                "7.6",
                mon(6, 2024),
                TUT,
                extra="Публикации",
            ),
            A(
                "Внесение данных об итогах в базы наставников и наставляемых",
                "Июнь 2024 г.",
                "Тьютор",
                "7.7",
                mon(6, 2024),
                TUT,
                extra="Обновлённые базы",
            ),
            A(
                "Формирование долгосрочной базы наставников (в т.ч. из числа выпускников лицея)",
                "Июнь 2024 г.",
                "Тьютор",
                "7.8",
                mon(6, 2024),
                TUT,
                extra="База наставников",
            ),
            A(
                "Отчёт в Министерство образования и науки РС(Я) по итогам внедрения целевой модели наставничества",
                "до 15.06.2024",
                NMR,
                None,
                dl(15, 6, 2024),
                DEP,
                extra="Отчёт",
            ),
        ],
    ),
]


def build_7(folder: Path) -> int:
    doc = new_doc(landscape=True)
    para(doc, "Министерство образования и науки Республики Саха (Якутия)", align="c")
    para(doc, "")
    para(doc, "УТВЕРЖДЕНО приказом директора", align="r")
    para(doc, "от 31.08.2023 № 01-08/142", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c")
    para(
        doc,
        "реализации целевой модели наставничества в ГБОУ РС(Я) «Амгинский лицей-интернат для одарённых детей»",
        bold=True,
        align="c",
    )
    para(doc, "на 2023-2024 учебный год", bold=True, align="c")
    para(doc, "")
    table = grid(doc, ["№", "Мероприятие", "Сроки", "Ответственные", "Планируемый результат"])
    nums = table.add_row().cells
    for i in range(5):
        put(nums[i], str(i + 1), center=True)
    n = 0
    for _stage, heading, acts in S7:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[4])
        put(merged, heading, bold=True)
        for act in acts:
            n += 1
            cells = table.add_row().cells
            put(cells[0], str(n))
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
            put(cells[4], act.extra)
    widths(table, [1.0, 11.5, 3.6, 5.0, 5.6])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "DK_nastavnichestvo_2023-2024.docx"
        doc.save(str(src))
        odt = Path(tmp) / "DK_nastavnichestvo_2023-2024.odt"
        soffice(src, "odt", odt)
        soffice(odt, "doc", folder / "DK_nastavnichestvo_2023-2024.doc")
    return write_truth(folder, S7_ORG, S7_YEAR, S7)


# =========================================================================== 8. PNG scan, Crimea small school
# A small school's own words; stage rows are numbered table rows, not merged.

S8_ORG = "МБОУ «Табачненская СШ» Бахчисарайского района"
S8_YEAR = 2024
S8: list[Section] = [
    (
        1,
        "Подготовка условий",
        [
            A(
                "Совещание при директоре «О внедрении программы наставничества в 2024-2025 уч. году»",
                "август 2024 г.",
                "Директор Абдуллаева Л.С.",
                None,
                mon(8, 2024),
                DIR,
            ),
            A(
                "Информирование педагогов о программе (заседание ШМО, педсовет)",
                "сентябрь",
                "ЗДУВР",
                "1.1",
                mon(9),
                UVR,
            ),
            A(
                "Информирование родителей на общешкольном родительском собрании",
                "сентябрь",
                "Кл. руководители",
                "1.2",
                mon(9),
                KL,
            ),
            A(
                "Рассказ о наставничестве для учеников 5-9 классов на классных часах",
                "сентябрь",
                "Кл. руководители",
                "1.4",
                mon(9),
                KL,
            ),
        ],
    ),
    (
        2,
        "База наставляемых",
        [
            A(
                "Анкетирование желающих (ученики, молодые учителя)",
                "сентябрь-октябрь",
                "ЗДУВР",
                "2.1",
                rng(9, 10),
                UVR,
            ),
            A(
                "Беседы с кл. руководителями и родителями о запросах детей, сбор согласий родителей",
                "октябрь",
                "Соц. педагог",
                "2.2",
                mon(10),
                SOC,
            ),
            A("Составление списка наставляемых", "октябрь", "ЗДУВР", "2.3", mon(10), UVR),
        ],
    ),
    (
        3,
        "База наставников",
        [
            A(
                "Анкетирование учителей и старшеклассников — кандидатов в наставники",
                "октябрь",
                "ЗДУВР",
                "3.3",
                mon(10),
                UVR,
            ),
            A("Составление базы наставников", "октябрь", "ЗДУВР", "3.4", mon(10), UVR),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            A("Собеседование с кандидатами", "ноябрь", "Директор, ЗДУВР", "4.2", mon(11), DIR, UVR),
            A(
                "Обучение наставников (вебинары КРИППО)",
                "ноябрь",
                "ЗДУВР Османова Э.Р.",
                "4.4",
                mon(11),
                UVR,
            ),
        ],
    ),
    (
        5,
        "Наставнические пары",
        [
            A(
                "Общая встреча наставников и ребят",
                "ноябрь",
                "Старшая вожатая",
                "5.1",
                mon(11),
                SOV,
            ),
            A("Распределение по парам", "ноябрь", "ЗДУВР", "5.3", mon(11), UVR),
            A("Приказ о закреплении пар", "до 01.12.2024", "Директор", "5.4", dl(1, 12, 2024), DIR),
        ],
    ),
    (
        6,
        "Работа пар",
        [
            A("Первая встреча в паре", "декабрь", "Наставники", "6.1", mon(12), NAS),
            A("Работа пар по плану", "декабрь-апрель", "Наставники", "6.4", rng(12, 4), NAS),
            A(
                "Опрос участников о ходе работы",
                "январь, апрель",
                "Педагог-психолог",
                "6.5",
                mon(1),
                PSY,
            ),
            A(
                "Заключительная встреча всех пар",
                "май",
                "ЗДУВР, ст. вожатая",
                "6.7",
                mon(5),
                UVR,
                SOV,
            ),
        ],
    ),
    (
        7,
        "Итоги",
        [
            A(
                "Итоговая линейка, награждение лучших наставников грамотами",
                "май",
                "Директор",
                "7.2",
                mon(5),
                DIR,
            ),
            A("Мониторинг качества программы", "май", "ЗДУВР", "7.3", mon(5), UVR),
            A(
                "Публикация итогов на сайте школы",
                "июнь",
                "Учитель информатики Сейтумеров Э.Р.",
                "7.6",
                mon(6),
                TEA,
            ),
            A(
                "Отчёт в управление образования администрации Бахчисарайского района",
                "до 05.06.2025",
                "ЗДУВР",
                None,
                dl(5, 6, 2025),
                UVR,
            ),
        ],
    ),
]


def build_8(folder: Path) -> int:
    doc = new_doc(size=11, margin=1.6)
    para(doc, "СОГЛАСОВАНО                                                                  УТВЕРЖДАЮ")
    para(doc, "на педсовете, протокол № 1                         Директор __________ Л.С. Абдуллаева")
    para(doc, "от 30.08.2024                                                    приказ № 231 от 30.08.2024")
    para(doc, "")
    para(
        doc,
        "План мероприятий («дорожная карта») по реализации программы наставничества",
        bold=True,
        align="c",
    )
    para(
        doc, "в МБОУ «Табачненская СШ» Бахчисарайского района на 2024-2025 учебный год", bold=True, align="c"
    )
    para(doc, "")
    table = grid(doc, ["№ п/п", "Мероприятие", "Срок", "Ответственный"])
    for k, (_stage, heading, acts) in enumerate(S8, start=1):
        cells = table.add_row().cells
        put(cells[0], f"{k}.", bold=True)
        put(cells[1], heading, bold=True)
        for j, act in enumerate(acts, start=1):
            cells = table.add_row().cells
            put(cells[0], f"{k}.{j}")
            put(cells[1], act.text)
            put(cells[2], _date_text(act.date))
            put(cells[3], act.resp)
    widths(table, [1.4, 9.2, 3.0, 4.2])
    para(doc, "")
    para(doc, "Зам. директора по УВР __________ Э.Р. Османова")
    pdf = docx_to_pdf_bytes(doc, "scan")
    assert page_count(pdf) == 1, "the scanned roadmap must fit one page"
    page = render_page(pdf, 0, 300)
    scan = scan_page(page, np.random.default_rng(20241003))
    scan.save(folder / "skan_dorozhnaya_karta.png", optimize=True)
    return write_truth(folder, S8_ORG, S8_YEAR, S8)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "sterlitamak14_docx": build_1,
    "tver_gymn10_pdf": build_2,
    "chebarkul_college_xlsx": build_3,
    "podtybok_oosh_tsv": build_4,
    "rostov_ds112_odt": build_5,
    "partizansk9_photo": build_6,
    "amga_lyceum_doc": build_7,
    "tabachnoe_scan": build_8,
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
