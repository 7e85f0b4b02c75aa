"""Build the frozen program and its installer: what `make bundle`, `make installer` and the Windows CI run.

    python installer/build.py bundle      # PyInstaller one-folder build -> build/dist/Secretariat
    python installer/build.py installer   # makensis over that folder -> build/dist/Secretariat-<version>-setup.exe
    python installer/build.py installer --fast   # uncompressed, into build/installer-check: only checks the script
    python installer/build.py version     # the version in pyproject.toml

Run it with the project's own Python (the venv that has PyInstaller, from the `test` extras). On
Windows the installer wraps the real Windows build; on Linux a Linux build of the same spec stands in
for it (programs without .exe), so that the NSIS script is compiled and checked there as well.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "secretariat.spec"
SCRIPT = ROOT / "installer" / "secretariat.nsi"
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_NAME = "Secretariat"


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def four_numbers(text: str) -> str:
    """The x.y.z.w that Windows' version resources need, from a version such as 1.2.3rc1 -> 1.2.3.0."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+", maxsplit=1)[0])[:4]]
    return ".".join(str(number) for number in [*numbers, 0, 0, 0, 0][:4])


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def exe_suffix() -> str:
    return ".exe" if sys.platform == "win32" else ""


def build_bundle(dist: Path, clean: bool) -> Path:
    """PyInstaller's one-folder build of installer/secretariat.spec; returns the folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    bundle = dist / BUNDLE_NAME
    for name in ("secretariat", "secretariat-cli"):
        if not (bundle / f"{name}{exe_suffix()}").is_file():
            raise SystemExit(f"the build has no {name}{exe_suffix()} in {bundle}")
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB) built in {seconds:.0f} s")
    return bundle


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    # Windows looks environment variables up whatever their case; os.environ keeps them upper case there.
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: choco install nsis)")


def build_installer(bundle: Path, out: Path, fast: bool) -> Path:
    """Compile installer/secretariat.nsi around ``bundle``; returns the installer's path."""
    if not (bundle / "_internal").is_dir():
        raise SystemExit(f"no frozen build in {bundle}: run `make bundle` (installer/build.py bundle) first")
    out.mkdir(parents=True, exist_ok=True)
    defines = {
        "VERSION": version(),
        "VI_VERSION": four_numbers(version()),
        "BUNDLE": str(bundle.resolve()),
        "OUTDIR": str(out.resolve()),
        "EXE_SUFFIX": exe_suffix(),
    }
    # makensis takes -D on every platform (/D only on Windows).
    command = [find_makensis(), "-V2", "-WX"] + [f"-D{key}={value}" for key, value in defines.items()]
    if fast:
        command.append("-DFAST")
    command.append(str(SCRIPT))
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    installer = out / f"Secretariat-{version()}-setup.exe"
    if not installer.is_file():
        raise SystemExit(f"makensis wrote no {installer}")
    what = "uncompressed check build" if fast else "installer"
    print(f"{what}: {installer} ({installer.stat().st_size / 2**20:.1f} MiB) compiled in {seconds:.0f} s")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    bundle = sub.add_parser("bundle", help="the frozen one-folder build")
    bundle.add_argument("--dist", type=Path, default=DIST, help="where the folder goes (default: build/dist)")
    bundle.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    installer = sub.add_parser("installer", help="the NSIS installer around the frozen build")
    installer.add_argument("--bundle", type=Path, default=DIST / BUNDLE_NAME)
    installer.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where the installer goes (default: build/dist; with --fast build/installer-check)",
    )
    installer.add_argument("--fast", action="store_true", help="no compression: only check that the script compiles")
    sub.add_parser("version", help="print the version in pyproject.toml")
    args = parser.parse_args(argv)
    if args.what == "bundle":
        build_bundle(args.dist, args.clean)
    elif args.what == "installer":
        out = args.out or (ROOT / "build" / "installer-check" if args.fast else DIST)
        build_installer(args.bundle, out, args.fast)
    else:
        print(version())
    return 0


if __name__ == "__main__":
    sys.exit(main())
