"""Reading a rejection email: for the candidate to confirm (`parse`), or to draft from it.

What the caller gives wins; what the email holds fills the gaps; the merged context is held
to `RejectionContext` like any other, and the answer names the fields the email gave.
"""

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from app.drafting.context import RejectionContext, known_timezones
from app.errors import (
    EmailTooLargeError,
    FieldError,
    NotARejectionError,
    UnprocessableError,
    UnreadableEmailError,
    field_error,
    invalid_fields,
)
from app.inbox import MAX_EMAIL_BYTES, EmailError, ParsedEmail, context_values, parse_email

logger = logging.getLogger(__name__)


def _email_error(code: str, message: str, location: str) -> list[FieldError]:
    return [FieldError(field="email", location=location, message=message, code=code)]


def read_email(
    raw: str | bytes, *, timezone: str, now: datetime, location: str = "body"
) -> ParsedEmail:
    """The email read into fields and signals, dated in `timezone`; nothing is stored."""
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > MAX_EMAIL_BYTES:
        raise EmailTooLargeError(
            f"The email is {size} bytes; at most {MAX_EMAIL_BYTES} (256 KiB) can be read."
        )
    zone = ZoneInfo(timezone)
    try:
        return parse_email(raw, today=now.astimezone(zone).date(), zone=zone)
    except EmailError as error:
        raise UnreadableEmailError(
            f"email: {error}", errors=_email_error("unreadable_email", str(error), location)
        ) from None
    except Exception as error:
        # A parser bug must not turn the candidate's paste into a 500; the log names the
        # failure, never the email (a message may quote it).
        logger.error("the email parser failed", extra={"error": type(error).__name__})
        message = "the parser could not read this email; send the fields without it"
        raise UnreadableEmailError(
            f"email: {message}.", errors=_email_error("unreadable_email", message, location)
        ) from None


def _merged(found: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`found` under `given`: nested objects merge field by field, the caller's side wins."""
    merged = dict(found)
    for name, value in given.items():
        if isinstance(value, dict) and isinstance(merged.get(name), dict):
            merged[name] = _merged(merged[name], value)
        else:
            merged[name] = value
    return merged


def _leaves(values: dict[str, Any], prefix: str = "") -> set[str]:
    paths = set()
    for name, value in values.items():
        path = f"{prefix}{name}"
        if isinstance(value, dict):
            paths |= _leaves(value, f"{path}.")
        elif value is not None and value is not False:
            # A signal the email did not raise was not "given" by it.
            paths.add(path)
    return paths


def _missing_from_email(error: FieldError) -> FieldError:
    if error.code != "missing":
        return error
    return error.model_copy(
        update={"message": "Field required: the email does not say it, so give it."}
    )


def context_from_email(
    given: dict[str, Any], email: str, *, now: datetime
) -> tuple[RejectionContext, list[str]]:
    """The context drafted from `email` with the caller's `given` fields on top, and the
    dotted paths of the fields the email filled."""
    # The caller's zone dates the email; an unknown one is named by the context's check.
    timezone = given.get("timezone")
    timezone = timezone if timezone in known_timezones() else "UTC"
    parsed = read_email(email, timezone=timezone, now=now)
    if not parsed.signals.is_rejection.value:
        message = (
            "This does not read as a rejection (an interview invitation, an offer or an "
            "acknowledgement reads otherwise); send the rejection itself, or the fields "
            "without `email`."
        )
        raise NotARejectionError(
            f"email: {message}", errors=_email_error("not_a_rejection", message, "body")
        )
    found = context_values(parsed)
    merged = _merged(found, given)
    try:
        context = RejectionContext.model_validate(merged)
    except ValidationError as invalid:
        errors = [
            _missing_from_email(field_error(error, "body", error["loc"], body=merged))
            for error in invalid.errors()
        ]
        raise UnprocessableError(invalid_fields(errors), errors=errors) from None
    return context, sorted(_leaves(found) - _leaves(given))
