"""Facts of the meeting log: attendance leaves out those not expected that day."""

from __future__ import annotations

from fractions import Fraction

from fourgood.scoring.facts.meetings import attendance, unexcused_absences
from fourgood.scoring.values import Count, Share

from .kit import cell_year, member

MEMBERS = [
    member("A"),
    member("B", exempt=[{"from": "2023-03-01", "to": "2023-03-31", "reason": "ốm dài ngày"}]),
    member("C"),
]


def _meeting(day: str, absent: dict[str, str]) -> dict[str, object]:
    return {"date": day, "kind": "regular", "duration": 120, "absent": absent}


def test_a_member_exempt_that_day_is_never_counted_absent_even_when_listed() -> None:
    cell = cell_year(
        members=MEMBERS,
        meetings=[
            _meeting("2023-03-10", {"B": "unexcused"}),  # exempt that day: not counted
            _meeting("2023-04-10", {"B": "unexcused"}),  # no longer exempt: counted
        ],
    )
    rate, unexcused = attendance(cell), unexcused_absences(cell)
    assert isinstance(rate, Share)
    assert isinstance(unexcused, Count)
    # 10 March: A and C expected, both present; 10 April: 2 of 3 present
    assert rate.low == (Fraction(1) + Fraction(2, 3)) / 2
    assert [m.arg("day").isoformat() for m in unexcused.found] == ["2023-04-10"]  # type: ignore[attr-defined]


def test_someone_not_a_member_that_day_is_not_counted_absent() -> None:
    members = [member("A"), member("N", admitted="2023-05-01", full_member=None)]
    cell = cell_year(members=members, meetings=[_meeting("2023-03-10", {"N": "unexcused"})])
    unexcused = unexcused_absences(cell)
    assert isinstance(unexcused, Count)
    assert unexcused.found == ()
