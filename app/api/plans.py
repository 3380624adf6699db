"""The plan as a living thing: update a step, list what is due, export a rejection's `.ics`."""

import re
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Response
from pydantic import BeforeValidator

from app.api.common import (
    AUTH_PROBLEMS,
    CALENDAR_HEADERS,
    CALENDAR_NOT_MODIFIED,
    CALENDAR_OK,
    CalendarResponse,
)
from app.api.deps import CallerDep, PageLimit, ResponderDep, SettingsDep
from app.db import DatabaseDep, SessionDep
from app.errors import problem_responses
from app.models import utcnow
from app.schemas import PlanStepPublic
from app.schemas.plans import (
    DuePage,
    QuietPeriods,
    ReplyCreate,
    ReplyPublic,
    StepUpdate,
)
from app.services import calendars as calendar_service
from app.services import plans as service
from app.services import quiet as quiet_service
from app.types import PLAIN_REF, IsoDate

router = APIRouter(prefix="/v1", tags=["plans"])


def _iso_day(value: object) -> object:
    # Pydantic would take "0" for 1970-01-01 (a Unix time); the schema promises YYYY-MM-DD.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use a day as YYYY-MM-DD")
    return value


@router.patch(
    "/rejections/{rejection_id}/plan/steps/{step_id}",
    response_model=PlanStepPublic,
    responses=problem_responses(400, 404, 409, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Mark a step done, skip it or snooze it",
    description="`pending` (or `snoozed`) becomes `done`, `skipped` or `snoozed` with a new "
    "`due_on`; `completed_at` is recorded. A step that is done, skipped or cancelled, or one "
    "of a stopped rejection, cannot change (409). Marking the feedback request `done` with "
    "`received_feedback` stores the reply on the rejection and re-plans the steps still to do. "
    "`pending` with `posting_title` (and `posting_url`) on the reach-out step drafts its note "
    "about that posting; without one the reach-out is a reminder.",
)
def update_plan_step(
    rejection_id: uuid.UUID,
    step_id: uuid.UUID,
    update: Annotated[StepUpdate, Body()],
    session: SessionDep,
    caller: CallerDep,
    settings: SettingsDep,
) -> PlanStepPublic:
    return service.update_step(
        session=session,
        tenant_id=caller.tenant_id,
        rejection_id=rejection_id,
        step_id=step_id,
        update=update,
        service_quiet=settings.quiet(),
    )


@router.post(
    "/rejections/{rejection_id}/replies",
    status_code=201,
    response_model=ReplyPublic,
    responses=problem_responses(400, 404, 409, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Record a reply from the contact",
    description="The plan listens: a pending nudge is cancelled (`cancel_reason` `replied`) "
    "and each step it changes emits `plan.step_updated`. Replies also weigh on silence: two "
    "touches in a row marked done with no reply since the first end the outreach "
    "(`unanswered`). `on` is the day it came, not after today in the candidate's zone.",
)
def add_reply(
    rejection_id: uuid.UUID,
    reply: Annotated[ReplyCreate, Body()],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    # With an Idempotency-Key, a retried POST replays its answer instead of a second reply.
    recorded = service.add_reply(
        session=session,
        tenant_id=caller.tenant_id,
        rejection_id=rejection_id,
        reply=reply,
        service_quiet=settings.quiet(),
    )
    return responder.respond(recorded, status_code=201, rejection_id=rejection_id)


@router.get(
    "/plan/due",
    response_model=DuePage,
    responses=problem_responses(422, *AUTH_PROBLEMS),
    summary="Every pending step due on or before a day, oldest first",
    description="A frontend's \"today\" view across all the caller's rejections, with each "
    "step's company and role. Stopped rejections are left out.",
)
def list_due_steps(
    session: SessionDep,
    caller: CallerDep,
    on: Annotated[
        IsoDate | None,
        BeforeValidator(_iso_day),
        Query(description="The day (YYYY-MM-DD); today in UTC when absent."),
    ] = None,
    candidate_ref: Annotated[
        str | None,
        Query(min_length=1, max_length=200, pattern=PLAIN_REF, description="Only this candidate."),
    ] = None,
    limit: PageLimit = 50,
    cursor: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z0-9_-]{27}$",
            description="The `next_cursor` of the previous page.",
            examples=["AAtDtwGTa46PKnxBnQ47XyqM8J4"],
        ),
    ] = None,
) -> DuePage:
    return service.due_steps(
        session=session,
        tenant_id=caller.tenant_id,
        on=on,
        limit=limit,
        cursor=cursor,
        candidate_ref=candidate_ref,
    )


