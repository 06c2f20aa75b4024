"""Resolve the stage a row sits in to a stage id of the document's model."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from normalizers.lemmas import lemma, words
from pipeline.models import ModelName
from pipeline.reference import Reference, RoadmapModel

STAGE_TITLE_THRESHOLD = 72.0


def _key(text: str) -> str:
    return " ".join(lemma(w) for w in words(text))


@lru_cache(maxsize=8)
def _titles(model: RoadmapModel) -> tuple[tuple[int, str], ...]:
    return tuple((s.id, _key(t)) for s in model.stages for t in (s.title, *s.aliases))


def resolve_stage(title: str, number: int | None, model_name: ModelName, reference: Reference) -> int | None:
    """Stage id by the title's wording; the printed number only when the title says nothing.

    Regional templates put an administrative section («Нормативное правовое регулирование») before
    the seven stages, so a printed number alone is trusted only when there is no title to read.
    """
    model = (
        reference.canonical.teachers_2022
        if model_name == "teachers_2022"
        else reference.canonical.target_model_2019
    )
    key = _key(title)
    if key:
        best_id, best = None, 0.0
        for sid, t in _titles(model):
            score = max(fuzz.token_set_ratio(key, t) * 0.5 + fuzz.ratio(key, t) * 0.5, fuzz.ratio(key, t))
            if score > best:
                best_id, best = sid, score
        if best >= STAGE_TITLE_THRESHOLD:
            return best_id
        if len(key.split()) >= 2:
            return None
    if number is not None and 1 <= number <= len(model.stages):
        return number
    return None
