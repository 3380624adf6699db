"""Integrations, the webhook deliveries they receive, and the keys that deduplicate them.

Every API path is scoped to the caller's tenant, so another tenant's integration is not
found (404). The receiver's reads are not: it has no API key, the vendor's signature is its
auth, and the integration id in the URL routes (`across_tenants` says so at each).
"""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select
from uuid_utils.compat import uuid7

from app.models import (
    Integration,
    WebhookApplicationState,
    WebhookDelivery,
    WebhookDeliveryKey,
)
from app.models.integrations import ApplicationState
from app.models.integrations import WebhookDeliveryOutcome as W
from app.repository.scope import across_tenants, across_tenants_options, owned, within

_RECEIVER = "the webhook receiver: the integration id routes, the vendor's signature authenticates"
# Deliveries already accepted, processed from the durable queue by their own row id.
_QUEUE = "the webhook queue: rows the receiver accepted, processed by their own id"


def _insert(session: Session, table: type[Any]) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def add_integration(session: Session, integration: Integration) -> None:
    session.add(integration)
    session.flush()


def get_integration(
    session: Session, *, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> Integration | None:
    statement = owned(Integration, tenant_id).where(Integration.id == integration_id)
    return session.exec(statement).first()


def find_integration_for_webhook(session: Session, integration_id: uuid.UUID) -> Integration | None:
    """Not tenant-scoped on purpose: the unguessable id routes, the signature authenticates."""
    return session.get(
        Integration, integration_id, execution_options=across_tenants_options(_RECEIVER)
    )


def list_integrations(session: Session, *, tenant_id: uuid.UUID) -> Sequence[Integration]:
    return session.exec(owned(Integration, tenant_id).order_by(col(Integration.id).desc())).all()


def update_integration(session: Session, integration: Integration, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(integration, name, value)
    session.add(integration)
    session.flush()


def delete_integration(
    session: Session, *, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> bool:
    """Erase an integration with its delivery log and dedupe keys (ON DELETE CASCADE)."""
    result = session.execute(
        within(
            tenant_id,
            sa.delete(Integration).where(col(Integration.id) == integration_id),
            Integration,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def claim_delivery_id(
    session: Session, *, integration_id: uuid.UUID, delivery_id: str, now: datetime
) -> bool:
    """True when this vendor delivery id is new. A concurrent claim of the same id waits for
    the first transaction (PostgreSQL) or for the write lock (SQLite), then finds it taken."""
    statement = (
        _insert(session, WebhookDeliveryKey)
        .values(integration_id=integration_id, vendor_delivery_id=delivery_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["integration_id", "delivery_id"])
        .returning(col(WebhookDeliveryKey.vendor_delivery_id))
    )
    return session.execute(statement).first() is not None


def claim_application_state(
    session: Session,
    *,
    integration_id: uuid.UUID,
    application_id: str,
    state: ApplicationState,
    occurred_at: datetime,
    now: datetime,
) -> bool:
    """Record the first event of an application; False when it has a state already. A
    concurrent first claim waits for the other transaction, then finds the row taken."""
    statement = (
        _insert(session, WebhookApplicationState)
        .values(
            id=uuid7(),
            integration_id=integration_id,
            application_id=application_id,
            state=state,
            occurred_at=occurred_at,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["integration_id", "application_id"])
        .returning(col(WebhookApplicationState.id))
    )
    return session.execute(statement).first() is not None


def lock_application_state(
    session: Session, *, integration_id: uuid.UUID, application_id: str
) -> WebhookApplicationState | None:
    """Read (and on PostgreSQL lock) an application's state row: the events of one
    application are settled one at a time, each seeing what the one before it did."""
    statement = across_tenants(
        select(WebhookApplicationState)
        .where(
            WebhookApplicationState.integration_id == integration_id,
            WebhookApplicationState.application_id == application_id,
        )
        .with_for_update(),
        _RECEIVER,
    )
    return session.exec(statement).first()


def update_application_state(
    session: Session, row: WebhookApplicationState, values: dict[str, Any]
) -> None:
    for name, value in values.items():
        setattr(row, name, value)
    session.add(row)
    session.flush()


def add_delivery(session: Session, values: dict[str, Any]) -> None:
    session.execute(sa.insert(WebhookDelivery), [values])


def count_refusal(
    session: Session, *, integration_id: uuid.UUID, error: str, now: datetime, since: datetime
) -> bool:
    """Add one to the integration's refusal entry begun at or after `since`, whatever its
    reason, and keep the newest reason; False when there is none."""
    open_entry = session.exec(
        across_tenants(
            select(WebhookDelivery.id)
            .where(
                WebhookDelivery.integration_id == integration_id,
                WebhookDelivery.disposition == W.rejected_signature,
                col(WebhookDelivery.received_at) >= since,
            )
            .order_by(col(WebhookDelivery.id).desc())
            .limit(1),
            _RECEIVER,
        )
    ).first()
    if open_entry is None:
        return False
    session.execute(
        across_tenants(
            sa.update(WebhookDelivery)
            .where(col(WebhookDelivery.id) == open_entry)
            .values(count=WebhookDelivery.count + 1, last_received_at=now, error=error),
            _RECEIVER,
        )
    )
    return True


def lock_delivery(session: Session, delivery_row_id: uuid.UUID) -> WebhookDelivery | None:
    statement = across_tenants(
        select(WebhookDelivery).where(WebhookDelivery.id == delivery_row_id).with_for_update(),
        _QUEUE,
    )
    return session.exec(statement).first()


def get_delivery(session: Session, delivery_row_id: uuid.UUID) -> WebhookDelivery | None:
    return session.get(
        WebhookDelivery, delivery_row_id, execution_options=across_tenants_options(_QUEUE)
    )


def finish_delivery(session: Session, delivery: WebhookDelivery, values: dict[str, Any]) -> None:
    """Record the outcome; the body goes unless `values` keeps it (nothing is left to do)."""
    for name, value in {"body": None, **values}.items():
        setattr(delivery, name, value)
    session.add(delivery)
    session.flush()


def waiting_deliveries(
    session: Session, integration_id: uuid.UUID | None = None
) -> Sequence[uuid.UUID]:
    """Ids of every delivery acknowledged but not processed yet, oldest first."""
    statement = across_tenants(
        select(WebhookDelivery.id)
        .where(WebhookDelivery.disposition == W.received)
        .order_by(col(WebhookDelivery.id)),
        _QUEUE,
    )
    if integration_id is not None:
        statement = statement.where(WebhookDelivery.integration_id == integration_id)
    return session.exec(statement).all()


def requeue_needs_details(
    session: Session, *, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> int:
    """Put the deliveries that waited for details back in the queue (an API key arrived)."""
    result = session.execute(
        within(
            tenant_id,
            sa.update(WebhookDelivery)
            .where(
                col(WebhookDelivery.integration_id) == integration_id,
                col(WebhookDelivery.disposition) == W.needs_details,
                col(WebhookDelivery.body).is_not(None),
            )
            .values(disposition=W.received, error=None),
            WebhookDelivery,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def list_deliveries(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    integration_id: uuid.UUID,
    limit: int,
    before_id: uuid.UUID | None = None,
    disposition: str | None = None,
) -> Sequence[WebhookDelivery]:
    """Newest first by keyset on the time-ordered id."""
    statement = (
        owned(WebhookDelivery, tenant_id)
        .where(WebhookDelivery.integration_id == integration_id)
        .order_by(col(WebhookDelivery.id).desc())
        .limit(limit)
    )
    if before_id is not None:
        statement = statement.where(col(WebhookDelivery.id) < before_id)
    if disposition is not None:
        statement = statement.where(WebhookDelivery.disposition == disposition)
    return session.exec(statement).all()


def count_parked(session: Session, *, integration_id: uuid.UUID) -> int:
    """How many deliveries of an integration wait for its secret (the parking bound). The
    integration's row is locked first (PostgreSQL), so concurrent deliveries count in turn
    and cannot all park past the bound; SQLite's writers take turns anyway."""
    lock = across_tenants(
        select(Integration.id).where(Integration.id == integration_id).with_for_update(),
        _RECEIVER,
    )
    session.exec(lock).first()
    statement = across_tenants(
        select(sa.func.count())
        .select_from(WebhookDelivery)
        .where(
            WebhookDelivery.integration_id == integration_id,
            WebhookDelivery.disposition == W.awaiting_secret,
        ),
        _RECEIVER,
    )
    return int(session.exec(statement).one())


def parked_deliveries(
    session: Session, *, integration_id: uuid.UUID | None = None
) -> Sequence[WebhookDelivery]:
    """Deliveries waiting for a secret whose integration has one now, oldest first, locked."""
    statement = across_tenants(
        select(WebhookDelivery)
        .join(Integration, col(Integration.id) == WebhookDelivery.integration_id)
        .where(
            WebhookDelivery.disposition == W.awaiting_secret,
            col(Integration.secret).is_not(None),
        )
        .order_by(col(WebhookDelivery.id))
        .with_for_update(of=WebhookDelivery),
        _QUEUE,
    )
    if integration_id is not None:
        statement = statement.where(WebhookDelivery.integration_id == integration_id)
    return session.exec(statement).all()


def delete_delivery(session: Session, delivery: WebhookDelivery) -> None:
    session.delete(delivery)
    session.flush()
