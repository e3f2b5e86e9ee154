"""The documents' settings: every field optional, unknown keys refused, in organisation.yaml."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from fourgood.models.documents import DocumentSettings, Signer
from fourgood.models.organisation import Organisation


def test_every_setting_is_optional() -> None:
    settings = DocumentSettings()
    assert settings.superior is None
    assert settings.place is None
    assert settings.signer == Signer()
    assert settings.recipients == []


def test_the_settings_sit_under_the_bloc() -> None:
    org = Organisation.model_validate(
        {
            "bloc": {
                "id": "b",
                "name": "Đảng ủy Khối",
                "documents": {
                    "place": "Lạng Sơn",
                    "code": "ĐU",
                    "signer": {"position": "Bí thư"},
                    "recipients": ["Ban Thường vụ Tỉnh ủy"],
                },
            }
        }
    )
    assert org.bloc.documents.place == "Lạng Sơn"
    assert org.bloc.documents.signer.position == "Bí thư"
    assert Organisation.model_validate({"bloc": {"id": "b", "name": "K"}}).bloc.documents == (
        DocumentSettings()
    )


@pytest.mark.parametrize(
    "data",
    [{"plac": "Lạng Sơn"}, {"place": ""}, {"recipients": "Ban Thường vụ"}, {"signer": "An"}],
)
def test_a_slip_is_an_error(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        DocumentSettings.model_validate(data)
