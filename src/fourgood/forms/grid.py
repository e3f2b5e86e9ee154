"""A form's sheets before they are written: named columns (title, help, how values are read)
and rows of values, in the reader's language. The writer (``workbook``) lays them out; the
reader finds the same columns by their titles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fourgood.forms.layout import Column, Sheet
from fourgood.i18n.lang import LANGS, Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render

Value = str | int | date | None
"""What a cell of a form holds."""


@dataclass(frozen=True)
class GridColumn:
    """A column as written: its key, title and help in words, how its values are read."""

    key: str
    title: str
    help: str
    kind: str
    width: int = 16
    required: bool = False

    @property
    def vocabulary(self) -> str | None:
        """The vocabulary of a drop-down column."""
        return self.kind.removeprefix("choice:") if self.kind.startswith("choice:") else None


@dataclass
class Grid:
    """A sheet as written: its key and name, its columns, its rows (``freeze``: how many
    columns stay in view when scrolling right)."""

    key: str
    name: str
    columns: list[GridColumn]
    rows: list[list[Value]] = field(default_factory=list)
    freeze: int = 1
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    """How single cells are read, where their column does not say (the record's values):
    (row, column) of the rows, 0-based, to a kind."""


def column(spec: Column, lang: Lang) -> GridColumn:
    """A fixed column of the layout, in words."""
    title = render(msg(spec.title), lang)
    help_text = render(msg(spec.help), lang)
    return GridColumn(spec.key, title, help_text, spec.kind, spec.width, spec.required)


def titles(spec: Column) -> set[str]:
    """A column's title in every language (a workbook is read whatever its language)."""
    return {render(msg(spec.title), lang) for lang in LANGS}


def sheet_name(sheet: Sheet, lang: Lang) -> str:
    """A sheet's name in words."""
    return render(msg(sheet.name), lang)


def member_label(name: str, member_id: str) -> str:
    """How a member is shown in a form: ``Nguyễn Văn An (TP-001)``."""
    return f"{name} ({member_id})"


def grid(sheet: Sheet, lang: Lang, rows: list[list[Value]], **more: Any) -> Grid:
    """A sheet of the layout with its fixed columns and these rows."""
    columns = [column(spec, lang) for spec in sheet.columns]
    return Grid(sheet.key, sheet_name(sheet, lang), columns, rows, **more)
