"""The checks of a delegation visit, as pure rules over plain facts (shared/domain.md, "Delegation visits").

A service gathers the facts of one delegation (:class:`DelegationFacts`) and
these rules turn them into warnings, each with a code, a severity, the member
or permit step it concerns, and a message in Indonesian and English:

* **Passports** (outgoing visits): a passport that expires less than six
  months after the return date (:func:`secretariat.domain.rules.passport_too_short`)
  is an error, since many countries refuse it at the border; a member whose
  passport expiry is not recorded gets a warning. For incoming visits only a
  recorded expiry that is too short is reported (Indonesia asks the same six
  months of its visitors), and only of the guests: our own people who
  accompany them (``MemberFacts.host``) are not checked as guests.
* **Permits**: a step neither granted nor marked not needed when its deadline
  has come (departure minus the step's ``due_days_before``: 10 days for the
  Kemendagri permit by default, see :mod:`secretariat.domain.permits`). Not
  even requested after the deadline: an error; requested but not granted yet,
  or due today: a warning; not requested with the deadline within
  :data:`PERMIT_NOTICE_DAYS`: a note. A refused permit is an error.
* **Size**: an outgoing delegation with fewer or more members than the
  office's limits (3 to 10 by default, Setneg PDLN).
* **Overlaps**: a member (the same official, the same partner contact, or
  the same passport number) who is on another delegation, not cancelled,
  whose dates overlap this one's (both ends count).
* **Per diem** (outgoing visits): a member without a grade (and no common
  grade for the delegation), or no rate in the table for the destination,
  grade and departure day, even after the accredited-mission fallback. A rate
  taken from the accredited mission's country is noted for the clerk.

* **Itinerary**: an item dated outside the visit's days; an item that ends
  before it starts; two timed items of one day that overlap (the items are
  the whole delegation's, so its people cannot be at both); a meal at an
  unusual hour (breakfast before 05.00 or after 10.30, lunch outside 11.00 to
  15.00, dinner outside 17.00 to 22.30), recognised by its words
  ("sarapan", "makan siang", "makan malam", "jamuan", "breakfast", "lunch",
  "dinner", ...).

A visit that is cancelled or completed gets no warnings; permit deadlines
stop mattering once the visit has ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.enums import DelegationStatus, Direction, PermitStatus
from secretariat.domain.rules import add_months, passport_too_short

#: How long before a permit's deadline a step that is not requested yet gets a note.
PERMIT_NOTICE_DAYS = 7
#: A passport must stay valid this many months after the return date.
PASSPORT_MONTHS = 6

_DONE_PERMITS = frozenset({PermitStatus.GRANTED.value, PermitStatus.NOT_NEEDED.value})
_QUIET_STATUSES = frozenset({DelegationStatus.CANCELLED.value, DelegationStatus.COMPLETED.value})


class Severity(StrEnum):
    """How urgent a warning is; the order of the members is the order of urgency."""

    ERROR = "error"  # the visit cannot go ahead as recorded (refused or late permit, passport too short)
    WARNING = "warning"  # needs the clerk's attention before departure
    INFO = "info"  # worth knowing (a deadline soon, a rate taken from another country)


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class WarningCode(StrEnum):
    PASSPORT_EXPIRED = "passport_expired"  # already expired (or expires before the departure)
    PASSPORT_TOO_SHORT = "passport_too_short"
    PASSPORT_EXPIRY_MISSING = "passport_expiry_missing"
    PERMIT_REFUSED = "permit_refused"
    PERMIT_LATE = "permit_late"  # the deadline passed and the step was not even requested
    PERMIT_NOT_GRANTED = "permit_not_granted"  # the deadline has come and the permit is not granted
    PERMIT_DUE_SOON = "permit_due_soon"  # not requested; the deadline is near
    SIZE_OUTSIDE_LIMITS = "size_outside_limits"
    OVERLAPPING_DELEGATION = "overlapping_delegation"
    GRADE_MISSING = "grade_missing"
    PER_DIEM_RATE_MISSING = "per_diem_rate_missing"
    PER_DIEM_RATE_OF_MISSION = "per_diem_rate_of_mission"
    ITEM_OUTSIDE_VISIT = "item_outside_visit"
    ITEM_ENDS_BEFORE_START = "item_ends_before_start"
    ITEMS_OVERLAP = "items_overlap"
    MEAL_AT_UNUSUAL_HOUR = "meal_at_unusual_hour"


@dataclass(frozen=True)
class MemberRef:
    id: int
    name: str


@dataclass(frozen=True)
class PermitRef:
    id: int
    name: str


@dataclass(frozen=True)
class DelegationWarning:
    """One finding about a delegation, with the member(s) or permit step it concerns."""

    code: WarningCode
    severity: Severity
    message_id: str
    message_en: str
    members: tuple[MemberRef, ...] = ()
    permit: PermitRef | None = None
    items: tuple[int, ...] = ()  # the itinerary items it concerns

    def message(self, language: str = "id") -> str:
        return self.message_id if language == "id" else self.message_en

    @property
    def member_ids(self) -> tuple[int, ...]:
        return tuple(m.id for m in self.members)


# --- facts ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberFacts:
    id: int
    name: str
    passport_expiry: date | None
    grade: str | None  # the grade the per diem uses: the delegation's common grade, else the member's own
    host: bool = False  # one of our own people accompanying an incoming visit, not a guest


@dataclass(frozen=True)
class PermitFacts:
    id: int
    name: str
    status: str  # a PermitStatus code
    due_days_before: int
    requested_on: date | None = None
    granted_on: date | None = None


@dataclass(frozen=True)
class OverlapFacts:
    """A member of this visit who is also on another visit whose dates overlap."""

    member_id: int
    member_name: str
    other_code: str
    other_start_on: date
    other_end_on: date


@dataclass(frozen=True)
class RateFacts:
    """The per-diem look-up for one grade: the rate's country, or None when no rate was found."""

    grade: str
    used_country_code: str | None
    used_country_name_id: str | None = None
    used_country_name_en: str | None = None
    via_mission: bool = False  # taken from the accredited mission's country automatically


