"""Lever `token`s are no longer remembered: a token seen before is not a replay.

Lever documents no rule that a token is used once, and a vendor retry of the same body was
refused as a replay (401) and lost. A retry is now a duplicate by its delivery id
(webhook_delivery_key), so the table of seen tokens goes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 08:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_table("lever_seen_token")


def downgrade() -> None:
    op.create_table(
        "lever_seen_token",
        sa.Column("integration_id", sa.Uuid(), nullable=False),
        sa.Column("token", sa.String(length=255), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["integration_id"],
            ["integration.id"],
            name=op.f("fk_lever_seen_token_integration_id_integration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("integration_id", "token", name=op.f("pk_lever_seen_token")),
    )
