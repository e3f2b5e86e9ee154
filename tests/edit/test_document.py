"""A data file being edited: its data changes at once, its text when needed, and the text is
read back to check it holds exactly the data; byte-order mark and line ends are kept."""

from __future__ import annotations

import pytest

from fourgood.edit import document
from fourgood.edit.document import DataFile, EditFailed, plain
from fourgood.edit.ops import Insert, Set
from fourgood.errors import UserError


def test_edits_keep_the_bom_and_windows_line_ends() -> None:
    before = b"\xef\xbb\xbfcandidates: 1\r\n# note\r\n"
    f = DataFile("record", "r.yaml", before)
    assert not f.changed
    f.apply([Set(("candidates",), 2)])
    assert f.data == {"candidates": 2}
    assert f.after() == b"\xef\xbb\xbfcandidates: 2\r\n# note\r\n"
    assert f.changed


def test_a_new_file_starts_as_its_header_and_is_written_only_if_edited() -> None:
    f = DataFile("meetings", "m.yaml", None, "# header\n")
    assert not f.changed
    f.apply([Insert(("meetings",), 0, {"date": "2023-01-10", "kind": "regular"})])
    assert f.after() == b"# header\nmeetings:\n  - {date: 2023-01-10, kind: regular}\n"


def test_values_are_compared_as_the_readers_read_them() -> None:
    from datetime import date

    assert plain({"d": date(2023, 1, 2), "n": "Nguye\u0302\u0303n"}) == {
        "d": "2023-01-02",
        "n": "Nguyễn",
    }
    f = DataFile("record", "r.yaml", b"work_programme: 2023-01-02\n")
    f.apply([Set(("work_programme",), date(2023, 1, 2))])
    assert not f.changed  # the same date: the text stays as written


def test_a_file_that_does_not_read_cannot_be_edited() -> None:
    with pytest.raises(UserError) as caught:
        DataFile("record", "r.yaml", b"a: [\n")
    assert caught.value.file == "r.yaml:2:1"
    assert caught.value.message.key == "edit.unreadable"


def test_when_neither_writer_gives_the_data_the_edit_is_a_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(document, "splice", lambda text, data, ops, kind: text)
    monkeypatch.setattr(document, "roundtrip", lambda text, ops, kind: text)
    f = DataFile("record", "r.yaml", b"candidates: 1\n")
    f.apply([Set(("candidates",), 2)])
    with pytest.raises(EditFailed):
        f.after()
