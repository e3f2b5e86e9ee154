"""organisation.yaml: the bloc, its committees, sections and cells, and how units leave."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.organisation import Classification, Organisation, UnitTransfer

BLOC = {"id": "dukcq", "name": "Đảng ủy Khối các cơ quan tỉnh"}


def errors(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    try:
        Organisation.model_validate(data)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])) for e in exc.errors()]
    return []


def test_a_bloc_alone() -> None:
    org = Organisation.model_validate({"bloc": BLOC})
    assert org.bloc.id == "dukcq"
    assert org.bloc.name_en is None
    assert (org.committees, org.sections, org.cells) == ([], [], [])


def test_the_classification_settings_default_to_20_percent_of_httnv_across_the_bloc() -> None:
    settings = Organisation.model_validate({"bloc": BLOC}).bloc.classification
    assert settings == Classification(quota_percent=20, quota_of="HTTNV", quota_group="bloc")
    custom = Organisation.model_validate(
        {"bloc": {**BLOC, "classification": {"quota_of": "HTTNV_or_better", "quota_group": "type"}}}
    ).bloc.classification
    assert (custom.quota_percent, custom.quota_of, custom.quota_group) == (
        20,
        "HTTNV_or_better",
        "type",
    )


def test_a_whole_tree() -> None:
    org = Organisation.model_validate(
        {
            "bloc": {**BLOC, "name_en": "Provincial Agencies Bloc"},
            "committees": [{"id": "db-so-y-te", "name": "Đảng bộ Sở Y tế"}],
            "sections": [
                {
                    "id": "dbbp-benh-vien",
                    "name": "Đảng bộ bộ phận Bệnh viện",
                    "parent": "db-so-y-te",
                }
            ],
            "cells": [
                {"id": "attp", "name": "Chi bộ ATTP", "type": "agency", "parent": "db-so-y-te"},
                {
                    "id": "cong-ty-x",
                    "name": "Chi bộ Công ty X",
                    "type": "enterprise",
                    "parent": "dukcq",
                    "transferred_out": {"date": "2023-07-01", "to": "Đảng ủy Khối Doanh nghiệp"},
                },
            ],
        }
    )
    assert [c.id for c in org.cells] == ["attp", "cong-ty-x"]
    assert org.sections[0].parent == "db-so-y-te"
    assert org.cells[1].transferred_out == UnitTransfer(
        date=date(2023, 7, 1), to="Đảng ủy Khối Doanh nghiệp"
    )
    assert org.cells[0].transferred_out is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, [("missing", ("bloc",))]),
        ({"bloc": {"id": "b"}}, [("missing", ("bloc", "name"))]),
        ({"bloc": {"id": "b c", "name": "B"}}, [("fg_id_chars", ("bloc", "id"))]),
        (
            {"bloc": {**BLOC, "classification": {"quota_percent": 101}}},
            [("less_than_equal", ("bloc", "classification", "quota_percent"))],
        ),
        (
            {"bloc": {**BLOC, "classification": {"quota_percent": -1}}},
            [("greater_than_equal", ("bloc", "classification", "quota_percent"))],
        ),
        (
            {"bloc": {**BLOC, "classification": {"quota_of": "HTXSNV"}}},
            [("literal_error", ("bloc", "classification", "quota_of"))],
        ),
        (
            {"bloc": {**BLOC, "classification": {"quota_group": "province"}}},
            [("literal_error", ("bloc", "classification", "quota_group"))],
        ),
        (
            {"bloc": BLOC, "cells": [{"id": "c", "name": "C", "type": "school", "parent": "b"}]},
            [("literal_error", ("cells", 0, "type"))],
        ),
        (
            {"bloc": BLOC, "cells": [{"id": "c", "name": "C", "type": "agency"}]},
            [("missing", ("cells", 0, "parent"))],
        ),
        (
            {"bloc": BLOC, "sections": [{"id": "s", "name": "S"}]},
            [("missing", ("sections", 0, "parent"))],
        ),
        (
            {"bloc": BLOC, "committees": [{"id": "k", "name": "K", "transferred_out": {}}]},
            [
                ("missing", ("committees", 0, "transferred_out", "date")),
                ("missing", ("committees", 0, "transferred_out", "to")),
            ],
        ),
        ({"bloc": BLOC, "units": []}, [("extra_forbidden", ("units",))]),
    ],
)
def test_what_the_organisation_refuses(
    data: dict[str, Any], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors(data) == expected


@pytest.mark.parametrize("percent", [0, 100])
def test_the_quota_may_be_anything_from_0_to_100(percent: int) -> None:
    assert errors({"bloc": {**BLOC, "classification": {"quota_percent": percent}}}) == []
