"""Receive ATS webhooks and turn them into drafted rejections.

Two steps, so the vendor gets its answer within a second and an acknowledged delivery is
never lost:

1. `receive` (in the request's transaction): verify the raw body in constant time,
   deduplicate by the vendor's delivery id and by the event's identity (application + kind +
   the vendor's event time) with INSERT … ON CONFLICT DO NOTHING, and store the delivery with
   its body as `received`. Refusals store no body, only a `rejected_signature` entry per
   integration and window that counts them, whatever their reason.
2. `webhook_settling.process_delivery` (after the response, in a fresh transaction): parse
   again, fetch from Lever's API when its event carries only ids, then draft, ignore or
   withdraw. The body is dropped once the delivery is settled. `sweep` there processes
   whatever is still `received` (the app's start-up and `rejoinder sweep-webhooks`), so a
   process killed between the two steps loses nothing, and releases what was parked here.
"""

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.ats import (
    ADAPTERS,
    MALFORMED_STATUS,
    AtsEvent,
    Delivery,
    EventKind,
    PayloadError,
    SignatureError,
    SingleUse,
)
from app.errors import (
    AwaitingSecretError,
    InvalidSignatureError,
    MalformedPayloadError,
    NotFoundError,
)
from app.models import Integration, utcnow
from app.models.integrations import ApplicationState
from app.models.integrations import WebhookDeliveryOutcome as W
from app.schemas.webhooks import ReceiptStatus, WebhookReceipt
from app.services import integrations as integration_service

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Accepted:
    """Answer 200 with `receipt`; process `process_id` after the response, when set."""

    receipt: WebhookReceipt
    process_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Refused:
    """Answer with a problem; what was logged about it is committed all the same."""

    status: int
    slug: str
    detail: str
    retry_after: int | None = None


def receive(
    *,
    session: Session,
    integration_id: uuid.UUID,
    headers: dict[str, str],
    body: bytes,
    refusal_window: timedelta,
    now: datetime | None = None,
) -> Accepted | Refused:
    """`refusal_window`: how long refused deliveries of an integration count on one log entry
    (the setting `webhook_refusal_window_seconds`)."""
    now = now or utcnow()
    integration = repository.find_integration_for_webhook(session, integration_id)
    if integration is None:
        raise NotFoundError("Integration")
    adapter = ADAPTERS[integration.provider]
    delivery = Delivery(headers=headers, body=body, received_at=now)
    # Verify first: a signed body is parsed only once it is known to be authentic. Only a
    # delivery that fails verification is looked at as a possible handshake (vendors ping
    # before we hold the secret), through the same depth-bounded parser.
    secrets = integration_service.active_secrets(integration, now)
    try:
        adapter.verify(delivery, secrets, now=now)
    except SignatureError as error:
        if adapter.is_handshake(delivery):
            return Accepted(
                WebhookReceipt(status=ReceiptStatus.handshake, delivery=None, reason=None)
            )
        if not secrets:
            return _park(session, integration, delivery, now)
        return _refuse_signature(session, integration, str(error), now, refusal_window)
    except PayloadError as error:
        # Lever's signature is inside the body: a body that is not an object has none.
        return Refused(_malformed_status(integration), MalformedPayloadError.slug, str(error))
    if _replayed(session, integration, adapter, delivery, now):
        return _refuse_signature(
            session,
            integration,
            "this token was used before (a replayed request)",
            now,
            refusal_window,
        )
    try:
        event = adapter.parse(delivery, integration_service.defaults(integration))
    except PayloadError as error:
        _log(session, integration, now, disposition=W.failed, error=str(error))
        return Refused(_malformed_status(integration), MalformedPayloadError.slug, str(error))
    return accept(session, integration, event, body, now, refusal_window)


def _malformed_status(integration: Integration) -> int:
    return MALFORMED_STATUS.get(integration.provider, 400)


