"""ATS integrations and the webhooks they post."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import AutoString, Field, SQLModel

from app.models.base import UTCDateTime, owned_by, refers_to


class ApplicationState(StrEnum):
    """Where an ATS application stands, as far as its webhooks have said."""

    rejected = "rejected"
    unrejected = "unrejected"


class WebhookDeliveryOutcome(StrEnum):
    """What became of a delivery."""

    received = "received"
    # Unverifiable while the integration has no secret: kept (body and signature headers),
    # not parsed, until the secret arrives or the parking bound passes (services/webhooks).
    awaiting_secret = "awaiting_secret"  # noqa: S105 (a state, not a secret)
    drafted = "drafted"
    needs_details = "needs_details"
    withdrawn = "withdrawn"
    duplicate = "duplicate"
    ignored = "ignored"
    rejected_signature = "rejected_signature"
    failed = "failed"


# ATS integrations and the webhooks they post. Vendor secrets and API keys are stored as
# given: HMAC verification and Lever's API need the plaintext, so they cannot be hashed like
# API keys. At-rest encryption of these columns is left to the database/disk layer.


class Integration(SQLModel, table=True):
    """A tenant's connection to one ATS account: where its webhooks land and how to trust them."""

    __tablename__ = "integration"
    __table_args__ = (sa.Index("ix_integration_tenant_id_id", "tenant_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    provider: str = Field(max_length=16)
    company_name: str = Field(max_length=200)
    secret: str | None = Field(default=None, max_length=512)
    # A rotated-out secret keeps verifying for 24 h, while the vendor switches over.
    previous_secret: str | None = Field(default=None, max_length=512)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    api_key: str | None = Field(default=None, max_length=512)
    api_base_url: str | None = Field(default=None, max_length=500)
    settings: dict[str, Any] = Field(sa_type=sa.JSON)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class WebhookDelivery(SQLModel, table=True):
    """One request to the receiver, and what became of it.

    `body` is kept only while the delivery waits to be processed (outcome `received`): it is
    the durable queue a restart sweeps. Refused deliveries never store a body.
    """

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        sa.Index("ix_webhook_delivery_integration_id_id", "integration_id", "id"),
        sa.Index("ix_webhook_delivery_outcome", "outcome"),
    )

    id: uuid.UUID = Field(primary_key=True)
    integration_id: uuid.UUID = Field(sa_column=owned_by("integration"))
    received_at: datetime = Field(sa_type=UTCDateTime)
    event: str | None = Field(default=None, max_length=100)
    # The vendor's id for the delivery (our own deliveries are outbound): the dedupe key.
    vendor_delivery_id: str | None = Field(
        default=None, sa_column=sa.Column("delivery_id", AutoString(255), nullable=True)
    )
    application_id: str | None = Field(default=None, max_length=200)
    # What became of the request (a rejection's `outcome` is the candidate's result); the
    # column and the API keep the name `outcome`.
    disposition: WebhookDeliveryOutcome = Field(
        sa_column=sa.Column("outcome", AutoString(24), nullable=False)
    )
    error: str | None = Field(default=None, sa_type=sa.Text)
    # Refusals are counted on one entry per integration and window (whatever their reason;
    # `error` keeps the last), so a flood of forged requests cannot fill the table.
    count: int = 1
    last_received_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    rejection_id: uuid.UUID | None = Field(
        default=None,
        sa_column=refers_to("rejection"),
    )
    body: bytes | None = Field(default=None, sa_type=sa.LargeBinary)


class WebhookDeliveryKey(SQLModel, table=True):
    """The vendor's delivery ids already accepted: a retry of one is a duplicate.

    A table of its own rather than a unique index on webhook_delivery, because duplicates and
    refusals are logged there too and must not claim (or be blocked by) the id.
    """

    __tablename__ = "webhook_delivery_key"

    integration_id: uuid.UUID = Field(sa_column=owned_by("integration", primary_key=True))
    vendor_delivery_id: str = Field(
        sa_column=sa.Column("delivery_id", AutoString(255), primary_key=True)
    )
    created_at: datetime = Field(sa_type=UTCDateTime)


class WebhookApplicationState(SQLModel, table=True):
    """Where one ATS application stands: the latest rejection or un-rejection its webhooks
    reported, by the vendor's event time (the time received when the vendor gives none).

    One row per application, moved forward by each newer event: a rejection after an
    un-rejection drafts again, an un-rejection withdraws `rejection_id` (the rejection drafted
    for the current `rejected` state), and an event older than `occurred_at` changes nothing.
    Retries of one event are caught before this, by its delivery id or its identity
    (webhook_delivery_key).
    """

    __tablename__ = "webhook_application_state"
    __table_args__ = (sa.UniqueConstraint("integration_id", "application_id"),)

    id: uuid.UUID = Field(primary_key=True)
    integration_id: uuid.UUID = Field(sa_column=owned_by("integration"))
    application_id: str = Field(max_length=200)
    state: ApplicationState = Field(sa_type=AutoString(16))
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    rejection_id: uuid.UUID | None = Field(
        default=None,
        sa_column=refers_to("rejection"),
    )
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
