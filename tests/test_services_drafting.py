"""Agreement texts and drafts on SQLite and PostgreSQL: articles kept per agreement, the draft built from the
record and the office profile, versions stored as attachments with their SHA-256, comparison of versions."""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from secretariat.documents.agreement_draft import render_draft
from secretariat.domain.drafting import ARTICLE_KEYS, Article, load_clause_library
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import AgreementData, OfficeProfileData, PartnerData
from secretariat.domain.text_compare import ArticleStatus, DiffKind
from secretariat.services.agreements import drafting
from secretariat.services.agreements.records import create_agreement, get_agreement
from secretariat.services.attachments import list_attachments, list_versions, read_attachment
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import AuditEntry, DraftVersion, Partner

# The agreement of these tests, named by its number and title (cut at a word), what it is, and the paper.
NAMED = "007-KS-2026 Nota Kesepahaman tentang Kerja Sama Kebudayaan dan… – "
DRAFT_F4 = NAMED + "rancangan v1 F4.pdf"
FINAL_A4 = NAMED + "naskah final v1 A4.pdf"


@pytest.fixture
def ctx(database) -> ServiceContext:
    context = open_context(database, login="drafter")
    update_office_profile(
        context,
        OfficeProfileData(
            region_name_id="Pemerintah Provinsi Jawa Timur",
            region_name_en="East Java Provincial Government",
            region_level="province",
            head_name="Dr. H. Arief Wicaksono, M.Si.",
            head_title_id="Gubernur Jawa Timur",
            head_title_en="Governor of East Java",
            paper="f4",
        ),
    )
    return context


@pytest.fixture
def krakow(ctx: ServiceContext) -> int:
    partner_id = create_partner(
        ctx,
        PartnerData(
            code="PL-KRK",
            name="City of Kraków",
            kind="regional_government",
            country_code="PL",
            admin_level="city",
            head_name="Aleksander Miszalski",
            head_title="Mayor of Kraków",
        ),
    )
    with writing(ctx) as session:  # the Indonesian wording (schema 0003)
        partner = session.get(Partner, partner_id)
        partner.name_id = "Pemerintah Kota Kraków"
        partner.head_title_id = "Wali Kota Kraków"
    return partner_id


def mou(ctx: ServiceContext, partner_id: int, **changes: object) -> int:
    data = AgreementData(
        title_id="Nota Kesepahaman tentang Kerja Sama Kebudayaan dan Pariwisata",
        title_en="Memorandum of Understanding on Cultural and Tourism Cooperation",
        kind="ksdpl",
        instrument="mou",
        partner_ids=[partner_id],
        sector_codes=["culture", "tourism"],
        number="007/KS/2026",
        partner_number="PL/2026/31",
        term_months=60,
        notice_months=6,
        subject_id="Kerja Sama Kebudayaan dan Pariwisata",
        subject_en="Cultural and Tourism Cooperation",
    )
    return create_agreement(ctx, replace(data, **changes), on=date(2026, 1, 5))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def edited(articles: tuple[Article, ...], index: int, **changes: str) -> list[Article]:
    result = list(articles)
    result[index] = replace(result[index], **changes)
    return result


# --- the text --------------------------------------------------------------------------------------------


