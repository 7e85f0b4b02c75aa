"""Plain input for the two Excel workbooks, and the program's own computation of their totals.

The workbooks compute every total with live Excel formulas so that a clerk
who changes a rate or a day count sees the totals follow. The program computes
the same totals here, exactly (Decimal), with the same rule: each row is
converted to rupiah on its own and rounded half up to whole rupiah
(:meth:`secretariat.domain.money.Money.to_idr`), then rows are added. Tests
recalculate the written workbook and compare.

:class:`BudgetYear`: a fiscal year's budget lines and transactions, with
``validate()`` (raises :class:`ValidationError` naming each field) and
``summary()``; :class:`Signatory`, who signs a document. The travel budget
(RAB) of a delegation is :mod:`secretariat.domain.travel_budget`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from secretariat.domain.budget_figures import BudgetFigures
from secretariat.domain.enums import BudgetSide, GrantForm, PaperSize, TransactionKind
from secretariat.domain.money import IDR, Money, currency_exponent, is_known_currency
from secretariat.domain.validation import Checker


@dataclass(frozen=True)
class Signatory:
    """Who signs a document: name, position, and the civil-servant number (NIP) if any."""

    name: str
    position: str
    id_number: str | None = None


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
            for line, figure in zip(self.lines, figures, strict=True):
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
