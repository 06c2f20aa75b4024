from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from normalizers.roles import FLAG_UNKNOWN, ROLE_CODES, RoleResult, load_role_vocabulary, parse_roles
from pipeline.reference import REFERENCE_DIR, ReferenceError, RoleVocabulary

ROLES_YAML = REFERENCE_DIR / "roles.yaml"

DIR = "director"
ACAD = "deputy_director_academic"
UPBR = "deputy_director_upbringing"
DEP = "deputy_director"
CUR = "program_curator"
TUT = "tutor"
PSY = "psychologist"
SOC = "social_pedagogue"
CLS = "class_teacher"
MEN = "mentors"
TEA = "teachers"
MET = "methodologist"
HMO = "head_of_methodical_association"
SEN = "senior_counselor"
LIB = "librarian"
OTH = "other"


@pytest.fixture(scope="module")
def vocab() -> RoleVocabulary:
    return load_role_vocabulary()


# raw cell -> expected roles (cells with unknown pieces are in UNKNOWN_CASES)
ROLE_CASES: list[tuple[str, tuple[str, ...]]] = [
    # seeds, verbatim
    ("Директор, зам. директора поУВР", (DIR, ACAD)),
    ("зам. директора по ВР, зам. директора поУВР, социальный педагог", (UPBR, ACAD, SOC)),
    ("зам. директора поУВР, тьютер", (ACAD, TUT)),
    ("зам. директора поУВР, зам. директора по ВР, классные руководители", (ACAD, UPBR, CLS)),
    ("Психолог, соц педагог, тьютер", (PSY, SOC, TUT)),
    ("<i>зам. директора по УВР, зам. директора по ВР, тьютер</i>", (ACAD, UPBR, TUT)),
    ("<i>психолог</i>", (PSY,)),
    ("Зам.директор  по УВР", (ACAD,)),
    ("Зам.директора поУ ВР", (ACAD,)),
    ("Зам.директор по УВР.", (ACAD,)),
    ("Куратор программы, \n\nпедагог-психолог", (CUR, PSY)),
    ("Педагог-психолог, \n\nсоциальный педагог", (PSY, SOC)),
    ("Наставники", (MEN,)),
    ("директор", (DIR,)),
    # director
    ("Директор ОО", (DIR,)),
    ("Директор школы", (DIR,)),
    ("Заведующий", (DIR,)),
    ("заведующая", (DIR,)),
    ("Заведующий МБДОУ", (DIR,)),
    ("руководитель образовательной организации", (DIR,)),
    ("И.о.директора", (DIR,)),
    ("И.О. Директора", (DIR,)),
    # deputies
    ("ЗДУВР", (ACAD,)),
    ("ЗДВР", (UPBR,)),
    ("зам по увр", (ACAD,)),
    ("зам. директора поУВР", (ACAD,)),
    ("заместитель директора по учебно-воспитательной работе", (ACAD,)),
    ("заместитель директора по учебной работе", (ACAD,)),
    ("заместитель директора по учебной и воспитательной работе", (ACAD,)),
    ("завуч", (ACAD,)),
    ("зам. директора по ВР", (UPBR,)),
    ("заместитель директора по воспитательной работе", (UPBR,)),
    ("зам. директора", (DEP,)),
    ("зам. директора по АХР", (DEP,)),
    ("заместитель директора по НМР", (DEP,)),
    ("заместители директора по УВР и ВР", (ACAD, UPBR)),
    ("директор, зам. директора по УВР/ВР", (DIR, ACAD, UPBR)),
    ("Зам. заведующего по ВМР", (DEP,)),
    ("зам. директора по УВР, ВР", (ACAD, UPBR)),
    # case forms inside orders
    ("возложить на заместителя директора по УВР", (ACAD,)),
    ("возложить на заместителя директора по УВР Иванову И.И.", (ACAD,)),
    ("классным руководителям", (CLS,)),
    ("педагогу-психологу", (PSY,)),
    ("социальному педагогу", (SOC,)),
    ("директору школы", (DIR,)),
    ("заместителю директора по воспитательной работе", (UPBR,)),
    # other codes
    ("тьютор", (TUT,)),
    ("соцпедагог", (SOC,)),
    ("соц. педагог", (SOC,)),
    ("кл. рук.", (CLS,)),
    ("куратор группы", (CLS,)),
    ("Куратор ЦМН", (CUR,)),
    ("куратор программы наставничества", (CUR,)),
    ("руководители ШМО", (HMO,)),
    ("руководитель МО", (HMO,)),
    ("руководители методических объединений", (HMO,)),
    ("советник директора по воспитанию", (SEN,)),
    ("старший вожатый", (SEN,)),
    ("Старшая вожатая", (SEN,)),
    ("Руководитель ПЦК", (HMO,)),
    ("председатели ЦМК", (HMO,)),
    ("Председатель цикловой методической комиссии", (HMO,)),
    ("методист", (MET,)),
    ("педагог-библиотекарь", (LIB,)),
    ("заведующий библиотекой", (LIB,)),
    ("учителя-предметники", (TEA,)),
    ("педагогические работники", (TEA,)),
    ("педагоги", (TEA,)),
    ("воспитатели", (TEA,)),
    ("Педагоги-наставники", (MEN,)),
    # names dropped
    ("директор Иванова И.И.", (DIR,)),
    ("Директор И.И. Иванова", (DIR,)),
    ("Иванова И. И., психолог", (PSY,)),
    ("Директор Шевченко В.П,", (DIR,)),  # OCR read the last dot of the initials as a comma
    ("Иванова И. Педагог-психолог", (PSY,)),
    ("Директор\nТ. В. Политова", (DIR,)),
    ("Куратор программы Петрова\nА.С.", (CUR,)),
    ("Иванова Ирина Ивановна, психолог", (PSY,)),
    ("ДИРЕКТОР ИВАНОВА В.Р.", (DIR,)),  # all caps: the name survives, its «В.Р.» must not read ВР
    # wrapped lines and line lists
    ("Заместитель\nдиректора по\nУВР", (ACAD,)),
    ("Зам. директора\nпо УВР", (ACAD,)),
    ("заместитель директора по учебно-\nвоспитательной работе", (ACAD,)),
    ("Руководитель\nШМО", (HMO,)),
    # one entry per line in lowercase: each line names a role alone
    ("Куратор программы\nпедагог-психолог", (CUR, PSY)),
    ("Классные руководители\nсоветник директора по воспитанию", (CLS, SEN)),
    ("Зам. директора по УВР\nпедагог-психолог", (ACAD, PSY)),
    ("Кл. рук.\nсоциальный педагог", (CLS, SOC)),
    # …unless the line above ends with an adjective or the next opens with an oblique case
    ("Социальный\nпедагог", (SOC,)),
    ("Психолог, соц\nпедагог", (PSY, SOC)),
    ("Заведующий,\nмузыкальный руководитель", (DIR, TEA)),
    ("зам. директора\nпоУВР", (ACAD,)),
    ("Классный\nруководитель", (CLS,)),
    ("Куратор\nпрограммы", (CUR,)),
    ("Директор и\nзам. директора", (DIR, DEP)),
    ("Директор\nОО", (DIR,)),
    ("ЗДУВР\nЗДВР", (ACAD, UPBR)),
    ("Директор\nЗам. директора по УВР\nКлассные руководители", (DIR, ACAD, CLS)),
    # «и», slashes, separators
    ("учителя и классные руководители", (TEA, CLS)),
    ("учитель/классный руководитель", (TEA, CLS)),
    ("Зам.директора по УВР Иванова И.И. и классные руководители", (ACAD, CLS)),
    ("учителя физики и математики", (TEA,)),
    ("руководители ШМО и МО", (HMO,)),
    ("директор; психолог", (DIR, PSY)),
    ("<p>Директор</p><br>психолог&nbsp;", (DIR, PSY)),
    ("педагог-психолог (по согласованию)", (PSY,)),
    # OCR look-alikes: Latin «c» and «o» in Cyrillic words
    ("пcихолог", (PSY,)),
    ("тьютoр", (TUT,)),
    ("Педагог-лсихолог", (PSY,)),  # «п» read as «л»
    ("Руководители LUMO", (HMO,)),  # «ШМО» off a scan
    ("классные руковплители", (CLS,)),  # off a scan
    ("Зам. директора по УВР. педагог-психолог", (ACAD, PSY)),  # a comma read as a dot
    ("Руководители IUMO", (HMO,)),
    ("ПДО, педагог-организатор", (TEA,)),
]


