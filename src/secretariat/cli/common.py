"""What every command shares: which database it works on, its session, and how it speaks.

A command opens its database with :func:`command_context` (or :func:`opened_database` when it
needs no acting user), a context manager that disposes of the engine however the command ends,
opening included. Heavy modules (SQLAlchemy, Alembic) are imported only when a command runs, so
``--help`` and ``--version`` answer at once.

On PostgreSQL the command signs in as the login of the URL with the password libpq finds in
``PGPASSWORD`` or a password file (``pgpass.conf`` / ``~/.pgpass``); when there is none and the
command runs in a terminal, it asks for it. A password written in the URL still works but is
visible to other programs, so the command warns; it never prints or logs it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from secretariat.storage.location import database_target

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from secretariat.services.context import ServiceContext
    from secretariat.storage.engine import Database

T = TypeVar("T")

__all__ = [
    "RECORD_KINDS",
    "command_context",
    "language_of",
    "open_target",
    "opened_database",
    "resolve_record",
    "say",
    "signed_in",
    "target_of",
]


def language_of(args: argparse.Namespace) -> str:
    """The language the command speaks: ``--lang``, English when not given."""
    return str(getattr(args, "lang", None) or "en")


def say(args: argparse.Namespace, english: str, indonesian: str, *, error: bool = False) -> None:
    """One line in the command's language, on stdout (or stderr for ``error``)."""
    print(indonesian if language_of(args) == "id" else english, file=sys.stderr if error else sys.stdout)


def target_of(args: argparse.Namespace) -> str:
    """The database the command works on (``--db``, else ``SECRETARIAT_DB``, else the default file)."""
    return database_target(getattr(args, "db", None))


def _password_missing(exc: BaseException) -> bool:
    causes = [exc, getattr(exc, "orig", None), exc.__cause__, getattr(exc.__cause__, "orig", None)]
    return any(cause is not None and "no password supplied" in str(cause) for cause in causes)


def _ask_password(args: argparse.Namespace, url: URL) -> str:
    who = f"{url.username or ''}@{url.host or 'localhost'}"
    prompt = f"Kata sandi untuk {who}: " if language_of(args) == "id" else f"Password for {who}: "
    return getpass.getpass(prompt)


def signed_in(args: argparse.Namespace, attempt: Callable[[URL], T]) -> T:
    """``attempt(url)`` on the command's database; on PostgreSQL, asked again with a password typed at the
    terminal when libpq found none (``PGPASSWORD``, a pgpass file) and the URL holds none."""
    from secretariat.storage.engine import to_url

    url = to_url(target_of(args))
    if url.get_backend_name() != "postgresql":
        return attempt(url)
    if url.password is not None:
        say(
            args,
            "Warning: the password in the database URL can be seen by other programs on this computer; "
            "leave it out and use PGPASSWORD, a pgpass file or the prompt.",
            "Peringatan: kata sandi dalam URL basis data dapat dilihat program lain di komputer ini; "
            "hilangkan dan gunakan PGPASSWORD, berkas pgpass, atau isian kata sandi.",
            error=True,
        )
    try:
        return attempt(url)
    except Exception as exc:
        if url.password is not None or not _password_missing(exc) or not sys.stdin.isatty():
            raise
    return attempt(url.set(password=_ask_password(args, url)))


def open_target(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open (and upgrade when needed, backed up first) the command's database, signed in as :func:`signed_in`
    says. A missing or empty file becomes a new database only with ``create`` (``init``, ``demo``)."""
    from secretariat.services.backups import before_upgrade
    from secretariat.storage.migrate import open_database

    return signed_in(args, lambda url: open_database(url, create=create, before_upgrade=before_upgrade))


@contextmanager
def opened_database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The command's database, opened (and upgraded when needed, backed up first); disposed of when the
    block ends. A missing or empty file becomes a new database only with ``create`` (``init``, ``demo``)."""
    database = open_target(args, create=create)
    if database.read_only:
        where = database.display_location
        say(
            args,
            f"Note: {where} cannot be written here (a read-only file or media); it is open for reading only.",
            f"Catatan: {where} tidak dapat ditulis di sini (berkas atau media hanya-baca); dibuka hanya untuk dibaca.",
            error=True,
        )
    try:
        yield database
    finally:
        database.dispose()


@contextmanager
def command_context(args: argparse.Namespace, *, register: bool = True) -> Iterator[ServiceContext]:
    """The command's database and acting user; the engine is disposed of however the block ends.

    ``register=False`` for a command that only reads: it registers no new user (a blocked one is refused).
    """
    from secretariat.services.session_start import context_for

    with opened_database(args) as database:
        yield context_for(database, register=register)


#: The records a command can name: what names them besides the global id, in English and Indonesian.
RECORD_KINDS: dict[str, tuple[str, str, str]] = {
    # kind: (English name, Indonesian name, what names it besides the gid)
    "agreement": ("agreement", "perjanjian", "number"),
    "partner": ("partner", "mitra", "code"),
    "delegation": ("delegation", "delegasi", "code"),
}
_KEY_ID = {"number": "nomor", "code": "kode"}


def resolve_record(ctx: ServiceContext, kind: str, key: str) -> int:
    """The row id of the record a command names: an agreement by its region's number, a partner or a
    delegation by its code, or any of them by its global id (``gid``, as ``list ... --json`` prints it; an
    agreement without a number has only that). Every command that takes a record resolves it here."""
    from secretariat.domain.errors import UserError
    from secretariat.services.agreements.records import find_agreement_id
    from secretariat.services.delegations.records import find_delegation_id
    from secretariat.services.partners.records import find_partner_id

    finders = {"agreement": find_agreement_id, "partner": find_partner_id, "delegation": find_delegation_id}
    name_en, name_id, by = RECORD_KINDS[kind]
    wanted = (key or "").strip()
    found = finders[kind](ctx, wanted) if wanted else None
    if found is None:
        raise UserError(
            f"There is no {name_en} with the {by} or global id (gid) '{key}'.",
            f"Tidak ada {name_id} dengan {_KEY_ID[by]} atau id global (gid) '{key}'.",
        )
    return int(found)
