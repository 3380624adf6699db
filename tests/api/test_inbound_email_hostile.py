"""Forwarding under hostile or odd input: bodies that nest without end, forms with endless
fields, a Mailgun subaccount's parent signature, an email that cannot be read, and a
rejection attached twice recognised at once."""

import hashlib
import hmac
import json
import logging
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from tests.api.inbound_email_support import (
    ADDRESS,
    MAILGUN_KEY,
    basic,
    create,
    drafted,
    fixture,
    forward_message,
    mailgun_fields,
    mailgun_signature,
    multipart,
    post,
    postmark_body,
    rejection_eml,
    sendgrid_fields,
)
from tests.api.webhook_support import rejections_count

FORM = {"content-type": "application/x-www-form-urlencoded"}
JSON = {"content-type": "application/json"}


def _nested(levels: int) -> str:
    head = 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    return head + "".join(
        f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n'
        for i in range(levels)
    )


@pytest.fixture
def mailgun(client: TestClient) -> dict[str, Any]:
    return create(client, "mailgun", secret=MAILGUN_KEY)


def test_a_message_nested_thousands_deep_is_refused_not_a_crash(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    fields = {"recipient": ADDRESS, "body-mime": _nested(3000)} | mailgun_signature()

    response = post(client, mailgun, urlencode(fields).encode(), FORM)

    assert response.status_code == 406
    assert "nests more than 100" in response.json()["detail"]
    assert drafted(client) == []


def test_a_form_with_endless_fields_is_a_400(client: TestClient) -> None:
    sendgrid = create(client, "sendgrid", secret="parse-password")
    fields = sendgrid_fields(forward_message(fixture("gmail-forward.txt")))
    fields |= {f"extra{i}": "x" for i in range(300)}
    body, content_type = multipart(fields)

    response = post(
        client, sendgrid, body, {"content-type": content_type} | basic("parse-password")
    )

    assert response.status_code == 400
    assert "more than 200 fields" in response.json()["detail"]


def test_a_subaccounts_post_verifies_by_its_parent_signature(client: TestClient) -> None:
    integration = create(client, "mailgun", secret="primary-account-key")
    fields = mailgun_fields(forward_message(fixture("gmail-forward.txt")))
    fields |= mailgun_signature("subaccount-key")
    signed = (fields["timestamp"] + fields["token"]).encode()
    fields["parent-signature"] = hmac.new(
        b"primary-account-key", signed, hashlib.sha256
    ).hexdigest()

    response = post(client, integration, urlencode(fields).encode(), FORM)

    assert response.status_code == 200, response.text
    assert len(drafted(client)) == 1


@pytest.mark.parametrize(
    ("text", "raw", "why"),
    [
        pytest.param("", None, "no text, HTML or attached message", id="empty"),
        pytest.param("x", b"From: a@b.example\r\n\r\n\x00\x01", "binary", id="binary"),
    ],
)
def test_an_email_that_cannot_be_read_is_refused_naming_the_problem(
    client: TestClient, text: str, raw: bytes | None, why: str
) -> None:
    postmark = create(client, "postmark")
    body = postmark_body(text, raw=raw)

    response = post(client, postmark, body, JSON | basic(postmark["secret"]))

    assert response.status_code == 403
    assert why in response.json()["detail"]
    assert drafted(client) == []


def test_a_rejection_attached_twice_is_a_duplicate_on_arrival(client: TestClient) -> None:
    # Attached whole, the rejection keeps its Message-ID and Date: the second forward is
    # known for what it is before anything is stored for processing.
    postmark = create(client, "postmark")
    headers = JSON | basic(postmark["secret"])

    post(client, postmark, postmark_body("fyi", attachment=rejection_eml()), headers)
    again = post(client, postmark, postmark_body("again", attachment=rejection_eml()), headers)

    assert again.json()["status"] == "duplicate"
    assert rejections_count() == 1


def test_an_address_that_is_none_is_dropped_not_a_reason_to_lose_the_drafts(
    client: TestClient,
) -> None:
    postmark = create(client, "postmark")
    body = json.loads(postmark_body(fixture("gmail-forward.txt")))
    body["From"] = "maya@localhost"
    body["FromFull"] = {"Email": "maya@localhost", "Name": "Maya Chen"}

    response = post(client, postmark, json.dumps(body).encode(), JSON | basic(postmark["secret"]))

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["candidate"]["name"] == "Maya Chen"
    assert rejection["context"]["candidate"]["email"] is None


def test_passwords_and_signing_keys_never_reach_the_logs(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    postmark = create(client, "postmark")
    mailgun = create(client, "mailgun", secret=MAILGUN_KEY)
    text = fixture("gmail-forward.txt")
    post(client, postmark, postmark_body(text), JSON | basic(postmark["secret"]))
    post(client, postmark, postmark_body(text), JSON | basic("a-wrong-password"))
    fields = mailgun_fields(forward_message(text)) | mailgun_signature()
    post(client, mailgun, urlencode(fields).encode(), FORM)
    post(client, mailgun, urlencode(fields).encode(), FORM)  # a replay

    logged = "\n".join(f"{record.getMessage()} {record.__dict__}" for record in caplog.records)
    assert postmark["secret"] not in logged
    assert basic(postmark["secret"])["authorization"].split()[1] not in logged
    assert "a-wrong-password" not in logged
    assert MAILGUN_KEY not in logged
    assert "refused" in logged  # the refusals were logged, without what was sent
