"""Where a merged value came from, found again after other entries moved."""

from __future__ import annotations

from fourgood.forms.origins import Origins, by_key, fixed, member_entry
from fourgood.forms.places import Place


def test_places_of_merged_entries() -> None:
    origins = Origins()
    cell = Place("Sinh hoạt", "D9")
    origins.add(
        "m.yaml",
        by_key("meetings", lambda m: m["date"] == "2023-05-09"),
        Place("Sinh hoạt", "A9"),
        {("duration",): cell},
    )
    data = {"meetings": [{"date": "2023-01-10"}, {"date": "2023-05-09", "duration": -1}]}
    assert origins.place("m.yaml", data, ("meetings", 1, "duration")) == cell
    assert origins.place("m.yaml", data, ("meetings", 1, "kind")) == Place("Sinh hoạt", "A9")
    assert origins.place("m.yaml", data, ("meetings", 0, "kind")) is None
    assert origins.place("other.yaml", data, ("meetings", 1)) is None


def test_a_member_transferred_out_and_back_and_a_fixed_place() -> None:
    roster = {"members": [{"id": "A", "transferred_out": {}}, {"id": "B"}, {"id": "A"}]}
    assert member_entry("A", "years")(roster) == ("members", 2, "years")
    assert member_entry("C")(roster) is None
    assert fixed(("candidates",))(roster) == ("candidates",)
