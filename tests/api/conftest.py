"""Fixtures of the outbound notification and plan tests."""

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI

from app.ratelimit import RateLimiter
from app.settings import Settings
from app.worker import Worker
from tests import database as db
from tests.api.outbound_support import Clock, Receiver, serve


@pytest.fixture(autouse=True)
def each_test_starts_clean(request: pytest.FixtureRequest) -> None:
    """Fresh rate-limit buckets for every test.

    The schemathesis run sends well over a minute's worth of requests with tenant a's key, so
    without this the tests after it would see 429s. (Its rows, like any test's, are deleted
    by tests/conftest.py's each_test_leaves_no_rows.)
    """
    if "rejoinder_app" in request.fixturenames:
        app: FastAPI = request.getfixturevalue("rejoinder_app")
        app.state.rate_limiter = RateLimiter(app.state.rate_limiter.per_minute)


@pytest.fixture
def outbound_settings(rejoinder_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Loopback endpoints allowed, as in development: the receiver runs on 127.0.0.1. These
    are the app's own settings (its routes check endpoint URLs with them), for its workers."""
    settings: Settings = rejoinder_app.state.settings
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
    worker = Worker(
        clock=clock, rng=random.Random(6), settings=outbound_settings, database=db.current()
    )
    yield worker
    worker.client.close()
