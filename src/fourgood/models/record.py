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


def _points_on_100(value: Any) -> Any:
    """Classification points: a whole number from 0 to 100 (366-QĐ/TW assesses on 100)."""
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= 100:
        raise PydanticCustomError("fg_points_on_100", "points on 100", {"value": value})
    return value


PointsOn100 = Annotated[int, BeforeValidator(_points_on_100)]

_ON_TIME = (
    "Whether it was done on time (đúng tiến độ): true or false; read by the classification "
    "of 2025 onward (366-QĐ/TW), left out: not recorded."
)
_EXCEEDED = (
    "Whether it was done beyond what was set (vượt): true or false; read by the "
    "classification of 2025 onward (366-QĐ/TW), left out: not recorded."
)


class Target(Model):
    """One of the unit's own targets for the year (chỉ tiêu)."""

    name: Name = Field(description="The target (chỉ tiêu), as the unit wrote it.")
    achieved: bool = Field(
        description="Whether the target was achieved or exceeded: true or false."
    )
    on_time: bool | None = Field(None, description=_ON_TIME)
    exceeded: bool | None = Field(None, description=_EXCEEDED)


class KeyTask(Model):
    """A key task set by the upper committee (nhiệm vụ trọng tâm)."""

    name: Name = Field(
        description="The key task (nhiệm vụ trọng tâm), as the upper committee set it."
    )
    completed: bool = Field(description="Whether the key task was completed: true or false.")
    on_time: bool | None = Field(None, description=_ON_TIME)
    exceeded: bool | None = Field(None, description=_EXCEEDED)


class Incident(Model):
    """A breach of law, or a complaint sent past the proper level, involving members."""

    date: Date = Field(description="Day of the incident, YYYY-MM-DD.")
    kind: IncidentKind = Field(
        description="What happened: breach_of_law (vi phạm pháp luật) or complaint_past_level "
        "(a complaint sent past the proper level, đơn thư vượt cấp)."
    )
    note: str | None = Field(None, description="What the incident was; optional.")


class Inspection(Model):
    """The year's inspection and supervision programme (kiểm tra, giám sát)."""

    planned: int = Field(
        ge=0, description="Inspections and supervisions (kiểm tra, giám sát) planned for the year."
    )
    done: int = Field(ge=0, description="Inspections and supervisions carried out in the year.")


class Assessed(Model):
    """Points given by the upper committee for an assessed criterion; the note is required."""

    points: int = Field(ge=0, description="The points given, at most the criterion's maximum.")
    note: Name = Field(description="Why these points were given; required.")
    by: str | None = Field(
        None, description="Who gave the points, e.g. the upper committee; optional."
    )


class Commendation(Model):
    """A commendation the cell received for the year."""

    kind: CommendationKind = Field(
        description="The commendation: certificate_of_merit (giấy khen) or letter_of_merit."
    )
    exemplary_4good: bool = Field(
        False,
        description='Whether it commends the cell as an exemplary "4 Good" cell (Chi bộ 4 tốt '
        "tiêu biểu): true or false.",
    )
    by: Name | None = Field(
        None, description="Who gave it, e.g. Ban Thường vụ Đảng ủy Khối; optional."
    )
    decision: str | None = Field(None, description="The decision's number, e.g. 125-QĐ/ĐUK.")
    date: Date | None = Field(None, description="Day of the decision, YYYY-MM-DD.")


class AnnualRecord(Model):
    """The whole of ``cells/<cell>/record-<year>.yaml``; an absent fact is missing evidence."""

    work_programme: DateOrFalse | None = Field(
        None,
        description="Day the year's work programme (chương trình công tác năm) was adopted, "
        "YYYY-MM-DD; false if it was not.",
    )
    targets: list[Target] | None = Field(
        None, description="The unit's own targets for the year (chỉ tiêu): {name, achieved}."
    )
    key_tasks: list[KeyTask] | None = Field(
        None,
        description="The key tasks set by the upper committee (nhiệm vụ trọng tâm): "
        "{name, completed}.",
    )
    mass_organisations: dict[MassOrganisation, Rating] | None = Field(
        None,
        description="The year's rating of each mass organisation (trade_union, youth_union, "
        "women_union, veterans_association): HTXSNV, HTTNV, HTNV or KHTNV.",
    )
    incidents: list[Incident] | None = Field(
        None,
        description="Breaches of law and complaints sent past the proper level: "
        "{date, kind, note}; write [] for none, leave it out if not recorded.",
    )
    inspection: Inspection | None = Field(
        None,
        description="The year's inspection and supervision (kiểm tra, giám sát): {planned, done}.",
    )
    self_criticism: DateOrFalse | None = Field(
        None,
        description="Day of the annual self-criticism and criticism review (tự phê bình và "
        "phê bình), YYYY-MM-DD; false if it was not held.",
    )
    candidates: int | None = Field(
        None,
        ge=0,
        description="How many candidates (quần chúng) were sent to the party course "
        "(lớp cảm tình Đảng) this year.",
    )
    assessed: dict[str, Assessed] = Field(
        default_factory=dict,
        description="Points the upper committee gave for assessed criteria, by criterion id, "
        "e.g. P4: {points: 20, note: ...}.",
    )
    classification: Rating | None = Field(
        None,
        description="The quality level decided for the cell (xếp loại chất lượng): HTXSNV, "
        "HTTNV, HTNV or KHTNV.",
    )
    classification_points: PointsOn100 | None = Field(
        None,
        description="The points on 100 the cell's quality assessment gave (366-QĐ/TW, 2025 "
        "onward), as the competent committee verified them; left out, fourgood computes them "
        "when the rubric's classification has criteria.",
    )
    commendations: list[Commendation] = Field(
        default_factory=list,
        description="Commendations the cell received for the year: {kind, exemplary_4good, "
        "by, decision, date}.",
    )
