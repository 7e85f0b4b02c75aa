"""Stream the cell values of an .xlsx workbook, sheet by sheet, row by row, with lxml.

openpyxl's read-only mode is the reference reader, but on workbooks written by
openpyxl itself (inline strings, no ``<dimension>``) it parses every sheet twice
and builds an object per string: about 13 s for 30,000 rows. This reader walks
the same XML once with ``lxml.etree.iterparse`` and clears each row behind it,
so memory stays flat and 30,000 rows take about a second. It gives what
``iter_rows(values_only=True)`` gives: text, numbers (int when whole), booleans,
``datetime`` for date-formatted numbers (1900 and 1904 date systems), and
error values such as ``#REF!`` as their text. openpyxl supplies the rules for
what a date format is and for converting Excel serials. A formula cell gives its
cached value only; the formula itself is never kept or evaluated.

Bounded: a workbook is checked while it streams, before anything large is built
(:class:`ReadLimits`): the size each part unpacks to, the number and length of
shared strings, each sheet's declared width and its cell references, the number of
rows of a sheet (counted in the raw XML first, then while reading), and the length
of each cell's text. A file beyond a limit is refused with
:class:`WorkbookTooLargeError`, a sentence naming the limit; a file a few kilobytes
long that would unpack to gigabytes is refused in seconds with little memory.
"""

from __future__ import annotations

import os
import posixpath
import sys
import zipfile
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from secretariat.domain.errors import UserError

__all__ = ["MAX_COLUMNS", "ReadLimits", "SheetRows", "WorkbookTooLargeError", "XlsxReader"]

#: The widest sheet read: cell references beyond this column are refused (Excel's own limit is 16,384).
MAX_COLUMNS = 1024
#: The longest text a cell may hold (Excel's own limit).
MAX_CELL_CHARACTERS = 32_767
_DIMENSION_TAG = "dimension"
#: Inline texts up to this length are interned (written inline, every row's copy would be a new object).
_INTERNED_LENGTH = 64

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROW = f"{{{_MAIN}}}row"
_C = f"{{{_MAIN}}}c"
_V = f"{{{_MAIN}}}v"
_IS = f"{{{_MAIN}}}is"
_T = f"{{{_MAIN}}}t"
_SI = f"{{{_MAIN}}}si"
_RPH = f"{{{_MAIN}}}rPh"
_DIMENSION = f"{{{_MAIN}}}{_DIMENSION_TAG}"


@dataclass(frozen=True)
class ReadLimits:
    """What the reader accepts (see the module text)."""

    max_rows: int = 200_000  # rows a sheet, the header not counted (a setting: services.backups.settings)
    max_columns: int = MAX_COLUMNS
    max_shared_strings: int = 2_000_000
    max_shared_characters: int = 100_000_000
    max_cell_characters: int = MAX_CELL_CHARACTERS
    max_part_bytes: int = 1 << 30  # what one part of the package (a sheet, the strings) may unpack to


class WorkbookTooLargeError(UserError):
    """The workbook is beyond one of the reader's limits; nothing was read."""


def _too_many_rows(name: str, limit: int) -> WorkbookTooLargeError:
    return WorkbookTooLargeError(
        f"The sheet '{name}' has more than {limit:,} rows, the largest import allowed (a setting: File > Backups > "
        "Safeguards, or secretariat safeguards --import-max-rows); split it into smaller workbooks.",
        f"Lembar '{name}' berisi lebih dari {limit:,} baris, impor terbesar yang diizinkan (pengaturan: Berkas > "
        "Cadangan > Pengaman, atau secretariat safeguards --import-max-rows); pecah menjadi beberapa buku "
        "kerja.".replace(f"{limit:,}", f"{limit:,}".replace(",", ".")),
    )


