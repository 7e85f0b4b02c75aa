"""Schema 0007: the released 0005 office file (the demo's records) gains the account groups, the travel-cost
table, the delegation's grade reason and the budget signatories; every existing row gets what it should."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from secretariat.services.budget.fiscal_years import get_year
from secretariat.services.context import open_context
from secretariat.storage.migrate import head_revision, open_database, schema_revision

pytestmark = pytest.mark.real_migrations

FROZEN_0005 = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_0005_file_gets_account_groups_and_empty_new_fields(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FROZEN_0005, path)
    accounts_before = rows(path, "SELECT code, name, active FROM account ORDER BY code")
    grades_before = rows(path, "SELECT code, per_diem_grade FROM delegation ORDER BY code")
    assert any(code.startswith("4.") for code, _n, _a in accounts_before)  # the demo's grant account

    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()
        # Revenue and spending apart in the upgraded demo: the grant lines are revenue now.
        ctx = open_context(db, "clerk1")
        year = max(y for (y,) in rows(path, "SELECT DISTINCT fiscal_year FROM budget_line"))
        totals = get_year(ctx, year).totals
    finally:
        db.dispose()

    sides = dict(rows(path, "SELECT code, side FROM account"))
    assert sides == {code: ("revenue" if code.startswith("4.") else "spending") for code, _n, _a in accounts_before}
    assert rows(path, "SELECT code, name, active FROM account ORDER BY code") == accounts_before
    assert rows(path, "SELECT count(*) FROM travel_cost_rate") == [(0,)]
    # a delegation that had one grade for all keeps it; no reason was recorded before
    assert rows(path, "SELECT code, per_diem_grade FROM delegation ORDER BY code") == grades_before
    assert rows(path, "SELECT count(*) FROM delegation WHERE per_diem_grade_reason IS NOT NULL") == [(0,)]
    profile = rows(
        path,
        "SELECT bureau_head_nip, finance_officer_name, finance_officer_title, finance_officer_nip FROM office_profile",
    )
    assert profile == [(None, None, None, None)]
    # the delegation search triggers are still there (plain ADD COLUMN, no table rebuild)
    triggers = rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='delegation' ORDER BY name")
    assert triggers == [("delegation_fts_ad",), ("delegation_fts_ai",), ("delegation_fts_au",)]
    # the year's figures: the grants counted as revenue received, never in the spending ceiling
    planned_spending = (
        rows(
            path,
            f"SELECT sum(planned_idr) FROM budget_line WHERE fiscal_year = {year} AND account_code LIKE '5.%'",
        )[0][0]
        or 0
    )
    target = (
        rows(path, f"SELECT sum(planned_idr) FROM budget_line WHERE fiscal_year = {year} AND account_code LIKE '4.%'")[
            0
        ][0]
        or 0
    )
    received = (
        rows(
            path,
            "SELECT sum(t.idr_amount) FROM budget_transaction t JOIN budget_line b ON b.id = t.budget_line_id "
            f"WHERE b.fiscal_year = {year} AND b.account_code LIKE '4.%'",
        )[0][0]
        or 0
    )
    assert totals.spending.planned_idr == planned_spending
    assert (totals.revenue.target_idr, totals.revenue.received_idr) == (target, received)
