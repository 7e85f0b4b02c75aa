"""The clause library in resources/clauses and the filling of its placeholders."""

from __future__ import annotations

import dataclasses
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
    Article,
    ClauseLibraryError,
    ClauseTemplateError,
    DraftContext,
    Party,
    PartyKind,
    build_draft,
    clauses_path,
    compose_title,
    draft_values,
    duration_en,
    duration_id,
    fill_articles,
    fill_closing,
    fill_preamble,
    fill_template,
    format_date_en,
    format_date_id,
    join_inline,
    load_clause_library,
    signing_blanks,
    template_fields,
    text_digest,
    wording_variant,
)
from secretariat.domain.enums import Instrument

EAST_JAVA = Party(
    name_id="Pemerintah Provinsi Jawa Timur",
    name_en="the East Java Provincial Government",
    head_name="Khofifah Indar Parawansa",
    head_title_id="Gubernur Jawa Timur",
    head_title_en="Governor of East Java",
    country_id="Republik Indonesia",
    country_en="the Republic of Indonesia",
    sign_place="Surabaya",
)
KRAKOW = Party(
    name_id="Pemerintah Kota Kraków",
    name_en="the City of Kraków",
    head_name="Aleksander Miszalski",
    head_title_id="Wali Kota Kraków",
    head_title_en="Mayor of Kraków",
    country_id="Republik Polandia",
    country_en="the Republic of Poland",
    number="PL/2026/17",
)
BUSAN = Party(
    name_id="Pemerintah Kota Metropolitan Busan",
    name_en="Busan Metropolitan City",
    head_name="Park Heong-joon",
    head_title_id="Wali Kota Busan",
    head_title_en="Mayor of Busan",
    country_id="Republik Korea",
    country_en="the Republic of Korea",
)
KITAKYUSHU = Party(
    name_id="Pemerintah Kota Kitakyushu",
    name_en="the City of Kitakyushu",
    head_name="Takeuchi Kazuhisa",
    head_title_id="Wali Kota Kitakyushu",
    head_title_en="Mayor of Kitakyushu",
    country_id="Jepang",
    country_en="Japan",
)
KYUSHU_UNIVERSITY = Party(
    name_id="Universitas Kyushu",
    name_en="Kyushu University",
    head_name="Ishibashi Tatsuro",
    head_title_id="Rektor Universitas Kyushu",
    head_title_en="President of Kyushu University",
    country_id="Jepang",
    country_en="Japan",
    kind=PartyKind.INSTITUTION,
    type_id="suatu perguruan tinggi",
    type_en="a university",
)
JICA = Party(
    name_id="Badan Kerja Sama Internasional Jepang (JICA)",
    name_en="the Japan International Cooperation Agency (JICA)",
    head_name="Tanaka Akihiko",
    head_title_id="Presiden JICA",
    head_title_en="President of JICA",
    country_id="Jepang",
    country_en="Japan",
    kind=PartyKind.INSTITUTION,
    show_country=False,
    type_id="suatu lembaga",
    type_en="an agency",
)
UNDP = Party(
    name_id="Program Pembangunan Perserikatan Bangsa-Bangsa (UNDP)",
    name_en="the United Nations Development Programme (UNDP)",
    head_name="Norimasa Shimomura",
    head_title_id="Kepala Perwakilan di Indonesia",
    head_title_en="Resident Representative in Indonesia",
    country_id="Amerika Serikat",
    country_en="the United States of America",
    kind=PartyKind.INTERNATIONAL,
    show_country=False,
)


