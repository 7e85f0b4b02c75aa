"""Documents attached to partners, agreements, delegations, budget lines and budget transactions.

A file is checked (:mod:`secretariat.services.attachment_checks`: not empty, within the office's size limit,
what its name says, readable, not encrypted), then its content goes into the database's own document
store (:mod:`secretariat.storage.document_store`) under its SHA-256: identical files are stored once,
whatever their names, and a stored copy can always be checked against the hash recorded with it.

**Versions.** Each row is one version of one document (its ``slot``). A new file for a document that is
one of a kind per record (the LoI, the DPRD approval, the signed copy...; :data:`ONE_PER_RECORD`), or a
new file given as a new version of a document (``replaces``), becomes its newest version: the old one is
kept, never silently replaced. Photos, reports and other documents each stand alone.

A stored content is removed only when no row of this database uses its hash any more. The store follows
the database transaction: a folder store removes a file copied for an action that was rolled back, and
sets a removed file aside until the delete is committed; the database store is part of the transaction.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, func, select, text, update
from sqlalchemy.orm import Session

from secretariat.domain.enums import DocumentKind
from secretariat.domain.errors import NotFoundError, Problem, UserError, ValidationError
from secretariat.domain.validation import Checker, clean
from secretariat.services.attachment_checks import DEFAULT_SIZE_LIMIT_MB, DocumentInfo, check_size, inspect_document
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.document_store import (
    ContentMissingError,
    DocumentStore,
    Finish,
    StagedFile,
    document_store,
    document_store_location,
    relative_name,
)
from secretariat.storage.engine import Database
from secretariat.storage.models import (
    Agreement,
    Attachment,
    BudgetLine,
    Delegation,
    OfficeProfile,
    Partner,
    Transaction,
)
from secretariat.storage.types import new_gid

OWNER_MODELS: dict[str, type] = {
    "agreement": Agreement,
    "delegation": Delegation,
    "partner": Partner,
    "budget_line": BudgetLine,
    "budget_transaction": Transaction,  # receipts (proof of payment)
}
_OWNER_LABELS_ID = {
    "agreement": "perjanjian",
    "delegation": "delegasi",
    "partner": "mitra",
    "budget_line": "baris anggaran",
    "budget_transaction": "transaksi",
}
#: Kinds a record has one of: a new file of such a kind is the newest version of the one it has.
ONE_PER_RECORD = frozenset(
    {
        DocumentKind.REQUEST_LETTER,
        DocumentKind.LOI,
        DocumentKind.ACTION_PLAN,
        DocumentKind.DRAFT,
        DocumentKind.DPRD_APPROVAL,
        DocumentKind.FULL_POWERS,
        DocumentKind.SIGNED_SCAN,
        DocumentKind.FINAL_TEXT,
    }
)
FILE_NAME_LENGTH = 300


def attachments_dir(database: Database) -> Path | None:
    """The folder of a SQLite database's documents (None: a PostgreSQL database holds them itself)."""
    return document_store_location(database)


# --- views ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentView:
    id: int
    gid: str
    owner_type: str
    owner_id: int
    kind: str
    file_name: str
    size: int
    sha256: str
    version: int | None
    added_by: str
    added_at: datetime
    note: str | None
    slot: str = ""
    is_current: bool = True


@dataclass(frozen=True)
class AttachmentCheck:
    """The result of checking one stored copy against the hash recorded for it."""

    attachment_id: int
    file_name: str
    expected_sha256: str
    actual_sha256: str | None  # None: the stored copy is missing
    where: str  # the store (a folder, or the database)
    owner_type: str = ""
    owner_id: int = 0

    @property
    def ok(self) -> bool:
        return self.actual_sha256 == self.expected_sha256

    @property
    def missing(self) -> bool:
        return self.actual_sha256 is None


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        id=row.id,
        gid=row.gid,
        owner_type=row.owner_type,
        owner_id=row.owner_id,
        kind=row.kind,
        file_name=row.file_name,
        size=row.size,
        sha256=row.sha256,
        version=row.version,
        added_by=row.added_by,
        added_at=row.created_at,
        note=row.note,
        slot=row.slot,
        is_current=bool(row.is_current),
    )


