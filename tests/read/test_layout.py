"""Finding a data set's files: which are read, which are warned about, and what is not one."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fourgood.errors import Severity, UserError
from fourgood.i18n.message import msg
from fourgood.read.layout import CellFiles, Layout, discover


def make(root: Path, *files: str) -> Path:
    """A data set with ``organisation.yaml`` and the given files (a trailing / makes a dir)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "organisation.yaml").write_text("bloc: {id: b, name: B}\n", encoding="utf-8")
    for name in files:
        path = root / name
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("x: 1\n", encoding="utf-8")
    return root


def warnings(layout: Layout) -> list[str]:
    assert all(p.severity is Severity.WARNING for p in layout.problems)
    return [p.text("en") for p in layout.problems]


def test_every_kind_of_file_is_found(tmp_path: Path) -> None:
    root = make(
        tmp_path / "data",
        "programme/2023.yaml",
        "programme/2024.yaml",
        "cells/attp/roster.yaml",
        "cells/attp/meetings-2023.yaml",
        "cells/attp/record-2023.yaml",
        "cells/attp/record-2024.yaml",
        "cells/empty/",
        "rubrics/mine.yaml",
        "README.md",
        "cells/attp/notes.txt",
    )
    layout = discover(str(root))
    assert layout.organisation == "organisation.yaml"
    assert layout.programmes == {2023: "programme/2023.yaml", 2024: "programme/2024.yaml"}
    assert layout.cells == {
        "attp": CellFiles(
            roster="cells/attp/roster.yaml",
            meetings={2023: "cells/attp/meetings-2023.yaml"},
            records={2023: "cells/attp/record-2023.yaml", 2024: "cells/attp/record-2024.yaml"},
        ),
        "empty": CellFiles(),
    }
    assert layout.rubrics == ["rubrics/mine.yaml"]
    assert layout.problems == []  # files that are not YAML are not data, and not warned about


def test_paths_are_shown_under_the_directory_given(tmp_path: Path) -> None:
    root = make(tmp_path / "data")
    layout = discover(str(root) + "/")
    assert layout.root == str(root)  # normalised
    assert layout.shown("cells/a/roster.yaml") == f"{root}/cells/a/roster.yaml"
    assert layout.absolute("organisation.yaml") == f"{root}/organisation.yaml"


def test_the_current_directory_is_not_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(make(tmp_path / "data", "programme/2023.yaml"))
    layout = discover(".")
    assert layout.root == "."
    assert layout.shown("programme/2023.yaml") == "programme/2023.yaml"
    assert layout.absolute("programme/2023.yaml") == "./programme/2023.yaml"
    assert Layout("").shown("organisation.yaml") == "organisation.yaml"


def test_an_empty_path_is_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(make(tmp_path / "data", "programme/2023.yaml"))
    layout = discover("")
    assert layout.root == "."
    assert layout.programmes == {2023: "programme/2023.yaml"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("notes.yaml", "organisation.yaml"),
        ("organisation.yml", "organisation.yaml"),
        ("programme/2023.yml", "programme/YYYY.yaml"),
        ("programme/plan.yaml", "programme/YYYY.yaml"),
        ("programme/23.yaml", "programme/YYYY.yaml"),
        ("programme/2023/", "programme/YYYY.yaml"),
        ("cells/attp.yaml", "cells/<cell>/roster.yaml"),
        ("cells/attp/meeting-2023.yaml", "meetings-YYYY.yaml"),
        ("cells/attp/records-2023.yaml", "record-YYYY.yaml"),
        ("cells/attp/rooster.yaml", "roster.yaml"),
        ("cells/attp/roster.yml", "roster.yaml"),
        ("cells/attp/2023.yaml", "roster.yaml, meetings-YYYY.yaml, record-YYYY.yaml"),
        ("rubrics/mine.yml", "rubrics/<name>.yaml"),
    ],
)
def test_yaml_files_fourgood_does_not_read_are_warned_about(
    tmp_path: Path, name: str, expected: str
) -> None:
    root = make(tmp_path / "data", name)
    layout = discover(str(root))
    shown = f"{root}/{name.rstrip('/')}"
    assert warnings(layout) == [
        f"{shown}: warning: not read: fourgood does not know this file (expected {expected})"
    ]
    assert layout.programmes == {}
    assert layout.rubrics == []
    assert all(files == CellFiles() for files in layout.cells.values())


