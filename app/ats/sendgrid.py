"""SendGrid Inbound Parse: the email as `multipart/form-data`, one POST per message.

Authentication, by what the integration's secret is:
- a password: HTTP Basic credentials in the Parse URL (`https://user:password@host/...`), sent
  as `Authorization: Basic`;
- the public key of a Parse webhook "security policy" with signing enabled (base64 DER, as
  SendGrid shows it: `MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…`): SendGrid signs timestamp + raw
  body with ECDSA P-256 / SHA-256 and sends `X-Twilio-Email-Event-Webhook-Signature` (base64)
  and `X-Twilio-Email-Event-Webhook-Timestamp`; the timestamp must be within base.TOLERANCE.
  SendGrid sends no one-time token, so a replay inside the window is caught as a duplicate
  (the same Message-ID), not refused. The policy's OAuth option is not supported: it needs an
  OAuth server that Rejoinder is not.

Two shapes (twilio.com/docs/sendgrid/for-developers/parsing-email/setting-up-the-inbound-parse-
webhook): parsed fields — `headers` (the raw header block), `text`, `html`, `from`, `to`, `cc`,
`subject`, `envelope` (JSON: `to` list and `from`), `charsets` (JSON: field -> charset),
`attachments` (a count), `attachment-info` (JSON) and files `attachment1..N` — or, with "POST
the raw, full MIME message", the whole message in `email` (with `envelope` and `charsets`).
SendGrid has no id of its own for a post: the message's Message-ID dedupes its retries.
"""

import json
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from typing import Any

from app.ats.base import AtsEvent, Delivery, IntegrationDefaults, PayloadError
from app.ats.email_forms import Form, read_form, require_basic_password
from app.ats.inbound_email import (
    InboundEmail,
    addresses,
    build_message,
    email_event,
    raw_message,
)
from app.ats.sendgrid_signing import public_key, require_signature

PROVIDER = "sendgrid"


class SendGridAdapter:
    provider = PROVIDER
    details = None  # the email is all there is

    def is_handshake(self, delivery: Delivery) -> bool:
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        keys = [key for key in map(public_key, secrets) if key is not None]
        if keys:
            require_signature(delivery, keys, now=now)
        else:
            require_basic_password(delivery, secrets)

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        form = read_form(delivery)
        charsets = _json_object(form, "charsets", required=False)
        form = Form(form.fields, form.files, {**form.charsets, **_strings(charsets)})
        envelope = _json_object(form, "envelope", required=True)
        raw = form.fields.get("email")
        if raw is not None and raw.strip():
            message = raw_message(raw, field="form field 'email'")
        else:
            message = build_message(
                _headers(form.required("headers")),
                text=form.text("text"),
                html=form.text("html"),
                attached=form.attached_messages("attachment"),
            )
        envelope_to = envelope.get("to")
        recipients = (
            [item for item in envelope_to if isinstance(item, str)]
            if isinstance(envelope_to, list)
            else []
        )
        inbound = InboundEmail(
            provider=PROVIDER,
            message=message,
            vendor_delivery_id=_message_id(message.get("message-id")),
            recipients=addresses(", ".join(recipients), form.text("to"), form.text("cc")),
        )
        return email_event(inbound, delivery, defaults)


def _json_object(form: Form, name: str, *, required: bool) -> dict[str, Any]:
    text = form.text(name)
    if text is None:
        if required:
            raise PayloadError(f"form field {name!r} is missing or empty")
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        raise PayloadError(f"form field {name!r} is not JSON") from None
    if not isinstance(value, dict):
        raise PayloadError(f"form field {name!r} is not a JSON object")
    return value


def _strings(mapping: dict[str, Any]) -> dict[str, str]:
    return {key: value for key, value in mapping.items() if isinstance(value, str)}


def _headers(block: str) -> list[tuple[str, str]]:
    """The raw header block SendGrid passes on, read as an email's headers."""
    parsed = BytesHeaderParser(policy=policy.default).parsebytes(
        block.encode("utf-8", "surrogateescape") + b"\r\n\r\n"
    )
    return [(name, str(value)) for name, value in parsed.items()]


def _message_id(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text[:255] or None
