"""The annual cooperation report of a known year (tests/impact_data.py): its figures by hand, the PDF read back
with pdftotext / pdffonts / pdfinfo, the workbook recalculated by LibreOffice, and the command line."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from impact_data import TODAY, TRAVEL, YEAR, build
from recalc import computed_workbook
from secretariat.cli.main import main
from secretariat.documents.annual_report_pdf import render_annual_report
from secretariat.documents.annual_report_xlsx import render_annual_report_xlsx
from secretariat.domain.annual_report import StatusYear
from secretariat.domain.errors import ValidationError
from secretariat.domain.impact import DormantAction, ImpactStatus
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.impact.annual_report import annual_report_data, status_trend
from secretariat.services.office import get_office_profile, update_office_profile
from secretariat.storage.models import BudgetLine, Delegation, Transaction

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo")), reason="poppler-utils needed"
)


@pytest.fixture
def ctx(sqlite_database) -> ServiceContext:
    context = open_context(sqlite_database, "clerk1")
    profile = get_office_profile(context).to_data()
    profile.region_name_id = "Provinsi Jawa Barat"
    profile.region_name_en = "West Java Province"
    profile.address_lines = "Jalan Diponegoro No. 22\nBandung 40115"
    update_office_profile(context, profile)
    return context


def _with_delegation_budget(ctx: ServiceContext) -> None:
    """DLG-1's own budget: 30,000,000 planned, 27,500,000 spent (no agreement on the line)."""
    with writing(ctx) as s:
        delegation = s.query(Delegation).filter_by(code="DLG-1").one()
        line = BudgetLine(
            fiscal_year=2025,
            account_code=TRAVEL,
            description="DLG-1",
            planned_idr=30_000_000,
            delegation_id=delegation.id,
        )
        s.add(line)
        s.flush()
        s.add(
            Transaction(
                budget_line_id=line.id,
                occurred_on=date(2025, 5, 20),
                kind="realisation",
                amount_minor=2_750_000_000,
                currency="IDR",
                rate_to_idr=Decimal(1),
                idr_amount=27_500_000,
            )
        )


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_figures_match_the_hand_computation(ctx: ServiceContext) -> None:
    ids = build(ctx)
    _with_delegation_budget(ctx)
    data = annual_report_data(ctx, YEAR, today=TODAY)
    assert data.in_force == 3
    assert data.status_counts == {ImpactStatus.ALIVE: 1, ImpactStatus.WEAK: 1, ImpactStatus.DORMANT: 1}
    assert [(r.key, r.count) for r in data.by_country] == [("JP", 2), ("DE", 1)]
    assert [(r.key, r.count) for r in data.by_kind] == [("ksdpl", 3)]
    assert [(r.key, r.count) for r in data.by_stage] == [
        ("initiative", 1),
        ("signed", 1),
        ("implementation", 1),
        ("evaluation", 1),
        ("terminated", 1),
    ]
    assert (data.signed, data.renewed, data.expired, data.ended) == (0, 0, 0, 0)
    # equal counts in the order of the Indonesian names: Jepang, Jerman
    assert [(r.key, r.count) for r in data.partners_by_country] == [("JP", 1), ("DE", 1)]
    # the sections: A alive with 72.5 %, C dormant with renewal recommended before 30 June 2026
    a, b, c = data.sections
    assert (a.agreement_id, a.status, a.achievement, a.spending_idr, a.grants_idr) == (
        ids.a,
        ImpactStatus.ALIVE,
        Decimal("72.5"),
        50_000_000,
        10_000_000,
    )
    assert (b.status, c.status, c.recommended_action) == (ImpactStatus.WEAK, ImpactStatus.DORMANT, DormantAction.RENEW)
    assert data.dormant == (c,)
    # DLG-1 and DLG-2 (DLG-3 was cancelled); DLG-1's budget 30,000,000 with 27,500,000 spent
    assert [(d.code, d.planned_idr, d.realised_idr) for d in data.delegations] == [
        ("DLG-1", 30_000_000, 27_500_000),
        ("DLG-2", 0, 0),
    ]
    assert [(x.account_code, x.side, x.total_idr) for x in data.accounts] == [
        ("4.3.01.01.01.0001", "revenue", 10_000_000),
        (TRAVEL, "spending", 50_000_000),
    ]
    # five years by hand (see tests/impact_data.py): 2021 C weak (364 quiet days), D dormant; 2022 B weak (213);
    # 2023 A weak (364); 2024 A weak (one movement), C weak (184 days), B and D dormant; 2025 one of each
    assert data.trend == (
        StatusYear(2021, 0, 1, 1),
        StatusYear(2022, 0, 1, 2),
        StatusYear(2023, 0, 1, 3),
        StatusYear(2024, 0, 2, 2),
        StatusYear(2025, 1, 1, 1),
    )
    _counts, paths = status_trend(ctx, YEAR, today=TODAY)
    weak, dormant, alive = ImpactStatus.WEAK, ImpactStatus.DORMANT, ImpactStatus.ALIVE
    assert paths[ids.a] == (None, None, weak, weak, alive)  # where A moved: weak to alive in 2025
    assert paths[ids.c] == (weak, dormant, dormant, weak, dormant)


