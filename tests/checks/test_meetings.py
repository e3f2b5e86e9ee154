"""A meeting log: meetings in its year, absences of real members, score sheets of the rubric (the
sheet in force on each meeting's day)."""

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
from fourgood.models.period import Period
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from tests.scoring.kit import shipped

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
RUBRIC_2025 = shipped("4good-2025.yaml")


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
    # In 2023 (the 2023 edition) meetings are scored on the sheet used under 12-HD/BTCTW.
    sheet = {"conduct": 46, "attendance": 20, "atendance": 5, "closing": -1}
    problems = list(sheet_items_of_the_rubric(subject({"date": "2023-05-10", "sheet": sheet})))
    assert said(problems) == [
        (
            "error",
            "'atendance' is not an item of the phu-tho score sheet (preparation, attendance, "
            "conduct, closing)",
            ("meetings", 0, "sheet", "atendance"),
        ),
        (
            "error",
            "points for 'closing' must be between 0 and 20",
            ("meetings", 0, "sheet", "closing"),
        ),
        (
            "error",
            "points for 'conduct' must be between 0 and 45",
            ("meetings", 0, "sheet", "conduct"),
        ),
        (
            "error",
            "the phu-tho score sheet is missing preparation: score every item (0 where it earned "
            "nothing)",
            ("meetings", 0, "sheet"),
        ),
    ]
    assert problems[0].anchor is Anchor.KEY
    assert problems[1].anchor is Anchor.VALUE


def test_a_full_sheet_is_fine_and_without_a_rubric_nothing_is_checked() -> None:
    full = {"preparation": 15, "attendance": 20, "conduct": 0, "closing": 0}
    assert list(sheet_items_of_the_rubric(subject({"date": "2023-05-10", "sheet": full}))) == []
    odd = {"date": "2023-05-10", "sheet": {"anything": 500}}
    assert list(sheet_items_of_the_rubric(subject(odd, rubric=None))) == []
    unknown_sheet = RUBRIC.model_copy(
        update={"meetings": RUBRIC.meetings.model_copy(update={"sheet": "missing"})}
    )
    assert list(sheet_items_of_the_rubric(subject(odd, rubric=unknown_sheet))) == []


FULL_42_HD = {
    "time_duration": 5,
    "attendance": 5,
    "preparation": 10,
    "conduct": 40,
    "principles": 5,
    "resolution_results": 30,
    "closing": 5,
}
FULL_PHU_THO = {"preparation": 15, "attendance": 20, "conduct": 45, "closing": 20}


def test_a_meeting_is_scored_on_the_sheet_in_force_on_its_day() -> None:
    # The 2025 edition: the sheet of 12-HD's time up to 27 October 2025, 42-HD's from the 28th.
    log = [
        {"date": "2025-10-27", "sheet": FULL_PHU_THO},
        {"date": "2025-10-28", "sheet": FULL_42_HD},
        {"date": "2025-10-27", "kind": "thematic", "sheet": FULL_42_HD},  # 42-HD a day early
        {"date": "2025-11-05", "sheet": FULL_PHU_THO},  # the old sheet after its time
    ]
    problems = list(sheet_items_of_the_rubric(subject(*log, rubric=RUBRIC_2025)))
    assert said(problems) == [
        (
            "error",
            "these are the items of the 42-HD score sheet, in force from 2025-10-28; a meeting "
            "on 2025-10-27 is scored on the phu-tho sheet (preparation, attendance, conduct, "
            "closing)",
            ("meetings", 2, "sheet"),
        ),
        (
            "error",
            "these are the items of the phu-tho score sheet, in force up to 2025-10-27; a "
            "meeting on 2025-11-05 is scored on the 42-HD sheet (time_duration, attendance, "
            "preparation, conduct, principles, resolution_results, closing)",
            ("meetings", 3, "sheet"),
        ),
    ]
    assert said(problems, "vi")[0][1] == (
        "đây là các mục của phiếu chấm điểm 42-HD, có hiệu lực từ ngày 28/10/2025; buổi sinh "
        "hoạt ngày 27/10/2025 được chấm theo phiếu phu-tho (preparation, attendance, conduct, "
        "closing)"
    )


def test_a_day_no_sheet_is_in_force_on_needs_a_rating() -> None:
    sheets = dict(RUBRIC_2025.meetings.sheets)
    sheets["42-HD"] = sheets["42-HD"].model_copy(
        update={"in_force": Period.model_validate({"from": "2025-11-01"})}
    )
    gap = RUBRIC_2025.model_copy(
        update={"meetings": RUBRIC_2025.meetings.model_copy(update={"sheets": sheets})}
    )
    problems = list(
        sheet_items_of_the_rubric(subject({"date": "2025-10-30", "sheet": FULL_42_HD}, rubric=gap))
    )
    assert said(problems) == [
        (
            "error",
            "no score sheet of rubric 4good is in force on 2025-10-30: give this meeting a rating "
            "instead",
            ("meetings", 0, "sheet"),
        )
    ]
