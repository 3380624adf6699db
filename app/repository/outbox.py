"""The event outbox and the worker's claims on it.

Claims are `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL: concurrent workers skip the rows
another worker is claiming instead of waiting for them, and a claimed delivery carries a
lease (`lease_id`, `leased_until`) so the HTTP request runs outside any transaction. SQLite
renders no FOR UPDATE; its write transactions begin IMMEDIATE, so claims queue one by one.
"""

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from app.models import OutboundAttempt, OutboundDelivery, OutboundEndpoint, OutboxEvent
from app.models.outbound import DeliveryStatus
from app.repository.scope import across_tenants, within

_EVENT_TABLE: sa.Table = OutboxEvent.__table__  # type: ignore[attr-defined]
_WORKER = "the outbound worker fans out and sends every tenant's events"


def insert_event(session: Session, event: dict[str, Any]) -> None:
    # A plain table insert on the session's connection, not the ORM's bulk path: this runs
    # inside the create endpoint, the hot path.
    session.connection().execute(_EVENT_TABLE.insert(), [event])


def insert_event_once(session: Session, event: dict[str, Any]) -> bool:
    """Insert unless an event with the same `dedupe_key` exists; True when inserted."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(OutboxEvent)
        .values(**event)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        # Asked back, as rowcount is -1 for this INSERT on PostgreSQL (psycopg), which read
        # as "inserted" every time and overcounted the worker's plan.step_due events.
        .returning(col(OutboxEvent.id))
    )
    return session.execute(statement).first() is not None


def claim_unfanned_events(session: Session, *, limit: int) -> Sequence[OutboxEvent]:
    return session.exec(
        across_tenants(
            select(OutboxEvent)
            .where(col(OutboxEvent.fanned_out_at).is_(None))
            .order_by(col(OutboxEvent.id))
            .limit(limit)
            .with_for_update(skip_locked=True),
            _WORKER,
        )
    ).all()


def enabled_endpoints(
    session: Session, tenant_ids: Sequence[uuid.UUID]
) -> Sequence[OutboundEndpoint]:
    return session.exec(
        across_tenants(
            select(OutboundEndpoint).where(
                col(OutboundEndpoint.tenant_id).in_(tenant_ids),
                col(OutboundEndpoint.disabled_at).is_(None),
            ),
            _WORKER,
        )
    ).all()


def insert_deliveries(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(sa.insert(OutboundDelivery), rows)


def mark_fanned_out(session: Session, event_ids: Sequence[uuid.UUID], now: datetime) -> None:
    session.execute(
        across_tenants(
            sa.update(OutboxEvent)
            .where(col(OutboxEvent.id).in_(event_ids))
            .values(fanned_out_at=now),
            _WORKER,
        )
    )


@dataclass(frozen=True, slots=True)
class ClaimedDelivery:
    """What a worker needs to send one delivery, copied out of the claiming transaction."""

    id: uuid.UUID
    lease_id: uuid.UUID
    attempt_count: int
    url: str
    signing_secrets: tuple[str, ...]
    event_id: uuid.UUID
    event_type: str
    event_created_at: datetime
    data: dict[str, Any]
    endpoint_id: uuid.UUID | None = None


def claim_deliveries(
    session: Session,
    *,
    now: datetime,
    leased_until: datetime,
    limit: int,
    skip_endpoints: Collection[uuid.UUID] = (),
) -> list[ClaimedDelivery]:
    """Lease up to `limit` due deliveries: pending ones whose time has come, and ones whose
    lease ran out (their worker died). Each is leased to this call alone. Deliveries to
    `skip_endpoints` (the ones this worker is already sending to as many as it may) wait."""
    due = sa.or_(
        sa.and_(
            col(OutboundDelivery.status) == DeliveryStatus.pending,
            col(OutboundDelivery.next_attempt_at) <= now,
        ),
        sa.and_(
            col(OutboundDelivery.status) == DeliveryStatus.delivering,
            col(OutboundDelivery.leased_until) < now,
        ),
    )
    if skip_endpoints:
        due = sa.and_(due, col(OutboundDelivery.endpoint_id).not_in(skip_endpoints))
    ids = session.exec(
        across_tenants(
            select(OutboundDelivery.id)
            .join(OutboundEndpoint, col(OutboundEndpoint.id) == col(OutboundDelivery.endpoint_id))
            .where(due, col(OutboundEndpoint.disabled_at).is_(None))
            .order_by(col(OutboundDelivery.next_attempt_at), col(OutboundDelivery.id))
            .limit(limit)
            .with_for_update(skip_locked=True, of=OutboundDelivery),
            _WORKER,
        )
    ).all()
    if not ids:
        return []
    lease_id = uuid.uuid4()
    session.execute(
        across_tenants(
            sa.update(OutboundDelivery)
            .where(col(OutboundDelivery.id).in_(ids))
            .values(status=DeliveryStatus.delivering, lease_id=lease_id, leased_until=leased_until),
            _WORKER,
        )
    )
    return _claimed(session, ids, lease_id, now)


def _claimed(
    session: Session, ids: Sequence[uuid.UUID], lease_id: uuid.UUID, now: datetime
) -> list[ClaimedDelivery]:
    rows = session.exec(
        across_tenants(
            select(OutboundDelivery, OutboxEvent, OutboundEndpoint)
            .join(OutboxEvent, col(OutboxEvent.id) == col(OutboundDelivery.event_id))
            .join(OutboundEndpoint, col(OutboundEndpoint.id) == col(OutboundDelivery.endpoint_id))
            .where(col(OutboundDelivery.id).in_(ids))
            .order_by(col(OutboundDelivery.next_attempt_at), col(OutboundDelivery.id)),
            _WORKER,
        )
    ).all()
    claimed = []
    for delivery, event, endpoint in rows:
        secrets = [endpoint.secret]
        expires = endpoint.previous_secret_expires_at
        if endpoint.previous_secret and expires is not None and expires > now:
            secrets.append(endpoint.previous_secret)
        claimed.append(
            ClaimedDelivery(
                id=delivery.id,
                lease_id=lease_id,
                attempt_count=delivery.attempt_count,
                url=endpoint.url,
                signing_secrets=tuple(secrets),
                event_id=event.id,
                event_type=event.event_type,
                event_created_at=event.created_at,
                data=event.data,
                endpoint_id=endpoint.id,
            )
        )
    return claimed


def finish_attempt(
    session: Session,
    *,
    claim: ClaimedDelivery,
    values: dict[str, Any],
    attempt: dict[str, Any],
) -> bool:
    """Record an attempt's outcome if this worker still holds the lease; False if it lost it."""
    result = session.execute(
        across_tenants(
            sa.update(OutboundDelivery)
            .where(
                col(OutboundDelivery.id) == claim.id,
                col(OutboundDelivery.lease_id) == claim.lease_id,
                col(OutboundDelivery.status) == DeliveryStatus.delivering,
            )
            .values(lease_id=None, leased_until=None, **values),
            _WORKER,
        )
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    session.execute(sa.insert(OutboundAttempt), [attempt])
    return True


def erase_rejection_events(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID, now: datetime
) -> None:
    """Erase what the outbox says about a rejection, in the caller's transaction.

    Events not yet fanned out are deleted: no endpoint, however recently registered, will
    see them. Fanned-out events keep only the rejection's id, and their deliveries not yet
    settled are cancelled; the deliveries and attempts themselves (status codes, times,
    counts) stay as the log of what was sent. On PostgreSQL a worker fanning an event out
    holds its row, so the delete waits for it and the redaction then finds the event.
    """
    about = OutboxEvent.data["rejection_id"].as_string() == str(rejection_id)
    session.execute(
        within(
            tenant_id,
            sa.delete(OutboxEvent).where(about, col(OutboxEvent.fanned_out_at).is_(None)),
            OutboxEvent,
        )
    )
    session.execute(
        within(
            tenant_id,
            sa.update(OutboxEvent).where(about).values(data={"rejection_id": str(rejection_id)}),
            OutboxEvent,
        )
    )
    erased = select(OutboxEvent.id).where(about, col(OutboxEvent.tenant_id) == tenant_id)
    session.execute(
        within(
            tenant_id,
            sa.update(OutboundDelivery)
            .where(
                col(OutboundDelivery.event_id).in_(erased),
                col(OutboundDelivery.status).in_(
                    (DeliveryStatus.pending, DeliveryStatus.delivering)
                ),
            )
            .values(
                status=DeliveryStatus.cancelled, lease_id=None, leased_until=None, updated_at=now
            ),
            OutboundDelivery,
        )
    )
