"""Bounded input everywhere: integer filters beyond 64 bits, searches beyond the office's limits, NUL and
control characters, ``demo --scale`` beyond a million or into a database with records. Each is refused
with a clear sentence and exit 1 or 2, and writes nothing: the database file stays byte-identical."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from secretariat.cli.main import main
from secretariat.domain.errors import ValidationError
from secretariat.domain.records import ContactData, PartnerData
from secretariat.services import registers
from secretariat.services.context import open_context, writing
from secretariat.services.partners import records as partners
from secretariat.storage.models import Sector

TODAY = "2026-03-02"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bounded") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", TODAY]) == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("argv", "code", "sentence"),
    [
        (
            ["list", "budget", "--filter", "fiscal_year=99999999999999999999999"],
            2,
            "The filter fiscal_year must be between 1 and 9999, not 99999999999999999999999.",
        ),
        (
            ["list", "agreements", "--filter", "partner_id=99999999999999999999"],
            2,
            "The filter partner_id must be between -9223372036854775808 and 9223372036854775807",
        ),
        (
            ["list", "agreements", "--filter", "expiring_within_days=99999999"],
            2,
            "The filter expiring_within_days must be between 0 and 36525, not 99999999.",
        ),
        (
            ["list", "partners", "--search", " ".join(["osaka"] * 1000)],
            2,
            "The search is too long (5,999 characters); at most 200 are searched.",
        ),
        (["list", "partners", "--search", "a" * 50_000], 2, "The search is too long (50,000 characters)"),
        (
            ["list", "partners", "--search", " ".join(["kota"] * 21)],
            2,
            "The search has too many words (21); at most 20 are searched.",
        ),
        (
            ["list", "partners", "--search", "osaka\x01pref"],
            2,
            "The search contains a control character (U+0001) at position 6; type or paste plain text.",
        ),
        (
            ["demo", "--scale", "99999999999999999999"],
            1,
            "The scale must be between 1 and 1,000,000 (got 99999999999999999999); nothing was written.",
        ),
        (["demo", "--scale", "1000001"], 1, "The scale must be between 1 and 1,000,000 (got 1000001)"),
        (["demo", "--scale", "2"], 1, "The demo data can only be loaded into an empty database"),
    ],
)
def test_refused_with_a_sentence_and_nothing_written(
    demo_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, sentence: str
) -> None:
    before = digest(demo_file)
    assert main(["--db", str(demo_file), *argv]) == code
    err = capsys.readouterr().err
    assert sentence in err
    assert "unexpected" not in err.lower() and "Traceback" not in err
    assert digest(demo_file) == before


def test_the_sentences_speak_indonesian(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "--lang", "id", "list", "partners", "--search", "a " * 30]) == 2
    assert "Pencarian memuat terlalu banyak kata (30); paling banyak 20." in capsys.readouterr().err
    assert main(["--db", str(demo_file), "--lang", "id", "demo", "--scale", "5000000"]) == 1
    assert "Skala harus antara 1 dan 1.000.000 (diberikan 5000000); tidak ada yang ditulis." in capsys.readouterr().err


def test_a_refused_demo_on_a_new_path_makes_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.sqlite3"
    assert main(["--db", str(target), "demo", "--scale", "99999999999999999999"]) == 1
    assert main(["--db", str(target), "demo", "--seed", str(2**70)]) == 1
    assert "The seed must be a whole number from 0 to 9223372036854775807" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_control_characters_are_refused_in_every_record(database) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    data = PartnerData(code="JP-OSK", name="Osaka\x00Prefecture", kind="regional_government", country_code="JP")
    with pytest.raises(ValidationError) as caught:
        partners.create_partner(ctx, data)
    assert caught.value.problems[0].field == "name"
    assert caught.value.problems[0].message_en == "contains NUL (U+0000) at position 6; type or paste plain text"
    partner_id = partners.create_partner(ctx, PartnerData(code="JP-OSK", name="Osaka", kind="ngo", country_code="JP"))
    with pytest.raises(ValidationError, match="Notes: contains a broken character at position 3"):
        partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Tanaka", notes="ab\ud800"))
    # A path without the services' own check is caught before anything is written.
    with (
        pytest.raises(ValidationError, match=r"Name \(English\): contains a control character"),
        writing(ctx) as session,
    ):
        session.add(Sector(code="ports", name_id="Pelabuhan", name_en="Ports\x07"))
    assert registers.count(ctx, "partners", registers.RegisterQuery()) == 1
    # Line breaks and tabs are text.
    partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Sato", notes="line one\n\tline two"))


def test_the_search_limits_are_an_office_setting(database) -> None:  # type: ignore[no-untyped-def]
    from secretariat.services import office

    ctx = open_context(database, login="tester")
    profile = office.get_office_profile(ctx).to_data()
    profile.region_name_id, profile.region_name_en = "Provinsi Bali", "Bali Province"
    profile.search_max_characters, profile.search_max_words = 30, 2
    office.update_office_profile(ctx, profile)
    with pytest.raises(registers.SearchError, match="too many words"):
        registers.find_ids(ctx, "partners", registers.RegisterQuery(search="a b c"))
    with pytest.raises(registers.SearchError, match="too long"):
        registers.count(ctx, "partners", registers.RegisterQuery(search="x" * 31))
    assert registers.find_ids(ctx, "partners", registers.RegisterQuery(search="a b")) == []
    profile.search_max_words = 0
    with pytest.raises(ValidationError, match=r"Longest search \(words\): must be between 1 and 200"):
        office.update_office_profile(ctx, profile)
