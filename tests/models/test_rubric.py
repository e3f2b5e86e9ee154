"""Rubric files: contents and criteria with a rule of a known kind, meeting rules, defaults."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.rubric import Cutoffs, Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.rules import KINDS

LABEL = {"vi": "Nhãn", "en": "Label"}
SMALL: dict[str, Any] = {
    "id": "mine",
    "version": "1",
    "years": [2025],
    "cell_types": ["agency"],
    "label": LABEL,
    "meetings": {
        "sheet": "s",
        "sheets": {"s": {"label": LABEL, "items": {"all": {"max": 100, "label": LABEL}}}},
        "year_quality": [{"level": "good"}],
    },
    "contents": [
        {
            "id": "P",
            "label": LABEL,
            "criteria": [{"id": "P1", "label": LABEL, "max": 100, "rule": {"kind": "assessed"}}],
        }
    ],
}


def errors(change: Callable[[dict[str, Any]], object]) -> list[tuple[str, tuple[str | int, ...]]]:
    data = copy.deepcopy(SMALL)
    change(data)
    try:
        Rubric.model_validate(data)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])) for e in exc.errors()]
    return []


def test_the_defaults_of_a_small_rubric() -> None:
    rubric = Rubric.model_validate(SMALL)
    assert rubric.passing.min_points == 95
    assert rubric.meetings.cutoffs == Cutoffs(good=90, fair=70, average=50)
    assert rubric.meetings.min_duration == {"regular": 90, "thematic": 90, "combined": 120}
    assert rubric.meetings.good_requires_full == []
    assert rubric.meetings.year_otherwise == "poor"
    assert rubric.types == {}
    assert rubric.contents[0].criteria[0].guidance is None
    assert type(rubric.contents[0].criteria[0].rule) is KINDS["assessed"]


def test_the_pass_mark_is_written_pass() -> None:
    assert Rubric.model_validate({**SMALL, "pass": {"min_points": 90}}).passing.min_points == 90
    assert errors(lambda d: d.update(passing={"min_points": 90})) == [
        ("extra_forbidden", ("passing",))
    ]


def test_the_shipped_2023_edition() -> None:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    assert (rubric.id, rubric.version, rubric.years) == ("4good", "2023.2", None)
    assert [(p.start, p.end) for p in rubric.periods()] == [(date(2023, 1, 1), date(2024, 12, 31))]
    assert rubric.cell_types == ["agency", "public_service", "enterprise"]
    assert [c.id for c in rubric.contents] == ["P", "S", "Q", "M"]
    assert [sum(c.max for c in content.criteria) for content in rubric.contents] == [100] * 4
    # No 42-HD sheet before 28 October 2025: the sheet of 12-HD's time, on every day.
    assert rubric.meetings.sheet == "phu-tho"
    assert sorted(rubric.meetings.sheets) == ["phu-tho"]
    assert rubric.meetings.sheet_on(date(2024, 12, 31)) == "phu-tho"
    assert rubric.classification is not None
    assert not rubric.classification.on_points  # 124-QĐ/TW has no points scale
    assert [level.level for level in rubric.meetings.year_quality] == ["good", "fair", "average"]
    enterprise_p2 = rubric.types["enterprise"]["P2"]
    assert enterprise_p2.label is not None
    assert enterprise_p2.label.en == "Production and business plan achieved"
    assert enterprise_p2.max is None
    assert enterprise_p2.rule is None
    kinds = {type(c.rule).kind_name() for content in rubric.contents for c in content.criteria}
    assert kinds == set(KINDS)  # the default rubric uses every kind of rule


def test_the_shipped_2025_edition() -> None:
    path = shipped_rubrics_dir() / "4good-2025.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    assert (rubric.id, rubric.version) == ("4good", "2025.1")
    assert rubric.in_force is not None
    assert (rubric.in_force.start, rubric.in_force.to) == (date(2025, 1, 1), None)
    meetings = rubric.meetings
    assert meetings.sheet is None
    assert [meetings.sheet_on(date(2025, 10, d)) for d in (27, 28)] == ["phu-tho", "42-HD"]
    assert meetings.sheet_on(date(2025, 1, 1)) == "phu-tho"
    assert {k: v.max for k, v in meetings.sheets["42-HD"].items.items()} == {
        "time_duration": 5,
        "attendance": 5,
        "preparation": 10,
        "conduct": 40,
        "principles": 5,
        "resolution_results": 30,
        "closing": 5,
    }
    assert (meetings.cutoffs.good, meetings.cutoffs.fair, meetings.cutoffs.average) == (90, 70, 50)
    assert meetings.min_duration == {"regular": 90, "thematic": 90, "combined": 120}
    assert meetings.small_cells.fewer_than == 0  # a setting, off until the committee decides
    rules = rubric.classification
    assert rules is not None
    assert rules.on_points
    assert [(lv.level, lv.at_least) for lv in rules.levels] == [
        ("HTXSNV", 90),
        ("HTTNV", 70),
        ("HTNV", 50),
        ("KHTNV", None),
    ]
    assert [(c.fact, c.at_least, c.at_most) for c in rules.levels[0].conditions] == [
        ("tasks_on_time", 100, None),
        ("tasks_exceeded", 30, None),
        ("leadership_disciplined", None, 0),
    ]
    assert [(c.fact, c.at_least) for c in rules.levels[2].conditions] == [
        ("tasks_done", 100),
        ("tasks_on_time", 80),  # at most 20% late
    ]
    assert sum(c.max for c in rules.criteria) == 100
    assert rules.criteria[0].rule.reads == "four_good"  # the 4 Good result is one input
    # the four contents are the model's, as in 2023
    old = load_model(str(path.with_name("4good-2023.yaml")), "2023", Rubric).model
    assert old is not None
    assert rubric.contents == old.contents


def test_a_rubric_in_force_by_years_or_by_a_period() -> None:
    by_years = Rubric.model_validate({**SMALL, "years": [2023, 2024, 2026]})
    assert [(p.start.year, p.end.year) for p in by_years.periods()] == [(2023, 2024), (2026, 2026)]
    assert [by_years.covers(y) for y in (2023, 2025, 2026)] == [True, False, True]
    dated = {**SMALL, "in_force": {"from": "2025-10-28"}}
    del dated["years"]
    assert Rubric.model_validate(dated).covers(2025)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["contents"][0]["criteria"][0]["rule"].update(kind="formula"),
            [("union_tag_invalid", ("contents", 0, "criteria", 0, "rule"))],
        ),
        (
            lambda d: d["contents"][0]["criteria"][0]["rule"].pop("kind"),
            [("union_tag_not_found", ("contents", 0, "criteria", 0, "rule"))],
        ),
        (
            lambda d: d["contents"][0]["criteria"][0].update(max=101),
            [("less_than_equal", ("contents", 0, "criteria", 0, "max"))],
        ),
        (
            lambda d: d.update({"pass": {"min_points": 101}}),
            [("less_than_equal", ("pass", "min_points"))],
        ),
        (
            lambda d: d["meetings"]["year_quality"][0].update(
                at_least={"rating": "good", "count": 13}
            ),
            [("less_than_equal", ("meetings", "year_quality", 0, "at_least", "count"))],
        ),
        (
            lambda d: d["meetings"]["year_quality"][0].update(level="excellent"),
            [("literal_error", ("meetings", "year_quality", 0, "level"))],
        ),
        (lambda d: d.update(contents=[]), [("too_short", ("contents",))]),
        (
            lambda d: d["contents"][0].update(criteria=[]),
            [("too_short", ("contents", 0, "criteria"))],
        ),
        (lambda d: d.update(years=[]), [("too_short", ("years",))]),
        (lambda d: d.update(years=[1900]), [("greater_than_equal", ("years", 0))]),
        (lambda d: d.update(cell_types=["school"]), [("literal_error", ("cell_types", 0))]),
        (
            lambda d: d.update(types={"school": {}}),
            [("literal_error", ("types", "school", "[key]"))],
        ),
        (lambda d: d.update(version=""), [("string_too_short", ("version",))]),
        (
            lambda d: d["meetings"].update(year_quality=[]),
            [("too_short", ("meetings", "year_quality"))],
        ),
        (lambda d: d["meetings"].update(sheets={}), [("too_short", ("meetings", "sheets"))]),
        (
            lambda d: d["meetings"]["sheets"]["s"].update(items={}),
            [("too_short", ("meetings", "sheets", "s", "items"))],
        ),
        (
            lambda d: d["meetings"].update(min_duration={"standing": 30}),
            [("literal_error", ("meetings", "min_duration", "standing", "[key]"))],
        ),
    ],
)
def test_what_a_rubric_refuses(
    change: Callable[[dict[str, Any]], object], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors(change) == expected


def test_a_type_may_change_a_criterion() -> None:
    rubric = Rubric.model_validate(
        {**SMALL, "types": {"agency": {"P1": {"max": 50, "label": {"vi": "Khác", "en": "Other"}}}}}
    )
    change = rubric.types["agency"]["P1"]
    assert change.max == 50
    assert change.label is not None
    assert change.label.vi == "Khác"
    assert change.rule is None
