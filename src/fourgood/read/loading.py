"""Reading data-set files into validated models, with every problem located at path:line:col.

This is the only module that opens data files. Each file is read with the fast YAML reader and
validated; when anything is wrong with it, the file is read again with positions so the problem
points at the exact key or value. Problems found later (by cross-file checks) carry a place inside
the document and are located the same way, by ``Locator``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from fourgood.errors import Anchor, Problem
from fourgood.i18n.message import Msg, msg
from fourgood.read.files import read_bytes
from fourgood.read.located import Positions, read_located
from fourgood.read.pydantic_errors import describe, problem_from_error
from fourgood.read.rules import YamlError
from fourgood.read.yamlio import Document, read_document

if TYPE_CHECKING:
    from fourgood.read.cache import Cache

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

# Rosters hold birth dates: they are read from the file every time, never kept in the cache.
_NOT_CACHED = frozenset({"Roster"})


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """A file's model (``None`` when it could not be read or validated) and its problems."""

    model: T | None
    problems: tuple[Problem, ...]


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
    if kind in _NOT_CACHED:
        cache = None
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
        found = describe(document.data, quote=False)
        problem = Problem(shown, msg("file.not_mapping", found=found), where=())
        return Loaded(None, tuple(locate_in(document, data, [problem])))
    try:
        return Loaded(model.model_validate(document.data), ())
    except ValidationError as exc:
        problems = [
            problem_from_error(shown, model, document.data, error) for error in exc.errors()
        ]
        return Loaded(None, tuple(locate_in(document, data, said_once(problems))))


def said_once(problems: list[Problem]) -> list[Problem]:
    """Problems without a 'missing key' that an unknown key beside it already explains
    ('ngày' where 'date' is wanted is one slip, not two), nor the empty value of a key that a
    comma cut off (``18,5``: the key ``5`` is the slip, its missing value is not another)."""
    meant = {(p.where[:-1], key) for p in problems if p.where and (key := _suggested(p))}
    cut = {p.where for p in problems if p.where and p.message.key == "model.number_key"}
    return [
        p
        for p in problems
        if not (p.message.key == "model.missing_key" and (p.where, p.message.arg("key")) in meant)
        and not (p.where in cut and p.message.key != "model.number_key")
    ]


def _suggested(problem: Problem) -> str | None:
    """The key an unknown-key problem suggests instead, if it suggests one."""
    if problem.message.key != "model.unknown_key":
        return None
    hint = problem.message.arg("hint")
    if isinstance(hint, Msg) and hint.key == "hint.did_you_mean":
        return str(hint.arg("name"))
    return None


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
    """Locates problems found after loading, re-reading each affected file once (``overrides``:
    files as a change would leave them, by path, read instead of the disk)."""

    def __init__(self, overrides: Mapping[str, bytes] | None = None) -> None:
        self._positions: dict[str, Positions | None] = {}
        self._overrides = overrides or {}

    def locate(self, problems: Iterable[Problem], paths: Mapping[str, str]) -> list[Problem]:
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
            override = self._overrides.get(path)
            # regular and bounded, as when it was first read
            data = override if override is not None else read_bytes(path, path)
            try:
                if isinstance(data, Problem):
                    raise YamlError(data.message)
                self._positions[path] = read_located(data.decode("utf-8-sig"))[1]
            except (UnicodeDecodeError, YamlError):
                self._positions[path] = None
        return self._positions[path]
