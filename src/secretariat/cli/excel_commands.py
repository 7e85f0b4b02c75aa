"""``secretariat template|import|export FILE.xlsx``: the Excel exchange workbook on the command line.

* ``template FILE.xlsx`` writes the import template (every sheet, drop-downs, instructions, example rows).
* ``import FILE.xlsx [--dry-run] [--valid-only [--errors ERRORS.xlsx]]`` checks and imports a workbook in
  one transaction. By default nothing is written when any row is rejected; ``--valid-only`` writes the
  valid rows and puts the rejected ones, with a reason column, in an errors workbook to correct and
  import again. Exit code 1 when any row (or sheet) was rejected.
* ``export FILE.xlsx`` writes the whole register in the same format.

Messages and the workbook's headers follow ``--lang`` (en or id). The database, services and openpyxl
are imported by the commands only, so ``--help`` stays quick (see :mod:`secretariat.cli.main`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, language_of, say, target_of
from secretariat.domain.errors import UserError

__all__ = ["HANDLERS", "add_parsers", "export_command", "import_command", "template_command"]


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register ``template``, ``import`` and ``export`` on the main parser's sub-parsers."""
    template = sub.add_parser("template", help="write the Excel import template (sheets, drop-downs, examples)")
    global_options(template, in_subcommand=True)
    template.add_argument("file", type=Path, metavar="FILE.xlsx", help="where to write the template")
    _force(template, "FILE.xlsx")
    template.set_defaults(handler="template")

    importing = sub.add_parser("import", help="check and import an Excel workbook (exit 1 when rows are rejected)")
    global_options(importing, in_subcommand=True)
    importing.add_argument("file", type=Path, metavar="FILE.xlsx", help="the workbook to import")
    importing.add_argument(
        "--dry-run", action="store_true", help="check and show what would be added, updated and rejected; write nothing"
    )
    importing.add_argument(
        "--valid-only", action="store_true", help="import the valid rows even when others are rejected"
    )
    importing.add_argument(
        "--errors",
        type=Path,
        metavar="ERRORS.xlsx",
        help="with --valid-only: where to write the rejected rows with their reasons "
        "(default: FILE-errors.xlsx beside FILE)",
    )
    _force(importing, "the errors workbook")
    importing.set_defaults(handler="import")

    export = sub.add_parser("export", help="write the whole register as an Excel workbook")
    global_options(export, in_subcommand=True)
    export.add_argument("file", type=Path, metavar="FILE.xlsx", help="where to write the workbook")
    _force(export, "FILE.xlsx")
    export.set_defaults(handler="export")


def _force(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--force", action="store_true", help=f"replace {what} when it exists (an Excel workbook only)")


def template_command(args: argparse.Namespace) -> int:
    from secretariat.documents.excel_export_writer import Choices
    from secretariat.documents.excel_template import write_template
    from secretariat.services.excel.export import office_choices
    from secretariat.services.output_files import XLSX, check_output, write_output

    database = target_of(args)
    target = check_output(args.file, XLSX, database=database, force=args.force)
    with command_context(args) as ctx:
        choices = Choices(*office_choices(ctx))
    _target, counts = write_output(
        target,
        XLSX,
        lambda path: write_template(path, language=language_of(args), choices=choices),
        database=database,
        force=args.force,
    )
    assert counts is not None
    say(
        args,
        f"Template written to {target} ({len(counts)} sheets with example rows).",
        f"Templat ditulis ke {target} ({len(counts)} lembar dengan baris contoh).",
    )
    return 0


def export_command(args: argparse.Namespace) -> int:
    from secretariat.documents.excel_export_writer import Choices, write_register
    from secretariat.services.excel.export import office_choices, register_rows
    from secretariat.services.output_files import XLSX, check_output, write_output

    database = target_of(args)
    target = check_output(args.file, XLSX, database=database, force=args.force)
    language = language_of(args)
    with command_context(args) as ctx:
        choices = Choices(*office_choices(ctx))
        with register_rows(ctx, language) as rows:
            _target, counts = write_output(
                target,
                XLSX,
                lambda path: write_register(path, rows, language=language, choices=choices),
                database=database,
                force=args.force,
            )
    assert counts is not None
    total = sum(counts.values())
    say(args, f"Exported {total:,} rows to {target}.", f"{total:,} baris diekspor ke {target}.".replace(",", "."))
    return 0


#: At most this many problems, probable duplicates and notices are printed, each.
LISTED = 100


def _more(args: argparse.Namespace, count: int, *, error: bool = False) -> None:
    if count > 0:
        say(args, f"... and {count} more.", f"... dan {count} lainnya.", error=error)


def _default_errors_path(source: Path) -> Path:
    return source.expanduser().resolve().with_name(f"{source.stem}-errors.xlsx")


def import_command(args: argparse.Namespace) -> int:
    from secretariat.documents.excel_export_writer import write_errors_workbook
    from secretariat.services.excel.importer import ImportMode, import_workbook

    language = language_of(args)
    if args.errors is not None and not args.valid_only:
        raise UserError(
            "--errors goes with --valid-only (without it, nothing is written when a row is rejected).",
            "--errors dipakai bersama --valid-only (tanpanya tidak ada yang disimpan bila ada baris yang ditolak).",
        )
    from secretariat.services.output_files import XLSX, check_output, write_output

    database = target_of(args)
    errors_path = (
        check_output(args.errors or _default_errors_path(args.file), XLSX, database=database, force=args.force)
        if args.valid_only
        else None
    )
    with command_context(args) as ctx:
        report = import_workbook(
            ctx,
            args.file,
            dry_run=args.dry_run,
            language=language,
            mode=ImportMode.VALID_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING,
        )
    for sheet in report.sheets:
        say(
            args,
            f"{sheet.name}: {sheet.added} added, {sheet.updated} updated, {sheet.unchanged} unchanged, "
            f"{sheet.rejected} rejected",
            f"{sheet.name}: {sheet.added} ditambah, {sheet.updated} diubah, {sheet.unchanged} tetap, "
            f"{sheet.rejected} ditolak",
        )
    for problem in report.problems[:LISTED]:
        say(args, problem.describe("en"), problem.describe("id"), error=True)
    _more(args, len(report.problems) - LISTED, error=True)
    for hint in report.duplicates[:LISTED]:
        say(args, hint.describe("en"), hint.describe("id"))
    _more(args, len(report.duplicates) - LISTED)
    for notice in report.notices[:LISTED]:
        say(args, notice.describe("en"), notice.describe("id"))
    _more(args, len(report.notices) - LISTED)
    if errors_path is not None and report.rejected_sheets and report.written:
        _path, rows = write_output(
            errors_path,
            XLSX,
            lambda path: write_errors_workbook(path, report.rejected_sheets, language=language),
            database=database,
            force=args.force,
        )
        say(
            args,
            f"The {rows} rejected row(s) are in {errors_path}, with the reason in the last column; "
            "correct them there and import that file.",
            f"{rows} baris yang ditolak ada di {errors_path}, dengan alasan di kolom terakhir; perbaiki di sana "
            "lalu impor berkas itu.",
        )
    say(args, report.summary("en") + ".", report.summary("id") + ".")
    if report.has_rejections and not report.written and not args.dry_run:
        say(
            args,
            "Nothing was imported because rows were rejected; correct them, or use --valid-only to import "
            "the valid rows.",
            "Tidak ada yang diimpor karena ada baris yang ditolak; perbaiki, atau pakai --valid-only untuk "
            "mengimpor baris yang benar.",
            error=True,
        )
    return 1 if report.has_rejections else 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "template": template_command,
    "import": import_command,
    "export": export_command,
}
