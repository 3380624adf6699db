"""Forwarding through SendGrid's Inbound Parse: Basic credentials from the Parse URL or a signing
security policy's ECDSA signature, the email as `multipart/form-data`, parsed into fields or
posted raw ("Send Raw")."""

import base64
import json
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient

from app.ats.base import Delivery
from app.ats.sendgrid import SendGridAdapter
from app.services.integrations import IntegrationDefaults
from tests.api.inbound_email_support import (
    ADDRESS,
    CANDIDATE_REF,
    basic,
    create,
    drafted,
    fixture,
    forward_message,
    multipart,
    outcomes,
    post,
    rejection_eml,
    sendgrid_fields,
)
from tests.api.webhook_support import deliveries, now

PASSWORD = "parse-url-password-from-the-admin"


@pytest.fixture
def sendgrid(client: TestClient) -> dict[str, Any]:
    return create(client, "sendgrid", secret=PASSWORD)


def _send(
    client: TestClient,
    integration: dict[str, Any],
    fields: dict[str, str],
    files: dict[str, tuple[str, str, bytes]] | None = None,
    *,
    password: str = PASSWORD,
) -> Any:
    body, content_type = multipart(fields, files)
    return post(client, integration, body, {"content-type": content_type} | basic(password))


def test_a_parsed_inbound_post_drafts_the_forwarded_rejection(
    client: TestClient, sendgrid: dict[str, Any]
) -> None:
    assert sendgrid["secret"] is None  # the admin's own password is never echoed

    response = _send(
        client, sendgrid, sendgrid_fields(forward_message(fixture("gmail-forward.txt")))
    )

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    context = rejection["context"]
    assert context["candidate"]["name"] == "Maya Chen"
    assert context["company"]["name"] == "Acme Robotics"
    assert context["role"]["title"] == "Senior Data Engineer"
    assert context["contact"]["email"] == "jordan.lee@acme-robotics.example"
    assert context["candidate_ref"] == CANDIDATE_REF
    assert context["signals"]["feedback_offered"] is True


def test_send_raw_posts_the_whole_message_with_the_rejection_attached(
    client: TestClient, sendgrid: dict[str, Any]
) -> None:
    forward = forward_message("See the attached rejection.", attached=rejection_eml())
    fields = {
        "email": forward.as_string(),
        "to": ADDRESS,
        "from": str(forward["From"]),
        "subject": str(forward["Subject"]),
        "envelope": json.dumps({"to": [ADDRESS], "from": "maya.chen@inboxly.example"}),
        "charsets": json.dumps({"to": "UTF-8", "from": "UTF-8", "subject": "UTF-8"}),
    }

    response = _send(client, sendgrid, fields)

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["company"]["name"] == "Acme Robotics"
    assert rejection["context"]["rejected_on"] == "2026-11-20"


def test_a_rejection_uploaded_as_an_eml_attachment_is_read(
    client: TestClient, sendgrid: dict[str, Any]
) -> None:
    fields = sendgrid_fields(forward_message("Forwarding as an attachment."))
    fields["attachments"] = "1"
    fields["attachment-info"] = json.dumps(
        {"attachment1": {"filename": "rejection.eml", "name": "rejection.eml", "type": ""}}
    )
    files = {"attachment1": ("rejection.eml", "application/octet-stream", rejection_eml())}

    response = _send(client, sendgrid, fields, files)

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["role"]["title"] == "Senior Data Engineer"


def test_the_charset_sendgrid_names_decodes_the_text(
    client: TestClient, sendgrid: dict[str, Any]
) -> None:
    fields = sendgrid_fields(forward_message(fixture("gmail-forward.txt")))
    fields["charsets"] = json.dumps({"text": "iso-8859-1", "subject": "UTF-8"})
    latin = fields["text"].replace("Acme Robotics", "Acme Robótica")
    body, content_type = multipart({key: value for key, value in fields.items() if key != "text"})
    text_part = (
        b"--"
        + content_type.split("=", 1)[1].encode()
        + b'\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
        + latin.encode("iso-8859-1")
        + b"\r\n"
    )
    body = text_part + body

    response = post(client, sendgrid, body, {"content-type": content_type} | basic(PASSWORD))

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["company"]["name"] == "Acme Robótica"