def test_hidden_entries_are_not_data(tmp_path: Path) -> None:
    root = make(tmp_path / "data", ".git/config.yaml", ".notes.yaml", "cells/.swp.yaml", "cells/a/")
    layout = discover(str(root))
    assert layout.problems == []
    assert list(layout.cells) == ["a"]


def test_directories_named_like_files_are_not_read(tmp_path: Path) -> None:
    root = make(tmp_path / "data", "cells/a/roster.yaml/", "rubrics/r.yaml/")
    layout = discover(str(root))
    assert layout.cells["a"].roster == "cells/a/roster.yaml"  # read, and found a directory
    assert layout.rubrics == ["rubrics/r.yaml"]


def test_cell_directories_are_named_in_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "văn-phòng")
    root = make(tmp_path / "data", f"cells/{nfd}/roster.yaml")
    layout = discover(str(root))
    assert list(layout.cells) == ["văn-phòng"]
    # the path to open stays the one on disk
    roster = layout.cells["văn-phòng"].roster
    assert roster == f"cells/{nfd}/roster.yaml"
    assert os.path.exists(layout.absolute(roster))


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        discover(str(tmp_path / "nowhere") + "/")
    assert caught.value.message == msg("data.no_such_dir")
    assert caught.value.file == str(tmp_path / "nowhere")


def test_a_file_is_not_a_data_set(tmp_path: Path) -> None:
    (tmp_path / "organisation.yaml").write_text("bloc: {}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        discover(str(tmp_path / "organisation.yaml"))
    assert caught.value.message == msg("data.not_a_dir")


def test_a_directory_without_organisation_yaml(tmp_path: Path) -> None:
    (tmp_path / "cells").mkdir()
    with pytest.raises(UserError) as caught:
        discover(str(tmp_path))
    assert caught.value.message == msg("data.no_organisation", hint=msg("empty"))
    assert caught.value.file == str(tmp_path)


@pytest.mark.parametrize("name", ["organization.yaml", "Organisation.yml", "organisation.yaml.txt"])
def test_a_misnamed_organisation_file_is_pointed_out(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("bloc: {}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        discover(str(tmp_path))
    assert caught.value.message == msg(
        "data.no_organisation", hint=msg("data.did_you_mean", name=name)
    )


def test_an_unreadable_cell_directory_is_a_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make(tmp_path / "data", "cells/locked/roster.yaml", "cells/open/roster.yaml")
    real = os.scandir

    def scandir(path: Any) -> Iterator[os.DirEntry[str]]:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    layout = discover(str(root))
    assert [p.text("en") for p in layout.problems] == [
        f"{root}/cells/locked: error: cannot read this directory: permission denied"
    ]
    assert list(layout.cells) == ["open"]


def test_a_file_not_written_yet_is_counted_where_discover_would_put_it(tmp_path: Path) -> None:
    from fourgood.read.layout import add_file

    layout = discover(str(make(tmp_path / "data", "cells/a/roster.yaml")))
    for relative in (
        "programme/2026.yaml",
        "cells/a/meetings-2026.yaml",
        "cells/b/roster.yaml",
        "cells/b/record-2026.yaml",
        "rubrics/ours.yaml",
        "rubrics/ours.yaml",
        "cells/b/notes.yaml",
    ):
        add_file(layout, relative)
    assert layout.programmes == {2026: "programme/2026.yaml"}
    assert layout.cells["a"] == CellFiles(
        "cells/a/roster.yaml", {2026: "cells/a/meetings-2026.yaml"}
    )
    assert layout.cells["b"] == CellFiles(
        "cells/b/roster.yaml", {}, {2026: "cells/b/record-2026.yaml"}
    )
    assert layout.rubrics == ["rubrics/ours.yaml"]


def test_a_file_named_for_an_impossible_year_is_not_that_years(tmp_path: Path) -> None:
    root = make(
        tmp_path / "data",
        "programme/0000.yaml",
        "programme/2101.yaml",
        "cells/c/roster.yaml",
        "cells/c/meetings-1929.yaml",
        "cells/c/record-9999.yaml",
    )
    layout = discover(str(root))
    assert layout.programmes == {}
    assert layout.cells["c"].meetings == {}
    assert layout.cells["c"].records == {}
    assert len(warnings(layout)) == 4
