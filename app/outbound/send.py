"""One delivery attempt over HTTP: check the target, sign the body, POST it within a deadline.

Pure of the database: the worker hands in what it claimed and records what comes back.
"""

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from app.outbound.deadline import AttemptDeadline
from app.outbound.signing import signed_headers
from app.outbound.urls import RefusedURLError, Resolver, checked_target

USER_AGENT = "Rejoinder-Webhooks/0.1"


def new_client(*, timeout_seconds: float) -> httpx.Client:
    """The client attempts go out on: no redirects followed, and no idle connections, so each
    attempt opens its own, which its deadline can cut."""
    return httpx.Client(
        timeout=timeout_seconds,
        follow_redirects=False,
        headers={"user-agent": USER_AGENT},
        limits=httpx.Limits(max_keepalive_connections=0),
    )


def payload(*, event_type: str, created_at: datetime, data: Mapping[str, Any]) -> str:
    """The Standard Webhooks body: the event's type, its time and its data."""
    return json.dumps(
        {
            "type": event_type,
            "timestamp": created_at.astimezone(UTC).isoformat(),
            "data": data,
        },
        separators=(",", ":"),
    )


def send(
    client: httpx.Client,
    *,
    url: str,
    message_id: str,
    body: str,
    signing_secrets: Sequence[str],
    deadline_seconds: float,
    allow_loopback: bool,
    allow_private: bool,
    resolver: Resolver,
) -> tuple[int | None, str | None]:
    """(status code, error); error is None on a 2xx."""
    try:
        # Checked again at send time: what the host resolves to may have changed.
        target = checked_target(
            url, allow_loopback=allow_loopback, allow_private=allow_private, resolver=resolver
        )
    except RefusedURLError as refused:
        return None, f"refused: {refused}"[:500]
    # The signature's timestamp is when the request really leaves (receivers reject old
    # ones), whatever the scheduling clock says.
    headers = signed_headers(
        message_id=message_id,
        timestamp=datetime.now(UTC),
        body=body,
        signing_secrets=signing_secrets,
    )
    try:
        # Streamed and never read: a receiver's answer body is not ours to download.
        with (
            AttemptDeadline(deadline_seconds) as deadline,
            client.stream(
                "POST",
                target.url,
                content=body,
                headers={**headers, **target.headers},
                extensions={**target.extensions, "trace": deadline.trace},
            ) as response,
        ):
            code = response.status_code
    except httpx.HTTPError as failure:
        if deadline.expired:
            return None, f"deadline: no complete answer within {deadline_seconds:g} s"
        return None, f"{type(failure).__name__}: {failure}"[:500]
    if 200 <= code < 300:
        return code, None
    return code, f"the endpoint answered {code}"
