"""Words a clerk reads: field labels in messages, dates, web addresses, phones, language codes, file names."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date, entity_label, form_label
from secretariat.domain.file_names import readable_file_name
from secretariat.domain.numbering import check_pattern, format_number, readable_pattern, stored_pattern, uses_unit
from secretariat.domain.records import ContactData, DelegationData, OfficialData, PartnerData
from secretariat.domain.validation import (
    Checker,
    language_codes_problem,
    phone_problem,
    required_fields,
    url_problem,
)


def test_a_date_order_message_names_the_other_field_by_its_label_and_writes_dates_as_the_clerk() -> None:
    checker = Checker()
    checker.date_order("start_on", date(2027, 1, 2), "end_on", date(2027, 1, 1))
    [problem] = checker.problems
    assert problem.field == "end_on"
    assert problem.message_id == "1 Januari 2027 lebih awal dari “Tanggal mulai” (2 Januari 2027)"
    assert problem.message_en == "1 January 2027 is before “Start date” (2 January 2027)"
    delegation = DelegationData(
        direction="outgoing", purpose="Rapat", country_code="JP", start_on=date(2027, 1, 2), end_on=date(2027, 1, 1)
    )
    whole = Checker()
    delegation.check(whole)
    with pytest.raises(ValidationError) as caught:
        whole.raise_if_any()
    assert caught.value.message("id") == (
        "Tanggal selesai: 1 Januari 2027 lebih awal dari “Tanggal mulai” (2 Januari 2027)"
    ), "the summary names the field by its label too"


def test_labels_of_fields_and_records() -> None:
    assert form_label("effective_on", "id") == "Berlaku mulai"
    assert form_label("kind", "id", entity="partner") == "Jenis mitra"
    assert form_label("condition 3", "en") == "Condition 3"
    assert form_label("some_new_field", "en") == "Some new field", "never the bare column name"
    assert entity_label("delegation_member", "id") == "Anggota delegasi"
    assert clerk_date(date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert str(ValidationError([Problem("website", "x", "y")])) == "Website: x"


@pytest.mark.parametrize("value", ["not a url", "osaka", "http://", "www osaka jp", "ftp//x"])
def test_what_is_not_a_web_address(value: str) -> None:
    assert url_problem(value) is not None


@pytest.mark.parametrize(
    "value", ["https://www.osaka.jp", "www.osaka.jp", "pref.osaka.lg.jp/kokusai/", "http://x.example:8080/a?b=1", ""]
)
def test_web_addresses(value: str) -> None:
    assert url_problem(value) is None


def test_phones_and_language_codes() -> None:
    assert phone_problem("+62 31 3524001") is None and phone_problem("(031) 352-4001 ext. 12") is None
    assert phone_problem("call the office") is not None and phone_problem("12") is not None
    assert language_codes_problem("id, en, ja") is None and language_codes_problem("zh-TW; ko") is None
    problem = language_codes_problem("Indonesian")
    assert problem is not None
    assert problem[0] == (
        "'Indonesian' is not a language code; write codes separated by commas, such as id, en, ja "
        "(for 'Indonesian' write id)"
    )
    assert "untuk 'Jepang' tulis ja" in (language_codes_problem("en, Jepang") or ("", ""))[1]


def test_records_refuse_bad_addresses_phones_and_languages() -> None:
    partner = PartnerData(
        code="JP-OSK",
        name="Osaka",
        kind="regional_government",
        country_code="JP",
        website="not a url",
        phone="no phone",
        languages="Indonesian",
    )
    checker = Checker()
    partner.check(checker)
    assert {p.field for p in checker.problems} == {"website", "phone", "languages"}
    contact, official = Checker(), Checker()
    ContactData(partner_id=1, name="A", languages="Japanese").check(contact)
    OfficialData(name="B", position="C", grade="B", phone="x").check(official)
    assert [p.field for p in contact.problems] == ["languages"] and [p.field for p in official.problems] == ["phone"]


def test_required_fields_come_from_the_rules() -> None:
    assert required_fields(PartnerData) == {"code", "name", "kind", "country", "status"}
    assert required_fields(OfficialData) == {"name", "position", "grade"}


def test_numbering_patterns_in_the_clerks_words() -> None:
    assert readable_pattern("{seq:03d}/BKS/{roman_month}/{year}", "id") == "{nomor:3}/BKS/{bulan-romawi}/{tahun}"
    assert readable_pattern("DLG-{year}-{seq:03d}", "en") == "DLG-{year}-{number:3}"
    assert stored_pattern("{nomor:3}/{kode-unit}/{tahun}") == "{seq:03d}/{unit}/{year}"
    assert stored_pattern("{number:4}-{month:2}") == "{seq:04d}-{month:02d}"
    assert stored_pattern("{seq:03d}/KS/{year}") == "{seq:03d}/KS/{year}", "stored patterns keep working"
    for stored in ("{seq:03d}/KS/{year}", "DLG-{year}-{seq:03d}", "{seq}/{unit}/{roman_month}/{month:02d}"):
        for language in ("id", "en"):
            assert stored_pattern(readable_pattern(stored, language)) == stored
    assert format_number("{nomor:3}/{kode-unit}/{tahun}", 7, date(2026, 3, 2), "000.5.2") == "007/000.5.2/2026"
    assert uses_unit("{kode-unit}/{nomor}") and not uses_unit("{nomor}/KS")
    with pytest.raises(ValidationError) as caught:
        check_pattern("agreement_pattern", "{nomer}/KS")
    assert (
        "{nomer} tidak dikenal; gunakan {nomor}, {tahun}, {bulan}, {bulan-romawi}, {kode-unit}"
        in caught.value.message("id")
    )
    with pytest.raises(ValidationError) as missing:
        check_pattern("agreement_pattern", "KS/{tahun}")
    assert "{nomor}" in missing.value.message("id") and "{number}" in missing.value.message("en")


def test_file_names_from_number_and_title() -> None:
    assert readable_file_name("007/KS/2026", "Kerja Sama Pariwisata: Osaka", "rancangan v2", "pdf") == (
        "007-KS-2026 Kerja Sama Pariwisata Osaka – rancangan v2.pdf"
    )
    assert readable_file_name(None, None, "", ".pdf") == "dokumen.pdf"
