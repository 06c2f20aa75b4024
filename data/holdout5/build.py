"""Build the held-out roadmaps in data/holdout5/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout5.build

Eight roadmaps of schools and a college in Sakhalin, Udmurtia, Pskov, Dagestan, Novosibirsk,
Belgorod, Kirov and Karelia, each in its own words and its own layout.  Every printed row carries
its hand label next to it, so the input file and truth.json come from one place.  Date labels are
small ``When`` specs built by ``mo``/``rg``/``dl``/``day`` or the ``CONT``/``UNSP``/``ANNUAL`` flags:
a month without a year belongs to the academic year Y of the title (Sept-Dec -> Y, Jan-Aug -> Y+1);
an explicit year wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import io
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

import numpy as np
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import ImageFont

from data.build_format_samples import photo_of, render_page

HERE = Path(__file__).resolve().parent
SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")

# --------------------------------------------------------------------------- roles

DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
DEP = "deputy_director"
SOV = "senior_counselor"
LIB = "librarian"
SHMO = "head_of_methodical_association"
KL = "class_teacher"
KUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
NAST = "mentors"
PED = "teachers"
OTH = "other"
ROLES = {DIR, UVR, VR, DEP, SOV, LIB, SHMO, KL, KUR, PSY, TUT, SOC, MET, NAST, PED, OTH}

CANON = {
    1: 4,
    2: 3,
    3: 4,
    4: 4,
    5: 4,
    6: 8,
    7: 8,
}

# --------------------------------------------------------------------------- dates

Kind: TypeAlias = Literal["month", "range", "deadline", "day", "continuous", "unspecified", "annual"]


@dataclass(frozen=True)
class When:
    """A date label: kind plus the months/days/years it needs."""

    kind: Kind
    m1: int = 0
    m2: int = 0
    d: int = 0
    y1: int | None = None
    y2: int | None = None


def mo(m: int, y: int | None = None) -> When:
    return When("month", m1=m, y1=y)


def rg(m1: int, m2: int, y1: int | None = None, y2: int | None = None) -> When:
    return When("range", m1=m1, m2=m2, y1=y1, y2=y2)


def dl(d: int, m: int, y: int | None = None) -> When:
    return When("deadline", m1=m, d=d, y1=y)


def day(d: int, m: int, y: int) -> When:
    return When("day", m1=m, d=d, y1=y)


CONT = When("continuous")
UNSP = When("unspecified")
ANNUAL = When("annual")


class DateFields(TypedDict):
    date_kind: str
    date_start: str | None
    date_end: str | None
    month_start: int | None
    month_end: int | None
    recurrence: str | None


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


def expand(w: When, y: int) -> DateFields:
    """The six date fields of truth.json for a date label in academic year y."""
    if w.kind == "month":
        yr = w.y1 if w.y1 is not None else _year_of(w.m1, y)
        return _fields("month", dt.date(yr, w.m1, 1), dt.date(yr, w.m1, _last(yr, w.m1)), w.m1, w.m1)
    if w.kind == "range":
        y1 = w.y1 if w.y1 is not None else _year_of(w.m1, y)
        y2 = w.y2 if w.y2 is not None else _year_of(w.m2, y)
        return _fields("range", dt.date(y1, w.m1, 1), dt.date(y2, w.m2, _last(y2, w.m2)), w.m1, w.m2)
    if w.kind == "deadline":
        yr = w.y1 if w.y1 is not None else _year_of(w.m1, y)
        return _fields("deadline", end=dt.date(yr, w.m1, w.d), month_end=w.m1)
    if w.kind == "day":
        assert w.y1 is not None
        one = dt.date(w.y1, w.m1, w.d)
        return _fields("day", one, one, w.m1, w.m1)
    if w.kind == "continuous":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if w.kind == "unspecified":
        return _fields("unspecified")
    return _fields("unspecified", recurrence="annual")


# --------------------------------------------------------------------------- rows and truth


@dataclass(frozen=True)
class Row:
    """One printed activity row with its hand label."""

    text: str
    date: str
    resp: str
    aid: str | None
    when: When
    roles: tuple[str, ...]
    form: str = ""
    result: str = ""


def R(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    when: When,
    roles: Sequence[str],
    form: str = "",
    result: str = "",
) -> Row:
    return Row(text, date, resp, aid, when, tuple(roles), form, result)


@dataclass(frozen=True)
class Section:
    """A stage (or a non-stage section when stage is None) with its heading and rows."""

    stage: int | None
    heading: str
    rows: list[Row]


class TruthActivity(TypedDict):
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


def _check(row: Row, stage: int | None) -> None:
    assert all(r in ROLES for r in row.roles), row
    assert len(set(row.roles)) == len(row.roles), row
    assert row.text == row.text.strip() and row.text, row
    if row.aid is not None:
        s, a = (int(x) for x in row.aid.split("."))
        assert 1 <= a <= CANON[s], row
        if stage is not None:
            assert s == stage, (row, stage)


def truth_of(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for sec in sections:
        for row in sec.rows:
            _check(row, sec.stage)
            stage = sec.stage
            d = expand(row.when, y)
            out.append(
                {
                    "text": row.text,
                    "activity_id": row.aid,
                    "stage_id": stage,
                    "date_kind": d["date_kind"],
                    "date_start": d["date_start"],
                    "date_end": d["date_end"],
                    "month_start": d["month_start"],
                    "month_end": d["month_end"],
                    "recurrence": d["recurrence"],
                    "roles": list(row.roles),
                }
            )
    return out


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

Align: TypeAlias = Literal["c", "r", "j"] | None


def new_document(landscape: bool, size: float = 11, font: str = "Times New Roman") -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


def para(
    doc: DocxDocument, text: str, bold: bool = False, align: Align = None, size: float | None = None
) -> Paragraph:
    p = doc.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        if i:
            p.add_run().add_break()
        run = p.add_run(line)
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


def set_cell(cell: _Cell, text: str, bold: bool = False, align: Align = None) -> None:
    """Cell text; '\\n' starts a new paragraph (an empty line stays an empty paragraph)."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            run = p.add_run(line)
            run.bold = bold
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def new_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def grid_table(doc: DocxDocument, headers: Sequence[str]) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = new_row(table)
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, align="c")
    return table


def add_cells(table: Table, cells: Sequence[str]) -> None:
    row = new_row(table)
    for i, val in enumerate(cells):
        set_cell(row.cells[i], val)


def add_merged(table: Table, text: str, first: int = 0, lead: str | None = None) -> None:
    """A full-width (from column ``first``) bold row; ``lead`` goes into column 0 when first > 0."""
    row = new_row(table)
    n = len(row.cells)
    if lead is not None:
        set_cell(row.cells[0], lead, bold=True)
    merged = row.cells[first].merge(row.cells[n - 1])
    set_cell(merged, text, bold=True)


def no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """LibreOffice conversion of ``src`` to ``target`` (pdf, rtf, odt, ...) saved as ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
        outdir.mkdir()
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
        ext = target.split(":")[0]
        shutil.copyfile(outdir / f"{src.stem}.{ext}", out)


def docx_to(doc: DocxDocument, target: str, out: Path, stem: str = "roadmap") -> None:
    """Save a python-docx document and convert it with LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        doc.save(str(src))
        soffice_convert(src, target, out)


def pdf_pages(pdf: Path) -> int:
    res = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise ValueError(pdf)  # pragma: no cover


# --------------------------------------------------------------------------- line alignment

_FONT_SCALE = 10


def wrapped_lines(text: str, width_cm: float, size_pt: float, factor: float = 1.0) -> int:
    """How many lines ``text`` takes in a table cell of ``width_cm`` (Liberation Serif metrics)."""
    font = ImageFont.truetype(str(SERIF), size=round(size_pt * _FONT_SCALE))
    avail = (width_cm - 0.38) / 2.54 * 72 * _FONT_SCALE * factor  # minus the cell margins
    lines = 1
    cur = ""
    for word in text.split(" "):
        trial = word if not cur else f"{cur} {word}"
        if font.getlength(trial) <= avail:
            cur = trial
        else:
            lines += 1
            cur = word
    return lines


def aligned_columns(items: Sequence[Sequence[str]], widths_cm: Sequence[float], size_pt: float) -> list[str]:
    """Cells of one stage-grouped row: item k's parts go on the same line in every column.

    ``items`` holds one tuple of column texts per sub-item; each column gets the item's text
    followed by empty paragraphs so the next item starts level in every column.
    """
    cols: list[list[str]] = [[] for _ in widths_cm]
    for item in items:
        for t, w in zip(item, widths_cm, strict=True):
            # a text close to a line break could wrap either way in another renderer: reword it
            assert wrapped_lines(t, w, size_pt, 0.93) == wrapped_lines(t, w, size_pt, 1.04), t
        height = max(wrapped_lines(t, w, size_pt) for t, w in zip(item, widths_cm, strict=True))
        for c, (t, w) in enumerate(zip(item, widths_cm, strict=True)):
            cols[c].append(t)
            cols[c].extend([""] * (height - wrapped_lines(t, w, size_pt)))
    return ["\n".join(c) for c in cols]


# =========================================================================== 1: Sakhalin, DOCX
# Federal list followed closely, with the school's own additions; six columns (form, result).

S1_ORG = "МБОУ СОШ № 2 г. Корсакова"
S1_YEAR = 2025

