"""``fourgood scorecard`` as a user meets it: a Word document or an A4 page for one cell, the
same bytes every run, and located errors for a wrong cell, year or output."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.i18n.catalog.help import CATALOG as HELP
from fourgood.i18n.redaction import pseudonym
from tests.conftest import LANG_SON, WALKTHROUGH
from tests.render.kit import docx_texts


def _run(runner: CliRunner, *args: str, data: Path = WALKTHROUGH) -> tuple[int, str]:
    result = runner.invoke(app, ["scorecard", str(data), *args])
    return result.exit_code, result.output


def test_a_word_document_for_one_cell(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "phieu.docx"
    code, output = _run(runner, "--cell", "trung-tam-yte", "-o", str(target), "--lang", "vi")
    assert code == 0, output
    texts = docx_texts(target.read_bytes())
    assert "PHIẾU TỰ CHẤM ĐIỂM" in texts
    assert "CHI BỘ TRUNG TÂM Y TẾ DỰ PHÒNG" in texts
    assert "…………, ngày 31 tháng 12 năm 2023" in texts
    assert "I. ĐIỂM TỪNG NỘI DUNG" in texts
    assert "II. TỔNG HỢP VÀ KẾT QUẢ" in texts
    assert "T/M CHI ỦY" in texts
    assert "XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN" in texts


def test_the_same_data_gives_the_same_bytes(runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    for target in (first, second):
        assert _run(runner, "-c", "van-phong", "-o", str(target))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_an_a4_page_to_stdout_or_a_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["scorecard", str(LANG_SON), "-y", "2023", "-c", "attp", "-f", "html", "--lang", "vi"]
    )
    assert result.exit_code == 0, result.output
    assert "@page { size: A4;" in result.stdout
    assert "Lạng Sơn, ngày 31 tháng 12 năm 2023" in result.stdout
    target = tmp_path / "phieu.html"
    args = ["scorecard", str(LANG_SON), "-y", "2023", "-c", "attp", "-f", "html", "--lang", "vi"]
    assert runner.invoke(app, [*args, "-o", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8") == result.stdout


def test_redact_hides_the_secretarys_name(runner: CliRunner) -> None:
    args = ["scorecard", str(WALKTHROUGH), "-c", "van-phong", "-f", "html"]
    plain = runner.invoke(app, args).stdout
    redacted = runner.invoke(app, [*args, "--redact"]).stdout
    name = re.findall(r'<td class="signature name"><b>(.*?)</b>', plain)[-1]
    assert name != "…………"
    assert name not in redacted
    assert pseudonym(_secretary_id(), "en") in redacted


def _secretary_id() -> str:
    text = (WALKTHROUGH / "cells" / "van-phong" / "roster.yaml").read_text(encoding="utf-8")
    block = text[: text.index("role: secretary")]
    return str(re.findall(r"id: (\S+)", block)[-1])


def test_bad_input_is_a_located_message(runner: CliRunner, tmp_path: Path) -> None:
    code, output = _run(runner, "-c", "nope", "-f", "html")
    assert code == 2
    assert "no cell 'nope' in the 2023 programme" in output
    code, output = _run(runner, "-c", "van-phong")
    assert code == 2
    assert "--format docx writes a file: add --output FILE.docx" in output
    code, output = _run(runner)
    assert code == 2
    assert "--cell" in output
    code, output = _run(runner, "-c", "van-phong", "-o", str(tmp_path))
    assert code == 1
    assert "Traceback" not in output


def test_the_help_is_in_the_users_language(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scorecard", "--help", "--lang", "vi"])
    assert result.exit_code == 0
    assert HELP["help.scorecard.cell"][1] in " ".join(result.output.split())


def test_progress_inside_a_year_is_dated_its_day(runner: CliRunner) -> None:
    args = ["-c", "van-phong", "-f", "html", "--lang", "vi", "--as-of", "2023-06-30"]
    code, page = _run(runner, *args)
    assert code == 0, page
    assert "ngày 30 tháng 6 năm 2023" in page
    assert "Tiến độ đến ngày" in page


def test_a_cell_that_left_the_bloc_has_no_scorecard(runner: CliRunner) -> None:
    args = ["-y", "2023", "-c", "xang-dau", "-f", "html"]
    code, output = _run(runner, *args, data=LANG_SON)
    assert code == 2
    assert "the cell 'xang-dau' is not evaluated this year (it left the bloc)" in output
