"""Attachments: content-addressed copies in the data folder, checked by SHA-256; on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import BudgetLineData, DelegationData, PartnerData
from secretariat.services import attachments as service
from secretariat.services.attachments import (
    add_attachment,
    attachment_path,
    attachments_dir,
    delete_attachment,
    export_attachment,
    get_attachment,
    list_attachments,
    verify_all_attachments,
    verify_attachment,
)
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import create_delegation
from secretariat.services.partners.records import create_partner
from secretariat.storage.location import data_dir
from secretariat.storage.models import Attachment, AuditEntry

CONTENT = b"%PDF-1.4 signed MoU scan\n" * 1000
SHA = hashlib.sha256(CONTENT).hexdigest()


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


@pytest.fixture
def delegation_id(ctx: ServiceContext) -> int:
    return create_delegation(
        ctx,
        DelegationData(
            direction="outgoing", purpose="Visit", country_code="JP", start_on=date(2026, 5, 1), end_on=date(2026, 5, 3)
        ),
    )


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "MoU signed.pdf"
    path.parent.mkdir()
    path.write_bytes(CONTENT)
    return path


def _stored_files(ctx: ServiceContext) -> list[Path]:
    folder = attachments_dir(ctx.database)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_folder_is_beside_the_sqlite_file_or_per_database_in_the_data_folder(ctx: ServiceContext) -> None:
    folder = attachments_dir(ctx.database)
    if ctx.database.is_sqlite:
        assert folder == Path(ctx.database.url.database).parent / "attachments"
    else:
        assert folder.parent == data_dir() / "attachments"
        assert ctx.database.url.database in folder.name


def test_add_copies_the_file_under_its_hash_and_records_it(
    ctx: ServiceContext, delegation_id: int, source: Path
) -> None:
    attachment_id = add_attachment(
        ctx, "delegation", delegation_id, "report", source, note=" travel report ", version=2
    )
    view = get_attachment(ctx, attachment_id)
    assert (view.owner_type, view.owner_id, view.kind, view.file_name) == (
        "delegation",
        delegation_id,
        "report",
        "MoU signed.pdf",
    )
    assert (view.size, view.sha256, view.added_by, view.version, view.note) == (
        len(CONTENT),
        SHA,
        "clerk1",
        2,
        "travel report",
    )
    path = attachment_path(ctx, attachment_id)
    assert path == attachments_dir(ctx.database) / SHA[:2] / SHA
    assert path.read_bytes() == CONTENT
    assert _stored_files(ctx) == [path]
    source.unlink()  # the copy does not depend on the original
    assert attachment_path(ctx, attachment_id).read_bytes() == CONTENT
    with ctx.database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "attachment"))
        assert (entry.action, entry.user_login, entry.summary) == ("create", "clerk1", "MoU signed.pdf")


def test_identical_files_are_stored_once(ctx: ServiceContext, delegation_id: int, source: Path, tmp_path: Path) -> None:
    partner_id = create_partner(
        ctx, PartnerData(code="KKJ", name="Kitakyushu", kind="regional_government", country_code="JP")
    )
    copy = tmp_path / "same content, other name.pdf"
    copy.write_bytes(CONTENT)
    first = add_attachment(ctx, "delegation", delegation_id, "report", source)
    second = add_attachment(ctx, "partner", partner_id, "signed_scan", copy)
    assert attachment_path(ctx, first) == attachment_path(ctx, second)
    assert len(_stored_files(ctx)) == 1
    assert [a.file_name for a in list_attachments(ctx, "partner", partner_id)] == ["same content, other name.pdf"]


def test_the_stored_file_goes_only_with_the_last_record_using_it(
    ctx: ServiceContext, delegation_id: int, source: Path
) -> None:
    first = add_attachment(ctx, "delegation", delegation_id, "report", source)
    second = add_attachment(ctx, "delegation", delegation_id, "photo", source)
    path = attachment_path(ctx, first)
    delete_attachment(ctx, first)
    assert path.read_bytes() == CONTENT
    assert [a.id for a in list_attachments(ctx, "delegation", delegation_id)] == [second]
    delete_attachment(ctx, second)
    assert not path.exists()
    assert _stored_files(ctx) == []
    assert list_attachments(ctx, "delegation", delegation_id) == []
    with ctx.database.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "attachment").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "create", "delete", "delete"]
    with pytest.raises(NotFoundError):
        delete_attachment(ctx, first)


def test_list_shows_the_owners_files_newest_first(
    ctx: ServiceContext, delegation_id: int, source: Path, tmp_path: Path
) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8 photo")
    first = add_attachment(ctx, "delegation", delegation_id, "report", source)
    second = add_attachment(ctx, "delegation", delegation_id, "photo", other)
    assert [a.id for a in list_attachments(ctx, "delegation", delegation_id)] == [second, first]
    assert list_attachments(ctx, "delegation", delegation_id + 1) == []


def test_verify_reports_a_changed_or_missing_copy(ctx: ServiceContext, delegation_id: int, source: Path) -> None:
    attachment_id = add_attachment(ctx, "delegation", delegation_id, "report", source)
    check = verify_attachment(ctx, attachment_id)
    assert (check.ok, check.missing, check.actual_sha256) == (True, False, SHA)
    path = attachment_path(ctx, attachment_id)
    path.write_bytes(CONTENT + b"tampered")
    check = verify_attachment(ctx, attachment_id)
    assert (check.ok, check.missing, check.expected_sha256) == (False, False, SHA)
    assert check.actual_sha256 == hashlib.sha256(CONTENT + b"tampered").hexdigest()
    # Adding the good file again repairs the damaged copy.
    add_attachment(ctx, "delegation", delegation_id, "report", source)
    assert all(c.ok for c in verify_all_attachments(ctx))
    path.unlink()
    [a, b] = verify_all_attachments(ctx)
    assert (a.missing, b.missing, a.ok) == (True, True, False)
    with pytest.raises(NotFoundError, match="missing"):
        attachment_path(ctx, attachment_id)


@pytest.mark.parametrize(
    ("owner_type", "owner_id", "kind", "version", "fields"),
    [
        ("delegation", 999, "report", None, {"owner"}),
        ("agreement", 999, "report", None, {"owner"}),
        ("partner", 999, "report", None, {"owner"}),
        ("budget_line", 999, "report", None, {"owner"}),
        ("invoice", 1, "report", None, {"owner_type"}),
        ("delegation", 1, "selfie", None, {"kind"}),
        ("delegation", 1, "report", 0, {"version"}),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    ctx: ServiceContext,
    delegation_id: int,
    source: Path,
    owner_type: str,
    owner_id: int,
    kind: str,
    version: int | None,
    fields: set[str],
) -> None:
    assert delegation_id == 1
    with pytest.raises(ValidationError) as caught:
        add_attachment(ctx, owner_type, owner_id, kind, source, version=version)
    assert caught.value.fields == fields
    assert _stored_files(ctx) == []
    with ctx.database.sessions() as session:
        assert session.scalars(select(Attachment)).all() == []


def test_a_missing_source_file_is_named(ctx: ServiceContext, delegation_id: int, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a readable file") as caught:
        add_attachment(ctx, "delegation", delegation_id, "report", tmp_path / "nowhere.pdf")
    assert caught.value.fields == {"file"}


def test_every_owner_kind_can_hold_files(ctx: ServiceContext, source: Path) -> None:
    line_id = create_budget_line(
        ctx, BudgetLineData(fiscal_year=2026, account_code="5.1.02", description="x", planned_idr=1)
    )  # type: ignore[arg-type]
    attachment_id = add_attachment(ctx, "budget_line", line_id, "other", source)
    assert get_attachment(ctx, attachment_id).owner_type == "budget_line"


def test_a_failed_add_leaves_no_file_behind(
    ctx: ServiceContext, delegation_id: int, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_value: object) -> None:
        raise RuntimeError("the database refused the row")

    monkeypatch.setattr(service, "clean", fail)  # fails after the file was put in place
    with pytest.raises(RuntimeError):
        add_attachment(ctx, "delegation", delegation_id, "report", source)
    assert _stored_files(ctx) == []


def test_a_failed_add_keeps_a_file_other_records_use(
    ctx: ServiceContext, delegation_id: int, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = add_attachment(ctx, "delegation", delegation_id, "report", source)
    attachment_path(ctx, kept).write_bytes(b"damaged")  # forces the add to put a fresh copy in place

    def fail(_value: object) -> None:
        raise RuntimeError("the database refused the row")

    monkeypatch.setattr(service, "clean", fail)
    with pytest.raises(RuntimeError):
        add_attachment(ctx, "delegation", delegation_id, "report", source)
    assert attachment_path(ctx, kept).read_bytes() == CONTENT


@pytest.fixture
def failing_commit() -> Iterator[None]:
    def boom(_session: Session) -> None:
        raise RuntimeError("commit failed")

    event.listen(Session, "before_commit", boom)
    try:
        yield
    finally:
        event.remove(Session, "before_commit", boom)


def test_a_delete_that_is_not_committed_keeps_the_file(
    ctx: ServiceContext, delegation_id: int, source: Path, request: pytest.FixtureRequest
) -> None:
    attachment_id = add_attachment(ctx, "delegation", delegation_id, "report", source)
    path = attachment_path(ctx, attachment_id)
    request.getfixturevalue("failing_commit")
    with pytest.raises(RuntimeError, match="commit failed"):
        delete_attachment(ctx, attachment_id)
    assert path.read_bytes() == CONTENT
    assert [p for p in _stored_files(ctx) if p.parent.name == "tmp"] == []


def test_export_gives_a_copy_with_the_original_name(
    ctx: ServiceContext, delegation_id: int, source: Path, tmp_path: Path
) -> None:
    attachment_id = add_attachment(ctx, "delegation", delegation_id, "report", source)
    copy = export_attachment(ctx, attachment_id, tmp_path / "out")
    assert copy == tmp_path / "out" / "MoU signed.pdf"
    assert copy.read_bytes() == CONTENT


def test_a_delegation_with_files_cannot_be_deleted(ctx: ServiceContext, delegation_id: int, source: Path) -> None:
    from secretariat.domain.errors import DependencyError
    from secretariat.services.delegations.records import delete_delegation

    add_attachment(ctx, "delegation", delegation_id, "report", source)
    with pytest.raises(DependencyError) as caught:
        delete_delegation(ctx, delegation_id)
    assert caught.value.dependents == {"attachment(s)": 1}
