"""What the email vendors' adapters share: an email message built from a vendor's fields, read
by the email parser (app/inbox) and turned into an AtsEvent like an ATS rejection.

A candidate forwards their rejection to an address of an integration; the vendor (Postmark,
SendGrid, Mailgun) posts it. The parser unwraps the forward, so the rejection is what is read,
not the forwarder's note. The integration's tenant is the rejection's; the candidate is the
integration's fixed `candidate_ref`, else the plus-tag of the address it was sent to
(`rejections+user-1234@in.example.com`).
"""

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError

from app import inbox
from app.ats.base import AtsEvent, Delivery, EventKind, IntegrationDefaults, PayloadError
from app.ats.email_forms import parse_mime
from app.drafting.context import RejectionContext
from app.types import MAX_NAME

EVENT_NAME = "inbound_email"
# Outer headers that describe the body we rebuild, not the email: never copied.
_BODY_HEADERS = frozenset({"content-type", "content-transfer-encoding", "mime-version"})
MAX_HEADERS = 300
NOT_A_REJECTION = (
    "the forwarded email does not read as a rejection (an interview invitation, an offer or "
    "an acknowledgement is not one)"
)
_REQUIRED = (("candidate", "name"), ("company", "name"), ("role", "title"))


@dataclass(frozen=True)
class InboundEmail:
    """One email as a vendor posted it, before it is read.

    `recipients`: the addresses it was delivered to (the envelope's first), for the plus-tag;
    `mailbox_hash`: the plus-tag when the vendor has already split it off (Postmark)."""

    provider: str
    message: EmailMessage
    vendor_delivery_id: str | None
    recipients: tuple[str, ...] = ()
    mailbox_hash: str | None = None


def raw_message(raw: bytes, *, field: str) -> EmailMessage:
    """A whole RFC 822 message the vendor passed on as it came (SendGrid's raw mode, Mailgun's
    `body-mime`, Postmark's `RawEmail`)."""
    if len(raw) > inbox.MAX_EMAIL_BYTES:
        raise PayloadError(f"{field} is larger than {inbox.MAX_EMAIL_BYTES} bytes")
    if b"\x00" in raw:
        raise PayloadError(f"{field} is binary, not an email")
    message = parse_mime(raw, field=field)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise PayloadError(f"{field} is not an email message")
    return message


def build_message(
    headers: Iterable[tuple[str, str]],
    *,
    text: str | None,
    html: str | None,
    attached: Sequence[bytes] = (),
) -> EmailMessage:
    """An email from a vendor's parsed fields: its headers, its text and HTML bodies, and the
    messages attached to it (a rejection forwarded as an attachment: `message/rfc822`)."""
    message = EmailMessage(policy=policy.default)
    for count, (name, value) in enumerate(headers):
        if count >= MAX_HEADERS:
            break
        if name.lower() in _BODY_HEADERS:
            continue
        try:
            message[name] = value
        except (ValueError, TypeError):
            continue  # a header that cannot be a header (a line break in it) is not needed
    if text is None and html is None and not attached:
        raise PayloadError("the email has no text, HTML or attached message")
    if text is not None or html is None:
        message.set_content(text or "")
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for raw in attached:
        inner = raw_message(raw, field="an attached message")
        message.add_attachment(inner)
    return message


def plus_tag(address: str) -> str | None:
    """`user-1234` of `rejections+user-1234@in.example.com`."""
    local = parseaddr(address)[1].partition("@")[0]
    _, plus, tag = local.partition("+")
    return tag.strip() or None if plus else None


def addresses(*headers: str | None) -> tuple[str, ...]:
    """Every address named in some header values (To, Cc, an envelope's list)."""
    pairs = getaddresses([value for value in headers if value])
    return tuple(address for _, address in pairs if "@" in address)


def email_event(
    inbound: InboundEmail, delivery: Delivery, defaults: IntegrationDefaults
) -> AtsEvent:
    """Read the email and decide: a complete rejection (drafted), a rejection lacking what a
    draft needs (`needs_details`), or not a rejection at all (ignored)."""
    zone = _zone(defaults)
    today = delivery.received_at.astimezone(zone).date()
    try:
        parsed = inbox.parse_message(inbound.message, today=today, zone=zone)
    except inbox.EmailError as error:
        raise PayloadError(f"the email cannot be read: {error}") from None
    candidate_ref = defaults.candidate_ref or _candidate_ref(inbound)
    # Found once: the business key, the event time and the forwarder all ask for it.
    attached = _attached_rejection(inbound.message)
    # The rejection as a message of its own: attached, or the email itself when a mailbox
    # auto-forwarded it whole (an inline forward holds only its text).
    rejection = attached
    if rejection is None and not parsed.forwarded:
        rejection = inbound.message
    base = AtsEvent(
        kind=EventKind.ignored,
        provider=inbound.provider,
        event_name=EVENT_NAME,
        vendor_delivery_id=inbound.vendor_delivery_id,
        application_id=_business_key(rejection, parsed, candidate_ref),
        candidate_ref=candidate_ref,
        occurred_at=_sent_at(rejection),
    )
    if not parsed.signals.is_rejection.value:
        return replace(base, ignored_reason=NOT_A_REJECTION)
    forwarded = parsed.forwarded or attached is not None
    values = _context_values(parsed, inbound.message, defaults, candidate_ref, today, forwarded)
    missing = [f"{outer}.{inner}" for outer, inner in _REQUIRED if not _has(values, outer, inner)]
    if missing:
        why = (
            f"the forwarded rejection does not name {', '.join(missing)}; draft it through "
            "POST /v1/rejections with them filled in"
        )
        return replace(base, kind=EventKind.rejection, needs_details=why)
    return replace(base, kind=EventKind.rejection, context=_validated(values))


