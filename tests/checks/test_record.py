"""An annual record: dates near its year, inspections within the plan, assessed points only for
the rubric's assessed criteria and within their maximum."""

from __future__ import annotations

from typing import Any

import pytest

from fourgood.checks.record import (
    assessed_points_fit_the_rubric,
    dates_near_the_year,
    inspections_within_the_plan,
)
from fourgood.checks.subjects import RecordFile
from fourgood.errors import Anchor
from fourgood.models.record import AnnualRecord
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model

from .kit import said


def _rubric() -> Rubric:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric


RUBRIC = _rubric()
FAR = "this date is too far from 2023, the year of this record"


def subject(rubric: Rubric | None = RUBRIC, **record: Any) -> RecordFile:
    return RecordFile(2023, AnnualRecord.model_validate(record), "record-2023.yaml", rubric)


@pytest.mark.parametrize(
    ("day", "ok"),
    [("2022-01-01", True), ("2021-12-31", False), ("2023-12-31", True), ("2024-01-01", False)],
)
def test_the_work_programme_from_the_year_before_to_the_years_end(day: str, ok: bool) -> None:
    problems = said(list(dates_near_the_year(subject(work_programme=day))))
    assert problems == ([] if ok else [("error", FAR, ("work_programme",))])


@pytest.mark.parametrize(
    ("day", "ok"),
    [("2023-01-01", True), ("2022-12-31", False), ("2024-03-31", True), ("2024-04-01", False)],
)
def test_the_review_in_the_year_or_up_to_march_after(day: str, ok: bool) -> None:
    problems = said(list(dates_near_the_year(subject(self_criticism=day))))
    assert problems == ([] if ok else [("error", FAR, ("self_criticism",))])


def test_not_adopted_and_not_held_have_no_date_to_check() -> None:
    assert list(dates_near_the_year(subject(work_programme=False, self_criticism=False))) == []


def test_an_incident_of_another_year_is_a_warning() -> None:
    incidents = [
        {"date": "2023-06-01", "kind": "breach_of_law"},
        {"date": "2022-12-31", "kind": "breach_of_law"},
    ]
    assert said(list(dates_near_the_year(subject(incidents=incidents)))) == [
        ("warning", "this incident is not in 2023; it is not counted", ("incidents", 1, "date"))
    ]


def test_more_inspections_done_than_planned() -> None:
    assert said(
        list(inspections_within_the_plan(subject(inspection={"planned": 2, "done": 3})))
    ) == [("warning", "more inspections done than planned", ("inspection", "done"))]
    assert list(inspections_within_the_plan(subject(inspection={"planned": 2, "done": 2}))) == []
    assert list(inspections_within_the_plan(subject())) == []


def test_assessed_points_for_assessed_criteria_within_their_maximum() -> None:
    assessed = {
        "P4": {"points": 20, "note": "Dẫn đầu"},
        "S5": {"points": 21, "note": "Quá"},
        "P1": {"points": 5, "note": "Not assessed"},
    }
    problems = list(assessed_points_fit_the_rubric(subject(assessed=assessed)))
    assert said(problems) == [
        (
            "error",
            "'P1' is not an assessed criterion of rubric '4good' (assessed: P4, S5)",
            ("assessed", "P1"),
        ),
        ("error", "S5 is worth at most 20 points", ("assessed", "S5", "points")),
    ]
    assert [p.anchor for p in problems] == [Anchor.KEY, Anchor.VALUE]


def test_without_a_rubric_assessed_points_are_not_checked() -> None:
    record = {"assessed": {"X9": {"points": 100, "note": "?"}}}
    assert list(assessed_points_fit_the_rubric(subject(None, **record))) == []