def _replayed(
    session: Session, integration: Integration, adapter: object, delivery: Delivery, now: datetime
) -> bool:
    """Whether a verified delivery's one-time token (Mailgun's) was taken before. Claimed in
    the delivery-id table, hashed and marked so it never meets a vendor's own delivery id."""
    if not isinstance(adapter, SingleUse):
        return False
    token = adapter.nonce(delivery)
    if not token:
        return False
    key = "nonce:" + hashlib.sha256(token.encode()).hexdigest()
    return not repository.claim_delivery_id(
        session, integration_id=integration.id, delivery_id=key, now=now
    )


def accept(
    session: Session,
    integration: Integration,
    event: AtsEvent,
    body: bytes,
    now: datetime,
    refusal_window: timedelta,
) -> Accepted | Refused:
    if event.kind == EventKind.handshake:
        return Accepted(WebhookReceipt(status=ReceiptStatus.handshake, delivery=None, reason=None))
    if event.kind == EventKind.ignored:
        reason = event.ignored_reason or "not a rejection"
        row_id = _log(session, integration, now, disposition=W.ignored, error=reason, event=event)
        return Accepted(
            WebhookReceipt(status=ReceiptStatus.ignored, delivery=row_id, reason=reason)
        )
    duplicate = _duplicate_reason(session, integration, event, now)
    if duplicate is not None:
        row_id = _log(
            session, integration, now, disposition=W.duplicate, error=duplicate, event=event
        )
        return Accepted(
            WebhookReceipt(status=ReceiptStatus.duplicate, delivery=row_id, reason=duplicate)
        )
    row_id = _log(session, integration, now, disposition=W.received, event=event, body=body)
    receipt = WebhookReceipt(status=ReceiptStatus.received, delivery=row_id, reason=None)
    return Accepted(receipt, process_id=row_id)


def _duplicate_reason(
    session: Session, integration: Integration, event: AtsEvent, now: datetime
) -> str | None:
    delivery_id = clip(event.vendor_delivery_id, 255)
    if delivery_id and not repository.claim_delivery_id(
        session, integration_id=integration.id, delivery_id=delivery_id, now=now
    ):
        return "this delivery id was received before"
    # The event's identity, for a re-send under a new delivery id (Greenhouse's bulk resend)
    # or a vendor that sends none: the application, what happened to it, and when. Without
    # the vendor's time there is no identity (the time received differs at each re-send);
    # the application's state then orders what arrives (webhook_outcomes.apply_event).
    key = _event_key(event)
    if key and not repository.claim_delivery_id(
        session, integration_id=integration.id, delivery_id=key, now=now
    ):
        state = (
            ApplicationState.rejected
            if event.kind == EventKind.rejection
            else ApplicationState.unrejected
        )
        return f"this application was {state} before, at the same event time"
    return None


def _event_key(event: AtsEvent) -> str | None:
    application_id = clip(event.application_id, 200)
    if not application_id or event.occurred_at is None:
        return None
    identity = f"{event.kind}\n{application_id}\n{event.occurred_at.isoformat()}"
    # Hashed: it shares the delivery-id column (255 characters) with the vendors' own ids.
    return "event:" + hashlib.sha256(identity.encode()).hexdigest()


def _refuse_signature(
    session: Session, integration: Integration, error: str, now: datetime, window: timedelta
) -> Refused:
    # Nothing of the request is kept: its body, ids and event name are all unauthenticated.
    # One entry per integration and window, whatever the reason: a forger alternating bad
    # signatures and stale timestamps cannot grow the log a row per request.
    error = clip(error, 2000) or "refused"
    if not repository.count_refusal(
        session, integration_id=integration.id, error=error, now=now, since=now - window
    ):
        _log(session, integration, now, disposition=W.rejected_signature, error=error)
    logger.info("webhook refused", extra={"integration": str(integration.id), "why": error})
    return Refused(401, InvalidSignatureError.slug, f"The delivery is not authentic: {error}.")


