"""The document archive: every document of partners, agreements, delegations, budget lines and budget
transactions in one register, each version its own row (the current ones unless asked otherwise)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    bool_value,
    code_value,
    enum_value,
    escape_like,
    ilike_any,
    int_value,
    year_range,
)
from secretariat.storage.models import Agreement, Attachment, BudgetLine, Delegation, Partner, Transaction

#: Record types, with their names in both languages (the register's "Record type" column).
RECORD_TYPES: dict[str, tuple[str, str]] = {
    "agreement": ("Perjanjian", "Agreement"),
    "partner": ("Mitra", "Partner"),
    "delegation": ("Delegasi", "Delegation"),
    "budget_line": ("Baris anggaran", "Budget line"),
    "budget_transaction": ("Transaksi anggaran", "Budget transaction"),
}


def _pattern(word: str) -> str:
    return f"%{escape_like(word)}%"


def _records_matching(word: str) -> ColumnElement[bool]:
    """Documents whose record's number, code, name or title contains ``word``."""
    pattern = _pattern(word)

    def among(owner_type: str, ids: Any) -> ColumnElement[bool]:
        return and_(Attachment.owner_type == owner_type, Attachment.owner_id.in_(ids))

    return or_(
        among(
            "agreement",
            select(Agreement.id).where(
                or_(
                    Agreement.number.ilike(pattern, escape="\\"),
                    Agreement.title_id.ilike(pattern, escape="\\"),
                    Agreement.title_en.ilike(pattern, escape="\\"),
                )
            ),
        ),
        among(
            "partner",
            select(Partner.id).where(
                or_(Partner.code.ilike(pattern, escape="\\"), Partner.name.ilike(pattern, escape="\\"))
            ),
        ),
        among(
            "delegation",
            select(Delegation.id).where(
                or_(Delegation.code.ilike(pattern, escape="\\"), Delegation.purpose.ilike(pattern, escape="\\"))
            ),
        ),
        among(
            "budget_line",
            select(BudgetLine.id).where(
                or_(
                    BudgetLine.account_code.ilike(pattern, escape="\\"),
                    BudgetLine.description.ilike(pattern, escape="\\"),
                )
            ),
        ),
    )


def _search(words: list[str], _sqlite: bool) -> ColumnElement[bool]:
    own = (Attachment.file_name, Attachment.note, Attachment.added_by, Attachment.sha256)
    return and_(*(or_(ilike_any(own, word), _records_matching(word)) for word in words))


def _day(value: Any, key: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"filter {key!r} needs a date (YYYY-MM-DD), not {value!r}") from None


def record_labels(session: Session, owners: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """ "001/KS/2026 – Nota Kesepahaman ...", "KRK – Kraków", "DLG-2026-001 – ..." for each (type, id)."""
    wanted: dict[str, set[int]] = {}
    for owner_type, owner_id in owners:
        wanted.setdefault(owner_type, set()).add(owner_id)
    labels: dict[tuple[str, int], str] = {}
    if ids := wanted.get("agreement"):
        for row in session.execute(
            select(Agreement.id, Agreement.number, Agreement.title_id).where(Agreement.id.in_(ids))
        ):
            labels[("agreement", row.id)] = f"{row.number} – {row.title_id}" if row.number else row.title_id
    if ids := wanted.get("partner"):
        for partner in session.execute(select(Partner.id, Partner.code, Partner.name).where(Partner.id.in_(ids))):
            labels[("partner", partner.id)] = f"{partner.code} – {partner.name}"
    if ids := wanted.get("delegation"):
        for row in session.execute(
            select(Delegation.id, Delegation.code, Delegation.purpose).where(Delegation.id.in_(ids))
        ):
            labels[("delegation", row.id)] = f"{row.code} – {row.purpose}"
    if ids := wanted.get("budget_line"):
        for line in session.execute(
            select(BudgetLine.id, BudgetLine.fiscal_year, BudgetLine.account_code, BudgetLine.description).where(
                BudgetLine.id.in_(ids)
            )
        ):
            labels[("budget_line", line.id)] = f"{line.fiscal_year} {line.account_code} – {line.description}"
    if ids := wanted.get("budget_transaction"):
        for (transaction_id,) in session.execute(select(Transaction.id).where(Transaction.id.in_(ids))):
            labels[("budget_transaction", transaction_id)] = f"#{transaction_id}"
    return labels


def _fetch_documents(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.gid,
            Attachment.file_name,
            Attachment.kind,
            Attachment.owner_type,
            Attachment.owner_id,
            Attachment.version,
            Attachment.is_current,
            Attachment.size,
            Attachment.created_at,
            Attachment.added_by,
            Attachment.sha256,
            Attachment.note,
        ).where(Attachment.id.in_(ids))
    ).all()
    labels = record_labels(session, [(row.owner_type, row.owner_id) for row in rows])
    return {
        row.id: {
            "id": row.id,
            "gid": row.gid,
            "file_name": row.file_name,
            "kind": row.kind,
            "record_type_id": RECORD_TYPES.get(row.owner_type, (row.owner_type, row.owner_type))[0],
            "record_type_en": RECORD_TYPES.get(row.owner_type, (row.owner_type, row.owner_type))[1],
            "record": labels.get((row.owner_type, row.owner_id), f"{row.owner_type} {row.owner_id}"),
            "owner_type": row.owner_type,
            "owner_id": row.owner_id,
            "version": row.version,
            "current": bool(row.is_current),
            "size": int(row.size),
            "added_on": row.created_at.date(),
            "added_by": row.added_by,
            "sha256": row.sha256,
            "note": row.note,
        }
        for row in rows
    }


