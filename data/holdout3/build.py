"""Build the third held-out set in data/holdout3/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout3.build

Nine documents of schools in other regions (Ural, Kaliningrad, Tatarstan, Krasnodar, Murmansk,
Altai), each written in its own words, in its own format: .doc, .rtf, a saved web page, .xls,
a photographed page, a PDF without ruling lines, a DOCX without a table, a roadmap of the 2022
model for pedagogical workers and a plan that is not a roadmap at all.  Every printed row carries
its hand label next to its text, so the input file and truth.json come from one place.

Date specs (expanded by ``expand``):

    ("m", month[, year])                 a month            -> date_kind "month"
    ("r", m1, m2[, y1, y2])              «октябрь – апрель» -> date_kind "range"
    ("dl", day, month[, year])           «до 1 октября»     -> date_kind "deadline"
    ("d", day, month, year)              «29.08.2024»       -> date_kind "day"
    ("c",)                               «в течение года»   -> date_kind "continuous"
    ("u",)                               «по графику», ""   -> date_kind "unspecified"
    ("a",)                               «ежегодно»         -> unspecified, recurrence "annual"

A month without a year belongs to the academic year Y of the title: Sept–Dec -> Y, Jan–Aug -> Y+1.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from data.build_format_samples import photo_of, render_page

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- labels

MonthSpec: TypeAlias = tuple[Literal["m"], int] | tuple[Literal["m"], int, int]
RangeSpec: TypeAlias = tuple[Literal["r"], int, int] | tuple[Literal["r"], int, int, int, int]
DeadlineSpec: TypeAlias = tuple[Literal["dl"], int, int] | tuple[Literal["dl"], int, int, int]
DaySpec: TypeAlias = tuple[Literal["d"], int, int, int]
FlagSpec: TypeAlias = tuple[Literal["c"]] | tuple[Literal["u"]] | tuple[Literal["a"]]
DateSpec: TypeAlias = MonthSpec | RangeSpec | DeadlineSpec | DaySpec | FlagSpec

# role codes
DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
DEP = "deputy_director"
SOV = "senior_counselor"
LIB = "librarian"
SHMO = "head_of_methodical_association"
KL = "class_teacher"
CUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
MEN = "mentors"
TEA = "teachers"
OTH = "other"
ROLES = {DIR, UVR, VR, DEP, SOV, LIB, SHMO, KL, CUR, PSY, TUT, SOC, MET, MEN, TEA, OTH}

CANONICAL = {
    "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4",
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
    "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8",
    "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8",
}  # fmt: skip


class Row(TypedDict):
    """One printed activity row with its hand label."""

    text: str
    date: str
    resp: str
    aid: str | None
    spec: DateSpec
    roles: list[str]
    extra: str  # a further printed column (form of report, expected result), "" if none


def A(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    roles: list[str],
    extra: str = "",
) -> Row:
    return {
        "text": text,
        "date": date,
        "resp": resp,
        "aid": aid,
        "spec": spec,
        "roles": roles,
        "extra": extra,
    }


# (stage id of the heading the rows sit under, printed heading, rows)
Stage: TypeAlias = tuple[int | None, str, list[Row]]


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


def _year_of(month: int, y: int) -> int:
    return y if month >= 9 else y + 1


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def expand(spec: DateSpec, y: int) -> dict[str, str | int | None]:
    """The six date fields of a truth activity."""
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    m_start: int | None = None
    m_end: int | None = None
    rec: str | None = None
    if spec[0] == "m":
        m = spec[1]
        yr = spec[2] if len(spec) > 2 else _year_of(m, y)
        kind, start, end, m_start, m_end = "month", dt.date(yr, m, 1), dt.date(yr, m, _last(yr, m)), m, m
    elif spec[0] == "r":
        m1, m2 = spec[1], spec[2]
        y1 = spec[3] if len(spec) > 3 else _year_of(m1, y)
        y2 = spec[4] if len(spec) > 4 else _year_of(m2, y)
        kind, start, end, m_start, m_end = "range", dt.date(y1, m1, 1), dt.date(y2, m2, _last(y2, m2)), m1, m2
    elif spec[0] == "dl":
        d, m = spec[1], spec[2]
        yr = spec[3] if len(spec) > 3 else _year_of(m, y)
        kind, end, m_end = "deadline", dt.date(yr, m, d), m
    elif spec[0] == "d":
        day = dt.date(spec[3], spec[2], spec[1])
        kind, start, end, m_start, m_end = "day", day, day, spec[2], spec[2]
    elif spec[0] == "c":
        kind, start, end = "continuous", dt.date(y, 9, 1), dt.date(y + 1, 8, 31)
    elif spec[0] == "u":
        kind = "unspecified"
    else:
        kind, rec = "unspecified", "annual"
    return {
        "date_kind": kind,
        "date_start": _iso(start),
        "date_end": _iso(end),
        "month_start": m_start,
        "month_end": m_end,
        "recurrence": rec,
    }


def truth_row(row: Row, stage_id: int | None, y: int) -> TruthActivity:
    roles = row["roles"]
    assert len(set(roles)) == len(roles) and set(roles) <= ROLES, row
    assert row["aid"] is None or row["aid"] in CANONICAL, row
    d = expand(row["spec"], y)

    def s(key: str) -> str | None:
        v = d[key]
        assert v is None or isinstance(v, str)
        return v

    def i(key: str) -> int | None:
        v = d[key]
        assert v is None or isinstance(v, int)
        return v

    return {
        "text": row["text"],
        "activity_id": row["aid"],
        "stage_id": stage_id,
        "date_kind": str(d["date_kind"]),
        "date_start": s("date_start"),
        "date_end": s("date_end"),
        "month_start": i("month_start"),
        "month_end": i("month_end"),
        "recurrence": s("recurrence"),
        "roles": list(roles),
    }


def stage_truth(stages: Sequence[Stage], y: int) -> list[TruthActivity]:
    return [truth_row(r, sid, y) for sid, _, rows in stages for r in rows]


def write_truth(
    folder: Path,
    org: str,
    y: int,
    activities: list[TruthActivity],
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    truth: dict[str, object] = {
        "document": {
            "status": status,
            "model": model,
            "organization": org,
            "academic_year_start": y,
        },
        "activities": activities,
    }
    (folder / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


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


def new_document(landscape: bool, font: str = "Times New Roman", size: float = 12) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


Align: TypeAlias = Literal["c", "r", "j"] | None


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


def set_cell(cell: _Cell, text: str, bold: bool = False, center: bool = False) -> None:
    """Cell text; '\n' starts a new paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    for k, line in enumerate(text.split("\n")):
        p = first if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def no_borders(table: Table) -> None:
    """Remove every ruling line of a table (outer and inner)."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def docx_to_pdf_bytes(doc: DocxDocument, stem: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        doc.save(str(src))
        out = Path(tmp) / f"{stem}.pdf"
        soffice_convert(src, "pdf", out)
        return out.read_bytes()


# =========================================================================== 1: .doc, Ural school
# Numbered 5-column table with «Форма отчётности»; numbered stage rows. DOCX -> ODT -> DOC.

D1_ORG = "МАОУ «СОШ № 19» Кушвинского городского округа"
D1_YEAR = 2025

D1: list[Stage] = [
    (1, "Подготовка условий для запуска программы наставничества", [
        A("Издание приказа «О реализации целевой модели наставничества в 2025/2026 учебном году», назначение куратора программы",
          "до 05.09.2025", "Директор", None, ("dl", 5, 9, 2025), [DIR], "Приказ"),
        A("Педсовет «Наставничество в школе: итоги и перспективы» — знакомим коллектив с программой наставничества на новый год",
          "28.08.2025", "Директор Мальцева Е.В., куратор программы", "1.1", ("d", 28, 8, 2025), [DIR, CUR],
          "Протокол педсовета"),
        A("Корректировка Положения о наставничестве и дорожной карты, размещение на сайте ОО",
          "до 15.09.2025", "Зам. директора по УВР Шестакова Н.А.", None, ("dl", 15, 9, 2025), [UVR],
          "Положение, дорожная карта"),
        A("Общешкольное родительское собрание: рассказываем родителям о программе наставничества",
          "Сентябрь 2025 г.", "Зам. директора по ВР, классные руководители 1–11 кл.", "1.2", ("m", 9, 2025), [VR, KL],
          "Протокол собрания"),
        A("Классные часы для уч-ся 5–11 классов «Кто такой наставник?»",
          "Сентябрь", "Кл. руководители, советник директора по воспитанию", "1.4", ("m", 9), [KL, SOV],
          "Фотоотчёт на сайте"),
        A("Встреча с выпускниками школы и представителями предприятий-партнёров округа — информируем о программе",
          "Октябрь", "Куратор программы", "1.3", ("m", 10), [CUR], "Информация на сайте"),
    ]),
    (2, "Формирование базы наставляемых", [
        A("Анкетирование уч-ся и педагогов, желающих стать наставляемыми; сбор согласий на обработку персональных данных от совершеннолетних участников",
          "сентябрь–октябрь", "Куратор программы, педагог-психолог", "2.1", ("r", 9, 10), [CUR, PSY],
          "Анкеты, согласия"),
        A("Сбор сведений о запросах наставляемых от классных руководителей, педагога-психолога, социального педагога и родителей; согласия законных представителей",
          "Октябрь", "Кл. руководители, социальный педагог", "2.2", ("m", 10), [KL, SOC],
          "Согласия законных представителей"),
        A("Анализ анкет, формирование базы наставляемых",
          "до 20.10.2025", "Куратор программы", "2.3", ("dl", 20, 10, 2025), [CUR], "База наставляемых"),
    ]),
    (3, "Формирование базы наставников", [
        A("Определяем формы наставничества на учебный год («ученик – ученик», «учитель – учитель», «учитель – ученик»)",
          "Сентябрь", "Рабочая группа", "3.1", ("m", 9), [OTH], "Протокол заседания рабочей группы"),
        A("Входная диагностика наставляемых (мотивация, успеваемость, адаптация)",
          "Октябрь", "Педагог-психолог Костромина Е.Ю.", "3.2", ("m", 10), [PSY], "Аналитическая справка"),
        A("Анкетирование педагогов и старшеклассников — потенциальных наставников, сбор согласий на обработку ПД",
          "Октябрь", "Зам. директора по УВР", "3.3", ("m", 10), [UVR], "Анкеты, согласия"),
        A("Сопоставление анкет наставников и наставляемых, формирование базы наставников",
          "Ноябрь", "Куратор программы", "3.4", ("m", 11), [CUR], "База наставников"),
    ]),
    (4, "Отбор и обучение наставников", [
        A("Оценка кандидатов в наставники по заданным параметрам",
          "Ноябрь", "Педагог-психолог", "4.1", ("m", 11), [PSY], "Результаты оценки"),
        A("Собеседование с кандидатами в наставники",
          "Ноябрь", "Зам. директора по УВР, педагог-психолог", "4.2", ("m", 11), [UVR, PSY], "Лист собеседования"),
        A("Подбор методических материалов и специалистов для обучения наставников",
          "Ноябрь", "Руководители ШМО", "4.3", ("m", 11), [SHMO], "Перечень материалов"),
        A("Обучающий семинар «Школа наставника» (3 занятия)",
          "ноябрь – декабрь", "Куратор программы, методист", "4.4", ("r", 11, 12), [CUR, MET], "Лист регистрации"),
        A("Курсы повышения квалификации для наставников (ИРО)",
          "По графику ИРО", "Зам. директора по УВР", "4.4", ("u",), [UVR], "Удостоверения"),
    ]),
    (5, "Формирование наставнических пар / групп", [
        A("Общая встреча наставников и наставляемых «Давайте знакомиться!»",
          "Декабрь", "Куратор программы, советник директора по воспитанию", "5.1", ("m", 12), [CUR, SOV], "Фотоотчёт"),
        A("Анкетирование участников после встречи: кого бы вы выбрали наставником / наставляемым",
          "Декабрь", "Педагог-психолог", "5.2", ("m", 12), [PSY], "Анкеты"),
        A("Формируем пары и группы по итогам анкет",
          "до 20.12.2025", "Куратор программы", "5.3", ("dl", 20, 12, 2025), [CUR], "Список пар"),
        A("Приказ о закреплении наставнических пар/групп, доводим до участников",
          "Декабрь 2025", "Директор", "5.4", ("m", 12, 2025), [DIR], "Приказ"),
    ]),
    (6, "Организация работы наставнических пар / групп", [
        A("Первая (организационная) встреча в парах", "Январь", "Наставники", "6.1", ("m", 1), [MEN], "—"),
        A("Пробная рабочая встреча наставника и наставляемого",
          "Январь", "Наставники", "6.2", ("m", 1), [MEN], "Дневник наставника"),
        A("Встреча-планирование: составляем план работы пары",
          "Январь – февраль 2026 г.", "Наставники, наставляемые", "6.3", ("r", 1, 2, 2026, 2026), [MEN, OTH],
          "План работы пары"),
        A("Регулярные встречи в парах и группах",
          "февраль – апрель", "Наставники", "6.4", ("r", 2, 4), [MEN], "Дневник наставника"),
        A("Опрос участников (промежуточная обратная связь)",
          "Март", "Куратор программы", "6.5", ("m", 3), [CUR], "Результаты опроса"),
        A("Совещание при директоре «О ходе реализации программы наставничества»",
          "Март", "Зам. директора по УВР", None, ("m", 3), [UVR], "Справка"),
        A("Итоговая встреча наставника и наставляемого",
          "Апрель", "Наставники", "6.6", ("m", 4), [MEN], "Дневник наставника"),
        A("Общая заключительная встреча всех пар и групп",
          "Апрель", "Куратор программы", "6.7", ("m", 4), [CUR], "Фотоотчёт"),
        A("Анкетирование «Удовлетворённость участием в программе»",
          "Май", "Педагог-психолог", "6.8", ("m", 5), [PSY], "Аналитическая справка"),
    ]),
    (7, "Завершение наставничества", [
        A("Приглашаем на итоговое мероприятие участников, их родителей, партнёров, представителей управления образования",
          "Май", "Зам. директора по ВР", "7.1", ("m", 5), [VR], "Приглашения"),
        A("Торжественное мероприятие «Наставник года»: подводим итоги, награждаем лучших наставников",
          "Май", "Директор, зам. директора по ВР", "7.2", ("m", 5), [DIR, VR], "Приказ о поощрении"),
        A("Мониторинг качества реализации программы; итоговая диагностика участников",
          "Май", "Куратор программы, педагог-психолог", "7.3", ("m", 5), [CUR, PSY], "Аналитическая справка"),
        A("Оформление кейсов наставнических практик",
          "Июнь", "Руководители ШМО", "7.5", ("m", 6), [SHMO], "Сборник кейсов"),
        A("Размещение итогов и лучших практик на сайте школы и в сообществе ВКонтакте",
          "Июнь", "Ответственный за сайт", "7.6", ("m", 6), [OTH], "Публикации"),
        A("Обновление базы наставников и наставляемых, формирование долгосрочной базы наставников",
          "Июнь", "Куратор программы", "7.7", ("m", 6), [CUR], "Базы данных"),
        A("Отчёт о реализации дорожной карты в Управление образования",
          "до 30.06.2026", "Зам. директора по УВР", None, ("dl", 30, 6, 2026), [UVR], "Отчёт"),
    ]),
]  # fmt: skip


def build_1(folder: Path) -> int:
    doc = new_document(landscape=False, size=11)
    head = doc.add_table(rows=1, cols=2)
    set_cell(head.cell(0, 0), "СОГЛАСОВАНО\nна заседании педагогического совета\nпротокол № 1 от 28.08.2025")
    set_cell(
        head.cell(0, 1),
        "УТВЕРЖДАЮ\nДиректор МАОУ «СОШ № 19»\n__________ Е.В. Мальцева\nприказ № 214-о от 29.08.2025",
    )
    para(doc, "")
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(doc, f"внедрения целевой модели наставничества в {D1_ORG}", bold=True, align="c")
    para(doc, "на 2025/2026 учебный год", bold=True, align="c")
    para(doc, "")
    headers = [
        "№ п/п",
        "Содержание мероприятия",
        "Срок исполнения",
        "Ответственный исполнитель",
        "Форма отчётности",
    ]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, h in enumerate(headers):
        set_cell(table.rows[0].cells[k], h, bold=True, center=True)
    for sid, heading, rows in D1:
        tr = table.add_row()
        set_cell(tr.cells[0], f"{sid}.", bold=True)
        merged = tr.cells[1].merge(tr.cells[4])
        set_cell(merged, heading, bold=True)
        for n, r in enumerate(rows, 1):
            cells = table.add_row().cells
            set_cell(cells[0], f"{sid}.{n}")
            set_cell(cells[1], r["text"])
            set_cell(cells[2], r["date"])
            set_cell(cells[3], r["resp"])
            set_cell(cells[4], r["extra"])
    set_widths(table, [1.3, 7.2, 2.8, 3.6, 3.0])
    para(doc, "")
    para(doc, "Зам. директора по УВР _____________ Н.А. Шестакова")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dorozhnaya_karta_2025.docx"
        doc.save(str(src))
        odt = Path(tmp) / "dorozhnaya_karta_2025.odt"
        soffice_convert(src, "odt", odt)
        soffice_convert(odt, "doc:MS Word 97", folder / "dorozhnaya_karta_2025.doc")
    acts = stage_truth(D1, D1_YEAR)
    write_truth(folder, D1_ORG, D1_YEAR, acts)
    return len(acts)


# =========================================================================== 2: RTF, Kaliningrad lyceum
# Stage column merged down; some cells hold «1) … 2) …» on one line with «сентябрь; октябрь».

D2_ORG = "МАОУ лицей № 18 г. Калининграда"
D2_YEAR = 2024

# A printed table row is a tuple of one or two labelled sub-activities; a pair shares the
# responsible cell (the first row's resp is printed).
D2Stage: TypeAlias = tuple[int, str, list[tuple[Row, ...]]]

D2: list[D2Stage] = [
    (1, "I. Подготовка условий для запуска программы наставничества", [
        (A("Заседание педагогического совета: представление программы наставничества лицея",
           "Август 2024 г.", "Директор лицея", "1.1", ("m", 8, 2024), [DIR]),),
        (A("Родительские собрания в 5-х, 8-х и 10-х классах по теме наставничества",
           "сентябрь", "зам. директора по ВР Лукьянова О.П.", "1.2", ("m", 9), [VR]),
         A("Информационная встреча с советом выпускников лицея и представителями БФУ им. И. Канта",
           "октябрь", "", "1.3", ("m", 10), [VR])),
        (A("Ученические конференции по параллелям «Наставничество в лицее — зачем?»",
           "Сентябрь", "Классные руководители, совет лицеистов", "1.4", ("m", 9), [KL, OTH]),),
        (A("Приказ «О реализации целевой модели наставничества в 2024-2025 уч. г.», утверждение дорожной карты",
           "до 10.09.2024", "Директор", None, ("dl", 10, 9, 2024), [DIR]),),
    ]),
    (2, "II. Формирование базы наставляемых", [
        (A("Анкетирование лицеистов и педагогов, желающих участвовать в программе как наставляемые",
           "сентябрь", "куратор программы, педагог-психолог", "2.1", ("m", 9), [CUR, PSY]),
         A("Сбор дополнительной информации о запросах наставляемых от кл. руководителей, психолога, родителей",
           "октябрь", "", "2.2", ("m", 10), [CUR, PSY])),
        (A("Сбор согласий законных представителей несовершеннолетних на обработку персональных данных",
           "Октябрь", "Классные руководители 5–11 кл.", "2.2", ("m", 10), [KL]),),
        (A("Формирование базы наставляемых (банк запросов)",
           "Октябрь 2024 г.", "Куратор программы Дьяченко М.С.", "2.3", ("m", 10, 2024), [CUR]),),
    ]),
    (3, "III. Формирование базы наставников", [
        (A("Выбор форм наставничества на текущий год",
           "сентябрь", "ЗДУВР, педагог-психолог", "3.1", ("m", 9), [UVR, PSY]),
         A("Входная диагностика наставляемых",
           "октябрь", "", "3.2", ("m", 10), [UVR, PSY])),
        (A("Анкетирование потенциальных наставников из числа педагогов, лицеистов 10–11 кл. и выпускников; сбор согласий",
           "Октябрь", "Куратор программы", "3.3", ("m", 10), [CUR]),),
        (A("Формирование базы наставников, сопоставление с запросами наставляемых",
           "Ноябрь", "Куратор программы, рабочая группа", "3.4", ("m", 11), [CUR, OTH]),),
    ]),
    (4, "IV. Отбор и обучение наставников", [
        (A("Оценка кандидатов в наставники",
           "ноябрь", "педагог-психолог, ЗДУВР", "4.1", ("m", 11), [PSY, UVR]),
         A("Собеседование с кандидатами (с участием педагога-психолога)",
           "декабрь", "", "4.2", ("m", 12), [PSY, UVR])),
        (A("Подбор экспертов и материалов для обучения наставников (ресурсы КОИРО, платформа «Наставник»)",
           "Ноябрь", "Руководители МО", "4.3", ("m", 11), [SHMO]),),
        (A("Школа наставника: цикл обучающих занятий",
           "Декабрь – январь", "Куратор программы, методист", "4.4", ("r", 12, 1), [CUR, MET]),),
    ]),
    (5, "V. Формирование наставнических пар и групп", [
        (A("Групповая встреча наставников и наставляемых (квест «Найди своего наставника»)",
           "январь", "куратор программы, советник директора по воспитанию", "5.1", ("m", 1), [CUR, SOV]),
         A("Анкетирование участников после встречи",
           "до 25 января", "", "5.2", ("dl", 25, 1), [CUR, SOV])),
        (A("Закрепление пар/групп приказом директора, информирование участников",
           "Январь 2025 г.", "Директор, куратор программы", "5.4", ("m", 1, 2025), [DIR, CUR]),),
    ]),
    (6, "VI. Организация работы наставнических пар и групп", [
        (A("Первая (организационная) встреча в парах",
           "январь", "наставники", "6.1", ("m", 1), [MEN]),
         A("Пробная рабочая встреча",
           "февраль", "", "6.2", ("m", 2), [MEN])),
        (A("Планирование работы пар: индивидуальные планы развития",
           "Февраль", "Наставники, куратор программы", "6.3", ("m", 2), [MEN, CUR]),),
        (A("Регулярные встречи наставников и наставляемых, ведение журнала встреч",
           "Февраль – май", "Наставники", "6.4", ("r", 2, 5), [MEN]),),
        (A("Сбор обратной связи от участников",
           "март", "куратор программы", "6.5", ("m", 3), [CUR]),
         A("Заключительная встреча в парах",
           "апрель", "", "6.6", ("m", 4), [CUR])),
        (A("Фестиваль «Наставничество в лицее» — заключительная встреча всех пар и групп",
           "Апрель", "ЗДВР, совет лицеистов", "6.7", ("m", 4), [VR, OTH]),),
        (A("Анкетирование «Удовлетворённость участием в программе»",
           "Май", "Педагог-психолог", "6.8", ("m", 5), [PSY]),),
    ]),
    (7, "VII. Завершение наставничества", [
        (A("Приглашение участников, родителей, партнёров на итоговое мероприятие",
           "до 15 мая", "директор, ЗДВР", "7.1", ("dl", 15, 5), [DIR, VR]),
         A("Торжественная церемония подведения итогов, награждение лучших наставников",
           "май", "", "7.2", ("m", 5), [DIR, VR])),
        (A("Итоговый мониторинг качества реализации программы",
           "Май", "Куратор программы", "7.3", ("m", 5), [CUR]),),
        (A("Повторная (итоговая) диагностика участников",
           "Май", "Педагог-психолог", "7.4", ("m", 5), [PSY]),),
        (A("Оформление кейсов",
           "май", "руководители МО, ответственный за сайт", "7.5", ("m", 5), [SHMO, OTH]),
         A("Публикация результатов на сайте лицея и в Telegram-канале",
           "июнь", "", "7.6", ("m", 6), [SHMO, OTH])),
        (A("Внесение итогов в базы наставников и наставляемых",
           "Июнь", "Куратор программы", "7.7", ("m", 6), [CUR]),),
        (A("Отчёт на педагогическом совете о реализации дорожной карты",
           "Июнь", "Зам. директора по УВР", None, ("m", 6), [UVR]),),
    ]),
]  # fmt: skip


def build_2(folder: Path) -> int:
    doc = new_document(landscape=True, size=12)
    para(doc, "Утверждено приказом директора", align="r")
    para(doc, "МАОУ лицея № 18 от 02.09.2024 № 301-О", align="r")
    para(doc, "")
    para(doc, f"Дорожная карта внедрения целевой модели наставничества в {D2_ORG}", bold=True, align="c")
    para(doc, "на 2024-2025 учебный год", bold=True, align="c")
    para(doc, "")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for k, h in enumerate(["Этап", "Мероприятие", "Сроки", "Ответственные"]):
        set_cell(table.rows[0].cells[k], h, bold=True, center=True)
    acts: list[TruthActivity] = []
    for sid, heading, printed in D2:
        first_idx = len(table.rows)
        for group in printed:
            cells = table.add_row().cells
            if len(group) == 1:
                r = group[0]
                set_cell(cells[1], r["text"])
                set_cell(cells[2], r["date"])
                set_cell(cells[3], r["resp"])
            else:
                set_cell(cells[1], " ".join(f"{k}) {r['text']}" for k, r in enumerate(group, 1)))
                set_cell(cells[2], "; ".join(r["date"] for r in group))
                set_cell(cells[3], group[0]["resp"])
            acts.extend(truth_row(r, sid, D2_YEAR) for r in group)
        last_idx = len(table.rows) - 1
        top = table.cell(first_idx, 0)
        if last_idx > first_idx:
            top = top.merge(table.cell(last_idx, 0))
        set_cell(top, heading, bold=True)
    set_widths(table, [5.0, 12.0, 3.8, 5.5])
    para(doc, "")
    para(doc, "Куратор программы наставничества _________ М.С. Дьяченко")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "DK_nastavnichestvo_2024-2025.docx"
        doc.save(str(src))
        soffice_convert(src, "rtf", folder / "DK_nastavnichestvo_2024-2025.rtf")
    write_truth(folder, D2_ORG, D2_YEAR, acts)
    return len(acts)


# =========================================================================== 3: HTML page, Tatarstan
# A table with rowspan stage cells inside a school site's page (header, menu, footer).

D3_ORG = "МБОУ «СОШ № 24» г. Нижнекамска"
D3_YEAR = 2023

# Each row: (label, html of activity cell or "" to escape the text, html of date, html of resp).
D3Row: TypeAlias = tuple[Row, str, str, str]

D3: list[tuple[int, str, list[D3Row]]] = [
    (1, "<b>I этап</b><br>Подготовительный (подготовка условий для запуска программы наставничества)", [
        (A("Совещание при директоре: утверждаем дорожную карту и состав рабочей группы",
           "31.08.2023", "Директор Хабибуллина Г.Р.", None, ("d", 31, 8, 2023), [DIR]),
         "", "31.08.2023", "Директор<br>Хабибуллина&nbsp;Г.Р."),
        (A("Информирование педагогов о программе наставничества на августовском педсовете",
           "30.08.2023", "Зам. директора по УВР", "1.1", ("d", 30, 8, 2023), [UVR]),
         "", "30.08.2023", "Зам. директора по&nbsp;УВР"),
        (A("Родительские собрания (общешкольное и классные): знакомим родителей с наставничеством",
           "сентябрь 2023 г.", "Зам. директора по ВР, кл. руководители", "1.2", ("m", 9, 2023), [VR, KL]),
         "", "сентябрь 2023&nbsp;г.", "Зам. директора по ВР,<br>кл. руководители"),
        (A("Встреча с выпускниками прошлых лет и представителями предприятий-партнёров города",
           "октябрь", "Советник директора по воспитанию", "1.3", ("m", 10), [SOV]),
         "", "октябрь", "Советник директора по воспитанию"),
        (A("Линейка и классные часы «Наставник рядом» для обучающихся 5 – 11 классов",
           "сентябрь", "Кл. руководители, старшая вожатая", "1.4", ("m", 9), [KL, SOV]),
         "Линейка и классные часы &laquo;Наставник рядом&raquo; для обучающихся 5&nbsp;&ndash;&nbsp;11 классов",
         "сентябрь", "Кл. руководители,<br>старшая вожатая"),
    ]),
    (2, "<b>II этап</b><br>Формирование базы наставляемых", [
        (A("Анкетирование обучающихся и педагогов, желающих участвовать в программе. Сбор согласий на обработку персональных данных",
           "сентябрь – октябрь", "Педагог-психолог, куратор", "2.1", ("r", 9, 10), [PSY, CUR]),
         "Анкетирование обучающихся и педагогов, желающих участвовать в программе.<br>"
         "Сбор согласий на обработку персональных данных",
         "сентябрь&nbsp;&ndash; октябрь", "Педагог-психолог,<br>куратор"),
        (A("Сбор информации о запросах наставляемых от кл. руководителей, соц. педагога, родителей",
           "октябрь", "Соц. педагог", "2.2", ("m", 10), [SOC]),
         "", "октябрь", "Соц. педагог"),
        (A("Анализ данных, формирование базы наставляемых",
           "до 25.10.2023", "Куратор программы", "2.3", ("dl", 25, 10, 2023), [CUR]),
         "", "до&nbsp;25.10.2023", "Куратор программы"),
    ]),
    (3, "<b>III этап</b><br>Формирование базы наставников", [
        (A("Выбор форм наставничества: «ученик – ученик», «учитель – учитель», «учитель – ученик»",
           "октябрь", "Рабочая группа", "3.1", ("m", 10), [OTH]),
         "Выбор форм наставничества: &laquo;ученик&nbsp;&ndash; ученик&raquo;, &laquo;учитель&nbsp;&ndash; "
         "учитель&raquo;, &laquo;учитель&nbsp;&ndash; ученик&raquo;",
         "октябрь", "Рабочая группа"),
        (A("Входной мониторинг наставляемых", "октябрь", "Педагог-психолог", "3.2", ("m", 10), [PSY]),
         "", "октябрь", "Педагог-психолог"),
        (A("Анкетирование потенциальных наставников; согласия на обработку персональных данных",
           "октябрь", "Зам. директора по УВР, руководители ШМО", "3.3", ("m", 10), [UVR, SHMO]),
         "", "октябрь", "Зам. директора по УВР,<br>руководители ШМО"),
        (A("Формирование базы наставников", "ноябрь", "Куратор", "3.4", ("m", 11), [CUR]),
         "", "ноябрь", "Куратор"),
    ]),
    (4, "<b>IV этап</b><br>Отбор и обучение наставников", [
        (A("Собеседование с будущими наставниками (при участии психолога)",
           "ноябрь", "Зам. директора по УВР, педагог-психолог", "4.2", ("m", 11), [UVR, PSY]),
         "", "ноябрь", "Зам. директора по УВР,<br>педагог-психолог"),
        (A("Обучение наставников: семинар-практикум «Роль наставника», онлайн-курсы ИРО РТ",
           "ноябрь – декабрь", "Зам. директора по НМР", "4.4", ("r", 11, 12), [DEP]),
         "", "ноябрь&nbsp;&ndash; декабрь", "Зам. директора по НМР"),
        (A("Формирование методической копилки для наставников",
           "в течение года", "Библиотекарь, руководители ШМО", "4.3", ("c",), [LIB, SHMO]),
         "", "в течение года", "Библиотекарь,<br>руководители ШМО"),
    ]),
    (5, "<b>V этап</b><br>Формирование наставнических пар / групп", [
        (A("Общая встреча наставников и наставляемых в формате «Быстрые знакомства»",
           "декабрь", "Куратор программы", "5.1", ("m", 12), [CUR]),
         "", "декабрь", "Куратор программы"),
        (A("Анкетирование после встречи — выбор предпочитаемого наставника",
           "декабрь", "Педагог-психолог", "5.2", ("m", 12), [PSY]),
         "", "декабрь", "Педагог-психолог"),
        (A("Формирование пар и групп; приказ о закреплении наставнических пар",
           "декабрь 2023 г.", "Директор", "5.3", ("m", 12, 2023), [DIR]),
         "", "декабрь 2023&nbsp;г.", "Директор"),
    ]),
    (6, "<b>VI этап</b><br>Организация работы наставнических пар / групп", [
        (A("Первая встреча пар (знакомство, правила взаимодействия)",
           "январь", "Наставники", "6.1", ("m", 1), [MEN]),
         "", "январь", "Наставники"),
        (A("Встреча-планирование: составляем план работы пары",
           "январь", "Наставники, наставляемые", "6.3", ("m", 1), [MEN, OTH]),
         "", "январь", "Наставники,<br>наставляемые"),
        (A("Регулярные встречи в парах по плану", "январь – май", "Наставники", "6.4", ("r", 1, 5), [MEN]),
         "", "январь&nbsp;&ndash; май", "Наставники"),
        (A("Педагогическая мастерская наставников (обмен опытом)",
           "февраль", "Руководители ШМО", None, ("m", 2), [SHMO]),
         "", "февраль", "Руководители ШМО"),
        (A("Промежуточная обратная связь: опрос участников",
           "март", "Куратор программы", "6.5", ("m", 3), [CUR]),
         "", "март", "Куратор программы"),
        (A("Заключительные встречи наставников и наставляемых",
           "апрель", "Наставники", "6.6", ("m", 4), [MEN]),
         "", "апрель", "Наставники"),
        (A("Анкетирование удовлетворённости участием в программе",
           "май", "Педагог-психолог", "6.8", ("m", 5), [PSY]),
         "", "май", "Педагог-психолог"),
    ]),
    (7, "<b>VII этап</b><br>Завершение наставничества", [
        (A("Праздник «Спасибо, наставник!» с приглашением родителей, партнёров, представителей Управления образования",
           "май", "Зам. директора по ВР, советник по воспитанию", "7.2", ("m", 5), [VR, SOV]),
         "", "май", "Зам. директора по ВР,<br>советник по воспитанию"),
        (A("Мониторинг качества реализации программы", "май", "Куратор программы", "7.3", ("m", 5), [CUR]),
         "", "май", "Куратор программы"),
        (A("Оформление лучших практик в кейсы", "май – июнь", "Руководители ШМО", "7.5", ("r", 5, 6), [SHMO]),
         "", "май&nbsp;&ndash; июнь", "Руководители ШМО"),
        (A("Публикация результатов и кейсов на сайте школы и в сетевом сообществе «Электронное образование в РТ»",
           "июнь", "Ответственный за сайт", "7.6", ("m", 6), [OTH]),
         "", "июнь", "Ответственный за сайт"),
        (A("Обновление баз наставников и наставляемых по итогам года",
           "июнь", "Куратор программы", "7.7", ("m", 6), [CUR]),
         "", "июнь", "Куратор программы"),
        (A("Анализ реализации дорожной карты, планирование на 2024-2025 уч. год",
           "июнь 2024 г.", "Зам. директора по УВР", None, ("m", 6, 2024), [UVR]),
         "", "июнь 2024&nbsp;г.", "Зам. директора по&nbsp;УВР"),
    ]),
]  # fmt: skip

D3_HEAD = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Дорожная карта наставничества | МБОУ «СОШ № 24» г. Нижнекамска</title>
<link rel="stylesheet" href="/templates/edu_school/css/template.css" type="text/css">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div class="top-bar">
  <a class="bvi-open" href="#">Версия для слабовидящих</a>
  <span class="lang"><a href="/ru/">Рус</a> | <a href="/tt/">Тат</a></span>
  <form class="search" action="/poisk"><input type="text" name="q" placeholder="Поиск..."></form>
</div>
<header class="header">
  <img src="/images/logo24.png" alt="Логотип школы" width="90">
  <div class="site-title">Муниципальное бюджетное общеобразовательное учреждение<br>
  «Средняя общеобразовательная школа № 24»<br>Нижнекамского муниципального района Республики Татарстан</div>
</header>
<nav>
<ul class="menu">
<li><a href="/">Главная</a></li>
<li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/novosti/">Новости</a></li>
<li class="active"><a href="/nastavnichestvo/">Наставничество</a></li>
<li><a href="/roditelyam/">Родителям</a></li>
<li><a href="/gia/">ГИА</a></li>
<li><a href="/kontakty/">Контакты</a></li>
</ul>
</nav>
<div class="breadcrumbs"><a href="/">Главная</a> &raquo; <a href="/nastavnichestvo/">Наставничество</a> &raquo; Дорожная карта</div>
<main class="item-page">
<h2 class="item-title">Дорожная карта</h2>
<dl class="article-info"><dd class="published">Опубликовано: 14.09.2023</dd><dd class="hits">Просмотров: 312</dd></dl>
<div itemprop="articleBody">
<p style="text-align: right;">Утверждена приказом<br>от 31.08.2023 № 187</p>
<p style="text-align: center;"><strong>Дорожная карта реализации целевой модели наставничества<br>
в МБОУ «СОШ № 24» г. Нижнекамска<br>на 2023-2024 учебный год</strong></p>
<p>&nbsp;</p>
"""

