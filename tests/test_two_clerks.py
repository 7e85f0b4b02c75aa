"""Two workstations at once, as two processes (tests/clerk_worker.py), on SQLite and PostgreSQL.

- Edit conflicts: the same field, different fields (the lost update of the issue), child rows.
- Readers during a long write: a process holds a writing transaction (an "import") for seconds; this
  process keeps reading without waiting and sees the state before the write; a write that meets the
  lock waits a bounded time and then says who holds the database, never "unexpected error".
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secretariat.domain.concurrency import DatabaseBusyError
from secretariat.domain.records import ContactData, PartnerData
from secretariat.services import registers
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners import records as partners

WORKER = Path(__file__).with_name("clerk_worker.py")
HOLD_SECONDS = 4.0


@pytest.fixture
def ctx(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(database, login="tester")


@pytest.fixture
def partner_id(ctx: ServiceContext) -> int:
    return partners.create_partner(
        ctx,
        PartnerData(
            code="JP-OSK",
            name="Osaka Prefecture",
            kind="regional_government",
            country_code="JP",
            city="Osaka",
            phone="+81 6 6941 0351",
        ),
    )


def target_of(ctx: ServiceContext) -> str:
    database = ctx.database
    return database.display_location if database.is_sqlite else database.url.render_as_string(hide_password=False)


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(path: Path, process: subprocess.Popen[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(f"the worker ended early: {process.communicate()}")
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)


def finish(process: subprocess.Popen[str]) -> dict[str, object]:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    return json.loads(out.strip().splitlines()[-1])


def two_edits(ctx: ServiceContext, sync: Path, kind: str, first: tuple[int, str, str], second: tuple[int, str, str]):  # type: ignore[no-untyped-def]
    """Ani and Budi load their records; Ani saves first, then Budi. Their JSON answers."""
    target = target_of(ctx)
    ani = start("edit", target, kind, str(first[0]), first[1], first[2], str(sync), "ani")
    budi = start("edit", target, kind, str(second[0]), second[1], second[2], str(sync), "budi")
    wait_for(sync / "ani.loaded", ani)
    wait_for(sync / "budi.loaded", budi)
    (sync / "ani.go").touch()
    ani_result = finish(ani)
    (sync / "budi.go").touch()
    return ani_result, finish(budi)


def test_same_field_two_processes(ctx: ServiceContext, partner_id: int, tmp_path: Path) -> None:
    ani, budi = two_edits(ctx, tmp_path, "partner", (partner_id, "city", "Sakai"), (partner_id, "city", "Kyoto"))
    assert ani["conflict"] == []
    assert budi["conflict"] == ["city"] and budi["mine_changed"] == ["city"] and budi["by"] == "ani"
    assert "City (yours: Kyoto; stored: Sakai)" in str(budi["message"])
    # Budi kept his own value (the window's default when both changed it): a new, audited change.
    assert partners.get_partner(ctx, partner_id).city == "Kyoto"


def test_different_fields_two_processes_lose_nothing(ctx: ServiceContext, partner_id: int, tmp_path: Path) -> None:
    ani, budi = two_edits(
        ctx, tmp_path, "partner", (partner_id, "city", "Sakai"), (partner_id, "phone", "+81 6 0000 0000")
    )
    assert ani["conflict"] == [] and budi["conflict"] == ["city"] and budi["mine_changed"] == []
    stored = partners.get_partner(ctx, partner_id)
    assert (stored.city, stored.phone) == ("Sakai", "+81 6 0000 0000")


def test_child_rows_conflict_per_row_two_processes(ctx: ServiceContext, partner_id: int, tmp_path: Path) -> None:
    first = partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Tanaka Yuki"))
    second = partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Sato Ken"))
    (tmp_path / "rows").mkdir()
    ani, budi = two_edits(
        ctx, tmp_path / "rows", "contact", (first, "phone", "+62 31 111 1111"), (second, "phone", "+62 31 222 2222")
    )
    assert ani["conflict"] == [] and budi["conflict"] == []  # two rows: no conflict at all
    (tmp_path / "same").mkdir()
    ani, budi = two_edits(
        ctx, tmp_path / "same", "contact", (first, "email", "a@example.jp"), (first, "email", "b@example.jp")
    )
    assert budi["conflict"] == ["email"]
    contacts = {c.id: c for c in partners.get_partner(ctx, partner_id).contacts}
    assert (contacts[first].phone, contacts[second].phone, contacts[first].email) == (
        "+62 31 111 1111",
        "+62 31 222 2222",
        "b@example.jp",
    )
    assert partners.get_partner(ctx, partner_id).row_version == 1  # the partner itself never changed


def test_readers_never_wait_for_a_long_write(ctx: ServiceContext, partner_id: int, tmp_path: Path) -> None:
    for n in range(30):
        partners.create_partner(
            ctx, PartnerData(code=f"JP-{n:03d}", name=f"Partner {n}", kind="business", country_code="JP", city="Osaka")
        )
    query = registers.RegisterQuery(search="osaka")
    expected = registers.find_ids(ctx, "partners", query)
    holder = start("hold", target_of(ctx), str(partner_id), str(HOLD_SECONDS), str(tmp_path))
    wait_for(tmp_path / "holding", holder)
    held_since = time.monotonic()

    # Reading while the import holds the database: every read answers at once, with the state before it.
    slowest = 0.0
    reads = 0
    while time.monotonic() - held_since < HOLD_SECONDS * 0.6:
        began = time.monotonic()
        assert registers.find_ids(ctx, "partners", query) == expected
        assert registers.count(ctx, "partners", query) == len(expected)
        assert partners.get_partner(ctx, partner_id).notes is None  # the import is not committed yet
        slowest = max(slowest, time.monotonic() - began)
        reads += 1
    assert reads >= 5 and slowest < 1.0, (reads, slowest)

    # Writing meets the lock (SQLite: the database; PostgreSQL: the partner's row): a bounded wait, then
    # a plain sentence naming who holds it.
    ctx.database.write_wait_seconds = 1.0
    view = partners.get_partner(ctx, partner_id)
    began = time.monotonic()
    with pytest.raises(DatabaseBusyError) as caught:
        partners.update_partner(ctx, partner_id, dataclasses.replace(view.to_data(), city="Kobe"), loaded=view)
    waited = time.monotonic() - began
    assert 0.9 <= waited < 5.0, waited
    message = caught.value.message("en")
    assert message.startswith("importer (") and "is importing a workbook (since " in message, message
    assert message.endswith("try again in a moment. Nothing was saved."), message
    assert "sedang mengimpor buku kerja" in caught.value.message("id")

    assert finish(holder) == {"committed": True}
    ctx.database.write_wait_seconds = 10.0
    assert partners.get_partner(ctx, partner_id).notes == "imported"
    # Once the import is done the same save goes through (on the version now stored).
    view = partners.get_partner(ctx, partner_id)
    partners.update_partner(ctx, partner_id, dataclasses.replace(view.to_data(), city="Kobe"), loaded=view)
    assert partners.get_partner(ctx, partner_id).city == "Kobe"
