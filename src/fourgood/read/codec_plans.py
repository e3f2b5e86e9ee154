"""Decoders planned from a type: plain data to a checked value in one step, built once per type.

The codec's general decoder reads any tagged node, looking up its tag and its class, and the
value is checked against its type afterwards: a second walk over the same value. A cell's
cached result is some seventy nodes, read for each of thousands of cells. A plan knows from
the type what each node must be, so it decodes and checks at once, with the classes and field
types looked up when the plan is made. A plan gives what the general decoder and the check
give, value for value, and refuses what they refuse (``tests/read/test_codec_plans.py`` holds
them equal). Where a type has no plan (``object``, a class the codec holds a subclass of, a
model), the plan is exactly that pair: the general decoder, then the check.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeGuard

from fourgood.read.codec_checks import CodecError, checker

if TYPE_CHECKING:
    from fourgood.read.codec import Codec

Decode = Callable[[object], Any]
"""A plan: plain data to a value of its type, or ``CodecError``."""

_PLAIN = (type(None), bool, int, float, str)
_NONE = object()

TEXTS_KEPT = 1 << 16
"""How many distinct texts a codec's plans keep to give out again before they start again."""


class Plans:
    """The plans of one codec, by type (a codec's classes and the values it shares are its
    own, so are its plans)."""

    def __init__(self, codec: Codec) -> None:
        self._codec = codec
        self._plans: dict[object, Decode] = {}
        self._texts: dict[str, str] = {}

    def plan(self, hint: object) -> Decode:
        """The decoder of values of type ``hint``."""
        found = self._plans.get(hint)
        if found is None:
            # Entered before it is made, so that a type holding itself (a tree's parent)
            # finds its own plan, looked up when it runs.

            def later(node: object) -> Any:
                return self._plans[hint](node)

            self._plans[hint] = later
            try:
                found = self._plans[hint] = self._make(hint)
            except BaseException:
                del self._plans[hint]
                raise
        return found

    def _make(self, hint: object) -> Decode:
        origin, arguments = typing.get_origin(hint), typing.get_args(hint)
        if origin is typing.Literal and all(type(a) in _PLAIN for a in arguments):
            return _literal(arguments)
        if origin in (typing.Union, types.UnionType):
            return self._union(arguments)
        if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
            return _sequence("t", tuple, self.plan(arguments[0]))
        if origin is tuple and arguments and Ellipsis not in arguments:
            return _fixed(tuple(self.plan(a) for a in arguments))
        if origin is list and arguments:
            return _sequence("l", list, self.plan(arguments[0]))
        if origin is dict and arguments:
            return _mapping(self.plan(arguments[0]), self.plan(arguments[1]))
        if hint is str:
            return self._text
        plain = _PLAIN_PLANS.get(hint)
        if plain is not None:
            return plain
        if isinstance(hint, type) and self._codec.holds(hint):
            if dataclasses.is_dataclass(hint):
                return self._dataclass(hint)
            if issubclass(hint, enum.Enum):
                return self._enum(hint)
        return self._checked(hint)

    def _text(self, node: object) -> str:
        """A text, as the one object of that text the plans gave out last (while there are
        fewer than ``TEXTS_KEPT``): each result is read apart from the others, so every cell
        would otherwise hold its own copies of the rubric's id, its messages' keys and the
        names its summary and its scorecard both give."""
        if type(node) is not str:
            raise CodecError("not str")
        found = self._texts.get(node)
        if found is None:
            if len(self._texts) >= TEXTS_KEPT:
                self._texts.clear()
            found = self._texts[node] = node
        return found

    def _checked(self, hint: object) -> Decode:
        """The general decoder, then the check: for a type with no plan of its own."""
        general, conforms = self._codec.decode_any, checker(hint)

        def decode(node: object) -> Any:
            value = general(node)
            if not conforms(value):
                raise CodecError(f"a value that is not {hint!r}")
            return value

        return decode

    def _union(self, arms: tuple[object, ...]) -> Decode:
        """The first arm whose plan takes the node (the value is the same whichever arm
        takes it: decoding does not depend on the type). An arm that fails in any way lets
        the next one try, as the check after the general decoder tries each type."""
        plans = tuple(self.plan(a) for a in arms if a is not type(None))
        optional = type(None) in arms

        def decode(node: object) -> Any:
            if node is None and optional:
                return None
            for plan in plans:
                try:
                    return plan(node)
                except (TypeError, ValueError, ArithmeticError):  # CodecError, or a class's own
                    continue
            raise CodecError("a value of none of a union's types")

        return decode

    def _enum(self, cls: type[enum.Enum]) -> Decode:
        name, general = self._codec.name_of(cls), self._checked(cls)

        def decode(node: object) -> Any:
            if _tagged(node, "e", 3) and node[1] == name:
                return cls(node[2])
            return general(node)  # another class's name: refused there, as it would be

        return decode

    def _dataclass(self, cls: type) -> Decode:
        """A class's fields each by its own plan; a value shared is looked up by its digest
        and built from its packed node the first time."""
        codec, name, general = self._codec, self._codec.name_of(cls), self._checked(cls)
        fields = [self.plan(hint) for hint in codec.field_hints(cls)]
        shared = codec.shares(cls)

        def build(node: object) -> object:
            if not _tagged(node, "c", 3) or node[1] != name:
                return general(node)  # a subclass, or not this class: as the general decoder says
            parts = node[2]
            if type(parts) is not list or len(parts) != len(fields):
                raise CodecError(f"{cls.__name__} needs a list of {len(fields)} fields")
            return cls(*[plan(part) for plan, part in zip(fields, parts, strict=True)])

        def decode(node: object) -> Any:
            if shared and _tagged(node, "s", 3):
                value = codec.shared(node[1], lambda: build(codec.unpack(node[2])))
                if not isinstance(value, cls):
                    raise CodecError(f"a shared value that is not {cls.__name__}")
                return value
            return build(node)

        return decode


