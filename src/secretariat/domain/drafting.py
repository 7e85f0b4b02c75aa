"""Drafting a bilingual agreement: the clause library, its placeholders, and the draft's plain data.

The clause library lives in ``resources/clauses/<instrument>.json``: the
paragraph that introduces a party (one per kind of party), phrases that
differ by the kind of agreement or the number of parties, the preamble's
recitals and the articles (objective, scope, forms of cooperation,
implementation, other parties, financing, disputes, amendment, entry into
force, authentic texts), each in Indonesian and English, paragraph by
paragraph, and the closing formula. Texts name the agreement's facts with
placeholders such as ``{first_party_id}`` or ``{term_en}``;
:func:`fill_template` replaces them and refuses an unknown name with a message
saying which clause and paragraph uses it. A placeholder whose value the
record does not have yet (no signing date, no head's name) prints as a dotted
blank, as on a paper draft; :func:`signing_blanks` names every such blank, so
that a final text is never printed with one.

**Wording by kind of party.** A recital or closing may be marked for the
``ksdpl`` variant (cooperation with foreign regional governments: sister
relationship, "antardaerah", each party authorised by its government) or the
``ksdll`` variant (cooperation with an institution: its mandate, no claim that
it represents a government). :func:`wording_variant` picks the variant from
the parties: KSDPL wording only when every party is a government.

**Titles are composed**, never cut from a stored title: the instrument's name,
the parties (each named once, in the column's language, with its country
where the name does not say it), the subject and the parties' numbers
(:func:`compose_title`). Any number of parties from two up is named "PIHAK
PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA", ...

The documents layer renders a :class:`DraftDocument`. Nothing here imports
Qt, SQLAlchemy or another layer.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

from babel.dates import format_date

from secretariat.domain.enums import AgreementKind, Instrument, PaperSize
from secretariat.domain.errors import Problem, UserError
from secretariat.install_paths import install_roots

#: Printed where the record has no value yet; the clerk fills it in by hand or later.
BLANK = "...................."
#: A run of dots this long in a text is a blank left to fill (a final text may hold none).
_BLANK_RUN = re.compile(r"\.{5,}|…{2,}")

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

#: The clause library's file format this program reads.
LIBRARY_FORMAT = 2

Paper = Literal["a4", "f4"]
Variant = Literal["ksdpl", "ksdll"]
VARIANTS: tuple[str, ...] = ("ksdpl", "ksdll")


class PartyKind:
    """How the text introduces a party (the clause library has one paragraph for each)."""

    GOVERNMENT = "government"  # our region, a foreign regional government
    INSTITUTION = "institution"  # a university, agency, company, NGO
    INTERNATIONAL = "international_organisation"

    ALL = (GOVERNMENT, INSTITUTION, INTERNATIONAL)


#: "PIHAK PERTAMA" ... and "the First Party" ...: the naming of up to ten parties.
_ORDINALS_ID: tuple[str, ...] = (
    *("PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"),
    *("KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"),
)
_ORDINALS_EN = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")
MAX_PARTIES = len(_ORDINALS_EN)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def designation_id(index: int) -> str:
    """ "PIHAK PERTAMA" for the first party (index 0)."""
    return f"PIHAK {_ORDINALS_ID[index]}"


def designation_en(index: int) -> str:
    """ "the First Party" for the first party (index 0)."""
    return f"the {_ORDINALS_EN[index]} Party"


def roman(index: int) -> str:
    """ "I", "II", ... for the party at ``index`` (the initials boxes)."""
    return _ROMAN[index]


# --------------------------------------------------------------------------- plain data of a draft


@dataclass(frozen=True)
class Party:
    """One party as the text names it.

    ``name_en`` is written as English running text writes it, with "the" where
    English needs one ("the City of Düsseldorf", "Kyushu University"); a text
    capitalises it at the start of a sentence. Countries are written formally
    ("Republik Indonesia", "the Republic of Poland", "Japan"). ``number`` is the
    party's own reference number of the agreement. ``show_country``: the title
    block and the signature block name the country on a line of its own (not
    when the name already says it, nor for an international organisation).
    ``type_id`` / ``type_en`` say what an institution is ("suatu perguruan
    tinggi" / "a university").
    """

    name_id: str
    name_en: str
    head_name: str | None
    head_title_id: str | None
    head_title_en: str | None
    country_id: str
    country_en: str
    sign_place: str | None = None
    kind: str = PartyKind.GOVERNMENT
    number: str | None = None
    show_country: bool = True
    type_id: str | None = None
    type_en: str | None = None


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
    """Everything the PDF of a draft (or final) agreement text shows.

    ``parties`` are in order, our region first. ``title_id`` / ``title_en``
    are the composed title's lines (newline-separated, capitals); the numbers
    are printed under it from the parties' ``number``.
    """

    version: int
    title_id: str
    title_en: str
    instrument: Instrument | str
    parties: tuple[Party, ...]
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
    text_sha256: str = ""  # what identifies the text (see text_digest); kept in the PDF's metadata

    @property
    def number(self) -> str | None:
        """The region's number (the first party's)."""
        return self.parties[0].number if self.parties else None

    @property
    def first_party(self) -> Party:
        return self.parties[0]

    @property
    def second_party(self) -> Party:
        return self.parties[1]


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

    ``parties``: our region first, then the partners in order (two or more in
    all). ``kind`` is the agreement's kind (KSDPL, KSDLL); the wording follows
    the parties (:func:`wording_variant`). ``sectors`` are (Indonesian,
    English) names in the order they are listed. ``third_language`` is the
    partner's language when the texts are also made in it, e.g. ``("bahasa
    Polandia", "Polish")``. ``prevailing`` picks the text that prevails on a
    divergence: "en", "id" or "third". ``parent_*`` describe the agreement an
    implementing arrangement rests on (``parent_title_*``: how the text names
    it, e.g. "Nota Kesepahaman antara ... tentang ...").
    ``originals`` defaults to one original per party.
    """

    instrument: Instrument | str
    parties: Sequence[Party]
    subject_id: str | None
    subject_en: str | None
    kind: AgreementKind | str = AgreementKind.KSDPL
    sectors: Sequence[SectorName | tuple[str, str]] = ()
    term_months: int | None = None
    notice_months: int | None = None
    sign_place: str | None = None
    sign_date: date | None = None
    originals: int | None = None
    third_language: tuple[str, str] | None = None
    prevailing: Literal["en", "id", "third"] = "en"
    loi_place: str | None = None
    loi_date: date | None = None
    parent_title_id: str | None = None
    parent_title_en: str | None = None
    parent_place: str | None = None
    parent_date: date | None = None

    @property
    def number(self) -> str | None:
        return self.parties[0].number if self.parties else None

    @property
    def partners(self) -> tuple[Party, ...]:
        return tuple(self.parties[1:])


