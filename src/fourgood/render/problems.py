"""Problems as text, GitHub workflow annotations or JSON, with a summary line."""

from __future__ import annotations

import json

from fourgood.errors import Problem, Severity
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render


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


def render_problems(problems: list[Problem], fmt: str, lang: Lang, *, files: int) -> str:
    """All problems in one format, ending with a newline."""
    if fmt == "json":
        items = [
            {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "severity": p.severity.value,
                "code": p.message.key,
                "message": render(p.message, lang),
            }
            for p in problems
        ]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    lines = []
    if fmt == "github":
        for p in problems:
            props = [f"file={_escape_property(p.file)}"]
            if p.line is not None:
                props.append(f"line={p.line}")
                props.append(f"col={p.column or 1}")
            command = "error" if p.severity is Severity.ERROR else "warning"
            lines.append(f"::{command} {','.join(props)}::{_escape_data(render(p.message, lang))}")
    else:
        lines.extend(p.text(lang) for p in problems)
    lines.append(summary(problems, files, lang))
    return "\n".join(lines) + "\n"
