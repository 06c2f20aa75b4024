"""Build holdout24: eight roadmaps that exist only as images of a printed page.

Run from /work/main: `.venv/bin/python -m data.holdout24.build`

Each roadmap is written as a DOCX (python-docx), printed to PDF by LibreOffice, rendered to pages
and turned into a phone photo (JPEG), a grey scan (PNG) or an image-only scanned PDF with the
helpers of data.build_format_samples.  Every row carries its hand label next to the printed text;
dates are small specs expanded by data.holdout.build.expand (see that module's docstring).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from PIL import Image

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    DateSpec,
    TruthActivity,
    _new_document,
    _soffice_pdf,
    _widths,
    expand,
    write_truth,
)

HERE = Path(__file__).resolve().parent

# (printed activity text, printed date, printed responsible, activity id, date spec, roles)
Item: TypeAlias = tuple[str, str, str, str | None, DateSpec, list[str]]
# (stage id of the heading, printed heading, rows)
Section: TypeAlias = tuple[int | None, str, list[Item]]


# --------------------------------------------------------------------------- helpers


def truth_rows(
    sections: Sequence[Section], y: int, stage_of: dict[int, int | None] | None = None
) -> list[TruthActivity]:
    """Truth rows in reading order.  ``stage_of`` overrides the stage of single rows (by index)
    where the document has no stage headings."""
    out: list[TruthActivity] = []
    for stage, _head, items in sections:
        for text, _date, _resp, aid, spec, roles in items:
            assert len(set(roles)) == len(roles), text
            sid = stage
            if stage is None:
                sid = int(aid.split(".")[0]) if aid else None
                if stage_of and len(out) in stage_of:
                    sid = stage_of[len(out)]
            d = expand(spec, y)
            out.append(
                {
                    "text": text,
                    "activity_id": aid,
                    "stage_id": sid,
                    "date_kind": d["date_kind"],
                    "date_start": d["date_start"],
                    "date_end": d["date_end"],
                    "month_start": d["month_start"],
                    "month_end": d["month_end"],
                    "recurrence": d["recurrence"],
                    "roles": list(roles),
                }
            )
    return out


def new_doc(font: str, size: float, landscape: bool = False, margin: float = 1.2) -> DocxDocument:
    doc = _new_document(landscape)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(margin)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    italic: bool = False,
    align: str | None = None,
    size: float | None = None,
    after: float = 0.0,
) -> None:
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
    p.paragraph_format.space_after = Pt(after)


def cell(c: _Cell, text: str, bold: bool = False, italic: bool = False, center: bool = False) -> None:
    lines = text.split("\n")
    c.text = ""
    for i, line in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(c: _Cell, fill: str) -> None:
    tc_pr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def grid(doc: DocxDocument, headers: Sequence[str]) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = add_row(table)
    for i, h in enumerate(headers):
        cell(row.cells[i], h, bold=True, center=True)
    return table


def stage_row(
    table: Table, text: str, bold: bool = True, italic: bool = False, fill: str | None = None
) -> None:
    row = add_row(table)
    merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
    cell(merged, text, bold=bold, italic=italic)
    if fill:
        shade(merged, fill)


def to_pdf(doc: DocxDocument, work: Path, pages: int) -> bytes:
    docx = work / "roadmap.docx"
    doc.save(str(docx))
    pdf_path = work / "roadmap.pdf"
    _soffice_pdf(docx, pdf_path)
    data = pdf_path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    n = len(pdf)
    pdf.close()
    if n != pages:
        shutil.copyfile(pdf_path, Path(tempfile.gettempdir()) / "h24-failed.pdf")
    assert n == pages, f"{n} pages, wanted {pages}"
    return data


def compact(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text)


def check_printed(pdf: bytes, truth: Sequence[TruthActivity]) -> None:
    """Every labelled text is printed whole (pdftotext of the rendered PDF, raw or column order)."""
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "x.pdf"
        p.write_bytes(pdf)
        for mode in (["-raw"], []):
            out = subprocess.run(["pdftotext", *mode, str(p), "-"], check=True, capture_output=True).stdout
            shown.append(compact(out.decode("utf-8")))
    for a in truth:
        t = compact(a["text"])
        assert any(t in s for s in shown) or _words_in_order(a["text"], shown[0]), a["text"]


def _words_in_order(text: str, shown: str) -> bool:
    """The row's words follow one another in the page text (a wrapped cell interleaved with its
    neighbours' lines by pdftotext)."""
    pos = 0
    for word in text.split():
        at = shown.find(word, pos)
        if at < 0:
            return False
        pos = at + len(word)
    return True


def save_photo(pdf: bytes, out: Path, dpi: int, seed: int, quality: int) -> None:
    photo = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    photo.save(out, format="JPEG", quality=quality)


def save_scan_png(pdf: bytes, out: Path, dpi: int, seed: int) -> None:
    scan_page(render_page(pdf, 0, dpi), np.random.default_rng(seed)).save(out, format="PNG", dpi=(dpi, dpi))


