"""Per-cell summaries of a year: the scorecard of each evaluated cell and the figures the report
counts (members, meetings), within the cell's window, read one cell at a time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fourgood.read.cache import Cache
from fourgood.read.dataset import DataSet
from fourgood.reporting.summaries import MeetingStats, MemberStats, run_years
from tests.conftest import WALKTHROUGH


def test_the_walkthroughs_year() -> None:
    run = run_years(DataSet(str(WALKTHROUGH)), [2023])[2023]
    assert (run.year, run.as_of) == (2023, None)
    health, office = run.cells
    assert [c.id for c in run.evaluated()] == ["trung-tam-yte", "van-phong"]
    assert office.card is not None
    assert (office.card.status, office.classification, office.exemplary_commended) == (
        "met",
        "HTXSNV",
        True,
    )
    assert (office.commendations, office.grassroots, office.present) == (1, "van-phong", True)
    assert office.participant is not None
    assert office.participant.basis == "selected"
    assert office.transferred_out is None
    assert office.members == MemberStats(
        members=5,
        full=4,  # one admitted this year, still probationary
        ratings=(("HTTNV", 3), ("HTXSNV", 1)),
        rated=4,
        httnv_or_better=4,
        htnv_or_better=4,
        disciplined=0,
    )
    assert health.meetings == MeetingStats(
        months_required=12,
        months_with_regular=11,
        regular=9,
        thematic=2,
        combined=2,
        thematic_by_quarter=(1, 1, 1, 1),
        ratings=(("fair", 1), ("good", 10)),  # one meeting rated from its score sheet
        missing_months=(8,),
    )
    assert health.card is not None
    assert health.card.status == "not_met"
    assert (health.classification, health.exemplary_commended) == ("HTTNV", False)


def test_progress_inside_a_year_counts_only_what_has_ended() -> None:
    run = run_years(DataSet(str(WALKTHROUGH)), [2023], as_of=date(2023, 6, 30))[2023]
    assert run.as_of == date(2023, 6, 30)
    health = run.cells[0]
    assert health.card is not None
    assert health.card.window.end == date(2023, 6, 30)
    assert health.meetings is not None
    assert (health.meetings.months_required, health.meetings.months_with_regular) == (6, 6)
    assert health.meetings.thematic_by_quarter == (1, 1, 0, 0)
    assert health.meetings.missing_months == ()
    assert health.members is not None
    assert health.members.members == 6  # YT-006, transferred in on 1 April, is counted


def test_a_year_that_has_not_begun_has_no_summaries() -> None:
    runs = run_years(DataSet(str(WALKTHROUGH)), [2022, 2023], as_of=date(2022, 12, 31))
    assert runs[2023].cells == []  # as_of applies to the latest year only
    assert [c.id for c in runs[2022].cells] == ["trung-tam-yte", "van-phong"]
    assert runs[2022].evaluated() == []  # no programme in 2022
    assert runs[2022].cells[0].participant is None
    assert runs[2022].as_of is None


def test_a_cell_not_yet_joined_on_the_as_of_day_is_not_evaluated(walkthrough: Path) -> None:
    programme = walkthrough / "programme" / "2023.yaml"
    text = programme.read_text(encoding="utf-8")
    programme.write_text(
        text.replace("  - cell: van-phong\n", "  - cell: van-phong\n    joined: 2023-04-01\n", 1),
        encoding="utf-8",
    )
    before = run_years(DataSet(str(walkthrough)), [2023], as_of=date(2023, 3, 15))[2023]
    assert "van-phong" not in [c.id for c in before.evaluated()]
    assert "trung-tam-yte" in [c.id for c in before.evaluated()]
    after = run_years(DataSet(str(walkthrough)), [2023], as_of=date(2023, 4, 30))[2023]
    assert "van-phong" in [c.id for c in after.evaluated()]


def test_only_the_cells_asked_for() -> None:
    ds = DataSet(str(WALKTHROUGH))
    assert [c.id for c in run_years(ds, [2023], cell_ids={"van-phong"})[2023].cells] == [
        "van-phong"
    ]
    assert [c.id for c in run_years(ds, [2023], cell_type="public_service")[2023].cells] == [
        "trung-tam-yte"
    ]
    assert run_years(ds, [2023], cell_type="enterprise")[2023].cells == []


def test_without_details_met_cells_keep_their_points_only() -> None:
    run = run_years(DataSet(str(WALKTHROUGH)), [2023], details=False)[2023]
    health, office = run.cells
    assert office.card is not None
    assert [(c.id, c.points, c.criteria) for c in office.card.contents] == [
        ("P", 100, ()),
        ("S", 100, ()),
        ("Q", 100, ()),
        ("M", 100, ()),
    ]
    assert health.card is not None
    assert all(c.criteria for c in health.card.contents)  # not met: every reason kept


def test_a_cell_that_leaves_during_the_year_is_not_evaluated(walkthrough: Path) -> None:
    organisation = walkthrough / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8").replace(
        "    parent: dukcq           # directly under the bloc: a grassroots cell",
        "    parent: dukcq\n    transferred_out: {date: 2023-07-01, to: Đảng ủy Khối Doanh nghiệp}",
    )
    organisation.write_text(text, encoding="utf-8")
    programme = walkthrough / "programme" / "2023.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8").replace(
            "basis: registered", "basis: registered\n    joined: 2023-04-01"
        ),
        encoding="utf-8",
    )
    ds = DataSet(str(walkthrough))
    run = run_years(ds, [2023])[2023]
    health, office = run.cells
    assert office.transferred_out == (date(2023, 7, 1), "Đảng ủy Khối Doanh nghiệp")
    assert (office.card, office.meetings, office.present) == (None, None, False)
    assert office.members is not None
    assert office.members.members == 4  # counted on the day it left (before TP-005 joined)
    assert health.card is not None
    assert health.card.window.start == date(2023, 4, 1)
    assert health.meetings is not None
    assert health.meetings.months_required == 9
    # before it left, the cell counts: the first half of the year is scored
    first_half = run_years(ds, [2023], as_of=date(2023, 6, 30))[2023]
    assert first_half.cells[1].card is not None
    assert first_half.cells[1].transferred_out is None


def test_the_cache_gives_the_same_summaries_and_problems_without_reading_the_cells(
    walkthrough: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    roster.write_text(
        roster.read_text(encoding="utf-8").replace("born: 1996-06-30", "born: 2010-06-30"),
        encoding="utf-8",
    )
    cold_cache = Cache(tmp_path / "cache")
    cold_ds = DataSet(str(walkthrough), cache=cold_cache)
    cold = run_years(cold_ds, [2023])[2023]
    cold_cache.close()
    problems = [p.text("en") for p in cold_ds.located_problems()]
    assert problems == [f"{roster}:42:15: warning: admitted before the age of 18; check the dates"]
    warm_cache = Cache(tmp_path / "cache")
    warm_ds = DataSet(str(walkthrough), cache=warm_cache)

    def not_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cell was read although the cache had its summaries")

    monkeypatch.setattr(warm_ds, "cell", not_again)
    warm = run_years(warm_ds, [2023])[2023]
    assert warm.cells == cold.cells
    # each summary holds the data set's own programme entry, not the copy the cache gave
    entries = {p.cell: p for p in warm_ds.participants(2023)}
    assert all(c.participant is entries[c.id] for c in warm.cells if c.participant)
    assert any(c.participant for c in warm.cells)
    assert [p.text("en") for p in warm_ds.located_problems()] == problems
    warm_cache.close()
