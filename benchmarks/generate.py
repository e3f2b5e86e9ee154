"""Synthetic data sets in fourgood's real format, for timing at province scale and beyond.

    python benchmarks/generate.py 1 benchmarks/data/x1      # ~300 cells, ~4,400 members
    python benchmarks/generate.py 10 benchmarks/data/x10    # ten times that

Scale 1 is a province: 300 cells (30 grassroots committees of 9 cells, 30 grassroots cells),
~4,400 members and ~5,000 meetings in 2023, every cell in the programme with a full year of
meetings and an annual record. The output is deterministic (a fixed seed per scale) and is
written as a person would write it, block style for members and one line per meeting.
Only the standard library is used, so the generator runs before fourgood is installed.
"""

from __future__ import annotations

import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

FAMILY = (
    ["Nguyễn"] * 8
    + ["Trần"] * 3
    + ["Lê"] * 3
    + ["Phạm"] * 2
    + [
        "Hoàng",
        "Vũ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Ngô",
        "Dương",
        "Lý",
        "Nông",
        "Lương",
        "Vi",
        "Hà",
    ]
)
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh"]
MIDDLE_F = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng"]
GIVEN_M = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hùng",
    "Khoa",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Tuấn",
    "Việt",
]
GIVEN_F = [
    "Anh",
    "Ánh",
    "Chi",
    "Dung",
    "Hà",
    "Hằng",
    "Hoa",
    "Lan",
    "Linh",
    "Mai",
    "Ngọc",
    "Nhung",
    "Phương",
    "Thảo",
    "Trang",
    "Yến",
]
TYPES = ["agency", "public_service", "enterprise"]
YEAR = 2023
MODELINE = "# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"


def _name(rng: random.Random, sex: str) -> str:
    if sex == "male":
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _organisation(cells: list[tuple[str, str, str, str]], committees: list[str]) -> str:
    lines = [
        "bloc:",
        "  id: bloc",
        "  name: Đảng ủy Khối các cơ quan tỉnh (dữ liệu đo hiệu năng)",
        "committees:",
    ]
    lines += [f"  - {{id: {c}, name: Đảng bộ cơ sở {c.upper()}}}" for c in committees]
    lines += ["sections: []", "cells:"]
    for cell_id, name, cell_type, parent in cells:
        lines += [
            f"  - id: {cell_id}",
            f"    name: {name}",
            f"    type: {cell_type}",
            f"    parent: {parent}",
        ]
    return "\n".join(lines) + "\n"


def _roster(rng: random.Random, cell: str, size: int) -> tuple[str, list[str]]:
    lines = [MODELINE.format(kind="roster"), "members:"]
    ids = []
    for i in range(size):
        sex = "female" if rng.random() < 0.45 else "male"
        born = _day(rng, date(1965, 1, 1), date(1998, 12, 31))
        admitted = date(born.year + rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 28))
        admitted = min(admitted, date(2022, 6, 30))
        member_id = f"{cell}-{i + 1:03d}"
        ids.append(member_id)
        rating = "HTXSNV" if i == 0 else ("HTNV" if rng.random() < 0.03 else "HTTNV")
        dues = "late" if rng.random() < 0.02 else "in_full"
        role = "secretary" if i == 0 else "deputy" if i == 1 else "member"
        lines += [
            f"  - id: {member_id}",
            f"    name: {_name(rng, sex)}",
            f"    sex: {sex}",
            f"    born: {born.isoformat()}",
            f"    admitted: {admitted.isoformat()}",
            f"    full_member: {date(admitted.year + 1, admitted.month, admitted.day).isoformat()}",
            f"    role: {role}",
            "    years:",
            f"      {YEAR}: {{rating: {rating}, dues: {dues}, studied: true, "
            "residence_feedback: good}",
        ]
    return "\n".join(lines) + "\n", ids


