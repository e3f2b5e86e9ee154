"""Checks of rubric files: sums to 100, ordered bands, known facts, sound meeting rules."""

from __future__ import annotations

from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import RubricFile, RubricSet
from fourgood.errors import Problem
from fourgood.i18n.message import Choice, Msg, msg
from fourgood.models.rubric import Criterion
from fourgood.scoring.facts import FACTS
from fourgood.scoring.rubrics import resolve
from fourgood.scoring.rules import RuleCheck

Where = tuple[str | int, ...]


def _problem(subject: RubricFile, key: str, where: Where, **args: object) -> Problem:
    return Problem(subject.file, msg(key, **args), where=where)


@check(RubricFile)
def unique_ids(subject: RubricFile) -> Iterator[Problem]:
    """Content and criterion ids are unique; type overrides name real criteria."""
    rubric = subject.rubric
    content_ids: set[str] = set()
    criterion_ids: set[str] = set()
    for i, content in enumerate(rubric.contents):
        if content.id in content_ids:
            yield _problem(subject, "rubric.duplicate_id", ("contents", i, "id"), id=content.id)
        content_ids.add(content.id)
        for j, criterion in enumerate(content.criteria):
            if criterion.id in criterion_ids:
                where: Where = ("contents", i, "criteria", j, "id")
                yield _problem(subject, "rubric.duplicate_id", where, id=criterion.id)
            criterion_ids.add(criterion.id)
    for cell_type in sorted(rubric.types):
        for criterion_id in sorted(rubric.types[cell_type]):
            if criterion_id not in criterion_ids:
                where = ("types", cell_type, criterion_id)
                yield _problem(subject, "rubric.override_unknown", where, id=criterion_id)


@check(RubricFile)
def rules_are_sound(subject: RubricFile) -> Iterator[Problem]:
    """Every criterion's rule, as each cell type sees it (an override is reported where it is
    written; the same problem found for several types at one place is reported once)."""
    rubric = subject.rubric
    for cell_type in rubric.cell_types:
        overrides = rubric.types.get(cell_type, {})
        for i, content in enumerate(resolve(rubric, cell_type).contents):
            for j, criterion in enumerate(content.criteria):
                where: Where = ("contents", i, "criteria", j)
                change = overrides.get(criterion.id)
                if change is not None and (change.rule is not None or change.max is not None):
                    where = ("types", cell_type, criterion.id)
                yield from _check_rule(criterion, subject.file, where)


@check(RubricFile)
def contents_add_up_to_100(subject: RubricFile) -> Iterator[Problem]:
    """Each content's maxima add up to 100 for every cell type."""
    rubric = subject.rubric
    totals: dict[tuple[int, int], list[str]] = {}
    for cell_type in rubric.cell_types:
        for i, content in enumerate(resolve(rubric, cell_type).contents):
            totals.setdefault((i, sum(c.max for c in content.criteria)), []).append(cell_type)
    for (i, total), types in sorted(totals.items()):
        if total == 100:
            continue
        content_id = rubric.contents[i].id
        if len(types) == len(rubric.cell_types):
            where: Where = ("contents", i, "id")
            yield _problem(subject, "rubric.sum_all", where, id=content_id, total=total)
            continue
        for name in types:
            kind = Choice("cell_type", name)
            where = ("types", name)
            yield _problem(subject, "rubric.sum", where, id=content_id, total=total, type=kind)


@check(RubricFile)
def meeting_rules_are_sound(subject: RubricFile) -> Iterator[Problem]:
    """The chosen score sheet exists, sheets add up to 100, cut-offs are ordered."""
    meetings = subject.rubric.meetings
    if meetings.sheet not in meetings.sheets:
        yield _problem(subject, "rubric.no_sheet", ("meetings", "sheet"), sheet=meetings.sheet)
    for name, sheet in sorted(meetings.sheets.items()):
        total = sum(item.max for item in sheet.items.values())
        if total != 100:
            where: Where = ("meetings", "sheets", name)
            yield _problem(subject, "rubric.sheet_sum", where, sheet=name, total=total)
    chosen = meetings.sheets.get(meetings.sheet)
    for k, item in enumerate(meetings.good_requires_full):
        if chosen is not None and item not in chosen.items:
            where = ("meetings", "good_requires_full", k)
            yield _problem(subject, "rubric.sheet_item", where, item=item, sheet=meetings.sheet)
    cut = meetings.cutoffs
    if not cut.good > cut.fair > cut.average:
        yield _problem(subject, "rubric.cutoffs", ("meetings", "cutoffs"))


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


@check(RubricSet)
def unique_rubric_ids(subject: RubricSet) -> Iterator[Problem]:
    """Rubric ids are unique among the bloc's own files, and among the shipped ones."""
    for shipped in (True, False):
        seen: dict[str, str] = {}
        for source in sorted(subject.sources, key=lambda s: s.file):
            if source.shipped != shipped:
                continue
            if source.rubric.id in seen:
                message = msg(
                    "rubric.duplicate_file", id=source.rubric.id, file=seen[source.rubric.id]
                )
                yield Problem(source.file, message, where=("id",))
            seen[source.rubric.id] = source.file
