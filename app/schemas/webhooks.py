"""What the webhook receiver answers a vendor, and the delivery log an admin reads to debug a
vendor's set-up."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from app.models.integrations import WebhookDeliveryOutcome

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"


class WebhookDeliveryPublic(BaseModel):
    """One request to the webhook URL, as an admin needs it to debug a vendor set-up."""

    id: uuid.UUID = Field(description="Rejoinder's id for the delivery.", examples=[_EXAMPLE_ID])
    received_at: datetime = Field(
        description="When it arrived (the first of a counted run).",
        examples=["2026-11-25T10:00:00Z"],
    )
    last_received_at: datetime | None = Field(
        description="When the last of a counted run of refusals arrived.",
        examples=["2026-11-25T10:05:00Z"],
    )
    count: int = Field(
        description="How many requests this entry stands for (refusals in a row are counted).",
        examples=[1],
    )
    event: str | None = Field(description="The vendor's event name.", examples=["reject_candidate"])
    delivery_id: str | None = Field(
        description="The vendor's id of the delivery.", examples=["1c9b4e7a-delivery"]
    )
    application_id: str | None = Field(
        description="The vendor's application id.", examples=["69306314"]
    )
    outcome: WebhookDeliveryOutcome = Field(description="What became of it.", examples=["drafted"])
    error: str | None = Field(
        description="Why it was refused, ignored, failed or needs details.",
        examples=["Signature does not match the body"],
    )
    rejection_id: uuid.UUID | None = Field(
        description="The rejection it drafted or withdrew.", examples=[_EXAMPLE_ID]
    )


class WebhookDeliveryPage(BaseModel):
    """A page of deliveries, newest first."""

    items: list[WebhookDeliveryPublic] = Field(description="This page's deliveries.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page.",
        examples=["AZNrjm8qfEGdDjtfKoyeEA"],
    )


class ReceiptStatus(StrEnum):
    """How the receiver took a delivery."""

    received = "received"
    duplicate = "duplicate"
    ignored = "ignored"
    handshake = "handshake"
    awaiting_secret = "awaiting_secret"  # noqa: S105 (a state, not a secret)


class WebhookReceipt(BaseModel):
    """The receiver's answer: the delivery is safely stored (or needed nothing)."""

    status: ReceiptStatus = Field(description="How the delivery was taken.", examples=["received"])
    delivery: uuid.UUID | None = Field(
        description="Rejoinder's id of the logged delivery; null for a handshake.",
        examples=[_EXAMPLE_ID],
    )
    reason: str | None = Field(
        description="Why it was ignored or is a duplicate.",
        examples=["action 'candidate_hired' is not a rejection"],
    )
