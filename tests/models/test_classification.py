"""An edition's classification rules: levels best first with their points and conditions, and
the criteria that compute the points."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.classification import ClassificationRules, Condition, LevelRule

LABEL = {"vi": "Nhãn", "en": "Label"}


def rules(*levels: dict[str, Any], **more: Any) -> ClassificationRules:
    return ClassificationRules.model_validate({"regulation": LABEL, "levels": list(levels), **more})


def test_on_points_when_a_level_needs_points() -> None:
    assert rules({"level": "HTXSNV", "at_least": 90}, {"level": "KHTNV"}).on_points
    assert not rules(
        {"level": "HTXSNV", "conditions": [{"fact": "tasks_done", "at_least": 100, "label": LABEL}]}
    ).on_points


def test_a_condition_and_a_level() -> None:
    condition = Condition.model_validate({"fact": "tasks_on_time", "at_least": 80, "label": LABEL})
    assert (condition.at_least, condition.at_most) == (80, None)
    level = LevelRule.model_validate({"level": "HTNV", "at_least": 50})
    assert (level.level, level.conditions) == ("HTNV", [])


@pytest.mark.parametrize(
    "level",
    [
        {"level": "HTXSNV", "at_least": 101},
        {"level": "HTXSNV", "at_least": -1},
        {"level": "excellent"},
        {"level": "HTXSNV", "conditions": [{"fact": "x", "at_most": -1, "label": LABEL}]},
    ],
)
def test_what_the_model_refuses(level: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        rules(level)


def test_at_least_one_level() -> None:
    with pytest.raises(ValidationError):
        rules()
