"""Build the holdout35 evaluation set: eight documents in data/holdout35/<name>/ (input + truth.json).

Run from /work/main: .venv/bin/python -m data.holdout35.build

Eight documents written from scratch the way other organizations would write them:

    a_armavir_preamble   DOCX  school, 2023/24: long preamble (goals, tasks, legal basis with dates
                               of orders), then a numbered table with full-width stage rows
    b_dou_merged_stage   DOCX  kindergarten, 2021/22: stage column merged down, result column
    c_college_2022       PDF   college, 2025/26, the 2022 model for pedagogical workers: stage-grouped
                               cells with numbered sub-items and line-aligned dates (LibreOffice print)
    d_gymnasium_flat     PDF   gymnasium, 2019/20: numbered rows without stage headings (reportlab)
    e_klyuchi_xlsx       XLSX  rural school, 2024/25: Roman stage rows merged across, three real date cells
    f_mentor_plan_photo  JPEG  look-alike: a mentor's plan of work with a young teacher (not a roadmap)
    g_novoselovo_scan    PNG   basic school, 2022/23: one page, numbered rows with stage rows, scanned
    h_cdt_kstovo_doc     DOC   centre of additional education, 2026/27: no table, stage headings and
                               numbered paragraphs «N. Мероприятие – срок – ответственный»

Every printed row carries its hand label next to its text (``R`` and ``expand`` from
data.holdout.build), so the input and its truth come from one place.  A row whose note is
"annual" is an «Ежегодно, до …» deadline: its recurrence is set to "annual" by hand.
Random noise of the scan and the photo has fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import ImageFont
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle as RLStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from data.build_format_samples import photo_of, render_page, scan_page
from data.holdout.build import (
    BodyItem,
    HeadPara,
    R,
    Row,
    Section,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _text,
    _widths,
    truth_row,
    write_docx_table,
    write_truth,
)

HERE = Path(__file__).resolve().parent
LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
SCAN_SEED = 35_0701
PHOTO_SEED = 35_0702


# --------------------------------------------------------------------------- shared helpers


def _truth(row: Row, stage_id: int | None, y: int) -> TruthActivity:
    """truth_row, plus the annual recurrence of an «Ежегодно, до …» deadline."""
    act = truth_row(row, stage_id, y)
    if row["note"] == "annual":
        act["recurrence"] = "annual"
    return act


def _finish(
    folder: Path,
    org: str,
    y: int | None,
    acts: list[TruthActivity],
    status: str = "ok",
    model: str = "target_model_2019",
) -> None:
    """write_truth, then the document fields that differ from its defaults."""
    write_truth(folder, org, y if y is not None else 0, acts)
    path = folder / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["status"] = status
    truth["document"]["model"] = model
    truth["document"]["academic_year_start"] = y
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _fresh(name: str) -> Path:
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _restyle(path: Path, font: str, size: float) -> None:
    """Set the Normal style's font of a saved DOCX."""
    doc = Document(str(path))
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = font
    st.font.size = Pt(size)
    doc.save(str(path))


def _stable_zip(path: Path, when: dt.datetime) -> None:
    """Rewrite an Office zip with fixed entry times and a fixed «modified» stamp, so rebuilds match."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rf"\g<1>{stamp}\g<2>",
                    data.decode("utf-8"),
                )
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(entry, data)


def _docx_meta(path: Path, author: str, when: dt.datetime) -> None:
    """Author and dates of a saved DOCX as a school's Word would leave them; then a stable zip."""
    doc = Document(str(path))
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.created = when
    props.modified = when
    props.revision = 3
    doc.save(str(path))
    _stable_zip(path, when)


