"""pydantic's validation errors in the user's words, each pointing at its place in the file."""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from fourgood.errors import Anchor, Path, Problem, Severity
from fourgood.i18n.aliases import code_for, key_for
from fourgood.i18n.message import Msg, msg


def describe(value: object, *, quote: bool = True) -> Msg:
    """What a value is, in words: 'the number 12', 'a list', 'nothing'.

    ``quote=False`` names only the kind ('a number', 'text'): for what stands in place of a
    whole file, which may be a secret (a token file linked in) and must not be echoed.
    """
    if value is None:
        return msg("value.nothing")
    if not quote and isinstance(value, (bool, int, float, str)):
        return msg("value.some_text" if isinstance(value, str) else "value.some_number")
    if isinstance(value, bool):
        return msg("value.bool", value=str(value).lower())
    if isinstance(value, (int, float)):
        return msg("value.number", value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return msg("value.text", value=shown)
    if isinstance(value, list):
        return msg("value.list")
    if isinstance(value, dict):
        return msg("value.mapping")
    return msg("value.other")


def data_path(data: Any, loc: tuple[int | str, ...]) -> tuple[Path, bool]:
    """The path through the actual data that pydantic's ``loc`` names.

    pydantic puts markers in ``loc`` that are not in the data (the tag of a tagged union,
    ``[key]`` for a bad dictionary key, validator names); they are skipped. The second value
    says whether the location names a dictionary key rather than a value.
    """
    path: list[str | int] = []
    node = data
    is_key = False
    for part in loc:
        if part == "[key]":
            is_key = True
            continue
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and part.isdigit():
            # pydantic reports integer dictionary keys (years) as strings in some paths
            number = int(part)
            if number in node:
                path.append(number)
                node = node[number]
    return tuple(path), is_key


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation may hold (Optional, Annotated and unions opened)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        result = []
        for arg in typing.get_args(annotation):
            result.extend(_unwrap(arg))
        return result
    return [annotation]


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def _keys_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys allowed in the mapping that ``loc`` (ending in a key) sits in."""
    current: list[Any] = [model]
    for part in loc[:-1]:
        kinds = [kind for candidate in current for kind in _unwrap(candidate)]
        models = [kind for kind in kinds if _is_model(kind)]
        # In a tagged union pydantic puts the tag in loc: it selects the member.
        tagged = [
            m
            for m in models
            if "kind" in m.model_fields
            and typing.get_args(m.model_fields["kind"].annotation) == (part,)
        ]
        if len(models) > 1 and tagged:
            current = tagged
            continue
        following: list[Any] = []
        for kind in kinds:
            origin = typing.get_origin(kind)
            if _is_model(kind):
                for name, info in kind.model_fields.items():
                    if part in (name, info.alias):
                        following.append(info.annotation)
            elif origin is list and isinstance(part, int):
                following.append(typing.get_args(kind)[0])
            elif origin is dict:
                following.append(typing.get_args(kind)[1])
        current = following
    keys: set[str] = set()
    for candidate in current:
        for kind in _unwrap(candidate):
            if _is_model(kind):
                for name, info in kind.model_fields.items():
                    keys.add(info.alias or name)
    return sorted(keys)


@dataclass(frozen=True)
class _Error:
    """One pydantic error, with what its handler needs."""

    model: type[BaseModel]
    data: Any
    loc: tuple[int | str, ...]
    kind: str
    ctx: dict[str, Any]
    value: Any
    text: str


@dataclass(frozen=True)
class _Said:
    """What a handler makes of an error: the message, and a different place or anchor if the
    error's own location is not where the user should look."""

    message: Msg
    where: Path | None = None
    anchor: Anchor | None = None


def _hint(value: object, options: list[str]) -> Msg:
    """'Did you mean' the code a value means (its Vietnamese name, another case), or the
    closest code."""
    meant = code_for(value, options)
    if meant is None:
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        meant = close[0] if close else None
    return msg("hint.did_you_mean", name=meant) if meant else msg("empty")


def _unknown_key(e: _Error) -> _Said:
    key = e.loc[-1]
    allowed = _keys_at(e.model, e.loc)
    meant = key_for(key, allowed)
    hint = msg("hint.did_you_mean", name=meant) if meant else _hint(key, allowed)
    if hint.key == "empty" and isinstance(key, str) and " " in key.strip() and e.value is None:
        # fourgood's keys have no spaces: this is text cut at a comma inside { }
        hint = msg("hint.flow_comma")
    return _Said(msg("model.unknown_key", key=key, hint=hint), anchor=Anchor.KEY)


def _missing_key(e: _Error) -> _Said:
    name = e.ctx.get("discriminator", e.loc[-1] if e.loc else "?")
    where = data_path(e.data, e.loc[:-1])[0] if e.kind == "missing" else None
    return _Said(msg("model.missing_key", key=str(name).strip("'")), where, Anchor.CONTAINER)


def _not_one_of(e: _Error) -> _Said:
    options = re.findall(r"'([^']*)'", str(e.ctx.get("expected", "")))
    if e.value is None:
        return _Said(msg("model.no_value", options=", ".join(options)))
    message = msg(
        "model.not_one_of",
        value=_plain(e.value),
        options=", ".join(options),
        hint=_hint(e.value, options),
    )
    return _Said(message)


def _bad_tag(e: _Error) -> _Said:
    options = re.findall(r"'([^']*)'", str(e.ctx.get("expected_tags", "")))
    tag = e.ctx.get("tag")
    message = msg(
        "model.not_one_of", value=_plain(tag), options=", ".join(options), hint=_hint(tag, options)
    )
    discriminator = str(e.ctx.get("discriminator", "kind")).strip("'")
    return _Said(message, data_path(e.data, (*e.loc, discriminator))[0])


def _number_key(e: _Error) -> _Said | None:
    """A number where a key's text is wanted: a comma inside { } cut a value in two
    (``attendance: 18,5`` is ``attendance: 18`` and a key ``5``)."""
    if e.loc and e.loc[-1] == "[key]" and isinstance(e.value, int | float):
        key = "model.bool_key" if isinstance(e.value, bool) else "model.number_key"
        return _Said(msg(key, key=_plain(e.value)), anchor=Anchor.KEY)
    return None


def _found(key: str) -> Callable[[_Error], _Said]:
    return lambda e: _Said(msg(key, found=describe(e.value)))


_HANDLERS: dict[str, Callable[[_Error], _Said]] = {
    "extra_forbidden": _unknown_key,
    "missing": _missing_key,
    "union_tag_not_found": _missing_key,
    "date_parsing": lambda e: _Said(_bad_date(e.value)),
    "date_from_datetime_parsing": lambda e: _Said(_bad_date(e.value)),
    "date_from_datetime_inexact": lambda e: _Said(_bad_date(e.value)),
    "literal_error": _not_one_of,
    "union_tag_invalid": _bad_tag,
    "string_type": lambda e: _number_key(e) or _found("model.expected_text")(e),
    "string_sub_type": _found("model.expected_text"),
    "int_type": _found("model.expected_int"),
    "int_from_float": _found("model.expected_int"),
    "int_parsing": _found("model.expected_int"),
    "bool_type": lambda e: _Said(
        msg("model.expected_bool", found=describe(e.value), hint=_hint(e.value, ["true", "false"]))
    ),
    "dict_type": _found("model.expected_mapping"),
    "model_type": _found("model.expected_mapping"),
    "model_attributes_type": _found("model.expected_mapping"),
    "list_type": _found("model.expected_list"),
    "string_too_short": lambda e: _Said(msg("model.empty_text")),
    "invalid_key": lambda e: _Said(
        msg(
            "model.bool_key" if isinstance(e.value, bool) else "model.number_key",
            key=_plain(e.value),
        ),
        anchor=Anchor.KEY,
    ),
    "too_short": lambda e: _Said(msg("model.too_few", n=e.ctx.get("min_length", 1))),
    "greater_than_equal": lambda e: _Said(
        msg("model.at_least", n=_plain(e.ctx.get("ge")), value=_plain(e.value))
    ),
    "less_than_equal": lambda e: _Said(
        msg("model.at_most", n=_plain(e.ctx.get("le")), value=_plain(e.value))
    ),
}
"""What each kind of pydantic error says; fourgood's own errors (``fg_*``) name their message."""


def _custom(e: _Error) -> _Said:
    return _Said(msg(f"model.{e.kind[3:]}", **{k: _plain(v) for k, v in e.ctx.items()}))


def problem_from_error(shown: str, model: type[BaseModel], data: Any, error: Any) -> Problem:
    """One pydantic error as a problem in the user's words, pointing at the right place."""
    e = _Error(
        model,
        data,
        tuple(error["loc"]),
        error["type"],
        error.get("ctx") or {},
        error.get("input"),
        str(error.get("msg", error["type"])),
    )
    where, is_key = data_path(data, e.loc)
    if e.kind.startswith("fg_"):
        said = _custom(e)
    else:
        handler = _HANDLERS.get(e.kind)
        said = handler(e) if handler else _Said(msg("model.invalid", detail=e.text))
    anchor = said.anchor or (Anchor.KEY if is_key else Anchor.VALUE)
    where = said.where if said.where is not None else where
    return Problem(shown, said.message, Severity.ERROR, where=where, anchor=anchor)


def _bad_date(value: Any) -> Msg:
    """Why YYYY-MM-DD text is not a real date, in the user's words."""
    from fourgood.i18n.message import Month

    try:
        year, month, day = (int(part) for part in str(value).split("-"))
    except ValueError:
        return msg("model.date", value=_plain(value))
    if not 1 <= month <= 12:
        return msg("model.no_such_month", value=_plain(value), month=month)
    return msg("model.no_such_day", value=_plain(value), month=Month(year, month), day=day)


def _plain(value: Any) -> Any:
    """A value safe to keep in a message (hashable and short)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value if not isinstance(value, str) or len(value) <= 40 else value[:37] + "..."
    return describe(value)
