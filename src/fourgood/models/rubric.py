"""Rubric files: the four contents, their criteria, how points are computed, and meeting rules.

Scoring is declared with a small vocabulary of rule kinds (one module each in
``fourgood.scoring.rules``) over a fixed set of facts that fourgood computes from a cell's data
(``fourgood.scoring.facts.FACTS``). There are no expressions in the YAML: a bloc changes numbers
and choices, not code.
"""

from datetime import date

from pydantic import Field

from fourgood.models.classification import ClassificationRules
from fourgood.models.common import Bilingual, CellType, Id, Model, Year
from fourgood.models.criterion import Criterion, CriterionOverride, Points
from fourgood.models.meetings import MeetingKind, MeetingRating
from fourgood.models.period import Period, runs_of_years

__all__ = [
    "Content",
    "Criterion",
    "CriterionOverride",
    "Cutoffs",
    "MeetingRules",
    "MemberRules",
    "Pass",
    "Points",
    "Rubric",
    "Sheet",
    "SmallCells",
]


class Content(Model):
    """One of the four contents, scored on its own 100 points."""

    id: Id = Field(description="The content's id (nội dung), e.g. P, S, Q or M.")
    label: Bilingual = Field(description="The content's label: {vi, en}.")
    criteria: list[Criterion] = Field(
        min_length=1, description="The content's criteria; their maximum points sum to 100."
    )


class Pass(Model):
    """The pass rule: every content reaches ``min_points``."""

    min_points: int = Field(
        95,
        ge=0,
        le=100,
        description='Points every content must reach for the cell to meet the "4 Good" '
        "standard (default 95).",
    )


class SheetItem(Model):
    """An item of a meeting score sheet."""

    max: Points = Field(description="The item's maximum points; a sheet's items sum to 100.")
    label: Bilingual = Field(description="The item's label: {vi, en}.")


class Sheet(Model):
    """A meeting score sheet (e.g. 42-HD, or the Phú Thọ sheet)."""

    label: Bilingual = Field(description="The score sheet's name: {vi, en}.")
    items: dict[Id, SheetItem] = Field(
        min_length=1,
        description="The sheet's items by id, e.g. attendance: {max: 5, label: {vi, en}}.",
    )
    in_force: Period | None = Field(
        None,
        description="When meetings are scored on this sheet: {from, to}, days or years; a "
        "meeting is scored on the sheet in force on its day. Omit when the rubric names its "
        "one sheet with meetings.sheet.",
    )


class Cutoffs(Model):
    """Sheet totals at which a meeting is rated good, fair and average (else poor)."""

    good: Points = Field(90, description="Lowest sheet total rated good (tốt), default 90.")
    fair: Points = Field(70, description="Lowest sheet total rated fair (khá), default 70.")
    average: Points = Field(
        50, description="Lowest sheet total rated average (trung bình), default 50; below is poor."
    )


class CountAtLeast(Model):
    """At least ``count`` meetings rated ``rating`` or better over a full year of 12 months."""

    rating: MeetingRating = Field(
        description="The meeting rating counted, or better: good, fair, average or poor."
    )
    count: int = Field(
        ge=0,
        le=12,
        description="How many regular or combined meetings in 12 months, 0 to 12; scaled to "
        "the months counted.",
    )


class ShareAtLeast(Model):
    """At least ``percent`` of the meetings rated ``rating`` or better."""

    rating: MeetingRating = Field(
        description="The meeting rating counted, or better: good, fair, average or poor."
    )
    percent: Points = Field(
        description="The share of regular or combined meetings needed, in percent, 0 to 100."
    )


class YearLevel(Model):
    """A level of the year's meeting quality and the conditions that earn it."""

    level: MeetingRating = Field(
        description="The year's meeting quality this level gives: good, fair, average or poor."
    )
    all_at_least: MeetingRating | None = Field(
        None, description="Every regular or combined meeting rated this or better; optional."
    )
    at_least: CountAtLeast | None = Field(
        None,
        description="At least count regular or combined meetings rated rating or better: "
        "{rating, count}; optional.",
    )
    share_at_least: ShareAtLeast | None = Field(
        None,
        description="At least percent of the regular or combined meetings rated rating or better: "
        "{rating, percent}; optional.",
    )


class MemberRules(Model):
    """How the members' annual assessment is read."""

    unrated_first_months: int = Field(
        6,
        ge=0,
        le=24,
        description=(
            "A member admitted fewer than this many months before the end of the period is "
            "reviewed but not rated yet, so no rating is expected for them (default 6; check it "
            "against the guidance in force)."
        ),
    )


