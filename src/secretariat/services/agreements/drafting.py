"""An agreement's text and its drafts: articles per agreement, the PDF, stored versions and their comparison.

The text of an agreement is its own: the clerk picks, reorders and edits
articles (both languages) and the preamble; they are stored with the
agreement (``agreement_article``, ``agreement.preamble_*``), never in the
clause library. Until something is stored, the text is the library's,
filled in from the record (:func:`agreement_text`). Stored text is plain
text: it no longer follows the record (a changed term is not rewritten into
an edited article); :func:`reset_articles_from_library` starts again from
the library filled with the record as it is now.

A draft is built from the record and the office profile
(:mod:`secretariat.services.agreements.draft_context`): our region is the
first party, every partner follows in its order; the title block is composed
from the instrument, the parties, the agreement's subject and both numbers.
:func:`generate_draft` renders the PDF (with the renderer the caller hands in:
the documents layer sits above this one) and keeps it as an attachment of
kind "draft" with its version, in one transaction. The version follows the
text, not the print: the SHA-256 of what the text says decides, so the same
text on A4 and F4, or printed twice, is one version. Each new version keeps a
snapshot of the articles and preamble it printed, so that
:func:`compare_versions` can show article by article what changed between any
two versions (or a version and the current text). A final text is refused,
each blank named, while anything needed for signing is missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual, EditConflict
from secretariat.domain.drafting import (
    Article,
    DraftDocument,
    Paper,
    build_draft,
    fill_articles,
    fill_preamble,
    signing_blanks,
    signing_notes,
)
from secretariat.domain.enums import DocumentKind, PaperSize
from secretariat.domain.errors import NotFoundError, Problem, ValidationError
from secretariat.domain.field_labels import FieldLabel
from secretariat.domain.file_names import readable_file_name
from secretariat.domain.text_compare import TextComparison, compare_texts
from secretariat.domain.validation import Checker
from secretariat.services.agreements.draft_context import RecordContext, library_for, record_context
from secretariat.services.attachments import staged_attachments
from secretariat.services.common import fetch
from secretariat.services.conflicts import conflicting_changes, fetch_current, last_writer
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.office import OfficeProfileView, get_office_profile
from secretariat.storage.models import Agreement, AgreementArticle, Attachment, DraftVersion

OWNER_TYPE = "agreement"
CUSTOM_KEY = "custom"
KEY_LENGTH = 60
HEADING_LENGTH = 300
MAX_ARTICLES = 500

ProgressCallback = Callable[[int, int, str], None]
#: Turns a draft into PDF bytes: ``secretariat.documents.agreement_draft.render_draft``, handed in by the
#: GUI or the command line (the services layer does not import the documents layer).
Renderer = Callable[[DraftDocument], bytes]


# --- views -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementText:
    """The text a draft of the agreement prints now."""

    agreement_id: int
    instrument: str
    draft_version: int  # the last version generated (0: none yet)
    articles: tuple[Article, ...]
    preamble_id: str
    preamble_en: str
    articles_stored: bool  # False: the library's articles filled from the record
    preamble_stored: bool
    library_available: bool  # the instrument has a clause library (drafts can be made)


@dataclass(frozen=True)
class GeneratedDraft:
    agreement_id: int
    version: int
    attachment_id: int
    file_name: str
    sha256: str
    size: int
    paper: str
    final: bool
    pdf: bytes
    warnings: tuple[Problem, ...]
    new_version: bool = True  # False: the same text was printed before and keeps its version


@dataclass(frozen=True)
class DraftVersionView:
    version: int
    paper: str
    final: bool
    sha256: str
    attachment_id: int | None  # None: the PDF was removed from the documents; the snapshot remains
    file_name: str | None
    article_count: int
    created_at: datetime
    created_by: str


# --- validation of an edited text ------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """Trim each line's trailing spaces and the text's blank lines at either end."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def _cleaned(article: Article) -> Article:
    return Article(
        key=(article.key or "").strip() or CUSTOM_KEY,
        heading_id=_clean(article.heading_id),
        heading_en=_clean(article.heading_en),
        text_id=_clean(article.text_id),
        text_en=_clean(article.text_en),
    )


