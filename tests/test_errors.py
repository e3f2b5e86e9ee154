"""Problems as editors and CI logs read them, their reporting order, and the user's errors."""

from __future__ import annotations

import pytest

from fourgood.errors import (
    Anchor,
    DataErrors,
    Problem,
    Severity,
    UserError,
    sorted_problems,
)
from fourgood.i18n.message import msg

MISSING = msg("file.missing")
NO_KEY = msg("model.missing_key", key="bloc")


def test_a_located_problem_reads_path_line_column() -> None:
    problem = Problem("data/roster.yaml", NO_KEY, line=3, column=7)
    assert problem.text("en") == "data/roster.yaml:3:7: error: missing required key 'bloc'"
    assert problem.text("vi") == "data/roster.yaml:3:7: lỗi: thiếu mục bắt buộc 'bloc'"
    machine = problem.text("vi", machine=True)
    assert machine == "data/roster.yaml:3:7: error: thiếu mục bắt buộc 'bloc'"


def test_a_problem_without_a_position_names_only_the_file() -> None:
    problem = Problem("data/roster.yaml", MISSING, Severity.WARNING)
    assert problem.text("en") == "data/roster.yaml: warning: file not found"
    assert problem.text("vi") == "data/roster.yaml: cảnh báo: không tìm thấy tệp"
    assert problem.text("vi", machine=True) == "data/roster.yaml: warning: không tìm thấy tệp"


def test_a_line_without_a_column_points_at_column_1() -> None:
    assert Problem("f.yaml", MISSING, line=4).text("en") == "f.yaml:4:1: error: file not found"


def test_defaults_an_error_at_the_value() -> None:
    problem = Problem("f.yaml", MISSING)
    assert problem.severity is Severity.ERROR
    assert problem.anchor is Anchor.VALUE
    assert (problem.line, problem.column, problem.where) == (None, None, None)
    assert Severity.ERROR.value == "error"
    assert Severity.WARNING.value == "warning"


def test_located_fills_the_position_and_drops_the_place() -> None:
    problem = Problem("f.yaml", NO_KEY, where=("members", 0), anchor=Anchor.CONTAINER)
    located = problem.located(5, 3)
    assert (located.line, located.column, located.where) == (5, 3, None)
    assert located.anchor is Anchor.CONTAINER
    assert located.message == NO_KEY
    assert problem.where == ("members", 0)  # problems are values: the original is unchanged


def test_problems_sort_by_file_position_severity_then_message() -> None:
    a_warning = Problem("a.yaml", MISSING, Severity.WARNING, line=2, column=1)
    a_error = Problem("a.yaml", NO_KEY, line=2, column=1)
    a_first = Problem("a.yaml", NO_KEY, Severity.WARNING, line=1, column=9)
    a_column = Problem("a.yaml", NO_KEY, line=2, column=0)
    a_unplaced = Problem("a.yaml", MISSING, Severity.WARNING)
    b_top = Problem("b.yaml", MISSING, line=1, column=1)
    mixed = [b_top, a_warning, a_error, a_first, a_column, a_unplaced]
    assert sorted_problems(mixed) == [a_unplaced, a_first, a_column, a_error, a_warning, b_top]


def test_sorting_ties_are_broken_by_the_message_key_then_its_values() -> None:
    one = Problem("f.yaml", msg("model.missing_key", key="a"), line=1, column=1)
    two = Problem("f.yaml", msg("model.missing_key", key="b"), line=1, column=1)
    other = Problem("f.yaml", msg("file.missing"), line=1, column=1)
    assert sorted_problems([two, one, other]) == [other, one, two]


def test_the_same_problem_found_twice_is_reported_once() -> None:
    problem = Problem("f.yaml", NO_KEY, line=1, column=1)
    twin = Problem("f.yaml", msg("model.missing_key", key="bloc"), line=1, column=1)
    assert sorted_problems([problem, twin, problem]) == [problem]
    assert sorted_problems([]) == []


def test_a_user_error_carries_its_message_and_file() -> None:
    with pytest.raises(UserError) as caught:
        raise UserError(msg("data.no_such_dir"), "nowhere")
    assert caught.value.message == msg("data.no_such_dir")
    assert caught.value.file == "nowhere"
    assert str(caught.value) == "data.no_such_dir"
    assert UserError(MISSING).file is None


def test_data_errors_are_user_errors_that_list_the_problems() -> None:
    problems = [Problem("f.yaml", NO_KEY, line=1, column=1)]
    error = DataErrors(problems, msg("score.blocked", n=1))
    assert isinstance(error, UserError)
    assert error.problems == problems
    assert error.message.key == "score.blocked"
    assert error.file is None
