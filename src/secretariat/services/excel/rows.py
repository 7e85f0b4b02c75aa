"""Read an exchange workbook into typed rows: the file checks, the header mapping, one value per cell.

Nothing here touches the database: :func:`read_workbook` gives each known sheet's rows, and
:func:`parse_row` turns one row into typed values and the problems of its cells.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl.utils import get_column_letter

from secretariat.domain import excel_format as fmt
from secretariat.domain.errors import ImportProblem, Problem
from secretariat.domain.excel_format import Column, ColumnKind, SheetSpec
from secretariat.domain.money import is_known_currency
from secretariat.domain.parsing import (
    ParseError,
    is_excel_error,
    parse_amount,
    parse_bool,
    parse_country,
    parse_date,
    parse_enum,
    parse_integer,
    parse_text,
    parse_time,
    split_list,
)
from secretariat.domain.records import IndicatorData
from secretariat.services.excel.report import WorkbookError
from secretariat.services.xlsx_reader import ReadLimits, SheetRows, WorkbookTooLargeError, XlsxReader

_OLE2_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


RawRow = tuple[int, tuple[object, ...]]


@dataclass
class SheetData:
    """One known sheet: its header mapping now, its rows when the import comes to it.

    The rows are read from the file on first use (:attr:`rows`) and dropped again by :meth:`release`,
    which keeps only the rows still needed (the rejected ones, for the errors workbook): a workbook
    of many large sheets never sits in memory whole.
    """

    spec: SheetSpec
    name: str
    headers: tuple[str, ...]
    columns: dict[str, int]  # column key -> index in the row
    source: Callable[[], Iterator[RawRow]]
    estimated_rows: int = 0
    blocking: list[ImportProblem] = field(default_factory=list)  # problems that reject every row
    _rows: list[RawRow] | None = None
    _streamed: bool = False

    @property
    def rows(self) -> list[RawRow]:
        """(row number, cells) of every non-empty data row (after :meth:`stream`: the rows kept)."""
        if self._rows is None:
            self._rows = [(number, cells) for number, cells in self.source() if not all(_blank(v) for v in cells)]
        return self._rows

    def stream(self) -> Iterator[RawRow]:
        """(row number, cells) of every non-empty data row, read from the file and not kept: afterwards
        :attr:`rows` holds only the rows handed to :meth:`keep` (the rejected ones, for the errors workbook)."""
        self._rows = []
        self._streamed = True
        for number, cells in self.source():
            if not all(_blank(v) for v in cells):
                yield number, cells

    def keep(self, number: int, cells: tuple[object, ...]) -> None:
        """Keep a row read by :meth:`stream` (a rejected one) in :attr:`rows`."""
        if self._streamed and self._rows is not None:
            self._rows.append((number, cells))

    def release(self, keep: set[int]) -> None:
        """Forget the rows read, except those numbered in ``keep``."""
        if self._rows is not None:
            kept = {row[0]: row for row in self._rows if row[0] in keep}
            self._rows = [kept[number] for number in sorted(kept)]

    def readable(self) -> list[tuple[str, int, Column]]:
        """(key, index, column) of the columns the import reads (information columns are left out)."""
        found = getattr(self, "_readable", None)
        if found is None:
            found = [
                (key, index, self.spec.column(key))
                for key, index in self.columns.items()
                if self.spec.column(key).kind is not ColumnKind.INFO
            ]
            self._readable = found
        return found

    def label(self, key: str) -> str:
        index = self.columns.get(key)
        if index is None:
            column = self.spec.column(key)
            return column.header_id
        return f"{get_column_letter(index + 1)} ({self.headers[index]})"


@dataclass
class WorkbookContents:
    """The known sheets of an open workbook (rows read on demand), and the problems of the file as a whole."""

    sheets: list[SheetData]
    problems: list[ImportProblem]
    notices: list[ImportProblem]
    reader: XlsxReader | None = None

    @property
    def row_count(self) -> int:
        """About how many data rows there are (counted without reading them), for progress."""
        return sum(s.estimated_rows for s in self.sheets)

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None

    def __enter__(self) -> WorkbookContents:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _check_signature(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(b"PK\x03\x04"):
                return
            if head == _OLE2_SIGNATURE:
                handle.seek(0)
                data = handle.read()
                if _ENCRYPTED_PACKAGE in data or _ENCRYPTION_INFO in data:
                    raise WorkbookError(
                        f"{path.name} is protected with a password. Open it in Excel, remove the password "
                        "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and import "
                        "again.",
                        f"{path.name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > "
                        "Protect Workbook > Encrypt with Password, kosongkan), simpan, lalu impor lagi.",
                    )
                raise WorkbookError(
                    f"{path.name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an "
                    "Excel Workbook (.xlsx), then import that file.",
                    f"{path.name} adalah buku kerja Excel 97-2003 lama (.xls). Buka di Excel lalu simpan sebagai "
                    "Excel Workbook (.xlsx), kemudian impor berkas tersebut.",
                )
    except OSError as exc:
        raise WorkbookError(
            f"Cannot read {path}: {exc.strerror or exc}.", f"Tidak dapat membaca {path}: {exc.strerror or exc}."
        ) from None
    raise WorkbookError(
        f"{path.name} is not an Excel workbook (.xlsx). Save it from Excel as an Excel Workbook (.xlsx).",
        f"{path.name} bukan buku kerja Excel (.xlsx). Simpan dari Excel sebagai Excel Workbook (.xlsx).",
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _too_large(path: Path, exc: WorkbookTooLargeError) -> WorkbookError:
    return WorkbookError(f"{path.name}: {exc.message_en}", f"{path.name}: {exc.message_id}")


def read_workbook(path: str | Path, limits: ReadLimits | None = None) -> WorkbookContents:
    """Open the workbook and read each sheet's header (rows come later, sheet by sheet); close it after use.

    Raises WorkbookError for a file that is not a readable .xlsx workbook, or one beyond the reader's
    limits (``limits``: rows a sheet, width, texts; see ``services.xlsx_reader``).
    """
    path = Path(path)
    try:
        return _read_workbook(path, limits)
    except WorkbookTooLargeError as exc:
        raise _too_large(path, exc) from None


def _read_workbook(path: Path, limits: ReadLimits | None) -> WorkbookContents:
    if not path.is_file():
        raise WorkbookError(f"There is no file {path}.", f"Berkas {path} tidak ada.")
    _check_signature(path)
    try:
        reader = XlsxReader(path, limits)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise WorkbookError(
            f"{path.name} cannot be read as an Excel workbook ({exc}). Open it in Excel, save it as .xlsx and "
            "try again.",
            f"{path.name} tidak dapat dibaca sebagai buku kerja Excel ({exc}). Buka di Excel, simpan sebagai "
            ".xlsx lalu coba lagi.",
        ) from None
    contents = WorkbookContents([], [], [], reader)
    seen: dict[str, str] = {}
    try:
        for worksheet in reader.sheets:
            name = worksheet.title
            if fmt.is_aside_sheet(name):
                continue
            try:
                rows = reader.rows(worksheet)
                first = next(rows, None)
                rows.close()
                header_row = first[1] if first is not None and first[0] == 1 else ()
                spec = fmt.find_sheet(name)
                if spec is None:
                    if first is not None:
                        known = ", ".join(s.name_id for s in fmt.SHEETS)
                        known_en = ", ".join(s.name_en for s in fmt.SHEETS)
                        contents.problems.append(
                            ImportProblem(
                                name,
                                None,
                                None,
                                f"the sheet '{name}' is not one the program knows; its rows were not read "
                                f"(known sheets: {known_en})",
                                f"lembar '{name}' tidak dikenal program; barisnya tidak dibaca (lembar yang dikenal: "
                                f"{known})",
                            )
                        )
                    continue
                if spec.key in seen:
                    contents.problems.append(
                        ImportProblem(
                            name,
                            None,
                            None,
                            f"the sheet '{name}' holds the same records as the sheet '{seen[spec.key]}'; "
                            "put them in one sheet",
                            f"lembar '{name}' memuat data yang sama dengan lembar '{seen[spec.key]}'; satukan dalam "
                            "satu lembar",
                        )
                    )
                    continue
                seen[spec.key] = name
                source = _data_rows(reader, worksheet, skip_header=bool(header_row), path=path)
                estimate = reader.row_count(worksheet) - (1 if header_row else 0)
                contents.sheets.append(_read_sheet(spec, name, header_row, source, max(estimate, 0), contents.notices))
            except (etree.XMLSyntaxError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
                raise _damaged(path, name, exc) from None
        if not contents.sheets and not contents.problems:
            raise WorkbookError(
                f"{path.name} has none of the program's sheets (e.g. 'Mitra' / 'Partners'). Start from the template.",
                f"{path.name} tidak memuat lembar program (mis. 'Mitra' / 'Partners'). Mulailah dari templat.",
            )
    except BaseException:
        contents.close()
        raise
    return contents


def _damaged(path: Path, name: str, exc: Exception) -> WorkbookError:
    return WorkbookError(
        f"The sheet '{name}' of {path.name} is damaged ({exc}); open the file in Excel and save it again.",
        f"Lembar '{name}' pada {path.name} rusak ({exc}); buka berkas di Excel lalu simpan ulang.",
    )


def _data_rows(
    reader: XlsxReader,
    worksheet: SheetRows,
    *,
    skip_header: bool,
    path: Path,
) -> Callable[[], Iterator[RawRow]]:
    def source() -> Iterator[RawRow]:
        try:
            for number, cells in reader.rows(worksheet):
                if skip_header and number == 1:
                    continue
                yield number, cells
        except WorkbookTooLargeError as exc:
            raise _too_large(path, exc) from None
        except (etree.XMLSyntaxError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
            raise _damaged(path, worksheet.title, exc) from None

    return source


def _read_sheet(
    spec: SheetSpec,
    name: str,
    header_row: Sequence[object],
    source: Callable[[], Iterator[RawRow]],
    estimate: int,
    notices: list[ImportProblem],
) -> SheetData:
    headers = tuple("" if _blank(v) else str(v).strip() for v in header_row)
    columns: dict[str, int] = {}
    blocking: list[ImportProblem] = []
    for index, header in enumerate(headers):
        if not header or fmt.is_errors_column(header):
            continue
        letter = get_column_letter(index + 1)
        column = spec.find_column(header)
        if column is None:
            notices.append(
                ImportProblem(
                    name,
                    1,
                    f"{letter} ({header})",
                    "this column is not part of the format and was ignored",
                    "kolom ini tidak termasuk format dan diabaikan",
                )
            )
        elif column.key in columns:
            first = columns[column.key]
            blocking.append(
                ImportProblem(
                    name,
                    1,
                    f"{letter} ({header})",
                    f"the column appears twice (also {get_column_letter(first + 1)}); keep one",
                    f"kolom ini muncul dua kali (juga {get_column_letter(first + 1)}); sisakan satu",
                )
            )
        else:
            columns[column.key] = index
    for column in spec.required:
        if column.key not in columns:
            blocking.append(
                ImportProblem(
                    name,
                    1,
                    column.header_id,
                    f"the required column '{column.header_en}' ('{column.header_id}') is missing from the sheet",
                    f"kolom wajib '{column.header_id}' tidak ada di lembar ini",
                )
            )
    return SheetData(spec, name, headers, columns, source, estimate, blocking)


# --- one row -------------------------------------------------------------------------------------------------

_MISSING = object()


class RowValues:
    """One data row: its typed values (only the columns the sheet has) and its problems."""

    __slots__ = ("cells", "number", "problems", "sheet", "values")

    def __init__(self, sheet: SheetData, number: int, cells: tuple[object, ...]) -> None:
        self.sheet = sheet
        self.number = number
        self.cells = cells
        self.values: dict[str, object] = {}
        self.problems: list[ImportProblem] = []

    def has(self, key: str) -> bool:
        return key in self.sheet.columns

    def get(self, key: str, default: object = None) -> Any:
        value = self.values.get(key, _MISSING)
        return default if value is _MISSING or value is None else value

    def value_or(self, key: str, current: object) -> Any:
        """The file's value when the sheet has the column, else ``current`` (the stored value)."""
        return self.values.get(key) if self.has(key) else current

    def add(self, key: str | None, message_en: str, message_id: str) -> None:
        column = self.sheet.label(key) if key else None
        self.problems.append(ImportProblem(self.sheet.name, self.number, column, message_en, message_id))

    def add_problems(self, problems: Iterable[Problem], fields: dict[str, str] | None = None) -> None:
        for problem in problems:
            key = _field_column(self.sheet.spec, problem.field, fields or {})
            if key is None:
                self.add(None, f"{problem.field}: {problem.message_en}", f"{problem.field}: {problem.message_id}")
            else:
                self.add(key, problem.message_en, problem.message_id)


