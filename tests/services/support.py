"""Helpers of the service tests: a committed transaction per call, as a request has (app.db's
`_request_session`), and the stored rows read back through SQLAlchemy Core, beside the ORM
session and its tenant scope, so a test sees what was committed and nothing else."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from app.drafting.context import RejectionContext
from app.drafting.quiet import parse_period
from app.models import OutboxEvent, PlanStep, Tenant
from tests import database as db
from tests.helpers import example_context

T = TypeVar("T")

# 15:00 UTC is 10:00 in New York, the example candidate's zone, on the example's rejected_on.
START = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)

# The service's own quiet periods (the setting's default), which routes pass to services.
SERVICE_QUIET_PERIODS = ["12-20..01-05"]
SERVICE_QUIET = tuple(parse_period(period) for period in SERVICE_QUIET_PERIODS)


def committed(call: Callable[[Session], T]) -> T:
    """Run `call` in a transaction of its own and commit it, as a request would."""
    with db.new_session(write=True) as session, session.begin():
        return call(session)


def context(**changes: Any) -> RejectionContext:
    return RejectionContext.model_validate({**example_context(), **changes})


def tenant_named(name: str) -> uuid.UUID:
    table = Tenant.__table__  # type: ignore[attr-defined]
    with db.get_engine().connect() as connection:
        return uuid.UUID(
            str(connection.execute(sa.select(table.c.id).where(table.c.name == name)).scalar_one())
        )


def events(tenant_id: uuid.UUID) -> list[tuple[str, dict[str, Any]]]:
    """The tenant's outbox, oldest first: (event type, data)."""
    table = OutboxEvent.__table__  # type: ignore[attr-defined]
    statement = (
        sa.select(table.c.event_type, table.c.data)
        .where(table.c.tenant_id == tenant_id)
        .order_by(table.c.id)
    )
    with db.get_engine().connect() as connection:
        return [(row.event_type, row.data) for row in connection.execute(statement)]


def stored_steps(rejection_id: uuid.UUID) -> list[Any]:
    table = PlanStep.__table__  # type: ignore[attr-defined]
    statement = (
        sa.select(table).where(table.c.rejection_id == rejection_id).order_by(table.c.position)
    )
    with db.get_engine().connect() as connection:
        return list(connection.execute(statement))


def count(table: Any, **where: Any) -> int:
    statement = sa.select(sa.func.count()).select_from(table)
    for column, value in where.items():
        statement = statement.where(table.c[column] == value)
    with db.get_engine().connect() as connection:
        return int(connection.execute(statement).scalar_one())
