"""Build the image-only held-out roadmaps in data/holdout33/<name>/ (input image or PDF + truth.json).

Run: .venv/bin/python -m data.holdout33.build

Eight roadmaps that exist only as pictures of a printed page: three phone photos (JPEG), three grey
scans (PNG) and two scanned PDFs without a text layer.  Each is written as a DOCX first, printed to PDF
with LibreOffice, rendered and then photographed or scanned.  The layouts are deliberately unlike the
usual «№ | Мероприятие | Срок | Ответственный» table:

    h33_photo_dash_paragraphs   no table: numbered paragraphs, «… — срок, ответственный»
    h33_pdf_bracket_paragraphs  no table: numbered paragraphs, «… (срок; ответственный)»
    h33_png_semicolon_stages    one row per stage, activities joined by «;» or bullets, one date and
                                one responsible for the whole stage
    h33_photo_dates_first       columns «Сроки | Мероприятие | Ответственный»
    h33_png_stage_label_cell    stage rows hold only «Этап N», the stage name in the next cell
    h33_pdf_long_wrapped        long activity texts wrapped over several lines in a narrow column
    h33_png_teachers_2022       the 2022 system of mentoring of pedagogical workers
    h33_photo_decorative_title  title in a bold, letter-spaced, shadowed capital font

Every activity carries its hand label next to the printed text (``act``), so the picture and
truth.json come from one place.  Date specs are those of data.holdout.build (``expand``).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from PIL import Image

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    DateSpec,
    R,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    truth_row,
    write_truth,
)

HERE = Path(__file__).resolve().parent

ROLE_CODES = frozenset(
    {
        "senior_counselor",
        "deputy_director_academic",
        "deputy_director_upbringing",
        "deputy_director",
        "librarian",
        "head_of_methodical_association",
        "director",
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

Kind = Literal["photo", "png", "pdf"]
Model = Literal["target_model_2019", "teachers_2022"]


@dataclass(frozen=True)
class Act:
    """One printed activity with its hand label."""

    text: str
    date: str  # the printed date
    resp: str  # the printed responsible
    aid: str | None
    spec: DateSpec
    roles: tuple[str, ...]
    annual: bool = False  # «Ежегодно, до …»: a deadline that recurs every year


def act(
    text: str, date: str, resp: str, aid: str | None, spec: DateSpec, *roles: str, annual: bool = False
) -> Act:
    assert all(r in ROLE_CODES for r in roles), roles
    assert len(set(roles)) == len(roles), roles
    return Act(text, date, resp, aid, spec, tuple(roles), annual)


# (stage id, printed stage heading, activities)
Stage = tuple[int, str, list[Act]]


@dataclass(frozen=True)
class Roadmap:
    name: str
    kind: Kind
    org: str
    year: int
    model: Model
    stages: list[Stage]
    layout: str


# --------------------------------------------------------------------------- truth


def truth_of(rm: Roadmap) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for stage_id, _, acts in rm.stages:
        for a in acts:
            row = truth_row(R(a.text, a.date, a.resp, a.aid, a.spec, list(a.roles)), stage_id, rm.year)
            if rm.model == "teachers_2022":
                assert a.aid is None, a
            if a.annual:
                assert row["date_kind"] == "deadline", a
                row["recurrence"] = "annual"
            out.append(row)
    return out


def save_truth(folder: Path, rm: Roadmap) -> int:
    acts = truth_of(rm)
    write_truth(folder, rm.org, rm.year, acts)
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["model"] = rm.model
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(acts)


# --------------------------------------------------------------------------- docx helpers


def new_doc(font: str, size: float, landscape: bool = False) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    return doc


def hanging(p: Paragraph, indent_cm: float) -> None:
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-indent_cm)


def gap(p: Paragraph, before: float = 0.0, after: float = 0.0) -> None:
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)


def new_table(doc: DocxDocument, headers: Sequence[str], repeat_header: bool = False) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = _new_row(table)
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
        hdr.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if repeat_header:
        tr_pr = hdr._tr.get_or_add_trPr()
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        tr_pr.append(flag)
    return table


def _new_row(table: Table) -> Any:
    """Table.add_row, which python-docx leaves unannotated."""
    untyped: Any = table
    return untyped.add_row()


def add_row(table: Table, cells: Sequence[str]) -> None:
    row = _new_row(table)
    keep = OxmlElement("w:cantSplit")
    keep.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(keep)
    for i, val in enumerate(cells):
        _set_cell(row.cells[i], val)


def add_span(table: Table, text: str, first: int = 0, lead: str | None = None) -> None:
    """A stage row: text merged over the cells from `first` to the end; `lead` in the cells before."""
    row = _new_row(table)
    n = len(row.cells)
    if lead is not None:
        _set_cell(row.cells[0], lead, bold=True)
    merged = row.cells[first].merge(row.cells[n - 1])
    _set_cell(merged, text, bold=True)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths that also hold for merged cells (a merged cell gets the sum of its columns)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[i : i + span]))
            i += span
        assert i == len(widths_cm)


def letter_spacing(p: Paragraph, twips: int) -> None:
    for run in p.runs:
        r_pr = run._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(twips))
        r_pr.append(sp)


# --------------------------------------------------------------------------- rendering


def pdf_pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            texts.append(str(page.get_textpage().get_text_range()))
    finally:
        doc.close()
    return texts


def compact(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text.replace("\ufffe", "-"))


def check_printed(rm: Roadmap, pdf: bytes) -> int:
    """Every activity's text is printed, in reading order, and its date and responsible are printed."""
    pages = pdf_pages(pdf)
    whole = compact("".join(pages))
    pos = 0
    for _, _, acts in rm.stages:
        for a in acts:
            at = whole.find(compact(a.text), pos)
            assert at >= 0, f"{rm.name}: not printed in order: {a.text[:60]}"
            pos = at + len(compact(a.text))
            assert compact(a.date) in whole, f"{rm.name}: date {a.date!r}"
            assert compact(a.resp) in whole, f"{rm.name}: responsible {a.resp!r}"
    assert compact(rm.org) in whole.replace("\u2011", "-"), rm.org
    return len(pages)


SCAN_DPI = 300
PDF_DPI = 200
PHOTO_DPI = 200
PDF_DATE = time.strptime("2024-03-15 10:00:00", "%Y-%m-%d %H:%M:%S")


def write_images(folder: Path, rm: Roadmap, pdf: bytes, seed: int) -> int:
    n_pages = check_printed(rm, pdf)
    rng = np.random.default_rng(seed)
    if rm.kind == "photo":
        assert n_pages == 1, (rm.name, n_pages)
        photo = photo_of(render_page(pdf, 0, PHOTO_DPI), rng)
        buf = io.BytesIO()
        photo.save(buf, format="JPEG", quality=72)
        (folder / "roadmap.jpg").write_bytes(buf.getvalue())
    elif rm.kind == "png":
        assert n_pages == 1, (rm.name, n_pages)
        scan = scan_page(render_page(pdf, 0, SCAN_DPI), rng)
        scan.save(folder / "roadmap.png", format="PNG", dpi=(SCAN_DPI, SCAN_DPI), optimize=True)
    else:
        pages: list[Image.Image] = [scan_page(render_page(pdf, i, PDF_DPI), rng) for i in range(n_pages)]
        pages[0].save(
            folder / "roadmap.pdf",
            format="PDF",
            save_all=True,
            append_images=pages[1:],
            resolution=float(PDF_DPI),
            title="scan",
            creationDate=PDF_DATE,
            modDate=PDF_DATE,
        )
    return n_pages


def print_doc(doc: DocxDocument) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, pdf_path)
        return pdf_path.read_bytes()


# =========================================================================== 1: dash paragraphs
# No table.  Stage headings, then «1.1. Мероприятие — срок, ответственный».

