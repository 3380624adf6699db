"""Replies the contact sent, and why a plan step was cancelled.

The plan listens: a recorded reply cancels the nudge it made moot, and two touches in a row
without one end the outreach. Both leave a reason on the steps they cancel.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 05:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancel_reason", sa.String(length=16), nullable=True))
    op.create_table(
        "plan_reply",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rejection_id", sa.Uuid(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rejection_id"],
            ["rejection.id"],
            name=op.f("fk_plan_reply_rejection_id_rejection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_reply")),
    )
    op.create_index("ix_plan_reply_rejection_id", "plan_reply", ["rejection_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_plan_reply_rejection_id", table_name="plan_reply")
    op.drop_table("plan_reply")
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
