"""`/v1/rejections`: create, read, list, update, stop and erase rejections."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response, status
from starlette.concurrency import run_in_threadpool

from app.api.common import AUTH_PROBLEMS, json_body, validated
from app.api.deps import CallerDep, IdCursor, PageLimit, ResponderDep, SettingsDep
from app.api.email_bodies import CREATE_BODY, CREATE_EXAMPLES, PARSE_BODY, RAW_EMAIL_TYPES
from app.db import SessionDep
from app.drafting.context import RejectionContext, Stage, TimeZoneName
from app.errors import (
    MethodNotAllowedError,
    problem_responses,
)
from app.inbox import ParsedEmail
from app.models import utcnow
from app.schemas import RejectionPage, RejectionPublic, RejectionUpdate, StopRequest, StopResult
from app.schemas.email import ParseRequest, rejection_from_email
from app.services import email_intake as email_service
from app.services import rejections as service
from app.types import NO_NUL

router = APIRouter(prefix="/v1/rejections", tags=["rejections"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RejectionPublic,
    responses=problem_responses(400, 413, 415, 422, *AUTH_PROBLEMS),
    openapi_extra=CREATE_BODY,
    summary="Draft the messages and plan for a rejection",
    description="Drafts the last pitch and the feedback request, dates a keep-the-bridge plan, "
    "stores all of it and answers with the result. Only `candidate.name`, `company.name` and "
    "`role.title` are required. With `email` (the rejection email as text), every field is "
    "optional: the ones you give win, the email fills the gaps and `from_email` names them; "
    "an email that is not a rejection is a `422` (`not-a-rejection`). Send an "
    "`Idempotency-Key` header to make retries safe: the same key and body within 24 hours "
    "replays the first answer.",
)
def create_rejection(
    body: Annotated[dict[str, Any], Body(openapi_examples=CREATE_EXAMPLES)],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    from_email = None
    if "email" in body:
        given = validated(rejection_from_email(), body).model_dump(exclude_unset=True)
        context, from_email = email_service.context_from_email(
            {name: body[name] for name in given if name != "email"}, given["email"], now=utcnow()
        )
    else:
        context = validated(RejectionContext, body)
    created = service.create_rejection(
        session=session,
        tenant_id=caller.tenant_id,
        context=context,
        service_quiet=settings.quiet(),
    )
    if from_email is not None:
        created = created.model_copy(update={"from_email": from_email})
    return responder.respond(
        created,
        status_code=201,
        location=f"{router.prefix}/{created.id}",
        rejection_id=created.id,
    )


@router.post(
    "/parse",
    response_model=ParsedEmail,
    response_model_exclude_none=True,
    responses=problem_responses(400, 413, 415, 422, *AUTH_PROBLEMS),
    openapi_extra=PARSE_BODY,
    summary="Read a rejection email into a draft context and signals",
    description='Send the email as JSON (`{"email": "…"}`), or raw: a saved `.eml` as '
    "`message/rfc822` (multipart and HTML parts included) or pasted text as `text/plain`. A "
    "forwarded rejection is unwrapped. The answer holds the fields found, each with a "
    "`confidence` and the `span` of `text` it came from; a field the email does not hold is "
    "absent. Nothing is stored: confirm the fields, then create the rejection (or send "
    "`email` to `POST /v1/rejections` directly). Not a rejection: `signals.is_rejection` is "
    "false and no context is read. Empty or binary input is a `422`, over 256 KiB a `413`.",
)
async def parse_rejection_email(
    request: Request,
    caller: CallerDep,
    timezone: Annotated[
        TimeZoneName,
        Query(
            description="The candidate's IANA time zone: the `Date` header's day (or today) "
            "is read in it.",
            examples=["America/New_York"],
        ),
    ] = "UTC",
) -> Response:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    raw: str | bytes
    if media_type in RAW_EMAIL_TYPES:
        raw = await request.body()
    else:
        raw = validated(ParseRequest, await json_body(request)).email
    parsed = await run_in_threadpool(email_service.read_email, raw, timezone=timezone, now=utcnow())
    return Response(parsed.model_dump_json(exclude_none=True), media_type="application/json")


# Declared before the routes below, which would read `parse` as a rejection id (a 422);
# the key is checked first, as on every route.
@router.api_route(
    "/parse",
    methods=["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"],
    include_in_schema=False,
)
def parse_takes_only_post(caller: CallerDep) -> None:
    raise MethodNotAllowedError("Send the email with POST.", allow="POST")


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
