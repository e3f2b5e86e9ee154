"""The fallback writer: ruamel.yaml's round trip, for text the splicer does not edit.

ruamel keeps comments, key order, quotes and the file's indentation; it may re-flow a flow
mapping written over several lines onto one (which is why the splicer comes first).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from fourgood.edit.ops import Delete, Insert, Op
from fourgood.edit.shapes import depth, key_order
from fourgood.errors import Path

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def roundtrip(text: str, ops: Sequence[Op], kind: str) -> str:
    """The text after the operations, through ruamel's round-trip loader and dumper."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.util import load_yaml_guess_indent

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line
    content = _has_content(text)
    doc: Any = None
    if content:
        _, indent, offset = load_yaml_guess_indent(text)
        indent, offset = indent or 2, offset or 0
        yaml.indent(mapping=indent, sequence=indent + offset, offset=offset)
        doc = yaml.load(text)
    else:
        yaml.indent(mapping=2, sequence=4, offset=2)
    if doc is None:
        doc = CommentedMap()
    for op in ops:
        _apply(doc, op, kind)
    out = io.StringIO()
    yaml.dump(doc, out)
    # a file of comments alone (a new file's header) has no document to keep them with
    return out.getvalue() if content else text + out.getvalue()


def _has_content(text: str) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _apply(doc: Any, op: Op, kind: str) -> None:
    parent = _container(doc, op.path[:-1], kind)
    last = op.path[-1]
    if isinstance(op, Delete):
        if isinstance(parent, dict) and last in parent:
            del parent[last]
    elif isinstance(op, Insert):
        if last not in parent:
            _put(parent, last, _node([], depth(kind, op.path)), key_order(kind, op.path[:-1]))
        parent[last].insert(op.index, _node(op.value, depth(kind, (*op.path, op.index))))
    else:
        _set(parent, op.path, op.value, kind)


def _set(parent: Any, path: Path, value: Any, kind: str) -> None:
    """Set a value, key by key when both are mappings (so comments inside stay)."""
    last: Any = path[-1]
    present = parent[last] if isinstance(parent, list) or last in parent else None
    if isinstance(present, dict) and isinstance(value, dict):
        for key in [k for k in present if k not in value]:
            del present[key]
        for key, item in value.items():
            _set(present, (*path, key), item, kind)
        return
    if present is not None and _plain(present) == value:
        return
    node = _node(value, depth(kind, path))
    if isinstance(parent, list) or last in parent:
        parent[last] = node
    else:
        _put(parent, last, node, key_order(kind, path[:-1]))


def _put(mapping: Any, key: Any, value: Any, order: tuple[str, ...]) -> None:
    """A new key where the model's order puts it."""
    keys = list(mapping)
    position = len(keys)
    if key in order:
        before = set(order[: order.index(key)])
        earlier = [i for i, k in enumerate(keys) if k in before or k not in order]
        position = earlier[-1] + 1 if earlier else 0
    mapping.insert(position, key, value)


def _container(doc: Any, path: Path, kind: str) -> Any:
    node = doc
    for i, step in enumerate(path):
        if isinstance(node, dict) and not isinstance(node.get(step), (dict, list)):
            _put(node, step, _node({}, depth(kind, path[: i + 1])), key_order(kind, path[:i]))
        node = node[step]
    return node


def _node(value: Any, levels: int) -> Any:
    """A plain value as ruamel nodes, in flow style below ``levels`` block levels."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = _node(item, levels - 1)
        if levels <= 0:
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        seq = CommentedSeq(_node(item, levels - 1) for item in value)
        if levels <= 0:
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:  # written plain, as the files write dates (a string would be quoted)
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _plain(value: Any) -> Any:
    """ruamel's nodes as plain data, dates as YYYY-MM-DD text (as the readers read them)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
