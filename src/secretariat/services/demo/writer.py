"""Bulk writing of the demo's rows: buffered per table, written in dependency order, ids assigned here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from secretariat.storage.models import (
    Account,
    Activity,
    Agreement,
    AgreementPartner,
    Assessment,
    Base,
    BudgetLine,
    Contact,
    Delegation,
    ExchangeRate,
    FiscalYear,
    Gift,
    Indicator,
    ItineraryItem,
    Member,
    Official,
    Partner,
    PartnerCondition,
    PerDiemRate,
    PermitStep,
    StageChange,
    Transaction,
    TravelCostRate,
    agreement_sector,
)

BATCH_ROWS = 10_000

# Dependency order: a table is written only after every table it refers to.


def _table(model: type[Base] | Table) -> Table:
    table = model if isinstance(model, Table) else model.__table__
    assert isinstance(table, Table)  # every model maps a table of its own
    return table


TABLES: tuple[Table, ...] = tuple(
    _table(model)
    for model in (
        Account,
        ExchangeRate,
        FiscalYear,
        Partner,
        Contact,
        PartnerCondition,
        Official,
        Agreement,
        AgreementPartner,
        agreement_sector,
        StageChange,
        Assessment,
        Delegation,
        Member,
        ItineraryItem,
        PermitStep,
        Gift,
        BudgetLine,
        Transaction,
        Activity,
        Indicator,
        PerDiemRate,
        TravelCostRate,
    )
)
BY_NAME = {t.name: t for t in TABLES}


class BulkWriter:
    """Buffers rows per table; writes every buffer, in dependency order, when one is full.

    Ids are given here (after the highest already used), so that rows can refer
    to each other before they are written; ``reset_postgres_sequences`` moves
    PostgreSQL's id sequences past them afterwards.
    """

    def __init__(self, session: Session, now: datetime, new_gid: Callable[[], str]) -> None:
        self.session = session
        self.now = now
        self.new_gid = new_gid
        self.buffers: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.counts: dict[str, int] = defaultdict(int)
        self.next_ids: dict[str, int] = {}
        for t in TABLES:
            if "id" in t.c:
                self.next_ids[t.name] = int(session.scalar(select(func.max(t.c.id))) or 0) + 1

    def new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        if "gid" in BY_NAME[table].c:
            row.setdefault("gid", self.new_gid())
            row.setdefault("created_at", self.now)
            row.setdefault("updated_at", self.now)
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= BATCH_ROWS:
            self.flush()
        return row

    def flush(self) -> None:
        for t in TABLES:
            rows = self.buffers[t.name]
            if rows:
                self.session.execute(insert(t), rows)
                self.counts[t.name] += len(rows)
                self.buffers[t.name] = []


def bulk_update(session: Session, table: Table, column_name: str, values: Iterable[tuple[int, str]]) -> None:
    """Set one column of many rows by id, in batches."""
    statement = update(table).where(table.c.id == bindparam("row_id")).values({column_name: bindparam("new_value")})
    batch: list[dict[str, Any]] = []
    for row_id, value in values:
        batch.append({"row_id": row_id, "new_value": value})
        if len(batch) >= BATCH_ROWS:
            session.connection().execute(statement, batch)
            batch = []
    if batch:
        session.connection().execute(statement, batch)


def reset_postgres_sequences(session: Session) -> None:
    """Move each id sequence past the ids the writer gave, so that later inserts get fresh ones."""
    for table in TABLES:
        if "id" not in table.c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT MAX(id) FROM {table.name})) WHERE EXISTS (SELECT 1 FROM {table.name})"
            )
        )
