"""Mailgun routes: a route's `forward("https://host/v1/webhooks/{id}")` action posts each
matching email as a form (`multipart/form-data`, or `x-www-form-urlencoded` without
attachments).

Signature (documentation.mailgun.com, "Securing Webhooks"): form fields `timestamp` (unix
seconds), `token` (50 random characters) and `signature`, the hex HMAC-SHA256 of timestamp +
token keyed with the account's HTTP webhook signing key (the integration's secret; for a
subaccount's domain, `parent-signature` is the same made with the primary account's key). The
timestamp must be within base.TOLERANCE of now, and a token is taken once: the receiver
remembers it (`nonce`), so a captured post replayed inside the window is refused. Mailgun's
docs do not say whether a retry (after a non-2xx answer, for up to 8 hours) is signed afresh;
if not, a retry more than 5 minutes late is refused. The receiver answers 200 at once, so
only an outage of Rejoinder itself makes Mailgun retry.

Fields read (documentation.mailgun.com, "Receiving Messages via HTTP through a forward()
action"): `recipient`, `sender`, `from`, `subject`, `body-plain`, `body-html`,
`message-headers` (JSON list of [name, value]), `Message-Id`, `attachment-count` and files
`attachment-1..N`; or, for a route URL ending in `mime`, the whole message in `body-mime`.
"""

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime

from app.ats.base import (
    TOLERANCE,
    AtsEvent,
    Delivery,
    IntegrationDefaults,
    PayloadError,
    SignatureError,
)
from app.ats.email_forms import Form, read_form
from app.ats.inbound_email import (
    InboundEmail,
    addresses,
    build_message,
    email_event,
    raw_message,
)
from app.ats.signing import matches_hex

PROVIDER = "mailgun"
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")
# Mailgun's tokens are 50 characters; anything far longer is not one.
_MAX_TOKEN = 200


class MailgunAdapter:
    provider = PROVIDER
    details = None  # the email is all there is

    def is_handshake(self, delivery: Delivery) -> bool:
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        # The signature is in the body: a body that is no form carries none (PayloadError).
        form = read_form(delivery)
        stamp, token = form.text("timestamp"), form.text("token")
        signature = form.text("signature")
        if not (stamp and token and signature):
            raise SignatureError("missing timestamp, token or signature form field")
        if not _UNIX_SECONDS.fullmatch(stamp.strip()) or len(token) > _MAX_TOKEN:
            raise SignatureError("timestamp is not unix seconds, or token is not a token")
        try:
            sent = datetime.fromtimestamp(int(stamp), tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise SignatureError("timestamp is not a time") from None
        if abs(now - sent) > TOLERANCE:
            raise SignatureError("timestamp is outside the 5-minute tolerance")
        signed = (stamp.strip() + token).encode()
        # A subaccount's posts also carry `parent-signature`, made with the primary account's
        # key, so one integration may hold either account's key.
        parent = form.text("parent-signature")
        if not matches_hex(signature, secrets, signed) and not (
            parent and matches_hex(parent, secrets, signed)
        ):
            raise SignatureError("signature does not match timestamp and token")

    def nonce(self, delivery: Delivery) -> str | None:
        return read_form(delivery).text("token")

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        form = read_form(delivery)
        recipient = form.required("recipient")
        mime = form.fields.get("body-mime")
        if mime is not None and mime.strip():
            message = raw_message(mime, field="form field 'body-mime'")
        else:
            message = build_message(
                _headers(form),
                text=form.text("body-plain"),
                html=form.text("body-html"),
                attached=form.attached_messages("attachment-"),
            )
        message_id = form.text("Message-Id") or str(message.get("message-id") or "")
        inbound = InboundEmail(
            provider=PROVIDER,
            message=message,
            vendor_delivery_id=message_id.strip()[:255] or None,
            recipients=addresses(recipient, form.text("To")),
        )
        return email_event(inbound, delivery, defaults)


def _headers(form: Form) -> list[tuple[str, str]]:
    """`message-headers`, else the few headers Mailgun also posts as fields."""
    text = form.text("message-headers")
    if text is None:
        fields = (("From", "from"), ("Subject", "subject"), ("Message-Id", "Message-Id"))
        return [(header, value) for header, name in fields if (value := form.text(name))]
    try:
        pairs = json.loads(text)
    except ValueError:
        raise PayloadError("form field 'message-headers' is not JSON") from None
    if not isinstance(pairs, list):
        raise PayloadError("form field 'message-headers' is not a JSON list")
    return [
        (pair[0], pair[1])
        for pair in pairs
        if isinstance(pair, list)
        and len(pair) == 2
        and isinstance(pair[0], str)
        and isinstance(pair[1], str)
    ]
