"""What the candidate did since, and the posting a reach-out is about.

Every later touch carries something: the candidate's own updates (after feedback named a
gap) or an open posting added to the reach-out step. Without either, the step is a reminder.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 05:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updates", sa.JSON(), nullable=True))
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("posting_title", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("posting_url", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_column("posting_url")
        batch_op.drop_column("posting_title")
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.drop_column("updates")
