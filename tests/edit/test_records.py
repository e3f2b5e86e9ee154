"""The record's facts and lists."""

from __future__ import annotations

from pathlib import Path

from fourgood.edit import records
from tests.edit.kit import change_of, edited_text

RECORD = "cells/van-phong/record-2023.yaml"


def test_facts_set_and_removed_and_an_entry_added(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    assert records.recorded(change, "van-phong", 2023)["candidates"] == 1
    records.set_facts(change, "van-phong", "VP", 2023, {("inspection", "done"): 1})
    records.add_entry(
        change,
        "van-phong",
        "VP",
        2023,
        "incidents",
        {"date": "2023-05-05", "kind": "breach_of_law"},
    )
    text = edited_text(change, RECORD)
    assert "done: 1" in text
    assert "2023-05-05" in text
    assert records.recorded(change, "van-phong", 2023)["inspection"]["done"] == 1