def test_without_stored_text_the_library_is_filled_from_the_record_and_profile(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    text = drafting.agreement_text(ctx, agreement_id)
    assert not text.articles_stored and not text.preamble_stored and text.library_available
    assert [a.key for a in text.articles] == list(ARTICLE_KEYS)
    entry = next(a for a in text.articles if a.key == "entry_into_force")
    assert "5 (lima) tahun" in entry.text_id and "five (5) years" in entry.text_en
    assert "6 (enam) bulan" in entry.text_id and "six (6) months" in entry.text_en
    scope = next(a for a in text.articles if a.key == "scope")
    assert "kebudayaan" in scope.text_id and "tourism" in scope.text_en
    assert "Pemerintah Kota Kraków, Republik Polandia" in text.preamble_id
    assert "Aleksander Miszalski, Wali Kota Kraków" in text.preamble_id
    assert "The City of Kraków, the Republic of Poland" in text.preamble_en
    assert "Dr. H. Arief Wicaksono, M.Si., Governor of East Java" in text.preamble_en

    document = drafting.draft_document(ctx, agreement_id)
    assert document.version == 1 and document.paper == "f4" and not document.final  # the office's paper
    assert document.title_id.split("\n")[-1] == "KERJA SAMA KEBUDAYAAN DAN PARIWISATA"
    assert document.title_en.split("\n")[-1] == "CULTURAL AND TOURISM COOPERATION"
    assert document.first_party.country_id == "Republik Indonesia"
    assert (document.second_party.name_id, document.second_party.name_en) == (
        "Pemerintah Kota Kraków",
        "the City of Kraków",
    )
    assert (document.first_party.number, document.second_party.number) == ("007/KS/2026", "PL/2026/31")
    assert (document.second_party.head_title_id, document.second_party.head_title_en) == (
        "Wali Kota Kraków",
        "Mayor of Kraków",
    )
    assert drafting.draft_document(ctx, agreement_id, paper="A4").paper == "a4"
    with pytest.raises(ValidationError) as refused:
        drafting.draft_document(ctx, agreement_id, paper="letter")
    assert refused.value.fields == {"paper"}


def test_edited_articles_are_stored_with_the_agreement_not_in_the_library(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    other_id = mou(ctx, krakow, number="008/KS/2026")
    library_before = load_clause_library("mou")
    articles = list(drafting.agreement_articles(ctx, agreement_id))
    financing = articles.pop(5)
    articles.insert(0, financing)  # moved to the front
    del articles[5]  # third parties (index 4 before the move) dropped: now at 5
    articles[2] = replace(
        articles[2],
        heading_en="Fields of Cooperation",
        text_id="Kerja sama meliputi budaya.",
        text_en="Cooperation covers culture.",
    )
    articles.append(
        Article(
            "custom", "Kontak", "Contact Points", "Tiap PIHAK menunjuk kontak.", "Each Party names a contact point."
        )
    )
    drafting.save_articles(ctx, agreement_id, articles)

    stored = drafting.agreement_text(ctx, agreement_id)
    assert stored.articles_stored and list(stored.articles) == articles
    assert [a.key for a in stored.articles] == [
        "financing",
        "objective",
        "scope",
        "forms",
        "implementation",
        "disputes",
        "amendment",
        "entry_into_force",
        "originals",
        "custom",
    ]
    assert not drafting.agreement_text(ctx, other_id).articles_stored  # the other agreement keeps the library's
    assert [a.key for a in drafting.agreement_articles(ctx, other_id)] == list(ARTICLE_KEYS)
    assert load_clause_library("mou") == library_before

    # an edit of one article touches that row only; a shorter list deletes the rest (all audited)
    drafting.save_articles(ctx, agreement_id, edited(stored.articles, 1, text_en="The objective is friendship.")[:9])
    with ctx.database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "agreement_article").order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries].count("create") == 10
    updates = [json.loads(e.changes) for e in entries if e.action == "update"]
    assert updates == [{"text_en": [articles[1].text_en, "The objective is friendship."]}]
    assert [e.action for e in entries].count("delete") == 1
    assert len(drafting.agreement_articles(ctx, agreement_id)) == 9