# --- locking a hash across workstations ---------------------------------------------------------------------------


def _lock_hash(session: Session, sha256: str) -> None:
    """Serialise adds and deletes of the same content until the transaction ends.

    SQLite needs nothing more: a writing transaction holds the database's write lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(bytes.fromhex(sha256[:16]), "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _users_of(session: Session, sha256: str) -> int:
    return session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == sha256)) or 0


# --- adding -------------------------------------------------------------------------------------------------------


def _owner_problem(session: Session, owner_type: str, owner_id: int) -> Problem | None:
    model = OWNER_MODELS.get(owner_type)
    if model is None:
        allowed = ", ".join(OWNER_MODELS)
        return Problem(
            "owner_type",
            f"'{owner_type}' cannot have attachments (use {allowed})",
            f"'{owner_type}' tidak dapat memiliki lampiran (gunakan {allowed})",
        )
    if session.get(model, owner_id) is None:
        label = owner_type.replace("_", " ")
        return Problem(
            "owner", f"there is no {label} {owner_id}", f"tidak ada {_OWNER_LABELS_ID[owner_type]} {owner_id}"
        )
    return None


def _check_input(kind: DocumentKind | str, source: Path, version: int | None) -> None:
    checker = Checker()
    checker.enum("kind", kind, DocumentKind)
    if version is not None:
        checker.range("version", version, 1, 10_000)
    if not source.is_file():
        checker.add("file", f"{source} is not a readable file", f"{source} bukan berkas yang dapat dibaca")
    elif len(source.name) > FILE_NAME_LENGTH:
        checker.add(
            "file",
            f"the file name is too long (at most {FILE_NAME_LENGTH} characters)",
            f"nama berkas terlalu panjang (paling banyak {FILE_NAME_LENGTH} karakter)",
        )
    checker.raise_if_any()


def size_limit_mb(ctx: ServiceContext) -> int:
    """The largest document a clerk may attach (office profile), in megabytes."""
    with reading(ctx) as session:
        value = session.scalar(select(OfficeProfile.document_size_limit_mb).order_by(OfficeProfile.id).limit(1))
    return int(value) if value else DEFAULT_SIZE_LIMIT_MB


def set_size_limit_mb(ctx: ServiceContext, megabytes: int) -> None:
    """Change the office's document size limit (1 to 2,000 MB)."""
    checker = Checker()
    checker.range("document_size_limit_mb", megabytes, 1, 2_000)
    checker.raise_if_any()
    with writing(ctx) as session:
        profile = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
        if profile is None:
            profile = OfficeProfile(id=1)
            session.add(profile)
        profile.document_size_limit_mb = megabytes


def _slot_for(
    session: Session, owner_type: str, owner_id: int, kind: str, replaces: int | None
) -> tuple[str, Attachment | None]:
    """The slot the new file goes to, and the current version it supersedes (if any)."""
    if replaces is not None:
        old = fetch(session, Attachment, replaces, "attachment", "lampiran")
        if (old.owner_type, old.owner_id) != (owner_type, owner_id):
            raise ValidationError(
                [
                    Problem(
                        "replaces",
                        f"document {replaces} belongs to another record",
                        f"dokumen {replaces} milik data lain",
                    )
                ]
            )
        current = session.scalar(select(Attachment).where(Attachment.slot == old.slot, Attachment.is_current))
        return old.slot, current
    if kind in ONE_PER_RECORD:
        current = session.scalar(
            select(Attachment)
            .where(
                Attachment.owner_type == owner_type,
                Attachment.owner_id == owner_id,
                Attachment.kind == kind,
                Attachment.is_current,
            )
            .order_by(Attachment.id.desc())
            .limit(1)
        )
        if current is not None:
            return current.slot, current
    return new_gid(), None


