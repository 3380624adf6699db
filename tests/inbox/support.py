"""Shared helpers for the email parser's tests: one day and zone, and a span reader."""

from datetime import date
from zoneinfo import ZoneInfo

from app.inbox import ParsedEmail, parse_email
from app.inbox.results import Found, Signal

TODAY = date(2026, 11, 30)
ZONE = ZoneInfo("America/New_York")


def parse(raw: str | bytes) -> ParsedEmail:
    return parse_email(raw, today=TODAY, zone=ZONE)


def spanned(parsed: ParsedEmail, found: Found[object] | Signal | None) -> str:
    """The text a field's or a signal's span points at."""
    assert found is not None
    assert found.span is not None
    start, end = found.span
    return parsed.text[start:end]