def test_a_bad_article_is_named_and_nothing_is_stored(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    articles = edited(drafting.agreement_articles(ctx, agreement_id), 2, heading_en="  ", text_id="")
    with pytest.raises(ValidationError) as refused:
        drafting.save_articles(ctx, agreement_id, articles)
    assert refused.value.fields == {"article 3 heading_en", "article 3 text_id"}
    assert "article 3: the English heading is empty" in refused.value.message("en")
    assert "pasal 3: judul bahasa Inggris kosong" in refused.value.message("id")
    with pytest.raises(ValidationError) as empty:
        drafting.save_articles(ctx, agreement_id, [])
    assert empty.value.fields == {"articles"}
    assert not drafting.agreement_text(ctx, agreement_id).articles_stored


def test_preamble_and_articles_are_edited_together_and_reset_from_the_library(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    text = drafting.agreement_text(ctx, agreement_id)
    drafting.save_text(ctx, agreement_id, text.articles[:3], "Pembukaan khusus.\nKedua.", "A special preamble.\nTwo.")
    changed = drafting.agreement_text(ctx, agreement_id)
    assert (changed.preamble_id, changed.preamble_en) == ("Pembukaan khusus.\nKedua.", "A special preamble.\nTwo.")
    assert len(changed.articles) == 3 and changed.preamble_stored
    with pytest.raises(ValidationError) as refused:
        drafting.save_preamble(ctx, agreement_id, "Hanya bahasa Indonesia", "  ")
    assert refused.value.fields == {"preamble_en"}

    drafting.reset_articles_from_library(ctx, agreement_id)
    reset = drafting.agreement_text(ctx, agreement_id)
    assert not reset.articles_stored and not reset.preamble_stored
    assert reset.articles == text.articles and reset.preamble_id == text.preamble_id


def test_an_agreement_without_clause_library_or_partner_explains_why_no_draft(ctx, krakow) -> None:
    other = mou(ctx, krakow, instrument="other", number="009/KS/2026")
    assert not drafting.agreement_text(ctx, other).library_available
    with pytest.raises(UserError, match="no clause library"):
        drafting.draft_document(ctx, other)


# --- drafts and versions -----------------------------------------------------------------------------------


def test_a_generated_draft_prints_the_edited_text_and_is_stored_as_a_versioned_attachment(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    articles = list(drafting.agreement_articles(ctx, agreement_id))
    articles[1] = replace(articles[1], text_id="Kerja sama QXZID berlaku.", text_en="The QXZEN cooperation applies.")
    articles[0], articles[3] = articles[3], articles[0]
    drafting.save_articles(ctx, agreement_id, articles)

    generated = drafting.generate_draft(ctx, agreement_id, note="for the TKKSD meeting", render=render_draft)
    assert (generated.version, generated.paper, generated.final) == (1, "f4", False)
    # Named by the number and title in the clerk's language (Indonesian by default), the version and the paper.
    assert generated.file_name == DRAFT_F4
    assert generated.sha256 == hashlib.sha256(generated.pdf).hexdigest() and generated.size == len(generated.pdf)
    text = pdf_text(generated.pdf)
    assert "QXZID" in text and "QXZEN" in text
    # "PASAL n" and the first line of its heading (a long heading wraps), in the stored order
    printed = [(int(n), line.strip()) for n, line in re.findall(r"PASAL (\d+)\n(.+)", text)]
    assert [n for n, _line in printed] == list(range(1, 11))
    assert all(a.heading_id.upper().startswith(line) for (_n, line), a in zip(printed, articles, strict=True))
    assert "Pemerintah Kota Kraków" in text and "Rancangan versi 1 / Draft version 1" in text

    found = list_attachments(ctx, "agreement", agreement_id)
    assert [(a.kind, a.version, a.file_name, a.sha256, a.note) for a in found] == [
        ("draft", 1, DRAFT_F4, generated.sha256, "for the TKKSD meeting")
    ]
    assert read_attachment(ctx, found[0].id) == generated.pdf
    assert get_agreement(ctx, agreement_id).draft_version == 1
    versions = drafting.list_draft_versions(ctx, agreement_id)
    assert [(v.version, v.attachment_id, v.sha256, v.article_count, v.created_by, v.paper) for v in versions] == [
        (1, found[0].id, generated.sha256, 10, "drafter", "f4")
    ]
    assert drafting.version_text(ctx, agreement_id, 1)[0] == tuple(articles)

    # The same text as the final copy on A4: still version 1 (the text decides), kept beside the draft.
    final = drafting.generate_draft(ctx, agreement_id, paper="a4", final=True, render=render_draft)
    assert (final.version, final.file_name, final.new_version) == (1, FINAL_A4, False)
    # In English when the clerk works in English; without number and title, the agreement's words and id.
    assert drafting.draft_file_name("007/KS/2026", 5, 2, False, "a4", "Tourism", "en") == (
        "007-KS-2026 Tourism – draft v2 A4.pdf"
    )
    assert drafting.draft_file_name(None, 5, 1, True, "", None, "id") == "Perjanjian 5 – naskah final v1.pdf"
    assert "versi 1" not in pdf_text(final.pdf) and "Draft version" not in pdf_text(final.pdf)
    assert PdfReader(io.BytesIO(final.pdf)).metadata["/Keywords"].startswith("final text; version 1;")
    assert [(v.version, v.final, v.paper) for v in drafting.list_draft_versions(ctx, agreement_id)] == [(1, True, "a4")]
    assert sorted(a.file_name for a in list_attachments(ctx, "agreement", agreement_id)) == [
        FINAL_A4,
        DRAFT_F4,
    ]
    # A changed text is the next version.
    drafting.save_articles(ctx, agreement_id, edited(tuple(articles), 2, text_en="Changed."))
    assert drafting.generate_draft(ctx, agreement_id, render=render_draft).version == 2


def test_the_same_text_twice_is_one_version_stored_once(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    generated = drafting.generate_draft(ctx, agreement_id, render=render_draft)
    again = render_draft(drafting.draft_document(ctx, agreement_id))
    assert again == generated.pdf  # the text is version 1 already: the preview says so
    second = drafting.generate_draft(ctx, agreement_id, render=render_draft)
    assert (second.version, second.new_version, second.pdf) == (1, False, generated.pdf)
    assert second.attachment_id == generated.attachment_id
    f4_a4 = drafting.generate_draft(ctx, agreement_id, paper="a4", render=render_draft)
    assert (f4_a4.version, f4_a4.new_version) == (1, False) and f4_a4.attachment_id != generated.attachment_id
    assert [v.version for v in drafting.list_draft_versions(ctx, agreement_id)] == [1]
    # One draft document: the A4 print is its current version, the F4 print kept as the one before.
    assert [a.id for a in list_attachments(ctx, "agreement", agreement_id)] == [f4_a4.attachment_id]
    assert {v.id for v in list_versions(ctx, f4_a4.attachment_id)} == {generated.attachment_id, f4_a4.attachment_id}
    assert get_agreement(ctx, agreement_id).draft_version == 1


def test_compare_shows_exactly_the_changed_article(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)
    drafting.generate_draft(ctx, agreement_id, render=render_draft)
    before = drafting.agreement_articles(ctx, agreement_id)
    old_text = before[6].text_en
    assert "amicably" in old_text
    drafting.save_articles(ctx, agreement_id, edited(before, 6, text_en=old_text.replace("amicably", "promptly")))
    drafting.generate_draft(ctx, agreement_id, render=render_draft)

    comparison = drafting.compare_versions(ctx, agreement_id, 1, 2)
    assert not comparison.preamble_changed
    assert [(a.status, a.old_number, a.new_number, a.key) for a in comparison.differences] == [
        (ArticleStatus.CHANGED, 7, 7, "disputes")
    ]
    changed = comparison.differences[0]
    assert [(p.kind, p.text) for p in changed.text_en_diff if p.kind is not DiffKind.EQUAL] == [
        (DiffKind.DELETED, "amicably"),
        (DiffKind.INSERTED, "promptly"),
    ]
    assert all(p.kind is DiffKind.EQUAL for p in changed.text_id_diff)
    assert len(comparison.articles) == 10

    # moved, removed and added articles, and the current text against a stored version
    now = list(drafting.agreement_articles(ctx, agreement_id))
    moved = now.pop(8)
    now.insert(0, moved)
    del now[5]
    now.append(Article("custom", "Kontak", "Contacts", "Tiap PIHAK menunjuk kontak.", "Each Party names one."))
    drafting.save_text(ctx, agreement_id, now, "Pembukaan baru.", "A new preamble.")
    against_current = drafting.compare_versions(ctx, agreement_id, 2)
    assert against_current.preamble_changed
    assert [(a.status, a.key) for a in against_current.differences] == [
        (ArticleStatus.MOVED, "entry_into_force"),
        (ArticleStatus.REMOVED, "third_parties"),
        (ArticleStatus.ADDED, "custom"),
    ]
    with pytest.raises(UserError):
        drafting.compare_versions(ctx, agreement_id, 1, 9)


def test_a_failure_after_the_pdf_reached_the_store_leaves_nothing(ctx, krakow, monkeypatch) -> None:
    """Preparing, numbering and storing are one transaction: the stored PDF goes when it does not commit."""
    from secretariat.storage.document_store import document_store

    agreement_id = mou(ctx, krakow)
    pdfs: list[bytes] = []

    def rendering(document):
        pdfs.append(render_draft(document))
        return pdfs[-1]

    def broken_snapshot(document):
        raise RuntimeError("disk full while keeping the snapshot")

    monkeypatch.setattr(drafting, "_snapshot", broken_snapshot)
    with pytest.raises(RuntimeError):
        drafting.generate_draft(ctx, agreement_id, render=rendering)
    assert pdfs and list_attachments(ctx, "agreement", agreement_id) == []
    assert not document_store(ctx.database).contains(hashlib.sha256(pdfs[0]).hexdigest())
    assert get_agreement(ctx, agreement_id).draft_version == 0
    with ctx.database.sessions() as session:
        assert session.scalars(select(DraftVersion)).all() == []


def test_a_failed_render_stores_nothing(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow)

    def broken(document):
        raise RuntimeError("printer on fire")

    with pytest.raises(RuntimeError):
        drafting.generate_draft(ctx, agreement_id, render=broken)
    assert list_attachments(ctx, "agreement", agreement_id) == []
    assert get_agreement(ctx, agreement_id).draft_version == 0


def test_every_partner_is_a_party_of_the_text(ctx, krakow) -> None:
    other = create_partner(
        ctx,
        PartnerData(
            code="JP-KKJ", name="City of Kitakyushu", kind="regional_government", country_code="JP", admin_level="city"
        ),
    )
    agreement_id = mou(ctx, krakow, partner_ids=[krakow, other])
    prepared = drafting.prepare_draft(ctx, agreement_id)
    names = [p.name_en for p in prepared.document.parties]
    assert names == ["the East Java Provincial Government", "the City of Kraków", "the City of Kitakyushu"]
    assert "PIHAK KETIGA" in prepared.document.preamble_id
    assert "“the Third Party”" in prepared.document.preamble_en
    assert prepared.warnings == ()


def test_a_final_text_is_refused_naming_every_blank(ctx, krakow) -> None:
    agreement_id = mou(ctx, krakow, number=None, notice_months=None)
    with writing(ctx) as session:
        session.get(Partner, krakow).head_name = None
    with pytest.raises(drafting.FinalTextRefused) as refused:
        drafting.generate_draft(ctx, agreement_id, final=True, render=render_draft)
    assert {"number", "party 2 signatory", "notice"} <= refused.value.fields
    message = refused.value.message("en")
    assert message.startswith("The final text cannot be made: ")
    assert "the region's number" in message and "the signatory of the Second Party (the City of Kraków)" in message
    assert "notice period" in message
    assert "Naskah final tidak dapat dibuat" in refused.value.message("id")
    assert list_attachments(ctx, "agreement", agreement_id) == []
    with pytest.raises(drafting.FinalTextRefused):
        drafting.prepare_draft(ctx, agreement_id, final=True)
    # A draft of the same text is made, its blanks dotted, and the blanks are listed for the clerk.
    prepared = drafting.prepare_draft(ctx, agreement_id)
    assert {"number", "notice"} <= {p.field for p in prepared.blanks}
    assert drafting.generate_draft(ctx, agreement_id, render=render_draft).version == 1


def test_titles_and_names_read_naturally_in_both_languages(ctx) -> None:
    uni = create_partner(
        ctx,
        PartnerData(code="AU-UWA", name="The University of Western Australia", kind="university", country_code="AU"),
    )
    loi = create_agreement(
        ctx,
        AgreementData(
            title_id="Surat Pernyataan Kehendak Kerja Sama Pendidikan Tinggi",
            title_en="Letter of Intent on Higher Education Cooperation",
            kind="ksdll",
            instrument="loi",
            partner_ids=[uni],
            sector_codes=["education"],
        ),
        on=date(2026, 1, 5),
    )
    document = drafting.draft_document(ctx, loi)
    assert (document.second_party.name_id, document.second_party.name_en) == (
        "University of Western Australia",
        "the University of Western Australia",
    )
    # No subject recorded: the title leaves a blank for it rather than cutting one from the stored title.
    assert document.title_id.split("\n")[-2:] == ["TENTANG", "...................."]
    assert "UNIVERSITY OF WESTERN AUSTRALIA" in document.title_id.split("\n")
    assert "THE UNIVERSITY OF WESTERN AUSTRALIA" in document.title_en.split("\n")
    assert "subject" in {w.field for w in drafting.prepare_draft(ctx, loi).warnings}
