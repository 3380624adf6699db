"""The outbox's use cases: what the worker (app/worker.py) does with events and deliveries.

Each function takes the session of a short transaction the worker owns and only flushes, like
every service: emit `plan.step_due` for steps whose day has come, fan new events out into one
delivery per subscribed endpoint, claim a due delivery under a lease, and record an attempt's
outcome with the retry schedule. The HTTP send itself is app/outbound/send.py.
"""

import logging
import random
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.models.outbound import DeliveryStatus, EventType
from app.outbound.schedule import next_delay
from app.outbound.send import payload
from app.repository import ClaimedDelivery as ClaimedDelivery
from app.services.events import record_event_once, step_data
from app.services.listening import local_today

logger = logging.getLogger(__name__)

FAN_OUT_BATCH = 200
DUE_SCAN_PAGE = 500


@dataclass(frozen=True, slots=True)
class DueScan:
    """One page of the due-step scan: how many events it recorded, and where the next page
    starts (None when this page was the last)."""

    emitted: int
    after: tuple[date, uuid.UUID] | None


def due_window(now: datetime) -> tuple[date, date]:
    """The days a step may be due on somewhere on Earth at `now`.

    A day on either side of UTC's: zones run from UTC-12 to UTC+14, and a worker that was
    down over a midnight still emits the day it missed.
    """
    today = now.astimezone(UTC).date()
    return today - timedelta(days=1), today + timedelta(days=1)


def emit_due_steps_page(
    session: Session,
    *,
    now: datetime,
    after: tuple[date, uuid.UUID] | None = None,
    limit: int = DUE_SCAN_PAGE,
) -> DueScan:
    """Record `plan.step_due` for each pending step of one page whose day has come where its
    candidate is. The event is unique per step and day, so any number of passes and workers
    emit it once."""
    first, last = due_window(now)
    rows = repository.steps_due_between(session, first=first, last=last, limit=limit, after=after)
    emitted = 0
    for step, rejection in rows:
        if step.due_on > local_today(rejection, now):
            continue
        emitted += record_event_once(
            session,
            tenant_id=rejection.tenant_id,
            event_type=EventType.plan_step_due,
            data=step_data(step, rejection),
            dedupe_key=f"plan.step_due:{step.id}:{step.due_on.isoformat()}",
            now=now,
        )
    if len(rows) < limit:
        return DueScan(emitted, None)
    return DueScan(emitted, (rows[-1][0].due_on, rows[-1][0].id))


def fan_out(session: Session, *, now: datetime, limit: int = FAN_OUT_BATCH) -> int:
    """Turn up to `limit` new events into deliveries, one per enabled endpoint of the event's
    tenant that subscribes to its type; the number of events taken."""
    events = repository.claim_unfanned_events(session, limit=limit)
    if not events:
        return 0
    tenants = sorted({event.tenant_id for event in events})
    endpoints = repository.enabled_endpoints(session, tenants)
    rows = [
        {
            "id": uuid7(),
            "tenant_id": event.tenant_id,
            "event_id": event.id,
            "endpoint_id": endpoint.id,
            "status": DeliveryStatus.pending,
            "attempt_count": 0,
            "next_attempt_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for event in events
        for endpoint in endpoints
        if endpoint.tenant_id == event.tenant_id and event.event_type in endpoint.events
    ]
    repository.insert_deliveries(session, rows)
    repository.mark_fanned_out(session, [event.id for event in events], now)
    return len(events)


def claim_due(
    session: Session, *, now: datetime, lease: timedelta, busy: Collection[uuid.UUID] = ()
) -> ClaimedDelivery | None:
    """Lease the next due delivery to an endpoint not in `busy`, or None when none is due."""
    claims = repository.claim_deliveries(
        session, now=now, leased_until=now + lease, limit=1, skip_endpoints=busy
    )
    return claims[0] if claims else None


def delivery_body(claim: ClaimedDelivery) -> str:
    """The Standard Webhooks body of a claimed delivery."""
    return payload(event_type=claim.event_type, created_at=claim.event_created_at, data=claim.data)


def record_attempt(
    session: Session,
    claim: ClaimedDelivery,
    *,
    status_code: int | None,
    error: str | None,
    duration_ms: int,
    now: datetime,
    rng: random.Random,
) -> bool:
    """Record one attempt and what follows: succeeded, pending again after the schedule's next
    delay, or failed once the schedule runs out. False when the lease was lost (another worker
    holds the delivery now) and nothing was recorded."""
    attempts = claim.attempt_count + 1
    values: dict[str, object] = {
        "attempt_count": attempts,
        "last_status_code": status_code,
        "last_error": error,
        "updated_at": now,
    }
    if error is None:
        values["status"] = DeliveryStatus.succeeded
    else:
        delay = next_delay(attempts, rng)
        values["status"] = DeliveryStatus.failed if delay is None else DeliveryStatus.pending
        if delay is not None:
            values["next_attempt_at"] = now + delay
        logger.info(
            "delivery attempt failed",
            extra={"delivery_id": str(claim.id), "attempt": attempts, "error": error},
        )
    attempt = {
        "id": uuid7(),
        "delivery_id": claim.id,
        "attempted_at": now,
        "status_code": status_code,
        "error": error,
        "duration_ms": duration_ms,
    }
    recorded = repository.finish_attempt(session, claim=claim, values=values, attempt=attempt)
    if not recorded:
        logger.warning("delivery lease lost", extra={"delivery_id": str(claim.id)})
    return recorded