#: Context fields a recital may require (it is left out when the field is empty).
_OPTIONAL_FACTS = frozenset(
    {
        "loi_place",
        "loi_date",
        "parent_title_id",
        "parent_title_en",
        "parent_place",
        "parent_date",
        "third_language",
        "sign_date",
        "sign_place",
    }
)

_SIDE_ITEMS = (
    "party_id",
    "party_en",
    "head_name",
    "head_title_id",
    "head_title_en",
    "country_id",
    "country_en",
    "sign_place",
)

#: Every placeholder a clause text may use, besides ``article_<key>`` (the number of an article) and the
#: library's phrases (``<phrase>_id`` / ``<phrase>_en``).
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        *(f"{side}_{item}" for side in ("first", "second") for item in _SIDE_ITEMS),
        "partners_id",
        "partners_en",
        "countries_id",
        "countries_en",
        "designations_id",
        "designations_en",
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

#: The placeholders of the paragraph that introduces one party.
PARTY_PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "party_id",
        "party_en",
        "head_name",
        "head_title_id",
        "head_title_en",
        "country_id",
        "country_en",
        "type_id",
        "type_en",
        "designation_id",
        "designation_en",
    }
)


# --------------------------------------------------------------------------- errors


class ClauseTemplateError(UserError):
    """A clause text names a placeholder drafting does not know, or is malformed."""


class ClauseLibraryError(UserError):
    """A clause library file is missing or does not have the expected shape."""


# --------------------------------------------------------------------------- formats


# Kept per date: Babel takes some 25 microseconds a date, and a dashboard's warnings name the same few
# hundred dates over and over (1,656 of them, 20 ms, on the 100,000-partner demo).
@lru_cache(maxsize=4096)
def format_date_id(value: date) -> str:
    """ "31 Desember 2026"."""
    return format_date(value, "d MMMM y", locale="id")


@lru_cache(maxsize=4096)
def format_date_en(value: date) -> str:
    """ "31 December 2026"."""
    return format_date(value, "d MMMM y", locale="en")


