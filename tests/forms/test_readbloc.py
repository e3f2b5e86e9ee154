"""The bloc's form read back: the assessed columns recognised by their titles."""

from __future__ import annotations

from fourgood.forms.readbloc import assessed_columns


def test_assessed_columns_in_either_language() -> None:
    assert assessed_columns("P4: points (max 20)") == ("points.P4", "whole")
    assert assessed_columns("S5: điểm (tối đa 20)") == ("points.S5", "whole")
    assert assessed_columns("P4: note") == ("note.P4", "text")
    assert assessed_columns("S5: nhận xét") == ("note.S5", "text")
    assert assessed_columns("Classification") is None
