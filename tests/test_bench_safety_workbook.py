"""The workbook bench/bench_safety.py imports at 50,000 and 100,000 rows is one the importer takes whole.

The benchmark's figures mean something only if every generated row is accepted and added (a rejected row
would be skipped work, a duplicate name a different path); checked here at 50 rows, no timing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import func, select

from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.excel.importer import import_workbook
from secretariat.storage.models import Partner

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_safety.py"


def _bench() -> ModuleType:
    # The script imports its neighbour bench/partner_names.py as a script does (its folder first on the path).
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCH.parent))
        spec = importlib.util.spec_from_file_location("bench_safety", BENCH)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def test_the_benchmark_workbook_imports_every_row(sqlite_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = _bench()
    workbook = tmp_path / "partners.xlsx"
    bench.make_partners_workbook(workbook, 50)
    ctx: ServiceContext = open_context(sqlite_database, login="tester")

    report = import_workbook(ctx, workbook)

    assert report.written and not report.has_rejections, [p.describe() for p in report.problems]
    assert report.added == 50
    with reading(ctx) as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 50
        names = set(session.scalars(select(Partner.name)))
    assert len(names) == 50  # distinct names: no duplicate hints, the same work per row
    assert bench.partner_name(1) in names and bench.partner_name(50) in names


def test_names_stay_distinct_at_the_benchmark_sizes() -> None:
    bench = _bench()
    assert len({bench.partner_name(number) for number in range(1, 100_001)}) == 100_000
