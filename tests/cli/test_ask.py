"""Values of a recording command: read in the user's words, asked for only at a terminal."""

from __future__ import annotations

from datetime import date

import pytest
import typer

from fourgood.cli import ask


def test_values_in_the_users_words() -> None:
    assert ask.day("01/03/2025") == date(2025, 3, 1)
    assert ask.day("2025-03-01") == date(2025, 3, 1)
    assert ask.choice("dues")("đóng chậm") == "late"
    assert ask.yes_no("có") is True
    assert ask.yes_no("no") is False
    assert ask.whole(" 12 ") == 12
    assert ask.one_of(["a", "b"])("b ") == "b"
    with pytest.raises(ask.Invalid):
        ask.day("31/02/2025")
    with pytest.raises(ask.Invalid):
        ask.whole("-1")
    with pytest.raises(ask.Invalid):
        ask.words("  ")


def test_a_missing_value_is_a_usage_error_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ask, "interactive", lambda: False)
    with pytest.raises(typer.BadParameter, match="--date"):
        ask.need(None, "--date", "en", ask.day, "ask.transfer_date")
    with pytest.raises(typer.BadParameter):
        ask.optional("soon", "--to", "vi", ask.day)
    assert ask.optional(None, "--to", "vi", ask.day) is None


def test_at_a_terminal_it_asks_until_the_answer_means_something(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["hôm qua", "15/12/2023"])
    monkeypatch.setattr(ask, "interactive", lambda: True)
    monkeypatch.setattr(typer, "prompt", lambda text, err: next(answers))
    assert ask.need(None, "--date", "vi", ask.day, "ask.transfer_date") == date(2023, 12, 15)
    assert "hôm qua" in capsys.readouterr().err
