"""The 4 Good result as a fact: read by the classification's criteria once the cell is
scored."""

from __future__ import annotations

from fourgood.scoring.facts import FACTS
from fourgood.scoring.facts.result import four_good
from fourgood.scoring.values import Level, Missing

from .kit import cell_year, words


def test_the_result_as_a_level() -> None:
    cell = cell_year()
    assert FACTS["four_good"].needs_result
    assert FACTS["four_good"].levels == ("met", "not_met")
    cell.result = "met"
    met = four_good(cell)
    assert isinstance(met, Level)
    assert (met.low, met.high) == ("met", "met")
    cell.result = "not_met"
    not_met = four_good(cell)
    assert isinstance(not_met, Level)
    assert (not_met.low, not_met.high, words(not_met.reasons)) == (
        "not_met",
        "not_met",
        ["did not meet the 4 Good standard"],
    )
    cell.result = "incomplete"
    incomplete = four_good(cell)
    assert isinstance(incomplete, Level)
    assert (incomplete.low, incomplete.high) == ("not_met", "met")  # either way, for now
    assert words(incomplete.unknown, "vi") == ["kết quả Chi bộ 4 tốt còn thiếu dữ liệu"]


def test_a_cell_not_scored_has_no_result() -> None:
    missing = four_good(cell_year())
    assert isinstance(missing, Missing)
    assert words((missing.reason,)) == [
        "no 4 Good result: the cell was not scored in the programme this year"
    ]
