"""Demo data: realistic, complete, consistent and deterministic; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.errors import UserError
from secretariat.domain.money import Money
from secretariat.domain.rules import is_dormant, passport_too_short
from secretariat.services import registers
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.demo import DemoSummary, load_demo
from secretariat.services.integrity import check_database
from secretariat.storage.migrate import open_database
from secretariat.storage.models import (
    Account,
    Activity,
    Agreement,
    AgreementPartner,
    Assessment,
    AuditEntry,
    BudgetLine,
    Contact,
    Delegation,
    ExchangeRate,
    FiscalYear,
    Gift,
    Indicator,
    Member,
    NumberSequence,
    OfficeProfile,
    Official,
    Partner,
    PartnerCondition,
    PerDiemRate,
    PermitStep,
    Stage,
    StageChange,
    Transaction,
)

TODAY = date(2026, 11, 29)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "demo.clerk")


@pytest.fixture
def loaded(ctx: ServiceContext) -> DemoSummary:
    return load_demo(ctx, today=TODAY)


def _session(ctx: ServiceContext) -> Session:
    return ctx.database.sessions()


def test_every_stage_both_directions_several_currencies(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        stage_codes = set(session.scalars(select(Stage.code)))
        used = set(session.scalars(select(Stage.code).join(Agreement, Agreement.stage_id == Stage.id)))
        assert used == stage_codes
        assert set(session.scalars(select(Delegation.direction))) == {"outgoing", "incoming"}
        realised = set(session.scalars(select(Transaction.currency).where(Transaction.kind == "realisation")))
        assert {"IDR", "USD", "EUR", "JPY"} <= realised
        assert set(session.scalars(select(Transaction.currency).where(Transaction.kind == "grant"))) >= {
            "JPY",
            "EUR",
            "USD",
        }
    assert loaded.partners == 44 and loaded.agreements >= len(stage_codes)
    assert loaded.counts["delegation"] == 12 and loaded.budget_lines > 20


def test_partners_have_real_places_diacritics_and_scripts(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        names = set(session.scalars(select(Partner.name)))
        originals = set(session.scalars(select(Partner.name_original)))
        cities = set(session.scalars(select(Partner.city)))
        countries = set(session.scalars(select(Partner.country_code)))
        kinds = Counter(session.scalars(select(Partner.kind)))
        assert {
            "City of Kraków",
            "State Capital Düsseldorf",
            "State Government of São Paulo",
            "People's Committee of Đà Nẵng City",
        } <= names
        assert {"北九州市", "愛知県", "부산광역시", "广州市人民政府"} <= originals  # Japanese, Hangul, Chinese
        assert {"Kraków", "Düsseldorf", "São Paulo", "Đà Nẵng", "Zürich", "Perth"} <= cities
        assert len(countries) >= 20
        assert set(kinds) == {
            "regional_government",
            "university",
            "business",
            "ngo",
            "international_organisation",
            "state_institution",
        }
        assert session.scalar(select(func.count()).select_from(Contact)) >= 44
        # Due diligence: nine answers for each curated regional government; Taiwan fails condition 1.
        taiwan = session.scalar(select(Partner.id).where(Partner.country_code == "TW"))
        answers = dict(
            session.execute(
                select(PartnerCondition.number, PartnerCondition.answer).where(PartnerCondition.partner_id == taiwan)
            ).all()
        )
        assert len(answers) == 9 and answers[1] == "no"
        codes = list(session.scalars(select(Partner.code)))
        assert len(codes) == len(set(codes))
        # Indonesian texts (drafts) name the partner and its head the Indonesian way.
        kitakyushu = session.scalar(select(Partner).where(Partner.code == "JP-KKJ"))
        assert (kitakyushu.name_id, kitakyushu.head_title_id) == ("Pemerintah Kota Kitakyushu", "Wali Kota Kitakyushu")


def test_agreement_trees_renewals_dormancy_and_expiry(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        rows = {a.id: a for a in session.scalars(select(Agreement))}
        stage = {s.id: s for s in session.scalars(select(Stage))}
        # LoI -> MoU -> implementing arrangement.
        trees = [
            a
            for a in rows.values()
            if a.instrument == "arrangement"
            and a.parent_id
            and rows[a.parent_id].instrument == "mou"
            and rows[a.parent_id].parent_id
            and rows[rows[a.parent_id].parent_id].instrument == "loi"
        ]
        assert trees
        # A renewal points to the agreement it renews, which is in the "renewed" stage.
        renewals = [a for a in rows.values() if a.previous_id]
        assert renewals and all(stage[rows[a.previous_id].stage_id].code == "renewed" for a in renewals)
        # Dormant: in force, nothing happened for more than 12 months.
        last_activity = dict(
            session.execute(
                select(Activity.agreement_id, func.max(Activity.occurred_on)).group_by(Activity.agreement_id)
            ).all()
        )
        live = [a for a in rows.values() if stage[a.stage_id].is_live and a.effective_on]
        dormant = [a for a in live if is_dormant(last_activity.get(a.id), a.effective_on, TODAY)]
        active = [a for a in live if not is_dormant(last_activity.get(a.id), a.effective_on, TODAY)]
        assert len(dormant) >= 2 and len(active) >= 5
        # Numbers follow the office pattern and are unique; signed agreements have one, drafts none.
        numbers = [a.number for a in rows.values() if a.number]
        assert len(numbers) == len(set(numbers)) == len([a for a in rows.values() if a.signed_on])
        assert all(n.split("/")[1] == "KS" and len(n.split("/")[0]) == 3 for n in numbers)
        last = session.scalar(
            select(NumberSequence.last_value).where(
                NumberSequence.series == "agreement", NumberSequence.year == TODAY.year
            )
        )
        assert last == sum(1 for a in rows.values() if a.signed_on and a.signed_on.year == TODAY.year)
        # Every agreement has partners, sectors, a stage history ending in its stage, never in the future.
        for agreement in rows.values():
            assert session.scalar(
                select(func.count()).select_from(AgreementPartner).where(AgreementPartner.agreement_id == agreement.id)
            )
            history = list(
                session.scalars(
                    select(StageChange).where(StageChange.agreement_id == agreement.id).order_by(StageChange.id)
                )
            )
            assert history[-1].to_stage_id == agreement.stage_id
            days = [h.on for h in history]
            assert days == sorted(days) and days[-1] <= TODAY
            if agreement.signed_on and agreement.effective_on and agreement.term_months:
                assert agreement.expires_on and agreement.expires_on > agreement.effective_on
        assessed = session.scalar(select(func.count(func.distinct(Assessment.agreement_id))))
        assert assessed >= 20
        assert session.scalar(select(func.count()).select_from(Indicator)) > 0
        assert session.scalar(select(func.max(Activity.occurred_on))) <= TODAY

    def expiring(days: int) -> list[int]:
        query = registers.RegisterQuery(filters={"expiring_within_days": days, "status_live": True})
        return registers.find_ids(ctx, "agreements", query, today=TODAY)

    assert len(expiring(30)) >= 1 and len(expiring(90)) > len(expiring(30)) and len(expiring(180)) > len(expiring(90))


def test_delegations_permits_passports_and_protocol(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        delegations = list(session.scalars(select(Delegation)))
        statuses = {d.status for d in delegations}
        assert {"planned", "preparing", "approved", "under_way", "completed", "cancelled"} <= statuses
        codes = [d.code for d in delegations]
        assert len(set(codes)) == len(codes) and all(c.startswith("DLG-") for c in codes)
        fortnight = TODAY + timedelta(days=14)
        soon = [d for d in delegations if d.direction == "outgoing" and TODAY < d.start_on <= fortnight]
        assert soon
        pending = session.scalars(
            select(PermitStep.status).where(PermitStep.delegation_id.in_([d.id for d in soon]))
        ).all()
        assert "requested" in pending  # a permit still not granted near departure
        for delegation in delegations:
            members = session.scalar(
                select(func.count()).select_from(Member).where(Member.delegation_id == delegation.id)
            )
            assert members >= 2
        # Passports: some too short for the coming trip, one expired.
        officials = list(session.scalars(select(Official)))
        assert {o.grade for o in officials} == {"A", "B", "C", "D"}
        assert {o.passport_type for o in officials} >= {"diplomatic", "service"}
        expiries = [o.passport_expiry for o in officials if o.passport_expiry]
        assert any(e < TODAY for e in expiries)
        travelling = session.scalars(
            select(Member.passport_expiry).join(Delegation).where(Delegation.id.in_([d.id for d in soon]))
        ).all()
        assert any(passport_too_short(e, TODAY + timedelta(days=20)) for e in travelling)
        incoming = [d for d in delegations if d.direction == "incoming"]
        assert all(d.hotel and d.liaison_officer and d.dietary_needs for d in incoming)
        assert session.scalar(select(func.count()).select_from(Gift)) > 0


def test_budget_money_is_exact_and_rates_are_kept(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        transactions = list(session.scalars(select(Transaction)))
        for t in transactions:
            assert t.idr_amount == Money.from_minor(t.amount_minor, t.currency).to_idr(t.rate_to_idr).minor
            assert (t.rate_to_idr == 1) == (t.currency == "IDR")
            assert t.occurred_on <= TODAY
        # Every foreign rate comes from the office's weekly rate table.
        table = {
            (c, on): r
            for c, on, r in session.execute(select(ExchangeRate.currency, ExchangeRate.on, ExchangeRate.rate))
        }
        for t in transactions:
            if t.currency != "IDR":
                monday = t.occurred_on - timedelta(days=t.occurred_on.weekday())
                assert table[(t.currency, monday)] == t.rate_to_idr
        grants = [t for t in transactions if t.kind == "grant"]
        assert grants and all(t.donor_partner_id for t in grants)
        assert {t.form for t in grants} == {"cash", "in_kind"}
        years = set(session.scalars(select(BudgetLine.fiscal_year)))
        assert {TODAY.year - 2, TODAY.year - 1, TODAY.year} <= years
        realised = dict(
            session.execute(
                select(Transaction.budget_line_id, func.sum(Transaction.idr_amount))
                .where(Transaction.kind == "realisation")
                .group_by(Transaction.budget_line_id)
            ).all()
        )
        over = [line for line in session.scalars(select(BudgetLine)) if realised.get(line.id, 0) > line.planned_idr]
        assert over  # a few lines realised over plan
        accounts = set(session.scalars(select(Account.code)))
        assert set(session.scalars(select(BudgetLine.account_code))) <= accounts
        closed = set(session.scalars(select(FiscalYear.year).where(FiscalYear.closed_at.is_not(None))))
        assert TODAY.year - 2 in closed and TODAY.year not in closed


def test_per_diem_rates_and_office_profile(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        rates = {(r.country_code, r.grade): r for r in session.scalars(select(PerDiemRate))}
        assert [rates[("GB", g)].amount_minor for g in "ABCD"] == [79_200, 77_400, 58_300, 58_200]
        assert [rates[("IT", g)].amount_minor for g in "ABCD"] == [70_200, 63_700, 44_600, 42_700]
        assert [rates[("US", g)].amount_minor for g in "ABCD"] == [65_900, 56_300, 50_500, 44_700]
        assert rates[("GB", "A")].source == "PMK 49/2023 (TA 2024)" and rates[("GB", "A")].currency == "USD"
        assert "bukan angka resmi" in rates[("JP", "A")].source  # invented figures say so
        profile = session.scalar(select(OfficeProfile))
        assert profile.region_name_id == "Pemerintah Provinsi Jawa Timur"
        assert profile.head_title_id == "Gubernur Jawa Timur"


def test_the_load_is_one_audit_entry_and_a_second_load_is_refused(ctx: ServiceContext, loaded: DemoSummary) -> None:
    with _session(ctx) as session:
        entries = list(session.scalars(select(AuditEntry)))
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.action, entry.entity, entry.user_login) == ("create", "demo", "demo.clerk")
    changes = json.loads(entry.changes)
    assert changes["rows"]["partner"] == loaded.partners and changes["seed"] == loaded.seed
    assert f"{loaded.agreements} agreements" in entry.summary
    with pytest.raises(UserError, match="empty database"):
        load_demo(ctx, today=TODAY)
    with pytest.raises(UserError):
        load_demo(ctx, scale=0)


def test_records_added_after_the_demo_get_fresh_ids(ctx: ServiceContext, loaded: DemoSummary) -> None:
    """The demo writes its own ids; on PostgreSQL the id sequences must continue after them."""
    from secretariat.domain.records import PartnerData
    from secretariat.services.partners.records import create_partner

    new_id = create_partner(
        ctx, PartnerData(code="NZ-WLG", name="Wellington City Council", kind="regional_government", country_code="NZ")
    )
    with _session(ctx) as session:
        assert new_id == session.scalar(select(func.max(Partner.id))) and new_id > loaded.partners


def test_demo_database_passes_the_integrity_check(ctx: ServiceContext, loaded: DemoSummary) -> None:
    report = check_database(ctx.database)
    assert report.ok, report.findings


def _fingerprint(path: Path, seed: int, scale: int = 1) -> tuple[list[tuple], list[tuple], list[tuple]]:
    database = open_database(str(path))
    try:
        load_demo(open_context(database, "someone"), scale=scale, seed=seed, today=TODAY)
        with database.sessions() as session:
            partners = session.execute(select(Partner.code, Partner.name, Partner.gid).order_by(Partner.id)).all()
            agreements = session.execute(
                select(Agreement.number, Agreement.title_en, Agreement.stage_id, Agreement.signed_on).order_by(
                    Agreement.id
                )
            ).all()
            money = session.execute(
                select(Transaction.amount_minor, Transaction.currency, Transaction.rate_to_idr).order_by(Transaction.id)
            ).all()
        return [tuple(r) for r in partners], [tuple(r) for r in agreements], [tuple(r) for r in money]
    finally:
        database.dispose()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first = _fingerprint(tmp_path / "a.sqlite3", seed=7, scale=120)
    again = _fingerprint(tmp_path / "b.sqlite3", seed=7, scale=120)
    other = _fingerprint(tmp_path / "c.sqlite3", seed=8, scale=120)
    assert first == again
    assert first != other


def test_scale_sets_the_number_of_partners(sqlite_database) -> None:
    summary = load_demo(open_context(sqlite_database), scale=600, today=TODAY)
    assert summary.partners == 600
    # About 0.3 agreements per generated partner, on top of the hand-written ones.
    generated = summary.agreements - 33
    assert 0.2 * 556 < generated < 0.45 * 556
    with sqlite_database.sessions() as session:
        codes = session.scalars(select(Partner.code)).all()
        assert len(codes) == len(set(codes)) == 600
        numbers = session.scalars(select(Agreement.number).where(Agreement.number.is_not(None))).all()
        assert len(numbers) == len(set(numbers))
    assert check_database(sqlite_database).ok
    found = registers.find_ids(open_context(sqlite_database), "partners", registers.RegisterQuery(search="krakow"))
    assert len(found) > 1  # the search index followed the bulk insert (curated and generated partners)


def test_demo_transactions_lie_in_their_lines_fiscal_year(tmp_path) -> None:
    from sqlalchemy import select

    from secretariat.services.context import open_context
    from secretariat.services.demo import load_demo
    from secretariat.storage.migrate import open_database
    from secretariat.storage.models import BudgetLine, Transaction

    database = open_database(str(tmp_path / "demo.sqlite3"))
    try:
        ctx = open_context(database, login="tester")
        load_demo(ctx, scale=1)
        with database.sessions() as session:
            rows = session.execute(select(Transaction.occurred_on, BudgetLine.fiscal_year).join(BudgetLine)).all()
    finally:
        database.dispose()
    assert rows
    assert [(on, year) for on, year in rows if on.year != year] == []
