"""Build the holdout37 roadmaps in data/holdout37/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout37.build

Eight documents in formats that come from old office files and web exports:

    h37_rtf_stage_grouped      RTF   stage cell merged down, numbered sub-items, dates line-aligned
    h37_doc_polozhenie         DOC   a «Положение о наставничестве» (numbered clauses): not a roadmap
    h37_odt_teachers_2022      ODT   the 2022 model for pedagogical workers, sub-items 1) 2) …
    h37_xls_college_sections   XLS   college workbook, a first section of extras, real date cell
    h37_ods_stage_merged       ODS   stage column merged down in a spreadsheet
    h37_html_approval_block    HTML  as Word saves it (windows-1251); first table is an approval block
    h37_txt_layout_kindergarten TXT  pdftotext -layout of the printed PDF of a kindergarten roadmap
    h37_docx_dash_paragraphs   DOCX  no table: stage headings, «N. Мероприятие — срок — ответственный»

Every printed activity carries its hand label next to its printed text, so the input and the
truth.json come from one place.  Dates are small specs expanded by ``data.holdout.build.expand``.
LibreOffice (``soffice --headless``) converts the DOCX/XLSX drafts into the old formats; the
build uses no randomness, and zip containers get fixed stamps, so repeated runs give the same
files (the XLS alone keeps LibreOffice's save time in its OLE summary).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import ImageFont

from data.holdout.build import (
    DateSpec,
    TruthActivity,
    _new_document,
    _para,
    _set_cell,
    _soffice_pdf,
    _widths,
    expand,
    write_truth,
)

HERE = Path(__file__).resolve().parent

ROLE_CODES = frozenset(
    {
        "senior_counselor",
        "deputy_director_academic",
        "deputy_director_upbringing",
        "deputy_director",
        "librarian",
        "head_of_methodical_association",
        "director",
        "class_teacher",
        "program_curator",
        "psychologist",
        "tutor",
        "social_pedagogue",
        "methodologist",
        "mentors",
        "teachers",
        "other",
    }
)
MODEL_2019 = "target_model_2019"
MODEL_2022 = "teachers_2022"


# --------------------------------------------------------------------------- labelled rows


@dataclass(frozen=True)
class Act:
    """One printed activity: what is printed (text, date, responsible) and its hand label."""

    text: str
    date: str
    aid: str | None
    spec: DateSpec
    resp: str = ""  # empty where the responsible cell is shared by a group
    roles: tuple[str, ...] = ()
    annual: bool = False  # «Ежегодно, до …»: a deadline that recurs every year


def A(
    text: str,
    date: str,
    aid: str | None,
    spec: DateSpec,
    resp: str = "",
    roles: Sequence[str] = (),
    annual: bool = False,
) -> Act:
    return Act(text, date, aid, spec, resp, tuple(roles), annual)


@dataclass(frozen=True)
class Group:
    """Sub-items printed in one cell, sharing a direction label and a responsible cell."""

    label: str
    acts: tuple[Act, ...]
    resp: str
    roles: tuple[str, ...]


def G(label: str, acts: Sequence[Act], resp: str, roles: Sequence[str]) -> Group:
    return Group(label, tuple(acts), resp, tuple(roles))


@dataclass(frozen=True)
class Stage:
    """A stage (or a non-stage section when ``sid`` is None) with its printed heading."""

    sid: int | None
    heading: str
    note: str  # Задача/Результат text printed with the heading ('' when none)
    groups: tuple[Group, ...]


def S(sid: int | None, heading: str, note: str, groups: Sequence[Group]) -> Stage:
    return Stage(sid, heading, note, tuple(groups))


def flat(sid: int | None, heading: str, acts: Sequence[Act], note: str = "") -> Stage:
    """A stage of one-activity rows, each with its own responsible cell."""
    return Stage(sid, heading, note, tuple(Group("", (a,), a.resp, a.roles) for a in acts))


def truth_of(act: Act, sid: int | None, y: int | None, roles: Sequence[str]) -> TruthActivity:
    assert roles == () or set(roles) <= ROLE_CODES, roles
    assert len(set(roles)) == len(roles), act
    if y is None:  # pragma: no cover - every roadmap here states its year
        raise ValueError(act)
    d = expand(act.spec, y)
    recurrence = d["recurrence"]
    if act.annual:
        assert d["date_kind"] == "deadline" and recurrence is None, act
        recurrence = "annual"
    return {
        "text": act.text,
        "activity_id": act.aid,
        "stage_id": sid,
        "date_kind": d["date_kind"],
        "date_start": d["date_start"],
        "date_end": d["date_end"],
        "month_start": d["month_start"],
        "month_end": d["month_end"],
        "recurrence": recurrence,
        "roles": list(roles),
    }


def stage_truth(stages: Sequence[Stage], y: int) -> list[TruthActivity]:
    out: list[TruthActivity] = []
    for st in stages:
        for g in st.groups:
            for a in g.acts:
                out.append(truth_of(a, st.sid, y, g.roles))
    return out


def save_truth(
    folder: Path,
    org: str,
    y: int | None,
    activities: list[TruthActivity],
    status: str = "ok",
    model: str = MODEL_2019,
) -> None:
    """write_truth, then the document fields that differ from its defaults."""
    write_truth(folder, org, 0 if y is None else y, activities)
    path = folder / "truth.json"
    truth: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    truth["document"]["status"] = status
    truth["document"]["model"] = model
    truth["document"]["academic_year_start"] = y
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def office_props(props: Any, author: str, when: dt.datetime, title: str = "") -> None:
    """Fixed author and dates in a document's core properties (python-docx or openpyxl)."""
    if hasattr(props, "author"):  # python-docx CoreProperties
        props.author = author
        props.last_modified_by = author
        props.comments = ""
        props.revision = 3
    else:  # openpyxl DocumentProperties
        props.creator = author
        props.lastModifiedBy = author
    props.title = title
    props.created = when
    props.modified = when


def stable_zip(path: Path, when: dt.datetime) -> None:
    """Rewrite a zip container (docx, odt, ods) with fixed entry times and a fixed ODF dc:date.

    LibreOffice and python-docx stamp the build time into the container (and LibreOffice random
    Rsid values into settings.xml); fixing both keeps repeated builds byte-identical.
    ``mimetype`` stays first and stored, as ODF requires.
    """
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in entries:
            if info.filename == "meta.xml":
                data = re.sub(
                    rb"<dc:date>[^<]*</dc:date>", f"<dc:date>{when.isoformat()}</dc:date>".encode(), data
                )
            if info.filename == "settings.xml":  # LibreOffice draws a random revision-save id
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048576", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.external_attr = info.external_attr
            kind = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data, compress_type=kind)


def fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def soffice_convert(src: Path, target: str, ext: str, out: Path) -> None:
    """soffice --headless --convert-to <target> in a temp dir, result copied to ``out``."""
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
        shutil.copyfile(tmp_p / f"{src.stem}.{ext}", out)


def line_count(text: str, chars: int) -> int:
    """Lines a paragraph takes in a cell about ``chars`` characters wide (greedy word wrap)."""
    lines = textwrap.wrap(text, width=chars, break_long_words=True, break_on_hyphens=False)
    return max(1, len(lines))


SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
CELL_PADDING_CM = 0.19  # Word's default left and right cell margin


@functools.cache
def _serif() -> ImageFont.FreeTypeFont:
    """Liberation Serif, metric-compatible with the Times New Roman the drafts ask for."""
    return ImageFont.truetype(str(SERIF), size=1000)


def printed_lines(text: str, width_cm: float, size_pt: float = 11.0) -> int:
    """Lines a paragraph takes in a table cell ``width_cm`` wide: greedy wrap on measured widths.

    Breaks are allowed at spaces and after hyphens, as LibreOffice breaks them.
    """
    room = (width_cm - 2 * CELL_PADDING_CM) / 2.54 * 72.0
    font = _serif()

    def width(chunk: str) -> float:
        return float(font.getlength(chunk)) / 1000.0 * size_pt

    pieces = re.findall(r"[^\s-]*-|[^\s-]+\s*|\s+", text)
    lines, current = 1, ""
    for piece in pieces:
        trial = current + piece
        if current and width(trial.rstrip()) > room:
            lines += 1
            current = piece.lstrip()
        else:
            current = trial
    return lines


def aligned(
    items: Sequence[str],
    dates: Sequence[str],
    widths_cm: tuple[float, float],
    lead: Sequence[str] = (),
) -> tuple[str, str]:
    """A content cell of sub-items and a dates cell with one date per sub-item, kept level.

    Each sub-item and its date take as many lines as the taller of the two: the dates cell is padded
    with empty lines when the sub-item wraps (and the content cell in the rare case the date wraps
    further); ``lead`` paragraphs (a lead-in ending with «:») get empty date lines.
    """
    content_w, date_w = widths_cm
    content: list[str] = []
    column: list[str] = []
    for para in lead:
        content.append(para)
        column.extend([""] * printed_lines(para, content_w))
    for item, date in zip(items, dates, strict=True):
        n_item, n_date = printed_lines(item, content_w), printed_lines(date, date_w)
        height = max(n_item, n_date)
        content.append(item)
        content.extend([""] * (height - n_item))
        column.append(date)
        column.extend([""] * (height - n_date))
    while column and column[-1] == "":
        column.pop()
    return "\n".join(content), "\n".join(column)


def _border_all(ws: Any, rows: range, cols: int) -> None:
    thin = Side(style="thin")
    for r in rows:
        for c in range(1, cols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)


# =========================================================================== 1: RTF
# МБОУ «Средняя школа № 9» г. Кинешмы, 2023/2024.  Landscape table of five columns; the stage
# cell (with Задача/Результат) is merged down over its direction rows; the content cell holds
# numbered sub-items «1) …», and the dates cell one line per sub-item, padded to stay level.

