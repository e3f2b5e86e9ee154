"""The organisation tree, indexed for lookups: parents, grassroots organisations, departures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from pydantic import ValidationError

from fourgood.models.organisation import Bloc, Cell, Committee, Organisation, Section, UnitTransfer


@dataclass
class OrgIndex:
    """The organisation tree, indexed for lookups."""

    bloc_id: str
    committees: dict[str, Committee] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    cells: dict[str, Cell] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)
    """Ids of units whose entries in organisation.yaml are broken (reported there)."""
    complete: bool = True
    """False when organisation.yaml could not be read whole: references cannot be judged."""

    def unsure(self, unit_id: str) -> bool:
        """Whether nothing can be said about a reference to ``unit_id`` (its entry, or the whole
        file, is broken): a check then stays silent rather than report a knock-on error."""
        return not self.complete or unit_id in self.unreadable

    @classmethod
    def partial(cls, data: object) -> OrgIndex:
        """The index of what can be read of a broken organisation.yaml: each unit whose entry
        is valid on its own, and the ids of the broken ones."""
        if not isinstance(data, dict):
            return cls("", complete=False)
        try:
            bloc_id = Bloc.model_validate(data.get("bloc")).id
        except ValidationError:
            return cls("", complete=False)
        index = cls(bloc_id)
        seen = {bloc_id}
        for committee in _readable(data.get("committees"), Committee, index.unreadable):
            if committee.id not in seen:
                seen.add(committee.id)
                index.committees[committee.id] = committee
        for section in _readable(data.get("sections"), Section, index.unreadable):
            if section.id not in seen:
                seen.add(section.id)
                index.sections[section.id] = section
        for cell in _readable(data.get("cells"), Cell, index.unreadable):
            if cell.id not in seen:
                seen.add(cell.id)
                index.cells[cell.id] = cell
        return index

    @classmethod
    def build(cls, organisation: Organisation) -> OrgIndex:
        """The index of an organisation; of two units with one id, the first listed (committees,
        then sections, then cells) is indexed (the check of the file reports the second)."""
        index = cls(organisation.bloc.id)
        seen = {organisation.bloc.id}
        for committee in organisation.committees:
            if committee.id not in seen:
                seen.add(committee.id)
                index.committees[committee.id] = committee
        for section in organisation.sections:
            if section.id not in seen:
                seen.add(section.id)
                index.sections[section.id] = section
        for cell in organisation.cells:
            if cell.id not in seen:
                seen.add(cell.id)
                index.cells[cell.id] = cell
        return index

    def grassroots_of(self, cell_id: str) -> str:
        """The grassroots organisation a cell belongs to (itself for a grassroots cell)."""
        cell = self.cells[cell_id]
        parent = cell.parent
        if parent in self.sections:
            return self.sections[parent].parent
        if parent in self.committees:
            return parent
        return cell_id

    def is_grassroots_cell(self, cell_id: str) -> bool:
        """Whether the cell sits directly under the bloc (chi bộ cơ sở)."""
        return self.cells[cell_id].parent == self.bloc_id

    def departure(self, unit_id: str) -> UnitTransfer | None:
        """When and where a unit left the bloc, itself or with the committee it belongs to."""
        found: list[UnitTransfer] = []
        unit: Cell | Section | Committee | None = (
            self.cells.get(unit_id) or self.sections.get(unit_id) or self.committees.get(unit_id)
        )
        while unit is not None:
            if unit.transferred_out is not None:
                found.append(unit.transferred_out)
            parent = getattr(unit, "parent", None)
            unit = (self.sections.get(parent) or self.committees.get(parent)) if parent else None
        return min(found, key=lambda t: t.date) if found else None

    def left_on(self, unit_id: str) -> date | None:
        """The day a unit left the bloc, if it did."""
        departure = self.departure(unit_id)
        return departure.date if departure else None

    def present_at(self, unit_id: str, day: date) -> bool:
        """Whether a unit was still in the bloc on ``day``."""
        left = self.left_on(unit_id)
        return left is None or left > day


U = TypeVar("U", Committee, Section, Cell)


def _readable(entries: object, model: type[U], unreadable: set[str]) -> list[U]:
    """The entries of a list that validate on their own; the ids of the others go to
    ``unreadable``."""
    units: list[U] = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            units.append(model.model_validate(entry))
        except ValidationError:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                unreadable.add(entry["id"])
    return units
