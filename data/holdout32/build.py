"""Build the holdout32 roadmaps in data/holdout32/<name>/ (one input file + truth.json each).

Run: .venv/bin/python -m data.holdout32.build

Nine roadmaps in formats other than DOCX/PDF where possible: DOCX (stage column merged down under a
two-row header), ODT, RTF, legacy DOC, XLS (old Excel), ODS, XLSX with the roadmap on its second
sheet, a cp1251 tab-separated text export (cut off: status partial) and an HTML page of a school
website.  One document (the .doc) follows the 2022 model for pedagogical workers.  Every printed
row carries its hand label next to its text; date labels are small specs expanded by ``expand``
from data.holdout.build.  A row whose ``note`` is "annual" is an «Ежегодно, до …» deadline and gets
recurrence "annual" on top of its deadline fields.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import math
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docx.table import Table
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import ImageFont

from data.holdout.build import (
    R,
    Row,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _widths,
    truth_row,
    write_truth,
)

HERE = Path(__file__).resolve().parent

# A stage of a flat roadmap: (stage id, printed heading or "", rows).
Section = tuple[int, str, list[Row]]
# A stage-grouped roadmap: (stage id, stage cell, lead-in line or "", rows, responsible, roles).
Group = tuple[int, str, str, list[Row], str, list[str]]


# --------------------------------------------------------------------------- truth helpers


def act(row: Row, stage_id: int, y: int) -> TruthActivity:
    """The truth row of a printed row; line breaks in the printed text become spaces."""
    t = truth_row(row, stage_id, y)
    t["text"] = " ".join(part.strip() for part in t["text"].split("\n"))
    if row["note"] == "annual":
        assert t["date_kind"] == "deadline", row
        t["recurrence"] = "annual"
    return t


def save_truth(
    folder: Path,
    org: str,
    y: int,
    acts: list[TruthActivity],
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    """write_truth, then set the status and model of the document."""
    write_truth(folder, org, y, acts)
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["status"] = status
    truth["document"]["model"] = model
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- conversion helpers


def soffice_convert(src: Path, target: str, out: Path) -> None:
    """Convert src with LibreOffice (`target` as for --convert-to) and copy the result to out."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        profile = tmp_p / "profile"
        outdir = tmp_p / "out"
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
        produced = [p for p in outdir.iterdir() if p.is_file()]
        assert len(produced) == 1, produced
        shutil.copyfile(produced[0], out)


def wrap_count(text: str, chars: int) -> int:
    """Lines a paragraph takes in a column about `chars` characters wide (greedy word wrap)."""
    lines, cur = 1, 0
    for word in text.split():
        need = len(word) if cur == 0 else cur + 1 + len(word)
        if need <= chars:
            cur = need
        else:
            lines += 1 + (len(word) - 1) // chars
            cur = len(word) % chars or chars
    return lines


@functools.cache
def _serif() -> ImageFont.FreeTypeFont:
    """Liberation Serif, which LibreOffice puts in place of Times New Roman."""
    path = subprocess.run(
        ["fc-match", "-f", "%{file}", "Liberation Serif"], check=True, capture_output=True, text=True
    ).stdout
    return ImageFont.truetype(path, 100)


def cell_lines(text: str, width_cm: float, pt: float) -> int:
    """Lines a paragraph takes in a table cell; asserts that the count is not a near thing."""
    n = _wrap(text, width_cm - 0.40, pt)
    assert n == _wrap(text, width_cm - 0.75, pt) == _wrap(text, width_cm - 0.20, pt), (text, n)
    return n


def _wrap(text: str, width_cm: float, pt: float) -> int:
    """Greedy wrap on spaces and after hyphens at a given text width."""
    avail = width_cm / 2.54 * 72
    font = _serif()
    lines, cur = 1, ""
    for word in text.split():
        pieces = re.findall(r"[^-]+-?|-", word)
        for j, piece in enumerate(pieces):
            trial = piece if not cur else (cur + piece if j else cur + " " + piece)
            if font.getlength(trial) * pt / 100 <= avail:
                cur = trial
            else:
                lines += 1
                cur = piece
    return lines


def vmerge(table: Table, top: int, bottom: int, col: int, text: str, bold: bool = False) -> None:
    cell = table.cell(top, col)
    if bottom > top:
        cell = cell.merge(table.cell(bottom, col))
    _set_cell(cell, text, bold=bold)


def font_size(doc: DocxDocument, pt: float) -> None:
    style: Any = doc.styles["Normal"]
    style.font.size = Pt(pt)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")


