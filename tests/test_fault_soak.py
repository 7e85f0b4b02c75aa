"""Fault soak: two writers and a reader for a minute, each killed with SIGKILL at random moments and
started again, on SQLite and on PostgreSQL (tests/clerk_worker.py does the work).

Writer 1 changes partners' cities, writer 2 their phones, both on the same few partners so that
they meet all the time; an edit conflict is resolved as the window does (take the other's value of
the fields this writer did not change, save again). Every few rounds a writer adds a contact. The
reader searches and reads the registers throughout. At the end:

- every acknowledged write is present: each partner's city (phone) is the value writer 1 (2) last
  saw saved, or one it was saving when it was killed, never an older one (no update lost);
- every acknowledged contact exists;
- the integrity check passes;
- no process ever met an unexpected error (each writes one to its journal) or died by itself.

SECRETARIAT_SOAK_SECONDS sets the length (default 60 s per back end).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from secretariat.domain.records import PartnerData
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.partners import records as partners
from secretariat.storage.models import Contact, Partner

WORKER = Path(__file__).with_name("clerk_worker.py")
SOAK_SECONDS = float(os.environ.get("SECRETARIAT_SOAK_SECONDS", "60"))
PARTNERS = 4
FIELDS = {"w1": "city", "w2": "phone"}

_LINE = re.compile(r"^([0-9.]+) (try|ack|contact-try|contact-ack|conflict|busy|read|unexpected) ?(.*)$")


@dataclass
class WriterLog:
    last_ack: dict[int, str] = field(default_factory=dict)
    pending: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    acks: int = 0
    contacts_acked: set[str] = field(default_factory=set)
    conflicts: int = 0
    busy: int = 0


def _read_journal(path: Path) -> tuple[list[tuple[str, str]], int]:
    events, broken = [], 0
    if not path.exists():
        return events, broken
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found = _LINE.match(line)
        if found is None:
            broken += 1
            continue
        events.append((found.group(2), found.group(3)))
    return events, broken


def _writer_log(events: list[tuple[str, str]]) -> WriterLog:
    log = WriterLog()
    for kind, rest in events:
        if kind in ("try", "ack"):
            partner, value = rest.split(" ", 1)
            key = int(partner)
            if kind == "try":
                log.pending[key].append(value)
            else:
                log.last_ack[key] = value
                log.pending[key] = []
                log.acks += 1
        elif kind == "contact-ack":
            log.contacts_acked.add(rest)
        elif kind == "conflict":
            log.conflicts += 1
        elif kind == "busy":
            log.busy += 1
    return log


def _target(ctx: ServiceContext) -> str:
    database = ctx.database
    return database.display_location if database.is_sqlite else database.url.render_as_string(hide_password=False)


@pytest.mark.slow
@pytest.mark.timeout(SOAK_SECONDS + 240)
def test_two_writers_and_a_reader_killed_at_random_lose_nothing(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    initial: dict[int, tuple[str | None, str | None]] = {}
    for n in range(PARTNERS):
        partner_id = partners.create_partner(
            ctx,
            PartnerData(
                code=f"JP-{n:02d}",
                name=f"Osaka Prefecture {n}",
                kind="regional_government",
                country_code="JP",
                city="Osaka",
                phone=f"+81 6 0000 00{n:02d}",
            ),
        )
        initial[partner_id] = ("Osaka", f"+81 6 0000 00{n:02d}")
    target = _target(ctx)
    rng = random.Random(20261203)
    commands = {
        "w1": ["soak-writer", target, str(tmp_path / "w1.journal"), "1", FIELDS["w1"], "11"],
        "w2": ["soak-writer", target, str(tmp_path / "w2.journal"), "2", FIELDS["w2"], "22"],
        "reader": ["soak-reader", target, str(tmp_path / "reader.journal")],
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    journal_at_launch: dict[str, int] = {}
    stderr_files: list[Path] = []
    kills: dict[str, int] = defaultdict(int)
    died: list[str] = []

    def journal_size(name: str) -> int:
        path = Path(commands[name][2])
        return path.stat().st_size if path.exists() else 0

    def working(name: str) -> bool:
        """Started and at work (its journal grew since it was launched): a kill then hits real work."""
        return journal_size(name) > journal_at_launch[name]

    def launch(name: str) -> None:
        journal_at_launch[name] = journal_size(name)
        err = tmp_path / f"{name}-{len(stderr_files)}.stderr"
        stderr_files.append(err)
        with err.open("wb") as sink:
            processes[name] = subprocess.Popen(
                [sys.executable, str(WORKER), *commands[name]], stdout=subprocess.DEVNULL, stderr=sink
            )

    for name in commands:
        launch(name)
    ends = time.monotonic() + SOAK_SECONDS
    next_kill = time.monotonic() + rng.uniform(1.0, 4.0)
    try:
        while time.monotonic() < ends:
            time.sleep(0.05)
            for name, process in processes.items():
                if process.poll() is not None:  # ended by itself: a crash
                    died.append(f"{name} exited with {process.returncode}")
                    launch(name)
            candidates = sorted(name for name in processes if working(name))
            if time.monotonic() >= next_kill and candidates:
                name = rng.choice(candidates)
                if os.environ.get("SECRETARIAT_SOAK_STACKS"):  # debugging: where was it?
                    processes[name].send_signal(signal.SIGUSR1)
                    time.sleep(0.2)
                processes[name].send_signal(signal.SIGKILL)
                processes[name].wait()
                kills[name] += 1
                launch(name)
                next_kill = time.monotonic() + rng.uniform(1.0, 4.0)
    finally:
        for name, process in processes.items():
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills[name] += 1

    unexpected: list[str] = []
    broken_lines = 0
    logs: dict[str, WriterLog] = {}
    for name in commands:
        events, broken = _read_journal(tmp_path / f"{name}.journal")
        broken_lines += broken
        unexpected += [f"{name}: {rest}" for kind, rest in events if kind == "unexpected"]
        if name in FIELDS:
            logs[name] = _writer_log(events)
    reads = [float(rest) for kind, rest in _read_journal(tmp_path / "reader.journal")[0] if kind == "read"]
    tracebacks = [p.read_text(errors="replace") for p in stderr_files if "Traceback" in p.read_text(errors="replace")]

    with reading(ctx) as session:
        stored = {p.id: (p.city, p.phone) for p in session.scalars(select(Partner))}
        contacts = set(session.scalars(select(Contact.name)))
    lost: list[str] = []
    for name, log in logs.items():
        column = 0 if FIELDS[name] == "city" else 1
        for partner_id, (city_phone) in stored.items():
            value = city_phone[column]
            allowed = {log.last_ack.get(partner_id, initial[partner_id][column]), *log.pending.get(partner_id, [])}
            if value not in allowed:
                lost.append(
                    f"{name} partner {partner_id}: {FIELDS[name]} is {value!r}, expected one of {sorted(allowed)}"
                )
        missing = log.contacts_acked - contacts
        lost += [f"{name}: acknowledged contact {c} is missing" for c in sorted(missing)]

    from secretariat.services.integrity import check_target

    report = check_target(target)
    figures = (
        f"{'SQLite' if ctx.database.is_sqlite else 'PostgreSQL'} soak {SOAK_SECONDS:.0f} s: "
        f"kills {dict(kills)}; writes acknowledged w1 {logs['w1'].acks}, w2 {logs['w2'].acks}; "
        f"contacts {len(logs['w1'].contacts_acked) + len(logs['w2'].contacts_acked)}; "
        f"conflicts resolved {logs['w1'].conflicts + logs['w2'].conflicts}; "
        f"busy refusals {logs['w1'].busy + logs['w2'].busy}; reads {len(reads)}, slowest "
        f"{max(reads, default=0):.3f} s; broken journal lines {broken_lines}"
    )
    print(figures)
    (tmp_path.parent / f"soak-figures-{'sqlite' if ctx.database.is_sqlite else 'postgresql'}.txt").write_text(figures)
    assert not unexpected, unexpected[:5]
    assert not tracebacks, tracebacks[:2]
    assert not died, died
    assert not lost, lost[:10]
    assert report.ok, [f.message("en") for f in report.findings]
    assert logs["w1"].acks >= 5 and logs["w2"].acks >= 5, figures
    assert logs["w1"].conflicts + logs["w2"].conflicts > 0, figures  # they did meet
    assert sum(kills.values()) >= SOAK_SECONDS / 4 + 3, figures
