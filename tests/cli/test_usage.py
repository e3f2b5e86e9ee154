"""Usage errors in the reader's language: Typer's and Click's English said again in
Vietnamese, the same error and exit code; in English, Click's own words."""

from __future__ import annotations

import io

import pytest
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.usage import phrase, show

DATA = "examples/lang-son"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["scor"], "Lỗi: Không có lệnh 'scor'. Có phải ý bạn là 'score', 'scorecard'"),
        (["score", DATA, "--bom"], "Lỗi: Không có tùy chọn --bom (có thể ý bạn là: --format, "),
        (["score", DATA, "--redact=1"], "Lỗi: Tùy chọn '--redact' không nhận giá trị."),
        (["score", DATA, "extra"], "Lỗi: Thừa 1 tham số không dùng đến (extra)"),
        (["scorecard", DATA], "Lỗi: Thiếu tùy chọn '--cell' / '-c'."),
        (["score", DATA, "-y", "abc"], "Lỗi: Giá trị của '--year' / '-y' không hợp lệ: phải là số"),
        (
            ["score", DATA, "-f", "nope"],
            "Lỗi: Giá trị của '--format' / '-f' không hợp lệ: 'nope' không phải một trong các "
            "giá trị 'table', 'json'",
        ),
        (["member"], "Lỗi: Thiếu tên lệnh."),
    ],
)
def test_a_usage_error_is_said_in_vietnamese(runner: CliRunner, args: list[str], said: str) -> None:
    result = runner.invoke(app, [*args, "--lang", "vi"])
    assert result.exit_code == 2
    assert said in result.stderr
    assert "Error" not in result.stderr
    assert "Try " not in result.stderr


def test_the_hint_and_the_usage_are_in_words(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", DATA, "--bom", "--lang", "vi"])
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "Cách dùng: fourgood score [OPTIONS] [DATA_DIR]",
        "Gõ 'fourgood score -h' để xem hướng dẫn.",
    ]


def test_a_mistake_on_the_command_line_never_controls_the_terminal(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", DATA, "\x1b[2J", "--lang", "vi"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "(\\x1b[2J)" in result.stderr


@pytest.mark.parametrize(
    "error",
    [
        NoSuchOption("--bom", possibilities=["--no-bom", "--format"]),
        NoSuchOption("--bogus"),
        BadOptionUsage("--year", "Option '--year' requires an argument."),
        BadOptionUsage("--redact", "Option '--redact' does not take a value."),
        BadParameter("'x' is not ours", param_hint="--cell"),
        BadParameter("Value error, 'fr' is not one of 'en', 'vi'.", param_hint=["--lang"]),
        MissingParameter(param_hint="'--cell' / '-c'", param_type="option"),
        MissingParameter(param_hint="'directory'", param_type="argument"),
        UsageError("Got unexpected extra argument(s) (b c)"),
        UsageError("No such command 'scor'. Did you mean 'score'?"),
        UsageError("Missing command."),
        UsageError("Something Click may say one day."),
    ],
)
def test_in_english_the_error_is_clicks_own(error: UsageError) -> None:
    theirs, ours = io.StringIO(), io.StringIO()
    type(error).show(error, theirs)
    show(error, "en", ours)
    theirs_cleaned = (
        theirs.getvalue().replace("Value error, ", "").replace("argument(s)", "arguments")
    )
    assert ours.getvalue() == theirs_cleaned


def test_one_extra_argument_is_said_in_the_singular(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", DATA, "extra", "--lang", "en"])
    assert "Error: Got unexpected extra argument (extra)" in result.stderr


def test_a_phrasing_not_known_is_shown_as_it_came() -> None:
    assert phrase("Something Click may say one day.", "vi") == "Something Click may say one day."
    assert phrase("Missing command.", "vi") == "Thiếu tên lệnh."
