"""Scorecards as a table, JSON, CSV or Markdown.

Every renderer is a pure function of the scorecards and the language, so tests compare whole
outputs; cells are always listed in the same order (Vietnamese order of names, then id).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from fourgood.collation import text_key
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, Text, msg
from fourgood.i18n.render import render
from fourgood.i18n.visible import visible
from fourgood.render.csv_text import rows_text
from fourgood.render.jsontext import dumps
from fourgood.render.markdown import escape as _md
from fourgood.scoring.engine import CriterionResult, Scorecard

if TYPE_CHECKING:
    from rich.console import RenderableType

SCHEMA_VERSION = 1


def ordered(cards: Iterable[Scorecard]) -> list[Scorecard]:
    """Scorecards in reading order: by year, then Vietnamese order of the cell's name, then id."""
    return sorted(cards, key=lambda c: (c.year, text_key(c.name), c.cell))


def t(key: str, lang: Lang, **args: object) -> str:
    """A catalogue text in the given language."""
    return render(msg(key, **args), lang)


def status_text(status: str, lang: Lang) -> str:
    """'met', 'not met', 'incomplete' in the given language."""
    return t(f"status.{status}", lang)


def _why(result: CriterionResult, lang: Lang) -> list[str]:
    """Why points were lost; for missing evidence, also what recording it could earn."""
    reasons = [render(m, lang) for m in result.why]
    if result.state == "missing":
        reasons.append(render(msg("why.best", best=result.best, max=result.max), lang))
    return reasons


SCORE_SCHEMA_VERSION = 1
"""The version of ``schemas/score.schema.json`` the JSON follows (each cell carries it)."""


def card_json(card: Scorecard, lang: Lang) -> dict[str, Any]:
    """One scorecard as the documented JSON object (``schemas/score.schema.json``)."""
    return {
        "schema_version": SCORE_SCHEMA_VERSION,
        "id": card.cell,
        "name": card.name,
        "type": card.type,
        "year": card.year,
        "period": {"start": card.window.start.isoformat(), "end": card.window.end.isoformat()},
        "as_of": card.as_of.isoformat() if card.as_of else None,
        "rubric": {"id": card.rubric_id, "version": card.rubric_version},
        "pass_mark": card.pass_mark,
        "status": card.status,
        "contents": {
            content.id: {
                "label": render(content.label, lang),
                "points": content.points,
                "max": content.max,
                "met": content.met,
                "criteria": [
                    {
                        "id": r.id,
                        "label": render(r.label, lang),
                        "points": r.points,
                        "best": r.best,
                        "max": r.max,
                        "state": r.state,
                        "measured": render(r.measured, lang) if r.measured else None,
                        "why": _why(r, lang),
                    }
                    for r in content.criteria
                ],
            }
            for content in card.contents
        },
        "distance": [
            {
                "content": s.content,
                "short": s.short,
                "criteria": [{"id": cid, "lost": lost} for cid, lost in s.criteria],
            }
            for s in card.distance()
        ],
    }


def scores_json_chunks(cards: Sequence[Scorecard], lang: Lang) -> Iterator[str]:
    """The JSON list of scorecards, one cell per line, produced cell by cell (large blocs
    never hold the whole text, nor every cell's JSON, in memory)."""
    yield "["
    for i, card in enumerate(ordered(cards)):
        yield ("\n  " if i == 0 else ",\n  ") + dumps(card_json(card, lang))
    yield "\n]\n" if cards else "]\n"


CSV_COLUMNS = (
    "year",
    "cell",
    "name",
    "type",
    "status",
    "content",
    "content_points",
    "content_met",
    "criterion",
    "label",
    "points",
    "max",
    "state",
    "measured",
    "why",
    "as_of",
    "type_label",
    "status_label",
    "state_label",
)
"""The columns of the CSV and of the workbook's *Criteria* sheet: vocabulary values (``type``,
``status``, ``state``) as codes, as in JSON, and their words in the reader's language in the
``*_label`` columns at the end."""


def scores_rows(cards: Sequence[Scorecard], lang: Lang) -> Iterator[list[object]]:
    """One row per cell and criterion, for spreadsheets to pivot."""
    # Thousands of cells repeat the same criteria and states: each is put into words once.
    labels: dict[Text, str] = {}
    states: dict[str, str] = {}
    # A warm run's results share equal criterion results (the codec decodes each once): what
    # one measured and why is put into words once per result, kept with it so its id holds.
    said: dict[int, tuple[CriterionResult, str, str]] = {}
    for card in ordered(cards):
        as_of = card.as_of.isoformat() if card.as_of else ""
        type_label = render(Choice("cell_type", card.type), lang)
        status = status_text(card.status, lang)
        for content in card.contents:
            for r in content.criteria:
                if (label := labels.get(r.label)) is None:
                    label = labels[r.label] = render(r.label, lang)
                if (state := states.get(r.state)) is None:
                    state = states[r.state] = t(f"state.{r.state}", lang)
                if (words := said.get(id(r))) is None:
                    measured = render(r.measured, lang) if r.measured else ""
                    words = said[id(r)] = (r, measured, "; ".join(_why(r, lang)))
                yield [
                    card.year,
                    card.cell,
                    card.name,
                    card.type,
                    card.status,
                    content.id,
                    content.points,
                    content.met,
                    r.id,
                    label,
                    r.points,
                    r.max,
                    r.state,
                    words[1],
                    words[2],
                    as_of,
                    type_label,
                    status,
                    state,
                ]


