"""Results as plain data and back, checked against their types: what the cache stores.

A pickle in the cache would run code for whoever can write the cache. Here a value becomes
plain data that ``marshal`` writes (numbers, text, lists, tuples, dicts: no code, no classes),
each object tagged with the name of its class; reading it back builds only the classes the codec
was given, and checks every field against that class's type hints. Data of any other shape (an
unknown class, a missing field, a number where a date belongs) raises ``CodecError``: the cache
counts it as a miss and computes the value again.

Values of the classes a codec is told to ``share`` (frozen ones) are decoded once each: an
equal value after that is the same object, as the computed path shares a rubric's rules.
Thousands of cells' results repeat the same few labels, messages and rules, so this keeps a
large report's memory and decoding time to what is distinct. A shared value is written as the
digest of its plain data and that data packed in bytes of its own (``("s", digest, bytes)``),
so reading it again costs a lookup: its data is not even unpacked (most of a cell's payload is
shared values, which ``marshal`` would otherwise build on every read, only to drop them). The
value found must be of the class the data names, so a digest that lies gives a
``CodecError``, never a value of another type. Classes whose values are nearly all distinct (a
cell's summary, a member's span) are better not shared: the digest would cost and save
nothing.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import marshal
import typing
from collections.abc import Callable, Iterable
from datetime import date
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ValidationError

from fourgood.read.codec_checks import Check, CodecError, checker
from fourgood.read.codec_plans import Plans

__all__ = ["Codec", "CodecError"]

_PRIMITIVE = (type(None), bool, int, float, str)

SHARED_MAX = 200_000
"""How many distinct shared values a codec keeps before it starts again."""


class Codec:
    """Encodes and decodes values built of the given classes (dataclasses, enums, pydantic
    models), of dates, fractions, tuples, lists and dicts."""

    def __init__(self, classes: Iterable[type], share: Iterable[type] = ()) -> None:
        self._classes = {_name(cls): cls for cls in classes}
        self._share_classes = frozenset(share)
        unknown = self._share_classes - set(self._classes.values())
        changeable = [cls for cls in self._share_classes if not _frozen(cls)]
        if unknown or changeable:
            raise TypeError(f"cannot share {sorted(map(_name, [*unknown, *changeable]))}")
        self._shared: dict[bytes, object] = {}
        self._plans = Plans(self)

    # --- encoding --------------------------------------------------------------------------

    def dumps(self, value: object) -> bytes:
        """``value`` as bytes of plain data."""
        return marshal.dumps(self._encode(value))

    def _encode(self, value: object) -> Any:  # plain data, of the shapes marshal writes
        if type(value) in _PRIMITIVE:
            return value
        if isinstance(value, enum.Enum):  # before str and int: a StrEnum is both
            return ("e", self._known(type(value)), value.value)
        if isinstance(value, bool | int | float | str):
            return type(value).__mro__[-2](value)  # a subclass (a YAML reader's str): plain
        if isinstance(value, date):
            return ("d", value.toordinal())
        if isinstance(value, Fraction):
            return ("f", value.numerator, value.denominator)
        if isinstance(value, tuple):
            return ("t", [self._encode(v) for v in value])
        if isinstance(value, list):
            return ("l", [self._encode(v) for v in value])
        if isinstance(value, dict):
            return ("m", [[self._encode(k), self._encode(v)] for k, v in value.items()])
        if isinstance(value, BaseModel):
            node = ("p", self._known(type(value)), self._encode(value.model_dump()))
            return self._digested(type(value), node)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = [self._encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
            return self._digested(type(value), ("c", self._known(type(value)), fields))
        raise TypeError(f"the codec cannot encode {type(value).__name__}")

    def _digested(self, cls: type, node: tuple[Any, ...]) -> tuple[Any, ...]:
        """A class's node, with the digest it is shared by when the class is shared."""
        if cls not in self._share_classes:
            return node
        # Packed as marshal's version 2, which has no back-references: equal data gives equal
        # bytes, so the digest of the bytes is the digest of the data (which also tells 1,
        # 1.0 and True apart: they compare equal in a dict's key, and print differently).
        packed = marshal.dumps(node, 2)
        return ("s", hashlib.blake2b(packed, digest_size=20).digest(), packed)

    def _known(self, cls: type) -> str:
        if not self.holds(cls):
            raise TypeError(f"{_name(cls)} is not one of the codec's classes")
        return _name(cls)

    # --- decoding --------------------------------------------------------------------------

    def loads(self, payload: bytes, hint: object) -> Any:
        """The value ``payload`` holds, which must be of type ``hint`` (decoded by the type's
        plan: ``codec_plans``)."""
        plan = self._plans.plan(hint)  # a type the codec cannot read is a bug, not a miss
        try:
            plain = marshal.loads(payload)
        except (ValueError, EOFError, TypeError) as exc:
            raise CodecError("not plain data") from exc
        try:
            return plan(plain)
        except RecursionError as exc:  # nested deeper than any result is
            raise CodecError("nested too deep") from exc
        except CodecError:
            raise
        except (TypeError, ValueError, ArithmeticError) as exc:  # a class refused its fields
            raise CodecError(str(exc)) from exc

    # --- what the plans ask of the codec ---------------------------------------------------

    def decode_any(self, node: object) -> object:
        """The value of any node, of whatever type (the general decoder)."""
        return self._decode(node)

    def holds(self, cls: type) -> bool:
        """Whether ``cls`` is one of the codec's classes."""
        return self._classes.get(_name(cls)) is cls

    def shares(self, cls: type) -> bool:
        """Whether values of ``cls`` are shared."""
        return cls in self._share_classes

    def name_of(self, cls: type) -> str:
        """The name ``cls`` is written under."""
        return _name(cls)

    def field_hints(self, cls: type) -> list[object]:
        """The types of the fields a dataclass's ``__init__`` takes, in order."""
        return [hint for _, hint in _hints(cls)]

    def unpack(self, packed: object) -> object:
        """The node a shared value's bytes hold."""
        try:
            return marshal.loads(_exactly(bytes, packed))
        except (ValueError, EOFError, TypeError) as exc:
            raise CodecError("not plain data") from exc

    def shared(self, digest: object, build: Callable[[], object]) -> object:
        """The shared value of ``digest``: built once (it must be of a class shared), handed
        out after that."""
        key: bytes = _exactly(bytes, digest)
        value = self._shared.get(key)
        if value is None:
            value = build()
            if type(value) not in self._share_classes:
                raise CodecError(f"{type(value).__name__} is not shared")
            if len(self._shared) >= SHARED_MAX:
                self._shared.clear()
            self._shared[key] = value
        return value

    def _decode(self, node: object) -> object:
        if isinstance(node, _PRIMITIVE):
            return node
        if not isinstance(node, tuple) or not node or not isinstance(node[0], str):
            raise CodecError(f"not an encoded value: {type(node).__name__}")
        decode = self._DECODERS.get(node[0])
        if decode is None:
            raise CodecError(f"unknown tag {node[0]!r}")
        try:
            return decode(self, *node[1:])
        except (TypeError, ValueError, ArithmeticError) as exc:  # the wrong number or kind of parts
            raise CodecError(str(exc)) from exc

    def _date(self, ordinal: int) -> date:
        return date.fromordinal(_exactly(int, ordinal))

    def _fraction(self, numerator: int, denominator: int) -> Fraction:
        return Fraction(_exactly(int, numerator), _exactly(int, denominator))

    def _enum(self, name: str, value: object) -> enum.Enum:
        cls = self._class(name)
        if not issubclass(cls, enum.Enum):
            raise CodecError(f"{name} is not an enumeration")
        return cls(value)

    def _items(self, items: object) -> list[object]:
        return [self._decode(v) for v in _exactly(list, items)]

    def _tuple(self, items: object) -> tuple[object, ...]:
        return tuple(self._items(items))

    def _dict(self, pairs: object) -> dict[object, object]:
        decoded = {}
        for pair in _exactly(list, pairs):
            key, value = _exactly(list, pair)
            decoded[self._decode(key)] = self._decode(value)
        return decoded

    def _model(self, name: str, data: object) -> object:
        cls = self._class(name)
        if not issubclass(cls, BaseModel):
            raise CodecError(f"{name} is not a model")
        return _validated(cls, self._decode(data))

    def _dataclass(self, name: str, parts: object) -> object:
        cls = self._class(name)
        fields = _fields(cls)
        return _built(cls, fields, self._items(parts))

    def _from_shared(self, digest: object, packed: object) -> object:
        return self.shared(digest, lambda: self._decode(self.unpack(packed)))

    _DECODERS: typing.ClassVar[dict[str, Callable[..., object]]] = {
        "d": _date,
        "f": _fraction,
        "e": _enum,
        "t": _tuple,
        "l": _items,
        "m": _dict,
        "p": _model,
        "c": _dataclass,
        "s": _from_shared,
    }

    def _class(self, name: object) -> type:
        cls = self._classes.get(_exactly(str, name))
        if cls is None:
            raise CodecError(f"{name} is not one of the codec's classes")
        return cls


