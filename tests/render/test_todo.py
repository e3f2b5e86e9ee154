"""The checklist in words: JSON and a table, in either language."""

from __future__ import annotations

import json
from datetime import date

from rich.console import Console

from fourgood.i18n.render import render
from fourgood.render.todo import item_message, todo_json, todo_table
from fourgood.reporting.todo import CellTodo, Item, Todo, period


def sample() -> Todo:
    todo = Todo(period(2023, None, date(2024, 1, 5)))
    items = (
        Item("regular_meeting", month=8),
        Item("member_year", member="TP-005", name="Đặng Minh Khoa", missing=("rating",)),
    )
    todo.cells = [CellTodo("yt", "Chi bộ Y tế", items), CellTodo("vp", "Chi bộ Văn phòng", ())]
    return todo


def test_items_in_words() -> None:
    assert render(item_message(Item("regular_meeting", month=8), 2023), "vi") == (
        "chưa ghi buổi sinh hoạt thường kỳ tháng 8/2023"
    )
    assert "August 2023" in render(item_message(Item("regular_meeting", month=8), 2023), "en")


def test_json_and_table() -> None:
    found = json.loads(todo_json(sample(), "en"))
    assert found["year"] == 2023
    assert found["bloc"]["cells_with_items"] == 1
    (member,) = [i for i in found["cells"][0]["items"] if i.get("member")]
    assert (member["member"], member["missing"]) == ("TP-005", ["rating"])
    console = Console(width=100, record=True, color_system=None)
    console.print(todo_table(sample(), "vi"))
    shown = console.export_text()
    assert "Chi bộ Y tế" in shown
    assert "tháng 8/2023" in shown
