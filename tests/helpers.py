"""Helpers the API tests share."""

import copy

import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from app.drafting.context import CONTRACT_EXAMPLE
from app.services import keys as key_service
from tests import database as db

# Every key the test run creates, so a final check can look for them in the logs.
CREATED_KEYS: list[str] = []


def create_key(tenant: str) -> str:
    with db.new_session(write=True) as session, session.begin():
        created = key_service.create_key(session=session, tenant_name=tenant)
    CREATED_KEYS.append(created.plaintext)
    return created.plaintext


def count_rows(table: str) -> int:
    with db.get_engine().connect() as connection:
        return int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def example_context() -> dict[str, object]:
    """The contract's example body, as /docs shows it (a copy each test may change)."""
    return copy.deepcopy(dict(CONTRACT_EXAMPLE))


def v1_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every /v1 route the app serves, included routers and all."""
    return sorted(
        (method, context.path)
        for context in iter_route_contexts(app.router.routes)
        if context.path.startswith("/v1")
        for method in context.methods or ()
    )
