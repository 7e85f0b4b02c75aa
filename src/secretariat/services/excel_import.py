"""Import the exchange workbook: read, check every row, plan, and apply in one transaction.

:func:`import_workbook` reads a workbook in the format of
:mod:`secretariat.domain.excel_format` (any subset of its sheets), checks every
row with the same rules as the services (domain records plus the database
rules of the service modules), and decides for each row whether it adds a
record, updates one (found by global id, code or number), leaves one
unchanged, or is rejected with a reason naming the sheet, row and column.

Everything happens inside one write transaction (:func:`services.context.writing`,
so every change is audited):

* ``dry_run``: the plan only; the transaction is rolled back.
* :attr:`ImportMode.ALL_OR_NOTHING` (default): when any row is rejected the
  transaction is rolled back and nothing is written.
* :attr:`ImportMode.VALID_ONLY`: the valid rows are committed; the rejected
  rows come back in :attr:`ImportReport.rejected_sheets`, ready for
  :func:`secretariat.documents.excel_export_writer.write_errors_workbook`.

A process killed in the middle leaves the database as it was: nothing is
committed before the very end. Re-importing the same file changes nothing:
a field is only written when its value differs, so no audit entry and no
``updated_at`` moves.
"""

from __future__ import annotations

import json
import logging
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from lxml import etree
from openpyxl.utils import get_column_letter
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.domain import excel_format as fmt
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.excel_format import Column, ColumnKind, RejectedSheet, SheetSpec
from secretariat.domain.money import Money, is_known_currency
from secretariat.domain.parsing import (
    ParseError,
    fold,
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
from secretariat.domain.records import (
    ActivityData,
    AgreementData,
    AssessmentData,
    BudgetLineData,
    ConditionData,
    ContactData,
    DelegationData,
    IndicatorData,
    ItineraryData,
    MemberData,
    OfficialData,
    PartnerData,
    PerDiemRateData,
    PermitData,
    TransactionData,
)
from secretariat.domain.validation import Checker
from secretariat.services import activities as activity_rules
from secretariat.services import agreements as agreement_rules
from secretariat.services import budget as budget_rules
from secretariat.services import delegations as delegation_rules
from secretariat.services import per_diem as per_diem_rules
from secretariat.services.context import ServiceContext, writing
from secretariat.services.duplicates import DuplicateCandidate, similar_partners
from secretariat.services.stages import filled_fields, stage_rule
from secretariat.services.xlsx_reader import XlsxReader
from secretariat.storage.types import utcnow
from secretariat.storage.models import (
    Activity,
    Agreement,
    Assessment,
    AuditEntry,
    BudgetLine,
    Contact,
    Country,
    Delegation,
    ItineraryItem,
    Member,
    Official,
    Partner,
    PartnerCondition,
    PerDiemRate,
    PermitStep,
    Sector,
    Stage,
    StageChange,
    Transaction,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

__all__ = [
    "DuplicateHint", "ImportMode", "ImportProblem", "ImportReport", "RowAction", "RowResult", "SheetSummary",
    "WorkbookError", "import_workbook", "read_workbook",
]

_CHUNK = 500
_OLE2_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
IMPORT_NOTE = "Diimpor dari Excel / Imported from Excel"


class ImportMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    VALID_ONLY = "valid_only"


class RowAction(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class WorkbookError(UserError):
    """The file cannot be read as an exchange workbook at all (not xlsx, password-protected, damaged)."""


# --- what the import reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    """Why a row (or a whole sheet) was not accepted, and where: sheet, row and column as in the file."""

    sheet: str
    row: int | None
    column: str | None
    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en

    def where(self, language: str = "en") -> str:
        parts = [f"{'Lembar' if language == 'id' else 'Sheet'} {self.sheet}"]
        if self.row is not None:
            parts.append(f"{'baris' if language == 'id' else 'row'} {self.row}")
        if self.column:
            parts.append(f"{'kolom' if language == 'id' else 'column'} {self.column}")
        return ", ".join(parts)

    def describe(self, language: str = "en") -> str:
        return f"{self.where(language)}: {self.message(language)}"

    def __str__(self) -> str:
        return self.describe("en")


@dataclass(frozen=True)
class RowResult:
    sheet_key: str
    sheet: str
    row: int
    action: RowAction
    label: str
    problems: tuple[ImportProblem, ...] = ()
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateHint:
    """A partner row that looks like a partner already known (same country, similar name)."""

    sheet: str
    row: int
    code: str
    name: str
    country_code: str
    other_code: str
    other_name: str
    other_id: int | None  # the existing partner, or None when the other one is another row of the file
    other_row: int | None
    similarity: float
    partner_id: int | None = None  # the imported partner's id once written

    def describe(self, language: str = "en") -> str:
        percent = round(self.similarity * 100)
        where = (f"baris {self.other_row}" if language == "id" else f"row {self.other_row}") \
            if self.other_row is not None else ""
        if language == "id":
            return (f"Lembar {self.sheet}, baris {self.row}: mitra '{self.name}' ({self.code}) mirip {percent}% "
                    f"dengan '{self.other_name}' ({self.other_code}{', ' + where if where else ''}) di negara yang "
                    "sama; periksa apakah sama, lalu gabungkan bila perlu")
        return (f"Sheet {self.sheet}, row {self.row}: partner '{self.name}' ({self.code}) is {percent}% similar to "
                f"'{self.other_name}' ({self.other_code}{', ' + where if where else ''}) in the same country; "
                "check whether they are the same and merge them if so")


@dataclass(frozen=True)
class SheetSummary:
    key: str
    name: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class ImportReport:
    path: str
    mode: ImportMode
    dry_run: bool
    written: bool
    sheets: tuple[SheetSummary, ...]
    rows: tuple[RowResult, ...]
    problems: tuple[ImportProblem, ...]
    notices: tuple[ImportProblem, ...]
    duplicates: tuple[DuplicateHint, ...]
    rejected_sheets: tuple[RejectedSheet, ...]

    def _total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.sheets)

    @property
    def added(self) -> int:
        return self._total("added")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def unchanged(self) -> int:
        return self._total("unchanged")

    @property
    def rejected(self) -> int:
        return self._total("rejected")

    @property
    def has_rejections(self) -> bool:
        """Any rejected row or any problem with a whole sheet (unknown sheet, missing required column)."""
        return self.rejected > 0 or bool(self.problems)

    def summary(self, language: str = "en") -> str:
        if language == "id":
            state = ("uji coba, tidak ada yang disimpan" if self.dry_run
                     else "disimpan" if self.written else "tidak ada yang disimpan")
            return (f"{self.added} ditambah, {self.updated} diubah, {self.unchanged} tetap, "
                    f"{self.rejected} ditolak ({state})")
        state = ("dry run, nothing saved" if self.dry_run else "saved" if self.written else "nothing saved")
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.rejected} rejected ({state})")


# --- reading the file ---------------------------------------------------------------------------------------


@dataclass
class _Sheet:
    spec: SheetSpec
    name: str
    headers: tuple[str, ...]
    columns: dict[str, int]  # column key -> index in the row
    rows: list[tuple[int, tuple[object, ...]]]
    blocking: list[ImportProblem] = field(default_factory=list)  # problems that reject every row

    def readable(self) -> list[tuple[str, int, Column]]:
        """(key, index, column) of the columns the import reads (information columns are left out)."""
        found = getattr(self, "_readable", None)
        if found is None:
            found = [(key, index, self.spec.column(key)) for key, index in self.columns.items()
                     if self.spec.column(key).kind is not ColumnKind.INFO]
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
    sheets: list[_Sheet]
    problems: list[ImportProblem]
    notices: list[ImportProblem]

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


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
        raise WorkbookError(f"Cannot read {path}: {exc.strerror or exc}.",
                            f"Tidak dapat membaca {path}: {exc.strerror or exc}.") from None
    raise WorkbookError(
        f"{path.name} is not an Excel workbook (.xlsx). Save it from Excel as an Excel Workbook (.xlsx).",
        f"{path.name} bukan buku kerja Excel (.xlsx). Simpan dari Excel sebagai Excel Workbook (.xlsx).",
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_workbook(path: str | Path) -> WorkbookContents:
    """Read every sheet's header and rows (streamed); raise WorkbookError for an unreadable file."""
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"There is no file {path}.", f"Berkas {path} tidak ada.")
    _check_signature(path)
    try:
        reader = XlsxReader(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise WorkbookError(
            f"{path.name} cannot be read as an Excel workbook ({exc}). Open it in Excel, save it as .xlsx and "
            "try again.",
            f"{path.name} tidak dapat dibaca sebagai buku kerja Excel ({exc}). Buka di Excel, simpan sebagai "
            ".xlsx lalu coba lagi.",
        ) from None
    contents = WorkbookContents([], [], [])
    seen: dict[str, str] = {}
    with reader:
        for worksheet in reader.sheets:
            name = worksheet.title
            if fmt.is_aside_sheet(name):
                continue
            try:
                rows = reader.rows(worksheet)
                first = next(rows, None)
                header_row = first[1] if first is not None and first[0] == 1 else ()
                spec = fmt.find_sheet(name)
                if spec is None:
                    if first is not None:
                        known = ", ".join(s.name_id for s in fmt.SHEETS)
                        known_en = ", ".join(s.name_en for s in fmt.SHEETS)
                        contents.problems.append(ImportProblem(
                            name, None, None,
                            f"the sheet '{name}' is not one the program knows; its rows were not read "
                            f"(known sheets: {known_en})",
                            f"lembar '{name}' tidak dikenal program; barisnya tidak dibaca (lembar yang dikenal: "
                            f"{known})",
                        ))
                    continue
                if spec.key in seen:
                    contents.problems.append(ImportProblem(
                        name, None, None,
                        f"the sheet '{name}' holds the same records as the sheet '{seen[spec.key]}'; "
                        "put them in one sheet",
                        f"lembar '{name}' memuat data yang sama dengan lembar '{seen[spec.key]}'; satukan dalam "
                        "satu lembar",
                    ))
                    continue
                seen[spec.key] = name
                data_rows = rows if header_row or first is None else _chain_first(first, rows)
                contents.sheets.append(_read_sheet(spec, name, header_row, data_rows, contents.notices))
            except (etree.XMLSyntaxError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
                raise WorkbookError(
                    f"The sheet '{name}' of {path.name} is damaged ({exc}); open the file in Excel and save it again.",
                    f"Lembar '{name}' pada {path.name} rusak ({exc}); buka berkas di Excel lalu simpan ulang.",
                ) from None
    if not contents.sheets and not contents.problems:
        raise WorkbookError(
            f"{path.name} has none of the program's sheets (e.g. 'Mitra' / 'Partners'). Start from the template.",
            f"{path.name} tidak memuat lembar program (mis. 'Mitra' / 'Partners'). Mulailah dari templat.",
        )
    return contents


def _chain_first(first: tuple[int, tuple[object, ...]], rest: Iterator[tuple[int, tuple[object, ...]]],
                 ) -> Iterator[tuple[int, tuple[object, ...]]]:
    yield first
    yield from rest


def _read_sheet(spec: SheetSpec, name: str, header_row: Sequence[object],
                rows: Iterator[tuple[int, tuple[object, ...]]], notices: list[ImportProblem]) -> _Sheet:
    headers = tuple("" if _blank(v) else str(v).strip() for v in header_row)
    columns: dict[str, int] = {}
    blocking: list[ImportProblem] = []
    for index, header in enumerate(headers):
        if not header or fmt.is_errors_column(header):
            continue
        letter = get_column_letter(index + 1)
        column = spec.find_column(header)
        if column is None:
            notices.append(ImportProblem(
                name, 1, f"{letter} ({header})",
                "this column is not part of the format and was ignored",
                "kolom ini tidak termasuk format dan diabaikan",
            ))
        elif column.key in columns:
            first = columns[column.key]
            blocking.append(ImportProblem(
                name, 1, f"{letter} ({header})",
                f"the column appears twice (also {get_column_letter(first + 1)}); keep one",
                f"kolom ini muncul dua kali (juga {get_column_letter(first + 1)}); sisakan satu",
            ))
        else:
            columns[column.key] = index
    for column in spec.required:
        if column.key not in columns:
            blocking.append(ImportProblem(
                name, 1, column.header_id,
                f"the required column '{column.header_en}' ('{column.header_id}') is missing from the sheet",
                f"kolom wajib '{column.header_id}' tidak ada di lembar ini",
            ))
    data: list[tuple[int, tuple[object, ...]]] = []
    for number, row in rows:
        if all(_blank(v) for v in row):
            continue
        data.append((number, row))
    return _Sheet(spec, name, headers, columns, data, blocking)


# --- one row -------------------------------------------------------------------------------------------------

_MISSING = object()


class _Row:
    """One data row: its typed values (only the columns the sheet has) and its problems."""

    def __init__(self, sheet: _Sheet, number: int, cells: tuple[object, ...]) -> None:
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
            raise ParseError(f"the indicator '{name.strip()}' has no value", f"indikator '{name.strip()}' tidak bernilai")
        indicators.append(IndicatorData(name=name.strip(), value=number, unit=unit.strip() or None))
    return indicators


def _parse_cell(column: Column, raw: object) -> object:
    kind = column.kind
    if kind in (ColumnKind.TEXT, ColumnKind.REFERENCE, ColumnKind.STAGE):
        text = parse_text(raw)
        if text is not None and column.max_length is not None and len(text) > column.max_length:
            raise ParseError(f"is too long ({len(text)} characters, at most {column.max_length})",
                             f"terlalu panjang ({len(text)} karakter, paling banyak {column.max_length})")
        return text
    if kind is ColumnKind.GID:
        text = parse_text(raw)
        if text is None:
            return None
        try:
            return str(uuid.UUID(text))
        except ValueError:
            raise ParseError(f"'{text}' is not a global id; leave the cell empty for a new record",
                             f"'{text}' bukan ID global; kosongkan sel untuk data baru") from None
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
            raise ParseError(f"'{text}' is not an ISO 4217 currency code (e.g. IDR, USD, EUR, JPY)",
                             f"'{text}' bukan kode mata uang ISO 4217 (mis. IDR, USD, EUR, JPY)")
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


def _parse_row(sheet: _Sheet, number: int, cells: tuple[object, ...]) -> _Row:
    row = _Row(sheet, number, cells)
    width = len(cells)
    for key, index, column in sheet.readable():
        raw = cells[index] if index < width else None
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
        if value == [] or value == "":
            value = None
        if value is None and column.required:
            row.add(key, "is required (the cell is empty)", "wajib diisi (sel kosong)")
        row.values[key] = value
    return row


# --- look-ups --------------------------------------------------------------------------------------------


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass
class _Known:
    """Records of one kind this import has touched or looked up, by each of their keys."""

    by_key: dict[str, Any] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)  # key -> row number of the rejected row
    claimed: dict[int, tuple[Any, int]] = field(default_factory=dict)  # id(record) -> (record, row that set it)


def _changed(obj: Any, values: dict[str, object]) -> list[str]:
    """Set the attributes that differ; return their names (nothing is touched when all are equal)."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _clean(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _plain(value: object) -> object:
    """A value as the audit log writes it (see services.audit)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _summary(record: object) -> str | None:
    for name in ("number", "code", "name", "title_id", "description"):
        value = getattr(record, name, None)
        if value:
            return str(value)[:300]
    return None


class _Importer:
    """One run of the import inside one session."""

    def __init__(self, session: Session, ctx: ServiceContext, contents: WorkbookContents,
                 progress: Progress | None, language: str) -> None:
        self.session = session
        self.ctx = ctx
        self.contents = contents
        self.progress = progress
        self.language = language
        self.results: list[RowResult] = []
        self.duplicates: list[DuplicateHint] = []
        self.known: dict[str, _Known] = {spec.key: _Known() for spec in fmt.SHEETS}
        self.new_records: set[int] = set()
        self.staged: dict[Any, list[SimpleNamespace]] = {}
        self.done = 0
        self.total = contents.row_count
        self.countries = set(session.scalars(select(Country.code)))
        self.stages = list(session.scalars(select(Stage).order_by(Stage.position)))
        self.sectors = list(session.scalars(select(Sector)))
        self.today = date.today()

    # --- bookkeeping -----------------------------------------------------------------------------------

    def tick(self, sheet: _Sheet) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total, sheet.name)

    def finish(self, row: _Row, action: RowAction, label: str, changed: Sequence[str] = ()) -> RowResult:
        if row.problems:
            action = RowAction.REJECTED
        result = RowResult(row.sheet.spec.key, row.sheet.name, row.number, action, label,
                           tuple(row.problems), tuple(changed))
        self.results.append(result)
        self.tick(row.sheet)
        return result

    def reject_keys(self, kind: str, keys: Iterable[str | None], row: _Row) -> None:
        for key in keys:
            if key:
                self.known[kind].rejected.setdefault(key, row.number)

    def register(self, kind: str, keys: Iterable[str | None], record: Any) -> None:
        for key in keys:
            if key:
                self.known[kind].by_key[key] = record

    def claim(self, kind: str, record: Any, row: _Row, what_en: str, what_id: str) -> bool:
        """Refuse a second row of the sheet that meets a record an earlier row already set."""
        claimed = self.known[kind].claimed.get(id(record))
        if claimed is not None:
            earlier = claimed[1]
            row.add(None, f"{what_en} is already on row {earlier} of this sheet; keep one row per record",
                    f"{what_id} sudah ada di baris {earlier} lembar ini; satu baris untuk satu data")
            return False
        # The record is kept here too: the session holds its objects weakly, and a freed object's id()
        # could be given to another one.
        self.known[kind].claimed[id(record)] = (record, row.number)
        return True

    def adopt(self, kind: str, record: Any, row: _Row, what_en: str, what_id: str) -> None:
        """Claim a record this import has just created."""
        self.claim(kind, record, row, what_en, what_id)
        self.new_records.add(id(record))

    def old(self, record: Any) -> bool:
        """Whether ``record`` existed before this import (natural keys never match a record a row just made)."""
        return id(record) not in self.new_records

    def missing(self, row: _Row, key: str, kind: str, text: str, what_en: str, what_id: str) -> None:
        rejected_row = self.known[kind].rejected.get(text)
        if rejected_row is not None:
            sheet_name = fmt.sheet(kind).name_id
            row.add(key, f"{what_en} '{text}' is on row {rejected_row} of sheet {sheet_name}, which was rejected",
                    f"{what_id} '{text}' ada di baris {rejected_row} lembar {sheet_name}, yang ditolak")
        else:
            row.add(key, f"there is no {what_en} '{text}' (neither in the database nor in this file)",
                    f"tidak ada {what_id} '{text}' (di basis data maupun di berkas ini)")

    # --- bulk inserts --------------------------------------------------------------------------------------

    def stage_insert(self, model: Any, values: dict[str, object]) -> SimpleNamespace:
        """A new record to insert in bulk at the end of its sheet; its id is known after :meth:`insert_staged`.

        Bulk inserts skip the ORM (and so the session's automatic audit): :meth:`insert_staged` writes
        one audit entry per record with every field, as the auditor would.
        """
        record = SimpleNamespace(id=None, **values)
        self.staged.setdefault(model, []).append(record)
        return record

    def insert_staged(self) -> None:
        self.session.flush()
        now = utcnow()
        login = self.ctx.actor.login
        for model, records in self.staged.items():
            table = model.__table__
            names = [c.key for c in table.columns if c.key not in ("id", "created_at", "updated_at")]
            for chunk in _chunks(records, 1000):
                rows = [{**{name: getattr(r, name, None) for name in names}, "created_at": now, "updated_at": now}
                        for r in chunk]
                ids = {gid: key for gid, key in self.session.execute(
                    insert(table).returning(table.c.gid, table.c.id), rows)}
                audit = []
                for record in chunk:
                    record.id = ids[record.gid]
                    changes = {"id": [None, record.id],
                               **{name: [None, _plain(getattr(record, name, None))] for name in names}}
                    audit.append({
                        "at": now, "user_login": login, "action": e.AuditAction.CREATE.value,
                        "entity": table.name, "entity_id": str(record.id), "entity_gid": record.gid,
                        "summary": _summary(record), "changes": json.dumps(changes, ensure_ascii=False,
                                                                           sort_keys=True),
                    })
                self.session.execute(insert(AuditEntry.__table__), audit)
        self.staged.clear()

    # --- references ------------------------------------------------------------------------------------

    def prefetch(self, kind: str, model: Any, columns: Sequence[Any], texts: Iterable[str]) -> None:
        """Look up, in chunks, the records of ``model`` whose ``columns`` hold any of ``texts``."""
        known = self.known[kind]
        wanted = sorted({t for t in texts if t and t not in known.by_key})
        for chunk in _chunks(wanted):
            for column in columns:
                for record in self.session.scalars(select(model).where(column.in_(chunk))):
                    for other in columns:
                        value = getattr(record, other.key)
                        if value and value not in known.by_key:
                            known.by_key[value] = record

    def lookup(self, kind: str, model: Any, columns: Sequence[Any], text: str) -> Any:
        known = self.known[kind]
        if text in known.by_key:
            return known.by_key[text]
        self.prefetch(kind, model, columns, [text])
        return known.by_key.get(text)

    def partner(self, row: _Row, key: str, text: str) -> Partner | None:
        found = self.lookup("partners", Partner, (Partner.code, Partner.gid), text)
        if found is None:
            self.missing(row, key, "partners", text, "partner", "mitra")
        return found

    def agreement(self, row: _Row, key: str, text: str) -> Agreement | None:
        found = self.lookup("agreements", Agreement, (Agreement.number, Agreement.gid), text)
        if found is None:
            self.missing(row, key, "agreements", text, "agreement", "perjanjian")
        return found

    def delegation(self, row: _Row, key: str, text: str) -> Delegation | None:
        found = self.lookup("delegations", Delegation, (Delegation.code, Delegation.gid), text)
        if found is None:
            self.missing(row, key, "delegations", text, "delegation", "delegasi")
        return found

    def official(self, row: _Row, key: str, text: str) -> Official | None:
        found = self.lookup("officials", Official, (Official.nip, Official.gid), text.replace(" ", ""))
        if found is None:
            self.missing(row, key, "officials", text, "official (NIP)", "pejabat (NIP)")
        return found

    def contact(self, row: _Row, key: str, text: str) -> Contact | None:
        known = self.known["contacts"]
        if text in known.by_key:
            return known.by_key[text]
        found: Contact | None = None
        partner_code, separator, name = text.partition(":")
        if separator and name.strip():
            partner = self.lookup("partners", Partner, (Partner.code, Partner.gid), partner_code.strip())
            if partner is not None:
                wanted = fold(name)
                matches = [c for c in self._contacts_of(partner) if fold(c.name) == wanted]
                if len(matches) > 1:
                    row.add(key, f"partner {partner.code} has several contacts named '{name.strip()}'; "
                                 "use the contact's global id",
                            f"mitra {partner.code} memiliki beberapa kontak bernama '{name.strip()}'; "
                            "pakai ID global kontak")
                    return None
                found = matches[0] if matches else None
        else:
            found = self.session.scalar(select(Contact).where(Contact.gid == text.strip()))
        if found is None:
            self.missing(row, key, "contacts", text, "contact", "kontak")
        else:
            known.by_key[text] = found
        return found

    def _contacts_of(self, partner: Partner) -> list[Contact]:
        if partner.id is None:
            return []
        return list(self.session.scalars(select(Contact).where(Contact.partner_id == partner.id)))

    def budget_line(self, row: _Row, key: str, text: str) -> BudgetLine | None:
        known = self.known["budget_lines"]
        if text in known.by_key:
            return known.by_key[text]
        found: BudgetLine | None = None
        parts = fmt.split_budget_line_key(text)
        if parts is None:
            found = self.session.scalar(select(BudgetLine).where(BudgetLine.gid == text.strip()))
        else:
            year_text, account, description = parts
            if year_text.isdigit():
                matches = [
                    line for line in self.session.scalars(select(BudgetLine).where(
                        BudgetLine.fiscal_year == int(year_text), BudgetLine.account_code == account))
                    if fold(line.description) == fold(description)
                ]
                if len(matches) > 1:
                    row.add(key, f"several budget lines are '{text}'; use the line's global id",
                            f"ada beberapa baris anggaran '{text}'; pakai ID global baris")
                    return None
                found = matches[0] if matches else None
        if found is None:
            self.missing(row, key, "budget_lines", text, "budget line", "baris anggaran")
        else:
            known.by_key[text] = found
        return found

    def country(self, row: _Row, key: str, code: str | None) -> str | None:
        if code is not None and code not in self.countries:
            row.add(key, f"'{code}' is not in the program's list of countries",
                    f"'{code}' tidak ada dalam daftar negara program")
        return code

    # --- the sheets --------------------------------------------------------------------------------------

    def run(self) -> None:
        handlers: dict[str, Callable[[_Sheet], None]] = {
            "partners": self.partners, "partner_conditions": self.partner_conditions, "contacts": self.contacts,
            "officials": self.officials, "agreements": self.agreements, "assessments": self.assessments,
            "delegations": self.delegations, "members": self.members, "itinerary": self.itinerary,
            "permits": self.permits, "budget_lines": self.budget_lines, "transactions": self.transactions,
            "activities": self.activities, "per_diem_rates": self.per_diem_rates,
        }
        by_key = {sheet.spec.key: sheet for sheet in self.contents.sheets}
        for spec in fmt.SHEETS:
            sheet = by_key.get(spec.key)
            if sheet is None:
                continue
            if sheet.blocking:
                self.reject_sheet(sheet)
                continue
            handlers[spec.key](sheet)
            self.session.flush()

    def reject_sheet(self, sheet: _Sheet) -> None:
        for number, cells in sheet.rows:
            row = _Row(sheet, number, cells)
            row.problems.extend(sheet.blocking)
            for column in sheet.spec.columns:
                if column.key in ("code", "number", "gid") and column.key in sheet.columns:
                    index = sheet.columns[column.key]
                    text = parse_text(cells[index]) if index < len(cells) and not is_excel_error(cells[index]) \
                        else None
                    self.reject_keys(sheet.spec.key, [text], row)
            self.finish(row, RowAction.REJECTED, "")

    def rows(self, sheet: _Sheet) -> list[_Row]:
        return [_parse_row(sheet, number, cells) for number, cells in sheet.rows]

    # partners ------------------------------------------------------------------------------------------

    def partners(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid),
                      [r.get("code") for r in rows] + [r.get("gid") for r in rows])
        known = self.known["partners"]
        added: list[tuple[_Row, Partner]] = []
        for row in rows:
            code, gid = row.get("code"), row.get("gid")
            partner = known.by_key.get(gid) if gid else None
            by_code = known.by_key.get(code) if code else None
            if partner is None:
                partner = by_code
            elif by_code is not None and by_code is not partner:
                row.add("code", f"'{code}' is the code of another partner ({by_code.name})",
                        f"'{code}' adalah kode mitra lain ({by_code.name})")
            if partner is not None and not self.claim("partners", partner, row, f"partner {code}", f"mitra {code}"):
                partner = None
            current = partner
            data = PartnerData(
                code=code or "", name=row.value_or("name", current.name if current else None) or "",
                kind=row.value_or("kind", current.kind if current else None) or "",
                country_code=row.value_or("country", current.country_code if current else None) or "",
                **{name: _clean(row.value_or(name, getattr(current, name) if current else None))
                   for name in ("name_original", "admin_level", "city", "address", "website", "email", "phone",
                                "languages", "head_name", "head_title", "notes")},
                status=row.value_or("status", current.status if current else None) or e.PartnerStatus.PROSPECT.value,
            )
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems, {"country": "country"})
                self.country(row, "country", data.country_code or None)
            if row.problems:
                self.reject_keys("partners", [code, gid], row)
                self.finish(row, RowAction.REJECTED, code or "")
                continue
            values = {name: _clean(getattr(data, name)) for name in (
                "code", "name", "name_original", "kind", "admin_level", "country_code", "city", "address",
                "website", "email", "phone", "languages", "status", "head_name", "head_title", "notes")}
            if partner is None:
                partner = self.stage_insert(Partner, {"gid": gid or str(uuid.uuid4()), **values})
                self.register("partners", [code, partner.gid], partner)
                self.adopt("partners", partner, row, f"partner {code}", f"mitra {code}")
                added.append((row, partner))
                self.finish(row, RowAction.ADDED, code)
            else:
                old_code = partner.code
                changed = _changed(partner, values)
                if old_code != partner.code:
                    known.by_key.pop(old_code, None)
                self.register("partners", [partner.code, partner.gid], partner)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, code, changed)
        self.insert_staged()
        self.find_duplicates(sheet, added)

    def find_duplicates(self, sheet: _Sheet, added: list[tuple[_Row, Partner]]) -> None:
        if not added:
            return
        new = [DuplicateCandidate(id=p.id, code=p.code, name=p.name, country_code=p.country_code, row=row.number)
               for row, p in added]
        for hint in similar_partners(self.session, new):
            mine, other, score = hint
            self.duplicates.append(DuplicateHint(
                sheet=sheet.name, row=mine.row or 0, code=mine.code, name=mine.name,
                country_code=mine.country_code, other_code=other.code, other_name=other.name,
                other_id=None if other.row is not None else other.id, other_row=other.row, similarity=score,
                partner_id=mine.id,
            ))

    def partner_conditions(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("partner") for r in rows])
        seen: dict[tuple[int, int], int] = {}
        for row in rows:
            text = row.get("partner")
            partner = self.partner(row, "partner", text) if text else None
            number = row.get("number")
            data = ConditionData(number=number or 0, answer=row.get("answer") or "", evidence=_clean(row.get("evidence")))
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems, {"condition": "number"})
            if partner is not None and number is not None and not row.problems:
                earlier = seen.get((id(partner), number))
                if earlier is not None:
                    row.add("number", f"condition {number} of this partner is already on row {earlier}",
                            f"syarat {number} mitra ini sudah ada di baris {earlier}")
                seen[(id(partner), number)] = row.number
            label = f"{text} #{number}" if text else ""
            if row.problems or partner is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if not isinstance(partner, Partner):
                partner = self.session.get(Partner, partner.id)
                assert partner is not None
            existing = next((c for c in partner.conditions if c.number == number), None)
            values = {"answer": e.Answer(data.answer).value, "evidence": data.evidence}
            if existing is None:
                partner.conditions.append(PartnerCondition(number=number, **values))
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = _changed(existing, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # contacts ------------------------------------------------------------------------------------------

    def contacts(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("partner") for r in rows])
        gids = [r.get("gid") for r in rows if r.get("gid")]
        by_gid: dict[str, Contact] = {}
        for chunk in _chunks(gids):
            by_gid.update({c.gid: c for c in self.session.scalars(select(Contact).where(Contact.gid.in_(chunk)))})
        partner_ids = sorted({p.id for r in rows if r.get("partner")
                              for p in [self.known["partners"].by_key.get(r.get("partner"))]
                              if p is not None and p.id is not None})
        by_name: dict[tuple[int, str], list[Contact]] = {}
        for chunk in _chunks(partner_ids):
            for contact in self.session.scalars(select(Contact).where(Contact.partner_id.in_(chunk))):
                by_name.setdefault((contact.partner_id, fold(contact.name)), []).append(contact)
                by_gid.setdefault(contact.gid, contact)
        for row in rows:
            text, gid, name = row.get("partner"), row.get("gid"), row.get("name")
            partner = self.partner(row, "partner", text) if text else None
            contact = by_gid.get(gid) if gid else None
            if contact is None and partner is not None and name:
                matches = [c for c in by_name.get((partner.id, fold(name)), []) if self.old(c)]
                if len(matches) > 1:
                    row.add("name", f"partner {partner.code} has several contacts named '{name}'; give the global id",
                            f"mitra {partner.code} memiliki beberapa kontak bernama '{name}'; isi ID global")
                contact = matches[0] if len(matches) == 1 else None
            label = f"{text}: {name}" if text else name or ""
            if contact is not None and not self.claim("contacts", contact, row, f"contact {name}", f"kontak {name}"):
                contact = None
            current = contact
            data = ContactData(
                partner_id=partner.id if partner is not None else 0, name=name or "",
                **{key: _clean(row.value_or(key, getattr(current, key) if current else None)) for key in (
                    "position", "email", "phone", "languages", "passport_type", "passport_number",
                    "passport_expiry", "notes")},
            )
            if isinstance(data.passport_number, str):
                data.passport_number = data.passport_number.upper()
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if row.problems or partner is None:
                self.reject_keys("contacts", [gid, label], row)
                self.finish(row, RowAction.REJECTED, label)
                continue
            values = {"partner_id": partner.id, "name": name, "position": data.position, "email": data.email,
                      "phone": data.phone, "languages": data.languages, "passport_type": data.passport_type,
                      "passport_number": data.passport_number, "passport_expiry": data.passport_expiry,
                      "notes": data.notes}
            if contact is None:
                contact = self.stage_insert(Contact, {"gid": gid or str(uuid.uuid4()), **values})
                by_gid[contact.gid] = contact
                by_name.setdefault((partner.id, fold(name)), []).append(contact)
                self.adopt("contacts", contact, row, f"contact {name}", f"kontak {name}")
                self.register("contacts", [contact.gid, f"{partner.code}: {name}"], contact)
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = _changed(contact, values)
                self.register("contacts", [contact.gid, f"{partner.code}: {name}"], contact)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        self.insert_staged()

    # officials ------------------------------------------------------------------------------------------

    def officials(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        everyone = list(self.session.scalars(select(Official)))
        by_gid = {o.gid: o for o in everyone}
        by_nip = {o.nip: o for o in everyone if o.nip}
        by_name: dict[str, list[Official]] = {}
        for official in everyone:
            by_name.setdefault(fold(official.name), []).append(official)
        for row in rows:
            gid, name = row.get("gid"), row.get("name")
            nip = (row.get("nip") or "").replace(" ", "") or None
            official = by_gid.get(gid) if gid else None
            if official is None and nip:
                official = by_nip.get(nip)
            if official is None and name and not nip:
                matches = [o for o in by_name.get(fold(name), []) if not o.nip and self.old(o)]
                if len(matches) > 1:
                    row.add("name", f"several officials are named '{name}'; give the NIP or the global id",
                            f"ada beberapa pejabat bernama '{name}'; isi NIP atau ID global")
                official = matches[0] if len(matches) == 1 else None
            if official is not None and not self.claim("officials", official, row, f"official {name}",
                                                       f"pejabat {name}"):
                official = None
            if nip and nip in by_nip and by_nip[nip] is not official:
                row.add("nip", f"NIP {nip} belongs to another official ({by_nip[nip].name})",
                        f"NIP {nip} milik pejabat lain ({by_nip[nip].name})")
            current = official
            data = OfficialData(
                name=name or "", position=row.value_or("position", current.position if current else None) or "",
                grade=row.value_or("grade", current.grade if current else None) or "",
                nip=nip if row.has("nip") else (current.nip if current else None),
                **{key: _clean(row.value_or(key, getattr(current, key) if current else None)) for key in (
                    "unit", "passport_type", "passport_number", "passport_expiry", "email", "phone")},
            )
            active = row.value_or("active", current.active if current else None)
            data.active = True if active is None else bool(active)
            if isinstance(data.passport_number, str):
                data.passport_number = data.passport_number.upper()
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if row.problems:
                self.reject_keys("officials", [gid, nip], row)
                self.finish(row, RowAction.REJECTED, name or "")
                continue
            values = {key: getattr(data, key) for key in (
                "name", "nip", "position", "unit", "grade", "passport_type", "passport_number", "passport_expiry",
                "email", "phone", "active")}
            values["grade"] = e.Grade(data.grade).value
            if official is None:
                official = Official(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(official)
                self.adopt("officials", official, row, f"official {name}", f"pejabat {name}")
                self.finish(row, RowAction.ADDED, name)
            else:
                old_nip = official.nip
                changed = _changed(official, values)
                if old_nip and old_nip != official.nip:
                    by_nip.pop(old_nip, None)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, name, changed)
            by_gid[official.gid] = official
            if official.nip:
                by_nip[official.nip] = official
            self.register("officials", [official.gid, official.nip], official)

    # agreements -----------------------------------------------------------------------------------------

    def stage(self, text: str) -> Stage | None:
        wanted = fold(text)
        for stage in self.stages:
            if stage.code == text.strip() or wanted in (fold(stage.code), fold(stage.name_id), fold(stage.name_en)):
                return stage
        return None

    def sector_codes(self, row: _Row, names: list[str]) -> list[str]:
        codes = []
        for name in names:
            wanted = fold(name)
            match = next((s for s in self.sectors
                          if s.code == name or wanted in (fold(s.code), fold(s.name_id), fold(s.name_en))), None)
            if match is None:
                row.add("sectors", f"'{name}' is not a field of cooperation the office keeps",
                        f"'{name}' bukan bidang kerja sama yang dikenal")
            else:
                codes.append(match.code)
        return codes

    def agreements(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        texts = [r.get(k) for r in rows for k in ("gid", "number", "parent", "previous")]
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), texts)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid),
                      [code for r in rows for code in (r.get("partners") or [])])
        untitled = [r.get("title_id") for r in rows if not r.get("number") and not r.get("gid") and r.get("title_id")]
        by_title: dict[str, list[Agreement]] = {}
        for chunk in _chunks(sorted(set(untitled))):
            for agreement in self.session.scalars(select(Agreement).where(Agreement.title_id.in_(chunk))):
                by_title.setdefault(fold(agreement.title_id), []).append(agreement)
        for row in self._agreement_order(rows):
            self.agreement_row(row, by_title)

    def _agreement_order(self, rows: list[_Row]) -> list[_Row]:
        """Rows ordered so that a parent or renewed agreement given in the file comes before its children."""
        by_text: dict[str, _Row] = {}
        for row in rows:
            for key in ("number", "gid"):
                if row.get(key):
                    by_text.setdefault(row.get(key), row)
        ordered: list[_Row] = []
        state: dict[int, int] = {}  # 1 visiting, 2 done

        def visit(row: _Row, path: list[_Row]) -> None:
            mark = state.get(id(row))
            if mark == 2:
                return
            if mark == 1:
                loop = path[path.index(row):]
                numbers = ", ".join(str(r.number) for r in loop)
                for member in loop:
                    if not any("loop" in p.message_en for p in member.problems):
                        member.add("parent", f"the parent / renewal links of rows {numbers} go round in a loop",
                                   f"tautan induk / perpanjangan baris {numbers} berputar")
                return
            state[id(row)] = 1
            for key in ("parent", "previous"):
                target = by_text.get(row.get(key)) if row.get(key) else None
                if target is not None and target is not row:
                    visit(target, [*path, row])
            state[id(row)] = 2
            ordered.append(row)

        for row in rows:
            visit(row, [])
        return ordered

    def agreement_row(self, row: _Row, by_title: dict[str, list[Agreement]]) -> None:
        known = self.known["agreements"]
        gid, number, title = row.get("gid"), row.get("number"), row.get("title_id")
        agreement = known.by_key.get(gid) if gid else None
        if agreement is None and number:
            agreement = known.by_key.get(number)
        if agreement is None and not gid and not number and title:
            matches = [a for a in by_title.get(fold(title), []) if not a.number and self.old(a)]
            if len(matches) > 1:
                row.add("title_id", "several agreements without a number have this title; give the global id",
                        "beberapa perjanjian tanpa nomor berjudul sama; isi ID global")
            agreement = matches[0] if len(matches) == 1 else None
        label = number or title or ""
        if agreement is not None and not self.claim("agreements", agreement, row, f"agreement {label}",
                                                    f"perjanjian {label}"):
            agreement = None
        current = agreement
        partner_ids: list[int] = []
        for code in row.get("partners") or []:
            partner = self.partner(row, "partners", code)
            if partner is not None:
                partner_ids.append(partner.id)
        if not row.has("partners") and current is not None:
            partner_ids = [p.partner_id for p in current.parties]
        if row.has("sectors"):
            sector_codes = self.sector_codes(row, row.get("sectors") or [])
        else:
            sector_codes = [s.code for s in current.sectors] if current is not None else []
        links: dict[str, int | None] = {}
        for key in ("parent", "previous"):
            text = row.get(key)
            if text:
                target = self.agreement(row, key, text)
                links[key] = target.id if target is not None else None
            elif row.has(key) or current is None:
                links[key] = None
            else:
                links[key] = getattr(current, f"{key}_id")
        stage = current.stage if current is not None else self.stage(agreement_rules.INITIAL_STAGE)
        if row.get("stage"):
            stage = self.stage(row.get("stage"))
            if stage is None:
                names = ", ".join(s.name_id for s in self.stages)
                names_en = ", ".join(s.name_en for s in self.stages)
                row.add("stage", f"'{row.get('stage')}' is not a stage (stages: {names_en})",
                        f"'{row.get('stage')}' bukan tahap (tahap: {names})")
        def keep(name: str) -> object:
            return _clean(row.value_or(name, getattr(current, name) if current else None))
        data = AgreementData(
            title_id=keep("title_id") or "", title_en=keep("title_en") or "", kind=keep("kind") or "",
            instrument=keep("instrument") or "", partner_ids=partner_ids, sector_codes=sector_codes,
            number=keep("number"), partner_number=keep("partner_number"), parent_id=links["parent"],
            previous_id=links["previous"], signed_on=keep("signed_on"), signed_place=keep("signed_place"),
            effective_on=keep("effective_on"), term_months=keep("term_months"), expires_on=keep("expires_on"),
            notice_months=(row.values.get("notice_months") if row.has("notice_months")
                           else current.notice_months if current is not None else 6),
            notes=keep("notes"),
        )
        _sectors: list[Sector] = []
        if not row.problems:
            agreement_id = current.id if current is not None else None
            problems, _sectors = agreement_rules._reference_problems(  # noqa: SLF001 - the service's own rule
                self.session, data, agreement_id, partner_ids, sector_codes)
            problems += agreement_rules._length_problems(data)  # noqa: SLF001
            instrument = data.instrument if data.instrument in {i.value for i in e.Instrument} else None
            problems += agreement_rules._link_problems(  # noqa: SLF001
                self.session, data, agreement_id, instrument)
            checker = Checker()
            data.check(checker)
            row.add_problems(checker.problems + problems, {"parent": "parent", "previous": "previous"})
            if stage is not None and not row.problems:
                self._stage_problems(row, stage, data, sector_codes)
        if row.problems or stage is None:
            self.reject_keys("agreements", [gid, number], row)
            self.finish(row, RowAction.REJECTED, label)
            return
        values = {name: getattr(data, name) for name in agreement_rules.AGREEMENT_FIELDS}
        values = {k: (v.value if isinstance(v, StrEnum) else _clean(v)) for k, v in values.items()}
        if agreement is None:
            agreement = Agreement(gid=gid or str(uuid.uuid4()), stage_id=stage.id, **values)
            self.session.add(agreement)
            agreement_rules._set_partners(self.session, agreement, partner_ids)  # noqa: SLF001
            agreement.sectors = sorted(_sectors, key=lambda s: s.code)
            self.session.flush()
            self.session.add(StageChange(agreement_id=agreement.id, from_stage_id=None, to_stage_id=stage.id,
                                         on=self.today, user_login=self.ctx.actor.login, note=IMPORT_NOTE))
            self.adopt("agreements", agreement, row, f"agreement {label}", f"perjanjian {label}")
            self.finish(row, RowAction.ADDED, label)
        else:
            changed = _changed(agreement, values)
            if [p.partner_id for p in agreement.parties] != partner_ids:
                agreement_rules._set_partners(self.session, agreement, partner_ids)  # noqa: SLF001
                changed.append("partners")
            if sorted(s.code for s in agreement.sectors) != sorted(sector_codes):
                agreement.sectors = sorted(_sectors, key=lambda s: s.code)  # audited with the agreement
                changed.append("sectors")
            if agreement.stage_id != stage.id:
                self.session.add(StageChange(agreement_id=agreement.id, from_stage_id=agreement.stage_id,
                                             to_stage_id=stage.id, on=self.today, user_login=self.ctx.actor.login,
                                             note=IMPORT_NOTE))
                agreement.stage_id = stage.id
                changed.append("stage")
            self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        self.session.flush()
        self.register("agreements", [agreement.gid, agreement.number], agreement)

    def _stage_problems(self, row: _Row, stage: Stage, data: AgreementData, sector_codes: list[str]) -> None:
        rule = stage_rule(stage)
        if not rule.applies_to(str(data.kind), str(data.instrument)):
            row.add("stage", f'the stage "{stage.name_en}" does not apply to a {str(data.kind).upper()} '
                             f"{data.instrument}",
                    f'tahap "{stage.name_id}" tidak berlaku untuk {str(data.kind).upper()} {data.instrument}')
            return
        filled = filled_fields(agreement_rules._data_values(data, sector_codes))  # noqa: SLF001
        for name in rule.required_fields:
            if name not in filled:
                key = name if name in row.sheet.spec.keys else "stage"
                row.add(key, f'is required at the stage "{stage.name_en}"',
                        f'wajib diisi pada tahap "{stage.name_id}"')

    def assessments(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        seen: dict[tuple[int, str], int] = {}
        for row in rows:
            text, criterion = row.get("agreement"), row.get("criterion")
            agreement = self.agreement(row, "agreement", text) if text else None
            data = AssessmentData(criterion=criterion or "", score=row.get("score"),
                                  reason=_clean(row.get("reason")))
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if agreement is not None and criterion and not row.problems:
                earlier = seen.get((id(agreement), criterion))
                if earlier is not None:
                    row.add("criterion", f"this criterion of the agreement is already on row {earlier}",
                            f"kriteria perjanjian ini sudah ada di baris {earlier}")
                seen[(id(agreement), criterion)] = row.number
            label = f"{text}: {criterion}" if text else ""
            if row.problems or agreement is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            existing = next((a for a in agreement.assessments if a.criterion == criterion), None)
            if data.score is None and data.reason is None:
                if existing is not None:
                    agreement.assessments.remove(existing)
                    self.session.delete(existing)
                    self.finish(row, RowAction.UPDATED, label, ["score", "reason"])
                else:
                    self.finish(row, RowAction.UNCHANGED, label)
            elif existing is None:
                agreement.assessments.append(Assessment(criterion=criterion, score=data.score, reason=data.reason))
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = _changed(existing, {"score": data.score, "reason": data.reason})
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # delegations ----------------------------------------------------------------------------------------

    _PROTOCOL = ("precedence", "forms_of_address", "dietary_needs", "interpreter", "liaison_officer", "hotel")

    def delegations(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid),
                      [r.get(k) for r in rows for k in ("gid", "code")])
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        known = self.known["delegations"]
        for row in rows:
            gid, code = row.get("gid"), row.get("code")
            delegation = known.by_key.get(gid) if gid else None
            by_code = known.by_key.get(code) if code else None
            if delegation is None:
                delegation = by_code
            elif by_code is not None and by_code is not delegation:
                row.add("code", f"'{code}' is the code of another delegation", f"'{code}' adalah kode delegasi lain")
            if delegation is not None and not self.claim("delegations", delegation, row, f"delegation {code}",
                                                         f"delegasi {code}"):
                delegation = None
            current = delegation
            agreement_id = current.agreement_id if current is not None else None
            if row.has("agreement"):
                agreement_id = None
                if row.get("agreement"):
                    target = self.agreement(row, "agreement", row.get("agreement"))
                    agreement_id = target.id if target is not None else None

            def keep(name: str, attribute: str | None = None) -> Any:
                return _clean(row.value_or(name, getattr(current, attribute or name) if current else None))

            data = DelegationData(
                direction=keep("direction") or "", purpose=keep("purpose") or "",
                country_code=keep("country", "country_code") or "", start_on=keep("start_on"),
                end_on=keep("end_on"), code=code, agreement_id=agreement_id, cities=keep("cities"),
                status=keep("status") or e.DelegationStatus.PLANNED.value, notes=keep("notes"),
            )
            extra = {name: keep(name) for name in self._PROTOCOL}
            extra["per_diem_country_code"] = keep("per_diem_country", "per_diem_country_code")
            extra["per_diem_grade"] = keep("per_diem_grade")
            if not row.problems:
                problems = delegation_rules._delegation_problems(self.session, data)  # noqa: SLF001
                if current is not None and data.start_on and data.end_on and data.start_on <= data.end_on:
                    outside = delegation_rules._days_outside(current, data.start_on, data.end_on)  # noqa: SLF001
                    if outside:
                        days = ", ".join(d.isoformat() for d in outside)
                        problems.append(Problem(
                            "start_on", f"the itinerary has entries on {days}, outside the new dates",
                            f"jadwal memuat kegiatan pada {days}, di luar tanggal yang baru"))
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems + problems, {"country": "country", "agreement": "agreement"})
                self.country(row, "per_diem_country", extra["per_diem_country_code"])
            if row.problems:
                self.reject_keys("delegations", [gid, code], row)
                self.finish(row, RowAction.REJECTED, code or "")
                continue
            values: dict[str, object] = {
                "code": code, "agreement_id": agreement_id,
                **{name: _clean(getattr(data, name)) for name in delegation_rules.DELEGATION_FIELDS},
                **extra,
            }
            if delegation is None:
                delegation = Delegation(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(delegation)
                self.adopt("delegations", delegation, row, f"delegation {code}", f"delegasi {code}")
                self.finish(row, RowAction.ADDED, code)
            else:
                old_code = delegation.code
                changed = _changed(delegation, values)
                if old_code != delegation.code:
                    known.by_key.pop(old_code, None)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, code, changed)
            self.register("delegations", [delegation.code, delegation.gid], delegation)

    def _delegation_rows(self, sheet: _Sheet) -> list[_Row]:
        rows = self.rows(sheet)
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid),
                      [r.get("delegation") for r in rows])
        return rows

    def _child(self, model: Any, gid: str | None, delegation: Delegation | None,
               match: Callable[[Any], bool]) -> Any:
        if gid:
            found = self.session.scalar(select(model).where(model.gid == gid))
            if found is not None:
                return found
        if delegation is None or delegation.id is None:
            return None
        candidates = self.session.scalars(select(model).where(model.delegation_id == delegation.id)).all()
        matches = [c for c in candidates if match(c) and self.old(c)]
        return matches[0] if len(matches) == 1 else None

    def members(self, sheet: _Sheet) -> None:
        for row in self._delegation_rows(sheet):
            gid, text = row.get("gid"), row.get("delegation")
            delegation = self.delegation(row, "delegation", text) if text else None
            official = self.official(row, "official", row.get("official")) if row.get("official") else None
            contact = self.contact(row, "contact", row.get("contact")) if row.get("contact") else None
            name = row.get("name")

            def same(member: Member) -> bool:
                if official is not None:
                    return member.official_id == official.id
                if contact is not None:
                    return member.contact_id == contact.id
                return bool(name) and fold(member.name) == fold(name)

            member = self._child(Member, gid, delegation, same)
            label = f"{text}: {name or (official.name if official else contact.name if contact else '')}"
            if member is not None and delegation is not None and member.delegation_id != delegation.id:
                row.add("delegation", "a member cannot move to another delegation",
                        "anggota tidak dapat dipindah ke delegasi lain")
            if member is not None and not self.claim("members", member, row, "this member", "anggota ini"):
                member = None
            current = member

            def keep(key: str, attribute: str | None = None) -> Any:
                return _clean(row.value_or(key, getattr(current, attribute or key) if current else None))

            data = MemberData(
                delegation_id=delegation.id if delegation is not None else 0, name=keep("name") or "",
                role=keep("role") or e.MemberRole.MEMBER.value, grade=keep("grade"),
                official_id=official.id if official is not None else (
                    None if row.has("official") or current is None else current.official_id),
                contact_id=contact.id if contact is not None else (
                    None if row.has("contact") or current is None else current.contact_id),
                position=keep("position", "member_position"), passport_type=keep("passport_type"),
                passport_number=keep("passport_number"), passport_expiry=keep("passport_expiry"),
            )
            if not row.problems and delegation is not None:
                problems = delegation_rules._fill_from_person(self.session, data)  # noqa: SLF001
                duplicate = delegation_rules._duplicate_problem(  # noqa: SLF001
                    self.session, data, current.id if current is not None else None)
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems + problems + ([duplicate] if duplicate else []),
                                 {"member": "official"})
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            order = row.get("order")
            if member is None:
                if order is None:
                    last = self.session.scalar(select(func.max(Member.position))
                                               .where(Member.delegation_id == delegation.id))
                    order = (last or 0) + 1
                member = Member(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, position=order)
                delegation_rules._apply_member(member, data)  # noqa: SLF001
                self.session.add(member)
                self.session.flush()
                self.adopt("members", member, row, "this member", "anggota ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(member)
                delegation_rules._apply_member(member, data)  # noqa: SLF001
                if order is not None and member.position != order:
                    member.position = order
                changed = [k for k, v in before.items() if getattr(member, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    @staticmethod
    def _snapshot(obj: Any) -> dict[str, object]:
        return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}

    def itinerary(self, sheet: _Sheet) -> None:
        for row in self._delegation_rows(sheet):
            gid, text = row.get("gid"), row.get("delegation")
            delegation = self.delegation(row, "delegation", text) if text else None
            day, start, activity = row.get("day"), row.get("start_time"), row.get("activity")
            item = self._child(ItineraryItem, gid, delegation,
                               lambda i: i.day == day and i.start_time == start and fold(i.activity) == fold(activity or ""))
            label = f"{text}: {day.isoformat() if day else ''} {activity or ''}"
            if item is not None and not self.claim("itinerary", item, row, "this itinerary entry", "jadwal ini"):
                item = None
            current = item

            def keep(key: str) -> Any:
                return _clean(row.value_or(key, getattr(current, key) if current else None))

            data = ItineraryData(delegation_id=delegation.id if delegation is not None else 0, day=day,
                                 activity=activity or "", start_time=keep("start_time"), end_time=keep("end_time"),
                                 place=keep("place"), counterpart=keep("counterpart"))
            if not row.problems and delegation is not None:
                checker = Checker()
                data.check(checker)
                problems = delegation_rules._day_problem(delegation, data.day)  # noqa: SLF001
                if item is not None and item.delegation_id != delegation.id:
                    problems.append(Problem("delegation", "an itinerary item cannot move to another delegation",
                                            "jadwal tidak dapat dipindah ke delegasi lain"))
                row.add_problems(checker.problems + problems)
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values = {name: _clean(getattr(data, name)) for name in delegation_rules.ITINERARY_FIELDS}
            if item is None:
                item = ItineraryItem(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, **values)
                self.session.add(item)
                self.adopt("itinerary", item, row, "this itinerary entry", "jadwal ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = _changed(item, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    def permits(self, sheet: _Sheet) -> None:
        for row in self._delegation_rows(sheet):
            gid, text, name = row.get("gid"), row.get("delegation"), row.get("name")
            delegation = self.delegation(row, "delegation", text) if text else None
            step = self._child(PermitStep, gid, delegation, lambda s: fold(s.name) == fold(name or ""))
            label = f"{text}: {name or ''}"
            if step is not None and not self.claim("permits", step, row, "this permit step", "langkah izin ini"):
                step = None
            current = step

            def keep(key: str) -> Any:
                return _clean(row.value_or(key, getattr(current, key) if current else None))

            due = row.value_or("due_days_before", current.due_days_before if current else None)
            data = PermitData(delegation_id=delegation.id if delegation is not None else 0, name=name or "",
                              status=keep("status") or e.PermitStatus.NOT_REQUESTED.value,
                              requested_on=keep("requested_on"), granted_on=keep("granted_on"),
                              reference=keep("reference"), due_days_before=10 if due is None else due)
            if not row.problems and delegation is not None:
                checker = Checker()
                data.check(checker)
                problems = delegation_rules._permit_name_problem(  # noqa: SLF001
                    self.session, data, current.id if current is not None else None)
                if step is not None and step.delegation_id != delegation.id:
                    problems.append(Problem("delegation", "a permit step cannot move to another delegation",
                                            "langkah izin tidak dapat dipindah ke delegasi lain"))
                row.add_problems(checker.problems + problems)
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values: dict[str, object] = {k: _clean(getattr(data, k)) for k in delegation_rules.PERMIT_FIELDS}
            values["status"] = e.PermitStatus(data.status).value
            order = row.get("order")
            if step is None:
                if order is None:
                    last = self.session.scalar(select(func.max(PermitStep.position))
                                               .where(PermitStep.delegation_id == delegation.id))
                    order = (last or 0) + 1
                step = PermitStep(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, position=order,
                                  **values)
                self.session.add(step)
                self.session.flush()
                self.adopt("permits", step, row, "this permit step", "langkah izin ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                if order is not None:
                    values["position"] = order
                changed = _changed(step, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # budget ---------------------------------------------------------------------------------------------

    def budget_lines(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid),
                      [r.get("delegation") for r in rows])
        years = sorted({r.get("fiscal_year") for r in rows if isinstance(r.get("fiscal_year"), int)})
        lines: list[BudgetLine] = list(self.session.scalars(select(BudgetLine).where(BudgetLine.fiscal_year.in_(years)))) \
            if years else []
        gids = [r.get("gid") for r in rows if r.get("gid")]
        for chunk in _chunks(gids):
            lines += list(self.session.scalars(select(BudgetLine).where(BudgetLine.gid.in_(chunk))))
        by_gid = {line.gid: line for line in lines}
        for row in rows:
            gid = row.get("gid")
            year, account, description = row.get("fiscal_year"), row.get("account_code"), row.get("description")
            line = by_gid.get(gid) if gid else None
            if line is None and not gid and year and account and description:
                matches = [x for x in by_gid.values() if self.old(x) and x.fiscal_year == year and x.account_code == account
                           and fold(x.description) == fold(description)]
                if len(matches) > 1:
                    row.add("description", "several budget lines have this year, account code and description; "
                                           "give the global id",
                            "beberapa baris anggaran bertahun, kode rekening dan uraian sama; isi ID global")
                line = matches[0] if len(matches) == 1 else None
            key_text = fmt.budget_line_key(year, account, description) if year and account and description else ""
            if line is not None and not self.claim("budget_lines", line, row, f"budget line {key_text}",
                                                   f"baris anggaran {key_text}"):
                line = None
            current = line
            ids: dict[str, int | None] = {}
            for key, finder in (("agreement", self.agreement), ("delegation", self.delegation)):
                ids[key] = getattr(current, f"{key}_id") if current is not None and not row.has(key) else None
                if row.get(key):
                    target = finder(row, key, row.get(key))
                    ids[key] = target.id if target is not None else None
            activity = _clean(row.value_or("activity", current.activity if current else None))
            planned = row.get("planned_idr")
            if row.problems:
                self.reject_keys("budget_lines", [gid, key_text], row)
                self.finish(row, RowAction.REJECTED, key_text)
                continue
            if line is not None and planned == line.planned_idr and activity == line.activity and (
                    year, account, description, ids["agreement"], ids["delegation"]) == (
                    line.fiscal_year, line.account_code, line.description, line.agreement_id, line.delegation_id):
                self.register("budget_lines", [line.gid, key_text], line)
                self.finish(row, RowAction.UNCHANGED, key_text)
                continue
            data = BudgetLineData(fiscal_year=year, account_code=account, description=description,
                                  planned_idr=planned, activity=activity, agreement_id=ids["agreement"],
                                  delegation_id=ids["delegation"])
            try:
                planned_idr = budget_rules._prepare_line(  # noqa: SLF001
                    self.session, data, line.account_code if line is not None else None)
                if line is not None:
                    budget_rules.refuse_if_closed(self.session, line.fiscal_year)
                    if year != line.fiscal_year:
                        problems = budget_rules._outside_year(self.session, line.id, year)  # noqa: SLF001
                        if problems:
                            raise ValidationError(problems)
                budget_rules.refuse_if_closed(self.session, year)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"planned": "planned_idr"})
            except UserError as exc:
                row.add("fiscal_year", exc.message_en, exc.message_id)
            if row.problems:
                self.reject_keys("budget_lines", [gid, key_text], row)
                self.finish(row, RowAction.REJECTED, key_text)
                continue
            values = {"fiscal_year": year, "account_code": data.account_code, "activity": activity,
                      "description": _clean(description), "planned_idr": planned_idr,
                      "agreement_id": ids["agreement"], "delegation_id": ids["delegation"]}
            if line is None:
                line = BudgetLine(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(line)
                by_gid[line.gid] = line
                self.adopt("budget_lines", line, row, f"budget line {key_text}", f"baris anggaran {key_text}")
                self.finish(row, RowAction.ADDED, key_text)
            else:
                changed = _changed(line, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, key_text, changed)
            self.register("budget_lines", [line.gid, key_text], line)
        self.session.flush()

    def transactions(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("donor") for r in rows])
        gids = [r.get("gid") for r in rows if r.get("gid")]
        by_gid: dict[str, Transaction] = {}
        for chunk in _chunks(gids):
            by_gid.update({t.gid: t for t in self.session.scalars(select(Transaction).where(Transaction.gid.in_(chunk)))})
        for row in rows:
            gid, text = row.get("gid"), row.get("budget_line")
            line = self.budget_line(row, "budget_line", text) if text else None
            donor = self.partner(row, "donor", row.get("donor")) if row.get("donor") else None
            currency = row.get("currency") or "IDR"
            amount = row.get("amount")
            label = f"{text}: {row.get('occurred_on') or ''} {amount or ''} {currency}"
            transaction = by_gid.get(gid) if gid else None
            if transaction is None and not gid and line is not None and line.id is not None:
                transaction = self._same_transaction(row, line, currency, donor)
            if transaction is not None and not self.claim("transactions", transaction, row, "this transaction",
                                                          "transaksi ini"):
                transaction = None
            if row.problems or line is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            current = transaction

            def keep(key: str) -> Any:
                return _clean(row.value_or(key, getattr(current, key) if current else None))

            data = TransactionData(
                budget_line_id=line.id, occurred_on=row.get("occurred_on"), kind=row.get("kind"), amount=amount,
                currency=currency, rate_to_idr=row.get("rate_to_idr") if currency != "IDR" else None,
                donor_partner_id=donor.id if donor is not None else (
                    None if row.has("donor") or current is None else current.donor_partner_id),
                form=keep("form") or e.GrantForm.CASH.value, description=keep("description"),
                reference=keep("reference"),
            )
            if transaction is not None and self._transaction_unchanged(transaction, data):
                self.finish(row, RowAction.UNCHANGED, label)
                continue
            try:
                amounts = budget_rules._prepare_transaction(self.session, data)  # noqa: SLF001
                if transaction is not None:
                    budget_rules.refuse_if_closed(self.session, transaction.budget_line.fiscal_year)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"budget_line": "budget_line", "donor": "donor"})
            except UserError as exc:
                row.add("occurred_on", exc.message_en, exc.message_id)
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if transaction is None:
                transaction = Transaction(gid=gid or str(uuid.uuid4()))
                budget_rules._apply_transaction(transaction, data, amounts)  # noqa: SLF001
                self.session.add(transaction)
                self.adopt("transactions", transaction, row, "this transaction", "transaksi ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(transaction)
                budget_rules._apply_transaction(transaction, data, amounts)  # noqa: SLF001
                changed = [k for k, v in before.items() if getattr(transaction, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    def _same_transaction(self, row: _Row, line: BudgetLine, currency: str, donor: Partner | None) -> Transaction | None:
        amount = row.get("amount")
        if amount is None or not row.get("occurred_on"):
            return None
        try:
            minor = Money(amount, currency).minor
        except ValueError:
            return None
        candidates = self.session.scalars(select(Transaction).where(
            Transaction.budget_line_id == line.id, Transaction.occurred_on == row.get("occurred_on"),
            Transaction.kind == row.get("kind"), Transaction.amount_minor == minor,
            Transaction.currency == currency)).all()
        reference = _clean(row.get("reference"))
        matches = [t for t in candidates if self.old(t) and t.reference == reference
                   and (donor is None or t.donor_partner_id == donor.id)]
        return matches[0] if len(matches) == 1 else None

    @staticmethod
    def _transaction_unchanged(row: Transaction, data: TransactionData) -> bool:
        try:
            minor = Money(data.amount, data.currency).minor if data.amount is not None else None
        except ValueError:
            return False
        rate_same = (data.currency == "IDR" and data.rate_to_idr is None) or data.rate_to_idr == row.rate_to_idr
        return (row.budget_line_id, row.occurred_on, row.kind, row.amount_minor, row.currency, row.donor_partner_id,
                row.form, row.description, row.reference) == (
            data.budget_line_id, data.occurred_on, data.kind, minor, data.currency, data.donor_partner_id,
            data.form, data.description, data.reference) and rate_same

    # activities -----------------------------------------------------------------------------------------

    def activities(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid),
                      [r.get("delegation") for r in rows])
        for row in rows:
            gid, text = row.get("gid"), row.get("agreement")
            agreement = self.agreement(row, "agreement", text) if text else None
            occurred_on, title = row.get("occurred_on"), row.get("title")
            activity: Activity | None = None
            if gid:
                activity = self.session.scalar(select(Activity).where(Activity.gid == gid))
            if activity is None and not gid and agreement is not None and agreement.id is not None and title:
                matches = [a for a in self.session.scalars(select(Activity).where(
                    Activity.agreement_id == agreement.id, Activity.occurred_on == occurred_on))
                    if fold(a.title) == fold(title) and self.old(a)]
                activity = matches[0] if len(matches) == 1 else None
            label = f"{text}: {title or ''}"
            if activity is not None and not self.claim("activities", activity, row, "this activity", "kegiatan ini"):
                activity = None
            current = activity
            ids: dict[str, int | None] = {}
            for key, finder in (("delegation", self.delegation), ("budget_line", self.budget_line)):
                ids[key] = getattr(current, f"{key}_id") if current is not None and not row.has(key) else None
                if row.get(key):
                    target = finder(row, key, row.get(key))
                    ids[key] = target.id if target is not None else None
            if row.has("indicators"):
                indicators = row.get("indicators") or []
            else:
                indicators = [IndicatorData(name=i.name, value=i.value, unit=i.unit)
                              for i in (current.indicators if current is not None else [])]
            data = ActivityData(
                agreement_id=agreement.id if agreement is not None else 0, occurred_on=occurred_on,
                kind=row.get("kind") or "", title=title or "",
                description=_clean(row.value_or("description", current.description if current else None)),
                delegation_id=ids["delegation"], budget_line_id=ids["budget_line"], indicators=indicators,
            )
            if not row.problems and agreement is not None:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems + activity_rules._problems(self.session, data))  # noqa: SLF001
            if row.problems or agreement is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values = {name: _clean(getattr(data, name)) for name in activity_rules.ACTIVITY_FIELDS}
            values["kind"] = e.ActivityKind(data.kind).value
            if activity is None:
                activity = Activity(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(activity)
                activity_rules._set_indicators(self.session, activity, indicators)  # noqa: SLF001
                self.adopt("activities", activity, row, "this activity", "kegiatan ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = _changed(activity, values)
                before = [(i.name, i.value, i.unit) for i in activity.indicators]
                after = [(i.name.strip(), i.value, (i.unit or "").strip() or None) for i in indicators]
                if before != after:
                    activity_rules._set_indicators(self.session, activity, indicators)  # noqa: SLF001
                    changed.append("indicators")
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # per-diem rates -------------------------------------------------------------------------------------

    def per_diem_rates(self, sheet: _Sheet) -> None:
        rows = self.rows(sheet)
        for row in rows:
            gid, country, grade, valid_from = (row.get(k) for k in ("gid", "country", "grade", "valid_from"))
            rate: PerDiemRate | None = None
            if gid:
                rate = self.session.scalar(select(PerDiemRate).where(PerDiemRate.gid == gid))
            if rate is None and not gid and country and grade and valid_from:
                rate = self.session.scalar(select(PerDiemRate).where(
                    PerDiemRate.country_code == country, PerDiemRate.grade == grade,
                    PerDiemRate.valid_from == valid_from))
            label = f"{country or ''} {grade or ''} {valid_from.isoformat() if valid_from else ''}"
            if rate is not None and not self.claim("per_diem_rates", rate, row, "this rate", "tarif ini"):
                rate = None
            self.country(row, "country", country)
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            data = PerDiemRateData(country_code=country, grade=grade, amount=row.get("amount"),
                                   valid_from=valid_from, currency=row.get("currency") or "USD",
                                   source=row.get("source"))
            try:
                minor = per_diem_rules._prepare(  # noqa: SLF001
                    self.session, data, rate.id if rate is not None else None)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"country": "country"})
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if rate is None:
                rate = PerDiemRate(gid=gid or str(uuid.uuid4()))
                per_diem_rules._store(self.session, rate, data, minor)  # noqa: SLF001
                self.adopt("per_diem_rates", rate, row, "this rate", "tarif ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(rate)
                per_diem_rules._store(self.session, rate, data, minor)  # noqa: SLF001
                changed = [k for k, v in before.items() if getattr(rate, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)


# --- the action ---------------------------------------------------------------------------------------------


class _RollBack(Exception):
    """Ends the write transaction without committing (dry run, or rejected rows in all-or-nothing mode)."""


def _summaries(contents: WorkbookContents, results: list[RowResult]) -> tuple[SheetSummary, ...]:
    counts: dict[str, dict[RowAction, int]] = {}
    for result in results:
        counts.setdefault(result.sheet_key, {}).setdefault(result.action, 0)
        counts[result.sheet_key][result.action] += 1
    return tuple(
        SheetSummary(
            key=sheet.spec.key, name=sheet.name,
            added=counts.get(sheet.spec.key, {}).get(RowAction.ADDED, 0),
            updated=counts.get(sheet.spec.key, {}).get(RowAction.UPDATED, 0),
            unchanged=counts.get(sheet.spec.key, {}).get(RowAction.UNCHANGED, 0),
            rejected=counts.get(sheet.spec.key, {}).get(RowAction.REJECTED, 0),
        )
        for sheet in contents.sheets
    )


def _rejected_sheets(contents: WorkbookContents, results: list[RowResult], language: str) -> tuple[RejectedSheet, ...]:
    by_sheet: dict[str, dict[int, RowResult]] = {}
    for result in results:
        if result.action is RowAction.REJECTED:
            by_sheet.setdefault(result.sheet_key, {})[result.row] = result
    sheets = []
    for sheet in contents.sheets:
        rejected = by_sheet.get(sheet.spec.key)
        if not rejected:
            continue
        rows = []
        for number, cells in sheet.rows:
            result = rejected.get(number)
            if result is None:
                continue
            reason = "; ".join(
                (f"{p.column}: " if p.column else "") + p.message(language) for p in result.problems)
            kept = tuple(cells[:len(sheet.headers)]) if sheet.headers else tuple(cells)
            rows.append((number, kept, reason))
        headers = tuple(h for h in sheet.headers)
        sheets.append(RejectedSheet(name=sheet.name, headers=headers, rows=tuple(rows)))
    return tuple(sheets)


def import_workbook(ctx: ServiceContext, path: str | Path, *, mode: ImportMode = ImportMode.ALL_OR_NOTHING,
                    dry_run: bool = False, progress: Progress | None = None, language: str = "id") -> ImportReport:
    """Read, check and (unless ``dry_run``) apply the workbook at ``path`` in one transaction.

    Raises :class:`WorkbookError` when the file cannot be read at all; every other problem is in the
    report. ``language`` is that of the reasons written for the errors workbook.
    """
    mode = ImportMode(mode)
    if progress is not None:
        progress(0, 0, Path(path).name)
    contents = read_workbook(path)
    written = False
    importer: _Importer | None = None
    try:
        with writing(ctx) as session:
            importer = _Importer(session, ctx, contents, progress, language)
            importer.run()
            rejected = any(r.action is RowAction.REJECTED for r in importer.results) or bool(contents.problems)
            if dry_run or (rejected and mode is ImportMode.ALL_OR_NOTHING):
                raise _RollBack()
            if progress is not None:
                progress(importer.total, importer.total, "commit")
        written = True
    except _RollBack:
        written = False
    assert importer is not None
    results = importer.results
    problems = list(contents.problems)
    for sheet in contents.sheets:
        problems.extend(sheet.blocking)
    listed = set(problems)
    problems.extend(p for r in results if r.action is RowAction.REJECTED for p in r.problems if p not in listed)
    duplicates = importer.duplicates
    if not written:
        duplicates = [DuplicateHint(**{**d.__dict__, "partner_id": None}) for d in duplicates]
    log.info("import of %s: %s", path, ", ".join(f"{s.key} +{s.added} ~{s.updated} ={s.unchanged} x{s.rejected}"
                                                 for s in _summaries(contents, results)))
    return ImportReport(
        path=str(path), mode=mode, dry_run=dry_run, written=written,
        sheets=_summaries(contents, results), rows=tuple(results), problems=tuple(problems),
        notices=tuple(contents.notices), duplicates=tuple(duplicates),
        rejected_sheets=_rejected_sheets(contents, results, language),
    )