def _log(
    session: Session,
    integration: Integration,
    now: datetime,
    *,
    disposition: str,
    error: str | None = None,
    event: AtsEvent | None = None,
    body: bytes | None = None,
) -> uuid.UUID:
    row_id = uuid7()
    repository.add_delivery(
        session,
        {
            "id": row_id,
            "integration_id": integration.id,
            "received_at": now,
            "event": clip(event.event_name if event else None, 100),
            "vendor_delivery_id": clip(event.vendor_delivery_id if event else None, 255),
            "application_id": clip(event.application_id if event else None, 200),
            "disposition": disposition,
            "error": clip(error, 2000),
            "count": 1,
            "body": body,
        },
    )
    return row_id


def clip(value: str | None, limit: int) -> str | None:
    # Vendor text is stored as given, less NUL, which PostgreSQL text cannot hold.
    return value.replace("\x00", "")[:limit] or None if value else None


# Parking. Vendors may deliver before the admin has typed the secret into Rejoinder (the README
# allows "create first, set the secret after"), and a 401 loses the event with Ashby, which never
# retries one. So while an integration has no secret at all, a delivery that cannot be verified
# is accepted and kept as it came (raw body and the headers that sign it), unparsed and
# undrafted; once a secret is set the sweep verifies it with that secret and the ones that pass
# go through the receiver's checks as if they had just arrived. With a secret set, a bad
# signature is a 401 as before.
#
# Bounds, since nothing parked is authenticated: PARKED_LIMIT rows per integration (past it a
# 503, which every vendor retries (none documents reading Retry-After): Ashby all but
# 401/403/404/405/410, up to 10 tries; Greenhouse any non-200, 7 tries over ~15 h; Lever any
# non-2xx, 5 tries; Workable any non-200, schedule undocumented; see ../shared/ats/README.md),
# a body no larger than the receiver takes, and PARKED_FOR, after which retention settles the
# row as failed and drops its body.
PARKED_LIMIT = 200
PARKED_FOR = timedelta(hours=72)
PARKED_RETRY_AFTER_SECONDS = 600
PARKED_REASON = (
    "the integration had no secret to verify this delivery with; it is verified and "
    "processed when a secret is set, or expires after 72 hours"
)
PARKED_EXPIRED = "expired unverified: no secret was set within 72 hours of its arrival"
# The headers a vendor signs with or names its delivery by (see app/ats): the only ones kept.
# Anything else (an Authorization a sender adds, cookies) is not ours to store.
_PARKED_HEADER_PREFIXES = ("signature", "ashby-", "x-workable-", "greenhouse-", "webhook-")


def _park(
    session: Session, integration: Integration, delivery: Delivery, now: datetime
) -> Accepted | Refused:
    if repository.count_parked(session, integration_id=integration.id) >= PARKED_LIMIT:
        logger.warning("webhook parking full", extra={"integration": str(integration.id)})
        return Refused(
            503,
            AwaitingSecretError.slug,
            f"The integration has no secret yet and {PARKED_LIMIT} deliveries already wait "
            "for one; set the secret, then this delivery is accepted when retried.",
            retry_after=PARKED_RETRY_AFTER_SECONDS,
        )
    row_id = _log(
        session,
        integration,
        now,
        disposition=W.awaiting_secret,
        error=PARKED_REASON,
        body=_pack(delivery),
    )
    receipt = WebhookReceipt(
        status=ReceiptStatus.awaiting_secret, delivery=row_id, reason=PARKED_REASON
    )
    return Accepted(receipt)


def _pack(delivery: Delivery) -> bytes:
    # One JSON line of the signing headers, then the raw body exactly as received: the body
    # column holds both, so parking needs no column of its own.
    kept = {
        name: value
        for name, value in delivery.headers.items()
        if name.startswith(_PARKED_HEADER_PREFIXES)
    }
    return json.dumps(kept).encode() + b"\n" + delivery.body


def unpack(packed: bytes, received_at: datetime) -> Delivery:
    line, _, body = packed.partition(b"\n")
    headers = json.loads(line)
    return Delivery(headers=headers, body=body, received_at=received_at)
