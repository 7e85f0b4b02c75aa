"""The machinery of one import run: bookkeeping of rows, look-ups by code or global id, bulk inserts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar, overload

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.domain import excel_format as fmt
from secretariat.domain.parsing import fold, is_excel_error, parse_text
from secretariat.services.context import ServiceContext
from secretariat.services.excel.report import DuplicateHint, RowAction, RowResult
from secretariat.services.excel.rows import RowValues, SheetData, WorkbookContents, parse_row
from secretariat.storage.models import (
    Agreement,
    AuditEntry,
    BudgetLine,
    Contact,
    Country,
    Delegation,
    Official,
    Partner,
    Sector,
    Stage,
)
from secretariat.storage.sorting import SORT_KEYS
from secretariat.storage.types import utcnow

Progress = Callable[[int, int, str], None]
_CHUNK = 500
_T = TypeVar("_T")


def chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Known:
    """Records of one kind this import has touched or looked up, by each of their keys."""

    by_key: dict[str, Any] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)  # key -> row number of the rejected row
    claimed: dict[int, tuple[Any, int]] = field(default_factory=dict)  # id(record) -> (record, row that set it)


def changed_fields(obj: Any, values: Mapping[str, object]) -> list[str]:
    """Set the attributes that differ; return their names (nothing is touched when all are equal)."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