@pytest.mark.parametrize(("raw", "expected"), ROLE_CASES)
def test_roles(vocab: RoleVocabulary, raw: str, expected: tuple[str, ...]) -> None:
    assert parse_roles(raw, vocab) == RoleResult(expected, (), ())


# raw cell -> (roles, unknown)
UNKNOWN_CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("старший воспитатель", (OTH,), ("старший воспитатель",)),
    ("заведующие отделениями", (OTH,), ("заведующие отделениями",)),
    ("заведующий отделением", (OTH,), ("заведующий отделением",)),
    (
        "руководитель центра содействия трудоустройству",
        (OTH,),
        ("руководитель центра содействия трудоустройству",),
    ),
    ("рабочая группа", (OTH,), ("рабочая группа",)),
    # an entry of its own on a lowercase line, or a логопед named as a teacher
    ("Администрация\nкл. руководители 1–11 кл.", (OTH, CLS), ("Администрация",)),
    ("Наставники\nнаставляемые", (MEN, OTH), ("наставляемые",)),
    ("Педагог-психолог, учитель-логопед", (PSY, OTH), ("учитель-логопед",)),
    ("Администрация", (OTH,), ("Администрация",)),
    ("Директор, рабочая группа", (DIR, OTH), ("рабочая группа",)),
    ("Директор\nРабочая группа", (DIR, OTH), ("Рабочая группа",)),
    ("Заведующий, старший воспитатель, воспитатели", (DIR, OTH, TEA), ("старший воспитатель",)),
    ("руководитель школьного спортивного клуба", (OTH,), ("руководитель школьного спортивного клуба",)),
]


