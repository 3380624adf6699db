"""Where a rejection came from, which variant each draft version is, plan step subjects.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=32), nullable=False, server_default="api")
        )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("variant", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_column("subject")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_column("variant")
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.drop_column("source")
