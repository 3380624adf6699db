"""Rejections, their drafts and plan steps.

Every read is scoped to the tenant (`scope.owned`/`scope.within`), children included, so a
record of another tenant is simply not found (404), never forbidden.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.models import Draft, PlanStep, Rejection
from app.models.rejections import PENDING_STEP_STATUSES, StepStatus
from app.repository.calendar_versions import forget_calendar_version
from app.repository.scope import owned, within

_REJECTION_TABLE: sa.Table = Rejection.__table__  # type: ignore[attr-defined]
_DRAFT_TABLE: sa.Table = Draft.__table__  # type: ignore[attr-defined]
_STEP_TABLE: sa.Table = PlanStep.__table__  # type: ignore[attr-defined]


def insert_rejection(
    session: Session, *, rejection: Rejection, drafts: list[Draft], steps: list[PlanStep]
) -> None:
    # Plain table inserts, one executemany per table, on the session's connection: the ORM
    # insert path costs twice as much CPU and nothing here needs identity tracking.
    connection = session.connection()
    connection.execute(_REJECTION_TABLE.insert(), [rejection.model_dump()])
    insert_drafts(session, drafts)
    if steps:
        connection.execute(_STEP_TABLE.insert(), [step.model_dump() for step in steps])


def get_rejection(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID, for_update: bool = False
) -> Rejection | None:
    """`for_update` locks the rejection's row until the transaction ends (`SELECT … FOR
    UPDATE` on PostgreSQL), so writers that each read then write its children take turns.
    SQLite renders no FOR UPDATE: its write transactions begin IMMEDIATE and already do."""
    statement = owned(Rejection, tenant_id).where(Rejection.id == rejection_id)
    if for_update:
        statement = statement.with_for_update(of=Rejection).execution_options(
            populate_existing=True
        )
    return session.exec(statement).first()


def latest_drafts(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> Sequence[Draft]:
    """The newest version of each draft slot (kind + position) of a rejection."""
    newest = (
        select(Draft.kind, Draft.position, sa.func.max(Draft.version).label("version"))
        .where(Draft.rejection_id == rejection_id)
        .group_by(col(Draft.kind), col(Draft.position))
        .subquery()
    )
    statement = (
        owned(Draft, tenant_id)
        .join(
            newest,
            sa.and_(
                col(Draft.kind) == newest.c.kind,
                col(Draft.position) == newest.c.position,
                col(Draft.version) == newest.c.version,
            ),
        )
        .where(Draft.rejection_id == rejection_id)
        .order_by(col(Draft.kind), col(Draft.position))
    )
    return session.exec(statement).all()


def plan_steps(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> Sequence[PlanStep]:
    statement = (
        owned(PlanStep, tenant_id)
        .where(PlanStep.rejection_id == rejection_id)
        # By day: steps a re-plan adds come last by position but belong in the plan's order.
        .order_by(col(PlanStep.due_on), col(PlanStep.position))
    )
    return session.exec(statement).all()


def list_rejections(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    limit: int,
    before_id: uuid.UUID | None = None,
    external_ref: str | None = None,
    company_key: str | None = None,
    stage: str | None = None,
    candidate_ref: str | None = None,
) -> Sequence[Rejection]:
    """Newest first by keyset on the time-ordered id; `limit` rows at most."""
    statement = owned(Rejection, tenant_id).order_by(col(Rejection.id).desc()).limit(limit)
    if before_id is not None:
        statement = statement.where(col(Rejection.id) < before_id)
    filters = (
        (Rejection.external_ref, external_ref),
        (Rejection.company_key, company_key),
        (Rejection.stage, stage),
        (Rejection.candidate_ref, candidate_ref),
    )
    for column, value in filters:
        if value is not None:
            statement = statement.where(column == value)
    return session.exec(statement).all()


def update_rejection(session: Session, rejection: Rejection, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(rejection, name, value)
    session.add(rejection)
    session.flush()


def cancel_pending_steps(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID, now: datetime
) -> Sequence[PlanStep]:
    steps = session.exec(
        owned(PlanStep, tenant_id)
        .where(
            PlanStep.rejection_id == rejection_id,
            col(PlanStep.status).in_(PENDING_STEP_STATUSES),
        )
        .order_by(col(PlanStep.position))
    ).all()
    for step in steps:
        step.status = StepStatus.cancelled
        step.completed_at = now
        session.add(step)
    session.flush()
    return steps


def delete_rejection(session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> bool:
    """Erase a rejection; its drafts and steps go with it (ON DELETE CASCADE), and what is kept
    of its plan.ics, which no foreign key ties to it."""
    result = session.execute(
        within(tenant_id, sa.delete(Rejection).where(col(Rejection.id) == rejection_id), Rejection)
    )
    forget_calendar_version(session, tenant_id=tenant_id, subject_id=rejection_id)
    return bool(result.rowcount)  # type: ignore[attr-defined]


def rejection_counts(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    rejected_from: date | None,
    rejected_to: date | None,
) -> Sequence[tuple[str, str | None, int]]:
    """(stage, outcome, count) for the tenant's rejections in the date range."""
    statement = within(
        tenant_id,
        select(Rejection.stage, Rejection.outcome, sa.func.count()).group_by(
            col(Rejection.stage), col(Rejection.outcome)
        ),
        Rejection,
    )
    if rejected_from is not None:
        statement = statement.where(Rejection.rejected_on >= rejected_from)
    if rejected_to is not None:
        statement = statement.where(Rejection.rejected_on <= rejected_to)
    return session.exec(statement).all()


def newest_draft_version(session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> int:
    statement = within(
        tenant_id,
        select(sa.func.max(Draft.version)).where(Draft.rejection_id == rejection_id),
        Draft,
    )
    return int(session.exec(statement).one() or 0)


def insert_drafts(session: Session, drafts: list[Draft]) -> None:
    session.connection().execute(_DRAFT_TABLE.insert(), [draft.model_dump() for draft in drafts])


def draft_history(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> Sequence[Draft]:
    statement = (
        owned(Draft, tenant_id)
        .where(Draft.rejection_id == rejection_id)
        .order_by(col(Draft.version).desc(), col(Draft.kind), col(Draft.position))
    )
    return session.exec(statement).all()
