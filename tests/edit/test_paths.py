"""Where each kind of file is, and a new file's header."""

from __future__ import annotations

from fourgood.edit import paths


def test_paths_and_headers() -> None:
    assert paths.roster("van-phong") == "cells/van-phong/roster.yaml"
    assert paths.meetings("van-phong", 2023) == "cells/van-phong/meetings-2023.yaml"
    assert paths.record("van-phong", 2023) == "cells/van-phong/record-2023.yaml"
    assert paths.programme(2024) == "programme/2024.yaml"
    header = paths.header("record", cell="van-phong", name="Chi bộ Văn phòng", year=2024)
    assert header.startswith("# yaml-language-server: $schema=")
    assert "Chi bộ Văn phòng" in header
    assert header.endswith("\n")
