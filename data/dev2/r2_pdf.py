"""Roadmap 2: PDF (text layer, DOCX printed by LibreOffice) of a lyceum, 2025-2026.

Stage-grouped layout: № and the stage name (with its «Задача:») merged down over the stage's
rows, a «Мероприятия» label per row, numbered sub-activities in one cell and their dates and
responsibles on line-aligned lines of the neighbouring cells (blank lines pad wrapped items).
Some rows print one date or one responsible for all their sub-items.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from data.dev2.common import (
    A,
    Item,
    TruthActivity,
    lines_needed,
    new_document,
    para,
    printed_date,
    set_cell,
    set_widths,
    soffice_convert,
    truth_of,
    write_truth,
)

ORG = "МАОУ «Лицей № 8» г. Стерлитамака"
YEAR = 2025

WIDTHS = [0.9, 4.3, 4.0, 9.0, 3.3, 4.5]
SIZE = 10.5
# Rough characters per printed line of each column at 10.5pt Times (for the padding only).
CPL = {3: 50.0, 4: 17.0, 5: 24.0}


@dataclass(frozen=True)
class Group:
    label: str
    items: list[Item]
    one_date: bool = False  # the date cell prints only the first item's date, for all
    one_resp: bool = False  # the responsible cell prints only the first item's, for all


@dataclass(frozen=True)
class Stage:
    sid: int
    name: str
    goal: str
    groups: list[Group]


STAGES: list[Stage] = [
    Stage(
        1,
        "Подготовка условий для запуска программы наставничества",
        "Задача: информировать участников образовательных отношений о запуске программы, собрать первичные запросы.",
        [
            Group(
                "Нормативное обеспечение",
                [
                    A(
                        "Изучение федеральных и региональных документов по целевой модели наставничества",
                        "Август 2025 г.",
                        "Зам. директора по УВР Хасанова Л.Р.",
                        None,
                        ("m", 8, 2025),
                        "uvr",
                    ),
                    A(
                        "Приказ о внедрении программы наставничества, назначение куратора",
                        "Сентябрь 2025 г.",
                        "Директор",
                        None,
                        ("m", 9, 2025),
                        "dir",
                    ),
                    A(
                        "Утверждение Положения о наставничестве и дорожной карты",
                        "Сентябрь 2025 г.",
                        "Директор",
                        None,
                        ("m", 9, 2025),
                        "dir",
                    ),
                ],
            ),
            Group(
                "Информирование",
                [
                    A(
                        "Выступление на августовском педсовете: цели и этапы программы наставничества в лицее",
                        "28.08.2025",
                        "Директор",
                        "1.1",
                        ("d", 28, 8, 2025),
                        "dir",
                    ),
                    A(
                        "Родительские собрания в 5–11 классах (рассказ о программе, формах участия)",
                        "Сентябрь",
                        "Классные руководители",
                        "1.2",
                        ("m", 9),
                        "kl",
                    ),
                    A(
                        "Встреча с выпускниками лицея и представителями вузов-партнёров (УГНТУ, БашГУ)",
                        "Октябрь",
                        "Советник директора по воспитанию",
                        "1.3",
                        ("m", 10),
                        "sov",
                    ),
                    A(
                        "Классные часы и общелицейская линейка о наставничестве",
                        "Сентябрь",
                        "Кл. руководители, Совет лицеистов",
                        "1.4",
                        ("m", 9),
                        "kl oth",
                    ),
                ],
            ),
        ],
    ),
    Stage(
        2,
        "Формирование базы наставляемых",
        "Задача: выявить лицеистов и педагогов, которым нужна поддержка наставника.",
        [
            Group(
                "Сбор данных о наставляемых",
                [
                    A(
                        "Анкетирование лицеистов и педагогов – будущих наставляемых, сбор согласий на обработку ПД (с 18 лет)",
                        "Сентябрь",
                        "Педагог-психолог",
                        "2.1",
                        ("m", 9),
                        "psy",
                    ),
                    A(
                        "Запрос сведений о наставляемых у классных руководителей, соцпедагога, родителей; согласия родителей (законных представителей)",
                        "Сентябрь – октябрь",
                        "Социальный педагог",
                        "2.2",
                        ("r", 9, 10),
                        "soc",
                    ),
                    A(
                        "Обработка анкет, составление базы наставляемых",
                        "Октябрь",
                        "Куратор наставничества",
                        "2.3",
                        ("m", 10),
                        "kur",
                    ),
                ],
            ),
        ],
    ),
    Stage(
        3,
        "Формирование базы наставников",
        "Задача: найти потенциальных наставников среди педагогов, старшеклассников, выпускников и партнёров.",
        [
            Group(
                "Сбор данных о наставниках",
                [
                    A(
                        "Определение форм наставничества на учебный год",
                        "Сентябрь",
                        "Методический совет",
                        "3.1",
                        ("m", 9),
                        "oth",
                    ),
                    A(
                        "Входная диагностика наставляемых",
                        "Октябрь",
                        "Педагог-психолог",
                        "3.2",
                        ("m", 10),
                        "psy",
                    ),
                    A(
                        "Анкетирование желающих стать наставниками (педагоги, старшеклассники, выпускники), согласия на обработку ПД",
                        "Октябрь",
                        "Куратор наставничества",
                        "3.3",
                        ("m", 10),
                        "kur",
                    ),
                    A(
                        "Сверка анкет наставников с запросами наставляемых, база наставников",
                        "Октябрь",
                        "Куратор наставничества",
                        "3.4",
                        ("m", 10),
                        "kur",
                    ),
                ],
            ),
        ],
    ),
    Stage(
        4,
        "Отбор и обучение наставников",
        "Задача: отобрать наставников, подходящих под запросы, и подготовить их к работе.",
        [
            Group(
                "Отбор наставников",
                [
                    A(
                        "Оценка кандидатов в наставники по критериям",
                        "Октябрь",
                        "Администрация",
                        "4.1",
                        ("m", 10),
                        "oth",
                    ),
                    A(
                        "Собеседование с кандидатами",
                        "Ноябрь",
                        "Зам. директора по УВР, педагог-психолог",
                        "4.2",
                        ("m", 11),
                        "uvr psy",
                    ),
                ],
            ),
            Group(
                "Обучение наставников",
                [
                    A(
                        "Подбор программ обучения, приглашение специалистов ИРО РБ",
                        "Октябрь – ноябрь",
                        "Методист Гайсина Р.М.",
                        "4.3",
                        ("r", 10, 11),
                        "met",
                    ),
                    A(
                        "Обучающий семинар «Роль наставника в развитии лицеиста»",
                        "Ноябрь",
                        "Методист Гайсина Р.М.",
                        "4.4",
                        ("m", 11),
                        "met",
                    ),
                ],
                one_resp=True,
            ),
        ],
    ),
    Stage(
        5,
        "Формирование наставнических пар / групп",
        "Задача: составить пары «наставник – наставляемый» и группы, подходящие друг другу.",
        [
            Group(
                "Подбор пар",
                [
                    A(
                        "Групповая встреча «Наставник + Я»",
                        "Ноябрь 2025 г.",
                        "Куратор наставничества",
                        "5.1",
                        ("m", 11, 2025),
                        "kur",
                    ),
                    A(
                        "Анкета «Кого я выбираю наставником»",
                        "Ноябрь 2025 г.",
                        "Куратор наставничества",
                        "5.2",
                        ("m", 11, 2025),
                        "kur",
                    ),
                    A(
                        "Распределение по парам и группам с учётом анкет",
                        "Ноябрь 2025 г.",
                        "Куратор наставничества",
                        "5.3",
                        ("m", 11, 2025),
                        "kur",
                    ),
                ],
                one_date=True,
                one_resp=True,
            ),
            Group(
                "Закрепление пар",
                [
                    A(
                        "Приказ о закреплении пар/групп, информирование участников",
                        "до 05.12.2025",
                        "Директор",
                        "5.4",
                        ("dl", 5, 12, 2025),
                        "dir",
                    ),
                ],
            ),
        ],
    ),
    Stage(
        6,
        "Организация работы наставнических пар / групп",
        "Задача: выстроить продуктивную работу в каждой паре и группе.",
        [
            Group(
                "Встречи наставников и наставляемых",
                [
                    A(
                        "Организационная встреча пары",
                        "Декабрь",
                        "Наставники",
                        "6.1",
                        ("m", 12),
                        "nas",
                    ),
                    A(
                        "Пробная рабочая встреча",
                        "Декабрь",
                        "Наставники",
                        "6.2",
                        ("m", 12),
                        "nas",
                    ),
                    A(
                        "Встреча-планирование: цели и план работы пары",
                        "Декабрь",
                        "Наставники",
                        "6.3",
                        ("m", 12),
                        "nas",
                    ),
                    A(
                        "Регулярные встречи пар по плану",
                        "Январь – апрель",
                        "Наставники",
                        "6.4",
                        ("r", 1, 4),
                        "nas",
                    ),
                    A(
                        "Заключительная встреча пары",
                        "Апрель",
                        "Наставники",
                        "6.6",
                        ("m", 4),
                        "nas",
                    ),
                    A(
                        "Общая итоговая встреча пар и групп – «Круглый стол наставников»",
                        "Май",
                        "Куратор наставничества",
                        "6.7",
                        ("m", 5),
                        "kur",
                    ),
                ],
            ),
            Group(
                "Текущий контроль",
                [
                    A(
                        "Сбор обратной связи от наставников и наставляемых (промежуточная анкета)",
                        "Февраль",
                        "Куратор наставничества",
                        "6.5",
                        ("m", 2),
                        "kur",
                    ),
                    A(
                        "Анкетирование «Удовлетворённость участием в программе»",
                        "Май",
                        "Педагог-психолог",
                        "6.8",
                        ("m", 5),
                        "psy",
                    ),
                ],
            ),
        ],
    ),
    Stage(
        7,
        "Завершение наставничества",
        "Задача: подвести итоги работы пар и программы, популяризировать практики наставничества.",
        [
            Group(
                "Подведение итогов",
                [
                    A(
                        "Приглашение участников, родителей, партнёров, представителей администрации города на итоговое мероприятие",
                        "Май",
                        "Зам. директора по ВР",
                        "7.1",
                        ("m", 5),
                        "vr",
                    ),
                    A(
                        "Торжественный вечер «Лицей наставников», награждение лучших наставников",
                        "Май 2026 г.",
                        "Директор, зам. директора по ВР",
                        "7.2",
                        ("m", 5, 2026),
                        "dir vr",
                    ),
                    A(
                        "Мониторинг качества реализации программы",
                        "Июнь",
                        "Зам. директора по УВР",
                        "7.3",
                        ("m", 6),
                        "uvr",
                    ),
                    A(
                        "Итоговая оценка участников (второй этап мониторинга влияния программы)",
                        "Май",
                        "Педагог-психолог",
                        "7.4",
                        ("m", 5),
                        "psy",
                    ),
                ],
            ),
            Group(
                "Распространение опыта",
                [
                    A(
                        "Оформление результатов работы пар в кейсы",
                        "Июнь",
                        "Куратор наставничества",
                        "7.5",
                        ("m", 6),
                        "kur",
                    ),
                    A(
                        "Публикация итогов и лучших практик на сайте лицея и партнёров",
                        "Июнь",
                        "Куратор наставничества",
                        "7.6",
                        ("m", 6),
                        "kur",
                    ),
                    A(
                        "Внесение данных об итогах в базы наставников и наставляемых",
                        "Июнь",
                        "Куратор наставничества",
                        "7.7",
                        ("m", 6),
                        "kur",
                    ),
                    A(
                        "Пополнение долгосрочной базы наставников",
                        "Август",
                        "Куратор наставничества",
                        "7.8",
                        ("m", 8),
                        "kur",
                    ),
                    A(
                        "Аналитическая справка по итогам реализации программы за год",
                        "Июнь",
                        "Зам. директора по УВР",
                        None,
                        ("m", 6),
                        "uvr",
                    ),
                ],
            ),
        ],
    ),
]


def _group_cells(group: Group) -> tuple[str, str, str]:
    """Content, date and responsible cells, padded with blank lines to keep items level."""
    content: list[str] = []
    dates: list[str] = []
    resps: list[str] = []
    for k, item in enumerate(group.items, start=1):
        text = f"{k}. {item.text}"
        date = printed_date(item) if (k == 1 or not group.one_date) else ""
        resp = item.resp if (k == 1 or not group.one_resp) else ""
        if group.one_date:
            assert item.spec == group.items[0].spec, item
        if group.one_resp:
            assert item.roles == group.items[0].roles, item
        n_text = lines_needed(text, CPL[3])
        n_date = lines_needed(date, CPL[4]) if date else 1
        n_resp = lines_needed(resp, CPL[5]) if resp else 1
        height = max(n_text, n_date, n_resp)
        last = k == len(group.items)
        content += [text] + ([] if last else [""] * (height - n_text))
        dates += [date] + ([] if last else [""] * (height - n_date))
        resps += [resp] + ([] if last else [""] * (height - n_resp))
    for col in (dates, resps):
        while col and not col[-1]:
            col.pop()
    return "\n".join(content), "\n".join(dates), "\n".join(resps)


def build(folder: Path) -> int:
    doc = new_document(landscape=True, size=12)
    para(
        doc,
        "Приложение № 2\nк приказу МАОУ «Лицей № 8»\nот 01.09.2025 № 188",
        align="r",
        size=11,
    )
    para(doc, "")
    para(
        doc,
        "План мероприятий («дорожная карта»)\nпо реализации целевой модели наставничества\n"
        f"в {ORG} на 2025-2026 учебный год",
        bold=True,
        align="c",
    )
    para(doc, "")
    headers = ["№", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Сроки", "Ответственные"]
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, center=True, size=SIZE)
    activities: list[TruthActivity] = []
    for stage in STAGES:
        first_row = len(table.rows)
        for group in stage.groups:
            cells = table.add_row().cells
            content, dates, resps = _group_cells(group)
            set_cell(cells[2], group.label, size=SIZE)
            set_cell(cells[3], content, size=SIZE)
            set_cell(cells[4], dates, size=SIZE)
            set_cell(cells[5], resps, size=SIZE)
            activities += [truth_of(item, stage.sid, YEAR) for item in group.items]
        last_row = len(table.rows) - 1
        num = table.cell(first_row, 0)
        name = table.cell(first_row, 1)
        if last_row > first_row:
            num = num.merge(table.cell(last_row, 0))
            name = name.merge(table.cell(last_row, 1))
        set_cell(num, f"{stage.sid}.", size=SIZE)
        set_cell(name, stage.name, bold=True, size=SIZE)
        p = name.add_paragraph()
        run = p.add_run(stage.goal)
        run.italic = True
        run.font.size = Pt(SIZE)
    set_widths(table, WIDTHS)
    para(doc, "")
    para(doc, "Куратор программы наставничества ____________ Ямалтдинова Г.Ф.", size=11)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan_nastavnichestvo_licei8.docx"
        doc.save(str(src))
        soffice_convert(src, "pdf", folder / "plan_nastavnichestvo_licei8.pdf")
    write_truth(folder, ORG, YEAR, activities)
    return len(activities)
