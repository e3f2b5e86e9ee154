"""'Did you mean ...?': the closest known name, in the reader's language, or nothing."""

from __future__ import annotations

from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.i18n.render import render


def test_the_closest_known_name_is_suggested() -> None:
    hint = suggest("van-phon", ["trung-tam-yte", "van-phong"])
    assert hint == msg("hint.did_you_mean", name="van-phong")
    assert render(hint, "en") == "; did you mean 'van-phong'?"
    assert render(hint, "vi") == "; có phải ý bạn là 'van-phong'?"


def test_nothing_close_suggests_nothing() -> None:
    hint = suggest("xyz", ["van-phong", "trung-tam-yte"])
    assert hint == msg("empty")
    assert render(hint, "en") == ""
    assert render(hint, "vi") == ""
    assert suggest("attp", []) == msg("empty")


def test_similarity_of_at_least_0_6_is_close_enough() -> None:
    # 3 of 5 letters in common on each side: a ratio of exactly 0.6
    assert suggest("abcde", ["abcxy"]) == msg("hint.did_you_mean", name="abcxy")
    # 2 of 5: 0.4
    assert suggest("abcde", ["abxyz"]) == msg("empty")


def test_the_best_of_several_wins() -> None:
    members = {"TP-001": "Nguyễn Văn An", "TP-010": "Trần Thị Bình", "XY-001": "Lê Đức Cường"}
    assert suggest("TP-0001", members) == msg("hint.did_you_mean", name="TP-001")


def test_the_suggestion_does_not_depend_on_the_order_of_the_names() -> None:
    # two names equally close: the same one is chosen whatever order they come in
    first = suggest("cat", ["bat", "hat"])
    assert first == suggest("cat", ["hat", "bat"])
    assert first == suggest("cat", iter({"hat", "bat"}))
    assert first.key == "hint.did_you_mean"
