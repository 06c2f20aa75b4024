"""Build the held-out roadmaps of data/holdout7/<name>/ (one input file + truth.json each).

Run from /work/main: ``.venv/bin/python -m data.holdout7.build``

Eight roadmaps of eight organizations (three schools, a lyceum, two kindergartens, two
colleges), academic years 2020-2025, each written the way its own deputy director would retell
the federal list: own wording, event names, omitted and reordered rows, administrative extras.
Every printed row carries its hand label next to its text, so the input file and truth.json
come from the same data.  A date label is a small spec expanded by ``expand``:

    ("m", month[, year])                 «Сентябрь», «Май 2025г»     -> month
    ("r", m1, m2[, y1, y2])              «октябрь – апрель»          -> range
    ("dl", day, month[, year])           «до 1 октября», «до 20.09»  -> deadline
    ("d", day, month, year)              «29.08.2023»                -> day
    ("c",)                               «в течение года»            -> continuous
    ("u",)                               «по мере необходимости», "" -> unspecified
    ("a",)                               «Ежегодно»                  -> unspecified, annual

A month without a year belongs to the academic year Y of the title (Sept-Dec -> Y,
Jan-Aug -> Y+1); an explicit year wins.  Each builder rewrites its folder from scratch.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import math
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

import numpy as np
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
from PIL import Image

from data.build_format_samples import render_page, scan_page

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- labels

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

CONT: FlagSpec = ("c",)
UNSPEC: FlagSpec = ("u",)
ANNUAL: FlagSpec = ("a",)

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
STAGE_SIZES = {1: 4, 2: 3, 3: 4, 4: 4, 5: 4, 6: 8, 7: 8}
ACTIVITY_IDS = frozenset(f"{s}.{i}" for s, n in STAGE_SIZES.items() for i in range(1, n + 1))


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


@dataclass(frozen=True)
class Row:
    """One printed activity row: what is printed and the hand label.

    ``date`` is a ``datetime`` only where a spreadsheet cell holds a real date value.
    ``extra`` is the text of an additional column (expected result), when the table has one.
    """

    aid: str | None
    text: str
    date: str | dt.datetime
    spec: DateSpec
    resp: str
    roles: tuple[str, ...]
    extra: str = ""


def R(
    aid: str | None,
    text: str,
    date: str | dt.datetime,
    spec: DateSpec,
    resp: str,
    roles: str,
    extra: str = "",
) -> Row:
    """A row; ``roles`` is a space-separated list of role codes in printed order."""
    codes = tuple(roles.split())
    assert all(c in ROLE_CODES for c in codes), (text, codes)
    assert len(set(codes)) == len(codes), (text, codes)
    assert aid is None or aid in ACTIVITY_IDS, (text, aid)
    return Row(aid, text, date, spec, resp, codes, extra)


@dataclass(frozen=True)
class Section:
    """A stage block: its printed heading, the stage id it stands for, its rows."""

    stage: int | None
    heading: str
    rows: list[Row]
    note: str = field(default="")  # stage-grouped layout: the «Задача: …» lines of the stage cell


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
) -> dict[str, str | int | None]:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(spec: DateSpec, y: int) -> dict[str, str | int | None]:
    """The six date fields of truth.json for a date spec in academic year ``y``."""
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
        day = dt.date(spec[3], spec[2], spec[1])
        return _fields("day", day, day, spec[2], spec[2])
    if spec[0] == "c":
        return _fields("continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
    if spec[0] == "u":
        return _fields("unspecified")
    if spec[0] == "a":
        return _fields("unspecified", recurrence="annual")
    raise ValueError(spec)  # pragma: no cover - a typo in a spec below


def _opt_str(v: str | int | None) -> str | None:
    assert v is None or isinstance(v, str)
    return v


def _opt_int(v: str | int | None) -> int | None:
    assert v is None or isinstance(v, int)
    return v


def truth_rows(sections: Sequence[Section], y: int) -> list[TruthActivity]:
    """truth.json activities in reading order; a row's stage is its section's stage."""
    out: list[TruthActivity] = []
    for sec in sections:
        for row in sec.rows:
            if row.aid is not None and sec.stage is not None:
                assert row.aid.split(".")[0] == str(sec.stage), (sec.heading, row.text)
            d = expand(row.spec, y)
            kind = d["date_kind"]
            assert isinstance(kind, str)
            out.append(
                {
                    "text": row.text,
                    "activity_id": row.aid,
                    "stage_id": sec.stage,
                    "date_kind": kind,
                    "date_start": _opt_str(d["date_start"]),
                    "date_end": _opt_str(d["date_end"]),
                    "month_start": _opt_int(d["month_start"]),
                    "month_end": _opt_int(d["month_end"]),
                    "recurrence": _opt_str(d["recurrence"]),
                    "roles": list(row.roles),
                }
            )
    assert 18 <= len(out) <= 40, len(out)
    return out


def write_truth(folder: Path, org: str, y: int, sections: Sequence[Section]) -> int:
    activities = truth_rows(sections, y)
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
    return len(activities)


def fresh(name: str) -> Path:
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    return folder


def all_rows(sections: Sequence[Section]) -> list[Row]:
    return [r for s in sections for r in s.rows]


def date_text(row: Row) -> str:
    assert isinstance(row.date, str), row.text
    return row.date


# --------------------------------------------------------------------------- self-checks


def squash(text: str) -> str:
    """Text without any whitespace, for «is every printed row in the file» checks."""
    return re.sub(r"\s+", "", text)


def assert_texts_in(haystack: str, rows: Sequence[Row], what: str) -> None:
    flat = squash(haystack)
    missing = [r.text for r in rows if squash(r.text) not in flat]
    assert not missing, (what, missing)


def assert_words_in(haystack: str, rows: Sequence[Row], what: str) -> None:
    """Weaker check for PDF text, where pdftotext interleaves wrapped cells of one table row."""
    words = set(haystack.split())
    missing = [r.text for r in rows if not set(r.text.split()) <= words]
    assert not missing, (what, missing)


def docx_all_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for tr in t.rows:
            parts.extend(c.text for c in tr.cells)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    res = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, timeout=120
    )
    return res.stdout.decode("utf-8")


def pdf_pages(path: Path) -> int:
    res = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, timeout=60)
    m = re.search(r"^Pages:\s+(\d+)", res.stdout.decode("utf-8", "replace"), re.MULTILINE)
    assert m is not None
    return int(m.group(1))


# --------------------------------------------------------------------------- office helpers


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert ``src`` with LibreOffice (own profile) and copy the result to ``out``."""
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


def new_document(landscape: bool, size: float = 11.0) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.0) if not landscape else Cm(1.5)
    sec.right_margin = Cm(1.0) if not landscape else Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


Align: TypeAlias = Literal["c", "r", "l"]


def para(
    doc: DocxDocument, text: str, bold: bool = False, align: Align = "l", size: float | None = None
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


def set_cell(cell: _Cell, text: str, bold: bool = False, align: Align = "l") -> None:
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


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for tr in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(tr.cells):
                tr.cells[idx].width = Cm(w)


def add_header(table: Table, headers: Sequence[str]) -> None:
    hdr = table.add_row()  # type: ignore[no-untyped-call]
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, align="c")


def add_section_row(table: Table, text: str, n: int) -> None:
    tr = table.add_row()  # type: ignore[no-untyped-call]
    merged = tr.cells[0].merge(tr.cells[n - 1])
    set_cell(merged, text, bold=True, align="c")


def add_cells(table: Table, cells: Sequence[str]) -> None:
    tr = table.add_row()  # type: ignore[no-untyped-call]
    for i, val in enumerate(cells):
        set_cell(tr.cells[i], val)


SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


