"""Build the holdout9 roadmaps in data/holdout9/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout9.build

Eight roadmaps of eight organizations, each in its own format: a landscape DOCX with a merged
stage column, a two-page TIFF scan, a two-sheet XLSX, a school web page, a kindergarten's DOC,
a college's RTF, ``pdftotext -layout`` text and a PDF whose stage rows hold list cells.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from data.holdout9.docs_a import build_cadet_tiff, build_ishim4_xlsx, build_oskol21_docx
from data.holdout9.docs_b import build_chubaevo_html, build_kotlas12_doc, build_ryazan_college_rtf
from data.holdout9.docs_c import build_rubtsovsk9_pdf, build_teremok5_txt

HERE = Path(__file__).resolve().parent

BUILDERS: dict[str, Callable[[Path], int]] = {
    "oskol21_uiop_docx": build_oskol21_docx,
    "yunyi_moryak_cadet_tiff": build_cadet_tiff,
    "ishim4_xlsx": build_ishim4_xlsx,
    "chubaevo_sosh_html": build_chubaevo_html,
    "kolokolchik_ds12_doc": build_kotlas12_doc,
    "ryazan_college_rtf": build_ryazan_college_rtf,
    "teremok_ds5_txt": build_teremok5_txt,
    "rubtsovsk9_pdf": build_rubtsovsk9_pdf,
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
