"""What an agreement's record supplies to its text: the parties, the subject, the facts of the clause library.

Our region is the first party (its head and titles from the office profile);
every partner of the agreement follows in its order, so a three- or
four-party agreement names all of them. Each party is named as the text
needs it: in Indonesian (the partner's ``name_id``, else its register name)
and in English running text with "the" where English needs it ("the City of
Düsseldorf", "Kyushu University"); its country formally ("Republik Federal
Jerman" / "the Federal Republic of Germany"), printed on a line of its own
unless the name says it already (an agency named after its country) or the
party is an international organisation. A partner that is not a regional
government is introduced as what it is ("suatu perguruan tinggi" / "a
university").

The subject is the agreement's own field (``subject_id`` / ``subject_en``);
for a KSDPL agreement without one, the library's sister-relationship subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from secretariat.domain.drafting import (
    ClauseLibrary,
    DraftContext,
    Party,
    PartyKind,
    SectorName,
    kind_mismatch,
    load_clause_library,
    reference_title,
    subject_of,
)
from secretariat.domain.enums import Instrument, PartnerKind
from secretariat.domain.errors import Problem, UserError
from secretariat.domain.formal_names import english_running_name, formal_country_names, names_country
from secretariat.services.office import OfficeProfileView
from secretariat.storage.models import Agreement, Country, Partner

#: How the text introduces an institution, by the partner's kind (Indonesian, English).
INSTITUTION_TYPES: dict[PartnerKind, tuple[str, str]] = {
    PartnerKind.UNIVERSITY: ("suatu perguruan tinggi", "a university"),
    PartnerKind.BUSINESS: ("suatu badan usaha", "a company"),
    PartnerKind.STATE_INSTITUTION: ("suatu lembaga", "an agency"),
    PartnerKind.NGO: ("suatu organisasi nonpemerintah", "a non-governmental organisation"),
    PartnerKind.OTHER: ("suatu lembaga", "an institution"),
}


def party_kind(partner_kind: str) -> str:
    """The drafting kind of a partner: a regional government, an international organisation, an institution."""
    if partner_kind == PartnerKind.REGIONAL_GOVERNMENT:
        return PartyKind.GOVERNMENT
    if partner_kind == PartnerKind.INTERNATIONAL_ORGANISATION:
        return PartyKind.INTERNATIONAL
    return PartyKind.INSTITUTION


def library_for(instrument: str) -> ClauseLibrary | None:
    try:
        kind = Instrument(instrument)
    except ValueError:
        return None
    return load_clause_library(kind) if kind in (Instrument.LOI, Instrument.MOU, Instrument.ARRANGEMENT) else None


def require_library(agreement: Agreement) -> ClauseLibrary:
    library = library_for(agreement.instrument)
    if library is None:
        raise UserError(
            f"Agreement {agreement.number or agreement.id} is of the type '{agreement.instrument}', which has no "
            "clause library: drafts are made for Letters of Intent, MoUs and implementing arrangements.",
            f"Perjanjian {agreement.number or agreement.id} berjenis '{agreement.instrument}', yang tidak memiliki "
            "pustaka klausul: rancangan dibuat untuk LoI, Nota Kesepahaman dan perjanjian pelaksana.",
        )
    return library


def our_party(session: Session, profile: OfficeProfileView, number: str | None) -> Party:
    indonesia = session.get(Country, "ID")
    country_id, country_en = formal_country_names(
        "ID", indonesia.name_id if indonesia else "Indonesia", indonesia.name_en if indonesia else "Indonesia"
    )
    return Party(
        name_id=profile.region_name_id,
        name_en=english_running_name(profile.region_name_en),
        head_name=profile.head_name,
        head_title_id=profile.head_title_id,
        head_title_en=profile.head_title_en,
        country_id=country_id,
        country_en=country_en,
        kind=PartyKind.GOVERNMENT,
        number=number,
    )


def _short(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def partner_party(partner: Partner, number: str | None = None) -> Party:
    country_id, country_en = formal_country_names(
        partner.country_code, partner.country.name_id, partner.country.name_en
    )
    kind = party_kind(partner.kind)
    name_id = (partner.name_id or "").strip() or _short(english_running_name(partner.name))
    name_en = english_running_name(partner.name)
    if kind == PartyKind.GOVERNMENT:
        show_country = True
    elif kind == PartyKind.INTERNATIONAL:
        show_country = False
    else:
        says_it = names_country(name_id, (partner.country.name_id, country_id)) or names_country(
            name_en, (partner.country.name_en, _short(country_en))
        )
        show_country = not says_it
    type_id, type_en = INSTITUTION_TYPES.get(partner.kind, INSTITUTION_TYPES[PartnerKind.OTHER])
    return Party(
        name_id=name_id,
        name_en=name_en,
        head_name=partner.head_name,
        head_title_id=(partner.head_title_id or "").strip() or partner.head_title,
        head_title_en=partner.head_title,
        country_id=country_id,
        country_en=country_en,
        kind=kind,
        number=number,
        show_country=show_country,
        type_id=type_id,
        type_en=type_en,
    )


@dataclass(frozen=True)
class RecordContext:
    """An agreement's drafting context, the library and what the clerk should know about it."""

    context: DraftContext
    library: ClauseLibrary
    warnings: tuple[Problem, ...]
    region_level: str


