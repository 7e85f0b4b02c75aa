"""Backups of a SQLite database on disk: how they are made, named, described, listed and checked.

A backup is three things side by side in one folder:

- ``<name>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3``: a copy of the database made with SQLite's online
  backup API (:func:`storage.sqlite_files.online_copy`), checked with ``PRAGMA integrity_check`` once
  written; the file appears under its name only once it is complete;
- ``<that file>.json``: its manifest (:class:`BackupManifest`): when and why it was made, of which
  database, the schema, size and SHA-256 of the file, the check's result, and the documents it needs;
- ``secretariat-documents/``: the documents' store of every backup in the folder, content-addressed
  like the database's own store (a document kept by several backups is stored once). The copies are
  checked against the SHA-256 the database records for them.

The automatic backups of a database file live in ``backups/`` beside it; ``secretariat backup --to``
puts one anywhere with the same layout. Nothing here knows the policy (when, how many are kept):
that is ``services.backups``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from secretariat.storage import sqlite_files

__all__ = [
    "BACKUP_FOLDER",
    "DOCUMENTS_FOLDER",
    "BackupManifest",
    "DocumentRef",
    "backup_file_name",
    "backups_folder",
    "documents_folder",
    "list_backups",
    "make_backup",
    "manifest_path",
    "newest_good_backup",
    "prune_documents",
    "read_manifest",
    "remove_backup",
    "restore_documents",
    "write_manifest",
]

BACKUP_FOLDER = "backups"
DOCUMENTS_FOLDER = "secretariat-documents"
MANIFEST_SUFFIX = ".json"
_CHUNK = 1024 * 1024
_STAMP = "%Y%m%d-%H%M%S"
_REASON = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True)
class DocumentRef:
    """A document the database refers to: its name in the store (``ab/abcd...``) and its SHA-256."""

    stored_name: str
    sha256: str


@dataclass(frozen=True)
class BackupManifest:
    """What a backup is; written beside it as JSON."""

    file: str  # the backup file's name (in the manifest's folder)
    made_at: str  # ISO 8601, UTC
    reason: str  # daily, manual, before-import, before-upgrade, before-restore, ...
    source: str  # the database file it copies
    schema: str | None
    size: int
    sha256: str
    problems: tuple[str, ...] = ()  # what SQLite's check reported (empty: sound)
    documents: tuple[str, ...] = ()  # stored names of the documents, in the folder's documents store
    documents_missing: tuple[str, ...] = ()  # referenced by the database but not in its store
    program: str = ""
    folder: str = field(default="", compare=False)  # where it was read from (not written)

    @property
    def path(self) -> Path:
        return Path(self.folder) / self.file

    @property
    def made(self) -> datetime:
        return datetime.fromisoformat(self.made_at)

    @property
    def ok(self) -> bool:
        """The file passed SQLite's check and every document it needs is kept."""
        return not self.problems and not self.documents_missing

    def check_text(self, language: str = "en") -> str:
        if self.problems:
            first = self.problems[0]
            return f"rusak: {first}" if language == "id" else f"damaged: {first}"
        if self.documents_missing:
            count = len(self.documents_missing)
            return f"{count} dokumen hilang" if language == "id" else f"{count} document(s) missing"
        return "baik" if language == "id" else "ok"


def backups_folder(database: Path) -> Path:
    """The folder of a database file's automatic backups: ``backups/`` beside it."""
    return database.parent / BACKUP_FOLDER


def documents_folder(backup_folder: Path) -> Path:
    return backup_folder / DOCUMENTS_FOLDER


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def backup_file_name(database: Path, made_at: datetime, reason: str) -> str:
    stamp = made_at.astimezone(UTC).strftime(_STAMP)
    return f"{database.stem}-{stamp}-{_REASON.sub('-', reason.lower())}{database.suffix or '.sqlite3'}"


