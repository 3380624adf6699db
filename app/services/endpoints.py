"""Outbound endpoints: register, list, change, rotate the secret, delete; read deliveries."""

import uuid
from datetime import timedelta

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.errors import (
    AlreadyQueuedError,
    NotFoundError,
    TooManyEndpointsError,
    UrlNotAllowedError,
)
from app.mappers import endpoints as mapper
from app.models import OutboundEndpoint, utcnow
from app.models.outbound import DeliveryStatus
from app.outbound.signing import generate_secret
from app.outbound.urls import (
    PinnedRequest,
    RefusedURLError,
    UrlPolicy,
    check_url_form,
    checked_target,
)
from app.paging import decode_id_cursor, encode_id_cursor
from app.schemas.endpoints import (
    DeliveryPage,
    DeliveryPublic,
    EndpointCreate,
    EndpointList,
    EndpointPublic,
    EndpointSecret,
    EndpointUpdate,
)

MAX_ENDPOINTS = 20


def check_endpoint_url(url: str, policy: UrlPolicy) -> None:
    """403 for a URL Rejoinder may not call: it is the tenant asking for a forbidden target."""
    try:
        outbound_target(url, policy)
    except RefusedURLError as error:
        raise UrlNotAllowedError(f"url: {error}.") from error


def check_url_form_or_refuse(url: str, *, field: str, policy: UrlPolicy) -> None:
    """403 for a URL whose scheme or written-in address is forbidden, without asking DNS
    (the name is judged again each time it is called)."""
    try:
        check_url_form(
            url, allow_loopback=policy.allow_loopback, allow_private=policy.allow_private
        )
    except RefusedURLError as error:
        raise UrlNotAllowedError(f"{field}: {error}.") from error


def outbound_target(url: str, policy: UrlPolicy) -> PinnedRequest:
    """Raise RefusedURLError unless `policy` (the settings) lets Rejoinder call `url`; else
    the request pinned to an address the check approved."""
    return checked_target(
        url, allow_loopback=policy.allow_loopback, allow_private=policy.allow_private
    )


def create_endpoint(
    *, session: Session, tenant_id: uuid.UUID, request: EndpointCreate, policy: UrlPolicy
) -> EndpointSecret:
    if repository.count_endpoints(session, tenant_id=tenant_id) >= MAX_ENDPOINTS:
        raise TooManyEndpointsError(f"At most {MAX_ENDPOINTS} endpoints a tenant.")
    check_endpoint_url(request.url, policy)
    now = utcnow()
    endpoint = OutboundEndpoint(
        id=uuid7(),
        tenant_id=tenant_id,
        url=request.url,
        description=request.description,
        events=sorted(set(request.events)),
        secret=generate_secret(),
        created_at=now,
        updated_at=now,
    )
    repository.add_endpoint(session, endpoint)
    return mapper.endpoint_with_secret(endpoint)


def get_endpoint(
    *, session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID
) -> EndpointPublic:
    return mapper.endpoint_public(find_endpoint(session, tenant_id, endpoint_id))


def list_endpoints(*, session: Session, tenant_id: uuid.UUID) -> EndpointList:
    endpoints = repository.list_endpoints(session, tenant_id=tenant_id, limit=MAX_ENDPOINTS)
    return EndpointList(items=[mapper.endpoint_public(endpoint) for endpoint in endpoints])


def update_endpoint(
    *, session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, update: EndpointUpdate
) -> EndpointPublic:
    endpoint = find_endpoint(session, tenant_id, endpoint_id)
    now = utcnow()
    values: dict[str, object] = {"updated_at": now}
    if update.disabled is not None:
        values["disabled_at"] = (endpoint.disabled_at or now) if update.disabled else None
    if update.events is not None:
        values["events"] = sorted({event.value for event in update.events})
    if update.description is not None:
        values["description"] = update.description
    repository.update_endpoint(session, endpoint, values)
    return mapper.endpoint_public(endpoint)


def rotate_secret(
    *, session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, overlap: timedelta
) -> EndpointSecret:
    """A new secret signs from now on; the old one signs beside it for `overlap` (the
    setting `secret_rotation_overlap_hours`)."""
    endpoint = find_endpoint(session, tenant_id, endpoint_id)
    now = utcnow()
    repository.update_endpoint(
        session,
        endpoint,
        {
            "previous_secret": endpoint.secret,
            "previous_secret_expires_at": now + overlap,
            "secret": generate_secret(),
            "updated_at": now,
        },
    )
    return mapper.endpoint_with_secret(endpoint)


def delete_endpoint(*, session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID) -> None:
    if not repository.delete_endpoint(session, tenant_id=tenant_id, endpoint_id=endpoint_id):
        raise NotFoundError("Endpoint")


def find_endpoint(
    session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID
) -> OutboundEndpoint:
    endpoint = repository.get_endpoint(session, tenant_id=tenant_id, endpoint_id=endpoint_id)
    if endpoint is None:
        raise NotFoundError("Endpoint")
    return endpoint


def list_outbound_deliveries(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    limit: int,
    cursor: str | None = None,
    status: DeliveryStatus | None = None,
) -> DeliveryPage:
    find_endpoint(session, tenant_id, endpoint_id)
    rows = repository.list_outbound_deliveries(
        session,
        tenant_id=tenant_id,
        endpoint_id=endpoint_id,
        limit=limit + 1,
        before_id=decode_id_cursor(cursor) if cursor else None,
        status=status.value if status else None,
    )
    page = rows[:limit]
    attempts = repository.outbound_attempts_of(
        session, tenant_id=tenant_id, delivery_ids=[delivery.id for delivery, _ in page]
    )
    items = [
        mapper.delivery_public(delivery, event_type, attempts[delivery.id])
        for delivery, event_type in page
    ]
    next_cursor = encode_id_cursor(page[-1][0].id) if len(rows) > limit else None
    return DeliveryPage(items=items, next_cursor=next_cursor)


def retry_delivery(
    *, session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> DeliveryPublic:
    """Queue a finished delivery again, now, with a fresh retry schedule."""
    found = repository.get_outbound_delivery(
        session, tenant_id=tenant_id, endpoint_id=endpoint_id, delivery_id=delivery_id
    )
    if found is None:
        raise NotFoundError("OutboundDelivery")
    delivery, event_type = found
    if delivery.status not in (DeliveryStatus.failed, DeliveryStatus.succeeded):
        raise AlreadyQueuedError(f"The delivery is {delivery.status} already.")
    now = utcnow()
    repository.update_outbound_delivery(
        session,
        delivery,
        {
            "status": DeliveryStatus.pending,
            "attempt_count": 0,
            "next_attempt_at": now,
            "updated_at": now,
        },
    )
    attempts = repository.outbound_attempts_of(
        session, tenant_id=tenant_id, delivery_ids=[delivery.id]
    )[delivery.id]
    return mapper.delivery_public(delivery, event_type, attempts)
