"""Fetch an Ashby application's stage history, for a rejection whose payload carries none.

Ashby's API (https://developers.ashbyhq.com/reference/applicationlisthistory, and
https://developers.ashbyhq.com/docs/authentication): every endpoint is a `POST` of a JSON body
to `https://api.ashbyhq.com/<method>`, with HTTP Basic auth, the API key as the username and an
empty password (the key needs the `candidatesRead` permission). `application.listHistory`
takes `{applicationId, cursor?, limit?}` and answers `{success, results: [{id, stageId, title,
stageNumber, enteredStageAt, leftStageAt, archiveReasonId?, ...}], moreDataAvailable,
nextCursor}`; a refusal is `success: false` with `errors`, which may come with a 200.

Each request is retried once on a timeout, a connection error, a 5xx or a 429; anything else
fails at once. At most MAX_PAGES pages are read (a history longer than that is unusual; the
stage reached is then read from the pages read). Failures raise AshbyFetchError, whose message
never holds the API key.
"""

import time
from collections.abc import Mapping
from typing import Any

import httpx

DEFAULT_BASE_URL = "https://api.ashbyhq.com"
LIST_HISTORY = "/application.listHistory"
PAGE_SIZE = 100
MAX_PAGES = 5


class AshbyFetchError(Exception):
    """Ashby's API could not give the history; the rejection is drafted without a stage."""


def _send(client: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    try:
        return client.post(LIST_HISTORY, json=body)
    except httpx.TimeoutException:
        raise AshbyFetchError("the history request timed out") from None
    except httpx.TransportError:
        raise AshbyFetchError("the history request could not connect") from None


def _retryable(response: httpx.Response) -> bool:
    return response.status_code >= 500 or response.status_code == 429


def _page(response: httpx.Response) -> dict[str, Any]:
    if response.status_code != 200:
        raise AshbyFetchError(f"Ashby answered {response.status_code} for the history")
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise AshbyFetchError("Ashby's answer for the history is not an object")
    if answer.get("success") is not True:
        raise AshbyFetchError("Ashby refused the history request (success is not true)")
    if not isinstance(answer.get("results"), list):
        raise AshbyFetchError("Ashby's answer for the history has no results list")
    return answer


def _post(client: httpx.Client, body: dict[str, Any], *, retry_delay: float) -> dict[str, Any]:
    failure = ""
    for attempt in range(2):
        if attempt:
            time.sleep(retry_delay)
        try:
            response = _send(client, body)
        except AshbyFetchError as error:
            failure = str(error)
            continue
        if _retryable(response):
            failure = f"Ashby answered {response.status_code} for the history"
            continue
        return _page(response)
    raise AshbyFetchError(f"{failure} (after one retry)")


def fetch_application_history(
    *,
    api_key: str,
    base_url: str,
    application_id: str,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, str] | None = None,
    timeout: float = 5.0,
    retry_delay: float = 0.2,
) -> list[dict[str, Any]]:
    """The application's history entries, in the order Ashby answers them.

    `headers` and `extensions` go on every request: the caller uses them to send to a checked
    address while still naming the host (Host header, TLS server name)."""
    if not api_key:
        raise AshbyFetchError("no Ashby API key is configured")

    def add_extensions(request: httpx.Request) -> None:
        request.extensions.update(extensions or {})

    entries: list[dict[str, Any]] = []
    body: dict[str, Any] = {"applicationId": application_id, "limit": PAGE_SIZE}
    with httpx.Client(
        base_url=base_url,
        auth=(api_key, ""),
        headers=headers,
        timeout=timeout,
        event_hooks={"request": [add_extensions]},
    ) as client:
        for _ in range(MAX_PAGES):
            page = _post(client, body, retry_delay=retry_delay)
            entries += [entry for entry in page["results"] if isinstance(entry, dict)]
            cursor = page.get("nextCursor")
            if page.get("moreDataAvailable") is not True or not isinstance(cursor, str):
                break
            body = {**body, "cursor": cursor}
    return entries
