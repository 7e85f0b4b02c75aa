"""Impact of agreements (schema 0012): named indicators with yearly targets, yearly evaluations (monev) and the
office's rules for alive / weak / dormant."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.domain.impact import Recommendation
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin
from secretariat.storage.types import ExactDecimal


class ImpactIndicator(Base):
    """A named indicator of an agreement's action plan (rencana aksi): "students exchanged", unit "students"."""

    __tablename__ = "impact_indicator"
    __table_args__ = (UniqueConstraint("agreement_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)

    targets: Mapped[list[IndicatorTarget]] = relationship(cascade="all, delete-orphan", order_by="IndicatorTarget.year")


class IndicatorTarget(Base):
    """The value an indicator should reach in one year."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("impact_indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    impact_indicator_id: Mapped[int] = mapped_column(ForeignKey("impact_indicator.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    target: Mapped[Decimal] = mapped_column(ExactDecimal())


class Evaluation(RecordMixin, Base):
    """The yearly evaluation (monev) of one agreement: four criteria of Law 23/2014 Art. 363 scored 1-5 with a
    reason each, a recommendation, who evaluated and when."""

    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("agreement_id", "year"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    efficiency_score: Mapped[int] = mapped_column(Integer)
    efficiency_reason: Mapped[str] = mapped_column(Text)
    effectiveness_score: Mapped[int] = mapped_column(Integer)
    effectiveness_reason: Mapped[str] = mapped_column(Text)
    synergy_score: Mapped[int] = mapped_column(Integer)
    synergy_reason: Mapped[str] = mapped_column(Text)
    mutual_benefit_score: Mapped[int] = mapped_column(Integer)
    mutual_benefit_reason: Mapped[str] = mapped_column(Text)
    recommendation: Mapped[Recommendation] = mapped_column(EnumText(Recommendation, 20))
    evaluator: Mapped[str] = mapped_column(String(200))
    evaluated_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ImpactRules(Base):
    """The single row of the office's rules for alive / weak / dormant (domain.impact.StatusRules)."""

    __tablename__ = "impact_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    alive_quiet_days: Mapped[int] = mapped_column(Integer, default=180)
    dormant_quiet_days: Mapped[int] = mapped_column(Integer, default=365)
    alive_min_movements: Mapped[int] = mapped_column(Integer, default=2)
    alive_min_achievement_percent: Mapped[int] = mapped_column(Integer, default=50)
