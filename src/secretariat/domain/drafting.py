"""Drafting a bilingual agreement: the clause library, its placeholders, and the draft's plain data.

The clause library lives in ``resources/clauses/<instrument>.json``: a title
template, the preamble's recitals and the articles (objective, scope, forms of
cooperation, implementation, third parties, financing, disputes, amendment,
entry into force, authentic texts), each in Indonesian and English, paragraph
by paragraph. Texts name the agreement's facts with placeholders such as
``{first_party_id}`` or ``{term_en}``; :func:`fill_template` replaces them and
refuses an unknown name with a message saying which clause and paragraph uses
it. A placeholder whose value the record does not have yet (no signing date,
no head's name) prints as a dotted blank, as on a paper draft.

The documents layer renders a :class:`DraftDocument`; the services layer will
keep each agreement's edited :class:`Article` list and pass it in. Nothing
here imports Qt, SQLAlchemy or another layer.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from babel.dates import format_date
from num2words import num2words

from secretariat.domain.enums import Instrument, PaperSize
from secretariat.domain.errors import UserError
from secretariat.install_paths import install_roots

#: Printed where the record has no value yet; the clerk fills it in by hand or later.
BLANK = "...................."

#: The articles every clause library file must have, in their usual order.
ARTICLE_KEYS: tuple[str, ...] = (
    "objective",
    "scope",
    "forms",
    "implementation",
    "third_parties",
    "financing",
    "disputes",
    "amendment",
    "entry_into_force",
    "originals",
)

#: Instruments with a clause library.
DRAFTABLE: tuple[Instrument, ...] = (Instrument.LOI, Instrument.MOU, Instrument.ARRANGEMENT)

Paper = Literal["a4", "f4"]


# --------------------------------------------------------------------------- plain data of a draft


@dataclass(frozen=True)
class Party:
    """One party as it is named in the text.

    ``name_en`` is written without a leading article ("Government of the City
    of Kraków"): the templates add "the" where English needs it. Countries are
    written as in running text ("Republik Indonesia", "the Republic of Poland",
    "Japan").
    """

    name_id: str
    name_en: str
    head_name: str | None
    head_title_id: str | None
    head_title_en: str | None
    country_id: str
    country_en: str
    sign_place: str | None = None


@dataclass(frozen=True)
class Article:
    """One article in both languages; paragraphs are separated by newlines and pair up in order."""

    key: str
    heading_id: str
    heading_en: str
    text_id: str
    text_en: str

    def paragraph_pairs(self) -> list[tuple[str, str]]:
        return pair_paragraphs(self.text_id, self.text_en)


@dataclass(frozen=True)
class DraftDocument:
    """Everything the PDF of a draft (or final) agreement text shows."""

    number: str | None
    version: int
    title_id: str  # lines separated by newlines
    title_en: str
    instrument: Instrument | str
    first_party: Party
    second_party: Party
    preamble_id: str  # paragraphs separated by newlines
    preamble_en: str
    articles: list[Article]
    sign_place: str | None
    sign_date: date | None
    paper: Paper | PaperSize = "a4"
    final: bool = False
    logo_png: bytes | None = None
    closing_id: str = ""
    closing_en: str = ""


def pair_paragraphs(text_id: str, text_en: str) -> list[tuple[str, str]]:
    """The paragraphs of two texts side by side; the shorter text is padded with empty paragraphs."""
    left = [p.strip() for p in text_id.split("\n") if p.strip()]
    right = [p.strip() for p in text_en.split("\n") if p.strip()]
    size = max(len(left), len(right))
    left += [""] * (size - len(left))
    right += [""] * (size - len(right))
    return list(zip(left, right, strict=True))


# --------------------------------------------------------------------------- what the record supplies


class SectorName(NamedTuple):
    name_id: str
    name_en: str


@dataclass(frozen=True)
class DraftContext:
    """Plain facts of one agreement, from which the clause library is filled.

    ``sectors`` are (Indonesian, English) names in the order they are listed.
    ``third_language`` is the partner's language when the texts are also made
    in it, e.g. ``("bahasa Polandia", "Polish")``. ``prevailing`` picks the
    text that prevails on a divergence: "en", "id" or "third".
    ``parent_*`` describe the MoU an implementing arrangement rests on.
    """

    instrument: Instrument | str
    first_party: Party
    second_party: Party
    subject_id: str
    subject_en: str
    sectors: Sequence[SectorName | tuple[str, str]] = ()
    term_months: int | None = None
    notice_months: int | None = None
    sign_place: str | None = None
    sign_date: date | None = None
    number: str | None = None
    partner_number: str | None = None
    originals: int = 2
    third_language: tuple[str, str] | None = None
    prevailing: Literal["en", "id", "third"] = "en"
    loi_place: str | None = None
    loi_date: date | None = None
    parent_title_id: str | None = None
    parent_title_en: str | None = None
    parent_place: str | None = None
    parent_date: date | None = None


#: Context fields a recital may require (it is left out when the field is empty).
_OPTIONAL_FACTS = frozenset(
    {
        "loi_place",
        "loi_date",
        "parent_title_id",
        "parent_title_en",
        "parent_place",
        "parent_date",
        "number",
        "partner_number",
        "third_language",
        "sign_date",
        "sign_place",
    }
)

#: Every placeholder a clause text may use, besides ``article_<key>`` (the number of an article).
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        *(
            f"{side}_{item}"
            for side in ("first", "second")
            for item in (
                "party_id",
                "party_en",
                "head_name",
                "head_title_id",
                "head_title_en",
                "country_id",
                "country_en",
                "sign_place",
            )
        ),
        "subject_id",
        "subject_en",
        "sectors_id",
        "sectors_en",
        "sectors_list_id",
        "sectors_list_en",
        "term_id",
        "term_en",
        "notice_id",
        "notice_en",
        "sign_place",
        "sign_date_id",
        "sign_date_en",
        "number",
        "partner_number",
        "originals_id",
        "originals_en",
        "languages_id",
        "languages_en",
        "prevailing_id",
        "prevailing_en",
        "loi_place",
        "loi_date_id",
        "loi_date_en",
        "parent_title_id",
        "parent_title_en",
        "parent_place",
        "parent_date_id",
        "parent_date_en",
    }
)


# --------------------------------------------------------------------------- errors


class ClauseTemplateError(UserError):
    """A clause text names a placeholder drafting does not know, or is malformed."""


class ClauseLibraryError(UserError):
    """A clause library file is missing or does not have the expected shape."""


# --------------------------------------------------------------------------- formats


def format_date_id(value: date) -> str:
    """ "31 Desember 2026"."""
    return format_date(value, "d MMMM y", locale="id")


def format_date_en(value: date) -> str:
    """ "31 December 2026"."""
    return format_date(value, "d MMMM y", locale="en")


def count_id(number: int) -> str:
    """Indonesian legal style: "2 (dua)"."""
    return f"{number} ({num2words(number, lang='id')})"


def count_en(number: int) -> str:
    """English legal style: "two (2)"."""
    return f"{num2words(number, lang='en')} ({number})"


def duration_id(months: int) -> str:
    """ "5 (lima) tahun" for whole years, otherwise "18 (delapan belas) bulan"."""
    if months % 12 == 0:
        return f"{count_id(months // 12)} tahun"
    return f"{count_id(months)} bulan"


def duration_en(months: int) -> str:
    """ "five (5) years" for whole years, otherwise "eighteen (18) months"."""
    if months % 12 == 0:
        years = months // 12
        return f"{count_en(years)} year{'s' if years != 1 else ''}"
    return f"{count_en(months)} month{'s' if months != 1 else ''}"


def _lower_first(text: str) -> str:
    """ "Ekonomi dan perdagangan" -> "ekonomi dan perdagangan"; acronyms such as "UMKM" stay."""
    text = text.strip()
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _join_inline(items: Sequence[str], conjunction: str, serial_comma: bool) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    comma = "," if serial_comma else ""
    return f"{', '.join(items[:-1])}{comma} {conjunction} {items[-1]}"


def _letter(index: int) -> str:
    """a, b, ..., z, aa, ab, ... as Indonesian legal drafting letters its lists."""
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def _lettered_list(items: Sequence[str], conjunction: str) -> str:
    """Lines "a. x;", ..., "b. y; dan", "c. z." joined by newlines (one paragraph each)."""
    if not items:
        return f"a. {BLANK}"
    lines = []
    for index, item in enumerate(items):
        if index == len(items) - 1:
            end = "."
        elif index == len(items) - 2:
            end = f"; {conjunction}"
        else:
            end = ";"
        lines.append(f"{_letter(index)}. {item}{end}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- templates


def template_fields(template: str) -> set[str]:
    """The placeholder names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def fill_template(template: str, values: Mapping[str, str | None], where: str) -> str:
    """Replace ``{name}`` placeholders; ``{{`` and ``}}`` are literal braces.

    Only plain names are allowed (no attribute access, indexing, conversions or
    format specifications). An unknown name raises :class:`ClauseTemplateError`
    naming ``where`` (e.g. "mou / financing, English paragraph 2"). A known name
    whose value is None prints as a dotted blank.
    """
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ClauseTemplateError(
            f"{where}: the text has an unmatched brace ({exc}); write {{{{ or }}}} for a literal brace",
            f"{where}: teks memuat kurung kurawal yang tidak berpasangan ({exc}); "
            f"tulis {{{{ atau }}}} untuk kurung kurawal biasa",
        ) from None
    out: list[str] = []
    for literal, name, spec, conversion in pieces:
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ClauseTemplateError(
                f"{where}: '{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}' "
                "is not a plain placeholder; use a name such as {first_party_id}",
                f"{where}: '{{{name}}}' bukan penanda isian biasa; gunakan nama seperti {{first_party_id}}",
            )
        if name not in values:
            known = ", ".join(sorted(values))
            raise ClauseTemplateError(
                f"{where}: unknown placeholder {{{name}}}; known placeholders: {known}",
                f"{where}: penanda isian {{{name}}} tidak dikenal; penanda yang dikenal: {known}",
            )
        value = values[name]
        out.append(BLANK if value is None or value == "" else value)
    return "".join(out)


# --------------------------------------------------------------------------- the clause library


@dataclass(frozen=True)
class Recital:
    key: str
    text_id: str
    text_en: str
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClauseArticle:
    """An article of the library, its paragraphs still templates."""

    key: str
    heading_id: str
    heading_en: str
    paragraphs_id: tuple[str, ...]
    paragraphs_en: tuple[str, ...]


@dataclass(frozen=True)
class ClauseLibrary:
    instrument: Instrument
    name_id: str
    name_en: str
    title_id: tuple[str, ...]
    title_en: tuple[str, ...]
    preamble: tuple[Recital, ...]
    articles: tuple[ClauseArticle, ...]
    closing_id: str
    closing_en: str
    subjects: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def article(self, key: str) -> ClauseArticle:
        for article in self.articles:
            if article.key == key:
                return article
        raise KeyError(key)

    def placeholders(self) -> frozenset[str]:
        """Every name a text of this library may use."""
        return PLACEHOLDERS | {f"article_{a.key}" for a in self.articles}

    def templates(self) -> list[tuple[str, str]]:
        """(where, template) for every text of the library, for checking."""
        name = self.instrument.value
        found = [(f"{name} / title, Indonesian line {i}", t) for i, t in enumerate(self.title_id, 1)]
        found += [(f"{name} / title, English line {i}", t) for i, t in enumerate(self.title_en, 1)]
        for recital in self.preamble:
            found += [
                (f"{name} / preamble {recital.key}, Indonesian", recital.text_id),
                (f"{name} / preamble {recital.key}, English", recital.text_en),
            ]
        for article in self.articles:
            found += [
                (f"{name} / {article.key}, Indonesian paragraph {i}", t) for i, t in enumerate(article.paragraphs_id, 1)
            ]
            found += [
                (f"{name} / {article.key}, English paragraph {i}", t) for i, t in enumerate(article.paragraphs_en, 1)
            ]
        found += [(f"{name} / closing, Indonesian", self.closing_id), (f"{name} / closing, English", self.closing_en)]
        return found


def resources_path() -> Path:
    """The program's ``resources/`` folder (clause library, fonts, translations).

    The first ``<root>/resources`` holding the clause library, among the roots of
    :func:`secretariat.install_paths.install_roots` (the same places the GUI looks for its forms).
    """
    return _resources_path()


@cache
def _resources_path() -> Path:
    candidates = [root / "resources" for root in install_roots()]
    for candidate in candidates:
        if (candidate / "clauses").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ClauseLibraryError(
        f"the program's resources folder is missing (looked in {tried}); reinstall the program",
        f"folder resources program tidak ditemukan (dicari di {tried}); pasang ulang program",
    )


def clauses_path() -> Path:
    return resources_path() / "clauses"


def load_clause_library(instrument: Instrument | str, directory: Path | None = None) -> ClauseLibrary:
    """Read and check ``<directory>/<instrument>.json`` (default: the bundled library)."""
    try:
        kind = Instrument(instrument)
    except ValueError:
        kind = None
    if kind not in DRAFTABLE:
        allowed = ", ".join(i.value for i in DRAFTABLE)
        raise ClauseLibraryError(
            f"instrument: there is no clause library for '{instrument}' (only {allowed})",
            f"instrumen: tidak ada pustaka klausul untuk '{instrument}' (hanya {allowed})",
        )
    return _load(kind, (directory or clauses_path()).resolve())


@cache
def _load(instrument: Instrument, directory: Path) -> ClauseLibrary:
    path = directory / f"{instrument.value}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClauseLibraryError(f"clause library {path} is missing", f"pustaka klausul {path} tidak ada") from None
    except json.JSONDecodeError as exc:
        raise ClauseLibraryError(
            f"clause library {path}: not valid JSON ({exc})", f"pustaka klausul {path}: bukan JSON yang sah ({exc})"
        ) from None
    library = _parse(raw, str(path))
    if library.instrument != instrument:
        raise ClauseLibraryError(
            f"clause library {path} is for '{library.instrument}', expected '{instrument}'",
            f"pustaka klausul {path} untuk '{library.instrument}', seharusnya '{instrument}'",
        )
    check_library(library)
    return library


def _parse(raw: object, source: str) -> ClauseLibrary:
    def fail(what: str) -> ClauseLibraryError:
        return ClauseLibraryError(f"clause library {source}: {what}", f"pustaka klausul {source}: {what}")

    def text(obj: Mapping[str, object], key: str, where: str) -> str:
        value = obj.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{where} needs a non-empty text '{key}'")
        return value

    def lines(obj: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
        value = obj.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"{where} needs '{key}' as a list of non-empty texts")
        return tuple(value)

    if not isinstance(raw, dict):
        raise fail("the file must hold one JSON object")
    try:
        instrument = Instrument(raw.get("instrument"))
    except ValueError:
        raise fail(f"unknown instrument {raw.get('instrument')!r}") from None
    title = raw.get("title")
    if not isinstance(title, dict):
        raise fail("'title' must be an object with 'id' and 'en' line lists")
    recitals = []
    for index, item in enumerate(raw.get("preamble") or [], 1):
        if not isinstance(item, dict):
            raise fail(f"preamble item {index} must be an object")
        where = f"preamble item {index}"
        requires = item.get("requires", [])
        if not isinstance(requires, list) or not all(r in _OPTIONAL_FACTS for r in requires):
            raise fail(f"{where}: 'requires' may list only {', '.join(sorted(_OPTIONAL_FACTS))}")
        recitals.append(
            Recital(text(item, "key", where), text(item, "id", where), text(item, "en", where), tuple(requires))
        )
    if not recitals:
        raise fail("the preamble is empty")
    articles = []
    for index, item in enumerate(raw.get("articles") or [], 1):
        if not isinstance(item, dict):
            raise fail(f"article {index} must be an object")
        where = f"article {index}"
        articles.append(
            ClauseArticle(
                text(item, "key", where),
                text(item, "heading_id", where),
                text(item, "heading_en", where),
                lines(item, "id", where),
                lines(item, "en", where),
            )
        )
    closing = raw.get("closing")
    if not isinstance(closing, dict):
        raise fail("'closing' must be an object with 'id' and 'en'")
    subjects: dict[str, tuple[str, str]] = {}
    for key, names in (raw.get("subjects") or {}).items():
        if not isinstance(names, dict):
            raise fail(f"subject '{key}' must be an object with 'id' and 'en'")
        subjects[key] = (text(names, "id", f"subject '{key}'"), text(names, "en", f"subject '{key}'"))
    return ClauseLibrary(
        instrument=instrument,
        name_id=text(raw, "name_id", "the library"),
        name_en=text(raw, "name_en", "the library"),
        title_id=lines(title, "id", "the title"),
        title_en=lines(title, "en", "the title"),
        preamble=tuple(recitals),
        articles=tuple(articles),
        closing_id=text(closing, "id", "the closing"),
        closing_en=text(closing, "en", "the closing"),
        subjects=subjects,
    )


def check_library(library: ClauseLibrary) -> None:
    """Refuse a library that lacks a standard article, repeats a key, or uses an unknown placeholder."""
    name = library.instrument.value
    keys = [a.key for a in library.articles]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ClauseLibraryError(
            f"clause library {name}: article key(s) used twice: {', '.join(duplicates)}",
            f"pustaka klausul {name}: kunci pasal ganda: {', '.join(duplicates)}",
        )
    missing = [k for k in ARTICLE_KEYS if k not in keys]
    if missing:
        raise ClauseLibraryError(
            f"clause library {name}: missing article(s) {', '.join(missing)}",
            f"pustaka klausul {name}: pasal {', '.join(missing)} tidak ada",
        )
    known = library.placeholders()
    for where, template in library.templates():
        fill_template(template, dict.fromkeys(known, "x"), where)


# --------------------------------------------------------------------------- filling


def _language_names(ctx: DraftContext) -> tuple[str, str, str, str]:
    """(languages_id, languages_en, prevailing_id, prevailing_en)."""
    names_id = ["bahasa Indonesia"]
    names_en = ["Indonesian"]
    if ctx.third_language:
        names_id.append(ctx.third_language[0])
        names_en.append(ctx.third_language[1])
    names_id.append("bahasa Inggris")
    names_en.append("English")
    if ctx.prevailing == "id":
        prevailing = ("bahasa Indonesia", "Indonesian")
    elif ctx.prevailing == "third":
        if not ctx.third_language:
            raise ClauseTemplateError(
                "prevailing: the third language's text cannot prevail when no third language is given",
                "prevailing: naskah bahasa ketiga tidak dapat berlaku bila bahasa ketiga tidak ditentukan",
            )
        prevailing = ctx.third_language
    else:
        prevailing = ("bahasa Inggris", "English")
    return (_join_inline(names_id, "dan", True), _join_inline(names_en, "and", False), *prevailing)


def draft_values(ctx: DraftContext, library: ClauseLibrary) -> dict[str, str | None]:
    """The value of every placeholder for one agreement (None where the record has none yet)."""

    def maybe(value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    values: dict[str, str | None] = {}
    for side, party in (("first", ctx.first_party), ("second", ctx.second_party)):
        values[f"{side}_party_id"] = maybe(party.name_id)
        values[f"{side}_party_en"] = maybe(party.name_en)
        values[f"{side}_head_name"] = maybe(party.head_name)
        values[f"{side}_head_title_id"] = maybe(party.head_title_id)
        values[f"{side}_head_title_en"] = maybe(party.head_title_en)
        values[f"{side}_country_id"] = maybe(party.country_id)
        values[f"{side}_country_en"] = maybe(party.country_en)
        values[f"{side}_sign_place"] = maybe(party.sign_place) or maybe(ctx.sign_place)
    sectors = [SectorName(*s) for s in ctx.sectors]
    names_id = [_lower_first(s.name_id) for s in sectors]
    names_en = [_lower_first(s.name_en) for s in sectors]
    languages_id, languages_en, prevailing_id, prevailing_en = _language_names(ctx)
    values |= {
        "subject_id": maybe(ctx.subject_id),
        "subject_en": maybe(ctx.subject_en),
        "sectors_id": _join_inline(names_id, "dan", True) or None,
        "sectors_en": _join_inline(names_en, "and", False) or None,
        "sectors_list_id": _lettered_list(names_id, "dan"),
        "sectors_list_en": _lettered_list(names_en, "and"),
        "term_id": duration_id(ctx.term_months) if ctx.term_months else None,
        "term_en": duration_en(ctx.term_months) if ctx.term_months else None,
        "notice_id": duration_id(ctx.notice_months) if ctx.notice_months else None,
        "notice_en": duration_en(ctx.notice_months) if ctx.notice_months else None,
        "sign_place": maybe(ctx.sign_place),
        "sign_date_id": format_date_id(ctx.sign_date) if ctx.sign_date else None,
        "sign_date_en": format_date_en(ctx.sign_date) if ctx.sign_date else None,
        "number": maybe(ctx.number),
        "partner_number": maybe(ctx.partner_number),
        "originals_id": count_id(ctx.originals),
        "originals_en": count_en(ctx.originals),
        "languages_id": languages_id,
        "languages_en": languages_en,
        "prevailing_id": prevailing_id,
        "prevailing_en": prevailing_en,
        "loi_place": maybe(ctx.loi_place),
        "loi_date_id": format_date_id(ctx.loi_date) if ctx.loi_date else None,
        "loi_date_en": format_date_en(ctx.loi_date) if ctx.loi_date else None,
        "parent_title_id": maybe(ctx.parent_title_id),
        "parent_title_en": maybe(ctx.parent_title_en),
        "parent_place": maybe(ctx.parent_place),
        "parent_date_id": format_date_id(ctx.parent_date) if ctx.parent_date else None,
        "parent_date_en": format_date_en(ctx.parent_date) if ctx.parent_date else None,
    }
    for position, article in enumerate(library.articles, 1):
        values[f"article_{article.key}"] = str(position)
    return values


def fill_title(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    """The title in capitals, Indonesian and English, lines separated by newlines."""
    values = draft_values(ctx, library)
    name = library.instrument.value
    title_id = [
        fill_template(t, values, f"{name} / title, Indonesian line {i}") for i, t in enumerate(library.title_id, 1)
    ]
    title_en = [
        fill_template(t, values, f"{name} / title, English line {i}") for i, t in enumerate(library.title_en, 1)
    ]
    return "\n".join(title_id).upper(), "\n".join(title_en).upper()


def _present(ctx: DraftContext, fact: str) -> bool:
    value = getattr(ctx, fact)
    return value is not None and value != "" and value != ()


def fill_preamble(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    """The recitals whose facts are known, Indonesian and English, paragraphs separated by newlines."""
    values = draft_values(ctx, library)
    name = library.instrument.value
    left, right = [], []
    for recital in library.preamble:
        if not all(_present(ctx, fact) for fact in recital.requires):
            continue
        left.append(fill_template(recital.text_id, values, f"{name} / preamble {recital.key}, Indonesian"))
        right.append(fill_template(recital.text_en, values, f"{name} / preamble {recital.key}, English"))
    return "\n".join(left), "\n".join(right)


def fill_articles(library: ClauseLibrary, ctx: DraftContext) -> list[Article]:
    """The library's articles with the agreement's facts filled in."""
    values = draft_values(ctx, library)
    name = library.instrument.value
    articles = []
    for article in library.articles:
        text_id = [
            fill_template(t, values, f"{name} / {article.key}, Indonesian paragraph {i}")
            for i, t in enumerate(article.paragraphs_id, 1)
        ]
        text_en = [
            fill_template(t, values, f"{name} / {article.key}, English paragraph {i}")
            for i, t in enumerate(article.paragraphs_en, 1)
        ]
        articles.append(
            Article(article.key, article.heading_id, article.heading_en, "\n".join(text_id), "\n".join(text_en))
        )
    return articles


def fill_closing(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    values = draft_values(ctx, library)
    name = library.instrument.value
    return (
        fill_template(library.closing_id, values, f"{name} / closing, Indonesian"),
        fill_template(library.closing_en, values, f"{name} / closing, English"),
    )


def build_draft(
    ctx: DraftContext,
    *,
    version: int = 1,
    paper: Paper | PaperSize = "a4",
    final: bool = False,
    logo_png: bytes | None = None,
    articles: Sequence[Article] | None = None,
    library: ClauseLibrary | None = None,
) -> DraftDocument:
    """A whole draft from the clause library; ``articles`` replaces the library's (an agreement's edited text)."""
    library = library or load_clause_library(ctx.instrument)
    title_id, title_en = fill_title(library, ctx)
    preamble_id, preamble_en = fill_preamble(library, ctx)
    closing_id, closing_en = fill_closing(library, ctx)
    return DraftDocument(
        number=ctx.number,
        version=version,
        title_id=title_id,
        title_en=title_en,
        instrument=library.instrument,
        first_party=ctx.first_party,
        second_party=ctx.second_party,
        preamble_id=preamble_id,
        preamble_en=preamble_en,
        articles=list(articles) if articles is not None else fill_articles(library, ctx),
        sign_place=ctx.sign_place,
        sign_date=ctx.sign_date,
        paper=paper,
        final=final,
        logo_png=logo_png,
        closing_id=closing_id,
        closing_en=closing_en,
    )
