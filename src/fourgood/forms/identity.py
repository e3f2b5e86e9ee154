"""What a workbook is for, written in its hidden sheet: a fourgood form of a kind and version,
for a bloc's data set, a cell and a year, in a language; and the members whose columns the
attendance grid had (so a deleted column is noticed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fourgood.forms.layout import FORM_VERSION
from fourgood.i18n.lang import Lang

MARK = "fourgood-form"
"""The first cell of the hidden sheet of every form."""


@dataclass(frozen=True)
class Identity:
    """The workbook's identity."""

    kind: str  # "cell" or "bloc"
    bloc: str
    year: int
    lang: Lang
    cell: str = ""
    members: tuple[str, ...] = field(default_factory=tuple)
    version: int = FORM_VERSION

    def rows(self) -> list[tuple[str, str | int]]:
        """The identity as key/value rows of the hidden sheet."""
        return [
            ("form", MARK),
            ("version", self.version),
            ("kind", self.kind),
            ("bloc", self.bloc),
            ("cell", self.cell),
            ("year", self.year),
            ("lang", self.lang),
            ("members", " ".join(self.members)),
        ]
