"""Work spread over the machine's cores: forked worker processes, results in their order.

Reading a large data set is mostly parsing YAML, one cell at a time, and cells do not depend on
each other. Where the platform can ``fork`` (Linux, macOS), a large enough job runs in one
worker process per core, each with a copy of the opened data set; a worker's results come back
pickled (only between fourgood's own processes: the cache never holds a pickle), and the parent
takes them in the order of the items, so everything it does after is what the serial run does.
Elsewhere, on one core, or for a small job, the work runs in this process.

``FOURGOOD_JOBS`` sets the number of processes (``1``: never fork).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Generator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 16
"""Below this many items (cells) a fork and its messages cost more than they save; measured
in ``benchmarks/`` (a cold cell takes about 20 ms to read, a worker about 10 ms to start)."""

_JOB: dict[str, Callable[..., object]] = {}
"""The current job's ``work`` and ``setup``, inherited by the workers through the fork."""


def processes(items: int) -> int:
    """How many processes a job of ``items`` items should use."""
    given = os.environ.get("FOURGOOD_JOBS", "")
    if given.isdigit() and int(given) > 0:
        wanted = int(given)
    elif items < MIN_ITEMS:
        return 1
    else:
        wanted = cores()
    if wanted <= 1 or items <= 1 or not can_fork():
        return 1
    return min(wanted, items)


def can_fork() -> bool:
    """Whether the platform can fork (multiprocessing's "fork" start method is there exactly
    when ``os.fork`` is; asked of ``os`` because importing multiprocessing costs a warm run,
    which forks nothing, 4 ms)."""
    return hasattr(os, "fork")


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def ordered(
    work: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    setup: Callable[[], None] | None = None,
) -> Generator[R, None, None]:
    """``work`` of each item, in the items' order; on ``jobs`` forked processes when more
    than one, each running ``setup`` first. ``work`` must return what pickles cheaply."""
    if jobs <= 1:
        yield from map(work, items)
        return
    _JOB["work"] = work
    if setup is not None:
        _JOB["setup"] = setup
    # Small chunks keep both cores busy to the end; a chunk per message keeps messages few.
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    # concurrent.futures rather than multiprocessing.Pool: a worker that dies (killed, out of
    # memory) breaks the pool with an error instead of leaving the parent waiting for ever.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_quiet)
    try:
        yield from pool.map(_run, items, chunksize=chunk)  # type: ignore[misc]  # _run: object
    except BaseException:  # an error, Ctrl-C, or the caller stopped early
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True)
        _JOB.clear()


def _run(item: object) -> object:
    """In a worker: the current job's work on one item."""
    return _JOB["work"](item)


def _quiet() -> None:
    """A worker leaves Ctrl-C to the parent (which stops the pool), ends at once when the
    pool ends it (not by the parent's way of unwinding), and writes nothing; then the job's
    own setup."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    devnull = open(os.devnull, "w")  # noqa: SIM115  # the worker's, until it ends
    sys.stdout = sys.stderr = devnull
    if "setup" in _JOB:
        _JOB["setup"]()
