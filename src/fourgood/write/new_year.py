"""The files a new year of the programme starts with: the year's programme (the cells that
carry on, the others listed for the board in comments), and for each programme cell an empty
meeting log and an annual record to fill in. Nothing is ever overwritten."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.i18n.oserror import reason
from fourgood.i18n.visible import visible
from fourgood.models.json_schema import modeline
from fourgood.read.files import inside
from fourgood.reporting.carry_on import Carried, NewYear
from fourgood.write.atomic import create_text
from fourgood.write.templates import meetings_text, record_text

HEADER = """\
{modeline}
# The cells building the "4 Good" model in {year} (Chương trình xây dựng mô hình năm {year}),
# started with `fourgood year start {year}` from the results of {previous}{as_of}.
# Cells that met the standard in {previous} carry on (continuing). The others are listed below
# for the board to decide (Ban Thường vụ xem xét): uncomment a line to keep a cell in the
# programme, and add the cells selected or registered this year.
# basis: selected (được chọn) | registered (tự đăng ký) | continuing (tiếp tục từ năm trước).
"""

STATUS = {
    "not_met": "not met / chưa đạt chuẩn",
    "incomplete": "incomplete / còn thiếu dữ liệu",
    None: "not scored / chưa chấm điểm",
}
_PLAIN = re.compile(r"[^\W\d][\w.-]*")
_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}
HOW = {
    "merged": "merged into {to} on {day} / sáp nhập vào {to} ngày {day}",
    "dissolved": "dissolved on {day} / giải thể ngày {day}",
    "transferred": "transferred on {day} to {to} / chuyển ngày {day} đến {to}",
}


def programme_text(plan: NewYear) -> str:
    """``programme/<year>.yaml`` for the new year."""
    previous = plan.year - 1
    as_of = f" (as of {plan.as_of}: the year was not over / tính đến ngày {plan.as_of})"
    lines = [
        HEADER.format(
            modeline=modeline("programme", "../schemas"),
            year=plan.year,
            previous=previous,
            as_of=as_of if plan.as_of else "",
        ).rstrip("\n")
    ]
    if plan.continuing:
        lines.append("cells:")
        lines += [f"  - {{cell: {_id(c.cell)}, basis: continuing}}" for c in plan.continuing]
    else:
        lines.append(f"cells: []   # no cell met the standard in {previous}")
    if plan.to_decide:
        lines.append(f"# For the board to decide: {previous} ended below the standard")
        lines.append(f"# (Ban Thường vụ xem xét: năm {previous} chưa đạt chuẩn):")
        lines += [
            f"#  - {{cell: {_id(c.cell)}, basis: selected}}   # {_result(c)}"
            for c in plan.to_decide
        ]
    if plan.gone:
        lines.append(f"# Left the programme of {previous} (không còn trong chương trình):")
        lines += [f"#    {c.cell}: {_ending(c)}" for c in plan.gone]
    return "\n".join(lines) + "\n"


def _id(cell: str) -> str:
    """An id as a YAML scalar that reads back as the same text: plain when it is a word, else
    double-quoted (JSON's quoting is YAML's): ``x}``, ``#1`` or ``2023`` cannot change the
    line's meaning."""
    if _PLAIN.fullmatch(cell) and cell.lower() not in _WORDS:
        return cell
    return json.dumps(cell, ensure_ascii=False)


def _result(c: Carried) -> str:
    short = ", ".join(f"{content} {points}" for content, points in c.short)
    return STATUS.get(c.status, c.status or "") + (f" ({short})" if short else "")


def _ending(c: Carried) -> str:
    assert c.ended is not None
    day, how, to = c.ended
    return HOW[how].format(day=day, to=visible(to))


def new_year_files(plan: NewYear, on_points: dict[str, bool]) -> dict[str, str]:
    """Every file of the new year by its path in the data set: the programme, and each
    continuing cell's meeting log and record (``on_points``: the cell's edition classifies
    on points)."""
    files = {f"programme/{plan.year}.yaml": programme_text(plan)}
    for c in plan.continuing:
        base = f"cells/{c.cell}"
        files[f"{base}/meetings-{plan.year}.yaml"] = meetings_text(plan.year, sample=False)
        files[f"{base}/record-{plan.year}.yaml"] = record_text(
            plan.year, on_points=on_points.get(c.cell, False), work_programme=False
        )
    return files


@dataclass(frozen=True)
class Written:
    """What was written, and what was already there and left as it was."""

    written: tuple[str, ...]
    kept: tuple[str, ...]


def write_new_year(root: Path, files: dict[str, str]) -> Written:
    """Write the new year's files under ``root``, never over anything already there (a
    programme already there stops everything; a cell's file already there is kept) and never
    through a link leading out of the data set. The programme is written last: a run that
    fails midway leaves the year not started, to be run again."""
    programme = next(p for p in files if p.startswith("programme/"))
    if os.path.lexists(root / programme):
        raise UserError(msg("year.programme_exists"), str(root / programme))
    order = sorted(files, key=lambda p: (p == programme, p))
    for relative in order:
        _refuse_outside(root, relative)
    written: list[str] = []
    kept: list[str] = []
    for relative in order:
        path = root / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            created = create_text(path, files[relative])
        except OSError as error:
            raise UserError(msg("file.write_error", detail=reason(error)), str(path)) from None
        if not created and relative == programme:  # it appeared meanwhile
            raise UserError(msg("year.programme_exists"), str(path))
        (written if created else kept).append(relative)
    return Written(tuple(written), tuple(kept))


def _refuse_outside(root: Path, relative: str) -> None:
    """The nearest directory of ``relative`` that exists must lie inside the data set: a
    link there leading out of it is never written through."""
    directory = (root / relative).parent
    while not os.path.lexists(directory) and directory != root:
        directory = directory.parent
    if not inside(str(directory), str(root)):
        raise UserError(msg("year.outside"), str(directory))
