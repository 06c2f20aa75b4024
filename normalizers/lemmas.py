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


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def fold(text: str) -> str:
    """Lowercase, «ё»→«е», single spaces: the form all vocabulary patterns are written against."""
    return re.sub(r"\s+", " ", text.replace("ё", "е").replace("Ё", "Е")).strip().lower()


def _fix_word(word: str) -> str:
    cyr = len(_CYRILLIC.findall(word))
    if cyr and cyr < len(word) and cyr * 2 >= len(word):
        word = word.translate(_LOOKALIKE)
    return word


def words(text: str) -> list[str]:
    """Surface words of `text`, folded, with hyphenation breaks joined and look-alikes repaired."""
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return [_fix_word(w) for w in _WORD.findall(fold(text))]


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
