"""A fiscal year with spending and grant (revenue) lines in four foreign currencies, built through the services,
with its figures computed by hand; shared by the service, CLI and GUI tests of the budget.

Fiscal year 2026 (rates in rupiah per unit; conversion per transaction, half up to whole rupiah):

Spending (belanja, group 5), ceiling 610,000,000:

* travel_mou 5.1.02.04.02.0001, 450,000,000, MoU 001/KSDPL/2024:
  USD 12,345.67 x 16,325.50 = 201,549,235.885 -> 201,549,236;
  EUR 2,500.00 x 17,750.25 (rate table, 6 March) = 44,375,625;
  KRW 3,250,000 x 11.7325 (rate table, 14 August) = 38,130,625;
  USD 0.03 x 150 = 4.50 -> 5;
  correction of closed 2025: USD -9,000.00 x 15,900 = -143,100,000;
  realised 140,955,491.
* meals_mou 5.1.02.01.01.0052, 25,000,000, MoU: IDR 18,750,000 + 9,999,999 = 28,749,999 (over its ceiling).
* travel_pks 5.1.02.04.02.0001, 120,000,000, PKS "PKS 2026?":
  JPY 850,000 x 108.3150 = 92,067,750; USD 1,234.56 x 16,410.005 = 20,259,135.77 -> 20,259,136;
  realised 112,326,886.
* meals 5.1.02.01.01.0052, 15,000,000, no agreement: IDR 4,800,000.

Spending realised 140,955,491 + 28,749,999 + 112,326,886 + 4,800,000 = 286,832,376: 47.02 % of 610,000,000;
remaining 323,167,624.

Revenue (pendapatan hibah, group 4), target 3,700,000,000:

* grant_pks 4.3.01.01.01.0001, 3,000,000,000, PKS: JPY 25,000,000 x 108.3150 = 2,707,875,000 in kind (JICA).
* grant_mou 4.3.01.01.01.0001, 700,000,000, MoU: USD 40,000.00 x 16,200 = 648,000,000 cash (Gyeonggi).

Received 3,355,875,000 (cash 648,000,000, in kind 2,707,875,000): 90.70 % of 3,700,000,000.
Added together (the old mistake) spending and revenue would give a "pagu" of 4,310,000,000 and 7.47 % realised.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from secretariat.domain.records import AgreementData, BudgetLineData, PartnerData, TransactionData
from secretariat.services.agreements.records import create_agreement
from secretariat.services.budget.accounts import AccountData, create_account
from secretariat.services.budget.exchange_rates import RateData, create_rate
from secretariat.services.budget.fiscal_years import CorrectionData, add_correction, close_year
from secretariat.services.budget.lines import add_transaction, create_budget_line
from secretariat.services.context import ServiceContext
from secretariat.services.office import get_office_profile, update_office_profile
from secretariat.services.partners.records import create_partner

TRAVEL, MEALS, GRANTS = "5.1.02.04.02.0001", "5.1.02.01.01.0052", "4.3.01.01.01.0001"
MOU = "001/KSDPL/2024 - MoU Jawa Barat - Gyeonggi"
PKS = "PKS 2026? - Pelatihan vokasi*"

SPENDING_PLANNED = 610_000_000
SPENDING_REALISED = 286_832_376
SPENDING_PERCENT = Decimal("47.02")
REVENUE_TARGET = 3_700_000_000
REVENUE_CASH = 648_000_000
REVENUE_IN_KIND = 2_707_875_000
REVENUE_RECEIVED = 3_355_875_000
REVENUE_PERCENT = Decimal("90.70")
LINE_REALISED = {"travel_mou": 140_955_491, "meals_mou": 28_749_999, "travel_pks": 112_326_886, "meals": 4_800_000}
LINE_RECEIVED = {"grant_pks": (0, 2_707_875_000), "grant_mou": (648_000_000, 0)}  # (cash, in kind)
TRANSACTIONS = 12  # in 2026, the correction included


def _tx(
    line_id: int, on: date, amount: str, currency: str = "IDR", rate: str | None = None, **changes: object
) -> TransactionData:
    values: dict[str, object] = {
        "budget_line_id": line_id,
        "occurred_on": on,
        "kind": "realisation",
        "amount": Decimal(amount),
        "currency": currency,
        "rate_to_idr": Decimal(rate) if rate else None,
    }
    values.update(changes)
    return TransactionData(**values)  # type: ignore[arg-type]


def sign_budgets(ctx: ServiceContext) -> None:
    """Name the region, the finance officer and the bureau head (with NIPs) in the office profile."""
    data = get_office_profile(ctx).to_data()
    data.region_name_id = "Pemerintah Provinsi Jawa Barat"
    data.region_name_en = "West Java Provincial Government"
    data.address_lines = "Jalan Diponegoro No. 22\nBandung 40115"
    data.bureau_head_name = "Dr. Bambang Sutrisno, M.Si."
    data.bureau_head_title = "Kepala Biro Pemerintahan dan Kerja Sama"
    data.bureau_head_nip = "197001011995031001"
    data.finance_officer_name = "Siti Rahmawati, S.E."
    data.finance_officer_title = "Bendahara Pengeluaran Pembantu"
    data.finance_officer_nip = "198203152006042003"
    update_office_profile(ctx, data)


def multi_currency_year(ctx: ServiceContext) -> dict[str, int]:
    """Fiscal year 2026 as in the module's notes; ``ctx`` must be allowed to close years (the head)."""
    for code, name in (
        (TRAVEL, "Belanja Perjalanan Dinas Biasa - Luar Negeri"),
        (MEALS, "Belanja Makanan dan Minuman Rapat"),
        (GRANTS, "Pendapatan Hibah dari Luar Negeri"),
    ):
        create_account(ctx, AccountData(code=code, name=name))
    for currency, on, rate in (("EUR", date(2026, 3, 6), "17750.25"), ("KRW", date(2026, 8, 14), "11.7325")):
        create_rate(ctx, RateData(currency=currency, on=on, rate=rate, source="Bank Indonesia JISDOR"))
    jica = create_partner(
        ctx,
        PartnerData(
            code="JICA", name="Japan International Cooperation Agency", kind="state_institution", country_code="JP"
        ),
    )
    gyeonggi = create_partner(
        ctx, PartnerData(code="GG", name="Gyeonggi-do", kind="regional_government", country_code="KR")
    )
    mou = create_agreement(
        ctx,
        AgreementData(
            number="001/KSDPL/2024",
            title_id="MoU Jawa Barat - Gyeonggi",
            title_en="MoU West Java - Gyeonggi",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[gyeonggi],
        ),
    )
    # A title SUMIFS would read as a pattern: must still be matched exactly.
    pks = create_agreement(
        ctx,
        AgreementData(
            number="PKS 2026?",
            title_id="Pelatihan vokasi*",
            title_en="Vocational training*",
            kind="ksdll",
            instrument="arrangement",
            partner_ids=[jica],
        ),
    )

    def line(code: str, planned: int, description: str, agreement: int | None = None, year: int = 2026) -> int:
        return create_budget_line(
            ctx,
            BudgetLineData(
                fiscal_year=year,
                account_code=code,
                description=description,
                planned_idr=Decimal(planned),
                agreement_id=agreement,
                activity="Fasilitasi Kerja Sama Daerah",
            ),
        )

    ids = {
        "travel_mou": line(TRAVEL, 450_000_000, "Kunjungan kerja ke Gyeonggi", mou),
        "meals_mou": line(MEALS, 25_000_000, "Rapat koordinasi kelompok kerja", mou),
        "travel_pks": line(TRAVEL, 120_000_000, "Studi banding pelatihan vokasi ke Jepang", pks),
        "grant_pks": line(GRANTS, 3_000_000_000, "Hibah peralatan bengkel", pks),
        "grant_mou": line(GRANTS, 700_000_000, "Hibah program kelompok kerja", mou),
        "meals": line(MEALS, 15_000_000, "Jamuan delegasi masuk"),
    }
    add = add_transaction
    add(ctx, _tx(ids["travel_mou"], date(2026, 3, 9), "12345.67", "USD", "16325.50"))
    add(ctx, _tx(ids["travel_mou"], date(2026, 3, 9), "2500.00", "EUR"))  # EUR from the rate table (6 March)
    add(ctx, _tx(ids["travel_mou"], date(2026, 8, 17), "3250000", "KRW"))  # KRW from the table (14 August)
    add(ctx, _tx(ids["travel_mou"], date(2026, 8, 17), "0.03", "USD", "150"))  # 4.50 -> 5, half up
    add(ctx, _tx(ids["meals_mou"], date(2026, 4, 2), "18750000"))
    add(ctx, _tx(ids["meals_mou"], date(2026, 5, 20), "9999999"))  # over plan now: 28,749,999 > 25,000,000
    add(ctx, _tx(ids["travel_pks"], date(2026, 6, 1), "850000", "JPY", "108.3150"))
    add(ctx, _tx(ids["travel_pks"], date(2026, 6, 3), "1234.56", "USD", "16410.005"))
    add(
        ctx,
        _tx(
            ids["grant_pks"],
            date(2026, 7, 1),
            "25000000",
            "JPY",
            "108.3150",
            kind="grant",
            donor_partner_id=jica,
            form="in_kind",
            description="Mesin bubut dan alat ukur",
        ),
    )
    add(
        ctx,
        _tx(ids["grant_mou"], date(2026, 9, 1), "40000.00", "USD", "16200", kind="grant", donor_partner_id=gyeonggi),
    )
    add(ctx, _tx(ids["meals"], date(2026, 10, 5), "4800000"))
    # 2025, closed with a payment booked ten times too large; corrected in 2026.
    old_line = line(TRAVEL, 300_000_000, "Kunjungan kerja 2025", mou, year=2025)
    wrong = add(ctx, _tx(old_line, date(2025, 11, 3), "10000.00", "USD", "15900", reference="SP2D-1103"))
    close_year(ctx, 2025)
    ids["correction"] = add_correction(
        ctx,
        CorrectionData(
            corrects_id=wrong,
            budget_line_id=ids["travel_mou"],
            occurred_on=date(2026, 1, 15),
            amount="-9000.00",
            reason="Tercatat USD 10.000 seharusnya USD 1.000 (BA koreksi 01)",
            reference="BA-01/2026",
        ),
    )
    return ids


__all__ = [
    "GRANTS",
    "MEALS",
    "MOU",
    "PKS",
    "TRAVEL",
    "_tx",
    "multi_currency_year",
    "sign_budgets",
]
