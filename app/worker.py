"""`rejoinder worker`: turn outbox events into deliveries and send them, signed, with retries.

An entry point beside the API (app/main.py) and the CLI (app/cli.py): it owns the transactions
and the threads, and the use cases it runs are services (services/outbox.py, services/retention.py,
services/webhooks.py); the HTTP send is app/outbound/send.py.

One pass (`run_once`) does three things, each in its own short transaction:

1. emit `plan.step_due` for steps whose day has come (once a minute at most);
2. fan new outbox events out into one delivery per subscribed, enabled endpoint;
3. lease due deliveries, send them over HTTP outside any transaction, side by side, and
   record every attempt's outcome.

Sends run on a bounded pool (`outbound_concurrency` at once, at most
`outbound_concurrency_per_endpoint` to one endpoint, claimed one at a time so a busy endpoint's
backlog waits in the database, not in a slot), and each attempt has a total deadline
(`outbound_deadline_seconds`), so a receiver that answers slowly holds its own deliveries only.
`run_forever` keeps claiming while sends are in flight; `run_once` waits for what it sent.

Once an hour it also prunes the bookkeeping that has outlived its retention, and every
`worker_webhook_sweep_seconds` it drafts the ATS webhook deliveries that were acknowledged but
not processed (a database blip cut their background drafting short).

A leased delivery whose worker dies is picked up again when its lease runs out, so nothing
claimed is lost: delivery is at least once, and receivers dedupe by `webhook-id`.
"""

import logging
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timedelta

import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.db import Database
from app.models import utcnow
from app.outbound.send import new_client, send
from app.outbound.urls import Resolver, resolve
from app.services import outbox, webhook_settling
from app.services.outbox import ClaimedDelivery
from app.services.retention import prune
from app.settings import Settings

logger = logging.getLogger(__name__)

DUE_SCAN_EVERY = timedelta(minutes=1)
PRUNE_EVERY = timedelta(hours=1)


