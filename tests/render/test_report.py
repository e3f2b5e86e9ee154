"""The yearly report as the documented JSON, as CSV, and through the typed document as
Markdown, HTML and terminal tables."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files
from typing import Any

import jsonschema

from fourgood.render.html import html_page
from fourgood.render.jsontext import json_text
from fourgood.render.markdown import markdown_page
from fourgood.render.report import (
    REPORT_SCHEMA_VERSION,
    report_csv,
    report_dict,
    report_html,
    report_json,
    report_markdown,
    report_table,
)
from fourgood.render.report_sections import build
from fourgood.render.scores import render_to_text
from fourgood.reporting.report import ProposalRow, Report

from .sample import small_report

SCHEMA: dict[str, Any] = json.loads(
    (files("fourgood") / "schemas" / "report.schema.json").read_text("utf-8")
)


def counted(report: Report) -> Report:
    """The sample with every rating counted, as a real report counts them."""
    counts = (("HTXSNV", 0), ("HTTNV", 1), ("HTNV", 0), ("KHTNV", 0))
    classification = replace(report.classification, counts=counts)
    previous = counted(report.previous) if report.previous else None
    return replace(report, classification=classification, previous=previous)


def test_the_json_follows_the_schema_key_by_key() -> None:
    data = report_dict(counted(small_report()), "en")
    jsonschema.validate(data, SCHEMA)
    assert list(data) == list(SCHEMA["properties"])
    assert data["schema_version"] == REPORT_SCHEMA_VERSION == 1


def test_the_json_figures() -> None:
    data = report_dict(small_report(), "en")
    assert (data["year"], data["as_of"], data["bloc"], data["pass_mark"]) == (
        2024,
        "2024-06-30",
        "Đảng ủy Khối <A|B>",
        95,
    )
    assert data["rubrics"] == ["4good 2023.1"]
    assert data["organisation"] == {
        "day": "2024-06-30",
        "grassroots_organisations": 3,
        "grassroots_committees": 2,
        "grassroots_cells": 1,
        "sectional_committees": 0,
        "cells_under_committees": 1200,
        "members": 4327,
        "full_members": 4209,
        "cells_by_type": {"agency": 1201},
    }
    assert data["programme"] == {
        "selected": 3,
        "by_basis": {"registered": 1, "selected": 2},
        "transferred_out": 1,
        "transfers": [
            {"cell": "c3", "name": "Chi bộ Ba", "date": "2024-03-01", "to": "Đảng ủy Khác"}
        ],
        "evaluated": 2,
        "met": 1,
        "not_met": 1,
        "incomplete": 0,
        "ended": 0,
        "endings": [],
    }
    assert data["by_type"] == [
        {
            "id": "agency",
            "name": "agency",
            "evaluated": 2,
            "met": 1,
            "not_met": 1,
            "incomplete": 0,
            "averages": {"P": 93.5, "S": 97.0},
        }
    ]
    assert data["contents"]["P"] == {
        "label": "Leadership",
        "mean": 93.5,
        "min": 92,
        "max": 95,
        "met": 1,
        "distribution": {"100-100": 0, "95-99": 1, "90-94": 1, "80-89": 0, "0-79": 0},
    }
    assert data["not_met"] == [
        {
            "cell": "c2",
            "name": "Chi bộ Hai",
            "status": "not_met",
            "contents": [
                {
                    "id": "P",
                    "points": 92,
                    "short": 3,
                    "criteria": [{"id": "P1", "points": 7, "max": 10, "measured": None, "why": []}],
                }
            ],
        }
    ]
    assert data["meetings"]["quarters"] == [
        {"quarter": 1, "cells_with_thematic": 2, "cells": 2},
        {"quarter": 2, "cells_with_thematic": 1, "cells": 2},
    ]
    assert data["members"]["httnv_or_better_share"] == 1.0
    assert (data["commended"], data["commended_cells"], data["unclassified"]) == (1, ["c2"], 1)
    assert data["cells"][1] == {
        "id": "c2",
        "name": "Chi bộ Hai",
        "type": "agency",
        "grassroots": "g1",
        "status": "not_met",
        "contents": {"P": 92},
        "classification": None,
        "commended": True,
        "proposal": None,
    }


def test_the_json_puts_labels_and_checks_in_the_readers_language() -> None:
    en, vi = report_dict(small_report(), "en"), report_dict(small_report(), "vi")
    assert en["contents"]["P"]["label"] == "Leadership"
    assert vi["contents"]["P"]["label"] == "Lãnh đạo"
    assert en["classification_checks"][1] == {
        "rule": "not classified",
        "ok": False,
        "details": ["Members"],
    }
    assert vi["classification_checks"][1]["details"] == ["Đảng viên"]
    assert en["cells"] == vi["cells"]  # figures do not change with the language


def test_the_year_before_is_a_whole_report_of_its_own() -> None:
    data = report_dict(counted(small_report()), "en")
    previous = data["previous"]
    assert previous["year"] == 2023
    assert previous["previous"] is None
    assert list(previous["contents"]) == ["P"]
    jsonschema.validate(previous, SCHEMA)


def test_a_share_of_no_rated_member_is_null() -> None:
    report = small_report()
    nobody = replace(report, members=replace(report.members, rated=0, httnv_or_better=0))
    assert report_dict(nobody, "en")["members"]["httnv_or_better_share"] is None


def test_the_json_text_is_indented_three_levels() -> None:
    report = small_report()
    text = "".join(report_json(report, "en"))
    # made in pieces as it is written, it is the text of the whole object
    assert text == json_text(report_dict(report, "en"), expand=3)
    assert json.loads(text) == report_dict(report, "en")
    # three levels indented (the report, its contents, a content), the fourth on one line
    assert '    "P": {\n      "label": "Leadership",\n      "mean": 93.5,\n' in text
    assert '"distribution": {"100-100": 0, "95-99": 1, "90-94": 1, "80-89": 0, "0-79": 0}' in text


def test_csv_has_a_row_per_evaluated_cell() -> None:
    assert report_csv(small_report(), "vi") == (
        "year,cell,name,type,grassroots,P,S,status,classification,commended,"
        "classification_points,proposed,type_label,status_label\n"
        "2024,c1,Chi bộ Một,agency,g1,95,97,met,HTTNV,false,,,cơ quan,đạt\n"
        "2024,c2,Chi bộ Hai,agency,g1,92,,not_met,,true,,,cơ quan,chưa đạt\n"
    )


def test_csv_gives_the_proposed_level_and_its_points_or_their_ranges() -> None:
    report = small_report()
    known = ProposalRow("c1", "Chi bộ Một", 92, 92, "record", "HTXSNV", "HTXSNV", "HTTNV", ())
    open_ = ProposalRow("c2", "Chi bộ Hai", 70, 100, "computed", "KHTNV", "HTXSNV", None, ())
    cells = (replace(report.cells[0], proposal=known), replace(report.cells[1], proposal=open_))
    lines = report_csv(replace(report, cells=cells), "en").splitlines()
    assert lines[1].endswith(",met,HTTNV,false,92,HTXSNV,agency,met")
    assert lines[2].endswith(",not_met,,true,70-100,KHTNV-HTXSNV,agency,not met")


def test_the_document_formats_lay_out_the_same_sections() -> None:
    report = small_report()
    assert "".join(report_markdown(report, "en")) == markdown_page(build(report, "en"), "en")
    markdown = "".join(report_markdown(report, "vi"))
    assert markdown.splitlines()[0] == "# Báo cáo kết quả xây dựng mô hình Chi bộ 4 tốt năm 2024"
    page = "".join(report_html(report, "en"))
    assert page == html_page(build(report, "en"), "en", report.organisation.day)
    assert page.startswith("<!DOCTYPE html>")
    assert "Đảng ủy Khối &lt;A|B&gt;" in page
    terminal = render_to_text(report_table(report, "en"), 100)
    assert terminal.splitlines()[:2] == ["4 Good Party Cell report, 2024", "Đảng ủy Khối <A|B>"]
    assert "4,327" in terminal


def test_the_printed_report_is_dated_by_its_figures_not_the_clock() -> None:
    report = small_report()  # counted to 2024-06-30
    page = "".join(report_html(report, "vi"))
    assert '· số liệu đến ngày 30/06/2024";' in page
    assert "Đảng ủy Khối \\3c A|B\\3e " in page  # the bloc's name, escaped for CSS
    assert "".join(report_html(report, "vi")) == page