S1: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа о внедрении целевой модели наставничества и назначении куратора программы",
                "до 01.09.2025",
                "Директор",
                None,
                dl(1, 9, 2025),
                [DIR],
                "Приказ",
                "Приказ по школе",
            ),
            R(
                "Информирование педагогического коллектива школы о реализации программы наставничества в 2025/2026 уч. году",
                "Август 2025 г.",
                "Директор, зам. директора по УВР",
                "1.1",
                mo(8, 2025),
                [DIR, UVR],
                "Педагогический совет",
                "Протокол педсовета",
            ),
            R(
                "Информирование родителей (законных представителей) о планируемом запуске программы наставничества",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители 1–11 кл.",
                "1.2",
                mo(9),
                [VR, KL],
                "Общешкольное родительское собрание",
                "Протокол собрания",
            ),
            R(
                "Встреча с выпускниками школы и представителями предприятий г. Корсакова (морской порт, рыбоперерабатывающие предприятия) с целью информирования о программе",
                "Октябрь",
                "Куратор программы, советник директора по воспитанию",
                "1.3",
                mo(10),
                [KUR, SOV],
                "Встреча-презентация",
                "Список потенциальных партнёров",
            ),
            R(
                "Информирование обучающихся 5–11 классов о программе наставничества",
                "Сентябрь",
                "Классные руководители 5–11 кл.",
                "1.4",
                mo(9),
                [KL],
                "Классные часы",
                "Охват 100% классов",
            ),
            R(
                "Создание и ведение раздела «Наставничество» на официальном сайте школы и в госпаблике ВКонтакте",
                "в течение года",
                "Ответственный за ведение сайта",
                None,
                CONT,
                [OTH],
                "Публикации",
                "Раздел на сайте",
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий на обработку персональных данных от совершеннолетних участников",
                "до 20.09.2025",
                "Педагог-психолог, классные руководители",
                "2.1",
                dl(20, 9, 2025),
                [PSY, KL],
                "Анкетирование (Google-формы)",
                "Анкеты, согласия",
            ),
            R(
                "Сбор сведений о запросах наставляемых от классных руководителей, педагога-психолога, социального педагога, родителей; сбор согласий законных представителей несовершеннолетних",
                "Сентябрь",
                "Социальный педагог, педагог-психолог",
                "2.2",
                mo(9),
                [SOC, PSY],
                "Беседы, консультации",
                "Согласия родителей",
            ),
            R(
                "Анализ собранных данных, формирование базы наставляемых",
                "Октябрь",
                "Куратор программы",
                "2.3",
                mo(10),
                [KUR],
                "Работа с базой данных",
                "База наставляемых",
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – учитель», «работодатель – ученик»)",
                "Сентябрь",
                "Рабочая группа",
                "3.1",
                mo(9),
                [OTH],
                "Заседание рабочей группы",
                "Перечень форм",
            ),
            R(
                "Входная диагностика наставляемых по заданным параметрам",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                mo(10),
                [PSY],
                "Тестирование",
                "Результаты входного мониторинга",
            ),
            R(
                "Анкетирование потенциальных наставников из числа педагогов, обучающихся 9–11 кл., выпускников; сбор согласий на обработку персональных данных",
                "сентябрь–октябрь",
                "Куратор программы",
                "3.3",
                rg(9, 10),
                [KUR],
                "Анкетирование",
                "Анкеты наставников",
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Октябрь",
                "Куратор программы, зам. директора по УВР",
                "3.4",
                mo(10),
                [KUR, UVR],
                "Аналитическая работа",
                "База наставников",
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники по заданным параметрам",
                "Октябрь",
                "Педагог-психолог",
                "4.1",
                mo(10),
                [PSY],
                "Диагностика",
                "Результаты оценки",
            ),
            R(
                "Собеседование с будущими наставниками (при участии педагога-психолога)",
                "Октябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                mo(10),
                [UVR, PSY],
                "Собеседование",
                "Список отобранных наставников",
            ),
            R(
                "Подбор экспертов и методических материалов для обучения наставников (ресурсы ИРОСО)",
                "октябрь–ноябрь",
                "Методист",
                "4.3",
                rg(10, 11),
                [MET],
                "Методическая работа",
                "Пакет материалов",
            ),
            R(
                "Обучение наставников",
                "Ноябрь",
                "Куратор программы",
                "4.4",
                mo(11),
                [KUR],
                "Семинар-практикум, онлайн-курсы",
                "Сертификаты",
            ),
            R(
                "Повышение квалификации куратора программы наставничества",
                "по графику ИРОСО",
                "Зам. директора по УВР",
                None,
                UNSP,
                [UVR],
                "Курсы ПК",
                "Удостоверение",
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар (групп)",
        [
            R(
                "Общая встреча наставников и наставляемых",
                "Ноябрь",
                "Советник директора по воспитанию, куратор программы",
                "5.1",
                mo(11),
                [SOV, KUR],
                "Квест-знакомство",
                "Участники знакомы друг с другом",
            ),
            R(
                "Анкетирование участников по итогам встречи (предпочтения в выборе наставника/наставляемого)",
                "Ноябрь",
                "Педагог-психолог",
                "5.2",
                mo(11),
                [PSY],
                "Анкетирование",
                "Анкеты",
            ),
            R(
                "Анализ анкет, формирование наставнических пар и групп",
                "Ноябрь",
                "Куратор программы",
                "5.3",
                mo(11),
                [KUR],
                "Аналитическая работа",
                "Список пар/групп",
            ),
            R(
                "Закрепление пар и групп приказом директора, информирование участников",
                "до 01.12.2025",
                "Директор, куратор программы",
                "5.4",
                dl(1, 12, 2025),
                [DIR, KUR],
                "Приказ",
                "Приказ о закреплении пар",
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар (групп)",
        [
            R(
                "Первая, организационная встреча в парах",
                "Декабрь",
                "Наставники",
                "6.1",
                mo(12),
                [NAST],
                "Встреча",
                "Правила взаимодействия",
            ),
            R(
                "Планирование работы пар, составление индивидуальных планов развития наставляемых",
                "Декабрь–январь",
                "Наставники, куратор программы",
                "6.3",
                rg(12, 1),
                [NAST, KUR],
                "Встреча-планирование",
                "Индивидуальные планы развития",
            ),
            R(
                "Регулярные встречи наставника и наставляемого",
                "Январь–апрель",
                "Наставники",
                "6.4",
                rg(1, 4),
                [NAST],
                "Консультации, совместные проекты",
                "Журнал встреч",
            ),
            R(
                "Промежуточный сбор обратной связи от участников",
                "Февраль",
                "Куратор программы",
                "6.5",
                mo(2),
                [KUR],
                "Опрос",
                "Справка",
            ),
            R(
                "Промежуточный отчёт о ходе реализации программы в управление образования",
                "до 15.02.2026",
                "Зам. директора по УВР",
                None,
                dl(15, 2, 2026),
                [UVR],
                "Отчёт",
                "Отчёт",
            ),
            R(
                "Заключительные встречи наставников и наставляемых",
                "Апрель",
                "Наставники",
                "6.6",
                mo(4),
                [NAST],
                "Встреча",
                "Рефлексия в парах",
            ),
            R(
                "Итоговая встреча всех пар и групп",
                "Май",
                "Куратор программы",
                "6.7",
                mo(5),
                [KUR],
                "Круглый стол",
                "Обмен опытом",
            ),
            R(
                "Анкетирование участников: удовлетворённость участием в программе",
                "Май",
                "Педагог-психолог",
                "6.8",
                mo(5),
                [PSY],
                "Анкетирование",
                "Результаты мониторинга",
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Рассылка приглашений на праздник наставничества участникам, родителям, партнёрам, представителям администрации Корсаковского городского округа",
                "Май",
                "Советник директора по воспитанию",
                "7.1",
                mo(5),
                [SOV],
                "Приглашения",
                "Список гостей",
            ),
            R(
                "Торжественное подведение итогов программы и награждение лучших наставников",
                "Май 2026 г.",
                "Директор, зам. директора по ВР",
                "7.2",
                mo(5, 2026),
                [DIR, VR],
                "Праздник «Спасибо, наставник!»",
                "Грамоты, благодарственные письма",
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "Куратор программы",
                "7.3",
                mo(5),
                [KUR],
                "Мониторинг",
                "Аналитическая справка",
            ),
            R(
                "Повторная (итоговая) диагностика участников по заданным параметрам",
                "Май",
                "Педагог-психолог",
                "7.4",
                mo(5),
                [PSY],
                "Тестирование",
                "Сравнение с входной диагностикой",
            ),
            R(
                "Оформление лучших практик наставничества в кейсы",
                "Май–июнь",
                "Руководители ШМО",
                "7.5",
                rg(5, 6),
                [SHMO],
                "Методическая копилка",
                "Кейсы",
            ),
            R(
                "Публикация итогов, лучших наставников и кейсов на сайте школы",
                "Июнь",
                "Ответственный за ведение сайта",
                "7.6",
                mo(6),
                [OTH],
                "Публикация",
                "Материалы на сайте",
            ),
            R(
                "Внесение данных об итогах программы в базы наставников и наставляемых",
                "Июнь",
                "Куратор программы",
                "7.7",
                mo(6),
                [KUR],
                "Работа с базой",
                "Обновлённые базы",
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "Июнь",
                "Куратор программы",
                "7.8",
                mo(6),
                [KUR],
                "Работа с базой",
                "База наставников на 2026/2027 уч. год",
            ),
            R(
                "Анализ выполнения дорожной карты, планирование работы на 2026/2027 учебный год",
                "Июнь",
                "Директор",
                None,
                mo(6),
                [DIR],
                "Совещание при директоре",
                "План на новый учебный год",
            ),
        ],
    ),
]


def build_sakhalin(folder: Path) -> int:
    doc = new_document(landscape=True, size=11)
    for line in (
        "УТВЕРЖДАЮ",
        "Директор МБОУ СОШ № 2 г. Корсакова",
        "__________________ Л.В. Ким",
        "Приказ № 214-ОД от 29.08.2025 г.",
    ):
        para(doc, line, align="r")
    para(doc, "")
    para(
        doc,
        f"Дорожная карта\nвнедрения целевой модели наставничества\nв {S1_ORG} на 2025/2026 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    para(doc, "")
    para(
        doc,
        "Цель: создание в школе условий для развития наставничества как формы поддержки, "
        "самоопределения и профессиональной ориентации обучающихся, адаптации молодых педагогов.",
        align="j",
    )
    para(doc, "")
    table = grid_table(doc, ["№", "Мероприятие", "Форма проведения", "Сроки", "Ответственные", "Результат"])
    for sec in S1:
        assert sec.stage is not None
        add_merged(table, sec.heading, first=1, lead=f"{sec.stage}.")
        for k, row in enumerate(sec.rows, start=1):
            add_cells(table, [f"{sec.stage}.{k}", row.text, row.form, row.date, row.resp, row.result])
    widths(table, [1.3, 8.6, 4.0, 3.0, 4.6, 5.2])
    para(doc, "")
    para(doc, "Куратор программы наставничества: Пак Е.С., учитель английского языка")
    doc.save(str(folder / "dorozhnaya_karta_nastavnichestvo.docx"))
    write_truth(folder, S1_ORG, S1_YEAR, truth_of(S1, S1_YEAR))
    return sum(len(s.rows) for s in S1)


# =========================================================================== 2: Udmurtia, PDF
# Roman-numeral sections (the first one administrative), rows numbered through, responsible
# persons written «Фамилия И.О., должность».

S2_ORG = "МБОУ «Вавожская средняя общеобразовательная школа»"
S2_YEAR = 2024

_ZAM = "Шкляева Н.В., зам. директора по УВР"
_DIRU = "Корепанов А.Н., директор"
_PSYU = "Бабинцева Е.С., педагог-психолог"
_KURU = "Семакова Т.Ю., куратор программы"

S2: list[Section] = [
    Section(
        None,
        "I. Нормативно-правовое и организационное обеспечение",
        [
            R(
                "Изучение методологии (целевой модели) наставничества обучающихся и регионального пакета документов",
                "август 2024 г.",
                _ZAM,
                None,
                mo(8, 2024),
                [UVR],
            ),
            R(
                "Издание приказа «О внедрении целевой модели наставничества в 2024-2025 уч. году»",
                "до 02.09.2024",
                _DIRU,
                None,
                dl(2, 9, 2024),
                [DIR],
            ),
            R(
                "Корректировка Положения о наставничестве, утверждение дорожной карты и состава рабочей группы",
                "сентябрь",
                f"{_ZAM};\n{_KURU}",
                None,
                mo(9),
                [UVR, KUR],
            ),
        ],
    ),
    Section(
        1,
        "II. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Педагогический совет «Наставничество в школе: от идеи к практике»",
                "29.08.2024",
                f"{_DIRU};\n{_ZAM}",
                "1.1",
                day(29, 8, 2024),
                [DIR, UVR],
            ),
            R(
                "Выступление на общешкольном родительском собрании о запуске программы наставничества",
                "сентябрь",
                "Перевощикова О.А., зам. директора по ВР",
                "1.2",
                mo(9),
                [VR],
            ),
            R(
                "Встреча с выпускниками школы прошлых лет и представителями СПК «Колхоз им. Мичурина», районной больницы",
                "октябрь",
                "Вострокнутова Д.И., советник директора по воспитанию",
                "1.3",
                mo(10),
                [SOV],
            ),
            R(
                "Классные часы «Что такое наставничество и зачем оно мне?» (5–11 классы)",
                "сентябрь",
                "классные руководители 5–11 кл.",
                "1.4",
                mo(9),
                [KL],
            ),
        ],
    ),
    Section(
        2,
        "III. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих иметь наставника. Сбор согласий на обработку персональных данных (с 18 лет)",
                "до 20.09.2024",
                _PSYU,
                "2.1",
                dl(20, 9, 2024),
                [PSY],
            ),
            R(
                "Сбор информации о запросах наставляемых у классных руководителей, социального педагога, родителей. Оформление согласий родителей (законных представителей)",
                "сентябрь – октябрь",
                "Ившина Л.Г., социальный педагог",
                "2.2",
                rg(9, 10),
                [SOC],
            ),
            R(
                "Формирование базы наставляемых по итогам анализа анкет",
                "до 10.10.2024",
                _KURU,
                "2.3",
                dl(10, 10, 2024),
                [KUR],
            ),
        ],
    ),
    Section(
        3,
        "IV. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества («учитель – учитель», «ученик – ученик»)",
                "сентябрь",
                _ZAM,
                "3.1",
                mo(9),
                [UVR],
            ),
            R(
                "Входная диагностика наставляемых (мотивация, успеваемость, адаптация)",
                "октябрь",
                _PSYU,
                "3.2",
                mo(10),
                [PSY],
            ),
            R(
                "Анкетирование желающих стать наставниками, сбор согласий на обработку ПД",
                "октябрь",
                _KURU,
                "3.3",
                mo(10),
                [KUR],
            ),
            R(
                "Формирование базы наставников с учётом запросов наставляемых",
                "октябрь",
                f"{_KURU};\nЛожкина М.П., руководитель ШМО",
                "3.4",
                mo(10),
                [KUR, SHMO],
            ),
        ],
    ),
    Section(
        4,
        "V. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники",
                "октябрь",
                f"{_ZAM};\n{_PSYU}",
                "4.2",
                mo(10),
                [UVR, PSY],
            ),
            R(
                "Подбор методических материалов для наставников (памятки, шаблоны индивидуальных планов)",
                "октябрь",
                "Зорина В.А., педагог-библиотекарь",
                "4.3",
                mo(10),
                [LIB],
            ),
            R(
                "Обучение наставников на курсах АОУ ДПО УР «ИРО» и на школьном семинаре",
                "ноябрь – декабрь",
                _ZAM,
                "4.4",
                rg(11, 12),
                [UVR],
            ),
        ],
    ),
    Section(
        5,
        "VI. Формирование наставнических пар (групп)",
        [
            R(
                "Встреча-знакомство наставников и наставляемых «Давайте познакомимся!»",
                "ноябрь",
                "Вострокнутова Д.И., советник директора по воспитанию",
                "5.1",
                mo(11),
                [SOV],
            ),
            R(
                "Формирование пар/групп с учётом анкет после встречи",
                "ноябрь",
                _KURU,
                "5.3",
                mo(11),
                [KUR],
            ),
            R(
                "Приказ о закреплении наставнических пар (групп)",
                "до 25.11.2024",
                _DIRU,
                "5.4",
                dl(25, 11, 2024),
                [DIR],
            ),
        ],
    ),
    Section(
        6,
        "VII. Организация работы наставнических пар (групп)",
        [
            R(
                "Первая встреча пар: знакомство, договорённость о правилах взаимодействия",
                "декабрь",
                "наставники",
                "6.1",
                mo(12),
                [NAST],
            ),
            R(
                "Составление индивидуальных планов развития наставляемых",
                "декабрь",
                f"наставники;\n{_KURU}",
                "6.3",
                mo(12),
                [NAST, KUR],
            ),
            R(
                "Работа пар по индивидуальным планам",
                "январь – апрель",
                "наставники",
                "6.4",
                rg(1, 4),
                [NAST],
            ),
            R(
                "Сбор обратной связи от наставников и наставляемых (анкета «Как идёт работа?»)",
                "февраль, апрель",
                _PSYU,
                "6.5",
                mo(2),
                [PSY],
            ),
            R(
                "Заседание ШМО «Промежуточные итоги наставничества: трудности и находки»",
                "март",
                "Ложкина М.П., руководитель ШМО",
                None,
                mo(3),
                [SHMO],
            ),
            R(
                "Итоговая встреча всех наставнических пар",
                "апрель",
                _KURU,
                "6.7",
                mo(4),
                [KUR],
            ),
            R(
                "Мониторинг удовлетворённости участников программой",
                "май",
                _PSYU,
                "6.8",
                mo(5),
                [PSY],
            ),
        ],
    ),
    Section(
        7,
        "VIII. Завершение наставничества",
        [
            R(
                "Фестиваль наставничества с награждением лучших наставников (с приглашением родителей, партнёров, представителей Администрации района)",
                "май 2025 г.",
                f"{_DIRU};\nПеревощикова О.А., зам. директора по ВР",
                "7.2",
                mo(5, 2025),
                [DIR, VR],
            ),
            R(
                "Итоговый мониторинг качества реализации программы",
                "май",
                _ZAM,
                "7.3",
                mo(5),
                [UVR],
            ),
            R(
                "Размещение итогов и лучших практик на сайте школы и в сообществе ВКонтакте",
                "июнь",
                "Вострокнутова Д.И., советник директора по воспитанию",
                "7.6",
                mo(6),
                [SOV],
            ),
            R(
                "Отчёт о реализации дорожной карты в Управление образования Администрации Вавожского района",
                "до 15.06.2025",
                _ZAM,
                None,
                dl(15, 6, 2025),
                [UVR],
            ),
            R(
                "Пополнение базы наставников на следующий учебный год",
                "июнь",
                _KURU,
                "7.8",
                mo(6),
                [KUR],
            ),
        ],
    ),
]


