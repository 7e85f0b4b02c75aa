"""Plain input records for the services: what a user typed, before it is stored.

Each record knows the rules that need no database (required fields, formats,
date order, ranges). Rules that need the database (unknown country, unique
code, dependants) live in the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

from secretariat.domain import enums as e
from secretariat.domain.money import is_known_currency
from secretariat.domain.search_limits import SEARCH_CHARACTER_RANGE, SEARCH_LIMITS, SEARCH_WORD_RANGE
from secretariat.domain.validation import Checker

SCORE_RANGE = (1, 5)
DELEGATION_SIZE_RANGE = (1, 100)  # the sizes an office may set as its delegation limits
SUBJECT_LENGTH = 300  # an agreement's subject in either language


#: A partner's optional fields that a workbook row fills and a merge of duplicates carries over.
PARTNER_OPTIONAL_FIELDS: tuple[str, ...] = (
    "name_original",
    "admin_level",
    "city",
    "address",
    "website",
    "email",
    "phone",
    "languages",
    "head_name",
    "head_title",
    "notes",
)


@dataclass
class PartnerData:
    code: str
    name: str
    kind: e.PartnerKind | str
    country_code: str
    name_original: str | None = None
    admin_level: e.AdminLevel | str | None = None
    city: str | None = None
    address: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: str | None = None
    status: e.PartnerStatus | str = e.PartnerStatus.PROSPECT
    head_name: str | None = None
    head_title: str | None = None
    notes: str | None = None
    name_id: str | None = None  # the name as Indonesian text prints it; None = ``name``
    head_title_id: str | None = None  # the head's title in Indonesian; None = ``head_title``

    def check(self, c: Checker) -> None:
        c.required("code", self.code)
        c.max_length("code", self.code, 40)
        c.required("name", self.name)
        c.max_length("name", self.name, 300)
        c.max_length("name_id", self.name_id, 300)
        c.max_length("head_title_id", self.head_title_id, 200)
        kind = c.enum("kind", self.kind, e.PartnerKind)
        c.required("country", self.country_code)
        level = c.enum("admin_level", self.admin_level, e.AdminLevel, required=False)
        if level is not None and kind is not None and kind != e.PartnerKind.REGIONAL_GOVERNMENT:
            c.add("admin_level", "applies only to regional governments", "hanya untuk pemerintah daerah")
        c.enum("status", self.status, e.PartnerStatus)
        c.email("email", self.email)
        c.url("website", self.website)
        c.phone("phone", self.phone)
        c.language_codes("languages", self.languages)


@dataclass
class ConditionData:
    """One of the nine KSDPL conditions for a partner."""

    number: int
    answer: e.Answer | str = e.Answer.UNKNOWN
    evidence: str | None = None

    def check(self, c: Checker) -> None:
        from secretariat.domain.due_diligence import CONDITION_NUMBERS

        if self.number not in CONDITION_NUMBERS:
            c.add(
                "condition",
                f"there is no condition {self.number} (1 to 9)",
                f"tidak ada syarat nomor {self.number} (1 sampai 9)",
            )
        answer = c.enum(f"condition {self.number}", self.answer, e.Answer)
        if answer == e.Answer.YES and not (self.evidence or "").strip():
            c.add(f"condition {self.number} evidence", "a 'yes' needs its evidence", "jawaban 'ya' perlu bukti")


def _check_passport(c: Checker, passport_type: object, number: str | None, expiry: date | None) -> None:
    c.enum("passport_type", passport_type, e.PassportType, required=False)
    if number is not None and number.strip() and not number.strip().isalnum():
        c.add(
            "passport_number",
            f"'{number}' may hold only letters and digits",
            f"'{number}' hanya boleh berisi huruf dan angka",
        )
    if number and expiry is None:
        c.add("passport_expiry", "is required when a passport number is given", "wajib diisi bila nomor paspor diisi")


@dataclass
class ContactData:
    partner_id: int
    name: str
    position: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: str | None = None
    passport_type: e.PassportType | str | None = None
    passport_number: str | None = None
    passport_expiry: date | None = None
    notes: str | None = None

    def check(self, c: Checker) -> None:
        c.required("name", self.name)
        c.email("email", self.email)
        c.phone("phone", self.phone)
        c.language_codes("languages", self.languages)
        _check_passport(c, self.passport_type, self.passport_number, self.passport_expiry)


@dataclass
class OfficialData:
    name: str
    position: str
    grade: e.Grade | str
    nip: str | None = None
    unit: str | None = None
    passport_type: e.PassportType | str | None = None
    passport_number: str | None = None
    passport_expiry: date | None = None
    email: str | None = None
    phone: str | None = None
    active: bool = True

    def check(self, c: Checker) -> None:
        c.required("name", self.name)
        c.required("position", self.position)
        c.enum("grade", self.grade, e.Grade)
        if self.nip and not self.nip.replace(" ", "").isdigit():
            c.add("nip", f"'{self.nip}' must be digits (NIP)", f"'{self.nip}' harus berupa angka (NIP)")
        c.email("email", self.email)
        c.phone("phone", self.phone)
        _check_passport(c, self.passport_type, self.passport_number, self.passport_expiry)


@dataclass
class AgreementData:
    title_id: str
    title_en: str
    kind: e.AgreementKind | str
    instrument: e.Instrument | str
    partner_ids: list[int] = field(default_factory=list)
    sector_codes: list[str] = field(default_factory=list)
    number: str | None = None
    partner_number: str | None = None
    parent_id: int | None = None
    previous_id: int | None = None
    signed_on: date | None = None
    # What the agreement is about, as the title of its text says after "TENTANG" / "ON".
    subject_id: str | None = None
    subject_en: str | None = None
    signed_place: str | None = None
    effective_on: date | None = None
    term_months: int | None = None
    expires_on: date | None = None
    notice_months: int | None = 6
    notes: str | None = None

    def check(self, c: Checker) -> None:
        c.required("title_id", self.title_id)
        c.required("title_en", self.title_en)
        c.max_length("subject_id", self.subject_id, SUBJECT_LENGTH)
        c.max_length("subject_en", self.subject_en, SUBJECT_LENGTH)
        if bool((self.subject_id or "").strip()) != bool((self.subject_en or "").strip()):
            c.add(
                "subject",
                "give the subject in both Indonesian and English, or in neither",
                "isi pokok perjanjian dalam bahasa Indonesia dan Inggris, atau kosongkan keduanya",
            )
        c.enum("kind", self.kind, e.AgreementKind)
        c.enum("instrument", self.instrument, e.Instrument)
        if not self.partner_ids:
            c.add("partners", "at least one partner is required", "minimal satu mitra wajib diisi")
        c.range("term_months", self.term_months, 1, 1200)
        c.range("notice_months", self.notice_months, 0, 120)
        c.date_order("signed_on", self.signed_on, "effective_on", self.effective_on)
        c.date_order("effective_on", self.effective_on, "expires_on", self.expires_on)
        c.date_order("signed_on", self.signed_on, "expires_on", self.expires_on)


@dataclass
class AssessmentData:
    criterion: e.Criterion | str
    score: int | None
    reason: str | None = None

    def check(self, c: Checker) -> None:
        criterion = c.enum("criterion", self.criterion, e.Criterion)
        name = f"assessment {criterion.value if criterion else self.criterion}"
        c.range(name, self.score, *SCORE_RANGE)
        if self.score is not None and not (self.reason or "").strip():
            c.add(f"{name} reason", "a score needs its reason", "nilai perlu alasannya")


@dataclass
class IndicatorData:
    name: str
    value: Decimal
    unit: str | None = None


@dataclass
class ActivityData:
    agreement_id: int
    occurred_on: date
    kind: e.ActivityKind | str
    title: str
    description: str | None = None
    delegation_id: int | None = None
    budget_line_id: int | None = None
    indicators: list[IndicatorData] = field(default_factory=list)

    def check(self, c: Checker) -> None:
        c.required("occurred_on", self.occurred_on)
        c.enum("kind", self.kind, e.ActivityKind)
        c.required("title", self.title)
        for i, indicator in enumerate(self.indicators, start=1):
            c.required(f"indicator {i} name", indicator.name)


@dataclass
class DelegationData:
    direction: e.Direction | str
    purpose: str
    country_code: str
    start_on: date
    end_on: date
    code: str | None = None  # None: issued from the office's numbering pattern
    agreement_id: int | None = None
    cities: str | None = None
    status: e.DelegationStatus | str = e.DelegationStatus.PLANNED
    notes: str | None = None

    def check(self, c: Checker) -> None:
        c.enum("direction", self.direction, e.Direction)
        c.required("purpose", self.purpose)
        c.required("country", self.country_code)
        c.required("start_on", self.start_on)
        c.required("end_on", self.end_on)
        c.date_order("start_on", self.start_on, "end_on", self.end_on)
        c.enum("status", self.status, e.DelegationStatus)


@dataclass
class MemberData:
    delegation_id: int
    name: str
    role: e.MemberRole | str = e.MemberRole.MEMBER
    grade: e.Grade | str | None = None
    official_id: int | None = None
    contact_id: int | None = None
    position: str | None = None
    passport_type: e.PassportType | str | None = None
    passport_number: str | None = None
    passport_expiry: date | None = None

    def check(self, c: Checker) -> None:
        c.required("name", self.name)
        c.enum("role", self.role, e.MemberRole)
        c.enum("grade", self.grade, e.Grade, required=False)
        if self.official_id is not None and self.contact_id is not None:
            c.add(
                "member",
                "is either one of our officials or a partner's contact, not both",
                "adalah pejabat kita atau kontak mitra, tidak keduanya",
            )
        _check_passport(c, self.passport_type, self.passport_number, self.passport_expiry)


@dataclass
class ItineraryData:
    delegation_id: int
    day: date
    activity: str
    start_time: time | None = None
    end_time: time | None = None
    place: str | None = None
    counterpart: str | None = None
    country_code: str | None = None  # the country the delegation is in that day; None: its destination
    activity_en: str | None = None  # the activity in English, for the bilingual programme

    def check(self, c: Checker) -> None:
        c.required("day", self.day)
        c.required("activity", self.activity)
        if self.start_time and self.end_time and self.end_time < self.start_time:
            c.add("end_time", "is before the start time", "lebih awal dari jam mulai")


@dataclass
class PermitData:
    delegation_id: int
    name: str
    status: e.PermitStatus | str = e.PermitStatus.NOT_REQUESTED
    requested_on: date | None = None
    granted_on: date | None = None
    reference: str | None = None
    due_days_before: int = 10

    def check(self, c: Checker) -> None:
        c.required("name", self.name)
        status = c.enum("status", self.status, e.PermitStatus)
        c.date_order("requested_on", self.requested_on, "granted_on", self.granted_on)
        c.range("due_days_before", self.due_days_before, 0, 365)
        if status == e.PermitStatus.GRANTED and self.granted_on is None:
            c.add("granted_on", "is required for a granted permit", "wajib diisi untuk izin yang terbit")


@dataclass
class BudgetLineData:
    fiscal_year: int
    account_code: str
    description: str
    planned_idr: Decimal
    activity: str | None = None
    agreement_id: int | None = None
    delegation_id: int | None = None

    def check(self, c: Checker) -> None:
        c.range("fiscal_year", self.fiscal_year, 2000, 2100)
        if c.required("account_code", self.account_code):
            c.account_code("account_code", self.account_code)
        c.required("description", self.description)
        if self.planned_idr is not None and self.planned_idr < 0:
            c.add("planned", "cannot be negative", "tidak boleh negatif")
        if self.planned_idr is not None and self.planned_idr != self.planned_idr.to_integral_value():
            c.add("planned", "rupiah amounts have no decimals", "jumlah rupiah tanpa desimal")


@dataclass
class TransactionData:
    budget_line_id: int
    occurred_on: date
    kind: e.TransactionKind | str
    amount: Decimal
    currency: str = "IDR"
    rate_to_idr: Decimal | None = None
    donor_partner_id: int | None = None
    form: e.GrantForm | str = e.GrantForm.CASH
    description: str | None = None
    reference: str | None = None

    def check(self, c: Checker) -> None:
        c.required("occurred_on", self.occurred_on)
        kind = c.enum("kind", self.kind, e.TransactionKind)
        c.enum("form", self.form, e.GrantForm)
        if self.amount is None or self.amount <= 0:
            c.add("amount", "must be greater than zero", "harus lebih dari nol")
        if not is_known_currency(self.currency or ""):
            c.add(
                "currency",
                f"'{self.currency}' is not a currency code (e.g. IDR, USD, EUR, JPY)",
                f"'{self.currency}' bukan kode mata uang (mis. IDR, USD, EUR, JPY)",
            )
        elif self.currency != "IDR" and (self.rate_to_idr is None or self.rate_to_idr <= 0):
            c.add(
                "rate_to_idr",
                f"a {self.currency} amount needs its exchange rate to IDR",
                f"jumlah dalam {self.currency} memerlukan kurs ke IDR",
            )
        if kind == e.TransactionKind.GRANT and self.donor_partner_id is None:
            c.add("donor", "a grant needs its donor partner", "hibah memerlukan mitra pemberi")


@dataclass
class PerDiemRateData:
    country_code: str
    grade: e.Grade | str
    amount: Decimal
    valid_from: date
    currency: str = "USD"
    source: str | None = None

    def check(self, c: Checker) -> None:
        c.required("country", self.country_code)
        c.enum("grade", self.grade, e.Grade)
        if self.amount is None or self.amount <= 0:
            c.add("amount", "must be greater than zero", "harus lebih dari nol")
        if not is_known_currency(self.currency or ""):
            c.add(
                "currency",
                f"'{self.currency}' is not a currency code (e.g. IDR, USD, EUR, JPY)",
                f"'{self.currency}' bukan kode mata uang (mis. IDR, USD, EUR, JPY)",
            )
        c.required("valid_from", self.valid_from)
        c.required("source", self.source)


@dataclass
class OfficeProfileData:
    region_name_id: str
    region_name_en: str
    region_level: e.RegionLevel | str
    head_name: str | None = None
    head_title_id: str | None = None
    head_title_en: str | None = None
    bureau_head_name: str | None = None
    bureau_head_title: str | None = None
    address_lines: str | None = None
    contact_lines: str | None = None
    logo_png: bytes | None = None
    paper: e.PaperSize | str = e.PaperSize.A4
    agreement_pattern: str = "{seq:03d}/KS/{year}"
    delegation_pattern: str = "DLG-{year}-{seq:03d}"
    letter_pattern: str = "{seq:03d}/BKS/{roman_month}/{year}"
    # Outgoing delegations of fewer or more people than this get a warning (Setneg PDLN: 3 to 10).
    delegation_min_size: int = 3
    delegation_max_size: int = 10
    # Who signs budgets (schema 0007): the bureau head's NIP; the finance officer who prepares them.
    bureau_head_nip: str | None = None
    finance_officer_name: str | None = None
    finance_officer_title: str | None = None
    finance_officer_nip: str | None = None
    # The longest search a register accepts (a longer one is refused with a sentence).
    search_max_characters: int = SEARCH_LIMITS.characters
    search_max_words: int = SEARCH_LIMITS.words
    # Letterheads: the bureau's second line; the head of region's emblem (PNG) and title line.
    letterhead_unit: str | None = None
    head_emblem_png: bytes | None = None
    head_letterhead_title: str | None = None
    # The unit's code written into numbers by {kode-unit} ("000.5.2"), if the patterns use it.
    unit_code: str | None = None

    def check(self, c: Checker) -> None:
        from secretariat.domain.errors import ValidationError
        from secretariat.domain.numbering import check_pattern, uses_unit

        c.required("region_name_id", self.region_name_id)
        c.required("region_name_en", self.region_name_en)
        c.enum("region_level", self.region_level, e.RegionLevel)
        c.enum("paper", self.paper, e.PaperSize)
        unit_used = False
        for name in ("agreement_pattern", "delegation_pattern", "letter_pattern"):
            try:
                check_pattern(name, getattr(self, name))
                unit_used = unit_used or uses_unit(getattr(self, name))
            except ValidationError as exc:
                c.problems.extend(exc.problems)
        if unit_used and not (self.unit_code or "").strip():
            c.add(
                "unit_code",
                "is required: a numbering pattern uses {unit-code}",
                "wajib diisi: pola penomoran memakai {kode-unit}",
            )
        sizes_ok = True
        for name in ("delegation_min_size", "delegation_max_size"):
            value = getattr(self, name)
            if not c.required(name, value):
                sizes_ok = False
            elif isinstance(value, bool) or not isinstance(value, int):
                c.add(name, f"'{value}' is not a whole number", f"'{value}' bukan bilangan bulat")
                sizes_ok = False
            elif not DELEGATION_SIZE_RANGE[0] <= value <= DELEGATION_SIZE_RANGE[1]:
                c.range(name, value, *DELEGATION_SIZE_RANGE)
                sizes_ok = False
        if sizes_ok and self.delegation_min_size > self.delegation_max_size:
            c.add(
                "delegation_max_size",
                f"{self.delegation_max_size} is below the minimum size {self.delegation_min_size}",
                f"{self.delegation_max_size} lebih kecil dari ukuran minimum {self.delegation_min_size}",
            )
        for name, (low, high) in (
            ("search_max_characters", SEARCH_CHARACTER_RANGE),
            ("search_max_words", SEARCH_WORD_RANGE),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                c.add(name, f"'{value}' is not a whole number", f"'{value}' bukan bilangan bulat")
            else:
                c.range(name, value, low, high)
