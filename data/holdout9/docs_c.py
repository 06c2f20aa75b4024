"""Roadmaps 7–8: a kindergarten's table as ``pdftotext -layout`` text, a school PDF with list cells."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from PIL import ImageFont

from data.holdout.build import _new_document, _para, _set_cell, _widths
from data.holdout9.core import HeadPara, R, Row, Stage, soffice_convert, stage_truth, staged_docx, write_truth

# =========================================================================== 7: TXT (pdftotext -layout)
# A Sverdlovsk-region kindergarten, 2021/2022. The DOCX table went through LibreOffice to PDF and
# pdftotext -layout, so the columns are aligned by spaces. Full-width «Этап N.» rows, continuous
# numbering, «зам. заведующего по ВМР».

TEREMOK_ORG = "МАДОУ «Детский сад № 5 «Теремок»» г. Каменска-Уральского"
TEREMOK_YEAR = 2021

_VMR = "Зам. заведующего по ВМР"

TEREMOK_STAGES: list[Stage] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Разработка и утверждение дорожной карты и Положения о наставничестве",
                "Август 2021 г.",
                "Заведующий",
                None,
                ("m", 8, 2021),
                ["director"],
                "1",
            ),
            R(
                "Ознакомление педагогического коллектива с программой наставничества (педагогический час)",
                "Сентябрь 2021 г.",
                _VMR,
                "1.1",
                ("m", 9, 2021),
                ["deputy_director"],
                "2",
            ),
            R(
                "Размещение информации о наставничестве для родителей в родительских уголках групп и в мессенджерах",
                "Сентябрь 2021 г.",
                "Воспитатели",
                "1.2",
                ("m", 9, 2021),
                ["teachers"],
                "3",
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Выявление педагогов, нуждающихся в наставнической поддержке (анкетирование), оформление согласий на обработку ПД",
                "Сентябрь 2021 г.",
                _VMR,
                "2.1",
                ("m", 9, 2021),
                ["deputy_director"],
                "4",
            ),
            R(
                "Формирование списка наставляемых",
                "Сентябрь 2021 г.",
                _VMR,
                "2.3",
                ("m", 9, 2021),
                ["deputy_director"],
                "5",
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Анкетирование опытных педагогов – потенциальных наставников",
                "Октябрь 2021 г.",
                _VMR,
                "3.3",
                ("m", 10, 2021),
                ["deputy_director"],
                "6",
            ),
            R(
                "Формирование базы наставников",
                "Октябрь 2021 г.",
                _VMR,
                "3.4",
                ("m", 10, 2021),
                ["deputy_director"],
                "7",
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Обучающий семинар для наставников «Наставник в ДОУ: функции и инструменты»",
                "Октябрь 2021 г.",
                f"{_VMR}, педагог-психолог",
                "4.4",
                ("m", 10, 2021),
                ["deputy_director", "psychologist"],
                "8",
            ),
            R(
                "Курсы повышения квалификации наставников (ГАОУ ДПО СО «ИРО»)",
                "По графику ИРО",
                "Наставники",
                "4.4",
                ("u",),
                ["mentors"],
                "9",
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар",
        [
            R(
                "Утверждение наставнических пар приказом заведующего",
                "Октябрь 2021 г.",
                "Заведующий",
                "5.4",
                ("m", 10, 2021),
                ["director"],
                "10",
            ),
        ],
    ),
    (
        6,
        "Этап 6. Работа наставнических пар",
        [
            R(
                "Встреча наставника и наставляемого: планирование совместной работы на год",
                "Ноябрь 2021 г.",
                "Наставники",
                "6.3",
                ("m", 11, 2021),
                ["mentors"],
                "11",
            ),
            R(
                "Совместная работа в парах: консультации, взаимопосещения, подготовка к развлечениям",
                "Ноябрь 2021 г. – май 2022 г.",
                "Наставники",
                "6.4",
                ("r", 11, 5, 2021, 2022),
                ["mentors"],
                "12",
            ),
            R(
                "Промежуточный мониторинг: анкетирование наставников и наставляемых",
                "Январь 2022 г.",
                "Педагог-психолог",
                "6.5",
                ("m", 1, 2022),
                ["psychologist"],
                "13",
            ),
            R(
                "Конкурс педагогического мастерства «Первые шаги» для молодых педагогов",
                "Февраль 2022 г.",
                _VMR,
                None,
                ("m", 2, 2022),
                ["deputy_director"],
                "14",
            ),
            R(
                "Круглый стол «Чему мы научились вместе» – итоговая встреча всех пар",
                "Май 2022 г.",
                _VMR,
                "6.7",
                ("m", 5, 2022),
                ["deputy_director"],
                "15",
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Итоговый педсовет с награждением наставников",
                "Май 2022 г.",
                "Заведующий",
                "7.2",
                ("m", 5, 2022),
                ["director"],
                "16",
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "Май 2022 г.",
                _VMR,
                "7.3",
                ("m", 5, 2022),
                ["deputy_director"],
                "17",
            ),
            R(
                "Публикация опыта наставничества на сайте ДОУ и в сообществе ВКонтакте",
                "Июнь 2022 г.",
                _VMR,
                "7.6",
                ("m", 6, 2022),
                ["deputy_director"],
                "18",
            ),
            R(
                "Анализ реализации дорожной карты, корректировка плана на 2022-2023 уч. год",
                "Июнь 2022 г.",
                "Заведующий, зам. заведующего по ВМР",
                None,
                ("m", 6, 2022),
                ["director", "deputy_director"],
                "19",
            ),
            R(
                "Формирование долгосрочной базы наставников",
                "Август 2022 г.",
                "Заведующий",
                "7.8",
                ("m", 8, 2022),
                ["director"],
                "20",
            ),
        ],
    ),
]


def build_teremok5_txt(folder: Path) -> int:
    head: list[HeadPara] = [
        ("УТВЕРЖДЕНО", False, "r"),
        ("приказом заведующего МАДОУ «Детский сад № 5»", False, "r"),
        ("от 27.08.2021 № 64", False, "r"),
        ("", False, None),
        ("Дорожная карта", True, "c"),
        (f"внедрения целевой модели наставничества в {TEREMOK_ORG} на 2021-2022 учебный год", True, "c"),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "dk_teremok.docx"
        pdf = Path(tmp) / "dk_teremok.pdf"
        staged_docx(
            docx,
            head,
            ["№", "Мероприятие", "Срок", "Ответственный"],
            TEREMOK_STAGES,
            [1.0, 9.4, 3.6, 4.0],
            numbered_stages=False,
        )
        soffice_convert(docx, "pdf", pdf)
        res = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
            check=True,
            capture_output=True,
            timeout=120,
        )
    (folder / "dorozhnaya_karta_teremok.txt").write_bytes(res.stdout)
    write_truth(folder, TEREMOK_ORG, TEREMOK_YEAR, stage_truth(TEREMOK_STAGES, TEREMOK_YEAR))
    return sum(len(rows) for _, _, rows in TEREMOK_STAGES)


# =========================================================================== 8: PDF, list cells
# An Altai-region school, 2022/2023. One table row per stage: the stage's activities share one cell
# as «- …» lines; the dates and responsibles stand on the matching lines of the neighbouring
# cells, padded with empty lines where an activity wraps.

RUBTSOVSK_ORG = "МБОУ «СОШ № 9» г. Рубцовска"
RUBTSOVSK_YEAR = 2022

RUBTSOVSK_STAGES: list[Stage] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            R(
                "педагогический совет «Наставничество как ресурс развития школы»",
                "30.08.2022",
                "Директор",
                "1.1",
                ("d", 30, 8, 2022),
                ["director"],
            ),
            R(
                "приказ о назначении куратора и создании рабочей группы по наставничеству",
                "до 05.09.2022",
                "Директор",
                None,
                ("dl", 5, 9, 2022),
                ["director"],
            ),
            R(
                "общешкольное родительское собрание: информирование о программе наставничества",
                "Сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            R(
                "классные часы «Шаг навстречу» в 5–11 классах",
                "Сентябрь",
                "Классные руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "встреча с выпускниками и представителями АО «Алтайвагон» о наставничестве",
                "Октябрь",
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
            R(
                "анкетирование учащихся и педагогов, сбор согласий на обработку ПД",
                "Сентябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 9),
                ["psychologist"],
            ),
            R(
                "сбор информации о запросах детей от классных руководителей и родителей",
                "Сентябрь–октябрь",
                "Социальный педагог",
                "2.2",
                ("r", 9, 10),
                ["social_pedagogue"],
            ),
            R(
                "формирование базы наставляемых",
                "Октябрь",
                "Куратор",
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
            R(
                "выбор форм наставничества",
                "Октябрь",
                "Рабочая группа",
                "3.1",
                ("m", 10),
                ["other"],
            ),
            R(
                "анкетирование потенциальных наставников",
                "Октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "формирование базы наставников",
                "Октябрь",
                "Куратор",
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
            R(
                "собеседование с наставниками",
                "Ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "обучение наставников (семинары, КПК на базе АИРО им. А.М. Топорова)",
                "Ноябрь – декабрь",
                "Зам. директора по УВР",
                "4.4",
                ("r", 11, 12),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар / групп",
        [
            R(
                "групповая встреча-знакомство «Давай дружить!»",
                "Декабрь",
                "Куратор",
                "5.1",
                ("m", 12),
                ["program_curator"],
            ),
            R(
                "анкетирование участников после встречи",
                "Декабрь",
                "Педагог-психолог",
                "5.2",
                ("m", 12),
                ["psychologist"],
            ),
            R(
                "приказ о закреплении наставнических пар",
                "до 20 декабря",
                "Директор",
                "5.4",
                ("dl", 20, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар / групп",
        [
            R("первая встреча в парах", "Январь", "Наставники", "6.1", ("m", 1), ["mentors"]),
            R(
                "регулярные встречи по плану работы пары",
                "Январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R("анкеты обратной связи", "Март", "Куратор", "6.5", ("m", 3), ["program_curator"]),
            R("заключительная встреча в парах", "Май", "Наставники", "6.6", ("m", 5), ["mentors"]),
            R(
                "анкетирование удовлетворённости участием в программе",
                "Май",
                "Педагог-психолог",
                "6.8",
                ("m", 5),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            R(
                "школьный фестиваль «Наставничество: лучшие практики» с награждением наставников",
                "Май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "мониторинг качества реализации программы",
                "Июнь",
                "Зам. директора по УВР",
                "7.3",
                ("m", 6),
                ["deputy_director_academic"],
            ),
            R("публикация итогов на сайте школы", "Июнь", "Куратор", "7.6", ("m", 6), ["program_curator"]),
            R(
                "благодарственные письма социальным партнёрам",
                "Июнь",
                "Директор",
                None,
                ("m", 6),
                ["director"],
            ),
            R(
                "отчёт в комитет по образованию г. Рубцовска",
                "до 15 июня",
                "Куратор",
                None,
                ("dl", 15, 6),
                ["program_curator"],
            ),
        ],
    ),
]

_SERIF = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 100)
_CELL_PAD_CM = 0.19 * 2


def _lines_needed(text: str, width_cm: float, pt: float) -> int:
    """How many lines ``text`` takes in a cell ``width_cm`` wide (greedy word wrap, Liberation Serif)."""
    avail = (width_cm - _CELL_PAD_CM) / 2.54 * 72 * 0.97
    lines, cur = 1, ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if not cur or _SERIF.getlength(trial) * pt / 100 <= avail:
            cur = trial
        else:
            lines += 1
            cur = word
    return lines


def _aligned_columns(rows: list[Row], widths: tuple[float, float, float], pt: float) -> tuple[str, str, str]:
    """The activity, date and responsible cells of one stage, each item padded to a common height."""
    acts: list[str] = []
    dates: list[str] = []
    resps: list[str] = []
    for row in rows:
        date = row["date"]
        assert isinstance(date, str)
        cells = [f"- {row['text']}", date, row["resp"] or ""]
        need = [_lines_needed(c, w, pt) for c, w in zip(cells, widths, strict=True)]
        height = max(need)
        for out, cell, n in zip((acts, dates, resps), cells, need, strict=True):
            out.append(cell)
            out.extend([""] * (height - n))
    return "\n".join(acts), "\n".join(dates), "\n".join(resps)


def build_rubtsovsk9_pdf(folder: Path) -> int:
    pt = 11.0
    widths = [1.0, 5.0, 11.2, 3.8, 5.6]
    doc = _new_document(landscape=True)
    for text in [
        "«Утверждаю»",
        "Директор МБОУ «СОШ № 9»",
        "_____________ А.Г. Шевцова",
        "« 31 » августа 2022 г.",
    ]:
        _para(doc, text, align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(
        doc,
        f"реализации программы наставничества в {RUBTSOVSK_ORG} на 2022-2023 учебный год",
        bold=True,
        align="c",
    )
    _para(doc, "")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["№", "Этап", "Мероприятия", "Сроки", "Ответственные"]):
        _set_cell(table.rows[0].cells[i], h, bold=True)
    for n, (_sid, heading, rows) in enumerate(RUBTSOVSK_STAGES, start=1):
        acts, dates, resps = _aligned_columns(rows, (widths[2], widths[3], widths[4]), pt)
        cells = table.add_row().cells
        for i, val in enumerate([f"{n}.", heading, acts, dates, resps]):
            _set_cell(cells[i], val)
    _widths(table, widths)
    for p in (p for row in table.rows for c in row.cells for p in c.paragraphs):
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ О.Н. Плотникова")
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "dk_soch9.docx"
        doc.save(str(docx))
        soffice_convert(docx, "pdf", folder / "dorozhnaya_karta_nastavnichestvo_SOSH9.pdf")
    write_truth(folder, RUBTSOVSK_ORG, RUBTSOVSK_YEAR, stage_truth(RUBTSOVSK_STAGES, RUBTSOVSK_YEAR))
    return sum(len(rows) for _, _, rows in RUBTSOVSK_STAGES)
