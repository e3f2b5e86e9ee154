"""The registry of checks: a check runs for every subject of its kind, in registration order,
and for no other kind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from fourgood.checks.registry import CHECKS, check, run
from fourgood.errors import Problem
from fourgood.i18n.message import msg


@dataclass(frozen=True)
class Note:
    file: str


@dataclass(frozen=True)
class Other:
    file: str


@pytest.fixture(autouse=True)
def _forget_the_test_kinds() -> Iterator[None]:
    yield
    CHECKS.pop(Note, None)
    CHECKS.pop(Other, None)


def test_checks_of_a_kind_run_in_order_on_its_subjects() -> None:
    @check(Note)
    def first(subject: Note) -> Iterator[Problem]:
        yield Problem(subject.file, msg("file.empty"))

    @check(Note)
    def second(subject: Note) -> list[Problem]:
        return [Problem(subject.file, msg("file.missing")), Problem("x", msg("file.missing"))]

    assert CHECKS[Note] == [first, second]
    assert run(Note("n.yaml")) == [
        Problem("n.yaml", msg("file.empty")),
        Problem("n.yaml", msg("file.missing")),
        Problem("x", msg("file.missing")),
    ]


def test_a_kind_without_checks_has_no_problems() -> None:
    @check(Note)
    def always(subject: Note) -> Iterator[Problem]:
        yield Problem(subject.file, msg("file.empty"))

    assert run(Other("o.yaml")) == []


def test_the_decorator_returns_the_check_itself() -> None:
    def plain(subject: Note) -> list[Problem]:
        return []

    assert check(Note)(plain) is plain
