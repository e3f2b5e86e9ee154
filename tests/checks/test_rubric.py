"""Rubric files: unique ids, overrides of real criteria, rules that read known facts of the right
kind, contents adding up to 100 for every type, sound meeting rules; unique rubric ids."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from fourgood.checks.rubric import (
    contents_add_up_to_100,
    meeting_rules_are_sound,
    rules_are_sound,
    unique_ids,
    unique_rubric_ids,
)
from fourgood.checks.subjects import RubricFile, RubricSet
from fourgood.errors import sorted_problems
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.rubrics import RubricSource

from .kit import Said, said

LABEL = {"vi": "Nhãn", "en": "Label"}
ITEM = {"max": 50, "label": LABEL}


def criterion(id: str, top: int, rule: dict[str, Any]) -> dict[str, Any]:
    return {"id": id, "label": LABEL, "max": top, "rule": rule}


SMALL: dict[str, Any] = {
    "id": "mine",
    "version": "1",
    "years": [2025],
    "cell_types": ["agency", "enterprise"],
    "label": LABEL,
    "meetings": {
        "sheet": "s",
        "sheets": {"s": {"label": LABEL, "items": {"a": ITEM, "b": ITEM}}},
        "year_quality": [{"level": "good"}],
    },
    "contents": [
        {
            "id": "P",
            "label": LABEL,
            "criteria": [
                criterion("P1", 60, {"kind": "deduct", "fact": "incidents", "per": 10}),
                criterion("P2", 40, {"kind": "yes_no", "fact": "self_criticism_held", "yes": 40}),
            ],
        },
        {"id": "S", "label": LABEL, "criteria": [criterion("S1", 100, {"kind": "assessed"})]},
    ],
}


def checked(
    check: Callable[[RubricFile], Any], change: Callable[[dict[str, Any]], object]
) -> list[Said]:
    data = copy.deepcopy(SMALL)
    change(data)
    problems = check(RubricFile(Rubric.model_validate(data), "rubrics/mine.yaml"))
    return said(list(dict.fromkeys(problems)))  # reported once, as the data set reports them


def nothing(data: dict[str, Any]) -> None:
    pass


def test_the_shipped_rubric_and_a_small_one_are_sound() -> None:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    shipped = load_model(str(path), str(path), Rubric).model
    assert shipped is not None
    for check in (unique_ids, rules_are_sound, contents_add_up_to_100, meeting_rules_are_sound):
        assert list(check(RubricFile(shipped, str(path)))) == [], check.__name__
        assert checked(check, nothing) == [], check.__name__


def test_content_and_criterion_ids_are_unique() -> None:
    def twice(data: dict[str, Any]) -> None:
        data["contents"][1]["id"] = "P"
        data["contents"][1]["criteria"][0]["id"] = "P1"

    assert checked(unique_ids, twice) == [
        ("error", "the id 'P' is used twice in this rubric", ("contents", 1, "id")),
        ("error", "the id 'P1' is used twice in this rubric", ("contents", 1, "criteria", 0, "id")),
    ]


def test_overrides_name_real_criteria() -> None:
    def override(data: dict[str, Any]) -> None:
        data["types"] = {"agency": {"P9": {"max": 5}, "P1": {"max": 60}}}

    assert checked(unique_ids, override) == [
        ("error", "'P9' is not a criterion of this rubric", ("types", "agency", "P9"))
    ]


def test_a_rule_reads_a_known_fact_of_a_kind_it_accepts() -> None:
    def unknown(data: dict[str, Any]) -> None:
        data["contents"][0]["criteria"][0]["rule"]["fact"] = "incidnets"

    (problem,) = checked(rules_are_sound, unknown)
    assert problem[0] == "error"
    assert problem[1].startswith("P1: unknown fact 'incidnets'; known facts: attendance, ")
    assert problem[2] == ("contents", 0, "criteria", 0, "rule", "fact")

    def wrong_kind(data: dict[str, Any]) -> None:
        data["contents"][0]["criteria"][0]["rule"]["fact"] = "attendance"

    assert checked(rules_are_sound, wrong_kind) == [
        (
            "error",
            "P1: a 'deduct' rule cannot read 'attendance', which is a share",
            ("contents", 0, "criteria", 0, "rule", "fact"),
        )
    ]


def test_a_deduction_reads_a_count() -> None:
    def minus(data: dict[str, Any]) -> None:
        data["contents"][0]["criteria"][0] = criterion(
            "P1",
            60,
            {
                "kind": "bands",
                "fact": "attendance",
                "bands": [{"at_least": 90, "points": 60}],
                "otherwise": 0,
                "minus": {"fact": "attendance", "per": 1},
            },
        )

    assert checked(rules_are_sound, minus) == [
        (
            "error",
            "P1: 'minus' needs a count fact, not 'attendance'",
            ("contents", 0, "criteria", 0, "rule", "minus", "fact"),
        )
    ]


def test_a_problem_every_type_sees_at_one_place_is_one_problem() -> None:
    data = copy.deepcopy(SMALL)
    data["contents"][0]["criteria"][0]["rule"]["fact"] = "attendance"
    found = list(rules_are_sound(RubricFile(Rubric.model_validate(data), "rubrics/mine.yaml")))
    assert len(found) == 2  # once for agency cells, once for enterprise cells ...
    assert len(sorted_problems(found)) == 1  # ... and reported once


def test_a_rule_changed_for_a_type_is_reported_where_the_change_is_written() -> None:
    def override(data: dict[str, Any]) -> None:
        data["types"] = {
            "enterprise": {
                "P2": {"rule": {"kind": "yes_no", "fact": "self_criticism_held", "yes": 50}}
            }
        }

    assert checked(rules_are_sound, override) == [
        (
            "error",
            "P2: points above the criterion's maximum of 40",
            ("types", "enterprise", "P2", "rule", "yes"),
        )
    ]


def test_contents_add_up_to_100_for_every_type() -> None:
    def short(data: dict[str, Any]) -> None:
        data["contents"][0]["criteria"][1]["max"] = 30

    assert checked(contents_add_up_to_100, short) == [
        ("error", "the maxima of content P add up to 90, not 100", ("contents", 0, "id"))
    ]

    def for_one_type(data: dict[str, Any]) -> None:
        data["types"] = {"enterprise": {"P2": {"max": 35}}}

    assert checked(contents_add_up_to_100, for_one_type) == [
        (
            "error",
            "the maxima of content P add up to 95 for enterprise cells, not 100",
            ("types", "enterprise"),
        )
    ]


def test_meeting_rules() -> None:
    def broken(data: dict[str, Any]) -> None:
        data["meetings"]["sheet"] = "t"
        data["meetings"]["sheets"]["s"]["items"]["b"] = {"max": 40, "label": LABEL}
        data["meetings"]["cutoffs"] = {"good": 70, "fair": 70, "average": 50}

    assert checked(meeting_rules_are_sound, broken) == [
        ("error", "no score sheet named 't' under sheets:", ("meetings", "sheet")),
        ("error", "the items of sheet 's' add up to 90, not 100", ("meetings", "sheets", "s")),
        ("error", "the cut-offs must satisfy good > fair > average", ("meetings", "cutoffs")),
    ]

    def full_marks_on(data: dict[str, Any]) -> None:
        data["meetings"]["good_requires_full"] = ["a", "c"]

    assert checked(meeting_rules_are_sound, full_marks_on) == [
        ("error", "'c' is not an item of sheet 's'", ("meetings", "good_requires_full", 1))
    ]


def test_rubric_ids_are_unique_among_the_blocs_and_among_the_shipped() -> None:
    rubric = Rubric.model_validate(SMALL)
    sources = [
        RubricSource(rubric, "rubrics/b.yaml", shipped=False),
        RubricSource(rubric, "rubrics/a.yaml", shipped=False),
        RubricSource(rubric, "shipped/mine.yaml", shipped=True),  # replaced, not a duplicate
    ]
    problems = list(unique_rubric_ids(RubricSet(sources)))
    assert [p.file for p in problems] == ["rubrics/b.yaml"]
    assert said(problems) == [("error", "rubric id 'mine' is also used by rubrics/a.yaml", ("id",))]
