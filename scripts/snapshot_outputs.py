#!/usr/bin/env python3
"""Write every output of fourgood on the bundled examples into a directory, to compare versions.

Usage: ``python scripts/snapshot_outputs.py OUT_DIR``, once with each version installed, then
``diff -r A B``. Every command, format and language runs in-process with a fixed terminal width
and no cache; each output is one file named after its command line. A refactoring that keeps
behaviour leaves the two directories identical.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = Path("examples")  # relative: paths in messages are the same in any checkout

RUNS: list[list[str]] = []
for data, years, months in (
    ("walkthrough", ["2023"], ["2023-05"]),
    ("lang-son", ["2023", "2024"], ["2023-03", "2024-02"]),
):
    path = str(EXAMPLES / data)
    for fmt in ("text", "github", "json"):
        RUNS.append(["validate", path, "--format", fmt])
    for year in years:
        as_of = ["--as-of", "2024-02-20"] if year == "2024" else []
        for fmt in ("table", "json", "csv", "markdown", "xlsx"):
            RUNS.append(["score", path, "--year", year, "--format", fmt, *as_of])
        for fmt in ("table", "markdown"):
            RUNS.append(["score", path, "--year", year, "--format", fmt, "--explain", *as_of])
        for fmt in ("table", "json", "csv", "markdown", "html", "xlsx"):
            RUNS.append(["report", path, "--year", year, "--format", fmt, *as_of])
    for month in months:
        for fmt in ("table", "json", "csv", "markdown"):
            RUNS.append(["followup", path, "--month", month, "--format", fmt])
RUNS.append(["score", str(EXAMPLES / "walkthrough"), "--year", "2023", "--redact", "--explain"])
RUNS.append(["score", str(EXAMPLES / "walkthrough"), "--cell", "van-phong", "--format", "json"])
RUNS.append(["score", str(EXAMPLES / "walkthrough"), "--type", "agency"])
RUNS.append(["schema"])


def main(out: Path) -> None:
    os.environ.update(COLUMNS="100", FOURGOOD_REDACT_KEY="snapshot")
    out = out.resolve()
    os.chdir(ROOT)
    from typer.testing import CliRunner

    from fourgood.cli import app

    out.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    for lang in ("en", "vi"):
        for args in RUNS:
            name = f"{lang}_" + "_".join(a.replace("/", "-") for a in args)
            target = out / name
            full = [*args, "--lang", lang]
            if args[0] != "schema":
                full.append("--no-cache")
            binary = "xlsx" in args
            if binary:
                full += ["--output", str(target) + ".bin"]
            result = runner.invoke(app, full)
            text = f"exit {result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n"
            text += result.stderr
            target.write_text(text, encoding="utf-8")
            if result.exception and not isinstance(result.exception, SystemExit):
                raise result.exception
    print(f"{len(RUNS) * 2} outputs in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
