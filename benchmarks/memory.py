"""Where a report's memory goes: Python's traced memory when rendering starts, its peak before
then and while rendering and writing, and the largest holders by source line when rendering
starts.

    python benchmarks/memory.py DATA [--year 2023] [--format json] [--top 12]

Runs ``fourgood report DATA --year YEAR --format FORMAT`` in this process under tracemalloc,
with the cache of FOURGOOD_CACHE_DIR as it is (run the same report once before to measure the
warm path). Tracing slows the run several times; the figures are sizes, not times.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

from fourgood.cli.app import main as fourgood
from fourgood.cli.formats import Format

_SEEN: dict[str, Any] = {}


def _traced(render: Any) -> Any:
    """``Format.render``, noting the traced memory before it; the peak is read once the
    output is written (a renderer may give pieces made as they are written)."""

    def render_noted(*args: Any, **options: Any) -> Any:
        _SEEN["before"], _SEEN["peak_before"] = tracemalloc.get_traced_memory()
        _SEEN["snapshot"] = tracemalloc.take_snapshot()
        tracemalloc.reset_peak()
        return render(*args, **options)  # pieces made as they are written: peak read after

    return render_noted


def main() -> None:
    """Run the report traced and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--year", default="2023")
    parser.add_argument("--format", default="json", help="a file format of report")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    Format.render = _traced(Format.render)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as out:
        sys.argv = ["fourgood", "report", args.data, "--year", args.year, "-f", args.format]
        sys.argv += ["-o", str(Path(out) / f"report.{args.format}")]
        tracemalloc.start(1)
        with contextlib.suppress(SystemExit):
            fourgood()
        _SEEN["peak"] = tracemalloc.get_traced_memory()[1]
    mb = 1024 * 1024
    print(f"traced when rendering starts: {_SEEN['before'] / mb:.1f} MB")
    print(f"traced peak before rendering: {_SEEN['peak_before'] / mb:.1f} MB")
    print(f"traced peak while rendering and writing: {_SEEN['peak'] / mb:.1f} MB")
    for stat in _SEEN["snapshot"].statistics("lineno")[: args.top]:
        frame = stat.traceback[0]
        print(f"{stat.size / mb:8.1f} MB  {frame.filename}:{frame.lineno}")


if __name__ == "__main__":
    main()
