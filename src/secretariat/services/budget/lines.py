"""Budget lines of the regional budget (APBD) and their transactions: realisations and grants.

Every transaction keeps its own currency, its amount in that currency's minor
units, the exchange rate of its date (exact decimal text) and its rupiah
equivalent rounded half up to whole rupiah. Totals add rupiah equivalents only
and are computed in SQL; amounts in different currencies are never added.
See docs/money.md.

A foreign-currency transaction given without a rate takes the rate of its
date from the office's rate table (``exchange_rate``), or the latest quote of
the :data:`RATE_LOOKBACK_DAYS` before it (no quotes on weekends and holidays);
the rate used is stored with the transaction.

Once the office has entered its chart of accounts (``account``), a new or
changed account code must be one of its active accounts. A closed fiscal year
(``fiscal_year.closed_at``) locks its lines and transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, localcontext

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from secretariat.domain.budget_figures import BudgetFigures
from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import BudgetSide, GrantForm, TransactionKind
from secretariat.domain.errors import LockedError, Problem, UserError, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.money import IDR, Money, currency_exponent, is_known_currency, parse_amount
from secretariat.domain.records import BudgetLineData, TransactionData
from secretariat.domain.validation import Checker, clean
from secretariat.services.budget.sides import KIND_OF_SIDE, kind_problem, side_of, sides_of
from secretariat.services.common import count_where, fetch, reference_problem, refuse_if_dependants
from secretariat.services.conflicts import check_version, fetch_current, record_values, show_value
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import (
    Account,
    Activity,
    Agreement,
    Attachment,
    BudgetLine,
    Delegation,
    ExchangeRate,
    FiscalYear,
    Partner,
    Transaction,
)

MAX_STORED = 2**63 - 1  # BIGINT: the largest amount of minor units or rupiah a row can hold
RATE_TEXT_LENGTH = 48  # ExactDecimal keeps the rate as text of at most this length
_WIDE = 100  # decimal digits of precision for conversions: far beyond any stored amount
RATE_LOOKBACK_DAYS = 7


# --- views -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransactionView:
    id: int
    gid: str
    budget_line_id: int
    occurred_on: date
    kind: str
    amount: Decimal
    currency: str
    amount_minor: int
    rate_to_idr: Decimal
    idr_amount: int
    donor_partner_id: int | None
    donor_name: str | None
    form: str
    description: str | None
    reference: str | None
    corrects_id: int | None = None  # set on a correction of a closed year's transaction (services.fiscal_years)
    row_version: int = 0  # the version loaded; hand the view back to update_transaction(loaded=...)

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)

    def to_data(self) -> TransactionData:
        return TransactionData(
            budget_line_id=self.budget_line_id,
            occurred_on=self.occurred_on,
            kind=self.kind,
            amount=self.amount,
            currency=self.currency,
            rate_to_idr=None if self.currency == IDR else self.rate_to_idr,
            donor_partner_id=self.donor_partner_id,
            form=self.form,
            description=self.description,
            reference=self.reference,
        )


@dataclass(frozen=True)
class BudgetLineSummary:
    id: int
    fiscal_year: int
    account_code: str
    activity: str | None
    description: str
    side: BudgetSide
    totals: BudgetFigures


@dataclass(frozen=True)
class BudgetLineView:
    id: int
    gid: str
    fiscal_year: int
    account_code: str
    activity: str | None
    description: str
    planned_idr: int
    agreement_id: int | None
    agreement_number: str | None
    delegation_id: int | None
    delegation_code: str | None
    side: BudgetSide
    totals: BudgetFigures
    transactions: tuple[TransactionView, ...] = field(default_factory=tuple)
    row_version: int = 0  # the version loaded; hand the view back to update_budget_line(loaded=...)

    @property
    def transaction_kind(self) -> TransactionKind:
        """The kind of transaction the line records: realisations on spending, grants on revenue."""
        return KIND_OF_SIDE[self.side]

    def to_data(self) -> BudgetLineData:
        return BudgetLineData(
            fiscal_year=self.fiscal_year,
            account_code=self.account_code,
            description=self.description,
            planned_idr=Decimal(self.planned_idr),
            activity=self.activity,
            agreement_id=self.agreement_id,
            delegation_id=self.delegation_id,
        )


def _transaction_view(row: Transaction, donor_name: str | None) -> TransactionView:
    return TransactionView(
        id=row.id,
        gid=row.gid,
        budget_line_id=row.budget_line_id,
        occurred_on=row.occurred_on,
        kind=row.kind,
        amount=Money.from_minor(row.amount_minor, row.currency).amount,
        currency=row.currency,
        amount_minor=row.amount_minor,
        rate_to_idr=row.rate_to_idr,
        idr_amount=row.idr_amount,
        donor_partner_id=row.donor_partner_id,
        donor_name=donor_name,
        form=row.form,
        description=row.description,
        reference=row.reference,
        corrects_id=row.corrects_id,
        row_version=row.row_version,
    )


# --- totals in SQL ---------------------------------------------------------------------------------------

#: The rupiah of a group of transactions, and the part of it received in kind (a revenue line counts it apart).
TOTAL_IDR = func.coalesce(func.sum(Transaction.idr_amount), 0)
IN_KIND_IDR = func.coalesce(func.sum(case((Transaction.form == GrantForm.IN_KIND, Transaction.idr_amount), else_=0)), 0)


def _line_totals(session: Session, line_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """(rupiah, of which in kind) per line, summed by the database over ``idr_amount`` only."""
    ids = list(line_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Transaction.budget_line_id, TOTAL_IDR, IN_KIND_IDR)
        .where(Transaction.budget_line_id.in_(ids))
        .group_by(Transaction.budget_line_id)
    )
    return {line_id: (int(total), int(in_kind)) for line_id, total, in_kind in rows}


def _totals(line: BudgetLine, side: BudgetSide, sums: dict[int, tuple[int, int]]) -> BudgetFigures:
    total, in_kind = sums.get(line.id, (0, 0))
    return BudgetFigures.of_line(side, line.planned_idr, total, in_kind)


def year_figures(session: Session, fiscal_year: int | None = None) -> dict[int, BudgetFigures]:
    """Every year's (or one year's) figures: plans and transactions summed by the database per account code,
    each code's sums going to its side."""
    planned_query = select(
        BudgetLine.fiscal_year, BudgetLine.account_code, func.coalesce(func.sum(BudgetLine.planned_idr), 0)
    ).group_by(BudgetLine.fiscal_year, BudgetLine.account_code)
    moved_query = (
        select(BudgetLine.fiscal_year, BudgetLine.account_code, TOTAL_IDR, IN_KIND_IDR)
        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
        .group_by(BudgetLine.fiscal_year, BudgetLine.account_code)
    )
    if fiscal_year is not None:
        planned_query = planned_query.where(BudgetLine.fiscal_year == fiscal_year)
        moved_query = moved_query.where(BudgetLine.fiscal_year == fiscal_year)
    planned = {(year, code): int(total) for year, code, total in session.execute(planned_query)}
    moved = {(year, code): (int(total), int(kind)) for year, code, total, kind in session.execute(moved_query)}
    sides = sides_of(session, {code for _year, code in planned.keys() | moved.keys()})
    figures: dict[int, BudgetFigures] = {}
    for year, code in planned.keys() | moved.keys():
        total, in_kind = moved.get((year, code), (0, 0))
        part = BudgetFigures.of_line(sides[code], planned.get((year, code), 0), total, in_kind)
        figures[year] = figures.get(year, BudgetFigures()) + part
    return figures


