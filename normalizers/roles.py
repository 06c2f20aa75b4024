"""Turn a responsible-person cell («Ответственные») into canonical role codes.

Every word the normalizer knows (role patterns, person-name shapes, noise, separators) lives in
reference/roles.yaml; its header describes the reading steps this module carries out: drop noise, cut
out names, split the cell, glue wrapped lines back, normalize, split at «и»/«/» where safe, and map
each piece to the first matching role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast

import pymorphy3

from pipeline.reference import REFERENCE_DIR, ReferenceError, RoleVocabulary, _load_one

# The dataset's schema: consumers filter on these codes, so roles.yaml may reorder them (matching
# priority) but neither rename nor add any.
ROLE_CODES: tuple[str, ...] = (
    "director",
    "deputy_director_academic",
    "deputy_director_upbringing",
    "deputy_director",
    "program_curator",
    "tutor",
    "psychologist",
    "social_pedagogue",
    "class_teacher",
    "mentors",
    "teachers",
    "methodologist",
    "head_of_methodical_association",
    "senior_counselor",
    "librarian",
    "other",
)
OTHER = "other"
FLAG_UNKNOWN = "role_unknown"

_CUT = "\x00"  # a hard boundary left where a name or a separator was cut out of the cell
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[‐‑‒–—−]")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_EDGE_PUNCT = " \t-:.,;()«»\"'"
_CYRILLIC = re.compile(r"[а-я]")
# OCR'd scans mix Latin look-alikes into Cyrillic words («пcихолог» with a Latin «c»); lowercase
# Latin letters here stand for lowercased capitals too (B → b → в, H → h → н).
_HOMOGLYPHS = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
# A scan read with `rus+eng` may render a whole short Russian word in Latin («noYBP» for «поУВР»):
# a word made only of these letters is read back as Cyrillic.
_OCR_LATIN = str.maketrans("aceopxykmtbhnurgACEOPXYKMTBHNURG", "асеорхукмтвнпигдАСЕОРХУКМТВНПИГД")
_OCR_LATIN_RUN = re.compile(r"[A-Za-z]+")
# A short word with a dot ending a piece («Зам.», «дир.», «кл.»): an abbreviation, more follows.
_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])[А-ЯЁа-яё][а-яё]{0,3}\.$")
_LATIN_INITIAL = re.compile(r"(?<![A-Za-z])[ABCEHKMOPTXY](?=\s?\.)")  # an initial OCR read in Latin
_OCR_LATIN_WORD = re.compile(r"^[aceopxykmtbhnurgACEOPXYKMTBHNURG]+$")


def _ocr_latin_to_cyrillic(cell: str) -> str:
    # A cell OCR read wholly in Latin («Kypatop LIMH») is read back too: a responsible cell of a
    # Russian roadmap holds no English, and words with other Latin letters stay as they are.
    return _OCR_LATIN_RUN.sub(
        lambda m: m.group().translate(_OCR_LATIN) if _OCR_LATIN_WORD.match(m.group()) else m.group(), cell
    )


@dataclass(frozen=True)
class RoleResult:
    roles: tuple[str, ...]  # canonical codes, in order of first appearance, no repeats
    unknown: tuple[str, ...]  # pieces mapped to `other` (raw text kept, for explainability)
    flags: tuple[str, ...]  # "role_unknown" when any piece fell to `other`


def load_role_vocabulary(path: Path | None = None) -> RoleVocabulary:
    """Read reference/roles.yaml (or `path`); raise ReferenceError naming the file when it is off."""
    path = path if path is not None else REFERENCE_DIR / "roles.yaml"
    vocab = cast(RoleVocabulary, _load_one(path, RoleVocabulary))
    codes = {r.code for r in vocab.roles}
    if codes != set(ROLE_CODES):
        missing = sorted(set(ROLE_CODES) - codes)
        extra = sorted(codes - set(ROLE_CODES))
        raise ReferenceError(
            f"{path}: roles: codes must be the fixed list; missing {missing}, unknown {extra}"
        )
    return vocab


def parse_roles(raw: str, vocab: RoleVocabulary) -> RoleResult:
    """Map one cell to role codes; unmatched pieces become `other` with their text in `unknown`."""
    rules = _compile(vocab)
    text = raw
    for p in rules.drop:
        text = p.sub(" ", text)
    text = _LATIN_INITIAL.sub(lambda m: m.group().translate(_OCR_LATIN), text)  # «Волков А. C.»
    # Names go before splitting: «Петрова\nА.С.» spans a line break that would otherwise split it.
    for p in rules.names:
        text = p.sub(_CUT, text)
    for p in rules.separators:
        text = p.sub(_CUT, text)

    roles: dict[str, None] = {}  # dicts keep first-appearance order without repeats
    unknown: dict[str, None] = {}
    for chunk in text.split(_CUT):
        for piece in _join_lines(chunk, rules):
            for part, code in _soft_split(piece, rules):
                if code is None:
                    if _is_bare_name(part, rules.name_grammemes):
                        continue
                    unknown[part] = None
                roles[code or OTHER] = None
    return RoleResult(tuple(roles), tuple(unknown), (FLAG_UNKNOWN,) if unknown else ())


# --- compiled vocabulary ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    code: str
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Rules:
    roles: tuple[_Rule, ...]
    drop: tuple[re.Pattern[str], ...]
    names: tuple[re.Pattern[str], ...]
    separators: tuple[re.Pattern[str], ...]
    soft_separators: tuple[re.Pattern[str], ...]
    line_joins: tuple[re.Pattern[str], ...]
    name_grammemes: frozenset[str]

    def rule_of(self, normalized: str) -> _Rule | None:
        """The first role whose pattern matches and whose exclude does not (`other` included)."""
        for rule in self.roles:
            if any(p.search(normalized) for p in rule.patterns) and not any(
                p.search(normalized) for p in rule.exclude
            ):
                return rule
        return None

    def resolve(self, normalized: str) -> str | None:
        """The role's code; None means `other`, named in the file or not."""
        rule = self.rule_of(normalized)
        return None if rule is None or rule.code == OTHER else rule.code


