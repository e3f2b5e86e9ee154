"""A new cell: in the organisation, with its empty roster, and in a year's programme."""

from __future__ import annotations

from pathlib import Path

from fourgood.edit import cells
from tests.edit.kit import change_of, edited_text


def test_a_cell_added_and_joining_a_new_programme(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    cells.add(change, {"id": "moi", "name": "Chi bộ Mới", "type": "agency", "parent": "dukcq"})
    cells.join(change, 2024, {"cell": "moi", "basis": "registered"})
    assert "  - id: moi\n    name: Chi bộ Mới\n" in edited_text(change, "organisation.yaml")
    assert edited_text(change, "cells/moi/roster.yaml").endswith("members: []\n")
    programme = edited_text(change, "programme/2024.yaml")
    assert "cells:\n" in programme
    assert "cell: moi" in programme
