"""Sign a delivery the way a vendor signs it, for `rejoinder webhooks sign`.

An integrator wiring up an ATS wants to see one delivery accepted before the vendor sends a
real one. Each scheme here signs with the very primitives its adapter verifies with
(`signing.hex_hmac`, the `standardwebhooks` package), so what this module signs is what the
receiver accepts, and a change to one side shows up as a failing test of the other.

Bundled example payloads (app/ats/data/examples/<provider>.json) are small company-side
rejections that each adapter drafts.
"""

import binascii
import json
import secrets as random
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook

from app.ats import fields as f
from app.ats.base import PayloadError
from app.ats.signing import hex_hmac

JSON = "application/json"


class SigningError(Exception):
    """The secret or the payload cannot be signed as the vendor signs (message names which)."""


@dataclass(frozen=True)
class SignedDelivery:
    """The exact bytes to post and the headers that go with them, in sending order."""

    body: bytes
    headers: tuple[tuple[str, str], ...]


def _greenhouse(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    # Greenhouse: `Signature: sha256 <hex>` over the raw body; a fresh event id per delivery.
    return SignedDelivery(
        body,
        (
            ("Content-Type", JSON),
            ("Signature", f"sha256 {hex_hmac(secret, body)}"),
            ("Greenhouse-Event-ID", delivery_id),
        ),
    )


def _ashby(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    return SignedDelivery(
        body, (("Content-Type", JSON), ("Ashby-Signature", f"sha256={hex_hmac(secret, body)}"))
    )


def _workable(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    return SignedDelivery(
        body, (("Content-Type", JSON), ("X-Workable-Signature", hex_hmac(secret, body)))
    )


def _lever(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    """Lever signs `token` + `triggeredAt` and carries all three in the body, so the payload
    is re-serialised with them (whatever the file held for them is replaced)."""
    try:
        payload = f.load_object(body)
    except PayloadError as error:
        raise SigningError(f"a Lever payload must be a JSON object: {error}") from None
    token = random.token_hex(24)  # 48 characters, as Lever's tokens
    triggered = int(now.timestamp() * 1000)
    payload |= {
        "token": token,
        "triggeredAt": triggered,
        "signature": hex_hmac(secret, f"{token}{triggered}".encode()),
    }
    signed = json.dumps(payload, ensure_ascii=False).encode()
    return SignedDelivery(signed, (("Content-Type", JSON), ("User-Agent", "Lever-Webhooks")))


def _generic(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    # Standard Webhooks: the package the receiver verifies with signs `id.timestamp.body`.
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise SigningError("a generic payload must be UTF-8") from None
    try:
        signature = Webhook(secret).sign(delivery_id, now, text)
    except (EmptyWebhookSecretError, binascii.Error, ValueError):
        # The same kinds generic._webhooks skips: a key the package cannot decode.
        raise SigningError("the generic secret is not a 'whsec_' base64 key") from None
    return SignedDelivery(
        body,
        (
            ("Content-Type", JSON),
            ("webhook-id", delivery_id),
            ("webhook-timestamp", str(int(now.timestamp()))),
            ("webhook-signature", signature),
        ),
    )


_SIGNERS: dict[str, Callable[[bytes, str, datetime, str], SignedDelivery]] = {
    "greenhouse": _greenhouse,
    "lever": _lever,
    "ashby": _ashby,
    "workable": _workable,
    "generic": _generic,
}
SIGNABLE = tuple(_SIGNERS)


def example_payload(provider: str) -> bytes:
    """The bundled example rejection for `provider` (one of SIGNABLE)."""
    if provider not in _SIGNERS:
        raise SigningError(f"no example payload for provider {provider!r}")
    examples = resources.files("app.ats").joinpath("data", "examples")
    return examples.joinpath(f"{provider}.json").read_bytes()


def sign_delivery(
    provider: str, body: bytes, secret: str, *, now: datetime, delivery_id: str
) -> SignedDelivery:
    """`body` signed with `secret` as `provider` signs it, at `now`; `delivery_id` becomes the
    vendor's delivery id where the scheme carries one in a header or the signature."""
    signer = _SIGNERS.get(provider)
    if signer is None:
        raise SigningError(f"provider {provider!r} cannot be signed here")
    if not secret:
        # An empty key signs what anyone could forge; the receiver refuses it as well.
        raise SigningError("the secret is empty")
    return signer(body, secret, now, delivery_id)


def curl_command(url: str, delivery: SignedDelivery) -> str:
    """A POSIX-shell `curl` that posts exactly `delivery.body` with its headers: every part
    single-quoted, so a pasted body is sent byte for byte (`--data-binary` keeps newlines)."""
    lines = [f"curl -sS -X POST {shlex.quote(url)}"]
    lines += [f"  -H {shlex.quote(f'{name}: {value}')}" for name, value in delivery.headers]
    lines.append(f"  --data-binary {shlex.quote(delivery.body.decode('utf-8'))}")
    return " \\\n".join(lines)
