"""``secretariat report --year Y --out F.pdf [--xlsx F.xlsx] [--paper a4|f4] [--english] [--today YYYY-MM-DD]``.

Writes the annual cooperation report of a year (issue 16): the PDF on the letterhead, and with ``--xlsx`` the
workbook of the same tables with live formulas. A year with no data gives a report that says so; a year in
the future is refused.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, say, target_of

# The services and the document modules are imported by report_command() only, so "--help" stays quick.


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year such as 2025") from None


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register the ``report`` sub-command."""
    report = sub.add_parser("report", help="write the annual cooperation report of a year (PDF, optionally Excel)")
    global_options(report, in_subcommand=True)
    report.add_argument("--year", required=True, type=_year, metavar="YEAR", help="the year reported on")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    report.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="also write the workbook of the same tables")
    report.add_argument(
        "--paper", choices=("a4", "f4"), default=None, help="paper size (default: the office's paper in the settings)"
    )
    report.add_argument("--force", action="store_true", help="replace FILE.pdf (and FILE.xlsx) when they exist")
    report.add_argument("--english", action="store_true", help="write the report in English (default Indonesian)")
    report.add_argument(
        "--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="the report's date (default: today)"
    )
    report.set_defaults(handler="report")


def report_command(args: argparse.Namespace) -> int:
    from secretariat.documents.annual_report_pdf import render_annual_report
    from secretariat.documents.annual_report_xlsx import render_annual_report_xlsx
    from secretariat.services.impact.annual_report import annual_report_data
    from secretariat.services.output_files import PDF, XLSX, check_output, write_output

    # Before anything is read: never the open database, another database or a file of another kind.
    database = target_of(args)
    target = check_output(args.out, PDF, database=database, force=args.force, label="--out")
    workbook = check_output(args.xlsx, XLSX, database=database, force=args.force, label="--xlsx") if args.xlsx else None
    with command_context(args) as ctx:
        data = annual_report_data(
            ctx, args.year, language="en" if args.english else "id", paper=args.paper, today=args.today
        )
    write_output(target, PDF, render_annual_report(data), database=database, force=args.force, label="--out")
    if workbook is not None:
        write_output(
            workbook, XLSX, render_annual_report_xlsx(data), database=database, force=args.force, label="--xlsx"
        )
    if data.is_empty:
        say(
            args,
            f"Note: there is no cooperation data for {args.year}; the report says so.",
            f"Catatan: tidak ada data kerja sama untuk tahun {args.year}; laporan menyatakannya.",
            error=True,
        )
    also_en = f" and {workbook}" if workbook else ""
    also_id = f" dan {workbook}" if workbook else ""
    say(
        args,
        f"Annual report {args.year} ({data.in_force} agreements in force) written to {target}{also_en}.",
        f"Laporan tahunan {args.year} ({data.in_force} perjanjian berlaku) ditulis ke {target}{also_id}.",
    )
    return 0


HANDLERS = {"report": report_command}

__all__ = ["HANDLERS", "add_parsers", "report_command"]