def scores_csv_chunks(cards: Sequence[Scorecard], lang: Lang) -> Iterator[str]:
    """CSV with a header row (booleans as true/false), produced a cell at a time."""
    return rows_text(itertools.chain([CSV_COLUMNS], scores_rows(cards, lang)))


def _who(card: Scorecard) -> str:
    """The cell as a line of text names it (shown, never acting)."""
    return visible(f"{card.name} ({card.cell})")


def _content_ids(cards: Sequence[Scorecard]) -> list[str]:
    ids: list[str] = []
    for card in cards:
        for content in card.contents:
            if content.id not in ids:
                ids.append(content.id)
    return ids


def scores_markdown(cards: Sequence[Scorecard], lang: Lang, *, explain: bool = False) -> str:
    """A Markdown table of the cells, and with ``explain`` each criterion and why."""
    cards = ordered(cards)
    ids = _content_ids(cards)
    head = [t("col.cell", lang), t("col.type", lang), *ids, t("col.status", lang)]
    days = sorted({c.as_of for c in cards if c.as_of is not None})
    lines = [t("score.as_of", lang, day=days[-1]).capitalize(), ""] if days else []
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * 2 + "--:|" * len(ids) + "---|"]
    for card in cards:
        points = {c.id: str(c.points) for c in card.contents}
        row = [
            _md(f"{card.name} ({card.cell})"),
            render(Choice("cell_type", card.type), lang),
            *(points.get(i, "") for i in ids),
            status_text(card.status, lang),
        ]
        lines.append("| " + " | ".join(row) + " |")
    if explain:
        for card in cards:
            who = _md(f"{card.name} ({card.cell})")
            lines += ["", f"### {who}: {status_text(card.status, lang)}"]
            for content in card.contents:
                lines += [
                    "",
                    f"**{content.id}. {_md(render(content.label, lang))}: "
                    f"{content.points}/{content.max}**",
                    "",
                    f"| {t('col.criterion', lang)} | {t('col.points', lang)} | "
                    f"{t('col.why', lang)} |",
                    "|---|--:|---|",
                ]
                for r in content.criteria:
                    why = "<br>".join(_md(w) for w in _why(r, lang)) or _md(
                        render(r.measured, lang) if r.measured else ""
                    )
                    lines.append(
                        f"| {r.id}. {_md(render(r.label, lang))} | {r.points}/{r.max} | {why} |"
                    )
            lines += _distance_lines(card, lang, prefix="")
    return "\n".join(lines) + "\n"


def _distance_lines(card: Scorecard, lang: Lang, prefix: str) -> list[str]:
    lines = []
    for shortfall in card.distance():
        lost = ", ".join(f"{cid} −{n}" for cid, n in shortfall.criteria)
        lines.append(
            prefix + t("score.short", lang, content=shortfall.content, n=shortfall.short, lost=lost)
        )
    return ["", *lines] if lines else []


RICH_ROWS = 500
"""Above this many cells the terminal view is plain aligned text: Rich lays out a table at
about 0.8 ms a row (30,000 cells: 25 s); plain text takes a few milliseconds."""


def plain_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    """Rows as aligned text columns, measured in terminal cells (Vietnamese text aligns)."""
    from rich.cells import cell_len

    widths = [cell_len(h) for h in header]
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], cell_len(value))

    def line(values: Sequence[str]) -> str:
        cells = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - cell_len(value))
            cells.append(pad + value if i in right else value + pad)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)]) + "\n"


