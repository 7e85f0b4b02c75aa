"""Backups of a database on a PostgreSQL server (issue 11): ``pg_dump`` in its custom format, checked with
``pg_restore --list``, never written over a file, and restorable into an empty database with its rows and its
documents (stored inside the database, issue 14)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from tests.document_files import write_pdf

from secretariat.domain.errors import UserError
from secretariat.domain.records import PartnerData
from secretariat.services.attachments import add_attachment, read_attachment
from secretariat.services.backups.server import dump_server, find_tool
from secretariat.services.context import open_context
from secretariat.services.partners.records import create_partner
from secretariat.storage.migrate import open_database

pytestmark = pytest.mark.postgres


def test_a_server_database_is_dumped_checked_and_restorable(pg_migrated_url, postgres_server, tmp_path: Path) -> None:
    database = open_database(pg_migrated_url)
    try:
        ctx = open_context(database, "admin1")
        partner = create_partner(
            ctx, PartnerData(code="JP-OSK", name="Osaka Prefecture", kind="regional_government", country_code="JP")
        )
        letter = write_pdf(tmp_path / "surat.pdf", label="Surat minat")
        attachment = add_attachment(ctx, "partner", partner, "other", letter)
        target = tmp_path / "office.dump"
        manifest = dump_server(database, to=target)
        assert manifest.reason == "server-dump" and manifest.problems == ()
        assert manifest.size == target.stat().st_size
        assert manifest.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
        with pytest.raises(UserError, match="never written over a file"):
            dump_server(database, to=target)
    finally:
        database.dispose()

    pg_restore = find_tool("pg_restore")
    assert pg_restore is not None
    with postgres_server.connect() as connection:
        connection.execute('CREATE DATABASE "restored_dump"')
    restored = subprocess.run(
        [
            pg_restore,
            "--no-owner",
            "--no-privileges",
            f"--host={postgres_server.host}",
            f"--port={postgres_server.port}",
            f"--username={postgres_server.user}",
            "--dbname=restored_dump",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert restored.returncode == 0, restored.stderr
    copy = open_database(postgres_server.url("restored_dump"))
    try:
        ctx = open_context(copy, "admin1")
        from secretariat.services.partners.records import get_partner

        assert get_partner(ctx, partner).name == "Osaka Prefecture"
        assert read_attachment(ctx, attachment) == letter.read_bytes()  # the document came back with the rows
    finally:
        copy.dispose()
