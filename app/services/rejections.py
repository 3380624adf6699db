"""Use cases around a rejection: draft and store it, read it back, list and erase them."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app import repository
from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.quiet import QuietPeriod
from app.errors import NotFoundError, UnprocessableError
from app.mappers import rejections as mapper
from app.models import Rejection, utcnow
from app.paging import decode_id_cursor, encode_id_cursor
from app.schemas import (
    Outcome,
    RejectionPage,
    RejectionPublic,
    RejectionStatus,
    RejectionUpdate,
    StopReason,
    StopRequest,
    StopResult,
)
from app.services.events import (
    DELETED,
    DRAFTED,
    UPDATED,
    deleted_data,
    record_event,
    rejection_data,
)
from app.services.listening import local_today, record_reply
from app.services.quiet import quiet_for
from app.services.replanning import replan


def create_rejection(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    context: RejectionContext,
    service_quiet: tuple[QuietPeriod, ...],
    source: str = "api",
    now: datetime | None = None,
) -> RejectionPublic:
    """`service_quiet`: the service's own quiet periods (the setting `quiet_periods`)."""
    now = now or utcnow()
    today = drafting_day(context, now)
    result = draft_rejection(
        context, today=today, quiet=quiet_for(session, tenant_id, service_quiet)
    )
    rejection = mapper.rejection_row(
        context,
        result,
        tenant_id=tenant_id,
        source=source,
        rejected_on=context.rejected_on or today,
        now=now,
    )
    drafts = mapper.draft_rows(
        result.drafts,
        rejection_id=rejection.id,
        version=1,
        tone=context.tone.value,
        variant=0,
        now=now,
    )
    steps = mapper.step_rows(result.steps, rejection_id=rejection.id)
    repository.insert_rejection(session, rejection=rejection, drafts=drafts, steps=steps)
    public = mapper.rejection_public(
        rejection, drafts, steps, context=context, reason=result.reason
    )
    record_event(session, tenant_id=tenant_id, event_type=DRAFTED, data=rejection_data(public))
    return public


def drafting_day(context: RejectionContext, now: datetime) -> date:
    """Today in the candidate's time zone; a rejection dated after it is refused."""
    today = now.astimezone(context.zone()).date()
    if context.rejected_on is not None and context.rejected_on > today:
        raise UnprocessableError(
            f"rejected_on: {context.rejected_on} is after today ({today}) in {context.timezone}."
        )
    return today


def get_rejection(
    *, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> RejectionPublic:
    return rejection_public(session, find_rejection(session, tenant_id, rejection_id))


def find_rejection(session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> Rejection:
    rejection = repository.get_rejection(session, tenant_id=tenant_id, rejection_id=rejection_id)
    if rejection is None:
        raise NotFoundError("Rejection")
    return rejection


def update_rejection(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    rejection_id: uuid.UUID,
    update: RejectionUpdate,
    service_quiet: tuple[QuietPeriod, ...],
    now: datetime | None = None,
) -> RejectionPublic:
    now = now or utcnow()
    rejection = find_rejection(session, tenant_id, rejection_id)
    values: dict[str, Any] = update.model_dump(exclude_unset=True)
    repository.update_rejection(session, rejection, {**values, "updated_at": now})
    record_event(
        session, tenant_id=tenant_id, event_type=UPDATED, data=rejection_data(rejection), now=now
    )
    if values.get("received_feedback"):
        hear_feedback(
            session, rejection, values["received_feedback"], now, service_quiet=service_quiet
        )
    elif "updates" in values:
        replan(session, rejection, now, service_quiet=service_quiet)
    return rejection_public(session, rejection)


def store_feedback(
    session: Session,
    rejection: Rejection,
    text: str,
    now: datetime,
    *,
    service_quiet: tuple[QuietPeriod, ...],
) -> None:
    """The reply to the feedback request, stored on the rejection and heard by the plan."""
    values: dict[str, Any] = {"received_feedback": text, "updated_at": now}
    if rejection.outcome is None:
        values["outcome"] = Outcome.feedback_received.value
    repository.update_rejection(session, rejection, values)
    record_event(
        session,
        tenant_id=rejection.tenant_id,
        event_type=UPDATED,
        data=rejection_data(rejection),
        now=now,
    )
    hear_feedback(session, rejection, text, now, service_quiet=service_quiet)


def hear_feedback(
    session: Session,
    rejection: Rejection,
    text: str,
    now: datetime,
    *,
    service_quiet: tuple[QuietPeriod, ...],
) -> None:
    """Feedback is a reply: the nudge and a request not yet sent are moot from here, and
    the steps still to do are drafted again with it (and with the candidate's updates)."""
    record_reply(
        session,
        rejection,
        on=local_today(rejection, now),
        channel="other",
        summary=text,
        now=now,
        feedback=True,
    )
    replan(session, rejection, now, service_quiet=service_quiet)


def stop_outreach(
    *, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID, request: StopRequest
) -> StopResult:
    """Cancel every pending step; a stopped rejection never gets a step again."""
    rejection = find_rejection(session, tenant_id, rejection_id)
    now = utcnow()
    cancelled = repository.cancel_pending_steps(
        session, tenant_id=tenant_id, rejection_id=rejection.id, now=now
    )
    if rejection.stopped_at is None:
        repository.update_rejection(
            session,
            rejection,
            {
                "status": RejectionStatus.stopped.value,
                "stopped_at": now,
                "stop_reason": request.reason.value,
                "updated_at": now,
            },
        )
        record_event(
            session, tenant_id=tenant_id, event_type=UPDATED, data=rejection_data(rejection)
        )
    return StopResult(
        id=rejection.id,
        status=RejectionStatus(rejection.status),
        stop_reason=StopReason(rejection.stop_reason or request.reason),
        stopped_at=rejection.stopped_at or now,
        cancelled_steps=[mapper.step_public(step) for step in cancelled],
    )


def list_rejections(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    limit: int,
    cursor: str | None = None,
    external_ref: str | None = None,
    company: str | None = None,
    stage: str | None = None,
    candidate_ref: str | None = None,
) -> RejectionPage:
    rows = repository.list_rejections(
        session,
        tenant_id=tenant_id,
        limit=limit + 1,
        before_id=decode_id_cursor(cursor) if cursor else None,
        external_ref=external_ref,
        company_key=company.casefold() if company else None,
        stage=stage,
        candidate_ref=candidate_ref,
    )
    page = rows[:limit]
    next_cursor = encode_id_cursor(page[-1].id) if len(rows) > limit else None
    return RejectionPage(
        items=[mapper.rejection_summary(row) for row in page], next_cursor=next_cursor
    )


def delete_rejection(*, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> None:
    """Erase a rejection and what the outbox says about it; announce only its id."""
    if not repository.delete_rejection(session, tenant_id=tenant_id, rejection_id=rejection_id):
        raise NotFoundError("Rejection")
    now = utcnow()
    repository.erase_rejection_events(
        session, tenant_id=tenant_id, rejection_id=rejection_id, now=now
    )
    record_event(
        session,
        tenant_id=tenant_id,
        event_type=DELETED,
        data=deleted_data(rejection_id),
        now=now,
    )


def rejection_public(session: Session, rejection: Rejection) -> RejectionPublic:
    """A stored rejection as the API shows it, with its latest drafts and its plan."""
    drafts = repository.latest_drafts(
        session, tenant_id=rejection.tenant_id, rejection_id=rejection.id
    )
    steps = repository.plan_steps(session, tenant_id=rejection.tenant_id, rejection_id=rejection.id)
    return mapper.rejection_public(rejection, drafts, steps)
