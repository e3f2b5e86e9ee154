"""The files a new year starts with: the programme (cells carrying on, the others for the board
in comments, those gone named), an empty log and a record for each cell carrying on; written
without ever overwriting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.models.programme import Programme
from fourgood.read.yamlio import read_document
from fourgood.reporting.carry_on import Carried, NewYear
from fourgood.write.new_year import new_year_files, programme_text, write_new_year

PLAN = NewYear(
    2027,
    date(2026, 12, 1),
    continuing=(Carried("attp", "Chi bộ ATTP", "met"), Carried("b", "Chi bộ B", "met")),
    to_decide=(
        Carried("c", "Chi bộ C", "not_met", (("Q", 85),)),
        Carried("d", "Chi bộ D", "incomplete", (("S", 90), ("M", 94))),
        Carried("e", "Chi bộ E", None),
    ),
    gone=(
        Carried("f", "Chi bộ F", None, (), (date(2026, 7, 1), "merged", "Chi bộ B")),
        Carried("g", "Chi bộ G", None, (), (date(2026, 3, 1), "dissolved", "")),
    ),
    uncovered=(),
)


def test_the_programme_carries_on_the_cells_that_met_the_standard() -> None:
    text = programme_text(PLAN)
    programme = Programme.model_validate(read_document(text.encode()).data)
    assert [(p.cell, p.basis) for p in programme.cells] == [
        ("attp", "continuing"),
        ("b", "continuing"),
    ]
    assert (
        text.splitlines()[0] == "# yaml-language-server: $schema=../schemas/programme.schema.json"
    )
    assert "from the results of 2026 (as of 2026-12-01: the year was not over" in text
    assert text.splitlines()[-8:] == [
        "# For the board to decide: 2026 ended below the standard",
        "# (Ban Thường vụ xem xét: năm 2026 chưa đạt chuẩn):",
        "#  - {cell: c, basis: selected}   # not met / chưa đạt chuẩn (Q 85)",
        "#  - {cell: d, basis: selected}   # incomplete / còn thiếu dữ liệu (S 90, M 94)",
        "#  - {cell: e, basis: selected}   # not scored / chưa chấm điểm",
        "# Left the programme of 2026 (không còn trong chương trình):",
        "#    f: merged into Chi bộ B on 2026-07-01 / sáp nhập vào Chi bộ B ngày 2026-07-01",
        "#    g: dissolved on 2026-03-01 / giải thể ngày 2026-03-01",
    ]


def test_no_cell_carries_on() -> None:
    empty = NewYear(2026, None, (), (Carried("c", "Chi bộ C", "not_met"),), (), ())
    text = programme_text(empty)
    assert "\ncells: []   # no cell met the standard in 2025\n" in text
    assert Programme.model_validate(read_document(text.encode()).data).cells == []
    assert "as of" not in text


def test_each_cell_carrying_on_gets_an_empty_log_and_a_record() -> None:
    files = new_year_files(PLAN, {"attp": True})
    assert sorted(files) == [
        "cells/attp/meetings-2027.yaml",
        "cells/attp/record-2027.yaml",
        "cells/b/meetings-2027.yaml",
        "cells/b/record-2027.yaml",
        "programme/2027.yaml",
    ]
    assert "classification_points" in files["cells/attp/record-2027.yaml"]
    assert "classification_points" not in files["cells/b/record-2027.yaml"]


def test_nothing_is_overwritten(tmp_path: Path) -> None:
    files = new_year_files(PLAN, {})
    (tmp_path / "cells" / "b").mkdir(parents=True)
    (tmp_path / "cells" / "b" / "record-2027.yaml").write_text("mine\n", encoding="utf-8")
    done = write_new_year(tmp_path, files)
    assert done.written == (
        "cells/attp/meetings-2027.yaml",
        "cells/attp/record-2027.yaml",
        "cells/b/meetings-2027.yaml",
        "programme/2027.yaml",
    )
    assert done.kept == ("cells/b/record-2027.yaml",)
    assert (tmp_path / "cells/b/record-2027.yaml").read_text(encoding="utf-8") == "mine\n"
    assert (tmp_path / "programme/2027.yaml").read_text(encoding="utf-8") == files[
        "programme/2027.yaml"
    ]
    with pytest.raises(UserError) as caught:
        write_new_year(tmp_path, files)  # the programme is there now: the year was started
    assert caught.value.message == msg("year.programme_exists")
    assert caught.value.file == str(tmp_path / "programme/2027.yaml")


def test_a_link_even_dangling_is_never_written_over(tmp_path: Path) -> None:
    (tmp_path / "cells" / "attp").mkdir(parents=True)
    log = tmp_path / "cells" / "attp" / "meetings-2027.yaml"
    log.symlink_to(tmp_path / "nowhere.yaml")
    done = write_new_year(tmp_path, new_year_files(PLAN, {}))
    assert "cells/attp/meetings-2027.yaml" in done.kept
    assert log.is_symlink()
    assert not (tmp_path / "nowhere.yaml").exists()


def test_a_place_that_cannot_be_written_leaves_the_year_to_start_again(tmp_path: Path) -> None:
    (tmp_path / "cells").write_text("a file where a directory should be\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        write_new_year(tmp_path, new_year_files(PLAN, {}))
    assert caught.value.message == msg("file.write_error", detail=msg("os.not_dir"))
    assert caught.value.file == str(tmp_path / "cells/attp/meetings-2027.yaml")
    assert not (tmp_path / "programme").exists()  # not started: it can be run again
    (tmp_path / "cells").unlink()
    done = write_new_year(tmp_path, new_year_files(PLAN, {}))
    assert done.written[-1] == "programme/2027.yaml"


def test_a_link_leading_out_of_the_data_set_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    (data / "cells").mkdir(parents=True)
    elsewhere.mkdir()
    (data / "cells" / "b").symlink_to(elsewhere)
    with pytest.raises(UserError) as caught:
        write_new_year(data, new_year_files(PLAN, {}))
    assert caught.value.message == msg("year.outside")
    assert caught.value.file == str(data / "cells" / "b")
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in (data / "cells").iterdir()) == ["b"]


def test_an_id_that_is_not_a_plain_word_is_quoted_and_reads_back_the_same() -> None:
    odd = ("x}", "a,b", "#1", "2023", "true", "tổ-1", "a'b\"c", "[x]")
    plan = NewYear(2027, None, tuple(Carried(i, i, "met") for i in odd), (), (), ())
    text = programme_text(plan)
    programme = Programme.model_validate(read_document(text.encode()).data)
    assert [(p.cell, p.basis) for p in programme.cells] == [(i, "continuing") for i in odd]
    assert "  - {cell: tổ-1, basis: continuing}\n" in text


def test_text_from_data_in_a_comment_stays_on_its_line() -> None:
    ended = (date(2026, 7, 1), "merged", "Chi bộ B\ncells: [evil]")
    plan = NewYear(2027, None, (), (), (Carried("f", "F", None, (), ended),), ())
    text = programme_text(plan)
    assert "#    f: merged into Chi bộ B\\ncells: [evil] on 2026-07-01" in text
    assert "\ncells: [evil]" not in text