def wrapped_lines(text: str, width_cm: float, size_pt: float) -> int:
    """How many lines ``text`` takes in a table cell of ``width_cm`` (greedy word wrap)."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(SERIF), size=100)
    avail = (width_cm - 0.4) / 2.54 * 72 * 100 / size_pt  # in 100-pt font units
    lines, cur = 1, ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if font.getlength(trial) <= avail or not cur:
            cur = trial
        else:
            lines += 1
            cur = word
    return lines


# =========================================================================== 1: stage-grouped DOCX
# МБОУ «СОШ № 19» г. Новочебоксарска (Чувашия), 2023/2024. One table row per stage: the stage
# cell holds the stage name and its task, the content cell numbered sub-items, the dates and
# responsible cells one line per sub-item, padded with empty lines to stay level.

ORG1 = "МБОУ «СОШ № 19» г. Новочебоксарска"
Y1 = 2023

SECTIONS1 = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Издание приказа «О внедрении целевой модели наставничества в 2023/2024 уч. году», назначение куратора программы",
                "до 01.09.2023",
                ("dl", 1, 9, 2023),
                "Директор",
                "director",
            ),
            R(
                "1.1",
                "Педсовет «Наставничество в школе: зачем и как» — знакомство пед. коллектива с программой наставничества",
                "29.08.2023",
                ("d", 29, 8, 2023),
                "Директор, зам. директора по УВР",
                "director deputy_director_academic",
            ),
            R(
                "1.2",
                "Родительские собрания в 1–11 классах: информирование родителей о запуске программы",
                "Сентябрь",
                ("m", 9),
                "Кл. руководители",
                "class_teacher",
            ),
            R(
                "1.4",
                "Классные часы «Наставник рядом» (знакомство уч-ся 5–11 кл. с программой наставничества)",
                "Сентябрь – октябрь",
                ("r", 9, 10),
                "Кл. руководители, советник по воспитанию",
                "class_teacher senior_counselor",
            ),
            R(
                "1.3",
                "Встреча с выпускниками школы и представителями АО «Химпром»: рассказ о программе, приглашение к участию",
                "Октябрь",
                ("m", 10),
                "Зам. директора по ВР",
                "deputy_director_upbringing",
            ),
        ],
        "Задача: донести до коллектива, родителей и ребят, что такое наставничество и зачем оно школе",
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование уч-ся и педагогов, которые хотят получить наставника; сбор согласий на обработку ПД (с 18 лет)",
                "до 20.09",
                ("dl", 20, 9),
                "Педагог-психолог, куратор",
                "psychologist program_curator",
            ),
            R(
                "2.2",
                "Сбор сведений о запросах наставляемых у кл. руководителей, психолога, соц. педагога, родителей; согласия законных представителей",
                "Сентябрь",
                ("m", 9),
                "Кл. руководители, соц. педагог",
                "class_teacher social_pedagogue",
            ),
            R(
                "2.3",
                "Обработка анкет, формирование базы наставляемых",
                "Октябрь",
                ("m", 10),
                "Куратор программы",
                "program_curator",
            ),
        ],
        "Задача: выяснить, кому и в чём нужна помощь наставника",
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "3.1",
                "Определение форм наставничества на год («ученик – ученик», «учитель – учитель», «работодатель – ученик»)",
                "Сентябрь",
                ("m", 9),
                "Рабочая группа",
                "other",
            ),
            R(
                "3.2",
                "Входная диагностика наставляемых (мотивация, успеваемость, адаптация)",
                "Октябрь",
                ("m", 10),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "3.3",
                "Анкетирование педагогов, старшеклассников, выпускников, желающих стать наставниками; согласия на обработку ПД",
                "Октябрь",
                ("m", 10),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "3.4",
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Октябрь",
                ("m", 10),
                "Куратор, рабочая группа",
                "program_curator other",
            ),
        ],
        "Задача: найти тех, кто готов и может быть наставником",
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "4.1",
                "Оценка кандидатов в наставники по заданным параметрам",
                "Октябрь",
                ("m", 10),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "4.2",
                "Собеседование с кандидатами (при участии педагога-психолога)",
                "Октябрь",
                ("m", 10),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "4.3",
                "Подбор материалов и специалистов для обучения наставников (в т.ч. ресурсы ЧРИО)",
                "Октябрь – ноябрь",
                ("r", 10, 11),
                "Зам. директора по НМР",
                "deputy_director",
            ),
            R(
                "4.4",
                "Семинар-практикум «Школа наставника» (3 занятия)",
                "Ноябрь",
                ("m", 11),
                "Зам. директора по НМР, руководители ШМО",
                "deputy_director head_of_methodical_association",
            ),
        ],
        "Задача: отобрать наставников под запросы наставляемых и подготовить их к работе",
    ),
    Section(
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "5.1",
                "«Ярмарка наставников» — общая встреча наставников и наставляемых",
                "Ноябрь",
                ("m", 11),
                "Куратор, советник по воспитанию",
                "program_curator senior_counselor",
            ),
            R(
                "5.2",
                "Анкетирование после ярмарки: кого хотели бы видеть своим наставником / наставляемым",
                "Ноябрь",
                ("m", 11),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "5.3",
                "Анализ анкет, составление пар и групп",
                "Ноябрь",
                ("m", 11),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "5.4",
                "Приказ о закреплении наставнических пар/групп, доведение до участников",
                "до 1 декабря",
                ("dl", 1, 12),
                "Директор",
                "director",
            ),
        ],
        "Задача: сформировать пары и группы, подходящие друг другу",
    ),
    Section(
        6,
        "Организация работы наставнических пар / групп",
        [
            R(
                "6.1",
                "Первая, организационная встреча в паре",
                "Декабрь",
                ("m", 12),
                "Наставники",
                "mentors",
            ),
            R("6.2", "Пробная рабочая встреча", "Декабрь", ("m", 12), "Наставники", "mentors"),
            R(
                "6.3",
                "Встреча-планирование: составление индивидуального плана развития наставляемого",
                "Декабрь",
                ("m", 12),
                "Наставники, куратор",
                "mentors program_curator",
            ),
            R(
                "6.4",
                "Регулярные встречи наставников и наставляемых по плану",
                "Январь – апрель",
                ("r", 1, 4),
                "Наставники",
                "mentors",
            ),
            R(
                "6.5",
                "Промежуточная обратная связь от участников (анкеты, беседы)",
                "Февраль, апрель",
                ("m", 2),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "6.6",
                "Заключительная встреча наставника и наставляемого",
                "Апрель",
                ("m", 4),
                "Наставники",
                "mentors",
            ),
            R(
                "6.7",
                "Круглый стол всех пар и групп «Наши шаги»",
                "Май",
                ("m", 5),
                "Куратор, зам. директора по УВР",
                "program_curator deputy_director_academic",
            ),
            R(
                "6.8",
                "Анкетирование участников: удовлетворённость участием в программе",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
        "Задача: наладить продуктивную работу в парах и группах",
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "7.1",
                "Приглашения на фестиваль наставничества участникам, родителям, партнёрам, специалистам управления образования",
                "Май",
                ("m", 5),
                "Советник по воспитанию",
                "senior_counselor",
            ),
            R(
                "7.2",
                "Фестиваль «Вместе — к успеху»: итоги года, награждение лучших наставников",
                "Май",
                ("m", 5),
                "Директор, зам. директора по ВР",
                "director deputy_director_upbringing",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы наставничества",
                "Май",
                ("m", 5),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "7.4",
                "Итоговая диагностика участников (повторный замер показателей)",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "7.5",
                "Оформление лучших практик наставничества в кейсы",
                "Июнь",
                ("m", 6),
                "Руководители ШМО",
                "head_of_methodical_association",
            ),
            R(
                "7.6",
                "Размещение итогов, кейсов, информации о лучших наставниках на сайте школы и в группе ВК",
                "Июнь",
                ("m", 6),
                "Ответственный за сайт",
                "other",
            ),
            R(
                None,
                "Отчёт о реализации дорожной карты в управление образования",
                "до 15 июня",
                ("dl", 15, 6),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "7.7",
                "Обновление базы наставников и базы наставляемых по итогам года",
                "Июнь",
                ("m", 6),
                "Куратор программы",
                "program_curator",
            ),
        ],
        "Задача: подвести итоги, отметить лучших, сохранить опыт",
    ),
]


def build_1(name: str) -> int:
    folder = fresh(name)
    size = 11.0
    widths = (1.0, 3.9, 7.1, 2.5, 3.5)
    doc = new_document(landscape=False, size=size)
    para(doc, "УТВЕРЖДЁН", align="r")
    para(doc, f"приказом директора {ORG1}", align="r")
    para(doc, "от 31.08.2023 № 214-о", align="r")
    para(doc, "")
    para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c", size=13)
    para(
        doc,
        f"по внедрению целевой модели наставничества в {ORG1} на 2023/2024 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    para(doc, "")
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    add_header(table, ["№ п/п", "Наименование этапа", "Содержание деятельности", "Сроки", "Ответственные"])
    for num, sec in enumerate(SECTIONS1, start=1):
        content: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for i, row in enumerate(sec.rows, start=1):
            item = f"{i}. {row.text}"
            d = date_text(row)
            h = max(
                wrapped_lines(item, widths[2], size),
                wrapped_lines(d, widths[3], size),
                wrapped_lines(row.resp, widths[4], size),
            )
            for lines, text, w in (
                (content, item, widths[2]),
                (dates, d, widths[3]),
                (resps, row.resp, widths[4]),
            ):
                lines.append(text)
                lines.extend([""] * (h - wrapped_lines(text, w, size)))
        tr = table.add_row()
        set_cell(tr.cells[0], f"{num}.")
        set_cell(tr.cells[1], f"{sec.heading}\n{sec.note}")
        tr.cells[1].paragraphs[0].runs[0].bold = True
        set_cell(tr.cells[2], "\n".join(content).rstrip("\n"))
        set_cell(tr.cells[3], "\n".join(dates).rstrip("\n"))
        set_cell(tr.cells[4], "\n".join(resps).rstrip("\n"))
    set_widths(table, widths)
    para(doc, "")
    para(doc, "Куратор программы наставничества  ______________  Н.В. Алексеева")
    path = folder / "roadmap_2023_2024.docx"
    doc.save(str(path))
    assert_texts_in(docx_all_text(path), all_rows(SECTIONS1), name)
    return write_truth(folder, ORG1, Y1, SECTIONS1)


# =========================================================================== 2: college, landscape PDF
# ГБПОУ «Кунгурский автотранспортный колледж» (Пермский край), 2022/2023. A DOCX table with a
# result column, saved to PDF by LibreOffice; stage rows span the table.

ORG2 = "ГБПОУ «Кунгурский автотранспортный колледж»"
Y2 = 2022

SECTIONS2 = [
    Section(
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Издание приказа «О внедрении целевой модели наставничества в колледже», назначение куратора программы",
                "Сентябрь 2022 г.",
                ("m", 9, 2022),
                "Директор",
                "director",
                "Приказ",
            ),
            R(
                None,
                "Разработка и утверждение Положения о наставничестве и программы наставничества колледжа",
                "до 30.09.2022",
                ("dl", 30, 9, 2022),
                "Зам. директора по УР, методист",
                "deputy_director_academic methodologist",
                "Положение, программа наставничества",
            ),
            R(
                "1.1",
                "Информирование педагогического коллектива о программе наставничества на заседании педагогического совета",
                "Сентябрь 2022 г.",
                ("m", 9, 2022),
                "Зам. директора по УР",
                "deputy_director_academic",
                "Протокол педсовета",
            ),
            R(
                "1.4",
                "Собрания в учебных группах 1–2 курсов: знакомство студентов с программой наставничества",
                "Сентябрь – октябрь 2022 г.",
                ("r", 9, 10, 2022, 2022),
                "Кураторы групп",
                "class_teacher",
                "Студенты проинформированы",
            ),
            R(
                "1.2",
                "Информирование родителей (законных представителей) студентов первого курса на родительских собраниях",
                "Октябрь 2022 г.",
                ("m", 10, 2022),
                "Зам. директора по ВР, кураторы групп",
                "deputy_director_upbringing class_teacher",
                "Протоколы родительских собраний",
            ),
            R(
                "1.3",
                "Встреча с выпускниками колледжа и представителями предприятий-партнёров (ООО «Автоколонна 1825», ООО «СТО Мотор») о целях и задачах программы",
                "Октябрь 2022 г.",
                ("m", 10, 2022),
                "Руководитель центра содействия трудоустройству выпускников",
                "other",
                "Привлечение партнёров к программе",
            ),
        ],
    ),
    Section(
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование студентов и молодых преподавателей, желающих участвовать в программе в роли наставляемых; сбор согласий на обработку персональных данных от совершеннолетних",
                "Октябрь 2022 г.",
                ("m", 10, 2022),
                "Педагог-психолог, кураторы групп",
                "psychologist class_teacher",
                "Анкеты, согласия",
            ),
            R(
                "2.2",
                "Сбор информации о наставляемых от кураторов групп, мастеров п/о, социального педагога; согласия родителей несовершеннолетних студентов",
                "Октябрь 2022 г.",
                ("m", 10, 2022),
                "Социальный педагог",
                "social_pedagogue",
                "Согласия законных представителей",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых по отделениям",
                "Ноябрь 2022 г.",
                ("m", 11, 2022),
                "Заведующие отделениями",
                "other",
                "База наставляемых",
            ),
        ],
    ),
    Section(
        3,
        "3. Формирование базы наставников",
        [
            R(
                "3.1",
                "Определение форм наставничества: «студент – студент», «работодатель – студент», «педагог – педагог»",
                "Октябрь 2022 г.",
                ("m", 10, 2022),
                "Методический совет",
                "other",
                "Решение методического совета",
            ),
            R(
                "3.3",
                "Анкетирование кандидатов в наставники из числа преподавателей, мастеров п/о, студентов старших курсов и специалистов предприятий; согласия на обработку ПД",
                "Ноябрь 2022 г.",
                ("m", 11, 2022),
                "Методист",
                "methodologist",
                "Анкеты кандидатов",
            ),
            R(
                "3.2",
                "Входной мониторинг наставляемых (успеваемость, посещаемость, учебная мотивация)",
                "Ноябрь 2022 г.",
                ("m", 11, 2022),
                "Педагог-психолог",
                "psychologist",
                "Результаты входной диагностики",
            ),
            R(
                "3.4",
                "Формирование базы наставников колледжа",
                "Ноябрь 2022 г.",
                ("m", 11, 2022),
                "Методист",
                "methodologist",
                "База наставников",
            ),
        ],
    ),
    Section(
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "4.2",
                "Собеседование с кандидатами в наставники",
                "Декабрь 2022 г.",
                ("m", 12, 2022),
                "Зам. директора по УПР, педагог-психолог",
                "deputy_director psychologist",
                "Список наставников",
            ),
            R(
                "4.4",
                "Обучение наставников: курсы повышения квалификации «Наставничество в системе СПО» (ИРО Пермского края)",
                "Декабрь 2022 г. – январь 2023 г.",
                ("r", 12, 1, 2022, 2023),
                "Методист",
                "methodologist",
                "Удостоверения о повышении квалификации",
            ),
        ],
    ),
    Section(
        5,
        "5. Формирование наставнических пар или групп",
        [
            R(
                "5.1",
                "Общая встреча наставников и наставляемых в формате «быстрых знакомств»",
                "Январь 2023 г.",
                ("m", 1, 2023),
                "Куратор программы",
                "program_curator",
                "Знакомство участников",
            ),
            R(
                "5.2",
                "Анкетирование по итогам встречи: выбор предпочитаемого наставника",
                "Январь 2023 г.",
                ("m", 1, 2023),
                "Педагог-психолог",
                "psychologist",
                "Анкеты",
            ),
            R(
                "5.4",
                "Закрепление наставнических пар и групп приказом директора",
                "Февраль 2023 г.",
                ("m", 2, 2023),
                "Директор",
                "director",
                "Приказ",
            ),
        ],
    ),
    Section(
        6,
        "6. Организация работы наставнических пар или групп",
        [
            R(
                "6.1",
                "Первая организационная встреча наставника и наставляемого",
                "Февраль 2023 г.",
                ("m", 2, 2023),
                "Наставники",
                "mentors",
                "Знакомство, правила работы",
            ),
            R(
                "6.3",
                "Встреча-планирование: составление плана работы пары",
                "Февраль 2023 г.",
                ("m", 2, 2023),
                "Наставники, наставляемые",
                "mentors other",
                "План работы пары",
            ),
            R(
                "6.4",
                "Регулярные встречи пар по индивидуальным планам",
                "Февраль – июнь 2023 г.",
                ("r", 2, 6, 2023, 2023),
                "Наставники",
                "mentors",
                "Журнал встреч",
            ),
            R(
                "6.5",
                "Сбор обратной связи от наставников и наставляемых (промежуточный контроль)",
                "Апрель 2023 г.",
                ("m", 4, 2023),
                "Куратор программы",
                "program_curator",
                "Анкеты обратной связи",
            ),
            R(
                None,
                "Заседание методического совета по промежуточным итогам наставничества",
                "Апрель 2023 г.",
                ("m", 4, 2023),
                "Зам. директора по УР",
                "deputy_director_academic",
                "Протокол",
            ),
            R(
                "6.6",
                "Заключительные встречи в парах",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Наставники",
                "mentors",
                "Рефлексия",
            ),
            R(
                "6.8",
                "Анкетирование «Удовлетворённость участием в программе наставничества»",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Педагог-психолог",
                "psychologist",
                "Аналитическая справка",
            ),
        ],
    ),
    Section(
        7,
        "7. Завершение наставничества",
        [
            R(
                "7.2",
                "Конкурс «Лучший наставник колледжа – 2023» и торжественное подведение итогов программы",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Директор, зам. директора по ВР",
                "director deputy_director_upbringing",
                "Награждение наставников",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы наставничества",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Зам. директора по УР",
                "deputy_director_academic",
                "Аналитическая справка",
            ),
            R(
                "7.4",
                "Итоговая оценка наставляемых (успеваемость, посещаемость, участие в чемпионате «Профессионалы»)",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Заведующие отделениями, педагог-психолог",
                "other psychologist",
                "Сравнение с входными данными",
            ),
            R(
                "7.6",
                "Публикация результатов программы и историй лучших наставников на сайте колледжа и в сообществе ВКонтакте",
                "Июнь 2023 г.",
                ("m", 6, 2023),
                "Педагог-организатор",
                "teachers",
                "Публикации",
            ),
            R(
                None,
                "Отчёт о реализации целевой модели наставничества в Министерство образования и науки Пермского края",
                "до 30.06.2023",
                ("dl", 30, 6, 2023),
                "Куратор программы",
                "program_curator",
                "Отчёт",
            ),
            R(
                "7.8",
                "Формирование базы наставников на 2023-2024 учебный год",
                "Август 2023 г.",
                ("m", 8, 2023),
                "Методист",
                "methodologist",
                "Долгосрочная база наставников",
            ),
        ],
    ),
]


def build_2(name: str) -> int:
    folder = fresh(name)
    doc = new_document(landscape=True, size=11.0)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, f"Директор {ORG2}", align="r")
    para(doc, "__________ А.Н. Шилов", align="r")
    para(doc, "«01» сентября 2022 г.", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(
        doc,
        f"реализации целевой модели наставничества обучающихся {ORG2} на 2022-2023 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "")
    headers = ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный исполнитель", "Ожидаемый результат"]
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    add_header(table, headers)
    for sec in SECTIONS2:
        add_section_row(table, sec.heading, 5)
        assert sec.stage is not None
        for i, row in enumerate(sec.rows, start=1):
            add_cells(table, [f"{sec.stage}.{i}.", row.text, date_text(row), row.resp, row.extra])
    set_widths(table, (1.4, 10.6, 3.6, 5.3, 5.8))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Дорожная карта наставничество 2022-2023.docx"
        doc.save(str(src))
        out = folder / "dorozhnaya_karta_nastavnichestvo_2022-2023.pdf"
        soffice_convert(src, "pdf", out)
    assert_words_in(pdf_text(out), all_rows(SECTIONS2), name)
    return write_truth(folder, ORG2, Y2, SECTIONS2)


# =========================================================================== 3: kindergarten, scanned PDF
# МБДОУ «Детский сад № 8 «Берёзка»» г. Ишима (Тюменская обл.), 2021/2022. A printed numbered table
# (stage rows span it), scanned: two grey page images, no text layer.

ORG3 = "МБДОУ «Детский сад № 8 «Берёзка»» г. Ишима"
Y3 = 2021

SECTIONS3 = [
    Section(
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Издание приказа о внедрении целевой модели наставничества, создание рабочей группы",
                "Сентябрь",
                ("m", 9),
                "Заведующий",
                "director",
            ),
            R(
                "1.1",
                "Информирование педагогов о программе наставничества на установочном педсовете",
                "31.08.2021",
                ("d", 31, 8, 2021),
                "Заведующий, старший воспитатель",
                "director other",
            ),
            R(
                "1.2",
                "Информирование родителей о программе наставничества (стенд, сайт, групповые родительские собрания)",
                "Сентябрь",
                ("m", 9),
                "Воспитатели групп",
                "teachers",
            ),
        ],
    ),
    Section(
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование молодых и вновь принятых педагогов (профессиональные затруднения), согласие на обработку персональных данных",
                "Сентябрь",
                ("m", 9),
                "Старший воспитатель",
                "other",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых",
                "до 1 октября",
                ("dl", 1, 10),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
    Section(
        3,
        "3. Формирование базы наставников",
        [
            R(
                "3.1",
                "Выбор формы наставничества («педагог – педагог», «опытный воспитатель – молодой специалист»)",
                "Сентябрь",
                ("m", 9),
                "Рабочая группа",
                "other",
            ),
            R(
                "3.3",
                "Анкетирование опытных педагогов, желающих стать наставниками",
                "Сентябрь",
                ("m", 9),
                "Старший воспитатель",
                "other",
            ),
            R(
                "3.4",
                "Формирование базы наставников",
                "до 1 октября",
                ("dl", 1, 10),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
    Section(
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "4.2",
                "Собеседование с педагогами-наставниками",
                "Октябрь",
                ("m", 10),
                "Заведующий, педагог-психолог",
                "director psychologist",
            ),
            R(
                "4.3",
                "Подбор методической литературы и материалов для наставников",
                "Октябрь",
                ("m", 10),
                "Старший воспитатель",
                "other",
            ),
            R(
                "4.4",
                "Консультация-практикум для наставников «Как помочь молодому воспитателю»",
                "Октябрь",
                ("m", 10),
                "Старший воспитатель, педагог-психолог",
                "other psychologist",
            ),
        ],
    ),
    Section(
        5,
        "5. Формирование наставнических пар",
        [
            R(
                "5.1",
                "Круглый стол «Давайте знакомиться»: встреча наставников и молодых специалистов",
                "Октябрь",
                ("m", 10),
                "Старший воспитатель",
                "other",
            ),
            R(
                "5.4",
                "Закрепление наставнических пар приказом заведующего",
                "Октябрь",
                ("m", 10),
                "Заведующий",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "6. Организация работы наставнических пар",
        [
            R(
                "6.3",
                "Разработка индивидуальных планов развития молодых педагогов совместно с наставниками",
                "Октябрь",
                ("m", 10),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Взаимопосещение НОД и режимных моментов, консультации наставников",
                "В течение года",
                CONT,
                "Наставники, молодые педагоги",
                "mentors teachers",
            ),
            R(
                None,
                "«Школа молодого воспитателя» (занятия 1 раз в месяц)",
                "Октябрь – апрель",
                ("r", 10, 4),
                "Старший воспитатель",
                "other",
            ),
            R(
                "6.5",
                "Анкетирование наставников и наставляемых: промежуточная обратная связь",
                "Январь",
                ("m", 1),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "6.7",
                "Педагогическая гостиная «Первые шаги в профессии» – итоговая встреча всех наставнических пар",
                "Апрель",
                ("m", 4),
                "Старший воспитатель",
                "other",
            ),
            R(
                "6.8",
                "Анкетирование «Удовлетворённость участием в наставничестве»",
                "Апрель",
                ("m", 4),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "7. Завершение наставничества",
        [
            R(
                "7.3",
                "Мониторинг реализации программы наставничества",
                "Май",
                ("m", 5),
                "Старший воспитатель",
                "other",
            ),
            R(
                "7.2",
                "Итоговый педсовет: подведение итогов, награждение наставников грамотами",
                "Май",
                ("m", 5),
                "Заведующий",
                "director",
            ),
            R(
                None,
                "Выступление наставников на городском методическом объединении",
                "Май",
                ("m", 5),
                "Наставники",
                "mentors",
            ),
            R(
                "7.5",
                "Оформление методической копилки «Из опыта наставника» (кейсы)",
                "Июнь",
                ("m", 6),
                "Наставники",
                "mentors",
            ),
            R(
                "7.6",
                "Размещение материалов о наставничестве и лучших наставниках на сайте ДОУ",
                "Июнь",
                ("m", 6),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
]

SCAN_DPI = 300
SCAN_SEED = 20211001


def build_3(name: str) -> int:
    folder = fresh(name)
    doc = new_document(landscape=False, size=12.0)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, f"Заведующий {ORG3}", align="r")
    para(doc, "____________ О.В. Сомова", align="r")
    para(doc, "Приказ № 58-од от 30.08.2021", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(
        doc,
        f"по внедрению целевой модели наставничества в {ORG3} на 2021-2022 учебный год",
        bold=True,
        align="c",
    )
    para(doc, "")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    add_header(table, ["№ п/п", "Мероприятия", "Сроки", "Ответственный"])
    for sec in SECTIONS3:
        add_section_row(table, sec.heading, 4)
        assert sec.stage is not None
        for i, row in enumerate(sec.rows, start=1):
            add_cells(table, [f"{sec.stage}.{i}", row.text, date_text(row), row.resp])
    set_widths(table, (1.3, 9.2, 3.0, 4.5))
    rng = np.random.default_rng(SCAN_SEED)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "karta.docx"
        doc.save(str(src))
        printed = Path(tmp) / "karta.pdf"
        soffice_convert(src, "pdf", printed)
        assert pdf_pages(printed) == 2, pdf_pages(printed)
        assert_words_in(pdf_text(printed), all_rows(SECTIONS3), name)
        data = printed.read_bytes()
        pages = [scan_page(render_page(data, i, SCAN_DPI), rng) for i in range(2)]
    out = folder / "скан_дорожная_карта.pdf"
    first: Image.Image = pages[0]
    first.save(str(out), "PDF", save_all=True, append_images=pages[1:], resolution=float(SCAN_DPI))
    assert pdf_pages(out) == 2
    assert pdf_text(out).strip() == "", "the scan must have no text layer"
    return write_truth(folder, ORG3, Y3, SECTIONS3)


# =========================================================================== 4: college, ODS
# ГАПОУ «Сахалинский техникум отраслевых технологий и сервиса», 2024/2025. Authored in Excel
# (title block in the top rows, merged section rows, one real date cell), saved as ODS.

ORG4 = "ГАПОУ «Сахалинский техникум отраслевых технологий и сервиса»"
Y4 = 2024

SECTIONS4 = [
    Section(
        1,
        "Раздел 1. Подготовка к запуску программы наставничества",
        [
            R(
                None,
                "Создание рабочей группы по внедрению целевой модели наставничества",
                "Сентябрь 2024",
                ("m", 9, 2024),
                "Директор",
                "director",
            ),
            R(
                None,
                "Назначение куратора программы наставничества",
                dt.datetime(2024, 9, 2),
                ("d", 2, 9, 2024),
                "Директор",
                "director",
            ),
            R(
                "1.1",
                "Информационное совещание с педагогическим коллективом «Наставничество в техникуме: с чего начинаем»",
                "Сентябрь 2024",
                ("m", 9, 2024),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "1.4",
                "Кураторские часы «Наставник – это кто?» в группах 1 курса",
                "Сентябрь 2024",
                ("m", 9, 2024),
                "Кураторы групп",
                "class_teacher",
            ),
            R(
                "1.2",
                "Родительское собрание первокурсников: рассказ о программе наставничества",
                "Сентябрь-октябрь",
                ("r", 9, 10),
                "Зам. директора по ВР, кураторы групп",
                "deputy_director_upbringing class_teacher",
            ),
        ],
    ),
    Section(
        2,
        "Раздел 2. База наставляемых",
        [
            R(
                "2.1",
                "Анкетирование студентов 1–2 курсов (трудности в учёбе, адаптация), сбор согласий на обработку персональных данных",
                "Октябрь",
                ("m", 10),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "2.2",
                "Сбор информации от кураторов, мастеров п/о и родителей о запросах наставляемых",
                "Октябрь",
                ("m", 10),
                "Кураторы групп, мастера п/о",
                "class_teacher teachers",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых",
                "до 31.10.2024",
                ("dl", 31, 10, 2024),
                "Куратор программы",
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "Раздел 3. База наставников",
        [
            R(
                "3.3",
                "Анкетирование преподавателей, мастеров п/о, студентов выпускных курсов и сотрудников предприятий-партнёров – кандидатов в наставники",
                "Октябрь",
                ("m", 10),
                "Методист",
                "methodologist",
            ),
            R(
                "3.4",
                "Формирование базы наставников",
                "Ноябрь",
                ("m", 11),
                "Методист",
                "methodologist",
            ),
        ],
    ),
    Section(
        4,
        "Раздел 4. Отбор и подготовка наставников",
        [
            R(
                "4.2",
                "Собеседование с кандидатами в наставники",
                "Ноябрь",
                ("m", 11),
                "Зам. директора по УПР",
                "deputy_director",
            ),
            R(
                "4.4",
                "Обучение наставников (вебинары ЦНППМ, методические семинары в техникуме)",
                "Ноябрь – декабрь",
                ("r", 11, 12),
                "Методист",
                "methodologist",
            ),
        ],
    ),
    Section(
        5,
        "Раздел 5. Формирование наставнических пар (групп)",
        [
            R(
                "5.1",
                "«Ярмарка наставников»: наставники представляют себя и свои направления студентам",
                "Декабрь",
                ("m", 12),
                "Куратор программы, студсовет",
                "program_curator other",
            ),
            R(
                "5.2",
                "Анкетирование студентов по итогам ярмарки (выбор наставника)",
                "Декабрь",
                ("m", 12),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "5.3",
                "Распределение наставляемых по наставникам с учётом анкет",
                "Декабрь",
                ("m", 12),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "5.4",
                "Приказ о закреплении наставнических пар и групп",
                "Январь 2025",
                ("m", 1, 2025),
                "Директор",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "Раздел 6. Работа наставнических пар (групп)",
        [
            R(
                "6.1",
                "Организационные встречи наставников с наставляемыми",
                "Январь",
                ("m", 1),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Работа пар по индивидуальным планам (встречи не реже 2 раз в месяц)",
                "Январь – май",
                ("r", 1, 5),
                "Наставники",
                "mentors",
            ),
            R(
                None,
                "Подготовка студентов к региональному этапу чемпионата «Профессионалы»",
                "Февраль – март",
                ("r", 2, 3),
                "Мастера п/о",
                "teachers",
            ),
            R(
                "6.5",
                "Сбор обратной связи от участников (опрос в Яндекс Формах)",
                "Март",
                ("m", 3),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "6.7",
                "Итоговая встреча всех пар и групп «Наставничество: итоги года»",
                "Май",
                ("m", 5),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "6.8",
                "Мониторинг удовлетворённости участников программой наставничества",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "Раздел 7. Подведение итогов",
        [
            R(
                "7.2",
                "Торжественное мероприятие «Спасибо, наставник!» с награждением лучших наставников",
                "Июнь",
                ("m", 6),
                "Зам. директора по ВР",
                "deputy_director_upbringing",
            ),
            R(
                None,
                "Благодарственные письма предприятиям-партнёрам",
                "Июнь",
                ("m", 6),
                "Директор",
                "director",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы за 2024/2025 уч. год",
                "Июнь",
                ("m", 6),
                "Куратор программы",
                "program_curator",
            ),
            R(
                "7.6",
                "Публикация итогов и историй успеха на сайте техникума",
                "Июнь",
                ("m", 6),
                "Специалист по связям с общественностью",
                "other",
            ),
            R(
                "7.7",
                "Актуализация базы наставников и базы наставляемых",
                "Август",
                ("m", 8),
                "Куратор программы",
                "program_curator",
            ),
        ],
    ),
]


def build_4(name: str) -> int:
    folder = fresh(name)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for letter, width in zip("ABCDE", (7, 62, 16, 30, 16), strict=True):
        ws.column_dimensions[letter].width = width
    title = [
        ("Приложение № 2 к приказу от 02.09.2024 № 301/1", Font(name="Times New Roman", size=10), "right"),
        ("ДОРОЖНАЯ КАРТА", Font(name="Times New Roman", size=14, bold=True), "center"),
        (
            f"внедрения и реализации целевой модели наставничества в {ORG4}",
            Font(name="Times New Roman", size=12, bold=True),
            "center",
        ),
        ("на 2024/2025 учебный год", Font(name="Times New Roman", size=12, bold=True), "center"),
    ]
    for r, (text, font, horiz) in enumerate(title, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=text)
        c.font = font
        c.alignment = Alignment(horizontal=horiz, wrap_text=True)
    ws.row_dimensions[3].height = 32
    r = 6
    body_font = Font(name="Times New Roman", size=11)
    for i, h in enumerate(
        ["№ п/п", "Наименование мероприятия", "Срок", "Ответственные", "Отметка о выполнении"]
    ):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(name="Times New Roman", size=11, bold=True)
        c.alignment = centre
        c.border = box
    n = 0
    for sec in SECTIONS4:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=sec.heading)
        c.font = Font(name="Times New Roman", size=11, bold=True)
        for col in range(1, 6):
            ws.cell(row=r, column=col).border = box
        for row in sec.rows:
            r += 1
            n += 1
            values: list[int | str | dt.datetime] = [n, row.text, row.date, row.resp, ""]
            for col, v in enumerate(values, start=1):
                c = ws.cell(row=r, column=col, value=v if v != "" else None)
                c.font = body_font
                c.alignment = centre if col in (1, 3) else wrap
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "DD.MM.YYYY"
            ws.row_dimensions[r].height = 15 * max(1, math.ceil(len(row.text) / 68))
    r += 2
    ws.cell(
        row=r, column=2, value="Куратор программы наставничества ______________ М.С. Ким"
    ).font = body_font
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ДК_наставничество_2024-2025.xlsx"
        wb.save(str(src))
        out = folder / "ДК_наставничество_2024-2025.ods"
        soffice_convert(src, "ods", out)
    with zipfile.ZipFile(out) as zf:
        content = zf.read("content.xml").decode("utf-8")
    cells = html.unescape(re.sub(r"<[^>]+>", " ", content))
    assert_texts_in(cells, all_rows(SECTIONS4), name)
    assert 'office:date-value="2024-09-02' in content, "the date cell must stay a date"
    return write_truth(folder, ORG4, Y4, SECTIONS4)


# =========================================================================== 5: lyceum, Word web page
# МБОУ «Лицей № 23» г. Пятигорска (Ставропольский край), 2020/2021. Saved by Word as «Веб-страница»:
# windows-1251, MsoNormal paragraphs in every cell, <o:p></o:p>, &nbsp; in empty cells, source
# lines wrapped at ~78 characters in the middle of cell text.

ORG5 = "МБОУ «Лицей № 23» г. Пятигорска"
Y5 = 2020

SECTIONS5 = [
    Section(
        1,
        "I этап. Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Изучение нормативных документов по внедрению целевой модели наставничества (распоряжение Минпросвещения России № Р-145)",
                "Сентябрь 2020 г.",
                ("m", 9, 2020),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                None,
                "Разработка Положения о наставничестве и программы наставничества лицея",
                "Сентябрь 2020 г.",
                ("m", 9, 2020),
                "Рабочая группа",
                "other",
            ),
            R(
                "1.1",
                "Педагогический совет «Целевая модель наставничества: старт»",
                "Октябрь 2020 г.",
                ("m", 10, 2020),
                "Директор",
                "director",
            ),
            R(
                "1.2",
                "Общелицейское родительское собрание (онлайн): знакомство с программой наставничества",
                "Октябрь 2020 г.",
                ("m", 10, 2020),
                "Зам. директора по ВР",
                "deputy_director_upbringing",
            ),
            R(
                "1.4",
                "Час общения «Наставник – кто он?» в 5–11 классах",
                "Октябрь 2020 г.",
                ("m", 10, 2020),
                "Классные руководители",
                "class_teacher",
            ),
            R(
                "1.3",
                "Встреча с выпускниками лицея – студентами ПГУ: рассказ о программе наставничества, приглашение к участию",
                "Ноябрь 2020 г.",
                ("m", 11, 2020),
                "Зам. директора по ВР, Совет старшеклассников",
                "deputy_director_upbringing other",
            ),
        ],
    ),
    Section(
        2,
        "II этап. Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование лицеистов и педагогов – потенциальных наставляемых",
                "Ноябрь 2020 г.",
                ("m", 11, 2020),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "2.2",
                "Сбор согласий родителей (законных представителей) на обработку персональных данных несовершеннолетних",
                "Ноябрь 2020 г.",
                ("m", 11, 2020),
                "Классные руководители",
                "class_teacher",
            ),
            R(
                "2.2",
                "Беседы с классными руководителями и социальным педагогом о запросах наставляемых",
                "Ноябрь 2020 г.",
                ("m", 11, 2020),
                "Социальный педагог, педагог-психолог",
                "social_pedagogue psychologist",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых",
                "Декабрь 2020 г.",
                ("m", 12, 2020),
                "Куратор",
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "III этап. Формирование базы наставников",
        [
            R(
                "3.1",
                "Выбор форм наставничества: «ученик – ученик», «учитель – учитель», «студент – ученик»",
                "Ноябрь 2020 г.",
                ("m", 11, 2020),
                "Методический совет лицея",
                "other",
            ),
            R(
                "3.2",
                "Входная диагностика наставляемых",
                "Декабрь 2020 г.",
                ("m", 12, 2020),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "3.3",
                "Анкетирование педагогов, учащихся 10–11 классов и студентов ПГУ – потенциальных наставников",
                "Декабрь 2020 г.",
                ("m", 12, 2020),
                "Куратор",
                "program_curator",
            ),
            R(
                "3.4",
                "Формирование базы наставников",
                "Декабрь 2020 г.",
                ("m", 12, 2020),
                "Куратор",
                "program_curator",
            ),
        ],
    ),
    Section(
        4,
        "IV этап. Отбор и обучение наставников",
        [
            R(
                "4.1",
                "Оценка кандидатов в наставники по заданным параметрам",
                "Январь 2021 г.",
                ("m", 1, 2021),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "4.2",
                "Собеседование с кандидатами в наставники",
                "Январь 2021 г.",
                ("m", 1, 2021),
                "Зам. директора по УВР, педагог-психолог",
                "deputy_director_academic psychologist",
            ),
            R(
                "4.4",
                "Обучение наставников: цикл занятий «Школа наставника»",
                "Январь – февраль 2021 г.",
                ("r", 1, 2, 2021, 2021),
                "Руководители МО",
                "head_of_methodical_association",
            ),
        ],
    ),
    Section(
        5,
        "V этап. Формирование наставнических пар или групп",
        [
            R(
                "5.1",
                "Групповая встреча наставников и наставляемых (квест-игра «Найди своего наставника»)",
                "Февраль 2021 г.",
                ("m", 2, 2021),
                "Старший вожатый",
                "senior_counselor",
            ),
            R(
                "5.2",
                "Анкетирование участников после групповой встречи",
                "Февраль 2021 г.",
                ("m", 2, 2021),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "5.3",
                "Формирование пар «наставник – наставляемый»",
                "Февраль 2021 г.",
                ("m", 2, 2021),
                "Куратор",
                "program_curator",
            ),
            R(
                "5.4",
                "Приказ «О закреплении наставнических пар»",
                "Февраль 2021 г.",
                ("m", 2, 2021),
                "Директор",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "VI этап. Организация работы наставнических пар или групп",
        [
            R(
                "6.1",
                "Первая организационная встреча наставника и наставляемого",
                "Февраль 2021 г.",
                ("m", 2, 2021),
                "Наставники",
                "mentors",
            ),
            R(
                "6.2",
                "Пробная рабочая встреча",
                "Март 2021 г.",
                ("m", 3, 2021),
                "Наставники",
                "mentors",
            ),
            R(
                "6.3",
                "Встреча-планирование работы пары",
                "Март 2021 г.",
                ("m", 3, 2021),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Регулярные встречи наставников и наставляемых",
                "Март – май 2021 г.",
                ("r", 3, 5, 2021, 2021),
                "Наставники",
                "mentors",
            ),
            R(
                None,
                "Неделя наставничества «Вместе интереснее» (мастер-классы старшеклассников-наставников)",
                "Апрель 2021 г.",
                ("m", 4, 2021),
                "Зам. директора по ВР, старший вожатый",
                "deputy_director_upbringing senior_counselor",
            ),
            R(
                "6.6",
                "Заключительная встреча наставника и наставляемого",
                "Май 2021 г.",
                ("m", 5, 2021),
                "Наставники",
                "mentors",
            ),
            R(
                "6.8",
                "Анкетирование: удовлетворённость участием в программе наставничества",
                "Май 2021 г.",
                ("m", 5, 2021),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "VII этап. Завершение наставничества",
        [
            R(
                "7.2",
                "Торжественное мероприятие «Лицейское созвездие»: итоги программы наставничества, награждение лучших наставников",
                "Май 2021 г.",
                ("m", 5, 2021),
                "Директор, зам. директора по ВР",
                "director deputy_director_upbringing",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы наставничества",
                "Май 2021 г.",
                ("m", 5, 2021),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "7.5",
                "Оформление кейсов наставнической работы",
                "Июнь 2021 г.",
                ("m", 6, 2021),
                "Руководители МО",
                "head_of_methodical_association",
            ),
            R(
                "7.6",
                "Публикация итогов программы и кейсов на сайте лицея",
                "Июнь 2021 г.",
                ("m", 6, 2021),
                "Учитель информатики",
                "teachers",
            ),
            R(
                "7.8",
                "Формирование долгосрочной базы наставников",
                "Август 2021 г.",
                ("m", 8, 2021),
                "Куратор",
                "program_curator",
            ),
        ],
    ),
]

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="Дорожная%20карта%20наставничество%202020.files/filelist.xml">
<title>Дорожная карта</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Лицей23</o:Author>
  <o:LastAuthor>Зам. по УВР</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>95</o:TotalTime>
  <o:Created>2020-09-14T06:12:00Z</o:Created>
  <o:LastSaved>2020-09-18T11:40:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Company>SPecialiST RePack</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>RU</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:204;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}
table.MsoTableGrid
	{mso-style-name:"Сетка таблицы";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
@page WordSection1
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:42.55pt 42.55pt 42.55pt 56.7pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=RU style='tab-interval:35.4pt;word-wrap:break-word'>

<div class=WordSection1>

"""


