""".venv/bin/python -m bench.pdf_text [--runs N] [--json PATH]

Speed of the PDF text-layer extractor against the bare floor, on the same pages in one run.

The PDFs are generated here with reportlab (about 20 A4 pages): a ruled roadmap table running over many
pages (repeated header, wrapped cells, stage rows spanning the table, line-aligned dates) and the same
roadmap without borders (an unruled table). Reported, as medians over N runs (default 5):

* `extract_pdf` — seconds per page, everything included (PDFium page checks, pdfplumber geometry, grids,
  stitching);
* floor — seconds per page of pdfplumber's `extract_tables()` alone on the same pages;
* their ratio (target: at most 2);
* `language_score` — milliseconds per page, on a cold and on a warm word cache (limit: 10 ms).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors import page_quality
from extractors.pdf_text import extract_pdf

FONT = "DejaVuSans"
STAGES = [
    "Подготовка условий для запуска программы наставничества",
    "Формирование базы наставляемых",
    "Формирование базы наставников",
    "Отбор и обучение наставников",
    "Формирование наставнических пар или групп",
    "Организация работы наставнических пар или групп",
    "Завершение программы наставничества",
]
ACTIVITIES = [
    "Информирование педагогического сообщества образовательной организации о реализации программы "
    "наставничества",
    "Проведение анкетирования среди обучающихся и педагогов, желающих принять участие в программе "
    "наставничества; сбор согласий на обработку персональных данных",
    "Встреча с сообществом выпускников и представителями региональных организаций и предприятий",
    "1) приказ о закреплении наставнических пар; 2) подготовка персонализированных программ наставничества",
    "Проведение мониторинга качества реализации программы наставничества и анкетирование участников",
    "Организация обучения наставников: семинары, консультации, обмен опытом",
]
DATES = ["Сентябрь 2024 г.", "Октябрь<br/><br/>Ноябрь", "В течение года", "до 15.09.2024", "Май 2025 г."]
ROLES = ["Директор", "Заместитель директора по УВР", "Куратор программы, педагог-психолог", "Наставники"]


def cyrillic_font() -> str:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVuSans"], capture_output=True, text=True)
        path = Path(found.stdout.strip())
    if not path.is_file():
        raise SystemExit("no Cyrillic TTF font: install fonts-dejavu-core (DejaVuSans.ttf)")
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return FONT


def roadmap_pdf(*, ruled: bool, repeats: int) -> bytes:
    """A roadmap table of 7 stages × 6 activities, `repeats` times over, as reportlab lays it out."""
    style = ParagraphStyle("cell", fontName=cyrillic_font(), fontSize=10, leading=12)
    header = [Paragraph(t, style) for t in ("№ п/п", "Мероприятие", "Сроки", "Ответственные")]
    rows: list[list[Paragraph | str]] = [header]
    spans: list[int] = []
    for r in range(repeats):
        for s, stage in enumerate(STAGES, 1):
            spans.append(len(rows))
            rows.append([Paragraph(f"{s}. {stage}", style), "", "", ""])
            for a in range(6):
                k = r * 7 + s + a
                rows.append(
                    [
                        Paragraph(f"{s}.{a + 1}", style),
                        Paragraph(ACTIVITIES[k % len(ACTIVITIES)], style),
                        Paragraph(DATES[k % len(DATES)], style),
                        Paragraph(ROLES[k % len(ROLES)], style),
                    ]
                )
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("SPAN", (0, r), (-1, r)) for r in spans]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table = Table(rows, colWidths=[40, 250, 90, 120], repeatRows=1)
    table.setStyle(TableStyle(commands))
    title = ParagraphStyle("title", fontName=FONT, fontSize=13, leading=16)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [
            Paragraph(
                "Дорожная карта реализации целевой модели наставничества на 2024-2025 учебный год", title
            ),
            table,
        ]
    )
    return buffer.getvalue()


def per_page_medians(fns: dict[str, Callable[[], int]], runs: int) -> dict[str, float]:
    """Median seconds per page of each function; runs alternate so that load drifts hit both alike."""
    timings: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            pages = fn()
            timings[name].append((time.perf_counter() - start) / pages)
    return {name: statistics.median(values) for name, values in timings.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    files = [roadmap_pdf(ruled=True, repeats=4), roadmap_pdf(ruled=False, repeats=2)]

    def ours() -> int:
        return sum(len(extract_pdf(data).pages) for data in files)

    def floor() -> int:
        pages = 0
        for data in files:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
                    pages += 1
        return pages

    n_pages = ours()  # also warms the dictionary used by the language check
    medians = per_page_medians({"ours": ours, "floor": floor}, args.runs)
    ours_s, floor_s = medians["ours"], medians["floor"]

    texts = []
    for data in files:
        doc = pdfium.PdfDocument(data)
        texts += [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    cold, warm = [], []
    for text in texts:
        page_quality._known.cache_clear()
        start = time.perf_counter()
        page_quality.language_score(text)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        page_quality.language_score(text)
        warm.append(time.perf_counter() - start)

    result = {
        "pages": n_pages,
        "runs": args.runs,
        "extract_pdf_s_per_page": round(ours_s, 4),
        "floor_s_per_page": round(floor_s, 4),
        "ratio": round(ours_s / floor_s, 2),
        "language_score_ms_cold": round(statistics.median(cold) * 1000, 2),
        "language_score_ms_warm": round(statistics.median(warm) * 1000, 2),
    }
    print(
        f"pages: {n_pages} (ruled table over {len(pdfium.PdfDocument(files[0]))} pages, unruled over "
        f"{len(pdfium.PdfDocument(files[1]))}); medians of {args.runs} runs"
    )
    print(f"extract_pdf:              {ours_s:.4f} s/page")
    print(f"floor (extract_tables):   {floor_s:.4f} s/page")
    print(f"ratio:                    {ours_s / floor_s:.2f} (target <= 2)")
    print(
        f"language_score per page:  {result['language_score_ms_cold']} ms cold cache, "
        f"{result['language_score_ms_warm']} ms warm (limit 10 ms)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
