"""The organisation tree: the bloc, its grassroots committees, sectional committees and cells."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model, Name
from fourgood.vocabulary import CellType, QuotaBase, QuotaGroup


class UnitTransfer(Model):
    """A unit's move out of the bloc (to another bloc or locality)."""

    date: Date
    to: Name


class Classification(Model):
    """How the bloc applies the 20% rule for HTXSNV (configurable, see the README)."""

    quota_percent: int = Field(20, ge=0, le=100)
    quota_of: QuotaBase = "HTTNV"
    quota_group: QuotaGroup = "bloc"


class Bloc(Model):
    """The upper party committee whose data this is; its name changes with reorganisations."""

    id: Id
    name: Name
    name_en: Name | None = None
    classification: Classification = Classification()


class Committee(Model):
    """A grassroots party committee (đảng bộ cơ sở), directly under the bloc."""

    id: Id
    name: Name
    transferred_out: UnitTransfer | None = None


class Section(Model):
    """A sectional party committee (đảng bộ bộ phận), inside a grassroots committee."""

    id: Id
    name: Name
    parent: Id
    transferred_out: UnitTransfer | None = None


class Cell(Model):
    """A party cell: a grassroots cell (parent: the bloc) or a cell under a committee."""

    id: Id
    name: Name
    type: CellType
    parent: Id
    transferred_out: UnitTransfer | None = None


class Organisation(Model):
    """The whole of ``organisation.yaml``."""

    bloc: Bloc
    committees: list[Committee] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    cells: list[Cell] = Field(default_factory=list)
