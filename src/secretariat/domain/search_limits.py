"""How long a search may be, and whether a typed search stays within it.

A register search is "search as you type": every word must match the start of a word of the record.
A search longer than the office allows (default 200 characters, 20 words; the office profile keeps
the limits) or holding control characters is refused with a sentence rather than sent to the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.domain.errors import UserError
from secretariat.domain.validation import text_problem


@dataclass(frozen=True)
class SearchLimits:
    characters: int = 200
    words: int = 20


SEARCH_LIMITS = SearchLimits()
SEARCH_CHARACTER_RANGE = (10, 10_000)  # what the office may set
SEARCH_WORD_RANGE = (1, 200)


class SearchError(UserError, ValueError):
    """A search that cannot be run as typed; nothing was searched.

    Also a ValueError, as every refusal of a register query is (the command line answers it as a
    usage error)."""

    def __str__(self) -> str:
        return self.message_en


def check_search(text: str, limits: SearchLimits = SEARCH_LIMITS) -> None:
    """Refuse a search that is too long, has too many words, or holds control characters."""
    problem = text_problem(text)
    if problem is not None:
        raise SearchError(f"The search {problem[0]}.", f"Pencarian {problem[1]}.")
    if len(text) > limits.characters:
        raise SearchError(
            f"The search is too long ({len(text):,} characters); at most {limits.characters:,} are searched. "
            "Shorten it.",
            f"Pencarian terlalu panjang ({len(text):,} karakter); paling banyak {limits.characters:,}. "
            "Perpendek pencariannya.".replace(",", "."),
        )
    words = len(text.split())
    if words > limits.words:
        raise SearchError(
            f"The search has too many words ({words:,}); at most {limits.words:,} are searched. Shorten it.",
            f"Pencarian memuat terlalu banyak kata ({words:,}); paling banyak {limits.words:,}. "
            "Perpendek pencariannya.".replace(",", "."),
        )
