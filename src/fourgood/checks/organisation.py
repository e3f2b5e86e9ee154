"""Checks of ``organisation.yaml``: unique ids and a well-formed tree."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from fourgood.checks.registry import check
from fourgood.checks.subjects import OrganisationFile
from fourgood.errors import Problem
from fourgood.i18n.message import msg
from fourgood.models.organisation import Cell, Committee, Section


@check(OrganisationFile)
def unique_ids(subject: OrganisationFile) -> Iterator[Problem]:
    """Every unit (and the bloc) has its own id."""
    org = subject.organisation
    seen = {org.bloc.id}
    groups: tuple[tuple[str, Sequence[Committee | Section | Cell]], ...] = (
        ("committees", org.committees),
        ("sections", org.sections),
        ("cells", org.cells),
    )
    for group, units in groups:
        for i, unit in enumerate(units):
            if unit.id in seen:
                where = (group, i, "id")
                yield Problem(subject.file, msg("org.duplicate_id", id=unit.id), where=where)
            seen.add(unit.id)


@check(OrganisationFile)
def parents_exist(subject: OrganisationFile) -> Iterator[Problem]:
    """A section sits in a grassroots committee; a cell under the bloc, a committee or a section."""
    org, index = subject.organisation, subject.index
    for i, section in enumerate(org.sections):
        if section.parent not in index.committees:
            message = msg("org.section_parent", parent=section.parent)
            yield Problem(subject.file, message, where=("sections", i, "parent"))
    for i, cell in enumerate(org.cells):
        if (
            cell.parent != org.bloc.id
            and cell.parent not in index.committees
            and cell.parent not in index.sections
        ):
            message = msg("org.cell_parent", parent=cell.parent, bloc=org.bloc.id)
            yield Problem(subject.file, message, where=("cells", i, "parent"))