def _validated(values: dict[str, Any]) -> RejectionContext:
    """The context; an optional value the email got wrong (an over-long title, an address
    that is none) is dropped rather than costing the candidate the drafts."""
    for _ in range(3):
        try:
            return RejectionContext.model_validate(values)
        except ValidationError as error:
            locations = [item["loc"] for item in error.errors()]
        if any(tuple(loc[:2]) in _REQUIRED or len(loc) < 1 for loc in locations):
            break
        for loc in locations:
            _drop(values, loc)
    where = ", ".join(".".join(str(part) for part in loc) for loc in locations)
    raise PayloadError(f"the email does not make a complete rejection: {where}")


def _drop(values: dict[str, Any], loc: tuple[int | str, ...]) -> None:
    section: Any = values
    for part in loc[:-1]:
        section = section.get(part) if isinstance(section, dict) else None
    if isinstance(section, dict):
        section.pop(loc[-1], None)


def _zone(defaults: IntegrationDefaults) -> ZoneInfo:
    try:
        return ZoneInfo(defaults.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _candidate_ref(inbound: InboundEmail) -> str | None:
    if inbound.mailbox_hash and inbound.mailbox_hash.strip():
        return inbound.mailbox_hash.strip()[:200]
    for address in inbound.recipients:
        tag = plus_tag(address)
        if tag:
            return tag[:200]
    return None


def _attached_rejection(message: EmailMessage) -> EmailMessage | None:
    """The one message forwarded as an attachment, when there is exactly one."""
    inner = [
        part
        for part in message.iter_attachments()
        if isinstance(part, EmailMessage) and part.get_content_type() == "message/rfc822"
    ]
    if len(inner) != 1:
        return None
    content = inner[0].get_content()
    return content if isinstance(content, EmailMessage) else None


def _business_key(
    rejection: EmailMessage | None, parsed: inbox.ParsedEmail, candidate_ref: str | None
) -> str:
    """One rejection per email and candidate: the rejection's own Message-ID when it is at
    hand (attached to the forward, or the email itself when a mailbox auto-forwarded it
    whole; an inline forward holds only its text), else its normalised text, so the same
    rejection forwarded twice drafts once."""
    message_id = str(rejection.get("message-id", "")).strip() if rejection is not None else ""
    identity = message_id or " ".join(parsed.text.split()).casefold()
    digest = hashlib.sha256(f"{candidate_ref or ''}\n{identity}".encode()).hexdigest()
    return f"email:{digest}"


def _sent_at(rejection: EmailMessage | None) -> datetime | None:
    header = rejection.get("date") if rejection is not None else None
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(str(header))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _context_values(
    parsed: inbox.ParsedEmail,
    message: EmailMessage,
    defaults: IntegrationDefaults,
    candidate_ref: str | None,
    today: date,
    forwarded: bool,
) -> dict[str, Any]:
    values: dict[str, Any] = dict(inbox.context_values(parsed))
    forwarder = _forwarder(parsed, message, forwarded)
    candidate = dict(values.get("candidate") or {})
    if forwarder.display_name:
        candidate["name"] = forwarder.display_name[:MAX_NAME]
    if forwarder.addr_spec and "@" in forwarder.addr_spec:
        candidate.setdefault("email", forwarder.addr_spec)
    values["candidate"] = candidate
    company = dict(values.get("company") or {})
    if not company.get("name") and defaults.company_name:
        company["name"] = defaults.company_name
    values["company"] = company
    values["role"] = dict(values.get("role") or {})
    values.setdefault("rejected_on", today.isoformat())
    values["candidate_ref"] = candidate_ref
    for key in ("tone", "timezone", "country"):
        value = getattr(defaults, key)
        if value is not None:
            values[key] = value
    return values


def _forwarder(parsed: inbox.ParsedEmail, message: EmailMessage, forwarded: bool) -> Address:
    """Who forwarded the rejection: the candidate. The parser's `forwarded_by`, else the
    forward's own From, when it was forwarded at all (an auto-forwarded rejection's From is
    the employer)."""
    if parsed.forwarded_by is not None:
        name, address = parseaddr(parsed.forwarded_by.value)
    elif forwarded:
        name, address = parseaddr(str(message.get("from", "")))
    else:
        return Address()
    try:
        return Address(display_name=name.strip(), addr_spec=address.strip())
    except (ValueError, IndexError):
        return Address(display_name=name.strip())


def _has(values: dict[str, Any], outer: str, inner: str) -> bool:
    section = values.get(outer)
    value = section.get(inner) if isinstance(section, dict) else None
    return isinstance(value, str) and bool(value.strip())
