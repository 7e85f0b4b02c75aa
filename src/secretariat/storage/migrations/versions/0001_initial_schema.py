"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29 01:16:57.515637
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pycountry
import sqlalchemy as sa
from alembic import op
from babel import Locale

from secretariat.domain.countries import ASEAN_MEMBERS, NO_DIPLOMATIC_RELATIONS
from secretariat.domain.sectors import DEFAULT_SECTORS
from secretariat.domain.stages import DEFAULT_STAGES

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("gid", name=op.f("uq_app_user_gid")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "attachment",
        sa.Column("owner_type", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored_name", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("gid", name=op.f("uq_attachment_gid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_owner_type"), ["owner_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_login", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("entity_gid", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_gid"), ["entity_gid"], unique=False)

    op.create_table(
        "country",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("alpha3", sa.String(length=3), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("name_id", sa.String(length=100), nullable=False),
        sa.Column("diplomatic_relations", sa.Boolean(), nullable=False),
        sa.Column("asean_member", sa.Boolean(), nullable=False),
        sa.Column("mission_country_code", sa.String(length=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_country_code"], ["country.code"], name=op.f("fk_country_mission_country_code_country")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_country")),
        sa.UniqueConstraint("alpha3", name=op.f("uq_country_alpha3")),
    )
    op.create_table(
        "number_sequence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_sequence")),
        sa.UniqueConstraint("series", "year", name=op.f("uq_number_sequence_series")),
    )
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_name_id", sa.String(length=200), nullable=False),
        sa.Column("region_name_en", sa.String(length=200), nullable=False),
        sa.Column("region_level", sa.String(length=20), nullable=False),
        sa.Column("head_name", sa.String(length=200), nullable=True),
        sa.Column("head_title_id", sa.String(length=200), nullable=True),
        sa.Column("head_title_en", sa.String(length=200), nullable=True),
        sa.Column("bureau_head_name", sa.String(length=200), nullable=True),
        sa.Column("bureau_head_title", sa.String(length=200), nullable=True),
        sa.Column("address_lines", sa.Text(), nullable=True),
        sa.Column("contact_lines", sa.Text(), nullable=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("paper", sa.String(length=4), nullable=False),
        sa.Column("agreement_pattern", sa.String(length=80), nullable=False),
        sa.Column("delegation_pattern", sa.String(length=80), nullable=False),
        sa.Column("letter_pattern", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "official",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=30), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("grade", sa.String(length=1), nullable=False),
        sa.Column("passport_type", sa.String(length=20), nullable=True),
        sa.Column("passport_number", sa.String(length=40), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official")),
        sa.UniqueConstraint("gid", name=op.f("uq_official_gid")),
        sa.UniqueConstraint("nip", name=op.f("uq_official_nip")),
    )
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_official_name"), ["name"], unique=False)

    op.create_table(
        "sector",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_id", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector")),
        sa.UniqueConstraint("code", name=op.f("uq_sector_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_sector_gid")),
    )
    op.create_table(
        "stage",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_id", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.Column("instruments", sa.String(length=200), nullable=False),
        sa.Column("required_documents", sa.String(length=400), nullable=False),
        sa.Column("required_fields", sa.String(length=400), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("is_live", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
        sa.UniqueConstraint("code", name=op.f("uq_stage_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_stage_gid")),
    )
    op.create_table(
        "agreement",
        sa.Column("number", sa.String(length=80), nullable=True),
        sa.Column("partner_number", sa.String(length=80), nullable=True),
        sa.Column("title_id", sa.String(length=500), nullable=False),
        sa.Column("title_en", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_place", sa.String(length=200), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("notice_months", sa.Integer(), nullable=True),
        sa.Column("draft_version", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["agreement.id"], name=op.f("fk_agreement_parent_id_agreement")),
        sa.ForeignKeyConstraint(["previous_id"], ["agreement.id"], name=op.f("fk_agreement_previous_id_agreement")),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], name=op.f("fk_agreement_stage_id_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("gid", name=op.f("uq_agreement_gid")),
        sa.UniqueConstraint("number", name=op.f("uq_agreement_number")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_instrument"), ["instrument"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_previous_id"), ["previous_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "partner",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_original", sa.String(length=300), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("admin_level", sa.String(length=40), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("head_name", sa.String(length=200), nullable=True),
        sa.Column("head_title", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["country_code"], ["country.code"], name=op.f("fk_partner_country_code_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("code", name=op.f("uq_partner_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_partner_gid")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_status"), ["status"], unique=False)

    op.create_table(
        "per_diem_rate",
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("grade", sa.String(length=1), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["country_code"], ["country.code"], name=op.f("fk_per_diem_rate_country_code_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_per_diem_rate")),
        sa.UniqueConstraint("country_code", "grade", "valid_from", name=op.f("uq_per_diem_rate_country_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_per_diem_rate_gid")),
    )
    with op.batch_alter_table("per_diem_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_per_diem_rate_country_code"), ["country_code"], unique=False)

    op.create_table(
        "agreement_partner",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_partner_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], name=op.f("fk_agreement_partner_partner_id_partner")),
        sa.PrimaryKeyConstraint("agreement_id", "partner_id", name=op.f("pk_agreement_partner")),
    )
    with op.batch_alter_table("agreement_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_partner_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "agreement_sector",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_sector_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["sector_id"], ["sector.id"], name=op.f("fk_agreement_sector_sector_id_sector")),
        sa.PrimaryKeyConstraint("agreement_id", "sector_id", name=op.f("pk_agreement_sector")),
    )
    with op.batch_alter_table("agreement_sector", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_sector_sector_id"), ["sector_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_assessment_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("agreement_id", "criterion", name=op.f("uq_assessment_agreement_id")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("passport_type", sa.String(length=20), nullable=True),
        sa.Column("passport_number", sa.String(length=40), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_contact_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("gid", name=op.f("uq_contact_gid")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "delegation",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("cities", sa.String(length=300), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_delegation_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["country_code"], ["country.code"], name=op.f("fk_delegation_country_code_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
        sa.UniqueConstraint("code", name=op.f("uq_delegation_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_delegation_gid")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_start_on"), ["start_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_status"), ["status"], unique=False)

    op.create_table(
        "partner_condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_condition_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_condition")),
        sa.UniqueConstraint("partner_id", "number", name=op.f("uq_partner_condition_partner_id")),
    )
    with op.batch_alter_table("partner_condition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_condition_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_login", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_stage_change_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["from_stage_id"], ["stage.id"], name=op.f("fk_stage_change_from_stage_id_stage")),
        sa.ForeignKeyConstraint(["to_stage_id"], ["stage.id"], name=op.f("fk_stage_change_to_stage_id_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_change_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("account_code", sa.String(length=60), nullable=False),
        sa.Column("activity", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned_idr", sa.BigInteger(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_budget_line_agreement_id_agreement")),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_budget_line_delegation_id_delegation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint("gid", name=op.f("uq_budget_line_gid")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_account_code"), ["account_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_fiscal_year"), ["fiscal_year"], unique=False)

    op.create_table(
        "delegation_member",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("member_position", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("grade", sa.String(length=1), nullable=True),
        sa.Column("passport_type", sa.String(length=20), nullable=True),
        sa.Column("passport_number", sa.String(length=40), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], name=op.f("fk_delegation_member_contact_id_contact")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_member_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"], ["official.id"], name=op.f("fk_delegation_member_official_id_official")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_member")),
        sa.UniqueConstraint("gid", name=op.f("uq_delegation_member_gid")),
    )
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_member_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_member_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_member_official_id"), ["official_id"], unique=False)

    op.create_table(
        "itinerary_item",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("counterpart", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_itinerary_item_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_itinerary_item")),
        sa.UniqueConstraint("gid", name=op.f("uq_itinerary_item_gid")),
    )
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_itinerary_item_delegation_id"), ["delegation_id"], unique=False)

    op.create_table(
        "permit_step",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("granted_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("due_days_before", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_permit_step_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_step")),
        sa.UniqueConstraint("gid", name=op.f("uq_permit_step_gid")),
    )
    with op.batch_alter_table("permit_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_permit_step_delegation_id"), ["delegation_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("budget_line_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_activity_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_line.id"],
            name=op.f("fk_activity_budget_line_id_budget_line"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_activity_delegation_id_delegation"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("gid", name=op.f("uq_activity_gid")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_budget_line_id"), ["budget_line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "budget_transaction",
        sa.Column("budget_line_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate_to_idr", sa.String(length=48), nullable=False),
        sa.Column("idr_amount", sa.BigInteger(), nullable=False),
        sa.Column("donor_partner_id", sa.Integer(), nullable=True),
        sa.Column("form", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_line.id"],
            name=op.f("fk_budget_transaction_budget_line_id_budget_line"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["donor_partner_id"], ["partner.id"], name=op.f("fk_budget_transaction_donor_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_transaction")),
        sa.UniqueConstraint("gid", name=op.f("uq_budget_transaction_gid")),
    )
    with op.batch_alter_table("budget_transaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_transaction_budget_line_id"), ["budget_line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_transaction_donor_partner_id"), ["donor_partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_transaction_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=48), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_indicator_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_activity_id"), ["activity_id"], unique=False)

    _create_search_indexes()
    _seed_reference_data()


# Full-text search (SQLite FTS5, diacritics folded so "Krakow" finds "Kraków").
SEARCH_COLUMNS = {
    "partner": ("code", "name", "name_original", "city", "notes"),
    "agreement": ("number", "partner_number", "title_id", "title_en", "notes"),
    "delegation": ("code", "purpose", "cities", "notes"),
    "budget_line": ("account_code", "activity", "description"),
}


def _create_search_indexes() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in SEARCH_COLUMNS.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )


def _seed_reference_data() -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    indonesian = Locale("id").territories
    country = sa.table(
        "country",
        sa.column("code"),
        sa.column("alpha3"),
        sa.column("name_en"),
        sa.column("name_id"),
        sa.column("diplomatic_relations"),
        sa.column("asean_member"),
    )
    op.bulk_insert(
        country,
        [
            {
                "code": c.alpha_2,
                "alpha3": c.alpha_3,
                "name_en": getattr(c, "common_name", None) or c.name,
                "name_id": indonesian.get(c.alpha_2, getattr(c, "common_name", None) or c.name),
                "diplomatic_relations": c.alpha_2 not in NO_DIPLOMATIC_RELATIONS,
                "asean_member": c.alpha_2 in ASEAN_MEMBERS,
            }
            for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
        ],
    )
    stage = sa.table(
        "stage",
        sa.column("gid"),
        sa.column("created_at"),
        sa.column("updated_at"),
        sa.column("code"),
        sa.column("name_id"),
        sa.column("name_en"),
        sa.column("position"),
        sa.column("kinds"),
        sa.column("instruments"),
        sa.column("required_documents"),
        sa.column("required_fields"),
        sa.column("is_final"),
        sa.column("is_live"),
    )
    op.bulk_insert(
        stage,
        [
            {
                "gid": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "code": s.code,
                "name_id": s.name_id,
                "name_en": s.name_en,
                "position": s.order,
                "kinds": ",".join(s.kinds),
                "instruments": ",".join(s.instruments),
                "required_documents": ",".join(s.required_documents),
                "required_fields": ",".join(s.required_fields),
                "is_final": s.is_final,
                "is_live": s.is_live,
            }
            for s in DEFAULT_STAGES
        ],
    )
    sector = sa.table(
        "sector",
        sa.column("gid"),
        sa.column("created_at"),
        sa.column("updated_at"),
        sa.column("code"),
        sa.column("name_id"),
        sa.column("name_en"),
    )
    op.bulk_insert(
        sector,
        [
            {
                "gid": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "code": code,
                "name_id": name_id,
                "name_en": name_en,
            }
            for code, name_id, name_en in DEFAULT_SECTORS
        ],
    )
    profile = sa.table(
        "office_profile",
        sa.column("id"),
        sa.column("region_name_id"),
        sa.column("region_name_en"),
        sa.column("region_level"),
        sa.column("paper"),
        sa.column("agreement_pattern"),
        sa.column("delegation_pattern"),
        sa.column("letter_pattern"),
        sa.column("updated_at"),
    )
    op.bulk_insert(
        profile,
        [
            {
                "id": 1,
                "region_name_id": "",
                "region_name_en": "",
                "region_level": "province",
                "paper": "a4",
                "agreement_pattern": "{seq:03d}/KS/{year}",
                "delegation_pattern": "DLG-{year}-{seq:03d}",
                "letter_pattern": "{seq:03d}/BKS/{roman_month}/{year}",
                "updated_at": now,
            }
        ],
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCH_COLUMNS:
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_activity_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("budget_transaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_transaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_budget_transaction_donor_partner_id"))
        batch_op.drop_index(batch_op.f("ix_budget_transaction_budget_line_id"))

    op.drop_table("budget_transaction")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_activity_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_budget_line_id"))
        batch_op.drop_index(batch_op.f("ix_activity_agreement_id"))

    op.drop_table("activity")
    with op.batch_alter_table("permit_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_permit_step_delegation_id"))

    op.drop_table("permit_step")
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_itinerary_item_delegation_id"))

    op.drop_table("itinerary_item")
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_member_official_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_member_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_member_contact_id"))

    op.drop_table("delegation_member")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_budget_line_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_agreement_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_account_code"))

    op.drop_table("budget_line")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_change_agreement_id"))

    op.drop_table("stage_change")
    with op.batch_alter_table("partner_condition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_condition_partner_id"))

    op.drop_table("partner_condition")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_status"))
        batch_op.drop_index(batch_op.f("ix_delegation_start_on"))
        batch_op.drop_index(batch_op.f("ix_delegation_direction"))
        batch_op.drop_index(batch_op.f("ix_delegation_country_code"))
        batch_op.drop_index(batch_op.f("ix_delegation_agreement_id"))

    op.drop_table("delegation")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_partner_id"))

    op.drop_table("contact")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_agreement_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("agreement_sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_sector_sector_id"))

    op.drop_table("agreement_sector")
    with op.batch_alter_table("agreement_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_partner_partner_id"))

    op.drop_table("agreement_partner")
    with op.batch_alter_table("per_diem_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_per_diem_rate_country_code"))

    op.drop_table("per_diem_rate")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_status"))
        batch_op.drop_index(batch_op.f("ix_partner_name"))
        batch_op.drop_index(batch_op.f("ix_partner_kind"))
        batch_op.drop_index(batch_op.f("ix_partner_country_code"))

    op.drop_table("partner")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_stage_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_previous_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_parent_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_kind"))
        batch_op.drop_index(batch_op.f("ix_agreement_instrument"))
        batch_op.drop_index(batch_op.f("ix_agreement_expires_on"))

    op.drop_table("agreement")
    op.drop_table("stage")
    op.drop_table("sector")
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_name"))

    op.drop_table("official")
    op.drop_table("office_profile")
    op.drop_table("number_sequence")
    op.drop_table("country")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_gid"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner_type"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner_id"))

    op.drop_table("attachment")
    op.drop_table("app_user")
