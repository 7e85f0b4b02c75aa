"""Backups of a server database (PostgreSQL): ``pg_dump`` in its custom format, when it is installed.

The dump is written under a temporary name, checked by reading its table of contents back with
``pg_restore --list``, and renamed into place with a manifest, like a file backup; the documents the
database refers to are copied beside it. Without ``pg_dump`` on this computer the user is told the
command the server's administrator must run.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from secretariat.domain.errors import UserError
from secretariat.services.backups.store import document_store, referenced_documents_on_server
from secretariat.storage import backup_files
from secretariat.storage.backup_files import BackupManifest
from secretariat.storage.engine import Database
from secretariat.storage.location import data_dir
from secretariat.storage.migrate import schema_revision

__all__ = ["admin_command", "dump_server", "find_tool", "list_server_backups", "server_backups_folder"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
DUMP_TIMEOUT_S = 6 * 3600


def find_tool(name: str) -> str | None:
    """``pg_dump`` / ``pg_restore`` on the PATH, else in PostgreSQL's usual install folders (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", rf"C:\Program Files\PostgreSQL\*\bin\{name}.exe"]
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)), reverse=True)
    return candidates[0] if candidates else None


def _label(url: URL) -> str:
    return _UNSAFE.sub("_", f"{url.host or 'local'}-{url.port or 5432}-{url.database or 'default'}")


def server_backups_folder(database: Database) -> Path:
    """Where this workstation keeps the dumps of a server database."""
    return data_dir() / backup_files.BACKUP_FOLDER / _label(database.url)


def admin_command(url: URL, target: str | None = None) -> str:
    stamp = datetime.now().strftime("%Y%m%d")
    target = target or f"{url.database or 'secretariat'}-{stamp}.dump"
    parts = ["pg_dump", "--format=custom", f'--file="{target}"']
    if url.host:
        parts.append(f"--host={url.host}")
    parts.append(f"--port={url.port or 5432}")
    if url.username:
        parts.append(f"--username={url.username}")
    parts.append(str(url.database or ""))
    return " ".join(parts)


def _not_installed(url: URL, target: str | None) -> UserError:
    command = admin_command(url, target)
    return UserError(
        "pg_dump (PostgreSQL's backup program) is not installed on this computer, so the server database cannot "
        f"be backed up from here. The server's administrator must run: {command}",
        "pg_dump (program cadangan PostgreSQL) tidak terpasang di komputer ini, sehingga basis data server tidak "
        f"dapat dicadangkan dari sini. Administrator server harus menjalankan: {command}",
    )


def _environment(url: URL) -> dict[str, str]:
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    return environment


def _connection_arguments(url: URL) -> list[str]:
    arguments = [f"--port={url.port or 5432}"]
    if url.host:
        arguments.append(f"--host={url.host}")
    if url.username:
        arguments.append(f"--username={url.username}")
    arguments.append(f"--dbname={url.database or ''}")
    return arguments


def dump_server(database: Database, *, to: Path | None = None, now: datetime | None = None) -> BackupManifest:
    """``pg_dump`` the server database to ``to`` (else this workstation's folder for it), checked."""
    url = database.url
    made_at = now or datetime.now(UTC)
    if to is None:
        folder = server_backups_folder(database)
        name = f"{_label(url)}-{made_at.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}-manual.dump"
        target = folder / name
    else:
        target = to
        folder = target.parent
    pg_dump = find_tool("pg_dump")
    if pg_dump is None:
        raise _not_installed(url, str(to) if to else None)
    if target.exists():
        raise UserError(
            f"{target} already exists; a backup is never written over a file. Give a new file name.",
            f"{target} sudah ada; cadangan tidak pernah ditulis menimpa berkas. Berikan nama berkas baru.",
        )
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}-", suffix=".part")
    os.close(handle)
    partial = Path(name)
    try:
        result = subprocess.run(
            [pg_dump, "--format=custom", f"--file={partial}", *_connection_arguments(url)],
            env=_environment(url),
            capture_output=True,
            text=True,
            timeout=DUMP_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            first = reason[-1] if reason else f"exit code {result.returncode}"
            raise UserError(
                f"pg_dump could not back up the server database: {first}",
                f"pg_dump tidak dapat mencadangkan basis data server: {first}",
            )
        problems: list[str] = []
        pg_restore = find_tool("pg_restore")
        if pg_restore is not None:
            listed = subprocess.run(
                [pg_restore, "--list", str(partial)], capture_output=True, text=True, timeout=600, check=False
            )
            if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
                problems.append((listed.stderr or "pg_restore cannot read the dump").strip().splitlines()[0])
        kept, missing = backup_files.copy_documents(
            document_store(database), backup_files.documents_folder(folder), referenced_documents_on_server(database)
        )
        size = partial.stat().st_size
        digest = backup_files.sha256_of(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    manifest = BackupManifest(
        file=target.name,
        made_at=made_at.isoformat(),
        reason="server-dump",
        source=url.render_as_string(hide_password=True),
        schema=schema_revision(database),
        size=size,
        sha256=digest,
        problems=tuple(problems),
        documents=tuple(sorted(set(kept))),
        documents_missing=tuple(sorted(set(missing))),
        folder=str(folder),
    )
    backup_files.write_manifest(manifest, folder)
    return manifest


def list_server_backups(database: Database) -> list[BackupManifest]:
    return backup_files.list_backups(server_backups_folder(database))
