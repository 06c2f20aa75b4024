"""Resolve the stage a row sits in to a stage id of the document's model."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from normalizers.lemmas import known_word, lemma, words
from pipeline.models import ModelName
from pipeline.reference import Reference, RoadmapModel

STAGE_TITLE_THRESHOLD = 72.0
_HEADING = re.compile(r"^\s*(?:этап|раздел)?\s*(?:\d{1,2}|[ivx]{1,4})?\s*[.)]?")


def _key(text: str) -> str:
    return " ".join(lemma(w) for w in words(text))


def _says_nothing(title: str) -> bool:
    """Fewer than two words beside the numeral, or half or more of them no dictionary words: OCR
    garbled them («нсскгавляемых», «Pare»)."""
    title = _HEADING.sub("", title.lower())
    long = [w for w in re.findall(r"\w+", title) if len(w) >= 3 and not w.isdigit()]
    bad = [w for w in long if not (w.isalpha() and re.fullmatch("[а-яё]+", w) and known_word(w))]
    return len(long) < 2 or 2 * len(bad) >= len(long)


@lru_cache(maxsize=8)
def _titles(model: RoadmapModel) -> tuple[tuple[int, str], ...]:
    return tuple((s.id, _key(t)) for s in model.stages for t in (s.title, *s.aliases))


def resolve_stage(title: str, number: int | None, model_name: ModelName, reference: Reference) -> int | None:
    """Stage id by the title's wording; the printed number only when the title says nothing.

    Regional templates put an administrative section («Нормативное правовое регулирование») before
    the seven stages, so a printed number alone is trusted only when there is no title to read: none,
    one word, or words OCR garbled («Этап 3. База насг-——»).
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
        if not _says_nothing(title):
            return None
    if number is not None and 1 <= number <= len(model.stages):
        return number
    return None
