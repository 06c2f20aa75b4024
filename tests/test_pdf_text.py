"""PDF text-layer extractor: ruled and unruled tables, merged cells, page breaks, running lines, errors.

Fixtures are drawn with reportlab's canvas at known coordinates (a small table painter below), so each
test states the exact grid the extractor must recover. One test goes through LibreOffice: a DOCX built
with python-docx is exported to PDF and its table must read back as the DOCX extractor reads the DOCX.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractors.pdf_text import extract_pdf
from pipeline.errors import CorruptFile, EmptyFile, EncryptedFile
from pipeline.models import ExtractedDocument, RawTable

FONT = "DejaVuSans"
SIZE = 10.0
LEAD = 12.0
PAD_X = 5.0
Cell = tuple[int, int, bool, tuple[str, ...]]  # col, span, continued, lines


def cyrillic_font() -> str:
    """Register DejaVuSans (reportlab's built-in fonts have no Cyrillic glyphs)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists() and shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "DejaVuSans"], capture_output=True, text=True, check=False
        ).stdout.strip()
        path = Path(found) if found else path
    if not path.exists():
        pytest.fail("no Cyrillic TTF font: install fonts-dejavu-core (DejaVuSans.ttf) to build PDF fixtures")
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return FONT


# --- a small table painter -------------------------------------------------------------------------------


@dataclass(frozen=True)
class C:
    """A cell to draw: first column, printed lines ("" leaves a line empty), columns and rows covered."""

    col: int
    lines: tuple[str, ...] = ()
    span: int = 1
    rows: int = 1


def c(col: int, *lines: str, span: int = 1, rows: int = 1) -> C:
    return C(col, tuple(lines), span, rows)


