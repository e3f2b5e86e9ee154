"""A meeting log: meetings in its year, absences of real members, score sheets of the rubric."""

from __future__ import annotations

from typing import Any

from fourgood.checks.meetings import (
    absent_members_were_members,
    in_the_year,
    sheet_items_of_the_rubric,
)
from fourgood.checks.subjects import MeetingsFile
from fourgood.errors import Anchor
from fourgood.models.meetings import MeetingLog
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model

from .kit import member, roster, said

ROSTER = roster(
    member("TP-001", "Nguyễn Văn An"),
    member("TP-002", "Trần Thị Bình", exempt=[{"from": "2023-03-01", "to": "2023-03-31"}]),
    member("TP-003", "Lê Văn Cường", admitted="2023-06-01"),
)


def _rubric() -> Rubric:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric


RUBRIC = _rubric()


def subject(
    *meetings: dict[str, Any], roster: Roster | None = ROSTER, rubric: Rubric | None = RUBRIC
) -> MeetingsFile:
    log = MeetingLog.model_validate({"meetings": [{"kind": "regular", **m} for m in meetings]})
    return MeetingsFile(2023, log, "meetings-2023.yaml", roster, rubric)


def test_every_meeting_is_in_the_logs_year() -> None:
    problems = list(
        in_the_year(subject({"date": "2023-01-01"}, {"date": "2022-12-31"}, {"date": "2024-01-01"}))
    )
    assert said(problems) == [
        ("error", "this meeting is not in 2023, the year of this log", ("meetings", 1, "date")),
        ("error", "this meeting is not in 2023, the year of this log", ("meetings", 2, "date")),
    ]


def test_someone_absent_is_on_the_roster() -> None:
    problems = list(
        absent_members_were_members(
            subject({"date": "2023-05-10", "absent": {"TP-01": "excused", "ZZ": "excused"}})
        )
    )
    assert said(problems) == [
        (
            "error",
            "'TP-01' is not on the cell's roster; did you mean 'TP-001'?",
            ("meetings", 0, "absent", "TP-01"),
        ),
        ("error", "'ZZ' is not on the cell's roster", ("meetings", 0, "absent", "ZZ")),
    ]
    assert all(p.anchor is Anchor.KEY for p in problems)  # the id is what is wrong


def test_someone_absent_was_a_member_that_day() -> None:
    problems = list(
        absent_members_were_members(
            subject({"date": "2023-05-31", "absent": {"TP-003": "unexcused"}})
        )
    )
    assert said(problems, "vi") == [
        (
            "error",
            "Lê Văn Cường không phải đảng viên của chi bộ vào ngày 31/05/2023",
            ("meetings", 0, "absent", "TP-003"),
        )
    ]
    assert (
        list(
            absent_members_were_members(
                subject({"date": "2023-06-01", "absent": {"TP-003": "excused"}})
            )
        )
        == []
    )


def test_an_exempt_member_need_not_be_listed_absent() -> None:
    problems = list(
        absent_members_were_members(
            subject({"date": "2023-03-31", "absent": {"TP-002": "excused"}})
        )
    )
    assert said(problems) == [
        (
            "warning",
            "Trần Thị Bình was exempt from activities that day: the absence is not counted; "
            "take it out of the log",
            ("meetings", 0, "absent", "TP-002"),
        )
    ]


def test_without_a_roster_absences_are_not_checked() -> None:
    assert (
        list(
            absent_members_were_members(
                subject({"date": "2023-05-10", "absent": {"ZZ": "excused"}}, roster=None)
            )
        )
        == []
    )


def test_a_score_sheet_holds_the_rubrics_items_within_their_maxima() -> None:
    sheet = {"conduct": 41, "attendance": 5, "atendance": 5, "closing": -1}
    problems = list(sheet_items_of_the_rubric(subject({"date": "2023-05-10", "sheet": sheet})))
    assert said(problems) == [
        (
            "error",
            "'atendance' is not an item of the 42-HD score sheet (time_duration, attendance, "
            "preparation, conduct, principles, resolution_results, closing)",
            ("meetings", 0, "sheet", "atendance"),
        ),
        (
            "error",
            "points for 'closing' must be between 0 and 5",
            ("meetings", 0, "sheet", "closing"),
        ),
        (
            "error",
            "points for 'conduct' must be between 0 and 40",
            ("meetings", 0, "sheet", "conduct"),
        ),
        (
            "error",
            "the 42-HD score sheet is missing time_duration, preparation, principles, "
            "resolution_results: score every item (0 where it earned nothing)",
            ("meetings", 0, "sheet"),
        ),
    ]
    assert problems[0].anchor is Anchor.KEY
    assert problems[1].anchor is Anchor.VALUE


def test_a_full_sheet_is_fine_and_without_a_rubric_nothing_is_checked() -> None:
    full = {
        "time_duration": 5,
        "attendance": 5,
        "preparation": 10,
        "conduct": 40,
        "principles": 5,
        "resolution_results": 0,
        "closing": 0,
    }
    assert list(sheet_items_of_the_rubric(subject({"date": "2023-05-10", "sheet": full}))) == []
    odd = {"date": "2023-05-10", "sheet": {"anything": 500}}
    assert list(sheet_items_of_the_rubric(subject(odd, rubric=None))) == []
    unknown_sheet = RUBRIC.model_copy(
        update={"meetings": RUBRIC.meetings.model_copy(update={"sheet": "missing"})}
    )
    assert list(sheet_items_of_the_rubric(subject(odd, rubric=unknown_sheet))) == []