RTF_ORG = "МБОУ «Средняя школа № 9» г. Кинешмы"
RTF_YEAR = 2023
RTF_STAGES: list[Stage] = [
    S(
        1,
        "1. Подготовка условий для запуска программы наставничества",
        "Задача: создать нормативные и организационные условия, оповестить участников.\n"
        "Результат: коллектив, родители и обучающиеся знают о программе; определены ресурсы.",
        [
            G(
                "Нормативное обеспечение",
                [
                    A(
                        "Подготовка приказа «О реализации целевой модели наставничества "
                        "в 2023/2024 учебном году»",
                        "до 01.09.2023",
                        None,
                        ("dl", 1, 9, 2023),
                    ),
                    A(
                        "Корректировка Положения о программе наставничества с учётом итогов прошлого года",
                        "сентябрь",
                        None,
                        ("m", 9),
                    ),
                    A(
                        "Утверждение дорожной карты и состава рабочей группы",
                        "сентябрь",
                        None,
                        ("m", 9),
                    ),
                ],
                "Директор школы",
                ["director"],
            ),
            G(
                "Информационная кампания",
                [
                    A(
                        "Выступление на педагогическом совете о задачах и порядке реализации "
                        "программы наставничества",
                        "сентябрь",
                        "1.1",
                        ("m", 9),
                    ),
                    A(
                        "Информация для родителей на сайте школы, в родительских чатах и на "
                        "классных собраниях",
                        "сентябрь – октябрь",
                        "1.2",
                        ("r", 9, 10),
                    ),
                    A(
                        "Встреча учащихся 7–11 классов с куратором: что такое наставничество и кто "
                        "может стать наставником",
                        "октябрь",
                        "1.4",
                        ("m", 10),
                    ),
                    A(
                        "Встреча с выпускниками школы и представителями предприятий-партнёров "
                        "города о совместной работе в программе",
                        "ноябрь",
                        "1.3",
                        ("m", 11),
                    ),
                ],
                "Зам. директора по УВР, куратор программы наставничества, классные руководители",
                ["deputy_director_academic", "program_curator", "class_teacher"],
            ),
        ],
    ),
    S(
        2,
        "2. Формирование базы наставляемых",
        "Задача: выявить обучающихся и педагогов, которым нужна поддержка.\n"
        "Результат: база наставляемых с перечнем запросов.",
        [
            G(
                "Выявление запросов",
                [
                    A(
                        "Анкетирование учащихся 5–11 классов и молодых учителей, желающих "
                        "участвовать в программе; согласия совершеннолетних на обработку "
                        "персональных данных",
                        "сентябрь",
                        "2.1",
                        ("m", 9),
                    ),
                    A(
                        "Сведения о потребностях наставляемых от классных руководителей, "
                        "психолога, соцпедагога и родителей; согласия законных представителей",
                        "до 15 октября",
                        "2.2",
                        ("dl", 15, 10),
                    ),
                    A(
                        "Обработка анкет и сведений, составление базы наставляемых",
                        "октябрь",
                        "2.3",
                        ("m", 10),
                    ),
                ],
                "Педагог-психолог, социальный педагог, классные руководители",
                ["psychologist", "social_pedagogue", "class_teacher"],
            )
        ],
    ),
    S(
        3,
        "3. Формирование базы наставников",
        "Задача: найти наставников под запросы наставляемых.\nРезультат: база наставников.",
        [
            G(
                "Подбор наставников",
                [
                    A(
                        "Определение форм наставничества на год: «учитель – учитель», "
                        "«ученик – ученик», «учитель – ученик»",
                        "сентябрь",
                        "3.1",
                        ("m", 9),
                    ),
                    A(
                        "Стартовый срез наставляемых по параметрам программы",
                        "октябрь",
                        "3.2",
                        ("m", 10),
                    ),
                    A(
                        "Анкетирование учителей, старшеклассников и родителей, готовых стать "
                        "наставниками; согласия на обработку персональных данных",
                        "октябрь",
                        "3.3",
                        ("m", 10),
                    ),
                    A(
                        "Сопоставление анкет наставников с запросами наставляемых, база наставников",
                        "до 1 ноября",
                        "3.4",
                        ("dl", 1, 11),
                    ),
                ],
                "Куратор программы, рабочая группа",
                ["program_curator", "other"],
            )
        ],
    ),
    S(
        4,
        "4. Отбор и обучение наставников",
        "Задача: подготовить наставников к работе.\nРезультат: наставники обучены.",
        [
            G(
                "Подготовка наставников",
                [
                    A(
                        "Собеседование с кандидатами в наставники (при участии психолога)",
                        "ноябрь",
                        "4.2",
                        ("m", 11),
                    ),
                    A(
                        "Подбор методических материалов и специалистов для обучения наставников",
                        "ноябрь",
                        "4.3",
                        ("m", 11),
                    ),
                    A(
                        "Семинар «Школа наставника» (три занятия)",
                        "ноябрь – декабрь",
                        "4.4",
                        ("r", 11, 12),
                    ),
                ],
                "Зам. директора по УВР, педагог-психолог",
                ["deputy_director_academic", "psychologist"],
            )
        ],
    ),
    S(
        5,
        "5. Формирование наставнических пар и групп",
        "Результат: пары и группы закреплены.",
        [
            G(
                "Знакомство и закрепление пар",
                [
                    A(
                        "Групповая встреча наставников и наставляемых в игровом формате "
                        "«Давайте знакомиться»",
                        "декабрь",
                        "5.1",
                        ("m", 12),
                    ),
                    A(
                        "Закрепление пар и групп приказом директора",
                        "до 20 декабря",
                        "5.4",
                        ("dl", 20, 12),
                    ),
                ],
                "Куратор программы",
                ["program_curator"],
            )
        ],
    ),
    S(
        6,
        "6. Организация работы наставнических пар и групп",
        "Задача: обеспечить регулярную работу пар.\nРезультат: планы пар выполнены.",
        [
            G(
                "Работа пар",
                [
                    A(
                        "Первая, организационная встреча наставника и наставляемого",
                        "январь",
                        "6.1",
                        ("m", 1),
                    ),
                    A(
                        "Встречи пар по индивидуальным планам",
                        "январь – май",
                        "6.4",
                        ("r", 1, 5),
                    ),
                    A(
                        "Промежуточная обратная связь от участников",
                        "март",
                        "6.5",
                        ("m", 3),
                    ),
                    A(
                        "Анкетирование участников на удовлетворённость программой",
                        "май",
                        "6.8",
                        ("m", 5),
                    ),
                ],
                "Наставники, куратор программы",
                ["mentors", "program_curator"],
            )
        ],
    ),
    S(
        7,
        "7. Завершение наставничества",
        "Результат: итоги подведены, лучшие практики опубликованы.",
        [
            G(
                "Подведение итогов",
                [
                    A(
                        "Школьный фестиваль «Вместе к успеху»: итоги программы, чествование лучших "
                        "наставников",
                        "май",
                        "7.2",
                        ("m", 5),
                    ),
                    A(
                        "Мониторинг качества реализации программы наставничества",
                        "май",
                        "7.3",
                        ("m", 5),
                    ),
                    A(
                        "Размещение итогов и лучших практик на сайте школы и в группе ВКонтакте",
                        "июнь",
                        "7.6",
                        ("m", 6),
                    ),
                ],
                "Директор, зам. директора по ВР, советник директора по воспитанию",
                ["director", "deputy_director_upbringing", "senior_counselor"],
            )
        ],
    ),
]


