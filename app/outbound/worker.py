"""`rejoinder worker`: turn outbox events into deliveries and send them, signed, with retries.

One pass (`run_once`) does three things, each in its own short transaction:

1. emit `plan.step_due` for steps whose day has come (once a minute at most);
2. fan new outbox events out into one delivery per subscribed, enabled endpoint;
3. lease a batch of due deliveries, send each over HTTP outside any transaction, and record
   every attempt's outcome.

Once an hour it also prunes the bookkeeping that has outlived its retention, and every
`worker_webhook_sweep_seconds` it drafts the ATS webhook deliveries that were acknowledged but
not processed (a database blip cut their background drafting short).

A leased delivery whose worker dies is picked up again when its lease runs out, so nothing
claimed is lost: delivery is at least once, and receivers dedupe by `webhook-id`.
"""

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.db import new_session
from app.models import utcnow
from app.outbound.schedule import next_delay
from app.outbound.signing import signed_headers
from app.outbound.urls import RefusedURLError, Resolver, checked_target, resolve
from app.repository import ClaimedDelivery
from app.schemas.endpoints import EventType
from app.services import webhooks as webhook_service
from app.services.events import record_event_once, step_data
from app.services.listening import local_today
from app.services.retention import prune
from app.settings import Settings, get_settings

logger = logging.getLogger(__name__)

FAN_OUT_BATCH = 200
DUE_SCAN_PAGE = 500
DUE_SCAN_EVERY = timedelta(minutes=1)
PRUNE_EVERY = timedelta(hours=1)
USER_AGENT = "Rejoinder-Webhooks/0.1"