D3_FOOT = """<p>&nbsp;</p>
<p>Скачать: <a href="/images/docs/nastavn/dk_nastav_2023-2024.pdf">dk_nastav_2023-2024.pdf</a> (245,3 КБ)</p>
</div>
</main>
<footer class="footer">
<div class="footer-contacts">
<p>© 2016–2024 МБОУ «СОШ № 24» г. Нижнекамска</p>
<p>423570, Республика Татарстан, г. Нижнекамск, пр. Строителей, д. 17<br>
Тел.: 8 (8555) 00-00-00 | E-mail: school24.nk@example.ru</p>
</div>
<div class="counter">Яндекс.Метрика</div>
<p class="copy">Сайт работает на платформе «Сетевой город. Образование»</p>
</footer>
</body>
</html>
"""


def build_3(folder: Path) -> int:
    out: list[str] = [D3_HEAD]
    out.append(
        '<table border="1" cellspacing="0" cellpadding="5" style="width: 100%; border-collapse: collapse;">\n<tbody>\n'
    )
    out.append(
        '<tr>\n<td style="text-align: center;"><strong>Этап</strong></td>\n'
        '<td style="text-align: center;"><strong>№&nbsp;п/п</strong></td>\n'
        '<td style="text-align: center;"><strong>Мероприятие</strong></td>\n'
        '<td style="text-align: center;"><strong>Сроки</strong></td>\n'
        '<td style="text-align: center;"><strong>Ответственные</strong></td>\n</tr>\n'
    )
    acts: list[TruthActivity] = []
    n = 0
    for sid, stage_html, rows in D3:
        for k, (r, text_html, date_html, resp_html) in enumerate(rows):
            n += 1
            out.append("<tr>\n")
            if k == 0:
                out.append(f'<td rowspan="{len(rows)}" style="vertical-align: top;">{stage_html}</td>\n')
            cell = text_html or html.escape(r["text"], quote=False)
            out.append(
                f"<td>{n}.</td>\n<td><p>{cell}</p></td>\n<td>{date_html}</td>\n<td>{resp_html}</td>\n</tr>\n"
            )
            acts.append(truth_row(r, sid, D3_YEAR))
    out.append("</tbody>\n</table>\n")
    out.append(D3_FOOT)
    (folder / "dorozhnaya-karta.html").write_text("".join(out), encoding="utf-8")
    write_truth(folder, D3_ORG, D3_YEAR, acts)
    return len(acts)


