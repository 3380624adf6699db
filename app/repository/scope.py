"""The tenant scope: the one way a statement reaches a tenant's records.

Every table below belongs to a tenant, directly (a `tenant_id` column) or through the row
that owns it (a draft through its rejection, a webhook delivery through its integration).
A statement that reads, changes or deletes such rows is built with `owned()` or passed
through `within()`, which add the tenant's condition, or through `across_tenants()`, which
says why it serves every tenant (the worker, retention, the webhook receiver). The session
refuses any other: a query that forgets the tenant fails the first time it runs, in the
tests, instead of showing another tenant's records.
"""

import uuid
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import ORMExecuteState
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.models import (
    ApiKey,
    CalendarFeed,
    CalendarVersion,
    Draft,
    IdempotencyRecord,
    Integration,
    OutboundAttempt,
    OutboundDelivery,
    OutboundEndpoint,
    OutboxEvent,
    PlanReply,
    PlanStep,
    Rejection,
    Tenant,
    WebhookApplicationState,
    WebhookDelivery,
    WebhookDeliveryKey,
)

_Model = TypeVar("_Model")
_Statement = TypeVar("_Statement", bound=sa.Executable)

# The marks a condition carries: which model it scopes, or why a statement serves everyone.
_SCOPED = "rejoinder_tenant_scope"
_ACROSS = "rejoinder_across_tenants"

# Rows with a tenant_id of their own.
_DIRECT: tuple[type, ...] = (
    ApiKey,
    CalendarFeed,
    CalendarVersion,
    IdempotencyRecord,
    Integration,
    OutboundDelivery,
    OutboundEndpoint,
    OutboxEvent,
    Rejection,
)
# Rows owned by another row: (the owner, the column that points at it).
_OWNED_THROUGH: dict[type, tuple[type, Any]] = {
    Draft: (Rejection, Draft.rejection_id),
    PlanStep: (Rejection, PlanStep.rejection_id),
    PlanReply: (Rejection, PlanReply.rejection_id),
    OutboundAttempt: (OutboundDelivery, OutboundAttempt.delivery_id),
    WebhookDelivery: (Integration, WebhookDelivery.integration_id),
    WebhookDeliveryKey: (Integration, WebhookDeliveryKey.integration_id),
    WebhookApplicationState: (Integration, WebhookApplicationState.integration_id),
}
TENANT_OWNED: frozenset[type] = frozenset((Tenant, *_DIRECT, *_OWNED_THROUGH))


class UnscopedQueryError(RuntimeError):
    """A statement on a tenant's records that neither names the tenant nor says why not."""


def belongs_to(model: type, tenant_id: uuid.UUID) -> sa.ColumnElement[bool]:
    """The condition that a row of `model` belongs to the tenant, marked so the session can
    tell it is there (in the statement and in any the ORM derives from it)."""
    if model is Tenant:
        condition = col(Tenant.id) == tenant_id
    elif model in _DIRECT:
        condition = col(model.tenant_id) == tenant_id  # type: ignore[attr-defined]
    else:
        owner, pointer = _OWNED_THROUGH[model]
        owners = select(owner.id).where(belongs_to(owner, tenant_id))  # type: ignore[attr-defined]
        condition = col(pointer).in_(owners)
    return condition._annotate({_SCOPED: model})


def owned(model: type[_Model], tenant_id: uuid.UUID) -> SelectOfScalar[_Model]:
    """`SELECT model` limited to the tenant's rows: where every read of one model starts."""
    return within(tenant_id, select(model), model)


def within(tenant_id: uuid.UUID, statement: _Statement, *models: type) -> _Statement:
    """The statement limited to the tenant's rows of each of `models` (a select, update or
    delete; for a join, name every tenant-owned model it selects)."""
    for model in models:
        statement = statement.where(belongs_to(model, tenant_id))  # type: ignore[attr-defined]
    return statement


def across_tenants(statement: _Statement, why: str) -> _Statement:
    """A statement that serves every tenant on purpose; `why` says so where it is built."""
    if not why.strip():
        raise ValueError("say why a statement reads across tenants")
    return statement.where(sa.true()._annotate({_ACROSS: why}))  # type: ignore[attr-defined,no-any-return]


def across_tenants_options(why: str) -> dict[str, str]:
    """The same, for `session.get(…, execution_options=…)`."""
    return {_ACROSS: why}


def across_tenants_session(session: Session, why: str) -> Session:
    """Every statement of this session serves every tenant: for the operator's tools and the
    tests that look at what was stored, never for a request."""
    session.info[_ACROSS] = why
    return session


def _marks(statement: Any) -> tuple[set[type], bool]:
    """The models a statement is scoped for, and whether it says it serves every tenant."""
    scoped: set[type] = set()
    across = False
    for criterion in getattr(statement, "_where_criteria", ()):
        annotations = getattr(criterion, "_annotations", {})
        if _SCOPED in annotations:
            scoped.add(annotations[_SCOPED])
        across = across or _ACROSS in annotations
    return scoped, across


@sa.event.listens_for(Session, "do_orm_execute")
def _refuse_unscoped(state: ORMExecuteState) -> None:
    # The conditions are looked for in the WHERE clause itself rather than in an option: the
    # SELECT the ORM runs before a bulk UPDATE/DELETE copies the conditions, not the options.
    if state.is_insert or not (state.is_select or state.is_update or state.is_delete):
        return
    if state.execution_options.get(_ACROSS) or state.session.info.get(_ACROSS):
        return
    touched = {mapper.class_ for mapper in state.all_mappers} & TENANT_OWNED
    if not touched:
        return
    scoped, across = _marks(state.statement)
    missing = touched - scoped
    if missing and not across:
        names = ", ".join(sorted(model.__name__ for model in missing))
        raise UnscopedQueryError(
            f"a statement on {names} has no tenant scope: build it with owned() or within(), "
            "or say why it serves every tenant with across_tenants()"
        )
