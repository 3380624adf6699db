"""The SQLite writer turn: writers of a process queue, and none of them waits forever."""

import threading
import time

import pytest

from app.db import create_db_engine


@pytest.fixture
def sqlite_url(database_url: str) -> str:
    if not database_url.startswith("sqlite"):
        pytest.skip("the writer turn is SQLite's; PostgreSQL writers do not take turns")
    return database_url


def test_a_writer_waiting_past_the_busy_timeout_gets_an_error_not_a_hang(
    sqlite_url: str,
) -> None:
    engine = create_db_engine(
        sqlite_url, sqlite_busy_timeout_ms=200, db_pool_size=10
    ).execution_options(sqlite_immediate=True)
    try:
        with engine.connect() as first:
            first.exec_driver_sql("SELECT 1")
            started = time.monotonic()
            with pytest.raises(TimeoutError), engine.connect() as second:
                second.exec_driver_sql("SELECT 1")
            waited = time.monotonic() - started
            first.rollback()
    finally:
        engine.dispose()

    assert 0.15 < waited < 2


def test_the_next_writer_goes_as_soon_as_the_first_commits(sqlite_url: str) -> None:
    engine = create_db_engine(
        sqlite_url, sqlite_busy_timeout_ms=5000, db_pool_size=10
    ).execution_options(sqlite_immediate=True)
    order: list[str] = []
    first = engine.connect()
    first.exec_driver_sql("SELECT 1")

    def second_writer() -> None:
        with engine.connect() as second:
            second.exec_driver_sql("SELECT 1")
            order.append("second began")
            second.commit()

    waiting = threading.Thread(target=second_writer)
    waiting.start()
    time.sleep(0.1)
    order.append("first commits")
    first.commit()
    first.close()
    waiting.join(timeout=5)
    engine.dispose()

    assert order == ["first commits", "second began"]
