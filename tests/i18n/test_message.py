"""Messages: a catalogue key and the values to fill in, compared as values."""

from __future__ import annotations

import dataclasses
from datetime import date
from fractions import Fraction

import pytest

from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, Text, msg
from fourgood.i18n.render import render


def test_a_message_is_its_key_and_its_arguments_in_name_order() -> None:
    message = msg("meet.outside_year", year=2023)
    assert message == Msg("meet.outside_year", (("year", 2023),))
    assert msg("k", b=1, a=2).args == (("a", 2), ("b", 1))
    assert msg("empty") == Msg("empty")
    assert msg("empty").args == ()


def test_equal_messages_are_equal_whatever_the_order_they_were_built_in() -> None:
    first = msg("summary.counts", errors=1, warnings=2, files=3)
    second = msg("summary.counts", files=3, warnings=2, errors=1)
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != msg("summary.counts", errors=2, warnings=1, files=3)
    assert first != msg("summary.clean", files=3)


def test_an_argument_by_name() -> None:
    message = msg("why.unexcused", name=Person("TP-005", "Ngô Văn Sơn"), day=date(2023, 10, 12))
    assert message.arg("day") == date(2023, 10, 12)
    assert message.arg("name") == Person("TP-005", "Ngô Văn Sơn")
    with pytest.raises(KeyError, match="when"):
        message.arg("when")


def test_messages_and_values_cannot_be_changed() -> None:
    message = msg("file.missing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.key = "file.empty"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Month(2023, 8).month = 9  # type: ignore[misc]


def test_values_compare_by_what_they_hold() -> None:
    assert Month(2023, 8) == Month(2023, 8)
    assert Month(2023, 8) != Month(2024, 8)
    assert Quarter(2023, 3) != Quarter(2023, 4)
    assert Pct(Fraction(19, 20)) == Pct(Fraction(95, 100))
    assert Choice("rating", "HTTNV") != Choice("dues", "HTTNV")
    assert Person("TP-001", "Nguyễn Văn An") != Person("TP-002", "Nguyễn Văn An")
    assert Text("Leadership", "Lãnh đạo") == Text(en="Leadership", vi="Lãnh đạo")


def test_a_message_may_carry_another_message() -> None:
    hint = msg("hint.did_you_mean", name="inspection")
    message = msg("model.unknown_key", key="inspektion", hint=hint)
    assert message.arg("hint") is hint
    assert render(message, "en") == "unknown key 'inspektion'; did you mean 'inspection'?"
    assert render(message, "vi") == "mục không hợp lệ 'inspektion'; có phải ý bạn là 'inspection'?"


def test_free_text_carries_both_languages() -> None:
    label = Text("Leadership", "Lãnh đạo")
    assert (label.en, label.vi) == ("Leadership", "Lãnh đạo")
    assert render(label, "en") == "Leadership"
    assert render(label, "vi") == "Lãnh đạo"
