"""``secretariat draft``: A4 and F4, draft and final, stored versions, preview, and clear refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from secretariat.cli.main import main

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


def test_a4_and_f4_drafts_are_written_and_stored_as_versions(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = "001/KS/2024"
    before = row(demo_db, "SELECT draft_version FROM agreement WHERE number = ?", number)[0]
    a4, f4 = tmp_path / "a4.pdf", tmp_path / "f4.pdf"
    assert main(["--db", demo_db, "draft", number, "--out", str(a4), "--paper", "a4"]) == 0
    out = capsys.readouterr().out
    assert f"Draft version {before + 1} of {number} on A4 written to {a4}" in out
    assert main(["draft", number, "--out", str(f4), "--paper", "f4", "--db", demo_db, "--lang", "id"]) == 0
    assert f"Rancangan versi {before + 2} dari {number} pada kertas F4" in capsys.readouterr().out
    assert page_sizes(a4) == {A4} and page_sizes(f4) == {F4}

    text = text_of(a4)
    assert "RANCANGAN" in text and "Paraf / Initials" in text
    assert f"Rancangan versi {before + 1} / Draft version {before + 1}" in text
    assert "NOTA KESEPAHAMAN" in text and "MEMORANDUM OF UNDERSTANDING" in text
    pages = len(PdfReader(a4).pages)
    assert f"Halaman {pages} dari {pages} / Page {pages} of {pages}" in text

    agreement_id, version = row(demo_db, "SELECT id, draft_version FROM agreement WHERE number = ?", number)
    assert version == before + 2
    stored = row(
        demo_db,
        "SELECT kind, version, sha256 FROM attachment WHERE owner_type = 'agreement' AND owner_id = ? AND version = ?",
        agreement_id,
        before + 2,
    )
    assert stored == ("draft", before + 2, hashlib.sha256(f4.read_bytes()).hexdigest())


def test_the_final_text_has_no_watermark_and_no_initials_box(demo_db: str, tmp_path: Path) -> None:
    final = tmp_path / "final.pdf"
    assert main(["--db", demo_db, "draft", "001/KS/2017", "--out", str(final), "--final"]) == 0
    text = text_of(final)
    assert "RANCANGAN" not in text and "Paraf" not in text and "Initials" not in text
    assert "Naskah final, versi" in text and "Final text, version" in text
    assert page_sizes(final) == {F4}  # the demo office prints on F4 by default


def test_the_global_id_names_an_agreement_and_a_preview_stores_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gid, version = row(demo_db, "SELECT gid, draft_version FROM agreement WHERE number = '005/KS/2025'")
    out = tmp_path / "preview.pdf"
    assert main(["--db", demo_db, "draft", gid, "--out", str(out), "--preview"]) == 0
    captured = capsys.readouterr()
    assert "not stored: preview" in captured.out
    assert "KR-BUSAN must be added to the text by hand" in captured.err  # a two-partner network MoU
    assert out.read_bytes().startswith(b"%PDF")
    assert row(demo_db, "SELECT draft_version FROM agreement WHERE gid = ?", gid)[0] == version


def test_refusals_name_what_is_wrong(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "draft", "999/XX/1999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "There is no agreement with the number or global id '999/XX/1999'." in capsys.readouterr().err
    assert main(["--db", demo_db, "draft", "001/KS/2024", "--out", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", demo_db, "draft", "001/KS/2024", "--out", str(tmp_path / "x.pdf"), "--paper", "a5"]) == 2
    assert main(["--db", demo_db, "draft", "001/KS/2024"]) == 2  # --out is required
    assert not (tmp_path / "x.pdf").exists()