@dataclass(frozen=True)
class ItineraryFacts:
    id: int
    day: date
    start_time: time | None
    end_time: time | None
    activity: str


@dataclass(frozen=True)
class DelegationFacts:
    direction: str  # a Direction code
    status: str  # a DelegationStatus code
    start_on: date
    end_on: date
    country_name_id: str
    country_name_en: str
    members: tuple[MemberFacts, ...] = ()
    permits: tuple[PermitFacts, ...] = ()
    size_limits: tuple[int, int] = (3, 10)
    overlaps: tuple[OverlapFacts, ...] = ()
    rates: tuple[RateFacts, ...] = field(default_factory=tuple)  # one per grade the members use
    per_diem_country_name_id: str | None = None  # the country the clerk chose for the per diem, if any
    per_diem_country_name_en: str | None = None
    itinerary: tuple[ItineraryFacts, ...] = ()

    @property
    def outgoing(self) -> bool:
        return self.direction == Direction.OUTGOING.value


def is_host(direction: str, official_id: int | None, role: str, contact_id: int | None = None) -> bool:
    """On an incoming visit, one of our own people accompanying the guests: an official of the region (the
    interpreter or liaison officer we assign), or a liaison officer who is not one of the partner's people."""
    if direction != Direction.INCOMING.value:
        return False
    return official_id is not None or (role == "liaison_officer" and contact_id is None)


def dates_overlap(first_start: date, first_end: date, second_start: date, second_end: date) -> bool:
    """Whether two periods share at least one day (both ends count)."""
    return first_start <= second_end and second_start <= first_end


def _d_id(day: date) -> str:
    return format_date_id(day)


def _d_en(day: date) -> str:
    return format_date_en(day)


# --- the rules --------------------------------------------------------------------------------------------


