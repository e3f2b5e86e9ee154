"""The commented templates of a cell's year: its meeting log and its annual record, as ``init``
and ``year start`` write them (in English and Vietnamese, for the edition in force).

A record template names the facts the edition in force reads: from 2025 (366-QĐ/TW) the
tasks' timing and whether they were exceeded, and the classification points.
"""

from __future__ import annotations

from fourgood.models.json_schema import modeline

MEETINGS = """\
{modeline}
# The cell's meetings in {year} (sổ sinh hoạt chi bộ). Everyone on the roster who is not
# exempt and not listed under absent was present.
# kind: regular (thường kỳ) | thematic (chuyên đề) | combined (kết hợp); duration in minutes;
# rating: good | fair | average | poor, or the score sheet's item points under sheet:.
meetings:
  - date: {year}-01-10
    kind: regular
    topic: Triển khai chương trình công tác năm
    duration: 120
    absent: {{DV-0003: excused}}          # excused (có phép) | unexcused (không phép)
    rating: good
    minutes_recorded: true              # biên bản
    conclusion_recorded: true           # kết luận ghi vào sổ nghị quyết
"""

EMPTY_MEETINGS = """\
{modeline}
# The cell's meetings in {year} (sổ sinh hoạt chi bộ năm {year}), one entry per meeting as it is
# held. Everyone on the roster who is not exempt and not listed under absent was present.
# kind: regular (thường kỳ) | thematic (chuyên đề) | combined (kết hợp); duration in minutes;
# rating: good | fair | average | poor, or the score sheet's item points under sheet:, e.g.
#  - {{date: {year}-01-10, kind: regular, duration: 120, rating: good,
#     minutes_recorded: true, conclusion_recorded: true}}
meetings: []
"""

RECORD = """\
{modeline}
# The cell's annual record for {year} (hồ sơ năm). Leave out what is not known yet: a fact
# left out is "missing evidence" and scores nothing until it is recorded.
{work_programme}
# targets:                                         # the unit's own targets
#   - {{name: ..., achieved: true{task_fields}}}
# key_tasks:                                       # set by the upper committee
#   - {{name: ..., completed: true{task_fields}}}
# mass_organisations: {{trade_union: HTTNV, youth_union: HTTNV, women_union: HTTNV}}
# incidents: []                                    # none; or {{date, kind, note}}
# inspection: {{planned: 2, done: 2}}
# self_criticism: {year}-12-20                       # annual review; false if not held
# candidates: 1                                    # sent to the party course
# assessed: {{P4: {{points: 20, note: ...}}, S5: {{points: 20, note: ...}}}}
# classification: HTTNV                            # HTXSNV | HTTNV | HTNV | KHTNV
{points}{commendations}
"""

POINTS = """\
# classification_points: 92                        # on 100: HTXSNV 90+, HTTNV 70+, HTNV 50+
"""
"""The line a record of an edition classified on points has (điểm xếp loại, thang 100)."""

TASK_FIELDS = ", on_time: true, exceeded: false"
"""What the tasks record where the classification reads them (đúng tiến độ, vượt mức)."""


def meetings_text(year: int, *, sample: bool) -> str:
    """A meeting log for ``year``: with one sample meeting (``init``), or empty."""
    template = MEETINGS if sample else EMPTY_MEETINGS
    return template.format(modeline=modeline("meetings", "../../schemas"), year=year)


COMMENDATIONS = (
    "# commendations: [{kind: certificate_of_merit, exemplary_4good: true, by: ..., date: ...}]"
)
NO_COMMENDATIONS = "commendations: []" + " " * 34 + "# the year's, when given"
"""A record must hold one key (an empty file is refused): a new year's record holds this."""


def record_text(year: int, *, on_points: bool, work_programme: bool) -> str:
    """An annual record for ``year``: the work programme's day given (``init``), or every fact
    to fill in (``year start``); the tasks' timing and the classification points where the
    edition classifies on points."""
    line = f"work_programme: {year}-01-10"
    line += " " * 25 + "# day the work programme was adopted; false if not"
    return RECORD.format(
        modeline=modeline("record", "../../schemas"),
        year=year,
        work_programme=line if work_programme else "# " + line.replace(" " * 25, " " * 23, 1),
        task_fields=TASK_FIELDS if on_points else "",
        points=POINTS if on_points else "",
        commendations=COMMENDATIONS if work_programme else NO_COMMENDATIONS,
    )
