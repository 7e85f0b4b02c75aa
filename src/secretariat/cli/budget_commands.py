"""Budget commands of the command line.

    secretariat budget --year 2026 --out anggaran-2026.xlsx [--paper a4|f4]
    secretariat close-year 2025
    secretariat reopen-year 2025 --reason "BPK audit finding: payment booked twice"

``budget`` writes the fiscal year's budget workbook (summary by agreement and
account code, lines, transactions, live formulas) and prints the year's totals,
which the workbook's formulas reproduce: spending (pagu, realised, remaining,
% realised) and revenue (target, received in cash and in kind, % received)
apart, never added together. ``close-year`` locks a year's lines and
transactions (the head or an administrator); ``reopen-year`` unlocks it (the
head only) and records the reason in the audit trail. The acting person is the
operating-system login, and the role is the one the database holds for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, say, target_of

# The database, services and Excel modules are imported inside the handlers only, so that "--help" and
# "--version" answer without loading them (see secretariat.cli.main).

YEAR_RANGE = (2000, 2100)


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year such as 2026") from None
    if not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        raise argparse.ArgumentTypeError(f"{value} is not a year between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}")
    return value


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register ``budget``, ``close-year`` and ``reopen-year`` on the main parser's sub-parsers."""
    budget = sub.add_parser("budget", help="write a fiscal year's budget workbook (Excel, live formulas)")
    global_options(budget, in_subcommand=True)
    budget.add_argument("--year", type=_year, required=True, metavar="YYYY", help="the fiscal year")
    budget.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="where to write the workbook")
    budget.add_argument(
        "--paper",
        choices=("a4", "f4"),
        default=None,
        help="paper size of the print setup (default: the office's paper in the settings)",
    )
    budget.add_argument("--force", action="store_true", help="replace FILE.xlsx when it exists (a workbook only)")
    budget.set_defaults(handler="budget")

    close = sub.add_parser(
        "close-year", help="close a fiscal year: lock its budget lines and transactions (the head or an administrator)"
    )
    global_options(close, in_subcommand=True)
    close.add_argument("year", type=_year, metavar="YYYY")
    close.set_defaults(handler="close-year")

    reopen = sub.add_parser("reopen-year", help="reopen a closed fiscal year (the head only; the reason is audited)")
    global_options(reopen, in_subcommand=True)
    reopen.add_argument("year", type=_year, metavar="YYYY")
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="why the year is reopened")
    reopen.set_defaults(handler="reopen-year")


def _rupiah(value: int, language: str) -> str:
    from babel.numbers import format_decimal

    number = format_decimal(value, format="#,##0;-#,##0", locale="id_ID" if language == "id" else "en_GB")
    return f"Rp {number}" if language == "id" else f"IDR {number}"


def _percent(value: Any, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return (text.replace(".", ",") if language == "id" else text) + " %"


def budget_command(args: argparse.Namespace) -> int:
    from secretariat.documents.budget_xlsx import write_budget_workbook
    from secretariat.services.budget.fiscal_years import get_year
    from secretariat.services.budget.workbook import export_budget_workbook
    from secretariat.services.output_files import XLSX, check_output

    check_output(args.out, XLSX, database=target_of(args), force=args.force, label="--out")
    with command_context(args) as ctx:
        export = export_budget_workbook(
            ctx, args.year, args.out, write_budget_workbook, paper=args.paper, force=args.force
        )
        year = get_year(ctx, args.year)
    t, lang = export.totals, args.lang
    status_en = f"closed on {year.closed_at.date().isoformat()}" if year.closed_at else "open"
    status_id = f"ditutup pada {year.closed_at.date().isoformat()}" if year.closed_at else "terbuka"
    say(
        args,
        f"Fiscal year {export.fiscal_year} ({status_en}): {export.lines} budget lines, {export.transactions} "
        "transactions.",
        f"Tahun anggaran {export.fiscal_year} ({status_id}): {export.lines} baris anggaran, {export.transactions} "
        "transaksi.",
    )
    if not export.lines:
        say(
            args,
            "The year has no budget lines: the workbook says so.",
            "Tahun ini tidak memiliki baris anggaran: buku kerja menyatakannya.",
        )
    s, r, f = t.spending, t.revenue, t.financing
    say(
        args,
        f"Spending: ceiling {_rupiah(s.planned_idr, lang)}; realised {_rupiah(s.realised_idr, lang)} "
        f"({_percent(s.percent_realised, lang)}); remaining {_rupiah(s.remaining_idr, lang)}.",
        f"Belanja: pagu {_rupiah(s.planned_idr, lang)}; realisasi {_rupiah(s.realised_idr, lang)} "
        f"({_percent(s.percent_realised, lang)}); sisa {_rupiah(s.remaining_idr, lang)}.",
    )
    say(
        args,
        f"Revenue (grants): target {_rupiah(r.target_idr, lang)}; received {_rupiah(r.received_idr, lang)} "
        f"({_percent(r.percent_received, lang)}): cash {_rupiah(r.cash_idr, lang)}, in kind "
        f"{_rupiah(r.in_kind_idr, lang)}.",
        f"Pendapatan (hibah): target {_rupiah(r.target_idr, lang)}; diterima {_rupiah(r.received_idr, lang)} "
        f"({_percent(r.percent_received, lang)}): uang {_rupiah(r.cash_idr, lang)}, barang/jasa "
        f"{_rupiah(r.in_kind_idr, lang)}.",
    )
    if not f.is_empty:
        say(
            args,
            f"Financing: ceiling {_rupiah(f.planned_idr, lang)}; realised {_rupiah(f.realised_idr, lang)} "
            f"({_percent(f.percent_realised, lang)}).",
            f"Pembiayaan: pagu {_rupiah(f.planned_idr, lang)}; realisasi {_rupiah(f.realised_idr, lang)} "
            f"({_percent(f.percent_realised, lang)}).",
        )
    seconds = f"{export.seconds:.1f}"
    say(
        args,
        f"Written to {export.path} in {seconds} s.",
        f"Ditulis ke {export.path} dalam {seconds.replace('.', ',')} detik.",
    )
    return 0


def close_year_command(args: argparse.Namespace) -> int:
    from secretariat.services.budget.fiscal_years import close_year

    with command_context(args) as ctx:
        year = close_year(ctx, args.year)
    when = year.closed_at.date().isoformat() if year.closed_at else ""
    say(
        args,
        f"Fiscal year {year.year} is closed (on {when} by {year.closed_by}); its {year.lines} budget lines and "
        f"{year.transactions} transactions are locked.",
        f"Tahun anggaran {year.year} ditutup (pada {when} oleh {year.closed_by}); {year.lines} baris anggaran dan "
        f"{year.transactions} transaksinya terkunci.",
    )
    return 0


def reopen_year_command(args: argparse.Namespace) -> int:
    from secretariat.services.budget.fiscal_years import reopen_year

    with command_context(args) as ctx:
        year = reopen_year(ctx, args.year, args.reason)
    say(
        args,
        f"Fiscal year {year.year} is open again; the reason is recorded in the audit trail.",
        f"Tahun anggaran {year.year} dibuka kembali; alasannya dicatat dalam jejak audit.",
    )
    return 0


HANDLERS = {"budget": budget_command, "close-year": close_year_command, "reopen-year": reopen_year_command}
