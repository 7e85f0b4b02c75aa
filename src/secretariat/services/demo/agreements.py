"""The demo's agreements: stage histories, assessments, trees and renewals, numbers, activities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from secretariat.domain.enums import Criterion
from secretariat.domain.numbering import format_number, resets_yearly
from secretariat.domain.rules import add_months, expiry_from_term
from secretariat.services.demo import words
from secretariat.services.demo.scenario import AGREEMENTS
from secretariat.services.demo.state import AgreementInfo, DelegationInfo, DemoState, PartnerInfo, StageRow

AGREEMENTS_PER_PARTNER = 0.3


def stage_path(state: DemoState, kind: str, instrument: str, target: str) -> list[StageRow]:
    goal = state.stage_by_code[target]
    ordinary = [s for s in state.stages if not s.is_final and s.applies(kind, instrument)]
    if goal.is_final:
        return [*ordinary, goal]
    return [s for s in ordinary if s.position <= goal.position]


def add_history(
    state: DemoState,
    agreement_id: int,
    path: list[StageRow],
    signed_on: date | None,
    effective_on: date | None,
    final_on: date | None,
) -> None:
    today = state.today
    signed_index = next((i for i, s in enumerate(path) if s.code == "signed"), None)
    dates: list[date] = [today] * len(path)
    if signed_on is not None and signed_index is not None:
        dates[signed_index] = signed_on
        for i in range(signed_index - 1, -1, -1):
            dates[i] = dates[i + 1] - state.days(15, 60)
        cursor = effective_on or signed_on
        for i in range(signed_index + 1, len(path)):
            stage = path[i]
            if stage.is_final:
                dates[i] = final_on or cursor
            elif stage.code == "implementation":
                cursor = cursor + state.days(7, 40)
                dates[i] = cursor
            else:  # evaluation: some time into the term
                cursor = cursor + state.days(150, 420)
                dates[i] = cursor
        upper = today
        for i in range(len(path) - 1, -1, -1):  # never in the future, never out of order
            dates[i] = min(dates[i], upper)
            upper = dates[i]
    else:
        dates[-1] = today - state.days(3, 80)
        for i in range(len(path) - 2, -1, -1):
            dates[i] = dates[i + 1] - state.days(15, 60)
    previous: StageRow | None = None
    for stage, on in zip(path, dates, strict=True):
        state.out.add(
            "stage_change",
            {
                "id": state.out.new_id("stage_change"),
                "agreement_id": agreement_id,
                "from_stage_id": previous.id if previous else None,
                "to_stage_id": stage.id,
                "on": on,
                "at": state.stamp(on),
                "user_login": state.login,
                "note": None,
            },
        )
        previous = stage


def make_title(instrument: str, sectors: Sequence[str], partners: Sequence[PartnerInfo]) -> tuple[str, str]:
    lead_id, lead_en = words.INSTRUMENT_TITLES.get(instrument, words.INSTRUMENT_TITLES["other"])
    sector_id, sector_en = words.SECTOR_TITLES[sectors[0]]
    names = " dan ".join(p.name for p in partners)
    names_en = " and ".join(p.name for p in partners)
    return (
        f"{lead_id} {sector_id} antara Pemerintah Provinsi Jawa Timur dan {names}",
        f"{lead_en} {sector_en} between the East Java Provincial Government and {names_en}",
    )


def add_agreement(
    state: DemoState,
    *,
    partners: Sequence[PartnerInfo],
    kind: str,
    instrument: str,
    stage: str,
    sectors: Sequence[str],
    term_months: int,
    signed_on: date | None,
    effective_on: date | None,
    ended_on: date | None,
    parent_id: int | None,
    previous_id: int | None,
    life: str,
    title: tuple[str, str] | None = None,
    notes: str | None = None,
    place: str | None = None,
    subject: tuple[str, str] | None = None,
) -> AgreementInfo:
    rng = state.rng
    agreement_id = state.out.new_id("agreement")
    expires_on = expiry_from_term(effective_on, term_months) if effective_on else None
    title_id, title_en = title or make_title(instrument, sectors, partners)
    subject_id, subject_en = subject or words.SECTOR_TITLES[sectors[0]]
    state.out.add(
        "agreement",
        {
            "id": agreement_id,
            "number": None,
            "partner_number": (
                f"{partners[0].country}/{signed_on.year}/{rng.randint(1, 999):03d}" if signed_on else None
            ),
            "title_id": title_id[:500],
            "title_en": title_en[:500],
            "subject_id": subject_id,
            "subject_en": subject_en,
            "kind": kind,
            "instrument": instrument,
            "parent_id": parent_id,
            "previous_id": previous_id,
            "stage_id": state.stage_by_code[stage].id,
            "signed_on": signed_on,
            "signed_place": (place or partners[0].city or "Surabaya") if signed_on else None,
            "effective_on": effective_on,
            "term_months": term_months,
            "expires_on": expires_on,
            "notice_months": 6 if instrument != "loi" else None,
            "draft_version": 0,  # no draft made yet: the first one is version 1
            "notes": notes,
        },
    )
    if stage not in ("initiative", "exploration"):
        rng.randint(1, 4)  # once a draft-version count: drawn still, so every figure after it stays as it was
    for position, partner in enumerate(partners):
        state.out.add(
            "agreement_partner",
            {
                "agreement_id": agreement_id,
                "partner_id": partner.id,
                "position": position,
            },
        )
    for code in dict.fromkeys(sectors):
        state.out.add("agreement_sector", {"agreement_id": agreement_id, "sector_id": state.sectors[code]})
    final_on = None
    if stage == "expired":
        final_on = expires_on + timedelta(days=1) if expires_on else None
    elif stage == "terminated":
        final_on = ended_on
    elif stage == "renewed":
        final_on = expires_on - state.days(10, 60) if expires_on else None
    add_history(state, agreement_id, stage_path(state, kind, instrument, stage), signed_on, effective_on, final_on)
    if state.stage_by_code[stage].position >= state.stage_by_code["cooperation_plan"].position:
        good = life == "active"
        for criterion in Criterion:
            reason_good, reason_poor = words.ASSESSMENT_REASONS[criterion.value]
            score = rng.randint(3, 5) if good else rng.randint(1, 3)
            state.out.add(
                "assessment",
                {
                    "id": state.out.new_id("assessment"),
                    "agreement_id": agreement_id,
                    "criterion": criterion,
                    "score": score,
                    "reason": reason_good if score >= 3 else reason_poor,
                },
            )
    info = AgreementInfo(
        agreement_id,
        kind,
        instrument,
        stage,
        [p.id for p in partners],
        signed_on,
        effective_on,
        expires_on,
        ended_on,
        life,
        tuple(sectors),
    )
    state.agreements.append(info)
    return info


def curated_agreements(state: DemoState) -> None:
    today = state.today
    for spec in AGREEMENTS:
        partners = [state.partner_by_code[code] for code in spec.partners]
        signed_on = effective_on = None
        if spec.expires_in_days is not None:
            expires_on = today + timedelta(days=spec.expires_in_days)
            effective_on = add_months(expires_on + timedelta(days=1), -spec.term_months)
            signed_on = effective_on - state.days(0, 14)
        elif spec.signed_months_ago is not None:
            signed_on = add_months(today, -spec.signed_months_ago) - state.days(0, 20)
            effective_on = signed_on + state.days(0, 10) if spec.stage != "signed" else signed_on
        ended_on = today - timedelta(days=spec.ended_days_ago) if spec.ended_days_ago is not None else None
        info = add_agreement(
            state,
            partners=partners,
            kind=spec.kind,
            instrument=spec.instrument,
            stage=spec.stage,
            sectors=spec.sectors,
            term_months=spec.term_months,
            signed_on=signed_on,
            effective_on=effective_on,
            ended_on=ended_on,
            parent_id=state.agreement_by_key[spec.parent].id if spec.parent else None,
            previous_id=state.agreement_by_key[spec.previous].id if spec.previous else None,
            life=spec.life,
            title=spec.title,
            notes=spec.notes,
            place=spec.place,
            subject=spec.subject,
        )
        state.agreement_by_key[spec.key] = info


def generated_agreements(state: DemoState, partners: Sequence[PartnerInfo]) -> None:
    rng, today = state.rng, state.today
    stage_weights = {
        "initiative": 6,
        "exploration": 7,
        "letter_of_intent": 5,
        "cooperation_plan": 4,
        "consultation": 4,
        "dprd_approval": 3,
        "draft_initialled": 3,
        "full_powers": 2,
        "signed": 4,
        "implementation": 28,
        "evaluation": 10,
        "renewed": 5,
        "expired": 12,
        "terminated": 3,
    }
    codes, weights = list(stage_weights), list(stage_weights.values())
    sector_codes = list(state.sectors)
    mous: dict[int, AgreementInfo] = {}
    for partner in partners:
        if rng.random() >= AGREEMENTS_PER_PARTNER:
            continue
        kind = "ksdpl" if partner.kind == "regional_government" else "ksdll"
        instrument = rng.choices(("mou", "loi", "arrangement"), (65, 20, 15))[0]
        parent = mous.get(partner.id) if instrument == "arrangement" else None
        stage = rng.choices(codes, weights)[0]
        while not state.stage_by_code[stage].applies(kind, instrument):
            stage = rng.choices(codes, weights)[0]
        parties = [partner]
        if rng.random() < 0.05 and len(state.partners) > 1:
            other = rng.choice(state.partners)
            if other.id != partner.id:
                parties.append(other)
        term = rng.choice((12, 24, 36, 60)) if instrument == "loi" else rng.choice((24, 36, 48, 60))
        signed_position = state.stage_by_code["signed"].position
        signed_on = effective_on = ended_on = None
        life = rng.choices(("active", "dormant", "quiet"), (70, 20, 10))[0]
        if state.stage_by_code[stage].position >= signed_position:
            if stage in ("expired", "renewed"):
                months_ago = term + rng.randint(1, 36)
            elif stage == "signed":
                months_ago = rng.randint(0, 2)
            else:
                months_ago = rng.randint(1, term - 1)
            signed_on = add_months(today, -months_ago) - state.days(0, 27)
            effective_on = signed_on + state.days(0, 10) if stage != "signed" else signed_on
            if stage == "terminated":
                ended_on = min(today, signed_on + state.days(200, 900))
        sectors = rng.sample(sector_codes, rng.randint(1, 3))
        info = add_agreement(
            state,
            partners=parties,
            kind=kind,
            instrument=instrument,
            stage=stage,
            sectors=sectors,
            term_months=term,
            signed_on=signed_on,
            effective_on=effective_on,
            ended_on=ended_on,
            parent_id=parent.id if parent and parent.signed_on else None,
            previous_id=None,
            life=life,
        )
        if instrument == "mou" and signed_on:
            mous[partner.id] = info
        if stage == "renewed" and info.expires_on is not None and info.expires_on < today:
            # The renewal: a new agreement that follows the old one.
            add_agreement(
                state,
                partners=parties,
                kind=kind,
                instrument=instrument,
                stage="implementation",
                sectors=sectors,
                term_months=term,
                signed_on=info.expires_on - state.days(10, 60),
                effective_on=info.expires_on + timedelta(days=1),
                ended_on=None,
                parent_id=parent.id if parent and parent.signed_on else None,
                previous_id=info.id,
                life=life,
            )


def number_agreements(state: DemoState) -> None:
    signed = sorted((a for a in state.agreements if a.signed_on), key=lambda a: (a.signed_on, a.id))
    for agreement in signed:
        assert agreement.signed_on is not None
        year = agreement.signed_on.year if resets_yearly(state.agreement_pattern) else 0
        state.sequence_last[("agreement", year)] += 1
        state.agreement_numbers[agreement.id] = format_number(
            state.agreement_pattern, state.sequence_last[("agreement", year)], agreement.signed_on
        )


def activities(state: DemoState) -> None:
    rng, today = state.rng, state.today
    delegation_by_agreement: dict[int, list[DelegationInfo]] = defaultdict(list)
    for completed in state.delegations:
        if completed.agreement_id and completed.status == "completed":
            delegation_by_agreement[completed.agreement_id].append(completed)
    for agreement in state.agreements:
        if agreement.effective_on is None or agreement.life == "quiet":
            continue
        start = agreement.effective_on
        end = min(today, agreement.ended_on or today, agreement.expires_on or today)
        if agreement.life == "dormant":
            end = min(end, add_months(today, -13))
        if end <= start:
            continue
        delegations = [d for d in delegation_by_agreement.get(agreement.id, []) if start <= d.start_on <= end]
        dates: list[date] = [d.start_on for d in delegations]
        count = rng.randint(1, 3) if agreement.life == "dormant" else rng.randint(2, 5)
        span = (end - start).days
        dates.extend(start + timedelta(days=rng.randint(0, span)) for _ in range(count))
        if agreement.life == "active" and state.stage_by_code[agreement.stage].is_live:
            dates.append(max(start, today - state.days(5, 150)))
        for on in sorted(dates):
            kind, title, indicators = rng.choice(words.ACTIVITIES)
            delegation = None
            if delegations and delegations[0].start_on == on:
                delegation = delegations.pop(0)
                kind, title = "visit", "Kunjungan kerja delegasi"
            activity_id = state.out.new_id("activity")
            state.out.add(
                "activity",
                {
                    "id": activity_id,
                    "agreement_id": agreement.id,
                    "occurred_on": on,
                    "kind": kind,
                    "title": title,
                    "description": None,
                    "delegation_id": delegation.id if delegation else None,
                    "budget_line_id": state.budget_line_by_delegation.get(delegation.id) if delegation else None,
                },
            )
            for name, low, high, unit in indicators[: rng.randint(1, len(indicators))]:
                state.out.add(
                    "indicator",
                    {
                        "id": state.out.new_id("indicator"),
                        "activity_id": activity_id,
                        "name": name,
                        "value": Decimal(rng.randint(low, high)),
                        "unit": unit,
                    },
                )
