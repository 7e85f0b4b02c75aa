"""Documents attached to agreements, delegations, partners and budget lines.

A file is copied into the program's attachments folder under the name of its
SHA-256 (``ab/abcdef...``): identical files are stored once, whatever their
names, and a copy can always be checked against the hash recorded with it.

Where the folder is (:func:`attachments_dir`):
- SQLite: ``attachments/`` beside the database file, so the file and its
  documents travel and are backed up together;
- PostgreSQL: ``<user data folder>/attachments/<server>-<port>-<database>/``,
  one folder per database, so that deleting a document of one database can
  never remove a file another database still uses.

A stored file is removed only when no attachment row uses its hash any more.
The file operations follow the database transaction: a file copied for an
action that is rolled back is removed again, and a file given up by a delete
is first set aside and only removed once the delete is committed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from secretariat.domain.enums import DocumentKind
from secretariat.domain.errors import NotFoundError, Problem, UserError, ValidationError
from secretariat.domain.validation import Checker, clean
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.engine import Database, sqlite_path
from secretariat.storage.location import data_dir
from secretariat.storage.models import Agreement, Attachment, BudgetLine, Delegation, Partner

FOLDER_NAME = "attachments"
OWNER_MODELS: dict[str, type] = {
    "agreement": Agreement,
    "delegation": Delegation,
    "partner": Partner,
    "budget_line": BudgetLine,
}
_OWNER_LABELS_ID = {
    "agreement": "perjanjian",
    "delegation": "delegasi",
    "partner": "mitra",
    "budget_line": "baris anggaran",
}
FILE_NAME_LENGTH = 300
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# --- where files live -------------------------------------------------------------------------------------


def attachments_dir(database: Database) -> Path:
    """The folder holding the attachments of ``database`` (created on first use by the writers)."""
    path = sqlite_path(database.url)
    if path is not None:
        return path.parent / FOLDER_NAME
    url = database.url
    name = f"{url.host or 'local'}-{url.port or 5432}-{url.database or 'default'}"
    return data_dir() / FOLDER_NAME / _UNSAFE.sub("_", name)


def _relative_name(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}"


def _sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copy_hashing(source: Path, target: Path) -> tuple[str, int]:
    """Copy ``source`` to ``target`` while hashing what is written; return (sha256, size)."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest(), size


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


@dataclass(frozen=True)
class AttachmentCheck:
    """The result of checking one stored file against the hash recorded for it."""

    attachment_id: int
    file_name: str
    expected_sha256: str
    actual_sha256: str | None  # None: the stored file is missing
    path: Path

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


# --- actions ----------------------------------------------------------------------------------------------------


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


@contextmanager
def _staged_copy(folder: Path, source: Path) -> Iterator[tuple[Path, str, int]]:
    """A hashed copy of ``source`` in the attachments folder's staging area, removed afterwards if unused."""
    staging = folder / "tmp"
    staging.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=staging, prefix="incoming-")
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            sha256, size = _copy_hashing(source, temporary)
        except OSError as exc:
            raise UserError(
                f"Cannot read {source}: {exc.strerror or exc}.", f"Tidak dapat membaca {source}: {exc.strerror or exc}."
            ) from None
        yield temporary, sha256, size
    finally:
        temporary.unlink(missing_ok=True)