# =========================================================================== 4: XLS, Krasnodar kindergarten

D4_ORG = "МАДОУ МО г. Краснодар «Детский сад № 212 «Кубаночка»»"
D4_YEAR = 2025


D4: list[Stage] = [
    (1, "1. Подготовка условий для запуска программы наставничества", [
        A("Приказ «Об организации наставничества в МАДОУ в 2025-2026 учебном году»",
          "01.09.2025", "Заведующий", None, ("d", 1, 9, 2025), [DIR]),
        A("Назначение куратора наставничества, утверждение состава рабочей группы",
          "01.09.2025", "Заведующий", None, ("d", 1, 9, 2025), [DIR]),
        A("Педагогический час: знакомим воспитателей и специалистов с программой наставничества",
          "Сентябрь", "Старший воспитатель", "1.1", ("m", 9), [OTH]),
        A("Информация для родителей на стенде «Для вас, родители» и в родительских чатах групп",
          "Сентябрь", "Воспитатели групп", "1.2", ("m", 9), [TEA]),
        A("Встреча с социальными партнёрами (МБОУ СОШ № 87, педагогический колледж) по вопросам наставничества",
          "Октябрь", "Заведующий, старший воспитатель", "1.3", ("m", 10), [DIR, OTH]),
    ]),
    (2, "2. Формирование базы наставляемых", [
        A("Анкетирование молодых педагогов и вновь принятых воспитателей (выявление профессиональных затруднений)",
          "Сентябрь", "Старший воспитатель", "2.1", ("m", 9), [OTH]),
        A("Сбор согласий на обработку персональных данных",
          "Сентябрь", "Делопроизводитель", "2.1", ("m", 9), [OTH]),
        A("Формирование базы наставляемых", "до 30.09.2025", "Куратор наставничества", "2.3",
          ("dl", 30, 9, 2025), [CUR]),
    ]),
    (3, "3. Формирование базы наставников", [
        A("Определение форм наставничества («педагог – педагог», «опытный воспитатель – молодой специалист»)",
          "Сентябрь", "Рабочая группа", "3.1", ("m", 9), [OTH]),
        A("Входная диагностика профессиональных затруднений наставляемых",
          "Октябрь", "Старший воспитатель, педагог-психолог", "3.2", ("m", 10), [OTH, PSY]),
        A("Анкетирование опытных педагогов, желающих стать наставниками",
          "Октябрь", "Куратор наставничества", "3.3", ("m", 10), [CUR]),
        A("Формирование базы наставников", "Октябрь", "Куратор наставничества", "3.4", ("m", 10), [CUR]),
    ]),
    (4, "4. Отбор и обучение наставников", [
        A("Собеседование с педагогами-наставниками", "Октябрь", "Заведующий, педагог-психолог", "4.2",
          ("m", 10), [DIR, PSY]),
        A("Подбор методической литературы и материалов для наставников (методический кабинет)",
          "Октябрь", "Старший воспитатель", "4.3", ("m", 10), [OTH]),
        A("Консультация для наставников «Как выстроить работу с молодым воспитателем»",
          "Ноябрь", "Старший воспитатель", "4.4", ("m", 11), [OTH]),
    ]),
    (5, "5. Формирование наставнических пар", [
        A("Встреча наставников и наставляемых — «Педагогическая гостиная»",
          "Ноябрь", "Куратор наставничества", "5.1", ("m", 11), [CUR]),
        A("Закрепление наставнических пар приказом заведующего", "Ноябрь", "Заведующий", "5.4", ("m", 11), [DIR]),
    ]),
    (6, "6. Организация работы наставнических пар", [
        A("Первая встреча в паре (знакомство)", "Ноябрь", "Наставники", "6.1", ("m", 11), [MEN]),
        A("Составление индивидуального плана развития молодого педагога",
          "Ноябрь-декабрь", "Наставники, молодые педагоги", "6.3", ("r", 11, 12), [MEN, OTH]),
        A("Регулярные встречи наставников и наставляемых: взаимопосещение ООД, разбор режимных моментов",
          "В течение учебного года", "Наставники", "6.4", ("c",), [MEN]),
        A("Промежуточная обратная связь от наставляемых (опрос)", "Февраль", "Старший воспитатель", "6.5",
          ("m", 2), [OTH]),
        A("Итоговая встреча пар", "Апрель", "Наставники", "6.6", ("m", 4), [MEN]),
        A("Круглый стол «Наставничество: итоги года» для всех пар",
          "Апрель", "Куратор наставничества, старший воспитатель", "6.7", ("m", 4), [CUR, OTH]),
        A("Анкетирование «Удовлетворённость участием в программе наставничества»",
          "Май", "Педагог-психолог", "6.8", ("m", 5), [PSY]),
    ]),
    (7, "7. Завершение наставничества", [
        A("Итоговый педсовет: подведение итогов, награждение лучших наставников грамотами",
          "Май", "Заведующий", "7.2", ("m", 5), [DIR]),
        A("Мониторинг качества реализации программы наставничества",
          "Май", "Куратор наставничества", "7.3", ("m", 5), [CUR]),
        A("Повторная диагностика профессиональных затруднений наставляемых",
          "Май", "Старший воспитатель", "7.4", ("m", 5), [OTH]),
        A("Размещение материалов (кейсы, фото) на сайте ДОО и в госпаблике ВКонтакте",
          "Июнь", "Ответственный за сайт", "7.6", ("m", 6), [OTH]),
        A("Формирование долгосрочной базы наставников", "Июнь", "Куратор наставничества", "7.8", ("m", 6), [CUR]),
        A("Отчёт о реализации целевой модели наставничества в департамент образования",
          "до 10.06.2026", "Заведующий", None, ("dl", 10, 6, 2026), [DIR]),
    ]),
]  # fmt: skip


