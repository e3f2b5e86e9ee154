"""The closed vocabularies: tuples match their Literals, words have labels, imports are light."""

from __future__ import annotations

import subprocess
import sys
from typing import Any, get_args

import pytest

from fourgood import vocabulary as v
from fourgood.i18n.catalog import CATALOG, VOCABULARY

PAIRS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "CellType": (v.CellType, v.CELL_TYPES),
    "Rating": (v.Rating, v.RATINGS),
    "QuotaBase": (v.QuotaBase, v.QUOTA_BASES),
    "QuotaGroup": (v.QuotaGroup, v.QUOTA_GROUPS),
    "Basis": (v.Basis, v.BASES),
    "Sex": (v.Sex, v.SEXES),
    "Role": (v.Role, v.ROLES),
    "Dues": (v.Dues, v.DUES),
    "ResidenceFeedback": (v.ResidenceFeedback, v.RESIDENCE_FEEDBACKS),
    "DisciplineForm": (v.DisciplineForm, v.DISCIPLINE_FORMS),
    "MeetingKind": (v.MeetingKind, v.MEETING_KINDS),
    "Absence": (v.Absence, v.ABSENCES),
    "MeetingRating": (v.MeetingRating, v.MEETING_RATINGS),
    "MassOrganisation": (v.MassOrganisation, v.MASS_ORGANISATIONS),
    "IncidentKind": (v.IncidentKind, v.INCIDENT_KINDS),
    "CommendationKind": (v.CommendationKind, v.COMMENDATION_KINDS),
}
"""Every vocabulary of the module: its Literal type and its tuple of words."""

LABELLED: dict[str, tuple[str, ...]] = {
    "cell_type": v.CELL_TYPES,
    "rating": v.RATINGS,
    "meeting_kind": v.MEETING_KINDS,
    "mass_org": v.MASS_ORGANISATIONS,
    "incident": v.INCIDENT_KINDS,
    "discipline": v.DISCIPLINE_FORMS,
    "dues": v.DUES,
    "meeting_rating": v.MEETING_RATINGS,
}
"""The vocabularies the catalogue labels, by their name in ``VOCABULARY``."""


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_tuple_lists_the_words_of_its_literal(name: str) -> None:
    literal, words = PAIRS[name]
    assert words == get_args(literal), name


def test_every_vocabulary_of_the_module_is_checked() -> None:
    tuples = {
        id(value) for key, value in vars(v).items() if key.isupper() and isinstance(value, tuple)
    }
    assert tuples == {id(words) for _, words in PAIRS.values()}


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_every_word_has_both_labels(name: str) -> None:
    labels = VOCABULARY[name]
    assert set(labels) == set(LABELLED[name]), name
    for word, (en, vi) in labels.items():
        assert en, f"{name}.{word}: no English label"
        assert vi, f"{name}.{word}: no Vietnamese label"


def test_every_basis_has_both_labels() -> None:
    for basis in v.BASES:
        en, vi = CATALOG[f"basis.{basis}"]
        assert en
        assert vi


def test_ratings_are_ordered_best_first() -> None:
    assert v.rating_at_least("HTXSNV", "HTTNV")
    assert v.rating_at_least("HTTNV", "HTTNV")
    assert not v.rating_at_least("HTNV", "HTTNV")


def test_old_import_places_still_work() -> None:
    from fourgood.models import common, meetings, record

    assert common.CellType is v.CellType
    assert common.RATINGS is v.RATINGS
    assert common.rating_at_least is v.rating_at_least
    assert meetings.MEETING_RATINGS is v.MEETING_RATINGS
    assert meetings.MeetingKind is v.MeetingKind
    assert record.MassOrganisation is v.MassOrganisation


def test_importing_the_vocabulary_imports_nothing_heavy() -> None:
    script = "import fourgood.vocabulary, sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    modules = result.stdout.split()
    assert "fourgood.vocabulary" in modules
    heavy = [m for m in modules if m.split(".")[0] in ("pydantic", "pydantic_core", "rich")]
    assert heavy == []


def test_the_years_fourgood_works_with() -> None:
    assert (v.FIRST_YEAR, v.LAST_YEAR) == (1930, 2100)  # from the Party's founding
