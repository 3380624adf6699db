"""The app under test, against a fresh SQLite file or a fresh PostgreSQL database.

Set REJOINDER_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) to run
the whole suite on PostgreSQL: each run creates its own database there and drops it after, so
runs never collide. The schema is built by the Alembic migrations, as in production.

Under pytest-xdist (`make test`) each worker is a session of its own: its own SQLite file (its
own tmp_path_factory) or its own PostgreSQL database, and its own app.

After every test, the rows it wrote are deleted (see `written`): real commits through the real
app, so the tests that run several connections and threads at once need no special case.
"""

import logging
import os
import re
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import settings
from sqlalchemy.engine import URL, Engine, make_url
from sqlmodel import SQLModel

from app import migrate
from app.settings import Settings
from tests import database as db
from tests.helpers import CREATED_KEYS, create_key

POSTGRES_URL = os.environ.get("REJOINDER_TEST_POSTGRES_URL")

# Property tests explore fresh draws on a developer's machine and replay a fixed one in CI,
# so a landing never hangs on a lucky draw (schemathesis' own settings say the same).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


def _fresh_postgres_database(admin_url: str) -> tuple[str, str]:
    name = f"rejoinder_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), name


def _drop_postgres_database(admin_url: str, name: str) -> None:
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(scope="session")
def empty_database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database with nothing in it, for tests that migrate it themselves."""
    if POSTGRES_URL:
        url, name = _fresh_postgres_database(POSTGRES_URL)
        yield url
        _drop_postgres_database(POSTGRES_URL, name)
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('empty') / 'empty.db'}"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if POSTGRES_URL:
        url, name = _fresh_postgres_database(POSTGRES_URL)
    else:
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('db')) / 'rejoinder.db'}"
    written.url = make_url(url)
    migrate.upgrade(url)
    db.open_database(Settings(database_url=url))
    yield url
    db.close_database()
    if POSTGRES_URL:
        _drop_postgres_database(POSTGRES_URL, name)


@pytest.fixture(scope="session")
def rejoinder_app(database_url: str) -> FastAPI:
    from app.main import create_app

    # Schemathesis sends thousands of requests with made-up keys from one address; the
    # failed-authentication limit has its own test (tests/api/test_auth.py), with its own
    # limiter. The app shares the tests' database (tests/database.py).
    settings = Settings(database_url=database_url, auth_failures_per_minute=0)
    return create_app(settings, database=db.current())


@pytest.fixture(scope="session")
def keys(rejoinder_app: FastAPI) -> dict[str, str]:
    """An API key for each of two tenants, `a` and `b`."""
    return {tenant: create_key(tenant) for tenant in ("a", "b")}


@pytest.fixture
def client(rejoinder_app: FastAPI, keys: dict[str, str]) -> Iterator[TestClient]:
    """A client of tenant `a`."""
    with TestClient(
        rejoinder_app,
        raise_server_exceptions=False,
        headers={"Authorization": f"Bearer {keys['a']}"},
    ) as test_client:
        yield test_client


@pytest.fixture
def other_client(rejoinder_app: FastAPI, keys: dict[str, str]) -> Iterator[TestClient]:
    """A client of tenant `b`."""
    with TestClient(
        rejoinder_app,
        raise_server_exceptions=False,
        headers={"Authorization": f"Bearer {keys['b']}"},
    ) as test_client:
        yield test_client


@pytest.fixture
def anonymous_client(rejoinder_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(rejoinder_app, raise_server_exceptions=False) as test_client:
        yield test_client


# What is kept from test to test: the tenants and keys of the session (`keys`), the schema.
_KEPT = frozenset({"tenant", "api_key", "alembic_version"})
_WRITE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE)\s+"?(\w+)', re.IGNORECASE)


class _WrittenTables:
    """The tables of the test database written to since the last cleanup, seen by every
    engine of this process (the app's, the tests' own, a worker's) as the SQL goes out.

    Deleting only those after each test keeps it as isolated as emptying every table did,
    at a fraction of the cost: most tests write to two or three of the tables, many to none.
    A transaction rolled back per test was the other way (issue 11); it needs every session
    and connection of the app and of the tests bound to one connection, and the tests of
    concurrent writers, of the outbound worker and of a database outage need real ones.
    """

    def __init__(self) -> None:
        self.url: URL | None = None
        self.names: set[str] = set()
        self._lock = threading.Lock()

    def record(
        self, connection: sa.Connection, _cursor: object, statement: str, *_: object
    ) -> None:
        match = _WRITE.match(statement)
        if match and connection.engine.url == self.url:
            with self._lock:
                self.names.add(match.group(1).lower())

    def clean(self) -> None:
        with self._lock:
            names, self.names = self.names, set()
        if not names or self.url is None:
            return
        tables = [
            table
            for table in reversed(SQLModel.metadata.sorted_tables)
            if table.name in names and table.name not in _KEPT
        ]
        with db.get_engine().begin() as connection:
            for table in tables:
                connection.execute(table.delete())
            if "tenant" in names:
                # Tenants stay, but not the quiet periods a test set for them.
                connection.execute(sa.text("UPDATE tenant SET quiet_periods = NULL"))
        with self._lock:
            # That UPDATE is no write of the next test.
            self.names.discard("tenant")


written = _WrittenTables()
sa.event.listen(Engine, "before_cursor_execute", written.record)


@pytest.fixture(autouse=True)
def each_test_leaves_no_rows() -> Iterator[None]:
    """Delete what the test wrote, once it and its fixtures (the app's lifespan, a worker)
    are done."""
    yield
    written.clean()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked slow first: spread over pytest-xdist's workers from the start, none is
    left running alone at the end while the other workers wait."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session", autouse=True)
def no_key_is_ever_logged() -> Iterator[None]:
    """Capture every log record of the run; at the end, no API key may appear in any."""
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(f"{self.format(record)} {record.__dict__}")

    handler = Keep(level=logging.DEBUG)
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield
    root.removeHandler(handler)
    root.setLevel(previous_level)
    logged = "\n".join(records)
    leaked = [key[:16] for key in CREATED_KEYS if key in logged]
    assert leaked == [], f"API keys found in the logs: {leaked}"
