"""Normalize one extracted document: interpret its blocks, then match, date and role every row."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from normalizers.activities import MATCH_THRESHOLD, Match, MatchInput, match_activities
from normalizers.dates import parse_dates
from normalizers.facts import DocumentFacts, document_facts
from normalizers.roles import parse_roles
from normalizers.stages import resolve_stage
from pipeline.interpret import interpret
from pipeline.models import ActivityRow, DateValue, ExtractedDocument, ModelName, Paragraph, Status
from pipeline.reference import Reference

LOW_CONFIDENCE_MARGIN = 10.0  # matches this close to the threshold are flagged for review
MIN_MATCHED_ROWS = 3
MAX_RESPONSIBLE_CHARS = 120  # a plan of another kind rarely matches this many canonical activities


@dataclass(frozen=True)
class NormalizedRow:
    row: ActivityRow
    stage_id: int | None
    match: Match | None
    dates: DateValue
    roles: tuple[str, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class NormalizedDocument:
    status: Status
    error: str | None
    facts: DocumentFacts
    title: str
    rows: list[NormalizedRow]


def _full_text(doc: ExtractedDocument) -> str:
    parts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:
            parts.extend(c.text for r in block.rows for c in r.cells if c.text)
    return "\n".join(parts)


def _academic_year_from_rows(rows: list[ActivityRow], reference: Reference) -> int | None:
    """The year of the first September among activity dates that carry an explicit year."""
    for row in rows:
        value = parse_dates(row.raw_dates, None, reference.dates)
        if value.date_start is not None and value.month_start == 9:
            return value.date_start.year
    return None


def _match_rows(
    rows: list[ActivityRow], model: ModelName, reference: Reference
) -> tuple[list[int | None], list[Match | None]]:
    stages = [resolve_stage(r.raw_stage, r.stage_number, model, reference) for r in rows]
    if model == "teachers_2022":
        return stages, [None] * len(rows)
    inputs = [MatchInput(r.raw_text, s, r.raw_stage) for r, s in zip(rows, stages, strict=True)]
    matches: list[Match | None] = list(match_activities(inputs, reference))
    return stages, matches


def normalize(doc: ExtractedDocument, reference: Reference) -> NormalizedDocument:
    def is_date(text: str) -> bool:
        value = parse_dates(text, None, reference.dates)
        return value.date_kind != "unspecified" or value.recurrence is not None

    def is_role(text: str) -> bool:
        if len(text) > MAX_RESPONSIBLE_CHARS:
            return False  # activity wording such as «Формирование базы наставников» names roles too
        result = parse_roles(text, reference.roles)
        return bool(result.roles) and not result.unknown

    interpretation = interpret(doc.blocks, reference, is_date, is_role)
    full_text = _full_text(doc)
    facts = document_facts(interpretation.title, full_text, reference)
    rows = interpretation.rows
    from_tables = interpretation.tables_used > 0

    def not_roadmap(reason: str | None) -> NormalizedDocument:
        # A look-alike keeps its organization and year (facts about the file) but follows no model.
        return NormalizedDocument(
            "not_roadmap", reason, dataclasses.replace(facts, model="unknown"), interpretation.title, []
        )

    if facts.not_roadmap_reason and not from_tables:
        return not_roadmap(facts.not_roadmap_reason)
    if facts.model == "unknown":
        return not_roadmap("в документе нет мероприятий по наставничеству")
    if not rows:
        return not_roadmap("не найдено мероприятий дорожной карты")

    stages, matches = _match_rows(rows, facts.model, reference)
    if facts.model == "target_model_2019" and sum(
        m is not None and m.activity_id is not None for m in matches
    ) < min(MIN_MATCHED_ROWS, len(rows)):
        return not_roadmap("мероприятия документа не соответствуют целевой модели наставничества")

    year = facts.academic_year_start
    if year is None and not facts.multi_year:
        year = _academic_year_from_rows(rows, reference)
        facts = dataclasses.replace(facts, academic_year_start=year)

    out: list[NormalizedRow] = []
    for row, stage, match in zip(rows, stages, matches, strict=True):
        dates = parse_dates(row.raw_dates, year, reference.dates, multi_year=facts.multi_year)
        roles = parse_roles(row.raw_responsible, reference.roles)
        flags = [*row.flags, *dates.flags, *roles.flags]
        if match is not None and match.activity_id and match.score < MATCH_THRESHOLD + LOW_CONFIDENCE_MARGIN:
            flags.append("low_confidence_match")
        stage_id = stage
        if stage_id is None and match is not None and match.activity_id and not row.raw_stage:
            stage_id = match.stage_id
        out.append(NormalizedRow(row, stage_id, match, dates, roles.roles, tuple(dict.fromkeys(flags))))
    if interpretation.cut_after_stage:
        cut = f"документ обрывается на этапе «{interpretation.cut_after_stage}», мероприятий под ним нет"
        return NormalizedDocument("partial", cut, facts, interpretation.title, out)
    return NormalizedDocument("ok", None, facts, interpretation.title, out)
