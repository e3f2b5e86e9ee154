"""What every rule kind shares: what a rule reads, the deduction after it, the evidence and the
measure shown beside the points, the one rounding of points, and how validate reports."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from fourgood.i18n.message import Msg, msg
from fourgood.i18n.render import render
from fourgood.scoring.facts import Facts
from fourgood.scoring.rules.base import (
    Minus,
    RuleCheck,
    apply_minus,
    count_values,
    evidence,
    floor_times,
    measured,
)
from fourgood.scoring.values import Count, Level, Missing, OnDate, Ratio, Share, YesNo

from .kit import rule

FOUND = (msg("why.key_task", name="A"), msg("why.key_task", name="B"))
UNKNOWN = (msg("why.no_dues", name="C"),)


def test_what_a_rule_reads() -> None:
    deduct = rule({"kind": "deduct", "fact": "incidents", "per": 10})
    assert deduct.reads == "incidents"
    assert deduct.minus_rule is None
    assert rule({"kind": "assessed"}).reads is None
    bands = rule(
        {
            "kind": "bands",
            "fact": "attendance",
            "bands": [{"at_least": 90, "points": 10}],
            "otherwise": 0,
            "minus": {"fact": "unexcused_absences", "per": 2},
        }
    )
    assert bands.minus_rule == Minus(fact="unexcused_absences", per=2)
    assert bands.kind_name() == "bands"


def test_occurrences_counted_pessimistically_and_optimistically() -> None:
    assert count_values(Count(FOUND, UNKNOWN)) == (3, 2)
    assert count_values(Count(())) == (0, 0)


def test_a_deduction_per_occurrence_with_its_reasons() -> None:
    facts = Facts({"unexcused_absences": Count(FOUND, UNKNOWN)})
    why: list[Msg] = []
    assert Minus(fact="unexcused_absences", per=2).apply(facts, 10, 10, why) == (4, 6)
    assert why == [*FOUND, msg("why.no_evidence", what=UNKNOWN[0])]
    # nothing to deduct when the fact is not a count (missing, not applicable, absent)
    for value in (None, Missing(msg("why.missing"))):
        untouched: list[Msg] = []
        assert Minus(fact="x", per=2).apply(Facts({"x": value}), 10, 9, untouched) == (10, 9)
        assert untouched == []
    assert apply_minus(None, facts, 7, 8, why) == (7, 8)


def test_the_evidence_of_each_kind_of_fact() -> None:
    unknown_words = msg("why.no_evidence", what=UNKNOWN[0])
    assert evidence(Count(FOUND, UNKNOWN)) == (*FOUND, unknown_words)
    share = Share(Fraction(1, 2), Fraction(1), msg("empty"), FOUND[:1], UNKNOWN)
    assert evidence(share) == (FOUND[0], unknown_words)
    assert evidence(Level("none", "admitted", FOUND, UNKNOWN)) == (*FOUND, unknown_words)
    assert evidence(Ratio(1, 2)) == ()
    assert evidence(None) == ()
    assert render(unknown_words, "en") == "no evidence: no dues record for C"


def test_what_was_measured_in_words() -> None:
    shown = msg("measured.months", n=11, total=12)
    assert measured(Count((), measured=shown)) == shown
    assert measured(Count(())) is None
    assert render(measured(Ratio(3, 4)), "en") == "3 of 4 planned inspections done"
    assert render(measured(OnDate(date(2023, 1, 10))), "en") == "on 2023-01-10"
    assert render(measured(YesNo(True, date(2023, 12, 20))), "vi") == "ngày 20/12/2023"
    assert render(measured(OnDate(None)), "en") == "not done"
    assert render(measured(YesNo(False)), "en") == "not done"
    assert measured(None) is None


@pytest.mark.parametrize(
    ("top", "share", "points"),
    [
        (20, Fraction(3, 4), 15),
        (20, Fraction(2, 3), 13),  # 13.33 rounds down
        (10, Fraction(99, 100), 9),  # never up
        (10, Fraction(1), 10),
        (10, Fraction(0), 0),
    ],
)
def test_points_are_only_ever_rounded_down(top: int, share: Fraction, points: int) -> None:
    assert floor_times(top, share) == points


def test_validate_hears_of_problems_under_the_rule_with_the_criterions_id() -> None:
    heard: list[tuple[Msg, tuple[str | int, ...]]] = []
    check = RuleCheck("S4", 10, "yes_no", (), lambda message, sub: heard.append((message, sub)))
    check.at_most_max(10, ("yes",))
    assert heard == []
    check.at_most_max(12, ("yes",))
    check.problem("rubric.minus_fact", ("minus", "fact"), fact="x")
    assert heard == [
        (msg("rubric.points_max", id="S4", max=10), ("yes",)),
        (msg("rubric.minus_fact", id="S4", fact="x"), ("minus", "fact")),
    ]
