"""The commands about the database itself: open the window on it, create, fill with demo data, list, check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from secretariat.cli.common import command_context, opened_database, say, signed_in, target_of
from secretariat.cli.output import pages, write_json, write_table
from secretariat.domain.errors import UserError
from secretariat.services import registers
from secretariat.services.context import open_context
from secretariat.storage.migrate import head_revision, schema_revision


def run_gui_command(args: argparse.Namespace) -> int:
    """Open the main window: on ``--db``, else as ``storage.location.database_target`` decides."""
    from secretariat.gui import (
        app,  # Qt is loaded only here, so the other commands work without it
    )

    return app.run(getattr(args, "db", None))


def init_command(args: argparse.Namespace) -> int:
    with opened_database(args, create=True) as database:
        revision = schema_revision(database)
        current = revision == head_revision()
        say(args, f"Database: {database.display_location}", f"Basis data: {database.display_location}")
        say(
            args,
            f"Schema version: {revision}" + (" (current)" if current else ""),
            f"Versi skema: {revision}" + (" (terbaru)" if current else ""),
        )
    return 0


def demo_command(args: argparse.Namespace) -> int:
    from secretariat.services.demo import load_demo
    from secretariat.services.demo.loader import DEFAULT_SEED, check_demo_options

    # Before the database is opened (or made): a refused scale or seed writes nothing anywhere.
    check_demo_options(args.scale, args.seed if args.seed is not None else DEFAULT_SEED)
    with opened_database(args, create=True) as database:
        options = {"seed": args.seed} if args.seed is not None else {}
        summary = load_demo(open_context(database), scale=args.scale, today=args.today, **options)
        where = database.display_location
    counts = (
        f"{summary.partners:,} partners, {summary.agreements:,} agreements, {summary.delegations:,} "
        f"delegations, {summary.budget_lines:,} budget lines ({summary.total_rows:,} rows in all)"
    )
    counts_id = (
        f"{summary.partners:,} mitra, {summary.agreements:,} perjanjian, {summary.delegations:,} delegasi, "
        f"{summary.budget_lines:,} baris anggaran ({summary.total_rows:,} baris data)"
    ).replace(",", ".")
    say(
        args,
        f"Demo data loaded into {where} in {summary.seconds:.1f} s: {counts}; seed {summary.seed}, "
        f"today {summary.today.isoformat()}.",
        f"Data demo dimuat ke {where} dalam {summary.seconds:.1f} detik: {counts_id}; seed {summary.seed}, "
        f"tanggal acuan {summary.today.isoformat()}.",
    )
    return 0


def parse_filters(parser: argparse.ArgumentParser, register: str, items: list[str]) -> dict[str, str]:
    filters: dict[str, str] = {}
    known = registers.filter_keys(register)
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            parser.error(f"--filter needs KEY=VALUE, got '{item}'")
        if key not in known:
            parser.error(f"the {register} register has no filter '{key}' (filters: {', '.join(known)})")
        filters[key] = value.strip()
    return filters


def list_command(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.subparser
    register = args.register
    filters = parse_filters(parser, register, args.filter or [])
    if args.sort is not None:
        sortable = [c.key for c in registers.columns(register) if c.sortable]
        if args.sort not in sortable:
            parser.error(f"cannot sort the {register} register by '{args.sort}' (columns: {', '.join(sortable)})")
    query = registers.RegisterQuery(
        search=args.search or "", filters=filters, sort=args.sort, descending=args.descending
    )
    with command_context(args, register=False) as ctx:
        # Listing reads only, but it is a user's reading: a blocked or unknown user is refused.
        try:
            ids = registers.find_ids(ctx, register, query)
        except ValueError as exc:  # a filter value that is not a number, a date, yes/no; a search too long...
            parser.error(exc.message(args.lang) if isinstance(exc, UserError) else str(exc))
        total = len(ids)
        if args.limit is not None:
            ids = ids[: args.limit]

        def fetch(chunk: Any) -> Any:
            return registers.fetch_rows(ctx, register, chunk)

        if args.json:
            write_json(sys.stdout, register, pages(fetch, ids))
        else:
            write_table(sys.stdout, register, list(pages(fetch, ids)), args.lang)
            shown = len(ids)
            if shown < total:
                say(args, f"{shown:,} of {total:,} rows", f"{shown:,} dari {total:,} baris".replace(",", "."))
            else:
                say(args, f"{total:,} rows", f"{total:,} baris".replace(",", "."))
    return 0


def check_command(args: argparse.Namespace) -> int:
    from secretariat.services.integrity import check_target, rebuild_search_indexes

    target = target_of(args)
    if args.rebuild_search:
        rebuilt = rebuild_search_indexes(target)
        say(
            args,
            f"Search indexes rebuilt: {', '.join(rebuilt) or 'none'}.",
            f"Indeks pencarian dibangun ulang: {', '.join(rebuilt) or 'tidak ada'}.",
        )
    report = signed_in(args, check_target)
    if report.ok:
        print("OK")
        say(
            args,
            f"{report.location}: schema {report.schema_revision}; checked {', '.join(report.checks_run)}.",
            f"{report.location}: skema {report.schema_revision}; diperiksa {', '.join(report.checks_run)}.",
        )
        if report.audit_head is not None:
            # Written down (or printed) from time to time, the last hash shows entries removed from the end.
            say(
                args,
                f"Audit trail: {report.audit_entries} entries, chain intact; last hash {report.audit_head}.",
                f"Jejak audit: {report.audit_entries} entri, rantai utuh; hash terakhir {report.audit_head}.",
            )
        return 0
    count = len(report.findings)
    say(args, f"{count} problem(s) found in {report.location}:", f"{count} masalah ditemukan di {report.location}:")
    for finding in report.findings:
        print(f"- {finding.message(args.lang)}")
    return 1


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": run_gui_command,
    "init": init_command,
    "demo": demo_command,
    "list": list_command,
    "check": check_command,
}
