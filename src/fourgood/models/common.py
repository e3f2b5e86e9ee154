"""Shared pieces of the input models: strictness, ids and dates.

The closed vocabularies live in ``fourgood.vocabulary``; ``CellType``, ``Rating``, ``RATINGS``
and ``rating_at_least`` are re-exported here, where older code imports them from.
"""

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict
from pydantic_core import PydanticCustomError

from fourgood.lookalikes import invisible
from fourgood.vocabulary import FIRST_YEAR, LAST_YEAR, RATINGS, CellType, Rating, rating_at_least

__all__ = [
    "RATINGS",
    "Bilingual",
    "CellType",
    "Date",
    "Id",
    "Model",
    "Name",
    "Rating",
    "Year",
    "parse_date",
    "parse_id",
    "rating_at_least",
]


class Model(BaseModel):
    """Base of every input model.

    Unknown keys are errors (a typo must not silently drop a fact) and values are not coerced
    (``"12"`` is not a number, ``1`` is not ``true``): what a secretary writes is what is meant.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: Any) -> date:
    """A date written as YYYY-MM-DD (the YAML readers keep dates as text)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError("date_parsing", "bad date", {"value": value}) from None
    raise PydanticCustomError("fg_date", "not a date", {"value": value})


def _date_text(value: Any) -> Any:
    """Let only YYYY-MM-DD text (or a date) through; pydantic-core then parses it quickly."""
    if isinstance(value, date) or (isinstance(value, str) and _DATE.match(value)):
        return value
    raise PydanticCustomError("fg_date", "not a date", {"value": value})


# The text is checked in Python (no numbers, no times) and parsed by pydantic-core in Rust:
# four times faster than parsing in Python, which counts with tens of thousands of dates.
Date = Annotated[date, BeforeValidator(_date_text), Strict(False)]

_ID = re.compile(r"^[^\s/\\:]+$")
_GOOD_IDS: set[str] = set()
"""Ids already found good: a year's log names the same members hundreds of thousands of times."""
_GOOD_IDS_KEPT = 1 << 16


def parse_id(value: Any) -> str:
    """An identifier: text without spaces or path separators (ids name directories)."""
    if type(value) is str and value in _GOOD_IDS:
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PydanticCustomError("fg_id_type", "not an id", {"value": value})
    if isinstance(value, int):
        # 0012 would have been read as 12: make the user quote numeric ids.
        raise PydanticCustomError("fg_id_number", "numeric id", {"value": value})
    if not _ID.match(value) or value in (".", ".."):
        raise PydanticCustomError("fg_id_chars", "bad id", {"value": value})
    if hidden := invisible(value):
        # TP-001 with a zero-width joiner looks like TP-001 and is another person to fourgood.
        chars = " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(hidden))
        raise PydanticCustomError("fg_id_invisible", "invisible", {"value": value, "chars": chars})
    if type(value) is str and len(_GOOD_IDS) < _GOOD_IDS_KEPT:
        _GOOD_IDS.add(value)
    return value


Id = Annotated[str, BeforeValidator(parse_id)]
Name = Annotated[str, Field(min_length=1)]
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]


class Bilingual(Model):
    """A label in Vietnamese and English."""

    vi: Name = Field(description="The label in Vietnamese.")
    en: Name = Field(description="The label in English.")
