"""Plan step notes, calendar feeds, outbound endpoints, the event outbox and deliveries.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-25 23:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"], ["tenant.id"], name=op.f(f"fk_{table}_tenant_id_tenant"), ondelete="CASCADE"
    )


def upgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_index("ix_plan_step_status_due_on", ["status", "due_on"], unique=False)
    op.create_table(
        "calendar_feed",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_ref", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        _tenant_fk("calendar_feed"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_feed")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_calendar_feed_token_hash")),
    )
    _create_outbound_tables()


def _create_outbound_tables() -> None:
    op.create_table(
        "outbound_endpoint",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("secret", sa.String(length=100), nullable=False),
        sa.Column("previous_secret", sa.String(length=100), nullable=True),
        sa.Column("previous_secret_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _tenant_fk("outbound_endpoint"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_endpoint")),
    )
    op.create_index(
        "ix_outbound_endpoint_tenant_id_id", "outbound_endpoint", ["tenant_id", "id"], unique=False
    )
    op.create_table(
        "outbox_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fanned_out_at", sa.DateTime(timezone=True), nullable=True),
        _tenant_fk("outbox_event"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_event")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_outbox_event_dedupe_key")),
    )
    op.create_index(
        "ix_outbox_event_fanned_out_at_id", "outbox_event", ["fanned_out_at", "id"], unique=False
    )
    _create_delivery_tables()


def _create_delivery_tables() -> None:
    op.create_table(
        "outbound_delivery",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("endpoint_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempt_count", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_id", sa.Uuid(), nullable=True),
        sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["outbound_endpoint.id"],
            name=op.f("fk_outbound_delivery_endpoint_id_outbound_endpoint"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["outbox_event.id"],
            name=op.f("fk_outbound_delivery_event_id_outbox_event"),
            ondelete="CASCADE",
        ),
        _tenant_fk("outbound_delivery"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_delivery")),
        sa.UniqueConstraint(
            "event_id", "endpoint_id", name=op.f("uq_outbound_delivery_event_id_endpoint_id")
        ),
    )
    op.create_index(
        "ix_outbound_delivery_endpoint_id_id",
        "outbound_delivery",
        ["endpoint_id", "id"],
        unique=False,
    )
    op.create_index(
        "ix_outbound_delivery_status_next_attempt_at",
        "outbound_delivery",
        ["status", "next_attempt_at"],
        unique=False,
    )
    op.create_table(
        "outbound_attempt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("delivery_id", sa.Uuid(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["outbound_delivery.id"],
            name=op.f("fk_outbound_attempt_delivery_id_outbound_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_attempt")),
    )
    op.create_index(
        "ix_outbound_attempt_delivery_id_id",
        "outbound_attempt",
        ["delivery_id", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_outbound_attempt_delivery_id_id", table_name="outbound_attempt")
    op.drop_table("outbound_attempt")
    op.drop_index("ix_outbound_delivery_status_next_attempt_at", table_name="outbound_delivery")
    op.drop_index("ix_outbound_delivery_endpoint_id_id", table_name="outbound_delivery")
    op.drop_table("outbound_delivery")
    op.drop_index("ix_outbox_event_fanned_out_at_id", table_name="outbox_event")
    op.drop_table("outbox_event")
    op.drop_index("ix_outbound_endpoint_tenant_id_id", table_name="outbound_endpoint")
    op.drop_table("outbound_endpoint")
    op.drop_table("calendar_feed")
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_step_status_due_on")
        batch_op.drop_column("note")
