"""Build the held-out set data/holdout34/<name>/ (one image-only roadmap + truth.json per folder).

Run: .venv/bin/python -m data.holdout34.build   (from /work/main)

Eight roadmaps that exist only as pictures of a printed page: each is written as a DOCX with
python-docx, printed to PDF by LibreOffice, rendered with pypdfium2 and turned into phone photos
(JPEG), grey scans (PNG, a two-page TIFF) or image-only scanned PDFs.  Every printed activity
carries its hand label next to its text, so the picture and truth.json come from one place.

Labels are what is printed.  The music school's photo shows page 1 of a two-page roadmap only:
its truth holds the rows printed on that page (status "partial").  All noise has fixed seeds;
only LibreOffice's PDF metadata differs between runs, and it never reaches the pictures.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias

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

from data.build_format_samples import compact, pdftotext, photo_of, render_page, scan_page
from data.holdout.build import DateFields, DateSpec, TruthActivity, _soffice_pdf, expand, write_truth

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- labelled rows

When: TypeAlias = DateSpec | DateFields


@dataclass(frozen=True)
class Act:
    """One printed activity with its hand label.

    ``date`` is the printed date cell (the «Начало» cell in the two-date layout), ``extra`` the
    printed cell of the layout's additional column (Примечание, ФИО, Окончание, Результат).
    """

    text: str
    date: str
    resp: str
    aid: str | None
    when: When
    roles: tuple[str, ...]
    extra: str = ""


Section: TypeAlias = tuple[int, str, list[Act]]


def A(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    when: When,
    roles: Sequence[str],
    extra: str = "",
) -> Act:
    return Act(text, date, resp, aid, when, tuple(roles), extra)


def day_span(d1: dt.date, d2: dt.date) -> DateFields:
    """«01.10.2020 – 16.10.2020»: a range bounded by the printed days."""
    return {
        "date_kind": "range",
        "date_start": d1.isoformat(),
        "date_end": d2.isoformat(),
        "month_start": d1.month,
        "month_end": d2.month,
        "recurrence": None,
    }


def annual_deadline(day: int, month: int, y: int) -> DateFields:
    """«ежегодно, до 15 сентября»: a deadline that recurs every year."""
    fields = expand(("dl", day, month), y)
    fields["recurrence"] = "annual"
    return fields


def truth_of(act: Act, stage_id: int, y: int) -> TruthActivity:
    assert len(set(act.roles)) == len(act.roles), act
    when = act.when
    d = expand(when, y) if isinstance(when, tuple) else when
    return {
        "text": act.text,
        "activity_id": act.aid,
        "stage_id": stage_id,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": d["recurrence"],
        "roles": list(act.roles),
    }


# --------------------------------------------------------------------------- docx writing

Align: TypeAlias = Literal["l", "c", "r", "j"]
# A body row: its cells as (text, grid span), and whether the row is bold (a stage row).
TRow: TypeAlias = tuple[list[tuple[str, int]], bool]
ALIGNS = {
    "l": WD_ALIGN_PARAGRAPH.LEFT,
    "c": WD_ALIGN_PARAGRAPH.CENTER,
    "r": WD_ALIGN_PARAGRAPH.RIGHT,
    "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True)
class Page:
    font: str
    size: float
    landscape: bool = False
    margin_cm: float = 1.5


def new_doc(page: Page) -> DocxDocument:
    doc = Document()
    style = doc.styles["Normal"]
    assert isinstance(style, ParagraphStyle)
    style.font.name = page.font
    style.font.size = Pt(page.size)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    if page.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(page.margin_cm + 0.5)
    sec.right_margin = Cm(page.margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(page.margin_cm)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    align: Align = "l",
    bold: bool = False,
    size: float | None = None,
    after: float = 0.0,
) -> None:
    """A paragraph; '\\n' inside is a line break."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size is not None:
        run.font.size = Pt(size)
    p.alignment = ALIGNS[align]
    p.paragraph_format.space_after = Pt(after)


def fill(cell: _Cell, text: str, bold: bool = False, italic: bool = False, align: Align = "l") -> None:
    """Cell text; '\\n' starts a new paragraph (an empty one keeps a blank line)."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = ALIGNS[align]
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def keep_rows(table: Table, repeat_header: bool) -> None:
    """No row breaks across a page; optionally repeat the header row on every page."""
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i == 0 and repeat_header:
            tr_pr.append(OxmlElement("w:tblHeader"))


def grid_table(
    doc: DocxDocument,
    headers: Sequence[str],
    body: Sequence[TRow],
    widths: Sequence[float],
    *,
    stage_align: Align = "l",
    stage_italic: bool = False,
    center_cols: Sequence[int] = (),
    repeat_header: bool = False,
) -> Table:
    n = len(headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        fill(hdr.cells[i], h, bold=True, align="c")
    for cells, stage in body:
        row = table.add_row()
        col = 0
        for text, span in cells:
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            if stage:
                fill(cell, text, bold=True, italic=stage_italic, align=stage_align)
            else:
                fill(cell, text, align="c" if col in center_cols else "l")
            col += span
        assert col == n, cells
    set_widths(table, widths)
    keep_rows(table, repeat_header)
    assert isinstance(table, Table)
    return table


def hide_rules(cell: _Cell, top: bool, bottom: bool) -> None:
    """Drop a cell's top and/or bottom rule."""
    sides = [side for side, hide in (("top", top), ("bottom", bottom)) if hide]
    if not sides:
        return
    borders = OxmlElement("w:tcBorders")
    for side in sides:
        rule = OxmlElement(f"w:{side}")
        rule.set(qn("w:val"), "nil")
        borders.append(rule)
    cell._tc.get_or_add_tcPr().append(borders)


def plain_table(doc: DocxDocument, left: str, right: str, widths: tuple[float, float]) -> None:
    """An approval block: two borderless cells side by side."""
    table = doc.add_table(rows=1, cols=2)
    fill(table.rows[0].cells[0], left)
    fill(table.rows[0].cells[1], right)
    set_widths(table, widths)


# =========================================================================== 1: kindergarten, photo
# № п/п | Наименование мероприятия | Сроки проведения | Ответственный исполнитель; stage rows span.

