"""Every query Rejoinder runs. Nothing outside this module builds SQL."""

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.db import get_engine
from app.models import Draft, PlanStep, Rejection


def insert_rejection(
    session: Session,
    *,
    rejection: dict[str, Any],
    drafts: list[dict[str, Any]],
    steps: list[dict[str, Any]],
) -> None:
    # Core inserts, one executemany per table: the ORM unit of work costs more than the
    # drafting itself on the hot path, and nothing here needs identity tracking.
    session.execute(sa.insert(Rejection), [rejection])
    session.execute(sa.insert(Draft), drafts)
    if steps:
        session.execute(sa.insert(PlanStep), steps)


def get_rejection(session: Session, rejection_id: uuid.UUID) -> Rejection | None:
    return session.get(Rejection, rejection_id)


def latest_drafts(session: Session, rejection_id: uuid.UUID) -> Sequence[Draft]:
    """The newest version of each draft slot (kind + position) of a rejection."""
    newest = (
        select(Draft.kind, Draft.position, sa.func.max(Draft.version).label("version"))
        .where(Draft.rejection_id == rejection_id)
        .group_by(col(Draft.kind), col(Draft.position))
        .subquery()
    )
    statement = (
        select(Draft)
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


def plan_steps(session: Session, rejection_id: uuid.UUID) -> Sequence[PlanStep]:
    statement = (
        select(PlanStep)
        .where(PlanStep.rejection_id == rejection_id)
        .order_by(col(PlanStep.position))
    )
    return session.exec(statement).all()


def list_rejections(
    session: Session,
    *,
    limit: int,
    before_id: uuid.UUID | None = None,
    external_ref: str | None = None,
    company_key: str | None = None,
    stage: str | None = None,
    candidate_ref: str | None = None,
) -> Sequence[Rejection]:
    """Newest first by keyset on the time-ordered id; `limit` rows at most."""
    statement = select(Rejection).order_by(col(Rejection.id).desc()).limit(limit)
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


def delete_rejection(session: Session, rejection_id: uuid.UUID) -> bool:
    """Erase a rejection; its drafts and steps go with it (ON DELETE CASCADE)."""
    result = session.execute(sa.delete(Rejection).where(col(Rejection.id) == rejection_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def database_answers() -> bool:
    try:
        with get_engine().connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True
