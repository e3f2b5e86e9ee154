"""A cell-year as the facts see it: the meetings of its window in a fixed order, its months and
quarters, the members at its end, and the facts computed by name, shared work done once."""

from __future__ import annotations

from datetime import date

from fourgood.scoring.facts import FACTS, CellFacts, compute_facts, year_end_members
from fourgood.scoring.facts.cell import per_cell
from fourgood.scoring.values import Count, OnDate
from fourgood.scoring.window import year_window

from .kit import cell_year, member

LOG = [
    {"date": "2023-06-06", "kind": "thematic", "topic": "B"},
    {"date": "2023-06-06", "kind": "regular"},
    {"date": "2023-01-10", "kind": "combined"},
    {"date": "2023-06-06", "kind": "thematic", "topic": "A"},
    {"date": "2022-12-31", "kind": "regular"},
    {"date": "2024-01-01", "kind": "regular"},
]


def test_the_meetings_of_the_window_in_a_fixed_order() -> None:
    cell = cell_year(meetings=LOG)
    assert cell.meetings is not None
    assert [(m.date.isoformat(), m.kind, m.topic) for m in cell.meetings] == [
        ("2023-01-10", "combined", None),
        ("2023-06-06", "regular", None),
        ("2023-06-06", "thematic", "A"),
        ("2023-06-06", "thematic", "B"),
    ]
    reordered = cell_year(meetings=list(reversed(LOG)))
    assert reordered.meetings == cell.meetings
    assert cell_year(meetings=None).meetings is None


def test_combined_meetings_are_both_regular_and_thematic() -> None:
    cell = cell_year(meetings=LOG)
    assert [(m.date.month, m.kind) for m in cell.regular] == [(1, "combined"), (6, "regular")]
    assert [(m.date.month, m.kind) for m in cell.thematic] == [
        (1, "combined"),
        (6, "thematic"),
        (6, "thematic"),
    ]
    assert cell_year(meetings=None).regular == []


def test_months_and_quarters_that_have_ended() -> None:
    cell = cell_year(window=year_window(2023, None, None, date(2023, 7, 15)))
    assert cell.months == [(2023, m) for m in range(1, 7)]
    assert cell.quarters == [(2023, 1), (2023, 2)]


def test_the_members_at_the_end_of_the_window() -> None:
    members = [
        member("Z", "Trần Văn Bình"),
        member("Y", "Lê An", transferred_out={"date": "2023-12-31", "to": "Tỉnh khác"}),
        member("X", "Nguyễn Văn An"),
        member("W", "Ngô Thị Cúc", admitted="2024-01-01"),
    ]
    cell = cell_year(members=members)
    assert [m.id for m in cell.year_end_members] == ["X", "Z"]  # by given name: An, Bình
    assert [m.id for m in year_end_members(cell.cell)] == ["X", "Z"]
    earlier = cell_year(members=members, window=year_window(2023, None, None, date(2023, 6, 30)))
    assert [m.id for m in earlier.year_end_members] == ["Y", "X", "Z"]  # Lê An before Nguyễn An
    assert cell_year(members=None).year_end_members == []


def test_every_fact_or_only_those_named() -> None:
    cell = cell_year(members=[member("A", "An")], meetings=[], record={"work_programme": False})
    every = compute_facts(cell.cell, cell.rules)
    assert set(every.values) == set(FACTS)
    some = compute_facts(cell.cell, cell.rules, ["work_programme", "incidents", "no-such-fact"])
    assert some.values == {"work_programme": OnDate(None), "incidents": None}


def test_the_assessed_points_of_the_record() -> None:
    record = {
        "assessed": {"P4": {"points": 18, "note": "Khá"}, "S5": {"points": 20, "note": "Tốt"}}
    }
    cell = cell_year(record=record)
    facts = compute_facts(cell.cell, cell.rules, [])
    assert facts.values == {}
    assert facts.assessed == {"P4": (18, "Khá"), "S5": (20, "Tốt")}
    assert compute_facts(cell_year(record=None).cell, cell.rules, []).assessed == {}


def test_work_several_facts_share_is_done_once_per_cell_year() -> None:
    calls: list[int] = []

    @per_cell
    def shared(cell: CellFacts) -> Count:
        calls.append(cell.year)
        return Count(())

    first, second = cell_year(), cell_year()
    assert shared(first) is shared(first)
    assert calls == [2023]
    shared(second)
    assert calls == [2023, 2023]  # another cell-year computes its own
