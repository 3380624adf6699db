"""Keyset pagination over time-ordered ids: the opaque cursor every id-ordered list hands out."""

import base64
import uuid

# 16 id bytes as unpadded base64url: always 22 characters, so any string the route's pattern
# admits decodes to an id.
ID_CURSOR_PATTERN = r"^[A-Za-z0-9_-]{22}$"


def encode_id_cursor(last_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(last_id.bytes).rstrip(b"=").decode()


def decode_id_cursor(cursor: str) -> uuid.UUID:
    return uuid.UUID(bytes=base64.urlsafe_b64decode(cursor + "=="))
