"""What the IT staff deploy (docs/install.md): the database every workstation opens, and no network use.

The database target is decided in one place, ``storage.location.database_target``: ``--db``, else
``SECRETARIAT_DB``, else ``[database] target`` in the machine-wide ``secretariat.ini``
(``C:\\ProgramData\\Secretariat`` on Windows, the first folder of ``XDG_CONFIG_DIRS`` + ``/Secretariat``
on Linux), else the default file in the user's data folder.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from secretariat.cli.main import main
from secretariat.domain.errors import UserError
from secretariat.storage import location

SOURCE = Path(__file__).resolve().parent.parent / "src" / "secretariat"


@pytest.fixture
def site_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private machine-wide configuration folder (platformdirs reads XDG_CONFIG_DIRS on Linux)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the machine-wide folder is moved through XDG_CONFIG_DIRS, on Linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.delenv("SECRETARIAT_DB", raising=False)
    folder = tmp_path / "etc-xdg" / "Secretariat"
    folder.mkdir(parents=True)
    return folder


def write_settings(folder: Path, text: str) -> Path:
    path = folder / "secretariat.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_file_is_the_machine_wide_one(site_folder: Path) -> None:
    assert location.site_settings_path() == site_folder / "secretariat.ini"


def test_without_settings_the_default_file(site_folder: Path) -> None:
    assert location.deployed_target() is None
    assert location.database_target() == str(location.default_database_path())


def test_the_deployed_server_is_opened(site_folder: Path) -> None:
    # A byte-order mark, as Notepad writes it, and a comment.
    path = site_folder / "secretariat.ini"
    path.write_bytes(
        "\ufeff; the bureau's server\n[database]\ntarget = postgresql://clerk@db.biro.local/secretariat\n".encode(
            "utf-8"
        )
    )
    assert location.deployed_target() == "postgresql://clerk@db.biro.local/secretariat"
    assert location.database_target() == "postgresql://clerk@db.biro.local/secretariat"


def test_environment_beats_the_file_and_db_beats_both(site_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_settings(site_folder, "[database]\ntarget = postgresql://server/one\n")
    monkeypatch.setenv("SECRETARIAT_DB", "postgresql://server/two")
    assert location.database_target() == "postgresql://server/two"
    assert location.database_target("/tmp/three.sqlite3") == "/tmp/three.sqlite3"


def test_an_empty_target_is_no_target(site_folder: Path) -> None:
    write_settings(site_folder, "[database]\ntarget =   \n")
    assert location.deployed_target() is None


def test_a_broken_settings_file_is_refused_with_its_path(site_folder: Path) -> None:
    path = write_settings(site_folder, "target = postgresql://no-section\n")
    with pytest.raises(UserError) as caught:
        location.database_target()
    assert str(path) in caught.value.message_en and str(path) in caught.value.message("id")


def test_the_command_line_uses_the_deployed_database(
    site_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared.sqlite3"
    write_settings(site_folder, f"[database]\ntarget = {shared}\n")
    assert main(["init"]) == 0
    assert f"Database: {shared}" in capsys.readouterr().out
    assert shared.exists()


def test_the_command_line_names_a_broken_settings_file(site_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_settings(site_folder, "[database\n")
    assert main(["init"]) == 1
    assert f"The settings file {path} is not a valid INI file" in capsys.readouterr().err


def test_the_window_opens_the_deployed_database_not_the_last_one(
    site_folder: Path, tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from secretariat.gui import app

    opened: list[str] = []
    monkeypatch.setattr(app, "run_gui", lambda target, login=None: opened.append(target) or 0)
    app.create_application()  # the program's names, under which QSettings keeps the last database
    last = tmp_path / "last.sqlite3"
    last.touch()
    QSettings().setValue(app.LAST_DATABASE_KEY, str(last))
    try:
        assert app.run() == 0 and opened == [str(last)]
        write_settings(site_folder, "[database]\ntarget = postgresql://server/office\n")
        assert app.run() == 0 and opened[-1] == "postgresql://server/office"
        assert app.run("given.sqlite3") == 0 and opened[-1] == "given.sqlite3"  # --db wins
    finally:
        QSettings().remove(app.LAST_DATABASE_KEY)


# --- offline: nothing in the program reaches the network --------------------------------------------

NETWORK_MODULES = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
)


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_the_program_imports_a_network_library() -> None:
    """No font, map or update download: the program imports nothing that talks to a network.

    (PostgreSQL is reached through psycopg's libpq, which the office configures; the frozen build's
    smoke test runs every command in a network namespace without any network.)
    """
    offenders = {}
    for path in sorted(SOURCE.rglob("*.py")):
        found = {
            name
            for name in imported_modules(path)
            if any(name == module or name.startswith(module + ".") for module in NETWORK_MODULES)
        }
        if found:
            offenders[str(path.relative_to(SOURCE))] = sorted(found)
    assert offenders == {}