def _field_column(spec: SheetSpec, name: str, fields: dict[str, str]) -> str | None:
    if name in fields:
        return fields[name]
    if name in spec.keys:
        return name
    for prefix, key in (("indicator", "indicators"), ("assessment", "score"), ("condition", "answer")):
        if name.startswith(prefix) and key in spec.keys:
            if name.endswith("reason") and "reason" in spec.keys:
                return "reason"
            if name.endswith("evidence") and "evidence" in spec.keys:
                return "evidence"
            return key
    return None


def _parse_indicators(value: object) -> list[IndicatorData]:
    indicators = []
    for item in split_list(value):
        name, separator, rest = item.partition("=")
        if not separator or not name.strip():
            raise ParseError(
                f"'{item}' is not an indicator; write 'name = value unit', e.g. 'Participants = 25 people'",
                f"'{item}' bukan indikator; tulis 'nama = nilai satuan', mis. 'Peserta = 25 orang'",
            )
        number_text, _space, unit = rest.strip().partition(" ")
        number = parse_amount(number_text)
        if number is None:
            raise ParseError(
                f"the indicator '{name.strip()}' has no value", f"indikator '{name.strip()}' tidak bernilai"
            )
        indicators.append(IndicatorData(name=name.strip(), value=number, unit=unit.strip() or None))
    return indicators


