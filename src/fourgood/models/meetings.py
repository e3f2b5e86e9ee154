"""A cell's meeting log for one year."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model
from fourgood.vocabulary import MEETING_RATINGS, Absence, MeetingKind, MeetingRating

# MeetingKind, MeetingRating and MEETING_RATINGS are re-exported: code imports them from here.
__all__ = ["MEETING_RATINGS", "Meeting", "MeetingKind", "MeetingLog", "MeetingRating"]


class Meeting(Model):
    """One cell meeting. Everyone on the roster, not exempt and not listed absent, was present."""

    date: Date
    kind: MeetingKind
    topic: str | None = None
    duration: int | None = Field(None, ge=1, le=1440)  # minutes
    absent: dict[Id, Absence] = Field(default_factory=dict)
    rating: MeetingRating | None = None
    sheet: dict[str, int] | None = None  # item points of the rubric's score sheet
    minutes_recorded: bool | None = None
    conclusion_recorded: bool | None = None


class MeetingLog(Model):
    """The whole of ``cells/<cell>/meetings-<year>.yaml``."""

    meetings: list[Meeting] = Field(default_factory=list)
