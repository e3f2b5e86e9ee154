"""A cell's value read as its column wants, the way people fill cells in."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from fourgood.forms.values import CellError, member_id, raw_text, read_cell


def refused(kind: str, value: Any, data_type: str = "s") -> str:
    with pytest.raises(CellError) as error:
        read_cell(kind, value, data_type, "vi")
    return error.value.message.key


def test_dates_day_first_numbers_with_a_comma_and_words_of_either_language() -> None:
    assert read_cell("date", "01/03/2025", "s", "vi") == date(2025, 3, 1)
    assert read_cell("date", datetime(2025, 3, 1), "d", "vi") == date(2025, 3, 1)
    assert read_cell("whole", "90,0", "s", "vi") == 90
    assert read_cell("whole", 90.0, "n", "vi") == 90
    assert read_cell("choice:dues", "đóng đầy đủ", "s", "vi") == "in_full"
    assert read_cell("choice:dues", "in full", "s", "vi") == "in_full"
    assert read_cell("text", "  Họp   tháng ", "s", "vi") == "Họp tháng"
    assert read_cell("text", "", "s", "vi") is None


def test_text_that_starts_like_a_formula_is_kept_as_it_is() -> None:
    for text in ("=1+1", "+84 912", "-", "@ban"):
        assert read_cell("text", text, "s", "vi") == text


def test_what_is_refused() -> None:
    assert refused("text", "=SUM(A1:A3)", "f") == "import.formula"
    assert refused("whole", "#REF!", "e") == "import.error_value"
    assert refused("text", "a\x07b") == "import.control"
    assert refused("date", "32/13/2025") == "import.not_a_date"
    assert refused("date", 45000, "n") == "import.number_not_date"
    assert refused("whole", "90,5") == "import.decimal"
    assert refused("choice:dues", "đóng thiếu") == "import.not_in_list"


def test_member_ids_and_raw_text() -> None:
    assert member_id("Nguyễn Văn An (TP-001)") == "TP-001"
    assert member_id("TP-001") == "TP-001"
    assert raw_text(90.0) == "90"
    assert raw_text(datetime(2025, 3, 1)) == "2025-03-01"
