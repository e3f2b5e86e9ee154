"""A cell's roster: its party members, their history in the cell and their yearly assessment."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model, Name, Year
from fourgood.vocabulary import DisciplineForm, Dues, Rating, ResidenceFeedback, Role, Sex


class TransferIn(Model):
    """A member's arrival by transfer: from a cell of this bloc (``from_cell``) or from outside."""

    date: Date
    from_: Name | None = Field(None, alias="from")
    from_cell: Id | None = None


class TransferOut(Model):
    """A member's departure by transfer: to a cell of this bloc (``to_cell``) or outside."""

    date: Date
    to: Name | None = None
    to_cell: Id | None = None


class Exemption(Model):
    """A period exempt from cell activities (miễn sinh hoạt); open-ended when ``to`` is absent."""

    from_: Date = Field(alias="from")
    to: Date | None = None
    reason: str | None = None


class Discipline(Model):
    """A discipline decision (kỷ luật)."""

    date: Date
    form: DisciplineForm
    decision: str | None = None
    reason: str | None = None


class MemberYear(Model):
    """What the cell recorded about a member for one year; absent facts are missing evidence."""

    rating: Rating | None = None
    dues: Dues | None = None
    studied: bool | None = None
    residence_feedback: ResidenceFeedback | None = None


class Member(Model):
    """A party member on the roster."""

    id: Id
    name: Name
    sex: Sex
    born: Date
    admitted: Date
    full_member: Date | None = None  # absent while probationary (dự bị)
    role: Role = "member"
    transferred_in: TransferIn | None = None
    transferred_out: TransferOut | None = None
    exempt: list[Exemption] = Field(default_factory=list)
    discipline: list[Discipline] = Field(default_factory=list)
    years: dict[Year, MemberYear] = Field(default_factory=dict)


class Roster(Model):
    """The whole of ``cells/<cell>/roster.yaml``."""

    members: list[Member] = Field(default_factory=list)
