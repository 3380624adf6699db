"""Readiness: whether the service can do its work."""

from app import repository


def database_answers() -> bool:
    """Whether the database answers a trivial query now."""
    return repository.database_answers()
