"""The monthly follow-up as figures: the cells without a regular meeting in the month, and the
thematic meetings held, each list in a fixed order."""

from __future__ import annotations

from datetime import date

from fourgood.models.meetings import Meeting, MeetingLog
from fourgood.reporting.followup import ThematicMeeting, build_followup

Cells = list[tuple[str, str, MeetingLog | None]]


def log(*meetings: tuple[str, str] | tuple[str, str, str]) -> MeetingLog:
    """A log of (day, kind[, topic]) meetings."""
    return MeetingLog(
        meetings=[
            Meeting.model_validate(
                {"date": m[0], "kind": m[1], **({"topic": m[2]} if len(m) == 3 else {})}
            )
            for m in meetings
        ]
    )


def test_a_regular_or_combined_meeting_in_the_month_counts() -> None:
    cells: Cells = [
        ("regular", "Chi bộ A", log(("2023-08-08", "regular"))),
        ("combined", "Chi bộ B", log(("2023-08-31", "combined", "Kiểm điểm"))),
        ("thematic-only", "Chi bộ C", log(("2023-08-15", "thematic", "Nghị quyết"))),
        ("no-log", "Chi bộ D", None),
        ("other-months", "Chi bộ E", log(("2023-07-31", "regular"), ("2023-09-01", "regular"))),
    ]
    report = build_followup(2023, 8, cells)
    assert (report.year, report.month, report.cells) == (2023, 8, 5)
    assert report.without_regular == (
        ("thematic-only", "Chi bộ C"),
        ("no-log", "Chi bộ D"),
        ("other-months", "Chi bộ E"),
    )
    assert report.thematic == (
        ThematicMeeting("thematic-only", "Chi bộ C", date(2023, 8, 15), "thematic", "Nghị quyết"),
        ThematicMeeting("combined", "Chi bộ B", date(2023, 8, 31), "combined", "Kiểm điểm"),
    )


def test_the_month_runs_from_its_first_day_to_its_last() -> None:
    leap: Cells = [("c", "Chi bộ", log(("2024-02-29", "regular")))]
    assert build_followup(2024, 2, leap).without_regular == ()
    assert build_followup(2024, 3, leap).without_regular == (("c", "Chi bộ"),)
    first: Cells = [("c", "Chi bộ", log(("2023-12-01", "regular")))]
    assert build_followup(2023, 12, first).without_regular == ()
    assert build_followup(2023, 11, first).without_regular == (("c", "Chi bộ"),)


def test_cells_without_a_meeting_in_vietnamese_order_of_their_names() -> None:
    cells: Cells = [
        ("z", "Chi bộ Đông", None),
        ("y", "Chi bộ Dương", None),
        ("x", "Chi bộ Ấp", None),
        ("w", "Chi bộ Bắc", None),
        ("v", "Chi bộ Bắc", None),
    ]
    assert [c for c, _ in build_followup(2023, 5, cells).without_regular] == [
        "x",  # Ấ (â) before B
        "v",  # same name: by id
        "w",
        "y",  # D before Đ
        "z",
    ]


def test_thematic_meetings_by_day_then_name() -> None:
    cells: Cells = [
        ("b", "Chi bộ Bình", log(("2023-06-20", "thematic"), ("2023-06-05", "thematic", "Một"))),
        ("a", "Chi bộ An", log(("2023-06-20", "thematic", "Hai"), ("2023-06-21", "regular"))),
    ]
    report = build_followup(2023, 6, cells)
    assert [(t.day.day, t.cell, t.topic) for t in report.thematic] == [
        (5, "b", "Một"),
        (20, "a", "Hai"),
        (20, "b", ""),  # no topic: empty text
    ]
    assert report.without_regular == (("b", "Chi bộ Bình"),)


def test_no_cells_taking_part() -> None:
    report = build_followup(2023, 1, [])
    assert (report.cells, report.without_regular, report.thematic) == (0, (), ())
