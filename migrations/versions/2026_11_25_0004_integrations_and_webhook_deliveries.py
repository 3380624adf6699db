"""ATS integrations, the webhook deliveries they post, and the keys that deduplicate them.

Vendor secrets and API keys are stored as given (HMAC and Lever's API need them in clear);
at-rest encryption is left to the database/disk layer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _integration_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["integration_id"],
        ["integration.id"],
        name=op.f(f"fk_{table}_integration_id_integration"),
        ondelete="CASCADE",
    )


def _rejection_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["rejection_id"],
        ["rejection.id"],
        name=op.f(f"fk_{table}_rejection_id_rejection"),
        ondelete="SET NULL",
    )


def upgrade() -> None:
    op.create_table(
        "integration",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("secret", sa.String(length=512), nullable=True),
        sa.Column("previous_secret", sa.String(length=512), nullable=True),
        sa.Column("previous_secret_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("api_key", sa.String(length=512), nullable=True),
        sa.Column("api_base_url", sa.String(length=500), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_integration_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integration")),
    )
    op.create_index("ix_integration_tenant_id_id", "integration", ["tenant_id", "id"])
    op.create_table(
        "webhook_delivery",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("integration_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event", sa.String(length=100), nullable=True),
        sa.Column("delivery_id", sa.String(length=255), nullable=True),
        sa.Column("application_id", sa.String(length=200), nullable=True),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rejection_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        _integration_fk("webhook_delivery"),
        _rejection_fk("webhook_delivery"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_delivery")),
    )
    op.create_index(
        "ix_webhook_delivery_integration_id_id", "webhook_delivery", ["integration_id", "id"]
    )
    op.create_index("ix_webhook_delivery_outcome", "webhook_delivery", ["outcome"])
    op.create_table(
        "webhook_delivery_key",
        sa.Column("integration_id", sa.Uuid(), nullable=False),
        sa.Column("delivery_id", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _integration_fk("webhook_delivery_key"),
        sa.PrimaryKeyConstraint(
            "integration_id", "delivery_id", name=op.f("pk_webhook_delivery_key")
        ),
    )
    op.create_table(
        "webhook_application_state",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("integration_id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("rejection_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _integration_fk("webhook_application_state"),
        _rejection_fk("webhook_application_state"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_application_state")),
        sa.UniqueConstraint(
            "integration_id",
            "application_id",
            "state",
            name=op.f("uq_webhook_application_state_integration_id_application_id_state"),
        ),
    )
    op.create_table(
        "lever_seen_token",
        sa.Column("integration_id", sa.Uuid(), nullable=False),
        sa.Column("token", sa.String(length=255), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        _integration_fk("lever_seen_token"),
        sa.PrimaryKeyConstraint("integration_id", "token", name=op.f("pk_lever_seen_token")),
    )


def downgrade() -> None:
    op.drop_table("lever_seen_token")
    op.drop_table("webhook_application_state")
    op.drop_table("webhook_delivery_key")
    op.drop_index("ix_webhook_delivery_outcome", table_name="webhook_delivery")
    op.drop_index("ix_webhook_delivery_integration_id_id", table_name="webhook_delivery")
    op.drop_table("webhook_delivery")
    op.drop_index("ix_integration_tenant_id_id", table_name="integration")
    op.drop_table("integration")
