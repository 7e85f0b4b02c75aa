"""A fiscal year's budget lines and transactions as the plain input of the budget workbook.

:func:`budget_year` reads one fiscal year from the database into
:class:`secretariat.domain.workbooks.BudgetYear` (lines with their agreement
and delegation, transactions with their own currency, rate, stored rupiah
amount and donor). :func:`export_budget_workbook` writes it with the writer
it is handed: the services layer may not import the documents layer, so the
command line and the GUI pass
:func:`secretariat.documents.budget_xlsx.write_budget_workbook`.

Each line carries its side (revenue, spending or financing, from the chart of
accounts: :mod:`secretariat.services.budget.sides`); the workbook keeps the
sides in separate sheets and totals. A year with no lines gives a workbook
that says so. The signatures come from the office profile: the finance
officer prepares, the bureau head approves (name, title and NIP).

The lines, the transactions and the database's own totals (``SUM(idr_amount)``)
are read from one snapshot. The writer checks every row (its stored rupiah
amount must be its amount times its rate, rounded half up, as the workbook's
``ROUND`` formula computes it); then the rows' totals are compared with the
database's before the file replaces the old one. Tests recalculate the file
with LibreOffice and find the program's totals.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from secretariat.domain.budget_figures import BudgetFigures
from secretariat.domain.enums import GrantForm, PaperSize, TransactionKind
from secretariat.domain.errors import UserError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.money import currency_exponent
from secretariat.domain.visit_documents import place_from_address
from secretariat.domain.workbooks import BudgetLineItem, BudgetTransaction, BudgetYear, Signatory
from secretariat.services.budget.accounts import account_sort_key
from secretariat.services.budget.lines import year_figures
from secretariat.services.budget.sides import sides_of
from secretariat.services.context import ServiceContext, reading
from secretariat.services.output_files import XLSX, check_output, write_output
from secretariat.storage.models import Agreement, BudgetLine, Delegation, OfficeProfile, Partner, Transaction

Progress = Callable[[int, int, str], None]
WorkbookWriter = Callable[[BudgetYear, Path], object]

#: Steps reported to ``progress``: lines read, transactions read, workbook written, totals checked.
STEPS = 4
REGION_NOT_SET = "(Nama daerah belum diisi di Pengaturan / Region name not set in Settings)"

__all__ = ["STEPS", "BudgetExport", "budget_year", "export_budget_workbook"]


@dataclass(frozen=True)
class BudgetExport:
    path: Path
    fiscal_year: int
    lines: int
    transactions: int
    totals: BudgetFigures  # the database's own totals, equal to the workbook's
    seconds: float
    written: object = None  # what the writer returned (the workbook's layout)


def _agreement_labels(rows: Sequence[tuple[int, str | None, str | None, str | None]]) -> dict[int, str]:
    """ "number - title" per agreement; a label two agreements would share gets the record id."""
    labels = {}
    for agreement_id, number, title_id, title_en in rows:
        title = (title_id or title_en or "").strip()
        labels[agreement_id] = f"{number} - {title}" if number else title or f"#{agreement_id}"
    seen: dict[str, int] = {}
    for text in labels.values():
        seen[text] = seen.get(text, 0) + 1
    return {key: (f"{text} (#{key})" if seen[text] > 1 else text) for key, text in labels.items()}


def _amount_text(minor: int, currency: str) -> str:
    exponent = currency_exponent(currency)
    return f"{currency} {Decimal(minor).scaleb(-exponent):,.{exponent}f}"


def budget_year(
    ctx: ServiceContext, year: int, *, paper: PaperSize | str | None = None, progress: Progress | None = None
) -> BudgetYear:
    """Fiscal year ``year`` as the workbook's input (a year with no lines has none: its workbook says so)."""
    return _read_year(ctx, year, paper, progress)[0]