def test_the_stored_body_is_read_again_without_its_content_type() -> None:
    # The receiver keeps the body, not the headers: the boundary is found in the body.
    fields = sendgrid_fields(forward_message(fixture("gmail-forward.txt")))
    body, _ = multipart(fields)
    delivery = Delivery(headers={}, body=body, received_at=now())

    event = SendGridAdapter().parse(delivery, IntegrationDefaults(company_name=""))

    assert event.context is not None
    assert event.context.company.name == "Acme Robotics"


@pytest.mark.parametrize(
    "password", [pytest.param("wrong", id="wrong password"), pytest.param("", id="empty")]
)
def test_wrong_credentials_are_refused_and_nothing_is_stored(
    client: TestClient, sendgrid: dict[str, Any], password: str
) -> None:
    fields = sendgrid_fields(forward_message(fixture("gmail-forward.txt")))

    response = _send(client, sendgrid, fields, password=password)

    assert response.status_code == 401
    assert [row.disposition for row in deliveries(sendgrid["id"])] == ["rejected_signature"]
    assert drafted(client) == []


def test_a_post_without_its_envelope_is_a_400_naming_the_field(
    client: TestClient, sendgrid: dict[str, Any]
) -> None:
    fields = sendgrid_fields(forward_message(fixture("gmail-forward.txt")))
    del fields["envelope"]

    response = _send(client, sendgrid, fields)

    assert response.status_code == 400
    assert "'envelope'" in response.json()["detail"]
    assert [row["outcome"] for row in outcomes(client, sendgrid)] == ["failed"]


# Signed Inbound Parse: the integration's secret is the security policy's public key.


@pytest.fixture
def signing_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def signed_sendgrid(client: TestClient, signing_key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    public = signing_key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return create(client, "sendgrid", secret=base64.b64encode(public).decode())


def _signed_headers(
    key: ec.EllipticCurvePrivateKey, body: bytes, content_type: str, *, at: int | None = None
) -> dict[str, str]:
    stamp = str(at if at is not None else int(time.time()))
    signature = key.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return {
        "content-type": content_type,
        "x-twilio-email-event-webhook-signature": base64.b64encode(signature).decode(),
        "x-twilio-email-event-webhook-timestamp": stamp,
    }


def test_a_signed_parse_post_is_verified_with_the_policys_public_key(
    client: TestClient, signed_sendgrid: dict[str, Any], signing_key: ec.EllipticCurvePrivateKey
) -> None:
    body, content_type = multipart(sendgrid_fields(forward_message(fixture("gmail-forward.txt"))))

    response = post(client, signed_sendgrid, body, _signed_headers(signing_key, body, content_type))

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["company"]["name"] == "Acme Robotics"


@pytest.mark.parametrize("tampering", ["body", "stale", "other key", "basic auth only"])
def test_a_tampered_stale_or_unsigned_parse_post_is_refused(
    client: TestClient,
    signed_sendgrid: dict[str, Any],
    signing_key: ec.EllipticCurvePrivateKey,
    tampering: str,
) -> None:
    body, content_type = multipart(sendgrid_fields(forward_message(fixture("gmail-forward.txt"))))
    headers = _signed_headers(signing_key, body, content_type)
    if tampering == "body":
        body = body.replace(b"Acme Robotics", b"Acme Robotica", 1)
    elif tampering == "stale":
        headers = _signed_headers(signing_key, body, content_type, at=int(time.time()) - 600)
    elif tampering == "other key":
        other = ec.generate_private_key(ec.SECP256R1())
        headers = _signed_headers(other, body, content_type)
    else:
        # The public key is no password: anyone may know it.
        public = signing_key.public_key().public_bytes(
            Encoding.DER, PublicFormat.SubjectPublicKeyInfo
        )
        headers = {"content-type": content_type} | basic(base64.b64encode(public).decode())

    response = post(client, signed_sendgrid, body, headers)

    assert response.status_code == 401
    assert [row.disposition for row in deliveries(signed_sendgrid["id"])] == ["rejected_signature"]
    assert drafted(client) == []
