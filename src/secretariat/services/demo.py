"""Realistic demo data for an empty database: ``secretariat demo``.

The data describe the foreign-cooperation bureau of the East Java Provincial
Government: officials with passports, foreign partners in many countries and
scripts, agreements in every stage (with LoI -> MoU -> arrangement trees,
renewals, dormant and expiring ones), activities with indicators, delegations
both ways, budgets in several currencies and the per-diem rate table.

Everything is drawn from ``random.Random(seed)`` with dates relative to
``today``, so the same seed and day give the same data. ``scale`` sets the
number of partners (at least the hand-written core); agreements (about 0.3
per partner), delegations and budget lines grow with it. Rows go in with bulk
inserts in one transaction; the full-text indexes follow through their
triggers. The load is audited as one entry that gives the counts.
"""

from __future__ import annotations

import json
import random
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from time import perf_counter
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from secretariat.domain.due_diligence import CONDITIONS
from secretariat.domain.enums import AuditAction, Criterion
from secretariat.domain.errors import UserError
from secretariat.domain.money import Money, currency_exponent
from secretariat.domain.numbering import DEFAULT_PATTERNS, format_number, resets_yearly
from secretariat.domain.rules import add_months, expiry_from_term
from secretariat.services import demo_data as words
from secretariat.services.context import ServiceContext, writing
from secretariat.services.demo_data_agreements import (
    AGREEMENTS,
    DELEGATIONS,
    INCOMING_ITINERARY,
    INCOMING_PERMITS,
    OUTGOING_ITINERARY,
    OUTGOING_PERMITS,
    DelegationSpec,
)
from secretariat.storage.models import (
    Account,
    Activity,
    Agreement,
    AgreementPartner,
    Assessment,
    AuditEntry,
    BudgetLine,
    Contact,
    Country,
    Delegation,
    ExchangeRate,
    FiscalYear,
    Gift,
    Indicator,
    ItineraryItem,
    Member,
    NumberSequence,
    OfficeProfile,
    Official,
    Partner,
    PartnerCondition,
    PerDiemRate,
    PermitStep,
    Sector,
    Stage,
    StageChange,
    Transaction,
    agreement_sector,
)
from secretariat.storage.types import utcnow

DEFAULT_SEED = 20261129
BATCH_ROWS = 10_000
AGREEMENTS_PER_PARTNER = 0.3
DELEGATIONS_PER_PARTNER = 0.05
BUDGET_LINES_PER_PARTNER = 0.1