def _soffice_convert(src: Path, target: str, out: Path) -> None:
    """LibreOffice conversion with a profile of its own (target: "doc", "odt", ...)."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp_p / 'profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_p),
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        shutil.copyfile(tmp_p / f"{src.stem}.{target}", out)


def _page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _wrapped_lines(text: str, width_cm: float, size_pt: float, font_file: Path) -> int:
    """Lines a greedy word wrap needs for text in a cell of width_cm (cell margins taken off)."""
    font = ImageFont.truetype(str(font_file), 100)
    limit_pt = (width_cm - 0.45) / 2.54 * 72
    lines, current = 1, ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.getlength(trial) * size_pt / 100 <= limit_pt:
            current = trial
        else:
            lines += 1
            current = word
    return lines


# =========================================================================== A: DOCX with preamble
# МБОУ «СОШ № 9» г. Армавира, 2023/2024. A page of preamble (legal basis with order dates, goal,
# tasks, expected results) before a numbered 4-column table with full-width stage rows.

A_ORG = "МБОУ «СОШ № 9» г. Армавира"
A_YEAR = 2023
A_SECTIONS: list[Section] = [
    (
        1,
        "1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Издание приказа «Об организации наставничества в 2023/2024 учебном году»",
                "до 5 сентября",
                "Директор",
                None,
                ("dl", 5, 9),
                ["director"],
            ),
            R(
                "Актуализация Положения о наставничестве, размещение его на сайте школы",
                "сентябрь",
                "Зам. директора по УВР",
                None,
                ("m", 9),
                ["deputy_director_academic"],
            ),
            R(
                "Педагогический совет: знакомство коллег с целями, этапами и формами программы "
                "наставничества",
                "30.08.2023",
                "Директор, куратор программы",
                "1.1",
                ("d", 30, 8, 2023),
                ["director", "program_curator"],
            ),
            R(
                "Классные и общешкольное родительские собрания с рассказом о наставничестве в школе",
                "сентябрь – октябрь",
                "Классные руководители",
                "1.2",
                ("r", 9, 10),
                ["class_teacher"],
            ),
            R(
                "Классные часы «Наставник рядом» для учащихся 5–11 классов",
                "октябрь",
                "Классные руководители, советник директора по воспитанию",
                "1.4",
                ("m", 10),
                ["class_teacher", "senior_counselor"],
            ),
            R(
                "Встреча с выпускниками школы и преподавателями Армавирского механико-технологического "
                "техникума о совместной наставнической работе",
                "ноябрь",
                "ЗДВР",
                "1.3",
                ("m", 11),
                ["deputy_director_upbringing"],
            ),
        ],
    ),
    (
        2,
        "2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся и молодых учителей, которым нужна поддержка наставника; "
                "получение согласий на обработку персональных данных",
                "сентябрь – октябрь",
                "Педагог-психолог",
                "2.1",
                ("r", 9, 10),
                ["psychologist"],
            ),
            R(
                "Сбор сведений о потребностях наставляемых у классных руководителей, социального "
                "педагога и родителей; согласия законных представителей",
                "октябрь",
                "Классные руководители, социальный педагог",
                "2.2",
                ("m", 10),
                ["class_teacher", "social_pedagogue"],
            ),
            R(
                "Обработка анкет, составление перечня наставляемых",
                "до 20 октября",
                "Куратор программы",
                "2.3",
                ("dl", 20, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества на учебный год («ученик – ученик», «учитель – учитель», "
                "«учитель – ученик»)",
                "сентябрь",
                "Рабочая группа",
                "3.1",
                ("m", 9),
                ["other"],
            ),
            R(
                "Анкетирование педагогов и старшеклассников, готовых стать наставниками, оформление согласий",
                "октябрь",
                "Куратор программы",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Сопоставление анкет наставников и наставляемых, утверждение базы наставников",
                "ноябрь",
                "Куратор программы, педагог-психолог",
                "3.4",
                ("m", 11),
                ["program_curator", "psychologist"],
            ),
        ],
    ),
    (
        4,
        "4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с кандидатами в наставники с участием педагога-психолога",
                "ноябрь",
                "Зам. директора по УВР, педагог-психолог",
                "4.2",
                ("m", 11),
                ["deputy_director_academic", "psychologist"],
            ),
            R(
                "Подбор методических материалов и приглашённых специалистов для «Школы наставника»",
                "ноябрь",
                "Методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Занятия «Школы наставника» (цикл из четырёх встреч)",
                "декабрь – февраль",
                "Куратор программы",
                "4.4",
                ("r", 12, 2),
                ["program_curator"],
            ),
        ],
    ),
    (
        5,
        "5. Формирование наставнических пар и групп",
        [
            R(
                "Общий сбор наставников и наставляемых, игра-знакомство «Давайте знакомиться»",
                "декабрь",
                "Куратор программы, советник директора по воспитанию",
                "5.1",
                ("m", 12),
                ["program_curator", "senior_counselor"],
            ),
            R(
                "Закрепление наставнических пар приказом директора, доведение состава пар до участников",
                "до 25 декабря",
                "Директор",
                "5.4",
                ("dl", 25, 12),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "6. Организация работы наставнических пар и групп",
        [
            R(
                "Первая (организационная) встреча наставника с наставляемым",
                "январь",
                "Наставники",
                "6.1",
                ("m", 1),
                ["mentors"],
            ),
            R(
                "Встречи пар по согласованному графику",
                "январь – май",
                "Наставники",
                "6.4",
                ("r", 1, 5),
                ["mentors"],
            ),
            R(
                "Промежуточный сбор отзывов наставников и наставляемых",
                "март",
                "Куратор программы",
                "6.5",
                ("m", 3),
                ["program_curator"],
            ),
            R(
                "Анкетирование участников: удовлетворённость участием в программе",
                "апрель",
                "Педагог-психолог",
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
            R(
                "Фестиваль наставнических практик «Вместе – к успеху»: итоги года, чествование лучших "
                "наставников",
                "май",
                "Директор, ЗДВР",
                "7.2",
                ("m", 5),
                ["director", "deputy_director_upbringing"],
            ),
            R(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Размещение итогов программы и лучших кейсов на сайте школы и в группе школы ВКонтакте",
                "июнь",
                "Ответственный за ведение сайта",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Отчёт куратора о реализации программы на итоговом педагогическом совете",
                "июнь",
                "Куратор программы",
                None,
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]

A_PREAMBLE: list[HeadPara] = [
    ("УТВЕРЖДАЮ", False, "r"),
    ("Директор МБОУ «СОШ № 9» г. Армавира", False, "r"),
    ("____________ О.В. Гречко", False, "r"),
    ("Приказ № 312-о от 31.08.2023", False, "r"),
    ("", False, None),
    ("Дорожная карта", True, "c"),
    ("реализации целевой модели наставничества", True, "c"),
    ("в МБОУ «СОШ № 9» г. Армавира на 2023/2024 учебный год", True, "c"),
    ("", False, None),
    ("1. Общие положения", True, None),
    (
        "Дорожная карта составлена на основании следующих документов: Федеральный закон от 29.12.2012 "
        "№ 273-ФЗ «Об образовании в Российской Федерации»; распоряжение Министерства просвещения "
        "Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) "
        "наставничества обучающихся…»; приказ министерства образования, науки и молодёжной политики "
        "Краснодарского края от 12.03.2020 № 697 «О внедрении целевой модели наставничества»; "
        "Положение о наставничестве в МБОУ «СОШ № 9», утверждённое приказом от 30.08.2021 № 198-о.",
        False,
        None,
    ),
    (
        "Срок действия дорожной карты: сентябрь 2023 г. – июнь 2024 г. Ход выполнения рассматривается "
        "на совещаниях при директоре не реже одного раза в четверть.",
        False,
        None,
    ),
    ("2. Цель", True, None),
    (
        "Раскрытие личностного, творческого и профессионального потенциала каждого учащегося и "
        "молодого педагога через систему взаимодействия с наставником, поддержка "
        "самоопределения и профессиональной ориентации школьников.",
        False,
        None,
    ),
    ("3. Задачи", True, None),
    ("– создать в школе условия для работы наставнических пар и групп;", False, None),
    ("– выявить учащихся и педагогов, которым необходима поддержка наставника;", False, None),
    ("– подготовить наставников из числа учителей, старшеклассников и выпускников;", False, None),
    ("– вовлечь в наставническую деятельность родителей и социальных партнёров;", False, None),
    ("– вести мониторинг и оценивать результаты программы, распространять лучший опыт.", False, None),
    ("4. Ожидаемые результаты", True, None),
    (
        "Не менее 20 % учащихся 5–11 классов и все педагоги со стажем до трёх лет вовлечены в "
        "программу; сформированы базы наставников и наставляемых; лучшие практики описаны и "
        "опубликованы на сайте школы.",
        False,
        None,
    ),
    ("", False, None),
    ("5. План мероприятий", True, "c"),
]


def build_a() -> tuple[int, str]:
    folder = _fresh("a_armavir_preamble")
    body: list[BodyItem] = []
    acts: list[TruthActivity] = []
    for stage_id, heading, rows in A_SECTIONS:
        body.append(("section", heading))
        for k, row in enumerate(rows, 1):
            body.append(("row", [f"{stage_id}.{k}", row["text"], _text(row["date"]), _text(row["resp"])]))
            acts.append(_truth(row, stage_id, A_YEAR))
    write_docx_table(
        folder / "roadmap.docx",
        A_PREAMBLE,
        ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
        body,
        [1.3, 9.6, 3.2, 3.9],
        tail_paras=[
            ("", False, None),
            ("Куратор программы наставничества ____________ Н.С. Маркарян", False, None),
        ],
    )
    _docx_meta(folder / "roadmap.docx", "Маркарян Н.С.", dt.datetime(2023, 8, 31, 14, 20))
    _finish(folder, A_ORG, A_YEAR, acts)
    return len(acts), "docx"


# =========================================================================== B: stage column merged down
# МБДОУ «Детский сад № 12 «Колокольчик»» г. Новочебоксарска, 2021/2022. The stage cell is merged
# down over its rows; a «Результат» column; the kindergarten's roles (заведующий, старший воспитатель).

B_ORG = "МБДОУ «Детский сад № 12 «Колокольчик»» г. Новочебоксарска"
B_YEAR = 2021
# (stage id, printed stage cell, [(row, result)])
B_STAGES: list[tuple[int, str, list[tuple[Row, str]]]] = [
    (
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            (
                R(
                    "Приказ заведующего о внедрении целевой модели наставничества в ДОУ",
                    "август 2021 г.",
                    "Заведующий",
                    None,
                    ("m", 8, 2021),
                    ["director"],
                ),
                "Приказ",
            ),
            (
                R(
                    "Назначение куратора наставничества",
                    "август 2021 г.",
                    "Заведующий",
                    None,
                    ("m", 8, 2021),
                    ["director"],
                ),
                "Приказ о назначении",
            ),
            (
                R(
                    "Разработка программы наставничества МБДОУ",
                    "сентябрь",
                    "Рабочая группа",
                    None,
                    ("m", 9),
                    ["other"],
                ),
                "Программа наставничества",
            ),
            (
                R(
                    "Информирование педагогического коллектива на установочном педагогическом совете",
                    "31.08.2021",
                    "Заведующий, старший воспитатель",
                    "1.1",
                    ("d", 31, 8, 2021),
                    ["director", "other"],
                ),
                "Протокол педсовета",
            ),
            (
                R(
                    "Размещение сведений о наставничестве для родителей в групповых уголках и на сайте "
                    "детского сада",
                    "сентябрь",
                    "Воспитатели групп",
                    "1.2",
                    ("m", 9),
                    ["teachers"],
                ),
                "Памятки, публикация на сайте",
            ),
        ],
    ),
    (
        2,
        "Формирование базы наставляемых",
        [
            (
                R(
                    "Анкетирование молодых и вновь принятых педагогов о профессиональных затруднениях, "
                    "согласия на обработку персональных данных",
                    "сентябрь",
                    "Старший воспитатель",
                    "2.1",
                    ("m", 9),
                    ["other"],
                ),
                "Анкеты, согласия",
            ),
            (
                R(
                    "Формирование базы наставляемых",
                    "до 1 октября",
                    "Куратор",
                    "2.3",
                    ("dl", 1, 10),
                    ["program_curator"],
                ),
                "База наставляемых",
            ),
        ],
    ),
    (
        3,
        "Формирование базы наставников",
        [
            (
                R(
                    "Выбор форм наставничества («педагог – педагог», «опытный воспитатель – молодой "
                    "специалист»)",
                    "сентябрь",
                    "Куратор",
                    "3.1",
                    ("m", 9),
                    ["program_curator"],
                ),
                "Перечень форм",
            ),
            (
                R(
                    "Анкетирование опытных педагогов, желающих стать наставниками",
                    "сентябрь",
                    "Старший воспитатель",
                    "3.3",
                    ("m", 9),
                    ["other"],
                ),
                "Анкеты",
            ),
            (
                R(
                    "Формирование базы наставников",
                    "октябрь",
                    "Куратор",
                    "3.4",
                    ("m", 10),
                    ["program_curator"],
                ),
                "База наставников",
            ),
        ],
    ),
    (
        4,
        "Отбор и обучение наставников",
        [
            (
                R(
                    "Беседы с кандидатами в наставники",
                    "октябрь",
                    "Заведующий, педагог-психолог",
                    "4.2",
                    ("m", 10),
                    ["director", "psychologist"],
                ),
                "Список наставников",
            ),
            (
                R(
                    "Участие наставников в вебинарах и курсах повышения квалификации по наставничеству",
                    "в течение года",
                    "Старший воспитатель",
                    "4.4",
                    ("c",),
                    ["other"],
                ),
                "Сертификаты, удостоверения",
            ),
        ],
    ),
    (
        5,
        "Формирование наставнических пар (групп)",
        [
            (
                R(
                    "Установочная встреча наставников и наставляемых",
                    "октябрь",
                    "Куратор",
                    "5.1",
                    ("m", 10),
                    ["program_curator"],
                ),
                "Лист регистрации",
            ),
            (
                R(
                    "Утверждение наставнических пар приказом заведующего",
                    "октябрь",
                    "Заведующий",
                    "5.4",
                    ("m", 10),
                    ["director"],
                ),
                "Приказ",
            ),
        ],
    ),
    (
        6,
        "Организация работы наставнических пар (групп)",
        [
            (
                R(
                    "Составление индивидуальных планов развития наставляемых",
                    "ноябрь",
                    "Наставники, наставляемые",
                    "6.3",
                    ("m", 11),
                    ["mentors", "other"],
                ),
                "Индивидуальные планы",
            ),
            (
                R(
                    "Открытые просмотры образовательной деятельности, взаимопосещения, консультации в парах",
                    "ноябрь – апрель",
                    "Наставники",
                    "6.4",
                    ("r", 11, 4),
                    ["mentors"],
                ),
                "Журнал наставника",
            ),
            (
                R(
                    "Сбор обратной связи от участников (опрос)",
                    "январь",
                    "Куратор",
                    "6.5",
                    ("m", 1),
                    ["program_curator"],
                ),
                "Результаты опроса",
            ),
            (
                R(
                    "Анкетирование на удовлетворённость участием в программе наставничества",
                    "апрель",
                    "Старший воспитатель",
                    "6.8",
                    ("m", 4),
                    ["other"],
                ),
                "Аналитическая справка",
            ),
        ],
    ),
    (
        7,
        "Завершение наставничества",
        [
            (
                R(
                    "Итоговый педагогический совет: подведение итогов, награждение наставников "
                    "почётными грамотами",
                    "май",
                    "Заведующий",
                    "7.2",
                    ("m", 5),
                    ["director"],
                ),
                "Протокол, грамоты",
            ),
            (
                R(
                    "Мониторинг качества реализации программы",
                    "май",
                    "Куратор",
                    "7.3",
                    ("m", 5),
                    ["program_curator"],
                ),
                "Справка",
            ),
            (
                R(
                    "Оформление лучших практик наставничества в методическую копилку (кейсы)",
                    "май – июнь",
                    "Наставники, старший воспитатель",
                    "7.5",
                    ("r", 5, 6),
                    ["mentors", "other"],
                ),
                "Кейсы",
            ),
            (
                R(
                    "Публикация итогов на сайте ДОУ",
                    "июнь",
                    "Ответственный за сайт",
                    "7.6",
                    ("m", 6),
                    ["other"],
                ),
                "Публикация",
            ),
            (
                R(
                    "Внесение сведений об итогах года в базы наставников и наставляемых",
                    "июнь",
                    "Куратор",
                    "7.7",
                    ("m", 6),
                    ["program_curator"],
                ),
                "Обновлённые базы",
            ),
        ],
    ),
]


def build_b() -> tuple[int, str]:
    folder = _fresh("b_dou_merged_stage")
    doc = _new_document(landscape=True)
    _para(doc, "Согласовано на педагогическом совете, протокол № 1 от 31.08.2021", align="r")
    _para(doc, "Утверждено приказом заведующего от 01.09.2021 № 87-од", align="r")
    _para(doc, "")
    _para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c")
    _para(doc, "по внедрению целевой модели наставничества", bold=True, align="c")
    _para(doc, f"в {B_ORG} на 2021-2022 учебный год", bold=True, align="c")
    headers = ["Этап", "№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"]
    n_rows = 1 + sum(len(rows) for _, _, rows in B_STAGES)
    table = doc.add_table(rows=n_rows, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        _set_cell(table.cell(0, i), h, bold=True)
    acts: list[TruthActivity] = []
    r, n = 1, 0
    for stage_id, stage, rows in B_STAGES:
        top = r
        for row, result in rows:
            n += 1
            for col, val in enumerate([f"{n}.", row["text"], _text(row["date"]), _text(row["resp"]), result]):
                _set_cell(table.cell(r, col + 1), val)
            acts.append(_truth(row, stage_id, B_YEAR))
            r += 1
        merged = table.cell(top, 0).merge(table.cell(r - 1, 0))
        _set_cell(merged, stage, bold=True)
    _widths(table, [4.2, 1.2, 9.0, 3.2, 4.3, 4.6])
    _para(doc, "")
    _para(doc, "Старший воспитатель ______________ Е.Н. Павлова")
    doc.save(str(folder / "roadmap.docx"))
    _docx_meta(folder / "roadmap.docx", "Павлова Е.Н.", dt.datetime(2021, 9, 1, 10, 5))
    _finish(folder, B_ORG, B_YEAR, acts)
    return len(acts), "docx"


# =========================================================================== C: 2022 model, PDF
# ГБПОУ «Лысьвенский политехнический колледж», 2025/2026: the system of mentoring of pedagogical
# workers. One table row per stage; the content cell holds sub-items «1) …», the dates cell one line per
# sub-item padded with blank lines to stay level; one responsible cell per stage. Printed by LibreOffice.

C_ORG = "ГБПОУ «Лысьвенский политехнический колледж»"
C_YEAR = 2025
# (2022 stage id, printed stage name, sub-item rows, responsible, roles)
C_STAGES: list[tuple[int, str, list[Row], str, list[str]]] = [
    (
        1,
        "Подготовка условий для реализации системы наставничества",
        [
            R(
                "издание приказа об утверждении Положения о системе наставничества педагогических "
                "работников колледжа",
                "до 1 сентября 2025 г.",
                None,
                None,
                ("dl", 1, 9, 2025),
                None,
            ),
            R(
                "издание приказа о закреплении наставнических пар/групп с письменного согласия их участников",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
                note="annual",
            ),
            R(
                "утверждение персонализированных программ наставничества",
                "Ежегодно, до 15 октября",
                None,
                None,
                ("dl", 15, 10),
                None,
                note="annual",
            ),
            R(
                "информирование педагогического коллектива о системе наставничества на заседании "
                "педагогического совета",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
        ],
        "Директор, заместитель директора по УМР",
        ["director", "deputy_director"],
    ),
    (
        2,
        "Формирование банка наставляемых",
        [
            R(
                "сбор сведений о профессиональных затруднениях и запросах молодых преподавателей и "
                "мастеров производственного обучения",
                "Ежегодно, до 15 сентября",
                None,
                None,
                ("dl", 15, 9),
                None,
                note="annual",
            ),
            R(
                "формирование банка данных наставляемых",
                "Ежегодно, до 1 октября",
                None,
                None,
                ("dl", 1, 10),
                None,
                note="annual",
            ),
        ],
        "Методист, председатели ПЦК",
        ["methodologist", "head_of_methodical_association"],
    ),
    (
        3,
        "Формирование банка наставников",
        [
            R(
                "анкетирование педагогов, готовых осуществлять наставническую деятельность",
                "сентябрь",
                None,
                None,
                ("m", 9),
                None,
            ),
            R(
                "формирование банка данных наставников",
                "до 20 сентября",
                None,
                None,
                ("dl", 20, 9),
                None,
            ),
        ],
        "Методист",
        ["methodologist"],
    ),
    (
        4,
        "Отбор и обучение",
        [
            R(
                "подбор наставников для персонализированных программ с учётом запросов наставляемых",
                "сентябрь – октябрь",
                None,
                None,
                ("r", 9, 10),
                None,
            ),
            R(
                "обучение наставников: методические семинары, консультации, обмен опытом",
                "в течение учебного года",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "направление наставников на курсы повышения квалификации",
                "по мере необходимости",
                None,
                None,
                ("u",),
                None,
            ),
        ],
        "Заместитель директора по УМР, методист",
        ["deputy_director", "methodologist"],
    ),
    (
        5,
        "Организация и осуществление работы наставнических пар/групп",
        [
            R(
                "реализация персонализированных программ наставничества",
                "октябрь 2025 г. – июнь 2026 г.",
                None,
                None,
                ("r", 10, 6, 2025, 2026),
                None,
            ),
            R(
                "открытые занятия и взаимопосещение учебных занятий в наставнических парах",
                "по графику",
                None,
                None,
                ("u",),
                None,
            ),
            R(
                "промежуточная оценка хода реализации программ (отчёты наставников)",
                "январь",
                None,
                None,
                ("m", 1),
                None,
            ),
            R(
                "мониторинг удовлетворённости участников работой в парах",
                "апрель",
                None,
                None,
                ("m", 4),
                None,
            ),
        ],
        "Наставники, председатели ПЦК",
        ["mentors", "head_of_methodical_association"],
    ),
    (
        6,
        "Завершение персонализированных программ наставничества",
        [
            R(
                "отчёты наставников и наставляемых о выполнении персонализированных программ",
                "до 10 июня",
                None,
                None,
                ("dl", 10, 6),
                None,
            ),
            R(
                "подведение итогов работы наставников на педагогическом совете",
                "июнь",
                None,
                None,
                ("m", 6),
                None,
            ),
            R(
                "поощрение лучших наставников (благодарности, представление к наградам)",
                "июнь",
                None,
                None,
                ("m", 6),
                None,
            ),
        ],
        "Директор, заместитель директора по УМР",
        ["director", "deputy_director"],
    ),
    (
        7,
        "Информационная поддержка системы наставничества",
        [
            R(
                "ведение раздела «Наставничество» на официальном сайте колледжа",
                "постоянно",
                None,
                None,
                ("c",),
                None,
            ),
            R(
                "участие в региональном конкурсе «Наставник года»",
                "по плану Министерства",
                None,
                None,
                ("u",),
                None,
            ),
            R(
                "публикация материалов о лучших наставниках в сообществе колледжа ВКонтакте",
                "в течение года",
                None,
                None,
                ("c",),
                None,
            ),
        ],
        "Методист, ответственный за сайт",
        ["methodologist", "other"],
    ),
]


def build_c() -> tuple[int, str]:
    folder = _fresh("c_college_2022")
    font_file = LIBERATION / "LiberationSerif-Regular.ttf"
    size = 11.0
    widths = [1.1, 4.2, 10.8, 5.6, 5.0]
    doc = _new_document(landscape=True)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Liberation Serif"
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.0
    _para(doc, "УТВЕРЖДЕНО", align="r")
    _para(doc, "приказом директора", align="r")
    _para(doc, "от 28.08.2025 № 214-од", align="r")
    _para(doc, "")
    _para(
        doc,
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества "
        f"педагогических работников в {C_ORG} на 2025-2026 учебный год",
        bold=True,
        align="c",
    )
    _para(doc, "")
    headers = ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]
    table = doc.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(headers):
        _set_cell(hdr.cells[i], h, bold=True)
    acts: list[TruthActivity] = []
    for stage_id, stage, rows, resp, roles in C_STAGES:
        content: list[str] = []
        dates: list[str] = []
        for k, row in enumerate(rows, 1):
            line = f"{k}) {row['text']}"
            content.append(line)
            date = _text(row["date"])
            assert _wrapped_lines(date, widths[3], size, font_file) == 1, date
            dates.append(date)
            dates += [""] * (_wrapped_lines(line, widths[2], size, font_file) - 1)
            row["roles"] = roles
            acts.append(_truth(row, stage_id, C_YEAR))
        cells = table.add_row().cells
        _set_cell(cells[0], f"{stage_id}.")
        _set_cell(cells[1], stage)
        _set_cell(cells[2], "\n".join(content))
        _set_cell(cells[3], "\n".join(dates))
        _set_cell(cells[4], resp)
    _widths(table, widths)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, folder / "roadmap.pdf")
    _finish(folder, C_ORG, C_YEAR, acts, model="teachers_2022")
    pages = _page_count((folder / "roadmap.pdf").read_bytes())
    return len(acts), f"pdf, {pages} p."


# =========================================================================== D: flat rows, reportlab
# МБОУ «Гимназия № 2» г. Салехарда, 2019/2020 (a roadmap approved in January 2020). Numbered rows,
# no stage headings; months of the autumn carry their year (2020), the spring months are bare.

D_ORG = "МБОУ «Гимназия № 2» г. Салехарда"
D_YEAR = 2019
# (stage id of the row's topic, row)
D_ROWS: list[tuple[int, Row]] = [
    (
        1,
        R(
            "Издание приказа о внедрении целевой модели наставничества и утверждении дорожной карты",
            "январь 2020 г.",
            "Директор гимназии",
            None,
            ("m", 1, 2020),
            ["director"],
        ),
    ),
    (
        1,
        R(
            "Разработка и утверждение Положения о программе наставничества гимназии",
            "до 31 января",
            "Рабочая группа",
            None,
            ("dl", 31, 1),
            ["other"],
        ),
    ),
    (
        1,
        R(
            "Ознакомление педагогов с методологией целевой модели наставничества на совещании при директоре",
            "февраль",
            "Зам. директора по УВР Белова С.П.",
            "1.1",
            ("m", 2),
            ["deputy_director_academic"],
        ),
    ),
    (
        1,
        R(
            "Информирование родителей о программе через родительские собрания и электронный дневник",
            "февраль – март",
            "Классные руководители",
            "1.2",
            ("r", 2, 3),
            ["class_teacher"],
        ),
    ),
    (
        1,
        R(
            "Информационные классные часы о наставничестве для учащихся 7–11 классов",
            "февраль",
            "Классные руководители",
            "1.4",
            ("m", 2),
            ["class_teacher"],
        ),
    ),
    (
        1,
        R(
            "Встреча с выпускниками гимназии – студентами и молодыми специалистами предприятий города",
            "март",
            "Зам. директора по ВР",
            "1.3",
            ("m", 3),
            ["deputy_director_upbringing"],
        ),
    ),
    (
        2,
        R(
            "Анкетирование учащихся, желающих участвовать в программе наставничества",
            "март",
            "Педагог-психолог",
            "2.1",
            ("m", 3),
            ["psychologist"],
        ),
    ),
    (
        2,
        R(
            "Сбор согласий родителей (законных представителей) на обработку персональных данных "
            "несовершеннолетних",
            "март",
            "Классные руководители",
            "2.2",
            ("m", 3),
            ["class_teacher"],
        ),
    ),
    (
        2,
        R(
            "Формирование базы наставляемых",
            "до 10 апреля",
            "Куратор Лыкова Е.А.",
            "2.3",
            ("dl", 10, 4),
            ["program_curator"],
        ),
    ),
    (
        3,
        R(
            "Выбор форм наставничества, которые будут реализованы в гимназии",
            "март",
            "Рабочая группа",
            "3.1",
            ("m", 3),
            ["other"],
        ),
    ),
    (
        3,
        R(
            "Анкетирование педагогов, старшеклассников и выпускников – потенциальных наставников",
            "апрель",
            "Куратор Лыкова Е.А.",
            "3.3",
            ("m", 4),
            ["program_curator"],
        ),
    ),
    (
        3,
        R(
            "Формирование базы наставников",
            "апрель",
            "Куратор Лыкова Е.А.",
            "3.4",
            ("m", 4),
            ["program_curator"],
        ),
    ),
    (
        4,
        R(
            "Обучение наставников по дистанционной программе «Школа наставника»",
            "апрель – май",
            "Куратор, педагог-психолог",
            "4.4",
            ("r", 4, 5),
            ["program_curator", "psychologist"],
        ),
    ),
    (
        5,
        R(
            "Групповая встреча наставников и наставляемых",
            "май",
            "Куратор",
            "5.1",
            ("m", 5),
            ["program_curator"],
        ),
    ),
    (
        5,
        R(
            "Закрепление наставнических пар (групп) приказом директора",
            "май",
            "Директор гимназии",
            "5.4",
            ("m", 5),
            ["director"],
        ),
    ),
    (
        6,
        R(
            "Первая встреча в наставнических парах",
            "сентябрь 2020 г.",
            "Наставники",
            "6.1",
            ("m", 9, 2020),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Регулярные встречи наставников с наставляемыми",
            "сентябрь 2020 г. – май 2021 г.",
            "Наставники",
            "6.4",
            ("r", 9, 5, 2020, 2021),
            ["mentors"],
        ),
    ),
    (
        6,
        R(
            "Мониторинг удовлетворённости участников программой наставничества",
            "декабрь 2020 г.",
            "Педагог-психолог",
            "6.8",
            ("m", 12, 2020),
            ["psychologist"],
        ),
    ),
    (
        7,
        R(
            "Итоговое мероприятие «Наставничество: шаг навстречу», награждение лучших наставников",
            "май 2021 г.",
            "Директор гимназии, зам. директора по ВР",
            "7.2",
            ("m", 5, 2021),
            ["director", "deputy_director_upbringing"],
        ),
    ),
    (
        7,
        R(
            "Публикация результатов программы на сайте гимназии",
            "в течение года",
            "Администратор сайта",
            "7.6",
            ("c",),
            ["other"],
        ),
    ),
    (
        7,
        R(
            "Отчёт о реализации программы наставничества в управление образования",
            "ежегодно",
            "Куратор",
            None,
            ("a",),
            ["program_curator"],
        ),
    ),
]


def _register_liberation() -> None:
    for face in ("LiberationSerif-Regular", "LiberationSerif-Bold"):
        pdfmetrics.registerFont(TTFont(face, str(LIBERATION / f"{face}.ttf")))


def build_d() -> tuple[int, str]:
    folder = _fresh("d_gymnasium_flat")
    _register_liberation()
    body = RLStyle("body", fontName="LiberationSerif-Regular", fontSize=10.5, leading=12.5)
    bold = RLStyle("bold", parent=body, fontName="LiberationSerif-Bold")
    title = RLStyle("title", parent=bold, fontSize=12.5, leading=15, alignment=TA_CENTER)
    right = RLStyle("right", parent=body, alignment=TA_RIGHT)
    story: list[object] = [
        RLParagraph("УТВЕРЖДЕНО", right),
        RLParagraph("приказом директора МБОУ «Гимназия № 2»", right),
        RLParagraph("от 20.01.2020 № 14-о", right),
        Spacer(1, 0.5 * cm),
        RLParagraph("План мероприятий (дорожная карта)", title),
        RLParagraph(
            "по внедрению методологии (целевой модели) наставничества обучающихся "
            f"в {D_ORG} на 2019 – 2020 учебный год",
            title,
        ),
        Spacer(1, 0.4 * cm),
        RLParagraph(
            "Цель: создание в гимназии условий для формирования эффективной системы поддержки, "
            "самоопределения и профессиональной ориентации учащихся в возрасте от 10 лет через "
            "вовлечение их в программу наставничества.",
            body,
        ),
        Spacer(1, 0.2 * cm),
        RLParagraph(
            "Задачи: разработать нормативную базу программы наставничества; подготовить наставников "
            "из числа педагогов, учащихся старших классов и выпускников; сформировать наставнические "
            "пары и группы и организовать их работу; оценить результаты программы и распространить "
            "лучший опыт.",
            body,
        ),
        Spacer(1, 0.2 * cm),
        RLParagraph(
            "Ожидаемые результаты: к маю 2021 года в программу вовлечено не менее 15 % учащихся "
            "7–11 классов; действуют базы наставников и наставляемых; итоги программы опубликованы.",
            body,
        ),
        Spacer(1, 0.4 * cm),
    ]
    data: list[list[object]] = [
        [RLParagraph(h, bold) for h in ("№", "Мероприятие", "Сроки", "Ответственные")]
    ]
    acts: list[TruthActivity] = []
    for n, (stage_id, row) in enumerate(D_ROWS, 1):
        data.append(
            [
                RLParagraph(f"{n}.", body),
                RLParagraph(row["text"], body),
                RLParagraph(_text(row["date"]), body),
                RLParagraph(_text(row["resp"]), body),
            ]
        )
        acts.append(_truth(row, stage_id, D_YEAR))
    table = Table(data, colWidths=[1.0 * cm, 9.2 * cm, 3.6 * cm, 4.2 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 0.6 * cm),
        RLParagraph("Куратор программы наставничества ____________ Е.А. Лыкова", body),
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=1.8 * cm,
        rightMargin=1.2 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        title="Дорожная карта наставничества",
        author="МБОУ Гимназия № 2",
        invariant=1,
    )
    doc.build(story)
    (folder / "roadmap.pdf").write_bytes(buf.getvalue())
    _finish(folder, D_ORG, D_YEAR, acts)
    return len(acts), f"pdf, {_page_count(buf.getvalue())} p."


# =========================================================================== E: XLSX
# МКОУ «Ключевская СОШ», 2024/2025. Title merged over the columns, Roman stage rows merged across,
# three date cells that are real Excel dates, a last column «Отметка о выполнении» left empty.

E_ORG = "МКОУ «Ключевская СОШ»"
E_YEAR = 2024
E_SECTIONS: list[Section] = [
    (
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Корректировка дорожной карты и плана работы по наставничеству на 2024/2025 уч. год",
                dt.datetime(2024, 8, 30),
                "Куратор ЦМН",
                None,
                ("d", 30, 8, 2024),
                ["program_curator"],
            ),
            R(
                "Приказ о назначении куратора целевой модели наставничества",
                "до 01.09.2024",
                "Директор",
                None,
                ("dl", 1, 9, 2024),
                ["director"],
            ),
            R(
                "Педагогический совет «Наставничество в школе: итоги и перспективы»",
                dt.datetime(2024, 8, 30),
                "Директор",
                "1.1",
                ("d", 30, 8, 2024),
                ["director"],
            ),
            R(
                "Общешкольное родительское собрание: знакомство родителей с программой наставничества",
                "сентябрь",
                "Зам. директора по ВР",
                "1.2",
                ("m", 9),
                ["deputy_director_upbringing"],
            ),
            R(
                "Единый классный час «Кто такой наставник?»",
                "сентябрь",
                "Советник директора по воспитанию, классные руководители",
                "1.4",
                ("m", 9),
                ["senior_counselor", "class_teacher"],
            ),
        ],
    ),
    (
        2,
        "II. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся 5–11 классов: кто хочет и кому нужен наставник",
                "до 20 сентября",
                "Педагог-психолог",
                "2.1",
                ("dl", 20, 9),
                ["psychologist"],
            ),
            R(
                "Беседы с классными руководителями и родителями о запросах наставляемых, сбор "
                "согласий законных представителей",
                "сентябрь",
                "Соц. педагог",
                "2.2",
                ("m", 9),
                ["social_pedagogue"],
            ),
            R(
                "Формирование базы наставляемых на 2024/2025 уч. год",
                "до 1 октября",
                "Куратор ЦМН",
                "2.3",
                ("dl", 1, 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "III. Формирование базы наставников",
        [
            R(
                "Входная диагностика наставляемых по параметрам мониторинга",
                "октябрь",
                "Педагог-психолог",
                "3.2",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Анкетирование кандидатов в наставники из числа педагогов и старшеклассников",
                "сентябрь – октябрь",
                "Куратор ЦМН",
                "3.3",
                ("r", 9, 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "Куратор ЦМН",
                "3.4",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "IV. Отбор и обучение наставников",
        [
            R(
                "Входная диагностика наставников",
                "октябрь",
                "Педагог-психолог",
                "4.1",
                ("m", 10),
                ["psychologist"],
            ),
            R(
                "Обучающий семинар для наставников «Роль наставника в развитии обучающегося»",
                "ноябрь",
                "Руководитель ШМО классных руководителей",
                "4.4",
                ("m", 11),
                ["head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "V. Формирование наставнических пар / групп",
        [
            R(
                "Встреча-знакомство наставников и наставляемых (квест «Найди своего наставника»)",
                "ноябрь",
                "Советник директора по воспитанию",
                "5.1",
                ("m", 11),
                ["senior_counselor"],
            ),
            R(
                "Анкетирование участников после встречи: выбор наставника",
                "ноябрь",
                "Педагог-психолог",
                "5.2",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Приказ о закреплении наставнических пар (групп)",
                "до 30 ноября",
                "Директор",
                "5.4",
                ("dl", 30, 11),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "VI. Организация работы наставнических пар / групп",
        [
            R(
                "Организационная встреча в каждой паре: знакомство, правила взаимодействия",
                "декабрь",
                "Наставники",
                "6.1",
                ("m", 12),
                ["mentors"],
            ),
            R(
                "Встреча-планирование: составление индивидуальных планов развития",
                "декабрь",
                "Наставники, наставляемые",
                "6.3",
                ("m", 12),
                ["mentors", "other"],
            ),
            R(
                "Работа наставнических пар по индивидуальным планам",
                "декабрь – май",
                "Наставники",
                "6.4",
                ("r", 12, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников (онлайн-опрос)",
                "февраль",
                "Куратор ЦМН",
                "6.5",
                ("m", 2),
                ["program_curator"],
            ),
            R(
                "Заключительные встречи в парах",
                "май",
                "Наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
        ],
    ),
    (
        7,
        "VII. Завершение наставничества",
        [
            R(
                "Школьный фестиваль «Наставник и я»: подведение итогов года, награждение",
                dt.datetime(2025, 5, 23),
                "Директор, советник директора по воспитанию",
                "7.2",
                ("d", 23, 5, 2025),
                ["director", "senior_counselor"],
            ),
            R(
                "Итоговая диагностика участников (второй этап мониторинга влияния программ)",
                "май",
                "Педагог-психолог",
                "7.4",
                ("m", 5),
                ["psychologist"],
            ),
            R(
                "Вручение благодарственных писем наставникам",
                "май",
                "Директор",
                None,
                ("m", 5),
                ["director"],
            ),
            R(
                "Размещение итогов на сайте школы и в госпаблике",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
        ],
    ),
]


def build_e() -> tuple[int, str]:
    folder = _fresh("e_klyuchi_xlsx")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Дорожная карта"
    widths = [7.0, 62.0, 16.0, 30.0, 14.0]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDE"[i]].width = w
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    regular, strong = Font(name="Liberation Sans", size=11), Font(name="Liberation Sans", size=11, bold=True)
    head = [
        ("Утверждаю: директор МКОУ «Ключевская СОШ» ________ А.П. Зуева", "right", False),
        ("Приказ от 30.08.2024 № 131", "right", False),
        ("", "left", False),
        ("Дорожная карта внедрения и реализации целевой модели наставничества", "center", True),
        (f"в {E_ORG} на 2024/2025 уч. год", "center", True),
    ]
    r = 0
    for text, horizontal, is_bold in head:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(r, 1, text or None)
        cell.font = strong if is_bold else regular
        cell.alignment = Alignment(horizontal=horizontal)
    r += 1
    for c, h in enumerate(
        [
            "№ п/п",
            "Содержание работы",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Отметка о выполнении",
        ],
        1,
    ):
        cell = ws.cell(r, c, h)
        cell.font, cell.border = strong, border
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[r].height = 32
    acts: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in E_SECTIONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(r, 1, heading)
        cell.font = strong
        cell.alignment = Alignment(horizontal="center")
        for c in range(1, 6):
            ws.cell(r, c).border = border
        for row in rows:
            r += 1
            n += 1
            values: list[object] = [n, row["text"], row["date"], row["resp"], None]
            for c, val in enumerate(values, 1):
                cell = ws.cell(r, c, val)
                cell.font, cell.border, cell.alignment = regular, border, wrap
                if c == 1:
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                if isinstance(val, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            lines = max(-(-len(row["text"]) // 58), -(-len(_text(row["resp"])) // 27))
            ws.row_dimensions[r].height = 15 * lines
            acts.append(_truth(row, stage_id, E_YEAR))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "Зуева А.П."
    wb.properties.created = dt.datetime(2024, 8, 30, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 8, 30, 9, 0, 0)
    wb.save(str(folder / "roadmap.xlsx"))
    _stable_zip(folder / "roadmap.xlsx", dt.datetime(2024, 8, 30, 9, 0))
    _finish(folder, E_ORG, E_YEAR, acts)
    return len(acts), "xlsx"


# =========================================================================== F: look-alike, photo
# МОБУ «СОШ № 5» г. Свободного, 2020/2021: a mentor's plan of work with a young teacher (months,
# topics, forms of work). Not a roadmap: no activities. One page, photographed at an angle.

F_ORG = "МОБУ «СОШ № 5» г. Свободного"
F_YEAR = 2020
F_PLAN: list[tuple[str, str, str]] = [
    (
        "Сентябрь",
        "Изучение нормативных документов, ФГОС НОО; помощь в составлении рабочих программ и "
        "календарно-тематического планирования",
        "Консультация",
    ),
    ("Октябрь", "Ведение школьной документации: электронный журнал, личные дела, тетради", "Практикум"),
    ("Ноябрь", "Посещение уроков молодого специалиста, анализ урока", "Посещение, беседа"),
    ("Декабрь", "Формы и методы работы с родителями; подготовка родительского собрания", "Консультация"),
    (
        "Январь",
        "Организация работы с мотивированными и слабоуспевающими учащимися",
        "Взаимопосещение уроков",
    ),
    ("Февраль", "Самоанализ урока; приёмы удержания дисциплины на уроке", "Семинар-практикум"),
    ("Март", "Подготовка открытого урока, подбор дидактических материалов", "Совместная работа"),
    ("Апрель", "Проведение открытого урока и его обсуждение", "Открытый урок"),
    ("Май", "Итоги года: отчёт молодого специалиста о проделанной работе", "Собеседование"),
]


def build_f() -> tuple[int, str]:
    folder = _fresh("f_mentor_plan_photo")
    doc = _new_document(landscape=False)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10.5)
    _para(doc, "Рассмотрено на заседании ШМО учителей начальных классов, протокол № 1 от 28.08.2020")
    _para(doc, "")
    _para(doc, "План работы наставника с молодым специалистом", bold=True, align="c")
    _para(doc, f"{F_ORG} на 2020 – 2021 учебный год", bold=True, align="c")
    _para(doc, "")
    _para(doc, "Наставник: Ковалёва Татьяна Николаевна, учитель начальных классов высшей категории")
    _para(doc, "Молодой специалист: Лукина Анастасия Игоревна, учитель начальных классов, стаж 1 год")
    _para(
        doc,
        "Цель: оказание методической помощи молодому учителю в освоении профессии, развитие его "
        "профессиональных умений и навыков.",
    )
    _para(doc, "Задачи:")
    for task in (
        "– помочь адаптироваться в коллективе и освоить школьную документацию;",
        "– сформировать потребность в самообразовании и профессиональном росте;",
        "– привить интерес к педагогической деятельности, закрепить учителя в школе.",
    ):
        _para(doc, task)
    _para(doc, "")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    hdr = table.add_row()
    for i, h in enumerate(["Месяц", "Тема, содержание работы", "Форма работы", "Отметка"]):
        _set_cell(hdr.cells[i], h, bold=True)
    for month, topic, form in F_PLAN:
        cells = table.add_row().cells
        for i, val in enumerate([month, topic, form, ""]):
            _set_cell(cells[i], val)
    _widths(table, [2.6, 9.0, 4.0, 2.4])
    _para(doc, "")
    _para(doc, "Наставник ____________ Т.Н. Ковалёва")
    _para(doc, "Молодой специалист ____________ А.И. Лукина")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "plan.docx"
        pdf_path = Path(tmp) / "plan.pdf"
        doc.save(str(docx_path))
        _soffice_pdf(docx_path, pdf_path)
        pdf = pdf_path.read_bytes()
    assert _page_count(pdf) == 1
    photo = photo_of(render_page(pdf, 0, 170), np.random.default_rng(PHOTO_SEED))
    photo.save(folder / "roadmap.jpg", format="JPEG", quality=70)
    _finish(folder, F_ORG, F_YEAR, [], status="not_roadmap", model="unknown")
    return 0, "jpg"


# =========================================================================== G: one page, scanned
# МКОУ «Новоселовская основная общеобразовательная школа», 2022/2023. «Этап N.» rows across the table,
# rows numbered N.k, short texts so the whole roadmap fits on one page; scanned in grey to PNG.

G_ORG = "МКОУ «Новоселовская основная общеобразовательная школа»"
G_YEAR = 2022
G_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о реализации программы наставничества в 2022-2023 уч. году",
                "01.09.2022",
                "Директор",
                None,
                ("d", 1, 9, 2022),
                ["director"],
            ),
            R(
                "Информирование педагогов на педсовете",
                "август 2022",
                "Директор",
                "1.1",
                ("m", 8, 2022),
                ["director"],
            ),
            R(
                "Информирование родителей на собраниях",
                "сентябрь",
                "Кл. руководители",
                "1.2",
                ("m", 9),
                ["class_teacher"],
            ),
            R(
                "Классные часы о наставничестве для учащихся",
                "сентябрь",
                "Кл. руководители",
                "1.4",
                ("m", 9),
                ["class_teacher"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование обучающихся, желающих участвовать в программе",
                "сентябрь",
                "Педагог-психолог",
                "2.1",
                ("m", 9),
                ["psychologist"],
            ),
            R(
                "Формирование базы наставляемых",
                "октябрь",
                "Куратор",
                "2.3",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Определение форм наставничества",
                "сентябрь",
                "Зам. директора по УВР",
                "3.1",
                ("m", 9),
                ["deputy_director_academic"],
            ),
            R(
                "Анкетирование потенциальных наставников",
                "октябрь",
                "Куратор",
                "3.3",
                ("m", 10),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "октябрь",
                "Куратор",
                "3.4",
                ("m", 10),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Собеседование с будущими наставниками",
                "октябрь",
                "Директор, психолог",
                "4.2",
                ("m", 10),
                ["director", "psychologist"],
            ),
            R(
                "Обучение наставников (семинар, вебинары)",
                "ноябрь",
                "Зам. директора по УВР",
                "4.4",
                ("m", 11),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар",
        [
            R(
                "Групповая встреча наставников и наставляемых",
                "ноябрь",
                "Куратор",
                "5.1",
                ("m", 11),
                ["program_curator"],
            ),
            R(
                "Приказ о закреплении наставнических пар",
                "ноябрь",
                "Директор",
                "5.4",
                ("m", 11),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Работа наставнических пар",
        [
            R(
                "Первая встреча в парах",
                "ноябрь",
                "Наставники",
                "6.1",
                ("m", 11),
                ["mentors"],
            ),
            R(
                "Регулярные встречи пар",
                "декабрь – апрель",
                "Наставники",
                "6.4",
                ("r", 12, 4),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от наставников и наставляемых",
                "январь, апрель",
                "Куратор",
                "6.5",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Анкетирование удовлетворённости участников",
                "апрель",
                "Педагог-психолог",
                "6.8",
                ("m", 4),
                ["psychologist"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение наставничества",
        [
            R(
                "Итоговое мероприятие, награждение наставников",
                "май",
                "Директор",
                "7.2",
                ("m", 5),
                ["director"],
            ),
            R(
                "Мониторинг качества программы наставничества",
                "май",
                "Зам. директора по УВР",
                "7.3",
                ("m", 5),
                ["deputy_director_academic"],
            ),
            R(
                "Публикация итогов на сайте школы",
                "июнь",
                "Ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Отчёт о реализации программы наставничества",
                "июнь",
                "Куратор",
                None,
                ("m", 6),
                ["program_curator"],
            ),
        ],
    ),
]


def build_g() -> tuple[int, str]:
    folder = _fresh("g_novoselovo_scan")
    body: list[BodyItem] = []
    acts: list[TruthActivity] = []
    for stage_id, heading, rows in G_SECTIONS:
        body.append(("section", heading))
        for k, row in enumerate(rows, 1):
            body.append(("row", [f"{stage_id}.{k}", row["text"], _text(row["date"]), _text(row["resp"])]))
            acts.append(_truth(row, stage_id, G_YEAR))
    head: list[HeadPara] = [
        ("Утверждаю", False, "r"),
        ("Директор школы _________ В.И. Соколов", False, "r"),
        ("« 31 » августа 2022 г.", False, "r"),
        ("", False, None),
        ("Дорожная карта внедрения целевой модели наставничества", True, "c"),
        (f"в {G_ORG}", True, "c"),
        ("на 2022-2023 учебный год", True, "c"),
        ("", False, None),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        pdf_path = Path(tmp) / "roadmap.pdf"
        write_docx_table(
            docx_path,
            head,
            ["№", "Мероприятие", "Сроки", "Ответственный"],
            body,
            [1.2, 9.4, 3.4, 4.0],
        )
        _restyle(docx_path, "Liberation Sans", 10.5)
        _soffice_pdf(docx_path, pdf_path)
        pdf = pdf_path.read_bytes()
    assert _page_count(pdf) == 1
    scan = scan_page(render_page(pdf, 0, 250), np.random.default_rng(SCAN_SEED))
    scan.save(folder / "roadmap.png", format="PNG", dpi=(250, 250))
    _finish(folder, G_ORG, G_YEAR, acts)
    return len(acts), "png"


# =========================================================================== H: .doc, no table
# МБУ ДО «Центр детского творчества» г. Кстово, 2026/2027. Stage headings followed by numbered
# paragraphs «N. Мероприятие – срок – ответственный»; numbering runs through the document.

H_ORG = "МБУ ДО «Центр детского творчества» г. Кстово"
H_YEAR = 2026
H_SECTIONS: list[Section] = [
    (
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            R(
                "Приказ о реализации программы наставничества в 2026/2027 учебном году",
                "до 1 сентября 2026 г.",
                "директор",
                None,
                ("dl", 1, 9, 2026),
                ["director"],
            ),
            R(
                "Назначение куратора программы наставничества",
                "до 1 сентября 2026 г.",
                "директор",
                None,
                ("dl", 1, 9, 2026),
                ["director"],
            ),
            R(
                "Информирование педагогов дополнительного образования о программе на педагогическом совете",
                "сентябрь 2026 г.",
                "директор, методист",
                "1.1",
                ("m", 9, 2026),
                ["director", "methodologist"],
            ),
            R(
                "Информирование родителей учащихся объединений на собраниях и в сообществе ЦДТ в "
                "социальной сети",
                "сентябрь, октябрь",
                "педагоги дополнительного образования",
                "1.2",
                ("m", 9),
                ["teachers"],
            ),
            R(
                "Встреча с учащимися объединений «Кто такой наставник»",
                "октябрь",
                "педагог-организатор",
                "1.4",
                ("m", 10),
                ["other"],
            ),
            R(
                "Встреча с выпускниками объединений и представителями социальных партнёров ЦДТ",
                "ноябрь",
                "заместитель директора по УВР",
                "1.3",
                ("m", 11),
                ["deputy_director_academic"],
            ),
        ],
    ),
    (
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            R(
                "Анкетирование учащихся и молодых педагогов, сбор согласий на обработку персональных данных",
                "октябрь",
                "методист",
                "2.1",
                ("m", 10),
                ["methodologist"],
            ),
            R(
                "Сбор информации о запросах наставляемых у педагогов и родителей",
                "октябрь",
                "педагоги дополнительного образования",
                "2.2",
                ("m", 10),
                ["teachers"],
            ),
            R(
                "Формирование базы наставляемых",
                "до 1 ноября",
                "куратор",
                "2.3",
                ("dl", 1, 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        3,
        "Этап 3. Формирование базы наставников",
        [
            R(
                "Стартовая диагностика наставляемых по заданным параметрам",
                "ноябрь",
                "педагог-психолог",
                "3.2",
                ("m", 11),
                ["psychologist"],
            ),
            R(
                "Анкетирование педагогов и старших учащихся, желающих стать наставниками",
                "ноябрь",
                "куратор",
                "3.3",
                ("m", 11),
                ["program_curator"],
            ),
            R(
                "Формирование базы наставников",
                "ноябрь",
                "куратор",
                "3.4",
                ("m", 11),
                ["program_curator"],
            ),
        ],
    ),
    (
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            R(
                "Поиск экспертов и методических материалов для обучения наставников",
                "ноябрь",
                "методист",
                "4.3",
                ("m", 11),
                ["methodologist"],
            ),
            R(
                "Обучение наставников на методических часах",
                "декабрь, январь",
                "методист, руководитель МО",
                "4.4",
                ("m", 12),
                ["methodologist", "head_of_methodical_association"],
            ),
        ],
    ),
    (
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            R(
                "Групповая встреча наставников и наставляемых «Творческая мастерская»",
                "январь",
                "куратор",
                "5.1",
                ("m", 1),
                ["program_curator"],
            ),
            R(
                "Закрепление пар и групп приказом директора",
                "январь",
                "директор",
                "5.4",
                ("m", 1),
                ["director"],
            ),
        ],
    ),
    (
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            R(
                "Организационные встречи наставников и наставляемых",
                "февраль",
                "наставники",
                "6.1",
                ("m", 2),
                ["mentors"],
            ),
            R(
                "Встречи-планирования совместной работы",
                "февраль",
                "наставники, наставляемые",
                "6.3",
                ("m", 2),
                ["mentors", "other"],
            ),
            R(
                "Совместная работа пар: подготовка к конкурсам, выставкам и проектам",
                "февраль – май",
                "наставники",
                "6.4",
                ("r", 2, 5),
                ["mentors"],
            ),
            R(
                "Сбор обратной связи от участников",
                "по мере необходимости",
                "куратор",
                "6.5",
                ("u",),
                ["program_curator"],
            ),
            R(
                "Заключительные встречи наставников и наставляемых",
                "май",
                "наставники",
                "6.6",
                ("m", 5),
                ["mentors"],
            ),
        ],
    ),
    (
        7,
        "Этап 7. Завершение программы наставничества",
        [
            R(
                "Отчётное мероприятие «Фестиваль наставничества» с награждением лучших наставников",
                "май 2027 г.",
                "директор, педагог-организатор",
                "7.2",
                ("m", 5, 2027),
                ["director", "other"],
            ),
            R(
                "Оформление кейсов лучших практик наставничества",
                "июнь",
                "методист",
                "7.5",
                ("m", 6),
                ["methodologist"],
            ),
            R(
                "Размещение результатов программы на сайте ЦДТ",
                "июнь",
                "ответственный за сайт",
                "7.6",
                ("m", 6),
                ["other"],
            ),
            R(
                "Объявление благодарности наставникам приказом директора",
                "июнь",
                "директор",
                None,
                ("m", 6),
                ["director"],
            ),
        ],
    ),
]


def build_h() -> tuple[int, str]:
    folder = _fresh("h_cdt_kstovo_doc")
    doc = _new_document(landscape=False)
    st = doc.styles["Normal"]
    assert isinstance(st, ParagraphStyle)
    st.font.name = "Liberation Serif"
    st.font.size = Pt(12)
    _para(doc, "Приложение 2", align="r")
    _para(doc, "к приказу МБУ ДО ЦДТ от 27.08.2026 № 95", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта реализации программы наставничества", bold=True, align="c")
    _para(doc, f"{H_ORG} на 2026–2027 учебный год", bold=True, align="c")
    _para(doc, "")
    acts: list[TruthActivity] = []
    n = 0
    for stage_id, heading, rows in H_SECTIONS:
        _para(doc, heading, bold=True)
        for row in rows:
            n += 1
            p = _para(doc, f"{n}. {row['text']} – {_text(row['date'])} – {_text(row['resp'])}.")
            p.paragraph_format.left_indent = Cm(0.5)
            acts.append(_truth(row, stage_id, H_YEAR))
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ И.В. Сорокина")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "roadmap.docx"
        doc.save(str(docx_path))
        _soffice_convert(docx_path, "doc", folder / "roadmap.doc")
    _finish(folder, H_ORG, H_YEAR, acts)
    return len(acts), "doc"


# =========================================================================== main


def main() -> None:
    (HERE / "__init__.py").touch()
    results = {
        "a_armavir_preamble": build_a(),
        "b_dou_merged_stage": build_b(),
        "c_college_2022": build_c(),
        "d_gymnasium_flat": build_d(),
        "e_klyuchi_xlsx": build_e(),
        "f_mentor_plan_photo": build_f(),
        "g_novoselovo_scan": build_g(),
        "h_cdt_kstovo_doc": build_h(),
    }
    for name, (rows, fmt) in results.items():
        print(f"{name:22} {fmt:12} {rows:3d} rows")


if __name__ == "__main__":
    main()