@pytest.mark.parametrize(("raw", "roles", "unknown"), UNKNOWN_CASES)
def test_unknown_pieces_keep_raw_text(
    vocab: RoleVocabulary, raw: str, roles: tuple[str, ...], unknown: tuple[str, ...]
) -> None:
    assert parse_roles(raw, vocab) == RoleResult(roles, unknown, (FLAG_UNKNOWN,))


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\n\n",
        "&nbsp;",
        "<p></p>",
        "—",
        "Иванова И.И.",
        "И.И. Иванова",
        "Т. В. Политова",
        "Иванова",
    ],
)
def test_empty_or_name_only_yields_nothing(vocab: RoleVocabulary, raw: str) -> None:
    assert parse_roles(raw, vocab) == RoleResult((), (), ())


def test_no_role_repeated_and_first_appearance_order(vocab: RoleVocabulary) -> None:
    raw = "психолог, зам. по УВР, ЗДУВР, заместитель директора по учебно-воспитательной работе, Психолог"
    assert parse_roles(raw, vocab).roles == (PSY, ACAD)


def test_repeated_unknown_kept_once(vocab: RoleVocabulary) -> None:
    result = parse_roles("рабочая группа; рабочая группа", vocab)
    assert result == RoleResult((OTH,), ("рабочая группа",), (FLAG_UNKNOWN,))


# --- roles.yaml ---------------------------------------------------------------------------------


def test_yaml_codes_are_exactly_the_fixed_list(vocab: RoleVocabulary) -> None:
    codes = [r.code for r in vocab.roles]
    assert sorted(codes) == sorted(ROLE_CODES)
    assert len(codes) == len(set(codes)) == 16


def test_yaml_orders_specific_deputies_first(vocab: RoleVocabulary) -> None:
    codes = [r.code for r in vocab.roles]
    order = [codes.index(c) for c in (ACAD, UPBR, DEP, DIR)]
    assert order == sorted(order)


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _yaml() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(ROLES_YAML.read_text(encoding="utf-8"))
    return data


def test_copy_of_yaml_loads(tmp_path: Path) -> None:
    assert load_role_vocabulary(_write(tmp_path, _yaml())) == load_role_vocabulary()


def test_unknown_top_level_key_names_file(tmp_path: Path) -> None:
    data = _yaml()
    data["synonyms"] = ["x"]
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceError, match=r"roles\.yaml.*synonyms"):
        load_role_vocabulary(path)


