"""A meeting's rating (recorded, or from its score sheet by the cut-offs) and the year's meeting
quality by the rubric's levels."""

from __future__ import annotations

from typing import Any

import pytest

from fourgood.models.meetings import Meeting, MeetingRating
from fourgood.models.rubric import MeetingRules, Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.meeting_quality import meeting_rating, year_quality
from tests.scoring.kit import shipped


def _rules() -> MeetingRules:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    loaded = load_model(str(path), str(path), Rubric)
    assert loaded.model is not None, loaded.problems
    return loaded.model.meetings


RULES = _rules()


def _meeting(**fields: Any) -> Meeting:
    return Meeting.model_validate({"date": "2023-05-10", "kind": "regular", **fields})


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (100, "good"),
        (90, "good"),
        (89, "fair"),
        (70, "fair"),
        (69, "average"),
        (50, "average"),
        (49, "poor"),
        (0, "poor"),
    ],
)
def test_meeting_rating_from_the_sheet_total(total: int, expected: str) -> None:
    sheet = {"conduct": min(total, 40), "resolution_results": max(0, min(total - 40, 30))}
    rest = total - sum(sheet.values())
    for item, top in (
        ("preparation", 10),
        ("time_duration", 5),
        ("attendance", 5),
        ("principles", 5),
        ("closing", 5),
    ):
        sheet[item] = min(rest, top)
        rest -= sheet[item]
    assert sum(sheet.values()) == total
    assert meeting_rating(_meeting(sheet=sheet), RULES) == expected


def test_a_recorded_rating_wins_over_the_sheet() -> None:
    assert meeting_rating(_meeting(rating="fair", sheet={"conduct": 40}), RULES) == "fair"
    assert meeting_rating(_meeting(), RULES) is None


def test_binh_thuan_condition_turns_good_into_fair_without_full_marks() -> None:
    rules = RULES.model_copy(update={"good_requires_full": ["attendance"]})
    full = {"preparation": 15, "attendance": 20, "conduct": 45, "closing": 20}
    assert meeting_rating(_meeting(sheet=full), rules) == "good"
    assert meeting_rating(_meeting(sheet={**full, "attendance": 19}), rules) == "fair"
    assert meeting_rating(_meeting(sheet={**full, "attendance": 19}), RULES) == "good"


def test_the_full_marks_are_those_of_the_sheet_in_force_that_day() -> None:
    rules = shipped("4good-2025.yaml").meetings.model_copy(
        update={"good_requires_full": ["attendance"]}
    )
    old = {"preparation": 15, "attendance": 5, "conduct": 45, "closing": 20}  # 85: fair anyway
    new = {"time_duration": 5, "attendance": 5, "preparation": 10, "conduct": 40,
           "principles": 5, "resolution_results": 30, "closing": 5}  # fmt: skip
    on = {"kind": "regular"}
    assert (
        meeting_rating(Meeting.model_validate({**on, "date": "2025-10-27", "sheet": old}), rules)
        == "fair"
    )
    assert (
        meeting_rating(Meeting.model_validate({**on, "date": "2025-10-28", "sheet": new}), rules)
        == "good"
    )


@pytest.mark.parametrize(
    ("ratings", "months", "expected"),
    [
        (["good"] * 7 + ["fair"] * 5, 12, "good"),
        (["good"] * 6 + ["fair"] * 6, 12, "fair"),  # one Good short
        (["good"] * 11 + ["average"], 12, "fair"),  # one Average: not every meeting Fair
        (["good"] * 11 + ["poor"], 12, "average"),  # one Poor: not every meeting Average
        (["poor"] * 7 + ["good"] * 5, 12, "poor"),  # fewer than half Average or better
        (["good"] * 4 + ["fair"] * 2, 6, "good"),  # 7 of 12 scaled to 6 months: 4
        (["good"] * 3 + ["fair"] * 3, 6, "fair"),
    ],
)
def test_year_quality_rule(ratings: list[str], months: int, expected: str) -> None:
    assert year_quality(ratings, months, RULES) == expected  # type: ignore[arg-type]


def test_an_unrated_meeting_without_a_sheet_has_no_rating() -> None:
    assert meeting_rating(_meeting(), RULES) is None
    assert meeting_rating(_meeting(sheet={}), RULES) == "poor"  # a sheet of nothing: 0 points


@pytest.mark.parametrize(
    ("total", "expected"), [(95, "good"), (94, "fair"), (80, "fair"), (79, "average")]
)
def test_cut_offs_are_the_rubrics(total: int, expected: str) -> None:
    cutoffs = RULES.cutoffs.model_copy(update={"good": 95, "fair": 80})
    rules = RULES.model_copy(update={"cutoffs": cutoffs})
    assert meeting_rating(_meeting(sheet={"conduct": total}), rules) == expected


def test_good_requires_full_marks_on_items_the_sheet_has() -> None:
    rules = RULES.model_copy(update={"good_requires_full": ["not-an-item"]})
    full = {
        "conduct": 40,
        "resolution_results": 30,
        "preparation": 10,
        "closing": 5,
        "attendance": 5,
        "principles": 5,
        "time_duration": 5,
    }
    assert meeting_rating(_meeting(sheet=full), rules) == "fair"  # a condition never met


def test_the_first_level_that_holds_is_given() -> None:
    assert year_quality(["good"] * 12, 12, RULES) == "good"
    assert year_quality(["good"], 1, RULES) == "good"  # 7 of 12 scaled to 1 month: 1
    assert year_quality(["fair"], 1, RULES) == "fair"


def test_a_share_counts_meetings_at_the_rating_or_better() -> None:
    # half the meetings Average or better: Average (the share is inclusive)
    fair: list[MeetingRating] = ["fair"]
    poor: list[MeetingRating] = ["poor"]
    half = fair * 6 + poor * 6
    assert year_quality(half, 12, RULES) == "average"
    less = fair * 5 + poor * 7
    assert year_quality(less, 12, RULES) == "poor"


def test_the_level_when_none_holds_is_the_rubrics() -> None:
    rules = RULES.model_copy(update={"year_otherwise": "average"})
    assert year_quality(["poor"] * 12, 12, rules) == "average"
