"""Schema 0012 (impact, issue 16): the released 0005 office file (the demo's records) gains named indicators made
from its activities' free-text indicators, the default status rules, and empty targets and evaluations."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from secretariat.domain.impact import StatusRules
from secretariat.services.context import open_context
from secretariat.services.impact.rules import get_status_rules
from secretariat.services.impact.scorecard import scorecards
from secretariat.storage.migrate import head_revision, open_database, schema_revision

pytestmark = pytest.mark.real_migrations

FROZEN_0005 = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"
VALUES = "SELECT a.agreement_id, i.id, i.name, i.unit, i.value FROM indicator i JOIN activity a ON a.id = i.activity_id"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_0005_file_gets_named_indicators_from_its_free_text(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FROZEN_0005, path)
    before = rows(path, VALUES)
    assert before, "the frozen file holds indicators"
    # by hand: one named indicator per agreement and distinct (trimmed, case-folded) name, in its commonest unit
    groups: dict[tuple[int, str], Counter[str]] = {}
    for agreement_id, _id, name, unit, _value in before:
        groups.setdefault((agreement_id, name.strip().casefold()), Counter())[(unit or "").strip()] += 1

    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()
        ctx = open_context(db, "clerk1")
        assert get_status_rules(ctx) == StatusRules()  # the default row
        year = date.fromisoformat(str(rows(path, "SELECT max(occurred_on) FROM activity")[0][0])).year
        cards = scorecards(ctx, date(year, 1, 1), date(year, 12, 31), today=date(year, 12, 31))
    finally:
        db.dispose()

    named = rows(path, "SELECT agreement_id, name, unit FROM impact_indicator")
    assert len(named) == len(groups)
    for agreement_id, name, unit in named:
        units = groups[(agreement_id, name.strip().casefold())]
        assert units[unit] == max(units.values())
    # every value in its indicator's unit is linked to it; the values and the rest of the row are unchanged
    linked = rows(
        path,
        "SELECT i.id, p.agreement_id, p.name, p.unit, i.unit FROM indicator i "
        "JOIN impact_indicator p ON p.id = i.impact_indicator_id",
    )
    assert all((unit or "") == plan_unit for _i, _a, _n, plan_unit, unit in linked)
    unlinked = rows(path, "SELECT count(*) FROM indicator WHERE impact_indicator_id IS NULL")[0][0]
    assert len(linked) + unlinked == len(before)
    assert rows(path, VALUES) == before
    assert rows(path, "SELECT count(*) FROM indicator_target") == [(0,)]  # no target is invented
    assert rows(path, "SELECT count(*) FROM evaluation") == [(0,)]
    # the upgraded office's scorecards count the linked values; with no targets there is no achievement
    assert cards and all(card.achievement is None for card in cards)
    assert any(result.achieved > 0 for card in cards for result in card.indicators)
