""".venv/bin/python -m bench.matcher [--data PATH] [--json PATH]

Benchmark the activity matcher against the labelled rows in `bench/data/matcher_labelled.yaml`.

Every labelled row is matched on its own (a one-row document), because `match_activities` resolves
conflicts across a whole document and the benchmark rows are independent of each other.

Printed: precision, recall and F1 of `activity_id`, accuracy overall and by kind, the number of false
positives on rows labelled null (extras), and every error with its label, prediction and score.

- precision = correct non-null predictions / all non-null predictions
- recall    = correct non-null predictions / all rows with a non-null label
- a row is correct when the predicted id equals the label (null == null counts as correct)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from normalizers.activities import MatchInput, match_activities
from pipeline.reference import EXPECTED_ACTIVITY_COUNTS, Reference, load_reference

DATA_PATH = Path(__file__).resolve().parent / "data" / "matcher_labelled.yaml"

POSITIVE_KINDS: tuple[str, ...] = ("paraphrase", "ocr_noise")
NEGATIVE_KINDS: tuple[str, ...] = ("negative", "near_miss", "admin_extra")
KINDS: tuple[str, ...] = POSITIVE_KINDS + NEGATIVE_KINDS
CANONICAL_IDS: frozenset[str] = frozenset(
    f"{stage}.{n}" for stage, count in EXPECTED_ACTIVITY_COUNTS.items() for n in range(1, count + 1)
)
_ROW_KEYS = frozenset({"text", "stage", "label", "kind"})


@dataclass(frozen=True)
class LabelledRow:
    text: str
    stage: int | None  # stage number the row sits under in its roadmap, None when there are no stage rows
    label: str | None  # canonical id "1.1".."7.8", or None for an extra
    kind: str  # one of KINDS


@dataclass(frozen=True)
class Prediction:
    activity_id: str | None
    score: float


Predictor = Callable[[LabelledRow], Prediction]


# --- loading ------------------------------------------------------------------------------


def parse_row(raw: object, where: str = "row") -> LabelledRow:
    """Validate one labelled row (a mapping with text, stage, label, kind)."""
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(raw).__name__}")
    keys = set(raw)
    if keys != _ROW_KEYS:
        missing = sorted(_ROW_KEYS - keys)
        extra = sorted(str(k) for k in keys - _ROW_KEYS)
        raise ValueError(f"{where}: keys must be {sorted(_ROW_KEYS)} (missing {missing}, unexpected {extra})")
    text, stage, label, kind = raw["text"], raw["stage"], raw["label"], raw["kind"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: text must be a non-empty string")
    if stage is not None and (isinstance(stage, bool) or not isinstance(stage, int)):
        raise ValueError(f"{where}: stage must be an integer or null, got {stage!r}")
    if label is not None and (not isinstance(label, str) or label not in CANONICAL_IDS):
        raise ValueError(f"{where}: label must be a canonical id 1.1..7.8 or null, got {label!r}")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {list(KINDS)}, got {kind!r}")
    if kind in POSITIVE_KINDS and label is None:
        raise ValueError(f"{where}: kind {kind} needs a canonical label")
    if kind in NEGATIVE_KINDS and label is not None:
        raise ValueError(f"{where}: kind {kind} must have label null, got {label!r}")
    return LabelledRow(text=text, stage=stage, label=label, kind=kind)


def load_rows(path: Path = DATA_PATH) -> list[LabelledRow]:
    """Read and validate the labelled YAML; errors name the file and the row number."""
    raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of rows at the top level")
    return [parse_row(item, f"{path}: row {i}") for i, item in enumerate(raw, start=1)]


def _coerce(rows: Iterable[LabelledRow | Mapping[str, Any]]) -> list[LabelledRow]:
    return [
        row if isinstance(row, LabelledRow) else parse_row(row, f"row {i}")
        for i, row in enumerate(rows, start=1)
    ]


# --- matching -----------------------------------------------------------------------------


def matcher_predictor(reference: Reference | None = None) -> Predictor:
    """The real matcher, called with a one-row document per labelled row."""
    ref = reference if reference is not None else load_reference()

    def predict(row: LabelledRow) -> Prediction:
        matches = match_activities([MatchInput(text=row.text, stage_number=row.stage, stage_title="")], ref)
        if len(matches) != 1:
            raise RuntimeError(f"match_activities returned {len(matches)} matches for one row: {row.text!r}")
        match = matches[0]
        return Prediction(activity_id=match.activity_id, score=float(match.score))

    return predict


# --- metrics ------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def evaluate(
    rows: Iterable[LabelledRow | Mapping[str, Any]],
    predict: Predictor | None = None,
) -> dict[str, Any]:
    """Match every row on its own and compute the metrics (see the module docstring).

    `rows` are LabelledRow objects or mappings with text/stage/label/kind; `predict` defaults to the
    real matcher with the project's reference data.
    """
    labelled = _coerce(rows)
    predictor = predict if predict is not None else matcher_predictor()
    predictions = [predictor(row) for row in labelled]

    correct_nonnull = 0
    predicted_nonnull = 0
    gold_nonnull = 0
    correct_total = 0
    kind_rows: Counter[str] = Counter()
    kind_correct: Counter[str] = Counter()
    fp_by_kind: Counter[str] = Counter()
    label_support: Counter[str] = Counter()
    label_tp: Counter[str] = Counter()
    label_fp: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []

    for row, pred in zip(labelled, predictions, strict=True):
        ok = pred.activity_id == row.label
        kind_rows[row.kind] += 1
        if row.label is not None:
            gold_nonnull += 1
            label_support[row.label] += 1
        if pred.activity_id is not None:
            predicted_nonnull += 1
            if ok:
                correct_nonnull += 1
                label_tp[pred.activity_id] += 1
            else:
                label_fp[pred.activity_id] += 1
        if ok:
            correct_total += 1
            kind_correct[row.kind] += 1
            continue
        if row.label is None:
            fp_by_kind[row.kind] += 1
            error = "false_positive"
        elif pred.activity_id is None:
            error = "missed"
        else:
            error = "wrong_id"
        errors.append(
            {
                "text": row.text,
                "stage": row.stage,
                "kind": row.kind,
                "label": row.label,
                "predicted": pred.activity_id,
                "score": round(pred.score, 2),
                "error": error,
            }
        )

    precision = _ratio(correct_nonnull, predicted_nonnull)
    recall = _ratio(correct_nonnull, gold_nonnull)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kinds_present = [k for k in KINDS if kind_rows[k]] + sorted(set(kind_rows) - set(KINDS))
    ids = sorted(set(label_support) | set(label_tp) | set(label_fp), key=_id_key)
    errors.sort(key=lambda e: (KINDS.index(e["kind"]), _id_key(e["label"] or "9.9"), e["text"]))
    return {
        "rows": len(labelled),
        "labelled_rows": gold_nonnull,
        "predicted_rows": predicted_nonnull,
        "correct_predictions": correct_nonnull,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": _ratio(correct_total, len(labelled)),
        "by_kind": {
            k: {
                "rows": kind_rows[k],
                "correct": kind_correct[k],
                "accuracy": _ratio(kind_correct[k], kind_rows[k]),
            }
            for k in kinds_present
        },
        "false_positives_on_negatives": sum(fp_by_kind.values()),
        "false_positives_by_kind": {k: fp_by_kind[k] for k in NEGATIVE_KINDS if kind_rows[k]},
        "by_label": {
            i: {
                "support": label_support[i],
                "correct": label_tp[i],
                "false_positives": label_fp[i],
                "recall": _ratio(label_tp[i], label_support[i]),
            }
            for i in ids
        },
        "errors": errors,
    }


def _id_key(activity_id: str) -> tuple[int, int]:
    stage, _, n = activity_id.partition(".")
    return int(stage), int(n)


# --- report -------------------------------------------------------------------------------


def format_report(metrics: Mapping[str, Any]) -> str:
    lines = [
        f"rows: {metrics['rows']}  (labelled {metrics['labelled_rows']}, "
        f"predicted non-null {metrics['predicted_rows']}, correct non-null {metrics['correct_predictions']})",
        f"precision: {metrics['precision']:.3f}",
        f"recall:    {metrics['recall']:.3f}",
        f"F1:        {metrics['f1']:.3f}",
        f"accuracy:  {metrics['accuracy']:.3f}",
        "",
        "accuracy by kind:",
    ]
    for kind, stats in metrics["by_kind"].items():
        lines.append(f"  {kind:<12} {stats['correct']:>4}/{stats['rows']:<4} {stats['accuracy']:.3f}")
    by_kind = ", ".join(f"{k} {v}" for k, v in metrics["false_positives_by_kind"].items())
    lines.append("")
    lines.append(f"false positives on negatives: {metrics['false_positives_on_negatives']}  ({by_kind})")
    weak = [(i, s) for i, s in metrics["by_label"].items() if s["support"] and s["recall"] < 1.0]
    if weak:
        lines.append("")
        lines.append("ids with misses (recall, correct/support, false positives):")
        for i, s in weak:
            lines.append(
                f"  {i:<4} {s['recall']:.2f}  {s['correct']}/{s['support']}  fp {s['false_positives']}"
            )
    errors = metrics["errors"]
    lines.append("")
    lines.append(f"errors: {len(errors)}")
    for e in errors:
        label = e["label"] or "—"
        predicted = e["predicted"] or "—"
        lines.append(
            f"  [{e['kind']}] label {label:<4} predicted {predicted:<4} score {e['score']:6.2f}  {e['text']}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.matcher", description="Benchmark the activity matcher on labelled rows."
    )
    parser.add_argument("--data", type=Path, default=DATA_PATH, help="labelled YAML (default: %(default)s)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the metrics as JSON to PATH")
    args = parser.parse_args(argv)

    metrics = evaluate(load_rows(args.data))
    print(format_report(metrics))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nmetrics written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
