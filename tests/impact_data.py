"""A small known dataset for the impact scorecard, the yearly evaluation and the annual report (issue 16).

Report year 2025, "today" 1 March 2026. Figures worked out by hand in the tests that use it:

A "001/KS/2023" (Osaka, JP; implementation): targets for 2025 "Pelajar dipertukarkan" 20 orang and
  "Nilai perdagangan" 2,000,000 USD; activities 10 Mar (8 orang) and 15 Sep (6 orang, 1,500,000 USD);
  delegations out 2 May, in 20 Nov (and one cancelled in June); spending 45,000,000 + 5,000,000 (a 2024
  transaction is outside the year), grant received 10,000,000 cash.
B "002/KS/2022" (Berlin, DE; signed): one activity 1 Feb 2025, no targets, an unlinked value.
C "003/KS/2021" (Osaka, JP; evaluation stage): expires 30 Jun 2026, 6 months' notice; last activity 30 Jun 2024.
D "004/KS/2020" (DE): terminated on 1 Mar 2024, so not in force in 2025.
E (no number, JP): still at the initiative stage; never counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from secretariat.services.context import ServiceContext, writing
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    BudgetLine,
    Delegation,
    ImpactIndicator,
    Indicator,
    IndicatorTarget,
    Partner,
    Stage,
    StageChange,
    Transaction,
)

YEAR = 2025
TODAY = date(2026, 3, 1)
TRAVEL = "5.1.02.04.02.0001"
GRANTS = "4.3.01.01.01.0001"


@dataclass(frozen=True)
class ImpactSet:
    a: int
    b: int
    c: int
    d: int
    e: int


def _pay(s, line: BudgetLine, on: date, idr: int, kind: str = "realisation") -> None:
    s.add(
        Transaction(
            budget_line_id=line.id,
            occurred_on=on,
            kind=kind,
            amount_minor=idr * 100,
            currency="IDR",
            rate_to_idr=Decimal(1),
            idr_amount=idr,
        )
    )


def build(ctx: ServiceContext) -> ImpactSet:
    with writing(ctx) as s:
        stage = {st.code: st for st in s.scalars(select(Stage))}
        osaka = Partner(code="JP-OSK", name="Osaka Prefecture", kind="regional_government", country_code="JP")
        berlin = Partner(code="DE-BER", name="Land Berlin", kind="regional_government", country_code="DE")
        s.add_all([osaka, berlin])
        s.flush()

        def agreement(number: str | None, stage_code: str, partner: Partner, **fields: object) -> Agreement:
            a = Agreement(
                title_id=f"Kerja sama {number or 'baru'}",
                title_en=f"Cooperation {number or 'new'}",
                kind="ksdpl",
                instrument="mou",
                stage_id=stage[stage_code].id,
                number=number,
                **fields,
            )
            a.parties.append(AgreementPartner(partner_id=partner.id, position=0))
            s.add(a)
            return a

        a = agreement(
            "001/KS/2023",
            "implementation",
            osaka,
            signed_on=date(2022, 12, 1),
            effective_on=date(2023, 1, 1),
            expires_on=date(2027, 12, 31),
            notice_months=6,
        )
        b = agreement("002/KS/2022", "signed", berlin, signed_on=date(2022, 6, 1), effective_on=date(2022, 6, 1))
        c = agreement(
            "003/KS/2021",
            "evaluation",
            osaka,
            signed_on=date(2021, 1, 1),
            effective_on=date(2021, 1, 1),
            expires_on=date(2026, 6, 30),
            notice_months=6,
        )
        d = agreement("004/KS/2020", "terminated", berlin, signed_on=date(2020, 1, 1), effective_on=date(2020, 1, 1))
        e = agreement(None, "initiative", osaka)
        s.flush()
        s.add(
            StageChange(
                agreement_id=d.id,
                from_stage_id=stage["implementation"].id,
                to_stage_id=stage["terminated"].id,
                on=date(2024, 3, 1),
                user_login="clerk1",
            )
        )
        students = ImpactIndicator(agreement_id=a.id, name="Pelajar dipertukarkan", unit="orang", position=0)
        trade = ImpactIndicator(agreement_id=a.id, name="Nilai perdagangan", unit="USD", position=1)
        s.add_all([students, trade])
        s.flush()
        s.add_all(
            [
                IndicatorTarget(impact_indicator_id=students.id, year=2025, target=Decimal(20)),
                IndicatorTarget(impact_indicator_id=students.id, year=2026, target=Decimal(25)),
                IndicatorTarget(impact_indicator_id=trade.id, year=2025, target=Decimal(2_000_000)),
            ]
        )

        def activity(agreement_id: int, on: date, *values: tuple[str, str, str, int | None]) -> None:
            act = Activity(agreement_id=agreement_id, occurred_on=on, kind="exchange", title=f"Kegiatan {on}")
            for name, value, unit, linked in values:
                act.indicators.append(Indicator(name=name, value=Decimal(value), unit=unit, impact_indicator_id=linked))
            s.add(act)

        activity(a.id, date(2025, 3, 10), ("Pelajar dipertukarkan", "8", "orang", students.id))
        activity(
            a.id,
            date(2025, 9, 15),
            ("Pelajar dipertukarkan", "6", "orang", students.id),
            ("Nilai perdagangan", "1500000", "USD", trade.id),
        )
        activity(a.id, date(2024, 11, 1), ("Pelajar dipertukarkan", "50", "orang", students.id))  # other year
        activity(b.id, date(2025, 2, 1), ("Guru dilatih", "3", "orang", None))
        activity(c.id, date(2024, 6, 30))
        for code, direction, start, status in (
            ("DLG-1", "outgoing", date(2025, 5, 2), "completed"),
            ("DLG-2", "incoming", date(2025, 11, 20), "completed"),
            ("DLG-3", "outgoing", date(2025, 6, 1), "cancelled"),
        ):
            s.add(
                Delegation(
                    code=code,
                    direction=direction,
                    purpose=f"Kunjungan {code}",
                    country_code="JP",
                    start_on=start,
                    end_on=start,
                    status=status,
                    agreement_id=a.id,
                )
            )
        travel = BudgetLine(
            fiscal_year=2025, account_code=TRAVEL, description="Perjalanan", planned_idr=60_000_000, agreement_id=a.id
        )
        grant = BudgetLine(
            fiscal_year=2025, account_code=GRANTS, description="Hibah", planned_idr=10_000_000, agreement_id=a.id
        )
        old = BudgetLine(
            fiscal_year=2024, account_code=TRAVEL, description="Perjalanan 2024", planned_idr=1, agreement_id=a.id
        )
        s.add_all([travel, grant, old])
        s.flush()
        _pay(s, travel, date(2025, 5, 1), 45_000_000)
        _pay(s, travel, date(2025, 8, 1), 5_000_000)
        _pay(s, grant, date(2025, 7, 1), 10_000_000, kind="grant")
        _pay(s, old, date(2024, 12, 1), 7_000_000)
        s.flush()
        return ImpactSet(a.id, b.id, c.id, d.id, e.id)
