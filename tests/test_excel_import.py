"""The Excel import on SQLite and PostgreSQL: plan, updates instead of duplicates, every kind of bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import load_workbook
from sqlalchemy import func, select

from excel_testing import PARTNER_HEADERS, audit_count, count, sheet_values, write_workbook
from secretariat.documents.excel_export_writer import write_errors_workbook
from secretariat.documents.excel_template import write_template
from secretariat.domain.records import PartnerData
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.excel.importer import ImportMode, RowAction, WorkbookError, import_workbook
from secretariat.services.partners import records as partner_service
from secretariat.storage.models import (
    Agreement,
    AuditEntry,
    BudgetLine,
    Contact,
    Delegation,
    Partner,
    PerDiemRate,
    Transaction,
)


@pytest.fixture
def ctx(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(database, login="tester")


def partner_rows(*rows: list[object]) -> dict[str, list[list[object]]]:
    return {"Mitra": [PARTNER_HEADERS, *rows]}


OSAKA = ["JP-OSAKA", "Osaka Prefectural Government", "Pemerintah daerah asing", "Jepang", "Osaka"]
TUM = ["DE-TUM", "Technische Universität München", "Perguruan tinggi / sekolah", "Germany", "München"]


def latest_update(ctx: ServiceContext) -> object:
    with reading(ctx) as session:
        return session.scalar(select(func.max(Partner.updated_at)))


# --- the happy paths -----------------------------------------------------------------------------------------


def test_template_imports_cleanly_and_again_changes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    examples = write_template(template)
    report = import_workbook(ctx, template)
    assert report.written and not report.has_rejections, [p.describe() for p in report.problems]
    assert report.added == sum(examples.values())
    assert {s.key: s.added for s in report.sheets} == examples
    assert count(ctx, Partner) == 2 and count(ctx, Agreement) == 1 and count(ctx, Transaction) == 1
    with reading(ctx) as session:
        transaction = session.scalar(select(Transaction))
        assert (transaction.amount_minor, transaction.currency, transaction.rate_to_idr) == (125050, "USD", 16250)
        assert transaction.idr_amount == 20_320_625  # 1,250.50 USD x 16,250 rupiah
    entries, updated = audit_count(ctx), latest_update(ctx)

    again = import_workbook(ctx, template)
    assert again.unchanged == report.added and again.added == again.updated == again.rejected == 0
    assert audit_count(ctx) == entries  # nothing written, so nothing audited
    assert latest_update(ctx) == updated


def test_an_existing_code_is_updated_not_duplicated(ctx: ServiceContext, tmp_path: Path) -> None:
    first = import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", partner_rows(OSAKA)))
    assert first.added == 1
    renamed = [*OSAKA[:1], "Osaka Prefecture", *OSAKA[2:]]
    report = import_workbook(ctx, write_workbook(tmp_path / "b.xlsx", partner_rows(renamed, TUM)))
    assert (report.added, report.updated) == (1, 1)
    assert [r.changed for r in report.rows if r.action is RowAction.UPDATED] == [("name",)]
    assert count(ctx, Partner) == 2
    with reading(ctx) as session:
        assert session.scalar(select(Partner.name).where(Partner.code == "JP-OSAKA")) == "Osaka Prefecture"
        updates = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "partner", AuditEntry.action == "update")
        ).all()
        assert len(updates) == 1 and "Osaka Prefecture" in updates[0].changes


def test_the_global_id_finds_the_record_even_when_its_code_changes(ctx: ServiceContext, tmp_path: Path) -> None:
    import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", partner_rows(OSAKA)))
    with reading(ctx) as session:
        partner_id, gid = session.execute(select(Partner.id, Partner.gid)).one()
    sheet = {
        "Partners": [
            ["Global ID", "Partner code", "Name", "Kind of partner", "Country"],
            [gid, "JP-OSAKA-PREF", "Osaka Prefectural Government", "regional_government", "JP"],
        ]
    }
    report = import_workbook(ctx, write_workbook(tmp_path / "b.xlsx", sheet))
    assert report.updated == 1 and count(ctx, Partner) == 1
    assert [r.changed for r in report.rows] == [("code",)]
    moved = {
        "Mitra": [
            PARTNER_HEADERS,
            ["JP-OSAKA-PREF", "Osaka Prefectural Government", "Pemerintah daerah asing", "Korea Selatan", "Osaka"],
        ]
    }
    changed = import_workbook(ctx, write_workbook(tmp_path / "c.xlsx", moved))
    assert [r.changed for r in changed.rows] == [("country",)]  # the column, not the stored attribute
    with reading(ctx) as session:
        assert session.get(Partner, partner_id).code == "JP-OSAKA-PREF"


def test_any_subset_of_sheets_refers_to_records_already_stored(ctx: ServiceContext, tmp_path: Path) -> None:
    import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", partner_rows(OSAKA)))
    contacts = {
        "Contacts": [
            ["Partner code", "Name", "Passport valid until", "Passport number"],
            ["JP-OSAKA", "Tanaka Hiroshi", "31 Dec 2030", "tk1234567"],
        ]
    }
    report = import_workbook(ctx, write_workbook(tmp_path / "b.xlsx", contacts))
    assert report.added == 1 and not report.has_rejections
    with reading(ctx) as session:
        contact = session.scalar(select(Contact))
        assert (contact.passport_expiry, contact.passport_number) == (date(2030, 12, 31), "TK1234567")
    # The same contact again (no global id): found by partner and name, so not duplicated.
    again = import_workbook(ctx, write_workbook(tmp_path / "c.xlsx", contacts))
    assert again.unchanged == 1 and count(ctx, Contact) == 1


def test_a_column_left_out_keeps_the_stored_value(ctx: ServiceContext, tmp_path: Path) -> None:
    sheet = {"Mitra": [[*PARTNER_HEADERS, "Situs web"], [*OSAKA, "https://www.pref.osaka.lg.jp"]]}
    import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", sheet))
    import_workbook(ctx, write_workbook(tmp_path / "b.xlsx", partner_rows([*OSAKA[:4], "Sakai"])))
    with reading(ctx) as session:
        partner = session.scalar(select(Partner))
        assert (partner.city, partner.website) == ("Sakai", "https://www.pref.osaka.lg.jp")


def test_references_between_sheets_by_code_number_and_key(ctx: ServiceContext, tmp_path: Path) -> None:
    sheets = {
        "Mitra": [PARTNER_HEADERS, OSAKA],
        # The arrangement comes before its MoU: the import orders the tree itself.
        "Perjanjian": [
            [
                "Nomor naskah daerah",
                "Judul (Indonesia)",
                "Judul (Inggris)",
                "Jenis kerja sama",
                "Bentuk naskah",
                "Tahap",
                "Mitra (kode)",
                "Bidang kerja sama",
                "Perjanjian induk",
                "Tanggal tanda tangan",
                "Tempat tanda tangan",
            ],
            [
                "002/KS/2026",
                "PKS Pendidikan",
                "Education arrangement",
                "KSDPL",
                "PKS",
                "Prakarsa",
                "JP-OSAKA",
                "Pendidikan",
                "001/KS/2025",
                None,
                None,
            ],
            [
                "001/KS/2025",
                "MoU Provinsi Bersaudara",
                "Sister province MoU",
                "ksdpl",
                "mou",
                "Penandatanganan",
                "JP-OSAKA",
                "education; Pariwisata",
                None,
                "15/03/2025",
                "Surabaya",
            ],
        ],
        "Delegasi": [
            ["Kode delegasi", "Arah", "Tujuan kunjungan", "Negara", "Tanggal mulai", "Tanggal selesai", "Perjanjian"],
            ["DLG-2026-001", "Ke luar negeri", "Rapat JWG", "Jepang", "12 Oktober 2026", "16 Okt 2026", "001/KS/2025"],
        ],
        "Anggaran": [
            ["Tahun anggaran", "Kode rekening", "Uraian", "Pagu (Rp)", "Kode delegasi"],
            [2026, "5.1.02.04.02.0001", "Perjalanan dinas ke Osaka", "250.000.000", "DLG-2026-001"],
        ],
        "Transaksi": [
            ["Baris anggaran", "Tanggal", "Jenis", "Jumlah", "Mata uang", "Kurs ke Rupiah"],
            [
                "2026 | 5.1.02.04.02.0001 | Perjalanan dinas ke Osaka",
                "20/10/2026",
                "Realisasi",
                "1,250.50",
                "usd",
                "16.250",
            ],
        ],
        "Kegiatan": [
            ["Perjanjian", "Tanggal", "Jenis", "Judul", "Kode delegasi", "Indikator"],
            [
                "001/KS/2025",
                "13/10/2026",
                "Pertemuan",
                "JWG 2026",
                "DLG-2026-001",
                "Peserta = 24 orang; Nilai = 1.500,5 USD",
            ],
        ],
    }
    report = import_workbook(ctx, write_workbook(tmp_path / "tree.xlsx", sheets))
    assert not report.has_rejections, [p.describe() for p in report.problems]
    with reading(ctx) as session:
        mou = session.scalar(select(Agreement).where(Agreement.number == "001/KS/2025"))
        child = session.scalar(select(Agreement).where(Agreement.number == "002/KS/2026"))
        assert child.parent_id == mou.id and mou.stage.code == "signed"
        assert [s.code for s in mou.sectors] == ["education", "tourism"]
        assert [p.code for p in mou.partners] == ["JP-OSAKA"]
        line = session.scalar(select(BudgetLine))
        assert line.planned_idr == 250_000_000 and line.delegation_id is not None
        transaction = session.scalar(select(Transaction))
        assert (transaction.amount_minor, transaction.idr_amount) == (125050, 20_320_625)
        activity = mou.activities[0]
        assert [(i.name, i.value, i.unit) for i in activity.indicators] == [
            ("Peserta", Decimal("24"), "orang"),
            ("Nilai", Decimal("1500.5"), "USD"),
        ]


def test_dry_run_plans_without_writing(ctx: ServiceContext, tmp_path: Path) -> None:
    before = audit_count(ctx)
    report = import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", partner_rows(OSAKA, TUM)), dry_run=True)
    assert report.added == 2 and not report.written and report.dry_run
    assert count(ctx, Partner) == 0 and audit_count(ctx) == before
    assert "uji coba" in report.summary("id") and "dry run" in report.summary("en")


def test_each_new_row_is_audited_with_its_values(ctx: ServiceContext, tmp_path: Path) -> None:
    import_workbook(ctx, write_workbook(tmp_path / "a.xlsx", partner_rows(OSAKA, TUM)))
    with reading(ctx) as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "partner")).all()
        partners = {p.gid: p for p in session.scalars(select(Partner))}
    assert len(entries) == 2 and {e.action for e in entries} == {"create"}
    for entry in entries:
        partner = partners[entry.entity_gid]
        assert entry.user_login == "tester" and entry.entity_id == str(partner.id)
        assert f'"code": [null, "{partner.code}"]' in entry.changes and '"country_code": [null,' in entry.changes


# --- bad input -------------------------------------------------------------------------------------------------


def test_a_file_that_is_not_xlsx(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("Kode;Nama\nJP-OSAKA;Osaka\n", encoding="utf-8")
    with pytest.raises(WorkbookError) as caught:
        import_workbook(ctx, path)
    assert "not an Excel workbook" in caught.value.message("en")
    assert "bukan buku kerja Excel" in caught.value.message("id")


def test_an_old_xls_workbook(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "register.xls"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 1024 + "Workbook".encode("utf-16-le"))
    with pytest.raises(WorkbookError) as caught:
        import_workbook(ctx, path)
    assert ".xls" in caught.value.message("en") and "Excel 97-2003" in caught.value.message("id")


def test_a_password_protected_workbook(ctx: ServiceContext, tmp_path: Path) -> None:
    plain = write_workbook(tmp_path / "plain.xlsx", partner_rows(OSAKA))
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("rahasia", target)
    assert locked.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an encrypted OOXML is a CFB file
    with pytest.raises(WorkbookError) as caught:
        import_workbook(ctx, locked)
    assert "protected with a password" in caught.value.message("en")
    assert "dilindungi kata sandi" in caught.value.message("id")
    assert count(ctx, Partner) == 0


def test_a_damaged_zip_is_refused_plainly(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(ctx, path)
    assert "cannot be read as an Excel workbook" in caught.value.message("en")


BAD_CASES = {
    "missing required column": (
        {"Mitra": [["Kode mitra", "Nama", "Jenis mitra"], ["JP-OSAKA", "Osaka", "Pemerintah daerah asing"]]},
        ("Mitra", 1, "Negara", "required column 'Country'", "kolom wajib 'Negara' tidak ada"),
    ),
    "empty required cell": (
        partner_rows(OSAKA, ["DE-TUM", None, "Perguruan tinggi", "DE", None]),
        ("Mitra", 3, "B (Nama)", "is required", "wajib diisi"),
    ),
    "unknown country": (
        partner_rows(["XX-1", "Kota Atlantis", "Pemerintah daerah asing", "Atlantis", None]),
        ("Mitra", 2, "D (Negara)", "'Atlantis' is not a known country", "bukan negara yang dikenal"),
    ),
    "reference to a code that does not exist": (
        {"Kontak": [["Kode mitra", "Nama"], ["JP-NOWHERE", "Tanaka"]]},
        ("Kontak", 2, "A (Kode mitra)", "there is no partner 'JP-NOWHERE'", "tidak ada mitra 'JP-NOWHERE'"),
    ),
    "end date before start date": (
        {
            "Delegasi": [
                ["Kode delegasi", "Arah", "Tujuan kunjungan", "Negara", "Tanggal mulai", "Tanggal selesai"],
                ["DLG-1", "Ke luar negeri", "Rapat", "JP", "16/10/2026", "12/10/2026"],
            ]
        },
        (
            "Delegasi",
            2,
            "F (Tanggal selesai)",
            "12 October 2026 is before “Start date” (16 October 2026)",
            "12 Oktober 2026 lebih awal dari “Tanggal mulai” (16 Oktober 2026)",
        ),
    ),
    "malformed passport expiry": (
        {
            **partner_rows(OSAKA),
            "Kontak": [
                ["Kode mitra", "Nama", "Nomor paspor", "Paspor berlaku sampai"],
                ["JP-OSAKA", "Tanaka", "TK1234567", "30 Februari 2030"],
            ],
        },
        ("Kontak", 2, "D (Paspor berlaku sampai)", "there is no such day", "tanggal itu tidak ada"),
    ),
    "letters in an amount": (
        {
            "Uang Harian": [
                ["Negara", "Golongan", "Jumlah per hari", "Berlaku mulai", "Sumber"],
                ["JP", "B", "6OO", "1/1/2026", "PMK 32/2025"],
            ]
        },
        ("Uang Harian", 2, "C (Jumlah per hari)", "'6OO' is not a number", "'6OO' bukan angka"),
    ),
    "formula error in a text cell": (
        partner_rows(["JP-OSAKA", "#REF!", "Pemerintah daerah asing", "JP", None]),
        ("Mitra", 2, "B (Nama)", "formula error #REF!", "galat rumus #REF!"),
    ),
    "formula error in an amount": (
        {
            "Uang Harian": [
                ["Negara", "Golongan", "Jumlah per hari", "Berlaku mulai", "Sumber"],
                ["JP", "B", "#DIV/0!", "1/1/2026", "PMK 32/2025"],
            ]
        },
        ("Uang Harian", 2, "C (Jumlah per hari)", "formula error #DIV/0!", "galat rumus #DIV/0!"),
    ),
    "formula error in a date": (
        {
            "Uang Harian": [
                ["Negara", "Golongan", "Jumlah per hari", "Berlaku mulai", "Sumber"],
                ["JP", "B", 620, "#N/A", "PMK 32/2025"],
            ]
        },
        ("Uang Harian", 2, "D (Berlaku mulai)", "formula error #N/A", "galat rumus #N/A"),
    ),
    "unknown choice": (
        partner_rows(["JP-OSAKA", "Osaka", "Kerajaan", "JP", None]),
        ("Mitra", 2, "C (Jenis mitra)", "'Kerajaan' is not one of", "bukan salah satu dari"),
    ),
    "agreement at a stage whose required fields are empty": (
        {
            **partner_rows(OSAKA),
            "Perjanjian": [
                ["Judul (Indonesia)", "Judul (Inggris)", "Jenis kerja sama", "Bentuk naskah", "Tahap", "Mitra (kode)"],
                ["MoU", "MoU", "KSDPL", "MoU", "Penandatanganan", "JP-OSAKA"],
            ],
        },
        (
            "Perjanjian",
            2,
            "Tanggal tanda tangan",
            'is required at the stage "Signing"',
            'wajib diisi pada tahap "Penandatanganan"',
        ),
    ),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_input_is_reported_with_sheet_row_column_and_nothing_is_written(
    ctx: ServiceContext, tmp_path: Path, case: str
) -> None:
    sheets, (sheet, row, column, message_en, message_id) = BAD_CASES[case]
    before = audit_count(ctx)
    report = import_workbook(ctx, write_workbook(tmp_path / "bad.xlsx", sheets))
    assert report.has_rejections and not report.written
    found = [p for p in report.problems if p.sheet == sheet and p.row == row and column in (p.column or "")]
    assert found, [p.describe() for p in report.problems]
    assert any(message_en in p.message("en") for p in found), [p.describe("en") for p in found]
    assert any(message_id in p.message("id") for p in found), [p.describe("id") for p in found]
    description = found[0].describe("id")
    assert description.startswith(f"Lembar {sheet}, baris {row}")
    assert found[0].describe("en").startswith(f"Sheet {sheet}, row {row}")
    assert count(ctx, Partner) == count(ctx, Contact) == count(ctx, Delegation) == count(ctx, PerDiemRate) == 0
    assert audit_count(ctx) == before


def test_an_unknown_sheet_stops_the_import_unless_valid_rows_only(ctx: ServiceContext, tmp_path: Path) -> None:
    sheets = {**partner_rows(OSAKA), "Catatan Rapat": [["Tanggal", "Isi"], ["1/1/2026", "rapat"]], "Sheet1": []}
    path = write_workbook(tmp_path / "extra.xlsx", sheets)
    report = import_workbook(ctx, path)
    assert [(p.sheet, p.row) for p in report.problems] == [("Catatan Rapat", None)]  # the empty sheet is no problem
    assert "is not one the program knows" in report.problems[0].message("en")
    assert "tidak dikenal" in report.problems[0].message("id")
    assert not report.written and count(ctx, Partner) == 0
    valid_only = import_workbook(ctx, path, mode=ImportMode.VALID_ONLY)
    assert valid_only.written and valid_only.added == 1 and count(ctx, Partner) == 1
    assert valid_only.has_rejections  # the unknown sheet is still reported (exit code 1 in the CLI)


def test_valid_rows_only_writes_the_rest_and_an_errors_workbook_to_fix(ctx: ServiceContext, tmp_path: Path) -> None:
    bad = ["FR-LYON", "Métropole de Lyon", "Pemerintah daerah asing", "Frankreich", "Lyon"]
    path = write_workbook(tmp_path / "mixed.xlsx", partner_rows(OSAKA, bad, TUM))
    report = import_workbook(ctx, path, mode=ImportMode.VALID_ONLY, language="id")
    assert report.written and (report.added, report.rejected) == (2, 1)
    assert count(ctx, Partner) == 2
    (rejected,) = report.rejected_sheets
    assert rejected.name == "Mitra" and rejected.headers == tuple(PARTNER_HEADERS)
    (row_number, cells, reason) = rejected.rows[0]
    assert row_number == 3 and cells[0] == "FR-LYON" and "D (Negara)" in reason and "Frankreich" in reason

    errors = tmp_path / "errors.xlsx"
    assert write_errors_workbook(errors, report.rejected_sheets, language="id") == 1
    values = sheet_values(errors)["Mitra"]
    assert values[0] == (*PARTNER_HEADERS, "Alasan penolakan")
    assert values[1][:5] == tuple(bad) and "bukan negara yang dikenal" in values[1][5]

    workbook = load_workbook(errors)
    workbook["Mitra"]["D2"] = "Prancis"
    workbook.save(errors)
    fixed = import_workbook(ctx, errors)
    assert fixed.added == 1 and not fixed.has_rejections and count(ctx, Partner) == 3


def test_a_row_refers_to_a_rejected_row_by_its_row_number(ctx: ServiceContext, tmp_path: Path) -> None:
    sheets = {
        **partner_rows(["JP-X", "X", "Kerajaan", "JP", None]),
        "Kontak": [["Kode mitra", "Nama"], ["JP-X", "Tanaka"]],
    }
    report = import_workbook(ctx, write_workbook(tmp_path / "chain.xlsx", sheets), mode=ImportMode.VALID_ONLY)
    contact_problem = next(p for p in report.problems if p.sheet == "Kontak")
    assert "is on row 2 of sheet Mitra, which was rejected" in contact_problem.message("en")
    assert "ditolak" in contact_problem.message("id")


def test_two_rows_of_one_record_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    report = import_workbook(ctx, write_workbook(tmp_path / "twice.xlsx", partner_rows(OSAKA, OSAKA)))
    problem = next(p for p in report.problems if p.row == 3)
    assert "already on row 2" in problem.message("en") and count(ctx, Partner) == 0


def test_probable_duplicate_partners_are_flagged(ctx: ServiceContext, tmp_path: Path) -> None:
    partner_service.create_partner(
        ctx,
        PartnerData(
            code="JP-OSAKA", name="Osaka Prefectural Government", kind="regional_government", country_code="JP"
        ),
    )
    rows = partner_rows(
        ["JP-OSAKA-2", "Pemerintah Prefektur Osaka", "Pemerintah daerah asing", "Jepang", None],
        ["JP-OSAKA-CITY", "Osaka City", "Pemerintah daerah asing", "Jepang", None],
        ["KR-OSAKA", "Osaka Prefectural Government", "Pemerintah daerah asing", "Korea Selatan", None],
        ["DE-TUM", "Technische Universität München", "Perguruan tinggi", "DE", None],
        ["DE-TUM-2", "Technische Universitaet Muenchen", "Perguruan tinggi", "DE", None],
    )
    report = import_workbook(ctx, write_workbook(tmp_path / "dups.xlsx", rows))
    assert report.written
    hints = {(h.code, h.other_code) for h in report.duplicates}
    assert hints == {("JP-OSAKA-2", "JP-OSAKA"), ("DE-TUM-2", "DE-TUM")}
    stored = next(h for h in report.duplicates if h.code == "JP-OSAKA-2")
    assert stored.other_id is not None and stored.other_row is None and stored.similarity == 1.0
    in_file = next(h for h in report.duplicates if h.code == "DE-TUM-2")
    assert in_file.other_row == 5 and in_file.partner_id is not None
    assert "mirip" in stored.describe("id") and "similar" in stored.describe("en")
