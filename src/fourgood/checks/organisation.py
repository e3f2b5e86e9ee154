"""Checks of ``organisation.yaml``: unique ids and a well-formed tree."""

from __future__ import annotations

from fourgood.errors import Problem
from fourgood.i18n.message import msg
from fourgood.models.organisation import Organisation
from fourgood.models.tree import OrgIndex


def check_organisation(org: Organisation, file: str) -> tuple[OrgIndex, list[Problem]]:
    """Unique ids and a well-formed tree."""
    problems: list[Problem] = []
    index = OrgIndex(org.bloc.id)
    seen: dict[str, str] = {org.bloc.id: "bloc"}

    def claim(unit_id: str, where: tuple[str | int, ...]) -> bool:
        if unit_id in seen:
            problems.append(
                Problem(file, msg("org.duplicate_id", id=unit_id), where=(*where, "id"))
            )
            return False
        seen[unit_id] = where[0]  # type: ignore[assignment]
        return True

    for i, committee in enumerate(org.committees):
        if claim(committee.id, ("committees", i)):
            index.committees[committee.id] = committee
    for i, section in enumerate(org.sections):
        if claim(section.id, ("sections", i)):
            index.sections[section.id] = section
    for i, cell in enumerate(org.cells):
        if claim(cell.id, ("cells", i)):
            index.cells[cell.id] = cell
    for i, section in enumerate(org.sections):
        if section.parent not in index.committees:
            problems.append(
                Problem(
                    file,
                    msg("org.section_parent", parent=section.parent),
                    where=("sections", i, "parent"),
                )
            )
    for i, cell in enumerate(org.cells):
        if (
            cell.parent != org.bloc.id
            and cell.parent not in index.committees
            and (cell.parent not in index.sections)
        ):
            problems.append(
                Problem(
                    file,
                    msg("org.cell_parent", parent=cell.parent, bloc=org.bloc.id),
                    where=("cells", i, "parent"),
                )
            )
    return index, problems
