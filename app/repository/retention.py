"""Deleting what has outlived its use: replayable answers, delivered events, webhook logs.

Each call deletes at most `limit` rows, oldest first, so a caller can work through a large
backlog in short transactions (SQLite has one writer at a time).
"""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.models import (
    IdempotencyRecord,
    OutboundDelivery,
    OutboxEvent,
    WebhookDelivery,
    WebhookDeliveryKey,
)
from app.models.integrations import WebhookDeliveryOutcome
from app.models.outbound import DeliveryStatus
from app.repository.scope import across_tenants

# Deliveries a receiver may still get; their events stay whatever their age.
_UNSETTLED = (DeliveryStatus.pending, DeliveryStatus.delivering)
# Webhook deliveries still to be processed: the body in them is the queue. Parked ones
# (awaiting_secret) have their own, shorter bound: expire_parked_deliveries.
_WAITING = (
    WebhookDeliveryOutcome.received,
    WebhookDeliveryOutcome.needs_details,
    WebhookDeliveryOutcome.awaiting_secret,
)
_RETENTION = "retention prunes every tenant's expired rows by age"


def delete_idempotency_records(session: Session, *, created_before: datetime, limit: int) -> int:
    oldest = (
        select(IdempotencyRecord.id)
        .where(col(IdempotencyRecord.created_at) < created_before)
        .order_by(col(IdempotencyRecord.created_at))
        .limit(limit)
    )
    return _delete_ids(session, IdempotencyRecord, oldest)


def delete_settled_events(session: Session, *, created_before: datetime, limit: int) -> int:
    """Events fanned out before the cut whose every delivery has settled; their deliveries
    and attempts go with them (ON DELETE CASCADE)."""
    unsettled = select(OutboundDelivery.id).where(
        col(OutboundDelivery.event_id) == OutboxEvent.id,
        col(OutboundDelivery.status).in_(_UNSETTLED),
    )
    oldest = (
        select(OutboxEvent.id)
        .where(
            col(OutboxEvent.fanned_out_at).is_not(None),
            col(OutboxEvent.created_at) < created_before,
            ~unsettled.exists(),
        )
        .order_by(col(OutboxEvent.created_at))
        .limit(limit)
    )
    return _delete_ids(session, OutboxEvent, oldest)


def delete_webhook_log(session: Session, *, received_before: datetime, limit: int) -> int:
    """Processed or refused webhook deliveries last seen before the cut."""
    last_seen = sa.func.coalesce(WebhookDelivery.last_received_at, WebhookDelivery.received_at)
    oldest = (
        select(WebhookDelivery.id)
        .where(col(WebhookDelivery.disposition).not_in(_WAITING), last_seen < received_before)
        .order_by(last_seen)
        .limit(limit)
    )
    return _delete_ids(session, WebhookDelivery, oldest)


def expire_parked_deliveries(
    session: Session, *, received_before: datetime, error: str, limit: int
) -> int:
    """Settle deliveries parked for a secret that never came as failed, dropping their body;
    the log keeps them until the usual retention."""
    oldest = (
        select(WebhookDelivery.id)
        .where(
            WebhookDelivery.disposition == WebhookDeliveryOutcome.awaiting_secret,
            col(WebhookDelivery.received_at) < received_before,
        )
        .order_by(col(WebhookDelivery.id))
        .limit(limit)
    )
    statement = (
        sa.update(WebhookDelivery)
        .where(col(WebhookDelivery.id).in_(oldest.scalar_subquery()))
        .values(disposition=WebhookDeliveryOutcome.failed, error=error, body=None)
    )
    return int(session.execute(across_tenants(statement, _RETENTION)).rowcount)  # type: ignore[attr-defined]


def delete_webhook_delivery_keys(session: Session, *, created_before: datetime, limit: int) -> int:
    """Vendor delivery ids remembered for deduplication; vendors stop retrying within days."""
    oldest = (
        select(WebhookDeliveryKey.integration_id, WebhookDeliveryKey.vendor_delivery_id)
        .where(col(WebhookDeliveryKey.created_at) < created_before)
        .order_by(col(WebhookDeliveryKey.created_at))
        .limit(limit)
        .subquery()
    )
    statement = sa.delete(WebhookDeliveryKey).where(
        sa.tuple_(
            col(WebhookDeliveryKey.integration_id), col(WebhookDeliveryKey.vendor_delivery_id)
        ).in_(select(oldest.c.integration_id, oldest.c.vendor_delivery_id))
    )
    return int(session.execute(across_tenants(statement, _RETENTION)).rowcount)  # type: ignore[attr-defined]


def _delete_ids(session: Session, table: type, ids: sa.Select[tuple[object]]) -> int:
    # `IN (SELECT … LIMIT n)`: neither SQLite nor PostgreSQL has DELETE … LIMIT in common.
    statement = sa.delete(table).where(table.id.in_(ids.scalar_subquery()))  # type: ignore[attr-defined]
    return int(session.execute(across_tenants(statement, _RETENTION)).rowcount)  # type: ignore[attr-defined]
