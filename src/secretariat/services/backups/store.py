"""Where a database's documents are, and which of them it refers to: what a backup must hold.

:func:`document_store` is the one place the backups learn the folder of the documents' store, so a
change of where documents live (one store per database) is followed here by itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from secretariat.services.attachments import attachments_dir
from secretariat.storage.backup_files import DocumentRef
from secretariat.storage.engine import Database

__all__ = ["document_store", "referenced_documents", "referenced_documents_on_server"]

_QUERY = "SELECT DISTINCT stored_name, sha256 FROM attachment WHERE stored_name IS NOT NULL"


def document_store(database: Database) -> Path | None:
    """The folder holding the documents of ``database`` (it may not exist yet)."""
    return attachments_dir(database)


def referenced_documents(connection: sqlite3.Connection) -> list[DocumentRef]:
    """The documents a SQLite database (a backup being made) refers to."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "attachment" not in tables:
        return []
    return [DocumentRef(str(name), str(digest)) for name, digest in connection.execute(_QUERY)]


def referenced_documents_on_server(database: Database) -> list[DocumentRef]:
    """The documents a server database refers to (none when it has no attachment table)."""
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text(_QUERY)).all()
    except SQLAlchemyError:
        return []
    return [DocumentRef(str(name), str(digest)) for name, digest in rows]
