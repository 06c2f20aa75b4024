"""Build holdout39: eight roadmaps that exist only as images of a printed page.

Run: .venv/bin/python -m data.holdout39.build

Each roadmap is written as a DOCX (small print, narrow columns), printed to PDF by LibreOffice,
rendered, and turned into a phone photo (JPEG), a grey scan (PNG/TIFF) or an image-only PDF.
Rows carry their hand labels next to the printed text (``R`` from data.holdout.build).
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table
from PIL import Image, ImageFont

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    HeadPara,
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
FONT_DIR = Path("/usr/share/fonts/truetype")
FONT_FILES = {
    "Liberation Serif": FONT_DIR / "liberation2" / "LiberationSerif-Regular.ttf",
    "Liberation Sans": FONT_DIR / "liberation2" / "LiberationSans-Regular.ttf",
    "DejaVu Sans": FONT_DIR / "dejavu" / "DejaVuSans.ttf",
    "DejaVu Serif": FONT_DIR / "dejavu" / "DejaVuSerif.ttf",
}

Section = tuple[int, str, list[Row]]
# A stage group of the grouped layout: (stage id, stage cell text, rows).
Group = tuple[int, str, list[Row]]


# --------------------------------------------------------------------------- docx helpers


def new_doc(font: str, size: float, landscape: bool, margin: float = 1.2) -> DocxDocument:
    doc = _new_document(landscape)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(margin)
    sec.top_margin = sec.bottom_margin = Cm(margin)
    return doc


def heads(doc: DocxDocument, paras: Sequence[HeadPara]) -> None:
    for text, bold, align in paras:
        _para(doc, text, bold=bold, align=align)


def new_table(doc: DocxDocument, headers: Sequence[str], colnums: bool = False) -> Table:
    table: Table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = _append(table)
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
        hdr.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if colnums:
        nr = _append(table)
        for i in range(len(headers)):
            _set_cell(nr.cells[i], str(i + 1))
    return table


def _append(table: Table) -> Any:
    grid: Any = table  # python-docx leaves Table.add_row unannotated
    return grid.add_row()


def add_row(table: Table, cells: Sequence[str]) -> None:
    row = _append(table)
    for i, val in enumerate(cells):
        _set_cell(row.cells[i], val)


def add_section(table: Table, text: str) -> None:
    row = _append(table)
    merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
    _set_cell(merged, text, bold=True)


def merge_down(table: Table, col: int, first: int, last: int, text: str, bold: bool = True) -> None:
    cell = table.cell(first, col).merge(table.cell(last, col))
    _set_cell(cell, text, bold=bold)


def n_lines(text: str, font: str, size: float, width_cm: float) -> int:
    """How many lines a cell paragraph takes once word-wrapped (an estimate that errs high)."""
    face = ImageFont.truetype(str(FONT_FILES[font]), int(size * 10))
    avail = (width_cm - 0.38) / 2.54 * 72 * 10 * 0.995
    lines = 0
    for para in text.split("\n"):
        cur = ""
        count = 1
        for word in para.split():
            trial = f"{cur} {word}".strip()
            if face.getlength(trial) <= avail or not cur:
                cur = trial
            else:
                count += 1
                cur = word
        lines += count
    return lines


def aligned(parts: Sequence[tuple[str, str, str]], font: str, size: float, w: Sequence[float]) -> list[str]:
    """Three column texts whose sub-items start on the same line: (text, date, resp) per sub-item."""
    cols: list[list[str]] = [[], [], []]
    for part in parts:
        height = max(n_lines(p, font, size, w[i]) for i, p in enumerate(part))
        for i, p in enumerate(part):
            pad = height - n_lines(p, font, size, w[i])
            cols[i].append(p + "\n" * pad)
    return ["\n".join(c) for c in cols]


# --------------------------------------------------------------------------- image output


def pdf_of(doc: DocxDocument, pages: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, pdf_path)
        data = pdf_path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    try:
        assert len(pdf) == pages, (docx_path.name, len(pdf), pages)
    finally:
        pdf.close()
    return data


def slanted_photo(page: Image.Image, angle: float, seed: int) -> Image.Image:
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    return photo_of(turned, np.random.default_rng(seed))


def save_photo(folder: Path, pdf: bytes, dpi: int, angle: float, seed: int, quality: int) -> None:
    img = slanted_photo(render_page(pdf, 0, dpi), angle, seed)
    img.save(folder / "roadmap.jpg", format="JPEG", quality=quality)


def save_png(folder: Path, pdf: bytes, dpi: int, seed: int) -> None:
    img = scan_page(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    img.save(folder / "roadmap.png", format="PNG", dpi=(dpi, dpi))


def save_tiff(folder: Path, pdf: bytes, dpi: int, seed: int) -> None:
    img = scan_page(render_page(pdf, 0, dpi), np.random.default_rng(seed))
    img.save(folder / "roadmap.tiff", format="TIFF", compression="tiff_lzw", dpi=(dpi, dpi))


def save_scanned_pdf(folder: Path, pdf: bytes, pages: int, dpi: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    imgs = [scan_page(render_page(pdf, i, dpi), rng) for i in range(pages)]
    buf = io.BytesIO()
    # a fixed scan time keeps the file reproducible
    stamp = dt.datetime(2020 + seed % 7, 9, 14, 10, 30, tzinfo=dt.UTC).timetuple()
    imgs[0].save(
        buf,
        format="PDF",
        save_all=True,
        append_images=imgs[1:],
        resolution=float(dpi),
        creationDate=stamp,
        modDate=stamp,
    )
    (folder / "roadmap.pdf").write_bytes(buf.getvalue())


def prepare(name: str) -> Path:
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    for old in folder.glob("roadmap.*"):
        old.unlink()
    return folder


def finish(
    folder: Path,
    org: str,
    y: int,
    acts: list[TruthActivity],
    model: str = "target_model_2019",
    status: str = "ok",
) -> int:
    write_truth(folder, org, y, acts)
    path = folder / "truth.json"
    if model != "target_model_2019" or status != "ok":
        text = path.read_text(encoding="utf-8")
        text = text.replace('"model": "target_model_2019"', f'"model": "{model}"', 1)
        text = text.replace('"status": "ok"', f'"status": "{status}"', 1)
        path.write_text(text, encoding="utf-8")
    return len(acts)


# --------------------------------------------------------------------------- layouts


def layout_sections(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[float],
    sections: Sequence[Section],
    cells: Callable[[int, int, int, Row], list[str]],
    y: int,
    colnums: bool = False,
) -> list[TruthActivity]:
    """Stage rows spanning the table, activity rows under them; ``cells(s, i, n, row)`` prints a row
    (s: stage position from 1, i: row position in the stage from 1, n: running number)."""
    table = new_table(doc, headers, colnums)
    truth: list[TruthActivity] = []
    n = 0
    for s, (stage_id, heading, rows) in enumerate(sections, start=1):
        add_section(table, heading)
        for i, row in enumerate(rows, start=1):
            n += 1
            add_row(table, cells(s, i, n, row))
            truth.append(truth_row(row, stage_id, y))
    _widths(table, widths)
    return truth


def layout_stage_column(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[float],
    sections: Sequence[Section],
    cells: Callable[[int, Row], list[str]],
    y: int,
) -> list[TruthActivity]:
    """The stage name in column 0, merged down over its rows; ``cells(n, row)`` prints the rest."""
    table = new_table(doc, headers)
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in sections:
        first = len(table.rows)
        for row in rows:
            n += 1
            add_row(table, ["", *cells(n, row)])
            truth.append(truth_row(row, stage_id, y))
        merge_down(table, 0, first, len(table.rows) - 1, heading)
    _widths(table, widths)
    return truth


def layout_grouped(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[float],
    groups: Sequence[Group],
    font: str,
    size: float,
    y: int,
    numbered: bool,
    marker: Callable[[int], str],
) -> list[TruthActivity]:
    """One table row per stage: sub-items in one cell, dates and responsibles line-aligned."""
    table = new_table(doc, headers)
    truth: list[TruthActivity] = []
    off = 1 if numbered else 0
    w = widths[off + 1 : off + 4]
    for k, (stage_id, stage_text, rows) in enumerate(groups, start=1):
        parts = [
            (f"{marker(i)} {r['text']}", _str(r["date"]), _str(r["resp"])) for i, r in enumerate(rows, 1)
        ]
        text, dates, resps = aligned(parts, font, size, w)
        lead = [f"{k}."] if numbered else []
        add_row(table, [*lead, stage_text, text, dates, resps])
        truth += [truth_row(r, stage_id, y) for r in rows]
    _widths(table, widths)
    return truth


def layout_flat(
    doc: DocxDocument,
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[tuple[int, Row]],
    y: int,
) -> list[TruthActivity]:
    """No stage rows at all; each row's stage is that of its activity (given with the row)."""
    table = new_table(doc, headers)
    truth: list[TruthActivity] = []
    for n, (stage_id, row) in enumerate(rows, start=1):
        add_row(table, [f"{n}.", row["text"], _str(row["date"]), _str(row["resp"])])
        truth.append(truth_row(row, stage_id, y))
    _widths(table, widths)
    return truth