def _article_problems(articles: Sequence[Article]) -> list[Problem]:
    checker = Checker()
    if not articles:
        checker.add("articles", "the text needs at least one article", "naskah memerlukan sedikitnya satu pasal")
    if len(articles) > MAX_ARTICLES:
        checker.add(
            "articles",
            f"too many articles ({len(articles)}, at most {MAX_ARTICLES})",
            f"terlalu banyak pasal ({len(articles)}, paling banyak {MAX_ARTICLES})",
        )
    for number, article in enumerate(articles, 1):
        where = f"article {number}"
        checker.max_length(f"{where} key", article.key, KEY_LENGTH)
        for name, label_en, label_id in (
            ("heading_id", "Indonesian heading", "judul bahasa Indonesia"),
            ("heading_en", "English heading", "judul bahasa Inggris"),
        ):
            value = getattr(article, name)
            if not value:
                checker.add(
                    f"{where} {name}",
                    f"article {number}: the {label_en} is empty",
                    f"pasal {number}: {label_id} kosong",
                )
            elif len(value) > HEADING_LENGTH or "\n" in value:
                checker.add(
                    f"{where} {name}",
                    f"article {number}: the {label_en} must be one line of at most {HEADING_LENGTH} characters",
                    f"pasal {number}: {label_id} harus satu baris, paling banyak {HEADING_LENGTH} karakter",
                )
        for name, label_en, label_id in (
            ("text_id", "Indonesian text", "teks bahasa Indonesia"),
            ("text_en", "English text", "teks bahasa Inggris"),
        ):
            if not getattr(article, name):
                checker.add(
                    f"{where} {name}",
                    f"article {number}: the {label_en} is empty",
                    f"pasal {number}: {label_id} kosong",
                )
    return checker.problems


def _preamble_problems(preamble_id: str, preamble_en: str) -> list[Problem]:
    problems = []
    if not preamble_id:
        problems.append(
            Problem(
                "preamble_id",
                "the Indonesian preamble is empty (reset it to use the library's)",
                "pembukaan bahasa Indonesia kosong (atur ulang untuk memakai pustaka)",
            )
        )
    if not preamble_en:
        problems.append(
            Problem(
                "preamble_en",
                "the English preamble is empty (reset it to use the library's)",
                "pembukaan bahasa Inggris kosong (atur ulang untuk memakai pustaka)",
            )
        )
    return problems


def text_problems(
    articles: Sequence[Article], preamble_id: str | None = None, preamble_en: str | None = None
) -> list[Problem]:
    """What :func:`save_text` would refuse in this text (checked before anything else is saved)."""
    problems = _article_problems([_cleaned(a) for a in articles])
    if preamble_id is not None or preamble_en is not None:
        problems += _preamble_problems(_clean(preamble_id), _clean(preamble_en))
    return problems


# --- what the record supplies ------------------------------------------------------------------------------------


def _stored_articles(agreement: Agreement) -> tuple[Article, ...]:
    return tuple(Article(a.key, a.heading_id, a.heading_en, a.text_id, a.text_en) for a in agreement.articles)


def _text(session: Session, agreement: Agreement, profile: OfficeProfileView) -> AgreementText:
    library = library_for(agreement.instrument)
    stored = _stored_articles(agreement)
    preamble_stored = agreement.preamble_id is not None or agreement.preamble_en is not None
    filled_articles: tuple[Article, ...] = ()
    filled_preamble = ("", "")
    if library is not None and (not stored or not preamble_stored) and agreement.partners:
        facts = record_context(session, agreement, profile)
        filled_articles = tuple(fill_articles(library, facts.context))
        filled_preamble = fill_preamble(library, facts.context)
    return AgreementText(
        agreement_id=agreement.id,
        instrument=agreement.instrument,
        draft_version=agreement.draft_version or 0,
        articles=stored or filled_articles,
        preamble_id=(agreement.preamble_id or "") if preamble_stored else filled_preamble[0],
        preamble_en=(agreement.preamble_en or "") if preamble_stored else filled_preamble[1],
        articles_stored=bool(stored),
        preamble_stored=preamble_stored,
        library_available=library is not None,
    )