DASH = Roadmap(
    "h33_photo_dash_paragraphs",
    "photo",
    "МБОУ СОШ № 14 г. Новочеркасска",
    2023,
    "target_model_2019",
    [
        (
            1,
            "Раздел 1. Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Издание приказа о внедрении целевой модели наставничества и назначении куратора программы",
                    "август 2023 г.",
                    "директор школы",
                    None,
                    ("m", 8, 2023),
                    "director",
                ),
                act(
                    "Обсуждение целей и задач программы наставничества на августовском педагогическом совете",
                    "август 2023 г.",
                    "зам. директора по УВР",
                    "1.1",
                    ("m", 8, 2023),
                    "deputy_director_academic",
                ),
                act(
                    "Выступление на общешкольном родительском собрании о запуске наставничества в школе",
                    "сентябрь",
                    "классные руководители, куратор программы",
                    "1.2",
                    ("m", 9),
                    "class_teacher",
                    "program_curator",
                ),
                act(
                    "Классные часы в 7–11 классах «Наставник: кто он и зачем он мне»",
                    "сентябрь",
                    "классные руководители",
                    "1.4",
                    ("m", 9),
                    "class_teacher",
                ),
                act(
                    "Встреча с выпускниками школы и представителями предприятий-партнёров: рассказ о программе "
                    "наставничества и приглашение к участию",
                    "октябрь",
                    "зам. директора по ВР",
                    "1.3",
                    ("m", 10),
                    "deputy_director_upbringing",
                ),
            ],
        ),
        (
            2,
            "Раздел 2. Формирование базы наставляемых",
            [
                act(
                    "Анкетирование учащихся и молодых учителей, желающих стать наставляемыми; сбор согласий "
                    "на обработку персональных данных",
                    "сентябрь – октябрь",
                    "педагог-психолог",
                    "2.1",
                    ("r", 9, 10),
                    "psychologist",
                ),
                act(
                    "Сбор сведений о запросах наставляемых у классных руководителей, социального педагога и "
                    "родителей",
                    "октябрь",
                    "социальный педагог",
                    "2.2",
                    ("m", 10),
                    "social_pedagogue",
                ),
                act(
                    "Обработка анкет и формирование базы наставляемых",
                    "до 20 октября",
                    "куратор программы",
                    "2.3",
                    ("dl", 20, 10),
                    "program_curator",
                ),
            ],
        ),
        (
            3,
            "Раздел 3. Формирование базы наставников",
            [
                act(
                    "Определение форм наставничества на учебный год («ученик – ученик», «учитель – ученик», "
                    "«учитель – учитель»)",
                    "сентябрь",
                    "методический совет",
                    "3.1",
                    ("m", 9),
                    "other",
                ),
                act(
                    "Анкетирование желающих стать наставниками из числа педагогов, старшеклассников и родителей",
                    "октябрь",
                    "куратор программы, педагог-психолог",
                    "3.3",
                    ("m", 10),
                    "program_curator",
                    "psychologist",
                ),
                act(
                    "Формирование базы наставников",
                    "ноябрь",
                    "куратор программы",
                    "3.4",
                    ("m", 11),
                    "program_curator",
                ),
            ],
        ),
        (
            4,
            "Раздел 4. Отбор и обучение наставников",
            [
                act(
                    "Собеседование с кандидатами в наставники при участии педагога-психолога",
                    "ноябрь",
                    "зам. директора по УВР, педагог-психолог",
                    "4.2",
                    ("m", 11),
                    "deputy_director_academic",
                    "psychologist",
                ),
                act(
                    "Обучающий семинар для наставников «Позиция наставника и его инструменты»",
                    "ноябрь – декабрь",
                    "руководители ШМО",
                    "4.4",
                    ("r", 11, 12),
                    "head_of_methodical_association",
                ),
            ],
        ),
        (
            5,
            "Раздел 5. Формирование наставнических пар и групп",
            [
                act(
                    "Общая встреча наставников и наставляемых в игровом формате «Давайте знакомиться»",
                    "декабрь",
                    "куратор программы, советник директора по воспитанию",
                    "5.1",
                    ("m", 12),
                    "program_curator",
                    "senior_counselor",
                ),
                act(
                    "Закрепление наставнических пар приказом директора",
                    "до 25 декабря",
                    "директор школы",
                    "5.4",
                    ("dl", 25, 12),
                    "director",
                ),
            ],
        ),
        (
            6,
            "Раздел 6. Организация работы наставнических пар и групп",
            [
                act(
                    "Первая, организационная, встреча наставника с наставляемым",
                    "январь",
                    "наставники",
                    "6.1",
                    ("m", 1),
                    "mentors",
                ),
                act(
                    "Встречи наставников и наставляемых по индивидуальному графику",
                    "январь – май",
                    "наставники",
                    "6.4",
                    ("r", 1, 5),
                    "mentors",
                ),
                act(
                    "Промежуточное анкетирование участников: сбор обратной связи",
                    "март",
                    "педагог-психолог",
                    "6.5",
                    ("m", 3),
                    "psychologist",
                ),
            ],
        ),
        (
            7,
            "Раздел 7. Завершение программы наставничества",
            [
                act(
                    "Итоговая конференция «Наставничество: шаг навстречу» с чествованием лучших наставников",
                    "май",
                    "администрация школы",
                    "7.2",
                    ("m", 5),
                    "other",
                ),
                act(
                    "Мониторинг качества реализации программы наставничества",
                    "май",
                    "куратор программы",
                    "7.3",
                    ("m", 5),
                    "program_curator",
                ),
                act(
                    "Размещение итогов программы и лучших практик на сайте школы",
                    "июнь",
                    "ответственный за сайт",
                    "7.6",
                    ("m", 6),
                    "other",
                ),
            ],
        ),
    ],
    "no table: numbered paragraphs under section headings, «… — срок, ответственный»",
)