def _in_words(number: int, language: str) -> str:
    # num2words loads its forty languages when imported: only when a count is written, not with the models.
    from num2words import num2words

    return str(num2words(number, lang=language))


def count_id(number: int) -> str:
    """Indonesian legal style: "2 (dua)"."""
    return f"{number} ({_in_words(number, 'id')})"


def count_en(number: int) -> str:
    """English legal style: "two (2)"."""
    return f"{_in_words(number, 'en')} ({number})"


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


_LIST_LABEL = re.compile(r"^([a-z]{1,2}\.|\(\d+\)|\d+\.)\s")


def upper_first(text: str) -> str:
    """The text with its first letter in capitals ("the City of ..." at the start of a sentence); a list item
    ("a. ...", "(1) ...") keeps its label as it is."""
    if _LIST_LABEL.match(text):
        return text
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def join_inline(items: Sequence[str], conjunction: str, serial_comma: bool) -> str:
    """ "a dan b", "a, b, dan c" (Indonesian writes the serial comma), "a, b and c".

    When an item holds the conjunction itself ("ekonomi dan perdagangan"), the list is set apart with a comma
    before the last item ("ekonomi dan perdagangan, serta pariwisata"; "economy and trade, and tourism").
    """
    if len(items) <= 1:
        return "".join(items)
    inner = any(f" {conjunction} " in f" {item} " for item in items)
    last = "serta" if inner and conjunction == "dan" else conjunction
    if len(items) == 2:
        return f"{items[0]}, {last} {items[1]}" if inner else f"{items[0]} {conjunction} {items[1]}"
    comma = "," if serial_comma or inner else ""
    return f"{', '.join(items[:-1])}{comma} {last} {items[-1]}"


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
class Bilingual:
    id: str
    en: str


@dataclass(frozen=True)
class Recital:
    key: str
    text_id: str
    text_en: str
    requires: tuple[str, ...] = ()
    variant: str | None = None  # "ksdpl" / "ksdll": only in that wording; None: in both


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
    party_paragraphs: Mapping[str, Bilingual]  # PartyKind -> the paragraph introducing such a party
    party_and: Bilingual  # "dan" / "and" between the last two parties
    phrases: Mapping[str, Mapping[str, Bilingual]]  # name -> {"ksdpl"|"ksdll"|"two"|"many"|"any": text}
    preamble: tuple[Recital, ...]
    articles: tuple[ClauseArticle, ...]
    closing: Mapping[str, Bilingual]  # "ksdpl" / "ksdll"
    subjects: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def article(self, key: str) -> ClauseArticle:
        for article in self.articles:
            if article.key == key:
                return article
        raise KeyError(key)

    def placeholders(self) -> frozenset[str]:
        """Every name a text of this library may use."""
        names = {f"article_{a.key}" for a in self.articles}
        names |= {f"{phrase}_{language}" for phrase in self.phrases for language in ("id", "en")}
        return PLACEHOLDERS | names

    def templates(self) -> list[tuple[str, str]]:
        """(where, template) for every text of the library that uses the agreement's placeholders."""
        name = self.instrument.value
        found: list[tuple[str, str]] = []
        for phrase, options in self.phrases.items():
            for option, text in options.items():
                found += [
                    (f"{name} / phrase {phrase} ({option}), Indonesian", text.id),
                    (f"{name} / phrase {phrase} ({option}), English", text.en),
                ]
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
        for variant, text in self.closing.items():
            found += [(f"{name} / closing ({variant}), Indonesian", text.id)]
            found += [(f"{name} / closing ({variant}), English", text.en)]
        return found

    def uses(self, placeholder: str) -> bool:
        """Whether some text of the library uses the placeholder (e.g. ``notice_id``)."""
        return any(placeholder in template_fields(t) for _, t in self.templates())


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


