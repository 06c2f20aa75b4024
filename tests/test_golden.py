"""The whole normalized output of every sample equals its reviewed `expected.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.golden import output_of, sample_folders, sample_input
from pipeline.reference import Reference


def _diff(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    lines = [
        f"document.{k}: expected {expected['document'].get(k)!r}, got {actual['document'].get(k)!r}"
        for k in sorted(set(expected["document"]) | set(actual["document"]))
        if expected["document"].get(k) != actual["document"].get(k)
    ]
    exp_rows, act_rows = expected["activities"], actual["activities"]
    if len(exp_rows) != len(act_rows):
        lines.append(f"activities: expected {len(exp_rows)} rows, got {len(act_rows)}")
    for i, (e, a) in enumerate(zip(exp_rows, act_rows, strict=False)):
        for k in sorted(set(e) | set(a)):
            if e.get(k) != a.get(k):
                lines.append(f"row {i} {k}: expected {e.get(k)!r}, got {a.get(k)!r}")
    return lines


@pytest.mark.parametrize("folder", sample_folders(), ids=lambda p: p.name)
def test_golden(folder: Path, reference: Reference) -> None:
    expected_path = folder / "expected.json"
    assert expected_path.exists(), f"{folder.name}: no expected.json; review the output, then bless it"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    actual = output_of(sample_input(folder), reference)
    problems = _diff(expected, actual)
    assert not problems, f"{folder.name}:\n" + "\n".join(problems[:60])