def doc_dash(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Serif", 12)
    p = _para(doc, "Принята на заседании педагогического совета (протокол № 1 от 30.08.2023)")
    p = _para(doc, "Утверждена приказом директора от 31.08.2023 № 214", align="r")
    gap(p, after=8)
    _para(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=13)
    _para(doc, "по внедрению целевой модели наставничества", bold=True, align="c", size=13)
    p = _para(doc, f"в {rm.org} на 2023/2024 учебный год", bold=True, align="c", size=13)
    gap(p, after=6)
    for stage_id, heading, acts in rm.stages:
        p = _para(doc, heading, bold=True)
        gap(p, before=5, after=1)
        for k, a in enumerate(acts, start=1):
            p = _para(doc, f"{stage_id}.{k}. {a.text} — {a.date}, {a.resp}.")
            hanging(p, 0.9)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = _para(doc, "Куратор программы наставничества ____________ Е. В. Лукьянова")
    gap(p, before=12)
    return doc


# =========================================================================== 2: bracket paragraphs
# No table.  Roman stage headings, «N) Мероприятие (срок; ответственный).», numbering runs through.

BRACKETS = Roadmap(
    "h33_pdf_bracket_paragraphs",
    "pdf",
    "ОГАПОУ «Алексеевский агротехнический колледж»",
    2021,
    "target_model_2019",
    [
        (
            1,
            "I. Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Разработка и утверждение Положения о наставничестве в колледже",
                    "до 15 сентября 2021 г.",
                    "методист",
                    None,
                    ("dl", 15, 9, 2021),
                    "methodologist",
                ),
                act(
                    "Информирование преподавателей о запуске программы наставничества на заседании "
                    "педагогического совета",
                    "сентябрь",
                    "зам. директора по УР",
                    "1.1",
                    ("m", 9),
                    "deputy_director_academic",
                ),
                act(
                    "Родительские собрания в группах нового набора с рассказом о наставничестве",
                    "сентябрь – октябрь",
                    "кураторы учебных групп",
                    "1.2",
                    ("r", 9, 10),
                    "class_teacher",
                ),
                act(
                    "Встреча студентов с работодателями и выпускниками колледжа, работающими на "
                    "предприятиях-партнёрах, для знакомства с программой наставничества",
                    "октябрь",
                    "руководитель центра содействия трудоустройству выпускников",
                    "1.3",
                    ("m", 10),
                    "other",
                ),
                act(
                    "Информационный час для студентов 1–2 курсов о программе наставничества",
                    "сентябрь",
                    "кураторы учебных групп, социальный педагог",
                    "1.4",
                    ("m", 9),
                    "class_teacher",
                    "social_pedagogue",
                ),
            ],
        ),
        (
            2,
            "II. Формирование базы наставляемых",
            [
                act(
                    "Анкетирование студентов, желающих участвовать в программе; сбор согласий совершеннолетних "
                    "студентов на обработку персональных данных",
                    "октябрь",
                    "педагог-психолог",
                    "2.1",
                    ("m", 10),
                    "psychologist",
                ),
                act(
                    "Сбор согласий законных представителей несовершеннолетних студентов и сведений кураторов "
                    "групп о запросах наставляемых",
                    "октябрь",
                    "кураторы учебных групп",
                    "2.2",
                    ("m", 10),
                    "class_teacher",
                ),
                act(
                    "Формирование базы наставляемых",
                    "до 1 ноября",
                    "куратор ЦМН",
                    "2.3",
                    ("dl", 1, 11),
                    "program_curator",
                ),
            ],
        ),
        (
            3,
            "III. Формирование базы наставников",
            [
                act(
                    "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                    "«преподаватель – студент»",
                    "октябрь",
                    "куратор ЦМН",
                    "3.1",
                    ("m", 10),
                    "program_curator",
                ),
                act(
                    "Входная диагностика наставляемых (учебная мотивация, успеваемость, гибкие навыки) для "
                    "последующего мониторинга",
                    "октябрь – ноябрь",
                    "педагог-психолог",
                    "3.2",
                    ("r", 10, 11),
                    "psychologist",
                ),
                act(
                    "Анкетирование потенциальных наставников из числа преподавателей, мастеров "
                    "производственного обучения, студентов старших курсов и представителей работодателей",
                    "ноябрь",
                    "зам. директора по УПР",
                    "3.3",
                    ("m", 11),
                    "deputy_director",
                ),
                act(
                    "Формирование базы наставников",
                    "ноябрь",
                    "куратор ЦМН",
                    "3.4",
                    ("m", 11),
                    "program_curator",
                ),
            ],
        ),
        (
            4,
            "IV. Отбор и обучение наставников",
            [
                act(
                    "Оценка кандидатов в наставники по установленным параметрам",
                    "ноябрь",
                    "педагог-психолог",
                    "4.1",
                    ("m", 11),
                    "psychologist",
                ),
                act(
                    "Подбор материалов и приглашение экспертов для обучения наставников",
                    "ноябрь",
                    "методист",
                    "4.3",
                    ("m", 11),
                    "methodologist",
                ),
                act(
                    "Обучение наставников по программе «Школа наставника»",
                    "декабрь – январь",
                    "методист, руководители ЦМК",
                    "4.4",
                    ("r", 12, 1),
                    "methodologist",
                    "head_of_methodical_association",
                ),
            ],
        ),
        (
            5,
            "V. Формирование наставнических пар и групп",
            [
                act(
                    "Групповая встреча наставников и наставляемых в формате «быстрых знакомств»",
                    "январь 2022 г.",
                    "куратор ЦМН",
                    "5.1",
                    ("m", 1, 2022),
                    "program_curator",
                ),
                act(
                    "Анкетирование участников по итогам встречи: выбор предпочитаемого наставника",
                    "январь 2022 г.",
                    "педагог-психолог",
                    "5.2",
                    ("m", 1, 2022),
                    "psychologist",
                ),
                act(
                    "Утверждение наставнических пар и групп приказом директора колледжа",
                    "до 1 февраля 2022 г.",
                    "директор",
                    "5.4",
                    ("dl", 1, 2, 2022),
                    "director",
                ),
            ],
        ),
        (
            6,
            "VI. Организация работы наставнических пар и групп",
            [
                act(
                    "Встреча-планирование: составление плана развития наставляемого",
                    "февраль",
                    "наставники",
                    "6.3",
                    ("m", 2),
                    "mentors",
                ),
                act(
                    "Регулярные встречи наставников и наставляемых",
                    "в течение учебного года по графику",
                    "наставники",
                    "6.4",
                    ("c",),
                    "mentors",
                ),
                act(
                    "Промежуточный сбор обратной связи от наставников и наставляемых",
                    "март",
                    "куратор ЦМН",
                    "6.5",
                    ("m", 3),
                    "program_curator",
                ),
                act(
                    "Анкетирование удовлетворённости участием в программе наставничества",
                    "май",
                    "педагог-психолог",
                    "6.8",
                    ("m", 5),
                    "psychologist",
                ),
            ],
        ),
        (
            7,
            "VII. Завершение программы наставничества",
            [
                act(
                    "Итоговая оценка участников по исходным параметрам: второй этап мониторинга влияния "
                    "программы",
                    "май – июнь",
                    "педагог-психолог, куратор ЦМН",
                    "7.4",
                    ("r", 5, 6),
                    "psychologist",
                    "program_curator",
                ),
                act(
                    "Фестиваль «Мастер и ученик»: подведение итогов, награждение лучших наставников",
                    "июнь",
                    "директор, зам. директора по ВР",
                    "7.2",
                    ("m", 6),
                    "director",
                    "deputy_director_upbringing",
                ),
                act(
                    "Оформление лучших практик наставничества в виде кейсов",
                    "июнь",
                    "руководители ЦМК",
                    "7.5",
                    ("m", 6),
                    "head_of_methodical_association",
                ),
                act(
                    "Пополнение долгосрочной базы наставников",
                    "по мере необходимости",
                    "куратор ЦМН",
                    "7.8",
                    ("u",),
                    "program_curator",
                ),
            ],
        ),
    ],
    "no table: Roman stage headings, numbered paragraphs «N) … (срок; ответственный).»",
)


def doc_brackets(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Sans", 11)
    doc.sections[0].left_margin = Cm(2.5)
    doc.sections[0].right_margin = Cm(1.5)
    doc.sections[0].top_margin = Cm(2.0)
    for line in ("Приложение № 2", "к приказу от 27.08.2021 № 312-од"):
        _para(doc, line, align="r", size=10)
    p = _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    gap(p, before=14)
    _para(doc, "внедрения целевой модели наставничества обучающихся", bold=True, align="c")
    p = _para(doc, f"в {rm.org} на 2021–2022 учебный год", bold=True, align="c")
    gap(p, after=8)
    p = _para(
        doc,
        "Цель: создание условий для профессионального и личностного становления студентов колледжа "
        "через вовлечение их в программу наставничества. Ниже для каждого мероприятия в скобках "
        "указаны срок исполнения и ответственный.",
    )
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1.0)
    n = 0
    for _, heading, acts in rm.stages:
        p = _para(doc, heading, bold=True)
        gap(p, before=9, after=3)
        for a in acts:
            n += 1
            p = _para(doc, f"{n}) {a.text} ({a.date}; {a.resp}).")
            hanging(p, 0.8)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            gap(p, after=3)
    p = _para(doc, "Заместитель директора по учебной работе ____________ О. Н. Гребенникова")
    gap(p, before=16)
    return doc


# =========================================================================== 3: semicolon stages
# One row per stage; the activities of a stage are joined by «;» or listed as bullets; one date and one
# responsible for the whole stage.

S3_STAGE_DATE: dict[int, tuple[str, str, DateSpec, tuple[str, ...]]] = {
    1: (
        "сентябрь 2020 г.",
        "Директор, зам. директора по УВР",
        ("m", 9, 2020),
        ("director", "deputy_director_academic"),
    ),
    2: ("октябрь", "Педагог-психолог, классные руководители", ("m", 10), ("psychologist", "class_teacher")),
    3: ("октябрь – ноябрь", "Куратор программы наставничества", ("r", 10, 11), ("program_curator",)),
    4: (
        "ноябрь",
        "Зам. директора по УВР, педагог-психолог",
        ("m", 11),
        ("deputy_director_academic", "psychologist"),
    ),
    5: ("до 15 декабря", "Куратор программы наставничества", ("dl", 15, 12), ("program_curator",)),
    6: ("декабрь – апрель", "Наставники", ("r", 12, 4), ("mentors",)),
    7: (
        "май 2021 г.",
        "Директор, куратор программы наставничества",
        ("m", 5, 2021),
        ("director", "program_curator"),
    ),
}


