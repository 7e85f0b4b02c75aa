"""What a clerk calls each field and each kind of record, in Indonesian and English.

Two ways of asking, for two kinds of callers:

- :func:`field_label` (table, field) -> :class:`FieldLabel` names the fields of an edit conflict
  (:mod:`secretariat.services.conflicts`), with the enumeration a field holds. The labels of the
  exchange workbook's columns (:mod:`secretariat.domain.excel_format`) are reused where a column is
  the same field, so a field is called the same in the workbook and in a conflict; fields the
  workbook does not carry are listed here.
- :func:`form_label` (field, language, entity=...) -> str names a field in messages and in the
  change history by the label the clerk sees on the form ("Berlaku mulai", not ``effective_on``);
  :func:`entity_label` names a kind of record the same way. These labels are those of the editors'
  forms (ui/*.ui and their Indonesian translation), without the colon.

    field_label("partner", "website").text("id")     # the workbook column's header
    form_label("effective_on", "id")                 # "Berlaku mulai"
    form_label("name", "en", entity="contact")       # "Name"
    entity_label("delegation_member", "id")          # "Anggota delegasi"

A field without a label of its own is named by its words ("head_title" -> "head title"), never by the
bare column name with underscores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from secretariat.domain import enums as e
from secretariat.domain.excel_format import SHEETS


@dataclass(frozen=True)
class FieldLabel:
    id: str
    en: str
    enum: type[StrEnum] | None = None

    def text(self, language: str = "en") -> str:
        return self.id if language == "id" else self.en


# Table name -> the workbook sheet with the same fields.
_SHEET_OF_TABLE = {
    "partner": "partners",
    "contact": "contacts",
    "official": "officials",
    "agreement": "agreements",
    "delegation": "delegations",
    "delegation_member": "members",
    "itinerary_item": "itinerary",
    "permit_step": "permits",
    "budget_line": "budget_lines",
    "budget_transaction": "transactions",
    "activity": "activities",
    "per_diem_rate": "per_diem_rates",
}

# Field name of a service's input record -> the key of the workbook column holding it.
_COLUMN_OF_FIELD = {
    "country_code": "country",
    "partner_ids": "partners",
    "sector_codes": "sectors",
    "parent_id": "parent",
    "previous_id": "previous",
    "agreement_id": "agreement",
    "delegation_id": "delegation",
    "budget_line_id": "budget_line",
    "donor_partner_id": "donor",
    "official_id": "official",
    "contact_id": "contact",
    "per_diem_country_code": "per_diem_country",
    "partner_id": "partner",
    "member_position": "position",
}

_L = FieldLabel

_EXTRA: dict[str, dict[str, FieldLabel]] = {
    "partner": {
        "name_id": _L("Nama dalam naskah berbahasa Indonesia", "Name in Indonesian texts"),
        "head_title_id": _L("Jabatan pimpinan (Indonesia)", "Head's title (Indonesian)"),
    },
    "partner_condition": {
        "answer": _L("Jawaban", "Answer", e.Answer),
        "evidence": _L("Bukti", "Evidence"),
    },
    "budget_line": {"planned": _L("Pagu", "Planned amount")},
    "per_diem_rate": {"amount": _L("Jumlah per hari", "Amount per day")},
    "gift": {
        "direction": _L("Arah", "Direction"),
        "on": _L("Tanggal", "Date"),
        "description": _L("Uraian", "Description"),
        "giver": _L("Pemberi", "Giver"),
        "recipient": _L("Penerima", "Recipient"),
        "value": _L("Nilai", "Value"),
        "value_minor": _L("Nilai", "Value"),
        "currency": _L("Mata uang", "Currency"),
        "notes": _L("Catatan", "Notes"),
    },
    "stage": {
        "code": _L("Kode", "Code"),
        "name_id": _L("Nama (Indonesia)", "Name (Indonesian)"),
        "name_en": _L("Nama (Inggris)", "Name (English)"),
        "kinds": _L("Jenis kerja sama", "Kinds"),
        "instruments": _L("Bentuk naskah", "Instruments"),
        "required_documents": _L("Dokumen wajib", "Required documents"),
        "required_fields": _L("Isian wajib", "Required fields"),
        "is_final": _L("Tahap akhir", "Final stage"),
        "is_live": _L("Perjanjian berlaku", "Agreement in force"),
    },
    "sector": {
        "code": _L("Kode", "Code"),
        "name_id": _L("Nama (Indonesia)", "Name (Indonesian)"),
        "name_en": _L("Nama (Inggris)", "Name (English)"),
    },
    "account": {
        "code": _L("Kode rekening", "Account code"),
        "name": _L("Nama rekening", "Account name"),
        "active": _L("Aktif", "Active"),
    },
    "exchange_rate": {
        "currency": _L("Mata uang", "Currency"),
        "on": _L("Tanggal", "Date"),
        "rate": _L("Kurs (Rp)", "Rate (IDR)"),
        "source": _L("Sumber", "Source"),
    },
    "country": {
        "diplomatic_relations": _L("Hubungan diplomatik", "Diplomatic relations"),
        "asean_member": _L("Anggota ASEAN", "ASEAN member"),
        "mission_country_code": _L("Negara perwakilan RI", "Country of the Indonesian mission"),
    },
    "office_profile": {
        "region_name_id": _L("Nama daerah (Indonesia)", "Region's name (Indonesian)"),
        "region_name_en": _L("Nama daerah (Inggris)", "Region's name (English)"),
        "region_level": _L("Tingkat daerah", "Level of the region", e.RegionLevel),
        "head_name": _L("Nama kepala daerah", "Head of region's name"),
        "head_title_id": _L("Jabatan kepala daerah (Indonesia)", "Head of region's title (Indonesian)"),
        "head_title_en": _L("Jabatan kepala daerah (Inggris)", "Head of region's title (English)"),
        "bureau_head_name": _L("Nama kepala biro", "Head of bureau's name"),
        "bureau_head_title": _L("Jabatan kepala biro", "Head of bureau's title"),
        "address_lines": _L("Alamat kop surat", "Letterhead address"),
        "contact_lines": _L("Kontak kop surat", "Letterhead contacts"),
        "logo_png": _L("Logo", "Logo"),
        "paper": _L("Ukuran kertas", "Paper size", e.PaperSize),
        "agreement_pattern": _L("Pola nomor perjanjian", "Agreement number pattern"),
        "delegation_pattern": _L("Pola kode delegasi", "Delegation code pattern"),
        "letter_pattern": _L("Pola nomor surat", "Letter number pattern"),
        "delegation_min_size": _L("Jumlah anggota delegasi terkecil", "Smallest delegation"),
        "delegation_max_size": _L("Jumlah anggota delegasi terbesar", "Largest delegation"),
        "search_max_characters": _L("Panjang pencarian (karakter)", "Longest search (characters)"),
        "search_max_words": _L("Panjang pencarian (kata)", "Longest search (words)"),
        "unit_code": _L("Kode unit", "Unit code"),
    },
    "activity": {"indicators": _L("Indikator", "Indicators")},
}


def _from_workbook(table: str, field: str) -> FieldLabel | None:
    sheet_key = _SHEET_OF_TABLE.get(table)
    if sheet_key is None:
        return None
    sheet = next((s for s in SHEETS if s.key == sheet_key), None)
    if sheet is None:
        return None
    key = _COLUMN_OF_FIELD.get(field, field)
    column = next((c for c in sheet.columns if c.key == key), None)
    if column is None:
        return None
    return FieldLabel(column.header_id, column.header_en, column.enum)


def field_label(table: str, field: str) -> FieldLabel:
    """The label of ``field`` of a record of ``table`` (a readable form of the name when none is known)."""
    found = _EXTRA.get(table, {}).get(field) or _from_workbook(table, field)
    if found is not None:
        return found
    plain = field.replace("_", " ").strip().capitalize()
    return FieldLabel(plain, plain)


Language = Literal["id", "en"]

# Field -> (Indonesian, English): the label a form shows for it, wherever the name means the same.
_FIELDS: dict[str, tuple[str, str]] = {
    # partners
    "code": ("Kode", "Code"),
    "name": ("Nama", "Name"),
    "name_original": ("Nama dalam bahasa asli", "Name in its own language"),
    "name_id": ("Nama dalam bahasa Indonesia", "Name in Indonesian"),
    "name_en": ("Nama (Inggris)", "Name (English)"),
    "kind": ("Jenis", "Kind"),
    "admin_level": ("Tingkat administrasi", "Administrative level"),
    "country": ("Negara", "Country"),
    "country_code": ("Negara", "Country"),
    "city": ("Kota", "City"),
    "cities": ("Kota", "Cities"),
    "address": ("Alamat", "Address"),
    "website": ("Situs web", "Website"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telepon", "Telephone"),
    "languages": ("Bahasa", "Languages"),
    "status": ("Status", "Status"),
    "head_name": ("Pimpinan mitra", "Head of the partner"),
    "head_title": ("Jabatan pimpinan", "Head's title"),
    "head_title_id": ("Jabatan pimpinan dalam bahasa Indonesia", "Head's title in Indonesian"),
    "notes": ("Catatan", "Notes"),
    "note": ("Catatan", "Note"),
    "number": ("Nomor", "Number"),
    "answer": ("Jawaban", "Answer"),
    "evidence": ("Bukti", "Evidence"),
    # people and passports
    "position": ("Jabatan", "Position"),
    "member_position": ("Jabatan", "Position"),
    "nip": ("NIP", "NIP"),
    "unit": ("Unit kerja", "Unit"),
    "grade": ("Golongan uang harian", "Per-diem grade"),
    "role": ("Peran", "Role"),
    "active": ("Aktif", "Active"),
    "passport_type": ("Jenis paspor", "Passport type"),
    "passport_number": ("Nomor paspor", "Passport number"),
    "passport_expiry": ("Paspor berlaku sampai", "Passport valid until"),
    "official_id": ("Pejabat daerah", "Our official"),
    "contact_id": ("Narahubung mitra", "Partner's contact"),
    # agreements
    "title": ("Judul", "Title"),
    "title_id": ("Judul (Indonesia)", "Title (Indonesian)"),
    "title_en": ("Judul (Inggris)", "Title (English)"),
    "instrument": ("Bentuk naskah", "Instrument"),
    "partner_number": ("Nomor mitra", "Partner's number"),
    "partners": ("Mitra", "Partners"),
    "sectors": ("Bidang kerja sama", "Fields of cooperation"),
    "signed_on": ("Ditandatangani pada", "Signed on"),
    "signed_place": ("Ditandatangani di", "Signed at"),
    "effective_on": ("Berlaku mulai", "In force from"),
    "term_months": ("Jangka waktu", "Term"),
    "expires_on": ("Berakhir pada", "Expires on"),
    "notice_months": ("Masa pemberitahuan", "Notice period"),
    "parent_id": ("Bagian dari", "Part of"),
    "previous_id": ("Memperpanjang", "Renews"),
    "stage": ("Tahap", "Stage"),
    "stage_id": ("Tahap", "Stage"),
    "from_stage_id": ("Dari tahap", "From stage"),
    "to_stage_id": ("Ke tahap", "To stage"),
    "draft_version": ("Versi rancangan", "Draft version"),
    "preamble_id": ("Pembukaan (Indonesia)", "Preamble (Indonesian)"),
    "preamble_en": ("Pembukaan (Inggris)", "Preamble (English)"),
    "criterion": ("Kriteria", "Criterion"),
    "score": ("Nilai", "Score"),
    "reason": ("Alasan", "Reason"),
    "on": ("Tanggal", "Date"),
    "occurred_on": ("Tanggal", "Date"),
    "description": ("Uraian", "Description"),
    "heading_id": ("Judul pasal (Indonesia)", "Heading (Indonesian)"),
    "heading_en": ("Judul pasal (Inggris)", "Heading (English)"),
    "text_id": ("Teks (Indonesia)", "Text (Indonesian)"),
    "text_en": ("Teks (Inggris)", "Text (English)"),
    "file_name": ("Nama berkas", "File name"),
    "value": ("Nilai", "Value"),
    # delegations
    "direction": ("Arah", "Direction"),
    "purpose": ("Tujuan", "Purpose"),
    "agreement": ("Perjanjian", "Agreement"),
    "agreement_id": ("Perjanjian", "Agreement"),
    "start_on": ("Tanggal mulai", "Start date"),
    "end_on": ("Tanggal selesai", "End date"),
    "departure_on": ("Tanggal berangkat", "Departure"),
    "return_on": ("Tanggal kembali", "Return"),
    "per_diem_country": ("Negara tarif uang harian", "Per-diem country"),
    "per_diem_country_code": ("Negara tarif uang harian", "Per-diem country"),
    "per_diem_grade": ("Golongan uang harian delegasi", "Delegation's per-diem grade"),
    "precedence": ("Urutan protokoler", "Order of precedence"),
    "forms_of_address": ("Sapaan", "Forms of address"),
    "dietary_needs": ("Kebutuhan makanan", "Dietary needs"),
    "interpreter": ("Penerjemah", "Interpreter"),
    "liaison_officer": ("Liaison officer", "Liaison officer"),
    "hotel": ("Hotel", "Hotel"),
    "day": ("Hari", "Day"),
    "start_time": ("Waktu mulai", "Start time"),
    "end_time": ("Waktu selesai", "End time"),
    "place": ("Tempat", "Place"),
    "activity": ("Kegiatan", "Activity"),
    "counterpart": ("Mitra pertemuan", "Counterpart"),
    "requested_on": ("Diajukan pada", "Requested on"),
    "granted_on": ("Terbit pada", "Granted on"),
    "reference": ("Nomor surat", "Reference"),
    "due_days_before": ("Ajukan paling lambat", "File at least"),
    "giver": ("Pemberi", "Giver"),
    "recipient": ("Penerima", "Recipient"),
    "value_minor": ("Nilai", "Value"),
    "delegation": ("Delegasi", "Delegation"),
    "delegation_id": ("Delegasi", "Delegation"),
    "delegation_code": ("Kode delegasi", "Delegation code"),
    # budget
    "fiscal_year": ("Tahun anggaran", "Fiscal year"),
    "account_code": ("Kode rekening", "Account code"),
    "planned": ("Pagu", "Planned"),
    "planned_idr": ("Pagu", "Planned"),
    "budget_line_id": ("Baris anggaran", "Budget line"),
    "amount": ("Jumlah", "Amount"),
    "amount_minor": ("Jumlah", "Amount"),
    "currency": ("Mata uang", "Currency"),
    "rate_to_idr": ("Kurs (Rp per satuan)", "Rate (Rp per unit)"),
    "idr_amount": ("Dalam rupiah", "In rupiah"),
    "donor": ("Mitra pemberi", "Donor partner"),
    "donor_partner_id": ("Mitra pemberi", "Donor partner"),
    "form": ("Bentuk", "Form"),
    "corrects_id": ("Mengoreksi transaksi", "Corrects transaction"),
    "valid_from": ("Berlaku mulai", "Valid from"),
    "source": ("Sumber", "Source"),
    # parts of records named by the rules
    "documents": ("Dokumen", "Documents"),
    "file": ("Berkas", "File"),
    "articles": ("Pasal", "Articles"),
    "condition": ("Syarat", "Condition"),
    "indicator": ("Indikator", "Indicator"),
    "member": ("Anggota", "Member"),
    "members": ("Anggota", "Members"),
    "contact": ("Narahubung", "Contact"),
    "partner": ("Mitra", "Partner"),
    "official": ("Pejabat", "Official"),
    "account": ("Rekening", "Account"),
    "rate": ("Kurs", "Rate"),
    "currencies": ("Mata uang", "Currencies"),
    "days": ("Hari", "Days"),
    "parent": ("Bagian dari", "Part of"),
    "previous": ("Memperpanjang", "Renews"),
    "owner": ("Pemilik", "Owner"),
    "version": ("Versi", "Version"),
    "stages": ("Tahap", "Stages"),
    "is_final": ("Tahap akhir", "Final stage"),
    "required_fields": ("Isian wajib", "Required fields"),
    "mission_country": ("Negara perwakilan RI", "Country of the Indonesian mission"),
    # office profile
    "office": ("Profil kantor", "Office profile"),
    "logo": ("Logo", "Logo"),
    "unit_code": ("Kode unit", "Unit code"),
    "agreement_pattern": ("Nomor perjanjian", "Agreement numbers"),
    "delegation_pattern": ("Nomor delegasi", "Delegation numbers"),
    "letter_pattern": ("Nomor surat", "Letter numbers"),
    "delegation_min_size": ("Delegasi ke luar negeri paling sedikit", "Smallest delegation abroad"),
    "delegation_max_size": ("Delegasi ke luar negeri paling banyak", "Largest delegation abroad"),
    "expiry_days": ("Pengingat sebelum perjanjian berakhir", "Expiry reminders"),
    "region_name": ("Nama daerah", "Region name"),
    "region_name_id": ("Nama daerah (Indonesia)", "Region name (Indonesian)"),
    "region_name_en": ("Nama daerah (Inggris)", "Region name (English)"),
    "region_level": ("Tingkat daerah", "Level of the region"),
    "paper": ("Kertas", "Paper"),
    "search_max_characters": ("Panjang pencarian (karakter)", "Longest search (characters)"),
    "search_max_words": ("Panjang pencarian (kata)", "Longest search (words)"),
}

# Where a form labels the same column name differently.
_ENTITY_FIELDS: dict[tuple[str, str], tuple[str, str]] = {
    ("partner", "kind"): ("Jenis mitra", "Kind of partner"),
    ("delegation", "code"): ("Kode delegasi", "Delegation code"),
    ("delegation", "start_on"): ("Tanggal mulai kunjungan", "First day of the visit"),
    ("delegation", "end_on"): ("Tanggal selesai kunjungan", "Last day of the visit"),
    ("per_diem_rate", "grade"): ("Golongan", "Grade"),
    ("per_diem_rate", "amount_minor"): ("Uang harian", "Daily allowance"),
    ("per_diem_rate", "amount"): ("Uang harian", "Daily allowance"),
    ("permit_step", "name"): ("Langkah", "Step"),
    ("budget_line", "activity"): ("Kegiatan", "Activity"),
    ("budget_transaction", "occurred_on"): ("Tanggal", "Date"),
    ("partner_condition", "number"): ("Syarat nomor", "Condition number"),
    ("agreement_article", "position"): ("Urutan", "Order"),
    ("delegation_member", "position"): ("Urutan", "Order"),
    ("permit_step", "position"): ("Urutan", "Order"),
    ("agreement_partner", "position"): ("Urutan", "Order"),
    ("agreement_partner", "partner_id"): ("Mitra", "Partner"),
}

# Table -> (Indonesian, English): how a record of that kind is called.
_ENTITIES: dict[str, tuple[str, str]] = {
    "partner": ("Mitra", "Partner"),
    "contact": ("Kontak", "Contact"),
    "partner_condition": ("Syarat KSDPL", "KSDPL condition"),
    "agreement": ("Perjanjian", "Agreement"),
    "agreement_partner": ("Pihak perjanjian", "Party to the agreement"),
    "stage_change": ("Perubahan tahap", "Stage change"),
    "assessment": ("Penilaian", "Assessment"),
    "activity": ("Kegiatan", "Activity"),
    "indicator": ("Indikator", "Indicator"),
    "agreement_article": ("Pasal", "Article"),
    "draft_version": ("Versi rancangan", "Draft version"),
    "attachment": ("Lampiran", "Attachment"),
    "delegation": ("Delegasi", "Delegation"),
    "delegation_member": ("Anggota delegasi", "Delegation member"),
    "itinerary_item": ("Acara", "Itinerary entry"),
    "permit_step": ("Langkah izin", "Permit step"),
    "gift": ("Cendera mata", "Gift"),
    "budget_line": ("Baris anggaran", "Budget line"),
    "budget_transaction": ("Transaksi", "Transaction"),
    "official": ("Pejabat", "Official"),
    "per_diem_rate": ("Tarif uang harian", "Per-diem rate"),
    "account": ("Rekening", "Account"),
    "exchange_rate": ("Kurs", "Exchange rate"),
    "office_profile": ("Profil kantor", "Office profile"),
    "stage": ("Tahap", "Stage"),
    "sector": ("Bidang", "Field of cooperation"),
    "country": ("Negara", "Country"),
}

__all__ = [
    "FieldLabel",
    "Language",
    "clerk_date",
    "entity_label",
    "field_label",
    "form_label",
    "has_form_label",
    "in_sentence",
]


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language == "id" else pair[1]


def has_form_label(field: str, entity: str | None = None) -> bool:
    return (entity, field) in _ENTITY_FIELDS or field in _FIELDS


def form_label(field: str, language: str = "id", *, entity: str | None = None) -> str:
    """The label of ``field`` (a column or a problem's field name) in Indonesian or English.

    A problem's field may carry a number ("condition 3", "member 2"): the label of its first word
    comes with the number.
    """
    if entity is not None and (entity, field) in _ENTITY_FIELDS:
        return _pick(_ENTITY_FIELDS[(entity, field)], language)
    if field in _FIELDS:
        return _pick(_FIELDS[field], language)
    head, _, tail = field.partition(" ")
    if tail and head in _FIELDS:
        return f"{_pick(_FIELDS[head], language)} {tail}"
    words = field.removesuffix("_id").removesuffix("_code").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else field


def entity_label(entity: str, language: str = "id") -> str:
    """How a record of the table ``entity`` is called ("Kontak" / "Contact")."""
    if entity in _ENTITIES:
        return _pick(_ENTITIES[entity], language)
    words = entity.replace("_", " ")
    return words[:1].upper() + words[1:]


def in_sentence(label: str) -> str:
    """A label quoted inside a sentence: “Berlaku mulai”."""
    return f"“{label}”"


def clerk_date(value: date, language: str = "id") -> str:
    """A date as the clerk writes it: "2 Januari 2027" / "2 January 2027" (never 2027-01-02)."""
    from babel.dates import format_date  # Babel's data is loaded only when a message needs a date

    return format_date(value, "d MMMM y", locale="id" if language == "id" else "en")
