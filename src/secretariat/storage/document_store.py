"""Each database's own document store: the contents of its documents, content-addressed by SHA-256.

Two kinds of store, chosen by the database (docs/documents.md says why):

* **SQLite**: a folder beside the database file, named after it (``office.sqlite3`` ->
  ``office.sqlite3.documents/``), holding each content once as ``ab/abcdef...`` (its SHA-256). It
  belongs to that database only: two databases in one folder never share it, and moving the file
  together with its folder keeps every document.
* **PostgreSQL**: inside the database, in ``document_content`` (one row per content) and
  ``document_chunk`` (the content cut in pieces of :data:`CHUNK_SIZE`), so that every workstation
  sees every document, the database's own backup (``pg_dump``) holds them, and adding or removing a
  document is part of the same transaction as its record. Chunks are written and read one at a time:
  a 100 MB scan never sits whole in memory.

Both are used through :class:`DocumentStore`, which the services obtain with :func:`document_store`.
:func:`document_store_location` tells a backup where the contents are that the database file does
not hold itself.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from secretariat.storage.engine import Database, sqlite_path
from secretariat.storage.location import data_dir
from secretariat.storage.models import Attachment, DocumentChunk, DocumentContent

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
STORE_SUFFIX = ".documents"
#: The folder every SQLite database of one folder used to share (before schema 0006).
LEGACY_FOLDER = "attachments"
_ADOPTED_MARKER = ".adopted-legacy-attachments"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

#: After the transaction: True when it was committed, False when it was rolled back.
Finish = Callable[[bool], None]


class ContentMissingError(Exception):
    """The store has no content with this SHA-256 (its file was removed, or it was never stored)."""


def relative_name(sha256: str) -> str:
    """Where a content sits in a folder store: ``ab/abcdef...``."""
    return f"{sha256[:2]}/{sha256}"


def document_store_location(database: Database) -> Path | None:
    """The folder holding the documents of a SQLite database (beside its file, named after it); None
    when the database keeps its documents inside itself (PostgreSQL), so its own backup holds them.

    A backup of a SQLite database copies this folder with the file (issue 11).
    """
    path = sqlite_path(database.url)
    if path is None:
        return None
    return path.with_name(path.name + STORE_SUFFIX)


def hash_file(path: Path) -> tuple[str, int]:
    """(SHA-256, size) of a file, read a chunk at a time."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class StagedFile:
    """A private copy of an incoming file, hashed while it was copied."""

    path: Path
    sha256: str
    size: int


def _copy_hashing(source: Path, target: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(CHUNK_SIZE):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest(), size


class DocumentStore:
    """What the services need of a store; see :class:`FolderStore` and :class:`DatabaseStore`."""

    #: Where the contents are outside the database (None: inside it).
    location: Path | None = None

    def describe(self) -> str:
        raise NotImplementedError

    def _staging_folder(self) -> Path:
        raise NotImplementedError

    @contextmanager
    def staged(self, source: Path) -> Iterator[StagedFile]:
        """A hashed private copy of ``source``, removed when the block ends (unless :meth:`put` took it)."""
        folder = self._staging_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix="incoming-")
        os.close(handle)
        temporary = Path(name)
        try:
            sha256, size = _copy_hashing(source, temporary)
            yield StagedFile(temporary, sha256, size)
        finally:
            temporary.unlink(missing_ok=True)

    def put(self, session: Session, staged: StagedFile) -> Finish | None:
        """Store the staged content inside ``session``'s transaction (once per SHA-256; a stored copy that
        no longer matches its hash is replaced). Returns what to do when the transaction ends, if anything."""
        raise NotImplementedError

    def take_away(self, session: Session, sha256: str) -> Finish | None:
        """Remove a content no record uses any more, inside ``session``'s transaction."""
        raise NotImplementedError

    def read(self, sha256: str) -> Iterator[bytes]:
        """The content in pieces, in order; :class:`ContentMissingError` when there is none."""
        raise NotImplementedError

    def contains(self, sha256: str) -> bool:
        raise NotImplementedError

    def actual_sha256(self, sha256: str) -> str | None:
        """The SHA-256 of what is stored under ``sha256`` now (None when nothing is)."""
        digest = hashlib.sha256()
        try:
            for chunk in self.read(sha256):
                digest.update(chunk)
        except ContentMissingError:
            return None
        return digest.hexdigest()

    def copy_to(self, sha256: str, target: Path) -> str:
        """Write the content to ``target``; returns the SHA-256 of what was written."""
        digest = hashlib.sha256()
        with target.open("wb") as writer:
            for chunk in self.read(sha256):
                digest.update(chunk)
                writer.write(chunk)
        return digest.hexdigest()

    def read_all(self, sha256: str) -> bytes:
        """The whole content (for the small documents a packet assembles page by page)."""
        return b"".join(self.read(sha256))