def _s3(stage: int, items: Sequence[tuple[str, str | None]]) -> list[Act]:
    date, resp, spec, roles = S3_STAGE_DATE[stage]
    return [act(text, date, resp, aid, spec, *roles) for text, aid in items]


SEMICOLONS = Roadmap(
    "h33_png_semicolon_stages",
    "png",
    "МОУ «ООШ с. Красноармейское»",
    2020,
    "target_model_2019",
    [
        (
            1,
            "Подготовка условий для запуска программы наставничества",
            _s3(
                1,
                [
                    ("Издание приказа о внедрении целевой модели наставничества", None),
                    ("информирование педагогов на заседании педагогического совета", "1.1"),
                    ("информирование родителей на классных родительских собраниях", "1.2"),
                    ("классные часы для учащихся 5–9 классов о программе наставничества", "1.4"),
                ],
            ),
        ),
        (
            2,
            "Формирование базы наставляемых",
            _s3(
                2,
                [
                    ("Анкетирование учащихся, желающих участвовать в программе", "2.1"),
                    (
                        "сбор согласий родителей (законных представителей) на обработку персональных данных и "
                        "сведений о запросах детей от классных руководителей",
                        "2.2",
                    ),
                    ("анализ собранных данных и формирование базы наставляемых", "2.3"),
                ],
            ),
        ),
        (
            3,
            "Формирование базы наставников",
            _s3(
                3,
                [
                    ("выбор форм наставничества", "3.1"),
                    ("анкетирование желающих стать наставниками", "3.3"),
                    ("формирование базы наставников", "3.4"),
                ],
            ),
        ),
        (
            4,
            "Отбор и обучение наставников",
            _s3(
                4,
                [
                    ("Собеседование с кандидатами в наставники", "4.2"),
                    ("подбор методических материалов для обучения", "4.3"),
                    ("обучающий семинар для наставников", "4.4"),
                ],
            ),
        ),
        (
            5,
            "Формирование наставнических пар (групп)",
            _s3(
                5,
                [
                    ("групповая встреча наставников и наставляемых", "5.1"),
                    ("анкетирование участников после встречи", "5.2"),
                    ("закрепление наставнических пар приказом директора", "5.4"),
                ],
            ),
        ),
        (
            6,
            "Организация работы наставнических пар (групп)",
            _s3(
                6,
                [
                    ("Первая встреча наставника и наставляемого", "6.1"),
                    ("встреча-планирование совместной работы", "6.3"),
                    ("регулярные встречи пар", "6.4"),
                    ("сбор обратной связи от участников", "6.5"),
                ],
            ),
        ),
        (
            7,
            "Завершение программы наставничества",
            _s3(
                7,
                [
                    ("Итоговое мероприятие с награждением лучших наставников", "7.2"),
                    ("мониторинг качества реализации программы", "7.3"),
                    ("публикация результатов на сайте школы", "7.6"),
                ],
            ),
        ),
    ],
    "one table row per stage: activities joined by «;» (stages 1, 2, 4, 6, 7) or bullets (3, 5), one date "
    "and one responsible per stage",
)

S3_BULLETS = frozenset({3, 5})


def doc_semicolons(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Serif", 11.5)
    doc.sections[0].left_margin = Cm(2.0)
    p = _para(doc, "УТВЕРЖДАЮ", align="r")
    _para(doc, "Директор МОУ «ООШ с. Красноармейское»", align="r")
    _para(doc, "__________ Т. А. Зинченко", align="r")
    p = _para(doc, "Приказ № 96 от 28.08.2020 г.", align="r")
    gap(p, after=14)
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(doc, "по внедрению целевой модели наставничества", bold=True, align="c")
    p = _para(doc, f"в {rm.org} на 2020-2021 учебный год", bold=True, align="c")
    gap(p, after=10)
    table = new_table(doc, ["№", "Этап", "Мероприятия", "Срок", "Ответственные"])
    for stage_id, heading, acts in rm.stages:
        texts = [a.text for a in acts]
        if stage_id in S3_BULLETS:
            cell = "\n".join(f"• {t}{';' if k < len(texts) - 1 else '.'}" for k, t in enumerate(texts))
        else:
            cell = "; ".join(texts) + "."
        assert len({(a.date, a.resp) for a in acts}) == 1
        add_row(table, [f"{stage_id}.", heading, cell, acts[0].date, acts[0].resp])
    set_widths(table, [0.9, 3.6, 7.4, 2.6, 3.5])
    p = _para(doc, "Ответственный за реализацию дорожной карты: зам. директора по УВР С. П. Лаптева")
    gap(p, before=12)
    return doc


# =========================================================================== 4: dates first
# Columns «Сроки | Мероприятие | Ответственный»; stage rows span the table.

DATES_FIRST = Roadmap(
    "h33_photo_dates_first",
    "photo",
    "МАОУ «Лицей № 9» г. Волжского",
    2025,
    "target_model_2019",
    [
        (
            1,
            "1. Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Приказ «Об организации наставничества в 2025/2026 учебном году»",
                    "до 05.09.2025",
                    "Директор",
                    None,
                    ("dl", 5, 9, 2025),
                    "director",
                ),
                act(
                    "Педагогический совет: знакомство коллектива с программой наставничества лицея",
                    "Сентябрь",
                    "Зам. директора по УВР",
                    "1.1",
                    ("m", 9),
                    "deputy_director_academic",
                ),
                act(
                    "Родительский лекторий «Наставник для моего ребёнка»",
                    "Сентябрь",
                    "Советник директора по воспитанию, классные руководители",
                    "1.2",
                    ("m", 9),
                    "senior_counselor",
                    "class_teacher",
                ),
                act(
                    "Ученическая конференция: презентация программы наставничества лицеистам",
                    "Сентябрь – октябрь",
                    "Старший вожатый",
                    "1.4",
                    ("r", 9, 10),
                    "senior_counselor",
                ),
            ],
        ),
        (
            2,
            "2. Формирование базы наставляемых",
            [
                act(
                    "Анкетирование лицеистов, желающих найти наставника",
                    "Октябрь",
                    "Педагог-психолог",
                    "2.1",
                    ("m", 10),
                    "psychologist",
                ),
                act(
                    "Обработка анкет, формирование базы наставляемых",
                    "до 20.10.2025",
                    "Куратор наставничества",
                    "2.3",
                    ("dl", 20, 10, 2025),
                    "program_curator",
                ),
            ],
        ),
        (
            3,
            "3. Формирование базы наставников",
            [
                act(
                    "Входная оценка наставляемых (учебная мотивация, успеваемость) для мониторинга влияния "
                    "программы",
                    "Октябрь",
                    "Педагог-психолог",
                    "3.2",
                    ("m", 10),
                    "psychologist",
                ),
                act(
                    "Анкетирование учителей и старшеклассников — кандидатов в наставники",
                    "Октябрь",
                    "Куратор наставничества",
                    "3.3",
                    ("m", 10),
                    "program_curator",
                ),
                act(
                    "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                    "Ноябрь",
                    "Куратор наставничества, педагог-психолог",
                    "3.4",
                    ("m", 11),
                    "program_curator",
                    "psychologist",
                ),
            ],
        ),
        (
            4,
            "4. Отбор и обучение наставников",
            [
                act(
                    "Цикл практикумов для наставников «Как выстроить доверие»",
                    "Ноябрь",
                    "Педагог-психолог, методист",
                    "4.4",
                    ("m", 11),
                    "psychologist",
                    "methodologist",
                ),
            ],
        ),
        (
            5,
            "5. Формирование наставнических пар и групп",
            [
                act(
                    "Организационное собрание всех наставников и наставляемых",
                    "Декабрь",
                    "Куратор наставничества",
                    "5.1",
                    ("m", 12),
                    "program_curator",
                ),
                act(
                    "Объявление состава пар и групп, приказ об их закреплении",
                    "Декабрь",
                    "Директор",
                    "5.4",
                    ("m", 12),
                    "director",
                ),
            ],
        ),
        (
            6,
            "6. Организация работы наставнических пар и групп",
            [
                act(
                    "Регулярные встречи наставнических пар по утверждённому плану",
                    "II полугодие",
                    "Наставники",
                    "6.4",
                    ("r", 1, 5),
                    "mentors",
                ),
                act(
                    "Сбор обратной связи от наставляемых",
                    "Февраль, апрель",
                    "Классные руководители",
                    "6.5",
                    ("m", 2),
                    "class_teacher",
                ),
                act(
                    "Консультирование наставников по возникающим вопросам",
                    "Постоянно",
                    "Педагог-психолог",
                    None,
                    ("c",),
                    "psychologist",
                ),
                act(
                    "Заключительные встречи наставников с наставляемыми",
                    "Май",
                    "Наставники",
                    "6.6",
                    ("m", 5),
                    "mentors",
                ),
            ],
        ),
        (
            7,
            "7. Завершение программы наставничества",
            [
                act(
                    "Праздник «Спасибо, наставник!» с участием родителей и партнёров лицея",
                    "Май",
                    "Зам. директора по ВР",
                    "7.2",
                    ("m", 5),
                    "deputy_director_upbringing",
                ),
                act(
                    "Оформление кейсов лучших наставнических практик",
                    "Июнь",
                    "Руководители ШМО",
                    "7.5",
                    ("m", 6),
                    "head_of_methodical_association",
                ),
                act(
                    "Публикация итогов программы и историй успеха наставников на сайте лицея",
                    "Июнь",
                    "Ответственный за сайт",
                    "7.6",
                    ("m", 6),
                    "other",
                ),
            ],
        ),
    ],
    "table «Сроки | Мероприятие | Ответственный» (dates first), stage rows spanning the table",
)


