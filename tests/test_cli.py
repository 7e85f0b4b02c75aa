"""The ``secretariat`` command line, run in-process (main(argv) -> exit code) and once as a subprocess."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from secretariat import __version__
from secretariat.cli.main import main
from secretariat.domain.stages import DEFAULT_STAGES
from secretariat.storage import migrate
from secretariat.storage.migrate import head_revision

TODAY = "2026-11-29"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "office.sqlite3")


@pytest.fixture
def demo_db(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", db, "demo", "--today", TODAY]) == 0
    capsys.readouterr()
    return db


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_version_in_process_and_as_a_subprocess(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"secretariat {__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "--version"], check=False, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"secretariat {__version__}"


def test_version_and_help_answer_without_loading_the_database_layers() -> None:
    code = (
        "import sys; from secretariat.cli.main import main; main(['--version']); "
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False False"


def test_the_registers_offered_are_the_services_registers() -> None:
    from secretariat.cli.main import LIST_REGISTERS
    from secretariat.services.registers import REGISTERS

    assert LIST_REGISTERS == REGISTERS


def test_init_prints_the_location_and_the_schema_version(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "init"]) == 0
    out = capsys.readouterr().out
    assert f"Database: {Path(db).resolve()}" in out
    assert f"Schema version: {head_revision()} (current)" in out
    assert Path(db).is_file()
    assert main(["init", "--db", db, "--lang", "id"]) == 0  # options after the command too
    out = capsys.readouterr().out
    assert "Basis data:" in out and f"Versi skema: {head_revision()}" in out


def test_database_from_the_environment(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRETARIAT_DB", db)
    assert main(["init"]) == 0
    assert str(Path(db).resolve()) in capsys.readouterr().out


def test_demo_then_list_agreements_as_json(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    agreements = _json(capsys, "--db", demo_db, "list", "agreements", "--json")
    assert {a["stage"] for a in agreements} == {s.code for s in DEFAULT_STAGES}
    required = {
        "number",
        "partner_number",
        "title_id",
        "title_en",
        "kind",
        "instrument",
        "stage",
        "stage_name_id",
        "partners",
        "country",
        "signed_on",
        "effective_on",
        "expires_on",
    }
    for agreement in agreements:
        assert required <= set(agreement)
        assert isinstance(agreement["partners"], list) and agreement["partners"]
        assert all(isinstance(code, str) for code in agreement["partners"])
        assert len(agreement["country"]) == 2 and agreement["country"].isupper()
        for key in ("signed_on", "effective_on", "expires_on"):
            value = agreement[key]
            assert value is None or date.fromisoformat(value).isoformat() == value
    signed = [a for a in agreements if a["signed_on"]]
    assert signed and all(a["number"].count("/KS/") == 1 for a in signed)
    assert {len(a["partners"]) for a in agreements} >= {1, 2, 3}  # two-, three- and four-party agreements


def test_list_partners_delegations_and_budget_as_json(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    partners = _json(capsys, "--db", demo_db, "list", "partners", "--json")
    assert len(partners) == 44
    assert all({"code", "name", "name_original", "kind", "country", "city", "status"} <= set(p) for p in partners)
    assert {"北九州市", "부산광역시"} <= {p["name_original"] for p in partners}  # not \\u-escaped

    delegations = _json(capsys, "--db", demo_db, "list", "delegations", "--json")
    assert {d["direction"] for d in delegations} == {"outgoing", "incoming"}
    for delegation in delegations:
        assert {"code", "direction", "purpose", "country", "start_on", "end_on", "status", "members"} <= set(delegation)
        assert isinstance(delegation["members"], int) and delegation["members"] >= 2
        assert date.fromisoformat(delegation["start_on"]) <= date.fromisoformat(delegation["end_on"])

    lines = _json(capsys, "--db", demo_db, "list", "budget", "--json")
    for line in lines:
        assert {"fiscal_year", "side", "account_code", "description", "planned", "agreement"} <= set(line)
        # spending shows realised and remaining, revenue what was received (cash and in kind): never both
        spending = line["side"] in ("spending", "financing")
        keys = ("planned", "realised", "remaining") if spending else ("planned", "received", "received_cash")
        absent = ("received", "received_cash", "received_in_kind") if spending else ("realised", "remaining")
        for key in keys:
            assert set(line[key]) == {"amount", "currency"} and line[key]["currency"] == "IDR"
            assert isinstance(line[key]["amount"], str)
            assert Decimal(line[key]["amount"]) == int(line[key]["amount"])  # whole rupiah as a decimal string
        assert all(line[key] is None for key in absent)
    spending_lines = [line for line in lines if line["side"] == "spending"]
    revenue_lines = [line for line in lines if line["side"] == "revenue"]
    assert spending_lines and revenue_lines
    assert all(line["account_code"].startswith("4.") for line in revenue_lines)
    assert any(int(line["realised"]["amount"]) > int(line["planned"]["amount"]) for line in spending_lines)
    assert any(int(line["received"]["amount"]) > 0 for line in revenue_lines)
    assert any(line["agreement"] for line in lines)


def test_every_record_is_reachable_by_the_gid_list_json_prints(
    demo_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    connection = sqlite3.connect(demo_db)
    try:
        stored = {
            table: dict(connection.execute(f"SELECT id, gid FROM {table}").fetchall())
            for table in ("partner", "agreement", "delegation", "budget_line", "official")
        }
    finally:
        connection.close()
    for register, table in (
        ("partners", "partner"),
        ("agreements", "agreement"),
        ("delegations", "delegation"),
        ("budget", "budget_line"),
        ("officials", "official"),
    ):
        rows = _json(capsys, "--db", demo_db, "list", register, "--json")
        assert rows and all(list(row)[:2] == ["id", "gid"] for row in rows), register
        assert {row["id"]: row["gid"] for row in rows} == stored[table], register
    # An agreement without a number has only its gid; a delegation is named by its code or its gid.
    unnumbered = next(a for a in _json(capsys, "--db", demo_db, "list", "agreements", "--json") if not a["number"])
    pdf = tmp_path / "unnumbered.pdf"
    assert main(["--db", demo_db, "draft", unnumbered["gid"], "--out", str(pdf), "--preview"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    delegation = _json(capsys, "--db", demo_db, "list", "delegations", "--json")[0]
    for key in (delegation["code"], delegation["gid"]):
        out = tmp_path / f"rab-{len(key)}.xlsx"
        argv = ["--db", demo_db, "delegation-budget", key, "--out", str(out), "--account", "5.1.02.04.02.0001"]
        assert main(argv) == 0
        assert out.exists()
    capsys.readouterr()


def test_search_folds_diacritics_on_sqlite(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    found = _json(capsys, "--db", demo_db, "list", "partners", "--search", "Krakow", "--json")
    assert {p["name"] for p in found} >= {"City of Kraków"}
    assert all("Kraków" in (p["name"] + (p["city"] or "")) for p in found)
    agreements = _json(capsys, "--db", demo_db, "list", "agreements", "--search", "krakow", "--json")
    assert agreements and all("PL-KRK" in a["partners"] or "PL-UJ" in a["partners"] for a in agreements)


def test_table_output_filters_sorting_and_limit(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "list", "partners", "--filter", "country=JP", "--sort", "code"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Code", "Name"]
    codes = [line.split()[0] for line in lines[2:-1]]
    assert codes == sorted(codes) and all(code.startswith("JP-") for code in codes)
    assert lines[-1] == f"{len(codes)} rows"
    assert (
        main(["--db", demo_db, "--lang", "id", "list", "budget", "--limit", "3", "--sort", "planned", "--descending"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Tahun anggaran") and "Rp " in out[2]
    assert out[-1].startswith("3 dari ")
    assert (
        main(
            [
                "--db",
                demo_db,
                "list",
                "agreements",
                "--filter",
                "expiring_within_days=30",
                "--filter",
                "status_live=yes",
                "--json",
            ]
        )
        == 0
    )
    expiring = json.loads(capsys.readouterr().out)
    assert expiring and all(a["expires_on"] for a in expiring)


def test_user_errors_are_one_line_without_a_traceback(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "demo"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "empty database" in captured.err and "Traceback" not in captured.err
    assert main(["--db", demo_db, "--lang", "id", "demo"]) == 1
    assert "basis data yang kosong" in capsys.readouterr().err


def test_a_newer_or_foreign_database_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    assert main(["--db", str(foreign), "list", "partners"]) == 1
    err = capsys.readouterr().err
    assert "another program" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert main(["--db", "mysql://host/db", "init"]) == 1
    assert "postgresql://" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "treaties"],
        ["demo", "--scale", "0"],
        ["demo", "--today", "29/11/2026"],
        ["list", "agreements", "--filter", "colour=red"],
        ["list", "agreements", "--filter", "fiscal_year=last"],
        ["list", "agreements", "--sort", "partners"],
        ["list", "partners", "--limit", "-1"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(db: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, *argv]) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


def test_check_passes_then_finds_a_broken_foreign_key_and_a_stale_search_index(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_db, "check"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "OK"

    with sqlite3.connect(demo_db) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("INSERT INTO agreement_partner (agreement_id, partner_id, position) VALUES (1, 999999, 9)")
        # The search index loses a row behind the triggers' back.
        connection.execute(
            "INSERT INTO partner_fts(partner_fts, rowid, code, name, name_original, city, notes) "
            "SELECT 'delete', id, code, name, name_original, city, notes FROM partner WHERE id = 1"
        )
    assert main(["--db", demo_db, "check"]) == 1
    out = capsys.readouterr().out
    assert "2 problem(s) found" in out
    assert "agreement_partner point to missing rows of partner" in out
    assert "search index partner_fts does not match" in out

    assert main(["--db", demo_db, "check", "--rebuild-search"]) == 1  # the search index is repaired
    out = capsys.readouterr().out
    assert "partner_fts" in out.splitlines()[0] and "1 problem(s) found" in out


def test_check_refuses_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.sqlite3"
    assert main(["--db", str(missing), "check"]) == 1
    assert "No database at" in capsys.readouterr().err
    assert not missing.exists()  # the check did not create it


def test_unexpected_errors_name_the_log_file_which_holds_the_traceback(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user_home: Path
) -> None:
    def broken(_target: str, **_options: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrate, "open_database", broken)
    assert main(["--db", db, "init"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "RuntimeError" in err
    log_file = Path(err.rsplit(" ", 1)[1].rstrip("."))
    assert log_file.name == "secretariat.log" and user_home in log_file.parents
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "disk on fire" in text


def test_gui_is_the_default_command(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from secretariat.gui import app

    opened: list[str] = []
    monkeypatch.setattr(app, "run_gui", lambda target, login=None: opened.append(target) or 0)
    assert main(["--db", db]) == 0
    assert main(["--db", db, "gui"]) == 0
    assert opened == [db, db]


@pytest.mark.postgres
def test_demo_and_list_on_postgresql(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "init"]) == 0
    assert head_revision() in capsys.readouterr().out
    assert main(["--db", pg_url, "demo", "--today", TODAY]) == 0
    capsys.readouterr()
    agreements = _json(capsys, "--db", pg_url, "list", "agreements", "--json")
    assert {a["stage"] for a in agreements} == {s.code for s in DEFAULT_STAGES}
    found = _json(capsys, "--db", pg_url, "list", "partners", "--search", "Kraków", "--json")
    assert "City of Kraków" in {p["name"] for p in found}
    assert main(["--db", pg_url, "check"]) == 0
    assert capsys.readouterr().out.startswith("OK")
