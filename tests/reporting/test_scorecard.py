"""The names around a cell's scorecard: the unit above it, the verifying committee and the
secretary on the sheet's day."""

from __future__ import annotations

from datetime import date

from fourgood.i18n.message import Person
from fourgood.models.roster import Roster
from fourgood.read.dataset import DataSet
from fourgood.reporting.scorecard import cell_sheet, secretary
from fourgood.reporting.summaries import run_years
from tests.conftest import LANG_SON, WALKTHROUGH


def _roster(*members: dict[str, object]) -> Roster:
    base = {"sex": "male", "born": "1980-01-01", "admitted": "2005-01-01"}
    return Roster.model_validate({"members": [base | m for m in members]})


def test_the_secretary_on_the_day() -> None:
    roster = _roster(
        {
            "id": "A",
            "name": "An",
            "role": "secretary",
            "transferred_out": {"date": "2023-06-01", "to": "X"},
        },
        {"id": "B", "name": "Bình", "role": "member"},
        {
            "id": "C",
            "name": "Cúc",
            "role": "secretary",
            "transferred_in": {"date": "2023-06-01", "from": "X"},
        },
    )
    assert secretary(roster, date(2023, 5, 31)) == Person("A", "An")
    assert secretary(roster, date(2023, 12, 31)) == Person("C", "Cúc")
    assert secretary(_roster({"id": "B", "name": "Bình"}), date(2023, 12, 31)) is None
    assert secretary(None, date(2023, 12, 31)) is None


def test_a_grassroots_cell_is_verified_by_the_bloc() -> None:
    ds = DataSet(str(WALKTHROUGH))
    run = run_years(ds, [2023], cell_ids={"van-phong"}, all_cells=False)[2023]
    card = next(c.card for c in run.evaluated() if c.card is not None)
    sheet = cell_sheet(ds, card)
    assert sheet.unit == sheet.verifier == "Đảng ủy Khối các cơ quan tỉnh (ví dụ)"
    assert sheet.secretary is not None
    assert sheet.settings == ds.organisation.bloc.documents  # type: ignore[union-attr]


def test_a_cell_under_a_committee_is_verified_by_it() -> None:
    ds = DataSet(str(LANG_SON))
    run = run_years(ds, [2023], cell_ids={"attp"}, all_cells=False)[2023]
    card = next(c.card for c in run.evaluated() if c.card is not None)
    sheet = cell_sheet(ds, card)
    assert sheet.unit == sheet.verifier == "Đảng bộ Sở Y tế"
    assert sheet.settings.place == "Lạng Sơn"