K1_ORG = "МБДОУ «Детский сад № 27 «Ласточка»» г. Бийска"
K1_YEAR = 2023
K1: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Издание приказа «Об организации наставничества в МБДОУ», назначение куратора",
                "август 2023",
                "Заведующий",
                None,
                ("m", 8, 2023),
                ["director"],
            ),
            A(
                "Педагогический совет: знакомство коллектива с целевой моделью наставничества и планом "
                "её внедрения",
                "сентябрь",
                "Заведующий, старший воспитатель",
                "1.1",
                ("m", 9),
                ["director", "other"],
            ),
            A(
                "Беседы с родителями на групповых собраниях, памятка «Наставничество в детском саду»",
                "сентябрь – октябрь",
                "Воспитатели групп",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
            ),
            A(
                "Встреча коллектива с преподавателями Бийского педагогического колледжа (социальный партнёр)",
                "октябрь",
                "Старший воспитатель",
                "1.3",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование молодых воспитателей и педагогов со стажем до 3 лет, получение согласий "
                "на обработку персональных данных",
                "до 20 сентября",
                "Старший воспитатель",
                "2.1",
                ("dl", 20, 9),
                ["other"],
            ),
            A(
                "Сбор сведений о профессиональных затруднениях наставляемых у педагога-психолога и "
                "учителя-логопеда",
                "сентябрь",
                "Педагог-психолог",
                "2.2",
                ("m", 9),
                ["psychologist"],
            ),
            A(
                "Составление базы наставляемых",
                "октябрь",
                "Старший воспитатель",
                "2.3",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            A(
                "Определение форм наставничества: «опытный педагог – молодой специалист», "
                "«воспитатель – воспитатель»",
                "сентябрь",
                "Заведующий",
                "3.1",
                ("m", 9),
                ["director"],
            ),
            A(
                "Анкетирование педагогов, готовых стать наставниками; сбор согласий",
                "октябрь",
                "Старший воспитатель, педагог-психолог",
                "3.3",
                ("m", 10),
                ["other", "psychologist"],
            ),
            A(
                "Сопоставление анкет наставников и наставляемых, составление базы наставников",
                "октябрь",
                "Куратор наставничества",
                "3.4",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Собеседование с кандидатами в наставники",
                "октябрь",
                "Заведующий, педагог-психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
            ),
            A(
                "Семинар-практикум для наставников «Как помочь молодому педагогу адаптироваться»",
                "ноябрь",
                "Старший воспитатель",
                "4.4",
                ("m", 11),
                ["other"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар",
        [
            A(
                "Организационная встреча наставников и наставляемых «Знакомство»",
                "ноябрь",
                "Куратор наставничества",
                "5.1",
                ("m", 11),
                ["program_curator"],
            ),
            A(
                "Закрепление наставнических пар приказом заведующего",
                "до 1 декабря",
                "Заведующий",
                "5.4",
                ("dl", 1, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар",
        [
            A(
                "Составление совместных планов работы наставнических пар",
                "декабрь",
                "Наставники",
                "6.3",
                ("m", 12),
                ["mentors"],
            ),
            A(
                "Взаимопосещения занятий, консультации, открытые показы образовательной деятельности",
                "декабрь – апрель",
                "Наставники, наставляемые",
                "6.4",
                ("r", 12, 4),
                ["mentors", "other"],
            ),
            A(
                "Промежуточный опрос участников о ходе работы в парах",
                "февраль",
                "Педагог-психолог",
                "6.5",
                ("m", 2),
                ["psychologist"],
            ),
            A(
                "Анкетирование удовлетворённости участием в программе наставничества",
                "апрель",
                "Старший воспитатель",
                "6.8",
                ("m", 4),
                ["other"],
            ),
        ],
    ),
    (
        7,
        "Завершение программы наставничества",
        [
            A(
                "Итоговый педагогический час «Наставничество: итоги года», награждение наставников "
                "почётными грамотами",
                "май",
                "Заведующий",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            A(
                "Размещение материалов о наставничестве на сайте детского сада и в группе ВКонтакте",
                "в течение года",
                "Ответственный за сайт",
                "7.6",
                ("c",),
                ["other"],
            ),
            A(
                "Отчёт о выполнении дорожной карты на итоговом педагогическом совете",
                "май",
                "Куратор наставничества",
                None,
                ("m", 5),
                ["program_curator"],
            ),
        ],
    ),
]


def write_k1(path: Path) -> list[TruthActivity]:
    page = Page("Liberation Serif", 10.0)
    doc = new_doc(page)
    para(
        doc,
        "УТВЕРЖДАЮ\nЗаведующий МБДОУ «Детский сад № 27 «Ласточка»»\n__________ О.В. Гуляева\n"
        "Приказ № 84-о от 31.08.2023",
        "r",
        after=8,
    )
    para(
        doc,
        "Дорожная карта\nвнедрения целевой модели наставничества\nв МБДОУ «Детский сад № 27 «Ласточка»» "
        "г. Бийска\nна 2023 – 2024 учебный год",
        "c",
        bold=True,
        size=12,
        after=8,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, acts in K1:
        body.append(([(heading, 4)], True))
        for act in acts:
            n += 1
            body.append(([(f"{n}.", 1), (act.text, 1), (act.date, 1), (act.resp, 1)], False))
            truth.append(truth_of(act, stage_id, K1_YEAR))
    grid_table(
        doc,
        ["№ п/п", "Наименование мероприятия", "Сроки проведения", "Ответственный исполнитель"],
        body,
        [1.2, 9.3, 3.1, 4.4],
        stage_align="c",
        stage_italic=True,
        center_cols=(0, 2),
    )
    doc.save(str(path))
    return truth


# =========================================================================== 2: cadet school, photo
# Stage rows «Этап N. …» in a merged first cell (№ + content); the school's own numbering N.k.

C_ORG = "ГБОУ «Кадетская школа-интернат № 3» г. Оренбурга"
C_YEAR = 2021
C: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ о назначении куратора программы наставничества и утверждении дорожной карты",
                "до 01.09.2021",
                "Директор",
                None,
                ("dl", 1, 9, 2021),
                ["director"],
            ),
            A(
                "Информирование педагогов и офицеров-воспитателей о программе на совещании при директоре",
                "сентябрь",
                "Заместитель директора по ВР",
                "1.1",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            A(
                "Родительское собрание «Наставничество в кадетской школе»",
                "сентябрь",
                "Классные руководители, офицеры-воспитатели",
                "1.2",
                ("m", 9),
                ["class_teacher", "other"],
            ),
            A(
                "Информационный час для кадет 5–11 классов о программе наставничества",
                "сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            A(
                "Встреча с выпускниками – курсантами военных вузов и представителями совета ветеранов",
                "октябрь",
                "Старший вожатый",
                "1.3",
                ("m", 10),
                ["senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование кадет, желающих участвовать в программе; согласия совершеннолетних участников",
                "сентябрь – октябрь",
                "Педагог-психолог",
                "2.1",
                ("r", 9, 10),
                ["psychologist"],
            ),
            A(
                "Согласия родителей (законных представителей) на обработку персональных данных, "
                "характеристики от классных руководителей",
                "октябрь",
                "Социальный педагог",
                "2.2",
                ("m", 10),
                ["social_pedagogue"],
            ),
            A(
                "Формирование базы наставляемых (кадеты с трудностями в учёбе и адаптации, одарённые)",
                "до 25 октября",
                "Куратор программы",
                "2.3",
                ("dl", 25, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            A(
                "Определение форм наставничества: «ученик – ученик», «учитель – ученик», «работодатель – ученик»",
                "октябрь",
                "Заместитель директора по УВР",
                "3.1",
                ("m", 10),
                ["deputy_director_academic"],
            ),
            A(
                "Входная диагностика наставляемых (мотивация, адаптация, успеваемость)",
                "октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            A(
                "Анкетирование будущих наставников из числа педагогов, кадет старших классов и ветеранов",
                "октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            A(
                "Формирование базы наставников",
                "ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            A(
                "Собеседование с кандидатами в наставники",
                "ноябрь",
                "Заместитель директора по ВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_upbringing", "psychologist"],
            ),
            A(
                "Обучение наставников на вебинарах регионального центра наставничества",
                "ноябрь – декабрь",
                "Куратор программы",
                "4.4",
                ("r", 11, 12),
                ["program_curator"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            A(
                "Общий сбор наставников и наставляемых",
                "декабрь",
                "Куратор программы, старший вожатый",
                "5.1",
                ("m", 12),
                ["program_curator", "senior_counselor"],
            ),
            A(
                "Закрепление наставнических пар и групп приказом директора",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            A(
                "Первая (организационная) встреча наставника с наставляемым",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            A(
                "Регулярные встречи наставнических пар, не реже двух раз в месяц",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            A(
                "Сбор отзывов наставляемых о работе в парах",
                "март",
                "Куратор программы",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            A(
                "Заключительная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            A(
                "Торжественный сбор «Слово наставнику» с участием родителей и ветеранов, награждение "
                "лучших наставников",
                "май",
                "Заместитель директора по ВР, советник директора по воспитанию",
                "7.2",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            A(
                "Мониторинг качества реализации программы",
                "май",
                "Педагог-психолог",
                "7.3",
                ("m", 5),
                ["psychologist"],
            ),
            A(
                "Публикация итогов на сайте школы",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            A(
                "Отчёт о реализации программы наставничества в министерство образования области",
                "до 15 июня",
                "Куратор программы",
                None,
                ("dl", 15, 6),
                ["program_curator"],
            ),
        ],
    ),
]


def write_cadet(path: Path) -> list[TruthActivity]:
    page = Page("DejaVu Sans Condensed", 9.5, margin_cm=1.3)
    doc = new_doc(page)
    plain_table(
        doc,
        "РАССМОТРЕНО\nна заседании педагогического совета\nПротокол № 1 от «30» августа 2021 г.",
        "УТВЕРЖДАЮ\nДиректор ГБОУ «КШИ № 3»\n________ В.П. Туманов\n«31» августа 2021 г.",
        (10.0, 7.9),
    )
    para(doc, "", after=4)
    para(
        doc,
        "План мероприятий (дорожная карта)\nпо внедрению целевой модели наставничества обучающихся\n"
        "в ГБОУ «Кадетская школа-интернат № 3» г. Оренбурга\nна 2021/2022 учебный год",
        "c",
        bold=True,
        size=11,
        after=6,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    for stage_id, heading, acts in C:
        body.append(([(heading, 2), ("", 1), ("", 1)], True))
        for k, act in enumerate(acts, 1):
            body.append(([(f"{stage_id}.{k}", 1), (act.text, 1), (act.date, 1), (act.resp, 1)], False))
            truth.append(truth_of(act, stage_id, C_YEAR))
    grid_table(
        doc,
        ["№", "Содержание работы", "Срок", "Ответственные"],
        body,
        [1.0, 9.6, 2.9, 4.6],
        center_cols=(0,),
    )
    doc.save(str(path))
    return truth


# =========================================================================== 3: music school, photo
# A «Примечание» column left mostly empty; two printed pages, only page 1 photographed.

M_ORG = "МБУ ДО «Детская школа искусств № 5» г. Вологды"
M_YEAR = 2025
M: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ директора о внедрении целевой модели наставничества и назначении куратора",
                "до 05.09.2025",
                "Директор",
                None,
                ("dl", 5, 9, 2025),
                ["director"],
                "приказ",
            ),
            A(
                "Разработка и утверждение Положения о наставничестве в ДШИ",
                "сентябрь",
                "Заместитель директора по УВР",
                None,
                ("m", 9),
                ["deputy_director_academic"],
            ),
            A(
                "Рассказ о программе преподавателям и концертмейстерам на методическом совете",
                "сентябрь",
                "Методист",
                "1.1",
                ("m", 9),
                ["methodologist"],
                "протокол",
            ),
            A(
                "Родительские собрания по отделениям: знакомство с программой наставничества",
                "сентябрь – октябрь",
                "Заведующие отделениями",
                "1.2",
                ("r", 9, 10),
                ["other"],
            ),
            A(
                "Встреча с выпускниками школы – студентами музыкального колледжа и артистами филармонии",
                "октябрь",
                "Заместитель директора по УВР",
                "1.3",
                ("m", 10),
                ["deputy_director_academic"],
            ),
            A(
                "Беседы с учащимися на уроках специальности о программе «Старший – младшему»",
                "октябрь",
                "Преподаватели",
                "1.4",
                ("m", 10),
                ["teachers"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            A(
                "Анкетирование учащихся и молодых преподавателей, желающих участвовать в программе",
                "октябрь",
                "Методист",
                "2.1",
                ("m", 10),
                ["methodologist"],
            ),
            A(
                "Получение согласий законных представителей учащихся на обработку персональных данных",
                "октябрь",
                "Преподаватели по специальности",
                "2.2",
                ("m", 10),
                ["teachers"],
            ),
            A(
                "Формирование базы наставляемых",
                "ноябрь",
                "Куратор программы",
                "2.3",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            A(
                "Выбор форм наставничества: «преподаватель – учащийся», «учащийся – учащийся», "
                "«преподаватель – молодой специалист»",
                "октябрь",
                "Методический совет",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            A(
                "Анкетирование преподавателей и учащихся старших классов – будущих наставников",
                "ноябрь",
                "Методист",
                "3.3",
                ("m", 11),
                ["methodologist"],
            ),
            A(
                "Формирование базы наставников",
                "ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            A(
                "Собеседование с наставниками",
                "ноябрь",
                "Заместитель директора по УВР",
                "4.2",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            A(
                "Подбор материалов и консультантов для обучения наставников",
                "ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            A(
                "Методический семинар «Наставник в классе специальности»",
                "декабрь",
                "Методист, заведующие отделениями",
                "4.4",
                ("m", 12),
                ["methodologist", "other"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар и групп",
        [
            A(
                "Концерт-знакомство наставников и наставляемых",
                "декабрь",
                "Куратор программы",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            A(
                "Закрепление наставнических пар приказом директора",
                "до 20 декабря",
                "Директор",
                "5.4",
                ("dl", 20, 12),
                ["director"],
                "приказ",
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар и групп",
        [
            A(
                "Первая встреча наставника и наставляемого",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            A(
                "Совместная подготовка к конкурсам и концертам, регулярные занятия пар",
                "январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                ["mentors"],
            ),
            A(
                "Обратная связь от участников: анкета «Мой наставник»",
                "март",
                "Методист",
                "6.5",
                ("m", 3),
                ["methodologist"],
            ),
            A(
                "Отчётный концерт наставнических пар «Играем вместе»",
                "апрель",
                "Заведующие отделениями",
                "6.7",
                ("m", 4),
                ["other"],
            ),
            A(
                "Мониторинг удовлетворённости участием в программе",
                "апрель",
                "Методист",
                "6.8",
                ("m", 4),
                ["methodologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            A(
                "Подведение итогов на педагогическом совете, награждение лучших наставников",
                "май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            A(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Куратор программы",
                "7.3",
                ("m", 5),
                ["program_curator"],
            ),
            A(
                "Оформление лучших практик наставничества в кейсы",
                "май – июнь",
                "Методист",
                "7.5",
                ("r", 5, 6),
                ["methodologist"],
            ),
            A(
                "Публикация результатов на сайте ДШИ",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
                "на сайте",
            ),
            A(
                "Пополнение базы наставников",
                "июнь",
                "Куратор программы",
                "7.8",
                ("m", 6),
                ["program_curator"],
            ),
            A(
                "Благодарственные письма социальным партнёрам",
                "июнь",
                "Директор",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def write_music(path: Path) -> list[TruthActivity]:
    page = Page("Liberation Sans", 10.5)
    doc = new_doc(page)
    para(
        doc,
        "Муниципальное бюджетное учреждение дополнительного образования\n«Детская школа искусств № 5»",
        "c",
        size=10,
        after=6,
    )
    para(doc, "УТВЕРЖДЕНО\nприказом директора\nот 01.09.2025 № 112-од", "r", size=10, after=8)
    para(
        doc,
        "Дорожная карта реализации программы наставничества\nМБУ ДО «Детская школа искусств № 5» г. Вологды\n"
        "на 2025-2026 учебный год",
        "c",
        bold=True,
        size=12.5,
        after=8,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, acts in M:
        body.append(([(heading, 5)], True))
        for act in acts:
            n += 1
            body.append(([(str(n), 1), (act.text, 1), (act.date, 1), (act.resp, 1), (act.extra, 1)], False))
            truth.append(truth_of(act, stage_id, M_YEAR))
    grid_table(
        doc,
        ["№", "Мероприятие", "Срок", "Ответственный", "Примечание"],
        body,
        [0.8, 7.6, 2.6, 3.6, 2.9],
        center_cols=(0, 2),
        repeat_header=True,
    )
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ Н.С. Белова")
    doc.save(str(path))
    return truth


# =========================================================================== 4: Bashkortostan, PNG
# Stage-grouped: one table row per stage, sub-items «а)», «б)»… with line-aligned dates/responsibles.

B_ORG = "МБОУ СОШ № 4 г. Туймазы"
B_YEAR = 2019
B_SIZE = 11.0
B_WIDTHS = (3.3, 8.0, 2.9, 3.7)
B: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Издание приказа о внедрении целевой модели наставничества, назначение куратора",
                "январь",
                "Директор",
                None,
                ("m", 1),
                ["director"],
            ),
            A(
                "Информирование педагогического коллектива на педагогическом совете",
                "январь",
                "Зам. директора по УВР",
                "1.1",
                ("m", 1),
                ["deputy_director_academic"],
            ),
            A(
                "Информирование родителей на классных родительских собраниях",
                "февраль",
                "Классные руководители",
                "1.2",
                ("m", 2),
                ["class_teacher"],
            ),
            A(
                "Встреча с советом выпускников и представителями предприятий-партнёров района",
                "февраль",
                "Зам. директора по ВР",
                "1.3",
                ("m", 2),
                ["deputy_director_upbringing"],
            ),
            A(
                "Классные часы «Что такое наставничество?» для 5–11 классов",
                "февраль",
                "Классные руководители",
                "1.4",
                ("m", 2),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование учащихся и педагогов, желающих стать наставляемыми; согласия на обработку "
                "персональных данных",
                "февраль",
                "Педагог-психолог",
                "2.1",
                ("m", 2),
                ["psychologist"],
            ),
            A(
                "Сбор сведений о запросах наставляемых от классных руководителей и родителей, согласия "
                "законных представителей",
                "февраль – март",
                "Социальный педагог",
                "2.2",
                ("r", 2, 3),
                ["social_pedagogue"],
            ),
            A(
                "Формирование базы наставляемых",
                "март",
                "Куратор",
                "2.3",
                ("m", 3),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            A(
                "Выбор форм наставничества на текущий год",
                "март",
                "Руководители ШМО",
                "3.1",
                ("m", 3),
                ["head_of_methodical_association"],
            ),
            A(
                "Анкетирование потенциальных наставников, сбор согласий",
                "март",
                "Педагог-психолог",
                "3.3",
                ("m", 3),
                ["psychologist"],
            ),
            A(
                "Формирование базы наставников",
                "до 1 апреля",
                "Куратор",
                "3.4",
                ("dl", 1, 4),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            A(
                "Собеседование с наставниками",
                "апрель",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 4),
                ["deputy_director_academic", "psychologist"],
            ),
            A(
                "Обучение наставников на вебинарах ИРО РБ",
                "апрель",
                "Куратор",
                "4.4",
                ("m", 4),
                ["program_curator"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            A(
                "Групповая встреча наставников и наставляемых",
                "апрель",
                "Куратор",
                "5.1",
                ("m", 4),
                ["program_curator"],
            ),
            A(
                "Анкетирование участников по итогам встречи",
                "апрель",
                "Педагог-психолог",
                "5.2",
                ("m", 4),
                ["psychologist"],
            ),
            A(
                "Закрепление пар и групп приказом директора",
                "май",
                "Директор",
                "5.4",
                ("m", 5),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            A(
                "Организационная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.1",
                ("m", 5),
                ["mentors"],
            ),
            A(
                "Встречи пар по индивидуальным планам",
                "май – декабрь 2020 г.",
                "Наставники",
                "6.4",
                ("r", 5, 12, 2020, 2020),
                ["mentors"],
            ),
            A(
                "Сбор обратной связи от наставляемых",
                "июнь",
                "Куратор",
                "6.5",
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            A(
                "Мониторинг качества реализации программы",
                "декабрь 2020 г.",
                "Педагог-психолог",
                "7.3",
                ("m", 12, 2020),
                ["psychologist"],
            ),
            A(
                "Торжественное подведение итогов, награждение лучших наставников",
                "декабрь 2020 г.",
                "Директор",
                "7.2",
                ("m", 12, 2020),
                ["director"],
            ),
            A(
                "Публикация материалов о наставничестве на сайте школы",
                "постоянно",
                "Зам. директора по ВР",
                "7.6",
                ("c",),
                ["deputy_director_upbringing"],
            ),
            A(
                "Отчёт о реализации дорожной карты на заседании Управляющего совета",
                "декабрь 2020 г.",
                "Куратор",
                None,
                ("m", 12, 2020),
                ["program_curator"],
            ),
        ],
    ),
]


def write_bashkir(path: Path) -> list[TruthActivity]:
    page = Page("Liberation Serif", B_SIZE, margin_cm=1.3)
    doc = new_doc(page)
    para(
        doc,
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4» "
        "городского поселения город Туймазы муниципального района Туймазинский район Республики Башкортостан",
        "c",
        size=9,
        after=6,
    )
    para(doc, "Утверждена\nприказом № 12 от 20.01.2020", "r", after=6)
    para(
        doc,
        "Дорожная карта\nреализации целевой модели наставничества в МБОУ СОШ № 4 г. Туймазы\n"
        "на 2019-2020 учебный год",
        "c",
        bold=True,
        size=12,
        after=8,
    )
    letters = "абвгдежз"
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["Этап", "Мероприятия", "Сроки", "Ответственные"]):
        fill(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    # One grid row per sub-item, the inner rules between a stage's sub-items removed: on paper a
    # single stage cell listing а) б) в) with its dates and responsibles level with each item.
    spans: list[tuple[int, int]] = []
    for stage_id, heading, acts in B:
        first = len(table.rows)
        for k, act in enumerate(acts):
            row = table.add_row()
            fill(row.cells[1], f"{letters[k]}) {act.text}")
            fill(row.cells[2], act.date, align="c")
            fill(row.cells[3], act.resp)
            truth.append(truth_of(act, stage_id, B_YEAR))
        last = len(table.rows) - 1
        fill(table.cell(first, 0).merge(table.cell(last, 0)), heading, bold=True)
        spans.append((first, last))
    set_widths(table, B_WIDTHS)
    keep_rows(table, False)
    for first, last in spans:
        for r in range(first, last + 1):
            for c in (1, 2, 3):
                hide_rules(table.cell(r, c), top=r > first, bottom=r < last)
    para(doc, "")
    para(doc, "Директор школы ____________ Р.Ф. Хамитова")
    doc.save(str(path))
    return truth


# =========================================================================== 5: college, PNG
# Dates only as dd.mm.yyyy (single days, «до …», day ranges); stage rows «N.» + bold name.

T_ORG = "ГАПОУ «Северский технический колледж»"
T_YEAR = 2020
T: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ «О внедрении целевой модели наставничества», назначение куратора программы",
                "28.08.2020",
                "Директор",
                None,
                ("d", 28, 8, 2020),
                ["director"],
            ),
            A(
                "Внесение изменений в Положение о наставничестве колледжа",
                "до 10.09.2020",
                "Заместитель директора по УР",
                None,
                ("dl", 10, 9, 2020),
                ["deputy_director_academic"],
            ),
            A(
                "Информирование преподавателей и мастеров п/о на педагогическом совете",
                "03.09.2020",
                "Заместитель директора по УР",
                "1.1",
                ("d", 3, 9, 2020),
                ["deputy_director_academic"],
            ),
            A(
                "Информирование родителей студентов первого курса на собраниях",
                "10.09.2020 – 25.09.2020",
                "Кураторы учебных групп",
                "1.2",
                day_span(dt.date(2020, 9, 10), dt.date(2020, 9, 25)),
                ["class_teacher"],
            ),
            A(
                "Кураторские часы для студентов о программе наставничества",
                "до 30.09.2020",
                "Кураторы учебных групп",
                "1.4",
                ("dl", 30, 9, 2020),
                ["class_teacher"],
            ),
            A(
                "Встреча с выпускниками колледжа и представителями предприятий-работодателей",
                "15.10.2020",
                "Руководитель центра содействия трудоустройству выпускников",
                "1.3",
                ("d", 15, 10, 2020),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование студентов, желающих участвовать в программе; согласия совершеннолетних",
                "01.10.2020 – 16.10.2020",
                "Педагог-психолог",
                "2.1",
                day_span(dt.date(2020, 10, 1), dt.date(2020, 10, 16)),
                ["psychologist"],
            ),
            A(
                "Сбор сведений о наставляемых от кураторов и родителей, согласия законных представителей",
                "до 23.10.2020",
                "Социальный педагог, кураторы учебных групп",
                "2.2",
                ("dl", 23, 10, 2020),
                ["social_pedagogue", "class_teacher"],
            ),
            A(
                "Формирование базы наставляемых",
                "30.10.2020",
                "Куратор программы наставничества",
                "2.3",
                ("d", 30, 10, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            A(
                "Входная диагностика наставляемых",
                "02.11.2020 – 13.11.2020",
                "Педагог-психолог",
                "3.2",
                day_span(dt.date(2020, 11, 2), dt.date(2020, 11, 13)),
                ["psychologist"],
            ),
            A(
                "Анкетирование будущих наставников: преподаватели, мастера п/о, студенты старших курсов, "
                "специалисты предприятий",
                "до 13.11.2020",
                "Заведующие отделениями, председатели ЦМК",
                "3.3",
                ("dl", 13, 11, 2020),
                ["other", "head_of_methodical_association"],
            ),
            A(
                "Формирование базы наставников",
                "20.11.2020",
                "Куратор программы наставничества",
                "3.4",
                ("d", 20, 11, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Собеседование с кандидатами в наставники",
                "23.11.2020",
                "Заместитель директора по ВР",
                "4.2",
                ("d", 23, 11, 2020),
                ["deputy_director_upbringing"],
            ),
            A(
                "Семинар «Школа наставника» для отобранных наставников",
                "26.11.2020 – 10.12.2020",
                "Методист",
                "4.4",
                day_span(dt.date(2020, 11, 26), dt.date(2020, 12, 10)),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            A(
                "Групповая встреча наставников и наставляемых",
                "11.12.2020",
                "Куратор программы наставничества",
                "5.1",
                ("d", 11, 12, 2020),
                ["program_curator"],
            ),
            A(
                "Анализ анкет, соединение наставников и наставляемых в пары",
                "14.12.2020 – 18.12.2020",
                "Педагог-психолог",
                "5.3",
                day_span(dt.date(2020, 12, 14), dt.date(2020, 12, 18)),
                ["psychologist"],
            ),
            A(
                "Приказ о закреплении наставнических пар и групп",
                "21.12.2020",
                "Директор",
                "5.4",
                ("d", 21, 12, 2020),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            A(
                "Встреча-планирование в парах, составление планов совместной работы",
                "до 15.01.2021",
                "Наставники",
                "6.3",
                ("dl", 15, 1, 2021),
                ["mentors"],
            ),
            A(
                "Регулярные встречи наставников и наставляемых",
                "18.01.2021 – 28.05.2021",
                "Наставники",
                "6.4",
                day_span(dt.date(2021, 1, 18), dt.date(2021, 5, 28)),
                ["mentors"],
            ),
            A(
                "Промежуточная обратная связь от участников программы",
                "15.03.2021",
                "Куратор программы наставничества",
                "6.5",
                ("d", 15, 3, 2021),
                ["program_curator"],
            ),
            A(
                "Итоговое анкетирование удовлетворённости участием в программе",
                "до 21.05.2021",
                "Педагог-психолог",
                "6.8",
                ("dl", 21, 5, 2021),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            A(
                "Конференция «Наставничество в профессии», награждение лучших наставников",
                "16.06.2021",
                "Заместитель директора по УПР",
                "7.2",
                ("d", 16, 6, 2021),
                ["deputy_director"],
            ),
            A(
                "Оформление результатов работы пар в кейсы",
                "до 25.06.2021",
                "Методист",
                "7.5",
                ("dl", 25, 6, 2021),
                ["methodologist"],
            ),
            A(
                "Публикация итогов и кейсов на сайте колледжа",
                "30.06.2021",
                "Методист",
                "7.6",
                ("d", 30, 6, 2021),
                ["methodologist"],
            ),
            A(
                "Отчёт о реализации программы наставничества на Совете колледжа",
                "29.06.2021",
                "Куратор программы наставничества",
                None,
                ("d", 29, 6, 2021),
                ["program_curator"],
            ),
        ],
    ),
]


def write_college(path: Path) -> list[TruthActivity]:
    page = Page("DejaVu Serif Condensed", 9.0, margin_cm=1.2)
    doc = new_doc(page)
    para(
        doc,
        "Приложение № 1\nк приказу ГАПОУ «Северский технический колледж»\nот 31.08.2020 № 215-п",
        "r",
        after=8,
    )
    para(
        doc,
        "ДОРОЖНАЯ КАРТА\nпо реализации целевой модели наставничества обучающихся\n"
        "ГАПОУ «Северский технический колледж»\nна 2020-2021 учебный год",
        "c",
        bold=True,
        size=11,
        after=6,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    for stage_id, heading, acts in T:
        body.append(([(f"{stage_id}.", 1), (heading, 1), ("", 1), ("", 1)], True))
        for k, act in enumerate(acts, 1):
            body.append(([(f"{stage_id}.{k}", 1), (act.text, 1), (act.date, 1), (act.resp, 1)], False))
            truth.append(truth_of(act, stage_id, T_YEAR))
    grid_table(
        doc,
        ["№", "Мероприятие", "Дата (срок)", "Ответственный"],
        body,
        [1.0, 9.3, 3.6, 4.6],
        center_cols=(0, 2),
    )
    doc.save(str(path))
    return truth


# =========================================================================== 6: lyceum-internat, TIFF
# Position and «ФИО ответственного» in separate columns; two pages, header row repeated.

L_ORG = "ГБОУ «Лицей-интернат № 2» г. Ульяновска"
L_YEAR = 2022
L: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ об утверждении дорожной карты и назначении куратора программы наставничества",
                "август 2022",
                "Директор",
                None,
                ("m", 8, 2022),
                ["director"],
                "Соколова Е.Н.",
            ),
            A(
                "Информирование педагогов и воспитателей интерната о программе на педсовете",
                "сентябрь",
                "Заместитель директора по УВР",
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
                "Лаптева И.В.",
            ),
            A(
                "Информирование родителей на общелицейском собрании (в том числе онлайн для иногородних семей)",
                "сентябрь",
                "Заместитель директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
                "Гусейнова Л.Р.",
            ),
            A(
                "Информационный час для лицеистов 8–11 классов",
                "сентябрь",
                "Классные руководители, воспитатели",
                "1.4",
                ("m", 9),
                ["class_teacher", "teachers"],
                "—",
            ),
            A(
                "Встреча с выпускниками лицея – студентами и преподавателями вузов-партнёров",
                "октябрь",
                "Заместитель директора по ВР; советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "senior_counselor"],
                "Гусейнова Л.Р.,\nМальцев Д.О.",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование лицеистов, желающих участвовать в программе наставничества",
                "до 30 сентября",
                "Педагог-психолог",
                "2.1",
                ("dl", 30, 9),
                ["psychologist"],
                "Ким А.С.",
            ),
            A(
                "Сбор информации о запросах наставляемых от классных руководителей, воспитателей и "
                "родителей; согласия законных представителей",
                "октябрь",
                "Социальный педагог",
                "2.2",
                ("m", 10),
                ["social_pedagogue"],
                "Бородина Т.П.",
            ),
            A(
                "Формирование базы наставляемых",
                "октябрь",
                "Куратор программы",
                "2.3",
                ("m", 10),
                ["program_curator"],
                "Лаптева И.В.",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            A(
                "Выбор форм наставничества: «ученик – ученик», «учитель – ученик», «студент – ученик»",
                "сентябрь",
                "Методический совет лицея",
                "3.1",
                ("m", 9),
                ["other"],
                "Лаптева И.В.",
            ),
            A(
                "Диагностика наставляемых по параметрам мониторинга",
                "октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
                "Ким А.С.",
            ),
            A(
                "Анкетирование потенциальных наставников",
                "октябрь",
                "Руководители МО",
                "3.3",
                ("m", 10),
                ["head_of_methodical_association"],
                "по списку",
            ),
            A(
                "Формирование базы наставников",
                "ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
                "Лаптева И.В.",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Оценка наставников по параметрам мониторинга",
                "ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
                "Ким А.С.",
            ),
            A(
                "Собеседование с наставниками",
                "ноябрь",
                "Заместитель директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
                "Лаптева И.В.,\nКим А.С.",
            ),
            A(
                "Поиск экспертов и материалов для обучения наставников",
                "ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
                "Орлова Н.Г.",
            ),
            A(
                "Обучение наставников (цикл семинаров «Школа наставника»)",
                "декабрь",
                "Методист",
                "4.4",
                ("m", 12),
                ["methodologist"],
                "Орлова Н.Г.",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            A(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                "Куратор программы",
                "5.1",
                ("m", 12),
                ["program_curator"],
                "Лаптева И.В.",
            ),
            A(
                "Анкетирование о предпочтениях после групповой встречи",
                "декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
                "Ким А.С.",
            ),
            A(
                "Закрепление наставнических пар и групп приказом",
                "до 20 декабря",
                "Директор",
                "5.4",
                ("dl", 20, 12),
                ["director"],
                "Соколова Е.Н.",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            A(
                "Первая, организационная, встреча в парах",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
                "—",
            ),
            A(
                "Пробная рабочая встреча наставника и наставляемого",
                "январь",
                "Наставники",
                "6.2",
                ("m", 1),
                ["mentors"],
                "—",
            ),
            A(
                "Регулярные встречи по плану пары",
                "февраль – май",
                "Наставники, тьюторы",
                "6.4",
                ("r", 2, 5),
                ["mentors", "tutor"],
                "—",
            ),
            A(
                "Сбор обратной связи от участников",
                "март, май",
                "Куратор программы",
                "6.5",
                ("m", 3),
                ["program_curator"],
                "Лаптева И.В.",
            ),
            A(
                "Заключительная встреча в парах",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
                "—",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            A(
                "Итоговый сбор «Лицей наставников» с участием родителей и партнёров, награждение наставников",
                "май",
                "Директор, заместитель директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
                "Соколова Е.Н.,\nГусейнова Л.Р.",
            ),
            A(
                "Второй этап мониторинга влияния программы на участников",
                "май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
                "Ким А.С.",
            ),
            A(
                "Размещение результатов на сайте лицея",
                "июнь",
                "Администратор сайта",
                "7.6",
                ("m", 6),
                ["other"],
                "Фёдоров К.А.",
            ),
            A(
                "Анализ выполнения дорожной карты, проект плана на 2023-2024 учебный год",
                "июнь",
                "Заместитель директора по УВР",
                None,
                ("m", 6),
                ["deputy_director_academic"],
                "Лаптева И.В.",
            ),
        ],
    ),
]


def write_lyceum(path: Path) -> list[TruthActivity]:
    page = Page("Liberation Serif", 12.0)
    doc = new_doc(page)
    para(
        doc,
        "СОГЛАСОВАНО\nУправляющим советом лицея\nпротокол № 1 от 29.08.2022",
        "l",
        after=10,
    )
    para(
        doc,
        "Дорожная карта внедрения целевой модели наставничества\nв ГБОУ «Лицей-интернат № 2» г. Ульяновска\n"
        "в 2022/2023 учебном году",
        "c",
        bold=True,
        size=13,
        after=8,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, acts in L:
        body.append(([(f"Этап «{heading}»", 5)], True))
        for act in acts:
            n += 1
            body.append(([(f"{n}", 1), (act.text, 1), (act.date, 1), (act.resp, 1), (act.extra, 1)], False))
            truth.append(truth_of(act, stage_id, L_YEAR))
    grid_table(
        doc,
        ["№", "Мероприятие", "Срок", "Должность", "ФИО ответственного"],
        body,
        [1.0, 6.8, 2.4, 3.8, 3.5],
        center_cols=(0, 2),
        repeat_header=True,
    )
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ И.В. Лаптева")
    doc.save(str(path))
    return truth


# =========================================================================== 7: evening school, PDF
# The 2022 model for pedagogical workers; no stage rows (stage_id from the topic of each row).

E_ORG = "МБОУ «Вечерняя (сменная) общеобразовательная школа № 2» г. Новокузнецка"
E_YEAR = 2024
# (stage id of the 2022 model, activity)
E: list[tuple[int, Act]] = [
    (
        1,
        A(
            "Издание приказа об организации наставничества педагогических работников в 2024/2025 "
            "учебном году",
            "до 02.09.2024",
            "Директор",
            None,
            ("dl", 2, 9, 2024),
            ["director"],
            "приказ",
        ),
    ),
    (
        1,
        A(
            "Актуализация Положения о системе наставничества педагогических работников",
            "сентябрь",
            "Заместитель директора по УВР",
            None,
            ("m", 9),
            ["deputy_director_academic"],
            "Положение",
        ),
    ),
    (
        1,
        A(
            "Назначение куратора системы наставничества",
            "сентябрь",
            "Директор",
            None,
            ("m", 9),
            ["director"],
            "приказ",
        ),
    ),
    (
        2,
        A(
            "Анкетирование педагогов о профессиональных затруднениях и запросах",
            "ежегодно, до 15 сентября",
            "Куратор системы наставничества",
            None,
            annual_deadline(15, 9, E_YEAR),
            ["program_curator"],
            "анкеты",
        ),
    ),
    (
        2,
        A(
            "Формирование банка наставляемых: молодые специалисты, вновь принятые педагоги, педагоги, "
            "переходящие на новую предметную область",
            "до 1 октября",
            "Куратор системы наставничества",
            None,
            ("dl", 1, 10),
            ["program_curator"],
            "банк наставляемых",
        ),
    ),
    (
        3,
        A(
            "Получение письменного согласия педагогов на участие в наставничестве в качестве наставников",
            "сентябрь",
            "Руководители ШМО",
            None,
            ("m", 9),
            ["head_of_methodical_association"],
            "согласия",
        ),
    ),
    (
        3,
        A(
            "Формирование банка наставников",
            "до 1 октября",
            "Руководители ШМО",
            None,
            ("dl", 1, 10),
            ["head_of_methodical_association"],
            "банк наставников",
        ),
    ),
    (
        4,
        A(
            "Анализ банка наставников и подбор наставников для персонализированных программ",
            "до 1 октября",
            "Заместитель директора по УВР",
            None,
            ("dl", 1, 10),
            ["deputy_director_academic"],
            "",
        ),
    ),
    (
        4,
        A(
            "Курсы повышения квалификации наставников «Наставничество в образовательной организации» (КРИПКиПРО)",
            "в течение года",
            "Заместитель директора по УВР",
            None,
            ("c",),
            ["deputy_director_academic"],
            "удостоверения",
        ),
    ),
    (
        4,
        A(
            "Школа наставника: консультации и обмен опытом между наставниками",
            "октябрь, январь, апрель",
            "Руководители ШМО, педагог-психолог",
            None,
            ("m", 10),
            ["head_of_methodical_association", "psychologist"],
            "",
        ),
    ),
    (
        5,
        A(
            "Закрепление наставнических пар/групп приказом директора с письменного согласия участников",
            "до 1 октября",
            "Директор",
            None,
            ("dl", 1, 10),
            ["director"],
            "приказ",
        ),
    ),
    (
        5,
        A(
            "Разработка персонализированных программ наставничества для каждой пары/группы",
            "до 1 ноября",
            "Наставники, наставляемые",
            None,
            ("dl", 1, 11),
            ["mentors", "other"],
            "программы",
        ),
    ),
    (
        5,
        A(
            "Реализация персонализированных программ: взаимопосещение уроков, совместная разработка "
            "рабочих программ и контрольно-измерительных материалов",
            "ноябрь – май",
            "Наставники",
            None,
            ("r", 11, 5),
            ["mentors"],
            "",
        ),
    ),
    (
        5,
        A(
            "Психолого-педагогическая поддержка наставляемых, не сформировавших пару, продолжение поиска наставника",
            "по мере необходимости",
            "Педагог-психолог",
            None,
            ("u",),
            ["psychologist"],
            "",
        ),
    ),
    (
        5,
        A(
            "Промежуточный мониторинг: анкетирование наставляемых",
            "январь",
            "Куратор системы наставничества",
            None,
            ("m", 1),
            ["program_curator"],
            "справка",
        ),
    ),
    (
        6,
        A(
            "Мониторинг качества реализации персонализированных программ наставничества",
            "май",
            "Куратор системы наставничества",
            None,
            ("m", 5),
            ["program_curator"],
            "аналитическая справка",
        ),
    ),
    (
        6,
        A(
            "Круглый стол «Лучшие практики наставничества» по итогам года",
            "май",
            "Заместитель директора по УВР",
            None,
            ("m", 5),
            ["deputy_director_academic"],
            "",
        ),
    ),
    (
        6,
        A(
            "Поощрение наставников: благодарности, представление к награждению",
            "июнь",
            "Директор",
            None,
            ("m", 6),
            ["director"],
            "приказ",
        ),
    ),
    (
        7,
        A(
            "Ведение раздела «Наставничество» на сайте школы, размещение нормативных документов",
            "в течение года",
            "Ответственный за сайт",
            None,
            ("c",),
            ["other"],
            "",
        ),
    ),
    (
        7,
        A(
            "Освещение работы наставников в социальных сетях школы",
            "постоянно",
            "Заместитель директора по ВР",
            None,
            ("c",),
            ["deputy_director_upbringing"],
            "",
        ),
    ),
    (
        7,
        A(
            "Участие в муниципальном конкурсе «Наставник года»",
            "по графику МКУ КУО",
            "Наставники",
            None,
            ("u",),
            ["mentors"],
            "",
        ),
    ),
]


def write_evening(path: Path) -> list[TruthActivity]:
    page = Page("Liberation Sans", 9.5, margin_cm=1.3)
    doc = new_doc(page)
    para(
        doc,
        "Утверждаю:\nдиректор МБОУ «ВСОШ № 2»\n_________ С.Г. Карпенко\n02.09.2024",
        "r",
        after=8,
    )
    para(
        doc,
        "Дорожная карта (план мероприятий)\nпо реализации Положения о системе наставничества педагогических "
        "работников\nв МБОУ «Вечерняя (сменная) общеобразовательная школа № 2» г. Новокузнецка\n"
        "на 2024–2025 учебный год",
        "c",
        bold=True,
        size=11,
        after=8,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    for n, (stage_id, act) in enumerate(E, 1):
        body.append(([(f"{n}.", 1), (act.text, 1), (act.date, 1), (act.resp, 1), (act.extra, 1)], False))
        truth.append(truth_of(act, stage_id, E_YEAR))
    grid_table(
        doc,
        ["№ п/п", "Содержание мероприятия", "Сроки", "Ответственные", "Результат"],
        body,
        [1.0, 7.5, 2.7, 3.6, 3.1],
        center_cols=(0,),
    )
    doc.save(str(path))
    return truth


# =========================================================================== 8: kindergarten, PDF
# Landscape; two date columns «Начало | Окончание» with explicit years; upper-case stage rows.

K2_ORG = "МАДОУ «Детский сад № 8 «Теремок»» г. Нефтеюганска"
K2_YEAR = 2022
K2: list[Section] = [
    (
        1,
        "ПОДГОТОВКА УСЛОВИЙ ДЛЯ ЗАПУСКА ПРОГРАММЫ НАСТАВНИЧЕСТВА",
        [
            A(
                "Разработка и утверждение Положения о наставничестве и дорожной карты",
                "август 2022",
                "Заведующий",
                None,
                ("m", 8, 2022),
                ["director"],
                "август 2022",
            ),
            A(
                "Назначение куратора внедрения целевой модели наставничества",
                "сентябрь 2022",
                "Заведующий",
                None,
                ("m", 9, 2022),
                ["director"],
                "сентябрь 2022",
            ),
            A(
                "Ознакомление педагогов с целевой моделью наставничества на установочном педсовете",
                "сентябрь 2022",
                "Старший воспитатель",
                "1.1",
                ("m", 9, 2022),
                ["other"],
                "сентябрь 2022",
            ),
            A(
                "Информирование родителей (законных представителей) через сайт и на родительских собраниях",
                "сентябрь 2022",
                "Воспитатели",
                "1.2",
                ("r", 9, 10, 2022, 2022),
                ["teachers"],
                "октябрь 2022",
            ),
            A(
                "Встреча с представителями городского ресурсного центра и педагогами-ветеранами детского сада",
                "октябрь 2022",
                "Заведующий, старший воспитатель",
                "1.3",
                ("m", 10, 2022),
                ["director", "other"],
                "октябрь 2022",
            ),
        ],
    ),
    (
        2,
        "ФОРМИРОВАНИЕ БАЗЫ НАСТАВЛЯЕМЫХ",
        [
            A(
                "Анкетирование молодых специалистов и вновь принятых педагогов, согласия на обработку "
                "персональных данных",
                "сентябрь 2022",
                "Педагог-психолог",
                "2.1",
                ("m", 9, 2022),
                ["psychologist"],
                "сентябрь 2022",
            ),
            A(
                "Формирование базы наставляемых",
                "октябрь 2022",
                "Старший воспитатель",
                "2.3",
                ("m", 10, 2022),
                ["other"],
                "октябрь 2022",
            ),
        ],
    ),
    (
        3,
        "ФОРМИРОВАНИЕ БАЗЫ НАСТАВНИКОВ",
        [
            A(
                "Анкетирование опытных педагогов – потенциальных наставников",
                "октябрь 2022",
                "Старший воспитатель",
                "3.3",
                ("m", 10, 2022),
                ["other"],
                "октябрь 2022",
            ),
            A(
                "Формирование базы наставников",
                "октябрь 2022",
                "Старший воспитатель",
                "3.4",
                ("r", 10, 11, 2022, 2022),
                ["other"],
                "ноябрь 2022",
            ),
        ],
    ),
    (
        4,
        "ОТБОР И ОБУЧЕНИЕ НАСТАВНИКОВ",
        [
            A(
                "Диагностика профессиональных компетенций наставников",
                "ноябрь 2022",
                "Педагог-психолог",
                "4.1",
                ("m", 11, 2022),
                ["psychologist"],
                "ноябрь 2022",
            ),
            A(
                "Подбор методических материалов для обучения наставников",
                "ноябрь 2022",
                "Методист",
                "4.3",
                ("m", 11, 2022),
                ["methodologist"],
                "ноябрь 2022",
            ),
            A(
                "Цикл консультаций «Как стать успешным наставником»",
                "ноябрь 2022",
                "Старший воспитатель, педагог-психолог",
                "4.4",
                ("r", 11, 12, 2022, 2022),
                ["other", "psychologist"],
                "декабрь 2022",
            ),
        ],
    ),
    (
        5,
        "ФОРМИРОВАНИЕ НАСТАВНИЧЕСКИХ ПАР",
        [
            A(
                "Педагогическая гостиная для наставников и наставляемых",
                "декабрь 2022",
                "Куратор",
                "5.1",
                ("m", 12, 2022),
                ["program_curator"],
                "декабрь 2022",
            ),
            A(
                "Анализ итогов встречи, составление наставнических пар",
                "декабрь 2022",
                "Куратор, педагог-психолог",
                "5.3",
                ("m", 12, 2022),
                ["program_curator", "psychologist"],
                "декабрь 2022",
            ),
            A(
                "Издание приказа о закреплении наставнических пар",
                "декабрь 2022",
                "Заведующий",
                "5.4",
                ("m", 12, 2022),
                ["director"],
                "декабрь 2022",
            ),
        ],
    ),
    (
        6,
        "РАБОТА НАСТАВНИЧЕСКИХ ПАР",
        [
            A(
                "Составление индивидуальных планов развития наставляемых",
                "январь 2023",
                "Наставники",
                "6.3",
                ("m", 1, 2023),
                ["mentors"],
                "январь 2023",
            ),
            A(
                "Взаимопосещения, совместная подготовка праздников и открытых мероприятий",
                "январь 2023",
                "Наставники",
                "6.4",
                ("r", 1, 4, 2023, 2023),
                ["mentors"],
                "апрель 2023",
            ),
            A(
                "Сбор обратной связи от наставляемых",
                "февраль 2023",
                "Куратор",
                "6.5",
                ("r", 2, 3, 2023, 2023),
                ["program_curator"],
                "март 2023",
            ),
            A(
                "Участие наставников в муниципальном конкурсе «Педагог-наставник»",
                "апрель 2023",
                "Заведующий",
                None,
                ("m", 4, 2023),
                ["director"],
                "апрель 2023",
            ),
            A(
                "Итоговое заседание клуба «Наставник» для всех пар",
                "май 2023",
                "Куратор",
                "6.7",
                ("m", 5, 2023),
                ["program_curator"],
                "май 2023",
            ),
            A(
                "Анкетирование участников об удовлетворённости программой",
                "май 2023",
                "Педагог-психолог",
                "6.8",
                ("m", 5, 2023),
                ["psychologist"],
                "май 2023",
            ),
        ],
    ),
    (
        7,
        "ЗАВЕРШЕНИЕ НАСТАВНИЧЕСТВА",
        [
            A(
                "Мониторинг качества реализации программы наставничества",
                "май 2023",
                "Старший воспитатель",
                "7.3",
                ("m", 5, 2023),
                ["other"],
                "май 2023",
            ),
            A(
                "Итоговый педсовет: подведение итогов, награждение наставников",
                "май 2023",
                "Заведующий",
                "7.2",
                ("m", 5, 2023),
                ["director"],
                "май 2023",
            ),
            A(
                "Публикация лучших практик наставничества на сайте ДОУ",
                "июнь 2023",
                "Воспитатели",
                "7.6",
                ("m", 6, 2023),
                ["teachers"],
                "июнь 2023",
            ),
            A(
                "Формирование долгосрочной базы наставников",
                "июнь 2023",
                "Куратор",
                "7.8",
                ("r", 6, 8, 2023, 2023),
                ["program_curator"],
                "август 2023",
            ),
        ],
    ),
]
K2_RESULTS = {
    "Разработка и утверждение": "Положение, дорожная карта",
    "Назначение куратора": "приказ",
    "Ознакомление педагогов": "протокол педсовета",
    "Информирование родителей": "публикации на сайте",
    "Анкетирование молодых": "анкеты, согласия",
    "Формирование базы наставляемых": "база наставляемых",
    "Формирование базы наставников": "база наставников",
    "Цикл консультаций": "материалы консультаций",
    "Издание приказа": "приказ",
    "Составление индивидуальных": "планы развития",
    "Анкетирование участников": "результаты анкетирования",
    "Мониторинг качества": "аналитическая справка",
    "Публикация лучших": "публикации на сайте",
}


def write_kindergarten2(path: Path) -> list[TruthActivity]:
    page = Page("DejaVu Serif", 10.5, landscape=True)
    doc = new_doc(page)
    plain_table(
        doc,
        "ПРИНЯТО\nна педагогическом совете\nпротокол № 1 от 30.08.2022",
        "УТВЕРЖДЕНО\nприказом заведующего\n№ 97 от 31.08.2022",
        (18.0, 8.7),
    )
    para(doc, "", after=4)
    para(
        doc,
        "Дорожная карта по внедрению целевой модели наставничества\n"
        "в МАДОУ «Детский сад № 8 «Теремок»» г. Нефтеюганска на 2022-2023 учебный год",
        "c",
        bold=True,
        size=12,
        after=8,
    )
    body: list[TRow] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, acts in K2:
        body.append(([(heading, 6)], True))
        for act in acts:
            n += 1
            result = next((v for k, v in K2_RESULTS.items() if act.text.startswith(k)), "")
            cells = [(f"{n}", 1), (act.text, 1), (act.date, 1), (act.extra, 1), (act.resp, 1), (result, 1)]
            body.append((cells, False))
            truth.append(truth_of(act, stage_id, K2_YEAR))
    grid_table(
        doc,
        ["№", "Мероприятие", "Начало", "Окончание", "Ответственный", "Ожидаемый результат"],
        body,
        [1.0, 9.4, 3.3, 3.3, 4.5, 4.7],
        stage_align="c",
        center_cols=(0, 2, 3),
        repeat_header=True,
    )
    doc.save(str(path))
    return truth


# =========================================================================== pictures and main

Fmt: TypeAlias = Literal["jpg", "png", "tiff", "pdf"]


@dataclass(frozen=True)
class Spec:
    name: str
    write: Callable[[Path], list[TruthActivity]]
    org: str
    year: int
    model: str
    fmt: Fmt
    printed_pages: int  # pages LibreOffice prints
    shown_pages: int  # pages in the picture file
    dpi: int
    seed: int
    quality: int = 75


SPECS: list[Spec] = [
    Spec(
        name="h34_photo_kindergarten_numbered",
        write=write_k1,
        org=K1_ORG,
        year=K1_YEAR,
        model="target_model_2019",
        fmt="jpg",
        printed_pages=1,
        shown_pages=1,
        dpi=200,
        seed=3401,
        quality=72,
    ),
    Spec(
        name="h34_photo_cadet_etap_cells",
        write=write_cadet,
        org=C_ORG,
        year=C_YEAR,
        model="target_model_2019",
        fmt="jpg",
        printed_pages=1,
        shown_pages=1,
        dpi=230,
        seed=3402,
        quality=58,
    ),
    Spec(
        name="h34_photo_music_note_column",
        write=write_music,
        org=M_ORG,
        year=M_YEAR,
        model="target_model_2019",
        fmt="jpg",
        printed_pages=2,
        shown_pages=1,
        dpi=175,
        seed=3403,
        quality=84,
    ),
    Spec(
        name="h34_png_bashkortostan_letter_items",
        write=write_bashkir,
        org=B_ORG,
        year=B_YEAR,
        model="target_model_2019",
        fmt="png",
        printed_pages=1,
        shown_pages=1,
        dpi=220,
        seed=3404,
    ),
    Spec(
        name="h34_png_college_day_dates",
        write=write_college,
        org=T_ORG,
        year=T_YEAR,
        model="target_model_2019",
        fmt="png",
        printed_pages=1,
        shown_pages=1,
        dpi=260,
        seed=3405,
    ),
    Spec(
        name="h34_tiff_lyceum_fio_column",
        write=write_lyceum,
        org=L_ORG,
        year=L_YEAR,
        model="target_model_2019",
        fmt="tiff",
        printed_pages=2,
        shown_pages=2,
        dpi=240,
        seed=3406,
        quality=80,
    ),
    Spec(
        name="h34_pdf_evening_teachers_2022",
        write=write_evening,
        org=E_ORG,
        year=E_YEAR,
        model="teachers_2022",
        fmt="pdf",
        printed_pages=1,
        shown_pages=1,
        dpi=200,
        seed=3407,
        quality=70,
    ),
    Spec(
        name="h34_pdf_kindergarten_start_end",
        write=write_kindergarten2,
        org=K2_ORG,
        year=K2_YEAR,
        model="target_model_2019",
        fmt="pdf",
        printed_pages=2,
        shown_pages=2,
        dpi=200,
        seed=3408,
        quality=72,
    ),
]


def rows_shown(pdf: bytes, truth: list[TruthActivity], shown: int) -> int:
    """How many truth rows, from the first, are printed whole on the pages shown (none split)."""
    pages = pdftotext(pdf, "-raw").split("\f")  # -raw keeps each cell's lines together
    seen = compact("".join(pages[:shown]))
    rest = compact("".join(pages[shown:]))
    n = 0
    while n < len(truth) and compact(truth[n]["text"]) in seen:
        n += 1
    for act in truth[n:]:
        text = compact(act["text"])
        assert text[:30] not in seen, f"row split or out of order: {act['text'][:60]}"
        assert text in rest, act["text"]
    return n


SCANNED_AT = dt.datetime(2025, 1, 15, 10, 0, 0)  # fixed PDF metadata: rebuilds give the same bytes


def picture(pdf: bytes, spec: Spec) -> tuple[str, bytes]:
    rng = np.random.default_rng(spec.seed)
    buf = io.BytesIO()
    if spec.fmt == "jpg":
        photo = photo_of(render_page(pdf, 0, spec.dpi), rng)
        photo.save(buf, format="JPEG", quality=spec.quality)
        return "roadmap.jpg", buf.getvalue()
    scans = [scan_page(render_page(pdf, i, spec.dpi), rng) for i in range(spec.shown_pages)]
    if spec.fmt == "png":
        scans[0].save(buf, format="PNG", optimize=True, dpi=(spec.dpi, spec.dpi))
        return "roadmap.png", buf.getvalue()
    if spec.fmt == "tiff":
        scans[0].save(
            buf,
            format="TIFF",
            save_all=True,
            append_images=scans[1:],
            compression="tiff_jpeg",
            quality=spec.quality,
            dpi=(spec.dpi, spec.dpi),
        )
        return "roadmap.tiff", buf.getvalue()
    scans[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=scans[1:],
        resolution=float(spec.dpi),
        quality=spec.quality,
        creationDate=SCANNED_AT.timetuple(),
        modDate=SCANNED_AT.timetuple(),
    )
    return "roadmap.pdf", buf.getvalue()


def build(spec: Spec, folder: Path) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        truth = spec.write(docx_path)
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice_pdf(docx_path, pdf_path)
        pdf = pdf_path.read_bytes()
    pages = len(pdfium.PdfDocument(pdf))
    assert pages == spec.printed_pages, (spec.name, pages)
    n = rows_shown(pdf, truth, spec.shown_pages)
    partial = n < len(truth)
    assert partial == (spec.shown_pages < spec.printed_pages), (spec.name, n, len(truth))
    truth = truth[:n]
    assert 16 <= len(truth) <= 30, (spec.name, len(truth))
    filename, data = picture(pdf, spec)
    (folder / filename).write_bytes(data)
    write_truth(folder, spec.org, spec.year, truth)
    if partial or spec.model != "target_model_2019":
        path = folder / "truth.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["document"]["status"] = "partial" if partial else "ok"
        doc["document"]["model"] = spec.model
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(truth), pages


def main() -> None:
    for spec in SPECS:
        folder = HERE / spec.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        rows, pages = build(spec, folder)
        files = ", ".join(sorted(p.name for p in folder.iterdir()))
        print(f"{spec.name}: {rows} rows, {pages} printed page(s) -> {files}")


if __name__ == "__main__":
    main()
