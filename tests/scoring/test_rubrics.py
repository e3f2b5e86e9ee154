"""Choosing the rubric for a cell type and year (a bloc's own first), and applying a type's
overrides to a rubric."""

from __future__ import annotations

from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.rubrics import RubricSource, candidates, effective, resolve, select


def _shipped() -> Rubric:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric


SHIPPED = _shipped()


def source(
    id: str, years: list[int], types: list[str], shipped: bool, file: str = ""
) -> RubricSource:
    rubric = SHIPPED.model_copy(update={"id": id, "years": years, "cell_types": types})
    return RubricSource(rubric, file or f"{'shipped' if shipped else 'rubrics'}/{id}.yaml", shipped)


def test_a_blocs_rubric_replaces_the_shipped_one_with_its_id() -> None:
    shipped = source("4good", [2023, 2024], ["agency"], True)
    own = source("4good", [2025], ["agency"], False)
    other = source("extra", [2023], ["enterprise"], True)
    assert effective([shipped, own, other]) == [own, other]
    assert effective([shipped, other]) == [shipped, other]  # sorted by id


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
