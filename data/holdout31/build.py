"""Build holdout31: eight roadmaps that exist only as images of a printed page.

Run: .venv/bin/python -m data.holdout31.build

Each document is written as a DOCX (python-docx), printed to PDF by LibreOffice, rendered with
pypdfium2 and turned into a phone photo (JPEG), a grey scan (PNG/TIFF) or an image-only scanned PDF.
Only the image file is kept as ``roadmap.<ext>`` next to its hand-labelled ``truth.json``.

    a_kovrov        photo (JPEG)              stage rows in bold capitals
    b_kamyshin      photo, slightly dark      stage rows in italics (kindergarten)
    c_yoshkar_ola   photo, page far away      an order «О внедрении…» (not a roadmap)
    d_shadrinsk     grey scan PNG 200 dpi     «Форма проведения» and «Ответственный» columns (college)
    e_karpogory     grey scan TIFF 200 dpi    2022 model, stage-grouped rows, line-aligned dates
    f_tyumen        grey scan PNG 150 dpi     stage rows «5.» with sub-item rows «5.1», «5.2»
    g_leningradskaya scanned PDF, 2 pages     small 9 pt print, header row repeated on page 2
    h_chusovoy      scanned PDF, 2 pages      no stage headings, header not repeated

Labels are what is printed; date specs are expanded by ``expand`` from data.holdout.build.
Random noise uses fixed seeds, so a rebuild gives the same images.
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
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from PIL import Image, ImageFont

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

FONT_FILES = {
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}

Model: TypeAlias = Literal["target_model_2019", "teachers_2022", "unknown"]
Status: TypeAlias = Literal["ok", "partial", "not_roadmap"]
StageStyle: TypeAlias = Literal["caps", "italic", "shaded", "numbered", "none"]
Align: TypeAlias = Literal["l", "c", "r", "j"]


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Act:
    """One printed activity with its hand label."""

    num: str
    text: str
    date: str
    resp: str
    aid: str | None
    spec: DateSpec
    roles: list[str]
    extra: tuple[str, ...] = ()  # extra printed columns (form, result) in column order
    annual: bool = False  # «Ежегодно, до …»: a deadline that recurs every year
    stage: int | None = None  # stage for documents without stage headings


@dataclass(frozen=True)
class StageRow:
    """A stage heading printed as a row of the table."""

    stage_id: int
    text: str
    num: str = ""


Item: TypeAlias = StageRow | Act


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    align: Align = "l"
    size: float | None = None
    italic: bool = False
    space_after: float = 0.0


@dataclass
class TableDoc:
    """A roadmap printed as one table."""

    landscape: bool
    font: str
    size: float  # body text size
    table_size: float  # table text size
    head: list[Para]
    headers: list[str]
    widths: list[float]
    cells: Callable[[Act], list[str]]
    items: list[Item]
    stage_style: StageStyle
    repeat_header: bool = False
    tail: list[Para] = field(default_factory=list)
    center_cols: tuple[int, ...] = ()
    margin_cm: float = 1.5  # top and bottom page margins


def activities(items: Sequence[Item], y: int) -> list[TruthActivity]:
    """Truth rows in reading order; the stage is the heading above, else the act's own."""
    out: list[TruthActivity] = []
    stage: int | None = None
    for it in items:
        if isinstance(it, StageRow):
            stage = it.stage_id
            continue
        sid = stage if stage is not None else it.stage
        assert sid is not None, it
        assert len(set(it.roles)) == len(it.roles), it
        d = expand(it.spec, y)
        recurrence = d["recurrence"]
        if it.annual:
            assert it.spec[0] == "dl", it
            recurrence = "annual"
        out.append(
            {
                "text": it.text,
                "activity_id": it.aid,
                "stage_id": sid,
                "date_kind": d["date_kind"],
                "date_start": d["date_start"],
                "date_end": d["date_end"],
                "month_start": d["month_start"],
                "month_end": d["month_end"],
                "recurrence": recurrence,
                "roles": list(it.roles),
            }
        )
    return out


def save_truth(
    folder: Path,
    org: str,
    y: int | None,
    acts: list[TruthActivity],
    model: Model = "target_model_2019",
    status: Status = "ok",
) -> None:
    """write_truth, then the document fields it cannot set (model, status, a missing year)."""
    write_truth(folder, org, 0 if y is None else y, acts)
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["status"] = status
    truth["document"]["model"] = model
    truth["document"]["academic_year_start"] = y
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- docx helpers


def _doc(landscape: bool, font: str, size: float) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    return doc


_ALIGN = {
    "l": WD_ALIGN_PARAGRAPH.LEFT,
    "c": WD_ALIGN_PARAGRAPH.CENTER,
    "r": WD_ALIGN_PARAGRAPH.RIGHT,
    "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _add_para(doc: DocxDocument, p: Para) -> None:
    par = doc.add_paragraph()
    run = par.add_run(p.text)
    run.bold = p.bold
    run.italic = p.italic
    if p.size:
        run.font.size = Pt(p.size)
    par.alignment = _ALIGN[p.align]
    par.paragraph_format.space_after = Pt(p.space_after)


def _mark_size(p: Paragraph, size: float) -> None:
    """The paragraph mark's font size: it sets the height of an empty padding line."""
    p_pr = p._p.get_or_add_pPr()
    r_pr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(round(size * 2)))
    r_pr.append(sz)
    p_pr.append(r_pr)


