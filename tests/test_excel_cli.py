"""``secretariat template``, ``import`` and ``export`` on the command line (SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from excel_testing import PARTNER_HEADERS, sheet_values, write_workbook
from secretariat.cli.main import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "office.sqlite3")


def test_template_import_export(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "templat.xlsx"
    assert main(["--db", db, "--lang", "id", "template", str(template)]) == 0
    assert "Templat ditulis" in capsys.readouterr().out
    assert sheet_values(template)["Mitra"][0][1] == "Kode mitra *"

    assert main(["--db", db, "import", str(template), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "16 added" in out and "dry run, nothing saved" in out

    assert main(["--db", db, "--lang", "id", "import", str(template)]) == 0
    assert "16 ditambah" in capsys.readouterr().out

    export = tmp_path / "register.xlsx"
    assert main(["--db", db, "export", str(export)]) == 0
    assert "Exported 16 rows" in capsys.readouterr().out
    assert sheet_values(export)["Partners"][0][1] == "Partner code *"  # --lang en: English headers

    assert main(["--db", db, "import", str(export)]) == 0
    assert "0 added, 0 updated, 16 unchanged" in capsys.readouterr().out


def test_rejected_rows_exit_1_and_nothing_is_written(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(
        tmp_path / "bad.xlsx",
        {
            "Mitra": [
                PARTNER_HEADERS,
                ["JP-OSAKA", "Osaka", "Pemerintah daerah asing", "Jepang", None],
                ["XX-1", "Atlantis", "Pemerintah daerah asing", "Atlantis", None],
            ]
        },
    )
    assert main(["--db", db, "--lang", "id", "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Lembar Mitra, baris 3, kolom D (Negara): 'Atlantis' bukan negara yang dikenal" in captured.err
    assert "Tidak ada yang diimpor" in captured.err
    assert main(["--db", db, "export", str(tmp_path / "e.xlsx")]) == 0
    assert len(sheet_values(tmp_path / "e.xlsx")["Partners"]) == 1  # header only


def test_valid_only_writes_an_errors_workbook(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_workbook(
        tmp_path / "mixed.xlsx",
        {
            "Mitra": [
                PARTNER_HEADERS,
                ["JP-OSAKA", "Osaka", "Pemerintah daerah asing", "Jepang", None],
                ["XX-1", "Atlantis", "Pemerintah daerah asing", "Atlantis", None],
            ]
        },
    )
    errors = tmp_path / "galat.xlsx"
    assert main(["--db", db, "import", str(path), "--valid-only", "--errors", str(errors)]) == 1
    out = capsys.readouterr().out
    assert "1 added" in out and "1 rejected" in out and str(errors) in out
    rows = sheet_values(errors)["Mitra"]
    assert rows[0][-1] == "Reason rejected" and rows[1][0] == "XX-1" and "Atlantis" in rows[1][-1]


def test_a_file_that_is_not_a_workbook(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("just text")
    assert main(["--db", db, "--lang", "id", "import", str(path)]) == 1
    assert "bukan buku kerja Excel" in capsys.readouterr().err
    assert main(["--db", db, "import", str(path), "--errors", str(tmp_path / "e.xlsx")]) == 1
    assert "--errors goes with --valid-only" in capsys.readouterr().err