def add_attachment(
    ctx: ServiceContext,
    owner_type: str,
    owner_id: int,
    kind: DocumentKind | str,
    source_path: str | Path,
    note: str | None = None,
    version: int | None = None,
) -> int:
    """Copy ``source_path`` into the attachments folder and record it for its owner; return the new id."""
    source = Path(source_path)
    _check_input(kind, source, version)
    folder = attachments_dir(ctx.database)
    created: Path | None = None
    with _staged_copy(folder, source) as (temporary, sha256, size):
        target = folder / _relative_name(sha256)
        try:
            with writing(ctx) as session:
                problem = _owner_problem(session, owner_type, owner_id)
                if problem is not None:
                    raise ValidationError([problem])
                _lock_hash(session, sha256)
                # A stored copy that no longer matches its hash is replaced by this good one.
                if not target.is_file() or _sha256_of(target)[0] != sha256:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(temporary, target)
                    created = target
                row = Attachment(
                    owner_type=owner_type,
                    owner_id=owner_id,
                    kind=DocumentKind(kind).value,
                    file_name=source.name,
                    size=size,
                    sha256=sha256,
                    stored_name=_relative_name(sha256),
                    version=version,
                    added_by=ctx.actor.login,
                    note=clean(note),
                )
                session.add(row)
                session.flush()
                attachment_id = row.id
        except BaseException:
            if created is not None:
                _remove_if_unused(ctx, sha256, created)
            raise
    return attachment_id


class AttachmentStage:
    """Attachments added inside the caller's own transaction (see :func:`staged_attachments`)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._created: list[tuple[str, Path]] = []

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
        """Store ``data`` as the owner's attachment named ``file_name`` in ``session``'s transaction; the new id.

        The file is written into the store before the row is flushed; should the transaction not commit, the
        stage removes it again (unless another committed row holds the same content).
        """
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
        problem = _owner_problem(session, owner_type, owner_id)
        if problem is not None:
            raise ValidationError([problem])
        sha256 = hashlib.sha256(data).hexdigest()
        folder = attachments_dir(self._ctx.database)
        target = folder / _relative_name(sha256)
        _lock_hash(session, sha256)
        if not target.is_file() or _sha256_of(target)[0] != sha256:
            staging = folder / "tmp"
            staging.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=staging, prefix="incoming-")
            temporary = Path(name)
            try:
                with os.fdopen(handle, "wb") as writer:
                    writer.write(data)
                    writer.flush()
                    os.fsync(writer.fileno())
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temporary, target)
            finally:
                temporary.unlink(missing_ok=True)
            self._created.append((sha256, target))
        row = Attachment(
            owner_type=owner_type,
            owner_id=owner_id,
            kind=DocumentKind(kind).value,
            file_name=file_name,
            size=len(data),
            sha256=sha256,
            stored_name=_relative_name(sha256),
            version=version,
            added_by=self._ctx.actor.login,
            note=clean(note),
        )
        session.add(row)
        session.flush()
        return row.id

    def undo(self) -> None:
        for sha256, path in self._created:
            _remove_if_unused(self._ctx, sha256, path)
        self._created.clear()


@contextmanager
def staged_attachments(ctx: ServiceContext) -> Iterator[AttachmentStage]:
    """Add attachments within one's own write transaction; wrap the whole transaction in this block::

        with staged_attachments(ctx) as stage:
            with writing(ctx) as session:
                ...
                stage.add(session, "agreement", agreement_id, DocumentKind.DRAFT, "x.pdf", pdf, version=3)

    A failure anywhere in the block (the commit included) leaves no stored file behind that no row uses.
    """
    stage = AttachmentStage(ctx)
    try:
        yield stage
    except BaseException:
        stage.undo()
        raise


def _remove_if_unused(ctx: ServiceContext, sha256: str, path: Path) -> None:
    """After a failed add: remove the file it stored unless a committed row uses the same content."""
    try:
        with writing(ctx) as session:
            _lock_hash(session, sha256)
            if _users_of(session, sha256) == 0:
                path.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - cleaning up must not hide the original error
        pass


def list_attachments(ctx: ServiceContext, owner_type: str, owner_id: int) -> list[AttachmentView]:
    """The owner's attachments, newest first."""
    with reading(ctx) as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id)
            .order_by(Attachment.created_at.desc(), Attachment.id.desc())
        )
        return [_view(row) for row in rows]