class Worker:
    """Drains the outbox. `clock` decides what is due (tests drive it); nothing sleeps here.

    Its settings and its database come from whoever makes it (the CLI, the app's lifespan);
    it does not dispose of the database.
    """

    def __init__(
        self,
        *,
        settings: Settings,
        database: Database,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        client: httpx.Client | None = None,
        resolver: Resolver = resolve,
        session_factory: Callable[[], Session] | None = None,
    ) -> None:
        self.clock = clock
        self.rng = rng or random.Random()  # noqa: S311 - retry jitter, not a secret
        self.settings = settings
        self.database = database
        self.client = client or new_client(
            timeout_seconds=min(
                self.settings.outbound_timeout_seconds, self.settings.outbound_deadline_seconds
            )
        )
        self._senders = ThreadPoolExecutor(
            max_workers=self.settings.outbound_concurrency, thread_name_prefix="outbound-send"
        )
        self._sending_lock = threading.Lock()
        self._sending: set[Future[None]] = set()
        self._per_endpoint: Counter[uuid.UUID | None] = Counter()
        self._slot_freed = threading.Event()
        # What ended a send that no handler may see (a kill, KeyboardInterrupt): it ends the
        # worker too, as it would have when sends ran on the worker's own thread.
        self._fatal: BaseException | None = None
        self.resolver = resolver
        self.session_factory = session_factory or (lambda: database.session(write=True))
        self._last_due_scan: datetime | None = None
        self._last_prune: datetime | None = None
        self._last_webhook_sweep: datetime | None = None

    def run_once(self) -> int:
        """One pass; the number of deliveries attempted, all finished when it returns."""
        self.housekeeping()
        return self.deliver_batch()

    def housekeeping(self) -> None:
        """Everything a pass does but send: due steps, pruning, the webhook sweep, fan-out."""
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

    def run_forever(self, stop: threading.Event) -> None:
        """Loop until `stop`: claims go on while sends are in flight, so a slow receiver never
        keeps another endpoint's deliveries waiting for more than a poll."""
        try:
            while not stop.is_set() and self._fatal is None:
                self._slot_freed.clear()
                try:
                    self.housekeeping()
                    started = self._start_due(self.settings.worker_batch_size)
                except Exception:
                    # A database hiccup must not end the worker; the next pass starts afresh.
                    logger.exception("worker pass failed")
                    started = 0
                if not started:
                    # Woken early when a send finishes and frees a slot.
                    self._slot_freed.wait(self.settings.worker_poll_seconds)
        finally:
            # The sends in flight finish (each within its deadline) before the worker stops.
            self._wait_for_sends()

    def close(self) -> None:
        self._senders.shutdown(wait=True)
        self.client.close()

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
            settled = webhook_settling.sweep(
                webhook_settling.Settling.of(self.settings, self.database)
            )
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
        emitted = 0
        scan = outbox.DueScan(0, None)
        while True:
            with self.session_factory() as session, session.begin():
                scan = outbox.emit_due_steps_page(session, now=now, after=scan.after)
            emitted += scan.emitted
            if scan.after is None:
                return emitted

    def fan_out(self) -> int:
        """Turn up to one batch of new events into deliveries; the number of events taken."""
        with self.session_factory() as session, session.begin():
            return outbox.fan_out(session, now=self.clock())

    def deliver_batch(self) -> int:
        """Send up to `worker_batch_size` due deliveries, side by side within the bounds, and
        return once every one has finished; the number attempted."""
        limit = self.settings.worker_batch_size
        attempted = 0
        while attempted < limit:
            self._slot_freed.clear()
            # Counted before claiming: a busy endpoint's sends may all finish between a claim
            # that found nothing free and a look at what is in flight, and the pass must not
            # end then with deliveries still due.
            was_sending = self._in_flight()
            started = self._start_due(limit - attempted)
            attempted += started
            if not started:
                if not was_sending:
                    break
                self._slot_freed.wait(self.settings.worker_poll_seconds)
        self._wait_for_sends()
        return attempted

    def _start_due(self, limit: int) -> int:
        """Claim due deliveries into free slots, one at a time so none waits in a slot behind
        a busy endpoint, and start sending each; the number started."""
        started = 0
        per_endpoint = self.settings.outbound_concurrency_per_endpoint
        while started < limit:
            with self._sending_lock:
                if self._fatal is not None:
                    break  # raised once the sends in flight are over (`_wait_for_sends`)
                if len(self._sending) >= self.settings.outbound_concurrency:
                    break
                busy = [
                    endpoint
                    for endpoint, sending in self._per_endpoint.items()
                    if endpoint is not None and sending >= per_endpoint
                ]
            claim = self._claim_one(busy)
            if claim is None:
                break
            self._start(claim)
            started += 1
        return started

    def _claim_one(self, busy: list[uuid.UUID]) -> ClaimedDelivery | None:
        lease = timedelta(seconds=self.settings.worker_lease_seconds)
        with self.session_factory() as session, session.begin():
            return outbox.claim_due(session, now=self.clock(), lease=lease, busy=busy)

    def _start(self, claim: ClaimedDelivery) -> None:
        with self._sending_lock:
            self._per_endpoint[claim.endpoint_id] += 1
            sending = self._senders.submit(self._deliver_logged, claim)
            self._sending.add(sending)

        def finished(done: Future[None]) -> None:
            error = done.exception()
            with self._sending_lock:
                if error is not None and self._fatal is None:
                    self._fatal = error
                self._sending.discard(done)
                self._per_endpoint[claim.endpoint_id] -= 1
                if self._per_endpoint[claim.endpoint_id] <= 0:
                    del self._per_endpoint[claim.endpoint_id]
            self._slot_freed.set()

        sending.add_done_callback(finished)

    def _deliver_logged(self, claim: ClaimedDelivery) -> None:
        try:
            self.deliver(claim)
        except Exception:
            # The outcome could not be recorded: the lease runs out and the delivery is sent
            # again, as after a worker's death.
            logger.exception("delivery not recorded", extra={"delivery_id": str(claim.id)})

    def _in_flight(self) -> int:
        with self._sending_lock:
            return len(self._sending)

    def _wait_for_sends(self) -> None:
        while True:
            with self._sending_lock:
                sending = list(self._sending)
            if not sending:
                break
            for future in sending:
                future.exception()  # waits; what ended it is kept by its callback
        if self._fatal is not None:
            raise self._fatal

    def deliver(self, claim: ClaimedDelivery) -> None:
        started = time.monotonic()
        status_code, error = self._send(claim)
        duration_ms = int((time.monotonic() - started) * 1000)
        with self.session_factory() as session, session.begin():
            outbox.record_attempt(
                session,
                claim,
                status_code=status_code,
                error=error,
                duration_ms=duration_ms,
                now=self.clock(),
                rng=self.rng,
            )

    def _send(self, claim: ClaimedDelivery) -> tuple[int | None, str | None]:
        """(status code, error); error is None on a 2xx."""
        return send(
            self.client,
            url=claim.url,
            message_id=str(claim.event_id),
            body=outbox.delivery_body(claim),
            signing_secrets=claim.signing_secrets,
            deadline_seconds=self.settings.outbound_deadline_seconds,
            allow_loopback=self.settings.outbound_allow_loopback,
            allow_private=self.settings.outbound_allow_private,
            resolver=self.resolver,
        )


@contextmanager
def in_background(settings: Settings, database: Database) -> Iterator[None]:
    """While the API serves, deliver from a thread of its process (`serve_worker`)."""
    if not settings.serve_worker:
        yield
        return
    worker, stop = Worker(settings=settings, database=database), threading.Event()
    thread = threading.Thread(
        target=worker.run_forever, args=(stop,), name="outbound-worker", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()
        # The deliveries in flight finish (each bounded by its deadline); what was leased and
        # not finished goes back to the queue when the lease runs out.
        thread.join(timeout=settings.outbound_deadline_seconds + 5)
        worker.close()