@router.get(
    "/quiet-periods",
    response_model=QuietPeriods,
    responses=problem_responses(*AUTH_PROBLEMS),
    summary="The caller's quiet periods",
    description="Ranges in which no plan step messages a contact (e.g. retail peak season), "
    "with the service's own `defaults`, which always apply.",
)
def get_quiet_periods(
    session: SessionDep, caller: CallerDep, settings: SettingsDep
) -> QuietPeriods:
    return quiet_service.get_quiet_periods(
        session=session, tenant_id=caller.tenant_id, defaults=settings.quiet_periods
    )


@router.patch(
    "/quiet-periods",
    response_model=QuietPeriods,
    responses=problem_responses(400, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Replace the caller's quiet periods",
    description="Plans drafted from now on keep every step that messages a contact out of "
    "these ranges: `MM-DD..MM-DD` every year or `YYYY-MM-DD..YYYY-MM-DD` once.",
)
def update_quiet_periods(
    periods: Annotated[QuietPeriods, Body()],
    session: SessionDep,
    caller: CallerDep,
    settings: SettingsDep,
) -> QuietPeriods:
    return quiet_service.set_quiet_periods(
        session=session,
        tenant_id=caller.tenant_id,
        periods=periods,
        defaults=settings.quiet_periods,
    )


# The 200's media type and the validators it carries, and the 304 a revalidation gets.
_PLAN_CALENDAR_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {**CALENDAR_OK[200], "headers": CALENDAR_HEADERS},
    **CALENDAR_NOT_MODIFIED,
    **problem_responses(404, 422, *AUTH_PROBLEMS),
}
_IF_NONE_MATCH = Annotated[
    str | None,
    Header(
        alias="If-None-Match",
        description="ETags of the copies held (or *): 304 when one is current.",
    ),
]
_IF_MODIFIED_SINCE = Annotated[
    str | None,
    Header(
        alias="If-Modified-Since",
        description="An HTTP-date: 304 when nothing changed since (ignored when "
        "If-None-Match is sent or the date is not valid).",
    ),
]


@router.get(
    "/rejections/{rejection_id}/plan.ics",
    response_class=CalendarResponse,
    responses=_PLAN_CALENDAR_RESPONSES,
    summary="The pending steps of a rejection as an iCalendar file",
    description="One all-day entry per pending step, with the drafted message in its "
    "description. UIDs are stable: importing the file again updates the entries. The file "
    "carries an ETag and Last-Modified; sending either back gets a 304 while nothing changed.",
)
def get_rejection_calendar(
    rejection_id: uuid.UUID,
    session: SessionDep,
    database: DatabaseDep,
    caller: CallerDep,
    if_none_match: _IF_NONE_MATCH = None,
    if_modified_since: _IF_MODIFIED_SINCE = None,
) -> Response:
    ics = calendar_service.rejection_calendar(
        session=session, database=database, tenant_id=caller.tenant_id, rejection_id=rejection_id
    )
    headers = ics.headers()
    if ics.not_modified(
        if_none_match=if_none_match, if_modified_since=if_modified_since, now=utcnow()
    ):
        # Plain Response: a 304 has no body, so no Content-Type or Content-Length either.
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = f'inline; filename="plan-{rejection_id}.ics"'
    return CalendarResponse(ics.body, headers=headers)


@router.head(
    "/rejections/{rejection_id}/plan.ics",
    response_class=CalendarResponse,
    responses=_PLAN_CALENDAR_RESPONSES,
    summary="The rejection calendar's headers alone (calendar apps probe with HEAD)",
)
def head_rejection_calendar(
    rejection_id: uuid.UUID,
    session: SessionDep,
    database: DatabaseDep,
    caller: CallerDep,
    if_none_match: _IF_NONE_MATCH = None,
    if_modified_since: _IF_MODIFIED_SINCE = None,
) -> Response:
    return get_rejection_calendar(
        rejection_id, session, database, caller, if_none_match, if_modified_since
    )
