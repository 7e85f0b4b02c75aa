"""Plain input for the three visit documents (PDF), and the wording rules they share.

* :class:`DelegationList`: names, positions, roles and passports of the
  members, in Indonesian and English. For an incoming visit the guests are
  listed (and counted) apart from our own people who accompany them (the
  liaison officer, an interpreter of the region), whose passports are none of
  the list's business.
* :class:`Programme`: the itinerary booklet, a cover page then day by day
  (times, places, activities, counterparts); always bilingual, since the
  partner reads it as much as the delegation.
* :class:`PermitLetter`: the letter asking the Ministry of Home Affairs for
  the foreign-travel permit, with number, date, subject, addressee, the
  members, destination, dates, purpose, funding and attachments, the
  signature block and the carbon copies (tembusan).

**Letterheads.** The office keeps two (:class:`Letterhead`): the bureau's
(the region's logo, the government's name, the unit, address and contacts
over a double rule) and the head of region's own (the national emblem over
the head's title, "GUBERNUR JAWA TIMUR"). A letter takes the one of its
signatory: the head's own when the head signs, the bureau's when an official
signs on the head's behalf ("a.n."). :func:`letter_warnings` says when the
letterhead's emblem is not configured.

**Wording follows the facts.** A visit under an agreement already signed is
its "pelaksanaan"; before signing it is "penjajakan", the discussion and
initialling ("pembahasan dan paraf") of the draft, or the signing itself
(:func:`agreement_sentence`).

The addressee, the attachments listed and the carbon copies are data with
defaults here; the office may change them per letter. The defaults follow
the usual pattern of such letters (Permendagri 59/2019 practice, see
shared/domain.md) but no official template was confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from babel.dates import format_date

from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.enums import PaperSize
from secretariat.domain.errors import Problem

PERMIT_SUBJECT = "Permohonan Izin Perjalanan Dinas Luar Negeri"

#: To whom the permit request goes (not confirmed: each line may be changed per letter).
DEFAULT_ADDRESSEE: tuple[str, ...] = (
    "Menteri Dalam Negeri",
    "c.q. Sekretaris Jenderal",
    "u.p. Kepala Biro Kerja Sama",
)
DEFAULT_ADDRESSEE_PLACE = "Jakarta"

#: The papers that usually go with a permit request (Setneg PDLN asks for the terms of reference,
#: the invitation or participation confirmation and the funding, shared/domain.md).
DEFAULT_ATTACHMENTS: tuple[str, ...] = (
    "Kerangka acuan kegiatan (KAK)",
    "Surat undangan dari pihak mitra",
    "Jadwal kegiatan (program kunjungan)",
    "Daftar nama anggota delegasi",
    "Fotokopi paspor anggota delegasi",
    "Rencana anggaran biaya (RAB)",
)

#: Who else receives the letter (tembusan); not confirmed: each line may be changed per letter.
DEFAULT_COPIES: tuple[str, ...] = (
    "Menteri Sekretaris Negara Republik Indonesia",
    "Menteri Luar Negeri Republik Indonesia",
)

NO_NUMBER = "(nomor belum ditetapkan)"


class LetterheadKind:
    BUREAU = "bureau"  # the regional government's / bureau's letterhead (kop dinas)
    HEAD = "head"  # the head of region's own (kop jabatan): the national emblem and the title


@dataclass(frozen=True)
class Letterhead:
    """A letterhead (kop surat).

    The bureau's: the region's logo, the government's name, the unit
    ("SEKRETARIAT DAERAH"), address and contact lines. The head of region's:
    the national emblem (Garuda Pancasila) over the head's title line
    ("GUBERNUR JAWA TIMUR").
    """

    government_id: str  # "Pemerintah Provinsi Jawa Barat"
    government_en: str
    address_lines: tuple[str, ...] = ()
    contact_lines: tuple[str, ...] = ()
    logo_png: bytes | None = None
    paper: PaperSize = PaperSize.A4
    unit: str | None = None
    kind: str = LetterheadKind.BUREAU
    title_line: str | None = None  # the head's letterhead: "GUBERNUR JAWA TIMUR"
    emblem_png: bytes | None = None  # the head's letterhead: the national emblem

    @property
    def image(self) -> bytes | None:
        """The picture this letterhead prints: the emblem on the head's, the logo on the bureau's."""
        return self.emblem_png if self.kind == LetterheadKind.HEAD else self.logo_png


@dataclass(frozen=True)
class VisitFacts:
    """What every visit document says about the visit."""

    code: str
    outgoing: bool
    purpose: str
    country_id: str
    country_en: str
    cities: str | None
    start_on: date
    end_on: date
    agreement: str | None = None  # "title nomor number" of the agreement the visit serves
    agreement_step: str | None = None  # AgreementStep: where the agreement stands (see agreement_sentence)

    @property
    def days(self) -> int:
        return (self.end_on - self.start_on).days + 1

    def destination(self, language: str = "id") -> str:
        country = self.country_id if language == "id" else self.country_en
        return f"{self.cities} ({country})" if self.cities else country


@dataclass(frozen=True)
class ListedMember:
    name: str
    position: str | None
    role_id: str
    role_en: str
    nip: str | None = None  # civil-servant number of our officials
    organisation: str | None = None  # a partner contact's organisation
    passport_type_id: str | None = None
    passport_type_en: str | None = None
    passport_number: str | None = None
    passport_expiry: date | None = None
    host: bool = False  # one of our own people accompanying an incoming delegation (not a guest)


@dataclass(frozen=True)
class DelegationList:
    letterhead: Letterhead
    visit: VisitFacts
    members: tuple[ListedMember, ...]
    bilingual: bool = True
    issued_on: date | None = None

    @property
    def guests(self) -> tuple[ListedMember, ...]:
        """The delegation proper: everyone but our own people accompanying an incoming visit."""
        return tuple(m for m in self.members if not m.host)

    @property
    def hosts(self) -> tuple[ListedMember, ...]:
        return tuple(m for m in self.members if m.host)


@dataclass(frozen=True)
class ProgrammeItem:
    start_time: time | None
    end_time: time | None
    activity: str
    place: str | None = None
    counterpart: str | None = None
    activity_en: str | None = None  # the activity in English, when the programme gives it

    def times(self) -> str:
        """ "09.00 - 10.30" (Indonesian style), "09.00" or "" when no time is set."""
        start = self.start_time.strftime("%H.%M") if self.start_time else ""
        end = self.end_time.strftime("%H.%M") if self.end_time else ""
        return f"{start} - {end}" if start and end else start or (f"- {end}" if end else "")


@dataclass(frozen=True)
class ProgrammeDay:
    day: date
    items: tuple[ProgrammeItem, ...]


@dataclass(frozen=True)
class ProtocolNotes:
    """For an incoming visit: hotel, liaison officer, interpreter, dietary needs (printed when given)."""

    hotel: str | None = None
    liaison_officer: str | None = None
    interpreter: str | None = None
    dietary_needs: str | None = None

    def rows(self) -> tuple[tuple[str, str, str], ...]:
        rows = (
            ("Hotel", "Hotel", self.hotel),
            ("Petugas penghubung", "Liaison officer", self.liaison_officer),
            ("Penerjemah", "Interpreter", self.interpreter),
            ("Kebutuhan makanan", "Dietary needs", self.dietary_needs),
        )
        return tuple((label_id, label_en, value) for label_id, label_en, value in rows if value)


@dataclass(frozen=True)
class Programme:
    letterhead: Letterhead
    visit: VisitFacts
    days: tuple[ProgrammeDay, ...]  # every day of the visit, in order, days without items included
    head_of_delegation: str | None = None
    members: tuple[ListedMember, ...] = ()
    protocol: ProtocolNotes = ProtocolNotes()


@dataclass(frozen=True)
class LetterSignatory:
    """Who signs: the head of region, or an official on the head's behalf ("a.n.")."""

    title: str  # "Gubernur Jawa Barat" or "Sekretaris Daerah"
    name: str | None
    nip: str | None = None
    on_behalf_of: str | None = None  # "Gubernur Jawa Barat" when the title signs for the head


