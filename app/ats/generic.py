"""Our vendor-neutral shape on Standard Webhooks: `candidate.rejected`.

Headers `webhook-id`, `webhook-timestamp` (unix seconds), `webhook-signature` (space-separated
`v1,<base64>` entries); signed content `id.timestamp.body`, HMAC-SHA256 keyed with the
base64-decoded `whsec_` secret. The signature is computed by the `standardwebhooks` package;
the timestamp is checked here against the caller's `now` (the package only reads the clock).
"""

import base64
import binascii
import hmac
import re
import secrets as random
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook

from app.ats import fields as f
from app.ats.base import (
    TOLERANCE,
    AtsEvent,
    Delivery,
    EventKind,
    IntegrationDefaults,
    SignatureError,
)
from app.ats.mapping import Facts, Person, build_context

PROVIDER = "generic"
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")
REJECTED = "candidate.rejected"
COMPANY_SIDE = "rejected_by_company"


def new_generic_secret() -> str:
    """A fresh signing secret in the Standard Webhooks form: `whsec_` + base64 of 32 bytes."""
    return "whsec_" + base64.b64encode(random.token_bytes(32)).decode()


def _webhooks(secrets: Sequence[str]) -> list[Webhook]:
    hooks = []
    for secret in secrets:
        try:
            hooks.append(Webhook(secret))
        except (EmptyWebhookSecretError, binascii.Error, ValueError):
            continue  # an unusable secret verifies nothing; never echo it
    if not hooks:
        raise SignatureError("no usable signing secret is configured for this integration")
    return hooks


def _timestamp(header: str, now: datetime) -> datetime:
    # ASCII digits only (str.isdigit also accepts '²' and other scripts' digits, which int()
    # then refuses), and few enough of them to be a time at all.
    if not _UNIX_SECONDS.fullmatch(header):
        raise SignatureError("webhook-timestamp is not unix seconds")
    try:
        sent = datetime.fromtimestamp(int(header), tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise SignatureError("webhook-timestamp is not a time") from None
    if abs(now - sent) > TOLERANCE:
        raise SignatureError("webhook-timestamp is outside the 5-minute tolerance")
    return sent


def _given_signatures(header: str) -> list[bytes]:
    given = []
    for entry in header.split():
        version, _, value = entry.partition(",")
        if version != "v1":
            continue
        try:
            given.append(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            continue
    return given


class GenericAdapter:
    provider = PROVIDER
    details = None  # its events arrive complete: nothing to fetch

    def is_handshake(self, delivery: Delivery) -> bool:
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        msg_id = delivery.headers.get("webhook-id")
        stamp = delivery.headers.get("webhook-timestamp")
        header = delivery.headers.get("webhook-signature")
        if not (msg_id and stamp and header):
            raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature")
        sent = _timestamp(stamp.strip(), now)
        try:
            payload = delivery.body.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError("body is not UTF-8, so it cannot match a signature") from None
        given = _given_signatures(header)
        for hook in _webhooks(secrets):
            expected = base64.b64decode(hook.sign(msg_id, sent, payload).split(",", 1)[1])
            if any(hmac.compare_digest(expected, candidate) for candidate in given):
                return
        raise SignatureError("webhook-signature does not match")

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        event_type = f.text(body, "type", "body")
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=event_type,
            vendor_delivery_id=delivery.headers.get("webhook-id") or None,
        )
        if event_type != REJECTED:
            return replace(base, ignored_reason=f"type {event_type!r} is not {REJECTED}")
        data = f.obj(body, "data", "body")
        candidate = f.obj(data, "candidate", "body.data")
        rejection = f.obj(data, "rejection", "body.data")
        base = replace(
            base,
            application_id=f.ident(data, "application_id", "body.data"),
            candidate_ref=f.opt_ident(candidate, "id"),
        )
        reason_type = f.text(rejection, "reason_type", "body.data.rejection")
        rejected_at = f.opt_iso_time(rejection, "rejected_at")
        if reason_type != COMPANY_SIDE:
            return replace(
                base,
                ignored_reason=f"reason_type {reason_type!r} is not {COMPANY_SIDE}",
                occurred_at=rejected_at,
            )
        facts = Facts(
            candidate=Person(name=_name(candidate), email=f.opt_text(candidate, "email")),
            job_title=f.text(f.obj(data, "job", "body.data"), "title", "body.data.job"),
            stage_name=f.opt_text(rejection, "stage_at_rejection"),
            reason=f.opt_text(rejection, "reason_text"),
            contact=_contact(data),
            rejected_at=rejected_at,
            application_id=base.application_id or "",
            candidate_ref=base.candidate_ref,
        )
        context = build_context(facts, defaults, received_at=delivery.received_at)
        return replace(base, kind=EventKind.rejection, context=context, occurred_at=rejected_at)


def _name(candidate: f.JsonObject) -> str | None:
    return f.opt_text(candidate, "name") or f.full_name(
        f.opt_text(candidate, "first_name"), f.opt_text(candidate, "last_name")
    )


def _contact(data: f.JsonObject) -> Person | None:
    # Optional in our shape: `contact {name, title, email}` for the recruiter to write to.
    contact = f.opt_obj(data, "contact")
    if contact is None:
        return None
    return Person(
        name=f.opt_text(contact, "name"),
        email=f.opt_text(contact, "email"),
        title=f.opt_text(contact, "title"),
    )
