"""Work on forked processes: results in order, as the serial run gives them, and no process left
behind however the job ends."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from fourgood.read import parallel

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the platform cannot fork"
)


def square(n: int) -> int:
    return n * n


def test_small_jobs_and_one_core_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOURGOOD_JOBS", raising=False)
    assert parallel.processes(parallel.MIN_ITEMS - 1) == 1
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    assert parallel.processes(1000) == 1


def test_the_environment_sets_the_number_of_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOURGOOD_JOBS", "1")
    assert parallel.processes(1000) == 1
    monkeypatch.setenv("FOURGOOD_JOBS", "3")
    expected = 3 if "fork" in multiprocessing.get_all_start_methods() else 1
    assert parallel.processes(1000) == expected
    assert parallel.processes(2) == min(expected, 2)  # never more processes than items
    monkeypatch.setenv("FOURGOOD_JOBS", "many")  # not a number: the default
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.processes(1000) == (2 if expected > 1 else 1)


def test_without_fork_the_work_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOURGOOD_JOBS", "4")
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert parallel.processes(1000) == 1


def test_the_platform_can_fork_where_multiprocessing_can() -> None:
    assert parallel.can_fork() == ("fork" in multiprocessing.get_all_start_methods())


@needs_fork
def test_results_come_in_the_items_order() -> None:
    items = list(range(500))
    assert list(parallel.ordered(square, items, 2)) == [n * n for n in items]
    assert not multiprocessing.active_children()


@needs_fork
def test_the_work_runs_in_workers_after_their_setup() -> None:
    parent = os.getpid()
    seen: list[int] = []

    def setup() -> None:
        seen.append(os.getpid())  # in the worker's copy of this list

    def where(_: int) -> tuple[int, bool]:
        return os.getpid(), bool(seen) and seen[0] == os.getpid()

    found = list(parallel.ordered(where, list(range(40)), 2, setup=setup))
    assert all(pid != parent and set_up for pid, set_up in found)
    assert not seen  # the parent's list is untouched


def fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


@needs_fork
def test_a_workers_error_reaches_the_caller_and_ends_the_pool() -> None:
    with pytest.raises(ValueError, match="seven"):
        list(parallel.ordered(fails_on_seven, list(range(100)), 2))
    assert not multiprocessing.active_children()


@needs_fork
def test_a_caller_that_stops_early_leaves_no_process() -> None:
    results = parallel.ordered(square, list(range(1000)), 2)
    assert next(results) == 0
    results.close()
    assert not multiprocessing.active_children()


def test_one_process_is_a_plain_map() -> None:
    assert list(parallel.ordered(square, [3, 1, 2], 1)) == [9, 1, 4]


def dies_on_seven(n: int) -> int:
    if n == 7:
        os._exit(9)  # as if killed, out of memory
    return n


@needs_fork
def test_a_worker_that_dies_is_an_error_not_a_wait() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(parallel.ordered(dies_on_seven, list(range(100)), 2))
    assert not multiprocessing.active_children()
