"""What every ATS adapter takes and returns: a raw delivery in, a typed event out.

The adapters are pure: no database, no HTTP framework, no clock except the `now` a caller
passes in. The receiver stores deliveries, deduplicates and drafts; an adapter only answers
"is this authentic?" and "what does it say?". The one exception is an adapter's `details`
hook, for a vendor whose events carry only ids (Lever) or leave out the interviewers and may
leave out the stage (Ashby): it fetches the rest from the vendor's API, at an address the
caller has checked, so the caller never needs vendor-specific code.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol, runtime_checkable

from app.drafting.context import RejectionContext, Tone

# Standard Webhooks' recommended window (Lever documents none: see lever.MAX_AGE).
TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Delivery:
    """One HTTP request from a vendor, exactly as received.

    `headers` keys are lower-cased; `body` is the raw bytes, never re-serialised, because most
    vendors sign those exact bytes.
    """

    headers: Mapping[str, str]
    body: bytes
    received_at: datetime


@dataclass(frozen=True)
class IntegrationDefaults:
    """Integration settings that fill what payloads do not carry (most omit the employer).

    An email integration may name no employer (`company_name` is then empty): the forwarded
    email names it."""

    company_name: str
    tone: Tone | None = None
    timezone: str | None = None
    country: str | None = None
    # Lever: draft an archive reason whose name the table does not know (lever_reasons).
    draft_unknown_archive_reasons: bool = False
    # Email forwarding: the candidate every forwarded rejection belongs to, when the address
    # carries no plus-tag naming one.
    candidate_ref: str | None = None


@runtime_checkable
class SingleUse(Protocol):
    """An adapter whose signatures carry a one-time token (Mailgun): the receiver remembers it,
    so a captured request replayed inside the timestamp window is refused (401), not taken as
    a vendor's retry."""

    def nonce(self, delivery: Delivery) -> str | None: ...


class SignatureError(Exception):
    """The delivery is not authentic, or is stale or replayed: answer 401.

    Messages say what failed and never contain a secret or an expected signature.
    """


class PayloadError(Exception):
    """The body is malformed or lacks what the vendor always sends: answer 400.

    Messages name the missing or malformed field, never its value.
    """


class EventKind(StrEnum):
    handshake = "handshake"
    rejection = "rejection"
    unrejection = "unrejection"
    ignored = "ignored"


@dataclass(frozen=True)
class LeverFetch:
    """What to fetch from Lever's API to complete an archive event that carries only ids."""

    opportunity_id: str
    reason_id: str | None


@dataclass(frozen=True)
class AshbyFetch:
    """What to fetch from Ashby's API for a rejection: who interviewed the candidate (no
    payload names them) and, when the payload carries no stage history (`needs_history`), the
    application's history, to tell the stage the candidate had reached."""

    application_id: str
    needs_history: bool = True


@dataclass(frozen=True)
class AtsEvent:
    """A parsed delivery.

    - `vendor_delivery_id`: the vendor's id for this delivery/event, the first dedupe key.
    - `application_id` (+ the kind) is the business key: one rejection per application.
    - `context` is set only for a complete rejection; `needs_details` says why a rejection has
      no context yet (Lever without an API key, or a failed fetch), and `fetch` says what to
      fetch to complete it (Ashby: a complete context whose stage and interviewers its API
      may add).
    - `occurred_at` is the vendor's time of the rejection or un-rejection, when it gives one,
      for ordering events that arrive out of order.
    """

    kind: EventKind
    provider: str
    event_name: str
    vendor_delivery_id: str | None = None
    application_id: str | None = None
    candidate_ref: str | None = None
    context: RejectionContext | None = None
    ignored_reason: str | None = None
    needs_details: str | None = None
    fetch: LeverFetch | AshbyFetch | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class VendorApi:
    """Where and how to call a vendor's API for one integration.

    `base_url` is the checked address to send to; `headers` and `extensions` go on every
    request, so it still names the host it stands for (Host header, TLS server name).
    """

    api_key: str
    base_url: str
    headers: Mapping[str, str]
    extensions: Mapping[str, str]


class DetailsFetcher(Protocol):
    """An adapter's hook for events that carry only ids (`AtsEvent.fetch`).

    `api_base` is the vendor's API root, used when the integration names none. `complete`
    fetches what the event leaves out and returns the event filled in, or still
    `needs_details` with why the fetch failed: it never raises for what the API answers.
    `failed` records a fetch that could not even start (an address the caller refused).
    """

    @property
    def api_base(self) -> str: ...

    def complete(
        self,
        event: AtsEvent,
        api: VendorApi,
        defaults: IntegrationDefaults,
        *,
        received_at: datetime,
    ) -> AtsEvent: ...

    def failed(self, event: AtsEvent, why: str) -> AtsEvent: ...


class Adapter(Protocol):
    """One vendor's scheme. The receiver calls, in order:

    1. `verify(delivery, secrets, now=...)`: raises SignatureError (401), or PayloadError
       (400) when the signature lives in a body that is not an object (Lever);
    2. `is_handshake(delivery)`, only when verification failed: if true, answer 200 and
       store nothing (vendors ping before the secret is known to us);
    3. `parse(delivery, defaults)`: raises PayloadError (400).

    Every body is read through `fields.load_object`, which refuses deep nesting before
    parsing. `details` is None unless the vendor's events may need details fetched.
    """

    provider: str

    @property
    def details(self) -> DetailsFetcher | None: ...

    def is_handshake(self, delivery: Delivery) -> bool: ...

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None: ...

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent: ...
