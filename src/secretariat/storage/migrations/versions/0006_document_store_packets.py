"""Documents: versions of a document, a document store per database, packets, the size limit.

* ``attachment.slot`` and ``attachment.is_current``: versions of one document share a slot (the gid of
  its first version); adding a new file for the same slot keeps the old one. Existing rows become
  their own slot, except an agreement's drafts, which become the versions of one "draft" slot (the
  newest current).
* ``document_content`` and ``document_chunk``: the contents of a database that keeps its documents
  inside itself (PostgreSQL), content-addressed by SHA-256 and cut in chunks. A SQLite database keeps
  them in a folder beside its file; the files of the old shared ``attachments/`` folder are copied
  into it when the database is next opened (``storage.document_store.adopt_legacy_documents``).
* ``packet``: each signed-agreement packet made, with its covering letter's number.
* ``office_profile.document_size_limit_mb`` (100): the largest document a clerk may attach.

Columns are added with plain ALTER TABLE (no table rebuild).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachment", sa.Column("slot", sa.String(length=36), nullable=False, server_default=""))
    op.add_column("attachment", sa.Column("is_current", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_index(op.f("ix_attachment_slot"), "attachment", ["slot"], unique=False)
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE attachment SET slot = gid"))
    bind.execute(
        sa.text(
            "UPDATE attachment SET slot = (SELECT first.gid FROM attachment first "
            "WHERE first.owner_type = attachment.owner_type AND first.owner_id = attachment.owner_id "
            "AND first.kind = 'draft' ORDER BY first.id LIMIT 1) WHERE kind = 'draft'"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE attachment SET is_current = :no WHERE EXISTS (SELECT 1 FROM attachment newer "
            "WHERE newer.slot = attachment.slot AND newer.id > attachment.id)"
        ),
        {"no": False},
    )
    bind.execute(sa.text("UPDATE attachment SET version = 1 WHERE version IS NULL"))

    op.create_table(
        "document_content",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document_content")),
    )
    op.create_table(
        "document_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["document_content.sha256"],
            name=op.f("fk_document_chunk_sha256_document_content"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "number", name=op.f("pk_document_chunk")),
    )
    op.create_table(
        "packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=40), nullable=True),
        sa.Column("paper", sa.String(length=4), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("incomplete", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("letter_number", sa.String(length=80), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_packet_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachment.id"], name=op.f("fk_packet_attachment_id_attachment"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packet")),
        sa.UniqueConstraint("gid", name=op.f("uq_packet_gid")),
    )
    op.create_index(op.f("ix_packet_agreement_id"), "packet", ["agreement_id"], unique=False)
    op.create_index(op.f("ix_packet_attachment_id"), "packet", ["attachment_id"], unique=False)
    op.create_index(op.f("ix_packet_content_sha256"), "packet", ["content_sha256"], unique=False)
    op.add_column(
        "office_profile", sa.Column("document_size_limit_mb", sa.Integer(), nullable=False, server_default="100")
    )


def downgrade() -> None:
    op.drop_column("office_profile", "document_size_limit_mb")
    op.drop_index(op.f("ix_packet_content_sha256"), table_name="packet")
    op.drop_index(op.f("ix_packet_attachment_id"), table_name="packet")
    op.drop_index(op.f("ix_packet_agreement_id"), table_name="packet")
    op.drop_table("packet")
    op.drop_table("document_chunk")
    op.drop_table("document_content")
    op.drop_index(op.f("ix_attachment_slot"), table_name="attachment")
    op.drop_column("attachment", "is_current")
    op.drop_column("attachment", "slot")