class Pdf:
    """A reportlab canvas addressed top-down (y grows downwards from the top edge, like pdfplumber)."""

    def __init__(self, pagesize: tuple[float, float] = A4, **kwargs: Any) -> None:
        cyrillic_font()
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=pagesize, **kwargs)
        self.width, self.height = pagesize

    def text(self, x: float, baseline: float, text: str, size: float = SIZE) -> None:
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, self.height - baseline, text)

    def table(
        self, edges: list[float], top: float, rows: list[list[C]], *, ruled: bool = True, pad_y: float = 4.0
    ) -> float:
        """Draw `rows` (cells in grid columns `edges`) from `top`; returns the bottom of the table."""
        heights = [
            2 * pad_y + LEAD * max([len(cell.lines) for cell in row if cell.rows == 1] or [1]) for row in rows
        ]
        y = top
        for r, row in enumerate(rows):
            for cell in row:
                x0, x1 = edges[cell.col], edges[cell.col + cell.span]
                height = sum(heights[r : r + cell.rows])
                if ruled:
                    self.canvas.setLineWidth(0.5)
                    self.canvas.rect(x0, self.height - y - height, x1 - x0, height)
                for k, line in enumerate(cell.lines):
                    if line:
                        self.text(x0 + PAD_X, y + pad_y + LEAD * (k + 1) - 2.5, line)
            y += heights[r]
        return y

    def page(self, pagesize: tuple[float, float] | None = None) -> None:
        self.canvas.showPage()
        if pagesize is not None:
            self.canvas.setPageSize(pagesize)
            self.width, self.height = pagesize

    def bytes(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def grid(table: RawTable) -> list[list[Cell]]:
    return [[(cell.col, cell.span, cell.continued, cell.lines) for cell in row.cells] for row in table.rows]


def texts(doc: ExtractedDocument) -> list[str]:
    return [p.text for p in doc.paragraphs()]


EDGES = [50.0, 90.0, 330.0, 420.0, 545.0]
HEADER = [c(0, "№ п/п"), c(1, "Мероприятие"), c(2, "Сроки"), c(3, "Ответственные")]
HEADER_GRID: list[Cell] = [
    (0, 1, False, ("№ п/п",)),
    (1, 1, False, ("Мероприятие",)),
    (2, 1, False, ("Сроки",)),
    (3, 1, False, ("Ответственные",)),
]


# --- ruled tables ------------------------------------------------------------------------------------------


def ruled_rows() -> list[list[C]]:
    return [
        HEADER,
        [c(0, "1. Подготовка условий для запуска программы наставничества", span=4)],
        [
            c(0, "1.1"),
            c(1, "Информирование педагогического", "сообщества о реализации программы"),
            c(2, "Сентябрь"),
            c(3, "Директор,", "зам. директора по УВР"),
        ],
        [
            c(0, "1.2"),
            c(
                1,
                "1) приказ о назначении куратора",
                "2) разработка и утверждение положения о",
                "наставничестве",
                "3) дорожная карта",
            ),
            c(2, "Сентябрь", "Октябрь", "", "Ноябрь"),
            c(3, "Куратор"),
        ],
        [
            c(0, "1.3"),
            c(1, "Встреча с выпускниками"),
            c(2, "Октябрь"),
            c(3, "Классные", "руководители", rows=2),
        ],
        [c(0, "1.4"), c(1, "Встреча с обучающимися"), c(2, "Ноябрь")],
        [c(0, "2"), c(1, "Формирование базы наставляемых", span=3)],
        [c(0, "2.1"), c(1, "Анкетирование обучающихся"), c(2, ""), c(3, "Психолог")],
    ]


RULED_GRID: list[list[Cell]] = [
    HEADER_GRID,
    [(0, 4, False, ("1. Подготовка условий для запуска программы наставничества",))],
    [
        (0, 1, False, ("1.1",)),
        (1, 1, False, ("Информирование педагогического сообщества о реализации программы",)),
        (2, 1, False, ("Сентябрь",)),
        (3, 1, False, ("Директор,", "зам. директора по УВР")),
    ],
    [
        (0, 1, False, ("1.2",)),
        (
            1,
            1,
            False,
            (
                "1) приказ о назначении куратора",
                "2) разработка и утверждение положения о наставничестве",
                "3) дорожная карта",
            ),
        ),
        (2, 1, False, ("Сентябрь", "Октябрь", "", "Ноябрь")),
        (3, 1, False, ("Куратор",)),
    ],
    [
        (0, 1, False, ("1.3",)),
        (1, 1, False, ("Встреча с выпускниками",)),
        (2, 1, False, ("Октябрь",)),
        (3, 1, False, ("Классные руководители",)),
    ],
    [
        (0, 1, False, ("1.4",)),
        (1, 1, False, ("Встреча с обучающимися",)),
        (2, 1, False, ("Ноябрь",)),
        (3, 1, True, ()),
    ],
    [(0, 1, False, ("2",)), (1, 3, False, ("Формирование базы наставляемых",))],
    [
        (0, 1, False, ("2.1",)),
        (1, 1, False, ("Анкетирование обучающихся",)),
        (2, 1, False, ()),
        (3, 1, False, ("Психолог",)),
    ],
]


def test_ruled_table_grid_with_merged_cells_and_padded_dates() -> None:
    pdf = Pdf()
    pdf.text(150, 60, "Дорожная карта реализации целевой модели наставничества", 12)
    pdf.table(EDGES, 90, ruled_rows())
    doc = extract_pdf(pdf.bytes())

    assert doc.method == "pdf_text" and doc.n_pages == 1
    assert [(p.number, p.method, p.text_layer) for p in doc.pages] == [(1, "text", "good")]
    assert texts(doc) == ["Дорожная карта реализации целевой модели наставничества"]
    [table] = doc.tables()
    assert table.n_cols == 4
    assert grid(table) == RULED_GRID
    assert {row.page for row in table.rows} == {1}
    activity = table.rows[2].cells[1]
    assert activity.text == "Информирование педагогического сообщества о реализации программы"
    assert activity.chars_per_line is not None and 35 <= activity.chars_per_line <= 50
    assert doc.warnings == [] and doc.garbled_pages == 0


@pytest.mark.parametrize("rotated", [False, True], ids=["wide-media-box", "rotate-90"])
def test_landscape_page_reads_like_portrait(rotated: bool) -> None:
    """Landscape comes as a wide media box, or as a portrait one shown turned (/Rotate 90)."""
    pdf = Pdf(landscape(A4))
    if rotated:
        pdf.canvas.setPageRotation(90)  # reportlab then stores the box portrait, turned for display
        pdf.canvas.transform(0, 1, -1, 0, A4[0], 0)  # draw so that the turned page reads upright
    pdf.table([x + 150 for x in EDGES], 80, ruled_rows()[:4])  # same column widths, wider page
    pdf.text(300, 560, "Страница в альбомной ориентации")
    doc = extract_pdf(pdf.bytes())
    [table] = doc.tables()
    assert grid(table) == RULED_GRID[:4]
    assert texts(doc) == ["Страница в альбомной ориентации"]


def test_cell_lines_are_paragraphs_soft_wraps_rejoined() -> None:
    """A line broken by the cell width is one line, as in DOCX; a break where the next word would have
    fitted, or before a new entry (capital letter, list marker), is kept."""
    pdf = Pdf()
    rows = [
        HEADER,
        [
            c(0, "1.1"),
            c(1, "Проведение анкетирования среди", "обучающихся и педагогов", "Сбор согласий", "2) приказ"),
            c(2, "Ежегодно, до 1", "октября", "Ежегодно, до 1", "ноября"),
            c(3, "Заместитель директора по", "УВР, социальный педагог-", "психолог"),
        ],
    ]
    # Text areas (width - 2 * 5 pt padding): 190, 90 and 145 pt; every wrapped line below was broken
    # because its next word (after a 3.2 pt space) did not fit, except «обучающихся и педагогов».
    pdf.table([50.0, 90.0, 290.0, 390.0, 545.0], 80, rows)
    [table] = extract_pdf(pdf.bytes()).tables()
    assert grid(table)[1] == [
        (0, 1, False, ("1.1",)),
        (
            1,
            1,
            False,
            ("Проведение анкетирования среди обучающихся и педагогов", "Сбор согласий", "2) приказ"),
        ),
        (2, 1, False, ("Ежегодно, до 1 октября", "Ежегодно, до 1 ноября")),
        (3, 1, False, ("Заместитель директора по УВР, социальный педагог-психолог",)),
    ]
    assert table.rows[1].cells[2].chars_per_line == 16  # 100 pt of ~6.3 pt characters


# --- unruled tables --------------------------------------------------------------------------------------


def test_unruled_table_rows_are_logical_rows_not_lines() -> None:
    pdf = Pdf()
    pdf.text(120, 60, "План мероприятий по внедрению наставничества", 12)
    rows = [
        [c(0, "№", "п/п"), c(1, "Мероприятие"), c(2, "Сроки"), c(3, "Ответственные", "исполнители")],
        [
            c(0, "1.1"),
            c(1, "Информирование педагогического", "сообщества образовательной", "организации"),
            c(2, "Сентябрь"),
            c(3, "Директор"),
        ],
        [
            c(0, "1.2"),
            c(1, "Встреча с родителями"),
            c(2, "Октябрь", "2022 г."),
            c(3, "Классные", "руководители"),
        ],
        [c(0, "2."), c(1, "Формирование базы наставников из числа педагогов и выпускников", span=3)],
        [c(0, "2.1"), c(1, "Анкетирование наставников"), c(2, "Ноябрь"), c(3, "Психолог")],
    ]
    pdf.table(EDGES, 90, rows, ruled=False, pad_y=0)
    doc = extract_pdf(pdf.bytes())

    assert texts(doc) == ["План мероприятий по внедрению наставничества"]
    [table] = doc.tables()
    assert table.n_cols == 4
    assert grid(table) == [
        [
            (0, 1, False, ("№ п/п",)),
            (1, 1, False, ("Мероприятие",)),
            (2, 1, False, ("Сроки",)),
            (3, 1, False, ("Ответственные исполнители",)),
        ],
        [
            (0, 1, False, ("1.1",)),
            (1, 1, False, ("Информирование педагогического сообщества образовательной организации",)),
            (2, 1, False, ("Сентябрь",)),
            (3, 1, False, ("Директор",)),
        ],
        [
            (0, 1, False, ("1.2",)),
            (1, 1, False, ("Встреча с родителями",)),
            (2, 1, False, ("Октябрь 2022 г.",)),
            (3, 1, False, ("Классные руководители",)),
        ],
        [
            (0, 1, False, ("2.",)),
            (1, 3, False, ("Формирование базы наставников из числа педагогов и выпускников",)),
        ],
        [
            (0, 1, False, ("2.1",)),
            (1, 1, False, ("Анкетирование наставников",)),
            (2, 1, False, ("Ноябрь",)),
            (3, 1, False, ("Психолог",)),
        ],
    ]


def test_unruled_table_without_numbers_splits_rows_at_dates() -> None:
    pdf = Pdf()
    rows = [
        [c(0, "Мероприятия"), c(1, "Сроки"), c(2, "Ответственные")],
        [c(0, "Подготовка условий для запуска программы наставничества", span=3)],
        [
            c(0, "Информирование педагогического", "сообщества о программе"),
            c(1, "Сентябрь 2020 г."),
            c(2, "Директор"),
        ],
        [
            c(0, "Встреча с выпускниками и", "представителями предприятий"),
            c(1, "Октябрь 2020 г."),
            c(2, "Куратор"),
        ],
    ]
    pdf.table([50.0, 290.0, 420.0, 545.0], 80, rows, ruled=False, pad_y=0)
    [table] = extract_pdf(pdf.bytes()).tables()
    assert grid(table) == [
        [(0, 1, False, ("Мероприятия",)), (1, 1, False, ("Сроки",)), (2, 1, False, ("Ответственные",))],
        [(0, 3, False, ("Подготовка условий для запуска программы наставничества",))],
        [
            (0, 1, False, ("Информирование педагогического сообщества о программе",)),
            (1, 1, False, ("Сентябрь 2020 г.",)),
            (2, 1, False, ("Директор",)),
        ],
        [
            (0, 1, False, ("Встреча с выпускниками и представителями предприятий",)),
            (1, 1, False, ("Октябрь 2020 г.",)),
            (2, 1, False, ("Куратор",)),
        ],
    ]


# --- pages: tables across pages, running lines, approval blocks ---------------------------------------


def two_page_table() -> bytes:
    pdf = Pdf()
    for page in (1, 2):
        pdf.text(200, 30, "МБОУ «СОШ № 1» г. Сосногорска", 8)  # running header
        pdf.text(290, 815, str(page), 9)  # page number
        pdf.text(50, 830, "Дорожная карта наставничества на 2022-2023 учебный год", 7)  # running footer
        if page == 1:
            pdf.text(120, 70, "Дорожная карта реализации целевой модели наставничества", 12)
            rows = [HEADER]
            rows += [
                [
                    c(0, f"1.{k}"),
                    c(1, f"Мероприятие номер {k}", "второй строкой"),
                    c(2, "Сентябрь"),
                    c(3, "Куратор"),
                ]
                for k in range(1, 20)
            ]
            rows.append(
                [
                    c(0, "1.20"),
                    c(1, "Встреча с сообществом выпускников и", "представителями региональных"),
                    c(2, "Октябрь"),
                    c(3, "Куратор"),
                ]
            )
            bottom = pdf.table(EDGES, 90, rows)
            assert bottom > 0.85 * pdf.height
            pdf.page()
        else:
            rows = [
                HEADER,
                [c(0), c(1, "организаций и предприятий"), c(2), c(3)],
                [c(0, "1.21"), c(1, "Встреча с обучающимися"), c(2, "Ноябрь"), c(3, "Директор")],
            ]
            pdf.table(EDGES, 60, rows)
    return pdf.bytes()


def test_table_across_pages_is_stitched() -> None:
    doc = extract_pdf(two_page_table())
    assert doc.n_pages == 2
    assert texts(doc) == ["Дорожная карта реализации целевой модели наставничества"]  # no running lines
    [table] = doc.tables()
    assert table.rows[0].cells[1].text == "Мероприятие"
    assert len(table.rows) == 1 + 20 + 1  # header once, the split row joined back
    split = table.rows[20]
    assert grid(table)[20] == [
        (0, 1, False, ("1.20",)),
        (
            1,
            1,
            False,
            ("Встреча с сообществом выпускников и представителями региональных организаций и предприятий",),
        ),
        (2, 1, False, ("Октябрь",)),
        (3, 1, False, ("Куратор",)),
    ]
    assert split.page == 1
    assert table.rows[21].cells[0].text == "1.21" and table.rows[21].page == 2
    assert [row.index for row in table.rows] == list(range(22))


def test_split_row_keeps_dates_aligned_to_sub_items() -> None:
    """The page breaks a row whose dates sit against its sub-items: the dates cell gets the empty line
    it had down to the bottom of the page, then the continuation."""
    pdf = Pdf()
    filler = [
        [c(0, f"1.{k}"), c(1, f"Мероприятие {k}"), c(2, "Сентябрь"), c(3, "Куратор")] for k in range(1, 34)
    ]
    last = [
        c(0, "2.1"),
        c(1, "1) анкетирование наставников", "2) сбор согласий"),
        c(2, "Сентябрь"),
        c(3, "Куратор"),
    ]
    bottom = pdf.table(EDGES, 60, [HEADER, *filler, last])
    assert bottom > 0.85 * pdf.height
    pdf.page()
    pdf.table(EDGES, 60, [HEADER, [c(0), c(1, "3) формирование базы"), c(2, "Октябрь"), c(3)]])
    [table] = extract_pdf(pdf.bytes()).tables()
    assert len(table.rows) == 1 + 33 + 1
    assert grid(table)[-1] == [
        (0, 1, False, ("2.1",)),
        (1, 1, False, ("1) анкетирование наставников", "2) сбор согласий", "3) формирование базы")),
        (2, 1, False, ("Сентябрь", "", "Октябрь")),
        (3, 1, False, ("Куратор",)),
    ]
    assert table.rows[-1].page == 1


def test_paragraphs_join_wrapped_lines_only() -> None:
    pdf = Pdf()
    lines = [
        "1.1. Информирование родителей на общешкольном родительском собрании — сентябрь",
        "— заместитель директора по воспитательной работе, классные руководители, педагог-",
        "психолог.",
        "1.2. Встреча с выпускниками — октябрь — куратор.",
        "Дорожная карта рассмотрена на педагогическом совете.",
    ]
    for k, line in enumerate(lines):
        pdf.text(50, 100 + 12 * k, line, 9)
    doc = extract_pdf(pdf.bytes())
    assert texts(doc) == [
        "1.1. Информирование родителей на общешкольном родительском собрании — сентябрь — заместитель "
        "директора по воспитательной работе, классные руководители, педагог-психолог.",
        "1.2. Встреча с выпускниками — октябрь — куратор.",
        "Дорожная карта рассмотрена на педагогическом совете.",
    ]
    assert doc.tables() == []


def test_unruled_table_across_pages_is_stitched() -> None:
    """Without borders the columns found on page 1 carry over: page 2 opens with the row the break split
    and a repeated header, too few lines to show the gutters on their own."""
    pdf = Pdf()
    rows = [HEADER]
    rows += [
        [c(0, f"1.{k}"), c(1, f"Мероприятие номер {k}"), c(2, "Сентябрь"), c(3, "Куратор")]
        for k in range(1, 45)
    ]
    rows.append(
        [c(0, "1.45"), c(1, "Встреча с сообществом выпускников и"), c(2, "Октябрь"), c(3, "Директор")]
    )
    assert pdf.table(EDGES, 80, rows, ruled=False, pad_y=2) > 0.85 * pdf.height
    pdf.page()
    pdf.table(EDGES, 60, [HEADER, [c(1, "представителями предприятий")]], ruled=False, pad_y=2)
    [table] = extract_pdf(pdf.bytes()).tables()
    assert len(table.rows) == 1 + 45
    assert grid(table)[0] == HEADER_GRID
    assert grid(table)[-1] == [
        (0, 1, False, ("1.45",)),
        (1, 1, False, ("Встреча с сообществом выпускников и представителями предприятий",)),
        (2, 1, False, ("Октябрь",)),
        (3, 1, False, ("Директор",)),
    ]
    assert table.rows[-1].page == 1


def test_approval_block_side_by_side_becomes_paragraphs() -> None:
    pdf = Pdf()
    for k, (left, right) in enumerate(
        [
            ("СОГЛАСОВАНО", "УТВЕРЖДАЮ"),
            ("Педагогическим советом", "Директор МБОУ «СОШ № 2»"),
            ("Протокол № 1 от 29.08.2022", "Приказ № 15 от 30.08.2022"),
        ]
    ):
        pdf.text(50, 60 + 13 * k, left)
        pdf.text(350, 60 + 13 * k, right)
    pdf.text(110, 130, "Дорожная карта реализации целевой модели наставничества", 12)
    pdf.text(50, 160, "Настоящая дорожная карта определяет порядок внедрения целевой модели наставничества в")
    pdf.text(50, 172, "МБОУ «СОШ № 2» и сроки выполнения мероприятий на 2022-2023 учебный год.")
    pdf.table(EDGES, 200, ruled_rows()[:3])
    doc = extract_pdf(pdf.bytes())
    assert texts(doc) == [
        "СОГЛАСОВАНО",
        "Педагогическим советом",
        "Протокол № 1 от 29.08.2022",
        "УТВЕРЖДАЮ",
        "Директор МБОУ «СОШ № 2»",
        "Приказ № 15 от 30.08.2022",
        "Дорожная карта реализации целевой модели наставничества",
        "Настоящая дорожная карта определяет порядок внедрения целевой модели наставничества в "
        "МБОУ «СОШ № 2» и сроки выполнения мероприятий на 2022-2023 учебный год.",
    ]
    assert len(doc.tables()) == 1
    assert all(p.page == 1 for p in doc.paragraphs())
    assert isinstance(doc.blocks[-1], RawTable)


# --- errors and limits --------------------------------------------------------------------------------------


def simple_pdf(pages: int = 1, **kwargs: Any) -> bytes:
    pdf = Pdf(**kwargs)
    for k in range(pages):
        words = ("первая", "вторая", "третья", "четвёртая")[k % 4]
        pdf.text(50, 200, f"Часть {words}: дорожная карта реализации целевой модели наставничества")
        if k + 1 < pages:
            pdf.page()
    return pdf.bytes()


def test_not_a_pdf_and_broken_pdf_are_corrupt() -> None:
    with pytest.raises(EmptyFile):
        extract_pdf(b"")
    with pytest.raises(CorruptFile, match="не PDF"):
        extract_pdf(b"PK\x03\x04 this is a zip")
    with pytest.raises(CorruptFile, match="файл повреждён"):
        extract_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 50)


