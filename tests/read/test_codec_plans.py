"""A type's plan decodes what the general decoder and the check give, value for value, and
refuses what they refuse: on values written by the codec and on plain data of any shape."""

from __future__ import annotations

import marshal
import typing
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourgood.i18n.message import Msg, Text
from fourgood.models.programme import Participant
from fourgood.read import codec_plans
from fourgood.read.codec import Codec, CodecError
from fourgood.read.codec_checks import checker
from tests.read.test_codec import TREE, Colour, Leaf, Tree


@dataclass(frozen=True)
class Sub(Leaf):
    """A subclass, where a field's type names its base."""


CLASSES = (Leaf, Sub, Tree, Colour, Participant, Msg, Text)
SHARED = (Leaf, Sub, Tree, Msg, Text)
HINTS: list[object] = [
    Leaf, Tree, Colour, Msg, Participant, int, bool, float, str, None, date, Fraction, object,
    list[int], tuple[int, ...], tuple[str | int, ...], tuple[int, str], dict[str, int],
    Literal["full", "zero"], Leaf | None, Tree | Leaf, list[Tree], tuple[Leaf | int, ...],
    list[tuple[int, Tree]], Msg | Text, dict[str, Leaf], tuple[int, str] | tuple[int, ...],
    Literal["full", "zero"] | list[int], date | tuple[int, ...], Colour | str | None,
]  # fmt: skip
NAMES = [f"{cls.__module__}:{cls.__qualname__}" for cls in CLASSES] + ["os:system"]
DIGESTS = [bytes([n]) * 20 for n in range(3)]

_ERROR = object()


def _codecs() -> tuple[Codec, Codec]:
    """Two fresh codecs: sharing keeps what it saw, so each way reads with its own."""
    return Codec(CLASSES, SHARED), Codec(CLASSES, SHARED)


def _general(codec: Codec, node: object, hint: object) -> object:
    """The general decoder, then the check: what the codec did before plans."""
    try:
        value = codec.decode_any(node)
    except (CodecError, RecursionError):
        return _ERROR
    return value if checker(hint)(value) else _ERROR


def _planned(codec: Codec, node: Any, hint: object) -> object:
    try:
        return codec.loads(marshal.dumps(node), hint)
    except CodecError:
        return _ERROR


def _same(codec: Codec, first: object, second: object) -> bool:
    """Equal values of the same types all the way down (1, 1.0 and True differ)."""
    if first is _ERROR or second is _ERROR:
        return first is second
    return codec.dumps(first) == codec.dumps(second)


leaves = st.builds(
    Leaf,
    st.dates(),
    st.fractions(),
    st.sampled_from(Colour),
    st.sampled_from(["full", "zero"]),
)
short = st.text(max_size=3)
values = st.recursive(
    st.one_of(st.none(), st.integers(), st.booleans(), st.floats(allow_nan=False), short, leaves),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(short, inner, max_size=2),
        st.builds(Msg, short, st.lists(st.tuples(short, inner), max_size=2).map(tuple)),
    ),
    max_leaves=8,
)


