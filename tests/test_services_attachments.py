"""Attachments: checked on the way in, stored once per SHA-256 in the database's own store, versions kept;
on SQLite (a folder beside the file) and PostgreSQL (inside the database)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from tests.document_files import pdf_bytes

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import BudgetLineData, DelegationData, PartnerData
from secretariat.services import attachments as service
from secretariat.services.attachments import (
    add_attachment,
    delete_attachment,
    export_attachment,
    get_attachment,
    list_attachments,
    list_versions,
    read_attachment,
    verify_all_attachments,
    verify_attachment,
)
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import create_delegation
from secretariat.services.partners.records import create_partner
from secretariat.storage.document_store import document_store_location
from secretariat.storage.models import Attachment, AuditEntry, DocumentContent

CONTENT = pdf_bytes(3, "Signed MoU scan")
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


def _stored(ctx: ServiceContext) -> list[str]:
    """The contents in the database's store (by SHA-256), staging areas left out."""
    folder = document_store_location(ctx.database)
    if folder is not None:
        return sorted(
            p.name for p in folder.rglob("*") if p.is_file() and p.parent.name != "tmp" and not p.name.startswith(".")
        )
    with ctx.database.sessions() as session:
        return sorted(session.scalars(select(DocumentContent.sha256)))


def _stored_path(ctx: ServiceContext, sha256: str) -> Path:
    folder = document_store_location(ctx.database)
    assert folder is not None
    return folder / sha256[:2] / sha256


def _alter(ctx: ServiceContext, sha256: str, data: bytes | None) -> None:
    """Change (or, with None, remove) the stored copy behind the program's back."""
    if ctx.database.is_sqlite:
        path = _stored_path(ctx, sha256)
        if data is None:
            path.unlink()
        else:
            path.write_bytes(data)
        return
    from sqlalchemy import text

    with ctx.database.engine.begin() as connection:
        if data is None:
            connection.execute(text("DELETE FROM document_chunk WHERE sha256 = :s"), {"s": sha256})
            connection.execute(text("DELETE FROM document_content WHERE sha256 = :s"), {"s": sha256})
        else:
            connection.execute(
                text("UPDATE document_chunk SET data = :d WHERE sha256 = :s AND number = 0"), {"d": data, "s": sha256}
            )


def test_each_database_has_its_own_store(ctx: ServiceContext) -> None:
    folder = document_store_location(ctx.database)
    if ctx.database.is_sqlite:
        database_file = Path(ctx.database.url.database)
        assert folder == database_file.with_name(database_file.name + ".documents")
    else:
        assert folder is None  # inside the database: its backup holds the documents


