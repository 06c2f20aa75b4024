"""Document-level facts: organization, academic year, model, and whether it is a roadmap at all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.lemmas import fold
from pipeline.models import ModelName
from pipeline.reference import Reference

_QUOTE_OPEN = '«"“„'
# Typists and OCR write legal-form abbreviations in Latin look-alikes («MAOU» for «МАОУ»).
# OCR doubles a quote with an angle bracket: «Журавушка»>», «<«Солнышко».
_QUOTE_SPECKS = re.compile(r"(?<=»)[>›]|[<‹](?=«)|(?<=«)[<‹]")
_LATIN_CAPS = str.maketrans("ABCEHKMOPTXYU", "АВСЕНКМОРТХУУ")
_QUOTE_CLOSE = '»"”“'


@dataclass(frozen=True)
class DocumentFacts:
    organization: str | None
    academic_year_start: int | None
    multi_year: bool
    model: ModelName
    not_roadmap_reason: str | None  # what the look-alike document is, in the methodologist's words


@dataclass(frozen=True)
class _Compiled:
    org: tuple[re.Pattern[str], ...]
    year: tuple[re.Pattern[str], ...]
    multi: tuple[re.Pattern[str], ...]
    roadmap: tuple[re.Pattern[str], ...]
    model_2019: tuple[re.Pattern[str], ...]
    model_2022: tuple[re.Pattern[str], ...]
    not_roadmap: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # (message, patterns)
    title_line: tuple[re.Pattern[str], ...]
    approval_line: tuple[re.Pattern[str], ...]
    authority_line: tuple[re.Pattern[str], ...]
    plan: tuple[re.Pattern[str], ...]
    town: re.Pattern[str]
    place_words: str
    # A line ending on a place abbreviation goes on below («» г.\nИшима»), but not «2022 г.».
    town_word_end: re.Pattern[str]
    # OCR reads the dot of a place abbreviation as a comma: «СОШ № 2 с, Ивановка».
    place_comma: re.Pattern[str]
    number_sign: re.Pattern[str]  # «№» as OCR reads it, before a number


def _compiled(reference: Reference) -> _Compiled:
    return reference.derived("facts.compiled", _build_compiled)


def _build_compiled(reference: Reference) -> _Compiled:
    lay = reference.layout
    places = "|".join(map(re.escape, lay.place_abbreviations))

    def comp(patterns: tuple[str, ...], flags: int = re.I) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, flags) for p in patterns)

    return _Compiled(
        org=comp(lay.organization_patterns, 0),
        year=comp(lay.academic_year_patterns),
        multi=comp(lay.multi_year_patterns),
        roadmap=comp(lay.roadmap_markers),
        model_2019=comp(lay.model_2019_markers),
        model_2022=comp(lay.model_2022_markers),
        not_roadmap=tuple((k.message, comp(k.patterns, re.I | re.M)) for k in lay.not_roadmap),
        title_line=comp(lay.title_line_patterns),
        approval_line=comp(lay.approval_line_patterns),
        authority_line=comp(lay.authority_line_patterns),
        plan=comp(lay.plan_words),
        town=re.compile(lay.town_pattern),
        place_words=lay.organization_place_words,
        town_word_end=re.compile(rf"(?<![\d\s])\s+(?:{places})\.\s*$"),
        place_comma=re.compile(rf"(?<![А-Яа-яЁё])({places})\s?,\s(?=[А-ЯЁ][а-яё])"),
        number_sign=re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, lay.number_sign_lookalikes)) or '(?!)'})\s*(?=\d)"
        ),
    )


def _balanced_name(text: str, start: int, town_pattern: re.Pattern[str], place_words: str) -> str:
    """The name after a legal-form abbreviation, with nested quotes kept whole.

    «МБДОУ «Детский сад № 45 «Ромашка»»» must keep both closing quotes; a name without quotes
    runs to the end of its phrase (before «на 2023…», «г.», a comma or the line end).
    """
    rest = text[start:]
    # A region or a town between the legal form and the quoted name: «ГБПОУ МО «Воскресенский
    # колледж»», «ГБОУ РС(Я) «Амгинский лицей»», «МАДОУ МО г. Краснодар «Детский сад № 212»».
    m = re.match(r"\s*(?:(?:[А-ЯЁ]{2,5}(?:\([А-ЯЁ]\))?\s+)?(?:г\.\s*[А-ЯЁ][\w-]+\s+)?(?=[«\"“]))?", rest)
    i = m.end() if m else 0
    if i < len(rest) and rest[i] in _QUOTE_OPEN:
        depth, j, last_close = 0, i, -1
        while j < len(rest):
            ch = rest[j]
            if ch in "«“„" or (ch == '"' and depth == 0):
                depth += 1
            elif ch in "»”" or ch == '"':
                depth -= 1
                last_close = j
                if depth == 0:
                    j += 1
                    break
            j += 1
        else:
            # Never balanced: typists print one «»» for two (ГБОУ «Лицей-интернат «Созвездие»); with no
            # «»» at all (OCR lost it), the name ends where an unquoted one would.
            j = last_close + 1 if last_close > i else -1
        if j < 0:
            return _unquoted_name(rest, i, place_words)
        name = rest[:j]
        # A town may follow the quoted name: «МБОУ «СОШ №2» г. Сосногорска».
        town = town_pattern.match(rest[j:])
        return (name + (town.group(0) if town else "")).strip()
    return _unquoted_name(rest, i, place_words)


def _unquoted_name(rest: str, i: int, place_words: str) -> str:
    # A comma ends the name only before a lowercase word: «МБООУ СТД, НДЛ Элдиг-Хемская СШ-И» is one name.
    stop = re.search(
        r"\s+(?:на\s+\d|в\s+\d|\d{4}|за\s+\d)|,\s*(?=[а-яё])|[;\n]|\s+(?=(?!"
        + place_words
        + r")[а-яё]{3,})|$",
        rest[i:],
    )
    return rest[: i + (stop.start() if stop else len(rest))].strip()


# A line cannot end on a hyphen after a letter: the word goes on below («Каменска-\nУральского»).
_BROKEN_WORD = re.compile(r"[а-яё]-\s*$", re.I)


def _logical_lines(text: str, town_word_end: re.Pattern[str], town: re.Pattern[str]) -> list[str]:
    """Lines, with a line break inside an open quote joined: «Детский сад № 112\n«Колокольчик»».
    A line whose last quote closes is not open, though it has fewer «»» than «««: typists print one
    «»» for two. A town on the line after the closing quote belongs to the name too."""
    out: list[str] = []
    for line in text.split("\n"):
        quotes = re.findall("[«»]", out[-1]) if out else []
        if quotes and quotes[-1] == "«" and quotes.count("«") > quotes.count("»"):
            out[-1] = f"{out[-1]} {line.strip()}"
        elif out and _BROKEN_WORD.search(out[-1]):  # «Каменска-\nУральского»
            out[-1] = f"{out[-1].rstrip()}{line.strip()}"
        elif out and (
            town_word_end.search(out[-1])  # «» г.\nИшима»
            or (out[-1].rstrip().endswith(("»", "”")) and town.match(line.strip()))  # «»\nг. Читы»
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _read_legal_form(form: str) -> str:
    """The legal form as OCR garbles it: «МОВУ» (Б as B), «МЕДОУ» (Б as Е), «МБЛОУ» (Д as Л)."""
    form = form.replace("В", "Б")
    return re.sub(r"Л(?=ОУ)", "Д", re.sub(r"^([МГ])Е", r"\1Б", form))


def find_organization(text: str, reference: Reference) -> str | None:
    """The school named in the title: a line of the title proper (the plan's name and the lines
    after it) wins over an ordinary line, and both over an approval or signature line, which names
    the school too but often shortened («Директор ГАПОУ «ЛПК»»)."""
    c = _compiled(reference)
    found: list[tuple[int, int, str]] = []
    title_lines_left = 0
    for n, line in enumerate(_logical_lines(text, c.town_word_end, c.town)):
        if any(p.search(line) for p in c.plan):
            title_lines_left = 3
        in_title, title_lines_left = title_lines_left > 0, max(title_lines_left - 1, 0)
        rank = 0 if in_title else 2 if any(p.search(line) for p in c.approval_line) else 1
        if any(p.search(line) for p in c.authority_line) and not any(p.search(line) for p in c.plan):
            rank = 3  # the ministry's line; it names the school only when OCR ran two lines together
        line = re.sub(r"\b[A-Z]{2,8}\b", lambda w: w.group(0).translate(_LATIN_CAPS), line)
        line = _QUOTE_SPECKS.sub("", line)
        line = c.number_sign.sub("№ ", c.place_comma.sub(r"\1. ", line))
        for p in c.org:
            m = p.search(line)
            if m and (name := _balanced_name(line, m.end(), c.town, c.place_words)):
                form = _read_legal_form(m.group(0))
                found.append((rank, n, re.sub(r"\s+", " ", f"{form} {name}").strip()))
                break
    if not found:
        return None
    best = min(found)[2]
    # The same school named again with its town («МБОУ «Лицей № 3» г. Каменск-Шахтинского»).
    towns = [n for _, _, n in found if n.startswith(best) and c.town.fullmatch(n[len(best) :])]
    return max(towns, key=len, default=best)


def find_academic_year(text: str, reference: Reference) -> tuple[int | None, bool]:
    """(first year, multi_year) from the title; «на 2021-2024 г.г.» is multi-year."""
    c = _compiled(reference)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        # Approval lines carry dates («Протокол № 1 от «29» сентября 2022 г.») that are never the year.
        if any(p.search(line) for p in c.approval_line):
            continue
        if not any(p.search(line) for p in c.title_line):
            # «… Мамонтовского района на 2022—2023\nучебный год»: the title word is on the next line
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if any(p.search(following) for p in c.approval_line):
                continue
            line = f"{line} {following}"
            if not any(p.search(line) for p in c.title_line):
                continue
        for p in c.year:
            m = p.search(line)
            if not m:
                continue
            y1 = int(m.group("y1"))
            y2s = m.group("y2")
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if y2 < y1 and _one_digit_apart(y1, y2 - 1):
                y1 = y2 - 1  # «2028-2021»: OCR misread a digit of the first year
            if y2 < y1:
                continue
            if y2 - y1 > 1:
                return None, True  # a plan over several years has no single academic year
            return y1, False
    return None, False


def _one_digit_apart(a: int, b: int) -> bool:
    return sum(x != y for x, y in zip(str(a), str(b), strict=True)) == 1


def detect_model(title: str, body: str, reference: Reference) -> ModelName:
    """The title decides when it names a model; otherwise the first pages of the text."""
    c = _compiled(reference)
    head, text = fold(title), fold(body)
    if any(p.search(head) for p in c.model_2022):
        return "teachers_2022"
    if c.model_2019[0].search(head):
        return "target_model_2019"
    if any(p.search(text) for p in c.model_2022):
        return "teachers_2022"
    if any(p.search(text) for p in c.model_2019):
        return "target_model_2019"
    return "unknown"


def not_roadmap_reason(title: str, reference: Reference) -> str | None:
    """A look-alike document (Положение, приказ, …) is recognised from its opening text."""
    c = _compiled(reference)
    head = "\n".join(line.strip() for line in title.split("\n")[:25])
    for kind, patterns in c.not_roadmap:
        if any(p.search(head) for p in patterns):
            return kind
    return None


def is_roadmap_text(text: str, reference: Reference) -> bool:
    c = _compiled(reference)
    return any(p.search(fold(text)) for p in c.roadmap)


def document_facts(title: str, full_text: str, reference: Reference) -> DocumentFacts:
    year, multi = find_academic_year(title, reference)
    return DocumentFacts(
        organization=find_organization(title, reference) or find_organization(full_text[:3000], reference),
        academic_year_start=year,
        multi_year=multi,
        model=detect_model(title, full_text[:5000], reference),
        not_roadmap_reason=not_roadmap_reason(title, reference),
    )
