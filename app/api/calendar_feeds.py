"""`/v1/calendar-feeds`: per-candidate subscription URLs a calendar app reads without a key."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query, Response, status

from app.api.common import (
    AUTH_PROBLEMS,
    CALENDAR_HEADERS,
    CALENDAR_NOT_MODIFIED,
    CALENDAR_OK,
    CalendarResponse,
)
from app.api.deps import CallerDep, ResponderDep
from app.db import DatabaseDep, SessionDep
from app.errors import problem_responses
from app.models import utcnow
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
def create_calendar_feed(
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
def list_calendar_feeds(
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
def rotate_calendar_feed(
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
def revoke_calendar_feed(feed_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> None:
    service.revoke_feed(session=session, tenant_id=caller.tenant_id, feed_id=feed_id)


# The 200's media type and the validators it carries, and the 304 a revalidation gets.
_FEED_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {**CALENDAR_OK[200], "headers": CALENDAR_HEADERS},
    **CALENDAR_NOT_MODIFIED,
    # 422 is FastAPI's to declare for any route with a parameter; nothing here answers it.
    **problem_responses(404, 422),
}
_TOKEN = Annotated[str, Path(description="The token from the feed's URL.")]
_IF_NONE_MATCH = Annotated[
    str | None,
    Header(
        alias="If-None-Match",
        description="ETags of the copies the app holds (or *): 304 when one is current.",
    ),
]
_IF_MODIFIED_SINCE = Annotated[
    str | None,
    Header(
        alias="If-Modified-Since",
        description="An HTTP-date: 304 when nothing changed since. Ignored when If-None-Match "
        "is sent, or when it is not a valid date.",
    ),
]


@router.get(
    "/{token}.ics",
    response_class=CalendarResponse,
    responses=_FEED_RESPONSES,
    summary="A candidate's pending steps as a calendar subscription (no API key)",
    description="The token in the path is the credential. Anything that is not a live "
    "token (unknown, rotated, revoked, or not even shaped like one) is 404. The file carries "
    "an ETag and Last-Modified; a poll that sends either back gets a 304 while nothing changed.",
)
def get_calendar_feed(
    token: _TOKEN,
    session: SessionDep,
    database: DatabaseDep,
    if_none_match: _IF_NONE_MATCH = None,
    if_modified_since: _IF_MODIFIED_SINCE = None,
) -> Response:
    ics = service.feed_calendar(session=session, database=database, token=token)
    if ics.not_modified(
        if_none_match=if_none_match, if_modified_since=if_modified_since, now=utcnow()
    ):
        # Plain Response: a 304 has no body, so no Content-Type or Content-Length either.
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=ics.headers())
    return CalendarResponse(ics.body, headers=ics.headers())


@router.head(
    "/{token}.ics",
    response_class=CalendarResponse,
    responses=_FEED_RESPONSES,
    summary="The calendar subscription's headers alone (calendar apps probe with HEAD)",
)
def head_calendar_feed(
    token: _TOKEN,
    session: SessionDep,
    database: DatabaseDep,
    if_none_match: _IF_NONE_MATCH = None,
    if_modified_since: _IF_MODIFIED_SINCE = None,
) -> Response:
    return get_calendar_feed(token, session, database, if_none_match, if_modified_since)
