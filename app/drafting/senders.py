"""Which addresses take no reply: a rejection from `no-reply@…` cannot be answered there.

The patterns live in `data/no_reply.json`; the email parser reads the signal with this, and
the drafts never address a message to such an address.
"""

import json
import re
from importlib import resources

_PATTERNS = json.loads(
    resources.files("app.drafting").joinpath("data/no_reply.json").read_text(encoding="utf-8")
)
_PREFIXES: tuple[str, ...] = tuple(_PATTERNS["exact_or_prefix"])
_CONTAINS: tuple[str, ...] = tuple(_PATTERNS["contains"])
_PUNCTUATION = re.compile(r"[._\-]")


def is_no_reply(address: str | None) -> bool:
    """Whether `address` reads as one that takes no reply ("no-reply@", "donotreply@", ...)."""
    if not address or "@" not in address:
        return False
    local = address.rsplit("@", 1)[0].split("+", 1)[0].lower()
    squeezed = _PUNCTUATION.sub("", local)
    return squeezed.startswith(_PREFIXES) or any(part in squeezed for part in _CONTAINS)