def test_the_pdf_prints_the_figures_on_the_letterhead(ctx: ServiceContext, tmp_path: Path) -> None:
    build(ctx)
    _with_delegation_budget(ctx)
    pdf = render_annual_report(annual_report_data(ctx, YEAR, today=TODAY))
    text = _text(pdf, tmp_path, "report.pdf")
    flat = " ".join(text.split())
    for expected in (
        "PEMERINTAH PROVINSI JAWA BARAT",
        "LAPORAN TAHUNAN KERJA SAMA LUAR NEGERI TAHUN 2025",
        "Perjanjian berlaku dalam tahun 3",
        "Belanja terealisasi Rp 50.000.000",
        "Perjanjian berlaku menurut negara mitra",
        "Status perjanjian lima tahun terakhir",
        "Belanja dan penerimaan hibah per perjanjian",
        "Jumlah perjanjian",  # an axis title
        "Juta rupiah",
        "001/KS/2023 – Kerja sama 001/KS/2023",
        "Pelajar dipertukarkan orang 20 14 70%",
        "Nilai perdagangan USD 2.000.000 1.500.000 75%",
        "72,5%",
        "Perpanjang: ajukan sebelum berakhir pada 30 Juni 2026",
        "DLG-1 Keluar Jepang 02/05/2025 001/KS/2023 Rp 30.000.000 Rp 27.500.000 Rp 2.500.000",
        "Jumlah pendapatan (hibah) Rp 10.000.000",
        "Halaman 1 dari",
    ):
        assert expected in flat, expected
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "Helvetica" not in fonts and "Noto" in fonts

    english = render_annual_report(annual_report_data(ctx, YEAR, language="en", paper="f4", today=TODAY))
    flat_en = " ".join(_text(english, tmp_path, "report-en.pdf").split())
    assert "ANNUAL FOREIGN COOPERATION REPORT 2025" in flat_en and "72.5%" in flat_en and "IDR 50,000,000" in flat_en
    (tmp_path / "f4.pdf").write_bytes(english)
    info = subprocess.run(["pdfinfo", str(tmp_path / "f4.pdf")], capture_output=True, text=True, check=True).stdout
    assert "609.449 x 935.433 pts" in info  # F4, 215 x 330 mm


def test_a_year_without_data_says_so_and_a_future_year_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    build(ctx)
    empty = annual_report_data(ctx, 2010, today=TODAY)
    assert empty.is_empty and empty.sections == () and empty.in_force == 0
    flat = " ".join(_text(render_annual_report(empty), tmp_path, "empty.pdf").split())
    assert "Tidak ada data kerja sama untuk tahun 2010" in flat
    with pytest.raises(ValidationError, match="Year: 2027 is in the future"):
        annual_report_data(ctx, 2027, today=TODAY)
    book = load_workbook(io.BytesIO(render_annual_report_xlsx(empty)))
    assert book["Perjanjian"]["K2"].value == 0  # a plain zero, not a sum of itself


