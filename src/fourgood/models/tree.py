"""The organisation tree, indexed for lookups: parents, grassroots organisations, departures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fourgood.models.organisation import Cell, Committee, Organisation, Section, UnitTransfer


@dataclass
class OrgIndex:
    """The organisation tree, indexed for lookups."""

    bloc_id: str
    committees: dict[str, Committee] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    cells: dict[str, Cell] = field(default_factory=dict)

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
