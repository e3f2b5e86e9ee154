"""``deadline``: points by the date something was done; the earliest step met wins.

PASS: ``{kind: deadline, fact: work_programme, steps: [{by: "01-31", points: 10}]}``
FAIL: steps out of date order, a day that is not in the calendar (``02-30``), points above the
criterion's maximum.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from fourgood.i18n.message import msg
from fourgood.models.common import Model
from fourgood.scoring.rules.base import Outcome, RuleBase, RuleCheck, ScoreContext
from fourgood.scoring.values import FactType, FactValue, OnDate
from fourgood.scoring.window import Window

_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


def _month_day(value: Any) -> str:
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if not match or not (1 <= int(match[1]) <= 12 and 1 <= int(match[2]) <= 31):
        raise PydanticCustomError("fg_month_day", "not MM-DD", {"value": value})
    return str(value)


MonthDay = Annotated[str, BeforeValidator(_month_day)]
"""A day of the year written MM-DD, e.g. ``01-31``."""


class Step(Model):
    """A deadline step: ``points`` when done by ``by`` (MM-DD) of the year."""

    by: MonthDay = Field(description="The day of the year, MM-DD (e.g. 01-31).")
    points: int = Field(ge=0, le=100, description="Points when done by that day.")


class Deadline(RuleBase):
    """Points by the date something was done; the earliest step met wins."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("date",)

    kind: Literal["deadline"] = Field(description="Points by the day something was done.")
    fact: str = Field(description="A fact that is the day something was done.")
    steps: list[Step] = Field(min_length=1, description="Deadlines, earliest first.")
    otherwise: int = Field(0, ge=0, le=100, description="Points when done later, or not done.")
    from_: Literal["year", "joined"] = Field(
        "joined",
        alias="from",
        description=(
            "What the steps count from: the year (1 January), or the day the cell joined the "
            "programme when it joined during the year (the default): a cell joining on 1 April "
            "has until 1 May for a 01-31 step."
        ),
    )

    def check(self, ctx: RuleCheck) -> None:
        """Steps in date order, real days, points within the maximum."""
        days = [s.by for s in self.steps]
        if days != sorted(days) or len(set(days)) != len(days):
            ctx.problem("rubric.step_order", ("steps",))
        for k, step in enumerate(self.steps):
            month, day = (int(x) for x in step.by.split("-"))
            try:
                date(2024, month, day)
            except ValueError:
                ctx.problem("rubric.step_day", ("steps", k, "by"), by=step.by)
            ctx.at_most_max(step.points, ("steps", k, "points"))

    def deadlines(self, window: Window) -> list[tuple[date, int]]:
        """(day, points) of each step, earliest first; measured from the day the cell joined
        when it joined during the year and the rule counts from then (``from: joined``)."""
        year = window.start.year
        late_start = window.start - date(year, 1, 1) if self.from_ == "joined" else timedelta(0)
        steps = sorted(self.steps, key=lambda s: s.by)
        return [(step_day(s.by, year) + late_start, s.points) for s in steps]

    def points_on(self, when: date | None, window: Window) -> int:
        """The points for doing it on ``when`` (``None``: not done)."""
        if when is None:
            return self.otherwise
        for day, points in self.deadlines(window):
            if when <= day:
                return points
        return self.otherwise

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """The points of the first step met; not done while a step can still be met is read
        both ways (it may yet be done in time)."""
        assert isinstance(fact, OnDate)
        steps = self.deadlines(ctx.window)
        if fact.when is not None:
            points = self.points_on(fact.when, ctx.window)
            return Outcome(points, points, (msg("why.late", day=fact.when, by=steps[0][0]),))
        open_steps = [(day, points) for day, points in steps if day > ctx.window.end]
        if open_steps:
            day, points = open_steps[0]
            return Outcome(self.otherwise, points, (msg("why.due_by", day=day, points=points),))
        return Outcome(self.otherwise, self.otherwise, (msg("why.not_done"),))


def step_day(month_day: str, year: int) -> date:
    """The date of an MM-DD deadline in a year (02-29 in a common year is 28 February)."""
    month, day = (int(x) for x in month_day.split("-"))
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