def build_rtf(folder: Path) -> int:
    doc = _new_document(landscape=True)
    office_props(doc.core_properties, "Смирнова О.В.", dt.datetime(2023, 8, 31, 10, 12))
    _para(doc, "УТВЕРЖДАЮ", align="r")
    _para(doc, "Директор МБОУ «Средняя школа № 9» г. Кинешмы", align="r")
    _para(doc, "__________ О.В. Смирнова", align="r")
    _para(doc, "Приказ от 31.08.2023 № 214", align="r")
    _para(doc, "")
    _para(doc, "План мероприятий («дорожная карта»)", bold=True, align="c", size=13)
    _para(
        doc,
        "по внедрению целевой модели наставничества в МБОУ «Средняя школа № 9» г. Кинешмы "
        "на 2023–2024 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    widths = [5.2, 3.6, 9.6, 3.2, 5.0]
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(["Этап", "Мероприятия", "Содержание деятельности", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
    for st in RTF_STAGES:
        first = len(table.rows)
        for g in st.groups:
            row = table.add_row()
            items = [f"{k}) {a.text}" for k, a in enumerate(g.acts, start=1)]
            content, dates = aligned(items, [a.date for a in g.acts], (widths[2], widths[3]))
            _set_cell(row.cells[1], g.label)
            _set_cell(row.cells[2], content)
            _set_cell(row.cells[3], dates)
            _set_cell(row.cells[4], g.resp)
        last = len(table.rows) - 1
        cell = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
        _set_cell(cell, st.heading, bold=True)
        for line in st.note.split("\n"):
            cell.add_paragraph(line)
    _widths(table, widths)
    _para(doc, "")
    _para(doc, "Куратор программы наставничества ____________ Е.А. Лебедева")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "rtf", "rtf", folder / "roadmap.rtf")
    truth = stage_truth(RTF_STAGES, RTF_YEAR)
    save_truth(folder, RTF_ORG, RTF_YEAR, truth)
    return len(truth)


# =========================================================================== 2: DOC (not a roadmap)
# МАОУ «Лицей № 2» г. Бузулука: a «Положение о наставничестве» with numbered clauses, some of
# which carry deadlines («до 1 сентября», «в сентябре и в мае»).  The first table is an
# approval block.  Not a roadmap: the truth has no activities and no academic year.

DOC_ORG = "МАОУ «Лицей № 2» г. Бузулука"
DOC_CLAUSES: list[tuple[str, list[str]]] = [
    (
        "1. Общие положения",
        [
            "1.1. Настоящее Положение разработано в соответствии с Федеральным законом от 29.12.2012 "
            "№ 273-ФЗ «Об образовании в Российской Федерации», распоряжением Министерства просвещения "
            "Российской Федерации от 25.12.2019 № Р-145 и Уставом лицея и определяет порядок "
            "организации наставничества в МАОУ «Лицей № 2» г. Бузулука (далее – лицей).",
            "1.2. Наставничество – форма передачи опыта и знаний, при которой более опытный участник "
            "(наставник) помогает наставляемому в достижении образовательных, личностных и "
            "профессиональных результатов.",
            "1.3. Участниками программы наставничества являются наставники, наставляемые, куратор "
            "программы, родители (законные представители) обучающихся, выпускники лицея и "
            "представители организаций-партнёров.",
            "1.4. Участие в программе наставничества добровольное и подтверждается письменным "
            "согласием участника (законного представителя несовершеннолетнего).",
        ],
    ),
    (
        "2. Цели и задачи наставничества",
        [
            "2.1. Цель наставничества – раскрытие потенциала личности наставляемого, его успешная "
            "самореализация и профессиональная ориентация.",
            "2.2. Задачи наставничества:",
            "– помощь в адаптации обучающихся и молодых педагогов к условиям лицея;",
            "– развитие гибких навыков, метакомпетенций и лидерских качеств наставляемых;",
            "– создание открытого пространства для обмена опытом между участниками.",
        ],
    ),
    (
        "3. Организация наставничества",
        [
            "3.1. Наставничество организуется на основании приказа директора лицея. Куратор программы "
            "наставничества назначается приказом директора в срок до 1 сентября текущего учебного года.",
            "3.2. Дорожная карта реализации программы наставничества разрабатывается куратором и "
            "утверждается директором ежегодно до 15 сентября.",
            "3.3. База наставляемых формируется по результатам анкетирования обучающихся и педагогов, "
            "которое проводится в сентябре и в мае.",
            "3.4. База наставников формируется из числа педагогов, обучающихся 8–11 классов, "
            "выпускников, родителей и представителей организаций-партнёров.",
            "3.5. Наставнические пары (группы) закрепляются приказом директора не позднее 1 октября на "
            "срок от трёх месяцев до одного года.",
            "3.6. В лицее применяются формы наставничества «ученик – ученик», «учитель – учитель», "
            "«учитель – ученик», «работодатель – ученик».",
        ],
    ),
    (
        "4. Права и обязанности наставника",
        [
            "4.1. Наставник обязан составить совместно с наставляемым план работы, встречаться с ним не "
            "реже двух раз в месяц и вести журнал наставника.",
            "4.2. Наставник имеет право привлекать других педагогов к работе с наставляемым, "
            "участвовать в обсуждении вопросов наставничества на заседаниях методического совета.",
        ],
    ),
    (
        "5. Права и обязанности наставляемого",
        [
            "5.1. Наставляемый обязан выполнять этапы плана работы и сообщать наставнику о трудностях.",
            "5.2. Наставляемый имеет право обратиться к куратору с просьбой о замене наставника.",
        ],
    ),
    (
        "6. Мониторинг и оценка результатов",
        [
            "6.1. Мониторинг программы наставничества проводится два раза в год: в декабре "
            "(промежуточный) и в мае (итоговый).",
            "6.2. Результаты мониторинга рассматриваются на заседании педагогического совета в июне.",
        ],
    ),
    (
        "7. Мотивация наставников",
        [
            "7.1. Лучшие наставники по итогам учебного года награждаются благодарственными письмами "
            "директора и представляются к поощрению в Управление образования.",
        ],
    ),
    (
        "8. Документы, регламентирующие наставничество",
        [
            "8.1. К документам, регламентирующим наставничество, относятся: настоящее Положение, приказ "
            "о внедрении программы наставничества, дорожная карта, приказы о закреплении пар, журнал "
            "наставника.",
            "8.2. Отчёт куратора о реализации программы наставничества представляется директору до 20 июня.",
        ],
    ),
    (
        "9. Заключительные положения",
        [
            "9.1. Положение вступает в силу с момента утверждения и действует до принятия нового.",
        ],
    ),
]


def build_doc(folder: Path) -> int:
    doc = _new_document(landscape=False)
    office_props(doc.core_properties, "Лицей", dt.datetime(2021, 8, 31, 9, 40))
    block = doc.add_table(rows=1, cols=2)
    _set_cell(
        block.cell(0, 0),
        "ПРИНЯТО\nна заседании педагогического совета\nМАОУ «Лицей № 2» г. Бузулука\nПротокол № 1 от 30.08.2021",
    )
    _set_cell(
        block.cell(0, 1),
        "УТВЕРЖДЕНО\nприказом директора\nМАОУ «Лицей № 2» г. Бузулука\nот 31.08.2021 № 112-о",
    )
    _widths(block, [9.0, 9.0])
    _para(doc, "")
    _para(doc, "ПОЛОЖЕНИЕ", bold=True, align="c", size=14)
    _para(doc, "о наставничестве в МАОУ «Лицей № 2» г. Бузулука", bold=True, align="c", size=12)
    _para(doc, "")
    for heading, clauses in DOC_CLAUSES:
        _para(doc, heading, bold=True, align="c")
        for clause in clauses:
            p = _para(doc, clause)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "doc:MS Word 97", "doc", folder / "roadmap.doc")
    save_truth(folder, DOC_ORG, None, [], status="not_roadmap", model="unknown")
    return 0


# =========================================================================== 3: ODT (2022 model)
# МАОУ «Гимназия № 6» г. Чебоксары, 2025/2026.  The system of mentoring of pedagogical workers:
# one table row per stage, sub-items «1) …» (one with a lead-in ending in «:»), a dates cell with
# one line per sub-item («Ежегодно, до 1 октября») and a responsible cell per stage.

ODT_ORG = "МАОУ «Гимназия № 6» г. Чебоксары"
ODT_YEAR = 2025
ODT_LEAD = {1: "Подготовка и принятие локальных актов гимназии:"}
ODT_STAGES: list[Stage] = [
    S(
        1,
        "Подготовка условий для реализации системы наставничества",
        "",
        [
            G(
                "",
                [
                    A(
                        "приказ об утверждении Положения о системе наставничества педагогических "
                        "работников и дорожной карты",
                        "до 05.09.2025",
                        None,
                        ("dl", 5, 9, 2025),
                    ),
                    A(
                        "приказ о назначении куратора системы наставничества",
                        "до 05.09.2025",
                        None,
                        ("dl", 5, 9, 2025),
                    ),
                    A(
                        "информирование коллектива о системе наставничества на педагогическом совете",
                        "сентябрь",
                        None,
                        ("m", 9),
                    ),
                ],
                "Директор, заместитель директора по НМР",
                ["director", "deputy_director"],
            )
        ],
    ),
    S(
        2,
        "Формирование банка наставляемых",
        "",
        [
            G(
                "",
                [
                    A(
                        "Сбор сведений о профессиональных затруднениях и запросах молодых "
                        "специалистов и вновь принятых учителей",
                        "Ежегодно, до 15 сентября",
                        None,
                        ("dl", 15, 9),
                        annual=True,
                    ),
                    A(
                        "Формирование банка данных наставляемых",
                        "Ежегодно, до 25 сентября",
                        None,
                        ("dl", 25, 9),
                        annual=True,
                    ),
                ],
                "Заместитель директора по НМР, руководители МО",
                ["deputy_director", "head_of_methodical_association"],
            )
        ],
    ),
    S(
        3,
        "Формирование банка наставников",
        "",
        [
            G(
                "",
                [
                    A(
                        "Анкетирование педагогов, готовых выполнять функции наставника",
                        "сентябрь",
                        None,
                        ("m", 9),
                    ),
                    A(
                        "Формирование банка данных наставников",
                        "Ежегодно, до 25 сентября",
                        None,
                        ("dl", 25, 9),
                        annual=True,
                    ),
                ],
                "Заместитель директора по НМР",
                ["deputy_director"],
            )
        ],
    ),
    S(
        4,
        "Отбор и обучение",
        "",
        [
            G(
                "",
                [
                    A(
                        "Выбор наставников из банка для персонализированных программ наставничества",
                        "Ежегодно, до 1 октября",
                        None,
                        ("dl", 1, 10),
                        annual=True,
                    ),
                    A(
                        "Консультации и методические семинары для наставников",
                        "в течение года",
                        None,
                        ("c",),
                    ),
                    A(
                        "Курсы повышения квалификации наставников «Наставничество в школе»",
                        "по плану-графику ЧРИО",
                        None,
                        ("u",),
                    ),
                ],
                "Заместитель директора по НМР, методист",
                ["deputy_director", "methodologist"],
            )
        ],
    ),
    S(
        5,
        "Организация и осуществление работы наставнических пар/групп",
        "",
        [
            G(
                "",
                [
                    A(
                        "Формирование наставнических пар/групп, приказ о закреплении с согласия участников",
                        "Ежегодно, до 1 октября",
                        None,
                        ("dl", 1, 10),
                        annual=True,
                    ),
                    A(
                        "Разработка персонализированных программ наставничества для каждой пары/группы",
                        "Ежегодно, до 15 октября",
                        None,
                        ("dl", 15, 10),
                        annual=True,
                    ),
                    A(
                        "Реализация персонализированных программ: взаимопосещение уроков, "
                        "консультации, совместная подготовка мероприятий",
                        "октябрь – май",
                        None,
                        ("r", 10, 5),
                    ),
                    A(
                        "Промежуточная оценка работы пар: собеседование с наставниками",
                        "январь",
                        None,
                        ("m", 1),
                    ),
                ],
                "Наставники, руководители МО",
                ["mentors", "head_of_methodical_association"],
            )
        ],
    ),
    S(
        6,
        "Завершение персонализированных программ наставничества",
        "",
        [
            G(
                "",
                [
                    A(
                        "Отчёты наставников и наставляемых о выполнении программ",
                        "май",
                        None,
                        ("m", 5),
                    ),
                    A(
                        "Анкетирование участников: удовлетворённость работой в паре",
                        "май",
                        None,
                        ("m", 5),
                    ),
                    A(
                        "Педагогический совет по итогам года, поощрение лучших наставников",
                        "июнь",
                        None,
                        ("m", 6),
                    ),
                ],
                "Куратор системы наставничества, директор",
                ["program_curator", "director"],
            )
        ],
    ),
    S(
        7,
        "Информационная поддержка системы наставничества",
        "",
        [
            G(
                "",
                [
                    A(
                        "Ведение раздела «Наставничество» на официальном сайте гимназии",
                        "постоянно",
                        None,
                        ("c",),
                    ),
                    A(
                        "Публикация материалов о практиках наставничества гимназии в педагогических "
                        "сообществах и СМИ",
                        "в течение года",
                        None,
                        ("c",),
                    ),
                    A(
                        "Участие наставников в республиканском конкурсе «Наставник года»",
                        "по положению о конкурсе",
                        None,
                        ("u",),
                    ),
                ],
                "Куратор системы наставничества, ответственный за сайт",
                ["program_curator", "other"],
            )
        ],
    ),
]


def build_odt(folder: Path) -> int:
    doc = _new_document(landscape=True)
    office_props(doc.core_properties, "Зам. директора", dt.datetime(2025, 8, 29, 14, 5))
    _para(doc, "Приложение № 2", align="r")
    _para(doc, "к приказу МАОУ «Гимназия № 6» г. Чебоксары", align="r")
    _para(doc, "от 29.08.2025 № 301-о", align="r")
    _para(doc, "")
    _para(
        doc,
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества "
        "педагогических работников в МАОУ «Гимназия № 6» г. Чебоксары на 2025/2026 учебный год",
        bold=True,
        align="c",
        size=13,
    )
    widths = [1.2, 4.6, 10.0, 5.2, 5.5]
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.add_row()
    for i, h in enumerate(
        ["№ п/п", "Наименование этапа", "Содержание мероприятия", "Сроки", "Ответственные"]
    ):
        _set_cell(hdr.cells[i], h, bold=True)
    for st in ODT_STAGES:
        assert st.sid is not None
        for g in st.groups:
            row = table.add_row()
            items = [f"{k}) {a.text}" for k, a in enumerate(g.acts, start=1)]
            lead = [ODT_LEAD[st.sid]] if st.sid in ODT_LEAD else []
            content, dates = aligned(items, [a.date for a in g.acts], (widths[2], widths[3]), lead)
            _set_cell(row.cells[0], f"{st.sid}.")
            _set_cell(row.cells[1], st.heading)
            _set_cell(row.cells[2], content)
            _set_cell(row.cells[3], dates)
            _set_cell(row.cells[4], g.resp)
    _widths(table, widths)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        doc.save(str(src))
        soffice_convert(src, "odt", "odt", folder / "roadmap.odt")
    stable_zip(folder / "roadmap.odt", dt.datetime(2025, 8, 29, 14, 5))
    truth = stage_truth(ODT_STAGES, ODT_YEAR)
    save_truth(folder, ODT_ORG, ODT_YEAR, truth, model=MODEL_2022)
    return len(truth)


# =========================================================================== 4: XLS
# ГАПОУ «Бугульминский строительный техникум», 2019/2020.  Authored in Excel: merged title rows,
# numbered section rows merged across, sub-numbers «2.1», a «Результат (вид документа)» column.
# The first section holds only administrative extras (no canonical stage: stage_id null); one
# date cell is a real spreadsheet date.

XLS_ORG = "ГАПОУ «Бугульминский строительный техникум»"
XLS_YEAR = 2019
XLS_SHEET_DATE = "16.12.2019"  # printed from a real date value, see build_xls
XLS_SECTIONS: list[tuple[Stage, list[str]]] = [
    (
        flat(
            None,
            "1. Нормативно-правовое и организационное обеспечение",
            [
                A(
                    "Приказ о внедрении целевой модели наставничества обучающихся в техникуме",
                    XLS_SHEET_DATE,
                    None,
                    ("d", 16, 12, 2019),
                    "Директор",
                    ["director"],
                ),
                A(
                    "Разработка и утверждение Положения о программе наставничества",
                    "до 20.12.2019",
                    None,
                    ("dl", 20, 12, 2019),
                    "Заместитель директора по УПР",
                    ["deputy_director"],
                ),
                A(
                    "Назначение куратора внедрения целевой модели наставничества",
                    "декабрь 2019 г.",
                    None,
                    ("m", 12, 2019),
                    "Директор",
                    ["director"],
                ),
            ],
        ),
        ["Приказ", "Положение", "Приказ"],
    ),
    (
        flat(
            1,
            "2. Подготовка условий для запуска программы наставничества",
            [
                A(
                    "Информирование педагогических работников о целевой модели наставничества на "
                    "заседании педагогического совета",
                    "январь 2020 г.",
                    "1.1",
                    ("m", 1, 2020),
                    "Заместитель директора по УР",
                    ["deputy_director_academic"],
                ),
                A(
                    "Информирование родителей (законных представителей) студентов через родительские "
                    "собрания и сайт техникума",
                    "январь – февраль 2020 г.",
                    "1.2",
                    ("r", 1, 2, 2020, 2020),
                    "Заведующие отделениями, кураторы учебных групп",
                    ["other", "class_teacher"],
                ),
                A(
                    "Встреча студентов с представителями работодателей – социальных партнёров техникума",
                    "февраль 2020 г.",
                    "1.3",
                    ("m", 2, 2020),
                    "Руководитель службы содействия трудоустройству выпускников",
                    ["other"],
                ),
                A(
                    "Кураторские часы для студентов 1–2 курсов о программе наставничества",
                    "февраль 2020 г.",
                    "1.4",
                    ("m", 2, 2020),
                    "Кураторы учебных групп",
                    ["class_teacher"],
                ),
            ],
        ),
        ["Протокол педсовета", "Протоколы собраний", "Информация на сайте", "Планы кураторских часов"],
    ),
    (
        flat(
            2,
            "3. Формирование базы наставляемых",
            [
                A(
                    "Анкетирование студентов о трудностях в обучении и профессиональном самоопределении; "
                    "согласия совершеннолетних студентов на обработку персональных данных",
                    "март 2020 г.",
                    "2.1",
                    ("m", 3, 2020),
                    "Педагог-психолог",
                    ["psychologist"],
                ),
                A(
                    "Сведения о запросах наставляемых от кураторов групп и социального педагога; согласия "
                    "законных представителей несовершеннолетних студентов",
                    "март 2020 г.",
                    "2.2",
                    ("m", 3, 2020),
                    "Социальный педагог, кураторы учебных групп",
                    ["social_pedagogue", "class_teacher"],
                ),
                A(
                    "Формирование базы наставляемых по итогам анализа анкет",
                    "до 31.03.2020",
                    "2.3",
                    ("dl", 31, 3, 2020),
                    "Куратор программы наставничества",
                    ["program_curator"],
                ),
            ],
        ),
        ["Анкеты, согласия", "Согласия", "База наставляемых"],
    ),
    (
        flat(
            3,
            "4. Формирование базы наставников",
            [
                A(
                    "Выбор форм наставничества: «студент – студент», «работодатель – студент», "
                    "«педагог – педагог»",
                    "март 2020 г.",
                    "3.1",
                    ("m", 3, 2020),
                    "Методист",
                    ["methodologist"],
                ),
                A(
                    "Анкетирование преподавателей, мастеров п/о и представителей работодателей, "
                    "желающих стать наставниками",
                    "апрель 2020 г.",
                    "3.3",
                    ("m", 4, 2020),
                    "Методист, председатели ПЦК",
                    ["methodologist", "head_of_methodical_association"],
                ),
                A(
                    "Формирование базы наставников",
                    "апрель 2020 г.",
                    "3.4",
                    ("m", 4, 2020),
                    "Куратор программы наставничества",
                    ["program_curator"],
                ),
            ],
        ),
        ["Перечень форм", "Анкеты", "База наставников"],
    ),
    (
        flat(
            4,
            "5. Отбор и обучение наставников",
            [
                A(
                    "Собеседование с потенциальными наставниками",
                    "апрель 2020 г.",
                    "4.2",
                    ("m", 4, 2020),
                    "Педагог-психолог, куратор программы наставничества",
                    ["psychologist", "program_curator"],
                ),
                A(
                    "Обучение наставников (вебинары, методические рекомендации)",
                    "II квартал 2020 г.",
                    "4.4",
                    ("r", 4, 6, 2020, 2020),
                    "Методист",
                    ["methodologist"],
                ),
            ],
        ),
        ["", "Сертификаты"],
    ),
    (
        flat(
            5,
            "6. Формирование наставнических пар (групп)",
            [
                A(
                    "Закрепление наставнических пар (групп) приказом директора",
                    "май 2020 г.",
                    "5.4",
                    ("m", 5, 2020),
                    "Директор",
                    ["director"],
                ),
            ],
        ),
        ["Приказ"],
    ),
    (
        flat(
            6,
            "7. Организация работы наставнических пар (групп)",
            [
                A(
                    "Организационная встреча в каждой паре (группе)",
                    "май 2020 г.",
                    "6.1",
                    ("m", 5, 2020),
                    "Наставники",
                    ["mentors"],
                ),
                A(
                    "Работа наставнических пар по утверждённым планам",
                    "май – июнь 2020 г.",
                    "6.4",
                    ("r", 5, 6, 2020, 2020),
                    "Наставники",
                    ["mentors"],
                ),
                A(
                    "Сбор обратной связи от наставников и наставляемых",
                    "июнь 2020 г.",
                    "6.5",
                    ("m", 6, 2020),
                    "Куратор программы наставничества",
                    ["program_curator"],
                ),
            ],
        ),
        ["Планы работы пар", "Журналы наставников", "Анкеты"],
    ),
    (
        flat(
            7,
            "8. Завершение наставничества",
            [
                A(
                    "Мониторинг качества реализации программы наставничества",
                    "до 30.06.2020",
                    "7.3",
                    ("dl", 30, 6, 2020),
                    "Куратор программы, педагог-психолог",
                    ["program_curator", "psychologist"],
                ),
                A(
                    "Размещение результатов программы и лучших кейсов на сайте техникума",
                    "июнь 2020 г.",
                    "7.6",
                    ("m", 6, 2020),
                    "Заместитель директора по УПР, ответственный за сайт",
                    ["deputy_director", "other"],
                ),
            ],
        ),
        ["Аналитическая справка", "Публикации"],
    ),
]


def build_xls(folder: Path) -> int:
    wb = Workbook()
    office_props(wb.properties, "Хасанова", dt.datetime(2019, 12, 16, 11, 30))
    ws = wb.active
    ws.title = "Дорожная карта"
    widths = [7.0, 52.0, 16.0, 28.0, 20.0]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDE"[i]].width = w
    bold = Font(name="Times New Roman", size=11, bold=True)
    plain = Font(name="Times New Roman", size=11)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    titles = [
        ("УТВЕРЖДАЮ", "right"),
        ("Директор ГАПОУ «Бугульминский строительный техникум»", "right"),
        ("_____________ Р.Ф. Хасанова     «16» декабря 2019 г.", "right"),
        ("", "center"),
        ("План мероприятий («дорожная карта») по внедрению целевой модели наставничества", "center"),
        ("обучающихся в ГАПОУ «Бугульминский строительный техникум» на 2019/2020 учебный год", "center"),
    ]
    r = 1
    for text, horiz in titles:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, text)
        c.font = bold if horiz == "center" else plain
        c.alignment = Alignment(horizontal=horiz)
        r += 1
    r += 1
    head_row = r
    for i, h in enumerate(
        [
            "№ п/п",
            "Наименование мероприятия",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Результат (вид документа)",
        ],
        start=1,
    ):
        c = ws.cell(r, i, h)
        c.font = bold
        c.alignment = center
    r += 1
    truth: list[TruthActivity] = []
    for st, results in XLS_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, st.heading)
        c.font = bold
        c.alignment = Alignment(horizontal="left", vertical="center")
        r += 1
        sec_no = st.heading.split(".")[0]
        acts = [a for g in st.groups for a in g.acts]
        for k, (a, res) in enumerate(zip(acts, results, strict=True), start=1):
            ws.cell(r, 1, f"{sec_no}.{k}").alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 2, a.text)
            if a.date == XLS_SHEET_DATE:
                dc = ws.cell(r, 3, dt_value(a.date))
                dc.number_format = "DD.MM.YYYY"
            else:
                ws.cell(r, 3, a.date)
            ws.cell(r, 4, a.resp)
            ws.cell(r, 5, res)
            for col in range(2, 6):
                ws.cell(r, col).alignment = wrap
            for col in range(1, 6):
                ws.cell(r, col).font = plain
            lines = max(line_count(a.text, 66), line_count(a.resp, 34), line_count(res, 24))
            ws.row_dimensions[r].height = 14.0 * lines + 3
            truth.append(truth_of(a, st.sid, XLS_YEAR, a.roles))
            r += 1
    _border_all(ws, range(head_row, r), 5)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.xlsx"
        wb.save(str(src))
        soffice_convert(src, "xls:MS Excel 97", "xls", folder / "roadmap.xls")
    save_truth(folder, XLS_ORG, XLS_YEAR, truth)
    return len(truth)


