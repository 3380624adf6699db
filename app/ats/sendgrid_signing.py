"""SendGrid's signed webhooks (Inbound Parse with a signing "security policy", and the Event
Webhook): ECDSA P-256 with SHA-256 over the timestamp header + the raw body, verified with the
public key SendGrid issues (base64 of its DER SubjectPublicKeyInfo). The `cryptography`
package does the curve arithmetic."""

import base64
import binascii
import re
from collections.abc import Sequence
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key

from app.ats.base import TOLERANCE, Delivery, SignatureError

SIGNATURE_HEADER = "x-twilio-email-event-webhook-signature"
TIMESTAMP_HEADER = "x-twilio-email-event-webhook-timestamp"
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")


def public_key(secret: str) -> ec.EllipticCurvePublicKey | None:
    """The EC public key a secret holds, or None for a secret that is a password."""
    text = secret.strip()
    if "BEGIN PUBLIC KEY" in text:
        text = "".join(line for line in text.splitlines() if "-----" not in line)
    try:
        key = load_der_public_key(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, ec.EllipticCurvePublicKey) else None


def require_signature(
    delivery: Delivery, keys: Sequence[ec.EllipticCurvePublicKey], *, now: datetime
) -> None:
    given = delivery.headers.get(SIGNATURE_HEADER)
    stamp = (delivery.headers.get(TIMESTAMP_HEADER) or "").strip()
    if not given or not stamp:
        raise SignatureError("missing X-Twilio-Email-Event-Webhook-Signature or -Timestamp header")
    if not _UNIX_SECONDS.fullmatch(stamp):
        raise SignatureError("X-Twilio-Email-Event-Webhook-Timestamp is not unix seconds")
    try:
        sent = datetime.fromtimestamp(int(stamp), tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise SignatureError("X-Twilio-Email-Event-Webhook-Timestamp is not a time") from None
    if abs(now - sent) > TOLERANCE:
        raise SignatureError("the signature's timestamp is outside the 5-minute tolerance")
    try:
        signature = base64.b64decode(given.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("X-Twilio-Email-Event-Webhook-Signature is not base64") from None
    signed = stamp.encode() + delivery.body
    for key in keys:
        try:
            key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            continue
        return
    raise SignatureError("X-Twilio-Email-Event-Webhook-Signature does not match the body")
