"""``fourgood report`` as a user meets it: formats, files, progress inside a year, the year
before, languages, privacy, and the errors that stop it."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.i18n.redaction import pseudonym
from tests.conftest import LANG_SON, WALKTHROUGH


def report(runner: CliRunner, *args: str, data: Path = WALKTHROUGH) -> str:
    result = runner.invoke(app, ["report", str(data), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_latest_year_by_default(runner: CliRunner) -> None:
    data = json.loads(report(runner, "-f", "json"))
    assert data["year"] == 2023
    assert data["as_of"] is None
    assert data["bloc"] == "Party Committee of the Provincial Agencies Bloc (walk-through)"
    assert [(c["id"], c["status"]) for c in data["cells"]] == [
        ("trung-tam-yte", "not_met"),
        ("van-phong", "met"),
    ]


def test_the_bloc_is_named_in_the_readers_language(runner: CliRunner) -> None:
    data = json.loads(report(runner, "-f", "json", "--lang", "vi"))
    assert data["bloc"] == "Đảng ủy Khối các cơ quan tỉnh (ví dụ)"
    lines = report(runner, "--lang", "vi").splitlines()
    assert lines[:2] == [
        "Báo cáo kết quả xây dựng mô hình Chi bộ 4 tốt năm 2023",
        "Đảng ủy Khối các cơ quan tỉnh (ví dụ)",
    ]


def test_a_file_holds_what_the_terminal_would_show(runner: CliRunner, tmp_path: Path) -> None:
    for fmt in ("json", "csv", "markdown", "html"):
        target = tmp_path / f"report.{fmt}"
        result = runner.invoke(app, ["report", str(WALKTHROUGH), "-f", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        bom = "\ufeff" if fmt == "csv" else ""  # for Excel; never on stdout
        assert target.read_text(encoding="utf-8") == bom + report(runner, "-f", fmt)


def test_the_terminal_table_to_a_file_is_plain_text(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    assert runner.invoke(app, ["report", str(WALKTHROUGH), "-o", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("4 Good Party Cell report, 2023\n")
    assert "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_a_workbook_needs_a_file(runner: CliRunner, tmp_path: Path) -> None:
    refused = runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "xlsx"])
    assert refused.exit_code == 2
    assert "--format xlsx writes a file: add --output FILE.xlsx" in refused.stderr
    target = tmp_path / "report.xlsx"
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))
    assert "Criteria" in book.sheetnames
    criteria = list(book["Criteria"].iter_rows(values_only=True))
    assert len(criteria) == 1 + 2 * 22  # every criterion of every cell: the workbook has details


def test_progress_inside_the_year(runner: CliRunner) -> None:
    data = json.loads(report(runner, "-f", "json", "--as-of", "2023-06-30"))
    assert data["as_of"] == "2023-06-30"
    assert data["organisation"]["day"] == "2023-06-30"
    assert data["meetings"]["months_required"] == 12  # six months for each of two cells
    assert data["meetings"]["quarters"] == [
        {"quarter": 1, "cells_with_thematic": 2, "cells": 2},
        {"quarter": 2, "cells_with_thematic": 2, "cells": 2},
    ]


def test_as_of_outside_the_year_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "--as-of", "2024-02-20"])
    assert result.exit_code == 2
    assert "2024-02-20 is not in 2023" in result.stderr


def test_the_year_before_is_shown_beside_this_one(runner: CliRunner, walkthrough: Path) -> None:
    shutil.copyfile(walkthrough / "programme/2023.yaml", walkthrough / "programme/2024.yaml")
    data = json.loads(report(runner, "-f", "json", data=walkthrough))
    assert data["year"] == 2024
    assert data["previous"]["year"] == 2023
    assert data["previous"]["programme"]["met"] == 1
    assert data["previous"]["previous"] is None
    only = json.loads(report(runner, "-f", "json", "--year", "2023", data=walkthrough))
    assert only["previous"] is None


def test_an_unknown_year(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "--year", "2030", "--lang", "vi"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{WALKTHROUGH}: lỗi: chưa có chương trình năm 2030: hãy thêm programme/2030.yaml\n"
    )


def test_redact_replaces_the_members_named_in_the_report(runner: CliRunner) -> None:
    plain = report(runner, "-f", "markdown")
    assert "Ngô Văn Sơn absent without excuse on 2023-10-12" in plain
    hidden = report(runner, "-f", "markdown", "--redact")
    assert "Ngô Văn Sơn" not in hidden
    assert f"{pseudonym('YT-005', 'en')} absent without excuse on 2023-10-12" in hidden
    assert hidden == report(runner, "-f", "markdown", "--redact")  # the same every run


def test_errors_in_the_data_stop_the_report(runner: CliRunner, walkthrough: Path) -> None:
    record = walkthrough / "cells" / "van-phong" / "record-2023.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("classification: HTXSNV", "classification: A"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["report", str(walkthrough), "-f", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"1 error in the data ({record}); fix it first (fourgood validate lists it)"
    )
    assert "'A' is not allowed here; use one of: HTXSNV, HTTNV, HTNV, KHTNV" in result.stderr


def test_an_unknown_format_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "pdf"])
    assert result.exit_code == 2
    assert "'pdf' is not one of 'table', 'json', 'csv', 'markdown', 'html', 'xlsx'" in result.stderr


def test_a_word_document_for_the_office(runner: CliRunner, tmp_path: Path) -> None:
    from tests.render.kit import docx_texts

    target = tmp_path / "bao-cao.docx"
    args = ["report", str(LANG_SON), "-y", "2023", "-f", "docx", "-o", str(target), "--lang", "vi"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    texts = docx_texts(target.read_bytes())
    # the example's settings (organisation.yaml, bloc.documents)
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN" in texts
    assert "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" in texts
    assert "Số:        -BC/ĐUK" in texts
    assert "Lạng Sơn, ngày 31 tháng 12 năm 2023" in texts
    assert "BÁO CÁO" in texts
    assert "Nơi nhận:" in texts
    assert "- Ban Thường vụ Tỉnh ủy (để báo cáo)," in texts
    assert "PHÓ BÍ THƯ THƯỜNG TRỰC" in texts
    again = tmp_path / "again.docx"
    assert runner.invoke(app, [*args[:-4], "-o", str(again), "--lang", "vi"]).exit_code == 0
    assert again.read_bytes() == target.read_bytes()


def test_a_word_document_needs_an_output_file(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "docx"])
    assert result.exit_code == 2
    assert "--format docx writes a file: add --output FILE.docx" in result.output
