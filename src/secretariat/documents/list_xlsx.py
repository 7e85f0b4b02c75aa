"""One list as the clerk sees it on screen (searched, filtered, sorted, its columns), as an Excel workbook.

The caller hands in the title, the column headings with their kind, and the rows as plain values:
text, whole numbers, :class:`~secretariat.domain.money.Money` (written as numbers in the currency's
format, so they add up in Excel), and dates (real Excel dates). One sheet, the title and what was
listed on top, the headings in bold and frozen, an auto-filter, and columns sized to their contents.
Written in openpyxl's write-only mode, so 100,000 rows stay within memory.

    write_list_workbook(path, "Mitra", "3 mitra, dicetak 2 Maret 2026", columns, rows)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from secretariat.documents.write_only import sheets_closed_on_failure
from secretariat.documents.xlsx_styles import DATE_FORMAT, INTEGER_FORMAT, money_format
from secretariat.domain.money import Money

__all__ = ["ListColumn", "write_list_workbook"]

_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_MAX_WIDTH = 60
_MIN_WIDTH = 8
_SHEET_NAME_LIMIT = 31


@dataclass(frozen=True)
class ListColumn:
    title: str
    kind: str = "text"  # text | number | money | date | enum (as in services.registers.Column)


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Money):
        return len(f"{value.amount:,}") + 5
    if isinstance(value, date):
        return 11
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_list_workbook(
    path: Path | str,
    title: str,
    subtitle: str,
    columns: Sequence[ListColumn],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the list to ``path``; the number of rows written."""
    rows = list(rows)
    widths = [max(_MIN_WIDTH, len(column.title) + 2) for column in columns]
    for row in rows[:2000]:  # the first rows tell the widths well enough
        for index, value in enumerate(row):
            widths[index] = max(widths[index], min(_MAX_WIDTH, _width(value) + 2))

    book = Workbook(write_only=True)
    with sheets_closed_on_failure(book):
        sheet = book.create_sheet(_sheet_name(title))
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A4"
        if columns:
            sheet.auto_filter.ref = f"A3:{get_column_letter(len(columns))}{len(rows) + 3}"

        heading = WriteOnlyCell(sheet, title)
        heading.font = Font(bold=True, size=13)
        sheet.append([heading])
        sheet.append([WriteOnlyCell(sheet, subtitle)])
        header_cells = []
        for column in columns:
            cell = WriteOnlyCell(sheet, column.title)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            if column.kind in ("number", "money"):
                cell.alignment = Alignment(horizontal="right")
            header_cells.append(cell)
        sheet.append(header_cells)

        for number, row in enumerate(rows, start=1):
            sheet.append([_cell(sheet, value) for value in row])
            if progress is not None and number % 1000 == 0:
                progress(number)
        book.save(str(path))
    return len(rows)


def _cell(sheet: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Money):
        cell = WriteOnlyCell(sheet, value.amount)
        cell.number_format = money_format(value.currency)
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = INTEGER_FORMAT if isinstance(value, int) else "#,##0.00##"
        return cell
    return str(value)


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\").strip() or "List"
    return cleaned[:_SHEET_NAME_LIMIT]
