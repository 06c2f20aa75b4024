"""Shared types, role codes and small helpers for the holdout23 roadmaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from data.holdout.build import Row

# Role codes of truth.json.
DIR = "director"
UVR = "deputy_director_academic"
VR = "deputy_director_upbringing"
DEP = "deputy_director"
SC = "senior_counselor"
MO = "head_of_methodical_association"
CT = "class_teacher"
CUR = "program_curator"
PSY = "psychologist"
TUT = "tutor"
SOC = "social_pedagogue"
MET = "methodologist"
MEN = "mentors"
TEA = "teachers"
OTH = "other"

ROLE_CODES = frozenset({DIR, UVR, VR, DEP, SC, "librarian", MO, CT, CUR, PSY, TUT, SOC, MET, MEN, TEA, OTH})

# A section of a roadmap: (stage id or None, printed heading or "" when the document has none, rows).
Section: TypeAlias = tuple[int | None, str, list[Row]]


@dataclass
class Roadmap:
    """One roadmap: organization as written in the title, academic year and its sections."""

    folder: str
    org: str
    year: int
    sections: list[Section]
    head: list[str] = field(default_factory=list)
