"""The ``secretariat`` command: open the program, set up a database, load demo data, list and check.

Exit codes: 0 done; 1 a problem the user can act on (one sentence on
stderr) or an unexpected error (one sentence naming the log file that holds
the traceback); 2 the command line itself was wrong; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from secretariat import __version__
from secretariat.cli import (
    backup_commands,
    budget_commands,
    delegation_commands,
    document_commands,
    draft_command,
    excel_commands,
    report_commands,
    user_commands,
)

log = logging.getLogger("secretariat.cli")

# The registers of services.registers.REGISTERS (a test keeps the two equal). Written out here so that
# "--version" and "--help" answer at once, without loading SQLAlchemy, Alembic and Babel first.
LIST_REGISTERS = ("partners", "agreements", "delegations", "budget", "officials", "per_diem_rates", "documents")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _not_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative ({value})")
    return value


def _global_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    # In a sub-command the defaults are suppressed, so "secretariat --db X list" and
    # "secretariat list --db X" both work and neither overrides the other with None.
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="database file or postgresql:// URL (default: $SECRETARIAT_DB, else the machine-wide "
        "secretariat.ini's [database] target, else the default file in the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "id"),
        default=argparse.SUPPRESS if in_subcommand else "en",
        help="language of messages: en (default) or id",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secretariat",
        description="Foreign-cooperation register of an Indonesian regional government.",
        epilog="Without a command the desktop program opens.",
    )
    parser.add_argument("--version", action="version", version=f"secretariat {__version__}")
    _global_options(parser, in_subcommand=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop program (the default)")
    _global_options(gui, in_subcommand=True)
    gui.set_defaults(handler="gui")

    init = sub.add_parser("init", help="create or upgrade the database and show where it is")
    _global_options(init, in_subcommand=True)
    init.set_defaults(handler="init")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    _global_options(demo, in_subcommand=True)
    demo.add_argument(
        "--scale",
        type=_positive,
        default=1,
        help="number of partners (at least the hand-written core); agreements, delegations and "
        "budget lines grow with it",
    )
    demo.add_argument(
        "--seed", type=int, default=None, help="random seed (default: a fixed one; the same seed gives the same data)"
    )
    demo.add_argument(
        "--today",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the demo's dates are relative to (default: today)",
    )
    demo.set_defaults(handler="demo")

    listing = sub.add_parser("list", help="print a register as a table or as JSON")
    _global_options(listing, in_subcommand=True)
    listing.add_argument("register", choices=LIST_REGISTERS)
    listing.add_argument("--search", metavar="TEXT", help="words the rows must contain (start of words)")
    listing.add_argument(
        "--filter",
        action="append",
        metavar="KEY=VALUE",
        help="a register filter, e.g. country=JP or expiring_within_days=90 (repeatable)",
    )
    listing.add_argument("--sort", metavar="COLUMN", help="column to sort by")
    listing.add_argument("--descending", action="store_true", help="sort in descending order")
    listing.add_argument("--json", action="store_true", help="one JSON array of objects instead of a table")
    listing.add_argument("--limit", type=_not_negative, metavar="N", help="print at most N rows")
    listing.set_defaults(handler="list", subparser=listing)

    check = sub.add_parser("check", help="check the database's integrity (exit 1 when there are problems)")
    _global_options(check, in_subcommand=True)
    check.add_argument(
        "--rebuild-search", action="store_true", help="first rebuild the full-text search indexes (SQLite)"
    )
    check.set_defaults(handler="check")
    draft_command.add_parser(sub, _global_options)
    excel_commands.add_parsers(sub, _global_options)  # template, import, export
    budget_commands.add_parsers(sub, _global_options)  # budget, close-year, reopen-year
    delegation_commands.add_parsers(sub, _global_options)  # delegation-budget, visit-docs
    document_commands.add_parsers(sub, _global_options)  # attach, documents, verify-documents, packet
    backup_commands.add_parsers(sub, _global_options)  # backup, backups, restore, safeguards
    user_commands.add_parsers(sub, _global_options)  # user add|list|set-role|block|unblock|reset-password
    report_commands.add_parsers(sub, _global_options)  # report (annual cooperation report)
    return parser


def _utf8_output() -> None:
    """Names in every script must print: redirected output on Windows would otherwise be cp1252."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(OSError, ValueError):  # a stream that cannot change keeps its encoding
                stream.reconfigure(encoding="utf-8", errors="replace")


