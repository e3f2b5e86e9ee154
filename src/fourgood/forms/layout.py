"""The layout of the fill-in workbooks: their sheets, each sheet's columns (what a column holds,
how its values are read, its title and help in the catalogue), and the hidden sheet that says
which data set, cell, year and form version a workbook is for.

A sheet has one header row (row 1) and one row per entry below it. Columns are found by their
titles (in either language), so columns may be moved; the attendance grid's columns are titled
``Name (ID)``. Drop-down lists take their words from the hidden sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

FORM_VERSION = 1
"""Raised when the layout changes in a way an older workbook would be read wrongly."""

META = "fourgood"
"""The hidden, protected sheet that identifies the workbook."""

HEADER_ROW = 1
FIRST_ROW = 2
BLANK_ROWS = 30
"""Formatted empty rows below the recorded ones, for new entries."""


@dataclass(frozen=True)
class Column:
    """A column: its key, how its values are read (``text``, ``date``, ``whole``, ``held``: a
    date or no, ``member``, ``cell``, or ``choice:<vocabulary>``), its title's and help's
    catalogue keys, and its width."""

    key: str
    kind: str
    title: str
    help: str
    width: int = 16
    required: bool = False

    @property
    def vocabulary(self) -> str | None:
        """The vocabulary of a drop-down column."""
        return self.kind.removeprefix("choice:") if self.kind.startswith("choice:") else None


@dataclass(frozen=True)
class Sheet:
    """A sheet: its key, its name's catalogue key, its fixed columns."""

    key: str
    name: str
    columns: tuple[Column, ...]


MEMBERS = Sheet(
    "members",
    "form.sheet.members",
    (
        Column("id", "text", "form.col.member_id", "form.help.member_id", 14, True),
        Column("name", "text", "form.col.name", "form.help.name", 26),
        Column("role", "choice:role", "form.col.role", "form.help.role", 16),
        Column("rating", "choice:rating", "form.col.rating", "form.help.rating", 14),
        Column("dues", "choice:dues", "form.col.dues", "form.help.dues", 16),
        Column("studied", "choice:bool", "form.col.studied", "form.help.studied", 14),
        Column("residence_feedback", "choice:feedback", "form.col.feedback", "form.help.feedback"),
    ),
)
MEETINGS = Sheet(
    "meetings",
    "form.sheet.meetings",
    (
        Column("date", "date", "form.col.date", "form.help.meeting_date", 12, True),
        Column("kind", "choice:kind", "form.col.kind", "form.help.kind", 13, True),
        Column("topic", "text", "form.col.topic", "form.help.topic", 30),
        Column("duration", "whole", "form.col.duration", "form.help.duration", 11),
        Column(
            "rating",
            "choice:meeting_rating",
            "form.col.meeting_rating",
            "form.help.meeting_rating",
            12,
        ),
        Column("minutes_recorded", "choice:bool", "form.col.minutes", "form.help.minutes", 11),
        Column(
            "conclusion_recorded", "choice:bool", "form.col.conclusion", "form.help.conclusion", 12
        ),
    ),
)
"""Then one column per item of the rubric's score sheet, and one per member (attendance)."""

EXEMPTIONS = Sheet(
    "exemptions",
    "form.sheet.exemptions",
    (
        Column("member", "member", "form.col.member", "form.help.member", 30, True),
        Column("from", "date", "form.col.from", "form.help.exempt_from", 12, True),
        Column("to", "date", "form.col.to", "form.help.exempt_to", 12),
        Column("reason", "text", "form.col.reason", "form.help.reason", 30),
    ),
)
TRANSFERS = Sheet(
    "transfers",
    "form.sheet.transfers",
    (
        Column("member", "member", "form.col.member", "form.help.member", 30, True),
        Column(
            "direction", "choice:direction", "form.col.direction", "form.help.direction", 13, True
        ),
        Column("date", "date", "form.col.date", "form.help.transfer_date", 12, True),
        Column("cell", "cell", "form.col.other_cell", "form.help.other_cell", 22),
        Column("organisation", "text", "form.col.outside", "form.help.outside", 30),
    ),
)
DISCIPLINE = Sheet(
    "discipline",
    "form.sheet.discipline",
    (
        Column("member", "member", "form.col.member", "form.help.member", 30, True),
        Column("date", "date", "form.col.decided", "form.help.decided", 12, True),
        Column("form", "choice:discipline", "form.col.form", "form.help.form", 14, True),
        Column("decision", "text", "form.col.decision", "form.help.decision", 16),
        Column("reason", "text", "form.col.reason", "form.help.reason", 30),
    ),
)
RECORD = Sheet(
    "record",
    "form.sheet.record",
    (
        Column("fact", "text", "form.col.fact", "form.help.fact", 52, True),
        Column("value", "raw", "form.col.value", "form.help.value", 18),
        Column("how", "text", "form.col.how", "form.help.how", 60),
    ),
)
TARGETS = Sheet(
    "targets",
    "form.sheet.targets",
    (
        Column("name", "text", "form.col.target", "form.help.target", 60, True),
        Column("achieved", "choice:bool", "form.col.achieved", "form.help.achieved", 12, True),
    ),
)
KEY_TASKS = Sheet(
    "key_tasks",
    "form.sheet.key_tasks",
    (
        Column("name", "text", "form.col.key_task", "form.help.key_task", 60, True),
        Column("completed", "choice:bool", "form.col.completed", "form.help.completed", 12, True),
    ),
)
INCIDENTS = Sheet(
    "incidents",
    "form.sheet.incidents",
    (
        Column("date", "date", "form.col.date", "form.help.incident_date", 12, True),
        Column("kind", "choice:incident", "form.col.incident", "form.help.incident", 28, True),
        Column("note", "text", "form.col.note", "form.help.note", 50),
    ),
)

