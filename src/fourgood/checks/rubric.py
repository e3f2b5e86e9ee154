"""Checks of rubric files: sums to 100, ordered bands, known facts, sound meeting rules."""

from __future__ import annotations

from datetime import date

from fourgood.errors import Problem
from fourgood.i18n.message import Choice, msg
from fourgood.models.rubric import (
    AssessedRule,
    Bands,
    Criterion,
    Deadline,
    Levels,
    Proportion,
    Rubric,
)
from fourgood.scoring.facts import FACTS
from fourgood.scoring.rubrics import RubricSource, resolve


def check_rubric(rubric: Rubric, file: str) -> list[Problem]:
    """A rubric that can be scored: sums, ordered bands, known facts, sound meeting rules."""
    problems: list[Problem] = []

    def add(key: str, where: tuple[str | int, ...], **args: object) -> None:
        problems.append(Problem(file, msg(key, **args), where=where))

    content_ids: set[str] = set()
    criterion_ids: set[str] = set()
    for i, content in enumerate(rubric.contents):
        if content.id in content_ids:
            add("rubric.duplicate_id", ("contents", i, "id"), id=content.id)
        content_ids.add(content.id)
        for j, criterion in enumerate(content.criteria):
            if criterion.id in criterion_ids:
                add("rubric.duplicate_id", ("contents", i, "criteria", j, "id"), id=criterion.id)
            criterion_ids.add(criterion.id)
    for cell_type in sorted(rubric.types):
        for criterion_id in sorted(rubric.types[cell_type]):
            if criterion_id not in criterion_ids:
                add("rubric.override_unknown", ("types", cell_type, criterion_id), id=criterion_id)
    totals: dict[tuple[int, int], list[str]] = {}
    for cell_type in rubric.cell_types:
        resolved = resolve(rubric, cell_type)
        overrides = rubric.types.get(cell_type, {})
        for i, content in enumerate(resolved.contents):
            totals.setdefault((i, sum(c.max for c in content.criteria)), []).append(cell_type)
            for j, criterion in enumerate(content.criteria):
                where: tuple[str | int, ...] = ("contents", i, "criteria", j)
                change = overrides.get(criterion.id)
                if change is not None and (change.rule is not None or change.max is not None):
                    where = ("types", cell_type, criterion.id)
                # the same problem found for several types at one place is reported once
                problems.extend(_check_rule(criterion, file, where))
    for (i, total), types in sorted(totals.items()):
        if total == 100:
            continue
        content_id = rubric.contents[i].id
        if len(types) == len(rubric.cell_types):
            add("rubric.sum_all", ("contents", i, "id"), id=content_id, total=total)
        else:
            for type_name in types:
                add(
                    "rubric.sum",
                    ("types", type_name),
                    id=content_id,
                    total=total,
                    type=Choice("cell_type", type_name),
                )
    meetings = rubric.meetings
    if meetings.sheet not in meetings.sheets:
        add("rubric.no_sheet", ("meetings", "sheet"), sheet=meetings.sheet)
    for name, sheet in sorted(meetings.sheets.items()):
        total = sum(item.max for item in sheet.items.values())
        if total != 100:
            add("rubric.sheet_sum", ("meetings", "sheets", name), sheet=name, total=total)
    chosen = meetings.sheets.get(meetings.sheet)
    for k, item in enumerate(meetings.good_requires_full):
        if chosen is not None and item not in chosen.items:
            add(
                "rubric.sheet_item",
                ("meetings", "good_requires_full", k),
                item=item,
                sheet=meetings.sheet,
            )
    cut = meetings.cutoffs
    if not cut.good > cut.fair > cut.average:
        add("rubric.cutoffs", ("meetings", "cutoffs"))
    return problems


