"""The error boundary: each kind of failure gets its message and its exit code, and nothing is
left half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.boundary import EXIT_BUG, EXIT_INTERRUPTED, EXIT_TERMINATED
from tests.conftest import WALKTHROUGH

_SIGNALLED_WRITE = textwrap.dedent(
    """
    import os, signal, sys
    import fourgood.write.atomic as atomic
    SIGNAL = getattr(signal, sys.argv[3])
    def stop(*args):
        os.kill(os.getpid(), SIGNAL)
    atomic.os.replace = stop  # the signal comes just before the new file takes the old one's place
    from fourgood.cli import main
    sys.argv = ["fourgood", "report", sys.argv[1], "--format", "json", "--output", sys.argv[2],
                "--no-cache"]
    main()
    """
)


@pytest.mark.parametrize(
    ("name", "code"), [("SIGTERM", EXIT_TERMINATED), ("SIGINT", EXIT_INTERRUPTED)]
)
def test_a_signal_during_a_write_exits_with_its_code_and_leaves_no_temporary_file(
    tmp_path: Path, name: str, code: int
) -> None:
    target = tmp_path / "report.json"
    target.write_text("the old report\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLED_WRITE, str(WALKTHROUGH), str(target), name],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert target.read_text(encoding="utf-8") == "the old report\n"


def test_a_bug_prints_its_traceback_and_exits_70() -> None:
    script = textwrap.dedent(
        """
        import sys
        import fourgood.reporting.report as report
        def broken(*args, **kwargs):
            raise RuntimeError("a bug")
        report.build_report = broken
        from fourgood.cli import main
        sys.argv = ["fourgood", "report", sys.argv[1], "--no-cache"]
        main()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(WALKTHROUGH)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == EXIT_BUG
    assert "Traceback" in done.stderr
    assert "RuntimeError: a bug" in done.stderr
    assert "internal error (a bug, not a problem with your data)" in done.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "error: cannot write: no such file or directory"),
        ("vi", "lỗi: không ghi được: không có tệp hoặc thư mục này"),
    ],
)
def test_an_output_that_cannot_be_written_is_a_located_user_error(
    tmp_path: Path, lang: str, expected: str
) -> None:
    target = tmp_path / "missing" / "scores.json"
    result = CliRunner().invoke(
        app, ["score", str(WALKTHROUGH), "-f", "json", "-o", str(target), "--lang", lang]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr == f"{target}: {expected}\n"


def test_the_signal_handler_is_restored_after_a_run() -> None:
    from fourgood.cli.boundary import run

    before = signal.getsignal(signal.SIGTERM)
    run(lambda: None)
    assert signal.getsignal(signal.SIGTERM) == before


_SIGNALLED_STREAM = textwrap.dedent(
    """
    import os, signal, sys
    import fourgood.render.scores as scores
    real = scores.scores_csv_chunks
    def streamed(*args, **kwargs):
        chunks = real(*args, **kwargs)
        yield next(chunks)
        os.kill(os.getpid(), signal.SIGTERM)  # half the rows are in the temporary file
        yield from chunks
    scores.scores_csv_chunks = streamed
    from fourgood.cli import main
    sys.argv = ["fourgood", "score", sys.argv[1], "-f", "csv", "-o", sys.argv[2], "--no-cache"]
    main()
    """
)


def test_sigterm_while_an_output_streams_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLED_STREAM, str(WALKTHROUGH), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == EXIT_TERMINATED, done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_output_onto_a_device_writes_into_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(WALKTHROUGH), "-f", "csv", "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert Path("/dev/null").is_char_device()
