"""Checks of ``organisation.yaml``: unique ids that look like themselves, a well-formed tree,
and changes over time that hold together (each dated in its unit's life, merges and moves into
units that exist then, no unit left under a dissolved one)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Literal

from fourgood.checks.registry import check
from fourgood.checks.subjects import OrganisationFile
from fourgood.errors import Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, msg
from fourgood.lookalikes import lookalikes, script_names, scripts
from fourgood.models import history
from fourgood.models.organisation import Cell, Committee, Organisation, Section
from fourgood.models.tree import OrgIndex

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


# --- the organisation over time: dated changes of units --------------------------------------

Kind = Literal["committee", "section", "cell"]
Place = tuple[str | int, ...]


def _units(org: Organisation) -> Iterator[tuple[Place, Kind, Committee | Section | Cell]]:
    """Every unit with its place in the file and its kind."""
    groups: tuple[tuple[str, Kind, Sequence[Committee | Section | Cell]], ...] = (
        ("committees", "committee", org.committees),
        ("sections", "section", org.sections),
        ("cells", "cell", org.cells),
    )
    for group, kind, units in groups:
        for i, unit in enumerate(units):
            yield (group, i), kind, unit


@check(OrganisationFile)
def changes_within_the_units_life(subject: OrganisationFile) -> Iterator[Problem]:
    """Each change does one thing, dated while the unit exists: from the day it was formed, and
    before it ended (the change that ends it excepted)."""
    for at, _, unit in _units(subject.organisation):
        ending = history.own_ending(unit)
        ended_by: object | None = None
        for j, change in enumerate(unit.changes):
            where = (*at, "changes", j)
            does = [change.rename, change.move, change.merge, change.dissolve or None]
            if sum(1 for d in does if d is not None) != 1:
                yield Problem(subject.file, msg("org.change_kind"), where=where)
                continue
            ends = change.merge is not None or bool(change.dissolve)
            if unit.established is not None and change.date < unit.established:
                message = msg("org.change_before", day=change.date, start=unit.established)
                yield Problem(subject.file, message, where=(*where, "date"))
            elif ending is not None and change.date >= ending.date:
                if ends and ended_by is None and change.date == ending.date:
                    ended_by = change
                    continue
                how = Choice("ending", ending.how)
                message = msg("org.change_after", day=change.date, end=ending.date, how=how)
                yield Problem(subject.file, message, where=(*where, "date"))


@check(OrganisationFile)
def merges_and_moves_name_units_that_exist(subject: OrganisationFile) -> Iterator[Problem]:
    """A unit merges into another unit of its kind, never itself, and moves under a parent of
    the right kind; the unit named exists on the day."""
    index = subject.index
    for at, kind, unit in _units(subject.organisation):
        for j, change in enumerate(unit.changes):
            where = (*at, "changes", j)
            if change.merge is not None:
                yield from _merge(subject, kind, unit.id, change.merge, change.date, where)
            if change.move is not None:
                if kind == "committee":
                    yield Problem(subject.file, msg("org.committee_move"), where=(*where, "move"))
                    continue
                allowed = _parents_of(index, kind)
                if change.move not in allowed:
                    hint = suggest(change.move, allowed)
                    message = msg(
                        "org.move_target", target=change.move, kind=Choice("unit", kind), hint=hint
                    )
                    yield Problem(subject.file, message, where=(*where, "move"))
                elif change.move != index.bloc_id and not index.present_at(
                    change.move, change.date
                ):
                    message = msg("org.not_there", target=change.move, day=change.date)
                    yield Problem(subject.file, message, where=(*where, "move"))


def _merge(
    subject: OrganisationFile, kind: Kind, unit_id: str, target: str, day: date, where: Place
) -> Iterator[Problem]:
    """A merge's target: another unit, of the same kind, existing on the day."""
    index = subject.index
    same_kind: dict[str, Mapping[str, object]] = {
        "committee": index.committees,
        "section": index.sections,
        "cell": index.cells,
    }
    at = (*where, "merge")
    if target == unit_id:
        yield Problem(subject.file, msg("org.merge_itself"), where=at)
    elif target not in same_kind[kind]:
        other = index.unit(target)
        if other is not None:
            mine, theirs = Choice("unit", kind), Choice("unit", _kind(other))
            message = msg("org.merge_kind", target=target, kind=mine, other=theirs)
        else:
            hint = suggest(target, same_kind[kind])
            message = msg("org.merge_missing", target=target, kind=Choice("unit", kind), hint=hint)
        yield Problem(subject.file, message, where=at)
    elif not index.present_at(target, day):
        yield Problem(subject.file, msg("org.not_there", target=target, day=day), where=at)


def _kind(unit: Committee | Section | Cell) -> Kind:
    return (
        "cell"
        if isinstance(unit, Cell)
        else "section"
        if isinstance(unit, Section)
        else "committee"
    )


def _parents_of(index: OrgIndex, kind: Kind) -> list[str]:
    """The ids a unit of this kind may sit under."""
    if kind == "section":
        return sorted(index.committees)
    return [index.bloc_id, *sorted(index.committees), *sorted(index.sections)]


@check(OrganisationFile)
def no_unit_under_a_dissolved_parent(subject: OrganisationFile) -> Iterator[Problem]:
    """A cell or section still under a committee or section on the day it is dissolved must
    have moved, merged or been dissolved by then."""
    index = subject.index
    for at, kind, unit in _units(subject.organisation):
        if kind == "committee":
            continue
        for parent in index.ancestors(unit.id):
            target = index.unit(parent)
            ending = history.own_ending(target) if target is not None else None
            if ending is None or ending.how != "dissolved":
                continue
            day = ending.date
            if index.present_at(unit.id, day) and index.parent_on(unit.id, day) == parent:
                message = msg("org.under_dissolved", parent=parent, day=day)
                yield Problem(subject.file, message, where=(*at, "id"))
