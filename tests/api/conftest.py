"""Fixtures of the outbound notification and plan tests."""

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.outbound.worker import Worker
from app.settings import Settings, get_settings
from tests.api.outbound_support import Clock, Receiver, serve


@pytest.fixture
def outbound_settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Loopback endpoints allowed, as in development: the receiver runs on 127.0.0.1."""
    settings = get_settings()
    monkeypatch.setattr(settings, "outbound_allow_loopback", True)
    monkeypatch.setattr(settings, "outbound_timeout_seconds", 5.0)
    return settings


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    yield from serve(Receiver())


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC))


@pytest.fixture
def worker(outbound_settings: Settings, clock: Clock) -> Iterator[Worker]:
    worker = Worker(clock=clock, rng=random.Random(6), settings=outbound_settings)
    yield worker
    worker.client.close()
