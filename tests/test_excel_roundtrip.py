"""Export, import into an empty database, export again: the same cells, sheet by sheet (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from excel_testing import audit_count, count, sheet_values
from secretariat.documents.excel_export_writer import Choices, write_register
from secretariat.domain import excel_format as fmt
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.demo import load_demo
from secretariat.services.excel.export import office_choices, register_counts, register_rows
from secretariat.services.excel.importer import import_workbook
from secretariat.storage.engine import Database
from secretariat.storage.migrate import open_database
from secretariat.storage.models import Agreement, Contact, Partner, Transaction


def export(ctx: ServiceContext, path: Path, language: str = "id") -> dict[str, int]:
    with register_rows(ctx, language) as rows:
        return write_register(path, rows, language=language, choices=Choices(*office_choices(ctx)))


@pytest.fixture
def empty_database(database: Database, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A second, empty database on the same back end as ``database``."""
    if database.is_sqlite:
        other = open_database(str(tmp_path / "empty.sqlite3"))
        yield other
        other.dispose()
        return
    server = request.getfixturevalue("postgres_server")
    name = f"test_{uuid.uuid4().hex}"
    with server.connect() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    other = open_database(server.url(name))
    try:
        yield other
    finally:
        other.dispose()
        with server.connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("language", ["id", "en"])
def test_export_import_export_gives_the_same_workbook(
    database: Database, empty_database: Database, tmp_path: Path, language: str
) -> None:
    source = open_context(database, "tester")
    load_demo(source, scale=1)
    first = tmp_path / "first.xlsx"
    counts = export(source, first, language)
    assert counts == register_counts(source)
    assert all(counts[spec.key] > 0 for spec in fmt.SHEETS), counts  # the demo fills every sheet

    target = open_context(empty_database, "tester")
    report = import_workbook(target, first)
    assert report.written and not report.has_rejections, [p.describe() for p in report.problems[:10]]
    assert report.added == sum(counts.values())
    assert count(target, Partner) == count(source, Partner)
    assert count(target, Contact) == count(source, Contact)
    with reading(source) as a, reading(target) as b:
        for model in (Partner, Agreement, Transaction):
            assert set(a.scalars(select(model.gid))) == set(b.scalars(select(model.gid)))  # the same records
        assert a.scalar(select(func.sum(Transaction.idr_amount))) == b.scalar(select(func.sum(Transaction.idr_amount)))

    second = tmp_path / "second.xlsx"
    export(target, second, language)
    before, after = sheet_values(first), sheet_values(second)
    assert list(before) == list(after)
    for name in before:
        assert before[name] == after[name], name

    # Importing the export into the database it came from changes nothing at all.
    entries = audit_count(source)
    with reading(source) as session:
        stamp = session.scalar(select(func.max(Partner.updated_at)))
    again = import_workbook(source, first)
    assert again.unchanged == sum(counts.values()) and again.added == again.updated == again.rejected == 0
    assert audit_count(source) == entries
    with reading(source) as session:
        assert session.scalar(select(func.max(Partner.updated_at))) == stamp


def test_the_export_has_the_format_of_the_template(database: Database, tmp_path: Path) -> None:
    ctx = open_context(database, "tester")
    load_demo(ctx, scale=1)
    path = tmp_path / "export.xlsx"
    export(ctx, path)
    values = sheet_values(path)
    names = list(values)
    assert names[0] == fmt.INSTRUCTIONS_SHEET[0] and names[-1] == fmt.LISTS_SHEET[0]
    for spec in fmt.SHEETS:
        header = values[spec.name_id][0]
        assert [h.removesuffix(" *") for h in header] == [c.header_id for c in spec.columns]
    partners = values["Mitra"]
    assert partners[1][1] < partners[2][1]  # ordered by code
