"""A criterion: its id, label, maximum points and the rule that computes them (the same for the
four contents and for the classification's points)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from fourgood.models.criterion import Criterion, CriterionOverride

LABEL = {"vi": "Nhãn", "en": "Label"}


def test_a_criterion_reads_its_rule_by_kind() -> None:
    criterion = Criterion.model_validate(
        {"id": "K1", "label": LABEL, "max": 30, "rule": {"kind": "assessed"}}
    )
    assert (criterion.id, criterion.max, type(criterion.rule).kind_name()) == ("K1", 30, "assessed")
    assert criterion.guidance is None


@pytest.mark.parametrize("top", [-1, 101])
def test_points_are_on_100(top: int) -> None:
    with pytest.raises(ValidationError):
        Criterion.model_validate(
            {"id": "K1", "label": LABEL, "max": top, "rule": {"kind": "assessed"}}
        )


def test_an_override_changes_only_what_it_says() -> None:
    override = CriterionOverride.model_validate({"max": 5})
    assert (override.max, override.label, override.rule) == (5, None, None)
