"""The rules around the year's quality classification: what an HTXSNV cell needs, the 20% quota
of HTXSNV cells and members (as the bloc applies it), and commendations only for cells that met
the standard."""

from __future__ import annotations

from dataclasses import replace

from fourgood.checks.classification import (
    RULES,
    Check,
    ClassifiedCell,
    MemberCounts,
    YearClassification,
    check_classification,
    commended_cells_met_the_standard,
    htxsnv_cells_members,
    htxsnv_cells_quota,
    htxsnv_members_quota,
)
from fourgood.i18n.lang import Lang
from fourgood.i18n.render import render
from fourgood.models.organisation import Classification

GOOD_MEMBERS = MemberCounts(
    rated=5, htnv_or_better=5, httnv_or_better=4, disciplined=0, ratings=(("HTTNV", 4), ("HTNV", 1))
)


def cell(id: str, classification: str | None = "HTTNV", **changes: object) -> ClassifiedCell:
    base = ClassifiedCell(
        id=id,
        name=f"Chi bộ {id}",
        type="agency",
        grassroots="g1",
        grassroots_name="Đảng bộ Một",
        present=True,
        evaluated=True,
        status="met",
        classification=classification,
        exemplary=False,
        members=GOOD_MEMBERS,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def year(*cells: ClassifiedCell, **settings: object) -> YearClassification:
    return YearClassification(cells, Classification.model_validate(settings))


def words(check: Check, lang: Lang = "en") -> tuple[str, bool, list[str]]:
    return render(check.rule, lang), check.ok, [render(d, lang) for d in check.details]


def test_the_rules_in_the_order_the_report_lists_them() -> None:
    assert [
        htxsnv_cells_members,
        htxsnv_cells_quota,
        htxsnv_members_quota,
        commended_cells_met_the_standard,
    ] == RULES
    checks = check_classification(year(cell("A")))
    assert [c.ok for c in checks] == [True, True, True, True]


def test_an_htxsnv_cell_with_80_percent_httnv_and_everyone_htnv_is_fine() -> None:
    assert words(htxsnv_cells_members(year(cell("A", "HTXSNV")))) == (
        "An HTXSNV cell has 100% of members HTNV or better, at least 80% HTTNV or better, and "
        "nobody disciplined",
        True,
        [],
    )


def test_what_breaks_an_htxsnv_cell() -> None:
    weak = MemberCounts(
        rated=5, htnv_or_better=4, httnv_or_better=3, disciplined=2, ratings=(("KHTNV", 1),)
    )
    cells = (
        cell("B", "HTXSNV", members=weak),
        cell("A", "HTXSNV", members=None),
        cell("C", "HTXSNV", members=replace(GOOD_MEMBERS, rated=0)),
        cell("D", "HTTNV", members=weak),  # not HTXSNV: not checked
        cell("E", "HTXSNV", members=weak, evaluated=False),  # not evaluated: not checked
    )
    assert words(htxsnv_cells_members(year(*cells)))[1:] == (
        False,
        [
            "Chi bộ A: no member ratings to check",
            "Chi bộ B: 1 member rated KHTNV",
            "Chi bộ B: only 3 of 5 members rated HTTNV or better",
            "Chi bộ B: 2 members disciplined",
            "Chi bộ C: no member ratings to check",
        ],
    )


def test_the_quota_of_htxsnv_cells_across_the_bloc() -> None:
    # 1 HTXSNV against 5 HTTNV: the limit is 20% of 5, exactly 1
    five = [cell(f"c{i}") for i in range(5)]
    assert words(htxsnv_cells_quota(year(cell("x", "HTXSNV"), *five))) == (
        "HTXSNV cells at most 20% of those rated HTTNV, across the bloc",
        True,
        ["the bloc: 1 HTXSNV, limit 1 (5 counted)"],
    )
    over = htxsnv_cells_quota(year(cell("x", "HTXSNV"), cell("y", "HTXSNV"), *five))
    assert words(over, "vi")[1:] == (False, ["toàn Khối: 2 HTXSNV, giới hạn 1 (trên 5)"])


def test_the_quota_may_be_of_those_rated_httnv_or_better() -> None:
    cells = (cell("x", "HTXSNV"), cell("y", "HTXSNV"), *(cell(f"c{i}") for i in range(8)))
    assert not htxsnv_cells_quota(year(*cells)).ok  # 2 > 20% of 8
    wider = htxsnv_cells_quota(year(*cells, quota_of="HTTNV_or_better"))
    assert words(wider) == (
        "HTXSNV cells at most 20% of those rated HTTNV or better, across the bloc",
        True,
        ["the bloc: 2 HTXSNV, limit 2 (10 counted)"],
    )


def test_cells_gone_or_unclassified_are_not_counted() -> None:
    cells = (
        cell("x", "HTXSNV"),
        cell("gone", "HTXSNV", present=False),
        cell("none", None),
        *(cell(f"c{i}") for i in range(5)),
    )
    assert htxsnv_cells_quota(year(*cells)).ok


def test_the_quota_in_each_grassroots_organisation_or_cell_type() -> None:
    cells = (
        cell("x", "HTXSNV", grassroots="g2", grassroots_name="Đảng bộ Hai", type="enterprise"),
        cell("y", "HTTNV", grassroots="g2", grassroots_name="Đảng bộ Hai", type="enterprise"),
        *(cell(f"c{i}") for i in range(5)),
    )
    assert htxsnv_cells_quota(year(*cells)).ok  # 1 of 6 across the bloc
    by_grassroots = htxsnv_cells_quota(year(*cells, quota_group="grassroots"))
    assert words(by_grassroots) == (
        "HTXSNV cells at most 20% of those rated HTTNV, in each grassroots organisation",
        False,
        ["Đảng bộ Hai: 1 HTXSNV, limit 0.2 (1 counted)"],  # only what breaks it is listed
    )
    by_type = htxsnv_cells_quota(year(*cells, quota_group="type", quota_percent=100))
    assert words(by_type) == (
        "HTXSNV cells at most 100% of those rated HTTNV, in each cell type",
        True,
        [],
    )
    assert not htxsnv_cells_quota(year(*cells, quota_group="type")).ok


def test_a_cell_types_group_is_named_in_the_readers_language() -> None:
    cells = (cell("x", "HTXSNV", type="public_service"), cell("y", type="public_service"))
    check = htxsnv_cells_quota(year(*cells, quota_group="type"))
    assert words(check)[2] == ["public service unit: 1 HTXSNV, limit 0.2 (1 counted)"]
    assert words(check, "vi")[2] == ["đơn vị sự nghiệp: 1 HTXSNV, giới hạn 0,2 (trên 1)"]


def test_the_quota_of_htxsnv_members_in_each_grassroots_organisation() -> None:
    many = MemberCounts(rated=6, htnv_or_better=6, httnv_or_better=6, disciplined=0,
                        ratings=(("HTXSNV", 2), ("HTTNV", 4)))  # fmt: skip
    over = htxsnv_members_quota(year(cell("a", members=many)))
    assert words(over) == (
        "HTXSNV members at most 20% of the members rated HTTNV, in each grassroots organisation",
        False,
        ["Đảng bộ Một: 2 HTXSNV, limit 0.8 (4 counted)"],
    )
    # a second cell of the same grassroots organisation adds its members
    more = MemberCounts(rated=6, htnv_or_better=6, httnv_or_better=6, disciplined=0,
                        ratings=(("HTTNV", 6),))  # fmt: skip
    assert htxsnv_members_quota(year(cell("a", members=many), cell("b", members=more))).ok
    assert htxsnv_members_quota(year(cell("a", members=many, present=False))).ok


def test_a_commended_cell_met_the_standard() -> None:
    cells = (
        cell("A", exemplary=True),
        cell("B", exemplary=True, status="not_met"),
        cell("C", exemplary=True, status=None, evaluated=False),
        cell("D", status="not_met"),
    )
    assert words(commended_cells_met_the_standard(year(*cells))) == (
        "A cell commended as an exemplary 4 Good cell met the standard",
        False,
        [
            "Chi bộ B was commended but did not meet the standard",
            "Chi bộ C was commended but did not meet the standard",
        ],
    )