def _str(value: object) -> str:
    assert isinstance(value, str), value
    return value


# =========================================================================== A: gymnasium, photo
# Numbered rows under stage rows, a «Форма проведения» column. Page 1 only, photographed.

A_ORG = "МАОУ «Гимназия № 12» г. Липецка"
A_YEAR = 2023
DL = "Директор"
CUR = "Куратор программы"
A_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа «О внедрении целевой модели наставничества в МАОУ «Гимназия № 12»»",
                "01.09.2023",
                DL,
                None,
                ("d", 1, 9, 2023),
                ["director"],
                note="Приказ",
            ),
            R(
                "Назначение куратора программы наставничества, создание рабочей группы",
                "до 08.09.2023",
                DL,
                None,
                ("dl", 8, 9, 2023),
                ["director"],
                note="Приказ",
            ),
            R(
                "Ознакомление учителей гимназии с задачами и механизмами наставничества",
                "сентябрь",
                "Заместитель директора по УВР",
                "1.1",
                ("m", 9),
                ["deputy_director_academic"],
                note="Педагогический совет",
            ),
            R(
                "Информирование родителей (законных представителей) о запуске программы",
                "сентябрь – октябрь",
                "Классные руководители",
                "1.2",
                ("r", 9, 10),
                ["class_teacher"],
                note="Родительские собрания",
            ),
            R(
                "Знакомство гимназистов 5–11 классов с возможностями программы",
                "октябрь",
                "Классные руководители, куратор",
                "1.4",
                ("m", 10),
                ["class_teacher", "program_curator"],
                note="Классные часы",
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми; сбор согласий "
                "на обработку персональных данных",
                "октябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 10),
                ["psychologist"],
                note="Онлайн-анкета",
            ),
            R(
                "Сбор сведений о запросах наставляемых у классных руководителей, социального педагога, "
                "родителей",
                "октябрь – ноябрь",
                "Социальный педагог, педагог-психолог",
                "2.2",
                ("r", 10, 11),
                ["social_pedagogue", "psychologist"],
                note="Собеседование",
            ),
            R(
                "Обработка анкет, формирование базы наставляемых гимназии",
                "до 20 ноября",
                CUR,
                "2.3",
                ("dl", 20, 11),
                ["program_curator"],
                note="Электронная база",
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества: «ученик – ученик», «учитель – учитель», «учитель – ученик»",
                "ноябрь",
                "Рабочая группа",
                "3.1",
                ("m", 11),
                ["other"],
                note="Заседание рабочей группы",
            ),
            R(
                "Анкетирование педагогов, старшеклассников и выпускников – потенциальных наставников",
                "ноябрь",
                "Заместитель директора по ВР",
                "3.3",
                ("m", 11),
                ["deputy_director_upbringing"],
                note="Анкетирование",
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "декабрь",
                CUR,
                "3.4",
                ("m", 12),
                ["program_curator"],
                note="Аналитическая справка",
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники с участием педагога-психолога",
                "декабрь",
                "Педагог-психолог,\nкуратор",
                "4.2",
                ("m", 12),
                ["psychologist", "program_curator"],
                note="Индивидуальная беседа",
            ),
            R(
                "Обучение наставников по методическим материалам программы «Школа наставника»",
                "январь – февраль",
                "Руководители ШМО",
                "4.4",
                ("r", 1, 2),
                ["head_of_methodical_association"],
                note="Семинар-практикум",
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            R(
                "Общая встреча наставников и наставляемых",
                "январь",
                "Заместитель директора по ВР, советник директора по воспитанию",
                "5.1",
                ("m", 1),
                ["deputy_director_upbringing", "senior_counselor"],
                note="Квест «Давайте знакомиться»",
            ),
            R(
                "Закрепление наставнических пар (групп) приказом директора",
                "до 31 января",
                DL,
                "5.4",
                ("dl", 31, 1),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            R(
                "Регулярные встречи наставников и наставляемых по индивидуальным планам",
                "февраль – май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
                note="Консультации, совместные проекты",
            ),
            R(
                "Мониторинг удовлетворённости участников программой наставничества",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
                note="Анкетирование",
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Подведение итогов года, награждение лучших наставников",
                "май",
                "Директор, куратор",
                "7.2",
                ("m", 5),
                ["director", "program_curator"],
                note="Торжественная линейка",
            ),
            R(
                "Размещение итогов и лучших практик наставничества на сайте гимназии",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
                note="Публикация",
            ),
            R(
                "Отчёт куратора о реализации программы наставничества",
                "июнь",
                CUR,
                None,
                ("m", 6),
                ["program_curator"],
                note="Доклад на педсовете",
            ),
        ],
    ),
]


