"""Renewals on SQLite and PostgreSQL: the linked new agreement starts from the old text, and the old one is
closed as "renewed" once the renewal is signed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secretariat.domain.drafting import Article
from secretariat.domain.errors import ValidationError
from secretariat.domain.records import AgreementData, PartnerData
from secretariat.services.agreements import drafting, renewals
from secretariat.services.agreements.records import create_agreement, get_agreement, update_agreement
from secretariat.services.agreements.stages import change_stage
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner

SIGNED_ON = date(2021, 3, 1)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, login="clerk")


@pytest.fixture
def signed(ctx: ServiceContext) -> int:
    """A KSDLL MoU registered at the signing stage (no DPRD approval needed), in force for five years."""
    partner = create_partner(
        ctx, PartnerData(code="DE-TUM", name="Technische Universität München", kind="university", country_code="DE")
    )
    data = AgreementData(
        title_id="Nota Kesepahaman tentang Kerja Sama Pendidikan",
        title_en="Memorandum of Understanding on Education Cooperation",
        kind="ksdll",
        instrument="mou",
        partner_ids=[partner],
        sector_codes=["education"],
        number="010/KS/2021",
        signed_on=SIGNED_ON,
        signed_place="München",
        effective_on=SIGNED_ON,
        term_months=60,
        notice_months=6,
    )
    return create_agreement(ctx, data, stage_code="signed", on=SIGNED_ON, note="registered after signing")


def test_a_renewal_is_linked_and_starts_from_the_old_edited_text(ctx, signed) -> None:
    articles = list(drafting.agreement_articles(ctx, signed))
    articles[0] = replace(articles[0], text_en="Our own objective.", text_id="Tujuan kami sendiri.")
    articles.append(Article("custom", "Kontak", "Contacts", "Tiap PIHAK menunjuk kontak.", "Each Party names one."))
    drafting.save_text(ctx, signed, articles, "Pembukaan lama.", "The old preamble.")

    renewal_id = renewals.renew_agreement(
        ctx, signed, date(2026, 3, 1), 36, note="renewal talks agreed", on=date(2025, 9, 1)
    )
    renewal, old = get_agreement(ctx, renewal_id), get_agreement(ctx, signed)
    assert renewal.previous is not None and renewal.previous.id == signed
    assert old.renewal is not None and old.renewal.id == renewal_id
    assert (renewal.kind, renewal.instrument, renewal.title_en) == (old.kind, old.instrument, old.title_en)
    assert [p.code for p in renewal.partners] == ["DE-TUM"] and [s.code for s in renewal.sectors] == ["education"]
    assert (renewal.effective_on, renewal.term_months, renewal.notice_months) == (date(2026, 3, 1), 36, 6)
    assert renewal.expires_on == date(2029, 2, 28) and renewal.number is None and renewal.signed_on is None
    assert renewal.stage.code == "initiative"
    assert (renewal.history[0].on, renewal.history[0].note) == (date(2025, 9, 1), "renewal talks agreed")
    assert old.stage.code == "signed", "the old agreement stays in force until the renewal is signed"

    text = drafting.agreement_text(ctx, renewal_id)
    assert text.articles_stored and list(text.articles) == articles
    assert (text.preamble_id, text.preamble_en) == ("Pembukaan lama.", "The old preamble.")
    # the copy is the renewal's own: editing it leaves the old text alone
    drafting.save_articles(ctx, renewal_id, articles[:2])
    assert list(drafting.agreement_articles(ctx, signed)) == articles

    with pytest.raises(ValidationError) as twice:
        renewals.renew_agreement(ctx, signed, date(2026, 3, 1), 36)
    assert "already renewed" in twice.value.message("en")
    assert [link.id for link in renewals.renewal_chain(ctx, renewal_id)] == [signed, renewal_id]


def test_an_unedited_text_is_filled_from_the_renewal_s_own_record(ctx, signed) -> None:
    renewal_id = renewals.renew_agreement(ctx, signed, date(2026, 3, 1), 36)
    text = drafting.agreement_text(ctx, renewal_id)
    assert not text.articles_stored
    entry = next(a for a in text.articles if a.key == "entry_into_force")
    assert "3 (tiga) tahun" in entry.text_id and "three (3) years" in entry.text_en
    old_entry = next(a for a in drafting.agreement_articles(ctx, signed) if a.key == "entry_into_force")
    assert "5 (lima) tahun" in old_entry.text_id


def test_only_a_signed_agreement_is_renewed_with_a_term_and_date(ctx, signed) -> None:
    view = get_agreement(ctx, signed)
    draft_id = create_agreement(ctx, replace(view.to_data(), number=None, signed_on=None, signed_place=None))
    with pytest.raises(ValidationError) as unsigned:
        renewals.renew_agreement(ctx, draft_id, date(2026, 3, 1), 36)
    assert unsigned.value.fields == {"agreement"} and "not signed yet" in unsigned.value.message("en")
    with pytest.raises(ValidationError) as bad:
        renewals.renew_agreement(ctx, signed, date(2026, 3, 1), 0)
    assert bad.value.fields == {"term_months"}
    assert get_agreement(ctx, signed).renewal is None


def test_the_old_agreement_is_closed_as_renewed_once_the_renewal_is_signed(ctx, signed) -> None:
    renewal_id = renewals.renew_agreement(ctx, signed, date(2026, 3, 1), 36)
    assert not renewals.can_settle(ctx, renewal_id)
    today = date.today()
    with pytest.raises(ValidationError) as early:
        renewals.settle_renewal(ctx, renewal_id, today)
    assert early.value.fields == {"stage"}

    data = replace(
        get_agreement(ctx, renewal_id).to_data(),
        number="004/KS/2026",
        signed_on=date(2026, 2, 20),
        signed_place="Surabaya",
    )  # signed before the date in force (1 March 2026)
    update_agreement(ctx, renewal_id, data)
    change_stage(ctx, renewal_id, "signed", today, "talks were short")
    assert renewals.can_settle(ctx, renewal_id)
    change_id = renewals.settle_renewal(ctx, renewal_id, today)
    assert change_id is not None
    old = get_agreement(ctx, signed)
    assert old.stage.code == renewals.RENEWED_STAGE
    assert old.history[-1].note == "Diperpanjang dengan 004/KS/2026 / Renewed by 004/KS/2026"
    assert not renewals.can_settle(ctx, renewal_id)
    assert renewals.settle_renewal(ctx, renewal_id, today) is None  # nothing more to do
    chain = renewals.renewal_chain(ctx, signed)
    assert [(c.number, c.stage_code, c.is_live) for c in chain] == [
        ("010/KS/2021", "renewed", False),
        ("004/KS/2026", "signed", True),
    ]