def test_unknown_role_key_names_file(tmp_path: Path) -> None:
    data = _yaml()
    data["roles"][0]["pattern"] = "typo for patterns"
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceError, match=r"roles\.yaml.*pattern"):
        load_role_vocabulary(path)


@pytest.mark.parametrize("field", ["patterns", "exclude"])
def test_broken_role_regex_names_file(tmp_path: Path, field: str) -> None:
    data = _yaml()
    data["roles"][1][field] = ["(по увр"]
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceError, match=r"roles\.yaml.*bad regular expression"):
        load_role_vocabulary(path)


@pytest.mark.parametrize(
    "field", ["name_patterns", "drop_patterns", "separators", "soft_separators", "line_joins"]
)
def test_broken_regex_in_lists_names_file(tmp_path: Path, field: str) -> None:
    data = _yaml()
    data[field] = ["[а-я"]
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceError, match=rf"{re.escape(str(path))}.*{field}.*bad regular expression"):
        load_role_vocabulary(path)


def test_missing_or_extra_code_names_file(tmp_path: Path) -> None:
    data = _yaml()
    data["roles"] = [r for r in data["roles"] if r["code"] != "tutor"]
    data["roles"].insert(0, {"code": "nurse", "description": "медсестра", "patterns": ["медсестр"]})
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceError, match=r"roles\.yaml.*missing \['tutor'\].*unknown \['nurse'\]"):
        load_role_vocabulary(path)


def test_not_yaml_names_file(tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text("roles: [\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"roles\.yaml"):
        load_role_vocabulary(path)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ст. воспитатель Иванова И.И.", ("other",)),
        (
            "Зам. директора по УВР Смирнова О.П.\nРуководитель ШМО Ким Е.В.",
            ("deputy_director_academic", "head_of_methodical_association"),
        ),
        ("Директор, зам. директора noYBP", ("director", "deputy_director_academic")),  # OCR in Latin
        ("negaror-ncuxonor, тьютор", ("psychologist", "tutor")),
        ("Kypatop LIMH", ("program_curator",)),  # a cell read wholly in Latin
        # OCR joined the lines of a cell: roles one after another with only a space between
        ("Зам. директора по УР методист", ("deputy_director_academic", "methodologist")),
        (
            "Зам. директора по ВР советник директора по воспитанию",
            ("deputy_director_upbringing", "senior_counselor"),
        ),
        ("Социальный педагог кураторы групп", ("social_pedagogue", "class_teacher")),
        ("Старший воспитатель наставники", ("other", "mentors")),
        ("Заместитель заведующего по ВМР старший воспитатель", ("deputy_director", "other")),
        # ...but one role's own words are never cut apart
        ("советник директора по воспитанию", ("senior_counselor",)),
        ("Зам. директора 110 УВР", ("deputy_director_academic",)),
        ("Директор Волков А. C., классные руководители", ("director", "class_teacher")),  # Latin «C.»
        ("Наставники и наставляемые", ("mentors", "other")),
        ("Заведующий старший воспитатель", ("director", "other")),
        ("Зам. дир. по УВР", ("deputy_director_academic",)),
        ("Заведующий, старший\nвоспитатель", ("director", "other")),
        ("Социальный педагог", ("social_pedagogue",)),
        ("Заведующий библиотекой", ("librarian",)),
        ("Ответственный за сайт зам. директора по ВР", ("other", "deputy_director_upbringing")),
        ("Руководитель МО кл. руководителей", ("head_of_methodical_association",)),
        ("Педагог-психолог зам. директора по ВР", ("psychologist", "deputy_director_upbringing")),
        ("руководитель МО учителей начальных классов", ("head_of_methodical_association",)),
        ("заместитель директора по учебно-воспитательной работе", ("deputy_director_academic",)),
        ("руководители IMO", ("head_of_methodical_association",)),  # «ШМО» with its «Ш» half lost
    ],
)
def test_abbreviations_names_and_ocr_latin(
    raw: str, expected: tuple[str, ...], vocab: RoleVocabulary
) -> None:
    assert parse_roles(raw, vocab).roles == expected
