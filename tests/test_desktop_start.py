"""Starting the desktop program: Qt's X11 plugin checked first, the start logged, the window closed on request.

The check (``secretariat.desktop_check``) runs before Qt exists, so its answer is tested on ldd
output written here by hand (what ldd prints on a Debian machine lacking two of Qt's libraries), and
end to end by starting the program with no display at all: a clear sentence and exit code 1 where
Qt alone would abort (exit 134).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.desktop_check import debian_package, missing_libraries, platform_problem

LDD_LACKING_TWO = """\
\tlinux-vdso.so.1 (0x00007ffd6b9e5000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f07129f9000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f0712915000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f071290e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibglib-2.0.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def fake_ldd(output: str, code: int = 0):
    calls: list[list[str]] = []

    def run(command: list[str]) -> tuple[int, str]:
        calls.append(command)
        return code, output

    run.calls = calls  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),  # a name ending in a digit takes a hyphen
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libX11.so.6", "libx11-6"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),  # the exceptions
        ("libgthread-2.0.so.0", "libglib2.0-0"),
        ("libz.so.1", "zlib1g"),
    ],
)
def test_debian_package_of_a_library(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_missing_libraries_are_read_from_ldd_once_each(tmp_path: Path) -> None:
    run = fake_ldd(LDD_LACKING_TWO)
    plugin = tmp_path / "libqxcb.so"
    assert missing_libraries(plugin, run) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libglib-2.0.so.0"]
    assert run.calls == [["ldd", str(plugin)]]  # type: ignore[attr-defined]


def test_ldd_that_fails_without_an_answer_tells_nothing(tmp_path: Path) -> None:
    assert missing_libraries(tmp_path / "libqxcb.so", fake_ldd("not a dynamic executable\n", code=1)) is None


def test_the_problem_names_the_libraries_and_one_apt_get_line(tmp_path: Path) -> None:
    problem = platform_problem({"DISPLAY": ":0"}, "linux", tmp_path / "libqxcb.so", fake_ldd(LDD_LACKING_TWO))
    assert problem is not None
    assert problem.packages == ("libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0")
    assert problem.install_command == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libglib2.0-0"
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libglib-2.0.so.0" in problem.message("en")
    assert problem.install_command in problem.message("en") and problem.install_command in problem.message("id")
    assert problem.message("id").startswith("Qt tidak dapat membuka jendela")


def test_nothing_missing_is_no_problem(tmp_path: Path) -> None:
    complete = "\n".join(line for line in LDD_LACKING_TWO.splitlines() if "not found" not in line)
    assert platform_problem({"DISPLAY": ":0"}, "linux", tmp_path / "libqxcb.so", fake_ldd(complete)) is None


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Qt tries Wayland first there
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_no_check_where_xcb_is_not_used(environ: dict[str, str], platform: str, tmp_path: Path) -> None:
    run = fake_ldd(LDD_LACKING_TWO)
    assert platform_problem(environ, platform, tmp_path / "libqxcb.so", run) is None
    assert run.calls == []  # type: ignore[attr-defined]


def test_xcb_chosen_explicitly_is_checked(tmp_path: Path) -> None:
    problem = platform_problem(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1", "WAYLAND_DISPLAY": "w"},
        "linux",
        tmp_path / "libqxcb.so",
        fake_ldd(LDD_LACKING_TWO),
    )
    assert problem is not None and "libxcb-icccm4" in problem.packages


def test_no_display_is_named() -> None:
    problem = platform_problem({}, "linux", Path("/nonexistent/libqxcb.so"), fake_ldd(""))
    assert problem is not None and "DISPLAY is not set" in problem.message_en and not problem.packages


# --- the program itself, started as `make run` starts it ---------------------------------------------


def program_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "SECRETARIAT_DB")
    }
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env.update(extra)
    return env


def log_text(tmp_path: Path) -> str:
    logs = list(tmp_path.rglob("secretariat.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is for Linux")
def test_without_a_display_the_program_says_so_instead_of_aborting(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "gui", "--db", str(tmp_path / "x.sqlite3")],
        env=program_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, (result.returncode, result.stderr)  # Qt alone: 134 (abort)
    assert "DISPLAY is not set" in result.stderr
    assert "the window cannot be started" in log_text(tmp_path)
    assert not (tmp_path / "x.sqlite3").exists()  # refused before anything was opened


def test_the_window_quits_after_its_first_paint_when_asked(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    made = subprocess.run(
        [sys.executable, "-m", "secretariat", "init", "--db", str(db)],
        env=program_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "gui", "--db", str(db)],
        env=program_environment(tmp_path, QT_QPA_PLATFORM="offscreen", SECRETARIAT_QUIT_AFTER_START="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = log_text(tmp_path)
    assert "starting the GUI on" in text and "window painted" in text
    assert db.exists()


def test_the_window_on_a_missing_file_offers_to_create_it_and_makes_nothing(tmp_path: Path) -> None:
    """No silent databases: a mistyped path shows the window's "no database here" page, paints, and creates
    nothing until the clerk asks."""
    db = tmp_path / "typo.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "gui", "--db", str(db)],
        env=program_environment(tmp_path, QT_QPA_PLATFORM="offscreen", SECRETARIAT_QUIT_AFTER_START="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = log_text(tmp_path)
    assert f"No database at {db}" in text and "window painted" in text
    assert not db.exists()


def test_the_window_frame_is_built_before_the_database_modules_load(tmp_path: Path) -> None:
    """The frame (menus, the users' and travel costs' entries, status bar) is shown and painted without
    SQLAlchemy, the migrations, the credential store or the document writers: they load on a worker."""
    code = (
        "import sys\n"
        "from secretariat.gui.app import create_application\n"
        "from secretariat.gui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(None)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(window.location_label.text())\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'keyring', 'reportlab', 'openpyxl') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=program_environment(tmp_path, QT_QPA_PLATFORM="offscreen", LANG="id_ID.UTF-8"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "[]", lines
    assert lines[-2] in ("Membuka basis data…", "Opening the database…")


def test_pages_and_editors_load_without_the_document_writers(tmp_path: Path) -> None:
    """Every page and record editor opens without openpyxl, reportlab, Pillow, Alembic or the credential
    store: they load when a document is written or read (openpyxl alone took some 150 ms, loaded on
    the budget page's import for a column letter, and held the window while the editors preloaded)."""
    code = (
        "import sys\n"
        "from secretariat.gui.record_editors import KINDS, editor_class\n"
        "for kind in KINDS:\n"
        "    editor_class(kind)\n"
        "import secretariat.gui.budget.overview, secretariat.gui.dashboard, secretariat.gui.impact.page\n"
        "import secretariat.gui.registers.page, secretariat.gui.registers.archive, secretariat.gui.settings_dialog\n"
        "print(sorted(m for m in ('alembic', 'keyring', 'reportlab', 'openpyxl', 'PIL') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=program_environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
