"""Use cases around a rejection: draft and store it, read it back, list and erase them."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.reason import reading_of
from app.drafting.results import DraftedMessage, DraftingResult, DraftKind
from app.errors import NotFoundError, UnprocessableError
from app.models import Rejection, utcnow
from app.paging import decode_id_cursor, encode_id_cursor
from app.repository.outbox import erase_rejection_events
from app.schemas import (
    DraftPublic,
    DraftsPublic,
    FollowUpPlan,
    Outcome,
    PlanStepPublic,
    RejectionPage,
    RejectionPublic,
    RejectionStatus,
    RejectionSummary,
    RejectionUpdate,
    StepStatus,
    StopReason,
    StopRequest,
    StopResult,
)
from app.services.events import DELETED, DRAFTED, UPDATED, record_event, rejection_data
from app.services.listening import local_today, record_reply
from app.services.quiet import quiet_for
from app.services.replanning import replan


def create_rejection(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    context: RejectionContext,
    source: str = "api",
    now: datetime | None = None,
) -> RejectionPublic:
    now = now or utcnow()
    today = drafting_day(context, now)
    result = draft_rejection(context, today=today, quiet=quiet_for(session, tenant_id))
    rejection_id = uuid7()
    drafts = stored_drafts(result, version=1)
    steps = [
        PlanStepPublic.model_construct(id=uuid7(), status=StepStatus.pending, **step.model_dump())
        for step in result.steps
    ]
    public = RejectionPublic.model_construct(
        id=rejection_id,
        created_at=now,
        updated_at=now,
        status=RejectionStatus.drafted,
        context=context,
        drafts=drafts,
        follow_up_plan=FollowUpPlan.model_construct(steps=steps),
        fit=result.fit,
        reason=result.reason,
        review=result.review,
    )
    repository.insert_rejection(
        session,
        rejection=_rejection_row(
            public, tenant_id=tenant_id, source=source, rejected_on=context.rejected_on or today
        ),
        drafts=draft_rows(
            drafts, rejection_id=rejection_id, tone=context.tone, variant=0, created_at=now
        ),
        steps=[
            {"rejection_id": rejection_id, "position": position, **step.model_dump()}
            for position, step in enumerate(steps)
        ],
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
        hear_feedback(session, rejection, values["received_feedback"], now)
    elif "updates" in values:
        replan(session, rejection, now)
    return rejection_public(session, rejection)


def store_feedback(session: Session, rejection: Rejection, text: str, now: datetime) -> None:
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
    hear_feedback(session, rejection, text, now)


def hear_feedback(session: Session, rejection: Rejection, text: str, now: datetime) -> None:
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
    replan(session, rejection, now)


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
        cancelled_steps=[PlanStepPublic.model_validate(step) for step in cancelled],
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
        items=[RejectionSummary.model_validate(row) for row in page], next_cursor=next_cursor
    )


def delete_rejection(*, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> None:
    """Erase a rejection and what the outbox says about it; announce only its id."""
    if not repository.delete_rejection(session, tenant_id=tenant_id, rejection_id=rejection_id):
        raise NotFoundError("Rejection")
    now = utcnow()
    erase_rejection_events(session, tenant_id=tenant_id, rejection_id=rejection_id, now=now)
    record_event(
        session,
        tenant_id=tenant_id,
        event_type=DELETED,
        data={"rejection_id": str(rejection_id)},
        now=now,
    )


def stored_drafts(result: DraftingResult, *, version: int) -> DraftsPublic:
    """The engine's drafts with the ids and version they are stored under."""

    def stored(draft: DraftedMessage) -> DraftPublic:
        return DraftPublic.model_construct(id=uuid7(), version=version, **dict(draft))

    drafts = result.drafts
    return DraftsPublic.model_construct(
        last_pitch=stored(drafts.last_pitch),
        feedback_request=stored(drafts.feedback_request),
        interviewer_thanks=[stored(draft) for draft in drafts.interviewer_thanks],
        linkedin_note=stored(drafts.linkedin_note) if drafts.linkedin_note else None,
    )


def _rejection_row(
    public: RejectionPublic, *, tenant_id: uuid.UUID, source: str, rejected_on: date
) -> dict[str, Any]:
    context = public.context
    return {
        "id": public.id,
        "tenant_id": tenant_id,
        "created_at": public.created_at,
        "updated_at": public.updated_at,
        "status": public.status.value,
        "stage": context.stage.value,
        "tone": context.tone.value,
        "candidate_name": context.candidate.name,
        "company_name": context.company.name,
        "company_key": context.company.name.casefold(),
        "role_title": context.role.title,
        "rejected_on": rejected_on,
        "external_ref": context.external_ref,
        "candidate_ref": context.candidate_ref,
        "source": source,
        "context": context.model_dump(mode="json"),
        "fit": public.fit.model_dump(mode="json"),
        "review": public.review.model_dump(mode="json"),
    }


def draft_rows(
    drafts: DraftsPublic,
    *,
    rejection_id: uuid.UUID,
    tone: str,
    variant: int,
    created_at: datetime,
) -> list[dict[str, Any]]:
    singles = [drafts.last_pitch, drafts.feedback_request]
    if drafts.linkedin_note:
        singles.append(drafts.linkedin_note)
    slots = [(draft, 0) for draft in singles]
    slots += [(draft, position) for position, draft in enumerate(drafts.interviewer_thanks)]
    return [
        {
            **dict(draft),
            "rejection_id": rejection_id,
            "position": position,
            "tone": tone,
            "variant": variant,
            "created_at": created_at,
        }
        for draft, position in slots
    ]


def rejection_public(session: Session, rejection: Rejection) -> RejectionPublic:
    """A stored rejection as the API shows it, with its latest drafts."""
    by_kind: dict[str, list[DraftPublic]] = {}
    for row in repository.latest_drafts(
        session, tenant_id=rejection.tenant_id, rejection_id=rejection.id
    ):
        by_kind.setdefault(row.kind, []).append(DraftPublic.model_validate(row))
    linkedin = by_kind.get(DraftKind.linkedin_note, [])
    context = RejectionContext.model_validate(rejection.context)
    return RejectionPublic(
        id=rejection.id,
        created_at=rejection.created_at,
        updated_at=rejection.updated_at,
        status=RejectionStatus(rejection.status),
        outcome=Outcome(rejection.outcome) if rejection.outcome else None,
        notes=rejection.notes,
        received_feedback=rejection.received_feedback,
        updates=rejection.updates or [],
        stopped_at=rejection.stopped_at,
        stop_reason=StopReason(rejection.stop_reason) if rejection.stop_reason else None,
        context=context,
        drafts=DraftsPublic(
            last_pitch=by_kind[DraftKind.last_pitch][0],
            feedback_request=by_kind[DraftKind.feedback_request][0],
            interviewer_thanks=by_kind.get(DraftKind.interviewer_thanks, []),
            linkedin_note=linkedin[0] if linkedin else None,
        ),
        follow_up_plan=FollowUpPlan(
            steps=[
                PlanStepPublic.model_validate(step)
                for step in repository.plan_steps(
                    session, tenant_id=rejection.tenant_id, rejection_id=rejection.id
                )
            ]
        ),
        fit=rejection.fit,
        reason=reading_of(context),
        review=rejection.review,
    )
