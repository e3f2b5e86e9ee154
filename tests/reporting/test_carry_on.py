"""What a new year starts from: the year before's results, cell by cell (carry on, for the
board, gone), and the cell types no edition covers in the new year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fourgood.read.dataset import DataSet
from fourgood.reporting.carry_on import Carried, new_year
from tests.conftest import WALKTHROUGH, walkthrough_moved_to


def test_the_cells_that_met_the_standard_carry_on_the_others_go_to_the_board() -> None:
    plan = new_year(DataSet(str(WALKTHROUGH)), 2024, None)
    assert (plan.year, plan.as_of) == (2024, None)
    assert plan.continuing == (Carried("van-phong", "Chi bộ Văn phòng Sở Tư pháp", "met"),)
    assert plan.to_decide == (
        Carried(
            "trung-tam-yte",
            "Chi bộ Trung tâm Y tế dự phòng",
            "not_met",
            (("P", 62), ("S", 92), ("Q", 87), ("M", 68)),
        ),
    )
    assert (plan.gone, plan.uncovered) == ((), ())


def test_a_cell_that_ended_before_the_new_year_is_named_with_what_became_of_it(
    tmp_path: Path,
) -> None:
    data = walkthrough_moved_to(2025, tmp_path / "data")
    organisation = data / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8").replace(
        "    type: public_service\n    parent: dukcq\n",
        "    type: public_service\n    parent: dukcq\n"
        "    changes: [{date: 2026-01-01, merge: van-phong}]\n",
    )
    organisation.write_text(text, encoding="utf-8")
    plan = new_year(DataSet(str(data)), 2026, date(2025, 12, 31))
    assert plan.gone == (
        Carried(
            "trung-tam-yte",
            "Chi bộ Trung tâm Y tế dự phòng",
            None,
            (),
            (date(2026, 1, 1), "merged", "Chi bộ Văn phòng Sở Tư pháp"),
        ),
    )
    assert [c.cell for c in plan.continuing] == ["van-phong"]
    assert plan.to_decide == ()


def test_the_cell_types_no_edition_covers_in_the_new_year(tmp_path: Path) -> None:
    # A bloc scoring 2021 with its own copy of the 2023 edition: no edition covers 2022.
    data = walkthrough_moved_to(2021, tmp_path / "data")
    (data / "rubrics").mkdir()
    shipped = (WALKTHROUGH.parents[1] / "rubrics" / "4good-2023.yaml").read_text(encoding="utf-8")
    own = shipped.replace("in_force: {from: 2023-01-01, to: 2024-12-31}", "years: [2021]")
    (data / "rubrics" / "ours.yaml").write_text(own, encoding="utf-8")
    ds = DataSet(str(data))
    assert ds.rubric_for(2021, "agency") is not None
    plan = new_year(ds, 2022, None)
    assert plan.uncovered == ("agency", "public_service")
    assert [c.cell for c in plan.continuing] == ["van-phong"]