def word_wrap_source(line: str, limit: int = 78) -> str:
    """Break a long HTML source line at spaces, the way Word writes its .htm files."""
    out: list[str] = []
    cur = ""
    for word in line.split(" "):
        trial = f"{cur} {word}" if cur else word
        if len(trial) > limit and cur:
            out.append(cur)
            cur = word
        else:
            cur = trial
    out.append(cur)
    return "\n".join(out)


def word_para(text: str, *, bold: bool = False, align: str = "", size: str = "") -> str:
    """One <p class=MsoNormal>; an empty text becomes Word's &nbsp; paragraph."""
    attrs = ""
    if align:
        attrs = f" align={align} style='text-align:{align}'"
    body = html.escape(text, quote=False) if text else "<o:p>&nbsp;</o:p>"
    if size and text:
        body = f"<span style='font-size:{size};mso-bidi-font-size:12.0pt'>{body}<o:p></o:p></span>"
    elif text:
        body = f"{body}<o:p></o:p>"
    if bold and text:
        body = f"<b>{body}</b>"
    return word_wrap_source(f"<p class=MsoNormal{attrs}>{body}</p>")


def word_cell(
    text: str,
    width_pt: float,
    *,
    first_row: bool,
    first_col: bool,
    bold: bool = False,
    colspan: int = 1,
    center: bool = False,
) -> str:
    borders = []
    borders.append("border:solid windowtext 1.0pt" if first_row and first_col else "")
    if not (first_row and first_col):
        borders.append("border-top:none" if not first_row else "border-top:solid windowtext 1.0pt")
        borders.append("border-left:none" if not first_col else "border-left:solid windowtext 1.0pt")
        borders.append("border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt")
    style = ";".join(b for b in borders if b)
    extra = ";mso-border-top-alt:solid windowtext .5pt" if not first_row else ""
    span = f" colspan={colspan}" if colspan > 1 else ""
    head = (
        f"<td width={round(width_pt * 4 / 3)}{span} valign=top style='width:{width_pt:.1f}pt;{style};"
        f"mso-border-alt:solid windowtext .5pt{extra};padding:0cm 5.4pt 0cm 5.4pt'>"
    )
    paras = []
    for line in text.split("\n") if text else [""]:
        paras.append(word_para(line, bold=bold, align="center" if center else ""))
    return (
        "  "
        + word_wrap_source(head)
        + "\n"
        + "\n".join("  " + p.replace("\n", "\n  ") for p in paras)
        + "\n  </td>"
    )


