"""The demo's money: the weekly rate table, budget lines with realisations and grants, per-diem rates.

Every foreign amount is converted with the rate of the office's rate table for
its week, kept with the transaction; rupiah are rounded half up
(:meth:`Money.to_idr`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from secretariat.domain.budget_figures import default_side
from secretariat.domain.enums import BudgetSide
from secretariat.domain.money import Money, currency_exponent
from secretariat.services.demo import words
from secretariat.services.demo.scenario import DELEGATIONS
from secretariat.services.demo.state import DemoState
from secretariat.storage.models import Account, ExchangeRate, FiscalYear


def rate_on(state: DemoState, currency: str, on: date) -> Decimal:
    """The rate of the office's rate table for ``on``: one rate a week (Mondays), kept in the table."""
    if currency == "IDR":
        return Decimal(1)
    monday = on - timedelta(days=on.weekday())
    rate = state.rate_table.get((currency, monday))
    if rate is None:
        base = Decimal(words.BASE_RATES[currency])
        places = Decimal("0.0001") if base < 1000 else Decimal("0.01")
        factor = Decimal(1) + Decimal(state.rng.randint(-400, 400)) / Decimal(10_000)
        rate = state.rate_table[(currency, monday)] = (base * factor).quantize(places, rounding=ROUND_HALF_UP)
    return rate


def rate_walk(state: DemoState) -> None:
    """Weekly rates (Mondays) since four years ago, wandering around the base rates like a market."""
    first = date(state.today.year - 4, 1, 1)
    first -= timedelta(days=first.weekday())
    for currency, base_text in words.BASE_RATES.items():
        base = Decimal(base_text)
        places = Decimal("0.0001") if base < 1000 else Decimal("0.01")
        level = Decimal(1)
        monday = first
        while monday <= state.today:
            step = Decimal(state.rng.randint(-60, 60)) / Decimal(10_000)
            level = min(Decimal("1.08"), max(Decimal("0.92"), level + step))
            state.rate_table[(currency, monday)] = (base * level).quantize(places, rounding=ROUND_HALF_UP)
            monday += timedelta(days=7)


def reference_tables(state: DemoState) -> None:
    """The chart of accounts the lines use, the weekly rate table, and the fiscal years (old ones closed)."""
    existing_accounts = set(state.session.scalars(select(Account.code)))
    for code, _activity, name in (*words.BUDGET_ACCOUNTS, words.GRANT_ACCOUNT):
        if code not in existing_accounts:
            existing_accounts.add(code)
            side = default_side(code) or BudgetSide.SPENDING
            state.out.add(
                "account",
                {"id": state.out.new_id("account"), "code": code, "name": name, "active": True, "side": side},
            )
    existing_rates = {(c, on) for c, on in state.session.execute(select(ExchangeRate.currency, ExchangeRate.on))}
    for (currency, monday), rate in sorted(state.rate_table.items()):
        if (currency, monday) not in existing_rates:
            state.out.add(
                "exchange_rate",
                {
                    "id": state.out.new_id("exchange_rate"),
                    "currency": currency,
                    "on": monday,
                    "rate": rate,
                    "source": words.RATE_SOURCE,
                },
            )
    existing_years = set(state.session.scalars(select(FiscalYear.year)))
    for year in range(state.today.year - 4, state.today.year + 1):
        if year in existing_years:
            continue
        closed = year <= state.today.year - 2
        state.out.add(
            "fiscal_year",
            {
                "year": year,
                "closed_at": datetime(year + 1, 3, 31, 3, 0, tzinfo=UTC) if closed else None,
                "closed_by": state.login if closed else None,
            },
        )


def within_year(year: int, on: date) -> date:
    """A transaction belongs to its line's fiscal year: tickets bought in December for a January trip
    are booked on the year's first day, lodging paid after New Year on its last day."""
    return min(max(on, date(year, 1, 1)), date(year, 12, 31))


