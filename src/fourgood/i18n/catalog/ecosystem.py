"""Texts of the outputs other tools read: spreadsheets' columns, and what the schemas say."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # the workbook's label columns, beside the codes (CSV has the same columns)
    "xlsx.type_label": ("Type (label)", "Loại hình (tên)"),
    "xlsx.status_label": ("Status (label)", "Kết quả (tên)"),
    "xlsx.state_label": ("State (label)", "Tình trạng (tên)"),
}
