"""Help in the user's language: Typer's headings and phrases and every command's texts."""

from __future__ import annotations

from typer.testing import CliRunner

from fourgood.cli import app


def test_the_programs_help_in_vietnamese(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--lang", "vi", "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Cách dùng: fourgood [OPTIONS] COMMAND [ARGS]...")
    assert "Tùy chọn:" in result.stdout
    assert "Lệnh:" in result.stdout
    assert "Hiện hướng dẫn này rồi thoát." in result.stdout


def test_a_verbs_help_in_vietnamese_and_in_english(runner: CliRunner) -> None:
    vi = runner.invoke(app, ["--lang", "vi", "member", "transfer", "--help"])
    assert vi.exit_code == 0
    assert "Options:" not in vi.stdout
    assert "help." not in vi.stdout  # every key is put in words
    en = runner.invoke(app, ["--lang", "en", "member", "transfer", "--help"])
    assert "Date of the transfer." in en.stdout
    assert vi.stdout != en.stdout