def test_the_workbook_recalculates_to_the_report_figures(ctx: ServiceContext, tmp_path: Path) -> None:
    build(ctx)
    _with_delegation_budget(ctx)
    path = tmp_path / "report.xlsx"
    path.write_bytes(render_annual_report_xlsx(annual_report_data(ctx, YEAR, today=TODAY)))
    cached = load_workbook(path, data_only=True)
    formulas = load_workbook(path)
    computed = computed_workbook(path)
    summary = {row[0].value: row[1].value for row in computed["Ringkasan"].iter_rows(min_row=4) if row[0].value}
    assert summary["Perjanjian berlaku dalam tahun"] == 3
    assert (summary["Aktif"], summary["Lemah"], summary["Tidur"]) == (1, 1, 1)
    assert summary["Belanja terealisasi (Rp)"] == 50_000_000
    assert summary["Hibah diterima (Rp)"] == 10_000_000
    assert summary["Delegasi dalam tahun"] == 2
    agreements = computed["Perjanjian"]
    assert [agreements.cell(row=r, column=10).value for r in (2, 3, 4)] == [4, 1, 0]  # 2 + 1 + 1 movements for A
    assert agreements["K5"].value == 50_000_000 and agreements["N5"].value == 10_000_000
    assert [computed["Indikator"].cell(row=r, column=6).value for r in (2, 3)] == [70, 75]
    assert computed["Delegasi"]["I4"].value == 2_500_000
    groups = {row[2].value: row[3].value for row in computed["Akun"].iter_rows(min_row=5) if row[1].value}
    assert groups["Pendapatan (hibah)"] == 10_000_000 and groups["Belanja"] == 50_000_000
    assert [computed["Tren"].cell(row=r, column=5).value for r in range(2, 7)] == [2, 3, 4, 4, 3]
    # every formula's stored value is what LibreOffice computes, and nothing is an error
    checked = 0
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine = cached[sheet.title][cell.coordinate].value
                    theirs = computed[sheet.title][cell.coordinate].value
                    assert mine == theirs, (sheet.title, cell.coordinate, cell.value, mine, theirs)
                    checked += 1
                value = computed[sheet.title][cell.coordinate].value
                assert not (isinstance(value, str) and value.startswith("#")), (sheet.title, cell.coordinate, value)
    assert checked > 20


def test_the_command_writes_both_files(ctx: ServiceContext, sqlite_database, tmp_path: Path) -> None:
    build(ctx)
    db = str(sqlite_database.url.database)
    pdf, xlsx = tmp_path / "laporan.pdf", tmp_path / "laporan.xlsx"
    code = main(
        [
            "--db",
            db,
            "report",
            "--year",
            "2025",
            "--out",
            str(pdf),
            "--xlsx",
            str(xlsx),
            "--paper",
            "f4",
            "--today",
            "2026-03-01",
        ]
    )
    assert code == 0 and pdf.stat().st_size > 10_000 and load_workbook(xlsx).sheetnames[0] == "Ringkasan"
    assert main(["--db", db, "report", "--year", "2027", "--out", str(pdf), "--today", "2026-03-01", "--force"]) == 1


def test_the_command_never_writes_over_the_database_or_an_existing_file_unasked(
    ctx: ServiceContext, sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(ctx)
    db = str(sqlite_database.url.database)
    database_bytes = Path(db).read_bytes()
    argv = ["--db", db, "report", "--year", "2025", "--today", "2026-03-01"]
    assert main([*argv, "--out", db]) == 1  # a typo: the open database named as the output
    assert Path(db).read_bytes() == database_bytes
    assert main([*argv, "--out", str(tmp_path / "r.pdf"), "--xlsx", db, "--force"]) == 1
    assert Path(db).read_bytes() == database_bytes and not (tmp_path / "r.pdf").exists()  # refused before writing
    capsys.readouterr()
    pdf = tmp_path / "laporan.pdf"
    assert main([*argv, "--out", str(pdf)]) == 0
    first = pdf.read_bytes()
    assert main([*argv, "--out", str(pdf), "--english"]) == 1
    assert "--force" in capsys.readouterr().err and pdf.read_bytes() == first  # replaced only with --force
    assert main([*argv, "--out", str(pdf), "--english", "--force"]) == 0 and pdf.read_bytes() != first


def test_a_large_register_prints_one_line_per_agreement(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secretariat.documents import annual_report_pdf

    build(ctx)
    _with_delegation_budget(ctx)
    monkeypatch.setattr(annual_report_pdf, "DETAILED_SECTIONS", 2)  # as if thousands of agreements
    monkeypatch.setattr(annual_report_pdf, "LONG", 1)  # and every list long: one-line rows in blocks
    flat = " ".join(_text(render_annual_report(annual_report_data(ctx, YEAR, today=TODAY)), tmp_path, "l.pdf").split())
    assert "3 perjanjian: satu baris per perjanjian" in flat
    assert "001/KS/2023 Osaka Prefecture Aktif 2 1/1 Rp 50.000.000 Rp 10.000.000 72,5% 41 —" in flat
    assert "003/KS/2021 Osaka Prefecture Tidur 0 0/0 Rp 0 Rp 0 — 549 —" in flat
    assert "Total Rp 30.000.000 Rp 27.500.000 Rp 2.500.000" in flat  # the delegations' total row
    assert "Pelajar dipertukarkan" not in flat  # indicators are in the workbook then
