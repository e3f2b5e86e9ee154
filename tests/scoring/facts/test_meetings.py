"""Facts read from the meeting log, within the window: months and quarters without their
meeting, the year's meeting quality, attendance, unexcused absences, durations and records."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from fourgood.i18n.message import msg
from fourgood.scoring.facts import FACTS
from fourgood.scoring.facts.meetings import (
    attendance,
    meeting_quality,
    meetings_without_documents_sent,
    meetings_without_records,
    months_without_regular_meeting,
    quarters_without_thematic_meeting,
    short_meetings,
    unexcused_absences,
)
from fourgood.scoring.values import Count, Level, Missing, NotApplicable, Share
from fourgood.scoring.window import year_window

from .kit import cell_between, cell_year, member, member_of, words

MEMBERS = [
    member("A", "Trần Văn An"),
    member("B", "Lê Thị Bình", exempt=[{"from": "2023-03-01", "to": "2023-03-31"}]),
    member("C", "Ngô Văn Cường", admitted="2023-05-01", full_member=None),
]
RECORDED = {"minutes_recorded": True, "conclusion_recorded": True}
LOG: list[dict[str, Any]] = [
    {"date": "2023-01-10", "kind": "regular", "duration": 90, "rating": "good", **RECORDED,
     "absent": {"B": "unexcused"}},
    {"date": "2023-03-07", "kind": "combined", "duration": 119, "sheet": {"conduct": 85},
     "minutes_recorded": True, "conclusion_recorded": False, "absent": {"B": "excused"}},
    {"date": "2023-03-20", "kind": "thematic", "duration": 89},
    {"date": "2023-06-06", "kind": "regular", "absent": {"A": "excused", "C": "unexcused"}},
    {"date": "2022-12-20", "kind": "regular", "duration": 10},  # outside the window
]  # fmt: skip
MEETING_FACTS = [
    "months_without_regular_meeting",
    "quarters_without_thematic_meeting",
    "meeting_quality",
    "attendance",
    "unexcused_absences",
    "short_meetings",
    "meetings_without_records",
]


@pytest.mark.parametrize("name", MEETING_FACTS)
def test_without_a_meeting_log_the_evidence_is_missing(name: str) -> None:
    absent = FACTS[name].compute(cell_year(members=MEMBERS, meetings=None))
    assert isinstance(absent, Missing)
    assert words((absent.reason,)) == [
        "no evidence: there is no meeting log for 2023 (meetings-2023.yaml)"
    ]


@pytest.mark.parametrize("name", MEETING_FACTS)
def test_before_any_month_has_ended_nothing_is_judged(name: str) -> None:
    early = year_window(2023, None, None, date(2023, 1, 30))
    value = FACTS[name].compute(cell_year(members=MEMBERS, meetings=[], window=early))
    expected = msg("na.no_quarter") if name.startswith("quarters") else msg("na.no_month")
    assert value == NotApplicable(expected)


def test_months_without_a_regular_or_combined_meeting() -> None:
    fact = months_without_regular_meeting(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Count)
    assert words(fact.found)[:3] == [
        "no regular meeting in February 2023",
        "no regular meeting in April 2023",
        "no regular meeting in May 2023",
    ]
    assert len(fact.found) == 9  # January, March (combined) and June held
    assert fact.measured is not None
    assert words((fact.measured,), "vi") == ["có sinh hoạt 3/12 tháng"]


def test_only_ended_months_of_the_window_count() -> None:
    window = year_window(2023, date(2023, 3, 1), None, date(2023, 6, 30))
    fact = months_without_regular_meeting(cell_year(members=MEMBERS, meetings=LOG, window=window))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "no regular meeting in April 2023",
        "no regular meeting in May 2023",
    ]


def test_quarters_without_a_thematic_or_combined_meeting() -> None:
    fact = quarters_without_thematic_meeting(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "no thematic meeting in Q2 2023",
        "no thematic meeting in Q3 2023",
        "no thematic meeting in Q4 2023",
    ]
    assert fact.measured is not None
    assert words((fact.measured,)) == ["thematic meetings in 1 of 4 quarters"]


def test_the_years_meeting_quality_with_unrated_meetings_both_ways() -> None:
    fact = meeting_quality(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Level)
    # good, fair (sheet 85), unrated: unrated as poor gives average, as good gives fair
    assert (fact.low, fact.high) == ("average", "fair")
    assert words(fact.reasons) == ["the meeting on 2023-03-07 was rated fair"]
    assert words(fact.unknown) == ["the meeting on 2023-06-06 has no rating or score sheet"]
    assert fact.measured is not None
    assert words((fact.measured,)) == ["1 of 3 regular meetings rated good"]


def test_no_regular_meeting_leaves_the_quality_unknown() -> None:
    only_thematic = [{"date": "2023-01-10", "kind": "thematic", "rating": "good"}]
    assert meeting_quality(cell_year(members=MEMBERS, meetings=only_thematic)) is None


def test_attendance_leaves_out_who_was_not_expected() -> None:
    fact = attendance(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Share)
    # 1 of 2 (C not yet admitted), 1 of 1 (B exempt), 1 of 1, 1 of 3: a mean of 17/24
    assert fact.low == fact.high == Fraction(17, 24)
    assert words(fact.shortfalls) == [
        "1 of 2 present on 2023-01-10",
        "1 of 3 present on 2023-06-06",
    ]
    assert words((fact.measured,)) == ["mean attendance 70.8% over 4 meetings"]
    assert words((fact.measured,), "vi") == ["tỷ lệ dự trung bình 70,8% qua 4 buổi"]


def test_unexcused_absences_by_name() -> None:
    fact = unexcused_absences(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "Lê Thị Bình absent without excuse on 2023-01-10",
        "Ngô Văn Cường absent without excuse on 2023-06-06",
    ]


def test_an_exempt_member_listed_absent_is_not_an_unexcused_absence() -> None:
    log = [{"date": "2023-03-07", "kind": "regular", "absent": {"B": "unexcused"}}]
    fact = unexcused_absences(cell_year(members=MEMBERS, meetings=log))
    assert fact == Count(())


def test_without_a_roster_attendance_cannot_be_judged() -> None:
    for fact in (attendance, unexcused_absences):
        absent = fact(cell_year(members=None, meetings=LOG))
        assert isinstance(absent, Missing)
        assert absent.reason.key == "why.no_roster_file"
    nobody = [member("A", "An", admitted="2024-01-01")]
    assert attendance(cell_year(members=nobody, meetings=LOG)) is None  # no one was expected


def test_a_log_without_meetings_in_the_window_is_missing_evidence() -> None:
    cell = cell_year(members=MEMBERS, meetings=[{"date": "2022-12-20", "kind": "regular"}])
    for fact in (attendance, unexcused_absences, short_meetings, meetings_without_records):
        assert fact(cell) == Missing(msg("why.no_meetings_logged"))
    assert meeting_quality(cell) is None


def test_meetings_shorter_than_their_kinds_minimum() -> None:
    fact = short_meetings(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "the combined meeting on 2023-03-07 lasted 119 minutes (minimum 120)",
        "the thematic meeting on 2023-03-20 lasted 89 minutes (minimum 90)",
    ]  # 90 minutes for a regular meeting is enough
    assert words(fact.unknown) == ["duration of the regular meeting on 2023-06-06 not recorded"]


def test_meetings_without_both_records() -> None:
    fact = meetings_without_records(cell_year(members=MEMBERS, meetings=LOG))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "minutes or conclusion not recorded for the combined meeting on 2023-03-07"
    ]
    assert words(fact.unknown) == [
        "whether minutes and conclusion were recorded on 2023-03-20 (thematic) is not stated",
        "whether minutes and conclusion were recorded on 2023-06-06 (regular) is not stated",
    ]


def test_the_order_of_the_log_does_not_change_the_facts() -> None:
    forwards = cell_year(members=MEMBERS, meetings=LOG)
    backwards = cell_year(members=MEMBERS, meetings=list(reversed(LOG)))
    for name in MEETING_FACTS:
        assert FACTS[name].compute(forwards) == FACTS[name].compute(backwards), name


# --- the window and the year in progress -----------------------------------------------


EXEMPT_IN_MARCH = [
    member_of("A"),
    member_of("B", exempt=[{"from": "2023-03-01", "to": "2023-03-31", "reason": "ốm dài ngày"}]),
    member_of("C"),
]


def _meeting(day: str, absent: dict[str, str]) -> dict[str, object]:
    return {"date": day, "kind": "regular", "duration": 120, "absent": absent}


def test_a_member_exempt_that_day_is_never_counted_absent_even_when_listed() -> None:
    cell = cell_between(
        members=EXEMPT_IN_MARCH,
        meetings=[
            _meeting("2023-03-10", {"B": "unexcused"}),  # exempt that day: not counted
            _meeting("2023-04-10", {"B": "unexcused"}),  # no longer exempt: counted
        ],
    )
    rate, unexcused = attendance(cell), unexcused_absences(cell)
    assert isinstance(rate, Share)
    assert isinstance(unexcused, Count)
    # 10 March: A and C expected, both present; 10 April: 2 of 3 present
    assert rate.low == (Fraction(1) + Fraction(2, 3)) / 2
    assert [m.arg("day").isoformat() for m in unexcused.found] == ["2023-04-10"]  # type: ignore[attr-defined]


def test_someone_not_a_member_that_day_is_not_counted_absent() -> None:
    members = [member_of("A"), member_of("N", admitted="2023-05-01", full_member=None)]
    cell = cell_between(members=members, meetings=[_meeting("2023-03-10", {"N": "unexcused"})])
    unexcused = unexcused_absences(cell)
    assert isinstance(unexcused, Count)
    assert unexcused.found == ()


# --- the competent committee's rules for small cells, and documents sent ahead -------------


def small_rules(fewer_than: int, regular_every: int, thematic_every: int) -> Any:
    from .kit import shipped_rules

    rules = shipped_rules()
    small = rules.small_cells.model_copy(
        update={
            "fewer_than": fewer_than,
            "regular_every": regular_every,
            "thematic_every": thematic_every,
        }
    )
    return rules.model_copy(update={"small_cells": small})


EVERY_OTHER_MONTH = [
    {"date": f"2023-{m:02d}-10", "kind": "regular", "duration": 90} for m in (1, 3, 5, 8, 12)
]


def test_a_small_cell_meets_as_often_as_the_competent_committee_says() -> None:
    members = [member_of("M1"), member_of("M2"), member_of("M3")]
    rules = small_rules(fewer_than=5, regular_every=2, thematic_every=6)
    small = cell_year(members=members, meetings=EVERY_OTHER_MONTH, rules=rules)
    regular = months_without_regular_meeting(small)
    assert isinstance(regular, Count)
    assert words(regular.found) == ["no regular meeting from September 2023 to October 2023"]
    assert regular.measured is not None
    assert words((regular.measured,), "vi") == ["5/6 đợt 2 tháng"]
    thematic = quarters_without_thematic_meeting(small)
    assert isinstance(thematic, Count)
    assert words(thematic.found, "vi") == [
        "không sinh hoạt chuyên đề từ tháng 1/2023 đến tháng 6/2023",
        "không sinh hoạt chuyên đề từ tháng 7/2023 đến tháng 12/2023",
    ]
    # a cell as big as the rule's bound meets monthly and quarterly, as every cell does
    bigger = cell_year(members=[*members, member_of("M4"), member_of("M5")],
                       meetings=EVERY_OTHER_MONTH, rules=rules)  # fmt: skip
    monthly = months_without_regular_meeting(bigger)
    assert isinstance(monthly, Count)
    assert len(monthly.found) == 7
    # by default no cell is small
    assert (
        len(
            _found(
                months_without_regular_meeting(
                    cell_year(members=members, meetings=EVERY_OTHER_MONTH)
                )
            )
        )
        == 7
    )


def _found(fact: object) -> tuple[object, ...]:
    assert isinstance(fact, Count)
    return fact.found


def test_a_stretch_not_ended_yet_is_not_due() -> None:
    rules = small_rules(fewer_than=5, regular_every=5, thematic_every=3)
    members = [member_of("M1")]
    early = cell_between(
        date(2023, 1, 1), date(2023, 7, 20), members=members, meetings=[], rules=rules
    )
    found = months_without_regular_meeting(early)
    assert isinstance(found, Count)
    assert words(found.found) == [
        "no regular meeting from January 2023 to May 2023"
    ]  # June: not due
    short = small_rules(fewer_than=5, regular_every=1, thematic_every=12)
    halfway = cell_between(
        date(2023, 1, 1), date(2023, 7, 20), members=members, meetings=[], rules=short
    )
    assert isinstance(quarters_without_thematic_meeting(halfway), NotApplicable)


def test_documents_sent_ahead_is_an_optional_fact() -> None:
    log: list[dict[str, Any]] = [
        {"date": "2023-01-10", "kind": "regular", "documents_sent": True},
        {"date": "2023-02-10", "kind": "regular", "documents_sent": False},
        {"date": "2023-03-10", "kind": "thematic"},
    ]
    found = meetings_without_documents_sent(cell_year(members=MEMBERS, meetings=log))
    assert isinstance(found, Count)
    assert words(found.found) == ["documents not sent ahead for the regular meeting of 2023-02-10"]
    assert words(found.unknown, "vi") == [
        "chưa ghi việc gửi trước tài liệu buổi sinh hoạt chuyên đề ngày 10/03/2023"
    ]
    never_said = [{"date": "2023-01-10", "kind": "regular"}]
    assert meetings_without_documents_sent(cell_year(members=MEMBERS, meetings=never_said)) is None
    assert isinstance(meetings_without_documents_sent(cell_year(meetings=None)), Missing)
