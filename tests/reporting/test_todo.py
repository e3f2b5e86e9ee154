"""The checklist of what is still to record: meetings of a month, facts left out, members
without the year's assessment, facts of the record, the committee's points."""

from __future__ import annotations

from datetime import date

from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.reporting.todo import (
    CellTodo,
    Item,
    meeting_items,
    months,
    ordered,
    period,
    record_items,
)


def test_a_month_in_progress_and_a_year() -> None:
    june = period(2023, 6, date(2023, 6, 15))
    assert (june.first, june.last, june.as_of, june.closes_year) == (
        date(2023, 6, 1),
        date(2023, 6, 30),
        date(2023, 6, 15),
        False,
    )
    year = period(2023, None, date(2024, 2, 1))
    assert year.as_of == date(2023, 12, 31)
    assert year.closes_year
    assert months(period(2023, None, date(2023, 4, 2)), date(2023, 3, 10)) == [3, 4]


def test_meetings_not_logged_and_facts_left_out() -> None:
    log = MeetingLog.model_validate(
        {
            "meetings": [
                {"date": "2023-01-10", "kind": "regular", "duration": 90},
                {
                    "date": "2023-02-07",
                    "kind": "combined",
                    "duration": 90,
                    "rating": "good",
                    "minutes_recorded": True,
                    "conclusion_recorded": True,
                },
            ]
        }
    )
    items = meeting_items(period(2023, None, date(2023, 3, 20)), log, None)
    assert Item("regular_meeting", month=3) in items
    assert Item("regular_meeting", month=1) not in items
    assert Item("thematic_meeting", quarter=1) not in items  # a combined meeting counts
    left_out = [i for i in items if i.kind == "meeting_facts"]
    assert left_out == [
        Item(
            "meeting_facts",
            day=date(2023, 1, 10),
            meeting_kind="regular",
            missing=("rating", "minutes_recorded", "conclusion_recorded"),
        )
    ]


def test_the_record_and_the_order_of_cells() -> None:
    p = period(2023, 5, date(2023, 5, 31))
    assert record_items(p, None, None) == [Item("no_record")]
    empty = AnnualRecord.model_validate({})
    assert record_items(p, empty, None) == [Item("record_fact", fact="work_programme")]
    close = record_items(period(2023, None, date(2024, 1, 5)), empty, None)
    assert Item("classification") in close
    assert len([i for i in close if i.kind == "record_fact"]) > 3
    cells = [CellTodo("b", "Chi bộ Đông", ()), CellTodo("a", "Chi bộ Ân", ())]
    assert [c.cell for c in ordered(cells)] == ["a", "b"]
