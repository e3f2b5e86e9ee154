"""The layout of the forms: every column's title and help in the catalogue, keys unique."""

from __future__ import annotations

from fourgood.forms import layout as L
from fourgood.i18n.catalog import CATALOG


def _sheets() -> list[L.Sheet]:
    return [v for v in vars(L).values() if isinstance(v, L.Sheet)]


def test_every_sheet_and_column_is_in_the_catalogue() -> None:
    sheets = _sheets()
    assert len(sheets) >= 6
    for sheet in sheets:
        assert sheet.name in CATALOG
        keys = [c.key for c in sheet.columns]
        assert len(keys) == len(set(keys)), sheet.key
        for column in sheet.columns:
            assert column.title in CATALOG, column.title
            assert column.help in CATALOG, column.help


def test_a_drop_down_columns_vocabulary() -> None:
    assert L.Column("rating", "choice:rating", "t", "h").vocabulary == "rating"
    assert L.Column("date", "date", "t", "h").vocabulary is None
