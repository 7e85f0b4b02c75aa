"""How each field a clerk edits is called, in Indonesian and English, and which enumeration it holds.

Used to name the fields of an edit conflict. The labels of the exchange workbook's columns
(:mod:`secretariat.domain.excel_format`) are reused where a column is the same field, so a field is
called the same in the workbook and in a conflict; fields the workbook does not carry are listed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
