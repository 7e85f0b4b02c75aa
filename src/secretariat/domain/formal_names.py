"""Countries and parties as the running text of an agreement names them.

An agreement writes "Republik Polandia" and "the Republic of Poland", not the
short names a register shows ("Polandia", "Poland"). The English form is the
ISO 3166 official name (pycountry) with "the"; the Indonesian form turns the
official name's state form ("Federal Republic of ...") into Indonesian
("Republik Federal ...") before the Indonesian short name. Where that cannot
be done word for word, the short names are used: a clerk edits the preamble of
a draft where the wording must differ. A few names follow settled Indonesian
usage rather than the rule (:data:`FORMAL_NAMES`).
"""

from __future__ import annotations

import re

import pycountry

#: (Indonesian, English) formal names that do not follow the word-for-word rule.
FORMAL_NAMES: dict[str, tuple[str, str]] = {
    "ID": ("Republik Indonesia", "the Republic of Indonesia"),
    "KR": ("Republik Korea", "the Republic of Korea"),
    "KP": ("Republik Rakyat Demokratik Korea", "the Democratic People's Republic of Korea"),
    "CN": ("Republik Rakyat Tiongkok", "the People's Republic of China"),
    "TW": ("Taiwan", "Taiwan"),
    "US": ("Amerika Serikat", "the United States of America"),
    "GB": (
        "Persatuan Kerajaan Britania Raya dan Irlandia Utara",
        "the United Kingdom of Great Britain and Northern Ireland",
    ),
    "AE": ("Persatuan Emirat Arab", "the United Arab Emirates"),
    "RU": ("Federasi Rusia", "the Russian Federation"),
    "LA": ("Republik Demokratik Rakyat Laos", "the Lao People's Democratic Republic"),
    "VN": ("Republik Sosialis Vietnam", "the Socialist Republic of Viet Nam"),
    "TL": ("Republik Demokratik Timor-Leste", "the Democratic Republic of Timor-Leste"),
}

#: The state form's head noun ("Republic" in "Federal Republic of").
_HEADS = {
    "Republic": "Republik",
    "Kingdom": "Kerajaan",
    "State": "Negara",
    "Commonwealth": "Persemakmuran",
    "Federation": "Federasi",
    "Principality": "Kepangeranan",
    "Duchy": "Keharyapatihan",
    "Sultanate": "Kesultanan",
    "Union": "Uni",
    "Emirate": "Keamiran",
    "Confederation": "Konfederasi",
}
#: Words before the head; Indonesian puts them after it, in reverse order
#: ("Democratic People's Republic" -> "Republik Rakyat Demokratik").
_MODIFIERS = {
    "Federal": "Federal",
    "Socialist": "Sosialis",
    "People's": "Rakyat",
    "Democratic": "Demokratik",
    "Islamic": "Islam",
    "Arab": "Arab",
    "Federative": "Federatif",
    "United": "Persatuan",
    "Bolivarian": "Bolivarian",
    "Plurinational": "Plurinasional",
    "Oriental": "Timur",
    "Co-operative": "Kooperatif",
    "Independent": "Merdeka",
    "Hashemite": "Hasyimiyah",
    "Grand": "Agung",
}
#: Short English names that take "the" in running text.
_WITH_ARTICLE = re.compile(
    r"^(United |Czech Republic|Central African|Dominican Republic)|"
    r"(Islands|Emirates|Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros)$"
)
_STATE_FORM = re.compile(r"^(?P<form>.+?) of (?:the )?(?P<rest>.+)$")


def formal_country_names(code: str, name_id: str, name_en: str) -> tuple[str, str]:
    """("Republik Polandia", "the Republic of Poland") for PL, given the short names a register shows."""
    code = (code or "").strip().upper()
    if code in FORMAL_NAMES:
        return FORMAL_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if code else None
    official = getattr(country, "official_name", None) if country is not None else None
    if not official or official in (name_en, getattr(country, "name", None)):
        english = f"the {name_en}" if _WITH_ARTICLE.search(name_en) else name_en
        return name_id, english
    return _indonesian_form(official, name_id), f"the {official}"


