"""The plain data of the visit documents, and writing them.

:func:`delegation_list`, :func:`programme` and :func:`permit_letter` read a
delegation and the office profile into the records of
:mod:`secretariat.domain.visit_documents`; the ``export_*`` functions also
render (with the renderer the caller hands in, from
``secretariat.documents.visit_documents``: the services layer does not import
the documents layer) and write the file in one step, leaving an existing file
untouched when anything fails.

The permit letter's number comes from the office's letter pattern
(``letter_pattern``, e.g. ``{seq:03d}/BKS/{roman_month}/{year}``):

* a **draft** shows the next free number (:func:`secretariat.services.numbering.peek_next_number`),
  marked provisional, and takes nothing: drafts can be made as often as needed;
* the **final** letter takes the number (:func:`secretariat.services.numbering.next_number`)
  in the same transaction that renders and writes the file, so a letter that
  could not be written gives its number back, and a written one keeps it.

A final letter's number and date are kept with the delegation
(``permit_letter_number`` / ``permit_letter_date``): printing it again gives
the same letter, never a new number.

The letter is signed by the head of region (office profile), on the head's
own letterhead (the national emblem and the title line), or by one of the
region's officials on the head's behalf ("a.n."), e.g. the regional
secretary, on the bureau's letterhead. Its place is the town of the office's
last address line unless given. Its carbon copies (tembusan) default to
:data:`~secretariat.domain.visit_documents.DEFAULT_COPIES`, headed by the
head of region "sebagai laporan" when an official signs. The letter's wording
on the agreement the visit serves follows where that agreement stands.

For an incoming visit our own people (an official of the region on the
visit, the liaison officer) are listed apart from the guests.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from secretariat.domain.delegation_rules import is_host
from secretariat.domain.drafting import ClauseLibraryError, load_clause_library, reference_title
from secretariat.domain.enums import Direction, MemberRole
from secretariat.domain.errors import Problem, UserError
from secretariat.domain.file_names import readable_file_name
from secretariat.domain.labels import label
from secretariat.domain.visit_documents import (
    DEFAULT_ADDRESSEE,
    DEFAULT_ATTACHMENTS,
    DEFAULT_COPIES,
    AgreementStep,
    DelegationList,
    Funding,
    Letterhead,
    LetterheadKind,
    LetterSignatory,
    ListedMember,
    PermitLetter,
    Programme,
    ProgrammeDay,
    ProgrammeItem,
    ProtocolNotes,
    VisitFacts,
    government_name,
    letter_warnings,
    place_from_address,
)
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.numbering import next_number, peek_next_number
from secretariat.services.office import OfficeProfileView, get_office_profile
from secretariat.services.output_files import PDF, check_output, write_output
from secretariat.storage.models import Account, Agreement, BudgetLine, Contact, Delegation, Official, Partner

DelegationListRenderer = Callable[[DelegationList], bytes]
ProgrammeRenderer = Callable[[Programme], bytes]
LetterRenderer = Callable[[PermitLetter], bytes]


@dataclass(frozen=True)
class DocumentNames:
    """File names for a delegation's documents, from its code and purpose ("DLG-2026-007 … – daftar delegasi.pdf")."""

    delegation_list: str
    programme: str
    letter: str
    letter_draft: str
    travel_budget: str


@dataclass(frozen=True)
class LetterExport:
    path: Path
    letter: PermitLetter
    warnings: tuple[Problem, ...] = ()  # e.g. the letterhead's emblem is not configured