def add_transaction(
    state: DemoState,
    line_id: int,
    on: date,
    kind: str,
    amount: Decimal,
    currency: str,
    description: str,
    donor_id: int | None = None,
    form: str = "cash",
) -> int:
    money = Money(amount, currency).quantized()
    rate = rate_on(state, currency, on)
    idr = money.to_idr(rate)
    state.out.add(
        "budget_transaction",
        {
            "id": state.out.new_id("budget_transaction"),
            "budget_line_id": line_id,
            "occurred_on": on,
            "kind": kind,
            "amount_minor": money.minor,
            "currency": currency,
            "rate_to_idr": rate,
            "idr_amount": idr.minor,
            "donor_partner_id": donor_id,
            "form": form,
            "description": description,
            "reference": f"SP2D-{on.year}-{state.rng.randint(1, 9999):04d}" if kind == "realisation" else None,
        },
    )
    return idr.minor


def add_line(
    state: DemoState,
    year: int,
    account: tuple[str, str, str],
    planned: int,
    *,
    agreement_id: int | None = None,
    delegation_id: int | None = None,
    description: str | None = None,
) -> int:
    line_id = state.out.new_id("budget_line")
    code, activity, default_description = account
    state.out.add(
        "budget_line",
        {
            "id": line_id,
            "fiscal_year": year,
            "account_code": code,
            "activity": activity,
            "description": description or default_description,
            "planned_idr": planned,
            "agreement_id": agreement_id,
            "delegation_id": delegation_id,
        },
    )
    return line_id


def spread(state: DemoState, total: int, parts: int) -> list[int]:
    cuts = sorted(state.rng.random() for _ in range(parts - 1))
    shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
    amounts = [int(total * share) for share in shares]
    amounts[-1] += total - sum(amounts)
    return amounts


def date_in_year(state: DemoState, year: int, not_after: date) -> date:
    start = date(year, 1, 1)
    end = min(date(year, 12, 31), not_after)
    if end < start:
        return start
    return start + timedelta(days=state.rng.randint(0, (end - start).days))


