"""An import killed half-way (SIGKILL, as a crash or power cut) leaves the database exactly as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from excel_testing import PARTNER_HEADERS, write_workbook
from secretariat.documents.excel_export_writer import write_register
from secretariat.services.context import open_context
from secretariat.services.excel.importer import import_workbook
from secretariat.storage.migrate import open_database

PARTNERS = 6000

CHILD = textwrap.dedent("""
    import sys
    from secretariat.services.context import open_context
    from secretariat.services.excel.importer import import_workbook
    from secretariat.storage.migrate import open_database

    database = open_database(sys.argv[1])
    ctx = open_context(database, "tester")

    def progress(done, total, text):
        print(f"progress {done} {total} {text}", flush=True)

    import_workbook(ctx, sys.argv[2], progress=progress)
    print("finished", flush=True)
""")


def _snapshot(path: Path) -> dict[str, object]:
    connection = sqlite3.connect(path)
    try:
        tables = ("partner", "contact", "audit_entry")
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        counts["partners"] = connection.execute("SELECT group_concat(code || name, '|') FROM partner").fetchone()[0]
        counts["integrity"] = connection.execute("PRAGMA integrity_check").fetchone()[0]
        counts["fts"] = connection.execute("SELECT count(*) FROM partner_fts").fetchone()[0]
        return counts
    finally:
        connection.close()


@pytest.mark.slow
def test_an_import_killed_mid_way_leaves_no_partial_data(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path))
    ctx = open_context(database, "tester")
    first = import_workbook(
        ctx,
        write_workbook(
            tmp_path / "small.xlsx",
            {
                "Mitra": [
                    PARTNER_HEADERS,
                    ["JP-OSAKA", "Osaka Prefectural Government", "Pemerintah daerah asing", "JP", "Osaka"],
                ]
            },
        ),
    )
    assert first.written
    database.dispose()
    before = _snapshot(path)

    big = tmp_path / "big.xlsx"
    partners = [
        (
            None,
            f"BIG-{n:05d}",
            f"Partner number {n}",
            None,
            "business",
            None,
            "DE",
            "Berlin",
            None,
            None,
            None,
            None,
            None,
            "active",
            None,
            None,
            None,
        )
        for n in range(PARTNERS)
    ]
    contacts = [
        (None, f"BIG-{n:05d}", f"Contact {n}", None, None, None, None, None, None, None, None) for n in range(PARTNERS)
    ]
    write_register(big, {"partners": partners, "contacts": contacts}, only=("partners", "contacts"))

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: list[str] = []
    deadline = time.monotonic() + 300
    assert child.stdout is not None
    for line in child.stdout:
        seen.append(line.strip())
        # Contacts are read only after every new partner was inserted (uncommitted) into the database.
        if line.startswith("progress") and line.rstrip().endswith("Kontak"):
            os.kill(child.pid, signal.SIGKILL)
            break
        assert time.monotonic() < deadline, "the import never reached the contacts"
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, (seen[-5:], child.stderr.read() if child.stderr else "")
    assert "finished" not in seen

    after = _snapshot(path)
    assert after == before
    assert after["integrity"] == "ok"
    reopened = open_database(str(path))
    try:
        report = import_workbook(open_context(reopened, "tester"), big, dry_run=True)
        assert report.added == 2 * PARTNERS  # nothing of the killed import is there
    finally:
        reopened.dispose()