def build_udmurtia(folder: Path) -> int:
    doc = new_document(landscape=False, size=11)
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    set_cell(
        head.cell(0, 0),
        "СОГЛАСОВАНО\nна заседании педагогического совета\nпротокол № 1 от 29.08.2024",
    )
    set_cell(
        head.cell(0, 1),
        "УТВЕРЖДЕНО\nприказом директора\nот 30.08.2024 № 87-о/д",
    )
    para(doc, "")
    para(
        doc,
        "План мероприятий (дорожная карта)\nпо реализации целевой модели наставничества\n"
        f"в {S2_ORG}\nна 2024-2025 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "")
    table = grid_table(doc, ["№ п/п", "Содержание работы", "Срок исполнения", "Ответственный исполнитель"])
    n = 0
    for sec in S2:
        add_merged(table, sec.heading)
        for row in sec.rows:
            n += 1
            add_cells(table, [f"{n}.", row.text, row.date, row.resp])
    widths(table, [1.3, 9.4, 2.9, 4.4])
    pdf = folder / "plan_nastavnichestvo_2024-2025.pdf"
    docx_to(doc, "pdf", pdf, stem="plan_nastavnichestvo")
    write_truth(folder, S2_ORG, S2_YEAR, truth_of(S2, S2_YEAR))
    return n


# =========================================================================== 3: Pskov, XLSX
# Cover sheet + roadmap sheet; the school's own grouping under each stage, sub-numbers «2.1.»
# restarting per stage (printed numbers do not follow the federal ids).

S3_ORG = "МБОУ «Печорская СОШ № 3»"
S3_YEAR = 2023
S3_DAY = dt.datetime(2023, 10, 16)  # a real date cell in the workbook

S3: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Утверждение состава рабочей группы по внедрению наставничества",
                "до 05.09.2023",
                "директор",
                None,
                dl(5, 9, 2023),
                [DIR],
            ),
            R(
                "Назначение куратора программы наставничества (приказ)",
                "до 05.09.2023",
                "директор",
                None,
                dl(5, 9, 2023),
                [DIR],
            ),
            R(
                "Педсовет: знакомство коллектива с целевой моделью наставничества",
                "Август 2023",
                "зам. директора по УР",
                "1.1",
                mo(8, 2023),
                [UVR],
            ),
            R(
                "Информирование родителей о программе на классных родительских собраниях",
                "сентябрь",
                "кл. руководители",
                "1.2",
                mo(9),
                [KL],
            ),
            R(
                "Информационные пятиминутки для уч-ся 5–11 кл. «Что даёт наставничество»",
                "сентябрь",
                "кл. руководители, ст. вожатая",
                "1.4",
                mo(9),
                [KL, SOV],
            ),
            R(
                "Встреча с выпускниками прошлых лет и представителями организаций и предприятий города",
                "октябрь",
                "зам. директора по ВР",
                "1.3",
                mo(10),
                [VR],
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование уч-ся и педагогов — потенциальных наставляемых",
                "сентябрь",
                "педагог-психолог",
                "2.1",
                mo(9),
                [PSY],
            ),
            R(
                "Сбор согласий родителей (законных представителей) несовершеннолетних на обработку ПД",
                "сентябрь",
                "кл. руководители",
                "2.2",
                mo(9),
                [KL],
            ),
            R(
                "Сбор сведений о трудностях наставляемых от кл. руководителей и социального педагога",
                "сентябрь-октябрь",
                "соц. педагог",
                "2.2",
                rg(9, 10),
                [SOC],
            ),
            R("Формирование базы наставляемых", "октябрь", "куратор", "2.3", mo(10), [KUR]),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества на 2023/2024 уч. год",
                "сентябрь",
                "методический совет",
                "3.1",
                mo(9),
                [OTH],
            ),
            R("Входная диагностика наставляемых", "", "педагог-психолог", "3.2", day(16, 10, 2023), [PSY]),
            R(
                "Анкетирование потенциальных наставников, сбор согласий на обработку ПД",
                "октябрь",
                "куратор",
                "3.3",
                mo(10),
                [KUR],
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "куратор, руководители ШМО",
                "3.4",
                mo(10),
                [KUR, SHMO],
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники",
                "октябрь",
                "зам. директора по УР, педагог-психолог",
                "4.2",
                mo(10),
                [UVR, PSY],
            ),
            R("Цикл семинаров «Школа наставника»", "ноябрь-декабрь", "куратор", "4.4", rg(11, 12), [KUR]),
            R("Участие наставников в вебинарах ПОИПКРО", "по плану ПОИПКРО", "куратор", "4.4", UNSP, [KUR]),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "Общий сбор наставников и наставляемых",
                "ноябрь",
                "куратор, ст. вожатая",
                "5.1",
                mo(11),
                [KUR, SOV],
            ),
            R(
                "Анкетирование после сбора: выбор предпочтительного наставника",
                "ноябрь",
                "педагог-психолог",
                "5.2",
                mo(11),
                [PSY],
            ),
            R("Формирование пар и групп", "ноябрь", "куратор", "5.3", mo(11), [KUR]),
            R(
                "Приказ о закреплении наставнических пар",
                "до 01.12.2023",
                "директор",
                "5.4",
                dl(1, 12, 2023),
                [DIR],
            ),
        ],
    ),
    Section(
        6,
        "Работа наставнических пар / групп",
        [
            R("Первая (организационная) встреча в парах", "декабрь", "наставники", "6.1", mo(12), [NAST]),
            R("Составление планов работы пар", "декабрь", "наставники", "6.3", mo(12), [NAST]),
            R("Встречи пар согласно плану", "январь-май", "наставники", "6.4", rg(1, 5), [NAST]),
            R(
                "Промежуточный контроль: проверка планов и журналов наставнических пар",
                "февраль",
                "зам. директора по УР",
                None,
                mo(2),
                [UVR],
            ),
            R(
                "Сбор обратной связи от участников (опрос)",
                "февраль",
                "педагог-психолог",
                "6.5",
                mo(2),
                [PSY],
            ),
            R("Итоговая встреча пар «Наши достижения»", "май", "куратор", "6.7", mo(5), [KUR]),
            R(
                "Анкетирование: удовлетворённость участием в программе",
                "май",
                "педагог-психолог",
                "6.8",
                mo(5),
                [PSY],
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Торжественное мероприятие «Наставник года» с приглашением родителей и социальных партнёров",
                "май",
                "директор, зам. директора по ВР",
                "7.2",
                mo(5),
                [DIR, VR],
            ),
            R("Мониторинг качества реализации программы", "май", "куратор", "7.3", mo(5), [KUR]),
            R("Повторная диагностика участников", "май", "педагог-психолог", "7.4", mo(5), [PSY]),
            R("Оформление кейсов лучших практик", "июнь", "руководители ШМО", "7.5", mo(6), [SHMO]),
            R("Публикация итогов на сайте школы", "июнь", "отв. за сайт", "7.6", mo(6), [OTH]),
            R(
                "Поощрение наставников (благодарности, представление к грамотам Комитета по образованию Псковской области)",
                "июнь",
                "директор",
                None,
                mo(6),
                [DIR],
            ),
            R(
                "Отчёт о реализации программы наставничества",
                "до 20.06.2024",
                "куратор",
                None,
                dl(20, 6, 2024),
                [KUR],
            ),
        ],
    ),
]


