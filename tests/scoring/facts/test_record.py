"""Facts read from the annual record; a fact the record leaves out is missing evidence."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from fourgood.scoring.facts import FACTS
from fourgood.scoring.facts.record import (
    incidents,
    inspection_done,
    key_tasks_not_completed,
    mass_organisations_below_httnv,
    self_criticism_held,
    targets_achieved,
    work_programme,
)
from fourgood.scoring.values import Count, OnDate, Ratio, Share, YesNo

from .kit import cell_year, words

RECORD_FACTS = [
    "work_programme",
    "targets_achieved",
    "key_tasks_not_completed",
    "mass_organisations_below_httnv",
    "incidents",
    "inspection_done",
    "self_criticism_held",
]


@pytest.mark.parametrize("name", RECORD_FACTS)
def test_without_a_record_or_the_entry_the_evidence_is_missing(name: str) -> None:
    assert FACTS[name].compute(cell_year(record=None)) is None
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
