"""Build the holdout10 roadmaps in data/holdout10/<name>/ (one input file + truth.json each).

Run from /work/main: .venv/bin/python -m data.holdout10.build

Seven roadmaps of seven organizations, written in their own words: a rural school (ODT with a two-row
header), a gymnasium (phone photo), a lyceum-boarding school (PDF with a planned-result column), a
kindergarten (XLSX without stages or numbers), a Tatarstan school (300 dpi scan), an orphanage
boarding school (DOCX with headings and bullets), a college (XLS). Each folder is deleted and rebuilt.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from data.holdout10.docs_a import build_salekh, build_sozv, build_zales
from data.holdout10.docs_b import build_kolok, build_kukmor
from data.holdout10.docs_c import build_verkh, build_volsk

HERE = Path(__file__).resolve().parent

BUILDERS: dict[str, Callable[[Path], int]] = {
    "zalesskaya_sosh_odt": build_zales,
    "salekhard_gymn2_jpg": build_salekh,
    "sozvezdie_lyceum_internat_pdf": build_sozv,
    "kolokolchik_ds14_xlsx": build_kolok,
    "kukmor_sosh3_scan": build_kukmor,
    "verkhneuralsk_internat_docx": build_verkh,
    "volsk_college_xls": build_volsk,
}


def main() -> None:
    for name, build in BUILDERS.items():
        folder = HERE / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        n = build(folder)
        files = ", ".join(sorted(p.name for p in folder.iterdir()))
        print(f"{name}: {n} rows -> {files}")


if __name__ == "__main__":
    main()
