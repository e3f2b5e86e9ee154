"""Facts of the annual record, each counted only inside the cell's window."""

from __future__ import annotations

from datetime import date

from fourgood.scoring.facts.record import incidents, self_criticism_held, work_programme
from fourgood.scoring.values import Count, NotApplicable, OnDate, YesNo

from .kit import cell_year

JOINED_APRIL = date(2023, 4, 1)
JUNE = date(2023, 6, 30)
INCIDENTS = {"incidents": [{"date": "2023-02-10", "kind": "breach_of_law"},
                           {"date": "2023-09-01", "kind": "complaint_past_level"}]}  # fmt: skip


def test_incidents_count_only_inside_the_window() -> None:
    whole = incidents(cell_year(record=INCIDENTS))
    joined_late = incidents(cell_year(start=JOINED_APRIL, record=INCIDENTS))
    so_far = incidents(cell_year(end=JUNE, record=INCIDENTS))
    assert isinstance(whole, Count)
    assert isinstance(joined_late, Count)
    assert isinstance(so_far, Count)
    assert len(whole.found) == 2
    assert [m.arg("day") for m in joined_late.found] == [date(2023, 9, 1)]
    assert [m.arg("day") for m in so_far.found] == [date(2023, 2, 10)]


def test_no_incidents_recorded_is_not_none_recorded() -> None:
    assert incidents(cell_year(record={})) is None
    empty = incidents(cell_year(record={"incidents": []}))
    assert isinstance(empty, Count)
    assert empty.found == ()


def test_the_review_counts_inside_the_window_or_early_in_the_next_year() -> None:
    def held(day: str, start: date = date(2023, 1, 1)) -> object:
        return self_criticism_held(cell_year(start=start, record={"self_criticism": day}))

    assert held("2023-12-20") == YesNo(True, date(2023, 12, 20))
    assert held("2024-03-31") == YesNo(True, date(2024, 3, 31))  # the review of 2023, held late
    assert held("2024-04-01") == YesNo(False)
    assert held("2023-03-01", start=JOINED_APRIL) == YesNo(False)  # before the cell took part


def test_while_the_year_is_in_progress_a_review_not_held_yet_is_not_due() -> None:
    future = self_criticism_held(cell_year(end=JUNE, record={"self_criticism": "2023-12-20"}))
    assert isinstance(future, NotApplicable)
    assert future.reason.key == "na.review_not_due"
    not_held = self_criticism_held(cell_year(end=JUNE, record={"self_criticism": False}))
    assert isinstance(not_held, NotApplicable)
    held = self_criticism_held(cell_year(end=JUNE, record={"self_criticism": "2023-06-30"}))
    assert held == YesNo(True, date(2023, 6, 30))


def test_a_programme_adopted_after_the_window_is_not_adopted_yet() -> None:
    record = {"work_programme": "2023-02-10"}
    assert work_programme(cell_year(record=record)) == OnDate(date(2023, 2, 10))
    assert work_programme(cell_year(end=date(2023, 2, 9), record=record)) == OnDate(None)
    assert work_programme(cell_year(record={"work_programme": False})) == OnDate(None)