def build_5(name: str) -> int:
    folder = fresh(name)
    widths = (34.0, 400.0, 110.0, 190.0)
    parts: list[str] = [WORD_HEAD]
    parts.append(word_para("УТВЕРЖДАЮ", align="right"))
    parts.append(word_para(f"Директор {ORG5}", align="right"))
    parts.append(word_para("_____________\u00a0\u00a0Н.Г. Сафонова", align="right"))
    parts.append(word_para("Приказ № 142 от 01.09.2020 г.", align="right"))
    parts.append(word_para(""))
    parts.append(word_para("Дорожная карта", bold=True, align="center", size="14.0pt"))
    parts.append(
        word_para(
            f"внедрения целевой модели наставничества в {ORG5} на 2020-2021 учебный год",
            bold=True,
            align="center",
            size="14.0pt",
        )
    )
    parts.append(word_para(""))
    parts.append(
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
    )
    irow = 0

    def tr(cells: list[str]) -> None:
        nonlocal irow
        first = ";mso-yfti-firstrow:yes" if irow == 0 else ""
        parts.append(f" <tr style='mso-yfti-irow:{irow}{first}'>")
        parts.extend(cells)
        parts.append(" </tr>")
        irow += 1

    headers = ["№ п/п", "Содержание работы", "Сроки", "Ответственные"]
    tr(
        [
            word_cell(h, w, first_row=True, first_col=i == 0, bold=True, center=True)
            for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        ]
    )
    n = 0
    for sec in SECTIONS5:
        tr([word_cell(sec.heading, sum(widths), first_row=False, first_col=True, bold=True, colspan=4)])
        for row in sec.rows:
            n += 1
            vals = [f"{n}.", row.text, date_text(row), row.resp]
            tr(
                [
                    word_cell(v, w, first_row=False, first_col=i == 0, center=i in (0, 2))
                    for i, (v, w) in enumerate(zip(vals, widths, strict=True))
                ]
            )
    parts.append("</table>")
    parts.append("")
    parts.append(word_para(""))
    parts.append(word_para("Зам. директора по УВР\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 О.П. Григорян"))
    parts.append("")
    parts.append("</div>")
    parts.append("")
    parts.append("</body>")
    parts.append("")
    parts.append("</html>")
    source = "\n".join(parts).replace("\u00a0", "&nbsp;").replace("\n", "\r\n")
    out = folder / "Дорожная карта наставничество 2020.htm"
    out.write_bytes(source.encode("cp1251"))
    visible = html.unescape(re.sub(r"<[^>]+>", " ", source.split("<body", 1)[1]))
    assert_texts_in(visible, all_rows(SECTIONS5), name)
    return write_truth(folder, ORG5, Y5, SECTIONS5)


