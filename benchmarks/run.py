"""Time fourgood as whole processes next to its floors; print every figure of the performance
issue, its targets (met or not) and a national projection, as Markdown for RESULTS.md.

    python benchmarks/run.py --scales 1 --runs 1               # a quick check, a minute or two
    python benchmarks/run.py                                   # ×1 and ×10, 5 and 3 rounds
    python benchmarks/run.py --scales 1,10,100 --once 300      # every figure the issue asks for

Data sets are generated on demand under benchmarks/data/ (not committed). For each scale:

- a warm-up reads every file of the data sets (YAML, its JSON twin, the copy with one broken
  file), so every figure, floors included, sees its files in the page cache;
- then rounds: each round runs every measured command once, in the same order, so the ratios
  see the same machine load; figures are medians over the rounds (peak memory: the largest).
  Rounds: ``--runs`` at ×1, at most 3 at ×10, 1 from ×100;
- *cold*: a fresh empty cache directory (FOURGOOD_CACHE_DIR) per run; *warm*: the cache an
  untimed run of the same command filled just before;
- peak memory is the child's maximum resident set size (``ru_maxrss``); Linux counts in it
  the harness's own size when the child started (printed at the end);
- a run still going after ``--limit`` seconds (1800) is stopped and its figure flagged.

Scales given to ``--once`` (e.g. 300) are measured after the others with one round and only
the main commands (floors, validate cold and warm, report json cold and warm, report xlsx
warm); they check the projection fitted on the other scales (a scale given to both options
is measured in full). The one 10 MB file
(benchmarks/bigfile.py) and the start-up table (benchmarks/startup.py) are measured too.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import bigfile
import startup

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
FOURGOOD = str(Path(sys.executable).parent / "fourgood")
FORMATS = ("table", "csv", "markdown", "html", "xlsx", "docx")
"""report's formats besides json; xlsx and docx are written to a file (``-o``)."""
NATIONAL = 1300
"""Every bloc of the country: about 1,300 × the example bloc (scale 1)."""
MEMORY_MB = 512
YAML_FLOOR = "YAML floor (CSafeLoader, parse only)"
JSON_FLOOR = "JSON floor (orjson + pydantic)"
MAIN = (
    "validate, cold",
    "validate, warm",
    "report json, cold",
    "report json, warm",
    "report xlsx, warm",
)
"""The commands measured at every scale, ``--once`` scales included, and projected."""
PACKAGES = ("typer", "pydantic", "pydantic-core", "PyYAML", "ruamel.yaml", "orjson", "XlsxWriter")


@dataclass(frozen=True)
class Job:
    """A command measured in every round: warm runs use ``cache``, filled just before."""

    label: str
    command: list[str]
    cache: Path | None = None
    expect: int = 0
    """The exit status of a correct run (1 for a data set with an error)."""


@dataclass(frozen=True)
class Figure:
    """A command's median seconds and largest peak MB over the rounds."""

    seconds: float
    peak_mb: float
    note: str = ""


Figures = dict[str, Figure]


LIMIT = 1800.0
"""Seconds after which a run is stopped (``--limit``); its figure is then a lower bound."""


def _run(command: list[str], env: dict[str, str], limit: float) -> tuple[float, float, int | None]:
    """Wall time, peak RSS (MB) and exit status of one process (None: stopped at ``limit``)."""
    stopped: list[bool] = []
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )

    def stop() -> None:
        stopped.append(True)
        process.kill()

    timer = threading.Timer(limit, stop)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    timer.cancel()
    code = None if stopped else os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, code  # KB on Linux


def _once(job: Job, limit: float) -> tuple[float, float, int | None]:
    """One fresh process of a job; a warm one after an untimed run of the same command."""
    env = dict(os.environ)
    # Installed packages have their bytecode compiled (pip does it); a development
    # environment that forbids writing it would time the compiler, not fourgood.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    directory = str(job.cache) if job.cache else tempfile.mkdtemp(prefix="fourgood-cold-")
    env["FOURGOOD_CACHE_DIR"] = directory
    if job.cache:
        prepared = _run(job.command, env, limit)
        if prepared[2] is None:
            return prepared  # the untimed run was stopped: the timed one would be too
    sample = _run(job.command, env, limit)
    if not job.cache:
        shutil.rmtree(directory, ignore_errors=True)
    return sample


