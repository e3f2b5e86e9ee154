"""Reading files into validated models, every problem located at path:line:col, through the
cache when there is one; problems found later are located by re-reading each file once."""

from __future__ import annotations

from pathlib import Path

from fourgood.errors import Anchor, Problem
from fourgood.i18n.message import msg
from fourgood.models.organisation import Organisation
from fourgood.models.programme import Programme
from fourgood.read.cache import Cache
from fourgood.read.loading import Locator, load_model, place, validate_document
from fourgood.read.located import read_located
from fourgood.read.yamlio import Document

ORG = "bloc:\n  id: b\n  name: Đảng ủy Khối\ncells: []\n"


def test_a_valid_file_gives_its_model_and_no_problems(tmp_path: Path) -> None:
    path = tmp_path / "organisation.yaml"
    path.write_text(ORG, encoding="utf-8")
    loaded = load_model(str(path), "data/organisation.yaml", Organisation)
    assert loaded.problems == ()
    assert loaded.model is not None
    assert loaded.model.bloc.name == "Đảng ủy Khối"


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    loaded = load_model(str(tmp_path / "gone.yaml"), "data/gone.yaml", Organisation)
    assert loaded.model is None
    assert loaded.problems == (Problem("data/gone.yaml", msg("file.missing")),)


def test_an_empty_file_and_a_file_that_is_not_a_mapping() -> None:
    for text in ("", "# only comments\n"):
        empty = load_model("x", "f.yaml", Organisation, data=text.encode())
        assert [p.text("en") for p in empty.problems] == [
            "f.yaml:1:1: error: the file is empty; it should hold a mapping (key: value lines)"
        ]
    listed = load_model("x", "f.yaml", Organisation, data=b"\n\n- a\n- b\n")
    assert [p.text("en") for p in listed.problems] == [
        "f.yaml:3:1: error: the file should hold a mapping (key: value lines), but holds a list"
    ]
    assert listed.model is None


def test_a_file_holding_one_value_is_not_quoted_it_may_be_a_secret() -> None:
    for data in (b"ghp_s3cretT0ken\n", b"root:x:0:0:root:/root:/bin/bash\n", b"4242\n"):
        loaded = load_model("x", "f.yaml", Organisation, data=data)
        shown = [p.text(lang) for p in loaded.problems for lang in ("en", "vi")]
        assert len(shown) == 2
        assert all(data.decode().strip() not in text for text in shown)
        assert shown[0].startswith("f.yaml:1:1: error: the file should hold a mapping")


def test_a_yaml_error_is_a_located_problem() -> None:
    loaded = load_model("x", "f.yaml", Organisation, data=b"bloc: {id: b, name: B}\nbloc: {}\n")
    assert [p.text("en") for p in loaded.problems] == [
        "f.yaml:2:1: error: duplicate key 'bloc': each key may appear once in a mapping"
    ]


def test_problems_are_located_although_the_file_was_read_fast() -> None:
    data = b"bloc:\n  id: b\n  name: B\ncells:\n  - {id: c, name: C, type: agency}\n"
    loaded = load_model("x", "f.yaml", Organisation, data=data)
    assert [p.text("en") for p in loaded.problems] == [
        "f.yaml:5:5: error: missing required key 'parent'"
    ]


def test_when_the_located_reader_refuses_what_the_fast_one_read_its_verdict_is_reported() -> None:
    data = b"cells: [{cell: a, basis: picked}]\ncells: []\n"
    document = Document({"cells": [{"cell": "a", "basis": "picked"}]}, None)
    loaded = validate_document(document, data, "f.yaml", Programme)
    assert loaded.model is None
    assert [(p.message.key, p.line, p.column) for p in loaded.problems] == [
        ("yaml.duplicate_key", 2, 1)
    ]