def sheet_widths(ws: Any, widths: Sequence[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def sheet_height(ws: Any, r: int, cells: Sequence[tuple[str, float]], pt: float = 11) -> None:
    """Row height for wrapped cells given as (text, column width in characters)."""
    lines = 1
    for text, width in cells:
        n = sum(wrap_count(part, max(int(width * 0.95), 4)) for part in text.split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[r].height = math.ceil(lines * pt * 1.32 + 4)


def print_setup(ws: Any, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# =========================================================================== A: docx
# МБОУ «СОШ № 14» г. Камышина, 2024/2025. Two-row header («Мероприятие» over «№ п/п» and
# «Содержание»), stage column merged down, rows numbered through.

A_ORG = "МБОУ «СОШ № 14» г. Камышина"
A_YEAR = 2024
A_STAGES: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа о внедрении целевой модели наставничества и утверждении дорожной карты",
                "до 01.09.2024",
                "Директор",
                None,
                ("dl", 1, 9, 2024),
                ["director"],
            ),
            R(
                "Назначение куратора внедрения целевой модели наставничества в школе",
                "Сентябрь 2024 г.",
                "Директор Кравцова Е.Н.",
                None,
                ("m", 9, 2024),
                ["director"],
            ),
            R(
                "Педагогический совет «Наставничество в школе: цели, формы, участники»",
                "Сентябрь 2024 г.",
                "Зам. директора по УВР, куратор",
                "1.1",
                ("m", 9, 2024),
                ["deputy_director_academic", "program_curator"],
            ),
            R(
                "Родительские собрания в 1–11 классах: сообщение о запуске программы наставничества",
                "сентябрь – октябрь",
                "Классные руководители 1–11 классов",
                "1.2",
                ("r", 9, 10),
                ["class_teacher"],
            ),
            R(
                "Встреча с выпускниками школы и представителями предприятий-партнёров, приглашение "
                "их к участию в программе",
                "октябрь",
                "Зам. директора по ВР и советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            R(
                "Ученические собрания в 5–11 классах: знакомство с программой наставничества",
                "октябрь",
                "Советник директора по воспитанию, классные руководители",
                "1.4",
                ("m", 10),
                ["senior_counselor", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, желающих участвовать в программе; сбор согласий на "
                "обработку персональных данных у совершеннолетних участников",
                "до 15.10.2024",
                "Педагог-психолог",
                "2.1",
                ("dl", 15, 10, 2024),
                ["psychologist"],
            ),
            R(
                "Сбор сведений о запросах наставляемых у классных руководителей, психолога и "
                "родителей; согласия родителей (законных представителей) на обработку персональных данных",
                "октябрь",
                "Классные руководители,\nсоциальный педагог",
                "2.2",
                ("m", 10),
                ["class_teacher", "social_pedagogue"],
            ),
            R(
                "Обработка анкет и формирование базы наставляемых",
                "ноябрь",
                "Куратор",
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
            R(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – ученик», "
                "«работодатель – ученик»)",
                "до 1 ноября",
                "Рабочая группа",
                "3.1",
                ("dl", 1, 11),
                ["other"],
            ),
            R(
                "Анкетирование педагогов и старшеклассников – потенциальных наставников, сбор согласий "
                "на обработку персональных данных",
                "ноябрь",
                "Куратор, педагог-психолог",
                "3.3",
                ("m", 11),
                ["program_curator", "psychologist"],
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "ноябрь – декабрь",
                "Куратор",
                "3.4",
                ("r", 11, 12),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники с участием педагога-психолога",
                "декабрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 12),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Подбор методических материалов и обучающих курсов для наставников",
                "декабрь",
                "Методист",
                "4.3",
                ("m", 12),
                ["methodologist"],
            ),
            R(
                "Обучающий семинар для наставников «Школа наставника»",
                "декабрь 2024 – январь 2025",
                "Куратор, методист",
                "4.4",
                ("r", 12, 1, 2024, 2025),
                ["program_curator", "methodologist"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых в формате «быстрых знакомств»",
                "январь",
                "Куратор",
                "5.1",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Анкетирование участников после встречи: выбор предпочитаемого наставника",
                "январь",
                "Педагог-психолог",
                "5.2",
                ("m", 1),
                ["psychologist"],
            ),
            R(
                "Приказ о закреплении наставнических пар и групп",
                "до 31.01.2025",
                "Директор",
                "5.4",
                ("dl", 31, 1, 2025),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар и групп",
        [
            R(
                "Первая, организационная, встреча в каждой паре",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: составление совместного плана работы пары",
                "февраль",
                "Наставники",
                "6.3",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставников и наставляемых",
                "февраль – май",
                "Наставники, классные руководители",
                "6.4",
                ("r", 2, 5),
                ["mentors", "class_teacher"],
            ),
            R(
                "Промежуточный сбор обратной связи от участников программы",
                "март",
                "Куратор",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            R(
                "Итоговое анкетирование: удовлетворённость участием в программе наставничества",
                "май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            R(
                "Школьный фестиваль «Наставник года»: подведение итогов, награждение лучших наставников",
                "май",
                "Зам. директора по ВР, советник директора по воспитанию",
                "7.2",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "май – июнь",
                "Зам. директора по УВР",
                "7.3",
                ("r", 5, 6),
                ["deputy_director_academic"],
            ),
            R(
                "Размещение итогов и лучших практик на сайте школы и в сообществе школы ВКонтакте",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Вручение благодарственных писем наставникам",
                "июнь",
                "Директор",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def build_a(folder: Path) -> int:
    doc = _new_document(landscape=True)
    _para(doc, "УТВЕРЖДЕНА", bold=True, align="r")
    _para(doc, "приказом директора МБОУ «СОШ № 14»", align="r")
    _para(doc, "от 30.08.2024 № 212-од", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(doc, "внедрения целевой модели наставничества обучающихся", bold=True, align="c")
    _para(doc, "в МБОУ «СОШ № 14» г. Камышина на 2024-2025 учебный год", bold=True, align="c")
    table = doc.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    vmerge(table, 0, 1, 0, "Этап", bold=True)
    head = table.cell(0, 1).merge(table.cell(0, 2))
    _set_cell(head, "Мероприятие", bold=True)
    _set_cell(table.cell(1, 1), "№ п/п", bold=True)
    _set_cell(table.cell(1, 2), "Содержание", bold=True)
    vmerge(table, 0, 1, 3, "Срок исполнения", bold=True)
    vmerge(table, 0, 1, 4, "Ответственный исполнитель", bold=True)
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in A_STAGES:
        top = len(table.rows)
        for row in rows:
            n += 1
            cells = table.add_row().cells
            _set_cell(cells[1], f"{n}.")
            _set_cell(cells[2], row["text"])
            _set_cell(cells[3], str(row["date"]))
            _set_cell(cells[4], str(row["resp"]))
            truth.append(act(row, stage_id, A_YEAR))
        vmerge(table, top, len(table.rows) - 1, 0, heading)
    _widths(table, [5.2, 1.3, 11.0, 4.3, 5.0])
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ______________ О.С. Лапина")
    doc.save(str(folder / "roadmap.docx"))
    save_truth(folder, A_ORG, A_YEAR, truth)
    return len(truth)


# =========================================================================== B: odt
# МАДОУ «Детский сад № 8 «Журавушка»» г. Нягани, 2021/2022. Numbered stage rows (number in the
# first cell, the name in the second, the rest empty), rows 1.1, 1.2, … and a result column.

B_ORG = "МАДОУ «Детский сад № 8 «Журавушка»» г. Нягани"
B_YEAR = 2021
B_STAGES: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ «О внедрении целевой модели наставничества в МАДОУ»",
                "август 2021 г.",
                "Заведующий",
                None,
                ("m", 8, 2021),
                ["director"],
                note="Приказ",
            ),
            R(
                "Разработка и утверждение Положения о наставничестве",
                "до 15.09.2021",
                "Старший воспитатель, рабочая группа",
                None,
                ("dl", 15, 9, 2021),
                ["other"],
                note="Положение",
            ),
            R(
                "Педагогический час: цели и содержание программы наставничества для педагогов ДОУ",
                "сентябрь",
                "Старший воспитатель",
                "1.1",
                ("m", 9),
                ["other"],
                note="Протокол",
            ),
            R(
                "Информирование родителей воспитанников через групповые чаты и стенд «Наставничество»",
                "сентябрь – октябрь",
                "Воспитатели групп",
                "1.2",
                ("r", 9, 10),
                ["teachers"],
                note="Информация на стенде",
            ),
            R(
                "Встреча с социальными партнёрами (СОШ № 3, детская библиотека) для информирования о "
                "программе",
                "октябрь",
                "Заведующий, зам. заведующего по ВМР",
                "1.3",
                ("m", 10),
                ["director", "deputy_director"],
                note="",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование педагогов, желающих участвовать в программе (молодые специалисты, "
                "вновь принятые), сбор согласий на обработку персональных данных",
                "до 1 октября",
                "Педагог-психолог",
                "2.1",
                ("dl", 1, 10),
                ["psychologist"],
                note="Анкеты, согласия",
            ),
            R(
                "Анализ анкет, формирование базы наставляемых",
                "октябрь",
                "Старший воспитатель",
                "2.3",
                ("m", 10),
                ["other"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Определение форм наставничества («педагог – педагог», «воспитатель – молодой специалист»)",
                "октябрь",
                "Заведующий",
                "3.1",
                ("m", 10),
                ["director"],
                note="",
            ),
            R(
                "Анкетирование опытных педагогов – потенциальных наставников",
                "октябрь",
                "Педагог-психолог",
                "3.3",
                ("m", 10),
                ["psychologist"],
                note="Анкеты",
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "Старший воспитатель",
                "3.4",
                ("m", 11),
                ["other"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Беседа с педагогами-наставниками о готовности к работе",
                "ноябрь",
                "Заведующий, педагог-психолог",
                "4.2",
                ("m", 11),
                ["director", "psychologist"],
                note="",
            ),
            R(
                "Обучение наставников: вебинары, консультация «Роль наставника в ДОУ»",
                "ноябрь – декабрь",
                "Зам. заведующего по ВМР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director"],
                note="Сертификаты",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар",
        [
            R(
                "Общая встреча наставников и наставляемых",
                "декабрь",
                "Старший воспитатель",
                "5.1",
                ("m", 12),
                ["other"],
                note="",
            ),
            R(
                "Закрепление наставнических пар приказом заведующего",
                "декабрь",
                "Заведующий",
                "5.4",
                ("m", 12),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар",
        [
            R(
                "Первая встреча в паре: знакомство, обсуждение целей",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
                note="",
            ),
            R(
                "Разработка индивидуальных планов развития наставляемых",
                "январь",
                "Наставники, наставляемые",
                "6.3",
                ("m", 1),
                ["mentors", "other"],
                note="Индивидуальные планы",
            ),
            R(
                "Взаимопосещения занятий, совместная подготовка мероприятий в парах",
                "в течение года",
                "Наставники",
                "6.4",
                ("c",),
                ["mentors"],
                note="",
            ),
            R(
                "Анкетирование «Удовлетворённость участием в программе наставничества»",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
                note="Справка",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Педагогическая гостиная: подведение итогов программы, награждение наставников",
                "май",
                "Заведующий,\nстарший воспитатель",
                "7.2",
                ("m", 5),
                ["director", "other"],
                note="",
            ),
            R(
                "Мониторинг эффективности программы наставничества",
                "май",
                "Зам. заведующего по ВМР",
                "7.3",
                ("m", 5),
                ["deputy_director"],
                note="Аналитическая справка",
            ),
            R(
                "Оформление успешных практик наставничества в кейсы",
                "май – июнь",
                "Наставники",
                "7.5",
                ("r", 5, 6),
                ["mentors"],
                note="Кейсы",
            ),
            R(
                "Публикация итогов на официальном сайте ДОУ",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
                note="Публикация",
            ),
            R(
                "Корректировка дорожной карты на следующий учебный год",
                "июнь",
                "Рабочая группа",
                None,
                ("m", 6),
                ["other"],
                note="",
            ),
        ],
    ),
]


def build_b(folder: Path) -> int:
    doc = _new_document(landscape=False)
    font_size(doc, 10.5)
    _para(doc, "Утверждён", align="r")
    _para(doc, "приказом заведующего", align="r")
    _para(doc, "от 27.08.2021 № 118", align="r")
    _para(doc, "")
    _para(
        doc,
        "План мероприятий (дорожная карта) по внедрению целевой модели наставничества "
        "в МАДОУ «Детский сад № 8 «Журавушка»» г. Нягани на 2021/2022 учебный год",
        bold=True,
        align="c",
    )
    headers = ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Ожидаемый результат"]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for i, h in enumerate(headers):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in B_STAGES:
        cells = table.add_row().cells
        _set_cell(cells[0], f"{stage_id}.", bold=True)
        _set_cell(cells[1], heading, bold=True)
        for k, row in enumerate(rows, start=1):
            cells = table.add_row().cells
            _set_cell(cells[0], f"{stage_id}.{k}")
            _set_cell(cells[1], row["text"])
            _set_cell(cells[2], str(row["date"]))
            _set_cell(cells[3], str(row["resp"]))
            _set_cell(cells[4], row["note"])
            row["note"] = ""
            truth.append(act(row, stage_id, B_YEAR))
    _widths(table, [1.3, 7.2, 2.8, 3.4, 3.3])
    _para(doc, "")
    _para(doc, "Старший воспитатель ____________ Т.Г. Мусина")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "odt", folder / "roadmap.odt")
    save_truth(folder, B_ORG, B_YEAR, truth)
    return len(truth)


# =========================================================================== C: rtf
# ГБПОУ «Тверской политехнический колледж», 2025/2026. One table row per stage: the stage cell holds
# the stage name and its result, the events cell numbered sub-items, the dates cell one line per
# sub-item padded with empty lines, one responsible cell per stage.

C_ORG = "ГБПОУ «Тверской политехнический колледж»"
C_YEAR = 2025
C_GROUPS: list[Group] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества\n\n"
        "Результат: преподаватели, обучающиеся, родители и партнёры осведомлены о программе",
        "",
        [
            R(
                "Приказ о реализации программы наставничества и назначении куратора ЦМН",
                "до 05.09.2025",
                None,
                None,
                ("dl", 5, 9, 2025),
                None,
            ),
            R(
                "Информирование преподавателей и мастеров п/о на заседании педагогического совета",
                "сентябрь",
                None,
                "1.1",
                ("m", 9),
                None,
            ),
            R(
                "Информирование родителей обучающихся 1 курса на родительских собраниях",
                "сентябрь",
                None,
                "1.2",
                ("m", 9),
                None,
            ),
            R(
                "Встреча с представителями предприятий – социальных партнёров и выпускниками колледжа",
                "октябрь",
                None,
                "1.3",
                ("m", 10),
                None,
            ),
            R(
                "Кураторские часы о программе наставничества",
                "сентябрь–октябрь",
                None,
                "1.4",
                ("r", 9, 10),
                None,
            ),
        ],
        "Зам. директора по УВР,\nкуратор ЦМН,\nкураторы учебных групп",
        ["deputy_director_academic", "program_curator", "class_teacher"],
    ),
    (
        2,
        "2. Формирование базы наставляемых\n\nРезультат: база наставляемых",
        "",
        [
            R(
                "Анкетирование обучающихся, сбор согласий совершеннолетних на обработку персональных данных",
                "октябрь",
                None,
                "2.1",
                ("m", 10),
                None,
            ),
            R(
                "Сбор информации о запросах наставляемых от кураторов групп, педагога-психолога, "
                "родителей; согласия законных представителей несовершеннолетних",
                "октябрь",
                None,
                "2.2",
                ("m", 10),
                None,
            ),
            R(
                "Формирование базы наставляемых",
                "до 01.11.2025",
                None,
                "2.3",
                ("dl", 1, 11, 2025),
                None,
            ),
        ],
        "Педагог-психолог, социальный педагог",
        ["psychologist", "social_pedagogue"],
    ),
    (
        3,
        "3. Формирование базы наставников\n\nРезультат: база наставников",
        "",
        [
            R(
                "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                "«педагог – студент»",
                "октябрь",
                None,
                "3.1",
                ("m", 10),
                None,
            ),
            R(
                "Входная диагностика наставляемых по параметрам мониторинга",
                "ноябрь",
                None,
                "3.2",
                ("m", 11),
                None,
            ),
            R(
                "Анкетирование потенциальных наставников из числа преподавателей, мастеров "
                "производственного обучения, студентов старших курсов и работодателей",
                "ноябрь",
                None,
                "3.3",
                ("m", 11),
                None,
            ),
            R("Формирование базы наставников", "ноябрь", None, "3.4", ("m", 11), None),
        ],
        "Куратор ЦМН и руководители ПЦК",
        ["program_curator", "head_of_methodical_association"],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        "",
        [
            R("Собеседование с кандидатами в наставники", "декабрь", None, "4.2", ("m", 12), None),
            R(
                "Обучение наставников: курсы повышения квалификации, методический семинар",
                "декабрь – февраль",
                None,
                "4.4",
                ("r", 12, 2),
                None,
            ),
        ],
        "Методист,\nпедагог-психолог",
        ["methodologist", "psychologist"],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп\n\nРезультат: приказ о закреплении пар",
        "",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "январь",
                None,
                "5.1",
                ("m", 1),
                None,
            ),
            R(
                "Анализ анкет по итогам встречи, формирование пар и групп",
                "январь",
                None,
                "5.3",
                ("m", 1),
                None,
            ),
            R(
                "Приказ о закреплении наставнических пар/групп",
                "до 31 января",
                None,
                "5.4",
                ("dl", 31, 1),
                None,
            ),
        ],
        "Куратор ЦМН",
        ["program_curator"],
    ),
    (
        6,
        "6. Организация работы наставнических пар/групп",
        "",
        [
            R(
                "Организационные встречи наставников и наставляемых",
                "февраль",
                None,
                "6.1",
                ("m", 2),
                None,
            ),
            R(
                "Регулярные встречи по индивидуальным планам",
                "II полугодие",
                None,
                "6.4",
                ("r", 1, 5),
                None,
            ),
            R(
                "Сбор обратной связи от участников программы",
                "март, май",
                None,
                "6.5",
                ("m", 3),
                None,
            ),
            R(
                "Итоговая встреча наставника и наставляемого",
                "май",
                None,
                "6.6",
                ("m", 5),
                None,
            ),
        ],
        "Наставники,\nкураторы учебных групп",
        ["mentors", "class_teacher"],
    ),
    (
        7,
        "7. Завершение наставничества\n\nРезультат: итоги подведены, лучшие практики распространены",
        "",
        [
            R(
                "Торжественное мероприятие «Наставник года»: итоги, награждение лучших наставников",
                "июнь",
                None,
                "7.2",
                ("m", 6),
                None,
            ),
            R(
                "Мониторинг качества реализации программы",
                "май – июнь",
                None,
                "7.3",
                ("r", 5, 6),
                None,
            ),
            R(
                "Публикация результатов и кейсов на сайте колледжа и страницах партнёров",
                "июнь",
                None,
                "7.6",
                ("m", 6),
                None,
            ),
            R(
                "Внесение результатов в базы наставников и наставляемых",
                "июнь",
                None,
                "7.7",
                ("m", 6),
                None,
            ),
            R(
                "Отчёт о реализации программы в Министерство образования Тверской области",
                "до 30 июня",
                None,
                None,
                ("dl", 30, 6),
                None,
            ),
        ],
        "Зам. директора по УВР, куратор ЦМН, методист",
        ["deputy_director_academic", "program_curator", "methodologist"],
    ),
]


def grouped_docx(
    doc: DocxDocument,
    groups: Sequence[Group],
    headers: Sequence[str],
    widths: Sequence[float],
    number_col: bool,
    marker: str,
    pt: float,
    y: int,
) -> list[TruthActivity]:
    """A stage-grouped table: sub-items in one cell, their dates line by line in the next."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    off = 1 if number_col else 0
    text_w, date_w = widths[off + 1], widths[off + 2]
    truth: list[TruthActivity] = []
    for stage_id, stage_cell, lead, rows, resp, roles in groups:
        content: list[str] = []
        dates: list[str] = []
        if lead:
            content.append(lead)
            dates.extend([""] * cell_lines(lead, text_w, pt))
        for k, row in enumerate(rows, start=1):
            line = marker.format(k) + row["text"]
            content.append(line)
            date = str(row["date"])
            assert cell_lines(date, date_w, pt) == 1, date
            dates.append(date)
            dates.extend([""] * (cell_lines(line, text_w, pt) - 1))
            row["roles"] = roles
            truth.append(act(row, stage_id, y))
        while dates and dates[-1] == "":
            dates.pop()
        cells = table.add_row().cells
        if number_col:
            _set_cell(cells[0], f"{stage_id}.")
        _set_cell(cells[off], stage_cell)
        cells[off].paragraphs[0].runs[0].bold = True
        _set_cell(cells[off + 1], "\n".join(content))
        _set_cell(cells[off + 2], "\n".join(dates))
        _set_cell(cells[off + 3], resp)
    _widths(table, widths)
    return truth


def build_c(folder: Path) -> int:
    doc = _new_document(landscape=True)
    font_size(doc, 11)
    _para(doc, "Приложение 1", align="r")
    _para(doc, "к приказу ГБПОУ «Тверской политехнический колледж»", align="r")
    _para(doc, "от 01.09.2025 № 301-п", align="r")
    _para(doc, "")
    _para(doc, "ДОРОЖНАЯ КАРТА", bold=True, align="c")
    _para(
        doc,
        "реализации целевой модели наставничества обучающихся в ГБПОУ «Тверской политехнический "
        "колледж» на 2025–2026 учебный год",
        bold=True,
        align="c",
    )
    truth = grouped_docx(
        doc,
        C_GROUPS,
        ["Этап", "Мероприятия", "Сроки", "Ответственные"],
        [5.6, 12.0, 4.2, 5.0],
        number_col=False,
        marker="{}) ",
        pt=11,
        y=C_YEAR,
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "rtf", folder / "roadmap.rtf")
    save_truth(folder, C_ORG, C_YEAR, truth)
    return len(truth)


# =========================================================================== D: doc (2022 model)
# МБОУ «Гимназия № 9» г. Коврова, 2023/2024. System of mentoring of pedagogical workers: one row per
# stage, a lead-in line ending with «:», sub-items «1)», «Ежегодно, до 1 октября», legacy .doc.

D_ORG = "МБОУ «Гимназия № 9» г. Коврова"
D_YEAR = 2023
D_GROUPS: list[Group] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        "Подготовка и принятие локальных актов гимназии:",
        [
            R(
                "Положение о системе наставничества педагогических работников",
                "до 31.08.2023",
                None,
                None,
                ("dl", 31, 8, 2023),
                None,
            ),
            R(
                "дорожная карта реализации Положения на учебный год",
                "до 31.08.2023",
                None,
                None,
                ("dl", 31, 8, 2023),
                None,
            ),
            R(
                "приказ о закреплении наставнических пар/групп с письменного согласия их участников",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
                note="annual",
            ),
            R(
                "Информирование педагогического коллектива о системе наставничества на педагогическом совете",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
        ],
        "Директор,\nзам. директора по НМР",
        ["director", "deputy_director"],
    ),
    (
        2,
        "Формирование банка наставляемых",
        "",
        [
            R(
                "Сбор информации о профессиональных запросах педагогов (молодые специалисты, вновь "
                "принятые учителя)",
                "до 15 сентября",
                None,
                None,
                ("dl", 15, 9),
                None,
            ),
            R(
                "Формирование банка данных наставляемых",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
                note="annual",
            ),
        ],
        "Зам. директора по НМР, руководители МО",
        ["deputy_director", "head_of_methodical_association"],
    ),
    (
        3,
        "Формирование банка наставников",
        "",
        [
            R(
                "Анкетирование педагогов, готовых стать наставниками",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
            R(
                "Формирование банка данных наставников",
                "до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
        ],
        "Зам. директора по НМР,\nпедагог-психолог",
        ["deputy_director", "psychologist"],
    ),
    (
        4,
        "Отбор и обучение",
        "",
        [
            R(
                "Анализ банка наставников и подбор наставника для каждой персонализированной программы",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
            R(
                "Подготовка методических материалов для сопровождения наставнической деятельности",
                "октябрь",
                None,
                None,
                ("m", 10),
                None,
            ),
            R(
                "Консультации и обмен опытом среди наставников",
                "в течение года",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "Курсы повышения квалификации «Наставничество в образовательной организации»",
                "по мере необходимости",
                None,
                None,
                ("u",),
                None,
            ),
        ],
        "Зам. директора по НМР, руководители ШМО, наставники",
        ["deputy_director", "head_of_methodical_association", "mentors"],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        "",
        [
            R(
                "Формирование наставнических пар/групп",
                "до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
            ),
            R(
                "Разработка персонализированных программ наставничества для каждой пары/группы",
                "до 1 ноября",
                None,
                None,
                ("dl", 1, 11),
                None,
            ),
            R(
                "Реализация персонализированных программ: взаимопосещение уроков, открытые уроки, "
                "консультации",
                "ноябрь – май",
                None,
                None,
                ("r", 11, 5),
                None,
            ),
            R(
                "Психолого-педагогическая поддержка наставляемых, не сформировавших пару",
                "по мере необходимости",
                None,
                None,
                ("u",),
                None,
            ),
            R(
                "Промежуточный мониторинг реализации программ",
                "декабрь – январь",
                None,
                None,
                ("r", 12, 1),
                None,
            ),
        ],
        "Наставники и наставляемые, педагог-психолог",
        ["mentors", "other", "psychologist"],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        "",
        [
            R(
                "Мониторинг качества реализации персонализированных программ (анкетирование)",
                "до 01.06.2024",
                None,
                None,
                ("dl", 1, 6, 2024),
                None,
            ),
            R(
                "Методический семинар «Наставничество: опыт и перспективы»",
                "апрель",
                None,
                None,
                ("m", 4),
                None,
            ),
            R(
                "Итоговый круглый стол: лучшие практики наставничества, пополнение методической копилки",
                "май",
                None,
                None,
                ("m", 5),
                None,
            ),
            R(
                "Представление лучших наставников к поощрению",
                "июнь",
                None,
                None,
                ("m", 6),
                None,
            ),
        ],
        "Зам. директора по НМР, руководители МО",
        ["deputy_director", "head_of_methodical_association"],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        "",
        [
            R(
                "Освещение мероприятий на официальном сайте гимназии и в социальных сетях",
                "Постоянно",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "Размещение Положения, дорожной карты и приказов в разделе «Наставничество» сайта",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
        ],
        "Ответственный за сайт Карпова А.Н.",
        ["other"],
    ),
]


def build_d(folder: Path) -> int:
    doc = _new_document(landscape=True)
    font_size(doc, 11)
    _para(doc, "УТВЕРЖДАЮ", align="r")
    _para(doc, "Директор МБОУ «Гимназия № 9»", align="r")
    _para(doc, "_____________ С.В. Журавлёва", align="r")
    _para(doc, "«28» августа 2023 г.", align="r")
    _para(doc, "")
    _para(
        doc,
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества "
        "педагогических работников в МБОУ «Гимназия № 9» г. Коврова на 2023-2024 учебный год",
        bold=True,
        align="c",
    )
    truth = grouped_docx(
        doc,
        D_GROUPS,
        ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"],
        [1.2, 4.2, 10.7, 5.6, 5.0],
        number_col=True,
        marker="{}) ",
        pt=11,
        y=D_YEAR,
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        # LibreOffice drops the table going straight from .docx to .doc; through .odt it keeps it.
        odt = Path(tmp) / "roadmap.odt"
        soffice_convert(src, "odt", odt)
        soffice_convert(odt, "doc:MS Word 97", folder / "roadmap.doc")
    save_truth(folder, D_ORG, D_YEAR, truth, model="teachers_2022")
    return len(truth)


# =========================================================================== E: xls
# МКОУ «Нижнепокровская СОШ», 2020/2021. Authored in Excel: title merged over the columns, stage
# rows merged across, one real date cell, an empty «Отметка о выполнении» column; saved as .xls.

E_ORG = "МКОУ «Нижнепокровская СОШ»"
E_YEAR = 2020
E_STAGES: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Создание рабочей группы по внедрению целевой модели наставничества",
                "до 10.09.2020",
                "Директор школы",
                None,
                ("dl", 10, 9, 2020),
                ["director"],
            ),
            R(
                "Информирование педагогического коллектива о внедрении целевой модели (совещание при "
                "директоре)",
                "сентябрь 2020 г.",
                "Директор школы, зам. директора по УВР",
                "1.1",
                ("m", 9, 2020),
                ["director", "deputy_director_academic"],
            ),
            R(
                "Информирование родителей: родительские собрания в дистанционном формате, сайт школы",
                "сентябрь-октябрь",
                "Классные руководители",
                "1.2",
                ("r", 9, 10),
                ["class_teacher"],
            ),
            R(
                "Встреча с обучающимися 7–11 классов: что такое наставничество",
                "октябрь",
                "Старший вожатый",
                "1.4",
                ("m", 10),
                ["senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов, желающих стать наставляемыми",
                "октябрь",
                "Зам. директора по ВР",
                "2.1",
                ("m", 10),
                ["deputy_director_upbringing"],
            ),
            R(
                "Сбор согласий родителей (законных представителей) на обработку персональных данных",
                "октябрь",
                "Классные руководители",
                "2.2",
                ("m", 10),
                ["class_teacher"],
            ),
            R(
                "Формирование базы наставляемых",
                "ноябрь",
                "Зам. директора по УВР",
                "2.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников",
                "ноябрь",
                "Зам. директора по УВР",
                "3.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "Зам. директора по УВР",
                "3.4",
                ("m", 11),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Поиск материалов и экспертов для обучения наставников",
                "ноябрь-декабрь",
                "Зам. директора по УВР, руководитель ШМО",
                "4.3",
                ("r", 11, 12),
                ["deputy_director_academic", "head_of_methodical_association"],
            ),
            R(
                "Обучение наставников (в том числе дистанционно)",
                "декабрь",
                "Зам. директора по УВР",
                "4.4",
                ("m", 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар/групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "январь",
                "Зам. директора по ВР",
                "5.1",
                ("m", 1),
                ["deputy_director_upbringing"],
            ),
            R(
                "Формирование наставнических пар и групп",
                "январь",
                "Зам. директора по УВР",
                "5.3",
                ("m", 1),
                ["deputy_director_academic"],
            ),
            R(
                "Приказ о закреплении наставнических пар/групп",
                dt.datetime(2021, 1, 29),
                "Директор школы",
                "5.4",
                ("d", 29, 1, 2021),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар/групп",
        [
            R(
                "Первая организационная встреча наставника и наставляемого",
                "февраль",
                "Наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Пробная рабочая встреча наставника и наставляемого",
                "февраль",
                "Наставники",
                "6.2",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставнических пар",
                "февраль-май",
                "Наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
            R(
                "Анкетирование участников: удовлетворённость участием в программе",
                "май",
                "Зам. директора по ВР, классные руководители",
                "6.8",
                ("m", 5),
                ["deputy_director_upbringing", "class_teacher"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            R(
                "Итоговое мероприятие для участников программы, награждение лучших наставников",
                "май",
                "Зам. директора по ВР, старший вожатый",
                "7.2",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor"],
            ),
            R(
                "Мониторинг реализации программы наставничества",
                "май-июнь",
                "Зам. директора по УВР",
                "7.3",
                ("r", 5, 6),
                ["deputy_director_academic"],
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "июнь",
                "Зам. директора по УВР",
                "7.8",
                ("m", 6),
                ["deputy_director_academic"],
            ),
            R(
                "Аналитическая справка по итогам реализации дорожной карты",
                "июнь 2021 г.",
                "Зам. директора по УВР",
                None,
                ("m", 6, 2021),
                ["deputy_director_academic"],
            ),
        ],
    ),
]


def build_e(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "Дорожная карта"
    widths = [7.0, 52.0, 15.0, 26.0, 14.0]
    sheet_widths(ws, widths)
    bold = Font(name="Liberation Serif", size=12, bold=True)
    plain = Font(name="Liberation Serif", size=11)
    head = Font(name="Liberation Serif", size=11, bold=True)
    ws.merge_cells("A1:E1")
    ws["A1"] = "Дорожная карта внедрения целевой модели наставничества"
    ws.merge_cells("A2:E2")
    ws["A2"] = "в МКОУ «Нижнепокровская СОШ» на 2020–2021 учебный год"
    for ref in ("A1", "A2"):
        ws[ref].font = bold
        ws[ref].alignment = CENTER
    headers = ["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Отметка о выполнении"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = head
        cell.alignment = CENTER
        cell.border = BOX
    sheet_height(ws, 4, [(h, w) for h, w in zip(headers, widths, strict=True)])
    r = 5
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in E_STAGES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1, value=heading).font = head
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = BOX
        r += 1
        for k, row in enumerate(rows, start=1):
            values: list[Any] = [f"{stage_id}.{k}", row["text"], row["date"], row["resp"], None]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = plain
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            sheet_height(ws, r, [(row["text"], widths[1]), (str(row["resp"]), widths[3])])
            truth.append(act(row, stage_id, E_YEAR))
            r += 1
    ws.cell(row=r + 1, column=2, value="Зам. директора по УВР ____________ Л.И. Бородина").font = plain
    print_setup(ws, landscape=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.xlsx"
        wb.save(str(src))
        soffice_convert(src, "xls:MS Excel 97", folder / "roadmap.xls")
    save_truth(folder, E_ORG, E_YEAR, truth)
    return len(truth)


# =========================================================================== F: ods
# МАОУ «Лицей № 21» г. Иваново, 2022/2023. No stage rows at all: one numbered list with a result
# column; stage ids come from the meaning of each row.

F_ORG = "МАОУ «Лицей № 21» г. Иваново"
F_YEAR = 2022
# (stage id, row); the stage is not printed.
F_ROWS: list[tuple[int, Row]] = [
    (
        1,
        R(
            "Утверждение дорожной карты и приказа о реализации программы наставничества",
            "август 2022 г.",
            "Директор лицея",
            None,
            ("m", 8, 2022),
            ["director"],
            note="Приказ",
        ),
    ),
    (
        1,
        R(
            "Знакомство педагогов с программой наставничества на августовском педсовете",
            "29.08.2022",
            "Зам. директора по УВР",
            "1.1",
            ("d", 29, 8, 2022),
            ["deputy_director_academic"],
            note="Протокол педсовета",
        ),
    ),
    (
        1,
        R(
            "Информирование родителей на общелицейском собрании и через сайт лицея",
            "сентябрь",
            "Зам. директора по ВР, классные руководители",
            "1.2",
            ("m", 9),
            ["deputy_director_upbringing", "class_teacher"],
            note="Протоколы собраний",
        ),
    ),
    (
        1,
        R(
            "Классные часы «Наставничество в лицее» для 5–11 классов",
            "сентябрь",
            "Классные руководители 5–11 классов",
            "1.4",
            ("m", 9),
            ["class_teacher"],
            note="",
        ),
    ),
    (
        2,
        R(
            "Анкетирование лицеистов, желающих участвовать в программе; согласия на обработку ПД",
            "до 20.09.2022",
            "Педагог-психолог",
            "2.1",
            ("dl", 20, 9, 2022),
            ["psychologist"],
            note="Анкеты, согласия",
        ),
    ),
    (
        2,
        R(
            "Выявление запросов наставляемых по информации классных руководителей, социального "
            "педагога, родителей",
            "сентябрь – октябрь",
            "Социальный педагог, классные руководители",
            "2.2",
            ("r", 9, 10),
            ["social_pedagogue", "class_teacher"],
            note="",
        ),
    ),
    (
        2,
        R(
            "Формирование базы наставляемых",
            "октябрь",
            "Куратор программы наставничества",
            "2.3",
            ("m", 10),
            ["program_curator"],
            note="База наставляемых",
        ),
    ),
    (
        3,
        R(
            "Определение форм наставничества на учебный год",
            "октябрь",
            "Методический совет",
            "3.1",
            ("m", 10),
            ["other"],
            note="Протокол МС",
        ),
    ),
    (
        3,
        R(
            "Анкетирование потенциальных наставников",
            "октябрь",
            "Педагог-психолог",
            "3.3",
            ("m", 10),
            ["psychologist"],
            note="Анкеты",
        ),
    ),
    (
        3,
        R(
            "Формирование базы наставников",
            "ноябрь",
            "Куратор программы наставничества",
            "3.4",
            ("m", 11),
            ["program_curator"],
            note="База наставников",
        ),
    ),
    (
        4,
        R(
            "Входная диагностика наставников по параметрам мониторинга",
            "ноябрь",
            "Педагог-психолог",
            "4.1",
            ("m", 11),
            ["psychologist"],
            note="Результаты диагностики",
        ),
    ),
    (
        4,
        R(
            "Обучение наставников: семинары, курсы повышения квалификации",
            "ноябрь – декабрь",
            "Зам. директора по НМР",
            "4.4",
            ("r", 11, 12),
            ["deputy_director"],
            note="Удостоверения",
        ),
    ),
    (
        5,
        R(
            "Встреча-знакомство наставников и наставляемых",
            "декабрь",
            "Куратор программы наставничества",
            "5.1",
            ("m", 12),
            ["program_curator"],
            note="",
        ),
    ),
    (
        5,
        R(
            "Закрепление наставнических пар приказом директора",
            "до 25.12.2022",
            "Директор лицея",
            "5.4",
            ("dl", 25, 12, 2022),
            ["director"],
            note="Приказ",
        ),
    ),
    (
        6,
        R(
            "Организационные встречи в наставнических парах",
            "январь",
            "Наставники",
            "6.1",
            ("m", 1),
            ["mentors"],
            note="",
        ),
    ),
    (
        6,
        R(
            "Работа наставнических пар по совместным планам",
            "январь – май",
            "Наставники",
            "6.4",
            ("r", 1, 5),
            ["mentors"],
            note="Планы работы пар",
        ),
    ),
    (
        6,
        R(
            "Сбор обратной связи от наставляемых",
            "2 раза в год",
            "Куратор программы наставничества",
            "6.5",
            ("u",),
            ["program_curator"],
            note="",
        ),
    ),
    (
        6,
        R(
            "Анкетирование удовлетворённости участием в программе",
            "апрель",
            "Педагог-психолог",
            "6.8",
            ("m", 4),
            ["psychologist"],
            note="Справка",
        ),
    ),
    (
        7,
        R(
            "Итоговая конференция «Лицейское наставничество», награждение лучших пар",
            "май",
            "Зам. директора по ВР, советник директора по воспитанию",
            "7.2",
            ("m", 5),
            ["deputy_director_upbringing", "senior_counselor"],
            note="",
        ),
    ),
    (
        7,
        R(
            "Мониторинг качества реализации программы наставничества",
            "май",
            "Зам. директора по УВР",
            "7.3",
            ("m", 5),
            ["deputy_director_academic"],
            note="Аналитическая справка",
        ),
    ),
    (
        7,
        R(
            "Итоговая диагностика участников программы",
            "июнь",
            "Педагог-психолог",
            "7.4",
            ("m", 6),
            ["psychologist"],
            note="",
        ),
    ),
    (
        7,
        R(
            "Публикация результатов программы на сайте лицея",
            "июнь",
            "Ответственный за сайт",
            "7.6",
            ("m", 6),
            ["other"],
            note="Публикация",
        ),
    ),
    (
        7,
        R(
            "Анализ реализации программы и планирование на следующий учебный год (педсовет)",
            "июнь",
            "Администрация лицея",
            None,
            ("m", 6),
            ["other"],
            note="Протокол педсовета",
        ),
    ),
    (
        7,
        R(
            "Поощрение лучших наставников по положению о стимулирующих выплатах",
            "июнь",
            "Директор лицея",
            None,
            ("m", 6),
            ["director"],
            note="Приказ",
        ),
    ),
]


def build_f(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "План"
    widths = [6.0, 50.0, 16.0, 28.0, 20.0]
    sheet_widths(ws, widths)
    plain = Font(name="Liberation Sans", size=10)
    head = Font(name="Liberation Sans", size=10, bold=True)
    ws["D1"] = "Утверждено приказом"
    ws["D2"] = "МАОУ «Лицей № 21» от 26.08.2022 № 88"
    ws.merge_cells("A4:E4")
    ws["A4"] = (
        "План реализации целевой модели наставничества в МАОУ «Лицей № 21» г. Иваново "
        "на 2022/2023 учебный год"
    )
    ws["A4"].font = Font(name="Liberation Sans", size=12, bold=True)
    ws["A4"].alignment = CENTER
    ws.row_dimensions[4].height = 34
    headers = ["№", "Содержание работы", "Сроки", "Ответственный", "Результат"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = head
        cell.alignment = CENTER
        cell.border = BOX
    truth: list[TruthActivity] = []
    r = 7
    for n, (stage_id, row) in enumerate(F_ROWS, start=1):
        values = [n, row["text"], row["date"], row["resp"], row["note"]]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = plain
            cell.alignment = WRAP
            cell.border = BOX
        sheet_height(
            ws,
            r,
            [(row["text"], widths[1]), (str(row["resp"]), widths[3]), (row["note"], widths[4])],
            pt=10,
        )
        row["note"] = ""
        truth.append(act(row, stage_id, F_YEAR))
        r += 1
    print_setup(ws, landscape=False)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.xlsx"
        wb.save(str(src))
        soffice_convert(src, "ods", folder / "roadmap.ods")
    save_truth(folder, F_ORG, F_YEAR, truth)
    return len(truth)


# =========================================================================== G: xlsx, sheet 2
# ГБОУ «Кадетская школа-интернат № 2» г. Оренбурга, 2019/2020 (launched in January 2020). Sheet 1 is
# the approval page; sheet 2 holds the roadmap with the stage column merged down.

G_ORG = "ГБОУ «Кадетская школа-интернат № 2» г. Оренбурга"
G_YEAR = 2019
G_STAGES: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о внедрении целевой модели наставничества, назначение куратора",
                "январь 2020 г.",
                "Директор",
                None,
                ("m", 1, 2020),
                ["director"],
            ),
            R(
                "Разработка программы наставничества школы-интерната",
                "январь – февраль",
                "Рабочая группа",
                None,
                ("r", 1, 2),
                ["other"],
            ),
            R(
                "Информирование педагогов и воспитателей о внедрении целевой модели",
                "январь 2020 г.",
                "Зам. директора по УВР",
                "1.1",
                ("m", 1, 2020),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование родителей (законных представителей) кадет",
                "февраль",
                "Воспитатели,\nклассные руководители",
                "1.2",
                ("m", 2),
                ["teachers", "class_teacher"],
            ),
            R(
                "Встреча кадет с выпускниками школы-интерната – курсантами военных вузов и офицерами",
                "февраль",
                "Зам. директора по ВР",
                "1.3",
                ("m", 2),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование кадет, желающих участвовать в программе",
                "февраль",
                "Педагог-психолог",
                "2.1",
                ("m", 2),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых от классных руководителей, воспитателей, "
                "социального педагога",
                "февраль",
                "Социальный педагог",
                "2.2",
                ("m", 2),
                ["social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 28.02.2020",
                "Куратор",
                "2.3",
                ("dl", 28, 2, 2020),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества («ученик – ученик», «учитель – ученик»)",
                "февраль",
                "Куратор, зам. директора по УВР",
                "3.1",
                ("m", 2),
                ["program_curator", "deputy_director_academic"],
            ),
            R(
                "Анкетирование потенциальных наставников: педагоги, кадеты 10–11 классов, выпускники",
                "март",
                "Педагог-психолог",
                "3.3",
                ("m", 3),
                ["psychologist"],
            ),
            R("Формирование базы наставников", "март", "Куратор", "3.4", ("m", 3), ["program_curator"]),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Собеседование с наставниками",
                "март",
                "Куратор, педагог-психолог",
                "4.2",
                ("m", 3),
                ["program_curator", "psychologist"],
            ),
            R(
                "Обучение наставников",
                "март – апрель",
                "Методист",
                "4.4",
                ("r", 3, 4),
                ["methodologist"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "апрель",
                "Куратор",
                "5.1",
                ("m", 4),
                ["program_curator"],
            ),
            R(
                "Формирование пар и групп по итогам анкетирования",
                "апрель",
                "Куратор",
                "5.3",
                ("m", 4),
                ["program_curator"],
            ),
            R(
                "Информирование участников о сложившихся парах, приказ о закреплении",
                "апрель",
                "Директор",
                "5.4",
                ("m", 4),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар / групп",
        [
            R(
                "Первая встреча наставника и наставляемого",
                "апрель",
                "Наставники",
                "6.1",
                ("m", 4),
                ["mentors"],
            ),
            R(
                "Регулярные встречи (в том числе дистанционно)",
                "апрель – май",
                "Наставники",
                "6.4",
                ("r", 4, 5),
                ["mentors"],
            ),
            R("Сбор обратной связи", "май", "Куратор", "6.5", ("m", 5), ["program_curator"]),
            R(
                "Заключительная встреча всех пар и групп",
                "май",
                "Куратор, воспитатели",
                "6.7",
                ("m", 5),
                ["program_curator", "teachers"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "Подведение итогов, награждение лучших наставников",
                "май",
                "Директор,\nзам. директора по ВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Мониторинг качества реализации программы",
                "июнь",
                "Зам. директора по УВР",
                "7.3",
                ("m", 6),
                ["deputy_director_academic"],
            ),
            R("Оформление кейсов", "июнь", "Наставники", "7.5", ("m", 6), ["mentors"]),
            R(
                "Внесение итогов в базу наставников и базу наставляемых",
                "июнь",
                "Куратор",
                "7.7",
                ("m", 6),
                ["program_curator"],
            ),
            R(
                "Отчёт о реализации дорожной карты в министерство образования Оренбургской области",
                "до 30.06.2020",
                "Куратор",
                None,
                ("dl", 30, 6, 2020),
                ["program_curator"],
            ),
        ],
    ),
]


def build_g(folder: Path) -> int:
    wb = Workbook()
    title = wb.active
    title.title = "Титульный лист"
    sheet_widths(title, [30.0, 30.0, 30.0])
    big = Font(name="DejaVu Serif", size=14, bold=True)
    plain = Font(name="DejaVu Serif", size=11)
    lines = [
        (1, "C", "УТВЕРЖДАЮ", plain),
        (2, "C", "Директор ГБОУ «Кадетская школа-интернат № 2»", plain),
        (3, "C", "_____________ В.П. Громов", plain),
        (4, "C", "Приказ от 20.01.2020 № 14", plain),
    ]
    for r, col, text, font in lines:
        cell = title[f"{col}{r}"]
        cell.value = text
        cell.font = font
    for r, text in [
        (12, "ДОРОЖНАЯ КАРТА"),
        (13, "внедрения целевой модели наставничества"),
        (14, "в ГБОУ «Кадетская школа-интернат № 2» г. Оренбурга"),
        (15, "на 2019–2020 учебный год"),
    ]:
        title.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        cell = title.cell(row=r, column=1, value=text)
        cell.font = big
        cell.alignment = CENTER
    title.merge_cells("A30:C30")
    title["A30"] = "г. Оренбург, 2020"
    title["A30"].font = plain
    title["A30"].alignment = CENTER
    print_setup(title, landscape=False)

    ws = wb.create_sheet("Дорожная карта")
    widths = [24.0, 6.0, 50.0, 16.0, 26.0]
    sheet_widths(ws, widths)
    cell_font = Font(name="DejaVu Serif", size=10)
    head = Font(name="DejaVu Serif", size=10, bold=True)
    ws.merge_cells("A1:E1")
    ws["A1"] = (
        "Дорожная карта внедрения целевой модели наставничества в ГБОУ «Кадетская школа-интернат "
        "№ 2» г. Оренбурга на 2019–2020 учебный год"
    )
    ws["A1"].font = Font(name="DejaVu Serif", size=12, bold=True)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    headers = ["Этап", "№", "Мероприятие", "Срок", "Ответственные"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = head
        cell.alignment = CENTER
        cell.border = BOX
    truth: list[TruthActivity] = []
    r = 4
    n = 0
    for stage_id, heading, rows in G_STAGES:
        top = r
        for row in rows:
            n += 1
            values = [None, f"{n}.", row["text"], row["date"], row["resp"]]
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = cell_font
                cell.alignment = WRAP
                cell.border = BOX
            sheet_height(ws, r, [(row["text"], widths[2]), (str(row["resp"]), widths[4])], pt=10)
            truth.append(act(row, stage_id, G_YEAR))
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        cell = ws.cell(row=top, column=1, value=f"{stage_id}. {heading}")
        cell.font = head
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    print_setup(ws, landscape=True)
    wb.active = 0
    wb.save(str(folder / "roadmap.xlsx"))
    save_truth(folder, G_ORG, G_YEAR, truth)
    return len(truth)


# =========================================================================== H: text, cp1251
# МОБУ СОШ № 2 с. Толбазы, 2026/2027. A tab-separated export in Windows-1251 with CRLF, stage rows
# «N.» with empty cells; the export stops at the heading of stage 7 (status partial).

H_ORG = "МОБУ СОШ № 2 с. Толбазы"
H_YEAR = 2026
H_STAGES: list[Section] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ об организации наставничества в 2026–2027 учебном году",
                "до 01.09.2026",
                "Директор",
                None,
                ("dl", 1, 9, 2026),
                ["director"],
            ),
            R(
                "Информирование педагогического коллектива на совещании",
                "Сентябрь 2026 г.",
                "Зам. директора по УВР Галиева Р.Р.",
                "1.1",
                ("m", 9, 2026),
                ["deputy_director_academic"],
            ),
            R(
                "Информирование родителей на классных родительских собраниях",
                "сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Встреча обучающихся с выпускниками школы и специалистами СПК «Толбазинский»",
                "октябрь",
                "Советник директора по воспитанию",
                "1.3",
                ("m", 10),
                ["senior_counselor"],
            ),
            R(
                "Классные часы и публикации в школьной группе ВКонтакте о программе наставничества",
                "сентябрь–октябрь",
                "Классные руководители, советник директора по воспитанию",
                "1.4",
                ("r", 9, 10),
                ["class_teacher", "senior_counselor"],
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            R(
                "Анкетирование желающих участвовать в программе, согласия совершеннолетних на "
                "обработку персональных данных",
                "октябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых и согласий законных представителей",
                "октябрь",
                "Классные руководители, социальный педагог",
                "2.2",
                ("m", 10),
                ["class_teacher", "social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 31.10.2026",
                "Куратор наставничества",
                "2.3",
                ("dl", 31, 10, 2026),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            R(
                "Выбор форм наставничества на учебный год",
                "октябрь",
                "Куратор наставничества",
                "3.1",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Оценка наставляемых по параметрам мониторинга (входная диагностика)",
                "ноябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Анкетирование потенциальных наставников",
                "ноябрь",
                "Куратор наставничества",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "Куратор наставничества",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            R(
                "Оценка наставников по параметрам мониторинга",
                "ноябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Обучение наставников: школьный семинар, курсы ИРО РБ",
                "I полугодие",
                "Зам. директора по УВР",
                "4.4",
                ("r", 9, 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар/групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                "Куратор наставничества",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "Анкетирование участников после групповой встречи",
                "декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "Закрепление наставнических пар/групп приказом директора",
                "декабрь 2026 – январь 2027",
                "Директор",
                "5.4",
                ("r", 12, 1, 2026, 2027),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар/групп",
        [
            R("Первая встреча пар", "январь", "Наставники", "6.1", ("m", 1), ["mentors"]),
            R(
                "Встреча-планирование работы в паре",
                "январь",
                "Наставники",
                "6.3",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Регулярные встречи наставника и наставляемого",
                "II полугодие",
                "Наставники и наставляемые",
                "6.4",
                ("r", 1, 5),
                ["mentors", "other"],
            ),
            R(
                "Сбор обратной связи от участников",
                "по мере необходимости",
                "Куратор наставничества",
                "6.5",
                ("u",),
                ["program_curator"],
            ),
            R(
                "Консультации для наставников по возникающим вопросам",
                "по мере необходимости",
                "Зам. директора по УВР",
                None,
                ("u",),
                ["deputy_director_academic"],
            ),
        ],
    ),
]


def build_h(folder: Path) -> int:
    lines = [
        "\t\t\tУТВЕРЖДАЮ",
        "\t\t\tДиректор МОБУ СОШ № 2 с. Толбазы",
        "\t\t\t__________ Р.Х. Ахметова",
        "\t\t\tПриказ № 97 от 28.08.2026",
        "",
        "Дорожная карта реализации целевой модели наставничества в МОБУ СОШ № 2 с. Толбазы "
        "на 2026–2027 учебный год",
        "",
        "№ п/п\tМероприятие\tСроки\tОтветственные",
    ]
    truth: list[TruthActivity] = []
    for stage_id, heading, rows in H_STAGES:
        lines.append(f"{stage_id}.\t{heading}\t\t")
        for k, row in enumerate(rows, start=1):
            lines.append(f"{stage_id}.{k}\t{row['text']}\t{row['date']}\t{row['resp']}")
            truth.append(act(row, stage_id, H_YEAR))
    lines.append("7.\tЗавершение наставничества\t\t")
    text = "\r\n".join(lines) + "\r\n"
    (folder / "roadmap.txt").write_bytes(text.encode("cp1251"))
    save_truth(folder, H_ORG, H_YEAR, truth, status="partial")
    return len(truth)


# =========================================================================== I: html
# МБОУ «Центр образования № 3» г. Тулы, 2023/2024. A school website page: menu, breadcrumbs, a
# publication date, the table with colspan stage rows and <br> inside cells, a download link.

I_ORG = "МБОУ «Центр образования № 3» г. Тулы"
I_YEAR = 2023
# Printed text: "\n" is a <br> inside the cell.
I_STAGES: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Разработка и утверждение дорожной карты\nвнедрения целевой модели наставничества",
                "август 2023 г.",
                "Директор\nРабочая группа",
                None,
                ("m", 8, 2023),
                ["director", "other"],
                note="Дорожная карта",
            ),
            R(
                "Назначение куратора программы наставничества",
                "до 01.09.2023",
                "Директор",
                None,
                ("dl", 1, 9, 2023),
                ["director"],
                note="Приказ",
            ),
            R(
                "Педагогический совет: задачи школы по реализации программы наставничества",
                "сентябрь",
                "Директор,\nзам. директора по УВР",
                "1.1",
                ("m", 9),
                ["director", "deputy_director_academic"],
                note="Протокол",
            ),
            R(
                "Информирование родителей: собрания, сайт, родительские чаты",
                "сентябрь",
                "Классные руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
                note="",
            ),
            R(
                "Встреча обучающихся 5–9 классов с куратором программы",
                "сентябрь-октябрь",
                "Куратор программы наставничества",
                "1.4",
                ("r", 9, 10),
                ["program_curator"],
                note="",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся и педагогов,\nжелающих участвовать в программе",
                "октябрь",
                "Педагог-психолог\nТьютор",
                "2.1",
                ("m", 10),
                ["psychologist", "tutor"],
                note="Анкеты",
            ),
            R(
                "Анализ анкет, формирование базы наставляемых",
                "октябрь",
                "Куратор",
                "2.3",
                ("m", 10),
                ["program_curator"],
                note="База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Анкетирование потенциальных наставников,\nсбор согласий на обработку персональных данных",
                "до 01.11.2023",
                "Куратор,\nпедагог-психолог",
                "3.3",
                ("dl", 1, 11, 2023),
                ["program_curator", "psychologist"],
                note="Анкеты, согласия",
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, формирование базы наставников",
                "ноябрь",
                "Куратор",
                "3.4",
                ("m", 11),
                ["program_curator"],
                note="База наставников",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Подбор материалов и экспертов для обучения наставников",
                "ноябрь",
                "Руководитель ШМО",
                "4.3",
                ("m", 11),
                ["head_of_methodical_association"],
                note="",
            ),
            R(
                "Обучение наставников",
                "IV квартал",
                "Зам. директора по УВР",
                "4.4",
                ("r", 10, 12),
                ["deputy_director_academic"],
                note="Сертификаты",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "декабрь",
                "Куратор, классные руководители",
                "5.1",
                ("m", 12),
                ["program_curator", "class_teacher"],
                note="",
            ),
            R(
                "Приказ «О закреплении наставнических пар (групп)»",
                "до 20.12.2023",
                "Директор",
                "5.4",
                ("dl", 20, 12, 2023),
                ["director"],
                note="Приказ",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            R(
                "Организационная встреча наставника и наставляемого",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
                note="",
            ),
            R(
                "Пробная рабочая встреча",
                "январь",
                "Наставники",
                "6.2",
                ("m", 1),
                ["mentors"],
                note="",
            ),
            R(
                "Регулярные встречи наставнических пар",
                "январь – апрель",
                "Наставники",
                "6.4",
                ("r", 1, 4),
                ["mentors"],
                note="Журнал встреч",
            ),
            R(
                "Сбор обратной связи от участников",
                "февраль,\nапрель",
                "Куратор",
                "6.5",
                ("m", 2),
                ["program_curator"],
                note="",
            ),
            R(
                "Заключительная встреча наставника и наставляемого",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
                note="",
            ),
            R(
                "Анкетирование удовлетворённости участников программы",
                "май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
                note="Справка",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Приглашение участников, родителей и партнёров\nна итоговое мероприятие",
                "май",
                "Зам. директора по ВР,\nсоветник директора по воспитанию",
                "7.1",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor"],
                note="",
            ),
            R(
                "Торжественное подведение итогов программы, награждение лучших наставников",
                "май",
                "Зам. директора по ВР,\nсоветник директора по воспитанию",
                "7.2",
                ("m", 5),
                ["deputy_director_upbringing", "senior_counselor"],
                note="",
            ),
            R(
                "Итоговая оценка участников по параметрам мониторинга влияния программы",
                "май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
                note="",
            ),
            R(
                "Публикация результатов и лучших кейсов на сайте школы",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
                note="Публикация",
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "июнь",
                "Куратор",
                "7.8",
                ("m", 6),
                ["program_curator"],
                note="",
            ),
            R(
                "Благодарственные письма наставникам и партнёрам",
                "июнь",
                "Директор",
                None,
                ("m", 6),
                ["director"],
                note="",
            ),
        ],
    ),
]


def _cell_html(text: str) -> str:
    return "<br>".join(html.escape(part, quote=False) for part in text.split("\n"))


def build_i(folder: Path) -> int:
    rows_html: list[str] = []
    truth: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in I_STAGES:
        rows_html.append(f'<tr class="stage"><td colspan="5"><b>{html.escape(heading)}</b></td></tr>')
        for row in rows:
            n += 1
            cells = [f"{n}", row["text"], str(row["date"]), str(row["resp"]), row["note"]]
            tds = "".join(f"<td>{_cell_html(c)}</td>" for c in cells)
            rows_html.append(f"<tr>{tds}</tr>")
            row["note"] = ""
            truth.append(act(row, stage_id, I_YEAR))
    title = "Дорожная карта внедрения целевой модели наставничества"
    page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Наставничество — МБОУ «Центр образования № 3»</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 14px; color: #222; }}
.menu a {{ margin-right: 12px; color: #1a4d8f; }}
table.roadmap {{ border-collapse: collapse; width: 100%; }}
table.roadmap td, table.roadmap th {{ border: 1px solid #777; padding: 4px 6px; vertical-align: top; }}
tr.stage td {{ background: #e8eef7; }}
</style>
</head>
<body>
<div class="header">
<div class="logo">Муниципальное бюджетное общеобразовательное учреждение «Центр образования № 3»</div>
<div class="menu"><a href="/">Главная</a><a href="/sveden/">Сведения об образовательной организации</a>\
<a href="/news/">Новости</a><a href="/nastavnichestvo/">Наставничество</a><a href="/contacts/">Контакты</a></div>
</div>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/nastavnichestvo/">Наставничество</a> / Дорожная карта</div>
<div class="content">
<h1>{html.escape(title)}</h1>
<p class="date">Опубликовано: 12.09.2023 &nbsp; Просмотров: 214</p>
<p style="text-align:right">Утверждена приказом директора<br>от 31.08.2023 № 156-о</p>
<p style="text-align:center"><b>{html.escape(title)}<br>в МБОУ «Центр образования № 3» г. Тулы \
на 2023-2024 учебный год</b></p>
<table class="roadmap">
<thead>
<tr><th>№</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th><th>Планируемый результат</th></tr>
</thead>
<tbody>
{chr(10).join(rows_html)}
</tbody>
</table>
<p>Скачать: <a href="/upload/nastavnichestvo/dorozhnaya_karta_2023-2024.docx">dorozhnaya_karta_2023-2024.docx</a> \
(48,2 КБ)</p>
</div>
<div class="footer">© 2015–2023 МБОУ «Центр образования № 3», г. Тула. Все права защищены.</div>
</body>
</html>
"""
    (folder / "roadmap.html").write_text(page, encoding="utf-8")
    save_truth(folder, I_ORG, I_YEAR, truth)
    return len(truth)


# --------------------------------------------------------------------------- main

BUILDERS: dict[str, Callable[[Path], int]] = {
    "kamyshin14_docx_merged": build_a,
    "nyagan_kindergarten_odt": build_b,
    "tver_college_rtf": build_c,
    "kovrov_gymnasium9_doc_2022": build_d,
    "nizhnepokrovka_xls": build_e,
    "ivanovo_lyceum21_ods": build_f,
    "orenburg_cadet_xlsx_sheet2": build_g,
    "tolbazy_cp1251_txt": build_h,
    "tula_co3_html": build_i,
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
