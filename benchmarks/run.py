"""Time fourgood as whole processes next to its floors; print medians, ratios and peak memory.

    python benchmarks/run.py                 # scales 1 and 10, 5 and 3 runs
    python benchmarks/run.py --scales 1,10,100 --runs 5

Data sets are generated on demand under benchmarks/data/ (not committed). Each figure is the
median of several runs of a fresh process; "cold" runs start with an empty cache directory,
"warm" runs with the cache a previous run filled. Peak memory is the process's maximum
resident set size. Ratios compare figures measured in the same run, because these machines
are noisy (±15% on ratios, more on absolute times).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from startup import TARGET, target_ratio
from startup import startup as measure_startup
from startup import table as startup_table

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PYTHON = sys.executable
FOURGOOD = str(BIN / "fourgood")


@dataclass
class Figure:
    """A measured command: median seconds and peak memory in MB."""

    label: str
    seconds: float
    peak_mb: float


def _once(command: list[str], cache: str | None, prepare: list[str] | None) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one fresh process."""
    env = dict(os.environ)
    # Installed packages have their bytecode compiled (pip does it); a development
    # environment that forbids writing it would time the compiler, not fourgood.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    directory = cache or tempfile.mkdtemp(prefix="fourgood-cold-")
    env["FOURGOOD_CACHE_DIR"] = directory
    if prepare:
        subprocess.run(
            prepare, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if cache is None:
        shutil.rmtree(directory, ignore_errors=True)
    return elapsed, usage.ru_maxrss / 1024  # KB on Linux


def measure(
    command: list[str], runs: int, cache: str | None = None, prepare: list[str] | None = None
) -> tuple[float, float]:
    """Median wall time and largest peak RSS of ``runs`` fresh processes.

    With ``cache``, each run uses that cache directory; ``prepare`` (if given) runs first,
    untimed, with the same environment (to fill a cache).
    """
    samples = [_once(command, cache, prepare) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def measure_pair(
    first: list[str], second: list[str], runs: int, cache: str | None = None
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Two commands measured alternately, so the ratio between them sees the same noise."""
    a: list[tuple[float, float]] = []
    b: list[tuple[float, float]] = []
    for _ in range(runs):
        a.append(_once(first, cache, first if cache else None))
        b.append(_once(second, cache, second if cache else None))
    return (
        (statistics.median(x[0] for x in a), max(x[1] for x in a)),
        (statistics.median(x[0] for x in b), max(x[1] for x in b)),
    )


def ensure_data(scale: int, root: Path) -> tuple[Path, Path]:
    """The YAML data set and its JSON twin for a scale, generated if missing."""
    data = root / f"x{scale}"
    as_json = root / f"x{scale}-json"
    if not (data / "organisation.yaml").exists():
        print(f"generating x{scale} ...", file=sys.stderr)
        subprocess.run([PYTHON, str(HERE / "generate.py"), str(scale), str(data)], check=True)
        shutil.rmtree(as_json, ignore_errors=True)
    if not as_json.exists():
        subprocess.run(
            [PYTHON, str(HERE / "floors.py"), "to-json", str(data), str(as_json)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return data, as_json


def broken_copy(data: Path, root: Path) -> Path:
    """The data set with one record broken by a typo in a key (made once, then kept)."""
    target = root / f"{data.name}-broken"
    if target.exists():
        return target
    shutil.copytree(data, target)
    records = sorted((target / "cells").glob("*/record-2023.yaml"))
    record = records[len(records) // 2]
    record.write_text(
        record.read_text(encoding="utf-8").replace("inspection:", "inspektion:"), encoding="utf-8"
    )
    return target


def size_of(path: Path) -> tuple[int, float]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str]) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10", help="comma-separated scales (1, 10, 100)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure at scale 1")
    parser.add_argument("--data", type=Path, default=HERE / "data", help="where data sets live")
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    args.data.mkdir(parents=True, exist_ok=True)

    print(
        f"# fourgood benchmark\n\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.release()}\n"
    )
    # Start-up figures are taken in rounds (each command once per round) so that the ratios
    # between them see the same machine load (benchmarks/startup.py).
    startup = measure_startup(args.runs * 3)
    print(startup_table(startup))
    print()

    results: dict[int, dict[str, tuple[float, float]]] = {}
    for scale in scales:
        runs = max(1, args.runs if scale == 1 else 3 if scale == 10 else 1)
        data, as_json = ensure_data(scale, args.data)
        broken = broken_copy(data, args.data) if scale == 1 else None
        files, megabytes = size_of(data)
        warm_cache = tempfile.mkdtemp(prefix="fourgood-warm-")
        report = [FOURGOOD, "report", str(data), "--year", "2023", "--format", "json"]
        figures = {
            "YAML floor (CSafeLoader, parse only)": measure(
                [PYTHON, str(HERE / "floors.py"), "yaml", str(data)], runs
            ),
            "JSON floor (orjson + pydantic)": measure(
                [PYTHON, str(HERE / "floors.py"), "json", str(as_json)], runs
            ),
            "fourgood validate, cold": measure([FOURGOOD, "validate", str(data)], runs),
            "fourgood report, cold": measure(report, runs),
            "fourgood report, warm": measure(report, runs, warm_cache, prepare=report),
            "fourgood validate, warm": measure([FOURGOOD, "validate", str(data)], runs, warm_cache),
            "fourgood score, warm": measure(
                [FOURGOOD, "score", str(data), "--format", "json"], runs, warm_cache
            ),
        }
        if broken is not None:
            for kind, cache in (("cold", None), ("warm", warm_cache)):
                clean, bad = measure_pair(
                    [FOURGOOD, "validate", str(data)],
                    [FOURGOOD, "validate", str(broken)],
                    runs,
                    cache,
                )
                figures[f"validate clean, {kind} (paired)"] = clean
                figures[f"validate one broken file, {kind} (paired)"] = bad
        shutil.rmtree(warm_cache, ignore_errors=True)
        results[scale] = figures
        floor = figures["JSON floor (orjson + pydantic)"][0]
        print(f"## ×{scale}: {files} files, {megabytes:.1f} MB, median of {runs} run(s)\n")
        print("| command | median s | × JSON floor | peak MB |\n|---|--:|--:|--:|")
        for label, (seconds, peak) in figures.items():
            print(f"| {label} | {seconds:.3f} | {seconds / floor:.2f} | {peak:.0f} |")
        print()

    print("## targets\n\n| target | measured | met |\n|---|--:|---|")

    def row(name: str, value: float, limit: float) -> None:
        print(f"| {name} | {value:.2f} | {'yes' if value <= limit else 'NO'} |")

    row(f"`fourgood --help` ≤ {TARGET} × import typer", target_ratio(startup), TARGET)
    if 1 in results:
        r = results[1]
        floor = r["JSON floor (orjson + pydantic)"][0]
        row("report ×1 warm ≤ 1.3 × JSON floor", r["fourgood report, warm"][0] / floor, 1.3)
        row("report ×1 cold ≤ 2.5 × JSON floor", r["fourgood report, cold"][0] / floor, 2.5)
        for kind in ("cold", "warm"):
            row(
                f"validate ×1, one broken file ≤ 1.2 × clean ({kind})",
                r[f"validate one broken file, {kind} (paired)"][0]
                / r[f"validate clean, {kind} (paired)"][0],
                1.2,
            )
    if 1 in results and 10 in results:
        for kind in ("warm", "cold"):
            label = f"fourgood report, {kind}"
            row(f"report ×10 ≤ 11 × ×1 ({kind})", results[10][label][0] / results[1][label][0], 11)
    if 100 in results:
        peak = results[100]["fourgood report, warm"][1]
        row("report ×100 warm peak memory ≤ 2048 MB", peak, 2048)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
