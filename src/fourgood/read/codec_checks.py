"""Whether a decoded value is of a type: the checks the codec runs on what it reads back, and
the error that data of any other shape raises.

A check is built once per type (``functools.cache``) from the type's hints, since a cache read
checks tens of thousands of values; a type the checks cannot read is a bug (``TypeError``).
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any

Check = Callable[[object], bool]


class CodecError(ValueError):
    """Plain data that is not a value of the expected shape."""


@functools.cache
def checker(hint: object) -> Check:
    """Whether a value (already decoded, its own parts checked) is of type ``hint``; built
    once per type, since a cache read checks tens of thousands of values."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is object or hint is Any:
        return lambda value: True
    if origin is typing.Literal:
        return lambda value: any(value == a and type(value) is type(a) for a in arguments)
    if origin in (typing.Union, types.UnionType):
        return _any_of(tuple(checker(a) for a in arguments))
    if origin is tuple:
        return _tuple_of(arguments)
    if origin is list:
        item = checker(arguments[0])
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is dict:
        key, item = checker(arguments[0]), checker(arguments[1])
        return lambda value: (
            isinstance(value, dict) and all(key(k) and item(v) for k, v in value.items())
        )
    return _exact(hint)


def _any_of(checks: tuple[Check, ...]) -> Check:
    return lambda value: any(check(value) for check in checks)


def _tuple_of(arguments: tuple[object, ...]) -> Check:
    if len(arguments) == 2 and arguments[1] is Ellipsis:
        item = checker(arguments[0])
        return lambda value: isinstance(value, tuple) and all(item(v) for v in value)
    items = tuple(checker(a) for a in arguments)
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
