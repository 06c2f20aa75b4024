"""Match activity rows to the canonical activities of the 2019 target model (contract; body pending)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.reference import Reference


@dataclass(frozen=True)
class MatchInput:
    text: str  # the activity wording as written in the row
    stage_number: int | None  # stage the row sits in, as numbered by the document
    stage_title: str  # title of that stage as written ("" when unknown)


@dataclass(frozen=True)
class Match:
    activity_id: str | None  # "1.1".."7.8", or None for an extra
    canonical_text: str | None
    score: float  # 0..100
    stage_id: int | None  # stage of the 2019 model the row belongs to


def match_activities(rows: Sequence[MatchInput], reference: Reference) -> list[Match]:
    """Assign canonical ids to all rows of one document at once (global, not greedy)."""
    raise NotImplementedError
