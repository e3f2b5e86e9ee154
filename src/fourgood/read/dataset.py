"""A bloc's data set: the organisation, programmes and rubrics up front, cells one at a time.

The small files that every command needs (organisation, programmes, rubrics) are read when the
data set is opened. Cells are read one by one on request and can be dropped after use, so memory
stays flat however many cells a bloc has.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Collection, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from pydantic import BaseModel

from fourgood import checks
from fourgood.checks.charter import headcount
from fourgood.checks.members import spans
from fourgood.checks.subjects import (
    Charter,
    DataSetFiles,
    Headcount,
    MeetingsFile,
    OrganisationFile,
    ProgrammeFile,
    RecordFile,
    RosterFile,
    Rosters,
    RosterSpan,
    RosterSpans,
    RubricFile,
    RubricSet,
)
from fourgood.errors import Anchor, Problem, Severity, sorted_problems
from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, Text
from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Cell, Organisation
from fourgood.models.programme import Participant, Programme
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Member, Roster, TransferIn
from fourgood.models.rubric import Rubric
from fourgood.models.tree import OrgIndex
from fourgood.read import parallel
from fourgood.read.codec import Codec
from fourgood.read.compact import compact
from fourgood.read.files import Within, read_bytes
from fourgood.read.files_read import FilesRead
from fourgood.read.layout import CellFiles, Layout, add_file, discover
from fourgood.read.loading import Locator, load_model
from fourgood.read.rules import YamlError
from fourgood.read.yamlio import read_document
from fourgood.scoring.membership import member_end, on_roster
from fourgood.scoring.rubrics import RubricSource, resolve, select

if TYPE_CHECKING:
    from fourgood.read.cache import Cache

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")

Cached = tuple[bytes, Callable[[], R | None]]
"""A cell's result as the cache may have it: its key, and how to take it (``None`` if that
fails after all)."""


def shipped_rubrics_dir() -> Path:
    """Where the rubrics shipped with fourgood are.

    Inside an installed wheel they are package data; in a source checkout (an editable install
    or the tests) they are the repository's ``rubrics/`` directory.
    """
    packaged = Path(__file__).parents[1] / "rubrics"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "rubrics"


def shipped_sources() -> list[RubricSource]:
    """The rubrics shipped with fourgood (the editions of the rules), in file order; a file
    that does not read is left out (validate reports it)."""
    sources = []
    for path in sorted(shipped_rubrics_dir().glob("*.yaml")):
        rubric = load_model(str(path), str(path), Rubric).model
        if rubric is not None:
            sources.append(RubricSource(rubric, str(path), shipped=True))
    return sources


@dataclass
class CellData:
    """One cell's files, validated (``None`` or absent when missing or invalid), and the members
    of cells merged into it, who carry on in it from the day of the merge."""

    cell: Cell
    roster: Roster | None
    meetings: dict[int, MeetingLog] = field(default_factory=dict)
    records: dict[int, AnnualRecord] = field(default_factory=dict)
    followed: list[Member] = field(default_factory=list)

    @property
    def scoring_roster(self) -> Roster | None:
        """The roster the cell is scored on: its own, with the members who followed a merge."""
        if not self.followed:
            return self.roster
        own = self.roster.members if self.roster else []
        return Roster.model_construct(members=[*own, *self.followed])


@dataclass
class Effects:
    """What reading cells left in a worker's copy of a data set, brought back to the parent:
    the problems found, the files read (for the locator) and the cache's new entries."""

    problems: list[Problem]
    relatives: set[str]  # the files read, as FilesRead takes them
    others: dict[str, str]
    entries: dict[bytes, bytes]
    used: list[bytes]


_UNKNOWN = Cell(id="unknown", name="?", type="agency", parent="unknown")
"""A placeholder for a cell whose entry in organisation.yaml cannot be read."""


