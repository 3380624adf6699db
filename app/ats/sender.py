"""Sign a delivery the way a vendor signs it, for `rejoinder webhooks sign`.

An integrator wiring up an ATS wants to see one delivery accepted before the vendor sends a
real one. Each scheme here signs with the very primitives its adapter verifies with
(`signing.hex_hmac`, the `standardwebhooks` package), so what this module signs is what the
receiver accepts, and a change to one side shows up as a failing test of the other.

Bundled example payloads (app/ats/data/examples/<provider>.json) are small company-side
rejections that each adapter drafts; for the inbound-email vendors, a candidate's forward of
one (SendGrid's and Mailgun's as a JSON object of their form fields).
"""

import base64
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
from app.ats.sendgrid_signing import public_key
from app.ats.signing import hex_hmac

JSON = "application/json"


class SigningError(Exception):
    """The secret or the payload cannot be signed as the vendor signs (message names which)."""


Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SignedDelivery:
    """What to post: the exact `body` with its headers, in sending order; or, for the vendors
    that post forms (SendGrid, Mailgun), the `form` fields, which curl encodes itself since
    their signatures do not cover the body (`multipart` as SendGrid sends, else urlencoded as
    Mailgun sends a form without attachments)."""

    body: bytes
    headers: Pairs
    form: Pairs = ()
    multipart: bool = False


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


def _basic(secret: str) -> tuple[str, str]:
    # Postmark and SendGrid send the credentials of the webhook URL; the user name is free.
    return ("Authorization", "Basic " + base64.b64encode(f"rejoinder:{secret}".encode()).decode())


def _form_fields(body: bytes, provider: str) -> Pairs:
    """A form vendor's payload file: a JSON object of the form's text fields."""
    try:
        fields = f.load_object(body)
    except PayloadError as error:
        raise SigningError(
            f"a {provider} payload must be a JSON object of fields: {error}"
        ) from None
    if not all(isinstance(value, str) for value in fields.values()):
        raise SigningError(f"every field of a {provider} payload must be a string")
    return tuple((name, str(value)) for name, value in fields.items())


def _postmark(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    return SignedDelivery(body, (("Content-Type", JSON), _basic(secret)))


def _sendgrid(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    if public_key(secret) is not None:
        # A signing policy's public key verifies; only SendGrid holds the private half.
        raise SigningError("a SendGrid public key cannot sign: give the Basic auth password")
    return SignedDelivery(b"", (_basic(secret),), _form_fields(body, "sendgrid"), multipart=True)


def _mailgun(body: bytes, secret: str, now: datetime, delivery_id: str) -> SignedDelivery:
    # Mailgun signs `timestamp` + `token` (a fresh one: the receiver takes each once).
    stamp, token = str(int(now.timestamp())), random.token_hex(25)
    signature = hex_hmac(secret, (stamp + token).encode())
    fields = _form_fields(body, "mailgun")
    signed = (("timestamp", stamp), ("token", token), ("signature", signature))
    return SignedDelivery(b"", (), fields + signed)


_SIGNERS: dict[str, Callable[[bytes, str, datetime, str], SignedDelivery]] = {
    "greenhouse": _greenhouse,
    "lever": _lever,
    "ashby": _ashby,
    "workable": _workable,
    "generic": _generic,
    "postmark": _postmark,
    "sendgrid": _sendgrid,
    "mailgun": _mailgun,
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
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        # A shell command carries text: bytes that are not UTF-8 would not survive a paste.
        raise SigningError("the payload is not UTF-8 text") from None
    return signer(body, secret, now, delivery_id)


def curl_command(url: str, delivery: SignedDelivery) -> str:
    """A POSIX-shell `curl` that posts exactly `delivery.body` with its headers: every part
    single-quoted, so a pasted body is sent byte for byte (`--data-binary` keeps newlines)."""
    lines = [f"curl -sS -X POST {shlex.quote(url)}"]
    lines += [f"  -H {shlex.quote(f'{name}: {value}')}" for name, value in delivery.headers]
    if delivery.form:
        # --form-string and --data-urlencode take a value literally (no @file, no ;type=).
        flag = "--form-string" if delivery.multipart else "--data-urlencode"
        lines += [f"  {flag} {shlex.quote(f'{name}={value}')}" for name, value in delivery.form]
    else:
        lines.append(f"  --data-binary {shlex.quote(delivery.body.decode('utf-8'))}")
    return " \\\n".join(lines)
