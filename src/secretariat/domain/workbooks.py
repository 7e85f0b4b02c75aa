"""Plain input for the two Excel workbooks, and the program's own computation of their totals.

The workbooks compute every total with live Excel formulas so that a clerk
who changes a rate or a day count sees the totals follow. The program computes
the same totals here, exactly (Decimal), with the same rule: each row is
converted to rupiah on its own and rounded half up to whole rupiah
(:meth:`secretariat.domain.money.Money.to_idr`), then rows are added. Tests
recalculate the written workbook and compare.

Two records:

* :class:`TravelBudget`: the cost plan (RAB) of one delegation abroad.
* :class:`BudgetYear`: a fiscal year's budget lines and transactions.

Both have ``validate()`` (raises :class:`ValidationError` naming each field)
and the totals (``totals()`` / ``summary()``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from secretariat.domain.budget_figures import BudgetFigures
from secretariat.domain.enums import BudgetSide, Grade, GrantForm, MemberRole, PaperSize, TransactionKind
from secretariat.domain.money import IDR, Money, currency_exponent, is_known_currency
from secretariat.domain.validation import Checker

# ---------------------------------------------------------------------------
# Travel budget (Rencana Anggaran Biaya perjalanan dinas luar negeri)
# ---------------------------------------------------------------------------


class CostKind(StrEnum):
    """Cost components of official travel abroad, in the order a RAB lists them."""

    PER_DIEM = "per_diem"
    AIR_FARE = "air_fare"
    VISA = "visa"
    INSURANCE = "insurance"
    LOCAL_TRANSPORT = "local_transport"
    SOUVENIRS = "souvenirs"
    OTHER = "other"


COST_KIND_LABELS: dict[CostKind, tuple[str, str]] = {
    CostKind.PER_DIEM: ("Uang harian", "Per diem"),
    CostKind.AIR_FARE: ("Tiket pesawat", "Air fare"),
    CostKind.VISA: ("Visa", "Visa"),
    CostKind.INSURANCE: ("Asuransi perjalanan", "Travel insurance"),
    CostKind.LOCAL_TRANSPORT: ("Transportasi lokal", "Local transport"),
    CostKind.SOUVENIRS: ("Cendera mata", "Souvenirs and gifts"),
    CostKind.OTHER: ("Lain-lain", "Other"),
}

#: The unit a quantity of each kind counts, unless the item names its own.
DEFAULT_UNITS: dict[CostKind, str] = {
    CostKind.PER_DIEM: "hari",
    CostKind.AIR_FARE: "tiket PP",
    CostKind.VISA: "orang",
    CostKind.INSURANCE: "orang",
    CostKind.LOCAL_TRANSPORT: "hari",
    CostKind.SOUVENIRS: "paket",
    CostKind.OTHER: "unit",
}

#: A travel workbook shows at most this many foreign currencies side by side.
MAX_FOREIGN_CURRENCIES = 3


def cost_kind_label(kind: CostKind) -> str:
    """'Uang harian / Per diem': the text the workbook shows and sums by."""
    indonesian, english = COST_KIND_LABELS[kind]
    return indonesian if indonesian == english else f"{indonesian} / {english}"


@dataclass(frozen=True)
class ExchangeRate:
    """Rupiah per one unit of ``currency`` on ``quoted_on``, with its source (e.g. Bank Indonesia JISDOR)."""

    currency: str
    rate: Decimal
    quoted_on: date
    source: str


@dataclass(frozen=True)
class CostItem:
    """One cost of one member: ``quantity`` (days, tickets, persons) times ``unit_amount`` in ``currency``."""

    kind: CostKind
    quantity: Decimal
    unit_amount: Decimal
    currency: str
    unit: str | None = None

    @property
    def unit_label(self) -> str:
        return self.unit or DEFAULT_UNITS[self.kind]

    @property
    def amount(self) -> Money:
        """Quantity times unit amount, exact (not rounded)."""
        return Money(Decimal(self.quantity) * Decimal(self.unit_amount), self.currency)


@dataclass(frozen=True)
class TravelMember:
    name: str
    position: str
    grade: Grade | None
    role: MemberRole
    costs: tuple[CostItem, ...]


@dataclass(frozen=True)
class Signatory:
    """Who signs a document: name, position, and the civil-servant number (NIP) if any."""

    name: str
    position: str
    id_number: str | None = None


@dataclass(frozen=True)
class MemberTotals:
    name: str
    foreign: dict[str, Decimal]
    idr: int


@dataclass(frozen=True)
class TravelTotals:
    """The program's figures for a travel budget; every IDR figure is a sum of rows rounded to whole rupiah."""

    item_idr: tuple[tuple[int, ...], ...]  # [member][item] -> rupiah of that row
    by_member: tuple[MemberTotals, ...]
    by_kind_foreign: dict[CostKind, dict[str, Decimal]]
    by_kind_idr: dict[CostKind, int]
    foreign: dict[str, Decimal]
    idr: int


