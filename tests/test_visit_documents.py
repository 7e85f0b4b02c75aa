"""Visit documents: the plain data read from a delegation, and the PDFs read back (members, passports, dates).

PDFs are checked with pdfplumber (text), pypdf (embedded fonts), qpdf --check (structure) and for
determinism (the same data gives the same bytes).
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from secretariat.documents.visit_documents import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    render_delegation_list,
    render_permit_letter,
    render_programme,
)
from secretariat.domain.errors import UserError
from secretariat.domain.records import (
    BudgetLineData,
    ContactData,
    DelegationData,
    ItineraryData,
    MemberData,
    OfficeProfileData,
    OfficialData,
    PartnerData,
)
from secretariat.domain.visit_documents import (
    DEFAULT_ATTACHMENTS,
    DEFAULT_COPIES,
    LetterheadKind,
    in_sentence,
    period_id,
    place_from_address,
)
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import (
    add_itinerary_item,
    add_member,
    create_delegation,
    set_delegation_protocol,
)
from secretariat.services.delegations.visit_documents import (
    delegation_list,
    document_names,
    export_delegation_list,
    export_permit_letter,
    export_programme,
    permit_letter,
    programme,
)
from secretariat.services.numbering import peek_next_number
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import add_contact, create_partner
from secretariat.services.reference.officials import create_official
from secretariat.storage.models import NumberSequence

START, END = date(2026, 3, 2), date(2026, 3, 15)
LETTER_DAY = date(2026, 2, 23)


def png(width: int = 40, height: int = 48) -> bytes:
    """A small valid PNG (a blue block) for the region's logo."""
    raw = b"".join(b"\x00" + b"\x20\x5a\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


PROFILE = OfficeProfileData(
    region_name_id="Provinsi Jawa Barat",
    region_name_en="West Java Provincial Government",
    region_level="province",
    head_name="Dedi Mulyadi",
    head_title_id="Gubernur Jawa Barat",
    head_title_en="Governor of West Java",
    address_lines="Jl. Diponegoro No. 22\nBandung 40115",
    contact_lines="Telp. (022) 4232448\nbiro.kerjasama@jabarprov.example",
    logo_png=png(),
)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def make_visit(ctx: ServiceContext, *, direction: str = "outgoing", members: int = 4) -> int:
    update_office_profile(ctx, PROFILE)
    visit = create_delegation(
        ctx,
        DelegationData(
            direction=direction,
            purpose="Penandatanganan MoU kerja sama pendidikan",
            country_code="JP",
            start_on=START,
            end_on=END,
            cities="Kitakyushu, Fukuoka",
            code="DLG/2026/007",
        ),
    )
    for index in range(members):
        official = create_official(
            ctx,
            OfficialData(
                name=f"Pejabat Ke-{index + 1}",
                position=f"Kepala Bidang {index + 1}",
                grade="B",
                nip=f"19700101199503{index:04d}",
                passport_type="service",
                passport_number=f"S{index + 1:07d}",
                passport_expiry=date(2030, 12, 31),
            ),
        )
        add_member(
            ctx, MemberData(delegation_id=visit, name="", official_id=official, role="head" if index == 0 else "member")
        )
    partner = create_partner(
        ctx, PartnerData(code="KKY", name="Kitakyushu City", kind="regional_government", country_code="JP")
    )
    contact = add_contact(
        ctx,
        ContactData(
            partner_id=partner,
            name="Tanaka Hiroshi",
            position="Director",
            passport_type="ordinary",
            passport_number="TK1234567",
            passport_expiry=date(2029, 4, 30),
        ),
    )
    add_member(ctx, MemberData(delegation_id=visit, name="", contact_id=contact, role="liaison_officer"))
    add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=visit,
            day=date(2026, 3, 3),
            activity="Courtesy call",
            start_time=time(13, 0),
            end_time=time(14, 30),
            place="Balai Kota",
            counterpart="Mayor of Kitakyushu",
        ),
    )
    add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=visit,
            day=date(2026, 3, 3),
            activity="Penandatanganan MoU",
            start_time=time(9, 0),
            end_time=time(10, 0),
            place="City Hall",
        ),
    )
    add_itinerary_item(ctx, ItineraryData(delegation_id=visit, day=date(2026, 3, 3), activity="Jamuan malam"))
    return visit


