"""The travel budget (Rencana Anggaran Biaya, RAB) of a delegation abroad, as plain data, with its totals.

What a finance officer signs: every cost of the trip, each from the office's
rate tables with its source and year, each member paid at their own grade
unless the delegation chose one grade for all (and says why):

* per member: per diem (days x the SBM rate of the grade and country), return
  air fare (per destination and class), visa, travel insurance, local
  transport (per day);
* for the head of the delegation: the representation allowance (per day);
* once for the delegation: souvenirs, interpreter (per day), venue.

An item the office has no rate for stays in the budget with no unit amount: a
row the clerk fills in (:attr:`CostItem.missing`), listed among the warnings.

Amounts are exact (Decimal) in the rate's currency; each row is converted to
rupiah on its own and rounded half up to whole rupiah, then rows are added
(:meth:`TravelBudget.totals`), which is what the workbook's formulas do.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from secretariat.domain.enums import CostKind, Grade, MemberRole, PaperSize
from secretariat.domain.labels import label
from secretariat.domain.money import IDR, Money, is_known_currency
from secretariat.domain.validation import Checker
from secretariat.domain.workbooks import Signatory

__all__ = [
    "COST_KIND_LABELS",
    "COST_RULES",
    "DEFAULT_UNITS",
    "MAX_FOREIGN_CURRENCIES",
    "CostItem",
    "CostKind",
    "CostRule",
    "CostScope",
    "ExchangeRate",
    "MemberTotals",
    "MissingRate",
    "TravelBudget",
    "TravelMember",
    "TravelTotals",
    "cost_kind_label",
]


class CostScope(StrEnum):
    """Who a cost is paid for: each member, the head of the delegation only, or the delegation once."""

    MEMBER = "member"
    HEAD = "head"
    DELEGATION = "delegation"


@dataclass(frozen=True)
class CostRule:
    """How a kind of cost is counted: for whom, per day or once, and the currency of a row with no rate."""

    scope: CostScope
    per_day: bool
    currency: str  # the currency of an unfilled row (the SBM sets foreign costs in US dollars)


#: The kinds of cost a travel budget holds, and how each is counted. OTHER is never planned: the clerk adds it.
COST_RULES: dict[CostKind, CostRule] = {
    CostKind.PER_DIEM: CostRule(CostScope.MEMBER, True, "USD"),
    CostKind.AIR_FARE: CostRule(CostScope.MEMBER, False, "USD"),
    CostKind.VISA: CostRule(CostScope.MEMBER, False, "USD"),
    CostKind.INSURANCE: CostRule(CostScope.MEMBER, False, IDR),
    CostKind.LOCAL_TRANSPORT: CostRule(CostScope.MEMBER, True, "USD"),
    CostKind.REPRESENTATION: CostRule(CostScope.HEAD, True, "USD"),
    CostKind.SOUVENIRS: CostRule(CostScope.DELEGATION, False, IDR),
    CostKind.INTERPRETER: CostRule(CostScope.DELEGATION, True, "USD"),
    CostKind.VENUE: CostRule(CostScope.DELEGATION, False, "USD"),
    CostKind.OTHER: CostRule(CostScope.DELEGATION, False, IDR),
}

#: (Indonesian, English) label of each kind: the text the workbook shows and sums by.
COST_KIND_LABELS: dict[CostKind, tuple[str, str]] = {kind: (label(kind, "id"), label(kind, "en")) for kind in CostKind}

#: The unit a quantity of each kind counts, unless the item names its own.
DEFAULT_UNITS: dict[CostKind, str] = {
    CostKind.PER_DIEM: "hari",
    CostKind.AIR_FARE: "tiket PP",
    CostKind.VISA: "orang",
    CostKind.INSURANCE: "orang",
    CostKind.LOCAL_TRANSPORT: "hari",
    CostKind.REPRESENTATION: "hari",
    CostKind.SOUVENIRS: "paket",
    CostKind.INTERPRETER: "hari",
    CostKind.VENUE: "paket",
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
    """One cost: ``quantity`` (days, tickets, persons) times ``unit_amount`` in ``currency``.

    ``unit_amount`` None: the office's table has no rate for it; the row is left for the clerk to fill in.
    ``detail`` says what was chosen (the class of a fare, the grade paid); ``source`` where the rate comes from
    (the regulation and the date it applies from)."""

    kind: CostKind
    quantity: Decimal
    unit_amount: Decimal | None
    currency: str
    unit: str | None = None
    detail: str | None = None
    source: str | None = None

    @property
    def unit_label(self) -> str:
        return self.unit or DEFAULT_UNITS[self.kind]

    @property
    def missing(self) -> bool:
        return self.unit_amount is None

    @property
    def amount(self) -> Money:
        """Quantity times unit amount, exact (not rounded); zero while the unit amount is missing."""
        return Money(Decimal(self.quantity) * Decimal(self.unit_amount or 0), self.currency)


@dataclass(frozen=True)
class TravelMember:
    name: str
    position: str
    grade: Grade | None  # the member's own grade
    role: MemberRole
    costs: tuple[CostItem, ...]
    paid_grade: Grade | None = None  # the grade the per diem is paid at, when the delegation chose one for all


@dataclass(frozen=True)
class MemberTotals:
    name: str
    foreign: dict[str, Decimal]
    idr: int


@dataclass(frozen=True)
class MissingRate:
    """A cost with no rate in the office's tables: who it is for, and what."""

    who: str
    item: CostItem


