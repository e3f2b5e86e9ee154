"""organisation.yaml: every unit its own id, and a tree whose parents exist."""

from __future__ import annotations

from fourgood.checks.organisation import ids_look_like_themselves, parents_exist, unique_ids
from fourgood.checks.subjects import OrganisationFile
from fourgood.models.tree import OrgIndex

from .kit import organisation, said


def subject(**changes: object) -> OrganisationFile:
    org = organisation(**changes)
    return OrganisationFile(org, "organisation.yaml", OrgIndex.build(org))


def test_a_sound_tree() -> None:
    assert list(unique_ids(subject())) == []
    assert list(parents_exist(subject())) == []


def test_every_unit_and_the_bloc_have_their_own_id() -> None:
    cells = [
        {"id": "a", "name": "A", "type": "agency", "parent": "bloc"},
        {"id": "k", "name": "Named like the committee", "type": "agency", "parent": "bloc"},
        {"id": "bloc", "name": "Named like the bloc", "type": "agency", "parent": "bloc"},
        {"id": "a", "name": "A again", "type": "agency", "parent": "bloc"},
    ]
    assert said(list(unique_ids(subject(cells=cells)))) == [
        ("error", "the id 'k' is used twice; every unit needs its own id", ("cells", 1, "id")),
        ("error", "the id 'bloc' is used twice; every unit needs its own id", ("cells", 2, "id")),
        ("error", "the id 'a' is used twice; every unit needs its own id", ("cells", 3, "id")),
    ]


def test_a_section_sits_in_a_grassroots_committee() -> None:
    sections = [
        {"id": "s", "name": "S", "parent": "k"},
        {"id": "s2", "name": "S2", "parent": "s"},  # a section of a section
        {"id": "s3", "name": "S3", "parent": "bloc"},
    ]
    assert said(list(parents_exist(subject(sections=sections)))) == [
        (
            "error",
            "parent 's' is not a grassroots committee (listed under committees:)",
            ("sections", 1, "parent"),
        ),
        (
            "error",
            "parent 'bloc' is not a grassroots committee (listed under committees:)",
            ("sections", 2, "parent"),
        ),
    ]


def test_a_cell_sits_under_the_bloc_a_committee_or_a_section() -> None:
    cells = [
        {"id": "a", "name": "A", "type": "agency", "parent": "bloc"},
        {"id": "b", "name": "B", "type": "agency", "parent": "k"},
        {"id": "c", "name": "C", "type": "agency", "parent": "s"},
        {"id": "d", "name": "D", "type": "agency", "parent": "a"},  # a cell is no parent
        {"id": "e", "name": "E", "type": "agency", "parent": "nowhere"},
    ]
    assert said(list(parents_exist(subject(cells=cells))), "vi") == [
        (
            "error",
            "đơn vị cấp trên 'a' không phải Đảng ủy Khối ('bloc'), đảng bộ cơ sở hay đảng bộ "
            "bộ phận",
            ("cells", 3, "parent"),
        ),
        (
            "error",
            "đơn vị cấp trên 'nowhere' không phải Đảng ủy Khối ('bloc'), đảng bộ cơ sở hay đảng bộ "
            "bộ phận",
            ("cells", 4, "parent"),
        ),
    ]


def test_no_unit_id_is_disguised_as_another() -> None:
    cells = [
        {"id": "a", "name": "A", "type": "agency", "parent": "bloc"},
        {"id": "\u0430", "name": "A in Cyrillic", "type": "agency", "parent": "bloc"},
        {"id": "c\u0430", "name": "Mixed", "type": "agency", "parent": "bloc"},
    ]
    assert said(list(ids_look_like_themselves(subject(cells=cells)))) == [
        (
            "warning",
            "'\u0430' looks like 'a' (organisation.yaml) but is another id: if they are the "
            "same, type this one again",
            ("cells", 1, "id"),
        ),
        (
            "warning",
            "'c\u0430' mixes letters of several alphabets (Cyrillic, Latin): a letter typed on "
            "another keyboard (a Cyrillic \u0422 for T) makes it another id that looks the same; "
            "type it again",
            ("cells", 2, "id"),
        ),
    ]
    assert list(ids_look_like_themselves(subject())) == []
