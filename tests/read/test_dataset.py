"""An open data set: the small files up front, cells one at a time, every problem located."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.i18n.message import Text
from fourgood.read.codec import Codec
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from tests.conftest import ROOT, WALKTHROUGH


def texts(ds: DataSet) -> list[str]:
    return [p.text("en") for p in ds.located_problems()]


def test_the_shipped_rubrics_are_the_repositorys() -> None:
    assert shipped_rubrics_dir() == ROOT / "rubrics"
    assert (shipped_rubrics_dir() / "4good-2023.yaml").is_file()


def test_opening_reads_only_the_organisation_programmes_and_rubrics() -> None:
    ds = DataSet(str(WALKTHROUGH))
    assert ds.files_read() == 4  # organisation.yaml, programme/2023.yaml, the two editions
    assert ds.problems == []
    assert ds.organisation is not None
    assert ds.organisation.bloc.id == "dukcq"
    assert sorted(ds.programmes) == [2023]
    assert [(s.rubric.id, s.rubric.version) for s in ds.rubrics] == [
        ("4good", "2023.2"),
        ("4good", "2025.1"),
    ]
    assert all(s.shipped for s in ds.rubrics)


def test_cells_in_id_order_and_the_programmes_participants() -> None:
    ds = DataSet(str(WALKTHROUGH))
    assert ds.cell_ids() == ["trung-tam-yte", "van-phong"]
    assert [(p.cell, p.basis) for p in ds.participants(2023)] == [
        ("trung-tam-yte", "registered"),
        ("van-phong", "selected"),
    ]
    assert ds.participants(2024) == []
    assert [data.cell.id for data in ds.cells()] == ["trung-tam-yte", "van-phong"]


def test_a_cell_is_read_only_for_the_years_asked() -> None:
    ds = DataSet(str(WALKTHROUGH))
    data = ds.cell("van-phong", years={2024})
    assert data.roster is not None
    assert len(data.roster.members) == 5
    assert (data.meetings, data.records) == ({}, {})
    assert ds.files_read() == 5  # the roster only
    full = ds.cell("van-phong")
    assert sorted(full.meetings) == [2023]
    assert sorted(full.records) == [2023]
    assert full.records[2023].classification == "HTXSNV"
    assert ds.files_read() == 7


def test_validating_the_walkthrough_reads_every_file_and_finds_nothing() -> None:
    ds = DataSet(str(WALKTHROUGH))
    assert ds.validate() == []
    assert ds.files_read() == 10


def test_the_rubric_for_a_year_and_type() -> None:
    ds = DataSet(str(WALKTHROUGH))
    agency = ds.rubric_for(2023, "agency")
    assert agency is not None
    assert (agency.id, agency.version) == ("4good", "2023.2")
    assert ds.rubric_for(2023, "agency") is agency  # resolved once
    enterprise = ds.rubric_for(2024, "enterprise")
    assert enterprise is not None
    assert enterprise.contents[0].criteria[1].label.en == "Production and business plan achieved"
    later = ds.rubric_for(2025, "agency")
    assert later is not None
    assert later.version == "2025.1"
    assert ds.rubric_for(2022, "agency") is None


def test_a_blocs_rubric_replaces_the_shipped_one_where_it_is_in_force(walkthrough: Path) -> None:
    text = (shipped_rubrics_dir() / "4good-2023.yaml").read_text(encoding="utf-8")
    (walkthrough / "rubrics").mkdir()
    own = text.replace('version: "2023.2"', 'version: "bloc.1"').replace(
        "in_force: {from: 2023-01-01, to: 2024-12-31}", "years: [2023, 2026]"
    )
    (walkthrough / "rubrics" / "ours.yaml").write_text(own, encoding="utf-8")
    ds = DataSet(str(walkthrough))
    assert ds.validate() == []
    versions = {}
    for year in (2023, 2024, 2025, 2026):
        rubric = ds.rubric_for(year, "agency")
        assert rubric is not None
        versions[year] = rubric.version
    # the shipped editions stay in force in the years the bloc's rubric is not
    assert versions == {2023: "bloc.1", 2024: "2023.2", 2025: "2025.1", 2026: "bloc.1"}


def test_the_members_of_a_merged_cell_carry_on_in_the_cell_it_joined(walkthrough: Path) -> None:
    organisation = walkthrough / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8").replace(
        "    type: public_service\n    parent: dukcq\n",
        "    type: public_service\n    parent: dukcq\n"
        "    changes: [{date: 2023-07-01, merge: van-phong}]\n",
    )
    organisation.write_text(text, encoding="utf-8")
    ds = DataSet(str(walkthrough))
    data = ds.cell("van-phong")
    assert data.roster is not None
    roster = data.scoring_roster
    assert roster is not None
    followed = [m for m in roster.members if m.id not in {x.id for x in data.roster.members}]
    assert followed == data.followed
    assert {m.id for m in followed} == {"YT-001", "YT-002", "YT-003", "YT-004", "YT-005", "YT-006"}
    assert {
        (m.transferred_in.date, m.transferred_in.from_cell) for m in followed if m.transferred_in
    } == {(date(2023, 7, 1), "trung-tam-yte")}
    merged = walkthrough / "cells" / "trung-tam-yte" / "roster.yaml"
    assert ds.cell_files("van-phong", {2023}) >= {str(merged)}
    # the cell's log may list them absent after the merge, not before it
    log = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    text = log.read_text(encoding="utf-8")
    text = text.replace("{date: 2023-08-08,", "{date: 2023-08-08, absent: {YT-002: excused},", 1)
    text = text.replace("{date: 2023-01-10,", "{date: 2023-01-10, absent: {YT-003: excused},", 1)
    log.write_text(text, encoding="utf-8")
    again = DataSet(str(walkthrough))
    again.cell("van-phong")
    absent = [(p.message.key, p.where) for p in again.problems if "meetings-2023" in p.file]
    # January, before the merge, is a problem; August is fine
    assert absent == [("meet.absent_not_member", ("meetings", 0, "absent", "YT-003"))]


def test_problems_of_every_file_located_and_sorted(walkthrough: Path) -> None:
    (walkthrough / "programme" / "2023.yaml").write_text(
        "cells:\n  - {cell: van-phong, basis: selected}\n  - {cell: van-phon, basis: selected}\n",
        encoding="utf-8",
    )
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace("sex: female", "sex: femal", 1))
    ds = DataSet(str(walkthrough))
    assert texts(ds) == [
        f"{walkthrough}/programme/2023.yaml:3:12: error: no cell 'van-phon' in "
        "organisation.yaml; did you mean 'van-phong'?"
    ]
    problems = [p.text("en") for p in ds.validate()]
    assert problems == [
        f"{walkthrough}/cells/van-phong/roster.yaml:15:10: error: 'femal' is not allowed here; "
        "use one of: male, female; did you mean 'female'?",
        f"{walkthrough}/programme/2023.yaml:3:12: error: no cell 'van-phon' in "
        "organisation.yaml; did you mean 'van-phong'?",
    ]


def test_an_invalid_organisation_leaves_no_cells_but_hides_no_other_problem(
    tmp_path: Path,
) -> None:
    shutil.copytree(WALKTHROUGH, tmp_path / "data")
    (tmp_path / "data" / "organisation.yaml").write_text("bloc: {id: b}\n", encoding="utf-8")
    roster = tmp_path / "data" / "cells" / "van-phong" / "roster.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace("sex: male", "sex: nam", 1))
    ds = DataSet(str(tmp_path / "data"))
    assert ds.organisation is None
    assert ds.index is not None
    assert not ds.index.complete
    assert ds.cell_ids() == []
    assert ds.participants(2023) == []
    assert [p.text("en") for p in ds.validate()] == [
        f"{tmp_path}/data/cells/van-phong/roster.yaml:6:10: error: 'nam' is not allowed here; "
        "use one of: male, female; did you mean 'male'?",
        f"{tmp_path}/data/organisation.yaml:1:7: error: missing required key 'name'",
    ]


def test_a_broken_entry_of_the_organisation_hides_only_what_depends_on_it(
    tmp_path: Path,
) -> None:
    shutil.copytree(WALKTHROUGH, tmp_path / "data")
    organisation = tmp_path / "data" / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(text.replace("type: agency", "type: agensy", 1), encoding="utf-8")
    ds = DataSet(str(tmp_path / "data"))
    assert ds.index is not None
    assert ds.index.complete
    assert "van-phong" in ds.index.unreadable
    problems = [p.text("en") for p in ds.validate()]
    assert len(problems) == 1  # no knock-on 'no cell van-phong' from the programme or cells/
    assert "'agensy' is not allowed here" in problems[0]


def test_the_context_digest_follows_the_shared_files_only(walkthrough: Path) -> None:
    before = DataSet(str(walkthrough)).context_digest()
    assert DataSet(str(walkthrough)).context_digest() == before
    meetings = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert DataSet(str(walkthrough)).context_digest() == before
    programme = walkthrough / "programme" / "2023.yaml"
    programme.write_text(programme.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert DataSet(str(walkthrough)).context_digest() != before


def test_a_cells_fingerprint_follows_its_own_files_for_the_years_asked(walkthrough: Path) -> None:
    ds = DataSet(str(walkthrough))
    all_years = ds.cell_fingerprint("van-phong", None)
    this_year = ds.cell_fingerprint("van-phong", {2023})
    roster_only = ds.cell_fingerprint("van-phong", {2024})
    assert all_years == this_year
    assert roster_only not in (None, this_year)
    other = ds.cell_fingerprint("trung-tam-yte", None)
    assert other != this_year
    meetings = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    changed = DataSet(str(walkthrough))
    assert changed.cell_fingerprint("van-phong", {2023}) != this_year
    # a year without a log still follows the latest log: the day the data runs to comes from it
    assert changed.cell_fingerprint("van-phong", {2024}) != roster_only
    record = walkthrough / "cells" / "van-phong" / "record-2023.yaml"
    record.write_text(record.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert DataSet(str(walkthrough)).cell_fingerprint("van-phong", {2024}) == (
        changed.cell_fingerprint("van-phong", {2024})
    )
    assert changed.cell_fingerprint("trung-tam-yte", None) == other


def test_no_fingerprint_for_a_cell_whose_file_cannot_be_read(walkthrough: Path) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    roster.unlink()
    roster.mkdir()
    ds = DataSet(str(walkthrough))
    assert ds.cell_fingerprint("van-phong", None) is None
    assert ds.cell_fingerprint("trung-tam-yte", None) is not None
    data = ds.cell("van-phong")
    assert data.roster is None
    assert f"{roster}: error: is a directory, but a data file is expected here" in texts(ds)


def test_a_cell_read_for_one_year_warns_as_validate_does(walkthrough: Path) -> None:
    """The day the data runs to (overdue probation is measured to it) includes the latest log
    even when its year is not asked for, so score and report warn of what validate does."""
    cell = walkthrough / "cells" / "van-phong"
    roster = (cell / "roster.yaml").read_text(encoding="utf-8")
    new = "  - {id: TP-099, name: Hà Văn Mới, sex: male, born: 1995-01-01, admitted: 2023-03-01}\n"
    (cell / "roster.yaml").write_text(roster.replace("members:\n", "members:\n" + new, 1))
    (cell / "meetings-2024.yaml").write_text(
        "meetings:\n  - {date: 2024-04-09, kind: regular, duration: 90, rating: good}\n"
    )

    def overdue(years: set[int] | None) -> list[str]:
        ds = DataSet(str(walkthrough), today=date(2026, 12, 1))
        ds.cell("van-phong", years=years)
        return [p.message.key for p in ds.problems if p.message.key == "roster.probation_overdue"]

    assert overdue(None) == ["roster.probation_overdue"]  # due 2024-03-01, data to 2024-04-09
    assert overdue({2023}) == overdue(None)
    ds = DataSet(str(walkthrough))
    fingerprint = ds.cell_fingerprint("van-phong", {2023})
    (cell / "meetings-2024.yaml").write_text(
        "meetings:\n  - {date: 2024-02-06, kind: regular, duration: 90, rating: good}\n"
    )
    assert DataSet(str(walkthrough)).cell_fingerprint("van-phong", {2023}) != fingerprint
    assert overdue({2023}) == overdue(None) == []


def test_overridden_files_are_read_as_a_change_would_leave_them(walkthrough: Path) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    on_disk = roster.read_bytes()
    changed = on_disk.replace("Nguyễn Văn An".encode(), "Nguyễn Văn Ân".encode())
    new_log = b"meetings:\n  - {date: 2024-01-09, kind: regular, absent: {TP-404: excused}}\n"
    ds = DataSet(
        str(walkthrough),
        overrides={
            "cells/van-phong/roster.yaml": changed,
            "cells/van-phong/meetings-2024.yaml": new_log,
        },
    )
    data = ds.cell("van-phong")
    assert data.roster is not None
    assert data.roster.members[0].name == "Nguyễn Văn Ân"
    assert [m.date.isoformat() for m in data.meetings[2024].meetings] == ["2024-01-09"]
    assert roster.read_bytes() == on_disk  # nothing written
    assert not (walkthrough / "cells" / "van-phong" / "meetings-2024.yaml").exists()
    shown = str(walkthrough / "cells" / "van-phong" / "meetings-2024.yaml")
    assert texts(ds) == [
        f"{shown}:2:48: error: 'TP-404' is not on the cell's roster; did you mean 'TP-004'?"
    ]


def test_validating_some_cells_reads_only_their_files(walkthrough: Path) -> None:
    ds = DataSet(str(walkthrough))
    assert ds.validate(cells={"van-phong"}) == []
    assert ds.files_read() == 7  # the four shared files (two shipped rubrics) and the cell's three
    roster = walkthrough / "cells" / "trung-tam-yte" / "roster.yaml"
    roster.write_text("members: 3\n", encoding="utf-8")
    assert DataSet(str(walkthrough)).validate(cells={"van-phong"}) == []
    assert DataSet(str(walkthrough)).validate(cells={"trung-tam-yte"}) != []


def test_two_processes_and_the_cache_give_the_serial_runs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every cell read on forked workers (read.parallel), cold and warm, gives what one process
    gives: the same results, the same problems in the same order, located alike."""
    data = tmp_path / "lang-son"
    shutil.copytree(ROOT / "examples" / "lang-son", data)
    records = sorted(data.glob("cells/*/record-2023.yaml"))
    broken = records[len(records) // 2]  # an error in one cell: the others still score
    broken.write_text(broken.read_text("utf-8").replace("inspection:", "inspektion:"), "utf-8")
    commands = [
        ["validate", str(data)],
        ["report", str(data), "--year", "2023", "--format", "json"],
        ["report", str(data), "--year", "2022", "--format", "csv"],
        ["score", str(data), "--year", "2024", "--format", "json"],
    ]
    monkeypatch.setenv("FOURGOOD_TODAY", "2024-12-31")

    def outputs(jobs: str, *extra: str) -> list[tuple[int, str]]:
        monkeypatch.setenv("FOURGOOD_JOBS", jobs)
        found = []
        for command in commands:
            result = CliRunner().invoke(app, [*command, *extra])
            found.append((result.exit_code, result.output))
        return found

    serial = outputs("1", "--no-cache")
    assert {code for code, _ in serial} == {0, 1}
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(tmp_path / "cache"))
    assert outputs("2") == serial  # cold, on two processes
    assert outputs("2") == serial  # warm
    assert outputs("1") == serial  # warm, in one