def _read_year(
    ctx: ServiceContext, year: int, paper: PaperSize | str | None, progress: Progress | None
) -> tuple[BudgetYear, BudgetFigures]:
    """The year's data and the database's own totals of it, read from one snapshot."""
    report = progress or (lambda _done, _total, _text: None)
    with reading(ctx) as session:
        if session.get_bind().dialect.name == "postgresql":
            # Lines, transactions and totals from one snapshot, whatever other workstations save meanwhile
            # (SQLite's read transaction is one snapshot already).
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        profile = session.scalar(select(OfficeProfile).limit(1))
        region = ((profile.region_name_id or profile.region_name_en or "").strip() if profile else "") or REGION_NOT_SET
        chosen_paper = PaperSize(paper) if paper else PaperSize(profile.paper if profile and profile.paper else "a4")
        line_rows = session.execute(
            select(
                BudgetLine.id,
                BudgetLine.account_code,
                BudgetLine.description,
                BudgetLine.planned_idr,
                BudgetLine.activity,
                BudgetLine.agreement_id,
                Delegation.code,
            )
            .outerjoin(Delegation, Delegation.id == BudgetLine.delegation_id)
            .where(BudgetLine.fiscal_year == year)
        ).all()
        agreement_ids = sorted({row[5] for row in line_rows if row[5] is not None})
        labels = (
            _agreement_labels(
                list(
                    session.execute(
                        select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en).where(
                            Agreement.id.in_(agreement_ids)
                        )
                    ).all()
                )
            )
            if agreement_ids
            else {}
        )
        code_keys = {code: account_sort_key(code) for code in {row[1] for row in line_rows}}
        line_rows = sorted(line_rows, key=lambda r: (code_keys[r[1]], r[2], r[0]))
        sides = sides_of(session, code_keys)
        lines = tuple(
            BudgetLineItem(
                ref=str(line_id),
                account_code=code,
                description=description,
                planned_idr=int(planned),
                activity=activity,
                agreement=labels.get(agreement_id) if agreement_id else None,
                delegation_code=delegation,
                side=sides[code],
            )
            for line_id, code, description, planned, activity, agreement_id, delegation in line_rows
        )
        report(1, STEPS, "")

        original = aliased(Transaction)
        tx_rows = session.execute(
            select(
                Transaction.occurred_on,
                Transaction.budget_line_id,
                Transaction.kind,
                Transaction.currency,
                Transaction.amount_minor,
                Transaction.rate_to_idr,
                Transaction.idr_amount,
                Transaction.form,
                Partner.name,
                Transaction.description,
                Transaction.reference,
                original.occurred_on,
                original.amount_minor,
                original.reference,
            )
            .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
            .outerjoin(Partner, Partner.id == Transaction.donor_partner_id)
            .outerjoin(original, original.id == Transaction.corrects_id)
            .where(BudgetLine.fiscal_year == year)
            .order_by(Transaction.occurred_on, Transaction.id)
        )
        kinds = {kind.value: kind for kind in TransactionKind}
        forms = {form.value: form for form in GrantForm}
        exponents: dict[str, int] = {}
        transactions = []
        outside: list[tuple[date, int, str, int]] = []
        for (
            on,
            line_id,
            kind,
            currency,
            minor,
            rate,
            idr,
            form,
            donor,
            description,
            reference,
            corrected_on,
            corrected_minor,
            corrected_reference,
        ) in tx_rows:
            if on.year != year:
                outside.append((on, line_id, currency, minor))
            exponent = exponents.get(currency)
            if exponent is None:
                exponent = exponents[currency] = currency_exponent(currency)
            text = description
            if corrected_on is not None:
                what = f"{corrected_on.isoformat()} {_amount_text(corrected_minor, currency)}"
                if corrected_reference:
                    what += f" ({corrected_reference})"
                text = f"Koreksi atas / Correction of {what}: {description or ''}".rstrip(": ")
            if reference:
                text = f"{text} [{reference}]" if text else f"[{reference}]"
            transactions.append(
                BudgetTransaction(
                    occurred_on=on,
                    line_ref=str(line_id),
                    kind=kinds[kind],
                    currency=currency,
                    amount=Decimal(minor).scaleb(-exponent),
                    rate=rate,
                    form=forms[form],
                    donor=donor,
                    description=text,
                    idr_amount=int(idr),
                )
            )
        if outside:
            _refuse_outside(year, outside, {row[0]: (row[1], row[2]) for row in line_rows})
        totals = year_figures(session, year).get(year, BudgetFigures())
        report(2, STEPS, "")
    data = BudgetYear(
        region_name=region,
        fiscal_year=year,
        lines=lines,
        transactions=tuple(transactions),
        paper=chosen_paper,
        prepared_by=_signatory(
            profile.finance_officer_name if profile else None,
            profile.finance_officer_title if profile else None,
            profile.finance_officer_nip if profile else None,
        ),
        approved_by=_signatory(
            profile.bureau_head_name if profile else None,
            profile.bureau_head_title if profile else None,
            profile.bureau_head_nip if profile else None,
        ),
        place=place_from_address(tuple((profile.address_lines or "").splitlines())) if profile else None,
        prepared_on=date.today(),
    )
    return data, totals