def document_names(code: str, purpose: str | None = None, language: str = "id") -> DocumentNames:
    """ "DLG-2026-007 Misi dagang ke Osaka – daftar delegasi.pdf": the delegation's code and purpose and
    what the document is, in the interface language."""
    number = re.sub(r"[/\\]+", "-", code).strip("-. ") or ("delegasi" if language == "id" else "delegation")
    words = {
        "id": (
            "daftar delegasi",
            "program kunjungan",
            "surat permohonan izin",
            "surat permohonan izin (konsep)",
            "RAB",
        ),
        "en": (
            "delegation list",
            "visit programme",
            "permit request letter",
            "permit request letter (draft)",
            "travel budget",
        ),
    }["id" if language == "id" else "en"]
    return DocumentNames(
        delegation_list=readable_file_name(number, purpose, words[0], "pdf"),
        programme=readable_file_name(number, purpose, words[1], "pdf"),
        letter=readable_file_name(number, purpose, words[2], "pdf"),
        letter_draft=readable_file_name(number, purpose, words[3], "pdf"),
        travel_budget=readable_file_name(number, purpose, words[4], "xlsx"),
    )


# --- reading ---------------------------------------------------------------------------------------------------


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def letterhead(profile: OfficeProfileView, kind: str = LetterheadKind.BUREAU) -> Letterhead:
    """The office's letterhead of this kind: the bureau's, or the head of region's own."""
    if not profile.is_complete:
        raise UserError(
            "Fill in the region's name (Settings, office profile) before making documents.",
            "Isi nama daerah (Pengaturan, profil kantor) sebelum membuat dokumen.",
        )
    title = (profile.head_letterhead_title or "").strip() or (profile.head_title_id or "").strip() or None
    return Letterhead(
        government_id=government_name(profile.region_name_id, "id"),
        government_en=profile.region_name_en.strip(),
        address_lines=_lines(profile.address_lines),
        contact_lines=_lines(profile.contact_lines),
        logo_png=profile.logo_png,
        paper=profile.paper,
        unit=(profile.letterhead_unit or "").strip() or None,
        kind=kind,
        title_line=title,
        emblem_png=profile.head_emblem_png,
    )


_letterhead = letterhead

#: Stages of an agreement and what a visit does for it then (codes of the default stage list; others: exploring).
_STEPS = {
    "draft_initialled": AgreementStep.INITIALLING,
    "dprd_approval": AgreementStep.INITIALLING,
    "consultation": AgreementStep.INITIALLING,
    "full_powers": AgreementStep.SIGNING,
}


def _agreement_facts(session: Session, delegation: Delegation, region_id: str) -> tuple[str | None, str | None]:
    """(how the letter names the agreement the visit serves, where that agreement stands).

    Named as a text names another agreement, from its instrument, its parties in Indonesian and its subject
    ("Nota Kesepahaman antara Pemerintah Provinsi Jawa Timur dan Pemerintah Kota Düsseldorf tentang ..."), with
    its number once it has one; its stored title when it is of a kind the program does not draft.
    """
    if delegation.agreement_id is None:
        return None, None
    agreement = session.get(Agreement, delegation.agreement_id)
    if agreement is None:
        return None, None
    try:
        library = load_clause_library(agreement.instrument)
    except ClauseLibraryError:
        library = None
    if library is not None and region_id:
        parties = [(region_id, "")] + [((p.name_id or "").strip() or p.name, p.name) for p in agreement.partners]
        text = reference_title(library.name_id, library.name_en, parties, (agreement.subject_id, None))[0]
    else:
        text = agreement.title_id
    if agreement.number:
        text = f"{text} nomor {agreement.number}"
    if agreement.signed_on is not None or agreement.stage.is_live or agreement.stage.is_final:
        return text, AgreementStep.SIGNED
    return text, _STEPS.get(agreement.stage.code, AgreementStep.EXPLORING)


def _visit(session: Session, delegation: Delegation, region_id: str = "") -> VisitFacts:
    agreement, step = _agreement_facts(session, delegation, region_id)
    return VisitFacts(
        code=delegation.code,
        outgoing=delegation.direction == Direction.OUTGOING,
        purpose=delegation.purpose.strip(),
        country_id=delegation.country.name_id,
        country_en=delegation.country.name_en,
        cities=(delegation.cities or "").strip() or None,
        start_on=delegation.start_on,
        end_on=delegation.end_on,
        agreement=agreement,
        agreement_step=step,
    )


