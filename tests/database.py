"""The test database, for tests and their helpers that read or write it directly.

The app keeps no engine of its own module (app/db.py): whoever runs it makes a `Database`
and passes it down. The tests make one per session (tests/conftest.py opens it on the
migrated test database) and give that same one to the app under test and to the workers
they build, so everything shares one engine (and, on SQLite, one writer turn) as before.

`from tests import database as db` keeps helpers' `db.get_engine()` and
`db.new_session(write=…)` as they were when these lived in app/db.py.
"""

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.db import Database
from app.settings import Settings

_current: Database | None = None


def open_database(settings: Settings) -> Database:
    global _current
    _current = Database.from_settings(settings)
    return _current


def close_database() -> None:
    global _current
    if _current is not None:
        _current.dispose()
    _current = None


def current() -> Database:
    if _current is None:
        raise RuntimeError("no test database: use a fixture that depends on `database_url`")
    return _current


def get_engine() -> Engine:
    return current().engine


def new_session(*, write: bool) -> Session:
    return current().session(write=write)
