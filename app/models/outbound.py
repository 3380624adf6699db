"""Calendar feeds and the outbound side: endpoints, the event outbox, deliveries, attempts."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, owned_by


class EventType(StrEnum):
    """What happened."""

    rejection_drafted = "rejection.drafted"
    rejection_updated = "rejection.updated"
    rejection_deleted = "rejection.deleted"
    plan_step_due = "plan.step_due"
    plan_step_updated = "plan.step_updated"


class DeliveryStatus(StrEnum):
    """Where a delivery stands."""

    pending = "pending"
    delivering = "delivering"
    succeeded = "succeeded"
    failed = "failed"
    # Its rejection was erased before it was sent: never sent, never retried.
    cancelled = "cancelled"


class CalendarFeedBase(SQLModel):
    """A calendar feed as it is stored and shown (never its token)."""

    candidate_ref: str = Field(
        max_length=200,
        description="Whose steps it lists.",
        schema_extra={"examples": ["user-1234"]},
    )
    created_at: datetime = Field(
        sa_type=UTCDateTime,
        description="When it was created.",
        schema_extra={"examples": ["2026-11-20T14:03:11Z"]},
    )
    rotated_at: datetime | None = Field(
        default=None,
        sa_type=UTCDateTime,
        description="When its token was last replaced.",
        schema_extra={"examples": [None]},
    )


class CalendarFeed(CalendarFeedBase, table=True):
    """A subscription URL for one candidate's pending steps; only a hash of its token is kept."""

    __tablename__ = "calendar_feed"

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    token_hash: str = Field(max_length=64, unique=True)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class EndpointBase(SQLModel):
    """An outbound endpoint as it is stored and shown (never its secret)."""

    url: str = Field(
        max_length=2000,
        description="Where events go.",
        schema_extra={"examples": ["https://board.example/hooks/rejoinder"]},
    )
    description: str | None = Field(
        default=None,
        max_length=200,
        description="What it is for.",
        schema_extra={"examples": ["Production board"]},
    )
    events: list[EventType] = Field(sa_type=sa.JSON, description="The event types sent to it.")


class OutboundEndpoint(EndpointBase, table=True):
    """A tenant's webhook receiver. The secret signs every delivery, so it is kept as is."""

    __tablename__ = "outbound_endpoint"
    __table_args__ = (sa.Index("ix_outbound_endpoint_tenant_id_id", "tenant_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
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


class AttemptBase(SQLModel):
    """One HTTP request of a delivery, as it is stored and shown."""

    attempted_at: datetime = Field(
        sa_type=UTCDateTime,
        description="When it was sent.",
        schema_extra={"examples": ["2026-11-20T14:03:11Z"]},
    )
    status_code: int | None = Field(
        default=None,
        description="The receiver's status; null when none came.",
        schema_extra={"examples": [503]},
    )
    error: str | None = Field(
        default=None,
        max_length=500,
        description="What went wrong, when something did.",
        schema_extra={"examples": ["the endpoint answered 503"]},
    )
    duration_ms: int = Field(description="How long it took.", schema_extra={"examples": [184]})


class OutboundAttempt(AttemptBase, table=True):
    """One HTTP request of a delivery, kept so a failure can be read back."""

    __tablename__ = "outbound_attempt"
    __table_args__ = (sa.Index("ix_outbound_attempt_delivery_id_id", "delivery_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    delivery_id: uuid.UUID = Field(sa_column=owned_by("outbound_delivery"))
