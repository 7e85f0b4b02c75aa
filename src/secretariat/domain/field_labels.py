"""What a clerk calls each field and each kind of record, in Indonesian and English.

Messages name a field by the label the clerk sees on the form ("Berlaku mulai", not
``effective_on``), and the change history names the fields and records it lists the same way. The
labels are those of the editors' forms (ui/*.ui and their Indonesian translation), without the colon.

    field_label("effective_on", "id")                 # "Berlaku mulai"
    field_label("name", "en", entity="contact")       # "Name"
    entity_label("delegation_member", "id")           # "Anggota delegasi"

A field without a label of its own is named by its words ("head_title" -> "head title"), never by the
bare column name with underscores.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

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

__all__ = ["Language", "clerk_date", "entity_label", "field_label", "has_field_label", "in_sentence"]


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language == "id" else pair[1]


def has_field_label(field: str, entity: str | None = None) -> bool:
    return (entity, field) in _ENTITY_FIELDS or field in _FIELDS


def field_label(field: str, language: str = "id", *, entity: str | None = None) -> str:
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
