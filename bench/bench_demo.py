"""Time of ``secretariat demo --scale 100000`` (target: well under 2 minutes on 2 cores).

Runs the real command line in a subprocess, first ``init`` then ``demo``, on a
new SQLite file, and prints the wall time of each, the rows written and the
file's size. The finished file is kept as ``bench/out/demo-<scale>.sqlite3``
for ``bench_list.py``.

Run: ``python bench/bench_demo.py [--scale N] [--seed S]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
TARGET_SECONDS = 120
TODAY = "2026-11-29"


def run(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", *argv],
        check=False,  # a failure is reported below with the program's output
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"secretariat {' '.join(argv)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout.strip()


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
        return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-demo-", dir=OUT) as folder:
        path = Path(folder) / f"demo-{args.scale}.sqlite3"
        init_seconds, _ = run(["--db", str(path), "init"])
        demo_seconds, message = run(
            ["--db", str(path), "demo", "--scale", str(args.scale), "--seed", str(args.seed), "--today", TODAY]
        )
        size = path.stat().st_size
        counts = table_counts(path)
        kept = OUT / path.name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{kept}{suffix}").unlink(missing_ok=True)
        shutil.move(str(path), kept)

    print(f"secretariat demo --scale {args.scale:,} (seed {args.seed}, today {TODAY}), {os.cpu_count()} cores")
    print(f"  init (create + migrate)   {init_seconds:7.1f} s")
    print(
        f"  demo (generate + insert)  {demo_seconds:7.1f} s   target < {TARGET_SECONDS} s: "
        f"{'yes' if demo_seconds < TARGET_SECONDS else 'NO'}"
    )
    print(f"  file size                 {size / 1_000_000:7.1f} MB")
    print(f"  rows                      {sum(counts.values()):,} in {len(counts)} tables")
    for name, count in sorted(counts.items(), key=lambda item: -item[1]):
        if count:
            print(f"    {name:<22} {count:>9,}")
    print(f"  the command said: {message}")
    print(f"  kept for bench_list.py: {kept}")


if __name__ == "__main__":
    main()
