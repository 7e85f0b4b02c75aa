"""Partners, their contacts and due-diligence checklist; our own officials."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.storage.models.base import Base, RecordMixin, VersionMixin
from secretariat.storage.models.reference import Country


class Partner(RecordMixin, Base):
    __tablename__ = "partner"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    name_original: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    admin_level: Mapped[str | None] = mapped_column(String(40))
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    city: Mapped[str | None] = mapped_column(String(200), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="prospect", index=True)
    head_name: Mapped[str | None] = mapped_column(String(200))
    head_title: Mapped[str | None] = mapped_column(String(200))  # English or the original language
    name_id: Mapped[str | None] = mapped_column(String(300))  # the name as an Indonesian text writes it
    head_title_id: Mapped[str | None] = mapped_column(String(200))  # the head's title in Indonesian
    notes: Mapped[str | None] = mapped_column(Text)

    country: Mapped[Country] = relationship(lazy="joined")
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Contact.name"
    )
    conditions: Mapped[list[PartnerCondition]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="PartnerCondition.number"
    )


class PartnerCondition(VersionMixin, Base):
    """One of the nine KSDPL conditions: yes / no / unknown, with evidence."""

    __tablename__ = "partner_condition"
    __table_args__ = (UniqueConstraint("partner_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(String(10), default="unknown")
    evidence: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="conditions")


class Contact(RecordMixin, Base):
    __tablename__ = "contact"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[str | None] = mapped_column(String(200))
    passport_type: Mapped[str | None] = mapped_column(String(20))
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Official(RecordMixin, Base):
    """One of the region's own people who may travel or sign."""

    __tablename__ = "official"

    name: Mapped[str] = mapped_column(String(200), index=True)
    nip: Mapped[str | None] = mapped_column(String(30), unique=True)
    position: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    grade: Mapped[str] = mapped_column(String(1))
    passport_type: Mapped[str | None] = mapped_column(String(20))
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
