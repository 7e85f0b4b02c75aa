"""Smoke test of the frozen build (installer/secretariat.spec): the program as a clerk's PC gets it.

What it proves is that no data file and no hidden import is missing from the bundle: every command
below runs the frozen ``secretariat-cli`` (and the window ``secretariat``) from a copy of the bundle
in a temporary folder, with the working directory there, an environment that names neither the
source tree nor a Python path (no PYTHONPATH, no SECRETARIAT_RESOURCES), a private home folder,
and, on Linux where ``unshare -n`` works (root, as in CI), no network at all.

The bundle is built once per test session. ``SECRETARIAT_FROZEN_BUILD`` may name a folder built
before (``.ci/run`` runs ``make bundle`` first and points here, so CI builds it once for the
installer check, the Xvfb start and this test); otherwise the session fixture builds one with
PyInstaller into a temporary folder (about a minute). Without PyInstaller the test is skipped on a
developer's machine and fails under CI.

Outputs are checked against the source program's on the same database (the register as JSON, the
budget and travel-budget workbooks) and against external readers (pdffonts or pypdf for the fonts).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from secretariat.cli.main import main as source_main
from secretariat.storage.migrate import HEAD_REVISION

# Building the bundle (when CI has not built it first) takes minutes on a busy machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
BUILD_ENV = "SECRETARIAT_FROZEN_BUILD"
TODAY = "2026-11-29"
EXE = ".exe" if sys.platform == "win32" else ""


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _build(target: Path) -> Path:
    """PyInstaller's one-folder build of the spec into ``target``; the folder holding the programs."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(target / "dist"),
            "--workpath",
            str(target / "work"),
            str(ROOT / "installer" / "secretariat.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1200,
    )
    return target / "dist" / "Secretariat"


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the frozen build in a temporary folder, far from the source tree."""
    given = os.environ.get(BUILD_ENV, "").strip()
    if given:
        source = Path(given)
        if not (source / f"secretariat-cli{EXE}").is_file():
            pytest.fail(f"{BUILD_ENV}={given} holds no secretariat-cli{EXE}", pytrace=False)
    elif importlib.util.find_spec("PyInstaller") is None:
        if _in_ci():
            pytest.fail("PyInstaller is not installed (CI is set: the frozen build must be tested)", pytrace=False)
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    else:
        source = _build(tmp_path_factory.mktemp("pyinstaller"))
    place = tmp_path_factory.mktemp("installed")
    bundle = Path(shutil.copytree(source, place / "Secretariat", symlinks=True))
    assert ROOT not in bundle.resolve().parents
    yield bundle


@dataclass
class Frozen:
    """Runs the frozen programs in a folder of their own, with a private, minimal environment."""

    bundle: Path
    work: Path
    home: Path

    def environment(self) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        if sys.platform == "win32":
            for name in (
                "SYSTEMROOT",
                "WINDIR",
                "TEMP",
                "TMP",
                "COMSPEC",
                "PATHEXT",
                "USERPROFILE",
                "USERNAME",
                "APPDATA",
            ):
                if name in os.environ:
                    env[name] = os.environ[name]
            env["LOCALAPPDATA"] = str(self.home / "LocalAppData")
            env["WIN_PD_OVERRIDE_CSIDL_LOCAL_APPDATA"] = str(self.home / "LocalAppData")
        else:
            for name in ("DATA", "STATE", "CONFIG", "CACHE"):
                env[f"XDG_{name}_HOME"] = str(self.home / name.lower())
        return env

    def offline(self) -> list[str]:
        """``unshare -n`` (a network namespace with no network) where this machine allows it."""
        if sys.platform.startswith("linux") and shutil.which("unshare"):
            probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
            if probe.returncode == 0:
                return ["unshare", "-n", "--"]
        return []

    def run(
        self, program: str, *args: str, timeout: float = 180, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = [*self.offline(), str(self.bundle / f"{program}{EXE}"), *args]
        return subprocess.run(
            command,
            cwd=self.work,
            env={**self.environment(), **(extra_env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    def cli(self, *args: str) -> str:
        result = self.run("secretariat-cli", *args)
        assert result.returncode == 0, (
            f"secretariat-cli {' '.join(args)}: {result.returncode}\n"
            f"{result.stdout}\n{result.stderr}\n{self.log_text()}"
        )
        return result.stdout

    def log_text(self) -> str:
        logs = sorted(self.home.rglob("secretariat.log"))
        return logs[0].read_text(encoding="utf-8", errors="replace") if logs else "(no log)"


@pytest.fixture(scope="module")
def frozen(frozen_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    return Frozen(frozen_build, tmp_path_factory.mktemp("frozen-work"), tmp_path_factory.mktemp("frozen-home"))


@pytest.fixture(scope="module")
def demo_db(frozen: Frozen) -> Path:
    """A fresh database, created and filled with the demo by the frozen program."""
    db = frozen.work / "office.sqlite3"
    init = frozen.cli("--db", str(db), "init")
    assert f"Schema version: {HEAD_REVISION} (current)" in init
    demo = frozen.cli("--db", str(db), "demo", "--today", TODAY)
    assert demo.startswith(f"Demo data loaded into {db}")
    return db


def source_output(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert source_main(list(args)) == 0
    return capsys.readouterr().out


def cell_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path)  # formulas as written: the frozen and the source program write the same
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF, read by pdffonts, or pypdf where poppler is missing."""
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        listed: list[tuple[str, bool]] = []
        for line in lines.splitlines()[2:]:
            # name  type (may hold spaces)  encoding  emb sub uni  object ID
            match = re.match(r"^(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
            assert match, f"unexpected pdffonts line: {line!r}"
            listed.append((match.group(1), match.group(2) == "yes"))
        return listed
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for reference in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return sorted(fonts.items())


def test_version_is_the_projects(frozen: Frozen) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert frozen.cli("--version").strip() == f"secretariat {version}"


def test_list_agreements_as_json_matches_the_source_program(
    frozen: Frozen, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(frozen.cli("--db", str(demo_db), "list", "agreements", "--json"))
    assert len(rows) >= 10 and {"mou", "arrangement"} <= {row["instrument"] for row in rows}
    assert rows == json.loads(source_output(["--db", str(demo_db), "list", "agreements", "--json"], capsys))


def test_draft_of_an_mou_embeds_the_bundled_fonts(frozen: Frozen, demo_db: Path) -> None:
    rows = json.loads(frozen.cli("--db", str(demo_db), "list", "agreements", "--json"))
    mou = next(row for row in rows if row["instrument"] == "mou")
    pdf = frozen.work / "mou.pdf"
    frozen.cli("--db", str(demo_db), "draft", mou["number"], "--out", str(pdf), "--paper", "f4")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "NOTA KESEPAHAMAN" in text and "MEMORANDUM OF UNDERSTANDING" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    # The fonts of resources/fonts (found inside the bundle), not a standard PDF font.
    assert any("Noto" in name for name, _embedded in fonts), fonts


def test_budget_workbook_matches_the_source_program(
    frozen: Frozen, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = json.loads(frozen.cli("--db", str(demo_db), "list", "budget", "--json"))
    year = str(lines[0]["fiscal_year"])
    frozen_book, source_book = frozen.work / "budget-frozen.xlsx", frozen.work / "budget-source.xlsx"
    frozen.cli("--db", str(demo_db), "budget", "--year", year, "--out", str(frozen_book))
    source_output(["--db", str(demo_db), "budget", "--year", year, "--out", str(source_book)], capsys)
    values = cell_values(frozen_book)
    assert sum(len(rows) for rows in values.values()) > len(lines)
    assert values == cell_values(source_book)


def test_delegation_budget_matches_the_source_program(
    frozen: Frozen, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delegations = json.loads(frozen.cli("--db", str(demo_db), "list", "delegations", "--json"))
    frozen_book, source_book = frozen.work / "rab-frozen.xlsx", frozen.work / "rab-source.xlsx"
    # The first outgoing delegation whose budget line is linked (the others are refused, as they should be).
    code = next(
        row["code"]
        for row in delegations
        if row["direction"] == "outgoing"
        and source_main(["--db", str(demo_db), "delegation-budget", row["code"], "--out", str(source_book)]) == 0
    )
    frozen.cli("--db", str(demo_db), "delegation-budget", code, "--out", str(frozen_book))
    assert cell_values(frozen_book) == cell_values(source_book)


def test_template_imports_into_a_fresh_database(
    frozen: Frozen, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = frozen.work / "template.xlsx"
    fresh = frozen.work / "from-template.sqlite3"
    frozen.cli("--db", str(fresh), "init")  # only init (or demo) makes a database
    frozen.cli("--db", str(fresh), "template", str(template))  # its choice lists are the database's
    summary = frozen.cli("--db", str(fresh), "import", str(template)).strip().splitlines()[-1]
    assert summary.endswith("0 rejected (saved).")
    # The source program reads the same template the same way.
    reference = tmp_path / "reference.sqlite3"
    assert source_output(["--db", str(reference), "import", str(template)], capsys).strip().splitlines()[-1] == summary

    def without_gid(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{key: value for key, value in row.items() if key != "gid"} for row in rows]  # new in each import

    partners = json.loads(frozen.cli("--db", str(fresh), "list", "partners", "--json"))
    assert partners and all(row["gid"] for row in partners)
    reference_rows = json.loads(source_output(["--db", str(reference), "list", "partners", "--json"], capsys))
    assert without_gid(partners) == without_gid(reference_rows)


def test_window_starts_offscreen_and_closes(frozen: Frozen, demo_db: Path) -> None:
    result = frozen.run(
        "secretariat", "--db", str(demo_db), timeout=120, extra_env={"SECRETARIAT_QUIT_AFTER_START": "1"}
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}\n{frozen.log_text()}"
    assert re.search(r"window painted [\d.]+ s after the start of the GUI", frozen.log_text())


def test_bundle_carries_the_program_files_and_leaves_out_the_tests(frozen_build: Path) -> None:
    """Every form and resource where a wheel puts them; no test code; no unused Qt module."""
    package = frozen_build / "_internal" / "secretariat"
    for folder in ("ui", "resources"):
        expected = {
            path.relative_to(ROOT / folder)
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and path.name != "README.md" and "__pycache__" not in path.parts
        }
        found = {path.relative_to(package / folder) for path in (package / folder).rglob("*") if path.is_file()}
        assert expected and expected <= found, sorted(map(str, expected - found))
    migrations = {path.name for path in (ROOT / "src/secretariat/storage/migrations/versions").glob("*.py")}
    assert migrations <= {path.name for path in (package / "storage/migrations/versions").glob("*.py")}
    names = {path.name.lower() for path in frozen_build.rglob("*")}
    assert not {"conftest.py", "pytest", "_pytest", "pytestqt", "pyinstaller"} & names
    qt_modules = {path.name.split(".")[0] for path in (frozen_build / "_internal" / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtUiTools", "QtPrintSupport"} <= qt_modules
    assert not qt_modules & {"QtNetwork", "QtQml", "QtQuick", "QtSql", "QtTest", "QtOpenGL", "QtDesigner"}
