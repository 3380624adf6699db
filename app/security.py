"""API keys: how they look, how they are hashed, how they are checked.

A key reads `rj_live_<key id>_<secret>`. The key id is public (lists and logs show it); only a
SHA-256 of the whole key is stored. Keys are 190+ bits of randomness, so a fast hash is enough:
no one can guess their way to a preimage, and a slow KDF would tax every request.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

KEY_PREFIX = "rj_live_"
_KEY_ID_BYTES = 6
_SECRET_BYTES = 24


@dataclass(frozen=True, slots=True)
class NewKey:
    key_id: str
    secret_hash: str
    plaintext: str


def generate_key() -> NewKey:
    key_id = secrets.token_hex(_KEY_ID_BYTES)
    plaintext = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(_SECRET_BYTES)}"
    return NewKey(key_id=key_id, secret_hash=hash_key(plaintext), plaintext=plaintext)


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def key_id_of(plaintext: str) -> str | None:
    """The public id inside a presented key, or None when it is not shaped like one."""
    if not plaintext.startswith(KEY_PREFIX):
        return None
    key_id, underscore, secret = plaintext[len(KEY_PREFIX) :].partition("_")
    if len(key_id) != 2 * _KEY_ID_BYTES or not underscore or not secret:
        return None
    return key_id


def key_matches(plaintext: str, secret_hash: str) -> bool:
    return hmac.compare_digest(hash_key(plaintext), secret_hash)