def build_pskov(folder: Path) -> int:
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "Титульный лист"
    cover.column_dimensions["A"].width = 20
    cover.column_dimensions["B"].width = 30
    cover.column_dimensions["C"].width = 40
    for r, text in (
        (2, "УТВЕРЖДАЮ"),
        (3, f"Директор {S3_ORG}"),
        (4, "_____________ Г.А. Лебедева"),
        (5, "Приказ от 31.08.2023 № 118"),
    ):
        cover.cell(row=r, column=3, value=text)
    for r, text, size in (
        (10, "ДОРОЖНАЯ КАРТА", 16),
        (11, "реализации целевой модели наставничества", 14),
        (12, f"в {S3_ORG}", 14),
        (13, "на 2023/2024 учебный год", 14),
        (25, "г. Печоры, 2023", 12),
    ):
        cover.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        c = cover.cell(row=r, column=1, value=text)
        c.font = Font(bold=size > 12, size=size)
        c.alignment = Alignment(horizontal="center")

    ws = wb.create_sheet("Дорожная карта")
    for letter, w in zip("ABCDE", (8, 62, 16, 26, 14), strict=True):
        ws.column_dimensions[letter].width = w
    ws.merge_cells("A1:E1")
    t = ws.cell(
        row=1,
        column=1,
        value=f"Дорожная карта реализации целевой модели наставничества в {S3_ORG} на 2023/2024 учебный год",
    )
    t.font = Font(bold=True, size=12)
    t.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
    headers = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Отметка о выполнении"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 4
    n = 0
    for sec in S3:
        assert sec.stage is not None
        ws.cell(row=r, column=1, value=f"{sec.stage}.").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(row=r, column=2, value=sec.heading).font = Font(bold=True)
        for col in range(1, 6):
            ws.cell(row=r, column=col).border = box
        r += 1
        for k, row in enumerate(sec.rows, start=1):
            n += 1
            date_value: str | dt.datetime = row.date if row.date else S3_DAY
            values: list[str | dt.datetime] = [f"{sec.stage}.{k}.", row.text, date_value, row.resp, ""]
            for col, v in enumerate(values, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = box
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "DD.MM.YYYY"
            r += 1
    ws.cell(row=r + 1, column=2, value="Куратор программы наставничества: Михайлова О.В.")
    wb.save(str(folder / "dorozhnaya_karta_2023-2024.xlsx"))
    write_truth(folder, S3_ORG, S3_YEAR, truth_of(S3, S3_YEAR))
    return n


# =========================================================================== 4: Dagestan, HTML
# A page of the school site: menu, breadcrumbs, the table (stage cells with rowspan, <br>,
# &nbsp;), footer.  Every activity is the school's own event with a catchy name.

S4_ORG = "МКОУ «Новокаякентская СОШ»"
S4_YEAR = 2025

S4_STAGE_TITLES = {
    1: "«На старт!»<br>Подготовка условий для запуска программы наставничества",
    2: "«Кому нужна поддержка?»<br>Формирование базы наставляемых",
    3: "«Ищем наставников»<br>Формирование базы наставников",
    4: "«Школа наставника»<br>Отбор и обучение наставников",
    5: "«Найди пару»<br>Формирование наставнических пар и групп",
    6: "«Вместе – к цели»<br>Организация работы наставнических пар и групп",
    7: "«Финиш»<br>Завершение наставничества",
}

S4: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о запуске программы наставничества и назначении куратора",
                "до 01.09.2025",
                "Директор",
                None,
                dl(1, 9, 2025),
                [DIR],
            ),
            R(
                "«Наставничество: старт!» — педагогический совет о запуске программы",
                "Август 2025 г.",
                "Директор, завуч",
                "1.1",
                mo(8, 2025),
                [DIR, UVR],
            ),
            R(
                "Родительский лекторий «Вместе к успеху»: рассказываем родителям о программе наставничества",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                mo(9),
                [VR, KL],
            ),
            R(
                "Классные часы «Найди своего наставника» для 5–11 классов",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                mo(9),
                [KL],
            ),
            R(
                "Встреча «Выпускники – школе»: разговор с успешными выпускниками и представителями агрофирмы и районной больницы",
                "Октябрь",
                "Советник директора по воспитанию",
                "1.3",
                mo(10),
                [SOV],
            ),
            R(
                "Оформление стенда «Наставничество в нашей школе»",
                "Октябрь",
                "Советник директора по воспитанию",
                None,
                mo(10),
                [SOV],
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкета «Мне нужна помощь в…» для учащихся 5–11 кл. и молодых педагогов. Согласия на обработку персональных данных",
                "до 25.09.2025",
                "Педагог-психолог",
                "2.1",
                dl(25, 9, 2025),
                [PSY],
            ),
            R(
                "«Взгляд со стороны»: беседы с классными руководителями, родителями о трудностях детей, сбор согласий родителей",
                "Сентябрь – октябрь",
                "Социальный педагог, педагог-психолог",
                "2.2",
                rg(9, 10),
                [SOC, PSY],
            ),
            R(
                "«Банк запросов»: составляем базу наставляемых",
                "Октябрь",
                "Куратор наставничества",
                "2.3",
                mo(10),
                [KUR],
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R("Диагностика «Точка А» для наставляемых", "Октябрь", "Педагог-психолог", "3.2", mo(10), [PSY]),
            R(
                "Опрос «Кто может стать наставником?» среди педагогов, старшеклассников, выпускников и родителей",
                "Октябрь",
                "Куратор наставничества",
                "3.3",
                mo(10),
                [KUR],
            ),
            R(
                "«Команда наставников»: составляем базу наставников",
                "Октябрь – ноябрь",
                "Куратор наставничества, руководители МО",
                "3.4",
                rg(10, 11),
                [KUR, SHMO],
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "«Разговор по душам» — собеседования с кандидатами в наставники",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                mo(11),
                [UVR, PSY],
            ),
            R(
                "«Методическая копилка наставника»: подборка статей, памяток и видеоуроков",
                "Ноябрь",
                "Библиотекарь, методист",
                "4.3",
                mo(11),
                [LIB, MET],
            ),
            R(
                "«Школа наставника»: цикл из трёх тренингов для наставников",
                "Ноябрь – декабрь",
                "Куратор наставничества, педагог-психолог",
                "4.4",
                rg(11, 12),
                [KUR, PSY],
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар и групп",
        [
            R(
                "Квест-игра «Найди пару» для наставников и наставляемых",
                "Декабрь",
                "Советник директора по воспитанию, классные руководители",
                "5.1",
                mo(12),
                [SOV, KL],
            ),
            R(
                "«Выбор сердца»: анкета после квеста — кого хочу в наставники",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                mo(12),
                [PSY],
            ),
            R(
                "«Пары сложились!» — объявление пар на линейке, приказ директора",
                "до 20.12.2025",
                "Директор",
                "5.4",
                dl(20, 12, 2025),
                [DIR],
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар и групп",
        [
            R("«Первое рукопожатие» — знакомство в парах", "Декабрь", "Наставники", "6.1", mo(12), [NAST]),
            R("«Пробный шаг» — первое рабочее занятие пары", "Январь", "Наставники", "6.2", mo(1), [NAST]),
            R(
                "«Карта пути»: совместное планирование работы",
                "Январь",
                "Наставники, куратор наставничества",
                "6.3",
                mo(1),
                [NAST, KUR],
            ),
            R(
                "«Час наставника» — еженедельные встречи пар",
                "Январь – май",
                "Наставники",
                "6.4",
                rg(1, 5),
                [NAST],
            ),
            R("Опрос-«градусник»: как работается в парах", "Март", "Педагог-психолог", "6.5", mo(3), [PSY]),
            R(
                "Марафон «Наставничество – это мы»: общая встреча всех пар",
                "Апрель",
                "Зам. директора по ВР",
                "6.7",
                mo(4),
                [VR],
            ),
            R("Анкета «Мне было полезно…»", "Май", "Педагог-психолог", "6.8", mo(5), [PSY]),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Праздник «Спасибо, наставник!»: награждение лучших наставников при участии родителей и гостей из управления образования",
                "Май 2026 г.",
                "Директор, зам. директора по ВР",
                "7.2",
                mo(5, 2026),
                [DIR, VR],
            ),
            R("Итоговая диагностика «Точка Б»", "Май", "Педагог-психолог", "7.4", mo(5), [PSY]),
            R("«Копилка успеха»: кейсы лучших пар", "Май", "Руководители МО", "7.5", mo(5), [SHMO]),
            R(
                "«Наши наставники – наша гордость»: публикация на сайте и в Telegram-канале школы",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                mo(6),
                [OTH],
            ),
            R(
                "Отчёт в Управление образования МР «Каякентский район»",
                "до 10.06.2026",
                "Зам. директора по УВР",
                None,
                dl(10, 6, 2026),
                [UVR],
            ),
        ],
    ),
]

_S4_BREAKS = {
    # activity text -> the same text with the line breaks the site editor typed
    "Анкета «Мне нужна помощь в…» для учащихся 5–11 кл. и молодых педагогов. Согласия на обработку персональных данных": "Анкета «Мне нужна помощь в…» для учащихся 5–11&nbsp;кл. и молодых педагогов.<br>Согласия на обработку персональных данных",
    "«Наставничество: старт!» — педагогический совет о запуске программы": "<b>«Наставничество: старт!»</b> — педагогический совет о запуске программы",
    "Праздник «Спасибо, наставник!»: награждение лучших наставников при участии родителей и гостей из управления образования": "<b>Праздник «Спасибо, наставник!»</b>:<br>награждение лучших наставников при участии родителей и гостей из управления образования",
}

_S4_STYLE = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f3f5f8;color:#222}
header{background:#0b5394;color:#fff;padding:12px 24px}
header .logo{font-size:22px;font-weight:bold}
nav ul{list-style:none;margin:8px 0 0;padding:0}
nav li{display:inline-block;margin-right:18px}
nav a{color:#fff;text-decoration:none}
main{background:#fff;margin:16px auto;max-width:1100px;padding:16px 24px}
.breadcrumbs{font-size:12px;color:#777}
table.roadmap{border-collapse:collapse;width:100%;font-size:14px}
table.roadmap td,table.roadmap th{border:1px solid #999;padding:4px 6px;vertical-align:top}
footer{background:#263238;color:#cfd8dc;font-size:12px;padding:14px 24px}
"""


def _s4_cell(text: str) -> str:
    if text in _S4_BREAKS:
        return _S4_BREAKS[text]
    return html.escape(text, quote=False).replace("5–11 ", "5–11&nbsp;")


def build_dagestan(folder: Path) -> int:
    rows_html: list[str] = []
    n = 0
    for sec in S4:
        assert sec.stage is not None
        for k, row in enumerate(sec.rows):
            n += 1
            cells = []
            if k == 0:
                cells.append(
                    f'<td rowspan="{len(sec.rows)}" style="background:#eaf1fb"><b>Этап&nbsp;{sec.stage}.</b><br>'
                    f"{S4_STAGE_TITLES[sec.stage]}</td>"
                )
            resp = html.escape(row.resp, quote=False).replace(", ", ",<br>")
            date = row.date.replace(" – ", "&nbsp;–<br>") if row.date else "&nbsp;"
            cells.append(f"<td>{n}</td>")
            cells.append(f"<td>{_s4_cell(row.text)}</td>")
            cells.append(f"<td>{date}</td>")
            cells.append(f"<td>{resp}</td>")
            rows_html.append("<tr>" + "".join(cells) + "</tr>")
    page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Дорожная карта наставничества | {html.escape(S4_ORG, quote=False)}</title>
<style>{_S4_STYLE}</style>
</head>
<body>
<header>
<div class="logo">{html.escape(S4_ORG, quote=False)}</div>
<div>Каякентский район, Республика Дагестан</div>
<nav><ul>
<li><a href="/">Главная</a></li>
<li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/news/">Новости</a></li>
<li><a href="/nastavnichestvo/">Наставничество</a></li>
<li><a href="/roditelyam/">Родителям</a></li>
<li><a href="/contacts/">Контакты</a></li>
<li><a href="/?special=1">Версия для слабовидящих</a></li>
</ul></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Главная</a> » <a href="/nastavnichestvo/">Наставничество</a> » Дорожная карта</div>
<h1>Дорожная карта</h1>
<p class="meta">Опубликовано: 02.09.2025 &nbsp;|&nbsp; Просмотров: 214</p>
<p>Скачать: <a href="/upload/iblock/dk_nastavnichestvo.docx">Дорожная карта наставничество.docx</a> (48,5 КБ)</p>
<p style="text-align:right">УТВЕРЖДЕНО<br>приказом директора<br>от 01.09.2025 № 145</p>
<p style="text-align:center"><b>Дорожная карта<br>по внедрению целевой модели наставничества<br>в {html.escape(S4_ORG, quote=False)} на 2025-2026 учебный год</b></p>
<p>&nbsp;</p>
<table class="roadmap">
<tr><th>Этап</th><th>№</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th></tr>
{chr(10).join(rows_html)}
</table>
<p>&nbsp;</p>
<p>Куратор программы наставничества: Гаджиева П.М., учитель биологии</p>
</main>
<footer>
<p>© 2014–2025 {html.escape(S4_ORG, quote=False)}. Все права защищены.</p>
<p>368550, Республика Дагестан, Каякентский район, с. Новокаякент, ул. Школьная, 1 &nbsp;|&nbsp; e-mail: school@example.ru</p>
<p>Сайт работает на платформе «Конструктор школьных сайтов»</p>
</footer>
</body>
</html>
"""
    (folder / "dorozhnaya-karta.html").write_text(page, encoding="utf-8")
    write_truth(folder, S4_ORG, S4_YEAR, truth_of(S4, S4_YEAR))
    return n


# =========================================================================== 5: Novosibirsk, RTF
# One table row per stage: merged stage cell with Задача/Результат, numbered sub-items in one
# cell, the dates and responsible persons on lines kept level with the wrapped sub-items.

S5_ORG = "МБОУ «Средняя общеобразовательная школа № 5» г. Искитима"
S5_YEAR = 2024

S5_STAGE_NOTES = {
    1: "Задача: информировать участников образовательных отношений о запуске программы.\nРезультат: определены ресурсы и партнёры.",
    2: "Задача: выявить запросы обучающихся и педагогов.\nРезультат: сформирована база наставляемых.",
    3: "Задача: найти потенциальных наставников.\nРезультат: сформирована база наставников.",
    4: "Задача: подготовить наставников к работе.\nРезультат: наставники обучены.",
    5: "Результат: сформированы пары и группы.",
    6: "Задача: закрепить продуктивные отношения в парах.\nРезультат: реализованы планы пар.",
    7: "Задача: подвести итоги, наградить лучших.\nРезультат: собраны лучшие практики.",
}

S5: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Педагогический совет по вопросу внедрения целевой модели наставничества",
                "30.08.2024",
                "Директор",
                "1.1",
                day(30, 8, 2024),
                [DIR],
            ),
            R(
                "Издание приказа о реализации программы наставничества и назначении куратора",
                "до 02.09.2024",
                "Директор",
                None,
                dl(2, 9, 2024),
                [DIR],
            ),
            R(
                "Информирование родителей на родительских собраниях и в чатах классов в «Сферуме»",
                "Сентябрь",
                "Кл. руководители",
                "1.2",
                mo(9),
                [KL],
            ),
            R(
                "Классные часы о наставничестве для 5–11 классов",
                "Сентябрь",
                "Кл. руководители",
                "1.4",
                mo(9),
                [KL],
            ),
            R(
                "Встреча с выпускниками и представителями социальных партнёров (предприятия и колледжи города)",
                "Октябрь",
                "Зам. директора по ВР",
                "1.3",
                mo(10),
                [VR],
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий на обработку ПД",
                "Сентябрь",
                "Педагог-психолог",
                "2.1",
                mo(9),
                [PSY],
            ),
            R(
                "Сбор информации о запросах наставляемых от классных руководителей, социального педагога, родителей",
                "Сентябрь – октябрь",
                "Социальный педагог",
                "2.2",
                rg(9, 10),
                [SOC],
            ),
            R("Формирование базы наставляемых", "Октябрь", "Куратор", "2.3", mo(10), [KUR]),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R("Выбор форм наставничества", "Сентябрь", "Методический совет", "3.1", mo(9), [OTH]),
            R("Входная диагностика наставляемых", "Октябрь", "Педагог-психолог", "3.2", mo(10), [PSY]),
            R(
                "Анкетирование потенциальных наставников, сбор согласий на обработку ПД",
                "Октябрь",
                "Куратор",
                "3.3",
                mo(10),
                [KUR],
            ),
            R("Формирование базы наставников", "до 31.10.2024", "Куратор", "3.4", dl(31, 10, 2024), [KUR]),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседование с наставниками с участием педагога-психолога",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                mo(11),
                [UVR, PSY],
            ),
            R(
                "Обучение наставников (курсы НИПКиПРО, школьный семинар «Роль наставника»)",
                "Ноябрь – декабрь",
                "Куратор",
                "4.4",
                rg(11, 12),
                [KUR],
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар / групп",
        [
            R("Групповая встреча наставников и наставляемых", "Ноябрь", "Куратор", "5.1", mo(11), [KUR]),
            R("Анкетирование по итогам встречи", "Ноябрь", "Педагог-психолог", "5.2", mo(11), [PSY]),
            R("Формирование пар и групп", "Декабрь", "Куратор", "5.3", mo(12), [KUR]),
            R("Приказ о закреплении наставнических пар / групп", "Декабрь", "Директор", "5.4", mo(12), [DIR]),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар / групп",
        [
            R("Организационная встреча в парах", "Декабрь", "Наставники", "6.1", mo(12), [NAST]),
            R(
                "Встреча-планирование, разработка индивидуальных планов развития наставляемых",
                "Декабрь",
                "Наставники",
                "6.3",
                mo(12),
                [NAST],
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "В течение года",
                "Наставники",
                "6.4",
                CONT,
                [NAST],
            ),
            R("Промежуточный сбор обратной связи", "Февраль", "Педагог-психолог", "6.5", mo(2), [PSY]),
            R("Заключительная встреча в парах", "Апрель", "Наставники", "6.6", mo(4), [NAST]),
            R(
                "Анкетирование участников, мониторинг удовлетворённости",
                "Май",
                "Педагог-психолог",
                "6.8",
                mo(5),
                [PSY],
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Торжественное мероприятие «Итоги года», награждение лучших наставников",
                "Май 2025 г.",
                "Директор, зам. директора по ВР",
                "7.2",
                mo(5, 2025),
                [DIR, VR],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "Куратор",
                "7.3",
                mo(5),
                [KUR],
            ),
            R("Оформление кейсов по итогам работы пар", "Июнь", "Руководители ШМО", "7.5", mo(6), [SHMO]),
            R("Размещение итогов на сайте школы", "Июнь", "Куратор", "7.6", mo(6), [KUR]),
            R(
                "Отчёт в Управление образования администрации г. Искитима",
                "до 15.06.2025",
                "Зам. директора по УВР",
                None,
                dl(15, 6, 2025),
                [UVR],
            ),
            R("Благодарственные письма социальным партнёрам", "Июнь", "Директор", None, mo(6), [DIR]),
        ],
    ),
]

S5_WIDTHS = (5.3, 12.2, 4.0, 5.2)
S5_SIZE = 11.0


def build_novosibirsk(folder: Path) -> int:
    doc = new_document(landscape=True, size=S5_SIZE)
    para(doc, "Приложение 1 к приказу от 30.08.2024 № 211-од", align="r")
    para(doc, "")
    para(
        doc,
        f"Дорожная карта внедрения целевой модели наставничества в {S5_ORG}\nна 2024/2025 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    para(doc, "")
    table = grid_table(doc, ["Этапы", "Мероприятия", "Сроки", "Ответственные"])
    n = 0
    for sec in S5:
        assert sec.stage is not None
        items = [(f"{k}. {row.text}", row.date, row.resp) for k, row in enumerate(sec.rows, start=1)]
        cols = aligned_columns(items, S5_WIDTHS[1:], S5_SIZE)
        tr = new_row(table)
        set_cell(tr.cells[0], f"{sec.stage}. {sec.heading}", bold=True)
        p = tr.cells[0].add_paragraph()
        p.add_run(S5_STAGE_NOTES[sec.stage].replace("\n", " "))
        for c, text in enumerate(cols, start=1):
            set_cell(tr.cells[c], text)
        n += len(sec.rows)
    widths(table, S5_WIDTHS)
    para(doc, "")
    para(doc, "Зам. директора по УВР ____________ О.Н. Рябова")
    docx_to(doc, "rtf", folder / "dorozhnaya_karta_nastavnichestva.rtf", stem="dk")
    write_truth(folder, S5_ORG, S5_YEAR, truth_of(S5, S5_YEAR))
    return n


# =========================================================================== 6: Belgorod, TXT
# No numbers anywhere: stage headings as full-width rows, flowing rows; the file is what
# `pdftotext -layout` reads from the LibreOffice PDF of the document.

S6_ORG = "МБОУ «Разуменская средняя общеобразовательная школа № 4» Белгородского района"
S6_YEAR = 2023

S6: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Ознакомление педагогов с методологией наставничества на педсовете",
                "август 2023",
                "директор школы",
                "1.1",
                mo(8, 2023),
                [DIR],
                result="протокол педсовета",
            ),
            R(
                "Корректировка Положения о наставничестве",
                "до 15.09.2023",
                "ЗДУВР",
                None,
                dl(15, 9, 2023),
                [UVR],
                result="локальный акт",
            ),
            R(
                "Общешкольное родительское собрание «Наставничество – ресурс развития ребёнка»",
                "сентябрь",
                "ЗДВР",
                "1.2",
                mo(9),
                [VR],
                result="протокол собрания",
            ),
            R(
                "Единый классный час «Наставник рядом»",
                "сентябрь",
                "классные руководители",
                "1.4",
                mo(9),
                [KL],
                result="информированность учащихся",
            ),
            R(
                "Встреча с выпускниками школы и представителями предприятий Белгородского района",
                "I полугодие",
                "советник директора по воспитанию",
                "1.3",
                rg(9, 12),
                [SOV],
                result="пул партнёров",
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся и педагогов — потенциальных наставляемых, согласия совершеннолетних на обработку ПД",
                "сентябрь – октябрь",
                "педагог-психолог",
                "2.1",
                rg(9, 10),
                [PSY],
                result="анкеты",
            ),
            R(
                "Сбор согласий родителей (законных представителей) несовершеннолетних",
                "до 01.10.2023",
                "классные руководители",
                "2.2",
                dl(1, 10, 2023),
                [KL],
                result="согласия",
            ),
            R(
                "Анализ запросов и формирование базы наставляемых",
                "октябрь",
                "куратор наставничества",
                "2.3",
                mo(10),
                [KUR],
                result="база наставляемых",
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества",
                "сентябрь",
                "методический совет школы",
                "3.1",
                mo(9),
                [OTH],
                result="решение методсовета",
            ),
            R(
                "Анкетирование потенциальных наставников",
                "октябрь",
                "куратор наставничества",
                "3.3",
                mo(10),
                [KUR],
                result="анкеты",
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "куратор наставничества",
                "3.4",
                mo(10),
                [KUR],
                result="база наставников",
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники (тестирование)",
                "октябрь",
                "педагог-психолог",
                "4.1",
                mo(10),
                [PSY],
                result="результаты тестирования",
            ),
            R(
                "Поиск экспертов для обучения наставников (ОГАОУ ДПО «БелИРО»)",
                "октябрь",
                "ЗДУВР",
                "4.3",
                mo(10),
                [UVR],
                result="договорённость",
            ),
            R(
                "Обучение наставников",
                "по графику БелИРО",
                "куратор наставничества",
                "4.4",
                UNSP,
                [KUR],
                result="удостоверения",
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар или групп",
        [
            R(
                "Общий сбор наставников и наставляемых",
                "ноябрь",
                "куратор наставничества",
                "5.1",
                mo(11),
                [KUR],
                result="знакомство участников",
            ),
            R(
                "Закрепление пар и групп приказом директора",
                "ноябрь",
                "директор школы",
                "5.4",
                mo(11),
                [DIR],
                result="приказ",
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар или групп",
        [
            R("Первая встреча пар", "ноябрь", "наставники", "6.1", mo(11), [NAST], result="план знакомства"),
            R(
                "Составление планов работы пар",
                "ноябрь – декабрь",
                "наставники, куратор наставничества",
                "6.3",
                rg(11, 12),
                [NAST, KUR],
                result="планы",
            ),
            R(
                "Встречи наставников с наставляемыми",
                "постоянно",
                "наставники",
                "6.4",
                CONT,
                [NAST],
                result="журнал встреч",
            ),
            R(
                "Совещание при директоре «О ходе реализации программы наставничества»",
                "январь",
                "директор школы",
                None,
                mo(1),
                [DIR],
                result="справка",
            ),
            R(
                "Сбор обратной связи",
                "II полугодие",
                "педагог-психолог",
                "6.5",
                rg(1, 5),
                [PSY],
                result="анкеты",
            ),
            R(
                "Групповая встреча всех пар «Итоги года»",
                "апрель",
                "ЗДВР",
                "6.7",
                mo(4),
                [VR],
                result="рефлексия",
            ),
            R(
                "Мониторинг удовлетворённости участием",
                "май",
                "педагог-психолог",
                "6.8",
                mo(5),
                [PSY],
                result="аналитическая справка",
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Приглашение родителей, партнёров, представителей администрации района на итоговое мероприятие",
                "май",
                "советник директора по воспитанию",
                "7.1",
                mo(5),
                [SOV],
                result="список гостей",
            ),
            R(
                "Итоговое мероприятие, награждение лучших наставников",
                "май",
                "директор школы, ЗДВР",
                "7.2",
                mo(5),
                [DIR, VR],
                result="грамоты",
            ),
            R(
                "Мониторинг качества реализации программы",
                "май – июнь",
                "куратор наставничества",
                "7.3",
                rg(5, 6),
                [KUR],
                result="отчёт",
            ),
            R(
                "Внесение итогов в базы наставников и наставляемых",
                "июнь",
                "куратор наставничества",
                "7.7",
                mo(6),
                [KUR],
                result="обновлённые базы",
            ),
            R(
                "Публикация итогов на сайте школы",
                "июнь",
                "ответственный за сайт",
                "7.6",
                mo(6),
                [OTH],
                result="новость на сайте",
            ),
            R(
                "Представление лучших наставников к поощрению",
                "июнь",
                "директор школы",
                None,
                mo(6),
                [DIR],
                result="ходатайство",
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "ежегодно",
                "куратор наставничества",
                "7.8",
                ANNUAL,
                [KUR],
                result="база наставников",
            ),
        ],
    ),
]


def build_belgorod(folder: Path) -> int:
    doc = new_document(landscape=False, size=11)
    para(doc, "Утверждаю", align="r")
    para(doc, "Директор школы ___________ Н.И. Болотова", align="r")
    para(doc, "Приказ от 31 августа 2023 г. № 214", align="r")
    para(doc, "")
    para(
        doc,
        f"Дорожная карта внедрения целевой модели наставничества\n{S6_ORG}\nна 2023-2024 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "")
    table = grid_table(doc, ["Мероприятие", "Сроки", "Ответственные", "Планируемый результат"])
    for sec in S6:
        add_merged(table, sec.heading)
        for row in sec.rows:
            add_cells(table, [row.text, row.date, row.resp, row.result])
    widths(table, [7.4, 2.8, 3.6, 4.2])
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "dk.pdf"
        docx_to(doc, "pdf", pdf, stem="dk")
        res = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
            check=True,
            capture_output=True,
        )
    (folder / "dorozhnaya_karta_2023-2024.txt").write_bytes(res.stdout)
    write_truth(folder, S6_ORG, S6_YEAR, truth_of(S6, S6_YEAR))
    return sum(len(s.rows) for s in S6)


# =========================================================================== 7: Kirov, JPEG
# A one-page roadmap printed and photographed with a phone.

S7_ORG = "КОГОБУ СШ пгт Пижанка"
S7_YEAR = 2025
S7_SEED = 20251007

S7: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении наставничества, назначение куратора",
                "до 01.09.2025",
                "директор",
                None,
                dl(1, 9, 2025),
                [DIR],
            ),
            R(
                "Педсовет: информирование коллектива о программе",
                "август 2025",
                "директор",
                "1.1",
                mo(8, 2025),
                [DIR],
            ),
            R("Информирование родителей на собраниях", "сентябрь", "кл. руководители", "1.2", mo(9), [KL]),
            R("Классные часы для уч-ся 5–11 кл.", "сентябрь", "кл. руководители", "1.4", mo(9), [KL]),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование желающих стать наставляемыми, сбор согласий",
                "сентябрь",
                "педагог-психолог",
                "2.1",
                mo(9),
                [PSY],
            ),
            R("Формирование базы наставляемых", "октябрь", "куратор", "2.3", mo(10), [KUR]),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R("Анкетирование потенциальных наставников", "октябрь", "куратор", "3.3", mo(10), [KUR]),
            R("Формирование базы наставников", "октябрь", "куратор", "3.4", mo(10), [KUR]),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Обучение наставников (ИРО Кировской области)",
                "ноябрь",
                "зам. директора по УВР",
                "4.4",
                mo(11),
                [UVR],
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар",
        [
            R("Общая встреча наставников и наставляемых", "ноябрь", "куратор", "5.1", mo(11), [KUR]),
            R("Закрепление пар приказом", "ноябрь", "директор", "5.4", mo(11), [DIR]),
        ],
    ),
    Section(
        6,
        "Работа наставнических пар",
        [
            R("Первая встреча пар", "декабрь", "наставники", "6.1", mo(12), [NAST]),
            R("Регулярные встречи пар", "декабрь – апрель", "наставники", "6.4", rg(12, 4), [NAST]),
            R("Сбор обратной связи", "февраль", "педагог-психолог", "6.5", mo(2), [PSY]),
            R("Итоговая встреча всех пар", "апрель", "куратор", "6.7", mo(4), [KUR]),
            R("Анкетирование удовлетворённости", "май", "педагог-психолог", "6.8", mo(5), [PSY]),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Торжественное мероприятие, награждение лучших наставников",
                "май",
                "директор, зам. директора по ВР",
                "7.2",
                mo(5),
                [DIR, VR],
            ),
            R("Публикация итогов на сайте школы", "июнь", "отв. за сайт", "7.6", mo(6), [OTH]),
            R(
                "Отчёт о реализации программы в управление образования",
                "до 10.06.2026",
                "зам. директора по УВР",
                None,
                dl(10, 6, 2026),
                [UVR],
            ),
        ],
    ),
]


def build_kirov(folder: Path) -> int:
    doc = new_document(landscape=False, size=12)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Директор КОГОБУ СШ пгт Пижанка", align="r")
    para(doc, "_________ С.А. Шишкина", align="r")
    para(doc, "")
    para(
        doc,
        f"Дорожная карта реализации программы наставничества\nв {S7_ORG} на 2025-2026 уч. год",
        bold=True,
        align="c",
        size=14,
    )
    para(doc, "")
    table = grid_table(doc, ["№", "Мероприятие", "Сроки", "Ответственный"])
    n = 0
    for sec in S7:
        add_merged(table, sec.heading)
        for row in sec.rows:
            n += 1
            add_cells(table, [str(n), row.text, row.date, row.resp])
    widths(table, [1.0, 9.6, 3.2, 4.2])
    para(doc, "")
    para(doc, "Зам. директора по УВР ____________ Н.А. Вершинина")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "dk.pdf"
        docx_to(doc, "pdf", pdf, stem="dk")
        assert pdf_pages(pdf) == 1, "the photographed roadmap must fit on one page"
        page = render_page(pdf.read_bytes(), 0, 150)
    photo = photo_of(page, np.random.default_rng(S7_SEED))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=72)
    (folder / "IMG_20251007_142358.jpg").write_bytes(buf.getvalue())
    write_truth(folder, S7_ORG, S7_YEAR, truth_of(S7, S7_YEAR))
    return n


