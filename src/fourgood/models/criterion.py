"""A criterion of a rubric: its id, label, maximum points and the rule that computes them.

Criteria score the four contents of the "4 Good" rubric and, in an edition whose classification
is on 100 points, the points of the annual quality classification (``models.classification``).
"""

from typing import Annotated

from pydantic import Field

from fourgood.models.common import Bilingual, Id, Model
from fourgood.scoring.rules import Rule

Points = Annotated[int, Field(ge=0, le=100)]


class Criterion(Model):
    """One criterion of a content."""

    id: Id = Field(
        description="The criterion's id, unique in the rubric, e.g. P1; a record's assessed "
        "points are keyed by it."
    )
    label: Bilingual = Field(description="The criterion's label: {vi, en}.")
    max: Points = Field(
        description="The criterion's maximum points, 0 to 100; a content's maxima sum to 100."
    )
    rule: Rule = Field(
        description="How the points are computed, by its kind: bands, deduct, proportion, "
        "yes_no, deadline, levels or assessed."
    )
    guidance: Bilingual | None = Field(
        None, description="What the criterion looks at, for the people judging it: {vi, en}."
    )


class CriterionOverride(Model):
    """What a cell type changes in a criterion."""

    label: Bilingual | None = Field(
        None, description="The criterion's label for this cell type: {vi, en}."
    )
    max: Points | None = Field(
        None, description="The criterion's maximum points for this cell type, 0 to 100."
    )
    rule: Rule | None = Field(None, description="How the points are computed for this cell type.")
    guidance: Bilingual | None = Field(
        None, description="What the criterion looks at for this cell type: {vi, en}."
    )
