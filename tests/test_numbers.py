"""The one place that rounds and writes numbers: the report's figures, shares and JSON values."""

from __future__ import annotations

from fractions import Fraction

import pytest

from fourgood.numbers import (
    format_figure,
    format_mean,
    format_number,
    format_share,
    round_for_json,
    spreadsheet_number,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Fraction(1, 8), 0.13), (Fraction(-1, 8), -0.12), (Fraction(2, 3), 0.67), (Fraction(7), 7.0)],
)
def test_json_figures_round_half_up_to_two_decimals(value: Fraction, expected: float) -> None:
    assert round_for_json(value) == expected


def test_figures_separate_thousands_in_the_readers_language() -> None:
    assert format_figure(4327, "en") == "4,327"
    assert format_figure(4327, "vi") == "4.327"
    assert format_figure(1234567, "vi") == "1.234.567"
    assert format_figure(Fraction(187, 2), "vi") == "93,5"


def test_a_share_of_nothing_is_a_dash() -> None:
    assert format_share(23, 24, "en") == "95.8%"
    assert format_share(23, 24, "vi") == "95,8%"
    assert format_share(0, 0, "en") == "–"


@pytest.mark.parametrize(
    "value", [Fraction(187, 2), Fraction(29, 3), Fraction(930001, 10000), Fraction(-1, 20)]
)
def test_a_spreadsheet_holds_the_number_as_it_is_shown(value: Fraction) -> None:
    number = spreadsheet_number(value)
    assert isinstance(number, float)
    assert f"{number:.1f}" == format_number(value, "en")


def test_whole_numbers_stay_whole_in_a_spreadsheet() -> None:
    assert spreadsheet_number(Fraction(10)) == 10
    assert isinstance(spreadsheet_number(Fraction(10)), int)
    assert spreadsheet_number(4327) == 4327


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (100, "100.0", "100,0"),
        (Fraction(199, 2), "99.5", "99,5"),
        (Fraction(9896, 100), "99.0", "99,0"),
        (Fraction(99950, 1000), "100.0", "100,0"),
        (Fraction(-1, 20), "0.0", "0,0"),
    ],
)
def test_means_always_have_one_decimal(value: int | Fraction, en: str, vi: str) -> None:
    assert (format_mean(value, "en"), format_mean(value, "vi")) == (en, vi)