def passport_warnings(facts: DelegationFacts, today: date | None = None) -> list[DelegationWarning]:
    """Passports that have expired (on ``today`` or by the departure), are too short, or are not recorded."""
    needed = add_months(facts.end_on, PASSPORT_MONTHS)
    found: list[DelegationWarning] = []
    for member in facts.members:
        if member.host and not facts.outgoing:
            continue  # our own liaison officer is not a guest of ours
        ref = (MemberRef(member.id, member.name),)
        if member.passport_expiry is None:
            if facts.outgoing:
                found.append(
                    DelegationWarning(
                        WarningCode.PASSPORT_EXPIRY_MISSING,
                        Severity.WARNING,
                        f"{member.name}: masa berlaku paspor belum dicatat (harus berlaku paling sedikit sampai "
                        f"{_d_id(needed)}).",
                        f"{member.name}: the passport's expiry is not recorded (it must be valid at least until "
                        f"{_d_en(needed)}).",
                        members=ref,
                    )
                )
            continue
        expiry = member.passport_expiry
        if (today is not None and expiry < today) or expiry < facts.start_on:
            already = today is not None and expiry < today
            found.append(
                DelegationWarning(
                    WarningCode.PASSPORT_EXPIRED,
                    Severity.ERROR if facts.outgoing else Severity.WARNING,
                    f"{member.name}: paspor sudah tidak berlaku sejak {_d_id(expiry)}; perlu paspor baru yang berlaku "
                    f"paling sedikit sampai {_d_id(needed)}."
                    if already
                    else f"{member.name}: paspor habis masa berlakunya pada {_d_id(expiry)}, sebelum keberangkatan "
                    f"{_d_id(facts.start_on)}; perlu paspor baru yang berlaku paling sedikit sampai {_d_id(needed)}.",
                    f"{member.name}: the passport expired on {_d_en(expiry)}; a new passport valid at least until "
                    f"{_d_en(needed)} is needed."
                    if already
                    else f"{member.name}: the passport expires on {_d_en(expiry)}, before the departure on "
                    f"{_d_en(facts.start_on)}; a new passport valid at least until {_d_en(needed)} is needed.",
                    members=ref,
                )
            )
            continue
        if passport_too_short(member.passport_expiry, facts.end_on, PASSPORT_MONTHS):
            found.append(
                DelegationWarning(
                    WarningCode.PASSPORT_TOO_SHORT,
                    Severity.ERROR if facts.outgoing else Severity.WARNING,
                    f"{member.name}: paspor berlaku sampai {_d_id(member.passport_expiry)}, kurang dari "
                    f"{PASSPORT_MONTHS} bulan setelah tanggal kembali {_d_id(facts.end_on)}; perlu berlaku "
                    f"paling sedikit sampai {_d_id(needed)}.",
                    f"{member.name}: the passport expires on {_d_en(member.passport_expiry)}, less than "
                    f"{PASSPORT_MONTHS} months after the return on {_d_en(facts.end_on)}; it must be valid at "
                    f"least until {_d_en(needed)}.",
                    members=ref,
                )
            )
    return found


def permit_deadline(start_on: date, due_days_before: int) -> date:
    """The day by which a permit step must be settled: departure minus its lead time."""
    return start_on - timedelta(days=due_days_before)