def doc_dates_first(rm: Roadmap) -> DocxDocument:
    doc = new_doc("DejaVu Sans", 10.5)
    p = _para(doc, "Дорожная карта реализации программы наставничества", bold=True, align="c", size=12)
    p = _para(doc, f"{rm.org}, 2025/2026 уч. год", bold=True, align="c", size=12)
    gap(p, after=8)
    table = new_table(doc, ["Сроки", "Мероприятие", "Ответственный"])
    for _, heading, acts in rm.stages:
        add_span(table, heading)
        for a in acts:
            add_row(table, [a.date, a.text, a.resp])
    set_widths(table, [3.2, 9.6, 5.2])
    p = _para(doc, "Куратор наставничества: Н. С. Бережная, тел. 8 (8443) 41-22-07")
    gap(p, before=10)
    return doc


# =========================================================================== 5: «Этап N» cell
# Stage rows carry only «Этап 3» in the first cell; the stage name is in the (merged) next cell.

STAGE_LABEL = Roadmap(
    "h33_png_stage_label_cell",
    "png",
    "МБОУ «Кадетская школа № 1» г. Ставрополя",
    2019,
    "target_model_2019",
    [
        (
            1,
            "Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Изучение методологии (целевой модели) наставничества обучающихся административной командой",
                    "январь 2020 г.",
                    "Директор, заместители директора",
                    None,
                    ("m", 1, 2020),
                    "director",
                    "deputy_director",
                ),
                act(
                    "Приказ о внедрении целевой модели наставничества, создание рабочей группы",
                    "январь 2020 г.",
                    "Директор",
                    None,
                    ("m", 1, 2020),
                    "director",
                ),
                act(
                    "Информирование педагогического коллектива (совещание при директоре)",
                    "январь 2020 г.",
                    "Зам. директора по УВР",
                    "1.1",
                    ("m", 1, 2020),
                    "deputy_director_academic",
                ),
                act(
                    "Родительские собрания: информирование о программе наставничества",
                    "февраль 2020 г.",
                    "Классные руководители",
                    "1.2",
                    ("m", 2, 2020),
                    "class_teacher",
                ),
                act(
                    "Встреча кадет с выпускниками школы — курсантами военных вузов — для рассказа о "
                    "программе наставничества",
                    "февраль 2020 г.",
                    "Зам. директора по ВР",
                    "1.3",
                    ("m", 2, 2020),
                    "deputy_director_upbringing",
                ),
            ],
        ),
        (
            2,
            "Формирование базы наставляемых",
            [
                act(
                    "Анкетирование кадет 5–11 классов для выявления желающих участвовать в программе",
                    "февраль 2020 г.",
                    "Педагог-психолог",
                    "2.1",
                    ("m", 2, 2020),
                    "psychologist",
                ),
                act(
                    "Сбор согласий родителей на обработку персональных данных несовершеннолетних",
                    "февраль 2020 г.",
                    "Классные руководители",
                    "2.2",
                    ("m", 2, 2020),
                    "class_teacher",
                ),
                act(
                    "Формирование базы наставляемых",
                    "до 1 марта 2020 г.",
                    "Рабочая группа",
                    "2.3",
                    ("dl", 1, 3, 2020),
                    "other",
                ),
            ],
        ),
        (
            3,
            "Формирование базы наставников",
            [
                act(
                    "Анкетирование потенциальных наставников (педагоги, кадеты старших классов, "
                    "родители-военнослужащие)",
                    "март 2020 г.",
                    "Рабочая группа",
                    "3.3",
                    ("m", 3, 2020),
                    "other",
                ),
                act(
                    "Формирование базы наставников",
                    "март 2020 г.",
                    "Руководитель рабочей группы",
                    "3.4",
                    ("m", 3, 2020),
                    "other",
                ),
            ],
        ),
        (
            4,
            "Отбор и обучение наставников",
            [
                act(
                    "Собеседование с наставниками",
                    "март 2020 г.",
                    "Педагог-психолог",
                    "4.2",
                    ("m", 3, 2020),
                    "psychologist",
                ),
                act(
                    "Обучение наставников (вебинары, методические рекомендации)",
                    "март – апрель 2020 г.",
                    "Зам. директора по УВР, тьютор",
                    "4.4",
                    ("r", 3, 4, 2020, 2020),
                    "deputy_director_academic",
                    "tutor",
                ),
            ],
        ),
        (
            5,
            "Формирование наставнических пар и групп",
            [
                act(
                    "Групповая встреча наставников и наставляемых",
                    "апрель 2020 г.",
                    "Рабочая группа",
                    "5.1",
                    ("m", 4, 2020),
                    "other",
                ),
                act(
                    "Анализ анкет и формирование наставнических пар",
                    "апрель 2020 г.",
                    "Педагог-психолог",
                    "5.3",
                    ("m", 4, 2020),
                    "psychologist",
                ),
                act(
                    "Приказ о закреплении наставнических пар",
                    "апрель 2020 г.",
                    "Директор",
                    "5.4",
                    ("m", 4, 2020),
                    "director",
                ),
            ],
        ),
        (
            6,
            "Организация работы наставнических пар и групп",
            [
                act(
                    "Организационная встреча наставника и наставляемого",
                    "апрель 2020 г.",
                    "Наставники",
                    "6.1",
                    ("m", 4, 2020),
                    "mentors",
                ),
                act(
                    "Пробная рабочая встреча наставника и наставляемого",
                    "апрель 2020 г.",
                    "Наставники",
                    "6.2",
                    ("m", 4, 2020),
                    "mentors",
                ),
                act(
                    "Регулярные встречи пар (в том числе в дистанционном формате)",
                    "апрель – май 2020 г.",
                    "Наставники",
                    "6.4",
                    ("r", 4, 5, 2020, 2020),
                    "mentors",
                ),
                act(
                    "Анкетирование участников: удовлетворённость участием в программе",
                    "май 2020 г.",
                    "Педагог-психолог",
                    "6.8",
                    ("m", 5, 2020),
                    "psychologist",
                ),
            ],
        ),
        (
            7,
            "Завершение наставничества",
            [
                act(
                    "Подведение итогов на торжественной линейке, награждение лучших наставников",
                    "май 2020 г.",
                    "Директор",
                    "7.2",
                    ("m", 5, 2020),
                    "director",
                ),
                act(
                    "Внесение данных об итогах программы в базы наставников и наставляемых",
                    "июнь 2020 г.",
                    "Куратор",
                    "7.7",
                    ("m", 6, 2020),
                    "program_curator",
                ),
                act(
                    "Отчёт о реализации дорожной карты на сайте школы",
                    "июнь 2020 г.",
                    "Зам. директора по УВР",
                    "7.6",
                    ("m", 6, 2020),
                    "deputy_director_academic",
                ),
            ],
        ),
    ],
    "table; stage rows hold only «Этап N» in the first cell and the stage name in the merged next cell",
)


