"""The stage a row sits in, from the stage title as printed and its number."""

from __future__ import annotations

import pytest

from normalizers.stages import resolve_stage
from pipeline.reference import Reference


@pytest.mark.parametrize(
    ("title", "number", "expected"),
    [
        ("Этап 3. Формирование базы наставников", 3, 3),
        ("Формирование банка наставляемых", None, 2),  # an alias, no number
        ("Этап 4", 4, 4),  # nothing to read but the number
        # a regional template's administrative section numbered before the stages: no stage
        ("1. Нормативное правовое регулирование", 1, None),
        # words OCR garbled: the printed number is all there is to go by
        ("Этап 2. База нсскгавляемых", 2, 2),
        ("Этап 5. Pare ve nap", 5, 5),
    ],
)
def test_resolve_stage(reference: Reference, title: str, number: int | None, expected: int | None) -> None:
    assert resolve_stage(title, number, "target_model_2019", reference) == expected


def test_a_stage_heading_row_with_a_speck_read_as_digits_beside_it(reference: Reference) -> None:
    from pipeline.interpret import interpret
    from pipeline.models import RawCell, RawRow, RawTable

    def row(i: int, *texts: str) -> RawRow:
        return RawRow(tuple(RawCell(t, (t,), c) for c, t in enumerate(texts)), index=i)

    rows = (
        row(0, "Мероприятие", "Срок", "Ответственные"),
        row(1, "Этап 4. Обо", "", "96"),  # OCR: the title's words and a speck in the last column
        row(2, "Подбор материалов для обучения наставников", "Октябрь", "Руководители МО"),
    )
    got = interpret([RawTable(rows, index=0, n_cols=3)], reference, lambda t: False, lambda t: False).rows
    assert [(r.raw_text, r.stage_number) for r in got] == [("Подбор материалов для обучения наставников", 4)]
    assert resolve_stage(got[0].raw_stage, 4, "target_model_2019", reference) == 4
