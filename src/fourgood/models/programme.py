"""The programme of a year: which cells build the "4 Good" model."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model
from fourgood.vocabulary import Basis


class Participant(Model):
    """A cell in the year's programme and how it came to take part."""

    cell: Id
    basis: Basis
    joined: Date | None = None  # joined during the year; absent means from 1 January


class Programme(Model):
    """The whole of ``programme/<year>.yaml``."""

    cells: list[Participant] = Field(default_factory=list)
