"""Budget lines, transactions (realisations and grants) and per-diem rates.

Amounts are integer minor units of their currency (CLDR precision): exact on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.domain.enums import BudgetSide, CostKind, Grade, GrantForm, TransactionKind, TravelClass
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin
from secretariat.storage.types import ExactDecimal, UTCDateTime


class BudgetLine(RecordMixin, Base):
    __tablename__ = "budget_line"

    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    account_code: Mapped[str] = mapped_column(String(60), index=True)
    activity: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    planned_idr: Mapped[int] = mapped_column(BigInteger, default=0)  # whole rupiah
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)

    transactions: Mapped[list[Transaction]] = relationship(
        back_populates="budget_line", cascade="all, delete-orphan", order_by="Transaction.occurred_on"
    )


class Transaction(RecordMixin, Base):
    __tablename__ = "budget_transaction"
    # The dashboard's latest movement of each agreement, read from the index alone (migration 0013).
    __table_args__ = (Index("ix_budget_transaction_budget_line_id_occurred_on", "budget_line_id", "occurred_on"),)

    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[TransactionKind] = mapped_column(EnumText(TransactionKind, 20))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    rate_to_idr: Mapped[Decimal] = mapped_column(ExactDecimal())  # rupiah per one unit of currency
    idr_amount: Mapped[int] = mapped_column(BigInteger)  # whole rupiah, rounded half up
    donor_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    form: Mapped[GrantForm] = mapped_column(EnumText(GrantForm, 10), default=GrantForm.CASH)
    description: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(120))
    # A correction of a closed year's transaction: a signed entry dated in an open year (schema 0004).
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("budget_transaction.id"), index=True)

    budget_line: Mapped[BudgetLine] = relationship(back_populates="transactions")


class PerDiemRate(RecordMixin, Base):
    __tablename__ = "per_diem_rate"
    __table_args__ = (UniqueConstraint("country_code", "grade", "valid_from"),)

    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    grade: Mapped[Grade] = mapped_column(EnumText(Grade, 1))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    valid_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300))


class Account(RecordMixin, Base):
    """The chart of accounts: dotted APBD account codes the budget lines must use."""

    __tablename__ = "account"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # revenue / spending / financing (domain.enums.BudgetSide): decides which total a line's money goes to.
    side: Mapped[BudgetSide] = mapped_column(
        EnumText(BudgetSide, 10), default=BudgetSide.SPENDING, server_default=BudgetSide.SPENDING.value
    )


class TravelCostRate(RecordMixin, Base):
    """A cost item of official travel abroad in the office's table (air fare, visa, insurance, ...).

    ``country_code`` None: the rate applies to any destination; ``grade`` None: to any grade. Two rates of
    the same kind, country, grade and date are refused by the services (NULLs escape a unique constraint).
    """

    __tablename__ = "travel_cost_rate"
    __table_args__ = (UniqueConstraint("kind", "country_code", "grade", "valid_from"),)

    kind: Mapped[CostKind] = mapped_column(EnumText(CostKind, 30), index=True)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    grade: Mapped[Grade | None] = mapped_column(EnumText(Grade, 1))
    travel_class: Mapped[TravelClass | None] = mapped_column(EnumText(TravelClass, 10))  # air fares only
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300))


class ExchangeRate(RecordMixin, Base):
    """Rupiah per one unit of a currency on a date (editable table the clerk keeps)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "on"),)

    currency: Mapped[str] = mapped_column(String(3), index=True)
    on: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal())
    source: Mapped[str | None] = mapped_column(String(300))


class FiscalYear(Base):
    """A fiscal year; once closed its lines and transactions are locked."""

    __tablename__ = "fiscal_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(80))