@dataclass(frozen=True)
class TravelBudget:
    region_name: str
    delegation_code: str
    purpose: str
    country_name_id: str
    country_name_en: str
    cities: str
    departure_on: date
    return_on: date
    account_code: str
    account_description: str
    rates: tuple[ExchangeRate, ...]
    members: tuple[TravelMember, ...]
    prepared_by: Signatory | None = None
    approved_by: Signatory | None = None
    place: str | None = None
    prepared_on: date | None = None
    paper: PaperSize = PaperSize.A4

    @property
    def days(self) -> int:
        """Days of travel, both ends counted."""
        return (self.return_on - self.departure_on).days + 1

    def rate_for(self, currency: str) -> Decimal:
        if currency == IDR:
            return Decimal(1)
        for rate in self.rates:
            if rate.currency == currency:
                return Decimal(rate.rate)
        raise KeyError(currency)

    def foreign_currencies(self) -> tuple[str, ...]:
        """Foreign currencies the items use, in the order of the rates."""
        used = {item.currency for member in self.members for item in member.costs} - {IDR}
        return tuple(rate.currency for rate in self.rates if rate.currency in used)

    def check(self, c: Checker) -> None:
        c.required("region_name", self.region_name)
        c.required("delegation_code", self.delegation_code)
        c.required("purpose", self.purpose)
        c.required("country", self.country_name_id)
        c.date_order("departure_on", self.departure_on, "return_on", self.return_on)
        c.required("account_code", self.account_code)
        c.account_code("account_code", self.account_code)
        rated: set[str] = set()
        for index, rate in enumerate(self.rates, start=1):
            name = f"rate {index} ({rate.currency})"
            if not is_known_currency(rate.currency) or rate.currency == IDR:
                c.add(
                    name,
                    f"'{rate.currency}' is not a foreign currency code",
                    f"'{rate.currency}' bukan kode mata uang asing",
                )
            elif rate.currency in rated:
                c.add(name, "is given twice", "diisi dua kali")
            if Decimal(rate.rate) <= 0:
                c.add(name, "must be more than zero", "harus lebih dari nol")
            rated.add(rate.currency)
        if not self.members:
            c.add(
                "members",
                "a travel budget needs at least one member",
                "rencana biaya perlu paling sedikit satu anggota",
            )
        for m_index, member in enumerate(self.members, start=1):
            where = f"member {m_index} ({member.name})"
            c.required(f"member {m_index} name", member.name)
            if not member.costs:
                c.add(where, "has no cost item", "tidak memiliki komponen biaya")
            for i_index, item in enumerate(member.costs, start=1):
                item_name = f"{where} item {i_index} ({item.kind})"
                if item.currency != IDR and item.currency not in rated:
                    c.add(
                        item_name, f"no exchange rate is given for {item.currency}", f"kurs {item.currency} belum diisi"
                    )
                if Decimal(item.quantity) < 0 or Decimal(item.unit_amount) < 0:
                    c.add(item_name, "cannot be negative", "tidak boleh negatif")
        if len(self.foreign_currencies()) > MAX_FOREIGN_CURRENCIES:
            c.add(
                "currencies",
                f"at most {MAX_FOREIGN_CURRENCIES} foreign currencies fit one travel budget",
                f"paling banyak {MAX_FOREIGN_CURRENCIES} mata uang asing dalam satu rencana biaya",
            )

    def validate(self) -> None:
        checker = Checker()
        self.check(checker)
        checker.raise_if_any()

    def item_idr(self, item: CostItem) -> int:
        """Rupiah of one row: quantity x unit amount x rate, rounded half up to whole rupiah."""
        return int(item.amount.to_idr(self.rate_for(item.currency)).amount)

    def totals(self) -> TravelTotals:
        item_idr: list[tuple[int, ...]] = []
        by_member: list[MemberTotals] = []
        kind_foreign: dict[CostKind, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        kind_idr: dict[CostKind, int] = defaultdict(int)
        foreign: dict[str, Decimal] = defaultdict(Decimal)
        for member in self.members:
            rows = tuple(self.item_idr(item) for item in member.costs)
            item_idr.append(rows)
            member_foreign: dict[str, Decimal] = defaultdict(Decimal)
            for item, idr in zip(member.costs, rows):
                kind_idr[item.kind] += idr
                if item.currency != IDR:
                    amount = item.amount.amount
                    member_foreign[item.currency] += amount
                    kind_foreign[item.kind][item.currency] += amount
                    foreign[item.currency] += amount
            by_member.append(MemberTotals(member.name, dict(member_foreign), sum(rows)))
        return TravelTotals(
            item_idr=tuple(item_idr),
            by_member=tuple(by_member),
            by_kind_foreign={kind: dict(values) for kind, values in kind_foreign.items()},
            by_kind_idr=dict(kind_idr),
            foreign=dict(foreign),
            idr=sum(m.idr for m in by_member),
        )


# ---------------------------------------------------------------------------
# Fiscal year: budget lines and transactions, revenue and spending apart
# ---------------------------------------------------------------------------

NO_AGREEMENT = "(tanpa perjanjian / no agreement)"

#: The sides in the order the workbook and the summary show them.
SIDES: tuple[BudgetSide, ...] = (BudgetSide.SPENDING, BudgetSide.REVENUE, BudgetSide.FINANCING)


@dataclass(frozen=True)
class BudgetLineItem:
    """One line of the year's budget (DPA). ``ref`` is how transactions point at it.

    ``side`` comes from the line's account in the chart of accounts: spending (belanja), revenue (pendapatan,
    grants) or financing; its ``planned_idr`` is a ceiling (pagu) or, on a revenue line, a target."""

    ref: str
    account_code: str
    description: str
    planned_idr: int
    activity: str | None = None
    agreement: str | None = None  # "number - title" of the agreement the line serves, if any
    delegation_code: str | None = None
    side: BudgetSide = BudgetSide.SPENDING


@dataclass(frozen=True)
class BudgetTransaction:
    """A realisation (spending) or a grant received, in its own currency with its own rate to rupiah."""

    occurred_on: date
    line_ref: str
    kind: TransactionKind
    currency: str
    amount: Decimal
    rate: Decimal  # rupiah per one unit of currency; 1 for rupiah
    form: GrantForm = GrantForm.CASH
    donor: str | None = None
    description: str | None = None
    idr_amount: int | None = None  # as stored; None: computed from amount and rate

    @property
    def idr(self) -> int:
        """Whole rupiah: amount x rate rounded half up (the stored figure, when given, must agree)."""
        converted = Money(Decimal(self.amount), self.currency).to_idr(Decimal(self.rate))
        return int(converted.quantized().amount)


@dataclass(frozen=True)
class GroupFigures:
    """The lines of one side sharing a key (an agreement or an account code): how many, and their figures."""

    key: str
    lines: int
    figures: BudgetFigures


@dataclass(frozen=True)
class SideSummary:
    """One side of the year: its lines' figures by agreement and by account code, and its total."""

    side: BudgetSide
    by_agreement: tuple[GroupFigures, ...]  # agreements in the order of the lines, then NO_AGREEMENT if any
    by_account: tuple[GroupFigures, ...]  # account codes in numeric order
    total: GroupFigures


@dataclass(frozen=True)
class BudgetSummary:
    lines: tuple[BudgetFigures, ...]  # in the order of BudgetYear.lines
    sides: dict[BudgetSide, SideSummary]  # only the sides the year has lines of
    total: BudgetFigures  # each side in its own total; never one sum of two sides


_LINE_REF = re.compile(r"^\S(.*\S)?$")


@dataclass(frozen=True)
class BudgetYear:
    region_name: str
    fiscal_year: int
    lines: tuple[BudgetLineItem, ...]
    transactions: tuple[BudgetTransaction, ...] = field(default=())
    paper: PaperSize = PaperSize.A4
    prepared_by: Signatory | None = None
    approved_by: Signatory | None = None
    place: str | None = None
    prepared_on: date | None = None

    def sides(self) -> tuple[BudgetSide, ...]:
        """The sides the year has lines of, in :data:`SIDES` order."""
        present = {line.side for line in self.lines}
        return tuple(side for side in SIDES if side in present)

    def lines_of(self, side: BudgetSide) -> tuple[BudgetLineItem, ...]:
        return tuple(line for line in self.lines if line.side == side)

    def agreements(self, side: BudgetSide | None = None) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for line in self.lines:
            if line.agreement and (side is None or line.side == side):
                seen.setdefault(line.agreement, None)
        return tuple(seen)

    def account_codes(self, side: BudgetSide | None = None) -> tuple[str, ...]:
        codes = {line.account_code for line in self.lines if side is None or line.side == side}
        return tuple(sorted(codes, key=_account_sort_key))

    def check(self, c: Checker) -> None:
        c.required("region_name", self.region_name)
        c.range("fiscal_year", self.fiscal_year, 2000, 2200)
        refs: dict[str, BudgetLineItem] = {}
        for index, line in enumerate(self.lines, start=1):
            where = f"budget line {index}"
            if not _LINE_REF.match(str(line.ref)):
                c.add(f"{where} reference", "is required", "wajib diisi")
            elif line.ref in refs:
                c.add(f"{where} reference", f"'{line.ref}' is used by two lines", f"'{line.ref}' dipakai dua baris")
            refs[line.ref] = line
            c.required(f"{where} account code", line.account_code)
            c.account_code(f"{where} account code", line.account_code)
            c.required(f"{where} description", line.description)
            c.non_negative(f"{where} planned", line.planned_idr)
        for index, trx in enumerate(self.transactions, start=1):
            where = f"transaction {index} ({trx.occurred_on.isoformat()})"
            if trx.line_ref not in refs:
                c.add(
                    where,
                    f"points at budget line '{trx.line_ref}', which is not in the year",
                    f"menunjuk baris anggaran '{trx.line_ref}' yang tidak ada pada tahun ini",
                )
            if trx.occurred_on.year != self.fiscal_year:
                c.add(
                    where,
                    f"is dated outside fiscal year {self.fiscal_year}",
                    f"bertanggal di luar tahun anggaran {self.fiscal_year}",
                )
            if not is_known_currency(trx.currency):
                c.add(where, f"'{trx.currency}' is not a currency code", f"'{trx.currency}' bukan kode mata uang")
                continue
            amount = Decimal(trx.amount)
            step = Decimal(1).scaleb(-currency_exponent(trx.currency))
            if not amount.is_finite() or amount != amount.quantize(step):
                c.add(
                    where,
                    f"{trx.amount} has more decimals than {trx.currency} allows",
                    f"{trx.amount} memiliki desimal lebih dari yang diizinkan {trx.currency}",
                )
            if trx.currency == IDR and Decimal(trx.rate) != 1:
                c.add(where, "a rupiah amount takes rate 1", "jumlah rupiah memakai kurs 1")
            if Decimal(trx.rate) <= 0:
                c.add(where, "the rate must be more than zero", "kurs harus lebih dari nol")
            elif trx.idr_amount is not None and trx.idr_amount != trx.idr:
                c.add(
                    where,
                    f"rupiah amount {trx.idr_amount} is not amount x rate ({trx.idr})",
                    f"jumlah rupiah {trx.idr_amount} tidak sama dengan jumlah x kurs ({trx.idr})",
                )

    def validate(self) -> None:
        checker = Checker()
        self.check(checker)
        checker.raise_if_any()

    def summary(self) -> BudgetSummary:
        """Each line's figures (its transactions' rupiah going to its side), grouped per side by agreement and by
        account code, and each side's total."""
        total_idr: dict[str, int] = defaultdict(int)
        in_kind_idr: dict[str, int] = defaultdict(int)
        for trx in self.transactions:
            idr = trx.idr
            total_idr[trx.line_ref] += idr
            if trx.form == GrantForm.IN_KIND:
                in_kind_idr[trx.line_ref] += idr
        figures = tuple(
            BudgetFigures.of_line(line.side, line.planned_idr, total_idr[line.ref], in_kind_idr[line.ref])
            for line in self.lines
        )

        def group(key: str, members: list[BudgetFigures]) -> GroupFigures:
            return GroupFigures(key, len(members), sum(members, BudgetFigures()))

        sides: dict[BudgetSide, SideSummary] = {}
        for side in self.sides():
            by_agreement: dict[str, list[BudgetFigures]] = {key: [] for key in self.agreements(side)}
            without: list[BudgetFigures] = []
            by_account: dict[str, list[BudgetFigures]] = {code: [] for code in self.account_codes(side)}
            members: list[BudgetFigures] = []
            for line, figure in zip(self.lines, figures):
                if line.side != side:
                    continue
                (by_agreement[line.agreement] if line.agreement else without).append(figure)
                by_account[line.account_code].append(figure)
                members.append(figure)
            agreement_rows = [group(key, items) for key, items in by_agreement.items()]
            if without:
                agreement_rows.append(group(NO_AGREEMENT, without))
            sides[side] = SideSummary(
                side=side,
                by_agreement=tuple(agreement_rows),
                by_account=tuple(group(code, items) for code, items in by_account.items()),
                total=group("", members),
            )
        return BudgetSummary(lines=figures, sides=sides, total=sum(figures, BudgetFigures()))


def _account_sort_key(code: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in code.split("."))
