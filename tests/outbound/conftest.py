"""Fixtures of the outbox tests: the outbox service (services/outbox.py), the HTTP send
(outbound/send.py) and the worker (app/worker.py) on the test database (tests/conftest.py),
with a real receiver on loopback (tests/api/outbound_support.py). Every test's rows are
deleted after it."""

import uuid
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from app.settings import Settings
from tests.api.outbound_support import Receiver, serve
from tests.services.support import tenant_named


@pytest.fixture
def tenant_id(keys: dict[str, str]) -> uuid.UUID:
    return tenant_named("a")


@pytest.fixture
def other_tenant_id(keys: dict[str, str]) -> uuid.UUID:
    return tenant_named("b")


@pytest.fixture
def outbound_settings(rejoinder_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Loopback endpoints allowed, as in development: the receiver runs on 127.0.0.1. These
    are the app's own settings, so its routes allow the same URLs the worker does."""
    settings: Settings = rejoinder_app.state.settings
    monkeypatch.setattr(settings, "outbound_allow_loopback", True)
    monkeypatch.setattr(settings, "outbound_timeout_seconds", 5.0)
    return settings


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    yield from serve(Receiver())
