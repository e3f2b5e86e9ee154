"""CSV fields stay data in a spreadsheet: formula-like text is neutralised, numbers are not."""

from __future__ import annotations

import csv
import io

import pytest

from fourgood.render.csv_text import field, rows_text


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1"],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_quote(text: str) -> None:
    assert str(field(text)).startswith("'")


def test_numbers_and_plain_text_are_as_they_are() -> None:
    assert field(-5) == -5
    assert field(2.5) == 2.5
    assert field(True) == "true"
    assert field("Chi bộ Văn phòng") == "Chi bộ Văn phòng"
    assert field("2023-10-12") == "2023-10-12"


def test_a_whole_file_reads_back_with_the_guarded_fields() -> None:
    text = "".join(rows_text([["name", "points"], ["=cmd|' /C calc'!A0", -3], ["An\x1b[2J", 7]]))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["name", "points"], ["'=cmd|' /C calc'!A0", "-3"], ["An\\x1b[2J", "7"]]
