"""Places in a workbook, as a person finds them."""

from __future__ import annotations

from fourgood.errors import Severity
from fourgood.forms.places import Field, Place, Row
from fourgood.i18n.message import msg


def test_a_place_a_problem_and_a_row() -> None:
    assert Place("Sinh hoạt", "C7").where("f.xlsx") == "f.xlsx, Sinh hoạt!C7"
    assert Place("Sinh hoạt").where("f.xlsx") == "f.xlsx, Sinh hoạt"
    problem = Place("Kỷ luật", "B2").problem("f.xlsx", msg("import.control"))
    assert (problem.file, problem.severity) == ("f.xlsx, Kỷ luật!B2", Severity.ERROR)
    row = Row(3, Place("S", "A3"), {"topic": Field("x", Place("S", "C3"))})
    assert (row.value("topic"), row.value("kind")) == ("x", None)
    assert (row.at("topic"), row.at("kind")) == (Place("S", "C3"), Place("S", "A3"))
