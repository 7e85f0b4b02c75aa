"""The frozen build and its installer: sizes, build times, and the start of the frozen program beside the source's.

Run: ``python bench/bench_bundle.py [--build] [--runs N]`` (or ``make bench``).

- The frozen folder is ``$SECRETARIAT_FROZEN_BUILD`` or build/dist/Secretariat (``make bundle``); made first
  (and its build timed) when missing or with ``--build``.
- The installer is build/dist/Secretariat-<version>-setup.exe (``make installer``, LZMA: minutes); its size
  is printed when it is there, and it is compiled (timed) only with ``--build``. On Linux both stand in for
  the Windows ones: the figures for Windows come from the Windows workflow's "Sizes" step.
- Start: from launching the process to the main window painted and the program closed again
  (SECRETARIAT_QUIT_AFTER_START), on the same demo database, offscreen, the frozen ``secretariat`` and
  the source program (``python -m secretariat gui``) taking turns; the first run of each is the cold one,
  then the median of the others. The program's own log gives the part from the start of the GUI code to
  the first paint (without Python's and the libraries' loading).
Target (issue 15): installer under 120 MB.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_build_driver():
    """installer/build.py, the driver `make bundle` and `make installer` run (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("secretariat_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_driver()

INSTALLER_TARGET_MB = 120
PAINTED = re.compile(r"window painted ([\d.]+) s after the start of the GUI")


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("SECRETARIAT_DB", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", SECRETARIAT_QUIT_AFTER_START="1")
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


def painted_times(home: Path) -> list[float]:
    logs = list(home.rglob("secretariat.log"))
    return [float(value) for value in PAINTED.findall(logs[0].read_text(encoding="utf-8"))] if logs else []


def start_once(command: list[str], home: Path) -> tuple[float, float]:
    """(wall seconds from launch to exit, seconds from the GUI code's start to the first paint)."""
    before = len(painted_times(home))
    started = time.perf_counter()
    subprocess.run(command, env=environment(home), check=True, capture_output=True, timeout=300, cwd=home)
    wall = time.perf_counter() - started
    painted = painted_times(home)
    return wall, (painted[before] if len(painted) > before else float("nan"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="build the folder and the installer anew (timed)")
    parser.add_argument("--runs", type=int, default=6, help="starts of each program (the first is the cold one)")
    args = parser.parse_args()

    given = os.environ.get("SECRETARIAT_FROZEN_BUILD", "").strip()
    bundle = Path(given) if given else build.DIST / build.BUNDLE_NAME
    if args.build or not (bundle / f"secretariat{build.exe_suffix()}").exists():
        started = time.perf_counter()
        bundle = build.build_bundle(build.DIST, clean=args.build)
        print(f"build: {time.perf_counter() - started:.0f} s (PyInstaller{', clean' if args.build else ''})")
    print(
        f"frozen folder: {bundle}: {mib(build.folder_size(bundle))} "
        f"({sum(1 for path in bundle.rglob('*') if path.is_file())} files)"
    )
    biggest = sorted(
        (
            (build.folder_size(path) if path.is_dir() else path.stat().st_size, path.name)
            for path in (bundle / "_internal").iterdir()
            if not path.is_symlink()
        ),
        reverse=True,
    )[:6]
    print("  largest parts: " + ", ".join(f"{name} {mib(size)}" for size, name in biggest))

    installer = build.DIST / f"Secretariat-{build.version()}-setup.exe"
    if args.build:
        started = time.perf_counter()
        installer = build.build_installer(bundle, build.DIST, fast=False)
        print(f"installer compiled in {time.perf_counter() - started:.0f} s (makensis, LZMA solid)")
    if installer.exists():
        size = installer.stat().st_size
        verdict = "under" if size < INSTALLER_TARGET_MB * 10**6 else "OVER"
        print(f"installer: {installer.name}: {mib(size)} ({verdict} the {INSTALLER_TARGET_MB} MB target)")
    else:
        print("installer: not built (make installer, or --build)")

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        home = Path(folder)
        db = home / "demo.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "secretariat", "--db", str(db), "demo"],
            env=environment(home),
            check=True,
            capture_output=True,
            timeout=600,
        )
        programs = {
            "frozen": [str(bundle / f"secretariat{build.exe_suffix()}"), "--db", str(db)],
            "source": [sys.executable, "-m", "secretariat", "gui", "--db", str(db)],
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(max(args.runs, 2)):
            for name, command in programs.items():
                results[name].append(start_once(command, home))
        for name, runs in results.items():
            (cold_wall, _cold_paint), warm = runs[0], runs[1:]
            print(
                f"start to a painted window, {name}: cold {cold_wall:.2f} s; warm median "
                f"{statistics.median(wall for wall, _ in warm):.2f} s (launch to exit, {len(warm)} runs); "
                f"GUI code to first paint {statistics.median(paint for _, paint in warm):.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
