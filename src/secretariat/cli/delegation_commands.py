"""Delegation commands of the command line.

    secretariat delegation-budget DLG-2026-007 --out rab.xlsx [--days N] [--rate USD=16325.50]
                                  [--rate-date YYYY-MM-DD] [--account 5.1.02.04.02.0001]
    secretariat visit-docs DLG-2026-007 --out-dir folder [--final-letter] [--letter-date YYYY-MM-DD]
                           [--signed-by NIP] [--place TEXT]

DELEGATION is the delegation's code or its global id. ``delegation-budget``
writes the travel budget (RAB) workbook with live formulas and prints the
program's own totals, which the workbook reproduces. ``visit-docs`` writes the
delegation list, the programme booklet and the permit request letter (PDF);
the letter is a draft with a provisional number unless ``--final-letter``,
which takes the next letter number (kept: the final letter printed again
carries the same number and date). The head of region signs on the head's own
letterhead, an official (``--signed-by``) on the bureau's; a letterhead
without its emblem is noted. Both print the delegation's warnings
(passports, permits, size, overlapping visits, per-diem rates) as notes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, resolve_record, say, target_of
from secretariat.domain.errors import UserError

# The database, services and document modules are imported inside the handlers only, so that "--help" and
# "--version" answer without loading them (see secretariat.cli.main).


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= 366:
        raise argparse.ArgumentTypeError(f"must be from 1 to 366 days, not {value}")
    return value


def _rate(text: str) -> tuple[str, Decimal]:
    currency, _, value = text.partition("=")
    try:
        amount = Decimal(value.strip())
    except InvalidOperation:
        amount = Decimal(0)
    if not currency.strip() or not amount.is_finite() or amount <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not CURRENCY=RATE, e.g. USD=16325.50 (rupiah per unit)")
    return currency.strip().upper(), amount


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register ``delegation-budget`` and ``visit-docs`` on the main parser's sub-parsers."""
    budget = sub.add_parser(
        "delegation-budget", help="write a delegation's travel budget (RAB) as an Excel workbook with live formulas"
    )
    global_options(budget, in_subcommand=True)
    budget.add_argument("delegation", metavar="DELEGATION", help="the delegation's code or global id (gid)")
    budget.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="where to write the workbook")
    budget.add_argument(
        "--days",
        type=_days,
        default=None,
        metavar="N",
        help="days of per diem (default: the days of travel, departure and return included)",
    )
    budget.add_argument(
        "--rate",
        type=_rate,
        action="append",
        default=[],
        metavar="CUR=RATE",
        help="rupiah per unit of a currency, e.g. USD=16325.50 (default: the rate table's latest quote); repeatable",
    )
    budget.add_argument(
        "--rate-date",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="take the rate table's quote of this day or the latest before it (default: today)",
    )
    budget.add_argument(
        "--account",
        default=None,
        metavar="CODE",
        help="APBD account code when no budget line is linked to the delegation",
    )
    budget.add_argument("--force", action="store_true", help="replace the workbook when it exists (an .xlsx only)")
    budget.set_defaults(handler="delegation-budget")

    docs = sub.add_parser("visit-docs", help="write a delegation's list, programme and permit request letter (PDF)")
    global_options(docs, in_subcommand=True)
    docs.add_argument("delegation", metavar="DELEGATION", help="the delegation's code or global id (gid)")
    docs.add_argument("--out-dir", type=Path, required=True, metavar="DIR", help="the folder to write the PDFs to")
    docs.add_argument(
        "--final-letter",
        action="store_true",
        help="the final letter: take the next letter number (default: a draft, nothing taken)",
    )
    docs.add_argument(
        "--letter-date", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="the letter's date (default: today)"
    )
    docs.add_argument(
        "--signed-by",
        default=None,
        metavar="NIP",
        help="the official (by NIP) who signs on behalf of the head of region, e.g. the regional "
        "secretary (default: the head of region)",
    )
    docs.add_argument(
        "--place",
        default=None,
        metavar="TEXT",
        help="the place before the letter's date (default: the town of the office's address)",
    )
    docs.add_argument("--force", action="store_true", help="replace the PDFs of the same names when they exist")
    docs.add_argument(
        "--copy",
        action="append",
        default=None,
        metavar="TEXT",
        help="a carbon copy (tembusan) of the letter; repeatable (default: the usual ministries, and the head of "
        "region when an official signs)",
    )
    docs.set_defaults(handler="visit-docs")


def _number(value: Decimal | int, language: str, decimals: int = 0) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale="id_ID" if language == "id" else "en_GB")


def _delegation_id(ctx: Any, key: str) -> int:
    return resolve_record(ctx, "delegation", key)


def _notes(args: argparse.Namespace, ctx: Any, delegation_id: int) -> None:
    from secretariat.services.delegations.checks import delegation_warnings

    for warning in delegation_warnings(ctx, delegation_id, date.today()):
        say(
            args,
            f"Note ({warning.severity.value}): {warning.message_en}",
            f"Catatan ({_SEVERITY_ID[warning.severity.value]}): {warning.message_id}",
            error=True,
        )


_SEVERITY_ID = {"error": "galat", "warning": "peringatan", "info": "info"}


