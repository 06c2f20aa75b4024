"""Build the dev2 evaluation roadmaps in data/dev2/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.dev2.build

Nine roadmaps of different organisations and formats, written in their own words, each with its
hand labels next to the printed rows (see the r*_*.py modules; helpers in common.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from data.dev2 import r1_docx, r2_pdf, r3_xlsx, r4_doc, r5_html, r6_txt, r7_png, r8_rtf, r9_odt

HERE = Path(__file__).resolve().parent

BUILDERS: dict[str, Callable[[Path], int]] = {
    "novocheb_sosh14_docx": r1_docx.build,
    "sterlitamak_lyceum8_pdf": r2_pdf.build,
    "kamenka_oosh_xlsx": r3_xlsx.build,
    "kolokolchik_ds112_doc": r4_doc.build,
    "leninogorsk_college_html": r5_html.build,
    "kotlas_gymnasium4_txt": r6_txt.build,
    "klyuchi_sosh_png": r7_png.build,
    "stavropol_shi5_rtf": r8_rtf.build,
    "belovo_cadet3_odt": r9_odt.build,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        files = sorted(p.name for p in folder.iterdir())
        assert len(files) == 2 and "truth.json" in files, files
        print(f"{name}: {n} rows -> {', '.join(files)}")


if __name__ == "__main__":
    main()
