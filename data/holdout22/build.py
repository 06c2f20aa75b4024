"""Build the held-out image roadmaps in data/holdout22/<name>/ (one image file + truth.json).

Run: .venv/bin/python -m data.holdout22.build   (from /work/main)

Eight roadmaps of eight organizations (three schools of different kinds, a lyceum, two kindergartens,
a college and a centre of additional education), each written as its own deputy director would
write it, laid out as a DOCX, printed to PDF by LibreOffice and turned into images with the helpers of
data.build_format_samples: three phone photos (JPEG), two PNG scans, one two-page TIFF scan and two
image-only scanned PDFs.  Every printed row carries its hand label next to the printed text, so the
image and truth.json come from one place.  Date labels are small specs expanded by ``expand`` of
data.holdout.build:

    ("m", month[, year])        a month            -> month
    ("r", m1, m2[, y1, y2])     «октябрь – апрель» -> range   (I полугодие = ("r", 9, 12))
    ("dl", day, month[, year])  «до 1 ноября»      -> deadline
    ("d", day, month, year)     «25.05.2022»       -> day
    ("c",)                      «в течение года»   -> continuous
    ("u",)                      «по графику», ""   -> unspecified
    ("a",)                      «ежегодно»         -> unspecified, annual
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
from docx.table import Table, _Cell, _Row
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import DateSpec, TruthActivity, _soffice_pdf, expand, write_truth

HERE = Path(__file__).resolve().parent

Align: TypeAlias = Literal["c", "r", "j"] | None
Kind: TypeAlias = Literal["jpeg", "png", "tiff", "pdf"]

FONT_FILES: dict[str, str] = {
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}


# --------------------------------------------------------------------------- rows and truth


@dataclass
class Row:
    """One printed activity row with its hand label."""

    text: str  # the activity text as printed (its number stripped)
    date: str  # the printed date cell
    resp: str  # the printed responsible cell (first responsible column)
    aid: str | None
    spec: DateSpec
    roles: list[str]
    extra: str = ""  # a further printed column: planned result, participants or co-executors
    stage: int | None = None  # only for roadmaps without stage headings


@dataclass
class Section:
    """A stage heading (or a non-stage heading: stage None) and its rows."""

    stage: int | None
    heading: str
    rows: list[Row] = field(default_factory=list)
    note: str = ""  # a second line under the heading (Результат: …)


def truth_of(sections: Sequence[Section], y: int, headed: bool = True) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for sec in sections:
        for row in sec.rows:
            assert len(set(row.roles)) == len(row.roles), row
            d = expand(row.spec, y)
            out.append(
                {
                    "text": row.text,
                    "activity_id": row.aid,
                    "stage_id": sec.stage if headed else row.stage,
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


# --------------------------------------------------------------------------- docx helpers


def new_doc(font: str, size: float, landscape: bool = False, margin_cm: float = 1.5) -> DocxDocument:
    doc = Document()
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:  # pragma: no cover - python-docx creates it when the name is set
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(margin_cm + 0.5)
    sec.right_margin = Cm(margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(margin_cm)
    return doc


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    italic: bool = False,
    align: Align = None,
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
    if after:
        p.paragraph_format.space_after = Pt(after)


def put(
    cell: _Cell,
    text: str | Sequence[str],
    bold: bool = False,
    italic: bool = False,
    align: Align = None,
) -> None:
    """Cell text: a string ('\\n' starts a new paragraph) or a list of paragraphs."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            run = p.add_run(line)
            run.bold = bold
            run.italic = italic
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def put_runs(cell: _Cell, parts: Sequence[tuple[str, bool, bool]], new_para: bool = True) -> None:
    """Cell paragraphs built of (text, bold, italic); each part is a new paragraph."""
    cell.text = ""
    for i, (text, bold, italic) in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 or not new_para else cell.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def borders(table: Table, horizontal_only: bool = False, size: int = 6) -> None:
    tbl_pr = table._tbl.tblPr
    el = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        if horizontal_only and edge in ("left", "right", "insideV"):
            b.set(qn("w:val"), "nil")
        else:
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(size))
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        el.append(b)
    tbl_pr.append(el)


def widths(table: Table, cms: Sequence[float]) -> None:
    """Column widths; rows are also kept whole on one page (Word's «не разрывать строку»)."""
    table.autofit = False
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for idx, w in enumerate(cms):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(cms):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def grid_table(doc: DocxDocument, ncols: int, ruled: bool = True) -> Table:
    table: Table = doc.add_table(rows=0, cols=ncols)
    if ruled:
        borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def n_lines(text: str, font: str, size: float, width_cm: float) -> int:
    """How many lines a cell paragraph of `text` takes in a column `width_cm` wide (greedy wrap)."""
    face = ImageFont.truetype(FONT_FILES[font], int(size * 10))
    room = (width_cm - 0.4) / 2.54 * 72 * 10 * 0.97  # cell margins 2 × 0.19 cm, a little slack
    lines, cur = 1, ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if face.getlength(trial) <= room or not cur:
            cur = trial
        else:
            lines += 1
            cur = word
    return lines


# --------------------------------------------------------------------------- images


def pdf_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def docx_to_pdf(doc: DocxDocument) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        out = Path(tmp) / "roadmap.pdf"
        doc.save(str(src))
        _soffice_pdf(src, out)
        return out.read_bytes()


@dataclass(frozen=True)
class Shot:
    """How the printed document becomes an image file."""

    kind: Kind
    dpi: int
    seed: int
    quality: int = 75
    pages: int = 1


def write_image(folder: Path, pdf: bytes, shot: Shot) -> str:
    n = pdf_pages(pdf)
    assert n == shot.pages, f"{folder.name}: {n} printed pages, expected {shot.pages}"
    rng = np.random.default_rng(shot.seed)
    if shot.kind == "jpeg":
        photo = photo_of(render_page(pdf, 0, shot.dpi), rng)
        name = "roadmap.jpg"
        photo.save(folder / name, format="JPEG", quality=shot.quality)
        return name
    scans: list[Image.Image] = [scan_page(render_page(pdf, i, shot.dpi), rng) for i in range(n)]
    if shot.kind == "png":
        name = "roadmap.png"
        scans[0].save(folder / name, format="PNG", dpi=(shot.dpi, shot.dpi))
        return name
    if shot.kind == "tiff":
        name = "roadmap.tiff"
        scans[0].save(
            folder / name,
            format="TIFF",
            save_all=True,
            append_images=scans[1:],
            compression="tiff_jpeg",
            quality=shot.quality,
            dpi=(shot.dpi, shot.dpi),
        )
        return name
    name = "roadmap.pdf"
    buf = io.BytesIO()
    scans[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=scans[1:],
        resolution=float(shot.dpi),
        quality=shot.quality,
    )
    (folder / name).write_bytes(buf.getvalue())
    return name


# =========================================================================== 1: numbered 4 columns
# МАОУ «СОШ № 14» г. Тобольска, 2021/2022: № | Содержание работы | Срок | Ответственный, stage rows
# spanning the table, shaded; two-page TIFF scan.

S1_ORG = "МАОУ «Средняя общеобразовательная школа № 14» г. Тобольска"
S1_YEAR = 2021

