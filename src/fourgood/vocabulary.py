"""The closed vocabularies of the input data: each as a ``Literal`` type and a tuple of its words.

A tuple lists its words in their natural order: best first for ratings, lightest first for
discipline, and otherwise the order the README gives. The models type their fields with these
``Literal`` types; the command line builds its choices from the tuples. This module imports only
``typing``, so importing it costs nothing at ``fourgood --help`` time (no pydantic, no rich).
"""

from typing import Literal

FIRST_YEAR, LAST_YEAR = 1930, 2100
"""The years fourgood works with: the Party was founded in 1930, so no cell has an earlier year,
and a file, a field or an option naming a year outside these is refused (``programme/0000.yaml``
is nobody's programme; 1923 is a slip for 2023)."""

CellType = Literal["agency", "public_service", "enterprise"]
CELL_TYPES: tuple[CellType, ...] = ("agency", "public_service", "enterprise")
"""Cell types: in a state agency (cơ quan), a public service unit (đơn vị sự nghiệp), an
enterprise (doanh nghiệp)."""

Rating = Literal["HTXSNV", "HTTNV", "HTNV", "KHTNV"]
RATINGS: tuple[Rating, ...] = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
"""Quality ratings of cells, members and mass organisations, best first."""


def rating_at_least(rating: Rating, floor: Rating) -> bool:
    """Whether ``rating`` is ``floor`` or better."""
    return RATINGS.index(rating) <= RATINGS.index(floor)


QuotaBase = Literal["HTTNV", "HTTNV_or_better"]
QUOTA_BASES: tuple[QuotaBase, ...] = ("HTTNV", "HTTNV_or_better")
"""What the HTXSNV quota is a percentage of (``quota_of``): cells rated HTTNV, or HTTNV or
better."""

QuotaGroup = Literal["bloc", "grassroots", "type"]
QUOTA_GROUPS: tuple[QuotaGroup, ...] = ("bloc", "grassroots", "type")
"""The group over which the HTXSNV quota is counted (``quota_group``)."""

Basis = Literal["selected", "registered", "continuing"]
BASES: tuple[Basis, ...] = ("selected", "registered", "continuing")
"""How a cell came to take part in the year's programme."""

Sex = Literal["male", "female"]
SEXES: tuple[Sex, ...] = ("male", "female")
"""A member's sex."""

Role = Literal["secretary", "deputy", "committee", "member"]
ROLES: tuple[Role, ...] = ("secretary", "deputy", "committee", "member")
"""A member's role in the cell: secretary (bí thư), deputy secretary (phó bí thư), cell
committee member (chi ủy viên), member."""

Dues = Literal["in_full", "late", "short"]
DUES: tuple[Dues, ...] = ("in_full", "late", "short")
"""How a member paid the year's party dues (đảng phí), best first."""

ResidenceFeedback = Literal["good", "not_good"]
RESIDENCE_FEEDBACKS: tuple[ResidenceFeedback, ...] = ("good", "not_good")
"""The feedback on a member from the place of residence, best first."""

DisciplineForm = Literal["reprimand", "warning", "dismissal", "expulsion"]
DISCIPLINE_FORMS: tuple[DisciplineForm, ...] = ("reprimand", "warning", "dismissal", "expulsion")
"""Forms of party discipline (kỷ luật), lightest first."""

MeetingKind = Literal["regular", "thematic", "combined"]
MEETING_KINDS: tuple[MeetingKind, ...] = ("regular", "thematic", "combined")
"""Kinds of cell meeting: regular (thường kỳ), thematic (chuyên đề), both in one sitting
(kết hợp)."""

Absence = Literal["excused", "unexcused"]
ABSENCES: tuple[Absence, ...] = ("excused", "unexcused")
"""Kinds of absence from a meeting: with leave (vắng có phép) or without (vắng không phép)."""

MeetingRating = Literal["good", "fair", "average", "poor"]
MEETING_RATINGS: tuple[MeetingRating, ...] = ("good", "fair", "average", "poor")
"""Meeting ratings, best first."""

MassOrganisation = Literal["trade_union", "youth_union", "women_union", "veterans_association"]
MASS_ORGANISATIONS: tuple[MassOrganisation, ...] = (
    "trade_union",
    "youth_union",
    "women_union",
    "veterans_association",
)
"""The mass organisations of a unit whose ratings the annual record holds."""

IncidentKind = Literal["breach_of_law", "complaint_past_level"]
INCIDENT_KINDS: tuple[IncidentKind, ...] = ("breach_of_law", "complaint_past_level")
"""Kinds of incident: a breach of law, or a complaint sent past the proper level."""

CommendationKind = Literal["certificate_of_merit", "letter_of_merit"]
COMMENDATION_KINDS: tuple[CommendationKind, ...] = ("certificate_of_merit", "letter_of_merit")
"""Kinds of commendation: a certificate of merit (giấy khen) or a letter of merit."""
