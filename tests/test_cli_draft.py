"""``secretariat draft``: A4 and F4, draft and final, stored versions, preview, and clear refusals; every demo
agreement drafted and read back with poppler's pdftotext as a legal drafter would read it."""

from __future__ import annotations

import hashlib
import itertools
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdf_words import Page, Word, pdf_pages, reading_order
from secretariat.cli.main import main
from secretariat.documents.agreement_draft import MARGIN_BOTTOM, MARGIN_TOP
from secretariat.services.agreements.drafting import prepare_draft
from secretariat.services.context import open_context
from secretariat.storage.migrate import open_database

TODAY = "2026-11-29"
A4 = (595.28, 841.89)
F4 = (609.45, 935.43)  # 215 x 330 mm


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("draft") / "office.sqlite3")
    assert main(["--db", db, "demo", "--today", TODAY]) == 0
    return db


def page_sizes(path: Path) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in PdfReader(path).pages}


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def row(db: str, sql: str, *params: object) -> tuple:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, params).fetchone()
    finally:
        connection.close()


def test_a4_and_f4_of_the_same_text_are_one_version(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = "001/KS/2024"
    assert row(demo_db, "SELECT draft_version FROM agreement WHERE number = ?", number)[0] == 0  # demo: no draft yet
    a4, f4 = tmp_path / "a4.pdf", tmp_path / "f4.pdf"
    assert main(["--db", demo_db, "draft", number, "--out", str(a4), "--paper", "a4"]) == 0
    out = capsys.readouterr().out
    assert f"Draft version 1 of {number} on A4 written to {a4}" in out
    assert main(["draft", number, "--out", str(f4), "--paper", "f4", "--db", demo_db, "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert f"Rancangan versi 1 dari {number} pada kertas F4" in out and "bukan versi baru" in out
    assert page_sizes(a4) == {A4} and page_sizes(f4) == {F4}
    assert main(["--db", demo_db, "draft", number, "--out", str(f4), "--paper", "f4"]) == 1  # f4.pdf is there
    assert "--force" in capsys.readouterr().err
    assert main(["--db", demo_db, "draft", number, "--out", str(f4), "--paper", "f4", "--force"]) == 0
    assert "the same text as version 1: no new version" in capsys.readouterr().out

    text = text_of(a4)
    assert "RANCANGAN" in text and "Paraf / Initials" in text
    assert "Rancangan versi 1 / Draft version 1" in text
    assert "NOTA KESEPAHAMAN" in text and "MEMORANDUM OF UNDERSTANDING" in text
    pages = len(PdfReader(a4).pages)
    assert f"Halaman {pages} dari {pages} / Page {pages} of {pages}" in text

    agreement_id, version = row(demo_db, "SELECT id, draft_version FROM agreement WHERE number = ?", number)
    assert version == 1
    stored = connection_rows(
        demo_db,
        "SELECT version, sha256 FROM attachment WHERE owner_type = 'agreement' AND owner_id = ? ORDER BY id",
        agreement_id,
    )
    digest = hashlib.sha256
    assert stored == [(1, digest(a4.read_bytes()).hexdigest()), (1, digest(f4.read_bytes()).hexdigest())]
    assert connection_rows(demo_db, "SELECT version FROM draft_version WHERE agreement_id = ?", agreement_id) == [(1,)]


def connection_rows(db: str, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_the_final_text_has_no_watermark_initials_box_or_version(demo_db: str, tmp_path: Path) -> None:
    final = tmp_path / "final.pdf"
    assert main(["--db", demo_db, "draft", "001/KS/2017", "--out", str(final), "--final"]) == 0
    text = text_of(final)
    assert "RANCANGAN" not in text and "Paraf" not in text and "Initials" not in text
    assert not re.search(r"\bversi(on)? \d", text, re.IGNORECASE)
    assert "version 1" in PdfReader(final).metadata["/Keywords"]
    assert page_sizes(final) == {F4}  # the demo office prints on F4 by default


def test_a_final_text_with_blanks_is_refused_naming_them(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gid = row(demo_db, "SELECT a.gid FROM agreement a JOIN partner p ON p.code = 'DE-DUS' "
              "JOIN agreement_partner ap ON ap.agreement_id = a.id AND ap.partner_id = p.id")[0]  # fmt: skip
    out = tmp_path / "final.pdf"
    assert main(["--db", demo_db, "draft", gid, "--out", str(out), "--final"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("The final text cannot be made: the region's number of the agreement is not assigned")
    assert not out.exists()
    assert main(["--db", demo_db, "--lang", "id", "draft", gid, "--out", str(out), "--final"]) == 1
    assert "nomor perjanjian daerah belum ada" in capsys.readouterr().err


def test_the_global_id_names_an_agreement_and_a_preview_stores_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gid, version = row(demo_db, "SELECT gid, draft_version FROM agreement WHERE number = '005/KS/2025'")
    out = tmp_path / "preview.pdf"
    assert main(["--db", demo_db, "draft", gid, "--out", str(out), "--preview"]) == 0
    captured = capsys.readouterr()
    assert "not stored: preview" in captured.out
    assert "by hand" not in captured.err  # a three-party network MoU: every partner is a party of the text
    assert re.search(r"PIHAK\s+KETIGA", text_of(out))
    assert row(demo_db, "SELECT draft_version FROM agreement WHERE gid = ?", gid)[0] == version


def test_refusals_name_what_is_wrong(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "draft", "999/XX/1999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "There is no agreement with the number or global id (gid) '999/XX/1999'." in capsys.readouterr().err
    assert main(["--db", demo_db, "draft", "001/KS/2024", "--out", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", demo_db, "draft", "001/KS/2024", "--out", str(tmp_path / "x.pdf"), "--paper", "a5"]) == 2
    assert main(["--db", demo_db, "draft", "001/KS/2024"]) == 2  # --out is required
    assert not (tmp_path / "x.pdf").exists()


# --------------------------------------------------------------------------- every demo agreement, read back


def _body_words(page: Page) -> list[Word]:
    """The words of the text: no watermark (its letters are taller than 20 points), no header."""
    return [w for w in page.words if w.height < 20 and w.top >= MARGIN_TOP - 2]


def _title_block(pdf: Path) -> tuple[str, str]:
    """The first page's title block (above the first party's paragraph), Indonesian and English column."""
    page = pdf_pages(pdf)[0]
    words = reading_order(_body_words(page))
    numbers = [w.top for w in words if w.text in ("NOMOR:", "NUMBER:")]
    bottom = max(numbers) + 2
    middle = page.width / 2
    left = " ".join(w.text for w in words if w.top <= bottom and w.x1 < middle)
    right = " ".join(w.text for w in words if w.top <= bottom and w.x0 > middle)
    return left, right


def _last_page_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    return re.sub(r"\s+", " ", pages[-1])


def _hyphen_line_ends(pdf: Path) -> list[tuple[str, str]]:
    """(word ending a line with a hyphen, first word of the next line) in the Indonesian column."""
    found = []
    for page in pdf_pages(pdf):
        middle = page.width / 2
        bottom = page.height - MARGIN_BOTTOM + 2
        words = [w for w in _body_words(page) if w.x1 < middle and w.bottom <= bottom]
        lines: dict[int, list[Word]] = {}
        for word in words:
            lines.setdefault(round(word.top), []).append(word)
        ordered = [sorted(lines[top], key=lambda w: w.x0) for top in sorted(lines)]
        for line, following in itertools.pairwise(ordered):
            if line[-1].text.endswith("-") and len(line[-1].text) > 1:
                found.append((line[-1].text, following[0].text))
    return found


@pytest.mark.slow
def test_every_demo_agreement_reads_right_for_its_kind_and_parties(demo_db: str, tmp_path: Path) -> None:
    """Every draftable agreement of the demo, of every kind and instrument, with two, three and four parties."""
    agreements = connection_rows(
        demo_db,
        "SELECT a.id, a.gid, a.number, a.partner_number, a.kind, a.instrument, "
        "(SELECT count(*) + 1 FROM agreement_partner ap WHERE ap.agreement_id = a.id) "
        "FROM agreement a WHERE a.instrument IN ('loi', 'mou', 'arrangement') ORDER BY a.id",
    )
    kinds = {(kind, instrument) for _i, _g, _n, _p, kind, instrument, _c in agreements}
    assert kinds == {(k, i) for k in ("ksdpl", "ksdll") for i in ("loi", "mou", "arrangement")}
    assert {count for *_rest, count in agreements} == {2, 3, 4}
    database = open_database(demo_db)
    ctx = open_context(database, login="reader")
    hyphen_ends = 0
    try:
        for agreement_id, gid, number, partner_number, kind, instrument, count in agreements:
            out = tmp_path / f"{agreement_id}.pdf"
            assert main(["--db", demo_db, "draft", gid, "--out", str(out), "--preview"]) == 0
            document = prepare_draft(ctx, agreement_id).document
            assert len(document.parties) == count
            left, right = _title_block(out)
            where = f"agreement {agreement_id} ({kind} {instrument}, {count} parties)"
            for party in document.parties:
                assert left.count(party.name_id.upper()) == 1, (where, party.name_id, left)
                assert right.count(party.name_en.upper()) == 1, (where, party.name_en, right)
            # both numbers: ours (a blank until assigned) and the partner's
            assert f"NOMOR: {number or '....................'}" in left, where
            assert f"NUMBER: {number or '....................'}" in right, where
            if partner_number:
                assert f"NOMOR: {partner_number}" in left and f"NUMBER: {partner_number}" in right, where
            last = _last_page_text(out)
            assert last.count("Ditandatangani di") == count, where
            for party in document.parties:
                assert f"UNTUK {party.name_id.upper()}" in last, (where, party.name_id)
                assert f"FOR {party.name_en.upper()}" in last, (where, party.name_en)
            whole = text_of(out)
            if kind == "ksdll":
                assert "antardaerah" not in whole and "pemerintahnya masing-masing" not in whole, where
                assert "The Kyushu University" not in whole, where
            else:  # regional governments: each signatory authorised by its government
                assert re.search(r"pemerintahnya\s+masing-\s*masing", whole), where
            source = " ".join([document.preamble_id, document.closing_id, *(a.text_id for a in document.articles)])
            for head, tail in _hyphen_line_ends(out):
                assert head + tail in source, (where, head, tail)
                hyphen_ends += 1
    finally:
        database.dispose()
    assert hyphen_ends >= 10  # lines did break at the hyphens words have ("masing-" / "masing")
