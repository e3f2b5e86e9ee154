"""A change shown as a short diff."""

from __future__ import annotations

from fourgood.edit.change import FileEdit
from fourgood.edit.diff import diff_lines, diff_text


def test_changed_lines_without_context_and_a_new_file() -> None:
    old = FileEdit("a.yaml", "a.yaml", b"x: 1\ny: 2\n", b"x: 1\ny: 3\n")
    assert diff_lines(old) == ["--- a.yaml", "+++ a.yaml", "@@ -2 +2 @@", "-y: 2", "+y: 3"]
    new = FileEdit("b.yaml", "data/b.yaml", None, b"z: 1\n")
    assert diff_text([new]).splitlines()[:2] == ["--- /dev/null", "+++ data/b.yaml"]


def test_hidden_characters_from_the_data_are_shown_not_obeyed() -> None:
    edit = FileEdit("a.yaml", "a.yaml", b"", "name: Hà\u202eevil\x1b[2J\n".encode())
    shown = diff_text([edit])
    assert "+name: Hà\\u202eevil\\x1b[2J\n" in shown
    assert "\u202e" not in shown
