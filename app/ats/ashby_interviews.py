"""Who interviewed an Ashby candidate: `interviewSchedule.list` for the application.

Ashby's API (https://developers.ashbyhq.com/reference/interviewschedulelist, same POST-and-Basic
auth as ashby_client) takes `{applicationId, limit?, cursor?}` and answers `{success, results:
[schedule], moreDataAvailable, nextCursor}`. A schedule has a `status` (`Cancelled` for one
called off) and `interviewEvents: [{startTime, endTime, interviewerUserIds: [id],
interviewers: [{id, firstName, lastName, email, ...}]}]`. The webhook's application and
`application.listHistory` name nobody who interviewed, so this is the one extra call a
rejection costs. An interviewer named only by id is looked up with `user.info` (`{userId}` ->
`{success, results: {firstName, lastName, email}}`), at most MAX_USER_LOOKUPS of them.

Only events that took place count: their schedule not cancelled, and over (`endTime`, else
`startTime`) by the time the rejection arrived. One page of up to PAGE_SIZE schedules is read.
Every request is one attempt with a short timeout, and the lookups stop once BUDGET has passed:
the interviewers are a courtesy, so a slow or failing Ashby never holds the rejection long,
and it is drafted without them. Failures raise AshbyFetchError, whose message never holds
the API key.
"""

import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from app.ats import fields as f
from app.ats.ashby_client import AshbyFetchError
from app.ats.mapping import MAX_INTERVIEWERS, Person, not_the_candidate
from app.ats.vendor_http import vendor_client

LIST_SCHEDULES = "/interviewSchedule.list"
USER_INFO = "/user.info"
PAGE_SIZE = 100
MAX_USER_LOOKUPS = MAX_INTERVIEWERS
INTERVIEWS_TIMEOUT = 3.0
# For the whole lookup, user.info calls included: beyond it the unnamed stay unnamed.
BUDGET = 5.0
_CANCELLED = "cancelled"


def _post(
    client: httpx.Client,
    path: str,
    body: dict[str, Any],
    what: str,
    *,
    timeout: float | None = None,
) -> dict[str, Any]:
    try:
        wait = httpx.USE_CLIENT_DEFAULT if timeout is None else timeout
        response = client.post(path, json=body, timeout=wait)
    except httpx.TimeoutException:
        raise AshbyFetchError(f"the {what} request timed out") from None
    except httpx.TransportError:
        raise AshbyFetchError(f"the {what} request could not connect") from None
    if response.status_code != 200:
        raise AshbyFetchError(f"Ashby answered {response.status_code} for the {what}")
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or answer.get("success") is not True:
        raise AshbyFetchError(f"Ashby refused the {what} request (success is not true)")
    return answer


def _held_events(schedules: list[Any], now: datetime) -> list[f.JsonObject]:
    """The events of schedules not cancelled that were over by `now`, in Ashby's order."""
    held: list[f.JsonObject] = []
    for schedule in schedules:
        if not isinstance(schedule, dict):
            continue
        if (f.opt_text(schedule, "status") or "").casefold() == _CANCELLED:
            continue
        for event in schedule.get("interviewEvents") or []:
            if not isinstance(event, dict):
                continue
            over = f.opt_iso_time(event, "endTime") or f.opt_iso_time(event, "startTime")
            if over is not None and over <= now:
                held.append(event)
    return held


def _user(user: f.JsonObject) -> Person:
    name = f.full_name(f.opt_text(user, "firstName"), f.opt_text(user, "lastName"))
    return Person(name=name, email=f.opt_text(user, "email"))


def named_and_unnamed(
    schedules: list[Any], *, now: datetime
) -> tuple[list[tuple[str | None, Person | None]], list[str]]:
    """Each held event's interviewers in order, as (user id, person if the answer names them),
    and the ids of those it names by id only, once each (pure)."""
    slots: list[tuple[str | None, Person | None]] = []
    for event in _held_events(schedules, now):
        users = [user for user in event.get("interviewers") or [] if isinstance(user, dict)]
        named: list[tuple[str | None, Person | None]] = [
            (f.opt_ident(user, "id"), _user(user)) for user in users
        ]
        named_ids = {user_id for user_id, _ in named if user_id}
        ids = [i for i in event.get("interviewerUserIds") or [] if isinstance(i, str) and i]
        slots += named + [(user_id, None) for user_id in ids if user_id not in named_ids]
    unnamed = list(dict.fromkeys(i for i, person in slots if person is None and i is not None))
    return slots, unnamed


def _look_up(
    client: httpx.Client, ids: list[str], deadline: float, timeout: float
) -> dict[str, Person]:
    """user.info for the first MAX_USER_LOOKUPS ids, each given no more than what is left of
    the budget; one that fails is left unnamed rather than costing the others."""
    found: dict[str, Person] = {}
    for user_id in ids[:MAX_USER_LOOKUPS]:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            answer = _post(
                client, USER_INFO, {"userId": user_id}, "interviewer", timeout=min(left, timeout)
            )
        except AshbyFetchError:
            continue
        user = answer.get("results")
        if isinstance(user, dict):
            found[user_id] = _user(user)
    return found


def fetch_ashby_interviewers(
    *,
    api_key: str,
    base_url: str,
    application_id: str,
    now: datetime,
    candidate: Person,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> tuple[Person, ...]:
    """Who interviewed, in Ashby's order; the mapping drops repeats and caps them."""
    if not api_key:
        raise AshbyFetchError("no Ashby API key is configured")
    deadline = time.monotonic() + BUDGET
    timeout = INTERVIEWS_TIMEOUT if timeout is None else timeout
    body = {"applicationId": application_id, "limit": PAGE_SIZE}
    with vendor_client(
        api_key=api_key,
        base_url=base_url,
        headers=headers,
        extensions=extensions,
        timeout=timeout,
    ) as client:
        answer = _post(client, LIST_SCHEDULES, body, "interview schedules")
        schedules = answer.get("results")
        if not isinstance(schedules, list):
            raise AshbyFetchError("Ashby's answer for the interview schedules has no results list")
        slots, unnamed = named_and_unnamed(schedules, now=now)
        looked_up = _look_up(client, unnamed, deadline, timeout) if unnamed else {}
    people = [person or looked_up.get(user_id or "") for user_id, person in slots]
    return tuple(
        person
        for person in people
        if person is not None and person.name and not_the_candidate(person, candidate)
    )