def _plain_scores(cards: Sequence[Scorecard], lang: Lang, explain: bool) -> str:
    ids = _content_ids(cards)
    header = [t("col.cell", lang), t("col.type", lang), *ids, t("col.status", lang)]
    rows = [
        [
            _who(card),
            render(Choice("cell_type", card.type), lang),
            *(str(next((c.points for c in card.contents if c.id == i), "")) for i in ids),
            status_text(card.status, lang),
        ]
        for card in cards
    ]
    counts = {s: sum(1 for c in cards if c.status == s) for s in ("met", "not_met", "incomplete")}
    text = _title(cards, lang) + "\n\n"
    text += plain_table(header, rows, set(range(2, 2 + len(ids))))
    text += "\n" + t("score.caption", lang, total=len(cards), **counts) + "\n"
    if explain:
        for card in cards:
            text += f"\n{_who(card)} · {card.year} · {status_text(card.status, lang)}\n"
            for content in card.contents:
                label = render(content.label, lang)
                text += f"  {content.id}. {label}: {content.points}/{content.max}\n"
                for r in content.criteria:
                    measured = render(r.measured, lang) if r.measured else ""
                    text += f"    {r.id} {r.points}/{r.max} {render(r.label, lang)}"
                    text += f" ({measured})\n" if measured else "\n"
                    for why in _why(r, lang):
                        text += f"      - {why}\n"
            for line in _distance_lines(card, lang, prefix="  -> "):
                text += line + "\n" if line else ""
    return text


def scores_table(
    cards: Sequence[Scorecard], lang: Lang, *, explain: bool = False
) -> RenderableType | str:
    """The Rich table of cells (and with ``explain``, one panel of criteria per cell); plain
    aligned text when there are more than ``RICH_ROWS`` cells."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    cards = ordered(cards)
    if len(cards) > RICH_ROWS:
        return _plain_scores(cards, lang, explain)
    ids = _content_ids(cards)
    table = Table(title=_title(cards, lang), title_justify="left")
    table.add_column(t("col.cell", lang), overflow="fold", ratio=1, min_width=16)
    table.add_column(t("col.type", lang), overflow="fold", max_width=14)
    for content_id in ids:
        table.add_column(content_id, justify="right", no_wrap=True)
    table.add_column(t("col.status", lang), no_wrap=True)
    for card in cards:
        points = {c.id: c for c in card.contents}
        cells: list[Text] = [
            Text(_who(card)),
            Text(render(Choice("cell_type", card.type), lang)),
        ]
        for content_id in ids:
            content = points.get(content_id)
            cells.append(
                Text("")
                if content is None
                else Text(str(content.points), style="" if content.met else "bold red")
            )
        cells.append(Text(status_text(card.status, lang), style=_status_style(card.status)))
        table.add_row(*cells)
    counts = {s: sum(1 for c in cards if c.status == s) for s in ("met", "not_met", "incomplete")}
    table.caption = t("score.caption", lang, total=len(cards), **counts)
    table.caption_justify = "left"
    if not explain:
        return table
    parts: list[RenderableType] = [table]
    for card in cards:
        parts.append(_explain_card(card, lang))
    return Group(*parts)


def _title(cards: Sequence[Scorecard], lang: Lang) -> str:
    """'4 Good scores, 2023', with 'as of <day>' while the year is in progress."""
    title = t("score.title", lang, year=_years(cards))
    days = sorted({c.as_of for c in cards if c.as_of is not None})
    return title + (f" ({t('score.as_of', lang, day=days[-1])})" if days else "")


def _years(cards: Sequence[Scorecard]) -> str:
    years = sorted({c.year for c in cards})
    return ", ".join(str(y) for y in years) if years else "-"


def _status_style(status: str) -> str:
    return {"met": "green", "not_met": "bold red", "incomplete": "yellow"}.get(status, "")


def _explain_card(card: Scorecard, lang: Lang) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    title = Text(f"\n{_who(card)} · {card.year} · ", style="bold")
    title.append(status_text(card.status, lang), style=_status_style(card.status))
    title.append(
        "  " + t("score.rubric", lang, id=card.rubric_id, version=card.rubric_version),
        style="dim",
    )
    parts: list[RenderableType] = [title]
    for content in card.contents:
        table = Table(
            title=Text(
                f"{content.id}. {render(content.label, lang)}: {content.points}/{content.max}",
                style="bold" if content.met else "bold red",
            ),
            title_justify="left",
            show_header=True,
            expand=True,
        )
        table.add_column(t("col.criterion", lang), ratio=2, overflow="fold")
        table.add_column(t("col.points", lang), justify="right", no_wrap=True)
        table.add_column(t("col.why", lang), ratio=3, overflow="fold")
        for r in content.criteria:
            why = _why(r, lang)
            detail = "\n".join(f"• {w}" for w in why) if why else ""
            if r.measured is not None:
                detail = render(r.measured, lang) + ("\n" + detail if detail else "")
            points = Text(f"{r.points}/{r.max}", style="" if r.lost == 0 else "red")
            table.add_row(Text(f"{r.id}. {render(r.label, lang)}"), points, Text(detail))
        parts.append(table)
    for line in _distance_lines(card, lang, prefix="→ "):
        if line:
            parts.append(Text(line, style="red"))
    return Group(*parts)


def render_to_text(renderable: RenderableType, width: int) -> str:
    """A Rich renderable as plain text at a fixed width (for files and tests)."""
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(renderable)
    return out.getvalue()