def permit_warnings(facts: DelegationFacts, today: date) -> list[DelegationWarning]:
    if today > facts.end_on:
        return []
    found: list[DelegationWarning] = []
    for permit in facts.permits:
        if permit.status in _DONE_PERMITS:
            continue
        ref = PermitRef(permit.id, permit.name)
        deadline = permit_deadline(facts.start_on, permit.due_days_before)
        lead_id = f"{permit.due_days_before} hari sebelum keberangkatan {_d_id(facts.start_on)}"
        lead_en = f"{permit.due_days_before} days before departure on {_d_en(facts.start_on)}"
        if permit.status == PermitStatus.REFUSED.value:
            found.append(
                DelegationWarning(
                    WarningCode.PERMIT_REFUSED,
                    Severity.ERROR,
                    f"{permit.name}: izin ditolak.",
                    f"{permit.name}: the permit was refused.",
                    permit=ref,
                )
            )
        elif permit.status == PermitStatus.NOT_REQUESTED.value and today > deadline:
            late = (today - deadline).days
            found.append(
                DelegationWarning(
                    WarningCode.PERMIT_LATE,
                    Severity.ERROR,
                    f"{permit.name}: belum diajukan; batas waktunya {_d_id(deadline)} ({lead_id}) sudah lewat "
                    f"{late} hari.",
                    f"{permit.name}: not requested yet; its deadline of {_d_en(deadline)} ({lead_en}) passed "
                    f"{late} day(s) ago.",
                    permit=ref,
                )
            )
        elif today >= deadline:
            requested_id = f"diajukan {_d_id(permit.requested_on)}, " if permit.requested_on else ""
            requested_en = f"requested on {_d_en(permit.requested_on)}, " if permit.requested_on else ""
            found.append(
                DelegationWarning(
                    WarningCode.PERMIT_NOT_GRANTED,
                    Severity.WARNING,
                    f"{permit.name}: {requested_id}belum terbit; seharusnya selesai paling lambat {_d_id(deadline)} "
                    f"({lead_id}).",
                    f"{permit.name}: {requested_en}not granted yet; it was due by {_d_en(deadline)} ({lead_en}).",
                    permit=ref,
                )
            )
        elif permit.status == PermitStatus.NOT_REQUESTED.value and (deadline - today).days <= PERMIT_NOTICE_DAYS:
            left = (deadline - today).days
            found.append(
                DelegationWarning(
                    WarningCode.PERMIT_DUE_SOON,
                    Severity.INFO,
                    f"{permit.name}: belum diajukan; batas waktunya {_d_id(deadline)} ({left} hari lagi).",
                    f"{permit.name}: not requested yet; its deadline is {_d_en(deadline)} (in {left} day(s)).",
                    permit=ref,
                )
            )
    return found


def size_warnings(facts: DelegationFacts) -> list[DelegationWarning]:
    low, high = facts.size_limits
    count = len(facts.members)
    if not facts.outgoing or low <= count <= high:
        return []
    return [
        DelegationWarning(
            WarningCode.SIZE_OUTSIDE_LIMITS,
            Severity.WARNING,
            f"Delegasi beranggotakan {count} orang, di luar batas {low} sampai {high} orang.",
            f"The delegation has {count} member(s), outside the limits of {low} to {high}.",
        )
    ]


def overlap_warnings(facts: DelegationFacts) -> list[DelegationWarning]:
    return [
        DelegationWarning(
            WarningCode.OVERLAPPING_DELEGATION,
            Severity.WARNING,
            f"{o.member_name} juga menjadi anggota delegasi {o.other_code} "
            f"({_d_id(o.other_start_on)} sampai {_d_id(o.other_end_on)}), yang tanggalnya bertumpang tindih.",
            f"{o.member_name} is also on delegation {o.other_code} "
            f"({_d_en(o.other_start_on)} to {_d_en(o.other_end_on)}), whose dates overlap.",
            members=(MemberRef(o.member_id, o.member_name),),
        )
        for o in facts.overlaps
    ]


def _names(members: list[MemberFacts]) -> str:
    return ", ".join(m.name for m in members)