# =========================================================================== 6: kindergarten, RTF
# МАДОУ «Детский сад № 41 «Журавушка»» г. Стерлитамак (Башкортостан), 2025/2026. A DOCX table without
# a number column (stage rows merged across), saved as RTF by LibreOffice.

ORG6 = "МАДОУ «Детский сад № 41 «Журавушка»» г. Стерлитамак"
Y6 = 2025

SECTIONS6 = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Обновление локальных актов: положение о наставничестве, приказ о назначении куратора",
                "Август 2025 г.",
                ("m", 8, 2025),
                "Заведующий",
                "director",
            ),
            R(
                "1.1",
                "Установочный педсовет: информирование коллектива о программе наставничества на 2025/2026 уч. год",
                "28.08.2025",
                ("d", 28, 8, 2025),
                "Заведующий, старший воспитатель",
                "director other",
            ),
            R(
                "1.2",
                "Информирование родителей через сайт ДОУ, родительские чаты и общее родительское собрание",
                "Сентябрь",
                ("m", 9),
                "Воспитатели",
                "teachers",
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование педагогов со стажем до 3 лет и вновь пришедших в ДОУ",
                "Сентябрь",
                ("m", 9),
                "Старший воспитатель",
                "other",
            ),
            R(
                "2.1",
                "Сбор согласий на обработку персональных данных",
                "Сентябрь",
                ("m", 9),
                "Делопроизводитель",
                "other",
            ),
            R(
                "2.2",
                "Сбор сведений о профессиональных затруднениях молодых педагогов у педагога-психолога и учителя-логопеда",
                "Сентябрь",
                ("m", 9),
                "Педагог-психолог, учитель-логопед",
                "psychologist other",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых",
                "до 15 сентября",
                ("dl", 15, 9),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            R(
                "3.3",
                "Анкетирование воспитателей высшей и первой категории, желающих стать наставниками",
                "Сентябрь",
                ("m", 9),
                "Старший воспитатель",
                "other",
            ),
            R(
                "3.4",
                "Формирование базы наставников",
                "до 20 сентября",
                ("dl", 20, 9),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            R(
                "4.2",
                "Собеседование с наставниками",
                "Сентябрь",
                ("m", 9),
                "Заведующий",
                "director",
            ),
            R(
                "4.4",
                "Консультация для наставников «Современные подходы к наставничеству в ДОУ»",
                "Октябрь",
                ("m", 10),
                "Старший воспитатель",
                "other",
            ),
            R(
                "4.4",
                "Семинар-практикум для наставников «Общение без конфликтов»",
                "Ноябрь",
                ("m", 11),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар",
        [
            R(
                "5.1",
                "Встреча наставников и наставляемых «Давайте познакомимся» (чаепитие)",
                "Октябрь",
                ("m", 10),
                "Старший воспитатель",
                "other",
            ),
            R(
                "5.4",
                "Приказ о закреплении наставнических пар",
                "Октябрь",
                ("m", 10),
                "Заведующий",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "Организация работы наставнических пар",
        [
            R(
                "6.3",
                "Составление индивидуальных планов профессионального развития молодых педагогов",
                "Октябрь",
                ("m", 10),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Регулярные встречи наставников и наставляемых (консультации, взаимопосещения, совместная подготовка к праздникам)",
                "Октябрь – май",
                ("r", 10, 5),
                "Наставники",
                "mentors",
            ),
            R(
                "6.5",
                "Промежуточная обратная связь «Как идут дела?» (анкета)",
                "Январь",
                ("m", 1),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                None,
                "Открытый просмотр НОД молодых педагогов",
                "Февраль",
                ("m", 2),
                "Старший воспитатель, наставники",
                "other mentors",
            ),
            R(
                None,
                "Фестиваль педагогических находок «Радуга идей»",
                "Март",
                ("m", 3),
                "Старший воспитатель",
                "other",
            ),
            R(
                "6.7",
                "Итоговая встреча всех наставнических пар",
                "Май",
                ("m", 5),
                "Старший воспитатель",
                "other",
            ),
            R(
                "6.8",
                "Анкетирование «Удовлетворённость участием в программе наставничества»",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            R(
                "7.2",
                "Итоговый педсовет: итоги года наставничества, вручение благодарностей лучшим наставникам",
                "Май",
                ("m", 5),
                "Заведующий",
                "director",
            ),
            R(
                "7.3",
                "Мониторинг качества программы наставничества",
                "Май",
                ("m", 5),
                "Старший воспитатель",
                "other",
            ),
            R(
                "7.6",
                "Размещение информации о лучших наставниках на сайте ДОУ и в госпаблике ВКонтакте",
                "Июнь",
                ("m", 6),
                "Ответственный за сайт",
                "other",
            ),
            R(
                None,
                "Отчёт в Управление образования о реализации программы наставничества",
                "до 10 июня",
                ("dl", 10, 6),
                "Старший воспитатель",
                "other",
            ),
        ],
    ),
]


def build_6(name: str) -> int:
    folder = fresh(name)
    doc = new_document(landscape=False, size=12.0)
    para(doc, "Утверждаю:", align="r")
    para(doc, "Заведующий", align="r")
    para(doc, ORG6, align="r")
    para(doc, "____________ Г.Р. Хайруллина", align="r")
    para(doc, "«29» августа 2025 г.", align="r")
    para(doc, "")
    para(
        doc,
        f"План мероприятий («дорожная карта») по реализации целевой модели наставничества в {ORG6}",
        bold=True,
        align="c",
    )
    para(doc, "на 2025 – 2026 учебный год", bold=True, align="c")
    para(doc, "")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    add_header(table, ["Мероприятие", "Сроки проведения", "Ответственные"])
    for sec in SECTIONS6:
        add_section_row(table, sec.heading, 3)
        for row in sec.rows:
            add_cells(table, [row.text, date_text(row), row.resp])
    set_widths(table, (10.0, 3.2, 4.8))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo.docx"
        doc.save(str(src))
        out = folder / "plan_nastavnichestvo_2025-2026.rtf"
        soffice_convert(src, "rtf", out)
        back = Path(tmp) / "back.docx"
        soffice_convert(out, "docx", back)
        assert_texts_in(docx_all_text(back), all_rows(SECTIONS6), name)
        assert len(Document(str(back)).tables) == 1, "the RTF must keep its table"
    return write_truth(folder, ORG6, Y6, SECTIONS6)


# =========================================================================== 7: rural school, TXT
# МКОУ «Покровская СОШ» Верхнемамонского муниципального района (Воронежская обл.), 2023/2024.
# A tab-separated text export: one table row per line, stage headings on lines of their own.

ORG7 = "МКОУ «Покровская СОШ» Верхнемамонского муниципального района"
Y7 = 2023

SECTIONS7 = [
    Section(
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                None,
                "Приказ о реализации целевой модели наставничества в 2023-2024 уч. году, назначение куратора",
                "Август 2023 г.",
                ("m", 8, 2023),
                "Директор",
                "director",
            ),
            R(
                "1.1",
                "Совещание при директоре: информирование пед. коллектива о программе наставничества",
                "Сентябрь",
                ("m", 9),
                "Директор, ЗДУВР",
                "director deputy_director_academic",
            ),
            R(
                "1.2",
                "Информирование родителей на общешкольном родительском собрании",
                "Сентябрь",
                ("m", 9),
                "ЗДВР",
                "deputy_director_upbringing",
            ),
            R(
                "1.4",
                "Информационная линейка для уч-ся 5-11 кл. «Наставничество: кто поможет?»",
                "Сентябрь",
                ("m", 9),
                "Советник директора по воспитанию",
                "senior_counselor",
            ),
            R(
                "1.3",
                "Встреча с выпускниками школы и представителями СХА «Покровская» о программе наставничества",
                "Октябрь",
                ("m", 10),
                "ЗДВР",
                "deputy_director_upbringing",
            ),
        ],
    ),
    Section(
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "2.1",
                "Анкетирование уч-ся и педагогов, желающих стать наставляемыми",
                "Сентябрь",
                ("m", 9),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "2.2",
                "Сбор сведений о запросах наставляемых от кл. руководителей и родителей, согласия законных представителей",
                "Сентябрь",
                ("m", 9),
                "Кл. руководители",
                "class_teacher",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых",
                "Октябрь",
                ("m", 10),
                "Куратор",
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "Этап 3. Формирование базы наставников",
        [
            R("3.1", "Выбор форм наставничества", "Сентябрь", ("m", 9), "ЗДУВР", "deputy_director_academic"),
            R(
                "3.3",
                "Анкетирование потенциальных наставников, сбор согласий на обработку ПД",
                "Октябрь",
                ("m", 10),
                "Куратор",
                "program_curator",
            ),
            R(
                "3.4",
                "Формирование базы наставников",
                "Октябрь",
                ("m", 10),
                "Куратор",
                "program_curator",
            ),
        ],
    ),
    Section(
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "4.3",
                "Поиск материалов для обучения наставников (курсы ВИРО, вебинары)",
                "Октябрь",
                ("m", 10),
                "ЗДУВР",
                "deputy_director_academic",
            ),
            R(
                "4.4",
                "Обучение наставников",
                "I полугодие",
                ("r", 9, 12),
                "ЗДУВР, руководитель ШМО",
                "deputy_director_academic head_of_methodical_association",
            ),
        ],
    ),
    Section(
        5,
        "Этап 5. Формирование наставнических пар/групп",
        [
            R(
                "5.1",
                "Групповая встреча наставников и наставляемых",
                "Ноябрь",
                ("m", 11),
                "Куратор",
                "program_curator",
            ),
            R(
                "5.3",
                "Формирование пар/групп с учётом анкет",
                "Ноябрь",
                ("m", 11),
                "Куратор, педагог-психолог",
                "program_curator psychologist",
            ),
            R(
                "5.4",
                "Закрепление пар приказом директора",
                "Ноябрь",
                ("m", 11),
                "Директор",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "Этап 6. Организация работы наставнических пар/групп",
        [
            R(
                "6.1",
                "Организационная встреча наставника и наставляемого",
                "Ноябрь",
                ("m", 11),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Регулярные встречи пар/групп по плану",
                "II полугодие",
                ("r", 1, 5),
                "Наставники",
                "mentors",
            ),
            R(
                None,
                "Консультирование наставников по вопросам работы с наставляемыми",
                "По мере необходимости",
                UNSPEC,
                "ЗДУВР, педагог-психолог",
                "deputy_director_academic psychologist",
            ),
            R("6.5", "Сбор обратной связи", "Февраль", ("m", 2), "Куратор", "program_curator"),
            R(
                None,
                "Предметная неделя «Учимся вместе»",
                "Март",
                ("m", 3),
                "Руководитель ШМО",
                "head_of_methodical_association",
            ),
            R(
                "6.7",
                "Общая заключительная встреча наставнических пар и групп «Мы — команда»",
                "Май",
                ("m", 5),
                "Куратор, советник директора по воспитанию",
                "program_curator senior_counselor",
            ),
            R(
                "6.8",
                "Анкетирование: удовлетворённость участием в программе",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "7.1",
                "Приглашение участников, родителей, представителей администрации Верхнемамонского района и партнёров на итоговое мероприятие",
                "Май",
                ("m", 5),
                "ЗДВР",
                "deputy_director_upbringing",
            ),
            R(
                "7.2",
                "Праздник «Спасибо наставнику» на торжественной линейке: итоги года, награждение наставников",
                "Май",
                ("m", 5),
                "Директор",
                "director",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы",
                "Июнь",
                ("m", 6),
                "ЗДУВР",
                "deputy_director_academic",
            ),
            R("7.6", "Публикация итогов на сайте школы", "Июнь", ("m", 6), "", ""),
            R(
                "7.7",
                "Внесение данных об итогах в базы наставников и наставляемых",
                "Ежегодно",
                ANNUAL,
                "Куратор",
                "program_curator",
            ),
            R(
                "7.8",
                "Формирование долгосрочной базы наставников",
                "Постоянно",
                CONT,
                "Куратор",
                "program_curator",
            ),
        ],
    ),
]


def build_7(name: str) -> int:
    folder = fresh(name)
    lines = [
        "Дорожная карта реализации целевой модели наставничества",
        f"в {ORG7}",
        "на 2023 – 2024 учебный год",
        "",
        "№\tМероприятие\tСроки\tОтветственные",
    ]
    for sec in SECTIONS7:
        lines.append(sec.heading)
        assert sec.stage is not None
        for i, row in enumerate(sec.rows, start=1):
            lines.append(f"{sec.stage}.{i}\t{row.text}\t{date_text(row)}\t{row.resp}")
    lines += ["", "Исполнитель: зам. директора по УВР Кудрявцева Л.А., тел. 8(47355)4-51-19", ""]
    out = folder / "dorozhnaya_karta.txt"
    out.write_bytes("\r\n".join(lines).encode("utf-8"))
    assert_texts_in(out.read_text(encoding="utf-8"), all_rows(SECTIONS7), name)
    return write_truth(folder, ORG7, Y7, SECTIONS7)


# =========================================================================== 8: school, DOCX, approval table
# МАОУ «СОШ № 56» г. Хабаровска, 2022/2023. A borderless first table holds the approval block; the
# second table is the roadmap, its stage headings merged rows in the school's own words.

ORG8 = "МАОУ «СОШ № 56» г. Хабаровска"
Y8 = 2022

SECTIONS8 = [
    Section(
        1,
        "I. Подготовительный этап",
        [
            R(
                None,
                "Создание рабочей группы, назначение куратора ЦМН (приказ)",
                "Сентябрь 2022г.",
                ("m", 9, 2022),
                "Директор",
                "director",
            ),
            R(
                None,
                "Разработка плана работы ЦМН на учебный год",
                "Сентябрь 2022г.",
                ("m", 9, 2022),
                "Куратор ЦМН",
                "program_curator",
            ),
            R(
                "1.1",
                "Информирование пед. коллектива о запуске программы (педсовет «Наставничество как ресурс развития школы»)",
                "30.08.2022",
                ("d", 30, 8, 2022),
                "Директор, зам. директора по УВР",
                "director deputy_director_academic",
            ),
            R(
                "1.2",
                "Родительские собрания по классам «Наставничество в нашей школе»",
                "Сентябрь 2022г.",
                ("m", 9, 2022),
                "Классные руководители",
                "class_teacher",
            ),
            R(
                "1.4",
                "Классные часы для обучающихся 5–11 классов о программе наставничества",
                "Сентябрь 2022г.",
                ("m", 9, 2022),
                "Классные руководители, советник директора по воспитанию",
                "class_teacher senior_counselor",
            ),
        ],
    ),
    Section(
        2,
        "II. Кого будем сопровождать: база наставляемых",
        [
            R(
                "2.1",
                "Опрос обучающихся и молодых педагогов (Яндекс Формы): кому нужен наставник",
                "Сентябрь – октябрь",
                ("r", 9, 10),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "2.2",
                "Сбор согласий на обработку персональных данных от родителей (законных представителей)",
                "Сентябрь",
                ("m", 9),
                "Классные руководители",
                "class_teacher",
            ),
            R(
                "2.3",
                "Формирование базы наставляемых (перечень запросов)",
                "Октябрь",
                ("m", 10),
                "Куратор ЦМН",
                "program_curator",
            ),
        ],
    ),
    Section(
        3,
        "III. Кто станет наставником",
        [
            R(
                "3.3",
                "Анкетирование педагогов, старшеклассников и родителей – возможных наставников",
                "Октябрь",
                ("m", 10),
                "Куратор ЦМН",
                "program_curator",
            ),
            R(
                "3.4",
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Октябрь",
                ("m", 10),
                "Куратор ЦМН, педагог-психолог",
                "program_curator psychologist",
            ),
        ],
    ),
    Section(
        4,
        "IV. Подготовка наставников",
        [
            R(
                "4.2",
                "Собеседование с будущими наставниками",
                "Ноябрь",
                ("m", 11),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "4.4",
                "Курсы повышения квалификации «Наставничество в образовании» (ХК ИРО)",
                "Ноябрь – декабрь",
                ("r", 11, 12),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                None,
                "Заседание ШМО классных руководителей «Роль классного руководителя в воспитательной работе»",
                "Ноябрь",
                ("m", 11),
                "Руководитель ШМО кл. руководителей",
                "head_of_methodical_association",
            ),
        ],
    ),
    Section(
        5,
        "V. Создаём пары и группы",
        [
            R(
                "5.1",
                "Игра-знакомство «Ярмарка наставников» для наставников и наставляемых",
                "Декабрь",
                ("m", 12),
                "Советник директора по воспитанию, куратор ЦМН",
                "senior_counselor program_curator",
            ),
            R(
                "5.2",
                "Анкета «Мой наставник» после ярмарки (выбор предпочитаемого наставника)",
                "Декабрь",
                ("m", 12),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "5.4",
                "Утверждение пар и групп приказом директора, информирование участников",
                "Декабрь",
                ("m", 12),
                "Директор",
                "director",
            ),
        ],
    ),
    Section(
        6,
        "VI. Работаем вместе",
        [
            R(
                "6.1",
                "Первая встреча наставника и наставляемого: знакомство, правила работы",
                "Январь",
                ("m", 1),
                "Наставники",
                "mentors",
            ),
            R(
                "6.3",
                "Встреча-планирование: составление плана работы пары",
                "Январь",
                ("m", 1),
                "Наставники",
                "mentors",
            ),
            R(
                "6.4",
                "Регулярные встречи наставников и наставляемых",
                "Январь – май 2023 г.",
                ("r", 1, 5, 2023, 2023),
                "Наставники",
                "mentors",
            ),
            R(
                None,
                "Проект «Читаем вместе» (старшеклассники-наставники и учащиеся 2–4 классов)",
                "Февраль – март",
                ("r", 2, 3),
                "Педагог-библиотекарь",
                "librarian",
            ),
            R(
                "6.5",
                "Сбор обратной связи от участников (промежуточная анкета)",
                "Март",
                ("m", 3),
                "Куратор ЦМН",
                "program_curator",
            ),
            R(
                "6.8",
                "Анкетирование участников: удовлетворённость участием в программе",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
        ],
    ),
    Section(
        7,
        "VII. Подводим итоги",
        [
            R(
                "7.2",
                "Торжественное мероприятие «Наставник года»: итоги, награждение лучших наставников",
                "Май",
                ("m", 5),
                "Директор, зам. директора по ВР",
                "director deputy_director_upbringing",
            ),
            R(
                "7.3",
                "Мониторинг качества реализации программы наставничества",
                "Май",
                ("m", 5),
                "Зам. директора по УВР",
                "deputy_director_academic",
            ),
            R(
                "7.4",
                "Повторная диагностика наставляемых (сравнение с входными результатами)",
                "Май",
                ("m", 5),
                "Педагог-психолог",
                "psychologist",
            ),
            R(
                "7.6",
                "Публикация кейсов и итогов программы на сайте школы и в Telegram-канале",
                "Июнь",
                ("m", 6),
                "Куратор ЦМН",
                "program_curator",
            ),
            R(
                None,
                "Благодарственные письма наставникам и партнёрам",
                "Июнь",
                ("m", 6),
                "Директор",
                "director",
            ),
            R(
                None,
                "Отчёт о реализации дорожной карты",
                "до 20.06.2023",
                ("dl", 20, 6, 2023),
                "Куратор ЦМН",
                "program_curator",
            ),
        ],
    ),
]


def build_8(name: str) -> int:
    folder = fresh(name)
    doc = new_document(landscape=False, size=12.0)
    approval = doc.add_table(rows=1, cols=2)
    set_cell(
        approval.cell(0, 0),
        "РАССМОТРЕНО\nна заседании педагогического совета\nпротокол № 1 от 30.08.2022",
    )
    set_cell(
        approval.cell(0, 1),
        f"УТВЕРЖДАЮ\nДиректор {ORG8}\n____________ Е.В. Литвинова\nприказ от 31.08.2022 № 187-о",
    )
    set_widths(approval, (8.0, 10.0))
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(doc, f"внедрения целевой модели наставничества в {ORG8}", bold=True, align="c")
    para(doc, "на 2022-2023 учебный год", bold=True, align="c")
    para(doc, "")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    add_header(table, ["№", "Мероприятие", "Срок", "Ответственный"])
    n = 0
    for sec in SECTIONS8:
        add_section_row(table, sec.heading, 4)
        for row in sec.rows:
            n += 1
            add_cells(table, [str(n), row.text, date_text(row), row.resp])
    set_widths(table, (1.0, 9.4, 3.1, 4.5))
    para(doc, "")
    para(doc, "Куратор ЦМН ______________ А.С. Пак")
    path = folder / "ДК_ЦМН_2022-2023.docx"
    doc.save(str(path))
    back = Document(str(path))
    assert len(back.tables) == 2
    assert_texts_in(docx_all_text(path), all_rows(SECTIONS8), name)
    return write_truth(folder, ORG8, Y8, SECTIONS8)


# =========================================================================== main

BUILDERS = (
    ("novocheb19_grouped_docx", build_1),
    ("kungur_college_pdf", build_2),
    ("ishim_ds8_scan", build_3),
    ("sakhalin_tech_ods", build_4),
    ("pyatigorsk_lyceum23_html", build_5),
    ("sterlitamak_ds41_rtf", build_6),
    ("pokrovka_sosh_txt", build_7),
    ("khabarovsk56_approval_docx", build_8),
)


def main() -> None:
    for name, build in BUILDERS:
        n = build(name)
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main()