class FolderStore(DocumentStore):
    """Contents as files ``ab/abcdef...`` in a folder beside a SQLite database."""

    def __init__(self, folder: Path, database: Database) -> None:
        self.location = folder
        self.folder = folder
        self.database = database

    def describe(self) -> str:
        return str(self.folder)

    def path_of(self, sha256: str) -> Path:
        return self.folder / relative_name(sha256)

    def _staging_folder(self) -> Path:
        return self.folder / "tmp"  # in the store itself, so a staged file is moved into place atomically

    def put(self, session: Session, staged: StagedFile) -> Finish | None:
        target = self.path_of(staged.sha256)
        if target.is_file() and hash_file(target)[0] == staged.sha256:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged.path, target)

        def finish(committed: bool) -> None:
            if not committed:
                _remove_unless_used(self.database, staged.sha256, target)

        return finish

    def take_away(self, session: Session, sha256: str) -> Finish | None:
        stored = self.path_of(sha256)
        if not stored.exists():
            return None
        trash = self.folder / "tmp" / f"deleted-{uuid.uuid4().hex}"
        trash.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stored, trash)

        def finish(committed: bool) -> None:
            if committed:
                trash.unlink(missing_ok=True)
            else:  # the delete did not happen: put the file back
                os.replace(trash, stored)

        return finish

    def read(self, sha256: str) -> Iterator[bytes]:
        path = self.path_of(sha256)
        try:
            stream = path.open("rb")
        except FileNotFoundError:
            raise ContentMissingError(sha256) from None
        with stream:
            while chunk := stream.read(CHUNK_SIZE):
                yield chunk

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()


def _remove_unless_used(database: Database, sha256: str, path: Path) -> None:
    """After a failed add: remove the file it put in place unless a committed row uses the same content."""
    try:
        with database.engine.connect() as connection:
            used = connection.execute(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1)).first()
        if used is None:
            path.unlink(missing_ok=True)
    except Exception:
        log.warning("could not check whether %s is still used; left in place", path, exc_info=True)


