"""A Partners sheet longer than one chunk of the import (2,000 rows are parsed and checked at a time).

The rows are read once and not kept: the rejected ones must still come back whole, in row order, for
the errors workbook, a row meeting a record an earlier chunk added must still be refused, and every
added row must still have its audit entry (the inserts and their audit entries are replayed from a
file on SQLite, see ``storage.sqlite_snapshot``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import func, select

from excel_testing import PARTNER_HEADERS, audit_count, count, write_workbook
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.excel.importer import ImportMode, import_workbook
from secretariat.storage.engine import Database
from secretariat.storage.models import AuditEntry, Partner

ROWS = 4_500  # three chunks


def _rows() -> list[list[object]]:
    rows: list[list[object]] = []
    for number in range(1, ROWS + 1):
        word = hashlib.sha256(str(number).encode()).hexdigest()[:12]
        rows.append([f"CH-{number:05d}", f"Lembaga {word}", "Pemerintah daerah asing", "Jepang", "Osaka"])
    rows[2_999][0] = "CH-00001"  # sheet row 3,001 (second chunk) meets the partner of sheet row 2
    rows[4_399][3] = "Frankreich"  # sheet row 4,401 (third chunk): not a country
    return rows


def test_rows_beyond_the_first_chunk_are_checked_and_the_rejected_ones_kept(
    sqlite_database: Database, tmp_path: Path
) -> None:
    ctx: ServiceContext = open_context(sqlite_database, login="tester")
    path = write_workbook(tmp_path / "long.xlsx", {"Mitra": [PARTNER_HEADERS, *_rows()]})
    before = audit_count(ctx)

    refused = import_workbook(ctx, path)  # all or nothing: two rejected rows stop it
    assert not refused.written and refused.rejected == 2
    assert sorted((p.row, p.column) for p in refused.problems) == [(3_001, None), (4_401, "D (Negara)")]
    assert count(ctx, Partner) == 0 and audit_count(ctx) == before

    report = import_workbook(ctx, path, mode=ImportMode.VALID_ONLY, language="en")
    assert report.written and (report.added, report.rejected) == (ROWS - 2, 2)
    (rejected,) = report.rejected_sheets
    assert [(number, cells[:4]) for number, cells, _reason in rejected.rows] == [
        (
            3_001,
            ("CH-00001", f"Lembaga {hashlib.sha256(b'3000').hexdigest()[:12]}", "Pemerintah daerah asing", "Jepang"),
        ),
        (
            4_401,
            (
                "CH-04400",
                f"Lembaga {hashlib.sha256(b'4400').hexdigest()[:12]}",
                "Pemerintah daerah asing",
                "Frankreich",
            ),
        ),
    ]
    assert "already on row 2" in rejected.rows[0][2]
    with reading(ctx) as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == ROWS - 2
        audited = session.scalar(
            select(func.count(func.distinct(AuditEntry.entity_id))).where(
                AuditEntry.entity == "partner", AuditEntry.action == "create"
            )
        )
        assert audited == ROWS - 2  # one audit entry per added partner, replayed whole
        assert session.scalar(select(Partner.name).where(Partner.code == "CH-04500")) == (
            f"Lembaga {hashlib.sha256(b'4500').hexdigest()[:12]}"
        )
