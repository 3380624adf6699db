"""Scrub credentials from uvicorn's access log before any handler sees a line.

A calendar feed's URL is its credential (`/v1/calendar-feeds/rjf_….ics`), and a client may
put a key in a query string however the API is called. The access line keeps the route,
the other parameters and the status; the credential becomes `[redacted]`.
"""

import logging
import re
from urllib.parse import unquote_plus

REDACTED = "[redacted]"
# Query parameters whose value is a credential, compared case-insensitively once decoded.
SECRET_PARAMETERS = frozenset(
    {"key", "token", "api_key", "apikey", "secret", "access_token", "password"}
)
# The feed URL's last segment, whatever the token's form; feed ids (UUIDs) never end in .ics.
_FEED_TOKEN = re.compile(r"(/calendar-feeds/)[^/]+(\.ics)$")
_ANY_FEED_TOKEN = re.compile(r"rjf_[A-Za-z0-9_-]+")


def scrub_target(target: str) -> str:
    """The request target (path and query) with feed tokens and secret parameters redacted."""
    path, mark, query = target.partition("?")
    path = _ANY_FEED_TOKEN.sub(REDACTED, path)
    path = _FEED_TOKEN.sub(rf"\g<1>{REDACTED}\g<2>", path)
    if not mark:
        return path
    parts = []
    for part in query.split("&"):
        name, equals, _ = part.partition("=")
        if equals and unquote_plus(name).strip().lower() in SECRET_PARAMETERS:
            part = f"{name}={REDACTED}"
        parts.append(part)
    return f"{path}?{'&'.join(parts)}"


class ScrubAccessLog(logging.Filter):
    """Rewrites the target argument of uvicorn's access line:
    `'%s - "%s %s HTTP/%s" %d'` with (client, method, target, version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], scrub_target(args[2]), *args[3:])
        return True


def install() -> None:
    """Attach the filter to uvicorn's access logger, once per process."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(existing, ScrubAccessLog) for existing in logger.filters):
        logger.addFilter(ScrubAccessLog())
