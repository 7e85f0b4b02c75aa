"""An agreement's text and its drafts: articles per agreement, the PDF, stored versions and their comparison.

The text of an agreement is its own: the clerk picks, reorders and edits
articles (both languages) and the preamble; they are stored with the
agreement (``agreement_article``, ``agreement.preamble_*``), never in the
clause library. Until something is stored, the text is the library's,
filled in from the record (:func:`agreement_text`). Stored text is plain
text: it no longer follows the record (a changed term is not rewritten into
an edited article); :func:`reset_articles_from_library` starts again from
the library filled with the record as it is now.

A draft is built from the record and the office profile: our region is the
first party (its head and titles from the profile), the agreement's first
partner the second; countries are named formally ("Republik Polandia" / "the
Republic of Poland"). :func:`generate_draft` renders the PDF (with the renderer the caller
hands in: the documents layer sits above this one), gives it the
next version number, stores it as an attachment of kind "draft" (with that
version and its SHA-256) and keeps a snapshot of the articles and preamble it
printed, so that :func:`compare_versions` can show article by article what
changed between any two versions (or a version and the current text).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.drafting import (
    Article,
    ClauseLibrary,
    DraftContext,
    DraftDocument,
    Paper,
    Party,
    SectorName,
    build_draft,
    fill_articles,
    fill_preamble,
    load_clause_library,
)
from secretariat.domain.enums import AgreementKind, DocumentKind, Instrument, PaperSize, RegionLevel
from secretariat.domain.errors import NotFoundError, Problem, UserError, ValidationError
from secretariat.domain.file_names import readable_file_name
from secretariat.domain.formal_names import formal_country_names, without_article
from secretariat.domain.text_compare import TextComparison, compare_texts
from secretariat.domain.validation import Checker
from secretariat.services.attachments import add_attachment, delete_attachment
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.office import OfficeProfileView, get_office_profile
from secretariat.storage.models import Agreement, AgreementArticle, Attachment, Country, DraftVersion, Partner

OWNER_TYPE = "agreement"
CUSTOM_KEY = "custom"
KEY_LENGTH = 60
HEADING_LENGTH = 300
MAX_ARTICLES = 500
ATTEMPTS = 3  # a version number taken meanwhile by another workstation: render again with the next one
_SISTER_SUBJECT = {
    RegionLevel.PROVINCE.value: "sister_province",
    RegionLevel.CITY.value: "sister_city",
    RegionLevel.REGENCY.value: "sister_regency",
}

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


def _library(instrument: str) -> ClauseLibrary | None:
    try:
        kind = Instrument(instrument)
    except ValueError:
        return None
    return load_clause_library(kind) if kind in (Instrument.LOI, Instrument.MOU, Instrument.ARRANGEMENT) else None


def _require_library(agreement: Agreement) -> ClauseLibrary:
    library = _library(agreement.instrument)
    if library is None:
        raise UserError(
            f"Agreement {agreement.number or agreement.id} is of the type '{agreement.instrument}', which has no "
            "clause library: drafts are made for Letters of Intent, MoUs and implementing arrangements.",
            f"Perjanjian {agreement.number or agreement.id} berjenis '{agreement.instrument}', yang tidak memiliki "
            "pustaka klausul: rancangan dibuat untuk LoI, Nota Kesepahaman dan perjanjian pelaksana.",
        )
    return library


def _after(title: str, joiner: str, prefixes: Sequence[str]) -> str:
    """The subject of a title: what follows " tentang " / " on ", else the title without its instrument name."""
    text = " ".join(title.split())
    found = text.casefold().find(f" {joiner} ")
    if found >= 0:
        rest = text[found + len(joiner) + 2 :].strip()
        if rest:
            return rest
    for prefix in prefixes:
        if text.casefold().startswith(prefix.casefold() + " "):
            rest = text[len(prefix) :].strip()
            if rest:
                return rest
    return text


def _subject(agreement: Agreement, library: ClauseLibrary, region_level: str) -> tuple[str, str]:
    """What the agreement is about, for the title's "TENTANG ... / ON ..." line."""
    has_id = " tentang " in f" {agreement.title_id.casefold()} "
    has_en = " on " in f" {agreement.title_en.casefold()} "
    subject_key = _SISTER_SUBJECT.get(region_level)
    if not (has_id or has_en) and agreement.kind == AgreementKind.KSDPL.value and subject_key in library.subjects:
        return library.subjects[subject_key]
    prefixes_id = [f"Surat {library.name_id}", f"Perpanjangan {library.name_id}", library.name_id]
    prefixes_en = [f"Renewed {library.name_en}", f"Renewal of the {library.name_en}", library.name_en]
    return _after(agreement.title_id, "tentang", prefixes_id), _after(agreement.title_en, "on", prefixes_en)


