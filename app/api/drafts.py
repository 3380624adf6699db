"""Drafts: review a candidate's own text, preview without storing, regenerate, history."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Response, status

from app.api.common import AUTH_PROBLEMS, CONTEXT_EXAMPLES
from app.api.deps import CallerDep, ResponderDep, SettingsDep
from app.db import SessionDep
from app.drafting.context import RejectionContext
from app.errors import problem_responses
from app.schemas import RejectionPublic
from app.schemas.drafts import DraftHistory, Preview, RegenerateRequest, ReviewRequest, ReviewResult
from app.services import drafts as service

router = APIRouter(tags=["drafts"])

_BODY_PROBLEMS = (400, 413, 415, 422, *AUTH_PROBLEMS)


@router.post(
    "/v1/drafts/review",
    response_model=ReviewResult,
    responses=problem_responses(*_BODY_PROBLEMS),
    summary="Check a candidate's own text before they send it",
    description="Looks for bitterness, blame, sarcasm, begging, pressure, a blunt 'why', a "
    "comparison with the hired candidate, clichés, missing gratitude, no concrete skill, and "
    "the channel's length. Each warning names the character span it refers to.",
)
def review_draft(
    request: Annotated[ReviewRequest, Body()], caller: CallerDep, responder: ResponderDep
) -> Response:
    return responder.respond(service.review(request))


@router.post(
    "/v1/drafts/preview",
    response_model=Preview,
    responses=problem_responses(*_BODY_PROBLEMS),
    summary="Render every draft and the plan for a context, storing nothing",
    description="The same drafts and plan a create would store; `drafts.feedback_request` is "
    "null when the context's signals say the employer declined to give feedback.",
)
def preview_drafts(
    context: Annotated[RejectionContext, Body(openapi_examples=CONTEXT_EXAMPLES)],
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    return responder.respond(service.preview(context, service_quiet=settings.quiet()))


@router.post(
    "/v1/rejections/{rejection_id}/drafts",
    status_code=status.HTTP_201_CREATED,
    response_model=RejectionPublic,
    responses=problem_responses(*_BODY_PROBLEMS, 404, 409),
    summary="Draft again in another tone, channel or variant, keeping the old versions",
    description="The plan's steps still to do are reworded in the new tone and follow the "
    "new channel (a nudge goes where the feedback request went); their days, and the steps "
    "already done, skipped or cancelled, stay as they were. A rejection whose employer "
    "declined to give feedback (`signals.feedback_declined`) has no feedback request in any "
    "version: `drafts.feedback_request` stays null.",
)
def regenerate_drafts(
    rejection_id: uuid.UUID,
    request: Annotated[RegenerateRequest, Body()],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
) -> Response:
    regenerated = service.regenerate(
        session=session, tenant_id=caller.tenant_id, rejection_id=rejection_id, request=request
    )
    return responder.respond(
        regenerated,
        status_code=201,
        location=f"/v1/rejections/{rejection_id}/drafts",
        rejection_id=rejection_id,
    )


@router.get(
    "/v1/rejections/{rejection_id}/drafts",
    response_model=DraftHistory,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Every version of every draft, newest first",
)
def get_draft_history(
    rejection_id: uuid.UUID, session: SessionDep, caller: CallerDep
) -> DraftHistory:
    return service.history(session=session, tenant_id=caller.tenant_id, rejection_id=rejection_id)
