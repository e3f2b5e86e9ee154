"""One unit's life: when it began and ended, and its name and parent on a day.

A unit's entry in ``organisation.yaml`` gives its first name and parent; its dated ``changes``
say what happened since (renamed, moved, merged into another unit, dissolved), and
``transferred_out`` when it left the bloc. A change takes effect on its day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from fourgood.models.organisation import Cell, Committee, Section, UnitChange

Unit = Committee | Section | Cell
How = Literal["transferred", "merged", "dissolved"]


@dataclass(frozen=True)
class Ending:
    """How a unit ended, and when: transferred out of the bloc (``to`` the body it went to),
    merged (``to`` the id of the unit it was merged into) or dissolved (``to`` empty)."""

    date: date
    how: How
    to: str


def dated(unit: Unit) -> list[UnitChange]:
    """The unit's changes in date order (changes of one day in the order written)."""
    return sorted(unit.changes, key=lambda c: c.date)


def own_ending(unit: Unit) -> Ending | None:
    """The first of the unit's own endings: a transfer out, a merge or a dissolution."""
    found: list[Ending] = []
    if unit.transferred_out is not None:
        found.append(Ending(unit.transferred_out.date, "transferred", unit.transferred_out.to))
    for change in dated(unit):
        if change.merge is not None:
            found.append(Ending(change.date, "merged", change.merge))
        elif change.dissolve:
            found.append(Ending(change.date, "dissolved", ""))
    return min(found, key=lambda e: e.date) if found else None


def begins(unit: Unit) -> date | None:
    """The day the unit was formed, if the data says."""
    return unit.established


def alive_on(unit: Unit, day: date) -> bool:
    """Whether the unit existed on ``day`` by its own dates (formed, not yet ended)."""
    start = begins(unit)
    end = own_ending(unit)
    return (start is None or start <= day) and (end is None or day < end.date)


def name_on(unit: Unit, day: date | None) -> str:
    """The unit's name on ``day`` (its first name when ``day`` is None)."""
    name = unit.name
    for change in dated(unit):
        if day is not None and change.date <= day and change.rename is not None:
            name = change.rename
    return name


def parent_on(unit: Unit, day: date | None) -> str | None:
    """The id of the unit's parent on ``day`` as its entry says (its first parent when ``day``
    is None); ``None`` for a grassroots committee, which sits under the bloc."""
    parent = getattr(unit, "parent", None)
    for change in dated(unit):
        if day is not None and change.date <= day and change.move is not None:
            parent = change.move
    return parent


def parents(unit: Unit) -> list[str]:
    """Every parent the unit has had, first to last."""
    found = [p for p in [getattr(unit, "parent", None)] if p]
    found += [c.move for c in dated(unit) if c.move is not None and c.move not in found]
    return found