def _indonesian_form(official: str, name_id: str) -> str:
    match = _STATE_FORM.match(official)
    if match is None:
        # "French Republic", "Swiss Confederation": the adjective is the country's name.
        head = _HEADS.get(official.rsplit(maxsplit=1)[-1])
        return f"{head} {name_id}" if head is not None and len(official.split()) == 2 else name_id
    words = match.group("form").split()
    head = _HEADS.get(words[-1])
    modifiers = [_MODIFIERS.get(word) for word in reversed(words[:-1])]
    if head is None or any(m is None for m in modifiers):
        return name_id
    return " ".join([head, *(m for m in modifiers if m), name_id])


#: English name endings of bodies that English running text names with "the" ("the Queensland Government").
_BODY_NOUNS = frozenset(
    {
        "Government",
        "Agency",
        "Programme",
        "Program",
        "Organization",
        "Organisation",
        "Municipality",
        "Committee",
        "Council",
        "Administration",
        "Office",
        "Foundation",
        "Fund",
        "Bank",
        "Commission",
        "Authority",
        "Association",
        "Centre",
        "Center",
        "Ministry",
        "Corporation",
        "Institute",
        "Secretariat",
        "Network",
    }
)
#: Company forms: a company's name takes no article ("Rheinwerk Logistik GmbH").
_COMPANY_FORMS = re.compile(
    r"(\b(GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|PLC|plc|Corp\.?|Co\.|S\.A\.|B\.V\.|N\.V\.|Pty|K\.K\.|SE|S\.p\.A\.|Tbk\.?)|"
    r"株式会社)\s*$"
)
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "(JICA)"


def needs_article(name: str) -> bool:
    """Whether English running text writes "the" before this name.

    "the City of Düsseldorf", "the Queensland Government", "the Japan International Cooperation Agency
    (JICA)", "the State Capital Düsseldorf"; but "Kyushu University", "Aichi Prefecture", "Busan
    Metropolitan City", "Kansai Marine Foods Co., Ltd.". A name typed with its "the" keeps it.
    """
    text = " ".join((name or "").split())
    if not text:
        return False
    if text[:4].lower() == "the ":
        return True
    if _COMPANY_FORMS.search(text):
        return False
    core = _TRAILING_NOTE.sub("", text)
    if " of " in f" {core} ".replace(" of the ", " of "):
        return True
    if core.startswith(("State Capital ", "Free and Hanseatic ", "Federal ", "United ")):
        return True
    last = core.rsplit(maxsplit=1)[-1] if core else ""
    return last in _BODY_NOUNS


def english_running_name(name: str) -> str:
    """The name as an English sentence writes it, with "the" where English needs it (lower case "the")."""
    text = " ".join((name or "").split())
    bare = without_article(text)
    return f"the {bare}" if needs_article(text) else bare


#: Words of a country's name that do not tell the country ("Korea Selatan", "the Republic of Korea").
_GENERIC_COUNTRY_WORDS = frozenset(
    {
        *("the", "of", "and", "republic", "republik", "kingdom", "kerajaan", "federal", "federation", "federasi"),
        *("state", "states", "negara", "united", "persatuan", "serikat", "people's", "rakyat", "democratic"),
        *("demokratik", "socialist", "sosialis", "islamic", "islam", "south", "north", "selatan", "utara"),
        *("east", "west", "timur", "barat"),
    }
)


def names_country(name: str, country_names: tuple[str, ...]) -> bool:
    """Whether a party's name already says its country ("Badan Kerja Sama Internasional Korea (KOICA)" says
    "Korea Selatan" / "Republik Korea"): every telling word of one of the country's names is in it."""
    words = set(re.findall(r"[\w']+", (name or "").casefold()))
    for country in country_names:
        telling = set(re.findall(r"[\w']+", (country or "").casefold())) - _GENERIC_COUNTRY_WORDS
        if telling and telling <= words:
            return True
    return False


def without_article(name: str) -> str:
    """ "The University of Western Australia" -> "University of Western Australia" (templates add "the")."""
    name = (name or "").strip()
    return name[4:].lstrip() if name[:4].lower() == "the " else name


__all__ = [
    "FORMAL_NAMES",
    "english_running_name",
    "formal_country_names",
    "names_country",
    "needs_article",
    "without_article",
]
