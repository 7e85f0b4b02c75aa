"""A streamed workbook whose writing fails midway (a damaged database met while its rows are read, the
clerk's Cancel) leaves nothing half-written for the garbage collector: left to it, openpyxl's sheet
writers were finished in no set order and lxml's complaints were printed as "Exception ignored"."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secretariat.documents.excel_export_writer import write_register
from secretariat.documents.list_xlsx import ListColumn, write_list_workbook
from secretariat.domain import excel_format


class Damaged(Exception):
    pass


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What Python would print as "Exception ignored in ..." (the garbage collector's findings included)."""
    gc.collect()
    found: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", found.append)
    return found


def test_an_exchange_workbook_whose_rows_fail_is_not_written_and_leaves_nothing_behind(
    tmp_path: Path, unraisable: list[Any]
) -> None:
    def rows() -> Iterator[list[object]]:
        raise Damaged("the database file is damaged")
        yield []  # pragma: no cover - a generator, as the services' readers are

    target = tmp_path / "partners.xlsx"
    with pytest.raises(Damaged):
        write_register(target, {excel_format.SHEETS[0].key: rows()})
    gc.collect()
    assert unraisable == []
    assert not target.exists()


def test_a_list_cancelled_midway_is_not_written_and_leaves_nothing_behind(
    tmp_path: Path, unraisable: list[Any]
) -> None:
    def progress(done: int) -> None:
        raise Damaged("cancelled")  # as gui.workers' Cancelled, at the first report

    target = tmp_path / "list.xlsx"
    with pytest.raises(Damaged):
        write_list_workbook(
            target,
            "Mitra",
            "100.000 baris",
            [ListColumn("Nama")],
            [[f"Partner {n}"] for n in range(2_500)],
            progress=progress,
        )
    gc.collect()
    assert unraisable == []
    assert not target.exists()
