"""What the checks look at: one kind of subject per kind of file (and the whole-set ones), each
with at least one check, and values that cannot change under a check."""

from __future__ import annotations

import dataclasses
import marshal
from datetime import date

import pytest

from fourgood import checks
from fourgood.checks import subjects
from fourgood.checks.subjects import Headcount, Rosters, RosterSpan, RosterSpans
from fourgood.read.codec import Codec, CodecError

from .kit import index, roster


def test_every_kind_of_subject_has_checks() -> None:
    kinds = {
        value
        for value in vars(subjects).values()
        if dataclasses.is_dataclass(value)
        and isinstance(value, type)
        and value.__module__ == subjects.__name__
    }
    parts = {RosterSpan, RosterSpans, Headcount}  # pieces of the Rosters and Charter subjects
    assert {kind.__name__ for kind in kinds - parts} == {
        "OrganisationFile",
        "ProgrammeFile",
        "RosterFile",
        "MeetingsFile",
        "RecordFile",
        "RubricFile",
        "RubricSet",
        "Rosters",
        "Charter",
        "DataSetFiles",
    }
    for kind in kinds - parts:
        assert checks.CHECKS[kind], kind.__name__


def test_rosters_start_empty_and_apart() -> None:
    first, second = Rosters(), Rosters()
    assert (first.rosters, first.counts) == ([], {})
    span = RosterSpan("TP-1", "a", date(2020, 1, 1), None, "r.yaml", 0)
    first.rosters.append(RosterSpans.of("a", "r.yaml", [span]))
    assert second.rosters == []


def test_subjects_cannot_change() -> None:
    subject = subjects.RosterFile("a", roster(), "r.yaml", index(), date(2023, 12, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        subject.cell = "b"  # type: ignore[misc]


@pytest.mark.parametrize(
    "days",
    [
        "",  # no days for its one member
        "0000000" + "0000000",  # no first day
        "3652060" + "0000000",  # after date.max
        "0738000" + "073800x",
        "0738000" + "0000000" + "0738000" + "0000000",  # two members' days
    ],
)
def test_a_roster_s_columns_refuse_days_that_are_not_its_members(days: str) -> None:
    with pytest.raises(ValueError, match="days"):
        RosterSpans("a", "r.yaml", ("TP-1",), days)


def test_a_roster_s_columns_refuse_a_transfer_of_another_member() -> None:
    days = "0738000" + "0000000"
    elsewhere = RosterSpan("TP-2", "a", date(2020, 1, 1), None, "r.yaml", 0, from_cell="b")
    with pytest.raises(ValueError, match="transfers"):
        RosterSpans("a", "r.yaml", ("TP-1",), days, (elsewhere,))
    beyond = RosterSpan("TP-1", "a", date(2020, 1, 1), None, "r.yaml", 1, from_cell="b")
    with pytest.raises(ValueError, match="transfers"):
        RosterSpans("a", "r.yaml", ("TP-1",), days, (beyond,))


def test_columns_forged_in_the_cache_are_a_miss_not_a_traceback() -> None:
    codec = Codec((RosterSpan, RosterSpans))
    span = RosterSpan("TP-1", "a", date(2020, 1, 1), None, "r.yaml", 0)
    plain = marshal.loads(codec.dumps(RosterSpans.of("a", "r.yaml", [span])))
    plain[2][3] = "0000000" + "0000000"
    with pytest.raises(CodecError):
        codec.loads(marshal.dumps(plain), RosterSpans)
