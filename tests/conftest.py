"""The app under test, against a fresh SQLite file or a fresh PostgreSQL database.

Set REJOINDER_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) to run
the whole suite on PostgreSQL: each run creates its own database there and drops it after, so
runs never collide. The schema is built by the Alembic migrations, as in production.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from app import db, migrate
from app.settings import get_settings

POSTGRES_URL = os.environ.get("REJOINDER_TEST_POSTGRES_URL")


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
    migrate.upgrade(url)
    yield url
    db.get_engine().dispose()
    if POSTGRES_URL:
        _drop_postgres_database(POSTGRES_URL, name)


@pytest.fixture(scope="session")
def rejoinder_app(database_url: str) -> FastAPI:
    os.environ["REJOINDER_DATABASE_URL"] = database_url
    for cached in (get_settings, db.get_engine, db._write_engine):
        cached.cache_clear()
    from app.main import create_app

    return create_app()


@pytest.fixture
def client(rejoinder_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(rejoinder_app, raise_server_exceptions=False) as test_client:
        yield test_client
    _empty_tables()


def _empty_tables() -> None:
    from sqlmodel import SQLModel

    with db.get_engine().begin() as connection:
        for table in reversed(SQLModel.metadata.sorted_tables):
            connection.execute(table.delete())
