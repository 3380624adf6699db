"""Readiness: whether the service can do its work."""

from sqlalchemy.engine import Engine

from app import repository


def database_answers(engine: Engine) -> bool:
    """Whether the database answers a trivial query now."""
    return repository.database_answers(engine)
