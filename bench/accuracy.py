"""Accuracy of the normalized output against hand-decided labels (`truth.json`) of every sample.

Run: `.venv/bin/python -m bench.accuracy [--root data/holdout] [--json PATH] [--explain]`

Rows are aligned by their text (a missing or surplus row costs recall or precision, it does not
shift every later row). Reported: activity-id precision/recall/F1, the share of truth rows whose
five date fields are all right, the share whose roles are exactly right, and the share of right
document facts (status, model, organization, academic year). `--explain` adds, to each activity
error, the three best-scoring activities for the row's text alone (no stage, no neighbours).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normalizers.activities import MatchInput, score_matrix
from normalizers.lemmas import fold
from pipeline.golden import output_of, sample_folders, sample_input
from pipeline.reference import Reference, load_reference

DATE_FIELDS = ("date_start", "date_end", "month_start", "month_end", "date_kind", "recurrence")
FACT_FIELDS = ("status", "model", "organization", "academic_year_start")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    truth_rows: int = 0
    dates_ok: int = 0
    roles_ok: int = 0
    facts: int = 0
    facts_ok: int = 0
    errors: list[str] = field(default_factory=list)
    explain: Reference | None = None

    def metrics(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {
            "activity_precision": round(p, 4),
            "activity_recall": round(r, 4),
            "activity_f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "dates_all_right": round(self.dates_ok / self.truth_rows, 4) if self.truth_rows else 1.0,
            "roles_exact": round(self.roles_ok / self.truth_rows, 4) if self.truth_rows else 1.0,
            "document_facts": round(self.facts_ok / self.facts, 4) if self.facts else 1.0,
            "truth_rows": self.truth_rows,
        }


def _key(text: str) -> str:
    return fold(text)[:60]


def _candidates(text: str, reference: Reference | None) -> str:
    if reference is None:
        return ""
    scores = score_matrix([MatchInput(text, None, "")], reference)[0]
    ids = sorted(reference.canonical.activities, key=lambda a: tuple(map(int, a.split("."))))
    top = sorted(zip(scores, ids, strict=True), reverse=True)[:3]
    return "  [" + ", ".join(f"{aid} {score:.0f}" for score, aid in top) + "]"


def compare(name: str, truth: dict[str, Any], actual: dict[str, Any], tally: Tally) -> None:
    for f in FACT_FIELDS:
        tally.facts += 1
        if truth["document"].get(f) == actual["document"].get(f):
            tally.facts_ok += 1
        else:
            tally.errors.append(
                f"{name}: {f} expected {truth['document'].get(f)!r} got {actual['document'].get(f)!r}"
            )
    t_rows, a_rows = truth["activities"], actual["activities"]
    tally.truth_rows += len(t_rows)
    matcher = difflib.SequenceMatcher(
        a=[_key(r["text"]) for r in t_rows], b=[_key(r["raw_text"]) for r in a_rows], autojunk=False
    )
    paired_t, paired_a = set(), set()
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            paired_t.add(block.a + k)
            paired_a.add(block.b + k)
    pairs = [(block.a + k, block.b + k) for block in matcher.get_matching_blocks() for k in range(block.size)]
    # Rows whose text differs slightly (a continuation joined, a typo) pair up in order inside gaps.
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=False))
    paired_t = {i for i, _ in pairs}
    paired_a = {j for _, j in pairs}
    for i, j in pairs:
        t, a = t_rows[i], a_rows[j]
        where = f"{name} row {j} «{a['raw_text'][:50]}»"
        if t["activity_id"] is not None and a["activity_id"] == t["activity_id"]:
            tally.tp += 1
        else:
            if a["activity_id"] is not None:
                tally.fp += 1
            if t["activity_id"] is not None:
                tally.fn += 1
            if a["activity_id"] != t["activity_id"]:
                tally.errors.append(
                    f"{where}: activity expected {t['activity_id']} got {a['activity_id']}"
                    + _candidates(a["raw_text"], tally.explain)
                )
        if all(t.get(f) == a.get(f) for f in DATE_FIELDS):
            tally.dates_ok += 1
        else:
            diff = {f: (t.get(f), a.get(f)) for f in DATE_FIELDS if t.get(f) != a.get(f)}
            tally.errors.append(f"{where}: dates {a['raw_dates']!r} {diff}")
        if list(t["roles"]) == list(a["roles"]):
            tally.roles_ok += 1
        else:
            tally.errors.append(
                f"{where}: roles {a['raw_responsible']!r} expected {t['roles']} got {a['roles']}"
            )
    for i, t in enumerate(t_rows):
        if i not in paired_t:
            tally.fn += t["activity_id"] is not None
            tally.errors.append(f"{name}: missing row «{t['text'][:60]}»")
    for j, a in enumerate(a_rows):
        if j not in paired_a:
            tally.fp += a["activity_id"] is not None
            tally.errors.append(f"{name}: surplus row «{a['raw_text'][:60]}»")


def evaluate(
    reference: Reference, folders: list[Path] | None = None, explain: bool = False
) -> dict[str, Tally]:
    """Tallies by input format (the sample file's extension), plus "all"."""
    tallies: dict[str, Tally] = {"all": Tally(explain=reference if explain else None)}
    for folder in folders or sample_folders():
        truth_path = folder / "truth.json"
        if not truth_path.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        path = sample_input(folder)
        output = output_of(path, reference)
        for key in ("all", path.suffix.lstrip(".").lower()):
            compare(folder.name, truth, output, tallies.setdefault(key, Tally()))
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--root", type=Path, help="a folder of sample folders (default: data/samples)")
    parser.add_argument("--explain", action="store_true", help="show the best candidates of each miss")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.root.iterdir() if p.is_dir()) if args.root else None
    tallies = evaluate(load_reference(), folders, args.explain)
    for line in tallies["all"].errors:
        print(line)
    metrics = {key: t.metrics() for key, t in tallies.items()}
    print(
        f"{'format':8} {'rows':>5} {'act.P':>6} {'act.R':>6} {'act.F1':>6} {'dates':>6} {'roles':>6} {'facts':>6}"
    )
    for key, m in metrics.items():
        if not m["truth_rows"] and key != "all":
            continue
        print(
            f"{key:8} {m['truth_rows']:5} {m['activity_precision']:6.3f} {m['activity_recall']:6.3f} "
            f"{m['activity_f1']:6.3f} {m['dates_all_right']:6.3f} {m['roles_exact']:6.3f} {m['document_facts']:6.3f}"
        )
    if args.json:
        args.json.write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