def _fsync_folder(folder: Path) -> None:
    with suppress(OSError, AttributeError):  # not on Windows, where a rename is durable enough
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_manifest(manifest: BackupManifest, folder: Path) -> Path:
    """Write the manifest beside its backup, atomically."""
    target = folder / (manifest.file + MANIFEST_SUFFIX)
    data = asdict(manifest)
    data.pop("folder")
    handle, name = tempfile.mkstemp(dir=folder, prefix=".manifest-", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return target


def read_manifest(backup: Path) -> BackupManifest | None:
    """The manifest of ``backup``; None when it has none or it cannot be read."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        return BackupManifest(
            file=str(data["file"]),
            made_at=str(data["made_at"]),
            reason=str(data["reason"]),
            source=str(data["source"]),
            schema=data.get("schema"),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            problems=tuple(data.get("problems", ())),
            documents=tuple(data.get("documents", ())),
            documents_missing=tuple(data.get("documents_missing", ())),
            program=str(data.get("program", "")),
            folder=str(backup.parent),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(folder: Path, source: Path | None = None) -> list[BackupManifest]:
    """The backups in ``folder`` (of the database ``source`` only, when given), newest first.

    A backup whose file is gone, or whose file no longer has the size recorded, is listed as damaged.
    """
    if not folder.is_dir():
        return []
    found = []
    for manifest_file in folder.glob(f"*{MANIFEST_SUFFIX}"):
        backup = manifest_file.with_name(manifest_file.name[: -len(MANIFEST_SUFFIX)])
        manifest = read_manifest(backup)
        if manifest is None:
            continue
        if source is not None and Path(manifest.source) != source:
            continue
        try:
            size = backup.stat().st_size
        except OSError:
            manifest = _with_problem(manifest, "the backup file is missing")
        else:
            if size != manifest.size:
                manifest = _with_problem(manifest, f"the file is {size:,} bytes, not {manifest.size:,} as written")
        found.append(manifest)
    found.sort(key=lambda m: (m.made_at, m.file), reverse=True)
    return found


def _with_problem(manifest: BackupManifest, problem: str) -> BackupManifest:
    data = asdict(manifest)
    data["problems"] = (problem, *manifest.problems)
    return BackupManifest(**data)


def newest_good_backup(database: Path) -> BackupManifest | None:
    """The newest automatic backup of ``database`` whose check passed when it was written."""
    for manifest in list_backups(backups_folder(database), database):
        if manifest.ok:
            return manifest
    return None


# --- documents -------------------------------------------------------------------------------------------


def _copy_hashing(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".copy-", suffix=".part")
    try:
        with source.open("rb") as reader, os.fdopen(handle, "wb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_name(stored_name: str) -> bool:
    parts = Path(stored_name).parts
    return bool(parts) and not Path(stored_name).is_absolute() and ".." not in parts


def copy_documents(store: Path | None, target: Path, documents: Iterable[DocumentRef]) -> tuple[list[str], list[str]]:
    """Copy the documents from the database's ``store`` into a backup's documents folder ``target``.

    A document already there is kept (it was checked when it was copied). A copy is checked against
    the SHA-256 the database records; one that does not match, or is missing from the store, is not
    kept and is reported. Returns (names kept, names missing).
    """
    kept: list[str] = []
    missing: list[str] = []
    for document in documents:
        name = document.stored_name
        if not _safe_name(name):
            missing.append(name)
            continue
        destination = target / name
        if destination.is_file():
            kept.append(name)
            continue
        source = store / name if store is not None else None
        if source is None or not source.is_file():
            missing.append(name)
            continue
        try:
            digest = _copy_hashing(source, destination)
        except OSError:
            missing.append(name)
            continue
        if digest != document.sha256:
            destination.unlink(missing_ok=True)
            missing.append(name)
            continue
        kept.append(name)
    return kept, missing


def restore_documents(manifest: BackupManifest, store: Path) -> list[str]:
    """Put the documents a backup needs back into the database's ``store`` (those it lacks); return
    the names that could not be restored."""
    source = documents_folder(Path(manifest.folder))
    failed = []
    for name in manifest.documents:
        if not _safe_name(name):
            failed.append(name)
            continue
        destination = store / name
        if destination.is_file():
            continue
        origin = source / name
        try:
            digest = _copy_hashing(origin, destination)
        except OSError:
            failed.append(name)
            continue
        expected = Path(name).name
        if re.fullmatch(r"[0-9a-f]{64}", expected) and digest != expected:
            destination.unlink(missing_ok=True)
            failed.append(name)
    return failed


def prune_documents(folder: Path) -> int:
    """Remove from the folder's documents store what no backup of the folder needs; return how many."""
    store = documents_folder(folder)
    if not store.is_dir():
        return 0
    needed: set[str] = set()
    for manifest_file in folder.glob(f"*{MANIFEST_SUFFIX}"):
        manifest = read_manifest(manifest_file.with_name(manifest_file.name[: -len(MANIFEST_SUFFIX)]))
        if manifest is None:
            return 0  # a manifest that cannot be read might need anything: remove nothing
        needed.update(manifest.documents)
    removed = 0
    for path in store.rglob("*"):
        if path.is_file() and path.relative_to(store).as_posix() not in needed:
            with suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def remove_backup(manifest: BackupManifest) -> None:
    """Delete a backup file and its manifest (the manifest last, so a half-removed backup is still listed)."""
    manifest.path.unlink(missing_ok=True)
    manifest_path(manifest.path).unlink(missing_ok=True)


# --- making one -------------------------------------------------------------------------------------------


@contextmanager
def _partial(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder, removed unless it was renamed into place."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".part")
    os.close(handle)
    partial = Path(name)
    partial.unlink()  # SQLite makes the file itself
    try:
        yield partial
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)


def _schema_of(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


Progress = Callable[[int, int, str], None]
DocumentsOf = Callable[[sqlite3.Connection], list[DocumentRef]]


def make_backup(
    source: Path,
    target: Path,
    *,
    reason: str,
    store: Path | None,
    documents_of: DocumentsOf,
    program: str = "",
    progress: Progress | None = None,
    now: datetime | None = None,
    source_of_record: Path | None = None,
) -> BackupManifest:
    """Back up the live database file ``source`` to ``target`` (which must not exist) with its documents.

    ``source_of_record`` is the database the manifest names when ``source`` is a copy of it taken at
    one moment (an import works on such a copy; the backup before it is made from it).

    The copy is made under a temporary name in the target's folder, checked with ``integrity_check``,
    then renamed into place; the documents it refers to (``documents_of`` reads them from the copy)
    are copied from ``store`` into ``secretariat-documents/`` beside it; the manifest is written last.
    """
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    made_at = (now or datetime.now(UTC)).astimezone(UTC)

    def pages(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, "database")

    with _partial(target) as partial:
        sqlite_files.online_copy(source, partial, progress=pages)
        single = sqlite3.connect(partial)
        try:
            single.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, whatever the source's mode
        finally:
            single.close()
        if progress is not None:
            progress(0, 0, "check")
        connection = sqlite_files.connect_read_only(partial)
        try:
            problems = sqlite_files.check_file(partial, connection=connection)
            schema = _schema_of(connection)
            try:
                referenced = documents_of(connection) if not problems else []
            except sqlite3.Error as exc:
                referenced = []
                problems = [*problems, f"the documents cannot be read: {exc}"]
        finally:
            connection.close()
        if progress is not None:
            progress(0, len(referenced), "documents")
        kept, missing = copy_documents(store, documents_folder(folder), referenced)
        size = partial.stat().st_size
        digest = sha256_of(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if target.exists():
            raise FileExistsError(target)
        os.replace(partial, target)
    _fsync_folder(folder)
    manifest = BackupManifest(
        file=target.name,
        made_at=made_at.isoformat(),
        reason=reason,
        source=str(source_of_record or source),
        schema=schema,
        size=size,
        sha256=digest,
        problems=tuple(problems),
        documents=tuple(sorted(set(kept))),
        documents_missing=tuple(sorted(set(missing))),
        program=program,
        folder=str(folder),
    )
    write_manifest(manifest, folder)
    return manifest


def verify_backup(path: Path) -> tuple[list[str], str | None]:
    """Check a backup (or any SQLite file) again now: (SQLite's problems, schema revision)."""
    state = sqlite_files.examine(path)
    if state.kind is not sqlite_files.FileKind.SQLITE:
        return [f"{path.name} is not a SQLite database"], None
    connection = sqlite_files.connect_read_only(path)
    try:
        problems = sqlite_files.check_file(path, connection=connection)
        return problems, _schema_of(connection) if not problems else None
    finally:
        connection.close()


def copy_file(source: Path, target: Path) -> None:
    """Copy a closed file into place atomically (a temporary name in the target's folder, then a rename)."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".part")
    os.close(handle)
    try:
        shutil.copyfile(source, name)
        with open(name, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
