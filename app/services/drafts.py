"""Use cases around drafts: review a candidate's own text, preview, regenerate, history."""

import uuid
from datetime import datetime

from sqlmodel import Session

from app import repository
from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.quiet import QuietPeriod
from app.drafting.results import Channel, PlannedStep
from app.drafting.review import review_text
from app.drafting.templating import word_count
from app.errors import NotFoundError, TooManyVersionsError
from app.mappers import rejections as mapper
from app.models import Rejection, utcnow
from app.models.rejections import PENDING_STEP_STATUSES
from app.schemas import RejectionPublic
from app.schemas.drafts import (
    DraftHistory,
    PlannedPlan,
    Preview,
    RegenerateRequest,
    ReviewRequest,
    ReviewResult,
)
from app.services.rejections import drafting_day, find_rejection, rejection_public

# Each regeneration stores a version of every draft; past this a rejection's history would
# only grow, so the caller is asked to pick from what exists.
MAX_VERSIONS = 50


def review(request: ReviewRequest) -> ReviewResult:
    warnings = review_text(
        request.text, kind=request.kind, channel=request.channel, context=request.context
    )
    return ReviewResult(
        warnings=warnings, word_count=word_count(request.text), char_count=len(request.text)
    )


def preview(
    context: RejectionContext,
    *,
    service_quiet: tuple[QuietPeriod, ...],
    now: datetime | None = None,
) -> Preview:
    """`service_quiet`: the service's own quiet periods (the setting); no tenant's apply."""
    result = draft_rejection(
        context, today=drafting_day(context, now or utcnow()), quiet=service_quiet
    )
    return Preview(
        drafts=result.drafts,
        follow_up_plan=PlannedPlan(steps=result.steps),
        fit=result.fit,
        reason=result.reason,
        review=result.review,
    )


def regenerate(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    rejection_id: uuid.UUID,
    request: RegenerateRequest,
) -> RejectionPublic:
    """Draft every message again with another tone, channel or variant, keeping the old."""
    # Locked, so concurrent regenerations take turns and each reads the version the one
    # before it stored: distinct versions, never a unique violation.
    rejection = repository.get_rejection(
        session, tenant_id=tenant_id, rejection_id=rejection_id, for_update=True
    )
    if rejection is None:
        raise NotFoundError("Rejection")
    version = (
        repository.newest_draft_version(session, tenant_id=tenant_id, rejection_id=rejection.id) + 1
    )
    if version > MAX_VERSIONS:
        raise TooManyVersionsError(f"This rejection already has {MAX_VERSIONS} versions.")
    context = RejectionContext.model_validate(rejection.context)
    now = utcnow()
    if request.tone is not None and request.tone != context.tone:
        # The context says what the latest drafts were drafted from: the list, GET and every
        # later re-plan read the tone from it, so it follows the regeneration.
        context = context.model_copy(update={"tone": request.tone})
        repository.update_rejection(
            session,
            rejection,
            {
                "context": context.model_dump(mode="json"),
                "tone": context.tone.value,
                "updated_at": now,
            },
        )
    variant = request.variant or 0
    result = draft_rejection(
        context,
        today=rejection.rejected_on,
        variant=variant,
        channel=request.channel or Channel.email,
    )
    repository.insert_drafts(
        session,
        mapper.draft_rows(
            result.drafts,
            rejection_id=rejection.id,
            version=version,
            tone=context.tone.value,
            variant=variant,
            now=now,
        ),
    )
    _redraft_pending_steps(session, rejection, result.steps)
    return rejection_public(session, rejection)


def _redraft_pending_steps(
    session: Session, rejection: Rejection, planned: list[PlannedStep]
) -> None:
    """Steps still to do take the new tone's and channel's wording; their days stay, and so
    does every step already done, skipped or cancelled."""
    fresh_by_kind = {step.kind: step for step in planned}
    steps = repository.plan_steps(session, tenant_id=rejection.tenant_id, rejection_id=rejection.id)
    for step in steps:
        fresh = fresh_by_kind.get(step.kind)
        if fresh is None or step.status not in PENDING_STEP_STATUSES:
            continue
        repository.update_step(
            session,
            step,
            {
                "title": fresh.title,
                "channel": fresh.channel,
                "subject": fresh.subject,
                "message": fresh.message,
            },
        )


def history(*, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID) -> DraftHistory:
    rejection = find_rejection(session, tenant_id, rejection_id)
    rows = repository.draft_history(session, tenant_id=tenant_id, rejection_id=rejection.id)
    return DraftHistory(items=[mapper.draft_version(row) for row in rows])
