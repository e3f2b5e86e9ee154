"""A cell's annual record: the facts the rubric reads, the classification and commendations."""

from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from fourgood.models.common import Date, Model, Name, parse_date
from fourgood.vocabulary import CommendationKind, IncidentKind, MassOrganisation, Rating

# MassOrganisation is re-exported: it was defined here.
__all__ = [
    "AnnualRecord",
    "Assessed",
    "Commendation",
    "DateOrFalse",
    "Incident",
    "Inspection",
    "KeyTask",
    "MassOrganisation",
    "Target",
]


def _date_or_false(value: Any) -> date | bool:
    if value is False:
        return False
    try:
        return parse_date(value)
    except PydanticCustomError:
        raise PydanticCustomError("fg_date_or_false", "date or false", {"value": value}) from None


DateOrFalse = Annotated[date | bool, BeforeValidator(_date_or_false)]
"""The date something happened, or ``false`` when it did not happen."""


class Target(Model):
    """One of the unit's own targets for the year (chỉ tiêu)."""

    name: Name
    achieved: bool


class KeyTask(Model):
    """A key task set by the upper committee (nhiệm vụ trọng tâm)."""

    name: Name
    completed: bool


class Incident(Model):
    """A breach of law, or a complaint sent past the proper level, involving members."""

    date: Date
    kind: IncidentKind
    note: str | None = None


class Inspection(Model):
    """The year's inspection and supervision programme (kiểm tra, giám sát)."""

    planned: int = Field(ge=0)
    done: int = Field(ge=0)


class Assessed(Model):
    """Points given by the upper committee for an assessed criterion; the note is required."""

    points: int = Field(ge=0)
    note: Name
    by: str | None = None


class Commendation(Model):
    """A commendation the cell received for the year."""

    kind: CommendationKind
    exemplary_4good: bool = False
    by: Name | None = None
    decision: str | None = None
    date: Date | None = None


class AnnualRecord(Model):
    """The whole of ``cells/<cell>/record-<year>.yaml``; an absent fact is missing evidence."""

    work_programme: DateOrFalse | None = None
    targets: list[Target] | None = None
    key_tasks: list[KeyTask] | None = None
    mass_organisations: dict[MassOrganisation, Rating] | None = None
    incidents: list[Incident] | None = None
    inspection: Inspection | None = None
    self_criticism: DateOrFalse | None = None
    candidates: int | None = Field(None, ge=0)
    assessed: dict[str, Assessed] = Field(default_factory=dict)
    classification: Rating | None = None
    commendations: list[Commendation] = Field(default_factory=list)
