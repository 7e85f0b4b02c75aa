"""Comparing two versions of an agreement's text, article by article, word by word.

Articles of the two versions are paired in three passes:

1. identical articles (same key, headings and texts in both languages), in order;
2. articles with the same library key, where that key occurs once among the
   articles still unpaired on each side ("custom" articles never pair by key);
3. the most similar remaining articles, best pair first, when at least half of
   their words agree.

An unpaired article of the old version was removed, one of the new version
added. A paired article whose headings or texts differ was changed (with a
word-level diff per language); one that left the order the other paired
articles keep (outside their longest common order) was moved. Numbers shifting
because an article was added or removed earlier is not a move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from secretariat.domain.drafting import Article

CUSTOM_KEY = "custom"
SIMILARITY_THRESHOLD = 0.5
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


class DiffKind(StrEnum):
    EQUAL = "equal"
    DELETED = "deleted"
    INSERTED = "inserted"


class ArticleStatus(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"  # text or heading changed (it may have moved as well: see ``moved``)
    MOVED = "moved"  # same text, another place in the order
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffPiece:
    kind: DiffKind
    text: str


def word_diff(old: str, new: str) -> tuple[DiffPiece, ...]:
    """The words of ``old`` and ``new`` as equal, deleted and inserted runs (spaces and punctuation count)."""
    before, after = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    pieces: list[DiffPiece] = []

    def add(kind: DiffKind, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].kind == kind:
            pieces[-1] = DiffPiece(kind, pieces[-1].text + text)
        else:
            pieces.append(DiffPiece(kind, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            add(DiffKind.EQUAL, before[i1:i2])
        else:
            add(DiffKind.DELETED, before[i1:i2])
            add(DiffKind.INSERTED, after[j1:j2])
    return tuple(pieces)


def is_unchanged(pieces: Sequence[DiffPiece]) -> bool:
    return all(piece.kind is DiffKind.EQUAL for piece in pieces)


@dataclass(frozen=True)
class ArticleComparison:
    """One article across two versions; numbers count from 1, None where the article is absent."""

    status: ArticleStatus
    key: str
    old_number: int | None
    new_number: int | None
    heading_id: str  # as in the new version (the old one for a removed article)
    heading_en: str
    changed: bool
    moved: bool
    heading_id_diff: tuple[DiffPiece, ...]
    heading_en_diff: tuple[DiffPiece, ...]
    text_id_diff: tuple[DiffPiece, ...]
    text_en_diff: tuple[DiffPiece, ...]


@dataclass(frozen=True)
class TextComparison:
    preamble_changed: bool
    preamble_id_diff: tuple[DiffPiece, ...]
    preamble_en_diff: tuple[DiffPiece, ...]
    articles: tuple[ArticleComparison, ...]

    @property
    def differences(self) -> tuple[ArticleComparison, ...]:
        """The articles added, removed, changed or moved."""
        return tuple(a for a in self.articles if a.status is not ArticleStatus.UNCHANGED)

    @property
    def identical(self) -> bool:
        return not self.preamble_changed and not self.differences


def _content(article: Article) -> tuple[str, str, str, str, str]:
    return (article.key, article.heading_id, article.heading_en, article.text_id, article.text_en)


def _words(article: Article) -> list[str]:
    text = " ".join((article.heading_id, article.heading_en, article.text_id, article.text_en))
    return re.findall(r"\w+", text.casefold())


def pair_articles(old: Sequence[Article], new: Sequence[Article]) -> dict[int, int]:
    """Old index -> new index for the articles that are the same article in both versions."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for i, article in enumerate(old):  # 1. identical
        for j, candidate in enumerate(new):
            if j not in taken and _content(candidate) == _content(article):
                pairs[i] = j
                taken.add(j)
                break

    def left_old() -> list[int]:
        return [i for i in range(len(old)) if i not in pairs]

    def left_new() -> list[int]:
        return [j for j in range(len(new)) if j not in taken]

    for i in left_old():  # 2. the same library key, once on each side
        key = old[i].key
        if key == CUSTOM_KEY:
            continue
        same_old = [k for k in left_old() if old[k].key == key]
        same_new = [j for j in left_new() if new[j].key == key]
        if len(same_old) == 1 and len(same_new) == 1:
            pairs[i] = same_new[0]
            taken.add(same_new[0])

    scored = []  # 3. the most similar remaining articles
    words_new = {j: _words(new[j]) for j in left_new()}
    for i in left_old():
        words_old = _words(old[i])
        for j, words in words_new.items():
            ratio = SequenceMatcher(None, words_old, words, autojunk=False).ratio()
            if ratio >= SIMILARITY_THRESHOLD:
                scored.append((-ratio, i, j))
    for _ratio, i, j in sorted(scored):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _kept_in_order(pairs: dict[int, int]) -> set[int]:
    """The old indexes on a longest run of pairs whose new indexes keep the old order."""
    ordered = sorted(pairs.items())
    if not ordered:
        return set()
    best = [1] * len(ordered)
    previous = [-1] * len(ordered)
    for b in range(len(ordered)):
        for a in range(b):
            if ordered[a][1] < ordered[b][1] and best[a] + 1 > best[b]:
                best[b], previous[b] = best[a] + 1, a
    end = max(range(len(ordered)), key=lambda k: (best[k], -k))
    kept = set()
    while end != -1:
        kept.add(ordered[end][0])
        end = previous[end]
    return kept


