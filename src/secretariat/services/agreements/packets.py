"""Signed-agreement packets: which stored documents go in, the covering letter's number, the packet kept.

:func:`plan_packet` finds, for each part the rules name for the agreement's kind and instrument
(``resources/packets/packets.json``), the document that fills it: the newest current document of the
part's kinds, or, for the final text, the latest final text the program generated; an LoI may come from
the parent LoI agreement. A part whose document is missing, altered (its stored copy no longer matches its
SHA-256), or not a PDF or image cannot go in.

:func:`make_packet` refuses a packet that lacks a required part (naming each) unless ``allow_incomplete``;
then the cover says "TIDAK LENGKAP / INCOMPLETE" and lists what is missing. With a recipient, the packet
opens with a covering letter whose number comes from the office's letter pattern; the number and date
are kept with the packet, so the same parts for the same recipient print again with the same letter (and
the same bytes). Each packet made is stored among the agreement's documents (kind "packet") with its
SHA-256, once: the same packet made again is the same document.

The PDF is made by the renderer the caller hands in (``secretariat.documents.packet.render_packet``).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.enums import DocumentKind, Instrument, PaperSize
from secretariat.domain.errors import UserError
from secretariat.domain.labels import label
from secretariat.domain.packets import (
    CoveringLetter,
    MissingPart,
    PacketCover,
    PacketData,
    PacketPart,
    PartRule,
    PartyLine,
    Recipient,
    RenderedPacket,
    SignatoryLine,
    StageLine,
    load_packet_rules,
)
from secretariat.domain.visit_documents import Letterhead, LetterSignatory, government_name, place_from_address
from secretariat.services.attachment_checks import media_of
from secretariat.services.attachments import add_attachment, get_attachment
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.numbering import next_number
from secretariat.services.office import OfficeProfileView, get_office_profile
from secretariat.storage.document_store import ContentMissingError, document_store
from secretariat.storage.models import Agreement, Attachment, DraftVersion, Packet

PacketRenderer = Callable[[PacketData], RenderedPacket]
OWNER_TYPE = "agreement"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# --- planning --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedPart:
    key: str
    title_id: str
    title_en: str
    required: bool
    attachment_id: int | None
    problem_en: str | None = None  # why it cannot go in (None: it can, or it is optional and absent)
    problem_id: str | None = None
    own_layout: bool = False


@dataclass(frozen=True)
class PacketPlan:
    agreement_id: int
    parts: tuple[PlannedPart, ...]

    @property
    def missing(self) -> tuple[PlannedPart, ...]:
        """Parts that are required and absent, and parts whose document cannot go in."""
        return tuple(p for p in self.parts if p.problem_en is not None or (p.required and p.attachment_id is None))

    @property
    def included(self) -> tuple[PlannedPart, ...]:
        return tuple(p for p in self.parts if p.attachment_id is not None and p.problem_en is None)


def _newest_current(session: Session, agreement_id: int, kinds: tuple[str, ...]) -> Attachment | None:
    if not kinds:
        return None
    return session.scalar(
        select(Attachment)
        .where(
            Attachment.owner_type == OWNER_TYPE,
            Attachment.owner_id == agreement_id,
            Attachment.kind.in_(kinds),
            Attachment.is_current,
        )
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
        .limit(1)
    )


def _final_draft(session: Session, agreement_id: int) -> Attachment | None:
    attachment_id = session.scalar(
        select(DraftVersion.attachment_id)
        .where(DraftVersion.agreement_id == agreement_id, DraftVersion.final, DraftVersion.attachment_id.is_not(None))
        .order_by(DraftVersion.version.desc())
        .limit(1)
    )
    return session.get(Attachment, attachment_id) if attachment_id is not None else None


def _find_document(session: Session, agreement: Agreement, rule: PartRule) -> tuple[Attachment | None, bool]:
    """(the document that fills ``rule``, whether the program made it)."""
    part = rule.part
    found: list[tuple[Attachment, bool]] = []
    if part.final_draft:
        draft = _final_draft(session, agreement.id)
        if draft is not None:
            found.append((draft, True))
    own = _newest_current(session, agreement.id, part.kinds)
    if own is not None:
        found.append((own, False))
    if not found and part.parent_instrument and agreement.parent is not None:
        parent = agreement.parent
        if parent.instrument == part.parent_instrument:
            kinds = (*part.kinds, DocumentKind.SIGNED_SCAN)
            inherited = _newest_current(session, parent.id, kinds)
            if inherited is not None:
                found.append((inherited, False))
    if not found:
        return None, False
    found.sort(key=lambda item: (item[0].created_at, item[0].id), reverse=True)
    return found[0]


def _plan_rules(
    session: Session, agreement: Agreement, rules: tuple[PartRule, ...], prefix: str, title_suffix: tuple[str, str]
) -> list[PlannedPart]:
    planned = []
    for rule in rules:
        document, own_layout = _find_document(session, agreement, rule)
        title_id = rule.part.name_id + title_suffix[0]
        title_en = rule.part.name_en + title_suffix[1]
        key = f"{prefix}{rule.part.key}"
        if document is None:
            planned.append(PlannedPart(key, title_id, title_en, rule.required, None))
            continue
        problem = None
        if media_of(document.file_name) == "other":
            problem = (
                f"'{document.file_name}' is not a PDF or an image",
                f"'{document.file_name}' bukan PDF atau gambar",
            )
        planned.append(
            PlannedPart(
                key,
                title_id,
                title_en,
                rule.required,
                document.id,
                problem[0] if problem else None,
                problem[1] if problem else None,
                own_layout,
            )
        )
    return planned


def plan_packet(ctx: ServiceContext, agreement_id: int, *, arrangements: bool = False) -> PacketPlan:
    """What a packet of the agreement would hold, part by part (stored copies are checked by :func:`make_packet`)."""
    rules = load_packet_rules()
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        parts = _plan_rules(session, agreement, rules.order_for(agreement.kind, agreement.instrument), "", ("", ""))
        if arrangements:
            children = sorted(
                (c for c in agreement.children if c.instrument == Instrument.ARRANGEMENT),
                key=lambda c: (c.signed_on or date.max, c.id),
            )
            for number, child in enumerate(children, 1):
                name = child.number or child.title_id
                parts += _plan_rules(
                    session,
                    child,
                    rules.order_for(child.kind, child.instrument),
                    f"arrangement-{number}/",
                    (f" – PKS {name}", f" – arrangement {name}"),
                )
        return PacketPlan(agreement_id, tuple(parts))


# --- the packet's data -----------------------------------------------------------------------------------------


def list_recipients() -> tuple[Recipient, ...]:
    return load_packet_rules().recipients


def _recipient(code: str) -> Recipient:
    rules = load_packet_rules()
    found = rules.recipient(code)
    if found is None:
        known = ", ".join(r.code for r in rules.recipients)
        raise UserError(
            f"There is no recipient '{code}' for a covering letter (known: {known}).",
            f"Tidak ada penerima '{code}' untuk surat pengantar (yang dikenal: {known}).",
        )
    return found


def _paper(value: str | PaperSize | None, profile: OfficeProfileView) -> PaperSize:
    try:
        return PaperSize(str(value or profile.paper).strip().lower())
    except ValueError:
        allowed = ", ".join(p.value for p in PaperSize)
        raise UserError(
            f"'{value}' is not a paper size ({allowed}).", f"'{value}' bukan ukuran kertas ({allowed})."
        ) from None


def _cover(session: Session, agreement: Agreement, profile: OfficeProfileView) -> PacketCover:
    parties = []
    signatories = []
    if profile.head_name:
        signatories.append(
            SignatoryLine(
                profile.head_name, profile.head_title_id or "", profile.head_title_en or profile.head_title_id or ""
            )
        )
    for partner in agreement.partners:
        parties.append(PartyLine(partner.name_id or partner.name, partner.country.name_id, partner.country.name_en))
        if partner.head_name:
            signatories.append(
                SignatoryLine(
                    partner.head_name, partner.head_title_id or partner.head_title or "", partner.head_title or ""
                )
            )
    stages = tuple(
        StageLine(change.on, change.to_stage.name_id, change.to_stage.name_en) for change in agreement.history
    )
    instrument = agreement.instrument
    kind = agreement.kind
    return PacketCover(
        instrument_id=label(instrument, "id"),
        instrument_en=label(instrument, "en"),
        kind_id=label(kind, "id"),
        kind_en=label(kind, "en"),
        title_id=agreement.title_id,
        title_en=agreement.title_en,
        number=agreement.number,
        partner_number=agreement.partner_number,
        parties=tuple(parties),
        signed_on=agreement.signed_on,
        signed_place=agreement.signed_place,
        signatories=tuple(signatories),
        stages=stages,
        region_id=government_name(profile.region_name_id, "id"),
        region_en=profile.region_name_en,
    )


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _letter(
    agreement: Agreement,
    profile: OfficeProfileView,
    recipient: Recipient,
    number: str,
    dated: date,
    parts: list[PacketPart],
) -> CoveringLetter:
    address = _lines(profile.address_lines)
    town = place_from_address(address)
    head = Letterhead(
        government_id=government_name(profile.region_name_id, "id"),
        government_en=profile.region_name_en.strip(),
        address_lines=address,
        contact_lines=_lines(profile.contact_lines),
        logo_png=profile.logo_png,
        paper=profile.paper,
    )
    region = re.sub(r"^pemerintah\s+", "", profile.region_name_id.strip(), flags=re.IGNORECASE)  # "Provinsi Jawa Timur"
    instrument = label(agreement.instrument, "id")
    title = agreement.title_id.replace("\n", " ").strip()
    agreement_line = f"{instrument} {title}" + (f" Nomor {agreement.number}" if agreement.number else "")
    if profile.bureau_head_name:
        signatory = LetterSignatory(
            title=profile.bureau_head_title or "Kepala Biro",
            name=profile.bureau_head_name,
            on_behalf_of=profile.head_title_id or None,
        )
    else:
        signatory = LetterSignatory(title=profile.head_title_id or "Kepala Daerah", name=profile.head_name)
    return CoveringLetter(
        letterhead=head,
        number=number,
        dated=dated,
        place=town,
        addressee=recipient.lines(region, town),
        addressee_place=recipient.place_for(town),
        subject=f"Penyampaian Paket Naskah {instrument}",
        agreement_line=agreement_line,
        part_titles=tuple(part.title_id for part in parts),
        signatory=signatory,
    )


def _content(ctx: ServiceContext, attachment_id: int) -> tuple[Attachment | None, bytes | None, tuple[str, str] | None]:
    """The document and its content, checked against its SHA-256; or the reason it cannot go in."""
    store = document_store(ctx.database)
    with reading(ctx) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            return None, None, ("it was removed meanwhile", "dokumen telah dihapus")
        session.expunge(row)
    try:
        data = store.read_all(row.sha256)
    except ContentMissingError:
        return (
            row,
            None,
            (
                f"the stored copy of '{row.file_name}' is missing",
                f"salinan tersimpan '{row.file_name}' tidak ada",
            ),
        )
    if hashlib.sha256(data).hexdigest() != row.sha256:
        return (
            row,
            None,
            (
                f"the stored copy of '{row.file_name}' was altered (it no longer matches its SHA-256)",
                f"salinan tersimpan '{row.file_name}' telah berubah (tidak cocok dengan SHA-256-nya)",
            ),
        )
    return row, data, None


@dataclass(frozen=True)
class MadePacket:
    pdf: bytes
    page_count: int
    sha256: str
    content_sha256: str
    attachment_id: int
    packet_id: int
    file_name: str
    letter_number: str | None
    missing: tuple[MissingPart, ...]
    reused: bool  # the same packet had been made before: nothing new was stored


def packet_file_name(number: str | None, agreement_id: int, recipient: str | None, paper: str) -> str:
    stem = _UNSAFE.sub("-", (number or "").strip()).strip("-.") or f"agreement-{agreement_id}"
    who = f"-{recipient}" if recipient else ""
    return f"{stem}-paket{who}-{paper}.pdf"


def _previous(session: Session, agreement_id: int, recipient: str, content_sha256: str) -> Packet | None:
    """The first packet of the same parts for the same recipient: its covering letter is the one reprinted."""
    return session.scalar(
        select(Packet)
        .where(
            Packet.agreement_id == agreement_id,
            Packet.recipient == recipient,
            Packet.content_sha256 == content_sha256,
            Packet.letter_number.is_not(None),
        )
        .order_by(Packet.id)
        .limit(1)
    )


def make_packet(
    ctx: ServiceContext,
    agreement_id: int,
    *,
    render: PacketRenderer,
    paper: str | PaperSize | None = None,
    recipient: str | None = None,
    allow_incomplete: bool = False,
    arrangements: bool = False,
    dated: date | None = None,
) -> MadePacket:
    """Assemble the packet, keep it among the agreement's documents, and return it."""
    profile = get_office_profile(ctx)
    if not profile.is_complete:
        raise UserError(
            "Fill in the region's name (Settings, office profile) before making documents.",
            "Isi nama daerah (Pengaturan, profil kantor) sebelum membuat dokumen.",
        )
    chosen_paper = _paper(paper, profile)
    who = _recipient(recipient) if recipient else None
    plan = plan_packet(ctx, agreement_id, arrangements=arrangements)
    parts: list[PacketPart] = []
    missing: list[MissingPart] = []
    final_sha: str | None = None
    for planned in plan.parts:
        if planned.attachment_id is None:
            if planned.required:
                missing.append(MissingPart(planned.title_id, planned.title_en, "tidak ada dokumennya", "no document"))
            continue
        if planned.problem_en is not None:
            missing.append(
                MissingPart(planned.title_id, planned.title_en, planned.problem_id or "", planned.problem_en)
            )
            continue
        row, content, problem = _content(ctx, planned.attachment_id)
        if problem is not None or row is None or content is None:
            reason_en, reason_id = problem or ("unreadable", "tidak terbaca")
            missing.append(MissingPart(planned.title_id, planned.title_en, reason_id, reason_en))
            continue
        kind = DocumentKind.FINAL_TEXT if planned.own_layout else DocumentKind(row.kind)
        parts.append(
            PacketPart(
                key=planned.key,
                title_id=planned.title_id,
                title_en=planned.title_en,
                file_name=row.file_name,
                kind_id=label(kind, "id"),
                kind_en=label(kind, "en"),
                added_at=row.created_at,
                added_by=row.added_by,
                sha256=row.sha256,
                content=content,
                media=media_of(row.file_name),
                own_layout=planned.own_layout,
            )
        )
        if planned.key == "final_text":
            final_sha = row.sha256
    if missing and not allow_incomplete:
        listed_en = "; ".join(f"{m.title_en} ({m.reason_en})" for m in missing)
        listed_id = "; ".join(f"{m.title_id} ({m.reason_id})" for m in missing)
        raise UserError(
            f"The packet cannot be made: it lacks {listed_en}. Attach them, or print it marked incomplete.",
            f"Paket tidak dapat dibuat: belum ada {listed_id}. Lampirkan dokumennya, atau cetak dengan tanda tidak "
            "lengkap.",
        )
    if not parts:
        raise UserError("The packet would hold no document at all.", "Paket tidak akan memuat satu dokumen pun.")
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        cover = _cover(session, agreement, profile)
        data = PacketData(
            agreement_gid=agreement.gid,
            agreement_number=agreement.number,
            paper=chosen_paper,
            cover=cover,
            parts=tuple(parts),
            missing=tuple(missing),
            final_text_sha256=final_sha,
            logo_png=profile.logo_png,
        )
        content_sha256 = data.content_sha256
        letter_number: str | None = None
        letter_date: date | None = None
        if who is not None:
            previous = _previous(session, agreement_id, who.code, content_sha256)
            if previous is not None and previous.letter_number:
                letter_number, letter_date = previous.letter_number, previous.letter_date
        number_text = agreement.number
        letter_agreement = agreement
    file_name = packet_file_name(number_text, agreement_id, who.code if who else None, chosen_paper.value)
    with writing(ctx) as session:
        if who is not None and letter_number is None:
            letter_date = dated or date.today()
            letter_number = next_number(session, "letter", letter_date)  # kept only if the packet is stored
        if who is not None:
            assert letter_number is not None and letter_date is not None
            data = replace(data, letter=_letter(letter_agreement, profile, who, letter_number, letter_date, parts))
        rendered = render(data)
        sha256 = hashlib.sha256(rendered.pdf).hexdigest()
        existing = session.scalar(
            select(Packet).where(Packet.agreement_id == agreement_id, Packet.sha256 == sha256).limit(1)
        )
        if existing is not None and existing.attachment_id is not None:
            return MadePacket(
                rendered.pdf,
                rendered.page_count,
                sha256,
                content_sha256,
                existing.attachment_id,
                existing.id,
                file_name,
                letter_number,
                tuple(missing),
                reused=True,
            )
        packet = Packet(
            agreement_id=agreement_id,
            recipient=who.code if who else None,
            paper=chosen_paper,
            content_sha256=content_sha256,
            sha256=sha256,
            page_count=rendered.page_count,
            incomplete=bool(missing),
            letter_number=letter_number,
            letter_date=letter_date,
            created_by=ctx.actor.login,
        )
        session.add(packet)
        session.flush()
        packet_id = packet.id
    # Stored after the packet row is committed: a document store on disk cannot join the transaction above.
    with tempfile.TemporaryDirectory(prefix="secretariat-packet-") as folder:
        path = Path(folder) / file_name
        path.write_bytes(rendered.pdf)
        try:
            attachment_id = add_attachment(
                ctx,
                OWNER_TYPE,
                agreement_id,
                DocumentKind.PACKET,
                path,
                note=f"{who.name_id if who else 'Arsip'}; sidik isi {content_sha256}",
            )
        except BaseException:
            with writing(ctx) as session:
                stale = session.get(Packet, packet_id)
                if stale is not None and not stale.letter_number:
                    session.delete(stale)
            raise
    with writing(ctx) as session:
        stored = session.get(Packet, packet_id)
        if stored is not None:
            stored.attachment_id = attachment_id
    return MadePacket(
        rendered.pdf,
        rendered.page_count,
        sha256,
        content_sha256,
        attachment_id,
        packet_id,
        file_name,
        letter_number,
        tuple(missing),
        reused=False,
    )


@dataclass(frozen=True)
class PacketView:
    id: int
    recipient: str | None
    paper: str
    page_count: int
    incomplete: bool
    sha256: str
    content_sha256: str
    letter_number: str | None
    attachment_id: int | None
    created_by: str


def list_packets(ctx: ServiceContext, agreement_id: int) -> list[PacketView]:
    """The packets made of an agreement, newest first."""
    with reading(ctx) as session:
        rows = session.scalars(select(Packet).where(Packet.agreement_id == agreement_id).order_by(Packet.id.desc()))
        return [
            PacketView(
                r.id,
                r.recipient,
                r.paper,
                r.page_count,
                bool(r.incomplete),
                r.sha256,
                r.content_sha256,
                r.letter_number,
                r.attachment_id,
                r.created_by,
            )
            for r in rows
        ]


__all__ = [
    "MadePacket",
    "PacketPlan",
    "PacketRenderer",
    "PacketView",
    "PlannedPart",
    "get_attachment",
    "list_packets",
    "list_recipients",
    "make_packet",
    "packet_file_name",
    "plan_packet",
]
