"""Postmark inbound webhooks: the email as JSON, one POST per message.

Postmark signs nothing; its inbound webhook takes HTTP Basic credentials in the webhook URL
(`https://user:password@host/v1/webhooks/{id}`) and sends them as `Authorization: Basic`. The
password is the integration's secret. Fields read (postmarkapp.com/developer/webhooks/
inbound-webhook): `MessageID` (Postmark's id of the message: its retries keep it), `FromFull`,
`From`, `To`, `Cc`, `OriginalRecipient`, `ToFull[].Email`, `MailboxHash` (the plus-tag),
`Subject`, `Date`, `TextBody`, `HtmlBody`, `Headers` [{Name, Value}], `Attachments` [{Name,
Content (base64), ContentType}] — an attached `message/rfc822` (or `.eml`) is a rejection
forwarded as an attachment — and `RawEmail`, when the server is set to include it.
"""

import base64
import binascii
from collections.abc import Sequence
from datetime import datetime
from email.utils import formataddr

from app.ats import fields as f
from app.ats.base import AtsEvent, Delivery, IntegrationDefaults, PayloadError
from app.ats.email_forms import require_basic_password
from app.ats.inbound_email import (
    InboundEmail,
    addresses,
    build_message,
    email_event,
    raw_message,
)

PROVIDER = "postmark"
# Postmark's own fields that are headers of the message; the rest of them are in `Headers`.
_HEADER_FIELDS = (("From", "From"), ("To", "To"), ("Cc", "Cc"), ("Subject", "Subject"))


class PostmarkAdapter:
    provider = PROVIDER
    details = None  # the email is all there is

    def is_handshake(self, delivery: Delivery) -> bool:
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        require_basic_password(delivery, secrets)

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        message_id = f.text(body, "MessageID", "body")
        raw = f.opt_text(body, "RawEmail")
        if raw is not None:
            message = raw_message(raw.encode("utf-8", "surrogateescape"), field="body.RawEmail")
        else:
            message = build_message(
                _headers(body),
                text=_opt_body(body, "TextBody"),
                html=_opt_body(body, "HtmlBody"),
                attached=_attached(body),
            )
        recipients = [f.opt_text(body, "OriginalRecipient")]
        recipients += [
            f.opt_text(person, "Email") for person in _objects(body.get("ToFull"), "ToFull")
        ]
        inbound = InboundEmail(
            provider=PROVIDER,
            message=message,
            vendor_delivery_id=message_id,
            recipients=addresses(*recipients, f.opt_text(body, "To")),
            mailbox_hash=f.opt_text(body, "MailboxHash"),
        )
        return email_event(inbound, delivery, defaults)


def _objects(value: object, path: str) -> list[f.JsonObject]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PayloadError(f"body.{path} is not a list")
    return [item for item in value if isinstance(item, dict)]


def _opt_body(body: f.JsonObject, key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _headers(body: f.JsonObject) -> list[tuple[str, str]]:
    """The message's headers: `Headers` (Message-ID, Date and the rest as sent) and the
    fields Postmark lifts out of them (From with its name from `FromFull`, To, Subject)."""
    headers: list[tuple[str, str]] = []
    sender = f.opt_obj(body, "FromFull") or {}
    sender_address = f.opt_text(sender, "Email")
    for field, header in _HEADER_FIELDS:
        value = f.opt_text(body, field)
        if header == "From" and sender_address:
            value = formataddr((f.opt_text(sender, "Name") or "", sender_address))
        if value is not None:
            headers.append((header, value))
    lifted = {header.lower() for _, header in _HEADER_FIELDS}
    for item in _objects(body.get("Headers"), "Headers"):
        name, value = f.opt_text(item, "Name"), item.get("Value")
        if name and isinstance(value, str) and name.lower() not in lifted:
            headers.append((name, value))
    date = f.opt_text(body, "Date")
    if date and not any(name.lower() == "date" for name, _ in headers):
        headers.append(("Date", date))
    return headers


def _attached(body: f.JsonObject) -> list[bytes]:
    """Messages forwarded as attachments; other attachments (a PDF, a logo) are not read."""
    messages: list[bytes] = []
    for index, attachment in enumerate(_objects(body.get("Attachments"), "Attachments")):
        kind = (f.opt_text(attachment, "ContentType") or "").lower()
        name = (f.opt_text(attachment, "Name") or "").lower()
        if kind != "message/rfc822" and not name.endswith(".eml"):
            continue
        content = f.text(attachment, "Content", f"body.Attachments[{index}]")
        try:
            messages.append(base64.b64decode(content, validate=True))
        except (binascii.Error, ValueError):
            raise PayloadError(f"body.Attachments[{index}].Content is not base64") from None
    return messages