S1: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            Row(
                "Издание приказа о внедрении целевой модели наставничества в школе, назначение куратора программы",
                "Август 2021 г.",
                "Директор",
                None,
                ("m", 8, 2021),
                ["director"],
            ),
            Row(
                "Педсовет: знакомство пед. коллектива с целевой моделью наставничества и дорожной картой на год",
                "Сентябрь",
                "Директор, зам. директора по УВР",
                "1.1",
                ("m", 9),
                ["director", "deputy_director_academic"],
            ),
            Row(
                "Общешкольное родительское собрание: рассказ родителям о запуске программы наставничества",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
            ),
            Row(
                "Классные часы «Кто такой наставник?» для уч-ся 5–11 классов",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            Row(
                "Встреча с выпускниками школы прошлых лет и представителями предприятий-партнёров: приглашение к участию в программе",
                "Октябрь",
                "Зам. директора по ВР, советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            Row(
                "Создание раздела «Наставничество» на сайте школы и в группе ВКонтакте",
                "Сентябрь – октябрь",
                "Ответственный за сайт",
                None,
                ("r", 9, 10),
                ["other"],
            ),
        ],
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            Row(
                "Анкетирование обучающихся и молодых педагогов, желающих стать наставляемыми; сбор согласий на обработку ПД",
                "Октябрь",
                "Куратор программы",
                "2.1",
                ("m", 10),
                ["program_curator"],
            ),
            Row(
                "Сбор сведений о запросах наставляемых у классных руководителей, педагога-психолога, соц. педагога и родителей; согласия законных представителей несовершеннолетних",
                "Октябрь",
                "Классные руководители, педагог-психолог, социальный педагог",
                "2.2",
                ("m", 10),
                ["class_teacher", "psychologist", "social_pedagogue"],
            ),
            Row(
                "Обработка анкет, формирование базы наставляемых",
                "до 01.11.2021",
                "Куратор программы",
                "2.3",
                ("dl", 1, 11, 2021),
                ["program_curator"],
            ),
        ],
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            Row(
                "Определение форм наставничества на текущий год («ученик – ученик», «учитель – учитель», «учитель – ученик»)",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            Row(
                "Входная диагностика наставляемых (стартовый мониторинг)",
                "Ноябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 11),
                ["psychologist"],
            ),
            Row(
                "Анкетирование педагогов, старшеклассников и родителей — возможных наставников, сбор согласий",
                "Ноябрь",
                "Куратор программы",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            Row(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "Ноябрь",
                "Куратор программы, рабочая группа",
                "3.4",
                ("m", 11),
                ["program_curator", "other"],
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            Row(
                "Собеседование с кандидатами в наставники (с участием педагога-психолога)",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            Row(
                "Подбор материалов и специалистов для обучения наставников",
                "Ноябрь",
                "Зам. директора по УВР",
                "4.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            Row(
                "Обучающий семинар для наставников «Школа наставника»",
                "Декабрь",
                "Зам. директора по УВР, руководители ШМО",
                "4.4",
                ("m", 12),
                ["deputy_director_academic", "head_of_methodical_association"],
            ),
        ],
    ),
    Section(
        5,
        "Формирование наставнических пар / групп",
        [
            Row(
                "Общая встреча наставников и наставляемых в формате «Быстрые знакомства»",
                "Декабрь",
                "Куратор программы",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            Row(
                "Анкетирование участников после встречи (кого хотел бы видеть своим наставником / наставляемым)",
                "Декабрь",
                "Куратор программы",
                "5.2",
                ("m", 12),
                ["program_curator"],
            ),
            Row(
                "Приказ о закреплении наставнических пар и групп",
                "Декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
    ),
    Section(
        6,
        "Работа наставнических пар / групп",
        [
            Row(
                "Первая встреча в парах: знакомство, договорённость о правилах общения",
                "Январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            Row(
                "Встречи наставников и наставляемых по индивидуальным планам",
                "Январь – май 2022 г.",
                "Наставники",
                "6.4",
                ("r", 1, 5, 2022, 2022),
                ["mentors"],
            ),
            Row(
                "Промежуточный опрос наставляемых (обратная связь)",
                "Март",
                "Куратор программы, педагог-психолог",
                "6.5",
                ("m", 3),
                ["program_curator", "psychologist"],
            ),
            Row(
                "Итоговая встреча всех пар и групп — круглый стол",
                "Апрель",
                "Куратор программы",
                "6.7",
                ("m", 4),
                ["program_curator"],
            ),
            Row(
                "Анкетирование участников на удовлетворённость участием в программе",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    Section(
        7,
        "Завершение программы",
        [
            Row(
                "Торжественное мероприятие «Наставник года»: подведение итогов, награждение лучших наставников",
                "25.05.2022",
                "Директор, зам. директора по ВР",
                "7.2",
                ("d", 25, 5, 2022),
                ["director", "deputy_director_upbringing"],
            ),
            Row(
                "Итоговый мониторинг качества реализации программы наставничества",
                "Май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            Row(
                "Размещение итогов и лучших практик наставничества на сайте школы",
                "Май – июнь",
                "Куратор программы",
                "7.6",
                ("r", 5, 6),
                ["program_curator"],
            ),
            Row(
                "Отчёт о реализации программы в управление образования",
                "до 10.06.2022",
                "Куратор программы",
                None,
                ("dl", 10, 6, 2022),
                ["program_curator"],
            ),
            Row(
                "Внесение данных об итогах года в базы наставников и наставляемых",
                "Июнь",
                "Куратор программы",
                "7.7",
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]


def doc_s1() -> DocxDocument:
    font = "Liberation Serif"
    doc = new_doc(font, 11)
    para(doc, "УТВЕРЖДАЮ", bold=True, align="r")
    para(doc, "Директор МАОУ СОШ № 14", align="r")
    para(doc, "__________ Л.Н. Шарипова", align="r")
    para(doc, "Приказ № 214-о от 30.08.2021", align="r", after=10)
    para(doc, "Дорожная карта", bold=True, align="c", size=13)
    para(
        doc,
        f"внедрения целевой модели наставничества в {S1_ORG} на 2021/2022 учебный год",
        bold=True,
        align="c",
        size=12,
        after=8,
    )
    cms = (1.2, 9.6, 2.9, 4.3)
    table = grid_table(doc, 4)
    hdr = add_row(table)
    for i, h in enumerate(("№ п/п", "Содержание работы", "Срок", "Ответственный")):
        put(hdr.cells[i], h, bold=True, align="c")
    for s_no, sec in enumerate(S1, start=1):
        row = add_row(table)
        merged = row.cells[0].merge(row.cells[3])
        put(merged, f"{s_no}. {sec.heading}", bold=True)
        shade(merged, "D9D9D9")
        for r_no, r in enumerate(sec.rows, start=1):
            cells = add_row(table).cells
            put(cells[0], f"{s_no}.{r_no}")
            put(cells[1], r.text)
            put(cells[2], r.date)
            put(cells[3], r.resp)
    widths(table, cms)
    para(doc, "", after=6)
    para(doc, "Зам. директора по УВР ____________ Е.А. Курбатова")
    return doc


# =========================================================================== 2: five columns, result
# МБОУ «Технический лицей № 2» г. Стерлитамака, 2023/2024: № | Мероприятие | Сроки | Ответственные |
# Планируемый результат; stage rows shaded, bold italic, unnumbered; scanned PDF of two pages.

S2_ORG = "МБОУ «Технический лицей № 2» г. Стерлитамака"
S2_YEAR = 2023

S2: list[Section] = [
    Section(
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            Row(
                "Педагогический совет «Наставничество в лицее: цели, формы, этапы»",
                "Август 2023 г.",
                "Директор, зам. директора по НМР",
                "1.1",
                ("m", 8, 2023),
                ["director", "deputy_director"],
                "Коллектив ознакомлен с целевой моделью",
            ),
            Row(
                "Приказ об утверждении Положения о наставничестве и дорожной карты, назначение куратора",
                "Август 2023 г.",
                "Директор",
                None,
                ("m", 8, 2023),
                ["director"],
                "Приказ, Положение",
            ),
            Row(
                "Информирование родителей: общелицейское родительское собрание, сообщение в электронном журнале",
                "Сентябрь",
                "Зам. директора по ВР, классные руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
                "Протокол собрания",
            ),
            Row(
                "Классные часы для лицеистов 7–11 кл. о программе наставничества",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
                "Обучающиеся проинформированы",
            ),
            Row(
                "Встреча с выпускниками лицея и представителями предприятий-партнёров (АО «Каустик», ИП Галиев), приглашение к участию в программе",
                "Октябрь",
                "Зам. директора по ВР, советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "senior_counselor"],
                "Привлечены внешние наставники",
            ),
        ],
    ),
    Section(
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            Row(
                "Анкетирование лицеистов и педагогов — будущих наставляемых; согласия на обработку ПДн от совершеннолетних",
                "Сентябрь",
                "Куратор программы",
                "2.1",
                ("m", 9),
                ["program_curator"],
                "Анкеты, согласия",
            ),
            Row(
                "Беседы с классными руководителями, педагогом-психологом и родителями о запросах наставляемых; согласия законных представителей",
                "Сентябрь – октябрь",
                "Педагог-психолог, классные руководители",
                "2.2",
                ("r", 9, 10),
                ["psychologist", "class_teacher"],
                "Уточнены запросы наставляемых",
            ),
            Row(
                "Формирование базы наставляемых по итогам анализа анкет",
                "Октябрь",
                "Куратор программы",
                "2.3",
                ("m", 10),
                ["program_curator"],
                "База наставляемых",
            ),
        ],
    ),
    Section(
        3,
        "Этап 3. Формирование базы наставников",
        [
            Row(
                "Выбор форм наставничества на учебный год",
                "Октябрь",
                "Методический совет лицея",
                "3.1",
                ("m", 10),
                ["other"],
                "Перечень форм",
            ),
            Row(
                "Входная диагностика наставляемых",
                "Октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
                "Результаты входного мониторинга",
            ),
            Row(
                "Анкетирование потенциальных наставников (педагоги, лицеисты 10–11 кл., выпускники), сбор согласий",
                "Октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                ["program_curator"],
                "Анкеты наставников",
            ),
            Row(
                "Формирование базы наставников",
                "Ноябрь",
                "Куратор программы",
                "3.4",
                ("m", 11),
                ["program_curator"],
                "База наставников",
            ),
        ],
    ),
    Section(
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            Row(
                "Собеседование с наставниками",
                "Ноябрь",
                "Зам. директора по НМР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director", "psychologist"],
                "Отобраны наставники",
            ),
            Row(
                "Семинар-практикум для наставников, курсы повышения квалификации на базе ИРО РБ",
                "Ноябрь – декабрь",
                "Зам. директора по НМР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director"],
                "Наставники обучены, удостоверения",
            ),
        ],
    ),
    Section(
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            Row(
                "Групповая встреча наставников и наставляемых (квест «Найди своего наставника»)",
                "Декабрь",
                "Куратор программы, педагоги-организаторы",
                "5.1",
                ("m", 12),
                ["program_curator", "teachers"],
                "Участники познакомились",
            ),
            Row(
                "Закрепление наставнических пар и групп приказом директора",
                "Декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
                "Приказ",
            ),
        ],
    ),
    Section(
        6,
        "Этап 6. Реализация программы",
        [
            Row(
                "Встречи пар «учитель – учитель» (молодые специалисты и наставники)",
                "II полугодие",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
                "Планы работы пар выполнены",
            ),
            Row(
                "Занятия групп «ученик – ученик» по подготовке к олимпиадам и НПК",
                "II полугодие",
                "Наставники, руководители МО",
                "6.4",
                ("r", 1, 5),
                ["mentors", "head_of_methodical_association"],
                "Рост числа призёров олимпиад",
            ),
            Row(
                "Сбор обратной связи от наставников и наставляемых",
                "Февраль, апрель",
                "Куратор программы",
                "6.5",
                ("m", 2),
                ["program_curator"],
                "Анкеты обратной связи",
            ),
            Row(
                "Заключительная встреча всех наставнических пар и групп",
                "Апрель",
                "Куратор программы",
                "6.7",
                ("m", 4),
                ["program_curator"],
                "Подведены итоги работы пар",
            ),
        ],
    ),
    Section(
        7,
        "Этап 7. Завершение наставничества",
        [
            Row(
                "Фестиваль «Шаг навстречу»: подведение итогов, награждение лучших наставников",
                "Май 2024 г.",
                "Директор, зам. директора по ВР",
                "7.2",
                ("m", 5, 2024),
                ["director", "deputy_director_upbringing"],
                "Лучшие наставники отмечены",
            ),
            Row(
                "Итоговая диагностика участников программы (сравнение с входной)",
                "Май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
                "Аналитическая справка",
            ),
            Row(
                "Публикация лучших практик наставничества на сайте лицея",
                "Июнь",
                "Зам. директора по НМР",
                "7.6",
                ("m", 6),
                ["deputy_director"],
                "Материалы на сайте",
            ),
            Row(
                "Анализ выполнения дорожной карты, корректировка плана на 2024–2025 уч. год",
                "Июнь",
                "Методический совет лицея",
                None,
                ("m", 6),
                ["other"],
                "План на следующий год",
            ),
        ],
    ),
]


def doc_s2() -> DocxDocument:
    doc = new_doc("Liberation Sans", 10)
    para(doc, "Приложение 2", align="r")
    para(doc, "к приказу от 28.08.2023 № 301", align="r", after=8)
    para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c", size=12)
    para(
        doc,
        f"по реализации программы наставничества в {S2_ORG} на 2023-2024 учебный год",
        bold=True,
        align="c",
        size=11,
        after=8,
    )
    cms = (0.9, 6.6, 2.4, 4.0, 4.1)
    table = grid_table(doc, 5)
    hdr = add_row(table)
    for i, h in enumerate(("№", "Мероприятие", "Сроки", "Ответственные", "Планируемый результат")):
        put(hdr.cells[i], h, bold=True, align="c")
    n = 0
    for sec in S2:
        row = add_row(table)
        merged = row.cells[0].merge(row.cells[4])
        put(merged, sec.heading, bold=True, italic=True, align="c")
        shade(merged, "E7E6E6")
        for r in sec.rows:
            n += 1
            cells = add_row(table).cells
            for i, v in enumerate((f"{n}.", r.text, r.date, r.resp, r.extra)):
                put(cells[i], v)
    widths(table, cms)
    return doc


# =========================================================================== 3: merged stage column
# МБДОУ «Детский сад № 112 «Колокольчик»», 2022/2023: Этап | Мероприятие | Срок | Ответственный, the
# stage cell merged down; a phone photo of one page.

S3_ORG = "МБДОУ «Детский сад № 112 «Колокольчик»»"
S3_YEAR = 2022

S3: list[Section] = [
    Section(
        1,
        "Подготовка условий",
        [
            Row(
                "Педагогический час: знакомство педагогов ДОУ с системой наставничества",
                "Сентябрь",
                "Заведующий",
                "1.1",
                ("m", 9),
                ["director"],
            ),
            Row(
                "Информирование родителей (законных представителей) на групповых собраниях",
                "Сентябрь",
                "Воспитатели групп",
                "1.2",
                ("m", 9),
                ["teachers"],
            ),
            Row(
                "Назначение куратора наставничества, создание рабочей группы",
                "Сентябрь",
                "Заведующий",
                None,
                ("m", 9),
                ["director"],
            ),
        ],
    ),
    Section(
        2,
        "База наставляемых",
        [
            Row(
                "Анкетирование молодых и вновь принятых педагогов, согласия на обработку персональных данных",
                "Сентябрь",
                "Старший воспитатель",
                "2.1",
                ("m", 9),
                ["other"],
            ),
            Row(
                "Формирование базы наставляемых",
                "Октябрь",
                "Старший воспитатель",
                "2.3",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    Section(
        3,
        "База наставников",
        [
            Row(
                "Выбор формы наставничества («педагог – педагог», «руководитель – педагог»)",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            Row(
                "Анкетирование опытных педагогов, готовых стать наставниками",
                "Октябрь",
                "Старший воспитатель",
                "3.3",
                ("m", 10),
                ["other"],
            ),
            Row(
                "Формирование базы наставников",
                "Октябрь",
                "Старший воспитатель",
                "3.4",
                ("m", 10),
                ["other"],
            ),
        ],
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            Row(
                "Собеседование с наставниками с участием педагога-психолога",
                "Октябрь",
                "Старший воспитатель, педагог-психолог",
                "4.2",
                ("m", 10),
                ["other", "psychologist"],
            ),
            Row(
                "Консультации для наставников «Роль наставника в адаптации молодого воспитателя»",
                "I полугодие",
                "Старший воспитатель",
                "4.4",
                ("r", 9, 12),
                ["other"],
            ),
        ],
    ),
    Section(
        5,
        "Формирование пар",
        [
            Row(
                "Закрепление наставнических пар приказом заведующего",
                "Ноябрь",
                "Заведующий",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    Section(
        6,
        "Работа пар",
        [
            Row(
                "Организационная встреча наставника и молодого педагога",
                "Ноябрь",
                "Наставники",
                "6.1",
                ("m", 11),
                ["mentors"],
            ),
            Row(
                "Регулярные встречи пар: взаимопосещение НОД, консультации, совместная подготовка праздников",
                "Ноябрь – май",
                "Наставники",
                "6.4",
                ("r", 11, 5),
                ["mentors"],
            ),
            Row(
                "Анкетирование участников: удовлетворённость наставничеством",
                "Апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    Section(
        7,
        "Подведение итогов",
        [
            Row(
                "Итоговый педсовет: подведение итогов наставничества, чествование наставников",
                "Май",
                "Заведующий, старший воспитатель",
                "7.2",
                ("m", 5),
                ["director", "other"],
            ),
            Row(
                "Размещение материалов о наставничестве на сайте ДОУ",
                "Май",
                "Старший воспитатель",
                "7.6",
                ("m", 5),
                ["other"],
            ),
            Row(
                "Отчёт по наставничеству в Управление дошкольного образования",
                "Июнь",
                "Заведующий",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def doc_s3() -> DocxDocument:
    doc = new_doc("DejaVu Serif", 10)
    para(doc, "Утверждаю:", align="r")
    para(doc, "заведующий МБДОУ № 112", align="r")
    para(doc, "_________ Г.Р. Закирова", align="r")
    para(doc, "«01» сентября 2022 г.", align="r", after=8)
    para(
        doc,
        f"Дорожная карта реализации целевой модели наставничества в {S3_ORG} на 2022 – 2023 учебный год",
        bold=True,
        align="c",
        size=11,
        after=8,
    )
    cms = (3.5, 8.3, 2.4, 3.8)
    table = grid_table(doc, 4)
    hdr = add_row(table)
    for i, h in enumerate(("Этап", "Мероприятие", "Срок", "Ответственный")):
        put(hdr.cells[i], h, bold=True, align="c")
    for sec in S3:
        first: _Cell | None = None
        last: _Cell | None = None
        for r in sec.rows:
            cells = add_row(table).cells
            if first is None:
                first = cells[0]
            last = cells[0]
            put(cells[1], r.text)
            put(cells[2], r.date)
            put(cells[3], r.resp)
        assert first is not None and last is not None
        stage_cell = first.merge(last) if first is not last else first
        put(stage_cell, sec.heading, bold=True)
    widths(table, cms)
    para(doc, "", after=4)
    para(doc, "Старший воспитатель ___________ Н.В. Ложкина")
    return doc


# =========================================================================== 4: stage-grouped
# ГБПОУ «Шадринский колледж сервиса и технологий», 2024/2025: one row per stage, the stage cell with
# Результат:, numbered sub-items in one cell, dates and responsibles on aligned lines; scanned PDF.

S4_ORG = "ГБПОУ «Шадринский колледж сервиса и технологий»"
S4_YEAR = 2024

S4: list[Section] = [
    Section(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            Row(
                "Совещание при директоре: информирование педагогического коллектива о программе наставничества",
                "Сентябрь",
                "Зам. директора по УР",
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
            ),
            Row(
                "Родительские собрания в группах 1 курса",
                "Сентябрь",
                "Кураторы групп",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            Row(
                "Кураторские часы для студентов о наставничестве",
                "Сентябрь",
                "Кураторы групп",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            Row(
                "Встреча с работодателями — социальными партнёрами и выпускниками колледжа",
                "Октябрь",
                "Руководитель ЦСТВ",
                "1.3",
                ("m", 10),
                ["other"],
            ),
        ],
        "Результат: участники образовательного процесса проинформированы",
    ),
    Section(
        2,
        "Формирование базы наставляемых",
        [
            Row(
                "Анкетирование студентов 1–2 курсов и молодых преподавателей; сбор согласий на обработку персональных данных",
                "Сентябрь – октябрь",
                "Педагог-психолог",
                "2.1",
                ("r", 9, 10),
                ["psychologist"],
            ),
            Row(
                "Сбор информации о запросах наставляемых от кураторов, соц. педагога, родителей; согласия законных представителей",
                "Октябрь",
                "Социальный педагог, кураторы групп",
                "2.2",
                ("m", 10),
                ["social_pedagogue", "class_teacher"],
            ),
            Row(
                "Формирование базы наставляемых",
                "Октябрь",
                "Методист",
                "2.3",
                ("m", 10),
                ["methodologist"],
            ),
        ],
        "Результат: база наставляемых",
    ),
    Section(
        3,
        "Формирование базы наставников",
        [
            Row(
                "Выбор форм наставничества: «студент – студент», «работодатель – студент», «педагог – педагог»",
                "Октябрь",
                "Зам. директора по УПР",
                "3.1",
                ("m", 10),
                ["deputy_director"],
            ),
            Row(
                "Анкетирование потенциальных наставников из числа преподавателей, мастеров п/о, студентов старших курсов и работников предприятий",
                "Октябрь",
                "Методист",
                "3.3",
                ("m", 10),
                ["methodologist"],
            ),
            Row(
                "Формирование базы наставников",
                "Ноябрь",
                "Методист",
                "3.4",
                ("m", 11),
                ["methodologist"],
            ),
        ],
        "Результат: база наставников",
    ),
    Section(
        4,
        "Отбор и обучение наставников",
        [
            Row(
                "Собеседование с наставниками",
                "Ноябрь",
                "Зав. отделениями, педагог-психолог",
                "4.2",
                ("m", 11),
                ["other", "psychologist"],
            ),
            Row(
                "Привлечение специалистов предприятий-партнёров к обучению наставников",
                "Ноябрь",
                "Руководитель ЦСТВ",
                "4.3",
                ("m", 11),
                ["other"],
            ),
            Row(
                "Обучение наставников: семинар «Эффективный наставник»",
                "Ноябрь",
                "Методист",
                "4.4",
                ("m", 11),
                ["methodologist"],
            ),
        ],
        "Результат: наставники готовы к работе",
    ),
    Section(
        5,
        "Формирование наставнических пар и групп",
        [
            Row(
                "Общая встреча наставников и наставляемых",
                "Ноябрь",
                "Методист, кураторы групп",
                "5.1",
                ("m", 11),
                ["methodologist", "class_teacher"],
            ),
            Row(
                "Анализ анкет, формирование пар и групп",
                "Декабрь",
                "Методист",
                "5.3",
                ("m", 12),
                ["methodologist"],
            ),
            Row(
                "Приказ о закреплении наставнических пар / групп",
                "Декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                ["director"],
            ),
        ],
        "Результат: пары и группы закреплены",
    ),
    Section(
        6,
        "Организация хода наставнической программы",
        [
            Row(
                "Встречи наставников с наставляемыми по графику",
                "в течение учебного года",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            Row(
                "Промежуточный мониторинг: сбор обратной связи",
                "Март",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
            ),
            Row(
                "Подготовка наставляемых к региональному чемпионату «Профессионалы» при участии наставников",
                "Февраль – март",
                "Зав. отделениями, мастера п/о",
                None,
                ("r", 2, 3),
                ["other", "teachers"],
            ),
            Row(
                "Заключительные встречи в парах и группах",
                "Май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
        ],
        "Результат: реализованы индивидуальные планы",
    ),
    Section(
        7,
        "Завершение наставничества",
        [
            Row(
                "Конференция «Наставничество в профессии», награждение лучших наставников",
                "Июнь",
                "Директор, зам. директора по УР",
                "7.2",
                ("m", 6),
                ["director", "deputy_director_academic"],
            ),
            Row(
                "Оформление кейсов наставнических практик",
                "Июнь",
                "Методист",
                "7.5",
                ("m", 6),
                ["methodologist"],
            ),
            Row(
                "Размещение итогов на сайте колледжа и в соцсетях",
                "Июнь",
                "Специалист по связям с общественностью",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            Row(
                "Пополнение долгосрочной базы наставников выпускниками и представителями работодателей",
                "Июнь",
                "Руководитель ЦСТВ",
                "7.8",
                ("m", 6),
                ["other"],
            ),
            Row(
                "Годовой отчёт о реализации целевой модели наставничества",
                "до 30.06.2025",
                "Зам. директора по УР",
                None,
                ("dl", 30, 6, 2025),
                ["deputy_director_academic"],
            ),
        ],
        "Результат: итоги подведены, опыт обобщён",
    ),
]


def doc_s4() -> DocxDocument:
    font, size = "Liberation Serif", 10.5
    doc = new_doc(font, size)
    para(doc, "СОГЛАСОВАНО", bold=True)
    para(doc, "на заседании методического совета")
    para(doc, "протокол № 1 от 29.08.2024", after=8)
    para(doc, "Дорожная карта", bold=True, align="c", size=12)
    para(
        doc,
        f"внедрения целевой модели наставничества обучающихся в {S4_ORG} на 2024/2025 учебный год",
        bold=True,
        align="c",
        after=8,
    )
    cms = (0.8, 3.7, 7.3, 2.6, 3.6)
    table = grid_table(doc, 5)
    hdr = add_row(table)
    for i, h in enumerate(("№", "Этап", "Мероприятия", "Сроки", "Ответственные")):
        put(hdr.cells[i], h, bold=True, align="c")
    for s_no, sec in enumerate(S4, start=1):
        cells = add_row(table).cells
        put(cells[0], f"{s_no}.")
        put_runs(cells[1], [(sec.heading, True, False), (sec.note, False, True)])
        items: list[str] = []
        dates: list[str] = []
        resps: list[str] = []
        for i, r in enumerate(sec.rows, start=1):
            item = f"{i}) {r.text}"
            height = max(
                n_lines(item, font, size, cms[2]),
                n_lines(r.date, font, size, cms[3]),
                n_lines(r.resp, font, size, cms[4]),
            )
            for col, text, w in ((items, item, cms[2]), (dates, r.date, cms[3]), (resps, r.resp, cms[4])):
                col.append(text)
                col.extend([""] * (height - n_lines(text, font, size, w)))
        put(cells[2], items)
        put(cells[3], dates)
        put(cells[4], resps)
    widths(table, cms)
    para(doc, "", after=4)
    para(doc, "Методист ____________ О.С. Пономарёва")
    return doc


# =========================================================================== 5: horizontal rules only
# МАУ ДО «Центр дополнительного образования «Эврика»» г. Ухты, 2025/2026: no vertical lines, stage rows
# in bold italic; a PNG scan of one page.

S5_ORG = "МАУ ДО «Центр дополнительного образования «Эврика»» г. Ухты"
S5_YEAR = 2025

S5: list[Section] = [
    Section(
        1,
        "Этап 1. Информирование",
        [
            Row(
                "Педагогический совет «Старт программы наставничества в Центре»",
                "Сентябрь 2025 г.",
                "Директор",
                "1.1",
                ("m", 9, 2025),
                ["director"],
            ),
            Row(
                "Информирование родителей на собраниях в объединениях и в родительских чатах",
                "Сентябрь",
                "Педагоги дополнительного образования",
                "1.2",
                ("m", 9),
                ["teachers"],
            ),
            Row(
                "Встреча с бывшими воспитанниками Центра — победителями конкурсов, и с социальными партнёрами",
                "Октябрь",
                "Зам. директора по УВР, педагог-организатор",
                "1.3",
                ("m", 10),
                ["deputy_director_academic", "teachers"],
            ),
        ],
    ),
    Section(
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            Row(
                "Анкетирование учащихся и педагогов, согласия на обработку персональных данных",
                "Октябрь",
                "Методист",
                "2.1",
                ("m", 10),
                ["methodologist"],
            ),
            Row(
                "Формирование базы наставляемых",
                "до 25.10.2025",
                "Методист",
                "2.3",
                ("dl", 25, 10, 2025),
                ["methodologist"],
            ),
        ],
    ),
    Section(
        3,
        "Этап 3. Формирование базы наставников",
        [
            Row(
                "Определение форм наставничества на учебный год",
                "Октябрь",
                "Методический совет",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            Row(
                "Анкетирование педагогов и старших учащихся — будущих наставников",
                "Октябрь",
                "Методист",
                "3.3",
                ("m", 10),
                ["methodologist"],
            ),
        ],
    ),
    Section(
        4,
        "Этап 4. Обучение наставников",
        [
            Row(
                "Методический семинар для наставников «Наставник в дополнительном образовании»",
                "Ноябрь",
                "Методист",
                "4.4",
                ("m", 11),
                ["methodologist"],
            ),
        ],
    ),
    Section(
        5,
        "Этап 5. Формирование пар и групп",
        [
            Row(
                "Стартовая встреча наставников и наставляемых «Давайте познакомимся!»",
                "Ноябрь",
                "Педагог-организатор",
                "5.1",
                ("m", 11),
                ["teachers"],
            ),
            Row(
                "Закрепление пар и групп приказом директора",
                "Ноябрь",
                "Директор",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    Section(
        6,
        "Этап 6. Работа пар и групп",
        [
            Row(
                "Работа наставнических пар по индивидуальным планам",
                "Декабрь – апрель",
                "Наставники",
                "6.4",
                ("r", 12, 4),
                ["mentors"],
            ),
            Row(
                "Неделя открытых занятий молодых педагогов",
                "Март",
                "Зам. директора по УВР",
                None,
                ("m", 3),
                ["deputy_director_academic"],
            ),
            Row(
                "Опрос участников об удовлетворённости программой",
                "Апрель",
                "Методист",
                "6.8",
                ("m", 4),
                ["methodologist"],
            ),
        ],
    ),
    Section(
        7,
        "Этап 7. Подведение итогов",
        [
            Row(
                "Отчётный фестиваль «Вместе»: награждение лучших наставников",
                "Май 2026 г.",
                "Директор, педагог-организатор",
                "7.2",
                ("m", 5, 2026),
                ["director", "teachers"],
            ),
            Row(
                "Мониторинг качества реализации программы наставничества",
                "Май",
                "Методист",
                "7.3",
                ("m", 5),
                ["methodologist"],
            ),
            Row(
                "Публикация итогов на сайте Центра и в группе ВК",
                "Июнь",
                "Методист",
                "7.6",
                ("m", 6),
                ["methodologist"],
            ),
        ],
    ),
]


def doc_s5() -> DocxDocument:
    doc = new_doc("Liberation Sans", 10)
    para(doc, "Утверждено приказом директора", align="r")
    para(doc, "от 01.09.2025 № 87-од", align="r", after=10)
    para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c", size=12)
    para(
        doc,
        f"по внедрению целевой модели наставничества в {S5_ORG} на 2025–2026 учебный год",
        bold=True,
        align="c",
        after=10,
    )
    cms = (1.0, 9.0, 3.0, 5.0)
    table: Table = doc.add_table(rows=0, cols=4)
    borders(table, horizontal_only=True)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = add_row(table)
    for i, h in enumerate(("№", "Мероприятие", "Срок проведения", "Ответственные")):
        put(hdr.cells[i], h, bold=True)
    n = 0
    for sec in S5:
        row = add_row(table)
        merged = row.cells[0].merge(row.cells[3])
        put(merged, sec.heading, bold=True, italic=True)
        for r in sec.rows:
            n += 1
            cells = add_row(table).cells
            for i, v in enumerate((str(n), r.text, r.date, r.resp)):
                put(cells[i], v)
    widths(table, cms)
    return doc


# =========================================================================== 6: numbered paragraphs
# МКОУ «Никольская ООШ», 2019/2020: stage headings, then «N. мероприятие — срок — ответственный»;
# a phone photo of one page.

S6_ORG = "МКОУ «Никольская ООШ»"
S6_YEAR = 2019

S6: list[Section] = [
    Section(
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            Row(
                "Совещание педколлектива: знакомство с целевой моделью наставничества",
                "сентябрь",
                "директор",
                "1.1",
                ("m", 9),
                ["director"],
            ),
            Row(
                "Приказ о внедрении целевой модели, назначение куратора наставничества",
                "сентябрь",
                "директор",
                None,
                ("m", 9),
                ["director"],
            ),
            Row(
                "Общешкольное родительское собрание с информацией о программе",
                "сентябрь",
                "завуч, классные руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_academic", "class_teacher"],
            ),
            Row(
                "Линейка для учащихся 5-9 классов: что такое наставничество",
                "сентябрь",
                "старшая вожатая",
                "1.4",
                ("m", 9),
                ["senior_counselor"],
            ),
        ],
    ),
    Section(
        2,
        "II. Формирование базы наставляемых",
        [
            Row(
                "Анкетирование учащихся, желающих участвовать в программе",
                "октябрь",
                "классные руководители",
                "2.1",
                ("m", 10),
                ["class_teacher"],
            ),
            Row(
                "Беседы с родителями о запросах детей, согласия законных представителей на обработку ПД",
                "октябрь",
                "социальный педагог",
                "2.2",
                ("m", 10),
                ["social_pedagogue"],
            ),
            Row(
                "Формирование базы наставляемых",
                "до 1 ноября",
                "куратор",
                "2.3",
                ("dl", 1, 11),
                ["program_curator"],
            ),
        ],
    ),
    Section(
        3,
        "III. Формирование базы наставников",
        [
            Row(
                "Выбор форм наставничества (учитель-ученик, ученик-ученик)",
                "октябрь",
                "завуч",
                "3.1",
                ("m", 10),
                ["deputy_director_academic"],
            ),
            Row(
                "Анкетирование учителей и старшеклассников, желающих быть наставниками",
                "октябрь",
                "куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    Section(
        4,
        "IV. Обучение наставников",
        [
            Row(
                "Обучение наставников (вебинары, самообразование)",
                "ноябрь",
                "завуч",
                "4.4",
                ("m", 11),
                ["deputy_director_academic"],
            ),
        ],
    ),
    Section(
        5,
        "V. Формирование наставнических пар",
        [
            Row(
                "Общая встреча наставников и наставляемых",
                "ноябрь",
                "куратор",
                "5.1",
                ("m", 11),
                ["program_curator"],
            ),
            Row(
                "Закрепление пар приказом по школе",
                "ноябрь",
                "директор",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    Section(
        6,
        "VI. Работа наставнических пар",
        [
            Row(
                "Встречи наставников с наставляемыми",
                "в течение года",
                "наставники",
                "6.4",
                ("c",),
                ["mentors"],
            ),
            Row(
                "Сбор обратной связи от участников",
                "февраль",
                "куратор",
                "6.5",
                ("m", 2),
                ["program_curator"],
            ),
            Row(
                "Итоговая встреча всех пар",
                "апрель",
                "куратор, старшая вожатая",
                "6.7",
                ("m", 4),
                ["program_curator", "senior_counselor"],
            ),
        ],
    ),
    Section(
        7,
        "VII. Завершение программы",
        [
            Row(
                "Школьный праздник «Спасибо наставнику!» с награждением лучших наставников",
                "май",
                "директор, старшая вожатая",
                "7.2",
                ("m", 5),
                ["director", "senior_counselor"],
            ),
            Row(
                "Информация об итогах на сайте школы",
                "май",
                "учитель информатики",
                "7.6",
                ("m", 5),
                ["teachers"],
            ),
            Row(
                "Отчёт в районный отдел образования",
                "июнь",
                "куратор",
                None,
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]


def doc_s6() -> DocxDocument:
    doc = new_doc("DejaVu Sans", 10.5, margin_cm=2.0)
    para(doc, "Утверждаю", align="r")
    para(doc, "Директор школы ________ В.П. Смирнова", align="r")
    para(doc, "Приказ № 56 от 02.09.2019 г.", align="r", after=12)
    para(doc, "План мероприятий (дорожная карта)", bold=True, align="c", size=12)
    para(
        doc,
        f"по внедрению целевой модели наставничества в {S6_ORG} на 2019-2020 учебный год",
        bold=True,
        align="c",
        after=12,
    )
    n = 0
    for sec in S6:
        para(doc, sec.heading, bold=True, after=3)
        for r in sec.rows:
            n += 1
            para(doc, f"{n}. {r.text} — {r.date} — {r.resp}", after=3)
        para(doc, "", after=2)
    para(doc, "Куратор программы наставничества ________ Т.А. Белова")
    return doc


# =========================================================================== 7: two-row header
# МБОУ «Гимназия № 3» г. Чебоксары, 2020/2021: № п/п | Мероприятие | Срок | Ответственные (исполнитель
# | соисполнители); stage rows bold italic; a PNG scan of one page.

S7_ORG = "МБОУ «Гимназия № 3» г. Чебоксары"
S7_YEAR = 2020

S7: list[Section] = [
    Section(
        1,
        "1. Подготовка условий для запуска программы",
        [
            Row(
                "Приказ «О внедрении целевой модели наставничества», утверждение Положения о наставничестве",
                "до 10.09.2020",
                "Директор",
                None,
                ("dl", 10, 9, 2020),
                ["director"],
            ),
            Row(
                "Педсовет «Целевая модель наставничества: что меняется в гимназии»",
                "Сентябрь 2020г.",
                "Директор",
                "1.1",
                ("m", 9, 2020),
                ["director", "deputy_director_academic"],
                "Зам. директора по УВР",
            ),
            Row(
                "Родительские собрания (в т.ч. онлайн) о запуске программы наставничества",
                "Сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
                "Классные руководители",
            ),
            Row(
                "Встреча в формате ВКС с выпускниками гимназии и представителями вузов-партнёров",
                "Октябрь",
                "Зам. директора по ВР",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "teachers"],
                "Педагог-организатор",
            ),
        ],
    ),
    Section(
        2,
        "2. Формирование базы наставляемых",
        [
            Row(
                "Анкетирование гимназистов и педагогов (наставляемые), согласия на обработку персональных данных",
                "Октябрь",
                "Куратор программы",
                "2.1",
                ("m", 10),
                ["program_curator", "class_teacher"],
                "Классные руководители",
            ),
            Row(
                "Сбор информации о запросах наставляемых от классных руководителей, психолога, родителей",
                "Октябрь",
                "Педагог-психолог",
                "2.2",
                ("m", 10),
                ["psychologist", "class_teacher"],
                "Классные руководители",
            ),
            Row(
                "Анализ данных, формирование базы наставляемых",
                "Ноябрь",
                "Куратор программы",
                "2.3",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    Section(
        3,
        "3. Формирование базы наставников",
        [
            Row(
                "Выбор форм наставничества",
                "Октябрь",
                "Зам. директора по УВР",
                "3.1",
                ("m", 10),
                ["deputy_director_academic", "head_of_methodical_association"],
                "Руководители ШМО",
            ),
            Row(
                "Входная диагностика наставляемых",
                "Ноябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 11),
                ["psychologist"],
            ),
            Row(
                "Анкетирование потенциальных наставников, согласия на обработку ПД",
                "Ноябрь",
                "Куратор программы",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    Section(
        4,
        "4. Отбор и обучение наставников",
        [
            Row(
                "Поиск материалов и экспертов для обучения наставников",
                "Ноябрь",
                "Зам. директора по УВР",
                "4.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            Row(
                "Обучение наставников (дистанционные курсы, семинар в гимназии)",
                "Декабрь",
                "Зам. директора по УВР",
                "4.4",
                ("m", 12),
                ["deputy_director_academic", "program_curator"],
                "Куратор программы",
            ),
        ],
    ),
    Section(
        5,
        "5. Формирование наставнических пар и групп",
        [
            Row(
                "Групповая встреча наставников и наставляемых",
                "Январь",
                "Куратор программы",
                "5.1",
                ("m", 1),
                ["program_curator", "psychologist"],
                "Педагог-психолог",
            ),
            Row(
                "Формирование пар и групп по результатам анкетирования",
                "Январь",
                "Куратор программы",
                "5.3",
                ("m", 1),
                ["program_curator"],
            ),
            Row(
                "Приказ о закреплении пар и групп",
                "Январь",
                "Директор",
                "5.4",
                ("m", 1),
                ["director"],
            ),
        ],
    ),
    Section(
        6,
        "6. Реализация программы",
        [
            Row(
                "Встречи в парах и группах",
                "Февраль – май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            Row(
                "Заметки о работе наставнических пар в группе гимназии ВКонтакте",
                "в течение года",
                "Педагог-организатор",
                None,
                ("c",),
                ["teachers"],
            ),
            Row(
                "Анкетирование участников (удовлетворённость программой)",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist", "program_curator"],
                "Куратор программы",
            ),
        ],
    ),
    Section(
        7,
        "7. Завершение программы",
        [
            Row(
                "Итоговое мероприятие, награждение лучших наставников грамотами",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
                "Зам. директора по ВР",
            ),
            Row(
                "Мониторинг качества реализации программы",
                "Июнь",
                "Зам. директора по УВР",
                "7.3",
                ("m", 6),
                ["deputy_director_academic"],
            ),
            Row(
                "Оформление кейсов лучших наставнических практик",
                "Июнь",
                "Куратор программы",
                "7.5",
                ("m", 6),
                ["program_curator", "mentors"],
                "Наставники",
            ),
        ],
    ),
]


def doc_s7() -> DocxDocument:
    doc = new_doc("Liberation Serif", 10)
    para(doc, "Рассмотрено на заседании педагогического совета", align="r")
    para(doc, "Протокол № 1 от «28» августа 2020 г.", align="r", after=8)
    para(
        doc,
        f"Дорожная карта реализации целевой модели наставничества {S7_ORG} на 2020-2021 уч. год",
        bold=True,
        align="c",
        size=12,
        after=8,
    )
    cms = (1.1, 8.0, 2.5, 3.3, 3.3)
    table = grid_table(doc, 5)
    h1 = add_row(table).cells
    h2 = add_row(table).cells
    for i, h in enumerate(("№ п/п", "Мероприятие", "Срок")):
        cell = h1[i].merge(h2[i])
        put(cell, h, bold=True, align="c")
    top = h1[3].merge(h1[4])
    put(top, "Ответственные", bold=True, align="c")
    put(h2[3], "исполнитель", bold=True, align="c")
    put(h2[4], "соисполнители", bold=True, align="c")
    n = 0
    for sec in S7:
        row = add_row(table)
        merged = row.cells[0].merge(row.cells[4])
        put(merged, sec.heading, bold=True, italic=True)
        for r_no, r in enumerate(sec.rows, start=1):
            n += 1
            cells = add_row(table).cells
            num = f"{sec.heading.split('.')[0]}.{r_no}"
            for i, v in enumerate((num, r.text, r.date, r.resp, r.extra)):
                put(cells[i], v)
    widths(table, cms)
    return doc


# =========================================================================== 8: landscape, Участники
# МБДОУ «Детский сад № 47 «Ласточка»» г. Улан-Удэ, 2026/2027: no stage headings, № | Мероприятие |
# Участники | Сроки | Ответственные; a phone photo of one landscape page.

S8_ORG = "МБДОУ «Детский сад № 47 «Ласточка»» г. Улан-Удэ"
S8_YEAR = 2026

S8_ROWS: list[Row] = [
    Row(
        "Изучение нормативных документов, разработка Положения о наставничестве в ДОУ",
        "Август 2026 г.",
        "Заведующий",
        None,
        ("m", 8, 2026),
        ["director"],
        "Рабочая группа",
        stage=1,
    ),
    Row(
        "Педагогический час «Наставничество в детском саду: зачем и как»",
        "Сентябрь",
        "Старший воспитатель",
        "1.1",
        ("m", 9),
        ["other"],
        "Педагоги ДОУ",
        stage=1,
    ),
    Row(
        "Информирование родителей: стенд «Наставничество», выступление на общем родительском собрании",
        "Сентябрь",
        "Заведующий, воспитатели",
        "1.2",
        ("m", 9),
        ["director", "teachers"],
        "Родители воспитанников",
        stage=1,
    ),
    Row(
        "Анкетирование педагогов — кандидатов в наставляемые (молодые специалисты, вновь принятые)",
        "Сентябрь",
        "Старший воспитатель",
        "2.1",
        ("m", 9),
        ["other"],
        "Молодые педагоги",
        stage=2,
    ),
    Row(
        "Формирование базы наставляемых",
        "до 30.09.2026",
        "Старший воспитатель",
        "2.3",
        ("dl", 30, 9, 2026),
        ["other"],
        "—",
        stage=2,
    ),
    Row(
        "Анкетирование опытных педагогов — потенциальных наставников",
        "Сентябрь",
        "Старший воспитатель",
        "3.3",
        ("m", 9),
        ["other"],
        "Педагоги со стажем от 5 лет",
        stage=3,
    ),
    Row(
        "Сопоставление анкет, формирование базы наставников",
        "Октябрь",
        "Старший воспитатель, педагог-психолог",
        "3.4",
        ("m", 10),
        ["other", "psychologist"],
        "—",
        stage=3,
    ),
    Row(
        "Собеседование с будущими наставниками",
        "Октябрь",
        "Заведующий, педагог-психолог",
        "4.2",
        ("m", 10),
        ["director", "psychologist"],
        "Наставники",
        stage=4,
    ),
    Row(
        "Семинар-практикум «Как помочь молодому педагогу»",
        "Октябрь",
        "Педагог-психолог",
        "4.4",
        ("m", 10),
        ["psychologist"],
        "Наставники",
        stage=4,
    ),
    Row(
        "Приказ о закреплении наставнических пар",
        "Октябрь",
        "Заведующий",
        "5.4",
        ("m", 10),
        ["director"],
        "Наставники, наставляемые",
        stage=5,
    ),
    Row(
        "Составление в парах индивидуальных планов развития молодого педагога",
        "Октябрь",
        "Наставники",
        "6.3",
        ("m", 10),
        ["mentors"],
        "Наставнические пары",
        stage=6,
    ),
    Row(
        "Взаимопосещения ООД, мастер-классы наставников, консультации по запросу",
        "Ноябрь – апрель",
        "Наставники",
        "6.4",
        ("r", 11, 4),
        ["mentors"],
        "Наставнические пары",
        stage=6,
    ),
    Row(
        "Участие молодых педагогов в городском конкурсе «Педагогический дебют»",
        "По плану Комитета",
        "Старший воспитатель",
        None,
        ("u",),
        ["other"],
        "Молодые педагоги",
        stage=None,
    ),
    Row(
        "Анкетирование участников об удовлетворённости наставничеством",
        "Апрель",
        "Педагог-психолог",
        "6.8",
        ("m", 4),
        ["psychologist"],
        "Наставники, наставляемые",
        stage=6,
    ),
    Row(
        "Итоговый педсовет, награждение наставников",
        "Май 2027 г.",
        "Заведующий",
        "7.2",
        ("m", 5, 2027),
        ["director"],
        "Педагоги ДОУ",
        stage=7,
    ),
    Row(
        "Оформление лучших практик наставничества в методическую копилку ДОУ",
        "Май",
        "Старший воспитатель",
        "7.5",
        ("m", 5),
        ["other"],
        "Наставники",
        stage=7,
    ),
    Row(
        "Размещение итогов на сайте детского сада",
        "Июнь",
        "Старший воспитатель",
        "7.6",
        ("m", 6),
        ["other"],
        "—",
        stage=7,
    ),
]
S8: list[Section] = [Section(None, "", S8_ROWS)]


def doc_s8() -> DocxDocument:
    doc = new_doc("DejaVu Sans", 9.5, landscape=True)
    para(doc, "УТВЕРЖДАЮ", bold=True, align="r")
    para(doc, "Заведующий МБДОУ № 47 «Ласточка»", align="r")
    para(doc, "_________ Д.Б. Цыбикова", align="r")
    para(doc, "«31» августа 2026 г.", align="r", after=6)
    para(doc, "План-график («дорожная карта»)", bold=True, align="c", size=11)
    para(
        doc,
        f"внедрения целевой модели наставничества в {S8_ORG} на 2026/2027 учебный год",
        bold=True,
        align="c",
        size=11,
        after=6,
    )
    cms = (1.0, 11.2, 5.0, 3.2, 5.8)
    table = grid_table(doc, 5)
    hdr = add_row(table)
    for i, h in enumerate(("№ п/п", "Мероприятие", "Участники", "Сроки", "Ответственные")):
        put(hdr.cells[i], h, bold=True, align="c")
        shade(hdr.cells[i], "F2F2F2")
    for n, r in enumerate(S8_ROWS, start=1):
        cells = add_row(table).cells
        for i, v in enumerate((str(n), r.text, r.extra, r.date, r.resp)):
            put(cells[i], v)
    widths(table, cms)
    return doc


# =========================================================================== main


@dataclass(frozen=True)
class Roadmap:
    folder: str
    org: str
    year: int
    sections: list[Section]
    make: Callable[[], DocxDocument]
    shot: Shot
    headed: bool = True


ROADMAPS: list[Roadmap] = [
    Roadmap("tobolsk_sosh14_numbered", S1_ORG, S1_YEAR, S1, doc_s1, Shot("tiff", 200, 2211, 75, pages=2)),
    Roadmap("sterlitamak_lyceum2_result", S2_ORG, S2_YEAR, S2, doc_s2, Shot("pdf", 200, 2212, 70, pages=2)),
    Roadmap("izhevsk_ds112_merged", S3_ORG, S3_YEAR, S3, doc_s3, Shot("jpeg", 200, 2213, 70)),
    Roadmap("shadrinsk_college_grouped", S4_ORG, S4_YEAR, S4, doc_s4, Shot("pdf", 220, 2214, 65, pages=2)),
    Roadmap("ukhta_cdo_rules", S5_ORG, S5_YEAR, S5, doc_s5, Shot("png", 200, 2215)),
    Roadmap("nikolskaya_oosh_paras", S6_ORG, S6_YEAR, S6, doc_s6, Shot("jpeg", 170, 2216, 82)),
    Roadmap("cheboksary_gym3_twohead", S7_ORG, S7_YEAR, S7, doc_s7, Shot("png", 240, 2217)),
    Roadmap("ulanude_ds47_landscape", S8_ORG, S8_YEAR, S8, doc_s8, Shot("jpeg", 215, 2218, 58), headed=False),
]


def build(rm: Roadmap) -> tuple[str, int, int]:
    folder = HERE / rm.folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    pdf = docx_to_pdf(rm.make())
    name = write_image(folder, pdf, rm.shot)
    acts = truth_of(rm.sections, rm.year, headed=rm.headed)
    write_truth(folder, rm.org, rm.year, acts)
    return name, len(acts), sum(1 for a in acts if a["activity_id"] is None)


def main() -> None:
    for rm in ROADMAPS:
        name, n, nulls = build(rm)
        print(f"{rm.folder}/{name}: {n} rows, {nulls} without id")


if __name__ == "__main__":
    main()
