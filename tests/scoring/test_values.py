"""The values facts take: missing, not applicable, or a reading that keeps its pessimistic and
optimistic sides apart, all exact."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date
from fractions import Fraction

import pytest

from fourgood.i18n.message import msg
from fourgood.scoring.facts import FACTS
from fourgood.scoring.values import (
    Count,
    FactType,
    FactValue,
    Level,
    Missing,
    NotApplicable,
    OnDate,
    Ratio,
    Share,
    YesNo,
)


def test_the_kinds_of_fact_are_the_ones_facts_are_registered_as() -> None:
    assert typing.get_args(FactType) == ("share", "count", "ratio", "yes_no", "date", "level")
    assert {spec.type for spec in FACTS.values()} == set(typing.get_args(FactType))


def test_a_fact_value_is_one_of_the_readings_or_nothing() -> None:
    assert set(typing.get_args(FactValue)) == {
        Count,
        Share,
        Ratio,
        YesNo,
        OnDate,
        Level,
        NotApplicable,
        Missing,
        type(None),
    }


def test_readings_without_missing_evidence_by_default() -> None:
    count = Count((msg("why.key_task", name="A"),))
    assert (count.unknown, count.measured) == ((), None)
    share = Share(Fraction(19, 20), Fraction(19, 20), msg("measured.members_of", n=19, total=20))
    assert (share.shortfalls, share.unknown) == ((), ())
    assert Level("good", "good") == Level("good", "good", (), (), None)
    assert YesNo(True).when is None


def test_shares_are_exact() -> None:
    share = Share(Fraction(19, 20), Fraction(1), msg("empty"))
    assert share.low == Fraction(95, 100)  # exactly 95%, no float in between
    assert share.low * 100 >= 95
    assert Share(Fraction(1, 3), Fraction(1, 3), msg("empty")).low * 3 == 1


def test_missing_and_not_applicable_say_why() -> None:
    assert Missing(msg("why.no_meetings_logged")).reason == msg("why.no_meetings_logged")
    not_applicable: object = NotApplicable(msg("na.no_month"))
    assert not_applicable != Missing(msg("na.no_month"))


@pytest.mark.parametrize(
    "value",
    [
        Count(()),
        Share(Fraction(1), Fraction(1), msg("empty")),
        Ratio(2, 2),
        YesNo(True, date(2023, 12, 20)),
        OnDate(None),
        Level("admitted", "admitted"),
        Missing(msg("why.missing")),
        NotApplicable(msg("na.no_quarter")),
    ],
)
def test_values_cannot_change_and_can_be_shared(value: object) -> None:
    assert dataclasses.is_dataclass(value)
    field = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, field, None)
    assert hash(value) == hash(dataclasses.replace(value))  # type: ignore[type-var]