def _too_wide(name: str, reference: str, limit: int) -> WorkbookTooLargeError:
    last = get_column_letter(limit)
    return WorkbookTooLargeError(
        f"The sheet '{name}' reaches cell {reference[:20]}, beyond column {last} ({limit:,} columns), the widest "
        "sheet the import reads; delete what lies to the right of the table and save the workbook again.",
        f"Lembar '{name}' mencapai sel {reference[:20]}, melewati kolom {last} ({limit} kolom), lembar terlebar "
        "yang dibaca impor; hapus isi di sebelah kanan tabel lalu simpan ulang buku kerja.",
    )


def _column_of(reference: str) -> int:
    """1-based column of a reference such as 'AB12', bounded (a reference of any length costs no memory)."""
    index = 0
    for char in reference:
        if "A" <= char <= "Z":
            index = index * 26 + (ord(char) - 64)
        elif "a" <= char <= "z":
            index = index * 26 + (ord(char) - 96)
        else:
            break
        if index > 1 << 40:
            break
    return index


def _row_of(reference: str) -> int:
    digits = "".join(ch for ch in reference[:40] if ch.isdigit())
    return int(digits) if digits else 0


def _text_of(element: etree._Element) -> str:
    """The text of a string item (plain ``<t>`` or rich-text runs), leaving out phonetic hints."""
    if len(element) == 1 and element[0].tag == _T:
        return element[0].text or ""
    parts = []
    for node in element.iter(_T):
        parent = node.getparent()
        if parent is not None and parent.tag == _RPH:
            continue
        parts.append(node.text or "")
    return "".join(parts)


@dataclass(frozen=True)
class SheetRows:
    title: str
    state: str  # visible / hidden / veryHidden
    path: str