def _tagged(node: object, tag: str, size: int) -> TypeGuard[tuple[Any, ...]]:
    """Whether ``node`` is a tagged node of ``size`` parts (its tag among them)."""
    return type(node) is tuple and len(node) == size and node[0] == tag


def _literal(values: tuple[object, ...]) -> Decode:
    # The type's own value is given back, not the equal one read: one object for a word that
    # tens of thousands of results hold ("partial", "met").
    allowed = {(type(v), v): v for v in values}

    def decode(node: object) -> Any:
        if type(node) in _PLAIN and (found := allowed.get((type(node), node), _NONE)) is not _NONE:
            return found
        raise CodecError(f"not one of {values!r}")

    return decode


def _sequence(tag: str, kind: type, item: Decode) -> Decode:
    def decode(node: object) -> Any:
        if _tagged(node, tag, 2) and type(node[1]) is list:
            return kind([item(v) for v in node[1]])
        raise CodecError(f"not a {kind.__name__}")

    return decode


def _fixed(items: tuple[Decode, ...]) -> Decode:
    def decode(node: object) -> Any:
        if _tagged(node, "t", 2) and type(node[1]) is list and len(node[1]) == len(items):
            return tuple([plan(v) for plan, v in zip(items, node[1], strict=True)])
        raise CodecError(f"not a tuple of {len(items)}")

    return decode


def _mapping(key: Decode, value: Decode) -> Decode:
    def decode(node: object) -> Any:
        if _tagged(node, "m", 2) and type(node[1]) is list:
            decoded = {}
            for pair in node[1]:
                if type(pair) is not list or len(pair) != 2:
                    raise CodecError("not a pair")
                decoded[key(pair[0])] = value(pair[1])
            return decoded
        raise CodecError("not a mapping")

    return decode


def _exactly(kind: type) -> Decode:
    def decode(node: object) -> Any:
        if type(node) is kind:
            return node
        raise CodecError(f"not {kind.__name__}")

    return decode


def _none(node: object) -> None:
    if node is not None:
        raise CodecError("not None")


def _float(node: object) -> Any:
    if type(node) is float or type(node) is int:
        return node
    raise CodecError("not a number")


def _date(node: object) -> date:
    if _tagged(node, "d", 2) and type(node[1]) is int:
        return date.fromordinal(node[1])
    raise CodecError("not a date")


def _fraction(node: object) -> Fraction:
    if _tagged(node, "f", 3) and type(node[1]) is int and type(node[2]) is int:
        return Fraction(node[1], node[2])
    raise CodecError("not a fraction")


_PLAIN_PLANS: dict[object, Decode] = {
    int: _exactly(int),
    bool: _exactly(bool),
    str: _exactly(str),
    float: _float,
    None: _none,
    type(None): _none,
    date: _date,
    Fraction: _fraction,
}
"""Plans of the plain types, whose nodes are the values themselves or one tag."""
