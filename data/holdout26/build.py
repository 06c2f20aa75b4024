"""Build the held-out image-only roadmaps in data/holdout26/<name>/ (one image input + truth.json).

Run: .venv/bin/python -m data.holdout26.build

Eight roadmaps that reach the project only as pictures of a printed page: three phone photos
(JPEG), a grey one-page scan (PNG), a grey two-page scan (multi-frame TIFF) and three scanned PDFs
holding nothing but page images.  Each is written as a DOCX first (python-docx), printed to PDF by
LibreOffice, its pages rendered at 170–300 dpi and turned into scans or photos with the helpers of
``data.build_format_samples``.  The rows carry their hand labels next to the printed text (``R`` of
``data.holdout.build``), so the picture and truth.json come from one place.  Noise and perspective
use fixed seeds.

Labels are what is printed.  The last roadmap is printed on three pages of which only the first two
were scanned: its truth holds the rows printed whole on those pages, and its status is «partial».
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    R,
    Row,
    TruthActivity,
    _new_document,
    _soffice_pdf,
    _text,
    truth_row,
    write_truth,
)

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/liberation2")

Align: TypeAlias = Literal["l", "c", "r"]
# A section of a roadmap: (stage id or None for a section that is no stage, heading, rows).
Section: TypeAlias = tuple[int | None, str, list[Row]]


# --------------------------------------------------------------------------- docx primitives


@dataclass(frozen=True)
class Look:
    """The typeface of one document."""

    font: str
    size: float
    landscape: bool = False
    margin_cm: float = 1.5


def new_doc(look: Look) -> DocxDocument:
    doc = _new_document(look.landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = look.font
    st.font.size = Pt(look.size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts is not None
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), look.font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(look.margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(look.margin_cm)
    return doc


def _align(p_align: Align | None) -> WD_ALIGN_PARAGRAPH | None:
    return {
        None: None,
        "l": WD_ALIGN_PARAGRAPH.LEFT,
        "c": WD_ALIGN_PARAGRAPH.CENTER,
        "r": WD_ALIGN_PARAGRAPH.RIGHT,
    }[p_align]


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    align: Align | None = None,
    size: float | None = None,
    italic: bool = False,
) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    alignment = _align(align)
    if alignment is not None:
        p.alignment = alignment


def put(
    cell: _Cell,
    text: str,
    bold: bool = False,
    italic: bool = False,
    align: Align | None = None,
    size: float | None = None,
) -> None:
    """Cell text, replacing what the cell held; '\n' starts a new paragraph."""
    paras = cell.paragraphs
    for extra in paras[1:]:
        extra._p.getparent().remove(extra._p)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = _align(align)
        if line:
            run = p.add_run(line)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)


def grid(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths in the grid and in every cell (a merged cell gets the sum of its columns)."""
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col : col + span]))
            col += span


def no_split(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def new_table(doc: DocxDocument, cols: int) -> Table:
    table: Table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def span_row(table: Table, text: str, bold: bool, italic: bool, fill: str | None = None) -> _Row:
    row = add_row(table)
    merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
    put(merged, text, bold=bold, italic=italic)
    if fill:
        shade(merged, fill)
    return row


# --------------------------------------------------------------------------- line wrapping


class Wrapper:
    """Counts the lines a paragraph takes in a table column (greedy word wrap, real glyph widths)."""

    def __init__(self, font_file: str, size_pt: float) -> None:
        self.font = ImageFont.truetype(str(FONTS / font_file), 200)
        self.scale = size_pt / 200.0

    def width_pt(self, text: str) -> float:
        return float(self.font.getlength(text)) * self.scale

    def lines(self, text: str, col_cm: float) -> int:
        avail = (col_cm - 2 * 0.19) * 72 / 2.54 * 0.98
        n, line = 1, ""
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if self.width_pt(trial) <= avail:
                line = trial
            else:
                n += 1
                line = word
        return n


# --------------------------------------------------------------------------- truth and images


def finish(
    folder: Path,
    org: str,
    y: int,
    acts: list[TruthActivity],
    model: str = "target_model_2019",
    status: str = "ok",
) -> None:
    write_truth(folder, org, y, acts)
    if model == "target_model_2019" and status == "ok":
        return
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["model"] = model
    truth["document"]["status"] = status
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def print_pdf(doc: DocxDocument) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        pdf_path = Path(tmp) / "roadmap.pdf"
        _soffice_pdf(docx_path, pdf_path)
        return pdf_path.read_bytes()


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def numbers_on_pages(pdf: bytes, pages: int, x_max_pt: float) -> list[str]:
    """The row numbers («4.2») printed in the № column of the first pages, in reading order.

    Rows are kept whole on one page (``no_split``), so a row whose number is on those pages is
    printed there in full.
    """
    found: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages[:pages]:
            for word in page.extract_words():
                if word["x0"] < x_max_pt and re.fullmatch(r"\d\.\d+", word["text"]):
                    found.append(word["text"])
    return found


def save_photo(pdf: bytes, folder: Path, dpi: int, seed: int, quality: int) -> None:
    assert page_count(pdf) == 1, page_count(pdf)
    photo = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    photo.save(folder / "roadmap.jpg", format="JPEG", quality=quality)


def scans(pdf: bytes, pages: int, dpi: int, seed: int) -> list[Image.Image]:
    rng = np.random.default_rng(seed)
    return [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]


def save_scan_pdf(images: list[Image.Image], folder: Path, dpi: int, scanned: dt.datetime) -> None:
    """A PDF of page images only, dated like the scanner would (fixed, so rebuilds are identical)."""
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=images[1:],
        resolution=float(dpi),
        quality=80,
        creationDate=scanned.timetuple(),
        modDate=scanned.timetuple(),
        producer="Canon MF Scan Utility",
    )
    (folder / "roadmap.pdf").write_bytes(buf.getvalue())


def annual(act: TruthActivity) -> TruthActivity:
    """«Ежегодно, до …»: a deadline that recurs every year."""
    out = act.copy()
    out["recurrence"] = "annual"
    return out


# =========================================================================== 1: rural school, photo
# МКОУ «Сретенская СОШ», 2021/2022. Portrait, Arial 9 pt, № | Мероприятие | Сроки | Ответственные,
# bold numbered stage rows spanning the table; photographed on a desk.

S1_ORG = "МКОУ «Сретенская СОШ»"
S1_YEAR = 2021