def build_4(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for col, w in zip("ABCDE", [6, 60, 16, 28, 14], strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("D1:E1")
    ws["D1"] = "УТВЕРЖДАЮ"
    ws.merge_cells("D2:E2")
    ws["D2"] = "Заведующий МАДОУ МО г. Краснодар"
    ws.merge_cells("D3:E3")
    ws["D3"] = "«Детский сад № 212 «Кубаночка»»"
    ws.merge_cells("D4:E4")
    ws["D4"] = "________ О.Н. Гречко"
    ws.merge_cells("D5:E5")
    ws["D5"] = "приказ от 01.09.2025 № 118-П"
    r = 7
    for line in (
        "Дорожная карта",
        "реализации целевой модели наставничества",
        f"в {D4_ORG}",
        "на 2025-2026 учебный год",
    ):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=line)
        c.font = Font(bold=True, size=13)
        c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    for k, h in enumerate(["№", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"], 1):
        c = ws.cell(row=r, column=k, value=h)
        c.font = Font(bold=True)
        c.alignment = center
        c.border = box
    r += 1
    acts: list[TruthActivity] = []
    n = 0
    for sid, heading, rows in D4:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True, italic=True)
        c.alignment = Alignment(horizontal="center")
        for k in range(1, 6):
            ws.cell(row=r, column=k).border = box
        r += 1
        for row in rows:
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=row["text"])
            spec = row["spec"]
            if spec[0] == "d":
                dc = ws.cell(row=r, column=3, value=dt.datetime(spec[3], spec[2], spec[1]))
                dc.number_format = "DD.MM.YYYY"
            else:
                ws.cell(row=r, column=3, value=row["date"])
            ws.cell(row=r, column=4, value=row["resp"])
            ws.cell(row=r, column=5, value="")
            for k in range(1, 6):
                cell = ws.cell(row=r, column=k)
                cell.border = box
                cell.alignment = wrap
            lines = max(1, len(row["text"]) // 55 + 1, len(row["resp"]) // 25 + 1)
            ws.row_dimensions[r].height = 15 * lines
            acts.append(truth_row(row, sid, D4_YEAR))
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Старший воспитатель ________ Л.А. Ткаченко")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestva_2025-2026.xlsx"
        wb.save(str(src))
        soffice_convert(src, "xls", folder / "plan_nastavnichestva_2025-2026.xls")
    write_truth(folder, D4_ORG, D4_YEAR, acts)
    return len(acts)


# =========================================================================== 5: PNG photo, Murmansk college

D5_ORG = "ГАПОУ МО «Североморский колледж сервиса и технологий»"
D5_YEAR = 2024

D5: list[Stage] = [
    (1, "Подготовка условий для запуска программы наставничества", [
        A("Информирование педагогического коллектива о программе наставничества (педагогический совет)",
          "Сентябрь 2024", "Зам. директора по УР", "1.1", ("m", 9, 2024), [UVR]),
        A("Родительские собрания в группах нового набора: информация о наставничестве",
          "Сентябрь 2024", "Кураторы групп", "1.2", ("m", 9, 2024), [KL]),
        A("Встреча студентов с выпускниками колледжа и представителями предприятий-работодателей",
          "Октябрь 2024", "Зам. директора по УПР, руководитель ЦСТВ", "1.3", ("m", 10, 2024), [DEP, OTH]),
    ]),
    (2, "Формирование базы наставляемых", [
        A("Анкетирование студентов 1–2 курсов и молодых преподавателей, сбор согласий на обработку ПД",
          "Октябрь 2024", "Педагог-психолог, кураторы групп", "2.1", ("m", 10, 2024), [PSY, KL]),
        A("Формирование базы наставляемых", "Ноябрь 2024", "Методист", "2.3", ("m", 11, 2024), [MET]),
    ]),
    (3, "Формирование базы наставников", [
        A("Выбор форм наставничества («студент – студент», «работодатель – студент», «педагог – педагог»)",
          "Октябрь 2024", "Методист", "3.1", ("m", 10, 2024), [MET]),
        A("Анкетирование потенциальных наставников (преподаватели, мастера п/о, специалисты предприятий)",
          "Ноябрь 2024", "Председатели ПЦК", "3.3", ("m", 11, 2024), [SHMO]),
        A("Формирование базы наставников", "Ноябрь 2024", "Методист", "3.4", ("m", 11, 2024), [MET]),
    ]),
    (4, "Отбор и обучение наставников", [
        A("Собеседование с кандидатами в наставники",
          "Ноябрь 2024", "Зам. директора по УР, педагог-психолог", "4.2", ("m", 11, 2024), [UVR, PSY]),
        A("Обучение наставников (вебинары регионального ИРО)", "Декабрь 2024", "Методист", "4.4",
          ("m", 12, 2024), [MET]),
    ]),
    (5, "Формирование наставнических пар и групп", [
        A("Закрепление наставнических пар и групп приказом директора", "Декабрь 2024", "Директор", "5.4",
          ("m", 12, 2024), [DIR]),
    ]),
    (6, "Организация работы наставнических пар и групп", [
        A("Организационные встречи наставников и наставляемых", "Январь 2025", "Наставники", "6.1",
          ("m", 1, 2025), [MEN]),
        A("Регулярные встречи, работа по индивидуальным планам", "Январь – май 2025", "Наставники", "6.4",
          ("r", 1, 5, 2025, 2025), [MEN]),
        A("Сбор обратной связи от участников", "Март 2025", "Заведующие отделениями", "6.5",
          ("m", 3, 2025), [OTH]),
        A("Мониторинг удовлетворённости участников программы", "Май 2025", "Педагог-психолог", "6.8",
          ("m", 5, 2025), [PSY]),
    ]),
    (7, "Завершение наставничества", [
        A("Подведение итогов, награждение лучших наставников (в рамках Дня колледжа)",
          "Июнь 2025", "Директор, зам. директора по ВР", "7.2", ("m", 6, 2025), [DIR, VR]),
        A("Публикация лучших практик наставничества на сайте колледжа", "Июнь 2025", "Ответственный за сайт",
          "7.6", ("m", 6, 2025), [OTH]),
        A("Отчёт о реализации программы наставничества на методическом совете",
          "Июнь 2025", "Методист", None, ("m", 6, 2025), [MET]),
    ]),
]  # fmt: skip


def build_5(folder: Path) -> int:
    doc = new_document(landscape=False, font="Times New Roman", size=10.5)
    para(doc, "Министерство образования и науки Мурманской области", align="c", size=10)
    para(doc, D5_ORG, bold=True, align="c", size=11)
    para(doc, "")
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=13)
    para(doc, "внедрения целевой модели наставничества на 2024/2025 учебный год", bold=True, align="c")
    para(doc, "")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for k, h in enumerate(["№", "Мероприятие", "Сроки", "Ответственные"]):
        set_cell(table.rows[0].cells[k], h, bold=True, center=True)
    n = 0
    for _sid, heading, rows in D5:
        tr = table.add_row()
        merged = tr.cells[0].merge(tr.cells[3])
        set_cell(merged, heading, bold=True, center=True)
        for r in rows:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], str(n))
            set_cell(cells[1], r["text"])
            set_cell(cells[2], r["date"])
            set_cell(cells[3], r["resp"])
    set_widths(table, [1.0, 9.2, 3.0, 4.6])
    para(doc, "")
    para(doc, "Методист ____________ И.В. Корнилова", size=10)
    pdf = docx_to_pdf_bytes(doc, "dk_college")
    assert pdf_pages(pdf) == 1, "the photographed page must hold the whole table"
    page = render_page(pdf, 0, 170)
    photo = photo_of(page, np.random.default_rng(20250305))
    photo.save(folder / "IMG_20241002_143517.png")
    acts = stage_truth(D5, D5_YEAR)
    write_truth(folder, D5_ORG, D5_YEAR, acts)
    return len(acts)


