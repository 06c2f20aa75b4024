"""Match activity rows to the canonical activities of the 2019 target model.

Each row is compared with the canonical wording and every paraphrase of each activity as a
weighted soft F1 over lemmas: a row word counts as present in a variant when its lemma (or its
surface form, for OCR-damaged words the dictionary cannot lemmatise) is close to a variant lemma by
edit similarity. Rare words weigh more (IDF over all variants), so «собеседование» decides more
than «наставничество». The stage the row sits in shifts the score. Ids are then assigned over the
whole document at once (Hungarian assignment), so two rows never claim one id unless their text
really repeats it. Last, the canonical order is read as context: the heaviest run of matches in
order is found, weak matches outside it give way to rows in order (a doubtful one from another
stage is dropped), and the rows between the run's matches are aligned in order with the free
activities between theirs.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from scipy.optimize import linear_sum_assignment

from normalizers.lemmas import fold, lemma, words
from pipeline.reference import Reference

MATCH_THRESHOLD = 63.0  # below this a row is an extra (tuned on bench/data/matcher_labelled.yaml)
CLEAR_MATCH_THRESHOLD = 45.0  # a lower bar for an unrivalled match inside the row's own stage
CLEAR_MARGIN = 12.0
GAP_THRESHOLD = 42.0  # a row between matched neighbours may take the activity between theirs
GAP_MARGIN = 15.0  # …when it scores no further than this under the row's best activity
KEEP_OUT_OF_ORDER = 75.0  # a weaker match out of canonical order gives way to rows in order…
INTRUDER_MARGIN = 15.0  # …and, from another stage, is dropped unless this far above its next-best
EXTRA_THRESHOLD = 85.0  # for rows that read like administrative extras (orders, regulations)
REPEAT_THRESHOLD = 88.0
REPEAT_MARGIN = 15.0  # a second row may share an id only when its text is this close
ADJACENT_REPEAT_THRESHOLD = 66.0  # …or when it stands next to the row holding the id
SAME_STAGE_BONUS = 8.0
OTHER_STAGE_PENALTY = 10.0
WORD_SIMILARITY_FLOOR = 72.0  # edit similarity under which two words do not match at all
# A row without any mentoring word, outside any stage of a roadmap, may come from another kind of plan.
NO_ANCHOR_FACTOR = 0.88
HEAD_WEIGHT = 2.5  # the activity's head word («анкетирование», «обучение») says most what it is
# A row naming every concept of one of an activity's facets scores at least this, plus a little for
# each slot (a facet with more slots says more) and for its wording score.
FACET_BASE = 45.0
FACET_SLOT_BONUS = 4.0
FACET_WORDING_SHARE = 0.2
AUDIENCE_CONFLICT_FACTOR = 0.85  # a variant about other people than the row («audiences» in the YAML)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class MatchInput:
    text: str  # the activity wording as written in the row
    stage_number: int | None  # stage of the 2019 model the row sits in, when known
    stage_title: str  # title of that stage as written ("" when unknown)


@dataclass(frozen=True)
class Match:
    activity_id: str | None  # "1.1".."7.8", or None for an extra
    canonical_text: str | None
    score: float  # 0..100
    stage_id: int | None  # stage of the 2019 model the row belongs to


@dataclass(frozen=True)
class _Variant:
    activity_id: str
    vocab_idx: np.ndarray  # indices into the vocabulary
    weights: np.ndarray
    audience: frozenset[str]  # the audience concepts it names


class _Index:
    """Canonical variants as vocabulary indices with IDF weights; built once per Reference."""

    def __init__(self, reference: Reference) -> None:
        self.stop = frozenset(reference.layout.stop_words)
        self.synonym = {w: group[0] for group in reference.layout.synonyms for w in group}
        self.anchors = frozenset(reference.layout.domain_anchors)
        self.extra = tuple(re.compile(p, re.I) for p in reference.layout.extra_patterns)
        self.extra_head_words = reference.layout.extra_head_words
        self.abbreviations = tuple((re.compile(a.pattern), a.text) for a in reference.layout.abbreviations)
        self.concept_of: dict[str, set[str]] = {}
        self.audience_groups = tuple(frozenset(g) for g in reference.canonical.audiences)
        self.audience_concepts = frozenset().union(*self.audience_groups)
        self.attributes = reference.canonical.concept_attributes
        self.concept_prefixes: list[tuple[str, str]] = []
        self.concept_of_form: dict[str, set[str]] = {}
        for concept, entries in reference.canonical.concepts.items():
            for entry in entries:
                if entry.startswith("="):
                    self.concept_of_form.setdefault(entry[1:], set()).add(concept)
                elif entry.endswith("*"):
                    self.concept_prefixes.append((entry[:-1], concept))
                else:
                    self.concept_of.setdefault(entry, set()).add(concept)
        texts: list[tuple[str, str]] = [
            (a.id, t) for a in reference.canonical.activities.values() for t in (a.text, *a.paraphrases)
        ]
        token_lists = [_tokens(_read(t, self), self)[1] for _, t in texts]
        vocab = sorted({tok for toks in token_lists for tok in toks})
        self.vocab = vocab
        pos = {w: i for i, w in enumerate(vocab)}
        # IDF by activity, not by variant: a word in every paraphrase of one activity is still rare.
        docs_per_word: dict[str, set[str]] = {}
        for (aid, _), toks in zip(texts, token_lists, strict=True):
            for tok in toks:
                docs_per_word.setdefault(tok, set()).add(aid)
        n = len(reference.canonical.activities)
        self.idf = np.array([math.log(1 + n / len(docs_per_word[w])) for w in vocab])
        self.light = frozenset(reference.layout.light_words)
        self.variants: list[_Variant] = []
        for (aid, text), toks in zip(texts, token_lists, strict=True):
            idx = np.array(sorted({pos[t] for t in toks}), dtype=np.int64)
            head = _head(toks, self.light)
            boost = np.array([HEAD_WEIGHT if vocab[i] == head else 1.0 for i in idx])
            self.variants.append(_Variant(aid, idx, self.idf[idx] * boost, self.audience(_read(text, self))))
        self.activity_ids = sorted(
            reference.canonical.activities, key=lambda a: tuple(map(int, a.split(".")))
        )
        self.column = {aid: i for i, aid in enumerate(self.activity_ids)}
        self.stage_of = np.array([int(a.split(".")[0]) for a in self.activity_ids])
        self.administrative = np.array(
            [reference.canonical.activities[a].administrative for a in self.activity_ids]
        )
        self.facets = [
            (self.column[aid], facet)
            for aid, act in reference.canonical.activities.items()
            for facet in act.facet_slots
        ]

    def is_extra(self, text: str) -> bool:
        """Whether the row is about an order, a regulation, an appointment (an administrative extra)."""
        for pattern in self.extra:
            found = pattern.search(text)
            if found and len(_WORD.findall(text[: found.start()])) < self.extra_head_words:
                return True
        return False

    def audience(self, read: list[tuple[str, str]]) -> frozenset[str]:
        """The audience concepts (who takes part, in what part) a text names."""
        return self.audience_concepts & frozenset().union(*(self.named(w, lm) for w, lm in read))

    def conflict(self, row: frozenset[str], variant: frozenset[str]) -> bool:
        """Whether a row and a variant are about other people: no audience in common, or none in
        common within one group (teachers vs parents; mentors vs mentees)."""
        if row and variant and not row & variant:
            return True
        return any(row & g and variant & g and not row & variant & g for g in self.audience_groups)

    def named(self, form: str, lm: str) -> set[str]:
        """Concepts a word names, by its lemma or (an entry «=встречи») by its form."""
        return (
            self.concept_of.get(lm, set())
            | self.concept_of_form.get(form, set())
            | {c for prefix, c in self.concept_prefixes if lm.startswith(prefix)}
        )


def _index(reference: Reference) -> _Index:
    return reference.derived("activities.index", _build_index)


def _build_index(reference: Reference) -> _Index:
    return _Index(reference)


def _head(lems: Sequence[str], light: frozenset[str]) -> str | None:
    return next((lm for lm in lems if lm not in light), lems[0] if lems else None)


def _read(text: str, index: _Index) -> list[tuple[str, str]]:
    """(surface word, lemma) of each word, without words that only say whose the previous one is:
    «родителей обучающихся» is about parents, the students are no audience of their own."""
    text = fold(text)
    for pattern, full in index.abbreviations:
        text = pattern.sub(full, text)
    out: list[tuple[str, str]] = []
    previous: set[str] = set()
    for w in words(text):
        lm = lemma(w)
        named = index.named(w, lm)
        owned = {c for p in previous for c in index.attributes.get(p, ())}
        previous = named
        if not (named and named <= owned):
            out.append((w, lm))
    return out


def _tokens(read: list[tuple[str, str]], index: _Index) -> tuple[list[str], list[str]]:
    """(surface words, lemmas read through the synonym groups), without stop words and numbers."""
    surface, lems = [], []
    for w, lm in read:
        if lm in index.stop or lm.isdigit() or len(w) < 2:
            continue
        surface.append(w)
        lems.append(index.synonym.get(lm, lm))
    return surface, lems


def _similarity(index: _Index, surface: list[str], lems: list[str]) -> np.ndarray:
    """Row word × vocabulary word similarity in 0..1 (best of lemma and surface form)."""
    if not lems:
        return np.zeros((0, len(index.vocab)))
    by_lemma = process.cdist(lems, index.vocab, scorer=fuzz.ratio, dtype=np.float32)
    by_surface = process.cdist(surface, index.vocab, scorer=fuzz.ratio, dtype=np.float32)
    sim = np.maximum(by_lemma, by_surface)
    sim = np.where(sim >= WORD_SIMILARITY_FLOOR, sim / 100.0, 0.0)
    return np.asarray(sim, dtype=np.float64)


def _row_scores(
    index: _Index, sim: np.ndarray, row_weights: np.ndarray, audience: frozenset[str]
) -> np.ndarray:
    """Best soft-F1 (0..100) of the row against each activity's variants. A variant about other
    people than the row counts less: «Сбор согласий родителей…» is not «Сбор согласий наставников…»
    though all but one word agree."""
    best = np.zeros(len(index.activity_ids))
    if sim.shape[0] == 0:
        return best
    row_total = row_weights.sum()
    for v in index.variants:
        sub = sim[:, v.vocab_idx]
        if sub.size == 0:
            continue
        precision = float((sub.max(axis=1) * row_weights).sum() / row_total)
        recall = float((sub.max(axis=0) * v.weights).sum() / v.weights.sum())
        if precision + recall == 0:
            continue
        f1 = 2 * precision * recall / (precision + recall) * 100
        if index.conflict(audience, v.audience):
            f1 *= AUDIENCE_CONFLICT_FACTOR
        col = index.column[v.activity_id]
        best[col] = max(best[col], f1)
    return best


_BRACKETS = re.compile(r"\([^()]*\)")


def _facet_scores(
    index: _Index, read: list[tuple[str, str]], head: str | None, wording: np.ndarray
) -> np.ndarray:
    """The score each activity earns from the concepts the row names (0 when no facet is whole).
    A facet that also fixes the head word counts a slot more: it says more."""
    named = set().union(*(index.named(w, lm) for w, lm in read))
    heads = index.named("", head) if head else set()
    out = np.zeros(len(index.activity_ids))
    for col, facet in index.facets:
        if facet.headed and not facet.slots[0] & heads:
            continue
        if all(slot & named for slot in facet.slots):
            slots = len(facet.slots) + facet.headed
            score = FACET_BASE + FACET_SLOT_BONUS * slots + FACET_WORDING_SHARE * wording[col]
            out[col] = max(out[col], score)
    return out


def _text_scores(
    index: _Index, text: str, vocab_pos: dict[str, int], unknown_weight: float, staged: bool
) -> np.ndarray:
    read = _read(text, index)
    surface, lems = _tokens(read, index)
    sim = _similarity(index, surface, lems)
    head = _head(lems, index.light)
    row_weights = np.array(
        [
            (index.idf[vocab_pos[lm]] if lm in vocab_pos else unknown_weight)
            * (HEAD_WEIGHT if lm == head else 1.0)
            for lm in lems
        ]
    )
    wording = _row_scores(index, sim, row_weights, index.audience(read))
    scores: np.ndarray = np.maximum(wording, _facet_scores(index, read, head, wording))
    if not staged and not index.anchors.intersection(lems):
        scores = scores * NO_ANCHOR_FACTOR
    return scores


def score_matrix(rows: Sequence[MatchInput], reference: Reference) -> np.ndarray:
    """Rows × activities, 0..100 after the stage shift (exposed for diagnostics and tests)."""
    index = _index(reference)
    out = np.zeros((len(rows), len(index.activity_ids)))
    stage_of = index.stage_of
    vocab_pos = {w: i for i, w in enumerate(index.vocab)}
    # A word outside the canonical vocabulary («лицей», «СПК») weighs as a typical canonical word:
    # as the rarest it would sink rows that merely name the school.
    unknown_weight = float(np.median(index.idf)) if len(index.idf) else 1.0
    for r, row in enumerate(rows):
        # Details in brackets («(вебинары, тренинги)», «(курс «Школа наставника»)») say how, not
        # what: the row is also scored without them, and the better reading counts.
        core = _BRACKETS.sub(" ", row.text)
        texts = [row.text, core] if core.strip() and core != row.text else [row.text]
        scores = np.max(
            [_text_scores(index, t, vocab_pos, unknown_weight, row.stage_number is not None) for t in texts],
            axis=0,
        )
        if row.stage_number is not None:
            scores = np.where(
                stage_of == row.stage_number, scores + SAME_STAGE_BONUS, scores - OTHER_STAGE_PENALTY
            )
        out[r] = np.clip(scores, 0, 100)
    return out


def _ordered_run(assigned: dict[int, int], scores: np.ndarray) -> list[int]:
    """Rows of the heaviest run of matches whose ids never go back in canonical order."""
    rows = sorted(assigned)
    weight = [float(scores[r, assigned[r]]) for r in rows]
    total, previous = list(weight), [-1] * len(rows)
    for i, r in enumerate(rows):
        for j in range(i):
            if assigned[rows[j]] <= assigned[r] and total[j] + weight[i] > total[i]:
                total[i], previous[i] = total[j] + weight[i], j
    run: list[int] = []
    i = int(np.argmax(total)) if rows else -1
    while i >= 0:
        run.append(rows[i])
        i = previous[i]
    return run[::-1]


def _nearest(rows: Sequence[int], r: int) -> list[int]:
    """The nearest of `rows` (sorted) before `r` and after it, where there are such."""
    return [k for k in rows if k < r][-1:] + [k for k in rows if k > r][:1]


def _release_out_of_order(
    assigned: dict[int, int], run: list[int], scores: np.ndarray, stage_of: np.ndarray
) -> dict[int, int]:
    """Weak matches outside the ordered run are released, so the gaps may be aligned without them;
    the caller gives each back its id when no row in order took it. A weak, doubtful one from
    another stage than the run around it is a misreading and is not given back: «Опрос «Как тебе с
    наставником?»» between 6.1 and 6.6 is no 3.3. Schools do reorder rows, mostly within a stage;
    a row that reads plainly as one activity («Выбор форм наставничества…» before the
    questionnaires) keeps it."""
    released: dict[int, int] = {}
    for r, c in list(assigned.items()):
        if r in run or scores[r, c] >= KEEP_OUT_OF_ORDER:
            continue
        del assigned[r]
        around = {int(stage_of[assigned[k]]) for k in _nearest(run, r)}
        second = float(np.partition(scores[r], -2)[-2])
        if not (around and int(stage_of[c]) not in around and scores[r, c] - second < INTRUDER_MARGIN):
            released[r] = c
    return released


def _fill_gaps(
    rows: Sequence[MatchInput],
    scores: np.ndarray,
    is_extra: np.ndarray,
    stage_of: np.ndarray,
    assigned: dict[int, int],
    run: list[int],
) -> None:
    """Order as context: the unmatched rows between two rows of the ordered run take the free
    activities between theirs, in order, where each scores at least GAP_THRESHOLD and not far under
    the row's best.

    «Информирование родителей на общешкольном собрании» between 1.1 and 1.3 is 1.2 even though
    its wording alone scores low. The best in-order choice over the whole gap is taken (a monotone
    alignment), so a row may take its second-best activity when its best is out of place. Inside a
    stage, only that stage's activities are open.
    """
    taken = set(assigned.values())
    bounds = [(-1, -1), *((r, assigned[r]) for r in run), (len(rows), len(stage_of))]
    for (first_row, first_col), (last_row, last_col) in itertools.pairwise(bounds):
        gap = [r for r in range(first_row + 1, last_row) if r not in assigned and not is_extra[r]]
        cols = [c for c in range(first_col + 1, last_col) if c not in taken]
        gain = np.zeros((len(gap), len(cols)))
        for i, r in enumerate(gap):
            stage = rows[r].stage_number
            bar = max(GAP_THRESHOLD, float(scores[r].max()) - GAP_MARGIN)
            for j, c in enumerate(cols):
                if scores[r, c] >= bar and stage in (None, stage_of[c]):
                    gain[i, j] = scores[r, c] - GAP_THRESHOLD + 1.0
        for i, j in _monotone_alignment(gain):
            assigned[gap[i]] = cols[j]
            taken.add(cols[j])


def _monotone_alignment(gain: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (i, j), increasing in both, of positive gain, with the largest total gain."""
    m, k = gain.shape
    total = np.zeros((m + 1, k + 1))
    for i in range(1, m + 1):
        for j in range(1, k + 1):
            take = total[i - 1, j - 1] + gain[i - 1, j - 1] if gain[i - 1, j - 1] > 0 else 0.0
            total[i, j] = max(total[i - 1, j], total[i, j - 1], take)
    pairs: list[tuple[int, int]] = []
    i, j = m, k
    while i > 0 and j > 0:
        if total[i, j] == total[i - 1, j]:
            i -= 1
        elif total[i, j] == total[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]


