"""Checks of rubric files: a period in force (editions never overlap), sums to 100, ordered bands,
known facts, sound meeting rules and score sheets in force by date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import RubricFile, RubricSet
from fourgood.errors import Anchor, Problem
from fourgood.i18n.message import Choice, Msg, msg
from fourgood.models.classification import Condition
from fourgood.models.rubric import Criterion, Rubric
from fourgood.scoring.facts import FACTS
from fourgood.scoring.rubrics import RubricSource, resolve
from fourgood.scoring.rules import RuleCheck
from fourgood.vocabulary import RATINGS

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
    """The score sheets in use exist, sheets add up to 100, cut-offs are ordered."""
    meetings = subject.rubric.meetings
    if meetings.sheet is not None and meetings.sheet not in meetings.sheets:
        yield _problem(subject, "rubric.no_sheet", ("meetings", "sheet"), sheet=meetings.sheet)
    for name, sheet in sorted(meetings.sheets.items()):
        total = sum(item.max for item in sheet.items.values())
        if total != 100:
            where: Where = ("meetings", "sheets", name)
            yield _problem(subject, "rubric.sheet_sum", where, sheet=name, total=total)
    for k, item in enumerate(meetings.good_requires_full):
        for name in _sheets_in_use(subject):
            if item not in meetings.sheets[name].items:
                where = ("meetings", "good_requires_full", k)
                yield _problem(subject, "rubric.sheet_item", where, item=item, sheet=name)
    cut = meetings.cutoffs
    if not cut.good > cut.fair > cut.average:
        yield _problem(subject, "rubric.cutoffs", ("meetings", "cutoffs"))


def _sheets_in_use(subject: RubricFile) -> list[str]:
    """The sheets meetings are scored on: the one named, else those with a period."""
    meetings = subject.rubric.meetings
    if meetings.sheet is not None:
        return [meetings.sheet] if meetings.sheet in meetings.sheets else []
    return [k for k, sheet in sorted(meetings.sheets.items()) if sheet.in_force is not None]


@check(RubricFile)
def sheets_in_force_by_date(subject: RubricFile) -> Iterator[Problem]:
    """One sheet named, or sheets with periods that do not overlap (never both, never
    neither)."""
    meetings = subject.rubric.meetings
    dated = [(k, s.in_force) for k, s in sorted(meetings.sheets.items()) if s.in_force]
    if meetings.sheet is not None and dated:
        yield _problem(subject, "rubric.sheet_and_periods", ("meetings", "sheet"))
        return
    if meetings.sheet is None and not dated:
        yield _problem(subject, "rubric.sheet_unnamed", ("meetings",))
        return
    for i, (name, period) in enumerate(dated):
        where: Where = ("meetings", "sheets", name, "in_force")
        if period.start > period.end:
            yield _problem(subject, "rubric.period_order", where)
        for other, earlier in dated[:i]:
            if period.overlaps(earlier):
                yield _problem(subject, "rubric.sheets_overlap", where, sheet=name, other=other)


@check(RubricFile)
def in_force_for_a_period(subject: RubricFile) -> Iterator[Problem]:
    """A rubric says when it is in force: in_force or years, one of them."""
    rubric = subject.rubric
    if rubric.in_force is None and rubric.years is None:
        yield Problem(subject.file, msg("rubric.no_period"), where=("id",), anchor=Anchor.KEY)
    elif rubric.in_force is not None and rubric.years is not None:
        yield _problem(subject, "rubric.two_periods", ("years",))
    elif rubric.in_force is not None and rubric.in_force.start > rubric.in_force.end:
        yield _problem(subject, "rubric.period_order", ("in_force",))


def _check_rule(
    criterion: Criterion, file: str, where: tuple[str | int, ...], *, after_scoring: bool = False
) -> list[Problem]:
    """A criterion's rule: a known fact of a kind the rule accepts (one that needs the 4 Good
    result only ``after_scoring``, in the classification), then the kind's own check."""
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
    if spec.needs_result and not after_scoring:
        add("rubric.needs_result", ("fact",), fact=rule.reads)
        return problems
    minus = rule.minus_rule
    if minus is not None:
        minus_spec = FACTS.get(minus.fact)
        if minus_spec is None or minus_spec.type != "count":
            add("rubric.minus_fact", ("minus", "fact"), fact=minus.fact)
    rule.check(RuleCheck(criterion.id, criterion.max, spec.type, spec.levels, report))
    return problems


