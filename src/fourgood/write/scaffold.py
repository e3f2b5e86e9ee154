"""``fourgood init``: a new bloc's data set, from commented templates, that validates at once under
the edition of the rules in force for its year (and, when asked, a copy of that edition)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.i18n.oserror import reason
from fourgood.models.json_schema import KINDS, file_name, modeline, schema_text
from fourgood.scoring.rubrics import RubricSource, candidates
from fourgood.write.atomic import current_umask
from fourgood.write.templates import meetings_text, record_text

ORGANISATION = """\
{modeline}
# The organisation (tổ chức): the bloc, its grassroots party committees, their sectional
# committees and every cell. Each unit has an id: short text without spaces.
# Tổ chức đảng trực thuộc: Đảng ủy Khối, các đảng bộ cơ sở, đảng bộ bộ phận và các chi bộ.
bloc:
  id: dukhoi
  name: Đảng ủy Khối các cơ quan tỉnh          # the bloc's name as it is today
  name_en: Party Committee of the Provincial Agencies Bloc
  # How the 20% rule for HTXSNV is checked (the defaults shown):
  # classification: {{quota_percent: 20, quota_of: HTTNV, quota_group: bloc}}

# Grassroots party committees (đảng bộ cơ sở), directly under the bloc:
committees: []
#  - id: db-so-y-te
#    name: Đảng bộ Sở Y tế

# Sectional party committees (đảng bộ bộ phận), inside a grassroots committee:
sections: []
#  - id: dbbp-benh-vien
#    name: Đảng bộ bộ phận Bệnh viện
#    parent: db-so-y-te

# Cells (chi bộ). parent: the bloc's id for a grassroots cell (chi bộ cơ sở), otherwise the
# committee or section the cell belongs to. type: agency | public_service | enterprise.
cells:
  - id: chi-bo-mau
    name: Chi bộ Văn phòng (mẫu)
    type: agency
    parent: dukhoi
"""

PROGRAMME = """\
{modeline}
# The cells building the "4 Good" model in {year} (Chương trình xây dựng mô hình năm {year}).
# basis: selected (được chọn) | registered (tự đăng ký) | continuing (tiếp tục từ năm trước).
# joined: the day a cell joined during the year, if it did not take part from 1 January.
cells:
  - cell: chi-bo-mau
    basis: selected
"""

ROSTER = """\
{modeline}
# The cell's party members (danh sách đảng viên). Keep a member who leaves: record
# transferred_out. Dates are YYYY-MM-DD; quote ids that look like numbers ('0012').
members:
  - id: DV-0001
    name: Nguyễn Văn An                 # family, middle, given
    sex: male                           # male | female
    born: 1980-01-15
    admitted: 2005-05-19                # admitted to the Party (ngày vào Đảng)
    full_member: 2006-05-19             # made a full member; omit while probationary
    role: secretary                     # secretary | deputy | committee | member
    years:                              # the year's assessment, filled in at year end
      {year}: {{dues: in_full, studied: true}}
  - id: DV-0002
    name: Trần Thị Bình
    sex: female
    born: 1985-06-02
    admitted: 2010-02-03
    full_member: 2011-02-03
    role: deputy
  - id: DV-0003
    name: Lê Văn Cường
    sex: male
    born: 1990-09-09
    admitted: 2015-09-02
    full_member: 2016-09-02
    # exempt: [{{from: {year}-03-01, to: {year}-08-31, reason: ...}}]   # miễn sinh hoạt
    # transferred_in: {{date: ..., from: ...}}    transferred_out: {{date: ..., to: ...}}
"""

README = """\
# {name}

A fourgood data set (bộ dữ liệu fourgood). Check it with `fourgood validate`, score it with
`fourgood score --explain`, and see the year with `fourgood report --year {year}`.

