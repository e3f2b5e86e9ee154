"""The grid of a sheet before it is written: titles in either language, member labels."""

from __future__ import annotations

from fourgood.forms import layout as L
from fourgood.forms.grid import column, member_label, sheet_name, titles


def test_titles_sheet_names_and_member_labels() -> None:
    date = L.MEETINGS.columns[0]
    assert titles(date) >= {"Date", "Ngày"}
    assert sheet_name(L.MEETINGS, "vi") == "Sinh hoạt"
    assert sheet_name(L.MEETINGS, "en") == "Meetings"
    assert member_label("Nguyễn Văn An", "TP-001") == "Nguyễn Văn An (TP-001)"
    assert column(date, "en").title == "Date"