@dataclass(frozen=True)
class AddedDocument:
    id: int
    version: int
    sha256: str
    info: DocumentInfo


def _store_in_session(
    ctx: ServiceContext,
    session: Session,
    store: DocumentStore,
    staged: StagedFile,
    owner_type: str,
    owner_id: int,
    kind: DocumentKind | str,
    name: str,
    note: str | None,
    version: int | None,
    replaces: int | None,
    finishes: list[Finish],
) -> Attachment:
    """Store ``staged`` for its owner inside ``session``'s transaction (as the newest version of its document
    where it is one); returns the new row. What to do when the transaction ends is added to ``finishes`` as
    soon as the content is stored (before the row is flushed, which may fail)."""
    problem = _owner_problem(session, owner_type, owner_id)
    if problem is not None:
        raise ValidationError([problem])
    kind_value = DocumentKind(kind)
    slot, current = _slot_for(session, owner_type, owner_id, kind_value, replaces)
    if current is not None and current.sha256 == staged.sha256:
        raise UserError(
            f"'{name}' is already stored as version {current.version} of this document.",
            f"'{name}' sudah tersimpan sebagai versi {current.version} dokumen ini.",
        )
    if version is None:
        last = session.scalar(select(func.max(Attachment.version)).where(Attachment.slot == slot))
        version = (last or 0) + 1
    if current is not None:
        session.execute(update(Attachment).where(Attachment.slot == slot).values(is_current=False))
    _lock_hash(session, staged.sha256)
    finish = store.put(session, staged)
    if finish is not None:
        finishes.append(finish)
    row = Attachment(
        owner_type=owner_type,
        owner_id=owner_id,
        kind=kind_value,
        file_name=name,
        size=staged.size,
        sha256=staged.sha256,
        stored_name=relative_name(staged.sha256),
        version=version,
        added_by=ctx.actor.login,
        note=clean(note),
        slot=slot,
        is_current=True,
    )
    session.add(row)
    session.flush()
    return row


def add_document(
    ctx: ServiceContext,
    owner_type: str,
    owner_id: int,
    kind: DocumentKind | str,
    source_path: str | Path,
    note: str | None = None,
    version: int | None = None,
    *,
    replaces: int | None = None,
    file_name: str | None = None,
) -> AddedDocument:
    """Check ``source_path`` and store it for its owner (as the newest version of its document where it is
    one); ``file_name`` is the name shown (default: the file's own)."""
    source = Path(source_path)
    _check_input(kind, source, version)
    name = file_name or source.name
    limit = size_limit_mb(ctx)
    check_size(name, source.stat().st_size, limit)
    store = document_store(ctx.database)
    finishes: list[Finish] = []
    committed = False
    try:
        with store.staged(source) as staged:
            info = inspect_document(staged.path, name, staged.size, limit)
            with writing(ctx) as session:
                row = _store_in_session(
                    ctx, session, store, staged, owner_type, owner_id, kind, name, note, version, replaces, finishes
                )
                added = AddedDocument(row.id, row.version or 1, staged.sha256, info)
            committed = True
    except OSError as exc:
        raise UserError(
            f"Cannot read {source}: {exc.strerror or exc}.", f"Tidak dapat membaca {source}: {exc.strerror or exc}."
        ) from None
    finally:
        for finish in finishes:
            finish(committed)
    return added


def add_attachment(
    ctx: ServiceContext,
    owner_type: str,
    owner_id: int,
    kind: DocumentKind | str,
    source_path: str | Path,
    note: str | None = None,
    version: int | None = None,
    *,
    replaces: int | None = None,
) -> int:
    """Check ``source_path``, store it and record it for its owner; return the new row's id."""
    return add_document(ctx, owner_type, owner_id, kind, source_path, note, version, replaces=replaces).id


