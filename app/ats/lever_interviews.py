"""Who interviewed a Lever candidate: `GET /opportunities/:opportunity/interviews`.

Lever's API (https://hire.lever.co/developer/documentation#list-all-interviews) answers
`{data: [interview], hasNext, next}`; an interview has `date` (ms since the epoch), `duration`
(minutes), `canceledAt` (ms, or null) and `interviewers: [{id, name, email, ...}]` (Lever
users). The archive event and the opportunity name nobody who interviewed, so this is the one
extra call a rejection costs.

Only interviews that took place count: not cancelled, and over by the time the rejection
arrived (an interview without a date cannot be told to have happened). One page of up to
PAGE_SIZE interviews is read, far more than any process holds, with one attempt and a short
timeout: the interviewers are a courtesy, so a slow or failing Lever never holds the
rejection longer than INTERVIEWS_TIMEOUT, and the rejection is drafted without them.
Failures raise LeverFetchError, whose message never holds the API key.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta
from urllib.parse import quote

import httpx

from app.ats import fields as f
from app.ats.lever_client import LeverFetchError
from app.ats.mapping import Person, not_the_candidate
from app.ats.vendor_http import vendor_client

PAGE_SIZE = 100
INTERVIEWS_TIMEOUT = 3.0


def _interviews(response: httpx.Response) -> list[f.JsonObject]:
    if response.status_code != 200:
        raise LeverFetchError(f"Lever answered {response.status_code} for the interviews")
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        data = None
    if not isinstance(data, list):
        raise LeverFetchError("Lever's answer for the interviews has no data list")
    return [item for item in data if isinstance(item, dict)]


def _held_by(interview: f.JsonObject, now: datetime) -> bool:
    """Not cancelled, and ended (start + duration) no later than `now`."""
    if interview.get("canceledAt") is not None:
        return False
    start = f.opt_ms_time(interview, "date")
    if start is None:
        return False
    minutes = interview.get("duration")
    length = minutes if isinstance(minutes, int) and not isinstance(minutes, bool) else 0
    try:
        return start + timedelta(minutes=max(length, 0)) <= now
    except OverflowError:
        return False


def lever_interviewers(
    interviews: list[f.JsonObject], *, now: datetime, candidate: Person
) -> tuple[Person, ...]:
    """The interviewers of the interviews held by `now`, in Lever's order (pure); the mapping
    drops repeats and caps them."""
    people: list[Person] = []
    for interview in interviews:
        if not _held_by(interview, now):
            continue
        for person in interview.get("interviewers") or []:
            if not isinstance(person, dict):
                continue
            found = Person(name=f.opt_text(person, "name"), email=f.opt_text(person, "email"))
            if found.name and not_the_candidate(found, candidate):
                people.append(found)
    return tuple(people)


def fetch_lever_interviewers(
    *,
    api_key: str,
    base_url: str,
    opportunity_id: str,
    now: datetime,
    candidate: Person,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> tuple[Person, ...]:
    """One request, no retry (see the module's note on the budget)."""
    if not api_key:
        raise LeverFetchError("no Lever API key is configured")
    path = f"/opportunities/{quote(opportunity_id, safe='')}/interviews"
    with vendor_client(
        api_key=api_key,
        base_url=base_url,
        headers=headers,
        extensions=extensions,
        timeout=INTERVIEWS_TIMEOUT if timeout is None else timeout,
    ) as client:
        try:
            response = client.get(path, params={"limit": PAGE_SIZE})
        except httpx.TimeoutException:
            raise LeverFetchError("the interviews request timed out") from None
        except httpx.TransportError:
            raise LeverFetchError("the interviews request could not connect") from None
    return lever_interviewers(_interviews(response), now=now, candidate=candidate)
