"""A cell's meeting log for one year."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model
from fourgood.vocabulary import MEETING_RATINGS, Absence, MeetingKind, MeetingRating

# MeetingKind, MeetingRating and MEETING_RATINGS are re-exported: code imports them from here.
__all__ = ["MEETING_RATINGS", "Meeting", "MeetingKind", "MeetingLog", "MeetingRating"]


class Meeting(Model):
    """One cell meeting. Everyone on the roster, not exempt and not listed absent, was present."""

    date: Date = Field(description="Day of the meeting, YYYY-MM-DD, inside the log's year.")
    kind: MeetingKind = Field(
        description="The kind of meeting: regular (sinh hoạt thường kỳ), thematic (chuyên đề) "
        "or combined (kết hợp: both in one sitting)."
    )
    topic: str | None = Field(None, description="What the meeting was about; optional.")
    duration: int | None = Field(
        None, ge=1, le=1440, description="How long the meeting lasted, in minutes."
    )
    absent: dict[Id, Absence] = Field(
        default_factory=dict,
        description="Members absent, by id: excused (vắng có phép) or unexcused "
        "(vắng không phép); everyone else not exempt was present.",
    )
    rating: MeetingRating | None = Field(
        None,
        description="The meeting's rating: good (tốt), fair (khá), average (trung bình) or "
        "poor (kém); or give sheet instead.",
    )
    sheet: dict[str, int] | None = Field(
        None,
        description="The points of each item of the rubric's score sheet, e.g. {attendance: 5, "
        "conduct: 38}; the rating follows from their total.",
    )
    minutes_recorded: bool | None = Field(
        None, description="Whether the meeting's minutes (biên bản) were recorded: true or false."
    )
    conclusion_recorded: bool | None = Field(
        None,
        description="Whether the conclusion was written in the resolution book (sổ nghị quyết): "
        "true or false.",
    )
    documents_sent: bool | None = Field(
        None,
        description="Whether the meeting's documents were sent to the members ahead of it on "
        "the electronic party-member handbook (Sổ tay đảng viên điện tử, 42-HD/BTCTW): true "
        "or false; optional.",
    )


class MeetingLog(Model):
    """The whole of ``cells/<cell>/meetings-<year>.yaml``."""

    meetings: list[Meeting] = Field(
        default_factory=list, description="The cell's meetings in the year (sổ sinh hoạt chi bộ)."
    )
