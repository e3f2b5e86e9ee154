"""Edits made to a data file's text in place, the rest of the text kept character for
character: a changed value is replaced where it stands, a new key or list item is inserted as
new lines beside its neighbours, in their style.

The text is composed with libyaml (fast, and every node knows where it starts and ends);
each operation becomes a replacement of a span of the text. What the splicer does not handle
(a block scalar replaced, a list item removed, a key before the first one of a ``- `` entry)
raises ``CannotSplice``, and the caller falls back to ruamel's round trip.

Why not ruamel's round trip for everything: it re-flows a flow mapping written over several
lines into one line, so a file would change where nothing was edited, and it is ten times
slower (a whole bloc's forms are imported in one run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fourgood.edit import render
from fourgood.edit.ops import Delete, Insert, Op, Set, apply, get
from fourgood.edit.shapes import depth, key_order
from fourgood.errors import Path
from fourgood.read.scalars import nfc, resolve_plain


class CannotSplice(Exception):
    """The text is laid out in a way the splicer does not edit."""


@dataclass(frozen=True)
class Edit:
    """A span of the text replaced (``start == end``: an insertion)."""

    start: int
    end: int
    text: str


def splice(text: str, data: Any, ops: Sequence[Op], kind: str) -> str:
    """The text after the operations (``data``: the text's plain data).

    Operations are made in rounds: each round composes the text once and edits every
    operation that touches a part of the document no earlier one of the round touched, so a
    workbook's fifty assessments cost one reading of the roster, not fifty.
    """
    current = data
    pending = list(ops)
    while pending:
        root = _compose(text)
        edits: list[Edit] = []
        touched: list[Path] = []
        while pending:
            op = pending[0]
            if isinstance(op, Set) and op.path and get(current, op.path) == op.value:
                pending.pop(0)
                continue  # already so: its text stays as written
            if any(_related(op.path, seen) for seen in touched):
                break  # the text changes under it: next round
            after = apply(current, [op])
            result = _one(text, root, op, after, kind)
            if isinstance(result, list):  # a block collection: edited key by key
                pending[:1] = result
                break
            if any(_overlap(result, edit) for edit in edits):
                break
            pending.pop(0)
            edits.append(result)
            touched.append(op.path)
            current = after
        # from the end of the text back, so each span is still where it was; two insertions
        # at one point keep the operations' order
        for _, edit in sorted(enumerate(edits), key=lambda e: (e[1].start, e[0]), reverse=True):
            text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def _related(path: Path, other: Path) -> bool:
    """Whether one path is inside the other (or the same): edits to them would interfere."""
    size = min(len(path), len(other))
    return path[:size] == other[:size]


def _overlap(one: Edit, other: Edit) -> bool:
    """Whether two edits' spans overlap (insertions at one point do not)."""
    return one.start < other.end and other.start < one.end


def _compose(text: str) -> Any:
    import yaml

    try:
        from yaml._yaml import CParser
    except ImportError:  # pragma: no cover - exercised only without libyaml
        raise CannotSplice from None

    class _Composer(CParser):
        """libyaml's composer; tags left unresolved (plain or quoted is all that matters)."""

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type, value: str | None, implicit: Any) -> str:
            return "plain" if value is not None and implicit[0] else "other"

    loader: Any = _Composer  # PyYAML's stubs know only its own loader classes
    try:
        return yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        raise CannotSplice from None


# --- the nodes ------------------------------------------------------------------------------


def _key(node: Any) -> Any:
    """A key as the readers read it (``2023`` is a number, text is NFC)."""
    if node.id != "scalar":
        return None
    value = resolve_plain(node.value) if node.tag == "plain" else node.value
    return nfc(value) if isinstance(value, str) else value


def _find(root: Any, path: Path) -> tuple[Any, Any, Any] | None:
    """(parent node, key node or None, value node) at ``path``, or ``None``."""
    parent, key, node = None, None, root
    for step in path:
        if node is None:
            return None
        parent = node
        if node.id == "mapping":
            pair = next(((k, v) for k, v in node.value if _key(k) == step), None)
            if pair is None:
                return None
            key, node = pair
        elif node.id == "sequence" and isinstance(step, int) and 0 <= step < len(node.value):
            key, node = None, node.value[step]
        else:
            return None
    return parent, key, node


