"""Recalculate a workbook the way a user's spreadsheet program would, then read the computed values.

openpyxl writes formulas without their values. To check the totals a user
would see, a copy of the workbook goes through LibreOffice headless
(Debian package ``libreoffice-calc-nogui``), with a private profile whose
``registrymodifications.xcu`` sets ``OOXMLRecalcMode`` and ``ODFRecalcMode``
to 0 ("always recalculate on load"): without it LibreOffice keeps the (absent)
cached values. The converted copy is read with ``openpyxl`` ``data_only=True``.

When LibreOffice is missing a test that needs it is skipped with the reason,
except under CI (``CI`` set), where it fails: CI must install it.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

INSTALL_HINT = "apt-get install libreoffice-calc-nogui"

_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class RecalcError(RuntimeError):
    """LibreOffice ran but did not produce the converted file."""


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def require_libreoffice() -> str:
    """The soffice executable; skips the calling test without it (fails under CI)."""
    soffice = find_soffice()
    if soffice is None:
        reason = f"LibreOffice headless is needed to recalculate workbooks ({INSTALL_HINT})"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it", pytrace=False)
        pytest.skip(reason)
    return soffice


@functools.cache
def _profile_url() -> str:
    """A throw-away LibreOffice user profile that recalculates every formula on load."""
    folder = Path(tempfile.mkdtemp(prefix="secretariat-lo-profile-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "user").mkdir()
    (folder / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
    return folder.as_uri()


def convert(source: Path, target_format: str, outdir: Path, *, timeout: float = 300) -> Path:
    """Convert ``source`` with LibreOffice headless into ``outdir`` (``xlsx``, ``pdf``, ...)."""
    soffice = require_libreoffice()
    source = Path(source).resolve()
    outdir = Path(outdir).resolve()
    if outdir == source.parent:
        raise ValueError("LibreOffice writes the converted file under the same name: use another folder")
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / f"{source.stem}.{target_format.split(':', maxsplit=1)[0]}"
    target.unlink(missing_ok=True)
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={_profile_url()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
    )
    if result.returncode != 0 or not target.exists():
        raise RecalcError(
            f"LibreOffice did not convert {source.name} to {target_format} (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return target


def recalculate(source: Path, outdir: Path | None = None) -> Path:
    """A recalculated .xlsx copy of ``source`` (in ``outdir``, default a 'recalculated' folder beside it)."""
    source = Path(source)
    return convert(source, "xlsx", outdir or source.parent / "recalculated")


def computed_workbook(source: Path, outdir: Path | None = None) -> Workbook:
    """Recalculate ``source`` and open the copy with the computed values instead of formulas."""
    return load_workbook(recalculate(source, outdir), data_only=True)


def named_value(workbook: Workbook, name: str) -> object:
    """The value of the single cell a workbook-level defined name points at."""
    defined = workbook.defined_names[name]
    ((sheet, ref),) = list(defined.destinations)
    return workbook[sheet][ref.replace("$", "")].value


def to_pdf(source: Path, outdir: Path) -> Path:
    """Print ``source`` to PDF with LibreOffice (formulas recalculated first)."""
    return convert(Path(source), "pdf", outdir)