@overload
def clean_value(value: str) -> str | None: ...
@overload
def clean_value(value: _T) -> _T: ...
def clean_value(value: object) -> object:
    """A text trimmed (None when nothing is left); any other value as it is."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def kept(row: RowValues, current: object | None, key: str, attribute: str | None = None) -> Any:
    """The row's cleaned value of ``key`` when the sheet has that column, else what ``current`` stores
    (its ``attribute``, by default named ``key``; None for a new record)."""
    return clean_value(row.value_or(key, getattr(current, attribute or key) if current is not None else None))


def _plain(value: object) -> object:
    """A value as the audit log writes it (see services.audit)."""
    if isinstance(value, Enum):
        return value.value
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


# What later sheets read of a record they refer to (keys, names for messages, a visit's dates).
_SNAPSHOT_FIELDS = frozenset(
    {
        "id",
        "gid",
        "code",
        "number",
        "nip",
        "name",
        "title_id",
        "country_code",
        "partner_id",
        "agreement_id",
        "start_on",
        "end_on",
        "fiscal_year",
        "account_code",
        "description",
    }
)

# Stored attributes and the columns of the workbook that set them, where their names differ.
_ATTRIBUTE_COLUMNS = {
    "country_code": "country",
    "per_diem_country_code": "per_diem_country",
    "parent_id": "parent",
    "previous_id": "previous",
    "stage_id": "stage",
    "agreement_id": "agreement",
    "delegation_id": "delegation",
    "budget_line_id": "budget_line",
    "official_id": "official",
    "contact_id": "contact",
    "partner_id": "partner",
    "donor_partner_id": "donor",
    "amount_minor": "amount",
    "idr_amount": "amount",
}
_ORDERED_SHEETS = {"members": {"position": "order", "member_position": "position"}, "permits": {"position": "order"}}


def _changed_columns(spec: Any, names: Sequence[str]) -> tuple[str, ...]:
    """The column keys of the changed attributes ``names`` (each once, in the sheet's column order)."""
    if not names:  # an added or unchanged row: asked for on every row
        return ()
    special = _ORDERED_SHEETS.get(spec.key, {})
    keys = {special.get(name) or _ATTRIBUTE_COLUMNS.get(name, name) for name in names}
    ordered = [key for key in spec.keys if key in keys]
    return tuple(ordered + sorted(keys - set(ordered)))


class StagedRecord:
    """A record this import inserts in bulk (:meth:`ImporterCore.stage_insert`): its values as attributes,
    its ``id`` once inserted. Each model's columns are slots (:func:`staged_class`), so that a hundred
    thousand of them stay small; any other attribute goes to a dictionary made when it is set."""

    __slots__ = ("__dict__",)

    def __init__(self, **values: object) -> None:
        for name, value in values.items():
            setattr(self, name, value)

    if TYPE_CHECKING:  # the attributes are the model's columns, as SimpleNamespace's were

        def __getattr__(self, name: str) -> Any: ...


@cache
def staged_class(model: Any) -> type[StagedRecord]:
    """The :class:`StagedRecord` kind of ``model``, with a slot for each of its table's columns."""
    names = tuple(dict.fromkeys(("id", *(column.key for column in model.__table__.columns))))
    return type(f"Staged{model.__name__}", (StagedRecord,), {"__slots__": names})


class ImporterCore:
    """One run of the import inside one session: bookkeeping, look-ups and bulk inserts.

    The sheets are handled by the mixins of :mod:`excel_import_partners`, ``_agreements``,
    ``_delegations`` and ``_budget``; each handler is the method named like its sheet key.
    """

    def __init__(
        self,
        session: Session,
        ctx: ServiceContext,
        contents: WorkbookContents,
        progress: Progress | None,
        language: str,
    ) -> None:
        self.session = session
        self.ctx = ctx
        self.contents = contents
        self.progress = progress
        self.language = language
        self.results: list[RowResult] = []  # every row but the unchanged ones
        self.counts: dict[str, dict[RowAction, int]] = {}  # sheet key -> rows per outcome
        self.rejected_rows: dict[str, set[int]] = {}  # sheet key -> numbers of the rejected rows
        self.duplicates: list[DuplicateHint] = []
        self.known: dict[str, Known] = {spec.key: Known() for spec in fmt.SHEETS}
        self.new_records: set[int] = set()
        self.staged: dict[Any, list[StagedRecord]] = {}
        self.done = 0
        self.total = contents.row_count
        self.countries = set(session.scalars(select(Country.code)))
        self.stages = list(session.scalars(select(Stage).order_by(Stage.position)))
        self.sectors = list(session.scalars(select(Sector)))
        self.today = date.today()

    # --- bookkeeping -----------------------------------------------------------------------------------

    def tick(self, sheet: SheetData) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total, sheet.name)

    def finish(self, row: RowValues, action: RowAction, label: str, changed: Sequence[str] = ()) -> RowResult:
        if row.problems:
            action = RowAction.REJECTED
        result = RowResult(
            row.sheet.spec.key,
            row.sheet.name,
            row.number,
            action,
            label,
            tuple(row.problems),
            _changed_columns(row.sheet.spec, changed),
        )
        key = row.sheet.spec.key
        counts = self.counts.setdefault(key, dict.fromkeys(RowAction, 0))
        counts[action] += 1
        if action is RowAction.REJECTED:
            self.rejected_rows.setdefault(key, set()).add(row.number)
            row.sheet.keep(row.number, row.cells)  # for the errors workbook
        if action is not RowAction.UNCHANGED:  # unchanged rows are only counted: a big re-import stays small
            self.results.append(result)
        self.tick(row.sheet)
        return result

    def reject_keys(self, kind: str, keys: Iterable[str | None], row: RowValues) -> None:
        for key in keys:
            if key:
                self.known[kind].rejected.setdefault(key, row.number)

    def register(self, kind: str, keys: Iterable[str | None], record: Any) -> None:
        for key in keys:
            if key:
                self.known[kind].by_key[key] = record

    def claim(self, kind: str, record: Any, row: RowValues, what_en: str, what_id: str) -> bool:
        """Refuse a second row of the sheet that meets a record an earlier row already set."""
        claimed = self.known[kind].claimed.get(id(record))
        if claimed is not None:
            earlier = claimed[1]
            row.add(
                None,
                f"{what_en} is already on row {earlier} of this sheet; keep one row per record",
                f"{what_id} sudah ada di baris {earlier} lembar ini; satu baris untuk satu data",
            )
            return False
        # The record is kept here too: the session holds its objects weakly, and a freed object's id()
        # could be given to another one.
        self.known[kind].claimed[id(record)] = (record, row.number)
        return True

    def adopt(self, kind: str, record: Any, row: RowValues, what_en: str, what_id: str) -> None:
        """Claim a record this import has just created."""
        self.claim(kind, record, row, what_en, what_id)
        self.new_records.add(id(record))

    def old(self, record: Any) -> bool:
        """Whether ``record`` existed before this import (natural keys never match a record a row just made)."""
        return id(record) not in self.new_records

    def missing(self, row: RowValues, key: str, kind: str, text: str, what_en: str, what_id: str) -> None:
        rejected_row = self.known[kind].rejected.get(text)
        if rejected_row is not None:
            sheet_name = fmt.sheet(kind).name_id
            row.add(
                key,
                f"{what_en} '{text}' is on row {rejected_row} of sheet {sheet_name}, which was rejected",
                f"{what_id} '{text}' ada di baris {rejected_row} lembar {sheet_name}, yang ditolak",
            )
        else:
            row.add(
                key,
                f"there is no {what_en} '{text}' (neither in the database nor in this file)",
                f"tidak ada {what_id} '{text}' (di basis data maupun di berkas ini)",
            )

    # --- bulk inserts --------------------------------------------------------------------------------------

    def stage_insert(self, model: Any, values: dict[str, object]) -> Any:
        """A new record to insert in bulk at the end of its sheet; its id is known after :meth:`insert_staged`.

        Bulk inserts skip the ORM (and so the session's automatic audit): :meth:`insert_staged` writes
        one audit entry per record with every field, as the auditor would.
        """
        record = staged_class(model)(id=None, **values)
        self.staged.setdefault(model, []).append(record)
        return record

    def insert_staged(self) -> None:
        self.session.flush()
        now = utcnow()
        login = self.ctx.actor.login
        for model, records in self.staged.items():
            table = model.__table__
            # Sort keys are left to their column defaults, which compute them from the row (storage.sorting).
            derived = {key for _source, key, _function in SORT_KEYS.get(table.name, ())}
            names = [c.key for c in table.columns if c.key not in ("id", "created_at", "updated_at", *derived)]
            for chunk in chunks(records, 1000):
                rows = [
                    {**{name: getattr(r, name, None) for name in names}, "created_at": now, "updated_at": now}
                    for r in chunk
                ]
                ids: dict[str, int] = dict(
                    self.session.execute(insert(table).returning(table.c.gid, table.c.id), rows).all()
                )
                audit = []
                for record in chunk:
                    record.id = ids[record.gid]
                    changes = {
                        "id": [None, record.id],
                        **{name: [None, _plain(getattr(record, name, None))] for name in names},
                    }
                    audit.append(
                        {
                            "at": now,
                            "user_login": login,
                            "action": e.AuditAction.CREATE,
                            "entity": table.name,
                            "entity_id": str(record.id),
                            "entity_gid": record.gid,
                            "summary": _summary(record),
                            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                        }
                    )
                # The Core table (not the ORM class): a plain executemany, without the ORM's bulk machinery.
                self.session.execute(insert(AuditEntry.metadata.tables[AuditEntry.__tablename__]), audit)
        self.staged.clear()

    # --- references ------------------------------------------------------------------------------------

    def prefetch(
        self, kind: str, model: Any, columns: Sequence[Any], texts: Iterable[str], options: Sequence[Any] = ()
    ) -> None:
        """Look up, in chunks, the records of ``model`` whose ``columns`` hold any of ``texts``."""
        known = self.known[kind]
        wanted = sorted({t for t in texts if t and t not in known.by_key})
        for chunk in chunks(wanted):
            for column in columns:
                for record in self.session.scalars(select(model).where(column.in_(chunk)).options(*options)):
                    for other in columns:
                        value = getattr(record, other.key)
                        if value and value not in known.by_key:
                            known.by_key[value] = record

    def lookup(self, kind: str, model: Any, columns: Sequence[Any], text: str) -> Any:
        """The record of ``kind`` known by ``text``: a stored one, or a staged stand-in (a :class:`StagedRecord`
        with the model's attributes) for a row of this import not inserted yet; None when there is none."""
        known = self.known[kind]
        if text in known.by_key:
            return known.by_key[text]
        self.prefetch(kind, model, columns, [text])
        return known.by_key.get(text)

    def partner(self, row: RowValues, key: str, text: str) -> Partner | None:
        found: Partner | None = self.lookup("partners", Partner, (Partner.code, Partner.gid), text)
        if found is None:
            self.missing(row, key, "partners", text, "partner", "mitra")
        return found

    def agreement(self, row: RowValues, key: str, text: str) -> Agreement | None:
        found: Agreement | None = self.lookup("agreements", Agreement, (Agreement.number, Agreement.gid), text)
        if found is None:
            self.missing(row, key, "agreements", text, "agreement", "perjanjian")
        return found

    def delegation(self, row: RowValues, key: str, text: str) -> Delegation | None:
        found: Delegation | None = self.lookup("delegations", Delegation, (Delegation.code, Delegation.gid), text)
        if found is None:
            self.missing(row, key, "delegations", text, "delegation", "delegasi")
        return found

    def official(self, row: RowValues, key: str, text: str) -> Official | None:
        found: Official | None = self.lookup("officials", Official, (Official.nip, Official.gid), text.replace(" ", ""))
        if found is None:
            self.missing(row, key, "officials", text, "official (NIP)", "pejabat (NIP)")
        return found

    def contact(self, row: RowValues, key: str, text: str) -> Contact | None:
        known = self.known["contacts"]
        if text in known.by_key:
            cached: Contact = known.by_key[text]
            return cached
        found: Contact | None = None
        partner_code, separator, name = text.partition(":")
        if separator and name.strip():
            partner = self.lookup("partners", Partner, (Partner.code, Partner.gid), partner_code.strip())
            if partner is not None:
                wanted = fold(name)
                matches = [c for c in self._contacts_of(partner) if fold(c.name) == wanted]
                if len(matches) > 1:
                    row.add(
                        key,
                        f"partner {partner.code} has several contacts named '{name.strip()}'; "
                        "use the contact's global id",
                        f"mitra {partner.code} memiliki beberapa kontak bernama '{name.strip()}'; "
                        "pakai ID global kontak",
                    )
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

    def budget_line(self, row: RowValues, key: str, text: str) -> BudgetLine | None:
        known = self.known["budget_lines"]
        if text in known.by_key:
            cached: BudgetLine = known.by_key[text]
            return cached
        found: BudgetLine | None = None
        parts = fmt.split_budget_line_key(text)
        if parts is None:
            found = self.session.scalar(select(BudgetLine).where(BudgetLine.gid == text.strip()))
        else:
            year_text, account, description = parts
            if year_text.isdigit():
                matches = [
                    line
                    for line in self.session.scalars(
                        select(BudgetLine).where(
                            BudgetLine.fiscal_year == int(year_text), BudgetLine.account_code == account
                        )
                    )
                    if fold(line.description) == fold(description)
                ]
                if len(matches) > 1:
                    row.add(
                        key,
                        f"several budget lines are '{text}'; use the line's global id",
                        f"ada beberapa baris anggaran '{text}'; pakai ID global baris",
                    )
                    return None
                found = matches[0] if matches else None
        if found is None:
            self.missing(row, key, "budget_lines", text, "budget line", "baris anggaran")
        else:
            known.by_key[text] = found
        return found

    def country(self, row: RowValues, key: str, code: str | None) -> str | None:
        if code is not None and code not in self.countries:
            row.add(
                key,
                f"'{code}' is not in the program's list of countries",
                f"'{code}' tidak ada dalam daftar negara program",
            )
        return code

    # --- the sheets --------------------------------------------------------------------------------------

    def run(self) -> None:
        by_key = {sheet.spec.key: sheet for sheet in self.contents.sheets}
        for spec in fmt.SHEETS:
            sheet = by_key.get(spec.key)
            if sheet is None:
                continue
            if sheet.blocking:
                self.reject_sheet(sheet)
                continue
            handler: Callable[[SheetData], None] = getattr(self, spec.key)
            handler(sheet)
            self.session.flush()
            self.sheet_done(sheet)

    def sheet_done(self, sheet: SheetData) -> None:
        """Let go of what only this sheet needed, so that a big workbook does not pile up in memory.

        Claims and new-record marks only ever concern rows of one sheet; the records later sheets refer
        to are kept as plain snapshots of their columns (the session reloads a record when it is needed).
        """
        sheet.release(keep=self.rejected_rows.get(sheet.spec.key, set()))
        for known in self.known.values():
            known.claimed.clear()
            snapshots: dict[int, SimpleNamespace] = {}
            for key, record in list(known.by_key.items()):
                if not isinstance(record, SimpleNamespace | StagedRecord):
                    light = snapshots.get(id(record))
                    if light is None:
                        light = snapshots[id(record)] = SimpleNamespace(
                            **{
                                attribute.key: getattr(record, attribute.key)
                                for attribute in inspect(record).mapper.column_attrs
                                if attribute.key in _SNAPSHOT_FIELDS
                            }
                        )
                    known.by_key[key] = light
        self.new_records.clear()

    def reject_sheet(self, sheet: SheetData) -> None:
        for number, cells in sheet.rows:
            row = RowValues(sheet, number, cells)
            row.problems.extend(sheet.blocking)
            for column in sheet.spec.columns:
                if column.key in ("code", "number", "gid") and column.key in sheet.columns:
                    index = sheet.columns[column.key]
                    text = parse_text(cells[index]) if index < len(cells) and not is_excel_error(cells[index]) else None
                    self.reject_keys(sheet.spec.key, [text], row)
            self.finish(row, RowAction.REJECTED, "")
        self.sheet_done(sheet)

    def row_chunks(self, sheet: SheetData, size: int = 2000) -> Iterator[list[RowValues]]:
        """The sheet's parsed rows, ``size`` at a time (read from the file as they are asked for)."""
        chunk: list[RowValues] = []
        for number, cells in sheet.stream():
            chunk.append(parse_row(sheet, number, cells))
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def rows(self, sheet: SheetData) -> list[RowValues]:
        # The file's rows are read once and not kept beside the parsed ones (the rejected rows are kept
        # again by finish()).
        return [parse_row(sheet, number, cells) for number, cells in sheet.stream()]

    # partners ------------------------------------------------------------------------------------------

    def load_by(self, model: Any, column: Any, values: Iterable[Any], options: Sequence[Any] = ()) -> list[Any]:
        """Every ``model`` record whose ``column`` is one of ``values`` (queried in chunks)."""
        wanted = sorted({v for v in values if v is not None}, key=str)
        found: list[Any] = []
        for chunk in chunks(wanted):
            found.extend(self.session.scalars(select(model).where(column.in_(chunk)).options(*options)))
        return found

    @staticmethod
    def _snapshot(obj: Any) -> dict[str, object]:
        return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}
