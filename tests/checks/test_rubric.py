"""Rubric files: a period in force, unique ids, overrides of real criteria, rules that read known
facts of the right kind, contents adding up to 100 for every type, sound meeting rules and score
sheets in force by date, sound classification rules; editions that never overlap."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from fourgood.checks.rubric import (
    classification_criteria_add_up,
    classification_levels_are_sound,
    contents_add_up_to_100,
    editions_do_not_overlap,
    in_force_for_a_period,
    meeting_rules_are_sound,
    rules_are_sound,
    sheets_in_force_by_date,
    unique_ids,
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


CHECKS = (
    in_force_for_a_period,
    unique_ids,
    rules_are_sound,
    contents_add_up_to_100,
    meeting_rules_are_sound,
    sheets_in_force_by_date,
    classification_levels_are_sound,
    classification_criteria_add_up,
)


def test_the_shipped_editions_and_a_small_rubric_are_sound() -> None:
    paths = sorted(shipped_rubrics_dir().glob("*.yaml"))
    assert [p.name for p in paths] == ["4good-2023.yaml", "4good-2025.yaml"]
    sources = []
    for path in paths:
        shipped = load_model(str(path), str(path), Rubric).model
        assert shipped is not None
        sources.append(RubricSource(shipped, str(path), shipped=True))
        for check in CHECKS:
            assert list(check(RubricFile(shipped, str(path)))) == [], (path.name, check.__name__)
    for check in CHECKS:
        assert checked(check, nothing) == [], check.__name__
    assert list(editions_do_not_overlap(RubricSet(sources))) == []


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


def test_a_rubric_says_when_it_is_in_force() -> None:
    def no_period(data: dict[str, Any]) -> None:
        del data["years"]

    assert checked(in_force_for_a_period, no_period) == [
        (
            "error",
            "this rubric does not say when it is in force: add in_force: {from: 2025} (a day or "
            "a year; to: for its last), or years: [...]",
            ("id",),
        )
    ]

    def both(data: dict[str, Any]) -> None:
        data["in_force"] = {"from": 2025}

    assert checked(in_force_for_a_period, both) == [
        ("error", "give the period in force once: in_force or years, not both", ("years",))
    ]

    def backwards(data: dict[str, Any]) -> None:
        del data["years"]
        data["in_force"] = {"from": "2025-06-01", "to": 2024}

    assert checked(in_force_for_a_period, backwards) == [
        (
            "error",
            "this period ends before it starts: 'to' must be on or after 'from'",
            ("in_force",),
        )
    ]


def _dated_sheets(data: dict[str, Any]) -> None:
    del data["meetings"]["sheet"]
    sheet = data["meetings"]["sheets"]["s"]
    data["meetings"]["sheets"] = {
        "old": {**sheet, "in_force": {"to": "2025-10-27"}},
        "new": {**sheet, "in_force": {"from": "2025-10-28"}},
    }


def test_score_sheets_in_force_by_date() -> None:
    assert checked(sheets_in_force_by_date, _dated_sheets) == []
    assert checked(meeting_rules_are_sound, _dated_sheets) == []

    def overlapping(data: dict[str, Any]) -> None:
        _dated_sheets(data)
        data["meetings"]["sheets"]["old"]["in_force"] = {"to": "2025-10-28"}

    assert checked(sheets_in_force_by_date, overlapping) == [
        (
            "error",
            "the old score sheet is in force on days the new sheet is too: a meeting is scored on "
            "one sheet; end one the day before the other starts",
            ("meetings", "sheets", "old", "in_force"),
        )
    ]

    def named_and_dated(data: dict[str, Any]) -> None:
        _dated_sheets(data)
        data["meetings"]["sheet"] = "new"

    assert checked(sheets_in_force_by_date, named_and_dated)[0][2] == ("meetings", "sheet")

    def neither(data: dict[str, Any]) -> None:
        del data["meetings"]["sheet"]

    assert checked(sheets_in_force_by_date, neither) == [
        (
            "error",
            "say which score sheet meetings are scored on: sheet: <id>, or in_force on each sheet",
            ("meetings",),
        )
    ]

    def full_marks(data: dict[str, Any]) -> None:
        _dated_sheets(data)
        data["meetings"]["sheets"]["new"]["items"] = {"a": ITEM, "c": ITEM}
        data["meetings"]["good_requires_full"] = ["a", "b"]

    assert checked(meeting_rules_are_sound, full_marks) == [
        ("error", "'b' is not an item of sheet 'new'", ("meetings", "good_requires_full", 1))
    ]


def source(file: str, shipped: bool = False, **changes: Any) -> RubricSource:
    data = {**copy.deepcopy(SMALL), **changes}
    if "in_force" in changes:
        del data["years"]
    return RubricSource(Rubric.model_validate(data), file, shipped=shipped)


def test_editions_for_a_cell_type_never_overlap() -> None:
    sources = [
        source("rubrics/b.yaml", in_force={"from": "2025-10-28"}),
        source("rubrics/a.yaml", years=[2024, 2025]),
        source("rubrics/c.yaml", in_force={"from": 2026}, cell_types=["public_service"]),
        source("rubrics/d.yaml", in_force={"from": 2026}),  # the agency cells of a and b
        source("shipped/mine.yaml", shipped=True),  # a bloc's rubric replaces it: no clash
    ]
    problems = list(editions_do_not_overlap(RubricSet(sources)))
    assert said(problems) == [
        (
            "error",
            "in force for agency, enterprise cells on the same days as rubrics/a.yaml "
            "(2025-10-28 to 2025-12-31): two editions of the rules must not overlap; end one the "
            "day before the other starts",
            ("in_force",),
        ),
        (
            "error",
            "in force for agency, enterprise cells on the same days as rubrics/b.yaml "
            "(2026-01-01 to 2100-12-31): two editions of the rules must not overlap; end one the "
            "day before the other starts",
            ("in_force",),
        ),
    ]
    assert [p.file for p in problems] == ["rubrics/b.yaml", "rubrics/d.yaml"]
    one_after_the_other = [
        source("rubrics/a.yaml", years=[2023, 2024]),
        source("rubrics/b.yaml", in_force={"from": "2025-01-01"}),
        source("rubrics/c.yaml", years=[2023, 2024]),  # in force in the same years as a ...
    ]
    assert [p.file for p in editions_do_not_overlap(RubricSet(one_after_the_other))] == [
        "rubrics/c.yaml"  # ... which is reported on the later file
    ]


def _classified(data: dict[str, Any]) -> None:
    data["classification"] = {
        "regulation": LABEL,
        "levels": [
            {"level": "HTXSNV", "at_least": 90,
             "conditions": [{"fact": "tasks_on_time", "at_least": 100, "label": LABEL}]},
            {"level": "HTTNV", "at_least": 70},
            {"level": "HTNV", "at_least": 50},
            {"level": "KHTNV"},
        ],
        "criteria": [
            criterion("K1", 60, {"kind": "levels", "fact": "four_good",
                                 "points": {"met": 60, "not_met": 30}}),
            criterion("K2", 40, {"kind": "deduct", "fact": "leadership_disciplined", "per": 20}),
        ],
    }  # fmt: skip


def test_classification_rules_are_sound() -> None:
    assert checked(classification_levels_are_sound, _classified) == []
    assert checked(classification_criteria_add_up, _classified) == []

    def out_of_order(data: dict[str, Any]) -> None:
        _classified(data)
        levels = data["classification"]["levels"]
        levels[1], levels[2] = levels[2], levels[1]
        levels[2]["at_least"] = 95
        del levels[1]["at_least"]
        levels[0]["conditions"] = [
            {"fact": "nope", "at_least": 1, "label": LABEL},
            {"fact": "tasks_done", "at_least": 100, "at_most": 100, "label": LABEL},
            {"fact": "tasks_done", "at_least": 101, "label": LABEL},
        ]

    found = checked(classification_levels_are_sound, out_of_order)
    assert [(text.split(":")[0].split(" ")[0], where) for _, text, where in found] == [
        ("'nope'", ("classification", "levels", 0, "conditions", 0, "fact")),
        ("a", ("classification", "levels", 0, "conditions", 1)),
        ("a", ("classification", "levels", 0, "conditions", 2, "at_least")),
        ("the", ("classification", "levels", 1, "level")),
        ("list", ("classification", "levels", 2, "level")),
        ("a", ("classification", "levels", 2, "at_least")),
    ]
    assert (
        found[3][1] == "the classification is on points: give HTNV the points it needs (at_least)"
    )

    def criteria_without_points(data: dict[str, Any]) -> None:
        _classified(data)
        for level in data["classification"]["levels"]:
            level.pop("at_least", None)
        data["classification"]["criteria"][0]["max"] = 50

    assert [w for _, w, _ in checked(classification_criteria_add_up, criteria_without_points)] == [
        "these criteria compute points, but no level needs points: give the levels at_least, or "
        "remove the criteria",
        "the classification's criteria add up to 90, not 100",
        "K1: points above the criterion's maximum of 50",  # its rule, checked as any criterion's
    ]


def test_the_4_good_result_is_read_only_by_the_classification() -> None:
    def circular(data: dict[str, Any]) -> None:
        data["contents"][1]["criteria"][0]["rule"] = {
            "kind": "levels",
            "fact": "four_good",
            "points": {"met": 100, "not_met": 0},
        }

    assert checked(rules_are_sound, circular) == [
        (
            "error",
            "S1: the fact 'four_good' is the 4 Good result itself, known only once the cell is "
            "scored: only the classification's criteria may read it",
            ("contents", 1, "criteria", 0, "rule", "fact"),
        )
    ]

    def same_id(data: dict[str, Any]) -> None:
        _classified(data)
        data["classification"]["criteria"][0]["id"] = "P1"

    assert checked(classification_criteria_add_up, same_id) == [
        (
            "error",
            "the id 'P1' is used twice in this rubric",
            ("classification", "criteria", 0, "id"),
        )
    ]
