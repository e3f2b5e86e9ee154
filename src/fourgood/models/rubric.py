"""Rubric files: the four contents, their criteria, how points are computed, and meeting rules.

Scoring is declared with a small vocabulary of rule kinds (``bands``, ``deduct``, ``proportion``,
``yes_no``, ``deadline``, ``levels``, ``assessed``) over a fixed set of facts that fourgood
computes from a cell's data (see ``fourgood.scoring.facts.FACTS``). There are no expressions in
the YAML: a bloc changes numbers and choices, not code.
"""

import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from fourgood.models.common import Bilingual, CellType, Id, Model, Year
from fourgood.models.meetings import MeetingKind, MeetingRating

_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


def _month_day(value: Any) -> str:
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if not match or not (1 <= int(match[1]) <= 12 and 1 <= int(match[2]) <= 31):
        raise PydanticCustomError("fg_month_day", "not MM-DD", {"value": value})
    return str(value)


MonthDay = Annotated[str, BeforeValidator(_month_day)]
"""A day of the year written MM-DD, e.g. ``01-31``."""

Points = Annotated[int, Field(ge=0, le=100)]


class Band(Model):
    """A band: ``at_least`` (a percentage for shares, a number for counts) or ``at_most``.

    All bands of a rule use the same bound; fourgood validate checks they are ordered.
    """

    at_least: int | None = Field(None, ge=0)
    at_most: int | None = Field(None, ge=0)
    points: Points


class Minus(Model):
    """A deduction applied after the main rule: ``per`` points for each occurrence of ``fact``."""

    fact: str
    per: Points


class Bands(Model):
    """Points by bands over a share (in percent) or a count; the first band reached wins."""

    kind: Literal["bands"]
    fact: str
    bands: list[Band] = Field(min_length=1)
    otherwise: Points = 0
    minus: Minus | None = None


class Deduct(Model):
    """The maximum, minus ``per`` points for each occurrence, never below zero."""

    kind: Literal["deduct"]
    fact: str
    per: Points


class Proportion(Model):
    """The maximum times a ratio (done / planned), rounded down to a whole point."""

    kind: Literal["proportion"]
    fact: str
    minus: Minus | None = None


class YesNo(Model):
    """``yes`` points when the fact holds, ``no`` points when it does not."""

    kind: Literal["yes_no"]
    fact: str
    yes: Points
    no: Points = 0


class Step(Model):
    """A deadline step: ``points`` when done by ``by`` (MM-DD) of the year."""

    by: MonthDay
    points: Points


class Deadline(Model):
    """Points by the date something was done; the earliest step met wins."""

    kind: Literal["deadline"]
    fact: str
    steps: list[Step] = Field(min_length=1)
    otherwise: Points = 0


class Levels(Model):
    """Points for each level of a graded fact (e.g. the year's meeting quality)."""

    kind: Literal["levels"]
    fact: str
    points: dict[str, Points]
    minus: Minus | None = None


class AssessedRule(Model):
    """Points entered by the upper committee in the annual record, with a required note."""

    kind: Literal["assessed"]


Rule = Annotated[
    Bands | Deduct | Proportion | YesNo | Deadline | Levels | AssessedRule,
    Field(discriminator="kind"),
]


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
