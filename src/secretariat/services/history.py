"""The change history of a record, read from the audit, and "revert this change".

Every write leaves an audit entry (:mod:`secretariat.services.audit`): who, when, which record, and
each field before and after. :func:`record_history` gathers the entries of one record and of the
records that belong to it (a partner's contacts and KSDPL conditions, an agreement's parties,
stage changes, activities and attachments, a delegation's members, itinerary, permit steps and
gifts, a budget line's transactions), including those deleted since; it names each field by its
label and writes each value as the clerk reads it (dates, amounts, country and partner names,
labels of codes), in Indonesian and English.

:func:`revert_change` writes a field's value from before a change back, through the record's own
update service, so the same rules apply and the revert is itself a new audited change. It is
refused, with the reason, when the record is gone, when the field was changed again since (the
newer change must be reverted first), or when the field is not one its editor saves.

    entries = record_history(ctx, "partner", 12)
    revert_change(ctx, entries[0].entry_id, "city")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, ClassVar

from babel.numbers import format_currency, format_decimal
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.domain.enums import AuditAction
from secretariat.domain.errors import NotFoundError, UserError
from secretariat.domain.field_labels import clerk_date, entity_label, form_label, in_sentence
from secretariat.domain.labels import label
from secretariat.domain.money import Money
from secretariat.services.agreements import activities as activity_service
from secretariat.services.agreements import records as agreement_service
from secretariat.services.budget import lines as budget_service
from secretariat.services.context import ServiceContext, reading
from secretariat.services.delegations import per_diem as per_diem_service
from secretariat.services.delegations import records as delegation_service
from secretariat.services.partners import records as partner_service
from secretariat.services.reference import officials as official_service
from secretariat.storage.models import (
    Agreement,
    AuditEntry,
    Base,
    BudgetLine,
    Contact,
    Country,
    Delegation,
    Official,
    Partner,
    Sector,
    Stage,
)
from secretariat.storage.models import Attachment as AttachmentModel

__all__ = [
    "HISTORY_KINDS",
    "FieldChange",
    "HistoryEntry",
    "record_history",
    "revert_change",
]

Texts = tuple[str, str]  # (Indonesian, English)
EMPTY: Texts = ("—", "—")

# --- what belongs to a record ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Child:
    table: str
    parent_column: str  # the column that holds the parent's id
    owner_type: str | None = None  # attachments: owner_type must name the parent's kind


#: Editor kind -> (the record's table, the tables of what belongs to it).
HISTORY_KINDS: dict[str, tuple[str, tuple[_Child, ...]]] = {
    "partner": ("partner", (_Child("contact", "partner_id"), _Child("partner_condition", "partner_id"))),
    "agreement": (
        "agreement",
        (
            _Child("agreement_partner", "agreement_id"),
            _Child("stage_change", "agreement_id"),
            _Child("assessment", "agreement_id"),
            _Child("activity", "agreement_id"),
            _Child("agreement_article", "agreement_id"),
            _Child("draft_version", "agreement_id"),
            _Child("attachment", "owner_id", owner_type="agreement"),
        ),
    ),
    "delegation": (
        "delegation",
        (
            _Child("delegation_member", "delegation_id"),
            _Child("itinerary_item", "delegation_id"),
            _Child("permit_step", "delegation_id"),
            _Child("gift", "delegation_id"),
            _Child("attachment", "owner_id", owner_type="delegation"),
        ),
    ),
    "budget_line": ("budget_line", (_Child("budget_transaction", "budget_line_id"),)),
    "official": ("official", ()),
    "per_diem_rate": ("per_diem_rate", ()),
}

# Fields never listed: keys, and the technical columns a clerk never edits.
_HIDDEN = frozenset({"id", "gid", "stored_name", "sha256", "articles", "owner_type", "owner_id", "user_login", "at"})

# --- what the history says -------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: Texts
    before: Texts
    after: Texts
    revertible: bool  # the editor saves this field and the entry is a change of an existing record


@dataclass(frozen=True)
class HistoryEntry:
    entry_id: int
    at: datetime  # UTC
    user: str
    action: str  # an AuditAction code
    entity: str
    record: Texts  # "Kontak Hiroshi Tanaka" / "Contact Hiroshi Tanaka"
    own: bool  # the record itself (True) or one that belongs to it (False)
    changes: tuple[FieldChange, ...]

    def what(self, language: str = "id") -> str:
        """ "Diubah: Kontak Hiroshi Tanaka" / "Updated: Contact Hiroshi Tanaka"."""
        action = label(AuditAction(self.action), "id" if language == "id" else "en")
        return f"{action}: {self.record[0] if language == 'id' else self.record[1]}"


def _table_of(kind: str) -> tuple[str, tuple[_Child, ...]]:
    try:
        return HISTORY_KINDS[kind]
    except KeyError:
        raise ValueError(f"no history for records of kind {kind!r}; known: {', '.join(HISTORY_KINDS)}") from None


def _changes(entry: AuditEntry) -> dict[str, list[Any]]:
    try:
        value = json.loads(entry.changes or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _child_entries(session: Session, record_id: int, child: _Child) -> list[AuditEntry]:
    """Every entry of a record of ``child.table`` that belonged (or belongs) to ``record_id``."""
    model = _model(child.table)
    ids: set[str] = set()
    if model is not None:
        column = model.__table__.c[child.parent_column]
        query = select(*model.__table__.primary_key.columns).where(column == record_id)
        if child.owner_type is not None:
            query = query.where(model.__table__.c.owner_type == child.owner_type)
        ids = {",".join(str(part) for part in row) for row in session.execute(query)}
    # Records deleted (or moved away) since: found by the parent column in their entries. The LIKE
    # narrows the search; the JSON is checked below.
    key = f'"{child.parent_column}": ['
    candidates = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == child.table,
            or_(
                AuditEntry.changes.like(f"%{key}{record_id}, %"),
                AuditEntry.changes.like(f"%{key}%, {record_id}]%"),
            ),
        )
    ).all()
    for entry in candidates:
        values = _changes(entry).get(child.parent_column)
        if isinstance(values, list) and record_id in values:
            if child.owner_type is not None:
                owner = _changes(entry).get("owner_type")
                if isinstance(owner, list) and child.owner_type not in owner:
                    continue
            ids.add(entry.entity_id)
    if not ids:
        return []
    found: list[AuditEntry] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        found += session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == child.table, AuditEntry.entity_id.in_(ordered[start : start + 500])
            )
        ).all()
    return found


def record_history(ctx: ServiceContext, kind: str, record_id: int) -> list[HistoryEntry]:
    """The changes of a record and of what belongs to it, newest first (deleted records included)."""
    table, children = _table_of(kind)
    with reading(ctx) as session:
        entries = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == table, AuditEntry.entity_id == str(record_id))
            ).all()
        )
        own_ids = {entry.id for entry in entries}
        for child in children:
            entries += _child_entries(session, record_id, child)
        unique = {entry.id: entry for entry in entries}
        ordered = sorted(unique.values(), key=lambda entry: entry.id, reverse=True)
        names = _Names(session, ordered)
        return [_entry(entry, entry.id in own_ids, children, names) for entry in ordered]


#: "position" is the order of a row in a list for these (for contacts and officials it is their post).
_ORDER_ONLY = frozenset({"delegation_member", "permit_step", "agreement_partner", "agreement_article"})


def _entry(entry: AuditEntry, own: bool, children: Sequence[_Child], names: _Names) -> HistoryEntry:
    parent_columns = {child.parent_column for child in children if child.table == entry.entity}
    if entry.entity in _ORDER_ONLY:
        parent_columns = parent_columns | {"position"}
    changes = _changes(entry)
    listed: list[FieldChange] = []
    for name in sorted(changes, key=lambda n: _field_order(entry.entity, n)):
        if name in _HIDDEN or (not own and name in parent_columns):
            continue
        pair = changes[name]
        before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        if entry.action == AuditAction.CREATE and _blank(after):
            continue  # a new record: only the fields it was given
        if entry.action == AuditAction.DELETE and _blank(before):
            continue
        listed.append(
            FieldChange(
                field=name,
                label=(form_label(name, "id", entity=entry.entity), form_label(name, "en", entity=entry.entity)),
                before=names.text(entry.entity, name, before, changes),
                after=names.text(entry.entity, name, after, changes),
                revertible=entry.action == AuditAction.UPDATE and _revertible(entry.entity, name),
            )
        )
    return HistoryEntry(
        entry_id=entry.id,
        at=entry.at if entry.at.tzinfo is not None else entry.at.replace(tzinfo=UTC),
        user=entry.user_login,
        action=entry.action,
        entity=entry.entity,
        record=names.record(entry, changes),
        own=own,
        changes=tuple(listed),
    )


def _blank(value: Any) -> bool:
    return value is None or value in ("", [])


def _field_order(entity: str, name: str) -> tuple[int, str]:
    model = _model(entity)
    if model is None or name not in model.__table__.c:
        return (10_000, name)
    return (list(model.__table__.c.keys()).index(name), name)


# --- values as the clerk reads them ------------------------------------------------------------------

_ENUMS: dict[tuple[str | None, str], type[StrEnum]] = {
    ("partner", "kind"): e.PartnerKind,
    ("partner", "status"): e.PartnerStatus,
    (None, "admin_level"): e.AdminLevel,
    ("partner_condition", "answer"): e.Answer,
    ("agreement", "kind"): e.AgreementKind,
    (None, "instrument"): e.Instrument,
    ("assessment", "criterion"): e.Criterion,
    ("activity", "kind"): e.ActivityKind,
    ("delegation", "direction"): e.Direction,
    ("delegation", "status"): e.DelegationStatus,
    (None, "role"): e.MemberRole,
    (None, "grade"): e.Grade,
    (None, "per_diem_grade"): e.Grade,
    (None, "passport_type"): e.PassportType,
    ("permit_step", "status"): e.PermitStatus,
    ("budget_transaction", "kind"): e.TransactionKind,
    (None, "form"): e.GrantForm,
    ("attachment", "kind"): e.DocumentKind,
    (None, "paper"): e.PaperSize,
}

_MONEY_PATTERN = "¤ #,##0.00;-¤ #,##0.00"
_LOCALES = {"id": "id_ID", "en": "en_GB"}
_RUPIAH_FIELDS = frozenset({"planned_idr", "idr_amount"})
_UNITS: dict[str, tuple[str, str]] = {
    "term_months": ("bulan", "months"),
    "notice_months": ("bulan", "months"),
    "due_days_before": ("hari sebelum keberangkatan", "days before departure"),
}
_MINOR_FIELDS = frozenset({"amount_minor", "value_minor"})


def _money(amount: Decimal, currency: str) -> Texts:
    indonesian, english = (
        format_currency(amount, currency, format=_MONEY_PATTERN, locale=_LOCALES[lang], currency_digits=True)
        for lang in ("id", "en")
    )
    return indonesian, english


def _both(text: str) -> Texts:
    return (text, text)


class _Names:
    """Names of what ids and codes in a batch of entries point to, fetched once per kind."""

    _REFERENCES: ClassVar[dict[str, str]] = {
        "country_code": "country",
        "per_diem_country_code": "country",
        "mission_country_code": "country",
        "stage_id": "stage",
        "from_stage_id": "stage",
        "to_stage_id": "stage",
        "partner_id": "partner",
        "donor_partner_id": "partner",
        "agreement_id": "agreement",
        "parent_id": "agreement",
        "previous_id": "agreement",
        "delegation_id": "delegation",
        "official_id": "official",
        "contact_id": "contact",
        "budget_line_id": "budget_line",
        "attachment_id": "attachment",
        "sector_id": "sector",
        "sectors": "sector_code",
    }

    def __init__(self, session: Session, entries: list[AuditEntry]) -> None:
        self.session = session
        wanted: dict[str, set[Any]] = {}
        for entry in entries:
            for name, pair in _changes(entry).items():
                target = self._REFERENCES.get(name)
                if target is None or not isinstance(pair, list):
                    continue
                for value in pair:
                    for item in value if isinstance(value, list) else [value]:
                        if item is not None:
                            wanted.setdefault(target, set()).add(item)
        self.names: dict[str, dict[Any, Texts]] = {kind: self._fetch(kind, keys) for kind, keys in wanted.items()}
        self.called = self._called(list(entries))

    def _called(self, entries: list[AuditEntry]) -> dict[tuple[str, str], Texts]:
        """How each record of the entries is called: its name or title as last recorded, else as stored now."""
        called: dict[tuple[str, str], Texts] = {}
        for entry in sorted(entries, key=lambda e: e.id):
            changes = _changes(entry)
            title_id, title_en = _latest(changes.get("title_id")), _latest(changes.get("title_en"))
            name = _latest(changes.get("name")) or _latest(changes.get("file_name"))
            if title_id or title_en:
                called[(entry.entity, entry.entity_id)] = (str(title_id or title_en), str(title_en or title_id))
            elif name:
                called[(entry.entity, entry.entity_id)] = _both(str(name))
        missing: dict[str, set[int]] = {}
        for entry in entries:
            if (entry.entity, entry.entity_id) not in called and entry.entity_id.isdigit():
                missing.setdefault(entry.entity, set()).add(int(entry.entity_id))
        for entity, ids in missing.items():
            model = _model(entity)
            if model is None:
                continue
            if hasattr(model, "title_id") and hasattr(model, "title_en"):
                rows = self.session.execute(select(model.id, model.title_id, model.title_en).where(model.id.in_(ids)))
                called.update({(entity, str(row[0])): (str(row[1]), str(row[2])) for row in rows})
            elif hasattr(model, "name") and hasattr(model, "id"):
                rows = self.session.execute(select(model.id, model.name).where(model.id.in_(ids)))
                called.update({(entity, str(row[0])): _both(str(row[1])) for row in rows})
        return called

    def _fetch(self, kind: str, keys: set[Any]) -> dict[Any, Texts]:
        s = self.session
        ids = _ints(keys)
        if kind in ("country", "sector_code", "stage", "sector"):
            model: Any = {"country": Country, "sector_code": Sector, "stage": Stage, "sector": Sector}[kind]
            key_column = model.code if kind in ("country", "sector_code") else model.id
            wanted = list(keys) if kind in ("country", "sector_code") else ids
            bilingual = s.execute(select(key_column, model.name_id, model.name_en).where(key_column.in_(wanted)))
            return {row[0]: (str(row[1]), str(row[2])) for row in bilingual}
        if kind == "agreement":
            found = s.execute(
                select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en).where(
                    Agreement.id.in_(ids)
                )
            )
            return {
                key: (
                    f"{number} – {title_id}" if number else title_id,
                    f"{number} – {title_en}" if number else title_en,
                )
                for key, number, title_id, title_en in found
            }
        if kind == "budget_line":
            lines = s.execute(
                select(BudgetLine.id, BudgetLine.account_code, BudgetLine.fiscal_year).where(BudgetLine.id.in_(ids))
            )
            return {key: _both(f"{code} ({year})") for key, code, year in lines}
        named: dict[str, tuple[Any, Any]] = {
            "partner": (Partner.id, Partner.name),
            "delegation": (Delegation.id, Delegation.code),
            "official": (Official.id, Official.name),
            "contact": (Contact.id, Contact.name),
            "attachment": (AttachmentModel.id, AttachmentModel.file_name),
        }
        if kind in named:
            key_column, name_column = named[kind]
            return {
                row[0]: _both(str(row[1]))
                for row in s.execute(select(key_column, name_column).where(key_column.in_(ids)))
            }
        return {}

    def _reference(self, name: str, value: Any) -> Texts | None:
        target = self._REFERENCES.get(name)
        if target is None:
            return None
        found = self.names.get(target, {}).get(value)
        if found is not None:
            return found
        return (
            (f"{value} (dihapus)", f"{value} (deleted)")
            if target not in ("country", "sector_code")
            else _both(str(value))
        )

    def text(self, entity: str, name: str, value: Any, changes: dict[str, list[Any]]) -> Texts:
        """``value`` of field ``name`` as the clerk reads it, in Indonesian and English."""
        if _blank(value):
            return EMPTY
        if isinstance(value, list):
            parts = [self.text(entity, name, item, changes) for item in value]
            return (", ".join(p[0] for p in parts), ", ".join(p[1] for p in parts))
        reference = self._reference(name, value)
        if reference is not None:
            return reference
        if isinstance(value, bool):
            return (
                label(e.Answer.YES if value else e.Answer.NO, "id"),
                label(e.Answer.YES if value else e.Answer.NO, "en"),
            )
        enum = _ENUMS.get((entity, name)) or _ENUMS.get((None, name))
        if enum is not None:
            try:
                member = enum(value)
            except ValueError:
                return _both(str(value))
            return (label(member, "id"), label(member, "en"))
        if name in _RUPIAH_FIELDS and isinstance(value, int):
            return _money(Decimal(value), "IDR")
        if name in _MINOR_FIELDS and isinstance(value, int):
            currency = _latest(changes.get("currency")) or _current_currency(entity) or "IDR"
            try:
                return _money(Money.from_minor(value, str(currency)).amount, str(currency))
            except (ValueError, KeyError):
                return _both(str(value))
        column = _column(entity, name)
        python_type = _python_type(column)
        if isinstance(value, str) and python_type is date:
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                return _both(value)
            return (clerk_date(day, "id"), clerk_date(day, "en"))
        if isinstance(value, str) and python_type is time:
            return _both(value[:5])
        if isinstance(value, str) and python_type is Decimal:
            try:
                number = Decimal(value)
            except InvalidOperation:
                return _both(value)
            return (format_decimal(number, locale="id_ID"), format_decimal(number, locale="en_GB"))
        if isinstance(value, int) and name in _UNITS:
            unit_id, unit_en = _UNITS[name]
            return (
                f"{format_decimal(value, locale='id_ID')} {unit_id}",
                f"{format_decimal(value, locale='en_GB')} {unit_en}",
            )
        if isinstance(value, int) and name not in ("fiscal_year", "year", "number", "version", "position"):
            return (format_decimal(value, locale="id_ID"), format_decimal(value, locale="en_GB"))
        return _both(str(value))

    def record(self, entry: AuditEntry, changes: dict[str, list[Any]]) -> Texts:
        """ "Kontak Hiroshi Tanaka": the kind of record and how it is called."""
        kind_id, kind_en = entity_label(entry.entity, "id"), entity_label(entry.entity, "en")
        name: Texts | None = self.called.get((entry.entity, entry.entity_id))
        if name is None and entry.summary:
            name = _both(entry.summary)
        for field_name in ("partner_id", "sector_id", "to_stage_id", "number", "criterion"):
            if name is not None:
                break
            value = _latest(changes.get(field_name))
            if value is not None and entry.entity in (
                "agreement_partner",
                "agreement_sector",
                "stage_change",
                "partner_condition",
                "assessment",
            ):
                name = self.text(entry.entity, field_name, value, changes)
        if name is None:
            return (kind_id, kind_en)
        return (f"{kind_id} “{name[0]}”", f"{kind_en} “{name[1]}”")


def _latest(pair: Any) -> Any:
    if not isinstance(pair, list):
        return pair
    return next((value for value in reversed(pair) if value is not None), None)


def _current_currency(entity: str) -> str | None:
    return "USD" if entity == "per_diem_rate" else None


def _ints(keys: Iterable[Any]) -> list[int]:
    return [key for key in keys if isinstance(key, int) and not isinstance(key, bool)]


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    return None


def _column(entity: str, name: str) -> Any:
    model = _model(entity)
    if model is None or name not in model.__table__.c:
        return None
    return model.__table__.c[name]


def _python_type(column: Any) -> type | None:
    if column is None:
        return None
    try:
        found: type = column.type.python_type
        return found
    except NotImplementedError:
        impl = getattr(column.type, "impl", None)
        try:
            inner: type | None = impl.python_type if impl is not None else None
            return inner
        except (NotImplementedError, AttributeError):
            return None


# --- reverting -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reverter:
    """How a record of one table is read as the data its update service takes, and updated."""

    data: Callable[[ServiceContext, int], Any]  # the record's current data (NotFoundError when gone)
    update: Callable[[ServiceContext, int, Any], None]
    columns: dict[str, str]  # column -> field of the data (only where the names differ)


def _contact_data(ctx: ServiceContext, contact_id: int) -> Any:
    with reading(ctx) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError(f"There is no contact {contact_id}.", f"Tidak ada kontak {contact_id}.")
        partner_id = contact.partner_id
    view = next(c for c in partner_service.get_partner(ctx, partner_id).contacts if c.id == contact_id)
    from secretariat.domain.records import ContactData

    return ContactData(
        partner_id=partner_id, **{f.name: getattr(view, f.name) for f in fields(ContactData) if f.name != "partner_id"}
    )


def _delegation_child(attribute: str) -> Callable[[ServiceContext, int], Any]:
    def data(ctx: ServiceContext, child_id: int) -> Any:
        model = _model(
            {"members": "delegation_member", "itinerary": "itinerary_item", "permits": "permit_step"}[attribute]
        )
        with reading(ctx) as session:
            row = session.get(model, child_id)
            if row is None:
                raise NotFoundError(f"There is no record {child_id}.", f"Tidak ada data {child_id}.")
            delegation_id = row.delegation_id
        view = delegation_service.get_delegation(ctx, delegation_id)
        return next(child for child in getattr(view, attribute) if child.id == child_id).to_data()

    return data


def _money_amount(currency_field: str) -> Callable[[Any, Any], Any]:
    def convert(data: Any, minor: Any) -> Any:
        return Money.from_minor(int(minor), getattr(data, currency_field)).amount

    return convert


_REVERTERS: dict[str, _Reverter] = {
    "partner": _Reverter(
        lambda ctx, i: partner_service.get_partner(ctx, i).to_data(),
        partner_service.update_partner,
        {},
    ),
    "contact": _Reverter(_contact_data, partner_service.update_contact, {}),
    "agreement": _Reverter(
        lambda ctx, i: agreement_service.get_agreement(ctx, i).to_data(), agreement_service.update_agreement, {}
    ),
    "activity": _Reverter(
        lambda ctx, i: activity_service.get_activity(ctx, i).to_data(), activity_service.update_activity, {}
    ),
    "delegation": _Reverter(
        lambda ctx, i: delegation_service.get_delegation(ctx, i).to_data(), delegation_service.update_delegation, {}
    ),
    "delegation_member": _Reverter(
        _delegation_child("members"), delegation_service.update_member, {"member_position": "position", "position": ""}
    ),
    "itinerary_item": _Reverter(_delegation_child("itinerary"), delegation_service.update_itinerary_item, {}),
    "permit_step": _Reverter(_delegation_child("permits"), delegation_service.update_permit_step, {"position": ""}),
    "budget_line": _Reverter(
        lambda ctx, i: budget_service.get_budget_line(ctx, i).to_data(), budget_service.update_budget_line, {}
    ),
    "budget_transaction": _Reverter(
        lambda ctx, i: budget_service.get_transaction(ctx, i).to_data(),
        budget_service.update_transaction,
        {"amount_minor": "amount"},
    ),
    "official": _Reverter(
        lambda ctx, i: official_service.get_official(ctx, i).to_data(), official_service.update_official, {}
    ),
    "per_diem_rate": _Reverter(
        lambda ctx, i: per_diem_service.get_rate(ctx, i).to_data(),
        per_diem_service.update_rate,
        {"amount_minor": "amount"},
    ),
}
#: Columns kept in money minor units whose data field holds the amount.
_AMOUNT_CONVERTERS: dict[tuple[str, str], Callable[[Any, Any], Any]] = {
    ("budget_transaction", "amount_minor"): _money_amount("currency"),
    ("per_diem_rate", "amount_minor"): _money_amount("currency"),
}


def _data_field(entity: str, column: str) -> str | None:
    reverter = _REVERTERS.get(entity)
    if reverter is None:
        return None
    return reverter.columns.get(column, column) or None


def _revertible(entity: str, column: str) -> bool:
    name = _data_field(entity, column)
    if name is None or column in _HIDDEN:
        return False
    data_type = _DATA_TYPES.get(entity)
    return data_type is not None and name in {f.name for f in fields(data_type)}


def _data_types() -> dict[str, type]:
    from secretariat.domain import records as r

    return {
        "partner": r.PartnerData,
        "contact": r.ContactData,
        "agreement": r.AgreementData,
        "activity": r.ActivityData,
        "delegation": r.DelegationData,
        "delegation_member": r.MemberData,
        "itinerary_item": r.ItineraryData,
        "permit_step": r.PermitData,
        "budget_line": r.BudgetLineData,
        "budget_transaction": r.TransactionData,
        "official": r.OfficialData,
        "per_diem_rate": r.PerDiemRateData,
    }


_DATA_TYPES = _data_types()
_NOT_DATA = frozenset({"delegation_id", "budget_line_id", "partner_id"})  # the parent: never moved by a revert


def _to_python(entity: str, column: str, value: Any) -> Any:
    """A plain audit value back as what the record's data holds (dates, times, decimals)."""
    if value is None:
        return None
    python_type = _python_type(_column(entity, column))
    if python_type is date and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if python_type is time and isinstance(value, str):
        return time.fromisoformat(value)
    if python_type is Decimal and isinstance(value, str):
        return Decimal(value)
    if column == "planned_idr" and isinstance(value, int):
        return Decimal(value)
    return value


