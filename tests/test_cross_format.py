"""One document in several formats reads the same: every member of a sample group gives the DOCX's rows.

A group is a DOCX sample and the samples named `<docx sample>_<format>` that hold the same document
(data/build_format_samples.py). Each member's normalized rows must equal the DOCX's, field by field
(roles as a set: their order follows how the text was read), and so must the document facts. Rows whose truth the format itself changes (an Excel date cell has no
«до») are compared without their dates. A member whose format has no extractor yet is skipped with the
pipeline's own reason, so the test tightens as extractors land. Scans and photos go through OCR: they
hold only some pages, and only their activity ids are compared, with 90% agreement required.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.golden import output_of, sample_folders, sample_input
from pipeline.reference import Reference

ROW_FIELDS = (
    "activity_id",
    "stage_id",
    "date_start",
    "date_end",
    "month_start",
    "month_end",
    "date_kind",
    "recurrence",
    "roles",
)
DATE_FIELDS = frozenset({"date_start", "date_end", "month_start", "month_end", "date_kind", "recurrence"})
FACT_FIELDS = ("organization", "academic_year_start", "model")
OCR_EXTENSIONS = frozenset({"tiff", "tif", "jpg", "jpeg", "png"})
OCR_AGREEMENT = 0.9
NOT_WIRED = "формат не поддерживается"

Output = dict[str, Any]


def _truth(folder: Path) -> Output:
    truth: Output = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return truth


def _groups() -> list[tuple[Path, Path]]:
    """(DOCX sample, member in another format) pairs: the member named after the DOCX, same facts."""
    folders = sample_folders()
    bases = [f for f in folders if sample_input(f).suffix == ".docx"]
    pairs = []
    for base in bases:
        for member in folders:
            if (
                member.name.startswith(base.name + "_")
                and sample_input(member).suffix != ".docx"
                and _truth(member)["document"] == _truth(base)["document"]
            ):
                pairs.append((base, member))
    return pairs


def _is_ocr(base: Path, member: Path) -> bool:
    """An image, or a scanned part of the document (its truth holds only the first pages' rows)."""
    partial = len(_truth(member)["activities"]) < len(_truth(base)["activities"])
    return partial or sample_input(member).suffix.lstrip(".").lower() in OCR_EXTENSIONS


PAIRS = _groups()
TEXT_PAIRS = [(b, m) for b, m in PAIRS if not _is_ocr(b, m)]
OCR_PAIRS = [(b, m) for b, m in PAIRS if _is_ocr(b, m)]
_OUTPUTS: dict[Path, Output] = {}


def _output(folder: Path, reference: Reference) -> Output:
    if folder not in _OUTPUTS:
        _OUTPUTS[folder] = output_of(sample_input(folder), reference)
    return _OUTPUTS[folder]


def _member_output(member: Path, reference: Reference) -> Output:
    out = _output(member, reference)
    doc = out["document"]
    error = doc.get("error") or ""
    if doc["status"] == "failed" and error.startswith(NOT_WIRED):
        pytest.skip(error)
    return out


def _words(text: str) -> str:
    return " ".join(text.split())


def _changed_texts(base: Path, member: Path) -> frozenset[str]:
    """Wordings of rows whose date truth differs between the two samples (the format changed them)."""
    base_rows = {_words(r["text"]): r for r in _truth(base)["activities"]}
    changed = set()
    for row in _truth(member)["activities"]:
        other = base_rows.get(_words(row["text"]))
        if other is not None and any(row[k] != other[k] for k in DATE_FIELDS):
            changed.add(_words(row["text"]))
    return frozenset(changed)


def _key(row: Output, changed: frozenset[str]) -> tuple[Any, ...]:
    skip = DATE_FIELDS if _words(row["raw_text"]) in changed else frozenset()
    return tuple(
        "(format changes it)" if k in skip else tuple(sorted(row[k])) if k == "roles" else row[k]
        for k in ROW_FIELDS
    )


def _row_diff(base: list[Output], member: list[Output], changed: frozenset[str]) -> list[str]:
    """Differences after lining the rows up, so that one missing row does not shift all the others."""
    a = [_key(r, changed) for r in base]
    b = [_key(r, changed) for r in member]
    lines = [f"rows: DOCX has {len(a)}, this format {len(b)}"] if len(a) != len(b) else []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a1 - a0 == b1 - b0:
            for i, j in zip(range(a0, a1), range(b0, b1), strict=True):
                fields = [
                    f"{k} {x!r} -> {y!r}" for k, x, y in zip(ROW_FIELDS, a[i], b[j], strict=True) if x != y
                ]
                lines.append(f"row {i} «{_words(base[i]['raw_text'])[:50]}»: " + "; ".join(fields))
            continue
        lines += [
            f"only in DOCX, row {i}: «{_words(base[i]['raw_text'])[:60]}» {a[i]}" for i in range(a0, a1)
        ]
        lines += [
            f"only in this format, row {j}: «{_words(member[j]['raw_text'])[:60]}» {b[j]}"
            for j in range(b0, b1)
        ]
    return lines


def _id_agreement(expected: list[str | None], got: list[str | None]) -> float:
    """Share of rows whose activity ids line up, against the longer of the two lists."""
    matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / max(len(expected), len(got), 1)


@pytest.mark.parametrize(("base", "member"), TEXT_PAIRS, ids=[m.name for _, m in TEXT_PAIRS])
def test_same_rows_in_every_format(base: Path, member: Path, reference: Reference) -> None:
    got = _member_output(member, reference)
    want = _output(base, reference)
    facts = [
        f"document.{k}: DOCX {want['document'][k]!r}, this format {got['document'][k]!r}"
        for k in FACT_FIELDS
        if want["document"][k] != got["document"][k]
    ]
    rows = _row_diff(want["activities"], got["activities"], _changed_texts(base, member))
    problems = facts + rows
    assert not problems, f"{member.name} differs from {base.name}:\n" + "\n".join(problems[:60])


@pytest.mark.parametrize(("base", "member"), OCR_PAIRS, ids=[m.name for _, m in OCR_PAIRS])
def test_ocr_ids_agree(base: Path, member: Path, reference: Reference) -> None:
    got = _member_output(member, reference)
    shown = len(_truth(member)["activities"])  # the rows on the scanned pages, the DOCX's first ones
    expected = [r["activity_id"] for r in _output(base, reference)["activities"][:shown]]
    ids = [r["activity_id"] for r in got["activities"]]
    agreement = _id_agreement(expected, ids)
    assert agreement >= OCR_AGREEMENT, (
        f"{member.name}: activity ids agree with {base.name} on {agreement:.0%} of rows "
        f"(need {OCR_AGREEMENT:.0%})\nDOCX: {expected}\nOCR:  {ids}"
    )


def test_every_format_sample_has_a_group() -> None:
    """A renamed or re-labelled derived sample must not silently fall out of the comparison."""
    grouped = {m.name for _, m in PAIRS}
    docx_names = [f.name for f in sample_folders() if sample_input(f).suffix == ".docx"]
    derived = [
        f.name
        for f in sample_folders()
        if sample_input(f).suffix != ".docx" and any(f.name.startswith(n + "_") for n in docx_names)
    ]
    assert derived, "no samples in other formats: run python -m data.build_format_samples"
    assert set(derived) <= grouped, f"samples whose facts differ from their DOCX: {set(derived) - grouped}"
