"""Renewing an agreement: a linked new agreement that starts from the old text.

What renewing does (the decisions, in the order a clerk meets them):

- :func:`renew_agreement` creates the renewal as a new agreement linked to the
  old one (``previous_id``), with the same kind, instrument, titles, partners,
  fields of cooperation, place in the tree and notice period, the new date in
  force and term, and no number yet (a number is given when it is signed). It
  starts at the first stage: a renewal goes through the regulatory path again
  (for a KSDPL MoU the DPRD approval and Full Powers letter are needed again).
- The text: the old agreement's edited articles and preamble are copied to the
  renewal, where the clerk edits them on. Where the old agreement used the
  library's text unedited, the renewal does too, filled from its own record (so
  a new term or new fields are not printed with the old values).
- The old agreement stays where it is: it is still in force, and the dashboard
  keeps reminding of its expiry and last date to give notice until the
  renewal is signed. Once the renewal has reached a live stage (signed),
  :func:`settle_renewal` moves the old agreement to the final stage "renewed".
  Only a signed agreement can be renewed (one at a live or final stage), and
  an agreement has at most one renewal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.records import AgreementData
from secretariat.domain.validation import Checker
from secretariat.services.agreements.drafting import agreement_text, save_articles, save_preamble
from secretariat.services.agreements.records import computed_expiry, create_agreement, delete_agreement, get_agreement
from secretariat.services.agreements.stages import change_stage
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import Agreement

RENEWED_STAGE = "renewed"


@dataclass(frozen=True)
class RenewalLink:
    """One agreement of a renewal chain."""

    id: int
    number: str | None
    title_id: str
    title_en: str
    stage_code: str
    stage_name_id: str
    stage_name_en: str
    is_live: bool
    effective_on: date | None
    expires_on: date | None


def renew_agreement(
    ctx: ServiceContext,
    agreement_id: int,
    effective_on: date,
    term_months: int,
    note: str | None = None,
    on: date | None = None,
) -> int:
    """Create the renewal of a signed agreement (see the module's description); returns its id.

    ``on`` is the date of the renewal's first history entry (default: today).
    """
    old = get_agreement(ctx, agreement_id)
    checker = Checker()
    if effective_on is None:
        checker.add("effective_on", "is required", "wajib diisi")
    checker.range("term_months", term_months, 1, 1200)
    if term_months is None:
        checker.add("term_months", "is required", "wajib diisi")
    name = old.number or str(old.id)
    if not (old.stage.is_live or old.stage.is_final):
        checker.add(
            "agreement",
            f'agreement {name} is not signed yet (stage "{old.stage.name_en}"); only a signed agreement can be renewed',
            f'perjanjian {name} belum ditandatangani (tahap "{old.stage.name_id}"); hanya perjanjian '
            "yang sudah ditandatangani yang dapat diperpanjang",
        )
    if old.renewal is not None:
        checker.add(
            "agreement",
            f"agreement {name} is already renewed by {old.renewal.number or old.renewal.id}",
            f"perjanjian {name} sudah diperpanjang oleh {old.renewal.number or old.renewal.id}",
        )
    checker.raise_if_any()
    text = agreement_text(ctx, agreement_id)
    data = AgreementData(
        title_id=old.title_id,
        title_en=old.title_en,
        kind=old.kind,
        instrument=old.instrument,
        partner_ids=[p.id for p in old.partners],
        sector_codes=[s.code for s in old.sectors],
        parent_id=old.parent.id if old.parent else None,
        previous_id=old.id,
        effective_on=effective_on,
        term_months=term_months,
        notice_months=old.notice_months,
        notes=f"Perpanjangan dari {name} / Renewal of {name}",
        subject_id=old.subject_id,
        subject_en=old.subject_en,
    )
    new_id = create_agreement(
        ctx, data, on=on, note=(note or "").strip() or f"Perpanjangan dari {name} / Renewal of {name}"
    )
    try:
        if text.articles_stored:
            save_articles(ctx, new_id, text.articles)
        if text.preamble_stored:
            save_preamble(ctx, new_id, text.preamble_id, text.preamble_en)
    except BaseException:
        delete_agreement(ctx, new_id)  # no half renewal
        raise
    return new_id


def settle_renewal(ctx: ServiceContext, renewal_id: int, on: date, note: str | None = None) -> int | None:
    """Move the agreement a signed renewal replaces to the stage "renewed"; the history entry's id.

    None when there is nothing to do (no previous agreement, or it has already ended).
    """
    renewal = get_agreement(ctx, renewal_id)
    if renewal.previous is None:
        return None
    if not renewal.stage.is_live:
        raise ValidationError(
            [
                Problem(
                    "stage",
                    f'the renewal {renewal.number or renewal.id} is not signed yet (stage "{renewal.stage.name_en}")',
                    f"perpanjangan {renewal.number or renewal.id} belum ditandatangani "
                    f'(tahap "{renewal.stage.name_id}")',
                )
            ]
        )
    previous = get_agreement(ctx, renewal.previous.id)
    if previous.stage.is_final:
        return None
    name = renewal.number or str(renewal.id)
    return change_stage(
        ctx, previous.id, RENEWED_STAGE, on, (note or "").strip() or f"Diperpanjang dengan {name} / Renewed by {name}"
    )


def renewal_chain(ctx: ServiceContext, agreement_id: int) -> tuple[RenewalLink, ...]:
    """The agreements an agreement renews and is renewed by, oldest first (itself included)."""
    with reading(ctx) as session:
        start = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        first, seen = start, {start.id}
        while first.previous is not None and first.previous.id not in seen:
            first = first.previous
            seen.add(first.id)
        chain: list[RenewalLink] = []
        current: Agreement | None = first
        seen = set()
        while current is not None and current.id not in seen:
            seen.add(current.id)
            chain.append(
                RenewalLink(
                    id=current.id,
                    number=current.number,
                    title_id=current.title_id,
                    title_en=current.title_en,
                    stage_code=current.stage.code,
                    stage_name_id=current.stage.name_id,
                    stage_name_en=current.stage.name_en,
                    is_live=bool(current.stage.is_live),
                    effective_on=current.effective_on,
                    expires_on=computed_expiry(current.expires_on, current.effective_on, current.term_months),
                )
            )
            current = session.scalar(
                select(Agreement).where(Agreement.previous_id == current.id).order_by(Agreement.id).limit(1)
            )
        return tuple(chain)


def can_settle(ctx: ServiceContext, agreement_id: int) -> bool:
    """Whether the agreement is a signed renewal whose predecessor has not been closed yet."""
    view = get_agreement(ctx, agreement_id)
    if view.previous is None or not view.stage.is_live:
        return False
    return not get_agreement(ctx, view.previous.id).stage.is_final


__all__ = ["RENEWED_STAGE", "RenewalLink", "can_settle", "renew_agreement", "renewal_chain", "settle_renewal"]
