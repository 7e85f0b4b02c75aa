"""Delegation visits: members, itinerary, permit steps."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secretariat.domain.enums import DelegationStatus, Direction, Grade, MemberRole, PassportType, PermitStatus
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin
from secretariat.storage.models.reference import Country


class Delegation(RecordMixin, Base):
    __tablename__ = "delegation"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    direction: Mapped[Direction] = mapped_column(EnumText(Direction, 10), index=True)
    purpose: Mapped[str] = mapped_column(Text)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    cities: Mapped[str | None] = mapped_column(String(300))
    start_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date] = mapped_column(Date)
    status: Mapped[DelegationStatus] = mapped_column(
        EnumText(DelegationStatus, 20), default=DelegationStatus.PLANNED, index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # Per-diem: a country without its own rate takes the rate of the country where the accredited
    # Indonesian mission sits, chosen by the clerk; one grade may apply to every member.
    per_diem_country_code: Mapped[str | None] = mapped_column(String(2))  # ISO alpha-2, checked by services
    per_diem_grade: Mapped[Grade | None] = mapped_column(EnumText(Grade, 1))
    per_diem_grade_reason: Mapped[str | None] = mapped_column(String(300))  # why one grade for all (schema 0007)
    # Protocol for incoming visits (Law 9/2010, PP 39/2018).
    precedence: Mapped[str | None] = mapped_column(Text)
    forms_of_address: Mapped[str | None] = mapped_column(Text)
    dietary_needs: Mapped[str | None] = mapped_column(Text)
    interpreter: Mapped[str | None] = mapped_column(String(200))
    liaison_officer: Mapped[str | None] = mapped_column(String(200))
    hotel: Mapped[str | None] = mapped_column(String(300))
    # The final permit request letter's number and date (0010): a reprint keeps them.
    permit_letter_number: Mapped[str | None] = mapped_column(String(80))
    permit_letter_date: Mapped[date | None] = mapped_column(Date)

    country: Mapped[Country] = relationship(lazy="joined")
    members: Mapped[list[Member]] = relationship(cascade="all, delete-orphan", order_by="Member.position")
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        cascade="all, delete-orphan", order_by="(ItineraryItem.day, ItineraryItem.start_time)"
    )
    permits: Mapped[list[PermitStep]] = relationship(cascade="all, delete-orphan", order_by="PermitStep.position")
    gifts: Mapped[list[Gift]] = relationship(cascade="all, delete-orphan", order_by="(Gift.on, Gift.id)")


class Member(RecordMixin, Base):
    __tablename__ = "delegation_member"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("official.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    member_position: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[MemberRole] = mapped_column(EnumText(MemberRole, 20), default=MemberRole.MEMBER)
    grade: Mapped[Grade | None] = mapped_column(EnumText(Grade, 1))
    passport_type: Mapped[PassportType | None] = mapped_column(EnumText(PassportType, 20))
    passport_number: Mapped[str | None] = mapped_column(String(40), index=True)
    passport_expiry: Mapped[date | None] = mapped_column(Date)


class ItineraryItem(RecordMixin, Base):
    __tablename__ = "itinerary_item"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    activity: Mapped[str] = mapped_column(Text)
    activity_en: Mapped[str | None] = mapped_column(Text)  # the activity in English, when the programme gives it
    counterpart: Mapped[str | None] = mapped_column(String(300))
    # The country the delegation is in that day (schema 0007): days per country for the travel budget's per diem.
    country_code: Mapped[str | None] = mapped_column(String(2))


class PermitStep(RecordMixin, Base):
    __tablename__ = "permit_step"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[PermitStatus] = mapped_column(EnumText(PermitStatus, 20), default=PermitStatus.NOT_REQUESTED)
    requested_on: Mapped[date | None] = mapped_column(Date)
    granted_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(120))
    due_days_before: Mapped[int] = mapped_column(Integer, default=10)


class Gift(RecordMixin, Base):
    """A gift given to or received from a delegation (kept for the gratification register)."""

    __tablename__ = "gift"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # given / received
    on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    giver: Mapped[str | None] = mapped_column(String(300))
    recipient: Mapped[str | None] = mapped_column(String(300))
    value_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    notes: Mapped[str | None] = mapped_column(Text)