def full_context(instrument: str = "mou", **changes: object) -> DraftContext:
    parties = changes.pop("parties", None) or [
        changes.pop("first_party", EAST_JAVA),
        changes.pop("second_party", KRAKOW),
    ]
    values: dict[str, object] = {
        "instrument": instrument,
        "parties": [dataclasses.replace(parties[0], number=changes.pop("number", "001/KS/2026")), *parties[1:]],
        "subject_id": "Kerja Sama Provinsi Bersaudara",
        "subject_en": "Sister Province Cooperation",
        "sectors": [
            ("Ekonomi dan perdagangan", "Economy and trade"),
            ("Pariwisata", "Tourism"),
            ("Pendidikan", "Education"),
        ],
        "term_months": 60,
        "notice_months": 6,
        "sign_place": "Surabaya",
        "sign_date": date(2026, 12, 31),
        "loi_place": "Kraków",
        "loi_date": date(2025, 3, 1),
        "parent_title_id": "Nota Kesepahaman tentang Kerja Sama Provinsi Bersaudara",
        "parent_title_en": "the Memorandum of Understanding on Sister Province Cooperation",
        "parent_place": "Surabaya",
        "parent_date": date(2024, 5, 20),
    }
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
    assert library.name_id != library.name_en
    for variant in ("ksdpl", "ksdll"):
        assert library.closing[variant].id.startswith("SEBAGAI BUKTI")
        assert library.closing[variant].en.startswith("IN WITNESS WHEREOF")
    assert set(library.party_paragraphs) == set(PartyKind.ALL)


@pytest.mark.parametrize("instrument", [i.value for i in DRAFTABLE])
def test_files_are_plain_json_with_stable_keys(instrument: str) -> None:
    raw = json.loads((clauses_path() / f"{instrument}.json").read_text(encoding="utf-8"))
    assert raw["instrument"] == instrument
    keys = [a["key"] for a in raw["articles"]]
    assert len(keys) == len(set(keys))
    recital_keys = [r["key"] for r in raw["preamble"]]
    assert {"parties", "laws", "agreed"} <= set(recital_keys)
    assert raw["format"] == 2 and set(raw["parties"]) == {*PartyKind.ALL, "and"}


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
    with pytest.raises(ClauseLibraryError, match=r"missing article.*financing"):
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
    # An item holding "dan" itself sets the last one apart: "..., serta ..."
    assert values["sectors_id"] == "ekonomi dan perdagangan, pariwisata, serta pendidikan"
    assert values["sectors_en"] == "economy and trade, tourism, and education"
    assert join_inline(["a", "b", "c"], "dan", True) == "a, b, dan c"
    assert join_inline(["a", "b", "c"], "and", False) == "a, b and c"


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
        "MERUJUK pada Nota Kesepahaman tentang Kerja Sama Provinsi Bersaudara "
        "yang ditandatangani di Surabaya pada tanggal 20 Mei 2024"
    ) in preamble_id
    assert (
        "REFERRING to the Memorandum of Understanding on Sister Province Cooperation signed at Surabaya on 20 May 2024"
    ) in preamble_en


def test_title_is_composed_from_instrument_parties_and_subject() -> None:
    title_id, title_en = compose_title(
        load_clause_library("mou"),
        full_context(subject_id="Kerja Sama Ekonomi dan Perdagangan", subject_en="Economic and Trade Cooperation"),
    )
    assert title_id.split("\n") == [
        "NOTA KESEPAHAMAN",
        "ANTARA",
        "PEMERINTAH PROVINSI JAWA TIMUR",
        "REPUBLIK INDONESIA",
        "DAN",
        "PEMERINTAH KOTA KRAKÓW",
        "REPUBLIK POLANDIA",
        "TENTANG",
        "KERJA SAMA EKONOMI DAN PERDAGANGAN",
    ]
    assert title_en.split("\n") == [
        "MEMORANDUM OF UNDERSTANDING",
        "BETWEEN",
        "THE EAST JAVA PROVINCIAL GOVERNMENT",
        "THE REPUBLIC OF INDONESIA",
        "AND",
        "THE CITY OF KRAKÓW",
        "THE REPUBLIC OF POLAND",
        "ON",
        "ECONOMIC AND TRADE COOPERATION",
    ]


