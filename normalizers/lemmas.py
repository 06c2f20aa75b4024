"""Words to comparable lemmas: case, «ё», OCR look-alike letters, broken hyphenation, glued words."""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

# Latin letters that OCR and copy-paste put inside Russian words; only applied to words that are
# mostly Cyrillic already, so real Latin abbreviations (IT, STEM) stay as they are.
_LOOKALIKE = str.maketrans("aceopxyKMHTBkmtbu", "асеорхуКМНТВкмтьи")
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]+")
_HYPHEN_BREAK = re.compile(r"([А-Яа-яЁё])[-‐­]\s+([а-яё])")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# A word OCR read wholly or mostly in Latin («O6Y4EHNE», «PEГYЛЯPHЫE», «пр0граммы»): letters and
# digits that print like Cyrillic ones.  Taken only when the result is a dictionary word.
_LATIN_READING = str.maketrans("abcehkmnoprtuxy0346", "авсенкмиоргтихуозчб")
_LATIN = re.compile(r"[a-z0-9]")
_GLUED_MIN = 12  # shorter unknown words are names and abbreviations, not two words run together
_PART_MIN = 4


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def fold(text: str) -> str:
    """Lowercase, «ё»→«е», single spaces: the form all vocabulary patterns are written against."""
    return re.sub(r"\s+", " ", text.replace("ё", "е").replace("Ё", "Е")).strip().lower()


def _fix_word(word: str) -> list[str]:
    cyr = len(_CYRILLIC.findall(word))
    if cyr and cyr < len(word) and cyr * 2 >= len(word):
        word = word.translate(_LOOKALIKE)
    if cyr < len(word) and len(word) >= _PART_MIN and not word.isdigit():
        reading = word.translate(_LATIN_READING)
        if not _LATIN.search(reading) and known_word(reading):
            word = reading
    if len(word) >= _GLUED_MIN and _CYRILLIC.search(word) and not known_word(word):
        return _unglue(word)
    return [word]


def _unglue(word: str) -> list[str]:
    """Two dictionary words OCR ran together («информированиепедагогического»), else the word."""
    splits = [
        (min(i, len(word) - i), i)
        for i in range(_PART_MIN, len(word) - _PART_MIN + 1)
        if known_word(word[:i]) and known_word(word[i:])
    ]
    if not splits:
        return [word]
    i = max(splits)[1]
    return [word[:i], word[i:]]


def words(text: str) -> list[str]:
    """Surface words of `text`, folded, with hyphenation breaks joined and OCR damage repaired:
    look-alike letters, words read wholly in Latin, two words run together."""
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return [part for w in _WORD.findall(fold(text)) for part in _fix_word(w)]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    if not _CYRILLIC.search(word):
        return word
    return str(_morph().parse(word)[0].normal_form).replace("ё", "е")


def known_word(word: str) -> bool:
    """Whether the Russian dictionary knows the word (used to judge text-layer quality)."""
    return bool(_morph().word_is_known(word))


def lemmas(text: str, stop_words: frozenset[str] = frozenset()) -> list[str]:
    return [lm for w in words(text) if (lm := lemma(w)) not in stop_words and not lm.isdigit()]