DOCUMENTS = RegisterSpec(
    model=Attachment,
    columns=(
        Column("id", "Id", "Id", kind="number"),
        Column("file_name", "File name", "Nama berkas"),
        Column("kind", "Kind of document", "Jenis dokumen", kind="enum"),
        Column("record_type_id", "Record type (Indonesian)", "Jenis data"),
        Column("record_type_en", "Record type", "Jenis data (Inggris)"),
        Column("record", "Record", "Data", sortable=False),
        Column("version", "Version", "Versi", kind="number"),
        Column("current", "Current version", "Versi terkini", kind="enum"),
        Column("size", "Size (bytes)", "Ukuran (bita)", kind="number"),
        Column("added_on", "Added on", "Ditambahkan", kind="date"),
        Column("added_by", "Added by", "Ditambahkan oleh"),
        Column("sha256", "SHA-256", "SHA-256"),
        Column("note", "Note", "Catatan", sortable=False),
    ),
    sort_keys={
        "id": lambda: Attachment.id,
        "file_name": lambda: func.lower(Attachment.file_name),
        "kind": lambda: Attachment.kind,
        "record_type_id": lambda: Attachment.owner_type,
        "record_type_en": lambda: Attachment.owner_type,
        "version": lambda: Attachment.version,
        "current": lambda: Attachment.is_current,
        "size": lambda: Attachment.size,
        "added_on": lambda: Attachment.created_at,
        "added_by": lambda: Attachment.added_by,
        "sha256": lambda: Attachment.sha256,
    },
    nullable_sorts=frozenset({"version"}),
    default_order=(("added_on", True),),
    filters={
        "kind": lambda v, _t: Attachment.kind == enum_value(v, e.DocumentKind, "kind"),
        "record_type": lambda v, _t: Attachment.owner_type == code_value(v),
        "owner_type": lambda v, _t: Attachment.owner_type == code_value(v),
        "owner_id": lambda v, _t: Attachment.owner_id == int_value(v, "owner_id"),
        "current": lambda v, _t: Attachment.is_current == (true() if bool_value(v, "current") else false()),
        "year": lambda v, _t: year_range(func.date(Attachment.created_at), int_value(v, "year")),
        "added_from": lambda v, _t: func.date(Attachment.created_at) >= _day(v, "added_from"),
        "added_until": lambda v, _t: func.date(Attachment.created_at) <= _day(v, "added_until"),
        "added_by": lambda v, _t: Attachment.added_by.ilike(_pattern(code_value(v)), escape="\\"),
    },
    search=_search,
    fetch=_fetch_documents,
    enums={"kind": e.DocumentKind},
)