def test_a_four_party_title_names_each_party_once_and_says_among() -> None:
    context = full_context(parties=[EAST_JAVA, KITAKYUSHU, BUSAN, KRAKOW])
    title_id, title_en = compose_title(load_clause_library("mou"), context)
    lines_id, lines_en = title_id.split("\n"), title_en.split("\n")
    for party in (EAST_JAVA, KITAKYUSHU, BUSAN, KRAKOW):
        assert lines_id.count(party.name_id.upper()) == 1
        assert lines_en.count(party.name_en.upper()) == 1
    assert lines_en[1] == "AMONG" and lines_id.count("DAN") == 1 and lines_en.count("AND") == 1
    assert lines_id.index("DAN") == lines_id.index("PEMERINTAH KOTA KRAKÓW") - 1


def test_an_agency_named_after_its_country_and_an_organisation_get_no_country_line() -> None:
    title_id, title_en = compose_title(load_clause_library("mou"), full_context(parties=[EAST_JAVA, JICA, UNDP]))
    assert "JEPANG" not in title_id.split("\n") and "AMERIKA SERIKAT" not in title_id
    assert "THE UNITED NATIONS DEVELOPMENT PROGRAMME (UNDP)" in title_en.split("\n")


def test_without_a_subject_a_ksdpl_text_takes_the_sister_subject_and_others_a_blank() -> None:
    library = load_clause_library("mou")
    ksdpl = full_context(subject_id=None, subject_en=None)
    assert compose_title(library, ksdpl, "city")[0].endswith("KERJA SAMA KOTA BERSAUDARA")
    ksdll = full_context(parties=[EAST_JAVA, KYUSHU_UNIVERSITY], subject_id=None, subject_en=None)
    assert compose_title(library, ksdll, "city")[0].endswith(BLANK)


# --------------------------------------------------------------------------- wording by kind of party


@pytest.mark.parametrize("instrument", [i.value for i in DRAFTABLE])
def test_ksdpl_and_ksdll_recitals_follow_the_parties(instrument: str) -> None:
    library = load_clause_library(instrument)
    ksdpl = full_context(instrument, kind="ksdpl")
    ksdll = full_context(instrument, kind="ksdll", parties=[EAST_JAVA, KYUSHU_UNIVERSITY])
    assert (wording_variant(ksdpl), wording_variant(ksdll)) == ("ksdpl", "ksdll")
    ksdpl_id, ksdpl_en = fill_preamble(library, ksdpl)
    ksdll_id, ksdll_en = fill_preamble(library, ksdll)
    whole_ksdll = "\n".join(
        [ksdll_id, ksdll_en, *fill_closing(library, ksdll)]
        + [a.text_id + "\n" + a.text_en for a in fill_articles(library, ksdll)]
    )
    # A university is not a government: no sister-region wording, no authorisation by a government.
    assert "antardaerah" not in whole_ksdll and "kedua daerah" not in whole_ksdll
    assert "pemerintahnya" not in whole_ksdll and "Governments" not in whole_ksdll
    assert "Kyushu University, a university established under the laws of Japan" in ksdll_en
    assert "The Kyushu University" not in whole_ksdll
    assert "Universitas Kyushu, suatu perguruan tinggi yang didirikan berdasarkan hukum Jepang" in ksdll_id
    assert "MENGAKUI mandat, tugas, dan keahlian Universitas Kyushu" in ksdll_id
    # Regional governments: each authorised by its government; the friendship of their countries.
    assert "pemerintahnya masing-masing" in fill_closing(library, ksdpl)[0]
    assert "respective Governments" in fill_closing(library, ksdpl)[1]
    if instrument == "arrangement":  # it rests on the MoU's recitals; it serves the regions' people
        assert "bagi masyarakat di daerah masing-masing PIHAK" in ksdpl_id
    else:
        assert "MENGAKUI hubungan persahabatan" in ksdpl_id and "RECOGNISING the friendly relations" in ksdpl_en


def test_an_agency_takes_the_and_an_international_organisation_claims_no_country() -> None:
    library = load_clause_library("mou")
    preamble_id, preamble_en = fill_preamble(library, full_context(kind="ksdll", parties=[EAST_JAVA, JICA, UNDP]))
    assert "The Japan International Cooperation Agency (JICA), an agency established under the laws of Japan" in (
        preamble_en
    )
    assert "The United Nations Development Programme (UNDP), an international organisation" in preamble_en
    assert "Program Pembangunan Perserikatan Bangsa-Bangsa (UNDP), suatu organisasi internasional" in preamble_id
    assert "JEPANG (JICA) JEPANG" not in preamble_id.upper()


