"""Reads a rejection email into a draft context and signals (pure: no database, no HTTP).

`parse_email(raw, today=..., zone=...)` takes pasted text or a raw RFC 822 message (bytes);
`parse_message(message, ...)` an already parsed `email.message.EmailMessage` (the inbound
email webhooks build one from the vendor's fields). Both raise `EmailError` for input that is
not an email at all, and answer `signals.is_rejection.value == False` for one that is not a
rejection. `context_values(parsed)` gives the values found as a partial RejectionContext
(with its `signals`), for the caller to merge under its own fields.
"""

from app.inbox.parse import context_values, parse_email, parse_message
from app.inbox.reading import MAX_EMAIL_BYTES
from app.inbox.results import (
    EmailError,
    Found,
    ParsedContext,
    ParsedEmail,
    Signal,
    Signals,
)

__all__ = [
    "MAX_EMAIL_BYTES",
    "EmailError",
    "Found",
    "ParsedContext",
    "ParsedEmail",
    "Signal",
    "Signals",
    "context_values",
    "parse_email",
    "parse_message",
]
