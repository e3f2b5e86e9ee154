"""What a merge shares: problems told at the cell, entries validated with their model."""

from __future__ import annotations

from fourgood.edit.change import Change
from fourgood.forms.merging import Merging
from fourgood.forms.places import Field, Place, Row
from fourgood.models.meetings import Meeting
from fourgood.read.layout import Layout


def test_an_invalid_entry_is_told_at_the_cell_of_its_value() -> None:
    merging = Merging(Change(Layout.__new__(Layout)), "f.xlsx", 2023)
    row = Row(7, Place("Sinh hoạt", "A7"), {"duration": Field(-5, Place("Sinh hoạt", "D7"))})
    data = {"date": "2023-01-10", "kind": "regular", "duration": -5}
    assert not merging.valid(Meeting, data, row, {"duration": "duration"})
    assert [p.file for p in merging.problems] == ["f.xlsx, Sinh hoạt!D7"]
    assert merging.valid(Meeting, {"date": "2023-01-10", "kind": "regular"}, row, {})
