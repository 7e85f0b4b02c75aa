"""Reference numbers: consecutive, never repeated, given back on rollback, reset yearly; on both back ends."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.errors import UserError
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.numbering import issue_number, next_number, peek_next_number
from secretariat.storage.models import AuditEntry, NumberSequence, OfficeProfile

ON = date(2026, 3, 5)  # March: roman month III


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _set_pattern(database, series: str, pattern: str) -> None:
    with database.sessions() as session, session.begin():
        profile = session.scalar(select(OfficeProfile))
        setattr(profile, f"{series}_pattern", pattern)


def test_two_hundred_numbers_in_a_row_are_consecutive_and_unique(ctx: ServiceContext) -> None:
    numbers = [issue_number(ctx, "letter", ON) for _ in range(200)]
    assert numbers == [f"{i:03d}/BKS/III/2026" for i in range(1, 201)]
    assert len(set(numbers)) == 200


def test_numbers_issued_inside_one_transaction_follow_each_other(ctx: ServiceContext) -> None:
    with writing(ctx) as session:
        first = next_number(session, "agreement", ON)
        second = next_number(session, "agreement", ON)
    assert (first, second) == ("001/KS/2026", "002/KS/2026")


def test_a_rolled_back_transaction_does_not_consume_a_number(ctx: ServiceContext) -> None:
    assert issue_number(ctx, "delegation", ON) == "DLG-2026-001"
    with pytest.raises(RuntimeError), writing(ctx) as session:
        assert next_number(session, "delegation", ON) == "DLG-2026-002"
        raise RuntimeError("the action failed after taking its number")
    assert issue_number(ctx, "delegation", ON) == "DLG-2026-002"


def test_a_rolled_back_first_number_of_a_year_leaves_no_counter(ctx: ServiceContext) -> None:
    with pytest.raises(RuntimeError), writing(ctx) as session:
        next_number(session, "letter", date(2031, 1, 2))
        raise RuntimeError("failed")
    with ctx.database.sessions() as session:
        assert session.scalar(select(NumberSequence).where(NumberSequence.year == 2031)) is None
    assert issue_number(ctx, "letter", date(2031, 1, 2)) == "001/BKS/I/2031"


def test_series_with_a_year_restart_every_year_and_keep_each_year_apart(ctx: ServiceContext) -> None:
    assert issue_number(ctx, "agreement", date(2026, 12, 30)) == "001/KS/2026"
    assert issue_number(ctx, "agreement", date(2026, 12, 31)) == "002/KS/2026"
    assert issue_number(ctx, "agreement", date(2027, 1, 1)) == "001/KS/2027"
    # A late registration dated in the old year continues the old year's series.
    assert issue_number(ctx, "agreement", date(2026, 12, 31)) == "003/KS/2026"
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(NumberSequence.year, NumberSequence.last_value)
            .where(NumberSequence.series == "agreement")
            .order_by(NumberSequence.year)
        ).all()
    assert [tuple(r) for r in rows] == [(2026, 3), (2027, 1)]


def test_a_pattern_without_year_never_resets(ctx: ServiceContext) -> None:
    _set_pattern(ctx.database, "letter", "SURAT-{seq:05d}")
    assert issue_number(ctx, "letter", date(2026, 12, 31)) == "SURAT-00001"
    assert issue_number(ctx, "letter", date(2027, 1, 1)) == "SURAT-00002"
    with ctx.database.sessions() as session:
        row = session.scalar(select(NumberSequence).where(NumberSequence.series == "letter"))
        assert (row.year, row.last_value) == (0, 2)


def test_series_are_independent(ctx: ServiceContext) -> None:
    assert issue_number(ctx, "letter", ON) == "001/BKS/III/2026"
    assert issue_number(ctx, "agreement", ON) == "001/KS/2026"
    assert issue_number(ctx, "letter", ON) == "002/BKS/III/2026"


def test_peek_shows_the_next_number_without_taking_it(ctx: ServiceContext) -> None:
    assert peek_next_number(ctx, "letter", ON) == "001/BKS/III/2026"
    assert peek_next_number(ctx, "letter", ON) == "001/BKS/III/2026"
    assert issue_number(ctx, "letter", ON) == "001/BKS/III/2026"
    assert peek_next_number(ctx, "letter", ON) == "002/BKS/III/2026"


def test_an_unknown_series_is_refused_with_the_known_ones(ctx: ServiceContext) -> None:
    with pytest.raises(UserError, match=r"invoice.*agreement, delegation, letter"):
        issue_number(ctx, "invoice", ON)


def test_issuing_is_audited(ctx: ServiceContext) -> None:
    issue_number(ctx, "letter", ON)
    issue_number(ctx, "letter", ON)
    with ctx.database.sessions() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.user_login)
            .where(AuditEntry.entity == "number_sequence")
            .order_by(AuditEntry.id)
        ).all()
    # The first number creates the counter (at 0) and advances it; the second advances it again.
    assert [tuple(e) for e in entries] == [("create", "clerk1"), ("update", "clerk1"), ("update", "clerk1")]


def test_workstations_issuing_at_the_same_time_never_share_a_number(ctx: ServiceContext) -> None:
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            for _ in range(15):
                number = issue_number(ctx, "agreement", ON)
                with lock:
                    results.append(number)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sorted(results) == [f"{i:03d}/KS/2026" for i in range(1, 61)]


@pytest.mark.postgres
def test_postgres_two_transactions_creating_the_first_number_of_a_year(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second creator of a year's counter hits the unique constraint, then uses the first one's row."""
    from secretariat.services import numbering
    from secretariat.storage.migrate import open_database

    looks: list[int] = []
    original = numbering._locked_row

    def counting(session, series, year):
        looks.append(year)
        return original(session, series, year)

    monkeypatch.setattr(numbering, "_locked_row", counting)
    database = open_database(pg_url)
    try:
        ctx = open_context(database, "clerk1")
        with database.sessions() as first:
            first.begin()
            first.add(NumberSequence(series="letter", year=2030, last_value=5))
            first.flush()  # inserted, not yet committed: the second insert must wait for it

            outcome: list[object] = []
            other = threading.Thread(target=lambda: outcome.append(issue_number(ctx, "letter", date(2030, 2, 1))))
            other.start()
            time.sleep(1.0)
            assert other.is_alive(), "the second transaction should wait on the uncommitted counter"
            first.commit()
            other.join(timeout=60)
        assert outcome == ["006/BKS/II/2030"]
        assert looks == [2030, 2030]  # absent, insert refused by the unique constraint, found and locked
        with database.sessions() as session:
            rows = session.scalars(select(NumberSequence).where(NumberSequence.year == 2030)).all()
            assert [(r.series, r.last_value) for r in rows] == [("letter", 6)]
    finally:
        database.dispose()