def test_a_cache_that_has_some_cells_gives_the_serial_runs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With some cells' results in the cache and the rest changed since, the cells found
    there and the cells worked on by the workers come back in order, as one process reads."""
    data = tmp_path / "lang-son"
    shutil.copytree(ROOT / "examples" / "lang-son", data)
    commands = [
        ["validate", str(data)],
        ["report", str(data), "--year", "2023", "--format", "json"],
    ]
    monkeypatch.setenv("FOURGOOD_TODAY", "2024-12-31")
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(tmp_path / "cache"))

    def outputs(jobs: str, *extra: str) -> list[tuple[int, str]]:
        monkeypatch.setenv("FOURGOOD_JOBS", jobs)
        return [
            (result.exit_code, result.output)
            for result in (CliRunner().invoke(app, [*command, *extra]) for command in commands)
        ]

    outputs("2")  # every cell into the cache
    changed = sorted(data.glob("cells/*/record-2023.yaml"))[::3]
    assert len(changed) > 50
    for record in changed:
        record.write_text(record.read_text("utf-8") + "# đã sửa\n", "utf-8")
    serial = outputs("1", "--no-cache")
    assert outputs("2") == serial  # a third of the cells changed: worked on again
    assert outputs("2") == serial  # and now all from the cache


def test_workers_results_come_back_through_the_codec(
    walkthrough: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a codec, what the workers computed is decoded here, its equal parts shared."""
    monkeypatch.setenv("FOURGOOD_JOBS", "2")
    ds = DataSet(str(walkthrough))
    ids = ds.cell_ids()
    assert len(ids) > 1

    def work(cell_id: str) -> list[Text]:
        return [Text("chung", "chung"), Text(cell_id, cell_id)]

    codec = Codec((Text,), share=(Text,))
    results = list(ds.each_cell(ids, work, lambda _: None, (codec, list[Text])))
    assert results == [work(cell_id) for cell_id in ids]
    assert all(found[0] is results[0][0] for found in results)


