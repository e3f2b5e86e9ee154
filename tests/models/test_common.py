"""The shared pieces of the input models: strict models, ids, dates, names and years."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from fourgood.models.common import (
    RATINGS,
    Bilingual,
    Date,
    Id,
    Model,
    Name,
    Year,
    parse_date,
    parse_id,
    rating_at_least,
)


def error_types(kind: Any, value: object) -> list[str]:
    """The pydantic error types of validating ``value`` as ``kind`` (empty when valid)."""
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError as exc:
        return [e["type"] for e in exc.errors()]
    return []


class Sample(Model):
    count: int
    flag: bool = False


def test_models_refuse_unknown_keys() -> None:
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate({"count": 1, "cuont": 2})
    assert [(e["type"], e["loc"]) for e in caught.value.errors()] == [
        ("extra_forbidden", ("cuont",))
    ]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"count": "12"}, "int_type"),  # text is not a number
        ({"count": 1.0}, "int_type"),
        ({"count": 1, "flag": 1}, "bool_type"),  # 1 is not true
        ({"count": 1, "flag": "yes"}, "bool_type"),
    ],
)
def test_models_do_not_coerce(data: dict[str, object], kind: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate(data)
    assert [e["type"] for e in caught.value.errors()] == [kind]


def test_models_are_frozen() -> None:
    sample = Sample(count=1)
    with pytest.raises(ValidationError, match="frozen"):
        sample.count = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023-01-05", date(2023, 1, 5)), ("2024-02-29", date(2024, 2, 29)), (date(2023, 1, 5),) * 2],
)
def test_dates_are_written_yyyy_mm_dd(value: object, expected: date) -> None:
    assert TypeAdapter(Date).validate_python(value) == expected


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2023-1-5", "fg_date"),
        ("05/01/2023", "fg_date"),
        ("20230105", "fg_date"),
        (20230105, "fg_date"),
        (" 2023-01-05", "fg_date"),
        ("2023-01-05T10:00", "fg_date"),
        (None, "fg_date"),
        (True, "fg_date"),
        ("2023-02-29", "date_from_datetime_parsing"),  # not a leap year
        ("2023-13-01", "date_from_datetime_parsing"),
        ("2023-04-31", "date_from_datetime_parsing"),
        (datetime(2023, 1, 5, 10), "date_from_datetime_inexact"),
    ],
)
def test_what_is_not_a_date(value: object, kind: str) -> None:
    assert error_types(Date, value) == [kind]


def test_parse_date_accepts_surrounding_spaces_and_names_the_fault() -> None:
    assert parse_date(" 2023-01-05 ") == date(2023, 1, 5)
    assert parse_date(date(2023, 1, 5)) == date(2023, 1, 5)
    with pytest.raises(PydanticCustomError) as bad:
        parse_date("2023-02-30")
    assert bad.value.type == "date_parsing"
    assert bad.value.context == {"value": "2023-02-30"}
    with pytest.raises(PydanticCustomError) as not_one:
        parse_date("yesterday")
    assert not_one.value.type == "fg_date"


@pytest.mark.parametrize("value", ["TP-001", "0012", "van-phong", "Văn-phòng", "a.b", "...", "x_1"])
def test_ids_are_text_without_spaces_or_separators(value: str) -> None:
    assert parse_id(value) == value
    assert TypeAdapter(Id).validate_python(value) == value


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (12, "fg_id_number"),  # 0012 unquoted was read as 12: quote it
        (0, "fg_id_number"),
        (True, "fg_id_type"),
        (1.5, "fg_id_type"),
        (None, "fg_id_type"),
        (["a"], "fg_id_type"),
        ("a b", "fg_id_chars"),
        ("a\tb", "fg_id_chars"),
        ("a/b", "fg_id_chars"),
        ("a\\b", "fg_id_chars"),
        ("a:b", "fg_id_chars"),
        (".", "fg_id_chars"),  # ids name directories: not . or ..
        ("..", "fg_id_chars"),
        ("", "fg_id_chars"),
    ],
)
def test_what_is_not_an_id(value: object, kind: str) -> None:
    assert error_types(Id, value) == [kind]
    with pytest.raises(PydanticCustomError) as caught:
        parse_id(value)
    assert caught.value.context == {"value": value}


@pytest.mark.parametrize(
    ("value", "chars"),
    [
        ("TP\u200d-001", "U+200D"),
        ("\u202eTP", "U+202E"),
        ("a\ufe0fb\u200bc\u200b", "U+FE0F U+200B"),
    ],
)
def test_an_id_with_characters_that_cannot_be_seen(value: str, chars: str) -> None:
    assert error_types(Id, value) == ["fg_id_invisible"]
    with pytest.raises(PydanticCustomError) as caught:
        parse_id(value)
    assert caught.value.context == {"value": value, "chars": chars}


def test_an_id_found_good_once_is_taken_again_and_nothing_else_is() -> None:
    class Str(str):
        """Text of another type, equal to an id found good: checked in full."""

    assert parse_id("TP-042") == "TP-042"
    again = "".join(["TP-", "042"])  # equal text, another object: the object itself comes back
    assert parse_id(again) is again
    other = Str("TP-042")
    assert parse_id(other) is other
    assert parse_id("7") == "7"
    for value in (7, "TP 042", "TP-042\u200d"):  # a number stays refused once "7" is good
        with pytest.raises(PydanticCustomError):
            parse_id(value)


def test_names_are_not_empty() -> None:
    assert error_types(Name, "") == ["string_too_short"]
    assert error_types(Name, "Chi bộ") == []


@pytest.mark.parametrize(("year", "ok"), [(1929, False), (1930, True), (2100, True), (2101, False)])
def test_years_from_1930_to_2100(year: int, ok: bool) -> None:
    assert (error_types(Year, year) == []) is ok


def test_a_label_needs_both_languages() -> None:
    label = Bilingual(vi="Lãnh đạo", en="Leadership")
    assert (label.vi, label.en) == ("Lãnh đạo", "Leadership")
    with pytest.raises(ValidationError) as caught:
        Bilingual.model_validate({"vi": "Lãnh đạo"})
    assert [(e["type"], e["loc"]) for e in caught.value.errors()] == [("missing", ("en",))]
    assert error_types(Bilingual, {"vi": "", "en": "x"}) == ["string_too_short"]


def test_ratings_best_first() -> None:
    assert RATINGS == ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
    assert rating_at_least("HTXSNV", "HTTNV")
    assert rating_at_least("HTTNV", "HTTNV")
    assert not rating_at_least("HTNV", "HTTNV")
    assert not rating_at_least("KHTNV", "HTNV")
