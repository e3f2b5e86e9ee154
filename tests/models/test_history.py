"""One unit's life: when it began and ended, and its name and parent on a day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourgood.models import history
from fourgood.models.history import Ending
from fourgood.models.organisation import Cell, Committee


def cell(**extra: Any) -> Cell:
    base = {"id": "c", "name": "Chi bộ Một", "type": "agency", "parent": "k"}
    return Cell.model_validate({**base, **extra})


RENAMED_AND_MOVED = cell(
    changes=[
        {"date": "2025-07-01", "move": "k2"},
        {"date": "2025-03-01", "rename": "Chi bộ Hai"},
        {"date": "2026-01-01", "rename": "Chi bộ Ba"},
    ]
)


def test_changes_take_effect_on_their_day_in_date_order() -> None:
    assert [c.date for c in history.dated(RENAMED_AND_MOVED)] == [
        date(2025, 3, 1),
        date(2025, 7, 1),
        date(2026, 1, 1),
    ]
    names = [history.name_on(RENAMED_AND_MOVED, date(2025, m, d)) for m, d in ((2, 28), (3, 1))]
    assert names == ["Chi bộ Một", "Chi bộ Hai"]
    assert history.name_on(RENAMED_AND_MOVED, date(2026, 6, 1)) == "Chi bộ Ba"
    assert history.name_on(RENAMED_AND_MOVED, None) == "Chi bộ Một"  # its first name


def test_the_parent_on_a_day() -> None:
    assert history.parent_on(RENAMED_AND_MOVED, date(2025, 6, 30)) == "k"
    assert history.parent_on(RENAMED_AND_MOVED, date(2025, 7, 1)) == "k2"
    assert history.parent_on(RENAMED_AND_MOVED, None) == "k"
    assert history.parents(RENAMED_AND_MOVED) == ["k", "k2"]
    committee = Committee.model_validate({"id": "k", "name": "Đảng bộ K"})
    assert history.parent_on(committee, date(2025, 1, 1)) is None
    assert history.parents(committee) == []


def test_a_unit_ends_on_its_first_transfer_merge_or_dissolution() -> None:
    assert history.own_ending(RENAMED_AND_MOVED) is None
    merged = cell(
        changes=[{"date": "2026-01-01", "merge": "d"}, {"date": "2026-06-01", "dissolve": True}]
    )
    assert history.own_ending(merged) == Ending(date(2026, 1, 1), "merged", "d")
    dissolved = cell(changes=[{"date": "2025-09-01", "dissolve": True}])
    assert history.own_ending(dissolved) == Ending(date(2025, 9, 1), "dissolved", "")
    moved_out = cell(
        transferred_out={"date": "2025-05-01", "to": "Đảng bộ tỉnh"},
        changes=[{"date": "2025-09-01", "dissolve": True}],
    )
    assert history.own_ending(moved_out) == Ending(date(2025, 5, 1), "transferred", "Đảng bộ tỉnh")


def test_a_unit_is_alive_from_its_forming_to_the_day_before_it_ends() -> None:
    unit = cell(established="2025-03-01", changes=[{"date": "2026-01-01", "merge": "d"}])
    assert history.begins(unit) == date(2025, 3, 1)
    alive = [
        history.alive_on(unit, d)
        for d in (date(2025, 2, 28), date(2025, 3, 1), date(2025, 12, 31), date(2026, 1, 1))
    ]
    assert alive == [False, True, True, False]
    assert history.alive_on(cell(), date(1930, 1, 1))