# --- controls: closed years, chart of accounts, rate table ---------------------------------------------------


def refuse_if_closed(session: Session, fiscal_year: int) -> None:
    """Raise LockedError when ``fiscal_year`` has been closed."""
    year = session.get(FiscalYear, fiscal_year)
    if year is None or year.closed_at is None:
        return
    when_en, when_id = clerk_date(year.closed_at.date(), "en"), clerk_date(year.closed_at.date(), "id")
    by = f" by {year.closed_by}" if year.closed_by else ""
    by_id = f" oleh {year.closed_by}" if year.closed_by else ""
    raise LockedError(
        f"Fiscal year {fiscal_year} was closed{by} on {when_en}; its budget lines and transactions cannot change.",
        f"Tahun anggaran {fiscal_year} sudah ditutup{by_id} pada {when_id}; baris anggaran dan transaksinya "
        "tidak dapat diubah.",
    )


def _account_problem(session: Session, code: str) -> Problem | None:
    """A problem when the office keeps a chart of accounts and ``code`` is not an active account in it."""
    if not code or session.scalar(select(Account.id).limit(1)) is None:
        return None  # no chart of accounts entered yet: any dotted code is accepted
    active = session.scalar(select(Account.active).where(Account.code == code))
    if active is None:
        return Problem(
            "account_code", f"'{code}' is not in the chart of accounts", f"'{code}' tidak ada dalam bagan akun"
        )
    if not active:
        return Problem(
            "account_code",
            f"'{code}' is closed in the chart of accounts",
            f"'{code}' sudah tidak aktif dalam bagan akun",
        )
    return None