def save_scan_pdf(pdf: bytes, out: Path, pages: int, dpi: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    images: list[Image.Image] = [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    out.write_bytes(buf.getvalue())


def finish(folder: Path, org: str, y: int, truth: list[TruthActivity], pdf: bytes) -> int:
    check_printed(pdf, truth)
    write_truth(folder, org, y, truth)
    return len(truth)


# =========================================================================== A: numbered table, shaded stages
# School, Rostov region, 2021/2022.  Phone photo.

A_ORG = "МБОУ «СОШ № 14» г. Новочеркасска"
A_Y = 2021
A_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            (
                "Издание приказа о внедрении целевой модели наставничества, назначение куратора",
                "Сентябрь 2021 г.",
                "Директор",
                None,
                ("m", 9, 2021),
                ["director"],
            ),
            (
                "Разработка и утверждение Положения о наставничестве в ОО",
                "до 15.09.2021",
                "Зам. директора по УВР, рабочая группа",
                None,
                ("dl", 15, 9, 2021),
                ["deputy_director_academic", "other"],
            ),
            (
                "Педсовет «Наставничество в школе: зачем и как»",
                "Сентябрь",
                "Директор, куратор программы",
                "1.1",
                ("m", 9),
                ["director", "program_curator"],
            ),
            (
                "Общешкольное родительское собрание: знакомим родителей с программой наставничества",
                "Сентябрь",
                "Зам. директора по ВР, кл. руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
            ),
            (
                "Классные часы для уч-ся 5–11 кл.: что такое наставничество и как в нём поучаствовать",
                "Сентябрь-октябрь",
                "Кл. руководители",
                "1.4",
                ("r", 9, 10),
                ["class_teacher"],
            ),
            (
                "Встреча с выпускниками прошлых лет и представителями ЮРГПУ (НПИ), приглашение стать наставниками",
                "Октябрь",
                "Куратор программы",
                "1.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                "Анкетирование учащихся и молодых педагогов, желающих получить наставника; сбор согласий на обработку ПД",
                "Октябрь",
                "Педагог-психолог, куратор программы",
                "2.1",
                ("m", 10),
                ["psychologist", "program_curator"],
            ),
            (
                "Беседы с классными руководителями, психологом и родителями о запросах наставляемых, сбор согласий родителей",
                "Октябрь",
                "Соц. педагог, кл. руководители",
                "2.2",
                ("m", 10),
                ["social_pedagogue", "class_teacher"],
            ),
            (
                "Обработка анкет, формирование базы наставляемых",
                "до 1 ноября",
                "Куратор программы",
                "2.3",
                ("dl", 1, 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            (
                "Определение форм наставничества на текущий год (учитель – учитель, ученик – ученик, учитель – ученик)",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            (
                "Анкетирование педагогов, старшеклассников и выпускников – кандидатов в наставники",
                "Ноябрь",
                "Куратор программы",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            (
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Ноябрь",
                "Куратор программы, педагог-психолог",
                "3.4",
                ("m", 11),
                ["program_curator", "psychologist"],
            ),
        ],
    ),
    (
        4,
        "Обучение наставников",
        [
            (
                "Подбор методических материалов для обучения наставников, договорённость с ЦНППМ",
                "Ноябрь",
                "Зам. директора по НМР",
                "4.3",
                ("m", 11),
                ["deputy_director"],
            ),
            (
                "Обучающий семинар для наставников (цикл из 3 занятий)",
                "Ноябрь – декабрь",
                "Зам. директора по НМР, педагог-психолог",
                "4.4",
                ("r", 11, 12),
                ["deputy_director", "psychologist"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар",
        [
            (
                "Общая встреча наставников и наставляемых в формате «Мастерской знакомств»",
                "Декабрь",
                "Куратор программы",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            (
                "Закрепление наставнических пар приказом директора",
                "Декабрь 2021 г.",
                "Директор",
                "5.4",
                ("m", 12, 2021),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Реализация программы",
        [
            (
                "Встречи наставников с наставляемыми по индивидуальным планам",
                "Январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                ["mentors"],
            ),
            (
                "Промежуточный сбор отзывов участников (гугл-форма)",
                "Март",
                "Куратор программы",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            (
                "Анкетирование участников на удовлетворённость программой",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Подведение итогов",
        [
            (
                "Школьный фестиваль «Наставник года», награждение лучших наставников грамотами",
                "Май",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            (
                "Размещение итогов и лучших практик на сайте школы и в группе ВКонтакте",
                "Май – июнь",
                "Ответственный за сайт",
                "7.6",
                ("r", 5, 6),
                ["other"],
            ),
            (
                "Отчёт о реализации ЦМН в управление образования",
                "до 10 июня",
                "Куратор программы",
                None,
                ("dl", 10, 6),
                ["program_curator"],
            ),
        ],
    ),
]


def build_a(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Serif", 11, margin=1.0)
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Директор МБОУ «СОШ № 14»", align="r")
    para(doc, "__________ Т.В. Голубева", align="r")
    para(doc, "Приказ № 112 от 30.08.2021", align="r", after=8)
    para(doc, "Дорожная карта", bold=True, align="c", size=13)
    para(doc, f"внедрения целевой модели наставничества в {A_ORG}", bold=True, align="c", size=13)
    para(doc, "на 2021-2022 учебный год", bold=True, align="c", size=13, after=6)
    table = grid(doc, ["№ п/п", "Содержание работы", "Срок", "Ответственные"])
    for stage, head, items in A_SECTIONS:
        stage_row(table, f"{stage}. {head}", fill="D9D9D9")
        for k, (text, date, resp, *_rest) in enumerate(items, 1):
            row = add_row(table)
            for c, v in zip(row.cells, [f"{stage}.{k}", text, date, resp], strict=True):
                cell(c, v)
    _widths(table, [1.3, 10.4, 3.0, 4.4])
    pdf = to_pdf(doc, work, 1)
    save_photo(pdf, folder / "roadmap.jpg", dpi=180, seed=2411, quality=70)
    return finish(folder, A_ORG, A_Y, truth_rows(A_SECTIONS, A_Y), pdf)


# =========================================================================== B: numbered paragraphs
# Kindergarten, Chuvashia, 2023/2024.  No table: stage headings and «N. Мероприятие – срок – отв.».

B_ORG = "МАДОУ «Детский сад № 27 «Солнышко»» г. Чебоксары"
B_Y = 2023
B_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            (
                "Ознакомление педагогов с программой наставничества ДОУ на педагогическом часе",
                "сентябрь",
                "заведующий, старший воспитатель",
                "1.1",
                ("m", 9),
                ["director", "other"],
            ),
            (
                "Информирование родителей (законных представителей) воспитанников о программе наставничества через групповые родительские собрания и родительские чаты",
                "сентябрь",
                "воспитатели групп",
                "1.2",
                ("m", 9),
                ["teachers"],
            ),
            (
                "Размещение информации о наставничестве на официальном сайте ДОУ",
                "до 30 сентября",
                "старший воспитатель",
                None,
                ("dl", 30, 9),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            (
                "Анкетирование молодых и вновь прибывших воспитателей, выявление профессиональных затруднений",
                "сентябрь",
                "старший воспитатель",
                "2.1",
                ("m", 9),
                ["other"],
            ),
            (
                "Сбор согласий педагогов на обработку персональных данных",
                "сентябрь",
                "делопроизводитель",
                "2.1",
                ("m", 9),
                ["other"],
            ),
            (
                "Формирование базы наставляемых педагогов",
                "октябрь",
                "старший воспитатель",
                "2.3",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            (
                "Выбор форм наставничества: «опытный педагог – молодой специалист», «педагог – педагог»",
                "октябрь",
                "заведующий",
                "3.1",
                ("m", 10),
                ["director"],
            ),
            (
                "Анкетирование опытных педагогов, готовых стать наставниками",
                "октябрь",
                "старший воспитатель, педагог-психолог",
                "3.3",
                ("m", 10),
                ["other", "psychologist"],
            ),
            (
                "Формирование базы наставников ДОУ",
                "до 20 октября",
                "старший воспитатель",
                "3.4",
                ("dl", 20, 10),
                ["other"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            (
                "Собеседование с педагогами-наставниками",
                "октябрь",
                "заведующий, педагог-психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
            ),
            (
                "Участие наставников в городском семинаре-практикуме «Школа наставника»",
                "ноябрь",
                "старший воспитатель",
                "4.4",
                ("m", 11),
                ["other"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            (
                "Издание приказа о закреплении наставнических пар",
                "ноябрь",
                "заведующий",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар",
        [
            (
                "Составление индивидуальных планов развития наставляемых совместно с наставниками",
                "ноябрь",
                "наставники",
                "6.3",
                ("m", 11),
                ["mentors"],
            ),
            (
                "Взаимопосещение НОД, открытые показы, консультации наставников",
                "в течение года",
                "наставники, наставляемые",
                "6.4",
                ("c",),
                ["mentors", "other"],
            ),
            (
                "Промежуточная рефлексия: анкета «Мои успехи и трудности»",
                "январь",
                "педагог-психолог",
                "6.5",
                ("m", 1),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            (
                "Педагогический совет «Итоги работы наставнических пар», чествование наставников",
                "май",
                "заведующий",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            (
                "Мониторинг эффективности программы наставничества",
                "май",
                "старший воспитатель",
                "7.3",
                ("m", 5),
                ["other"],
            ),
            (
                "Пополнение методической копилки ДОУ материалами наставнических пар",
                "июнь",
                "старший воспитатель, наставники",
                "7.5",
                ("m", 6),
                ["other", "mentors"],
            ),
        ],
    ),
]


def build_b(folder: Path, work: Path) -> int:
    doc = new_doc("DejaVu Sans", 11, margin=1.8)
    para(doc, "Принято на педагогическом совете", align="r")
    para(doc, "протокол № 1 от 31.08.2023 г.", align="r", after=10)
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=13)
    para(doc, "реализации программы наставничества", bold=True, align="c")
    para(doc, f"в {B_ORG}", bold=True, align="c")
    para(doc, "на 2023 – 2024 учебный год", bold=True, align="c", after=8)
    n = 0
    for _stage, head, items in B_SECTIONS:
        para(doc, head, bold=True, after=2)
        for text, date, resp, *_rest in items:
            n += 1
            para(doc, f"{n}. {text} – {date} – {resp}.", align="j", after=2)
    para(doc, "")
    para(doc, "Старший воспитатель ____________ Н.А. Ефимова")
    pdf = to_pdf(doc, work, 1)
    save_photo(pdf, folder / "roadmap.jpg", dpi=200, seed=2412, quality=60)
    return finish(folder, B_ORG, B_Y, truth_rows(B_SECTIONS, B_Y), pdf)


# =========================================================================== C: landscape, 6 columns
# College, Tatarstan, 2022/2023.  «№ | Мероприятие | Участники | Срок | Ответственный | Отметка».

C_ORG = "ГАПОУ «Альметьевский политехнический техникум»"
C_Y = 2022
# rows carry an extra printed «Участники» cell, kept apart from the label tuple
C_PART: list[str] = [
    "Педагогические работники",
    "Родители студентов 1 курса",
    "Работодатели, выпускники",
    "Студенты, молодые преподаватели",
    "Родители",
    "—",
    "—",
    "Студенты",
    "Преподаватели, мастера п/о",
    "Кандидаты в наставники",
    "Наставники",
    "—",
    "Наставники, наставляемые",
    "Все участники",
    "Участники, работодатели",
    "—",
]
C_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            (
                "Заседание педагогического совета: представление программы наставничества техникума",
                "Сентябрь 2022",
                "Зам. директора по УР",
                "1.1",
                ("m", 9, 2022),
                ["deputy_director_academic"],
            ),
            (
                "Родительские собрания в группах нового набора с информацией о программе наставничества",
                "Сентябрь 2022",
                "Кураторы групп",
                "1.2",
                ("m", 9, 2022),
                ["class_teacher"],
            ),
            (
                "Круглый стол с представителями работодателей и выпускниками техникума «Наставничество на производстве»",
                "Октябрь 2022",
                "Руководитель ЦСТВ",
                "1.3",
                ("m", 10, 2022),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            (
                "Анкетирование студентов и молодых преподавателей – будущих наставляемых",
                "Октябрь 2022",
                "Педагог-психолог",
                "2.1",
                ("m", 10, 2022),
                ["psychologist"],
            ),
            (
                "Сбор согласий родителей несовершеннолетних на обработку ПД",
                "Октябрь 2022",
                "Кураторы групп",
                "2.2",
                ("m", 10, 2022),
                ["class_teacher"],
            ),
            (
                "Формирование базы наставляемых по отделениям",
                "Ноябрь 2022",
                "Заведующие отделениями",
                "2.3",
                ("m", 11, 2022),
                ["other"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            (
                "Определение форм наставничества: «студент – студент», «работодатель – студент», «педагог – педагог»",
                "Октябрь 2022",
                "Методист",
                "3.1",
                ("m", 10, 2022),
                ["methodologist"],
            ),
            (
                "Входная диагностика наставляемых (успеваемость, мотивация, адаптация)",
                "Октябрь – ноябрь 2022",
                "Педагог-психолог, кураторы групп",
                "3.2",
                ("r", 10, 11, 2022, 2022),
                ["psychologist", "class_teacher"],
            ),
            (
                "Анкетирование потенциальных наставников, сбор согласий на обработку ПД",
                "Ноябрь 2022",
                "Методист",
                "3.3",
                ("m", 11, 2022),
                ["methodologist"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            (
                "Собеседование с кандидатами в наставники",
                "Ноябрь 2022",
                "Зам. директора по УР, педагог-психолог",
                "4.2",
                ("m", 11, 2022),
                ["deputy_director_academic", "psychologist"],
            ),
            (
                "Курсы «Наставничество в системе СПО» для наставников (на базе ЦОПП)",
                "Декабрь 2022",
                "Методист",
                "4.4",
                ("m", 12, 2022),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            (
                "Приказ о закреплении наставнических пар и групп",
                "Декабрь 2022",
                "Директор",
                "5.4",
                ("m", 12, 2022),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация хода наставнической программы",
        [
            (
                "Работа пар по планам (встречи 2 раза в месяц)",
                "Январь – май 2023",
                "Наставники",
                "6.4",
                ("r", 1, 5, 2023, 2023),
                ["mentors"],
            ),
            (
                "Сбор обратной связи от наставников и наставляемых",
                "Март 2023",
                "Методист",
                "6.5",
                ("m", 3, 2023),
                ["methodologist"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            (
                "Итоговая конференция «Наставничество: опыт и результаты»",
                "Июнь 2023",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 6, 2023),
                ["director", "deputy_director_upbringing"],
            ),
            (
                "Внесение итогов в базы наставников и наставляемых",
                "Июнь 2023",
                "Методист",
                "7.7",
                ("m", 6, 2023),
                ["methodologist"],
            ),
        ],
    ),
]


def build_c(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Sans", 11, landscape=True, margin=0.7)
    para(doc, "Приложение 2 к приказу от 01.09.2022 № 245-о", align="r", size=10)
    para(
        doc,
        f"План мероприятий («дорожная карта») по внедрению целевой модели наставничества в {C_ORG}",
        bold=True,
        align="c",
    )
    para(doc, "на 2022/2023 учебный год", bold=True, align="c", after=3)
    table = grid(
        doc,
        [
            "№ п/п",
            "Наименование мероприятия",
            "Участники",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Отм. о вып.",
        ],
    )
    n = 0
    for _stage, head, items in C_SECTIONS:
        stage_row(table, head, bold=True, italic=True)
        for text, date, resp, *_rest in items:
            row = add_row(table)
            vals = [str(n + 1), text, C_PART[n], date, resp, ""]
            for c, v in zip(row.cells, vals, strict=True):
                cell(c, v)
            n += 1
    assert n == len(C_PART)
    _widths(table, [1.0, 12.0, 4.8, 3.4, 4.7, 1.9])
    pdf = to_pdf(doc, work, 1)
    save_photo(pdf, folder / "roadmap.jpg", dpi=160, seed=2413, quality=80)
    return finish(folder, C_ORG, C_Y, truth_rows(C_SECTIONS, C_Y), pdf)


# =========================================================================== D: no stage rows
# Small rural basic school, Omsk region, 2020/2021.  «№ | Мероприятие | Срок | Ответственный».

D_ORG = "МКОУ «Шестаковская ООШ» Усть-Ишимского муниципального района"
D_Y = 2020
D_SECTIONS: list[Section] = [
    (
        None,
        "",
        [
            (
                "Приказ «О внедрении целевой модели наставничества», назначение куратора",
                "01.09.2020",
                "Директор",
                None,
                ("d", 1, 9, 2020),
                ["director"],
            ),
            (
                "Информирование педагогов о программе наставничества на совещании при директоре",
                "сентябрь",
                "Директор",
                "1.1",
                ("m", 9),
                ["director"],
            ),
            (
                "Информирование родителей на общешкольном родительском собрании",
                "сентябрь",
                "Зам. директора по УВР",
                "1.2",
                ("m", 9),
                ["deputy_director_academic"],
            ),
            (
                "Линейка для учащихся «Вместе мы сильнее»: рассказ о наставничестве",
                "сентябрь",
                "Старший вожатый",
                "1.4",
                ("m", 9),
                ["senior_counselor"],
            ),
            (
                "Анкетирование учащихся 5–9 классов, выявление желающих иметь наставника",
                "октябрь",
                "Классные руководители",
                "2.1",
                ("m", 10),
                ["class_teacher"],
            ),
            (
                "Сбор согласий родителей на обработку персональных данных детей",
                "октябрь",
                "Классные руководители",
                "2.2",
                ("m", 10),
                ["class_teacher"],
            ),
            ("Формирование базы наставляемых", "октябрь", "Куратор", "2.3", ("m", 10), ["program_curator"]),
            (
                "Анкетирование учителей и учащихся 8–9 кл. – будущих наставников",
                "октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            ("Формирование базы наставников", "ноябрь", "Куратор", "3.4", ("m", 11), ["program_curator"]),
            (
                "Самообучение наставников: изучение методических рекомендаций, вебинары",
                "ноябрь – декабрь",
                "Наставники",
                "4.4",
                ("r", 11, 12),
                ["mentors"],
            ),
            (
                "Закрепление наставнических пар (приказ)",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
            ("Встречи наставников и наставляемых", "по графику", "Наставники", "6.4", ("u",), ["mentors"]),
            (
                "Анкетирование удовлетворённости участников программы",
                "апрель",
                "Куратор, педагог-психолог",
                "6.8",
                ("m", 4),
                ["program_curator", "psychologist"],
            ),
            (
                "Торжественная линейка по итогам года, вручение благодарностей наставникам",
                "май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            (
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            (
                "Отчёт о реализации программы в комитет по образованию",
                "до 1 июня",
                "Куратор",
                None,
                ("dl", 1, 6),
                ["program_curator"],
            ),
        ],
    ),
]
# stage of the two administrative rows (no headings in the document): the order opens the work (1),
# the report closes it (7)
D_STAGE_OF: dict[int, int | None] = {0: 1, 15: 7}


def build_d(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Serif", 12, margin=1.8)
    para(doc, "Утверждаю:", align="r")
    para(doc, "директор школы ________ С.П. Кузьмина", align="r", after=10)
    para(doc, "План-график («дорожная карта»)", bold=True, align="c", size=14)
    para(doc, f"внедрения целевой модели наставничества в {D_ORG}", bold=True, align="c")
    para(doc, "на 2020/2021 учебный год", bold=True, align="c", after=8)
    table = grid(doc, ["№", "Мероприятие", "Срок", "Ответственный"])
    for k, (text, date, resp, *_rest) in enumerate(D_SECTIONS[0][2], 1):
        row = add_row(table)
        for c, v in zip(row.cells, [f"{k}.", text, date, resp], strict=True):
            cell(c, v)
    _widths(table, [1.0, 9.6, 3.0, 4.0])
    pdf = to_pdf(doc, work, 1)
    save_photo(pdf, folder / "roadmap.jpg", dpi=220, seed=2414, quality=55)
    return finish(folder, D_ORG, D_Y, truth_rows(D_SECTIONS, D_Y, D_STAGE_OF), pdf)


# =========================================================================== E: stage merged down
# Gymnasium, KhMAO, 2024/2025.  «№ | Этап | Мероприятие | Сроки | Ответственные».

E_ORG = "МАОУ «Гимназия № 3» г. Сургута"
E_Y = 2024
E_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы",
        [
            (
                "Разработка и утверждение программы наставничества гимназии и дорожной карты",
                "август 2024 г.",
                "Директор, куратор ЦМН",
                None,
                ("m", 8, 2024),
                ["director", "program_curator"],
            ),
            (
                "Педагогический совет: старт программы наставничества",
                "29.08.2024",
                "Директор",
                "1.1",
                ("d", 29, 8, 2024),
                ["director"],
            ),
            (
                "Информирование родительской общественности: сайт, родительские собрания, Сферум",
                "сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            (
                "Встреча с выпускниками гимназии – студентами вузов города",
                "октябрь",
                "Советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                "Анкетирование гимназистов и молодых учителей (Google-формы), сбор согласий на обработку ПД",
                "сентябрь",
                "Куратор ЦМН",
                "2.1",
                ("m", 9),
                ["program_curator"],
            ),
            (
                "Сбор информации о запросах наставляемых от классных руководителей и педагога-психолога",
                "сентябрь – октябрь",
                "Классные руководители, педагог-психолог",
                "2.2",
                ("r", 9, 10),
                ["class_teacher", "psychologist"],
            ),
            (
                "Формирование базы наставляемых",
                "октябрь",
                "Куратор ЦМН",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            (
                "Входной мониторинг наставляемых",
                "октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            (
                "Анкетирование потенциальных наставников",
                "октябрь",
                "Руководители ШМО",
                "3.3",
                ("m", 10),
                ["head_of_methodical_association"],
            ),
            ("Формирование базы наставников", "ноябрь", "Куратор ЦМН", "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            (
                "Отбор наставников по критериям (опыт, мотивация, результаты работы)",
                "ноябрь",
                "Зам. директора по УВР",
                "4.1",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            (
                "Обучение наставников: курсы ПК, «Школа наставника» гимназии",
                "ноябрь – декабрь",
                "Зам. директора по НМР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар / групп",
        [
            (
                "Встреча-знакомство наставников и наставляемых «Открытый микрофон»",
                "декабрь",
                "Советник директора по воспитанию, куратор ЦМН",
                "5.1",
                ("m", 12),
                ["senior_counselor", "program_curator"],
            ),
            (
                "Анкетирование после встречи: выбор предпочитаемого наставника",
                "декабрь",
                "Куратор ЦМН",
                "5.2",
                ("m", 12),
                ["program_curator"],
            ),
            (
                "Утверждение списка пар приказом директора",
                "до 20.12.2024",
                "Директор",
                "5.4",
                ("dl", 20, 12, 2024),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация хода наставнической программы",
        [
            (
                "Первая встреча в паре: знакомство, правила взаимодействия",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            (
                "Регулярные встречи пар по индивидуальному плану",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            (
                "Итоговая встреча всех наставнических пар",
                "май",
                "Куратор ЦМН",
                "6.7",
                ("m", 5),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            (
                "Фестиваль «Гимназия наставников»: подведение итогов, награждение",
                "май",
                "Директор, советник директора по воспитанию",
                "7.2",
                ("m", 5),
                ["director", "senior_counselor"],
            ),
            (
                "Публикация кейсов лучших практик на сайте гимназии",
                "июнь",
                "Куратор ЦМН",
                "7.6",
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]


def build_e(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Sans", 11, margin=1.2)
    para(doc, "Приложение к приказу", align="r")
    para(doc, "от 28.08.2024 № 01-11/176", align="r", after=6)
    para(
        doc,
        f"Дорожная карта реализации целевой модели наставничества в {E_ORG}",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "на 2024-2025 учебный год", bold=True, align="c", size=12, after=6)
    table = grid(doc, ["№", "Этап", "Мероприятие", "Сроки", "Ответственные"])
    n = 0
    for _stage, head, items in E_SECTIONS:
        first = len(table.rows)
        for text, date, resp, *_rest in items:
            n += 1
            row = add_row(table)
            for i, v in ((0, str(n)), (2, text), (3, date), (4, resp)):
                cell(row.cells[i], v)
        merged = table.cell(first, 1).merge(table.cell(len(table.rows) - 1, 1))
        cell(merged, head, bold=True)
    _widths(table, [0.9, 3.6, 7.8, 2.6, 3.7])
    pdf = to_pdf(doc, work, 1)
    save_scan_png(pdf, folder / "roadmap.png", dpi=200, seed=2415)
    return finish(folder, E_ORG, E_Y, truth_rows(E_SECTIONS, E_Y), pdf)


# =========================================================================== F: «Результат» column
# Boarding school, Krasnoyarsk krai, 2025/2026.  Italic shaded stage rows.

F_ORG = "КГБОУ «Ачинская школа-интернат № 2»"
F_Y = 2025
# the printed «Результат» cell of each row, in reading order
F_RESULT: list[str] = [
    "Протокол совещания",
    "Протокол собрания",
    "Информация на сайте",
    "Анкеты",
    "Согласия законных представителей",
    "База наставляемых",
    "Список кандидатов",
    "База наставников",
    "Список наставников",
    "Лист регистрации",
    "Фотоотчёт",
    "Приказ",
    "Журнал встреч",
    "Аналитическая справка",
    "Благодарственные письма",
    "Сборник кейсов",
    "База наставников",
]
F_SECTIONS: list[Section] = [
    (
        1,
        "Раздел 1. Подготовка условий для запуска программы наставничества",
        [
            (
                "Совещание при директоре «О реализации целевой модели наставничества в 2025–2026 уч. году»",
                "Сентябрь 2025",
                "Директор",
                "1.1",
                ("m", 9, 2025),
                ["director"],
            ),
            (
                "Информирование родителей (законных представителей) обучающихся на родительском собрании",
                "Сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            (
                "Встреча обучающихся с представителями ветеранских организаций и выпускниками школы-интерната",
                "Октябрь",
                "Педагог-организатор",
                "1.3",
                ("m", 10),
                ["teachers"],
            ),
        ],
    ),
    (
        2,
        "Раздел 2. Формирование базы наставляемых",
        [
            (
                "Анкетирование воспитанников, желающих участвовать в программе",
                "Октябрь",
                "Воспитатели, педагог-психолог",
                "2.1",
                ("m", 10),
                ["teachers", "psychologist"],
            ),
            (
                "Получение сведений о запросах наставляемых от воспитателей, законных представителей; сбор согласий",
                "Октябрь",
                "Социальный педагог",
                "2.2",
                ("m", 10),
                ["social_pedagogue"],
            ),
            (
                "Анализ анкет и формирование базы наставляемых",
                "Ноябрь",
                "Куратор наставничества",
                "2.3",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Раздел 3. Формирование базы наставников",
        [
            (
                "Анкетирование педагогов, воспитателей и старшеклассников – потенциальных наставников",
                "Ноябрь",
                "Куратор наставничества",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            (
                "Сопоставление анкет, формирование базы наставников",
                "Ноябрь",
                "Куратор наставничества",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Раздел 4. Отбор и обучение наставников",
        [
            (
                "Собеседование с наставниками с участием педагога-психолога",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            (
                "Семинар «Роль наставника в адаптации воспитанника»",
                "Декабрь",
                "Педагог-психолог",
                "4.4",
                ("m", 12),
                ["psychologist"],
            ),
        ],
    ),
    (
        5,
        "Раздел 5. Формирование наставнических пар",
        [
            (
                "Групповая встреча наставников и наставляемых (игровой формат)",
                "Декабрь",
                "Старший вожатый",
                "5.1",
                ("m", 12),
                ["senior_counselor"],
            ),
            (
                "Приказ о закреплении наставнических пар",
                "Декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Раздел 6. Реализация программы",
        [
            ("Встречи наставнических пар", "Январь – май", "Наставники", "6.4", ("r", 1, 5), ["mentors"]),
            (
                "Мониторинг удовлетворённости участников",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Раздел 7. Завершение наставничества",
        [
            (
                "Торжественное подведение итогов, вручение благодарственных писем наставникам",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            (
                "Описание лучших практик наставничества в виде кейсов",
                "Июнь",
                "Куратор наставничества",
                "7.5",
                ("m", 6),
                ["program_curator"],
            ),
            (
                "Обновление базы наставников на следующий учебный год",
                "Август",
                "Куратор наставничества",
                "7.8",
                ("m", 8),
                ["program_curator"],
            ),
        ],
    ),
]


def build_f(folder: Path, work: Path) -> int:
    doc = new_doc("DejaVu Serif Condensed", 11, margin=1.2)
    para(doc, "СОГЛАСОВАНО на педагогическом совете, протокол № 1 от 29.08.2025", size=10, after=6)
    para(doc, "Дорожная карта", bold=True, align="c", size=13)
    para(doc, "по реализации целевой модели наставничества", bold=True, align="c")
    para(doc, f"в {F_ORG}", bold=True, align="c")
    para(doc, "в 2025-2026 учебном году", bold=True, align="c", after=6)
    table = grid(doc, ["№", "Мероприятие", "Срок", "Ответственный", "Результат"])
    n = 0
    for stage, head, items in F_SECTIONS:
        stage_row(table, head, bold=False, italic=True, fill="EDEDED")
        for k, (text, date, resp, *_rest) in enumerate(items, 1):
            row = add_row(table)
            for c, v in zip(row.cells, [f"{stage}.{k}", text, date, resp, F_RESULT[n]], strict=True):
                cell(c, v)
            n += 1
    assert n == len(F_RESULT)
    _widths(table, [1.0, 8.4, 2.4, 3.8, 3.4])
    pdf = to_pdf(doc, work, 1)
    save_scan_png(pdf, folder / "roadmap.png", dpi=240, seed=2416)
    return finish(folder, F_ORG, F_Y, truth_rows(F_SECTIONS, F_Y), pdf)


# =========================================================================== G: stage-grouped cells
# School, Tambov region, 2019/2020 (the first year of the model).  One table row per stage: the
# activities cell holds numbered sub-items, the dates and responsibles cells one line per sub-item,
# padded with blank lines to stay level.  Two pages, image-only scanned PDF.

G_ORG = "МБОУ «Средняя общеобразовательная школа № 8» г. Мичуринска"
G_Y = 2019
G_TASKS: dict[int, str] = {
    1: "Задача: информирование участников образовательных отношений о запуске программы.",
    2: "Задача: выявление обучающихся и педагогов, которым нужен наставник.",
    3: "Задача: выявление и привлечение потенциальных наставников.",
    4: "Задача: подготовка наставников к работе.",
    5: "Задача: формирование пар и групп «наставник – наставляемый».",
    6: "Задача: закрепление отношений в парах, достижение результатов.",
    7: "Задача: подведение итогов, популяризация практик наставничества.",
}
G_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            (
                "Приказ о внедрении ЦМН, утверждение Положения о наставничестве",
                "январь 2020",
                "директор",
                None,
                ("m", 1, 2020),
                ["director"],
            ),
            (
                "Информирование педагогического коллектива на педсовете",
                "январь 2020",
                "директор",
                "1.1",
                ("m", 1, 2020),
                ["director"],
            ),
            (
                "Информирование родителей через классные родительские собрания и сайт школы",
                "январь – февраль",
                "кл. руководители",
                "1.2",
                ("r", 1, 2),
                ["class_teacher"],
            ),
            (
                "Встреча с представителями предприятий города и выпускниками школы",
                "февраль",
                "зам. директора по ВР",
                "1.3",
                ("m", 2),
                ["deputy_director_upbringing"],
            ),
            (
                "Классные часы «Что такое наставничество?»",
                "февраль",
                "кл. руководители",
                "1.4",
                ("m", 2),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                "Анкетирование обучающихся и педагогов (наставляемые)",
                "февраль",
                "педагог-психолог",
                "2.1",
                ("m", 2),
                ["psychologist"],
            ),
            (
                "Сбор согласий законных представителей на обработку персональных данных",
                "февраль",
                "кл. руководители",
                "2.2",
                ("m", 2),
                ["class_teacher"],
            ),
            (
                "Анализ анкет, формирование базы наставляемых",
                "март",
                "куратор",
                "2.3",
                ("m", 3),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            ("Выбор форм наставничества", "февраль", "рабочая группа", "3.1", ("m", 2), ["other"]),
            (
                "Входная диагностика наставляемых",
                "март",
                "педагог-психолог",
                "3.2",
                ("m", 3),
                ["psychologist"],
            ),
            ("Анкетирование будущих наставников", "март", "куратор", "3.3", ("m", 3), ["program_curator"]),
            ("Формирование базы наставников", "март", "куратор", "3.4", ("m", 3), ["program_curator"]),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            (
                "Собеседование с кандидатами в наставники",
                "март",
                "зам. директора по УВР",
                "4.2",
                ("m", 3),
                ["deputy_director_academic"],
            ),
            (
                "Поиск материалов, привлечение специалистов ТОИПКРО для обучения наставников",
                "март",
                "зам. директора по НМР",
                "4.3",
                ("m", 3),
                ["deputy_director"],
            ),
            (
                "Обучение наставников (семинары, вебинары)",
                "апрель",
                "зам. директора по НМР",
                "4.4",
                ("m", 4),
                ["deputy_director"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар / групп",
        [
            (
                "Групповая встреча наставников и наставляемых",
                "апрель",
                "куратор",
                "5.1",
                ("m", 4),
                ["program_curator"],
            ),
            (
                "Анкетирование участников после встречи",
                "апрель",
                "педагог-психолог",
                "5.2",
                ("m", 4),
                ["psychologist"],
            ),
            (
                "Анализ анкет, формирование пар и групп",
                "апрель",
                "куратор",
                "5.3",
                ("m", 4),
                ["program_curator"],
            ),
            (
                "Приказ о закреплении наставнических пар",
                "до 30 апреля",
                "директор",
                "5.4",
                ("dl", 30, 4),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация хода наставнической программы",
        [
            (
                "Организационная встреча наставника и наставляемого",
                "май",
                "наставники",
                "6.1",
                ("m", 5),
                ["mentors"],
            ),
            ("Пробная рабочая встреча", "май", "наставники", "6.2", ("m", 5), ["mentors"]),
            ("Составление плана совместной работы", "май", "наставники", "6.3", ("m", 5), ["mentors"]),
            (
                "Регулярные встречи (в т.ч. дистанционно)",
                "май – декабрь 2020",
                "наставники",
                "6.4",
                ("r", 5, 12, 2020, 2020),
                ["mentors"],
            ),
            (
                "Сбор обратной связи от наставников и наставляемых",
                "июнь 2020",
                "куратор",
                "6.5",
                ("m", 6, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            (
                "Мониторинг качества реализации программы",
                "июнь",
                "зам. директора по УВР",
                "7.3",
                ("m", 6),
                ["deputy_director_academic"],
            ),
            (
                "Подведение итогов на августовском педсовете, награждение лучших наставников",
                "август",
                "директор",
                "7.2",
                ("m", 8),
                ["director"],
            ),
            (
                "Публикация результатов на сайте школы",
                "август",
                "зам. директора по ВР",
                "7.6",
                ("m", 8),
                ["deputy_director_upbringing"],
            ),
            (
                "Внесение данных в базы наставников и наставляемых",
                "август",
                "куратор",
                "7.7",
                ("m", 8),
                ["program_curator"],
            ),
        ],
    ),
]


def _lines(text: str, width_chars: int) -> int:
    """How many printed lines a cell line of text takes (word wrap, estimated)."""
    n, cur = 1, 0
    for word in text.split():
        if cur and cur + 1 + len(word) > width_chars:
            n, cur = n + 1, len(word)
        else:
            cur = cur + 1 + len(word) if cur else len(word)
    return n


def build_g(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Serif", 13, margin=1.6)
    para(doc, "Дорожная карта", bold=True, align="c", size=14)
    para(doc, "внедрения целевой модели наставничества обучающихся", bold=True, align="c", size=14)
    para(doc, f"в {G_ORG}", bold=True, align="c", size=14)
    para(doc, "на 2019-2020 учебный год", bold=True, align="c", size=14, after=8)
    table = grid(doc, ["Этап", "Мероприятия", "Сроки", "Ответственные"])
    widths = [3.7, 7.6, 2.7, 3.8]
    chars = [14, 33, 10, 15]  # Liberation Serif 13 pt, characters a line in each column
    for stage, head, items in G_SECTIONS:
        row = add_row(table)
        acts: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for k, (text, date, resp, *_rest) in enumerate(items, 1):
            line = f"{k}. {text}"
            n = max(_lines(line, chars[1]), _lines(date, chars[2]), _lines(resp, chars[3]))
            for col, value in ((acts, line), (dates, date), (resps, resp)):
                col.append(value)
                col.extend([""] * (n - _lines(value, chars[[acts, dates, resps].index(col) + 1])))
        cell(row.cells[0], head, bold=True)
        p = row.cells[0].add_paragraph()
        assert stage is not None
        run = p.add_run(G_TASKS[stage])
        run.italic = True
        run.font.size = Pt(11)
        cell(row.cells[1], "\n".join(acts))
        cell(row.cells[2], "\n".join(dates))
        cell(row.cells[3], "\n".join(resps))
    _widths(table, widths)
    para(doc, "")
    para(doc, "Зам. директора по УВР ____________ О.В. Сафонова")
    pdf = to_pdf(doc, work, 2)
    save_scan_pdf(pdf, folder / "roadmap.pdf", pages=2, dpi=200, seed=2417)
    return finish(folder, G_ORG, G_Y, truth_rows(G_SECTIONS, G_Y), pdf)


# =========================================================================== H: «Форма проведения»
# School, Kaliningrad, 2023/2024.  Roman-numbered bold stage rows; one-page image-only scanned PDF.

H_ORG = "МАОУ «СОШ № 41» г. Калининграда"
H_Y = 2023
# the printed «Форма проведения» cell of each row, in reading order
H_FORM: list[str] = [
    "Педсовет",
    "Родительский всеобуч",
    "Классные часы, линейка",
    "Анкетирование, беседы",
    "Аналитическая справка",
    "Заседание рабочей группы",
    "Анкетирование",
    "Реестр наставников",
    "Обучающий семинар, тренинг",
    "Квест-игра «Найди своего наставника»",
    "Приказ",
    "Встречи, совместные проекты, консультации",
    "Онлайн-опрос",
    "Круглый стол",
    "Праздник «Спасибо, наставник!»",
    "Анкетирование, анализ",
    "Статья, презентация",
    "Письма",
]
H_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            (
                "Знакомство педколлектива с целевой моделью наставничества",
                "август 2023",
                "директор",
                "1.1",
                ("m", 8, 2023),
                ["director"],
            ),
            (
                "Информирование родителей о программе наставничества",
                "сентябрь",
                "зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            (
                "Рассказ обучающимся о программе и возможностях участия в ней",
                "сентябрь",
                "классные руководители, старший вожатый",
                "1.4",
                ("m", 9),
                ["class_teacher", "senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            (
                "Выявление обучающихся, нуждающихся в наставнике",
                "сентябрь–октябрь",
                "педагог-психолог, соц. педагог",
                "2.1",
                ("r", 9, 10),
                ["psychologist", "social_pedagogue"],
            ),
            (
                "Формирование базы наставляемых",
                "октябрь",
                "куратор наставничества",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            (
                "Отбор форм наставничества (ученик – ученик, учитель – ученик)",
                "октябрь",
                "руководитель рабочей группы",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            (
                "Выявление педагогов и старшеклассников, желающих стать наставниками",
                "октябрь",
                "руководители ШМО",
                "3.3",
                ("m", 10),
                ["head_of_methodical_association"],
            ),
            (
                "Формирование базы наставников",
                "ноябрь",
                "куратор наставничества",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "IV. Обучение наставников",
        [
            (
                "Подготовка наставников к работе с наставляемыми",
                "ноябрь",
                "педагог-психолог",
                "4.4",
                ("m", 11),
                ["psychologist"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар и групп",
        [
            (
                "Знакомство наставников и наставляемых",
                "ноябрь",
                "старший вожатый",
                "5.1",
                ("m", 11),
                ["senior_counselor"],
            ),
            ("Закрепление пар и групп", "до 1 декабря", "директор", "5.4", ("dl", 1, 12), ["director"]),
        ],
    ),
    (
        6,
        "VI. Работа наставнических пар и групп",
        [
            ("Работа наставнических пар", "декабрь–апрель", "наставники", "6.4", ("r", 12, 4), ["mentors"]),
            (
                "Промежуточная обратная связь",
                "февраль",
                "куратор наставничества",
                "6.5",
                ("m", 2),
                ["program_curator"],
            ),
            (
                "Заключительная встреча всех пар и групп",
                "апрель",
                "куратор наставничества",
                "6.7",
                ("m", 4),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "VII. Подведение итогов",
        [
            (
                "Итоги года наставничества, чествование наставников",
                "май",
                "директор, зам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            (
                "Мониторинг эффективности программы",
                "май",
                "зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            (
                "Публикация лучших практик наставничества на сайте школы",
                "июнь",
                "куратор наставничества",
                "7.6",
                ("m", 6),
                ["program_curator"],
            ),
            ("Благодарность социальным партнёрам школы", "июнь", "директор", None, ("m", 6), ["director"]),
        ],
    ),
]


def build_h(folder: Path, work: Path) -> int:
    doc = new_doc("Liberation Serif", 12, margin=1.3)
    para(doc, "Утверждена приказом директора от 31.08.2023 № 214", align="r", size=11, after=6)
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=14)
    para(doc, f"реализации программы наставничества {H_ORG}", bold=True, align="c")
    para(doc, "на 2023-2024 учебный год", bold=True, align="c", after=6)
    table = grid(doc, ["№", "Мероприятие", "Форма проведения", "Сроки", "Ответственные"])
    n = 0
    for _stage, head, items in H_SECTIONS:
        row = add_row(table)
        merged = row.cells[0].merge(row.cells[4])
        cell(merged, head, bold=True, center=True)
        for text, date, resp, *_rest in items:
            row = add_row(table)
            for c, v in zip(row.cells, [str(n + 1), text, H_FORM[n], date, resp], strict=True):
                cell(c, v)
            n += 1
    assert n == len(H_FORM)
    _widths(table, [0.9, 6.8, 4.4, 2.8, 3.5])
    pdf = to_pdf(doc, work, 1)
    save_scan_pdf(pdf, folder / "roadmap.pdf", pages=1, dpi=200, seed=2418)
    return finish(folder, H_ORG, H_Y, truth_rows(H_SECTIONS, H_Y), pdf)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path, Path], int]] = {
    "novocherkassk_sosh14_photo_jpg": build_a,
    "cheboksary_ds27_photo_jpg": build_b,
    "almetyevsk_college_landscape_photo_jpg": build_c,
    "shestakovo_oosh_photo_jpg": build_d,
    "surgut_gymn3_merged_scan_png": build_e,
    "achinsk_internat2_result_scan_png": build_f,
    "michurinsk_sosh8_grouped_scan_pdf": build_g,
    "kaliningrad_sosh41_form_scan_pdf": build_h,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            n = build(folder, Path(tmp))
        print(f"{name}: {n} rows -> {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main()
