"""The templates of a cell's year: the meeting log (with a sample, or empty) and the annual
record, naming what the edition in force reads; every one reads and validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.read.yamlio import read_document
from fourgood.write.templates import meetings_text, record_text


def test_a_log_with_a_sample_meeting_or_empty() -> None:
    sample = MeetingLog.model_validate(
        read_document(meetings_text(2026, sample=True).encode()).data
    )
    assert [str(m.date) for m in sample.meetings] == ["2026-01-10"]
    text = meetings_text(2027, sample=False)
    assert text.startswith("# yaml-language-server: $schema=../../schemas/meetings.schema.json\n")
    assert "sổ sinh hoạt chi bộ năm 2027" in text
    assert MeetingLog.model_validate(read_document(text.encode()).data).meetings == []


@pytest.mark.parametrize("on_points", [True, False])
@pytest.mark.parametrize("work_programme", [True, False])
def test_a_record_reads_and_validates(on_points: bool, work_programme: bool) -> None:
    text = record_text(2027, on_points=on_points, work_programme=work_programme)
    record = AnnualRecord.model_validate(read_document(text.encode()).data)
    assert (record.work_programme is not None) is work_programme
    assert ("# classification_points: 92" in text) is on_points
    assert ("on_time: true, exceeded: false" in text) is on_points
    assert ("\ncommendations: []" in text) is not work_programme  # a new year's: one key at least


def test_the_comments_line_up(tmp_path: Path) -> None:
    text = record_text(2027, on_points=True, work_programme=True)
    columns = {line.index(" # ") for line in text.splitlines()[3:] if " # " in line}
    assert columns == {50}