def table_rate(session: Session, currency: str, on: date) -> Decimal | None:
    """The rate table's rupiah per unit of ``currency`` on ``on`` (or the latest quote shortly before)."""
    return session.scalar(
        select(ExchangeRate.rate)
        .where(
            ExchangeRate.currency == currency,
            ExchangeRate.on <= on,
            ExchangeRate.on >= on - timedelta(days=RATE_LOOKBACK_DAYS),
        )
        .order_by(ExchangeRate.on.desc())
        .limit(1)
    )


# --- budget lines ------------------------------------------------------------------------------------------


def _parsed(value: object, field_name: str, problems: list[Problem]) -> Decimal | None:
    """``value`` as an exact Decimal; a problem naming ``field_name`` when it is not a number."""
    if value is None:
        return None
    try:
        return parse_amount(value, field_name, allow_negative=True)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def _check(record: BudgetLineData | TransactionData, early: list[Problem], extra: Iterable[Problem | None]) -> None:
    """Run the record's rules; a field already reported unreadable is not reported twice."""
    checker = Checker()
    record.check(checker)
    reported = {p.field for p in early}
    problems = early + [p for p in checker.problems if p.field not in reported]
    problems += [p for p in extra if p is not None and p.field not in reported]
    if problems:
        raise ValidationError(problems)


def _too_large(field_name: str, value: int) -> Problem | None:
    if abs(value) <= MAX_STORED:
        return None
    return Problem(field_name, "is too large to be stored", "terlalu besar untuk disimpan")


def _side_change_problem(session: Session, line_id: int, code: str) -> Problem | None:
    """A problem when the line's transactions are of the other kind than account ``code``'s side records."""
    side = side_of(session, code)
    kinds = set(session.scalars(select(Transaction.kind).where(Transaction.budget_line_id == line_id).distinct()))
    if not kinds - {KIND_OF_SIDE[side]}:
        return None
    problem = kind_problem(side, next(iter(kinds - {KIND_OF_SIDE[side]})), code)
    assert problem is not None
    return Problem(
        "account_code",
        f"the line already holds transactions of the other kind: {problem.message_en}",
        f"baris ini sudah memuat transaksi berjenis lain: {problem.message_id}",
    )