def dt_value(printed: str) -> dt.datetime:
    """A dd.mm.yyyy string as the datetime a spreadsheet cell stores."""
    return dt.datetime.strptime(printed, "%d.%m.%Y")


# =========================================================================== 5: ODS
# МАУ ДО «Центр дополнительного образования «Спектр»» г. Тобольска, 2021/2022.  A spreadsheet
# whose first column holds the stage name merged down over the stage's rows; rows numbered
# 1..N straight through; forms «педагог – педагог» and «ученик – ученик».

ODS_ORG = "МАУ ДО «Центр дополнительного образования «Спектр»» г. Тобольска"
ODS_YEAR = 2021
ODS_PDO = "Педагоги дополнительного образования"
ODS_CUR = "Куратор программы наставничества"
ODS_STAGES: list[Stage] = [
    flat(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ о реализации целевой модели наставничества в ЦДО «Спектр» и назначении куратора",
                "01.09.2021",
                None,
                ("d", 1, 9, 2021),
                "Директор",
                ["director"],
            ),
            A(
                "Знакомство педагогов дополнительного образования с программой наставничества на "
                "методическом совете",
                "сентябрь",
                "1.1",
                ("m", 9),
                "Методист",
                ["methodologist"],
            ),
            A(
                "Информирование родителей обучающихся о программе: собрания в объединениях, "
                "публикации в сообществе ЦДО",
                "сентябрь – октябрь",
                "1.2",
                ("r", 9, 10),
                ODS_PDO,
                ["teachers"],
            ),
            A(
                "Беседы с обучающимися объединений о целях программы наставничества",
                "октябрь",
                "1.4",
                ("m", 10),
                ODS_PDO + ", педагог-организатор",
                ["teachers", "other"],
            ),
        ],
    ),
    flat(
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование обучающихся, желающих иметь наставника, и педагогов со стажем до 3 лет",
                "октябрь",
                "2.1",
                ("m", 10),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Формирование базы наставляемых",
                "ноябрь",
                "2.3",
                ("m", 11),
                ODS_CUR,
                ["program_curator"],
            ),
        ],
    ),
    flat(
        3,
        "Формирование базы наставников",
        [
            A(
                "Определение форм наставничества («педагог – педагог», «ученик – ученик»)",
                "октябрь",
                "3.1",
                ("m", 10),
                "Заместитель директора по УВР",
                ["deputy_director_academic"],
            ),
            A(
                "Анкетирование потенциальных наставников из числа педагогов и обучающихся – "
                "победителей конкурсов",
                "ноябрь",
                "3.3",
                ("m", 11),
                "Методист",
                ["methodologist"],
            ),
            A(
                "Формирование базы наставников",
                "до 30 ноября",
                "3.4",
                ("dl", 30, 11),
                ODS_CUR,
                ["program_curator"],
            ),
        ],
    ),
    flat(
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Методический семинар для наставников «Роль наставника в дополнительном образовании»",
                "декабрь",
                "4.4",
                ("m", 12),
                "Методист, педагог-психолог",
                ["methodologist", "psychologist"],
            ),
        ],
    ),
    flat(
        5,
        "Формирование наставнических пар и групп",
        [
            A(
                "Встреча-знакомство наставников и наставляемых",
                "декабрь",
                "5.1",
                ("m", 12),
                ODS_CUR + ", педагог-психолог",
                ["program_curator", "psychologist"],
            ),
            A(
                "Анкетирование после встречи: выбор предпочитаемого наставника",
                "декабрь",
                "5.2",
                ("m", 12),
                ODS_CUR + ", педагог-психолог",
                ["program_curator", "psychologist"],
            ),
            A(
                "Утверждение пар и групп приказом директора",
                "до 25 декабря",
                "5.4",
                ("dl", 25, 12),
                "Директор, куратор программы наставничества",
                ["director", "program_curator"],
            ),
        ],
    ),
    flat(
        6,
        "Организация работы наставнических пар и групп",
        [
            A(
                "Первая встреча наставника и наставляемого: знакомство, определение целей",
                "январь",
                "6.1",
                ("m", 1),
                "Наставники",
                ["mentors"],
            ),
            A(
                "Регулярные встречи наставнических пар (не реже 2 раз в месяц)",
                "январь – апрель",
                "6.4",
                ("r", 1, 4),
                "Наставники",
                ["mentors"],
            ),
            A(
                "Сбор обратной связи от наставляемых",
                "март",
                "6.5",
                ("m", 3),
                ODS_CUR,
                ["program_curator"],
            ),
            A(
                "Заключительная встреча наставника и наставляемого",
                "апрель",
                "6.6",
                ("m", 4),
                "Наставники",
                ["mentors"],
            ),
        ],
    ),
    flat(
        7,
        "Завершение наставничества",
        [
            A(
                "Итоговый праздник «Спасибо, наставник!» с приглашением родителей и партнёров",
                "май",
                "7.2",
                ("m", 5),
                "Директор, педагог-организатор",
                ["director", "other"],
            ),
            A(
                "Итоговый срез: мониторинг влияния программы на участников",
                "май",
                "7.4",
                ("m", 5),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Оформление лучших практик наставничества в кейсы",
                "май – июнь",
                "7.5",
                ("r", 5, 6),
                "Методист",
                ["methodologist"],
            ),
            A(
                "Внесение итогов в базы наставников и наставляемых",
                "июнь",
                "7.7",
                ("m", 6),
                ODS_CUR,
                ["program_curator"],
            ),
        ],
    ),
]


