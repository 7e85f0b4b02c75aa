"""Dates the window writes into its own questions are the clerk's ("1 Januari 2026"), not ISO (issue 17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from secretariat.domain.records import PerDiemRateData
from secretariat.gui import record_editors
from secretariat.gui.i18n import apply_language, save_language
from secretariat.services.context import ServiceContext
from secretariat.services.delegations import per_diem


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Hapus tarif uang harian Jepang, golongan A, mulai 1 Januari 2026?"),
        ("en", "Delete the per-diem rate for Japan, grade A, from 1 January 2026?"),
    ],
)
def test_deleting_a_per_diem_rate_asks_with_the_clerks_date(
    fresh_context: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    language: str,
    expected: str,
) -> None:
    rate_id = per_diem.create_rate(
        fresh_context,
        PerDiemRateData(
            country_code="JP", grade="A", amount=Decimal(690), valid_from=date(2026, 1, 1), source="PMK 32/2025"
        ),
    )
    save_language(language)  # as the settings dialog does: saved, then shown
    apply_language(language, cache_dir=Path(tmp_path_factory.getbasetemp()) / "qm-cache")
    asked: list[str] = []
    monkeypatch.setattr(record_editors, "confirm", lambda _parent, _title, text, *_a: asked.append(text) or False)
    assert record_editors.delete_record("per_diem_rate", rate_id, fresh_context, None) is False
    assert asked == [expected]