class Worker:
    """Drains the outbox. `clock` decides what is due (tests drive it); nothing sleeps here."""

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        settings: Settings | None = None,
        client: httpx.Client | None = None,
        resolver: Resolver = resolve,
        session_factory: Callable[[], Session] = lambda: new_session(write=True),
    ) -> None:
        self.clock = clock
        self.rng = rng or random.Random()  # noqa: S311 - retry jitter, not a secret
        self.settings = settings or get_settings()
        self.client = client or httpx.Client(
            timeout=self.settings.outbound_timeout_seconds,
            follow_redirects=False,
            headers={"user-agent": USER_AGENT},
        )
        self.resolver = resolver
        self.session_factory = session_factory
        self._last_due_scan: datetime | None = None
        self._last_prune: datetime | None = None
        self._last_webhook_sweep: datetime | None = None

    def run_once(self) -> int:
        """One pass; the number of deliveries attempted."""
        now = self.clock()
        if self._last_due_scan is None or now - self._last_due_scan >= DUE_SCAN_EVERY:
            self.emit_due_steps()
            self._last_due_scan = now
        if self._last_prune is None or now - self._last_prune >= PRUNE_EVERY:
            self.prune()
            self._last_prune = now
        sweep_every = timedelta(seconds=self.settings.worker_webhook_sweep_seconds)
        if self._last_webhook_sweep is None or now - self._last_webhook_sweep >= sweep_every:
            self.sweep_webhooks()
            self._last_webhook_sweep = now
        while self.fan_out():
            pass
        return self.deliver_batch()

    def run_forever(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                attempted = self.run_once()
            except Exception:
                # A database hiccup must not end the worker; the next pass starts afresh.
                logger.exception("worker pass failed")
                attempted = 0
            if not attempted:
                stop.wait(self.settings.worker_poll_seconds)

    def prune(self) -> dict[str, int]:
        """Delete the bookkeeping that has outlived its retention (see services.retention)."""
        pruned = prune(
            now=self.clock(), settings=self.settings, session_factory=self.session_factory
        )
        if any(pruned.values()):
            logger.info("pruned expired records", extra=pruned)
        return pruned

    def sweep_webhooks(self) -> int:
        """Draft the ATS deliveries still `received`: acknowledged, but their processing met a
        database that did not answer. Processing locks and re-checks each row, so a sweep racing
        the request's own background task settles it once."""
        try:
            settled = webhook_service.sweep()
        except SQLAlchemyError:
            # Still unreachable: the deliveries wait for the next sweep; delivery goes on.
            logger.warning("the worker's webhook sweep could not read the database", exc_info=True)
            return 0
        if settled:
            logger.info("worker sweep settled webhook deliveries", extra={"settled": settled})
        return settled

    def emit_due_steps(self) -> int:
        """Record `plan.step_due` for every pending step whose day has come where its
        candidate is. The event is unique per step and day, so any number of passes and
        workers emit it once."""
        now = self.clock()
        today = now.astimezone(UTC).date()
        # A day on either side: zones run from UTC-12 to UTC+14, and a worker that was down
        # over a midnight still emits the day it missed.
        first, last = today - timedelta(days=1), today + timedelta(days=1)
        emitted = 0
        after = None
        while True:
            with self.session_factory() as session, session.begin():
                rows = repository.steps_due_between(
                    session, first=first, last=last, limit=DUE_SCAN_PAGE, after=after
                )
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
            if len(rows) < DUE_SCAN_PAGE:
                return emitted
            after = (rows[-1][0].due_on, rows[-1][0].id)

    def fan_out(self) -> int:
        """Turn up to one batch of new events into deliveries; the number of events taken."""
        now = self.clock()
        with self.session_factory() as session, session.begin():
            events = repository.claim_unfanned_events(session, limit=FAN_OUT_BATCH)
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
                    "status": "pending",
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

    def deliver_batch(self) -> int:
        now = self.clock()
        lease = timedelta(seconds=self.settings.worker_lease_seconds)
        with self.session_factory() as session, session.begin():
            claims = repository.claim_deliveries(
                session, now=now, leased_until=now + lease, limit=self.settings.worker_batch_size
            )
        for claim in claims:
            self.deliver(claim)
        return len(claims)

    def deliver(self, claim: ClaimedDelivery) -> None:
        started = time.monotonic()
        status_code, error = self._send(claim)
        duration_ms = int((time.monotonic() - started) * 1000)
        now = self.clock()
        attempts = claim.attempt_count + 1
        values: dict[str, object] = {
            "attempt_count": attempts,
            "last_status_code": status_code,
            "last_error": error,
            "updated_at": now,
        }
        if error is None:
            values["status"] = "succeeded"
        else:
            delay = next_delay(attempts, self.rng)
            values["status"] = "failed" if delay is None else "pending"
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
        with self.session_factory() as session, session.begin():
            if not repository.finish_attempt(session, claim=claim, values=values, attempt=attempt):
                logger.warning("delivery lease lost", extra={"delivery_id": str(claim.id)})

    def _send(self, claim: ClaimedDelivery) -> tuple[int | None, str | None]:
        """(status code, error); error is None on a 2xx."""
        try:
            # Checked again at send time: what the host resolves to may have changed.
            target = checked_target(
                claim.url,
                allow_loopback=self.settings.outbound_allow_loopback,
                allow_private=self.settings.outbound_allow_private,
                resolver=self.resolver,
            )
        except RefusedURLError as refused:
            return None, f"refused: {refused}"[:500]
        body = payload(claim)
        # The signature's timestamp is when the request really leaves (receivers reject old
        # ones), whatever the scheduling clock says.
        headers = signed_headers(
            message_id=str(claim.event_id),
            timestamp=datetime.now(UTC),
            body=body,
            signing_secrets=claim.signing_secrets,
        )
        try:
            # Streamed and never read: a receiver's answer body is not ours to download.
            with self.client.stream(
                "POST",
                target.url,
                content=body,
                headers={**headers, **target.headers},
                extensions=target.extensions,
            ) as response:
                code = response.status_code
        except httpx.HTTPError as failure:
            return None, f"{type(failure).__name__}: {failure}"[:500]
        if 200 <= code < 300:
            return code, None
        return code, f"the endpoint answered {code}"


def payload(claim: ClaimedDelivery) -> str:
    """The Standard Webhooks body: the event's type, its time and its data."""
    return json.dumps(
        {
            "type": claim.event_type,
            "timestamp": claim.event_created_at.astimezone(UTC).isoformat(),
            "data": claim.data,
        },
        separators=(",", ":"),
    )


@contextmanager
def in_background(settings: Settings) -> Iterator[None]:
    """While the API serves, deliver from a thread of its process (`serve_worker`)."""
    if not settings.serve_worker:
        yield
        return
    worker, stop = Worker(settings=settings), threading.Event()
    thread = threading.Thread(
        target=worker.run_forever, args=(stop,), name="outbound-worker", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()
        # A delivery in flight finishes (bounded by its timeout); what it leased and did not
        # finish goes back to the queue when the lease runs out.
        thread.join(timeout=settings.outbound_timeout_seconds + 5)
        worker.client.close()
