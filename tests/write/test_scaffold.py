"""``fourgood init``'s templates: what they write, that the result validates at once, and that
nothing is ever overwritten."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.models.json_schema import KINDS, schema_text
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from fourgood.read.yamlio import read_document
from fourgood.write import scaffold as scaffold_module
from fourgood.write.scaffold import scaffold

FILES = [
    "README.md",
    "cells/chi-bo-mau/meetings-{year}.yaml",
    "cells/chi-bo-mau/record-{year}.yaml",
    "cells/chi-bo-mau/roster.yaml",
    "organisation.yaml",
    "programme/{year}.yaml",
    "schemas/meetings.schema.json",
    "schemas/organisation.schema.json",
    "schemas/programme.schema.json",
    "schemas/record.schema.json",
    "schemas/roster.schema.json",
    "schemas/rubric.schema.json",
]


def relative(root: Path, written: list[Path]) -> list[str]:
    return [str(p.relative_to(root)) for p in written]


def every_file(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_year_the_shipped_rubric_covers(tmp_path: Path) -> None:
    target = tmp_path / "my-bloc"
    written = scaffold(target, 2024)
    assert relative(target, written) == [f.format(year=2024) for f in FILES]
    assert every_file(target) == relative(target, written)
    ds = DataSet(str(target))
    assert ds.validate() == []
    assert sorted(ds.programmes) == [2024]
    assert ds.cell_ids() == ["chi-bo-mau"]
    rubric = ds.rubric_for(2024, "agency")
    assert rubric is not None
    assert ds.rubrics[0].shipped
    assert len(ds.rubrics) == 1


def test_a_year_no_shipped_rubric_covers_gets_a_copy_in_force_for_it(tmp_path: Path) -> None:
    target = tmp_path / "my-bloc"
    written = relative(target, scaffold(target, 2025))
    expected = sorted([f.format(year=2025) for f in FILES] + ["rubrics/4good.yaml"])
    assert written == expected
    copy = (target / "rubrics" / "4good.yaml").read_text(encoding="utf-8")
    assert copy.splitlines()[:3] == [
        "# yaml-language-server: $schema=../schemas/rubric.schema.json",
        "# A copy of fourgood's default rubric, put in force for 2025 too: fourgood ships no",
        "# rubric for 2025. Adapt it to the rules your bloc applies this year.",
    ]
    assert "\nyears: [2023, 2024, 2025]\n" in copy
    shipped = (shipped_rubrics_dir() / "4good-2023.yaml").read_text(encoding="utf-8")
    assert copy.endswith(shipped.replace("years: [2023, 2024]", "years: [2023, 2024, 2025]"))
    ds = DataSet(str(target))
    assert ds.validate() == []
    rubric = ds.rubric_for(2025, "enterprise")
    assert rubric is not None
    assert rubric.id == "4good"
    assert [s.file for s in ds.rubrics if not s.shipped] == [str(target / "rubrics/4good.yaml")]


def test_an_earlier_year_gets_a_copy_too(tmp_path: Path) -> None:
    scaffold(tmp_path / "old", 2022)
    copy = (tmp_path / "old" / "rubrics" / "4good.yaml").read_text(encoding="utf-8")
    assert "\nyears: [2022, 2023, 2024]\n" in copy
    assert DataSet(str(tmp_path / "old")).validate() == []


def test_the_year_is_written_into_the_templates(tmp_path: Path) -> None:
    scaffold(tmp_path / "b", 2031)
    meetings = read_document((tmp_path / "b/cells/chi-bo-mau/meetings-2031.yaml").read_bytes())
    assert meetings.data["meetings"][0]["date"] == "2031-01-10"
    roster = read_document((tmp_path / "b/cells/chi-bo-mau/roster.yaml").read_bytes()).data
    assert roster["members"][0]["years"] == {2031: {"dues": "in_full", "studied": True}}
    record = read_document((tmp_path / "b/cells/chi-bo-mau/record-2031.yaml").read_bytes()).data
    assert record == {"work_programme": "2031-01-10"}  # the rest is left to fill in
    readme = (tmp_path / "b" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# b\n")
    assert "`fourgood report --year 2031`" in readme


def test_every_data_file_points_at_its_schema(tmp_path: Path) -> None:
    target = tmp_path / "b"
    scaffold(target, 2025)
    yaml_files = sorted(target.rglob("*.yaml"))
    assert len(yaml_files) == 6
    for path in yaml_files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert found, path
        assert (path.parent / found[1]).resolve().is_file(), (path, found[1])
    for kind in KINDS:
        written = (target / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
        assert written == schema_text(kind)


def test_the_templates_explain_in_both_languages(tmp_path: Path) -> None:
    scaffold(tmp_path / "b", 2025)
    organisation = (tmp_path / "b" / "organisation.yaml").read_text(encoding="utf-8")
    assert "# Grassroots party committees (đảng bộ cơ sở), directly under the bloc:" in organisation
    record = (tmp_path / "b" / "cells/chi-bo-mau/record-2025.yaml").read_text(encoding="utf-8")
    assert '"missing evidence"' in record
    assert "# self_criticism: 2025-12-20" in record


def test_an_empty_directory_is_filled(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert len(scaffold(tmp_path / "empty", 2024)) == 12


def test_a_directory_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "used"
    target.mkdir()
    (target / "notes.txt").write_text("mine\n")
    with pytest.raises(UserError) as caught:
        scaffold(target, 2024)
    assert caught.value.message == msg("init.not_empty")
    assert caught.value.file == str(target)
    assert every_file(target) == ["notes.txt"]
    (target / "notes.txt").unlink()
    (target / ".git").mkdir()  # hidden entries count too
    with pytest.raises(UserError):
        scaffold(target, 2024)


def test_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "organisation.yaml"
    target.write_text("bloc: {}\n")
    with pytest.raises(UserError) as caught:
        scaffold(target, 2024)
    assert caught.value.message == msg("init.not_dir")
    assert target.read_text() == "bloc: {}\n"


def test_a_file_that_appears_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "b"
    publish = scaffold_module._publish

    def and_someone_else(building: Path, into: Path) -> None:
        into.mkdir()  # while the tree was built, another program wrote one file there
        (into / "organisation.yaml").write_text("bloc: {id: theirs}\n")
        publish(building, into)

    monkeypatch.setattr(scaffold_module, "_publish", and_someone_else)
    with pytest.raises(UserError) as caught:
        scaffold(target, 2024)
    assert caught.value.message == msg("init.exists")
    assert caught.value.file == str(target / "organisation.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]  # nothing else is left behind
    assert every_file(target) == ["organisation.yaml"]
    assert (target / "organisation.yaml").read_text() == "bloc: {id: theirs}\n"


def test_a_parent_that_is_not_a_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        scaffold(Path("/dev/null/data"), 2024)
    assert caught.value.message == msg("file.write_error", detail=msg("os.not_dir"))
    (tmp_path / "file").write_text("mine\n")
    with pytest.raises(UserError):
        scaffold(tmp_path / "file" / "deeper" / "data", 2024)
    assert every_file(tmp_path) == ["file"]


@pytest.mark.parametrize("failing_at", [1, 5, 12])
def test_a_full_disk_leaves_nothing_behind_and_a_retry_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_at: int
) -> None:
    import builtins
    import errno

    real_open = builtins.open
    opened: list[str] = []

    def filling(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "x":
            opened.append(str(path))
            if len(opened) == failing_at:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    target = tmp_path / "new" / "data"
    monkeypatch.setattr(builtins, "open", filling)
    with pytest.raises(UserError) as caught:
        scaffold(target, 2024)
    assert caught.value.message == msg("file.write_error", detail=msg("os.full"))
    assert list(tmp_path.iterdir()) == []  # not even the parent it made
    monkeypatch.setattr(builtins, "open", real_open)
    assert len(scaffold(target, 2024)) == 12


def test_an_interruption_into_an_empty_directory_takes_back_what_was_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    real_rename = os.rename
    moves: list[str] = []

    def interrupted(source: Any, destination: Any) -> None:
        moves.append(str(destination))
        if len(moves) == 3:
            raise KeyboardInterrupt
        real_rename(source, destination)

    monkeypatch.setattr(os, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        scaffold(target, 2024)
    assert list(target.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]