def _cell(
    cell: _Cell,
    text: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: Align = "l",
) -> None:
    """Cell text; '\\n' starts a new paragraph (an empty line pads line-aligned columns)."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = _ALIGN[align]
        _mark_size(p, size)
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def write_table_doc(path: Path, td: TableDoc) -> None:
    doc = _doc(td.landscape, td.font, td.size)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(td.margin_cm)
    for p in td.head:
        _add_para(doc, p)
    n = len(td.headers)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(td.headers):
        _cell(hdr.cells[i], h, td.table_size, bold=True, align="c")
    if td.repeat_header:
        _repeat_header(hdr)
    for it in td.items:
        row = table.add_row()
        if isinstance(it, StageRow):
            if td.stage_style == "numbered":
                _cell(row.cells[0], it.num, td.table_size, bold=True, align="c")
                _cell(row.cells[1], it.text, td.table_size, bold=True)
                continue
            merged = row.cells[0].merge(row.cells[n - 1])
            if td.stage_style == "caps":
                _cell(merged, it.text.upper(), td.table_size, bold=True, align="c")
            elif td.stage_style == "italic":
                _cell(merged, it.text, td.table_size, italic=True)
            else:
                _cell(merged, it.text, td.table_size, bold=True)
                _shade(merged, "D9D9D9")
            continue
        for i, val in enumerate(td.cells(it)):
            _cell(row.cells[i], val, td.table_size, align="c" if i in td.center_cols else "l")
    _widths(table, td.widths)
    for p in td.tail:
        _add_para(doc, p)
    doc.save(str(path))


# --------------------------------------------------------------------------- images


def docx_to_pdf(write: Callable[[Path], None]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "roadmap.docx"
        write(docx)
        pdf = Path(tmp) / "roadmap.pdf"
        _soffice_pdf(docx, pdf)
        return pdf.read_bytes()


def _pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


DESK = (118, 120, 116)


def photo_jpeg(pdf: bytes, seed: int, kind: Literal["plain", "dark", "far"]) -> bytes:
    assert _pages(pdf) == 1, "a photo holds one page"
    rng = np.random.default_rng(seed)
    page = render_page(pdf, 0, 170)
    if kind == "far":
        # the page lies in the middle of the desk, a good deal of desk around it
        w, h = page.size
        desk = Image.new("RGB", (int(w * 1.55), int(h * 1.38)), DESK)
        desk.paste(page, (int(w * 0.24), int(h * 0.17)))
        page = desk
    photo = photo_of(page, rng)
    if kind == "dark":
        px = np.asarray(photo, dtype=np.float64)
        dark = px * np.array([0.60, 0.58, 0.54]) + rng.normal(0.0, 4.0, px.shape)
        photo = Image.fromarray(np.clip(dark, 0, 255).astype(np.uint8), mode="RGB")
    if kind == "far":
        photo = photo.resize((photo.width * 3 // 4, photo.height * 3 // 4), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=84)
    return buf.getvalue()


def scan_image(pdf: bytes, seed: int, dpi: int, fmt: Literal["PNG", "TIFF"]) -> bytes:
    assert _pages(pdf) == 1, "a single-page scan"
    rng = np.random.default_rng(seed)
    img = scan_page(render_page(pdf, 0, dpi), rng)
    buf = io.BytesIO()
    if fmt == "PNG":
        img.save(buf, format="PNG", dpi=(dpi, dpi), optimize=True)
    else:
        img.save(buf, format="TIFF", dpi=(dpi, dpi), compression="tiff_lzw")
    return buf.getvalue()


def scanned_pdf(pdf: bytes, seed: int, dpi: int, scanned: dt.datetime) -> bytes:
    assert _pages(pdf) == 2, f"two pages expected, got {_pages(pdf)}"
    rng = np.random.default_rng(seed)
    pages = [scan_page(render_page(pdf, i, dpi), rng) for i in range(2)]
    buf = io.BytesIO()
    pages[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=scanned.timetuple(),
        modDate=scanned.timetuple(),
    )
    return buf.getvalue()


def put(folder: Path, ext: str, data: bytes) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / f"roadmap.{ext}").write_bytes(data)


# =========================================================================== A: Ковров, photo
# Numbered 4-column table, stage rows in bold capitals spanning the row.

A_ORG = "МБОУ «СОШ № 14» г. Коврова"
A_YEAR = 2020
# fmt: off
A_ITEMS: list[Item] = [
    StageRow(1, "I. Подготовка условий для запуска программы наставничества"),
    Act("1", "Издание приказа о внедрении целевой модели наставничества и назначении куратора программы", "до 01.09.2020", "Директор школы", None, ("dl", 1, 9, 2020), ["director"]),
    Act("2", "Разработка и утверждение Положения о наставничестве и дорожной карты", "сентябрь 2020 г.", "Куратор программы, рабочая группа", None, ("m", 9, 2020), ["program_curator", "other"]),
    Act("3", "Педагогический совет «Наставничество как ресурс развития школы»: знакомство коллектива с программой", "28.08.2020", "Зам. директора по УВР Жукова Т.А.", "1.1", ("d", 28, 8, 2020), ["deputy_director_academic"]),
    Act("4", "Общешкольное родительское собрание: рассказ родителям о программе наставничества", "октябрь", "Классные руководители", "1.2", ("m", 10), ["class_teacher"]),
    Act("5", "Классные часы в 5–11 классах: что такое наставничество и как в нём участвовать", "сентябрь – октябрь", "Классные руководители, старший вожатый", "1.4", ("r", 9, 10), ["class_teacher", "senior_counselor"]),
    Act("6", "Встреча с выпускниками школы и представителями предприятий города", "ноябрь", "Зам. директора по ВР", "1.3", ("m", 11), ["deputy_director_upbringing"]),
    StageRow(2, "II. Формирование базы наставляемых"),
    Act("7", "Анкетирование учащихся, желающих участвовать в программе; сбор согласий на обработку персональных данных", "сентябрь", "Куратор программы, педагог-психолог", "2.1", ("m", 9), ["program_curator", "psychologist"]),
    Act("8", "Сбор сведений о запросах наставляемых у классных руководителей, психолога, родителей; согласия законных представителей", "октябрь", "Классные руководители", "2.2", ("m", 10), ["class_teacher"]),
    Act("9", "Формирование базы наставляемых по итогам анализа анкет", "до 15 октября", "Куратор программы", "2.3", ("dl", 15, 10), ["program_curator"]),
    StageRow(3, "III. Формирование базы наставников"),
    Act("10", "Определение форм наставничества: «ученик – ученик», «учитель – ученик», «работодатель – ученик»", "сентябрь", "Рабочая группа", "3.1", ("m", 9), ["other"]),
    Act("11", "Анкетирование педагогов, выпускников и партнёров, готовых стать наставниками", "октябрь", "Зам. директора по УВР", "3.3", ("m", 10), ["deputy_director_academic"]),
    Act("12", "Формирование базы наставников, сопоставление анкет наставников и наставляемых", "ноябрь", "Куратор программы", "3.4", ("m", 11), ["program_curator"]),
    StageRow(4, "IV. Отбор и обучение наставников"),
    Act("13", "Собеседование с кандидатами в наставники", "ноябрь", "Педагог-психолог Лаптева О.Н.", "4.2", ("m", 11), ["psychologist"]),
    Act("14", "Подбор методических материалов и обучающий семинар для наставников", "ноябрь – декабрь", "Куратор программы, руководители ШМО", "4.3", ("r", 11, 12), ["program_curator", "head_of_methodical_association"]),
    StageRow(5, "V. Формирование наставнических пар (групп)"),
    Act("15", "Групповая встреча наставников и наставляемых в формате «Быстрые знакомства»", "декабрь", "Куратор программы, педагог-психолог", "5.1", ("m", 12), ["program_curator", "psychologist"]),
    Act("16", "Закрепление наставнических пар приказом директора", "до 25 декабря", "Директор школы", "5.4", ("dl", 25, 12), ["director"]),
    StageRow(6, "VI. Организация работы наставнических пар (групп)"),
    Act("17", "Первая, организационная, встреча в парах", "январь 2021 г.", "Наставники", "6.1", ("m", 1, 2021), ["mentors"]),
    Act("18", "Регулярные встречи наставников и наставляемых по индивидуальным планам", "январь – май", "Наставники", "6.4", ("r", 1, 5), ["mentors"]),
    Act("19", "Сбор обратной связи от участников (анкета «Как идёт работа в паре?»)", "февраль, апрель", "Куратор программы", "6.5", ("m", 2), ["program_curator"]),
    StageRow(7, "VII. Завершение наставничества"),
    Act("20", "Итоговая конференция «Наставник и я» с награждением лучших наставников", "май 2021 г.", "Администрация школы", "7.2", ("m", 5, 2021), ["other"]),
    Act("21", "Мониторинг качества реализации программы наставничества", "май", "Куратор программы, педагог-психолог", "7.3", ("m", 5), ["program_curator", "psychologist"]),
    Act("22", "Размещение итогов программы и лучших практик на сайте школы", "июнь", "Ответственный за сайт", "7.6", ("m", 6), ["other"]),
]
# fmt: on


def pdf_a() -> bytes:
    td = TableDoc(
        landscape=False,
        font="Liberation Serif",
        size=11,
        table_size=10,
        head=[
            Para("УТВЕРЖДАЮ", align="r"),
            Para("Директор МБОУ «СОШ № 14» г. Коврова", align="r"),
            Para("__________ Л.В. Кузнецова", align="r"),
            Para("Приказ № 112-о от 27.08.2020", align="r", space_after=8),
            Para("Дорожная карта", bold=True, align="c", size=13),
            Para(
                f"внедрения целевой модели наставничества в {A_ORG} на 2020-2021 учебный год",
                bold=True,
                align="c",
                size=12,
                space_after=8,
            ),
        ],
        headers=["№ п/п", "Содержание мероприятия", "Срок исполнения", "Ответственный"],
        widths=[1.2, 9.4, 3.2, 4.2],
        cells=lambda a: [a.num, a.text, a.date, a.resp],
        items=A_ITEMS,
        stage_style="caps",
        center_cols=(0,),
        margin_cm=1.1,
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_a(folder: Path) -> int:
    pdf = pdf_a()
    put(folder, "jpg", photo_jpeg(pdf, 3101, "plain"))
    acts = activities(A_ITEMS, A_YEAR)
    save_truth(folder, A_ORG, A_YEAR, acts)
    return len(acts)


# =========================================================================== B: детский сад, dark photo
# Three columns without numbers, stage rows in italics.

B_ORG = "МБДОУ «Детский сад № 12 «Теремок»» г. Камышина"
B_YEAR = 2023
# fmt: off
B_ITEMS: list[Item] = [
    StageRow(1, "Этап 1. Подготовка условий для запуска программы наставничества"),
    Act("", "Утверждение плана мероприятий, назначение куратора программы наставничества", "до 15.09.2023", "Заведующий", None, ("dl", 15, 9, 2023), ["director"]),
    Act("", "Педагогический час: знакомство педагогов ДОУ с целевой моделью наставничества", "сентябрь 2023 г.", "Старший воспитатель", "1.1", ("m", 9, 2023), ["other"]),
    Act("", "Информация для родителей о программе наставничества на стендах и в группе детского сада ВКонтакте", "сентябрь – октябрь 2023 г.", "Воспитатели групп", "1.2", ("r", 9, 10, 2023, 2023), ["teachers"]),
    StageRow(2, "Этап 2. Формирование базы наставляемых"),
    Act("", "Анкетирование педагогов, желающих участвовать в программе (молодые и вновь принятые воспитатели), сбор согласий на обработку персональных данных", "октябрь 2023 г.", "Старший воспитатель, педагог-психолог", "2.1", ("m", 10, 2023), ["other", "psychologist"]),
    Act("", "Анализ анкет, формирование базы наставляемых", "ноябрь 2023 г.", "Куратор программы", "2.3", ("m", 11, 2023), ["program_curator"]),
    StageRow(3, "Этап 3. Формирование базы наставников"),
    Act("", "Выбор форм наставничества: «педагог – педагог», «руководитель – педагог»", "октябрь 2023 г.", "Рабочая группа", "3.1", ("m", 10, 2023), ["other"]),
    Act("", "Анализ анкет опытных педагогов и формирование базы наставников", "ноябрь 2023 г.", "Куратор программы", "3.4", ("m", 11, 2023), ["program_curator"]),
    StageRow(4, "Этап 4. Отбор и обучение наставников"),
    Act("", "Консультация для наставников «Как выстроить работу с наставляемым»", "декабрь 2023 г.", "Педагог-психолог", "4.4", ("m", 12, 2023), ["psychologist"]),
    StageRow(5, "Этап 5. Формирование наставнических пар"),
    Act("", "Общая встреча наставников и наставляемых, определение пар", "декабрь 2023 г.", "Куратор программы", "5.1", ("m", 12, 2023), ["program_curator"]),
    Act("", "Приказ о закреплении наставнических пар", "январь 2024 г.", "Заведующий", "5.4", ("m", 1, 2024), ["director"]),
    StageRow(6, "Этап 6. Организация работы наставнических пар"),
    Act("", "Встреча-планирование: составление индивидуальных планов развития наставляемых", "январь 2024 г.", "Наставники, наставляемые", "6.3", ("m", 1, 2024), ["mentors", "other"]),
    Act("", "Работа пар по планам: взаимопосещение занятий, совместная подготовка праздников и развлечений", "январь – апрель 2024 г.", "Наставники", "6.4", ("r", 1, 4, 2024, 2024), ["mentors"]),
    Act("", "Промежуточное анкетирование участников (обратная связь)", "март 2024 г.", "Педагог-психолог", "6.5", ("m", 3, 2024), ["psychologist"]),
    Act("", "Заключительная встреча всех наставнических пар «Что у нас получилось»", "апрель 2024 г.", "Куратор программы", "6.7", ("m", 4, 2024), ["program_curator"]),
    StageRow(7, "Этап 7. Завершение наставничества"),
    Act("", "Анкетирование участников, мониторинг качества реализации программы наставничества", "май 2024 г.", "Старший воспитатель, педагог-психолог", "6.8", ("m", 5, 2024), ["other", "psychologist"]),
    Act("", "Праздник «Спасибо, наставник!», награждение лучших наставников", "май 2024 г.", "Заведующий, музыкальный руководитель", "7.2", ("m", 5, 2024), ["director", "other"]),
    Act("", "Публикация итогов программы на официальном сайте ДОУ", "июнь 2024 г.", "Ответственный за сайт", "7.6", ("m", 6, 2024), ["other"]),
    Act("", "Пополнение долгосрочной базы наставников", "в течение года", "Куратор программы", "7.8", ("c",), ["program_curator"]),
]
# fmt: on


def pdf_b() -> bytes:
    td = TableDoc(
        landscape=False,
        font="DejaVu Serif",
        size=10.5,
        table_size=10,
        head=[
            Para("Согласовано на педагогическом совете", size=9.5),
            Para("протокол № 1 от 30.08.2023", size=9.5, space_after=10),
            Para("План мероприятий (дорожная карта)", bold=True, align="c", size=12),
            Para("по внедрению целевой модели наставничества", bold=True, align="c", size=12),
            Para(B_ORG, bold=True, align="c", size=12),
            Para("на 2023 – 2024 учебный год", bold=True, align="c", size=12, space_after=10),
        ],
        headers=["Мероприятия", "Сроки", "Ответственные"],
        widths=[10.6, 3.4, 4.0],
        cells=lambda a: [a.text, a.date, a.resp],
        items=B_ITEMS,
        stage_style="italic",
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_b(folder: Path) -> int:
    pdf = pdf_b()
    put(folder, "jpg", photo_jpeg(pdf, 3102, "dark"))
    acts = activities(B_ITEMS, B_YEAR)
    save_truth(folder, B_ORG, B_YEAR, acts)
    return len(acts)


# =========================================================================== C: приказ (not a roadmap)

C_ORG = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 9 г. Йошкар-Олы»"
# fmt: off
C_POINTS = [
    "1. Внедрить с 1 сентября 2021 года целевую модель наставничества обучающихся в МБОУ «СОШ № 9 г. Йошкар-Олы».",
    "2. Назначить куратором внедрения целевой модели наставничества заместителя директора по воспитательной работе Сидорову Е.А.",
    "3. Утвердить Положение о программе наставничества (приложение 1).",
    "4. Сидоровой Е.А. разработать дорожную карту внедрения целевой модели наставничества и представить её на утверждение в срок до 15.09.2021.",
    "5. Классным руководителям 5–11 классов провести информирование обучающихся и их родителей (законных представителей) о программе наставничества до 01.10.2021.",
    "6. Руководителям школьных методических объединений до 20.10.2021 представить куратору списки педагогов, готовых выступить наставниками.",
    "7. Ответственному за ведение официального сайта Петрову А.С. разместить настоящий приказ и Положение на сайте школы в течение трёх рабочих дней.",
    "8. Контроль за исполнением приказа оставляю за собой.",
]
# fmt: on


def write_order(path: Path) -> None:
    doc = _doc(False, "Liberation Serif", 13)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(2.0)
    for p in [
        Para(C_ORG, bold=True, align="c", size=12, space_after=14),
        Para("ПРИКАЗ", bold=True, align="c", size=15, space_after=10),
        Para(
            "30.08.2021                                                                                     № 214-о",
            space_after=14,
        ),
        Para("О внедрении целевой модели наставничества", bold=True, space_after=12),
        Para(
            "В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 "
            "№ Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для "
            "организаций, осуществляющих образовательную деятельность по общеобразовательным, "
            "дополнительным общеобразовательным и программам среднего профессионального образования…», "
            "в целях создания условий для раскрытия потенциала личности обучающихся",
            align="j",
            space_after=6,
        ),
        Para("ПРИКАЗЫВАЮ:", bold=True, space_after=6),
    ]:
        _add_para(doc, p)
    for text in C_POINTS:
        _add_para(doc, Para(text, align="j", space_after=4))
    for p in [
        Para("", space_after=12),
        Para("Директор школы                                            Г.Н. Михеева", space_after=18),
        Para("С приказом ознакомлены:", size=11),
        Para("Сидорова Е.А. ____________   Петров А.С. ____________", size=11),
    ]:
        _add_para(doc, p)
    doc.save(str(path))


def pdf_c() -> bytes:
    return docx_to_pdf(write_order)


def build_c(folder: Path) -> int:
    pdf = pdf_c()
    put(folder, "jpg", photo_jpeg(pdf, 3103, "far"))
    save_truth(folder, C_ORG, None, [], status="not_roadmap")
    return 0


# =========================================================================== D: колледж, scan PNG 200 dpi
# Landscape, columns № | Мероприятие | Форма проведения | Сроки | Ответственный; shaded stage rows.

D_ORG = "ГБПОУ «Шадринский политехнический колледж»"
D_YEAR = 2025
# fmt: off
D_ITEMS: list[Item] = [
    StageRow(1, "Этап 1. Подготовка условий для запуска программы наставничества"),
    Act("1", "Информирование педагогического коллектива о реализации программы наставничества", "август 2025 г.", "Заместитель директора по учебной работе", "1.1", ("m", 8, 2025), ["deputy_director_academic"], ("Педагогический совет",)),
    Act("2", "Информирование родителей студентов 1–2 курсов", "сентябрь", "Кураторы учебных групп", "1.2", ("m", 9), ["class_teacher"], ("Родительские собрания в группах",)),
    Act("3", "Информирование студентов о программе наставничества", "сентябрь", "Кураторы учебных групп, советник директора по воспитанию", "1.4", ("m", 9), ["class_teacher", "senior_counselor"], ("Кураторские часы, пост в сообществе колледжа",)),
    Act("4", "Встреча с представителями предприятий-партнёров и выпускниками колледжа", "октябрь", "Руководитель центра содействия трудоустройству выпускников", "1.3", ("m", 10), ["other"], ("Круглый стол",)),
    StageRow(2, "Этап 2. Формирование базы наставляемых"),
    Act("5", "Анкетирование студентов, желающих участвовать в программе; согласия совершеннолетних на обработку персональных данных", "сентябрь – октябрь", "Педагог-психолог", "2.1", ("r", 9, 10), ["psychologist"], ("Онлайн-анкетирование",)),
    Act("6", "Сбор сведений о запросах наставляемых от кураторов и социального педагога, согласия законных представителей несовершеннолетних", "октябрь", "Социальный педагог, кураторы учебных групп", "2.2", ("m", 10), ["social_pedagogue", "class_teacher"], ("Индивидуальные беседы",)),
    Act("7", "Формирование базы наставляемых", "до 1 ноября", "Куратор программы наставничества", "2.3", ("dl", 1, 11), ["program_curator"], ("Электронная база данных",)),
    StageRow(3, "Этап 3. Формирование базы наставников"),
    Act("8", "Выбор форм наставничества на учебный год: «студент – студент», «работодатель – студент», «педагог – студент»", "сентябрь", "Методист", "3.1", ("m", 9), ["methodologist"], ("Заседание методического совета",)),
    Act("9", "Анкетирование потенциальных наставников из числа преподавателей, мастеров п/о, работодателей", "октябрь", "Заведующие отделениями", "3.3", ("m", 10), ["other"], ("Анкетирование",)),
    Act("10", "Формирование базы наставников", "ноябрь", "Куратор программы наставничества", "3.4", ("m", 11), ["program_curator"], ("Электронная база данных",)),
    StageRow(4, "Этап 4. Отбор и обучение наставников"),
    Act("11", "Собеседование с кандидатами в наставники", "ноябрь", "Педагог-психолог, куратор программы наставничества", "4.2", ("m", 11), ["psychologist", "program_curator"], ("Собеседование",)),
    Act("12", "Обучение наставников", "ноябрь – декабрь", "Методист", "4.4", ("r", 11, 12), ["methodologist"], ("Курсы повышения квалификации, вебинары",)),
    StageRow(5, "Этап 5. Формирование наставнических пар (групп)"),
    Act("13", "Групповая встреча наставников и наставляемых", "декабрь", "Педагог-психолог", "5.1", ("m", 12), ["psychologist"], ("Деловая игра",)),
    Act("14", "Анкетирование участников после встречи: выбор предпочитаемого наставника", "декабрь", "Куратор программы наставничества", "5.2", ("m", 12), ["program_curator"], ("Анкетирование",)),
    Act("15", "Закрепление наставнических пар и групп", "до 20 декабря", "Директор", "5.4", ("dl", 20, 12), ["director"], ("Приказ директора",)),
    StageRow(6, "Этап 6. Организация работы наставнических пар (групп)"),
    Act("16", "Встречи наставников и наставляемых по индивидуальным планам", "январь – май 2026 г.", "Наставники", "6.4", ("r", 1, 5, 2026, 2026), ["mentors"], ("Консультации, проекты, стажировка на предприятии",)),
    Act("17", "Сбор обратной связи от участников программы", "март 2026 г.", "Куратор программы наставничества", "6.5", ("m", 3, 2026), ["program_curator"], ("Анкетирование",)),
    Act("18", "Заключительная встреча всех наставнических пар и групп", "май 2026 г.", "Куратор программы наставничества, руководители ЦМК", "6.7", ("m", 5, 2026), ["program_curator", "head_of_methodical_association"], ("Встреча-рефлексия",)),
    StageRow(7, "Этап 7. Завершение наставничества"),
    Act("19", "Мониторинг качества реализации программы наставничества", "май – июнь", "Педагог-психолог, методист", "7.3", ("r", 5, 6), ["psychologist", "methodologist"], ("Анкетирование, анализ успеваемости",)),
    Act("20", "Оформление лучших практик наставничества в кейсы", "июнь", "Методист, руководители ЦМК", "7.5", ("m", 6), ["methodologist", "head_of_methodical_association"], ("Сборник кейсов",)),
    Act("21", "Внесение итогов в базы наставников и наставляемых", "июнь", "Куратор программы наставничества", "7.7", ("m", 6), ["program_curator"], ("Электронная база данных",)),
]
# fmt: on


def pdf_d() -> bytes:
    td = TableDoc(
        landscape=False,
        font="Liberation Sans",
        size=10,
        table_size=9,
        head=[
            Para("Приложение 2 к приказу от 29.08.2025 № 301", align="r", size=9),
            Para(
                f"Дорожная карта реализации целевой модели наставничества в {D_ORG} на 2025/2026 учебный год",
                bold=True,
                align="c",
                size=12,
                space_after=8,
            ),
        ],
        headers=["№", "Мероприятие", "Форма проведения", "Сроки", "Ответственный"],
        widths=[0.8, 6.6, 3.6, 2.6, 4.4],
        cells=lambda a: [a.num, a.text, a.extra[0], a.date, a.resp],
        items=D_ITEMS,
        stage_style="shaded",
        center_cols=(0,),
        margin_cm=1.2,
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_d(folder: Path) -> int:
    pdf = pdf_d()
    put(folder, "png", scan_image(pdf, 3104, 200, "PNG"))
    acts = activities(D_ITEMS, D_YEAR)
    save_truth(folder, D_ORG, D_YEAR, acts)
    return len(acts)


# =========================================================================== E: 2022 model, scan TIFF
# One table row per stage; sub-items «1.1.», «1.2.» in one cell, dates and responsibles line-aligned.

E_ORG = "МБОУ «Карпогорская СШ № 2»"
E_YEAR = 2024
# fmt: off
E_STAGES: list[tuple[int, str, list[Act]]] = [
    (1, "Подготовка условий для реализации системы наставничества", [
        Act("1.1.", "Издание приказа о внедрении системы наставничества педагогических работников", "до 1 сентября 2024 г.", "Директор", None, ("dl", 1, 9, 2024), ["director"]),
        Act("1.2.", "Утверждение Положения о системе наставничества и дорожной карты", "до 1 сентября 2024 г.", "Директор", None, ("dl", 1, 9, 2024), ["director"]),
        Act("1.3.", "Назначение куратора реализации программ наставничества", "сентябрь", "Директор", None, ("m", 9), ["director"]),
        Act("1.4.", "Информирование педагогов о системе наставничества на педагогическом совете", "август 2024 г.", "Зам. директора по УВР", None, ("m", 8, 2024), ["deputy_director_academic"]),
    ]),
    (2, "Формирование банка наставляемых", [
        Act("2.1.", "Выявление профессиональных затруднений молодых специалистов и вновь прибывших учителей (анкетирование)", "Ежегодно, до 15 сентября", "Куратор", None, ("dl", 15, 9), ["program_curator"], annual=True),
        Act("2.2.", "Формирование банка наставляемых", "Ежегодно, до 1 октября", "Куратор", None, ("dl", 1, 10), ["program_curator"], annual=True),
    ]),
    (3, "Формирование банка наставников", [
        Act("3.1.", "Анкетирование педагогов, готовых быть наставниками", "сентябрь", "Руководители ШМО", None, ("m", 9), ["head_of_methodical_association"]),
        Act("3.2.", "Формирование банка наставников", "до 1 октября", "Куратор", None, ("dl", 1, 10), ["program_curator"]),
    ]),
    (4, "Отбор и обучение", [
        Act("4.1.", "Подбор наставников для наставляемых с учётом их профессиональных запросов", "до 1 октября", "Куратор, руководители ШМО", None, ("dl", 1, 10), ["program_curator", "head_of_methodical_association"]),
        Act("4.2.", "Обучение наставников (курсы, семинары, вебинары)", "в течение года", "Зам. директора по УВР", None, ("c",), ["deputy_director_academic"]),
        Act("4.3.", "Методическое сопровождение наставников: консультации, обмен опытом", "по мере необходимости", "Куратор", None, ("u",), ["program_curator"]),
    ]),
    (5, "Организация и осуществление работы наставнических пар/групп", [
        Act("5.1.", "Закрепление наставнических пар приказом с письменного согласия участников", "до 1 октября", "Директор", None, ("dl", 1, 10), ["director"]),
        Act("5.2.", "Разработка персонализированных программ наставничества", "до 1 ноября", "Наставники", None, ("dl", 1, 11), ["mentors"]),
        Act("5.3.", "Реализация персонализированных программ наставничества", "октябрь – май", "Наставники, наставляемые", None, ("r", 10, 5), ["mentors", "other"]),
        Act("5.4.", "Промежуточный мониторинг: анкетирование наставляемых", "январь", "Педагог-психолог", None, ("m", 1), ["psychologist"]),
    ]),
    (6, "Завершение персонализированных программ наставничества", [
        Act("6.1.", "Отчёты наставников и наставляемых о выполнении программ", "до 25 мая", "Наставники", None, ("dl", 25, 5), ["mentors"]),
        Act("6.2.", "Мониторинг качества реализации персонализированных программ наставничества", "май", "Куратор, педагог-психолог", None, ("m", 5), ["program_curator", "psychologist"]),
        Act("6.3.", "Круглый стол «Лучшие практики наставничества», поощрение наставников", "Ежегодно", "Директор, зам. директора по УВР", None, ("a",), ["director", "deputy_director_academic"]),
    ]),
    (7, "Информационная поддержка системы наставничества", [
        Act("7.1.", "Размещение информации о системе наставничества на сайте школы и в сообществе ВКонтакте", "постоянно", "Ответственный за сайт", None, ("c",), ["other"]),
        Act("7.2.", "Участие наставников в муниципальных конкурсах и форумах", "по графику управления образования", "Зам. директора по УВР", None, ("u",), ["deputy_director_academic"]),
    ]),
]
# fmt: on
E_FONT = "Liberation Serif"
E_SIZE = 10.0
E_WIDTHS = [1.0, 3.4, 7.0, 2.9, 3.7]
CELL_PAD_CM = 0.19  # Word's default left/right cell margin


def _wrap_lines(text: str, font_name: str, size: float, width_cm: float) -> int:
    """How many lines a paragraph takes in a cell (greedy wrap after spaces and hyphens)."""
    font = ImageFont.truetype(FONT_FILES[font_name], 200)
    limit = (width_cm - 2 * CELL_PAD_CM) / 2.54 * 72.0

    def width(s: str) -> float:
        return float(font.getlength(s)) * size / 200.0

    lines = 1
    cur = ""
    for piece in re.split(r"(?<=[ -])", text):
        trial = cur + piece
        if width(trial.rstrip()) <= limit:
            cur = trial
            continue
        if cur:
            lines += 1
        cur = piece
    return lines


def _aligned(acts: Sequence[Act]) -> tuple[str, str, str]:
    """Sub-item, date and responsible cells, padded with empty lines to stay level."""
    col_items, col_dates, col_resp = [], [], []
    for a in acts:
        item = f"{a.num} {a.text}"
        n_item = _wrap_lines(item, E_FONT, E_SIZE, E_WIDTHS[2])
        n_date = _wrap_lines(a.date, E_FONT, E_SIZE, E_WIDTHS[3])
        n_resp = _wrap_lines(a.resp, E_FONT, E_SIZE, E_WIDTHS[4])
        n = max(n_item, n_date, n_resp)
        col_items.append(item + "\n" * (n - n_item))
        col_dates.append(a.date + "\n" * (n - n_date))
        col_resp.append(a.resp + "\n" * (n - n_resp))
    return "\n".join(col_items), "\n".join(col_dates), "\n".join(col_resp)


def write_e(path: Path) -> None:
    doc = _doc(False, E_FONT, 11)
    for p in [
        Para("УТВЕРЖДЕНО", align="r"),
        Para("приказом директора", align="r"),
        Para("от 26.08.2024 № 97", align="r", space_after=10),
        Para("Дорожная карта (план мероприятий)", bold=True, align="c", size=12.5),
        Para(
            "по реализации Положения о системе наставничества педагогических работников",
            bold=True,
            align="c",
            size=12.5,
        ),
        Para(f"{E_ORG} на 2024-2025 учебный год", bold=True, align="c", size=12.5, space_after=10),
    ]:
        _add_para(doc, p)
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["№ п/п", "Наименование этапа", "Мероприятия", "Сроки", "Ответственные"]):
        _cell(hdr.cells[i], h, E_SIZE, bold=True, align="c")
    for sid, title, acts in E_STAGES:
        row = table.add_row()
        items, dates, resp = _aligned(acts)
        _cell(row.cells[0], f"{sid}.", E_SIZE, align="c")
        _cell(row.cells[1], title, E_SIZE, bold=True)
        _cell(row.cells[2], items, E_SIZE)
        _cell(row.cells[3], dates, E_SIZE)
        _cell(row.cells[4], resp, E_SIZE)
    _widths(table, E_WIDTHS)
    _add_para(doc, Para("", space_after=10))
    _add_para(doc, Para("Куратор системы наставничества                         Н.В. Попова"))
    doc.save(str(path))


def pdf_e() -> bytes:
    return docx_to_pdf(write_e)


def build_e(folder: Path) -> int:
    pdf = pdf_e()
    put(folder, "tif", scan_image(pdf, 3105, 200, "TIFF"))
    items: list[Item] = []
    for sid, title, acts in E_STAGES:
        items.append(StageRow(sid, title))
        items.extend(acts)
    truth = activities(items, E_YEAR)
    save_truth(folder, E_ORG, E_YEAR, truth, model="teachers_2022")
    return len(truth)


# =========================================================================== F: лицей, scan 150 dpi
# Stage rows numbered «5.» (number and bold title in their own cells), sub-item rows «5.1», «5.2».

F_ORG = "МАОУ «Лицей № 81» г. Тюмени"
F_YEAR = 2021
# fmt: off
F_ITEMS: list[Item] = [
    StageRow(1, "Подготовка условий для запуска программы наставничества", "1."),
    Act("1.1", "Разработка нормативной базы: приказ, Положение о наставничестве, дорожная карта", "сентябрь 2021", "Директор лицея, зам. директора по НМР", None, ("m", 9, 2021), ["director", "deputy_director"], ("Пакет локальных актов",)),
    Act("1.2", "Информационное совещание для педагогов «Целевая модель наставничества: с чего начать»", "сентябрь 2021", "Зам. директора по НМР", "1.1", ("m", 9, 2021), ["deputy_director"], ("Протокол совещания",)),
    Act("1.3", "Родительские собрания по параллелям: информация о программе наставничества", "октябрь 2021", "Классные руководители", "1.2", ("m", 10, 2021), ["class_teacher"], ("Протоколы собраний",)),
    Act("1.4", "Рассказ лицеистам о программе на классных часах и в школьном медиацентре", "октябрь 2021", "Советник директора по воспитанию, классные руководители", "1.4", ("m", 10, 2021), ["senior_counselor", "class_teacher"], ("Публикации, классные часы",)),
    StageRow(2, "Формирование базы наставляемых", "2."),
    Act("2.1", "Анкетирование обучающихся 7–11 классов, сбор согласий на обработку персональных данных", "октябрь 2021", "Педагог-психолог", "2.1", ("m", 10, 2021), ["psychologist"], ("Анкеты, согласия",)),
    Act("2.2", "Анализ анкет и формирование базы наставляемых", "ноябрь 2021", "Куратор программы наставничества", "2.3", ("m", 11, 2021), ["program_curator"], ("База наставляемых",)),
    StageRow(3, "Формирование базы наставников", "3."),
    Act("3.1", "Анкетирование потенциальных наставников (педагоги, старшеклассники, родители, выпускники), сбор согласий", "октябрь – ноябрь 2021", "Куратор программы наставничества", "3.3", ("r", 10, 11, 2021, 2021), ["program_curator"], ("Анкеты",)),
    Act("3.2", "Входная диагностика наставляемых по параметрам мониторинга влияния программы", "ноябрь 2021", "Педагог-психолог", "3.2", ("m", 11, 2021), ["psychologist"], ("Аналитическая справка",)),
    Act("3.3", "Формирование базы наставников", "ноябрь 2021", "Куратор программы наставничества", "3.4", ("m", 11, 2021), ["program_curator"], ("База наставников",)),
    StageRow(4, "Отбор и обучение наставников", "4."),
    Act("4.1", "Входная диагностика наставников", "декабрь 2021", "Педагог-психолог", "4.1", ("m", 12, 2021), ["psychologist"], ("Результаты диагностики",)),
    Act("4.2", "Цикл семинаров «Школа наставника»", "декабрь 2021 – февраль 2022", "Зам. директора по НМР, руководители МО", "4.4", ("r", 12, 2, 2021, 2022), ["deputy_director", "head_of_methodical_association"], ("Программа семинаров",)),
    StageRow(5, "Формирование наставнических пар/групп", "5."),
    Act("5.1", "Встреча-знакомство наставников и наставляемых", "январь 2022", "Куратор программы наставничества", "5.1", ("m", 1, 2022), ["program_curator"], ("Анкеты предпочтений",)),
    Act("5.2", "Формирование пар по итогам анкетирования, приказ о закреплении пар", "январь 2022", "Директор лицея", "5.3", ("m", 1, 2022), ["director"], ("Приказ",)),
    StageRow(6, "Организация работы наставнических пар/групп", "6."),
    Act("6.1", "Организационная встреча в парах, составление плана работы", "январь 2022", "Наставники", "6.1", ("m", 1, 2022), ["mentors"], ("Планы работы пар",)),
    Act("6.2", "Работа наставнических пар по планам", "февраль – май 2022", "Наставники", "6.4", ("r", 2, 5, 2022, 2022), ["mentors"], ("Журналы встреч",)),
    Act("6.3", "Анкетирование участников: удовлетворённость участием в программе", "апрель 2022", "Педагог-психолог", "6.8", ("m", 4, 2022), ["psychologist"], ("Аналитическая справка",)),
    StageRow(7, "Завершение наставничества", "7."),
    Act("7.1", "Фестиваль наставничества: подведение итогов, награждение лучших наставников", "май 2022", "Директор лицея, советник директора по воспитанию", "7.2", ("m", 5, 2022), ["director", "senior_counselor"], ("Приказ о поощрении",)),
    Act("7.2", "Итоговая диагностика участников (второй этап мониторинга влияния программы)", "май 2022", "Педагог-психолог", "7.4", ("m", 5, 2022), ["psychologist"], ("Аналитическая справка",)),
    Act("7.3", "Публикация кейсов и итогов программы на сайте лицея", "июнь 2022", "Зам. директора по НМР", "7.6", ("m", 6, 2022), ["deputy_director"], ("Материалы на сайте",)),
]
# fmt: on


def pdf_f() -> bytes:
    td = TableDoc(
        landscape=False,
        font="Liberation Serif",
        size=11,
        table_size=10,
        head=[
            Para(F_ORG, bold=True, align="c", size=11, space_after=8),
            Para("План мероприятий («дорожная карта»)", bold=True, align="c", size=12),
            Para(
                "по внедрению методологии (целевой модели) наставничества обучающихся "
                "на 2021-2022 учебный год",
                bold=True,
                align="c",
                size=12,
                space_after=8,
            ),
        ],
        headers=["№", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
        widths=[1.0, 7.4, 2.8, 3.9, 2.9],
        cells=lambda a: [a.num, a.text, a.date, a.resp, a.extra[0]],
        items=F_ITEMS,
        stage_style="numbered",
        center_cols=(0,),
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_f(folder: Path) -> int:
    pdf = pdf_f()
    put(folder, "png", scan_image(pdf, 3106, 150, "PNG"))
    acts = activities(F_ITEMS, F_YEAR)
    save_truth(folder, F_ORG, F_YEAR, acts)
    return len(acts)


# =========================================================================== G: small print, scanned PDF
# Landscape, 9 pt, shaded stage rows with Roman numerals, header row repeated on page 2.

G_ORG = "МБОУ СОШ № 3 ст. Ленинградской"
G_YEAR = 2022
# fmt: off
G_ITEMS: list[Item] = [
    StageRow(1, "I. Подготовка условий для запуска программы наставничества"),
    Act("1", "Издание приказа «О внедрении целевой модели наставничества в 2022-2023 учебном году»", "до 01.09.2022", "Директор", None, ("dl", 1, 9, 2022), ["director"], ("Приказ",)),
    Act("2", "Назначение куратора программы наставничества", "до 01.09.2022", "Директор", None, ("dl", 1, 9, 2022), ["director"], ("Приказ",)),
    Act("3", "Информирование педагогов на педагогическом совете о ходе внедрения целевой модели", "30.08.2022", "Зам. директора по УВР", "1.1", ("d", 30, 8, 2022), ["deputy_director_academic"], ("Протокол педсовета",)),
    Act("4", "Информирование родителей на родительских собраниях и через школьный сайт", "сентябрь – октябрь", "Классные руководители", "1.2", ("r", 9, 10), ["class_teacher"], ("Протоколы собраний",)),
    Act("5", "Встреча с выпускниками школы, представителями казачьего общества и предприятий-партнёров", "IV квартал", "Зам. директора по ВР", "1.3", ("r", 10, 12), ["deputy_director_upbringing"], ("Соглашения о сотрудничестве",)),
    Act("6", "Классные часы «Наставничество: зачем оно мне?» для обучающихся 5–11 классов", "сентябрь", "Классные руководители, советник директора по воспитанию", "1.4", ("m", 9), ["class_teacher", "senior_counselor"], ("Охват обучающихся",)),
    StageRow(2, "II. Формирование базы наставляемых"),
    Act("7", "Анкетирование обучающихся и педагогов, желающих принять участие в программе", "сентябрь", "Педагог-психолог", "2.1", ("m", 9), ["psychologist"], ("Анкеты",)),
    Act("8", "Сбор информации о запросах наставляемых от классных руководителей, социального педагога, родителей; согласия законных представителей", "до 30 сентября", "Социальный педагог, классные руководители", "2.2", ("dl", 30, 9), ["social_pedagogue", "class_teacher"], ("Согласия на обработку ПДн",)),
    Act("9", "Формирование базы наставляемых", "октябрь", "Куратор", "2.3", ("m", 10), ["program_curator"], ("База наставляемых",)),
    StageRow(3, "III. Формирование базы наставников"),
    Act("10", "Выбор форм наставничества, реализуемых в текущем году", "сентябрь", "Методический совет", "3.1", ("m", 9), ["other"], ("Протокол МС",)),
    Act("11", "Стартовая диагностика наставляемых по параметрам мониторинга", "октябрь", "Педагог-психолог", "3.2", ("m", 10), ["psychologist"], ("Результаты диагностики",)),
    Act("12", "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных", "октябрь", "Куратор, руководители ШМО", "3.3", ("m", 10), ["program_curator", "head_of_methodical_association"], ("Анкеты, согласия",)),
    Act("13", "Формирование базы наставников", "ноябрь", "Куратор", "3.4", ("m", 11), ["program_curator"], ("База наставников",)),
    StageRow(4, "IV. Отбор и обучение наставников"),
    Act("14", "Оценка кандидатов в наставники по заданным параметрам", "ноябрь", "Педагог-психолог", "4.1", ("m", 11), ["psychologist"], ("Результаты оценки",)),
    Act("15", "Собеседование с наставниками", "ноябрь", "Зам. директора по УВР, педагог-психолог", "4.2", ("m", 11), ["deputy_director_academic", "psychologist"], ("Список наставников",)),
    Act("16", "Поиск экспертов и методических материалов для обучения наставников", "ноябрь", "Руководитель МО классных руководителей", "4.3", ("m", 11), ["head_of_methodical_association"], ("Подборка материалов",)),
    Act("17", "Обучение наставников по модулю «Школа наставника»", "декабрь – январь", "Куратор", "4.4", ("r", 12, 1), ["program_curator"], ("Сертификаты",)),
    StageRow(5, "V. Формирование наставнических пар (групп)"),
    Act("18", "Групповая встреча наставников и наставляемых", "январь", "Куратор, педагог-психолог", "5.1", ("m", 1), ["program_curator", "psychologist"], ("Фотоотчёт",)),
    Act("19", "Анкетирование после групповой встречи", "январь", "Педагог-психолог", "5.2", ("m", 1), ["psychologist"], ("Анкеты",)),
    Act("20", "Формирование пар и групп, информирование участников, приказ о закреплении", "до 1 февраля", "Директор", "5.3", ("dl", 1, 2), ["director"], ("Приказ",)),
    StageRow(6, "VI. Организация работы наставнических пар (групп)"),
    Act("21", "Первая, организационная, встреча наставника и наставляемого", "февраль", "Наставники", "6.1", ("m", 2), ["mentors"], ("",)),
    Act("22", "Пробная рабочая встреча и встреча-планирование", "февраль", "Наставники", "6.2", ("m", 2), ["mentors"], ("План работы пары",)),
    Act("23", "Регулярные встречи наставников и наставляемых", "II полугодие", "Наставники", "6.4", ("r", 1, 5), ["mentors"], ("Журнал встреч",)),
    Act("24", "Сбор обратной связи от наставников и наставляемых", "март, май", "Куратор", "6.5", ("m", 3), ["program_curator"], ("Анкеты",)),
    Act("25", "Заключительная встреча наставника и наставляемого", "май", "Наставники", "6.6", ("m", 5), ["mentors"], ("",)),
    StageRow(7, "VII. Завершение наставничества"),
    Act("26", "Приглашение родителей, партнёров, представителей администрации района на итоговое мероприятие", "до 10 мая", "Зам. директора по ВР", "7.1", ("dl", 10, 5), ["deputy_director_upbringing"], ("Приглашения",)),
    Act("27", "Фестиваль наставничества: подведение итогов, награждение лучших наставников", "май", "Директор, зам. директора по ВР", "7.2", ("m", 5), ["director", "deputy_director_upbringing"], ("Приказ о награждении",)),
    Act("28", "Итоговый мониторинг качества реализации программы и влияния на участников", "май", "Педагог-психолог", "7.3", ("m", 5), ["psychologist"], ("Аналитическая справка",)),
    Act("29", "Оформление кейсов и публикация на сайте школы", "июнь", "Куратор", "7.5", ("m", 6), ["program_curator"], ("Кейсы на сайте",)),
    Act("30", "Внесение итогов в базы наставников и наставляемых", "июнь", "Куратор", "7.7", ("m", 6), ["program_curator"], ("Обновлённые базы",)),
    Act("31", "Представление лучших наставников к поощрению благодарственными письмами управления образования", "июнь", "Директор", None, ("m", 6), ["director"], ("Ходатайство",)),
]
# fmt: on
G_INTRO = [
    "Цель: создание условий для раскрытия личностного, творческого и профессионального потенциала "
    "каждого обучающегося через систему наставничества, поддержка формирования и реализации "
    "индивидуальной образовательной траектории.",
    "Задачи: 1) подготовить нормативную и организационную базу программы наставничества; "
    "2) сформировать базы наставников и наставляемых; 3) организовать обучение наставников; "
    "4) обеспечить работу наставнических пар и групп в формах «ученик – ученик», «учитель – ученик», "
    "«студент – ученик», «работодатель – ученик»; 5) провести мониторинг и оценку результатов.",
    "Ожидаемые результаты: рост числа обучающихся, вовлечённых в проектную и волонтёрскую деятельность; "
    "снижение числа неуспевающих; улучшение психологического климата в школе; "
    "создание банка лучших наставнических практик.",
]


def pdf_g() -> bytes:
    td = TableDoc(
        landscape=True,
        font="Liberation Sans",
        size=9.5,
        table_size=9,
        head=[
            Para(
                "Приложение 1 к приказу МБОУ СОШ № 3 ст. Ленинградской от 31.08.2022 № 188",
                align="r",
                size=8.5,
                space_after=6,
            ),
            Para("ДОРОЖНАЯ КАРТА", bold=True, align="c", size=11),
            Para(
                f"реализации целевой модели наставничества обучающихся в {G_ORG} на 2022-2023 учебный год",
                bold=True,
                align="c",
                size=11,
                space_after=6,
            ),
            *[Para(t, align="j", space_after=3) for t in G_INTRO],
            Para("", space_after=3),
        ],
        headers=["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"],
        widths=[1.1, 12.2, 3.3, 5.6, 4.5],
        cells=lambda a: [a.num, a.text, a.date, a.resp, a.extra[0]],
        items=G_ITEMS,
        stage_style="shaded",
        repeat_header=True,
        center_cols=(0,),
        tail=[
            Para("", space_after=6),
            Para("Куратор программы наставничества ____________ О.С. Дорошенко", size=9.5),
        ],
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_g(folder: Path) -> int:
    pdf = pdf_g()
    put(folder, "pdf", scanned_pdf(pdf, 3107, 200, dt.datetime(2022, 9, 6, 10, 15)))
    acts = activities(G_ITEMS, G_YEAR)
    save_truth(folder, G_ORG, G_YEAR, acts)
    return len(acts)


# =========================================================================== H: no stage headings, scanned PDF
# A flat numbered list in time order; the header row is not repeated after the page break.

H_ORG = "МБОУ «ООШ № 4» г. Чусового"
H_YEAR = 2019
# fmt: off
H_ITEMS: list[Item] = [
    Act("1", "Изучение распоряжения Минпросвещения России от 25.12.2019 № Р-145 и методических рекомендаций по внедрению целевой модели", "январь 2020 г.", "Рабочая группа", None, ("m", 1, 2020), ["other"], stage=1),
    Act("2", "Приказ о создании рабочей группы и назначении куратора внедрения целевой модели наставничества", "до 20.01.2020", "Директор", None, ("dl", 20, 1, 2020), ["director"], stage=1),
    Act("3", "Разработка Положения о наставничестве и программы наставничества школы", "январь – февраль 2020 г.", "Рабочая группа", None, ("r", 1, 2, 2020, 2020), ["other"], stage=1),
    Act("4", "Совещание при директоре: информирование педагогов о внедрении целевой модели наставничества", "январь 2020 г.", "Директор, куратор", "1.1", ("m", 1, 2020), ["director", "program_curator"], stage=1),
    Act("5", "Информирование родителей (законных представителей) на родительских собраниях", "февраль 2020 г.", "Классные руководители", "1.2", ("m", 2, 2020), ["class_teacher"], stage=1),
    Act("6", "Информирование обучающихся на классных часах, информация на школьном стенде", "февраль 2020 г.", "Классные руководители, старший вожатый", "1.4", ("m", 2, 2020), ["class_teacher", "senior_counselor"], stage=1),
    Act("7", "Анкетирование обучающихся 5–9 классов, желающих участвовать в программе наставничества", "февраль 2020 г.", "Педагог-психолог", "2.1", ("m", 2, 2020), ["psychologist"], stage=2),
    Act("8", "Сбор согласий родителей на обработку персональных данных несовершеннолетних", "февраль 2020 г.", "Классные руководители", "2.2", ("m", 2, 2020), ["class_teacher"], stage=2),
    Act("9", "Формирование базы наставляемых", "до 1 марта 2020 г.", "Куратор", "2.3", ("dl", 1, 3, 2020), ["program_curator"], stage=2),
    Act("10", "Определение форм наставничества («ученик – ученик», «учитель – ученик»)", "февраль 2020 г.", "Рабочая группа", "3.1", ("m", 2, 2020), ["other"], stage=3),
    Act("11", "Анкетирование педагогов и обучающихся 8–9 классов — потенциальных наставников", "февраль – март 2020 г.", "Куратор", "3.3", ("r", 2, 3, 2020, 2020), ["program_curator"], stage=3),
    Act("12", "Формирование базы наставников", "март 2020 г.", "Куратор", "3.4", ("m", 3, 2020), ["program_curator"], stage=3),
    Act("13", "Обучение наставников на муниципальном семинаре", "март 2020 г.", "Зам. директора по УВР", "4.4", ("m", 3, 2020), ["deputy_director_academic"], stage=4),
    Act("14", "Встреча наставников и наставляемых, формирование пар", "март 2020 г.", "Куратор, педагог-психолог", "5.1", ("m", 3, 2020), ["program_curator", "psychologist"], stage=5),
    Act("15", "Приказ о закреплении наставнических пар", "до 20 марта 2020 г.", "Директор", "5.4", ("dl", 20, 3, 2020), ["director"], stage=5),
    Act("16", "Организационные встречи наставников и наставляемых, составление планов работы", "март 2020 г.", "Наставники", "6.1", ("m", 3, 2020), ["mentors"], stage=6),
    Act("17", "Реализация планов работы наставнических пар (регулярные встречи)", "март – май 2020 г.", "Наставники", "6.4", ("r", 3, 5, 2020, 2020), ["mentors"], stage=6),
    Act("18", "Сбор обратной связи от наставников и наставляемых", "апрель 2020 г.", "Куратор", "6.5", ("m", 4, 2020), ["program_curator"], stage=6),
    Act("19", "Итоговая встреча всех наставнических пар", "май 2020 г.", "Куратор", "6.7", ("m", 5, 2020), ["program_curator"], stage=6),
    Act("20", "Анкетирование участников на удовлетворённость участием в программе", "май 2020 г.", "Педагог-психолог", "6.8", ("m", 5, 2020), ["psychologist"], stage=6),
    Act("21", "Подведение итогов программы наставничества на итоговой линейке, награждение лучших наставников", "май 2020 г.", "Директор, старший вожатый", "7.2", ("m", 5, 2020), ["director", "senior_counselor"], stage=7),
    Act("22", "Мониторинг качества реализации программы наставничества", "май – июнь 2020 г.", "Зам. директора по УВР", "7.3", ("r", 5, 6, 2020, 2020), ["deputy_director_academic"], stage=7),
    Act("23", "Публикация итогов программы на сайте школы", "июнь 2020 г.", "Ответственный за сайт", "7.6", ("m", 6, 2020), ["other"], stage=7),
    Act("24", "Анализ выполнения дорожной карты, планирование работы на 2020-2021 учебный год", "август 2020 г.", "Рабочая группа, куратор", None, ("m", 8, 2020), ["other", "program_curator"], stage=7),
]
# fmt: on
H_INTRO = [
    "Дорожная карта разработана в соответствии с распоряжением Министерства просвещения Российской "
    "Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества "
    "обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, "
    "дополнительным общеобразовательным и программам среднего профессионального образования, в том "
    "числе с применением лучших практик обмена опытом между обучающимися».",
    "Цель внедрения целевой модели наставничества — максимально полное раскрытие потенциала личности "
    "наставляемого, необходимое для успешной личной и профессиональной самореализации, а также создание "
    "условий для формирования эффективной системы поддержки, самоопределения и профессиональной "
    "ориентации обучающихся в возрасте от 10 лет.",
    "Задачи:",
    "— разработка и реализация мероприятий дорожной карты внедрения целевой модели;",
    "— разработка и реализация программы наставничества школы;",
    "— инфраструктурное и материально-техническое обеспечение реализации программы наставничества;",
    "— формирование баз данных программы наставничества и лучших практик;",
    "— обеспечение условий для повышения уровня профессионального мастерства педагогов, "
    "задействованных в реализации целевой модели наставничества.",
]


def pdf_h() -> bytes:
    td = TableDoc(
        landscape=False,
        font="DejaVu Serif",
        size=10.5,
        table_size=10,
        head=[
            Para("Утверждена приказом директора от 17.01.2020 № 9", align="r", size=9.5, space_after=10),
            Para("План мероприятий («дорожная карта»)", bold=True, align="c", size=12),
            Para("по внедрению целевой модели наставничества обучающихся", bold=True, align="c", size=12),
            Para(f"в {H_ORG} на 2019-2020 учебный год", bold=True, align="c", size=12, space_after=10),
            *[Para(t, align="j", space_after=3) for t in H_INTRO],
            Para("", space_after=6),
        ],
        headers=["№", "Мероприятия", "Срок реализации", "Ответственные исполнители"],
        widths=[0.9, 9.5, 3.4, 4.2],
        cells=lambda a: [a.num, a.text, a.date, a.resp],
        items=H_ITEMS,
        stage_style="none",
        center_cols=(0,),
        tail=[
            Para("", space_after=8),
            Para("Руководитель рабочей группы ____________ С.П. Ожгибесова", size=10),
        ],
    )
    return docx_to_pdf(lambda p: write_table_doc(p, td))


def build_h(folder: Path) -> int:
    pdf = pdf_h()
    put(folder, "pdf", scanned_pdf(pdf, 3108, 200, dt.datetime(2020, 1, 22, 14, 40)))
    acts = activities(H_ITEMS, H_YEAR)
    save_truth(folder, H_ORG, H_YEAR, acts)
    return len(acts)


BUILDERS: dict[str, Callable[[Path], int]] = {
    "a_kovrov": build_a,
    "b_kamyshin": build_b,
    "c_yoshkar_ola": build_c,
    "d_shadrinsk": build_d,
    "e_karpogory": build_e,
    "f_tyumen": build_f,
    "g_leningradskaya": build_g,
    "h_chusovoy": build_h,
}


def main() -> None:
    for name, build in BUILDERS.items():
        n = build(HERE / name)
        print(f"{name}: {n} activities")


if __name__ == "__main__":
    main()
