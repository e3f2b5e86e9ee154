"""The rules around the year's quality classification: a decided level has what its level needs
under the edition in force (124-QĐ/TW: an HTXSNV cell's members; 366-QĐ/TW: the points and
conditions), the 20% quota of HTXSNV cells and members (as the bloc applies it), and
commendations only for cells that met the standard."""

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
    decided_levels_allowed,
    htxsnv_cells_quota,
    htxsnv_members_quota,
)
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.models.organisation import Classification
from fourgood.scoring.values import Count, FactValue
from tests.scoring.kit import RULES_2023, RULES_2025, proposal, share

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
        decided_levels_allowed,
        htxsnv_cells_quota,
        htxsnv_members_quota,
        commended_cells_met_the_standard,
    ] == RULES
    checks = check_classification(year(cell("A")))
    assert [c.ok for c in checks] == [True, True, True, True]


def test_an_htxsnv_cell_with_80_percent_httnv_and_everyone_htnv_is_fine_under_124() -> None:
    good = proposal(
        RULES_2023,
        members_htnv_or_better=share(5, 5),
        members_httnv_or_better=share(4, 5),
        discipline_decisions=Count(()),
    )
    assert words(decided_levels_allowed(year(cell("A", "HTXSNV", proposal=good)))) == (
        "Each decided level has the points and meets the conditions of its level (Regulation "
        "124-QĐ/TW of the Politburo, 4 October 2023)",
        True,
        [],
    )


def test_what_breaks_an_htxsnv_cell_under_124() -> None:
    weak = proposal(
        RULES_2023,
        members_htnv_or_better=share(4, 5),
        members_httnv_or_better=share(3, 5),
        discipline_decisions=Count((msg("empty"), msg("empty"))),
    )
    unknown = proposal(RULES_2023)  # no member ratings at all
    cells = (
        cell("B", "HTXSNV", proposal=weak),
        cell("A", "HTXSNV", proposal=unknown),
        cell("D", "HTTNV", proposal=weak),  # HTTNV has no conditions under 124
        cell("E", "HTXSNV", proposal=weak, present=False),  # gone by the year's end
        cell("F", "HTXSNV"),  # no edition with classification rules: nothing to check
    )
    assert words(decided_levels_allowed(year(*cells)))[1:] == (
        False,
        [
            "Chi bộ A: HTXSNV needs every member rated HTNV or better, which the data does not "
            "show yet: not recorded",
            "Chi bộ A: HTXSNV needs at least 80% of members rated HTTNV or better, which the "
            "data does not show yet: not recorded",
            "Chi bộ A: HTXSNV needs nobody disciplined, which the data does not show yet: not "
            "recorded",
            "Chi bộ B: HTXSNV needs every member rated HTNV or better: 4 of 5 members",
            "Chi bộ B: HTXSNV needs at least 80% of members rated HTTNV or better: 3 of 5 members",
            "Chi bộ B: HTXSNV needs nobody disciplined: 2",
        ],
    )


def test_a_decided_level_its_points_cannot_give_under_366() -> None:
    tasks: dict[str, FactValue] = {
        "tasks_on_time": share(10, 10),
        "tasks_done": share(10, 10),
        "leadership_disciplined": Count(()),
    }
    eighty_five = proposal(RULES_2025, 85, tasks_exceeded=share(4, 10), **tasks)
    cells = (
        cell("A", "HTXSNV", proposal=eighty_five),
        cell("B", "HTTNV", proposal=eighty_five),
        cell("C", "HTXSNV", proposal=proposal(RULES_2025, 95, **tasks)),
    )
    assert words(decided_levels_allowed(year(*cells)), "vi") == (
        "Mức xếp loại được quyết định đạt số điểm và đủ điều kiện của mức đó (Quy định "
        "366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị)",
        False,
        [
            "Chi bộ A: mức HTXSNV cần 90 điểm, kết quả đánh giá chỉ đạt 85 điểm",
            "Chi bộ C: mức HTXSNV cần ít nhất 30% nhiệm vụ hoàn thành vượt mức, dữ liệu chưa "
            "thể hiện: chưa ghi nhận",
        ],
    )


def test_without_classification_rules_the_rule_is_named_plainly() -> None:
    assert words(decided_levels_allowed(year(cell("A", "HTXSNV")))) == (
        "Each decided level meets the conditions of its level",
        True,
        [],
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
