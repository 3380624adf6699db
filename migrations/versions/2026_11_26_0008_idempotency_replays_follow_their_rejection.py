"""Idempotency records name the rejection their stored answer shows, and go with it.

A stored answer to `POST /v1/rejections` is a full copy of the candidate's drafts; erasing
the rejection must erase that copy too, not leave it for the replay window.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rejection_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_idempotency_record_rejection_id_rejection"),
            "rejection",
            ["rejection_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_idempotency_record_rejection_id", ["rejection_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("idempotency_record", schema=None) as batch_op:
        batch_op.drop_index("ix_idempotency_record_rejection_id")
        batch_op.drop_constraint(
            batch_op.f("fk_idempotency_record_rejection_id_rejection"), type_="foreignkey"
        )
        batch_op.drop_column("rejection_id")