# --- reading and editing the text ----------------------------------------------------------------------------


def agreement_text(ctx: ServiceContext, agreement_id: int) -> AgreementText:
    """The articles and preamble a draft prints now: the stored ones, else the library's filled from the record."""
    profile = get_office_profile(ctx)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        return _text(session, agreement, profile)


def agreement_articles(ctx: ServiceContext, agreement_id: int) -> tuple[Article, ...]:
    """The agreement's articles: the stored ones, or the library's filled defaults when none are stored yet."""
    return agreement_text(ctx, agreement_id).articles


def library_articles(ctx: ServiceContext, agreement_id: int) -> tuple[Article, ...]:
    """The clause library's articles for this agreement, filled from its record (to add one back)."""
    profile = get_office_profile(ctx)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        facts = record_context(session, agreement, profile)
        return tuple(fill_articles(facts.library, facts.context))


def _store_articles(session: Session, agreement: Agreement, articles: Sequence[Article]) -> None:
    """Rewrite the stored rows position by position, touching only what changed (so the audit shows edits)."""
    rows = list(agreement.articles)
    for position, article in enumerate(articles):
        values = {
            "key": article.key,
            "heading_id": article.heading_id,
            "heading_en": article.heading_en,
            "text_id": article.text_id,
            "text_en": article.text_en,
        }
        if position < len(rows):
            row = rows[position]
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            if row.position != position:
                row.position = position
        else:
            agreement.articles.append(AgreementArticle(position=position, **values))
    for row in rows[len(articles) :]:
        agreement.articles.remove(row)
        session.delete(row)  # explicitly, so the auditor sees it


def _set_preamble(agreement: Agreement, preamble_id: str | None, preamble_en: str | None) -> None:
    if agreement.preamble_id != preamble_id:
        agreement.preamble_id = preamble_id
    if agreement.preamble_en != preamble_en:
        agreement.preamble_en = preamble_en


def save_articles(ctx: ServiceContext, agreement_id: int, articles: Sequence[Article]) -> None:
    """Store the agreement's own articles, in this order, both languages (the library is not changed)."""
    cleaned = [_cleaned(a) for a in articles]
    problems = _article_problems(cleaned)
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        if problems:
            raise ValidationError(problems)
        _store_articles(session, agreement, cleaned)


def save_preamble(ctx: ServiceContext, agreement_id: int, preamble_id: str | None, preamble_en: str | None) -> None:
    """Store the agreement's own preamble; both None: the library's preamble again."""
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        if preamble_id is None and preamble_en is None:
            _set_preamble(agreement, None, None)
            return
        left, right = _clean(preamble_id), _clean(preamble_en)
        problems = _preamble_problems(left, right)
        if problems:
            raise ValidationError(problems)
        _set_preamble(agreement, left, right)


def _text_values(
    loaded: AgreementText, current: AgreementText, articles: Sequence[Article], preamble: tuple[str, str]
) -> dict[str, Any]:
    """(base, theirs, mine) of the preamble and of each article by its place, for an edit conflict."""
    values: dict[str, Any] = {
        "preamble_id": (loaded.preamble_id, current.preamble_id, preamble[0]),
        "preamble_en": (loaded.preamble_en, current.preamble_en, preamble[1]),
    }
    count = max(len(loaded.articles), len(current.articles), len(articles))

    def at(items: Sequence[Article], index: int) -> tuple[str, ...] | None:
        if index >= len(items):
            return None
        a = items[index]
        return (a.heading_id, a.heading_en, a.text_id, a.text_en)

    for index in range(count):
        values[f"article {index + 1}"] = (at(loaded.articles, index), at(current.articles, index), at(articles, index))
    return values


