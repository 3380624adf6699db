"""The tables, one module per resource. Alembic (migrations/) owns the schema; these models
describe it to the code."""

from app.models.base import UTCDateTime, utcnow
from app.models.calendars import CalendarVersion
from app.models.integrations import (
    Integration,
    WebhookApplicationState,
    WebhookDelivery,
    WebhookDeliveryKey,
)
from app.models.outbound import (
    CalendarFeed,
    OutboundAttempt,
    OutboundDelivery,
    OutboundEndpoint,
    OutboxEvent,
)
from app.models.rejections import Draft, PlanReply, PlanStep, Rejection
from app.models.tenants import ApiKey, IdempotencyRecord, Tenant

__all__ = [
    "ApiKey",
    "CalendarFeed",
    "CalendarVersion",
    "Draft",
    "IdempotencyRecord",
    "Integration",
    "OutboundAttempt",
    "OutboundDelivery",
    "OutboundEndpoint",
    "OutboxEvent",
    "PlanReply",
    "PlanStep",
    "Rejection",
    "Tenant",
    "UTCDateTime",
    "WebhookApplicationState",
    "WebhookDelivery",
    "WebhookDeliveryKey",
    "utcnow",
]
