"""Checks of rubric files: sums to 100, ordered bands, known facts, sound meeting rules."""

from __future__ import annotations

from fourgood.errors import Problem
from fourgood.i18n.message import Choice, Msg, msg
from fourgood.models.rubric import Criterion, Rubric
from fourgood.scoring.facts import FACTS
from fourgood.scoring.rubrics import RubricSource, resolve
from fourgood.scoring.rules import RuleCheck


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
    """A criterion's rule: a known fact of a kind the rule accepts, then the kind's own check."""
    problems: list[Problem] = []
    rule = criterion.rule
    at = (*where, "rule")

    def report(message: Msg, sub: tuple[str | int, ...]) -> None:
        problems.append(Problem(file, message, where=(*at, *sub)))

    def add(key: str, sub: tuple[str | int, ...], **args: object) -> None:
        report(msg(key, id=criterion.id, **args), sub)

    if rule.reads is None:
        return problems
    spec = FACTS.get(rule.reads)
    if spec is None:
        add("rubric.unknown_fact", ("fact",), fact=rule.reads, facts=", ".join(sorted(FACTS)))
        return problems
    if spec.type not in rule.ACCEPTS:
        kind = rule.kind_name()
        add("rubric.fact_kind", ("fact",), fact=rule.reads, kind=kind, type=spec.type)
        return problems
    minus = rule.minus_rule
    if minus is not None:
        minus_spec = FACTS.get(minus.fact)
        if minus_spec is None or minus_spec.type != "count":
            add("rubric.minus_fact", ("minus", "fact"), fact=minus.fact)
    rule.check(RuleCheck(criterion.id, criterion.max, spec.type, spec.levels, report))
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