def _members(session: Session, delegation: Delegation) -> tuple[ListedMember, ...]:
    official_ids = [m.official_id for m in delegation.members if m.official_id]
    contact_ids = [m.contact_id for m in delegation.members if m.contact_id]
    nips: dict[int, str | None] = (
        dict(session.execute(select(Official.id, Official.nip).where(Official.id.in_(official_ids))).all())
        if official_ids
        else {}
    )
    organisations: dict[int, str] = (
        dict(
            session.execute(
                select(Contact.id, Partner.name)
                .join(Partner, Partner.id == Contact.partner_id)
                .where(Contact.id.in_(contact_ids))
            ).all()
        )
        if contact_ids
        else {}
    )
    listed = []
    for member in delegation.members:
        role = member.role
        passport = member.passport_type
        listed.append(
            ListedMember(
                name=member.name,
                position=member.member_position,
                role_id=label(role, "id"),
                role_en=label(role, "en"),
                nip=nips.get(member.official_id) if member.official_id else None,
                organisation=organisations.get(member.contact_id) if member.contact_id else None,
                passport_type_id=label(passport, "id") if passport else None,
                passport_type_en=label(passport, "en") if passport else None,
                passport_number=member.passport_number,
                passport_expiry=member.passport_expiry,
                host=is_host(delegation.direction, member.official_id, member.role, member.contact_id),
            )
        )
    return tuple(listed)


def _delegation(session: Session, delegation_id: int) -> Delegation:
    return fetch(session, Delegation, delegation_id, "delegation", "delegasi")


def delegation_list(ctx: ServiceContext, delegation_id: int, *, issued_on: date | None = None) -> DelegationList:
    """The delegation list, in Indonesian and English; an incoming visit's hosts listed apart from its guests."""
    letterhead = _letterhead(get_office_profile(ctx))
    with reading(ctx) as session:
        delegation = _delegation(session, delegation_id)
        visit = _visit(session, delegation, letterhead.government_id)
        return DelegationList(
            letterhead=letterhead,
            visit=visit,
            members=_members(session, delegation),
            bilingual=True,
            issued_on=issued_on or date.today(),
        )


def _item_order(item: ProgrammeItem) -> tuple[bool, time]:
    return (item.start_time is None, item.start_time or time.min)  # timed items first, then the rest


def programme(ctx: ServiceContext, delegation_id: int) -> Programme:
    """The itinerary booklet: every day of the visit, with its items in time order."""
    letterhead = _letterhead(get_office_profile(ctx))
    with reading(ctx) as session:
        delegation = _delegation(session, delegation_id)
        by_day: dict[date, list[ProgrammeItem]] = defaultdict(list)
        for item in delegation.itinerary:
            by_day[item.day].append(
                ProgrammeItem(
                    item.start_time,
                    item.end_time,
                    item.activity.strip(),
                    item.place,
                    item.counterpart,
                    (item.activity_en or "").strip() or None,
                )
            )
        days = []
        day = delegation.start_on
        while day <= delegation.end_on:
            days.append(ProgrammeDay(day, tuple(sorted(by_day.get(day, []), key=_item_order))))
            day += timedelta(days=1)
        members = _members(session, delegation)
        heads = [
            m.name
            for m, listed in zip(delegation.members, members, strict=True)
            if m.role == MemberRole.HEAD and not listed.host
        ]
        head = heads[0] if heads else None
        protocol = (
            ProtocolNotes()
            if delegation.direction == Direction.OUTGOING
            else ProtocolNotes(
                hotel=delegation.hotel,
                liaison_officer=delegation.liaison_officer,
                interpreter=delegation.interpreter,
                dietary_needs=delegation.dietary_needs,
            )
        )
        return Programme(
            letterhead=letterhead,
            visit=_visit(session, delegation, letterhead.government_id),
            days=tuple(days),
            head_of_delegation=head,
            members=members,
            protocol=protocol,
        )


