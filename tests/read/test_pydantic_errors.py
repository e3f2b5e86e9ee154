"""pydantic's validation errors in the user's words, each at the place to look."""

from __future__ import annotations

import pytest

from fourgood.errors import Anchor, Problem
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Organisation
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.read.pydantic_errors import data_path, describe, problem_from_error

MEMBER = "members:\n  - id: TP-1\n    name: A\n    sex: male\n    born: 1980-01-01\n"


def said(
    model: type[Organisation | MeetingLog | Roster | AnnualRecord | Rubric], text: str
) -> list[str]:
    """What ``validate`` says about a file holding ``text``, in English."""
    loaded = load_model("f.yaml", "f.yaml", model, data=text.encode("utf-8"))
    assert loaded.model is None
    return [p.text("en") for p in loaded.problems]


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (None, "nothing", "giá trị rỗng"),
        (True, "true", "true"),
        (12, "the number 12", "số 12"),
        (1.5, "the number 1.5", "số 1.5"),
        ("abc", "the text 'abc'", "văn bản 'abc'"),
        ("x" * 41, "the text '" + "x" * 37 + "...'", "văn bản '" + "x" * 37 + "...'"),
        ([1], "a list", "một danh sách"),
        ({"a": 1}, "a mapping", "một nhóm mục 'tên mục: giá trị'"),
        (b"x", "a value of another kind", "một giá trị kiểu khác"),
    ],
)
def test_what_a_value_is_in_words(value: object, en: str, vi: str) -> None:
    assert render(describe(value), "en") == en
    assert render(describe(value), "vi") == vi


def test_the_path_through_the_data_skips_pydantics_markers() -> None:
    data = {"members": [{"years": {2023: {"rating": "x"}}}], "rule": {"kind": "bands"}}
    assert data_path(data, ("members", 0, "years", "2023", "rating")) == (
        ("members", 0, "years", 2023, "rating"),
        False,
    )
    assert data_path(data, ("members", 0, "years", 2023, "[key]")) == (
        ("members", 0, "years", 2023),
        True,
    )
    assert data_path(data, ("rule", "bands", "kind")) == (("rule", "kind"), False)  # a union tag
    assert data_path(data, ("members", 5, "id")) == (("members",), False)  # not in the data


def test_an_unknown_key_with_a_suggestion_at_the_key() -> None:
    assert said(Organisation, "bloc:\n  id: b\n  name: B\n  nme_en: x\n") == [
        "f.yaml:4:3: error: unknown key 'nme_en'; did you mean 'name_en'?"
    ]


def test_text_cut_at_a_comma_inside_braces_is_explained() -> None:
    text = "meetings:\n  - {date: 2023-01-05, kind: regular, topic: Phòng, chống tham nhũng}\n"
    assert said(MeetingLog, text) == [
        "f.yaml:2:53: error: unknown key 'chống tham nhũng'; inside { } a comma starts a new "
        "entry: put text that holds commas in quotes"
    ]


def test_a_number_cut_at_a_comma_inside_a_score_sheet_is_one_slip() -> None:
    text = (
        "meetings:\n  - {date: 2023-01-05, kind: regular, duration: 90,"
        " sheet: {preparation: 15, attendance: 18,5, conduct: 40, closing: 20}}\n"
    )
    assert said(MeetingLog, text) == [
        "f.yaml:2:93: error: '5' is read as a key of its own: inside { } a comma starts a new "
        "entry, so write numbers without a comma (18 or 18.5, with a point) and put text that "
        "holds a comma in quotes"
    ]


def test_a_missing_key_points_at_the_mapping_that_lacks_it() -> None:
    assert said(Roster, MEMBER) == ["f.yaml:2:5: error: missing required key 'admitted'"]
    assert said(Organisation, "committees: []\n") == [
        "f.yaml:1:1: error: missing required key 'bloc'"
    ]


def test_a_word_not_in_the_vocabulary_lists_the_allowed_words() -> None:
    text = "bloc: {id: b, name: B}\ncells:\n  - {id: c, name: C, type: agencey, parent: b}\n"
    assert said(Organisation, text) == [
        "f.yaml:3:28: error: 'agencey' is not allowed here; use one of: agency, "
        "public_service, enterprise; did you mean 'agency'?"
    ]
    loaded = load_model("f.yaml", "f.yaml", Organisation, data=text.encode())
    assert render(loaded.problems[0].message, "vi") == (
        "'agencey' không hợp lệ ở đây; dùng một trong: agency, public_service, enterprise; "
        "có phải ý bạn là 'agency'?"
    )


