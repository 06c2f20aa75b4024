"""Build the image-only held-out roadmaps in data/holdout30/<name>/ (one image file + truth.json).

Run: .venv/bin/python -m data.holdout30.build

Eight roadmaps that exist only as pictures of a printed page: four phone photos (JPEG), a grey
scan as PNG, a grey scan as a single-page TIFF and two image-only scanned PDFs (one of two pages).
Each is written as a DOCX first (python-docx), printed to PDF by LibreOffice, rendered with
pypdfium2 and turned into a scan or a photo with the helpers of ``data.build_format_samples``.
Every printed row carries its hand label next to its text (``act``), so the picture and
truth.json come from one place.  Date labels are the specs of ``data.holdout.build.expand``;
``annual=True`` marks «ежегодно, до …» (a deadline that also recurs every year).

Labels follow what is printed: the stage a row sits under, the canonical activity it means (None
for administrative extras), the first of several dates, the roles of its responsible cell in the
written order.  Random noise and perspective use fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

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
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    DateSpec,
    R,
    Row,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    truth_row,
    write_truth,
)

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- role codes

DIR = "director"
ZUV = "deputy_director_academic"
ZVR = "deputy_director_upbringing"
ZD = "deputy_director"
LIB = "librarian"
SHMO = "head_of_methodical_association"
KR = "class_teacher"
CUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
MEN = "mentors"
TEA = "teachers"
SOV = "senior_counselor"
OTH = "other"

ROLES = {DIR, ZUV, ZVR, ZD, LIB, SHMO, KR, CUR, PSY, TUT, SOC, MET, MEN, TEA, SOV, OTH}
STAGE_SIZES = {1: 4, 2: 3, 3: 4, 4: 4, 5: 4, 6: 8, 7: 8}
CANONICAL = {f"{s}.{i}" for s, n in STAGE_SIZES.items() for i in range(1, n + 1)}

FONT_FILES = {
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}

# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Act:
    """A printed activity row: the labelled row, the cells of extra columns, an annual flag."""

    row: Row
    extra: tuple[str, ...] = ()
    annual: bool = False


def act(
    text: str,
    date: str,
    resp: str,
    aid: str | None,
    spec: DateSpec,
    roles: list[str],
    *extra: str,
    annual: bool = False,
) -> Act:
    return Act(R(text, date, resp, aid, spec, roles), tuple(extra), annual)


# (stage id, printed stage heading or None where the document prints none, rows)
Part = tuple[int, str | None, list[Act]]


def truth_of(parts: Sequence[Part], y: int) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for stage, _heading, acts in parts:
        for a in acts:
            row = a.row
            assert row["aid"] is None or row["aid"] in CANONICAL, row
            assert set(row["roles"] or []) <= ROLES, row
            t = truth_row(row, stage, y)
            if a.annual:
                t["recurrence"] = "annual"
            out.append(t)
    assert 18 <= len(out) <= 30, len(out)
    extras = sum(1 for t in out if t["activity_id"] is None)
    assert 2 <= extras <= 4, extras
    return out


# --------------------------------------------------------------------------- docx helpers


def new_doc(font: str, size: float, landscape: bool = False, margin_cm: float = 1.5) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:  # pragma: no cover - python-docx creates it when the name is set
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(margin_cm)
    sec.top_margin = sec.bottom_margin = Cm(margin_cm)
    return doc


def heads(doc: DocxDocument, paras: Sequence[tuple[str, bool, str | None, float | None]]) -> None:
    """Paragraphs above the table: (text, bold, align 'c'/'r'/None, size)."""
    for text, bold, align, size in paras:
        p = _para(
            doc, text, bold=bold, align="c" if align == "c" else "r" if align == "r" else None, size=size
        )
        p.paragraph_format.space_after = Pt(0)


def blank(doc: DocxDocument, size: float = 4) -> None:
    _para(doc, "", size=size)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def cant_split(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def centre(cell: _Cell) -> None:
    for p in cell.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def new_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def new_table(doc: DocxDocument, headers: Sequence[str], fill: str | None = None) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = new_row(table)
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
        centre(hdr.cells[i])
        if fill:
            shade(hdr.cells[i], fill)
    return table


def add_cells(table: Table, values: Sequence[str]) -> _Row:
    row = new_row(table)
    for i, v in enumerate(values):
        _set_cell(row.cells[i], v)
    return row


def stage_line(table: Table, text: str, centred: bool = False, italic: bool = False) -> _Row:
    row = new_row(table)
    merged = row.cells[0].merge(row.cells[len(table.columns) - 1])
    _set_cell(merged, text, bold=True)
    if centred:
        centre(merged)
    if italic:
        for p in merged.paragraphs:
            for r in p.runs:
                r.italic = True
    return row


def wrap_count(text: str, font: str, size: float, width_cm: float) -> int:
    """Lines a cell paragraph takes: greedy word wrap with the real font metrics."""
    face = ImageFont.truetype(FONT_FILES[font], 100)
    avail = (width_cm * 28.3465 - 11.0) * 0.97  # cell margins 0.19 cm each side, a little slack
    lines, cur = 1, ""
    for word in text.split(" "):
        trial = word if not cur else f"{cur} {word}"
        if face.getlength(trial) * size / 100 <= avail:
            cur = trial
        else:
            lines += 1
            cur = word
    return lines


# --------------------------------------------------------------------------- images


def pdf_of(doc: DocxDocument, pages: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, pdf_path)
        data = pdf_path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    try:
        assert len(pdf) == pages, f"{len(pdf)} pages printed, {pages} wanted"
    finally:
        pdf.close()
    return data


def save_photo(doc: DocxDocument, folder: Path, dpi: int, seed: int, quality: int) -> int:
    pdf = pdf_of(doc, 1)
    photo = photo_of(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    photo.save(folder / "roadmap.jpg", format="JPEG", quality=quality)
    return 1


def save_scan(doc: DocxDocument, folder: Path, dpi: int, seed: int, fmt: str) -> int:
    pdf = pdf_of(doc, 1)
    scan = scan_page(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    if fmt == "png":
        scan.save(folder / "roadmap.png", format="PNG", dpi=(dpi, dpi))
    else:
        scan.save(folder / "roadmap.tiff", format="TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
    return 1


def save_scanned_pdf(doc: DocxDocument, folder: Path, pages: int, dpi: int, seed: int) -> int:
    pdf = pdf_of(doc, pages)
    rng = np.random.default_rng(seed)
    images: list[Image.Image] = [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]
    stamp = dt.datetime(2026, 1, 15, 10, 0, 0).timetuple()
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=images[1:],
        resolution=float(dpi),
        quality=80,
        creationDate=stamp,
        modDate=stamp,
        producer="scanner",
        title="roadmap",
    )
    (folder / "roadmap.pdf").write_bytes(buf.getvalue())
    return pages


def fresh(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_file():
            old.unlink()


# =========================================================================== 1: village school
# Numbered rows 1..N, full-width stage rows «Этап I.», responsible roles on separate lines, no
# commas.  Phone photo of a portrait page.

V_ORG = "МКОУ «Усть-Талицкая средняя общеобразовательная школа имени Героя Советского Союза П. Е. Лукина»"
V_YEAR = 2023
V_PARTS: list[Part] = [
    (
        1,
        "Этап I. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Издание приказа «О внедрении целевой модели наставничества в 2023-2024 уч. году», назначение куратора программы",
                "до 15.09.2023",
                "Директор",
                None,
                ("dl", 15, 9, 2023),
                [DIR],
            ),
            act(
                "Педсовет: информирование коллектива о программе наставничества и плане её реализации",
                "сентябрь",
                "Директор\nЗДУВР",
                "1.1",
                ("m", 9),
                [DIR, ZUV],
            ),
            act(
                "Родительские собрания в 5–9 классах «Наставничество в школе: что это даёт ребёнку»",
                "сентябрь, октябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                [KR],
            ),
            act(
                "Встреча с выпускниками школы и представителями СПК «Талица», сельской администрации",
                "октябрь",
                "ЗДВР\nСоветник директора по воспитанию",
                "1.3",
                ("m", 10),
                [ZVR, SOV],
            ),
            act(
                "Классные часы для обучающихся «Кто такой наставник?»",
                "сентябрь",
                "Классные руководители\nСтарший вожатый",
                "1.4",
                ("m", 9),
                [KR, SOV],
            ),
        ],
    ),
    (
        2,
        "Этап II. Формирование базы наставляемых",
        [
            act(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий на обработку персональных данных",
                "октябрь",
                "Куратор программы\nПедагог-психолог",
                "2.1",
                ("m", 10),
                [CUR, PSY],
            ),
            act(
                "Сбор сведений о запросах наставляемых от классных руководителей, психолога, родителей; согласия законных представителей",
                "октябрь",
                "Классные руководители\nСоциальный педагог",
                "2.2",
                ("m", 10),
                [KR, SOC],
            ),
            act(
                "Анализ полученных данных, формирование базы наставляемых",
                "до 01.11.2023",
                "Куратор программы",
                "2.3",
                ("dl", 1, 11, 2023),
                [CUR],
            ),
        ],
    ),
    (
        3,
        "Этап III. Формирование базы наставников",
        [
            act(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – ученик», «учитель – учитель»)",
                "октябрь",
                "ЗДУВР\nКуратор программы",
                "3.1",
                ("m", 10),
                [ZUV, CUR],
            ),
            act(
                "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
                "ноябрь",
                "Куратор программы",
                "3.3",
                ("m", 11),
                [CUR],
            ),
            act(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "ноябрь",
                "Куратор программы\nПедагог-психолог",
                "3.4",
                ("m", 11),
                [CUR, PSY],
            ),
        ],
    ),
    (
        4,
        "Этап IV. Отбор и обучение наставников",
        [
            act(
                "Собеседование с кандидатами в наставники (с участием педагога-психолога)",
                "ноябрь",
                "Директор\nПедагог-психолог",
                "4.2",
                ("m", 11),
                [DIR, PSY],
            ),
            act(
                "Подбор методических материалов и экспертов для обучения наставников",
                "ноябрь – декабрь",
                "ЗДУВР",
                "4.3",
                ("r", 11, 12),
                [ZUV],
            ),
            act(
                "Обучающий семинар «Школа наставника»",
                "декабрь",
                "ЗДУВР\nРуководители ШМО",
                "4.4",
                ("m", 12),
                [ZUV, SHMO],
            ),
        ],
    ),
    (
        5,
        "Этап V. Формирование наставнических пар (групп)",
        [
            act(
                "Общая встреча наставников и наставляемых «Ярмарка наставников»",
                "декабрь",
                "Куратор программы\nСоветник директора по воспитанию",
                "5.1",
                ("m", 12),
                [CUR, SOV],
            ),
            act(
                "Закрепление наставнических пар приказом директора, информирование участников",
                "до 25.12.2023",
                "Директор",
                "5.4",
                ("dl", 25, 12, 2023),
                [DIR],
            ),
        ],
    ),
    (
        6,
        "Этап VI. Организация работы наставнических пар",
        [
            act(
                "Организационная встреча наставника и наставляемого, знакомство",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                [MEN],
            ),
            act(
                "Составление плана совместной работы пары на полугодие",
                "январь",
                "Наставники\nНаставляемые",
                "6.3",
                ("m", 1),
                [MEN, OTH],
            ),
            act(
                "Регулярные встречи наставников и наставляемых",
                "в течение учебного года",
                "Наставники",
                "6.4",
                ("c",),
                [MEN],
            ),
            act(
                "Сбор обратной связи от участников (онлайн-опрос)",
                "февраль, апрель",
                "Куратор программы",
                "6.5",
                ("m", 2),
                [CUR],
            ),
            act(
                "Итоговая встреча всех пар: круглый стол «Вместе интереснее»",
                "апрель",
                "ЗДУВР\nКуратор программы",
                "6.7",
                ("m", 4),
                [ZUV, CUR],
            ),
            act(
                "Анкетирование участников, мониторинг удовлетворенности участием в программе",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                [PSY],
            ),
        ],
    ),
    (
        7,
        "Этап VII. Завершение наставничества",
        [
            act(
                "Школьный праздник «Спасибо наставнику!», награждение лучших наставников",
                "май",
                "Директор\nЗДВР",
                "7.2",
                ("m", 5),
                [DIR, ZVR],
            ),
            act(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Куратор программы",
                "7.3",
                ("m", 5),
                [CUR],
            ),
            act(
                "Оформление лучших практик наставнических пар в кейсы",
                "май",
                "Наставники",
                "7.5",
                ("m", 5),
                [MEN],
            ),
            act(
                "Размещение итогов и кейсов на сайте школы и в группе ВКонтакте",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                [OTH],
            ),
            act(
                "Отчёт о выполнении дорожной карты в отдел образования администрации района",
                "до 10.06.2024",
                "Куратор программы",
                None,
                ("dl", 10, 6, 2024),
                [CUR],
            ),
        ],
    ),
]


def build_village(folder: Path) -> int:
    doc = new_doc("Liberation Serif", 9, margin_cm=1.0)
    heads(
        doc,
        [
            ("УТВЕРЖДАЮ", True, "r", None),
            ("Директор школы ________ Т. Н. Веретенникова", False, "r", None),
            ("Приказ № 87-о от 31.08.2023", False, "r", None),
            ("", False, None, 6),
            ("Дорожная карта", True, "c", 12),
            (
                f"реализации целевой модели наставничества в {V_ORG}",
                True,
                "c",
                12,
            ),
            ("на 2023-2024 учебный год", True, "c", 12),
            ("", False, None, 6),
        ],
    )
    table = new_table(doc, ["№ п/п", "Мероприятие", "Сроки", "Ответственный"])
    n = 0
    for _stage, heading, acts in V_PARTS:
        assert heading is not None
        stage_line(table, heading)
        for a in acts:
            n += 1
            r = a.row
            add_cells(table, [f"{n}.", r["text"], str(r["date"]), r["resp"] or ""])
    _widths(table, [1.0, 9.8, 2.9, 5.0])
    fresh(folder)
    pages = save_photo(doc, folder, dpi=200, seed=30011, quality=72)
    write_truth(folder, V_ORG, V_YEAR, truth_of(V_PARTS, V_YEAR))
    return pages


# =========================================================================== 2: lyceum
# The stage column merged down its rows; school numbers 1.1, 1.2 … that do not follow the
# canonical ones; responsible cells with names.  Grey scan saved as PNG.

L_ORG = "МАОУ «Лицей № 23» г. Йошкар-Олы"
L_YEAR = 2021
GAY = "Зам. директора по УВР Гайнуллина Р. М."
KUD = "Педагог-психолог Кудрявцева О. И."
L_PARTS: list[Part] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Разработка и утверждение Положения о наставничестве в лицее",
                "до 20.09.2021",
                GAY,
                None,
                ("dl", 20, 9, 2021),
                [ZUV],
            ),
            act(
                "Информирование педагогов о запуске программы наставничества на методическом совете",
                "сентябрь",
                "Зам. директора по НМР Чернова Е. В.",
                "1.1",
                ("m", 9),
                [ZD],
            ),
            act(
                "Информирование родителей через общелицейское родительское собрание и электронный дневник",
                "сентябрь",
                "Директор Волков А. С., классные руководители",
                "1.2",
                ("m", 9),
                [DIR, KR],
            ),
            act(
                "Встреча лицеистов с выпускниками – студентами вузов республики и представителями предприятий",
                "октябрь",
                "Зам. директора по ВР Ямбаева Л. П.",
                "1.3",
                ("m", 10),
                [ZVR],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            act(
                "Анкетирование обучающихся 7–11 классов, сбор согласий на обработку ПДн",
                "сентябрь – октябрь",
                KUD,
                "2.1",
                ("r", 9, 10),
                [PSY],
            ),
            act(
                "Сбор сведений о запросах наставляемых от классных руководителей и родителей",
                "октябрь",
                "Социальный педагог Мамаева Т. Н.",
                "2.2",
                ("m", 10),
                [SOC],
            ),
            act(
                "Формирование базы наставляемых",
                "октябрь",
                GAY,
                "2.3",
                ("m", 10),
                [ZUV],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            act(
                "Входная диагностика наставляемых по заданным параметрам",
                "октябрь",
                KUD,
                "3.2",
                ("m", 10),
                [PSY],
            ),
            act(
                "Анкетирование педагогов, старшеклассников и выпускников – потенциальных наставников",
                "октябрь",
                "Руководители МО",
                "3.3",
                ("m", 10),
                [SHMO],
            ),
            act(
                "Формирование базы наставников",
                "ноябрь",
                GAY,
                "3.4",
                ("m", 11),
                [ZUV],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            act(
                "Оценка наставников по заданным параметрам (входной мониторинг)",
                "ноябрь",
                KUD,
                "4.1",
                ("m", 11),
                [PSY],
            ),
            act(
                "Обучение наставников: вебинары ЦНППМ, семинар «Наставник: роль и инструменты»",
                "ноябрь – декабрь",
                "Зам. директора по НМР Чернова Е. В.",
                "4.4",
                ("r", 11, 12),
                [ZD],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            act(
                "Квест-знакомство «Найди своего наставника» для наставников и наставляемых",
                "декабрь",
                "Советник директора по воспитанию Ильина Д. А.",
                "5.1",
                ("m", 12),
                [SOV],
            ),
            act(
                "Анкетирование после встречи: выбор предпочитаемого наставника",
                "декабрь",
                KUD,
                "5.2",
                ("m", 12),
                [PSY],
            ),
            act(
                "Приказ о закреплении наставнических пар и групп",
                "декабрь",
                "Директор Волков А. С.",
                "5.4",
                ("m", 12),
                [DIR],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            act(
                "Встреча-планирование: составление индивидуальных планов работы пар",
                "январь",
                "Наставники",
                "6.3",
                ("m", 1),
                [MEN],
            ),
            act(
                "Работа наставнических пар по индивидуальным планам",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                [MEN],
            ),
            act(
                "Промежуточный сбор обратной связи от участников",
                "март",
                KUD,
                "6.5",
                ("m", 3),
                [PSY],
            ),
            act(
                "Заключительные встречи наставников и наставляемых",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                [MEN],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            act(
                "Фестиваль наставничества «Вместе к успеху», награждение лучших наставников",
                "май",
                "Директор Волков А. С., зам. директора по ВР Ямбаева Л. П.",
                "7.2",
                ("m", 5),
                [DIR, ZVR],
            ),
            act(
                "Итоговый мониторинг влияния программы на всех участников",
                "май",
                KUD,
                "7.4",
                ("m", 5),
                [PSY],
            ),
            act(
                "Публикация итогов и лучших кейсов на сайте лицея",
                "июнь",
                "Ответственный за сайт Пайдоверов Н. Н.",
                "7.6",
                ("m", 6),
                [OTH],
            ),
            act(
                "Пополнение долгосрочной базы наставников",
                "июнь",
                GAY,
                "7.8",
                ("m", 6),
                [ZUV],
            ),
            act(
                "Благодарственные письма наставникам от администрации лицея",
                "июнь",
                "Директор Волков А. С.",
                None,
                ("m", 6),
                [DIR],
            ),
        ],
    ),
]


def build_lyceum(folder: Path) -> int:
    doc = new_doc("DejaVu Sans", 8.5, margin_cm=1.2)
    heads(
        doc,
        [
            ("Рассмотрено на заседании педагогического совета, протокол № 1 от 30.08.2021", False, None, 8),
            ("Утверждено приказом директора от 31.08.2021 № 214", False, "r", 8),
            ("", False, None, 6),
            (
                f"Дорожная карта внедрения целевой модели наставничества обучающихся в {L_ORG} "
                "на 2021/2022 учебный год",
                True,
                "c",
                11,
            ),
            ("", False, None, 6),
        ],
    )
    table = new_table(doc, ["Этап", "№", "Мероприятия", "Сроки", "Ответственные"])
    for _stage, heading, acts in L_PARTS:
        assert heading is not None
        first: _Row | None = None
        last: _Row | None = None
        for k, a in enumerate(acts, start=1):
            r = a.row
            row = add_cells(
                table, ["", f"{heading.split('.')[0]}.{k}", r["text"], str(r["date"]), r["resp"] or ""]
            )
            first = first or row
            last = row
        assert first is not None and last is not None
        merged = first.cells[0].merge(last.cells[0])
        _set_cell(merged, heading, bold=True)
    _widths(table, [3.3, 1.0, 7.2, 2.4, 4.7])
    fresh(folder)
    pages = save_scan(doc, folder, dpi=200, seed=30021, fmt="png")
    write_truth(folder, L_ORG, L_YEAR, truth_of(L_PARTS, L_YEAR))
    return pages


# =========================================================================== 3: kindergarten
# A «Планируемый результат» column, numbered stage rows, continuous row numbers.  Phone photo.

K_ORG = "МБДОУ «Детский сад комбинированного вида № 58 «Северяночка»» г. Норильска"
K_YEAR = 2024
K_PARTS: list[Part] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Приказ о реализации программы наставничества в ДОУ, назначение куратора",
                "сентябрь",
                "Заведующий",
                None,
                ("m", 9),
                [DIR],
                "Приказ",
            ),
            act(
                "Педагогический час «Наставничество в детском саду: зачем и как»",
                "сентябрь",
                "Старший воспитатель",
                "1.1",
                ("m", 9),
                [OTH],
                "Педагоги проинформированы",
            ),
            act(
                "Информирование родителей (законных представителей): стенд, родительские чаты, сайт ДОУ",
                "октябрь",
                "Воспитатели групп",
                "1.2",
                ("m", 10),
                [TEA],
                "Родители проинформированы",
            ),
            act(
                "Встреча с представителями педагогического колледжа – социального партнёра",
                "IV квартал",
                "Заместитель заведующего по ВМР",
                "1.3",
                ("r", 10, 12),
                [ZD],
                "Договор о сотрудничестве",
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            act(
                "Анкетирование молодых и вновь принятых педагогов, сбор согласий на обработку персональных данных",
                "октябрь",
                "Старший воспитатель",
                "2.1",
                ("m", 10),
                [OTH],
                "Анкеты, согласия",
            ),
            act(
                "Анализ анкет, формирование базы наставляемых",
                "ноябрь",
                "Старший воспитатель\nПедагог-психолог",
                "2.3",
                ("m", 11),
                [OTH, PSY],
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            act(
                "Выбор форм наставничества («педагог – педагог», «воспитатель – молодой специалист»)",
                "ноябрь",
                "Заместитель заведующего по ВМР",
                "3.1",
                ("m", 11),
                [ZD],
                "Перечень форм",
            ),
            act(
                "Анкетирование опытных педагогов – потенциальных наставников",
                "ноябрь",
                "Старший воспитатель",
                "3.3",
                ("m", 11),
                [OTH],
                "Анкеты",
            ),
            act(
                "Формирование базы наставников",
                "до 01.12.2024",
                "Старший воспитатель",
                "3.4",
                ("dl", 1, 12, 2024),
                [OTH],
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            act(
                "Собеседование с кандидатами в наставники",
                "декабрь",
                "Заведующий\nПедагог-психолог",
                "4.2",
                ("m", 12),
                [DIR, PSY],
                "Список наставников",
            ),
            act(
                "Подбор методических материалов для обучения наставников",
                "I полугодие",
                "Заместитель заведующего по ВМР",
                "4.3",
                ("r", 9, 12),
                [ZD],
                "Методическая папка",
            ),
            act(
                "Обучение наставников на курсах повышения квалификации, краевых вебинарах",
                "по плану ИПК",
                "Заместитель заведующего по ВМР",
                "4.4",
                ("u",),
                [ZD],
                "Удостоверения, сертификаты",
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар",
        [
            act(
                "Встреча наставников и молодых педагогов «Давайте познакомимся» (тренинг, чаепитие)",
                "январь",
                "Педагог-психолог",
                "5.1",
                ("m", 1),
                [PSY],
                "Фотоотчёт",
            ),
            act(
                "Закрепление наставнических пар приказом заведующего",
                "январь",
                "Заведующий",
                "5.4",
                ("m", 1),
                [DIR],
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар",
        [
            act(
                "Первая встреча пары: знакомство, определение целей",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                [MEN],
                "План работы пары",
            ),
            act(
                "Совместная работа пар: взаимопосещение ООД, консультации",
                "в течение года",
                "Наставники",
                "6.4",
                ("c",),
                [MEN],
                "Журнал наставника",
            ),
            act(
                "Сбор обратной связи от наставляемых (анкета «Мой наставник»)",
                "март",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                [PSY],
                "Анкеты",
            ),
            act(
                "Мониторинг удовлетворённости участием в программе",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                [PSY],
                "Аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            act(
                "Итоговый педсовет «Педагогический десант»: презентация работы пар, награждение лучших наставников",
                "май",
                "Заведующий\nСтарший воспитатель",
                "7.2",
                ("m", 5),
                [DIR, OTH],
                "Грамоты",
            ),
            act(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Заместитель заведующего по ВМР",
                "7.3",
                ("m", 5),
                [ZD],
                "Аналитическая справка",
            ),
            act(
                "Публикация материалов на сайте ДОУ и в госпаблике ВКонтакте",
                "май",
                "Ответственный за сайт",
                "7.6",
                ("m", 5),
                [OTH],
                "Публикации",
            ),
            act(
                "Актуализация базы наставников",
                "ежегодно",
                "Старший воспитатель",
                "7.8",
                ("a",),
                [OTH],
                "База наставников",
            ),
            act(
                "Отчёт о реализации программы наставничества в Управление общего и дошкольного образования",
                "июнь",
                "Заведующий",
                None,
                ("m", 6),
                [DIR],
                "Отчёт",
            ),
        ],
    ),
]


def build_kindergarten(folder: Path) -> int:
    doc = new_doc("Liberation Sans", 9, margin_cm=1.2)
    heads(
        doc,
        [
            ("Приложение № 2 к приказу от 02.09.2024 № 01-12/145", False, "r", 8.5),
            ("", False, None, 6),
            ("План мероприятий (дорожная карта) по реализации программы наставничества", True, "c", 11),
            (f"в {K_ORG}", True, "c", 11),
            ("на 2024–2025 учебный год", True, "c", 11),
            ("", False, None, 6),
        ],
    )
    table = new_table(doc, ["№", "Мероприятие", "Срок", "Ответственные", "Планируемый результат"])
    n = 0
    for _stage, heading, acts in K_PARTS:
        assert heading is not None
        stage_line(table, heading, centred=True)
        for a in acts:
            n += 1
            r = a.row
            add_cells(table, [str(n), r["text"], str(r["date"]), r["resp"] or "", a.extra[0]])
    _widths(table, [0.8, 7.3, 2.7, 3.9, 3.9])
    fresh(folder)
    pages = save_photo(doc, folder, dpi=180, seed=30032, quality=60)
    write_truth(folder, K_ORG, K_YEAR, truth_of(K_PARTS, K_YEAR))
    return pages


# =========================================================================== 4: agrarian college
# Landscape, six columns (№ | Мероприятие | Форма проведения | Срок | Ответственные | Результат),
# Roman stage rows.  Phone photo of the landscape page.

C_ORG = "ГБПОУ КК «Новокубанский аграрный колледж»"
C_YEAR = 2022
NMR = "Зам. директора по НМР"
CURP = "Куратор программы наставничества"
C_PARTS: list[Part] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Приказ о внедрении целевой модели наставничества, назначение куратора программы",
                "до 15.09.2022",
                "Директор",
                None,
                ("dl", 15, 9, 2022),
                [DIR],
                "Проект приказа, согласование",
                "Приказ",
            ),
            act(
                "Информирование преподавателей и мастеров п/о",
                "сентябрь",
                "Зам. директора по УР",
                "1.1",
                ("m", 9),
                [ZUV],
                "Педагогический совет",
                "Протокол",
            ),
            act(
                "Информирование родителей студентов 1–2 курсов",
                "сентябрь – октябрь",
                "Кураторы учебных групп",
                "1.2",
                ("r", 9, 10),
                [KR],
                "Родительские собрания в группах",
                "Протоколы собраний",
            ),
            act(
                "Встреча с выпускниками и представителями агропредприятий района",
                "октябрь",
                "Руководитель ЦСТВ",
                "1.3",
                ("m", 10),
                [OTH],
                "Круглый стол «Аграрий будущего»",
                "Соглашения о партнёрстве",
            ),
            act(
                "Информирование студентов о программе наставничества",
                "сентябрь",
                "Заведующие отделениями\nКураторы учебных групп",
                "1.4",
                ("m", 9),
                [OTH, KR],
                "Классные часы, стенд, телеграм-канал",
                "–",
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            act(
                "Анкетирование студентов, сбор согласий на обработку ПДн",
                "октябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 10),
                [PSY],
                "Онлайн-анкета",
                "Анкеты, согласия",
            ),
            act(
                "Формирование базы наставляемых",
                "до 31.10.2022",
                "Зам. директора по ВР",
                "2.3",
                ("dl", 31, 10, 2022),
                [ZVR],
                "Анализ анкет и характеристик",
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            act(
                "Выбор форм наставничества",
                "октябрь",
                NMR,
                "3.1",
                ("m", 10),
                [ZD],
                "«студент – студент», «работодатель – студент»",
                "Перечень форм",
            ),
            act(
                "Привлечение наставников из числа преподавателей, студентов и работодателей",
                "ежегодно, до 1 октября",
                "Председатели ЦМК\nРуководитель ЦСТВ",
                "3.3",
                ("dl", 1, 10),
                [SHMO, OTH],
                "Анкетирование, согласия",
                "Анкеты",
                annual=True,
            ),
            act(
                "Формирование базы наставников",
                "ноябрь",
                NMR,
                "3.4",
                ("m", 11),
                [ZD],
                "–",
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            act(
                "Собеседование с наставниками",
                "ноябрь",
                "Педагог-психолог",
                "4.2",
                ("m", 11),
                [PSY],
                "Индивидуальные беседы",
                "Список наставников",
            ),
            act(
                "Обучение наставников",
                "IV квартал",
                NMR,
                "4.4",
                ("r", 10, 12),
                [ZD],
                "Семинар-практикум «Школа наставника»",
                "Сертификаты",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар и групп",
        [
            act(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                CURP,
                "5.1",
                ("m", 12),
                [CUR],
                "Форсайт-сессия",
                "–",
            ),
            act(
                "Закрепление наставнических пар и групп",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                [DIR],
                "Приказ директора",
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар и групп",
        [
            act(
                "Работа пар и групп по индивидуальным планам",
                "январь – июнь",
                "Наставники",
                "6.4",
                ("r", 1, 6),
                [MEN],
                "Встречи, практика на предприятиях",
                "Журналы",
            ),
            act(
                "Сбор обратной связи от участников",
                "февраль, май",
                CURP,
                "6.5",
                ("m", 2),
                [CUR],
                "Анкетирование (Google-форма)",
                "Справка",
            ),
            act(
                "Итоговая встреча всех пар и групп",
                "июнь",
                "Зам. директора по УР\nЗам. директора по ВР",
                "6.7",
                ("m", 6),
                [ZUV, ZVR],
                "Конференция «Наставничество в АПК»",
                "Программа конференции",
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            act(
                "Подведение итогов, награждение лучших наставников",
                "июнь",
                "Директор\nСтудсовет",
                "7.2",
                ("m", 6),
                [DIR, OTH],
                "Торжественное мероприятие",
                "Грамоты",
            ),
            act(
                "Мониторинг качества реализации программы наставничества",
                "июнь",
                CURP,
                "7.3",
                ("m", 6),
                [CUR],
                "Анализ анкет",
                "Отчёт",
            ),
            act(
                "Мониторинг сайта: наполнение раздела «Наставничество»",
                "в течение учебного года",
                "Ответственный за сайт",
                None,
                ("c",),
                [OTH],
                "Проверка раздела",
                "Справка",
            ),
        ],
    ),
]


def build_college(folder: Path) -> int:
    doc = new_doc("DejaVu Serif Condensed", 9, landscape=True, margin_cm=1.0)
    heads(
        doc,
        [
            ("УТВЕРЖДАЮ: директор колледжа ________ С. В. Гребенюк   «01» сентября 2022 г.", False, "r", 8),
            (
                f"Дорожная карта внедрения целевой модели наставничества в {C_ORG} на 2022-2023 учебный год",
                True,
                "c",
                11,
            ),
            ("", False, None, 4),
        ],
    )
    table = new_table(doc, ["№ п/п", "Мероприятие", "Форма проведения", "Срок", "Ответственные", "Результат"])
    n = 0
    for _stage, heading, acts in C_PARTS:
        assert heading is not None
        stage_line(table, heading)
        for a in acts:
            n += 1
            r = a.row
            add_cells(table, [str(n), r["text"], a.extra[0], str(r["date"]), r["resp"] or "", a.extra[1]])
    _widths(table, [1.0, 8.6, 6.0, 3.3, 4.6, 4.2])
    fresh(folder)
    pages = save_photo(doc, folder, dpi=220, seed=30047, quality=80)
    write_truth(folder, C_ORG, C_YEAR, truth_of(C_PARTS, C_YEAR))
    return pages


# =========================================================================== 5: boarding school
# «№ | Содержание деятельности | Срок исполнения | Исполнители | Отметка о выполнении», Roman
# sections; roles on separate lines; the first rows marked done.  Grey scan, single-page TIFF.

B_ORG = "ГКОУ «Специальная (коррекционная) общеобразовательная школа-интернат № 4» г. Читы"
B_YEAR = 2020
B_PARTS: list[Part] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Разработка и утверждение дорожной карты и Положения о наставничестве",
                "до 15.09.2020",
                "Директор\nЗам. директора по УВР",
                None,
                ("dl", 15, 9, 2020),
                [DIR, ZUV],
                "выполнено",
            ),
            act(
                "Информирование педагогического коллектива о реализации программы наставничества (совещание при директоре)",
                "сентябрь",
                "Зам. директора по УВР",
                "1.1",
                ("m", 9),
                [ZUV],
                "выполнено",
            ),
            act(
                "Информирование родителей (законных представителей) на общешкольном родительском собрании",
                "сентябрь, январь",
                "Зам. директора по ВР\nКлассные руководители",
                "1.2",
                ("m", 9),
                [ZVR, KR],
                "выполнено",
            ),
            act(
                "Встреча обучающихся с выпускниками ОУ и представителями краевого центра «Семья»",
                "октябрь",
                "Социальный педагог",
                "1.3",
                ("m", 10),
                [SOC],
                "выполнено",
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            act(
                "Анкетирование обучающихся 5–9 классов и педагогов, желающих участвовать в программе",
                "октябрь",
                "Педагог-психолог\nТьютор",
                "2.1",
                ("m", 10),
                [PSY, TUT],
                "выполнено",
            ),
            act(
                "Сбор информации о запросах наставляемых от воспитателей и родителей; согласия на обработку ПДн",
                "октябрь",
                "Социальный педагог\nВоспитатели",
                "2.2",
                ("m", 10),
                [SOC, TEA],
                "выполнено",
            ),
            act(
                "Психолого-педагогическая диагностика наставляемых по заданным параметрам",
                "октябрь – ноябрь",
                "Педагог-психолог",
                "3.2",
                ("r", 10, 11),
                [PSY],
                "выполнено",
            ),
            act(
                "Формирование базы наставляемых",
                "ноябрь",
                "Тьютор",
                "2.3",
                ("m", 11),
                [TUT],
                "выполнено",
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            act(
                "Анкетирование потенциальных наставников",
                "ноябрь",
                "Зам. директора по УВР",
                "3.3",
                ("m", 11),
                [ZUV],
                "выполнено",
            ),
            act(
                "Формирование базы наставников",
                "декабрь",
                "Зам. директора по УВР\nТьютор",
                "3.4",
                ("m", 12),
                [ZUV, TUT],
                "",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            act(
                "Поиск экспертов и материалов для обучения наставников (ресурсные центры, ИРО)",
                "декабрь",
                "Зам. директора по УВР",
                "4.3",
                ("m", 12),
                [ZUV],
                "",
            ),
            act(
                "Обучение наставников работе с детьми с ОВЗ",
                "январь – февраль",
                "Педагог-психолог\nРуководитель МО воспитателей",
                "4.4",
                ("r", 1, 2),
                [PSY, SHMO],
                "",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            act(
                "Групповая встреча наставников и наставляемых «Круг доверия»",
                "февраль",
                "Педагог-психолог\nСтарший воспитатель",
                "5.1",
                ("m", 2),
                [PSY, OTH],
                "",
            ),
            act(
                "Анализ анкет групповой встречи, объединение в пары",
                "февраль",
                "Тьютор",
                "5.3",
                ("m", 2),
                [TUT],
                "",
            ),
            act(
                "Приказ о закреплении наставнических пар",
                "февраль",
                "Директор",
                "5.4",
                ("m", 2),
                [DIR],
                "",
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар",
        [
            act(
                "Первая, организационная, встреча наставника и наставляемого",
                "март",
                "Наставники",
                "6.1",
                ("m", 3),
                [MEN],
                "",
            ),
            act(
                "Пробная рабочая встреча наставника и наставляемого",
                "март",
                "Наставники",
                "6.2",
                ("m", 3),
                [MEN],
                "",
            ),
            act(
                "Регулярные встречи наставников и наставляемых",
                "март – май",
                "Наставники\nВоспитатели",
                "6.4",
                ("r", 3, 5),
                [MEN, TEA],
                "",
            ),
            act(
                "Анкетирование участников, мониторинг удовлетворенности",
                "май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                [PSY],
                "",
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            act(
                "Итоговое мероприятие «Праздник наставничества», награждение наставников",
                "май",
                "Зам. директора по ВР\nВоспитатели",
                "7.2",
                ("m", 5),
                [ZVR, TEA],
                "",
            ),
            act(
                "Оформление кейсов совместной работы пар",
                "май",
                "Наставники",
                "7.5",
                ("m", 5),
                [MEN],
                "",
            ),
            act(
                "Внесение данных об итогах в базу наставников и базу наставляемых",
                "июнь",
                "Тьютор",
                "7.7",
                ("m", 6),
                [TUT],
                "",
            ),
            act(
                "Отчёт о выполнении дорожной карты на педагогическом совете",
                "июнь",
                "Зам. директора по УВР",
                None,
                ("m", 6),
                [ZUV],
                "",
            ),
        ],
    ),
]


def build_boarding(folder: Path) -> int:
    doc = new_doc("Liberation Serif", 9.5, margin_cm=1.3)
    heads(
        doc,
        [
            ("СОГЛАСОВАНО", True, None, None),
            ("на заседании методического совета", False, None, None),
            ("протокол № 1 от 28.08.2020", False, None, None),
            ("", False, None, 6),
            ("Дорожная карта", True, "c", 12),
            ("реализации целевой модели наставничества обучающихся", True, "c", 12),
            (B_ORG, True, "c", 12),
            ("на 2020–2021 учебный год", True, "c", 12),
            ("", False, None, 6),
        ],
    )
    table = new_table(
        doc, ["№", "Содержание деятельности", "Срок исполнения", "Исполнители", "Отметка о выполнении"]
    )
    n = 0
    for _stage, heading, acts in B_PARTS:
        assert heading is not None
        stage_line(table, heading, centred=True)
        for a in acts:
            n += 1
            r = a.row
            add_cells(table, [str(n), r["text"], str(r["date"]), r["resp"] or "", a.extra[0]])
    _widths(table, [0.8, 8.3, 2.6, 4.3, 2.4])
    fresh(folder)
    pages = save_scan(doc, folder, dpi=240, seed=30053, fmt="tiff")
    write_truth(folder, B_ORG, B_YEAR, truth_of(B_PARTS, B_YEAR))
    return pages


# =========================================================================== 6: centre of additional education
# No stage rows at all; rows numbered 1..N.  Stage ids come from the matched activity (or the
# topic of an extra).  Image-only scanned PDF of one page.

D_ORG = "МАУ ДО «ЦДО «Созвездие»» г. Калининграда"
D_YEAR = 2025
CMN = "Куратор ЦМН"
MASS = "Заведующий отделом массовой работы"
D_PARTS: list[Part] = [
    (
        1,
        None,
        [
            act(
                "Приказ об организации наставничества в 2025-2026 учебном году",
                "до 05.09.2025",
                "Директор",
                None,
                ("dl", 5, 9, 2025),
                [DIR],
            ),
            act(
                "Актуализация Положения о наставничестве и программы наставничества ЦДО",
                "сентябрь",
                "Методист",
                None,
                ("m", 9),
                [MET],
            ),
            act(
                "Информирование ПДО о программе наставничества на педагогическом совете",
                "сентябрь",
                "Зам. директора по УВР",
                "1.1",
                ("m", 9),
                [ZUV],
            ),
            act(
                "Информирование родителей: собрания в объединениях, сайт ЦДО, «Сферум»",
                "сентябрь, январь",
                "ПДО",
                "1.2",
                ("m", 9),
                [TEA],
            ),
            act(
                "Встреча с обучающимися объединений «Наставник – это…»",
                "сентябрь",
                "ПДО, куратор ЦМН",
                "1.4",
                ("m", 9),
                [TEA, CUR],
            ),
        ],
    ),
    (
        2,
        None,
        [
            act(
                "Анкетирование обучающихся и молодых ПДО – будущих наставляемых",
                "октябрь",
                CMN,
                "2.1",
                ("m", 10),
                [CUR],
            ),
            act(
                "Формирование базы наставляемых",
                "октябрь",
                "Методист",
                "2.3",
                ("m", 10),
                [MET],
            ),
        ],
    ),
    (
        3,
        None,
        [
            act(
                "Определение форм наставничества на учебный год",
                "октябрь",
                "Зам. директора по УВР, методист",
                "3.1",
                ("m", 10),
                [ZUV, MET],
            ),
            act(
                "Анкетирование потенциальных наставников из числа опытных ПДО и обучающихся – победителей конкурсов",
                "октябрь",
                CMN,
                "3.3",
                ("m", 10),
                [CUR],
            ),
            act(
                "Формирование базы наставников",
                "ноябрь",
                "Методист",
                "3.4",
                ("m", 11),
                [MET],
            ),
        ],
    ),
    (
        4,
        None,
        [
            act(
                "Обучение наставников: цикл занятий «Школа наставника ЦДО»",
                "I полугодие",
                "Методист",
                "4.4",
                ("r", 9, 12),
                [MET],
            ),
        ],
    ),
    (
        5,
        None,
        [
            act(
                "Квест «Найди пару» – групповая встреча наставников и наставляемых",
                "ноябрь",
                MASS,
                "5.1",
                ("m", 11),
                [OTH],
            ),
            act(
                "Закрепление наставнических пар приказом директора",
                "ноябрь",
                "Директор",
                "5.4",
                ("m", 11),
                [DIR],
            ),
        ],
    ),
    (
        6,
        None,
        [
            act(
                "Встреча-планирование работы пары, составление плана",
                "декабрь",
                "Наставники",
                "6.3",
                ("m", 12),
                [MEN],
            ),
            act(
                "Регулярные встречи наставников и наставляемых",
                "в течение учебного года",
                "Наставники",
                "6.4",
                ("c",),
                [MEN],
            ),
            act(
                "Сбор обратной связи от участников программы",
                "по плану",
                CMN,
                "6.5",
                ("u",),
                [CUR],
            ),
            act(
                "Отчётный концерт-выставка «Вместе мы можем» – итоговая встреча всех пар",
                "апрель",
                f"{MASS}, ПДО",
                "6.7",
                ("m", 4),
                [OTH, TEA],
            ),
            act(
                "Мониторинг удовлетворенности участием в программе",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                [PSY],
            ),
        ],
    ),
    (
        7,
        None,
        [
            act(
                "Торжественное подведение итогов, награждение лучших наставников",
                "май",
                "Директор",
                "7.2",
                ("m", 5),
                [DIR],
            ),
            act(
                "Публикация лучших практик на сайте ЦДО и в сообществе ВКонтакте",
                "май",
                "Ответственный за сайт",
                "7.6",
                ("m", 5),
                [OTH],
            ),
            act(
                "Формирование долгосрочной базы наставников",
                "июнь",
                CMN,
                "7.8",
                ("m", 6),
                [CUR],
            ),
            act(
                "Благодарственные письма наставникам",
                "июнь",
                "Директор",
                None,
                ("m", 6),
                [DIR],
            ),
        ],
    ),
]


def build_centre(folder: Path) -> int:
    doc = new_doc("DejaVu Sans", 10.5, margin_cm=1.4)
    heads(
        doc,
        [
            ("Утвержден приказом директора", False, "r", 8.5),
            ("от 29.08.2025 № 96-од", False, "r", 8.5),
            ("", False, None, 6),
            ("План мероприятий («дорожная карта»)", True, "c", 11),
            (
                f"по реализации целевой модели наставничества в {D_ORG} на 2025-2026 учебный год",
                True,
                "c",
                11,
            ),
            ("", False, None, 6),
        ],
    )
    table = new_table(doc, ["№", "Наименование мероприятия", "Сроки", "Ответственные"])
    n = 0
    for _stage, heading, acts in D_PARTS:
        assert heading is None
        for a in acts:
            n += 1
            r = a.row
            add_cells(table, [str(n), r["text"], str(r["date"]), r["resp"] or ""])
    _widths(table, [0.9, 10.0, 3.0, 4.3])
    heads(
        doc,
        [
            ("", False, None, 8),
            ("Заместитель директора по УВР ____________ Е. А. Смолина", False, None, None),
        ],
    )
    fresh(folder)
    pages = save_scanned_pdf(doc, folder, pages=1, dpi=200, seed=30064)
    write_truth(folder, D_ORG, D_YEAR, truth_of(D_PARTS, D_YEAR))
    return pages


# =========================================================================== 7: gymnasium
# Header row shaded grey (repeated on page 2), stage rows in italics «N этап.», abbreviations
# ЗДУВР/ЗДВР/ШМО.  Image-only scanned PDF of two pages.

G_ORG = "МАОУ «Гимназия № 17» г. Петрозаводска"
G_YEAR = 2026
G_PARTS: list[Part] = [
    (
        1,
        "1 этап. Подготовка условий для запуска программы наставничества",
        [
            act(
                "Совещание при директоре: информирование педагогов о реализации программы наставничества",
                "07.09.2026",
                "Директор\nЗДУВР",
                "1.1",
                ("d", 7, 9, 2026),
                [DIR, ZUV],
            ),
            act(
                "Назначение куратора программы наставничества, создание рабочей группы (приказ)",
                "до 15.09.2026",
                "Директор",
                None,
                ("dl", 15, 9, 2026),
                [DIR],
            ),
            act(
                "Информирование родителей: родительские собрания, сайт гимназии",
                "сентябрь",
                "Классные руководители\nЗДВР",
                "1.2",
                ("m", 9),
                [KR, ZVR],
            ),
            act(
                "Встреча с выпускниками гимназии и представителями ПетрГУ",
                "октябрь",
                "ЗДВР\nСоветник директора по воспитанию",
                "1.3",
                ("m", 10),
                [ZVR, SOV],
            ),
            act(
                "Информирование обучающихся о программе наставничества (классные часы, линейка)",
                "сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                [KR],
            ),
        ],
    ),
    (
        2,
        "2 этап. Формирование базы наставляемых",
        [
            act(
                "Анкетирование обучающихся 5–11 классов и педагогов; сбор согласий совершеннолетних участников",
                "сентябрь – октябрь",
                "Тьютор\nПсихолог",
                "2.1",
                ("r", 9, 10),
                [TUT, PSY],
            ),
            act(
                "Сбор информации о запросах наставляемых от классных руководителей, психолога, родителей; согласия законных представителей",
                "октябрь",
                "Классные руководители",
                "2.2",
                ("m", 10),
                [KR],
            ),
            act(
                "Анализ данных, формирование базы наставляемых",
                "октябрь",
                "ЗДУВР",
                "2.3",
                ("m", 10),
                [ZUV],
            ),
        ],
    ),
    (
        3,
        "3 этап. Формирование базы наставников",
        [
            act(
                "Выбор форм наставничества: «ученик – ученик», «учитель – учитель», «студент – ученик»",
                "октябрь",
                "ЗДУВР\nРуководители ШМО",
                "3.1",
                ("m", 10),
                [ZUV, SHMO],
            ),
            act(
                "Оценка наставляемых по заданным параметрам",
                "октябрь",
                "Психолог",
                "3.2",
                ("m", 10),
                [PSY],
            ),
            act(
                "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
                "ноябрь",
                "Руководители ШМО",
                "3.3",
                ("m", 11),
                [SHMO],
            ),
            act(
                "Формирование базы наставников",
                "ноябрь",
                "ЗДУВР",
                "3.4",
                ("m", 11),
                [ZUV],
            ),
        ],
    ),
    (
        4,
        "4 этап. Отбор и обучение наставников",
        [
            act(
                "Оценка наставников по заданным параметрам",
                "ноябрь",
                "Психолог",
                "4.1",
                ("m", 11),
                [PSY],
            ),
            act(
                "Собеседование с наставниками",
                "ноябрь",
                "ЗДУВР\nПсихолог",
                "4.2",
                ("m", 11),
                [ZUV, PSY],
            ),
            act(
                "Подбор литературы и методических материалов для наставников (выставка в библиотеке гимназии)",
                "ноябрь",
                "Педагог-библиотекарь",
                "4.3",
                ("m", 11),
                [LIB],
            ),
            act(
                "Обучение наставников: семинары, вебинары КИРО",
                "IV квартал",
                "ЗДУВР",
                "4.4",
                ("r", 10, 12),
                [ZUV],
            ),
        ],
    ),
    (
        5,
        "5 этап. Формирование наставнических пар и групп",
        [
            act(
                "Групповая встреча наставников и наставляемых «Давайте знакомиться!»",
                "декабрь",
                "Советник директора по воспитанию",
                "5.1",
                ("m", 12),
                [SOV],
            ),
            act(
                "Анкетирование участников после групповой встречи",
                "декабрь",
                "Психолог",
                "5.2",
                ("m", 12),
                [PSY],
            ),
            act(
                "Формирование пар и групп на основе анкет",
                "декабрь",
                "Рабочая группа",
                "5.3",
                ("m", 12),
                [OTH],
            ),
            act(
                "Приказ о закреплении наставнических пар и групп",
                "декабрь",
                "Директор",
                "5.4",
                ("m", 12),
                [DIR],
            ),
        ],
    ),
    (
        6,
        "6 этап. Организация работы наставнических пар и групп",
        [
            act(
                "Организационная встреча наставника и наставляемого",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                [MEN],
            ),
            act(
                "Встреча-планирование, составление плана работы пары",
                "январь",
                "Наставники",
                "6.3",
                ("m", 1),
                [MEN],
            ),
            act(
                "Регулярные встречи наставника и наставляемого, реализация плана",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                [MEN],
            ),
            act(
                "Сбор обратной связи от участников",
                "март",
                "Тьютор",
                "6.5",
                ("m", 3),
                [TUT],
            ),
            act(
                "Заключительная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                [MEN],
            ),
        ],
    ),
    (
        7,
        "7 этап. Завершение наставничества",
        [
            act(
                "Торжественное мероприятие «Наставник года», награждение лучших наставников",
                "май",
                "Директор\nЗДВР",
                "7.2",
                ("m", 5),
                [DIR, ZVR],
            ),
            act(
                "Итоговый мониторинг влияния программ на всех участников",
                "май",
                "Психолог",
                "7.4",
                ("m", 5),
                [PSY],
            ),
            act(
                "Публикация результатов и кейсов на сайте гимназии",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                [OTH],
            ),
            act(
                "Отчёт о реализации дорожной карты в Управление образования",
                "ежегодно",
                "ЗДУВР",
                None,
                ("a",),
                [ZUV],
            ),
        ],
    ),
]


def build_gymnasium(folder: Path) -> int:
    doc = new_doc("Liberation Serif", 12, margin_cm=2.0)
    heads(
        doc,
        [
            ("ПРИНЯТО на педагогическом совете, протокол от 28.08.2026 № 1", False, None, 10),
            ("УТВЕРЖДЕНО приказом от 31.08.2026 № 155", False, "r", 10),
            ("", False, None, 8),
            (
                f"Дорожная карта реализации целевой модели наставничества в {G_ORG} на 2026–2027 учебный год",
                True,
                "c",
                13,
            ),
            ("", False, None, 8),
        ],
    )
    table = new_table(doc, ["№ п/п", "Мероприятия", "Сроки проведения", "Ответственные"], fill="BFBFBF")
    repeat_header(table.rows[0])
    n = 0
    for _stage, heading, acts in G_PARTS:
        assert heading is not None
        cant_split(stage_line(table, heading, italic=True))
        for a in acts:
            n += 1
            r = a.row
            cant_split(add_cells(table, [str(n), r["text"], str(r["date"]), r["resp"] or ""]))
    _widths(table, [1.3, 9.0, 3.0, 3.7])
    heads(
        doc,
        [
            ("", False, None, 10),
            ("Исполнитель: заместитель директора по УВР Н. В. Лазарева", False, None, 10),
        ],
    )
    fresh(folder)
    pages = save_scanned_pdf(doc, folder, pages=2, dpi=200, seed=30078)
    write_truth(folder, G_ORG, G_YEAR, truth_of(G_PARTS, G_YEAR))
    return pages


# =========================================================================== 8: basic school
# Stage-grouped: one table row per stage, sub-activities 1) 2) … in one cell, dates stacked one
# line per sub-activity (padded to stay level with wrapped text), one responsible cell per stage.
# Phone photo.

O_ORG = "МКОУ «Ивановская основная общеобразовательная школа» Хабаровского района"
O_YEAR = 2019
O_FONT = "DejaVu Serif"
O_SIZE = 10.5
O_WIDTHS = (3.7, 7.7, 3.4, 4.0)

# Result lines printed under some stage names (no activities).
O_RESULTS = {
    2: "Результат: база наставляемых с перечнем запросов",
    3: "Результат: база наставников",
    5: "Результат: сформированы пары «учитель – ученик», «ученик – ученик»",
}

# (stage id, stage cell, responsible cell, roles, sub-activities)
OGroup = tuple[int, str, str, list[str], list[Act]]


def sub(text: str, date: str, aid: str | None, spec: DateSpec, roles: list[str]) -> Act:
    return act(text, date, "", aid, spec, roles)


def o_groups() -> list[OGroup]:
    g1 = [DIR, ZUV]
    g2 = [ZUV, KR]
    g3 = [ZUV]
    g4 = [DIR, PSY]
    g5 = [ZUV, DIR]
    g6 = [MEN, CUR]
    g7 = [DIR, ZUV, OTH]
    return [
        (
            1,
            "Подготовка условий для запуска программы наставничества",
            "Директор, зам. директора по УВР",
            g1,
            [
                sub(
                    "Приказ о внедрении целевой модели наставничества, назначение куратора",
                    "январь 2020 г.",
                    None,
                    ("m", 1, 2020),
                    g1,
                ),
                sub(
                    "Информирование педагогов на совещании при директоре",
                    "январь 2020 г.",
                    "1.1",
                    ("m", 1, 2020),
                    g1,
                ),
                sub("Информирование родителей на общешкольном собрании", "февраль", "1.2", ("m", 2), g1),
                sub(
                    "Встреча с обучающимися 7–9 классов о программе наставничества",
                    "февраль",
                    "1.4",
                    ("m", 2),
                    g1,
                ),
            ],
        ),
        (
            2,
            "Формирование базы наставляемых",
            "Зам. директора по УВР, классные руководители",
            g2,
            [
                sub("Анкетирование обучающихся и педагогов, сбор согласий", "февраль", "2.1", ("m", 2), g2),
                sub(
                    "Сбор информации о запросах наставляемых от классных руководителей и родителей",
                    "февраль",
                    "2.2",
                    ("m", 2),
                    g2,
                ),
                sub("Формирование базы наставляемых", "март", "2.3", ("m", 3), g2),
            ],
        ),
        (
            3,
            "Формирование базы наставников",
            "Зам. директора по УВР",
            g3,
            [
                sub("Выбор форм наставничества", "март", "3.1", ("m", 3), g3),
                sub("Анкетирование потенциальных наставников", "март", "3.3", ("m", 3), g3),
                sub("Формирование базы наставников", "март", "3.4", ("m", 3), g3),
            ],
        ),
        (
            4,
            "Отбор и обучение наставников",
            "Директор, педагог-психолог",
            g4,
            [
                sub("Собеседование с наставниками", "март", "4.2", ("m", 3), g4),
                sub("Обучение наставников (дистанционные курсы)", "апрель", "4.4", ("m", 4), g4),
            ],
        ),
        (
            5,
            "Формирование наставнических пар",
            "Зам. директора по УВР, директор",
            g5,
            [
                sub("Групповая встреча наставников и наставляемых", "апрель", "5.1", ("m", 4), g5),
                sub("Закрепление пар приказом директора", "апрель", "5.4", ("m", 4), g5),
            ],
        ),
        (
            6,
            "Организация работы наставнических пар",
            "Наставники, куратор программы",
            g6,
            [
                sub("Организационная встреча наставника и наставляемого", "апрель", "6.1", ("m", 4), g6),
                sub("Регулярные встречи наставника и наставляемого", "апрель – май", "6.4", ("r", 4, 5), g6),
                sub("Сбор обратной связи от участников", "май", "6.5", ("m", 5), g6),
                sub("Анкетирование участников, мониторинг удовлетворенности", "май", "6.8", ("m", 5), g6),
            ],
        ),
        (
            7,
            "Завершение наставничества",
            "Директор, зам. директора по УВР, ответственный за сайт",
            g7,
            [
                sub(
                    "Итоговое мероприятие «Ярмарка достижений», награждение лучших наставников",
                    "май",
                    "7.2",
                    ("m", 5),
                    g7,
                ),
                sub("Мониторинг качества реализации программы", "май", "7.3", ("m", 5), g7),
                sub("Публикация результатов на сайте школы", "июнь", "7.6", ("m", 6), g7),
                sub(
                    "Отчёт в управление образования администрации района",
                    "до 15.06.2020",
                    None,
                    ("dl", 15, 6, 2020),
                    g7,
                ),
            ],
        ),
    ]


def build_basic(folder: Path) -> int:
    groups = o_groups()
    doc = new_doc(O_FONT, O_SIZE, margin_cm=1.1)
    heads(
        doc,
        [
            ("Утверждена приказом по школе от 27.12.2019 № 118", False, "r", 8.5),
            ("", False, None, 6),
            ("Дорожная карта", True, "c", 11.5),
            (f"внедрения целевой модели наставничества в {O_ORG}", True, "c", 11.5),
            ("на 2019/2020 учебный год", True, "c", 11.5),
            ("", False, None, 6),
        ],
    )
    table = new_table(doc, ["Этап", "Мероприятия", "Сроки", "Ответственные"])
    for stage, title, resp, _roles, acts in groups:
        items: list[str] = []
        dates: list[str] = []
        for k, a in enumerate(acts, start=1):
            line = f"{k}) {a.row['text']}"
            items.append(line)
            date = str(a.row["date"])
            assert wrap_count(date, O_FONT, O_SIZE, O_WIDTHS[2]) == 1, date
            dates.append(date)
            dates.extend([""] * (wrap_count(line, O_FONT, O_SIZE, O_WIDTHS[1]) - 1))
        stage_cell = f"{stage}. {title}" + (f"\n{O_RESULTS[stage]}" if stage in O_RESULTS else "")
        add_cells(table, [stage_cell, "\n".join(items), "\n".join(dates), resp])
    _widths(table, O_WIDTHS)
    fresh(folder)
    pages = save_photo(doc, folder, dpi=165, seed=30089, quality=55)
    parts: list[Part] = [(stage, title, acts) for stage, title, _resp, _roles, acts in groups]
    write_truth(folder, O_ORG, O_YEAR, truth_of(parts, O_YEAR))
    return pages


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "usttalitsa_lukin_school_photo_jpg": build_village,
    "yoshkarola_lyceum23_mergedstage_scan_png": build_lyceum,
    "norilsk_ds58_result_photo_jpg": build_kindergarten,
    "novokubansk_agrocollege_landscape_photo_jpg": build_college,
    "chita_internat4_marks_scan_tiff": build_boarding,
    "kaliningrad_cdo_nostages_scan_pdf": build_centre,
    "petrozavodsk_gymn17_grey_scan_pdf": build_gymnasium,
    "ivanovka_oosh_grouped_photo_jpg": build_basic,
}


def main() -> None:
    for name, builder in BUILDERS.items():
        pages = builder(HERE / name)
        print(f"{name}: {pages} page(s)")


if __name__ == "__main__":
    main()