def _article_shown(value: Any) -> Bilingual:
    if value is None:
        return Bilingual("(none)", "(tidak ada)")
    heading_id, heading_en, text_id, text_en = value
    return Bilingual(f"{heading_en}: {text_en}"[:120], f"{heading_id}: {text_id}"[:120])


def save_text(
    ctx: ServiceContext,
    agreement_id: int,
    articles: Sequence[Article],
    preamble_id: str | None,
    preamble_en: str | None,
    *,
    loaded: AgreementText | None = None,
) -> None:
    """Articles and preamble in one action (what the editor's text tab saves); a None preamble: the library's.

    ``loaded``: the text the tab showed. When another person saved the text since, the articles and
    preamble they changed that differ from what is saved now are refused (EditConflict; ``current`` is
    the text stored now)."""
    cleaned = [_cleaned(a) for a in articles]
    problems = _article_problems(cleaned)
    keep_library_preamble = preamble_id is None and preamble_en is None
    left, right = _clean(preamble_id), _clean(preamble_en)
    if not keep_library_preamble:
        problems += _preamble_problems(left, right)
    profile = get_office_profile(ctx) if loaded is not None else None
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        if loaded is not None and profile is not None:
            agreement = fetch_current(session, Agreement, agreement_id, "agreement", "perjanjian")
            current = _text(session, agreement, profile)
            mine = (
                (left or "", right or "") if not keep_library_preamble else (current.preamble_id, current.preamble_en)
            )
            changes = conflicting_changes(
                "agreement",
                _text_values(loaded, current, cleaned, mine),
                shows={f"article {n + 1}": _article_shown for n in range(max(len(cleaned), len(current.articles)) + 1)},
                labels={
                    **{
                        f"article {n + 1}": FieldLabel(f"Pasal {n + 1}", f"Article {n + 1}")
                        for n in range(max(len(cleaned), len(current.articles), len(loaded.articles)))
                    },
                    "preamble_id": FieldLabel("Pembukaan (Indonesia)", "Preamble (Indonesian)"),
                    "preamble_en": FieldLabel("Pembukaan (Inggris)", "Preamble (English)"),
                },
            )
            if changes:
                by, at = last_writer(session, "agreement", agreement.id)
                name = agreement.number or agreement.title_en
                raise EditConflict(
                    Bilingual(
                        f"the text of the agreement {name}",
                        f"naskah perjanjian {agreement.number or agreement.title_id}",
                    ),
                    changes,
                    current=current,
                    current_version=agreement.row_version,
                    by=by,
                    at=at,
                )
        if problems:
            raise ValidationError(problems)
        _store_articles(session, agreement, cleaned)
        if keep_library_preamble:
            _set_preamble(agreement, None, None)
        else:
            _set_preamble(agreement, left, right)


def reset_articles_from_library(ctx: ServiceContext, agreement_id: int, *, preamble: bool = True) -> None:
    """Forget the agreement's edited articles (and preamble): its text is the library's, filled anew."""
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        _store_articles(session, agreement, [])
        if preamble:
            _set_preamble(agreement, None, None)


# --- drafts --------------------------------------------------------------------------------------------------


def _paper(paper: str | PaperSize | None, profile: OfficeProfileView) -> Paper:
    value = paper if paper is not None else profile.paper
    try:
        return PaperSize(str(value).strip().lower()).value
    except ValueError:
        allowed = ", ".join(p.value for p in PaperSize)
        raise ValidationError(
            [
                Problem(
                    "paper", f"'{value}' is not a paper size ({allowed})", f"'{value}' bukan ukuran kertas ({allowed})"
                )
            ]
        ) from None


