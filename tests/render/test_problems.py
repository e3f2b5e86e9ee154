"""Problems as text lines, GitHub workflow annotations or JSON, each with its summary."""

from __future__ import annotations

import json

import pytest

from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.render.problems import problems_github, problems_json, problems_text, summary

UNKNOWN = msg(
    "model.unknown_key", key="inspektion", hint=msg("hint.did_you_mean", name="inspection")
)
PROBLEMS = [
    Problem("data/cells/van-phong/record-2023.yaml", UNKNOWN, line=14, column=1),
    Problem(
        "data/notes.yml", msg("data.unknown_file", expected="organisation.yaml"), Severity.WARNING
    ),
]


@pytest.mark.parametrize(
    ("problems", "files", "en", "vi"),
    [
        ([], 9, "no problems in 9 files", "không có lỗi trong 9 tệp"),
        ([], 1, "no problems in 1 file", "không có lỗi trong 1 tệp"),
        (PROBLEMS, 9, "1 error, 1 warning in 9 files", "1 lỗi, 1 cảnh báo trong 9 tệp"),
        (PROBLEMS[:1] * 2, 1, "2 errors, 0 warnings in 1 file", "2 lỗi, 0 cảnh báo trong 1 tệp"),
        (PROBLEMS[1:] * 3, 2, "0 errors, 3 warnings in 2 files", "0 lỗi, 3 cảnh báo trong 2 tệp"),
    ],
)
def test_the_summary(problems: list[Problem], files: int, en: str, vi: str) -> None:
    assert summary(problems, files, "en") == en
    assert summary(problems, files, "vi") == vi


def test_text_lines_then_the_summary() -> None:
    assert problems_text(PROBLEMS, "en", files=9) == (
        "data/cells/van-phong/record-2023.yaml:14:1: error: unknown key 'inspektion'; "
        "did you mean 'inspection'?\n"
        "data/notes.yml: warning: not read: fourgood does not know this file "
        "(expected organisation.yaml)\n"
        "1 error, 1 warning in 9 files\n"
    )
    assert problems_text([], "vi", files=2) == "không có lỗi trong 2 tệp\n"


def test_github_annotations_then_the_summary() -> None:
    assert problems_github(PROBLEMS, "en", files=9) == (
        "::error file=data/cells/van-phong/record-2023.yaml,line=14,col=1::"
        "unknown key 'inspektion'; did you mean 'inspection'?\n"
        "::warning file=data/notes.yml::not read: fourgood does not know this file "
        "(expected organisation.yaml)\n"
        "1 error, 1 warning in 9 files\n"
    )


def test_github_annotations_escape_what_would_break_them() -> None:
    problem = Problem(
        "dir:a,b/f%.yaml",
        msg("model.invalid", detail="100% wrong\r\nsecond line"),
        line=3,
    )
    (annotation, _) = problems_github([problem], "en", files=1).splitlines()
    assert annotation == (
        "::error file=dir%3Aa%2Cb/f%25.yaml,line=3,col=1::"
        "invalid value: 100%25 wrong\\r\\nsecond line"  # the data's line break, shown
    )
    assert "\n" not in annotation


def test_json_lists_every_problem_with_its_code() -> None:
    items = json.loads(problems_json(PROBLEMS, "vi", files=9))
    assert items == [
        {
            "schema_version": 1,
            "file": "data/cells/van-phong/record-2023.yaml",
            "line": 14,
            "column": 1,
            "severity": "error",
            "code": "model.unknown_key",
            "message": "mục không hợp lệ 'inspektion'; có phải ý bạn là 'inspection'?",
        },
        {
            "schema_version": 1,
            "file": "data/notes.yml",
            "line": None,
            "column": None,
            "severity": "warning",
            "code": "data.unknown_file",
            "message": "không đọc: fourgood không nhận ra tệp này (cần organisation.yaml)",
        },
    ]
    assert problems_json([], "en", files=9) == "[]\n"