def _funding(session: Session, delegation: Delegation) -> Funding:
    line = session.execute(
        select(BudgetLine.fiscal_year, BudgetLine.account_code, BudgetLine.description)
        .where(BudgetLine.delegation_id == delegation.id)
        .order_by(case((BudgetLine.fiscal_year == delegation.start_on.year, 0), else_=1), BudgetLine.id)
        .limit(1)
    ).first()
    if line is None:
        return Funding(fiscal_year=delegation.start_on.year)
    name = session.scalar(select(Account.name).where(Account.code == line.account_code))
    return Funding(fiscal_year=line.fiscal_year, account_code=line.account_code, account_name=name or line.description)


def _signatory(session: Session, profile: OfficeProfileView, official_id: int | None) -> LetterSignatory:
    head_title = (profile.head_title_id or "").strip() or None
    if official_id is None:
        return LetterSignatory(title=head_title or "Kepala Daerah", name=profile.head_name)
    official = fetch(session, Official, official_id, "official", "pejabat")
    return LetterSignatory(
        title=official.position, name=official.name, nip=official.nip, on_behalf_of=head_title or "Kepala Daerah"
    )


def _letter(
    session: Session,
    profile: OfficeProfileView,
    delegation: Delegation,
    *,
    number: str,
    provisional: bool,
    dated: date,
    number_issued: bool = False,
    signatory_official_id: int | None,
    place: str | None,
    addressee: Sequence[str] | None,
    attachments: Sequence[str] | None,
    copies: Sequence[str] | None,
) -> PermitLetter:
    if delegation.direction != Direction.OUTGOING:
        raise UserError(
            f"Delegation {delegation.code} is an incoming visit; the travel permit is asked for visits abroad.",
            f"Delegasi {delegation.code} adalah kunjungan masuk; izin perjalanan diajukan untuk kunjungan ke luar "
            "negeri.",
        )
    if not any(member.contact_id is None for member in delegation.members):
        raise UserError(
            f"Delegation {delegation.code} has no members of the region yet.",
            f"Delegasi {delegation.code} belum memiliki anggota dari daerah.",
        )
    signatory = _signatory(session, profile, signatory_official_id)
    # The head of region signs on the head's own letterhead; an official signing "a.n." on the bureau's.
    letterhead = _letterhead(profile, LetterheadKind.BUREAU if signatory.on_behalf_of else LetterheadKind.HEAD)
    if copies is None:
        report = (f"{signatory.on_behalf_of} (sebagai laporan)",) if signatory.on_behalf_of else ()
        copies = report + DEFAULT_COPIES
    # The permit is asked for the region's own people: a partner's contact travelling along is not listed.
    travellers = tuple(
        m
        for m, member in zip(_members(session, delegation), delegation.members, strict=True)
        if member.contact_id is None
    )
    return PermitLetter(
        letterhead=letterhead,
        visit=_visit(session, delegation, letterhead.government_id),
        members=travellers,
        dated=dated,
        number=number,
        provisional=provisional,
        signatory=signatory,
        funding=_funding(session, delegation),
        place=(place or "").strip() or place_from_address(letterhead.address_lines),
        addressee=tuple(addressee) if addressee is not None else DEFAULT_ADDRESSEE,
        attachments=tuple(attachments) if attachments is not None else DEFAULT_ATTACHMENTS,
        copies=tuple(copies),
        number_issued=number_issued,
    )