def _signatory(name: str | None, title: str | None, nip: str | None) -> Signatory | None:
    """Who signs, as the office profile names them; None when no name is filled in (a blank to sign is printed)."""
    if not (name or "").strip():
        return None
    return Signatory((name or "").strip(), (title or "").strip(), (nip or "").strip() or None)


def _refuse_outside(year: int, outside: list[tuple[date, int, str, int]], lines: dict[int, tuple[str, str]]) -> None:
    """Transactions dated outside their line's fiscal year (only data not entered through the services)."""
    shown_en, shown_id = [], []
    for on, line_id, currency, minor in outside[:5]:
        code, description = lines[line_id]
        what = f"{_amount_text(minor, currency)} ({code} {description})"
        shown_en.append(f"{clerk_date(on, 'en')} {what}")
        shown_id.append(f"{clerk_date(on, 'id')} {what}")
    more_en = f" and {len(outside) - 5} more" if len(outside) > 5 else ""
    more_id = f" dan {len(outside) - 5} lainnya" if len(outside) > 5 else ""
    raise UserError(
        f"Fiscal year {year} has {len(outside)} transaction(s) dated outside the year: {'; '.join(shown_en)}{more_en}. "
        "Correct their dates or move them to a line of their own year first.",
        f"Tahun anggaran {year} memiliki {len(outside)} transaksi bertanggal di luar tahun itu: "
        f"{'; '.join(shown_id)}{more_id}. Perbaiki tanggalnya atau pindahkan ke baris tahunnya sendiri dahulu.",
    )


def _rows_totals(data: BudgetYear) -> BudgetFigures:
    """The same totals added up from the rows the workbook holds (each row's stored rupiah, to its line's side)."""
    return data.summary().total


def export_budget_workbook(
    ctx: ServiceContext,
    year: int,
    path: str | Path,
    write: WorkbookWriter,
    *,
    paper: PaperSize | str | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> BudgetExport:
    """Write fiscal year ``year`` with ``write`` to ``path`` (see ``services.output_files``: an existing
    workbook is replaced only with ``force``, and only once the new file is complete)."""
    started = time.perf_counter()
    report = progress or (lambda _done, _total, _text: None)
    check_output(path, XLSX, database=ctx.database, force=force)
    data, database = _read_year(ctx, year, paper, report)

    def produce(partial: Path) -> object:
        # The writer validates every row first: each stored rupiah amount must be the row's amount x rate,
        # rounded half up, which is what the workbook's formulas compute.
        written = write(data, partial)
        report(3, STEPS, "")
        rows = _rows_totals(data)
        if rows != database:
            raise RuntimeError(  # a fault of the program, not of the user's data
                f"fiscal year {year}: the rows add up to {rows} but the database sums to {database}"
            )
        return written

    target, written = write_output(path, XLSX, produce, database=ctx.database, force=force)
    report(STEPS, STEPS, "")
    return BudgetExport(
        path=target,
        fiscal_year=year,
        lines=len(data.lines),
        transactions=len(data.transactions),
        totals=database,
        seconds=time.perf_counter() - started,
        written=written,
    )
