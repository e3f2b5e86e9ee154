"""The one boundary between fourgood and the shell: what each kind of failure becomes.

* a problem with what the user asked for or pointed at (``UserError``, including a file that
  cannot be written): its located message in the user's language, exit 1;
* invalid data a command cannot work on (``DataErrors``): every error, located, and a summary;
  exit 1;
* Ctrl-C: exit 130; SIGTERM: exit 143 (both unwind first, so no temporary file is left);
* a bug: its traceback and exit 70, so it can be reported.

``guard`` wraps every command (the test runner calls commands too); ``run`` wraps the whole
program. Usage errors (exit 2) are Typer's own.
"""

from __future__ import annotations

import functools
import signal
import sys
from collections.abc import Callable
from contextvars import ContextVar
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from fourgood import __version__

if TYPE_CHECKING:  # imported when a command runs: --help needs neither
    from fourgood.errors import DataErrors, UserError
    from fourgood.i18n.lang import Lang

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_NOT_MET = 0, 1, 2, 3
EXIT_BUG, EXIT_INTERRUPTED, EXIT_TERMINATED = 70, 130, 143

F = TypeVar("F", bound=Callable[..., Any])

LANGUAGE: ContextVar[str | None] = ContextVar("fourgood_language", default=None)
"""The language of the running command, once its options are read."""

CHOSEN: ContextVar[Lang | None] = ContextVar("fourgood_chosen_language", default=None)
"""The language given before the command (``fourgood --lang vi validate``); here rather than
in ``session``, so that ``CMD --help``, which sets it too, need not import the session."""


def choose_language(option: Lang | None) -> None:
    """Remember the language given before the command (each run sets it, given or not)."""
    CHOSEN.set(option)


def _lang() -> Any:
    from fourgood.i18n.lang import detect_lang

    return LANGUAGE.get() or detect_lang()


def report_user_error(error: UserError) -> None:
    """Print a user error as ``where: error: message`` in the user's language."""
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    lang = _lang()
    where = f"{error.file}: " if error.file else ""
    word = render(msg("word.error"), lang)
    typer.echo(f"{where}{word}: {render(error.message, lang)}", err=True)


def report_data_errors(error: DataErrors) -> None:
    """Print each error in the data, located, then what to do."""
    from fourgood.i18n.render import render

    lang = _lang()
    for problem in error.problems:
        typer.echo(problem.text(lang), err=True)
    typer.echo(render(error.message, lang), err=True)


def guard(function: F) -> F:
    """Run a command, turning the user's mistakes into their message and exit 1."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        from fourgood.errors import DataErrors, UserError

        try:
            return function(*args, **kwargs)
        except DataErrors as error:
            report_data_errors(error)
            raise typer.Exit(EXIT_DATA) from None
        except UserError as error:
            report_user_error(error)
            raise typer.Exit(EXIT_DATA) from None

    return guarded  # type: ignore[return-value]


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that everything unwinds (temporary files go)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def run(program: Callable[[], Any]) -> None:
    """Run the whole program inside the boundary."""
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        program()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        sys.exit(EXIT_TERMINATED)
    except SystemExit:
        raise
    except BaseException:  # a bug: show it plainly so it can be reported, with its own code
        import traceback

        traceback.print_exc()
        typer.echo(
            f"fourgood {__version__}: internal error (a bug, not a problem with your data); "
            "please report it with the traceback above.",
            err=True,
        )
        sys.exit(EXIT_BUG)
    finally:
        signal.signal(signal.SIGTERM, previous)
