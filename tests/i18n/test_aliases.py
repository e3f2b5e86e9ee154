"""Vietnamese words where a code is wanted: the code they mean, only among the allowed ones."""

from __future__ import annotations

import pytest

from fourgood.i18n.aliases import code_for, key_for, without_marks
from fourgood.vocabulary import ABSENCES, MEETING_KINDS, MEETING_RATINGS, RATINGS, ROLES


@pytest.mark.parametrize(
    ("word", "options", "code"),
    [
        ("tốt", MEETING_RATINGS, "good"),
        ("Khá", MEETING_RATINGS, "fair"),
        ("trung bình", MEETING_RATINGS, "average"),
        ("có phép", ABSENCES, "excused"),
        ("vắng không phép", ABSENCES, "unexcused"),
        ("thường kỳ", MEETING_KINDS, "regular"),
        ("chuyên đề", MEETING_KINDS, "thematic"),
        ("Bí thư", ROLES, "secretary"),
        ("httnv", RATINGS, "HTTNV"),
        ("Hoàn thành tốt nhiệm vụ", RATINGS, "HTTNV"),
        ("thuong ky", MEETING_KINDS, "regular"),  # typed without the marks
        ("có", ("true", "false"), "true"),
    ],
)
def test_a_vietnamese_word_means_its_code(word: str, options: tuple[str, ...], code: str) -> None:
    assert code_for(word, options) == code


def test_only_a_code_that_is_allowed_here_is_offered() -> None:
    assert code_for("tốt", MEETING_KINDS) is None
    assert code_for("xuất sắc lắm", MEETING_RATINGS) is None
    assert code_for(5, MEETING_RATINGS) is None


@pytest.mark.parametrize(
    ("key", "allowed", "meant"),
    [
        ("ngày", ("date", "kind", "topic"), "date"),
        ("Loại", ("date", "kind"), "kind"),
        ("thời lượng", ("duration",), "duration"),
        ("ngay sinh", ("born", "name"), "born"),
    ],
)
def test_a_vietnamese_key_means_its_key(key: str, allowed: tuple[str, ...], meant: str) -> None:
    assert key_for(key, allowed) == meant


def test_a_key_is_offered_only_where_it_is_allowed() -> None:
    assert key_for("ngày", ("kind", "topic")) is None


def test_marks_come_off_and_d_with_stroke_is_d() -> None:
    assert without_marks("Đảng ủy Khối") == "dang uy khoi"
