"""Raw input to an `EmailMessage`: the size, emptiness and binary checks, then either a raw
RFC 822 message or pasted text (with any header lines the candidate copied on top)."""

import re
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage

from app.inbox.results import EmailError

MAX_EMAIL_BYTES = 256 * 1024

# A paste or a file that starts like a message: a header we know, or an mbox "From " line.
_KNOWN_HEADER = re.compile(
    r"\A\s*(?:From |(?:From|To|Cc|Subject|Date|Sent|Reply-To|Return-Path|Received|Delivered-To|"
    r"MIME-Version|Message-ID|Content-Type|X-[\w-]+|ARC-[\w-]+|DKIM-Signature|Authentication-"
    r"Results|Envelope-To|Sender|List-[\w-]+|Precedence|Auto-Submitted|Feedback-ID):)",
    re.IGNORECASE,
)
# Any other header name counts when at least two header lines open the text.
_ANY_HEADERS = re.compile(r"\A\s*(?:[\w-]+:(?:[ \t].*)?\n(?:[ \t].*\n)*){2}")


# A paste of Gmail's reading view: "Name <address>", the date line, "to me", then the body.
_GMAIL_VIEW = re.compile(
    r"\A\s*(?P<sender>[^\n<>]*<[^\n<>@]+@[^\n<>]+>)[ \t]*\n"
    r"(?P<date>[^\n]*\d{1,2}:\d{2}[^\n]*?)(?:\s*\([^)\n]*\))?[ \t]*\n"
    r"(?:to [^\n]*\n)?"
)


def _gmail_view_as_headers(text: str) -> str:
    view = _GMAIL_VIEW.match(text)
    if view is None:
        return text
    head = f"From: {view.group('sender').strip()}\nDate: {view.group('date').strip()}\n\n"
    return head + text[view.end() :]


def _starts_with_headers(text: str) -> bool:
    return bool(_KNOWN_HEADER.match(text) or _ANY_HEADERS.match(text))


# Control characters other than tab, newline, carriage return and form feed mark binary input.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MOST_CONTROL = 0.01


def read_raw(raw: str | bytes) -> EmailMessage:
    """The message `raw` holds; `EmailError` when it is empty, binary or too large."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_EMAIL_BYTES:
        raise EmailError(f"The email is larger than {MAX_EMAIL_BYTES // 1024} KiB.")
    if isinstance(raw, bytes):
        return _read_bytes(raw)
    return _read_text(raw)


def _read_bytes(raw: bytes) -> EmailMessage:
    if b"\x00" in raw:
        raise EmailError("The input is binary, not an email.")
    if _starts_with_headers(raw[:2000].decode("ascii", "replace").replace("\r\n", "\n")):
        _refuse_empty(raw.decode("ascii", "replace"))
        return _as_email(message_from_bytes(raw, policy=policy.default))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise EmailError("The input is not text in a known encoding.") from None
    return _read_text(text)


def _read_text(text: str) -> EmailMessage:
    _refuse_empty(text)
    if len(_CONTROL.findall(text)) > max(1, len(text) * _MOST_CONTROL) or "\x00" in text:
        raise EmailError("The input is binary, not an email.")
    text = _gmail_view_as_headers(text.replace("\r\n", "\n").lstrip("\ufeff"))
    if _starts_with_headers(text[:2000]):
        return _as_email(message_from_string(text.lstrip(), policy=policy.default))
    message = EmailMessage()
    message.set_content(text)
    return message


def _refuse_empty(text: str) -> None:
    if not text.strip():
        raise EmailError("The email is empty.")


def _as_email(message: object) -> EmailMessage:
    # policy.default always builds EmailMessage; the check narrows the type for mypy.
    if not isinstance(message, EmailMessage):
        raise EmailError("The input could not be read as an email.")
    return message