- `organisation.yaml`: the bloc and its units
- `programme/{year}.yaml`: the cells in the model this year
- `cells/<cell>/roster.yaml`, `meetings-{year}.yaml`, `record-{year}.yaml`: each cell's data
- `schemas/`: JSON Schemas for your editor (completion and checks as you type)
"""


def _edition(year: int) -> RubricSource:
    """The shipped edition of the rules in force for ``year`` (agency cells: the template's),
    or an error naming what to do."""
    from fourgood.read.dataset import shipped_sources

    shipped = shipped_sources()
    found = candidates(shipped, year, "agency")
    if not found:
        first = min((p.start.year for s in shipped for p in s.rubric.periods()), default=year)
        raise UserError(msg("init.no_edition", year=year, first=first))
    return found[0]


def _distance(source: RubricSource, year: int) -> int:
    """How many years ``year`` lies outside the edition's periods (0: inside one)."""
    return min(max(p.start.year - year, year - p.end.year, 0) for p in source.rubric.periods())


def rubric_copy(year: int) -> str:
    """A copy of the edition in force for ``year``, for a bloc to adapt (its copy replaces the
    shipped edition in the years it is in force); for a year no edition covers, the nearest
    edition, put in force for that year only."""
    from fourgood.read.dataset import shipped_sources

    shipped = shipped_sources()
    covering = candidates(shipped, year, "agency")
    source = covering[0] if covering else min(shipped, key=lambda s: (_distance(s, year), s.file))
    text = Path(source.file).read_text(encoding="utf-8")
    name = Path(source.file).name
    header = modeline("rubric", "../schemas") + "\n"
    if covering:
        header += (
            f"# A copy of fourgood's {name}, the edition in force for {year}: the bloc's copy\n"
            "# replaces the shipped one in the years it is in force. Adapt it to the rules your\n"
            "# bloc applies.\n"
        )
        return header + text
    header += (
        f"# A copy of fourgood's {name}, put in force for {year}: fourgood ships no edition of\n"
        f"# the rules for {year}. Adapt it to the rules your bloc applied that year.\n"
    )
    period = re.compile(r"^in_force: .*$", re.MULTILINE)
    return header + period.sub(f"in_force: {{from: {year}, to: {year}}}", text, count=1)


def scaffold(target: Path, year: int, *, copy_rubric: bool = False) -> list[Path]:
    """Write a new data set into ``target`` (which must not exist or be empty), for the edition
    of the rules in force for ``year``; ``copy_rubric`` also writes a copy of that edition into
    ``rubrics/`` for the bloc to adapt."""
    if target.exists():
        if not target.is_dir():
            raise UserError(msg("init.not_dir"), str(target))
        if any(target.iterdir()):
            raise UserError(msg("init.not_empty"), str(target))
    rubric = rubric_copy(year) if copy_rubric else None
    edition = None if copy_rubric else _edition(year)
    rules = edition.rubric.classification if edition else None
    on_points = rules is not None and rules.on_points
    files: dict[str, str] = {
        "organisation.yaml": ORGANISATION.format(modeline=modeline("organisation", "schemas")),
        f"programme/{year}.yaml": PROGRAMME.format(
            modeline=modeline("programme", "../schemas"), year=year
        ),
        "cells/chi-bo-mau/roster.yaml": ROSTER.format(
            modeline=modeline("roster", "../../schemas"), year=year
        ),
        f"cells/chi-bo-mau/meetings-{year}.yaml": meetings_text(year, sample=True),
        f"cells/chi-bo-mau/record-{year}.yaml": record_text(
            year, on_points=on_points, work_programme=True
        ),
        "README.md": README.format(name=target.name or "fourgood data", year=year),
    }
    for kind in KINDS:
        files[f"schemas/{file_name(kind)}"] = schema_text(kind)
    if rubric is not None:
        files["rubrics/4good.yaml"] = rubric
    try:
        return write_tree(target, files)
    except OSError as exc:
        raise UserError(msg("file.write_error", detail=reason(exc)), str(target)) from None


def write_tree(target: Path, files: dict[str, str]) -> list[Path]:
    """Write ``files`` (relative path: text) as a new directory tree at ``target``, whole or
    not at all: built in a hidden directory beside it, then moved into place; a failure (a
    read-only parent, a full disk, Ctrl-C) leaves nothing behind, so the user can retry."""
    made = _make_parents(target.parent)
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name or 'data'}.", dir=target.parent))
    except BaseException:
        _remove_dirs(made)
        raise
    try:
        for relative, text in sorted(files.items()):
            path = building / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="") as handle:
                handle.write(text)
        _publish(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        _remove_dirs(made)
        raise
    return [target / relative for relative in sorted(files)]


def _publish(building: Path, target: Path) -> None:
    """Move the built tree into place: as the target itself when there is none yet (one
    rename), else entry by entry into the empty directory there, taken back on a failure."""
    mode = 0o777 & ~current_umask()
    if not os.path.lexists(target):
        os.chmod(building, mode)
        os.rename(building, target)
        return
    moved: list[Path] = []
    try:
        for entry in sorted(building.iterdir()):
            if os.path.lexists(target / entry.name):  # something appeared meanwhile
                raise UserError(msg("init.exists"), str(target / entry.name))
            os.rename(entry, target / entry.name)
            moved.append(target / entry.name)
    except BaseException:
        for path in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(path, building / path.name)
        raise
    building.rmdir()


def _make_parents(directory: Path) -> list[Path]:
    """Create ``directory`` and its missing parents; the ones created, deepest first."""
    missing: list[Path] = []
    while not os.path.lexists(directory) and directory != directory.parent:
        missing.append(directory)
        directory = directory.parent
    made: list[Path] = []
    try:
        for path in reversed(missing):
            path.mkdir()
            made.insert(0, path)
    except BaseException:
        _remove_dirs(made)
        raise
    return made


def _remove_dirs(directories: list[Path]) -> None:
    for path in directories:
        with contextlib.suppress(OSError):
            path.rmdir()
