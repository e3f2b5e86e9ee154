"""A cell's meeting log for one year."""

from typing import Literal

from pydantic import Field

from fourgood.models.common import Date, Id, Model

MeetingKind = Literal["regular", "thematic", "combined"]
MeetingRating = Literal["good", "fair", "average", "poor"]
MEETING_RATINGS: tuple[MeetingRating, ...] = ("good", "fair", "average", "poor")
"""Meeting ratings, best first."""


class Meeting(Model):
    """One cell meeting. Everyone on the roster, not exempt and not listed absent, was present."""

    date: Date
    kind: MeetingKind
    topic: str | None = None
    duration: int | None = Field(None, ge=1, le=1440)  # minutes
    absent: dict[Id, Literal["excused", "unexcused"]] = Field(default_factory=dict)
    rating: MeetingRating | None = None
    sheet: dict[str, int] | None = None  # item points of the rubric's score sheet
    minutes_recorded: bool | None = None
    conclusion_recorded: bool | None = None


class MeetingLog(Model):
    """The whole of ``cells/<cell>/meetings-<year>.yaml``."""

    meetings: list[Meeting] = Field(default_factory=list)
