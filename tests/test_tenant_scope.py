"""The tenant scope: a statement on a tenant's records that forgets the tenant cannot run.

tests/api/test_isolation.py proves every route keeps tenants apart; these prove the mechanism
under it, so a new repository function that forgets the scope fails the first test that
reaches it instead of reading another tenant's rows.
"""

import uuid

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import SQLModel, col, select

from app.models import Draft, PlanStep, Rejection, Tenant
from app.repository import scope
from app.repository.scope import TENANT_OWNED, UnscopedQueryError, across_tenants, owned, within
from tests import database as db

CONTEXT = {
    "candidate": {"name": "Maya Chen"},
    "company": {"name": "Acme Robotics"},
    "role": {"title": "Data Engineer"},
}


def _tenant_of(client: TestClient) -> uuid.UUID:
    created = client.post("/v1/rejections", json=CONTEXT).json()
    with db.new_session(write=False) as session:
        rejection = session.exec(
            across_tenants(
                select(Rejection).where(Rejection.id == uuid.UUID(created["id"])), "test"
            )
        ).one()
        return rejection.tenant_id


@pytest.mark.parametrize("model", sorted(TENANT_OWNED, key=lambda model: model.__name__))
def test_a_select_of_a_tenants_records_without_the_scope_is_refused(model: type) -> None:
    with db.new_session(write=False) as session, pytest.raises(UnscopedQueryError):
        session.exec(select(model)).all()


def test_an_update_or_delete_without_the_scope_is_refused(client: TestClient) -> None:
    with db.new_session(write=True) as session:
        with pytest.raises(UnscopedQueryError):
            session.execute(sa.update(Rejection).values(notes="x"))
        with pytest.raises(UnscopedQueryError):
            session.execute(sa.delete(Draft).where(col(Draft.kind) == "last_pitch"))
        session.rollback()


def test_a_join_must_scope_every_tenant_owned_model_it_selects(client: TestClient) -> None:
    tenant_id = _tenant_of(client)
    joined = select(PlanStep, Rejection).join(
        Rejection, col(Rejection.id) == col(PlanStep.rejection_id)
    )
    with db.new_session(write=False) as session:
        with pytest.raises(UnscopedQueryError, match="PlanStep"):
            session.exec(within(tenant_id, joined, Rejection)).all()
        rows = session.exec(within(tenant_id, joined, Rejection, PlanStep)).all()
    assert rows
    assert {rejection.tenant_id for _, rejection in rows} == {tenant_id}


def test_owned_children_are_found_through_their_parent_for_their_tenant_only(
    client: TestClient, other_client: TestClient
) -> None:
    mine = _tenant_of(client)
    theirs = _tenant_of(other_client)
    with db.new_session(write=False) as session:
        my_drafts = session.exec(owned(Draft, mine)).all()
        their_drafts = session.exec(owned(Draft, theirs)).all()
        my_rejections = {row.id for row in session.exec(owned(Rejection, mine)).all()}
        their_rejections = {row.id for row in session.exec(owned(Rejection, theirs)).all()}
        tenants = session.exec(owned(Tenant, mine)).all()
    assert my_drafts
    assert their_drafts
    assert {draft.rejection_id for draft in my_drafts} <= my_rejections
    assert {draft.rejection_id for draft in their_drafts} <= their_rejections
    assert not my_rejections & their_rejections
    assert [tenant.id for tenant in tenants] == [mine]


def test_a_statement_that_serves_every_tenant_must_say_why() -> None:
    with pytest.raises(ValueError, match="why"):
        across_tenants(select(Rejection), " ")
    with db.new_session(write=False) as session:
        session.exec(across_tenants(select(Rejection), "a test reads every tenant")).all()


def test_every_table_that_belongs_to_a_tenant_is_known_to_the_scope() -> None:
    """A new table with a tenant_id, or one owned by such a row, must join the scope."""
    owned_tables = {model.__tablename__ for model in TENANT_OWNED}  # type: ignore[attr-defined]
    belongs: set[str] = {"tenant"}
    changed = True
    while changed:
        changed = False
        for table in SQLModel.metadata.sorted_tables:
            if table.name in belongs:
                continue
            pointers = {key.column.table.name for key in table.foreign_keys}
            owning = {
                key.column.table.name
                for key in table.foreign_keys
                if key.ondelete == "CASCADE" and not key.parent.nullable
            }
            if "tenant_id" in table.c or (owning & belongs and pointers):
                belongs.add(table.name)
                changed = True
    assert belongs == owned_tables


def test_the_scope_is_checked_on_the_session_every_request_uses() -> None:
    # The guard hangs on the Session class: every session the app opens is covered.
    assert sa.event.contains(
        db.new_session(write=False).__class__, "do_orm_execute", scope._refuse_unscoped
    )
