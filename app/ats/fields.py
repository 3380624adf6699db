"""Reading vendor JSON defensively: every failure is a PayloadError naming the field's path.

Values are never echoed into messages: they may hold personal data.
"""

import json
from datetime import UTC, datetime
from typing import Any

from app.ats.base import PayloadError

JsonObject = dict[str, Any]


def load_object(body: bytes) -> JsonObject:
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
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