def _block(node: Any) -> bool:
    return node.id != "scalar" and not node.flow_style


def _end(text: str, node: Any) -> int:
    """Where a node's own text ends (a block collection: where its last value ends)."""
    if node.id == "scalar":
        end = int(node.end_mark.index)
        if node.style in ("|", ">") and text[end - 1 : end] == "\n":
            end -= 1
        return end
    if node.flow_style or not node.value:
        return int(node.end_mark.index)
    last = node.value[-1]
    return _end(text, last[1] if node.id == "mapping" else last)


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    found = text.find("\n", index)
    return len(text) if found < 0 else found


def _insert_lines_after(text: str, index: int, lines: list[str]) -> Edit:
    """New lines after the line that holds ``index``."""
    at = _line_end(text, index)
    return Edit(at, at, "\n" + "\n".join(lines))


# --- one operation --------------------------------------------------------------------------


def _one(text: str, root: Any, op: Op, after: Any, kind: str) -> Edit | list[Op]:
    if isinstance(op, Delete):
        return _delete(text, root, op.path, after)
    if isinstance(op, Insert):
        return _insert(text, root, op, after, kind)
    found = _find(root, op.path) if op.path else None
    if found is not None:
        parent, key, node = found
        return _replace(text, (parent, key, node), op.path, op.value, kind)
    return _new_key(text, root, op.path, op.value, kind)


def _replace(
    text: str, found: tuple[Any, Any, Any], path: Path, value: Any, kind: str
) -> Edit | list[Op]:
    """A value that is there made equal to ``value``."""
    parent, key, node = found
    if _block(node):
        return _key_by_key(text, node, path, value)
    if node.id == "scalar" and node.style in ("|", ">"):
        raise CannotSplice
    start, end = int(node.start_mark.index), int(node.end_mark.index)
    in_flow = parent is not None and parent.flow_style
    levels = depth(kind, path)
    wide = render.is_collection(value) and bool(value) and levels > 0 and not in_flow
    if key is not None and (wide or start == end):
        # after 'key:' (an empty value, or a block value on the lines below)
        colon = text.index(":", int(key.end_mark.index)) + 1
        if wide:
            column = int(key.start_mark.column) + 2
            lines = [" " * column + line for line in render.block(value, levels)]
            return Edit(colon, max(end, colon), "\n" + "\n".join(lines))
        return Edit(colon, max(end, colon), " " + render.inline(value))
    if wide:  # a list item written as a block
        column = int(node.start_mark.column)
        first, *rest = render.block(value, levels) if isinstance(value, dict) else [""]
        if not first:
            raise CannotSplice
        body = "\n".join([first] + [" " * column + line for line in rest])
        return Edit(start, end, body)
    shown = render.flow(value) if in_flow else render.inline(value)
    return Edit(start, end, shown)


def _key_by_key(text: str, node: Any, path: Path, value: Any) -> list[Op]:
    """A block mapping or list edited entry by entry (so comments inside it stay)."""
    current = _plain(text, node)
    ops: list[Op] = []
    if node.id == "mapping" and isinstance(value, dict):
        ops += [Set((*path, k), v) for k, v in value.items() if current.get(k, _NONE) != v]
        ops += [Delete((*path, k)) for k in current if k not in value]
        if ops and all(isinstance(o, Delete) for o in ops) and len(ops) == len(current):
            raise CannotSplice  # nothing would be left of the block
        return ops
    if node.id == "sequence" and isinstance(value, list) and len(value) >= len(current):
        ops += [Set((*path, i), v) for i, v in enumerate(value[: len(current)]) if current[i] != v]
        ops += [Insert(path, i, v) for i, v in enumerate(value) if i >= len(current)]
        return ops
    raise CannotSplice


_NONE = object()


def _plain(text: str, node: Any) -> Any:
    """The plain data of a node, as the readers read it."""
    if node.id == "scalar":
        return _key(node) if node.tag == "plain" else nfc(node.value)
    if node.id == "mapping":
        return {_key(k): _plain(text, v) for k, v in node.value}
    return [_plain(text, item) for item in node.value]