def doc_stage_label(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Sans", 10, landscape=True)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.0)
    _para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c", size=12)
    _para(
        doc,
        "по внедрению методологии (целевой модели) наставничества обучающихся",
        bold=True,
        align="c",
        size=12,
    )
    _para(doc, f"в {rm.org} на 2019/2020 учебный год", bold=True, align="c", size=12)
    p = _para(
        doc,
        "Основание: распоряжение Министерства просвещения Российской Федерации от 25.12.2019 № Р-145; "
        "приказ по школе от 14.01.2020 № 7-о.",
        align="c",
        size=9,
    )
    gap(p, after=6)
    table = new_table(doc, ["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Отметка о выполнении"])
    n = 0
    for stage_id, heading, acts in rm.stages:
        add_span(table, heading, first=1, lead=f"Этап {stage_id}")
        for a in acts:
            n += 1
            add_row(table, [f"{n}.", a.text, a.date, a.resp, ""])
    set_widths(table, [1.8, 12.7, 3.8, 5.4, 3.0])
    return doc


# =========================================================================== 6: long wrapped texts
# Very long activity texts (3–4 lines) in a narrow column; wide result column; two pages.

LONG = Roadmap(
    "h33_pdf_long_wrapped",
    "pdf",
    "МБОУ «Гимназия № 6» г. Благовещенска",
    2022,
    "target_model_2019",
    [
        (
            1,
            "I. Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Ознакомление педагогического коллектива гимназии с целями, формами и ожидаемыми "
                    "результатами программы наставничества на педагогическом совете",
                    "сентябрь 2022 г.",
                    "зам. директора по НМР",
                    "1.1",
                    ("m", 9, 2022),
                    "deputy_director",
                ),
                act(
                    "Проведение родительских собраний в 5–11 классах с разъяснением порядка участия детей в "
                    "программе наставничества",
                    "сентябрь – октябрь 2022 г.",
                    "классные руководители",
                    "1.2",
                    ("r", 9, 10, 2022, 2022),
                    "class_teacher",
                ),
                act(
                    "Организация встречи гимназистов с выпускниками прошлых лет и представителями вузов-"
                    "партнёров для рассказа о программе наставничества",
                    "октябрь 2022 г.",
                    "зам. директора по ВР, советник директора по воспитанию",
                    "1.3",
                    ("m", 10, 2022),
                    "deputy_director_upbringing",
                    "senior_counselor",
                ),
            ],
        ),
        (
            2,
            "II. Формирование базы наставляемых",
            [
                act(
                    "Проведение анкетирования обучающихся и молодых специалистов, желающих стать наставляемыми, "
                    "со сбором согласий на обработку персональных данных",
                    "октябрь",
                    "педагог-психолог",
                    "2.1",
                    ("m", 10),
                    "psychologist",
                ),
                act(
                    "Анализ анкет, характеристик классных руководителей и сведений социального педагога; "
                    "формирование базы наставляемых на учебный год",
                    "ноябрь",
                    "куратор программы",
                    "2.3",
                    ("m", 11),
                    "program_curator",
                ),
            ],
        ),
        (
            3,
            "III. Формирование базы наставников",
            [
                act(
                    "Определение форм наставничества, востребованных в гимназии в текущем году, исходя из "
                    "запросов наставляемых и кадровых возможностей",
                    "ноябрь",
                    "методический совет гимназии",
                    "3.1",
                    ("m", 11),
                    "other",
                ),
                act(
                    "Первичная диагностика наставляемых (учебная мотивация, адаптация, личностные результаты) "
                    "для последующего мониторинга влияния программы",
                    "ноябрь",
                    "педагог-психолог",
                    "3.2",
                    ("m", 11),
                    "psychologist",
                ),
                act(
                    "Анкетирование педагогов, старшеклассников и родителей, желающих выступить наставниками, "
                    "и сбор их согласий на обработку персональных данных",
                    "ноябрь – декабрь",
                    "куратор программы, руководители ШМО",
                    "3.3",
                    ("r", 11, 12),
                    "program_curator",
                    "head_of_methodical_association",
                ),
            ],
        ),
        (
            4,
            "IV. Отбор и обучение наставников",
            [
                act(
                    "Обучение наставников по программе повышения квалификации «Наставничество в школе» с "
                    "привлечением специалистов областного института развития образования",
                    "декабрь 2022 г. – январь 2023 г.",
                    "зам. директора по НМР, методист",
                    "4.4",
                    ("r", 12, 1, 2022, 2023),
                    "deputy_director",
                    "methodologist",
                ),
            ],
        ),
        (
            5,
            "V. Формирование наставнических пар и групп",
            [
                act(
                    "Проведение групповой встречи наставников и наставляемых в формате квеста, чтобы "
                    "участники познакомились и обсудили ожидания от совместной работы",
                    "январь",
                    "куратор программы",
                    "5.1",
                    ("m", 1),
                    "program_curator",
                ),
                act(
                    "Информирование участников о сложившихся наставнических парах и группах, издание приказа "
                    "директора об их закреплении",
                    "до 1 февраля 2023 г.",
                    "директор",
                    "5.4",
                    ("dl", 1, 2, 2023),
                    "director",
                ),
            ],
        ),
        (
            6,
            "VI. Организация работы наставнических пар и групп",
            [
                act(
                    "Проведение регулярных встреч наставников и наставляемых по индивидуальным планам не реже "
                    "двух раз в месяц с записью результатов в журнал наставника",
                    "февраль – май",
                    "наставники",
                    "6.4",
                    ("r", 2, 5),
                    "mentors",
                ),
                act(
                    "Сбор обратной связи от наставников, наставляемых и родителей о ходе программы через "
                    "онлайн-анкеты и интервью, корректировка планов",
                    "март",
                    "куратор программы",
                    "6.5",
                    ("m", 3),
                    "program_curator",
                ),
                act(
                    "Итоговое анкетирование участников для мониторинга личной удовлетворённости участием в "
                    "наставничестве, подготовка аналитической справки",
                    "апрель",
                    "педагог-психолог",
                    "6.8",
                    ("m", 4),
                    "psychologist",
                ),
            ],
        ),
        (
            7,
            "VII. Завершение программы наставничества",
            [
                act(
                    "Торжественная церемония подведения итогов программы наставничества с приглашением "
                    "родителей и партнёров, награждение лучших наставников",
                    "май 2023 г.",
                    "директор, зам. директора по ВР",
                    "7.2",
                    ("m", 5, 2023),
                    "director",
                    "deputy_director_upbringing",
                ),
                act(
                    "Повторная оценка наставляемых и наставников по тем же параметрам, что и на входе, для "
                    "определения влияния программы на их результаты",
                    "май",
                    "педагог-психолог",
                    "7.4",
                    ("m", 5),
                    "psychologist",
                ),
                act(
                    "Размещение результатов программы, материалов о лучших наставниках и кейсов практик на "
                    "официальном сайте гимназии и в социальных сетях",
                    "июнь",
                    "ответственный за сайт",
                    "7.6",
                    ("m", 6),
                    "other",
                ),
            ],
        ),
    ],
    "table with long activity texts wrapped over 3–4 lines in a narrow column, wide result column, "
    "full-width Roman stage rows, header repeated on page 2",
)

LONG_RESULTS = [
    "Коллектив осведомлён о программе",
    "Родители знают о программе, получены первые заявки",
    "Гимназисты знают о возможностях программы",
    "Заполнено не менее 60 анкет",
    "База наставляемых",
    "Перечень форм наставничества",
    "Результаты входной диагностики",
    "Анкеты, согласия",
    "Удостоверения о повышении квалификации",
    "Протокол встречи",
    "Приказ о закреплении пар",
    "Журналы наставников",
    "Сводка обратной связи",
    "Аналитическая справка",
    "Сценарий, фотоотчёт",
    "Сравнительный отчёт по входной и итоговой оценке",
    "Публикации на сайте",
]


