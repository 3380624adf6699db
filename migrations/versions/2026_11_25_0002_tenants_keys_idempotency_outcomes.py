"""Tenants, API keys, idempotency records, and outcomes on rejections.

Rejections stored before tenants existed are given to a tenant named `local`.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 22:17:54.469834
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tenant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenant")),
        sa.UniqueConstraint("name", name=op.f("uq_tenant_name")),
    )
    op.create_table(
        "api_key",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_api_key_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_api_key_key_id")),
    )
    op.create_table(
        "idempotency_record",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.LargeBinary(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_idempotency_record_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_record")),
        sa.UniqueConstraint("tenant_id", "key", name=op.f("uq_idempotency_record_tenant_id_key")),
    )
    _adopt_existing_rejections()
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.alter_column("tenant_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.add_column(sa.Column("outcome", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("received_feedback", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("stop_reason", sa.String(length=32), nullable=True))
        batch_op.create_index("ix_rejection_tenant_id_id", ["tenant_id", "id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_rejection_tenant_id_tenant"),
            "tenant",
            ["tenant_id"],
            ["id"],
            ondelete="CASCADE",
        )


def _adopt_existing_rejections() -> None:
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tenant_id", sa.Uuid(), nullable=True))
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM rejection")).scalar_one() == 0:
        return
    tenant = sa.table(
        "tenant",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    local_id = uuid.uuid4()
    op.bulk_insert(tenant, [{"id": local_id, "name": "local", "created_at": datetime.now(UTC)}])
    rejection = sa.table("rejection", sa.column("tenant_id", sa.Uuid()))
    connection.execute(sa.update(rejection).values(tenant_id=local_id))


def downgrade() -> None:
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_rejection_tenant_id_tenant"), type_="foreignkey")
        batch_op.drop_index("ix_rejection_tenant_id_id")
        batch_op.drop_column("stop_reason")
        batch_op.drop_column("stopped_at")
        batch_op.drop_column("received_feedback")
        batch_op.drop_column("notes")
        batch_op.drop_column("outcome")
        batch_op.drop_column("tenant_id")

    op.drop_table("idempotency_record")
    op.drop_table("api_key")
    op.drop_table("tenant")