_PHRASE_OPTIONS = frozenset({"ksdpl", "ksdll", "two", "many", "any"})


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

    def pair(obj: object, where: str) -> Bilingual:
        if not isinstance(obj, dict):
            raise fail(f"{where} must be an object with 'id' and 'en'")
        return Bilingual(text(obj, "id", where), text(obj, "en", where))

    if not isinstance(raw, dict):
        raise fail("the file must hold one JSON object")
    if raw.get("format") != LIBRARY_FORMAT:
        raise fail(f"'format' must be {LIBRARY_FORMAT} (this program's clause library format)")
    try:
        instrument = Instrument(str(raw.get("instrument")))
    except ValueError:
        raise fail(f"unknown instrument {raw.get('instrument')!r}") from None
    parties = raw.get("parties")
    if not isinstance(parties, dict):
        raise fail(f"'parties' must be an object with a paragraph for each of {', '.join(PartyKind.ALL)} and 'and'")
    party_paragraphs = {kind: pair(parties.get(kind), f"parties / {kind}") for kind in PartyKind.ALL}
    party_and = pair(parties.get("and"), "parties / and")
    phrases: dict[str, dict[str, Bilingual]] = {}
    for name, options in (raw.get("phrases") or {}).items():
        if not isinstance(name, str) or not name.isidentifier() or not isinstance(options, dict) or not options:
            raise fail(f"phrase '{name}' must be an object of options ({', '.join(sorted(_PHRASE_OPTIONS))})")
        unknown = set(options) - _PHRASE_OPTIONS
        if unknown:
            raise fail(f"phrase '{name}': unknown option(s) {', '.join(sorted(unknown))}")
        by_variant = {"ksdpl", "ksdll"} & set(options)
        by_count = {"two", "many"} & set(options)
        if (by_variant and by_variant != {"ksdpl", "ksdll"}) or (by_count and by_count != {"two", "many"}):
            raise fail(f"phrase '{name}' needs both 'ksdpl' and 'ksdll', or both 'two' and 'many'")
        if by_variant and by_count:
            raise fail(f"phrase '{name}' may vary by the kind of agreement or by the number of parties, not both")
        phrases[name] = {option: pair(value, f"phrase '{name}' ({option})") for option, value in options.items()}
    recitals = []
    for index, item in enumerate(raw.get("preamble") or [], 1):
        if not isinstance(item, dict):
            raise fail(f"preamble item {index} must be an object")
        where = f"preamble item {index}"
        requires = item.get("requires", [])
        if not isinstance(requires, list) or not all(r in _OPTIONAL_FACTS for r in requires):
            raise fail(f"{where}: 'requires' may list only {', '.join(sorted(_OPTIONAL_FACTS))}")
        variant = item.get("variant")
        if variant is not None and variant not in VARIANTS:
            raise fail(f"{where}: 'variant' must be one of {', '.join(VARIANTS)}")
        recitals.append(
            Recital(
                text(item, "key", where), text(item, "id", where), text(item, "en", where), tuple(requires), variant
            )
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
    closing_raw = raw.get("closing")
    if not isinstance(closing_raw, dict):
        raise fail("'closing' must be an object with a 'ksdpl' and a 'ksdll' closing formula")
    closing = {variant: pair(closing_raw.get(variant), f"closing / {variant}") for variant in VARIANTS}
    subjects: dict[str, tuple[str, str]] = {}
    for key, names in (raw.get("subjects") or {}).items():
        if not isinstance(names, dict):
            raise fail(f"subject '{key}' must be an object with 'id' and 'en'")
        subjects[key] = (text(names, "id", f"subject '{key}'"), text(names, "en", f"subject '{key}'"))
    return ClauseLibrary(
        instrument=instrument,
        name_id=text(raw, "name_id", "the library"),
        name_en=text(raw, "name_en", "the library"),
        party_paragraphs=party_paragraphs,
        party_and=party_and,
        phrases=phrases,
        preamble=tuple(recitals),
        articles=tuple(articles),
        closing=closing,
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
    for kind, paragraph in library.party_paragraphs.items():
        for language, template in (("Indonesian", paragraph.id), ("English", paragraph.en)):
            fill_template(template, dict.fromkeys(PARTY_PLACEHOLDERS, "x"), f"{name} / parties {kind}, {language}")


# --------------------------------------------------------------------------- filling


def wording_variant(ctx: DraftContext) -> Variant:
    """KSDPL wording when every party is a government (a foreign regional government), else KSDLL."""
    if all(party.kind == PartyKind.GOVERNMENT for party in ctx.parties):
        return "ksdpl"
    return "ksdll"


def kind_mismatch(ctx: DraftContext) -> Problem | None:
    """A note when the agreement's kind and its parties disagree (the wording follows the parties)."""
    variant = wording_variant(ctx)
    kind = str(AgreementKind(ctx.kind).value) if ctx.kind in {k.value for k in AgreementKind} else str(ctx.kind)
    if kind == AgreementKind.KSDPL.value and variant == "ksdll":
        return Problem(
            "kind",
            "the agreement is recorded as KSDPL but a partner is not a regional government: the text uses the "
            "wording for institutions (KSDLL)",
            "perjanjian tercatat sebagai KSDPL tetapi ada mitra yang bukan pemerintah daerah: naskah memakai "
            "rumusan untuk lembaga (KSDLL)",
        )
    if kind == AgreementKind.KSDLL.value and variant == "ksdpl":
        return Problem(
            "kind",
            "the agreement is recorded as KSDLL but every partner is a regional government: the text uses the "
            "wording for regional governments (KSDPL)",
            "perjanjian tercatat sebagai KSDLL tetapi semua mitra adalah pemerintah daerah: naskah memakai "
            "rumusan untuk pemerintah daerah (KSDPL)",
        )
    return None


def _check_parties(ctx: DraftContext) -> None:
    if not 2 <= len(ctx.parties) <= MAX_PARTIES:
        raise ClauseTemplateError(
            f"parties: a text names 2 to {MAX_PARTIES} parties, not {len(ctx.parties)}",
            f"para pihak: naskah menyebut 2 sampai {MAX_PARTIES} pihak, bukan {len(ctx.parties)}",
        )


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
    return (join_inline(names_id, "dan", True), join_inline(names_en, "and", False), *prevailing)


def _maybe(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _distinct(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def subject_of(library: ClauseLibrary, ctx: DraftContext, region_level: str | None = None) -> tuple[str | None, ...]:
    """(Indonesian, English) subject: the agreement's own, else the library's sister subject for a KSDPL text."""
    if _maybe(ctx.subject_id) or _maybe(ctx.subject_en):
        return _maybe(ctx.subject_id), _maybe(ctx.subject_en)
    key = {"province": "sister_province", "city": "sister_city", "regency": "sister_regency"}.get(region_level or "")
    if key and wording_variant(ctx) == "ksdpl" and key in library.subjects:
        return library.subjects[key]
    return None, None


def draft_values(ctx: DraftContext, library: ClauseLibrary) -> dict[str, str | None]:
    """The value of every placeholder for one agreement (None where the record has none yet)."""
    _check_parties(ctx)
    values: dict[str, str | None] = {}
    for side, party in (("first", ctx.parties[0]), ("second", ctx.parties[1])):
        values[f"{side}_party_id"] = _maybe(party.name_id)
        values[f"{side}_party_en"] = _maybe(party.name_en)
        values[f"{side}_head_name"] = _maybe(party.head_name)
        values[f"{side}_head_title_id"] = _maybe(party.head_title_id)
        values[f"{side}_head_title_en"] = _maybe(party.head_title_en)
        values[f"{side}_country_id"] = _maybe(party.country_id)
        values[f"{side}_country_en"] = _maybe(party.country_en)
        values[f"{side}_sign_place"] = _maybe(party.sign_place) or _maybe(ctx.sign_place)
    partners = ctx.partners
    countries = [p for p in ctx.parties if p.kind != PartyKind.INTERNATIONAL]
    sectors = [SectorName(*s) for s in ctx.sectors]
    names_id = [_lower_first(s.name_id) for s in sectors]
    names_en = [_lower_first(s.name_en) for s in sectors]
    languages_id, languages_en, prevailing_id, prevailing_en = _language_names(ctx)
    designations = range(len(ctx.parties))
    values |= {
        "partners_id": join_inline([p.name_id.strip() for p in partners], "dan", True) or None,
        "partners_en": join_inline([p.name_en.strip() for p in partners], "and", False) or None,
        "countries_id": join_inline(_distinct([p.country_id.strip() for p in countries]), "dan", True) or None,
        "countries_en": join_inline(_distinct([p.country_en.strip() for p in countries]), "and", False) or None,
        "designations_id": join_inline([designation_id(i) for i in designations], "dan", True),
        "designations_en": join_inline([designation_en(i) for i in designations], "and", False),
        "subject_id": _maybe(ctx.subject_id),
        "subject_en": _maybe(ctx.subject_en),
        "sectors_id": join_inline(names_id, "dan", True) or None,
        "sectors_en": join_inline(names_en, "and", False) or None,
        "sectors_list_id": _lettered_list(names_id, "dan"),
        "sectors_list_en": _lettered_list(names_en, "and"),
        "term_id": duration_id(ctx.term_months) if ctx.term_months else None,
        "term_en": duration_en(ctx.term_months) if ctx.term_months else None,
        "notice_id": duration_id(ctx.notice_months) if ctx.notice_months else None,
        "notice_en": duration_en(ctx.notice_months) if ctx.notice_months else None,
        "sign_place": _maybe(ctx.sign_place),
        "sign_date_id": format_date_id(ctx.sign_date) if ctx.sign_date else None,
        "sign_date_en": format_date_en(ctx.sign_date) if ctx.sign_date else None,
        "originals_id": count_id(ctx.originals or len(ctx.parties)),
        "originals_en": count_en(ctx.originals or len(ctx.parties)),
        "languages_id": languages_id,
        "languages_en": languages_en,
        "prevailing_id": prevailing_id,
        "prevailing_en": prevailing_en,
        "loi_place": _maybe(ctx.loi_place),
        "loi_date_id": format_date_id(ctx.loi_date) if ctx.loi_date else None,
        "loi_date_en": format_date_en(ctx.loi_date) if ctx.loi_date else None,
        "parent_title_id": _maybe(ctx.parent_title_id),
        "parent_title_en": _maybe(ctx.parent_title_en),
        "parent_place": _maybe(ctx.parent_place),
        "parent_date_id": format_date_id(ctx.parent_date) if ctx.parent_date else None,
        "parent_date_en": format_date_en(ctx.parent_date) if ctx.parent_date else None,
    }
    for position, article in enumerate(library.articles, 1):
        values[f"article_{article.key}"] = str(position)
    variant = wording_variant(ctx)
    count = "two" if len(ctx.parties) == 2 else "many"
    name = library.instrument.value
    for phrase, options in library.phrases.items():
        chosen = options.get(variant) or options.get(count) or options.get("any") or next(iter(options.values()))
        values[f"{phrase}_id"] = fill_template(chosen.id, values, f"{name} / phrase {phrase}, Indonesian")
        values[f"{phrase}_en"] = fill_template(chosen.en, values, f"{name} / phrase {phrase}, English")
    return values


def compose_title(library: ClauseLibrary, ctx: DraftContext, region_level: str | None = None) -> tuple[str, str]:
    """The title block in capitals, Indonesian and English, lines separated by newlines.

    "NOTA KESEPAHAMAN / ANTARA / <party> / <its country> / DAN / <party> / ... / TENTANG / <subject>": each
    party named once, in the column's language; "AMONG" instead of "BETWEEN" for three parties or more.
    """
    _check_parties(ctx)
    subject_id, subject_en = subject_of(library, ctx, region_level)
    left = [library.name_id, "ANTARA"]
    right = [library.name_en, "BETWEEN" if len(ctx.parties) == 2 else "AMONG"]
    last = len(ctx.parties) - 1
    for index, party in enumerate(ctx.parties):
        if index == last:
            left.append("DAN")
            right.append("AND")
        left.append(_maybe(party.name_id) or BLANK)
        right.append(_maybe(party.name_en) or BLANK)
        if party.show_country:
            left.append(party.country_id)
            right.append(party.country_en)
    left += ["TENTANG", subject_id or BLANK]
    right += ["ON", subject_en or BLANK]
    return "\n".join(left).upper(), "\n".join(right).upper()


def reference_title(
    name_id: str, name_en: str, parties: Sequence[tuple[str, str]], subject: tuple[str | None, str | None]
) -> tuple[str, str]:
    """How a text names another agreement in running text: ("Nota Kesepahaman antara A dan B tentang S",
    "the Memorandum of Understanding between A and B on S"); ``parties`` are (Indonesian, English) names."""
    left = f"{name_id} antara {join_inline([p[0] for p in parties], 'dan', True)}"
    right = f"the {name_en} {'between' if len(parties) <= 2 else 'among'} "
    right += join_inline([p[1] for p in parties], "and", False)
    if subject[0]:
        left += f" tentang {subject[0]}"
    if subject[1]:
        right += f" on {subject[1]}"
    return left, right


def fill_title(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    """The composed title block (see :func:`compose_title`)."""
    return compose_title(library, ctx)


def _present(ctx: DraftContext, fact: str) -> bool:
    value = getattr(ctx, fact)
    return value is not None and value not in ("", ())


def _party_values(party: Party, index: int) -> dict[str, str | None]:
    return {
        "party_id": _maybe(party.name_id),
        "party_en": _maybe(party.name_en),
        "head_name": _maybe(party.head_name),
        "head_title_id": _maybe(party.head_title_id),
        "head_title_en": _maybe(party.head_title_en),
        "country_id": _maybe(party.country_id),
        "country_en": _maybe(party.country_en),
        "type_id": _maybe(party.type_id) or "suatu lembaga",
        "type_en": _maybe(party.type_en) or "an institution",
        "designation_id": designation_id(index),
        "designation_en": designation_en(index),
    }


def party_paragraphs(library: ClauseLibrary, ctx: DraftContext) -> tuple[list[str], list[str]]:
    """The paragraphs introducing the parties, "dan" / "and" before the last one, each ended by ";"."""
    _check_parties(ctx)
    name = library.instrument.value
    left: list[str] = []
    right: list[str] = []
    last = len(ctx.parties) - 1
    for index, party in enumerate(ctx.parties):
        if index == last:
            left.append(library.party_and.id)
            right.append(library.party_and.en)
        template = library.party_paragraphs.get(party.kind) or library.party_paragraphs[PartyKind.INSTITUTION]
        values = _party_values(party, index)
        where = f"{name} / parties {party.kind}"
        left.append(upper_first(fill_template(template.id, values, f"{where}, Indonesian")).rstrip(";") + ";")
        right.append(upper_first(fill_template(template.en, values, f"{where}, English")).rstrip(";") + ";")
    return left, right


def fill_preamble(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    """The parties and the recitals whose facts are known, in the agreement's wording (paragraphs by newline)."""
    values = draft_values(ctx, library)
    variant = wording_variant(ctx)
    name = library.instrument.value
    left, right = party_paragraphs(library, ctx)
    for recital in library.preamble:
        if recital.variant is not None and recital.variant != variant:
            continue
        if not all(_present(ctx, fact) for fact in recital.requires):
            continue
        where = f"{name} / preamble {recital.key}"
        left.append(upper_first(fill_template(recital.text_id, values, f"{where}, Indonesian")))
        right.append(upper_first(fill_template(recital.text_en, values, f"{where}, English")))
    return "\n".join(left), "\n".join(right)


def fill_articles(library: ClauseLibrary, ctx: DraftContext) -> list[Article]:
    """The library's articles with the agreement's facts filled in."""
    values = draft_values(ctx, library)
    name = library.instrument.value
    articles = []
    for article in library.articles:
        text_id = [
            upper_first(fill_template(t, values, f"{name} / {article.key}, Indonesian paragraph {i}"))
            for i, t in enumerate(article.paragraphs_id, 1)
        ]
        text_en = [
            upper_first(fill_template(t, values, f"{name} / {article.key}, English paragraph {i}"))
            for i, t in enumerate(article.paragraphs_en, 1)
        ]
        articles.append(
            Article(article.key, article.heading_id, article.heading_en, "\n".join(text_id), "\n".join(text_en))
        )
    return articles


def fill_closing(library: ClauseLibrary, ctx: DraftContext) -> tuple[str, str]:
    values = draft_values(ctx, library)
    variant = wording_variant(ctx)
    name = library.instrument.value
    closing = library.closing[variant]
    return (
        fill_template(closing.id, values, f"{name} / closing ({variant}), Indonesian"),
        fill_template(closing.en, values, f"{name} / closing ({variant}), English"),
    )


def build_draft(
    ctx: DraftContext,
    *,
    version: int = 1,
    paper: Paper | PaperSize = "a4",
    final: bool = False,
    logo_png: bytes | None = None,
    articles: Sequence[Article] | None = None,
    preamble: tuple[str, str] | None = None,
    library: ClauseLibrary | None = None,
    region_level: str | None = None,
) -> DraftDocument:
    """A whole draft from the clause library; ``articles`` / ``preamble`` replace the library's (an agreement's
    edited text)."""
    library = library or load_clause_library(ctx.instrument)
    title_id, title_en = compose_title(library, ctx, region_level)
    preamble_id, preamble_en = preamble if preamble is not None else fill_preamble(library, ctx)
    closing_id, closing_en = fill_closing(library, ctx)
    document = DraftDocument(
        version=version,
        title_id=title_id,
        title_en=title_en,
        instrument=library.instrument,
        parties=tuple(ctx.parties),
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
    return _with_digest(document)


# --------------------------------------------------------------------------- identity and signability


def text_digest(document: DraftDocument) -> str:
    """SHA-256 of what the text says (title, numbers, parties, preamble, articles, closing, signatures).

    Paper, draft or final, version and logo do not count: the same text printed on A4 and F4, or as the
    final copy, is one version.
    """
    content = {
        "instrument": str(getattr(document.instrument, "value", document.instrument)),
        "title": [document.title_id, document.title_en],
        "parties": [
            [
                p.name_id,
                p.name_en,
                p.head_name,
                p.head_title_id,
                p.head_title_en,
                p.country_id,
                p.country_en,
                p.sign_place,
                p.number,
                p.show_country,
            ]
            for p in document.parties
        ],
        "preamble": [document.preamble_id, document.preamble_en],
        "articles": [[a.key, a.heading_id, a.heading_en, a.text_id, a.text_en] for a in document.articles],
        "closing": [document.closing_id, document.closing_en],
        "signing": [document.sign_place, document.sign_date.isoformat() if document.sign_date else None],
    }
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def _with_digest(document: DraftDocument) -> DraftDocument:
    from dataclasses import replace

    return replace(document, text_sha256=text_digest(document))


def with_digest(document: DraftDocument) -> DraftDocument:
    """The document with its :func:`text_digest` filled in (after its text was changed)."""
    return _with_digest(document)


def _has_blank(text: str) -> bool:
    return bool(_BLANK_RUN.search(text or ""))


def signing_blanks(
    document: DraftDocument, ctx: DraftContext | None = None, library: ClauseLibrary | None = None
) -> list[Problem]:
    """Every blank that keeps the text from being signed, each named (empty: the text can be signed).

    The region's number; each party's signatory (name and title); the subject; the term and the notice
    period where the library's text speaks of them (given ``ctx`` and ``library``); any dotted blank left in
    the title, the preamble, an article or the closing. The place and date of signing may stay blank: they
    are written by hand at the signing (:func:`signing_notes`).
    """
    problems: list[Problem] = []

    def add(field_name: str, english: str, indonesian: str) -> None:
        problems.append(Problem(field_name, english, indonesian))

    parties = document.parties
    if parties and not _maybe(parties[0].number):
        add("number", "the region's number of the agreement is not assigned", "nomor perjanjian daerah belum ada")
    for index, party in enumerate(parties):
        who_en = f"{designation_en(index)} ({party.name_en.strip() or '?'})"
        who_id = f"{designation_id(index)} ({party.name_id.strip() or '?'})"
        if not _maybe(party.head_name):
            add(
                f"party {index + 1} signatory",
                f"the signatory of {who_en} is not named",
                f"penanda tangan {who_id} belum disebut",
            )
        if not _maybe(party.head_title_id) or not _maybe(party.head_title_en):
            add(
                f"party {index + 1} title",
                f"the title of the signatory of {who_en} is missing in Indonesian or English",
                f"jabatan penanda tangan {who_id} belum ada dalam bahasa Indonesia atau Inggris",
            )
    if _has_blank(document.title_id) or _has_blank(document.title_en):
        add("subject", "the title has a blank (the agreement's subject)", "judul masih kosong (pokok perjanjian)")
    if ctx is not None and library is not None:
        if not ctx.term_months and library.uses("term_id"):
            add("term", "the term of the agreement is not recorded", "jangka waktu perjanjian belum dicatat")
        if not ctx.notice_months and library.uses("notice_id"):
            add("notice", "the notice period is not recorded", "jangka waktu pemberitahuan belum dicatat")
    if _has_blank(document.preamble_id) or _has_blank(document.preamble_en):
        add("preamble", "the preamble has a blank to fill", "pembukaan masih memuat bagian kosong")
    for number, article in enumerate(document.articles, 1):
        for text, language_en, language_id in (
            (article.heading_id + "\n" + article.text_id, "Indonesian", "bahasa Indonesia"),
            (article.heading_en + "\n" + article.text_en, "English", "bahasa Inggris"),
        ):
            if _has_blank(text):
                add(
                    f"article {number}",
                    f"Article {number} ({article.heading_en.strip()}) has a blank in the {language_en} text",
                    f"Pasal {number} ({article.heading_id.strip()}) masih memuat bagian kosong dalam teks "
                    f"{language_id}",
                )
    if _has_blank(document.closing_id) or _has_blank(document.closing_en):
        add("closing", "the closing formula has a blank", "kalimat penutup masih memuat bagian kosong")
    return problems


def signing_notes(document: DraftDocument) -> list[Problem]:
    """What a final text leaves for the signing itself (not a refusal): the place and date written by hand."""
    notes = []
    if not document.sign_date or not (document.sign_place or any(p.sign_place for p in document.parties)):
        notes.append(
            Problem(
                "signing",
                "the place or date of signing is left blank, to be written by hand at the signing",
                "tempat atau tanggal penandatanganan dibiarkan kosong, diisi tangan saat penandatanganan",
            )
        )
    return notes
