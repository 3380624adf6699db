"""Find the rejection inside what the candidate sent: a message/rfc822 attachment, an inline
forward (Gmail, Outlook, Apple Mail), or the quoted part of their own reply.

quotequail finds the forward and reply blocks and their header lines; this module decides which
side of a reply is the rejection (the side with a rejection's words).
"""

import re
from dataclasses import replace
from email.message import EmailMessage

import quotequail

from app.inbox.cues import cues, first_match
from app.inbox.letter import Letter, letter_of, split_address

_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|r)\s*:", re.IGNORECASE)
# Forwards of forwards: a few levels are real, more is a loop in a broken message.
_MAX_LEVELS = 4
# "On Mon, Nov 23, 2026 at 9:14 AM Jordan Lee <jordan@acme.example> wrote:" split by quotequail
_NAME_BEFORE_ADDRESS = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?\s*<(?P<address>[^<>\s]+@[^<>\s]+)>\s*$"
)


def unwrap_message(message: EmailMessage) -> Letter:
    """The rejection `message` carries, with who forwarded it when it was forwarded."""
    outer = letter_of(message)
    attached = _attached_message(message)
    letter = outer
    if attached is not None:
        letter = replace(letter_of(attached), forwarded=True, forwarded_by=_who(outer))
    for _ in range(_MAX_LEVELS):
        unwrapped = _unwrap_text(letter)
        if unwrapped is None:
            break
        letter = unwrapped
    return letter


def _who(letter: Letter) -> str | None:
    if letter.sender_name and letter.sender_address:
        return f"{letter.sender_name} <{letter.sender_address}>"
    return letter.sender_address or letter.sender_name


def _attached_message(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part is message or part.get_content_type() != "message/rfc822":
            continue
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, EmailMessage):
            return inner
    return None


def _unwrap_text(letter: Letter) -> Letter | None:
    """The letter one level in, or None when the body wraps nothing."""
    found = quotequail.unwrap(letter.body)
    if not found or not found.get("text"):
        return None
    if found["type"] == "forward":
        return _forwarded(letter, found)
    return _replied(letter, found)


def _forwarded(outer: Letter, found: dict[str, str]) -> Letter:
    """The message in an inline block; a block under "RE:" is a reply quoting it in Outlook's
    style ("From: / Sent: / To:"), not a forward."""
    sender_name, sender_address = split_address(found.get("from"))
    forward = not _REPLY_SUBJECT.match(outer.subject or "")
    recipient_name, recipient_address = split_address(found.get("to"))
    return Letter(
        sender_name=sender_name,
        sender_address=sender_address,
        reply_to=split_address(found.get("reply-to"))[1],
        recipient_name=recipient_name,
        recipient_address=recipient_address,
        subject=found.get("subject"),
        date_text=found.get("date"),
        forwarded=forward or outer.forwarded,
        forwarded_by=(outer.forwarded_by or _who(outer)) if forward else outer.forwarded_by,
    ).with_body(found["text"])


def _replied(outer: Letter, found: dict[str, str]) -> Letter | None:
    """The side of a reply that is the rejection: the top unless only the quote reads as one."""
    top, quoted = found.get("text_top", ""), found["text"]
    rejection = cues().rejection
    if first_match(rejection, top) or not first_match(rejection, quoted):
        return outer.with_body(top) if top.strip() else None
    header = f"{found.get('date', '')}, {found.get('from', '')}".strip(" ,")
    match = _NAME_BEFORE_ADDRESS.search(header)
    name = re.sub(r"^(?:[AP]M|at)\s+", "", match.group("name") or "") if match else None
    address = match.group("address") if match else None
    date_text = header[: match.start()].removeprefix("On ").strip(" ,") if match else None
    return Letter(
        sender_name=name,
        sender_address=address,
        recipient_name=outer.sender_name,
        recipient_address=outer.sender_address,
        subject=outer.subject,
        date_text=date_text or None,
        forwarded=outer.forwarded,
        forwarded_by=outer.forwarded_by,
    ).with_body(quoted)