# fmt: off
S1_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R("Издание приказа о внедрении целевой модели наставничества и назначении куратора программы", "до 10 сентября", "Директор", None, ("dl", 10, 9), ["director"]),
            R("Ознакомление педагогического коллектива с целевой моделью наставничества на августовском педсовете", "30.08.2021", "Директор, зам. директора по УВР", "1.1", ("d", 30, 8, 2021), ["director", "deputy_director_academic"]),
            R("Информирование родителей о запуске программы наставничества на общешкольном родительском собрании", "сентябрь", "Кл. руководители, ЗДВР", "1.2", ("m", 9), ["class_teacher", "deputy_director_upbringing"]),
            R("Встреча обучающихся 5–11 классов с куратором программы: знакомство с формами наставничества", "сентябрь", "Куратор программы", "1.4", ("m", 9), ["program_curator"]),
            R("Встреча с выпускниками школы и представителями СПК «Сретенский» о возможностях наставничества на селе", "октябрь", "Директор, куратор программы", "1.3", ("m", 10), ["director", "program_curator"]),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R("Анкетирование обучающихся, желающих участвовать в программе; сбор согласий на обработку персональных данных", "до 1 октября", "Кл. руководители", "2.1", ("dl", 1, 10), ["class_teacher"]),
            R("Сбор сведений о запросах наставляемых у классных руководителей, психолога и родителей, согласия законных представителей", "октябрь", "Педагог-психолог Смирнова О.Н., соц. педагог", "2.2", ("m", 10), ["psychologist", "social_pedagogue"]),
            R("Анализ собранных данных и составление базы наставляемых", "октябрь", "Куратор программы", "2.3", ("m", 10), ["program_curator"]),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R("Определение форм наставничества на учебный год («учитель – ученик», «ученик – ученик»)", "сентябрь – октябрь", "Рабочая группа", "3.1", ("r", 9, 10), ["other"]),
            R("Анкетирование педагогов и старшеклассников – потенциальных наставников, сбор их согласий", "октябрь", "ЗДУВР", "3.3", ("m", 10), ["deputy_director_academic"]),
            R("Сопоставление анкет наставников и наставляемых, формирование базы наставников", "до 5 ноября", "Куратор программы", "3.4", ("dl", 5, 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R("Собеседование с кандидатами в наставники (при участии педагога-психолога)", "ноябрь", "ЗДУВР, педагог-психолог", "4.2", ("m", 11), ["deputy_director_academic", "psychologist"]),
            R("Подбор методических материалов и специалистов для обучения наставников", "ноябрь", "Руководители ШМО", "4.3", ("m", 11), ["head_of_methodical_association"]),
            R("Обучающий семинар для наставников «Роль наставника в сельской школе»", "ноябрь – декабрь", "Куратор программы", "4.4", ("r", 11, 12), ["program_curator"]),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар / групп",
        [
            R("Общая встреча наставников и наставляемых, анкетирование о предпочтениях", "декабрь", "Куратор программы, кл. руководители", "5.1", ("m", 12), ["program_curator", "class_teacher"]),
            R("Утверждение состава наставнических пар приказом директора, информирование участников", "до 20 декабря", "Директор", "5.4", ("dl", 20, 12), ["director"]),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар / групп",
        [
            R("Первая (организационная) встреча наставника и наставляемого", "январь", "Наставники", "6.1", ("m", 1), ["mentors"]),
            R("Составление плана совместной работы пары", "январь", "Наставники, наставляемые", "6.3", ("m", 1), ["mentors", "other"]),
            R("Регулярные встречи пар по индивидуальному плану", "январь – апрель", "Наставники", "6.4", ("r", 1, 4), ["mentors"]),
            R("Сбор отзывов участников о ходе работы пар", "февраль, апрель", "Куратор программы", "6.5", ("m", 2), ["program_curator"]),
            R("Итоговая встреча всех пар и групп, анкетирование удовлетворённости участием в программе", "май", "Куратор программы, педагог-психолог", "6.7", ("m", 5), ["program_curator", "psychologist"]),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R("Школьный праздник «Спасибо наставнику!» с приглашением родителей и партнёров, награждение лучших наставников", "май", "ЗДВР, советник директора по воспитанию", "7.2", ("m", 5), ["deputy_director_upbringing", "senior_counselor"]),
            R("Мониторинг качества реализации программы наставничества", "май", "ЗДУВР", "7.3", ("m", 5), ["deputy_director_academic"]),
            R("Размещение итогов и лучших практик на сайте школы и в группе ВКонтакте", "июнь", "Ответственный за сайт", "7.6", ("m", 6), ["other"]),
            R("Объявление благодарности наставникам приказом по школе", "июнь", "Директор", None, ("m", 6), ["director"]),
        ],
    ),
]
# fmt: on


def build_s1(folder: Path) -> tuple[int, int]:
    look = Look("Arial", 9, margin_cm=1.2)
    doc = new_doc(look)
    para(
        doc,
        "Отдел образования администрации Шарьинского муниципального района Костромской области",
        align="c",
        size=8,
    )
    para(doc, "УТВЕРЖДАЮ", align="r")
    para(doc, "Директор МКОУ «Сретенская СОШ»", align="r")
    para(doc, "__________ Л.В. Кудрявцева", align="r")
    para(doc, "Приказ № 64 от 30.08.2021", align="r")
    para(doc, "")
    para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c", size=11)
    para(doc, "в МКОУ «Сретенская СОШ» на 2021–2022 учебный год", bold=True, align="c", size=11)
    para(doc, "")
    table = new_table(doc, 4)
    hdr = add_row(table)
    for i, h in enumerate(["№", "Мероприятие", "Сроки", "Ответственные"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in S1_SECTIONS:
        span_row(table, heading, bold=True, italic=False)
        for k, row in enumerate(rows, 1):
            tr = add_row(table)
            put(tr.cells[0], f"{stage_id}.{k}")
            put(tr.cells[1], row["text"])
            put(tr.cells[2], _text(row["date"]))
            put(tr.cells[3], _text(row["resp"]))
            truth.append(truth_row(row, stage_id, S1_YEAR))
    grid(table, [1.0, 10.4, 3.1, 4.4])
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    save_photo(pdf, folder, dpi=220, seed=26_0101, quality=82)
    finish(folder, S1_ORG, S1_YEAR, truth)
    return len(truth), pages


# =========================================================================== 2: kindergarten, photo
# МБДОУ «Детский сад № 9 «Теремок»» г. Альметьевска, 2023/2024. Landscape, Times 9 pt, italic
# stage rows, an «Ожидаемый результат» column; photographed.

S2_ORG = "МБДОУ «Детский сад № 9 «Теремок»» г. Альметьевска"
S2_YEAR = 2023

# fmt: off
S2_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R("Разработка и утверждение Положения о наставничестве в ДОУ", "сентябрь", "Заведующий", None, ("m", 9), ["director"], note="Положение утверждено"),
            R("Информирование педагогов о запуске программы наставничества на установочном педсовете", "сентябрь", "Старший воспитатель", "1.1", ("m", 9), ["other"], note="Протокол педсовета"),
            R("Информирование родителей (законных представителей) на групповых собраниях и через сайт детского сада", "сентябрь – октябрь", "Воспитатели групп", "1.2", ("r", 9, 10), ["teachers"], note="Протоколы собраний, публикация на сайте"),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R("Анкетирование молодых и вновь принятых педагогов для выявления затруднений, сбор согласий на обработку персональных данных", "до 15 сентября", "Старший воспитатель, педагог-психолог Лаптева Е.В.", "2.1", ("dl", 15, 9), ["other", "psychologist"], note="Анкеты, согласия"),
            R("Составление базы наставляемых по итогам анкетирования", "до 30 сентября", "Старший воспитатель", "2.3", ("dl", 30, 9), ["other"], note="База наставляемых"),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R("Определение форм наставничества («опытный педагог – молодой специалист», «воспитатель – воспитатель»)", "сентябрь", "Заведующий, старший воспитатель", "3.1", ("m", 9), ["director", "other"], note="Перечень форм"),
            R("Анкетирование опытных педагогов, готовых стать наставниками", "сентябрь", "Старший воспитатель", "3.3", ("m", 9), ["other"], note="Анкеты"),
            R("Формирование базы наставников ДОУ", "октябрь", "Старший воспитатель", "3.4", ("m", 10), ["other"], note="База наставников"),
        ],
    ),
    (
        4,
        "Этап 4. Обучение наставников",
        [
            R("Участие наставников в вебинарах и курсах по вопросам наставничества", "октябрь – ноябрь", "Наставники", "4.4", ("r", 10, 11), ["mentors"], note="Удостоверения, сертификаты"),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар",
        [
            R("Закрепление наставнических пар приказом заведующего", "до 1 ноября", "Заведующий", "5.4", ("dl", 1, 11), ["director"], note="Приказ"),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар",
        [
            R("Составление индивидуальных планов работы наставнических пар", "ноябрь", "Наставники", "6.3", ("m", 11), ["mentors"], note="Планы работы пар"),
            R("Взаимопосещение занятий, мастер-классы и консультации в парах", "в течение года", "Наставники, молодые специалисты", "6.4", ("c",), ["mentors", "other"], note="Листы взаимопосещений"),
            R("Промежуточный опрос участников (обратная связь)", "январь", "Педагог-психолог", "6.5", ("m", 1), ["psychologist"], note="Справка"),
            R("Анкетирование педагогов: удовлетворённость участием в программе", "апрель", "Педагог-психолог", "6.8", ("m", 4), ["psychologist"], note="Аналитическая справка"),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R("Итоговый педсовет: подведение итогов наставничества, чествование наставников", "май", "Заведующий, старший воспитатель", "7.2", ("m", 5), ["director", "other"], note="Протокол, грамоты"),
            R("Мониторинг качества реализации программы наставничества", "май", "Старший воспитатель", "7.3", ("m", 5), ["other"], note="Отчёт о мониторинге"),
            R("Оформление лучших практик наставничества в методическую копилку (кейсы)", "май", "Наставники, творческая группа", "7.5", ("m", 5), ["mentors", "other"], note="Кейсы"),
            R("Публикация итогов программы на сайте ДОУ", "июнь", "Старший воспитатель", "7.6", ("m", 6), ["other"], note="Публикация"),
            R("Отчёт о выполнении дорожной карты для управления образования", "июнь", "Заведующий", None, ("m", 6), ["director"], note="Отчёт"),
        ],
    ),
]
# fmt: on


def build_s2(folder: Path) -> tuple[int, int]:
    look = Look("Times New Roman", 9.5, landscape=True, margin_cm=1.0)
    doc = new_doc(look)
    para(doc, "Принято на педагогическом совете, протокол № 1 от 31.08.2023", size=9)
    para(
        doc,
        "Утверждаю: заведующий МБДОУ «Детский сад № 9 «Теремок»» ________ Р.Ф. Галиева",
        align="r",
        size=9,
    )
    para(doc, "Дорожная карта реализации целевой модели наставничества", bold=True, align="c", size=12)
    para(
        doc,
        "в МБДОУ «Детский сад № 9 «Теремок»» г. Альметьевска на 2023/2024 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "")
    table = new_table(doc, 5)
    hdr = add_row(table)
    for i, h in enumerate(["№", "Мероприятие", "Срок", "Ответственный", "Ожидаемый результат"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in S2_SECTIONS:
        span_row(table, heading, bold=False, italic=True)
        for row in rows:
            n += 1
            tr = add_row(table)
            put(tr.cells[0], str(n))
            put(tr.cells[1], row["text"])
            put(tr.cells[2], _text(row["date"]))
            put(tr.cells[3], _text(row["resp"]))
            put(tr.cells[4], row["note"])
            truth.append(truth_row(row, stage_id, S2_YEAR))
    grid(table, [0.9, 11.0, 3.3, 6.0, 6.4])
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    save_photo(pdf, folder, dpi=200, seed=26_0202, quality=78)
    finish(folder, S2_ORG, S2_YEAR, truth)
    return len(truth), pages


# =========================================================================== 3: boarding school, photo
# КГБОУ «Ачинская школа-интернат № 2», 2020/2021. Portrait, Calibri, no stage rows at all: one
# numbered list; every date carries its year; photographed.

S3_ORG = "КГБОУ «Ачинская школа-интернат № 2»"
S3_YEAR = 2020

# (stage of the row, row): the document prints no stages; the stage is the matched activity's.
# fmt: off
S3_ROWS: list[tuple[int, Row]] = [
    (1, R("Приказ о внедрении целевой модели наставничества, назначение куратора", "до 15.09.2020", "Директор", None, ("dl", 15, 9, 2020), ["director"])),
    (1, R("Педагогический совет: знакомство коллектива с методологией наставничества", "сентябрь 2020", "Зам. директора по УВР", "1.1", ("m", 9, 2020), ["deputy_director_academic"])),
    (1, R("Создание раздела «Наставничество» на сайте школы-интерната", "сентябрь 2020", "Ответственный за сайт", None, ("m", 9, 2020), ["other"])),
    (1, R("Информирование родителей (законных представителей) о программе наставничества", "сентябрь 2020", "Воспитатели, кл. руководители", "1.2", ("m", 9, 2020), ["teachers", "class_teacher"])),
    (1, R("Классные часы для обучающихся о программе наставничества", "октябрь 2020", "Кл. руководители", "1.4", ("m", 10, 2020), ["class_teacher"])),
    (2, R("Анкетирование обучающихся 7–9 классов, желающих участвовать в программе; согласия на обработку данных", "октябрь 2020", "Педагог-психолог", "2.1", ("m", 10, 2020), ["psychologist"])),
    (2, R("Сбор сведений о запросах наставляемых от воспитателей, социального педагога, родителей", "октябрь 2020", "Социальный педагог Жукова Т.А.", "2.2", ("m", 10, 2020), ["social_pedagogue"])),
    (3, R("Выбор форм наставничества («ученик – ученик», «учитель – ученик»)", "октябрь 2020", "Методический совет", "3.1", ("m", 10, 2020), ["other"])),
    (2, R("Формирование базы наставляемых", "ноябрь 2020", "Куратор программы", "2.3", ("m", 11, 2020), ["program_curator"])),
    (3, R("Входная диагностика наставляемых по заданным параметрам", "ноябрь 2020", "Педагог-психолог", "3.2", ("m", 11, 2020), ["psychologist"])),
    (3, R("Анкетирование потенциальных наставников из числа педагогов и выпускников, сбор согласий", "ноябрь 2020", "Куратор программы", "3.3", ("m", 11, 2020), ["program_curator"])),
    (3, R("Формирование базы наставников", "ноябрь 2020", "Куратор программы", "3.4", ("m", 11, 2020), ["program_curator"])),
    (4, R("Семинар-практикум для наставников «Как сопровождать воспитанника интерната»", "декабрь 2020", "Зам. директора по УВР, педагог-психолог", "4.4", ("m", 12, 2020), ["deputy_director_academic", "psychologist"])),
    (5, R("Встреча-знакомство наставников и наставляемых", "декабрь 2020", "Куратор программы", "5.1", ("m", 12, 2020), ["program_curator"])),
    (5, R("Закрепление наставнических пар приказом директора", "декабрь 2020", "Директор", "5.4", ("m", 12, 2020), ["director"])),
    (6, R("Организационная встреча наставника и наставляемого", "январь 2021", "Наставники", "6.1", ("m", 1, 2021), ["mentors"])),
    (6, R("Регулярная работа наставнических пар по планам", "январь – май 2021", "Наставники", "6.4", ("r", 1, 5, 2021, 2021), ["mentors"])),
    (6, R("Сбор обратной связи от наставляемых", "март 2021", "Куратор программы", "6.5", ("m", 3, 2021), ["program_curator"])),
    (6, R("Заключительная встреча наставника и наставляемого", "май 2021", "Наставники", "6.6", ("m", 5, 2021), ["mentors"])),
    (6, R("Мониторинг удовлетворённости участников программой наставничества", "май 2021", "Педагог-психолог", "6.8", ("m", 5, 2021), ["psychologist"])),
    (7, R("Торжественное подведение итогов года, награждение лучших наставников", "май 2021", "Директор, зам. директора по ВР", "7.2", ("m", 5, 2021), ["director", "deputy_director_upbringing"])),
    (7, R("Размещение отчёта и лучших практик на сайте школы-интерната", "июнь 2021", "Зам. директора по ВР", "7.6", ("m", 6, 2021), ["deputy_director_upbringing"])),
    (7, R("Вручение благодарственных писем наставникам", "июнь 2021", "Директор", None, ("m", 6, 2021), ["director"])),
]
# fmt: on


def build_s3(folder: Path) -> tuple[int, int]:
    look = Look("Calibri", 10, margin_cm=1.5)
    doc = new_doc(look)
    para(doc, "Приложение № 1 к приказу от 01.09.2020 № 112", align="r", size=9)
    para(doc, "")
    para(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=12)
    para(doc, "по внедрению целевой модели наставничества", bold=True, align="c", size=12)
    para(doc, "в КГБОУ «Ачинская школа-интернат № 2» на 2020-2021 учебный год", bold=True, align="c", size=12)
    para(doc, "")
    table = new_table(doc, 4)
    hdr = add_row(table)
    for i, h in enumerate(["№ п/п", "Содержание деятельности", "Срок", "Исполнители"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    for n, (stage_id, row) in enumerate(S3_ROWS, 1):
        tr = add_row(table)
        put(tr.cells[0], f"{n}.", align="c")
        put(tr.cells[1], row["text"])
        put(tr.cells[2], _text(row["date"]))
        put(tr.cells[3], _text(row["resp"]))
        truth.append(truth_row(row, stage_id, S3_YEAR))
    grid(table, [1.2, 9.6, 3.0, 4.2])
    para(doc, "")
    para(doc, "Исполнитель: Мельникова И.В., куратор программы наставничества", size=9)
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    save_photo(pdf, folder, dpi=180, seed=26_0303, quality=75)
    finish(folder, S3_ORG, S3_YEAR, truth)
    return len(truth), pages


# =========================================================================== 4: school, PNG scan
# МБОУ «СОШ № 21» г. Улан-Удэ, 2024/2025. Portrait, Times 10 pt, a column-number row, stage rows
# whose Roman numeral stands in the № cell and the name in the next (other cells left empty),
# day dates, a quarter and half-years; one grey page.

S4_ORG = "МБОУ «СОШ № 21» г. Улан-Удэ"
S4_YEAR = 2024

# fmt: off
S4_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R("Информирование педагогов на совещании при директоре о запуске программы наставничества", "05.09.2024", "Директор", "1.1", ("d", 5, 9, 2024), ["director"]),
            R("Разработка и утверждение программы наставничества и дорожной карты", "до 15.09.2024", "ЗДУВР Батуева С.Д.", None, ("dl", 15, 9, 2024), ["deputy_director_academic"]),
            R("Общешкольное родительское собрание: информирование о программе наставничества", "19.09.2024", "ЗДВР, кл. руководители", "1.2", ("d", 19, 9, 2024), ["deputy_director_upbringing", "class_teacher"]),
            R("Встреча с выпускниками и представителями предприятий-партнёров", "IV квартал", "Советник директора по воспитанию", "1.3", ("r", 10, 12), ["senior_counselor"]),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R("Анкетирование обучающихся и педагогов, желающих стать наставляемыми; согласия на обработку персональных данных", "сентябрь", "Кл. руководители, педагог-психолог", "2.1", ("m", 9), ["class_teacher", "psychologist"]),
            R("Сбор дополнительной информации о запросах наставляемых у классных руководителей, психолога, родителей", "сентябрь – октябрь", "Социальный педагог", "2.2", ("r", 9, 10), ["social_pedagogue"]),
            R("Формирование базы наставляемых", "до 25.10.2024", "Куратор ЦМН Доржиева А.Б.", "2.3", ("dl", 25, 10, 2024), ["program_curator"]),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R("Стартовая диагностика наставляемых по заданным параметрам", "октябрь", "Педагог-психолог", "3.2", ("m", 10), ["psychologist"]),
            R("Анкетирование потенциальных наставников, сбор согласий", "октябрь", "ЗДУВР", "3.3", ("m", 10), ["deputy_director_academic"]),
            R("Формирование базы наставников", "ноябрь", "Куратор ЦМН", "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R("Оценка кандидатов в наставники по заданным параметрам", "ноябрь", "Педагог-психолог", "4.1", ("m", 11), ["psychologist"]),
            R("Обучение наставников", "I полугодие", "Руководители ШМО", "4.4", ("r", 9, 12), ["head_of_methodical_association"]),
        ],
    ),
    (
        5,
        "Формирование наставнических пар и групп",
        [
            R("Групповая встреча наставников и наставляемых", "ноябрь", "Куратор ЦМН", "5.1", ("m", 11), ["program_curator"]),
            R("Анализ анкет по итогам групповой встречи, формирование пар и групп", "ноябрь", "Куратор ЦМН, педагог-психолог", "5.3", ("m", 11), ["program_curator", "psychologist"]),
            R("Приказ о закреплении наставнических пар и групп", "до 01.12.2024", "Директор", "5.4", ("dl", 1, 12, 2024), ["director"]),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар и групп",
        [
            R("Первая, организационная, встреча наставника и наставляемого", "декабрь", "Наставники", "6.1", ("m", 12), ["mentors"]),
            R("Регулярные встречи наставников и наставляемых", "по графику", "Наставники", "6.4", ("u",), ["mentors"]),
            R("Сбор обратной связи от участников программы", "II полугодие", "Куратор ЦМН", "6.5", ("r", 1, 5), ["program_curator"]),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R("Итоговое мероприятие «Лучший наставник года»", "май", "Администрация", "7.2", ("m", 5), ["other"]),
            R("Мониторинг качества реализации программы наставничества", "май", "Педагог-психолог", "7.3", ("m", 5), ["psychologist"]),
            R("Отчёт о реализации программы на итоговом педагогическом совете", "30.05.2025", "ЗДУВР", None, ("d", 30, 5, 2025), ["deputy_director_academic"]),
            R("Формирование долгосрочной базы наставников", "июнь", "Куратор ЦМН", "7.8", ("m", 6), ["program_curator"]),
        ],
    ),
]
# fmt: on

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def build_s4(folder: Path) -> tuple[int, int]:
    look = Look("Times New Roman", 10, margin_cm=1.5)
    doc = new_doc(look)
    para(doc, "Приложение 2", align="r")
    para(doc, "к приказу от 02.09.2024 № 118-од", align="r")
    para(doc, "")
    para(doc, "Дорожная карта реализации программы наставничества", bold=True, align="c", size=12)
    para(doc, "МБОУ «СОШ № 21» г. Улан-Удэ на 2024-2025 учебный год", bold=True, align="c", size=12)
    para(doc, "")
    table = new_table(doc, 5)
    hdr = add_row(table)
    heads = ["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Отметка о выполнении"]
    for i, h in enumerate(heads):
        put(hdr.cells[i], h, bold=True, align="c")
    nums = add_row(table)
    for i in range(5):
        put(nums.cells[i], str(i + 1), align="c", size=8)
    truth: list[TruthActivity] = []
    n = 0
    for s, (stage_id, heading, rows) in enumerate(S4_SECTIONS):
        tr = add_row(table)
        put(tr.cells[0], ROMAN[s], bold=True, align="c")
        put(tr.cells[1], heading, bold=True)
        for row in rows:
            n += 1
            tr = add_row(table)
            put(tr.cells[0], str(n), align="c")
            put(tr.cells[1], row["text"])
            put(tr.cells[2], _text(row["date"]))
            put(tr.cells[3], _text(row["resp"]))
            truth.append(truth_row(row, stage_id, S4_YEAR))
    grid(table, [1.2, 8.8, 2.8, 3.9, 2.3])
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    assert pages == 1, pages
    (page,) = scans(pdf, 1, dpi=300, seed=26_0404)
    page.save(folder / "roadmap.png", format="PNG", optimize=True)
    finish(folder, S4_ORG, S4_YEAR, truth)
    return len(truth), pages


# =========================================================================== 5: college, TIFF scan
# ГБПОУ «Кунгурский автотранспортный колледж», 2025/2026. Landscape, Calibri, «Сроки» split into
# «Начало | Окончание» under a merged header, a «Форма отчётности» column, bold stage rows;
# two grey pages in one TIFF.

S5_ORG = "ГБПОУ «Кунгурский автотранспортный колледж»"
S5_YEAR = 2025

# Printed dates: "начало|окончание", or one text spread over both cells.
# fmt: off
S5_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R("Приказ о реализации целевой модели наставничества в колледже, назначение куратора программы", "сентябрь|сентябрь", "Директор", None, ("m", 9), ["director"], note="Приказ"),
            R("Информирование педагогических работников о программе наставничества на педагогическом совете", "сентябрь|сентябрь", "Зам. директора по УР", "1.1", ("m", 9), ["deputy_director_academic"], note="Протокол педсовета"),
            R("Информирование родителей студентов 1 курса на родительских собраниях", "сентябрь|октябрь", "Кураторы групп", "1.2", ("r", 9, 10), ["class_teacher"], note="Протоколы собраний"),
            R("Классные часы для студентов: что даёт программа наставничества", "сентябрь|сентябрь", "Кураторы групп", "1.4", ("m", 9), ["class_teacher"], note="Сценарии, фотоотчёт"),
            R("Встреча с работодателями – социальными партнёрами и выпускниками колледжа", "октябрь|октябрь", "Руководитель центра содействия трудоустройству выпускников", "1.3", ("m", 10), ["other"], note="Информация на сайте"),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R("Анкетирование студентов, желающих участвовать в программе, сбор согласий совершеннолетних студентов", "сентябрь|октябрь", "Заведующие отделениями, кураторы групп", "2.1", ("r", 9, 10), ["other", "class_teacher"], note="Анкеты, согласия"),
            R("Сбор информации о запросах наставляемых от кураторов, педагога-психолога, родителей; согласия законных представителей несовершеннолетних", "—|до 15.10.2025", "Педагог-психолог, социальный педагог", "2.2", ("dl", 15, 10, 2025), ["psychologist", "social_pedagogue"], note="Согласия"),
            R("Анализ полученных данных, формирование базы наставляемых", "октябрь|октябрь", "Куратор программы наставничества", "2.3", ("m", 10), ["program_curator"], note="База наставляемых"),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R("Определение форм наставничества («студент – студент», «работодатель – студент», «педагог – студент»)", "октябрь|октябрь", "Методист", "3.1", ("m", 10), ["methodologist"], note="Решение методсовета"),
            R("Входная оценка наставляемых по параметрам мониторинга", "октябрь|ноябрь", "Педагог-психолог", "3.2", ("r", 10, 11), ["psychologist"], note="Диагностические карты"),
            R("Анкетирование потенциальных наставников из числа преподавателей, мастеров п/о и представителей работодателей", "октябрь|ноябрь", "Зам. директора по УПР", "3.3", ("r", 10, 11), ["deputy_director"], note="Анкеты"),
            R("Формирование базы наставников", "ноябрь|ноябрь", "Куратор программы наставничества", "3.4", ("m", 11), ["program_curator"], note="База наставников"),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R("Оценка наставников по заданным параметрам", "ноябрь|ноябрь", "Педагог-психолог", "4.1", ("m", 11), ["psychologist"], note="Карты оценки"),
            R("Собеседование с кандидатами в наставники", "ноябрь|ноябрь", "Зам. директора по УР, педагог-психолог", "4.2", ("m", 11), ["deputy_director_academic", "psychologist"], note="Список наставников"),
            R("Подбор экспертов и материалов для обучения наставников", "ноябрь|декабрь", "Методист", "4.3", ("r", 11, 12), ["methodologist"], note="Программа обучения"),
            R("Обучение наставников: курсы повышения квалификации, вебинары", "декабрь|февраль", "Методист, руководители ЦМК", "4.4", ("r", 12, 2), ["methodologist", "head_of_methodical_association"], note="Удостоверения"),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R("Групповая встреча наставников и наставляемых", "декабрь|декабрь", "Куратор программы наставничества", "5.1", ("m", 12), ["program_curator"], note="Фотоотчёт"),
            R("Анкетирование участников о предпочитаемом наставнике по итогам встречи", "декабрь|декабрь", "Педагог-психолог", "5.2", ("m", 12), ["psychologist"], note="Анкеты"),
            R("Закрепление наставнических пар и групп приказом директора", "—|до 20.12.2025", "Директор", "5.4", ("dl", 20, 12, 2025), ["director"], note="Приказ"),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            R("Организационная и пробная рабочая встречи в парах", "январь|январь", "Наставники", "6.1", ("m", 1), ["mentors"], note="Журнал встреч"),
            R("Регулярные встречи по планам наставнических пар", "по графику", "Наставники", "6.4", ("u",), ["mentors"], note="Журнал встреч"),
            R("Сбор обратной связи от участников программы", "март|март", "Кураторы групп", "6.5", ("m", 3), ["class_teacher"], note="Анкеты обратной связи"),
            R("Заключительная встреча наставника и наставляемого", "май|май", "Наставники", "6.6", ("m", 5), ["mentors"], note="Журнал встреч"),
            R("Мониторинг удовлетворённости участников программой", "май|июнь", "Педагог-психолог", "6.8", ("r", 5, 6), ["psychologist"], note="Аналитическая справка"),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R("Торжественное подведение итогов программы, награждение лучших наставников", "июнь|июнь", "Директор, зам. директора по ВР", "7.2", ("m", 6), ["director", "deputy_director_upbringing"], note="Приказ о поощрении"),
            R("Итоговая оценка участников, второй этап мониторинга влияния программы", "май|июнь", "Педагог-психолог", "7.4", ("r", 5, 6), ["psychologist"], note="Отчёт"),
            R("Оформление кейсов наставнических практик", "июнь|июнь", "Заведующие отделениями, преподаватели", "7.5", ("m", 6), ["other", "teachers"], note="Кейсы"),
            R("Публикация итогов программы на сайте колледжа", "июнь|июнь", "Ответственный за сайт", "7.6", ("m", 6), ["other"], note="Публикация"),
            R("Отчёт куратора программы на заседании методического совета", "июнь|июнь", "Куратор программы наставничества", None, ("m", 6), ["program_curator"], note="Отчёт"),
        ],
    ),
]
# fmt: on


def build_s5(folder: Path) -> tuple[int, int]:
    look = Look("Calibri", 9, landscape=True, margin_cm=1.3)
    doc = new_doc(look)
    para(doc, "Министерство образования и науки Пермского края", align="c", size=9)
    para(
        doc,
        "УТВЕРЖДАЮ: директор ГБПОУ «Кунгурский автотранспортный колледж» ________ А.Н. Шилов",
        align="r",
        size=9,
    )
    para(doc, "«29» августа 2025 г.", align="r", size=9)
    para(doc, "")
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=12)
    para(doc, "реализации целевой модели наставничества обучающихся", bold=True, align="c", size=11)
    para(
        doc,
        "в ГБПОУ «Кунгурский автотранспортный колледж» на 2025/2026 учебный год",
        bold=True,
        align="c",
        size=11,
    )
    para(doc, "")
    widths = [1.0, 10.6, 2.4, 2.6, 5.4, 5.0]
    table = new_table(doc, 6)
    h1 = add_row(table)
    h2 = add_row(table)
    repeat_header(h1)
    repeat_header(h2)
    for i in (0, 1, 4, 5):
        h1.cells[i].merge(h2.cells[i])
    sroki = h1.cells[2].merge(h1.cells[3])
    for i, h in [(0, "№"), (1, "Мероприятие"), (4, "Ответственные"), (5, "Форма отчётности")]:
        put(table.rows[0].cells[i], h, bold=True, align="c")
    put(sroki, "Сроки", bold=True, align="c")
    put(h2.cells[2], "Начало", bold=True, align="c")
    put(h2.cells[3], "Окончание", bold=True, align="c")
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in S5_SECTIONS:
        no_split(span_row(table, heading, bold=True, italic=False))
        for row in rows:
            n += 1
            tr = add_row(table)
            no_split(tr)
            put(tr.cells[0], f"{n}", align="c")
            put(tr.cells[1], row["text"])
            date = _text(row["date"])
            if "|" in date:
                start, end = date.split("|")
                put(tr.cells[2], start, align="c")
                put(tr.cells[3], end, align="c")
            else:
                put(tr.cells[2].merge(tr.cells[3]), date, align="c")
            put(tr.cells[4], _text(row["resp"]))
            put(tr.cells[5], row["note"])
            truth.append(truth_row(row, stage_id, S5_YEAR))
    grid(table, widths)
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    assert pages == 2, pages
    images = scans(pdf, 2, dpi=250, seed=26_0505)
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=images[1:],
        compression="tiff_adobe_deflate",
        dpi=(250, 250),
    )
    (folder / "roadmap.tiff").write_bytes(buf.getvalue())
    finish(folder, S5_ORG, S5_YEAR, truth)
    return len(truth), pages


# =========================================================================== 6: gymnasium, scanned PDF
# МАОУ «Гимназия № 44» г. Иркутска, 2022/2023. Portrait, Times 10.5 pt, stage-grouped: one row per
# stage, the stage cell (bold-italic name, a «Задача:» line) beside one cell of numbered
# sub-activities and date / responsible cells whose lines are padded to stay level with them.


@dataclass
class Group:
    """One stage of a stage-grouped roadmap: the stage cell and its sub-activities."""

    stage: int
    name: str
    task: str
    rows: list[Row] = field(default_factory=list)


S6_ORG = "МАОУ «Гимназия № 44» г. Иркутска"
S6_YEAR = 2022

# fmt: off
S6_GROUPS: list[Group] = [
    Group(
        1,
        "Подготовка условий для запуска программы наставничества",
        "Задача: информировать участников образовательных отношений о запуске программы.",
        [
            R("Приказ «О внедрении целевой модели наставничества в МАОУ «Гимназия № 44»»", "до 05.09.2022", "Директор", None, ("dl", 5, 9, 2022), ["director"]),
            R("Информирование педагогов гимназии о программе наставничества на педсовете", "сентябрь", "Зам. директора по УВР", "1.1", ("m", 9), ["deputy_director_academic"]),
            R("Информирование родительской общественности (собрания, сайт, родительские чаты)", "сентябрь", "Кл. руководители 1–11 кл.", "1.2", ("m", 9), ["class_teacher"]),
            R("Презентация программы наставничества для обучающихся", "сентябрь", "Советник директора по воспитанию", "1.4", ("m", 9), ["senior_counselor"]),
            R("Встреча с выпускниками гимназии и представителями вузов-партнёров", "октябрь", "Зам. директора по ВР", "1.3", ("m", 10), ["deputy_director_upbringing"]),
        ],
    ),
    Group(
        2,
        "Формирование базы наставляемых",
        "Задача: выявить запросы обучающихся и педагогов, которые можно решить с помощью наставничества.",
        [
            R("Анкетирование обучающихся 5–11 классов и педагогов, желающих участвовать в программе; согласия совершеннолетних участников", "сентябрь – октябрь", "Педагог-психолог", "2.1", ("r", 9, 10), ["psychologist"]),
            R("Сбор информации о запросах наставляемых от классных руководителей, психолога, родителей; согласия законных представителей", "октябрь", "Кл. руководители, социальный педагог", "2.2", ("m", 10), ["class_teacher", "social_pedagogue"]),
            R("Анализ данных и формирование базы наставляемых", "до 31 октября", "Куратор программы", "2.3", ("dl", 31, 10), ["program_curator"]),
        ],
    ),
    Group(
        3,
        "Формирование базы наставников",
        "Задача: найти и привлечь наставников из числа педагогов, обучающихся и выпускников.",
        [
            R("Выбор форм наставничества на 2022–2023 учебный год", "октябрь", "Методический совет", "3.1", ("m", 10), ["other"]),
            R("Входная оценка наставляемых", "октябрь", "Педагог-психолог", "3.2", ("m", 10), ["psychologist"]),
            R("Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных", "октябрь", "Зам. директора по УВР", "3.3", ("m", 10), ["deputy_director_academic"]),
            R("Формирование базы наставников", "ноябрь", "Куратор программы", "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    Group(
        4,
        "Отбор и обучение наставников",
        "Задача: подготовить наставников к работе с наставляемыми.",
        [
            R("Собеседование с кандидатами в наставники", "ноябрь", "Педагог-психолог Иванова Н.Г.", "4.2", ("m", 11), ["psychologist"]),
            R("Цикл семинаров «Школа наставника»", "ноябрь – декабрь", "Руководители МО", "4.4", ("r", 11, 12), ["head_of_methodical_association"]),
        ],
    ),
    Group(
        5,
        "Формирование наставнических пар и групп",
        "Задача: сформировать пары и группы, комфортные для обеих сторон.",
        [
            R("Групповая встреча-знакомство «Найди своего наставника»", "декабрь", "Куратор программы, старший вожатый", "5.1", ("m", 12), ["program_curator", "senior_counselor"]),
            R("Анкетирование участников по итогам встречи", "декабрь", "Педагог-психолог", "5.2", ("m", 12), ["psychologist"]),
            R("Соединение наставников и наставляемых в пары и группы", "декабрь", "Куратор программы", "5.3", ("m", 12), ["program_curator"]),
            R("Приказ о закреплении наставнических пар и групп", "до 25 декабря", "Директор", "5.4", ("dl", 25, 12), ["director"]),
        ],
    ),
    Group(
        6,
        "Организация работы наставнических пар и групп",
        "Задача: закрепить гармоничные и продуктивные отношения в парах.",
        [
            R("Первая организационная встреча наставника и наставляемого", "январь", "Наставники", "6.1", ("m", 1), ["mentors"]),
            R("Встреча-планирование рабочего процесса", "январь", "Наставники", "6.3", ("m", 1), ["mentors"]),
            R("Регулярные встречи наставнических пар и групп", "январь – май", "Наставники", "6.4", ("r", 1, 5), ["mentors"]),
            R("Сбор обратной связи от наставников и наставляемых", "март", "Куратор программы", "6.5", ("m", 3), ["program_curator"]),
            R("Заключительная встреча всех пар и групп", "май", "Зам. директора по УВР", "6.7", ("m", 5), ["deputy_director_academic"]),
        ],
    ),
    Group(
        7,
        "Завершение наставничества",
        "Задача: подвести итоги работы пар и популяризовать практики наставничества.",
        [
            R("Фестиваль наставнических практик «Вместе к успеху», награждение лучших наставников", "май", "Администрация гимназии", "7.2", ("m", 5), ["other"]),
            R("Мониторинг качества реализации программы", "май", "Педагог-психолог", "7.3", ("m", 5), ["psychologist"]),
            R("Публикация результатов и кейсов на сайте гимназии", "июнь", "Зам. директора по УВР", "7.6", ("m", 6), ["deputy_director_academic"]),
            R("Внесение итогов в базы наставников и наставляемых", "июнь", "Куратор программы", "7.7", ("m", 6), ["program_curator"]),
            R("Благодарственные письма наставникам", "июнь", "Директор", None, ("m", 6), ["director"]),
        ],
    ),
]
# fmt: on


def build_s6(folder: Path) -> tuple[int, int]:
    size = 10.5
    look = Look("Times New Roman", size, margin_cm=1.8)
    widths = [3.7, 7.3, 2.5, 3.9]
    wrap = Wrapper("LiberationSerif-Regular.ttf", size)
    doc = new_doc(look)
    para(doc, "Рассмотрено на заседании методического совета", size=10)
    para(doc, "протокол № 1 от 26.08.2022", size=10)
    para(doc, "")
    para(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=13)
    para(doc, "по внедрению целевой модели наставничества обучающихся", bold=True, align="c", size=13)
    para(doc, "в МАОУ «Гимназия № 44» г. Иркутска на 2022-2023 учебный год", bold=True, align="c", size=13)
    para(doc, "")
    table = new_table(doc, 4)
    hdr = add_row(table)
    repeat_header(hdr)
    for i, h in enumerate(["Этап", "Содержание деятельности", "Сроки", "Ответственные"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    for g in S6_GROUPS:
        tr = add_row(table)
        stage_cell = tr.cells[0]
        put(stage_cell, f"{g.stage}. {g.name}", bold=True, italic=True)
        task = stage_cell.add_paragraph()
        task.add_run(g.task)
        items: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for k, row in enumerate(g.rows, 1):
            item = f"{k}. {row['text']}"
            date = _text(row["date"])
            resp = _text(row["resp"])
            height = max(
                wrap.lines(item, widths[1]), wrap.lines(date, widths[2]), wrap.lines(resp, widths[3])
            )
            items += [item] + [""] * (height - wrap.lines(item, widths[1]))
            dates += [date] + [""] * (height - wrap.lines(date, widths[2]))
            resps += [resp] + [""] * (height - wrap.lines(resp, widths[3]))
            truth.append(truth_row(row, g.stage, S6_YEAR))
        put(tr.cells[1], "\n".join(items))
        put(tr.cells[2], "\n".join(dates))
        put(tr.cells[3], "\n".join(resps))
    grid(table, widths)
    para(doc, "")
    para(doc, "Куратор программы наставничества: Сафронова Е.А.", size=10)
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    save_scan_pdf(
        scans(pdf, pages, dpi=200, seed=26_0606), folder, dpi=200, scanned=dt.datetime(2022, 9, 12, 10, 41, 5)
    )
    finish(folder, S6_ORG, S6_YEAR, truth)
    return len(truth), pages


# =========================================================================== 7: 2022 model, scanned PDF
# МБОУ «СОШ № 5» г. Лабытнанги, 2026/2027. The system of mentoring of pedagogical workers.
# Portrait, Arial 9.5 pt, № | Наименование этапа (merged down over its rows) | Мероприятие |
# Сроки | Ответственные; «Ежегодно, до …» deadlines.

S7_ORG = "МБОУ «СОШ № 5» г. Лабытнанги"
S7_YEAR = 2026

# fmt: off
S7_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        [
            R("Издание приказа об организации наставничества педагогических работников, назначение куратора", "до 05.09.2026", "Директор", None, ("dl", 5, 9, 2026), ["director"]),
            R("Актуализация Положения о системе наставничества педагогических работников", "сентябрь", "Куратор наставничества", None, ("m", 9), ["program_curator"]),
            R("Информирование педагогического коллектива о системе наставничества (педсовет, сайт школы)", "сентябрь", "Зам. директора по УВР", None, ("m", 9), ["deputy_director_academic"]),
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        [
            R("Диагностика профессиональных затруднений педагогов (анкетирование)", "Ежегодно, до 15 сентября", "Руководители ШМО", None, ("dl", 15, 9), ["head_of_methodical_association"], note="annual"),
            R("Выявление молодых специалистов и вновь принятых педагогов", "сентябрь", "Зам. директора по УВР", None, ("m", 9), ["deputy_director_academic"]),
            R("Формирование банка наставляемых", "Ежегодно, до 1 октября", "Куратор наставничества", None, ("dl", 1, 10), ["program_curator"], note="annual"),
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        [
            R("Отбор педагогов, готовых к наставнической деятельности, получение их письменного согласия", "до 20 сентября", "Куратор наставничества", None, ("dl", 20, 9), ["program_curator"]),
            R("Формирование банка наставников", "Ежегодно, до 1 октября", "Куратор наставничества", None, ("dl", 1, 10), ["program_curator"], note="annual"),
        ],
    ),
    (
        4,
        "Отбор и обучение",
        [
            R("Подбор наставников для персонализированных программ наставничества", "октябрь", "Куратор наставничества, руководители ШМО", None, ("m", 10), ["program_curator", "head_of_methodical_association"]),
            R("Обучение наставников на курсах «Наставничество в образовательной организации»", "в течение учебного года", "Зам. директора по УВР", None, ("c",), ["deputy_director_academic"]),
            R("Консультации и обмен опытом наставников (методический семинар)", "ноябрь, март", "Методист", None, ("m", 11), ["methodologist"]),
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        [
            R("Приказ о закреплении наставнических пар/групп с письменного согласия участников", "Ежегодно, до 1 октября", "Директор", None, ("dl", 1, 10), ["director"], note="annual"),
            R("Разработка персонализированных программ наставничества", "Ежегодно, до 1 ноября", "Наставники", None, ("dl", 1, 11), ["mentors"], note="annual"),
            R("Реализация персонализированных программ: взаимопосещение уроков, консультации", "ноябрь – май", "Наставники, наставляемые", None, ("r", 11, 5), ["mentors", "other"]),
            R("Промежуточный мониторинг реализации программ", "январь", "Куратор наставничества", None, ("m", 1), ["program_curator"]),
            R("Открытые уроки молодых педагогов", "февраль – март", "Рук. ШМО", None, ("r", 2, 3), ["head_of_methodical_association"]),
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        [
            R("Отчёты наставников о реализации персонализированных программ", "до 20 мая", "Наставники", None, ("dl", 20, 5), ["mentors"]),
            R("Анкетирование участников: удовлетворённость наставничеством", "май", "Педагог-психолог", None, ("m", 5), ["psychologist"]),
            R("Итоговый педагогический совет, поощрение наставников", "июнь", "Директор", None, ("m", 6), ["director"]),
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        [
            R("Ведение раздела «Наставничество» на сайте школы", "постоянно", "Ответственный за сайт", None, ("c",), ["other"]),
            R("Публикация лучших практик наставничества в СМИ и сетевых сообществах", "в течение года", "Куратор наставничества, наставники", None, ("c",), ["program_curator", "mentors"]),
            R("Участие в муниципальном конкурсе «Наставник года»", "март", "Зам. директора по УВР", None, ("m", 3), ["deputy_director_academic"]),
        ],
    ),
]
# fmt: on


def build_s7(folder: Path) -> tuple[int, int]:
    look = Look("Arial", 9.5, margin_cm=1.5)
    doc = new_doc(look)
    para(doc, "УТВЕРЖДЕНО", align="r")
    para(doc, "приказом МБОУ «СОШ № 5» г. Лабытнанги", align="r")
    para(doc, "от 28.08.2026 № 301-о", align="r")
    para(doc, "")
    para(doc, "Дорожная карта (план мероприятий)", bold=True, align="c", size=12)
    para(
        doc,
        "по реализации Положения о системе наставничества педагогических работников",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "МБОУ «СОШ № 5» г. Лабытнанги на 2026–2027 учебный год", bold=True, align="c", size=12)
    para(doc, "")
    table = new_table(doc, 5)
    hdr = add_row(table)
    repeat_header(hdr)
    for i, h in enumerate(["№ п/п", "Наименование этапа", "Мероприятие", "Сроки", "Ответственные"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in S7_SECTIONS:
        first = len(table.rows)
        for row in rows:
            n += 1
            tr = add_row(table)
            put(tr.cells[0], f"{n}.", align="c")
            put(tr.cells[2], row["text"])
            put(tr.cells[3], _text(row["date"]))
            put(tr.cells[4], _text(row["resp"]))
            act = truth_row(row, stage_id, S7_YEAR)
            truth.append(annual(act) if row["note"] == "annual" else act)
        top = table.rows[first].cells[1]
        merged = top.merge(table.rows[len(table.rows) - 1].cells[1]) if len(rows) > 1 else top
        put(merged, f"{stage_id}. {heading}", bold=True)
    grid(table, [1.2, 4.2, 6.9, 2.8, 3.0])
    para(doc, "")
    para(doc, "Куратор системы наставничества ________ Э.Р. Салихова", size=9.5)
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    save_scan_pdf(
        scans(pdf, pages, dpi=170, seed=26_0707), folder, dpi=170, scanned=dt.datetime(2026, 9, 3, 14, 2, 30)
    )
    finish(folder, S7_ORG, S7_YEAR, truth, model="teachers_2022")
    return len(truth), pages


# =========================================================================== 8: lyceum, partial scan
# МАОУ «Лицей № 9» г. Волжского, 2023/2024. Landscape, Arial 10 pt, a regional-template first
# section of administrative rows (no stage), grey-shaded stage rows, a «Результат / вид
# документа» column. Printed on three pages; only pages 1–2 were scanned.

S8_ORG = "МАОУ «Лицей № 9» г. Волжского"
S8_YEAR = 2023

# fmt: off
S8_SECTIONS: list[Section] = [
    (
        None,
        "1. Нормативное правовое и организационное обеспечение",
        [
            R("Приказ об утверждении дорожной карты внедрения целевой модели наставничества", "до 01.09.2023", "Директор", None, ("dl", 1, 9, 2023), ["director"], note="Приказ"),
            R("Назначение куратора внедрения целевой модели наставничества", "до 01.09.2023", "Директор", None, ("dl", 1, 9, 2023), ["director"], note="Приказ"),
            R("Создание рабочей группы по реализации программы наставничества", "сентябрь", "Директор", None, ("m", 9), ["director"], note="Приказ"),
            R("Разработка и утверждение Положения о наставничестве и программы наставничества лицея", "сентябрь", "Куратор программы наставничества, рабочая группа", None, ("m", 9), ["program_curator", "other"], note="Положение, программа"),
        ],
    ),
    (
        1,
        "2. Подготовка условий для запуска программы наставничества",
        [
            R("Информирование педагогов лицея о реализации программы наставничества", "сентябрь", "Зам. директора по УВР", "1.1", ("m", 9), ["deputy_director_academic"], note="Протокол педсовета"),
            R("Информирование родителей о планируемом запуске программы", "сентябрь – октябрь", "Классные руководители", "1.2", ("r", 9, 10), ["class_teacher"], note="Протоколы родительских собраний"),
            R("Встреча обучающихся с куратором: что такое наставничество и как в нём участвовать", "сентябрь", "Советник директора по воспитанию, кл. руководители", "1.4", ("m", 9), ["senior_counselor", "class_teacher"], note="Информация на сайте"),
            R("Встреча с выпускниками лицея и представителями предприятий города", "ноябрь", "Зам. директора по ВР", "1.3", ("m", 11), ["deputy_director_upbringing"], note="Фотоотчёт"),
        ],
    ),
    (
        2,
        "3. Формирование базы наставляемых",
        [
            R("Анкетирование обучающихся и педагогов, желающих участвовать в программе; согласия совершеннолетних участников на обработку данных", "до 10 октября", "Педагог-психолог", "2.1", ("dl", 10, 10), ["psychologist"], note="Анкеты, согласия"),
            R("Сбор сведений о запросах наставляемых от классных руководителей, психолога, социального педагога, родителей; согласия законных представителей", "октябрь", "Кл. руководители, социальный педагог, педагог-психолог", "2.2", ("m", 10), ["class_teacher", "social_pedagogue", "psychologist"], note="Согласия"),
            R("Формирование базы наставляемых", "октябрь", "Куратор программы", "2.3", ("m", 10), ["program_curator"], note="База наставляемых"),
        ],
    ),
    (
        3,
        "4. Формирование базы наставников",
        [
            R("Выбор форм наставничества, реализуемых в лицее", "сентябрь", "Рабочая группа", "3.1", ("m", 9), ["other"], note="Решение рабочей группы"),
            R("Оценка наставляемых по параметрам мониторинга (первичный замер)", "октябрь", "Педагог-психолог", "3.2", ("m", 10), ["psychologist"], note="Результаты диагностики"),
            R("Анкетирование потенциальных наставников, сбор согласий", "октябрь", "Зам. директора по УВР", "3.3", ("m", 10), ["deputy_director_academic"], note="Анкеты"),
            R("Формирование базы наставников", "ноябрь", "Куратор программы", "3.4", ("m", 11), ["program_curator"], note="База наставников"),
        ],
    ),
    (
        4,
        "5. Отбор и обучение наставников",
        [
            R("Оценка наставников по параметрам мониторинга", "ноябрь", "Педагог-психолог", "4.1", ("m", 11), ["psychologist"], note="Результаты диагностики"),
            R("Собеседование с будущими наставниками", "ноябрь", "Зам. директора по УВР, педагог-психолог", "4.2", ("m", 11), ["deputy_director_academic", "psychologist"], note="Список наставников"),
            R("Поиск экспертов и методических материалов для обучения", "ноябрь", "Методист", "4.3", ("m", 11), ["methodologist"], note="Подборка материалов"),
            R("Обучение наставников", "декабрь – январь", "Методист, руководители ШМО", "4.4", ("r", 12, 1), ["methodologist", "head_of_methodical_association"], note="Сертификаты"),
        ],
    ),
    (
        5,
        "6. Формирование наставнических пар и групп",
        [
            R("Групповая встреча наставников и наставляемых", "январь", "Куратор программы", "5.1", ("m", 1), ["program_curator"], note="Фотоотчёт"),
            R("Анкетирование по итогам встречи: кого выбирают наставляемые", "январь", "Педагог-психолог", "5.2", ("m", 1), ["psychologist"], note="Анкеты"),
            R("Анализ анкет и формирование пар и групп", "январь", "Куратор программы", "5.3", ("m", 1), ["program_curator"], note="Списки пар"),
            R("Закрепление пар и групп приказом директора", "до 1 февраля", "Директор", "5.4", ("dl", 1, 2), ["director"], note="Приказ"),
        ],
    ),
    (
        6,
        "7. Организация работы наставнических пар и групп",
        [
            R("Первая, организационная, встреча в парах", "февраль", "Наставники", "6.1", ("m", 2), ["mentors"], note="Журнал"),
            R("Вторая, пробная рабочая, встреча", "февраль", "Наставники", "6.2", ("m", 2), ["mentors"], note="Журнал"),
            R("Регулярные встречи наставника и наставляемого", "февраль – май", "Наставники", "6.4", ("r", 2, 5), ["mentors"], note="Журнал"),
            R("Сбор обратной связи от участников", "март, май", "Куратор программы", "6.5", ("m", 3), ["program_curator"], note="Анкеты"),
            R("Заключительная встреча в парах", "май", "Наставники", "6.6", ("m", 5), ["mentors"], note="Журнал"),
            R("Мониторинг удовлетворённости участием в программе", "май", "Педагог-психолог", "6.8", ("m", 5), ["psychologist"], note="Справка"),
        ],
    ),
    (
        7,
        "8. Завершение наставничества",
        [
            R("Приглашение участников, родителей и партнёров на итоговое мероприятие", "май", "Зам. директора по ВР", "7.1", ("m", 5), ["deputy_director_upbringing"], note="Приглашения"),
            R("Торжественное подведение итогов, награждение лучших наставников", "май", "Директор", "7.2", ("m", 5), ["director"], note="Приказ о награждении"),
            R("Мониторинг качества реализации программы", "июнь", "Куратор программы", "7.3", ("m", 6), ["program_curator"], note="Аналитическая справка"),
            R("Оформление кейсов по итогам работы наставнических пар", "июнь", "Наставники, методист", "7.5", ("m", 6), ["mentors", "methodologist"], note="Кейсы"),
            R("Публикация итогов на сайте лицея", "июнь", "Ответственный за сайт", "7.6", ("m", 6), ["other"], note="Публикация"),
            R("Внесение итогов в базу наставников и базу наставляемых", "июнь", "Куратор программы", "7.7", ("m", 6), ["program_curator"], note="Обновлённые базы"),
            R("Формирование долгосрочной базы наставников", "июнь", "Куратор программы", "7.8", ("m", 6), ["program_curator"], note="База наставников"),
        ],
    ),
]
# fmt: on


def build_s8(folder: Path) -> tuple[int, int]:
    look = Look("Arial", 12, landscape=True, margin_cm=1.5)
    doc = new_doc(look)
    para(doc, "Приложение к приказу МАОУ «Лицей № 9» от 31.08.2023 № 214", align="r", size=9)
    para(doc, "")
    para(doc, "Дорожная карта внедрения целевой модели наставничества", bold=True, align="c", size=12)
    para(doc, "в МАОУ «Лицей № 9» г. Волжского в 2023-2024 учебном году", bold=True, align="c", size=12)
    para(doc, "")
    para(
        doc,
        "Цель: создание условий для раскрытия потенциала личности наставляемого, его успешной личной и профессиональной самореализации.",
    )
    para(
        doc,
        "Задачи: 1) разработать и внедрить программу наставничества лицея; 2) сформировать базы наставников и наставляемых; 3) организовать работу наставнических пар и групп; 4) обеспечить мониторинг и открытость результатов.",
    )
    para(
        doc,
        "Основание: распоряжение Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся…».",
    )
    para(doc, "")
    table = new_table(doc, 5)
    hdr = add_row(table)
    repeat_header(hdr)
    for i, h in enumerate(["№", "Мероприятие", "Срок", "Ответственные", "Результат / вид документа"]):
        put(hdr.cells[i], h, bold=True, align="c")
    truth: list[TruthActivity] = []
    numbers: list[str] = []
    for s, (stage_id, heading, rows) in enumerate(S8_SECTIONS, 1):
        no_split(span_row(table, heading, bold=True, italic=False, fill="D9D9D9"))
        for k, row in enumerate(rows, 1):
            tr = add_row(table)
            no_split(tr)
            put(tr.cells[0], f"{s}.{k}")
            numbers.append(f"{s}.{k}")
            put(tr.cells[1], row["text"])
            put(tr.cells[2], _text(row["date"]))
            put(tr.cells[3], _text(row["resp"]))
            put(tr.cells[4], row["note"])
            truth.append(truth_row(row, stage_id, S8_YEAR))
    grid(table, [1.1, 10.9, 3.3, 6.5, 4.9])
    para(doc, "")
    para(doc, "Куратор программы наставничества ________ О.В. Никитина")
    pdf = print_pdf(doc)
    pages = page_count(pdf)
    assert pages == 3, pages
    shown = len(numbers_on_pages(pdf, 2, x_max_pt=80))
    assert numbers_on_pages(pdf, 3, x_max_pt=80) == numbers, numbers
    assert 18 <= shown < len(truth), shown
    save_scan_pdf(
        scans(pdf, 2, dpi=240, seed=26_0808), folder, dpi=240, scanned=dt.datetime(2023, 9, 20, 9, 15, 0)
    )
    finish(folder, S8_ORG, S8_YEAR, truth[:shown], status="partial")
    return shown, pages


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], tuple[int, int]]] = {
    "sretenka_sosh_rural_photo_jpg": build_s1,
    "almetyevsk_ds9_italic_photo_jpg": build_s2,
    "achinsk_internat_nostages_photo_jpg": build_s3,
    "ulan_ude_sosh21_roman_scan_png": build_s4,
    "kungur_college_startend_scan_tiff": build_s5,
    "irkutsk_gym44_grouped_scan_pdf": build_s6,
    "labytnangi_sosh5_teachers2022_scan_pdf": build_s7,
    "volzhsky_lyceum9_partial_scan_pdf": build_s8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n, pages = build(folder)
        files = ", ".join(sorted(p.name for p in folder.iterdir()))
        print(f"{name}: {n} rows, {pages} printed page(s) -> {files}")


if __name__ == "__main__":
    main()
