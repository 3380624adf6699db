"""Outbound endpoints and their deliveries: responses from rows."""

from app.models import OutboundAttempt, OutboundDelivery, OutboundEndpoint
from app.models.outbound import DeliveryStatus, EventType
from app.schemas.endpoints import (
    AttemptPublic,
    DeliveryPublic,
    EndpointPublic,
    EndpointSecret,
)


def endpoint_public(endpoint: OutboundEndpoint) -> EndpointPublic:
    return EndpointPublic(
        id=endpoint.id,
        url=endpoint.url,
        description=endpoint.description,
        events=[EventType(event) for event in endpoint.events],
        disabled=endpoint.disabled_at is not None,
        created_at=endpoint.created_at,
        updated_at=endpoint.updated_at,
    )


def endpoint_with_secret(endpoint: OutboundEndpoint) -> EndpointSecret:
    """Only on creation and rotation: the one time the secret is shown."""
    return EndpointSecret(**endpoint_public(endpoint).model_dump(), secret=endpoint.secret)


def delivery_public(
    delivery: OutboundDelivery, event_type: str, attempts: list[OutboundAttempt]
) -> DeliveryPublic:
    waiting = delivery.status in (DeliveryStatus.pending, DeliveryStatus.delivering)
    return DeliveryPublic(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=EventType(event_type),
        status=DeliveryStatus(delivery.status),
        attempt_count=delivery.attempt_count,
        next_attempt_at=delivery.next_attempt_at if waiting else None,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        attempts=[AttemptPublic.model_validate(attempt) for attempt in attempts],
    )
