"""Lever webhooks: `candidateArchiveChange` (archive = reject or hire; `toArchived: null` = undo).

Lever puts the signature in the body: `signature` = hex HMAC-SHA256(signature token,
`token` + `triggeredAt`). Only those two fields are covered, so the rest of the body is not
integrity-protected; the archive event carries ids only and the details come from Lever's API
(see lever_client).

Lever documents no freshness window and no rule that a `token` is used once (its developer
documentation, hire.lever.co/developer/documentation#webhooks, and help.lever.co's
"Configuring webhooks" describe the signature only), and it does not say whether a retry
re-sends the same body. So a delivery is never refused for its age within MAX_AGE, nor for a
token seen before: a retry of the same body is the same delivery id (the body's `id`, else
`token` + `triggeredAt`, exactly what is signed) and is answered as a duplicate; a re-signed
retry of an archive is the same event (application, kind, `archivedAt`). MAX_AGE only bounds
how long a captured request can be replayed, far past any outage: a replay inside it is a
duplicate too while its delivery id is remembered (the setting `retention_days`), and after
that the application's state still drafts one rejection per archive.

Because the signature is inside the body, `verify` raises PayloadError (400) for a body that is
not a JSON object: there is nothing to verify.

`LeverAdapter.details` (LeverArchiveDetails) is the adapter's hook for those ids: the webhook
service calls it with the integration's API key and a checked address, and never needs to know
it is Lever's. For an archive that will be drafted it also asks who interviewed (see
lever_interviews); that call failing drafts the rejection without interviewers.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx

from app.ats import fields as f
from app.ats.base import (
    AtsEvent,
    Delivery,
    EventKind,
    IntegrationDefaults,
    LeverFetch,
    PayloadError,
    SignatureError,
    VendorApi,
)
from app.ats.lever_client import (
    DEFAULT_BASE_URL,
    LeverDetails,
    LeverFetchError,
    fetch_archive_details,
)
from app.ats.lever_interviews import fetch_lever_interviewers
from app.ats.lever_reasons import ReasonMeaning, reason_meaning
from app.ats.mapping import Facts, Person, build_context
from app.ats.signing import matches_hex

logger = logging.getLogger(__name__)

PROVIDER = "lever"
ARCHIVE_CHANGE = "candidateArchiveChange"
# How old a signed `triggeredAt` may be: a week, far past any outage of ours (the old 5-minute
# window lost every event sent while Rejoinder was down for longer than that).
MAX_AGE = timedelta(days=7)
NO_API_KEY = (
    "Lever's archive event carries only ids; without an API key on the integration the "
    "candidate, job and archive reason cannot be fetched"
)


class LeverArchiveDetails:
    """Completes an archive event from Lever's API (see lever_client)."""

    api_base = DEFAULT_BASE_URL

    def complete(
        self,
        event: AtsEvent,
        api: VendorApi,
        defaults: IntegrationDefaults,
        *,
        received_at: datetime,
    ) -> AtsEvent:
        fetch = event.fetch
        if not isinstance(fetch, LeverFetch):
            return event
        try:
            details = fetch_archive_details(
                api_key=api.api_key,
                base_url=api.base_url,
                headers=api.headers,
                extensions=api.extensions,
                opportunity_id=fetch.opportunity_id,
                reason_id=fetch.reason_id,
            )
        except LeverFetchError as error:
            return lever_fetch_failed(event, error)
        except (httpx.HTTPError, httpx.InvalidURL, ValueError):
            # An api_base_url httpx cannot use: the admin's to fix, not a crash.
            return lever_fetch_failed(event, LeverFetchError("the API base URL is not usable"))
        candidate = Person(name=details.candidate_name, email=details.candidate_email)
        return complete_lever_event(
            event,
            details,
            defaults,
            received_at=received_at,
            interviewers=lambda: _interviewers(fetch.opportunity_id, api, candidate, received_at),
        )

    def failed(self, event: AtsEvent, why: str) -> AtsEvent:
        return lever_fetch_failed(event, LeverFetchError(why))


class LeverAdapter:
    provider = PROVIDER
    details = LeverArchiveDetails()

    def is_handshake(self, delivery: Delivery) -> bool:
        # The settings page's test POST has `data: {}` and a signature that verifies against
        # no token (the documented sample is not even hex); a failed test does not matter to
        # Lever, but answering 200 costs nothing since nothing is stored.
        body = f.try_load_object(delivery.body)
        return body is not None and body.get("data") == {}

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        body = f.load_object(delivery.body)
        signature, token = body.get("signature"), body.get("token")
        triggered = body.get("triggeredAt")
        if not isinstance(signature, str) or not signature:
            raise SignatureError("missing signature field")
        if not isinstance(token, str) or not token:
            raise SignatureError("missing token field")
        if not isinstance(triggered, int) or isinstance(triggered, bool):
            raise SignatureError("missing or non-integer triggeredAt field")
        if not matches_hex(signature, secrets, f"{token}{triggered}".encode()):
            raise SignatureError("signature does not match token and triggeredAt")
        try:
            sent = datetime.fromtimestamp(triggered / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise SignatureError("triggeredAt is not a time") from None
        if abs(now - sent) > MAX_AGE:
            raise SignatureError("triggeredAt is more than 7 days away from now")

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        event_name = f.text(body, "event", "body")
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=event_name,
            vendor_delivery_id=f.opt_text(body, "id") or _signed_pair(body),
        )
        data = f.obj(body, "data", "body")
        if data == {}:
            return replace(base, kind=EventKind.handshake)
        if event_name != ARCHIVE_CHANGE:
            return replace(base, ignored_reason=f"event {event_name!r} is not {ARCHIVE_CHANGE}")
        opportunity_id = f.text(data, "opportunityId", "body.data")
        base = replace(
            base,
            application_id=opportunity_id,
            # The contact is Lever's person id; candidateId is its deprecated predecessor.
            candidate_ref=f.opt_text(data, "contactId") or f.opt_text(data, "candidateId"),
        )
        if "toArchived" not in data:
            raise PayloadError("body.data.toArchived is missing")
        to_archived = data["toArchived"]
        if to_archived is None:
            return replace(
                base, kind=EventKind.unrejection, occurred_at=f.opt_ms_time(body, "triggeredAt")
            )
        if not isinstance(to_archived, dict):
            raise PayloadError("body.data.toArchived is not an object or null")
        return replace(
            base,
            kind=EventKind.rejection,
            fetch=LeverFetch(opportunity_id, f.opt_text(to_archived, "reason")),
            needs_details=NO_API_KEY,
            occurred_at=f.opt_ms_time(to_archived, "archivedAt"),
        )