def prepare_line(
    session: Session, data: BudgetLineData, current_code: str | None = None, line_id: int | None = None
) -> int:
    """Validate a budget line (``line_id``: the line being changed); return the planned amount in whole rupiah."""
    early: list[Problem] = []
    planned = _parsed(data.planned_idr, "planned", early)
    data.planned_idr = planned if planned is not None else Decimal(0)
    data.account_code = (data.account_code or "").strip()
    extra = [
        reference_problem(session, Agreement, data.agreement_id, "agreement", "agreement", "perjanjian"),
        reference_problem(session, Delegation, data.delegation_id, "delegation", "delegation", "delegasi"),
    ]
    if data.account_code != current_code:  # an old line keeps a code the chart has since closed
        extra.append(_account_problem(session, data.account_code))
        if line_id is not None and data.account_code:
            extra.append(_side_change_problem(session, line_id, data.account_code))
    if planned is not None and planned == planned.to_integral_value():
        extra.append(_too_large("planned", int(planned)))
    _check(data, early, extra)
    return int(data.planned_idr)


def _apply_line(line: BudgetLine, data: BudgetLineData, planned: int) -> None:
    values = {
        "fiscal_year": data.fiscal_year,
        "account_code": data.account_code,
        "activity": clean(data.activity),
        "description": clean(data.description),
        "planned_idr": planned,
        "agreement_id": data.agreement_id,
        "delegation_id": data.delegation_id,
    }
    for name, value in values.items():
        if getattr(line, name) != value:
            setattr(line, name, value)


def create_budget_line(ctx: ServiceContext, data: BudgetLineData) -> int:
    with writing(ctx) as session:
        planned = prepare_line(session, data)
        refuse_if_closed(session, data.fiscal_year)
        line = BudgetLine()
        _apply_line(line, data, planned)
        session.add(line)
        session.flush()
        return line.id


def outside_year(session: Session, line_id: int, fiscal_year: int) -> list[Problem]:
    dates = session.scalars(
        select(Transaction.occurred_on).where(Transaction.budget_line_id == line_id).order_by(Transaction.occurred_on)
    ).all()
    wrong = sorted({d for d in dates if d.year != fiscal_year})
    if not wrong:
        return []
    wrong_en, wrong_id = (", ".join(clerk_date(d, language) for d in wrong) for language in ("en", "id"))
    return [
        Problem(
            "fiscal_year",
            f"the line has transactions dated {wrong_en}, outside fiscal year {fiscal_year}",
            f"baris ini memiliki transaksi bertanggal {wrong_id}, di luar tahun anggaran {fiscal_year}",
        )
    ]


def _line_data(line: BudgetLine) -> BudgetLineData:
    return BudgetLineData(
        fiscal_year=line.fiscal_year,
        account_code=line.account_code,
        description=line.description,
        planned_idr=Decimal(line.planned_idr),
        activity=line.activity,
        agreement_id=line.agreement_id,
        delegation_id=line.delegation_id,
    )


