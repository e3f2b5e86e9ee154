"""Facts read from the annual record: the work programme, targets, key tasks, mass organisations,
incidents, inspection, the self-criticism review, and the year's tasks done, on time and
exceeded."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from fourgood.i18n.message import Choice, Msg, msg
from fourgood.models.common import rating_at_least
from fourgood.scoring.facts.cell import CellFacts
from fourgood.scoring.facts.registry import fact
from fourgood.scoring.values import (
    Count,
    FactValue,
    NotApplicable,
    OnDate,
    Ratio,
    Share,
    YesNo,
)


@fact("work_programme", "date")
def work_programme(cell: CellFacts) -> FactValue:
    """The day the year's work programme was adopted (P1's deadline); adopted after the window
    ends is not adopted yet."""
    if cell.record is None:
        return cell.absent("record")
    wp = cell.record.work_programme
    if wp is None:
        return None
    return OnDate(wp if isinstance(wp, date) and wp <= cell.window.end else None)


@fact("targets_achieved", "share")
def targets_achieved(cell: CellFacts) -> FactValue:
    """The share of the unit's own targets achieved."""
    if cell.record is None:
        return cell.absent("record")
    targets = cell.record.targets
    if not targets:
        return None
    missed = tuple(msg("why.target_missed", name=t.name) for t in targets if not t.achieved)
    total = len(targets)
    share = Fraction(total - len(missed), total)
    return Share(share, share, msg("measured.targets", n=total - len(missed), total=total), missed)


@fact("key_tasks_not_completed", "count")
def key_tasks_not_completed(cell: CellFacts) -> FactValue:
    """Key tasks set by the upper committee that were not completed."""
    if cell.record is None:
        return cell.absent("record")
    tasks = cell.record.key_tasks
    if tasks is None:
        return None
    return Count(
        tuple(msg("why.key_task", name=t.name) for t in tasks if not t.completed),
        measured=msg(
            "measured.key_tasks", n=sum(1 for t in tasks if t.completed), total=len(tasks)
        ),
    )


@fact("mass_organisations_below_httnv", "count")
def mass_organisations_below_httnv(cell: CellFacts) -> FactValue:
    """Mass organisations of the unit rated below HTTNV."""
    if cell.record is None:
        return cell.absent("record")
    ratings = cell.record.mass_organisations
    if ratings is None:
        return None
    return Count(
        tuple(
            msg("why.mass_org", org=Choice("mass_org", org), rating=Choice("rating", rating))
            for org, rating in sorted(ratings.items())
            if not rating_at_least(rating, "HTTNV")
        )
    )


@fact("incidents", "count")
def incidents(cell: CellFacts) -> FactValue:
    """Breaches of law and complaints past the proper level, dated inside the window."""
    if cell.record is None:
        return cell.absent("record")
    found = cell.record.incidents
    if found is None:
        return None
    return Count(
        tuple(
            msg("why.incident", kind=Choice("incident", i.kind), day=i.date)
            for i in sorted(found, key=lambda i: (i.date, i.kind))
            if i.date in cell.window
        )
    )


@fact("inspection_done", "ratio")
def inspection_done(cell: CellFacts) -> FactValue:
    """Inspections done out of those planned."""
    if cell.record is None:
        return cell.absent("record")
    inspection = cell.record.inspection
    if inspection is None:
        return None
    return Ratio(inspection.done, inspection.planned)


@fact("self_criticism_held", "yes_no")
def self_criticism_held(cell: CellFacts) -> FactValue:
    """Whether the annual self-criticism and criticism review was held for the window, and
    when; while the year is in progress, a review not held yet is not due yet."""
    if cell.record is None:
        return cell.absent("record")
    held = cell.record.self_criticism
    if held is None:
        return None
    if isinstance(held, date) and cell.window.closes(held):
        return YesNo(True, held)
    if not cell.window.complete:
        return NotApplicable(msg("na.review_not_due"))
    return YesNo(False)


# --- the year's tasks, as the classification of 2025 onward reads them (366-QĐ/TW) ----------


def _tasks(cell: CellFacts) -> list[tuple[str, bool, bool | None, bool | None]] | None:
    """The year's tasks: the unit's targets and the key tasks, each (name, done, on time,
    exceeded); ``None`` when the record lists neither."""
    record = cell.record
    if record is None or (record.targets is None and record.key_tasks is None):
        return None
    tasks = [(t.name, t.achieved, t.on_time, t.exceeded) for t in record.targets or []]
    tasks += [(t.name, t.completed, t.on_time, t.exceeded) for t in record.key_tasks or []]
    return tasks


def _task_share(good: int, unknown: list[Msg], short: list[Msg], total: int) -> Share:
    """A share of the tasks: ``good`` of ``total`` for sure, the unknown ones either way."""
    low, high = Fraction(good, total), Fraction(good + len(unknown), total)
    measured = msg("measured.tasks", n=good, total=total)
    return Share(low, high, measured, tuple(short), tuple(unknown))


@fact("tasks_done", "share")
def tasks_done(cell: CellFacts) -> FactValue:
    """The share of the year's tasks (targets and key tasks) done."""
    if cell.record is None:
        return cell.absent("record")
    tasks = _tasks(cell)
    if not tasks:
        return None
    short = [msg("why.task_not_done", name=name) for name, done, _, _ in tasks if not done]
    return _task_share(len(tasks) - len(short), [], short, len(tasks))


@fact("tasks_on_time", "share")
def tasks_on_time(cell: CellFacts) -> FactValue:
    """The share of the year's tasks done on time; a task done without ``on_time`` recorded is
    missing evidence."""
    if cell.record is None:
        return cell.absent("record")
    tasks = _tasks(cell)
    if not tasks:
        return None
    short: list[Msg] = []
    unknown: list[Msg] = []
    for name, done, on_time, _ in tasks:
        if not done:
            short.append(msg("why.task_not_done", name=name))
        elif on_time is None:
            unknown.append(msg("why.task_timing_unknown", name=name))
        elif not on_time:
            short.append(msg("why.task_late", name=name))
    return _task_share(len(tasks) - len(short) - len(unknown), unknown, short, len(tasks))


@fact("tasks_exceeded", "share")
def tasks_exceeded(cell: CellFacts) -> FactValue:
    """The share of the year's tasks done beyond what was set; a task done without
    ``exceeded`` recorded is missing evidence."""
    if cell.record is None:
        return cell.absent("record")
    tasks = _tasks(cell)
    if not tasks:
        return None
    good = sum(1 for _, done, _, exceeded in tasks if done and exceeded)
    unknown = [
        msg("why.task_exceeded_unknown", name=name)
        for name, done, _, exceeded in tasks
        if done and exceeded is None
    ]
    return _task_share(good, unknown, [], len(tasks))
