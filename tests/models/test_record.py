"""A cell's annual record: facts left out are missing evidence; dates or false; commendations."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.record import AnnualRecord, Assessed, Commendation, Inspection


def errors(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    try:
        AnnualRecord.model_validate(data)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])) for e in exc.errors()]
    return []


def test_an_empty_record_is_all_missing_evidence() -> None:
    record = AnnualRecord.model_validate({})
    facts = (
        record.work_programme,
        record.targets,
        record.key_tasks,
        record.mass_organisations,
        record.incidents,
        record.inspection,
        record.self_criticism,
        record.candidates,
        record.classification,
    )
    assert facts == (None,) * 9
    assert record.assessed == {}
    assert record.commendations == []


def test_none_is_not_the_same_as_not_recorded() -> None:
    assert AnnualRecord.model_validate({"incidents": []}).incidents == []
    assert AnnualRecord.model_validate({}).incidents is None


@pytest.mark.parametrize("key", ["work_programme", "self_criticism"])
def test_a_day_or_false(key: str) -> None:
    assert getattr(AnnualRecord.model_validate({key: "2023-01-10"}), key) == date(2023, 1, 10)
    assert getattr(AnnualRecord.model_validate({key: False}), key) is False
    assert errors({key: True}) == [("fg_date_or_false", (key,))]
    assert errors({key: "2023-1-10"}) == [("fg_date_or_false", (key,))]
    assert errors({key: "2023-02-30"}) == [("fg_date_or_false", (key,))]


def test_a_whole_record() -> None:
    record = AnnualRecord.model_validate(
        {
            "work_programme": "2023-01-10",
            "targets": [{"name": "Hồ sơ đúng hạn", "achieved": True}],
            "key_tasks": [{"name": "Nghị quyết Đại hội", "completed": False}],
            "mass_organisations": {"trade_union": "HTTNV", "veterans_association": "HTXSNV"},
            "incidents": [{"date": "2023-05-01", "kind": "complaint_past_level"}],
            "inspection": {"planned": 2, "done": 1},
            "self_criticism": "2023-12-20",
            "candidates": 0,
            "assessed": {"P4": {"points": 20, "note": "Dẫn đầu khối"}},
            "classification": "HTXSNV",
            "commendations": [{"kind": "letter_of_merit", "date": "2024-01-25"}],
        }
    )
    assert record.targets is not None
    assert record.targets[0].achieved is True
    assert record.key_tasks is not None
    assert record.key_tasks[0].completed is False
    assert record.mass_organisations == {"trade_union": "HTTNV", "veterans_association": "HTXSNV"}
    assert record.inspection == Inspection(planned=2, done=1)
    assert record.assessed == {"P4": Assessed(points=20, note="Dẫn đầu khối")}
    assert record.commendations == [
        Commendation(kind="letter_of_merit", exemplary_4good=False, date=date(2024, 1, 25))
    ]
    assert record.candidates == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"candidates": -1}, [("greater_than_equal", ("candidates",))]),
        ({"classification": "HTXS"}, [("literal_error", ("classification",))]),
        ({"inspection": {"planned": 2}}, [("missing", ("inspection", "done"))]),
        (
            {"inspection": {"planned": -1, "done": 0}},
            [("greater_than_equal", ("inspection", "planned"))],
        ),
        ({"assessed": {"P4": {"points": 20}}}, [("missing", ("assessed", "P4", "note"))]),
        (
            {"assessed": {"P4": {"points": 20, "note": ""}}},
            [("string_too_short", ("assessed", "P4", "note"))],
        ),
        (
            {"assessed": {"P4": {"points": -1, "note": "x"}}},
            [("greater_than_equal", ("assessed", "P4", "points"))],
        ),
        (
            {"mass_organisations": {"red_cross": "HTTNV"}},
            [("literal_error", ("mass_organisations", "red_cross", "[key]"))],
        ),
        (
            {"mass_organisations": {"trade_union": "good"}},
            [("literal_error", ("mass_organisations", "trade_union"))],
        ),
        (
            {"incidents": [{"date": "2023-01-01", "kind": "theft"}]},
            [("literal_error", ("incidents", 0, "kind"))],
        ),
        ({"targets": [{"name": "x"}]}, [("missing", ("targets", 0, "achieved"))]),
        (
            {"targets": [{"name": "x", "achieved": "yes"}]},
            [("bool_type", ("targets", 0, "achieved"))],
        ),
        ({"commendations": [{"kind": "medal"}]}, [("literal_error", ("commendations", 0, "kind"))]),
        ({"year": 2023}, [("extra_forbidden", ("year",))]),
    ],
)
def test_what_a_record_refuses(
    data: dict[str, Any], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors(data) == expected
