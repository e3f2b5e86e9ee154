"""Choosing the rubric for a cell-year and applying a rubric's per-type overrides."""

from __future__ import annotations

from dataclasses import dataclass

from fourgood.models.rubric import Content, Criterion, Rubric


@dataclass(frozen=True)
class RubricSource:
    """A rubric and where it came from: shipped with fourgood or kept by the bloc."""

    rubric: Rubric
    file: str
    shipped: bool


def effective(sources: list[RubricSource]) -> list[RubricSource]:
    """The rubrics in force: a bloc's rubric replaces a shipped one with the same id."""
    own = {s.rubric.id for s in sources if not s.shipped}
    kept = [s for s in sources if not s.shipped or s.rubric.id not in own]
    return sorted(kept, key=lambda s: (s.rubric.id, s.file))


def candidates(sources: list[RubricSource], year: int, cell_type: str) -> list[RubricSource]:
    """The rubrics that cover a cell type in a year; a bloc's own rubrics come before shipped."""
    covering = [
        s for s in effective(sources) if year in s.rubric.years and cell_type in s.rubric.cell_types
    ]
    own = [s for s in covering if not s.shipped]
    return own or covering


def select(sources: list[RubricSource], year: int, cell_type: str) -> RubricSource | None:
    """The one rubric for a cell type in a year, or ``None`` when there is none or several."""
    found = candidates(sources, year, cell_type)
    return found[0] if len(found) == 1 else None


def resolve(rubric: Rubric, cell_type: str) -> Rubric:
    """The rubric as it applies to one cell type, with that type's overrides applied."""
    overrides = rubric.types.get(cell_type, {})  # type: ignore[call-overload]
    if not overrides:
        return rubric
    contents: list[Content] = []
    for content in rubric.contents:
        criteria: list[Criterion] = []
        for criterion in content.criteria:
            change = overrides.get(criterion.id)
            if change is None:
                criteria.append(criterion)
            else:
                update = {k: v for k, v in change if v is not None}
                criteria.append(criterion.model_copy(update=update))
        contents.append(content.model_copy(update={"criteria": criteria}))
    return rubric.model_copy(update={"contents": contents, "types": {}})
