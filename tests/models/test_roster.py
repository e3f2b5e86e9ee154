"""A cell's roster: members, their transfers, exemptions, discipline and yearly assessment."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.roster import Exemption, MemberYear, Roster, TransferIn, TransferOut

MEMBER = {
    "id": "TP-001",
    "name": "Nguyễn Văn An",
    "sex": "male",
    "born": "1975-03-14",
    "admitted": "2001-05-19",
}


def errors(member: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    try:
        Roster.model_validate({"members": [member]})
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])[2:]) for e in exc.errors()]
    return []


def test_a_member_with_the_required_facts_only() -> None:
    (member,) = Roster.model_validate({"members": [MEMBER]}).members
    assert (member.id, member.name, member.sex) == ("TP-001", "Nguyễn Văn An", "male")
    assert (member.born, member.admitted) == (date(1975, 3, 14), date(2001, 5, 19))
    assert member.role == "member"  # the default
    assert member.full_member is None  # probationary
    assert (member.transferred_in, member.transferred_out) == (None, None)
    assert (member.exempt, member.discipline, member.years) == ([], [], {})


def test_the_yaml_keys_from_and_to() -> None:
    (member,) = Roster.model_validate(
        {
            "members": [
                {
                    **MEMBER,
                    "transferred_in": {"date": "2020-03-01", "from": "Đảng bộ huyện Cao Lộc"},
                    "transferred_out": {"date": "2024-05-01", "to_cell": "attp"},
                    "exempt": [{"from": "2023-09-01", "to": "2024-02-29", "reason": "thai sản"}],
                }
            ]
        }
    ).members
    assert member.transferred_in == TransferIn.model_validate(
        {"date": "2020-03-01", "from": "Đảng bộ huyện Cao Lộc"}
    )
    assert member.transferred_in.from_ == "Đảng bộ huyện Cao Lộc"
    assert member.transferred_in.from_cell is None
    assert member.transferred_out == TransferOut(date=date(2024, 5, 1), to_cell="attp")
    assert member.transferred_out.to is None
    (period,) = member.exempt
    assert isinstance(period, Exemption)
    assert (period.from_, period.to, period.reason) == (
        date(2023, 9, 1),
        date(2024, 2, 29),
        "thai sản",
    )
    assert errors({**MEMBER, "exempt": [{"from_": "2023-09-01"}]}) == [
        ("missing", ("exempt", 0, "from")),
        ("extra_forbidden", ("exempt", 0, "from_")),
    ]


def test_an_open_ended_exemption() -> None:
    (member,) = Roster.model_validate(
        {"members": [{**MEMBER, "exempt": [{"from": "2023-09-01"}]}]}
    ).members
    assert member.exempt[0].to is None


def test_a_year_left_out_is_missing_evidence() -> None:
    (member,) = Roster.model_validate(
        {"members": [{**MEMBER, "years": {2023: {"rating": "HTTNV"}, 2024: {}}}]}
    ).members
    assert member.years == {2023: MemberYear(rating="HTTNV"), 2024: MemberYear()}
    assert (member.years[2023].dues, member.years[2023].studied) == (None, None)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"sex": "Male"}, [("literal_error", ("sex",))]),
        ({"role": "chair"}, [("literal_error", ("role",))]),
        ({"id": 12}, [("fg_id_number", ("id",))]),
        ({"name": ""}, [("string_too_short", ("name",))]),
        ({"born": "14/03/1975"}, [("fg_date", ("born",))]),
        ({"years": {"2023": {}}}, [("int_type", ("years", "2023", "[key]"))]),
        ({"years": {1929: {}}}, [("greater_than_equal", ("years", 1929, "[key]"))]),
        ({"years": {2023: {"rating": "httnv"}}}, [("literal_error", ("years", 2023, "rating"))]),
        ({"years": {2023: {"dues": "paid"}}}, [("literal_error", ("years", 2023, "dues"))]),
        ({"years": {2023: {"studied": 1}}}, [("bool_type", ("years", 2023, "studied"))]),
        (
            {"years": {2023: {"residence_feedback": "bad"}}},
            [("literal_error", ("years", 2023, "residence_feedback"))],
        ),
        (
            {"discipline": [{"date": "2023-05-10", "form": "fine"}]},
            [("literal_error", ("discipline", 0, "form"))],
        ),
        ({"transferred_in": {"from": "X"}}, [("missing", ("transferred_in", "date"))]),
        (
            {"transferred_out": {"date": "2024-05-01", "to_cell": "a b"}},
            [("fg_id_chars", ("transferred_out", "to_cell"))],
        ),
        ({"phone": "0912"}, [("extra_forbidden", ("phone",))]),
    ],
)
def test_what_a_member_refuses(
    change: dict[str, Any], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors({**MEMBER, **change}) == expected


def test_a_member_needs_id_name_sex_birth_and_admission() -> None:
    assert errors({}) == [
        ("missing", ("id",)),
        ("missing", ("name",)),
        ("missing", ("sex",)),
        ("missing", ("born",)),
        ("missing", ("admitted",)),
    ]


def test_an_empty_roster() -> None:
    assert Roster.model_validate({}).members == []