class AttachmentStage:
    """Attachments added inside the caller's own transaction (see :func:`staged_attachments`)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._store = document_store(ctx.database)
        self._finishes: list[Finish] = []

    def add(
        self,
        session: Session,
        owner_type: str,
        owner_id: int,
        kind: DocumentKind | str,
        file_name: str,
        data: bytes,
        *,
        note: str | None = None,
        version: int | None = None,
    ) -> int:
        """Store ``data`` as the owner's document named ``file_name`` in ``session``'s transaction (the newest
        version of its document where it is one); the new row's id. Should the transaction not commit, the
        stage takes the stored content away again (unless a committed row holds the same content)."""
        checker = Checker()
        checker.enum("kind", kind, DocumentKind)
        if version is not None:
            checker.range("version", version, 1, 10_000)
        if not file_name or len(file_name) > FILE_NAME_LENGTH:
            checker.add(
                "file",
                f"the file name is empty or too long (at most {FILE_NAME_LENGTH} characters)",
                f"nama berkas kosong atau terlalu panjang (paling banyak {FILE_NAME_LENGTH} karakter)",
            )
        checker.raise_if_any()
        with tempfile.TemporaryDirectory(prefix="secretariat-stage-") as folder:
            source = Path(folder) / "document"
            source.write_bytes(data)
            with self._store.staged(source) as staged:
                row = _store_in_session(
                    self._ctx,
                    session,
                    self._store,
                    staged,
                    owner_type,
                    owner_id,
                    kind,
                    file_name,
                    note,
                    version,
                    None,
                    self._finishes,
                )
        return row.id

    def end(self, committed: bool) -> None:
        for finish in self._finishes:
            finish(committed)
        self._finishes.clear()


@contextmanager
def staged_attachments(ctx: ServiceContext) -> Iterator[AttachmentStage]:
    """Add attachments within one's own write transaction; wrap the whole transaction in this block::

        with staged_attachments(ctx) as stage, writing(ctx) as session:
            ...
            stage.add(session, "agreement", agreement_id, DocumentKind.DRAFT, "x.pdf", pdf, version=3)

    A failure anywhere in the block (the commit included) leaves no stored content behind that no row uses.
    """
    stage = AttachmentStage(ctx)
    try:
        yield stage
    except BaseException:
        stage.end(False)
        raise
    stage.end(True)


# --- reading ------------------------------------------------------------------------------------------------------


def list_attachments(
    ctx: ServiceContext, owner_type: str, owner_id: int, *, all_versions: bool = False
) -> list[AttachmentView]:
    """The owner's documents (their current versions, or every version), newest first."""
    with reading(ctx) as session:
        query = select(Attachment).where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id)
        if not all_versions:
            query = query.where(Attachment.is_current)
        rows = session.scalars(query.order_by(Attachment.created_at.desc(), Attachment.id.desc()))
        return [_view(row) for row in rows]


def list_versions(ctx: ServiceContext, attachment_id: int) -> list[AttachmentView]:
    """Every version of the document ``attachment_id`` is a version of, newest first."""
    with reading(ctx) as session:
        row = fetch(session, Attachment, attachment_id, "attachment", "lampiran")
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.slot == row.slot)
            .order_by(Attachment.version.desc(), Attachment.id.desc())
        )
        return [_view(r) for r in rows]


def get_attachment(ctx: ServiceContext, attachment_id: int) -> AttachmentView:
    with reading(ctx) as session:
        return _view(fetch(session, Attachment, attachment_id, "attachment", "lampiran"))


def _altered(name: str, where: str) -> UserError:
    return UserError(
        f"The stored copy of '{name}' was altered (it no longer matches its SHA-256) in {where}; "
        "restore it from a backup or attach the file again.",
        f"Salinan tersimpan '{name}' telah berubah (tidak cocok lagi dengan SHA-256-nya) di {where}; "
        "pulihkan dari cadangan atau lampirkan berkasnya lagi.",
    )


def _missing(name: str, where: str) -> NotFoundError:
    return NotFoundError(
        f"The stored copy of '{name}' is missing from {where}.",
        f"Salinan tersimpan '{name}' tidak ada di {where}.",
    )


