"""The fallback writer: ruamel's round trip keeps comments and order where the splicer cannot
edit the text."""

from __future__ import annotations

from fourgood.edit.ops import Delete, Insert, Op, Set, apply
from fourgood.edit.roundtrip import roundtrip
from fourgood.read.yamlio import read_document


def test_a_block_scalar_is_replaced_and_comments_stay() -> None:
    text = "# the record\nnote: |\n  a block\ncandidates: 1   # sent to the course\n"
    ops: list[Op] = [
        Set(("note",), "short"),
        Set(("work_programme",), "2024-01-05"),
        Delete(("x",)),
    ]
    after = roundtrip(text, ops, "record")
    assert read_document(after.encode()).data == apply(read_document(text.encode()).data, ops)
    # a key the model does not know stays first; the block scalar keeps its style
    assert after.startswith("# the record\nnote: |-\n  short\nwork_programme: 2024-01-05\n")
    assert "candidates: 1   # sent to the course" in after


def test_new_entries_take_the_files_style_and_dates_stay_plain() -> None:
    text = "members:\n- id: A\n  name: Ánh\n"
    member = {"id": "B", "name": "Bình", "born": "1990-01-02"}
    after = roundtrip(text, [Insert(("members",), 1, member)], "roster")
    assert after == "members:\n- id: A\n  name: Ánh\n- id: B\n  name: Bình\n  born: 1990-01-02\n"


def test_a_file_of_comments_keeps_them() -> None:
    after = roundtrip("# header\n", [Set(("members",), [])], "roster")
    assert after == "# header\nmembers: []\n"
