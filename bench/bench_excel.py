"""Benchmark of the Excel exchange: import of 10,000 partners with 20,000 contacts; export of a big register.

    python bench/bench_excel.py                 # import figures, then export of a 100,000-partner demo
    python bench/bench_excel.py --partners 2000 --export-scale 10000   # smaller

Targets (issue 4): the import under 10 s and under 500 MB peak memory. Each step runs in a fresh child
process, so its peak resident memory (``ru_maxrss``) is its own; times are wall-clock seconds of the step
alone (the workbook and the databases are made beforehand). The import runs into an empty SQLite
database and is every row audited, in one transaction, like a clerk's import.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from partner_names import ENDINGS, KINDS, WORDS

IMPORT_TARGET_SECONDS = 10.0
IMPORT_TARGET_MB = 500.0

_COUNTRIES = (
    "JP",
    "KR",
    "CN",
    "DE",
    "FR",
    "NL",
    "AU",
    "US",
    "GB",
    "MY",
    "SG",
    "TH",
    "VN",
    "PH",
    "IN",
    "TR",
    "IT",
    "ES",
    "CA",
    "NZ",
)


def make_workbook(path: Path, partners: int, contacts_per_partner: int, seed: int = 4) -> None:
    """A workbook of ``partners`` partner rows and ``contacts_per_partner`` contacts each, typed as clerks do."""
    from secretariat.documents.excel_export_writer import write_register

    rng = random.Random(seed)

    def name(number: int) -> str:
        # Distinct names (a number in words is not needed: the code-like suffix keeps them apart).
        return (
            f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {rng.choice(WORDS)}{rng.choice(WORDS).lower()} "
            f"{rng.choice(ENDINGS)}"
        )

    partner_rows = []
    contact_rows = []
    for number in range(1, partners + 1):
        code = f"BENCH-{number:05d}"
        country = _COUNTRIES[number % len(_COUNTRIES)]
        partner_rows.append(
            (
                None,
                code,
                name(number),
                None,
                rng.choice(KINDS),
                None,
                country,
                "Kota " + str(number % 97),
                f"Jalan {number}",
                f"https://bench{number}.example",
                f"info{number}@bench.example",
                "+81 6 1234 5678",
                "en",
                "active",
                None,
                None,
                None,
            )
        )
        for index in range(contacts_per_partner):
            contact_rows.append(
                (
                    None,
                    code,
                    f"Contact {number}-{index}",
                    "Director",
                    f"c{number}.{index}@bench.example",
                    "+62 31 555 0101",
                    "en",
                    "service",
                    f"B{number:06d}{index}",
                    rng.choice(("31/12/2030", "31 Desember 2031", "2032-06-30")),
                    None,
                )
            )
    write_register(
        path, {"partners": partner_rows, "contacts": contact_rows}, language="id", only=("partners", "contacts")
    )


def _child(step: str, **arguments: str) -> dict[str, float]:
    """Run one step in a fresh interpreter; return its figures (seconds, peak MB, counts)."""
    command = [sys.executable, __file__, "--step", step, "--arguments", json.dumps(arguments)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def step_import(arguments: dict[str, str]) -> dict[str, float]:
    from secretariat.services.context import open_context
    from secretariat.services.excel.importer import import_workbook
    from secretariat.storage.migrate import open_database

    database = open_database(arguments["database"], create=True)
    ctx = open_context(database, "bench")
    before = _peak_mb()
    started, cpu = time.perf_counter(), time.process_time()
    report = import_workbook(ctx, arguments["workbook"])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    database.dispose()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": _peak_mb(),
        "baseline_mb": before,
        "added": report.added,
        "rejected": report.rejected,
        "duplicates": len(report.duplicates),
    }


def step_reimport(arguments: dict[str, str]) -> dict[str, float]:
    figures = step_import(arguments)
    return figures


def step_demo(arguments: dict[str, str]) -> dict[str, float]:
    from secretariat.services.context import open_context
    from secretariat.services.demo import load_demo
    from secretariat.storage.migrate import open_database

    database = open_database(arguments["database"], create=True)
    ctx = open_context(database, "bench")
    started = time.perf_counter()
    summary = load_demo(ctx, scale=int(arguments["scale"]))
    database.dispose()
    return {"seconds": time.perf_counter() - started, "rows": float(sum(summary.counts.values()))}


def step_export(arguments: dict[str, str]) -> dict[str, float]:
    from secretariat.documents.excel_export_writer import Choices, write_register
    from secretariat.services.context import open_context
    from secretariat.services.excel.export import office_choices, register_rows
    from secretariat.storage.migrate import open_database

    database = open_database(arguments["database"])
    ctx = open_context(database, "bench")
    started, cpu = time.perf_counter(), time.process_time()
    with register_rows(ctx, "id") as rows:
        counts = write_register(arguments["workbook"], rows, language="id", choices=Choices(*office_choices(ctx)))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    database.dispose()
    size = Path(arguments["workbook"]).stat().st_size / 1024 / 1024
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": _peak_mb(),
        "rows": float(sum(counts.values())),
        "file_mb": size,
        **{f"rows_{k}": float(v) for k, v in counts.items()},
    }


STEPS = {"import": step_import, "reimport": step_reimport, "demo": step_demo, "export": step_export}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--contacts-per-partner", type=int, default=2)
    parser.add_argument("--export-scale", type=int, default=100_000, help="demo scale for the export (0: skip)")
    parser.add_argument("--demo-database", help="an existing demo database to export instead of making one")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--arguments", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        print(json.dumps(STEPS[options.step](json.loads(options.arguments))))
        return

    folder = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    workbook = folder / "partners.xlsx"
    started = time.perf_counter()
    make_workbook(workbook, options.partners, options.contacts_per_partner)
    print(
        f"workbook: {options.partners:,} partners, {options.partners * options.contacts_per_partner:,} contacts, "
        f"{workbook.stat().st_size / 1024 / 1024:.1f} MB, written in {time.perf_counter() - started:.1f} s"
    )

    figures = _child("import", database=str(folder / "import.sqlite3"), workbook=str(workbook))
    print(f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall times include waiting)")
    verdict = "OK" if figures["seconds"] < IMPORT_TARGET_SECONDS and figures["peak_mb"] < IMPORT_TARGET_MB else "MISS"
    print(
        f"import into an empty database: {figures['seconds']:.2f} s (CPU {figures['cpu']:.2f} s), "
        f"peak {figures['peak_mb']:.0f} MB "
        f"(interpreter and program before the import: {figures['baseline_mb']:.0f} MB); "
        f"{figures['added']:.0f} rows added, {figures['rejected']:.0f} rejected, "
        f"{figures['duplicates']:.0f} probable duplicates  [{verdict}: targets {IMPORT_TARGET_SECONDS:.0f} s, "
        f"{IMPORT_TARGET_MB:.0f} MB]"
    )
    again = _child("reimport", database=str(folder / "import.sqlite3"), workbook=str(workbook))
    print(
        f"same file again (every row unchanged): {again['seconds']:.2f} s (CPU {again['cpu']:.2f} s), "
        f"peak {again['peak_mb']:.0f} MB"
    )

    if options.export_scale or options.demo_database:
        database = options.demo_database
        if database is None:
            database = str(folder / f"demo-{options.export_scale}.sqlite3")
            demo = _child("demo", database=database, scale=str(options.export_scale))
            print(
                f"demo database at scale {options.export_scale:,}: {demo['rows']:,.0f} rows in {demo['seconds']:.1f} s"
            )
        exported = _child("export", database=database, workbook=str(folder / "export.xlsx"))
        detail = ", ".join(f"{k.removeprefix('rows_')} {v:,.0f}" for k, v in exported.items() if k.startswith("rows_"))
        print(
            f"export of the whole register: {exported['rows']:,.0f} rows in {exported['seconds']:.1f} s "
            f"(CPU {exported['cpu']:.1f} s) "
            f"({exported['rows'] / max(exported['seconds'], 1e-9):,.0f} rows/s), peak {exported['peak_mb']:.0f} MB, "
            f"file {exported['file_mb']:.1f} MB"
        )
        print(f"  rows per sheet: {detail}")
    print(f"(files in {folder})")


if __name__ == "__main__":
    main()