def test_a_ksdpl_agreement_with_an_institution_uses_institution_wording_and_says_so() -> None:
    from secretariat.domain.drafting import kind_mismatch

    context = full_context(kind="ksdpl", parties=[EAST_JAVA, KYUSHU_UNIVERSITY])
    assert wording_variant(context) == "ksdll"
    mismatch = kind_mismatch(context)
    assert mismatch is not None and "KSDLL" in mismatch.message_en
    assert kind_mismatch(full_context(kind="ksdpl")) is None


def test_three_parties_are_named_first_second_third_and_each_introduced() -> None:
    library = load_clause_library("mou")
    context = full_context(parties=[EAST_JAVA, KITAKYUSHU, BUSAN])
    preamble_id, preamble_en = fill_preamble(library, context)
    paragraphs_id = preamble_id.split("\n")
    assert paragraphs_id[0].endswith("“PIHAK PERTAMA”;") and paragraphs_id[1].endswith("“PIHAK KEDUA”;")
    assert paragraphs_id[2] == "dan" and paragraphs_id[3].endswith("“PIHAK KETIGA”;")
    assert "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA yang selanjutnya secara bersama-sama" in preamble_id
    assert "The First Party, the Second Party and the Third Party hereinafter collectively" in preamble_en
    assert "antara Republik Indonesia, Jepang, dan Republik Korea" in preamble_id
    articles = {a.key: a for a in fill_articles(library, context)}
    assert "rangkap 3 (tiga)" in articles["originals"].text_id
    assert "to the other Parties" in articles["entry_into_force"].text_en
    assert "Any Party may terminate" in articles["entry_into_force"].text_en
    # "PIHAK KETIGA" names a party now: the article on outside participants says "pihak lain".
    assert articles["third_parties"].heading_id == "KEIKUTSERTAAN PIHAK LAIN"


# --------------------------------------------------------------------------- signable, and the same text


def test_a_complete_text_has_no_blanks_to_sign() -> None:
    library = load_clause_library("mou")
    context = full_context()
    assert signing_blanks(build_draft(context), context, library) == []


def test_every_blank_that_keeps_a_text_from_being_signed_is_named() -> None:
    library = load_clause_library("mou")
    nameless = dataclasses.replace(KRAKOW, head_name=None, head_title_id=None)
    context = full_context(number=None, term_months=None, notice_months=None, second_party=nameless)
    fields = [p.field for p in signing_blanks(build_draft(context), context, library)]
    assert {"number", "party 2 signatory", "party 2 title", "term", "notice"} <= set(fields)
    messages = " ".join(p.message_en for p in signing_blanks(build_draft(context), context, library))
    assert "the Second Party (the City of Kraków)" in messages and "notice period" in messages
    edited = dataclasses.replace(
        build_draft(full_context()),
        articles=[*build_draft(full_context()).articles[:-1], Article("x", "LAIN", "OTHER", "Biaya .......", "Costs")],
    )
    assert [p.field for p in signing_blanks(edited)] == ["article 10"]


def test_the_text_digest_ignores_paper_and_finality_but_not_words() -> None:
    draft = build_draft(full_context())
    assert draft.text_sha256 == text_digest(draft)
    assert text_digest(dataclasses.replace(draft, paper="f4", final=True, version=9)) == draft.text_sha256
    changed = build_draft(full_context(notice_months=3))
    assert changed.text_sha256 != draft.text_sha256


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
            "the City of Kraków",
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
        with pytest.raises(ClauseLibraryError, match=r"mou\.json is missing"):
            load_clause_library("mou")
    finally:
        monkeypatch.delenv("SECRETARIAT_RESOURCES")
        drafting._resources_path.cache_clear()
    assert resources_path() != tmp_path / "resources"
