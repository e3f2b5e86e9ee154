"""The edits a change makes to a data file, on its plain data: set a key, delete a key, insert
a list item. The same operations are then made to the file's text (``splice``, or ruamel's
round trip when the text is laid out in a way the splicer does not handle), and the text is
read back to check it holds exactly the data the operations give."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fourgood.errors import Path


@dataclass(frozen=True)
class Set:
    """Make the value at ``path`` (a mapping key, created if absent) equal to ``value``."""

    path: Path
    value: Any


@dataclass(frozen=True)
class Delete:
    """Remove the mapping key at ``path`` (nothing if it is not there)."""

    path: Path


@dataclass(frozen=True)
class Insert:
    """Insert ``value`` into the list at ``path`` before ``index`` (the length appends); a
    missing list is created."""

    path: Path
    index: int
    value: Any


Op = Set | Delete | Insert


def get(data: Any, path: Path) -> Any:
    """The value at ``path``, or ``None`` when some step of it is not there."""
    node = data
    for step in path:
        found = isinstance(node, dict) and step in node
        found = found or (
            isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        )
        if not found:
            return None
        node = node[step]
    return node


def has(data: Any, path: Path) -> bool:
    """Whether there is a value (``None`` included) at ``path``."""
    node = data
    for step in path:
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if not (in_list or (isinstance(node, dict) and step in node)):
            return False
        node = node[step]
    return True


def apply(data: Any, ops: Sequence[Op]) -> Any:
    """The plain data after the operations. ``data`` itself is left as it was: only the
    mappings and lists on an operation's path are copied, the rest is shared (nothing edits
    plain data in place), so a roster's fifty edits do not copy the roster fifty times."""
    result = data if data is not None else {}
    for op in ops:
        if not op.path:
            if not isinstance(op, Set):
                raise ValueError("only Set applies to the whole document")
            result = copy.deepcopy(op.value)
        else:
            result = _updated(result, op.path, op)
    return result


def _updated(node: Any, path: Path, op: Op) -> Any:
    """A copy of ``node`` with the operation made at ``path`` inside it."""
    step = path[0]
    if isinstance(op, Delete) and not has(node, path):
        return node  # nothing there to delete
    container: Any = copy.copy(node) if isinstance(node, (dict, list)) else {}
    if len(path) > 1:
        child = container.get(step) if isinstance(container, dict) else container[step]
        if isinstance(container, dict) and not isinstance(child, (dict, list)):
            child = {}  # a missing mapping on the way is created
        container[step] = _updated(child, path[1:], op)
    elif isinstance(op, Set):
        container[step] = copy.deepcopy(op.value)
    elif isinstance(op, Delete):
        if isinstance(container, dict):
            container.pop(step, None)
    else:
        present = container.get(step) if isinstance(container, dict) else container[step]
        items = list(present) if isinstance(present, list) else []
        items.insert(op.index, copy.deepcopy(op.value))
        container[step] = items
    return container
