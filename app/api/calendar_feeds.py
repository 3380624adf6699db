"""`/v1/calendar-feeds`: per-candidate subscription URLs a calendar app reads without a key."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Response, status

from app.api.common import AUTH_PROBLEMS, CALENDAR_OK, CalendarResponse
from app.api.deps import CallerDep, ResponderDep
from app.db import SessionDep
from app.errors import problem_responses
from app.schemas.plans import CalendarFeedCreate, CalendarFeedList, CalendarFeedSecret
from app.services import calendars as service

router = APIRouter(prefix="/v1/calendar-feeds", tags=["calendar feeds"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CalendarFeedSecret,
    responses=problem_responses(400, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Create a calendar subscription URL for a candidate",
    description="The URL lists the candidate's pending steps across all their rejections and "
    "needs no API key: its token is the credential, shown only now. Rotate or revoke it below.",
)
def create_feed(
    request: Annotated[CalendarFeedCreate, Body()],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
) -> Response:
    feed = service.create_feed(
        session=session, tenant_id=caller.tenant_id, candidate_ref=request.candidate_ref
    )
    return responder.respond(
        feed, status_code=201, location=f"{router.prefix}/{feed.id}", stored=feed.without_secret()
    )


@router.get(
    "",
    response_model=CalendarFeedList,
    responses=problem_responses(422, *AUTH_PROBLEMS),
    summary="List active calendar feeds (without their URLs)",
)
def list_feeds(
    session: SessionDep,
    caller: CallerDep,
    limit: Annotated[int, Query(ge=1, le=100, description="How many (1-100).")] = 100,
) -> CalendarFeedList:
    return service.list_feeds(session=session, tenant_id=caller.tenant_id, limit=limit)


@router.post(
    "/{feed_id}/rotate",
    response_model=CalendarFeedSecret,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Replace a feed's URL; the old one is 404 from now on",
)
def rotate_feed(
    feed_id: uuid.UUID, session: SessionDep, caller: CallerDep, responder: ResponderDep
) -> Response:
    feed = service.rotate_feed(session=session, tenant_id=caller.tenant_id, feed_id=feed_id)
    return responder.respond(feed, stored=feed.without_secret())


@router.post(
    # An action beside rotate rather than DELETE /{feed_id}: that path would also match
    # /{token}.ics, and the feed URL would then advertise a DELETE it does not have.
    "/{feed_id}/revoke",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Revoke a feed: its URL is 404 from now on",
)
def revoke_feed(feed_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> None:
    service.revoke_feed(session=session, tenant_id=caller.tenant_id, feed_id=feed_id)


@router.get(
    "/{token}.ics",
    response_class=CalendarResponse,
    # 422 is FastAPI's to declare for any route with a parameter; nothing here answers it.
    responses={**CALENDAR_OK, **problem_responses(404, 422)},
    summary="A candidate's pending steps as a calendar subscription (no API key)",
    description="The token in the path is the credential. Anything that is not a live "
    "token (unknown, rotated, revoked, or not even shaped like one) is 404.",
)
def feed_calendar(
    token: Annotated[str, Path(description="The token from the feed's URL.")],
    session: SessionDep,
) -> CalendarResponse:
    return CalendarResponse(service.feed_calendar(session=session, token=token))


@router.head(
    "/{token}.ics",
    response_class=CalendarResponse,
    responses={**CALENDAR_OK, **problem_responses(404, 422)},
    summary="The calendar subscription's headers alone (calendar apps probe with HEAD)",
)
def feed_calendar_headers(
    token: Annotated[str, Path(description="The token from the feed's URL.")],
    session: SessionDep,
) -> CalendarResponse:
    return feed_calendar(token, session)
