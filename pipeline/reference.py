"""Load and validate the reference data under `reference/`.

Every vocabulary the normalizers use (canonical activities, roles, month words, date phrases,
column-header words, document-kind markers) lives in YAML; this module turns it into frozen
models and fails once, naming the file and the key path, when anything is off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

import yaml
from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, field_validator, model_validator

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "reference"
T = TypeVar("T")
EXPECTED_ACTIVITY_COUNTS = {1: 4, 2: 3, 3: 4, 4: 4, 5: 4, 6: 8, 7: 8}


class ReferenceError(Exception):
    """Reference data is missing or invalid; the message names the file and key."""


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regexes(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as e:
            raise ValueError(f"bad regular expression {p!r}: {e}") from e
    return patterns


# --- canonical_roadmap.yaml ---------------------------------------------------------------


class Facet(NamedTuple):
    slots: tuple[frozenset[str], ...]
    headed: bool  # the first slot names the row's head word («Приглашение … на праздник», not «Праздник с приглашением»)


class Activity(Frozen):
    id: str
    text: str
    # «a|b + c»: concepts a row names when it is this activity; «^a + b»: a must name the row's head word
    facets: tuple[str, ...] = ()
    administrative: bool = False  # the activity is itself an order (5.4): an order row may be it
    paraphrases: tuple[str, ...] = ()

    @property
    def facet_slots(self) -> tuple[Facet, ...]:
        """Each facet as its slots, each slot the set of concepts that fill it."""
        return tuple(
            Facet(
                tuple(
                    frozenset(c.strip() for c in slot.split("|")) for slot in facet.lstrip("^ ").split("+")
                ),
                facet.lstrip().startswith("^"),
            )
            for facet in self.facets
        )


class Stage(Frozen):
    id: int
    title: str
    aliases: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()


class RoadmapModel(Frozen):
    name: str
    stages: tuple[Stage, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> RoadmapModel:
        stage_ids = [s.id for s in self.stages]
        if stage_ids != list(range(1, len(stage_ids) + 1)):
            raise ValueError(f"stage ids must be 1..N in order, got {stage_ids}")
        seen: dict[str, str] = {}
        for stage in self.stages:
            for act in stage.activities:
                if act.id in seen:
                    raise ValueError(f"duplicate activity id {act.id}")
                if not act.id.startswith(f"{stage.id}."):
                    raise ValueError(f"activity {act.id} does not belong to stage {stage.id}")
                seen[act.id] = act.id
                for p in (act.text, *act.paraphrases):
                    key = p.strip().lower()
                    if key in seen and seen[key] != act.id:
                        raise ValueError(f"paraphrase {p!r} belongs to {seen[key]} and {act.id}")
                    seen[key] = act.id
        return self


class CanonicalRoadmap(Frozen):
    target_model_2019: RoadmapModel
    teachers_2022: RoadmapModel
    concepts: dict[str, tuple[str, ...]]  # concept -> lemmas («*» ends a prefix), used by facets
    concept_attributes: dict[str, tuple[str, ...]] = {}  # concept -> concepts it owns when right after it
    audiences: tuple[tuple[str, ...], ...] = ()  # groups of concepts naming who a row is about

    @model_validator(mode="after")
    def _counts(self) -> CanonicalRoadmap:
        counts = {s.id: len(s.activities) for s in self.target_model_2019.stages}
        if counts != EXPECTED_ACTIVITY_COUNTS:
            raise ValueError(
                f"target_model_2019 must have {EXPECTED_ACTIVITY_COUNTS} activities per stage, got {counts}"
            )
        if len(self.teachers_2022.stages) != 7 or any(s.activities for s in self.teachers_2022.stages):
            raise ValueError("teachers_2022 must have 7 stages and no numbered activities")
        known = set(self.concepts)
        for act in self.activities.values():
            for facet in act.facet_slots:
                if unknown := set().union(*facet.slots) - known:
                    raise ValueError(f"activity {act.id}: facet names unknown concepts {sorted(unknown)}")
        if unknown := set().union(self.concept_attributes, *self.concept_attributes.values()) - known:
            raise ValueError(f"concept_attributes name unknown concepts {sorted(unknown)}")
        if unknown := set().union(*self.audiences) - known:
            raise ValueError(f"audiences name unknown concepts {sorted(unknown)}")
        return self

    @cached_property
    def activities(self) -> dict[str, Activity]:
        return {a.id: a for s in self.target_model_2019.stages for a in s.activities}

    def activity_stage(self, activity_id: str) -> int:
        return int(activity_id.split(".", 1)[0])


# --- roles.yaml ---------------------------------------------------------------------------


class Role(Frozen):
    code: str
    description: str
    patterns: tuple[str, ...] = ()  # regexes over the normalized piece; the first role in file order wins
    exclude: tuple[str, ...] = ()  # a piece matching one of these is never this role

    _re = field_validator("patterns", "exclude")(_check_regexes)


class RoleVocabulary(Frozen):
    roles: tuple[Role, ...]
    name_patterns: tuple[str, ...]  # person names to drop (Иванова И.И., И.И. Иванова); case-sensitive
    drop_patterns: tuple[str, ...] = ()  # noise removed from the raw cell before anything else
    separators: tuple[str, ...] = ()  # always split the cell here (commas, semicolons, blank lines)
    soft_separators: tuple[str, ...] = ()  # split here only when every part names a role («и», «/»)
    line_joins: tuple[str, ...] = ()  # regexes over "line\nnext line" telling a wrapped role
    name_grammemes: tuple[str, ...] = ()  # pymorphy3 tags of a word that may be part of a person name

    _re1 = field_validator("name_patterns")(_check_regexes)
    _re2 = field_validator("drop_patterns", "separators", "soft_separators", "line_joins")(_check_regexes)

    @model_validator(mode="after")
    def _codes(self) -> RoleVocabulary:
        codes = [r.code for r in self.roles]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate role code")
        if "other" not in codes:
            raise ValueError("role 'other' is required")
        return self


# --- dates.yaml ---------------------------------------------------------------------------


class DateVocabulary(Frozen):
    """Words and phrases of date cells; the grammar that combines them lives in normalizers/dates.py.

    Patterns are matched against lower-cased text at word starts, several are tried at one place and
    combined with the grammar's own groups, so each must compile, must not match the empty string
    (the scanner would stand still) and must not define named groups.
    """

    months: dict[int, tuple[str, ...]]  # month number -> regexes for its word forms
    continuous: tuple[str, ...]  # regexes: «в течение года», «постоянно»
    unspecified: tuple[str, ...]  # regexes: «по мере необходимости»
    annual: tuple[str, ...]  # regexes: «ежегодно»
    deadline: tuple[str, ...]  # regexes introducing a deadline: «до», «не позднее»
    range_start: tuple[str, ...]  # regexes opening a range: «с»
    range_words: tuple[str, ...]  # regexes joining the ends of a range: «по», «до»
    list_words: tuple[str, ...]  # regexes joining dates of a list: «и»
    year_suffix: tuple[str, ...]  # regexes after a year: «г.», «года»
    academic_year_suffix: tuple[str, ...]  # regexes after a pair of years: «уч. год»
    day_suffix: tuple[str, ...]  # regexes between a day number and its month: «-го»
    fillers: tuple[str, ...]  # regexes skipped as a whole: «1-я неделя»
    half_years: dict[int, tuple[str, ...]]  # 1/2 -> regexes for «I полугодие»
    quarters: dict[int, tuple[str, ...]]  # 1..4 -> regexes for «I квартал»
    second_half_year_end_month: int  # II полугодие ends with this month (documented choice)
    not_activity_dates: tuple[str, ...]  # approval/signature/metadata date regexes
    wrapped_lines: tuple[str, ...] = ()  # regexes matching a line break that wraps one date phrase
    ocr_latin_letters: dict[str, str] = {}  # Latin letters (or pairs) -> the Cyrillic they look like
    month_forms: dict[int, tuple[str, ...]] = {}  # month -> plain word forms, for garbled words
    month_form_edits: dict[int, int] = {}  # word length from which -> edits allowed to a month form

    @staticmethod
    def _patterns_ok(patterns: tuple[str, ...]) -> tuple[str, ...]:
        _check_regexes(patterns)
        if not patterns:
            raise ValueError("at least one pattern is required")
        for p in patterns:
            compiled = re.compile(p)
            if compiled.groupindex:
                raise ValueError(f"regular expression {p!r} must not define named groups")
            if compiled.fullmatch(""):
                raise ValueError(f"regular expression {p!r} matches the empty string")
        return patterns

    @field_validator(
        "continuous",
        "unspecified",
        "annual",
        "deadline",
        "range_start",
        "range_words",
        "list_words",
        "year_suffix",
        "academic_year_suffix",
        "day_suffix",
        "fillers",
        "not_activity_dates",
        "wrapped_lines",
    )
    @classmethod
    def _check_list(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return cls._patterns_ok(patterns)

    @staticmethod
    def _numbered_ok(groups: dict[int, tuple[str, ...]], count: int) -> dict[int, tuple[str, ...]]:
        if sorted(groups) != list(range(1, count + 1)):
            raise ValueError(f"keys must be 1..{count}, got {sorted(groups)}")
        for number, patterns in groups.items():
            try:
                DateVocabulary._patterns_ok(patterns)
            except ValueError as e:
                raise ValueError(f"{number}: {e}") from e
        return groups

    @field_validator("months")
    @classmethod
    def _check_months(cls, groups: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        return cls._numbered_ok(groups, 12)

    @field_validator("half_years")
    @classmethod
    def _check_half_years(cls, groups: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        return cls._numbered_ok(groups, 2)

    @field_validator("quarters")
    @classmethod
    def _check_quarters(cls, groups: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        return cls._numbered_ok(groups, 4)

    @field_validator("ocr_latin_letters")
    @classmethod
    def _check_latin_letters(cls, table: dict[str, str]) -> dict[str, str]:
        for latin, cyrillic in table.items():
            if not re.fullmatch(r"[a-z0-9]{1,2}", latin) or not re.fullmatch(r"[а-я]", cyrillic):
                raise ValueError(
                    f"{latin!r}: {cyrillic!r} must map 1-2 lower-case Latin letters to one Cyrillic"
                )
        return table

    @field_validator("month_forms")
    @classmethod
    def _check_month_forms(cls, forms: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        if forms and sorted(forms) != list(range(1, 13)):
            raise ValueError(f"keys must be 1..12, got {sorted(forms)}")
        for month, words in forms.items():
            if not words or not all(re.fullmatch(r"[а-я]+", w) for w in words):
                raise ValueError(f"{month}: forms must be lower-case Cyrillic words")
        return forms

    @field_validator("second_half_year_end_month")
    @classmethod
    def _check_end_month(cls, month: int) -> int:
        # January..August belong to the second calendar year of an academic year.
        if not 1 <= month <= 8:
            raise ValueError(f"must be a month 1..8, got {month}")
        return month


# --- layout.yaml --------------------------------------------------------------------------


class ColumnRole(Frozen):
    role: (
        str  # number | stage | activity | content | dates | dates_end | responsible | co_responsible |
        # result | names (the last two are not read)
    )
    patterns: tuple[str, ...]
    words: tuple[str, ...] = ()  # header words matched by similarity when OCR garbles them

    _re = field_validator("patterns")(_check_regexes)


class DocumentKind(Frozen):
    kind: str
    message: str  # shown to the methodologist as the document's `error`
    patterns: tuple[str, ...]

    _re = field_validator("patterns")(_check_regexes)


class Abbreviation(Frozen):
    pattern: str  # regex over folded text
    text: str  # what it stands for


class Layout(Frozen):
    columns: tuple[ColumnRole, ...]
    stage_note_prefixes: tuple[str, ...]  # «Цель:», «Задача:», «Результат:» — never activities
    signature_patterns: tuple[str, ...]  # signature lines under a table — never activities
    signature_name_patterns: tuple[str, ...]  # initials that, with a position alone, make a signature
    plan_title_patterns: tuple[str, ...]  # the plan's own name, when printed in a row of its table
    stage_heading_patterns: tuple[str, ...]  # stage headings of roadmaps written without a table
    roman_numeral_lookalikes: dict[str, str] = {}  # «П» → «II»: a stage's numeral as OCR reads it
    paragraph_dates_label: str  # labels of a paragraph roadmap's fields («срок:», «ответственный:»)
    paragraph_responsible_label: str
    title_line_patterns: tuple[str, ...]
    approval_line_patterns: tuple[str, ...]
    authority_line_patterns: tuple[str, ...]
    plan_words: tuple[str, ...]
    town_pattern: str
    organization_place_words: str  # lowercase words that still belong to an unquoted school name
    place_abbreviations: tuple[str, ...]  # «г», «с», «пгт»: before a town's name, with a dot
    number_sign_lookalikes: tuple[str, ...] = ()  # «Ne», «ЛЪ»: «№» as OCR reads it
    roadmap_markers: tuple[str, ...]  # a document is a roadmap when one of these is present
    model_2019_markers: tuple[str, ...]
    model_2022_markers: tuple[str, ...]
    not_roadmap: tuple[DocumentKind, ...]
    stop_words: tuple[str, ...]  # lemmas ignored when matching activities
    light_words: tuple[str, ...]  # lemmas that may precede an activity's head word
    synonyms: tuple[tuple[str, ...], ...]  # lemma groups read as their first member when matching
    extra_patterns: tuple[str, ...]  # administrative rows: matched only when very close to canonical
    extra_head_words: int  # …when the pattern starts within this many words of the row's start
    domain_anchors: tuple[str, ...]  # lemmas that tie a row to mentoring
    abbreviations: tuple[Abbreviation, ...] = ()  # read out in full before matching activities
    organization_patterns: tuple[str, ...]
    academic_year_patterns: tuple[str, ...]
    multi_year_patterns: tuple[str, ...]

    @model_validator(mode="after")
    def _check(self) -> Layout:
        for group in (
            self.stage_note_prefixes,
            self.signature_patterns,
            self.signature_name_patterns,
            self.plan_title_patterns,
            self.stage_heading_patterns,
            (self.paragraph_dates_label, self.paragraph_responsible_label),
            self.title_line_patterns,
            self.approval_line_patterns,
            self.authority_line_patterns,
            self.plan_words,
            (self.town_pattern, self.organization_place_words),
            self.roadmap_markers,
            self.model_2019_markers,
            self.model_2022_markers,
            self.organization_patterns,
            self.academic_year_patterns,
            self.multi_year_patterns,
            self.extra_patterns,
            tuple(a.pattern for a in self.abbreviations),
        ):
            _check_regexes(group)
        for letter, numeral in self.roman_numeral_lookalikes.items():
            if len(letter) != 1 or not numeral or set(numeral) - set("IVX"):
                raise ValueError(f"roman_numeral_lookalikes: {letter!r} → {numeral!r} is no letter → numeral")
        seen: dict[str, int] = {}
        for i, group in enumerate(self.synonyms):
            for word in group:
                if seen.setdefault(word, i) != i:
                    raise ValueError(f"synonym {word!r} is in two groups")
        return self


# --- compliance.yaml ----------------------------------------------------------------------

COMPLIANCE_CHECKS = ("missing", "undated", "outside_year", "out_of_order", "no_responsible")


class ComplianceCheck(Frozen):
    code: str
    message: str


class ComplianceRules(Frozen):
    order_tolerance_months: int
    year_grace_days: int
    checks: tuple[ComplianceCheck, ...]

    @model_validator(mode="after")
    def _codes(self) -> ComplianceRules:
        codes = tuple(c.code for c in self.checks)
        if sorted(codes) != sorted(COMPLIANCE_CHECKS):
            raise ValueError(f"checks must be exactly {COMPLIANCE_CHECKS}, got {codes}")
        return self

    def message(self, code: str) -> str:
        return next(c.message for c in self.checks if c.code == code)


# --- loader -------------------------------------------------------------------------------


class Reference(Frozen):
    canonical: CanonicalRoadmap
    roles: RoleVocabulary
    dates: DateVocabulary
    layout: Layout
    compliance: ComplianceRules
    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    def derived(self, key: str, build: Callable[[Reference], T]) -> T:
        """Data computed from the reference once (compiled patterns, indexes), kept with it."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return cast(T, self._derived[key])


_FILES: dict[str, type[Frozen]] = {
    "canonical": CanonicalRoadmap,
    "roles": RoleVocabulary,
    "dates": DateVocabulary,
    "layout": Layout,
    "compliance": ComplianceRules,
}
_FILE_NAMES = {
    "canonical": "canonical_roadmap.yaml",
    "roles": "roles.yaml",
    "dates": "dates.yaml",
    "layout": "layout.yaml",
    "compliance": "compliance.yaml",
}


def _load_one(path: Path, model: type[Frozen]) -> Frozen:
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ReferenceError(f"{path}: cannot read: {e}") from e
    except yaml.YAMLError as e:
        raise ReferenceError(f"{path}: not valid YAML: {e}") from e
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in e.errors()
        )
        raise ReferenceError(f"{path}: {problems}") from e


def load_reference(directory: Path = REFERENCE_DIR) -> Reference:
    parts = {key: _load_one(directory / _FILE_NAMES[key], model) for key, model in _FILES.items()}
    return Reference.model_validate(parts)
