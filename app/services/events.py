"""Events for outbound notifications, written to the outbox in the caller's transaction.

A service calls `record_event` beside the change it makes, before the request's session
commits: the event exists exactly when the change does. The worker delivers it later.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.models import PlanStep, Rejection, utcnow
from app.schemas import RejectionPublic
from app.schemas.events import PlanStepEventData, RejectionDeletedData, RejectionEventData

# The rejection events, as the rejection service names them.
DRAFTED = "rejection.drafted"
UPDATED = "rejection.updated"
# Carries the erased rejection's id and nothing else.
DELETED = "rejection.deleted"


def record_event(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    event_type: str,
    data: dict[str, Any],
    now: datetime | None = None,
) -> None:
    repository.insert_event(
        session,
        {
            "id": uuid7(),
            "tenant_id": tenant_id,
            "event_type": str(event_type),
            "data": data,
            "created_at": now or utcnow(),
        },
    )


def record_event_once(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    event_type: str,
    data: dict[str, Any],
    dedupe_key: str,
    now: datetime,
) -> bool:
    """Record an event unless one with `dedupe_key` exists already; True when recorded."""
    return repository.insert_event_once(
        session,
        {
            "id": uuid7(),
            "tenant_id": tenant_id,
            "event_type": str(event_type),
            "data": data,
            "dedupe_key": dedupe_key,
            "created_at": now,
        },
    )


def rejection_data(rejection: Rejection | RejectionPublic) -> dict[str, Any]:
    """What a rejection event says: ids and state, never the drafted messages themselves."""
    if isinstance(rejection, RejectionPublic):
        context = rejection.context
        external_ref, candidate_ref = context.external_ref, context.candidate_ref
        company, role = context.company.name, context.role.title
    else:
        external_ref, candidate_ref = rejection.external_ref, rejection.candidate_ref
        company, role = rejection.company_name, rejection.role_title
    return RejectionEventData(
        rejection_id=rejection.id,
        status=rejection.status,
        outcome=rejection.outcome,
        external_ref=external_ref,
        candidate_ref=candidate_ref,
        company_name=company,
        role_title=role,
    ).model_dump(mode="json")


def deleted_data(rejection_id: uuid.UUID) -> dict[str, Any]:
    return RejectionDeletedData(rejection_id=rejection_id).model_dump(mode="json")


def step_data(step: PlanStep, rejection: Rejection) -> dict[str, Any]:
    return PlanStepEventData(
        rejection_id=rejection.id,
        step_id=step.id,
        kind=step.kind,
        title=step.title,
        due_on=step.due_on,
        status=step.status,
        cancel_reason=step.cancel_reason,
        external_ref=rejection.external_ref,
        candidate_ref=rejection.candidate_ref,
    ).model_dump(mode="json")
