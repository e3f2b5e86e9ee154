"""Reading data-set files into validated models, with every problem located at path:line:col.

This is the only module that opens data files. Each file is read with the fast YAML reader and
validated; when anything is wrong with it, the file is read again with positions so the problem
points at the exact key or value. Problems found later (by cross-file checks) carry a place inside
the document and are located the same way, by ``Locator``.
"""

from __future__ import annotations

import difflib
import errno
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from fourgood.errors import Anchor, Path, Problem, Severity
from fourgood.i18n.message import Msg, msg
from fourgood.read.yamlio import Document, Positions, YamlError, read_document, read_located

if TYPE_CHECKING:
    from fourgood.read.cache import Cache

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """A file's model (``None`` when it could not be read or validated) and its problems."""

    model: T | None
    problems: tuple[Problem, ...]


def read_bytes(path: str, shown: str) -> bytes | Problem:
    """The bytes of a file, or a problem saying why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        return Problem(shown, msg("file.is_dir"))
    except FileNotFoundError:
        return Problem(shown, msg("file.missing"))
    except PermissionError:
        return Problem(shown, msg("file.permission"))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(shown, msg("file.symlink_loop"))
        return Problem(shown, msg("file.os_error", detail=exc.strerror or str(exc)))


def load_model(
    path: str,
    shown: str,
    model: type[M],
    data: bytes | None = None,
    cache: Cache | None = None,
) -> Loaded[M]:
    """Read, parse and validate one file against ``model`` (through the cache when given)."""
    if data is None:
        raw = read_bytes(path, shown)
        if isinstance(raw, Problem):
            return Loaded(None, (raw,))
        data = raw
    kind = model.__name__
    if cache is not None:
        hit = cache.get(data, kind)
        if hit is not None:
            try:
                return Loaded(model.model_validate(hit[0]), ())
            except ValidationError:
                cache.discard(data, kind)  # stale or tampered: read the file itself
    try:
        document = read_document(data)
    except YamlError as exc:
        return Loaded(None, (Problem(shown, exc.message, line=exc.line, column=exc.column),))
    loaded = validate_document(document, data, shown, model)
    if cache is not None and loaded.model is not None and not loaded.problems:
        cache.put(data, kind, document.data)
    return loaded


def validate_document(document: Document, data: bytes, shown: str, model: type[M]) -> Loaded[M]:
    """Validate parsed data against ``model``; locate any problems in the file."""
    if document.data is None:
        return Loaded(None, (Problem(shown, msg("file.empty"), line=1, column=1),))
    if not isinstance(document.data, dict):
        found = describe(document.data)
        problem = Problem(shown, msg("file.not_mapping", found=found), where=())
        return Loaded(None, tuple(locate_in(document, data, [problem])))
    try:
        return Loaded(model.model_validate(document.data), ())
    except ValidationError as exc:
        problems = [
            problem_from_error(shown, model, document.data, error) for error in exc.errors()
        ]
        return Loaded(None, tuple(locate_in(document, data, problems)))


def locate_in(document: Document, data: bytes, problems: list[Problem]) -> list[Problem]:
    """Fill in positions, reading the file again with positions if it was read fast."""
    positions = document.positions
    if positions is None:
        try:
            positions = read_located(data.decode("utf-8-sig"))[1]
        except YamlError as exc:
            # The located reader (the reference) refuses what the fast one read: its verdict
            # is the problem to report.
            return [Problem(problems[0].file, exc.message, line=exc.line, column=exc.column)]
    return [place(problem, positions) for problem in problems]


def place(problem: Problem, positions: Positions) -> Problem:
    """A problem with its ``where`` turned into a line and column."""
    if problem.where is None:
        return problem
    where = problem.where
    if problem.anchor is Anchor.KEY:
        line, column = positions.key(where)
    elif problem.anchor is Anchor.CONTAINER:
        line, column = positions.value(where)
    else:
        line, column = positions.value(where)
    return problem.located(line, column)


class Locator:
    """Locates problems found after loading, re-reading each affected file once."""

    def __init__(self) -> None:
        self._positions: dict[str, Positions | None] = {}

    def locate(self, problems: Iterable[Problem], paths: dict[str, str]) -> list[Problem]:
        """Locate problems; ``paths`` maps a shown file name to the path to open.

        A problem whose file cannot be read again (changed meanwhile) keeps no position.
        """
        result = []
        for problem in problems:
            if problem.where is None:
                result.append(problem)
                continue
            positions = self._read(paths[problem.file]) if problem.file in paths else None
            if positions is None:
                result.append(replace(problem, where=None))
            else:
                result.append(place(problem, positions))
        return result

    def _read(self, path: str) -> Positions | None:
        if path not in self._positions:
            try:
                with open(path, "rb") as handle:
                    text = handle.read().decode("utf-8-sig")
                self._positions[path] = read_located(text)[1]
            except (OSError, UnicodeDecodeError, YamlError):
                self._positions[path] = None
        return self._positions[path]


# --- turning pydantic's errors into plain, located messages ----------------------------------


def describe(value: object) -> Msg:
    """What a value is, in words: 'a number (12)', 'a list', 'nothing'."""
    if value is None:
        return msg("value.nothing")
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


def problem_from_error(shown: str, model: type[BaseModel], data: Any, error: Any) -> Problem:
    """One pydantic error as a problem in the user's words, pointing at the right place."""
    loc: tuple[int | str, ...] = tuple(error["loc"])
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = error.get("input")
    where, is_key = data_path(data, loc)
    anchor = Anchor.KEY if is_key else Anchor.VALUE
    if kind == "extra_forbidden":
        key = loc[-1]
        allowed = _keys_at(model, loc)
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        if close:
            hint = msg("hint.did_you_mean", name=close[0])
        elif isinstance(key, str) and " " in key.strip() and value is None:
            # fourgood's keys have no spaces: this is text cut at a comma inside { }
            hint = msg("hint.flow_comma")
        else:
            hint = msg("empty")
        message = msg("model.unknown_key", key=key, hint=hint)
        anchor = Anchor.KEY
    elif kind in ("missing", "union_tag_not_found"):
        name = ctx.get("discriminator", loc[-1] if loc else "?")
        message = msg("model.missing_key", key=str(name).strip("'"))
        if kind == "missing":
            where, _ = data_path(data, loc[:-1])
        anchor = Anchor.CONTAINER
    elif kind in ("date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        message = _bad_date(value)
    elif kind.startswith("fg_"):
        message = msg(f"model.{kind[3:]}", **{k: _plain(v) for k, v in ctx.items()})
    elif kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        hint = msg("hint.did_you_mean", name=close[0]) if close else msg("empty")
        message = msg(
            "model.not_one_of", value=_plain(value), options=", ".join(options), hint=hint
        )
    elif kind == "union_tag_invalid":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected_tags", "")))
        close = difflib.get_close_matches(str(ctx.get("tag")), options, n=1, cutoff=0.6)
        hint = msg("hint.did_you_mean", name=close[0]) if close else msg("empty")
        message = msg(
            "model.not_one_of", value=_plain(ctx.get("tag")), options=", ".join(options), hint=hint
        )
        where, _ = data_path(data, (*loc, str(ctx.get("discriminator", "kind")).strip("'")))
    elif kind in ("string_type", "string_sub_type"):
        message = msg("model.expected_text", found=describe(value))
    elif kind in ("int_type", "int_from_float", "int_parsing"):
        message = msg("model.expected_int", found=describe(value))
    elif kind == "bool_type":
        message = msg("model.expected_bool", found=describe(value))
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        message = msg("model.expected_mapping", found=describe(value))
    elif kind == "list_type":
        message = msg("model.expected_list", found=describe(value))
    elif kind == "string_too_short":
        message = msg("model.empty_text")
    elif kind == "too_short":
        message = msg("model.too_few", n=ctx.get("min_length", 1))
    elif kind == "greater_than_equal":
        message = msg("model.at_least", n=_plain(ctx.get("ge")), value=_plain(value))
    elif kind == "less_than_equal":
        message = msg("model.at_most", n=_plain(ctx.get("le")), value=_plain(value))
    else:
        message = msg("model.invalid", detail=str(error.get("msg", kind)))
    return Problem(shown, message, Severity.ERROR, where=where, anchor=anchor)


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
