"""The monthly follow-up as JSON, Markdown, CSV and a terminal table, in both languages."""

from __future__ import annotations

import json
from datetime import date

from fourgood.render.followup import (
    followup_csv,
    followup_dict,
    followup_json,
    followup_markdown,
    followup_table,
)
from fourgood.render.scores import render_to_text
from fourgood.reporting.followup import FollowUp, ThematicMeeting

SEPTEMBER = FollowUp(
    2023,
    9,
    3,
    (("c2", "Chi bộ Hai"),),
    (
        ThematicMeeting(
            "c1", "Chi bộ Một", date(2023, 9, 26), "thematic", "Phòng, chống tham nhũng"
        ),
        ThematicMeeting("c3", "Chi bộ Ba", date(2023, 9, 28), "combined", "Kiểm điểm"),
    ),
)
QUIET = FollowUp(2024, 2, 2, (), ())


def test_json() -> None:
    data = json.loads(followup_json(SEPTEMBER, "en"))
    assert data == followup_dict(SEPTEMBER)
    assert data == {
        "schema_version": 1,
        "year": 2023,
        "month": 9,
        "cells": 3,
        "without_regular_meeting": [{"cell": "c2", "name": "Chi bộ Hai"}],
        "thematic_meetings": [
            {
                "cell": "c1",
                "name": "Chi bộ Một",
                "date": "2023-09-26",
                "kind": "thematic",
                "topic": "Phòng, chống tham nhũng",
            },
            {
                "cell": "c3",
                "name": "Chi bộ Ba",
                "date": "2023-09-28",
                "kind": "combined",
                "topic": "Kiểm điểm",
            },
        ],
    }
    assert followup_json(SEPTEMBER, "vi") == followup_json(SEPTEMBER, "en")  # data, not words
    assert "Chi bộ Một" in followup_json(SEPTEMBER, "en")  # not \\u-escaped


def test_markdown_in_english() -> None:
    assert followup_markdown(SEPTEMBER, "en") == (
        "# Monthly follow-up, September 2023\n"
        "\n"
        "## Cells without a regular meeting logged: 1 of 3\n"
        "\n"
        "- Chi bộ Hai (c2)\n"
        "\n"
        "## Thematic meetings held: 2\n"
        "\n"
        "- 2023-09-26 Chi bộ Một (c1): Phòng, chống tham nhũng\n"
        "- 2023-09-28 Chi bộ Ba (c3): Kiểm điểm\n"
    )


def test_markdown_in_vietnamese() -> None:
    lines = followup_markdown(SEPTEMBER, "vi").splitlines()
    assert lines[0] == "# Theo dõi sinh hoạt chi bộ tháng 9/2023"
    assert "## Chi bộ chưa ghi sinh hoạt thường kỳ: 1/3" in lines
    assert "## Các buổi sinh hoạt chuyên đề: 2" in lines


def test_markdown_of_a_month_without_anything_to_list() -> None:
    text = followup_markdown(QUIET, "en")
    assert text.startswith("# Monthly follow-up, February 2024\n")
    assert "## Cells without a regular meeting logged: 0 of 2\n" in text
    assert text.endswith("## Thematic meetings held: 0\n")
    assert "- " not in text


def test_csv_has_a_row_per_item() -> None:
    assert followup_csv(SEPTEMBER, "vi") == (
        "year,month,item,cell,name,date,kind,topic\n"
        "2023,9,no_regular_meeting,c2,Chi bộ Hai,,,\n"
        '2023,9,thematic_meeting,c1,Chi bộ Một,2023-09-26,thematic,"Phòng, chống tham nhũng"\n'
        "2023,9,thematic_meeting,c3,Chi bộ Ba,2023-09-28,combined,Kiểm điểm\n"
    )
    assert followup_csv(QUIET, "en") == "year,month,item,cell,name,date,kind,topic\n"


def test_the_terminal_table() -> None:
    text = render_to_text(followup_table(SEPTEMBER, "vi"), 100)
    lines = [line.rstrip() for line in text.splitlines()]
    assert lines[0] == "Theo dõi sinh hoạt chi bộ tháng 9/2023"
    assert "│ Chi bộ Hai (c2) │" in lines
    assert any("│ 26/09/2023 │ Chi bộ Một (c1) │ Phòng, chống tham nhũng" in line for line in lines)
    assert "Các buổi sinh hoạt chuyên đề: 2" in lines
    english = render_to_text(followup_table(SEPTEMBER, "en"), 100)
    assert "┃ Date       ┃ Cell" in english
    assert "Topic" in english


def test_a_months_headings_stay_on_one_line_when_nothing_is_listed() -> None:
    text = render_to_text(followup_table(QUIET, "en"), 100)
    lines = [line.rstrip() for line in text.splitlines()]
    assert "Cells without a regular meeting logged: 0 of 2" in lines
    assert "Thematic meetings held: 0" in lines
