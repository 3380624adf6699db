"""Forwarding through Postmark's inbound webhook: Basic credentials from the webhook URL, the
email as JSON, a rejection forwarded inline or as an attachment drafted for the candidate the
address names."""

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.inbound_email_support import (
    CANDIDATE_REF,
    basic,
    create,
    drafted,
    fixture,
    outcomes,
    post,
    postmark_body,
    rejection_eml,
)
from tests.api.webhook_support import deliveries, rejections_count

JSON = {"content-type": "application/json"}


@pytest.fixture
def postmark(client: TestClient) -> dict[str, Any]:
    return create(client, "postmark", settings={"timezone": "America/New_York"})


def _send(client: TestClient, integration: dict[str, Any], body: bytes) -> Any:
    return post(client, integration, body, JSON | basic(integration["secret"]))


def test_a_postmark_integration_needs_no_employer_and_gets_a_generated_password(
    postmark: dict[str, Any],
) -> None:
    assert postmark["provider"] == "postmark"
    assert postmark["company_name"] is None
    assert postmark["has_secret"] is True
    assert len(postmark["secret"]) >= 40


def test_a_forwarded_rejection_is_drafted_for_the_candidate_the_address_names(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    response = _send(client, postmark, postmark_body(fixture("gmail-forward.txt")))

    assert response.status_code == 200, response.text
    assert response.json()["status"] == "received"
    [rejection] = drafted(client)
    context = rejection["context"]
    assert context["candidate"]["name"] == "Maya Chen"
    assert context["candidate"]["email"] == "maya.chen@inboxly.example"
    assert context["company"]["name"] == "Acme Robotics"
    assert context["role"]["title"] == "Senior Data Engineer"
    assert context["contact"]["name"] == "Jordan Lee"
    assert context["candidate_ref"] == CANDIDATE_REF
    assert context["timezone"] == "America/New_York"
    assert context["signals"]["feedback_offered"] is True
    assert context["signals"]["invited_to_reapply"] is True
    assert "Acme Robotics" in rejection["drafts"]["last_pitch"]["body"]
    assert [item["outcome"] for item in outcomes(client, postmark)] == ["drafted"]


def test_a_rejection_forwarded_as_an_attachment_is_read_from_the_attachment(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    body = postmark_body("Forwarding as attachment, see below.", attachment=rejection_eml())

    response = _send(client, postmark, body)

    assert response.status_code == 200, response.text
    [rejection] = drafted(client)
    assert rejection["context"]["company"]["name"] == "Acme Robotics"
    assert rejection["context"]["role"]["title"] == "Senior Data Engineer"
    assert rejection["context"]["candidate"]["name"] == "Maya Chen"
    assert rejection["context"]["rejected_on"] == "2026-11-20"


def test_the_same_rejection_forwarded_twice_drafts_once(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    # Two forwards: each its own Postmark MessageID, the rejection inside the same.
    _send(client, postmark, postmark_body(fixture("gmail-forward.txt")))
    again = _send(client, postmark, postmark_body(fixture("gmail-forward.txt")))

    assert again.status_code == 200
    assert rejections_count() == 1
    assert len(drafted(client)) == 1
    # An inline forward gives no rejection time, so the second is recognised once read.
    second = outcomes(client, postmark)[0]
    assert second["outcome"] == "ignored"
    assert "rejected already" in second["error"]


def test_a_postmark_retry_of_one_message_is_a_duplicate(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    body = postmark_body(fixture("gmail-forward.txt"))

    _send(client, postmark, body)
    retry = _send(client, postmark, body)

    assert retry.json()["status"] == "duplicate"
    assert rejections_count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="no credentials"),
        pytest.param(basic("not-the-password"), id="wrong password"),
        pytest.param({"authorization": "Bearer abc"}, id="not basic"),
        pytest.param({"authorization": "Basic %%%"}, id="not base64"),
    ],
)
def test_wrong_or_missing_credentials_are_refused_and_nothing_is_stored(
    client: TestClient, postmark: dict[str, Any], headers: dict[str, str]
) -> None:
    response = post(client, postmark, postmark_body(fixture("gmail-forward.txt")), JSON | headers)

    assert response.status_code == 401
    assert postmark["secret"] not in response.text
    rows = deliveries(postmark["id"])
    assert [row.disposition for row in rows] == ["rejected_signature"]
    assert rows[0].body is None
    assert drafted(client) == []


def test_a_forwarded_interview_invitation_is_ignored(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    response = _send(client, postmark, postmark_body(fixture("gmail-forward-interview-invite.txt")))

    assert response.status_code == 200
    assert response.json()["status"] == "ignored"
    assert "not read as a rejection" in response.json()["reason"]
    assert drafted(client) == []


def test_a_rejection_naming_no_company_or_role_needs_details(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    response = _send(client, postmark, postmark_body(fixture("gmail-forward-no-company.txt")))

    assert response.status_code == 200
    [row] = outcomes(client, postmark)
    assert row["outcome"] == "needs_details"
    assert "company.name" in row["error"]
    assert "role.title" in row["error"]
    assert drafted(client) == []


def test_a_fixed_candidate_ref_and_employer_fill_what_the_address_and_email_lack(
    client: TestClient,
) -> None:
    integration = create(
        client,
        "postmark",
        company_name="Hire Mail Inc",
        settings={"candidate_ref": "cand-77"},
    )
    body = json.loads(postmark_body(fixture("gmail-forward-no-company.txt")))
    body["MailboxHash"] = ""

    _send(client, integration, json.dumps(body).encode())

    [row] = outcomes(client, integration)
    # The employer is filled in; the role is still missing.
    assert row["outcome"] == "needs_details"
    assert "company.name" not in row["error"]
    assert "role.title" in row["error"]


def test_a_body_without_its_message_id_is_a_403_naming_the_field(
    client: TestClient, postmark: dict[str, Any]
) -> None:
    body = json.loads(postmark_body(fixture("gmail-forward.txt")))
    del body["MessageID"]

    response = _send(client, postmark, json.dumps(body).encode())

    # Postmark stops retrying on a 403 only: the same post would come back ten times.
    assert response.status_code == 403
    assert "MessageID" in response.json()["detail"]


def test_an_ats_integration_takes_no_candidate_ref(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations",
        json={
            "provider": "greenhouse",
            "company_name": "Acme Robotics",
            "settings": {"candidate_ref": "cand-1"},
        },
    )

    assert response.status_code == 422
    assert "candidate_ref" in response.text


def test_an_ats_integration_cannot_be_given_a_candidate_ref_later(client: TestClient) -> None:
    created = client.post(
        "/v1/integrations",
        json={"provider": "greenhouse", "company_name": "Acme Robotics", "secret": "s" * 24},
    ).json()

    response = client.patch(
        f"/v1/integrations/{created['id']}", json={"settings": {"candidate_ref": "cand-1"}}
    )

    assert response.status_code == 422
    assert "only an email integration" in response.json()["detail"]


def test_an_email_integration_shows_its_candidate_ref(client: TestClient) -> None:
    created = create(client, "mailgun", settings={"candidate_ref": "cand-9"})

    shown = client.get(f"/v1/integrations/{created['id']}").json()

    assert shown["settings"]["candidate_ref"] == "cand-9"
    assert shown["company_name"] is None
