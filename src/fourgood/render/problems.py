"""Problems as text, GitHub workflow annotations or JSON, with a summary line."""

from __future__ import annotations

from fourgood.errors import Problem, Severity
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.render.jsontext import dumps


def summary(problems: list[Problem], files: int, lang: Lang) -> str:
    """'2 errors, 1 warning in 40 files' or 'no problems in 40 files'."""
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(problems) - errors
    if not problems:
        return render(msg("summary.clean", files=files), lang)
    return render(msg("summary.counts", errors=errors, warnings=warnings, files=files), lang)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


VALIDATE_SCHEMA_VERSION = 1
"""The version of ``schemas/validate.schema.json`` the JSON follows (each problem carries it)."""


def problems_json(problems: list[Problem], lang: Lang, *, files: int) -> str:
    """The problems as a JSON list (file, line, column, severity, code, message), as
    ``schemas/validate.schema.json`` describes."""
    items = [
        {
            "schema_version": VALIDATE_SCHEMA_VERSION,
            "file": p.file,
            "line": p.line,
            "column": p.column,
            "severity": p.severity.value,
            "code": p.message.key,
            "message": render(p.message, lang),
        }
        for p in problems
    ]
    return dumps(items, indent=2) + "\n"


def problems_github(problems: list[Problem], lang: Lang, *, files: int) -> str:
    """GitHub workflow commands (``::error file=...,line=...,col=...::message``), then the
    summary."""
    lines = []
    for p in problems:
        props = [f"file={_escape_property(p.file)}"]
        if p.line is not None:
            props.append(f"line={p.line}")
            props.append(f"col={p.column or 1}")
        command = "error" if p.severity is Severity.ERROR else "warning"
        lines.append(f"::{command} {','.join(props)}::{_escape_data(render(p.message, lang))}")
    lines.append(summary(problems, files, lang))
    return "\n".join(lines) + "\n"


def problems_text(problems: list[Problem], lang: Lang, *, files: int, machine: bool = False) -> str:
    """``path:line:col: severity: message`` lines, then the summary; ``machine`` keeps the
    English severity words for editors and CI problem matchers."""
    lines = [p.text(lang, machine=machine) for p in problems]
    lines.append(summary(problems, files, lang))
    return "\n".join(lines) + "\n"
