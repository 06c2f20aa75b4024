"""Roadmap 7: a one-page scan (PNG) of a small school's roadmap, 2025-2026.

A DOCX at 10pt printed to PDF by LibreOffice, page 1 rendered at 300 dpi and passed through
``scan_page`` (grey, turned by 1°, sensor noise).  No text layer: the whole roadmap is on the page.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from data.build_format_samples import render_page, scan_page
from data.dev2.common import (
    A,
    Section,
    new_document,
    para,
    printed_date,
    set_cell,
    set_widths,
    soffice_convert,
    truth_of_sections,
    write_truth,
)

ORG = "МКОУ «Ключевская СОШ»"
YEAR = 2025
DPI = 300
SEED = 20250917
SIZE = 10

SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы",
        [
            A(
                "Приказ о внедрении наставничества, назначение куратора",
                "сентябрь",
                "Директор",
                None,
                ("m", 9),
                "dir",
            ),
            A(
                "Информирование педагогов на педсовете",
                "29.08.2025",
                "Директор Шевченко В.П.",
                "1.1",
                ("d", 29, 8, 2025),
                "dir",
            ),
            A("Информирование родителей на собраниях", "сентябрь", "Кл. руководители", "1.2", ("m", 9), "kl"),
            A("Классные часы для учащихся 5–11 кл.", "сентябрь", "Кл. руководители", "1.4", ("m", 9), "kl"),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            A(
                "Анкетирование учащихся и педагогов, согласия на обработку ПД",
                "сентябрь",
                "Куратор",
                "2.1",
                ("m", 9),
                "kur",
            ),
            A("Формирование базы наставляемых", "октябрь", "Куратор", "2.3", ("m", 10), "kur"),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            A("Анкетирование потенциальных наставников", "октябрь", "Куратор", "3.3", ("m", 10), "kur"),
            A(
                "Формирование базы наставников",
                "октябрь",
                "Куратор, зам. директора по УВР",
                "3.4",
                ("m", 10),
                "kur uvr",
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            A(
                "Собеседование с наставниками",
                "октябрь",
                "Зам. директора по УВР Мельникова Г.И.",
                "4.2",
                ("m", 10),
                "uvr",
            ),
            A(
                "Обучение наставников (семинар, вебинары ИРО)",
                "ноябрь",
                "Зам. директора по УВР",
                "4.4",
                ("m", 11),
                "uvr",
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар",
        [
            A("Общая встреча наставников и наставляемых", "ноябрь", "Куратор", "5.1", ("m", 11), "kur"),
            A("Закрепление пар приказом директора", "ноябрь", "Директор", "5.4", ("m", 11), "dir"),
        ],
    ),
    (
        6,
        "VI. Работа наставнических пар",
        [
            A("Организационная встреча в парах", "декабрь", "Наставники", "6.1", ("m", 12), "nas"),
            A(
                "Встречи наставников и наставляемых по индивидуальному плану",
                "декабрь – май",
                "Наставники",
                "6.4",
                ("r", 12, 5),
                "nas",
            ),
            A("Сбор обратной связи", "февраль", "Социальный педагог", "6.5", ("m", 2), "soc"),
            A("Итоговое анкетирование участников", "май", "Куратор", "6.8", ("m", 5), "kur"),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            A(
                "Праздник «Спасибо, наставник!», награждение лучших наставников",
                "май",
                "Директор, советник по воспитанию",
                "7.2",
                ("m", 5),
                "dir sov",
            ),
            A("Мониторинг реализации программы", "май", "Зам. директора по УВР", "7.3", ("m", 5), "uvr"),
            A("Размещение итогов на сайте школы", "июнь", "Ответственный за сайт", "7.6", ("m", 6), "oth"),
            A(
                "Отчёт о реализации программы в отдел образования",
                "до 10.06.2026",
                "Директор",
                None,
                ("dl", 10, 6, 2026),
                "dir",
            ),
            A(
                "Формирование базы наставников на новый учебный год",
                "август",
                "Куратор",
                "7.8",
                ("m", 8),
                "kur",
            ),
        ],
    ),
]


def build(folder: Path) -> int:
    doc = new_document(landscape=False, size=SIZE, margins_cm=1.5)
    para(doc, "Утверждаю\nДиректор МКОУ «Ключевская СОШ»\n________ В.П. Шевченко\n01.09.2025", align="r")
    para(doc, "")
    para(
        doc,
        f"Дорожная карта внедрения целевой модели наставничества\n{ORG} на 2025-2026 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    para(doc, "")
    headers = ["№", "Мероприятие", "Срок", "Ответственный"]
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    hdr = table.add_row()
    for i, h in enumerate(headers):
        set_cell(hdr.cells[i], h, bold=True, center=True)
    k = 0
    for _stage, head, items in SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        set_cell(merged, head, bold=True, italic=True)
        for item in items:
            k += 1
            cells = table.add_row().cells
            for i, val in enumerate([str(k), item.text, printed_date(item), item.resp]):
                set_cell(cells[i], val)
    set_widths(table, [0.9, 9.6, 2.8, 5.2])
    para(doc, "")
    para(doc, "Куратор программы наставничества ________ Т.А. Гусева")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dk_klyuchi.docx"
        pdf = Path(tmp) / "dk_klyuchi.pdf"
        doc.save(str(src))
        soffice_convert(src, "pdf", pdf)
        data = pdf.read_bytes()
    pdf_doc = pdfium.PdfDocument(data)
    try:
        n_pages = len(pdf_doc)
    finally:
        pdf_doc.close()
    assert n_pages == 1, f"the roadmap must fit one page, got {n_pages}"
    page = scan_page(render_page(data, 0, DPI), np.random.default_rng(SEED))
    page.save(str(folder / "scan_dorozhnaya_karta.png"), dpi=(DPI, DPI))
    activities = truth_of_sections(SECTIONS, YEAR)
    write_truth(folder, ORG, YEAR, activities)
    return len(activities)