def test_user_password_is_encrypted_owner_password_is_read() -> None:
    with pytest.raises(EncryptedFile):
        extract_pdf(simple_pdf(encrypt=StandardEncryption("секрет", "владелец", strength=128)))
    doc = extract_pdf(simple_pdf(encrypt=StandardEncryption("", "владелец", canModify=0, strength=128)))
    assert texts(doc) == ["Часть первая: дорожная карта реализации целевой модели наставничества"]


def test_max_pages_bounds_long_documents() -> None:
    doc = extract_pdf(simple_pdf(pages=4), max_pages=2)
    assert doc.n_pages == 4
    assert [p.number for p in doc.pages] == [1, 2]
    assert len(texts(doc)) == 2
    assert doc.warnings == ["прочитаны только первые 2 страницы из 4"]
    assert extract_pdf(simple_pdf(pages=2), max_pages=1).warnings == ["прочитана только первая страница из 2"]


# --- through LibreOffice --------------------------------------------------------------------------------------


def test_libreoffice_pdf_table_matches_docx_table(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the DOCX -> PDF fixture cannot be made")
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from extractors.docx import extract_docx

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    document.add_paragraph("Дорожная карта реализации целевой модели наставничества")
    table = document.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    for col, width in enumerate((Cm(1.5), Cm(7), Cm(3), Cm(5))):
        table.columns[col].width = width  # the grid LibreOffice lays out
        for cell in table.columns[col].cells:
            cell.width = width
    data = [
        ["№ п/п", "Мероприятие", "Сроки", "Ответственные"],
        ["1. Подготовка условий для запуска программы", "", "", ""],
        ["1.1", "Информирование педагогов", "Сентябрь", "Директор"],
        ["1.2", "1) приказ о кураторе\n2) положение\n3) дорожная карта", "Сентябрь\n\nОктябрь", "Куратор"],
        ["1.3", "Встреча с выпускниками", "Октябрь", "Классные руководители"],
        ["1.4", "Встреча с обучающимися", "Ноябрь", ""],
    ]
    for r, row in enumerate(data):
        for k, value in enumerate(row):
            cell = table.cell(r, k)
            parts = value.split("\n")
            cell.paragraphs[0].text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
    for merged in (table.cell(1, 0).merge(table.cell(1, 3)), table.cell(4, 3).merge(table.cell(5, 3))):
        for paragraph in merged.paragraphs[1:]:  # python-docx keeps the merged cells' empty paragraphs
            if not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)
    source = tmp_path / "roadmap.docx"
    document.save(str(source))
    result = subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        timeout=180,
        check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf_path = tmp_path / "roadmap.pdf"
    assert pdf_path.exists(), result.stderr.decode(errors="replace")

    from_docx = extract_docx(source.read_bytes()).tables()[0]
    from_pdf = extract_pdf(pdf_path.read_bytes()).tables()[0]

    def cells(t: RawTable) -> list[list[tuple[int, int, bool, str, tuple[str, ...]]]]:
        return [[(x.col, x.span, x.continued, x.text, x.lines) for x in row.cells] for row in t.rows]

    assert from_pdf.n_cols == from_docx.n_cols
    for got, want in zip(cells(from_pdf), cells(from_docx), strict=True):
        assert got == want