def doc_long(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Serif", 11)
    doc.sections[0].left_margin = Cm(2.0)
    doc.sections[0].right_margin = Cm(1.0)
    _para(doc, "УТВЕРЖДЕНО", align="r")
    _para(doc, "приказом директора гимназии", align="r")
    p = _para(doc, "от 29.08.2022 № 301", align="r")
    gap(p, after=10)
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(doc, "внедрения целевой модели наставничества обучающихся", bold=True, align="c")
    p = _para(doc, f"в {rm.org} на 2022-2023 учебный год", bold=True, align="c")
    gap(p, after=8)
    table = new_table(
        doc,
        ["№", "Содержание мероприятия", "Срок", "Ответственные", "Ожидаемый результат"],
        repeat_header=True,
    )
    n = 0
    for _, heading, acts in rm.stages:
        add_span(table, heading)
        for a in acts:
            add_row(table, [f"{n + 1}.", a.text, a.date, a.resp, LONG_RESULTS[n]])
            n += 1
    assert n == len(LONG_RESULTS)
    set_widths(table, [1.0, 6.9, 3.0, 3.5, 3.6])
    return doc


# =========================================================================== 7: teachers, 2022 model
# System of mentoring of pedagogical workers; stage rows span the table; «Ежегодно, до 1 октября».

TEACHERS = Roadmap(
    "h33_png_teachers_2022",
    "png",
    "МКОУ «Никольская СОШ»",
    2024,
    "teachers_2022",
    [
        (
            1,
            "1. Подготовка условий для реализации системы наставничества",
            [
                act(
                    "Разработка и утверждение Положения о системе наставничества педагогических работников",
                    "до 1 сентября 2024 г.",
                    "Директор",
                    None,
                    ("dl", 1, 9, 2024),
                    "director",
                ),
                act(
                    "Приказ о назначении куратора реализации программ наставничества",
                    "Ежегодно, до 1 октября",
                    "Директор",
                    None,
                    ("dl", 1, 10),
                    "director",
                    annual=True,
                ),
                act(
                    "Утверждение дорожной карты внедрения системы наставничества",
                    "Сентябрь",
                    "Заместитель директора по УВР",
                    None,
                    ("m", 9),
                    "deputy_director_academic",
                ),
            ],
        ),
        (
            2,
            "2. Формирование банка наставляемых",
            [
                act(
                    "Анкетирование педагогов для выявления профессиональных затруднений и запросов",
                    "до 15 сентября",
                    "Куратор",
                    None,
                    ("dl", 15, 9),
                    "program_curator",
                ),
                act(
                    "Формирование банка наставляемых (молодые специалисты, педагоги, сменившие должность)",
                    "Ежегодно, до 1 октября",
                    "Куратор",
                    None,
                    ("dl", 1, 10),
                    "program_curator",
                    annual=True,
                ),
            ],
        ),
        (
            3,
            "3. Формирование банка наставников",
            [
                act(
                    "Отбор кандидатов в наставники из числа опытных педагогов, получение их согласия",
                    "Сентябрь",
                    "Директор, руководители ШМО",
                    None,
                    ("m", 9),
                    "director",
                    "head_of_methodical_association",
                ),
                act(
                    "Формирование банка наставников",
                    "до 1 октября",
                    "Куратор",
                    None,
                    ("dl", 1, 10),
                    "program_curator",
                ),
            ],
        ),
        (
            4,
            "4. Отбор и обучение",
            [
                act(
                    "Подбор наставника для каждого наставляемого с учётом его запроса",
                    "Сентябрь – октябрь",
                    "Куратор",
                    None,
                    ("r", 9, 10),
                    "program_curator",
                ),
                act(
                    "Курсы повышения квалификации для наставников",
                    "По мере необходимости",
                    "Наставники",
                    None,
                    ("u",),
                    "mentors",
                ),
                act(
                    "Семинары-практикумы и обмен опытом наставников",
                    "В течение года",
                    "Руководители ШМО",
                    None,
                    ("c",),
                    "head_of_methodical_association",
                ),
            ],
        ),
        (
            5,
            "5. Организация и осуществление работы наставнических пар/групп",
            [
                act(
                    "Приказ о закреплении наставнических пар/групп",
                    "до 1 октября",
                    "Директор",
                    None,
                    ("dl", 1, 10),
                    "director",
                ),
                act(
                    "Разработка персонализированных программ наставничества",
                    "до 1 ноября",
                    "Наставники",
                    None,
                    ("dl", 1, 11),
                    "mentors",
                ),
                act(
                    "Реализация персонализированных программ: взаимопосещение уроков, совместная подготовка "
                    "открытых занятий",
                    "Ноябрь – май",
                    "Наставники, наставляемые",
                    None,
                    ("r", 11, 5),
                    "mentors",
                    "other",
                ),
                act(
                    "Промежуточное анкетирование наставляемых",
                    "Январь",
                    "Педагог-психолог",
                    None,
                    ("m", 1),
                    "psychologist",
                ),
            ],
        ),
        (
            6,
            "6. Завершение персонализированных программ наставничества",
            [
                act(
                    "Отчёты наставников о выполнении персонализированных программ",
                    "до 25 мая",
                    "Наставники",
                    None,
                    ("dl", 25, 5),
                    "mentors",
                ),
                act(
                    "Мониторинг качества реализации персонализированных программ наставничества",
                    "Май",
                    "Куратор",
                    None,
                    ("m", 5),
                    "program_curator",
                ),
                act(
                    "Методический семинар «Лучшие практики наставничества», поощрение наставников",
                    "Май – июнь",
                    "Заместитель директора по УВР",
                    None,
                    ("r", 5, 6),
                    "deputy_director_academic",
                ),
            ],
        ),
        (
            7,
            "7. Информационная поддержка системы наставничества",
            [
                act(
                    "Создание и наполнение раздела «Наставничество» на сайте школы",
                    "Сентябрь",
                    "Ответственный за сайт",
                    None,
                    ("m", 9),
                    "other",
                ),
                act(
                    "Освещение мероприятий в социальных сетях и районной газете",
                    "Постоянно",
                    "Куратор, советник директора по воспитанию",
                    None,
                    ("c",),
                    "program_curator",
                    "senior_counselor",
                ),
            ],
        ),
    ],
    "2022 model (pedagogical workers): table «№ п/п | Содержание работы | Сроки исполнения | Исполнители», "
    "stage rows spanning the table, numbered 1.1, 1.2 …",
)


def doc_teachers(rm: Roadmap) -> DocxDocument:
    doc = new_doc("DejaVu Serif", 10)
    _para(doc, "Отдел образования администрации Ольховатского муниципального района", align="c", size=9)
    p = _para(doc, "Воронежской области", align="c", size=9)
    gap(p, after=8)
    _para(doc, "Рассмотрено на педагогическом совете", size=9)
    p = _para(doc, "протокол № 1 от 29.08.2024", size=9)
    gap(p, after=10)
    _para(doc, "Дорожная карта", bold=True, align="c", size=13)
    _para(doc, "реализации системы наставничества педагогических работников", bold=True, align="c")
    p = _para(doc, f"в {rm.org} на 2024–2025 учебный год", bold=True, align="c")
    gap(p, after=8)
    table = new_table(doc, ["№ п/п", "Содержание работы", "Сроки исполнения", "Исполнители"])
    for stage_id, heading, acts in rm.stages:
        add_span(table, heading)
        for k, a in enumerate(acts, start=1):
            add_row(table, [f"{stage_id}.{k}", a.text, a.date, a.resp])
    set_widths(table, [1.4, 9.4, 3.6, 3.6])
    return doc


# =========================================================================== 8: decorative title
# Title in bold, condensed, letter-spaced, shadowed capitals; otherwise a numbered table.

DECOR = Roadmap(
    "h33_photo_decorative_title",
    "photo",
    "МАОУ «СРЕДНЯЯ ШКОЛА № 12» Г. ТАМБОВА",
    2026,
    "target_model_2019",
    [
        (
            1,
            "Подготовка условий для запуска программы наставничества",
            [
                act(
                    "Приказ об утверждении дорожной карты и назначении куратора ЦМН",
                    "до 01.09.2026",
                    "Директор",
                    None,
                    ("dl", 1, 9, 2026),
                    "director",
                ),
                act(
                    "Информирование педагогов на установочном педсовете",
                    "август 2026 г.",
                    "Зам. директора по УВР",
                    "1.1",
                    ("m", 8, 2026),
                    "deputy_director_academic",
                ),
                act(
                    "Информирование родителей через родительские чаты и собрания",
                    "сентябрь",
                    "Классные руководители",
                    "1.2",
                    ("m", 9),
                    "class_teacher",
                ),
                act(
                    "Презентация программы наставничества для обучающихся на общешкольной линейке",
                    "сентябрь",
                    "Советник директора по воспитанию",
                    "1.4",
                    ("m", 9),
                    "senior_counselor",
                ),
            ],
        ),
        (
            2,
            "Формирование базы наставляемых",
            [
                act(
                    "Анкетирование обучающихся и педагогов — потенциальных наставляемых",
                    "сентябрь – октябрь",
                    "Педагог-психолог, социальный педагог",
                    "2.1",
                    ("r", 9, 10),
                    "psychologist",
                    "social_pedagogue",
                ),
                act(
                    "Формирование базы наставляемых",
                    "октябрь",
                    "Куратор ЦМН",
                    "2.3",
                    ("m", 10),
                    "program_curator",
                ),
            ],
        ),
        (
            3,
            "Формирование базы наставников",
            [
                act(
                    "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
                    "октябрь",
                    "Куратор ЦМН",
                    "3.3",
                    ("m", 10),
                    "program_curator",
                ),
                act(
                    "Формирование базы наставников",
                    "до 1 ноября",
                    "Куратор ЦМН",
                    "3.4",
                    ("dl", 1, 11),
                    "program_curator",
                ),
            ],
        ),
        (
            4,
            "Отбор и обучение наставников",
            [
                act(
                    "Поиск экспертов и методических материалов для обучения наставников",
                    "октябрь",
                    "Методист",
                    "4.3",
                    ("m", 10),
                    "methodologist",
                ),
                act(
                    "Обучение наставников",
                    "ноябрь",
                    "Методист, педагог-психолог",
                    "4.4",
                    ("m", 11),
                    "methodologist",
                    "psychologist",
                ),
            ],
        ),
        (
            5,
            "Формирование наставнических пар и групп",
            [
                act(
                    "Групповая встреча «Найди своего наставника»",
                    "ноябрь",
                    "Куратор ЦМН",
                    "5.1",
                    ("m", 11),
                    "program_curator",
                ),
                act(
                    "Анализ анкет, формирование пар и групп",
                    "ноябрь",
                    "Куратор ЦМН",
                    "5.3",
                    ("m", 11),
                    "program_curator",
                ),
                act(
                    "Приказ о закреплении наставнических пар и групп",
                    "декабрь",
                    "Директор",
                    "5.4",
                    ("m", 12),
                    "director",
                ),
            ],
        ),
        (
            6,
            "Организация работы наставнических пар и групп",
            [
                act(
                    "Встреча-планирование рабочего процесса в парах",
                    "декабрь",
                    "Наставники",
                    "6.3",
                    ("m", 12),
                    "mentors",
                ),
                act(
                    "Регулярные встречи наставников и наставляемых",
                    "в течение года",
                    "Наставники",
                    "6.4",
                    ("c",),
                    "mentors",
                ),
                act(
                    "Групповая заключительная встреча всех пар и групп",
                    "апрель",
                    "Куратор ЦМН",
                    "6.7",
                    ("m", 4),
                    "program_curator",
                ),
            ],
        ),
        (
            7,
            "Завершение наставничества",
            [
                act(
                    "Приглашение участников, родителей и партнёров на итоговое мероприятие",
                    "апрель",
                    "Зам. директора по ВР",
                    "7.1",
                    ("m", 4),
                    "deputy_director_upbringing",
                ),
                act(
                    "Фестиваль наставнических практик, награждение лучших наставников",
                    "май",
                    "Директор",
                    "7.2",
                    ("m", 5),
                    "director",
                ),
                act(
                    "Мониторинг качества реализации программы",
                    "май",
                    "Куратор ЦМН",
                    "7.3",
                    ("m", 5),
                    "program_curator",
                ),
                act(
                    "Формирование долгосрочной базы наставников",
                    "июнь",
                    "Куратор ЦМН",
                    "7.8",
                    ("m", 6),
                    "program_curator",
                ),
            ],
        ),
    ],
    "decorative title (bold condensed serif, capitals, letter-spaced, shadowed); table with numbered stage "
    "rows and a report-form column",
)

DECOR_FORMS = {
    None: "приказ",
    "1.1": "протокол",
    "1.2": "протоколы",
    "1.4": "фотоотчёт",
    "2.1": "анкеты",
    "2.3": "база",
    "3.3": "анкеты, согласия",
    "3.4": "база",
    "4.3": "перечень",
    "4.4": "сертификаты",
    "5.1": "протокол",
    "5.3": "списки пар",
    "5.4": "приказ",
    "6.3": "планы",
    "6.4": "журнал",
    "6.7": "фотоотчёт",
    "7.1": "приглашения",
    "7.2": "сценарий",
    "7.3": "справка",
    "7.8": "база",
}


def doc_decor(rm: Roadmap) -> DocxDocument:
    doc = new_doc("Liberation Serif", 10.5)
    for line in (
        "УТВЕРЖДАЮ",
        "Директор МАОУ «Средняя школа № 12» г. Тамбова",
        "________________ В. Г. Шарапов",
        "«28» августа 2026 г.",
    ):
        _para(doc, line, align="r", size=10)
    title = [
        "ДОРОЖНАЯ КАРТА",
        "ВНЕДРЕНИЯ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
        f"В {rm.org}",
        "НА 2026–2027 УЧЕБНЫЙ ГОД",
    ]
    for k, line in enumerate(title):
        p = _para(doc, line, bold=True, align="c", size=18 if k == 0 else 14)
        for run in p.runs:
            run.font.name = "DejaVu Serif Condensed"
            run.font.shadow = True
        letter_spacing(p, 40 if k == 0 else 20)
        if k == 0:
            gap(p, before=10, after=2)
    p.paragraph_format.space_after = Pt(10)
    table = new_table(doc, ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Форма отчётности"])
    for stage_id, heading, acts in rm.stages:
        add_span(table, heading, first=1, lead=f"{stage_id}.")
        for k, a in enumerate(acts, start=1):
            add_row(table, [f"{stage_id}.{k}.", a.text, a.date, a.resp, DECOR_FORMS[a.aid]])
    set_widths(table, [1.2, 7.4, 2.8, 3.7, 2.9])
    return doc


# --------------------------------------------------------------------------- main

BUILDS: list[tuple[Roadmap, Callable[[Roadmap], DocxDocument], int]] = [
    (DASH, doc_dash, 33001),
    (BRACKETS, doc_brackets, 33002),
    (SEMICOLONS, doc_semicolons, 33003),
    (DATES_FIRST, doc_dates_first, 33004),
    (STAGE_LABEL, doc_stage_label, 33005),
    (LONG, doc_long, 33006),
    (TEACHERS, doc_teachers, 33007),
    (DECOR, doc_decor, 33008),
]


def main() -> None:
    for rm, make_doc, seed in BUILDS:
        folder = HERE / rm.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        pdf = print_doc(make_doc(rm))
        pages = write_images(folder, rm, pdf, seed)
        rows = save_truth(folder, rm)
        files = ", ".join(sorted(p.name for p in folder.iterdir()))
        print(f"{rm.name}\t{rm.kind}\t{pages}\t{rows}\t{rm.model}\t{rm.layout}\t[{files}]")


if __name__ == "__main__":
    main()
