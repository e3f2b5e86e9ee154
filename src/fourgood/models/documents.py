"""The settings of the documents the bloc's office files (optional, in ``organisation.yaml``).

The Party's document format (Hướng dẫn 36-HD/VPTW, 2018) heads a document with the superior
body and the issuing body, numbers it, dates it at a place, names its recipients and has it
signed. Every field is optional: a part the data set does not give is left blank in the
document (dotted lines), to be filled in by hand, never guessed.
"""

from pydantic import Field

from fourgood.models.common import Model, Name


class Signer(Model):
    """Who signs the bloc's documents, and in what capacity."""

    authority: Name | None = Field(
        None,
        description="The signing authority's line, e.g. T/M BAN THƯỜNG VỤ (on behalf of the "
        "standing committee; the default) or K/T BÍ THƯ.",
    )
    position: Name | None = Field(
        None, description="The signer's position, e.g. BÍ THƯ or PHÓ BÍ THƯ; blank if omitted."
    )
    name: Name | None = Field(
        None, description="The signer's full name, e.g. Nguyễn Văn An; blank if omitted."
    )


class DocumentSettings(Model):
    """The parts of the bloc's documents (reports, scorecards) taken from the data set."""

    superior: Name | None = Field(
        None,
        description="The superior body, first line of the header, e.g. ĐẢNG BỘ TỈNH LẠNG SƠN; "
        "a blank line if omitted.",
    )
    issuer: Name | None = Field(
        None,
        description="The issuing body under it, e.g. ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH; the "
        "bloc's name if omitted.",
    )
    code: Name | None = Field(
        None,
        description="The issuing body's abbreviation in document numbers, e.g. ĐU or ĐUK (the "
        "number line reads Số: ...-BC/ĐU); left blank if omitted.",
    )
    place: Name | None = Field(
        None,
        description="The place in the place-and-date line, e.g. Lạng Sơn; dotted if omitted.",
    )
    signer: Signer = Field(
        Signer(), description="Who signs the reports: {authority, position, name}; optional."
    )
    recipients: list[Name] = Field(
        default_factory=list,
        description="The recipients listed under Nơi nhận, e.g. Ban Thường vụ Tỉnh ủy (báo "
        "cáo); dotted lines if empty. The office's own copy (Lưu Văn phòng) is always added.",
    )