def test_an_unknown_year_key_is_placed_at_the_key() -> None:
    text = MEMBER + "    admitted: 2005-01-01\n    years:\n      1900: {}\n"
    assert said(Roster, text) == ["f.yaml:8:7: error: 1900 is too small: at least 1930"]


def test_dates_that_are_not_real_dates_say_why() -> None:
    text = (
        "meetings:\n"
        "  - {date: 2023-02-30, kind: regular}\n"
        "  - {date: 2023-13-01, kind: regular}\n"
        "  - {date: 2023-1-5, kind: regular}\n"
    )
    assert said(MeetingLog, text) == [
        "f.yaml:2:12: error: '2023-02-30' is not a real date: February 2023 has no day 30",
        "f.yaml:3:12: error: '2023-13-01' is not a real date: there is no month 13",
        "f.yaml:4:12: error: '2023-1-5' is not a date; write dates as YYYY-MM-DD",
    ]


def test_values_of_the_wrong_type_say_what_was_found() -> None:
    text = (
        "meetings:\n"
        "  - {date: 2023-01-05, kind: regular, duration: ninety, topic: 12,"
        " minutes_recorded: yes}\n"
    )
    assert sorted(said(MeetingLog, text)) == [
        "f.yaml:2:49: error: expected a whole number, found the text 'ninety'",
        "f.yaml:2:64: error: expected text, found the number 12",
        "f.yaml:2:86: error: expected true or false, found the text 'yes'",
    ]
    assert said(Organisation, "bloc: [1]\n") == [
        "f.yaml:1:7: error: expected a mapping (key: value lines), found a list"
    ]
    assert said(Organisation, "bloc: {id: b, name: B}\ncells: {id: c}\n") == [
        "f.yaml:2:8: error: expected a list (lines starting with '- '), found a mapping"
    ]


def test_bounds_empty_text_and_fourgoods_own_errors() -> None:
    text = (
        "work_programme: yes\n"
        "candidates: -1\n"
        "assessed: {P4: {points: 20, note: ''}}\n"
        "inspection: {planned: 1.5, done: 1}\n"
    )
    assert sorted(said(AnnualRecord, text)) == [
        "f.yaml:1:17: error: 'yes' is neither a date (YYYY-MM-DD) nor false",
        "f.yaml:2:13: error: -1 is too small: at least 0",
        "f.yaml:3:35: error: must not be empty",
        "f.yaml:4:23: error: expected a whole number, found the number 1.5",
    ]
    assert said(Organisation, "bloc: {id: 12, name: B}\n") == [
        "f.yaml:1:12: error: this id was read as the number 12; put ids in quotes (id: '...') "
        "so they stay text and keep any leading zeros"
    ]


def test_a_rule_of_an_unknown_kind_points_at_its_kind() -> None:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    source = path.read_text(encoding="utf-8")
    line = source.splitlines().index("        rule: {kind: assessed}") + 1
    typo = source.replace("rule: {kind: assessed}", "rule: {kind: asessed}", 1)
    assert said(Rubric, typo) == [
        f"f.yaml:{line}:22: error: 'asessed' is not allowed here; use one of: assessed, bands, "
        "deadline, deduct, levels, proportion, yes_no; did you mean 'assessed'?"
    ]
    untagged = source.replace("rule: {kind: assessed}", "rule: {}", 1)
    assert said(Rubric, untagged) == [f"f.yaml:{line}:15: error: missing required key 'kind'"]
    empty = source.replace("contents:\n", "contents: []\nunused:\n", 1)
    assert said(Rubric, empty)[0].endswith(": error: needs at least 1 item")


def test_an_error_of_a_kind_without_words_keeps_pydantics() -> None:
    error = {"loc": ("bloc", "id"), "type": "something_new", "msg": "Something new went wrong"}
    problem = problem_from_error("f.yaml", Organisation, {"bloc": {"id": "b"}}, error)
    assert problem == Problem(
        "f.yaml",
        msg("model.invalid", detail="Something new went wrong"),
        where=("bloc", "id"),
        anchor=Anchor.VALUE,
    )
    assert render(problem.message, "en") == "invalid value: Something new went wrong"
