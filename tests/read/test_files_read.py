"""The files a data set read, kept by their paths relative to it, give the same names and
paths to open as the joined names they replace, under each way of naming the data set."""

from __future__ import annotations

import os

import pytest

from fourgood.read.files_read import FilesRead
from fourgood.read.layout import Layout

RELATIVES = ["organisation.yaml", "cells/van-phòng/roster.yaml", "programme/2023.yaml"]


@pytest.mark.parametrize("root", ["", ".", "data", "data/", "/srv/bloc", "../bloc"])
def test_the_files_read_map_each_shown_name_to_the_path_to_open(root: str) -> None:
    layout = Layout(root)
    files = FilesRead(layout)
    for relative in RELATIVES:
        files.add(relative)
    files.add_other("/usr/lib/fourgood/rubric.yaml", "/usr/lib/fourgood/rubric.yaml")
    expected = dict(layout.place(r) for r in RELATIVES)
    expected["/usr/lib/fourgood/rubric.yaml"] = "/usr/lib/fourgood/rubric.yaml"
    assert dict(files) == expected
    assert len(files) == len(expected)
    for shown, path in expected.items():
        assert shown in files
        assert files[shown] == path


@pytest.mark.parametrize("root", ["", "data"])
def test_a_file_not_read_is_not_found(root: str) -> None:
    files = FilesRead(Layout(root))
    files.add("cells/a/roster.yaml")
    for shown in ["cells/b/roster.yaml", os.path.join("other", "cells/a/roster.yaml"), "data"]:
        assert shown not in files
        with pytest.raises(KeyError):
            files[shown]


def test_what_a_worker_took_is_counted_by_the_parent() -> None:
    layout = Layout("data")
    parent, worker = FilesRead(layout), FilesRead(layout)
    parent.add("organisation.yaml")
    worker.add("cells/a/roster.yaml")
    worker.add("organisation.yaml")
    worker.add_other("/shipped.yaml", "/shipped.yaml")
    parent.absorb(*worker.take())
    assert len(worker) == 0
    assert sorted(parent) == ["/shipped.yaml", "data/cells/a/roster.yaml", "data/organisation.yaml"]


def test_a_file_counted_both_ways_is_counted_once() -> None:
    layout = Layout("data")
    files = FilesRead(layout)
    files.add("rubrics/local.yaml")
    files.add_other("data/rubrics/local.yaml", "data/rubrics/local.yaml")
    files.add_other("/shipped.yaml", "/shipped.yaml")
    assert len(files) == len(list(files)) == 2
