"""Scorecards as JSON, CSV, Markdown and terminal tables: cells in Vietnamese order, every
criterion explained, in both languages."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from fourgood.i18n.message import Month, Msg, Person, Text, msg
from fourgood.render.scores import (
    CSV_COLUMNS,
    RICH_ROWS,
    card_json,
    ordered,
    plain_table,
    render_to_text,
    scores_csv_chunks,
    scores_json_chunks,
    scores_markdown,
    scores_rows,
    scores_table,
    status_text,
)
from fourgood.scoring.engine import ContentResult, CriterionResult, Scorecard, State, Status
from fourgood.scoring.window import Window


def criterion(
    id: str, points: int, top: int, measured: Msg | None = None, why: tuple[Msg, ...] = ()
) -> CriterionResult:
    state: State = "full" if points == top else "zero" if points == 0 else "partial"
    label = Text(f"Criterion {id}", f"Tiêu chí {id}")
    return CriterionResult(id, label, points, top, top, state, measured, why)


def content(id: str, *criteria: CriterionResult) -> ContentResult:
    points = sum(c.points for c in criteria)
    label = Text(f"Content {id}", f"Nội dung {id}")
    return ContentResult(id, label, points, 100, 100, points >= 95, criteria)


def card(
    cell: str, name: str, status: Status, *contents: ContentResult, kind: str = "agency"
) -> Scorecard:
    window = Window(date(2023, 1, 1), date(2023, 12, 31))
    return Scorecard(cell, name, kind, 2023, "4good", "2023.1", 95, window, status, contents)


AUGUST = msg("why.no_regular", month=Month(2023, 8))
ABSENT = msg("why.unexcused", name=Person("TP-5", "Ngô Văn Sơn"), day=date(2023, 10, 12))
MET = card(
    "b-cell",
    "Chi bộ Bình",
    "met",
    content(
        "P",
        criterion("P1", 60, 60, msg("measured.months", n=12, total=12)),
        criterion("P2", 40, 40),
    ),
    content("S", criterion("S1", 100, 100)),
)
SHORT = card(
    "a-cell",
    "Chi bộ Ấp | Một",
    "not_met",
    content(
        "P",
        criterion("P1", 50, 60, msg("measured.months", n=11, total=12), (AUGUST,)),
        criterion("P2", 40, 40),
    ),
    content("S", criterion("S1", 90, 100, None, (ABSENT,))),
    kind="public_service",
)


def test_cells_in_vietnamese_order_of_their_names() -> None:
    # Ấ is â, which comes before b (in code-point order it comes after z)
    assert [c.cell for c in ordered([MET, SHORT])] == ["a-cell", "b-cell"]
    later = replace(SHORT, year=2024)
    assert [(c.year, c.cell) for c in ordered([later, MET, SHORT])] == [
        (2023, "a-cell"),
        (2023, "b-cell"),
        (2024, "a-cell"),
    ]
    same_name = replace(MET, cell="a-twin")
    assert [c.cell for c in ordered([MET, same_name])] == ["a-twin", "b-cell"]


def test_statuses_in_words() -> None:
    assert [status_text(s, "en") for s in ("met", "not_met", "incomplete")] == [
        "met",
        "not met",
        "incomplete",
    ]
    assert status_text("not_met", "vi") == "chưa đạt"


def test_a_scorecard_as_json() -> None:
    data = card_json(SHORT, "en")
    assert {
        k: data[k] for k in ("id", "name", "type", "year", "period", "rubric", "pass_mark")
    } == {
        "id": "a-cell",
        "name": "Chi bộ Ấp | Một",
        "type": "public_service",
        "year": 2023,
        "period": {"start": "2023-01-01", "end": "2023-12-31"},
        "rubric": {"id": "4good", "version": "2023.1"},
        "pass_mark": 95,
    }
    assert data["status"] == "not_met"
    assert data["contents"]["P"]["criteria"][0] == {
        "id": "P1",
        "label": "Criterion P1",
        "points": 50,
        "best": 60,  # as the fixture has it
        "max": 60,
        "state": "partial",
        "measured": "meetings in 11 of 12 months",
        "why": ["no regular meeting in August 2023"],
    }
    assert data["contents"]["P"]["criteria"][1]["measured"] is None
    assert {k: v for k, v in data["contents"]["S"].items() if k != "criteria"} == {
        "label": "Content S",
        "points": 90,
        "max": 100,
        "met": False,
    }
    assert data["distance"] == [
        {"content": "P", "short": 5, "criteria": [{"id": "P1", "lost": 10}]},
        {"content": "S", "short": 5, "criteria": [{"id": "S1", "lost": 10}]},
    ]
    assert card_json(MET, "en")["distance"] == []
    vi = card_json(SHORT, "vi")
    assert vi["contents"]["S"]["criteria"][0]["why"] == [
        "Ngô Văn Sơn vắng không phép ngày 12/10/2023"
    ]
    assert vi["contents"]["P"]["label"] == "Nội dung P"


def test_the_json_list_one_cell_per_line() -> None:
    text = "".join(scores_json_chunks([MET, SHORT], "en"))
    lines = text.splitlines()
    assert lines[0] == "["
    assert lines[-1] == "]"
    assert len(lines) == 4
    assert json.loads(text) == [card_json(SHORT, "en"), card_json(MET, "en")]
    assert "".join(scores_json_chunks([], "en")) == "[]\n"


def test_csv_has_a_row_per_cell_and_criterion() -> None:
    text = "".join(scores_csv_chunks([MET, SHORT], "vi"))
    lines = text.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert lines[1:4] == [
        "2023,a-cell,Chi bộ Ấp | Một,public_service,not_met,P,90,false,P1,Tiêu chí P1,50,60,"
        "partial,có sinh hoạt 11/12 tháng,không sinh hoạt thường kỳ tháng 8/2023,,"
        "đơn vị sự nghiệp,chưa đạt,một phần",
        "2023,a-cell,Chi bộ Ấp | Một,public_service,not_met,P,90,false,P2,Tiêu chí P2,40,40,"
        "full,,,,đơn vị sự nghiệp,chưa đạt,đủ điểm",
        "2023,a-cell,Chi bộ Ấp | Một,public_service,not_met,S,90,false,S1,Tiêu chí S1,90,100,"
        "partial,,Ngô Văn Sơn vắng không phép ngày 12/10/2023,,đơn vị sự nghiệp,chưa đạt,"
        "một phần",
    ]
    assert len(lines) == 1 + 3 + 3
    assert lines[4].startswith("2023,b-cell,Chi bộ Bình,agency,met,P,100,true,P1,")


def test_rows_for_spreadsheets_keep_their_types() -> None:
    first = next(scores_rows([SHORT], "en"))
    assert first[:8] == [
        2023,
        "a-cell",
        "Chi bộ Ấp | Một",
        "public_service",
        "not_met",
        "P",
        90,
        False,
    ]
    assert first[10:12] == [50, 60]


def test_large_csv_comes_in_chunks_of_a_thousand_rows() -> None:
    cards = [replace(MET, cell=f"c{i:04d}") for i in range(400)]  # 1,200 criteria
    chunks = list(scores_csv_chunks(cards, "en"))
    assert [chunk.count("\n") for chunk in chunks] == [1000, 201]  # 1,000 lines, then the rest
    assert "".join(chunks).count("\n") == 1 + 1200


def test_markdown_table() -> None:
    assert scores_markdown([MET, SHORT], "en") == (
        "| Cell | Type | P | S | Status |\n"
        "|---|---|--:|--:|---|\n"
        "| Chi bộ Ấp \\| Một (a-cell) | public service unit | 90 | 90 | not met |\n"
        "| Chi bộ Bình (b-cell) | agency | 100 | 100 | met |\n"
    )


def test_markdown_explained() -> None:
    text = scores_markdown([SHORT], "vi", explain=True)
    assert text.split("\n\n")[1:] == [
        "### Chi bộ Ấp \\| Một (a-cell): chưa đạt",
        "**P. Nội dung P: 90/100**",
        "| Tiêu chí | Điểm | Căn cứ |\n"
        "|---|--:|---|\n"
        "| P1. Tiêu chí P1 | 50/60 | không sinh hoạt thường kỳ tháng 8/2023 |\n"
        "| P2. Tiêu chí P2 | 40/40 |  |",
        "**S. Nội dung S: 90/100**",
        "| Tiêu chí | Điểm | Căn cứ |\n"
        "|---|--:|---|\n"
        "| S1. Tiêu chí S1 | 90/100 | Ngô Văn Sơn vắng không phép ngày 12/10/2023 |",
        "Nội dung P còn thiếu 5 điểm so với chuẩn (điểm bị trừ: P1 −10)\n"
        "Nội dung S còn thiếu 5 điểm so với chuẩn (điểm bị trừ: S1 −10)\n",
    ]


def test_markdown_shows_what_was_measured_when_nothing_was_lost() -> None:
    text = scores_markdown([MET], "en", explain=True)
    assert "| P1. Criterion P1 | 60/60 | meetings in 12 of 12 months |" in text


def test_the_terminal_table() -> None:
    text = render_to_text(scores_table([MET, SHORT], "en"), 100)
    lines = [line.rstrip() for line in text.splitlines()]
    assert lines[0] == "4 Good scores, 2023"
    assert "┃ Cell                     ┃ Type           ┃   P ┃   S ┃ Status  ┃" in lines
    assert "│ Chi bộ Ấp | Một (a-cell) │ public service │  90 │  90 │ not met │" in lines
    assert "│ Chi bộ Bình (b-cell)     │ agency         │ 100 │ 100 │ met     │" in lines
    assert lines[-1] == "2 cells: 1 met, 1 not met, 0 incomplete"


def test_the_terminal_table_explained() -> None:
    text = render_to_text(scores_table([SHORT], "en", explain=True), 100)
    assert "Chi bộ Ấp | Một (a-cell) · 2023 · not met  rubric 4good 2023.1" in text
    assert "P. Content P: 90/100" in text
    assert "│ P1. Criterion P1" in text
    assert "meetings in 11 of 12 months" in text
    assert "• no regular meeting in August 2023" in text
    assert "→ S is 5 points short of the standard (points lost: S1 −10)" in text


def test_above_the_rich_limit_the_table_is_plain_text() -> None:
    cards = [replace(MET, cell=f"c{i:03d}") for i in range(RICH_ROWS)]
    assert not isinstance(scores_table(cards, "en"), str)
    cards.append(replace(SHORT, cell="z-last"))
    text = scores_table(cards, "en", explain=True)
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[0] == "4 Good scores, 2023"
    assert lines[2].split() == ["Cell", "Type", "P", "S", "Status"]
    assert set(lines[3]) == {"-", " "}
    assert lines[4] == "Chi bộ Ấp | Một (z-last)  public service unit   90   90  not met"
    assert "501 cells: 500 met, 1 not met, 0 incomplete" in lines
    assert "    P1 50/60 Criterion P1 (meetings in 11 of 12 months)" in lines
    assert "      - no regular meeting in August 2023" in lines
    assert "  -> P is 5 points short of the standard (points lost: P1 −10)" in lines


def test_plain_columns_align_by_terminal_width() -> None:
    text = plain_table(["Chi bộ", "Điểm"], [["Đặng Văn Ấn", "95"], ["An", "100"]], right={1})
    assert text == ("Chi bộ       Điểm\n-----------  ----\nĐặng Văn Ấn    95\nAn            100\n")