def read_attachment(ctx: ServiceContext, attachment_id: int) -> bytes:
    """The whole content of a document, checked against its SHA-256 (refused when missing or altered)."""
    view = get_attachment(ctx, attachment_id)
    store = document_store(ctx.database)
    try:
        data = store.read_all(view.sha256)
    except ContentMissingError:
        raise _missing(view.file_name, store.describe()) from None
    if hashlib.sha256(data).hexdigest() != view.sha256:
        raise _altered(view.file_name, store.describe())
    return data


def attachment_chunks(ctx: ServiceContext, attachment_id: int) -> Iterator[bytes]:
    """The content of a document in pieces (not checked: see :func:`export_attachment`)."""
    view = get_attachment(ctx, attachment_id)
    store = document_store(ctx.database)
    try:
        yield from store.read(view.sha256)
    except ContentMissingError:
        raise _missing(view.file_name, store.describe()) from None


def _safe_name(name: str) -> str:
    cleaned = Path(name.replace("\\", "/")).name.strip().strip(".")
    return cleaned or "document"


def export_attachment(ctx: ServiceContext, attachment_id: int, folder: str | Path, name: str | None = None) -> Path:
    """Copy a document into ``folder`` under its own name (or ``name``), checked against its SHA-256 while it is
    written; an altered or missing copy is refused and nothing is left behind. Returns the copy."""
    view = get_attachment(ctx, attachment_id)
    store = document_store(ctx.database)
    target_folder = Path(folder)
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / _safe_name(name or view.file_name)
    handle, partial_name = tempfile.mkstemp(dir=target_folder, prefix=".partial-")
    partial = Path(partial_name)
    try:
        os.close(handle)
        try:
            actual = store.copy_to(view.sha256, partial)
        except ContentMissingError:
            raise _missing(view.file_name, store.describe()) from None
        if actual != view.sha256:
            raise _altered(view.file_name, store.describe())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def save_attachment_as(ctx: ServiceContext, attachment_id: int, target: str | Path) -> Path:
    """Save a copy of a document at ``target`` (a full file path), checked like :func:`export_attachment`."""
    path = Path(target)
    return export_attachment(ctx, attachment_id, path.parent, path.name)


# --- removing -----------------------------------------------------------------------------------------------------


def delete_attachment(ctx: ServiceContext, attachment_id: int) -> None:
    """Remove one version; the stored content goes too when no other row of this database uses it. When the
    current version goes, the previous one becomes current."""
    store = document_store(ctx.database)
    finish: Finish | None = None
    committed = False
    try:
        with writing(ctx) as session:
            row = fetch(session, Attachment, attachment_id, "attachment", "lampiran")
            _lock_hash(session, row.sha256)
            sha256, slot, was_current = row.sha256, row.slot, row.is_current
            session.delete(row)
            session.flush()
            if was_current:
                previous = session.scalar(
                    select(Attachment)
                    .where(Attachment.slot == slot)
                    .order_by(Attachment.version.desc(), Attachment.id.desc())
                    .limit(1)
                )
                if previous is not None:
                    previous.is_current = True
            if _users_of(session, sha256) == 0:
                finish = store.take_away(session, sha256)
        committed = True
    finally:
        if finish is not None:
            finish(committed)


# --- checking -----------------------------------------------------------------------------------------------------


def verify_attachment(ctx: ServiceContext, attachment_id: int) -> AttachmentCheck:
    """Recompute the SHA-256 of the stored copy and compare it with the one recorded."""
    view = get_attachment(ctx, attachment_id)
    store = document_store(ctx.database)
    return AttachmentCheck(
        attachment_id=attachment_id,
        file_name=view.file_name,
        expected_sha256=view.sha256,
        actual_sha256=store.actual_sha256(view.sha256),
        where=store.describe(),
        owner_type=view.owner_type,
        owner_id=view.owner_id,
    )


