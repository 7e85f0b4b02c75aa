"""File names a clerk recognises: the record's number and title and what the document is, in the
interface language ("007-KS-2026 Kerja sama pariwisata – rancangan v2.pdf"), never "agreement-17-draft-v2.pdf".

The name keeps letters of any alphabet, digits and spaces; what Windows forbids in a file name
(``< > : " / \\ | ? *`` and control characters) becomes a hyphen in a number ("007/KS/2026" ->
"007-KS-2026") and a space in a title, and a long title is cut at a word.
"""

from __future__ import annotations

import re

__all__ = ["readable_file_name"]

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_SPACES = re.compile(r"\s+")
#: Titles are cut to about this many characters (whole words), so the full path stays short.
TITLE_LIMIT = 60


def _clean(text: str, instead: str = "-") -> str:
    return _SPACES.sub(" ", _FORBIDDEN.sub(instead, text)).strip(" .-")


def _short(title: str, limit: int = TITLE_LIMIT) -> str:
    title = _clean(title, " ")
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return (cut or title[:limit]).rstrip(" ,.;:-") + "…"


def readable_file_name(number: str | None, title: str | None, what: str, suffix: str) -> str:
    """ "<number> <title> – <what>.<suffix>", leaving out what is empty."""
    head = " ".join(part for part in (_clean(number or ""), _short(title or "")) if part)
    what = _clean(what)
    stem = f"{head} – {what}" if head and what else head or what or "dokumen"
    return f"{stem}.{suffix.lstrip('.')}"
