"""The demo's delegations both ways: members, itinerary, permit steps, protocol and gifts, codes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from secretariat.domain.money import Money
from secretariat.domain.numbering import format_number, resets_yearly
from secretariat.services.demo import words
from secretariat.services.demo.scenario import (
    DELEGATIONS,
    INCOMING_ITINERARY,
    INCOMING_PERMITS,
    ITINERARY_EN,
    OUTGOING_ITINERARY,
    OUTGOING_PERMITS,
    DelegationSpec,
)
from secretariat.services.demo.state import CONTACT_POSITIONS, DelegationInfo, DemoState, PartnerInfo


def member_from_official(
    state: DemoState, delegation_id: int, position: int, official: dict[str, Any], role: str
) -> None:
    state.out.add(
        "delegation_member",
        {
            "id": state.out.new_id("delegation_member"),
            "delegation_id": delegation_id,
            "position": position,
            "official_id": official["id"],
            "contact_id": None,
            "name": official["name"],
            "member_position": official["position"],
            "role": role,
            "grade": official["grade"],
            "passport_type": official["passport_type"],
            "passport_number": official["passport_number"],
            "passport_expiry": official["passport_expiry"],
        },
    )


def add_delegation(
    state: DemoState,
    *,
    direction: str,
    partner: PartnerInfo,
    agreement_id: int | None,
    status: str,
    start_on: date,
    days: int,
    cities: str,
    purpose: str,
    officials: Sequence[dict[str, Any]],
    guests: int,
    notes: str | None = None,
) -> DelegationInfo:
    rng, today = state.rng, state.today
    delegation_id = state.out.new_id("delegation")
    end_on = start_on + timedelta(days=days - 1)
    row: dict[str, Any] = {
        "id": delegation_id,
        "code": f"DEMO-{delegation_id}",
        "direction": direction,
        "purpose": purpose,
        "agreement_id": agreement_id,
        "country_code": partner.country,
        "cities": cities,
        "start_on": start_on,
        "end_on": end_on,
        "status": status,
        "notes": notes,
        "per_diem_country_code": None,
        "per_diem_grade": None,
        "per_diem_grade_reason": None,
        "hotel": None,
        "liaison_officer": None,
        "interpreter": None,
        "precedence": None,
        "forms_of_address": None,
        "dietary_needs": None,
    }
    if direction == "outgoing":
        # One grade for the whole delegation keeps everyone in one hotel (heads of region excepted).
        row["per_diem_country_code"] = partner.country
        row["per_diem_grade"] = rng.choice((None, "B")) if len(officials) > 2 else None
        row["per_diem_grade_reason"] = "Satu hotel untuk seluruh delegasi" if row["per_diem_grade"] else None
        row["hotel"] = f"Hotel di pusat kota {cities.split(',', maxsplit=1)[0].strip()}"
    else:
        row["hotel"] = rng.choice(words.HOTELS)
        row["liaison_officer"] = officials[0]["name"] if officials else None
        row["interpreter"] = words.INTERPRETERS.get(partner.country)
        row["precedence"] = "1. Ketua delegasi mitra; 2. Wakil ketua; 3. Anggota menurut jabatan"
        row["forms_of_address"] = words.FORMS_OF_ADDRESS.get(partner.country, words.FORMS_OF_ADDRESS["*"])
        row["dietary_needs"] = words.DIETARY_NEEDS.get(partner.country, words.DIETARY_NEEDS["*"])
    state.out.add("delegation", row)
    position = 0
    if direction == "outgoing":
        for index, official in enumerate(officials):
            role = "head" if index == 0 else ("interpreter" if "Penerjemah" in official["position"] else "member")
            member_from_official(state, delegation_id, position, official, role)
            position += 1
    else:
        for index in range(guests):
            if index < len(partner.contacts):
                contact_id, name, _, _, expiry = partner.contacts[index]
            else:
                contact_id, name, expiry = None, state.person(partner.country)[0], None
            state.out.add(
                "delegation_member",
                {
                    "id": state.out.new_id("delegation_member"),
                    "delegation_id": delegation_id,
                    "position": position,
                    "official_id": None,
                    "contact_id": contact_id,
                    "name": name,
                    "member_position": rng.choice(CONTACT_POSITIONS),
                    "role": "head" if index == 0 else "member",
                    "grade": None,
                    "passport_type": None,
                    "passport_number": None,
                    "passport_expiry": expiry,
                },
            )
            position += 1
        for official in officials:
            member_from_official(state, delegation_id, position, official, "liaison_officer")
            position += 1
    city = cities.split(",", maxsplit=1)[0].strip()
    plan = OUTGOING_ITINERARY if direction == "outgoing" else INCOMING_ITINERARY
    for day_index in range(days):
        day = start_on + timedelta(days=day_index)
        items = (
            [plan[0]]
            if day_index == 0
            else ([plan[-1]] if day_index == days - 1 else rng.sample(plan[1:-1], min(2, len(plan) - 2)))
        )
        hour = 9
        for activity, place in items:
            dinner = "makan malam" in activity
            start = 19 if dinner else hour  # a dinner in the evening
            english = ITINERARY_EN.get(activity)
            state.out.add(
                "itinerary_item",
                {
                    "id": state.out.new_id("itinerary_item"),
                    "delegation_id": delegation_id,
                    "day": day,
                    "start_time": time(start, 0),
                    "end_time": time(start + 2, 0),
                    "place": place.format(city=city, partner=partner.name)[:300],
                    "activity": activity.format(partner=partner.name, city=city),
                    "activity_en": english.format(partner=partner.name, city=city) if english else None,
                    "counterpart": partner.name[:300],
                },
            )
            hour += 4
    permits = OUTGOING_PERMITS if direction == "outgoing" else INCOMING_PERMITS
    for index, (name, due_days) in enumerate(permits):
        due = start_on - timedelta(days=due_days)
        requested_on = granted_on = None
        reference = None
        if status in ("completed", "under_way") or (status == "cancelled" and index < 2):
            permit_status = "granted"
        elif status == "approved":
            permit_status = "granted" if index != len(permits) - 1 else "requested"
        elif status == "preparing":
            permit_status = "granted" if index in (0, 3) else "requested"
        else:
            permit_status = "requested" if (due - today).days < 20 and index == 0 else "not_requested"
        if permit_status in ("granted", "requested"):
            requested_on = min(today, due - state.days(5, 25))
        if permit_status == "granted":
            granted_on = min(today, requested_on + state.days(2, 12)) if requested_on else None
            reference = f"{rng.randint(100, 999)}/{rng.choice(('PD', 'KL', 'SETNEG', 'BU'))}/{due.year}"
        state.out.add(
            "permit_step",
            {
                "id": state.out.new_id("permit_step"),
                "delegation_id": delegation_id,
                "position": index,
                "name": name,
                "status": permit_status,
                "requested_on": requested_on,
                "granted_on": granted_on,
                "reference": reference,
                "due_days_before": due_days,
            },
        )
    info = DelegationInfo(delegation_id, direction, status, partner.country, city, start_on, end_on, agreement_id)
    state.delegations.append(info)
    return info


def curated_delegations(state: DemoState) -> None:
    for spec in DELEGATIONS:
        curated_delegation(state, spec)


def curated_delegation(state: DemoState, spec: DelegationSpec) -> None:
    partner = state.partner_by_code[spec.partner]
    info = add_delegation(
        state,
        direction=spec.direction,
        partner=partner,
        agreement_id=state.agreement_by_key[spec.agreement].id if spec.agreement else None,
        status=spec.status,
        start_on=state.today + timedelta(days=spec.start_in_days),
        days=spec.days,
        cities=spec.cities,
        purpose=spec.purpose,
        officials=[state.officials[i] for i in spec.members],
        guests=spec.guests,
        notes=spec.notes,
    )
    if spec.status in ("completed", "under_way"):
        gifts(state, info, partner, [state.officials[i] for i in spec.members])


def gifts(
    state: DemoState, delegation: DelegationInfo, partner: PartnerInfo, officials: Sequence[dict[str, Any]]
) -> None:
    """What was given and received, for the gratification register."""
    ours = officials[0]["name"] if officials else words.OFFICE["head_name"]
    given_text, given_value = state.rng.choice(words.GIFTS_GIVEN)
    received_text, received_value, received_currency = words.GIFTS_RECEIVED.get(
        partner.country, words.GIFTS_RECEIVED["*"]
    )
    on = delegation.start_on + timedelta(days=1 if delegation.end_on > delegation.start_on else 0)
    for direction, text_, giver, recipient, value, currency in (
        ("given", given_text, ours, partner.name, given_value, "IDR"),
        ("received", received_text, partner.name, ours, received_value, received_currency),
    ):
        state.out.add(
            "gift",
            {
                "id": state.out.new_id("gift"),
                "delegation_id": delegation.id,
                "direction": direction,
                "on": on,
                "description": text_,
                "giver": giver,
                "recipient": recipient,
                "value_minor": Money(Decimal(value), currency).minor if value is not None else None,
                "currency": currency if value is not None else None,
                "notes": None,
            },
        )


def generated_delegations(state: DemoState, count: int) -> None:
    rng, today = state.rng, state.today
    live = [a for a in state.agreements if a.signed_on] or state.agreements
    for _ in range(count):
        agreement = rng.choice(live) if live and rng.random() < 0.8 else None
        partner = state.partner_by_id[agreement.partner_ids[0]] if agreement else rng.choice(state.partners)
        direction = rng.choice(("outgoing", "incoming"))
        offset = rng.randint(-1500, 200)
        start_on = today + timedelta(days=offset)
        if offset < -10:
            status = rng.choices(("completed", "cancelled"), (92, 8))[0]
        elif offset <= 0:
            status = "under_way" if offset > -3 else "completed"
        else:
            status = rng.choice(("planned", "preparing", "approved"))
        officials = rng.sample(state.officials, min(len(state.officials), rng.randint(2, 5)))
        if direction == "incoming":
            officials = officials[:1]
        add_delegation(
            state,
            direction=direction,
            partner=partner,
            agreement_id=agreement.id if agreement else None,
            status=status,
            start_on=start_on,
            days=rng.randint(2, 7),
            cities=partner.city or "Surabaya",
            purpose=("Kunjungan kerja ke " if direction == "outgoing" else "Kunjungan delegasi ")
            + f"{partner.name}"[:200],
            officials=officials,
            guests=rng.randint(2, 6),
        )


def code_delegations(state: DemoState) -> dict[int, str]:
    codes: dict[int, str] = {}
    for delegation in sorted(state.delegations, key=lambda d: (d.start_on, d.id)):
        year = delegation.start_on.year if resets_yearly(state.delegation_pattern) else 0
        state.sequence_last[("delegation", year)] += 1
        codes[delegation.id] = format_number(
            state.delegation_pattern, state.sequence_last[("delegation", year)], delegation.start_on
        )
    return codes
