"""A receiver that drips its answer a byte at a time holds only its own delivery (issue 12 #1).

httpx's timeout bounds each network read, so a receiver sending one byte every quarter second
never trips it; before the fix one such attempt held the worker, which sent one delivery at a
time, for as long as the receiver liked. Now each attempt has a total deadline and deliveries
go out side by side (a bounded number in all, at most two per endpoint), so another tenant's
delivery lands at once while the drip goes on, and the dripping attempt is cut at its deadline
and retried on the usual schedule.
"""

import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import col, select

from app.models import OutboundAttempt, OutboundDelivery, OutboundEndpoint
from app.outbound.schedule import JITTER, RETRY_DELAYS
from app.settings import Settings
from app.worker import Worker
from tests import database as db
from tests.api.outbound_support import Receiver, serve
from tests.helpers import example_context
from tests.inspection import inspection_session

DEADLINE = 3.0  # seconds an attempt may take in all, here
DRIP_EVERY = 0.25  # a byte this often: far inside the per-read timeout (5 s)
DRIP_FOR = 10.0  # the dripping receiver gives up after this, so a failing run still ends


class DrippingReceiver:
    """A loopback HTTP server that reads the request, then answers one byte at a time."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hooks/slow"
        self.requests = 0
        self.dripping = threading.Event()  # a request is being answered, byte by byte
        self.cut = threading.Event()  # the client hung up before the answer was complete
        self.closed = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self.closed.is_set():
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(DRIP_FOR)
            request = b""
            try:
                while b"\r\n\r\n" not in request:
                    request += connection.recv(65536) or b"\r\n\r\n"
                self.requests += 1
                self.dripping.set()
                started = time.monotonic()
                answer = b"HTTP/1.1 204 No Content\r\nx-slow: " + b"." * 10_000
                for byte in answer:
                    if self.closed.is_set() or time.monotonic() - started > DRIP_FOR:
                        return
                    connection.sendall(bytes([byte]))
                    time.sleep(DRIP_EVERY)
            except OSError:
                self.cut.set()
            finally:
                self.dripping.clear()

    def close(self) -> None:
        self.closed.set()
        self.sock.close()


@pytest.fixture
def slow() -> Iterator[DrippingReceiver]:
    receiver = DrippingReceiver()
    yield receiver
    receiver.close()


@pytest.fixture
def fast() -> Iterator[Receiver]:
    yield from serve(Receiver())


@pytest.fixture
def settings(rejoinder_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> Settings:
    settings: Settings = rejoinder_app.state.settings
    monkeypatch.setattr(settings, "outbound_allow_loopback", True)
    monkeypatch.setattr(settings, "outbound_timeout_seconds", 5.0)
    monkeypatch.setattr(settings, "outbound_deadline_seconds", DEADLINE)
    monkeypatch.setattr(settings, "worker_poll_seconds", 0.05)
    return settings


def _register(client: TestClient, url: str) -> dict[str, Any]:
    response = client.post("/v1/endpoints", json={"url": url, "events": ["rejection.drafted"]})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _wait_for(condition: Any, within: float) -> bool:
    until = time.monotonic() + within
    while not condition():
        if time.monotonic() > until:
            return False
        time.sleep(0.02)
    return True


def _attempts(endpoint_id: str) -> list[tuple[OutboundDelivery, OutboundAttempt]]:
    with inspection_session(write=False) as session:
        rows = session.exec(
            select(OutboundDelivery, OutboundAttempt)
            .join(OutboundAttempt, col(OutboundAttempt.delivery_id) == col(OutboundDelivery.id))
            .join(OutboundEndpoint, col(OutboundEndpoint.id) == col(OutboundDelivery.endpoint_id))
            .where(col(OutboundEndpoint.id) == uuid.UUID(endpoint_id))
        ).all()
        return [(delivery, attempt) for delivery, attempt in rows]


@pytest.mark.slow
def test_a_dripping_receiver_delays_no_other_tenant_and_is_cut_at_its_deadline(
    client: TestClient,
    other_client: TestClient,
    slow: DrippingReceiver,
    fast: Receiver,
    settings: Settings,
) -> None:
    slow_endpoint = _register(client, slow.url)
    fast.secrets = [_register(other_client, fast.url)["secret"]]
    worker = Worker(settings=settings, database=db.current(), rng=random.Random(1))
    stop = threading.Event()
    loop = threading.Thread(target=worker.run_forever, args=(stop,), daemon=True)
    loop.start()
    try:
        assert client.post("/v1/rejections", json=example_context()).status_code == 201
        assert _wait_for(slow.dripping.is_set, within=5), "tenant a's delivery never left"
        sent_at = time.monotonic()

        assert other_client.post("/v1/rejections", json=example_context()).status_code == 201

        # Two seconds is the promise and is generous here: the worker looks every
        # 50 ms and a loopback delivery takes milliseconds, so even a loaded two-core machine
        # has a wide margin; before the fix it waited out the whole drip (ten seconds).
        assert _wait_for(lambda: fast.ids(), within=2.0), "tenant b waited behind tenant a"
        assert slow.dripping.is_set(), "tenant a's receiver stopped dripping on its own"
        assert time.monotonic() - sent_at < DEADLINE

        # The drip is cut at the deadline (a second of slack for the worker to notice) ...
        assert _wait_for(lambda: _attempts(slow_endpoint["id"]), within=DEADLINE + 1)
    finally:
        stop.set()
        loop.join(timeout=DRIP_FOR + 5)
        worker.client.close()
    assert not loop.is_alive()
    # ... and retried on the usual schedule, like any failed attempt.
    [(delivery, attempt)] = _attempts(slow_endpoint["id"])
    assert (delivery.status, delivery.attempt_count) == ("pending", 1)
    assert attempt.status_code is None
    assert "deadline" in (attempt.error or ""), attempt.error
    assert attempt.duration_ms < (DEADLINE + 1) * 1000
    delay = delivery.next_attempt_at - attempt.attempted_at
    assert RETRY_DELAYS[0] * (1 - JITTER) <= delay <= RETRY_DELAYS[0] * (1 + JITTER)
    assert slow.requests == 1
    assert attempt.attempted_at <= datetime.now(UTC) + timedelta(seconds=1)
