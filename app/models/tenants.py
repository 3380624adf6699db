"""Tenants, their API keys, and the answers kept for Idempotency-Key replays."""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, owned_by


class Tenant(SQLModel, table=True):
    """A job board: every record belongs to exactly one."""

    __tablename__ = "tenant"

    id: uuid.UUID = Field(primary_key=True)
    name: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # The tenant's own blackout ranges (e.g. retail peak season), beside the global ones.
    quiet_periods: list[str] | None = Field(default=None, sa_type=sa.JSON)


class ApiKey(SQLModel, table=True):
    """A tenant's API key. Only a hash of the secret is kept; `key_id` is public."""

    __tablename__ = "api_key"

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    key_id: str = Field(max_length=32, unique=True)
    secret_hash: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class IdempotencyRecord(SQLModel, table=True):
    """The first response to an `Idempotency-Key`, replayed for 24 hours."""

    __tablename__ = "idempotency_record"
    __table_args__ = (
        sa.UniqueConstraint("tenant_id", "key"),
        # Erasing a rejection looks its replays up by this.
        sa.Index("ix_idempotency_record_rejection_id", "rejection_id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    status_code: int | None = None
    response_body: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    location: str | None = Field(default=None, max_length=200)
    # The rejection the stored answer shows: erasing the rejection erases the copy of its
    # drafts kept here for replays.
    rejection_id: uuid.UUID | None = Field(
        default=None, sa_column=owned_by("rejection", nullable=True)
    )
    created_at: datetime = Field(sa_type=UTCDateTime)