def _our_party(session: Session, profile: OfficeProfileView) -> Party:
    indonesia = session.get(Country, "ID")
    country_id, country_en = formal_country_names(
        "ID", indonesia.name_id if indonesia else "Indonesia", indonesia.name_en if indonesia else "Indonesia"
    )
    return Party(
        name_id=profile.region_name_id,
        name_en=without_article(profile.region_name_en),
        head_name=profile.head_name,
        head_title_id=profile.head_title_id,
        head_title_en=profile.head_title_en,
        country_id=country_id,
        country_en=country_en,
    )


def _partner_party(partner: Partner) -> Party:
    country_id, country_en = formal_country_names(
        partner.country_code, partner.country.name_id, partner.country.name_en
    )
    return Party(
        name_id=(partner.name_id or "").strip() or without_article(partner.name),
        name_en=without_article(partner.name),
        head_name=partner.head_name,
        head_title_id=(partner.head_title_id or "").strip() or partner.head_title,
        head_title_en=partner.head_title,
        country_id=country_id,
        country_en=country_en,
    )


def _context(
    session: Session, agreement: Agreement, library: ClauseLibrary, profile: OfficeProfileView
) -> tuple[DraftContext, tuple[Problem, ...]]:
    partners = agreement.partners
    if not partners:
        name = agreement.number or agreement.id
        raise UserError(
            f"Agreement {name} has no partner to name in the text.",
            f"Perjanjian {name} tidak memiliki mitra untuk disebut dalam naskah.",
        )
    warnings: list[Problem] = []
    if len(partners) > 1:
        others = ", ".join(p.code for p in partners[1:])
        warnings.append(
            Problem(
                "partners",
                f"the text names two parties: only the first partner ({partners[0].code}) is named; {others} must be "
                "added to the text by hand",
                f"naskah menyebut dua pihak: hanya mitra pertama ({partners[0].code}) yang disebut; {others} harus "
                "ditambahkan ke naskah secara manual",
            )
        )
    if not profile.is_complete:
        warnings.append(
            Problem(
                "office",
                "the office profile does not name the region in both languages",
                "profil kantor belum menyebut nama daerah dalam kedua bahasa",
            )
        )
    parent = agreement.parent
    loi = parent if parent is not None and parent.instrument == Instrument.LOI.value else None
    subject_id, subject_en = _subject(agreement, library, profile.region_level)
    ctx = DraftContext(
        instrument=library.instrument,
        first_party=_our_party(session, profile),
        second_party=_partner_party(partners[0]),
        subject_id=subject_id,
        subject_en=subject_en,
        sectors=[SectorName(s.name_id, s.name_en) for s in agreement.sectors],
        term_months=agreement.term_months,
        notice_months=agreement.notice_months,
        sign_place=agreement.signed_place,
        sign_date=agreement.signed_on,
        number=agreement.number,
        partner_number=agreement.partner_number,
        loi_place=loi.signed_place if loi else None,
        loi_date=loi.signed_on if loi else None,
        parent_title_id=parent.title_id if parent is not None and loi is None else None,
        parent_title_en=parent.title_en if parent is not None and loi is None else None,
        parent_place=parent.signed_place if parent is not None and loi is None else None,
        parent_date=parent.signed_on if parent is not None and loi is None else None,
    )
    return ctx, tuple(warnings)


def _stored_articles(agreement: Agreement) -> tuple[Article, ...]:
    return tuple(Article(a.key, a.heading_id, a.heading_en, a.text_id, a.text_en) for a in agreement.articles)


def _text(session: Session, agreement: Agreement, profile: OfficeProfileView) -> AgreementText:
    library = _library(agreement.instrument)
    stored = _stored_articles(agreement)
    preamble_stored = agreement.preamble_id is not None or agreement.preamble_en is not None
    filled_articles: tuple[Article, ...] = ()
    filled_preamble = ("", "")
    if library is not None and (not stored or not preamble_stored) and agreement.partners:
        ctx, _warnings = _context(session, agreement, library, profile)
        filled_articles = tuple(fill_articles(library, ctx))
        filled_preamble = fill_preamble(library, ctx)
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
        library = _require_library(agreement)
        context, _warnings = _context(session, agreement, library, profile)
        return tuple(fill_articles(library, context))


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


def save_text(
    ctx: ServiceContext,
    agreement_id: int,
    articles: Sequence[Article],
    preamble_id: str | None,
    preamble_en: str | None,
) -> None:
    """Articles and preamble in one action (what the editor's text tab saves); a None preamble: the library's."""
    cleaned = [_cleaned(a) for a in articles]
    problems = _article_problems(cleaned)
    keep_library_preamble = preamble_id is None and preamble_en is None
    left, right = _clean(preamble_id), _clean(preamble_en)
    if not keep_library_preamble:
        problems += _preamble_problems(left, right)
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
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
        return PaperSize(str(value).strip().lower()).value  # type: ignore[return-value]
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
) -> tuple[DraftDocument, tuple[Problem, ...]]:
    library = _require_library(agreement)
    context, warnings = _context(session, agreement, library, profile)
    text = _text(session, agreement, profile)
    document = build_draft(
        context,
        version=version,
        paper=paper,
        final=final,
        logo_png=profile.logo_png,
        articles=list(text.articles),
        library=library,
    )
    if text.preamble_stored:
        document = replace(document, preamble_id=text.preamble_id, preamble_en=text.preamble_en)
    return document, warnings


