"""Who takes part in the programme between two days, and which asked-for cells are not in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fourgood.i18n.message import msg
from fourgood.read.dataset import DataSet
from fourgood.reporting.programme import not_in_programme, taking_part

ORGANISATION = """\
bloc: {id: bloc, name: Đảng ủy Khối}
committees:
  - {id: k, name: Đảng bộ K, transferred_out: {date: 2023-05-01, to: Khối khác}}
cells:
  - {id: all-year, name: Chi bộ A, type: agency, parent: bloc}
  - {id: joins-april, name: Chi bộ B, type: agency, parent: bloc}
  - {id: leaves-july, name: Chi bộ C, type: agency, parent: bloc,
     transferred_out: {date: 2023-07-02, to: Khối khác}}
  - {id: with-k, name: Chi bộ D, type: agency, parent: k}
  - {id: not-in, name: Chi bộ E, type: agency, parent: bloc}
"""
PROGRAMME = """\
cells:
  - {cell: all-year, basis: selected}
  - {cell: joins-april, basis: registered, joined: 2023-04-15}
  - {cell: leaves-july, basis: continuing}
  - {cell: with-k, basis: selected}
  - {cell: all-year, basis: registered}
  - {cell: ghost, basis: selected}
"""


@pytest.fixture
def bloc(tmp_path: Path) -> DataSet:
    (tmp_path / "programme").mkdir()
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    (tmp_path / "programme" / "2023.yaml").write_text(PROGRAMME, encoding="utf-8")
    return DataSet(str(tmp_path))


def month(m: int) -> tuple[date, date]:
    ends = {1: 31, 4: 30, 5: 31, 6: 30, 7: 31}
    return date(2023, m, 1), date(2023, m, ends[m])


def test_the_cells_taking_part_each_month(bloc: DataSet) -> None:
    assert taking_part(bloc, *month(1)) == ["all-year", "leaves-july", "with-k"]
    assert taking_part(bloc, *month(4)) == ["all-year", "joins-april", "leaves-july", "with-k"]
    # the committee left on 1 May, taking its cell with it
    assert taking_part(bloc, *month(5)) == ["all-year", "joins-april", "leaves-july"]
    # leaving on 2 July: still there on the 1st
    assert taking_part(bloc, *month(7)) == ["all-year", "joins-april", "leaves-july"]


def test_joining_on_the_last_day_and_leaving_on_the_first(bloc: DataSet) -> None:
    assert "joins-april" in taking_part(bloc, date(2023, 4, 1), date(2023, 4, 15))
    assert "joins-april" not in taking_part(bloc, date(2023, 4, 1), date(2023, 4, 14))
    assert "leaves-july" not in taking_part(bloc, date(2023, 7, 2), date(2023, 7, 31))
    assert "with-k" not in taking_part(bloc, date(2023, 5, 1), date(2023, 5, 31))


def test_the_whole_year(bloc: DataSet) -> None:
    assert taking_part(bloc, date(2023, 1, 1), date(2023, 12, 31)) == [
        "all-year",
        "joins-april",
        "leaves-july",
        "with-k",
    ]
    assert taking_part(bloc, date(2024, 1, 1), date(2024, 1, 31)) == []  # no programme


def test_cells_asked_for_that_are_not_in_the_programme(bloc: DataSet) -> None:
    assert not_in_programme(bloc, 2023, ["all-year", "not-in", "all-yaer", "ghost"]) == [
        ("not-in", msg("empty")),
        ("all-yaer", msg("hint.did_you_mean", name="all-year")),
        ("ghost", msg("empty")),  # listed, but not a cell of the organisation
    ]
    assert not_in_programme(bloc, 2023, []) == []
    assert not_in_programme(bloc, 2024, ["all-year"]) == [("all-year", msg("empty"))]
