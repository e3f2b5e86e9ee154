"""Rubric files: the four contents, their criteria, how points are computed, and meeting rules.

Scoring is declared with a small vocabulary of rule kinds (one module each in
``fourgood.scoring.rules``) over a fixed set of facts that fourgood computes from a cell's data
(``fourgood.scoring.facts.FACTS``). There are no expressions in the YAML: a bloc changes numbers
and choices, not code.
"""

from typing import Annotated

from pydantic import Field

from fourgood.models.common import Bilingual, CellType, Id, Model, Year
from fourgood.models.meetings import MeetingKind, MeetingRating
from fourgood.scoring.rules import Rule

Points = Annotated[int, Field(ge=0, le=100)]


class Criterion(Model):
    """One criterion of a content."""

    id: Id
    label: Bilingual
    max: Points
    rule: Rule
    guidance: Bilingual | None = None


class CriterionOverride(Model):
    """What a cell type changes in a criterion."""

    label: Bilingual | None = None
    max: Points | None = None
    rule: Rule | None = None
    guidance: Bilingual | None = None


class Content(Model):
    """One of the four contents, scored on its own 100 points."""

    id: Id
    label: Bilingual
    criteria: list[Criterion] = Field(min_length=1)


class Pass(Model):
    """The pass rule: every content reaches ``min_points``."""

    min_points: int = Field(95, ge=0, le=100)


class SheetItem(Model):
    """An item of a meeting score sheet."""

    max: Points
    label: Bilingual


class Sheet(Model):
    """A meeting score sheet (e.g. 42-HD, or the Phú Thọ sheet)."""

    label: Bilingual
    items: dict[Id, SheetItem] = Field(min_length=1)


class Cutoffs(Model):
    """Sheet totals at which a meeting is rated good, fair and average (else poor)."""

    good: Points = 90
    fair: Points = 70
    average: Points = 50


class CountAtLeast(Model):
    """At least ``count`` meetings rated ``rating`` or better over a full year of 12 months."""

    rating: MeetingRating
    count: int = Field(ge=0, le=12)


class ShareAtLeast(Model):
    """At least ``percent`` of the meetings rated ``rating`` or better."""

    rating: MeetingRating
    percent: Points


class YearLevel(Model):
    """A level of the year's meeting quality and the conditions that earn it."""

    level: MeetingRating
    all_at_least: MeetingRating | None = None
    at_least: CountAtLeast | None = None
    share_at_least: ShareAtLeast | None = None


class MeetingRules(Model):
    """How meetings are rated and how a year of meetings is judged."""

    sheet: Id
    sheets: dict[Id, Sheet] = Field(min_length=1)
    cutoffs: Cutoffs = Cutoffs()
    good_requires_full: list[Id] = Field(
        default_factory=list
    )  # the Bình Thuận condition: sheet items needing full marks
    min_duration: dict[MeetingKind, int] = {"regular": 90, "thematic": 90, "combined": 120}
    year_quality: list[YearLevel] = Field(min_length=1)
    year_otherwise: MeetingRating = "poor"


class Rubric(Model):
    """A whole rubric file."""

    id: Id
    version: str = Field(min_length=1)
    years: list[Year] = Field(min_length=1)
    cell_types: list[CellType] = Field(min_length=1)
    label: Bilingual
    passing: Pass = Field(Pass(), alias="pass")
    meetings: MeetingRules
    contents: list[Content] = Field(min_length=1)
    types: dict[CellType, dict[Id, CriterionOverride]] = Field(default_factory=dict)