def text_of(pdf: bytes) -> str:
    """The text of every page, blanks and line breaks collapsed to single spaces (a phrase may wrap)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)


def assert_sound_pdf(pdf: bytes, tmp_path: Path) -> None:
    """qpdf finds nothing wrong, and every font is embedded."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is needed to check the PDF (apt-get install qpdf)")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font.get("/FontDescriptor")
            )
            fonts[font["/BaseFont"]] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    assert all("Noto" in name or "Secretariat" in name for name in fonts), fonts


# --- wording rules ---------------------------------------------------------------------------------------------


def test_place_is_the_town_of_the_postal_code_line() -> None:
    assert place_from_address(("Jl. Pahlawan No. 110", "Surabaya 60174", "Jawa Timur, Indonesia")) == "Surabaya"
    assert place_from_address(("Jl. Diponegoro No. 22", "Bandung, 40115")) == "Bandung"
    assert place_from_address(("Jalan Merdeka 12345",)) is None
    assert place_from_address(()) is None


def test_wording_inside_a_sentence() -> None:
    assert in_sentence("Pertemuan tahunan kota kembar") == "pertemuan tahunan kota kembar"
    assert in_sentence("MoU signing") == "MoU signing" and in_sentence("KBRI Tokyo") == "KBRI Tokyo"
    assert period_id(date(2026, 2, 27), date(2026, 3, 3)) == "27 Februari sampai dengan 3 Maret 2026"
    assert period_id(date(2026, 12, 30), date(2027, 1, 2)) == "30 Desember 2026 sampai dengan 2 Januari 2027"


# --- the data --------------------------------------------------------------------------------------------------


def test_delegation_list_data(ctx: ServiceContext) -> None:
    visit = make_visit(ctx)
    data = delegation_list(ctx, visit, issued_on=LETTER_DAY)
    assert data.bilingual and data.letterhead.government_id == "Pemerintah Provinsi Jawa Barat"
    assert [m.name for m in data.members] == [
        "Pejabat Ke-1",
        "Pejabat Ke-2",
        "Pejabat Ke-3",
        "Pejabat Ke-4",
        "Tanaka Hiroshi",
    ]
    head, tanaka = data.members[0], data.members[-1]
    assert (head.nip, head.role_id, head.role_en, head.passport_type_id) == (
        "197001011995030000",
        "Ketua delegasi",
        "Head of delegation",
        "Paspor dinas",
    )
    assert (tanaka.organisation, tanaka.nip, tanaka.passport_number) == ("Kitakyushu City", None, "TK1234567")
    assert data.visit.destination("id") == "Kitakyushu, Fukuoka (Jepang)" and data.visit.days == 14
    incoming = create_delegation(
        ctx, DelegationData(direction="incoming", purpose="Visit", country_code="JP", start_on=START, end_on=END)
    )
    assert delegation_list(ctx, incoming).bilingual is True  # like the outgoing list


def test_programme_has_every_day_in_time_order(ctx: ServiceContext) -> None:
    visit = make_visit(ctx)
    data = programme(ctx, visit)
    assert data.days[0].day == START and len(data.days) == 14 and data.days[-1].day == END
    third = data.days[1]
    assert [i.activity for i in third.items] == ["Penandatanganan MoU", "Courtesy call", "Jamuan malam"]
    assert third.items[1].times() == "13.00 - 14.30" and third.items[2].times() == ""
    assert data.head_of_delegation == "Pejabat Ke-1"
    assert data.protocol.rows() == ()  # protocol notes are for incoming visits


