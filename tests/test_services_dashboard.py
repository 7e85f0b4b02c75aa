"""The dashboard's reminders on a known dataset with a fixed 'today', on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from secretariat.services.context import open_context, writing
from secretariat.services.dashboard import ReminderThresholds, what_needs_doing
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    BudgetLine,
    Delegation,
    Member,
    Partner,
    PerDiemRate,
    PermitStep,
    Stage,
    Transaction,
)

TODAY = date(2026, 6, 15)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@dataclass
class Dataset:
    agreements: dict[str, int]
    delegations: dict[str, int]
    lines: dict[str, int]


def _build(ctx) -> Dataset:
    with writing(ctx) as s:
        stage = {st.code: st for st in s.scalars(select(Stage))}
        partner = Partner(code="JP-OSK", name="Osaka Prefecture", kind="regional_government", country_code="JP")
        other = Partner(code="DE-BER", name="Berlin", kind="regional_government", country_code="DE")
        s.add_all([partner, other])
        s.flush()

        def agreement(key: str, stage_code: str, **fields: object) -> Agreement:
            subject = (
                {} if key in ("A6", "A7", "A8") else {"subject_id": f"Pokok {key}", "subject_en": f"Subject {key}"}
            )
            a = Agreement(
                title_id=f"Perjanjian {key}",
                title_en=f"Agreement {key}",
                **subject,
                kind="ksdpl",
                instrument="mou",
                stage_id=stage[stage_code].id,
                number=f"{key}/KS/2026",
                **fields,
            )
            a.parties.append(AgreementPartner(partner_id=partner.id, position=0))
            s.add(a)
            return a

        a = {
            # expires in 20 days; 6 months' notice long past; an activity this year keeps it alive
            "A1": agreement(
                "A1", "implementation", effective_on=date(2021, 7, 5), expires_on=days(20), notice_months=6
            ),
            # expiry only computed: 1 Sep 2021 + 60 months = 31 Aug 2026 (77 days); nothing ever happened
            "A2": agreement("A2", "signed", effective_on=date(2021, 9, 1), term_months=60, notice_months=None),
            # 150 days left, 3 months' notice still possible; last movement a delegation 15 months ago
            "A3": agreement("A3", "evaluation", effective_on=date(2025, 1, 1), expires_on=days(150), notice_months=3),
            # far from expiry; a budget transaction in February keeps it alive
            "A4": agreement(
                "A4", "implementation", effective_on=date(2024, 1, 1), expires_on=days(400), notice_months=12
            ),
            # expired ten days ago but still 'implementation'; its only activity lies in the future
            "A5": agreement(
                "A5", "implementation", effective_on=date(2021, 6, 5), expires_on=days(-10), notice_months=6
            ),
            # not in force: never reminded
            "A6": agreement("A6", "initiative", effective_on=date(2020, 1, 1), expires_on=days(5), notice_months=6),
            # 200 days left (beyond 180) but 7 months' notice ran out; young, so not dormant
            "A7": agreement(
                "A7", "implementation", effective_on=date(2025, 12, 1), expires_on=days(200), notice_months=7
            ),
            # in force in a final stage? no: 'expired' is final and not live
            "A8": agreement("A8", "expired", effective_on=date(2019, 1, 1), expires_on=days(15), notice_months=6),
        }
        a["A1"].parties.append(AgreementPartner(partner_id=other.id, position=1))
        s.flush()

        s.add_all(
            [
                Activity(agreement_id=a["A1"].id, occurred_on=date(2026, 3, 1), kind="meeting", title="JWG"),
                Activity(
                    agreement_id=a["A2"].id, occurred_on=date(2021, 3, 1), kind="visit", title="Before it took effect"
                ),
                Activity(agreement_id=a["A5"].id, occurred_on=days(80), kind="visit", title="Planned"),
            ]
        )

        def delegation(
            code: str,
            direction: str,
            start: date,
            end: date,
            status: str = "preparing",
            agreement_id: int | None = None,
        ) -> Delegation:
            d = Delegation(
                code=code,
                direction=direction,
                purpose=f"Visit {code}",
                country_code="JP",
                start_on=start,
                end_on=end,
                status=status,
                agreement_id=agreement_id,
            )
            s.add(d)
            return d

        d = {
            "D1": delegation("D1", "outgoing", days(10), days(17)),
            "D2": delegation("D2", "outgoing", days(5), days(8)),
            "D3": delegation("D3", "outgoing", days(40), days(45)),
            "D4": delegation("D4", "outgoing", days(3), days(6), status="cancelled"),
            "D5": delegation("D5", "incoming", days(20), days(22)),
            "D6": delegation("D6", "outgoing", days(-2), days(4)),
            # movements of A3: a visit 15 months ago counts, a cancelled one does not
            "D7": delegation(
                "D7", "outgoing", date(2025, 3, 1), date(2025, 3, 5), status="completed", agreement_id=a["A3"].id
            ),
            "D8": delegation(
                "D8", "outgoing", date(2026, 1, 10), date(2026, 1, 15), status="cancelled", agreement_id=a["A3"].id
            ),
        }
        s.flush()
        end_d1 = days(17)
        s.add_all(
            [
                PermitStep(delegation_id=d["D1"].id, position=0, name="Izin Kemendagri", status="requested"),
                PermitStep(
                    delegation_id=d["D1"].id, position=1, name="Exit permit", status="granted", granted_on=days(-1)
                ),
                Member(
                    delegation_id=d["D1"].id,
                    position=0,
                    name="Short Passport",
                    role="head",
                    grade="B",
                    passport_expiry=end_d1 + timedelta(days=100),
                ),
                Member(
                    delegation_id=d["D1"].id,
                    position=1,
                    name="Long Passport",
                    role="member",
                    grade="C",
                    passport_expiry=end_d1 + timedelta(days=730),
                ),
                Member(delegation_id=d["D1"].id, position=2, name="No Passport", role="member", grade="C"),
                PermitStep(delegation_id=d["D2"].id, name="Izin Kemendagri", status="granted", granted_on=days(-3)),
                PermitStep(delegation_id=d["D2"].id, name="Visa", status="not_needed"),
                *(
                    Member(
                        delegation_id=d["D2"].id,
                        position=i,
                        name=f"Fine Passport {i}",
                        grade="C",
                        passport_expiry=date(2030, 1, 1),
                    )
                    for i in range(3)
                ),
                # per-diem rates for the destination, so that only the facts each case is about are reminded
                *(
                    PerDiemRate(
                        country_code="JP",
                        grade=g,
                        amount_minor=40_000,
                        currency="USD",
                        valid_from=date(2024, 1, 1),
                        source="PMK (test)",
                    )
                    for g in "ABCD"
                ),
                PermitStep(delegation_id=d["D3"].id, name="Izin Kemendagri", status="not_requested"),
                PermitStep(delegation_id=d["D4"].id, name="Izin Kemendagri", status="not_requested"),
                PermitStep(delegation_id=d["D5"].id, name="Clearance Kemlu", status="not_requested"),
                Member(delegation_id=d["D5"].id, name="Foreign Guest"),
                PermitStep(delegation_id=d["D6"].id, name="Izin Kemendagri", status="refused"),
            ]
        )

        def line(code: str, planned: int, agreement_id: int | None = None) -> BudgetLine:
            bl = BudgetLine(
                fiscal_year=2026,
                account_code=code,
                description=f"Line {code}",
                planned_idr=planned,
                agreement_id=agreement_id,
            )
            s.add(bl)
            return bl

        lines = {
            "L1": line("5.1.02.04.02.0001", 100_000_000),
            "L2": line("5.1.02.04.02.0002", 50_000_000),
            "L3": line("5.1.02.04.02.0003", 10_000_000),
            "L4": line("5.1.02.04.02.0004", 0, agreement_id=a["A4"].id),
        }
        s.flush()

        def tx(line_key: str, kind: str, idr: int, on: date, **extra: object) -> None:
            s.add(
                Transaction(
                    budget_line_id=lines[line_key].id,
                    occurred_on=on,
                    kind=kind,
                    amount_minor=idr,
                    currency="IDR",
                    rate_to_idr=Decimal(1),
                    idr_amount=idr,
                    **extra,
                )
            )

        tx("L1", "realisation", 60_000_000, date(2026, 2, 1))
        tx("L1", "realisation", 50_000_000, date(2026, 3, 1))
        tx("L1", "grant", 500_000_000, date(2026, 3, 1), donor_partner_id=partner.id)
        tx("L2", "realisation", 50_000_000, date(2026, 3, 1))
        tx("L3", "grant", 20_000_000, date(2026, 3, 1), donor_partner_id=partner.id)
        tx("L4", "realisation", 1, date(2026, 2, 1))
        s.flush()
        return Dataset(
            agreements={k: v.id for k, v in a.items()},
            delegations={k: v.id for k, v in d.items()},
            lines={k: v.id for k, v in lines.items()},
        )


@pytest.fixture
def ctx(database):
    return open_context(database, "tester")


def _ids(items, dataset_ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in dataset_ids.items()}
    return [by_id[i] for i in items]


def test_expiring_agreements_fall_in_their_threshold(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert [
        (_ids([x.agreement.agreement_id], data.agreements)[0], x.days_left, x.within_days) for x in board.expiring
    ] == [("A5", -10, 0), ("A1", 20, 30), ("A2", 77, 90), ("A3", 150, 180)]
    a2 = board.expiring_within(90)[0]
    assert a2.expires_on == date(2026, 8, 31) and a2.expiry_computed is True
    a1 = board.expiring_within(30)[0]
    assert a1.agreement.partners == ("Osaka Prefecture", "Berlin")
    assert a1.agreement.number == "A1/KS/2026"
    assert a1.agreement.stage_name_id == "Pelaksanaan"


def test_notice_overdue_lists_agreements_past_the_last_notice_date(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert _ids([x.agreement.agreement_id for x in board.notice_overdue], data.agreements) == ["A1", "A7"]
    a7 = board.notice_overdue[1]
    assert a7.expires_on == date(2027, 1, 1)
    assert a7.last_notice_on == date(2026, 6, 1)  # 1 Jan 2027 - 7 months
    assert a7.days_past_notice == 14
    assert a7.notice_months == 7 and a7.days_left == 200


def test_dormant_agreements_had_no_movement_for_twelve_months(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert _ids([x.agreement.agreement_id for x in board.dormant], data.agreements) == ["A5", "A2", "A3"]
    by_key = {k: x for k, x in zip(["A5", "A2", "A3"], board.dormant, strict=True)}
    assert by_key["A3"].last_movement == date(2025, 3, 1)  # the cancelled visit of January did not count
    assert by_key["A3"].quiet_days == (TODAY - date(2025, 3, 1)).days
    assert by_key["A5"].last_movement is None  # its planned activity lies after today
    assert by_key["A2"].last_movement == date(2021, 3, 1)  # before it took effect: clock starts at effect
    assert by_key["A2"].quiet_days == (TODAY - date(2021, 9, 1)).days


def test_departing_delegations_with_missing_permits_or_short_passports(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert _ids([x.delegation_id for x in board.departing], data.delegations) == ["D1", "D5"]
    d1, d5 = board.departing
    assert d1.days_left == 10 and d1.code == "D1" and d1.country_code == "JP"
    assert [(p.name, p.status) for p in d1.permits_missing] == [("Izin Kemendagri", "requested")]
    assert [(m.member_name, m.passport_expiry) for m in d1.passports_short] == [
        ("Short Passport", days(17) + timedelta(days=100)),
        ("No Passport", None),
    ]
    assert d1.passports_short[0].valid_until_needed == date(2027, 1, 2)  # 2 Jul 2026 + 6 months
    # an incoming delegation's guests carry their own passports: only its permit is reminded
    assert [p.name for p in d5.permits_missing] == ["Clearance Kemlu"] and d5.passports_short == ()


def test_departing_delegations_carry_their_other_checks(ctx) -> None:
    data = _build(ctx)
    with writing(ctx) as session:  # D2 loses two of its three members: below the office's minimum of 3
        for member in session.scalars(select(Member).where(Member.delegation_id == data.delegations["D2"])):
            if member.position > 0:
                session.delete(member)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert _ids([x.delegation_id for x in board.departing], data.delegations) == ["D2", "D1", "D5"]
    d2 = board.departing[0]
    assert d2.permits_missing == () and d2.passports_short == ()
    assert len(d2.other_checks) == 1
    message_id, message_en = d2.other_checks[0]
    assert "3" in message_en and "1" in message_en and message_id != message_en


def test_budget_lines_realised_over_plan(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())

    assert [
        (_ids([x.budget_line_id], data.lines)[0], x.planned_idr, x.realised_idr, x.over_idr) for x in board.over_plan
    ] == [("L1", 100_000_000, 110_000_000, 10_000_000), ("L4", 0, 1, 1)]
    # every live agreement in force during 2025 still owes its 2025 evaluation (issue 16)
    assert [_ids([x.agreement.agreement_id], data.agreements)[0] for x in board.evaluations_missing] == [
        "A1",
        "A2",
        "A3",
        "A4",
        "A5",
        "A7",
    ]
    assert board.count == 4 + 2 + 3 + 2 + 2 + 2 + 6


def test_agreements_without_a_subject_for_their_text_are_listed_unless_ended(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())
    # A6 (initiative) and A7 (implementation) have none; A8 has none either but has expired: no text to make.
    assert _ids([x.agreement_id for x in board.no_subject], data.agreements) == ["A6", "A7"]
    with writing(ctx) as session:
        session.get(Agreement, data.agreements["A7"]).subject_id = "Pokok A7"  # one language only: still missing
    board = what_needs_doing(ctx, TODAY, ReminderThresholds())
    assert _ids([x.agreement_id for x in board.no_subject], data.agreements) == ["A6", "A7"]


def test_thresholds_change_what_is_listed(ctx) -> None:
    data = _build(ctx)
    board = what_needs_doing(
        ctx, TODAY, ReminderThresholds(expiry_days=(30, 60), dormant_months=24, departing_days=12, passport_months=3)
    )

    assert [(_ids([x.agreement.agreement_id], data.agreements)[0], x.within_days) for x in board.expiring] == [
        ("A5", 0),
        ("A1", 30),
    ]
    # 24 months: A3 (15 months quiet) is no longer dormant
    assert _ids([x.agreement.agreement_id for x in board.dormant], data.agreements) == ["A5", "A2"]
    # 12 days: D5 (in 20 days) drops out; 3 months: the 100-day passport is enough now
    assert _ids([x.delegation_id for x in board.departing], data.delegations) == ["D1"]
    assert [m.member_name for m in board.departing[0].passports_short] == ["No Passport"]


def test_empty_database_has_nothing_to_do(ctx) -> None:
    board = what_needs_doing(ctx, TODAY)
    assert board.count == 0 and board.expiring == [] and board.over_plan == []


def test_thresholds_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        ReminderThresholds(expiry_days=())
    with pytest.raises(ValueError):
        ReminderThresholds(dormant_months=-1)
    assert ReminderThresholds(expiry_days=(30, 180, 90)).expiry_days == (180, 90, 30)