def measure(jobs: list[Job], rounds: int, name: str, limit: float) -> Figures:
    """Every job once per round, in order; medians and largest peaks over the rounds."""
    samples: dict[str, list[tuple[float, float, int | None]]] = {job.label: [] for job in jobs}
    for r in range(rounds):
        for job in jobs:
            print(f"{name} round {r + 1}/{rounds}: {job.label}", file=sys.stderr, flush=True)
            samples[job.label].append(_once(job, limit))
    figures = {}
    for job in jobs:
        got = samples[job.label]
        wrong = sorted({s[2] for s in got if s[2] not in (job.expect, None)})
        note = f" (exit {', '.join(map(str, wrong))}!)" if wrong else ""
        if any(s[2] is None for s in got):
            note += f" (stopped at the {limit:g} s limit!)"
        figures[job.label] = Figure(
            statistics.median(s[0] for s in got), max(s[1] for s in got), note
        )
    return figures


def _files(root: Path) -> Iterator[Path]:
    """Every file under ``root``, walked (``rglob`` keeps a set of every path it yielded)."""
    for folder, _, names in os.walk(root):
        for name in names:
            yield Path(folder, name)


def warm_up(*roots: Path) -> None:
    """Read every file under ``roots`` once (untimed), so that timed runs find them cached."""
    for root in roots:
        for path in _files(root):
            with path.open("rb") as file:
                while file.read(1 << 20):  # by the MB: the harness stays small
                    pass