# =========================================================================== 8: Karelia, ODT
# A college: stage column merged down, «Содержание деятельности» and a separate «Форма
# проведения» column, rows numbered through.

S8_ORG = "ГБПОУ РК «Медвежьегорский агротехнический колледж»"
S8_YEAR = 2024

S8: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Ознакомление педагогического коллектива с программой наставничества колледжа",
                "Август 2024 г.",
                "Директор, зам. директора по УР",
                "1.1",
                mo(8, 2024),
                [DIR, UVR],
                form="Педагогический совет",
            ),
            R(
                "Назначение куратора программы наставничества, утверждение рабочей группы",
                "до 02.09.2024",
                "Директор",
                None,
                dl(2, 9, 2024),
                [DIR],
                form="Приказ директора",
            ),
            R(
                "Информирование родителей студентов 1–2 курсов о программе наставничества",
                "Сентябрь",
                "Кураторы групп, зам. директора по ВР",
                "1.2",
                mo(9),
                [KL, VR],
                form="Родительское собрание (онлайн)",
            ),
            R(
                "Знакомство студентов с программой наставничества",
                "Сентябрь",
                "Кураторы групп",
                "1.4",
                mo(9),
                [KL],
                form="Кураторские часы",
            ),
            R(
                "Встреча с выпускниками колледжа и работодателями — социальными партнёрами",
                "Октябрь",
                "Руководитель ЦСТВ, заведующие отделениями",
                "1.3",
                mo(10),
                [OTH],
                form="Круглый стол",
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Выявление студентов, нуждающихся в поддержке (адаптация первокурсников, академические задолженности); согласия совершеннолетних на обработку ПД",
                "Сентябрь – октябрь",
                "Педагог-психолог, кураторы групп",
                "2.1",
                rg(9, 10),
                [PSY, KL],
                form="Анкетирование",
            ),
            R(
                "Сбор сведений о запросах наставляемых от кураторов, мастеров п/о, социального педагога, родителей; согласия законных представителей несовершеннолетних студентов",
                "Октябрь",
                "Социальный педагог",
                "2.2",
                mo(10),
                [SOC],
                form="Собеседование, опрос",
            ),
            R(
                "Формирование базы наставляемых",
                "до 31.10.2024",
                "Куратор программы",
                "2.3",
                dl(31, 10, 2024),
                [KUR],
                form="Электронная база",
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "Определение форм наставничества: «студент – студент», «работодатель – студент», «педагог – педагог»",
                "Сентябрь",
                "Рабочая группа",
                "3.1",
                mo(9),
                [OTH],
                form="Заседание рабочей группы",
            ),
            R(
                "Входная диагностика наставляемых",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                mo(10),
                [PSY],
                form="Тестирование",
            ),
            R(
                "Привлечение наставников из числа преподавателей, мастеров п/о, студентов старших курсов и представителей предприятий; сбор согласий на обработку ПД",
                "Октябрь",
                "Куратор программы, заведующие отделениями",
                "3.3",
                mo(10),
                [KUR, OTH],
                form="Анкетирование",
            ),
            R(
                "Формирование базы наставников",
                "Ноябрь",
                "Куратор программы",
                "3.4",
                mo(11),
                [KUR],
                form="Электронная база",
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники по заданным параметрам",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                mo(11),
                [PSY],
                form="Тестирование, анкетирование",
            ),
            R(
                "Собеседование с кандидатами в наставники",
                "Ноябрь",
                "Зам. директора по УР, педагог-психолог",
                "4.2",
                mo(11),
                [UVR, PSY],
                form="Индивидуальное собеседование",
            ),
            R(
                "Подбор материалов и экспертов для обучения наставников (в т.ч. ресурсы КИРО)",
                "Ноябрь",
                "Методист",
                "4.3",
                mo(11),
                [MET],
                form="Методическая работа",
            ),
            R(
                "Обучение наставников",
                "Декабрь",
                "Методист, педагог-психолог",
                "4.4",
                mo(12),
                [MET, PSY],
                form="Семинар-практикум «Наставник в СПО»",
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "Декабрь",
                "Куратор программы, советник директора по воспитанию",
                "5.1",
                mo(12),
                [KUR, SOV],
                form="Деловая игра",
            ),
            R(
                "Анкетирование участников по итогам групповой встречи",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                mo(12),
                [PSY],
                form="Анкетирование",
            ),
            R(
                "Формирование наставнических пар и групп",
                "Декабрь",
                "Рабочая группа",
                "5.3",
                mo(12),
                [OTH],
                form="Заседание рабочей группы",
            ),
            R(
                "Закрепление пар / групп",
                "до 20.12.2024",
                "Директор",
                "5.4",
                dl(20, 12, 2024),
                [DIR],
                form="Приказ директора",
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар / групп",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.1",
                mo(1),
                [NAST],
                form="Встреча",
            ),
            R(
                "Встреча-планирование, составление индивидуального плана",
                "Январь",
                "Наставники, кураторы групп",
                "6.3",
                mo(1),
                [NAST, KL],
                form="Встреча",
            ),
            R(
                "Регулярная работа в парах: консультации, подготовка к демонстрационному экзамену и чемпионату «Профессионалы»",
                "Январь – май",
                "Наставники, мастера п/о",
                "6.4",
                rg(1, 5),
                [NAST, PED],
                form="Индивидуальные и групповые занятия",
            ),
            R(
                "Промежуточный контроль работы наставнических пар",
                "Март",
                "Заведующие отделениями",
                None,
                mo(3),
                [OTH],
                form="Проверка документации наставников",
            ),
            R(
                "Сбор обратной связи от участников",
                "Март",
                "Педагог-психолог",
                "6.5",
                mo(3),
                [PSY],
                form="Онлайн-опрос",
            ),
            R(
                "Заключительная встреча всех наставнических пар",
                "Май",
                "Зам. директора по УР",
                "6.7",
                mo(5),
                [UVR],
                form="Конференция",
            ),
            R(
                "Мониторинг удовлетворённости участием в программе",
                "Май",
                "Педагог-психолог",
                "6.8",
                mo(5),
                [PSY],
                form="Анкетирование",
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "Подведение итогов программы, награждение лучших наставников",
                "Июнь",
                "Директор, зам. директора по ВР",
                "7.2",
                mo(6),
                [DIR, VR],
                form="Торжественное мероприятие",
            ),
            R(
                "Мониторинг качества реализации программы",
                "Июнь",
                "Куратор программы",
                "7.3",
                mo(6),
                [KUR],
                form="Анализ, справка",
            ),
            R(
                "Оформление лучших практик наставничества в кейсы",
                "Июнь",
                "Методист, руководители ПЦК",
                "7.5",
                mo(6),
                [MET, SHMO],
                form="Сборник кейсов",
            ),
            R(
                "Публикация итогов на сайте колледжа и в сообществе ВКонтакте",
                "Июнь",
                "Советник директора по воспитанию",
                "7.6",
                mo(6),
                [SOV],
                form="Публикация",
            ),
            R(
                "Отчёт в Министерство образования и спорта Республики Карелия",
                "до 01.07.2025",
                "Зам. директора по УР",
                None,
                dl(1, 7, 2025),
                [UVR],
                form="Отчёт",
            ),
            R(
                "Пополнение долгосрочной базы наставников (в т.ч. из числа работодателей)",
                "в течение года",
                "Куратор программы",
                "7.8",
                CONT,
                [KUR],
                form="Электронная база",
            ),
        ],
    ),
]


