"""Plan steps as a candidate lives with them: one step, the steps due, a candidate's steps.

Every read is joined to its rejection and scoped to the tenant, except `steps_due_between`,
which the worker runs for all tenants to emit `plan.step_due`.
"""

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.models import PlanStep, Rejection
from app.models.rejections import PENDING_STEP_STATUSES
from app.repository.scope import across_tenants, within


def get_step(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    rejection_id: uuid.UUID,
    step_id: uuid.UUID,
    for_update: bool = False,
) -> tuple[PlanStep, Rejection] | None:
    """`for_update` locks the step's row until the transaction ends (PostgreSQL; SQLite's
    writers already take turns): a concurrent change waits, then reads the status it left."""
    statement = within(
        tenant_id,
        select(PlanStep, Rejection)
        .join(Rejection, col(Rejection.id) == col(PlanStep.rejection_id))
        .where(Rejection.id == rejection_id, PlanStep.id == step_id),
        Rejection,
        PlanStep,
    )
    if for_update:
        statement = statement.with_for_update(of=PlanStep).execution_options(populate_existing=True)
    row = session.exec(statement).first()
    return (row[0], row[1]) if row else None


def add_step(session: Session, values: dict[str, Any]) -> PlanStep:
    step = PlanStep(**values)
    session.add(step)
    session.flush()
    return step


def update_step(session: Session, step: PlanStep, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(step, name, value)
    session.add(step)
    session.flush()


def due_steps(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    on: date,
    limit: int,
    after: tuple[date, uuid.UUID] | None = None,
    candidate_ref: str | None = None,
) -> Sequence[tuple[PlanStep, Rejection]]:
    """Pending steps due on or before `on`, oldest first by (due_on, id), `limit` at most."""
    statement = (
        _pending_steps(tenant_id)
        .where(col(PlanStep.due_on) <= on)
        .order_by(col(PlanStep.due_on), col(PlanStep.id))
        .limit(limit)
    )
    if after is not None:
        due_on, step_id = after
        statement = statement.where(
            (col(PlanStep.due_on) > due_on)
            | ((col(PlanStep.due_on) == due_on) & (col(PlanStep.id) > step_id))
        )
    if candidate_ref is not None:
        statement = statement.where(Rejection.candidate_ref == candidate_ref)
    return [(step, rejection) for step, rejection in session.exec(statement).all()]


def candidate_steps(
    session: Session, *, tenant_id: uuid.UUID, candidate_ref: str, limit: int
) -> Sequence[tuple[PlanStep, Rejection]]:
    """A candidate's pending steps across all their rejections, soonest first."""
    statement = (
        _pending_steps(tenant_id)
        .where(Rejection.candidate_ref == candidate_ref)
        .order_by(col(PlanStep.due_on), col(PlanStep.id))
        .limit(limit)
    )
    return [(step, rejection) for step, rejection in session.exec(statement).all()]


def steps_due_between(
    session: Session,
    *,
    first: date,
    last: date,
    limit: int,
    after: tuple[date, uuid.UUID] | None = None,
) -> Sequence[tuple[PlanStep, Rejection]]:
    """Pending steps of every tenant due in [first, last], by (due_on, id) after `after`:
    the worker's `plan.step_due` scan, which is not tenant-scoped because it serves all."""
    if after is not None:
        first = after[0]
    statement = across_tenants(
        select(PlanStep, Rejection)
        .join(Rejection, col(Rejection.id) == col(PlanStep.rejection_id))
        .where(
            col(Rejection.stopped_at).is_(None),
            col(PlanStep.status).in_(PENDING_STEP_STATUSES),
            col(PlanStep.due_on) >= first,
            col(PlanStep.due_on) <= last,
        )
        .order_by(col(PlanStep.due_on), col(PlanStep.id))
        .limit(limit),
        "the worker announces every tenant's due steps",
    )
    if after is not None:
        statement = statement.where(
            (col(PlanStep.due_on) > after[0])
            | ((col(PlanStep.due_on) == after[0]) & (col(PlanStep.id) > after[1]))
        )
    return [(step, rejection) for step, rejection in session.exec(statement).all()]


def _pending_steps(tenant_id: uuid.UUID) -> Any:
    return within(
        tenant_id,
        select(PlanStep, Rejection)
        .join(Rejection, col(Rejection.id) == col(PlanStep.rejection_id))
        .where(
            col(Rejection.stopped_at).is_(None),
            col(PlanStep.status).in_(PENDING_STEP_STATUSES),
        ),
        Rejection,
        PlanStep,
    )