def _interviewers(
    opportunity_id: str, api: VendorApi, candidate: Person, received_at: datetime
) -> tuple[Person, ...]:
    """Who interviewed, from Lever's interviews; none when that call fails, since the
    rejection is worth drafting without them (logged without the key, which no message holds)."""
    try:
        return fetch_lever_interviewers(
            api_key=api.api_key,
            base_url=api.base_url,
            headers=api.headers,
            extensions=api.extensions,
            opportunity_id=opportunity_id,
            now=received_at,
            candidate=candidate,
        )
    except LeverFetchError as error:
        why = str(error)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError):
        why = "the API base URL is not usable"
    logger.warning(
        "lever interviewers not fetched; drafting without them",
        extra={"why": why, "application": opportunity_id},
    )
    return ()


def _signed_pair(body: f.JsonObject) -> str | None:
    # Not the token alone: Lever does not document it as unique per request.
    token, triggered = f.opt_text(body, "token"), body.get("triggeredAt")
    return f"{token}:{triggered}" if token and isinstance(triggered, int) else token


def complete_lever_event(
    event: AtsEvent,
    details: LeverDetails,
    defaults: IntegrationDefaults,
    *,
    received_at: datetime,
    interviewers: Callable[[], tuple[Person, ...]] = tuple,
) -> AtsEvent:
    """Fill a Lever rejection from what the API returned (pure but for `interviewers`).

    A `hired` archive reason turns it into an ignored event; missing essentials keep it as
    `needs_details` with the reason. `interviewers` is asked only for a rejection that will be
    drafted, so an ignored archive costs no request for them.
    """
    if details.reason_type == "hired":
        return replace(
            event,
            kind=EventKind.ignored,
            ignored_reason="the archive reason is of type hired",
            needs_details=None,
            fetch=None,
        )
    if not details.non_hired:
        return replace(
            event, needs_details="Lever did not say whether the archive reason is a hire"
        )
    not_drafted = _not_a_company_rejection(details.reason_text, defaults)
    if not_drafted is not None:
        return replace(
            event,
            kind=EventKind.ignored,
            ignored_reason=not_drafted,
            needs_details=None,
            fetch=None,
        )
    missing = [
        label
        for label, value in (
            ("candidate name", details.candidate_name),
            ("job title", details.job_title),
        )
        if not value
    ]
    if missing:
        return replace(event, needs_details=f"Lever did not return the {' or the '.join(missing)}")
    owner = Person(name=details.owner_name, email=details.owner_email, title=None)
    # The archive event, opportunity, reason and posting name nobody who interviewed: they
    # come from /opportunities/:id/interviews (lever_interviews), asked for only here.
    facts = Facts(
        candidate=Person(name=details.candidate_name, email=details.candidate_email),
        job_title=details.job_title,
        stage_name=details.stage_name,
        reason=details.reason_text,
        contact=owner if details.owner_name or details.owner_email else None,
        rejected_at=event.occurred_at or details.archived_at,
        application_id=event.application_id or "",
        candidate_ref=event.candidate_ref,
        interviewers=interviewers(),
    )
    try:
        context = build_context(facts, defaults, received_at=received_at)
    except PayloadError as error:
        # The delivery was fine; what Lever's API returned does not make a context.
        return replace(event, needs_details=str(error))
    return replace(event, context=context, needs_details=None, fetch=None)


def _not_a_company_rejection(reason: str | None, defaults: IntegrationDefaults) -> str | None:
    """Why a `non-hired` archive is not drafted, or None to draft it: Lever's type alone
    cannot tell a withdrawal or a declined offer from a rejection, its reason's name can."""
    meaning = reason_meaning(reason)
    shown = repr(reason) if reason else "(no name)"
    if meaning == ReasonMeaning.not_rejected:
        return f"the archive reason {shown} is not a rejection by the company"
    if meaning == ReasonMeaning.unknown and not defaults.draft_unknown_archive_reasons:
        return (
            f"the archive reason {shown} is not known as a rejection by the company; not "
            "drafted (the integration setting draft_unknown_archive_reasons drafts it)"
        )
    return None


def lever_fetch_failed(event: AtsEvent, error: LeverFetchError) -> AtsEvent:
    """Keep the rejection, recorded as needing details, with why the fetch failed."""
    return replace(event, needs_details=f"fetching the details from Lever failed: {error}")