@dataclass(frozen=True)
class PreparedDraft:
    document: DraftDocument
    warnings: tuple[Problem, ...]  # what the clerk should know about the text (e.g. a third party left out)


def prepare_draft(
    ctx: ServiceContext,
    agreement_id: int,
    paper: str | PaperSize | None = None,
    final: bool = False,
    version: int | None = None,
) -> PreparedDraft:
    """The draft as the PDF would print it, with its warnings; nothing is stored.

    ``version`` defaults to the next one, ``paper`` to the office's.
    """
    profile = get_office_profile(ctx)
    chosen = _paper(paper, profile)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        document, warnings = _document(
            session,
            agreement,
            profile,
            chosen,
            final,
            version if version is not None else (agreement.draft_version or 0) + 1,
        )
        return PreparedDraft(document, warnings)


def draft_document(
    ctx: ServiceContext,
    agreement_id: int,
    paper: str | PaperSize | None = None,
    final: bool = False,
    version: int | None = None,
) -> DraftDocument:
    """The draft as the PDF would print it; ``version`` defaults to the next one; paper to the office's."""
    return prepare_draft(ctx, agreement_id, paper, final, version).document


def draft_file_name(
    number: str | None,
    agreement_id: int,
    version: int,
    final: bool,
    title: str | None = None,
    language: str = "id",
) -> str:
    """ "007-KS-2026 Kerja sama pariwisata – rancangan v3.pdf": the agreement's number and title and the
    version, in the interface language ("… – draft v3.pdf" in English)."""
    if language == "id":
        what = f"naskah final v{version}" if final else f"rancangan v{version}"
    else:
        what = f"final text v{version}" if final else f"draft v{version}"
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


class _VersionTaken(Exception):
    pass


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
    """Render the next version, store it as a "draft" attachment with its SHA-256, keep its article snapshot.

    ``render`` makes the PDF (``documents.agreement_draft.render_draft``). ``language`` names the file
    (its number, title and version in the clerk's language).

    The agreement's ``draft_version`` becomes the new version. Should another
    workstation take that number meanwhile, the draft is rendered again with
    the next one; should storing fail, the attachment just added is removed.
    """
    report = progress or (lambda done, total, text: None)
    profile = get_office_profile(ctx)
    chosen = _paper(paper, profile)
    for _attempt in range(ATTEMPTS):
        report(0, 3, "text")
        with reading(ctx) as session:
            agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
            version = (agreement.draft_version or 0) + 1
            document, warnings = _document(session, agreement, profile, chosen, final, version)
            title = agreement.title_id if language == "id" else agreement.title_en
            file_name = draft_file_name(agreement.number, agreement.id, version, final, title, language)
        report(1, 3, "pdf")
        pdf = render(document)
        report(2, 3, "store")
        with tempfile.TemporaryDirectory(prefix="secretariat-draft-") as folder:
            path = Path(folder) / file_name
            path.write_bytes(pdf)
            attachment_id = add_attachment(
                ctx, OWNER_TYPE, agreement_id, DocumentKind.DRAFT, path, note=note, version=version
            )
        try:
            sha256 = _record_version(ctx, agreement_id, version, attachment_id, document, chosen, final)
        except _VersionTaken:
            delete_attachment(ctx, attachment_id)
            continue
        except BaseException:
            delete_attachment(ctx, attachment_id)
            raise
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
        )
    raise UserError(
        "Other workstations kept generating drafts of this agreement at the same time; try again.",
        "Komputer lain terus membuat rancangan perjanjian ini pada saat yang sama; coba lagi.",
    )


def _record_version(
    ctx: ServiceContext,
    agreement_id: int,
    version: int,
    attachment_id: int,
    document: DraftDocument,
    paper: Paper,
    final: bool,
) -> str:
    with writing(ctx) as session:
        # Lock the agreement's row (PostgreSQL; a SQLite write transaction holds the whole file already).
        current = session.execute(
            select(Agreement.draft_version).where(Agreement.id == agreement_id).with_for_update()
        ).first()
        if current is None:
            raise NotFoundError(f"There is no agreement {agreement_id}.", f"Tidak ada perjanjian {agreement_id}.")
        if (current[0] or 0) != version - 1:
            raise _VersionTaken()
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        sha256 = session.scalar(select(Attachment.sha256).where(Attachment.id == attachment_id))
        agreement.draft_version = version
        session.add(
            DraftVersion(
                agreement_id=agreement_id,
                version=version,
                attachment_id=attachment_id,
                paper=paper,
                final=final,
                sha256=sha256,
                articles=_snapshot(document),
                preamble_id=document.preamble_id,
                preamble_en=document.preamble_en,
                created_by=ctx.actor.login,
            )
        )
        return str(sha256)


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
