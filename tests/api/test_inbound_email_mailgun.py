"""Forwarding through a Mailgun route: the email as a form signed with HMAC-SHA256 over
timestamp + token, a stale timestamp or a token used twice refused."""

import time
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from tests.api.inbound_email_support import (
    ADDRESS,
    CANDIDATE_REF,
    MAILGUN_KEY,
    create,
    drafted,
    fixture,
    forward_message,
    mailgun_fields,
    mailgun_signature,
    multipart,
    outcomes,
    post,
    rejection_eml,
)
from tests.api.webhook_support import deliveries, rejections_count


@pytest.fixture
def mailgun(client: TestClient) -> dict[str, Any]:
    return create(client, "mailgun", secret=MAILGUN_KEY)


def _form(fields: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    return urlencode(fields).encode(), {"content-type": "application/x-www-form-urlencoded"}


def _send(client: TestClient, integration: dict[str, Any], fields: dict[str, str]) -> Any:
    body, headers = _form(fields)
    return post(client, integration, body, headers)


def _forward(text_fixture: str = "gmail-forward.txt", **signature: Any) -> dict[str, str]:
    return mailgun_fields(forward_message(fixture(text_fixture))) | mailgun_signature(**signature)


def test_a_signed_route_post_drafts_the_forwarded_rejection(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    assert mailgun["secret"] is None  # Mailgun's key is never echoed

    response = _send(client, mailgun, _forward())

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    context = rejection["context"]
    assert context["candidate"]["name"] == "Maya Chen"
    assert context["company"]["name"] == "Acme Robotics"
    assert context["role"]["title"] == "Senior Data Engineer"
    assert context["contact"]["title"] == "Engineering Manager"
    assert context["candidate_ref"] == CANDIDATE_REF
    assert context["signals"]["invited_to_reapply"] is True


def test_a_multipart_post_with_the_rejection_attached_is_read_from_the_attachment(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    fields = mailgun_fields(forward_message("Attached, thanks!")) | mailgun_signature()
    fields["attachment-count"] = "1"
    files = {"attachment-1": ("rejection.eml", "message/rfc822", rejection_eml())}
    body, content_type = multipart(fields, files)

    response = post(client, mailgun, body, {"content-type": content_type})

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["company"]["name"] == "Acme Robotics"
    assert rejection["context"]["rejected_on"] == "2026-11-20"


def test_a_mime_route_posts_the_whole_message_in_body_mime(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    forward = forward_message("Attached, thanks!", attached=rejection_eml())
    fields = {
        "recipient": ADDRESS,
        "sender": "maya.chen@inboxly.example",
        "from": str(forward["From"]),
        "subject": str(forward["Subject"]),
        "body-mime": forward.as_string(),
    } | mailgun_signature()

    response = _send(client, mailgun, fields)

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["role"]["title"] == "Senior Data Engineer"


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        pytest.param(_forward(key="another-key"), "signature does not match", id="wrong key"),
        pytest.param(
            _forward(at=int(time.time()) - 600), "outside the 5-minute", id="stale timestamp"
        ),
        pytest.param(
            {key: value for key, value in _forward().items() if key != "signature"},
            "missing",
            id="unsigned",
        ),
    ],
)
def test_a_forged_stale_or_unsigned_post_is_refused_and_nothing_is_stored(
    client: TestClient, mailgun: dict[str, Any], fields: dict[str, str], why: str
) -> None:
    response = _send(client, mailgun, fields)

    assert response.status_code == 401
    assert why in response.json()["detail"]
    assert MAILGUN_KEY not in response.text
    rows = deliveries(mailgun["id"])
    assert [row.disposition for row in rows] == ["rejected_signature"]
    assert rows[0].body is None
    assert drafted(client) == []


def test_a_replayed_token_is_refused_even_inside_the_window(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    fields = _forward()

    first = _send(client, mailgun, fields)
    replay = _send(client, mailgun, fields)

    assert first.status_code == 200
    assert replay.status_code == 401
    assert "used before" in replay.json()["detail"]
    assert sorted(row.disposition for row in deliveries(mailgun["id"])) == [
        "drafted",
        "rejected_signature",
    ]
    assert rejections_count() == 1


def test_the_same_rejection_forwarded_twice_drafts_once(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    # Two forwards of one rejection, each its own message, token and signature.
    _send(client, mailgun, _forward())
    again = _send(client, mailgun, _forward())

    assert again.status_code == 200
    assert rejections_count() == 1
    latest = outcomes(client, mailgun)[0]
    assert latest["outcome"] == "ignored"
    assert "rejected already" in latest["error"]


def test_a_non_rejection_is_ignored(client: TestClient, mailgun: dict[str, Any]) -> None:
    response = _send(client, mailgun, _forward("gmail-forward-interview-invite.txt"))

    assert response.json()["status"] == "ignored"
    assert drafted(client) == []


def test_a_post_before_the_key_is_set_waits_and_drafts_once_it_is(
    client: TestClient,
) -> None:
    integration = create(client, "mailgun")

    waiting = _send(client, integration, _forward())
    client.patch(f"/v1/integrations/{integration['id']}", json={"secret": MAILGUN_KEY})

    assert waiting.json()["status"] == "awaiting_secret"
    assert [row["outcome"] for row in outcomes(client, integration)] == ["drafted"]


def test_a_post_without_its_recipient_is_a_406_naming_the_field(
    client: TestClient, mailgun: dict[str, Any]
) -> None:
    fields = _forward()
    del fields["recipient"]

    response = _send(client, mailgun, fields)

    # Mailgun stops retrying on a 406 only: the same post would come back for 8 hours.
    assert response.status_code == 406
    assert "'recipient'" in response.json()["detail"]