def revert_change(ctx: ServiceContext, entry_id: int, field: str) -> None:
    """Write back the value ``field`` had before the change ``entry_id``, as a new audited change.

    Raises UserError (Indonesian and English) naming why when it cannot: the change is not a change
    of a field, the record was deleted, the field was changed again since, or its editor does not
    save that field.
    """
    with reading(ctx) as session:
        entry = session.get(AuditEntry, entry_id)
        if entry is None:
            raise NotFoundError(
                f"There is no change {entry_id} in the history.", f"Tidak ada perubahan {entry_id} dalam riwayat."
            )
        changes = _changes(entry)
        label_id = in_sentence(form_label(field, "id", entity=entry.entity))
        label_en = in_sentence(form_label(field, "en", entity=entry.entity))
        if entry.action != AuditAction.UPDATE or field not in changes:
            raise UserError(
                f"Only a change of a field of an existing record can be reverted; {label_en} was not changed there.",
                f"Hanya perubahan isian pada data yang sudah ada yang dapat dibatalkan; {label_id} tidak "
                "diubah di situ.",
            )
        if not _revertible(entry.entity, field) or field in _NOT_DATA:
            raise UserError(
                f"{label_en} cannot be reverted from the history; change it in its editor.",
                f"{label_id} tidak dapat dibatalkan dari riwayat; ubah di penyuntingnya.",
            )
        before, after = changes[field][:2]
        record_id = int(entry.entity_id)
        later = session.scalars(
            select(AuditEntry)
            .where(
                and_(
                    AuditEntry.entity == entry.entity, AuditEntry.entity_id == entry.entity_id, AuditEntry.id > entry.id
                )
            )
            .order_by(AuditEntry.id)
        ).all()
        for newer in later:
            if newer.action == AuditAction.DELETE:
                raise UserError(
                    f"The record was deleted on {_when(newer.at, 'en')} by {newer.user_login}; "
                    "nothing can be reverted.",
                    f"Data ini dihapus pada {_when(newer.at, 'id')} oleh {newer.user_login}; "
                    "tidak ada yang dapat dibatalkan.",
                )
            if field in _changes(newer):
                raise UserError(
                    f"{label_en} was changed again on {_when(newer.at, 'en')} by {newer.user_login}; "
                    "revert that newer change first.",
                    f"{label_id} sudah diubah lagi pada {_when(newer.at, 'id')} oleh {newer.user_login}; "
                    "batalkan perubahan yang lebih baru itu dahulu.",
                )
        model = _model(entry.entity)
        row = session.get(model, record_id) if model is not None else None
        if row is None:
            raise UserError(
                "The record no longer exists; nothing can be reverted.",
                "Data ini sudah tidak ada; tidak ada yang dapat dibatalkan.",
            )
        if _plain(getattr(row, field)) != after:
            raise UserError(
                f"{label_en} has changed since this change was made; it is not reverted.",
                f"{label_id} sudah berubah sejak perubahan ini; tidak dibatalkan.",
            )
    reverter = _REVERTERS[entry.entity]
    data = reverter.data(ctx, record_id)
    target = _data_field(entry.entity, field)
    assert target is not None
    converter = _AMOUNT_CONVERTERS.get((entry.entity, field))
    value = (
        converter(data, before)
        if converter is not None and before is not None
        else _to_python(entry.entity, field, before)
    )
    reverter.update(ctx, record_id, replace(data, **{target: value}))


def _plain(value: Any) -> Any:
    """A value as the audit stores it (see :mod:`secretariat.services.audit`): ISO dates, decimal text."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _when(at: datetime, language: str) -> str:
    from babel.dates import format_datetime

    local = (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone()
    return format_datetime(local, "d MMM y HH:mm", locale=_LOCALES["id" if language == "id" else "en"])