class DataSet:
    """An open data set: its layout, organisation, programmes, rubrics and the problems found.

    ``overrides`` are files as a change would leave them (relative path: bytes), read instead
    of the disk, new files included: the data set as it would be after the change.
    """

    def __init__(
        self,
        root: str,
        *,
        cache: Cache | None = None,
        today: date | None = None,
        overrides: Mapping[str, bytes] | None = None,
        follow_links: bool = False,
    ) -> None:
        self.cache = cache
        # Links out of the data set are not followed unless asked (see read.files).
        self._within = None if follow_links else Within(root or ".")
        self._today = today or date.today()
        self.layout: Layout = discover(root)
        self._overrides: dict[str, bytes] = {}
        for relative, data in (overrides or {}).items():
            add_file(self.layout, relative)
            self._overrides[self.layout.absolute(relative)] = data
        self.problems: list[Problem] = list(self.layout.problems)
        self._files_read = FilesRead(self.layout)
        self._shipped = 0  # in a worker: how many of ``problems`` were there before it
        self._context: list[tuple[str, bytes]] = []
        self._read_ahead: dict[str, bytes] = {}
        self._resolved: dict[tuple[int, str], Rubric | None] = {}
        self.organisation = self._load(self.layout.organisation or "", Organisation, context=True)
        self.index: OrgIndex | None = None
        if self.organisation is not None:
            self.index = OrgIndex.build(self.organisation)
            shown = self.layout.shown(self.layout.organisation or "")
            self._check_context(OrganisationFile(self.organisation, shown, self.index), "org")
        else:
            # A broken organisation.yaml hides nothing else: what can be read of it still lets
            # the other files be checked (references to its broken entries are not judged).
            self.index = OrgIndex.partial(self._data(self.layout.organisation or ""))
        self.rubrics = self._load_rubrics()
        self.programmes: dict[int, Programme] = {}
        for year, relative in sorted(self.layout.programmes.items()):
            programme = self._load(relative, Programme, context=True)
            if programme is not None:
                self.programmes[year] = programme
        if self.index is not None:
            for year, programme in self.programmes.items():
                shown = self.layout.shown(self.layout.programmes[year])
                previous = self.programmes.get(year - 1)
                subject = ProgrammeFile(year, programme, shown, self.index, previous, self.rubrics)
                self._check_context(subject, f"programme {year}")

    def _check_context(self, subject: OrganisationFile | ProgrammeFile, what: str) -> None:
        """Run the checks of the organisation or a programme, or take what they found from
        the cache: they read every cell's entry, a second of a warm report at ×100. The key
        is every shared file read so far (all a subject is made of) and ``what`` it is."""
        if self.cache is None:
            self.problems.extend(checks.run(subject))
            return
        key = b"context checks\0" + what.encode() + b"\0" + self.context_digest()
        hit = self.cache.get_result(key, _check_codec(), list[Problem])
        if hit is not None:
            self.problems.extend(hit[0])
            return
        found = checks.run(subject)
        self.problems.extend(found)
        # As for cells: what an error quotes of a file's values is never kept.
        if not any(p.severity is Severity.ERROR for p in found):
            self.cache.put_result(key, found, _check_codec())

    # --- reading ---------------------------------------------------------------------------

    def _load(
        self,
        relative: str,
        model: type[M],
        *,
        shown: str | None = None,
        path: str | None = None,
        context: bool = False,
        shipped: bool = False,
    ) -> M | None:
        """Read one file; ``context`` files (organisation, programmes, rubrics) are digested
        because every cell's results depend on them."""
        if shown is None or path is None:
            shown, path = self.layout.place(relative)
            self._files_read.add(relative)
        else:
            self._files_read.add_other(shown, path)
        data = self._read_ahead.pop(path, None) or self._bytes(path, shown, shipped)
        if isinstance(data, Problem):
            self.problems.append(data)
            if context:
                self._context.append((shown, b"unreadable"))
            return None
        if context:
            self._context.append((shown, hashlib.sha256(data).digest()))
        loaded = load_model(path, shown, model, data=data, cache=self.cache)
        self.problems.extend(loaded.problems)
        if context and loaded.model is not None:
            compact(loaded.model)  # held for the whole run
        return loaded.model

    def _bytes(self, path: str, shown: str, shipped: bool = False) -> bytes | Problem:
        """A file's bytes: as the change leaves them when it is overridden, else from disk
        (links out of the data set not followed unless asked; shipped rubrics live with
        fourgood)."""
        override = self._overrides.get(path)
        if override is not None:
            return override
        return read_bytes(path, shown, within=None if shipped else self._within)

    def _data(self, relative: str) -> object:
        """The plain data of a file that did not validate (``None`` if it cannot be read)."""
        raw = self._bytes(self.layout.absolute(relative), self.layout.shown(relative))
        if isinstance(raw, Problem):
            return None
        try:
            return read_document(raw).data
        except YamlError:
            return None

    def context_files(self) -> set[str]:
        """The files every cell's results depend on (as shown): the organisation, the
        programmes and the rubrics."""
        return {shown for shown, _ in self._context}

    def cell_files(self, cell_id: str, years: set[int], *, logs_only: bool = False) -> set[str]:
        """A cell's files (as shown) for some years: its roster, logs and records (or only its
        meeting logs)."""
        files = self.layout.cells.get(cell_id)
        if files is None:
            return set()
        found = [r for y, r in files.meetings.items() if y in years]
        if not logs_only:
            found += [files.roster] if files.roster else []
            found += self.merged_rosters(cell_id)
            found += [r for y, r in files.records.items() if y in years]
        return {self.layout.shown(r) for r in found}

    def context_digest(self) -> bytes:
        """A digest of the files every cell's results depend on: the organisation, the
        programmes and the rubrics."""
        digest = hashlib.sha256()
        for shown, value in sorted(self._context):
            digest.update(shown.encode() + b"\0" + value)
        return digest.digest()

    def cell_fingerprint(self, cell_id: str, years: set[int] | None) -> bytes | None:
        """A digest of the files a cell's results are computed from (``None`` if one cannot
        be read); the files become known to the locator, as reading them would make them."""
        files = self.layout.cells.get(cell_id)
        digest = hashlib.sha256(cell_id.encode())
        if files is None:
            return digest.digest()
        relatives = [files.roster] if files.roster else []
        relatives += self.merged_rosters(cell_id)
        for per_year in (files.meetings, files.records):
            relatives += [r for y, r in sorted(per_year.items()) if years is None or y in years]
        latest = _latest_log(files, years)
        if latest is not None:  # the day the cell's data runs to comes from it (see _as_of)
            relatives.append(latest)
        self._read_ahead.clear()
        for relative in relatives:
            shown, path = self.layout.place(relative)
            self._files_read.add(relative)
            data = self._bytes(path, shown)
            if isinstance(data, Problem):
                return None
            # kept for _load, which reads the cell next when the cache has no result for it
            self._read_ahead[path] = data
            digest.update(relative.encode() + b"\0" + hashlib.sha256(data).digest())
        return digest.digest()

    def _load_rubrics(self) -> list[RubricSource]:
        sources: list[RubricSource] = []
        shipped = shipped_rubrics_dir()
        if shipped.is_dir():
            for name in sorted(os.listdir(shipped)):
                if name.endswith(".yaml"):
                    path = str(shipped / name)
                    rubric = self._load(
                        name, Rubric, shown=path, path=path, context=True, shipped=True
                    )
                    if rubric is not None:
                        sources.append(RubricSource(rubric, path, shipped=True))
        for relative in self.layout.rubrics:
            rubric = self._load(relative, Rubric, context=True)
            if rubric is not None:
                sources.append(RubricSource(rubric, self.layout.shown(relative), shipped=False))
        for source in sources:
            self.problems.extend(checks.run(RubricFile(source.rubric, source.file)))
        self.problems.extend(checks.run(RubricSet(sources)))
        return sources

    # --- cells -----------------------------------------------------------------------------

    def cell_ids(self) -> list[str]:
        """The cells of the organisation, in id order."""
        return sorted(self.index.cells) if self.index else []

    def rubric_for(self, year: int, cell_type: str) -> Rubric | None:
        """The rubric that scores a cell type in a year, resolved for that type."""
        key = (year, cell_type)
        if key not in self._resolved:
            source = select(self.rubrics, year, cell_type)
            self._resolved[key] = resolve(source.rubric, cell_type) if source else None
        return self._resolved[key]

    def participants(self, year: int) -> list[Participant]:
        """The cells in the year's programme that exist in the organisation, by cell id."""
        programme = self.programmes.get(year)
        if programme is None or self.index is None:
            return []
        seen: dict[str, Participant] = {}
        for entry in programme.cells:
            if entry.cell in self.index.cells and entry.cell not in seen:
                seen[entry.cell] = entry
        return [seen[k] for k in sorted(seen)]

    def cell(self, cell_id: str, *, years: set[int] | None = None) -> CellData:
        """Read and check one cell's files (only the given years' logs and records, if set),
        and the members of the cells merged into it."""
        assert self.index is not None
        cell = self.index.cells[cell_id]
        data = CellData(cell, None)
        self._read_cell(data, cell_id, cell.type, years)
        return data

    def merged_rosters(self, cell_id: str) -> list[str]:
        """The roster files (relative) of the cells merged into this one, directly or not."""
        assert self.index is not None
        found: list[str] = []
        for other, _ in self.index.merged_into(cell_id):
            files = self.layout.cells.get(other)
            if files is not None and files.roster is not None:
                found.append(files.roster)
            found += self.merged_rosters(other)
        return found

    def _followers(self, cell_id: str, own: Roster | None, depth: int = 0) -> list[Member]:
        """The members of the cells merged into this one who were there the day before the
        merge and had not left by it: in this cell from that day, with their records."""
        assert self.index is not None
        mine = {m.id for m in own.members} if own else set()
        followed: list[Member] = []
        for other, day in self.index.merged_into(cell_id) if depth < 8 else []:
            files = self.layout.cells.get(other)
            roster = self._load(files.roster, Roster) if files and files.roster else None
            members = [
                *(roster.members if roster else []),
                *self._followers(other, roster, depth + 1),
            ]
            for m in members:
                if m.id in mine or not on_roster(m, day - timedelta(days=1)):
                    continue
                end = member_end(m)
                if end is None or end > day:
                    moved = TransferIn.model_construct(date=day, from_=None, from_cell=other)
                    followed.append(m.model_copy(update={"transferred_in": moved}))
                    mine.add(m.id)
        return followed

    def _read_cell(
        self, data: CellData, cell_id: str, cell_type: str | None, years: set[int] | None
    ) -> None:
        """Read a cell's files into ``data`` and check them; without the cell's type (its
        entry in organisation.yaml is broken) nothing that needs its rubric is checked."""
        assert self.index is not None
        files = self.layout.cells.get(cell_id)
        if files is None:
            data.followed = self._followers(cell_id, None)
            return
        if files.roster is not None:
            data.roster = self._load(files.roster, Roster)
        for year in [y for y in sorted(files.meetings) if years is None or y in years]:
            log = self._load(files.meetings[year], MeetingLog)
            if log is not None:
                data.meetings[year] = log
        if data.roster is not None and files.roster is not None:
            shown = self.layout.shown(files.roster)
            subject = RosterFile(cell_id, data.roster, shown, self.index, self._as_of(data, files))
            self.problems.extend(checks.run(subject))
        # Members who came with a merged cell are the cell's from the merge: its log may list
        # them absent, as scoring counts them.
        data.followed = self._followers(cell_id, data.roster)
        for year, log in data.meetings.items():
            rubric = self.rubric_for(year, cell_type) if cell_type else None
            shown = self.layout.shown(files.meetings[year])
            meetings = MeetingsFile(year, log, shown, data.scoring_roster, rubric)
            self.problems.extend(checks.run(meetings))
        for year, relative in sorted(files.records.items()):
            if years is not None and year not in years:
                continue
            record = self._load(relative, AnnualRecord)
            if record is not None:
                data.records[year] = record
                rubric = self.rubric_for(year, cell_type) if cell_type else None
                subject_ = RecordFile(year, record, self.layout.shown(relative), rubric)
                self.problems.extend(checks.run(subject_))

    def _as_of(self, data: CellData, files: CellFiles) -> date:
        """The day a cell's data runs to, never after today: its latest logged meeting, else the
        end of its latest annual record's year, else of the latest programme year."""
        days = [m.date for log in data.meetings.values() for m in log.meetings]
        latest = _latest_log(files, set(data.meetings))
        if latest is not None:
            # The latest log was not asked for: its days still say how far the data runs, so
            # a command reading one year warns of what validate (reading all) warns of.
            days += self._days_of(latest)
        if days:
            return min(self._today, max(days))
        years = list(files.records) or list(self.programmes)
        return min(self._today, date(max(years), 12, 31)) if years else self._today

    def _days_of(self, relative: str) -> list[date]:
        """The meeting days of a log read only for its dates: its problems are not this
        command's (validate reports them), and a log that does not load has no days."""
        shown, path = self.layout.place(relative)
        data = self._read_ahead.pop(path, None) or read_bytes(path, shown, within=self._within)
        if isinstance(data, Problem):
            return []
        log = load_model(path, shown, MeetingLog, data=data, cache=self.cache).model
        return [m.date for m in log.meetings] if log is not None else []

    def each_cell(
        self,
        ids: Sequence[str],
        work: Callable[[str], R],
        cached: Callable[[str], Cached[R] | None] | None = None,
        codec: tuple[Codec, object] | None = None,
    ) -> Iterator[R]:
        """``work`` on each cell id, in order. ``cached`` gives the cache's key for a cell's
        result and a function that takes it from the cache (``None`` if that fails after
        all), or ``None`` for a cell not cached; the cells whose results the cache does not
        have are worked on every core when there are enough of them (``read.parallel``), and
        what the workers found is brought back as if read here. ``work`` must return what
        pickles cheaply, or, with ``codec`` (a codec and the results' type), what that codec
        encodes: results then come back through it, which shares their equal parts (see
        ``read.codec``)."""
        if cached is None or parallel.processes(len(ids)) <= 1:
            yield from map(work, ids)
            return
        ready = self._ready([cached(cell_id) for cell_id in ids])
        missing = [c for c, r in zip(ids, ready, strict=True) if r is None]
        computed = self._worked(missing, work, codec)
        try:
            for cell_id, take in zip(ids, ready, strict=True):
                if take is None:
                    yield next(computed)
                else:
                    result = take()
                    yield result if result is not None else work(cell_id)
        finally:
            computed.close()

    def _ready(self, found: list[Cached[R] | None]) -> list[Callable[[], R | None] | None]:
        """Of the cells' cache keys, how to take each result the cache has: one question for
        all of them, not one for each."""
        keys = [entry[0] for entry in found if entry is not None]
        stored = self.cache.has_results(keys) if self.cache is not None else set()
        return [entry[1] if entry is not None and entry[0] in stored else None for entry in found]

    def _worked(
        self, ids: list[str], work: Callable[[str], R], codec: tuple[Codec, object] | None
    ) -> Generator[R, None, None]:
        """``work`` on each cell, on every core when there are enough cells."""
        jobs = parallel.processes(len(ids))
        if jobs <= 1:
            yield from map(work, ids)
            return

        def shipped(cell_id: str) -> tuple[R | bytes, Effects]:
            result = work(cell_id)
            return codec[0].dumps(result) if codec else result, self._take_effects()

        for result, effects in parallel.ordered(shipped, ids, jobs, setup=self._in_worker):
            self.problems.extend(effects.problems)
            self._files_read.absorb(effects.relatives, effects.others)
            if self.cache is not None:
                self.cache.absorb(effects.entries, effects.used)
            if codec is not None:
                assert isinstance(result, bytes)
                yield cast(R, codec[0].loads(result, codec[1]))
            else:
                yield cast(R, result)

    def _in_worker(self) -> None:
        """Make this copy of the data set a forked worker's: a cache of its own."""
        if self.cache is not None:
            self.cache = self.cache.for_worker()
        self._shipped = len(self.problems)
        self._files_read = FilesRead(self.layout)

    def _take_effects(self) -> Effects:
        """In a worker: what reading cells left here since the last call, taken away."""
        problems = self.problems[self._shipped :]
        del self.problems[self._shipped :]
        relatives, others = self._files_read.take()
        entries, used = self.cache.take() if self.cache is not None else ({}, [])
        return Effects(problems, relatives, others, entries, used)

    def cells(
        self, ids: list[str] | None = None, *, years: set[int] | None = None
    ) -> Iterator[CellData]:
        """Cells one at a time, in id order."""
        for cell_id in ids if ids is not None else self.cell_ids():
            yield self.cell(cell_id, years=years)

    # --- whole-set validation --------------------------------------------------------------

    def validate(self, cells: Collection[str] | None = None) -> list[Problem]:
        """Read every file, run every check; return all problems, located and sorted.

        With ``cells``, only those cells' files are read and checked (a change touched them);
        the charter's sizes, which need every roster and only warn, are then left out.
        """
        self.check(cells)
        return self.located_problems()

    def check(self, cells: Collection[str] | None = None) -> None:
        """Read the files and run the checks, as ``validate`` does, leaving the problems in
        ``problems`` unlocated (locating re-reads the files that have any)."""
        index = self.index
        if index is not None:
            inventory = DataSetFiles(self.layout, index, self.programmes, self._today)
            self.problems.extend(checks.run(inventory))
            rosters = Rosters()
            chosen = [c for c in self.cell_ids() if cells is None or c in cells]
            checked = self.each_cell(chosen, self._checked, self._check_cached)
            for cell_id, found, count in checked:
                if found is not None:
                    rosters.rosters.append(found)
                if count is not None:
                    rosters.counts[cell_id] = count
            for cell_id in sorted(self.layout.cells):
                if cells is not None and cell_id not in cells:
                    continue
                if cell_id not in index.cells and index.unsure(cell_id):
                    # its entry in organisation.yaml is broken: its files are still checked
                    self._read_cell(CellData(_UNKNOWN, None), cell_id, None, None)
            self.problems.extend(checks.run(rosters))
            # headcounts of a partial tree, or of some cells only, mislead
            if cells is None and index.complete and not index.unreadable:
                shown = self.layout.shown(self.layout.organisation or "")
                self.problems.extend(checks.run(Charter(index, rosters.counts, shown)))

    def _check_key(self, cell_id: str) -> bytes | None:
        """The cache's key for what checking a cell finds (``None``: not cached): its files,
        the shared files and the day (the checks judge dates against today)."""
        if self.cache is None:
            return None
        files = self.cell_fingerprint(cell_id, None)
        if files is None:
            return None
        return b"check" + self.context_digest() + self._today.isoformat().encode() + files

    def _check_cached(self, cell_id: str) -> Cached[_CellChecked] | None:
        """The cache's key for what checking a cell finds, and how to take it from there (see
        ``each_cell``)."""
        key = self._check_key(cell_id)
        if key is None:
            return None
        return key, lambda: self._check_hit(cell_id, key)

    def _check_hit(self, cell_id: str, key: bytes) -> _CellChecked | None:
        """What checking a cell found, from the cache (``None``: it is not there after all)."""
        hit = self.cache.get_result(key, _check_codec(), _Checked) if self.cache else None
        if hit is None:
            return None
        problems, found, count = hit[0]
        self.problems.extend(problems)
        return cell_id, found, count

    def _checked(self, cell_id: str) -> _CellChecked:
        """Read and check one cell (or take what checking it gave from the cache, when none
        of the files it depends on changed); its members' spans on its roster and its
        headcount."""
        key = self._check_key(cell_id)
        if key is not None and (hit := self._check_hit(cell_id, key)) is not None:
            return hit
        before = len(self.problems)
        found, count = self._check_cell(cell_id)
        problems = self.problems[before:]
        # A cell with errors is read again each time: its problems may quote a roster's
        # broken values (birth dates among them), which the cache never keeps.
        clean = not any(p.severity is Severity.ERROR for p in problems)
        if key is not None and self.cache is not None and clean:
            self.cache.put_result(key, (problems, found, count), _check_codec())
        return cell_id, found, count

    def _check_cell(self, cell_id: str) -> tuple[RosterSpans | None, Headcount | None]:
        """Read and check one cell: its members' spans on its roster and its headcount."""
        data = self.cell(cell_id)
        files = self.layout.cells.get(cell_id)
        if data.roster is None or files is None or files.roster is None:
            return None, None
        shown = self.layout.shown(files.roster)
        return spans(cell_id, data.roster, shown), headcount(data.roster)

    def located_problems(self, problems: list[Problem] | None = None) -> list[Problem]:
        """Every problem so far (or these of them), located and sorted."""
        chosen = self.problems if problems is None else problems
        return sorted_problems(Locator(self._overrides).locate(chosen, self._files_read))

    def files_read(self) -> int:
        """How many files have been read (or tried)."""
        return len(self._files_read)


# What the cache keeps of a checked cell: its problems, its roster's spans and headcount.
_Checked = tuple[list[Problem], RosterSpans | None, Headcount | None]
_CellChecked = tuple[str, RosterSpans | None, Headcount | None]


@functools.cache
def _check_codec() -> Codec:
    """The classes a checked cell's result is made of: nothing else is built from the cache."""
    return Codec(
        (Problem, Severity, Anchor, RosterSpan, RosterSpans, Headcount, Msg, Text, Month,
         Quarter, Pct, Choice, Person)
    )  # fmt: skip


def _latest_log(files: CellFiles, years: set[int] | None) -> str | None:
    """The cell's latest meeting log when its year is not among ``years`` (``None`` when it
    is, or there is no log)."""
    if years is None or not files.meetings:
        return None
    latest = max(files.meetings)
    return None if latest in years else files.meetings[latest]
