"""Helpers of the outbox tests: endpoints and events stored as the API and the services store
them, and the stored rows read back with Core, beside the ORM and its tenant scope."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from app.models import OutboundAttempt, OutboundDelivery, OutboundEndpoint, OutboxEvent
from app.outbound.signing import generate_secret
from app.services.events import record_event
from tests import database as db
from tests.services.support import START, committed


def add_endpoint(
    tenant_id: uuid.UUID,
    *,
    url: str = "https://hooks.example.com/rejoinder",
    events: tuple[str, ...] = ("rejection.drafted",),
    secret: str | None = None,
    disabled: bool = False,
) -> uuid.UUID:
    endpoint_id = uuid.uuid4()
    table = OutboundEndpoint.__table__  # type: ignore[attr-defined]
    with db.get_engine().begin() as connection:
        connection.execute(
            table.insert().values(
                id=endpoint_id,
                tenant_id=tenant_id,
                url=url,
                events=list(events),
                secret=secret or generate_secret(),
                disabled_at=START if disabled else None,
                created_at=START,
                updated_at=START,
            )
        )
    return endpoint_id


def add_event(
    tenant_id: uuid.UUID,
    event_type: str = "rejection.drafted",
    data: dict[str, Any] | None = None,
    now: datetime = START,
) -> None:
    """An event recorded as a service records one, in a committed transaction."""
    committed(
        lambda session: record_event(
            session,
            tenant_id=tenant_id,
            event_type=event_type,
            data=data if data is not None else {"rejection_id": str(uuid.uuid4())},
            now=now,
        )
    )


def rows(model: Any, **where: Any) -> list[Any]:
    """What is stored, read with Core beside the ORM, oldest first."""
    table = model.__table__
    statement = sa.select(table).order_by(table.c.id)
    for column, value in where.items():
        statement = statement.where(table.c[column] == value)
    with db.get_engine().connect() as connection:
        return list(connection.execute(statement))


def deliveries(**where: Any) -> list[Any]:
    return rows(OutboundDelivery, **where)


def attempts(**where: Any) -> list[Any]:
    return rows(OutboundAttempt, **where)


def events(**where: Any) -> list[Any]:
    return rows(OutboxEvent, **where)