def build_karelia(folder: Path) -> int:
    doc = new_document(landscape=True, size=11)
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    set_cell(
        head.cell(0, 0),
        "СОГЛАСОВАНО\nна заседании педагогического совета\nпротокол № 1 от 30.08.2024",
    )
    set_cell(
        head.cell(0, 1),
        f"УТВЕРЖДАЮ\nДиректор {S8_ORG}\n____________ С.В. Хейккинен\n«30» августа 2024 г.",
    )
    para(doc, "")
    para(
        doc,
        "Дорожная карта\nреализации целевой модели наставничества обучающихся\n"
        f"в {S8_ORG} на 2024/2025 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    para(doc, "")
    headers = [
        "№ п/п",
        "Этап",
        "Содержание деятельности",
        "Форма проведения",
        "Сроки",
        "Ответственные",
    ]
    table = grid_table(doc, headers)
    n = 0
    for sec in S8:
        assert sec.stage is not None
        first_row = len(table.rows)
        for row in sec.rows:
            n += 1
            add_cells(table, [f"{n}.", "", row.text, row.form, row.date, row.resp])
        last_row = len(table.rows) - 1
        merged = table.cell(first_row, 1).merge(table.cell(last_row, 1))
        set_cell(merged, f"Этап {sec.stage}. {sec.heading}", bold=True)
    widths(table, [1.2, 4.2, 9.0, 4.3, 3.0, 5.0])
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ А.А. Лампинен")
    docx_to(doc, "odt", folder / "dorozhnaya_karta_nastavnichestvo.odt", stem="dk")
    write_truth(folder, S8_ORG, S8_YEAR, truth_of(S8, S8_YEAR))
    return n


# =========================================================================== main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "sakhalin_korsakov2_docx": build_sakhalin,
    "udmurtia_vavozh_pdf": build_udmurtia,
    "pskov_pechory3_xlsx": build_pskov,
    "dagestan_novokayakent_html": build_dagestan,
    "novosibirsk_iskitim5_rtf": build_novosibirsk,
    "belgorod_razumnoe4_txt": build_belgorod,
    "kirov_pizhanka_jpg": build_kirov,
    "karelia_medvezhyegorsk_college_odt": build_karelia,
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
