"""The edits of a change on plain data: set, delete, insert; the data given is left as it was
and only the containers on the way are copied."""

from __future__ import annotations

from typing import Any

import pytest

from fourgood.edit.ops import Delete, Insert, Set, apply, get, has


def test_set_delete_insert() -> None:
    data = {"meetings": [{"date": "2023-01-10", "kind": "regular"}], "note": None}
    after = apply(
        data,
        [
            Set(("meetings", 0, "duration"), 120),
            Insert(("meetings",), 1, {"date": "2023-02-07", "kind": "regular"}),
            Delete(("note",)),
            Set(("inspection", "planned"), 2),
            Insert(("targets",), 0, {"name": "A", "achieved": True}),
        ],
    )
    assert after == {
        "meetings": [
            {"date": "2023-01-10", "kind": "regular", "duration": 120},
            {"date": "2023-02-07", "kind": "regular"},
        ],
        "inspection": {"planned": 2},
        "targets": [{"name": "A", "achieved": True}],
    }
    assert data == {"meetings": [{"date": "2023-01-10", "kind": "regular"}], "note": None}


def test_what_is_not_changed_is_shared_not_copied() -> None:
    data: Any = {"members": [{"id": "a"}, {"id": "b"}], "other": {"x": 1}}
    after: Any = apply(data, [Set(("members", 1, "name"), "B")])
    assert after["members"][0] is data["members"][0]
    assert after["other"] is data["other"]
    assert after["members"][1] is not data["members"][1]


def test_deleting_what_is_not_there_changes_nothing() -> None:
    data = {"a": {"b": None}}
    assert apply(data, [Delete(("a", "c")), Delete(("x", "y"))]) is data
    assert apply(data, [Delete(("a", "b"))]) == {"a": {}}
    assert has(data, ("a", "b"))
    assert not has(data, ("a", "c"))
    assert get(data, ("a", "b")) is None
    assert get(data, ("a", "c")) is None


def test_the_whole_document() -> None:
    assert apply(None, [Set((), {"members": []})]) == {"members": []}
    with pytest.raises(ValueError, match="only Set"):
        apply({}, [Delete(())])