# =========================================================================== 6: PDF, no ruling lines, Altai boarding school

D6_ORG = "КГБОУ «Ключевская общеобразовательная школа-интернат»"
D6_YEAR = 2025

D6: list[Stage] = [
    (1, "Этап 1. Подготовка условий для запуска программы наставничества\nЗадача: информируем всех участников о запуске программы", [
        A("Рабочее совещание: создаём рабочую группу по внедрению наставничества, назначаем куратора",
          "01.09.2025 г.", "Директор", None, ("d", 1, 9, 2025), [DIR], "Приказ по школе-интернату"),
        A("Знакомим педагогов и воспитателей интерната с программой наставничества (заседание МО воспитателей)",
          "Сентябрь", "Зам. директора по ВР, руководитель МО воспитателей", "1.1", ("m", 9), [VR, SHMO],
          "Протокол МО"),
        A("Информирование родителей (законных представителей) и опекунов: родительское собрание, памятки",
          "Сентябрь – октябрь", "Социальный педагог, классные руководители", "1.2", ("r", 9, 10), [SOC, KL],
          "Протокол собрания"),
        A("Встреча с выпускниками интерната и представителями шефствующих организаций",
          "Октябрь", "Советник директора по воспитанию", "1.3", ("m", 10), [SOV], "Фотоотчёт"),
        A("Общешкольная линейка — рассказываем ребятам о наставничестве",
          "Сентябрь", "Старший вожатый", "1.4", ("m", 9), [SOV], "Информация на сайте"),
    ]),
    (2, "Этап 2. Формирование базы наставляемых", [
        A("Анкетирование воспитанников 5–9 классов и молодых педагогов, желающих получить наставника",
          "Сентябрь", "Педагог-психолог", "2.1", ("m", 9), [PSY], "Анкеты"),
        A("Сбор информации о запросах воспитанников у воспитателей, кл. руководителей, соц. педагога; согласия законных представителей на обработку ПД",
          "Октябрь", "Социальный педагог", "2.2", ("m", 10), [SOC], "Согласия"),
        A("Формирование базы наставляемых", "Октябрь", "Куратор программы", "2.3", ("m", 10), [CUR],
          "База наставляемых"),
    ]),
    (3, "Этап 3. Формирование базы наставников", [
        A("Выбор форм наставничества на учебный год", "Сентябрь", "Рабочая группа", "3.1", ("m", 9), [OTH],
          "Протокол"),
        A("Входная диагностика наставляемых (тревожность, адаптация, успеваемость)",
          "Октябрь", "Педагог-психолог", "3.2", ("m", 10), [PSY], "Справка"),
        A("Анкетирование желающих стать наставниками (педагоги, воспитатели, старшеклассники), согласия на обработку ПД",
          "Октябрь", "Куратор программы", "3.3", ("m", 10), [CUR], "Анкеты, согласия"),
        A("Анализ анкет, формирование базы наставников",
          "Ноябрь", "Куратор программы, педагог-психолог", "3.4", ("m", 11), [CUR, PSY], "База наставников"),
    ]),
    (4, "Этап 4. Отбор и обучение наставников", [
        A("Оценка кандидатов в наставники", "Ноябрь", "Педагог-психолог", "4.1", ("m", 11), [PSY],
          "Карты оценки"),
        A("Собеседования с кандидатами", "Ноябрь", "Зам. директора по УВР", "4.2", ("m", 11), [UVR],
          "Список наставников"),
        A("Практикум для наставников «Наставник для ребёнка из группы риска»",
          "Декабрь", "Педагог-психолог, социальный педагог", "4.4", ("m", 12), [PSY, SOC], "Лист регистрации"),
    ]),
    (5, "Этап 5. Формирование наставнических пар / групп", [
        A("Групповая встреча «Мы — команда»", "Декабрь", "Куратор программы, старший воспитатель", "5.1",
          ("m", 12), [CUR, OTH], "Фотоотчёт"),
        A("Анкетирование участников после групповой встречи", "Декабрь", "Педагог-психолог", "5.2",
          ("m", 12), [PSY], "Анкеты"),
        A("Соединяем наставников и наставляемых в пары/группы", "Декабрь", "Куратор программы", "5.3",
          ("m", 12), [CUR], "Список пар"),
        A("Приказ о закреплении наставнических пар/групп; информирование участников",
          "до 26.12.2025", "Директор", "5.4", ("dl", 26, 12, 2025), [DIR], "Приказ"),
    ]),
    (6, "Этап 6. Организация работы наставнических пар / групп", [
        A("Первая встреча наставника и наставляемого", "Январь", "Наставники", "6.1", ("m", 1), [MEN], "—"),
        A("Пробная рабочая встреча", "Январь", "Наставники", "6.2", ("m", 1), [MEN], "—"),
        A("Встреча-планирование работы пары", "Январь", "Наставники, воспитатели", "6.3", ("m", 1),
          [MEN, TEA], "План работы"),
        A("Регулярные встречи в парах (в том числе во время самоподготовки и вечерних занятий)",
          "Январь – май", "Наставники", "6.4", ("r", 1, 5), [MEN], "Журнал встреч"),
        A("Сбор обратной связи от наставников и наставляемых", "Март", "Куратор программы", "6.5",
          ("m", 3), [CUR], "Результаты опроса"),
        A("Заключительные встречи в парах", "Май", "Наставники", "6.6", ("m", 5), [MEN], "—"),
        A("Общая заключительная встреча всех пар и групп", "Май", "Куратор программы", "6.7", ("m", 5),
          [CUR], "Фотоотчёт"),
        A("Анкетирование удовлетворённости участием в программе", "Май", "Педагог-психолог", "6.8",
          ("m", 5), [PSY], "Справка"),
    ]),
    (7, "Этап 7. Завершение наставничества", [
        A("Приглашаем на итоговое мероприятие участников, родителей и опекунов, шефов, представителей органов опеки",
          "Май", "Зам. директора по ВР", "7.1", ("m", 5), [VR], "Приглашения"),
        A("Праздник «Наставник — это звучит гордо!»: подведение итогов, награждение",
          "Май", "Директор", "7.2", ("m", 5), [DIR], "Сценарий, приказ о награждении"),
        A("Мониторинг качества реализации программы наставничества", "Май", "Куратор программы", "7.3",
          ("m", 5), [CUR], "Аналитическая справка"),
        A("Итоговая диагностика наставляемых (сравнение с входной)", "Май", "Педагог-психолог", "7.4",
          ("m", 5), [PSY], "Справка"),
        A("Публикация итогов на сайте школы-интерната", "Июнь", "Ответственный за сайт", "7.6", ("m", 6),
          [OTH], "Публикация"),
        A("Внесение итогов в базы наставников и наставляемых", "Июнь", "Куратор программы", "7.7",
          ("m", 6), [CUR], "Базы данных"),
        A("Отчёт о реализации дорожной карты в Министерство образования и науки Алтайского края",
          "до 30 июня 2026 г.", "Зам. директора по УВР", None, ("dl", 30, 6, 2026), [UVR], "Отчёт"),
    ]),
]  # fmt: skip


