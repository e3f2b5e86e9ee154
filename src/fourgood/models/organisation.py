"""The organisation tree: the bloc, its grassroots committees, sectional committees and cells, and
what happened to each unit over time (renamed, moved, merged, dissolved, transferred out)."""

from pydantic import Field

from fourgood.models.common import Date, Id, Model, Name
from fourgood.models.documents import DocumentSettings
from fourgood.vocabulary import CellType, QuotaBase, QuotaGroup


class UnitTransfer(Model):
    """A unit's move out of the bloc (to another bloc or locality)."""

    date: Date = Field(description="Day the unit left the bloc, YYYY-MM-DD.")
    to: Name = Field(
        description="The body the unit moved to, e.g. Đảng ủy Khối Doanh nghiệp Trung ương."
    )


class UnitChange(Model):
    """A change to a unit on a day: renamed, moved to another parent, merged into another unit
    of its kind, or dissolved (one of them per change)."""

    date: Date = Field(description="Day of the change, YYYY-MM-DD: the unit is changed from it.")
    rename: Name | None = Field(
        None, description="The unit's new name from this day; its id and files stay the same."
    )
    move: Id | None = Field(
        None,
        description="Id of the unit's new parent from this day: for a cell the bloc, a "
        "grassroots committee or a section; for a section a grassroots committee.",
    )
    merge: Id | None = Field(
        None,
        description="Id of the unit of the same kind this unit is merged into on this day: its "
        "members and cells carry on there, and the unit ends.",
    )
    dissolve: bool | None = Field(
        None,
        description="true: the unit is dissolved on this day (its members are transferred on "
        "the rosters; its cells must have moved by then).",
    )


_ESTABLISHED = "Day the unit was formed, YYYY-MM-DD; omit when it existed before the data begins."
_CHANGES = (
    "What happened to the unit, in date order: {date, rename}, {date, move}, {date, merge} or "
    "{date, dissolve: true}. The name and parent above are the unit's first; each year's "
    "figures use the tree as it stood that year."
)


class Classification(Model):
    """How the bloc applies the 20% rule for HTXSNV (configurable, see the README)."""

    quota_percent: int = Field(
        20,
        ge=0,
        le=100,
        description="At most this percentage (default 20) of those counted by quota_of may be "
        "rated HTXSNV, for cells and for members.",
    )
    quota_of: QuotaBase = Field(
        "HTTNV",
        description="What the HTXSNV quota is taken of: HTTNV (those rated HTTNV) or "
        "HTTNV_or_better (those rated HTTNV or HTXSNV).",
    )
    quota_group: QuotaGroup = Field(
        "bloc",
        description="Where the cells' quota is counted: bloc, grassroots (each grassroots "
        "organisation) or type (each cell type); members' is per grassroots organisation.",
    )


class Bloc(Model):
    """The upper party committee whose data this is; its name changes with reorganisations."""

    id: Id = Field(
        description="The bloc's id, without spaces; a grassroots cell (chi bộ cơ sở) names it "
        "as its parent."
    )
    name: Name = Field(
        description="The bloc party committee's name as it is today (Đảng ủy Khối), "
        "e.g. Đảng ủy Khối các cơ quan tỉnh."
    )
    name_en: Name | None = Field(None, description="The bloc's name in English; optional.")
    classification: Classification = Field(
        Classification(),
        description="How the 20% quota of HTXSNV is checked; optional, the defaults are "
        "20% of HTTNV across the bloc.",
    )
    documents: DocumentSettings = Field(
        DocumentSettings(),
        description="The header, number, place, signer and recipients of the documents the "
        "office files (report --format docx, scorecard); optional, blanks are left to fill in.",
    )


class Committee(Model):
    """A grassroots party committee (đảng bộ cơ sở), directly under the bloc."""

    id: Id = Field(description="The committee's id, without spaces, e.g. db-so-y-te.")
    name: Name = Field(
        description="The grassroots party committee's name (đảng bộ cơ sở), e.g. Đảng bộ Sở Y tế."
    )
    transferred_out: UnitTransfer | None = Field(
        None,
        description="When and where the committee left the bloc, with its cells: "
        "{date, to}; omit while it is in the bloc.",
    )
    established: Date | None = Field(None, description=_ESTABLISHED)
    changes: list[UnitChange] = Field(default_factory=list, description=_CHANGES)


class Section(Model):
    """A sectional party committee (đảng bộ bộ phận), inside a grassroots committee."""

    id: Id = Field(description="The section's id, without spaces, e.g. dbbp-benh-vien.")
    name: Name = Field(
        description="The sectional party committee's name (đảng bộ bộ phận), "
        "e.g. Đảng bộ bộ phận Bệnh viện."
    )
    parent: Id = Field(
        description="Id of the grassroots party committee (đảng bộ cơ sở) the section is in."
    )
    transferred_out: UnitTransfer | None = Field(
        None,
        description="When and where the section left the bloc, with its cells: "
        "{date, to}; omit while it is in the bloc.",
    )
    established: Date | None = Field(None, description=_ESTABLISHED)
    changes: list[UnitChange] = Field(default_factory=list, description=_CHANGES)


class Cell(Model):
    """A party cell: a grassroots cell (parent: the bloc) or a cell under a committee."""

    id: Id = Field(
        description="The cell's id, without spaces; also the name of its directory under cells/."
    )
    name: Name = Field(
        description="The party cell's name (chi bộ), e.g. Chi bộ Chi cục An toàn vệ sinh thực phẩm."
    )
    type: CellType = Field(
        description="Where the cell is: agency (cơ quan), public_service (đơn vị sự nghiệp) "
        "or enterprise (doanh nghiệp); the criteria differ by type."
    )
    parent: Id = Field(
        description="The bloc's id for a grassroots cell (chi bộ cơ sở), otherwise the id of "
        "its grassroots committee or section."
    )
    transferred_out: UnitTransfer | None = Field(
        None,
        description="When and where the cell left the bloc: {date, to}; omit while it is in "
        "the bloc.",
    )
    established: Date | None = Field(None, description=_ESTABLISHED)
    changes: list[UnitChange] = Field(default_factory=list, description=_CHANGES)


class Organisation(Model):
    """The whole of ``organisation.yaml``."""

    bloc: Bloc = Field(description="The bloc party committee (Đảng ủy Khối) this data is for.")
    committees: list[Committee] = Field(
        default_factory=list,
        description="The grassroots party committees (đảng bộ cơ sở) directly under the bloc.",
    )
    sections: list[Section] = Field(
        default_factory=list,
        description="The sectional party committees (đảng bộ bộ phận) inside grassroots "
        "committees.",
    )
    cells: list[Cell] = Field(
        default_factory=list,
        description="Every party cell (chi bộ): grassroots cells and cells under committees "
        "or sections.",
    )
