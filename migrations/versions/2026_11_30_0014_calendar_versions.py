"""When each calendar's content last changed, so its Last-Modified moves with every change.

A snooze, a note, a reworded step or an erased rejection changed a calendar's body (and ETag)
but no time the data keeps, so Last-Modified stayed and If-Modified-Since alone earned a wrong
304. The hash of what each calendar (a feed, a rejection's plan.ics) last showed and the time
it changed are kept here instead. No rows are carried over: the first render of each calendar
records it, and a client's older copy is then older than that time.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_version",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_calendar_version_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "subject_id", name=op.f("pk_calendar_version")),
    )


def downgrade() -> None:
    op.drop_table("calendar_version")
