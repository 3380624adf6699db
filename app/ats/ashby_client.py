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

from collections.abc import Mapping
from typing import Any

import httpx

from app.ats.vendor_http import send_with_one_retry, vendor_client

DEFAULT_BASE_URL = "https://api.ashbyhq.com"
LIST_HISTORY = "/application.listHistory"
PAGE_SIZE = 100
MAX_PAGES = 5


class AshbyFetchError(Exception):
    """Ashby's API could not give the history; the rejection is drafted without a stage."""


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
    response = send_with_one_retry(
        lambda: client.post(LIST_HISTORY, json=body),
        vendor="Ashby",
        what="history",
        retry_delay=retry_delay,
        error=AshbyFetchError,
    )
    return _page(response)


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
    entries: list[dict[str, Any]] = []
    body: dict[str, Any] = {"applicationId": application_id, "limit": PAGE_SIZE}
    with vendor_client(
        api_key=api_key, base_url=base_url, headers=headers, extensions=extensions, timeout=timeout
    ) as client:
        for _ in range(MAX_PAGES):
            page = _post(client, body, retry_delay=retry_delay)
            entries += [entry for entry in page["results"] if isinstance(entry, dict)]
            cursor = page.get("nextCursor")
            if page.get("moreDataAvailable") is not True or not isinstance(cursor, str):
                break
            body = {**body, "cursor": cursor}
    return entries
