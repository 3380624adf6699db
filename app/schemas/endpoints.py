"""Request and response models of outbound endpoints and their deliveries."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.models.outbound import AttemptBase, DeliveryStatus, EndpointBase, EventType
from app.types import NO_NUL, WHITE_SPACE

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"
# The shape only; where it may point is checked by app/outbound/urls.py.
EndpointURL = Annotated[
    str,
    StringConstraints(
        min_length=8, max_length=2000, pattern=f"^[Hh][Tt][Tt][Pp][Ss]?://[^\\x00{WHITE_SPACE}]+$"
    ),
]
# PostgreSQL text cannot hold NUL.
_Description = Annotated[str, StringConstraints(max_length=200, pattern=NO_NUL)]


# What a replayed answer shows in place of a secret it never kept.
REDACTED = "[redacted]"

_Events = Annotated[list[EventType], Field(min_length=1, max_length=len(EventType))]


class EndpointCreate(BaseModel):
    """A URL to send events to."""

    model_config = ConfigDict(extra="forbid")

    url: EndpointURL = Field(
        description="An https URL on the public internet.",
        examples=["https://board.example/hooks/rejoinder"],
    )
    events: _Events = Field(
        description="The event types to send.", examples=[["rejection.drafted", "plan.step_due"]]
    )
    description: _Description | None = Field(
        default=None, description="What the endpoint is for.", examples=["Production board"]
    )


class EndpointUpdate(BaseModel):
    """What may change on an endpoint; absent fields stay as they are."""

    model_config = ConfigDict(extra="forbid")

    disabled: bool | None = Field(
        default=None, description="`true` stops deliveries (they wait); `false` resumes them."
    )
    events: _Events | None = Field(default=None, description="The event types to send.")
    description: _Description | None = Field(
        default=None, description="What the endpoint is for.", examples=["Staging board"]
    )


class EndpointPublic(EndpointBase):
    """An outbound endpoint; its secret is shown only when created or rotated."""

    id: uuid.UUID = Field(description="The endpoint's id.", examples=[_EXAMPLE_ID])
    disabled: bool = Field(description="`true` while deliveries are held back.")
    created_at: datetime = Field(
        description="When it was registered.", examples=["2026-11-20T14:03:11Z"]
    )
    updated_at: datetime = Field(
        description="When it last changed.", examples=["2026-11-20T14:03:11Z"]
    )


class EndpointSecret(EndpointPublic):
    """An endpoint with its signing secret: store it now, it is not shown again."""

    secret: str = Field(
        description="The Standard Webhooks signing secret (`whsec_…`).",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )
    redacted: bool = Field(
        default=False,
        description="`false` in the first answer. `true` in an `Idempotency-Key` replay: the "
        "secret is never stored, so the replay's `secret` reads `[redacted]`; rotate it if lost.",
    )

    def without_secret(self) -> "EndpointSecret":
        """The answer as it is kept for replay."""
        return self.model_copy(update={"secret": REDACTED, "redacted": True})


class EndpointList(BaseModel):
    """The caller's endpoints, newest first."""

    items: list[EndpointPublic] = Field(description="Every endpoint.")


class AttemptPublic(AttemptBase):
    """One HTTP request of a delivery."""


class DeliveryPublic(BaseModel):
    """One event on its way to one endpoint."""

    id: uuid.UUID = Field(description="The delivery's id.", examples=[_EXAMPLE_ID])
    event_id: uuid.UUID = Field(
        description="The event; also its `webhook-id`.", examples=[_EXAMPLE_ID]
    )
    event_type: EventType = Field(description="The event's type.")
    status: DeliveryStatus = Field(description="Where it stands.")
    attempt_count: int = Field(description="Attempts since it was (re)queued.", examples=[2])
    next_attempt_at: datetime | None = Field(
        description="When it is tried next, if it is.", examples=["2026-11-20T14:03:11Z"]
    )
    last_status_code: int | None = Field(description="The last receiver status.", examples=[503])
    last_error: str | None = Field(
        description="The last error.", examples=["the endpoint answered 503"]
    )
    created_at: datetime = Field(
        description="When it was queued.", examples=["2026-11-20T14:03:11Z"]
    )
    attempts: list[AttemptPublic] = Field(description="Every attempt, oldest first.")


class DeliveryPage(BaseModel):
    """A page of deliveries, newest first."""

    items: list[DeliveryPublic] = Field(description="This page's deliveries.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page.",
        examples=["AZNrjm8qfEGdDjtfKoyeEA"],
    )