# Dependency order: a table is written only after every table it refers to.
_TABLES: tuple[Table, ...] = tuple(
    getattr(model, "__table__", model)
    for model in (
        Account, ExchangeRate, FiscalYear, Partner, Contact, PartnerCondition, Official, Agreement,
        AgreementPartner, agreement_sector, StageChange, Assessment, Delegation, Member, ItineraryItem, PermitStep,
        Gift, BudgetLine, Transaction, Activity, Indicator, PerDiemRate,
    )
)
_BY_NAME = {t.name: t for t in _TABLES}
# User data that must be absent before a demo is loaded.
_MUST_BE_EMPTY = (Partner, Agreement, Delegation, BudgetLine, Official, PerDiemRate)


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    scale: int
    today: date
    counts: dict[str, int]  # table name -> rows inserted
    seconds: float

    @property
    def partners(self) -> int:
        return self.counts.get("partner", 0)

    @property
    def agreements(self) -> int:
        return self.counts.get("agreement", 0)

    @property
    def delegations(self) -> int:
        return self.counts.get("delegation", 0)

    @property
    def budget_lines(self) -> int:
        return self.counts.get("budget_line", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


# --- writing rows in batches ------------------------------------------------------------------------


class _Writer:
    """Buffers rows per table; writes every buffer, in dependency order, when one is full."""

    def __init__(self, session: Session, now: datetime, new_gid: Callable[[], str]) -> None:
        self.session = session
        self.now = now
        self.new_gid = new_gid
        self.buffers: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
        self.counts: dict[str, int] = defaultdict(int)
        self.next_ids: dict[str, int] = {}
        for t in _TABLES:
            if "id" in t.c:
                self.next_ids[t.name] = int(session.scalar(select(func.max(t.c.id))) or 0) + 1

    def new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        if "gid" in _BY_NAME[table].c:
            row.setdefault("gid", self.new_gid())
            row.setdefault("created_at", self.now)
            row.setdefault("updated_at", self.now)
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= BATCH_ROWS:
            self.flush()
        return row

    def flush(self) -> None:
        for t in _TABLES:
            rows = self.buffers[t.name]
            if rows:
                self.session.execute(insert(t), rows)
                self.counts[t.name] += len(rows)
                self.buffers[t.name] = []


# --- helpers -----------------------------------------------------------------------------------------


def _ascii(text_: str) -> str:
    folded = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


_CALLING_CODES = {
    "AU": "61", "JP": "81", "KR": "82", "CN": "86", "DE": "49", "PL": "48", "BR": "55", "VN": "84", "CH": "41",
    "TR": "90", "MY": "60", "TH": "66", "PH": "63", "NL": "31", "US": "1", "TW": "886", "HU": "36", "EG": "20",
    "NO": "47", "ES": "34", "FR": "33", "IT": "39", "GB": "44", "IN": "91", "SA": "966", "RU": "7", "CZ": "420",
    "MX": "52", "SG": "65", "NZ": "64", "AE": "971",
}
_CONTACT_POSITIONS = (
    "Director, International Relations", "International Affairs Officer", "Head of Protocol",
    "Project Manager, Asia Desk", "Sister-City Coordinator", "Deputy Director, Economic Development",
)
_FALLBACK_PEOPLE = words.PEOPLE["GB"]


@dataclass
class _PartnerInfo:
    id: int
    code: str
    name: str
    kind: str
    country: str
    city: str | None
    status: str
    contacts: list[tuple[int, str, str | None, str | None, date | None]] = field(default_factory=list)


@dataclass
class _AgreementInfo:
    id: int
    kind: str
    instrument: str
    stage: str
    partner_ids: list[int]
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None
    ended_on: date | None
    life: str
    sectors: tuple[str, ...]


@dataclass
class _DelegationInfo:
    id: int
    direction: str
    status: str
    country: str
    city: str
    start_on: date
    end_on: date
    agreement_id: int | None


@dataclass(frozen=True)
class _StageRow:
    id: int
    code: str
    position: int
    kinds: frozenset[str]
    instruments: frozenset[str]
    is_final: bool
    is_live: bool

    def applies(self, kind: str, instrument: str) -> bool:
        return (not self.kinds or kind in self.kinds) and (not self.instruments or instrument in self.instruments)


# --- the generator ---------------------------------------------------------------------------------------


class _Demo:
    def __init__(self, session: Session, rng: random.Random, today: date, scale: int, login: str) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.scale = scale
        self.login = login
        self.out = _Writer(session, utcnow(), self._gid)
        self.stages = [
            _StageRow(s.id, s.code, s.position, frozenset(filter(None, s.kinds.split(","))),
                      frozenset(filter(None, s.instruments.split(","))), bool(s.is_final), bool(s.is_live))
            for s in session.scalars(select(Stage).order_by(Stage.position))
        ]
        self.stage_by_code = {s.code: s for s in self.stages}
        self.sectors = {code: id_ for id_, code in session.execute(select(Sector.id, Sector.code))}
        self.countries = set(session.scalars(select(Country.code)))
        profile = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
        self.agreement_pattern = (profile.agreement_pattern if profile else None) or DEFAULT_PATTERNS["agreement"]
        self.delegation_pattern = (
            (profile.delegation_pattern if profile else None) or DEFAULT_PATTERNS["delegation"]
        )
        self.partners: list[_PartnerInfo] = []
        self.partner_by_code: dict[str, _PartnerInfo] = {}
        self.officials: list[dict[str, Any]] = []
        self.agreements: list[_AgreementInfo] = []
        self.agreement_by_key: dict[str, _AgreementInfo] = {}
        self.agreement_numbers: dict[int, str] = {}
        self.delegations: list[_DelegationInfo] = []
        self.budget_line_by_delegation: dict[int, int] = {}
        self.sequence_last: dict[tuple[str, int], int] = defaultdict(int)
        self.rate_table: dict[tuple[str, date], Decimal] = {}

    # small random helpers
    def _gid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def _person(self, country: str) -> tuple[str, str, str]:
        """(display name, given name, family name) in the country's usual order."""
        given_names, family_names, family_first = words.PEOPLE.get(country, _FALLBACK_PEOPLE)
        given, family = self.rng.choice(given_names), self.rng.choice(family_names)
        return (f"{family} {given}" if family_first else f"{given} {family}"), given, family

    def _phone(self, country: str) -> str:
        code = _CALLING_CODES.get(country, "1")
        return f"+{code} {self.rng.randint(10, 99)} {self.rng.randint(1000, 9999)} {self.rng.randint(1000, 9999)}"

    def _passport_number(self, prefix: str) -> str:
        return f"{prefix}{self.rng.randint(1_000_000, 9_999_999)}"

    def _stamp(self, on: date) -> datetime:
        # Office hours in Surabaya (UTC+7) as UTC.
        return datetime.combine(on, time(self.rng.randint(1, 8), self.rng.randint(0, 59)), tzinfo=UTC)

    # --- office and officials ------------------------------------------------------------------------

    def office(self) -> None:
        profile = self.session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
        if profile is None:
            return
        if not (profile.region_name_id or "").strip():
            self.session.execute(
                update(OfficeProfile).where(OfficeProfile.id == profile.id).values(**words.OFFICE, updated_at=utcnow())
            )

    def officials_(self) -> None:
        rng, today = self.rng, self.today
        # Passports that stop a trip: too short for six months after return, and one already expired.
        expiries = {10: today + timedelta(days=120), 12: today + timedelta(days=150), 13: today - timedelta(days=20)}
        people: list[tuple[str, str, str, str, str | None]] = list(words.OFFICIALS)
        for _ in range(max(0, self.scale // 5000)):
            position, unit, grade = rng.choice(words.OFFICIAL_POSITIONS)
            name = f"{rng.choice(words.INDONESIAN_GIVEN)} {rng.choice(words.INDONESIAN_FAMILY)}"
            people.append((name, position, unit, grade, rng.choice(("service", "service", None))))
        nips: set[str] = set()
        for index, (name, position, unit, grade, passport) in enumerate(people):
            while True:
                born = date(rng.randint(1966, 1995), rng.randint(1, 12), rng.randint(1, 28))
                appointed = (born.year + rng.randint(23, 30), rng.randint(1, 12))
                nip = (f"{born:%Y%m%d}{appointed[0]:04d}{appointed[1]:02d}{rng.randint(1, 2)}"
                       f"{rng.randint(1, 999):03d}")
                if nip not in nips:
                    nips.add(nip)
                    break
            expiry = None
            number = None
            if passport is not None:
                number = self._passport_number("D" if passport == "diplomatic" else "S")
                expiry = expiries.get(index, today + self._days(400, 1700))
            email_name = _ascii(name.split(",")[0].replace("Dr. ", "").replace("Ir. ", "").replace("H. ", ""))
            row = self.out.add("official", {
                "id": self.out.new_id("official"), "name": name, "nip": nip, "position": position, "unit": unit,
                "grade": grade, "passport_type": passport, "passport_number": number, "passport_expiry": expiry,
                "email": f"{email_name.strip('.')[:40]}@demo.jatimprov.example",
                "phone": f"+62 812 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "active": index != 15,
            })
            self.officials.append(row)

    # --- partners ----------------------------------------------------------------------------------------

    def _add_partner(self, code: str, name: str, original: str | None, kind: str, level: str | None, country: str,
                     city: str | None, languages: str, status: str, head_title: str | None = None,
                     website: str | None = None, notes: str | None = None, contacts: int = 1,
                     detailed: bool = True) -> _PartnerInfo:
        if country not in self.countries:
            raise ValueError(f"demo partner {code}: unknown country {country}")
        partner_id = self.out.new_id("partner")
        head_name = self._person(country)[0] if kind == "regional_government" and detailed else None
        slug = _ascii(code)
        self.out.add("partner", {
            "id": partner_id, "code": code, "name": name, "name_original": original, "kind": kind,
            "admin_level": level, "country_code": country, "city": city,
            "address": f"{city}, {country}" if city and detailed else None,
            "website": website or (f"https://www.{slug}.example" if detailed else None),
            "email": f"international@{slug}.example" if detailed else None,
            "phone": self._phone(country) if detailed else None, "languages": languages, "status": status,
            "head_name": head_name, "head_title": head_title, "notes": notes,
        })
        info = _PartnerInfo(partner_id, code, name, kind, country, city, status)
        for _ in range(contacts):
            display, given, family = self._person(country)
            passport_expiry = self.today + self._days(60, 2500) if detailed else None
            contact_id = self.out.new_id("contact")
            self.out.add("contact", {
                "id": contact_id, "partner_id": partner_id, "name": display,
                "position": self.rng.choice(_CONTACT_POSITIONS),
                "email": f"{_ascii(given)}.{_ascii(family)}@{slug}.example",
                "phone": self._phone(country) if detailed else None, "languages": languages,
                "passport_type": "service" if detailed and kind in ("regional_government", "state_institution")
                else ("ordinary" if detailed else None),
                "passport_number": f"{country}{self.rng.randint(1_000_000, 9_999_999)}" if detailed else None,
                "passport_expiry": passport_expiry, "notes": None,
            })
            info.contacts.append((contact_id, display, "Delegation member", None, passport_expiry))
        self.partners.append(info)
        self.partner_by_code[code] = info
        return info

    def _conditions(self, partner: _PartnerInfo) -> None:
        evidence = {
            1: "Tercantum dalam daftar negara yang mempunyai hubungan diplomatik dengan RI (Kemlu).",
            2: "Urusan yang dikerjasamakan termasuk kewenangan provinsi (UU 23/2014).",
            3: "Rancangan naskah tidak memuat pembukaan kantor perwakilan.",
            4: "Kajian Bakesbangpol: tidak ada indikasi campur tangan urusan dalam negeri.",
            5: "Sejalan dengan misi RPJMD Provinsi Jawa Timur.",
            6: "Rencana aksi memuat pelatihan aparatur dan magang teknis.",
            7: "Setara secara fungsi pemerintahan dan skala wilayah.",
            8: "Keunggulan kedua daerah saling melengkapi (kajian kelayakan).",
            9: "Program pertukaran pelajar, seniman dan komunitas.",
        }
        for condition in CONDITIONS:
            answer, text_ = "yes", evidence[condition.number]
            if partner.country == "TW" and condition.number == 1:
                answer, text_ = "no", "Indonesia tidak mempunyai hubungan diplomatik formal dengan Taiwan."
            elif partner.status == "prospect" and self.rng.random() < 0.4:
                answer, text_ = "unknown", None
            self.out.add("partner_condition", {
                "id": self.out.new_id("partner_condition"), "partner_id": partner.id, "number": condition.number,
                "answer": answer, "evidence": text_,
            })

    def curated_partners(self) -> None:
        for spec in words.PARTNERS:
            info = self._add_partner(
                spec.code, spec.name, spec.name_original, spec.kind, spec.admin_level, spec.country, spec.city,
                spec.languages, spec.status, spec.head_title, spec.website, spec.notes, contacts=2,
            )
            if spec.kind == "regional_government":
                self._conditions(info)

    def generated_partners(self, count: int) -> None:
        rng = self.rng
        kinds = ("regional_government", "university", "business", "ngo", "international_organisation",
                 "state_institution")
        weights = (35, 20, 25, 15, 2, 3)
        for number in range(1, count + 1):
            pool = rng.choice(words.POOLS)
            city, original = rng.choice(pool.cities)
            kind = rng.choices(kinds, weights)[0]
            country, level, name_original = pool.code, None, None
            if kind == "regional_government":
                pattern_en, pattern_original = pool.government
                level = pool.level
                name = pattern_en.format(city=city, original=original or city)
                if pattern_original:
                    name_original = pattern_original.format(city=city, original=original or city)
            elif kind == "university":
                pattern_en, pattern_original = pool.university
                name = pattern_en.format(city=city, original=original or city)
                if pattern_original:
                    name_original = pattern_original.format(city=city, original=original or city)
            elif kind == "business":
                family = rng.choice(words.PEOPLE.get(country, _FALLBACK_PEOPLE)[1])
                name = f"{family} {rng.choice(pool.business_words)} {pool.business_suffix}"
            elif kind == "ngo":
                name = rng.choice(words.NGO_PATTERNS).format(city=city)
            elif kind == "international_organisation":
                io_name, _headquarters = rng.choice(words.IO_NAMES)
                name = f"{io_name} ({city} office)"
            else:
                name = f"{city} {rng.choice(('Trade Promotion Agency', 'Port Authority', 'Tourism Board'))}"
            status = rng.choices(("active", "prospect", "inactive"), (50, 35, 15))[0]
            self._add_partner(
                f"{country}-{number:06d}", name, name_original, kind, level, country, city, pool.languages, status,
                contacts=1 if rng.random() < 0.6 else 0, detailed=False,
            )

    # --- agreements -------------------------------------------------------------------------------------

    def _stage_path(self, kind: str, instrument: str, target: str) -> list[_StageRow]:
        goal = self.stage_by_code[target]
        ordinary = [s for s in self.stages if not s.is_final and s.applies(kind, instrument)]
        if goal.is_final:
            return [*ordinary, goal]
        return [s for s in ordinary if s.position <= goal.position]

    def _history(self, agreement_id: int, path: list[_StageRow], signed_on: date | None,
                 effective_on: date | None, final_on: date | None) -> None:
        rng, today = self.rng, self.today
        signed_index = next((i for i, s in enumerate(path) if s.code == "signed"), None)
        dates: list[date] = [today] * len(path)
        if signed_on is not None and signed_index is not None:
            dates[signed_index] = signed_on
            for i in range(signed_index - 1, -1, -1):
                dates[i] = dates[i + 1] - self._days(15, 60)
            cursor = effective_on or signed_on
            for i in range(signed_index + 1, len(path)):
                stage = path[i]
                if stage.is_final:
                    dates[i] = final_on or cursor
                elif stage.code == "implementation":
                    cursor = cursor + self._days(7, 40)
                    dates[i] = cursor
                else:  # evaluation: some time into the term
                    cursor = cursor + self._days(150, 420)
                    dates[i] = cursor
            upper = today
            for i in range(len(path) - 1, -1, -1):  # never in the future, never out of order
                dates[i] = min(dates[i], upper)
                upper = dates[i]
        else:
            dates[-1] = today - self._days(3, 80)
            for i in range(len(path) - 2, -1, -1):
                dates[i] = dates[i + 1] - self._days(15, 60)
        previous: _StageRow | None = None
        for stage, on in zip(path, dates, strict=True):
            self.out.add("stage_change", {
                "id": self.out.new_id("stage_change"), "agreement_id": agreement_id,
                "from_stage_id": previous.id if previous else None, "to_stage_id": stage.id, "on": on,
                "at": self._stamp(on), "user_login": self.login, "note": None,
            })
            previous = stage

    def _title(self, instrument: str, sectors: Sequence[str], partners: Sequence[_PartnerInfo]) -> tuple[str, str]:
        lead_id, lead_en = words.INSTRUMENT_TITLES.get(instrument, words.INSTRUMENT_TITLES["other"])
        sector_id, sector_en = words.SECTOR_TITLES[sectors[0]]
        names = " dan ".join(p.name for p in partners)
        names_en = " and ".join(p.name for p in partners)
        return (f"{lead_id} {sector_id} antara Pemerintah Provinsi Jawa Timur dan {names}",
                f"{lead_en} {sector_en} between the East Java Provincial Government and {names_en}")

    def _add_agreement(self, *, partners: Sequence[_PartnerInfo], kind: str, instrument: str, stage: str,
                       sectors: Sequence[str], term_months: int, signed_on: date | None, effective_on: date | None,
                       ended_on: date | None, parent_id: int | None, previous_id: int | None, life: str,
                       title: tuple[str, str] | None = None, notes: str | None = None,
                       place: str | None = None) -> _AgreementInfo:
        rng = self.rng
        agreement_id = self.out.new_id("agreement")
        expires_on = expiry_from_term(effective_on, term_months) if effective_on else None
        title_id, title_en = title or self._title(instrument, sectors, partners)
        self.out.add("agreement", {
            "id": agreement_id, "number": None,
            "partner_number": (f"{partners[0].country}/{signed_on.year}/{rng.randint(1, 999):03d}"
                               if signed_on else None),
            "title_id": title_id[:500], "title_en": title_en[:500], "kind": kind, "instrument": instrument,
            "parent_id": parent_id, "previous_id": previous_id, "stage_id": self.stage_by_code[stage].id,
            "signed_on": signed_on, "signed_place": (place or partners[0].city or "Surabaya") if signed_on else None,
            "effective_on": effective_on, "term_months": term_months, "expires_on": expires_on,
            "notice_months": 6 if instrument != "loi" else None,
            "draft_version": rng.randint(1, 4) if stage not in ("initiative", "exploration") else 0,
            "notes": notes,
        })
        for position, partner in enumerate(partners):
            self.out.add("agreement_partner", {
                "agreement_id": agreement_id, "partner_id": partner.id, "position": position,
            })
        for code in dict.fromkeys(sectors):
            self.out.add("agreement_sector", {"agreement_id": agreement_id, "sector_id": self.sectors[code]})
        final_on = None
        if stage == "expired":
            final_on = expires_on + timedelta(days=1) if expires_on else None
        elif stage == "terminated":
            final_on = ended_on
        elif stage == "renewed":
            final_on = expires_on - self._days(10, 60) if expires_on else None
        self._history(agreement_id, self._stage_path(kind, instrument, stage), signed_on, effective_on, final_on)
        if self.stage_by_code[stage].position >= self.stage_by_code["cooperation_plan"].position:
            good = life == "active"
            for criterion in Criterion:
                reason_good, reason_poor = words.ASSESSMENT_REASONS[criterion.value]
                score = rng.randint(3, 5) if good else rng.randint(1, 3)
                self.out.add("assessment", {
                    "id": self.out.new_id("assessment"), "agreement_id": agreement_id, "criterion": criterion.value,
                    "score": score, "reason": reason_good if score >= 3 else reason_poor,
                })
        info = _AgreementInfo(agreement_id, kind, instrument, stage, [p.id for p in partners], signed_on,
                              effective_on, expires_on, ended_on, life, tuple(sectors))
        self.agreements.append(info)
        return info

    def curated_agreements(self) -> None:
        today = self.today
        for spec in AGREEMENTS:
            partners = [self.partner_by_code[code] for code in spec.partners]
            signed_on = effective_on = None
            if spec.expires_in_days is not None:
                expires_on = today + timedelta(days=spec.expires_in_days)
                effective_on = add_months(expires_on + timedelta(days=1), -spec.term_months)
                signed_on = effective_on - self._days(0, 14)
            elif spec.signed_months_ago is not None:
                signed_on = add_months(today, -spec.signed_months_ago) - self._days(0, 20)
                effective_on = signed_on + self._days(0, 10) if spec.stage != "signed" else signed_on
            ended_on = today - timedelta(days=spec.ended_days_ago) if spec.ended_days_ago is not None else None
            info = self._add_agreement(
                partners=partners, kind=spec.kind, instrument=spec.instrument, stage=spec.stage,
                sectors=spec.sectors, term_months=spec.term_months, signed_on=signed_on, effective_on=effective_on,
                ended_on=ended_on,
                parent_id=self.agreement_by_key[spec.parent].id if spec.parent else None,
                previous_id=self.agreement_by_key[spec.previous].id if spec.previous else None,
                life=spec.life, title=spec.title, notes=spec.notes, place=spec.place,
            )
            self.agreement_by_key[spec.key] = info

    def generated_agreements(self, partners: Sequence[_PartnerInfo]) -> None:
        rng, today = self.rng, self.today
        stage_weights = {
            "initiative": 6, "exploration": 7, "letter_of_intent": 5, "cooperation_plan": 4, "consultation": 4,
            "dprd_approval": 3, "draft_initialled": 3, "full_powers": 2, "signed": 4, "implementation": 28,
            "evaluation": 10, "renewed": 5, "expired": 12, "terminated": 3,
        }
        codes, weights = list(stage_weights), list(stage_weights.values())
        sector_codes = list(self.sectors)
        mous: dict[int, _AgreementInfo] = {}
        for partner in partners:
            if rng.random() >= AGREEMENTS_PER_PARTNER:
                continue
            kind = "ksdpl" if partner.kind == "regional_government" else "ksdll"
            instrument = rng.choices(("mou", "loi", "arrangement"), (65, 20, 15))[0]
            parent = mous.get(partner.id) if instrument == "arrangement" else None
            stage = rng.choices(codes, weights)[0]
            while not self.stage_by_code[stage].applies(kind, instrument):
                stage = rng.choices(codes, weights)[0]
            parties = [partner]
            if rng.random() < 0.05 and len(self.partners) > 1:
                other = rng.choice(self.partners)
                if other.id != partner.id:
                    parties.append(other)
            term = rng.choice((12, 24, 36, 60)) if instrument == "loi" else rng.choice((24, 36, 48, 60))
            signed_position = self.stage_by_code["signed"].position
            signed_on = effective_on = ended_on = None
            life = rng.choices(("active", "dormant", "quiet"), (70, 20, 10))[0]
            if self.stage_by_code[stage].position >= signed_position:
                if stage in ("expired", "renewed"):
                    months_ago = term + rng.randint(1, 36)
                elif stage == "signed":
                    months_ago = rng.randint(0, 2)
                else:
                    months_ago = rng.randint(1, term - 1)
                signed_on = add_months(today, -months_ago) - self._days(0, 27)
                effective_on = signed_on + self._days(0, 10) if stage != "signed" else signed_on
                if stage == "terminated":
                    ended_on = min(today, signed_on + self._days(200, 900))
            sectors = rng.sample(sector_codes, rng.randint(1, 3))
            info = self._add_agreement(
                partners=parties, kind=kind, instrument=instrument, stage=stage, sectors=sectors, term_months=term,
                signed_on=signed_on, effective_on=effective_on, ended_on=ended_on,
                parent_id=parent.id if parent and parent.signed_on else None, previous_id=None, life=life,
            )
            if instrument == "mou" and signed_on:
                mous[partner.id] = info
            if stage == "renewed" and info.expires_on is not None and info.expires_on < today:
                # The renewal: a new agreement that follows the old one.
                self._add_agreement(
                    partners=parties, kind=kind, instrument=instrument, stage="implementation", sectors=sectors,
                    term_months=term, signed_on=info.expires_on - self._days(10, 60),
                    effective_on=info.expires_on + timedelta(days=1), ended_on=None,
                    parent_id=parent.id if parent and parent.signed_on else None, previous_id=info.id, life=life,
                )

    def _number_agreements(self) -> None:
        signed = sorted((a for a in self.agreements if a.signed_on), key=lambda a: (a.signed_on, a.id))
        for agreement in signed:
            assert agreement.signed_on is not None
            year = agreement.signed_on.year if resets_yearly(self.agreement_pattern) else 0
            self.sequence_last[("agreement", year)] += 1
            self.agreement_numbers[agreement.id] = format_number(
                self.agreement_pattern, self.sequence_last[("agreement", year)], agreement.signed_on
            )

    # --- delegations ------------------------------------------------------------------------------------

    def _member_from_official(self, delegation_id: int, position: int, official: dict[str, Any],
                              role: str) -> None:
        self.out.add("delegation_member", {
            "id": self.out.new_id("delegation_member"), "delegation_id": delegation_id, "position": position,
            "official_id": official["id"], "contact_id": None, "name": official["name"],
            "member_position": official["position"], "role": role, "grade": official["grade"],
            "passport_type": official["passport_type"], "passport_number": official["passport_number"],
            "passport_expiry": official["passport_expiry"],
        })

    def _add_delegation(self, *, direction: str, partner: _PartnerInfo, agreement_id: int | None, status: str,
                        start_on: date, days: int, cities: str, purpose: str, officials: Sequence[dict[str, Any]],
                        guests: int, notes: str | None = None) -> _DelegationInfo:
        rng, today = self.rng, self.today
        delegation_id = self.out.new_id("delegation")
        end_on = start_on + timedelta(days=days - 1)
        row: dict[str, Any] = {
            "id": delegation_id, "code": f"DEMO-{delegation_id}", "direction": direction, "purpose": purpose,
            "agreement_id": agreement_id, "country_code": partner.country, "cities": cities, "start_on": start_on,
            "end_on": end_on, "status": status, "notes": notes, "per_diem_country_code": None,
            "per_diem_grade": None, "hotel": None, "liaison_officer": None, "interpreter": None, "precedence": None,
            "forms_of_address": None, "dietary_needs": None,
        }
        if direction == "outgoing":
            # One grade for the whole delegation keeps everyone in one hotel (heads of region excepted).
            row["per_diem_country_code"] = partner.country
            row["per_diem_grade"] = rng.choice((None, "B")) if len(officials) > 2 else None
            row["hotel"] = f"Hotel di pusat kota {cities.split(',')[0].strip()}"
        else:
            row["hotel"] = rng.choice(words.HOTELS)
            row["liaison_officer"] = officials[0]["name"] if officials else None
            row["interpreter"] = words.INTERPRETERS.get(partner.country)
            row["precedence"] = "1. Ketua delegasi mitra; 2. Wakil ketua; 3. Anggota menurut jabatan"
            row["forms_of_address"] = words.FORMS_OF_ADDRESS.get(partner.country, words.FORMS_OF_ADDRESS["*"])
            row["dietary_needs"] = words.DIETARY_NEEDS.get(partner.country, words.DIETARY_NEEDS["*"])
        self.out.add("delegation", row)
        position = 0
        if direction == "outgoing":
            for index, official in enumerate(officials):
                role = "head" if index == 0 else ("interpreter" if "Penerjemah" in official["position"] else "member")
                self._member_from_official(delegation_id, position, official, role)
                position += 1
        else:
            for index in range(guests):
                if index < len(partner.contacts):
                    contact_id, name, _, _, expiry = partner.contacts[index]
                else:
                    contact_id, name, expiry = None, self._person(partner.country)[0], None
                self.out.add("delegation_member", {
                    "id": self.out.new_id("delegation_member"), "delegation_id": delegation_id,
                    "position": position, "official_id": None, "contact_id": contact_id, "name": name,
                    "member_position": rng.choice(_CONTACT_POSITIONS), "role": "head" if index == 0 else "member",
                    "grade": None, "passport_type": None, "passport_number": None, "passport_expiry": expiry,
                })
                position += 1
            for official in officials:
                self._member_from_official(delegation_id, position, official, "liaison_officer")
                position += 1
        city = cities.split(",")[0].strip()
        plan = OUTGOING_ITINERARY if direction == "outgoing" else INCOMING_ITINERARY
        for day_index in range(days):
            day = start_on + timedelta(days=day_index)
            items = [plan[0]] if day_index == 0 else ([plan[-1]] if day_index == days - 1 else
                                                      rng.sample(plan[1:-1], min(2, len(plan) - 2)))
            hour = 9
            for activity, place in items:
                self.out.add("itinerary_item", {
                    "id": self.out.new_id("itinerary_item"), "delegation_id": delegation_id, "day": day,
                    "start_time": time(hour, 0), "end_time": time(hour + 2, 0),
                    "place": place.format(city=city, partner=partner.name)[:300],
                    "activity": activity.format(partner=partner.name, city=city),
                    "counterpart": partner.name[:300],
                })
                hour += 4
        permits = OUTGOING_PERMITS if direction == "outgoing" else INCOMING_PERMITS
        for index, (name, due_days) in enumerate(permits):
            due = start_on - timedelta(days=due_days)
            requested_on = granted_on = None
            reference = None
            if status in ("completed", "under_way") or (status == "cancelled" and index < 2):
                permit_status = "granted"
            elif status == "approved":
                permit_status = "granted" if index != len(permits) - 1 else "requested"
            elif status == "preparing":
                permit_status = "granted" if index in (0, 3) else "requested"
            else:
                permit_status = "requested" if (due - today).days < 20 and index == 0 else "not_requested"
            if permit_status in ("granted", "requested"):
                requested_on = min(today, due - self._days(5, 25))
            if permit_status == "granted":
                granted_on = min(today, requested_on + self._days(2, 12)) if requested_on else None
                reference = f"{rng.randint(100, 999)}/{rng.choice(('PD', 'KL', 'SETNEG', 'BU'))}/{due.year}"
            self.out.add("permit_step", {
                "id": self.out.new_id("permit_step"), "delegation_id": delegation_id, "position": index,
                "name": name, "status": permit_status, "requested_on": requested_on, "granted_on": granted_on,
                "reference": reference, "due_days_before": due_days,
            })
        info = _DelegationInfo(delegation_id, direction, status, partner.country, city, start_on, end_on,
                               agreement_id)
        self.delegations.append(info)
        return info

    def curated_delegations(self) -> None:
        for spec in DELEGATIONS:
            self._curated_delegation(spec)

    def _curated_delegation(self, spec: DelegationSpec) -> None:
        partner = self.partner_by_code[spec.partner]
        info = self._add_delegation(
            direction=spec.direction, partner=partner,
            agreement_id=self.agreement_by_key[spec.agreement].id if spec.agreement else None,
            status=spec.status, start_on=self.today + timedelta(days=spec.start_in_days), days=spec.days,
            cities=spec.cities, purpose=spec.purpose, officials=[self.officials[i] for i in spec.members],
            guests=spec.guests, notes=spec.notes,
        )
        if spec.status in ("completed", "under_way"):
            self._gifts(info, partner, [self.officials[i] for i in spec.members])

    def _gifts(self, delegation: _DelegationInfo, partner: _PartnerInfo, officials: Sequence[dict[str, Any]]) -> None:
        """What was given and received, for the gratification register."""
        ours = officials[0]["name"] if officials else words.OFFICE["head_name"]
        given_text, given_value = self.rng.choice(words.GIFTS_GIVEN)
        received_text, received_value, received_currency = words.GIFTS_RECEIVED.get(
            partner.country, words.GIFTS_RECEIVED["*"])
        on = delegation.start_on + timedelta(days=1 if delegation.end_on > delegation.start_on else 0)
        for direction, text_, giver, recipient, value, currency in (
            ("given", given_text, ours, partner.name, given_value, "IDR"),
            ("received", received_text, partner.name, ours, received_value, received_currency),
        ):
            self.out.add("gift", {
                "id": self.out.new_id("gift"), "delegation_id": delegation.id, "direction": direction, "on": on,
                "description": text_, "giver": giver, "recipient": recipient,
                "value_minor": Money(Decimal(value), currency).minor if value is not None else None,
                "currency": currency if value is not None else None, "notes": None,
            })

    def generated_delegations(self, count: int) -> None:
        rng, today = self.rng, self.today
        live = [a for a in self.agreements if a.signed_on] or self.agreements
        for _ in range(count):
            agreement = rng.choice(live) if live and rng.random() < 0.8 else None
            partner = self._partner_by_id(agreement.partner_ids[0]) if agreement else rng.choice(self.partners)
            direction = rng.choice(("outgoing", "incoming"))
            offset = rng.randint(-1500, 200)
            start_on = today + timedelta(days=offset)
            if offset < -10:
                status = rng.choices(("completed", "cancelled"), (92, 8))[0]
            elif offset <= 0:
                status = "under_way" if offset > -3 else "completed"
            else:
                status = rng.choice(("planned", "preparing", "approved"))
            officials = rng.sample(self.officials, min(len(self.officials), rng.randint(2, 5)))
            if direction == "incoming":
                officials = officials[:1]
            self._add_delegation(
                direction=direction, partner=partner, agreement_id=agreement.id if agreement else None, status=status,
                start_on=start_on, days=rng.randint(2, 7), cities=partner.city or "Surabaya",
                purpose=("Kunjungan kerja ke " if direction == "outgoing" else "Kunjungan delegasi ")
                + f"{partner.name}"[:200],
                officials=officials, guests=rng.randint(2, 6),
            )

    def _partner_by_id(self, partner_id: int) -> _PartnerInfo:
        if not hasattr(self, "_partner_index"):
            self._partner_index = {p.id: p for p in self.partners}
        return self._partner_index[partner_id]

    def _code_delegations(self) -> dict[int, str]:
        codes: dict[int, str] = {}
        for delegation in sorted(self.delegations, key=lambda d: (d.start_on, d.id)):
            year = delegation.start_on.year if resets_yearly(self.delegation_pattern) else 0
            self.sequence_last[("delegation", year)] += 1
            codes[delegation.id] = format_number(
                self.delegation_pattern, self.sequence_last[("delegation", year)], delegation.start_on
            )
        return codes

    # --- budget -----------------------------------------------------------------------------------------

    def _rate(self, currency: str, on: date) -> Decimal:
        """The rate of the office's rate table for ``on``: one rate a week (Mondays), kept in the table."""
        if currency == "IDR":
            return Decimal(1)
        monday = on - timedelta(days=on.weekday())
        rate = self.rate_table.get((currency, monday))
        if rate is None:
            base = Decimal(words.BASE_RATES[currency])
            places = Decimal("0.0001") if base < 1000 else Decimal("0.01")
            factor = Decimal(1) + Decimal(self.rng.randint(-400, 400)) / Decimal(10_000)
            rate = self.rate_table[(currency, monday)] = (base * factor).quantize(places, rounding=ROUND_HALF_UP)
        return rate

    def rate_walk(self) -> None:
        """Weekly rates (Mondays) since four years ago, wandering around the base rates like a market."""
        first = date(self.today.year - 4, 1, 1)
        first -= timedelta(days=first.weekday())
        for currency, base_text in words.BASE_RATES.items():
            base = Decimal(base_text)
            places = Decimal("0.0001") if base < 1000 else Decimal("0.01")
            level = Decimal(1)
            monday = first
            while monday <= self.today:
                step = Decimal(self.rng.randint(-60, 60)) / Decimal(10_000)
                level = min(Decimal("1.08"), max(Decimal("0.92"), level + step))
                self.rate_table[(currency, monday)] = (base * level).quantize(places, rounding=ROUND_HALF_UP)
                monday += timedelta(days=7)

    def reference_tables(self) -> None:
        """The chart of accounts the lines use, the weekly rate table, and the fiscal years (old ones closed)."""
        existing_accounts = set(self.session.scalars(select(Account.code)))
        for code, _activity, name in (*words.BUDGET_ACCOUNTS, words.GRANT_ACCOUNT):
            if code not in existing_accounts:
                existing_accounts.add(code)
                self.out.add("account", {"id": self.out.new_id("account"), "code": code, "name": name,
                                         "active": True})
        existing_rates = {(c, on) for c, on in self.session.execute(select(ExchangeRate.currency, ExchangeRate.on))}
        for (currency, monday), rate in sorted(self.rate_table.items()):
            if (currency, monday) not in existing_rates:
                self.out.add("exchange_rate", {"id": self.out.new_id("exchange_rate"), "currency": currency,
                                               "on": monday, "rate": rate, "source": words.RATE_SOURCE})
        existing_years = set(self.session.scalars(select(FiscalYear.year)))
        for year in range(self.today.year - 4, self.today.year + 1):
            if year in existing_years:
                continue
            closed = year <= self.today.year - 2
            self.out.add("fiscal_year", {
                "year": year,
                "closed_at": datetime(year + 1, 3, 31, 3, 0, tzinfo=UTC) if closed else None,
                "closed_by": self.login if closed else None,
            })

    def _transaction(self, line_id: int, on: date, kind: str, amount: Decimal, currency: str,
                     description: str, donor_id: int | None = None, form: str = "cash") -> int:
        money = Money(amount, currency).quantized()
        rate = self._rate(currency, on)
        idr = money.to_idr(rate)
        self.out.add("budget_transaction", {
            "id": self.out.new_id("budget_transaction"), "budget_line_id": line_id, "occurred_on": on, "kind": kind,
            "amount_minor": money.minor, "currency": currency, "rate_to_idr": rate, "idr_amount": idr.minor,
            "donor_partner_id": donor_id, "form": form, "description": description,
            "reference": f"SP2D-{on.year}-{self.rng.randint(1, 9999):04d}" if kind == "realisation" else None,
        })
        return idr.minor

    def _line(self, year: int, account: tuple[str, str, str], planned: int, *, agreement_id: int | None = None,
              delegation_id: int | None = None, description: str | None = None) -> int:
        line_id = self.out.new_id("budget_line")
        code, activity, default_description = account
        self.out.add("budget_line", {
            "id": line_id, "fiscal_year": year, "account_code": code, "activity": activity,
            "description": description or default_description, "planned_idr": planned,
            "agreement_id": agreement_id, "delegation_id": delegation_id,
        })
        return line_id

    def _spread(self, total: int, parts: int) -> list[int]:
        cuts = sorted(self.rng.random() for _ in range(parts - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
        amounts = [int(total * share) for share in shares]
        amounts[-1] += total - sum(amounts)
        return amounts

    def _date_in_year(self, year: int, not_after: date) -> date:
        start = date(year, 1, 1)
        end = min(date(year, 12, 31), not_after)
        if end < start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def curated_budget(self) -> None:
        rng, today = self.rng, self.today
        travel, domestic, hosting, translation, printing, study = words.BUDGET_ACCOUNTS
        for year in range(today.year - 2, today.year + 1):
            closed = year < today.year
            # Trips abroad: one line per outgoing delegation of the year.
            for delegation in self.delegations[: len(DELEGATIONS)]:
                if delegation.direction != "outgoing" or delegation.start_on.year != year:
                    continue
                planned = rng.randint(180, 420) * 1_000_000
                line_id = self._line(year, travel, planned, agreement_id=delegation.agreement_id,
                                     delegation_id=delegation.id,
                                     description=f"Perjalanan dinas luar negeri ke {delegation.city}")
                self.budget_line_by_delegation[delegation.id] = line_id
                if delegation.status != "completed":
                    continue
                over = delegation.country == "AU"  # the Perth trip went over its plan
                target = int(planned * (1.08 if over else rng.uniform(0.78, 0.97)))
                air = int(target * 0.45)
                self._transaction(line_id, delegation.start_on - timedelta(days=20), "realisation",
                                  Decimal(air), "IDR", "Tiket pesawat pulang-pergi (kelas ekonomi)")
                usd_rate = Decimal(words.BASE_RATES["USD"])
                per_diem = (Decimal(target - air) * Decimal("0.45") / usd_rate).quantize(Decimal("0.01"))
                self._transaction(line_id, delegation.start_on, "realisation", per_diem, "USD",
                                  "Uang harian perjalanan dinas luar negeri")
                currency = words.COUNTRY_CURRENCY.get(delegation.country, "USD")
                lodging_idr = Decimal(target - air) * Decimal("0.55")
                lodging = lodging_idr / Decimal(words.BASE_RATES[currency])
                lodging = lodging.quantize(Decimal(1).scaleb(-currency_exponent(currency)))
                self._transaction(line_id, delegation.end_on, "realisation", lodging, currency,
                                  f"Biaya penginapan di {delegation.city}")
            # Foreign experts paid in their own currency (closed years).
            if closed:
                line_id = self._line(year, study, rng.randint(60, 110) * 1_000_000,
                                     description="Honorarium narasumber asing kajian kelayakan")
                self._transaction(line_id, self._date_in_year(year, today), "realisation",
                                  Decimal(rng.randint(1_800, 3_200)), "EUR", "Honorarium narasumber (Jerman)")
                self._transaction(line_id, self._date_in_year(year, today), "realisation",
                                  Decimal(rng.randint(250, 420) * 1_000), "JPY", "Honorarium narasumber (Jepang)")
            # Yearly lines of the bureau.
            for account, low, high, parts in ((domestic, 90, 160, 6), (hosting, 120, 260, 5),
                                              (translation, 40, 90, 4), (printing, 15, 40, 3), (study, 50, 120, 2)):
                planned = rng.randint(low, high) * 1_000_000
                line_id = self._line(year, account, planned)
                ratio = 1.12 if (account is hosting and year == today.year - 1) else (
                    rng.uniform(0.7, 0.98) if closed else rng.uniform(0.2, 0.6))
                for share in self._spread(int(planned * ratio), parts):
                    on = self._date_in_year(year, today)
                    self._transaction(line_id, on, "realisation", Decimal(share), "IDR", account[2])
        # Grants from partners, recorded with the agreement they serve.
        grants = (
            ("jica_pks", "JPY", (8_500_000, 12_000_000), "in_kind", "Peralatan sistem peringatan dini banjir"),
            ("jica_pks", "JPY", (3_000_000, 4_500_000), "cash", "Biaya pelatihan aparatur di Jepang"),
            ("giz_pks", "EUR", (60_000, 95_000), "cash", "Dana pendampingan kurikulum vokasi"),
            ("undp_mou", "USD", (120_000, 180_000), "cash", "Program ketahanan iklim masyarakat pesisir"),
            ("kkj_pks_waste", "JPY", (15_000_000, 22_000_000), "in_kind", "Mesin pengomposan dan insinerator"),
            ("koica_pks", "KRW", (150_000_000, 240_000_000), "in_kind", "Peralatan puskesmas ibu dan anak"),
        )
        for key, currency, (low, high), form, description in grants:
            agreement = self.agreement_by_key[key]
            partner_id = agreement.partner_ids[0]
            on = max(agreement.effective_on or today, today - timedelta(days=700))
            on = min(on + self._days(30, 200), today)
            amount = Decimal(rng.randint(low, high))
            planned_idr = int(amount * Decimal(words.BASE_RATES[currency]) / 1_000_000) * 1_000_000
            line_id = self._line(on.year, words.GRANT_ACCOUNT, planned_idr, agreement_id=agreement.id,
                                 description=f"Hibah: {description}")
            self._transaction(line_id, on, "grant", amount, currency, description, donor_id=partner_id, form=form)

    def generated_budget(self, count: int) -> None:
        rng, today = self.rng, self.today
        currencies = ("IDR", "IDR", "IDR", "USD", "EUR", "JPY", "AUD", "KRW")
        signed = [a for a in self.agreements if a.signed_on]
        for _ in range(count):
            year = rng.randint(today.year - 4, today.year)
            account = rng.choice(words.BUDGET_ACCOUNTS)
            agreement = rng.choice(signed) if signed and rng.random() < 0.5 else None
            planned = rng.randint(10, 600) * 1_000_000
            line_id = self._line(year, account, planned, agreement_id=agreement.id if agreement else None)
            budget_left = planned * rng.uniform(0.3, 1.1)
            for _ in range(rng.randint(0, 4)):
                currency = rng.choice(currencies)
                idr_share = Decimal(budget_left) / 4
                amount = (idr_share / Decimal(words.BASE_RATES.get(currency, "1"))) if currency != "IDR" else idr_share
                amount = amount.quantize(Decimal(1).scaleb(-currency_exponent(currency)))
                self._transaction(line_id, self._date_in_year(year, today), "realisation", amount, currency,
                                  account[2])
            if agreement is not None and rng.random() < 0.1:
                currency = rng.choice(("USD", "EUR", "JPY"))
                amount = Decimal(rng.randint(5_000, 80_000)) * (100 if currency == "JPY" else 1)
                self._transaction(line_id, self._date_in_year(year, today), "grant", amount, currency,
                                  "Hibah mitra", donor_id=agreement.partner_ids[0],
                                  form=rng.choice(("cash", "in_kind")))

    # --- activities ---------------------------------------------------------------------------------------

    def activities(self) -> None:
        rng, today = self.rng, self.today
        delegation_by_agreement: dict[int, list[_DelegationInfo]] = defaultdict(list)
        for delegation in self.delegations:
            if delegation.agreement_id and delegation.status == "completed":
                delegation_by_agreement[delegation.agreement_id].append(delegation)
        for agreement in self.agreements:
            if agreement.effective_on is None or agreement.life == "quiet":
                continue
            start = agreement.effective_on
            end = min(today, agreement.ended_on or today, agreement.expires_on or today)
            if agreement.life == "dormant":
                end = min(end, add_months(today, -13))
            if end <= start:
                continue
            delegations = [d for d in delegation_by_agreement.get(agreement.id, []) if start <= d.start_on <= end]
            dates: list[date] = [d.start_on for d in delegations]
            count = rng.randint(1, 3) if agreement.life == "dormant" else rng.randint(2, 5)
            span = (end - start).days
            dates.extend(start + timedelta(days=rng.randint(0, span)) for _ in range(count))
            if agreement.life == "active" and self.stage_by_code[agreement.stage].is_live:
                dates.append(max(start, today - self._days(5, 150)))
            for on in sorted(dates):
                kind, title, indicators = rng.choice(words.ACTIVITIES)
                delegation = None
                if delegations and delegations[0].start_on == on:
                    delegation = delegations.pop(0)
                    kind, title = "visit", "Kunjungan kerja delegasi"
                activity_id = self.out.new_id("activity")
                self.out.add("activity", {
                    "id": activity_id, "agreement_id": agreement.id, "occurred_on": on, "kind": kind,
                    "title": title, "description": None,
                    "delegation_id": delegation.id if delegation else None,
                    "budget_line_id": self.budget_line_by_delegation.get(delegation.id) if delegation else None,
                })
                for name, low, high, unit in indicators[: rng.randint(1, len(indicators))]:
                    self.out.add("indicator", {
                        "id": self.out.new_id("indicator"), "activity_id": activity_id, "name": name,
                        "value": Decimal(rng.randint(low, high)), "unit": unit,
                    })

    # --- per-diem rates ---------------------------------------------------------------------------------

    def per_diem(self) -> None:
        valid_from = date(2024, 1, 1)
        for table, source in ((words.PMK_2024_RATES, words.PMK_2024_SOURCE),
                              (words.DEMO_RATES, words.DEMO_RATE_SOURCE)):
            for country, amounts in table.items():
                for grade, amount in zip("ABCD", amounts, strict=True):
                    self.out.add("per_diem_rate", {
                        "id": self.out.new_id("per_diem_rate"), "country_code": country, "grade": grade,
                        "amount_minor": amount * 100, "currency": "USD", "valid_from": valid_from,
                        "source": source,
                    })

    # --- the whole load -------------------------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        generated = max(0, self.scale - len(words.PARTNERS))
        self.office()
        self.curated_partners()
        self.generated_partners(generated)
        self.officials_()
        self.out.flush()
        self.curated_agreements()
        generated_partners = self.partners[len(words.PARTNERS):]
        self.generated_agreements(generated_partners)
        self._due_diligence_for_generated()
        self.out.flush()
        self.curated_delegations()
        self.generated_delegations(int(generated * DELEGATIONS_PER_PARTNER))
        self.out.flush()
        self.rate_walk()
        self.curated_budget()
        self.generated_budget(int(generated * BUDGET_LINES_PER_PARTNER))
        self.out.flush()
        self.activities()
        self.per_diem()
        self.reference_tables()
        self.out.flush()
        self._apply_numbers()
        return dict(self.out.counts)

    def _due_diligence_for_generated(self) -> None:
        ksdpl_partners: set[int] = set()
        for agreement in self.agreements:
            if agreement.kind == "ksdpl":
                ksdpl_partners.update(agreement.partner_ids)
        curated = {self.partner_by_code[s.code].id for s in words.PARTNERS if s.kind == "regional_government"}
        for partner in self.partners[len(words.PARTNERS):]:
            if partner.id in ksdpl_partners and partner.id not in curated and partner.kind == "regional_government":
                self._conditions(partner)

    def _apply_numbers(self) -> None:
        """Agreement numbers in signing order, delegation codes in date order, and the counters after them."""
        self._number_agreements()
        codes = self._code_delegations()
        agreement_table = _BY_NAME["agreement"]
        delegation_table = _BY_NAME["delegation"]
        _bulk_update(self.session, agreement_table, "number",
                     [(agreement_id, number) for agreement_id, number in self.agreement_numbers.items()])
        _bulk_update(self.session, delegation_table, "code", list(codes.items()))
        for (series, year), last in self.sequence_last.items():
            existing = self.session.scalar(
                select(NumberSequence).where(NumberSequence.series == series, NumberSequence.year == year)
            )
            if existing is None:
                self.session.execute(insert(NumberSequence).values(series=series, year=year, last_value=last))
            elif existing.last_value < last:
                self.session.execute(
                    update(NumberSequence).where(NumberSequence.id == existing.id).values(last_value=last)
                )


def _bulk_update(session: Session, table: Table, column_name: str, values: Iterable[tuple[int, str]]) -> None:
    statement = (
        update(table).where(table.c.id == bindparam("row_id")).values({column_name: bindparam("new_value")})
    )
    batch: list[dict[str, Any]] = []
    for row_id, value in values:
        batch.append({"row_id": row_id, "new_value": value})
        if len(batch) >= BATCH_ROWS:
            session.connection().execute(statement, batch)
            batch = []
    if batch:
        session.connection().execute(statement, batch)


def _refuse_unless_empty(session: Session) -> None:
    found = []
    for model in _MUST_BE_EMPTY:
        if session.scalar(select(model.id).limit(1)) is not None:
            found.append(model.__tablename__)
    if found:
        raise UserError(
            "The demo data can only be loaded into an empty database, and this one already holds records "
            f"({', '.join(found)}). Choose a new database file with --db.",
            "Data demo hanya dapat dimuat ke basis data yang kosong, sedangkan basis data ini sudah berisi data "
            f"({', '.join(found)}). Pilih berkas basis data baru dengan --db.",
        )


def _reset_postgres_sequences(session: Session) -> None:
    for table in _TABLES:
        if "id" not in table.c:
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"(SELECT MAX(id) FROM {table.name})) WHERE EXISTS (SELECT 1 FROM {table.name})"
        ))


def load_demo(ctx: ServiceContext, scale: int = 1, seed: int = DEFAULT_SEED, today: date | None = None) -> DemoSummary:
    """Fill an empty database with demo data; refuse (UserError) when it already holds records."""
    if scale < 1:
        raise UserError(f"The scale must be 1 or more (got {scale}).", f"Skala minimal 1 (diberikan {scale}).")
    today = today or date.today()
    started = perf_counter()
    with writing(ctx) as session:
        _refuse_unless_empty(session)
        demo = _Demo(session, random.Random(seed), today, scale, ctx.actor.login)
        counts = demo.run()
        if session.get_bind().dialect.name == "postgresql":
            _reset_postgres_sequences(session)
        summary_counts = {name: counts.get(name, 0) for name in (t.name for t in _TABLES)}
        session.execute(insert(AuditEntry).values(
            at=utcnow(), user_login=ctx.actor.login, action=AuditAction.CREATE.value, entity="demo",
            entity_id=str(seed),
            summary=(f"Demo data loaded (seed {seed}, scale {scale}): {summary_counts['partner']} partners, "
                     f"{summary_counts['agreement']} agreements, {summary_counts['delegation']} delegations, "
                     f"{summary_counts['budget_line']} budget lines")[:300],
            changes=json.dumps({"seed": seed, "scale": scale, "today": today.isoformat(), "rows": summary_counts},
                               sort_keys=True),
        ))
    return DemoSummary(seed=seed, scale=scale, today=today, counts=summary_counts,
                       seconds=round(perf_counter() - started, 3))