def build_ods(folder: Path) -> int:
    wb = Workbook()
    office_props(wb.properties, "Методист", dt.datetime(2021, 8, 27, 16, 20))
    ws = wb.active
    ws.title = "Лист1"
    for letter, w in zip("ABCDE", [24.0, 5.0, 56.0, 17.0, 30.0], strict=True):
        ws.column_dimensions[letter].width = w
    font = Font(name="Liberation Serif", size=11)
    bold = Font(name="Liberation Serif", size=12, bold=True)
    top = Alignment(wrap_text=True, vertical="top")
    title = [
        "Дорожная карта внедрения целевой модели наставничества",
        "в МАУ ДО «Центр дополнительного образования «Спектр»» г. Тобольска",
        "на 2021-2022 уч. год",
    ]
    r = 1
    for text in title:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, text)
        c.font = bold
        c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    head = r
    for i, h in enumerate(["Этап", "№", "Мероприятие", "Сроки", "Ответственные"], start=1):
        c = ws.cell(r, i, h)
        c.font = Font(name="Liberation Serif", size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    n = 0
    truth: list[TruthActivity] = []
    for st in ODS_STAGES:
        first = r
        for g in st.groups:
            for a in g.acts:
                n += 1
                ws.cell(r, 2, f"{n}.")
                ws.cell(r, 3, a.text)
                ws.cell(r, 4, a.date)
                ws.cell(r, 5, a.resp)
                for col in range(2, 6):
                    ws.cell(r, col).font = font
                    ws.cell(r, col).alignment = top
                lines = max(line_count(a.text, 60), line_count(a.resp, 32))
                ws.row_dimensions[r].height = 15.0 * lines + 2
                truth.append(truth_of(a, st.sid, ODS_YEAR, g.roles))
                r += 1
        c = ws.cell(first, 1, st.heading)
        c.font = Font(name="Liberation Serif", size=11, bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        else:
            ws.row_dimensions[first].height = max(ws.row_dimensions[first].height or 0, 15.0 * 3 + 2)
    _border_all(ws, range(head, r), 5)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.xlsx"
        wb.save(str(src))
        soffice_convert(src, "ods", "ods", folder / "roadmap.ods")
    stable_zip(folder / "roadmap.ods", dt.datetime(2021, 8, 27, 16, 20))
    save_truth(folder, ODS_ORG, ODS_YEAR, truth)
    return len(truth)


# =========================================================================== 6: HTML (Word, cp1251)
# МАОУ «СОШ № 21» г. Улан-Удэ, 2022/2023.  Saved by Word as a filtered web page in windows-1251:
# the first table is the approval block (РАССМОТРЕНО | УТВЕРЖДАЮ), the second is an un-numbered
# three-column roadmap whose stage rows (Roman numerals) span the table with Задача/Результат.

HTML_ORG = "МАОУ «СОШ № 21» г. Улан-Удэ"
HTML_YEAR = 2022
HTML_CUR = "Куратор программы"
HTML_STAGES: list[Stage] = [
    flat(
        1,
        "I. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Совещание при директоре: план внедрения целевой модели наставничества, распределение "
                "обязанностей",
                "август 2022 г.",
                None,
                ("m", 8, 2022),
                "Директор",
                ["director"],
            ),
            A(
                "Информирование педагогического коллектива о запуске программы наставничества",
                "сентябрь",
                "1.1",
                ("m", 9),
                "Заместитель директора по УВР",
                ["deputy_director_academic"],
            ),
            A(
                "Информирование родителей на классных родительских собраниях",
                "сентябрь",
                "1.2",
                ("m", 9),
                "Классные руководители 1–11 классов",
                ["class_teacher"],
            ),
            A(
                "Встреча обучающихся с выпускниками школы – студентами вузов и колледжей Бурятии",
                "октябрь",
                "1.3",
                ("m", 10),
                "Советник директора по воспитанию",
                ["senior_counselor"],
            ),
            A(
                "Единый классный час «Кто такой наставник?»",
                "октябрь",
                "1.4",
                ("m", 10),
                "Классные руководители, старшая вожатая",
                ["class_teacher", "senior_counselor"],
            ),
        ],
        "Задача: информирование участников образовательных отношений о запуске программы.\n"
        "Результат: определены кадровые и методические ресурсы для реализации программы.",
    ),
    flat(
        2,
        "II. Формирование базы наставляемых",
        [
            A(
                "Анкетирование обучающихся и молодых педагогов, сбор согласий на обработку персональных "
                "данных",
                "сентябрь – октябрь",
                "2.1",
                ("r", 9, 10),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Сбор информации о запросах наставляемых от классных руководителей и родителей, согласия "
                "законных представителей",
                "октябрь",
                "2.2",
                ("m", 10),
                "Социальный педагог, классные руководители",
                ["social_pedagogue", "class_teacher"],
            ),
            A(
                "Формирование базы наставляемых",
                "до 1 ноября",
                "2.3",
                ("dl", 1, 11),
                HTML_CUR,
                ["program_curator"],
            ),
        ],
        "Задача: выявление проблем обучающихся и педагогов, которые можно решить с помощью "
        "наставничества.\nРезультат: сформирована база наставляемых.",
    ),
    flat(
        3,
        "III. Формирование базы наставников",
        [
            A(
                "Входное тестирование наставляемых по параметрам программы",
                "октябрь",
                "3.2",
                ("m", 10),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Анкетирование желающих стать наставниками",
                "октябрь",
                "3.3",
                ("m", 10),
                HTML_CUR,
                ["program_curator"],
            ),
            A(
                "Формирование базы наставников",
                "ноябрь",
                "3.4",
                ("m", 11),
                HTML_CUR,
                ["program_curator"],
            ),
        ],
        "Результат: сформирована база наставников.",
    ),
    flat(
        4,
        "IV. Отбор и обучение наставников",
        [
            A(
                "Входная диагностика наставников по параметрам программы",
                "ноябрь",
                "4.1",
                ("m", 11),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Обучение наставников: курсы повышения квалификации, методические консультации",
                "ноябрь – декабрь",
                "4.4",
                ("r", 11, 12),
                "Заместитель директора по УВР, руководители ШМО",
                ["deputy_director_academic", "head_of_methodical_association"],
            ),
        ],
        "Результат: наставники готовы к работе с наставляемыми.",
    ),
    flat(
        5,
        "V. Формирование наставнических пар / групп",
        [
            A(
                "Анализ анкет и подбор пар «наставник – наставляемый»",
                "декабрь",
                "5.3",
                ("m", 12),
                HTML_CUR,
                ["program_curator"],
            ),
            A(
                "Приказ о закреплении наставнических пар",
                "декабрь",
                "5.4",
                ("m", 12),
                "Директор",
                ["director"],
            ),
        ],
    ),
    flat(
        6,
        "VI. Организация работы наставнических пар / групп",
        [
            A(
                "Встреча-планирование: индивидуальные планы развития наставляемых",
                "январь",
                "6.3",
                ("m", 1),
                "Наставники",
                ["mentors"],
            ),
            A(
                "Регулярные встречи наставников и наставляемых",
                "в течение года",
                "6.4",
                ("c",),
                "Наставники",
                ["mentors"],
            ),
            A(
                "Промежуточное анкетирование участников (обратная связь)",
                "март",
                "6.5",
                ("m", 3),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Итоговая встреча всех наставнических пар и групп",
                "апрель",
                "6.7",
                ("m", 4),
                "Куратор программы, наставники",
                ["program_curator", "mentors"],
            ),
        ],
        "Задача: закрепление гармоничных отношений между наставником и наставляемым.\n"
        "Результат: стабильные наставнические отношения.",
    ),
    flat(
        7,
        "VII. Завершение наставничества",
        [
            A(
                "Приглашение участников программы, родителей и партнёров на итоговое мероприятие",
                "май",
                "7.1",
                ("m", 5),
                "Советник директора по воспитанию",
                ["senior_counselor"],
            ),
            A(
                "Итоговая конференция «Наставничество: шаг вперёд», награждение лучших наставников",
                "май",
                "7.2",
                ("m", 5),
                "Директор, заместитель директора по ВР",
                ["director", "deputy_director_upbringing"],
            ),
            A(
                "Благодарственные письма наставникам",
                "май",
                None,
                ("m", 5),
                "Директор",
                ["director"],
            ),
            A(
                "Формирование долгосрочной базы наставников",
                "июнь",
                "7.8",
                ("m", 6),
                HTML_CUR,
                ["program_curator"],
            ),
        ],
    ),
]