class XlsxReader:
    """An opened workbook: its sheets, and an iterator of value rows per sheet. Use as a context manager."""

    def __init__(self, source: str | os.PathLike[str] | IO[bytes], limits: ReadLimits | None = None) -> None:
        self.limits = limits or ReadLimits()
        self._zip = zipfile.ZipFile(source)
        try:
            self._names = set(self._zip.namelist())
            self._check_part_sizes()
            self.sheets, self._epoch = self._read_workbook()
            self._strings = self._read_shared_strings()
            self._date_styles = self._read_date_styles()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    # --- workbook parts ------------------------------------------------------------------------------

    def _check_part_sizes(self) -> None:
        limit = self.limits.max_part_bytes
        for info in self._zip.infolist():
            if info.file_size > limit:
                raise WorkbookTooLargeError(
                    f"The part {info.filename} of the workbook unpacks to {info.file_size / 1e6:,.0f} MB, more than "
                    f"the {limit / 1e6:,.0f} MB the import reads; the workbook cannot be imported as it is.",
                    f"Bagian {info.filename} buku kerja terurai menjadi {info.file_size / 1e6:,.0f} MB, lebih dari "
                    f"{limit / 1e6:,.0f} MB yang dibaca impor; buku kerja ini tidak dapat diimpor apa adanya.",
                )

    def _xml(self, name: str) -> etree._Element:
        with self._zip.open(name) as handle:
            return etree.parse(handle, etree.XMLParser(resolve_entities=False, huge_tree=False)).getroot()

    def _read_workbook(self) -> tuple[list[SheetRows], datetime]:
        workbook_path = "xl/workbook.xml"
        rels_path = "xl/_rels/workbook.xml.rels"
        if workbook_path not in self._names:
            raise KeyError("xl/workbook.xml is missing: not a spreadsheet")
        root = self._xml(workbook_path)
        targets: dict[str, str] = {}
        if rels_path in self._names:
            for rel in self._xml(rels_path).iter(f"{{{_PKG_REL}}}Relationship"):
                target = rel.get("Target", "")
                path = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                )
                targets[rel.get("Id", "")] = path
        properties = root.find(f"{{{_MAIN}}}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        sheets = []
        for sheet in root.iter(f"{{{_MAIN}}}sheet"):
            path = targets.get(sheet.get(f"{{{_REL}}}id", ""), "")
            if path in self._names:
                sheets.append(SheetRows(sheet.get("name", ""), sheet.get("state", "visible"), path))
        return sheets, (CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)

    def _count_raw(self, name: str, needles: tuple[bytes, ...], limit: int) -> int:
        """How many times ``needles`` occur in a part, counted in the raw XML; stops once past ``limit``."""
        count = 0
        tail = b""
        with self._zip.open(name) as handle:
            while chunk := handle.read(1 << 20):
                data = tail + chunk
                count += sum(data.count(needle) for needle in needles)
                tail = data[-8:]  # shorter than a match, so no match is counted twice
                if count > limit:
                    break
        return count

    def _read_shared_strings(self) -> list[str]:
        name = "xl/sharedStrings.xml"
        if name not in self._names:
            return []
        limits = self.limits
        # Counted in the raw XML first: twenty million strings are turned away in a second, unparsed.
        counted = self._count_raw(name, (b"<si>", b"<si ", b":si>", b":si "), limits.max_shared_strings)
        if counted > limits.max_shared_strings:
            raise self._too_many_strings(counted)
        strings: list[str] = []
        characters = 0
        with self._zip.open(name) as handle:
            for _event, element in etree.iterparse(handle, tag=_SI, huge_tree=False):
                text = _text_of(element)
                element.clear()
                while element.getprevious() is not None:  # the parsed strings do not pile up in the tree
                    del element.getparent()[0]
                if len(text) > limits.max_cell_characters:
                    raise self._cell_too_long("sharedStrings", len(text))
                characters += len(text)
                strings.append(text)
                if len(strings) > limits.max_shared_strings:
                    raise self._too_many_strings(len(strings))
                if characters > limits.max_shared_characters:
                    raise WorkbookTooLargeError(
                        f"The workbook holds more than {limits.max_shared_characters:,} characters of text, the most "
                        "the import reads; split it into smaller workbooks.",
                        f"Buku kerja berisi lebih dari {limits.max_shared_characters:,} karakter teks, paling banyak "
                        "yang dibaca impor; pecah menjadi beberapa buku kerja.",
                    )
        return strings

    def _too_many_strings(self, count: int) -> WorkbookTooLargeError:
        limit = self.limits.max_shared_strings
        return WorkbookTooLargeError(
            f"The workbook holds {count:,} or more different texts, more than the {limit:,} the import reads; split "
            "it into smaller workbooks.",
            f"Buku kerja berisi {count:,} teks berbeda atau lebih, melebihi {limit:,} yang dibaca impor; pecah "
            "menjadi beberapa buku kerja.",
        )

    def _cell_too_long(self, where: str, length: int) -> WorkbookTooLargeError:
        limit = self.limits.max_cell_characters
        return WorkbookTooLargeError(
            f"A cell of {where} holds {length:,} characters, more than the {limit:,} a cell of Excel may hold; "
            "shorten it and save the workbook again.",
            f"Sebuah sel pada {where} berisi {length:,} karakter, melebihi {limit:,} yang dapat dimuat sel Excel; "
            "persingkat lalu simpan ulang buku kerja.",
        )

    def _read_date_styles(self) -> frozenset[int]:
        name = "xl/styles.xml"
        if name not in self._names:
            return frozenset()
        root = self._xml(name)
        custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(f"{{{_MAIN}}}numFmt")}
        dates = set()
        cell_xfs = root.find(f"{{{_MAIN}}}cellXfs")
        if cell_xfs is None:
            return frozenset()
        for index, xf in enumerate(cell_xfs.iter(f"{{{_MAIN}}}xf")):
            number_format_id = int(xf.get("numFmtId", "0"))
            code = custom.get(number_format_id) or BUILTIN_FORMATS.get(number_format_id, "")
            if code and is_date_format(code):
                dates.add(index)
        return frozenset(dates)

    # --- cells -----------------------------------------------------------------------------------------

    def _number(self, text: str, style: int) -> object:
        if style in self._date_styles:
            try:
                value = from_excel(float(text), self._epoch)
            except (ValueError, OverflowError):
                return float(text)
            if isinstance(value, timedelta):
                return (datetime.min + value).time()
            return value
        try:
            return int(text)
        except ValueError:
            number = float(text)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number

    def _value(self, cell: etree._Element) -> object:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            for child in cell:
                if child.tag == _IS:
                    inline = _text_of(child)
                    if len(inline) > self.limits.max_cell_characters:
                        raise self._cell_too_long(cell.get("r") or "a sheet", len(inline))
                    # A column's repeated texts (kinds, countries, a status) are then one object, not one a row.
                    return sys.intern(inline) if len(inline) <= _INTERNED_LENGTH else inline
            return None
        value_node = cell.find(_V)
        text = value_node.text if value_node is not None else None
        if text is None:
            return None
        if kind == "s":
            return self._strings[int(text)]
        if kind in ("str", "e"):
            if len(text) > self.limits.max_cell_characters:
                raise self._cell_too_long(cell.get("r") or "a sheet", len(text))
            return text
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                return text
        return self._number(text, int(cell.get("s", "0")))

    def row_count(self, sheet: SheetRows) -> int:
        """How many ``<row>`` elements the sheet holds, counted in the raw XML without parsing it.

        Counting stops, and the sheet is refused, once it passes the row limit: a sheet of a million
        rows is turned away after reading the first part of it, before any row is built.
        """
        count = 0
        tail = b""
        limit = self.limits.max_rows + 1  # the header row
        with self._zip.open(sheet.path) as handle:
            while chunk := handle.read(1 << 20):
                data = tail + chunk
                count += data.count(b"<row ") + data.count(b"<row>") + data.count(b":row ")
                tail = data[-4:]  # shorter than a match, so no match is counted twice
                if count > limit:
                    raise _too_many_rows(sheet.title, self.limits.max_rows)
        return count

    def _check_dimension(self, sheet: SheetRows, element: etree._Element) -> None:
        reference = element.get("ref", "")
        last = reference.rpartition(":")[2] if reference else ""
        if last and _column_of(last) > self.limits.max_columns:
            raise _too_wide(sheet.title, last, self.limits.max_columns)

    def rows(self, sheet: SheetRows) -> Generator[tuple[int, tuple[object, ...]], None, None]:
        """(row number, values) of every row that has cells; trailing empty cells are left out.

        The sheet is refused (:class:`WorkbookTooLargeError`) when its declared width or a cell with a
        value lies beyond the column limit, or when it has more rows than the row limit.
        """
        limits = self.limits
        known_columns: dict[str, int] = {}  # a reference's letters -> its column
        with self._zip.open(sheet.path) as handle:
            expected = 0
            seen = 0
            for _event, element in etree.iterparse(handle, tag=(_DIMENSION, _ROW), huge_tree=False):
                if element.tag == _DIMENSION:
                    self._check_dimension(sheet, element)
                    continue
                row = element
                seen += 1
                if seen > limits.max_rows + 1:
                    raise _too_many_rows(sheet.title, limits.max_rows)
                number_text = row.get("r")
                number = _int(number_text) if number_text else expected + 1
                expected = number
                values: list[object] = []
                for position, cell in enumerate(row.iter(_C)):
                    value = self._value(cell)
                    if value is None:
                        continue
                    reference = cell.get("r")
                    if reference:
                        letters = reference.rstrip("0123456789")
                        column = known_columns.get(letters, -1)
                        if column < 0:
                            column = _column_of(reference) - 1
                            if len(letters) <= 3:  # at most 26**3 of them
                                known_columns[letters] = column
                    else:
                        column = position
                    if column >= limits.max_columns:
                        raise _too_wide(sheet.title, reference or get_column_letter(column + 1), limits.max_columns)
                    if column >= len(values):
                        values.extend([None] * (column - len(values) + 1))
                    values[column] = value
                row.clear()
                while row.getprevious() is not None:
                    del row.getparent()[0]
                yield number, tuple(values)


def _int(text: str | None) -> int:
    try:
        return int(text or "0")
    except ValueError:
        return 0
