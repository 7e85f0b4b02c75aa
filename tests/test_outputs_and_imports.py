"""Outputs never destroy, text is text, bounded imports (issue 11, part B, items 5, 8 and 9).

- every --out, export and template refuses the open database, any SQLite database and a file of
  another kind, replaces a file of its own kind only with --force, and leaves no partial file; each
  refusal leaves the database byte-identical;
- names beginning with =, +, - or @ are exported as text (no formula in the file, Excel's quote prefix
  on the cell), and export -> import -> export holds;
- the import takes a formula cell's cached value; the memory-bomb workbooks are refused within 10 s
  of CPU and 300 MB; an import plans without holding the database's write lock.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import xlsx_bombs
from excel_testing import write_workbook
from secretariat.cli.main import main

TODAY = "2026-03-02"
TESTS = Path(__file__).parent


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", TODAY]) == 0
    return path


@pytest.fixture
def office(demo: Path, tmp_path: Path) -> Path:
    """A copy of the demo database, closed and folded into one file (its bytes say everything)."""
    path = tmp_path / "v.db"
    source = sqlite3.connect(demo)
    target = sqlite3.connect(path)
    source.backup(target)
    target.execute("PRAGMA journal_mode=DELETE")
    source.close()
    target.close()
    return path


def _agreement_and_delegation(db: Path) -> tuple[str, str]:
    connection = sqlite3.connect(db)
    try:
        number = connection.execute("SELECT number FROM agreement WHERE number IS NOT NULL ORDER BY id").fetchone()[0]
        code = connection.execute("SELECT code FROM delegation WHERE direction = 'outgoing' ORDER BY id").fetchone()[0]
    finally:
        connection.close()
    return number, code


# --- outputs -----------------------------------------------------------------------------------------------


def _commands(db: Path, target: Path) -> list[list[str]]:
    number, code = _agreement_and_delegation(db)
    return [
        ["draft", number, "--out", str(target)],
        ["delegation-budget", code, "--out", str(target)],
        ["budget", "--year", "2026", "--out", str(target)],
        ["export", str(target)],
        ["template", str(target)],
    ]


def test_no_output_is_ever_written_over_the_open_database(office: Path, capsys) -> None:
    """``secretariat --db v.db draft 004/KS/2023 --out v.db`` and its kin: refused, v.db byte-identical."""
    before = sha256(office)
    for command in _commands(office, office):
        for force in ([], ["--force"]):
            assert main(["--db", str(office), *command, *force]) == 1, command
            err = capsys.readouterr().err
            assert f"{office} is the open database; nothing was written" in err, (command, err)
    assert sha256(office) == before
    assert sorted(p.name for p in office.parent.iterdir()) == ["v.db"]


def test_no_output_is_written_over_another_database_or_a_file_of_another_kind(
    office: Path, tmp_path: Path, capsys
) -> None:
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(office, other)
    notes = tmp_path / "notes.txt"
    notes.write_text("the minutes")
    before = {p.name: sha256(p) for p in (office, other, notes)}
    for command in _commands(office, tmp_path / "x"):
        suffix = ".pdf" if command[0] == "draft" else ".xlsx"
        disguised = tmp_path / f"other{suffix}"
        shutil.copyfile(other, disguised)
        text = tmp_path / f"text{suffix}"
        text.write_text("not a document")
        for target, words in ((other, "is a database"), (disguised, "is a database"), (text, "although its name")):
            argv = [part if part != str(tmp_path / "x") else str(target) for part in command]
            assert main(["--db", str(office), *argv, "--force"]) == 1, (argv, target)
            assert words in capsys.readouterr().err, (argv, target)
        assert sha256(disguised) == sha256(other) and text.read_text() == "not a document"
        disguised.unlink()
        text.unlink()
    assert {p.name: sha256(p) for p in (office, other, notes)} == before
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_a_document_replaces_one_of_its_kind_only_with_force(office: Path, tmp_path: Path, capsys) -> None:
    workbook = tmp_path / "register.xlsx"
    assert main(["--db", str(office), "template", str(workbook)]) == 0
    first = sha256(workbook)
    capsys.readouterr()
    assert main(["--db", str(office), "export", str(workbook)]) == 1
    assert "already exists; give --force" in capsys.readouterr().err
    assert sha256(workbook) == first
    assert main(["--db", str(office), "export", str(workbook), "--force"]) == 0
    assert sha256(workbook) != first and load_workbook(workbook, read_only=True).sheetnames


def test_a_failed_write_leaves_no_partial_file_and_the_old_file_whole(
    office: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    from secretariat.documents import excel_export_writer

    workbook = tmp_path / "register.xlsx"
    assert main(["--db", str(office), "export", str(workbook)]) == 0
    before = sha256(workbook)
    original = excel_export_writer.write_register

    def dies_half_way(path, *args, **kwargs):
        original(path, *args, **kwargs)
        Path(path).write_bytes(Path(path).read_bytes()[:1000])  # half written...
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel_export_writer, "write_register", dies_half_way)
    assert main(["--db", str(office), "export", str(workbook), "--force"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert sha256(workbook) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx", "v.db"]


# --- text is text -------------------------------------------------------------------------------------------

HOSTILE = {
    "INJ-1": '=HYPERLINK("http://evil.example","x")',
    "INJ-2": "+62 811 555 0101",
    "INJ-3": "-minus sign first",
    "INJ-4": "@handle",
    "INJ-5": "=1+1",
}


def _formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and re.search(rb"<f[ >]", archive.read(name))
        ]


def test_names_that_look_like_formulas_are_text_and_survive_export_import_export(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    rows = [["Kode mitra", "Nama", "Jenis mitra", "Negara"]]
    rows += [[code, name, "regional_government", "JP"] for code, name in HOSTILE.items()]
    typed = write_workbook(tmp_path / "typed.xlsx", {"Mitra": rows})
    # Typed in another program, these are text cells too (openpyxl would make "=..." a formula: force text).
    book = load_workbook(typed)
    for row in book["Mitra"].iter_rows(min_row=2):
        row[1].data_type = "s"
    book.save(typed)
    assert main(["--db", str(db), "import", str(typed)]) == 0

    first = tmp_path / "first.xlsx"
    assert main(["--db", str(db), "export", str(first)]) == 0
    assert _formulas(first) == []  # not a single formula in any sheet
    sheet = load_workbook(first)["Partners"]
    exported = {row[1].value: row[2] for row in sheet.iter_rows(min_row=2)}
    for code, name in HOSTILE.items():
        cell = exported[code]
        assert cell.value == name and cell.data_type == "s"
        assert cell.quotePrefix  # Excel keeps it text when the clerk edits the cell

    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "init"]) == 0
    assert main(["--db", str(fresh), "import", str(first)]) == 0
    assert "5 added" in capsys.readouterr().out
    second = tmp_path / "second.xlsx"
    assert main(["--db", str(fresh), "export", str(second)]) == 0
    again = {
        row[1]: row[2]
        for row in load_workbook(second, read_only=True)["Partners"].iter_rows(min_row=2, values_only=True)
    }
    assert {code: again[code] for code in HOSTILE} == HOSTILE


def test_generated_workbooks_write_text_as_text() -> None:
    """The writers of the budget and travel workbooks keep their own formulas and make data text."""
    from openpyxl.cell.cell import Cell

    from secretariat.documents import xlsx_styles as st

    sheet = Workbook().active
    formula = st.put_value(Cell(sheet), st.Formula("=SUM(A1:A2)"))
    data = st.put_value(Cell(sheet), "=SUM(A1:A2)")
    assert formula.data_type == "f" and not formula.quotePrefix
    assert data.data_type == "s" and data.quotePrefix and data.value == "=SUM(A1:A2)"
    for start in ("+", "-", "@", "\t", "\r"):
        assert st.put_value(Cell(sheet), f"{start}x").quotePrefix
    plain = st.put_value(Cell(sheet), "Osaka")
    assert plain.data_type == "s" and not plain.quotePrefix


def test_the_import_takes_a_formula_cells_cached_value_only(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    path = tmp_path / "formula.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mitra"
    sheet.append(["Kode mitra", "Nama", "Jenis mitra", "Negara"])
    sheet.append(["F-1", '=CONCAT("Osaka"," City")', "regional_government", "JP"])
    workbook.save(path)
    # Excel stores the formula with the value it last computed: put that cached value in.
    patched = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<c r="B2"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                    rb'<c r="B2" t="str"><f>\2</f><v>Osaka City</v>',
                    data,
                )
                assert b"<v>Osaka City</v>" in data
            target.writestr(item, data)
    assert main(["--db", str(db), "import", str(patched)]) == 0
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT name FROM partner WHERE code = 'F-1'").fetchone() == ("Osaka City",)
    connection.close()


# --- bounded imports ----------------------------------------------------------------------------------------

BOMB_CPU_SECONDS = 10.0
BOMB_MEGABYTES = 300.0


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "far-cell": xlsx_bombs.far_cell(folder / "far.xlsx"),
        "far-cell-declared": xlsx_bombs.far_cell(folder / "far-declared.xlsx", declared=True),
        "20-million-strings": xlsx_bombs.many_strings(folder / "strings.xlsx"),
        "1048575-rows": xlsx_bombs.many_rows(folder / "rows.xlsx"),
    }


@pytest.fixture(scope="module")
def bomb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb-db") / "office.sqlite3"
    assert main(["--db", str(path), "init"]) == 0
    assert main(["--db", str(path), "safeguards"]) == 0  # the user running the tests is registered
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("bomb", "words"),
    [
        ("far-cell", "beyond column AMJ (1,024 columns)"),
        ("far-cell-declared", "beyond column AMJ (1,024 columns)"),
        ("20-million-strings", "more than the 2,000,000 the import reads"),
        ("1048575-rows", "more than 200,000 rows, the largest import allowed"),
    ],
)
def test_memory_bombs_are_refused_quickly_with_little_memory(bombs, bomb_db: Path, bomb: str, words: str) -> None:
    before = sha256(bomb_db)
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "secretariat", "--db", str(bomb_db), "import", str(bombs[bomb])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    err = process.stderr.read() if process.stderr else ""
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    assert os.waitstatus_to_exitcode(status) == 1, err
    assert words in err and bombs[bomb].name in err
    cpu = usage.ru_utime + usage.ru_stime
    peak_mb = usage.ru_maxrss / 1024
    assert cpu < BOMB_CPU_SECONDS, f"{cpu:.1f} s of CPU"
    assert peak_mb < BOMB_MEGABYTES, f"{peak_mb:.0f} MB"
    assert wall < 60, f"{wall:.1f} s on the clock (the machine may be busy)"
    assert sha256(bomb_db) == before


def test_the_row_limit_is_a_setting(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "safeguards", "--import-max-rows", "3"]) == 0
    assert "Largest import: 3 rows a sheet" in capsys.readouterr().out
    rows = [["Kode mitra", "Nama", "Jenis mitra", "Negara"]]
    rows += [[f"L-{n}", f"Partner {n}", "regional_government", "JP"] for n in range(4)]
    path = write_workbook(tmp_path / "four.xlsx", {"Mitra": rows})
    assert main(["--db", str(db), "import", str(path)]) == 1
    assert "more than 3 rows, the largest import allowed" in capsys.readouterr().err
    assert main(["--db", str(db), "safeguards", "--import-max-rows", "4"]) == 0
    assert main(["--db", str(db), "import", str(path)]) == 0


def test_an_import_checks_on_a_copy_without_the_write_lock_and_writes_in_one_short_transaction(
    tmp_path: Path,
) -> None:
    """While the import reads and checks, another workstation can write; the import then starts again
    from a new copy, and the result holds both."""
    from secretariat.domain.records import PartnerData
    from secretariat.services.context import open_context
    from secretariat.services.excel.importer import import_workbook
    from secretariat.services.partners.records import create_partner
    from secretariat.storage.migrate import open_database

    database = open_database(str(tmp_path / "office.sqlite3"), create=True)
    ctx = open_context(database, "admin1")
    rows = [["Kode mitra", "Nama", "Jenis mitra", "Negara"]]
    rows += [[f"I-{n:04d}", f"Imported {n}", "regional_government", "JP"] for n in range(600)]
    path = write_workbook(tmp_path / "six-hundred.xlsx", {"Mitra": rows})
    locked_out: list[str] = []
    wrote_meanwhile = threading.Event()

    def progress(done: int, total: int, _text: str) -> None:
        if 0 < done < total and not wrote_meanwhile.is_set():
            other = sqlite3.connect(tmp_path / "office.sqlite3", timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")  # fails at once if the import held the write lock
                other.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                locked_out.append(str(exc))
            finally:
                other.close()
            create_partner(ctx, PartnerData(code="MEANWHILE", name="Typed meanwhile", kind="ngo", country_code="DE"))
            wrote_meanwhile.set()

    report = import_workbook(ctx, path, progress=progress)
    assert locked_out == []
    assert report.written and report.added == 600
    connection = sqlite3.connect(tmp_path / "office.sqlite3")
    assert connection.execute("SELECT count(*) FROM partner").fetchone() == (601,)
    assert connection.execute("SELECT count(*) FROM audit_entry WHERE entity = 'partner'").fetchone() == (601,)
    connection.close()
    database.dispose()