def _document(
    session: Session, agreement: Agreement, profile: OfficeProfileView, paper: Paper, final: bool, version: int
) -> tuple[DraftDocument, RecordContext]:
    facts = record_context(session, agreement, profile)
    text = _text(session, agreement, profile)
    document = build_draft(
        facts.context,
        version=version,
        paper=paper,
        final=final,
        logo_png=profile.logo_png,
        articles=list(text.articles),
        preamble=(text.preamble_id, text.preamble_en) if text.preamble_stored else None,
        library=facts.library,
        region_level=facts.region_level,
    )
    return document, facts


def _version_of(session: Session, agreement: Agreement, digest: str) -> tuple[int, bool]:
    """(the version this text is, whether it is a new one): an earlier version with the same text is reused."""
    known = session.scalar(
        select(DraftVersion.version)
        .where(DraftVersion.agreement_id == agreement.id, DraftVersion.text_sha256 == digest)
        .order_by(DraftVersion.version.desc())
        .limit(1)
    )
    if known is not None:
        return known, False
    return (agreement.draft_version or 0) + 1, True


class FinalTextRefused(ValidationError):
    """A final text was asked for while the text still has blanks; each blank is named."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.message_en = (
            "The final text cannot be made: "
            + "; ".join(p.message_en for p in self.problems)
            + ". Fill these in, or print a draft."
        )
        self.message_id = (
            "Naskah final tidak dapat dibuat: "
            + "; ".join(p.message_id for p in self.problems)
            + ". Lengkapi dahulu, atau cetak rancangan."
        )
        self.args = (self.message_en,)


def _refuse_blanks(document: DraftDocument, facts: RecordContext) -> None:
    problems = signing_blanks(document, facts.context, facts.library)
    if problems:
        raise FinalTextRefused(problems)


@dataclass(frozen=True)
class PreparedDraft:
    document: DraftDocument
    warnings: tuple[Problem, ...]  # what the clerk should know about the text (e.g. a subject left blank)
    blanks: tuple[Problem, ...] = ()  # what keeps the text from being final (signing_blanks)


def prepare_draft(
    ctx: ServiceContext,
    agreement_id: int,
    paper: str | PaperSize | None = None,
    final: bool = False,
    version: int | None = None,
) -> PreparedDraft:
    """The draft as the PDF would print it, with its warnings and blanks; nothing is stored.

    ``version`` defaults to the one the text would get (an earlier version with the same text, else the
    next), ``paper`` to the office's. A final text with blanks is refused (:class:`FinalTextRefused`).
    """
    profile = get_office_profile(ctx)
    chosen = _paper(paper, profile)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        document, facts = _document(session, agreement, profile, chosen, final, 0)
        number = version if version is not None else _version_of(session, agreement, document.text_sha256)[0]
        document = replace(document, version=number)
        blanks = tuple(signing_blanks(document, facts.context, facts.library))
        if final and blanks:
            raise FinalTextRefused(list(blanks))
        notes = tuple(signing_notes(document)) if final else ()
        return PreparedDraft(document, facts.warnings + notes, blanks)


def draft_document(
    ctx: ServiceContext,
    agreement_id: int,
    paper: str | PaperSize | None = None,
    final: bool = False,
    version: int | None = None,
) -> DraftDocument:
    """The draft as the PDF would print it; ``version`` defaults to the text's; paper to the office's."""
    return prepare_draft(ctx, agreement_id, paper, final, version).document


def draft_file_name(
    number: str | None,
    agreement_id: int,
    version: int,
    final: bool,
    paper: str = "",
    title: str | None = None,
    language: str = "id",
) -> str:
    """ "007-KS-2026 Kerja sama pariwisata – rancangan v3 F4.pdf": the agreement's number and title, the
    version and the paper when named, in the interface language ("… – draft v3 F4.pdf" in English)."""
    if language == "id":
        what = f"naskah final v{version}" if final else f"rancangan v{version}"
    else:
        what = f"final text v{version}" if final else f"draft v{version}"
    if paper:
        what = f"{what} {paper.upper()}"
    if not (number or "").strip() and not (title or "").strip():
        title = f"{'Perjanjian' if language == 'id' else 'Agreement'} {agreement_id}"
    return readable_file_name(number, title, what, "pdf")


def _snapshot(document: DraftDocument) -> str:
    return json.dumps(
        [
            {
                "key": a.key,
                "heading_id": a.heading_id,
                "heading_en": a.heading_en,
                "text_id": a.text_id,
                "text_en": a.text_en,
            }
            for a in document.articles
        ],
        ensure_ascii=False,
    )


def _printed_before(session: Session, agreement_id: int, version: int, sha256: str) -> Attachment | None:
    """The agreement's stored draft PDF of this version with these very bytes, if any."""
    return session.scalar(
        select(Attachment)
        .where(
            Attachment.owner_type == OWNER_TYPE,
            Attachment.owner_id == agreement_id,
            Attachment.kind.in_((DocumentKind.DRAFT, DocumentKind.FINAL_TEXT)),
            Attachment.version == version,
            Attachment.sha256 == sha256,
        )
        .order_by(Attachment.id)
        .limit(1)
    )