HTML_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Дорожная карта</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:42.55pt 42.5pt 42.55pt 70.9pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=RU style='word-wrap:break-word'>

<div class=WordSection1>
"""

HTML_TD = (
    "<td width={px} valign=top style='width:{pt}pt;border:solid windowtext 1.0pt;"
    "padding:0cm 5.4pt 0cm 5.4pt'>"
)


def _wrap_source(line: str) -> str:
    """Word wraps the HTML source near 80 columns, at spaces."""
    return "\n".join(textwrap.wrap(line, width=78, break_long_words=False, break_on_hyphens=False))


def _mso_p(
    text: str, bold: bool = False, italic: bool = False, center: bool = False, right: bool = False
) -> str:
    if not text:
        return "<p class=MsoNormal>&nbsp;</p>"
    body = html.escape(text, quote=False)
    if italic:
        body = f"<i>{body}</i>"
    if bold:
        body = f"<b>{body}</b>"
    if center:
        return _wrap_source(f"<p class=MsoNormal align=center style='text-align:center'>{body}</p>")
    if right:
        return _wrap_source(f"<p class=MsoNormal align=right style='text-align:right'>{body}</p>")
    return _wrap_source(f"<p class=MsoNormal>{body}</p>")


def _mso_td(paras: Sequence[str], width_pt: float, colspan: int = 1) -> str:
    px = round(width_pt * 4 / 3)
    td = HTML_TD.format(px=px, pt=f"{width_pt:.1f}")
    if colspan > 1:
        td = td.replace("<td ", f"<td colspan={colspan} ", 1)
    return "  " + _wrap_source(td) + "\n  " + "\n  ".join(paras) + "\n  </td>"


def build_html(folder: Path) -> int:
    out: list[str] = [HTML_HEAD]
    out.append("<p class=MsoNormal align=right style='text-align:right'>Приложение 1</p>\n")
    out.append(
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643\n"
        " style='width:482.2pt;border-collapse:collapse'>\n <tr>"
    )
    approval = [
        ["РАССМОТРЕНО", "на заседании педагогического совета", "Протокол № 1 от 30.08.2022"],
        [
            "УТВЕРЖДАЮ",
            "Директор МАОУ «СОШ № 21» г. Улан-Удэ",
            "_________ Д.Б. Цыренова",
            "Приказ № 201 от 31.08.2022",
        ],
    ]
    for cell in approval:
        paras = [_mso_p(t, bold=(i == 0)) for i, t in enumerate(cell)]
        out.append(
            "  <td width=321 valign=top style='width:241.1pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  "
            + "\n  ".join(paras)
            + "\n  </td>"
        )
    out.append(" </tr>\n</table>\n")
    out.append(_mso_p(""))
    out.append(_mso_p("Дорожная карта", bold=True, center=True))
    out.append(_mso_p("внедрения целевой модели наставничества", bold=True, center=True))
    out.append(_mso_p("в МАОУ «СОШ № 21» г. Улан-Удэ на 2022-2023 учебный год", bold=True, center=True))
    out.append(_mso_p(""))
    widths = [270.0, 85.0, 127.0]
    out.append(
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none'>"
    )
    out.append(" <tr>")
    for h, w in zip(["Мероприятия", "Сроки", "Ответственные"], widths, strict=True):
        out.append(_mso_td([_mso_p(h, bold=True, center=True)], w))
    out.append(" </tr>")
    truth: list[TruthActivity] = []
    for st in HTML_STAGES:
        paras = [_mso_p(st.heading, bold=True, center=True)]
        paras += [_mso_p(line, italic=True) for line in st.note.split("\n") if line]
        out.append(" <tr>")
        out.append(_mso_td(paras, sum(widths), colspan=3))
        out.append(" </tr>")
        for g in st.groups:
            for a in g.acts:
                out.append(" <tr>")
                for text, w in zip([a.text, a.date, a.resp], widths, strict=True):
                    out.append(_mso_td([_mso_p(text)], w))
                out.append(" </tr>")
                truth.append(truth_of(a, st.sid, HTML_YEAR, g.roles))
    out.append("</table>\n")
    out.append(_mso_p(""))
    out.append(_mso_p("Куратор программы наставничества: Базарова С.Ц., учитель английского языка"))
    out.append("\n</div>\n\n</body>\n\n</html>\n")
    page = "\n".join(out).replace("\n", "\r\n")
    (folder / "roadmap.html").write_bytes(page.encode("cp1251", errors="xmlcharrefreplace"))
    save_truth(folder, HTML_ORG, HTML_YEAR, truth)
    return len(truth)


# =========================================================================== 7: TXT (pdftotext -layout)
# МБДОУ «Детский сад № 118 «Золотой ключик»» г. Ижевска, 2024/2025.  A numbered four-column table
# with numbered stage rows whose other cells are empty, printed to PDF and read back with
# ``pdftotext -layout``: the text file is what a site offers as a «текстовая версия».

TXT_ORG = "МБДОУ «Детский сад № 118 «Золотой ключик»» г. Ижевска"
TXT_YEAR = 2024
TXT_SV = "Старший воспитатель"
TXT_MENT = "Педагоги-наставники"
TXT_STAGES: list[Stage] = [
    flat(
        1,
        "Подготовка условий для запуска программы наставничества",
        [
            A(
                "Издание приказа о внедрении наставничества, утверждение дорожной карты",
                "до 02.09.2024",
                None,
                ("dl", 2, 9, 2024),
                "Заведующий",
                ["director"],
            ),
            A(
                "Информирование педагогов о программе наставничества на установочном педсовете",
                "сентябрь",
                "1.1",
                ("m", 9),
                TXT_SV,
                ["other"],
            ),
            A(
                "Информирование родителей (законных представителей) воспитанников на групповых собраниях",
                "сентябрь – октябрь",
                "1.2",
                ("r", 9, 10),
                "Воспитатели групп",
                ["teachers"],
            ),
            A(
                "Встреча с представителями педагогического колледжа – базы практики студентов",
                "ноябрь",
                "1.3",
                ("m", 11),
                "Заведующий, старший воспитатель",
                ["director", "other"],
            ),
        ],
    ),
    flat(
        2,
        "Формирование базы наставляемых",
        [
            A(
                "Анкетирование педагогов, нуждающихся в поддержке наставника (молодые специалисты, "
                "вновь принятые); согласия на обработку персональных данных",
                "сентябрь",
                "2.1",
                ("m", 9),
                "Педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Анализ анкет, формирование базы наставляемых",
                "октябрь",
                "2.3",
                ("m", 10),
                TXT_SV,
                ["other"],
            ),
        ],
    ),
    flat(
        3,
        "Формирование базы наставников",
        [
            A(
                "Выбор формы наставничества «педагог – педагог» на текущий год",
                "сентябрь",
                "3.1",
                ("m", 9),
                "Заместитель заведующего по ВМР",
                ["deputy_director"],
            ),
            A(
                "Анкетирование опытных педагогов, готовых стать наставниками",
                "сентябрь",
                "3.3",
                ("m", 9),
                TXT_SV,
                ["other"],
            ),
            A(
                "Формирование базы наставников",
                "до 15.10.2024",
                "3.4",
                ("dl", 15, 10, 2024),
                TXT_SV,
                ["other"],
            ),
        ],
    ),
    flat(
        4,
        "Отбор и обучение наставников",
        [
            A(
                "Собеседование с педагогами-наставниками",
                "октябрь",
                "4.2",
                ("m", 10),
                "Заведующий, педагог-психолог",
                ["director", "psychologist"],
            ),
            A(
                "Семинар-практикум «Наставник в детском саду: роль и функции»",
                "ноябрь",
                "4.4",
                ("m", 11),
                "Заместитель заведующего по ВМР",
                ["deputy_director"],
            ),
        ],
    ),
    flat(
        5,
        "Формирование наставнических пар",
        [
            A(
                "Закрепление наставнических пар приказом заведующего",
                "до 01.11.2024",
                "5.4",
                ("dl", 1, 11, 2024),
                "Заведующий",
                ["director"],
            ),
        ],
    ),
    flat(
        6,
        "Организация работы наставнических пар",
        [
            A(
                "Первая встреча наставника и молодого педагога, знакомство с группой",
                "ноябрь",
                "6.1",
                ("m", 11),
                TXT_MENT,
                ["mentors"],
            ),
            A(
                "Пробная рабочая встреча: совместное проведение режимных моментов",
                "ноябрь",
                "6.2",
                ("m", 11),
                TXT_MENT,
                ["mentors"],
            ),
            A(
                "Составление плана совместной работы пары на год",
                "ноябрь",
                "6.3",
                ("m", 11),
                TXT_MENT + ", молодые специалисты",
                ["mentors", "other"],
            ),
            A(
                "Взаимопосещение занятий, консультации, мастер-классы наставников",
                "декабрь – апрель",
                "6.4",
                ("r", 12, 4),
                TXT_MENT,
                ["mentors"],
            ),
            A(
                "Анкетирование участников: удовлетворённость участием в программе",
                "апрель",
                "6.8",
                ("m", 4),
                "Педагог-психолог",
                ["psychologist"],
            ),
        ],
    ),
    flat(
        7,
        "Завершение наставничества",
        [
            A(
                "Итоговый педсовет: презентация результатов работы пар, поощрение наставников",
                "май",
                "7.2",
                ("m", 5),
                "Заведующий",
                ["director"],
            ),
            A(
                "Мониторинг качества реализации программы наставничества",
                "май",
                "7.3",
                ("m", 5),
                TXT_SV,
                ["other"],
            ),
            A(
                "Публикация итогов на сайте детского сада и в госпаблике ВКонтакте",
                "июнь",
                "7.6",
                ("m", 6),
                TXT_SV,
                ["other"],
            ),
        ],
    ),
]


def build_txt(folder: Path) -> int:
    doc = _new_document(landscape=False)
    office_props(doc.core_properties, "Детский сад 118", dt.datetime(2024, 8, 30, 12, 0))
    _para(doc, "Приложение № 1 к приказу", align="r")
    _para(doc, "от 30.08.2024 № 78-о", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c", size=13)
    _para(doc, "внедрения целевой модели наставничества", bold=True, align="c", size=13)
    _para(doc, "в МБДОУ «Детский сад № 118 «Золотой ключик»» г. Ижевска", bold=True, align="c", size=13)
    _para(doc, "на 2024 – 2025 учебный год", bold=True, align="c", size=13)
    _para(doc, "Форма наставничества: «педагог – педагог»", align="c")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    hdr = table.add_row()
    for i, h in enumerate(["№", "Мероприятие", "Сроки", "Ответственные"]):
        _set_cell(hdr.cells[i], h, bold=True)
    truth: list[TruthActivity] = []
    for st in TXT_STAGES:
        assert st.sid is not None
        row = table.add_row()
        _set_cell(row.cells[0], f"{st.sid}.", bold=True)
        _set_cell(row.cells[1], st.heading, bold=True)
        acts = [a for g in st.groups for a in g.acts]
        for k, a in enumerate(acts, start=1):
            row = table.add_row()
            for i, val in enumerate([f"{st.sid}.{k}", a.text, a.date, a.resp]):
                _set_cell(row.cells[i], val)
            truth.append(truth_of(a, st.sid, TXT_YEAR, a.roles))
    _widths(table, [1.3, 9.2, 3.2, 4.3])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "roadmap.docx"
        pdf = Path(tmp) / "roadmap.pdf"
        doc.save(str(src))
        _soffice_pdf(src, pdf)
        text = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
            check=True,
            capture_output=True,
            timeout=120,
        ).stdout
    (folder / "roadmap.txt").write_bytes(text)
    save_truth(folder, TXT_ORG, TXT_YEAR, truth)
    return len(truth)


# =========================================================================== 8: DOCX without a table
# МБОУ «Кузнецовская ООШ» Бийского района, 2020/2021.  Stage headings («Этап 1. …») followed by
# paragraphs numbered straight through, «N. Мероприятие — срок — ответственный»; explicit years
# in the dates; a «Цель:» line under some headings.

DOCX_ORG = "МБОУ «Кузнецовская ООШ» Бийского района"
DOCX_YEAR = 2020
DOCX_DIR = "директор школы"
DOCX_CUR = "куратор программы"
DOCX_STAGES: list[Stage] = [
    flat(
        1,
        "Этап 1. Подготовка условий для запуска программы наставничества",
        [
            A(
                "Приказ «О внедрении целевой модели наставничества в МБОУ «Кузнецовская ООШ»»",
                "до 15 сентября 2020 г.",
                None,
                ("dl", 15, 9, 2020),
                DOCX_DIR,
                ["director"],
            ),
            A(
                "Назначение куратора программы наставничества",
                "сентябрь 2020 г.",
                None,
                ("m", 9, 2020),
                DOCX_DIR,
                ["director"],
            ),
            A(
                "Информирование педагогов о программе на заседании методического совета",
                "сентябрь 2020 г.",
                "1.1",
                ("m", 9, 2020),
                "зам. директора по УВР",
                ["deputy_director_academic"],
            ),
            A(
                "Родительское собрание «Наставничество в нашей школе»",
                "октябрь 2020 г.",
                "1.2",
                ("m", 10, 2020),
                "классные руководители",
                ["class_teacher"],
            ),
            A(
                "Встреча обучающихся 5–9 классов с куратором программы",
                "октябрь 2020 г.",
                "1.4",
                ("m", 10, 2020),
                DOCX_CUR,
                ["program_curator"],
            ),
        ],
        "Цель: создать условия для запуска программы наставничества в школе.",
    ),
    flat(
        2,
        "Этап 2. Формирование базы наставляемых",
        [
            A(
                "Анкетирование обучающихся, желающих принять участие в программе",
                "октябрь 2020 г.",
                "2.1",
                ("m", 10, 2020),
                "педагог-психолог",
                ["psychologist"],
            ),
            A(
                "Сбор информации о запросах наставляемых от классных руководителей и родителей; согласия "
                "законных представителей на обработку персональных данных",
                "октябрь – ноябрь 2020 г.",
                "2.2",
                ("r", 10, 11, 2020, 2020),
                "классные руководители, социальный педагог",
                ["class_teacher", "social_pedagogue"],
            ),
            A(
                "Формирование базы наставляемых",
                "ноябрь 2020 г.",
                "2.3",
                ("m", 11, 2020),
                DOCX_CUR,
                ["program_curator"],
            ),
        ],
    ),
    flat(
        3,
        "Этап 3. Формирование базы наставников",
        [
            A(
                "Анкетирование педагогов и обучающихся 8–9 классов, желающих стать наставниками",
                "ноябрь 2020 г.",
                "3.3",
                ("m", 11, 2020),
                DOCX_CUR,
                ["program_curator"],
            ),
            A(
                "Формирование базы наставников",
                "до 30 ноября 2020 г.",
                "3.4",
                ("dl", 30, 11, 2020),
                DOCX_CUR,
                ["program_curator"],
            ),
        ],
    ),
    flat(
        4,
        "Этап 4. Отбор и обучение наставников",
        [
            A(
                "Поиск материалов и экспертов для обучения наставников",
                "ноябрь 2020 г.",
                "4.3",
                ("m", 11, 2020),
                "зам. директора по УВР",
                ["deputy_director_academic"],
            ),
            A(
                "Обучение наставников (дистанционный курс, консультации куратора)",
                "декабрь 2020 г. – январь 2021 г.",
                "4.4",
                ("r", 12, 1, 2020, 2021),
                DOCX_CUR,
                ["program_curator"],
            ),
        ],
        "Цель: подготовить наставников к работе с наставляемыми.",
    ),
    flat(
        5,
        "Этап 5. Формирование наставнических пар и групп",
        [
            A(
                "Групповая встреча наставников и наставляемых",
                "январь 2021 г.",
                "5.1",
                ("m", 1, 2021),
                "куратор программы, педагог-психолог",
                ["program_curator", "psychologist"],
            ),
            A(
                "Приказ о закреплении наставнических пар и групп",
                "январь 2021 г.",
                "5.4",
                ("m", 1, 2021),
                DOCX_DIR,
                ["director"],
            ),
        ],
    ),
    flat(
        6,
        "Этап 6. Организация работы наставнических пар и групп",
        [
            A(
                "Организационные встречи наставников с наставляемыми",
                "февраль 2021 г.",
                "6.1",
                ("m", 2, 2021),
                "наставники",
                ["mentors"],
            ),
            A(
                "Регулярные встречи в парах и группах (не реже одного раза в неделю)",
                "февраль – май 2021 г.",
                "6.4",
                ("r", 2, 5, 2021, 2021),
                "наставники",
                ["mentors"],
            ),
            A(
                "Сбор обратной связи от наставников и наставляемых",
                "март 2021 г.",
                "6.5",
                ("m", 3, 2021),
                DOCX_CUR,
                ["program_curator"],
            ),
            A(
                "Заключительные встречи наставников и наставляемых",
                "май 2021 г.",
                "6.6",
                ("m", 5, 2021),
                "наставники",
                ["mentors"],
            ),
        ],
    ),
    flat(
        7,
        "Этап 7. Завершение наставничества",
        [
            A(
                "Итоговая линейка: подведение итогов программы, награждение наставников",
                "май 2021 г.",
                "7.2",
                ("m", 5, 2021),
                "директор школы, зам. директора по ВР",
                ["director", "deputy_director_upbringing"],
            ),
            A(
                "Мониторинг качества реализации программы",
                "май 2021 г.",
                "7.3",
                ("m", 5, 2021),
                "зам. директора по УВР",
                ["deputy_director_academic"],
            ),
            A(
                "Размещение информации об итогах программы на сайте школы",
                "июнь 2021 г.",
                "7.6",
                ("m", 6, 2021),
                "ответственный за сайт",
                ["other"],
            ),
            A(
                "Внесение данных об итогах в базы наставников и наставляемых",
                "по мере необходимости",
                "7.7",
                ("u",),
                DOCX_CUR,
                ["program_curator"],
            ),
        ],
    ),
]


def build_docx(folder: Path) -> int:
    doc = _new_document(landscape=False)
    office_props(doc.core_properties, "User", dt.datetime(2020, 9, 1, 8, 45))
    _para(doc, "Утверждаю", align="r")
    _para(doc, "Директор МБОУ «Кузнецовская ООШ»", align="r")
    _para(doc, "__________ Н.И. Пономарёва", align="r")
    _para(doc, "«01» сентября 2020 г.", align="r")
    _para(doc, "")
    _para(doc, "Дорожная карта", bold=True, align="c", size=14)
    _para(
        doc,
        "по внедрению целевой модели наставничества в МБОУ «Кузнецовская ООШ» Бийского района "
        "на 2020-2021 учебный год",
        bold=True,
        align="c",
        size=12,
    )
    _para(doc, "")
    n = 0
    truth: list[TruthActivity] = []
    for st in DOCX_STAGES:
        head = _para(doc, st.heading, bold=True)
        head.paragraph_format.space_before = Pt(8)
        if st.note:
            _para(doc, st.note).runs[0].italic = True
        for g in st.groups:
            for a in g.acts:
                n += 1
                p = _para(doc, f"{n}. {a.text} — {a.date} — {a.resp}")
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.left_indent = Pt(14)
                truth.append(truth_of(a, st.sid, DOCX_YEAR, g.roles))
    _para(doc, "")
    _para(doc, "Исполнитель: Седых А.В., куратор программы наставничества, тел. 8 (3854) 7-12-40")
    doc.save(str(folder / "roadmap.docx"))
    stable_zip(folder / "roadmap.docx", dt.datetime(2020, 9, 1, 8, 45))
    save_truth(folder, DOCX_ORG, DOCX_YEAR, truth)
    return len(truth)


# =========================================================================== main

BUILDS = [
    ("h37_rtf_stage_grouped", build_rtf),
    ("h37_doc_polozhenie", build_doc),
    ("h37_odt_teachers_2022", build_odt),
    ("h37_xls_college_sections", build_xls),
    ("h37_ods_stage_merged", build_ods),
    ("h37_html_approval_block", build_html),
    ("h37_txt_layout_kindergarten", build_txt),
    ("h37_docx_dash_paragraphs", build_docx),
]


def main() -> None:
    for name, build in BUILDS:
        n = build(fresh(HERE / name))
        print(f"{name}: {n} activities")


if __name__ == "__main__":
    main()