def per_diem_warnings(facts: DelegationFacts) -> list[DelegationWarning]:
    if not facts.outgoing:
        return []
    found: list[DelegationWarning] = []
    without_grade = [m for m in facts.members if not m.grade]
    if without_grade:
        found.append(
            DelegationWarning(
                WarningCode.GRADE_MISSING,
                Severity.WARNING,
                f"Golongan uang harian belum diisi untuk: {_names(without_grade)}; isi golongan anggota atau "
                "satu golongan untuk seluruh delegasi.",
                f"No per-diem grade for: {_names(without_grade)}; set the member's grade or one grade for the "
                "whole delegation.",
                members=tuple(MemberRef(m.id, m.name) for m in without_grade),
            )
        )
    rates = {rate.grade: rate for rate in facts.rates}
    country_id = facts.per_diem_country_name_id or facts.country_name_id
    country_en = facts.per_diem_country_name_en or facts.country_name_en
    grades = sorted({m.grade for m in facts.members if m.grade})
    for grade in grades:
        members = [m for m in facts.members if m.grade == grade]
        refs = tuple(MemberRef(m.id, m.name) for m in members)
        rate = rates.get(grade)
        if rate is None or rate.used_country_code is None:
            found.append(
                DelegationWarning(
                    WarningCode.PER_DIEM_RATE_MISSING,
                    Severity.WARNING,
                    f"Tidak ada tarif uang harian golongan {grade} untuk {country_id} yang berlaku pada "
                    f"{_d_id(facts.start_on)} (juga tidak untuk negara perwakilan RI yang merangkapnya) "
                    f"({_names(members)}); isi tabel tarif atau pilih negara tarif untuk delegasi ini.",
                    f"No grade {grade} per-diem rate for {country_en} in force on {_d_en(facts.start_on)} (nor for "
                    f"the country of the accredited Indonesian mission) ({_names(members)}); add the rate to the "
                    "table or choose the per-diem country for this delegation.",
                    members=refs,
                )
            )
        elif rate.via_mission:
            found.append(
                DelegationWarning(
                    WarningCode.PER_DIEM_RATE_OF_MISSION,
                    Severity.INFO,
                    f"Uang harian golongan {grade}: {facts.country_name_id} tidak ada dalam tabel tarif; dipakai "
                    f"tarif {rate.used_country_name_id or rate.used_country_code}, negara perwakilan RI yang "
                    "merangkapnya.",
                    f"Per diem, grade {grade}: {facts.country_name_en} has no rate in the table; the rate of "
                    f"{rate.used_country_name_en or rate.used_country_code}, the country of the accredited "
                    "Indonesian mission, is used.",
                    members=refs,
                )
            )
    return found


#: Meals by their words, and the hours they are usually held (from, to: the start time).
_MEALS: tuple[tuple[re.Pattern[str], time, time, str, str], ...] = (
    (re.compile(r"\b(sarapan|makan pagi|breakfast)\b", re.I), time(5, 0), time(10, 30), "sarapan", "breakfast"),
    (
        re.compile(r"\b(makan siang|jamuan siang|lunch|luncheon)\b", re.I),
        time(11, 0),
        time(15, 0),
        "makan siang",
        "lunch",
    ),
    (
        re.compile(r"\b(makan malam|jamuan malam|gala dinner|dinner|supper)\b", re.I),
        time(17, 0),
        time(22, 30),
        "makan malam",
        "dinner",
    ),
)


def _hhmm(value: time) -> str:
    return value.strftime("%H.%M")


