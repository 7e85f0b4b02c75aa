"""``secretariat delegation-budget`` and ``secretariat visit-docs``, run in-process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from delegation_data import visit_abroad
from secretariat.cli.main import main
from secretariat.documents.travel_budget_xlsx import SHEET
from secretariat.domain.records import MemberData
from secretariat.services.context import open_context
from secretariat.services.delegations.records import add_member, find_delegation_id
from secretariat.services.numbering import peek_next_number
from secretariat.storage.migrate import open_database


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path))
    try:
        visit_abroad(open_context(database, "clerk1"), members=4, days=5)
    finally:
        database.dispose()
    return str(path)


def test_delegation_budget_writes_the_workbook_and_prints_the_totals(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rab.xlsx"
    assert main(["--db", db, "delegation-budget", "DLG-2026-007", "--out", str(out)]) == 0
    printed = capsys.readouterr()
    # 5 days x (659 + 563 + 505 + 447) USD = 10,870 USD
    assert "4 members, 5 days of per diem; account 5.1.02.04.02.0001" in printed.out
    assert "USD 10,870.00" in printed.out and "IDR 16,325.50 per USD" in printed.out
    assert "Written to" in printed.out
    ws = load_workbook(out)[SHEET]
    assert ws["A1"].value == "PEMERINTAH PROVINSI JAWA BARAT"
    again = ["--db", db, "--lang", "id", "delegation-budget", "DLG-2026-007", "--out", str(out), "--days", "3"]
    before = out.read_bytes()
    assert main([*again, "--rate", "usd=16000"]) == 1  # the workbook is there: replaced only with --force
    assert "--force" in capsys.readouterr().err and out.read_bytes() == before
    assert main([*again, "--rate", "usd=16000", "--force"]) == 0
    printed = capsys.readouterr().out
    assert "uang harian 3 hari" in printed and "USD 6.522,00" in printed and "Rp 16.000,00 per USD" in printed


def test_delegation_budget_refusals(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "delegation-budget", "NOPE", "--out", str(tmp_path / "x.xlsx")]) == 1
    assert "no delegation with the code or global id (gid) 'NOPE'" in capsys.readouterr().err
    assert main(["--db", db, "delegation-budget", "DLG-2026-007", "--out", str(tmp_path / "none" / "x.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", db, "delegation-budget", "DLG-2026-007", "--out", "x.xlsx", "--rate", "USD"]) == 2
    assert main(["--db", db, "delegation-budget", "DLG-2026-007", "--out", "x.xlsx", "--days", "0"]) == 2
    assert not (tmp_path / "x.xlsx").exists()


def test_visit_docs_writes_three_pdfs_and_takes_a_number_only_when_final(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    database = open_database(db)
    try:
        ctx = open_context(database, "clerk1")
        add_member(
            ctx, MemberData(delegation_id=find_delegation_id(ctx, "DLG-2026-007"), name="Tanpa Paspor", grade="C")
        )
    finally:
        database.dispose()
    assert main(["--db", db, "visit-docs", "DLG-2026-007", "--out-dir", str(out), "--letter-date", "2026-02-23"]) == 0
    printed = capsys.readouterr()
    names = sorted(p.name for p in out.iterdir())
    # Named by the delegation's code and purpose and the document, in the command's language (English).
    stem = "DLG-2026-007 Penandatanganan MoU sister province dan forum investasi"
    assert names == [
        f"{stem} – delegation list.pdf",
        f"{stem} – permit request letter (draft).pdf",
        f"{stem} – visit programme.pdf",
    ]
    assert "provisional number 001/BKS/II/2026" in printed.out
    # the delegation's checks show as notes
    assert "Note (warning): Tanpa Paspor: the passport's expiry is not recorded" in printed.err
    for name in names:
        assert len(PdfReader(out / name).pages) >= 1
    database = open_database(db)
    try:
        ctx = open_context(database, "clerk1")
        assert peek_next_number(ctx, "letter", date(2026, 2, 23)) == "001/BKS/II/2026"  # the draft took nothing
    finally:
        database.dispose()
    listed_before = (out / names[0]).read_bytes()
    again = ["--db", db, "visit-docs", "DLG-2026-007", "--out-dir", str(out), "--final-letter"]
    assert main(again) == 1  # the list and programme are there: replaced only with --force, nothing taken
    assert "--force" in capsys.readouterr().err and (out / names[0]).read_bytes() == listed_before
    assert (
        main(
            [
                "--db",
                db,
                "visit-docs",
                "DLG-2026-007",
                "--force",
                "--out-dir",
                str(out),
                "--final-letter",
                "--letter-date",
                "2026-02-23",
                "--signed-by",
                "197501012000031000",
                "--place",
                "Bandung",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "The letter carries number 001/BKS/II/2026." in printed
    letter = out / f"{stem} – permit request letter.pdf"
    assert letter.exists()
    text = " ".join((page.extract_text() or "") for page in PdfReader(letter).pages)
    assert "a.n. GUBERNUR JAWA BARAT" in text and "Pejabat Delegasi 01" in text
    # Printed again, the final letter is the same letter: same number, nothing taken; carbon copies as given.
    again = [
        "--db",
        db,
        "visit-docs",
        "DLG-2026-007",
        "--out-dir",
        str(out),
        "--final-letter",
        "--copy",
        "Inspektur",
        "--force",
    ]
    assert main(again) == 0
    assert "The letter carries number 001/BKS/II/2026." in capsys.readouterr().out
    text = " ".join((page.extract_text() or "") for page in PdfReader(letter).pages)
    assert "Tembusan:" in text and "Inspektur" in text and "Menteri Luar Negeri" not in text
    assert main(["--db", db, "visit-docs", "DLG-2026-007", "--out-dir", str(out), "--force", "--signed-by", "999"]) == 1
    assert "no official with NIP 999" in capsys.readouterr().err
    assert main(["--db", db, "visit-docs", "DLG-9999-001", "--out-dir", str(out)]) == 1
    assert "There is no delegation with the code or global id (gid) 'DLG-9999-001'." in capsys.readouterr().err


def test_delegation_budget_prints_the_totals_and_the_items_without_a_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import travel_data

    path = tmp_path / "two.sqlite3"
    database = open_database(str(path))
    try:
        travel_data.two_country_delegation(open_context(database, "clerk1"))
    finally:
        database.dispose()
    out = tmp_path / "rab-two.xlsx"
    argv = ["--db", str(path), "delegation-budget", "DLG-2026-011", "--out", str(out), "--rate-date", "2026-04-30"]
    assert main(argv) == 0
    printed = capsys.readouterr()
    assert "4 members, 7 days of per diem" in printed.out
    assert "Total: USD 29,540.00; IDR 484,055,272." in printed.out
    assert "Warning: 12 item(s) have no rate in the office's tables" in printed.err
    assert "local_transport (Dedi Mulyadi)" in printed.err