def build_a() -> int:
    folder = prepare("gymnasium12_lipetsk_photo")
    doc = new_doc("Liberation Serif", 10, landscape=False, margin=1.0)
    heads(
        doc,
        [
            (
                "УТВЕРЖДАЮ\nДиректор МАОУ «Гимназия № 12»\n__________ Е.Ю. Крылова\nприказ от 31.08.2023 № 214",
                False,
                "r",
            ),
            ("ДОРОЖНАЯ КАРТА", True, "c"),
            ("реализации целевой модели наставничества в МАОУ «Гимназия № 12» г. Липецка", True, "c"),
            ("на 2023–2024 учебный год", True, "c"),
        ],
    )
    truth = layout_sections(
        doc,
        ["№", "Мероприятие", "Форма проведения", "Срок", "Ответственные"],
        [0.9, 7.6, 3.3, 2.6, 3.6],
        A_SECTIONS,
        lambda s, i, n, r: [f"{s}.{i}", r["text"], r["note"], _str(r["date"]), _str(r["resp"])],
        A_YEAR,
    )
    pdf = pdf_of(doc, 1)
    save_photo(folder, pdf, dpi=200, angle=2.5, seed=3901, quality=70)
    return finish(folder, A_ORG, A_YEAR, truth)


# =========================================================================== B: rural school, photo
# Stage column merged down, running numbers; photographed at a slant.

