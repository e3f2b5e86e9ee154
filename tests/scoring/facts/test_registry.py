"""The registry of facts: each fact registered once, computed, of the kind it says; every fact
a shipped rubric reads exists."""

from __future__ import annotations

import pytest

from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.facts import FACTS, fact
from fourgood.scoring.facts.registry import FactSpec
from fourgood.scoring.values import (
    Count,
    Level,
    Missing,
    NotApplicable,
    OnDate,
    Ratio,
    Share,
    YesNo,
)

from .kit import walkthrough_cells

TYPES = {
    "share": Share,
    "count": Count,
    "ratio": Ratio,
    "yes_no": YesNo,
    "date": OnDate,
    "level": Level,
}


def test_registering_a_name_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        fact("attendance", "share")(lambda cell: None)


@pytest.mark.parametrize("spec", FACTS.values(), ids=list(FACTS))
def test_every_fact_is_computed_as_the_kind_it_says(spec: FactSpec) -> None:
    values = [spec.compute(cell) for cell in walkthrough_cells()]
    kinds = {
        type(v) for v in values if v is not None and not isinstance(v, (Missing, NotApplicable))
    }
    assert kinds == {TYPES[spec.type]}, spec.name  # computed for at least one real cell-year
    for value in values:
        if isinstance(value, Level):
            assert {value.low, value.high} <= set(spec.levels)


def test_every_fact_a_shipped_rubric_reads_exists() -> None:
    for path in sorted(shipped_rubrics_dir().glob("*.yaml")):
        loaded = load_model(str(path), str(path), Rubric)
        assert loaded.model is not None, loaded.problems
        for content in loaded.model.contents:
            for criterion in content.criteria:
                rule = criterion.rule
                for name in filter(None, (rule.reads, rule.minus_rule and rule.minus_rule.fact)):
                    assert name in FACTS, (path.name, criterion.id, name)