@dataclass(frozen=True)
class Funding:
    fiscal_year: int
    account_code: str | None = None
    account_name: str | None = None


@dataclass(frozen=True)
class PermitLetter:
    letterhead: Letterhead
    visit: VisitFacts
    members: tuple[ListedMember, ...]
    dated: date
    number: str | None  # None: not issued yet
    provisional: bool  # a draft: the number shown (if any) is the next free one, taken only when final
    signatory: LetterSignatory
    funding: Funding
    place: str | None = None
    subject: str = PERMIT_SUBJECT
    addressee: tuple[str, ...] = DEFAULT_ADDRESSEE
    addressee_place: str = DEFAULT_ADDRESSEE_PLACE
    attachments: tuple[str, ...] = DEFAULT_ATTACHMENTS
    copies: tuple[str, ...] = DEFAULT_COPIES  # tembusan
    number_issued: bool = False  # the number is the letter's own, taken when it was made final (kept on reprint)

    @property
    def region(self) -> str:
        return self.letterhead.government_id

    @property
    def draft(self) -> bool:
        return self.provisional


class AgreementStep:
    """Where the agreement a visit serves stands, for the letter's wording."""

    EXPLORING = "exploring"  # before a draft text is discussed
    INITIALLING = "initialling"  # its draft is discussed and initialled
    SIGNING = "signing"  # approved, to be signed
    SIGNED = "signed"  # signed: the visit carries it out


