"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 22:08:46.758181
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rejection",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("tone", sa.String(length=16), nullable=False),
        sa.Column("candidate_name", sa.String(length=200), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("company_key", sa.String(length=200), nullable=False),
        sa.Column("role_title", sa.String(length=200), nullable=False),
        sa.Column("rejected_on", sa.Date(), nullable=False),
        sa.Column("external_ref", sa.String(length=200), nullable=True),
        sa.Column("candidate_ref", sa.String(length=200), nullable=True),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("fit", sa.JSON(), nullable=False),
        sa.Column("review", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejection")),
    )
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejection_candidate_ref"), ["candidate_ref"], unique=False
        )
        batch_op.create_index("ix_rejection_company_key_id", ["company_key", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rejection_external_ref"), ["external_ref"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rejection_stage"), ["stage"], unique=False)

    op.create_table(
        "draft",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rejection_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("tone", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("char_count", sa.Integer(), nullable=False),
        sa.Column("char_limit", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rejection_id"],
            ["rejection.id"],
            name=op.f("fk_draft_rejection_id_rejection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        sa.UniqueConstraint(
            "rejection_id",
            "kind",
            "position",
            "version",
            name=op.f("uq_draft_rejection_id_kind_position_version"),
        ),
    )
    op.create_table(
        "plan_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rejection_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["rejection_id"],
            ["rejection.id"],
            name=op.f("fk_plan_step_rejection_id_rejection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_step")),
    )
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.create_index(
            "ix_plan_step_rejection_id_position", ["rejection_id", "position"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_step_rejection_id_position")

    op.drop_table("plan_step")
    op.drop_table("draft")
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejection_stage"))
        batch_op.drop_index(batch_op.f("ix_rejection_external_ref"))
        batch_op.drop_index("ix_rejection_company_key_id")
        batch_op.drop_index(batch_op.f("ix_rejection_candidate_ref"))

    op.drop_table("rejection")
