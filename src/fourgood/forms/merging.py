"""What merging a workbook into a change shares: the change, the problems found (each at its
cell), where merged values came from, and counts of what was added and changed.

Every entry built from a row is validated with the data model of its file (``Meeting``,
``MemberYear``, ...) before it is merged: the same rules as the YAML, said at the cell.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from fourgood.edit.change import Change
from fourgood.errors import Problem
from fourgood.forms.origins import Origins
from fourgood.forms.places import Place, Row
from fourgood.forms.table import Table
from fourgood.i18n.message import Msg, msg
from fourgood.read.pydantic_errors import problem_from_error


@dataclass
class Merging:
    """A workbook being merged into a change."""

    change: Change
    shown: str
    year: int
    origins: Origins = field(default_factory=Origins)
    problems: list[Problem] = field(default_factory=list)
    done: Counter[str] = field(default_factory=Counter)

    def problem(self, place: Place, message: Msg) -> None:
        """A problem at a cell of the workbook."""
        self.problems.append(place.problem(self.shown, message))

    def valid(
        self, model: type[BaseModel], data: dict[str, Any], row: Row, columns: dict[str, str]
    ) -> bool:
        """Whether an entry built from a row is valid for its model; its problems are told at
        the cells its values came from (``columns``: the entry's keys to the row's columns)."""
        try:
            model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                found = problem_from_error("", model, data, error)
                key = found.where[0] if found.where else None
                column = columns.get(str(key)) if key is not None else None
                self.problem(row.at(column) if column else row.place, found.message)
            return False
        return True

    def required(self, table: Table, row: Row, keys: list[tuple[str, str]]) -> bool:
        """Whether a row has a value in each of these columns (key, title's catalogue key)."""
        missing = [(key, title) for key, title in keys if row.value(key) is None]
        for key, title in missing:
            self.problem(table.place(row, key), msg("import.required", title=msg(title)))
        return not missing
