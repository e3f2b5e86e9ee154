"""The period a rule is in force: from a day (or the start of a year) to a day (or the end of a
year), either end open.

Rubrics (editions of the rules) and meeting score sheets carry one: fourgood picks, for each
cell-year, the rubric in force, and for each meeting the sheet in force on its day.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from fourgood.models.common import Model, parse_date

FIRST_DAY = date(1930, 1, 1)
LAST_DAY = date(2100, 12, 31)
"""The days an open period runs from and to (the years fourgood accepts)."""


def _date_or_year(value: Any) -> date | int:
    """A day written YYYY-MM-DD, or a year (a whole number from 1930 to 2100)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if 1930 <= value <= 2100:
            return value
        raise PydanticCustomError("fg_date_or_year", "date or year", {"value": value})
    try:
        return parse_date(value)
    except PydanticCustomError:
        raise PydanticCustomError("fg_date_or_year", "date or year", {"value": value}) from None


DateOrYear = Annotated[date | int, BeforeValidator(_date_or_year)]
"""A day, or a year: 2025 means 1 January 2025 as a start and 31 December 2025 as an end."""


class Period(Model):
    """When something is in force: ``from`` and ``to`` are days or years, both included; an end
    left out is open (in force from the beginning, or with no end yet)."""

    from_: DateOrYear | None = Field(
        None,
        alias="from",
        description="The first day in force, YYYY-MM-DD, or a year (its 1 January); omit for "
        "no start.",
    )
    to: DateOrYear | None = Field(
        None,
        description="The last day in force, YYYY-MM-DD, or a year (its 31 December); omit "
        "while it has no end.",
    )

    @property
    def start(self) -> date:
        """The first day in force."""
        value = self.from_
        if value is None:
            return FIRST_DAY
        return date(value, 1, 1) if isinstance(value, int) else value

    @property
    def end(self) -> date:
        """The last day in force."""
        value = self.to
        if value is None:
            return LAST_DAY
        return date(value, 12, 31) if isinstance(value, int) else value

    def covers(self, day: date) -> bool:
        """Whether the period includes ``day``."""
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share a day."""
        return self.start <= other.end and other.start <= self.end


def runs_of_years(years: list[int]) -> list[Period]:
    """A list of years as periods, one for each run of consecutive years."""
    periods: list[Period] = []
    run: list[int] = []
    for year in sorted(set(years)):
        if run and year != run[-1] + 1:
            periods.append(Period.model_validate({"from": run[0], "to": run[-1]}))
            run = []
        run.append(year)
    if run:
        periods.append(Period.model_validate({"from": run[0], "to": run[-1]}))
    return periods
