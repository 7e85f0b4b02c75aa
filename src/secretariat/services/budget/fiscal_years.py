"""Fiscal years: their figures, closing and reopening, and corrections of a closed year.

Closing a fiscal year locks its budget lines and transactions against any
change, as an accountant closes a period (the lock itself is enforced by
:func:`secretariat.services.budget.lines.refuse_if_closed` in every write).

Who may do what, checked against the user's role *as stored in the database*
(a role changed at another workstation counts at once, whatever the open
session believes):

* closing a year: the head (``head``) or an administrator (``admin``);
* reopening a closed year: the head only, with a reason, which is written to
  the audit trail together with the fields that changed. An administrator
  cannot reopen; he gives the head's role to the person who heads the bureau
  (services.users.set_user_role, audited too).

A figure of a closed year that proves wrong is not changed: a *correction* is
entered instead, a new dated entry in an open year pointing at the
transaction it corrects (:func:`add_correction`). It is the one kind of
transaction whose amount may be negative; see docs/money.md.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, localcontext

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from secretariat.domain.budget_figures import BudgetFigures, SpendingFigures
from secretariat.domain.enums import BudgetSide
from secretariat.domain.errors import NotFoundError, Problem, UserError, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.money import IDR, Money, currency_exponent, parse_amount
from secretariat.domain.validation import clean
from secretariat.services.backups import backup_before
from secretariat.services.budget.lines import (
    IN_KIND_IDR,
    MAX_STORED,
    RATE_TEXT_LENGTH,
    TOTAL_IDR,
    TransactionView,
    _transaction_view,
    refuse_if_closed,
    year_figures,
)
from secretariat.services.budget.sides import sides_of
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, write_action, writing
from secretariat.services.permissions import PERMISSIONS, Action, require, stored_role
from secretariat.storage.models import (
    Agreement,
    AuditEntry,
    BudgetLine,
    FiscalYear,
    Partner,
    Transaction,
)
from secretariat.storage.types import utcnow

YEAR_RANGE = (2000, 2100)
REASON_MIN_LENGTH = 10
REASON_MAX_LENGTH = 1000
_WIDE = 100

CLOSERS = PERMISSIONS[Action.CLOSE_YEAR].roles
REOPENERS = PERMISSIONS[Action.REOPEN_YEAR].roles

__all__ = [
    "CLOSERS",
    "REOPENERS",
    "AgreementFigures",
    "CorrectionData",
    "CurrencyFigures",
    "FiscalYearView",
    "OverPlanLine",
    "ReopenNote",
    "YearOverview",
    "add_correction",
    "can_close_years",
    "can_reopen_years",
    "close_year",
    "get_year",
    "list_corrections",
    "list_years",
    "reopen_year",
    "year_overview",
]


# --- views -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReopenNote:
    """The last time a year was reopened: when, by whom and why (from the audit trail)."""

    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class FiscalYearView:
    year: int
    closed_at: datetime | None
    closed_by: str | None
    lines: int
    transactions: int
    totals: BudgetFigures
    last_reopened: ReopenNote | None = None

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True)
class AgreementFigures:
    """The lines of one agreement in a year (``agreement_id`` None: the lines of no agreement)."""

    agreement_id: int | None
    number: str | None
    title_id: str | None
    title_en: str | None
    lines: int
    totals: BudgetFigures

    def title(self, language: str = "id") -> str | None:
        return (self.title_id or self.title_en) if language == "id" else (self.title_en or self.title_id)

    @property
    def over_plan(self) -> bool:
        """Spending (or financing) realised over its ceiling; revenue above target is no fault."""
        return self.totals.over_plan


@dataclass(frozen=True)
class OverPlanLine:
    """A spending (or financing) line realised over its ceiling."""

    budget_line_id: int
    account_code: str
    description: str
    agreement_number: str | None
    side: BudgetSide
    totals: SpendingFigures

    @property
    def over_idr(self) -> int:
        return self.totals.realised_idr - self.totals.planned_idr


@dataclass(frozen=True)
class CurrencyFigures:
    """What a year's transactions hold in one currency: its own amounts added, and their rupiah equivalents.

    ``realised`` is spent on spending and financing lines, ``grants`` received on revenue lines: never added."""

    currency: str
    transactions: int
    realised: Decimal  # in the currency itself
    grants: Decimal
    realised_idr: int
    grants_idr: int


@dataclass(frozen=True)
class YearOverview:
    year: FiscalYearView
    by_agreement: tuple[AgreementFigures, ...]  # largest plan first; the lines of no agreement last
    over_plan: tuple[OverPlanLine, ...]  # most over first
    currencies: tuple[CurrencyFigures, ...]  # IDR first, then by code


# --- who may ---------------------------------------------------------------------------------------------


def can_close_years(ctx: ServiceContext) -> bool:
    with reading(ctx) as session:
        return stored_role(session, ctx) in CLOSERS


def can_reopen_years(ctx: ServiceContext) -> bool:
    with reading(ctx) as session:
        return stored_role(session, ctx) in REOPENERS


# --- figures ---------------------------------------------------------------------------------------------


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError(
            [
                Problem(
                    "fiscal_year",
                    f"must be a year between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}",
                    f"harus tahun antara {YEAR_RANGE[0]} dan {YEAR_RANGE[1]}",
                )
            ]
        )


def _reopen_notes(session: Session, years: list[int] | None = None) -> dict[int, ReopenNote]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == FiscalYear.__tablename__, AuditEntry.action == "update")
        .order_by(AuditEntry.id)
    )
    if years is not None:
        query = query.where(AuditEntry.entity_id.in_([str(y) for y in years]))
    notes: dict[int, ReopenNote] = {}
    for entry in session.scalars(query):
        try:
            reason = json.loads(entry.changes).get("reopen_reason", [None, None])[1]
        except (ValueError, AttributeError, IndexError, TypeError):
            continue
        if reason and entry.entity_id.isdigit():
            notes[int(entry.entity_id)] = ReopenNote(at=entry.at, by=entry.user_login, reason=reason)
    return notes


def _years(session: Session, only: int | None = None) -> list[FiscalYearView]:
    lines_query = select(BudgetLine.fiscal_year, func.count(BudgetLine.id)).group_by(BudgetLine.fiscal_year)
    tx_query = (
        select(BudgetLine.fiscal_year, func.count(Transaction.id))
        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
        .group_by(BudgetLine.fiscal_year)
    )
    stored_query = select(FiscalYear)
    if only is not None:
        lines_query = lines_query.where(BudgetLine.fiscal_year == only)
        tx_query = tx_query.where(BudgetLine.fiscal_year == only)
        stored_query = stored_query.where(FiscalYear.year == only)
    line_counts = {year: int(count) for year, count in session.execute(lines_query)}
    tx_counts = {year: int(count) for year, count in session.execute(tx_query)}
    figures = year_figures(session, only)
    stored = {row.year: row for row in session.scalars(stored_query)}
    years = sorted(set(line_counts) | set(stored) | ({only} if only is not None else set()), reverse=True)
    notes = _reopen_notes(session, years)
    views = []
    for year in years:
        row = stored.get(year)
        views.append(
            FiscalYearView(
                year=year,
                closed_at=row.closed_at if row else None,
                closed_by=row.closed_by if row else None,
                lines=line_counts.get(year, 0),
                transactions=tx_counts.get(year, 0),
                totals=figures.get(year, BudgetFigures()),
                last_reopened=notes.get(year),
            )
        )
    return views


def list_years(ctx: ServiceContext) -> list[FiscalYearView]:
    """Every year that has budget lines or was closed, newest first, with its status and rupiah totals."""
    with reading(ctx) as session:
        return _years(session)


def get_year(ctx: ServiceContext, year: int) -> FiscalYearView:
    """One year's status and totals (a year with no lines yet has zero totals and is open)."""
    _check_year(year)
    with reading(ctx) as session:
        return _years(session, year)[0]


