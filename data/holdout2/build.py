"""Build the second held-out set of roadmaps in data/holdout2/<name>/ (input file + truth.json).

Run from /work/main: .venv/bin/python -m data.holdout2.build

Eight roadmaps of schools, a gymnasium, a college and a kindergarten from Siberia, the Volga,
the North Caucasus, the Far East and the Moscow region, each in its own voice and layout.
Every printed activity row carries its hand label right next to its text, so the input file and
truth.json come from one place.  Date labels are small specs expanded by ``expand``:

    ("m", month[, year])           a month            -> date_kind "month"
    ("r", m1, m2[, y1, y2])        «октябрь – апрель» -> date_kind "range"
    ("dl", day, month[, year])     «до 1 октября»     -> date_kind "deadline"
    ("d", day, month, year)        «29.08.2024»       -> date_kind "day"
    ("c",)                         «в течение года»   -> date_kind "continuous"
    ("u",)                         «по графику», ""   -> date_kind "unspecified"
    ("a",)                         «ежегодно»         -> unspecified, recurrence "annual"

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y,
Jan–Aug -> Y+1.  An explicit year wins.  «I полугодие» is ("r", 9, 12), «II полугодие» ("r", 1, 5).
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeAlias

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
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import ImageFont

from data.build_format_samples import photo_of, render_page, scan_page

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- labels

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

# Role codes, short names for the tables below.
DIR = "director"
ZUVR = "deputy_director_academic"
ZVR = "deputy_director_upbringing"
ZD = "deputy_director"
SC = "senior_counselor"
LIB = "librarian"
HMO = "head_of_methodical_association"
CT = "class_teacher"
CUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
MEN = "mentors"
TEA = "teachers"
OTH = "other"
ROLES = {DIR, ZUVR, ZVR, ZD, SC, LIB, HMO, CT, CUR, PSY, TUT, SOC, MET, MEN, TEA, OTH}

CANON = {
    "1": 4,
    "2": 3,
    "3": 4,
    "4": 4,
    "5": 4,
    "6": 8,
    "7": 8,
}
ACTIVITY_IDS = {f"{s}.{i}" for s, n in CANON.items() for i in range(1, n + 1)}


@dataclass(frozen=True)
class Row:
    """One printed activity row with its hand label."""

    text: str
    date: str
    resp: str
    aid: str | None
    spec: DateSpec
    roles: tuple[str, ...]
    stage: int | None = None  # only for extras in a roadmap without stage headings

    def stage_id(self) -> int | None:
        if self.aid is not None:
            return int(self.aid.split(".")[0])
        return self.stage


def R(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    roles: Sequence[str],
    stage: int | None = None,
) -> Row:
    assert aid is None or aid in ACTIVITY_IDS, aid
    assert set(roles) <= ROLES, roles
    assert len(set(roles)) == len(roles), roles
    assert bool(resp.strip()) == bool(roles), (resp, roles)
    return Row(text, date, resp, aid, spec, tuple(roles), stage)


# A stage of a roadmap with stage headings: (stage id, heading as printed, rows).
Section: TypeAlias = tuple[int, str, list[Row]]


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
) -> dict[str, object]:
    return {
        "date_kind": kind,
        "date_start": None if start is None else start.isoformat(),
        "date_end": None if end is None else end.isoformat(),
        "month_start": month_start,
        "month_end": month_end,
        "recurrence": recurrence,
    }


def expand(spec: DateSpec, y: int) -> dict[str, object]:
    """The six date fields of truth.json for a date spec."""
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
    raise ValueError(spec)  # pragma: no cover


def truth_row(row: Row, stage_id: int | None, y: int) -> dict[str, object]:
    out: dict[str, object] = {"text": row.text, "activity_id": row.aid, "stage_id": stage_id}
    out.update(expand(row.spec, y))
    out["roles"] = list(row.roles)
    return out


def sections_truth(sections: Sequence[Section], y: int) -> list[dict[str, object]]:
    return [truth_row(r, sid, y) for sid, _, rows in sections for r in rows]


def write_truth(folder: Path, org: str, y: int, activities: list[dict[str, object]]) -> None:
    truth = {
        "document": {
            "status": "ok",
            "model": "target_model_2019",
            "organization": org,
            "academic_year_start": y,
        },
        "activities": activities,
    }
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8")


# --------------------------------------------------------------------------- office helpers

Align: TypeAlias = Literal["c", "r", "j"] | None


def new_document(landscape: bool = False, font: str = "Times New Roman", size: float = 12) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(1.0)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    align: Align = None,
    size: float | None = None,
    italic: bool = False,
) -> Paragraph:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def set_cell(
    cell: _Cell, text: str, bold: bool = False, size: float | None = None, center: bool = False
) -> None:
    """Cell text; '\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def new_table(doc: DocxDocument, headers: Sequence[str], header_size: float | None = None) -> Any:
    """A grid table with a bold header row (python-docx's Table is untyped: Any)."""
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, size=header_size, center=True)
    return table


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert with LibreOffice (pdf, odt, ...) into ``out``."""
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


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def docx_to_pdf_bytes(doc: DocxDocument, name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.docx"
        doc.save(str(src))
        out = Path(tmp) / f"{name}.pdf"
        soffice_convert(src, "pdf", out)
        return out.read_bytes()


FONT_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


@cache
def _font(size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILE, size=int(size * 20))  # 20 px per point: fine metrics


def wrapped_lines(text: str, width_cm: float, size: float) -> int:
    """How many lines a paragraph takes in a table cell (Times/Liberation Serif, greedy wrap)."""
    font = _font(size)
    avail = (width_cm - 0.38) / 2.54 * 72 * 20  # cell padding 0.19 cm each side; in 1/20 pt
    # Break candidates: spaces, and after a hyphen inside a word («педагог-|психолог»).
    pieces: list[tuple[str, str]] = []  # (glue before the piece, piece)
    for word in text.split():
        parts = word.split("-")
        for i, part in enumerate(parts):
            piece = part + ("-" if i < len(parts) - 1 else "")
            pieces.append((" " if i == 0 else "", piece))
    lines, cur = 1, ""
    for glue, piece in pieces:
        trial = f"{cur}{glue}{piece}" if cur else piece
        if font.getlength(trial) <= avail or not cur:
            cur = trial
        else:
            lines += 1
            cur = piece
    return lines


# =========================================================================== 1: Новокузнецк, DOCX
# Secondary school in Kuzbass, very bureaucratic.  Six columns, the stage cell merged down, one
# activity a row, numbered through, an empty «Отметка о выполнении» column.

NK_ORG = "МБОУ «СОШ № 41» г. Новокузнецка"
NK_YEAR = 2025

NK_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества (организационно-подготовительный этап)",
        [
            R(
                "Издание приказа «О реализации целевой модели наставничества в МБОУ «СОШ № 41» в 2025/2026 учебном году», определение ответственного лица (куратора) за внедрение целевой модели наставничества",
                "до 01.09.2025",
                "Директор МБОУ «СОШ № 41» Шестакова Л.В.",
                None,
                ("dl", 1, 9, 2025),
                [DIR],
            ),
            R(
                "Актуализация локальных нормативных актов ОО (Положение о программе наставничества, формы согласий, анкет, отчётной документации) с учётом изменений действующего законодательства",
                "сентябрь 2025 г.",
                "Заместитель директора по УВР Кондратьева О.Н., куратор целевой модели наставничества",
                None,
                ("m", 9, 2025),
                [ZUVR, CUR],
            ),
            R(
                "Информирование педагогических работников о целях, задачах, формах и порядке реализации программы наставничества на заседании педагогического совета (с оформлением протокола)",
                "29.08.2025",
                "Директор, заместитель директора по УВР",
                "1.1",
                ("d", 29, 8, 2025),
                [DIR, ZUVR],
            ),
            R(
                "Доведение до сведения родительской общественности информации о планируемой реализации программы наставничества в рамках общешкольного и классных родительских собраний, размещение информации в родительских чатах",
                "сентябрь 2025 г.",
                "Заместитель директора по ВР, классные руководители 1–11 классов",
                "1.2",
                ("m", 9, 2025),
                [ZVR, CT],
            ),
            R(
                "Проведение организационной встречи с представителями предприятий-партнёров, ГПОУ «Новокузнецкий горнотранспортный колледж» и ассоциацией выпускников школы в целях информирования о реализации программы наставничества и привлечения потенциальных наставников",
                "октябрь 2025 г.",
                "Директор, советник директора по воспитанию и взаимодействию с детскими общественными объединениями",
                "1.3",
                ("m", 10, 2025),
                [DIR, SC],
            ),
            R(
                "Проведение информационных классных часов для обучающихся 5–11 классов с разъяснением целей, задач и форм реализуемой в ОО программы наставничества",
                "сентябрь – октябрь 2025 г.",
                "Классные руководители 5–11 классов, педагог-психолог",
                "1.4",
                ("r", 9, 10, 2025, 2025),
                [CT, PSY],
            ),
            R(
                "Разработка, согласование с Управляющим советом и утверждение программы наставничества МБОУ «СОШ № 41» на 2025/2026 учебный год",
                "до 15.09.2025",
                "Рабочая группа, куратор",
                None,
                ("dl", 15, 9, 2025),
                [OTH, CUR],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Проведение анкетирования обучающихся и педагогических работников, изъявивших желание принять участие в программе в качестве наставляемых, в целях выявления имеющихся профессиональных и личностных дефицитов; сбор согласий на обработку персональных данных от совершеннолетних участников программы",
                "сентябрь 2025 г.",
                "Педагог-психолог Рябова Е.С., куратор",
                "2.1",
                ("m", 9, 2025),
                [PSY, CUR],
            ),
            R(
                "Сбор дополнительной информации о запросах наставляемых от классных руководителей, социального педагога, педагога-психолога, родителей (законных представителей); оформление согласий законных представителей несовершеннолетних обучающихся на обработку персональных данных",
                "сентябрь – октябрь 2025 г.",
                "Классные руководители, социальный педагог",
                "2.2",
                ("r", 9, 10, 2025, 2025),
                [CT, SOC],
            ),
            R(
                "Анализ и обобщение полученных данных, формирование и утверждение базы наставляемых с указанием индивидуальных запросов",
                "до 10.10.2025",
                "Куратор, заместитель директора по УВР",
                "2.3",
                ("dl", 10, 10, 2025),
                [CUR, ZUVR],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества, подлежащих реализации в текущем учебном году («учитель – учитель», «ученик – ученик», «работодатель – ученик»), исходя из запросов наставляемых и имеющихся ресурсов ОО",
                "октябрь 2025 г.",
                "Заместитель директора по УВР, руководители ШМО",
                "3.1",
                ("m", 10, 2025),
                [ZUVR, HMO],
            ),
            R(
                "Проведение входной диагностики наставляемых по утверждённым параметрам (уровень учебной мотивации, образовательные результаты, профессиональные затруднения) для последующего сравнения и мониторинга влияния программы",
                "октябрь 2025 г.",
                "Педагог-психолог, классные руководители",
                "3.2",
                ("m", 10, 2025),
                [PSY, CT],
            ),
            R(
                "Анкетирование потенциальных наставников из числа педагогических работников, обучающихся 10–11 классов, выпускников и представителей предприятий-партнёров; сбор согласий на обработку персональных данных",
                "октябрь 2025 г.",
                "Куратор, социальный педагог",
                "3.3",
                ("m", 10, 2025),
                [CUR, SOC],
            ),
            R(
                "Анализ заполненных анкет потенциальных наставников, их сопоставление с запросами наставляемых; формирование базы наставников",
                "до 31.10.2025",
                "Куратор",
                "3.4",
                ("dl", 31, 10, 2025),
                [CUR],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Оценка кандидатов в наставники по заданным параметрам (профессиональный опыт, коммуникативные навыки, мотивация к осуществлению наставнической деятельности)",
                "ноябрь 2025 г.",
                "Заместитель директора по УВР, педагог-психолог",
                "4.1",
                ("m", 11, 2025),
                [ZUVR, PSY],
            ),
            R(
                "Проведение индивидуальных собеседований с кандидатами в наставники с участием педагога-психолога",
                "ноябрь 2025 г.",
                "Куратор, педагог-психолог",
                "4.2",
                ("m", 11, 2025),
                [CUR, PSY],
            ),
            R(
                "Подбор методических материалов, поиск экспертов (в том числе из числа специалистов МАОУ ДПО ИПК г. Новокузнецка) для организации обучения наставников",
                "ноябрь 2025 г.",
                "Заместитель директора по НМР",
                "4.3",
                ("m", 11, 2025),
                [ZD],
            ),
            R(
                "Организация обучения наставников (семинар-практикум «Роль наставника в образовательной организации», вебинары Регионального наставнического центра)",
                "ноябрь – декабрь 2025 г.",
                "Заместитель директора по НМР, куратор",
                "4.4",
                ("r", 11, 12, 2025, 2025),
                [ZD, CUR],
            ),
            R(
                "Направление педагогов-наставников на курсы повышения квалификации по дополнительной профессиональной программе «Наставничество в образовании» (72 ч.)",
                "по графику КРИПКиПРО",
                "Специалист по кадрам",
                "4.4",
                ("u",),
                [OTH],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар (групп)",
        [
            R(
                "Организация и проведение общей (групповой) встречи наставников и наставляемых в формате «Давайте познакомимся»",
                "декабрь 2025 г.",
                "Куратор, советник директора по воспитанию",
                "5.1",
                ("m", 12, 2025),
                [CUR, SC],
            ),
            R(
                "Проведение анкетирования участников встречи на предмет предпочтений в выборе наставника (наставляемого)",
                "декабрь 2025 г.",
                "Педагог-психолог",
                "5.2",
                ("m", 12, 2025),
                [PSY],
            ),
            R(
                "Анализ анкет, формирование наставнических пар и групп с учётом психологической совместимости участников",
                "декабрь 2025 г.",
                "Куратор, педагог-психолог",
                "5.3",
                ("m", 12, 2025),
                [CUR, PSY],
            ),
            R(
                "Издание приказа о закреплении наставнических пар (групп); доведение информации о сформированных парах (группах) до участников программы",
                "до 25.12.2025",
                "Директор",
                "5.4",
                ("dl", 25, 12, 2025),
                [DIR],
            ),
            R(
                "Оформление журналов наставнических пар и папок наставника по утверждённой форме",
                "декабрь 2025 г. – январь 2026 г.",
                "Наставники, куратор",
                None,
                ("r", 12, 1, 2025, 2026),
                [MEN, CUR],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар (групп)",
        [
            R(
                "Проведение первой (организационной) встречи наставника и наставляемого: знакомство, определение ожиданий, выработка правил взаимодействия",
                "январь 2026 г.",
                "Наставники",
                "6.1",
                ("m", 1, 2026),
                [MEN],
            ),
            R(
                "Проведение второй (пробной рабочей) встречи наставника и наставляемого",
                "январь 2026 г.",
                "Наставники",
                "6.2",
                ("m", 1, 2026),
                [MEN],
            ),
            R(
                "Проведение встречи-планирования: составление плана совместной работы наставника и наставляемого на период реализации программы",
                "январь – февраль 2026 г.",
                "Наставники, куратор",
                "6.3",
                ("r", 1, 2, 2026, 2026),
                [MEN, CUR],
            ),
            R(
                "Организация регулярных встреч наставников и наставляемых в соответствии с утверждёнными планами (не реже двух раз в месяц)",
                "февраль – май 2026 г.",
                "Наставники",
                "6.4",
                ("r", 2, 5, 2026, 2026),
                [MEN],
            ),
            R(
                "Методическое сопровождение наставников: индивидуальные консультации, заседания постоянно действующего семинара «Школа наставника»",
                "в течение учебного года",
                "Заместитель директора по НМР, руководители ШМО",
                None,
                ("c",),
                [ZD, HMO],
            ),
            R(
                "Сбор обратной связи от наставников, наставляемых и их родителей (законных представителей) в целях своевременной корректировки хода реализации программы",
                "март 2026 г.",
                "Куратор, классные руководители",
                "6.5",
                ("m", 3, 2026),
                [CUR, CT],
            ),
            R(
                "Проведение заключительной встречи наставника и наставляемого, подведение итогов совместной работы",
                "май 2026 г.",
                "Наставники",
                "6.6",
                ("m", 5, 2026),
                [MEN],
            ),
            R(
                "Проведение итоговой групповой встречи всех наставнических пар и групп",
                "май 2026 г.",
                "Куратор, ЗДВР",
                "6.7",
                ("m", 5, 2026),
                [CUR, ZVR],
            ),
            R(
                "Анкетирование участников программы, проведение мониторинга личной удовлетворённости участием в программе наставничества",
                "май 2026 г.",
                "Педагог-психолог",
                "6.8",
                ("m", 5, 2026),
                [PSY],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества (подведение итогов, популяризация практик)",
        [
            R(
                "Направление приглашений на итоговое торжественное мероприятие участникам программы, их родным, представителям предприятий-партнёров, Комитета образования и науки администрации г. Новокузнецка, иных образовательных организаций и НКО",
                "до 15.05.2026",
                "Советник директора по воспитанию, секретарь руководителя",
                "7.1",
                ("dl", 15, 5, 2026),
                [SC, OTH],
            ),
            R(
                "Проведение торжественного мероприятия «Наставник года – 2026» с подведением итогов реализации программы и награждением лучших наставников",
                "май 2026 г.",
                "Директор, ЗДВР, советник директора по воспитанию",
                "7.2",
                ("m", 5, 2026),
                [DIR, ZVR, SC],
            ),
            R(
                "Проведение мониторинга качества реализации программы наставничества (анализ достижения целевых показателей эффективности)",
                "май – июнь 2026 г.",
                "Заместитель директора по УВР",
                "7.3",
                ("r", 5, 6, 2026, 2026),
                [ZUVR],
            ),
            R(
                "Проведение итоговой (второй) диагностики участников программы по заданным параметрам, сопоставление с результатами входной диагностики",
                "май 2026 г.",
                "Педагог-психолог, куратор",
                "7.4",
                ("m", 5, 2026),
                [PSY, CUR],
            ),
            R(
                "Обобщение опыта и оформление лучших практик наставнических пар в виде кейсов",
                "июнь 2026 г.",
                "Наставники, руководители ШМО",
                "7.5",
                ("m", 6, 2026),
                [MEN, HMO],
            ),
            R(
                "Размещение информации о результатах реализации программы, лучших наставниках и кейсах на официальном сайте ОО, в официальном сообществе ОО в социальной сети «ВКонтакте» и на сайтах организаций-партнёров",
                "июнь 2026 г.",
                "Ответственный за ведение официального сайта",
                "7.6",
                ("m", 6, 2026),
                [OTH],
            ),
            R(
                "Внесение данных об итогах реализации программы в базу наставников и базу наставляемых",
                "до 30.06.2026",
                "Куратор",
                "7.7",
                ("dl", 30, 6, 2026),
                [CUR],
            ),
            R(
                "Подготовка аналитической справки об итогах реализации целевой модели наставничества и направление отчёта в Комитет образования и науки",
                "до 20.06.2026",
                "Заместитель директора по УВР Кондратьева О.Н.",
                None,
                ("dl", 20, 6, 2026),
                [ZUVR],
            ),
            R(
                "Формирование долгосрочной базы наставников на 2026/2027 учебный год",
                "август 2026 г.",
                "Куратор, заместитель директора по УВР",
                "7.8",
                ("m", 8, 2026),
                [CUR, ZUVR],
            ),
        ],
    ),
]


def build_novokuznetsk(folder: Path) -> int:
    doc = new_document(size=12)
    for line in (
        "УТВЕРЖДАЮ",
        "Директор МБОУ «СОШ № 41»",
        "____________ Л.В. Шестакова",
        "Приказ от 29.08.2025 № 214-о",
    ):
        para(doc, line, align="r")
    para(doc, "")
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c")
    para(
        doc,
        f"(план мероприятий) по реализации целевой модели наставничества в {NK_ORG} на 2025/2026 учебный год",
        bold=True,
        align="c",
    )
    para(doc, "")
    para(
        doc,
        "Настоящая дорожная карта разработана в соответствии с распоряжением Министерства просвещения "
        "Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) "
        "наставничества обучающихся для организаций, осуществляющих образовательную деятельность по "
        "общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального "
        "образования, в том числе с применением лучших практик обмена опытом между обучающимися», "
        "приказом Министерства образования Кузбасса и Положением о программе наставничества "
        "МБОУ «СОШ № 41» и определяет перечень мероприятий, сроки их исполнения и ответственных "
        "исполнителей по каждому из этапов реализации программы наставничества.",
        align="j",
    )
    para(doc, "")
    headers = [
        "№ п/п",
        "Этап реализации",
        "Наименование мероприятия",
        "Срок исполнения",
        "Ответственный исполнитель",
        "Отметка о выполнении",
    ]
    table = new_table(doc, headers, header_size=10)
    n = 0
    for _sid, heading, rows in NK_SECTIONS:
        first_idx = len(table.rows)
        for row in rows:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], f"{n}.", size=11)
            set_cell(cells[2], row.text, size=11)
            set_cell(cells[3], row.date, size=11)
            set_cell(cells[4], row.resp, size=11)
            set_cell(cells[5], "")
        last_idx = len(table.rows) - 1
        merged = table.cell(first_idx, 1).merge(table.cell(last_idx, 1))
        set_cell(merged, heading, bold=True, size=11)
    set_widths(table, [1.0, 3.2, 6.2, 2.3, 3.0, 2.3])
    para(doc, "")
    para(doc, "Исполнитель: Кондратьева О.Н., заместитель директора по УВР, тел. 8 (3843) 77-41-05")
    doc.save(str(folder / "dorozhnaya_karta_nastavnichestvo_2025-2026.docx"))
    write_truth(folder, NK_ORG, NK_YEAR, sections_truth(NK_SECTIONS, NK_YEAR))
    return n


# =========================================================================== 2: Ульяновск, PDF
# Gymnasium on the Volga.  The 2019 list's own phrasing with local additions; landscape; numbered
# stage rows spanning the table; PDF text layer exported by LibreOffice.

UL_ORG = "МБОУ «Гимназия № 24» г. Ульяновска"
UL_YEAR = 2024

UL_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Информирование педагогического сообщества гимназии о реализации программы наставничества (августовский педсовет, совещание при директоре)",
                "Август – сентябрь 2024",
                "Директор, зам. директора по УВР",
                "1.1",
                ("r", 8, 9, 2024, 2024),
                [DIR, ZUVR],
            ),
            R(
                "Назначение куратора программы наставничества, создание рабочей группы (приказ по гимназии)",
                "до 02.09.2024",
                "Директор",
                None,
                ("dl", 2, 9, 2024),
                [DIR],
            ),
            R(
                "Информирование родительского сообщества о планируемой реализации программы наставничества: общегимназическое родительское собрание, заседание Совета родителей",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                ("m", 9),
                [ZVR, CT],
            ),
            R(
                "Встреча с обучающимися 5–11 классов с информированием о реализуемой программе наставничества (в рамках «Разговоров о важном», выступление Совета гимназистов)",
                "Сентябрь",
                "Советник директора по воспитанию, Совет гимназистов",
                "1.4",
                ("m", 9),
                [SC, OTH],
            ),
            R(
                "Встреча с сообществом выпускников гимназии и представителями вузов-партнёров (УлГУ, УлГПУ им. И.Н. Ульянова) с целью информирования о реализации программы наставничества",
                "Октябрь",
                "Куратор программы, зам. директора по ВР",
                "1.3",
                ("m", 10),
                [CUR, ZVR],
            ),
            R(
                "Заключение соглашений о сотрудничестве с организациями-партнёрами",
                "I полугодие",
                "Директор",
                None,
                ("r", 9, 12),
                [DIR],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Проведение анкетирования среди обучающихся/педагогов, желающих принять участие в программе наставничества (Яндекс-форма). Сбор согласий на обработку ПДн от совершеннолетних участников",
                "до 20.09",
                "Куратор программы, педагог-психолог",
                "2.1",
                ("dl", 20, 9),
                [CUR, PSY],
            ),
            R(
                "Сбор дополнительной информации о запросах наставляемых от классных руководителей, психолога, родителей. Согласия законных представителей несовершеннолетних участников",
                "Сентябрь – октябрь",
                "Классные руководители, соц. педагог",
                "2.2",
                ("r", 9, 10),
                [CT, SOC],
            ),
            R(
                "Анализ полученных данных. Формирование базы наставляемых (отдельно по формам «ученик – ученик», «учитель – учитель», «студент – ученик»)",
                "Октябрь",
                "Куратор программы",
                "2.3",
                ("m", 10),
                [CUR],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества, реализуемых в 2024-2025 уч. году, с учётом запросов наставляемых",
                "Октябрь",
                "Методический совет гимназии",
                "3.1",
                ("m", 10),
                [OTH],
            ),
            R(
                "Оценка участников-наставляемых по заданным параметрам (входная диагностика: стартовые работы, ВПР, анкета учебной мотивации)",
                "Октябрь",
                "Зам. директора по УВР, педагог-психолог",
                "3.2",
                ("m", 10),
                [ZUVR, PSY],
            ),
            R(
                "Анкетирование потенциальных наставников из числа педагогов, гимназистов 9–11 классов, студентов-выпускников. Сбор согласий на обработку ПДн",
                "Октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                [CUR],
            ),
            R(
                "Анализ анкет потенциальных наставников и сопоставление с анкетами наставляемых. Формирование базы наставников",
                "Ноябрь",
                "Куратор программы, руководители МО",
                "3.4",
                ("m", 11),
                [CUR, HMO],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Оценка участников-наставников по заданным параметрам",
                "Ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                [PSY],
            ),
            R(
                "Собеседование с наставниками (при необходимости – с привлечением психолога)",
                "Ноябрь",
                "Куратор программы, педагог-психолог",
                "4.2",
                ("m", 11),
                [CUR, PSY],
            ),
            R(
                "Поиск экспертов и материалов для обучения наставников (ресурсы ЦНППМ, методические рекомендации ИРО Ульяновской области)",
                "Ноябрь",
                "Зам. директора по НМР",
                "4.3",
                ("m", 11),
                [ZD],
            ),
            R(
                "Обучение наставников-педагогов: цикл занятий «Школа наставника» (4 встречи)",
                "Ноябрь – декабрь",
                "Зам. директора по НМР, методист",
                "4.4",
                ("r", 11, 12),
                [ZD, MET],
            ),
            R(
                "Обучение наставников-гимназистов: тренинг «Как помочь другу учиться»",
                "Декабрь",
                "Педагог-психолог, тьютор",
                "4.4",
                ("m", 12),
                [PSY, TUT],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар или групп",
        [
            R(
                "Организация групповой встречи наставников и наставляемых (квест «Найди своего наставника»)",
                "Декабрь",
                "Советник директора по воспитанию, куратор программы",
                "5.1",
                ("m", 12),
                [SC, CUR],
            ),
            R(
                "Анкетирование на предмет предпочитаемого наставника/наставляемого после групповой встречи",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                [PSY],
            ),
            R(
                "Анализ анкет и соединение наставников и наставляемых в пары/группы",
                "Декабрь",
                "Куратор программы",
                "5.3",
                ("m", 12),
                [CUR],
            ),
            R(
                "Информирование участников о сложившихся парах/группах. Закрепление пар/групп приказом директора гимназии",
                "Январь 2025",
                "Директор, куратор программы",
                "5.4",
                ("m", 1, 2025),
                [DIR, CUR],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар или групп",
        [
            R(
                "Первая, организационная, встреча наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                [MEN],
            ),
            R(
                "Вторая, пробная рабочая, встреча наставника и наставляемого",
                "Январь",
                "Наставники",
                "6.2",
                ("m", 1),
                [MEN],
            ),
            R(
                "Встреча-планирование рабочего процесса, составление индивидуальных планов развития наставляемых",
                "Январь",
                "Наставники, куратор программы",
                "6.3",
                ("m", 1),
                [MEN, CUR],
            ),
            R(
                "Регулярные встречи наставника и наставляемого (не реже 1 раза в две недели)",
                "II полугодие",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                [MEN],
            ),
            R(
                "Сбор обратной связи от участников программы (промежуточное анкетирование, дневники наставника)",
                "Март",
                "Куратор программы",
                "6.5",
                ("m", 3),
                [CUR],
            ),
            R(
                "Открытые уроки и мастер-классы пар «учитель – учитель» в рамках Методической недели гимназии",
                "Март",
                "Руководители МО",
                None,
                ("m", 3),
                [HMO],
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "Апрель",
                "Наставники",
                "6.6",
                ("m", 4),
                [MEN],
            ),
            R(
                "Групповая заключительная встреча всех пар и групп наставников и наставляемых",
                "Май",
                "Куратор программы",
                "6.7",
                ("m", 5),
                [CUR],
            ),
            R(
                "Анкетирование участников. Мониторинг личной удовлетворённости участием в программе наставничества",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                [PSY],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Приглашение на торжественное мероприятие всех участников программы, их родителей, организаций-партнёров, представителей Управления образования администрации г. Ульяновска",
                "Май",
                "Зам. директора по ВР",
                "7.1",
                ("m", 5),
                [ZVR],
            ),
            R(
                "Гимназический фестиваль «Вместе к успеху»: подведение итогов программы наставничества и награждение лучших наставников",
                "Май",
                "Директор, зам. директора по ВР, советник директора по воспитанию",
                "7.2",
                ("m", 5),
                [DIR, ZVR, SC],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                [ZUVR],
            ),
            R(
                "Оценка участников по заданным параметрам, второй (заключающий) этап мониторинга влияния программ на всех участников",
                "Май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                [PSY],
            ),
            R(
                "Оформление итогов работы пар в кейсы, пополнение методической копилки гимназии",
                "Июнь",
                "Наставники, методист",
                "7.5",
                ("m", 6),
                [MEN, MET],
            ),
            R(
                "Публикация результатов программы, лучших наставников и кейсов на сайте гимназии и в сообществе «ВКонтакте»",
                "Июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                [OTH],
            ),
            R(
                "Внесение данных об итогах реализации программы в базу наставников и базу наставляемых",
                "Июнь",
                "Куратор программы",
                "7.7",
                ("m", 6),
                [CUR],
            ),
            R(
                "Отчёт о реализации программы наставничества на итоговом педагогическом совете",
                "Июнь",
                "Зам. директора по УВР",
                None,
                ("m", 6),
                [ZUVR],
            ),
        ],
    ),
]

UL_RESULTS = {
    "1.1": "протокол педсовета",
    "1.2": "информационная справка",
    "1.3": "протоколы собраний",
    "2.1": "анкеты, согласия",
    "2.3": "база наставляемых",
    "3.4": "база наставников",
    "4.4": "лист регистрации",
    "5.4": "приказ",
    "6.4": "журнал встреч",
    "7.2": "сценарий, фотоотчёт",
    "7.6": "публикация на сайте",
}


def build_ulyanovsk(folder: Path) -> int:
    doc = new_document(landscape=True, size=11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "УТВЕРЖДЕНО", align="r")
    para(doc, "приказом директора МБОУ «Гимназия № 24»", align="r")
    para(doc, "от 30.08.2024 № 312-од", align="r")
    para(doc, "")
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=13)
    para(doc, "реализации целевой модели наставничества обучающихся и педагогов", bold=True, align="c")
    para(doc, f"в {UL_ORG} на 2024-2025 учебный год", bold=True, align="c")
    para(doc, "")
    headers = ["№ п/п", "Содержание мероприятия", "Сроки", "Ответственные", "Планируемый результат"]
    table = new_table(doc, headers)
    n = 0
    for sid, heading, rows in UL_SECTIONS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[4])
        set_cell(merged, heading, bold=True)
        for k, row in enumerate(rows, start=1):
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], f"{sid}.{k}")
            set_cell(cells[1], row.text)
            set_cell(cells[2], row.date)
            set_cell(cells[3], row.resp)
            set_cell(cells[4], UL_RESULTS.get(row.aid or "", ""))
    set_widths(table, [1.4, 12.0, 3.3, 5.5, 4.5])
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ Е.А. Мухина")
    pdf = docx_to_pdf_bytes(doc, "gimn24")
    (folder / "Дорожная_карта_Гимназия24_2024-2025.pdf").write_bytes(pdf)
    write_truth(folder, UL_ORG, UL_YEAR, sections_truth(UL_SECTIONS, UL_YEAR))
    return n


# =========================================================================== 3: Зеленчукская, scan
# Stanitsa school in Karachay-Cherkessia, terse.  Roman stage rows, short abbreviations; printed by
# LibreOffice, scanned at 300 dpi into an image-only PDF of two pages.

ZL_ORG = "МКОУ «СОШ № 3» ст. Зеленчукской"
ZL_YEAR = 2023

ZL_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий",
        [
            R(
                "Приказ о внедрении ЦМН, назначение куратора",
                "до 01.09.2023",
                "Директор",
                None,
                ("dl", 1, 9, 2023),
                [DIR],
            ),
            R(
                "Информирование педколлектива (педсовет)",
                "август 2023",
                "Директор",
                "1.1",
                ("m", 8, 2023),
                [DIR],
            ),
            R("Род. собрания: информирование о программе", "сентябрь", "Кл. рук.", "1.2", ("m", 9), [CT]),
            R(
                "Кл. часы для уч-ся 5-11 кл. о наставничестве",
                "сентябрь",
                "Кл. рук., ст. вожатая",
                "1.4",
                ("m", 9),
                [CT, SC],
            ),
            R(
                "Встреча с выпускниками, представителями предприятий станицы",
                "октябрь",
                "ЗДВР",
                "1.3",
                ("m", 10),
                [ZVR],
            ),
        ],
    ),
    (
        2,
        "II. База наставляемых",
        [
            R(
                "Анкетирование наставляемых, согласия на обработку ПД",
                "сентябрь",
                "Куратор",
                "2.1",
                ("m", 9),
                [CUR],
            ),
            R(
                "Сбор инф. о запросах наставляемых (кл. рук., психолог, родители), согласия родителей",
                "сентябрь-октябрь",
                "Кл. рук., психолог",
                "2.2",
                ("r", 9, 10),
                [CT, PSY],
            ),
            R("Формирование базы наставляемых", "октябрь", "Куратор", "2.3", ("m", 10), [CUR]),
        ],
    ),
    (
        3,
        "III. База наставников",
        [
            R("Выбор форм наставничества", "октябрь", "ЗДУВР", "3.1", ("m", 10), [ZUVR]),
            R("Входной мониторинг наставляемых", "октябрь", "Психолог", "3.2", ("m", 10), [PSY]),
            R("Анкетирование наставников, согласия на ПД", "октябрь", "Куратор", "3.3", ("m", 10), [CUR]),
            R("Формирование базы наставников", "до 01.11.2023", "Куратор", "3.4", ("dl", 1, 11, 2023), [CUR]),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R("Собеседование с наставниками", "ноябрь", "ЗДУВР, психолог", "4.2", ("m", 11), [ZUVR, PSY]),
            R("Обучение наставников (шк. семинар)", "ноябрь", "ЗДУВР", "4.4", ("m", 11), [ZUVR]),
            R("Курсы ПК для наставников (КЧРИПКРО)", "по плану института", "ЗДУВР", "4.4", ("u",), [ZUVR]),
        ],
    ),
    (
        5,
        "V. Пары / группы",
        [
            R("Общая встреча наставников и наставляемых", "декабрь", "Куратор", "5.1", ("m", 12), [CUR]),
            R("Анкетирование после встречи", "декабрь", "Психолог", "5.2", ("m", 12), [PSY]),
            R("Формирование пар/групп", "декабрь", "Куратор, психолог", "5.3", ("m", 12), [CUR, PSY]),
            R("Приказ о закреплении пар", "декабрь", "Директор", "5.4", ("m", 12), [DIR]),
        ],
    ),
    (
        6,
        "VI. Работа пар",
        [
            R("Первая встреча пар", "январь", "Наставники", "6.1", ("m", 1), [MEN]),
            R("План работы пары", "январь", "Наставники", "6.3", ("m", 1), [MEN]),
            R("Регулярные встречи", "январь-апрель", "Наставники", "6.4", ("r", 1, 4), [MEN]),
            R("Обратная связь от участников", "март", "Куратор", "6.5", ("m", 3), [CUR]),
            R("Заключительные встречи в парах", "апрель", "Наставники", "6.6", ("m", 4), [MEN]),
            R("Общая итоговая встреча всех пар", "май", "Куратор, ЗДВР", "6.7", ("m", 5), [CUR, ZVR]),
            R("Анкета удовлетворенности", "май", "Психолог", "6.8", ("m", 5), [PSY]),
        ],
    ),
    (
        7,
        "VII. Завершение",
        [
            R(
                "Торжественное подведение итогов, награждение наставников",
                "май",
                "Директор, ЗДВР",
                "7.2",
                ("m", 5),
                [DIR, ZVR],
            ),
            R("Мониторинг качества программы", "май", "ЗДУВР", "7.3", ("m", 5), [ZUVR]),
            R("Итоговая диагностика участников", "май", "Психолог", "7.4", ("m", 5), [PSY]),
            R("Кейсы лучших практик", "июнь", "Наставники, рук. ШМО", "7.5", ("m", 6), [MEN, HMO]),
            R("Публикация итогов на сайте школы", "июнь", "Отв. за сайт", "7.6", ("m", 6), [OTH]),
            R("Отчет в УО Зеленчукского МР", "до 10.06.2024", "ЗДУВР", None, ("dl", 10, 6, 2024), [ZUVR]),
        ],
    ),
]

SCAN_SEED = 20231115


def build_zelenchukskaya(folder: Path) -> int:
    doc = new_document(size=13)
    para(doc, "Утверждаю", align="r")
    para(doc, "Директор МКОУ «СОШ № 3»", align="r")
    para(doc, "__________ Р.Х. Тамбиева", align="r")
    para(doc, "«31» августа 2023 г.", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(doc, f"по внедрению ЦМН в {ZL_ORG}", bold=True, align="c", size=14)
    para(doc, "на 2023-2024 уч. год", bold=True, align="c", size=14)
    para(doc, "")
    para(
        doc,
        "Цель: создание условий для поддержки, самоопределения и профориентации уч-ся, адаптации молодых учителей.",
    )
    para(doc, "Формы: «учитель – учитель», «ученик – ученик».")
    para(doc, "Куратор ЦМН – Байрамукова Ф.А., учитель истории.")
    para(doc, "")
    table = new_table(doc, ["№", "Мероприятие", "Срок", "Отв."])
    n = 0
    for _sid, heading, rows in ZL_SECTIONS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[3])
        set_cell(merged, heading, bold=True)
        for row in rows:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], str(n))
            set_cell(cells[1], row.text)
            set_cell(cells[2], row.date)
            set_cell(cells[3], row.resp)
    set_widths(table, [1.0, 9.6, 3.5, 3.8])
    para(doc, "")
    para(doc, "ЗДУВР __________ Л.М. Кубанова")
    pdf = docx_to_pdf_bytes(doc, "zel3")
    assert page_count(pdf) == 2, page_count(pdf)
    rng = np.random.default_rng(SCAN_SEED)
    pages = [scan_page(render_page(pdf, i, 300), rng) for i in range(2)]
    pages[0].save(
        str(folder / "scan_dorozhnaya_karta.pdf"),
        save_all=True,
        append_images=pages[1:],
        resolution=300,
    )
    write_truth(folder, ZL_ORG, ZL_YEAR, sections_truth(ZL_SECTIONS, ZL_YEAR))
    return n


# =========================================================================== 4: Якутск, photo
# One page of a Yakutsk school's plan, photographed on a desk.  Short event-style rows.

YK_ORG = "МОБУ «СОШ № 26» г. Якутска"
YK_YEAR = 2025

YK_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка",
        [
            R(
                "Педсовет «Наставничество в школе: старт нового учебного года»",
                "28.08.2025",
                "Директор, зам. директора по УВР",
                "1.1",
                ("d", 28, 8, 2025),
                [DIR, ZUVR],
            ),
            R(
                "Приказ о назначении куратора ЦМН, утверждение плана",
                "до 05.09.2025",
                "Директор",
                None,
                ("dl", 5, 9, 2025),
                [DIR],
            ),
            R(
                "Общешкольное родительское собрание: о программе наставничества",
                "сентябрь",
                "Кл. руководители",
                "1.2",
                ("m", 9),
                [CT],
            ),
            R(
                "Классные часы «Наставник – кто это?» в 5–11 классах",
                "сентябрь",
                "Кл. руководители, советник по воспитанию",
                "1.4",
                ("m", 9),
                [CT, SC],
            ),
        ],
    ),
    (
        2,
        "Этап 2. База наставляемых",
        [
            R(
                "Анкетирование учащихся и педагогов (наставляемые), сбор согласий",
                "сентябрь",
                "Куратор ЦМН",
                "2.1",
                ("m", 9),
                [CUR],
            ),
            R("Формирование базы наставляемых", "до 30.09", "Куратор ЦМН", "2.3", ("dl", 30, 9), [CUR]),
        ],
    ),
    (
        3,
        "Этап 3. База наставников",
        [
            R(
                "Анкетирование наставников, согласия на обработку ПД",
                "октябрь",
                "Куратор ЦМН",
                "3.3",
                ("m", 10),
                [CUR],
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "Куратор ЦМН, рук. ШМО",
                "3.4",
                ("m", 10),
                [CUR, HMO],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Обучение наставников",
        [
            R(
                "Семинар для наставников «Первые шаги наставника»",
                "ноябрь",
                "Зам. директора по НМР",
                "4.4",
                ("m", 11),
                [ZD],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Пары",
        [
            R(
                "Встреча-знакомство наставников и наставляемых «Давайте дружить!»",
                "ноябрь",
                "Советник по воспитанию, куратор ЦМН",
                "5.1",
                ("m", 11),
                [SC, CUR],
            ),
            R("Приказ о закреплении наставнических пар", "ноябрь", "Директор", "5.4", ("m", 11), [DIR]),
        ],
    ),
    (
        6,
        "Этап 6. Работа пар",
        [
            R("Организационная встреча в парах", "декабрь", "Наставники", "6.1", ("m", 12), [MEN]),
            R("Регулярные встречи пар", "декабрь – апрель", "Наставники", "6.4", ("r", 12, 4), [MEN]),
            R(
                "Анкета обратной связи (середина года)",
                "февраль",
                "Педагог-психолог",
                "6.5",
                ("m", 2),
                [PSY],
            ),
            R(
                "Общая итоговая встреча пар «Мы – команда»",
                "апрель",
                "Куратор ЦМН",
                "6.7",
                ("m", 4),
                [CUR],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение",
        [
            R(
                "Праздник «Спасибо, наставник!», награждение лучших наставников",
                "май",
                "Директор, советник по воспитанию",
                "7.2",
                ("m", 5),
                [DIR, SC],
            ),
            R(
                "Мониторинг эффективности программы наставничества",
                "май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                [ZUVR],
            ),
            R(
                "Публикация итогов на сайте школы и в Telegram-канале",
                "июнь",
                "Отв. за сайт",
                "7.6",
                ("m", 6),
                [OTH],
            ),
        ],
    ),
]

PHOTO_SEED = 20251002


def build_yakutsk(folder: Path) -> int:
    doc = new_document(size=11)
    para(
        doc, "Согласовано на заседании педагогического совета, протокол № 1 от 28.08.2025", align="r", size=10
    )
    para(doc, "")
    para(doc, "План-график («дорожная карта») реализации программы наставничества", bold=True, align="c")
    para(doc, f"{YK_ORG} на 2025-2026 учебный год", bold=True, align="c")
    para(doc, "")
    table = new_table(doc, ["№", "Мероприятие", "Сроки", "Ответственные"])
    n = 0
    for _sid, heading, rows in YK_SECTIONS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[3])
        set_cell(merged, heading, bold=True)
        for row in rows:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], f"{n}.")
            set_cell(cells[1], row.text)
            set_cell(cells[2], row.date)
            set_cell(cells[3], row.resp)
    set_widths(table, [0.9, 9.0, 3.1, 4.9])
    para(doc, "")
    para(doc, "Куратор ЦМН _________ Н.П. Винокурова")
    pdf = docx_to_pdf_bytes(doc, "yak26")
    assert page_count(pdf) == 1, page_count(pdf)
    photo = photo_of(render_page(pdf, 0, 160), np.random.default_rng(PHOTO_SEED))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=72)
    (folder / "IMG_20250911_142307.jpg").write_bytes(buf.getvalue())
    write_truth(folder, YK_ORG, YK_YEAR, sections_truth(YK_SECTIONS, YK_YEAR))
    return n


# =========================================================================== 5: Воскресенск, XLSX
# College in the Moscow region, written in Excel: merged title rows, the stage column merged down,
# a hidden helper column (month number used for sorting), one real date cell.

VK_ORG = "ГБПОУ МО «Воскресенский колледж»"
VK_YEAR = 2024

# (row, reporting form); the first row's date is a real datetime cell.
VK_SECTIONS: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Издание приказа о реализации программы наставничества в колледже в 2024/2025 уч. году",
                    "02.09.2024",
                    "Директор",
                    None,
                    ("d", 2, 9, 2024),
                    [DIR],
                ),
                "приказ",
            ),
            (
                R(
                    "Информирование педагогических работников о программе наставничества на заседании педагогического совета колледжа",
                    "август 2024",
                    "Зам. директора по УР",
                    "1.1",
                    ("m", 8, 2024),
                    [ZUVR],
                ),
                "протокол",
            ),
            (
                R(
                    "Информирование родителей студентов 1 курса на родительских собраниях в группах",
                    "сентябрь 2024",
                    "Кураторы групп, заведующие отделениями",
                    "1.2",
                    ("m", 9, 2024),
                    [CT, OTH],
                ),
                "протоколы собраний",
            ),
            (
                R(
                    "Информационные кураторские часы для студентов 1–2 курсов «Наставничество: что это даёт студенту»",
                    "сентябрь 2024",
                    "Кураторы групп",
                    "1.4",
                    ("m", 9, 2024),
                    [CT],
                ),
                "план кураторского часа",
            ),
            (
                R(
                    "Круглый стол с работодателями-партнёрами и выпускниками колледжа «Наставничество на производстве»: информирование о программе",
                    "октябрь 2024",
                    "Зам. директора по УПР, руководитель ЦСТВ",
                    "1.3",
                    ("m", 10, 2024),
                    [ZD, OTH],
                ),
                "резолюция",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование студентов и молодых педагогов (стаж до 3 лет) для выявления запросов; сбор согласий совершеннолетних участников на обработку ПД",
                    "сентябрь – октябрь 2024",
                    "Педагог-психолог, методист",
                    "2.1",
                    ("r", 9, 10, 2024, 2024),
                    [PSY, MET],
                ),
                "анкеты, согласия",
            ),
            (
                R(
                    "Сбор сведений о наставляемых от кураторов групп, социального педагога, родителей; согласия законных представителей несовершеннолетних студентов",
                    "октябрь 2024",
                    "Социальный педагог",
                    "2.2",
                    ("m", 10, 2024),
                    [SOC],
                ),
                "согласия",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "до 31.10.2024",
                    "Методист",
                    "2.3",
                    ("dl", 31, 10, 2024),
                    [MET],
                ),
                "база наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            (
                R(
                    "Определение форм наставничества: «студент – студент», «работодатель – студент», «педагог – педагог»",
                    "октябрь 2024",
                    "Зам. директора по УР, председатели ПЦК",
                    "3.1",
                    ("m", 10, 2024),
                    [ZUVR, HMO],
                ),
                "протокол МС",
            ),
            (
                R(
                    "Входная диагностика наставляемых (уровень профессиональных компетенций, адаптация в группе)",
                    "октябрь 2024",
                    "Педагог-психолог, мастера п/о",
                    "3.2",
                    ("m", 10, 2024),
                    [PSY, TEA],
                ),
                "диагностическая карта",
            ),
            (
                R(
                    "Анкетирование потенциальных наставников из числа преподавателей, студентов старших курсов, представителей работодателей; согласия на обработку ПД",
                    "ноябрь 2024",
                    "Методист",
                    "3.3",
                    ("m", 11, 2024),
                    [MET],
                ),
                "анкеты",
            ),
            (
                R("Формирование базы наставников", "ноябрь 2024", "Методист", "3.4", ("m", 11, 2024), [MET]),
                "база наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            (
                R(
                    "Собеседование с кандидатами в наставники",
                    "ноябрь 2024",
                    "Зам. директора по УР, педагог-психолог",
                    "4.2",
                    ("m", 11, 2024),
                    [ZUVR, PSY],
                ),
                "",
            ),
            (
                R(
                    "Подбор материалов и экспертов для обучения наставников (АСОУ, ЦНППМ)",
                    "ноябрь 2024",
                    "Методист",
                    "4.3",
                    ("m", 11, 2024),
                    [MET],
                ),
                "",
            ),
            (
                R(
                    "Обучение наставников: вебинары, КПК «Наставничество в системе СПО»",
                    "декабрь 2024",
                    "Методист",
                    "4.4",
                    ("m", 12, 2024),
                    [MET],
                ),
                "удостоверения",
            ),
            (
                R(
                    "Участие преподавателей-наставников в региональном конкурсе «Лучший наставник СПО Подмосковья»",
                    "март 2025",
                    "Методист",
                    None,
                    ("m", 3, 2025),
                    [MET],
                ),
                "заявка",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "декабрь 2024",
                    "Методист, кураторы групп",
                    "5.1",
                    ("m", 12, 2024),
                    [MET, CT],
                ),
                "",
            ),
            (
                R(
                    "Анкетирование участников после встречи (выбор наставника)",
                    "декабрь 2024",
                    "Педагог-психолог",
                    "5.2",
                    ("m", 12, 2024),
                    [PSY],
                ),
                "анкеты",
            ),
            (
                R(
                    "Формирование пар и групп по итогам анкетирования",
                    "декабрь 2024",
                    "Методист, педагог-психолог",
                    "5.3",
                    ("m", 12, 2024),
                    [MET, PSY],
                ),
                "список пар",
            ),
            (
                R(
                    "Приказ о закреплении наставнических пар/групп",
                    "январь 2025",
                    "Директор",
                    "5.4",
                    ("m", 1, 2025),
                    [DIR],
                ),
                "приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар/групп",
        [
            (
                R(
                    "Организационная встреча наставника и наставляемого",
                    "январь 2025",
                    "Наставники",
                    "6.1",
                    ("m", 1, 2025),
                    [MEN],
                ),
                "",
            ),
            (
                R("Пробная рабочая встреча", "январь 2025", "Наставники", "6.2", ("m", 1, 2025), [MEN]),
                "",
            ),
            (
                R(
                    "Составление плана работы пары/группы (встреча-планирование)",
                    "февраль 2025",
                    "Наставники, методист",
                    "6.3",
                    ("m", 2, 2025),
                    [MEN, MET],
                ),
                "план работы",
            ),
            (
                R(
                    "Регулярные встречи наставника и наставляемого, в т. ч. в период производственной практики",
                    "февраль – май 2025",
                    "Наставники, мастера п/о",
                    "6.4",
                    ("r", 2, 5, 2025, 2025),
                    [MEN, TEA],
                ),
                "журнал наставника",
            ),
            (
                R(
                    "Сбор обратной связи от участников (онлайн-опрос)",
                    "март 2025",
                    "Методист",
                    "6.5",
                    ("m", 3, 2025),
                    [MET],
                ),
                "результаты опроса",
            ),
            (
                R(
                    "Подготовка студентов-наставляемых к региональному этапу чемпионата «Профессионалы»",
                    "февраль – март 2025",
                    "Наставники, преподаватели спецдисциплин",
                    None,
                    ("r", 2, 3, 2025, 2025),
                    [MEN, TEA],
                ),
                "",
            ),
            (
                R(
                    "Заключительная встреча наставника и наставляемого",
                    "май 2025",
                    "Наставники",
                    "6.6",
                    ("m", 5, 2025),
                    [MEN],
                ),
                "",
            ),
            (
                R(
                    "Анкетирование участников: удовлетворённость участием в программе",
                    "май 2025",
                    "Педагог-психолог",
                    "6.8",
                    ("m", 5, 2025),
                    [PSY],
                ),
                "анализ анкет",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            (
                R(
                    "Итоговое мероприятие «Наставничество: итоги года», награждение лучших наставников",
                    "июнь 2025",
                    "Директор, зам. директора по ВР",
                    "7.2",
                    ("m", 6, 2025),
                    [DIR, ZVR],
                ),
                "фотоотчёт",
            ),
            (
                R(
                    "Мониторинг качества реализации программы наставничества",
                    "июнь 2025",
                    "Зам. директора по УР",
                    "7.3",
                    ("m", 6, 2025),
                    [ZUVR],
                ),
                "справка",
            ),
            (
                R(
                    "Итоговая оценка участников (второй этап мониторинга)",
                    "июнь 2025",
                    "Педагог-психолог",
                    "7.4",
                    ("m", 6, 2025),
                    [PSY],
                ),
                "",
            ),
            (
                R(
                    "Оформление кейсов лучших наставнических практик",
                    "июнь 2025",
                    "Председатели ПЦК",
                    "7.5",
                    ("m", 6, 2025),
                    [HMO],
                ),
                "кейсы",
            ),
            (
                R(
                    "Размещение итогов на сайте колледжа",
                    "июнь 2025",
                    "Отв. за сайт",
                    "7.6",
                    ("m", 6, 2025),
                    [OTH],
                ),
                "ссылка",
            ),
            (
                R(
                    "Пополнение базы наставников (в т. ч. из числа работодателей) на следующий учебный год",
                    "август 2025",
                    "Методист",
                    "7.8",
                    ("m", 8, 2025),
                    [MET],
                ),
                "база наставников",
            ),
            (
                R(
                    "Отчёт в Министерство образования Московской области (форма мониторинга ЦМН)",
                    "по запросу",
                    "Зам. директора по УР",
                    None,
                    ("u",),
                    [ZUVR],
                ),
                "отчёт",
            ),
        ],
    ),
]


def _helper_month(spec: DateSpec) -> int | None:
    """The hidden sort key: the first month of the row, or None."""
    if spec[0] in ("m", "r", "d"):
        return spec[2] if spec[0] == "d" else spec[1]
    if spec[0] == "dl":
        return spec[2]
    return None


def build_voskresensk(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "План мероприятий («дорожная карта»)"
    ws["A2"] = f"по реализации программы наставничества в {VK_ORG}"
    ws["A3"] = "на 2024/2025 уч. год"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(name="Times New Roman", size=12, bold=True)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    headers = ["№", "мес", "Этап", "Мероприятие", "Срок", "Ответственный", "Форма отчётности"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(name="Times New Roman", size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    r = 6
    n = 0
    truth: list[dict[str, object]] = []
    for sid, stage, items in VK_SECTIONS:
        first = r
        for row, form in items:
            n += 1
            date: str | dt.datetime = row.date
            if row.spec[0] == "d":
                date = dt.datetime(row.spec[3], row.spec[2], row.spec[1])
            values: list[object] = [n, _helper_month(row.spec), stage if r == first else None]
            values += [row.text, date, row.resp, form]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(r, c, v)
                cell.font = Font(name="Times New Roman", size=11)
                cell.alignment = wrap
                cell.border = border
            if isinstance(date, dt.datetime):
                ws.cell(r, 5).number_format = "DD.MM.YYYY"
            truth.append(truth_row(row, sid, VK_YEAR))
            r += 1
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(first, 3).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.cell(first, 3).font = Font(name="Times New Roman", size=11, bold=True)
    for col, width in zip("ABCDEFG", (5, 5, 22, 60, 16, 30, 20), strict=True):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["B"].hidden = True
    ws.cell(r + 1, 4, "Зам. директора по УР ____________ С.В. Лаврентьева")
    ws.freeze_panes = "A6"
    wb.save(str(folder / "ДК_наставничество_2024-2025.xlsx"))
    write_truth(folder, VK_ORG, VK_YEAR, truth)
    return n


# =========================================================================== 6: Самара, kindergarten
# Kindergarten on the Volga, stage-grouped: one table row per stage (stage 6 over two rows, the stage
# cell merged), numbered sub-activities «1) 2) 3)» in one cell, their dates and responsibles on
# lines padded with empty lines so that they stay level with the wrapped activity text.

SM_ORG = "МБДОУ «Детский сад № 118 «Золотой ключик»» г.о. Самара"
SM_YEAR = 2023

# (stage id, stage cell text, groups of sub-activities; each group is one table row)
SM_STAGES: list[tuple[int, str, list[list[Row]]]] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества\n"
        "Задача: информирование участников образовательных отношений о запуске программы",
        [
            [
                R(
                    "Изучение нормативных документов по внедрению целевой модели наставничества",
                    "август 2023",
                    "ст. воспитатель",
                    None,
                    ("m", 8, 2023),
                    [OTH],
                ),
                R(
                    "Приказ о внедрении программы наставничества, назначение куратора",
                    "до 01.09.2023",
                    "заведующий",
                    None,
                    ("dl", 1, 9, 2023),
                    [DIR],
                ),
                R(
                    "Информирование педагогов ДОУ о реализации программы наставничества на установочном педсовете",
                    "31.08.2023",
                    "заведующий, ст. воспитатель",
                    "1.1",
                    ("d", 31, 8, 2023),
                    [DIR, OTH],
                ),
                R(
                    "Информирование родителей (законных представителей) о программе на групповых собраниях и через информационные стенды",
                    "сентябрь",
                    "воспитатели групп",
                    "1.2",
                    ("m", 9),
                    [TEA],
                ),
            ]
        ],
    ),
    (
        2,
        "Формирование базы наставляемых\nЗадача: выявление профессиональных затруднений педагогов",
        [
            [
                R(
                    "Анкетирование педагогов, желающих участвовать в программе в роли наставляемых (молодые специалисты, вновь принятые воспитатели); согласия на обработку персональных данных",
                    "сентябрь",
                    "педагог-психолог",
                    "2.1",
                    ("m", 9),
                    [PSY],
                ),
                R(
                    "Формирование базы наставляемых",
                    "до 29.09.2023",
                    "ст. воспитатель",
                    "2.3",
                    ("dl", 29, 9, 2023),
                    [OTH],
                ),
            ]
        ],
    ),
    (
        3,
        "Формирование базы наставников\nЗадача: поиск опытных педагогов, готовых стать наставниками",
        [
            [
                R(
                    "Выбор форм наставничества: «опытный педагог – молодой специалист», «педагог – педагог»",
                    "сентябрь",
                    "зам. заведующего по ВМР",
                    "3.1",
                    ("m", 9),
                    [ZD],
                ),
                R(
                    "Входная диагностика профессиональных затруднений наставляемых",
                    "октябрь",
                    "ст. воспитатель, педагог-психолог",
                    "3.2",
                    ("m", 10),
                    [OTH, PSY],
                ),
                R(
                    "Анкетирование потенциальных наставников, сбор согласий на обработку ПД",
                    "октябрь",
                    "ст. воспитатель",
                    "3.3",
                    ("m", 10),
                    [OTH],
                ),
                R("Формирование базы наставников", "октябрь", "ст. воспитатель", "3.4", ("m", 10), [OTH]),
            ]
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            [
                R(
                    "Собеседование с педагогами-наставниками",
                    "октябрь",
                    "заведующий, педагог-психолог",
                    "4.2",
                    ("m", 10),
                    [DIR, PSY],
                ),
                R(
                    "Подбор методических материалов для обучения наставников",
                    "октябрь – ноябрь",
                    "зам. заведующего по ВМР",
                    "4.3",
                    ("r", 10, 11),
                    [ZD],
                ),
                R(
                    "Консультация для наставников «Организация работы с молодым педагогом»",
                    "ноябрь",
                    "ст. воспитатель",
                    "4.4",
                    ("m", 11),
                    [OTH],
                ),
            ]
        ],
    ),
    (
        5,
        "Формирование наставнических пар",
        [
            [
                R(
                    "Групповая встреча наставников и наставляемых (педагогическая гостиная «Будем знакомы»)",
                    "ноябрь",
                    "ст. воспитатель",
                    "5.1",
                    ("m", 11),
                    [OTH],
                ),
                R(
                    "Формирование наставнических пар с учётом пожеланий участников",
                    "ноябрь",
                    "ст. воспитатель, педагог-психолог",
                    "5.3",
                    ("m", 11),
                    [OTH, PSY],
                ),
                R("Приказ о закреплении наставнических пар", "ноябрь", "заведующий", "5.4", ("m", 11), [DIR]),
            ]
        ],
    ),
    (
        6,
        "Организация работы наставнических пар\n"
        "Задача: закрепление продуктивных отношений в паре «наставник – наставляемый»",
        [
            [
                R(
                    "Первая встреча наставника и наставляемого, знакомство с планом работы группы",
                    "ноябрь",
                    "педагоги-наставники",
                    "6.1",
                    ("m", 11),
                    [MEN],
                ),
                R(
                    "Составление индивидуального плана работы наставника с молодым специалистом",
                    "ноябрь",
                    "педагоги-наставники, ст. воспитатель",
                    "6.3",
                    ("m", 11),
                    [MEN, OTH],
                ),
                R(
                    "Регулярные встречи, взаимопосещение НОД, консультации",
                    "в течение года",
                    "педагоги-наставники",
                    "6.4",
                    ("c",),
                    [MEN],
                ),
            ],
            [
                R(
                    "Промежуточная анкета обратной связи для наставников и наставляемых",
                    "январь",
                    "педагог-психолог",
                    "6.5",
                    ("m", 1),
                    [PSY],
                ),
                R(
                    "Открытый показ НОД молодыми специалистами",
                    "март",
                    "наставляемые, ст. воспитатель",
                    None,
                    ("m", 3),
                    [OTH],
                ),
                R(
                    "Заключительная встреча наставника и наставляемого",
                    "апрель",
                    "педагоги-наставники",
                    "6.6",
                    ("m", 4),
                    [MEN],
                ),
                R(
                    "Анкетирование «Удовлетворённость участием в программе наставничества»",
                    "апрель",
                    "педагог-психолог",
                    "6.8",
                    ("m", 4),
                    [PSY],
                ),
            ],
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            [
                R(
                    "Итоговый педсовет: подведение итогов программы наставничества, награждение лучших наставников грамотами",
                    "май",
                    "заведующий",
                    "7.2",
                    ("m", 5),
                    [DIR],
                ),
                R(
                    "Мониторинг качества реализации программы наставничества",
                    "май",
                    "зам. заведующего по ВМР",
                    "7.3",
                    ("m", 5),
                    [ZD],
                ),
                R(
                    "Оформление кейсов (портфолио наставнической пары)",
                    "май",
                    "педагоги-наставники",
                    "7.5",
                    ("m", 5),
                    [MEN],
                ),
                R("Публикация итогов на сайте ДОУ", "июнь", "ответственный за сайт", "7.6", ("m", 6), [OTH]),
                R(
                    "Формирование базы наставников на 2024-2025 уч. год",
                    "август 2024",
                    "ст. воспитатель",
                    "7.8",
                    ("m", 8, 2024),
                    [OTH],
                ),
            ]
        ],
    ),
]

SM_WIDTHS = (1.0, 3.9, 7.1, 2.6, 3.4)
SM_SIZE = 12.0


def _padded_cells(rows: Sequence[Row]) -> tuple[str, str, str]:
    """Activity, date and responsible cell texts with empty lines keeping each sub-item level."""
    acts: list[str] = []
    dates: list[str] = []
    resps: list[str] = []
    for k, row in enumerate(rows, start=1):
        act = f"{k}) {row.text}"
        la = wrapped_lines(act, SM_WIDTHS[2], SM_SIZE)
        ld = wrapped_lines(row.date, SM_WIDTHS[3], SM_SIZE)
        lr = wrapped_lines(row.resp, SM_WIDTHS[4], SM_SIZE)
        h = max(la, ld, lr)
        last = k == len(rows)
        acts += [act] + ([""] * (h - la) if not last else [])
        dates += [row.date] + ([""] * (h - ld) if not last else [])
        resps += [row.resp] + ([""] * (h - lr) if not last else [])
    return "\n".join(acts), "\n".join(dates), "\n".join(resps)


def build_samara(folder: Path) -> int:
    doc = new_document(size=SM_SIZE)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Заведующий МБДОУ «Детский сад № 118»", align="r")
    para(doc, "___________ О.В. Курочкина", align="r")
    para(doc, "Приказ № 87-од от 31.08.2023", align="r")
    para(doc, "")
    para(doc, "Дорожная карта внедрения программы наставничества", bold=True, align="c")
    para(doc, SM_ORG, bold=True, align="c")
    para(doc, "на 2023-2024 учебный год", bold=True, align="c")
    para(doc, "")
    table = new_table(doc, ["№ п/п", "Этап", "Содержание деятельности", "Сроки", "Ответственные"])
    n = 0
    truth: list[dict[str, object]] = []
    for sid, stage_text, groups in SM_STAGES:
        first = len(table.rows)
        for group in groups:
            cells = table.add_row().cells
            act, dates, resps = _padded_cells(group)
            set_cell(cells[2], act)
            set_cell(cells[3], dates)
            set_cell(cells[4], resps)
            for row in group:
                n += 1
                truth.append(truth_row(row, sid, SM_YEAR))
        last = len(table.rows) - 1
        num = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
        set_cell(num, f"{sid}.")
        stage = table.cell(first, 1).merge(table.cell(last, 1)) if last > first else table.cell(first, 1)
        title, *rest = stage_text.split("\n")
        set_cell(stage, title, bold=True)
        for line in rest:
            stage.add_paragraph().add_run(line).italic = True
    set_widths(table, SM_WIDTHS)
    para(doc, "")
    para(doc, "Старший воспитатель ___________ Е.Н. Гусева")
    doc.save(str(folder / "дорожная карта наставничество ДОУ 118.docx"))
    write_truth(folder, SM_ORG, SM_YEAR, truth)
    return n


# =========================================================================== 7: Ермаковская ООШ, ODT
# Village school in the Irkutsk region.  No stage headings, rows retold as concrete events in the
# school's own order (some stages' activities interleaved); written in Word, saved as ODT.

ER_ORG = "МКОУ Ермаковская ООШ Тулунского района"
ER_YEAR = 2025

ER_ROWS: list[Row] = [
    R(
        "Педсовет «Наставничество: старт». Обсуждаем план на год",
        "29 августа 2025 г.",
        "Директор школы Пахомова Г.И.",
        "1.1",
        ("d", 29, 8, 2025),
        [DIR],
    ),
    R(
        "Приказ о назначении куратора наставничества и утверждении плана",
        "сентябрь",
        "Директор",
        None,
        ("m", 9),
        [DIR],
        stage=1,
    ),
    R(
        "Классный час «Кто такой наставник?» (5–9 кл.)",
        "сентябрь",
        "Кл. руководители",
        "1.4",
        ("m", 9),
        [CT],
    ),
    R(
        "Родительское собрание «Наставничество: зачем это нашим детям»",
        "сентябрь",
        "Кл. руководители, зам. директора по УВР",
        "1.2",
        ("m", 9),
        [CT, ZUVR],
    ),
    R(
        "Анкета «Нужна ли тебе помощь?» для учеников 5–9 кл., кто хочет, чтобы ему помогли",
        "сентябрь",
        "Соц. педагог",
        "2.1",
        ("m", 9),
        [SOC],
    ),
    R(
        "Беседы с кл. руководителями и родителями: кому нужна поддержка. Согласия родителей на обработку данных",
        "сентябрь – октябрь",
        "Соц. педагог, кл. руководители",
        "2.2",
        ("r", 9, 10),
        [SOC, CT],
    ),
    R(
        "Ярмарка профессий с выпускниками школы и специалистами СПК «Рассвет»: рассказываем о программе наставничества",
        "октябрь",
        "Зам. директора по ВР",
        "1.3",
        ("m", 10),
        [ZVR],
    ),
    R(
        "Составляем список ребят и учителей, которым нужен наставник (база наставляемых)",
        "октябрь",
        "Куратор",
        "2.3",
        ("m", 10),
        [CUR],
    ),
    R(
        "Выбираем формы: «ученик – ученик», «учитель – учитель»",
        "октябрь",
        "Куратор, зам. директора по УВР",
        "3.1",
        ("m", 10),
        [CUR, ZUVR],
    ),
    R(
        "Анкетирование старшеклассников и учителей – кто готов быть наставником. Согласия на обработку ПД",
        "октябрь",
        "Куратор",
        "3.3",
        ("m", 10),
        [CUR],
    ),
    R(
        "Стартовая диагностика наставляемых (успеваемость, мотивация, самочувствие в классе)",
        "октябрь",
        "Соц. педагог, учителя-предметники",
        "3.2",
        ("m", 10),
        [SOC, TEA],
    ),
    R("База наставников", "ноябрь", "Куратор", "3.4", ("m", 11), [CUR]),
    R(
        "Беседа-собеседование с каждым будущим наставником",
        "ноябрь",
        "Директор, куратор",
        "4.2",
        ("m", 11),
        [DIR, CUR],
    ),
    R(
        "Районный семинар для наставников (г. Тулун, РМК)",
        "по плану РМК",
        "Зам. директора по УВР",
        "4.4",
        ("u",),
        [ZUVR],
    ),
    R(
        "Игра-знакомство «Найди свою пару» для наставников и наставляемых",
        "ноябрь",
        "Старшая вожатая",
        "5.1",
        ("m", 11),
        [SC],
    ),
    R("Приказ о закреплении пар", "ноябрь", "Директор", "5.4", ("m", 11), [DIR]),
    R(
        "Первая встреча пар «Давай знакомиться!»",
        "ноябрь",
        "Наставники",
        "6.1",
        ("m", 11),
        [MEN],
    ),
    R(
        "«Учимся учить»: мастер-класс опытного учителя для наставников-старшеклассников",
        "декабрь",
        "Зам. директора по УВР, рук. МО",
        "4.4",
        ("m", 12),
        [ZUVR, HMO],
    ),
    R(
        "Составляем план работы пары на полугодие",
        "декабрь",
        "Наставники",
        "6.3",
        ("m", 12),
        [MEN],
    ),
    R(
        "Встречи пар (по пятницам, после уроков)",
        "декабрь – май",
        "Наставники",
        "6.4",
        ("r", 12, 5),
        [MEN],
    ),
    R(
        "Опрос «Как тебе с наставником?»",
        "февраль",
        "Соц. педагог",
        "6.5",
        ("m", 2),
        [SOC],
    ),
    R(
        "Неделя наставничества: открытые уроки учителей-наставников для молодых коллег",
        "март",
        "Зам. директора по УВР",
        None,
        ("m", 3),
        [ZUVR],
        stage=6,
    ),
    R(
        "Последняя встреча в паре, подводим итоги",
        "апрель",
        "Наставники",
        "6.6",
        ("m", 4),
        [MEN],
    ),
    R(
        "Общий сбор всех пар «Наш год вместе»",
        "апрель",
        "Куратор, старшая вожатая",
        "6.7",
        ("m", 4),
        [CUR, SC],
    ),
    R(
        "Анкета «Доволен ли я участием в программе»",
        "май",
        "Соц. педагог",
        "6.8",
        ("m", 5),
        [SOC],
    ),
    R(
        "Приглашения на праздник: родителям, СПК «Рассвет», администрации сельсовета",
        "май",
        "Старшая вожатая, ученический совет",
        "7.1",
        ("m", 5),
        [SC, OTH],
    ),
    R(
        "Праздник «Спасибо, наставник!»: итоги года, грамоты лучшим наставникам",
        "май",
        "Директор, старшая вожатая",
        "7.2",
        ("m", 5),
        [DIR, SC],
    ),
    R(
        "Повторная диагностика наставляемых (сравниваем с октябрём)",
        "май",
        "Соц. педагог",
        "7.4",
        ("m", 5),
        [SOC],
    ),
    R(
        "Мониторинг: как сработала программа наставничества",
        "май",
        "Зам. директора по УВР",
        "7.3",
        ("m", 5),
        [ZUVR],
    ),
    R(
        "Заметка об итогах на сайт школы и в группу «ВКонтакте»",
        "июнь",
        "Учитель информатики",
        "7.6",
        ("m", 6),
        [TEA],
    ),
    R(
        "Отчёт о наставничестве в районное управление образования",
        "до 15 июня",
        "Зам. директора по УВР",
        None,
        ("dl", 15, 6),
        [ZUVR],
    ),
]


def build_ermakovo(folder: Path) -> int:
    doc = new_document(font="Arial", size=10.5)
    para(doc, "Утверждено приказом по школе № 56 от 01.09.2025", align="r", size=9)
    para(doc, "")
    para(doc, "План мероприятий (дорожная карта) по наставничеству", bold=True, align="c")
    para(doc, f"{ER_ORG} на 2025-2026 учебный год", bold=True, align="c")
    para(doc, "")
    table = new_table(doc, ["№", "Что проводим", "Когда", "Кто отвечает"])
    for k, row in enumerate(ER_ROWS, start=1):
        cells = table.add_row().cells
        set_cell(cells[0], str(k))
        set_cell(cells[1], row.text)
        set_cell(cells[2], row.date)
        set_cell(cells[3], row.resp)
    set_widths(table, [0.9, 10.0, 3.0, 4.1])
    para(doc, "")
    para(doc, "Куратор наставничества: Сидоренко Т.В., учитель русского языка")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo.docx"
        doc.save(str(src))
        soffice_convert(src, "odt", folder / "plan_nastavnichestvo.odt")
    truth = [truth_row(r, r.stage_id(), ER_YEAR) for r in ER_ROWS]
    write_truth(folder, ER_ORG, ER_YEAR, truth)
    return len(ER_ROWS)


# =========================================================================== 8: Невинномысск, TXT
# Stavropol school; a formal «methodical» voice with a results column.  The file is what
# `pdftotext -layout` makes of the LibreOffice PDF of the Word document.

NV_ORG = "МБОУ СОШ № 14 г. Невинномысска"
NV_YEAR = 2024

# (row, expected result)
NV_SECTIONS: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Создание рабочей группы по внедрению целевой модели наставничества, распределение функционала",
                    "Август 2024 г.",
                    "Директор Асланова З.М.",
                    None,
                    ("m", 8, 2024),
                    [DIR],
                ),
                "Приказ",
            ),
            (
                R(
                    "Проведение педагогического совета «Целевая модель наставничества: задачи на 2024-2025 учебный год»",
                    "30.08.2024",
                    "Директор, ЗДУВР",
                    "1.1",
                    ("d", 30, 8, 2024),
                    [DIR, ZUVR],
                ),
                "Протокол педсовета",
            ),
            (
                R(
                    "Информирование родителей (законных представителей) обучающихся о программе наставничества на классных родительских собраниях и в родительских группах в мессенджерах",
                    "Сентябрь 2024 г.",
                    "Классные руководители",
                    "1.2",
                    ("m", 9, 2024),
                    [CT],
                ),
                "Протоколы собраний",
            ),
            (
                R(
                    "Проведение единого классного часа «Наставник и я» для обучающихся 5-11 классов",
                    "Сентябрь 2024 г.",
                    "ЗДВР, классные руководители",
                    "1.4",
                    ("m", 9, 2024),
                    [ZVR, CT],
                ),
                "Информация на сайте",
            ),
            (
                R(
                    "Организация встречи с представителями предприятий-партнёров и Совета выпускников школы: презентация программы наставничества",
                    "Октябрь 2024 г.",
                    "ЗДВР, советник директора по воспитанию",
                    "1.3",
                    ("m", 10, 2024),
                    [ZVR, SC],
                ),
                "Список потенциальных наставников",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий на обработку персональных данных от совершеннолетних участников",
                    "До 25.09.2024",
                    "Педагог-психолог",
                    "2.1",
                    ("dl", 25, 9, 2024),
                    [PSY],
                ),
                "Анкеты, согласия",
            ),
            (
                R(
                    "Сбор сведений о запросах наставляемых от классных руководителей, социального педагога, родителей; получение согласий законных представителей",
                    "Сентябрь-октябрь 2024 г.",
                    "Социальный педагог, классные руководители",
                    "2.2",
                    ("r", 9, 10, 2024, 2024),
                    [SOC, CT],
                ),
                "Согласия",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "Октябрь 2024 г.",
                    "Куратор программы наставничества",
                    "2.3",
                    ("m", 10, 2024),
                    [CUR],
                ),
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            (
                R(
                    "Определение форм наставничества на текущий учебный год",
                    "Октябрь 2024 г.",
                    "ЗДУВР",
                    "3.1",
                    ("m", 10, 2024),
                    [ZUVR],
                ),
                "Решение МС",
            ),
            (
                R(
                    "Проведение входного мониторинга наставляемых",
                    "Октябрь 2024 г.",
                    "Педагог-психолог, тьютор",
                    "3.2",
                    ("m", 10, 2024),
                    [PSY, TUT],
                ),
                "Аналитическая справка",
            ),
            (
                R(
                    "Анкетирование педагогов, обучающихся 10-11 классов и выпускников – потенциальных наставников; сбор согласий на обработку персональных данных",
                    "Октябрь 2024 г.",
                    "Куратор программы",
                    "3.3",
                    ("m", 10, 2024),
                    [CUR],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                    "Ноябрь 2024 г.",
                    "Куратор программы, педагог-психолог",
                    "3.4",
                    ("m", 11, 2024),
                    [CUR, PSY],
                ),
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            (
                R(
                    "Оценка кандидатов в наставники по заданным критериям",
                    "Ноябрь 2024 г.",
                    "ЗДУВР, педагог-психолог",
                    "4.1",
                    ("m", 11, 2024),
                    [ZUVR, PSY],
                ),
                "",
            ),
            (
                R(
                    "Собеседования с наставниками",
                    "Ноябрь 2024 г.",
                    "Куратор",
                    "4.2",
                    ("m", 11, 2024),
                    [CUR],
                ),
                "",
            ),
            (
                R(
                    "Поиск экспертов и материалов для обучения наставников (СКИРО ПК и ПРО, ЦНППМ)",
                    "Ноябрь 2024 г.",
                    "Руководители ШМО",
                    "4.3",
                    ("m", 11, 2024),
                    [HMO],
                ),
                "Банк материалов",
            ),
            (
                R(
                    "Обучение наставников на базе школы (практикум «Инструменты наставника»)",
                    "Декабрь 2024 г.",
                    "ЗДУВР, руководители ШМО",
                    "4.4",
                    ("m", 12, 2024),
                    [ZUVR, HMO],
                ),
                "Лист регистрации",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар/групп",
        [
            (
                R(
                    "Групповая встреча наставников и наставляемых",
                    "Декабрь 2024 г.",
                    "Куратор программы",
                    "5.1",
                    ("m", 12, 2024),
                    [CUR],
                ),
                "",
            ),
            (
                R(
                    "Анкетирование по выбору предпочитаемого наставника",
                    "Декабрь 2024 г.",
                    "Педагог-психолог",
                    "5.2",
                    ("m", 12, 2024),
                    [PSY],
                ),
                "",
            ),
            (
                R(
                    "Соединение наставников и наставляемых в пары/группы",
                    "Декабрь 2024 г.",
                    "Куратор программы",
                    "5.3",
                    ("m", 12, 2024),
                    [CUR],
                ),
                "Списки пар",
            ),
            (
                R(
                    "Приказ «О закреплении наставнических пар (групп)», информирование участников",
                    "До 27.12.2024",
                    "Директор",
                    "5.4",
                    ("dl", 27, 12, 2024),
                    [DIR],
                ),
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар/групп",
        [
            (
                R(
                    "Организационная встреча наставника и наставляемого",
                    "Январь 2025 г.",
                    "Наставники",
                    "6.1",
                    ("m", 1, 2025),
                    [MEN],
                ),
                "",
            ),
            (
                R(
                    "Пробная рабочая встреча",
                    "Январь 2025 г.",
                    "Наставники",
                    "6.2",
                    ("m", 1, 2025),
                    [MEN],
                ),
                "",
            ),
            (
                R(
                    "Планирование работы пары/группы",
                    "Январь 2025 г.",
                    "Наставники",
                    "6.3",
                    ("m", 1, 2025),
                    [MEN],
                ),
                "План работы",
            ),
            (
                R(
                    "Регулярные встречи наставников и наставляемых",
                    "Январь - май 2025 г.",
                    "Наставники",
                    "6.4",
                    ("r", 1, 5, 2025, 2025),
                    [MEN],
                ),
                "Журнал встреч",
            ),
            (
                R(
                    "Сбор обратной связи от наставников и наставляемых",
                    "Март 2025 г.",
                    "Куратор",
                    "6.5",
                    ("m", 3, 2025),
                    [CUR],
                ),
                "",
            ),
            (
                R(
                    "Участие наставнических пар в муниципальном фестивале «Наставничество: опыт и перспективы»",
                    "Апрель 2025 г.",
                    "ЗДУВР",
                    None,
                    ("m", 4, 2025),
                    [ZUVR],
                ),
                "Дипломы",
            ),
            (
                R(
                    "Заключительная встреча наставника и наставляемого",
                    "Май 2025 г.",
                    "Наставники",
                    "6.6",
                    ("m", 5, 2025),
                    [MEN],
                ),
                "",
            ),
            (
                R(
                    "Групповая заключительная встреча всех пар",
                    "Май 2025 г.",
                    "Куратор программы",
                    "6.7",
                    ("m", 5, 2025),
                    [CUR],
                ),
                "",
            ),
            (
                R(
                    "Мониторинг личной удовлетворённости участием в программе",
                    "Май 2025 г.",
                    "Педагог-психолог",
                    "6.8",
                    ("m", 5, 2025),
                    [PSY],
                ),
                "Результаты анкетирования",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            (
                R(
                    "Приглашение участников, родителей, партнёров, представителей Управления образования администрации города на торжественное мероприятие",
                    "Май 2025 г.",
                    "ЗДВР",
                    "7.1",
                    ("m", 5, 2025),
                    [ZVR],
                ),
                "Приглашения",
            ),
            (
                R(
                    "Торжественное мероприятие «Наставник – это призвание», награждение лучших наставников",
                    "Май 2025 г.",
                    "Директор, ЗДВР, советник директора по воспитанию",
                    "7.2",
                    ("m", 5, 2025),
                    [DIR, ZVR, SC],
                ),
                "Благодарственные письма",
            ),
            (
                R(
                    "Мониторинг качества реализации программы",
                    "Июнь 2025 г.",
                    "ЗДУВР",
                    "7.3",
                    ("m", 6, 2025),
                    [ZUVR],
                ),
                "Справка",
            ),
            (
                R(
                    "Оформление кейсов по итогам работы пар",
                    "Июнь 2025 г.",
                    "Наставники",
                    "7.5",
                    ("m", 6, 2025),
                    [MEN],
                ),
                "Кейсы",
            ),
            (
                R(
                    "Публикация результатов на сайте школы и сайтах партнёров",
                    "Июнь 2025 г.",
                    "Педагог-библиотекарь Шевченко Н.А.",
                    "7.6",
                    ("m", 6, 2025),
                    [LIB],
                ),
                "Публикация",
            ),
            (
                R(
                    "Внесение итогов в базы наставников и наставляемых",
                    "Июнь 2025 г.",
                    "Куратор",
                    "7.7",
                    ("m", 6, 2025),
                    [CUR],
                ),
                "",
            ),
            (
                R(
                    "Формирование долгосрочной базы наставников",
                    "Август 2025 г.",
                    "Куратор, ЗДУВР",
                    "7.8",
                    ("m", 8, 2025),
                    [CUR, ZUVR],
                ),
                "База наставников",
            ),
            (
                R(
                    "Анализ реализации дорожной карты, корректировка плана на 2025-2026 уч. год",
                    "Август 2025 г.",
                    "Рабочая группа",
                    None,
                    ("m", 8, 2025),
                    [OTH],
                ),
                "Проект плана",
            ),
        ],
    ),
]


def build_nevinnomyssk(folder: Path) -> int:
    doc = new_document(size=11)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Директор МБОУ СОШ № 14", align="r")
    para(doc, "_________ З.М. Асланова", align="r")
    para(doc, "«30» августа 2024 г.", align="r")
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c")
    para(doc, "реализации целевой модели наставничества", bold=True, align="c")
    para(doc, f"в {NV_ORG} на 2024-2025 учебный год", bold=True, align="c")
    para(doc, "")
    headers = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные", "Результат"]
    table = new_table(doc, headers)
    n = 0
    truth: list[dict[str, object]] = []
    for sid, heading, items in NV_SECTIONS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[4])
        set_cell(merged, heading, bold=True, center=True)
        for row, result in items:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], f"{n}.")
            set_cell(cells[1], row.text)
            set_cell(cells[2], row.date)
            set_cell(cells[3], row.resp)
            set_cell(cells[4], result)
            truth.append(truth_row(row, sid, NV_YEAR))
    set_widths(table, [1.1, 7.2, 2.8, 3.8, 3.1])
    para(doc, "")
    para(doc, "Заместитель директора по УВР _________ И.В. Гордиенко")
    pdf = docx_to_pdf_bytes(doc, "soch14")
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "soch14.pdf"
        pdf_path.write_bytes(pdf)
        txt_path = Path(tmp) / "soch14.txt"
        subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf_path), str(txt_path)],
            check=True,
            capture_output=True,
        )
        text = txt_path.read_text("utf-8")
    (folder / "dorozhnaya_karta_SOSH14.txt").write_text(text, "utf-8")
    write_truth(folder, NV_ORG, NV_YEAR, truth)
    return n


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "novokuznetsk41_docx": build_novokuznetsk,
    "ulyanovsk_gymn24_pdf": build_ulyanovsk,
    "zelenchuk3_scan": build_zelenchukskaya,
    "yakutsk26_photo": build_yakutsk,
    "voskresensk_college_xlsx": build_voskresensk,
    "samara_ds118_grouped": build_samara,
    "ermakovo_oosh_odt": build_ermakovo,
    "nevinnomyssk14_txt": build_nevinnomyssk,
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
