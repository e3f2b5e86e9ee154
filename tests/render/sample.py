"""A small yearly report built by hand, for the section builders' tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from fourgood.checks.classification import Check
from fourgood.i18n.message import Text, msg
from fourgood.reporting.report import (
    CellRow,
    ClassificationFigures,
    ContentStats,
    FailedContent,
    GroupRow,
    LostCriterion,
    MeetingFigures,
    MemberFigures,
    OrgFigures,
    ProgrammeFigures,
    Report,
    Shortfall,
    Transfer,
)

BLOC = "Đảng ủy Khối <A|B>"


def small_report() -> Report:
    """Two evaluated cells of 2024, one short of the standard, compared with 2023."""
    this_year = Report(
        year=2024,
        as_of=date(2024, 6, 30),
        bloc=BLOC,
        rubrics=("4good 2023.1",),
        pass_mark=95,
        content_ids=("P", "S"),
        organisation=OrgFigures(
            day=date(2024, 6, 30),
            grassroots=3,
            committees=2,
            grassroots_cells=1,
            sections=0,
            cells_under_committees=1200,
            members=4327,
            full_members=4209,
            cells_by_type=(("agency", 1201),),
        ),
        programme=ProgrammeFigures(
            selected=3,
            by_basis=(("registered", 1), ("selected", 2)),
            transferred_out=(Transfer("c3", "Chi bộ Ba", date(2024, 3, 1), "Đảng ủy Khác"),),
            evaluated=2,
            met=1,
            not_met=1,
            incomplete=0,
        ),
        by_type=(
            GroupRow(
                "agency", "agency", 2, 1, 1, 0, (("P", Fraction(187, 2)), ("S", Fraction(97)))
            ),
        ),
        by_grassroots=(
            GroupRow(
                "g1", "Đảng bộ | Một", 2, 1, 1, 0, (("P", Fraction(187, 2)), ("S", Fraction(97)))
            ),
        ),
        contents=(
            ContentStats(
                "P", Text("Leadership", "Lãnh đạo"), Fraction(187, 2), 92, 95, 1, (0, 1, 1, 0, 0)
            ),
            ContentStats(
                "S", Text("Solidarity", "Đoàn kết"), Fraction(97), 97, 97, 2, (0, 2, 0, 0, 0)
            ),
        ),
        shortfalls=(
            Shortfall(
                "c2",
                "Chi bộ Hai",
                "not_met",
                (
                    FailedContent(
                        "P",
                        Text("Leadership", "Lãnh đạo"),
                        92,
                        3,
                        (LostCriterion("P1", Text("Plan", "Kế hoạch"), 7, 10, None, ()),),
                    ),
                ),
            ),
        ),
        meetings=MeetingFigures(
            months_required=12,
            months_with_regular=11,
            regular=1128,
            thematic=3,
            combined=0,
            quarters=((1, 2, 2), (2, 1, 2)),
            thematic_by_quarter=(2, 1, 0, 0),
            ratings=(("good", 1500), ("unrated", 2)),
        ),
        members=MemberFigures(
            members=20,
            rated=16,
            ratings=(("HTXSNV", 4), ("HTTNV", 12)),
            httnv_or_better=16,
            disciplined=0,
        ),
        classification=ClassificationFigures(
            counts=(("HTXSNV", 0), ("HTTNV", 1)),
            unclassified=1,
            checks=(
                Check(msg("report.unrated"), True),
                Check(msg("report.unclassified"), False, (msg("report.members"),)),
            ),
            commended=("c2",),
        ),
        cells=(
            CellRow(
                "c1", "Chi bộ Một", "agency", "g1", "met", (("P", 95), ("S", 97)), "HTTNV", False
            ),
            CellRow("c2", "Chi bộ Hai", "agency", "g1", "not_met", (("P", 92),), None, True),
        ),
    )
    previous = replace(this_year, year=2023, contents=this_year.contents[:1], previous=None)
    return replace(this_year, previous=previous)
