"""The level proposed for a cell-year from the edition's classification rules (366-QĐ/TW: points
on 100 and each level's conditions), and what stands against a decided level."""

from __future__ import annotations

import pytest

from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.scoring.values import Count, FactValue, Level, Missing, NotApplicable

from .kit import RULES_2023, RULES_2025, proposal, share

ON_TIME: dict[str, FactValue] = {"tasks_done": share(10, 10), "tasks_on_time": share(10, 10)}
CLEAN: dict[str, FactValue] = {"leadership_disciplined": Count(())}
HTXSNV_FACTS: dict[str, FactValue] = {**ON_TIME, **CLEAN, "tasks_exceeded": share(3, 10)}


@pytest.mark.parametrize(
    ("points", "level"),
    [
        (100, "HTXSNV"),
        (90, "HTXSNV"),
        (89, "HTTNV"),
        (70, "HTTNV"),
        (69, "HTNV"),
        (50, "HTNV"),
        (49, "KHTNV"),
        (0, "KHTNV"),
    ],
)
def test_the_points_give_the_level_at_each_cut_off(points: int, level: str) -> None:
    found = proposal(RULES_2025, points, **HTXSNV_FACTS)
    assert (found.level, found.best_level) == (level, level)
    assert (found.points, found.source) == (points, "record")


def test_htxsnv_needs_every_task_on_time_30_percent_exceeded_and_no_leader_disciplined() -> None:
    assert proposal(RULES_2025, 95, **HTXSNV_FACTS).level == "HTXSNV"
    exceeded_29 = {**HTXSNV_FACTS, "tasks_exceeded": share(29, 100)}
    assert proposal(RULES_2025, 95, **exceeded_29).level == "HTTNV"  # 30% exceeded, exactly
    disciplined = {**HTXSNV_FACTS, "leadership_disciplined": Count((msg("empty"),))}
    assert proposal(RULES_2025, 95, **disciplined).level == "HTTNV"
    one_late = {**HTXSNV_FACTS, "tasks_on_time": share(9, 10)}
    assert proposal(RULES_2025, 95, **one_late).level == "HTNV"  # not HTTNV either


def test_httnv_needs_every_task_on_time() -> None:
    assert proposal(RULES_2025, 80, **ON_TIME).level == "HTTNV"
    assert proposal(RULES_2025, 80, **{**ON_TIME, "tasks_on_time": share(9, 10)}).level == "HTNV"


def test_htnv_needs_every_task_done_and_at_most_20_percent_late() -> None:
    eight_of_ten: dict[str, FactValue] = {
        "tasks_done": share(10, 10),
        "tasks_on_time": share(8, 10),
    }
    assert proposal(RULES_2025, 60, **eight_of_ten).level == "HTNV"  # 20% late, exactly
    seven: dict[str, FactValue] = {"tasks_done": share(10, 10), "tasks_on_time": share(7, 10)}
    assert proposal(RULES_2025, 60, **seven).level == "KHTNV"
    undone: dict[str, FactValue] = {"tasks_done": share(9, 10), "tasks_on_time": share(9, 10)}
    assert proposal(RULES_2025, 60, **undone).level == "KHTNV"


def test_missing_evidence_reads_both_ways() -> None:
    unknown = {**HTXSNV_FACTS, "tasks_exceeded": share(2, 10, unknown=2)}
    found = proposal(RULES_2025, 93, **unknown)
    assert (found.level, found.best_level) == ("HTTNV", "HTXSNV")
    nothing = proposal(RULES_2025, 93)  # no tasks recorded at all
    assert (nothing.level, nothing.best_level) == ("KHTNV", "HTXSNV")
    missing = proposal(RULES_2025, 93, tasks_done=Missing(msg("empty")))
    assert [c.holds for c in missing.conditions if c.label.en == "every task done"] == [None]
    not_due = proposal(
        RULES_2025, 60, tasks_done=NotApplicable(msg("empty")), tasks_on_time=share(8, 10)
    )
    assert not_due.level == "HTNV"


RECORD_ONLY = RULES_2025.model_copy(update={"criteria": []})
"""The 2025 rules without criteria: the points come from the record only."""


def test_without_points_the_edition_on_points_proposes_nothing() -> None:
    found = proposal(RECORD_ONLY, None, **HTXSNV_FACTS)
    assert (found.points, found.level, found.best_level, found.source) == (None, None, None, None)


def test_the_2023_edition_has_no_points_and_proposes_nothing() -> None:
    found = proposal(RULES_2023, 95, members_htnv_or_better=share(5, 5))
    assert (found.on_points, found.level) == (False, None)
    assert render(found.regulation, "vi") == "Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị"


def test_the_points_computed_by_the_criteria_with_the_4_good_result() -> None:
    met = Level("met", "met")
    found = proposal(
        RULES_2025, None, four_good=met, discipline_decisions=Count(()), **HTXSNV_FACTS
    )
    assert found.source == "criteria"
    assert [(r.id, r.points) for r in found.criteria] == [
        ("K1", 30), ("K2", 30), ("K3", 20), ("K4", 10), ("K5", 10),
    ]  # fmt: skip
    assert (found.points, found.level) == (100, "HTXSNV")
    not_met = proposal(RULES_2025, None, four_good=Level("not_met", "not_met"),
                       discipline_decisions=Count(()), **HTXSNV_FACTS)  # fmt: skip
    assert (not_met.points, not_met.level) == (85, "HTTNV")
    incomplete = proposal(RULES_2025, None, four_good=Level("not_met", "met", (), (msg("empty"),)),
                          discipline_decisions=Count(()), **HTXSNV_FACTS)  # fmt: skip
    assert (incomplete.points, incomplete.best_points) == (
        70,
        100,
    )  # K1 missing evidence: 0 for now
    assert (incomplete.level, incomplete.best_level) == ("HTTNV", "HTXSNV")
    recorded = proposal(RULES_2025, 72, four_good=met, **HTXSNV_FACTS)
    assert (recorded.source, recorded.criteria, recorded.level) == ("record", (), "HTTNV")


def test_what_stands_against_a_decided_level() -> None:
    eighty = proposal(RULES_2025, 80, **HTXSNV_FACTS)
    assert [render(o, "en") for o in eighty.objections("HTXSNV")] == [
        "HTXSNV needs 90 points, the assessment gave 80"
    ]
    assert eighty.objections("HTTNV") == ()
    assert eighty.objections("KHTNV") == ()  # a lower level is the committee's to decide
    late = proposal(RULES_2025, 95, **{**HTXSNV_FACTS, "tasks_on_time": share(9, 10)})
    assert [render(o, "en") for o in late.objections("HTTNV")] == [
        "HTTNV needs every task done on time: 9 of 10 members"
    ]
    nothing = proposal(RECORD_ONLY, None, **HTXSNV_FACTS)
    assert [render(o, "en") for o in nothing.objections("HTNV")] == [
        "HTNV needs 50 points, and no points are recorded (classification_points)"
    ]