def compare_texts(
    old_articles: Sequence[Article],
    old_preamble: tuple[str, str],
    new_articles: Sequence[Article],
    new_preamble: tuple[str, str],
) -> TextComparison:
    """Article by article, in the new version's order, each removed article where it stood before."""
    pairs = pair_articles(old_articles, new_articles)
    by_new = {j: i for i, j in pairs.items()}
    in_order = _kept_in_order(pairs)
    entries: list[ArticleComparison] = []
    for j, article in enumerate(new_articles):
        i = by_new.get(j)
        if i is None:
            entries.append(_one_sided(article, None, j + 1, ArticleStatus.ADDED))
            continue
        before = old_articles[i]
        diffs = (
            word_diff(before.heading_id, article.heading_id),
            word_diff(before.heading_en, article.heading_en),
            word_diff(before.text_id, article.text_id),
            word_diff(before.text_en, article.text_en),
        )
        changed = not all(is_unchanged(d) for d in diffs)
        moved = i not in in_order
        status = ArticleStatus.CHANGED if changed else ArticleStatus.MOVED if moved else ArticleStatus.UNCHANGED
        entries.append(
            ArticleComparison(
                status, article.key, i + 1, j + 1, article.heading_id, article.heading_en, changed, moved, *diffs
            )
        )
    for i in sorted(set(range(len(old_articles))) - set(pairs), reverse=True):
        anchor = max((k for k in pairs if k < i), default=None)
        place = (
            0
            if anchor is None
            else next(
                n for n, e in enumerate(entries) if e.old_number == anchor + 1 and e.status is not ArticleStatus.REMOVED
            )
            + 1
        )
        entries.insert(place, _one_sided(old_articles[i], i + 1, None, ArticleStatus.REMOVED))
    preamble_id = word_diff(old_preamble[0], new_preamble[0])
    preamble_en = word_diff(old_preamble[1], new_preamble[1])
    return TextComparison(
        preamble_changed=not (is_unchanged(preamble_id) and is_unchanged(preamble_en)),
        preamble_id_diff=preamble_id,
        preamble_en_diff=preamble_en,
        articles=tuple(entries),
    )


def _one_sided(
    article: Article, old_number: int | None, new_number: int | None, status: ArticleStatus
) -> ArticleComparison:
    kind = DiffKind.INSERTED if status is ArticleStatus.ADDED else DiffKind.DELETED

    def whole(text: str) -> tuple[DiffPiece, ...]:
        return (DiffPiece(kind, text),) if text else ()

    return ArticleComparison(
        status,
        article.key,
        old_number,
        new_number,
        article.heading_id,
        article.heading_en,
        True,
        False,
        whole(article.heading_id),
        whole(article.heading_en),
        whole(article.text_id),
        whole(article.text_en),
    )


__all__ = [
    "ArticleComparison",
    "ArticleStatus",
    "DiffKind",
    "DiffPiece",
    "TextComparison",
    "compare_texts",
    "is_unchanged",
    "pair_articles",
    "word_diff",
]
