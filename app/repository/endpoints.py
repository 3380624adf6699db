"""Outbound endpoints and the deliveries a tenant can read back and re-queue."""

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.models import OutboundAttempt, OutboundDelivery, OutboundEndpoint, OutboxEvent
from app.repository.scope import owned, within


def add_endpoint(session: Session, endpoint: OutboundEndpoint) -> None:
    session.add(endpoint)
    session.flush()


def get_endpoint(
    session: Session, *, tenant_id: uuid.UUID, endpoint_id: uuid.UUID
) -> OutboundEndpoint | None:
    return session.exec(
        owned(OutboundEndpoint, tenant_id).where(OutboundEndpoint.id == endpoint_id)
    ).first()


def list_endpoints(
    session: Session, *, tenant_id: uuid.UUID, limit: int
) -> Sequence[OutboundEndpoint]:
    return session.exec(
        owned(OutboundEndpoint, tenant_id).order_by(col(OutboundEndpoint.id).desc()).limit(limit)
    ).all()


def count_endpoints(session: Session, *, tenant_id: uuid.UUID) -> int:
    return int(
        session.exec(
            within(
                tenant_id, select(sa.func.count()).select_from(OutboundEndpoint), OutboundEndpoint
            )
        ).one()
    )


def update_endpoint(session: Session, endpoint: OutboundEndpoint, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(endpoint, name, value)
    session.add(endpoint)
    session.flush()


def delete_endpoint(session: Session, *, tenant_id: uuid.UUID, endpoint_id: uuid.UUID) -> bool:
    """Remove an endpoint; its deliveries and their attempts go with it (ON DELETE CASCADE)."""
    result = session.execute(
        within(
            tenant_id,
            sa.delete(OutboundEndpoint).where(col(OutboundEndpoint.id) == endpoint_id),
            OutboundEndpoint,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def list_outbound_deliveries(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    limit: int,
    before_id: uuid.UUID | None = None,
    status: str | None = None,
) -> Sequence[tuple[OutboundDelivery, str]]:
    """(delivery, event type), newest first by keyset on the time-ordered id."""
    statement = within(
        tenant_id,
        select(OutboundDelivery, OutboxEvent.event_type)
        .join(OutboxEvent, col(OutboxEvent.id) == col(OutboundDelivery.event_id))
        .where(OutboundDelivery.endpoint_id == endpoint_id)
        .order_by(col(OutboundDelivery.id).desc())
        .limit(limit),
        OutboundDelivery,
        OutboxEvent,
    )
    if before_id is not None:
        statement = statement.where(col(OutboundDelivery.id) < before_id)
    if status is not None:
        statement = statement.where(OutboundDelivery.status == status)
    return [(delivery, event_type) for delivery, event_type in session.exec(statement).all()]


def outbound_attempts_of(
    session: Session, *, tenant_id: uuid.UUID, delivery_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[OutboundAttempt]]:
    by_delivery: dict[uuid.UUID, list[OutboundAttempt]] = {key: [] for key in delivery_ids}
    if not delivery_ids:
        return by_delivery
    rows = session.exec(
        owned(OutboundAttempt, tenant_id)
        .where(col(OutboundAttempt.delivery_id).in_(delivery_ids))
        .order_by(col(OutboundAttempt.id))
    ).all()
    for attempt in rows:
        by_delivery[attempt.delivery_id].append(attempt)
    return by_delivery


def get_outbound_delivery(
    session: Session, *, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> tuple[OutboundDelivery, str] | None:
    row = session.exec(
        within(
            tenant_id,
            select(OutboundDelivery, OutboxEvent.event_type)
            .join(OutboxEvent, col(OutboxEvent.id) == col(OutboundDelivery.event_id))
            .where(OutboundDelivery.endpoint_id == endpoint_id, OutboundDelivery.id == delivery_id),
            OutboundDelivery,
            OutboxEvent,
        )
    ).first()
    return (row[0], row[1]) if row else None


def update_outbound_delivery(
    session: Session, delivery: OutboundDelivery, values: dict[str, Any]
) -> None:
    for name, value in values.items():
        setattr(delivery, name, value)
    session.add(delivery)
    session.flush()
