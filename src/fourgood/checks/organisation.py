"""Checks of ``organisation.yaml``: unique ids that look like themselves, a well-formed tree."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from fourgood.checks.registry import check
from fourgood.checks.subjects import OrganisationFile
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.lookalikes import lookalikes, script_names, scripts
from fourgood.models.organisation import Cell, Committee, Section

WARNING = Severity.WARNING


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
def ids_look_like_themselves(subject: OrganisationFile) -> Iterator[Problem]:
    """No unit id mixes alphabets or looks like another unit's id (Cyrillic Т for T)."""
    org = subject.organisation
    units: list[tuple[str, tuple[str | int, ...]]] = [(org.bloc.id, ("bloc", "id"))]
    groups: tuple[tuple[str, Sequence[Committee | Section | Cell]], ...] = (
        ("committees", org.committees),
        ("sections", org.sections),
        ("cells", org.cells),
    )
    for group, members in groups:
        units += [(unit.id, (group, i, "id")) for i, unit in enumerate(members)]
    twins = lookalikes([unit_id for unit_id, _ in units])
    for unit_id, where in units:
        if unit_id in twins:
            message = msg("id.looks_like", id=unit_id, other=twins[unit_id], file=subject.file)
            yield Problem(subject.file, message, WARNING, where=where)
        elif len(scripts(unit_id)) > 1:
            message = msg("id.mixed_scripts", id=unit_id, scripts=script_names(unit_id))
            yield Problem(subject.file, message, WARNING, where=where)


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
