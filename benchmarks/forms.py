"""Time the ways facts get in: a cell's form written and imported back, a whole bloc's forms
imported in one command, and a recording command; print the figures next to their targets.

    python benchmarks/forms.py              # 3 runs each, medians
    python benchmarks/forms.py --runs 5

Every figure is the wall time of a fresh ``fourgood`` process, as a secretary runs it, with a
warm cache (a previous run filled it), the median of several runs. The data sets are built in
a temporary directory: a cell of 50 members with a year of meetings, and a copy of the example
bloc (``examples/lang-son``, 49 cells evaluated in 2023). Forms are filled in with openpyxl the
way a secretary fills them: every member's assessment and a new meeting with its attendance.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FOURGOOD = str(Path(sys.executable).parent / "fourgood")
TARGETS = {"form": 1.0, "import": 1.0, "bloc": 10.0, "record": 0.5}
"""The issue's targets, in seconds."""


def run(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    """The wall time of one fourgood process (a failure stops the benchmark)."""
    start = time.perf_counter()
    result = subprocess.run(
        [FOURGOOD, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"fourgood {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return elapsed


def fifty_member_cell(root: Path) -> None:
    """A data set of one cell with 50 members and eleven months of meetings in 2024."""
    (root / "programme").mkdir(parents=True)
    cell = root / "cells" / "lon"
    cell.mkdir(parents=True)
    (root / "organisation.yaml").write_text(
        "bloc: {id: khoi, name: Đảng ủy Khối}\ncells:\n"
        "  - {id: lon, name: Chi bộ Cơ quan lớn, type: agency, parent: khoi}\n",
        encoding="utf-8",
    )
    (root / "programme" / "2024.yaml").write_text(
        "cells:\n  - {cell: lon, basis: selected}\n", encoding="utf-8"
    )
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khoa", "Lan", "Minh", "Nga"]
    lines = ["members:"]
    for i in range(50):
        lines += [
            f"  - id: DV-{i + 1:04d}",
            f"    name: Nguyễn Văn {given[i % 10]} {i + 1}",
            f"    sex: {'male' if i % 2 else 'female'}",
            f"    born: {1970 + i % 25}-0{1 + i % 9}-1{i % 9}",
            f"    admitted: {2000 + i % 20}-0{1 + i % 9}-1{i % 9}",
            f"    full_member: {2001 + i % 20}-0{1 + i % 9}-1{i % 9}",
        ]
    (cell / "roster.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    meetings = ["meetings:"]
    for month in range(1, 12):
        day = date(2024, month, 5)
        absent = f", absent: {{DV-{month:04d}: excused}}"
        meetings.append(
            f"  - {{date: {day}, kind: regular, duration: 120{absent}, rating: good, "
            "minutes_recorded: true, conclusion_recorded: true}"
        )
    (cell / "meetings-2024.yaml").write_text("\n".join(meetings) + "\n", encoding="utf-8")
    (cell / "record-2024.yaml").write_text("work_programme: 2024-01-10\n", encoding="utf-8")


def fill(path: Path, out: Path, day: date) -> None:
    """Fill a form as a secretary does: a new meeting with an absence, every member's
    assessment."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    members = book[book.sheetnames[1]]
    for row in members.iter_rows(min_row=2):
        if row[0].value:
            for cell, value in zip(row[3:7], ("HTTNV", "đóng đầy đủ", "có", "tốt"), strict=True):
                cell.value = value
    meetings = book[book.sheetnames[2]]
    last = meetings.max_row
    r = last + 1
    values: list[object] = [
        datetime.combine(day, datetime.min.time()),
        "thường kỳ",
        "Họp tháng",
        120,
        "tốt",
        "có",
        "có",
    ]
    for c, entry in enumerate(values, start=1):
        meetings.cell(r, c).value = entry  # type: ignore[assignment]
    for c in range(1, meetings.max_column + 1):
        # a member present at the last meeting is still a member: excused at the new one
        if "(DV-" in str(meetings.cell(1, c).value) and meetings.cell(last, c).value == "có mặt":
            meetings.cell(r, c).value = "vắng có phép"
            break
    book.save(out)


def median(label: str, times: list[float], target: float) -> str:
    """A line of the report."""
    value = statistics.median(times)
    verdict = "ok" if value < target else "OVER"
    return f"| {label} | {value:.2f} | < {target:g} | {verdict} |"


def cell_figures(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """A 50-member cell's form written, and imported back once filled in."""
    data = work / "cell"
    fifty_member_cell(data)
    env = {**env, "FOURGOOD_TODAY": "2024-12-01"}
    form = data / "form.xlsx"
    writes = [
        run(
            ["form", "lon", "--year", "2024", "-o", str(form), "--force", "--lang", "vi"], data, env
        )
        for _ in range(runs)
    ]
    fill(form, work / "filled.xlsx", date(2024, 12, 1))
    clean = (
        (data / "cells" / "lon" / "roster.yaml").read_bytes(),
        (data / "cells" / "lon" / "meetings-2024.yaml").read_bytes(),
    )
    imports = []
    for _ in range(runs):
        (data / "cells" / "lon" / "roster.yaml").write_bytes(clean[0])
        (data / "cells" / "lon" / "meetings-2024.yaml").write_bytes(clean[1])
        imports.append(run(["import", str(work / "filled.xlsx")], data, env))
    return [
        median("form: a 50-member cell's year", writes, TARGETS["form"]),
        median("import it back, filled in (50 assessments, a meeting)", imports, TARGETS["import"]),
    ]


def bloc_figures(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """The example bloc's 49 evaluated cells: forms filled in, imported in one command; and
    a recording command on the bloc."""
    data = work / "bloc"
    shutil.copytree(ROOT / "examples" / "lang-son", data)
    env = {**env, "FOURGOOD_TODAY": "2024-02-20"}
    from fourgood.read.dataset import DataSet
    from fourgood.reporting.programme import taking_part

    ds = DataSet(str(data))
    cells = list(taking_part(ds, date(2023, 12, 1), date(2023, 12, 31)))
    forms = work / "forms"
    forms.mkdir()
    for cell in cells:
        blank = forms / f"{cell}.blank.xlsx"
        run(["form", cell, "--year", "2023", "-o", str(blank), "--lang", "vi"], data, env)
        fill(blank, forms / f"{cell}.xlsx", date(2023, 12, 28))
    filled = sorted(str(p) for p in forms.glob("*.xlsx") if ".blank" not in p.name)
    snapshot = work / "bloc-clean"
    shutil.copytree(data, snapshot)
    imports = []
    for _ in range(runs):
        shutil.rmtree(data)
        shutil.copytree(snapshot, data)
        imports.append(run(["import", *filled], data, env))
    record = [
        "meeting",
        "add",
        "attp",
        "--date",
        "2024-02-21",
        "--kind",
        "regular",
        "--duration",
        "100",
    ]
    records = []
    for _ in range(max(runs, 5)):
        shutil.copyfile(
            snapshot / "cells" / "attp" / "meetings-2024.yaml",
            data / "cells" / "attp" / "meetings-2024.yaml",
        )
        records.append(run(record, data, env))
    return [
        median(
            f"import the forms of the whole bloc ({len(filled)} cells) in one command",
            imports,
            TARGETS["bloc"],
        ),
        median("a recording command on the example bloc (meeting add)", records, TARGETS["record"]),
    ]


def main() -> None:
    """Build the data, time the commands, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="fourgood-forms-") as temporary:
        work = Path(temporary)
        env = dict(os.environ)
        env["FOURGOOD_CACHE_DIR"] = str(work / "cache")
        env.pop("FOURGOOD_LANG", None)
        lines = ["| what | median s | target | |", "|---|--:|--:|---|"]
        lines += cell_figures(work, env, runs)
        lines += bloc_figures(work, env, runs)
    print(f"fourgood forms benchmark, {runs} runs each, {datetime.now():%Y-%m-%d}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