def _many(patterns: tuple[str, ...], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@lru_cache(maxsize=8)
def _compile(vocab: RoleVocabulary) -> _Rules:
    return _Rules(
        roles=tuple(_Rule(r.code, _many(r.patterns), _many(r.exclude)) for r in vocab.roles),
        drop=_many(vocab.drop_patterns, re.IGNORECASE),
        names=_many(vocab.name_patterns),  # case matters: capitals tell «И.И. Иванова» from «и.о.»
        separators=_many(vocab.separators, re.IGNORECASE),
        soft_separators=_many(vocab.soft_separators, re.IGNORECASE),
        line_joins=_many(vocab.line_joins),
        name_grammemes=frozenset(vocab.name_grammemes),
    )


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


# --- steps --------------------------------------------------------------------------------------


def _normalize(text: str) -> str:
    """Lowercase, ё→е, de-homoglyph, dots to spaces, closed-up hyphens, collapsed spaces."""
    text = text.lower().replace("ё", "е")
    text = " ".join(w.translate(_HOMOGLYPHS) if _CYRILLIC.search(w) else w for w in text.split())
    text = _ocr_latin_to_cyrillic(text)
    text = _DASHES.sub("-", text.replace(".", " "))
    return _SPACES.sub(" ", _SPACED_HYPHEN.sub("-", text)).strip()


def _clean(text: str) -> str:
    """The raw piece as it is reported in `unknown`: single spaces, no edge punctuation."""
    return _SPACES.sub(" ", text).strip(_EDGE_PUNCT)


def _has_letter(text: str) -> bool:
    return _LETTERS.search(text) is not None


def _first_word_case(line: str) -> Literal["lower", "upper", "capitalized"]:
    m = _LETTERS.search(line)
    if m is None or m.group()[0].islower():
        return "lower"
    word = m.group()
    return "upper" if len(word) > 1 and word.isupper() else "capitalized"


def _join_lines(chunk: str, rules: _Rules) -> list[str]:
    """Glue the lines of a chunk back into pieces: a narrow column wraps one role over several lines."""
    pieces: list[str] = []
    for line in (_SPACES.sub(" ", ln).strip() for ln in chunk.split("\n")):
        if not _has_letter(line):
            continue
        if pieces and _continues(pieces[-1], line, rules):
            pieces[-1] += line if pieces[-1].endswith("-") else " " + line
        else:
            pieces.append(line)
    return pieces


def _continues(previous: str, line: str, rules: _Rules) -> bool:
    if any(p.search(f"{_normalize(previous)}\n{_normalize(line)}") for p in rules.line_joins):
        return True
    case = _first_word_case(line)
    if case == "capitalized":  # «Директор\nЗам. директора по УВР»: one entry per line
        return False
    if case == "lower":
        # «Социальный\nпедагог», «Заместитель\nдиректора по УВР», «учителя\n5–9 классов» are one
        # role wrapped; «Куратор программы\nпедагог-психолог», «Администрация\nкл. руководители»
        # are two entries, the second opening with a noun of its own.
        return line[:1].isdigit() or _ends_with_modifier(previous) or _starts_dependent(line)
    # «Руководитель\nШМО» is one role wrapped; «ЗДУВР\nЗДВР» are two entries, each naming a role alone.
    return rules.resolve(_normalize(previous)) is None or rules.resolve(_normalize(line)) is None


def _ends_with_modifier(line: str) -> bool:
    """The line ends with an adjective or a preposition, which the next line completes."""
    words = _LETTERS.findall(line)
    if not words:
        return False
    parses = _morph().parse(words[-1].lower())
    # any reading counts: «старший» is read first as a noun; a lowercase abbreviation («соц\nпедагог»)
    # modifies what follows too
    tag = parses[0].tag
    return any(p.tag.POS in {"ADJF", "PRTF", "PREP", "CONJ"} for p in parses) or (
        "UNKN" in tag and words[-1].islower()
    )


def _starts_dependent(line: str) -> bool:
    """The line opens with a word in an oblique case («директора», «работе»): it continues a role."""
    m = _LETTERS.search(line)
    if m is None:
        return True
    parse = _morph().parse(m.group().lower())[0]
    return parse.tag.POS in {"NOUN", "ADJF", "PRTF"} and "nomn" not in parse.tag


def _soft_split(piece: str, rules: _Rules) -> list[tuple[str, str | None]]:
    """Split at «и» or «/» only when every part names a role, else keep the piece whole."""
    parts = [piece]
    for p in rules.soft_separators:
        parts = [q for part in parts for q in p.sub(_CUT, part).split(_CUT)]
    parts = [y for x in parts if _has_letter(x) for y in _at_spaces(_clean(x), rules)]
    if len(parts) == 1 or (parts and all(rules.rule_of(_normalize(x)) for x in parts)):
        # one part left means the separator was a stray «и» at an edge (after a cut-out name)
        return [(x, rules.resolve(_normalize(x))) for x in parts]
    whole = _clean(piece)
    return [(whole, rules.resolve(_normalize(whole)))] if whole else []


def _at_spaces(part: str, rules: _Rules) -> list[str]:
    """Roles one after another with only a space between («Зам. директора по УР методист»): OCR
    joins the lines of a cell that look wrapped. Cut where both sides name a role, the rest opens an
    entry of its own (a word in the nominative, no preposition, no digit) and no role's wording runs
    across the cut («старший | воспитатель»). The side before names a role on its own, so an
    adjective ending it («Заведующий | старший воспитатель») qualifies nothing after it."""
    words = part.split(" ")
    for i in range(1, len(words)):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        if (
            not right[:1].isalpha()
            or _ABBREVIATION_END.search(left)
            or rules.rule_of(_normalize(left)) is None
        ):
            continue  # «Зам. директора 110 УВР»: «по» as OCR reads it; «Зам. | дир. по УВР»
        if _opens_with_function_word(right) or _starts_dependent(right) or _abbreviated_dependent(right):
            continue
        if any(p.search(f"{_normalize(left)}\n{_normalize(right)}") for p in rules.line_joins):
            continue
        if _cut_between_roles(left, right, rules):
            return [left, *_at_spaces(right, rules)]
    return [part]


def _abbreviated_dependent(line: str) -> bool:
    """«кл. руководителей» after «Руководитель МО»: an abbreviation opens the line, and the word after
    it cannot be in the nominative, so the line depends on the one before."""
    words = list(_LETTERS.finditer(line))
    if len(words) < 2 or line[words[0].end() : words[0].end() + 1] != ".":
        return False
    return not any("nomn" in p.tag for p in _morph().parse(words[1].group().lower()))


def _opens_with_function_word(line: str) -> bool:
    m = _LETTERS.search(line)
    return m is not None and _morph().parse(m.group().lower())[0].tag.POS in {"PREP", "CONJ", "PRCL"}


def _cut_between_roles(left: str, right: str, rules: _Rules) -> bool:
    head, rest = _normalize(left), _normalize(right)
    if rules.rule_of(rest) is None:
        return False
    joined, cut = f"{head} {rest}", len(head)
    wordings = (p for r in rules.roles for p in (*r.patterns, *r.exclude))
    return not any(m.start() < cut < m.end() for p in wordings for m in p.finditer(joined))


def _is_bare_name(part: str, grammemes: frozenset[str]) -> bool:
    """A capitalized person name the name patterns missed («Иванова», «Иванова Ирина Ивановна»)."""
    words = _LETTERS.findall(part)
    if not grammemes or not any(len(w) > 1 for w in words):
        return False
    for word in words:
        if len(word) == 1 and word.isupper():  # an initial that lost its dot
            continue
        if not word[0].isupper() or word.isupper():
            return False
        if not any(grammemes & p.tag.grammemes for p in _morph().parse(word)):
            return False
    return True
