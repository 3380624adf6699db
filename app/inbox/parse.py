"""The entry points: raw input or a parsed message → ParsedEmail; ParsedEmail → context values."""

import re
from datetime import date
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from app.inbox.employer import read_company
from app.inbox.fields import read_reason, read_rejected_on, read_stage
from app.inbox.language import detect_language
from app.inbox.letter import Letter
from app.inbox.normalise import Normalised, normalise
from app.inbox.people import display_person, read_candidate, read_contact
from app.inbox.reading import read_raw
from app.inbox.results import Found, ParsedCompany, ParsedContext, ParsedEmail, Signal
from app.inbox.role import read_role
from app.inbox.signals import read_is_rejection, read_signals
from app.inbox.signature import Signature, read_signature
from app.inbox.unwrap import unwrap_message
from app.types import MAX_NAME

MAX_EMAIL_LENGTH = 254
# Below this a stage guess is a coin toss: the context keeps its own default.
STAGE_CONFIDENCE_FLOOR = 0.5


def parse_email(raw: str | bytes, *, today: date, zone: ZoneInfo) -> ParsedEmail:
    """Read pasted text or a raw RFC 822 message; `EmailError` when it is not an email."""
    return parse_message(read_raw(raw), today=today, zone=zone)


def parse_message(message: EmailMessage, *, today: date, zone: ZoneInfo) -> ParsedEmail:
    """Read a parsed message; a forward's outer `From` becomes `forwarded_by`."""
    letter = unwrap_message(message)
    normalised = normalise(letter)
    signature = read_signature(normalised)
    language = detect_language(normalised.body)
    is_rejection = read_is_rejection(normalised)
    english = language == "en"
    context = (
        _context(
            normalised, letter, signature, is_rejection, english=english, today=today, zone=zone
        )
        if is_rejection.value
        else ParsedContext()
    )
    reason = context.reason
    signals = read_signals(
        normalised,
        letter,
        is_rejection=is_rejection,
        reason=reason,
        signed_by_person=bool(signature.name or display_person(normalised, "from")),
    )
    if signals.no_reply_sender.value:
        context.contact.email = None  # "this mailbox is not monitored": no one reads it
    return ParsedEmail(
        text=normalised.text,
        language=language,
        forwarded=letter.forwarded,
        forwarded_by=_forwarded_by(letter),
        context=context,
        signals=signals,
    )


def _forwarded_by(letter: Letter) -> Found[str] | None:
    if not letter.forwarded or not letter.forwarded_by:
        return None
    return Found(value=letter.forwarded_by, confidence=0.9, span=None)


def _context(
    normalised: Normalised,
    letter: Letter,
    signature: Signature,
    is_rejection: Signal,
    *,
    english: bool,
    today: date,
    zone: ZoneInfo,
) -> ParsedContext:
    """The context's fields; from a non-English email only what does not need its words."""
    contact = read_contact(normalised, letter, signature)
    candidate = read_candidate(normalised)
    people = {candidate.name.value} if candidate.name else set()
    company = read_company(normalised, signature, people)
    if company and contact.name and contact.name.value == company.value:
        contact.name = None  # "Meridian Aerospace <meridian@…>" reads as a name but is the employer
    context = ParsedContext(
        candidate=candidate,
        contact=contact,
        company=ParsedCompany(name=company),
        rejected_on=read_rejected_on(normalised, today=today, zone=zone),
    )
    context.role.title = read_role(normalised, company.value if company else None)
    if english:
        context.stage = read_stage(normalised)
        decision = is_rejection.span[0] if is_rejection.span else normalised.body_start
        context.reason = read_reason(normalised, after=decision, before=signature.start)
    return context


_PLAUSIBLE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _fits(field: str, value: str) -> bool:
    """Whether a value passes the context's own rules, so merging it never fails a request:
    a name at most MAX_NAME long, an address with a dot in its domain."""
    if field == "email":
        return len(value) <= MAX_EMAIL_LENGTH and bool(_PLAUSIBLE_EMAIL.match(value))
    return 0 < len(value.strip()) <= MAX_NAME


def context_values(parsed: ParsedEmail) -> dict[str, Any]:
    """A partial RejectionContext of the values the email holds, for the caller to merge
    under its own: absent fields left out, a stage guess below 0.5 left out, never a no-reply
    address, and nothing but the signals when the email is not a rejection."""
    signals = parsed.signals
    values: dict[str, Any] = {
        "signals": {
            "feedback_offered": signals.feedback_offered.value,
            "feedback_declined": signals.feedback_declined.value,
            "invited_to_reapply": signals.invited_to_reapply.value,
            "keeps_cv_on_file": signals.keeps_cv_on_file.value,
            "no_reply_sender": signals.no_reply_sender.value,
        }
    }
    if not signals.is_rejection.value:
        return values
    context = parsed.context
    sections: dict[str, dict[str, Found[str] | None]] = {
        "company": {"name": context.company.name},
        "role": {"title": context.role.title},
        "candidate": {"name": context.candidate.name},
        "contact": {
            "name": context.contact.name,
            "title": context.contact.title,
            "email": context.contact.email,
        },
    }
    for section, fields in sections.items():
        present = {
            field: found.value
            for field, found in fields.items()
            if found is not None and _fits(field, found.value)
        }
        if present:
            values[section] = present
    if context.stage and context.stage.confidence >= STAGE_CONFIDENCE_FLOOR:
        values["stage"] = context.stage.value.value
    if context.rejected_on:
        values["rejected_on"] = context.rejected_on.value
    if context.reason:
        values["reason"] = context.reason.value
    return values
