"""The shipped editions' classification rules, and proposals built from a few facts."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from fourgood.i18n.message import msg
from fourgood.models.classification import ClassificationRules
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.classification import Proposal, propose
from fourgood.scoring.facts import Facts
from fourgood.scoring.values import FactValue, Share
from fourgood.scoring.window import Window


def shipped(name: str) -> Rubric:
    """A shipped rubric (an edition of the rules) by its file name."""
    path = shipped_rubrics_dir() / name
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric


def _rules(name: str) -> ClassificationRules:
    rules = shipped(name).classification
    assert rules is not None
    return rules


RULES_2023 = _rules("4good-2023.yaml")
"""The classification of 2023 and 2024 (124-QĐ/TW): conditions for HTXSNV, no points."""
RULES_2025 = _rules("4good-2025.yaml")
"""The classification from 2025 (366-QĐ/TW): points and conditions for every level."""


def share(n: int, total: int, unknown: int = 0) -> Share:
    """``n`` of ``total`` for sure, ``unknown`` more either way."""
    return Share(
        Fraction(n, total),
        Fraction(n + unknown, total),
        msg("measured.members_of", n=n, total=total),
        unknown=tuple(msg("empty") for _ in range(unknown)),
    )


def proposal(
    rules: ClassificationRules, points: int | None = None, /, **facts: FactValue
) -> Proposal:
    """The proposal under ``rules`` for a 2025 cell-year with these facts and recorded
    points."""
    window = Window(date(2025, 1, 1), date(2025, 12, 31))
    return propose(rules, Facts(dict(facts)), year=2025, window=window, recorded_points=points)