def _check_rule(criterion: Criterion, file: str, where: tuple[str | int, ...]) -> list[Problem]:
    problems: list[Problem] = []
    rule = criterion.rule
    at = (*where, "rule")

    def add(key: str, sub: tuple[str | int, ...] = (), **args: object) -> None:
        problems.append(Problem(file, msg(key, id=criterion.id, **args), where=(*at, *sub)))

    allowed = {
        "bands": ("share", "count"),
        "deduct": ("count",),
        "proportion": ("ratio", "share"),
        "yes_no": ("yes_no",),
        "deadline": ("date",),
        "levels": ("level",),
    }
    if isinstance(rule, AssessedRule):
        return problems
    spec = FACTS.get(rule.fact)
    if spec is None:
        close = sorted(FACTS)
        add("rubric.unknown_fact", ("fact",), fact=rule.fact, facts=", ".join(close))
        return problems
    if spec.type not in allowed[rule.kind]:
        add("rubric.fact_kind", ("fact",), fact=rule.fact, kind=rule.kind, type=spec.type)
        return problems
    minus = getattr(rule, "minus", None)
    if minus is not None:
        minus_spec = FACTS.get(minus.fact)
        if minus_spec is None or minus_spec.type != "count":
            add("rubric.minus_fact", ("minus", "fact"), fact=minus.fact)
    if isinstance(rule, Bands):
        kinds = {("at_least" if b.at_least is not None else "at_most") for b in rule.bands}
        for k, band in enumerate(rule.bands):
            if (band.at_least is None) == (band.at_most is None):
                add("rubric.band_bound", ("bands", k))
            if band.points > criterion.max:
                add("rubric.points_max", ("bands", k, "points"), max=criterion.max)
            if spec.type == "share" and (band.at_least or 0) > 100:
                add("rubric.percent", ("bands", k, "at_least"))
        if len(kinds) > 1:
            add("rubric.band_mixed", ("bands",))
        elif "at_least" in kinds:
            values = [b.at_least for b in rule.bands if b.at_least is not None]
            if values != sorted(values, reverse=True) or len(set(values)) != len(values):
                add("rubric.band_order", ("bands",), order=msg("rubric.descending"))
        else:
            values = [b.at_most for b in rule.bands if b.at_most is not None]
            if values != sorted(values) or len(set(values)) != len(values):
                add("rubric.band_order", ("bands",), order=msg("rubric.ascending"))
        if rule.otherwise > criterion.max:
            add("rubric.points_max", ("otherwise",), max=criterion.max)
    elif isinstance(rule, Deadline):
        days = [s.by for s in rule.steps]
        if days != sorted(days) or len(set(days)) != len(days):
            add("rubric.step_order", ("steps",))
        for k, step in enumerate(rule.steps):
            month, day = (int(x) for x in step.by.split("-"))
            try:
                date(2024, month, day)
            except ValueError:
                add("rubric.step_day", ("steps", k, "by"), by=step.by)
            if step.points > criterion.max:
                add("rubric.points_max", ("steps", k, "points"), max=criterion.max)
    elif isinstance(rule, Levels):
        levels = set(spec.levels)
        if set(rule.points) != levels:
            add("rubric.levels", ("points",), levels=", ".join(spec.levels))
        for level, points in sorted(rule.points.items()):
            if points > criterion.max:
                add("rubric.points_max", ("points", level), max=criterion.max)
    elif isinstance(rule, Proportion):
        pass
    else:
        for key in ("yes", "no", "per"):
            value = getattr(rule, key, None)
            if isinstance(value, int) and value > criterion.max:
                add("rubric.points_max", (key,), max=criterion.max)
    return problems


def check_rubric_set(sources: list[RubricSource]) -> list[Problem]:
    """Rubric ids unique among the bloc's own files and among the shipped ones."""
    problems: list[Problem] = []
    for shipped in (True, False):
        seen: dict[str, str] = {}
        for source in sorted(sources, key=lambda s: s.file):
            if source.shipped != shipped:
                continue
            if source.rubric.id in seen:
                problems.append(
                    Problem(
                        source.file,
                        msg(
                            "rubric.duplicate_file",
                            id=source.rubric.id,
                            file=seen[source.rubric.id],
                        ),
                        where=("id",),
                    )
                )
            seen[source.rubric.id] = source.file
    return problems