def _reference(session: Session, parent: Agreement, profile: OfficeProfileView) -> tuple[str, str]:
    """How the text names the agreement an arrangement rests on ("Nota Kesepahaman antara ... tentang ...")."""
    library = library_for(parent.instrument)
    parties = [our_party(session, profile, parent.number)] + [partner_party(p) for p in parent.partners]
    names = [(p.name_id, p.name_en) for p in parties]
    if library is None:
        return reference_title(parent.title_id, parent.title_en, names, (None, None))
    probe = DraftContext(parent.instrument, parties, parent.subject_id, parent.subject_en, kind=parent.kind)
    subject = subject_of(library, probe, profile.region_level) if len(parties) > 1 else (None, None)
    return reference_title(library.name_id, library.name_en, names, (subject[0], subject[1]))


def record_context(session: Session, agreement: Agreement, profile: OfficeProfileView) -> RecordContext:
    """The facts of the agreement's text, and the notes a clerk should see before printing it."""
    library = require_library(agreement)
    partners = agreement.partners
    if not partners:
        name = agreement.number or agreement.id
        raise UserError(
            f"Agreement {name} has no partner to name in the text.",
            f"Perjanjian {name} tidak memiliki mitra untuk disebut dalam naskah.",
        )
    warnings: list[Problem] = []
    if not profile.is_complete:
        warnings.append(
            Problem(
                "office",
                "the office profile does not name the region in both languages",
                "profil kantor belum menyebut nama daerah dalam kedua bahasa",
            )
        )
    parties = [our_party(session, profile, agreement.number)]
    parties += [
        partner_party(partner, agreement.partner_number if position == 0 else None)
        for position, partner in enumerate(partners)
    ]
    parent = agreement.parent
    loi = parent if parent is not None and parent.instrument == Instrument.LOI else None
    reference = _reference(session, parent, profile) if parent is not None and loi is None else (None, None)
    context = DraftContext(
        instrument=library.instrument,
        parties=tuple(parties),
        subject_id=agreement.subject_id,
        subject_en=agreement.subject_en,
        kind=agreement.kind,
        sectors=[SectorName(s.name_id, s.name_en) for s in agreement.sectors],
        term_months=agreement.term_months,
        notice_months=agreement.notice_months,
        sign_place=agreement.signed_place,
        sign_date=agreement.signed_on,
        loi_place=loi.signed_place if loi else None,
        loi_date=loi.signed_on if loi else None,
        parent_title_id=reference[0],
        parent_title_en=reference[1],
        parent_place=parent.signed_place if parent is not None and loi is None else None,
        parent_date=parent.signed_on if parent is not None and loi is None else None,
    )
    mismatch = kind_mismatch(context)
    if mismatch is not None:
        warnings.append(mismatch)
    if not (agreement.subject_id or "").strip() and not (agreement.subject_en or "").strip():
        subject = subject_of(library, context, profile.region_level)
        if subject[0]:
            warnings.append(
                Problem(
                    "subject",
                    f"the agreement has no subject of its own: the title says “{subject[1]}”",
                    f"perjanjian belum memiliki pokok sendiri: judul menyebut “{subject[0]}”",
                )
            )
        else:
            warnings.append(
                Problem(
                    "subject",
                    "the agreement has no subject: the title leaves it blank (fill in Subject in the record)",
                    "perjanjian belum memiliki pokok: judul dibiarkan kosong (isi Pokok perjanjian pada data)",
                )
            )
    return RecordContext(context, library, tuple(warnings), profile.region_level)


__all__ = [
    "INSTITUTION_TYPES",
    "RecordContext",
    "library_for",
    "our_party",
    "partner_party",
    "party_kind",
    "record_context",
    "require_library",
]