def _validated(cls: type[BaseModel], data: object) -> BaseModel:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        raise CodecError(f"{cls.__name__} does not validate") from exc


def _built(cls: type, fields: tuple[tuple[str, Check], ...], values: list[object]) -> object:
    if len(values) != len(fields):
        raise CodecError(f"{cls.__name__} needs {len(fields)} fields")
    for (field, conforms), value in zip(fields, values, strict=True):
        if not conforms(value):
            raise CodecError(f"{cls.__name__}.{field} is not of its type")
    return cls(*values)


@functools.cache
def _frozen(cls: type) -> bool:
    """Whether instances of ``cls`` cannot be changed once built, so one can stand for all
    equal ones."""
    if issubclass(cls, BaseModel):
        return bool(cls.model_config.get("frozen"))
    params = getattr(cls, "__dataclass_params__", None)
    return bool(params is not None and params.frozen)


def _exactly(kind: type, value: object) -> Any:
    if type(value) is not kind:
        raise CodecError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def _name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


@functools.cache
def _hints(cls: type) -> tuple[tuple[str, object], ...]:
    """A dataclass's fields that ``__init__`` takes, each with its type."""
    if not dataclasses.is_dataclass(cls):
        raise CodecError(f"{cls.__name__} is not a dataclass")
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Check], ...]:
    """A dataclass's fields that ``__init__`` takes, each with the check of its type."""
    return tuple((name, checker(hint)) for name, hint in _hints(cls))