def year_overview(ctx: ServiceContext, year: int) -> YearOverview:
    """A year's figures per agreement (revenue and spending apart), its spending lines over plan and its amounts
    per currency; all summed in SQL, each account code's sums going to its side."""
    _check_year(year)
    with reading(ctx) as session:
        view = _years(session, year)[0]
        planned_rows = session.execute(
            select(
                BudgetLine.agreement_id,
                BudgetLine.account_code,
                func.count(BudgetLine.id),
                func.coalesce(func.sum(BudgetLine.planned_idr), 0),
            )
            .where(BudgetLine.fiscal_year == year)
            .group_by(BudgetLine.agreement_id, BudgetLine.account_code)
        ).all()
        moved = {
            (agreement_id, code): (int(total), int(in_kind))
            for agreement_id, code, total, in_kind in session.execute(
                select(BudgetLine.agreement_id, BudgetLine.account_code, TOTAL_IDR, IN_KIND_IDR)
                .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
                .where(BudgetLine.fiscal_year == year)
                .group_by(BudgetLine.agreement_id, BudgetLine.account_code)
            )
        }
        sides = sides_of(session, {code for _agreement, code, _count, _planned in planned_rows})
        per_agreement: dict[int | None, tuple[int, BudgetFigures]] = {}
        for agreement_id, code, count, planned in planned_rows:
            total, in_kind = moved.get((agreement_id, code), (0, 0))
            lines, figures = per_agreement.get(agreement_id, (0, BudgetFigures()))
            per_agreement[agreement_id] = (
                lines + int(count),
                figures + BudgetFigures.of_line(sides[code], int(planned), total, in_kind),
            )
        ids = [agreement_id for agreement_id in per_agreement if agreement_id is not None]
        agreements = (
            {
                row.id: row
                for row in session.execute(
                    select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en).where(
                        Agreement.id.in_(ids)
                    )
                )
            }
            if ids
            else {}
        )
        by_agreement = []
        for agreement_id, (count, figures) in per_agreement.items():
            info = agreements.get(agreement_id) if agreement_id is not None else None
            by_agreement.append(
                AgreementFigures(
                    agreement_id=agreement_id,
                    number=info.number if info else None,
                    title_id=info.title_id if info else None,
                    title_en=info.title_en if info else None,
                    lines=count,
                    totals=figures,
                )
            )
        by_agreement.sort(
            key=lambda f: (
                f.agreement_id is None,
                -(f.totals.spending.planned_idr + f.totals.financing.planned_idr),
                -f.totals.revenue.target_idr,
                f.number or "",
                f.agreement_id or 0,
            )
        )

        per_line = (
            select(Transaction.budget_line_id.label("line_id"), TOTAL_IDR.label("total"))
            .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
            .where(BudgetLine.fiscal_year == year)
            .group_by(Transaction.budget_line_id)
            .subquery()
        )
        over_rows = session.execute(
            select(
                BudgetLine.id,
                BudgetLine.account_code,
                BudgetLine.description,
                BudgetLine.planned_idr,
                Agreement.number,
                per_line.c.total,
            )
            .join(per_line, per_line.c.line_id == BudgetLine.id)
            .outerjoin(Agreement, Agreement.id == BudgetLine.agreement_id)
            .where(per_line.c.total > BudgetLine.planned_idr)
        ).all()
        over_sides = sides_of(session, {row[1] for row in over_rows})
        over = sorted(
            (
                OverPlanLine(
                    row[0], row[1], row[2], row[4], over_sides[row[1]], SpendingFigures(int(row[3]), int(row[5]))
                )
                for row in over_rows
                if over_sides[row[1]] is not BudgetSide.REVENUE  # revenue above its target is no fault
            ),
            key=lambda line: (-line.over_idr, line.budget_line_id),
        )

        # count, spent minor, received minor, spent idr, received idr
        kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        currency_rows = session.execute(
            select(
                Transaction.currency,
                BudgetLine.account_code,
                func.count(),
                func.sum(Transaction.amount_minor),
                func.sum(Transaction.idr_amount),
            )
            .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
            .where(BudgetLine.fiscal_year == year)
            .group_by(Transaction.currency, BudgetLine.account_code)
        ).all()
        currency_sides = sides_of(session, {row[1] for row in currency_rows})
        for currency, code, count, minor, idr in currency_rows:
            slot = kinds[currency]
            slot[0] += int(count)
            if currency_sides[code] is BudgetSide.REVENUE:
                slot[2] += int(minor)
                slot[4] += int(idr)
            else:
                slot[1] += int(minor)
                slot[3] += int(idr)
        currencies = tuple(
            CurrencyFigures(
                currency=code,
                transactions=slot[0],
                realised=Money.from_minor(slot[1], code).amount,
                grants=Money.from_minor(slot[2], code).amount,
                realised_idr=slot[3],
                grants_idr=slot[4],
            )
            for code, slot in sorted(kinds.items(), key=lambda item: (item[0] != IDR, item[0]))
        )
        return YearOverview(year=view, by_agreement=tuple(by_agreement), over_plan=tuple(over), currencies=currencies)


