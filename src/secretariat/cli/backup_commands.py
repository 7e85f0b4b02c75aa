"""Backups on the command line.

    secretariat backup [--to FILE]        back the database up now (SQLite: online backup API; server: pg_dump)
    secretariat backups [--json]          list its backups: file, date, size, schema, check result
    secretariat restore FILE              restore the database from a backup (an administrator or the head)
    secretariat safeguards [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--import-max-rows N]
                                          show or change how many backups are kept and the largest import

A backup is checked with SQLite's ``integrity_check`` once written and holds the documents it refers
to (``secretariat-documents/`` beside it). ``restore`` refuses a file that is not a Secretariat
database, a damaged one and one of a newer schema, and keeps the current file as a backup first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, language_of, opened_database, say, target_of

__all__ = ["HANDLERS", "add_parsers"]


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative ({value})")
    return value


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register ``backup``, ``backups``, ``restore`` and ``safeguards`` on the main parser's sub-parsers."""
    backup = sub.add_parser("backup", help="back the database up now, checked, with its documents")
    global_options(backup, in_subcommand=True)
    backup.add_argument(
        "--to",
        type=Path,
        metavar="FILE",
        help="where to write the backup (a new file; default: backups/ beside the database file, or this "
        "computer's data folder for a server database)",
    )
    backup.set_defaults(handler="backup")

    listing = sub.add_parser("backups", help="list the database's backups: file, date, size, schema, check result")
    global_options(listing, in_subcommand=True)
    listing.add_argument("--json", action="store_true", help="one JSON array of objects instead of a table")
    listing.set_defaults(handler="backups")

    restore = sub.add_parser(
        "restore", help="restore the database from a backup (an administrator or the head; the current file is kept)"
    )
    global_options(restore, in_subcommand=True)
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler="restore")

    safeguards = sub.add_parser(
        "safeguards", help="show or change how many automatic backups are kept and the largest import"
    )
    global_options(safeguards, in_subcommand=True)
    safeguards.add_argument("--keep-daily", type=_count, metavar="N", help="daily backups kept (default 7)")
    safeguards.add_argument("--keep-weekly", type=_count, metavar="N", help="weekly backups kept (default 4)")
    safeguards.add_argument("--keep-monthly", type=_count, metavar="N", help="monthly backups kept (default 12)")
    safeguards.add_argument(
        "--import-max-rows", type=_count, metavar="N", help="most rows an imported sheet may have (default 200,000)"
    )
    safeguards.set_defaults(handler="safeguards")


def _size(size: int, language: str) -> str:
    from babel.numbers import format_decimal

    locale = "id_ID" if language == "id" else "en_GB"
    if size >= 1024 * 1024:
        return f"{format_decimal(round(size / 1024 / 1024, 1), format='#,##0.0', locale=locale)} MB"
    return f"{format_decimal(round(size / 1024), format='#,##0', locale=locale)} KB"


def backup_command(args: argparse.Namespace) -> int:
    from secretariat.services.backups import back_up
    from secretariat.services.backups.server import dump_server

    target = args.to.expanduser().resolve() if args.to is not None else None
    if target is not None:
        from secretariat.services.output_files import check_new_file

        check_new_file(target, target_of(args))
    with command_context(args) as ctx:
        if ctx.database.is_sqlite:
            view = back_up(ctx, to=target)
            path, ok, check_en, check_id = view.path, view.ok, view.check("en"), view.check("id")
            size, documents = view.size, view.documents
        else:
            manifest = dump_server(ctx.database, to=target)
            path, ok = manifest.path, manifest.ok
            check_en, check_id = manifest.check_text("en"), manifest.check_text("id")
            size, documents = manifest.size, len(manifest.documents)
    lang = language_of(args)
    say(
        args,
        f"Backup written to {path} ({_size(size, lang)}, {documents} document(s)); check: {check_en}.",
        f"Cadangan ditulis ke {path} ({_size(size, lang)}, {documents} dokumen); pemeriksaan: {check_id}.",
    )
    return 0 if ok else 1


def backups_command(args: argparse.Namespace) -> int:
    from secretariat.services.backups import list_backups

    with opened_database(args) as database:
        views = list_backups(database)
    lang = language_of(args)
    if args.json:
        records = [
            {
                "file": str(v.path),
                "made_at": v.made_at.isoformat(),
                "reason": v.reason,
                "size": v.size,
                "schema": v.schema,
                "check": "ok" if v.ok else v.check_en,
                "ok": v.ok,
                "documents": v.documents,
            }
            for v in views
        ]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not views:
        say(args, "No backups yet.", "Belum ada cadangan.")
        return 0
    header = (
        ("Made", "Why", "Size", "Schema", "Check", "File")
        if lang == "en"
        else (
            "Dibuat",
            "Sebab",
            "Ukuran",
            "Skema",
            "Pemeriksaan",
            "Berkas",
        )
    )
    rows = [
        (
            v.made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            v.reason_text(lang),
            _size(v.size, lang),
            v.schema or "-",
            v.check(lang),
            str(v.path),
        )
        for v in views
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(value.ljust(w) for value, w in zip(row, widths, strict=True)).rstrip())
    say(args, f"{len(views)} backup(s).", f"{len(views)} cadangan.")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    from secretariat.services.backups import restore_backup

    result = restore_backup(target_of(args), args.file)
    kept_en = f"; the replaced file is kept as {result.kept_as}" if result.kept_as else ""
    kept_id = f"; berkas yang diganti disimpan sebagai {result.kept_as}" if result.kept_as else ""
    say(
        args,
        f"{result.database} restored from {result.restored_from} (schema {result.schema}){kept_en}.",
        f"{result.database} dipulihkan dari {result.restored_from} (skema {result.schema}){kept_id}.",
    )
    if result.documents_failed:
        count = len(result.documents_failed)
        say(
            args,
            f"{count} document(s) could not be put back: {', '.join(result.documents_failed[:5])}.",
            f"{count} dokumen tidak dapat dikembalikan: {', '.join(result.documents_failed[:5])}.",
            error=True,
        )
        return 1
    return 0


def safeguards_command(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from secretariat.services.backups import load_settings, save_settings

    changes = {
        name: getattr(args, name)
        for name in ("keep_daily", "keep_weekly", "keep_monthly", "import_max_rows")
        if getattr(args, name) is not None
    }
    with command_context(args) as ctx:
        settings = load_settings(ctx)
        if changes:
            settings = save_settings(ctx, replace(settings, **changes))
    rows = f"{settings.import_max_rows:,}"
    say(
        args,
        f"Automatic backups kept: {settings.keep_daily} daily, {settings.keep_weekly} weekly, "
        f"{settings.keep_monthly} monthly. Largest import: {rows} rows a sheet.",
        f"Cadangan otomatis yang disimpan: {settings.keep_daily} harian, {settings.keep_weekly} mingguan, "
        f"{settings.keep_monthly} bulanan. Impor terbesar: {rows.replace(',', '.')} baris per lembar.",
    )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": backup_command,
    "backups": backups_command,
    "restore": restore_command,
    "safeguards": safeguards_command,
}