def get_attachment(ctx: ServiceContext, attachment_id: int) -> AttachmentView:
    with reading(ctx) as session:
        return _view(fetch(session, Attachment, attachment_id, "attachment", "lampiran"))


def attachment_path(ctx: ServiceContext, attachment_id: int) -> Path:
    """Where the stored copy is (named by its hash; use :func:`export_attachment` for a named copy)."""
    with reading(ctx) as session:
        row = fetch(session, Attachment, attachment_id, "attachment", "lampiran")
        path = attachments_dir(ctx.database) / row.stored_name
    if not path.is_file():
        raise NotFoundError(
            f"The stored file of attachment '{row.file_name}' is missing ({path}).",
            f"Berkas tersimpan untuk lampiran '{row.file_name}' tidak ada ({path}).",
        )
    return path


def export_attachment(ctx: ServiceContext, attachment_id: int, folder: str | Path) -> Path:
    """Copy an attachment into ``folder`` under its original name (for opening or sending); return the copy."""
    source = attachment_path(ctx, attachment_id)
    name = get_attachment(ctx, attachment_id).file_name
    target_folder = Path(folder)
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / Path(name).name
    shutil.copyfile(source, target)
    return target


def delete_attachment(ctx: ServiceContext, attachment_id: int) -> None:
    """Remove the record; the stored file goes too when no other record uses the same content."""
    folder = attachments_dir(ctx.database)
    set_aside: tuple[Path, Path] | None = None
    try:
        with writing(ctx) as session:
            row = fetch(session, Attachment, attachment_id, "attachment", "lampiran")
            _lock_hash(session, row.sha256)
            stored = folder / row.stored_name
            sha256 = row.sha256
            session.delete(row)
            session.flush()
            if _users_of(session, sha256) == 0 and stored.exists():
                trash = folder / "tmp" / f"deleted-{uuid.uuid4().hex}"
                trash.parent.mkdir(parents=True, exist_ok=True)
                os.replace(stored, trash)
                set_aside = (trash, stored)
    except BaseException:
        if set_aside is not None:  # the delete did not happen: put the file back
            trash, stored = set_aside
            os.replace(trash, stored)
        raise
    if set_aside is not None:
        set_aside[0].unlink(missing_ok=True)


def verify_attachment(ctx: ServiceContext, attachment_id: int) -> AttachmentCheck:
    """Recompute the SHA-256 of the stored copy and compare it with the one recorded."""
    with reading(ctx) as session:
        row = fetch(session, Attachment, attachment_id, "attachment", "lampiran")
        expected, stored_name, file_name = row.sha256, row.stored_name, row.file_name
    path = attachments_dir(ctx.database) / stored_name
    actual = _sha256_of(path)[0] if path.is_file() else None
    return AttachmentCheck(
        attachment_id=attachment_id, file_name=file_name, expected_sha256=expected, actual_sha256=actual, path=path
    )


def verify_all_attachments(ctx: ServiceContext) -> list[AttachmentCheck]:
    """Check every stored file once per content; return the check of every attachment row."""
    with reading(ctx) as session:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256, Attachment.stored_name, Attachment.file_name).order_by(
                Attachment.id
            )
        ).all()
    folder = attachments_dir(ctx.database)
    actual: dict[str, str | None] = {}
    checks = []
    for attachment_id, sha256, stored_name, file_name in rows:
        path = folder / stored_name
        if stored_name not in actual:
            actual[stored_name] = _sha256_of(path)[0] if path.is_file() else None
        checks.append(
            AttachmentCheck(
                attachment_id=attachment_id,
                file_name=file_name,
                expected_sha256=sha256,
                actual_sha256=actual[stored_name],
                path=path,
            )
        )
    return checks


def attachment_count(owner_type: str, owner_id: int) -> Select[tuple[int]]:
    """A count query for ``services.common.refuse_if_dependants`` (owners' delete checks)."""
    return (
        select(func.count())
        .select_from(Attachment)
        .where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id)
    )
