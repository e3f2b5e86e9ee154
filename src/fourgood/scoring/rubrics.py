"""Choosing the rubric (the edition of the rules) for a cell-year, and applying a rubric's
per-type overrides.

A rubric scores the years whose 31 December falls in its period; a bloc's own rubrics, where
one is in force for a cell type and year, come before the ones shipped with fourgood (which stay
in force for the other years and types).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fourgood.models.rubric import Content, Criterion, Rubric
from fourgood.vocabulary import CELL_TYPES


@dataclass(frozen=True)
class RubricSource:
    """A rubric and where it came from: shipped with fourgood or kept by the bloc."""

    rubric: Rubric
    file: str
    shipped: bool


def candidates(sources: list[RubricSource], year: int, cell_type: str) -> list[RubricSource]:
    """The rubrics that cover a cell type in a year, in file order: the bloc's own if any of
    them does (they replace the shipped ones there), else the shipped ones."""
    covering = sorted(
        (s for s in sources if s.rubric.covers(year) and cell_type in s.rubric.cell_types),
        key=lambda s: s.file,
    )
    own = [s for s in covering if not s.shipped]
    return own or covering


def uncovered_types(sources: list[RubricSource], year: int, types: Iterable[str]) -> list[str]:
    """The cell types (of ``types``, in the vocabulary's order) that no rubric covers in
    ``year``."""
    order: dict[str, int] = {t: i for i, t in enumerate(CELL_TYPES)}
    wanted = sorted(set(types), key=lambda t: (order.get(t, len(order)), t))
    return [t for t in wanted if not candidates(sources, year, t)]


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
