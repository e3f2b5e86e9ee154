"""Property-based tests: broken input never crashes fourgood, and scores obey their rules.

The examples are bounded and seeded so that CI takes the same, short time on every run; for a
longer search locally, run ``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fourgood.i18n.catalog import CATALOG
from fourgood.i18n.render import render
from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.read.rules import YamlError
from fourgood.read.yamlio import Document, read_document
from fourgood.scoring.engine import score
from fourgood.scoring.facts import CellYear, compute_facts
from fourgood.scoring.rubrics import resolve
from fourgood.scoring.window import year_window

from .conftest import WALKTHROUGH

# --- reading arbitrary text ------------------------------------------------------------------

YAML_ALPHABET = st.sampled_from(
    [*list("abcxyz019 :-,[]{}#&*!|>'\"%@`?\t\n\r\\"), "é", "ễ", "\ufeff", "\x00", "\x07"]
)


def _outcome(data: bytes, located: bool) -> tuple[object, ...]:
    try:
        return ("data", read_document(data, located=located).data)
    except YamlError as exc:
        return ("error", exc.message, exc.line, exc.column)


@given(st.text(YAML_ALPHABET, max_size=200))
def test_any_text_reads_or_fails_with_a_located_message(text: str) -> None:
    data = text.encode("utf-8")
    fast, located = _outcome(data, False), _outcome(data, True)
    assert fast == located  # the two readers never disagree
    if fast[0] == "error":
        line = fast[2]
        assert line is None or (isinstance(line, int) and line >= 1)


def _read_or_error(data: bytes) -> Document | YamlError:
    """The document, or the YamlError refusing it (any other exception escapes)."""
    try:
        return read_document(data)
    except YamlError as exc:
        return exc


@given(st.binary(max_size=200))
def test_any_bytes_read_or_fail_cleanly(data: bytes) -> None:
    outcome = _read_or_error(data)
    if isinstance(outcome, Document):
        return
    assert isinstance(outcome, YamlError)
    assert outcome.message.key in CATALOG, outcome.message.key
    assert render(outcome.message, "en")  # its arguments fill its template
    if outcome.line is not None:
        assert isinstance(outcome.line, int)
        assert 1 <= outcome.line <= len(data) + 1
    if outcome.column is not None:
        assert isinstance(outcome.column, int)
        assert outcome.column >= 1


@given(st.text(YAML_ALPHABET, max_size=300))
def test_any_text_as_a_roster_gives_a_model_or_located_problems(text: str) -> None:
    loaded = load_model("roster.yaml", "roster.yaml", Roster, data=text.encode("utf-8"))
    if loaded.model is None:
        assert loaded.problems
        assert all(p.line is not None and p.line >= 1 for p in loaded.problems)


# --- mutating the example data ---------------------------------------------------------------

FILES = sorted(p.relative_to(WALKTHROUGH) for p in WALKTHROUGH.rglob("*.yaml"))


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    kind = rng.randrange(8)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3:
        lines[i] = " " * rng.randrange(1, 4) + lines[i]
    elif kind == 4:
        lines[i] = lines[i].lstrip()
    elif kind == 5:
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(list(":{}[]-#'\"&*!\t,")) + lines[i][at:]
    elif kind == 6:
        lines[i] = lines[i].replace(": ", ": x", 1)
    else:
        lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    return "\n".join(lines)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.sampled_from(FILES), st.integers(0, 2**32 - 1), st.integers(1, 3))
def test_mutated_example_data_never_crashes(
    tmp_path: Path, relative: Path, seed: int, times: int
) -> None:
    data = tmp_path / f"data-{seed}-{times}"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(WALKTHROUGH, data)
    rng = random.Random(seed)
    target = data / relative
    text = target.read_text(encoding="utf-8")
    for _ in range(times):
        text = _mutate(text, rng)
    target.write_text(text, encoding="utf-8")
    problems = DataSet(str(data)).validate()
    for problem in problems:
        assert problem.file
        assert problem.where is None, f"a problem that was not located: {problem}"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.sampled_from([f for f in FILES if f.name != "organisation.yaml"]))
def test_a_tab_or_duplicate_key_is_always_reported(tmp_path: Path, relative: Path) -> None:
    data = tmp_path / "data"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(WALKTHROUGH, data)
    target = data / relative
    lines = target.read_text(encoding="utf-8").split("\n")
    top = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
    target.write_text("\n".join([*lines[: top + 1], lines[top], *lines[top + 1 :]]), "utf-8")
    problems = DataSet(str(data)).validate()
    assert any(p.message.key == "yaml.duplicate_key" for p in problems)


# --- scoring properties ----------------------------------------------------------------------


def _rubric() -> Rubric:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    loaded = load_model(str(path), str(path), Rubric)
    assert loaded.model is not None
    return resolve(loaded.model, "agency")


RUBRIC = _rubric()
IDS = [f"M{i:02d}" for i in range(8)]


@st.composite
def cell_years(draw: Any) -> tuple[Roster, MeetingLog, AnnualRecord]:
    """A random but valid roster, meeting log and annual record for 2023."""
    members = []
    for member_id in IDS[: draw(st.integers(3, 8))]:
        year: dict[str, Any] = {}
        if draw(st.booleans()):
            year["rating"] = draw(st.sampled_from(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]))
        if draw(st.booleans()):
            year["dues"] = draw(st.sampled_from(["in_full", "late", "short"]))
        if draw(st.booleans()):
            year["studied"] = draw(st.booleans())
        members.append(
            {
                "id": member_id,
                "name": f"Nguyễn Văn {member_id}",
                "sex": "male",
                "born": "1980-01-01",
                "admitted": draw(st.sampled_from(["2005-01-01", "2023-06-01"])),
                "years": {2023: year},
                "discipline": [{"date": "2023-05-05", "form": "reprimand"}]
                if draw(st.integers(0, 9)) == 0
                else [],
            }
        )
    ids = [m["id"] for m in members]
    meetings = []
    for _ in range(draw(st.integers(0, 20))):
        day = date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
        meeting: dict[str, Any] = {
            "date": day.isoformat(),
            "kind": draw(st.sampled_from(["regular", "thematic", "combined"])),
        }
        if draw(st.booleans()):
            meeting["duration"] = draw(st.integers(30, 200))
        if draw(st.booleans()):
            meeting["rating"] = draw(st.sampled_from(["good", "fair", "average", "poor"]))
        if draw(st.booleans()):
            meeting["minutes_recorded"] = draw(st.booleans())
            meeting["conclusion_recorded"] = draw(st.booleans())
        absent = draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
        meeting["absent"] = {a: draw(st.sampled_from(["excused", "unexcused"])) for a in absent}
        meetings.append(meeting)
    record: dict[str, Any] = {}
    if draw(st.booleans()):
        record["work_programme"] = draw(st.sampled_from(["2023-01-10", "2023-03-01", False]))
    if draw(st.booleans()):
        record["targets"] = [
            {"name": f"t{i}", "achieved": draw(st.booleans())}
            for i in range(draw(st.integers(1, 5)))
        ]
    if draw(st.booleans()):
        record["inspection"] = {"planned": draw(st.integers(0, 5)), "done": draw(st.integers(0, 5))}
    if draw(st.booleans()):
        record["assessed"] = {"P4": {"points": draw(st.integers(0, 20)), "note": "n"}}
    if draw(st.booleans()):
        record["incidents"] = []
    if draw(st.booleans()):
        record["candidates"] = draw(st.integers(0, 2))
    return (
        Roster.model_validate({"members": members}),
        MeetingLog.model_validate({"meetings": meetings}),
        AnnualRecord.model_validate(record),
    )


def _card(roster: Roster, log: MeetingLog, record: AnnualRecord) -> Any:
    window = year_window(2023, None, None, None)
    facts = compute_facts(CellYear(2023, window, roster, log, record), RUBRIC.meetings)
    return score(RUBRIC, facts, cell="c", name="C", cell_type="agency", year=2023, window=window)


@given(cell_years())
def test_points_stay_within_their_maxima_and_add_up(
    data: tuple[Roster, MeetingLog, AnnualRecord],
) -> None:
    card = _card(*data)
    for content in card.contents:
        assert content.points == sum(r.points for r in content.criteria)
        assert content.max == 100
        for r in content.criteria:
            assert 0 <= r.points <= r.best <= r.max
            assert r.why or r.points == r.max, f"{r.id} lost points without saying why"
        assert content.met == (content.points >= card.pass_mark)
    if all(c.met for c in card.contents):
        assert card.status == "met"
    elif all(c.best >= card.pass_mark for c in card.contents):
        assert card.status == "incomplete"
    else:
        assert card.status == "not_met"


@given(cell_years(), st.integers(1, 12))
def test_adding_a_missing_regular_meeting_never_lowers_a_score(
    data: tuple[Roster, MeetingLog, AnnualRecord], month: int
) -> None:
    roster, log, record = data
    held = {m.date.month for m in log.meetings if m.kind in ("regular", "combined")}
    assume(month not in held)
    extra = {
        "date": date(2023, month, 15).isoformat(),
        "kind": "regular",
        "duration": 120,
        "rating": "good",
        "minutes_recorded": True,
        "conclusion_recorded": True,
    }
    more = MeetingLog.model_validate(
        {"meetings": [m.model_dump(by_alias=True) for m in log.meetings] + [extra]}
    )
    before, after = _card(roster, log, record), _card(roster, more, record)
    for content in before.contents:
        assert after.content(content.id).points >= content.points
        for old, new in zip(content.criteria, after.content(content.id).criteria, strict=True):
            assert new.points >= old.points


@given(cell_years(), st.randoms(use_true_random=False))
def test_order_of_entries_never_changes_a_result(
    data: tuple[Roster, MeetingLog, AnnualRecord], rng: random.Random
) -> None:
    roster, log, record = data
    members = list(roster.members)
    meetings = list(log.meetings)
    rng.shuffle(members)
    rng.shuffle(meetings)
    shuffled = (
        Roster.model_validate({"members": [m.model_dump(by_alias=True) for m in members]}),
        MeetingLog.model_validate({"meetings": [m.model_dump(by_alias=True) for m in meetings]}),
        record,
    )
    assert _card(*shuffled) == _card(roster, log, record)
