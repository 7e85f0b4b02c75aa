"""The clause library in resources/clauses and the filling of its placeholders."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from secretariat.documents import resources_path
from secretariat.domain.drafting import (
    ARTICLE_KEYS,
    BLANK,
    DRAFTABLE,
    ClauseLibraryError,
    ClauseTemplateError,
    DraftContext,
    Party,
    build_draft,
    clauses_path,
    draft_values,
    duration_en,
    duration_id,
    fill_articles,
    fill_preamble,
    fill_template,
    fill_title,
    format_date_en,
    format_date_id,
    load_clause_library,
    template_fields,
)
from secretariat.domain.enums import Instrument

EAST_JAVA = Party(
    name_id="Pemerintah Provinsi Jawa Timur",
    name_en="Provincial Government of East Java",
    head_name="Khofifah Indar Parawansa",
    head_title_id="Gubernur Jawa Timur",
    head_title_en="Governor of East Java",
    country_id="Republik Indonesia",
    country_en="the Republic of Indonesia",
    sign_place="Surabaya",
)
KRAKOW = Party(
    name_id="Pemerintah Kota Kraków",
    name_en="Government of the City of Kraków",
    head_name="Aleksander Miszalski",
    head_title_id="Wali Kota Kraków",
    head_title_en="Mayor of Kraków",
    country_id="Republik Polandia",
    country_en="the Republic of Poland",
)


def full_context(instrument: str = "mou", **changes: object) -> DraftContext:
    values: dict[str, object] = dict(
        instrument=instrument,
        first_party=EAST_JAVA,
        second_party=KRAKOW,
        subject_id="Kerja Sama Provinsi Bersaudara",
        subject_en="Sister Province Cooperation",
        sectors=[
            ("Ekonomi dan perdagangan", "Economy and trade"),
            ("Pariwisata", "Tourism"),
            ("Pendidikan", "Education"),
        ],
        term_months=60,
        notice_months=6,
        sign_place="Surabaya",
        sign_date=date(2026, 12, 31),
        number="001/KS/2026",
        loi_place="Kraków",
        loi_date=date(2025, 3, 1),
        parent_title_id="Nota Kesepahaman tentang Kerja Sama Provinsi Bersaudara",
        parent_title_en="Memorandum of Understanding on Sister Province Cooperation",
        parent_place="Surabaya",
        parent_date=date(2024, 5, 20),
    )
    values.update(changes)
    return DraftContext(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("instrument", [i.value for i in DRAFTABLE])
def test_every_instrument_has_the_standard_articles_in_both_languages(instrument: str) -> None:
    library = load_clause_library(instrument)
    assert library.instrument == Instrument(instrument)
    assert [a.key for a in library.articles] == list(ARTICLE_KEYS)
    for article in library.articles:
        assert article.heading_id.isupper() and article.heading_en.isupper()
        # Paragraphs pair up row by row in the PDF: both languages need the same number.
        assert len(article.paragraphs_id) == len(article.paragraphs_en), article.key
    assert library.title_id[0] != library.title_en[0]
    assert library.closing_id.startswith("SEBAGAI BUKTI")
    assert library.closing_en.startswith("IN WITNESS WHEREOF")


@pytest.mark.parametrize("instrument", [i.value for i in DRAFTABLE])
def test_files_are_plain_json_with_stable_keys(instrument: str) -> None:
    raw = json.loads((clauses_path() / f"{instrument}.json").read_text(encoding="utf-8"))
    assert raw["instrument"] == instrument
    keys = [a["key"] for a in raw["articles"]]
    assert len(keys) == len(set(keys))
    recital_keys = [r["key"] for r in raw["preamble"]]
    assert {"first_party", "second_party", "parties", "laws"} <= set(recital_keys)


def test_mou_speaks_of_the_parties_as_a_legal_bureau_writes() -> None:
    articles = fill_articles(load_clause_library("mou"), full_context())
    text_id = "\n".join(a.text_id for a in articles)
    text_en = "\n".join(a.text_en for a in articles)
    assert "PARA PIHAK" in text_id and "the Parties" in text_en
    preamble_id, preamble_en = fill_preamble(load_clause_library("mou"), full_context())
    assert "“PIHAK PERTAMA”" in preamble_id and "“the First Party”" in preamble_en
    assert "MENGAKUI" in preamble_id and "RECOGNISING" in preamble_en
    assert "BERKEINGINAN" in preamble_id and "DESIRING" in preamble_en
    assert "peraturan perundang-undangan yang berlaku di negara masing-masing" in preamble_id


def test_a_library_missing_an_article_is_refused(tmp_path: Path) -> None:
    raw = json.loads((clauses_path() / "mou.json").read_text(encoding="utf-8"))
    raw["articles"] = [a for a in raw["articles"] if a["key"] != "financing"]
    (tmp_path / "mou.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ClauseLibraryError, match="missing article.*financing"):
        load_clause_library("mou", tmp_path)


def test_a_library_with_an_unknown_placeholder_is_refused_naming_the_clause(tmp_path: Path) -> None:
    raw = json.loads((clauses_path() / "loi.json").read_text(encoding="utf-8"))
    raw["articles"][5]["en"][0] += " The budget is {budget_total}."
    (tmp_path / "loi.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ClauseTemplateError) as caught:
        load_clause_library("loi", tmp_path)
    assert "loi / financing, English paragraph 1" in caught.value.message_en
    assert "{budget_total}" in caught.value.message_en
    assert "tidak dikenal" in caught.value.message_id


def test_broken_or_missing_files_are_reported(tmp_path: Path) -> None:
    with pytest.raises(ClauseLibraryError, match="missing"):
        load_clause_library("arrangement", tmp_path)
    (tmp_path / "arrangement.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ClauseLibraryError, match="not valid JSON"):
        load_clause_library("arrangement", tmp_path)
    with pytest.raises(ClauseLibraryError, match="no clause library for 'other'"):
        load_clause_library("other")


def test_resources_are_found_in_the_checkout_with_fonts_and_their_licence() -> None:
    root = resources_path()
    assert (root / "clauses" / "mou.json").is_file()
    assert (root / "fonts" / "NotoSerif-Regular.ttf").is_file()
    assert "SIL OPEN FONT LICENSE" in (root / "fonts" / "OFL.txt").read_text(encoding="utf-8")


def test_copied_library_loads_from_another_folder(tmp_path: Path) -> None:
    shutil.copy(clauses_path() / "mou.json", tmp_path / "mou.json")
    assert load_clause_library("mou", tmp_path).name_en == "Memorandum of Understanding"


# --------------------------------------------------------------------------- templates


def test_fill_template_replaces_names_and_keeps_literal_braces() -> None:
    assert fill_template("{a} and {{b}}", {"a": "x"}, "here") == "x and {b}"
    assert template_fields("{a} {b} {{c}}") == {"a", "b"}


def test_an_unknown_placeholder_names_itself_and_where_it_is() -> None:
    with pytest.raises(ClauseTemplateError) as caught:
        fill_template("as {frist_party_id} says", {"first_party_id": "x"}, "mou / objective, Indonesian paragraph 1")
    message = caught.value.message_en
    assert "mou / objective, Indonesian paragraph 1" in message
    assert "{frist_party_id}" in message and "first_party_id" in message


@pytest.mark.parametrize("template", ["{first.__class__}", "{first[0]}", "{first!r}", "{first:>10}", "{0}", "{"])
def test_only_plain_placeholders_are_allowed(template: str) -> None:
    with pytest.raises(ClauseTemplateError):
        fill_template(template, {"first": "x"}, "test")


def test_a_known_placeholder_without_a_value_prints_a_dotted_blank() -> None:
    assert fill_template("signed on {sign_date_id}", {"sign_date_id": None}, "x") == f"signed on {BLANK}"


def test_the_filled_texts_leave_no_placeholder_behind() -> None:
    for instrument in DRAFTABLE:
        draft = build_draft(full_context(instrument.value))
        texts = [
            draft.title_id,
            draft.title_en,
            draft.preamble_id,
            draft.preamble_en,
            draft.closing_id,
            draft.closing_en,
        ] + [a.text_id + a.text_en for a in draft.articles]
        for text in texts:
            assert "{" not in text and "}" not in text
            assert BLANK not in text, text


# --------------------------------------------------------------------------- values


def test_dates_and_durations_in_indonesian_and_english() -> None:
    assert format_date_id(date(2026, 12, 31)) == "31 Desember 2026"
    assert format_date_en(date(2026, 12, 31)) == "31 December 2026"
    assert duration_id(60) == "5 (lima) tahun"
    assert duration_en(60) == "five (5) years"
    assert duration_en(12) == "one (1) year"
    assert duration_id(18) == "18 (delapan belas) bulan"
    assert duration_en(18) == "eighteen (18) months"
    assert duration_id(6) == "6 (enam) bulan"


def test_term_notice_and_signing_reach_the_articles() -> None:
    library = load_clause_library("mou")
    articles = {a.key: a for a in fill_articles(library, full_context(term_months=36, notice_months=3))}
    assert "jangka waktu 3 (tiga) tahun" in articles["entry_into_force"].text_id
    assert "period of three (3) years" in articles["entry_into_force"].text_en
    assert "sekurang-kurangnya 3 (tiga) bulan" in articles["entry_into_force"].text_id
    assert "at least three (3) months" in articles["entry_into_force"].text_en
    assert "rangkap 2 (dua)" in articles["originals"].text_id
    assert "two (2) originals" in articles["originals"].text_en


def test_sectors_become_a_lettered_list_one_paragraph_each() -> None:
    article = next(a for a in fill_articles(load_clause_library("mou"), full_context()) if a.key == "scope")
    pairs = article.paragraph_pairs()
    assert ("a. ekonomi dan perdagangan;", "a. economy and trade;") in pairs
    assert ("b. pariwisata; dan", "b. tourism; and") in pairs
    assert ("c. pendidikan.", "c. education.") in pairs
    values = draft_values(full_context(), load_clause_library("mou"))
    assert values["sectors_id"] == "ekonomi dan perdagangan, pariwisata, dan pendidikan"
    assert values["sectors_en"] == "economy and trade, tourism and education"


def test_article_cross_references_follow_the_library_order() -> None:
    forms = next(a for a in fill_articles(load_clause_library("mou"), full_context()) if a.key == "forms")
    assert "dimaksud dalam Pasal 2" in forms.text_id
    assert "referred to in Article 2" in forms.text_en


def test_the_letter_of_intent_recital_appears_only_when_known() -> None:
    library = load_clause_library("mou")
    with_loi, _ = fill_preamble(library, full_context())
    without_loi, without_en = fill_preamble(library, full_context(loi_date=None, loi_place=None))
    assert "ditandatangani di Kraków pada tanggal 1 Maret 2025" in with_loi
    assert "Pernyataan Kehendak" not in without_loi and "Letter of Intent" not in without_en


def test_an_arrangement_refers_to_its_memorandum() -> None:
    preamble_id, preamble_en = fill_preamble(load_clause_library("arrangement"), full_context("arrangement"))
    assert (
        "MERUJUK pada Nota Kesepahaman tentang Kerja Sama Provinsi Bersaudara antara PARA PIHAK "
        "yang ditandatangani di Surabaya pada tanggal 20 Mei 2024"
    ) in preamble_id
    assert "signed at Surabaya on 20 May 2024" in preamble_en


def test_title_in_capitals_names_both_parties_and_countries() -> None:
    title_id, title_en = fill_title(load_clause_library("mou"), full_context())
    assert title_id.split("\n") == [
        "NOTA KESEPAHAMAN",
        "ANTARA",
        "PEMERINTAH PROVINSI JAWA TIMUR",
        "REPUBLIK INDONESIA",
        "DAN",
        "PEMERINTAH KOTA KRAKÓW",
        "REPUBLIK POLANDIA",
        "TENTANG",
        "KERJA SAMA PROVINSI BERSAUDARA",
    ]
    assert "THE GOVERNMENT OF THE CITY OF KRAKÓW" in title_en.split("\n")


def test_languages_and_the_prevailing_text() -> None:
    library = load_clause_library("mou")
    values = draft_values(full_context(third_language=("bahasa Polandia", "Polish"), prevailing="id"), library)
    assert values["languages_id"] == "bahasa Indonesia, bahasa Polandia, dan bahasa Inggris"
    assert values["languages_en"] == "Indonesian, Polish and English"
    assert values["prevailing_en"] == "Indonesian"
    with pytest.raises(ClauseTemplateError, match="no third language"):
        draft_values(full_context(prevailing="third"), library)


def test_missing_facts_print_as_blanks_not_errors() -> None:
    context = full_context(
        term_months=None,
        sign_date=None,
        second_party=Party(
            "Pemerintah Kota Kraków",
            "Government of the City of Kraków",
            None,
            None,
            None,
            "Republik Polandia",
            "the Republic of Poland",
        ),
    )
    draft = build_draft(context)
    entry = next(a for a in draft.articles if a.key == "entry_into_force")
    assert f"jangka waktu {BLANK}." in entry.text_id
    assert f"represented by {BLANK}, {BLANK}" in draft.preamble_en


def test_resources_folder_can_be_pointed_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from secretariat.domain import drafting

    (tmp_path / "resources" / "clauses").mkdir(parents=True)
    monkeypatch.setenv("SECRETARIAT_RESOURCES", str(tmp_path))
    drafting._resources_path.cache_clear()
    try:
        assert resources_path() == tmp_path / "resources"
        with pytest.raises(ClauseLibraryError, match="mou.json is missing"):
            load_clause_library("mou")
    finally:
        monkeypatch.delenv("SECRETARIAT_RESOURCES")
        drafting._resources_path.cache_clear()
    assert resources_path() != tmp_path / "resources"
