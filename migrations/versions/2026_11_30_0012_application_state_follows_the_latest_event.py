"""One state row per ATS application, moved by the latest event in event time.

Before, an application had one row per state it ever reached (`rejected`, `unrejected`),
never cleared: a second rejection after an un-rejection was answered "duplicate" and never
drafted. Now the row holds the latest state, its event time and the rejection drafted for it.
Existing applications keep their newest row (by when it was recorded; the event time was not
stored, so the time recorded stands in for it).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "webhook_application_state"
# Named as 0004 named it: past PostgreSQL's 63 characters, so `batch_op.f` shortens it the
# same way SQLAlchemy did when it was created (a hash suffix); SQLite keeps it whole.
_OLD_UNIQUE = "uq_webhook_application_state_integration_id_application_id_state"
_NEW_UNIQUE = "uq_webhook_application_state_integration_id_application_id"


def upgrade() -> None:
    with op.batch_alter_table(_TABLE, schema=None) as batch_op:
        batch_op.add_column(sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    # Keep each application's newest row only (ties broken by the time-ordered id).
    op.execute(
        "DELETE FROM webhook_application_state WHERE EXISTS ("
        " SELECT 1 FROM webhook_application_state AS newer"
        " WHERE newer.integration_id = webhook_application_state.integration_id"
        " AND newer.application_id = webhook_application_state.application_id"
        " AND (newer.created_at > webhook_application_state.created_at"
        " OR (newer.created_at = webhook_application_state.created_at"
        " AND newer.id > webhook_application_state.id)))"
    )
    op.execute(
        "UPDATE webhook_application_state SET occurred_at = created_at, updated_at = created_at"
    )
    op.execute("UPDATE webhook_application_state SET rejection_id = NULL WHERE state <> 'rejected'")
    with op.batch_alter_table(_TABLE, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(_OLD_UNIQUE), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f(_NEW_UNIQUE), ["integration_id", "application_id"]
        )
        batch_op.alter_column(
            "occurred_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )
        batch_op.alter_column(
            "updated_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )


def downgrade() -> None:
    # One row per application fits the old key (application, state) as it is.
    with op.batch_alter_table(_TABLE, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(_NEW_UNIQUE), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f(_OLD_UNIQUE), ["integration_id", "application_id", "state"]
        )
        batch_op.drop_column("updated_at")
        batch_op.drop_column("occurred_at")