def build_6(folder: Path) -> int:
    doc = new_document(landscape=True, font="Arial", size=10)
    para(doc, "УТВЕРЖДЕНО", align="r")
    para(doc, "приказом директора от 29.08.2025 № 97/1", align="r")
    para(doc, "")
    para(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=12)
    para(doc, f"по внедрению целевой модели наставничества в {D6_ORG}", bold=True, align="c", size=12)
    para(doc, "на 2025-2026 учебный год", bold=True, align="c", size=12)
    para(doc, "")
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Normal Table"]
    no_borders(table)
    for k, h in enumerate(
        ["№", "Содержание работы", "Сроки проведения", "Ответственные", "Ожидаемый результат"]
    ):
        set_cell(table.rows[0].cells[k], h, bold=True)
    n = 0
    for _sid, heading, rows in D6:
        tr = table.add_row()
        merged = tr.cells[0].merge(tr.cells[4])
        set_cell(merged, heading, bold=True)
        for r in rows:
            n += 1
            cells = table.add_row().cells
            set_cell(cells[0], f"{n}.")
            set_cell(cells[1], r["text"])
            set_cell(cells[2], r["date"])
            set_cell(cells[3], r["resp"])
            set_cell(cells[4], r["extra"])
    set_widths(table, [1.0, 11.0, 3.4, 5.6, 4.5])
    para(doc, "")
    para(doc, "Исполнитель: Ерохина Т.П., куратор программы наставничества, тел. 8 (385-78) 0-00-00", size=9)
    (folder / "dk_nastavnichestvo_2025_2026.pdf").write_bytes(docx_to_pdf_bytes(doc, "dk"))
    acts = stage_truth(D6, D6_YEAR)
    write_truth(folder, D6_ORG, D6_YEAR, acts)
    return len(acts)


