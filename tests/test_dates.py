"""Date normalizer: every phrasing rule, the academic-year rule over all months, vocabulary errors."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from normalizers.dates import load_date_vocabulary, month_of_word, parse_dates
from pipeline.models import DateKind, DateValue
from pipeline.reference import REFERENCE_DIR, DateVocabulary, ReferenceError

SEVERAL = "several_dates"
UNPARSED = "date_unparsed"
AMBIGUOUS = "ambiguous_year"


@pytest.fixture(scope="module")
def vocab() -> DateVocabulary:
    return load_date_vocabulary()


def d(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def v(
    start: str | None,
    end: str | None,
    month_start: int | None,
    month_end: int | None,
    kind: DateKind,
    *flags: str,
    annual: bool = False,
) -> DateValue:
    return DateValue(d(start), d(end), month_start, month_end, kind, "annual" if annual else None, flags)


NONE = v(None, None, None, None, "unspecified")

# (cell, academic_year_start, multi_year, expected)
CASES: list[tuple[str, int | None, bool, DateValue]] = [
    # single months and the academic-year rule
    ("Сентябрь", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("Январь", 2022, False, v("2023-01-01", "2023-01-31", 1, 1, "month")),
    ("Август", 2022, False, v("2023-08-01", "2023-08-31", 8, 8, "month")),
    ("Февраль", 2023, False, v("2024-02-01", "2024-02-29", 2, 2, "month")),
    ("Февраль", 2022, False, v("2023-02-01", "2023-02-28", 2, 2, "month")),
    ("сентябрь", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("СЕНТЯБРЬ", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("  Сентябрь.  ", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("сент.", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("<i>Октябрь</i>", 2022, False, v("2022-10-01", "2022-10-31", 10, 10, "month")),
    ("в течение сентября", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("1-я неделя сентября", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("Сентябрь (по мере необходимости)", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    # an explicit year wins, in every glued or noisy spelling
    ("Сентябрь 2022", 2023, False, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("Октябрь 2020 г.", 2022, False, v("2020-10-01", "2020-10-31", 10, 10, "month")),
    ("Ноябрь 2024г.", None, False, v("2024-11-01", "2024-11-30", 11, 11, "month")),
    ("Май 2025г", None, False, v("2025-05-01", "2025-05-31", 5, 5, "month")),
    ("Сентябрь 2025г.", None, False, v("2025-09-01", "2025-09-30", 9, 9, "month")),
    ("Сентябрь2024", None, False, v("2024-09-01", "2024-09-30", 9, 9, "month")),
    ("Сентябрь 20|4", None, False, v("2014-09-01", "2014-09-30", 9, 9, "month")),
    ("Май 20l4 г.", None, False, v("2014-05-01", "2014-05-31", 5, 5, "month")),
    ("Апрель 2021 года", 2020, False, v("2021-04-01", "2021-04-30", 4, 4, "month")),
    ("2022 г.", None, False, v("2022-01-01", "2022-12-31", 1, 12, "range")),
    # ranges of months
    ("Октябрь – апрель", 2022, False, v("2022-10-01", "2023-04-30", 10, 4, "range")),
    ("май-июнь", 2022, False, v("2023-05-01", "2023-06-30", 5, 6, "range")),
    ("Декабрь – апрель", 2022, False, v("2022-12-01", "2023-04-30", 12, 4, "range")),
    ("Сентябрь — октябрь", 2022, False, v("2022-09-01", "2022-10-31", 9, 10, "range")),
    ("май – сентябрь", 2022, False, v("2023-05-01", "2023-09-30", 5, 9, "range")),
    ("Февраль – май 2022 г.", 2021, False, v("2022-02-01", "2022-05-31", 2, 5, "range")),
    ("Ноябрь – январь 2023 г.", None, False, v("2022-11-01", "2023-01-31", 11, 1, "range")),
    ("Декабрь 2021 г. – январь 2022 г.", None, False, v("2021-12-01", "2022-01-31", 12, 1, "range")),
    ("сентябрь 2022 г. - май 2024 г.", None, False, v("2022-09-01", "2024-05-31", 9, 5, "range")),
    ("Декабрь 2022, январь", None, False, v("2022-12-01", "2022-12-31", 12, 12, "month", SEVERAL)),
    ("с сентября по май", 2022, False, v("2022-09-01", "2023-05-31", 9, 5, "range")),
    ("сентябрь, октябрь", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month", SEVERAL)),
    ("сентябрь и октябрь", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month", SEVERAL)),
    ("Октябрь, ноябрь, декабрь", 2022, False, v("2022-10-01", "2022-10-31", 10, 10, "month", SEVERAL)),
    ("1 – 15 сентября", 2022, False, v("2022-09-01", "2022-09-15", 9, 9, "range")),
    ("с 1 по 15 сентября", 2022, False, v("2022-09-01", "2022-09-15", 9, 9, "range")),
    ("с 01.09.2022 по 31.05.2023", None, False, v("2022-09-01", "2023-05-31", 9, 5, "range")),
    # half-years and quarters
    ("I полугодие", 2022, False, v("2022-09-01", "2022-12-31", 9, 12, "range")),
    ("II полугодие", 2022, False, v("2023-01-01", "2023-05-31", 1, 5, "range")),
    ("1-е полугодие", 2022, False, v("2022-09-01", "2022-12-31", 9, 12, "range")),
    ("II полугодие 2022-2023 уч. года", None, False, v("2023-01-01", "2023-05-31", 1, 5, "range")),
    ("I квартал 2023 г.", 2022, False, v("2023-01-01", "2023-03-31", 1, 3, "range")),
    ("I квартал", 2022, False, v("2023-01-01", "2023-03-31", 1, 3, "range")),
    ("II квартал", 2022, False, v("2023-04-01", "2023-06-30", 4, 6, "range")),
    ("III квартал", 2022, False, v("2022-07-01", "2022-09-30", 7, 9, "range")),
    ("IV квартал", 2022, False, v("2022-10-01", "2022-12-31", 10, 12, "range")),
    ("IV квартал 2022 – I квартал 2023", None, False, v("2022-10-01", "2023-03-31", 10, 3, "range")),
    ("I – II полугодие", 2022, False, v("2022-09-01", "2023-05-31", 9, 5, "range")),
    ("III-IV квартал", 2022, False, v("2022-07-01", "2022-12-31", 7, 12, "range")),
    ("I-II квартал 2023 г.", None, False, v("2023-01-01", "2023-06-30", 1, 6, "range")),
    # deadlines
    ("до 1 октября", 2022, False, v(None, "2022-10-01", None, 10, "deadline")),
    ("до 15.09.2023", 2020, False, v(None, "2023-09-15", None, 9, "deadline")),
    ("в срок до 31 марта 2022 года", 2021, False, v(None, "2022-03-31", None, 3, "deadline")),
    ("не позднее 1 октября", 2022, False, v(None, "2022-10-01", None, 10, "deadline")),
    ("Ao 05.09.2025", 2025, False, v(None, "2025-09-05", None, 9, "deadline")),  # «до» on a scan
    ("Ao\n01.11.2023", 2023, False, v(None, "2023-11-01", None, 11, "deadline")),  # …wrapped
    ("П полугодие", 2021, False, v("2022-01-01", "2022-05-31", 1, 5, "range")),  # OCR's «II»
    ("ГУ квартал 2023 г.", None, False, v("2023-10-01", "2023-12-31", 10, 12, "range")),  # OCR's «IV»
    ("до конца мая", 2022, False, v(None, "2023-05-31", None, 5, "deadline")),
    ("до 1 октября", None, False, v(None, None, None, 10, "deadline")),
    ("Ежегодно, до 1 октября", 2022, False, v(None, "2022-10-01", None, 10, "deadline", annual=True)),
    ("Ежегодно, до 15 сентября", None, False, v(None, None, None, 9, "deadline", annual=True)),
    # single days
    ("29.08.2022", 2021, False, v("2022-08-29", "2022-08-29", 8, 8, "day")),
    ("15 сентября 2022 г.", None, False, v("2022-09-15", "2022-09-15", 9, 9, "day")),
    ("15.09", 2022, False, v("2022-09-15", "2022-09-15", 9, 9, "day")),
    ("10 января", 2022, False, v("2023-01-10", "2023-01-10", 1, 1, "day")),
    ("12 января2023 г.", None, False, v("2023-01-12", "2023-01-12", 1, 1, "day")),
    # the whole year
    ("В течение года", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("в течение учебного года", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("Постоянно", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("в течение всего периода", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("систематически", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("2 раза в год", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous")),
    ("В течение года", None, False, v(None, None, None, None, "continuous")),
    ("2024/2025 уч. год", None, False, v("2024-09-01", "2025-08-31", None, None, "continuous")),
    ("за 2020/2021учебный год", 2022, False, v("2020-09-01", "2021-08-31", None, None, "continuous")),
    # nothing to date
    ("Ежегодно", 2022, False, v(None, None, None, None, "unspecified", annual=True)),
    ("По мере необходимости", 2022, False, NONE),
    ("", 2022, False, NONE),
    ("  \n ", 2022, False, NONE),
    ("–", 2022, False, NONE),
    ("по итогам работы", 2022, False, v(None, None, None, None, "unspecified", UNPARSED)),
    ("от 18.02.2022", 2022, False, v(None, None, None, None, "unspecified", UNPARSED)),
    ("31.02.2022", 2022, False, v(None, None, None, None, "unspecified", UNPARSED)),
    # one phrase wrapped in a narrow column
    ("Сентябрь-\nоктябрь 2024\nг.", 2024, False, v("2024-09-01", "2024-10-31", 9, 10, "range")),
    ("октябрь\n–\nноябрь", 2024, False, v("2024-10-01", "2024-11-30", 10, 11, "range")),
    ("до 15\nсентября", 2024, False, v(None, "2024-09-15", None, 9, "deadline")),
    ("Май\n2025 г.", 2024, False, v("2025-05-01", "2025-05-31", 5, 5, "month")),
    ("в течение\nучебного года", 2024, False, v("2024-09-01", "2025-08-31", None, None, "continuous")),
    # several dates for one activity: the first one, flagged
    ("Сентябрь\nЯнварь", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month", SEVERAL)),
    ("Сентябрь, май", 2022, False, v("2022-09-01", "2022-09-30", 9, 9, "month", SEVERAL)),
    ("Февраль 2025г.\nМарт 2025г.", None, False, v("2025-02-01", "2025-02-28", 2, 2, "month", SEVERAL)),
    (
        "Ноябрь 2024г.\n\nВ течение года\nМай 2025г.",
        2024,
        False,
        v("2024-11-01", "2024-11-30", 11, 11, "month", SEVERAL),
    ),
    (
        "Ежегодно, до 1 октября Ежегодно, до 1 ноября",
        2022,
        False,
        v(None, "2022-10-01", None, 10, "deadline", SEVERAL, annual=True),
    ),
    ("В течение года, май", 2022, False, v("2022-09-01", "2023-08-31", None, None, "continuous", SEVERAL)),
    # month words OCR read partly or wholly in Latin letters; Roman numerals stay numerals
    ("Anpenb", 2023, False, v("2024-04-01", "2024-04-30", 4, 4, "month")),
    ("HIOHb", 2023, False, v("2024-06-01", "2024-06-30", 6, 6, "month")),
    ("Cентябрь 2024 г.", 2023, False, v("2024-09-01", "2024-09-30", 9, 9, "month")),
    ("Oktябрь – Mай", 2023, False, v("2023-10-01", "2024-05-31", 10, 5, "range")),
    ("IV квартал", 2023, False, v("2023-10-01", "2023-12-31", 10, 12, "range")),
    ("Center", 2023, False, v(None, None, None, None, "unspecified", UNPARSED)),
    ("nonb", 2023, False, v(None, None, None, None, "unspecified", UNPARSED)),
    # month words with a letter or two misread; a short word is never guessed
    ("до 8 сезтября", 2023, False, v(None, "2023-09-08", None, 9, "deadline")),
    ("сентябрь – Сктясрь", 2023, False, v("2023-09-01", "2023-10-31", 9, 10, "range")),
    ("Maй", 2023, False, v("2024-05-01", "2024-05-31", 5, 5, "month")),
    ("марш", 2023, False, v(None, None, None, None, "unspecified", UNPARSED)),
    ("маи", 2023, False, v("2024-05-01", "2024-05-31", 5, 5, "month")),
    ("июнь – ИЮНЬ", 2023, False, v("2024-06-01", "2024-06-30", 6, 6, "month")),
    # Roman numerals and «до» as OCR reads them
    ("|! полугодие", 2023, False, v("2024-01-01", "2024-05-31", 1, 5, "range")),
    ("Гполугодие", 2023, False, v("2023-09-01", "2023-12-31", 9, 12, "range")),
    ("40 20 декабря", 2023, False, v(None, "2023-12-20", None, 12, "deadline")),
    ("[У квартал", 2023, False, v("2023-10-01", "2023-12-31", 10, 12, "range")),
    # unknown academic year
    ("Сентябрь", None, False, v(None, None, 9, 9, "month")),
    ("Октябрь – апрель", None, False, v(None, None, 10, 4, "range")),
    ("II полугодие", None, False, v(None, None, 1, 5, "range")),
    ("15.09", None, False, v(None, None, 9, 9, "day")),
    # documents covering several years
    ("Сентябрь", 2021, True, v(None, None, 9, 9, "month", AMBIGUOUS)),
    ("Октябрь – апрель", 2021, True, v(None, None, 10, 4, "range", AMBIGUOUS)),
    ("до 1 октября", 2021, True, v(None, None, None, 10, "deadline", AMBIGUOUS)),
    ("Сентябрь, май", 2021, True, v(None, None, 9, 9, "month", AMBIGUOUS, SEVERAL)),
    ("Сентябрь 2022 г.", 2021, True, v("2022-09-01", "2022-09-30", 9, 9, "month")),
    ("Февраль – май 2022 г.", 2021, True, v("2022-02-01", "2022-05-31", 2, 5, "range")),
    ("на 2021-2024 г.г.", 2021, True, v("2021-09-01", "2024-08-31", None, None, "continuous")),
]


@pytest.mark.parametrize(
    ("raw", "year", "multi_year", "expected"),
    CASES,
    ids=[f"{raw!r}-{year}{'-multi' if multi else ''}" for raw, year, multi, _ in CASES],
)
def test_phrasings(
    vocab: DateVocabulary, raw: str, year: int | None, multi_year: bool, expected: DateValue
) -> None:
    got = parse_dates(raw, year, vocab, multi_year=multi_year)
    assert got == expected
    if got.date_start is not None and got.date_end is not None:
        assert got.date_start <= got.date_end


NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август"]
NOMINATIVE += ["сентябрь", "октябрь", "ноябрь", "декабрь"]
GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
GENITIVE += ["сентября", "октября", "ноября", "декабря"]


@pytest.mark.parametrize("year", [2019, 2020, 2023, 2024])
def test_every_month_follows_the_academic_year(vocab: DateVocabulary, year: int) -> None:
    for month, word in enumerate(NOMINATIVE, start=1):
        expected_year = year if month >= 9 else year + 1
        last = calendar.monthrange(expected_year, month)[1]
        for cell in (word, word.capitalize(), f"{word.capitalize()} {expected_year} г."):
            got = parse_dates(cell, year, vocab)
            assert got == v(
                f"{expected_year}-{month:02}-01", f"{expected_year}-{month:02}-{last}", month, month, "month"
            ), cell
        deadline = parse_dates(f"до 1 {GENITIVE[month - 1]}", year, vocab)
        assert deadline.date_end == dt.date(expected_year, month, 1), month
        for other, other_word in enumerate(NOMINATIVE, start=1):
            got = parse_dates(f"{word} – {other_word}", year, vocab)
            assert got.date_kind == ("month" if other == month else "range")
            assert got.date_start is not None and got.date_end is not None
            assert got.date_start <= got.date_end
            assert got.date_start == dt.date(expected_year, month, 1)
            assert (got.month_start, got.month_end) == (month, other)
            assert got.date_end.month == other


def test_month_of_word(vocab: DateVocabulary) -> None:
    for month, (nominative, genitive) in enumerate(zip(NOMINATIVE, GENITIVE, strict=True), start=1):
        assert month_of_word(nominative, vocab) == month
        assert month_of_word(genitive.upper(), vocab) == month
        assert month_of_word(f" «{nominative.capitalize()}», ", vocab) == month
    assert month_of_word("в мае", vocab) is None
    assert month_of_word("мае", vocab) == 5
    assert month_of_word("сент.", vocab) == 9
    assert month_of_word("Сентябрь.", vocab) == 9
    assert month_of_word("наставник", vocab) is None
    assert month_of_word("", vocab) is None


def _write_vocab(tmp_path: Path, change: dict[str, Any]) -> Path:
    data = yaml.safe_load((REFERENCE_DIR / "dates.yaml").read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "dates.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"weekdays": ["понедельник"]}, "weekdays"),
        ({"deadline": ["(до"]}, "deadline"),
        ({"annual": ["ежегодн[а-я"]}, "annual"),
        ({"continuous": ["(?P<x>постоянно)"]}, "continuous"),
        ({"fillers": ["x*"]}, "fillers"),
        ({"months": {n: ["[март"] if n == 3 else ["x"] for n in range(1, 13)}}, "months"),
        ({"months": {n: ["x"] for n in range(1, 12)}}, "months"),
        ({"quarters": {1: ["(i"], 2: ["ii"], 3: ["iii"], 4: ["iv"]}}, "quarters"),
        ({"second_half_year_end_month": 9}, "second_half_year_end_month"),
        ({"ocr_latin_letters": {"n": "pi"}}, "ocr_latin_letters"),
        ({"month_forms": {n: ["май"] for n in range(1, 14)}}, "month_forms"),
    ],
)
def test_bad_vocabulary_names_file_and_key(tmp_path: Path, change: dict[str, Any], key: str) -> None:
    path = _write_vocab(tmp_path, change)
    with pytest.raises(ReferenceError) as err:
        load_date_vocabulary(path)
    message = str(err.value)
    assert str(path) in message
    assert key in message


def test_shipped_vocabulary_loads() -> None:
    vocab = load_date_vocabulary()
    assert vocab.second_half_year_end_month == 5
    assert sorted(vocab.months) == list(range(1, 13))
