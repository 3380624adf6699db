"""HMAC-SHA256 checks shared by the vendors: a hex digest, or (Workable) maybe base64."""

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence

from app.ats.base import SignatureError


def hex_hmac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def usable_secrets(secrets: Sequence[str]) -> list[str]:
    # An empty secret verifies against an empty key, which anyone can forge.
    usable = [secret for secret in secrets if secret]
    if not usable:
        raise SignatureError("no signing secret is configured for this integration")
    return usable


def matches_hex(given: str, secrets: Sequence[str], message: bytes) -> bool:
    """True when `given` is the hex HMAC of `message` under any one of `secrets`.

    During a rotation window both the current and the previous secret are accepted.
    """
    candidate = given.strip().lower().encode("utf-8", errors="replace")
    return any(
        hmac.compare_digest(hex_hmac(secret, message).encode(), candidate)
        for secret in usable_secrets(secrets)
    )


def require_hex(given: str | None, secrets: Sequence[str], message: bytes, *, header: str) -> None:
    if not given:
        raise SignatureError(f"missing {header} header")
    if not matches_hex(given, secrets, message):
        raise SignatureError(f"{header} does not match the body")


def matches_hex_or_base64(given: str, secrets: Sequence[str], message: bytes) -> bool:
    """Like `matches_hex`, but a digest sent as base64 (standard or URL-safe, padded or not)
    also matches: for a vendor whose docs do not say which encoding it sends."""
    if matches_hex(given, secrets, message):
        return True
    text = given.strip()
    try:
        sent = base64.b64decode(
            text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True
        )
    except (binascii.Error, ValueError):
        return False
    return any(
        hmac.compare_digest(hmac.new(secret.encode(), message, hashlib.sha256).digest(), sent)
        for secret in usable_secrets(secrets)
    )


def require_hex_or_base64(
    given: str | None, secrets: Sequence[str], message: bytes, *, header: str
) -> None:
    if not given:
        raise SignatureError(f"missing {header} header")
    if not matches_hex_or_base64(given, secrets, message):
        raise SignatureError(f"{header} does not match the body")


def require_sha256_hex(
    given: str | None, secrets: Sequence[str], message: bytes, *, header: str, separator: str
) -> None:
    """A `sha256<separator><hex>` header (Greenhouse: a space, Ashby: `=`) over `message`."""
    if not given:
        raise SignatureError(f"missing {header} header")
    algorithm, _, digest = given.strip().partition(separator)
    if algorithm.lower() != "sha256" or not digest:
        raise SignatureError(f"{header} is not 'sha256{separator}<hex>'")
    require_hex(digest, secrets, message, header=header)
