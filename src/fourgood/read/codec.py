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
large report's memory and decoding time to what is distinct. Classes whose values are nearly
all distinct (a cell's summary, a member's span) are better not shared: the lookup would cost
and save nothing.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import marshal
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ValidationError

_PRIMITIVE = (type(None), bool, int, float, str)

SHARED_MAX = 200_000
"""How many distinct shared values a codec keeps before it starts again."""


class CodecError(ValueError):
    """Plain data that is not a value of the expected shape."""


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
            return ("p", self._known(type(value)), self._encode(value.model_dump()))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = [self._encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
            return ("c", self._known(type(value)), fields)
        raise TypeError(f"the codec cannot encode {type(value).__name__}")

    def _known(self, cls: type) -> str:
        name = _name(cls)
        if self._classes.get(name) is not cls:
            raise TypeError(f"{name} is not one of the codec's classes")
        return name

    # --- decoding --------------------------------------------------------------------------

    def loads(self, payload: bytes, hint: object) -> Any:
        """The value ``payload`` holds, which must be of type ``hint``."""
        try:
            plain = marshal.loads(payload)
        except (ValueError, EOFError, TypeError) as exc:
            raise CodecError("not plain data") from exc
        try:
            value = self._decode(plain)
        except RecursionError as exc:  # nested deeper than any result is
            raise CodecError("nested too deep") from exc
        if not _checker(hint)(value):
            raise CodecError("a value of another type")
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
        return self._share(cls, (name, data), lambda: _validated(cls, self._decode(data)))

    def _dataclass(self, name: str, parts: object) -> object:
        cls = self._class(name)
        fields = _fields(cls)
        return self._share(cls, (name, parts), lambda: _built(cls, fields, self._items(parts)))

    def _share(self, cls: type, node: Any, build: Callable[[], object]) -> object:
        """The value of ``node``, built once for a class shared and handed out after that."""
        if cls not in self._share_classes:
            return build()
        # The key is the node's exact plain data: marshal's version 2 has no back-references,
        # so equal data gives equal bytes, and it tells 1, 1.0 and True apart (which compare
        # equal in a dict's key, and print differently in a message).
        key = hashlib.blake2b(marshal.dumps(node, 2), digest_size=20).digest()
        value = self._shared.get(key)
        if value is None:
            value = build()
            if len(self._shared) >= SHARED_MAX:
                self._shared.clear()
            self._shared[key] = value
        return value

    _DECODERS: typing.ClassVar[dict[str, Callable[..., object]]] = {
        "d": _date,
        "f": _fraction,
        "e": _enum,
        "t": _tuple,
        "l": _items,
        "m": _dict,
        "p": _model,
        "c": _dataclass,
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
def _fields(cls: type) -> tuple[tuple[str, Check], ...]:
    """A dataclass's fields that ``__init__`` takes, each with the check of its type."""
    if not dataclasses.is_dataclass(cls):
        raise CodecError(f"{cls.__name__} is not a dataclass")
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _checker(hints[f.name])) for f in dataclasses.fields(cls) if f.init)


Check = Callable[[object], bool]


@functools.cache
def _checker(hint: object) -> Check:
    """Whether a value (already decoded, its own parts checked) is of type ``hint``; built
    once per type, since a cache read checks tens of thousands of values."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is object or hint is Any:
        return lambda value: True
    if origin is typing.Literal:
        return lambda value: any(value == a and type(value) is type(a) for a in arguments)
    if origin in (typing.Union, types.UnionType):
        return _any_of(tuple(_checker(a) for a in arguments))
    if origin is tuple:
        return _tuple_of(arguments)
    if origin is list:
        item = _checker(arguments[0])
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is dict:
        key, item = _checker(arguments[0]), _checker(arguments[1])
        return lambda value: (
            isinstance(value, dict) and all(key(k) and item(v) for k, v in value.items())
        )
    return _exact(hint)


def _any_of(checks: tuple[Check, ...]) -> Check:
    return lambda value: any(check(value) for check in checks)


def _tuple_of(arguments: tuple[object, ...]) -> Check:
    if len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _checker(arguments[0])
        return lambda value: isinstance(value, tuple) and all(item(v) for v in value)
    items = tuple(_checker(a) for a in arguments)
    return lambda value: (
        isinstance(value, tuple)
        and len(value) == len(items)
        and all(check(v) for check, v in zip(items, value, strict=True))
    )


def _exact(hint: object) -> Check:
    if hint is None or hint is type(None):
        return lambda value: value is None
    if hint in (int, bool, str, date):
        return lambda value: type(value) is hint
    if hint is float:
        return lambda value: type(value) in (float, int)
    if isinstance(hint, type):
        cls = hint
        return lambda value: isinstance(value, cls)
    raise TypeError(f"the codec cannot check {hint!r}")
