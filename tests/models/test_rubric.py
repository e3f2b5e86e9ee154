"""Rubric files: contents and criteria with a rule of a known kind, meeting rules, defaults."""

from __future__ import annotations

import copy
from collections.abc import Callable
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


def test_the_shipped_rubric() -> None:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    assert (rubric.id, rubric.version, rubric.years) == ("4good", "2023.1", [2023, 2024])
    assert rubric.cell_types == ["agency", "public_service", "enterprise"]
    assert [c.id for c in rubric.contents] == ["P", "S", "Q", "M"]
    assert [sum(c.max for c in content.criteria) for content in rubric.contents] == [100] * 4
    assert rubric.meetings.sheet == "42-HD"
    assert sorted(rubric.meetings.sheets) == ["42-HD", "phu-tho"]
    assert [level.level for level in rubric.meetings.year_quality] == ["good", "fair", "average"]
    enterprise_p2 = rubric.types["enterprise"]["P2"]
    assert enterprise_p2.label is not None
    assert enterprise_p2.label.en == "Production and business plan achieved"
    assert enterprise_p2.max is None
    assert enterprise_p2.rule is None
    kinds = {type(c.rule).kind_name() for content in rubric.contents for c in content.criteria}
    assert kinds == set(KINDS)  # the default rubric uses every kind of rule


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
