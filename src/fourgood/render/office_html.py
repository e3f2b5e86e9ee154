"""Office documents as one self-contained HTML page laid out for A4 in the Party's document
format (Hướng dẫn 36-HD/VPTW, 2018): margins 20 mm top and bottom, 30 mm left, 15 mm right,
Times New Roman 14 pt, the letterhead in two columns, the signatures at the foot. Printed from
a browser it gives the same page as the Word document."""

from __future__ import annotations

import html

from fourgood.i18n.lang import Lang
from fourgood.i18n.visible import xml_safe
from fourgood.render.document import (
    Block,
    Cell,
    Letterhead,
    OfficeDocument,
    Paragraph,
    Part,
    Signature,
    Table,
)
from fourgood.render.office import TEXT_WIDTH_MM, roman, table_widths
from fourgood.render.wording import cell_level, cell_text, paragraph_text

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt;
       line-height: 1.3; color: #000; margin: 0; }
@media screen { body { width: 210mm; margin: 1rem auto; padding: 20mm 15mm 20mm 30mm;
                       box-shadow: 0 0 .5rem #999; } }
table.head, table.foot { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.head td, table.foot td { vertical-align: top; text-align: center; padding: 0; }
table.head td.left { width: 52%; } table.head td.right { width: 48%; }
.party { font-weight: bold; font-size: 15pt; text-decoration: underline; }
.date { font-style: italic; margin-top: 1em; }
.issuer { font-weight: bold; }
.kind { text-align: center; font-weight: bold; font-size: 15pt; margin: 1.2em 0 0; }
.subject { text-align: center; font-weight: bold; margin: 0; }
.rule { text-align: center; margin: 0 0 1em; }
h2, h3 { font-size: 14pt; font-weight: bold; margin: .6em 0 .3em; text-indent: 10mm;
         break-after: avoid; }
p { margin: 0 0 .25em; text-align: justify; text-indent: 10mm; }
p.sub { font-style: italic; }
p.detail { text-indent: 0; }
table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; margin: .3em 0 .6em;
             font-size: 12pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; }
table.grid th { text-align: center; }
table.grid td.num { text-align: right; white-space: nowrap; }
table.grid tr { break-inside: avoid; }
table.grid thead { display: table-header-group; }
table.grid caption { caption-side: bottom; text-align: left; font-style: italic; }
div.foot { break-inside: avoid; page-break-inside: avoid; }
table.foot { margin-top: 1.5em; }
.recipients { text-align: left; font-size: 11pt; }
.recipients b { font-size: 12pt; font-style: italic; }
.signature b { display: block; }
.signature.name { height: 30mm; vertical-align: bottom; }
"""


def _e(text: str) -> str:
    return html.escape(xml_safe(text))


def office_page(office: OfficeDocument, lang: Lang) -> str:
    """The whole page."""
    body = [
        _letterhead(office.letterhead),
        f'<p class="kind">{_e(office.kind)}</p>',
        f'<p class="subject">{_e(office.subject)}</p>',
        '<p class="rule">-----</p>',
        *(_block(b, lang) for b in office.preamble),
        *(_part(p, n, lang) for n, p in enumerate(office.parts, start=1)),
        _foot(office),
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(office.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )


def _letterhead(head: Letterhead) -> str:
    number = f"<div>{_e(head.number)}</div>" if head.number else ""
    return (
        '<table class="head"><tr>'
        f'<td class="left"><div>{_e(head.superior)}</div>'
        f'<div class="issuer">{_e(head.issuer)}</div><div>*</div>{number}</td>'
        f'<td class="right"><div class="party">{_e(head.party)}</div>'
        f'<div class="date">{_e(head.place_date)}</div></td>'
        "</tr></table>"
    )


def _part(part: Part, n: int, lang: Lang) -> str:
    out = [f"<h2>{roman(n)}. {_e(part.title.upper())}</h2>"]
    out.extend(_block(b, lang) for b in part.blocks)
    for i, section in enumerate(part.sections, start=1):
        out.append(f"<h3>{i}. {_e(section.title)}</h3>")
        out.extend(_block(b, lang) for b in section.blocks)
    return "\n".join(part for part in out if part)


def _block(block: Block, lang: Lang) -> str:
    """A paragraph or a table; a chart is left out (its figures are in the tables)."""
    if isinstance(block, Paragraph):
        cls = "detail" if block.level else "sub" if block.tone == "sub" else ""
        style = f' style="margin-left:{10 * block.level}mm"' if block.level else ""
        attribute = f' class="{cls}"' if cls else ""
        return f"<p{attribute}{style}>{_e(paragraph_text(block))}</p>"
    if isinstance(block, Table):
        return _table(block, lang)
    return ""


def _table(table: Table, lang: Lang) -> str:
    head = "".join(f"<th>{_e(c.title)}</th>" for c in table.columns)
    rows = "".join(
        "<tr>"
        + "".join(
            _cell(value, column.numeric, lang)
            for value, column in zip(row, table.columns, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    caption = f"<caption>{_e(table.note)}</caption>" if table.note else ""
    widths = table_widths(table, lang)
    cols = "".join(f'<col style="width:{100 * w / TEXT_WIDTH_MM:.1f}%">' for w in widths)
    return (
        f'<table class="grid">{caption}<colgroup>{cols}</colgroup>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _cell(value: Cell, numeric: bool, lang: Lang) -> str:
    text = _e(cell_text(value, lang))
    if numeric:
        return f'<td class="num">{text}</td>'
    level = cell_level(value)
    if level:
        return f'<td style="padding-left:{1.5 + 4 * level}mm">{text}</td>'
    return f"<td>{text}</td>"


def _foot(office: OfficeDocument) -> str:
    """Recipients bottom left, the signatures to their right: their titles in one row, the
    names in the next, so the names stand on one line."""
    titles: list[str] = []
    names: list[str] = []
    if office.recipients:
        lines = "".join(f"<div>{_e(r)}</div>" for r in office.recipients)
        titles.append(f'<td class="recipients"><b>{_e(office.recipients_title)}</b>{lines}</td>')
        names.append("<td></td>")
    for signature in office.signatures:
        titles.append(_signature(signature))
        names.append(f'<td class="signature name"><b>{_e(signature.name)}</b></td>')
    if not titles:
        return ""
    width = f'<col style="width:{100 / len(titles):.1f}%">' * len(titles)
    return (
        f'<table class="foot"><colgroup>{width}</colgroup><tr>{"".join(titles)}</tr>'
        f"<tr>{''.join(names)}</tr></table>"
    )


def _signature(signature: Signature) -> str:
    lines = "".join(f"<b>{_e(line)}</b>" for line in signature.lines)
    return f'<td class="signature">{lines}</td>'
