"""Enumerations of the domain.

Each member's value is the stable code stored in the database and written to
exchange files; labels in Indonesian and English live in :mod:`labels`.
"""

from __future__ import annotations

from enum import StrEnum


class PartnerKind(StrEnum):
    """Actors of foreign relations (Law 37/1999 Art. 1(1))."""

    REGIONAL_GOVERNMENT = "regional_government"
    STATE_INSTITUTION = "state_institution"
    UNIVERSITY = "university"
    BUSINESS = "business"
    NGO = "ngo"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    OTHER = "other"


class AdminLevel(StrEnum):
    """Administrative level of a foreign regional government."""

    STATE_PROVINCE = "state_province"
    CITY = "city"
    REGENCY_COUNTY = "regency_county"
    OTHER = "other"


class PartnerStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    INACTIVE = "inactive"


class Answer(StrEnum):
    """Answer to one due-diligence condition."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class AgreementKind(StrEnum):
    """PP 28/2018: with a foreign regional government (KSDPL) or institution (KSDLL)."""

    KSDPL = "ksdpl"
    KSDLL = "ksdll"
    OTHER = "other"


class Instrument(StrEnum):
    LOI = "loi"
    MOU = "mou"
    ARRANGEMENT = "arrangement"  # implementing arrangement / Perjanjian Kerja Sama (PKS)
    OTHER = "other"


class Criterion(StrEnum):
    """The four grounds of regional cooperation (Law 23/2014 Art. 363(1))."""

    EFFICIENCY = "efficiency"
    EFFECTIVENESS = "effectiveness"
    SYNERGY = "synergy"
    MUTUAL_BENEFIT = "mutual_benefit"


class ActivityKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    EXCHANGE = "exchange"
    TRAINING = "training"
    TRADE_MISSION = "trade_mission"
    CULTURAL_EVENT = "cultural_event"
    JOINT_PROJECT = "joint_project"
    GRANT = "grant"
    OTHER = "other"


class Direction(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class DelegationStatus(StrEnum):
    PLANNED = "planned"
    PREPARING = "preparing"
    APPROVED = "approved"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    INTERPRETER = "interpreter"
    LIAISON_OFFICER = "liaison_officer"
    SECRETARY = "secretary"
    OTHER = "other"


class Grade(StrEnum):
    """Per-diem grade of the Ministry of Finance standard (SBM)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class PassportType(StrEnum):
    DIPLOMATIC = "diplomatic"
    SERVICE = "service"
    ORDINARY = "ordinary"


class PermitStatus(StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"
    NOT_NEEDED = "not_needed"


class TransactionKind(StrEnum):
    REALISATION = "realisation"
    GRANT = "grant"


class GrantForm(StrEnum):
    CASH = "cash"
    IN_KIND = "in_kind"


class BudgetSide(StrEnum):
    """Which money an APBD account group holds: revenue (pendapatan, group 4), spending (belanja, group 5) or
    financing (pembiayaan, group 6). Kept per account in the chart of accounts; never added to one another."""

    REVENUE = "revenue"
    SPENDING = "spending"
    FINANCING = "financing"


class CostKind(StrEnum):
    """Cost components of official travel abroad, in the order a travel budget (RAB) lists them."""

    PER_DIEM = "per_diem"
    AIR_FARE = "air_fare"
    VISA = "visa"
    INSURANCE = "insurance"
    LOCAL_TRANSPORT = "local_transport"
    REPRESENTATION = "representation"
    SOUVENIRS = "souvenirs"
    INTERPRETER = "interpreter"
    VENUE = "venue"
    OTHER = "other"


class TravelClass(StrEnum):
    """Class of an air fare in the office's travel-cost table."""

    ECONOMY = "economy"
    BUSINESS = "business"
    FIRST = "first"


class DocumentKind(StrEnum):
    REQUEST_LETTER = "request_letter"
    LOI = "loi"
    ACTION_PLAN = "action_plan"
    STUDY = "study"
    DRAFT = "draft"
    DPRD_APPROVAL = "dprd_approval"
    FULL_POWERS = "full_powers"
    SIGNED_SCAN = "signed_scan"
    REPORT = "report"
    PHOTO = "photo"
    RECEIPT = "receipt"
    OTHER = "other"
    FINAL_TEXT = "final_text"  # the final text as signed, when it was not made by this program
    PACKET = "packet"  # a signed-agreement packet this program assembled


class RegionLevel(StrEnum):
    """Level of our own region."""

    PROVINCE = "province"
    CITY = "city"
    REGENCY = "regency"


class PaperSize(StrEnum):
    A4 = "a4"
    F4 = "f4"


class UserRole(StrEnum):
    CLERK = "clerk"
    HEAD = "head"
    ADMIN = "admin"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