def test_draft_letter_shows_the_next_number_without_taking_it(ctx: ServiceContext) -> None:
    visit = make_visit(ctx)
    first = permit_letter(ctx, visit, dated=LETTER_DAY)
    again = permit_letter(ctx, visit, dated=LETTER_DAY)
    assert first.number == again.number == "001/BKS/II/2026" and first.provisional
    assert first.place == "Bandung"
    assert (first.signatory.title, first.signatory.name, first.signatory.on_behalf_of) == (
        "Gubernur Jawa Barat",
        "Dedi Mulyadi",
        None,
    )
    assert first.funding.fiscal_year == 2026 and first.funding.account_code is None
    assert first.attachments == DEFAULT_ATTACHMENTS and first.copies == DEFAULT_COPIES
    with ctx.database.sessions() as session:
        assert session.scalar(select(NumberSequence.last_value).where(NumberSequence.series == "letter")) is None


def test_final_letter_takes_its_number_only_when_written(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = make_visit(ctx)
    create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026,
            account_code="5.1.02.04.02.0001",
            description="Belanja Perjalanan Dinas Biasa - Luar Negeri",
            planned_idr=Decimal(500_000_000),
            delegation_id=visit,
        ),
    )
    secretary = create_official(
        ctx, OfficialData(name="Herman Suryatman", position="Sekretaris Daerah", grade="A", nip="197203011992031003")
    )
    target = tmp_path / "letter.pdf"

    def broken(letter: object) -> bytes:
        raise RuntimeError("printer driver")

    with pytest.raises(RuntimeError):
        export_permit_letter(ctx, visit, target, render=broken, final=True, dated=LETTER_DAY)
    assert not target.exists() and peek_next_number(ctx, "letter", LETTER_DAY) == "001/BKS/II/2026"
    result = export_permit_letter(
        ctx, visit, target, render=render_permit_letter, final=True, dated=LETTER_DAY, signatory_official_id=secretary
    )
    letter = result.letter
    assert (letter.number, letter.provisional) == ("001/BKS/II/2026", False)
    assert (letter.funding.account_code, letter.funding.account_name) == (
        "5.1.02.04.02.0001",
        "Belanja Perjalanan Dinas Biasa - Luar Negeri",
    )
    assert letter.copies == ("Gubernur Jawa Barat (sebagai laporan)", *DEFAULT_COPIES)
    assert peek_next_number(ctx, "letter", LETTER_DAY) == "002/BKS/II/2026"
    text = text_of(target.read_bytes())
    assert "Nomor : 001/BKS/II/2026" in text and "sementara" not in text and "KONSEP" not in text
    assert "a.n. GUBERNUR JAWA BARAT" in text and "SEKRETARIS DAERAH," in text
    assert "Herman Suryatman" in text and "NIP. 197203011992031003" in text
    assert "kode rekening 5.1.02.04.02.0001" in text and "Tahun Anggaran 2026" in text
    assert "Tembusan:" in text and "Menteri Luar Negeri Republik Indonesia" in text
    # A final letter printed again is the same letter: its number and date are kept, none is taken.
    second = export_permit_letter(
        ctx, visit, tmp_path / "again.pdf", render=render_permit_letter, final=True, dated=date(2026, 2, 27)
    )
    assert (second.letter.number, second.letter.dated) == ("001/BKS/II/2026", LETTER_DAY)
    assert peek_next_number(ctx, "letter", LETTER_DAY) == "002/BKS/II/2026"
    draft_again = permit_letter(ctx, visit)
    assert (draft_again.number, draft_again.number_issued, draft_again.dated) == ("001/BKS/II/2026", True, LETTER_DAY)
    assert "(sementara)" not in text_of(render_permit_letter(draft_again))