CELL_SHEETS = (
    MEMBERS,
    MEETINGS,
    EXEMPTIONS,
    TRANSFERS,
    DISCIPLINE,
    RECORD,
    TARGETS,
    KEY_TASKS,
    INCIDENTS,
)
"""The sheets of a cell's form, after its guide."""


@dataclass(frozen=True)
class Fact:
    """A row of the record sheet: its key, where its value goes in the record, how it is
    read, and its label's catalogue key."""

    key: str
    path: tuple[str, ...]
    kind: str
    label: str


FACTS = (
    Fact("work_programme", ("work_programme",), "held", "form.fact.work_programme"),
    Fact("self_criticism", ("self_criticism",), "held", "form.fact.self_criticism"),
    Fact("candidates", ("candidates",), "whole", "form.fact.candidates"),
    Fact("inspection_planned", ("inspection", "planned"), "whole", "form.fact.inspection_planned"),
    Fact("inspection_done", ("inspection", "done"), "whole", "form.fact.inspection_done"),
    Fact(
        "trade_union",
        ("mass_organisations", "trade_union"),
        "choice:rating",
        "form.fact.trade_union",
    ),
    Fact(
        "youth_union",
        ("mass_organisations", "youth_union"),
        "choice:rating",
        "form.fact.youth_union",
    ),
    Fact(
        "women_union",
        ("mass_organisations", "women_union"),
        "choice:rating",
        "form.fact.women_union",
    ),
    Fact(
        "veterans_association",
        ("mass_organisations", "veterans_association"),
        "choice:rating",
        "form.fact.veterans_association",
    ),
    Fact("incidents", ("incidents",), "choice:incidents", "form.fact.incidents"),
)
"""The facts of the record sheet, one labelled row each (its lists have sheets of their own;
the committee's points, the classification and commendations are the bloc's form)."""

PROGRAMME = Sheet(
    "programme",
    "form.sheet.programme",
    (
        Column("cell", "cell", "form.col.cell", "form.help.cell", 22, True),
        Column("name", "text", "form.col.cell_name", "form.help.cell_name", 44),
        Column("type", "choice:cell_type", "form.col.cell_type", "form.help.cell_type", 18),
        Column("basis", "choice:basis", "form.col.basis", "form.help.basis", 16),
        Column("joined", "date", "form.col.joined", "form.help.joined", 13),
    ),
)
ASSESSMENT = Sheet(
    "assessment",
    "form.sheet.assessment",
    (
        Column("cell", "cell", "form.col.cell", "form.help.cell", 22, True),
        Column("name", "text", "form.col.cell_name", "form.help.cell_name", 44),
        Column(
            "classification",
            "choice:rating",
            "form.col.classification",
            "form.help.classification",
            14,
        ),
    ),
)
"""Then two columns per assessed criterion of the year's rubrics: its points and its note."""

COMMENDATIONS = Sheet(
    "commendations",
    "form.sheet.commendations",
    (
        Column("cell", "cell", "form.col.cell", "form.help.cell", 22, True),
        Column(
            "kind",
            "choice:commendation",
            "form.col.commendation",
            "form.help.commendation",
            20,
            True,
        ),
        Column("exemplary_4good", "choice:bool", "form.col.exemplary", "form.help.exemplary", 14),
        Column("by", "text", "form.col.by", "form.help.by", 30),
        Column("decision", "text", "form.col.decision", "form.help.decision", 16),
        Column("date", "date", "form.col.decided", "form.help.decided", 13),
    ),
)

BLOC_SHEETS = (PROGRAMME, ASSESSMENT, COMMENDATIONS)
"""The sheets of the bloc's form, after its guide."""
