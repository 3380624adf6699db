"""A database that does not answer is a 503 problem with Retry-After on every /v1 route, as
/readyz says, never a 500: whether the outage hits the API-key lookup or the request's own
transaction."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from app.db import Database, create_db_engine
from tests.helpers import example_context

UNREACHABLE = {
    # Nothing listens on port 1; psycopg is refused at once.
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:1/rejoinder",
    # SQLite cannot create a file in a directory that does not exist.
    "sqlite": "sqlite:////nonexistent-rejoinder-directory/deeper/rejoinder.db",
}


@pytest.fixture(params=sorted(UNREACHABLE))
def dead_engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    engine = create_db_engine(
        UNREACHABLE[request.param], sqlite_busy_timeout_ms=5000, db_pool_size=10
    )
    yield engine
    engine.dispose()


def _cut_sessions(monkeypatch: pytest.MonkeyPatch, app: FastAPI, engine: Engine) -> None:
    """The app's request sessions meet `engine`; its key lookup keeps the live engine."""
    monkeypatch.setattr(app.state.database, "session", Database(engine).session)


def _assert_unavailable(
    response_status: int, headers: dict[str, str], body: dict[str, object]
) -> None:
    assert response_status == 503, body
    assert headers["content-type"] == "application/problem+json"
    assert int(headers["retry-after"]) > 0
    # The base is the app's public_url (tests/api/test_problems.py holds it); the page is this.
    assert str(body["type"]).endswith("/problems/database-unavailable")
    assert "Traceback" not in str(body)
    # The database's host stays out; the type is the service's own address (127.0.0.1 too).
    assert "127.0.0.1" not in str({**body, "type": None})


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/rejections", None),
        ("POST", "/v1/rejections", example_context()),
        ("GET", "/v1/endpoints", None),
    ],
)
def test_an_outage_during_the_request_is_a_503_with_retry_after(
    rejoinder_app: FastAPI,
    keys: dict[str, str],
    dead_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    path: str,
    body: object,
) -> None:
    # The key is still found (its lookup keeps the live engine); the request's own
    # transaction then meets the dead database.
    _cut_sessions(monkeypatch, rejoinder_app, dead_engine)
    client = TestClient(
        rejoinder_app,
        raise_server_exceptions=False,
        headers={"Authorization": f"Bearer {keys['a']}"},
    )

    response = client.request(method, path, json=body)

    _assert_unavailable(response.status_code, dict(response.headers), response.json())


def test_an_outage_at_the_key_lookup_is_a_503_not_a_401_or_500(
    rejoinder_app: FastAPI,
    keys: dict[str, str],
    dead_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The whole database of the app is dead: key lookup, sessions and readiness.
    monkeypatch.setattr(rejoinder_app.state, "database", Database(dead_engine))
    client = TestClient(
        rejoinder_app,
        raise_server_exceptions=False,
        headers={"Authorization": f"Bearer {keys['a']}"},
    )

    response = client.get("/v1/rejections")

    _assert_unavailable(response.status_code, dict(response.headers), response.json())
    assert client.get("/readyz").status_code == 503
