"""How the command line prints registers: an aligned text table, or one JSON array."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from secretariat.domain.money import Money
from secretariat.services import registers
from secretariat.services.registers import Column

# The columns a text table shows (the JSON output has every column). "{lang}" picks id or en.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "partners": ("code", "name", "kind", "country", "city", "status"),
    "agreements": ("number", "title_{lang}", "stage_name_{lang}", "partners", "expires_on"),
    "delegations": ("code", "direction", "country", "cities", "start_on", "end_on", "status", "members"),
    "budget": ("fiscal_year", "side", "account_code", "description", "planned", "realised", "received", "agreement"),
    "officials": ("name", "position", "grade", "passport_type", "passport_expiry", "active"),
    "per_diem_rates": ("country", "country_name_{lang}", "grade", "amount", "valid_from", "source"),
    "documents": ("id", "file_name", "kind", "record", "version", "added_on", "added_by", "sha256"),
}
MAX_CELL = 48
_RIGHT_ALIGNED = ("money", "number")


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: wide East Asian characters count twice, accents nothing."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())  # no line breaks inside a cell
    if display_width(text) <= limit:
        return text
    clipped = ""
    for ch in text:
        if display_width(clipped + ch) > limit - 1:
            break
        clipped += ch
    return clipped + "…"


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def table_columns(register: str, language: str) -> list[Column]:
    by_key = {c.key: c for c in registers.columns(register)}
    return [by_key[key.format(lang=language)] for key in TABLE_COLUMNS[register]]


def write_table(out: TextIO, register: str, rows: Sequence[Mapping[str, Any]], language: str) -> None:
    columns = table_columns(register, language)
    header = [column.label(language) for column in columns]
    cells = [
        [_clip(registers.format_value(register, c.key, row.get(c.key), language), MAX_CELL) for c in columns]
        for row in rows
    ]
    widths = [max([display_width(h), *(display_width(r[i]) for r in cells)]) for i, h in enumerate(header)]
    right = [c.kind in _RIGHT_ALIGNED for c in columns]
    out.write("  ".join(_pad(h, w, False) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(_pad(v, w, r) for v, w, r in zip(row, widths, right, strict=True)).rstrip() + "\n")


def json_value(value: Any) -> Any:
    """A fetched value as JSON: ISO dates, decimal strings, money as amount and currency."""
    if isinstance(value, Money):
        return {"amount": value.decimal_string(), "currency": value.currency}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | list):
        return [json_value(v) for v in value]
    return value


def json_record(register: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """One row as JSON; its global id ``gid`` (what commands accept to name the record) follows ``id``."""
    ordered = {key: row[key] for key in ("id", "gid") if key in row} | dict(row)
    record = {key: json_value(value) for key, value in ordered.items()}
    if register == "agreements":
        record["partners"] = record.pop("partner_codes", [])
    return record


def write_json(out: TextIO, register: str, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write one JSON array, a record per line, without holding every record in memory."""
    out.write("[")
    written = 0
    for row in rows:
        out.write(",\n" if written else "\n")
        out.write(json.dumps(json_record(register, row), ensure_ascii=False))
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written


def pages(fetch: Any, ids: Sequence[int], size: int = 500) -> Iterator[Mapping[str, Any]]:
    """The rows of ``ids`` in order, fetched ``size`` at a time with ``fetch(ids) -> {id: row}``."""
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        fetched = fetch(chunk)
        for row_id in chunk:
            row = fetched.get(row_id)
            if row is not None:
                yield row
