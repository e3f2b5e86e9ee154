"""The organisation tree, indexed for lookups, and as it stood on a day: parents, names,
grassroots organisations, and how units ended (transferred out, merged, dissolved)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from pydantic import ValidationError

from fourgood.models import history
from fourgood.models.history import Ending
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
    _endings: dict[str, Ending | None] = field(default_factory=dict, repr=False, compare=False)
    _merges: dict[str, list[tuple[str, date]]] | None = field(
        default=None, repr=False, compare=False
    )

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

    def unit(self, unit_id: str) -> Cell | Section | Committee | None:
        """The unit with this id, of any kind."""
        return self.cells.get(unit_id) or self.sections.get(unit_id) or self.committees.get(unit_id)

    def name_on(self, unit_id: str, day: date | None = None) -> str:
        """The unit's name on ``day`` (its first name without a day; the id if unknown)."""
        unit = self.unit(unit_id)
        return history.name_on(unit, day) if unit is not None else unit_id

    def parent_on(self, unit_id: str, day: date | None = None) -> str | None:
        """The unit's parent on ``day``: the one its entry gives then, or the unit that parent
        was merged into by that day (without a day: its first parent, as written)."""
        unit = self.unit(unit_id)
        parent = history.parent_on(unit, day) if unit is not None else None
        seen: set[str] = set()
        while day is not None and parent is not None and parent not in seen:
            seen.add(parent)
            target = self.unit(parent)
            ending = history.own_ending(target) if target is not None else None
            if ending is None or ending.how != "merged" or ending.date > day:
                break
            parent = ending.to
        return parent

    def grassroots_of(self, cell_id: str, day: date | None = None) -> str:
        """The grassroots organisation a cell belongs to on ``day`` (itself for a grassroots
        cell; without a day, by its first parent)."""
        parent = self.parent_on(cell_id, day)
        if parent in self.sections:
            return self.parent_on(parent, day) or parent
        if parent in self.committees:
            return parent
        return cell_id

    def is_grassroots_cell(self, cell_id: str, day: date | None = None) -> bool:
        """Whether the cell sits directly under the bloc (chi bộ cơ sở) on ``day``."""
        return self.parent_on(cell_id, day) == self.bloc_id

    def ending(self, unit_id: str) -> Ending | None:
        """How and when a unit ended: its own transfer out, merge or dissolution, or leaving the
        bloc with a committee or section it was under on the day before that one left."""
        if unit_id in self._endings:
            return self._endings[unit_id]
        self._endings[unit_id] = None  # a loop in the data (validate reports it) ends here
        unit = self.unit(unit_id)
        found = [history.own_ending(unit)] if unit is not None else []
        for ancestor in self.ancestors(unit_id):
            ending = self.ending(ancestor)
            if ending is not None and ending.how == "transferred":
                before = ending.date - timedelta(days=1)
                if self.parent_on(unit_id, before) == ancestor:
                    found.append(ending)
        endings = [e for e in found if e is not None]
        result = min(endings, key=lambda e: e.date) if endings else None
        self._endings[unit_id] = result
        return result

    def ancestors(self, unit_id: str) -> list[str]:
        """Every unit a unit has sat under (and the units those were merged into)."""
        unit = self.unit(unit_id)
        found: list[str] = []
        todo = history.parents(unit) if unit is not None else []
        while todo:
            parent = todo.pop(0)
            target = self.unit(parent)
            if parent in found or target is None:
                continue
            found.append(parent)
            ending = history.own_ending(target)
            if ending is not None and ending.how == "merged":
                todo.append(ending.to)
        return found

    def departure(self, unit_id: str) -> UnitTransfer | None:
        """When and where a unit left the bloc by transfer, itself or with the committee it
        belonged to (``None`` when it did not, or ended otherwise)."""
        ending = self.ending(unit_id)
        if ending is None or ending.how != "transferred":
            return None
        return UnitTransfer(date=ending.date, to=ending.to)

    def left_on(self, unit_id: str) -> date | None:
        """The day a unit ended (left the bloc, was merged or dissolved), if it did."""
        ending = self.ending(unit_id)
        return ending.date if ending else None

    def present_at(self, unit_id: str, day: date) -> bool:
        """Whether a unit existed in the bloc on ``day``: formed by then and not yet ended."""
        unit = self.unit(unit_id)
        if unit is not None and unit.established is not None and unit.established > day:
            return False
        left = self.left_on(unit_id)
        return left is None or left > day

    def merged_into(self, cell_id: str) -> list[tuple[str, date]]:
        """The cells merged into this one, with the day of each merge, in date order."""
        if self._merges is None:
            merges: dict[str, list[tuple[str, date]]] = {}
            for other, cell in sorted(self.cells.items()):
                ending = history.own_ending(cell)
                if ending is not None and ending.how == "merged":
                    merges.setdefault(ending.to, []).append((other, ending.date))
            self._merges = {k: sorted(v, key=lambda p: (p[1], p[0])) for k, v in merges.items()}
        return self._merges.get(cell_id, [])


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
