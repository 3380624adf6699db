"""A session for a test to look at (or set up) what is stored, whatever the tenant."""

from sqlmodel import Session

from app.repository.scope import across_tenants_session
from tests import database as db


def inspection_session(*, write: bool = False) -> Session:
    return across_tenants_session(
        db.new_session(write=write), "a test looks at what was stored, whatever the tenant"
    )
