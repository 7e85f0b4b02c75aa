"""Draft versions of agreement texts; partners' Indonesian name and head's title.

``draft_version`` keeps, per generated draft, its attachment (the PDF), its
version number, paper, whether it was the final text, the PDF's SHA-256 and a
snapshot of the articles and preamble it printed, so two versions can be
compared article by article even after the agreement's text was edited.

``partner.name_id`` and ``partner.head_title_id`` give the Indonesian column
of a bilingual text its own wording; ``head_title`` stays the English (or
original) title. Both are optional: drafts fall back to ``name`` and
``head_title``.

Columns are added and dropped with plain ALTER TABLE (no table rebuild), so
the FTS triggers on partner stay in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("paper", sa.String(length=4), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("articles", sa.Text(), nullable=False),
        sa.Column("preamble_id", sa.Text(), nullable=False),
        sa.Column("preamble_en", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_draft_version_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_draft_version_attachment_id_attachment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_version")),
        sa.UniqueConstraint("agreement_id", "version", name=op.f("uq_draft_version_agreement_id")),
    )
    with op.batch_alter_table("draft_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_version_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_draft_version_attachment_id"), ["attachment_id"], unique=False)

    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_id", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("head_title_id", sa.String(length=200), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch rebuild would drop partner's FTS triggers.
    op.drop_column("partner", "head_title_id")
    op.drop_column("partner", "name_id")

    with op.batch_alter_table("draft_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_version_attachment_id"))
        batch_op.drop_index(batch_op.f("ix_draft_version_agreement_id"))

    op.drop_table("draft_version")
