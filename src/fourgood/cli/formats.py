"""Output formats: each command has a table mapping a format name to its renderer, and one
function writes whatever a renderer returns to the terminal or to ``--output``.

A renderer is named as ``"module:function"`` and imported only when its format is used, so
``--help`` imports no renderer. It returns text, text in chunks (large outputs are never held
whole), bytes (a document), a workbook that writes itself into its file
(``write.atomic.WritesItself``), or a Rich renderable for the terminal.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, NamedTuple

Kind = Literal["text", "binary", "terminal"]


class Format(NamedTuple):  # not a dataclass, which costs more to create at every start
    """A format: its name, its renderer, and what the renderer returns."""

    name: str
    renderer: str
    kind: Kind = "text"
    options: tuple[str, ...] = ()
    """The command's options this renderer reads (e.g. ``explain``); others are not passed."""
    bom: bool = False
    """A file of this format starts with a UTF-8 byte-order mark (unless ``--no-bom``): Excel
    on Windows opens a CSV file without one as the local code page, and the Vietnamese in it
    as mojibake. Never on stdout, where the bytes go to another program."""

    @property
    def needs_output(self) -> bool:
        """Binary formats go to a file, never to the terminal."""
        return self.kind == "binary"

    def render(self, *args: Any, **options: Any) -> Any:
        """Import the renderer and call it with the options it reads."""
        module, function = self.renderer.split(":")
        target: Callable[..., Any] = getattr(importlib.import_module(module), function)
        return target(*args, **{k: v for k, v in options.items() if k in self.options})


class FormatTable:
    """The formats of one command, by name, in the order its help lists them."""

    def __init__(self, *formats: Format) -> None:
        self._formats = {f.name: f for f in formats}

    def __getitem__(self, name: str) -> Format:
        return self._formats[name]

    def __iter__(self) -> Iterator[Format]:
        return iter(self._formats.values())

    def names(self) -> tuple[str, ...]:
        """The format names."""
        return tuple(self._formats)


UTF8_BOM = b"\xef\xbb\xbf"


def emit(output: Any, fmt: Format, target: Path | None, *, bom: bool = True) -> None:
    """Write a renderer's output to the terminal, or atomically to ``target`` (with the format's
    byte-order mark, if it has one and ``bom`` is true)."""
    if fmt.kind == "terminal":
        _terminal(output, target)
        return
    if target is not None:
        from fourgood.write.atomic import WritesItself  # write_file imports it as well

        if isinstance(output, WritesItself):
            write_file(target, output)  # a workbook's zip, written into the file itself
            return
    chunks: Iterable[str | bytes] = [output] if isinstance(output, (str, bytes)) else output
    if target is None:
        import typer

        for chunk in chunks:
            assert isinstance(chunk, str)
            typer.echo(chunk, nl=False)
        return
    encoded = (c.encode("utf-8") if isinstance(c, str) else c for c in chunks)
    write_file(target, itertools.chain([UTF8_BOM], encoded) if fmt.bom and bom else encoded)


def write_file(target: Path, chunks: Iterable[bytes]) -> None:
    """Write a file atomically; a failure is the user's to fix (a path, a full disk)."""
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg
    from fourgood.i18n.oserror import reason
    from fourgood.write.atomic import atomic_write_chunks

    try:
        atomic_write_chunks(target, chunks)
    except OSError as exc:
        detail = reason(exc)
        raise UserError(msg("file.write_error", detail=detail), str(target)) from None


def _terminal(renderable: Any, target: Path | None) -> None:
    if isinstance(renderable, str):  # already laid out as plain text
        emit(renderable, Format("plain", ""), target)
        return
    if target is not None:
        from fourgood.render.scores import render_to_text

        emit(render_to_text(renderable, 100), Format("plain", ""), target)
        return
    from rich.console import Console

    Console(highlight=False, emoji=False).print(renderable)
