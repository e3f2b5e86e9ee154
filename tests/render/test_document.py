"""The typed document: blocks are plain values, checked where a mistake would be silent."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from fractions import Fraction

import pytest

from fourgood.render.document import (
    Column,
    Number,
    Paragraph,
    Section,
    Status,
    Table,
    TextCell,
    status,
)


def test_blocks_are_frozen_values() -> None:
    paragraph = Paragraph("text", level=1, tone="ok")
    assert paragraph == Paragraph("text", 1, "ok")
    with pytest.raises(dataclasses.FrozenInstanceError):
        paragraph.text = "other"  # type: ignore[misc]
    section = Section("overview", "Title", (paragraph,))
    assert hash(section) == hash(Section("overview", "Title", (Paragraph("text", 1, "ok"),)))


def test_defaults_are_a_plain_paragraph_and_an_ungrouped_number() -> None:
    assert Paragraph("x") == Paragraph("x", 0, "plain")
    assert Number(Fraction(1, 2)).grouped is False
    assert TextCell("x").level == 0
    assert Column("Cells").numeric is False


def test_a_row_must_fill_the_columns() -> None:
    columns = (Column("Figure"), Column("Number", numeric=True))
    Table(columns, ((TextCell("members"), Number(12)), (TextCell("empty"), None)))
    with pytest.raises(ValueError, match="1 cells for 2 columns"):
        Table(columns, ((TextCell("members"),),))


@pytest.mark.parametrize("make", [lambda: Paragraph("x", level=-1), lambda: TextCell("x", -1)])
def test_levels_are_not_negative(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match="level"):
        make()


def test_status_accepts_only_the_three_results() -> None:
    assert status("not_met") == Status("not_met")
    with pytest.raises(ValueError, match="'passed'"):
        status("passed")


def test_an_office_documents_texts_are_visible() -> None:
    from fourgood.render.document import Letterhead, OfficeDocument, Part, Signature

    head = Letterhead("A\x1b", "B\n", "Số:", "ĐẢNG", "x\u202e")
    assert (head.superior, head.issuer, head.place_date) == ("A\\x1b", "B\\n", "x\\u202e")
    signature = Signature(("T/M\x07",), "An\r")
    assert signature.lines == ("T/M\\x07",)
    assert signature.name == "An\\r"
    assert Part("I\x1b").title == "I\\x1b"
    office = OfficeDocument("t\x1b", head, "BÁO CÁO", "s\n", (), recipients=("- a\x1b,",))
    assert (office.title, office.subject, office.recipients) == ("t\\x1b", "s\\n", ("- a\\x1b,",))
