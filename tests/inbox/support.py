"""Shared helpers for the email parser's tests: one day and zone, and a span reader."""

from datetime import date
from zoneinfo import ZoneInfo

from app.inbox import ParsedEmail, parse_email
from app.inbox.results import Found, Signal

TODAY = date(2026, 11, 30)
ZONE = ZoneInfo("America/New_York")


def parse(raw: str | bytes) -> ParsedEmail:
    """Parse with the tests' day and zone, and hold the span rule on every result."""
    parsed = parse_email(raw, today=TODAY, zone=ZONE)
    assert_spans_hold_their_values(parsed)
    return parsed


def assert_spans_hold_their_values(parsed: ParsedEmail) -> None:
    """Every field read from the text points at words that contain what it says."""
    context = parsed.context
    fields = [
        context.company.name,
        context.role.title,
        context.contact.name,
        context.contact.title,
        context.contact.email,
        context.candidate.name,
        context.reason,
    ]
    for found in fields:
        if found is not None and found.span is not None:
            assert found.value.lower() in spanned(parsed, found).lower(), found


def spanned(parsed: ParsedEmail, found: Found[object] | Signal | None) -> str:
    """The text a field's or a signal's span points at."""
    assert found is not None
    assert found.span is not None
    start, end = found.span
    return parsed.text[start:end]
