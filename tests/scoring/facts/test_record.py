"""Facts read from the annual record; a fact the record leaves out is missing evidence."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from fourgood.scoring.facts import FACTS
from fourgood.scoring.facts.record import (
    incidents,
    inspection_done,
    key_tasks_not_completed,
    mass_organisations_below_httnv,
    self_criticism_held,
    targets_achieved,
    tasks_done,
    tasks_exceeded,
    tasks_on_time,
    work_programme,
)
from fourgood.scoring.values import Count, Missing, NotApplicable, OnDate, Ratio, Share, YesNo

from .kit import cell_between, cell_year, words

RECORD_FACTS = [
    "work_programme",
    "targets_achieved",
    "key_tasks_not_completed",
    "mass_organisations_below_httnv",
    "incidents",
    "inspection_done",
    "self_criticism_held",
    "tasks_done",
    "tasks_on_time",
    "tasks_exceeded",
]


@pytest.mark.parametrize("name", RECORD_FACTS)
def test_without_a_record_or_the_entry_the_evidence_is_missing(name: str) -> None:
    absent = FACTS[name].compute(cell_year(record=None))
    assert isinstance(absent, Missing)
    assert words((absent.reason,), "vi") == [
        "không có căn cứ: chưa có hồ sơ năm 2023 (record-2023.yaml)"
    ]
    assert FACTS[name].compute(cell_year(record={})) is None


def test_the_work_programme_day_or_not_adopted() -> None:
    assert work_programme(cell_year(record={"work_programme": "2023-01-10"})) == OnDate(
        date(2023, 1, 10)
    )
    assert work_programme(cell_year(record={"work_programme": False})) == OnDate(None)


def test_the_share_of_targets_achieved() -> None:
    record = {
        "targets": [
            {"name": "Hồ sơ đúng hạn", "achieved": True},
            {"name": "Phổ biến pháp luật", "achieved": False},
            {"name": "Chuyển đổi số", "achieved": True},
        ]
    }
    fact = targets_achieved(cell_year(record=record))
    assert isinstance(fact, Share)
    assert (fact.low, fact.high) == (Fraction(2, 3), Fraction(2, 3))
    assert words((fact.measured,)) == ["2 of 3 targets achieved"]
    assert words(fact.shortfalls, "vi") == ["chỉ tiêu không đạt: Phổ biến pháp luật"]
    assert targets_achieved(cell_year(record={"targets": []})) is None  # nothing to share


def test_key_tasks_not_completed() -> None:
    record = {
        "key_tasks": [
            {"name": "Nghị quyết Đại hội", "completed": True},
            {"name": "Chuyển đổi số", "completed": False},
        ]
    }
    fact = key_tasks_not_completed(cell_year(record=record))
    assert isinstance(fact, Count)
    assert words(fact.found) == ["key task not completed: Chuyển đổi số"]
    assert fact.measured is not None
    assert words((fact.measured,)) == ["1 of 2 key tasks completed"]
    none = key_tasks_not_completed(cell_year(record={"key_tasks": []}))
    assert isinstance(none, Count)
    assert none.found == ()  # none set: nothing lost


def test_mass_organisations_below_httnv_in_a_fixed_order() -> None:
    record = {
        "mass_organisations": {
            "youth_union": "HTNV",
            "trade_union": "KHTNV",
            "women_union": "HTTNV",
            "veterans_association": "HTXSNV",
        }
    }
    fact = mass_organisations_below_httnv(cell_year(record=record))
    assert isinstance(fact, Count)
    assert words(fact.found) == ["the trade union rated KHTNV", "the youth union rated HTNV"]


def test_incidents_dated_in_the_year_only() -> None:
    record = {
        "incidents": [
            {"date": "2023-09-01", "kind": "complaint_past_level"},
            {"date": "2022-12-31", "kind": "breach_of_law"},
            {"date": "2023-03-05", "kind": "breach_of_law", "note": "x"},
        ]
    }
    fact = incidents(cell_year(record=record))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "a breach of law on 2023-03-05",
        "a complaint sent past the proper level on 2023-09-01",
    ]
    assert incidents(cell_year(record={"incidents": []})) == Count(())  # none: recorded


def test_inspections_done_of_those_planned() -> None:
    fact = inspection_done(cell_year(record={"inspection": {"planned": 4, "done": 3}}))
    assert fact == Ratio(done=3, planned=4)


def test_the_self_criticism_review_held_and_when() -> None:
    held = self_criticism_held(cell_year(record={"self_criticism": "2023-12-20"}))
    assert held == YesNo(True, date(2023, 12, 20))
    assert self_criticism_held(cell_year(record={"self_criticism": False})) == YesNo(False, None)


# --- the window and the year in progress -----------------------------------------------


JOINED_APRIL = date(2023, 4, 1)
JUNE = date(2023, 6, 30)
INCIDENTS = {"incidents": [{"date": "2023-02-10", "kind": "breach_of_law"},
                           {"date": "2023-09-01", "kind": "complaint_past_level"}]}  # fmt: skip


def test_incidents_count_only_inside_the_window() -> None:
    whole = incidents(cell_between(record=INCIDENTS))
    joined_late = incidents(cell_between(start=JOINED_APRIL, record=INCIDENTS))
    so_far = incidents(cell_between(end=JUNE, record=INCIDENTS))
    assert isinstance(whole, Count)
    assert isinstance(joined_late, Count)
    assert isinstance(so_far, Count)
    assert len(whole.found) == 2
    assert [m.arg("day") for m in joined_late.found] == [date(2023, 9, 1)]
    assert [m.arg("day") for m in so_far.found] == [date(2023, 2, 10)]


def test_no_incidents_recorded_is_not_none_recorded() -> None:
    assert incidents(cell_between(record={})) is None
    empty = incidents(cell_between(record={"incidents": []}))
    assert isinstance(empty, Count)
    assert empty.found == ()


def test_the_review_counts_inside_the_window_or_early_in_the_next_year() -> None:
    def held(day: str, start: date = date(2023, 1, 1)) -> object:
        return self_criticism_held(cell_between(start=start, record={"self_criticism": day}))

    assert held("2023-12-20") == YesNo(True, date(2023, 12, 20))
    assert held("2024-03-31") == YesNo(True, date(2024, 3, 31))  # the review of 2023, held late
    assert held("2024-04-01") == YesNo(False)
    assert held("2023-03-01", start=JOINED_APRIL) == YesNo(False)  # before the cell took part


def test_while_the_year_is_in_progress_a_review_not_held_yet_is_not_due() -> None:
    future = self_criticism_held(cell_between(end=JUNE, record={"self_criticism": "2023-12-20"}))
    assert isinstance(future, NotApplicable)
    assert future.reason.key == "na.review_not_due"
    not_held = self_criticism_held(cell_between(end=JUNE, record={"self_criticism": False}))
    assert isinstance(not_held, NotApplicable)
    held = self_criticism_held(cell_between(end=JUNE, record={"self_criticism": "2023-06-30"}))
    assert held == YesNo(True, date(2023, 6, 30))


def test_a_programme_adopted_after_the_window_is_not_adopted_yet() -> None:
    record = {"work_programme": "2023-02-10"}
    assert work_programme(cell_between(record=record)) == OnDate(date(2023, 2, 10))
    assert work_programme(cell_between(end=date(2023, 2, 9), record=record)) == OnDate(None)
    assert work_programme(cell_between(record={"work_programme": False})) == OnDate(None)


# --- the year's tasks, as the classification of 2025 onward reads them ----------------------


TASKS = {
    "targets": [
        {"name": "Chỉ tiêu 1", "achieved": True, "on_time": True, "exceeded": True},
        {"name": "Chỉ tiêu 2", "achieved": True, "on_time": False, "exceeded": False},
        {"name": "Chỉ tiêu 3", "achieved": False},
    ],
    "key_tasks": [
        {"name": "Nhiệm vụ 1", "completed": True, "on_time": True},
    ],
}


def test_the_tasks_are_the_targets_and_the_key_tasks() -> None:
    done = tasks_done(cell_year(record=TASKS))
    assert isinstance(done, Share)
    assert (done.low, done.high) == (Fraction(3, 4), Fraction(3, 4))
    assert words(done.shortfalls) == ["not done: Chỉ tiêu 3"]
    assert words((done.measured,), "vi") == ["3/4 nhiệm vụ"]


def test_on_time_reads_the_timing_of_each_task_done() -> None:
    on_time = tasks_on_time(cell_year(record=TASKS))
    assert isinstance(on_time, Share)
    assert (on_time.low, on_time.high) == (Fraction(2, 4), Fraction(2, 4))
    assert words(on_time.shortfalls) == ["done late: Chỉ tiêu 2", "not done: Chỉ tiêu 3"]
    unrecorded = {"key_tasks": [{"name": "Nhiệm vụ 1", "completed": True}]}
    unknown = tasks_on_time(cell_year(record=unrecorded))
    assert isinstance(unknown, Share)
    assert (unknown.low, unknown.high) == (Fraction(0), Fraction(1))
    assert words(unknown.unknown) == [
        "whether it was done on time is not recorded (on_time): Nhiệm vụ 1"
    ]


def test_exceeded_counts_the_tasks_done_beyond_what_was_set() -> None:
    exceeded = tasks_exceeded(cell_year(record=TASKS))
    assert isinstance(exceeded, Share)
    assert (exceeded.low, exceeded.high) == (Fraction(1, 4), Fraction(2, 4))  # Nhiệm vụ 1 unknown
    assert words(exceeded.unknown, "vi") == ["chưa ghi có vượt hay không (exceeded): Nhiệm vụ 1"]


@pytest.mark.parametrize("compute", [tasks_done, tasks_on_time, tasks_exceeded])
def test_no_tasks_is_missing_evidence(compute: Any) -> None:
    assert compute(cell_year(record={"incidents": []})) is None
    assert compute(cell_year(record={"targets": [], "key_tasks": []})) is None
    assert isinstance(compute(cell_year(record=None)), Missing)
