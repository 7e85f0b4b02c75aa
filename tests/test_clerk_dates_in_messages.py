"""Dates in the messages a clerk reads are written as the clerk writes them ("2 Januari 2027" /
"2 January 2027"), never as 2027-01-02 (issue 17, "Words a clerk reads").

Each message is checked against its whole expected sentence, written out by hand, in both languages.
The same holds for messages checked elsewhere: tests/test_services_budget.py (closed year, dates outside
the fiscal year), tests/test_services_fiscal_years.py, tests/test_services_budget_workbook.py,
tests/test_services_travel_costs.py (a second rate on the same date) and tests/test_travel_budget_service.py
(no rate in the rate table).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal

import pytest

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.enums import Criterion
from secretariat.domain.errors import ValidationError
from secretariat.domain.impact import CriterionScore, EvaluationData, Recommendation
from secretariat.domain.records import (
    BudgetLineData,
    DelegationData,
    ItineraryData,
    PerDiemRateData,
    TransactionData,
)
from secretariat.services.budget import exchange_rates
from secretariat.services.budget import lines as budget
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations import per_diem, travel_costs
from secretariat.services.delegations import records as delegations
from secretariat.storage.engine import Database


@pytest.fixture
def ctx(sqlite_database: Database) -> ServiceContext:
    return open_context(sqlite_database, "ani")


def _conflict(save: Callable[[], None]) -> EditConflict:
    with pytest.raises(EditConflict) as caught:
        save()
    return caught.value


def _evaluation(evaluated_on: date, year: int = 2026) -> EvaluationData:
    return EvaluationData(
        agreement_id=1,
        year=year,
        scores={c: CriterionScore(4, "Baik") for c in Criterion},
        recommendation=Recommendation.RENEW,
        evaluator="Rina",
        evaluated_on=evaluated_on,
    )


def test_an_evaluation_dated_in_the_future_or_before_its_year() -> None:
    (future,) = _evaluation(date(2027, 1, 2)).problems(today=date(2026, 12, 31))
    assert (future.message_en, future.message_id) == (
        "2 January 2027 is in the future",
        "tanggal evaluasi: 2 Januari 2027 belum terjadi",
    )
    (early,) = _evaluation(date(2025, 12, 30)).problems(today=date(2027, 1, 10))
    assert (early.message_en, early.message_id) == (
        "30 December 2025 is before the year evaluated (2026) began",
        "tanggal evaluasi: 30 Desember 2025 sebelum tahun yang dievaluasi (2026)",
    )


def _visit(ctx: ServiceContext) -> int:
    return delegations.create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Kunjungan sister province",
            country_code="JP",
            start_on=date(2026, 5, 10),
            end_on=date(2026, 5, 14),
        ),
    )


def test_shortening_a_visit_past_its_itinerary(ctx: ServiceContext) -> None:
    visit = _visit(ctx)
    for day in (date(2026, 5, 13), date(2026, 5, 14)):
        delegations.add_itinerary_item(ctx, ItineraryData(delegation_id=visit, day=day, activity="Rapat"))
    view = delegations.get_delegation(ctx, visit)
    with pytest.raises(ValidationError) as caught:
        delegations.update_delegation(ctx, visit, dataclasses.replace(view.to_data(), end_on=date(2026, 5, 12)))
    (problem,) = caught.value.problems
    assert problem.message_en == (
        "the itinerary has entries on 13 May 2026, 14 May 2026, outside 10 May 2026 to 12 May 2026; "
        "move or remove them first"
    )
    assert problem.message_id == (
        "jadwal memuat kegiatan pada 13 Mei 2026, 14 Mei 2026, di luar 10 Mei 2026 sampai 12 Mei 2026; "
        "pindahkan atau hapus dahulu"
    )


def test_an_itinerary_item_saved_meanwhile(ctx: ServiceContext) -> None:
    visit = _visit(ctx)
    item = delegations.add_itinerary_item(
        ctx, ItineraryData(delegation_id=visit, day=date(2026, 5, 11), activity="Rapat", start_time=time(9))
    )
    (stale,) = delegations.get_delegation(ctx, visit).itinerary
    delegations.update_itinerary_item(ctx, item, dataclasses.replace(stale.to_data(), activity="Rapat pleno"))
    conflict = _conflict(
        lambda: delegations.update_itinerary_item(
            ctx, item, dataclasses.replace(stale.to_data(), activity="Kunjungan pabrik"), loaded=stale
        )
    )
    assert conflict.message("en").startswith("ani saved the itinerary item of 11 May 2026 while you were editing")
    assert conflict.message("id").startswith("ani menyimpan jadwal kegiatan 11 Mei 2026 selagi Anda mengubahnya")


def test_a_per_diem_rate_saved_meanwhile(ctx: ServiceContext) -> None:
    data = PerDiemRateData(
        country_code="JP", grade="A", amount=Decimal(690), valid_from=date(2026, 1, 1), source="PMK 32/2025"
    )
    rate_id = per_diem.create_rate(ctx, data)
    stale = per_diem.get_rate(ctx, rate_id)
    per_diem.update_rate(ctx, rate_id, dataclasses.replace(data, amount=Decimal(700)))
    conflict = _conflict(
        lambda: per_diem.update_rate(ctx, rate_id, dataclasses.replace(data, amount=Decimal(710)), loaded=stale)
    )
    assert conflict.message("en").startswith("ani saved the per-diem rate JP A of 1 January 2026 while you were")
    assert conflict.message("id").startswith("ani menyimpan tarif uang harian JP A 1 Januari 2026 selagi Anda")


def test_a_travel_cost_rate_saved_meanwhile(ctx: ServiceContext) -> None:
    data = travel_costs.CostRateData(
        kind="visa",
        amount=Decimal(30),
        currency="USD",
        valid_from=date(2026, 1, 1),
        source="Kedutaan",
        country_code="JP",
    )
    rate_id = travel_costs.create_cost_rate(ctx, data)
    stale = travel_costs.get_cost_rate(ctx, rate_id)
    travel_costs.update_cost_rate(ctx, rate_id, dataclasses.replace(data, amount=Decimal(35)))
    conflict = _conflict(
        lambda: travel_costs.update_cost_rate(ctx, rate_id, dataclasses.replace(data, amount=Decimal(40)), loaded=stale)
    )
    assert conflict.message("en").startswith(
        "ani saved the travel-cost rate a visa rate for JP, any grade of 1 January 2026 while you were"
    )
    assert conflict.message("id").startswith(
        "ani menyimpan tarif biaya perjalanan tarif visa untuk JP, semua golongan 1 Januari 2026 selagi Anda"
    )


def test_an_exchange_rate_saved_meanwhile(ctx: ServiceContext) -> None:
    data = exchange_rates.RateData(currency="JPY", on=date(2026, 5, 4), rate=Decimal("108.5"))
    rate_id = exchange_rates.create_rate(ctx, data)
    stale = exchange_rates.get_rate(ctx, rate_id)
    exchange_rates.update_rate(ctx, rate_id, dataclasses.replace(data, rate=Decimal(109)))
    conflict = _conflict(
        lambda: exchange_rates.update_rate(ctx, rate_id, dataclasses.replace(data, rate=Decimal(110)), loaded=stale)
    )
    assert conflict.message("en").startswith("ani saved the JPY rate of 4 May 2026 while you were editing it")
    assert conflict.message("id").startswith("ani menyimpan kurs JPY 4 Mei 2026 selagi Anda mengubahnya")


def test_a_transaction_saved_meanwhile(ctx: ServiceContext) -> None:
    line_id = budget.create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026, account_code="5.1.02.04.02.0001", description="Perjalanan", planned_idr=Decimal(10**8)
        ),
    )
    data = TransactionData(
        budget_line_id=line_id, occurred_on=date(2026, 3, 9), kind="realisation", amount=Decimal(1000), currency="IDR"
    )
    tx_id = budget.add_transaction(ctx, data)
    stale = budget.get_transaction(ctx, tx_id)
    budget.update_transaction(ctx, tx_id, dataclasses.replace(data, amount=Decimal(2000)))
    conflict = _conflict(
        lambda: budget.update_transaction(ctx, tx_id, dataclasses.replace(data, amount=Decimal(3000)), loaded=stale)
    )
    assert conflict.message("en").startswith("ani saved the transaction of 9 March 2026 while you were editing it")
    assert conflict.message("id").startswith("ani menyimpan transaksi 9 Maret 2026 selagi Anda mengubahnya")