def _delete(text: str, root: Any, path: Path, after: Any) -> Edit:
    found = _find(root, path)
    if found is None:
        return Edit(0, 0, "")
    parent, key, node = found
    if parent is None or parent.id != "mapping":
        raise CannotSplice
    if parent.flow_style:
        start, end = int(parent.start_mark.index), int(parent.end_mark.index)
        return Edit(start, end, render.flow(get(after, path[:-1])))
    begin = _line_start(text, int(key.start_mark.index))
    if text[begin : int(key.start_mark.index)].strip() or len(parent.value) == 1:
        raise CannotSplice  # the key follows '- ', or is all the block holds
    stop = _line_end(text, _end(text, node))
    return Edit(begin, min(stop + 1, len(text)), "")


def _insert(text: str, root: Any, op: Insert, after: Any, kind: str) -> Edit | list[Op]:
    found = _find(root, op.path)
    if found is None:
        return _new_key(text, root, op.path, get(after, op.path), kind)
    node = found[2]
    if node.id != "sequence" or not _block(node):
        return _replace(text, found, op.path, get(after, op.path), kind)
    items = node.value
    column = int(node.start_mark.column)
    if text[int(node.start_mark.index)] != "-":
        raise CannotSplice
    levels = depth(kind, (*op.path, op.index))
    styles = {_block(item) for item in items}  # the file's own style, when all agree
    if styles == {False}:
        levels = 0
    elif styles == {True}:
        levels = max(1, levels)
    lines = [" " * column + line for line in render.item_lines(op.value, levels)]
    if op.index >= len(items):
        return _insert_lines_after(text, _end(text, items[-1]), lines)
    begin = _line_start(text, int(items[op.index].start_mark.index))
    if text[begin : begin + column].strip() or text[begin + column] != "-":
        raise CannotSplice
    return Edit(begin, begin, "\n".join(lines) + "\n")


def _new_key(text: str, root: Any, path: Path, value: Any, kind: str) -> Edit:
    """A key that is not there yet, with its value, in the nearest mapping that is."""
    cut = len(path) - 1
    while cut > 0 and _find(root, path[:cut]) is None:
        cut -= 1
    holder_path, key = path[:cut], path[cut]
    for step in reversed(path[cut + 1 :]):
        value = {step: value}
    if root is None and not holder_path:
        lines = render.entry(key, value, depth(kind, (key,)))
        return Edit(
            len(text),
            len(text),
            ("" if not text or text.endswith("\n") else "\n") + "\n".join(lines) + "\n",
        )
    found = _find(root, holder_path) if holder_path else (None, None, root)
    if found is None or found[2].id != "mapping":
        raise CannotSplice
    holder = found[2]
    keys = [_key(k) for k, _ in holder.value]
    anchor = _anchor(keys, key, key_order(kind, holder_path))
    if holder.flow_style:
        return _flow_key(text, holder, anchor, key, value)
    column = int(holder.value[0][0].start_mark.column)
    lines = [
        " " * column + line for line in render.entry(key, value, depth(kind, (*path[:cut], key)))
    ]
    if anchor is not None:
        anchor_value = holder.value[keys.index(anchor)][1]
        return _insert_lines_after(text, _end(text, anchor_value), lines)
    first = holder.value[0][0]
    begin = _line_start(text, int(first.start_mark.index))
    if text[begin : int(first.start_mark.index)].strip():
        raise CannotSplice  # the first key follows '- '
    return Edit(begin, begin, "\n".join(lines) + "\n")


def _anchor(keys: list[Any], key: Any, order: tuple[str, ...]) -> Any:
    """The key a new key goes after: the last one that comes before it in the model's order
    (the last key when the order does not say; ``None``: before every key)."""
    if not keys:
        return None
    if key not in order:
        return keys[-1]
    before = set(order[: order.index(key)])
    earlier = [k for k in keys if k in before or k not in order]
    return earlier[-1] if earlier else None


def _flow_key(text: str, holder: Any, anchor: Any, key: Any, value: Any) -> Edit:
    """A new key inside ``{...}``."""
    pair = f"{render.key_text(key)}: {render.flow(value)}"
    if not holder.value:
        start, end = int(holder.start_mark.index), int(holder.end_mark.index)
        return Edit(start, end, "{" + pair + "}")
    if anchor is None:
        at = int(holder.value[0][0].start_mark.index)
        return Edit(at, at, pair + ", ")
    keys = [_key(k) for k, _ in holder.value]
    at = _end(text, holder.value[keys.index(anchor)][1])
    return Edit(at, at, ", " + pair)
