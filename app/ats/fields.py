"""Reading vendor JSON defensively: every failure is a PayloadError naming the field's path.

Values are never echoed into messages: they may hold personal data.
"""

import json
import re
from datetime import UTC, datetime
from typing import Any

from app.ats.base import PayloadError

JsonObject = dict[str, Any]

# No vendor nests deeper than a dozen levels; a body nested past this is refused before the
# parser sees it, so a hostile `[[[[…]]]]` can never exhaust the interpreter's recursion.
MAX_DEPTH = 64
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")


def nesting_depth(body: bytes) -> int:
    """How deeply `body`'s arrays and objects nest, ignoring brackets inside strings."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKET)
    depth = deepest = 0
    for byte in brackets:
        depth = depth + 1 if byte in b"[{" else depth - 1
        deepest = max(deepest, depth)
    return deepest


def load_object(body: bytes) -> JsonObject:
    if nesting_depth(body) > MAX_DEPTH:
        raise PayloadError(f"body is nested more than {MAX_DEPTH} levels deep")
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise PayloadError("body is not valid JSON") from error
    if not isinstance(value, dict):
        raise PayloadError("body is not a JSON object")
    return value


def try_load_object(body: bytes) -> JsonObject | None:
    try:
        return load_object(body)
    except PayloadError:
        return None


def obj(parent: JsonObject, key: str, path: str) -> JsonObject:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise PayloadError(f"{path}.{key} is missing or not an object")
    return value


def opt_obj(parent: JsonObject, key: str) -> JsonObject | None:
    value = parent.get(key)
    return value if isinstance(value, dict) else None


def text(parent: JsonObject, key: str, path: str) -> str:
    value = opt_text(parent, key)
    if value is None:
        raise PayloadError(f"{path}.{key} is missing or not a non-empty string")
    return value


def opt_text(parent: JsonObject, key: str) -> str | None:
    value = parent.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def ident(parent: JsonObject, key: str, path: str) -> str:
    """An id the vendor may send as a number or a string; always returned as a string."""
    value = opt_ident(parent, key)
    if value is None:
        raise PayloadError(f"{path}.{key} is missing or not an id")
    return value


def opt_ident(parent: JsonObject, key: str) -> str | None:
    value = parent.get(key)
    # bool is an int in Python; `true` is never an id.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return opt_text(parent, key)


def flag(parent: JsonObject, key: str, path: str) -> bool:
    value = parent.get(key)
    if not isinstance(value, bool):
        raise PayloadError(f"{path}.{key} is missing or not a boolean")
    return value


def opt_iso_time(parent: JsonObject, key: str) -> datetime | None:
    """An ISO-8601 time; an unreadable one is dropped, since it is only used for dating."""
    value = opt_text(parent, key)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def opt_ms_time(parent: JsonObject, key: str) -> datetime | None:
    value = parent.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def full_name(first: str | None, last: str | None) -> str | None:
    joined = " ".join(part for part in (first, last) if part)
    return joined or None
