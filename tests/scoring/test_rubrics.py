"""Choosing the rubric (the edition in force) for a cell type and year (a bloc's own first), at
each boundary between editions, and applying a type's overrides to a rubric."""

from __future__ import annotations

from fourgood.models.period import Period
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.rubrics import RubricSource, candidates, resolve, select, uncovered_types
from tests.scoring.kit import shipped


def _shipped() -> Rubric:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric


SHIPPED = _shipped()


def source(
    id: str, years: list[int], types: list[str], shipped: bool, file: str = ""
) -> RubricSource:
    rubric = SHIPPED.model_copy(
        update={"id": id, "years": years, "cell_types": types, "in_force": None}
    )
    return RubricSource(rubric, file or f"{'shipped' if shipped else 'rubrics'}/{id}.yaml", shipped)


def test_a_blocs_rubric_replaces_the_shipped_one_only_where_it_is_in_force() -> None:
    shipped = source("4good", [2023, 2024], ["agency"], True)
    own = source("4good", [2023], ["agency"], False)
    assert select([shipped, own], 2023, "agency") == own
    assert select([shipped, own], 2024, "agency") == shipped  # the shipped edition still counts


def test_the_edition_in_force_at_each_boundary() -> None:
    sources = [
        RubricSource(shipped("4good-2023.yaml"), "shipped/4good-2023.yaml", True),
        RubricSource(shipped("4good-2025.yaml"), "shipped/4good-2025.yaml", True),
    ]
    versions = {
        y: (select(sources, y, "enterprise") or sources[0]).rubric.version
        for y in (2023, 2024, 2025, 2031)
    }
    assert versions == {2023: "2023.2", 2024: "2023.2", 2025: "2025.1", 2031: "2025.1"}
    assert select(sources, 2022, "agency") is None
    assert uncovered_types(sources, 2022, ["agency", "enterprise", "agency"]) == [
        "agency",
        "enterprise",
    ]
    assert uncovered_types(sources, 2025, ["agency"]) == []


def in_force(**period: str) -> Rubric:
    return SHIPPED.model_copy(update={"in_force": Period.model_validate(period)})


def test_a_year_is_scored_under_the_edition_in_force_on_its_31_december() -> None:
    # (the rubric, the years it scores, the years it does not)
    for rubric, scores, not_scores in (
        (in_force(**{"from": "2025-10-28"}), [2025, 2040], [2024]),
        (in_force(to="2025-10-27"), [2024], [2025]),
        (in_force(to="2024-12-31"), [2023, 2024], [2025]),  # 31/12/2024 → 1/1/2025
        (in_force(**{"from": "2025-01-01"}), [2025], [2024]),
    ):
        assert [rubric.covers(y) for y in scores] == [True] * len(scores)
        assert [rubric.covers(y) for y in not_scores] == [False] * len(not_scores)


def test_candidates_cover_the_year_and_the_type() -> None:
    agency = source("a", [2023, 2024], ["agency"], True)
    enterprise = source("e", [2023], ["enterprise", "public_service"], True)
    sources = [agency, enterprise]
    assert candidates(sources, 2023, "agency") == [agency]
    assert candidates(sources, 2023, "public_service") == [enterprise]
    assert candidates(sources, 2024, "enterprise") == []


def test_a_blocs_own_rubrics_come_before_the_shipped_ones() -> None:
    shipped = source("default", [2023], ["agency"], True)
    own = source("ours", [2023], ["agency"], False)
    assert candidates([shipped, own], 2023, "agency") == [own]
    assert select([shipped, own], 2023, "agency") == own


def test_one_rubric_or_none() -> None:
    one = source("a", [2023], ["agency"], False)
    two = source("b", [2023], ["agency"], False)
    assert select([one], 2023, "agency") == one
    assert select([one, two], 2023, "agency") is None  # ambiguous: validate says so
    assert select([one], 2024, "agency") is None


def test_a_types_overrides_are_applied() -> None:
    enterprise = resolve(SHIPPED, "enterprise")
    p2 = enterprise.contents[0].criteria[1]
    assert p2.id == "P2"
    assert p2.label.en == "Production and business plan achieved"
    assert p2.max == SHIPPED.contents[0].criteria[1].max  # only what the override says changes
    assert p2.rule == SHIPPED.contents[0].criteria[1].rule
    assert enterprise.types == {}
    assert SHIPPED.contents[0].criteria[1].label.en != p2.label.en  # the rubric is unchanged


def test_a_type_without_overrides_is_the_rubric_itself() -> None:
    rubric = SHIPPED.model_copy(update={"types": {}})
    assert resolve(rubric, "agency") is rubric


def test_an_override_of_points() -> None:
    change = {"agency": {"P1": {"max": 5}}}
    rubric = Rubric.model_validate({**SHIPPED.model_dump(by_alias=True), "types": change})
    resolved = resolve(rubric, "agency")
    assert resolved.contents[0].criteria[0].max == 5
    assert resolve(rubric, "enterprise").contents[0].criteria[0].max == 10
