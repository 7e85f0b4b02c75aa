"""The exchange workbook, as data: its sheets, their columns, which are required, their choices and references.

The template, the export and the import all read this one description, so
the three cannot drift apart; ``docs/excel-format.md`` explains it to people.

* A sheet has an Indonesian name and an English alias (either is accepted on
  import, ignoring case and accents); any subset of the sheets may be given.
* A column has an Indonesian and an English header (either is accepted, as is
  its ``key``); columns may come in any order, and a column left out of a
  sheet leaves that field of existing records as it is.
* Every record kind that has a global id carries a ``gid`` column, so an
  exported workbook imports back as updates of the same records.
* Reference columns name another record by its code or number (partner code,
  agreement number, delegation code, official's NIP, budget line key) or by
  its global id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from secretariat.domain import enums as e
from secretariat.domain.parsing import fold

__all__ = [
    "BUDGET_LINE_KEY_SEPARATOR",
    "ERRORS_COLUMN",
    "INSTRUCTIONS_SHEET",
    "LISTS_SHEET",
    "SHEETS",
    "Column",
    "ColumnKind",
    "RejectedSheet",
    "SheetSpec",
    "budget_line_key",
    "find_sheet",
    "sheet",
    "split_budget_line_key",
]


class ColumnKind(StrEnum):
    GID = "gid"  # a global id (UUID text)
    TEXT = "text"
    INTEGER = "integer"
    AMOUNT = "amount"  # money: an exact number, either decimal convention
    DECIMAL = "decimal"  # an exact number that is not money (exchange rate)
    DATE = "date"
    TIME = "time"
    BOOLEAN = "boolean"
    COUNTRY = "country"
    CURRENCY = "currency"  # ISO 4217 code
    ENUM = "enum"  # one of an enumeration, by code or label
    REFERENCE = "reference"  # another record, by its code / number / key or global id
    REFERENCES = "references"  # several references separated by ';'
    STAGE = "stage"  # an agreement stage, by code or name (the office's list)
    SECTORS = "sectors"  # fields of cooperation, by code or name, separated by ';'
    INDICATORS = "indicators"  # "name = value unit; ..." (activity indicators)
    INFO = "info"  # written on export for the reader, ignored on import


@dataclass(frozen=True)
class Column:
    key: str
    header_id: str
    header_en: str
    kind: ColumnKind = ColumnKind.TEXT
    required: bool = False
    enum: type[StrEnum] | None = None
    target: str | None = None  # the sheet a reference points to
    max_length: int | None = None
    default: object = None  # used for a new record when the cell is empty
    help_id: str = ""
    help_en: str = ""
    width: float = 18

    def header(self, language: str) -> str:
        return self.header_id if language == "id" else self.header_en

    def accepts_header(self, text: str) -> bool:
        key = fold(text).replace(" ", "")
        return key in {
            fold(self.header_id).replace(" ", ""),
            fold(self.header_en).replace(" ", ""),
            fold(self.key).replace(" ", ""),
            fold(self.key.replace("_", " ")).replace(" ", ""),
        }


@dataclass(frozen=True)
class SheetSpec:
    key: str
    name_id: str
    name_en: str
    columns: tuple[Column, ...]
    identity_id: str  # how a row finds the record it updates
    identity_en: str
    help_id: str = ""
    help_en: str = ""
    examples: tuple[dict[str, object], ...] = field(default_factory=tuple)

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)

    def accepts_name(self, text: str) -> bool:
        key = fold(text)
        return key in {fold(self.name_id), fold(self.name_en), fold(self.key), fold(self.key.replace("_", " "))}

    def find_column(self, header: str) -> Column | None:
        for column in self.columns:
            if column.accepts_header(header):
                return column
        return None


# --- the columns that repeat ------------------------------------------------------------------------------


def _gid() -> Column:
    return Column(
        "gid",
        "ID global",
        "Global ID",
        ColumnKind.GID,
        width=38,
        help_id="Diisi program saat ekspor; kosongkan untuk data baru.",
        help_en="Filled by the program on export; leave empty for new records.",
    )


def _notes() -> Column:
    return Column("notes", "Catatan", "Notes", width=30)


def _passport() -> tuple[Column, ...]:
    return (
        Column("passport_type", "Jenis paspor", "Passport type", ColumnKind.ENUM, enum=e.PassportType),
        Column(
            "passport_number",
            "Nomor paspor",
            "Passport number",
            max_length=40,
            help_id="Huruf dan angka saja.",
            help_en="Letters and digits only.",
        ),
        Column(
            "passport_expiry",
            "Paspor berlaku sampai",
            "Passport valid until",
            ColumnKind.DATE,
            help_id="Wajib bila nomor paspor diisi.",
            help_en="Required when a passport number is given.",
        ),
    )


def _ref(
    key: str,
    header_id: str,
    header_en: str,
    target: str,
    *,
    required: bool = False,
    help_id: str = "",
    help_en: str = "",
) -> Column:
    return Column(
        key,
        header_id,
        header_en,
        ColumnKind.REFERENCE,
        required=required,
        target=target,
        help_id=help_id,
        help_en=help_en,
        width=22,
    )


_PARTNER_REF_HELP = ("Kode mitra (atau ID global mitra).", "The partner's code (or its global id).")
_AGREEMENT_REF_HELP = (
    "Nomor naskah daerah (atau ID global perjanjian).",
    "The region's agreement number (or the agreement's global id).",
)
_DELEGATION_REF_HELP = ("Kode delegasi (atau ID global).", "The delegation code (or its global id).")

BUDGET_LINE_KEY_SEPARATOR = " | "


def budget_line_key(fiscal_year: int, account_code: str, description: str) -> str:
    """The readable key of a budget line: '2026 | 5.1.02.04.02.0001 | Kunjungan kerja ke Osaka'."""
    return BUDGET_LINE_KEY_SEPARATOR.join((str(fiscal_year), account_code, description))


def split_budget_line_key(text: str) -> tuple[str, str, str] | None:
    """(year, account code, description) from a readable key, or None when ``text`` is not one."""
    parts = [part.strip() for part in text.split("|", 2)]
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


# --- the sheets -------------------------------------------------------------------------------------------

PARTNERS = SheetSpec(
    "partners",
    "Mitra",
    "Partners",
    (
        _gid(),
        Column(
            "code",
            "Kode mitra",
            "Partner code",
            required=True,
            max_length=40,
            help_id="Kode unik mitra, mis. JP-OSAKA.",
            help_en="The partner's unique code, e.g. JP-OSAKA.",
        ),
        Column("name", "Nama", "Name", required=True, max_length=300, width=34),
        Column("name_original", "Nama dalam bahasa asli", "Name in original language", max_length=300, width=26),
        Column("kind", "Jenis mitra", "Kind of partner", ColumnKind.ENUM, required=True, enum=e.PartnerKind, width=26),
        Column(
            "admin_level",
            "Tingkat pemerintahan",
            "Administrative level",
            ColumnKind.ENUM,
            enum=e.AdminLevel,
            help_id="Hanya untuk pemerintah daerah asing.",
            help_en="Only for foreign regional governments.",
        ),
        Column(
            "country",
            "Negara",
            "Country",
            ColumnKind.COUNTRY,
            required=True,
            help_id="Nama negara (Indonesia atau Inggris) atau kode ISO.",
            help_en="Country name (Indonesian or English) or ISO code.",
        ),
        Column("city", "Kota", "City", max_length=200),
        Column("address", "Alamat", "Address", width=30),
        Column("website", "Situs web", "Website", max_length=300),
        Column("email", "E-mail", "E-mail", max_length=200),
        Column("phone", "Telepon", "Phone", max_length=100),
        Column("languages", "Bahasa", "Languages", max_length=200),
        Column("status", "Status", "Status", ColumnKind.ENUM, enum=e.PartnerStatus, default=e.PartnerStatus.PROSPECT),
        Column("head_name", "Nama pimpinan", "Head's name", max_length=200),
        Column("head_title", "Jabatan pimpinan", "Head's title", max_length=200),
        _notes(),
    ),
    "ID global, lalu kode mitra.",
    "Global id, else the partner code.",
    help_id="Satu baris per mitra.",
    help_en="One row per partner.",
    examples=(
        {
            "code": "CONTOH-JP-OSAKA",
            "name": "Osaka Prefectural Government",
            "name_original": "大阪府",
            "kind": e.PartnerKind.REGIONAL_GOVERNMENT,
            "admin_level": e.AdminLevel.STATE_PROVINCE,
            "country": "JP",
            "city": "Osaka",
            "website": "https://www.pref.osaka.lg.jp",
            "email": "kokusai@example.jp",
            "languages": "ja, en",
            "status": e.PartnerStatus.ACTIVE,
            "head_title": "Governor",
        },
        {
            "code": "CONTOH-DE-TUM",
            "name": "Technische Universität München",
            "kind": e.PartnerKind.UNIVERSITY,
            "country": "DE",
            "city": "München",
            "status": e.PartnerStatus.PROSPECT,
        },
    ),
)

PARTNER_CONDITIONS = SheetSpec(
    "partner_conditions",
    "Syarat KSDPL",
    "KSDPL conditions",
    (
        _ref(
            "partner",
            "Kode mitra",
            "Partner code",
            "partners",
            required=True,
            help_id=_PARTNER_REF_HELP[0],
            help_en=_PARTNER_REF_HELP[1],
        ),
        Column(
            "number",
            "Nomor syarat",
            "Condition number",
            ColumnKind.INTEGER,
            required=True,
            help_id="1 sampai 9.",
            help_en="1 to 9.",
            width=10,
        ),
        Column(
            "condition",
            "Syarat",
            "Condition",
            ColumnKind.INFO,
            width=40,
            help_id="Hanya keterangan; tidak dibaca saat impor.",
            help_en="For reading only; ignored on import.",
        ),
        Column("answer", "Jawaban", "Answer", ColumnKind.ENUM, required=True, enum=e.Answer),
        Column(
            "evidence",
            "Bukti",
            "Evidence",
            width=40,
            help_id="Wajib bila jawaban 'Ya'.",
            help_en="Required when the answer is 'Yes'.",
        ),
    ),
    "Kode mitra dan nomor syarat.",
    "Partner code and condition number.",
    help_id="Sembilan syarat mitra KSDPL, satu baris per syarat.",
    help_en="The nine KSDPL partner conditions, one row per condition.",
    examples=(
        {
            "partner": "CONTOH-JP-OSAKA",
            "number": 1,
            "answer": e.Answer.YES,
            "evidence": "Jepang mempunyai hubungan diplomatik dengan RI.",
        },
    ),
)

CONTACTS = SheetSpec(
    "contacts",
    "Kontak",
    "Contacts",
    (
        _gid(),
        _ref(
            "partner",
            "Kode mitra",
            "Partner code",
            "partners",
            required=True,
            help_id=_PARTNER_REF_HELP[0],
            help_en=_PARTNER_REF_HELP[1],
        ),
        Column("name", "Nama", "Name", required=True, max_length=200, width=26),
        Column("position", "Jabatan", "Position", max_length=200),
        Column("email", "E-mail", "E-mail", max_length=200),
        Column("phone", "Telepon", "Phone", max_length=100),
        Column("languages", "Bahasa", "Languages", max_length=200),
        *_passport(),
        _notes(),
    ),
    "ID global, lalu kode mitra dan nama.",
    "Global id, else partner code and name.",
    help_id="Narahubung mitra.",
    help_en="The partners' contact people.",
    examples=(
        {
            "partner": "CONTOH-JP-OSAKA",
            "name": "Tanaka Hiroshi",
            "position": "Director, International Affairs",
            "email": "tanaka@example.jp",
            "passport_type": e.PassportType.SERVICE,
            "passport_number": "TK1234567",
            "passport_expiry": "2030-03-31",
        },
    ),
)

OFFICIALS = SheetSpec(
    "officials",
    "Pejabat",
    "Officials",
    (
        _gid(),
        Column("name", "Nama", "Name", required=True, max_length=200, width=26),
        Column(
            "nip",
            "NIP",
            "NIP",
            max_length=30,
            help_id="Angka saja; format sel sebagai teks.",
            help_en="Digits only; format the cells as text.",
        ),
        Column("position", "Jabatan", "Position", required=True, max_length=200, width=26),
        Column("unit", "Unit kerja", "Unit", max_length=200),
        Column("grade", "Golongan uang harian", "Per-diem grade", ColumnKind.ENUM, required=True, enum=e.Grade),
        *_passport(),
        Column("email", "E-mail", "E-mail", max_length=200),
        Column("phone", "Telepon", "Phone", max_length=100),
        Column("active", "Aktif", "Active", ColumnKind.BOOLEAN, default=True, width=10),
    ),
    "ID global, lalu NIP, lalu nama.",
    "Global id, else NIP, else name.",
    help_id="Pejabat daerah yang bepergian atau menandatangani.",
    help_en="The region's officials who travel or sign.",
    examples=(
        {
            "name": "Dr. Siti Rahmawati, M.Si.",
            "nip": "197501012000032001",
            "position": "Kepala Biro Kerja Sama",
            "unit": "Biro Pemerintahan dan Otonomi Daerah",
            "grade": e.Grade.B,
            "passport_type": e.PassportType.SERVICE,
            "passport_number": "C1234567",
            "passport_expiry": "2029-06-30",
            "active": True,
        },
    ),
)

AGREEMENTS = SheetSpec(
    "agreements",
    "Perjanjian",
    "Agreements",
    (
        _gid(),
        Column(
            "number",
            "Nomor naskah daerah",
            "Region's number",
            max_length=80,
            help_id="Nomor naskah pihak daerah; unik.",
            help_en="The region's reference number; unique.",
        ),
        Column("partner_number", "Nomor naskah mitra", "Partner's number", max_length=80),
        Column("title_id", "Judul (Indonesia)", "Title (Indonesian)", required=True, max_length=500, width=40),
        Column("title_en", "Judul (Inggris)", "Title (English)", required=True, max_length=500, width=40),
        Column("kind", "Jenis kerja sama", "Kind", ColumnKind.ENUM, required=True, enum=e.AgreementKind, width=26),
        Column(
            "instrument", "Bentuk naskah", "Instrument", ColumnKind.ENUM, required=True, enum=e.Instrument, width=26
        ),
        Column(
            "stage",
            "Tahap",
            "Stage",
            ColumnKind.STAGE,
            width=26,
            help_id="Tahap saat ini (kode atau nama); kosong: Prakarsa.",
            help_en="The current stage (code or name); empty: Initiative.",
        ),
        Column(
            "partners",
            "Mitra (kode)",
            "Partners (codes)",
            ColumnKind.REFERENCES,
            required=True,
            target="partners",
            width=24,
            help_id="Kode mitra, dipisah titik koma (;).",
            help_en="Partner codes separated by semicolons (;).",
        ),
        Column(
            "sectors",
            "Bidang kerja sama",
            "Fields of cooperation",
            ColumnKind.SECTORS,
            width=26,
            help_id="Kode atau nama bidang, dipisah titik koma (;).",
            help_en="Field codes or names separated by semicolons (;).",
        ),
        _ref(
            "parent",
            "Perjanjian induk",
            "Parent agreement",
            "agreements",
            help_id="Nomor MoU/LoI induk.",
            help_en="Number of the parent MoU or LoI.",
        ),
        _ref(
            "previous",
            "Perjanjian yang diperpanjang",
            "Renewal of",
            "agreements",
            help_id="Nomor perjanjian lama yang diperpanjang oleh perjanjian ini.",
            help_en="Number of the earlier agreement this one renews.",
        ),
        Column("signed_on", "Tanggal tanda tangan", "Signed on", ColumnKind.DATE),
        Column("signed_place", "Tempat tanda tangan", "Signed at", max_length=200),
        Column("effective_on", "Mulai berlaku", "Effective from", ColumnKind.DATE),
        Column("term_months", "Jangka waktu (bulan)", "Term (months)", ColumnKind.INTEGER, width=12),
        Column(
            "expires_on",
            "Tanggal berakhir",
            "Expires on",
            ColumnKind.DATE,
            help_id="Kosong: dihitung dari mulai berlaku dan jangka waktu.",
            help_en="Empty: computed from the start and the term.",
        ),
        Column(
            "notice_months", "Masa pemberitahuan (bulan)", "Notice (months)", ColumnKind.INTEGER, default=6, width=12
        ),
        _notes(),
        Column(
            "subject_id",
            "Pokok perjanjian (Indonesia)",
            "Subject (Indonesian)",
            max_length=300,
            width=30,
            help_id="Yang disebut judul naskah sesudah TENTANG, mis. Kerja Sama Ekonomi dan Perdagangan.",
            help_en="What the text's title says after ON, in Indonesian.",
        ),
        Column(
            "subject_en",
            "Pokok perjanjian (Inggris)",
            "Subject (English)",
            max_length=300,
            width=30,
            help_id="Pokok perjanjian dalam bahasa Inggris, mis. Economic and Trade Cooperation.",
            help_en="What the text's title says after ON, e.g. Economic and Trade Cooperation.",
        ),
    ),
    "ID global, lalu nomor naskah daerah, lalu judul (Indonesia) bila nomor kosong.",
    "Global id, else the region's number, else the Indonesian title when there is no number.",
    help_id="Satu baris per naskah (LoI, MoU, PKS).",
    help_en="One row per instrument (LoI, MoU, arrangement).",
    examples=(
        {
            "number": "CONTOH/001/KS/2025",
            "partner_number": "OSK-2025-17",
            "title_id": "Nota Kesepahaman tentang Kerja Sama Provinsi Bersaudara",
            "title_en": "Memorandum of Understanding on Sister Province Cooperation",
            "subject_id": "Kerja Sama Provinsi Bersaudara",
            "subject_en": "Sister Province Cooperation",
            "kind": e.AgreementKind.KSDPL,
            "instrument": e.Instrument.MOU,
            "stage": "implementation",
            "partners": "CONTOH-JP-OSAKA",
            "sectors": "education; tourism",
            "signed_on": "2025-03-15",
            "signed_place": "Surabaya",
            "effective_on": "2025-03-15",
            "term_months": 60,
            "notice_months": 6,
        },
    ),
)

ASSESSMENTS = SheetSpec(
    "assessments",
    "Penilaian",
    "Assessments",
    (
        _ref(
            "agreement",
            "Perjanjian",
            "Agreement",
            "agreements",
            required=True,
            help_id=_AGREEMENT_REF_HELP[0],
            help_en=_AGREEMENT_REF_HELP[1],
        ),
        Column("criterion", "Kriteria", "Criterion", ColumnKind.ENUM, required=True, enum=e.Criterion, width=26),
        Column("score", "Nilai (1-5)", "Score (1-5)", ColumnKind.INTEGER, width=10),
        Column("reason", "Alasan nilai", "Reason for the score", width=40),
    ),
    "Perjanjian dan kriteria.",
    "Agreement and criterion.",
    help_id="Penilaian efisiensi, efektivitas, sinergi dan saling menguntungkan.",
    help_en="Assessment of efficiency, effectiveness, synergy and mutual benefit.",
    examples=(
        {
            "agreement": "CONTOH/001/KS/2025",
            "criterion": e.Criterion.MUTUAL_BENEFIT,
            "score": 4,
            "reason": "Pertukaran guru berjalan dua arah.",
        },
    ),
)

DELEGATIONS = SheetSpec(
    "delegations",
    "Delegasi",
    "Delegations",
    (
        _gid(),
        Column("code", "Kode delegasi", "Delegation code", required=True, max_length=40),
        Column("direction", "Arah", "Direction", ColumnKind.ENUM, required=True, enum=e.Direction),
        Column("purpose", "Tujuan kunjungan", "Purpose", required=True, width=36),
        Column("country", "Negara", "Country", ColumnKind.COUNTRY, required=True),
        Column("cities", "Kota", "Cities", max_length=300),
        Column("start_on", "Tanggal mulai", "Start date", ColumnKind.DATE, required=True),
        Column("end_on", "Tanggal selesai", "End date", ColumnKind.DATE, required=True),
        Column(
            "status", "Status", "Status", ColumnKind.ENUM, enum=e.DelegationStatus, default=e.DelegationStatus.PLANNED
        ),
        _ref(
            "agreement",
            "Perjanjian",
            "Agreement",
            "agreements",
            help_id=_AGREEMENT_REF_HELP[0],
            help_en=_AGREEMENT_REF_HELP[1],
        ),
        Column(
            "per_diem_country",
            "Negara tarif uang harian",
            "Per-diem country",
            ColumnKind.COUNTRY,
            help_id="Bila negara tujuan tidak punya tarif sendiri.",
            help_en="When the destination has no rate of its own.",
        ),
        Column(
            "per_diem_grade",
            "Golongan uang harian delegasi",
            "Delegation per-diem grade",
            ColumnKind.ENUM,
            enum=e.Grade,
        ),
        Column(
            "per_diem_grade_reason",
            "Alasan satu golongan",
            "Reason for one grade",
            max_length=300,
            width=30,
            help_id="Mengapa seluruh delegasi dibayar satu golongan, mis. satu hotel.",
            help_en="Why the whole delegation is paid one grade, e.g. one hotel.",
        ),
        Column("precedence", "Urutan preseden", "Order of precedence", width=30),
        Column("forms_of_address", "Sapaan", "Forms of address", width=30),
        Column("dietary_needs", "Kebutuhan makanan", "Dietary needs", width=30),
        Column("interpreter", "Penerjemah", "Interpreter", max_length=200),
        Column("liaison_officer", "Pendamping (LO)", "Liaison officer", max_length=200),
        Column("hotel", "Hotel", "Hotel", max_length=300),
        _notes(),
    ),
    "ID global, lalu kode delegasi.",
    "Global id, else the delegation code.",
    help_id="Kunjungan ke luar negeri dan kunjungan masuk.",
    help_en="Visits abroad and incoming visits.",
    examples=(
        {
            "code": "CONTOH-DLG-2026-001",
            "direction": e.Direction.OUTGOING,
            "purpose": "Rapat Kelompok Kerja Bersama di Osaka",
            "country": "JP",
            "cities": "Osaka",
            "start_on": "2026-10-12",
            "end_on": "2026-10-16",
            "status": e.DelegationStatus.PLANNED,
            "agreement": "CONTOH/001/KS/2025",
        },
    ),
)

MEMBERS = SheetSpec(
    "members",
    "Anggota Delegasi",
    "Delegation members",
    (
        _gid(),
        _ref(
            "delegation",
            "Kode delegasi",
            "Delegation code",
            "delegations",
            required=True,
            help_id=_DELEGATION_REF_HELP[0],
            help_en=_DELEGATION_REF_HELP[1],
        ),
        Column("order", "Urutan", "Order", ColumnKind.INTEGER, width=8),
        Column(
            "name",
            "Nama",
            "Name",
            max_length=200,
            width=26,
            help_id="Boleh kosong bila pejabat atau kontak diisi.",
            help_en="May stay empty when an official or a contact is given.",
        ),
        Column("position", "Jabatan", "Position", max_length=200),
        Column("role", "Peran", "Role", ColumnKind.ENUM, enum=e.MemberRole, default=e.MemberRole.MEMBER),
        Column("grade", "Golongan", "Grade", ColumnKind.ENUM, enum=e.Grade),
        _ref(
            "official",
            "Pejabat (NIP)",
            "Official (NIP)",
            "officials",
            help_id="NIP pejabat (atau ID global).",
            help_en="The official's NIP (or global id).",
        ),
        _ref(
            "contact",
            "Kontak mitra",
            "Partner's contact",
            "contacts",
            help_id="'KODE MITRA: Nama kontak' (atau ID global kontak).",
            help_en="'PARTNER CODE: Contact name' (or the contact's global id).",
        ),
        *_passport(),
    ),
    "ID global, lalu delegasi dengan pejabat, kontak atau nama.",
    "Global id, else the delegation with the official, contact or name.",
    examples=(
        {"delegation": "CONTOH-DLG-2026-001", "order": 1, "role": e.MemberRole.HEAD, "official": "197501012000032001"},
    ),
)

ITINERARY = SheetSpec(
    "itinerary",
    "Jadwal",
    "Itinerary",
    (
        _gid(),
        _ref(
            "delegation",
            "Kode delegasi",
            "Delegation code",
            "delegations",
            required=True,
            help_id=_DELEGATION_REF_HELP[0],
            help_en=_DELEGATION_REF_HELP[1],
        ),
        Column("day", "Tanggal", "Day", ColumnKind.DATE, required=True),
        Column("start_time", "Jam mulai", "Start time", ColumnKind.TIME, width=10),
        Column("end_time", "Jam selesai", "End time", ColumnKind.TIME, width=10),
        Column("place", "Tempat", "Place", max_length=300),
        Column("activity", "Kegiatan", "Activity", required=True, width=36),
        Column("counterpart", "Pihak yang ditemui", "Counterpart", max_length=300),
        Column(
            "country",
            "Negara",
            "Country",
            ColumnKind.COUNTRY,
            help_id="Negara tempat delegasi berada hari itu (kunjungan ke beberapa negara); kosong: negara tujuan.",
            help_en="The country the delegation is in that day (a trip to several countries); empty: the destination.",
        ),
        Column(
            "activity_en",
            "Kegiatan (Inggris)",
            "Activity (English)",
            width=36,
            help_id="Kegiatan dalam bahasa Inggris, untuk program kunjungan dwibahasa.",
            help_en="The activity in English, for the bilingual visit programme.",
        ),
    ),
    "ID global, lalu delegasi, tanggal, jam mulai dan kegiatan.",
    "Global id, else delegation, day, start time and activity.",
    examples=(
        {
            "delegation": "CONTOH-DLG-2026-001",
            "day": "2026-10-13",
            "start_time": "09:30",
            "end_time": "11:00",
            "place": "Osaka Prefectural Office",
            "activity": "Rapat Kelompok Kerja Bersama",
            "counterpart": "International Affairs Division",
            "activity_en": "Joint Working Group meeting",
        },
    ),
)

PERMITS = SheetSpec(
    "permits",
    "Izin",
    "Permit steps",
    (
        _gid(),
        _ref(
            "delegation",
            "Kode delegasi",
            "Delegation code",
            "delegations",
            required=True,
            help_id=_DELEGATION_REF_HELP[0],
            help_en=_DELEGATION_REF_HELP[1],
        ),
        Column("order", "Urutan", "Order", ColumnKind.INTEGER, width=8),
        Column("name", "Langkah izin", "Permit step", required=True, max_length=200, width=30),
        Column(
            "status", "Status", "Status", ColumnKind.ENUM, enum=e.PermitStatus, default=e.PermitStatus.NOT_REQUESTED
        ),
        Column("requested_on", "Tanggal diajukan", "Requested on", ColumnKind.DATE),
        Column("granted_on", "Tanggal terbit", "Granted on", ColumnKind.DATE),
        Column("reference", "Nomor surat", "Reference", max_length=120),
        Column(
            "due_days_before",
            "Batas (hari sebelum mulai)",
            "Due (days before start)",
            ColumnKind.INTEGER,
            default=10,
            width=12,
        ),
    ),
    "ID global, lalu delegasi dan nama langkah.",
    "Global id, else delegation and step name.",
    examples=(
        {
            "delegation": "CONTOH-DLG-2026-001",
            "order": 1,
            "name": "Izin Kemendagri",
            "status": e.PermitStatus.REQUESTED,
            "requested_on": "2026-09-01",
            "due_days_before": 10,
        },
    ),
)

BUDGET_LINES = SheetSpec(
    "budget_lines",
    "Anggaran",
    "Budget lines",
    (
        _gid(),
        Column("fiscal_year", "Tahun anggaran", "Fiscal year", ColumnKind.INTEGER, required=True, width=10),
        Column(
            "account_code",
            "Kode rekening",
            "Account code",
            required=True,
            max_length=60,
            width=22,
            help_id="Kode bertitik, mis. 5.1.02.04.02.0001.",
            help_en="Dotted code, e.g. 5.1.02.04.02.0001.",
        ),
        Column("activity", "Kegiatan / sub kegiatan", "Activity", max_length=300, width=26),
        Column("description", "Uraian", "Description", required=True, width=36),
        Column(
            "planned_idr",
            "Pagu (Rp)",
            "Planned (IDR)",
            ColumnKind.AMOUNT,
            required=True,
            help_id="Rupiah tanpa desimal.",
            help_en="Whole rupiah.",
        ),
        _ref(
            "agreement",
            "Perjanjian",
            "Agreement",
            "agreements",
            help_id=_AGREEMENT_REF_HELP[0],
            help_en=_AGREEMENT_REF_HELP[1],
        ),
        _ref(
            "delegation",
            "Kode delegasi",
            "Delegation code",
            "delegations",
            help_id=_DELEGATION_REF_HELP[0],
            help_en=_DELEGATION_REF_HELP[1],
        ),
    ),
    "ID global, lalu tahun, kode rekening dan uraian.",
    "Global id, else year, account code and description.",
    help_id="Baris anggaran (APBD). Lembar lain merujuknya dengan 'tahun | kode rekening | uraian' atau ID global.",
    help_en="Budget lines (APBD). Other sheets refer to a line as 'year | account code | description' "
    "or by its global id.",
    examples=(
        {
            "fiscal_year": 2026,
            "account_code": "5.1.02.04.02.0001",
            "activity": "Fasilitasi Kerja Sama Daerah",
            "description": "CONTOH Perjalanan dinas ke Osaka",
            "planned_idr": "250.000.000",
            "delegation": "CONTOH-DLG-2026-001",
        },
    ),
)

TRANSACTIONS = SheetSpec(
    "transactions",
    "Transaksi",
    "Transactions",
    (
        _gid(),
        _ref(
            "budget_line",
            "Baris anggaran",
            "Budget line",
            "budget_lines",
            required=True,
            help_id="'tahun | kode rekening | uraian' (atau ID global baris).",
            help_en="'year | account code | description' (or the line's global id).",
        ),
        Column("occurred_on", "Tanggal", "Date", ColumnKind.DATE, required=True),
        Column("kind", "Jenis", "Kind", ColumnKind.ENUM, required=True, enum=e.TransactionKind),
        Column("amount", "Jumlah", "Amount", ColumnKind.AMOUNT, required=True),
        Column(
            "currency",
            "Mata uang",
            "Currency",
            ColumnKind.CURRENCY,
            default="IDR",
            width=10,
            help_id="Kode mata uang (IDR, USD, EUR, JPY…); kosong: IDR.",
            help_en="Currency code (IDR, USD, EUR, JPY…); empty: IDR.",
        ),
        Column(
            "rate_to_idr",
            "Kurs ke Rupiah",
            "Rate to IDR",
            ColumnKind.DECIMAL,
            help_id="Rupiah per satu unit; kosong: dari tabel kurs.",
            help_en="Rupiah per unit; empty: from the rate table.",
        ),
        Column(
            "idr_amount",
            "Jumlah (Rp)",
            "Amount (IDR)",
            ColumnKind.INFO,
            help_id="Dihitung program; tidak dibaca saat impor.",
            help_en="Computed by the program; ignored on import.",
        ),
        _ref(
            "donor",
            "Pemberi hibah (kode mitra)",
            "Donor (partner code)",
            "partners",
            help_id="Hanya untuk hibah.",
            help_en="Grants only.",
        ),
        Column("form", "Bentuk", "Form", ColumnKind.ENUM, enum=e.GrantForm, default=e.GrantForm.CASH),
        Column("description", "Uraian", "Description", width=30),
        Column("reference", "Nomor bukti", "Reference", max_length=120),
    ),
    "ID global, lalu baris, tanggal, jenis, jumlah, mata uang dan nomor bukti.",
    "Global id, else line, date, kind, amount, currency and reference.",
    examples=(
        {
            "budget_line": "2026 | 5.1.02.04.02.0001 | CONTOH Perjalanan dinas ke Osaka",
            "occurred_on": "2026-10-20",
            "kind": e.TransactionKind.REALISATION,
            "amount": "1.250,50",
            "currency": "USD",
            "rate_to_idr": "16.250",
            "description": "Uang harian",
            "reference": "CONTOH-SPJ-001",
        },
    ),
)

ACTIVITIES = SheetSpec(
    "activities",
    "Kegiatan",
    "Activities",
    (
        _gid(),
        _ref(
            "agreement",
            "Perjanjian",
            "Agreement",
            "agreements",
            required=True,
            help_id=_AGREEMENT_REF_HELP[0],
            help_en=_AGREEMENT_REF_HELP[1],
        ),
        Column("occurred_on", "Tanggal", "Date", ColumnKind.DATE, required=True),
        Column("kind", "Jenis", "Kind", ColumnKind.ENUM, required=True, enum=e.ActivityKind),
        Column("title", "Judul", "Title", required=True, max_length=300, width=34),
        Column("description", "Uraian", "Description", width=34),
        _ref(
            "delegation",
            "Kode delegasi",
            "Delegation code",
            "delegations",
            help_id=_DELEGATION_REF_HELP[0],
            help_en=_DELEGATION_REF_HELP[1],
        ),
        _ref(
            "budget_line",
            "Baris anggaran",
            "Budget line",
            "budget_lines",
            help_id="'tahun | kode rekening | uraian' (atau ID global baris).",
            help_en="'year | account code | description' (or the line's global id).",
        ),
        Column(
            "indicators",
            "Indikator",
            "Indicators",
            ColumnKind.INDICATORS,
            width=34,
            help_id="'nama = nilai satuan', dipisah titik koma, mis. 'Peserta = 25 orang; Nilai = 1.500 USD'.",
            help_en="'name = value unit' separated by semicolons, e.g. 'Participants = 25 people'.",
        ),
    ),
    "ID global, lalu perjanjian, tanggal dan judul.",
    "Global id, else agreement, date and title.",
    help_id="Hasil pelaksanaan perjanjian.",
    help_en="What the agreements produced.",
    examples=(
        {
            "agreement": "CONTOH/001/KS/2025",
            "occurred_on": "2026-10-13",
            "kind": e.ActivityKind.MEETING,
            "title": "Rapat Kelompok Kerja Bersama 2026",
            "delegation": "CONTOH-DLG-2026-001",
            "indicators": "Peserta = 24 orang; Kesepakatan = 3 dokumen",
        },
    ),
)

PER_DIEM_RATES = SheetSpec(
    "per_diem_rates",
    "Uang Harian",
    "Per-diem rates",
    (
        _gid(),
        Column("country", "Negara", "Country", ColumnKind.COUNTRY, required=True),
        Column("grade", "Golongan", "Grade", ColumnKind.ENUM, required=True, enum=e.Grade),
        Column("amount", "Jumlah per hari", "Amount per day", ColumnKind.AMOUNT, required=True),
        Column("currency", "Mata uang", "Currency", ColumnKind.CURRENCY, default="USD", width=10),
        Column("valid_from", "Berlaku mulai", "Valid from", ColumnKind.DATE, required=True),
        Column(
            "source",
            "Sumber",
            "Source",
            required=True,
            max_length=300,
            width=30,
            help_id="Peraturan asal tarif, mis. PMK 32/2025.",
            help_en="The regulation, e.g. PMK 32/2025.",
        ),
    ),
    "ID global, lalu negara, golongan dan tanggal berlaku.",
    "Global id, else country, grade and valid-from date.",
    help_id="Standar uang harian perjalanan dinas luar negeri (SBM).",
    help_en="Daily allowances for official travel abroad (SBM).",
    examples=(
        {
            "country": "JP",
            "grade": e.Grade.B,
            "amount": "620",
            "currency": "USD",
            "valid_from": "2026-01-01",
            "source": "PMK 32/2025",
        },
    ),
)

TRAVEL_COST_RATES = SheetSpec(
    "travel_cost_rates",
    "Biaya Perjalanan",
    "Travel cost rates",
    (
        _gid(),
        Column(
            "kind",
            "Komponen biaya",
            "Cost item",
            ColumnKind.ENUM,
            required=True,
            enum=e.CostKind,
            width=26,
            help_id="Tiket pesawat PP, visa, asuransi, transportasi lokal, uang representasi, cendera mata, "
            "penerjemah atau sewa tempat. Uang harian ada di lembar Uang Harian.",
            help_en="Air fare, visa, insurance, local transport, representation, souvenirs, interpreter or venue. "
            "Per-diem rates go on the per-diem sheet.",
        ),
        Column(
            "country",
            "Negara",
            "Country",
            ColumnKind.COUNTRY,
            help_id="Kosong: berlaku untuk semua negara.",
            help_en="Empty: applies to any country.",
        ),
        Column(
            "grade",
            "Golongan",
            "Grade",
            ColumnKind.ENUM,
            enum=e.Grade,
            help_id="Kosong: berlaku untuk semua golongan.",
            help_en="Empty: applies to any grade.",
        ),
        Column("travel_class", "Kelas", "Class", ColumnKind.ENUM, enum=e.TravelClass, width=12),
        Column("amount", "Jumlah", "Amount", ColumnKind.AMOUNT, required=True),
        Column("currency", "Mata uang", "Currency", ColumnKind.CURRENCY, default="USD", width=10),
        Column("valid_from", "Berlaku mulai", "Valid from", ColumnKind.DATE, required=True),
        Column(
            "source",
            "Sumber",
            "Source",
            required=True,
            max_length=300,
            width=30,
            help_id="Peraturan atau dasar tarif, mis. PMK 32/2025.",
            help_en="The regulation or basis of the rate, e.g. PMK 32/2025.",
        ),
    ),
    "ID global, lalu komponen, negara, golongan dan tanggal berlaku.",
    "Global id, else cost item, country, grade and valid-from date.",
    help_id="Tarif biaya perjalanan dinas luar negeri selain uang harian (tiket, visa, representasi, ...).",
    help_en="Rates of official travel abroad other than the per diem (fares, visa, representation, ...).",
    examples=(
        {
            "kind": e.CostKind.AIR_FARE,
            "country": "JP",
            "grade": e.Grade.B,
            "travel_class": e.TravelClass.BUSINESS,
            "amount": "4500",
            "currency": "USD",
            "valid_from": "2026-01-01",
            "source": "PMK 32/2025",
        },
    ),
)

#: Every sheet, in the order they are written and imported (a sheet only refers to sheets before it,
#: except agreements to agreements, which the import orders itself).
SHEETS: tuple[SheetSpec, ...] = (
    PARTNERS,
    PARTNER_CONDITIONS,
    CONTACTS,
    OFFICIALS,
    AGREEMENTS,
    ASSESSMENTS,
    DELEGATIONS,
    MEMBERS,
    ITINERARY,
    PERMITS,
    BUDGET_LINES,
    TRANSACTIONS,
    ACTIVITIES,
    PER_DIEM_RATES,
    TRAVEL_COST_RATES,
)

INSTRUCTIONS_SHEET = ("Petunjuk", "Instructions")
LISTS_SHEET = ("Daftar Pilihan", "Choice lists")


@dataclass(frozen=True)
class RejectedSheet:
    """Rows a clerk must correct: the sheet's name and headers as they were in the file, each row's cells."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...], str], ...] = ()  # (row number, cells, reason)


#: The column the errors workbook adds; ignored when the corrected file is imported again.
ERRORS_COLUMN = ("Alasan penolakan", "Reason rejected")


def sheet(key: str) -> SheetSpec:
    for spec in SHEETS:
        if spec.key == key:
            return spec
    raise KeyError(key)


def find_sheet(name: str) -> SheetSpec | None:
    """The sheet a workbook sheet name stands for (Indonesian or English name, any case or accents)."""
    for spec in SHEETS:
        if spec.accepts_name(name):
            return spec
    return None


def is_aside_sheet(name: str) -> bool:
    """The instructions and choice-list sheets, which the import passes over."""
    key = fold(name)
    return key in {fold(n) for n in (*INSTRUCTIONS_SHEET, *LISTS_SHEET)}


def is_errors_column(header: str) -> bool:
    key = fold(header)
    return key in {fold(n) for n in ERRORS_COLUMN}


def iter_columns() -> Iterator[tuple[SheetSpec, Column]]:
    for spec in SHEETS:
        for column in spec.columns:
            yield spec, column