def test_letter_is_for_outgoing_visits_with_members(ctx: ServiceContext) -> None:
    update_office_profile(ctx, PROFILE)
    incoming = create_delegation(
        ctx, DelegationData(direction="incoming", purpose="Visit", country_code="JP", start_on=START, end_on=END)
    )
    with pytest.raises(UserError, match="incoming"):
        permit_letter(ctx, incoming)
    empty = create_delegation(
        ctx, DelegationData(direction="outgoing", purpose="Visit", country_code="JP", start_on=START, end_on=END)
    )
    with pytest.raises(UserError, match="no members of the region"):
        permit_letter(ctx, empty)


def test_documents_need_the_region_named(ctx: ServiceContext) -> None:
    visit = create_delegation(
        ctx, DelegationData(direction="outgoing", purpose="Visit", country_code="JP", start_on=START, end_on=END)
    )
    with pytest.raises(UserError, match="region's name"):
        delegation_list(ctx, visit)


def test_file_names_from_the_code_and_purpose_in_the_clerks_language() -> None:
    names = document_names("DLG/2026/007", "Misi dagang: Osaka / Kobe")
    assert (names.delegation_list, names.letter_draft, names.travel_budget) == (
        "DLG-2026-007 Misi dagang Osaka Kobe – daftar delegasi.pdf",
        "DLG-2026-007 Misi dagang Osaka Kobe – surat permohonan izin (konsep).pdf",
        "DLG-2026-007 Misi dagang Osaka Kobe – RAB.xlsx",
    )
    english = document_names(
        "DLG/2026/007", "Trade mission to Osaka and the Kansai region, with the investment forum", "en"
    )
    assert (
        english.programme
        == "DLG-2026-007 Trade mission to Osaka and the Kansai region, with the… – visit programme.pdf"
    )


# --- the PDFs read back ----------------------------------------------------------------------------------------