class SmallCells(Model):
    """The meeting rules the competent committee sets for small cells (42-HD/BTCTW leaves them
    to it): how often a cell with fewer than ``fewer_than`` members must meet."""

    fewer_than: int = Field(
        0,
        ge=0,
        le=1000,
        description="A cell with fewer members than this at the end of the period follows "
        "these rules; 0 (the default): no cell does.",
    )
    regular_every: int = Field(
        1, ge=1, le=12, description="Months between the regular meetings it must hold (1)."
    )
    thematic_every: int = Field(
        3, ge=1, le=12, description="Months between the thematic meetings it must hold (3)."
    )


class MeetingRules(Model):
    """How meetings are rated and how a year of meetings is judged."""

    sheet: Id | None = Field(
        None,
        description="Id of the score sheet (of sheets) every meeting is scored on; omit when "
        "the sheets say when each is in force (in_force).",
    )
    sheets: dict[Id, Sheet] = Field(
        min_length=1, description="Meeting score sheets by id, e.g. 42-HD: {label, items}."
    )
    cutoffs: Cutoffs = Field(
        Cutoffs(),
        description="Sheet totals for each meeting rating: {good, fair, average}, "
        "default 90, 70, 50.",
    )
    good_requires_full: list[Id] = Field(
        default_factory=list,
        description="Sheet items that need full marks for a good rating, else fair "
        "(the Bình Thuận condition); empty: not applied.",
    )
    min_duration: dict[MeetingKind, int] = Field(
        {"regular": 90, "thematic": 90, "combined": 120},
        description="Shortest meeting in minutes, by kind: regular, thematic, combined "
        "(default 90, 90, 120).",
    )
    year_quality: list[YearLevel] = Field(
        min_length=1,
        description="Levels of the year's meeting quality, best first; the first whose "
        "conditions hold is given.",
    )
    year_otherwise: MeetingRating = Field(
        "poor", description="The year's meeting quality when no level holds (default poor)."
    )
    small_cells: SmallCells = Field(
        SmallCells(),
        description="How often small cells must meet, as the competent committee decided: "
        "{fewer_than, regular_every, thematic_every}; by default every cell meets monthly "
        "and quarterly.",
    )

    def sheet_on(self, day: date) -> str | None:
        """The id of the score sheet meetings on ``day`` are scored on: the one the rubric
        names, else the first (by id) in force that day; ``None`` when none is."""
        if self.sheet is not None:
            return self.sheet
        for sheet_id, sheet in sorted(self.sheets.items()):
            if sheet.in_force is not None and sheet.in_force.covers(day):
                return sheet_id
        return None


class Rubric(Model):
    """A whole rubric file."""

    id: Id = Field(
        description="The rubric's id, e.g. 4good; a bloc's rubric with a shipped rubric's id "
        "replaces it."
    )
    version: str = Field(min_length=1, description='The rubric\'s version, e.g. "2025.1".')
    in_force: Period | None = Field(
        None,
        description="When the rubric is in force: {from, to}, days or years (to omitted: no "
        "end yet). A year is scored under the rubric in force on its 31 December.",
    )
    years: list[Year] | None = Field(
        None,
        min_length=1,
        description="The years the rubric is in force for, instead of in_force (older rubrics).",
    )
    cell_types: list[CellType] = Field(
        min_length=1,
        description="The cell types the rubric covers: agency, public_service, enterprise.",
    )
    label: Bilingual = Field(description="The rubric's name: {vi, en}.")
    passing: Pass = Field(
        Pass(),
        alias="pass",
        description="The pass rule: {min_points}, the points every content must reach "
        "(default 95).",
    )
    meetings: MeetingRules = Field(
        description="How meetings are rated and a year of meetings is judged."
    )
    members: MemberRules = Field(
        MemberRules(),
        description="Who is expected to have a rating for the year: {unrated_first_months}.",
    )
    contents: list[Content] = Field(
        min_length=1, description="The four contents (nội dung), each scored on 100 points."
    )
    types: dict[CellType, dict[Id, CriterionOverride]] = Field(
        default_factory=dict,
        description="What each cell type changes, by criterion id: {label, max, rule, guidance}.",
    )
    classification: ClassificationRules | None = Field(
        None,
        description="How the year's quality level is proposed and checked in the rubric's "
        "years: {regulation, levels, criteria}; optional.",
    )

    def periods(self) -> list[Period]:
        """The periods the rubric is in force: its in_force, or its years as runs of years."""
        if self.in_force is not None:
            return [self.in_force]
        return runs_of_years(self.years or [])

    def covers(self, year: int) -> bool:
        """Whether the rubric scores ``year``: it is in force on the year's 31 December, the
        day the year is reviewed (a rubric in force from 28 October scores that year)."""
        if self.in_force is None:
            return year in (self.years or [])
        return self.in_force.covers(date(year, 12, 31))
