"""Calendar feeds and the outbound side: endpoints, the event outbox, deliveries, attempts."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, owned_by


class DeliveryStatus(StrEnum):
    """Where a delivery stands."""

    pending = "pending"
    delivering = "delivering"
    succeeded = "succeeded"
    failed = "failed"
    # Its rejection was erased before it was sent: never sent, never retried.
    cancelled = "cancelled"


class CalendarFeed(SQLModel, table=True):
    """A subscription URL for one candidate's pending steps; only a hash of its token is kept."""

    __tablename__ = "calendar_feed"

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    candidate_ref: str = Field(max_length=200)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    rotated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OutboundEndpoint(SQLModel, table=True):
    """A tenant's webhook receiver. The secret signs every delivery, so it is kept as is."""

    __tablename__ = "outbound_endpoint"
    __table_args__ = (sa.Index("ix_outbound_endpoint_tenant_id_id", "tenant_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    url: str = Field(max_length=2000)
    description: str | None = Field(default=None, max_length=200)
    events: list[str] = Field(sa_type=sa.JSON)
    secret: str = Field(max_length=100)
    # During a rotation both secrets sign, so receivers can switch without dropping a message.
    previous_secret: str | None = Field(default=None, max_length=100)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    disabled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class OutboxEvent(SQLModel, table=True):
    """An event, written in the transaction of the change that caused it."""

    __tablename__ = "outbox_event"
    __table_args__ = (sa.Index("ix_outbox_event_fanned_out_at_id", "fanned_out_at", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    event_type: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=sa.JSON)
    # Set for events that must exist once only, such as `plan.step_due` for a step and day.
    dedupe_key: str | None = Field(default=None, max_length=200, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    fanned_out_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OutboundDelivery(SQLModel, table=True):
    """One event on its way to one endpoint, retried on a schedule until it lands or fails."""

    __tablename__ = "outbound_delivery"
    __table_args__ = (
        sa.UniqueConstraint("event_id", "endpoint_id"),
        sa.Index("ix_outbound_delivery_status_next_attempt_at", "status", "next_attempt_at"),
        sa.Index("ix_outbound_delivery_endpoint_id_id", "endpoint_id", "id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    event_id: uuid.UUID = Field(sa_column=owned_by("outbox_event"))
    endpoint_id: uuid.UUID = Field(sa_column=owned_by("outbound_endpoint"))
    # pending -> delivering (leased to a worker) -> succeeded | pending (retry) | failed
    status: str = Field(default="pending", max_length=16)
    attempt_count: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    lease_id: uuid.UUID | None = None
    leased_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_status_code: int | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class OutboundAttempt(SQLModel, table=True):
    """One HTTP request of a delivery, kept so a failure can be read back."""

    __tablename__ = "outbound_attempt"
    __table_args__ = (sa.Index("ix_outbound_attempt_delivery_id_id", "delivery_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    delivery_id: uuid.UUID = Field(sa_column=owned_by("outbound_delivery"))
    attempted_at: datetime = Field(sa_type=UTCDateTime)
    status_code: int | None = None
    error: str | None = Field(default=None, max_length=500)
    duration_ms: int
