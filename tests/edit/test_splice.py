"""Edits made to the text in place: every line the change does not touch stays character for
character, new entries take their neighbours' style, comments stay."""

from __future__ import annotations

import difflib

import pytest

from fourgood.edit.ops import Delete, Insert, Op, Set, apply
from fourgood.edit.splice import CannotSplice, splice
from fourgood.read.yamlio import read_document

ROSTER = """\
# The cell's members.
members:
  - id: TP-001
    name: Nguyễn Văn An
    admitted: 2001-05-19          # a comment that stays
    years:
      2023: {rating: HTXSNV, dues: in_full}
      #      rating: HTXSNV | HTTNV
  - {id: TP-002, name: Trần Thị Bình, admitted: 2008-02-03}
"""

LOG = """\
meetings:
  - {date: 2023-01-10, kind: regular, duration: 120}
  - {date: 2023-02-07, kind: regular, absent: {TP-004: excused},
     duration: 110}
  - date: 2023-03-07
    kind: combined   # both in one sitting
    topic: Học tập
"""


def edited(text: str, ops: list[Op], kind: str) -> str:
    data = read_document(text.encode()).data
    result = splice(text, data, ops, kind)
    assert read_document(result.encode()).data == apply(data, ops)
    return result


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_a_years_entry_replaced_where_it_stands() -> None:
    ops: list[Op] = [Set(("members", 0, "years", 2023), {"rating": "HTTNV", "dues": "late"})]
    after = edited(ROSTER, ops, "roster")
    assert changed_lines(ROSTER, after) == [
        "-      2023: {rating: HTXSNV, dues: in_full}",
        "+      2023: {rating: HTTNV, dues: late}",
    ]


def test_new_keys_go_where_the_model_orders_them_in_the_entrys_style() -> None:
    ops: list[Op] = [
        Set(("members", 0, "role"), "secretary"),
        Set(("members", 1, "years"), {2023: {"dues": "in_full"}}),
        Set(("members", 0, "years", 2024), {"studied": True}),
    ]
    after = edited(ROSTER, ops, "roster")
    assert changed_lines(ROSTER, after) == [
        "+    role: secretary",
        "+      2024: {studied: true}",
        "-  - {id: TP-002, name: Trần Thị Bình, admitted: 2008-02-03}",
        "+  - {id: TP-002, name: Trần Thị Bình, admitted: 2008-02-03,"
        " years: {2023: {dues: in_full}}}",
    ]
    assert "# a comment that stays" in after
    assert "#      rating: HTXSNV | HTTNV" in after


def test_a_new_member_is_a_block_and_a_new_meeting_a_line() -> None:
    member = {"id": "TP-003", "name": "Lê Đức Cường", "years": {2023: {"dues": "in_full"}}}
    after = edited(ROSTER, [Insert(("members",), 1, member)], "roster")
    assert changed_lines(ROSTER, after) == [
        "+  - id: TP-003",
        "+    name: Lê Đức Cường",
        "+    years:",
        "+      2023: {dues: in_full}",
    ]
    meeting = {"date": "2023-04-11", "kind": "regular", "topic": "Phòng, chống"}
    log = edited(LOG, [Insert(("meetings",), 3, meeting)], "meetings")
    assert changed_lines(LOG, log) == [
        '+  - {date: 2023-04-11, kind: regular, topic: "Phòng, chống"}'
    ]


def test_a_flow_mapping_over_two_lines_is_kept_when_another_entry_changes() -> None:
    after = edited(
        LOG, [Set(("meetings", 0, "duration"), 90), Delete(("meetings", 2, "topic"))], "meetings"
    )
    assert changed_lines(LOG, after) == [
        "-  - {date: 2023-01-10, kind: regular, duration: 120}",
        "+  - {date: 2023-01-10, kind: regular, duration: 90}",
        "-    topic: Học tập",
    ]
    assert (
        "  - {date: 2023-02-07, kind: regular, absent: {TP-004: excused},\n     duration: 110}"
        in after
    )


def test_a_block_entry_is_edited_key_by_key() -> None:
    meeting = {"date": "2023-03-07", "kind": "combined", "topic": "Học tập", "duration": 150}
    after = edited(LOG, [Set(("meetings", 2), meeting)], "meetings")
    assert changed_lines(LOG, after) == ["+    duration: 150"]
    assert "kind: combined   # both in one sitting" in after


def test_an_empty_list_becomes_a_block_and_a_new_file_gets_its_keys() -> None:
    text = "incidents: []     # none\ncandidates: 1\n"
    after = edited(
        text, [Insert(("incidents",), 0, {"date": "2023-05-05", "kind": "breach_of_law"})], "record"
    )
    assert after.startswith("incidents:\n  - {date: 2023-05-05, kind: breach_of_law}")
    header = "# a new record\n"
    new = edited(
        header,
        [Set(("work_programme",), "2024-01-05"), Set(("inspection",), {"planned": 2, "done": 1})],
        "record",
    )
    assert new == "# a new record\nwork_programme: 2024-01-05\ninspection: {planned: 2, done: 1}\n"


def test_many_edits_of_one_file_in_one_reading() -> None:
    text = "members:\n" + "".join(
        f"  - {{id: M{i}, years: {{2023: {{dues: late}}}}}}\n" for i in range(30)
    )
    ops: list[Op] = [Set(("members", i, "years", 2023), {"dues": "in_full"}) for i in range(30)]
    after = edited(text, ops, "roster")
    assert after.count("dues: in_full") == 30


def test_what_the_splicer_does_not_edit_is_said() -> None:
    text = "note: |\n  a block\n  of text\n"
    with pytest.raises(CannotSplice):
        splice(text, read_document(text.encode()).data, [Set(("note",), "short")], "record")
    with pytest.raises(CannotSplice):
        splice("a: [\n", {}, [Set(("a",), 1)], "record")
