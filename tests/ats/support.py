"""Fixtures signed the way each vendor signs them, with test secrets."""

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.ats import Delivery, IntegrationDefaults

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ats"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEFAULTS = IntegrationDefaults(company_name="Acme Robotics")
SECRET = "test-secret-current"
PREVIOUS = "test-secret-previous"
GENERIC_SECRET = "whsec_" + base64.b64encode(b"a test key of thirty-two bytes!!").decode()


def raw(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture(name: str) -> dict[str, Any]:
    value = json.loads(raw(name))
    assert isinstance(value, dict)
    return value


def dumps(value: dict[str, Any]) -> bytes:
    return json.dumps(value).encode()


def hex_hmac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def delivery(body: bytes, headers: dict[str, str] | None = None) -> Delivery:
    return Delivery(headers=headers or {}, body=body, received_at=NOW)


def greenhouse(body: bytes, secret: str = SECRET, event_id: str = "gh-evt-1") -> Delivery:
    signature = f"sha256 {hex_hmac(secret, body)}"
    return delivery(body, {"signature": signature, "greenhouse-event-id": event_id})


def ashby(body: bytes, secret: str = SECRET) -> Delivery:
    return delivery(body, {"ashby-signature": f"sha256={hex_hmac(secret, body)}"})


def workable(body: bytes, secret: str = SECRET) -> Delivery:
    return delivery(body, {"x-workable-signature": hex_hmac(secret, body)})


def lever(
    payload: dict[str, Any],
    secret: str = SECRET,
    *,
    at: datetime = NOW,
    token: str = "f" * 48,
) -> Delivery:
    """Lever signs `token` + `triggeredAt` (ms) and puts the signature in the body."""
    triggered = int(at.timestamp() * 1000)
    signed = dict(payload, token=token, triggeredAt=triggered)
    signed["signature"] = hex_hmac(secret, f"{token}{triggered}".encode())
    return delivery(dumps(signed), {"user-agent": "Lever-Webhooks"})


def generic(
    body: bytes, secret: str = GENERIC_SECRET, *, msg_id: str = "msg_1", at: datetime = NOW
) -> Delivery:
    stamp = str(int(at.timestamp()))
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return delivery(
        body,
        {
            "webhook-id": msg_id,
            "webhook-timestamp": stamp,
            "webhook-signature": f"v1,{base64.b64encode(mac).decode()}",
        },
    )