def verify_database_documents(database: Database, store: DocumentStore | None = None) -> list[AttachmentCheck]:
    """Check every stored content once; return the check of every row that refers to one."""
    store = store or document_store(database)
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(
                Attachment.id, Attachment.sha256, Attachment.file_name, Attachment.owner_type, Attachment.owner_id
            ).order_by(Attachment.id)
        ).all()
    actual: dict[str, str | None] = {}
    checks = []
    for attachment_id, sha256, file_name, owner_type, owner_id in rows:
        if sha256 not in actual:
            actual[sha256] = store.actual_sha256(sha256)
        checks.append(
            AttachmentCheck(
                attachment_id=attachment_id,
                file_name=file_name,
                expected_sha256=sha256,
                actual_sha256=actual[sha256],
                where=store.describe(),
                owner_type=owner_type,
                owner_id=owner_id,
            )
        )
    return checks


def verify_all_attachments(ctx: ServiceContext) -> list[AttachmentCheck]:
    """Check every stored content once; return the check of every row."""
    return verify_database_documents(ctx.database)


def attachment_count(owner_type: str, owner_id: int) -> Select[int]:
    """A count query for ``services.common.refuse_if_dependants`` (owners' delete checks)."""
    return (
        select(func.count())
        .select_from(Attachment)
        .where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id)
    )


# --- naming a record -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordRef:
    owner_type: str
    owner_id: int
    label: str  # "agreement 001/KS/2026"


def find_record(ctx: ServiceContext, reference: str) -> RecordRef:
    """The record named by an agreement number, a partner code, a delegation code or a global id."""
    wanted = reference.strip()
    if not wanted:
        raise UserError("Name a record.", "Sebutkan datanya.")
    with reading(ctx) as session:
        candidates: list[RecordRef] = []
        for owner_type, model in OWNER_MODELS.items():
            row = session.scalar(select(model).where(model.gid == wanted))  # type: ignore[attr-defined]  # every owner model has a gid; OWNER_MODELS is typed by the declarative base
            if row is not None:
                return RecordRef(owner_type, row.id, f"{owner_type.replace('_', ' ')} {wanted}")
        agreement = session.scalar(select(Agreement).where(Agreement.number == wanted))
        if agreement is not None:
            candidates.append(RecordRef("agreement", agreement.id, f"agreement {wanted}"))
        partner = session.scalar(select(Partner).where(func.upper(Partner.code) == wanted.upper()))
        if partner is not None:
            candidates.append(RecordRef("partner", partner.id, f"partner {partner.code}"))
        delegation = session.scalar(select(Delegation).where(func.upper(Delegation.code) == wanted.upper()))
        if delegation is not None:
            candidates.append(RecordRef("delegation", delegation.id, f"delegation {delegation.code}"))
    if not candidates:
        raise NotFoundError(
            f"There is no agreement number, partner code, delegation code or global id '{wanted}'.",
            f"Tidak ada nomor perjanjian, kode mitra, kode delegasi atau id global '{wanted}'.",
        )
    if len(candidates) > 1:
        names = ", ".join(c.label for c in candidates)
        raise UserError(
            f"'{wanted}' names more than one record ({names}); give its global id.",
            f"'{wanted}' menunjuk lebih dari satu data ({names}); berikan id globalnya.",
        )
    return candidates[0]


__all__ = [
    "ONE_PER_RECORD",
    "OWNER_MODELS",
    "AddedDocument",
    "AttachmentCheck",
    "AttachmentView",
    "RecordRef",
    "add_attachment",
    "add_document",
    "attachment_chunks",
    "attachment_count",
    "attachments_dir",
    "delete_attachment",
    "export_attachment",
    "find_record",
    "get_attachment",
    "list_attachments",
    "list_versions",
    "read_attachment",
    "save_attachment_as",
    "set_size_limit_mb",
    "size_limit_mb",
    "verify_all_attachments",
    "verify_attachment",
    "verify_database_documents",
]
