"""`/v1/rejections`: create, read, list, update, stop and erase rejections."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Query, Response, status

from app.api.common import AUTH_PROBLEMS, CONTEXT_EXAMPLES
from app.api.deps import CallerDep, IdCursor, PageLimit, ResponderDep, SettingsDep
from app.db import SessionDep
from app.drafting.context import RejectionContext, Stage
from app.errors import problem_responses
from app.schemas import RejectionPage, RejectionPublic, RejectionUpdate, StopRequest, StopResult
from app.services import rejections as service
from app.types import NO_NUL

router = APIRouter(prefix="/v1/rejections", tags=["rejections"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RejectionPublic,
    responses=problem_responses(400, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Draft the messages and plan for a rejection",
    description="Drafts the last pitch and the feedback request, dates a keep-the-bridge plan, "
    "stores all of it and answers with the result. Only `candidate.name`, `company.name` and "
    "`role.title` are required. Send an `Idempotency-Key` header to make retries safe: the "
    "same key and body within 24 hours replays the first answer.",
)
def create_rejection(
    context: Annotated[RejectionContext, Body(openapi_examples=CONTEXT_EXAMPLES)],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    created = service.create_rejection(
        session=session,
        tenant_id=caller.tenant_id,
        context=context,
        service_quiet=settings.quiet(),
    )
    return responder.respond(
        created,
        status_code=201,
        location=f"{router.prefix}/{created.id}",
        rejection_id=created.id,
    )


@router.get(
    "/{rejection_id}",
    response_model=RejectionPublic,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Read a rejection with its latest drafts and plan",
)
def get_rejection(
    rejection_id: uuid.UUID, session: SessionDep, caller: CallerDep
) -> RejectionPublic:
    return service.get_rejection(
        session=session, tenant_id=caller.tenant_id, rejection_id=rejection_id
    )


@router.get(
    "",
    response_model=RejectionPage,
    responses=problem_responses(422, *AUTH_PROBLEMS),
    summary="List rejections, newest first",
)
def list_rejections(
    session: SessionDep,
    caller: CallerDep,
    limit: PageLimit = 20,
    cursor: IdCursor = None,
    external_ref: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="Only this caller reference.")
    ] = None,
    company: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Only this company (any letter case)."),
    ] = None,
    stage: Annotated[Stage | None, Query(description="Only this stage.")] = None,
    candidate_ref: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Only this job-board candidate id."),
    ] = None,
) -> RejectionPage:
    return service.list_rejections(
        session=session,
        tenant_id=caller.tenant_id,
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        company=company,
        stage=stage.value if stage else None,
        candidate_ref=candidate_ref,
    )


@router.patch(
    "/{rejection_id}",
    response_model=RejectionPublic,
    responses=problem_responses(400, 404, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Record the outcome, notes or the feedback received",
)
def update_rejection(
    rejection_id: uuid.UUID,
    update: Annotated[RejectionUpdate, Body()],
    session: SessionDep,
    caller: CallerDep,
    settings: SettingsDep,
) -> RejectionPublic:
    return service.update_rejection(
        session=session,
        tenant_id=caller.tenant_id,
        rejection_id=rejection_id,
        update=update,
        service_quiet=settings.quiet(),
    )


@router.post(
    "/{rejection_id}/stop",
    response_model=StopResult,
    responses=problem_responses(400, 404, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Stop all outreach for a rejection",
    description="Records that the contact asked not to be contacted again (or that the "
    "candidate gave up): every pending step is cancelled and no later step is created.",
)
def stop_outreach(
    rejection_id: uuid.UUID,
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    request: Annotated[StopRequest | None, Body()] = None,
) -> Response:
    result = service.stop_outreach(
        session=session,
        tenant_id=caller.tenant_id,
        rejection_id=rejection_id,
        request=request or StopRequest(),
    )
    return responder.respond(result, rejection_id=rejection_id)


@router.delete(
    "/{rejection_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Erase a rejection with all its drafts and steps",
    description="Also erases the answers about it kept for `Idempotency-Key` replays "
    "(they hold copies of its drafts) and what the outbox says about it: events not yet "
    "queued are deleted, queued ones keep only the id and their unsent deliveries are "
    "cancelled. Records a `rejection.deleted` event carrying only the id.",
)
def delete_rejection(rejection_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> None:
    service.delete_rejection(session=session, tenant_id=caller.tenant_id, rejection_id=rejection_id)
