"""Agreements, their partners, sectors, stage history, assessment and activities."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.domain.enums import ActivityKind, AgreementKind, Criterion, Instrument, PaperSize
from secretariat.domain.sorting import number_key
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin
from secretariat.storage.models.partners import Partner
from secretariat.storage.models.reference import Sector, Stage
from secretariat.storage.sorting import keep_sort_keys, sort_key_default
from secretariat.storage.types import ExactDecimal, UTCDateTime, utcnow

agreement_sector = Table(
    "agreement_sector",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("sector_id", ForeignKey("sector.id"), primary_key=True, index=True),
)


class AgreementPartner(Base):
    """A party to an agreement (an agreement may have several partners)."""

    __tablename__ = "agreement_partner"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    partner: Mapped[Partner] = relationship(lazy="joined")


class Agreement(RecordMixin, Base):
    __tablename__ = "agreement"

    number: Mapped[str | None] = mapped_column(String(80), unique=True)  # the region's number
    # The number's year and sequence, for sorting (storage.sorting; indexed by migration 0013).
    number_key: Mapped[str | None] = mapped_column(String(20), default=sort_key_default("number", number_key))
    partner_number: Mapped[str | None] = mapped_column(String(80))
    title_id: Mapped[str] = mapped_column(String(500))
    title_en: Mapped[str] = mapped_column(String(500))
    kind: Mapped[AgreementKind] = mapped_column(EnumText(AgreementKind, 10), index=True)
    instrument: Mapped[Instrument] = mapped_column(EnumText(Instrument, 20), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"), index=True)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_place: Mapped[str | None] = mapped_column(String(200))
    effective_on: Mapped[date | None] = mapped_column(Date)
    term_months: Mapped[int | None] = mapped_column(Integer)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    notice_months: Mapped[int | None] = mapped_column(Integer)
    draft_version: Mapped[int] = mapped_column(Integer, default=0)
    preamble_id: Mapped[str | None] = mapped_column(Text)  # edited preamble; None = from the clause library
    preamble_en: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # What the agreement is about, as its text's title says it after "TENTANG" / "ON" (0010).
    subject_id: Mapped[str | None] = mapped_column(String(300))
    subject_en: Mapped[str | None] = mapped_column(String(300))

    stage: Mapped[Stage] = relationship(lazy="joined")
    parties: Mapped[list[AgreementPartner]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementPartner.position"
    )
    sectors: Mapped[list[Sector]] = relationship(secondary=agreement_sector, order_by="Sector.code")
    parent: Mapped[Agreement | None] = relationship(
        remote_side="Agreement.id", foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list[Agreement]] = relationship(foreign_keys=[parent_id], back_populates="parent")
    previous: Mapped[Agreement | None] = relationship(remote_side="Agreement.id", foreign_keys=[previous_id])
    history: Mapped[list[StageChange]] = relationship(cascade="all, delete-orphan", order_by="StageChange.id")
    assessments: Mapped[list[Assessment]] = relationship(cascade="all, delete-orphan")
    activities: Mapped[list[Activity]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Activity.occurred_on"
    )

    articles: Mapped[list[AgreementArticle]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementArticle.position"
    )

    @property
    def partners(self) -> list[Partner]:
        return [party.partner for party in self.parties]


class StageChange(Base):
    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_login: Mapped[str] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)

    from_stage: Mapped[Stage | None] = relationship(foreign_keys=[from_stage_id], lazy="joined")
    to_stage: Mapped[Stage] = relationship(foreign_keys=[to_stage_id], lazy="joined")


class Assessment(Base):
    """Score (1-5) and reason for one of the four criteria."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("agreement_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    criterion: Mapped[Criterion] = mapped_column(EnumText(Criterion, 20))
    score: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)


class Activity(RecordMixin, Base):
    """What an agreement produced: visits, meetings, exchanges, ... with indicators."""

    __tablename__ = "activity"
    # The dashboard's latest movement of each agreement, read from the index alone (migration 0013).
    __table_args__ = (Index("ix_activity_agreement_id_occurred_on", "agreement_id", "occurred_on"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind, 20))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id", ondelete="SET NULL"), index=True)
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_line.id", ondelete="SET NULL"), index=True)

    agreement: Mapped[Agreement] = relationship(back_populates="activities")
    indicators: Mapped[list[Indicator]] = relationship(cascade="all, delete-orphan", order_by="Indicator.id")


class Indicator(Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column(ExactDecimal())
    unit: Mapped[str | None] = mapped_column(String(40))
    # The named indicator of the action plan this value counts for (schema 0012; checked by the services).
    impact_indicator_id: Mapped[int | None] = mapped_column(Integer, index=True)


class AgreementArticle(Base):
    """An article of this agreement's text, picked from the clause library and edited in both languages."""

    __tablename__ = "agreement_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))  # the clause library key it came from, or "custom"
    heading_id: Mapped[str] = mapped_column(String(300))
    heading_en: Mapped[str] = mapped_column(String(300))
    text_id: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)


class DraftVersion(Base):
    """One generated draft (or final) text: its PDF attachment and a snapshot of the articles it printed."""

    __tablename__ = "draft_version"
    __table_args__ = (UniqueConstraint("agreement_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"), index=True)
    paper: Mapped[PaperSize] = mapped_column(EnumText(PaperSize, 4))
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    articles: Mapped[str] = mapped_column(Text)  # JSON list of {key, heading_id, heading_en, text_id, text_en}
    preamble_id: Mapped[str] = mapped_column(Text)
    preamble_en: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    # SHA-256 of what the text says (domain.drafting.text_digest): the same text printed again is this version.
    text_sha256: Mapped[str | None] = mapped_column(String(64), index=True)


keep_sort_keys(Agreement)
