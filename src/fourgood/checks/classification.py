"""The rules around the annual quality classification, checked over a year's cells.

Each rule is a function registered with ``@rule`` that reads every cell's classification, members
and result and says whether the rule holds and what breaks it (the report shows them). What a
level needs (its points and conditions) is the edition's, by year (``Proposal``); the bloc's
settings (``organisation.yaml``: ``bloc.classification``) say how the 20% quota is applied.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from fourgood.collation import text_key
from fourgood.i18n.message import Choice, Msg, msg
from fourgood.models.organisation import Classification
from fourgood.scoring.classification import Proposal


@dataclass(frozen=True)
class MemberCounts:
    """A cell's members at the end of the window and their ratings for the year."""

    rated: int
    htnv_or_better: int
    httnv_or_better: int
    disciplined: int
    ratings: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ClassifiedCell:
    """What the classification rules read about one cell in the year."""

    id: str
    name: str
    type: str
    grassroots: str
    grassroots_name: str
    present: bool
    evaluated: bool
    status: str | None
    classification: str | None
    exemplary: bool
    members: MemberCounts | None
    proposal: Proposal | None = None


@dataclass(frozen=True)
class YearClassification:
    """Every cell of the year (in id order) and the bloc's classification settings."""

    cells: tuple[ClassifiedCell, ...]
    settings: Classification


@dataclass(frozen=True)
class Check:
    """A classification rule, whether it holds, and what breaks it."""

    rule: Msg
    ok: bool
    details: tuple[Msg, ...] = ()


Rule = Callable[[YearClassification], Check]
RULES: list[Rule] = []
"""The classification rules, in the order the report lists them."""


def rule(function: Rule) -> Rule:
    """Register a classification rule."""
    RULES.append(function)
    return function


def check_classification(year: YearClassification) -> tuple[Check, ...]:
    """Every rule, checked."""
    return tuple(function(year) for function in RULES)


def _quota_base(counts: Counter[str], settings: Classification) -> int:
    if settings.quota_of == "HTTNV":
        return counts["HTTNV"]
    return counts["HTTNV"] + counts["HTXSNV"]


@rule
def decided_levels_allowed(year: YearClassification) -> Check:
    """Each decided level has what its level needs under the edition in force: the points (on
    100, where the regulation assesses on points) and every condition (for an HTXSNV cell under
    124-QĐ/TW: every member HTNV or better, 80% HTTNV or better, nobody disciplined)."""
    broken: list[Msg] = []
    present = sorted((c for c in year.cells if c.present), key=lambda c: (text_key(c.name), c.id))
    for c in present:
        if c.classification is None or c.proposal is None:
            continue
        broken += [
            msg("check.objection", cell=c.name, why=o)
            for o in c.proposal.objections(c.classification)
        ]
    regulations = sorted({c.proposal.regulation for c in present if c.proposal}, key=lambda t: t.en)
    if not regulations:
        return Check(msg("check.decided_allowed_plain"), not broken, tuple(broken))
    label = msg("check.decided_allowed", regulations=tuple(regulations))
    return Check(label, not broken, tuple(broken))


@rule
def htxsnv_cells_quota(year: YearClassification) -> Check:
    """HTXSNV cells at most the quota of those rated HTTNV, within each group of similar units."""
    settings = year.settings
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    labels: dict[str, object] = {}
    for c in year.cells:
        if not c.present or c.classification is None:
            continue
        label: Msg | Choice | str
        if settings.quota_group == "bloc":
            key, name, label = "bloc", "", msg("check.whole_bloc")
        elif settings.quota_group == "type":
            key, name, label = c.type, c.type, Choice("cell_type", c.type)
        else:
            key, name, label = c.grassroots, c.grassroots_name, c.grassroots_name
        labels[key] = label
        groups[key][c.classification] += 1
        names[key] = name
    over: list[Msg] = []
    summary: list[Msg] = []
    for key in sorted(groups, key=lambda k: (text_key(names[k]), k)):
        group = groups[key]
        base = _quota_base(group, settings)
        limit = Fraction(settings.quota_percent * base, 100)
        line = msg(
            "check.quota_line",
            group=labels[key],
            htxsnv=group["HTXSNV"],
            base=base,
            limit=limit,
        )
        if group["HTXSNV"] > limit:
            over.append(line)
        elif settings.quota_group == "bloc":
            summary.append(line)
    label = msg(
        "check.quota",
        percent=settings.quota_percent,
        of=msg(f"check.of_{settings.quota_of.lower()}"),
        group=msg(f"check.group_{settings.quota_group}"),
    )
    return Check(label, not over, tuple(over or summary))


@rule
def htxsnv_members_quota(year: YearClassification) -> Check:
    """HTXSNV members at most the quota, within each grassroots organisation."""
    settings = year.settings
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for c in year.cells:
        if c.members is not None and c.present:
            groups[c.grassroots].update(dict(c.members.ratings))
            names[c.grassroots] = c.grassroots_name
    over: list[Msg] = []
    for key in sorted(groups, key=lambda k: (text_key(names[k]), k)):
        group = groups[key]
        base = _quota_base(group, settings)
        limit = Fraction(settings.quota_percent * base, 100)
        if group["HTXSNV"] > limit:
            over.append(
                msg(
                    "check.quota_line",
                    group=names[key],
                    htxsnv=group["HTXSNV"],
                    base=base,
                    limit=limit,
                )
            )
    label = msg(
        "check.member_quota",
        percent=settings.quota_percent,
        of=msg(f"check.of_members_{settings.quota_of.lower()}"),
    )
    return Check(label, not over, tuple(over))


@rule
def commended_cells_met_the_standard(year: YearClassification) -> Check:
    """A certificate of merit as an exemplary "4 Good" cell needs the standard met."""
    unearned = [
        msg("check.commended_not_met", cell=c.name)
        for c in year.cells
        if c.exemplary and c.status != "met"
    ]
    return Check(msg("check.commended"), not unearned, tuple(unearned))
