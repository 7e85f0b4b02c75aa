"""Reference data and office-wide settings: countries, stages, sectors, users, office profile."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.domain.enums import AuditAction, PaperSize, RegionLevel, UserRole
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin, VersionMixin
from secretariat.storage.types import UTCDateTime, utcnow


class Country(VersionMixin, Base):
    """ISO 3166-1 country, with the office's own flags."""

    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_id: Mapped[str] = mapped_column(String(100))
    diplomatic_relations: Mapped[bool] = mapped_column(Boolean, default=True)
    asean_member: Mapped[bool] = mapped_column(Boolean, default=False)
    # Country of the Indonesian mission accredited to this one (per-diem fallback).
    mission_country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), default=None)


class Stage(RecordMixin, Base):
    """One stage of an agreement's life; the office may edit the list."""

    __tablename__ = "stage"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_id: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    kinds: Mapped[str] = mapped_column(String(200), default="")  # comma-separated AgreementKind codes; empty = all
    instruments: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Instrument codes
    required_documents: Mapped[str] = mapped_column(String(400), default="")  # comma-separated DocumentKind codes
    required_fields: Mapped[str] = mapped_column(String(400), default="")
    is_final: Mapped[bool] = mapped_column(Boolean, default=False)
    is_live: Mapped[bool] = mapped_column(Boolean, default=False)


class Sector(RecordMixin, Base):
    __tablename__ = "sector"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_id: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


class User(RecordMixin, Base):
    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(EnumText(UserRole, 20), default=UserRole.CLERK)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when an administrator gives a first or new password; the person chooses their own at sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class OfficeProfile(VersionMixin, Base):
    """The single row of office-wide settings, shared by every workstation."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_name_id: Mapped[str] = mapped_column(String(200), default="")
    region_name_en: Mapped[str] = mapped_column(String(200), default="")
    region_level: Mapped[RegionLevel] = mapped_column(EnumText(RegionLevel, 20), default=RegionLevel.PROVINCE)
    head_name: Mapped[str | None] = mapped_column(String(200))
    head_title_id: Mapped[str | None] = mapped_column(String(200))
    head_title_en: Mapped[str | None] = mapped_column(String(200))
    bureau_head_name: Mapped[str | None] = mapped_column(String(200))
    bureau_head_title: Mapped[str | None] = mapped_column(String(200))
    address_lines: Mapped[str | None] = mapped_column(Text)
    contact_lines: Mapped[str | None] = mapped_column(Text)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper: Mapped[PaperSize] = mapped_column(EnumText(PaperSize, 4), default=PaperSize.A4)
    agreement_pattern: Mapped[str] = mapped_column(String(80), default="{seq:03d}/KS/{year}")
    delegation_pattern: Mapped[str] = mapped_column(String(80), default="DLG-{year}-{seq:03d}")
    letter_pattern: Mapped[str] = mapped_column(String(80), default="{seq:03d}/BKS/{roman_month}/{year}")
    delegation_min_size: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    delegation_max_size: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    # The largest document a clerk may attach, in megabytes (issue 14).
    document_size_limit_mb: Mapped[int] = mapped_column(Integer, default=100, server_default="100")
    # Signatures of budgets (schema 0007): the bureau head's NIP, and the finance officer who prepares them.
    bureau_head_nip: Mapped[str | None] = mapped_column(String(30))
    finance_officer_name: Mapped[str | None] = mapped_column(String(200))
    finance_officer_title: Mapped[str | None] = mapped_column(String(200))
    finance_officer_nip: Mapped[str | None] = mapped_column(String(30))
    # The longest search a register accepts (schema 0008): more is refused with a sentence.
    search_max_characters: Mapped[int] = mapped_column(Integer, default=200, server_default="200")
    search_max_words: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    # Letterheads (schema 0010): the bureau's second line ("SEKRETARIAT DAERAH"); the head of region's own, with the
    # national emblem (Garuda) and its title line ("GUBERNUR JAWA TIMUR").
    letterhead_unit: Mapped[str | None] = mapped_column(String(200))
    head_emblem_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    head_letterhead_title: Mapped[str | None] = mapped_column(String(200))
    unit_code: Mapped[str | None] = mapped_column(String(40))  # written by the pattern token {kode-unit} (0014)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class NumberSequence(Base):
    """The last number issued per series and year; advanced inside the issuing transaction."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("series", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)  # 0 for series that never reset
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Who changed what, when. No foreign key: the entry outlives the record."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_login: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(EnumText(AuditAction, 10))
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[str] = mapped_column(String(40))
    entity_gid: Mapped[str | None] = mapped_column(String(36), index=True)
    summary: Mapped[str | None] = mapped_column(String(300))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {field: [before, after]}
    # The hash chain (storage.audit_chain): set by the database's own trigger as the row is inserted.
    prev_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    entry_hash: Mapped[str | None] = mapped_column(String(64), default=None)
