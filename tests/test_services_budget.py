"""Budget lines and transactions: exact money, rupiah conversion, totals in SQL; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from secretariat.domain.budget_figures import RevenueFigures, SpendingFigures
from secretariat.domain.enums import BudgetSide, TransactionKind
from secretariat.domain.errors import DependencyError, LockedError, NotFoundError, ValidationError
from secretariat.domain.records import BudgetLineData, PartnerData, TransactionData
from secretariat.services.budget.lines import (
    add_transaction,
    create_budget_line,
    delete_budget_line,
    delete_transaction,
    fiscal_year_totals,
    get_budget_line,
    get_transaction,
    list_budget_lines,
    update_budget_line,
    update_transaction,
)
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import (
    Account,
    Activity,
    Agreement,
    AuditEntry,
    ExchangeRate,
    FiscalYear,
    Stage,
    Transaction,
)

TRAVEL = "5.1.02.04.02.0001"
GRANTS = "4.3.01.01.01.0001"
DAY = date(2026, 5, 4)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _line(**changes: object) -> BudgetLineData:
    values: dict[str, object] = {
        "fiscal_year": 2026,
        "account_code": TRAVEL,
        "description": "Belanja perjalanan dinas luar negeri",
        "planned_idr": Decimal("250000000"),
        "activity": "Fasilitasi Kerja Sama Daerah",
    }
    values.update(changes)
    return BudgetLineData(**values)  # type: ignore[arg-type]


def _tx(line_id: int, amount: object, currency: str = "IDR", rate: object = None, **changes: object) -> TransactionData:
    values: dict[str, object] = {
        "budget_line_id": line_id,
        "occurred_on": DAY,
        "kind": "realisation",
        "amount": amount,
        "currency": currency,
        "rate_to_idr": rate,
    }
    values.update(changes)
    return TransactionData(**values)  # type: ignore[arg-type]


def _donor(ctx: ServiceContext) -> int:
    return create_partner(ctx, PartnerData(code="JICA", name="JICA", kind="state_institution", country_code="JP"))


def _errors(ctx: ServiceContext, data: TransactionData) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        add_transaction(ctx, data)
    return {p.field: p.message_en for p in caught.value.problems}


# --- lines ---------------------------------------------------------------------------------------------------------


def test_a_line_stores_whole_rupiah(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line(planned_idr="1500000000"))
    view = get_budget_line(ctx, line_id)
    assert (view.planned_idr, view.account_code, view.fiscal_year) == (1_500_000_000, TRAVEL, 2026)
    assert isinstance(view.planned_idr, int)
    assert view.totals.spending.planned_idr == 1_500_000_000
    assert view.side == BudgetSide.SPENDING and view.transaction_kind == TransactionKind.REALISATION
    assert view.transactions == ()
    assert view.to_data().planned_idr == Decimal(1_500_000_000)


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"account_code": "5102"}, {"account_code"}),
        ({"account_code": "5.1.02.x"}, {"account_code"}),
        ({"account_code": ""}, {"account_code"}),
        ({"description": " "}, {"description"}),
        ({"planned_idr": Decimal("100.50")}, {"planned"}),
        ({"planned_idr": Decimal("-1")}, {"planned"}),
        ({"planned_idr": "12a"}, {"planned"}),
        ({"planned_idr": "Rp 1.000"}, {"planned"}),
        ({"fiscal_year": 1999}, {"fiscal_year"}),
        ({"agreement_id": 404}, {"agreement"}),
        ({"delegation_id": 404}, {"delegation"}),
        ({"planned_idr": Decimal(2**63)}, {"planned"}),
        ({"planned_idr": "abc", "description": ""}, {"planned", "description"}),
    ],
)
def test_bad_lines_are_refused_naming_the_field(
    ctx: ServiceContext, changes: dict[str, object], fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_budget_line(ctx, _line(**changes))
    assert caught.value.fields == fields
    assert list_budget_lines(ctx, 2026) == []


def test_letters_in_the_planned_amount_are_named(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        create_budget_line(ctx, _line(planned_idr="12a"))
    assert str(caught.value) == "Planned: '12a' is not a number"


def test_update_and_list_lines_of_a_year(ctx: ServiceContext) -> None:
    a = create_budget_line(ctx, _line(account_code="5.1.02.04.02.0002", description="Tiket"))
    b = create_budget_line(ctx, _line())
    create_budget_line(ctx, _line(fiscal_year=2025))
    update_budget_line(ctx, b, _line(planned_idr=Decimal(300_000_000), description="Uang harian"))
    lines = list_budget_lines(ctx, 2026)
    assert [(line.id, line.description, line.totals.spending.planned_idr) for line in lines] == [
        (b, "Uang harian", 300_000_000),
        (a, "Tiket", 250_000_000),
    ]


# --- transactions ----------------------------------------------------------------------------------------------------


def test_rupiah_transactions_have_rate_one(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    tx = get_transaction(ctx, add_transaction(ctx, _tx(line_id, "12500000", description="Hotel")))
    assert (tx.amount, tx.currency, tx.amount_minor, tx.rate_to_idr, tx.idr_amount) == (
        Decimal(12_500_000),
        "IDR",
        12_500_000,
        Decimal(1),
        12_500_000,
    )
    assert _errors(ctx, _tx(line_id, 100, "IDR", Decimal(2))) == {
        "rate_to_idr": "a rupiah amount has no exchange rate (it is 1)"
    }
    assert "amount" in _errors(ctx, _tx(line_id, Decimal("100.5")))


def test_foreign_amount_keeps_currency_minor_units_and_exact_rate(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    tx_id = add_transaction(ctx, _tx(line_id, Decimal("1234.56"), "USD", Decimal("16345.123456789")))
    tx = get_transaction(ctx, tx_id)
    assert (tx.amount_minor, tx.amount, tx.currency) == (123456, Decimal("1234.56"), "USD")
    assert tx.rate_to_idr == Decimal("16345.123456789")
    assert str(tx.rate_to_idr) == "16345.123456789"
    # 1234.56 x 16345.123456789 = 20179035.6158... -> 20179036
    assert tx.idr_amount == 20_179_036
    with ctx.database.sessions() as session:
        row = session.get(Transaction, tx_id)
        assert (row.amount_minor, row.idr_amount, row.rate_to_idr) == (123456, 20_179_036, Decimal("16345.123456789"))


def test_a_very_large_amount_survives_a_round_trip_exactly(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    tx = get_transaction(ctx, add_transaction(ctx, _tx(line_id, "1234567890123456.78", "USD", Decimal(7000))))
    assert tx.amount == Decimal("1234567890123456.78")
    assert tx.amount_minor == 123456789012345678
    assert tx.idr_amount == 8641975230864197460  # exact: 1234567890123456.78 x 7000
    assert get_budget_line(ctx, line_id).totals.spending.realised_idr == 8641975230864197460


def test_rupiah_that_would_not_fit_is_refused(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    assert _errors(ctx, _tx(line_id, "1234567890123456.78", "USD", Decimal(16000))) == {
        "rate_to_idr": "is too large to be stored"
    }


def test_conversion_rounds_half_up_to_whole_rupiah(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    cases = [
        (Decimal("0.01"), Decimal(150), 2),  # 1.50 -> 2 (half up, not to even)
        (Decimal("0.03"), Decimal(150), 5),  # 4.50 -> 5 (banker's rounding would give 4)
        (Decimal("0.01"), Decimal("149.99"), 1),  # 1.4999 -> 1
        (Decimal("100.00"), Decimal("15875.5"), 1_587_550),
        (Decimal("0.05"), Decimal("10.1"), 1),  # 0.505 -> 1
    ]
    for amount, rate, expected in cases:
        tx = get_transaction(ctx, add_transaction(ctx, _tx(line_id, amount, "USD", rate)))
        assert tx.idr_amount == expected, (amount, rate)


def test_yen_has_no_decimals(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    tx = get_transaction(ctx, add_transaction(ctx, _tx(line_id, "150000", "JPY", Decimal("104.37"))))
    assert (tx.amount_minor, tx.amount, tx.idr_amount) == (150000, Decimal(150000), 15_655_500)
    assert _errors(ctx, _tx(line_id, "1500.5", "JPY", Decimal("104.37"))) == {
        "amount": "JPY amounts have no decimals; 1500.5 has more"
    }


def test_more_decimals_than_the_currency_allows_is_refused(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    assert _errors(ctx, _tx(line_id, "10.001", "USD", Decimal(16000))) == {
        "amount": "USD amounts have at most 2 decimal(s); 10.001 has more"
    }
    assert get_budget_line(ctx, line_id).transactions == ()


@pytest.mark.parametrize(
    ("amount", "currency", "rate", "fields"),
    [
        (Decimal(-5), "USD", Decimal(16000), {"amount"}),
        (Decimal(0), "IDR", None, {"amount"}),
        ("12a", "USD", Decimal(16000), {"amount"}),
        ("abc", "IDR", None, {"amount"}),
        (None, "IDR", None, {"amount"}),
        (Decimal(10), "XYZ", Decimal(1), {"currency"}),
        (Decimal(10), "USD", None, {"rate_to_idr"}),
        (Decimal(10), "USD", Decimal(0), {"rate_to_idr"}),
        (Decimal(10), "USD", Decimal(-16000), {"rate_to_idr"}),
        (Decimal(10), "USD", "16.000,5", {"rate_to_idr"}),
        ("x", "XYZ", None, {"amount", "currency"}),
    ],
)
def test_bad_amounts_are_refused_naming_the_field(
    ctx: ServiceContext, amount: object, currency: str, rate: object, fields: set[str]
) -> None:
    line_id = create_budget_line(ctx, _line())
    assert set(_errors(ctx, _tx(line_id, amount, currency, rate))) == fields
    assert get_budget_line(ctx, line_id).transactions == ()


def test_letters_in_an_amount_give_a_clear_message(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    assert _errors(ctx, _tx(line_id, "12a", "USD", Decimal(16000))) == {"amount": "'12a' is not a number"}
    assert _errors(ctx, _tx(line_id, Decimal(10), "USD")) == {
        "rate_to_idr": "a USD amount needs its exchange rate to IDR"
    }


def test_a_missing_rate_is_taken_from_the_rate_table_of_that_date(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    with ctx.database.sessions() as session, session.begin():
        session.add_all(
            [
                ExchangeRate(currency="EUR", on=date(2026, 5, 1), rate=Decimal("17250.25"), source="BI JISDOR"),
                ExchangeRate(currency="EUR", on=date(2026, 4, 30), rate=Decimal("17100"), source="BI JISDOR"),
            ]
        )
    # 4 May 2026 is a Monday; the latest quote before it is Friday 1 May.
    tx = get_transaction(ctx, add_transaction(ctx, _tx(line_id, Decimal("10.00"), "EUR")))
    assert (tx.rate_to_idr, tx.idr_amount) == (Decimal("17250.25"), 172_503)
    # Too old a quote is not used.
    errors = _errors(ctx, _tx(line_id, Decimal("10.00"), "EUR", occurred_on=date(2026, 6, 1)))
    assert set(errors) == {"rate_to_idr"}


def test_a_grant_needs_a_donor_that_exists(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line(account_code=GRANTS, description="Hibah JICA"))
    assert set(_errors(ctx, _tx(line_id, Decimal(100), "USD", Decimal(16000), kind="grant"))) == {"donor"}
    assert _errors(ctx, _tx(line_id, Decimal(100), "USD", Decimal(16000), kind="grant", donor_partner_id=987)) == {
        "donor": "there is no partner 987"
    }
    donor = _donor(ctx)
    spending = create_budget_line(ctx, _line())
    assert set(_errors(ctx, _tx(spending, Decimal(1), donor_partner_id=donor))) == {"donor"}
    assert set(_errors(ctx, _tx(spending, Decimal(1), form="in_kind"))) == {"form"}
    tx = get_transaction(
        ctx,
        add_transaction(
            ctx,
            _tx(
                line_id, Decimal("5000.00"), "USD", Decimal(16000), kind="grant", donor_partner_id=donor, form="in_kind"
            ),
        ),
    )
    assert (tx.kind, tx.donor_partner_id, tx.donor_name, tx.form, tx.idr_amount) == (
        "grant",
        donor,
        "JICA",
        "in_kind",
        80_000_000,
    )


def test_a_line_records_the_kind_its_side_records(ctx: ServiceContext) -> None:
    """A grant is revenue: refused on a spending line; a realisation is spending: refused on a revenue line."""
    donor = _donor(ctx)
    spending = create_budget_line(ctx, _line())
    revenue = create_budget_line(ctx, _line(account_code=GRANTS, description="Hibah JICA"))
    errors = _errors(ctx, _tx(spending, Decimal(100), "USD", Decimal(16000), kind="grant", donor_partner_id=donor))
    assert set(errors) == {"kind"} and "5.1.02.04.02.0001 is a spending account" in errors["kind"]
    assert "group 4" in errors["kind"]
    errors = _errors(ctx, _tx(revenue, Decimal(100)))
    assert set(errors) == {"kind"} and "4.3.01.01.01.0001 is a revenue account" in errors["kind"]
    # a line holding realisations cannot move to a revenue account, nor a grant line to a spending one
    add_transaction(ctx, _tx(spending, Decimal(100)))
    with pytest.raises(ValidationError) as caught:
        update_budget_line(ctx, spending, _line(account_code=GRANTS))
    assert [p.field for p in caught.value.problems] == ["account_code"]
    assert "other kind" in caught.value.problems[0].message_en
    update_budget_line(ctx, revenue, _line(account_code="4.3.01.01.01.0002", description="Hibah JICA"))  # no rows yet


def test_totals_keep_revenue_apart_from_spending(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line(planned_idr=Decimal(100_000_000)))
    other = create_budget_line(ctx, _line(planned_idr=Decimal(5_000_000), account_code="5.1.02.04.02.0002"))
    grant = create_budget_line(
        ctx, _line(planned_idr=Decimal(300_000_000), account_code=GRANTS, description="Hibah JICA")
    )
    donor = _donor(ctx)
    add_transaction(ctx, _tx(line_id, Decimal("1000.00"), "USD", Decimal("16000.5")))  # 16,000,500
    add_transaction(ctx, _tx(line_id, Decimal("150000"), "JPY", Decimal("104.37")))  # 15,655,500
    add_transaction(ctx, _tx(line_id, Decimal("3333333")))  # rupiah
    add_transaction(
        ctx, _tx(grant, Decimal("2000.00"), "EUR", Decimal(17000), kind="grant", donor_partner_id=donor)
    )  # 34,000,000 cash
    add_transaction(
        ctx,
        _tx(grant, Decimal("1000000"), "JPY", Decimal("104.37"), kind="grant", donor_partner_id=donor, form="in_kind"),
    )  # 104,370,000 in kind
    add_transaction(ctx, _tx(other, Decimal(1_000_000)))
    view = get_budget_line(ctx, line_id)
    totals = view.totals.spending
    assert (totals.planned_idr, totals.realised_idr) == (100_000_000, 34_989_333)
    assert totals.remaining_idr == 65_010_667
    assert totals.percent_realised == Decimal("34.99")  # 34.989333 % -> 34.99
    assert view.totals.revenue == RevenueFigures()
    assert [t.currency for t in view.transactions] == ["USD", "JPY", "IDR"]
    grant_view = get_budget_line(ctx, grant)
    assert grant_view.side == BudgetSide.REVENUE and grant_view.totals.spending == SpendingFigures()
    received = grant_view.totals.revenue
    assert (received.target_idr, received.cash_idr, received.in_kind_idr) == (300_000_000, 34_000_000, 104_370_000)
    assert received.percent_received == Decimal("46.12")  # 138,370,000 / 300,000,000 = 46.1233 %
    by_id = {line.id: line.totals for line in list_budget_lines(ctx, 2026)}
    assert by_id[line_id] == view.totals and by_id[grant] == grant_view.totals
    assert by_id[other].spending.realised_idr == 1_000_000
    year = fiscal_year_totals(ctx, 2026)
    # spending alone: 105,000,000 ceiling, 35,989,333 realised (34.28 %); the grant is not in it
    assert (year.spending.planned_idr, year.spending.realised_idr) == (105_000_000, 35_989_333)
    assert year.spending.percent_realised == Decimal("34.28")
    assert (year.revenue.target_idr, year.revenue.received_idr) == (300_000_000, 138_370_000)
    assert fiscal_year_totals(ctx, 2030).spending.percent_realised is None


def test_percent_realised_rounds_half_up(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line(planned_idr=Decimal(8)))
    add_transaction(ctx, _tx(line_id, Decimal(1)))  # 12.5 %
    assert get_budget_line(ctx, line_id).totals.spending.percent_realised == Decimal("12.50")
    line_id = create_budget_line(ctx, _line(planned_idr=Decimal(200_000)))
    add_transaction(ctx, _tx(line_id, Decimal(9)))  # 0.0045 % -> 0.00 ; 0.005 % -> 0.01
    add_transaction(ctx, _tx(line_id, Decimal(1)))
    assert get_budget_line(ctx, line_id).totals.spending.percent_realised == Decimal("0.01")


def test_transactions_must_fall_in_the_fiscal_year(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    assert set(_errors(ctx, _tx(line_id, Decimal(1), occurred_on=date(2025, 12, 31)))) == {"occurred_on"}
    add_transaction(ctx, _tx(line_id, Decimal(1)))
    with pytest.raises(ValidationError) as caught:
        update_budget_line(ctx, line_id, _line(fiscal_year=2027))
    (problem,) = caught.value.problems
    assert problem.message_en == "the line has transactions dated 4 May 2026, outside fiscal year 2027"
    assert problem.message_id == "baris ini memiliki transaksi bertanggal 4 Mei 2026, di luar tahun anggaran 2027"


def test_update_and_delete_a_transaction(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    tx_id = add_transaction(ctx, _tx(line_id, Decimal("100.00"), "USD", Decimal(16000)))
    update_transaction(ctx, tx_id, _tx(line_id, Decimal("100.00"), "USD", Decimal("16100.5"), reference="SP2D-1"))
    tx = get_transaction(ctx, tx_id)
    assert (tx.idr_amount, tx.rate_to_idr, tx.reference) == (1_610_050, Decimal("16100.5"), "SP2D-1")
    assert tx.to_data().rate_to_idr == Decimal("16100.5")
    delete_transaction(ctx, tx_id)
    assert get_budget_line(ctx, line_id).totals.spending.realised_idr == 0
    with pytest.raises(NotFoundError):
        get_transaction(ctx, tx_id)
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.entity == "budget_transaction")
            .order_by(AuditEntry.id)
        ).all()
    assert [action for action, _ in rows] == ["create", "update", "delete"]
    assert json.loads(rows[1][1]) == {
        "idr_amount": [1_600_000, 1_610_050],
        "rate_to_idr": ["16000", "16100.5"],
        "reference": [None, "SP2D-1"],
    }
    assert json.loads(rows[2][1])["amount_minor"] == [10000, None]


def test_a_line_with_transactions_or_activities_cannot_be_deleted(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    first = add_transaction(ctx, _tx(line_id, Decimal(1)))
    add_transaction(ctx, _tx(line_id, Decimal(2)))
    with ctx.database.sessions() as session, session.begin():
        stage_id = session.scalar(select(Stage.id).limit(1))
        agreement = Agreement(title_id="A", title_en="A", kind="ksdpl", instrument="mou", stage_id=stage_id)
        session.add(agreement)
        session.flush()
        session.add(
            Activity(agreement_id=agreement.id, occurred_on=DAY, kind="visit", title="Visit", budget_line_id=line_id)
        )
    with pytest.raises(DependencyError) as caught:
        delete_budget_line(ctx, line_id)
    assert caught.value.dependents == {"transaction(s)": 2, "activity(ies)": 1}
    assert "2 transaction(s)" in caught.value.message_en and TRAVEL in caught.value.message_en
    assert len(get_budget_line(ctx, line_id).transactions) == 2
    assert first in {t.id for t in get_budget_line(ctx, line_id).transactions}


def test_a_line_nothing_depends_on_is_deleted_and_its_history_kept(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line())
    delete_budget_line(ctx, line_id)
    with pytest.raises(NotFoundError):
        get_budget_line(ctx, line_id)
    with ctx.database.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "budget_line").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete"]


def test_a_closed_year_is_locked(ctx: ServiceContext) -> None:
    line_id = create_budget_line(ctx, _line(fiscal_year=2025))
    tx_id = add_transaction(ctx, _tx(line_id, Decimal(1), occurred_on=date(2025, 6, 1)))
    with ctx.database.sessions() as session, session.begin():
        session.add(FiscalYear(year=2025, closed_at=datetime(2026, 1, 31, tzinfo=UTC), closed_by="head1"))
    with pytest.raises(LockedError) as caught:
        add_transaction(ctx, _tx(line_id, Decimal(1), occurred_on=date(2025, 7, 1)))
    assert caught.value.message_en.startswith("Fiscal year 2025 was closed by head1 on 31 January 2026; its budget")
    assert caught.value.message_id.startswith("Tahun anggaran 2025 sudah ditutup oleh head1 pada 31 Januari 2026; ")
    with pytest.raises(LockedError):
        update_transaction(ctx, tx_id, _tx(line_id, Decimal(5), occurred_on=date(2025, 6, 1)))
    with pytest.raises(LockedError):
        delete_transaction(ctx, tx_id)
    with pytest.raises(LockedError):
        update_budget_line(ctx, line_id, _line(fiscal_year=2025, description="changed"))
    with pytest.raises(LockedError):
        create_budget_line(ctx, _line(fiscal_year=2025))
    assert get_transaction(ctx, tx_id).amount == Decimal(1)


def test_the_chart_of_accounts_is_enforced_once_entered(ctx: ServiceContext) -> None:
    create_budget_line(ctx, _line(account_code="9.9.9"))  # no chart yet: any dotted code
    with ctx.database.sessions() as session, session.begin():
        session.add_all(
            [
                Account(code=TRAVEL, name="Perjalanan dinas luar negeri"),
                Account(code="5.1.02.04.01.0001", name="Old", active=False),
            ]
        )
    assert create_budget_line(ctx, _line())
    with pytest.raises(ValidationError, match="not in the chart of accounts"):
        create_budget_line(ctx, _line(account_code="5.1.02.99"))
    with pytest.raises(ValidationError, match="closed in the chart of accounts"):
        create_budget_line(ctx, _line(account_code="5.1.02.04.01.0001"))
