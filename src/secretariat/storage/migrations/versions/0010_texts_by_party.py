"""Texts a head of region signs: agreement subjects, text versions, letterheads, letter numbers kept.

* ``agreement.subject_id`` / ``subject_en``: what the agreement is about, as
  its text's title says after "TENTANG" / "ON" (the title block is composed
  from the instrument, the parties and this subject, never cut from the stored
  title). Existing agreements get the subject taken out of their title where
  the title has the form "<instrument> tentang <subject> [antara <parties>]"
  in Indonesian and "<instrument> on <subject> [between <parties>]" in
  English; other titles are left for the clerk (the dashboard lists them).
* ``draft_version.text_sha256``: the SHA-256 of what a version's text says,
  so printing the same text again (on other paper, or as the final copy)
  reuses its version. Existing versions have none (they never match).
* ``agreement.draft_version`` is set to the highest version actually stored
  (0 when none is): data made without versions (the demo's) starts again at 1.
* ``office_profile``: ``letterhead_unit`` (the bureau letterhead's second
  line), ``head_emblem_png`` and ``head_letterhead_title`` (the head of
  region's own letterhead: the national emblem and "GUBERNUR ...").
* ``delegation.permit_letter_number`` / ``permit_letter_date``: the final
  permit request letter's number and date, kept for reprints.
* ``itinerary_item.activity_en``: the activity in English for the bilingual
  programme.

Columns are added with plain ALTER TABLE (no table rebuild), so the FTS
triggers on agreement and partner stay in place.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SUBJECT_LENGTH = 300

_ID = re.compile(r"\btentang\s+(?P<subject>.+?)(?:\s+antara\s+.+)?$", re.IGNORECASE | re.DOTALL)
_EN = re.compile(r"\bon\s+(?P<subject>.+?)(?:\s+(?:between|among)\s+.+)?$", re.IGNORECASE | re.DOTALL)


def _subject(pattern: re.Pattern[str], title: str | None) -> str | None:
    text = " ".join((title or "").split())
    match = pattern.search(text)
    if match is None:
        return None
    subject = match.group("subject").strip(" .,;:-")
    if subject.lower().startswith("the "):
        subject = subject[4:]
    return subject[:1].upper() + subject[1:] if subject and len(subject) <= SUBJECT_LENGTH else None


def subjects_from_titles(title_id: str | None, title_en: str | None) -> tuple[str | None, str | None]:
    """(subject_id, subject_en) taken out of the two titles, or (None, None) unless both have one."""
    subject_id = _subject(_ID, title_id)
    subject_en = _subject(_EN, title_en)
    if subject_id and subject_en:
        return subject_id, subject_en
    return None, None


def upgrade() -> None:
    op.add_column("agreement", sa.Column("subject_id", sa.String(length=SUBJECT_LENGTH), nullable=True))
    op.add_column("agreement", sa.Column("subject_en", sa.String(length=SUBJECT_LENGTH), nullable=True))
    op.add_column("draft_version", sa.Column("text_sha256", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_draft_version_text_sha256"), "draft_version", ["text_sha256"], unique=False)
    op.add_column("office_profile", sa.Column("letterhead_unit", sa.String(length=200), nullable=True))
    op.add_column("office_profile", sa.Column("head_emblem_png", sa.LargeBinary(), nullable=True))
    op.add_column("office_profile", sa.Column("head_letterhead_title", sa.String(length=200), nullable=True))
    op.add_column("delegation", sa.Column("permit_letter_number", sa.String(length=80), nullable=True))
    op.add_column("delegation", sa.Column("permit_letter_date", sa.Date(), nullable=True))
    op.add_column("itinerary_item", sa.Column("activity_en", sa.Text(), nullable=True))

    bind = op.get_bind()
    agreement = sa.table(
        "agreement",
        sa.column("id", sa.Integer),
        sa.column("title_id", sa.String),
        sa.column("title_en", sa.String),
        sa.column("subject_id", sa.String),
        sa.column("subject_en", sa.String),
        sa.column("draft_version", sa.Integer),
    )
    draft_version = sa.table("draft_version", sa.column("agreement_id", sa.Integer), sa.column("version", sa.Integer))
    for row in bind.execute(sa.select(agreement.c.id, agreement.c.title_id, agreement.c.title_en)).all():
        subject_id, subject_en = subjects_from_titles(row.title_id, row.title_en)
        if subject_id:
            bind.execute(
                agreement.update().where(agreement.c.id == row.id).values(subject_id=subject_id, subject_en=subject_en)
            )
    stored = (
        sa.select(sa.func.coalesce(sa.func.max(draft_version.c.version), 0))
        .where(draft_version.c.agreement_id == agreement.c.id)
        .scalar_subquery()
    )
    bind.execute(agreement.update().values(draft_version=stored))


def downgrade() -> None:
    op.drop_column("itinerary_item", "activity_en")
    op.drop_column("delegation", "permit_letter_date")
    op.drop_column("delegation", "permit_letter_number")
    op.drop_column("office_profile", "head_letterhead_title")
    op.drop_column("office_profile", "head_emblem_png")
    op.drop_column("office_profile", "letterhead_unit")
    op.drop_index(op.f("ix_draft_version_text_sha256"), table_name="draft_version")
    op.drop_column("draft_version", "text_sha256")
    op.drop_column("agreement", "subject_en")
    op.drop_column("agreement", "subject_id")