def test_the_checks_of_the_shared_files_come_from_the_cache_until_one_changes(
    walkthrough: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fourgood import checks
    from fourgood.checks.subjects import OrganisationFile, ProgrammeFile
    from fourgood.errors import Problem
    from fourgood.read.cache import Cache

    ran: list[str] = []
    real = checks.run

    def counted(subject: object) -> list[Problem]:
        ran.append(type(subject).__name__)
        return real(subject)

    monkeypatch.setattr(checks, "run", counted)

    def opened() -> tuple[list[str], list[str]]:
        ran.clear()
        cache = Cache(tmp_path / "cache")
        ds = DataSet(str(walkthrough), cache=cache)
        cache.close()
        shared = {OrganisationFile.__name__, ProgrammeFile.__name__}
        return sorted(r for r in ran if r in shared), texts(ds)

    programme = walkthrough / "programme" / "2023.yaml"
    text = programme.read_text(encoding="utf-8")
    programme.write_text(text.replace("basis: selected", "basis: continuing", 1), "utf-8")
    (walkthrough / "programme" / "2022.yaml").write_text("cells: []\n", "utf-8")
    # van-phong "continuing" a model it was not in: a warning, which the cache keeps
    cold = opened()
    assert cold[0] == ["OrganisationFile", "ProgrammeFile", "ProgrammeFile"]
    assert any("van-phong" in t and "2022" in t for t in cold[1])
    assert opened() == ([], cold[1])
    programme.write_text(programme.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    # The programmes' checks are keyed by every shared file, the organisation's by itself.
    assert opened() == (["ProgrammeFile", "ProgrammeFile"], cold[1])
    programme.write_text(
        programme.read_text(encoding="utf-8") + "  - cell: no-such-cell\n    basis: selected\n",
        encoding="utf-8",
    )  # an error: never kept, checked each time
    errors = opened()
    assert errors[0] == ["ProgrammeFile", "ProgrammeFile"]
    assert any("no-such-cell" in t for t in errors[1])
    assert opened() == (["ProgrammeFile"], errors[1])  # 2022's, clean, was kept
