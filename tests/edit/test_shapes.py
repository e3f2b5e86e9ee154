"""How new entries are laid out: the model's key order, and how much is written in block style."""

from __future__ import annotations

from fourgood.edit.shapes import depth, key_order, model_at
from fourgood.models.roster import MemberYear, Roster


def test_key_order_follows_the_model_and_its_aliases() -> None:
    assert key_order("meetings", ("meetings", 3))[:5] == (
        "date",
        "kind",
        "topic",
        "duration",
        "absent",
    )
    assert key_order("roster", ("members", 0, "exempt", 1)) == ("from", "to", "reason")
    assert key_order("roster", ("members", 0, "years", 2023)) == (
        "rating",
        "dues",
        "studied",
        "residence_feedback",
    )
    assert key_order("meetings", ("meetings", 0, "absent")) == ()  # free-form: appended
    assert model_at(Roster, ("members", 2, "years", 2024)) is MemberYear


def test_members_are_blocks_meetings_are_lines() -> None:
    assert depth("roster", ("members", 4)) == 2
    assert depth("roster", ("members", 4, "years")) == 1
    assert depth("roster", ("members", 4, "years", 2023)) == 0
    assert depth("meetings", ("meetings", 9)) == 0
    assert depth("record", ("targets",)) == 1
    assert depth("record", ("inspection",)) == 0
