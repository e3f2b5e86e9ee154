"""A member on two rosters only one after the other: a transfer out of one, then in to the
other."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fourgood.checks.members import (
    member_ids_look_like_themselves,
    one_roster_at_a_time,
    spans,
    transfers_arrive,
)
from fourgood.checks.subjects import Rosters, RosterSpan, RosterSpans
from fourgood.errors import Problem
from fourgood.lookalikes import lookalikes, scripts

from .kit import member, roster, said


def test_each_members_time_on_a_roster() -> None:
    found = spans(
        "a",
        roster(
            member("TP-1"),
            member("TP-2", transferred_in={"date": "2020-03-01", "from": "X"}),
            member("TP-3", transferred_out={"date": "2023-05-01", "to_cell": "b"}),
        ),
        "cells/a/roster.yaml",
    )
    assert found.members == ("TP-1", "TP-2", "TP-3")
    assert [found.span(i) for i in range(3)] == [
        RosterSpan("TP-1", "a", date(2005, 5, 19), None, "cells/a/roster.yaml", 0),
        RosterSpan("TP-2", "a", date(2020, 3, 1), None, "cells/a/roster.yaml", 1),
        RosterSpan(
            "TP-3",
            "a",
            date(2005, 5, 19),
            date(2023, 5, 1),
            "cells/a/roster.yaml",
            2,
            to_cell="b",
            out_day=date(2023, 5, 1),
        ),
    ]


def moved(out: str | None, arrived: str) -> Rosters:
    """TP-1 on a's roster (until ``out``), and on b's from ``arrived``."""
    left: dict[str, Any] = {"transferred_out": {"date": out, "to_cell": "b"}} if out else {}
    a = spans("a", roster(member("TP-1", **left)), "cells/a/roster.yaml")
    b = spans(
        "b",
        roster(member("TP-0"), member("TP-1", transferred_in={"date": arrived, "from_cell": "a"})),
        "cells/b/roster.yaml",
    )
    return Rosters(rosters=[b, a])


def test_a_transfer_out_then_in_is_fine_even_on_the_same_day() -> None:
    assert list(one_roster_at_a_time(moved("2023-05-01", "2023-05-01"))) == []
    assert list(one_roster_at_a_time(moved("2023-05-01", "2023-06-01"))) == []


def test_a_transfer_naming_a_cell_whose_roster_is_empty_is_reported_as_any_other() -> None:
    # a new cell's roster starts empty: the first member sent there is checked like the next
    arrived: dict[str, Any] = {"transferred_in": {"date": "2023-05-01", "from_cell": "a"}}
    came = spans("b", roster(member("TP-1", **arrived)), "cells/b/roster.yaml")
    left: dict[str, Any] = {"transferred_out": {"date": "2023-05-01", "to_cell": "b"}}
    went = spans("a", roster(member("TP-2", **left)), "cells/a/roster.yaml")
    empty_a, empty_b = spans("a", roster(), "cells/a/roster.yaml"), spans("b", roster(), "x")
    found = said(list(transfers_arrive(Rosters(rosters=[came, empty_a]))))
    assert [where for _, _, where in found] == [("members", 0, "transferred_in", "from_cell")]
    assert "does not record 'TP-1' leaving" in found[0][1]
    found = said(list(transfers_arrive(Rosters(rosters=[went, empty_b]))))
    assert [where for _, _, where in found] == [("members", 0, "transferred_out", "to_cell")]
    assert "has no member 'TP-2'" in found[0][1]


def test_being_on_two_rosters_at_once_is_reported_on_the_later_one() -> None:
    for out in (None, "2023-05-02"):
        problems = list(one_roster_at_a_time(moved(out, "2023-05-01")))
        assert [p.file for p in problems] == ["cells/b/roster.yaml"]
        assert said(problems) == [
            (
                "error",
                "member 'TP-1' is also on the roster of cell 'a' (cells/a/roster.yaml) at the "
                "same time; record a transfer out there and a transfer in here",
                ("members", 1, "id"),
            )
        ]


def test_a_duplicate_inside_one_roster_is_left_to_the_rosters_check() -> None:
    twice = spans("a", roster(member("TP-1"), member("TP-1")), "cells/a/roster.yaml")
    assert list(one_roster_at_a_time(Rosters(rosters=[twice]))) == []


def test_no_member_id_is_disguised_as_another_on_any_roster() -> None:
    a = spans("a", roster(member("\u0422P-1"), member("TP-2")), "cells/a/roster.yaml")
    b = spans("b", roster(member("TP-1"), member("TP-2")), "cells/b/roster.yaml")
    assert said(list(member_ids_look_like_themselves(Rosters(rosters=[b, a])))) == [
        (
            "warning",
            "'\u0422P-1' looks like 'TP-1' (cells/b/roster.yaml) but is another id: if they are "
            "the same, type this one again",
            ("members", 0, "id"),
        )
    ]


def test_a_roster_s_columns_give_back_each_span() -> None:
    kept = [
        RosterSpan("TP-1", "a", date.min, date.max, "r.yaml", 0),
        RosterSpan("TP-2", "a", date(2020, 3, 1), None, "r.yaml", 1, from_cell="b"),
        RosterSpan("TP-1", "a", date(1999, 12, 31), None, "r.yaml", 2),
        RosterSpan("TP-3", "a", date(2001, 1, 1), None, "r.yaml", 3, out_day=date(2023, 1, 1)),
    ]
    columns = RosterSpans.of("a", "r.yaml", kept)
    assert [columns.span(i) for i in range(4)] == kept
    assert columns.moves == (kept[1], kept[3])


# The checks across rosters as they were written over one list of every member's span: the
# compact columns must find exactly what they found, in the same order.


def _every_span(rosters: list[RosterSpans]) -> list[RosterSpan]:
    return [r.span(i) for r in rosters for i in range(len(r.members))]


def _plain_one_roster_at_a_time(rosters: list[RosterSpans]) -> list[tuple[str, int, str]]:
    by_member: dict[str, list[RosterSpan]] = {}
    for span in _every_span(rosters):
        by_member.setdefault(span.member, []).append(span)
    found = []
    for member_id, entries in sorted(by_member.items()):
        ordered = sorted(entries, key=lambda e: (e.start, e.cell))
        for earlier, later in itertools.pairwise(ordered):
            if earlier.cell != later.cell and (earlier.end is None or earlier.end > later.start):
                found.append((later.file, later.position, member_id + earlier.cell))
    return found


def _plain_transfers(rosters: list[RosterSpans]) -> list[tuple[str, int, str]]:
    every = _every_span(rosters)
    by_place = {(s.member, s.cell): s for s in every}
    cells = {r.cell for r in rosters}  # every roster read, an empty one too
    found = []
    for span in every:
        arrived = by_place.get((span.member, span.to_cell or ""))
        if span.to_cell in cells and span.out_day is not None and arrived is None:
            found.append((span.file, span.position, "not arrived"))
        if span.from_cell in cells and span.from_cell != span.cell:
            other = by_place.get((span.member, span.from_cell))
            if other is None or other.to_cell != span.cell:
                found.append((span.file, span.position, "not left"))
            elif other.out_day is not None and other.out_day != span.start:
                found.append((span.file, span.position, "dates differ"))
    return found


def _plain_look_alike(rosters: list[RosterSpans]) -> list[tuple[str, int, str]]:
    ordered = sorted(_every_span(rosters), key=lambda s: (s.file, s.position))
    twins = lookalikes([s.member for s in ordered])
    found = []
    for span in ordered:
        if span.member in twins:
            found.append((span.file, span.position, "id.looks_like"))
        elif len(scripts(span.member)) > 1:
            found.append((span.file, span.position, "id.mixed_scripts"))
    return found


_CELLS = ("a", "b", "c")
_DAYS = st.dates(date(2020, 1, 1), date(2020, 1, 6))


@st.composite
def _rosters(draw: st.DrawFn) -> list[RosterSpans]:
    """A few rosters whose members share a handful of ids, days and transfers."""
    rosters = []
    for cell in draw(st.lists(st.sampled_from(_CELLS), unique=True)):
        file = f"cells/{cell}/roster.yaml"
        kept = []
        for position in range(draw(st.integers(0, 5))):
            start = draw(_DAYS)
            end = draw(st.none() | _DAYS)
            kept.append(
                RosterSpan(
                    draw(st.sampled_from(("TP-1", "TP-2", "TP-3", "\u0422P-1", "T\u0420-\u0399"))),
                    cell,
                    start,
                    end,
                    file,
                    position,
                    draw(st.none() | st.sampled_from(_CELLS)),
                    draw(st.none() | st.sampled_from(_CELLS)),
                    end if draw(st.booleans()) else None,
                )
            )
        rosters.append(RosterSpans.of(cell, file, kept))
    return rosters


def _places(problems: list[Problem]) -> list[tuple[str, int]]:
    return [(p.file, int((p.where or ("", -1))[1])) for p in problems]


@given(_rosters())
@settings(max_examples=300, deadline=None)
def test_the_checks_across_rosters_find_what_a_plain_pass_over_every_span_finds(
    rosters: list[RosterSpans],
) -> None:
    subject = Rosters(rosters=rosters)
    plain = _plain_one_roster_at_a_time(rosters)
    assert _places(list(one_roster_at_a_time(subject))) == [(f, p) for f, p, _ in plain]
    plain = _plain_transfers(rosters)
    assert _places(list(transfers_arrive(subject))) == [(f, p) for f, p, _ in plain]
    plain = _plain_look_alike(rosters)
    found = list(member_ids_look_like_themselves(subject))
    assert [(p.file, int((p.where or ("", -1))[1]), p.message.key) for p in found] == plain
