"""Time fourgood's start-up against ``import typer``; print the table and the target's row.

    python benchmarks/startup.py              # 15 rounds
    python benchmarks/startup.py --rounds 25

Each round runs every command once, in turn, so that the ratios between them see the same
machine load; figures are medians of fresh processes. ``import typer, pydantic`` is what a
``--help`` would cost if it paid for the converters typer 0.29 builds with pydantic
(``fourgood.cli.lazy`` defers them to the options given).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

PYTHON = sys.executable
FOURGOOD = str(Path(sys.executable).parent / "fourgood")
TARGET = 1.2
"""The performance issue's target: ``fourgood --help`` within 1.2 × ``import typer``."""

COMMANDS = {
    "python -c pass": [PYTHON, "-c", "pass"],
    'python -c "import typer"': [PYTHON, "-c", "import typer"],
    'python -c "import typer, pydantic"': [PYTHON, "-c", "import typer, pydantic"],
    "fourgood --help": [FOURGOOD, "--help"],
    "fourgood validate --help": [FOURGOOD, "validate", "--help"],
    "fourgood score --help": [FOURGOOD, "score", "--help"],
    "fourgood report --help --lang vi": [FOURGOOD, "report", "--help", "--lang", "vi"],
}


def _once(command: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one fresh process."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # time fourgood, not the bytecode compiler
    env["FOURGOOD_CACHE_DIR"] = tempfile.mkdtemp(prefix="fourgood-startup-")
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    os.rmdir(env["FOURGOOD_CACHE_DIR"])
    return elapsed, usage.ru_maxrss / 1024  # KB on Linux


def startup(rounds: int) -> dict[str, tuple[float, float]]:
    """Each command's median seconds and largest peak MB over ``rounds`` rounds."""
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label in COMMANDS}
    for _ in range(rounds):
        for label, command in COMMANDS.items():
            samples[label].append(_once(command))
    return {
        label: (statistics.median(s[0] for s in got), max(s[1] for s in got))
        for label, got in samples.items()
    }


def table(figures: dict[str, tuple[float, float]]) -> str:
    """The start-up table, each figure also as a ratio to ``import typer``."""
    typer_s = figures['python -c "import typer"'][0]
    lines = ["| start-up | median s | × import typer | peak MB |", "|---|--:|--:|--:|"]
    for label, (seconds, peak) in figures.items():
        lines.append(f"| `{label}` | {seconds:.3f} | {seconds / typer_s:.2f} | {peak:.0f} |")
    return "\n".join(lines)


def target_ratio(figures: dict[str, tuple[float, float]]) -> float:
    """``fourgood --help`` over ``import typer``."""
    return figures["fourgood --help"][0] / figures['python -c "import typer"'][0]


def main(argv: list[str]) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="runs of each command")
    args = parser.parse_args(argv)
    figures = startup(args.rounds)
    print(f"typer {version('typer')}, median of {args.rounds} rounds\n")
    print(table(figures))
    ratio = target_ratio(figures)
    print(f"\n`fourgood --help` ≤ {TARGET} × import typer: {ratio:.2f}", end=" ")
    print("(met)" if ratio <= TARGET else "(NOT met)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
