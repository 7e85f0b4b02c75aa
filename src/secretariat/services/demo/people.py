"""The demo's people and partners: the office profile, officials, foreign partners, contacts, due diligence."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from secretariat.domain.due_diligence import CONDITIONS
from secretariat.services.demo import words
from secretariat.services.demo.state import (
    CONTACT_POSITIONS,
    FALLBACK_PEOPLE,
    DemoState,
    PartnerInfo,
    ascii_slug,
)
from secretariat.storage.models import OfficeProfile
from secretariat.storage.types import utcnow


def office(state: DemoState) -> None:
    profile = state.session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
    if profile is None:
        return
    if not (profile.region_name_id or "").strip():
        state.session.execute(
            update(OfficeProfile).where(OfficeProfile.id == profile.id).values(**words.OFFICE, updated_at=utcnow())
        )


def officials(state: DemoState) -> None:
    rng, today = state.rng, state.today
    # Passports that stop a trip: too short for six months after return, and one already expired.
    expiries = {10: today + timedelta(days=120), 12: today + timedelta(days=150), 13: today - timedelta(days=20)}
    people: list[tuple[str, str, str, str, str | None]] = list(words.OFFICIALS)
    for _ in range(max(0, state.scale // 5000)):
        position, unit, grade = rng.choice(words.OFFICIAL_POSITIONS)
        name = f"{rng.choice(words.INDONESIAN_GIVEN)} {rng.choice(words.INDONESIAN_FAMILY)}"
        people.append((name, position, unit, grade, rng.choice(("service", "service", None))))
    nips: set[str] = set()
    for index, (name, position, unit, grade, passport) in enumerate(people):
        while True:
            born = date(rng.randint(1966, 1995), rng.randint(1, 12), rng.randint(1, 28))
            appointed = (born.year + rng.randint(23, 30), rng.randint(1, 12))
            nip = f"{born:%Y%m%d}{appointed[0]:04d}{appointed[1]:02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
            if nip not in nips:
                nips.add(nip)
                break
        expiry = None
        number = None
        if passport is not None:
            number = state.passport_number("D" if passport == "diplomatic" else "S")
            expiry = expiries.get(index, today + state.days(400, 1700))
        email_name = ascii_slug(name.split(",")[0].replace("Dr. ", "").replace("Ir. ", "").replace("H. ", ""))
        row = state.out.add(
            "official",
            {
                "id": state.out.new_id("official"),
                "name": name,
                "nip": nip,
                "position": position,
                "unit": unit,
                "grade": grade,
                "passport_type": passport,
                "passport_number": number,
                "passport_expiry": expiry,
                "email": f"{email_name.strip('.')[:40]}@demo.jatimprov.example",
                "phone": f"+62 812 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "active": index != 15,
            },
        )
        state.officials.append(row)


def add_partner(
    state: DemoState,
    code: str,
    name: str,
    original: str | None,
    kind: str,
    level: str | None,
    country: str,
    city: str | None,
    languages: str,
    status: str,
    head_title: str | None = None,
    website: str | None = None,
    notes: str | None = None,
    contacts: int = 1,
    detailed: bool = True,
) -> PartnerInfo:
    if country not in state.countries:
        raise ValueError(f"demo partner {code}: unknown country {country}")
    partner_id = state.out.new_id("partner")
    head_name = state.person(country)[0] if kind == "regional_government" and detailed else None
    slug = ascii_slug(code)
    name_id, head_title_id = words.PARTNER_NAMES_ID.get(code, (None, None))
    if code in words.INSTITUTION_HEADS:  # the institutions the demo's agreements are with: who signs for them
        head_name, head_title, head_title_id = words.INSTITUTION_HEADS[code]
    state.out.add(
        "partner",
        {
            "id": partner_id,
            "code": code,
            "name": name,
            "name_original": original,
            "kind": kind,
            "admin_level": level,
            "country_code": country,
            "city": city,
            "address": f"{city}, {country}" if city and detailed else None,
            "website": website or (f"https://www.{slug}.example" if detailed else None),
            "email": f"international@{slug}.example" if detailed else None,
            "phone": state.phone(country) if detailed else None,
            "languages": languages,
            "status": status,
            "head_name": head_name,
            "head_title": head_title,
            "notes": notes,
            "name_id": name_id,
            "head_title_id": head_title_id,
        },
    )
    info = PartnerInfo(partner_id, code, name, kind, country, city, status)
    for _ in range(contacts):
        display, given, family = state.person(country)
        passport_expiry = state.today + state.days(60, 2500) if detailed else None
        contact_id = state.out.new_id("contact")
        state.out.add(
            "contact",
            {
                "id": contact_id,
                "partner_id": partner_id,
                "name": display,
                "position": state.rng.choice(CONTACT_POSITIONS),
                "email": f"{ascii_slug(given)}.{ascii_slug(family)}@{slug}.example",
                "phone": state.phone(country) if detailed else None,
                "languages": languages,
                "passport_type": "service"
                if detailed and kind in ("regional_government", "state_institution")
                else ("ordinary" if detailed else None),
                "passport_number": f"{country}{state.rng.randint(1_000_000, 9_999_999)}" if detailed else None,
                "passport_expiry": passport_expiry,
                "notes": None,
            },
        )
        info.contacts.append((contact_id, display, "Delegation member", None, passport_expiry))
    state.partners.append(info)
    state.partner_by_code[code] = info
    state.partner_by_id[partner_id] = info
    return info


def conditions(state: DemoState, partner: PartnerInfo) -> None:
    evidence = {
        1: "Tercantum dalam daftar negara yang mempunyai hubungan diplomatik dengan RI (Kemlu).",
        2: "Urusan yang dikerjasamakan termasuk kewenangan provinsi (UU 23/2014).",
        3: "Rancangan naskah tidak memuat pembukaan kantor perwakilan.",
        4: "Kajian Bakesbangpol: tidak ada indikasi campur tangan urusan dalam negeri.",
        5: "Sejalan dengan misi RPJMD Provinsi Jawa Timur.",
        6: "Rencana aksi memuat pelatihan aparatur dan magang teknis.",
        7: "Setara secara fungsi pemerintahan dan skala wilayah.",
        8: "Keunggulan kedua daerah saling melengkapi (kajian kelayakan).",
        9: "Program pertukaran pelajar, seniman dan komunitas.",
    }
    text_: str | None
    for condition in CONDITIONS:
        answer, text_ = "yes", evidence[condition.number]
        if partner.country == "TW" and condition.number == 1:
            answer, text_ = "no", "Indonesia tidak mempunyai hubungan diplomatik formal dengan Taiwan."
        elif partner.status == "prospect" and state.rng.random() < 0.4:
            answer, text_ = "unknown", None
        state.out.add(
            "partner_condition",
            {
                "id": state.out.new_id("partner_condition"),
                "partner_id": partner.id,
                "number": condition.number,
                "answer": answer,
                "evidence": text_,
            },
        )


def curated_partners(state: DemoState) -> None:
    for spec in words.PARTNERS:
        info = add_partner(
            state,
            spec.code,
            spec.name,
            spec.name_original,
            spec.kind,
            spec.admin_level,
            spec.country,
            spec.city,
            spec.languages,
            spec.status,
            spec.head_title,
            spec.website,
            spec.notes,
            contacts=2,
        )
        if spec.kind == "regional_government":
            conditions(state, info)


def generated_partners(state: DemoState, count: int) -> None:
    rng = state.rng
    kinds = ("regional_government", "university", "business", "ngo", "international_organisation", "state_institution")
    weights = (35, 20, 25, 15, 2, 3)
    for number in range(1, count + 1):
        pool = rng.choice(words.POOLS)
        city, original = rng.choice(pool.cities)
        kind = rng.choices(kinds, weights)[0]
        country, level, name_original = pool.code, None, None
        if kind == "regional_government":
            pattern_en, pattern_original = pool.government
            level = pool.level
            name = pattern_en.format(city=city, original=original or city)
            if pattern_original:
                name_original = pattern_original.format(city=city, original=original or city)
        elif kind == "university":
            pattern_en, pattern_original = pool.university
            name = pattern_en.format(city=city, original=original or city)
            if pattern_original:
                name_original = pattern_original.format(city=city, original=original or city)
        elif kind == "business":
            family = rng.choice(words.PEOPLE.get(country, FALLBACK_PEOPLE)[1])
            name = f"{family} {rng.choice(pool.business_words)} {pool.business_suffix}"
        elif kind == "ngo":
            name = rng.choice(words.NGO_PATTERNS).format(city=city)
        elif kind == "international_organisation":
            io_name, _headquarters = rng.choice(words.IO_NAMES)
            name = f"{io_name} ({city} office)"
        else:
            name = f"{city} {rng.choice(('Trade Promotion Agency', 'Port Authority', 'Tourism Board'))}"
        status = rng.choices(("active", "prospect", "inactive"), (50, 35, 15))[0]
        add_partner(
            state,
            f"{country}-{number:06d}",
            name,
            name_original,
            kind,
            level,
            country,
            city,
            pool.languages,
            status,
            contacts=1 if rng.random() < 0.6 else 0,
            detailed=False,
        )


def due_diligence_for_generated(state: DemoState) -> None:
    ksdpl_partners: set[int] = set()
    for agreement in state.agreements:
        if agreement.kind == "ksdpl":
            ksdpl_partners.update(agreement.partner_ids)
    curated = {state.partner_by_code[s.code].id for s in words.PARTNERS if s.kind == "regional_government"}
    for partner in state.partners[len(words.PARTNERS) :]:
        if partner.id in ksdpl_partners and partner.id not in curated and partner.kind == "regional_government":
            conditions(state, partner)