def curated_budget(state: DemoState) -> None:
    rng, today = state.rng, state.today
    travel, domestic, hosting, translation, printing, study = words.BUDGET_ACCOUNTS
    for year in range(today.year - 2, today.year + 1):
        closed = year < today.year
        # Trips abroad: one line per outgoing delegation of the year.
        for delegation in state.delegations[: len(DELEGATIONS)]:
            if delegation.direction != "outgoing" or delegation.start_on.year != year:
                continue
            planned = rng.randint(180, 420) * 1_000_000
            line_id = add_line(
                state,
                year,
                travel,
                planned,
                agreement_id=delegation.agreement_id,
                delegation_id=delegation.id,
                description=f"Perjalanan dinas luar negeri ke {delegation.city}",
            )
            state.budget_line_by_delegation[delegation.id] = line_id
            if delegation.status != "completed":
                continue
            over = delegation.country == "AU"  # the Perth trip went over its plan
            target = int(planned * (1.08 if over else rng.uniform(0.78, 0.97)))
            air = int(target * 0.45)
            add_transaction(
                state,
                line_id,
                within_year(year, delegation.start_on - timedelta(days=20)),
                "realisation",
                Decimal(air),
                "IDR",
                "Tiket pesawat pulang-pergi (kelas ekonomi)",
            )
            usd_rate = Decimal(words.BASE_RATES["USD"])
            per_diem = (Decimal(target - air) * Decimal("0.45") / usd_rate).quantize(Decimal("0.01"))
            add_transaction(
                state,
                line_id,
                delegation.start_on,
                "realisation",
                per_diem,
                "USD",
                "Uang harian perjalanan dinas luar negeri",
            )
            currency = words.COUNTRY_CURRENCY.get(delegation.country, "USD")
            lodging_idr = Decimal(target - air) * Decimal("0.55")
            lodging = lodging_idr / Decimal(words.BASE_RATES[currency])
            lodging = lodging.quantize(Decimal(1).scaleb(-currency_exponent(currency)))
            add_transaction(
                state,
                line_id,
                within_year(year, delegation.end_on),
                "realisation",
                lodging,
                currency,
                f"Biaya penginapan di {delegation.city}",
            )
        # Foreign experts paid in their own currency (closed years).
        if closed:
            line_id = add_line(
                state,
                year,
                study,
                rng.randint(60, 110) * 1_000_000,
                description="Honorarium narasumber asing kajian kelayakan",
            )
            add_transaction(
                state,
                line_id,
                date_in_year(state, year, today),
                "realisation",
                Decimal(rng.randint(1_800, 3_200)),
                "EUR",
                "Honorarium narasumber (Jerman)",
            )
            add_transaction(
                state,
                line_id,
                date_in_year(state, year, today),
                "realisation",
                Decimal(rng.randint(250, 420) * 1_000),
                "JPY",
                "Honorarium narasumber (Jepang)",
            )
        # Yearly lines of the bureau.
        for account, low, high, parts in (
            (domestic, 90, 160, 6),
            (hosting, 120, 260, 5),
            (translation, 40, 90, 4),
            (printing, 15, 40, 3),
            (study, 50, 120, 2),
        ):
            planned = rng.randint(low, high) * 1_000_000
            line_id = add_line(state, year, account, planned)
            ratio = (
                1.12
                if (account is hosting and year == today.year - 1)
                else (rng.uniform(0.7, 0.98) if closed else rng.uniform(0.2, 0.6))
            )
            for share in spread(state, int(planned * ratio), parts):
                on = date_in_year(state, year, today)
                add_transaction(state, line_id, on, "realisation", Decimal(share), "IDR", account[2])
    # Grants from partners, recorded with the agreement they serve.
    grants = (
        ("jica_pks", "JPY", (8_500_000, 12_000_000), "in_kind", "Peralatan sistem peringatan dini banjir"),
        ("jica_pks", "JPY", (3_000_000, 4_500_000), "cash", "Biaya pelatihan aparatur di Jepang"),
        ("giz_pks", "EUR", (60_000, 95_000), "cash", "Dana pendampingan kurikulum vokasi"),
        ("undp_mou", "USD", (120_000, 180_000), "cash", "Program ketahanan iklim masyarakat pesisir"),
        ("kkj_pks_waste", "JPY", (15_000_000, 22_000_000), "in_kind", "Mesin pengomposan dan insinerator"),
        ("koica_pks", "KRW", (150_000_000, 240_000_000), "in_kind", "Peralatan puskesmas ibu dan anak"),
    )
    for key, currency, (low, high), form, description in grants:
        agreement = state.agreement_by_key[key]
        partner_id = agreement.partner_ids[0]
        on = max(agreement.effective_on or today, today - timedelta(days=700))
        on = min(on + state.days(30, 200), today)
        amount = Decimal(rng.randint(low, high))
        planned_idr = int(amount * Decimal(words.BASE_RATES[currency]) / 1_000_000) * 1_000_000
        line_id = add_line(
            state,
            on.year,
            words.GRANT_ACCOUNT,
            planned_idr,
            agreement_id=agreement.id,
            description=f"Hibah: {description}",
        )
        add_transaction(state, line_id, on, "grant", amount, currency, description, donor_id=partner_id, form=form)


