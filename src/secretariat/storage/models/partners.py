"""Partners, their contacts and due-diligence checklist; our own officials."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.domain.enums import AdminLevel, Answer, Grade, PartnerKind, PartnerStatus, PassportType
from secretariat.domain.sorting import name_key
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin, VersionMixin
from secretariat.storage.models.reference import Country
from secretariat.storage.sorting import keep_sort_keys, sort_key_default


class Partner(RecordMixin, Base):
    __tablename__ = "partner"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    # The name folded for sorting (storage.sorting; indexed by migration 0013).
    name_key: Mapped[str | None] = mapped_column(String(400), default=sort_key_default("name", name_key))
    name_original: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[PartnerKind] = mapped_column(EnumText(PartnerKind, 40), index=True)
    admin_level: Mapped[AdminLevel | None] = mapped_column(EnumText(AdminLevel, 40))
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    city: Mapped[str | None] = mapped_column(String(200), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[PartnerStatus] = mapped_column(
        EnumText(PartnerStatus, 20), default=PartnerStatus.PROSPECT, index=True
    )
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
    answer: Mapped[Answer] = mapped_column(EnumText(Answer, 10), default=Answer.UNKNOWN)
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
    passport_type: Mapped[PassportType | None] = mapped_column(EnumText(PassportType, 20))
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Official(RecordMixin, Base):
    """One of the region's own people who may travel or sign."""

    __tablename__ = "official"

    name: Mapped[str] = mapped_column(String(200), index=True)
    # The name folded for sorting (storage.sorting; indexed by migration 0013).
    name_key: Mapped[str | None] = mapped_column(String(300), default=sort_key_default("name", name_key))
    nip: Mapped[str | None] = mapped_column(String(30), unique=True)
    position: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    grade: Mapped[Grade] = mapped_column(EnumText(Grade, 1))
    passport_type: Mapped[PassportType | None] = mapped_column(EnumText(PassportType, 20))
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


keep_sort_keys(Partner)
keep_sort_keys(Official)