def _meetings(rng: random.Random, ids: list[str]) -> str:
    lines = [MODELINE.format(kind="meetings"), "meetings:"]
    for month in range(1, 13):
        day = date(YEAR, month, rng.randint(5, 15))
        absent = ""
        if rng.random() < 0.3:
            absent = f", absent: {{{rng.choice(ids)}: excused}}"
        lines.append(
            f"  - {{date: {day.isoformat()}, kind: regular, duration: {rng.randint(90, 150)}, "
            f"rating: good, minutes_recorded: true, conclusion_recorded: true{absent}}}"
        )
        if month % 3 == 0 or rng.random() < 0.1:
            topic = rng.choice(
                [
                    "Học tập nghị quyết",
                    "Cải cách hành chính",
                    "Chuyển đổi số",
                    "Phòng, chống tham nhũng",
                ]
            )
            lines.append(
                f"  - {{date: {(day + timedelta(days=7)).isoformat()}, kind: thematic, "
                f'topic: "{topic}", duration: 120, rating: good, minutes_recorded: true, '
                "conclusion_recorded: true}"
            )
    return "\n".join(lines) + "\n"


def _record(rng: random.Random) -> str:
    return (
        MODELINE.format(kind="record")
        + "\n".join(
            [
                f"work_programme: {YEAR}-01-{rng.randint(5, 28):02d}",
                "targets:",
                *[
                    f"  - {{name: Chỉ tiêu {i + 1}, achieved: true}}"
                    for i in range(rng.randint(3, 6))
                ],
                "key_tasks:",
                "  - {name: Triển khai nghị quyết, completed: true}",
                "mass_organisations: {trade_union: HTTNV, youth_union: HTTNV}",
                "incidents: []",
                "inspection: {planned: 2, done: 2}",
                f"self_criticism: {YEAR}-12-{rng.randint(10, 28):02d}",
                "candidates: 1",
                "assessed:",
                f"  P4: {{points: {rng.randint(17, 20)}, note: Hoàn thành tốt}}",
                f"  S5: {{points: {rng.randint(17, 20)}, note: Đoàn kết}}",
                f"classification: {'HTXSNV' if rng.random() < 0.1 else 'HTTNV'}",
            ]
        )
        + "\n"
    )


def generate(scale: int, target: Path) -> None:
    """Write a data set of ``scale`` × province size into ``target`` (replaced if present)."""
    rng = random.Random(20230000 + scale)
    if target.exists():
        shutil.rmtree(target)
    committees = [f"db{i + 1:05d}" for i in range(30 * scale)]
    cells: list[tuple[str, str, str, str]] = []
    for committee in committees:
        for j in range(9):
            cell_id = f"{committee}-c{j + 1}"
            cells.append((cell_id, f"Chi bộ {cell_id}", rng.choice(TYPES), committee))
    for i in range(30 * scale):
        cell_id = f"cb{i + 1:05d}"
        cells.append((cell_id, f"Chi bộ cơ sở {cell_id}", rng.choice(TYPES), "bloc"))
    (target / "programme").mkdir(parents=True)
    (target / "organisation.yaml").write_text(_organisation(cells, committees), encoding="utf-8")
    programme = ["cells:"] + [f"  - {{cell: {c[0]}, basis: selected}}" for c in cells]
    (target / "programme" / f"{YEAR}.yaml").write_text("\n".join(programme) + "\n", "utf-8")
    for cell_id, _, _, parent in cells:
        folder = target / "cells" / cell_id
        folder.mkdir(parents=True)
        size = rng.randint(10, 19) if parent != "bloc" else rng.randint(8, 25)
        roster, ids = _roster(rng, cell_id, size)
        (folder / "roster.yaml").write_text(roster, encoding="utf-8")
        (folder / f"meetings-{YEAR}.yaml").write_text(_meetings(rng, ids), encoding="utf-8")
        (folder / f"record-{YEAR}.yaml").write_text(_record(rng), encoding="utf-8")


def main(argv: list[str]) -> int:
    """``generate.py SCALE TARGET``."""
    if len(argv) != 2 or not argv[0].isdigit():
        print(__doc__)
        return 2
    generate(int(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