# =========================================================================== 7: DOCX without a table, Ural rural school

D7_ORG = "МКОУ «Сосновская ООШ» Целинного муниципального округа"
D7_YEAR = 2024

D7: list[Stage] = [
    (1, "Этап 1. Подготовка условий для запуска программы", [
        A("Приказ о внедрении наставничества, назначаем куратором Пахомову Т.В.", "до 06.09.2024", "директор",
          None, ("dl", 6, 9, 2024), [DIR]),
        A("Педсовет: знакомим коллег с программой наставничества", "август 2024 г.", "директор школы", "1.1",
          ("m", 8, 2024), [DIR]),
        A("Общешкольное родительское собрание (вопрос о наставничестве в повестке)", "сентябрь",
          "классные руководители, зам. директора по УВР", "1.2", ("m", 9), [KL, UVR]),
        A("Встреча с выпускниками школы и представителями СПК «Сосновский»: рассказываем о программе наставничества",
          "октябрь", "советник директора по воспитанию", "1.3", ("m", 10), [SOV]),
        A("Классные часы «Наставничество — что это?»", "сентябрь", "кл. руководители", "1.4", ("m", 9), [KL]),
    ]),
    (2, "Этап 2. Формирование базы наставляемых", [
        A("Анкетирование уч-ся 5–9 кл. и молодых учителей", "сентябрь–октябрь",
          "педагог-психолог (по договору с ППМС-центром)", "2.1", ("r", 9, 10), [PSY]),
        A("Беседы с родителями и кл. руководителями о запросах детей, сбор согласий родителей на обработку ПД",
          "октябрь", "кл. руководители", "2.2", ("m", 10), [KL]),
        A("Формируем базу наставляемых", "октябрь", "куратор", "2.3", ("m", 10), [CUR]),
    ]),
    (3, "Этап 3. Формирование базы наставников", [
        A("Выбираем формы наставничества (у нас: «ученик – ученик», «учитель – учитель»)", "сентябрь",
          "рабочая группа", "3.1", ("m", 9), [OTH]),
        A("Анкетирование учителей и старшеклассников, готовых быть наставниками", "октябрь",
          "зам. директора по УВР", "3.3", ("m", 10), [UVR]),
        A("Формирование базы наставников", "ноябрь", "куратор", "3.4", ("m", 11), [CUR]),
    ]),
    (4, "Этап 4. Отбор и обучение наставников", [
        A("Собеседование с наставниками", "ноябрь", "директор, куратор", "4.2", ("m", 11), [DIR, CUR]),
        A("Обучение наставников на дистанционных курсах ИРОСТ", "ноябрь–декабрь", "куратор", "4.4",
          ("r", 11, 12), [CUR]),
    ]),
    (5, "Этап 5. Формирование наставнических пар/групп", [
        A("Общая встреча наставников и наставляемых", "декабрь", "куратор", "5.1", ("m", 12), [CUR]),
        A("Закрепляем пары приказом директора", "декабрь", "директор", "5.4", ("m", 12), [DIR]),
    ]),
    (6, "Этап 6. Организация работы пар/групп", [
        A("Первая встреча в паре", "январь", "наставники", "6.1", ("m", 1), [MEN]),
        A("План работы пары на полугодие", "январь", "наставники", "6.3", ("m", 1), [MEN]),
        A("Регулярные встречи (не реже 2 раз в месяц)", "II полугодие", "наставники", "6.4", ("r", 1, 5), [MEN]),
        A("Обратная связь: опрос участников", "март", "куратор", "6.5", ("m", 3), [CUR]),
        A("Заключительная встреча всех пар", "апрель", "куратор, советник по воспитанию", "6.7", ("m", 4),
          [CUR, SOV]),
        A("Анкетирование удовлетворённости", "май", "педагог-психолог", "6.8", ("m", 5), [PSY]),
    ]),
    (7, "Этап 7. Завершение наставничества", [
        A("Линейка «Последний звонок»: награждаем лучших наставников", "23 мая 2025 г.", "директор", "7.2",
          ("d", 23, 5, 2025), [DIR]),
        A("Мониторинг качества программы", "май", "куратор", "7.3", ("m", 5), [CUR]),
        A("Оформляем кейсы", "июнь", "куратор, руководитель ШМО", "7.5", ("m", 6), [CUR, SHMO]),
        A("Публикуем итоги на сайте школы и в группе «Сосновская школа» ВКонтакте", "июнь",
          "ответственный за сайт", "7.6", ("m", 6), [OTH]),
        A("Отчёт в отдел образования Целинного МО", "до 15.06.2025", "директор", None, ("dl", 15, 6, 2025), [DIR]),
        A("Формирование долгосрочной базы наставников на следующий учебный год", "июнь", "куратор", "7.8",
          ("m", 6), [CUR]),
    ]),
]  # fmt: skip


def build_7(folder: Path) -> int:
    doc = new_document(landscape=False, size=13)
    para(doc, "Принято на педагогическом совете", size=11)
    para(doc, "(протокол № 1 от 30.08.2024)", size=11)
    para(doc, "")
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c")
    para(doc, "внедрения целевой модели наставничества", bold=True, align="c")
    para(doc, f"в {D7_ORG}", bold=True, align="c")
    para(doc, "на 2024-2025 учебный год", bold=True, align="c")
    para(doc, "")
    para(
        doc,
        "Школа у нас небольшая (68 обучающихся, 14 педагогов), поэтому большую часть работы берут на себя "
        "директор, куратор программы и классные руководители. Педагог-психолог работает по договору с "
        "районным ППМС-центром.",
        align="j",
    )
    n = 0
    for _sid, heading, rows in D7:
        para(doc, "")
        para(doc, heading, bold=True)
        for r in rows:
            n += 1
            para(doc, f"{n}. {r['text']} — {r['date']} — {r['resp']}", align="j")
    para(doc, "")
    para(doc, "Директор школы ____________ В.Н. Гусева")
    doc.save(str(folder / "Дорожная карта наставничество 2024-2025.docx"))
    acts = stage_truth(D7, D7_YEAR)
    write_truth(folder, D7_ORG, D7_YEAR, acts)
    return len(acts)


# =========================================================================== 8: DOCX, 2022 model (pedagogical workers), Murmansk

D8_ORG = "МБОУ СОШ № 7 г. Оленегорска"
D8_YEAR = 2023