def packed(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    """A node packed as a shared value's is: its own marshal bytes."""
    return inner.map(lambda node: marshal.dumps(node, 2))


plain = st.one_of(
    st.none(), st.integers(-2, 2), st.booleans(), st.floats(0, 1), st.text("ab", max_size=1)
)
nodes = st.recursive(
    plain,
    lambda inner: st.one_of(
        st.tuples(st.sampled_from("tl"), st.lists(inner, max_size=3)),
        st.tuples(st.just("m"), st.lists(st.lists(inner, min_size=2, max_size=2), max_size=2)),
        st.tuples(st.just("c"), st.sampled_from(NAMES), st.lists(inner, max_size=5)),
        st.tuples(st.just("s"), st.sampled_from(DIGESTS), st.one_of(packed(inner), inner)),
        st.tuples(st.just("e"), st.sampled_from(NAMES), st.sampled_from(["red", "green", 1])),
        st.tuples(st.just("d"), st.integers(-1, 800_000)),
        st.tuples(st.just("f"), st.integers(-2, 2), st.integers(-1, 3)),
        st.tuples(st.just("p"), st.sampled_from(NAMES), inner),
        st.lists(inner, max_size=2),
    ),
    max_leaves=12,
)  # fmt: skip


@given(values, st.sampled_from(HINTS))
def test_a_value_the_codec_wrote_reads_back_the_same_both_ways(value: Any, hint: object) -> None:
    writer, _ = _codecs()
    node = marshal.loads(writer.dumps(value))
    general, planned = _codecs()
    assert _same(writer, _general(general, node, hint), _planned(planned, node, hint))


@given(nodes, st.sampled_from(HINTS))
def test_plain_data_of_any_shape_reads_the_same_both_ways(node: Any, hint: object) -> None:
    general, planned = _codecs()
    assert _same(general, _general(general, node, hint), _planned(planned, node, hint))


def _corpus() -> list[object]:
    """Nodes of every shape, small: each plain value, each tag, the codec's own writing."""
    writer, _ = _codecs()
    sub = Sub(date(2025, 1, 1), Fraction(1), Colour.RED, "zero")
    written = [TREE, TREE.leaves[0], sub, [(2025, TREE)], (TREE.leaves[0], 1), {"a": sub}]
    written += [Msg("k", (("n", 1),)), Text("x", "y"), Participant(cell="x", basis="selected")]
    leaf = marshal.loads(writer.dumps(TREE.leaves[0]))
    fields = marshal.loads(leaf[2])[2]
    return [
        *[marshal.loads(writer.dumps(value)) for value in written],
        None, 0, 1, -1, True, False, 1.0, 0.5, "", "a", "full", "zero", "half",
        ("d", 1), ("d", 10**12), ("d", "1"), ("f", 1, 2), ("f", 1, 0), ("f", 1.0, 2),
        ("e", NAMES[CLASSES.index(Colour)], "red"), ("e", NAMES[0], "red"), ("e", "x", "red"),
        ("t", [1, "a"]), ("t", [1]), ("t", ["a", 1]), ("t", []), ("t", [1, 2, 3]), ("t",),
        ("l", [1]), ("l", [1, True]), ("l", [1.0]), ("l", "ab"), ("m", [["a", 1]]),
        ("m", [["a", 1, 2]]), ("m", [[1, 1]]), ("m", [("a", 1)]), ("m", [[("l", []), 1]]),
        ("s", DIGESTS[0], leaf[2]), ("s", "x", leaf[2]), ("s", DIGESTS[1], ("t", [])),
        ("s", DIGESTS[1], marshal.dumps(("t", []))), ("s", DIGESTS[2], b"\xff"),
        ("s", DIGESTS[2], leaf[2][:-1]), ("s", DIGESTS[1], marshal.dumps(fields)),
        ("c", "os:system", []), ("c", NAMES[0], fields[:3]), ("c", NAMES[0], "x"),
        ("p", NAMES[CLASSES.index(Participant)], ("m", [["cell", 3]])), ("z", 1), (), [1],
    ]  # fmt: skip


def test_every_small_shape_reads_the_same_both_ways_as_every_type() -> None:
    writer, _ = _codecs()
    for hint in HINTS:
        for node in _corpus():
            general, planned = _codecs()
            expected, found = _general(general, node, hint), _planned(planned, node, hint)
            assert _same(writer, expected, found), (hint, node)


def test_a_shared_value_is_read_once_by_its_digest() -> None:
    codec = Codec(CLASSES, SHARED)
    payload = codec.dumps([TREE, TREE])
    first, second = codec.loads(payload, list[Tree])
    assert first is second
    assert codec.loads(codec.dumps(TREE), Tree) is first
    # once read, a digest is only looked up: the bytes packed with it are not unpacked again
    digest = marshal.loads(codec.dumps(TREE))[1]
    assert codec.loads(marshal.dumps(("s", digest, b"\xff")), Tree) is first


def test_a_digest_that_names_a_value_of_another_class_is_refused() -> None:
    codec = Codec(CLASSES, SHARED)
    leaf_node = marshal.loads(codec.dumps(TREE.leaves[0]))
    digest = leaf_node[1]
    text = ("c", NAMES[CLASSES.index(Text)], ["x", "y"])
    codec.loads(marshal.dumps(leaf_node), Leaf)  # the digest now stands for the leaf
    with pytest.raises(CodecError):
        codec.loads(marshal.dumps(("s", digest, marshal.dumps(text))), Text)


def test_a_class_not_shared_is_never_kept_by_a_digest() -> None:
    codec = Codec(CLASSES, SHARED)
    model = marshal.loads(codec.dumps(Participant(cell="x", basis="selected")))
    with pytest.raises(CodecError):
        codec.loads(marshal.dumps(("s", DIGESTS[0], marshal.dumps(model))), Participant)


def test_equal_texts_are_read_as_one_object() -> None:
    codec = Codec(CLASSES, SHARED)
    level = Literal["full", "zero"]
    hint = tuple[str, level]
    # made at run time, as the YAML reader makes them: not interned, so marshal reads each
    # copy as an object of its own
    words = ("".join(["4", "good"]), "".join(["ze", "ro"]))
    one, two = codec.loads(codec.dumps(words), hint), codec.loads(codec.dumps(words), hint)
    assert one == two == ("4good", "zero")
    assert one[0] is two[0]
    assert one[1] is two[1] is typing.get_args(level)[1]  # the type's own word


def test_the_texts_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec_plans, "TEXTS_KEPT", 2)
    codec = Codec(CLASSES, SHARED)
    word = "".join(["wo", "rd"])  # not interned (see above)
    first = codec.loads(codec.dumps(word), str)
    codec.loads(codec.dumps(["b", "c"]), list[str])  # the table is full: it starts again
    again = codec.loads(codec.dumps(word), str)
    assert again == first
    assert again is not first
