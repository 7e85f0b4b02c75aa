"""A clerk at another workstation: a separate process that edits, holds a long write, or soaks.

Run by tests/test_two_clerks.py and tests/test_fault_soak.py as ``python tests/clerk_worker.py COMMAND ...``
against a database they made (a SQLite path or a PostgreSQL URL). It talks back through files:

``edit TARGET KIND ID FIELD VALUE SYNC NAME``
    Load the record (kind ``partner`` or ``contact``), write ``SYNC/NAME.loaded``, wait for
    ``SYNC/NAME.go``, change FIELD to VALUE and save with the loaded view. On a conflict, print it,
    take the other person's value of every field this clerk did not change, and save again. Prints
    one JSON line: {"conflict": [fields], "by": login, "mine_changed": [...], "saved": true}.
``hold TARGET PARTNER_ID SECONDS SYNC``
    As an import would: inside one writing transaction change the partner's notes, write
    ``SYNC/holding``, keep the transaction open SECONDS, then commit.
``soak-writer TARGET JOURNAL WRITER FIELD SEED``
    Until killed: pick a partner, load it, set FIELD to a new unique value and save with the loaded
    view; on a conflict take the other's values and save again. Journal lines (fsync'ed):
    ``<unix time> try <id> <value>`` before the save, ``ack <id> <value>`` after it returned; every few rounds
    also add a contact (``contact-try <gid>`` / ``contact-ack <gid>``). Anything but a conflict or a
    "database busy" refusal is written as ``unexpected <traceback>``.
``soak-reader TARGET JOURNAL``
    Until killed: search and read the registers and records; each read's time goes to the journal
    (``read <seconds>``), any error as ``unexpected``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import time
import traceback
import uuid
from pathlib import Path
from typing import Any


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear")
        time.sleep(0.02)


def _open(target: str, login: str) -> Any:
    from secretariat.services.context import open_context
    from secretariat.storage.migrate import open_database

    return open_context(open_database(target), login)


class Journal:
    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    def write(self, line: str) -> None:
        self.file.write(f"{time.time():.3f} " + line.replace("\n", " | ") + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())


# --- the two-clerk scenarios ------------------------------------------------------------------------


def _load(ctx: Any, kind: str, record_id: int) -> Any:
    from secretariat.services.partners import records as partners

    if kind == "partner":
        return partners.get_partner(ctx, record_id)
    partner = partners.get_partner(ctx, _partner_of(ctx, record_id))
    return next(c for c in partner.contacts if c.id == record_id)


def _partner_of(ctx: Any, contact_id: int) -> int:
    from secretariat.services.context import reading
    from secretariat.storage.models import Contact

    with reading(ctx) as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        return contact.partner_id


def _data(kind: str, view: Any) -> Any:
    from secretariat.domain.records import ContactData

    if kind == "partner":
        return view.to_data()
    return ContactData(**{f.name: getattr(view, f.name) for f in dataclasses.fields(ContactData)})


def _save(ctx: Any, kind: str, record_id: int, data: Any, loaded: Any) -> None:
    from secretariat.services.partners import records as partners

    if kind == "partner":
        partners.update_partner(ctx, record_id, data, loaded=loaded)
    else:
        partners.update_contact(ctx, record_id, data, loaded=loaded)


def edit(target: str, kind: str, record_id: str, field: str, value: str, sync: str, name: str) -> int:
    from secretariat.domain.concurrency import EditConflict

    ctx = _open(target, name)
    key = int(record_id)
    loaded = _load(ctx, kind, key)
    Path(sync, f"{name}.loaded").touch()
    _wait_for(Path(sync, f"{name}.go"))
    data = dataclasses.replace(_data(kind, loaded), **{field: value})
    result: dict[str, Any] = {"conflict": [], "by": None, "mine_changed": []}
    try:
        _save(ctx, kind, key, data, loaded)
    except EditConflict as conflict:
        result["conflict"] = list(conflict.fields)
        result["by"] = conflict.by
        result["mine_changed"] = [c.field for c in conflict.changes if c.mine_changed]
        result["message"] = conflict.message("en")
        for change in conflict.changes:  # the window's default: theirs where this clerk changed nothing
            if not change.mine_changed:
                setattr(data, change.field, change.theirs)
        _save(ctx, kind, key, data, conflict.current)
    result["saved"] = True
    print(json.dumps(result), flush=True)
    return 0


def hold(target: str, partner_id: str, seconds: str, sync: str) -> int:
    from secretariat.services.context import write_action, writing
    from secretariat.storage.models import Partner

    ctx = _open(target, "importer")
    with write_action("import"), writing(ctx) as session:
        partner = session.get(Partner, int(partner_id))
        assert partner is not None
        partner.notes = "imported"
        session.flush()  # the row is written (and locked) now
        Path(sync, "holding").touch()
        time.sleep(float(seconds))
    print(json.dumps({"committed": True}), flush=True)
    return 0


# --- the soak ---------------------------------------------------------------------------------------


def soak_writer(target: str, journal_path: str, writer: str, field: str, seed: str) -> int:
    from secretariat.domain.concurrency import DatabaseBusyError, EditConflict
    from secretariat.domain.records import ContactData
    from secretariat.services.partners import records as partners
    from secretariat.services.registers import RegisterQuery, find_ids

    journal = Journal(Path(journal_path))
    rng = random.Random(int(seed))
    ctx = _open(target, f"writer{writer}")
    ids = find_ids(ctx, "partners", RegisterQuery())
    round_ = 0
    while True:
        round_ += 1
        try:
            if round_ % 5 == 0:
                partner_id = rng.choice(ids)
                contact = f"soak-{writer}-{uuid.uuid4().hex[:12]}"
                journal.write(f"contact-try {contact}")
                partners.add_contact(ctx, ContactData(partner_id=partner_id, name=contact))
                journal.write(f"contact-ack {contact}")
                continue
            partner_id = rng.choice(ids)
            loaded = partners.get_partner(ctx, partner_id)
            time.sleep(rng.uniform(0.0, 0.3))  # the clerk types: the other writer may save meanwhile
            value = (  # a value of the field's kind, unique to this save
                f"+62 {writer} {uuid.uuid4().int % 10**12:012d}"
                if field == "phone"
                else f"w{writer}-{uuid.uuid4().hex[:12]}"
            )
            data = dataclasses.replace(loaded.to_data(), **{field: value})
            journal.write(f"try {partner_id} {value}")
            while True:
                try:
                    partners.update_partner(ctx, partner_id, data, loaded=loaded)
                    break
                except EditConflict as conflict:
                    journal.write(f"conflict {partner_id} {','.join(conflict.fields) or '-'}")
                    if conflict.current is None:  # the same moment: load again
                        loaded = partners.get_partner(ctx, partner_id)
                        data = dataclasses.replace(loaded.to_data(), **{field: value})
                        continue
                    for change in conflict.changes:
                        if change.field != field:
                            setattr(data, change.field, change.theirs)
                    loaded = conflict.current
            journal.write(f"ack {partner_id} {value}")
        except DatabaseBusyError as busy:
            journal.write(f"busy {busy.message_en}")
            time.sleep(rng.uniform(0.05, 0.3))
        except Exception:  # noqa: BLE001 - the soak counts every unexpected error
            journal.write(f"unexpected {traceback.format_exc()}")
            time.sleep(0.2)
        time.sleep(rng.uniform(0.0, 0.05))


def soak_reader(target: str, journal_path: str) -> int:
    from secretariat.services.partners import records as partners
    from secretariat.services.registers import RegisterQuery, count, fetch_rows, find_ids

    journal = Journal(Path(journal_path))
    ctx = _open(target, "reader")
    rng = random.Random()
    words = ["osaka", "pref", "kyoto", "w1", "w2", "soak", ""]
    while True:
        started = time.monotonic()
        try:
            query = RegisterQuery(search=rng.choice(words))
            ids = find_ids(ctx, "partners", query)
            count(ctx, "partners", query)
            if ids:
                fetch_rows(ctx, "partners", ids[:50])
                partners.get_partner(ctx, rng.choice(ids))
            journal.write(f"read {time.monotonic() - started:.4f}")
        except Exception:  # noqa: BLE001 - the soak counts every unexpected error
            journal.write(f"unexpected {traceback.format_exc()}")
            time.sleep(0.2)
        time.sleep(0.01)


COMMANDS = {"edit": edit, "hold": hold, "soak-writer": soak_writer, "soak-reader": soak_reader}

if __name__ == "__main__":
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # where a stuck worker is, on demand
    sys.exit(COMMANDS[sys.argv[1]](*sys.argv[2:]))
