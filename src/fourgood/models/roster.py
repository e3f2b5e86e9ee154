"""A cell's roster: its party members, their history in the cell and their yearly assessment."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model, Name, Year
from fourgood.vocabulary import DisciplineForm, Dues, Rating, ResidenceFeedback, Role, Sex


class TransferIn(Model):
    """A member's arrival by transfer: from a cell of this bloc (``from_cell``) or from outside."""

    date: Date = Field(description="Day the member arrived in the cell by transfer, YYYY-MM-DD.")
    from_: Name | None = Field(
        None,
        alias="from",
        description="The party organisation outside the bloc the member came from, "
        "e.g. Đảng bộ huyện Cao Lộc.",
    )
    from_cell: Id | None = Field(
        None, description="Id of the cell of this bloc the member came from."
    )


class TransferOut(Model):
    """A member's departure by transfer: to a cell of this bloc (``to_cell``) or outside."""

    date: Date = Field(description="Day the member left the cell by transfer, YYYY-MM-DD.")
    to: Name | None = Field(
        None, description="The party organisation outside the bloc the member moved to."
    )
    to_cell: Id | None = Field(None, description="Id of the cell of this bloc the member moved to.")


class Exemption(Model):
    """A period exempt from cell activities (miễn sinh hoạt); open-ended when ``to`` is absent."""

    from_: Date = Field(
        alias="from", description="First day exempt from activities (miễn sinh hoạt), YYYY-MM-DD."
    )
    to: Date | None = Field(
        None, description="Last day of the exemption, YYYY-MM-DD; omit while it has no end date."
    )
    reason: str | None = Field(None, description="Why the member is exempt, e.g. nghỉ thai sản.")


class Discipline(Model):
    """A discipline decision (kỷ luật)."""

    date: Date = Field(description="Day of the discipline decision (kỷ luật), YYYY-MM-DD.")
    form: DisciplineForm = Field(
        description="The form of discipline: reprimand (khiển trách), warning (cảnh cáo), "
        "dismissal (cách chức) or expulsion (khai trừ)."
    )
    decision: str | None = Field(None, description="The decision's number, e.g. 12-QĐ/ĐU.")
    reason: str | None = Field(None, description="What the member was disciplined for.")


class MemberYear(Model):
    """What the cell recorded about a member for one year; absent facts are missing evidence."""

    rating: Rating | None = Field(
        None,
        description="The member's quality rating for the year (xếp loại chất lượng): HTXSNV, "
        "HTTNV, HTNV or KHTNV.",
    )
    dues: Dues | None = Field(
        None,
        description="How the member paid party dues (đảng phí): in_full (in full and on time), "
        "late or short (not in full).",
    )
    studied: bool | None = Field(
        None,
        description="Whether the member studied the year's new resolutions "
        "(học tập nghị quyết): true or false.",
    )
    residence_feedback: ResidenceFeedback | None = Field(
        None,
        description="The feedback from the member's place of residence (nhận xét nơi cư trú): "
        "good or not_good.",
    )


class Member(Model):
    """A party member on the roster."""

    id: Id = Field(
        description="The member's stable id, without spaces: the same person keeps it "
        "everywhere; quote ids that look like numbers."
    )
    name: Name = Field(
        description="The member's full name: family, middle, given (e.g. Nguyễn Văn An)."
    )
    sex: Sex = Field(description="The member's sex: male or female.")
    born: Date = Field(
        description="The member's date of birth, YYYY-MM-DD; it never appears in an output."
    )
    admitted: Date = Field(
        description="Day the member was admitted to the Party (ngày vào Đảng), YYYY-MM-DD."
    )
    full_member: Date | None = Field(
        None,
        description="Day the member became a full member (đảng viên chính thức), YYYY-MM-DD; "
        "omit while probationary (dự bị).",
    )
    role: Role = Field(
        "member",
        description="The member's role in the cell: secretary (bí thư), deputy (phó bí thư), "
        "committee (chi ủy viên) or member (the default).",
    )
    transferred_in: TransferIn | None = Field(
        None,
        description="The member's arrival by transfer: {date, from} from outside the bloc or "
        "{date, from_cell} from a cell of the bloc.",
    )
    transferred_out: TransferOut | None = Field(
        None,
        description="The member's departure by transfer: {date, to} outside the bloc or "
        "{date, to_cell} to a cell of the bloc; the member stays on the roster.",
    )
    exempt: list[Exemption] = Field(
        default_factory=list,
        description="Periods exempt from activities (miễn sinh hoạt): {from, to, reason}.",
    )
    discipline: list[Discipline] = Field(
        default_factory=list,
        description="Discipline decisions (kỷ luật): {date, form, decision, reason}.",
    )
    years: dict[Year, MemberYear] = Field(
        default_factory=dict,
        description="The member's assessment by year, e.g. 2023: {rating, dues, studied, "
        "residence_feedback}; a fact left out is missing evidence.",
    )


class Roster(Model):
    """The whole of ``cells/<cell>/roster.yaml``."""

    members: list[Member] = Field(
        default_factory=list,
        description="The cell's party members (danh sách đảng viên), including those who left.",
    )
