"""Impact scorecards, targets, the yearly evaluation and its dashboard reminder, against hand computations
(tests/impact_data.py); the scorecard on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from impact_data import TODAY, YEAR, build
from secretariat.domain.enums import Criterion
from secretariat.domain.errors import ValidationError
from secretariat.domain.impact import (
    CriterionScore,
    DormantAction,
    EvaluationData,
    ImpactStatus,
    IndicatorResult,
    Recommendation,
    StatusRules,
    TargetData,
)
from secretariat.domain.records import ActivityData, IndicatorData
from secretariat.services.agreements.activities import add_activity
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.impact.evaluations import (
    get_evaluation,
    list_evaluations,
    list_missing_evaluations,
    save_evaluation,
)
from secretariat.services.impact.rules import get_status_rules, set_status_rules
from secretariat.services.impact.scorecard import scorecard, scorecards
from secretariat.services.impact.targets import link_activity_values, list_targets, set_targets

START, END = date(YEAR, 1, 1), date(YEAR, 12, 31)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


@pytest.fixture
def sqlite_ctx(sqlite_database) -> ServiceContext:
    return open_context(sqlite_database, "clerk1")


def test_scorecards_of_the_year_match_the_hand_computation(ctx: ServiceContext) -> None:
    ids = build(ctx)
    cards = {card.agreement.agreement_id: card for card in scorecards(ctx, START, END, today=TODAY)}
    # D ended in 2024 and E was never signed: only A, B, C were in force in 2025
    assert set(cards) == {ids.a, ids.b, ids.c}

    a = cards[ids.a]
    assert (a.activities, a.delegations_out, a.delegations_in) == (2, 1, 1)  # the cancelled visit does not count
    assert a.money.spending_idr == 45_000_000 + 5_000_000  # the 2024 payment is outside the year
    assert (a.money.grants_cash_idr, a.money.grants_in_kind_idr) == (10_000_000, 0)
    assert a.indicators == (
        IndicatorResult("Pelajar dipertukarkan", "orang", Decimal(20), Decimal(8 + 6)),
        IndicatorResult("Nilai perdagangan", "USD", Decimal(2_000_000), Decimal(1_500_000)),
    )
    assert [r.percent for r in a.indicators] == [Decimal("70.0"), Decimal("75.0")]  # 14/20, 1.5M/2M
    assert a.achievement == Decimal("72.5")  # (70 + 75) / 2
    assert a.last_sign_of_life == date(2025, 11, 20)  # the incoming delegation
    assert a.quiet_days == (END - date(2025, 11, 20)).days == 41
    assert a.status is ImpactStatus.ALIVE and a.actions == () and a.recommended is None

    b = cards[ids.b]
    assert (b.activities, b.movements, b.achievement, b.unlinked_values) == (1, 1, None, 1)
    assert b.quiet_days == (END - date(2025, 2, 1)).days == 333
    assert b.status is ImpactStatus.WEAK  # quiet more than 180 days, not yet 365

    c = cards[ids.c]
    assert c.quiet_days == (END - date(2024, 6, 30)).days == 549
    assert c.status is ImpactStatus.DORMANT
    # notice given at the end of 2025 (6 months) ends it on 30 June 2026, its expiry; renewal recommended
    assert [x.action for x in c.actions] == [DormantAction.REVITALISE, DormantAction.RENEW, DormantAction.TERMINATE]
    assert c.actions[-1].notice_on == date(2026, 6, 30)
    assert c.recommended is DormantAction.RENEW

    # one agreement alone; a period running on stops at today
    assert scorecard(ctx, ids.a, START, END, today=TODAY) == a
    running = scorecard(ctx, ids.a, date(2025, 9, 1), date(2025, 12, 31), today=date(2025, 10, 1))
    assert (running.as_of, running.activities, running.delegations_in, running.money.spending_idr) == (
        date(2025, 10, 1),
        1,
        0,
        0,
    )


def test_status_rules_are_settings(sqlite_ctx: ServiceContext) -> None:
    ids = build(sqlite_ctx)
    assert get_status_rules(sqlite_ctx) == StatusRules()
    set_status_rules(sqlite_ctx, StatusRules(alive_quiet_days=340, dormant_quiet_days=600, alive_min_movements=1))
    cards = {c.agreement.agreement_id: c for c in scorecards(sqlite_ctx, START, END, today=TODAY)}
    # with these rules B (333 days, one activity) is alive and C (549 days) only weak
    assert (cards[ids.b].status, cards[ids.c].status) == (ImpactStatus.ALIVE, ImpactStatus.WEAK)
    with pytest.raises(ValidationError) as caught:
        set_status_rules(sqlite_ctx, StatusRules(alive_quiet_days=400, dormant_quiet_days=365))
    assert "Days without a sign of life before dormant" in str(caught.value)
    with pytest.raises(ValidationError, match=r"Achievement needed to be alive \(%\): must be at most 100"):
        set_status_rules(sqlite_ctx, StatusRules(alive_min_achievement_percent=120))


def test_targets_are_set_checked_and_linked_to_activity_values(sqlite_ctx: ServiceContext) -> None:
    ids = build(sqlite_ctx)
    # B's free-text "Guru dilatih" value becomes a named indicator's once the plan names it
    set_targets(sqlite_ctx, ids.b, [TargetData("guru dilatih", "orang", 2025, "10")])
    assert [(t.name, t.unit, t.year, t.target) for t in list_targets(sqlite_ctx, ids.b)] == [
        ("guru dilatih", "orang", 2025, Decimal(10))
    ]
    b = scorecard(sqlite_ctx, ids.b, START, END, today=TODAY)
    assert (b.indicators[0].achieved, b.achievement, b.unlinked_values) == (Decimal(3), Decimal("30.0"), 0)

    bad = [
        TargetData("Pelajar", "orang", 2025, "-5"),
        TargetData("Investasi", "USD", 2025, "dua juta"),
        TargetData("Pelajar", "siswa", 2026, "5"),
        TargetData("", "orang", 2025, "1"),
    ]
    with pytest.raises(ValidationError) as caught:
        set_targets(sqlite_ctx, ids.b, bad)
    text = str(caught.value)
    assert "Target 1 target value: -5 cannot be negative" in text
    assert "Target 2 target value: 'dua juta' is not a number" in text
    assert "Target 3 unit: 'siswa' differs from the unit 'orang'" in text
    assert "Target 4 indicator name: is required" in text
    assert "nilai target: -5 tidak boleh negatif" in caught.value.message("id")

    # an activity's value in another unit than its target's is refused, naming the field
    with pytest.raises(ValidationError, match="Indicator 1 unit: 'kg' is not the unit of the target"):
        add_activity(
            sqlite_ctx,
            ActivityData(
                ids.a,
                date(2025, 10, 1),
                "exchange",
                "Pertukaran",
                indicators=[IndicatorData("Pelajar dipertukarkan", Decimal(2), "kg")],
            ),
        )
    add_activity(
        sqlite_ctx,
        ActivityData(
            ids.a,
            date(2025, 10, 1),
            "exchange",
            "Pertukaran",
            indicators=[IndicatorData("PELAJAR dipertukarkan", Decimal(2), "orang")],
        ),
    )
    a = scorecard(sqlite_ctx, ids.a, START, END, today=TODAY)
    assert a.indicators[0].achieved == Decimal(16)  # 8 + 6 + 2, linked by name whatever the case
    # renaming drops the old indicator's link; relinking by name finds the value again
    set_targets(sqlite_ctx, ids.b, [TargetData("Pelatihan guru", "orang", 2025, "10")])
    assert scorecard(sqlite_ctx, ids.b, START, END, today=TODAY).unlinked_values == 1
    assert link_activity_values(sqlite_ctx, ids.b).linked == 0


def _evaluation(agreement: int, year: int = YEAR, **changes: object) -> EvaluationData:
    scores = {
        Criterion.EFFICIENCY: CriterionScore(4, "Biaya sesuai rencana"),
        Criterion.EFFECTIVENESS: CriterionScore(4, "Layanan pendidikan meningkat"),
        Criterion.SYNERGY: CriterionScore(3, "Dinas pendidikan terlibat"),
        Criterion.MUTUAL_BENEFIT: CriterionScore(5, "Kedua pihak mengirim pelajar"),
    }
    data = EvaluationData(agreement, year, scores, Recommendation.CONTINUE, "Tim Monev", date(2026, 2, 10))
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_yearly_evaluation_and_its_dashboard_reminder(sqlite_ctx: ServiceContext) -> None:
    ids = build(sqlite_ctx)
    # B and C were in force in 2025 and are live: both owe the 2025 evaluation; A too
    assert [m.agreement.agreement_id for m in list_missing_evaluations(sqlite_ctx, TODAY)] == [ids.a, ids.b, ids.c]
    save_evaluation(sqlite_ctx, _evaluation(ids.a), today=TODAY)
    save_evaluation(sqlite_ctx, _evaluation(ids.b), today=TODAY)
    assert [m.agreement.agreement_id for m in list_missing_evaluations(sqlite_ctx, TODAY)] == [ids.c]
    saved = get_evaluation(sqlite_ctx, ids.a, YEAR)
    assert saved is not None and saved.mean == Decimal("4.0")  # (4 + 4 + 3 + 5) / 4
    # correcting the same year changes the row, it does not add one
    save_evaluation(sqlite_ctx, _evaluation(ids.a, recommendation=Recommendation.RENEW), today=TODAY)
    assert [(e.year, e.recommendation) for e in list_evaluations(sqlite_ctx, ids.a)] == [(2025, Recommendation.RENEW)]
    assert scorecard(sqlite_ctx, ids.a, START, END, today=TODAY).recommendation is Recommendation.RENEW

    bad = _evaluation(ids.c, year=2027)
    bad.scores[Criterion.SYNERGY] = CriterionScore(6, "Sangat baik")
    bad.scores[Criterion.EFFICIENCY] = CriterionScore(3, "  ")
    with pytest.raises(ValidationError) as caught:
        save_evaluation(sqlite_ctx, bad, today=TODAY)
    text = str(caught.value)
    assert "Year: 2027 is in the future" in text
    assert "Synergy score: '6' must be a whole number from 1 to 5" in text
    assert "Efficiency reason: is required" in text
    assert "skor sinergi: '6' harus bilangan bulat 1 sampai 5" in caught.value.message("id")
    assert [m.agreement.agreement_id for m in list_missing_evaluations(sqlite_ctx, TODAY)] == [ids.c]


def test_the_dashboard_reminds_of_a_missing_evaluation_until_it_is_recorded(sqlite_ctx: ServiceContext) -> None:
    from secretariat.services.dashboard import what_needs_doing

    ids = build(sqlite_ctx)
    board = what_needs_doing(sqlite_ctx, TODAY)
    assert [(m.agreement.agreement_id, m.year) for m in board.evaluations_missing] == [
        (ids.a, 2025),
        (ids.b, 2025),
        (ids.c, 2025),
    ]
    for agreement in (ids.a, ids.b, ids.c):
        save_evaluation(sqlite_ctx, _evaluation(agreement), today=TODAY)
    assert what_needs_doing(sqlite_ctx, TODAY).evaluations_missing == []
    # a year later the 2026 evaluations are owed (D ended, E never started: never reminded)
    later = what_needs_doing(sqlite_ctx, date(2027, 1, 5)).evaluations_missing
    assert [(m.agreement.agreement_id, m.year) for m in later] == [(ids.a, 2026), (ids.b, 2026), (ids.c, 2026)]


def test_many_agreements_read_without_lists_of_ids_give_the_same_cards(
    sqlite_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secretariat.services.impact import scorecard as module

    build(sqlite_ctx)
    few = scorecards(sqlite_ctx, START, END, today=TODAY)
    monkeypatch.setattr(module, "MANY", 0)  # as with thousands of agreements: unrestricted queries filtered
    assert scorecards(sqlite_ctx, START, END, today=TODAY) == few
    # the status-only cards of the trends agree on the status
    light = scorecards(sqlite_ctx, START, END, today=TODAY, detailed=False)
    assert [c.status for c in light] == [c.status for c in few] and all(c.agreement.partners == () for c in light)


def test_deleting_an_agreement_takes_its_plan_and_evaluations(sqlite_ctx: ServiceContext) -> None:
    from sqlalchemy import func, select

    from secretariat.domain.records import AgreementData, PartnerData
    from secretariat.services.agreements.records import create_agreement, delete_agreement
    from secretariat.services.context import reading
    from secretariat.services.partners.records import create_partner
    from secretariat.storage.models import Evaluation, ImpactIndicator, IndicatorTarget

    partner = create_partner(
        sqlite_ctx, PartnerData(code="KR-SEL", name="Seoul", kind="regional_government", country_code="KR")
    )
    agreement = create_agreement(
        sqlite_ctx, AgreementData(title_id="MoU", title_en="MoU", kind="ksdpl", instrument="mou", partner_ids=[partner])
    )
    set_targets(sqlite_ctx, agreement, [TargetData("Pelajar", "orang", 2025, "10")])
    save_evaluation(sqlite_ctx, _evaluation(agreement), today=TODAY)
    delete_agreement(sqlite_ctx, agreement)
    with reading(sqlite_ctx) as session:
        left = [
            session.scalar(select(func.count()).select_from(m)) for m in (ImpactIndicator, IndicatorTarget, Evaluation)
        ]
    assert left == [0, 0, 0]


def test_two_clerks_editing_the_same_plan_evaluation_or_rules_lose_nothing(ctx: ServiceContext) -> None:
    """Issue 11's rule for the impact records: a save based on what another clerk changed meanwhile is refused
    naming the field, nothing saved; saving again from the stored state goes through."""
    from dataclasses import replace

    from secretariat.domain.concurrency import EditConflict

    ids = build(ctx)
    budi = open_context(ctx.database, "budi")
    # the action plan
    set_targets(ctx, ids.b, [TargetData("Guru dilatih", "orang", 2025, "10")])
    ani_plan, budi_plan = list_targets(ctx, ids.b), list_targets(budi, ids.b)
    set_targets(ctx, ids.b, [TargetData("Guru dilatih", "orang", 2025, "12")], loaded=ani_plan)
    with pytest.raises(EditConflict) as caught:
        set_targets(budi, ids.b, [TargetData("Guru dilatih", "orang", 2025, "15")], loaded=budi_plan)
    assert caught.value.fields == ("plan",)
    assert [t.target for t in list_targets(ctx, ids.b)] == [Decimal(12)]  # the first save kept
    set_targets(budi, ids.b, [TargetData("Guru dilatih", "orang", 2025, "15")], loaded=caught.value.current)
    assert [t.target for t in list_targets(ctx, ids.b)] == [Decimal(15)]
    # the same plan saved twice is no conflict
    set_targets(ctx, ids.b, [TargetData("Guru dilatih", "orang", 2025, "15")], loaded=ani_plan)

    # the evaluation of a year
    save_evaluation(ctx, _evaluation(ids.a), today=TODAY)
    ani_view, budi_view = get_evaluation(ctx, ids.a, YEAR), get_evaluation(budi, ids.a, YEAR)
    assert ani_view is not None and budi_view is not None
    save_evaluation(ctx, replace(_evaluation(ids.a), evaluator="Tim Monev Biro"), today=TODAY, loaded=ani_view)
    with pytest.raises(EditConflict) as refused:
        save_evaluation(budi, replace(_evaluation(ids.a), evaluator="Tim Inspektorat"), today=TODAY, loaded=budi_view)
    assert refused.value.fields == ("evaluator",)
    stored = get_evaluation(ctx, ids.a, YEAR)
    assert stored is not None and stored.evaluator == "Tim Monev Biro"
    # a change of another field (the note) by the second clerk is no conflict: both are kept
    save_evaluation(
        budi,
        replace(_evaluation(ids.a), evaluator="Tim Monev Biro", note="Dibahas TKKSD"),
        today=TODAY,
        loaded=budi_view,
    )
    stored = get_evaluation(ctx, ids.a, YEAR)
    assert stored is not None and (stored.evaluator, stored.note) == ("Tim Monev Biro", "Dibahas TKKSD")

    # the office's rules
    shown = get_status_rules(budi)
    set_status_rules(ctx, StatusRules(alive_quiet_days=200), loaded=get_status_rules(ctx))
    with pytest.raises(EditConflict) as rules_refused:
        set_status_rules(budi, StatusRules(alive_quiet_days=150), loaded=shown)
    assert rules_refused.value.fields == ("alive_quiet_days",)
    assert get_status_rules(ctx).alive_quiet_days == 200
