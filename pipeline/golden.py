"""Golden files: the whole normalized output of one sample file, as stable JSON.

`data/samples/<name>/` holds one input file, `expected.json` (this module's output, reviewed and
blessed) and `truth.json` (hand-decided labels used for accuracy). Re-bless after a reviewed
change with `python -m pipeline.golden [name ...]`; tests never write golden files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.models import InputFile
from pipeline.reference import Reference, load_reference
from pipeline.run import process_file

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"
SIDE_FILES = {"expected.json", "truth.json", "about.md"}


def sample_input(folder: Path) -> Path:
    files = [p for p in sorted(folder.iterdir()) if p.is_file() and p.name not in SIDE_FILES]
    if len(files) != 1:
        raise ValueError(f"{folder}: expected one input file, found {[p.name for p in files]}")
    return files[0]


def sample_folders() -> list[Path]:
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.is_dir())


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def output_of(path: Path, reference: Reference) -> dict[str, Any]:
    data = path.read_bytes()
    item = InputFile(path.name, data, hashlib.sha256(data).hexdigest())
    result = process_file(item, reference)
    return {
        "document": {k: _plain(v) for k, v in dataclasses.asdict(result.document).items()},
        "activities": [{k: _plain(v) for k, v in dataclasses.asdict(a).items()} for a in result.activities],
    }


def dumps(output: dict[str, Any]) -> str:
    return json.dumps(output, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def bless(names: list[str]) -> None:
    reference = load_reference()
    for folder in sample_folders():
        if names and folder.name not in names:
            continue
        (folder / "expected.json").write_text(
            dumps(output_of(sample_input(folder), reference)), encoding="utf-8"
        )
        print(f"blessed {folder.name}")


if __name__ == "__main__":
    bless(sys.argv[1:])