def _parse_cell(column: Column, raw: object) -> object:
    kind = column.kind
    if kind in (ColumnKind.TEXT, ColumnKind.REFERENCE, ColumnKind.STAGE):
        text = parse_text(raw)
        if text is not None and column.max_length is not None and len(text) > column.max_length:
            raise ParseError(
                f"is too long ({len(text)} characters, at most {column.max_length})",
                f"terlalu panjang ({len(text)} karakter, paling banyak {column.max_length})",
            )
        return text
    if kind is ColumnKind.GID:
        text = parse_text(raw)
        if text is None:
            return None
        try:
            return str(uuid.UUID(text))
        except ValueError:
            raise ParseError(
                f"'{text}' is not a global id; leave the cell empty for a new record",
                f"'{text}' bukan ID global; kosongkan sel untuk data baru",
            ) from None
    if kind in (ColumnKind.AMOUNT, ColumnKind.DECIMAL):
        return parse_amount(raw)
    if kind is ColumnKind.INTEGER:
        return parse_integer(raw)
    if kind is ColumnKind.DATE:
        return parse_date(raw)
    if kind is ColumnKind.TIME:
        return parse_time(raw)
    if kind is ColumnKind.BOOLEAN:
        return parse_bool(raw)
    if kind is ColumnKind.COUNTRY:
        return parse_country(raw)
    if kind is ColumnKind.ENUM:
        assert column.enum is not None
        member = parse_enum(raw, column.enum)
        return member.value if member is not None else None
    if kind is ColumnKind.CURRENCY:
        text = parse_text(raw)
        if text is None:
            return None
        code = text.upper()
        if not is_known_currency(code):
            raise ParseError(
                f"'{text}' is not a currency code (e.g. IDR, USD, EUR, JPY)",
                f"'{text}' bukan kode mata uang (mis. IDR, USD, EUR, JPY)",
            )
        return code
    if kind in (ColumnKind.REFERENCES, ColumnKind.SECTORS):
        if is_excel_error(raw):
            parse_text(raw)  # raises the formula-error message
        return split_list(raw)
    if kind is ColumnKind.INDICATORS:
        if is_excel_error(raw):
            parse_text(raw)
        return _parse_indicators(raw)
    return parse_text(raw)


def parse_row(sheet: SheetData, number: int, cells: tuple[object, ...]) -> RowValues:
    row = RowValues(sheet, number, cells)
    width = len(cells)
    for key, index, column in sheet.readable():
        raw = cells[index] if index < width else None
        value: object
        try:
            if raw is None:
                value = None
            elif column.kind is ColumnKind.TEXT and type(raw) is str and not raw.startswith("#"):
                value = raw.strip() or None
                if value is not None and column.max_length is not None and len(value) > column.max_length:
                    value = _parse_cell(column, raw)  # reports the length
            else:
                value = _parse_cell(column, raw)
        except ParseError as exc:
            row.add(key, exc.message_en, exc.message_id)
            continue
        if value in ([], ""):
            value = None
        if value is None and column.required:
            row.add(key, "is required (the cell is empty)", "wajib diisi (sel kosong)")
        row.values[key] = value
    return row