def generated_budget(state: DemoState, count: int) -> None:
    rng, today = state.rng, state.today
    currencies = ("IDR", "IDR", "IDR", "USD", "EUR", "JPY", "AUD", "KRW")
    signed = [a for a in state.agreements if a.signed_on]
    for _ in range(count):
        year = rng.randint(today.year - 4, today.year)
        account = rng.choice(words.BUDGET_ACCOUNTS)
        agreement = rng.choice(signed) if signed and rng.random() < 0.5 else None
        planned = rng.randint(10, 600) * 1_000_000
        line_id = add_line(state, year, account, planned, agreement_id=agreement.id if agreement else None)
        budget_left = planned * rng.uniform(0.3, 1.1)
        for _ in range(rng.randint(0, 4)):
            currency = rng.choice(currencies)
            idr_share = Decimal(budget_left) / 4
            amount = (idr_share / Decimal(words.BASE_RATES.get(currency, "1"))) if currency != "IDR" else idr_share
            amount = amount.quantize(Decimal(1).scaleb(-currency_exponent(currency)))
            add_transaction(
                state, line_id, date_in_year(state, year, today), "realisation", amount, currency, account[2]
            )
        if agreement is not None and rng.random() < 0.1:
            # A grant is revenue: it goes on a line of the grant (revenue) account, never on a spending line.
            currency = rng.choice(("USD", "EUR", "JPY"))
            amount = Decimal(rng.randint(5_000, 80_000)) * (100 if currency == "JPY" else 1)
            target = int(amount * Decimal(words.BASE_RATES[currency]) * Decimal("1.2") / 1_000_000) * 1_000_000
            grant_line = add_line(
                state, year, words.GRANT_ACCOUNT, target, agreement_id=agreement.id, description="Hibah mitra"
            )
            add_transaction(
                state,
                grant_line,
                date_in_year(state, year, today),
                "grant",
                amount,
                currency,
                "Hibah mitra",
                donor_id=agreement.partner_ids[0],
                form=rng.choice(("cash", "in_kind")),
            )


def per_diem(state: DemoState) -> None:
    valid_from = date(2024, 1, 1)
    for table, source in ((words.PMK_2024_RATES, words.PMK_2024_SOURCE), (words.DEMO_RATES, words.DEMO_RATE_SOURCE)):
        for country, amounts in table.items():
            for grade, amount in zip("ABCD", amounts, strict=True):
                state.out.add(
                    "per_diem_rate",
                    {
                        "id": state.out.new_id("per_diem_rate"),
                        "country_code": country,
                        "grade": grade,
                        "amount_minor": amount * 100,
                        "currency": "USD",
                        "valid_from": valid_from,
                        "source": source,
                    },
                )


def travel_costs(state: DemoState) -> None:
    """The travel-cost table: return fares per destination and class (grades A and B business, C and D
    economy), visas per country, and rates for any country (insurance, local transport, representation,
    souvenirs, interpreter). No venue rate: the demo's travel budgets show a row left to fill in."""
    valid_from = date(state.today.year, 1, 1)
    countries = sorted({*words.PMK_2024_RATES, *words.DEMO_RATES})

    def add(
        kind: str,
        minor: int,
        currency: str,
        country: str | None = None,
        grade: str | None = None,
        travel_class: str | None = None,
    ) -> None:
        state.out.add(
            "travel_cost_rate",
            {
                "id": state.out.new_id("travel_cost_rate"),
                "kind": kind,
                "country_code": country,
                "grade": grade,
                "travel_class": travel_class,
                "amount_minor": minor,
                "currency": currency,
                "valid_from": valid_from,
                "source": words.DEMO_RATE_SOURCE,
            },
        )

    for country in countries:
        business, economy = words.DEMO_FARES.get(country, words.DEMO_FARES["*"])
        for grade in "AB":
            add("air_fare", business * 100, "USD", country, grade, "business")
        for grade in "CD":
            add("air_fare", economy * 100, "USD", country, grade, "economy")
        add("visa", words.DEMO_VISAS.get(country, 50) * 100, "USD", country)
    add("insurance", 450_000, "IDR")
    add("local_transport", 40 * 100, "USD")
    add("representation", 250 * 100, "USD", grade="A")
    add("representation", 200 * 100, "USD", grade="B")
    add("souvenirs", 7_500_000, "IDR")
    add("interpreter", 250 * 100, "USD")