B_ORG = "МКОУ «Сосновская СОШ» Тарского муниципального района Омской области"
B_YEAR = 2021
B_DIR = "Директор школы"
B_UVR = "Зам. директора по УВР"
B_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовительный этап",
        [
            R(
                "Разработка и утверждение дорожной карты внедрения наставничества",
                "август 2021 г.",
                B_DIR,
                None,
                ("m", 8, 2021),
                ["director"],
            ),
            R(
                "Совещание при директоре: цели и задачи целевой модели наставничества",
                "сентябрь",
                "Директор школы, зам. директора по УВР",
                "1.1",
                ("m", 9),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Выступление о программе на общешкольном родительском собрании",
                "сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            R(
                "Создание на сайте школы раздела «Наставничество»",
                "сентябрь",
                "Учитель информатики",
                None,
                ("m", 9),
                ["teachers"],
            ),
            R(
                "Встреча с выпускниками школы и специалистами СПК «Сосновский»",
                "октябрь",
                "Зам. директора по ВР,\nклассные руководители",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся 5–11 классов и молодых учителей",
                "октябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Получение согласий родителей на обработку персональных данных детей",
                "октябрь",
                "Классные руководители",
                "2.2",
                ("m", 10),
                ["class_teacher"],
            ),
            R("Формирование базы наставляемых", "ноябрь", "Куратор", "2.3", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Анкетирование желающих стать наставниками (учителя, старшеклассники, родители)",
                "ноябрь",
                "Куратор",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            R("Формирование базы наставников", "декабрь", "Куратор", "3.4", ("m", 12), ["program_curator"]),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Подбор материалов и специалистов для обучения наставников",
                "декабрь",
                B_UVR,
                "4.3",
                ("m", 12),
                ["deputy_director_academic"],
            ),
            R(
                "Обучение наставников (курсы, вебинары, самообразование)",
                "январь – февраль 2022 г.",
                B_UVR,
                "4.4",
                ("r", 1, 2, 2022, 2022),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            R(
                "Встреча наставников и наставляемых, формирование пар и групп",
                "февраль",
                "Куратор",
                "5.1",
                ("m", 2),
                ["program_curator"],
            ),
            R(
                "Издание приказа о закреплении наставнических пар",
                "февраль",
                B_DIR,
                "5.4",
                ("m", 2),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Работа наставнических пар",
        [
            R(
                "Встречи наставников с наставляемыми по плану работы пары",
                "февраль – май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников программы",
                "март, май",
                "Педагог-психолог",
                "6.5",
                ("m", 3),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Итоговый этап",
        [
            R(
                "Праздник «Вместе мы сильнее», награждение наставников",
                "май",
                "Директор школы,\nпедагог-организатор",
                "7.2",
                ("m", 5),
                ["director", "other"],
            ),
            R(
                "Мониторинг качества реализации программы",
                "май – июнь",
                B_UVR,
                "7.3",
                ("r", 5, 6),
                ["deputy_director_academic"],
            ),
            R(
                "Анализ работы и корректировка дорожной карты на 2022–2023 учебный год",
                "июнь",
                "Директор школы, рабочая группа",
                None,
                ("m", 6),
                ["director", "other"],
            ),
        ],
    ),
]


def build_b() -> int:
    folder = prepare("sosnovskaya_sosh_photo")
    doc = new_doc("Liberation Sans", 10, landscape=False, margin=1.2)
    heads(
        doc,
        [
            ("Утверждено приказом директора\nот 27.08.2021 № 96-од", False, "r"),
            ("", False, None),
            ("План мероприятий (дорожная карта)", True, "c"),
            ("по внедрению целевой модели наставничества", True, "c"),
            (f"в {B_ORG}", True, "c"),
            ("на 2021-2022 учебный год", True, "c"),
        ],
    )
    truth = layout_stage_column(
        doc,
        ["Этап", "№", "Мероприятия", "Сроки", "Ответственный"],
        [3.3, 0.9, 6.4, 3.0, 4.0],
        B_SECTIONS,
        lambda n, r: [str(n), r["text"], _str(r["date"]), _str(r["resp"])],
        B_YEAR,
    )
    pdf = pdf_of(doc, 1)
    save_photo(folder, pdf, dpi=180, angle=-4.0, seed=3902, quality=58)
    return finish(folder, B_ORG, B_YEAR, truth)


# =========================================================================== C: kindergarten, photo
# A flat table without any stage rows.

C_ORG = "МБДОУ «Детский сад № 17 «Солнышко»» г. Кирова"
C_YEAR = 2025
C_SV = "Старший воспитатель"
C_ROWS: list[tuple[int, Row]] = [
    (
        1,
        R(
            "Приказ о реализации программы наставничества в ДОУ на 2025–2026 учебный год",
            "01.09.2025",
            "Заведующий",
            None,
            ("d", 1, 9, 2025),
            ["director"],
        ),
    ),
    (
        1,
        R(
            "Утверждение Положения о наставничестве и плана работы куратора",
            "до 15.09.2025",
            "Заведующий",
            None,
            ("dl", 15, 9, 2025),
            ["director"],
        ),
    ),
    (
        1,
        R(
            "Информирование педагогов о программе наставничества на установочном педсовете",
            "сентябрь",
            C_SV,
            "1.1",
            ("m", 9),
            ["other"],
        ),
    ),
    (
        1,
        R(
            "Информация для родителей в группах и в официальном сообществе детского сада ВКонтакте",
            "сентябрь",
            "Воспитатели групп",
            "1.2",
            ("m", 9),
            ["teachers"],
        ),
    ),
    (
        2,
        R(
            "Анкетирование молодых и вновь принятых воспитателей о профессиональных затруднениях",
            "сентябрь – октябрь",
            "Педагог-психолог,\nстарший воспитатель",
            "2.1",
            ("r", 9, 10),
            ["psychologist", "other"],
        ),
    ),
    (2, R("Формирование базы наставляемых", "октябрь", C_SV, "2.3", ("m", 10), ["other"])),
    (
        3,
        R(
            "Опрос опытных педагогов о готовности стать наставником",
            "октябрь",
            C_SV,
            "3.3",
            ("m", 10),
            ["other"],
        ),
    ),
    (3, R("Формирование базы наставников", "до 1 ноября", C_SV, "3.4", ("dl", 1, 11), ["other"])),
    (
        4,
        R(
            "Консультация для наставников «Роль наставника в адаптации молодого педагога»",
            "ноябрь",
            "Педагог-психолог",
            "4.4",
            ("m", 11),
            ["psychologist"],
        ),
    ),
    (
        5,
        R(
            "Утверждение наставнических пар приказом заведующего",
            "ноябрь",
            "Заведующий",
            "5.4",
            ("m", 11),
            ["director"],
        ),
    ),
    (
        6,
        R(
            "Составление планов работы наставнических пар",
            "ноябрь",
            "Наставники",
            "6.3",
            ("m", 11),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Взаимопосещение занятий, открытые просмотры и мастер-классы наставников",
            "декабрь – апрель",
            "Наставники, наставляемые",
            "6.4",
            ("r", 12, 4),
            ["mentors", "other"],
        ),
    ),
    (
        6,
        R(
            "Консультирование участников программы по их запросу",
            "по мере необходимости",
            "Старший воспитатель, педагог-психолог",
            None,
            ("u",),
            ["other", "psychologist"],
        ),
    ),
    (
        6,
        R(
            "Анкетирование участников: удовлетворённость работой в паре",
            "апрель",
            "Педагог-психолог",
            "6.8",
            ("m", 4),
            ["psychologist"],
        ),
    ),
    (
        7,
        R(
            "Итоговый педсовет: презентация результатов пар, награждение наставников",
            "май",
            "Заведующий,\nстарший воспитатель",
            "7.2",
            ("m", 5),
            ["director", "other"],
        ),
    ),
    (
        7,
        R(
            "Публикация материалов о лучших практиках наставничества на сайте детского сада",
            "май – июнь",
            C_SV,
            "7.6",
            ("r", 5, 6),
            ["other"],
        ),
    ),
    (7, R("Формирование долгосрочной базы наставников", "июнь", "Заведующий", "7.8", ("m", 6), ["director"])),
]


def build_c() -> int:
    folder = prepare("ds17_solnyshko_kirov_photo")
    doc = new_doc("DejaVu Serif", 9.5, landscape=False, margin=1.5)
    heads(
        doc,
        [
            ("Приложение № 2 к приказу от 29.08.2025 № 71-о", False, "r"),
            ("", False, None),
            ("Дорожная карта реализации программы наставничества", True, "c"),
            (C_ORG, True, "c"),
            ("2025/2026 уч. год", True, "c"),
            ("", False, None),
        ],
    )
    truth = layout_flat(
        doc, ["№ п/п", "Содержание работы", "Сроки", "Ответственный"], [1.2, 8.0, 3.3, 4.5], C_ROWS, C_YEAR
    )
    pdf = pdf_of(doc, 1)
    save_photo(folder, pdf, dpi=220, angle=1.5, seed=3903, quality=82)
    return finish(folder, C_ORG, C_YEAR, truth)


# =========================================================================== D: «Образовательный центр», PNG scan
# One table row per stage: numbered sub-items in one cell, dates and responsibles line-aligned.

D_ORG = "ГБОУ СОШ «Образовательный центр» с. Луговое"
D_YEAR = 2020
D_FONT = "Liberation Serif"
D_CUR = "Куратор программы"
D_GROUPS: list[Group] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Разработка и утверждение нормативной базы: приказ, положение о наставничестве, дорожная карта",
                "август 2020 г.",
                "Директор",
                None,
                ("m", 8, 2020),
                ["director"],
            ),
            R(
                "Информирование педагогического коллектива на августовском педсовете",
                "28.08.2020",
                "Зам. директора по УВР",
                "1.1",
                ("d", 28, 8, 2020),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование родителей через сайт ОЦ и родительские собрания",
                "сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Классные часы для обучающихся о программе наставничества",
                "сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, желающих участвовать в программе",
                "до 1 октября",
                "Педагог-психолог",
                "2.1",
                ("dl", 1, 10),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых от классных руководителей и родителей; "
                "согласия законных представителей",
                "октябрь",
                "Социальный педагог,\nклассные руководители",
                "2.2",
                ("m", 10),
                ["social_pedagogue", "class_teacher"],
            ),
            R("Формирование базы наставляемых", "октябрь", D_CUR, "2.3", ("m", 10), ["program_curator"]),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества на текущий учебный год",
                "сентябрь",
                "Рабочая группа",
                "3.1",
                ("m", 9),
                ["other"],
            ),
            R(
                "Анкетирование потенциальных наставников, сбор согласий",
                "октябрь",
                D_CUR,
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R("Формирование базы наставников", "ноябрь", D_CUR, "3.4", ("m", 11), ["program_curator"]),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Входная диагностика наставников по заданным параметрам",
                "ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Собеседование с наставниками",
                "ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Обучение наставников: семинар «Школа наставника»",
                "декабрь",
                "Руководитель ШМО",
                "4.4",
                ("m", 12),
                ["head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар / групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                D_CUR,
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Формирование пар и групп по итогам анкетирования",
                "декабрь",
                D_CUR,
                "5.3",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "до 25.12.2020",
                "Директор",
                "5.4",
                ("dl", 25, 12, 2020),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар / групп",
        [
            R(
                "Первая, организационная встреча наставника и наставляемого",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи по индивидуальному плану",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R("Сбор обратной связи от участников", "март", D_CUR, "6.5", ("m", 3), ["program_curator"]),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Итоговое мероприятие, награждение лучших наставников",
                "май",
                "Директор\nзам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Оформление кейсов лучших наставнических практик",
                "май",
                "Наставники",
                "7.5",
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Размещение результатов программы на сайте ОЦ",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Отчёт о реализации дорожной карты в территориальное управление",
                "до 15 июня",
                "Директор",
                None,
                ("dl", 15, 6),
                ["director"],
            ),
        ],
    ),
]


def build_d() -> int:
    folder = prepare("obrcentr_lugovoe_scan")
    doc = new_doc(D_FONT, 10, landscape=False, margin=1.2)
    heads(
        doc,
        [
            ("Рассмотрено на педагогическом совете, протокол № 1 от 28.08.2020", False, None),
            ("Утверждаю: директор ОЦ _________ А.Р. Хабибуллин", False, "r"),
            ("", False, None),
            ("ДОРОЖНАЯ КАРТА", True, "c"),
            ("внедрения целевой модели наставничества обучающихся", True, "c"),
            (f"{D_ORG} на 2020/2021 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    truth = layout_grouped(
        doc,
        ["Наименование этапа", "Мероприятия", "Сроки", "Ответственные"],
        [3.6, 7.6, 2.7, 4.3],
        D_GROUPS,
        D_FONT,
        10,
        D_YEAR,
        numbered=False,
        marker=lambda i: f"{i}.",
    )
    pdf = pdf_of(doc, 1)
    save_png(folder, pdf, dpi=200, seed=3904)
    return finish(folder, D_ORG, D_YEAR, truth)


# =========================================================================== E: sports school, PNG scan
# Roman-numbered stage rows, unnumbered activity rows, a «Результат» column.

E_ORG = "МБУ ДО «Спортивная школа № 2» г. Ангарска"
E_YEAR = 2024
E_MET = "Инструктор-методист"
E_ZD = "Заместитель директора по спортивной работе"
E_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о реализации программы наставничества в 2024–2025 учебном году",
                "сентябрь 2024 г.",
                "Директор",
                None,
                ("m", 9, 2024),
                ["director"],
                note="Приказ",
            ),
            R(
                "Информирование тренеров-преподавателей о целях и задачах наставничества на тренерском совете",
                "сентябрь",
                E_ZD,
                "1.1",
                ("m", 9),
                ["deputy_director"],
                note="Протокол тренерского совета",
            ),
            R(
                "Информирование родителей занимающихся на собраниях отделений",
                "сентябрь – октябрь",
                "Тренеры-преподаватели",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
                note="Протоколы собраний",
            ),
            R(
                "Встреча с выпускниками спортшколы – мастерами спорта и представителями федераций по видам спорта",
                "октябрь",
                E_MET,
                "1.3",
                ("m", 10),
                ["methodologist"],
                note="Фотоотчёт на сайте",
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование спортсменов и молодых тренеров, желающих войти в программу",
                "октябрь",
                E_MET,
                "2.1",
                ("m", 10),
                ["methodologist"],
                note="Анкеты, согласия",
            ),
            R(
                "Анализ анкет, формирование базы наставляемых",
                "ноябрь",
                E_MET,
                "2.3",
                ("m", 11),
                ["methodologist"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества: «тренер – тренер», «спортсмен – спортсмен»",
                "ноябрь",
                "Методический совет",
                "3.1",
                ("m", 11),
                ["other"],
                note="Протокол",
            ),
            R(
                "Анкетирование опытных тренеров и спортсменов старших групп – кандидатов в наставники",
                "ноябрь",
                E_MET,
                "3.3",
                ("m", 11),
                ["methodologist"],
                note="Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "декабрь",
                E_MET,
                "3.4",
                ("m", 12),
                ["methodologist"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники",
                "декабрь",
                f"{E_ZD},\nпсихолог",
                "4.2",
                ("m", 12),
                ["deputy_director", "psychologist"],
                note="Список наставников",
            ),
            R(
                "Обучающий семинар для наставников",
                "январь",
                E_MET,
                "4.4",
                ("m", 1),
                ["methodologist"],
                note="Лист регистрации",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            R(
                "Общий сбор наставников и наставляемых на учебно-тренировочном занятии",
                "январь",
                "Тренеры-преподаватели",
                "5.1",
                ("m", 1),
                ["teachers"],
                note="Встреча",
            ),
            R(
                "Закрепление наставнических пар приказом директора",
                "январь",
                "Директор",
                "5.4",
                ("m", 1),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "VI. Работа наставнических пар",
        [
            R(
                "Совместные тренировки, разбор соревнований, встречи пар по плану",
                "февраль – май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
                note="Дневник наставника",
            ),
            R(
                "Сбор отзывов участников о работе пар",
                "II полугодие",
                E_MET,
                "6.5",
                ("r", 1, 5),
                ["methodologist"],
                note="Отзывы",
            ),
        ],
    ),
    (
        7,
        "VII. Подведение итогов",
        [
            R(
                "Анкетирование удовлетворённости участников программой",
                "май",
                "Психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
                note="Справка",
            ),
            R(
                "Праздник «Наставник года» с награждением лучших наставников",
                "май",
                f"Директор, {E_ZD.lower()}",
                "7.2",
                ("m", 5),
                ["director", "deputy_director"],
                note="Грамоты",
            ),
            R(
                "Публикация итогов на сайте и в сообществе спортшколы",
                "июнь",
                E_MET,
                "7.6",
                ("m", 6),
                ["methodologist"],
                note="Публикации",
            ),
            R(
                "Анализ реализации программы, корректировка плана на следующий год",
                "июнь",
                "Методический совет",
                None,
                ("m", 6),
                ["other"],
                note="Аналитическая справка",
            ),
        ],
    ),
]


def build_e() -> int:
    folder = prepare("sportschool2_angarsk_scan")
    doc = new_doc("DejaVu Sans", 9.5, landscape=False, margin=1.2)
    heads(
        doc,
        [
            ("УТВЕРЖДЕН\nприказом МБУ ДО «СШ № 2»\nот 02.09.2024 № 118-ОД", False, "r"),
            ("План мероприятий («дорожная карта»)", True, "c"),
            ("по реализации программы наставничества", True, "c"),
            (f"{E_ORG} на 2024 – 2025 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    truth = layout_sections(
        doc,
        ["Мероприятие", "Срок", "Ответственные", "Результат"],
        [7.0, 2.8, 4.6, 3.6],
        E_SECTIONS,
        lambda s, i, n, r: [r["text"], _str(r["date"]), _str(r["resp"]), r["note"]],
        E_YEAR,
    )
    pdf = pdf_of(doc, 1)
    save_png(folder, pdf, dpi=240, seed=3905)
    return finish(folder, E_ORG, E_YEAR, truth)


# =========================================================================== F: college, TIFF scan at 160 dpi
# Stage rows «1. …», rows numbered 1.1, 1.2 …; responsibles with names.

F_ORG = "ГАПОУ «Колледж промышленных технологий и сервиса» г. Ишима"
F_YEAR = 2022
F_CUR = "Куратор программы наставничества Бондарь Т.И."
F_PSY = "Педагог-психолог Шишкина Е.В."
F_NMR = "Заместитель директора по НМР"
F_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении целевой модели наставничества в колледже",
                "31.08.2022",
                "Директор Лаптев В.Н.",
                None,
                ("d", 31, 8, 2022),
                ["director"],
            ),
            R(
                "Назначение куратора программы наставничества",
                "31.08.2022",
                "Директор Лаптев В.Н.",
                None,
                ("d", 31, 8, 2022),
                ["director"],
            ),
            R(
                "Информирование преподавателей и мастеров производственного обучения на педагогическом совете",
                "сентябрь 2022 г.",
                "Заместитель директора по УР Кузнецова О.А.",
                "1.1",
                ("m", 9, 2022),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование студентов на классных часах в учебных группах",
                "сентябрь 2022 г.",
                "Кураторы учебных групп",
                "1.4",
                ("m", 9, 2022),
                ["class_teacher"],
            ),
            R(
                "Встреча с работодателями – социальными партнёрами колледжа о наставничестве на производственной практике",
                "октябрь 2022 г.",
                "Руководитель центра содействия трудоустройству выпускников",
                "1.3",
                ("m", 10, 2022),
                ["other"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование студентов 1–2 курсов и молодых преподавателей",
                "октябрь 2022 г.",
                F_PSY,
                "2.1",
                ("m", 10, 2022),
                ["psychologist"],
            ),
            R(
                "Сбор согласий законных представителей несовершеннолетних студентов на обработку персональных данных",
                "октябрь 2022 г.",
                "Кураторы учебных групп",
                "2.2",
                ("m", 10, 2022),
                ["class_teacher"],
            ),
            R(
                "Формирование базы наставляемых",
                "ноябрь 2022 г.",
                F_CUR,
                "2.3",
                ("m", 11, 2022),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников из числа преподавателей, студентов старших курсов, "
                "представителей предприятий",
                "ноябрь 2022 г.",
                F_CUR,
                "3.3",
                ("m", 11, 2022),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "декабрь 2022 г.",
                F_CUR,
                "3.4",
                ("m", 12, 2022),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "декабрь 2022 г.",
                F_PSY,
                "4.1",
                ("m", 12, 2022),
                ["psychologist"],
            ),
            R(
                "Обучение наставников (семинар на базе методического кабинета)",
                "январь 2023 г.",
                "Методист Рогова Л.П.",
                "4.4",
                ("m", 1, 2023),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "январь 2023 г.",
                "Куратор программы наставничества,\nзаведующие отделениями",
                "5.1",
                ("m", 1, 2023),
                ["program_curator", "other"],
            ),
            R(
                "Закрепление наставнических пар приказом директора",
                "февраль 2023 г.",
                "Директор Лаптев В.Н.",
                "5.4",
                ("m", 2, 2023),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            R(
                "Разработка планов работы наставнических пар",
                "февраль 2023 г.",
                "Наставники",
                "6.3",
                ("m", 2, 2023),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставников с наставляемыми",
                "февраль – июнь 2023 г.",
                "Наставники",
                "6.4",
                ("r", 2, 6, 2023, 2023),
                ["mentors"],
            ),
            R(
                "Заключительная встреча всех наставнических пар и групп",
                "июнь 2023 г.",
                F_CUR,
                "6.7",
                ("m", 6, 2023),
                ["program_curator"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Мониторинг качества реализации программы наставничества",
                "июнь 2023 г.",
                F_NMR,
                "7.3",
                ("m", 6, 2023),
                ["deputy_director"],
            ),
            R(
                "Торжественное подведение итогов, награждение лучших наставников",
                "июнь 2023 г.",
                "Директор, председатели ПЦК",
                "7.2",
                ("m", 6, 2023),
                ["director", "head_of_methodical_association"],
            ),
            R(
                "Размещение лучших практик наставничества на сайте колледжа",
                "июль 2023 г.",
                "Специалист по связям с общественностью",
                "7.6",
                ("m", 7, 2023),
                ["other"],
            ),
            R(
                "Отчёт в департамент образования о реализации программы",
                "до 01.07.2023",
                F_NMR,
                None,
                ("dl", 1, 7, 2023),
                ["deputy_director"],
            ),
        ],
    ),
]


def build_f() -> int:
    folder = prepare("college_ishim_tiff")
    doc = new_doc("Liberation Sans", 9.5, landscape=False, margin=1.0)
    heads(
        doc,
        [
            ("Приложение 1\nк приказу от 31.08.2022 № 412/1", False, "r"),
            ("Дорожная карта реализации целевой модели наставничества", True, "c"),
            (f"в {F_ORG} на 2022-2023 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    truth = layout_sections(
        doc,
        ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный исполнитель"],
        [1.2, 8.2, 3.2, 5.6],
        F_SECTIONS,
        lambda s, i, n, r: [f"{s}.{i}.", r["text"], _str(r["date"]), _str(r["resp"])],
        F_YEAR,
    )
    pdf = pdf_of(doc, 1)
    save_tiff(folder, pdf, dpi=160, seed=3906)
    return finish(folder, F_ORG, F_YEAR, truth)


# =========================================================================== G: corrective school, 2-page scanned PDF
# Stage column merged down (across the page break), running numbers, «Ожидаемый результат».

G_ORG = "ГКОУ «Специальная (коррекционная) общеобразовательная школа-интернат № 3» г. Пензы"
G_YEAR = 2019
G_UVR = "Заместитель директора по УВР"
G_PSY = "Педагог-психолог"
G_CUR = "Куратор"
G_SECTIONS: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Изучение распоряжения Минпросвещения России № Р-145 и методических рекомендаций по внедрению целевой модели",
                "январь 2020 г.",
                "Директор, заместитель директора по УВР",
                None,
                ("m", 1, 2020),
                ["director", "deputy_director_academic"],
                note="Решение о внедрении",
            ),
            R(
                "Разработка и утверждение Положения о наставничестве и дорожной карты",
                "до 31.01.2020",
                "Рабочая группа",
                None,
                ("dl", 31, 1, 2020),
                ["other"],
                note="Локальные акты",
            ),
            R(
                "Назначение куратора внедрения целевой модели наставничества",
                "январь 2020 г.",
                "Директор",
                None,
                ("m", 1, 2020),
                ["director"],
                note="Приказ",
            ),
            R(
                "Информирование педагогического коллектива о программе наставничества",
                "февраль 2020 г.",
                G_UVR,
                "1.1",
                ("m", 2, 2020),
                ["deputy_director_academic"],
                note="Протокол педсовета",
            ),
            R(
                "Информирование родителей (законных представителей) обучающихся",
                "февраль 2020 г.",
                "Классные руководители, воспитатели",
                "1.2",
                ("m", 2, 2020),
                ["class_teacher", "teachers"],
                note="Протоколы родительских собраний",
            ),
            R(
                "Информирование обучающихся о программе в доступной для них форме",
                "февраль 2020 г.",
                "Классные руководители",
                "1.4",
                ("m", 2, 2020),
                ["class_teacher"],
                note="Классные часы",
            ),
            R(
                "Встреча с представителями общественных организаций инвалидов и предприятий города",
                "март 2020 г.",
                "Социальный педагог",
                "1.3",
                ("m", 3, 2020),
                ["social_pedagogue"],
                note="Соглашения о сотрудничестве",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование педагогов и обучающихся старших классов (анкеты адаптированы)",
                "февраль 2020 г.",
                G_PSY,
                "2.1",
                ("m", 2, 2020),
                ["psychologist"],
                note="Анкеты",
            ),
            R(
                "Сбор сведений о запросах наставляемых от классных руководителей, воспитателей, родителей; "
                "согласия законных представителей",
                "февраль – март 2020 г.",
                "Социальный педагог, классные руководители",
                "2.2",
                ("r", 2, 3, 2020, 2020),
                ["social_pedagogue", "class_teacher"],
                note="Согласия на обработку данных",
            ),
            R(
                "Формирование базы наставляемых",
                "март 2020 г.",
                G_CUR,
                "2.3",
                ("m", 3, 2020),
                ["program_curator"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества («педагог – педагог», «ученик – ученик», «работодатель – ученик»)",
                "март 2020 г.",
                "Рабочая группа",
                "3.1",
                ("m", 3, 2020),
                ["other"],
                note="Решение рабочей группы",
            ),
            R(
                "Входная оценка наставляемых по заданным параметрам",
                "март 2020 г.",
                G_PSY,
                "3.2",
                ("m", 3, 2020),
                ["psychologist"],
                note="Результаты диагностики",
            ),
            R(
                "Анкетирование потенциальных наставников",
                "март 2020 г.",
                G_CUR,
                "3.3",
                ("m", 3, 2020),
                ["program_curator"],
                note="Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "апрель 2020 г.",
                G_CUR,
                "3.4",
                ("m", 4, 2020),
                ["program_curator"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по заданным параметрам",
                "апрель 2020 г.",
                G_PSY,
                "4.1",
                ("m", 4, 2020),
                ["psychologist"],
                note="Результаты диагностики",
            ),
            R(
                "Поиск экспертов и материалов для обучения наставников (ресурсный центр института развития образования)",
                "апрель 2020 г.",
                G_UVR,
                "4.3",
                ("m", 4, 2020),
                ["deputy_director_academic"],
                note="Программа обучения",
            ),
            R(
                "Обучение наставников, в том числе в дистанционной форме",
                "апрель – май 2020 г.",
                "Заместитель директора по УВР,\nпедагог-психолог",
                "4.4",
                ("r", 4, 5, 2020, 2020),
                ["deputy_director_academic", "psychologist"],
                note="Подготовленные наставники",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар или групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "май 2020 г.",
                G_CUR,
                "5.1",
                ("m", 5, 2020),
                ["program_curator"],
                note="Встреча",
            ),
            R(
                "Анкетирование по итогам встречи (выбор предпочитаемого наставника)",
                "май 2020 г.",
                G_PSY,
                "5.2",
                ("m", 5, 2020),
                ["psychologist"],
                note="Анкеты",
            ),
            R(
                "Формирование наставнических пар и групп",
                "май 2020 г.",
                G_CUR,
                "5.3",
                ("m", 5, 2020),
                ["program_curator"],
                note="Список пар",
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "май 2020 г.",
                "Директор",
                "5.4",
                ("m", 5, 2020),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар или групп",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "май 2020 г.",
                "Наставники",
                "6.1",
                ("m", 5, 2020),
                ["mentors"],
                note="План работы пары",
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "в течение года",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
                note="Журнал встреч",
            ),
            R(
                "Сбор обратной связи от участников программы",
                "постоянно",
                G_CUR,
                "6.5",
                ("c",),
                ["program_curator"],
                note="Листы обратной связи",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Мониторинг качества реализации программы наставничества",
                "июнь 2020 г.",
                G_UVR,
                "7.3",
                ("m", 6, 2020),
                ["deputy_director_academic"],
                note="Аналитическая справка",
            ),
            R(
                "Итоговое мероприятие, награждение лучших наставников",
                "июнь 2020 г.",
                "Директор",
                "7.2",
                ("m", 6, 2020),
                ["director"],
                note="Благодарственные письма",
            ),
            R(
                "Внесение итогов в базы наставников и наставляемых",
                "август 2020 г.",
                G_CUR,
                "7.7",
                ("m", 8, 2020),
                ["program_curator"],
                note="Обновлённые базы",
            ),
        ],
    ),
]


def build_g() -> int:
    folder = prepare("korr_internat3_penza_pdf")
    doc = new_doc("Liberation Serif", 10, landscape=True, margin=1.3)
    heads(
        doc,
        [
            ("Согласовано на заседании педагогического совета (протокол № 4 от 16.01.2020)", False, None),
            ("Утверждено приказом директора от 17.01.2020 № 9", False, None),
            ("", False, None),
            ("ДОРОЖНАЯ КАРТА", True, "c"),
            ("по внедрению целевой модели наставничества", True, "c"),
            (G_ORG, True, "c"),
            ("на 2019 – 2020 учебный год", True, "c"),
        ],
    )
    truth = layout_stage_column(
        doc,
        ["Этап", "№", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"],
        [3.8, 0.9, 8.6, 3.1, 4.8, 4.4],
        G_SECTIONS,
        lambda n, r: [f"{n}.", r["text"], _str(r["date"]), _str(r["resp"]), r["note"]],
        G_YEAR,
    )
    pdf = pdf_of(doc, 2)
    save_scanned_pdf(folder, pdf, pages=2, dpi=200, seed=3907)
    return finish(folder, G_ORG, G_YEAR, truth)


# =========================================================================== H: 2022 model, 1-page scanned PDF
# System of mentoring of pedagogical workers: numbered stage rows, sub-items «1) …», dates and
# responsibles line-aligned; «Ежегодно, до …» deadlines recur every year.

H_ORG = "МБОУ «СОШ № 14» г. Черкесска"
H_YEAR = 2026
H_FONT = "Liberation Serif"
H_CUR = "Куратор наставничества"
H_UVR = "Зам. директора по УВР"
H_ANNUAL = "Ежегодно, до"
H_GROUPS: list[Group] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        [
            R(
                "Приказ об организации наставничества педагогических работников, назначение куратора",
                f"{H_ANNUAL} 1 сентября",
                "Директор",
                None,
                ("dl", 1, 9),
                ["director"],
            ),
            R(
                "Актуализация Положения о системе наставничества педагогических работников",
                "до 15 сентября",
                H_UVR,
                None,
                ("dl", 15, 9),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование коллектива о системе наставничества на педагогическом совете",
                "сентябрь",
                H_UVR,
                None,
                ("m", 9),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        2,
        "Формирование банка наставляемых",
        [
            R(
                "Сбор информации о профессиональных затруднениях и запросах педагогов (анкетирование)",
                f"{H_ANNUAL} 15 сентября",
                H_CUR,
                None,
                ("dl", 15, 9),
                ["program_curator"],
            ),
            R(
                "Формирование банка данных наставляемых",
                f"{H_ANNUAL} 1 октября",
                H_CUR,
                None,
                ("dl", 1, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование банка наставников",
        [
            R(
                "Выявление педагогов, готовых стать наставниками; получение их письменного согласия",
                "до 20 сентября",
                H_UVR,
                None,
                ("dl", 20, 9),
                ["deputy_director_academic"],
            ),
            R(
                "Формирование банка данных наставников",
                f"{H_ANNUAL} 1 октября",
                H_CUR,
                None,
                ("dl", 1, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение",
        [
            R(
                "Подбор наставника для каждого наставляемого с учётом его запроса",
                "до 1 октября",
                "Куратор, руководители ШМО",
                None,
                ("dl", 1, 10),
                ["program_curator", "head_of_methodical_association"],
            ),
            R(
                "Подготовка методических материалов для сопровождения наставников",
                "октябрь",
                "Методист",
                None,
                ("m", 10),
                ["methodologist"],
            ),
            R(
                "Консультации и обмен опытом среди наставников",
                "в течение года",
                "Руководители ШМО",
                None,
                ("c",),
                ["head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        [
            R(
                "Приказ о закреплении наставнических пар (групп) с согласия участников",
                f"{H_ANNUAL} 1 октября",
                "Директор",
                None,
                ("dl", 1, 10),
                ["director"],
            ),
            R(
                "Разработка персонализированных программ наставничества",
                "до 1 ноября",
                "Наставники",
                None,
                ("dl", 1, 11),
                ["mentors"],
            ),
            R(
                "Реализация персонализированных программ: взаимопосещение уроков, совместная подготовка к аттестации",
                "ноябрь – май",
                "Наставники, наставляемые",
                None,
                ("r", 11, 5),
                ["mentors", "other"],
            ),
            R(
                "Промежуточный мониторинг работы пар",
                "январь",
                H_CUR,
                None,
                ("m", 1),
                ["program_curator"],
            ),
        ],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        [
            R(
                "Отчёты наставников и наставляемых о выполнении программ",
                "май",
                "Наставники",
                None,
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Анкетирование удовлетворённости участников системой наставничества",
                "май",
                "Педагог-психолог",
                None,
                ("m", 5),
                ["psychologist"],
            ),
            R(
                "Поощрение лучших наставников по итогам года",
                "Ежегодно",
                "Директор",
                None,
                ("a",),
                ["director"],
            ),
        ],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        [
            R(
                "Ведение раздела «Наставничество» на сайте школы",
                "постоянно",
                "Ответственный за сайт",
                None,
                ("c",),
                ["other"],
            ),
            R(
                "Участие в муниципальном конкурсе «Наставник года»",
                "по графику УО",
                H_UVR,
                None,
                ("u",),
                ["deputy_director_academic"],
            ),
        ],
    ),
]


def build_h() -> int:
    folder = prepare("sosh14_cherkessk_2022_pdf")
    doc = new_doc(H_FONT, 10, landscape=False, margin=1.2)
    heads(
        doc,
        [
            ("УТВЕРЖДЕНО\nприказом директора МБОУ «СОШ № 14»\nот 28.08.2026 № 203", False, "r"),
            ("", False, None),
            ("Дорожная карта (план мероприятий)", True, "c"),
            ("по реализации Положения о системе наставничества педагогических работников", True, "c"),
            (f"в {H_ORG} на 2026-2027 учебный год", True, "c"),
            ("", False, None),
        ],
    )
    truth = layout_grouped(
        doc,
        ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"],
        [0.9, 3.4, 7.4, 2.8, 3.7],
        H_GROUPS,
        H_FONT,
        10,
        H_YEAR,
        numbered=True,
        marker=lambda i: f"{i})",
    )
    for group_row, act in zip([r for _, _, rows in H_GROUPS for r in rows], truth, strict=True):
        if _str(group_row["date"]).startswith(H_ANNUAL):
            act["recurrence"] = "annual"
    pdf = pdf_of(doc, 1)
    save_scanned_pdf(folder, pdf, pages=1, dpi=220, seed=3908)
    return finish(folder, H_ORG, H_YEAR, truth, model="teachers_2022")


def main() -> None:
    for build in (build_a, build_b, build_c, build_d, build_e, build_f, build_g, build_h):
        print(build.__name__, build())


if __name__ == "__main__":
    main()
