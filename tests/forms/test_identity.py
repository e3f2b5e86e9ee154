"""The identity a form carries in its hidden sheet."""

from __future__ import annotations

from fourgood.forms.identity import MARK, Identity
from fourgood.forms.layout import FORM_VERSION


def test_the_rows_of_the_hidden_sheet() -> None:
    rows = dict(Identity("cell", "dukcq", 2023, "vi", "van-phong", ("TP-001", "TP-002")).rows())
    assert rows["form"] == MARK
    assert rows["version"] == FORM_VERSION
    assert rows["members"] == "TP-001 TP-002"
    assert (rows["kind"], rows["bloc"], rows["cell"], rows["year"]) == (
        "cell",
        "dukcq",
        "van-phong",
        2023,
    )
