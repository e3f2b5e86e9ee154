"""The programme of a year: which cells build the "4 Good" model."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model
from fourgood.vocabulary import Basis


class Participant(Model):
    """A cell in the year's programme and how it came to take part."""

    cell: Id = Field(description="Id of the cell taking part, as in organisation.yaml.")
    basis: Basis = Field(
        description="How the cell came to take part: selected (được chọn), registered on its "
        "own initiative (tự đăng ký) or continuing from the year before (tiếp tục)."
    )
    joined: Date | None = Field(
        None,
        description="Day the cell joined during the year, YYYY-MM-DD; omit when it took part "
        "from 1 January.",
    )


class Programme(Model):
    """The whole of ``programme/<year>.yaml``."""

    cells: list[Participant] = Field(
        default_factory=list,
        description='The cells building the "4 Good" model this year (xây dựng mô hình '
        "Chi bộ 4 tốt).",
    )