def itinerary_warnings(facts: DelegationFacts) -> list[DelegationWarning]:
    """Items outside the visit's days, ending before they start, overlapping another, meals at odd hours."""
    found: list[DelegationWarning] = []
    for item in facts.itinerary:
        what = f"“{item.activity.strip()}”"
        if not facts.start_on <= item.day <= facts.end_on:
            found.append(
                DelegationWarning(
                    WarningCode.ITEM_OUTSIDE_VISIT,
                    Severity.WARNING,
                    f"Jadwal {what} pada {_d_id(item.day)} berada di luar tanggal kunjungan "
                    f"({_d_id(facts.start_on)} sampai {_d_id(facts.end_on)}).",
                    f"Itinerary item {what} on {_d_en(item.day)} is outside the visit's dates "
                    f"({_d_en(facts.start_on)} to {_d_en(facts.end_on)}).",
                    items=(item.id,),
                )
            )
        if item.start_time and item.end_time and item.end_time < item.start_time:
            found.append(
                DelegationWarning(
                    WarningCode.ITEM_ENDS_BEFORE_START,
                    Severity.ERROR,
                    f"Jadwal {what} pada {_d_id(item.day)} selesai ({_hhmm(item.end_time)}) sebelum dimulai "
                    f"({_hhmm(item.start_time)}).",
                    f"Itinerary item {what} on {_d_en(item.day)} ends ({_hhmm(item.end_time)}) before it starts "
                    f"({_hhmm(item.start_time)}).",
                    items=(item.id,),
                )
            )
        if item.start_time:
            for pattern, earliest, latest, meal_id, meal_en in _MEALS:
                if pattern.search(item.activity) and not earliest <= item.start_time <= latest:
                    found.append(
                        DelegationWarning(
                            WarningCode.MEAL_AT_UNUSUAL_HOUR,
                            Severity.INFO,
                            f"Jadwal {what} pada {_d_id(item.day)} pukul {_hhmm(item.start_time)}: jam yang tidak "
                            f"lazim untuk {meal_id} ({_hhmm(earliest)} sampai {_hhmm(latest)}).",
                            f"Itinerary item {what} on {_d_en(item.day)} at {_hhmm(item.start_time)}: an unusual "
                            f"hour for {meal_en} ({_hhmm(earliest)} to {_hhmm(latest)}).",
                            items=(item.id,),
                        )
                    )
                    break
    timed = sorted(
        (i for i in facts.itinerary if i.start_time and i.end_time and i.end_time >= i.start_time),
        key=lambda i: (i.day, i.start_time, i.id),
    )
    for index, first in enumerate(timed):
        for second in timed[index + 1 :]:
            assert second.start_time is not None and first.end_time is not None  # only timed entries are here
            if second.day != first.day or second.start_time >= first.end_time:
                break
            everyone = tuple(MemberRef(m.id, m.name) for m in facts.members)
            found.append(
                DelegationWarning(
                    WarningCode.ITEMS_OVERLAP,
                    Severity.WARNING,
                    f"Pada {_d_id(first.day)} jadwal “{first.activity.strip()}” ({first_times(first)}) dan "
                    f"“{second.activity.strip()}” ({first_times(second)}) bertumpang tindih: anggota delegasi yang "
                    "sama tidak dapat menghadiri keduanya.",
                    f"On {_d_en(first.day)} the items “{first.activity.strip()}” ({first_times(first)}) and "
                    f"“{second.activity.strip()}” ({first_times(second)}) overlap: the same members cannot attend "
                    "both.",
                    members=everyone,
                    items=(first.id, second.id),
                )
            )
    return found


def first_times(item: ItineraryFacts) -> str:
    """ "09.00 - 10.30"."""
    start = _hhmm(item.start_time) if item.start_time else ""
    end = _hhmm(item.end_time) if item.end_time else ""
    return f"{start} - {end}" if start and end else start or end


def delegation_warnings(facts: DelegationFacts, today: date) -> list[DelegationWarning]:
    """Every warning about a delegation on ``today``, most urgent first (errors, warnings, notes)."""
    if facts.status in _QUIET_STATUSES:
        return []
    found = (
        passport_warnings(facts, today)
        + permit_warnings(facts, today)
        + size_warnings(facts)
        + overlap_warnings(facts)
        + per_diem_warnings(facts)
        + itinerary_warnings(facts)
    )
    return sorted(found, key=lambda w: _SEVERITY_ORDER[w.severity])  # stable: rule order within a severity


__all__ = [
    "PASSPORT_MONTHS",
    "PERMIT_NOTICE_DAYS",
    "DelegationFacts",
    "DelegationWarning",
    "ItineraryFacts",
    "MemberFacts",
    "MemberRef",
    "OverlapFacts",
    "PermitFacts",
    "PermitRef",
    "RateFacts",
    "Severity",
    "WarningCode",
    "dates_overlap",
    "delegation_warnings",
    "is_host",
    "itinerary_warnings",
    "overlap_warnings",
    "passport_warnings",
    "per_diem_warnings",
    "permit_deadline",
    "permit_warnings",
    "size_warnings",
]
