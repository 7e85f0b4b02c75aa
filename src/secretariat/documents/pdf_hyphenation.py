"""Hyphenation for justified text in narrow columns, as reportlab "hyphenationLang" callables.

reportlab would build a pyphen dictionary for every paragraph it wraps; these
callables share one dictionary per language, remember each word's break
points, never break beside an existing hyphen, and leave alone what a legal text never breaks: words in capitals
("PIHAK", "UNDERSTANDING:"), words with digits, and the protected words given
(the parties' and signatories' names, places, countries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache

import pyphen

Hyphenator = Callable[[str], tuple[tuple[str, str], ...]]

_EDGE = re.compile(r"^\W+|\W+$")


@cache
def _breaks(language: str) -> Hyphenator:
    dictionary = pyphen.Pyphen(lang=language)

    @lru_cache(maxsize=20_000)
    def breaks(word: str) -> tuple[tuple[str, str], ...]:
        if word.isupper() or any(ch.isdigit() for ch in word):
            return ()
        # pyphen also offers a break *before* a hyphen ("masing" + "-masing"), which would print the
        # hyphen twice; reportlab breaks after an existing hyphen by itself (embeddedHyphenation).
        return tuple(
            (head, tail)
            for head, tail in dictionary.iterate(word)
            if not tail.startswith("-") and not head.endswith("-")
        )

    return breaks


def hyphenator(language: str, protected: Collection[str] = ()) -> Hyphenator:
    """A callable word -> ((head, tail), ...) break points, longest head first ("id_ID", "en_GB")."""
    breaks = _breaks(language)
    if not protected:
        return breaks
    keep = frozenset(protected)

    def hyphenate(word: str) -> tuple[tuple[str, str], ...]:
        if _EDGE.sub("", word) in keep:
            return ()
        return breaks(word)

    return hyphenate
