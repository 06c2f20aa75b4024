"""Build the holdout8 evaluation roadmaps: data/holdout8/<name>/ = one input file + truth.json.

Run from /work/main: .venv/bin/python -m data.holdout8.build

Eight roadmaps of eight organizations, each retold in its own words (see core.py for the label
helpers and date specs). Every row carries its hand label next to its printed text.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from data.holdout8.docs_a import build_armavir11_doc, build_shilka_internat_xls, build_verkhnetalovka_oosh_jpg
from data.holdout8.docs_b import build_bugulma_college_pdf, build_novomoskovsk_co7_pdf
from data.holdout8.docs_c import build_berezka_ds17_png, build_lastochka_ds8_xlsx, build_salavat_gymn1_docx

HERE = Path(__file__).resolve().parent

BUILDERS: dict[str, Callable[[Path], int]] = {
    "armavir11_doc": build_armavir11_doc,
    "verkhnetalovka_oosh_jpg": build_verkhnetalovka_oosh_jpg,
    "shilka_internat_xls": build_shilka_internat_xls,
    "bugulma_college_pdf": build_bugulma_college_pdf,
    "novomoskovsk_co7_pdf": build_novomoskovsk_co7_pdf,
    "salavat_gymn1_docx": build_salavat_gymn1_docx,
    "berezka_ds17_png": build_berezka_ds17_png,
    "lastochka_ds8_xlsx": build_lastochka_ds8_xlsx,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        print(f"{name}: {n} rows -> {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main()
