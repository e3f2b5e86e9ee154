"""Scorecards of the walk-through's cells with the names around them, for the office
documents' tests, and a way to read a Word document's text back."""

from __future__ import annotations

import io
from dataclasses import replace

from fourgood.models.documents import DocumentSettings, Signer
from fourgood.read.dataset import DataSet
from fourgood.reporting.scorecard import CellSheet, cell_sheet
from fourgood.reporting.summaries import run_years
from tests.conftest import WALKTHROUGH

SETTINGS = DocumentSettings(
    superior="Đảng bộ tỉnh Lạng Sơn",
    issuer="Đảng ủy Khối các cơ quan tỉnh",
    code="ĐU",
    place="Lạng Sơn",
    signer=Signer(position="Phó Bí thư", name="Nguyễn Văn An"),
    recipients=["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"],
)
"""Every setting given."""

HOSTILE = "Chi bộ \x1b[2J<b>&\u202e\ufffe\n"
"""A name that would act on a terminal, a page or an XML parser if it were not escaped."""


def walkthrough_sheet(cell: str = "trung-tam-yte", **changes: object) -> CellSheet:
    """The walk-through's 2023 scorecard of ``cell`` (not met, by default), with ``changes``."""
    ds = DataSet(str(WALKTHROUGH))
    run = run_years(ds, [2023], cell_ids={cell}, all_cells=False)[2023]
    card = next(c.card for c in run.evaluated() if c.card is not None)
    return replace(cell_sheet(ds, card), **changes)  # type: ignore[arg-type]


def docx_texts(data: bytes) -> list[str]:
    """Every paragraph's text of a Word document, the tables' cells included, in order."""
    import docx

    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    return texts
