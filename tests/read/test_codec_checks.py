"""The checks the codec runs on what it reads back: each type's values pass, others do not,
and a type the checks cannot read is a bug."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any, Literal

import pytest

from fourgood.read.codec_checks import CodecError, checker


@pytest.mark.parametrize(
    ("hint", "good", "bad"),
    [
        (int, [0, -3], [True, 1.0, "1", None]),
        (bool, [True, False], [1, 0]),
        (float, [1.5, 2], [True, "1.5"]),
        (str, ["", "x"], [b"x", 1]),
        (None, [None], [0, ""]),
        (date, [date(2025, 1, 1)], ["2025-01-01"]),
        (Fraction, [Fraction(1, 3)], [0.5]),
        (Literal["a", 1], ["a", 1], ["b", True, 1.0]),
        (int | None, [None, 2], ["2"]),
        (list[int], [[], [1, 2]], [(1, 2), [1, "2"]]),
        (tuple[int, ...], [(), (1, 2)], [[1], (1, "x")]),
        (tuple[int, str], [(1, "a")], [(1,), (1, "a", 2), ("a", 1)]),
        (dict[str, int], [{}, {"a": 1}], [{1: 1}, {"a": "1"}, [("a", 1)]]),
        (object, [1, "x", None], []),
        (Any, [[1], {}], []),
    ],
)
def test_each_type_takes_its_values_only(
    hint: object, good: list[object], bad: list[object]
) -> None:
    check = checker(hint)
    assert all(check(v) for v in good), good
    assert not any(check(v) for v in bad), bad


def test_a_check_is_built_once_per_type() -> None:
    assert checker(list[int]) is checker(list[int])


def test_a_type_the_checks_cannot_read_is_a_bug() -> None:
    from collections.abc import Sequence

    with pytest.raises(TypeError):
        checker(Sequence[int])


def test_the_codec_error_is_a_value_error() -> None:
    assert issubclass(CodecError, ValueError)