def permit_letter(
    ctx: ServiceContext,
    delegation_id: int,
    *,
    dated: date | None = None,
    signatory_official_id: int | None = None,
    place: str | None = None,
    addressee: Sequence[str] | None = None,
    attachments: Sequence[str] | None = None,
    copies: Sequence[str] | None = None,
) -> PermitLetter:
    """The draft letter: the next free letter number is shown, marked provisional, and nothing is taken (a letter
    made final before shows its own number and date)."""
    profile = get_office_profile(ctx)
    with reading(ctx) as session:
        delegation = _delegation(session, delegation_id)
        issued = delegation.permit_letter_number
        if issued:
            dated = delegation.permit_letter_date or dated or date.today()
        dated = dated or date.today()
        return _letter(
            session,
            profile,
            delegation,
            number=issued or peek_next_number(ctx, "letter", dated),
            provisional=True,
            number_issued=bool(issued),
            dated=dated,
            signatory_official_id=signatory_official_id,
            place=place,
            addressee=addressee,
            attachments=attachments,
            copies=copies,
        )


# --- writing -----------------------------------------------------------------------------------------------------


def export_delegation_list(
    ctx: ServiceContext,
    delegation_id: int,
    path: str | Path,
    *,
    render: DelegationListRenderer,
    issued_on: date | None = None,
    force: bool = False,
) -> Path:
    check_output(path, PDF, database=ctx.database, force=force)
    data = delegation_list(ctx, delegation_id, issued_on=issued_on)
    return write_output(path, PDF, render(data), database=ctx.database, force=force)[0]


def export_programme(
    ctx: ServiceContext, delegation_id: int, path: str | Path, *, render: ProgrammeRenderer, force: bool = False
) -> Path:
    check_output(path, PDF, database=ctx.database, force=force)
    data = programme(ctx, delegation_id)
    return write_output(path, PDF, render(data), database=ctx.database, force=force)[0]


def export_permit_letter(
    ctx: ServiceContext,
    delegation_id: int,
    path: str | Path,
    *,
    render: LetterRenderer,
    final: bool = False,
    dated: date | None = None,
    signatory_official_id: int | None = None,
    place: str | None = None,
    addressee: Sequence[str] | None = None,
    attachments: Sequence[str] | None = None,
    copies: Sequence[str] | None = None,
    force: bool = False,
) -> LetterExport:
    """Write the permit letter: a draft (provisional number, nothing taken) or the final letter, whose number is
    taken in the transaction that writes the file (given back if the file cannot be written) and kept with the
    delegation: a final letter printed again carries the same number and date."""
    target = check_output(path, PDF, database=ctx.database, force=force)
    options = {
        "signatory_official_id": signatory_official_id,
        "place": place,
        "addressee": addressee,
        "attachments": attachments,
        "copies": copies,
    }
    if not final:
        letter = permit_letter(ctx, delegation_id, dated=dated, **options)  # type: ignore[arg-type]  # options holds the keyword arguments of mixed types
        write_output(target, PDF, render(letter), database=ctx.database, force=force)
        return LetterExport(target, letter, tuple(letter_warnings(letter)))
    profile = get_office_profile(ctx)
    written = False
    try:
        with writing(ctx) as session:
            delegation = _delegation(session, delegation_id)
            issued = delegation.permit_letter_number
            dated = (delegation.permit_letter_date or dated or date.today()) if issued else (dated or date.today())
            checked = _letter(session, profile, delegation, number="", provisional=False, dated=dated, **options)  # type: ignore[arg-type]  # checked before a number is taken
            number = issued or next_number(session, "letter", dated)
            letter = replace(checked, number=number, number_issued=True)
            if not issued:
                delegation.permit_letter_number, delegation.permit_letter_date = number, dated
            write_output(target, PDF, render(letter), database=ctx.database, force=force)
            written = True
    except BaseException:
        if written and not issued:  # the number could not be kept: a letter carrying it must not stay behind
            target.unlink(missing_ok=True)
        raise
    return LetterExport(target, letter, tuple(letter_warnings(letter)))


__all__ = [
    "DelegationListRenderer",
    "DocumentNames",
    "LetterExport",
    "LetterRenderer",
    "ProgrammeRenderer",
    "delegation_list",
    "document_names",
    "export_delegation_list",
    "export_permit_letter",
    "export_programme",
    "letterhead",
    "permit_letter",
    "programme",
]