def generate_draft(
    ctx: ServiceContext,
    agreement_id: int,
    paper: str | PaperSize | None = None,
    final: bool = False,
    note: str | None = None,
    *,
    render: Renderer,
    progress: ProgressCallback | None = None,
    language: str = "id",
) -> GeneratedDraft:
    """Render the text as PDF and keep it among the agreement's documents, in one transaction.

    ``render`` makes the PDF (``documents.agreement_draft.render_draft``). The text's SHA-256 decides its
    version: a text printed before (on other paper, or as the final copy) keeps that version; a changed text
    becomes the next version, with a snapshot of its articles for comparing. The same PDF printed twice is
    stored once. A final text with blanks is refused, each blank named, and nothing is stored. ``language``
    names the file (its number, title, version and paper in the clerk's language).

    Preparing, numbering and storing are one transaction holding the agreement's row (the database's write
    lock on SQLite): the PDF's bytes reach the attachment store inside it, and are removed again should it
    not commit.
    """
    report = progress or (lambda done, total, text: None)
    profile = get_office_profile(ctx)
    chosen = _paper(paper, profile)
    report(0, 3, "text")
    with staged_attachments(ctx) as stage, writing(ctx) as session:
        # Lock the agreement's row (PostgreSQL; a SQLite write transaction holds the whole file already).
        locked = session.execute(select(Agreement.id).where(Agreement.id == agreement_id).with_for_update()).first()
        if locked is None:
            raise NotFoundError(f"There is no agreement {agreement_id}.", f"Tidak ada perjanjian {agreement_id}.")
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        document, facts = _document(session, agreement, profile, chosen, final, 0)
        version, is_new = _version_of(session, agreement, document.text_sha256)
        document = replace(document, version=version)
        if final:
            _refuse_blanks(document, facts)
        warnings = facts.warnings + (tuple(signing_notes(document)) if final else ())
        report(1, 3, "pdf")
        pdf = render(document)
        report(2, 3, "store")
        sha256 = hashlib.sha256(pdf).hexdigest()
        title = agreement.title_id if language == "id" else agreement.title_en
        file_name = draft_file_name(agreement.number, agreement.id, version, final, chosen, title, language)
        earlier = _printed_before(session, agreement_id, version, sha256)
        if earlier is not None:
            attachment_id, file_name = earlier.id, earlier.file_name
        else:
            # A draft is the newest version of the agreement's draft document; a final text is its own document.
            kind = DocumentKind.FINAL_TEXT if final else DocumentKind.DRAFT
            attachment_id = stage.add(
                session, OWNER_TYPE, agreement_id, kind, file_name, pdf, note=note, version=version
            )
        if is_new:
            agreement.draft_version = version
            session.add(
                DraftVersion(
                    agreement_id=agreement_id,
                    version=version,
                    attachment_id=attachment_id,
                    paper=chosen,
                    final=final,
                    sha256=sha256,
                    text_sha256=document.text_sha256,
                    articles=_snapshot(document),
                    preamble_id=document.preamble_id,
                    preamble_en=document.preamble_en,
                    created_by=ctx.actor.login,
                )
            )
        elif final:
            row = session.scalar(
                select(DraftVersion).where(DraftVersion.agreement_id == agreement_id, DraftVersion.version == version)
            )
            if row is not None and not row.final:  # the version was issued as the final text: show that one
                row.final, row.attachment_id, row.paper, row.sha256 = True, attachment_id, PaperSize(chosen), sha256
    report(3, 3, "done")
    return GeneratedDraft(
        agreement_id=agreement_id,
        version=version,
        attachment_id=attachment_id,
        file_name=file_name,
        sha256=sha256,
        size=len(pdf),
        paper=chosen,
        final=final,
        pdf=pdf,
        warnings=warnings,
        new_version=is_new,
    )