def agreement_sentence(visit: VisitFacts) -> str | None:
    """The letter's sentence on the agreement the visit serves, worded by where the agreement stands.

    An agreement not yet signed is never "dilaksanakan": the visit explores it, discusses and initials its
    draft, or signs it.
    """
    if not visit.agreement:
        return None
    step = visit.agreement_step or AgreementStep.SIGNED
    if step == AgreementStep.SIGNED:
        return f"Kunjungan tersebut merupakan pelaksanaan kerja sama berdasarkan {visit.agreement}."
    if step == AgreementStep.SIGNING:
        return f"Kunjungan tersebut dalam rangka penandatanganan {visit.agreement}."
    if step == AgreementStep.INITIALLING:
        return f"Kunjungan tersebut dalam rangka pembahasan dan paraf rancangan {visit.agreement}."
    return f"Kunjungan tersebut dalam rangka penjajakan kerja sama melalui {visit.agreement}."


def letter_warnings(letter: PermitLetter) -> list[Problem]:
    """What the clerk should know before the letter goes out: a letterhead printed without its emblem."""
    head = letter.letterhead
    if head.image:
        return []
    if head.kind == LetterheadKind.HEAD:
        return [
            Problem(
                "head_emblem",
                "the head of region's letterhead has no emblem (Garuda): set it in Settings, office profile",
                "kop surat kepala daerah belum memiliki lambang (Garuda): atur di Pengaturan, profil kantor",
            )
        ]
    return [
        Problem(
            "logo",
            "the letterhead has no logo of the region: set it in Settings, office profile",
            "kop surat belum memiliki lambang daerah: atur di Pengaturan, profil kantor",
        )
    ]


# --- wording --------------------------------------------------------------------------------------------


def government_name(region_name: str, language: str = "id") -> str:
    """ "Pemerintah Provinsi Jawa Barat" from "Provinsi Jawa Barat" (a name that already says so is kept)."""
    name = region_name.strip()
    if language == "id":
        return name if name.casefold().startswith("pemerintah") else f"Pemerintah {name}"
    return name if "government" in name.casefold() else f"Government of {name}"


_TOWN_AND_POSTAL_CODE = re.compile(r"^\s*([^\d,]*[^\d\s,])\s*,?\s+\d{5}\s*$")


def place_from_address(address_lines: tuple[str, ...]) -> str | None:
    """The town of the address line that ends with a postal code ("Surabaya 60174" -> "Surabaya"); None when
    no line does."""
    for line in address_lines:
        match = _TOWN_AND_POSTAL_CODE.match(line)
        if match and not re.match(r"(jl\.?|jalan)\s", match.group(1).strip(), re.IGNORECASE):
            return match.group(1).strip()
    return None


def in_sentence(text: str) -> str:
    """A purpose typed as a sentence ("Pertemuan tahunan ...") written inside one ("... pertemuan tahunan ..."):
    the first letter is lowered when the first word is plainly capitalised; acronyms and names written
    "MoU", "KBRI" or "DPRD" keep theirs."""
    text = text.strip()
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].isalpha() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def weekday_date_id(day: date) -> str:
    """ "Senin, 2 Maret 2026"."""
    return format_date(day, "EEEE, d MMMM y", locale="id")


def weekday_date_en(day: date) -> str:
    """ "Monday, 2 March 2026"."""
    return format_date(day, "EEEE, d MMMM y", locale="en")


def period_id(start: date, end: date) -> str:
    """ "2 sampai dengan 15 Maret 2026" or "28 Februari sampai dengan 3 Maret 2026"."""
    if start == end:
        return format_date_id(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} sampai dengan {format_date_id(end)}"
    if start.year == end.year:
        return f"{format_date(start, 'd MMMM', locale='id')} sampai dengan {format_date_id(end)}"
    return f"{format_date_id(start)} sampai dengan {format_date_id(end)}"


def period_en(start: date, end: date) -> str:
    """ "2 to 15 March 2026"."""
    if start == end:
        return format_date_en(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} to {format_date_en(end)}"
    if start.year == end.year:
        return f"{format_date(start, 'd MMMM', locale='en')} to {format_date_en(end)}"
    return f"{format_date_en(start)} to {format_date_en(end)}"


__all__ = [
    "DEFAULT_ADDRESSEE",
    "DEFAULT_ADDRESSEE_PLACE",
    "DEFAULT_ATTACHMENTS",
    "DEFAULT_COPIES",
    "NO_NUMBER",
    "PERMIT_SUBJECT",
    "AgreementStep",
    "DelegationList",
    "Funding",
    "LetterSignatory",
    "Letterhead",
    "LetterheadKind",
    "ListedMember",
    "PermitLetter",
    "Programme",
    "ProgrammeDay",
    "ProgrammeItem",
    "ProtocolNotes",
    "VisitFacts",
    "agreement_sentence",
    "government_name",
    "in_sentence",
    "letter_warnings",
    "period_en",
    "period_id",
    "place_from_address",
    "weekday_date_en",
    "weekday_date_id",
]