def _to_json(data: Path, as_json: Path) -> None:
    """The JSON twin of a data set, for the JSON floor."""
    subprocess.run(
        [PYTHON, str(HERE / "floors.py"), "to-json", str(data), str(as_json)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def ensure_data(scale: int, root: Path) -> tuple[Path, Path]:
    """The YAML data set and its JSON twin for a scale, generated if missing."""
    data = root / f"x{scale}"
    as_json = root / f"x{scale}-json"
    if not (data / "organisation.yaml").exists():
        print(f"generating x{scale} ...", file=sys.stderr)
        subprocess.run([PYTHON, str(HERE / "generate.py"), str(scale), str(data)], check=True)
        shutil.rmtree(as_json, ignore_errors=True)
        shutil.rmtree(root / f"{data.name}-broken", ignore_errors=True)
    if not as_json.exists():
        _to_json(data, as_json)
    return data, as_json


def ensure_bigfile(root: Path) -> tuple[Path, Path]:
    """The data set with one 10 MB meetings file and its JSON twin, built if missing."""
    data = root / "bigfile"
    as_json = root / "bigfile-json"
    if not (data / "organisation.yaml").exists():
        print("building the 10 MB file ...", file=sys.stderr)
        bigfile.build(data)
        shutil.rmtree(as_json, ignore_errors=True)
    if not as_json.exists():
        _to_json(data, as_json)
    return data, as_json


def broken_copy(data: Path, root: Path) -> Path:
    """The data set with one record broken by a typo in a key (made once, then kept).

    The other files are hard links to the clean set's: the same bytes, the same page cache.
    """
    target = root / f"{data.name}-broken"
    if target.exists():
        return target
    shutil.copytree(data, target, copy_function=os.link)
    records = sorted((target / "cells").glob("*/record-2023.yaml"))
    record = records[len(records) // 2]
    text = record.read_text(encoding="utf-8")
    record.unlink()  # a new file, not the clean set's through the link
    record.write_text(text.replace("inspection:", "inspektion:"), encoding="utf-8")
    return target


def size_of(path: Path) -> tuple[int, float]:
    """Number of files and MB under ``path``."""
    files, total = 0, 0
    for p in _files(path):
        files += 1
        total += p.stat().st_size
    return files, total / 1e6


def floor_jobs(data: Path, as_json: Path) -> list[Job]:
    """The YAML and JSON floors (benchmarks/floors.py) of a data set."""
    floors = [PYTHON, str(HERE / "floors.py")]
    return [
        Job(YAML_FLOOR, [*floors, "yaml", str(data)]),
        Job(JSON_FLOOR, [*floors, "json", str(as_json)]),
    ]


def scale_jobs(
    data: Path, broken: Path | None, warm: Path, out: Path, main_only: bool
) -> list[Job]:
    """fourgood's commands at a scale, in the order of a round (broken paired with clean)."""
    report = [FOURGOOD, "report", str(data), "--year", "2023", "--format"]
    validate = [FOURGOOD, "validate", str(data)]
    bad = [FOURGOOD, "validate", str(broken)] if broken else []
    score = [FOURGOOD, "score", str(data), "--year", "2023", "--format", "json"]
    jobs = [Job("validate, cold", validate)]
    if bad and not main_only:
        jobs.append(Job("validate one broken file, cold", bad, expect=1))
    jobs.append(Job("validate, warm", validate, warm))
    if bad and not main_only:
        jobs.append(Job("validate one broken file, warm", bad, out / "broken-cache", expect=1))
    jobs += [
        Job("report json, cold", [*report, "json"]),
        Job("report json, warm", [*report, "json"], warm),
    ]
    if not main_only:
        jobs += [Job("score json, cold", score), Job("score json, warm", score, warm)]
    for fmt in ("xlsx",) if main_only else FORMATS:
        output = ["-o", str(out / f"report.{fmt}")] if fmt in ("xlsx", "docx") else []
        jobs.append(Job(f"report {fmt}, warm", [*report, fmt, *output], warm))
    return jobs


def rounds_at(scale: int, runs: int, once: bool) -> int:
    """Rounds at a scale: ``runs`` at ×1, at most 3 at ×10, 1 from ×100 and for --once."""
    if once or scale >= 100:
        return 1
    return max(1, min(runs, 3) if scale >= 10 else runs)


def run_scale(
    scale: int, root: Path, runs: int, once: bool, limit: float
) -> tuple[Figures, tuple[int, float, float]]:
    """Generate, warm up and measure one scale; print its table; return it with the sizes
    of the data set (files, MB) and of the warm cache (MB)."""
    data, as_json = ensure_data(scale, root)
    broken = None if once else broken_copy(data, root)
    rounds = rounds_at(scale, runs, once)
    with tempfile.TemporaryDirectory(prefix="fourgood-bench-") as temporary:
        out = Path(temporary)
        (out / "broken-cache").mkdir()
        (out / "warm-cache").mkdir()
        print(f"x{scale}: warming up the page cache ...", file=sys.stderr, flush=True)
        warm_up(data, as_json, *([broken] if broken else []))
        jobs = floor_jobs(data, as_json) + scale_jobs(data, broken, out / "warm-cache", out, once)
        load = os.getloadavg()[0]
        figures = measure(jobs, rounds, f"x{scale}", limit)
        cache_mb = size_of(out / "warm-cache")[1]
    files, megabytes = size_of(data)
    print(
        f"## ×{scale}: {files} files, {megabytes:.1f} MB (warm cache {cache_mb:.0f} MB), "
        f"median of {rounds} round(s){', main commands only' if once else ''}, "
        f"load average {load:.2f} at start\n"
    )
    print(scale_table(figures), end="\n\n", flush=True)
    return figures, (files, megabytes, cache_mb)


def scale_table(figures: Figures) -> str:
    """A scale's figures, each also against the JSON floor (and report's against json warm)."""
    floor = figures[JSON_FLOOR].seconds
    json_warm = figures["report json, warm"].seconds
    lines = ["| command | median s | × JSON floor | × report json warm | peak MB |"]
    lines.append("|---|--:|--:|--:|--:|")
    for label, f in figures.items():
        versus = f"{f.seconds / json_warm:.2f}" if label.startswith("report ") else ""
        lines.append(
            f"| {label}{f.note} | {f.seconds:.3f} | {f.seconds / floor:.2f} | {versus} "
            f"| {f.peak_mb:.0f} |"
        )
    return "\n".join(lines)


def run_bigfile(root: Path, runs: int, limit: float) -> Figures:
    """The one 10 MB meetings file: floors and validate, cold and warm; print its table."""
    data, as_json = ensure_bigfile(root)
    with tempfile.TemporaryDirectory(prefix="fourgood-bench-") as temporary:
        warm_up(data, as_json)
        validate = [FOURGOOD, "validate", str(data)]
        cold, warm = (
            Job("validate, cold", validate),
            Job("validate, warm", validate, Path(temporary)),
        )
        jobs = [*floor_jobs(data, as_json), cold, warm]
        figures = measure(jobs, max(1, runs), "10 MB file", limit)
    meetings = data / "cells" / bigfile.CELL / bigfile.MEETINGS
    print(
        f"## One 10 MB file: {meetings.stat().st_size / 1e6:.1f} MB of meetings "
        f"({len(bigfile.KINDS) * 365} meetings, {bigfile.MEMBERS} members), "
        f"median of {max(1, runs)} round(s)\n"
    )
    floor = figures[JSON_FLOOR].seconds
    print("| command | median s | × JSON floor | peak MB |\n|---|--:|--:|--:|")
    for label, f in figures.items():
        print(f"| {label}{f.note} | {f.seconds:.3f} | {f.seconds / floor:.2f} | {f.peak_mb:.0f} |")
    print(flush=True)
    return figures


Results = dict[int, Figures]


def _row(name: str, value: float | None, limit: float, unit: str = "×") -> str:
    """A targets row: the figure against its limit, or *not measured*."""
    if value is None:
        return f"| {name} | not measured | {limit:g} {unit} | — |"
    shown = f"{value:.0f}" if unit == "MB" else f"{value:.2f}"
    return f"| {name} | {shown} {unit} | {limit:g} {unit} | {'met' if value <= limit else 'NO'} |"


def _ratio(results: Results, scale: int, label: str, base: str = JSON_FLOOR) -> float | None:
    """``label`` over ``base`` at a scale, or None when either was not measured."""
    figures = results.get(scale, {})
    if label not in figures or base not in figures:
        return None
    return figures[label].seconds / figures[base].seconds


def startup_rows(figures: dict[str, tuple[float, float]]) -> list[str]:
    """Every fourgood ``--help`` row of the start-up table against ``import typer``."""
    typer = figures['python -c "import typer"'][0]
    return [
        _row(f"`{label}` ≤ {startup.TARGET} × `import typer`", f[0] / typer, startup.TARGET)
        for label, f in figures.items()
        if label.startswith("fourgood ")
    ]


def floor_rows(results: Results) -> list[str]:
    """report cold and warm against the JSON floor, and validate broken against clean."""
    cold, warm = "report json, cold", "report json, warm"
    rows = [
        _row(f"report json cold ≤ 2.5 × JSON floor at ×{s}", _ratio(results, s, cold), 2.5)
        for s in (1, 10)
    ]
    rows += [
        _row(f"report json warm ≤ {limit} × JSON floor at ×{s}", _ratio(results, s, warm), limit)
        for s, limit in ((1, 1.3), (10, 1.15), (100, 1.15))
    ]
    for scale in sorted(results):
        for kind in ("cold", "warm"):
            ratio = _ratio(results, scale, f"validate one broken file, {kind}", f"validate, {kind}")
            if ratio is not None or scale == 1:
                name = f"validate one broken file ≤ 1.2 × clean at ×{scale}, {kind}"
                rows.append(_row(name, ratio, 1.2))
    return rows


def format_rows(results: Results, scale: int = 10) -> list[str]:
    """The slowest format's warm report against json's, at ×10."""
    ratios = {
        fmt: _ratio(results, scale, f"report {fmt}, warm", "report json, warm") for fmt in FORMATS
    }
    known = {fmt: r for fmt, r in ratios.items() if r is not None}
    if not known:
        return [_row(f"every format warm ≤ 1.5 × json warm at ×{scale}", None, 1.5)]
    worst = max(known, key=lambda fmt: known[fmt])
    name = f"every format warm ≤ 1.5 × json warm at ×{scale} (worst: {worst})"
    return [_row(name, known[worst], 1.5)]


def growth_rows(results: Results) -> list[str]:
    """Linear growth: ×10 ≤ 11 × ×1 and ×100 ≤ 11 × ×10, report and validate, cold and warm."""
    rows = []
    for small, big in ((1, 10), (10, 100)):
        for label in ("report json, cold", "report json, warm", "validate, cold", "validate, warm"):
            a, b = results.get(small, {}).get(label), results.get(big, {}).get(label)
            ratio = b.seconds / a.seconds if a and b else None
            rows.append(_row(f"{label}: ×{big} ≤ 11 × ×{small}", ratio, 11))
    return rows


def memory_rows(results: Results, once: list[int]) -> list[str]:
    """Peak memory of the worst fourgood command at ×100, and at each ``--once`` scale."""
    rows = []
    for scale in sorted({100, *once}):
        figures = {k: f for k, f in results.get(scale, {}).items() if "floor" not in k}
        which = "main commands" if scale in once else "every command and format"
        if not figures:
            rows.append(_row(f"peak memory ≤ {MEMORY_MB} MB at ×{scale}", None, MEMORY_MB, "MB"))
            continue
        worst = max(figures, key=lambda k: figures[k].peak_mb)
        name = f"peak memory ≤ {MEMORY_MB} MB at ×{scale}, {which} (worst: {worst})"
        rows.append(_row(name, figures[worst].peak_mb, MEMORY_MB, "MB"))
    return rows


def targets(
    results: Results, start: dict[str, tuple[float, float]], big: Figures, once: list[int]
) -> str:
    """The issue's targets, each met or NO."""
    lines = ["## Targets\n", "| target | measured | limit | met |", "|---|--:|--:|---|"]
    lines += startup_rows(start) + floor_rows(results) + format_rows(results)
    lines += growth_rows(results) + memory_rows(results, once)
    cold = big["validate, cold"]
    lines.append(_row(f"one 10 MB file: validate cold ≤ 3 s{cold.note}", cold.seconds, 3, "s"))
    lines.append(
        _row(f"one 10 MB file: validate cold ≤ 200 MB{cold.note}", cold.peak_mb, 200, "MB")
    )
    figures = [f for scale in results.values() for f in scale.values()] + list(big.values())
    if any("stopped" in f.note for f in figures):
        lines.append(
            "\nFigures *stopped at the limit* (tables above) are lower bounds, in seconds and "
            "in MB: a row built on one is *met* only if the whole run would have been."
        )
    return "\n".join(lines)


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Fixed cost and cost per ×1: least squares on two scales or more, else proportional."""
    if len(points) < 2:
        scale, value = points[0]
        return 0.0, value / scale
    xs, ys = [float(p[0]) for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    slope /= sum((x - mx) ** 2 for x in xs)
    return my - slope * mx, slope


def _duration(seconds: float) -> str:
    """Seconds as s, min or h."""
    if seconds < 120:
        return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.1f} h"


def _reached(fixed: float, per_unit: float, limit: float) -> str:
    """The scale at which a linear cost reaches ``limit``."""
    if fixed >= limit:
        return "already"
    return f"×{(limit - fixed) / per_unit:,.0f}" if per_unit > 0 else "never (flat)"


Sizes = dict[int, tuple[int, float, float]]
"""Per scale: files, MB of YAML, MB of the warm cache directory."""


def projection(results: Results, sizes: Sizes, once: list[int], ram_mb: float) -> str:
    """Each main command's cost fitted on the scales measured in full, projected to ×1300
    and checked against the ``--once`` scales; where memory would stop it."""
    fitted = sorted(s for s in results if s not in once)
    checks = sorted(s for s in once if s in results)
    on = ", ".join(f"×{s}" for s in fitted)
    lines = [f"## National projection: ×{NATIONAL} from {on}\n"]
    head = ["command", "fixed s", "s per ×1", f"×{NATIONAL} time"]
    head += [f"×{s} projected / measured" for s in checks]
    head += [f"peak MB at ×{NATIONAL}", f"{MEMORY_MB} MB reached at", "RAM reached at"]
    lines += ["| " + " | ".join(head) + " |", "|---" + "|--:" * (len(head) - 1) + "|"]
    for label in MAIN:
        seconds = [(s, results[s][label].seconds) for s in fitted if label in results[s]]
        peaks = [(s, results[s][label].peak_mb) for s in fitted if label in results[s]]
        fixed, per_unit = fit(seconds)
        row = [label, f"{fixed:.2f}", f"{per_unit:.3f}", _duration(fixed + per_unit * NATIONAL)]
        for s in checks:
            projected = _duration(fixed + per_unit * s)
            row.append(f"{projected} / {_duration(results[s][label].seconds)}")
        if len(peaks) < 2:
            row += ["— (one scale)"] * 3
        else:
            mem_fixed, mem_unit = fit(peaks)
            row.append(f"{mem_fixed + mem_unit * NATIONAL:,.0f}")
            row += [_reached(mem_fixed, mem_unit, MEMORY_MB), _reached(mem_fixed, mem_unit, ram_mb)]
        lines.append("| " + " | ".join(row) + " |")
    largest = max(fitted)
    files, megabytes, cache_mb = sizes[largest]
    lines += [
        "",
        f"Assumed: time and peak memory grow linearly with the scale (a fixed cost plus a cost"
        f" per ×1, {'least squares' if len(fitted) > 1 else 'proportional to one scale'}),"
        f" one process on one core, every file in the page cache. At ×{NATIONAL} (from ×"
        f"{largest}) the data set is {files / largest * NATIONAL:,.0f} files and "
        f"{megabytes / largest * NATIONAL / 1e3:.1f} GB of YAML, the cache "
        f"{cache_mb / largest * NATIONAL / 1e3:.1f} GB, against {ram_mb / 1024:.0f} GiB of RAM"
        " for the processes and the page cache together. Scaling stops at the first limit"
        " reached: memory (columns above), the page cache once data and cache outgrow RAM"
        " (then every run is cold on disk), or the hours a cold run takes on one core.",
    ]
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def header() -> str:
    """Machine, Python, packages, date, command line and load average, for RESULTS.md."""
    import yaml

    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    git = ["git", "-C", str(HERE), "describe", "--always", "--dirty"]
    commit = subprocess.run(git, capture_output=True, text=True, check=False).stdout.strip()
    packages = ", ".join(f"{p} {_version(p)}" for p in PACKAGES)
    libyaml = "with libyaml" if yaml.__with_libyaml__ else "WITHOUT libyaml"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join(
        [
            "# fourgood benchmark\n",
            f"- date: {datetime.now().astimezone():%Y-%m-%d %H:%M %z}",
            f"- command: `{shlex.join(sys.orig_argv)}`",
            f"- machine: {platform.node()}, {platform.machine()}, {os.cpu_count()} cores, "
            f"{ram:.1f} GiB, {platform.system()} {platform.release()}",
            f"- Python: {platform.python_implementation()} {platform.python_version()}",
            f"- fourgood {_version('fourgood')} ({commit or 'no git'}); {packages}; "
            f"PyYAML {libyaml}",
            f"- load average (1, 5, 15 min) at start: {load}\n",
        ]
    )


def _scales(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def main(argv: list[str]) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10", help="comma-separated scales: 1, 10, 100")
    parser.add_argument(
        "--once", default="", help="scales measured once, main commands only (e.g. 300)"
    )
    parser.add_argument("--runs", type=int, default=5, help="rounds at scale 1 (at most 3 at 10)")
    parser.add_argument("--data", type=Path, default=HERE / "data", help="where data sets live")
    parser.add_argument(
        "--limit", type=float, default=LIMIT, help=f"stop a run after this many s ({LIMIT:g})"
    )
    args = parser.parse_args(argv)
    scales = _scales(args.scales)
    once = [s for s in _scales(args.once) if s not in scales]
    args.data.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    print(header(), flush=True)

    rounds = max(1, args.runs * 3)
    start = startup.startup(rounds)
    print(f"## Start-up: median of {rounds} rounds\n\n{startup.table(start)}\n", flush=True)
    results: Results = {}
    sizes: Sizes = {}
    for scale in scales + once:
        once_only = scale in once
        results[scale], sizes[scale] = run_scale(scale, args.data, args.runs, once_only, args.limit)
    big = run_bigfile(args.data, args.runs, args.limit)
    print(targets(results, start, big, once), end="\n\n")
    ram_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    print(projection(results, sizes, once, ram_mb), end="\n\n")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"- load average (1, 5, 15 min) at end: {load}")
    print(f"- wall time of the whole run: {_duration(time.monotonic() - began)}")
    # Linux carries a process's peak across exec, so a child's peak reads at least the RSS
    # of this harness when it started the child: readings below this are the harness's.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"- peak memory of the harness itself: {own:.0f} MB (no figure reads below it)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