# --- versions ------------------------------------------------------------------------------------------------


def list_draft_versions(ctx: ServiceContext, agreement_id: int) -> tuple[DraftVersionView, ...]:
    """The generated versions, newest first."""
    with reading(ctx) as session:
        fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        rows = session.execute(
            select(DraftVersion, Attachment.file_name)
            .outerjoin(Attachment, Attachment.id == DraftVersion.attachment_id)
            .where(DraftVersion.agreement_id == agreement_id)
            .order_by(DraftVersion.version.desc())
        ).all()
        return tuple(
            DraftVersionView(
                version=row.version,
                paper=row.paper,
                final=bool(row.final),
                sha256=row.sha256,
                attachment_id=row.attachment_id,
                file_name=file_name,
                article_count=len(json.loads(row.articles)),
                created_at=row.created_at,
                created_by=row.created_by,
            )
            for row, file_name in rows
        )


def version_text(ctx: ServiceContext, agreement_id: int, version: int) -> tuple[tuple[Article, ...], str, str]:
    """(articles, Indonesian preamble, English preamble) as version ``version`` printed them."""
    with reading(ctx) as session:
        row = session.scalar(
            select(DraftVersion).where(DraftVersion.agreement_id == agreement_id, DraftVersion.version == version)
        )
        if row is None:
            raise NotFoundError(
                f"Agreement {agreement_id} has no draft version {version}.",
                f"Perjanjian {agreement_id} tidak memiliki rancangan versi {version}.",
            )
        articles = tuple(
            Article(a["key"], a["heading_id"], a["heading_en"], a["text_id"], a["text_en"])
            for a in json.loads(row.articles)
        )
        return articles, row.preamble_id, row.preamble_en


def compare_versions(
    ctx: ServiceContext, agreement_id: int, old_version: int, new_version: int | None = None
) -> TextComparison:
    """What changed from ``old_version`` to ``new_version`` (None: the text as it stands now), article by article."""
    old_articles, old_id, old_en = version_text(ctx, agreement_id, old_version)
    if new_version is None:
        current = agreement_text(ctx, agreement_id)
        new_articles, new_id, new_en = current.articles, current.preamble_id, current.preamble_en
    else:
        new_articles, new_id, new_en = version_text(ctx, agreement_id, new_version)
    return compare_texts(old_articles, (old_id, old_en), new_articles, (new_id, new_en))


__all__ = [
    "AgreementText",
    "DraftVersionView",
    "FinalTextRefused",
    "GeneratedDraft",
    "PreparedDraft",
    "Renderer",
    "agreement_articles",
    "agreement_text",
    "compare_versions",
    "draft_document",
    "draft_file_name",
    "generate_draft",
    "library_articles",
    "list_draft_versions",
    "prepare_draft",
    "reset_articles_from_library",
    "save_articles",
    "save_preamble",
    "save_text",
    "text_problems",
    "version_text",
]