def _log_file() -> Path | None:
    from secretariat.services.logs import configure_logging

    try:
        return configure_logging()
    except OSError:
        return None


# Commands whose writes a waiting workstation names ("ani (PC-12) is importing a workbook").
_WRITE_ACTIONS = {"import": "import", "demo": "demo", "close-year": "close_year", "reopen-year": "reopen_year"}


def _fields_of(exc: BaseException) -> str:
    fields = getattr(exc, "fields", None)
    return f" ({', '.join(sorted(fields))})" if fields else ""


def _error(message: str) -> None:
    print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _utf8_output()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # --help, --version, or a usage error (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if (getattr(args, "handler", None) or "gui") == "gui":
        # The window shows its frame before it loads the database modules (it opens the database itself).
        _log_file()
        log.info("secretariat %s: %s", __version__, " ".join(sys.argv[1:] if argv is None else argv))
        from secretariat.gui import app

        try:
            return app.run(getattr(args, "db", None))
        except Exception as exc:
            log.exception("unexpected error")
            _error(f"An unexpected error occurred ({type(exc).__name__}: {exc}).")
            return 1
    # Only now the heavy modules: the database, the services.
    from sqlalchemy.exc import OperationalError

    from secretariat.cli import database_commands
    from secretariat.cli.common import target_of
    from secretariat.domain.errors import UserError
    from secretariat.services.context import write_action

    handlers = {
        **database_commands.HANDLERS,
        **draft_command.HANDLERS,
        **excel_commands.HANDLERS,
        **budget_commands.HANDLERS,
        **delegation_commands.HANDLERS,
        **document_commands.HANDLERS,
        **backup_commands.HANDLERS,
        **user_commands.HANDLERS,
        **report_commands.HANDLERS,
    }
    handler = handlers[getattr(args, "handler", None) or "gui"]
    language = args.lang
    log_file = _log_file()
    log.info("secretariat %s: %s", __version__, " ".join(sys.argv[1:] if argv is None else argv))
    try:
        # What a workstation kept waiting for the database is told this command is doing.
        with write_action(_WRITE_ACTIONS.get(getattr(args, "handler", None) or "", "saving")):
            return int(handler(args))
    except SystemExit as exc:  # parser.error() raised inside a command: a usage error
        return exc.code if isinstance(exc.code, int) else 2
    except UserError as exc:
        # The kind of refusal and the fields, not the sentence: it may quote what was typed (a passport number).
        log.info("refused: %s%s", type(exc).__name__, _fields_of(exc))
        _error(exc.message(language))
        return 1
    except OperationalError as exc:
        log.exception("database not usable")
        where = target_of(args)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
        if "://" in where:
            where = where.split("@")[-1]  # never print a password
        _error(
            f"Basis data {where} tidak dapat digunakan: {reason}."
            if language == "id"
            else f"The database {where} cannot be used: {reason}."
        )
        return 1
    except KeyboardInterrupt:
        _error("Dihentikan." if language == "id" else "Interrupted.")
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        if log_file is not None:
            _error(
                f"Terjadi kesalahan tak terduga ({type(exc).__name__}); rinciannya ditulis di {log_file}."
                if language == "id"
                else f"An unexpected error occurred ({type(exc).__name__}); the details were written to {log_file}."
            )
        else:
            _error(f"An unexpected error occurred ({type(exc).__name__}: {exc}).")
        return 1


def gui_main() -> int:
    """Entry point of ``secretariat-gui``: the window, with the same options as ``secretariat gui``."""
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
