"""Fetch what Lever's archive webhook leaves out: the candidate, the job and the archive reason.

Lever's API (https://hire.lever.co/developer/documentation): HTTP Basic auth with the API key
as the username and an empty password; every response wraps its object in `data`.

- `GET /opportunities/:id?expand=applications&expand=stage&expand=owner`: `name`, `emails[]`,
  `stage` ({id, text} when expanded), `owner` ({id, name, email} when expanded),
  `applications[]` (each with `posting`, a posting id), `archived` ({reason, archivedAt}).
- `GET /archive_reasons/:id`: {id, text, status, type: "hired" | "non-hired"}.
- `GET /postings/:id`: the job title is the posting's `text`.

Each request is retried once on a timeout, a connection error, a 5xx or a 429; anything else
fails at once. Failures raise LeverFetchError, whose message never holds the API key.

An account's archive reasons are few and rarely renamed, and every archive event needs one:
each answer is kept for the life of the process, per account (API key and API root) and
reason id, at most REASON_CACHE_SIZE of them (the least recently used go first). A renamed
reason is read again after a restart.
"""

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from app.ats.vendor_http import send_with_one_retry, vendor_client

DEFAULT_BASE_URL = "https://api.lever.co/v1"
NON_HIRED = "non-hired"
REASON_CACHE_SIZE = 1024


class LeverFetchError(Exception):
    """Lever's API could not give the details; the rejection is kept as `needs_details`."""


@dataclass(frozen=True)
class LeverDetails:
    candidate_name: str | None
    candidate_email: str | None
    job_title: str | None
    stage_name: str | None
    reason_text: str | None
    reason_type: str | None
    owner_name: str | None = None
    owner_email: str | None = None
    archived_at: datetime | None = None

    @property
    def non_hired(self) -> bool:
        """Lever's own test for a rejection: every archive reason but `hired` is one."""
        return self.reason_type == NON_HIRED


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _data(response: httpx.Response, what: str) -> dict[str, Any]:
    if response.status_code != 200:
        raise LeverFetchError(f"Lever answered {response.status_code} for the {what}")
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        data = None
    if not isinstance(data, dict):
        raise LeverFetchError(f"Lever's answer for the {what} has no data object")
    return data


def _get(
    client: httpx.Client,
    path: str,
    what: str,
    *,
    params: httpx.QueryParams | None = None,
    retry_delay: float,
) -> dict[str, Any]:
    response = send_with_one_retry(
        lambda: client.get(path, params=params or httpx.QueryParams()),
        vendor="Lever",
        what=what,
        retry_delay=retry_delay,
        error=LeverFetchError,
    )
    return _data(response, what)


def _person(value: object) -> tuple[str | None, str | None]:
    if not isinstance(value, dict):
        return None, None  # not expanded: only an id
    return _text(value.get("name")), _text(value.get("email"))


def _posting_id(opportunity: dict[str, Any]) -> tuple[str | None, str | None]:
    """(posting id, posting title if the answer already carries it)."""
    for application in opportunity.get("applications") or []:
        if not isinstance(application, dict):
            continue
        posting = application.get("posting")
        if isinstance(posting, dict):
            return _text(posting.get("id")), _text(posting.get("text"))
        if _text(posting):
            return _text(posting), None
    return None, None


def _archived_at(opportunity: dict[str, Any]) -> datetime | None:
    archived = opportunity.get("archived")
    moment = archived.get("archivedAt") if isinstance(archived, dict) else None
    if isinstance(moment, int) and not isinstance(moment, bool):
        try:
            return datetime.fromtimestamp(moment / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _reason_id(opportunity: dict[str, Any], given: str | None) -> str:
    archived = opportunity.get("archived")
    reason = given or (_text(archived.get("reason")) if isinstance(archived, dict) else None)
    if reason is None:
        raise LeverFetchError("the opportunity is not archived and no archive reason was given")
    return reason


class _ReasonCache:
    """Archive reasons answered by Lever, per (account, reason id); thread-safe, bounded."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(api_key: str, base_url: str, reason_id: str) -> tuple[str, str]:
        # Hashed: the cache holds no API key in clear.
        account = hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()
        return account, reason_id

    def get(self, key: tuple[str, str]) -> dict[str, Any] | None:
        with self._lock:
            reason = self._items.get(key)
            if reason is not None:
                self._items.move_to_end(key)
            return reason

    def put(self, key: tuple[str, str], reason: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = reason
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


REASONS = _ReasonCache(REASON_CACHE_SIZE)


def _first_email(opportunity: dict[str, Any]) -> str | None:
    emails = opportunity.get("emails")
    return next((_text(e) for e in emails if _text(e)), None) if isinstance(emails, list) else None


def fetch_archive_details(
    *,
    api_key: str,
    base_url: str,
    opportunity_id: str,
    reason_id: str | None,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, str] | None = None,
    timeout: float = 5.0,
    retry_delay: float = 0.2,
) -> LeverDetails:
    """Fetch the opportunity, its archive reason and (for a rejection) its posting's title.

    `headers` and `extensions` go on every request: the caller uses them to send to a checked
    address while still naming the host (Host header, TLS server name)."""
    if not api_key:
        raise LeverFetchError("no Lever API key is configured")
    expand = httpx.QueryParams(
        [("expand", "applications"), ("expand", "stage"), ("expand", "owner")]
    )

    with vendor_client(
        api_key=api_key, base_url=base_url, headers=headers, extensions=extensions, timeout=timeout
    ) as client:
        opportunity = _get(
            client,
            f"/opportunities/{quote(opportunity_id, safe='')}",
            "opportunity",
            params=expand,
            retry_delay=retry_delay,
        )
        reason_id = _reason_id(opportunity, reason_id)
        cached = REASONS.key(api_key, base_url, reason_id)
        reason = REASONS.get(cached)
        if reason is None:
            reason_path = f"/archive_reasons/{quote(reason_id, safe='')}"
            reason = _get(client, reason_path, "archive reason", retry_delay=retry_delay)
            REASONS.put(cached, reason)
        posting_id, title = _posting_id(opportunity)
        # A hire is ignored anyway: no need to spend a request on its title.
        if title is None and posting_id and reason.get("type") == NON_HIRED:
            posting = _get(
                client,
                f"/postings/{quote(posting_id, safe='')}",
                "posting",
                retry_delay=retry_delay,
            )
            title = _text(posting.get("text"))
    stage = opportunity.get("stage")
    owner_name, owner_email = _person(opportunity.get("owner"))
    return LeverDetails(
        candidate_name=_text(opportunity.get("name")),
        candidate_email=_first_email(opportunity),
        job_title=title,
        stage_name=_text(stage.get("text")) if isinstance(stage, dict) else None,
        reason_text=_text(reason.get("text")),
        reason_type=_text(reason.get("type")),
        owner_name=owner_name,
        owner_email=owner_email,
        archived_at=_archived_at(opportunity),
    )