@dataclass(frozen=True)
class TravelTotals:
    """The program's figures for a travel budget; every IDR figure is a sum of rows rounded to whole rupiah."""

    item_idr: tuple[tuple[int, ...], ...]  # [member][item] -> rupiah of that row
    delegation_idr: tuple[int, ...]  # [item] -> rupiah of each per-delegation row
    by_member: tuple[MemberTotals, ...]  # each member, then the delegation's own costs (when there are any)
    by_kind_foreign: dict[CostKind, dict[str, Decimal]]
    by_kind_idr: dict[CostKind, int]
    foreign: dict[str, Decimal]
    idr: int


DELEGATION_ROW = "Seluruh delegasi / Whole delegation"


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
    delegation_costs: tuple[CostItem, ...] = ()
    common_grade: Grade | None = None  # one grade for the whole delegation's per diem, when chosen
    common_grade_reason: str | None = None
    stops: tuple[tuple[str, str, int], ...] = ()  # (country in Indonesian, in English, days) of a trip to several

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

    def all_items(self) -> list[tuple[str, CostItem]]:
        """Every cost with whom it is for: the members' in order, then the delegation's own."""
        items = [(member.name, item) for member in self.members for item in member.costs]
        items += [(DELEGATION_ROW, item) for item in self.delegation_costs]
        return items

    def foreign_currencies(self) -> tuple[str, ...]:
        """Foreign currencies the items use, in the order of the rates."""
        used = {item.currency for _who, item in self.all_items()} - {IDR}
        return tuple(rate.currency for rate in self.rates if rate.currency in used)

    def missing_rates(self) -> tuple[MissingRate, ...]:
        """The costs the office's tables have no rate for: rows the clerk fills in."""
        return tuple(MissingRate(who, item) for who, item in self.all_items() if item.missing)

    def rate_sources(self) -> tuple[tuple[CostKind, str], ...]:
        """Where each kind's rates come from (the regulation and the date it applies from), once each."""
        seen: dict[tuple[CostKind, str], None] = {}
        for _who, item in self.all_items():
            if item.source:
                seen.setdefault((item.kind, item.source), None)
        return tuple(seen)

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
            self._check_items(c, where, member.costs, rated)
        self._check_items(c, "delegation", self.delegation_costs, rated)
        if len(self.foreign_currencies()) > MAX_FOREIGN_CURRENCIES:
            c.add(
                "currencies",
                f"at most {MAX_FOREIGN_CURRENCIES} foreign currencies fit one travel budget",
                f"paling banyak {MAX_FOREIGN_CURRENCIES} mata uang asing dalam satu rencana biaya",
            )

    @staticmethod
    def _check_items(c: Checker, where: str, items: tuple[CostItem, ...], rated: set[str]) -> None:
        for i_index, item in enumerate(items, start=1):
            item_name = f"{where} item {i_index} ({item.kind})"
            if item.currency != IDR and item.currency not in rated:
                c.add(item_name, f"no exchange rate is given for {item.currency}", f"kurs {item.currency} belum diisi")
            if Decimal(item.quantity) < 0 or (item.unit_amount is not None and Decimal(item.unit_amount) < 0):
                c.add(item_name, "cannot be negative", "tidak boleh negatif")

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

        def add(name: str, items: tuple[CostItem, ...]) -> tuple[int, ...]:
            rows = tuple(self.item_idr(item) for item in items)
            own: dict[str, Decimal] = defaultdict(Decimal)
            for item, idr in zip(items, rows, strict=True):
                kind_idr[item.kind] += idr
                if item.currency != IDR:
                    amount = item.amount.amount
                    own[item.currency] += amount
                    kind_foreign[item.kind][item.currency] += amount
                    foreign[item.currency] += amount
            by_member.append(MemberTotals(name, dict(own), sum(rows)))
            return rows

        for member in self.members:
            item_idr.append(add(member.name, member.costs))
        delegation_idr: tuple[int, ...] = ()
        if self.delegation_costs:
            delegation_idr = add(DELEGATION_ROW, self.delegation_costs)
        return TravelTotals(
            item_idr=tuple(item_idr),
            delegation_idr=delegation_idr,
            by_member=tuple(by_member),
            by_kind_foreign={kind: dict(values) for kind, values in kind_foreign.items()},
            by_kind_idr=dict(kind_idr),
            foreign=dict(foreign),
            idr=sum(m.idr for m in by_member),
        )
