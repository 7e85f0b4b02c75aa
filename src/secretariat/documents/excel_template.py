"""The import template: every sheet of the exchange workbook with its headers, drop-downs and example rows.

The example rows refer to one another (the example contact belongs to the
example partner, the example delegation to the example agreement, ...), so the
template itself imports cleanly; their codes start with ``CONTOH`` so a clerk
sees what to delete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretariat.documents.excel_export_writer import Choices, write_register
from secretariat.domain import excel_format as fmt
from secretariat.domain.excel_format import ColumnKind, SheetSpec
from secretariat.domain.parsing import parse_amount, parse_date, parse_time

__all__ = ["example_rows", "write_template"]


def _example_value(kind: ColumnKind, value: object) -> object:
    """Examples are written in the spec as text where that is easier to read; give them their real types."""
    if not isinstance(value, str):
        return value
    if kind is ColumnKind.DATE:
        return parse_date(value)
    if kind is ColumnKind.TIME:
        return parse_time(value)
    if kind in (ColumnKind.AMOUNT, ColumnKind.DECIMAL):
        return parse_amount(value)
    return value


def example_rows(spec: SheetSpec) -> list[tuple[object, ...]]:
    """The example rows of a sheet, in its column order, typed as the export would give them."""
    return [
        tuple(_example_value(column.kind, example.get(column.key)) for column in spec.columns)
        for example in spec.examples
    ]


def write_template(
    path: str | Path,
    *,
    language: str = "id",
    choices: Choices | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, int]:
    """Write the template workbook to ``path``; return the number of example rows per sheet."""
    rows = {spec.key: example_rows(spec) for spec in fmt.SHEETS}
    return write_register(path, rows, language=language, choices=choices, progress=progress)
