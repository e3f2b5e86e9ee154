"""The codec: values round trip; data of any other shape is a CodecError, never code run."""

from __future__ import annotations

import marshal
import pickle
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Any, Literal

import pytest

from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.message import Msg, Text, msg
from fourgood.models.programme import Participant
from fourgood.read.codec import Codec, CodecError


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Leaf:
    day: date
    share: Fraction
    colour: Colour
    state: Literal["full", "zero"]


@dataclass(frozen=True)
class Tree:
    name: str
    leaves: tuple[Leaf, ...]
    counts: dict[str, int]
    parent: Tree | None
    where: tuple[str | int, ...] | None


CODEC = Codec((Leaf, Tree, Colour, Participant, Problem, Severity, Anchor, Msg, Text))
LEAF = Leaf(date(2025, 3, 1), Fraction(2, 3), Colour.BLUE, "full")
TREE = Tree("gốc", (LEAF, LEAF), {"a": 1}, Tree("cha", (), {}, None, None), ("cells", 2))


class Str(str):
    """A str subclass, as a YAML reader may give."""


def test_values_round_trip() -> None:
    value = (
        [(2025, TREE)],
        [Problem("f.yaml", msg("file.empty"), Severity.WARNING, 1, 2)],
        Participant(cell="van-phong", basis="selected", joined=date(2025, 4, 1)),
    )
    hint = tuple[list[tuple[int, Tree]], list[Problem], Participant]
    assert CODEC.loads(CODEC.dumps(value), hint) == value


def test_subclasses_of_plain_types_become_plain() -> None:
    decoded = CODEC.loads(CODEC.dumps([Str("x")]), list[str])
    assert decoded == ["x"]
    assert type(decoded[0]) is str


def test_an_enum_stays_an_enum() -> None:
    assert CODEC.loads(CODEC.dumps(Colour.RED), Colour) is Colour.RED


def test_encoding_an_unknown_class_is_a_bug() -> None:
    @dataclass
    class Other:
        x: int

    with pytest.raises(TypeError):
        CODEC.dumps(Other(1))


L = f"{Leaf.__module__}:Leaf"
RED = ("e", f"{Colour.__module__}:Colour", "red")
GREEN = ("e", f"{Colour.__module__}:Colour", "green")


@pytest.mark.parametrize(
    "plain",
    [
        ("c", L, [("d", 1), ("f", 1, 2), ("e", "x", "red"), "full"]),  # an unknown enum
        ("c", L, [("d", 1), ("f", 1, 2)]),  # a field missing
        ("c", L, [1, ("f", 1, 2), RED, "full"]),  # a number for a date
        ("c", L, [("d", 1), ("f", 1, 0), RED, "full"]),  # a fraction over zero
        ("c", L, [("d", 1), ("f", 1, 2), GREEN, "full"]),  # not one of the enum's values
        ("c", L, [("d", 1), ("f", 1, 2), RED, "half"]),  # not one of the literal's values
        ("c", "os:system", ["echo owned"]),
        ("c", "builtins:eval", ["1"]),
        ("p", f"{Participant.__module__}:Participant", ("m", [["cell", 3]])),
        ("d", 10**12),
        ("z", 1),
        ("t",),
        [1, 2],
        ("l", [("l", [("q",)])]),
    ],
)  # fmt: skip
def test_any_other_shape_is_a_codec_error(plain: Any) -> None:
    with pytest.raises(CodecError):
        CODEC.loads(marshal.dumps(plain), Leaf)


def test_a_value_of_another_type_is_a_codec_error() -> None:
    with pytest.raises(CodecError):
        CODEC.loads(CODEC.dumps(LEAF), Tree)
    with pytest.raises(CodecError):
        CODEC.loads(CODEC.dumps([1, "2"]), list[int])


def test_bytes_that_are_not_plain_data_are_a_codec_error() -> None:
    with pytest.raises(CodecError):
        CODEC.loads(b"\xff\x00garbage", Leaf)


def test_a_pickle_is_never_run() -> None:
    class Boom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (exec, ("raise SystemExit('code ran')",))

    with pytest.raises(CodecError):
        CODEC.loads(pickle.dumps(Boom()), Leaf)


def test_data_nested_too_deep_is_a_codec_error() -> None:
    plain: Any = 1
    for _ in range(900):  # within marshal's depth, beyond Python's recursion limit
        plain = ("l", [plain])
    with pytest.raises(CodecError):
        CODEC.loads(marshal.dumps(plain), Leaf)


def test_equal_frozen_values_are_decoded_once_and_shared() -> None:
    codec = Codec((Leaf, Tree, Colour, Participant, Msg, Text), share=(Leaf, Tree, Participant))
    first = codec.loads(codec.dumps([TREE, TREE]), list[Tree])
    again = codec.loads(codec.dumps(TREE), Tree)
    assert first == [TREE, TREE]
    assert first[0] is first[1] is again
    assert first[0].leaves[0] is first[0].leaves[1]
    joined = Participant(cell="van-phong", basis="selected", joined=date(2025, 4, 1))
    models = codec.loads(codec.dumps([joined, joined]), list[Participant])
    assert models[0] is models[1]


def test_sharing_tells_apart_values_that_compare_equal() -> None:
    # 1, True and 1.0 are equal as dict keys but print differently in a message.
    codec = Codec((Msg,), share=(Msg,))
    values = [msg("x", n=1), msg("x", n=True), msg("x", n=1.0), msg("x", n=1)]
    decoded = codec.loads(codec.dumps(values), list[Msg])
    assert [type(dict(m.args)["n"]) for m in decoded] == [int, bool, float, int]
    assert decoded[0] is decoded[3]


def test_only_the_classes_named_are_shared() -> None:
    codec = Codec((Leaf, Tree, Colour), share=(Leaf,))
    first, second = codec.loads(codec.dumps([TREE, TREE]), list[Tree])
    assert first == second
    assert first is not second
    assert first.leaves[0] is second.leaves[1]


def test_a_class_that_can_change_cannot_be_shared() -> None:
    @dataclass
    class Open:
        x: int

    with pytest.raises(TypeError, match="cannot share"):
        Codec((Open,), share=(Open,))
    with pytest.raises(TypeError, match="cannot share"):
        Codec((Leaf,), share=(Tree,))  # not one of the codec's classes


def test_a_shape_that_failed_is_not_kept_for_sharing() -> None:
    codec = Codec((Leaf, Colour), share=(Leaf,))
    bad = ("c", L, [1, ("f", 1, 2), RED, "full"])
    for _ in range(2):
        with pytest.raises(CodecError):
            codec.loads(marshal.dumps(bad), Leaf)