@check(RubricSet)
def editions_do_not_overlap(subject: RubricSet) -> Iterator[Problem]:
    """Two rubrics for the same cell type are never in force on the same day: among the bloc's
    own files, and among the shipped ones (a bloc's rubric replaces a shipped one where both
    are in force). A file is reported once, against the first file it overlaps."""
    for shipped in (True, False):
        earlier: list[RubricSource] = []
        for source in sorted(subject.sources, key=lambda s: s.file):
            if source.shipped != shipped:
                continue
            clashes = ((o, c) for o in earlier if (c := _overlap(source.rubric, o.rubric)))
            found = next(clashes, None)
            if found is not None:
                other, (types, (start, end)) = found
                where: Where = ("in_force",) if source.rubric.in_force else ("years",)
                message = msg(
                    "rubric.editions_overlap",
                    types=tuple(Choice("cell_type", t) for t in types),
                    file=other.file,
                    start=start,
                    end=end,
                )
                yield Problem(source.file, message, where=where)
            earlier.append(source)


def _overlap(one: Rubric, other: Rubric) -> tuple[list[str], tuple[date, date]] | None:
    """The cell types two rubrics share and the first stretch of days both are in force, if
    they have both."""
    types: list[str] = [t for t in one.cell_types if t in other.cell_types]
    if not types:
        return None
    for a in one.periods():
        for b in other.periods():
            if a.overlaps(b):
                return types, (max(a.start, b.start), min(a.end, b.end))
    return None


# --- the classification rules of an edition ---------------------------------------------------


@check(RubricFile)
def classification_levels_are_sound(subject: RubricFile) -> Iterator[Problem]:
    """Levels best first, each once; on points, each level but the lowest needs points, fewer
    than the level above."""
    rules = subject.rubric.classification
    if rules is None:
        return
    previous: int | None = None
    for k, level in enumerate(rules.levels):
        at: Where = ("classification", "levels", k)
        if k and RATINGS.index(level.level) <= RATINGS.index(rules.levels[k - 1].level):
            yield _problem(subject, "class.level_order", (*at, "level"))
        last = k == len(rules.levels) - 1
        if rules.on_points and level.at_least is None and not last:
            yield _problem(subject, "class.points_missing", (*at, "level"), level=level.level)
        if level.at_least is not None:
            if previous is not None and level.at_least >= previous:
                yield _problem(subject, "class.points_order", (*at, "at_least"))
            previous = level.at_least
        for j, condition in enumerate(level.conditions):
            yield from _condition(subject, condition, (*at, "conditions", j))


def _condition(subject: RubricFile, condition: Condition, at: Where) -> Iterator[Problem]:
    """A condition reads a share or a count, with one bound (a share's within 100%)."""
    spec = FACTS.get(condition.fact)
    if spec is None or spec.type not in ("share", "count"):
        facts = ", ".join(sorted(k for k, f in FACTS.items() if f.type in ("share", "count")))
        where = (*at, "fact")
        yield _problem(subject, "class.condition_fact", where, fact=condition.fact, facts=facts)
        return
    bounds = [b for b in (condition.at_least, condition.at_most) if b is not None]
    if len(bounds) != 1:
        yield _problem(subject, "class.condition_bound", at)
    elif spec.type == "share" and bounds[0] > 100:
        key = "at_least" if condition.at_least is not None else "at_most"
        yield _problem(subject, "class.condition_percent", (*at, key))


@check(RubricFile)
def classification_criteria_add_up(subject: RubricFile) -> Iterator[Problem]:
    """Criteria that compute the points: on a scale of points, summing to 100, with ids of
    their own, and sound rules (they may read the 4 Good result)."""
    rubric = subject.rubric
    rules = rubric.classification
    if rules is None or not rules.criteria:
        return
    if not rules.on_points:
        yield _problem(subject, "class.criteria_without_points", ("classification", "criteria"))
    total = sum(c.max for c in rules.criteria)
    if total != 100:
        yield _problem(subject, "class.criteria_sum", ("classification", "criteria"), total=total)
    seen = {c.id for content in rubric.contents for c in content.criteria}
    for k, criterion in enumerate(rules.criteria):
        at: Where = ("classification", "criteria", k)
        if criterion.id in seen:
            yield _problem(subject, "rubric.duplicate_id", (*at, "id"), id=criterion.id)
        seen.add(criterion.id)
        yield from _check_rule(criterion, subject.file, at, after_scoring=True)
