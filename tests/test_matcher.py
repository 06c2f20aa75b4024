"""Activity matching: paraphrases, OCR noise, near misses, global assignment."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from normalizers.activities import MatchInput, match_activities
from normalizers.lemmas import words
from pipeline.reference import REFERENCE_DIR, Reference, ReferenceError, load_reference

_LOOKALIKE = {"а": "a", "о": "o", "е": "e", "с": "c", "р": "p", "х": "x", "у": "y"}


def _noisy(text: str, rng: random.Random) -> str:
    """A few OCR faults per text: Latin look-alikes, a dropped or doubled letter, a broken hyphenation."""
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch in _LOOKALIKE and rng.random() < 0.15:
            chars[i] = _LOOKALIKE[ch]
    out = "".join(chars)
    words = out.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) > 8]
    if long_words:
        i = rng.choice(long_words)
        words[i] = words[i][:5] + "- " + words[i][5:]
    return " ".join(words)


def _one(text: str, reference: Reference, stage: int | None = None) -> str | None:
    return match_activities([MatchInput(text, stage, "")], reference)[0].activity_id


def test_every_canonical_wording_matches_itself(reference: Reference) -> None:
    for aid, act in reference.canonical.activities.items():
        assert _one(act.text, reference) == aid


@pytest.mark.parametrize("seed", range(3))
def test_canonical_wording_survives_ocr_noise(reference: Reference, seed: int) -> None:
    rng = random.Random(seed)
    wrong = []
    for aid, act in reference.canonical.activities.items():
        got = _one(_noisy(act.text, rng), reference, int(aid.split(".")[0]))
        if got != aid:
            wrong.append((aid, got))
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Провести анкетирование учащихся, желающих участвовать в программе наставничества", "2.1"),
        ("Собеседование с кандидатами в наставники", "4.2"),
        ("Регулярные встречи наставников с подопечными", "6.4"),
        ("Проведение первой (организационной) встречи наставника и наставляемого", "6.1"),
        ("Проведение заключительной встречи наставника и наставляемого", "6.6"),
        ("Формирование долгосрочной базы наставников", "7.8"),
    ],
)
def test_paraphrases(reference: Reference, text: str, expected: str) -> None:
    assert _one(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Информирование родительской общественности о работе школы",
        "Издание приказа о внедрении целевой модели наставничества",
        "Разработка и утверждение Положения о наставничестве",
        "Назначение куратора внедрения целевой модели наставничества",
        "Благодарственные письма партнерам",
        "Организация горячего питания обучающихся",
    ],
)
def test_near_misses_and_administrative_rows_stay_extras(reference: Reference, text: str) -> None:
    assert _one(text, reference) is None


def test_one_id_is_not_claimed_twice_unless_repeated(reference: Reference) -> None:
    rows = [
        MatchInput("Оценка участников-наставляемых по заданным параметрам", 3, ""),
        MatchInput("Оценка участников-наставников по заданным параметрам", 4, ""),
        MatchInput(
            "Проведение мониторинга личной удовлетворенности участием в программе наставничества", 6, ""
        ),
        MatchInput(
            "Проведение мониторинга личной удовлетворенности участием в программе наставничества", 7, ""
        ),
    ]
    ids = [m.activity_id for m in match_activities(rows, reference)]
    assert ids == ["3.2", "4.1", "6.8", "6.8"]


def test_renumbered_and_reordered_rows_follow_meaning(reference: Reference) -> None:
    rows = [
        MatchInput("Обучение наставников", 2, ""),
        MatchInput("Проведение собеседования с наставниками", 2, ""),
    ]
    assert [m.activity_id for m in match_activities(rows, reference)] == ["4.4", "4.2"]


def test_stage_and_order_decide_a_row_too_weak_alone(reference: Reference) -> None:
    middle = "Всеобуч для родителей о наставничестве"
    rows = [
        MatchInput("Информирование педагогического сообщества о реализации программы наставничества", 1, ""),
        MatchInput(middle, 1, ""),
        MatchInput("Встреча с выпускниками и представителями предприятий о программе наставничества", 1, ""),
    ]
    assert [m.activity_id for m in match_activities(rows, reference)] == ["1.1", "1.2", "1.3"]
    assert _one(middle, reference) is None  # alone and out of any stage, its wording is too weak


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("O6Y4EHNE HACTABHNKOB", ["обучение", "наставников"]),
        ("PEГYЛЯPHЫE встречи", ["регулярные", "встречи"]),
        ("пр0граммы", ["программы"]),
        ("ИНФОРМИРОВАНИЕПЕДАГОГИЧЕСКОГО коллектива", ["информирование", "педагогического", "коллектива"]),
        # Real Latin words, abbreviations and numbers stay as they are.
        ("STEM IT-куб ЦМН 2022г 10б", ["stem", "it", "куб", "цмн", "2022г", "10б"]),
    ],
)
def test_words_repair_ocr_damage(raw: str, read: list[str]) -> None:
    assert words(raw) == read


def test_rows_read_wholly_in_latin_or_glued_still_match(reference: Reference) -> None:
    assert _one("O6Y4EHNE HACTABHNKOB", reference, 4) == "4.4"
    assert (
        _one("ИНФОРМИРОВАНИЕПЕДАГОГИЧЕСКОГО КОЛЛЕКТИВА о запуске программы наставничества", reference)
        == "1.1"
    )


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        # What is done and with whom, in the school's own words: the facets carry these rows.
        ("Круглый стол с выпускниками прошлых лет", 1, "1.3"),
        ("Ярмарка вакансий: работодатели рассказывают о наставничестве", 1, "1.3"),
        ("Беседы с учениками о наставничестве", 1, "1.4"),
        ("Индивидуальные беседы с кандидатами в наставники", 4, "4.2"),
        ("Тренинг для наставников", 4, "4.4"),
        ("Закрепление наставнических пар распоряжением директора", 5, "5.4"),
        ("Встречи пар по пятницам после уроков", 6, "6.4"),
        ("Консультация для наставников «Работа с подростком»", 4, "4.4"),
        ("Анкетирование сразу после встречи: кого вы выбираете", 5, "5.2"),
        ("Опрос участников о ходе работы пар", 6, "6.5"),
        ("Кураторские часы в группах первого курса", 1, "1.4"),  # a college's class hour
        ("Круглый стол всех пар «Наши шаги»", 6, "6.7"),
        ("Посещение занятий молодого педагога наставником", 6, "6.4"),
        ("Взаимопосещение занятий, совместная подготовка к открытым урокам (встречи пар)", 6, "6.4"),
        ("Работа пар по индивидуальным планам", 6, "6.4"),
        ("Формирование пар и групп с учётом анкет после встречи", 5, "5.3"),
        # the head word tells the invitation from the celebration it mentions
        ("Приглашение родителей на праздник «Спасибо, наставник!»", 7, "7.1"),
        ("Праздник «Спасибо, наставник!» с приглашением родителей", 7, "7.2"),
    ],
)
def test_facets_name_the_activity_in_other_words(
    reference: Reference, text: str, stage: int, expected: str
) -> None:
    assert _one(text, reference, stage) == expected


def test_a_facet_without_a_mentoring_word_outside_a_roadmap_stage_stays_extra(reference: Reference) -> None:
    assert _one("Информирование родителей о результатах ВПР", reference) is None


def test_a_facet_naming_an_unknown_concept_fails_at_load(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE_DIR, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "canonical_roadmap.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"inform|meeting + parents"', '"inform|meting + parents"'),
        encoding="utf-8",
    )
    with pytest.raises(ReferenceError, match=r"canonical_roadmap\.yaml.*1\.2.*meting"):
        load_reference(tmp_path)


def test_students_named_as_whose_parents_are_no_audience_of_their_own(reference: Reference) -> None:
    assert _one("Информирование родителей воспитанников о наставничестве", reference, 1) == "1.2"
    # Named on their own, both audiences count: in a roadmap that informs parents elsewhere, this is 1.4.
    rows = [
        MatchInput("Встреча с воспитанниками и их родителями о программе наставничества", 1, ""),
        MatchInput("Родительское собрание о наставничестве", 1, ""),
    ]
    assert [m.activity_id for m in match_activities(rows, reference)] == ["1.4", "1.2"]


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        ("Кл. часы для уч-ся 7-9 кл. о наставничестве", 1, "1.4"),
        ("Курсы ПК для педагогов-наставников", 4, "4.4"),
        ("Пед. совет по внедрению ЦМН", 1, "1.1"),
    ],
)
def test_school_abbreviations_are_read_out(
    reference: Reference, text: str, stage: int, expected: str
) -> None:
    assert _one(text, reference, stage) == expected


def test_an_order_is_an_extra_unless_the_activity_is_itself_an_order(reference: Reference) -> None:
    assert _one("Приказ о закреплении пар", reference, 5) == "5.4"
    assert _one("Приказ о назначении куратора программы наставничества", reference, 1) is None


def test_one_activity_written_as_two_neighbouring_rows_keeps_its_id(reference: Reference) -> None:
    rows = [
        MatchInput("Обучение наставников: школьный семинар", 4, ""),
        MatchInput("Курсы повышения квалификации для наставников", 4, ""),
        MatchInput("Утверждение графика работы школы", 4, ""),
    ]
    assert [m.activity_id for m in match_activities(rows, reference)] == ["4.4", "4.4", None]


def test_order_decides_a_weak_row_in_a_table_without_stages(reference: Reference) -> None:
    middle = "Игра-знакомство для пар"
    rows = [
        MatchInput("Соединение наставников и наставляемых в пары", None, ""),
        MatchInput(middle, None, ""),
        MatchInput("Первое занятие пары", None, ""),
    ]
    assert _one(middle, reference) is None
    assert [m.activity_id for m in match_activities(rows, reference)] == ["5.3", "5.4", "6.1"]


def _ids(texts: list[str], reference: Reference) -> list[str | None]:
    return [m.activity_id for m in match_activities([MatchInput(t, None, "") for t in texts], reference)]


def test_a_row_between_ordered_neighbours_takes_the_free_activity_between_them(reference: Reference) -> None:
    # Its best reading (6.4) is held by a plainer row; the second, in order, is free.
    middle = "Встречи в парах: обсуждаем план"
    rows = ["Первая встреча пар, знакомство", middle, "Регулярные встречи наставников и наставляемых"]
    assert _one(middle, reference) == "6.4"
    assert _ids([*rows, "Заключительная встреча пар"], reference) == ["6.1", "6.3", "6.4", "6.6"]


def test_a_weak_match_from_another_stage_amid_an_ordered_run_is_dropped(reference: Reference) -> None:
    intruder = "Опрос «Как тебе с наставником?»"
    assert _one(intruder, reference) == "3.3"  # alone, a questionnaire for would-be mentors
    rows = ["Первая встреча наставника с подопечным", intruder, "Регулярные встречи пар"]
    assert _ids([*rows, "Последняя встреча в паре, подводим итоги"], reference) == ["6.1", None, "6.4", "6.6"]


def test_a_plain_row_out_of_order_keeps_its_activity(reference: Reference) -> None:
    rows = [
        "Педсовет «Наставничество: задачи на год»",
        "Родительское собрание о программе наставничества",
        "Выбор форм наставничества с учётом особенностей интерната",  # chosen before the questionnaires
        "Анкетирование обучающихся, желающих получить наставника",
        "Формирование базы наставляемых",
    ]
    assert _ids(rows, reference) == ["1.1", "1.2", "3.1", "2.1", "2.3"]


def test_neighbours_give_the_stage_to_a_clear_row_out_of_order(reference: Reference) -> None:
    # Schools reorder rows within a stage: the graduates' meeting after the students' assembly.
    graduates = "Встреча с выпускниками школы и фермерами района"
    rows = ["Педсовет о внедрении наставничества", "Классный час для учеников о программе наставничества"]
    assert _one(graduates, reference) is None
    assert _ids([*rows, graduates], reference) == ["1.1", "1.4", "1.3"]


def test_an_administrative_word_further_on_names_a_detail_not_what_the_row_is(reference: Reference) -> None:
    assert (
        _one("Итоговый педсовет: подведение итогов, награждение наставников грамотами", reference, 7) == "7.2"
    )
    assert _one("Благодарственные письма наставникам", reference, 7) is None
    assert _one("Вручение благодарственных писем партнёрам", reference, 7) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all words but the people agree with «Сбор согласий наставников…» (3.3)
        ("Сбор согласий родителей на обработку персональных данных", "2.2"),
        # teachers who want a mentor, not teachers who want to be one
        (
            "Анкетирование педагогов ДОУ, желающих стать наставляемыми в рамках программы наставничества",
            "2.1",
        ),
    ],
)
def test_a_variant_about_other_people_gives_way(reference: Reference, text: str, expected: str) -> None:
    assert _one(text, reference) == expected


def test_a_course_for_teachers_is_no_training_of_mentors(reference: Reference) -> None:
    assert _one("Курсы повышения квалификации по обновлённым ФГОС для учителей", reference) is None


def test_audiences_naming_an_unknown_concept_fail_at_load(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE_DIR, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "canonical_roadmap.yaml"
    path.write_text(path.read_text("utf-8").replace("  - [mentor, mentee]", "  - [mentor, pupils]"), "utf-8")
    with pytest.raises(ReferenceError, match="audiences name unknown concepts"):
        load_reference(tmp_path)


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        # «встречи», many meetings, are the regular ones (a lemma alone is singular)
        ("Встречи наставников и наставляемых в дистанционном формате", 6, "6.4"),
        # a school assembly and a pupils' conference are the pupils' events
        ("Общешкольная линейка: старт программы наставничества", 1, "1.4"),
        ("Ученическая конференция «Наставничество: зачем это нам?»", 1, "1.4"),
        # experienced teachers ready for it are would-be mentors
        ("Анкетирование опытных педагогов, готовых к наставнической деятельности", 3, "3.3"),
    ],
)
def test_words_that_say_who_or_how_often(reference: Reference, text: str, stage: int, expected: str) -> None:
    assert _one(text, reference, stage) == expected


def test_a_concept_entry_may_name_a_word_form(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE_DIR, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "canonical_roadmap.yaml"
    path.write_text(path.read_text("utf-8").replace(", =встречи]", "]"), "utf-8")
    without = load_reference(tmp_path)
    text = "Встречи наставников и наставляемых в дистанционном формате"
    assert _one(text, without, 6) != "6.4"
