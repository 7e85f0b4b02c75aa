"""Can Qt open a window on this Linux desktop? Asked before Qt starts, so the answer can be useful.

When a system library of Qt's X11 platform plugin (``libqxcb.so``) is missing, Qt aborts the program
with a message that names ``libxcb-cursor0`` whatever is actually missing. ``ldd`` on the plugin
tells the truth; this module asks it, maps the missing libraries to the Debian packages that hold
them and gives the one ``apt-get install`` line that brings them. Without a display at all, Qt also
aborts; that is named too.

Outside the layers on purpose (like ``install_paths``): it imports no Qt and nothing of the program,
so it can run before Qt is loaded. Windows and macOS need no check (their platform plugins depend
on nothing the system lacks), nor does a platform other than xcb chosen with ``QT_QPA_PLATFORM``
(offscreen in the tests, wayland).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PlatformProblem", "debian_package", "missing_libraries", "platform_problem", "xcb_plugin"]

#: Libraries whose Debian package is not named after the library by the usual rule (see debian_package).
_PACKAGES = {
    "libglib-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0",
    "libgio-2.0": "libglib2.0-0",
    "libgmodule-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libz": "zlib1g",
    "libharfbuzz": "libharfbuzz0b",
    "libgdk-3": "libgtk-3-0",
}

_SONAME = re.compile(r"^(?P<base>[^\s/]+?)\.so(?:\.(?P<version>\d+))?")
_NOT_FOUND = re.compile(r"^\s*(?P<name>\S+)\s*=>\s*not found\s*$")

#: Runs a command and gives (exit code, standard output); replaced in tests.
Runner = Callable[[list[str]], tuple[int, str]]


def _run(command: list[str]) -> tuple[int, str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    return result.returncode, result.stdout


def debian_package(soname: str) -> str:
    """The Debian package that holds the library ``soname`` (``libxcb-icccm.so.4`` -> ``libxcb-icccm4``).

    Debian names a library package after the library and its major version, with a hyphen between
    them when the name ends in a digit (``libX11.so.6`` -> ``libx11-6``); the exceptions are listed.
    """
    match = _SONAME.match(soname)
    if match is None:
        return soname
    base, version = match.group("base"), match.group("version") or ""
    if base in _PACKAGES:
        return _PACKAGES[base]
    separator = "-" if base[-1:].isdigit() and version else ""
    return f"{base}{separator}{version}".lower()


def missing_libraries(plugin: Path, run: Runner = _run) -> list[str] | None:
    """The libraries ``plugin`` needs that the system lacks, in ldd's order; None when ldd cannot tell."""
    if shutil.which("ldd") is None and run is _run:
        return None
    try:
        code, output = run(["ldd", str(plugin)])
    except (OSError, subprocess.SubprocessError):
        return None
    missing: list[str] = []
    for line in output.splitlines():
        found = _NOT_FOUND.match(line)
        if found and found.group("name") not in missing:
            missing.append(found.group("name"))
    if code != 0 and not missing:
        return None
    return missing


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin shipped with PySide6 (in a venv, an installed wheel or a frozen build)."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


@dataclass(frozen=True)
class PlatformProblem:
    """Why Qt cannot open a window here, in both languages, with the command that fixes it."""

    message_en: str
    message_id: str
    missing: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()

    @property
    def install_command(self) -> str:
        return f"sudo apt-get install {' '.join(self.packages)}" if self.packages else ""

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start its X11 plugin: QT_QPA_PLATFORM names it first, or is unset outside Wayland."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    # On a Wayland session Qt tries its Wayland plugin first; xcb is only its fallback there.
    return not environ.get("WAYLAND_DISPLAY")


def platform_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    plugin: Path | None = None,
    run: Runner = _run,
) -> PlatformProblem | None:
    """What would stop Qt from opening a window here, or None when nothing would (or it cannot be told)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not _uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return PlatformProblem(
            "There is no X display to open the window on (DISPLAY is not set). Start Secretariat from a "
            "desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a visible window.",
            "Tidak ada tampilan X untuk membuka jendela (DISPLAY tidak diatur). Jalankan Secretariat dari "
            "sesi desktop, atau atur QT_QPA_PLATFORM=offscreen untuk menjalankannya tanpa jendela terlihat.",
        )
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin, run)
    if not missing:
        return None
    packages = tuple(dict.fromkeys(debian_package(name) for name in missing))
    command = f"sudo apt-get install {' '.join(packages)}"
    libraries = ", ".join(missing)
    return PlatformProblem(
        f"Qt cannot open a window: its X11 platform plugin ({plugin.name}) needs system libraries this "
        f"computer lacks: {libraries}. On Debian or Ubuntu install them with:\n    {command}",
        f"Qt tidak dapat membuka jendela: plugin platform X11-nya ({plugin.name}) memerlukan pustaka sistem "
        f"yang tidak ada di komputer ini: {libraries}. Di Debian atau Ubuntu pasang dengan:\n    {command}",
        tuple(missing),
        packages,
    )
