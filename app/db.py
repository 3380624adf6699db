"""Engine and session: SQLite pragmas, PostgreSQL pool, and the one-transaction-per-request rule.

There is no engine of the module: the edge that runs (the app, a CLI command, the worker's
entry point) makes one `Database` from its settings, passes it down and disposes of it.
"""

import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import anyio
import sqlalchemy as sa
from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.settings import Settings

logger = logging.getLogger(__name__)

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_HOLDS_WRITER_TURN = "rejoinder_holds_writer_turn"
_AUTOCHECKPOINT_PAGES = 10_000
# Commits run on their own limiter: a request waiting for SQLite's writer turn holds a
# worker thread, and the commit that frees the turn must never queue behind such threads.
_COMMITS = anyio.CapacityLimiter(64)


def create_db_engine(url: str, *, sqlite_busy_timeout_ms: int, db_pool_size: int) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url, busy_timeout_ms=sqlite_busy_timeout_ms)
    return sa.create_engine(url, pool_size=db_pool_size, max_overflow=10, pool_pre_ping=True)


def _sqlite_engine(url: str, *, busy_timeout_ms: int) -> Engine:
    engine = sa.create_engine(url, connect_args={"check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN instead of pysqlite's own guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # The server folds the WAL back in the background (sqlite_checkpoints below); this
        # only bounds the WAL when nothing does, e.g. for the CLI.
        cursor.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # Off by default in SQLite: without it ON DELETE CASCADE does nothing.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    # SQLite has one writer at a time. Left to itself, a waiting writer sleeps and retries
    # (naps of up to 100 ms), misses the lock as others grab it, and past the busy timeout
    # fails with "database is locked": seconds of tail latency and 500s under load. Writers of
    # this process queue on a lock instead, taken at BEGIN IMMEDIATE and given back when the
    # connection returns to the pool (after COMMIT or ROLLBACK). Other processes (the CLI, a
    # worker) still meet the busy timeout.
    writer_turn = threading.Lock()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY,
        # whatever the busy timeout; taking the write lock up front makes writers queue.
        if not connection.get_execution_options().get("sqlite_immediate", False):
            connection.exec_driver_sql("BEGIN")
            return
        # Bounded like SQLite's own wait, so a writer stuck behind another is an error, not
        # a request that never ends.
        if not writer_turn.acquire(timeout=busy_timeout_ms / 1000):
            raise TimeoutError(f"waited {busy_timeout_ms} ms for SQLite's writer turn")
        connection.info[_HOLDS_WRITER_TURN] = True
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    @sa.event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        if record.info.pop(_HOLDS_WRITER_TURN, False):
            writer_turn.release()

    return engine


class Database:
    """One database as its user sees it: the engine, and sessions that read or write.

    Made once at an edge (`create_app`, a CLI command, the worker's entry point) and handed
    to what needs it; the edge that made it disposes of it.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Write sessions take SQLite's writer turn at BEGIN (see _sqlite_engine).
        self._write_engine = engine.execution_options(sqlite_immediate=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Database":
        return cls(
            create_db_engine(
                settings.database_url,
                sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms,
                db_pool_size=settings.db_pool_size,
            )
        )

    def session(self, *, write: bool) -> Session:
        return Session(self._write_engine if write else self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def sqlite_checkpoints(engine: Engine, interval_seconds: float = 1.0) -> Iterator[None]:
    """While the server runs on SQLite, fold the WAL into the database in the background.

    SQLite otherwise checkpoints inside whichever commit crosses the threshold: that request
    pays for copying megabytes and two fsyncs, which was the benchmark's p99. A PASSIVE
    checkpoint never waits for readers or writers, so requests do not wait for it either.
    """
    if engine.dialect.name != "sqlite":
        yield
        return
    stop = threading.Event()

    def fold() -> None:
        while not stop.wait(interval_seconds):
            try:
                connection = engine.raw_connection()
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    connection.close()
            except sa.exc.DBAPIError:
                logger.warning("background WAL checkpoint failed; SQLite will checkpoint itself")

    thread = threading.Thread(target=fold, name="sqlite-checkpoints", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def app_database(request: Request) -> Database:
    """The database of the app serving `request` (create_app puts it on the app's state)."""
    database: Database = request.app.state.database
    return database


async def _request_session(request: Request) -> AsyncIterator[Session]:
    """One request, one transaction: commit when the handler returns, roll back if it raises.

    The exit runs before the response is sent (scope="function"), so a failed commit
    becomes an error response instead of a 201 for data that was never stored.
    """
    session = app_database(request).session(write=request.method not in _READ_METHODS)
    try:
        yield session
    except BaseException:
        await anyio.to_thread.run_sync(_rollback, session, limiter=_COMMITS)
        raise
    await anyio.to_thread.run_sync(_commit, session, limiter=_COMMITS)


def _commit(session: Session) -> None:
    # One thread hop for commit and close: the create endpoint is the hot path.
    try:
        session.commit()
    finally:
        session.close()


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(_request_session, scope="function")]
DatabaseDep = Annotated[Database, Depends(app_database)]
