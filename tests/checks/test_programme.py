"""A year's programme: cells listed once that exist in the year, dates in the year, continuing
cells that were there the year before (themselves or merged into them), an edition of the rules
for every cell type, and one rubric for each cell."""

from __future__ import annotations

from fourgood.checks.programme import (
    an_edition_for_the_year,
    continuing_cells_were_there,
    dates_in_the_year,
    listed_once_and_known,
    one_rubric_for_each_cell,
)
from fourgood.checks.subjects import ProgrammeFile
from fourgood.models.programme import Programme
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.rubrics import RubricSource

from .kit import index, said


def _shipped() -> RubricSource:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return RubricSource(rubric, str(path), shipped=True)


SHIPPED = _shipped()


def programme(*entries: dict[str, str]) -> Programme:
    return Programme.model_validate({"cells": [{"basis": "selected", **e} for e in entries]})


def subject(
    current: Programme,
    *,
    year: int = 2023,
    previous: Programme | None = None,
    rubrics: list[RubricSource] | None = None,
    **org: object,
) -> ProgrammeFile:
    return ProgrammeFile(
        year,
        current,
        "programme.yaml",
        index(**org),
        previous,
        [SHIPPED] if rubrics is None else rubrics,
    )


def test_a_sound_programme() -> None:
    sound = subject(programme({"cell": "a"}, {"cell": "b", "joined": "2023-04-01"}, {"cell": "c"}))
    for check in (
        listed_once_and_known,
        dates_in_the_year,
        continuing_cells_were_there,
        one_rubric_for_each_cell,
    ):
        assert list(check(sound)) == []


def test_each_cell_once_and_every_cell_known() -> None:
    problems = list(
        listed_once_and_known(
            subject(programme({"cell": "a"}, {"cell": "a"}, {"cell": "bb"}, {"cell": "zz"}))
        )
    )
    assert said(problems) == [
        ("error", "cell 'a' is listed twice in this programme", ("cells", 1, "cell")),
        ("error", "no cell 'bb' in organisation.yaml; did you mean 'b'?", ("cells", 2, "cell")),
        ("error", "no cell 'zz' in organisation.yaml", ("cells", 3, "cell")),
    ]


def test_joining_in_the_year_and_not_leaving_before_it() -> None:
    gone = [
        {
            "id": "a",
            "name": "A",
            "type": "agency",
            "parent": "bloc",
            "transferred_out": {"date": "2023-01-01", "to": "X"},
        },
        {
            "id": "b",
            "name": "B",
            "type": "agency",
            "parent": "bloc",
            "transferred_out": {"date": "2023-01-02", "to": "X"},
        },
    ]
    listed = programme(
        {"cell": "a"}, {"cell": "b", "joined": "2022-12-31"}, {"cell": "b", "joined": "2024-01-01"}
    )
    assert said(list(dates_in_the_year(subject(listed, cells=gone)))) == [
        ("error", "cell 'a' left the bloc on 2023-01-01, before this year", ("cells", 0, "cell")),
        ("error", "the date joined must be in 2023", ("cells", 1, "joined")),
    ]  # leaving on 2 January leaves a day of the year; a second entry is the first check's


def test_continuing_cells_were_in_the_year_befores_programme() -> None:
    current = programme(
        {"cell": "a", "basis": "continuing"},
        {"cell": "b", "basis": "continuing"},
        {"cell": "c", "basis": "registered"},
    )
    before = programme({"cell": "a"})
    assert said(list(continuing_cells_were_there(subject(current, previous=before)))) == [
        (
            "warning",
            "basis 'continuing', but cell 'b' was not in the 2022 programme",
            ("cells", 1, "basis"),
        )
    ]
    assert list(continuing_cells_were_there(subject(current, previous=None))) == []


def test_a_year_no_edition_covers_gets_one_message_naming_its_cell_types() -> None:
    every_type = programme({"cell": "a"}, {"cell": "b"}, {"cell": "c"}, {"cell": "c2"})
    assert said(list(an_edition_for_the_year(subject(every_type, year=2025)))) == [
        (
            "error",
            "no edition of the rules covers 2025 for agency, public service unit, enterprise "
            "cells: add a rubric in force for 2025 to rubrics/ (copy one with `fourgood init "
            "--copy-rubric` and set in_force: {from: 2025}), or take these cells out of the "
            "programme",
            ("cells",),
        )
    ]
    assert list(an_edition_for_the_year(subject(every_type, year=2024))) == []


def test_one_rubric_covers_each_cells_type_in_the_year() -> None:
    own = RubricSource(SHIPPED.rubric.model_copy(update={"id": "ours"}), "rubrics/ours.yaml", False)
    also = RubricSource(
        SHIPPED.rubric.model_copy(update={"id": "also"}), "rubrics/also.yaml", False
    )
    ambiguous = subject(programme({"cell": "b"}), rubrics=[SHIPPED, own, also])
    assert said(list(one_rubric_for_each_cell(ambiguous)), "vi") == [
        (
            "error",
            "có nhiều bộ tiêu chí cùng áp dụng cho chi bộ đơn vị sự nghiệp năm 2023 "
            "(also, ours); chỉ giữ một",
            ("cells", 0, "cell"),
        )
    ]
    assert (
        list(one_rubric_for_each_cell(subject(programme({"cell": "b"}), rubrics=[SHIPPED, own])))
        == []
    )
