"""Settle the webhook deliveries the receiver (services/webhooks) stored: after the response,
in a fresh transaction, parse again, complete from the vendor's API where the event carries
only ids, then draft, ignore or withdraw; sweep whatever is still waiting, and release what
was parked once its integration has a secret.
"""

import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from app import repository
from app.ats import ADAPTERS, AtsEvent, Delivery, PayloadError, SignatureError
from app.db import Database
from app.drafting.quiet import QuietPeriod
from app.models import Integration, WebhookDelivery, utcnow
from app.models.integrations import WebhookDeliveryOutcome as W
from app.outbound.urls import UrlPolicy
from app.services import integrations as integration_service
from app.services.webhook_outcomes import apply_event, complete_event
from app.services.webhooks import accept, clip, unpack
from app.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settling:
    """What settling deliveries after the response needs from the edge that runs it (the
    app, the worker, the CLI): its database, and from its settings the service's quiet
    periods and which addresses a vendor's API may be fetched from."""

    database: Database
    service_quiet: tuple[QuietPeriod, ...]
    policy: UrlPolicy
    # For the deliveries released from parking, which go through the receiver's checks.
    refusal_window: timedelta = timedelta(hours=1)

    @classmethod
    def of(cls, settings: Settings, database: Database) -> "Settling":
        refusal_window = timedelta(seconds=settings.webhook_refusal_window_seconds)
        return cls(database, settings.quiet(), settings.url_policy(), refusal_window)


@dataclass(frozen=True)
class _Pending:
    """What processing needs, read in a short transaction before any slow fetch."""

    body: bytes
    received_at: datetime
    delivery_id: str | None
    integration: Integration


def process_delivery(delivery_row_id: uuid.UUID, settling: Settling) -> str | None:
    """Settle one `received` delivery; returns its outcome, or None if it was not waiting.

    Safe to run twice at once (a background task and a sweep): the delivery row is locked and
    re-checked before anything is written, so only one run settles it.
    """
    try:
        database = settling.database
        pending = _load(database, delivery_row_id)
        if pending is None:
            return None
        event = _parse_again(pending)
        if event is not None:
            event = complete_event(
                event,
                pending.integration,
                received_at=pending.received_at,
                policy=settling.policy,
            )
        with database.session(write=True) as session, session.begin():
            row = repository.lock_delivery(session, delivery_row_id)
            if row is None or row.disposition != W.received:
                return None
            return apply_event(
                session, row, event, pending.integration, service_quiet=settling.service_quiet
            )
    except (OperationalError, InterfaceError):
        # The database is unreachable: the row stays `received` and the next sweep retries.
        logger.exception("webhook delivery not processed", extra={"delivery": str(delivery_row_id)})
        return None
    except Exception:
        # A bug, or data the database refuses (PostgreSQL takes no NUL in text): retrying
        # would fail the same way at every start, so the delivery is settled as failed.
        logger.exception("webhook delivery failed", extra={"delivery": str(delivery_row_id)})
        return _mark_failed(settling.database, delivery_row_id)


def _mark_failed(database: Database, delivery_row_id: uuid.UUID) -> str | None:
    try:
        with database.session(write=True) as session, session.begin():
            row = repository.lock_delivery(session, delivery_row_id)
            if row is None or row.disposition != W.received:
                return None
            error = "processing failed unexpectedly; see the service log"
            repository.finish_delivery(session, row, {"disposition": W.failed, "error": error})
            return W.failed
    except SQLAlchemyError:
        logger.exception("webhook delivery left waiting", extra={"delivery": str(delivery_row_id)})
        return None


def _load(database: Database, delivery_row_id: uuid.UUID) -> _Pending | None:
    with database.session(write=False) as session, session.begin():
        row = repository.get_delivery(session, delivery_row_id)
        if row is None or row.disposition != W.received or row.body is None:
            return None
        # The integration the receiver found for this delivery when it arrived.
        integration = repository.find_integration_for_webhook(session, row.integration_id)
        if integration is None:
            return None
        return _Pending(row.body, row.received_at, row.vendor_delivery_id, integration)


def _parse_again(pending: _Pending) -> AtsEvent | None:
    # Only the body is kept, not the headers: no adapter reads a header when parsing except
    # for the delivery id, which the row already holds.
    delivery = Delivery(headers={}, body=pending.body, received_at=pending.received_at)
    adapter = ADAPTERS[pending.integration.provider]
    try:
        event = adapter.parse(delivery, integration_service.defaults(pending.integration))
    except PayloadError:
        return None  # parsed fine when it arrived; apply_event records it as failed
    # The same clipping as when the business key was claimed, so it is found again.
    return replace(
        event,
        vendor_delivery_id=pending.delivery_id,
        application_id=clip(event.application_id, 200),
    )


def sweep(settling: Settling, integration_id: uuid.UUID | None = None) -> int:
    """Release what was parked for a secret that has since been set, then process every
    delivery still `received` (of one integration, or all), oldest first; returns how many
    were settled."""
    release_parked(settling, integration_id)
    with settling.database.session(write=False) as session, session.begin():
        waiting = list(repository.waiting_deliveries(session, integration_id))
    return sum(1 for row_id in waiting if process_delivery(row_id, settling) is not None)


def sweep_at_startup(settling: Settling) -> None:
    """The start-up sweep: a database that cannot be swept yet (not migrated, not up) must not
    keep the API from starting; the deliveries wait for the next start or the CLI."""
    try:
        settled = sweep(settling)
    except SQLAlchemyError:
        logger.warning("the start-up webhook sweep could not read the database", exc_info=True)
        return
    if settled:
        logger.info("start-up sweep settled webhook deliveries", extra={"settled": settled})


def release_parked(settling: Settling, integration_id: uuid.UUID | None = None) -> int:
    """Verify the parked deliveries of integrations that now have a secret (of one
    integration, or all): a delivery that verifies is received as if it had just arrived
    (its original arrival time kept), one that does not is refused. Returns how many were
    looked at."""
    now = utcnow()
    with settling.database.session(write=True) as session, session.begin():
        rows = repository.parked_deliveries(session, integration_id=integration_id)
        for row in rows:
            integration = repository.find_integration_for_webhook(session, row.integration_id)
            if integration is not None and row.body is not None:
                delivery = unpack(row.body, row.received_at)
                _release(session, integration, row, delivery, now, settling.refusal_window)
    return len(rows)


def _release(
    session: Session,
    integration: Integration,
    row: WebhookDelivery,
    delivery: Delivery,
    now: datetime,
    refusal_window: timedelta,
) -> None:
    adapter = ADAPTERS[integration.provider]
    secrets = integration_service.active_secrets(integration, now)
    try:
        # Freshness is judged at arrival: the delivery waited here, not at the vendor.
        adapter.verify(delivery, secrets, now=row.received_at)
    except (SignatureError, PayloadError) as error:
        why = clip(f"did not verify with the secret set later: {error}", 2000)
        repository.finish_delivery(
            session, row, {"disposition": W.rejected_signature, "error": why}
        )
        return
    try:
        event = adapter.parse(delivery, integration_service.defaults(integration))
    except PayloadError as error:
        repository.finish_delivery(session, row, {"disposition": W.failed, "error": str(error)})
        return
    # The receiver's checks and its log entry, as for a delivery arriving verified now; the
    # parked entry gives way to it.
    repository.delete_delivery(session, row)
    accept(session, integration, event, delivery.body, row.received_at, refusal_window)