def update_budget_line(
    ctx: ServiceContext, line_id: int, data: BudgetLineData, *, loaded: BudgetLineView | None = None
) -> None:
    """Save a budget line. ``loaded``: the view the editor showed; the fields another person changed
    since are refused when they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        if loaded is None:
            line = fetch(session, BudgetLine, line_id, "budget line", "baris anggaran")
        else:
            line = fetch_current(session, BudgetLine, line_id, "budget line", "baris anggaran")
        planned = prepare_line(session, data, line.account_code, line.id)
        if loaded is not None:
            check_version(
                session,
                line,
                loaded.row_version,
                record=Bilingual(
                    f"the budget line {line.account_code} ({line.fiscal_year})",
                    f"baris anggaran {line.account_code} ({line.fiscal_year})",
                ),
                values=lambda: record_values(loaded.to_data(), _line_data(line), data),
                current=lambda: get_line_view(session, line),
            )
        refuse_if_closed(session, line.fiscal_year)
        refuse_if_closed(session, data.fiscal_year)
        if data.fiscal_year != line.fiscal_year:
            problems = outside_year(session, line_id, data.fiscal_year)
            if problems:
                raise ValidationError(problems)
        _apply_line(line, data, planned)


def delete_budget_line(ctx: ServiceContext, line_id: int) -> None:
    """Delete a line nothing depends on; transactions, activities or attached files block the delete."""
    with writing(ctx) as session:
        line = fetch(session, BudgetLine, line_id, "budget line", "baris anggaran")
        refuse_if_closed(session, line.fiscal_year)
        label = f"{line.account_code} ({line.fiscal_year})"
        refuse_if_dependants(
            session,
            f"budget line {label}",
            f"baris anggaran {label}",
            [
                ("transaction(s)", "transaksi", count_where(Transaction, Transaction.budget_line_id == line_id)),
                ("activity(ies)", "kegiatan", count_where(Activity, Activity.budget_line_id == line_id)),
                (
                    "attachment(s)",
                    "lampiran",
                    count_where(Attachment, Attachment.owner_type == "budget_line", Attachment.owner_id == line_id),
                ),
            ],
        )
        session.delete(line)


def get_line_view(session: Session, line: BudgetLine) -> BudgetLineView:
    agreement_number = (
        session.scalar(select(Agreement.number).where(Agreement.id == line.agreement_id)) if line.agreement_id else None
    )
    delegation_code = (
        session.scalar(select(Delegation.code).where(Delegation.id == line.delegation_id))
        if line.delegation_id
        else None
    )
    rows = session.execute(
        select(Transaction, Partner.name)
        .outerjoin(Partner, Partner.id == Transaction.donor_partner_id)
        .where(Transaction.budget_line_id == line.id)
        .order_by(Transaction.occurred_on, Transaction.id)
    ).all()
    side = side_of(session, line.account_code)
    return BudgetLineView(
        id=line.id,
        gid=line.gid,
        fiscal_year=line.fiscal_year,
        account_code=line.account_code,
        activity=line.activity,
        description=line.description,
        planned_idr=line.planned_idr,
        agreement_id=line.agreement_id,
        agreement_number=agreement_number,
        delegation_id=line.delegation_id,
        delegation_code=delegation_code,
        side=side,
        totals=_totals(line, side, _line_totals(session, [line.id])),
        transactions=tuple(_transaction_view(t, name) for t, name in rows),
        row_version=line.row_version,
    )


def get_budget_line(ctx: ServiceContext, line_id: int) -> BudgetLineView:
    """A line with its transactions (by date) and its totals."""
    with reading(ctx) as session:
        return get_line_view(session, fetch(session, BudgetLine, line_id, "budget line", "baris anggaran"))


def _partner_shown(session: Session, partner_id: object) -> Bilingual:
    partner = session.get(Partner, partner_id) if isinstance(partner_id, int) else None
    return show_value(f"{partner.code} {partner.name}" if partner is not None else None)


def list_budget_lines(ctx: ServiceContext, fiscal_year: int) -> list[BudgetLineSummary]:
    """The lines of one fiscal year by account code, each with its totals."""
    with reading(ctx) as session:
        lines = session.scalars(
            select(BudgetLine)
            .where(BudgetLine.fiscal_year == fiscal_year)
            .order_by(BudgetLine.account_code, BudgetLine.id)
        ).all()
        sums = _line_totals(session, (line.id for line in lines))
        sides = sides_of(session, (line.account_code for line in lines))
        return [
            BudgetLineSummary(
                id=line.id,
                fiscal_year=line.fiscal_year,
                account_code=line.account_code,
                activity=line.activity,
                description=line.description,
                side=sides[line.account_code],
                totals=_totals(line, sides[line.account_code], sums),
            )
            for line in lines
        ]


def fiscal_year_totals(ctx: ServiceContext, fiscal_year: int) -> BudgetFigures:
    """Revenue, spending and financing of a whole fiscal year, each summed by the database."""
    with reading(ctx) as session:
        return year_figures(session, fiscal_year).get(fiscal_year, BudgetFigures())


# --- transactions -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Amounts:
    amount_minor: int
    rate_to_idr: Decimal
    idr_amount: int


def prepare_transaction(session: Session, data: TransactionData) -> _Amounts:
    """Validate a transaction and work out its stored amounts; one ValidationError names every bad field.

    Refuses with LockedError when the budget line's fiscal year is closed.
    """
    data.currency = (data.currency or "").strip().upper()
    early: list[Problem] = []
    amount = _parsed(data.amount, "amount", early)
    rate = _parsed(data.rate_to_idr, "rate_to_idr", early)
    if (
        data.rate_to_idr is None
        and data.currency != IDR
        and is_known_currency(data.currency)
        and data.occurred_on is not None
    ):
        rate = table_rate(session, data.currency, data.occurred_on)
    if amount is None and data.amount is None:
        early.append(Problem("amount", "an amount is required", "jumlah wajib diisi"))
    data.amount = amount if amount is not None else Decimal(1)  # placeholder; the problem is already named
    data.rate_to_idr = rate
    extra: list[Problem | None] = []
    line = session.get(BudgetLine, data.budget_line_id)
    if line is None:
        extra.append(
            Problem(
                "budget_line",
                f"there is no budget line {data.budget_line_id}",
                f"tidak ada baris anggaran {data.budget_line_id}",
            )
        )
    elif data.occurred_on is not None and data.occurred_on.year != line.fiscal_year:
        extra.append(
            Problem(
                "occurred_on",
                f"{clerk_date(data.occurred_on, 'en')} is outside fiscal year {line.fiscal_year}",
                f"{clerk_date(data.occurred_on, 'id')} di luar tahun anggaran {line.fiscal_year}",
            )
        )
    kind = data.kind.value if isinstance(data.kind, TransactionKind) else data.kind
    form = data.form.value if isinstance(data.form, GrantForm) else data.form
    if kind == TransactionKind.GRANT.value:
        extra.append(reference_problem(session, Partner, data.donor_partner_id, "donor", "partner", "mitra"))
    elif data.donor_partner_id is not None:
        extra.append(Problem("donor", "only a grant has a donor", "hanya hibah yang memiliki pemberi"))
    if kind == TransactionKind.REALISATION.value and form == GrantForm.IN_KIND.value:
        extra.append(Problem("form", "only a grant can be in kind", "hanya hibah yang dapat berupa barang"))
    if line is not None and kind in {k.value for k in TransactionKind}:
        extra.append(kind_problem(side_of(session, line.account_code), kind, line.account_code))
    if rate is not None and rate <= 0:
        extra.append(Problem("rate_to_idr", "must be greater than zero", "harus lebih dari nol"))
    if data.currency == IDR and rate is not None and rate != 1:
        extra.append(
            Problem(
                "rate_to_idr",
                "a rupiah amount has no exchange rate (it is 1)",
                "jumlah dalam rupiah tidak memakai kurs (kursnya 1)",
            )
        )
    if rate is not None and len(format(rate, "f")) > RATE_TEXT_LENGTH:
        extra.append(
            Problem(
                "rate_to_idr",
                f"has too many digits (at most {RATE_TEXT_LENGTH})",
                f"terlalu banyak digit (paling banyak {RATE_TEXT_LENGTH})",
            )
        )
    minor = idr = None
    conversion_rate = Decimal(1) if data.currency == IDR else rate
    if amount is not None and amount > 0 and is_known_currency(data.currency):
        exponent = currency_exponent(data.currency)
        try:
            minor = Money(amount, data.currency).minor
        except ValueError:
            allowed_en = "no decimals" if exponent == 0 else f"at most {exponent} decimal(s)"
            allowed_id = "tanpa desimal" if exponent == 0 else f"paling banyak {exponent} angka desimal"
            extra.append(
                Problem(
                    "amount",
                    f"{data.currency} amounts have {allowed_en}; {amount} has more",
                    f"jumlah {data.currency} {allowed_id}; {amount} melebihi itu",
                )
            )
        else:
            extra.append(_too_large("amount", minor))
            if conversion_rate is not None and conversion_rate > 0:
                with localcontext() as context:
                    context.prec = _WIDE
                    idr = int(Money(amount, data.currency).to_idr(conversion_rate).amount)
                extra.append(_too_large("rate_to_idr" if data.currency != IDR else "amount", idr))
    _check(data, early, extra)
    if line is not None:
        refuse_if_closed(session, line.fiscal_year)
    # Every path that leaves them unset added a problem (idr is set only from a known rate).
    assert minor is not None and idr is not None and conversion_rate is not None
    return _Amounts(amount_minor=minor, rate_to_idr=conversion_rate, idr_amount=idr)


def apply_transaction(row: Transaction, data: TransactionData, amounts: _Amounts) -> None:
    values = {
        "budget_line_id": data.budget_line_id,
        "occurred_on": data.occurred_on,
        "kind": TransactionKind(data.kind),
        "amount_minor": amounts.amount_minor,
        "currency": data.currency,
        "rate_to_idr": amounts.rate_to_idr,
        "idr_amount": amounts.idr_amount,
        "donor_partner_id": data.donor_partner_id,
        "form": GrantForm(data.form),
        "description": clean(data.description),
        "reference": clean(data.reference),
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def add_transaction(ctx: ServiceContext, data: TransactionData) -> int:
    """Record a realisation or a grant; a foreign amount needs the rate of its date."""
    with writing(ctx) as session:
        amounts = prepare_transaction(session, data)
        row = Transaction()
        apply_transaction(row, data, amounts)
        session.add(row)
        session.flush()
        return row.id


def update_transaction(
    ctx: ServiceContext, transaction_id: int, data: TransactionData, *, loaded: TransactionView | None = None
) -> None:
    """Save a transaction. ``loaded``: the view the editor showed; the fields another person changed
    since are refused when they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        if loaded is None:
            row = fetch(session, Transaction, transaction_id, "transaction", "transaksi")
        else:
            row = fetch_current(session, Transaction, transaction_id, "transaction", "transaksi")
            donor = session.get(Partner, row.donor_partner_id) if row.donor_partner_id else None
            current = _transaction_view(row, donor.name if donor else None)
            check_version(
                session,
                row,
                loaded.row_version,
                record=Bilingual(
                    f"the transaction of {clerk_date(row.occurred_on, 'en')}",
                    f"transaksi {clerk_date(row.occurred_on, 'id')}",
                ),
                values=lambda: record_values(loaded.to_data(), current.to_data(), data),
                current=lambda: current,
                shows={"donor_partner_id": lambda value: _partner_shown(session, value)},
            )
        refuse_if_closed(session, row.budget_line.fiscal_year)
        if row.corrects_id is not None:
            raise UserError(
                f"Transaction {transaction_id} corrects transaction {row.corrects_id} of a closed year; delete it "
                "and enter the correction again.",
                f"Transaksi {transaction_id} adalah koreksi atas transaksi {row.corrects_id} dari tahun yang sudah "
                "ditutup; hapus lalu catat ulang koreksinya.",
            )
        amounts = prepare_transaction(session, data)
        apply_transaction(row, data, amounts)


def delete_transaction(ctx: ServiceContext, transaction_id: int) -> None:
    with writing(ctx) as session:
        row = fetch(session, Transaction, transaction_id, "transaction", "transaksi")
        refuse_if_closed(session, row.budget_line.fiscal_year)
        refuse_if_dependants(
            session,
            f"transaction {transaction_id}",
            f"transaksi {transaction_id}",
            [
                ("correction(s)", "koreksi", count_where(Transaction, Transaction.corrects_id == transaction_id)),
                (
                    "receipt(s)",
                    "bukti pembayaran",
                    count_where(
                        Attachment,
                        Attachment.owner_type == "budget_transaction",
                        Attachment.owner_id == transaction_id,
                    ),
                ),
            ],
        )
        session.delete(row)


def get_transaction(ctx: ServiceContext, transaction_id: int) -> TransactionView:
    with reading(ctx) as session:
        row = fetch(session, Transaction, transaction_id, "transaction", "transaksi")
        donor = session.get(Partner, row.donor_partner_id) if row.donor_partner_id else None
        return _transaction_view(row, donor.name if donor else None)
