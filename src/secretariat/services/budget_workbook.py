"""A fiscal year's budget lines and transactions as the plain input of the budget workbook.

:func:`budget_year` reads one fiscal year from the database into
:class:`secretariat.domain.workbooks.BudgetYear` (lines with their agreement
and delegation, transactions with their own currency, rate, stored rupiah
amount and donor). :func:`export_budget_workbook` writes it with the writer
it is handed: the services layer may not import the documents layer, so the
command line and the GUI pass
:func:`secretariat.documents.budget_xlsx.write_budget_workbook`.

Before anything is written the program's own totals of the data
(:meth:`BudgetYear.summary`, a sum of each row's rupiah) are compared with the
database's (``SUM(idr_amount)``): they must agree to the rupiah, and the
writer's formulas compute the same (tests recalculate the file).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from secretariat.domain.enums import GrantForm, PaperSize, TransactionKind
from secretariat.domain.errors import UserError
from secretariat.domain.money import currency_exponent
from secretariat.domain.workbooks import BudgetLineItem, BudgetTransaction, BudgetYear
from secretariat.services.accounts import account_sort_key
from secretariat.services.budget import BudgetTotals, fiscal_year_totals
from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import Agreement, BudgetLine, Delegation, OfficeProfile, Partner, Transaction

Progress = Callable[[int, int, str], None]
WorkbookWriter = Callable[[BudgetYear, Path], object]

#: Steps reported to ``progress``: reading lines, reading transactions, checking, writing, done.
STEPS = 4
REGION_NOT_SET = "(Nama daerah belum diisi di Pengaturan / Region name not set in Settings)"

__all__ = ["BudgetExport", "STEPS", "budget_year", "export_budget_workbook"]


@dataclass(frozen=True)
class BudgetExport:
    path: Path
    fiscal_year: int
    lines: int
    transactions: int
    totals: BudgetTotals  # the database's own totals, equal to the workbook's
    seconds: float
    written: object = None  # what the writer returned (the workbook's layout)


def _agreement_labels(rows: list[tuple[int, str | None, str | None, str | None]]) -> dict[int, str]:
    """"number - title" per agreement; a label two agreements would share gets the record id."""
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


def budget_year(ctx: ServiceContext, year: int, *, paper: PaperSize | str | None = None,
                progress: Progress | None = None) -> BudgetYear:
    """Fiscal year ``year`` as the workbook's input; UserError when it has no budget lines."""
    report = progress or (lambda _done, _total, _text: None)
    with reading(ctx) as session:
        profile = session.scalar(select(OfficeProfile).limit(1))
        region = ((profile.region_name_id or profile.region_name_en or "").strip() if profile else "") or REGION_NOT_SET
        chosen_paper = PaperSize(paper) if paper else PaperSize(profile.paper if profile and profile.paper else "a4")
        line_rows = session.execute(
            select(BudgetLine.id, BudgetLine.account_code, BudgetLine.description, BudgetLine.planned_idr,
                   BudgetLine.activity, BudgetLine.agreement_id, Delegation.code)
            .outerjoin(Delegation, Delegation.id == BudgetLine.delegation_id)
            .where(BudgetLine.fiscal_year == year)
        ).all()
        if not line_rows:
            raise UserError(f"Fiscal year {year} has no budget lines: there is nothing to put in a workbook.",
                            f"Tahun anggaran {year} tidak memiliki baris anggaran: tidak ada isi untuk buku kerja.")
        agreement_ids = sorted({row[5] for row in line_rows if row[5] is not None})
        labels = _agreement_labels([
            tuple(row) for row in session.execute(  # type: ignore[misc]
                select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en)
                .where(Agreement.id.in_(agreement_ids))
            )
        ]) if agreement_ids else {}
        line_rows.sort(key=lambda r: (account_sort_key(r[1]), r[2], r[0]))
        lines = tuple(
            BudgetLineItem(ref=str(line_id), account_code=code, description=description, planned_idr=int(planned),
                           activity=activity, agreement=labels.get(agreement_id) if agreement_id else None,
                           delegation_code=delegation)
            for line_id, code, description, planned, activity, agreement_id, delegation in line_rows
        )
        report(1, STEPS, "")

        original = aliased(Transaction)
        tx_rows = session.execute(
            select(Transaction.occurred_on, Transaction.budget_line_id, Transaction.kind, Transaction.currency,
                   Transaction.amount_minor, Transaction.rate_to_idr, Transaction.idr_amount, Transaction.form,
                   Partner.name, Transaction.description, Transaction.reference,
                   original.occurred_on, original.amount_minor, original.reference)
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
        for (on, line_id, kind, currency, minor, rate, idr, form, donor, description, reference,
             corrected_on, corrected_minor, corrected_reference) in tx_rows:
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
            transactions.append(BudgetTransaction(
                occurred_on=on, line_ref=str(line_id), kind=kinds[kind], currency=currency,
                amount=Decimal(minor).scaleb(-exponent), rate=rate, form=forms[form], donor=donor,
                description=text, idr_amount=int(idr),
            ))
        report(2, STEPS, "")
    return BudgetYear(region_name=region, fiscal_year=year, lines=lines, transactions=tuple(transactions),
                      paper=chosen_paper)


def _target(path: str | Path) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name such as {target / 'anggaran.xlsx'}",
                        f"{target} adalah folder; berikan nama berkas seperti {target / 'anggaran.xlsx'}")
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"{target.name}: the workbook is written as .xlsx; give a name ending in .xlsx",
                        f"{target.name}: buku kerja ditulis sebagai .xlsx; berikan nama yang berakhiran .xlsx")
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.", f"Folder {target.parent} tidak ada.")
    if not os.access(target.parent, os.W_OK):
        raise UserError(f"Cannot write into {target.parent}.", f"Tidak dapat menulis ke {target.parent}.")
    return target


def export_budget_workbook(ctx: ServiceContext, year: int, path: str | Path, write: WorkbookWriter, *,
                           paper: PaperSize | str | None = None, progress: Progress | None = None) -> BudgetExport:
    """Write fiscal year ``year`` with ``write`` to ``path`` (replaced only once the new file is complete)."""
    started = time.perf_counter()
    report = progress or (lambda _done, _total, _text: None)
    target = _target(path)
    data = budget_year(ctx, year, paper=paper, progress=report)
    data.validate()
    program = data.summary().total
    database = fiscal_year_totals(ctx, year)
    if (program.planned, program.realised, program.grants) != (
            database.planned_idr, database.realised_idr, database.grants_idr):
        raise RuntimeError(  # a fault of the program, not of the user's data
            f"fiscal year {year}: the rows add up to {program} but the database sums to {database}")
    report(3, STEPS, "")
    handle, partial_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    partial = Path(partial_name)
    try:
        written = write(data, partial)
        os.replace(partial, target)
    except PermissionError:
        raise UserError(
            f"Cannot replace {target}: is it open in Excel? Close it and try again.",
            f"Tidak dapat mengganti {target}: apakah sedang dibuka di Excel? Tutup lalu coba lagi.",
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    report(STEPS, STEPS, "")
    return BudgetExport(path=target, fiscal_year=year, lines=len(data.lines), transactions=len(data.transactions),
                        totals=database, seconds=time.perf_counter() - started, written=written)
