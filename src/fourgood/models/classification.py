"""An edition's rules for the annual quality classification of a cell (xếp loại chất lượng).

The levels, best first, with the points each needs (when the regulation assesses on 100 points)
and the conditions that go with it; and, optionally, criteria that compute the points in the
rubric's rule language when the annual record gives none. fourgood proposes a level from them
and checks the level the committee decided; the decision itself is data (the annual record).
"""

from pydantic import Field

from fourgood.models.common import Bilingual, Model
from fourgood.models.criterion import Criterion
from fourgood.vocabulary import Rating


class Condition(Model):
    """A condition a level needs: a fact compared with a bound (a percentage for a share, a
    number for a count)."""

    fact: str = Field(
        description="The fact the condition reads: a share (e.g. tasks_on_time) or a count "
        "(e.g. leadership_disciplined)."
    )
    at_least: int | None = Field(
        None, ge=0, description="Holds at this value or more (a percentage for a share)."
    )
    at_most: int | None = Field(
        None, ge=0, description="Holds at this value or less (a percentage for a share)."
    )
    label: Bilingual = Field(
        description="What the condition asks, for the report: {vi, en}, e.g. every task done "
        "on time."
    )


class LevelRule(Model):
    """A level of the classification: the points it needs and its conditions."""

    level: Rating = Field(description="The level: HTXSNV, HTTNV, HTNV or KHTNV.")
    at_least: int | None = Field(
        None,
        ge=0,
        le=100,
        description="The points on 100 the level needs, when the regulation assesses on "
        "points (e.g. 90 for HTXSNV); omit for the lowest level, or when it has no points.",
    )
    conditions: list[Condition] = Field(
        default_factory=list,
        description="What else the level needs, every one of them: {fact, at_least or "
        "at_most, label}.",
    )


class ClassificationRules(Model):
    """How a cell's quality level is proposed and checked in the years of the edition."""

    regulation: Bilingual = Field(
        description="The regulation the rules come from, e.g. Quy định 366-QĐ/TW ngày "
        "30/8/2025: {vi, en}."
    )
    levels: list[LevelRule] = Field(
        min_length=1,
        description="The levels, best first: {level, at_least, conditions}; a cell is proposed "
        "the first whose points and conditions it meets.",
    )
    criteria: list[Criterion] = Field(
        default_factory=list,
        description="Criteria that compute the points on 100 when the annual record gives none "
        "(classification_points), in the rubric's rule language; their maxima sum to 100. "
        "Empty: the points come from the record only.",
    )

    @property
    def on_points(self) -> bool:
        """Whether the regulation assesses on 100 points (some level needs points)."""
        return any(level.at_least is not None for level in self.levels)
