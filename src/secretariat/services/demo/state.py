"""What the demo generator knows while it runs: the random source, the day, the reference rows, what it made."""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.numbering import DEFAULT_PATTERNS
from secretariat.services.demo import words
from secretariat.services.demo.writer import BulkWriter
from secretariat.storage.models import Country, OfficeProfile, Sector, Stage
from secretariat.storage.types import utcnow

CALLING_CODES = {
    "AU": "61",
    "JP": "81",
    "KR": "82",
    "CN": "86",
    "DE": "49",
    "PL": "48",
    "BR": "55",
    "VN": "84",
    "CH": "41",
    "TR": "90",
    "MY": "60",
    "TH": "66",
    "PH": "63",
    "NL": "31",
    "US": "1",
    "TW": "886",
    "HU": "36",
    "EG": "20",
    "NO": "47",
    "ES": "34",
    "FR": "33",
    "IT": "39",
    "GB": "44",
    "IN": "91",
    "SA": "966",
    "RU": "7",
    "CZ": "420",
    "MX": "52",
    "SG": "65",
    "NZ": "64",
    "AE": "971",
}
CONTACT_POSITIONS = (
    "Director, International Relations",
    "International Affairs Officer",
    "Head of Protocol",
    "Project Manager, Asia Desk",
    "Sister-City Coordinator",
    "Deputy Director, Economic Development",
)
FALLBACK_PEOPLE = words.PEOPLE["GB"]


def ascii_slug(text: str) -> str:
    """Letters and digits without accents, for e-mail addresses and web names."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


@dataclass
class PartnerInfo:
    id: int
    code: str
    name: str
    kind: str
    country: str
    city: str | None
    status: str
    # (contact id, name, position, grade, passport expiry)
    contacts: list[tuple[int, str, str | None, str | None, date | None]] = field(default_factory=list)


@dataclass
class AgreementInfo:
    id: int
    kind: str
    instrument: str
    stage: str
    partner_ids: list[int]
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None
    ended_on: date | None
    life: str  # active | dormant | quiet
    sectors: tuple[str, ...]


@dataclass
class DelegationInfo:
    id: int
    direction: str
    status: str
    country: str
    city: str
    start_on: date
    end_on: date
    agreement_id: int | None


@dataclass(frozen=True)
class StageRow:
    id: int
    code: str
    position: int
    kinds: frozenset[str]
    instruments: frozenset[str]
    is_final: bool
    is_live: bool

    def applies(self, kind: str, instrument: str) -> bool:
        return (not self.kinds or kind in self.kinds) and (not self.instruments or instrument in self.instruments)


class DemoState:
    """The generator's state; every random draw goes through ``rng``, in a fixed order."""

    def __init__(self, session: Session, rng: random.Random, today: date, scale: int, login: str) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.scale = scale
        self.login = login
        self.out = BulkWriter(session, utcnow(), self.gid)
        self.stages = [
            StageRow(
                s.id,
                s.code,
                s.position,
                frozenset(filter(None, s.kinds.split(","))),
                frozenset(filter(None, s.instruments.split(","))),
                bool(s.is_final),
                bool(s.is_live),
            )
            for s in session.scalars(select(Stage).order_by(Stage.position))
        ]
        self.stage_by_code = {s.code: s for s in self.stages}
        self.sectors = {code: id_ for id_, code in session.execute(select(Sector.id, Sector.code))}
        self.countries = set(session.scalars(select(Country.code)))
        profile = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
        self.agreement_pattern = (profile.agreement_pattern if profile else None) or DEFAULT_PATTERNS["agreement"]
        self.delegation_pattern = (profile.delegation_pattern if profile else None) or DEFAULT_PATTERNS["delegation"]
        self.partners: list[PartnerInfo] = []
        self.partner_by_code: dict[str, PartnerInfo] = {}
        self.partner_by_id: dict[int, PartnerInfo] = {}
        self.officials: list[dict[str, Any]] = []
        self.agreements: list[AgreementInfo] = []
        self.agreement_by_key: dict[str, AgreementInfo] = {}
        self.agreement_numbers: dict[int, str] = {}
        self.delegations: list[DelegationInfo] = []
        self.budget_line_by_delegation: dict[int, int] = {}
        self.sequence_last: dict[tuple[str, int], int] = defaultdict(int)
        self.rate_table: dict[tuple[str, date], Decimal] = {}

    def gid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def person(self, country: str) -> tuple[str, str, str]:
        """(display name, given name, family name) in the country's usual order."""
        given_names, family_names, family_first = words.PEOPLE.get(country, FALLBACK_PEOPLE)
        given, family = self.rng.choice(given_names), self.rng.choice(family_names)
        return (f"{family} {given}" if family_first else f"{given} {family}"), given, family

    def phone(self, country: str) -> str:
        code = CALLING_CODES.get(country, "1")
        return f"+{code} {self.rng.randint(10, 99)} {self.rng.randint(1000, 9999)} {self.rng.randint(1000, 9999)}"

    def passport_number(self, prefix: str) -> str:
        return f"{prefix}{self.rng.randint(1_000_000, 9_999_999)}"

    def stamp(self, on: date) -> datetime:
        # Office hours in Surabaya (UTC+7) as UTC.
        return datetime.combine(on, time(self.rng.randint(1, 8), self.rng.randint(0, 59)), tzinfo=UTC)