def test_a_problem_is_placed_at_its_key_value_or_container() -> None:
    _, positions = read_located("bloc:\n  id: b\n  nme: B\n")
    where = ("bloc", "nme")
    key = place(Problem("f", msg("empty"), where=where, anchor=Anchor.KEY), positions)
    value = place(Problem("f", msg("empty"), where=where), positions)
    container = place(
        Problem("f", msg("empty"), where=("bloc",), anchor=Anchor.CONTAINER), positions
    )
    assert (key.line, key.column) == (3, 3)
    assert (value.line, value.column) == (3, 8)
    assert (container.line, container.column) == (2, 3)
    unplaced = Problem("f", msg("empty"), line=9, column=9)
    assert place(unplaced, positions) is unplaced


def test_the_cache_answers_for_a_file_it_has_seen(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    data = ORG.encode()
    first = load_model("x", "f.yaml", Organisation, data=data, cache=cache)
    cache.flush()
    cached = cache.get(data, "Organisation")
    assert cached == ({"bloc": {"id": "b", "name": "Đảng ủy Khối"}, "cells": []},)
    assert cache.get(data, "Programme") is None  # entries are per kind of file
    assert load_model("x", "f.yaml", Organisation, data=data, cache=cache).model == first.model
    # what the cache holds is what a hit gives: the file is not read again
    cache.put(data, "Organisation", {"bloc": {"id": "cached", "name": "From the cache"}})
    cache.flush()
    hit = load_model("x", "f.yaml", Organisation, data=data, cache=cache).model
    assert hit is not None
    assert hit.bloc.id == "cached"
    cache.close()


def test_invalid_files_are_not_cached(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    data = b"bloc: {id: b}\n"
    loaded = load_model("x", "f.yaml", Organisation, data=data, cache=cache)
    assert loaded.model is None
    cache.flush()
    assert cache.get(data, "Organisation") is None
    cache.close()


def test_a_stale_cache_entry_is_dropped_and_the_file_read_itself(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    data = ORG.encode()
    cache.put(data, "Organisation", {"bloc": "not what the file says"})
    cache.flush()
    loaded = load_model("x", "f.yaml", Organisation, data=data, cache=cache)
    assert loaded.problems == ()
    assert loaded.model is not None
    assert loaded.model.bloc.id == "b"
    cache.flush()
    cached = cache.get(data, "Organisation")
    assert cached is not None
    assert cached[0]["bloc"] == {"id": "b", "name": "Đảng ủy Khối"}  # replaced by the file's
    cache.close()


def test_the_locator_places_later_problems_reading_each_file_once(tmp_path: Path) -> None:
    path = tmp_path / "programme.yaml"
    path.write_text("cells:\n  - {cell: a, basis: selected}\n  - {cell: b, basis: selected}\n")
    paths = {"data/programme.yaml": str(path)}
    first = Problem("data/programme.yaml", msg("empty"), where=("cells", 1, "cell"))
    locator = Locator()
    (located,) = locator.locate([first], paths)
    assert (located.line, located.column, located.where) == (3, 12, None)
    path.write_text("cells: []\n")  # changed meanwhile: the positions read first are kept
    second = Problem("data/programme.yaml", msg("empty"), where=("cells", 0, "basis"))
    (again,) = locator.locate([second], paths)
    assert (again.line, again.column) == (2, 22)


def test_a_problem_in_a_file_that_cannot_be_read_again_keeps_no_position(tmp_path: Path) -> None:
    problems = [
        Problem("gone.yaml", msg("empty"), where=("cells", 0)),
        Problem("unknown.yaml", msg("empty"), where=("cells", 0)),
        Problem("placed.yaml", msg("empty"), line=4, column=2),
    ]
    paths = {"gone.yaml": str(tmp_path / "gone.yaml")}
    located = Locator().locate(problems, paths)
    assert [(p.file, p.line, p.column, p.where) for p in located] == [
        ("gone.yaml", None, None, None),
        ("unknown.yaml", None, None, None),
        ("placed.yaml", 4, 2, None),
    ]


def test_the_locator_reads_a_changed_file_as_the_change_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "programme.yaml"
    path.write_text("cells: []\n")
    after = b"# new\ncells:\n  - {cell: a, basis: selected}\n"
    problem = Problem("programme.yaml", msg("empty"), where=("cells", 0, "basis"))
    (located,) = Locator({str(path): after}).locate([problem], {"programme.yaml": str(path)})
    assert (located.line, located.column) == (3, 22)