def test_running_lines_need_repetition() -> None:
    """A line in the margin zone that is not repeated on other pages is content, not a header."""
    pdf = Pdf()
    pdf.text(50, 40, "Приложение 1 к приказу от 30.08.2022 № 15")
    pdf.text(50, 100, "Дорожная карта реализации целевой модели наставничества")
    pdf.page()
    pdf.text(50, 100, "Продолжение дорожной карты реализации наставничества")
    doc = extract_pdf(pdf.bytes())
    assert texts(doc)[0] == "Приложение 1 к приказу от 30.08.2022 № 15"
    assert [p.page for p in doc.paragraphs()] == [1, 1, 2]
    assert re.fullmatch(r"Продолжение .*", texts(doc)[-1])


def test_unruled_stage_heading_that_fits_the_text_column_opens_a_row() -> None:
    pdf = Pdf()
    rows = [
        [c(0, "№ Содержание работы"), c(1, "Сроки"), c(2, "Ответственные")],
        [c(0, "1. Информирование педагогов"), c(1, "Сентябрь"), c(2, "Директор")],
        [c(0, "Этап 2. Формирование базы")],
        [c(0, "2. Анкетирование обучающихся"), c(1, "Октябрь"), c(2, "Психолог")],
    ]
    pdf.table(EDGES[:1] + EDGES[2:], 90, rows, ruled=False, pad_y=0)
    [table] = extract_pdf(pdf.bytes()).tables()
    assert [r.cells[0].text for r in table.rows] == [
        "№ Содержание работы",
        "1. Информирование педагогов",
        "Этап 2. Формирование базы",
        "2. Анкетирование обучающихся",
    ]