D8: list[Stage] = [
    (1, "Подготовка условий для реализации системы наставничества", [
        A("Приказ «Об организации системы наставничества педагогических работников в 2023-2024 учебном году»",
          "до 01.09.2023", "Директор", None, ("dl", 1, 9, 2023), [DIR]),
        A("Назначение куратора реализации персонализированных программ наставничества",
          "до 01.09.2023", "Директор", None, ("dl", 1, 9, 2023), [DIR]),
        A("Актуализация Положения о системе наставничества педагогических работников",
          "Август 2023", "Зам. директора по УВР Белова С.А.", None, ("m", 8, 2023), [UVR]),
        A("Информирование педагогического коллектива о системе наставничества (педагогический совет)",
          "30 августа 2023", "Куратор", None, ("d", 30, 8, 2023), [CUR]),
        A("Приказ о закреплении наставнических пар/групп с письменного согласия участников",
          "до 1 октября 2023 г.", "Директор", None, ("dl", 1, 10, 2023), [DIR]),
    ]),
    (2, "Формирование банка наставляемых", [
        A("Сбор информации о профессиональных запросах педагогов (анкетирование, собеседование)",
          "Сентябрь", "Зам. директора по УВР, руководители ШМО", None, ("m", 9), [UVR, SHMO]),
        A("Выявление молодых специалистов и вновь прибывших педагогов", "до 10.09.2023", "Куратор", None,
          ("dl", 10, 9, 2023), [CUR]),
        A("Формирование банка наставляемых", "до 15 сентября", "Куратор", None, ("dl", 15, 9), [CUR]),
    ]),
    (3, "Формирование банка наставников", [
        A("Анкетирование опытных педагогов — потенциальных наставников", "Сентябрь", "Руководители ШМО", None,
          ("m", 9), [SHMO]),
        A("Формирование банка наставников", "до 20.09.2023", "Куратор", None, ("dl", 20, 9, 2023), [CUR]),
    ]),
    (4, "Отбор и обучение", [
        A("Анализ банка наставников, подбор наставника под запрос конкретного педагога",
          "Сентябрь", "Куратор, зам. директора по УВР", None, ("m", 9), [CUR, UVR]),
        A("Подготовка методических материалов для сопровождения наставнической деятельности",
          "Сентябрь – октябрь", "Методист", None, ("r", 9, 10), [MET]),
        A("Постоянно действующий семинар для наставников: консультации, обмен опытом",
          "В течение года", "Куратор", None, ("c",), [CUR]),
        A("Курсы повышения квалификации наставников (ИРО Мурманской области)", "По графику",
          "Зам. директора по УВР", None, ("u",), [UVR]),
    ]),
    (5, "Организация и осуществление работы наставнических пар/групп", [
        A("Формирование наставнических пар/групп", "до 1 октября", "Куратор", None, ("dl", 1, 10), [CUR]),
        A("Разработка персонализированных программ наставничества для каждой пары/группы",
          "до 01.11.2023", "Наставники", None, ("dl", 1, 11, 2023), [MEN]),
        A("Реализация персонализированных программ: встречи, взаимопосещение уроков, совместная подготовка к открытым урокам",
          "Октябрь – май", "Наставники, наставляемые", None, ("r", 10, 5), [MEN, OTH]),
        A("Психолого-педагогическая поддержка наставляемых, не сформировавших пару, продолжение поиска наставника",
          "По мере необходимости", "Педагог-психолог", None, ("u",), [PSY]),
        A("Промежуточный мониторинг реализации персонализированных программ", "Январь", "Куратор", None,
          ("m", 1), [CUR]),
    ]),
    (6, "Завершение персонализированных программ наставничества", [
        A("Отчёты наставников о выполнении персонализированных программ наставничества", "до 20 мая",
          "Наставники", None, ("dl", 20, 5), [MEN]),
        A("Мониторинг качества реализации персонализированных программ (анкетирование наставников и наставляемых)",
          "Май", "Куратор, педагог-психолог", None, ("m", 5), [CUR, PSY]),
        A("Круглый стол «Лучшие практики наставничества», пополнение методической копилки",
          "Май", "Зам. директора по УВР, руководители ШМО", None, ("m", 5), [UVR, SHMO]),
        A("Школьный конкурс «Лучший наставник», поощрение наставников", "Май", "Директор", None, ("m", 5), [DIR]),
    ]),
    (7, "Информационная поддержка системы наставничества", [
        A("Ведение раздела «Наставничество» на официальном сайте школы (документы, новости)",
          "Постоянно", "Ответственный за сайт", None, ("c",), [OTH]),
        A("Публикации о наставниках и наставляемых в сообществе школы ВКонтакте", "В течение года",
          "Зам. директора по ВР", None, ("c",), [VR]),
        A("Участие в региональном форуме наставников Мурманской области", "Апрель", "Куратор", None,
          ("m", 4), [CUR]),
    ]),
]  # fmt: skip


def build_8(folder: Path) -> int:
    doc = new_document(landscape=False, size=12)
    para(doc, "Приложение 2", align="r")
    para(doc, "к приказу от 31.08.2023 № 164", align="r")
    para(doc, "")
    para(
        doc,
        "Дорожная карта реализации системы (целевой модели) наставничества педагогических работников",
        bold=True,
        align="c",
    )
    para(doc, f"в {D8_ORG} на 2023-2024 учебный год", bold=True, align="c")
    para(doc, "")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for k, h in enumerate(["№", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]):
        set_cell(table.rows[0].cells[k], h, bold=True, center=True)
    for sid, heading, rows in D8:
        first = len(table.rows)
        for r in rows:
            cells = table.add_row().cells
            set_cell(cells[2], r["text"])
            set_cell(cells[3], r["date"])
            set_cell(cells[4], r["resp"])
        last = len(table.rows) - 1
        num = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
        name = table.cell(first, 1).merge(table.cell(last, 1)) if last > first else table.cell(first, 1)
        set_cell(num, f"{sid}.")
        set_cell(name, heading)
    set_widths(table, [1.0, 3.6, 6.6, 2.8, 3.8])
    para(doc, "")
    para(doc, "Куратор системы наставничества ___________ Т.А. Воронцова")
    doc.save(str(folder / "dk_nastavnichestvo_pedagogov_2023.docx"))
    acts = stage_truth(D8, D8_YEAR)
    write_truth(folder, D8_ORG, D8_YEAR, acts, model="teachers_2022")
    return len(acts)


# =========================================================================== 9: not a roadmap (plan of the МО of class teachers)

D9_ORG = "МБОУ «Гимназия № 2» г. Черняховска"
D9_YEAR = 2025

# (section or None, event, form, date, responsible)
D9: list[tuple[str, str, str, str]] = [
    ("§Заседание № 1. «Планирование воспитательной работы на 2025-2026 учебный год»", "", "", ""),
    ("Анализ воспитательной работы за 2024-2025 учебный год", "Доклад", "Август", "Зам. директора по ВР"),
    ("Утверждение плана работы МО классных руководителей", "Обсуждение", "Август", "Руководитель МО"),
    ("Требования к ведению документации классного руководителя, электронного журнала", "Инструктаж",
     "Август", "Зам. директора по УВР"),
    ("Организация работы по профилактике ДДТТ на начало учебного года", "Информация", "Сентябрь",
     "Педагог-организатор ОБЗР"),
    ("§Заседание № 2. «Профилактика безнадзорности и правонарушений несовершеннолетних»", "", "", ""),
    ("Работа с детьми «группы риска» и семьями в СОП", "Семинар-практикум", "Ноябрь",
     "Социальный педагог Гринько А.В."),
    ("Профилактика буллинга в классном коллективе", "Круглый стол", "Ноябрь", "Педагог-психолог"),
    ("Информирование родительской общественности о работе школьной службы примирения", "Сообщение",
     "Ноябрь", "Руководитель ШСП"),
    ("§Заседание № 3. «Патриотическое воспитание и Движение первых»", "", "", ""),
    ("Участие классов в мероприятиях Движения первых", "Обмен опытом", "Январь",
     "Советник директора по воспитанию"),
    ("Подготовка к месячнику военно-патриотического воспитания", "Планирование", "Январь",
     "Руководитель МО, кл. руководители 5–11 кл."),
    ("Открытые классные часы «Разговоры о важном»: взаимопосещение", "Открытые мероприятия",
     "Январь – февраль", "Классные руководители"),
    ("§Заседание № 4. «Взаимодействие с семьёй»", "", "", ""),
    ("Современные формы проведения родительских собраний", "Мастер-класс", "Март", "Руководитель МО"),
    ("Подготовка к итоговым родительским собраниям по вопросам ГИА", "Информация", "Март",
     "Зам. директора по УВР"),
    ("§Заседание № 5. «Итоги работы МО за год»", "", "", ""),
    ("Отчёты классных руководителей о выполнении планов воспитательной работы", "Отчёт", "Май",
     "Классные руководители"),
    ("Организация летней занятости обучающихся", "Информация", "Май", "Зам. директора по ВР"),
    ("Анализ работы МО, задачи на 2026-2027 учебный год", "Обсуждение", "Май", "Руководитель МО"),
    ("§Работа между заседаниями", "", "", ""),
    ("Индивидуальные консультации для классных руководителей", "Консультация", "В течение года",
     "Руководитель МО, зам. директора по ВР"),
    ("Участие в муниципальном конкурсе «Самый классный классный»", "Конкурс", "Февраль",
     "Руководитель МО"),
]  # fmt: skip


def build_9(folder: Path) -> int:
    doc = new_document(landscape=False, size=12)
    para(doc, "Рассмотрено на заседании МО классных руководителей", size=11)
    para(doc, "протокол № 5 от 27.05.2025", size=11)
    para(doc, "")
    para(doc, "План работы методического объединения классных руководителей", bold=True, align="c")
    para(doc, f"{D9_ORG}", bold=True, align="c")
    para(doc, "на 2025-2026 учебный год", bold=True, align="c")
    para(doc, "")
    para(
        doc,
        "Методическая тема: «Повышение профессиональной компетентности классного руководителя в условиях "
        "реализации рабочей программы воспитания».",
        align="j",
    )
    para(
        doc,
        "Цель: совершенствование форм и методов воспитательной работы, повышение качества работы "
        "классных руководителей.",
        align="j",
    )
    para(doc, "Задачи:")
    for t in (
        "1) оказание методической помощи классным руководителям;",
        "2) изучение и распространение опыта лучших классных руководителей;",
        "3) организация взаимодействия классных руководителей с родителями обучающихся.",
    ):
        para(doc, t)
    para(doc, "")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for k, h in enumerate(["№ п/п", "Содержание работы", "Форма проведения", "Сроки", "Ответственные"]):
        set_cell(table.rows[0].cells[k], h, bold=True, center=True)
    n = 0
    for text, form, date, resp in D9:
        tr = table.add_row()
        if text.startswith("§"):
            merged = tr.cells[0].merge(tr.cells[4])
            set_cell(merged, text[1:], bold=True, center=True)
            continue
        n += 1
        for k, v in enumerate([f"{n}.", text, form, date, resp]):
            set_cell(tr.cells[k], v)
    set_widths(table, [1.2, 7.0, 3.2, 2.6, 3.8])
    para(doc, "")
    para(doc, "Руководитель МО классных руководителей ________ Е.С. Шевчук")
    doc.save(str(folder / "plan_MO_klassnyh_rukovoditeley_2025-2026.docx"))
    write_truth(folder, D9_ORG, D9_YEAR, [], status="not_roadmap", model="unknown")
    return 0


# =========================================================================== main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "kushva19_doc": build_1,
    "kaliningrad_lyceum18_rtf": build_2,
    "nizhnekamsk24_html": build_3,
    "krasnodar_dou212_xls": build_4,
    "severomorsk_college_photo": build_5,
    "klyuchi_internat_pdf": build_6,
    "sosnovka_oosh_paragraphs": build_7,
    "olenegorsk7_teachers2022": build_8,
    "chernyakhovsk_mo_plan_not_roadmap": build_9,
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
