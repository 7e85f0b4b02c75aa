"""Pure rules behind drafts: word-level diffs, pairing articles across versions, formal country names."""

from __future__ import annotations

import pytest

from secretariat.domain.drafting import Article
from secretariat.domain.formal_names import formal_country_names, without_article
from secretariat.domain.text_compare import ArticleStatus, DiffKind, compare_texts, pair_articles, word_diff

PREAMBLE = ("Pembukaan.", "Preamble.")


def article(key: str, text: str, heading: str | None = None) -> Article:
    heading = heading or key.title()
    return Article(key, heading, heading, f"{text} (id)", text)


BASE = [
    article("objective", "The objective is cooperation."),
    article("scope", "Trade, tourism and culture."),
    article("financing", "Each Party bears its own costs."),
    article("disputes", "Settled amicably."),
    article("custom", "Each Party names a contact point.", "Contacts"),
]


def test_word_diff_marks_only_the_words_that_changed() -> None:
    pieces = word_diff("Each Party bears its own costs.", "Each Party shall bear its own travel costs.")
    assert [(p.kind, p.text) for p in pieces] == [
        (DiffKind.EQUAL, "Each Party "),
        (DiffKind.DELETED, "bears"),
        (DiffKind.INSERTED, "shall bear"),
        (DiffKind.EQUAL, " its own "),
        (DiffKind.INSERTED, "travel "),
        (DiffKind.EQUAL, "costs."),
    ]
    assert "".join(p.text for p in pieces if p.kind is not DiffKind.INSERTED) == "Each Party bears its own costs."
    assert (
        "".join(p.text for p in pieces if p.kind is not DiffKind.DELETED)
        == "Each Party shall bear its own travel costs."
    )
    assert word_diff("same", "same") == (word_diff("same", "same")[0],)
    assert word_diff("", "new") and word_diff("", "new")[0].kind is DiffKind.INSERTED


def test_an_unchanged_text_compares_identical() -> None:
    comparison = compare_texts(BASE, PREAMBLE, list(BASE), PREAMBLE)
    assert comparison.identical and len(comparison.articles) == 5
    assert all(a.status is ArticleStatus.UNCHANGED for a in comparison.articles)


def test_adding_an_article_early_shifts_numbers_without_moving_anything() -> None:
    new = [BASE[0], article("forms", "Visits and exchanges."), *BASE[1:]]
    comparison = compare_texts(BASE, PREAMBLE, new, PREAMBLE)
    assert [(a.status, a.key, a.old_number, a.new_number) for a in comparison.differences] == [
        (ArticleStatus.ADDED, "forms", None, 2)
    ]
    assert [a.new_number for a in comparison.articles] == [1, 2, 3, 4, 5, 6]


def test_moved_changed_and_removed_articles_are_told_apart() -> None:
    new = [BASE[3], BASE[0], article("scope", "Trade and culture."), BASE[4]]  # disputes moved up, financing gone
    comparison = compare_texts(BASE, PREAMBLE, new, ("Pembukaan baru.", "Preamble."))
    assert comparison.preamble_changed
    assert [(a.status, a.key, a.old_number, a.new_number) for a in comparison.articles] == [
        (ArticleStatus.MOVED, "disputes", 4, 1),
        (ArticleStatus.UNCHANGED, "objective", 1, 2),
        (ArticleStatus.CHANGED, "scope", 2, 3),
        (ArticleStatus.REMOVED, "financing", 3, None),
        (ArticleStatus.UNCHANGED, "custom", 5, 4),
    ]
    scope = comparison.articles[2]
    assert [(p.kind, p.text) for p in scope.text_en_diff] == [
        (DiffKind.EQUAL, "Trade"),
        (DiffKind.DELETED, ", tourism"),
        (DiffKind.EQUAL, " and culture."),
    ]
    assert scope.changed and not scope.moved


def test_custom_articles_pair_by_similarity_not_by_their_shared_key() -> None:
    old = [
        article("custom", "Each Party names a contact point for the cooperation.", "Contacts"),
        article("custom", "Youth exchanges take place every year in July.", "Youth"),
    ]
    new = [
        article("custom", "Youth exchanges take place every year in August.", "Youth"),
        article("custom", "A joint committee meets twice a year.", "Committee"),
    ]
    assert pair_articles(old, new) == {1: 0}
    comparison = compare_texts(old, PREAMBLE, new, PREAMBLE)
    assert [(a.status, a.old_number, a.new_number) for a in comparison.articles] == [
        (ArticleStatus.REMOVED, 1, None),
        (ArticleStatus.CHANGED, 2, 1),
        (ArticleStatus.ADDED, None, 2),
    ]


@pytest.mark.parametrize(
    ("code", "name_id", "name_en", "expected"),
    [
        ("PL", "Polandia", "Poland", ("Republik Polandia", "the Republic of Poland")),
        ("DE", "Jerman", "Germany", ("Republik Federal Jerman", "the Federal Republic of Germany")),
        ("JP", "Jepang", "Japan", ("Jepang", "Japan")),
        ("TH", "Thailand", "Thailand", ("Kerajaan Thailand", "the Kingdom of Thailand")),
        ("NL", "Belanda", "Netherlands", ("Kerajaan Belanda", "the Kingdom of the Netherlands")),
        ("FR", "Prancis", "France", ("Republik Prancis", "the French Republic")),
        (
            "LK",
            "Sri Lanka",
            "Sri Lanka",
            ("Republik Sosialis Demokratik Sri Lanka", "the Democratic Socialist Republic of Sri Lanka"),
        ),
        ("ID", "Indonesia", "Indonesia", ("Republik Indonesia", "the Republic of Indonesia")),
        ("KR", "Korea Selatan", "South Korea", ("Republik Korea", "the Republic of Korea")),
        ("MX", "Meksiko", "Mexico", ("Meksiko", "the United Mexican States")),
    ],
)
def test_countries_are_named_formally_in_both_languages(
    code: str, name_id: str, name_en: str, expected: tuple[str, str]
) -> None:
    assert formal_country_names(code, name_id, name_en) == expected


def test_a_leading_article_is_left_to_the_templates() -> None:
    assert without_article("The University of Western Australia") == "University of Western Australia"
    assert without_article("Theatre City") == "Theatre City"
