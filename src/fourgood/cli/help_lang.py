"""Help in the reader's language: ``fourgood CMD --help --lang vi``, or a Vietnamese locale.

Click shows ``--help`` as soon as it meets it, before any other option is processed, so the
language is read from the command's own arguments (``--lang vi`` or ``--lang=vi``, before or
after ``--help``), else from the environment as every command does. The texts come from the
catalogue (``i18n/catalog/cli_help.py``), found by the English the code gives Typer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fourgood.i18n.lang import LANGS, Lang, detect_lang


def lang_from_args(args: Sequence[str]) -> Lang | None:
    """The last valid ``--lang`` among the arguments (before ``--``), if any."""
    found: Lang | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        for lang in LANGS:
            if value == lang:
                found = lang
    return found


def help_lang(args: Sequence[str]) -> Lang:
    """The language of the help: ``--lang`` among the arguments, else the environment's."""
    return lang_from_args(args) or detect_lang()


def translations(lang: Lang) -> dict[str, str]:
    """Each help text in English, and the same in ``lang``."""
    from fourgood.i18n.catalog import CATALOG

    index = 0 if lang == "en" else 1
    return {texts[0]: texts[index] for key, texts in CATALOG.items() if key.startswith("help.")}


def localize_help(command: Any, ctx: Any, lang: Lang) -> None:
    """Put the command's description, its options' help and its commands' descriptions in
    ``lang`` (a text without a translation stays as it is)."""
    if lang == "en":
        return
    words = translations(lang)

    def said(text: str | None) -> str | None:
        return words.get(text, text) if text else text

    parts = [command, *getattr(command, "commands", {}).values()]
    for part in parts:
        part.help, part.short_help = said(part.help), said(part.short_help)
    for param in command.get_params(ctx):
        if hasattr(param, "help"):
            param.help = said(param.help)
