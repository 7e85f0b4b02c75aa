"""``secretariat report --year Y --out F.pdf [--xlsx F.xlsx] [--paper a4|f4] [--english] [--today YYYY-MM-DD]``.

Writes the annual cooperation report of a year (issue 16): the PDF on the letterhead, and with ``--xlsx`` the
workbook of the same tables with live formulas. A year with no data gives a report that says so; a year in
the future is refused.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, say
from secretariat.domain.errors import UserError

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


def _check_target(option: str, path: Path) -> Path:
    target = path.expanduser().resolve()
    if target.is_dir():
        raise UserError(f"{option}: {target} is a folder; give a file name", f"{option}: {target} adalah folder")
    if not target.parent.is_dir():
        raise UserError(
            f"{option}: the folder {target.parent} does not exist", f"{option}: folder {target.parent} tidak ada"
        )
    return target


def _write(option: str, target: Path, content: bytes) -> None:
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(content)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(
            f"{option}: cannot write {target}: {exc.strerror or exc}",
            f"{option}: tidak dapat menulis {target}: {exc.strerror or exc}",
        ) from None


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
    report.add_argument("--english", action="store_true", help="write the report in English (default Indonesian)")
    report.add_argument(
        "--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="the report's date (default: today)"
    )
    report.set_defaults(handler="report")


def report_command(args: argparse.Namespace) -> int:
    from secretariat.documents.annual_report_pdf import render_annual_report
    from secretariat.documents.annual_report_xlsx import render_annual_report_xlsx
    from secretariat.services.impact.annual_report import annual_report_data

    target = _check_target("--out", args.out)
    workbook = _check_target("--xlsx", args.xlsx) if args.xlsx else None
    with command_context(args) as ctx:
        data = annual_report_data(
            ctx, args.year, language="en" if args.english else "id", paper=args.paper, today=args.today
        )
    _write("--out", target, render_annual_report(data))
    if workbook is not None:
        _write("--xlsx", workbook, render_annual_report_xlsx(data))
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