def delegation_budget_command(args: argparse.Namespace) -> int:
    from secretariat.documents.travel_budget_xlsx import write_travel_budget
    from secretariat.services.delegations.travel_budget import export_travel_budget
    from secretariat.services.output_files import XLSX, check_output

    target = check_output(args.out, XLSX, database=target_of(args), force=args.force, label="--out")
    with command_context(args) as ctx:
        delegation_id = _delegation_id(ctx, args.delegation)
        export = export_travel_budget(
            ctx,
            delegation_id,
            target,
            write=write_travel_budget,
            days=args.days,
            rates=dict(args.rate),
            rate_on=args.rate_date,
            account_code=args.account,
            force=args.force,
        )
        _notes(args, ctx, delegation_id)
    budget, totals, lang = export.budget, export.totals, args.lang
    per_diem_days = sum(item.quantity for item in budget.members[0].costs if item.kind.value == "per_diem")
    say(
        args,
        f"Travel budget of {budget.delegation_code}: {len(budget.members)} members, {per_diem_days} days of per "
        f"diem; account {budget.account_code}.",
        f"Rencana biaya {budget.delegation_code}: {len(budget.members)} anggota, uang harian {per_diem_days} hari; "
        f"rekening {budget.account_code}.",
    )
    if budget.common_grade is not None:
        reason = budget.common_grade_reason or "-"
        say(
            args,
            f"One grade for the whole delegation's per diem: {budget.common_grade.value} ({reason}).",
            f"Satu golongan uang harian untuk seluruh delegasi: {budget.common_grade.value} ({reason}).",
        )
    for rate in budget.rates:
        say(
            args,
            f"Rate: IDR {_number(rate.rate, lang, 2)} per {rate.currency} ({rate.source}, "
            f"{rate.quoted_on.isoformat()}).",
            f"Kurs: Rp {_number(rate.rate, lang, 2)} per {rate.currency} ({rate.source}, "
            f"{rate.quoted_on.isoformat()}).",
        )
    foreign = "; ".join(f"{currency} {_number(amount, lang, 2)}" for currency, amount in sorted(totals.foreign.items()))
    say(
        args,
        f"Total: {foreign or '-'}; IDR {_number(totals.idr, lang)}.",
        f"Jumlah: {foreign or '-'}; Rp {_number(totals.idr, lang)}.",
    )
    missing = budget.missing_rates()
    if missing:
        listed = "; ".join(f"{entry.item.kind.value} ({entry.who})" for entry in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        more_id = f" dan {len(missing) - 8} lainnya" if len(missing) > 8 else ""
        say(
            args,
            f"Warning: {len(missing)} item(s) have no rate in the office's tables; fill in the orange cells: "
            f"{listed}{more}.",
            f"Peringatan: {len(missing)} komponen belum ada tarifnya dalam tabel kantor; isi sel berwarna jingga: "
            f"{listed}{more_id}.",
            error=True,
        )
    say(args, f"Written to {export.path}.", f"Ditulis ke {export.path}.")
    return 0


def _signatory_id(ctx: Any, nip: str | None) -> int | None:
    if not nip:
        return None
    from secretariat.services.reference.officials import list_officials

    wanted = nip.replace(" ", "")
    found = [o for o in list_officials(ctx, search=wanted) if o.nip == wanted]
    if not found:
        raise UserError(
            f"--signed-by: there is no official with NIP {nip}.", f"--signed-by: tidak ada pejabat dengan NIP {nip}."
        )
    return found[0].id


def visit_docs_command(args: argparse.Namespace) -> int:
    from secretariat.documents.visit_documents import (
        render_delegation_list,
        render_permit_letter,
        render_programme,
    )
    from secretariat.services.delegations.records import get_delegation
    from secretariat.services.delegations.visit_documents import (
        document_names,
        export_delegation_list,
        export_permit_letter,
        export_programme,
    )
    from secretariat.services.output_files import PDF, check_output

    folder = args.out_dir.expanduser().resolve()
    if not folder.is_dir():
        raise UserError(f"--out-dir: the folder {folder} does not exist", f"--out-dir: folder {folder} tidak ada")
    written: list[Path] = []
    number: str | None = None
    with command_context(args) as ctx:
        delegation_id = _delegation_id(ctx, args.delegation)
        view = get_delegation(ctx, delegation_id)
        names = document_names(view.code, view.purpose, args.lang)
        letter_name = names.letter if args.final_letter else names.letter_draft
        wanted = [names.delegation_list, names.programme] + ([letter_name] if view.direction == "outgoing" else [])
        for name in wanted:  # every file is checked before the first is written
            check_output(folder / name, PDF, database=ctx.database, force=args.force, label="--out-dir")
        written.append(
            export_delegation_list(
                ctx, delegation_id, folder / names.delegation_list, render=render_delegation_list, force=args.force
            )
        )
        written.append(
            export_programme(ctx, delegation_id, folder / names.programme, render=render_programme, force=args.force)
        )
        if view.direction == "outgoing":
            letter = export_permit_letter(
                ctx,
                delegation_id,
                folder / letter_name,
                render=render_permit_letter,
                force=args.force,
                final=args.final_letter,
                dated=args.letter_date,
                signatory_official_id=_signatory_id(ctx, args.signed_by),
                place=args.place,
                copies=args.copy,
            )
            written.append(letter.path)
            number = letter.letter.number
            for warning in letter.warnings:
                say(args, f"Note: {warning.message_en}.", f"Catatan: {warning.message_id}.", error=True)
        _notes(args, ctx, delegation_id)
    for path in written:
        say(args, f"Written: {path}", f"Ditulis: {path}")
    if number is not None:
        if args.final_letter:
            say(args, f"The letter carries number {number}.", f"Surat bernomor {number}.")
        else:
            say(
                args,
                f"The letter is a draft; its provisional number {number} is taken only with --final-letter.",
                f"Surat masih konsep; nomor sementara {number} baru diambil dengan --final-letter.",
            )
    else:
        say(args, "No permit letter: the visit is incoming.", "Tanpa surat permohonan izin: kunjungan masuk.")
    return 0


HANDLERS = {"delegation-budget": delegation_budget_command, "visit-docs": visit_docs_command}

__all__ = ["HANDLERS", "add_parsers", "delegation_budget_command", "visit_docs_command"]
