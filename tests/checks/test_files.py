"""Which files a data set has: a cell directory names a cell, and a cell taking part has a
roster."""

from __future__ import annotations

from datetime import date

from fourgood.checks.files import cell_directories_name_cells, programme_cells_have_rosters
from fourgood.checks.subjects import DataSetFiles
from fourgood.models.programme import Programme
from fourgood.read.layout import CellFiles, Layout

from .kit import index, said


def layout(**cells: CellFiles) -> Layout:
    return Layout("data", organisation="organisation.yaml", cells=dict(cells))


TODAY = date(2024, 12, 31)


def programme(*cells: str) -> Programme:
    return Programme.model_validate({"cells": [{"cell": c, "basis": "selected"} for c in cells]})


def test_a_directory_for_a_cell_the_organisation_does_not_have() -> None:
    cells = layout(a=CellFiles(), zz=CellFiles(), old=CellFiles())
    subject = DataSetFiles(cells, index(), {}, TODAY)
    problems = list(cell_directories_name_cells(subject))
    assert [p.file for p in problems] == ["data/cells/old", "data/cells/zz"]
    assert said(problems)[0] == (
        "error",
        "this directory is for cell 'old', which is not in organisation.yaml",
        (),
    )


def test_a_cell_taking_part_in_any_year_needs_a_roster() -> None:
    files = layout(a=CellFiles(roster="cells/a/roster.yaml"), b=CellFiles())
    subject = DataSetFiles(files, index(), {2023: programme("a", "b"), 2024: programme("c")}, TODAY)
    problems = list(programme_cells_have_rosters(subject))
    assert [p.file for p in problems] == ["data/cells/b/roster.yaml", "data/cells/c/roster.yaml"]
    assert said(problems) == [
        ("warning", "cell 'b' takes part in the programme but has no roster", ()),
        ("warning", "cell 'c' takes part in the programme but has no roster", ()),
    ]


def test_cells_outside_the_programme_need_no_roster() -> None:
    subject = DataSetFiles(layout(), index(), {2023: programme("a")}, TODAY)
    assert [p.file for p in programme_cells_have_rosters(subject)] == ["data/cells/a/roster.yaml"]
    assert list(programme_cells_have_rosters(DataSetFiles(layout(), index(), {}, TODAY))) == []