def _clear_beside_neighbours(
    rows: Sequence[MatchInput],
    scores: np.ndarray,
    is_extra: np.ndarray,
    stage_of: np.ndarray,
    assigned: dict[int, int],
) -> None:
    """Outside stage rows, the neighbours tell the stage: a row whose best activity stands far
    above every other one, in the stage of a matched neighbour, takes it even out of order
    («Встреча с выпускниками школы…» written after the students' assembly)."""
    taken = set(assigned.values())
    for r, row in enumerate(rows):
        if r in assigned or is_extra[r] or row.stage_number is not None:
            continue
        order = np.argsort(scores[r])[::-1]
        c = int(order[0])
        if c in taken or not _clear(scores[r, c], scores[r, order[1]]):
            continue
        if int(stage_of[c]) in {int(stage_of[assigned[k]]) for k in _nearest(sorted(assigned), r)}:
            assigned[r] = c
            taken.add(c)


def _clear(best: float, second: float) -> bool:
    return best >= CLEAR_MATCH_THRESHOLD and best - second >= CLEAR_MARGIN


def match_activities(rows: Sequence[MatchInput], reference: Reference) -> list[Match]:
    """Assign canonical ids to all rows of one document at once (global, not greedy)."""
    if not rows:
        return []
    index = _index(reference)
    scores = score_matrix(rows, reference)
    stage_of = index.stage_of
    is_extra = np.array([index.is_extra(r.text) for r in rows])
    # An order or a regulation is an extra unless it is very close to an activity, or the activity is
    # itself an order («Приказ о закреплении пар» is 5.4).
    threshold = np.where(is_extra[:, None] & ~index.administrative, EXTRA_THRESHOLD, MATCH_THRESHOLD)
    gain = np.where(scores >= threshold, scores - threshold + 1.0, 0.0)
    # Inside its own stage, a row whose best activity stands far above every other one is taken
    # at a lower score: short rows that name the school («Встреча с обучающимися лицея») score low.
    for r, row in enumerate(rows):
        order = np.argsort(scores[r])[::-1]
        clear = _clear(scores[r, order[0]], scores[r, order[1]])
        if clear and row.stage_number == stage_of[order[0]] and not is_extra[r]:
            gain[r, order[0]] = max(gain[r, order[0]], 1.0)
    row_ind, col_ind = linear_sum_assignment(gain, maximize=True)
    assigned: dict[int, int] = {
        int(r): int(c) for r, c in zip(row_ind, col_ind, strict=True) if gain[r, c] > 0
    }
    # A row may still repeat an activity another row holds, when its text says so plainly (it keeps
    # that id rather than a far weaker one the assignment pushed it to), or when it stands next to
    # that row: one activity written as two («Обучение наставников: школьный семинар», «Курсы
    # повышения квалификации для наставников»).
    for r in range(len(rows)):
        c = int(scores[r].argmax())
        held = assigned.get(r)
        plain = scores[r, c] >= max(REPEAT_THRESHOLD, float(threshold[r, c]))
        beside = c in (assigned.get(r - 1), assigned.get(r + 1))
        adjacent = held is None and beside and scores[r, c] >= max(ADJACENT_REPEAT_THRESHOLD, threshold[r, c])
        if (plain and (held is None or scores[r, c] - scores[r, held] >= REPEAT_MARGIN)) or adjacent:
            assigned[r] = c
    if assigned:
        run = _ordered_run(assigned, scores)
        released = _release_out_of_order(assigned, run, scores, stage_of)
        _fill_gaps(rows, scores, is_extra, stage_of, assigned, run)
        for r, c in released.items():
            if r not in assigned and c not in assigned.values():
                assigned[r] = c
        _clear_beside_neighbours(rows, scores, is_extra, stage_of, assigned)
    canonical = reference.canonical.activities
    result: list[Match] = []
    for r, row in enumerate(rows):
        if r in assigned:
            aid = index.activity_ids[assigned[r]]
            result.append(
                Match(
                    aid, canonical[aid].text, round(float(scores[r, assigned[r]]), 1), int(aid.split(".")[0])
                )
            )
        else:
            result.append(Match(None, None, round(float(scores[r].max()), 1), row.stage_number))
    return result
