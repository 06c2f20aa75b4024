"""Roadmaps 4–5: a kindergarten (XLSX without stages or numbers) and a Tatarstan school (300 dpi scan)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
from docx.enum.table import WD_TABLE_ALIGNMENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from data.build_format_samples import render_page, scan_page
from data.holdout.build import _new_document, _para, _widths, write_truth
from data.holdout10.core import (
    Act,
    Section,
    cell_lines,
    compact_paragraphs,
    flat_truth,
    pdf_pages,
    sections_truth,
    soffice_convert,
)

# =========================================================================== 4: XLSX, no stages, no numbers
# МБДОУ «Детский сад комбинированного вида № 14 «Колокольчик»», 2022/2023. The organization appears only
# in the merged title cell; rows carry no stage and no number, so the stage is that of the matched activity.

KOLOK_ORG = "МБДОУ «Детский сад комбинированного вида № 14 «Колокольчик»»"
KOLOK_YEAR = 2022

KOLOK: list[Act] = [
    Act(
        "Приказ «О внедрении целевой модели наставничества», назначение куратора",
        "Сентябрь 2022",
        "Заведующий",
        None,
        ("m", 9),
        ["director"],
        stage=1,
    ),
    Act(
        "Разработка Положения о наставничестве и программы наставничества ДОУ",
        "Сентябрь 2022",
        "Старший воспитатель, рабочая группа",
        None,
        ("m", 9),
        ["other"],
        stage=1,
    ),
    Act(
        "Педагогический час «Наставничество в ДОУ»: знакомим педагогов с целевой моделью",
        "Сентябрь 2022",
        "Старший воспитатель",
        "1.1",
        ("m", 9),
        ["other"],
        "протокол № 1 от 29.09.2022",
    ),
    Act(
        "Информирование родителей через сайт детского сада и родительские чаты групп",
        "Октябрь 2022",
        "Воспитатели групп",
        "1.2",
        ("m", 10),
        ["teachers"],
    ),
    Act(
        "Встреча с представителями педагогического колледжа (база практики): рассказываем о программе наставничества в ДОУ",
        "Октябрь 2022",
        "Заведующий, старший воспитатель",
        "1.3",
        ("m", 10),
        ["director", "other"],
    ),
    Act(
        "Анкетирование молодых и вновь принятых педагогов (профессиональные затруднения), согласия на обработку персональных данных",
        "Октябрь 2022",
        "Педагог-психолог",
        "2.1",
        ("m", 10),
        ["psychologist"],
    ),
    Act(
        "Формирование базы наставляемых",
        "до 31.10.2022",
        "Старший воспитатель",
        "2.3",
        ("dl", 31, 10, 2022),
        ["other"],
    ),
    Act(
        "Определение форм наставничества: «педагог – педагог», «опытный воспитатель – молодой специалист»",
        "Ноябрь 2022",
        "Рабочая группа",
        "3.1",
        ("m", 11),
        ["other"],
        "утверждено на педсовете",
    ),
    Act(
        "Входная диагностика профессиональных компетенций наставляемых",
        "Ноябрь 2022",
        "Старший воспитатель, педагог-психолог",
        "3.2",
        ("m", 11),
        ["other", "psychologist"],
    ),
    Act(
        "Анкетирование педагогов со стажем, готовых стать наставниками",
        "Ноябрь 2022",
        "Старший воспитатель",
        "3.3",
        ("m", 11),
        ["other"],
    ),
    Act(
        "Формирование базы наставников",
        "Ноябрь 2022",
        "Старший воспитатель",
        "3.4",
        ("m", 11),
        ["other"],
    ),
    Act(
        "Собеседование с педагогами-наставниками",
        "Декабрь 2022",
        "Заведующий, педагог-психолог",
        "4.2",
        ("m", 12),
        ["director", "psychologist"],
    ),
    Act(
        "Консультация для наставников «Как выстроить работу с молодым педагогом»",
        "Декабрь 2022",
        "Старший воспитатель",
        "4.4",
        ("m", 12),
        ["other"],
    ),
    Act(
        "Закрепление наставнических пар приказом заведующего",
        dt.datetime(2022, 12, 9),
        "Заведующий",
        "5.4",
        ("d", 9, 12, 2022),
        ["director"],
        "приказ № 87",
    ),
    Act(
        "Составление индивидуальных планов развития наставляемых",
        "Декабрь 2022",
        "Наставники",
        "6.3",
        ("m", 12),
        ["mentors"],
    ),
    Act(
        "Взаимопосещения НОД, мастер-классы наставников, совместная подготовка к открытым мероприятиям",
        "Январь – апрель 2023",
        "Педагоги-наставники",
        "6.4",
        ("r", 1, 4),
        ["mentors"],
    ),
    Act(
        "Консультации для наставников и наставляемых по запросу",
        "По мере необходимости",
        "Старший воспитатель, педагог-психолог",
        None,
        ("u",),
        ["other", "psychologist"],
        stage=6,
    ),
    Act(
        "Неделя педагогического мастерства: открытые показы молодых педагогов",
        "Февраль 2023",
        "Старший воспитатель",
        None,
        ("m", 2),
        ["other"],
        stage=6,
    ),
    Act(
        "Промежуточный опрос участников наставнических пар",
        "Февраль 2023",
        "Старший воспитатель",
        "6.5",
        ("m", 2),
        ["other"],
    ),
    Act(
        "Участие молодых педагогов в муниципальном конкурсе «Педагогический дебют»",
        "Март 2023",
        "Наставники",
        None,
        ("m", 3),
        ["mentors"],
        stage=None,
    ),
    Act(
        "Анкетирование «Удовлетворённость участием в программе наставничества»",
        "Апрель 2023",
        "Педагог-психолог",
        "6.8",
        ("m", 4),
        ["psychologist"],
    ),
    Act(
        "Итоговый педсовет: подведение итогов программы, награждение наставников почётными грамотами",
        "Май 2023",
        "Заведующий",
        "7.2",
        ("m", 5),
        ["director"],
        "протокол № 4",
    ),
    Act(
        "Мониторинг качества реализации программы наставничества в ДОУ",
        "Май 2023",
        "Старший воспитатель",
        "7.3",
        ("m", 5),
        ["other"],
    ),
    Act(
        "Размещение на сайте ДОУ материалов о работе наставнических пар",
        "Май 2023",
        "Ответственный за сайт",
        "7.6",
        ("m", 5),
        ["other"],
    ),
    Act(
        "Формирование долгосрочной базы наставников",
        "Июнь 2023",
        "Старший воспитатель",
        "7.8",
        ("m", 6),
        ["other"],
    ),
]

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


def build_kolok(folder: Path) -> int:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    widths = [62.0, 18.0, 30.0, 24.0]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["D1"] = "УТВЕРЖДАЮ"
    ws["D2"] = "Заведующий ________ Е.С. Мохова"
    ws["D3"] = "«31» августа 2022 г."
    for ref in ("D1", "D2", "D3"):
        ws[ref].alignment = Alignment(horizontal="right")
    ws.merge_cells("A5:D5")
    ws["A5"] = (
        f"Дорожная карта внедрения целевой модели наставничества в {KOLOK_ORG} на 2022-2023 учебный год"
    )
    ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws.merge_cells("A6:D6")
    ws["A6"] = "Форма наставничества: «педагог – педагог»"
    ws["A6"].alignment = Alignment(horizontal="center")
    heads = ["Мероприятие", "Срок проведения", "Ответственные", "Примечание"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.border = _BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for a in KOLOK:
        vals: list[str | dt.datetime] = [a.text, a.date, a.resp, a.extra]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = _BOX
            c.alignment = _WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "DD.MM.YYYY"
        r += 1
    ws.cell(row=r + 1, column=1, value="Старший воспитатель ________ Т.Н. Воробьёва")
    wb.save(folder / "Дорожная карта наставничество 2022-2023.xlsx")
    acts_truth = flat_truth(KOLOK, KOLOK_YEAR)
    write_truth(folder, KOLOK_ORG, KOLOK_YEAR, acts_truth)
    return len(acts_truth)


# =========================================================================== 5: 300 dpi scan, one page
# МБОУ «Кукморская СОШ № 3», Республика Татарстан, 2024/2025. A bilingual (Tatar/Russian) letterhead,
# numbered stage rows; printed, scanned in grey, saved as an image-only PDF.

KUKMOR_ORG = "МБОУ «Кукморская СОШ № 3»"
KUKMOR_YEAR = 2024

KUKMOR: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы",
        [
            Act(
                "Совещание при директоре о внедрении целевой модели наставничества, назначение куратора",
                "август 2024 г.",
                "директор",
                None,
                ("m", 8, 2024),
                ["director"],
            ),
            Act(
                "Информирование педагогов на педагогическом совете",
                "30.08.2024",
                "зам. директора по УР",
                "1.1",
                ("d", 30, 8, 2024),
                ["deputy_director_academic"],
            ),
            Act(
                "Общешкольное родительское собрание о программе наставничества (на русском и татарском языках)",
                "сентябрь",
                "зам. директора по ВР, кл. руководители",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing", "class_teacher"],
            ),
            Act(
                "Классные часы для уч-ся 5–11 кл. «Наставник – кто он?»",
                "сентябрь",
                "кл. руководители",
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
            Act(
                "Анкетирование уч-ся и педагогов, сбор согласий на обработку ПД",
                "сентябрь",
                "педагог-психолог",
                "2.1",
                ("m", 9),
                ["psychologist"],
            ),
            Act(
                "Сбор сведений о наставляемых от кл. руководителей, соц. педагога, родителей",
                "сентябрь",
                "социальный педагог",
                "2.2",
                ("m", 9),
                ["social_pedagogue"],
            ),
            Act(
                "Формирование базы наставляемых",
                "до 01.10.2024",
                "куратор",
                "2.3",
                ("dl", 1, 10, 2024),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            Act(
                "Анкетирование потенциальных наставников (учителя, старшеклассники, выпускники)",
                "октябрь",
                "куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            Act(
                "Формирование базы наставников",
                "октябрь",
                "куратор",
                "3.4",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            Act(
                "Обучение наставников: круглый стол «Остазлык – наставничество: опыт и традиции»",
                "ноябрь",
                "руководители ШМО, куратор",
                "4.4",
                ("m", 11),
                ["head_of_methodical_association", "program_curator"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар / групп",
        [
            Act(
                "Встреча наставников и наставляемых «Давайте знакомиться!»",
                "ноябрь",
                "куратор, советник директора по воспитанию",
                "5.1",
                ("m", 11),
                ["program_curator", "senior_counselor"],
            ),
            Act(
                "Закрепление пар приказом директора",
                "ноябрь",
                "директор",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Работа наставнических пар / групп",
        [
            Act(
                "Работа наставнических пар по индивидуальным планам",
                "декабрь – апрель",
                "наставники",
                "6.4",
                ("r", 12, 4),
                ["mentors"],
            ),
            Act(
                "Сбор обратной связи от участников",
                "февраль",
                "куратор",
                "6.5",
                ("m", 2),
                ["program_curator"],
            ),
            Act(
                "Мониторинг удовлетворённости участников программой",
                "апрель",
                "педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "7. Завершение наставничества",
        [
            Act(
                "Фестиваль «Остаз һәм шәкерт» («Наставник и ученик»): итоги года, награждение лучших наставников",
                "май",
                "директор, советник директора по воспитанию",
                "7.2",
                ("m", 5),
                ["director", "senior_counselor"],
            ),
            Act(
                "Публикация итогов на сайте школы и в ГИС «Электронное образование в РТ»",
                "май-июнь",
                "куратор",
                "7.6",
                ("r", 5, 6),
                ["program_curator"],
            ),
            Act(
                "Отчёт в МКУ «Управление образования» о реализации программы",
                "до 10.06.2025",
                "зам. директора по УР",
                None,
                ("dl", 10, 6, 2025),
                ["deputy_director_academic"],
            ),
        ],
    ),
]


def build_kukmor(folder: Path) -> int:
    doc = _new_document(landscape=False)
    _para(
        doc,
        "Татарстан Республикасы Кукмара муниципаль районының «Кукмара 3 нче урта гомуми белем бирү "
        "мәктәбе» муниципаль бюджет гомуми белем бирү учреждениесе",
        align="c",
        size=10,
    )
    _para(
        doc,
        "Муниципальное бюджетное общеобразовательное учреждение «Кукморская средняя "
        "общеобразовательная школа № 3» Кукморского муниципального района Республики Татарстан",
        align="c",
        size=10,
    )
    _para(doc, "")
    _para(doc, "Утверждаю", align="r", size=10)
    _para(doc, "Директор школы ________ Р.Г. Хайруллин", align="r", size=10)
    _para(doc, "Приказ № 147 от 29.08.2024", align="r", size=10)
    _para(doc, "")
    _para(doc, "Дорожная карта реализации целевой модели наставничества", bold=True, align="c", size=12)
    _para(doc, f"в {KUKMOR_ORG} на 2024-2025 учебный год", bold=True, align="c", size=12)
    _para(doc, "")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(table.rows[0].cells, ["№", "Мероприятие", "Сроки", "Ответственные"], strict=True):
        cell_lines(cell, head, bold=True, size=10)
    for sid, title, acts in KUKMOR:
        row = table.add_row().cells
        cell_lines(row[0].merge(row[3]), title, bold=True, size=10)
        for i, a in enumerate(acts, start=1):
            cells = table.add_row().cells
            assert isinstance(a.date, str)
            for cell, val in zip(cells, [f"{sid}.{i}", a.text, a.date, a.resp], strict=True):
                cell_lines(cell, val, size=10)
    _widths(table, [1.0, 9.8, 2.8, 4.4])
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ________ Г.Ф. Минниханова", size=10)
    compact_paragraphs(doc)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "karta.docx"
        doc.save(str(src))
        pdf_path = Path(tmp) / "karta.pdf"
        soffice_convert(src, pdf_path, "pdf")
        pdf = pdf_path.read_bytes()
    assert pdf_pages(pdf) == 1, "the scan is one page"
    scan = scan_page(render_page(pdf, 0, dpi=300), np.random.default_rng(2024))
    scan.save(folder / "scan_dorozhnaya_karta.pdf", "PDF", resolution=300.0)
    acts_truth = sections_truth(KUKMOR, KUKMOR_YEAR)
    write_truth(folder, KUKMOR_ORG, KUKMOR_YEAR, acts_truth)
    return len(acts_truth)
