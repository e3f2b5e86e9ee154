"""A cell's meeting log: each meeting's day, kind, duration, absences, rating and records."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.meetings import MEETING_RATINGS, Meeting, MeetingLog


def errors(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    try:
        MeetingLog.model_validate(data)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])) for e in exc.errors()]
    return []


def meeting(**fields: object) -> dict[str, Any]:
    return {"meetings": [{"date": "2023-01-10", "kind": "regular", **fields}]}


def test_a_meeting_with_only_its_day_and_kind() -> None:
    log = MeetingLog.model_validate(meeting())
    (only,) = log.meetings
    assert only == Meeting(date=date(2023, 1, 10), kind="regular")
    assert only.absent == {}
    assert (only.topic, only.duration, only.rating, only.sheet) == (None, None, None, None)
    assert (only.minutes_recorded, only.conclusion_recorded) == (None, None)


def test_a_full_meeting() -> None:
    log = MeetingLog.model_validate(
        meeting(
            kind="combined",
            topic="Kiểm điểm cuối năm",
            duration=180,
            absent={"TP-004": "excused", "TP-005": "unexcused"},
            sheet={"attendance": 5, "conduct": 38},
            minutes_recorded=True,
            conclusion_recorded=False,
        )
    )
    (m,) = log.meetings
    assert m.kind == "combined"
    assert m.absent == {"TP-004": "excused", "TP-005": "unexcused"}
    assert m.sheet == {"attendance": 5, "conduct": 38}
    assert (m.minutes_recorded, m.conclusion_recorded) == (True, False)


def test_an_empty_log_has_no_meetings() -> None:
    assert MeetingLog.model_validate({}).meetings == []
    assert errors({"meetings": None}) == [("list_type", ("meetings",))]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"kind": "reglar"}, [("literal_error", ("meetings", 0, "kind"))]),
        ({"duration": 0}, [("greater_than_equal", ("meetings", 0, "duration"))]),
        ({"duration": 1441}, [("less_than_equal", ("meetings", 0, "duration"))]),
        ({"duration": "90"}, [("int_type", ("meetings", 0, "duration"))]),
        ({"rating": "excellent"}, [("literal_error", ("meetings", 0, "rating"))]),
        ({"absent": {"TP-1": "sick"}}, [("literal_error", ("meetings", 0, "absent", "TP-1"))]),
        ({"absent": {12: "excused"}}, [("fg_id_number", ("meetings", 0, "absent", 12, "[key]"))]),
        ({"minutes_recorded": "yes"}, [("bool_type", ("meetings", 0, "minutes_recorded"))]),
        ({"sheet": {"conduct": "38"}}, [("int_type", ("meetings", 0, "sheet", "conduct"))]),
        ({"date": "2023-02-30"}, [("date_from_datetime_parsing", ("meetings", 0, "date"))]),
        ({"chair": "TP-001"}, [("extra_forbidden", ("meetings", 0, "chair"))]),
    ],
)
def test_what_a_meeting_refuses(
    fields: dict[str, object], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors(meeting(**fields)) == expected


def test_durations_from_one_minute_to_a_whole_day() -> None:
    assert errors(meeting(duration=1)) == []
    assert errors(meeting(duration=1440)) == []


def test_a_meeting_needs_its_day_and_kind() -> None:
    assert errors({"meetings": [{}]}) == [
        ("missing", ("meetings", 0, "date")),
        ("missing", ("meetings", 0, "kind")),
    ]


def test_meeting_ratings_best_first() -> None:
    assert MEETING_RATINGS == ("good", "fair", "average", "poor")