class DatabaseStore(DocumentStore):
    """Contents in ``document_content`` / ``document_chunk`` of the database itself (PostgreSQL)."""

    location = None

    def __init__(self, database: Database) -> None:
        self.database = database

    def describe(self) -> str:
        return self.database.display_location

    def _staging_folder(self) -> Path:
        return Path(tempfile.gettempdir()) / "secretariat-staging"

    def put(self, session: Session, staged: StagedFile) -> Finish | None:
        existing = session.scalar(select(DocumentContent.sha256).where(DocumentContent.sha256 == staged.sha256))
        if existing is not None:
            return None
        connection = session.connection()
        connection.execute(
            insert(DocumentContent).values(
                sha256=staged.sha256, size=staged.size, chunk_count=-(-staged.size // CHUNK_SIZE)
            )
        )
        digest = hashlib.sha256()
        number = 0
        with staged.path.open("rb") as reader:
            while chunk := reader.read(CHUNK_SIZE):
                digest.update(chunk)
                connection.execute(insert(DocumentChunk).values(sha256=staged.sha256, number=number, data=chunk))
                number += 1
        if digest.hexdigest() != staged.sha256:  # the private copy changed under us: store nothing
            raise OSError(f"the staged copy {staged.path} changed while it was stored")
        return None

    def take_away(self, session: Session, sha256: str) -> Finish | None:
        connection = session.connection()
        connection.execute(delete(DocumentChunk).where(DocumentChunk.sha256 == sha256))
        connection.execute(delete(DocumentContent).where(DocumentContent.sha256 == sha256))
        return None

    def read(self, sha256: str) -> Iterator[bytes]:
        with self.database.engine.connect() as connection:
            count = connection.execute(
                select(DocumentContent.chunk_count).where(DocumentContent.sha256 == sha256)
            ).scalar()
            if count is None:
                raise ContentMissingError(sha256)
            # One chunk per query: the driver never holds more than one piece.
            for number in range(count):
                data = connection.execute(
                    select(DocumentChunk.data).where(DocumentChunk.sha256 == sha256, DocumentChunk.number == number)
                ).scalar()
                if data is None:
                    raise ContentMissingError(sha256)
                yield bytes(data)

    def contains(self, sha256: str) -> bool:
        with self.database.engine.connect() as connection:
            return (
                connection.execute(select(DocumentContent.sha256).where(DocumentContent.sha256 == sha256)).first()
                is not None
            )


def document_store(database: Database) -> DocumentStore:
    """The store of ``database``'s documents."""
    folder = document_store_location(database)
    return FolderStore(folder, database) if folder is not None else DatabaseStore(database)


# --- the shared folder of older versions ------------------------------------------------------------------


def legacy_folder(database: Database) -> Path:
    """Where versions before schema 0006 kept the documents of ``database``: ``attachments/`` beside a SQLite
    file (shared by every database of that folder), or a folder per database in this workstation's data
    folder for PostgreSQL (so each workstation held only the files added on it)."""
    path = sqlite_path(database.url)
    if path is not None:
        return path.parent / LEGACY_FOLDER
    url = database.url
    name = f"{url.host or 'local'}-{url.port or 5432}-{url.database or 'default'}"
    return data_dir() / LEGACY_FOLDER / _UNSAFE.sub("_", name)


def adopt_legacy_documents(database: Database) -> int:
    """Bring the files of the old shared folder that this database's records use into its own store.

    SQLite: each referenced file of ``attachments/`` is copied (checked against its SHA-256) into the
    database's folder; the old folder is left for the other databases that may share it, and a marker
    makes this happen once. PostgreSQL: each referenced file this workstation holds is stored in the
    database, and the old folder is renamed ``*.imported`` afterwards. Returns the number of contents
    brought in. Files that do not match their hash are left out (``check`` reports them as missing).
    """
    legacy = legacy_folder(database)
    if not legacy.is_dir():
        return 0
    store = document_store(database)
    if isinstance(store, FolderStore) and (store.folder / _ADOPTED_MARKER).exists():
        return 0
    with database.engine.connect() as connection:
        wanted = sorted({row[0] for row in connection.execute(select(Attachment.sha256))})
    adopted = 0
    for sha256 in wanted:
        if store.contains(sha256):
            continue
        source = legacy / relative_name(sha256)
        if not source.is_file() or hash_file(source)[0] != sha256:
            continue
        with store.staged(source) as staged, database.sessions() as session, session.begin():
            finish = store.put(session, staged)
        if finish is not None:
            finish(True)
        adopted += 1
    if isinstance(store, FolderStore):
        store.folder.mkdir(parents=True, exist_ok=True)
        (store.folder / _ADOPTED_MARKER).write_text(f"{legacy}\n", encoding="utf-8")
    else:
        try:
            legacy.rename(legacy.with_name(legacy.name + ".imported"))
        except OSError:
            log.warning("could not rename %s after importing its documents", legacy, exc_info=True)
    if adopted:
        log.info("brought %d document(s) from %s into %s", adopted, legacy, store.describe())
    return adopted


def copy_store(database: Database, target_folder: Path) -> Path | None:
    """Copy a SQLite database's document folder to ``target_folder`` (for a backup); returns the copy, or
    None when the database holds its documents itself."""
    folder = document_store_location(database)
    if folder is None or not folder.is_dir():
        return None
    target = target_folder / folder.name
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("tmp"), dirs_exist_ok=True)
    return target


__all__ = [
    "CHUNK_SIZE",
    "ContentMissingError",
    "DatabaseStore",
    "DocumentStore",
    "FolderStore",
    "StagedFile",
    "adopt_legacy_documents",
    "copy_store",
    "document_store",
    "document_store_location",
    "hash_file",
    "legacy_folder",
    "relative_name",
]