# --- closing and reopening -------------------------------------------------------------------------------


def close_year(ctx: ServiceContext, year: int) -> FiscalYearView:
    """Lock ``year``'s lines and transactions (the head or an administrator); audited. Backed up first."""
    _check_year(year)
    backup_before(ctx, "before-year-closing")
    with write_action("close_year"), writing(ctx) as session:
        require(session, ctx, Action.CLOSE_YEAR, f"close fiscal year {year}", f"menutup tahun anggaran {year}")
        row = session.get(FiscalYear, year)
        if row is not None and row.closed_at is not None:
            by = f" by {row.closed_by}" if row.closed_by else ""
            by_id = f" oleh {row.closed_by}" if row.closed_by else ""
            raise UserError(
                f"Fiscal year {year} is already closed (on {clerk_date(row.closed_at.date(), 'en')}{by}).",
                f"Tahun anggaran {year} sudah ditutup (pada {clerk_date(row.closed_at.date(), 'id')}{by_id}).",
            )
        if row is None:
            row = FiscalYear(year=year)
            session.add(row)
        row.closed_at = utcnow()
        row.closed_by = ctx.actor.login
    return get_year(ctx, year)


def reopen_year(ctx: ServiceContext, year: int, reason: str) -> FiscalYearView:
    """Unlock a closed year (the head only); the reason goes to the audit trail with the change."""
    _check_year(year)
    text = clean(reason) or ""
    if len(text) < REASON_MIN_LENGTH or len(text) > REASON_MAX_LENGTH:
        raise ValidationError(
            [
                Problem(
                    "reason",
                    f"say why the year is reopened ({REASON_MIN_LENGTH} to {REASON_MAX_LENGTH} characters)",
                    f"tuliskan alasan tahun ini dibuka kembali "
                    f"({REASON_MIN_LENGTH} sampai {REASON_MAX_LENGTH} karakter)",
                )
            ]
        )
    with write_action("reopen_year"), writing(ctx) as session:
        require(
            session, ctx, Action.REOPEN_YEAR, f"reopen fiscal year {year}", f"membuka kembali tahun anggaran {year}"
        )
        row = session.get(FiscalYear, year)
        if row is None or row.closed_at is None:
            raise UserError(f"Fiscal year {year} is not closed.", f"Tahun anggaran {year} tidak sedang ditutup.")
        before_at, before_by = row.closed_at, row.closed_by
        # One audit entry holding both the change and its reason (a plain UPDATE, so the ORM's automatic
        # entry does not duplicate it).
        session.execute(update(FiscalYear).where(FiscalYear.year == year).values(closed_at=None, closed_by=None))
        session.add(
            AuditEntry(
                at=utcnow(),
                user_login=ctx.actor.login,
                action="update",
                entity=FiscalYear.__tablename__,
                entity_id=str(year),
                entity_gid=None,
                summary=f"Reopened {year}: {text}"[:300],
                changes=json.dumps(
                    {
                        "closed_at": [before_at.isoformat(), None],
                        "closed_by": [before_by, None],
                        "reopen_reason": [None, text],
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            )
        )
        session.expire(row)
    return get_year(ctx, year)


# --- corrections of a closed year ---------------------------------------------------------------------------


@dataclass
class CorrectionData:
    """A correction of transaction ``corrects_id`` (of a closed year), entered on a line of an open year.

    ``amount`` is signed and in the corrected transaction's currency: -900.00 takes USD 900.00 off.
    Without ``rate_to_idr`` a foreign amount is converted at the corrected transaction's own rate, so
    that the correction restores the right rupiah figure exactly.
    """

    corrects_id: int
    budget_line_id: int
    occurred_on: date
    amount: Decimal | str
    reason: str
    rate_to_idr: Decimal | str | None = None
    reference: str | None = None


def _signed_amount(value: object, currency: str, problems: list[Problem]) -> tuple[Decimal, int] | None:
    try:
        amount = parse_amount(value, "amount", allow_negative=True)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None
    if amount == 0:
        problems.append(Problem("amount", "a correction cannot be zero", "koreksi tidak boleh nol"))
        return None
    try:
        minor = Money(amount, currency).minor
    except ValueError:
        exponent = currency_exponent(currency)
        allowed_en = "no decimals" if exponent == 0 else f"at most {exponent} decimal(s)"
        allowed_id = "tanpa desimal" if exponent == 0 else f"paling banyak {exponent} angka desimal"
        problems.append(
            Problem(
                "amount",
                f"{currency} amounts have {allowed_en}; {amount} has more",
                f"jumlah {currency} {allowed_id}; {amount} melebihi itu",
            )
        )
        return None
    if abs(minor) > MAX_STORED:
        problems.append(Problem("amount", "is too large to be stored", "terlalu besar untuk disimpan"))
        return None
    return amount, minor


def add_correction(ctx: ServiceContext, data: CorrectionData) -> int:
    """Record a correction of a closed year's transaction as a new dated entry in an open year."""
    problems: list[Problem] = []
    with writing(ctx) as session:
        original = session.get(Transaction, data.corrects_id)
        if original is None:
            raise NotFoundError(
                f"There is no transaction {data.corrects_id} to correct.",
                f"Tidak ada transaksi {data.corrects_id} untuk dikoreksi.",
            )
        if original.corrects_id is not None:
            raise UserError(
                f"Transaction {original.id} is itself a correction of transaction {original.corrects_id}; "
                "correct that one.",
                f"Transaksi {original.id} sendiri adalah koreksi atas transaksi {original.corrects_id}; "
                "koreksilah transaksi itu.",
            )
        original_year = original.budget_line.fiscal_year
        year_row = session.get(FiscalYear, original_year)
        if year_row is None or year_row.closed_at is None:
            raise UserError(
                f"Fiscal year {original_year} is open: change transaction {original.id} itself; a correction is "
                "for a closed year.",
                f"Tahun anggaran {original_year} masih terbuka: ubah transaksi {original.id} itu sendiri; koreksi "
                "hanya untuk tahun yang sudah ditutup.",
            )
        line = session.get(BudgetLine, data.budget_line_id)
        if line is None:
            problems.append(
                Problem(
                    "budget_line",
                    f"there is no budget line {data.budget_line_id}",
                    f"tidak ada baris anggaran {data.budget_line_id}",
                )
            )
        currency = original.currency
        signed = _signed_amount(data.amount, currency, problems)
        rate: Decimal | None = original.rate_to_idr
        if data.rate_to_idr is not None and str(data.rate_to_idr).strip():
            try:
                rate = parse_amount(data.rate_to_idr, "rate_to_idr", allow_negative=True)
            except ValidationError as exc:
                problems.extend(exc.problems)
                rate = None
            if rate is not None and rate <= 0:
                problems.append(Problem("rate_to_idr", "must be greater than zero", "harus lebih dari nol"))
                rate = None
            elif rate is not None and currency == IDR and rate != 1:
                problems.append(
                    Problem(
                        "rate_to_idr",
                        "a rupiah amount has no exchange rate (it is 1)",
                        "jumlah dalam rupiah tidak memakai kurs (kursnya 1)",
                    )
                )
                rate = None
            elif rate is not None and len(format(rate, "f")) > RATE_TEXT_LENGTH:
                problems.append(
                    Problem(
                        "rate_to_idr",
                        f"has too many digits (at most {RATE_TEXT_LENGTH})",
                        f"terlalu banyak digit (paling banyak {RATE_TEXT_LENGTH})",
                    )
                )
                rate = None
        reason = clean(data.reason) or ""
        if len(reason) < REASON_MIN_LENGTH:
            problems.append(
                Problem(
                    "reason",
                    f"say what is corrected and why (at least {REASON_MIN_LENGTH} characters)",
                    f"tuliskan apa yang dikoreksi dan alasannya (paling sedikit {REASON_MIN_LENGTH} karakter)",
                )
            )
        if data.occurred_on is None:
            problems.append(Problem("occurred_on", "is required", "wajib diisi"))
        elif line is not None and data.occurred_on.year != line.fiscal_year:
            problems.append(
                Problem(
                    "occurred_on",
                    f"{clerk_date(data.occurred_on, 'en')} is outside fiscal year {line.fiscal_year}",
                    f"{clerk_date(data.occurred_on, 'id')} di luar tahun anggaran {line.fiscal_year}",
                )
            )
        idr: int | None = None
        if signed is not None:
            corrected_so_far = (
                session.scalar(
                    select(func.coalesce(func.sum(Transaction.amount_minor), 0)).where(
                        Transaction.corrects_id == original.id
                    )
                )
                or 0
            )
            net = original.amount_minor + int(corrected_so_far) + signed[1]
            if net < 0:
                now = Money.from_minor(original.amount_minor + int(corrected_so_far), currency)
                problems.append(
                    Problem(
                        "amount",
                        f"would take transaction {original.id} below zero: it stands at {now} after its "
                        "corrections so far",
                        f"akan membuat transaksi {original.id} kurang dari nol: nilainya kini {now} setelah koreksi "
                        "sebelumnya",
                    )
                )
            elif rate is not None:
                with localcontext() as context:
                    context.prec = _WIDE
                    idr = int(Money(signed[0], currency).to_idr(Decimal(1) if currency == IDR else rate).amount)
                if abs(idr) > MAX_STORED:
                    problems.append(Problem("amount", "is too large to be stored", "terlalu besar untuk disimpan"))
        if problems:
            raise ValidationError(problems)
        assert line is not None and signed is not None and idr is not None and rate is not None
        refuse_if_closed(session, line.fiscal_year)  # a correction goes on a line of an open year
        row = Transaction(
            budget_line_id=line.id,
            occurred_on=data.occurred_on,
            kind=original.kind,
            amount_minor=signed[1],
            currency=currency,
            rate_to_idr=Decimal(1) if currency == IDR else rate,
            idr_amount=idr,
            donor_partner_id=original.donor_partner_id,
            form=original.form,
            description=reason,
            reference=clean(data.reference),
            corrects_id=original.id,
        )
        session.add(row)
        session.flush()
        return row.id


def list_corrections(ctx: ServiceContext, transaction_id: int) -> list[TransactionView]:
    """The corrections entered for a transaction, by date."""
    with reading(ctx) as session:
        fetch(session, Transaction, transaction_id, "transaction", "transaksi")
        rows = session.execute(
            select(Transaction, Partner.name)
            .outerjoin(Partner, Partner.id == Transaction.donor_partner_id)
            .where(Transaction.corrects_id == transaction_id)
            .order_by(Transaction.occurred_on, Transaction.id)
        ).all()
        return [_transaction_view(row, name) for row, name in rows]