def test_add_stores_the_content_under_its_hash_and_records_it(
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
    assert (view.size, view.sha256, view.added_by, view.version, view.note, view.is_current) == (
        len(CONTENT),
        SHA,
        "clerk1",
        2,
        "travel report",
        True,
    )
    assert read_attachment(ctx, attachment_id) == CONTENT
    assert _stored(ctx) == [SHA]
    if ctx.database.is_sqlite:
        assert _stored_path(ctx, SHA).read_bytes() == CONTENT
    source.unlink()  # the copy does not depend on the original
    assert read_attachment(ctx, attachment_id) == CONTENT
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
    assert get_attachment(ctx, first).sha256 == get_attachment(ctx, second).sha256
    assert _stored(ctx) == [SHA]
    assert [a.file_name for a in list_attachments(ctx, "partner", partner_id)] == ["same content, other name.pdf"]


def test_the_stored_content_goes_only_with_the_last_record_using_it(
    ctx: ServiceContext, delegation_id: int, source: Path
) -> None:
    first = add_attachment(ctx, "delegation", delegation_id, "report", source)
    second = add_attachment(ctx, "delegation", delegation_id, "photo", source)
    delete_attachment(ctx, first)
    assert read_attachment(ctx, second) == CONTENT
    assert [a.id for a in list_attachments(ctx, "delegation", delegation_id)] == [second]
    delete_attachment(ctx, second)
    assert _stored(ctx) == []
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
    from tests.document_files import write_image

    other = write_image(tmp_path / "photo.jpg", 300, 200)
    first = add_attachment(ctx, "delegation", delegation_id, "report", source)
    second = add_attachment(ctx, "delegation", delegation_id, "photo", other)
    assert [a.id for a in list_attachments(ctx, "delegation", delegation_id)] == [second, first]
    assert list_attachments(ctx, "delegation", delegation_id + 1) == []


def test_a_new_file_for_the_same_document_is_a_new_version_and_the_old_one_is_kept(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    from tests.document_files import write_pdf

    from secretariat.domain.errors import UserError

    partner_id = create_partner(
        ctx, PartnerData(code="KKJ", name="Kitakyushu", kind="regional_government", country_code="JP")
    )
    first = add_attachment(ctx, "partner", partner_id, "loi", write_pdf(tmp_path / "loi.pdf", 1, "LoI first"))
    second = add_attachment(
        ctx, "partner", partner_id, "loi", write_pdf(tmp_path / "loi-corrected.pdf", 1, "LoI corrected")
    )
    versions = list_versions(ctx, second)
    assert [(v.id, v.version, v.is_current) for v in versions] == [(second, 2, True), (first, 1, False)]
    assert versions[0].slot == versions[1].slot
    assert [a.id for a in list_attachments(ctx, "partner", partner_id)] == [second]
    assert {a.id for a in list_attachments(ctx, "partner", partner_id, all_versions=True)} == {first, second}
    assert read_attachment(ctx, first) == (tmp_path / "loi.pdf").read_bytes()  # never silently replaced
    # A photo stands alone; the same file again is not a new version.
    with pytest.raises(UserError, match="already stored as version 2"):
        add_attachment(ctx, "partner", partner_id, "loi", tmp_path / "loi-corrected.pdf")
    # An explicit new version of a photo; removing the newest makes the previous current again.
    photo = add_attachment(ctx, "partner", partner_id, "photo", write_pdf(tmp_path / "p1.pdf", 1, "p1"))
    other = add_attachment(ctx, "partner", partner_id, "photo", write_pdf(tmp_path / "p2.pdf", 1, "p2"))
    assert get_attachment(ctx, other).slot != get_attachment(ctx, photo).slot
    newer = add_attachment(ctx, "partner", partner_id, "photo", write_pdf(tmp_path / "p3.pdf", 1, "p3"), replaces=photo)
    assert [(v.id, v.version) for v in list_versions(ctx, photo)] == [(newer, 2), (photo, 1)]
    delete_attachment(ctx, newer)
    assert get_attachment(ctx, photo).is_current
    delete_attachment(ctx, second)
    assert get_attachment(ctx, first).is_current


def test_verify_reports_a_changed_or_missing_copy(ctx: ServiceContext, delegation_id: int, source: Path) -> None:
    attachment_id = add_attachment(ctx, "delegation", delegation_id, "report", source)
    check = verify_attachment(ctx, attachment_id)
    assert (check.ok, check.missing, check.actual_sha256) == (True, False, SHA)
    _alter(ctx, SHA, b"tampered" + CONTENT[8:])
    check = verify_attachment(ctx, attachment_id)
    assert (check.ok, check.missing, check.expected_sha256) == (False, False, SHA)
    if ctx.database.is_sqlite:
        assert check.actual_sha256 == hashlib.sha256(b"tampered" + CONTENT[8:]).hexdigest()
    with pytest.raises(Exception, match="altered"):
        read_attachment(ctx, attachment_id)
    if ctx.database.is_sqlite:
        # Adding the good file again repairs the damaged copy (a folder store replaces a copy that no longer matches).
        add_attachment(ctx, "delegation", delegation_id, "other", source)
        assert all(c.ok for c in verify_all_attachments(ctx))
    _alter(ctx, SHA, None)
    checks = verify_all_attachments(ctx)
    assert checks and all(c.missing and not c.ok for c in checks)
    with pytest.raises(NotFoundError, match="missing"):
        read_attachment(ctx, attachment_id)


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
    assert _stored(ctx) == []
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
    assert _stored(ctx) == []


def test_a_failed_add_keeps_a_file_other_records_use(
    ctx: ServiceContext, delegation_id: int, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = add_attachment(ctx, "delegation", delegation_id, "report", source)
    if ctx.database.is_sqlite:
        _stored_path(ctx, SHA).write_bytes(b"damaged")  # forces the add to put a fresh copy in place

    def fail(_value: object) -> None:
        raise RuntimeError("the database refused the row")

    monkeypatch.setattr(service, "clean", fail)
    with pytest.raises(RuntimeError):
        add_attachment(ctx, "delegation", delegation_id, "other", source)
    assert read_attachment(ctx, kept) == CONTENT


_BOOM: list = []


@pytest.fixture
def failing_commit() -> Iterator[None]:
    def boom(_session: Session) -> None:
        raise RuntimeError("commit failed")

    event.listen(Session, "before_commit", boom)
    _BOOM.append(boom)
    try:
        yield
    finally:
        if _BOOM:
            event.remove(Session, "before_commit", boom)
            _BOOM.clear()


def test_a_delete_that_is_not_committed_keeps_the_file(
    ctx: ServiceContext, delegation_id: int, source: Path, request: pytest.FixtureRequest
) -> None:
    attachment_id = add_attachment(ctx, "delegation", delegation_id, "report", source)
    request.getfixturevalue("failing_commit")
    with pytest.raises(RuntimeError, match="commit failed"):
        delete_attachment(ctx, attachment_id)
    event.remove(Session, "before_commit", _BOOM[0])
    _BOOM.clear()
    assert read_attachment(ctx, attachment_id) == CONTENT
    folder = document_store_location(ctx.database)
    if folder is not None:
        assert [p for p in (folder / "tmp").rglob("*") if p.is_file()] == []


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
