"""Engine and session: SQLite pragmas, PostgreSQL pool, and the one-transaction-per-request rule."""

from collections.abc import AsyncIterator
from contextlib import nullcontext
from functools import cache
from typing import Annotated, Any

import anyio
import sqlalchemy as sa
from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app.settings import get_settings

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def create_db_engine(url: str) -> Engine:
    settings = get_settings()
    if url.startswith("sqlite"):
        return _sqlite_engine(url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    return sa.create_engine(
        url, pool_size=settings.db_pool_size, max_overflow=10, pool_pre_ping=True
    )


def _sqlite_engine(url: str, *, busy_timeout_ms: int) -> Engine:
    engine = sa.create_engine(url, connect_args={"check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN instead of pysqlite's own guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # Off by default in SQLite: without it ON DELETE CASCADE does nothing.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY,
        # whatever the busy timeout; taking the write lock up front makes writers queue.
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@cache
def get_engine() -> Engine:
    return create_db_engine(get_settings().database_url)


@cache
def _write_engine() -> Engine:
    return get_engine().execution_options(sqlite_immediate=True)


@cache
def _sqlite_writer_turn() -> anyio.Lock | None:
    """Writers of this process take turns here instead of in SQLite's busy handler.

    SQLite has one writer at a time. Left to itself, a waiting writer sleeps and retries
    (up to 100 ms a nap), misses the lock as others grab it, and past the busy timeout
    fails with "database is locked": seconds of tail latency and 500s under load. A FIFO
    lock in the event loop queues them fairly and costs no thread while they wait. Other
    processes (the CLI, a worker) still meet the busy timeout.
    """
    return anyio.Lock() if get_engine().dialect.name == "sqlite" else None


def new_session(*, write: bool) -> Session:
    return Session(_write_engine() if write else get_engine(), expire_on_commit=False)


async def _request_session(request: Request) -> AsyncIterator[Session]:
    """One request, one transaction: commit when the handler returns, roll back if it raises.

    The exit runs before the response is sent (scope="function"), so a failed commit
    becomes an error response instead of a 201 for data that was never stored.
    """
    write = request.method not in _READ_METHODS
    turn = _sqlite_writer_turn() if write else None
    async with turn if turn is not None else nullcontext():
        session = new_session(write=write)
        try:
            yield session
        except BaseException:
            await run_in_threadpool(_end, session, commit=False)
            raise
        await run_in_threadpool(_end, session, commit=True)


def _end(session: Session, *, commit: bool) -> None:
    # One thread hop for commit and close: the create endpoint is the hot path.
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(_request_session, scope="function")]
