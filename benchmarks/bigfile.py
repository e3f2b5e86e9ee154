"""A data set of one cell whose meetings file is about 10 MB, for the issue's large-file target.

    python benchmarks/bigfile.py benchmarks/data/bigfile     # then: fourgood validate DIR

No real cell writes 10 MB of meetings in a year. To reach that size with a log that validates,
the cell meets every day of 2023 in each of the three kinds (1,095 meetings, the most one
year's log can hold: a day and a kind are entered once) and has a large roster (1,500 members),
about a quarter of them absent from each meeting, excused or not. The roster, the record and
the organisation are written the way ``generate.py`` writes them; the output is deterministic.
"""

from __future__ import annotations

import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

from generate import MODELINE, YEAR, _organisation, _record, _roster

CELL = "big"
MEMBERS = 1500
ABSENT = 0.25
KINDS = ("regular", "thematic", "combined")
MEETINGS = f"meetings-{YEAR}.yaml"
TOPICS = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Cải cách hành chính và chuyển đổi số",
    "Phòng, chống tham nhũng, tiêu cực",
    "Triển khai nghị quyết của cấp trên",
)


def _meeting(rng: random.Random, day: date, kind: str, ids: list[str]) -> list[str]:
    """One meeting in block style, its absences one a line."""
    lines = [
        f"  - date: {day.isoformat()}",
        f"    kind: {kind}",
        f"    duration: {rng.randint(60, 180)}",
        "    rating: good",
        "    minutes_recorded: true",
        "    conclusion_recorded: true",
    ]
    if kind != "regular":
        lines.insert(2, f'    topic: "{rng.choice(TOPICS)}"')
    absent = sorted(rng.sample(ids, int(len(ids) * ABSENT)))
    if absent:
        lines.append("    absent:")
        lines += [f"      {m}: {'unexcused' if rng.random() < 0.1 else 'excused'}" for m in absent]
    return lines


def build(target: Path) -> Path:
    """Write the data set into ``target`` (replaced if present); return the meetings file."""
    rng = random.Random(20231010)
    if target.exists():
        shutil.rmtree(target)
    folder = target / "cells" / CELL
    folder.mkdir(parents=True)
    (target / "programme").mkdir()
    cells = [(CELL, "Chi bộ cơ sở rất lớn (dữ liệu đo hiệu năng)", "enterprise", "bloc")]
    organisation = _organisation(cells, []).replace("committees:\n", "committees: []\n")
    (target / "organisation.yaml").write_text(organisation, encoding="utf-8")
    (target / "programme" / f"{YEAR}.yaml").write_text(
        f"cells:\n  - {{cell: {CELL}, basis: selected}}\n", encoding="utf-8"
    )
    roster, ids = _roster(rng, CELL, MEMBERS)
    (folder / "roster.yaml").write_text(roster, encoding="utf-8")
    (folder / f"record-{YEAR}.yaml").write_text(_record(rng), encoding="utf-8")
    lines = [MODELINE.format(kind="meetings"), "meetings:"]
    day = date(YEAR, 1, 1)
    while day.year == YEAR:
        for kind in KINDS:
            lines += _meeting(rng, day, kind, ids)
        day += timedelta(days=1)
    meetings = folder / MEETINGS
    meetings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return meetings


def main(argv: list[str]) -> int:
    """``bigfile.py TARGET``: build and print the meetings file's size."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    meetings = build(Path(argv[0]))
    print(f"{meetings}: {meetings.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
