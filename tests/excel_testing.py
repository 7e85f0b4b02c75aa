"""Helpers shared by the Excel exchange tests: small workbooks as a clerk would type them, and counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import AuditEntry

PARTNER_HEADERS = ["Kode mitra", "Nama", "Jenis mitra", "Negara", "Kota"]


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook (normal openpyxl mode, as another program would write it): sheet name -> header + rows."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(row)
    workbook.save(path)
    return path


def count(ctx: ServiceContext, model: Any) -> int:
    with reading(ctx) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_count(ctx: ServiceContext) -> int:
    return count(ctx, AuditEntry)


def sheet_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every cell value, sheet by sheet (what a clerk sees), for comparing workbooks."""
    workbook = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in workbook.worksheets}
    finally:
        workbook.close()