def test_delegation_list_pdf(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = make_visit(ctx)
    path = export_delegation_list(
        ctx, visit, tmp_path / "list.pdf", render=render_delegation_list, issued_on=LETTER_DAY
    )
    pdf = path.read_bytes()
    text = text_of(pdf)
    for expected in (
        "DAFTAR NAMA ANGGOTA DELEGASI",
        "LIST OF DELEGATION MEMBERS",
        "PEMERINTAH PROVINSI JAWA BARAT",
        "DLG/2026/007",
        "Pejabat Ke-1",
        "Pejabat Ke-4",
        "Tanaka Hiroshi",
        "S0000001",
        "S0000004",
        "TK1234567",
        "31 Desember 2030",
        "31 December 2030",
        "30 April 2029",
        "2 sampai dengan 15 Maret 2026 (14 hari)",
        "2 to 15 March 2026 (14 days)",
        "NIP. 197001011995030000",
        "Ketua delegasi",
        "Head of",
        "Liaison officer",
        "Kitakyushu City",
        "Halaman 1 dari 1 / Page 1 of 1",
    ):
        assert expected in text, expected
    assert_sound_pdf(pdf, tmp_path)
    assert render_delegation_list(delegation_list(ctx, visit, issued_on=LETTER_DAY)) == pdf  # deterministic


def test_programme_pdf(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = make_visit(ctx)
    set_delegation_protocol(ctx, visit, hotel="Hotel Nikko")  # ignored: outgoing
    pdf = export_programme(ctx, visit, tmp_path / "programme.pdf", render=render_programme).read_bytes()
    text = text_of(pdf)
    for expected in (
        "PROGRAM KUNJUNGAN",
        "VISIT PROGRAMME",
        "Kitakyushu, Fukuoka (Jepang)",
        "Hari ke-1 · Senin, 2 Maret 2026",
        "Day 1 · Monday, 2 March 2026",
        "Hari ke-2 · Selasa, 3 Maret 2026",
        "Hari ke-14 · Minggu, 15 Maret 2026",
        "09.00 - 10.00",
        "13.00 - 14.30",
        "Penandatanganan MoU",
        "Mayor of Kitakyushu",
        "Tidak ada kegiatan terjadwal",
        "Pejabat Ke-1",
        "Tanaka Hiroshi",
    ):
        assert expected in text, expected
    assert "Hotel Nikko" not in text
    assert (
        text.index("09.00 - 10.00 Penandatanganan MoU")
        < text.index("13.00 - 14.30 Courtesy call")
        < text.index("Jamuan malam")
    )
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert "Halaman" not in (pages[0].extract_text() or "")  # the cover has no footer
    assert "Halaman 2 dari" in (pages[1].extract_text() or "")
    assert_sound_pdf(pdf, tmp_path)


def test_incoming_programme_prints_protocol_notes(ctx: ServiceContext) -> None:
    visit = make_visit(ctx, direction="incoming")
    set_delegation_protocol(
        ctx, visit, hotel="Hotel Savoy Homann", liaison_officer="Rina Marlina", dietary_needs="Halal"
    )
    text = text_of(render_programme(programme(ctx, visit)))
    for expected in (
        "KETERANGAN PROTOKOL",
        "Hotel Savoy Homann",
        "Rina Marlina",
        "Halal",
        "Kunjungan delegasi Jepang ke Pemerintah Provinsi Jawa Barat",
    ):
        assert expected in text, expected


def test_draft_letter_pdf(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = make_visit(ctx, members=3)
    result = export_permit_letter(ctx, visit, tmp_path / "letter.pdf", render=render_permit_letter, dated=LETTER_DAY)
    pdf = result.path.read_bytes()
    text = text_of(pdf)
    assert result.letter.letterhead.kind == LetterheadKind.HEAD  # the head signs: the head's own letterhead
    assert [w.field for w in result.warnings] == ["head_emblem"]  # no national emblem configured: said so
    assert text.split("difinalkan ", 1)[1].startswith("GUBERNUR JAWA BARAT Bandung, 23 Februari 2026")
    assert "Jl. Diponegoro" not in text and "PEMERINTAH PROVINSI JAWA BARAT" not in text
    for expected in (
        "Bandung, 23 Februari 2026",
        "001/BKS/II/2026 (sementara)",
        "Hal : Permohonan Izin Perjalanan",
        "Dinas Luar Negeri",
        "Yth. Menteri Dalam Negeri",
        "c.q. Sekretaris Jenderal",
        "Jakarta",
        "penandatanganan MoU kerja sama pendidikan",
        "ke Kitakyushu, Fukuoka",
        "(Jepang) pada tanggal 2 sampai dengan 15 Maret 2026",
        "14 (empat belas) hari",
        "3 (tiga) orang",
        "Pejabat Ke-1",
        "Pejabat Ke-3",
        "Kerangka acuan kegiatan (KAK)",
        "Rencana anggaran biaya (RAB)",
        "GUBERNUR JAWA BARAT,",
        "Dedi Mulyadi",
        "KONSEP",
        "Tembusan:",
        "Menteri Sekretaris Negara Republik Indonesia",
    ):
        assert expected in text, expected
    assert "Tanaka Hiroshi" not in text  # the partner's liaison officer needs no permit from us
    assert "Dalam rangka penandatanganan MoU" in text  # the purpose written inside the sentence
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "Halaman" not in text  # a one-page letter carries no page numbers
    assert_sound_pdf(pdf, tmp_path)


def test_long_letter_keeps_the_closing_with_the_signature(ctx: ServiceContext) -> None:
    visit = make_visit(ctx, members=10)
    letter = permit_letter(ctx, visit, dated=LETTER_DAY)
    letter = replace(letter, letterhead=replace(letter.letterhead, paper="a4"))
    pdf = render_permit_letter(letter)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2 and "Halaman 2 dari 2" in pages[1]
    last = pages[-1]
    assert "Demikian permohonan ini" in last and "Dedi Mulyadi" in last
    assert "Pejabat Ke-10" in "".join(pages)


# --- letterheads, wording by the facts, incoming lists ---------------------------------------------------------------


def test_a_letter_takes_the_letterhead_of_its_signatory(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = make_visit(ctx, members=3)
    emblem = png(44, 48)
    update_office_profile(
        ctx, replace(PROFILE, head_emblem_png=emblem, letterhead_unit="Sekretariat Daerah", head_letterhead_title=None)
    )
    head = export_permit_letter(ctx, visit, tmp_path / "head.pdf", render=render_permit_letter, dated=LETTER_DAY)
    assert head.warnings == ()
    with pdfplumber.open(head.path) as document:
        first = document.pages[0]
        images = first.images
        middle = (MARGIN_LEFT + first.width - MARGIN_RIGHT) / 2  # the middle of the text frame
        assert len(images) == 1 and abs((images[0]["x0"] + images[0]["x1"]) / 2 - middle) < 1  # centred
        top_line = (first.extract_text() or "").splitlines()[1]  # under the draft's note
    assert top_line == "GUBERNUR JAWA BARAT"
    secretary = create_official(
        ctx, OfficialData(name="Herman Suryatman", position="Sekretaris Daerah", grade="A", nip="197203011992031003")
    )
    bureau = export_permit_letter(
        ctx,
        visit,
        tmp_path / "bureau.pdf",
        render=render_permit_letter,
        dated=LETTER_DAY,
        signatory_official_id=secretary,
    )
    assert bureau.letter.letterhead.kind == LetterheadKind.BUREAU and bureau.warnings == ()
    text = text_of(bureau.path.read_bytes()).split("difinalkan ", 1)[1]  # after the draft's note at the top
    assert text.startswith("PEMERINTAH PROVINSI JAWA BARAT SEKRETARIAT DAERAH Jl. Diponegoro No. 22, Bandung 40115")
    assert "a.n. GUBERNUR JAWA BARAT" in text and "Gubernur Jawa Barat (sebagai laporan)" in text
    update_office_profile(ctx, replace(PROFILE, logo_png=None))
    unbadged = export_permit_letter(
        ctx, visit, tmp_path / "plain.pdf", render=render_permit_letter, signatory_official_id=secretary
    )
    assert [w.field for w in unbadged.warnings] == ["logo"]


def _agreement_at(ctx: ServiceContext, stage: str, signed: bool) -> int:
    from secretariat.domain.records import AgreementData
    from secretariat.services.agreements.records import create_agreement
    from secretariat.services.context import writing
    from secretariat.storage.models import Agreement, Stage

    partner = create_partner(
        ctx, PartnerData(code=f"P-{stage}", name="Fukuoka City", kind="regional_government", country_code="JP")
    )
    agreement_id = create_agreement(
        ctx,
        AgreementData(
            title_id="Nota Kesepahaman tentang Kerja Sama Pendidikan",
            title_en="Memorandum of Understanding on Education",
            subject_id="Kerja Sama Pendidikan",
            subject_en="Education Cooperation",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
            number="004/KS/2026" if signed else None,
            signed_on=date(2026, 1, 10) if signed else None,
        ),
        on=date(2026, 1, 5),
    )
    with writing(ctx) as session:
        row = session.get(Agreement, agreement_id)
        row.stage_id = session.scalar(select(Stage.id).where(Stage.code == stage))
    return agreement_id


@pytest.mark.parametrize(
    ("stage", "signed", "sentence"),
    [
        ("exploration", False, "dalam rangka penjajakan kerja sama melalui Nota Kesepahaman antara"),
        ("draft_initialled", False, "dalam rangka pembahasan dan paraf rancangan Nota Kesepahaman antara"),
        ("full_powers", False, "dalam rangka penandatanganan Nota Kesepahaman antara"),
        ("implementation", True, "merupakan pelaksanaan kerja sama berdasarkan Nota Kesepahaman antara"),
    ],
)
def test_the_letter_words_the_agreement_by_where_it_stands(
    ctx: ServiceContext, stage: str, signed: bool, sentence: str
) -> None:
    from secretariat.services.delegations.records import get_delegation, update_delegation

    visit = make_visit(ctx, members=3)
    agreement_id = _agreement_at(ctx, stage, signed)
    data = get_delegation(ctx, visit).to_data()
    update_delegation(ctx, visit, replace(data, agreement_id=agreement_id))
    text = text_of(render_permit_letter(permit_letter(ctx, visit, dated=LETTER_DAY)))
    assert sentence in text
    # named by its instrument, its parties in Indonesian and its subject, not by the register's title
    named = r"Nota Kesepahaman antara Pemerintah Provinsi Jawa Barat dan Fukuoka City tentang (\w )?Kerja (\w )?Sama"
    assert re.search(named, text)  # (a letter of the KONSEP mark may fall between the words)
    if not signed:
        assert "pelaksanaan" not in text
    else:
        assert "nomor 004/KS/2026" in text


def test_an_incoming_list_counts_the_guests_and_lists_our_people_apart(ctx: ServiceContext, tmp_path: Path) -> None:
    from secretariat.services.delegations.checks import delegation_warnings

    visit = make_visit(ctx, direction="incoming", members=0)
    guest = create_partner(
        ctx, PartnerData(code="FUK", name="Fukuoka City", kind="regional_government", country_code="JP")
    )
    for index, name in enumerate(("Sato Ken", "Ito Yui")):
        contact = add_contact(ctx, ContactData(partner_id=guest, name=name, passport_number=f"TR{index}234567",
                                               passport_expiry=date(2026, 5, 1)))  # fmt: skip
        add_member(
            ctx, MemberData(delegation_id=visit, name="", contact_id=contact, role="head" if not index else "member")
        )
    ours = create_official(
        ctx,
        OfficialData(
            name="Rina Marlina",
            position="Analis Kerja Sama",
            grade="C",
            nip="198805052010012003",
            passport_number="S7654321",
            passport_expiry=date(2026, 4, 1),  # too short, were she a guest
        ),
    )
    add_member(ctx, MemberData(delegation_id=visit, name="", official_id=ours, role="liaison_officer"))
    data = delegation_list(ctx, visit, issued_on=LETTER_DAY)
    assert data.bilingual
    assert [m.name for m in data.guests] == ["Tanaka Hiroshi", "Sato Ken", "Ito Yui"]
    assert [m.name for m in data.hosts] == ["Rina Marlina"]
    text = text_of(render_delegation_list(data))
    assert "Jumlah anggota delegasi: 3 orang / Members of the delegation: 3" in text
    assert "Pendamping dari Pemerintah Provinsi Jawa Barat" in text
    assert "Accompanying officers of West Java Provincial Government" in text
    assert "LIST OF DELEGATION MEMBERS" in text and "Valid until" in text
    assert "S7654321" not in text  # our liaison officer's passport is none of the guest list's business
    warned = {w.message_en.split(":")[0] for w in delegation_warnings(ctx, visit, LETTER_DAY)
              if w.code.value.startswith("passport")}  # fmt: skip
    assert "Rina Marlina" not in warned and {"Sato Ken", "Ito Yui"} <= warned


def test_the_programme_prints_activities_in_both_languages(ctx: ServiceContext) -> None:
    visit = make_visit(ctx)
    add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=visit,
            day=date(2026, 3, 4),
            activity="Kunjungan ke pelabuhan",
            activity_en="Visit to the port",
            start_time=time(10, 0),
            end_time=time(11, 0),
        ),
    )
    text = text_of(render_programme(programme(ctx, visit)))
    assert re.search(r"Kunjungan ke pelabuhan .{0,40}Visit to the port", text), text[text.find("pelabuhan") - 80 :][
        :200
    ]
