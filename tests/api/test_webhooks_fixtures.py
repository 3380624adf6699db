"""Every vendor fixture through the HTTP receiver, signed with a test secret as the vendor signs."""

import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.services import webhooks as webhook_service
from app.settings import Settings
from tests.api.webhook_support import (
    COMPANY,
    create_integration,
    deliveries,
    lever_body,
    post,
    rejections_count,
    signed,
    use_secret,
)
from tests.ats.support import FIXTURES, GENERIC_SECRET, SECRET, raw

VECTOR = json.loads(raw("generic-standard-webhooks-test-vector.json"))
VECTOR_TIME = datetime.fromtimestamp(int(VECTOR["headers"]["webhook-timestamp"]), tz=UTC)

# fixture -> (provider, HTTP status, receipt status, delivery outcome after processing)
DRAFTED = {
    "greenhouse-reject_candidate.json": "greenhouse",
    "greenhouse-reject_candidate-none_specified.json": "greenhouse",
    "greenhouse-reject_candidate-interviewers.json": "greenhouse",
    "ashby-candidateStageChange.json": "ashby",
    "ashby-candidateStageChange-no_webhookActionId.json": "ashby",
    "ashby-candidateStageChange-archived_with_history.json": "ashby",
    "workable-candidate_moved.json": "workable",
    "workable-candidate_moved-bare_candidate.json": "workable",
    "generic-candidate.rejected.json": "generic",
}
HANDSHAKES = {
    "greenhouse-ping.json": "greenhouse",
    "ashby-ping.json": "ashby",
    "lever-test-request.json": "lever",
}
COVERED = {
    *DRAFTED,
    *HANDSHAKES,
    "greenhouse-unreject_candidate.json",
    "ashby-candidateStageChange-unarchived.json",
    "lever-candidateStageChange.json",
    "lever-candidateArchiveChange.json",
    "generic-standard-webhooks-test-vector.json",
}


def _send(
    client: TestClient, integration: dict[str, Any], name: str, provider: str
) -> httpx.Response:
    if provider == "lever":
        body = lever_body(json.loads(raw(name)))
        return post(client, integration, body, {"content-type": "application/json"})
    body = raw(name)
    # A generic sender signs with the secret shown once when the integration was created.
    secret = integration["secret"] if provider == "generic" else None
    return post(client, integration, body, signed(provider, body, secret=secret))


def test_every_fixture_is_sent_through_the_receiver_by_a_test_here() -> None:
    assert {path.name for path in FIXTURES.glob("*.json")} == COVERED


@pytest.mark.parametrize(("name", "provider"), sorted(DRAFTED.items()))
def test_a_company_side_rejection_is_drafted(client: TestClient, name: str, provider: str) -> None:
    integration = create_integration(client, provider)

    response = _send(client, integration, name, provider)

    assert response.status_code == 200, response.text
    assert response.json()["status"] == "received"
    [row] = deliveries(integration["id"])
    assert (row.disposition, row.body) == ("drafted", None)
    rejection = client.get(f"/v1/rejections/{row.rejection_id}").json()
    assert rejection["status"] == "drafted"
    assert rejection["context"]["company"]["name"] == COMPANY
    assert rejection["drafts"]["last_pitch"]["body"]


def test_the_greenhouse_rejection_maps_names_stage_and_refs(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    _send(client, integration, "greenhouse-reject_candidate.json", "greenhouse")

    [row] = deliveries(integration["id"])
    context = client.get(f"/v1/rejections/{row.rejection_id}").json()["context"]
    assert context["candidate"]["name"] == "Hector Porter"
    assert context["role"]["title"] == "Designer"
    assert context["stage"] == "final"  # Greenhouse stage "Offer"
    assert context["external_ref"] == "265293"
    listed = client.get("/v1/rejections").json()["items"][0]
    assert listed["id"] == str(row.rejection_id)


@pytest.mark.parametrize(("name", "provider"), sorted(HANDSHAKES.items()))
def test_a_handshake_is_answered_200_and_stores_nothing(
    client: TestClient, name: str, provider: str
) -> None:
    integration = create_integration(client, provider)

    # Unsigned: handshakes arrive before the vendor knows, or uses, the secret.
    response = post(client, integration, raw(name), {"content-type": "application/json"})

    assert response.status_code == 200
    assert response.json() == {"status": "handshake", "delivery": None, "reason": None}
    assert deliveries(integration["id"]) == []


def test_a_lever_stage_change_is_acknowledged_as_ignored(client: TestClient) -> None:
    integration = create_integration(client, "lever")

    response = _send(client, integration, "lever-candidateStageChange.json", "lever")

    assert response.status_code == 200
    assert response.json()["status"] == "ignored"
    assert "candidateArchiveChange" in response.json()["reason"]
    [row] = deliveries(integration["id"])
    assert (row.disposition, row.body) == ("ignored", None)


def test_a_lever_archive_without_an_api_key_needs_details(client: TestClient) -> None:
    integration = create_integration(client, "lever")

    response = _send(client, integration, "lever-candidateArchiveChange.json", "lever")

    assert response.status_code == 200
    [row] = deliveries(integration["id"])
    assert row.disposition == "needs_details"
    assert "without an API key" in (row.error or "")
    assert row.application_id == "3410c8b9-5c31-4bab-b7e9-9f710206d647"
    assert rejections_count() == 0


def test_an_unrejection_alone_is_remembered(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    _send(client, integration, "greenhouse-unreject_candidate.json", "greenhouse")

    [row] = deliveries(integration["id"])
    assert row.disposition == "withdrawn"
    assert rejections_count() == 0


def test_the_standard_webhooks_vector_authenticates_at_its_own_time(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook_service, "utcnow", lambda: VECTOR_TIME)
    integration = create_integration(client, "generic")
    use_secret(integration["id"], VECTOR["secret"])

    response = post(
        client,
        integration,
        VECTOR["body"].encode(),
        {"content-type": "application/json", **VECTOR["headers"]},
    )

    # Past the signature: the vector's body `{"test": ...}` is not a `candidate.rejected`.
    assert response.status_code == 400, response.text
    assert "body.type" in response.json()["detail"]
    assert [row.disposition for row in deliveries(integration["id"])] == ["failed"]


def test_the_standard_webhooks_vector_is_stale_today(client: TestClient) -> None:
    integration = create_integration(client, "generic")
    use_secret(integration["id"], VECTOR["secret"])

    response = post(
        client,
        integration,
        VECTOR["body"].encode(),
        {"content-type": "application/json", **VECTOR["headers"]},
    )

    assert response.status_code == 401
    assert "tolerance" in response.json()["detail"]


def test_the_generic_fixture_signed_by_the_reference_library_is_drafted(client: TestClient) -> None:
    integration = create_integration(client, "generic")
    use_secret(integration["id"], GENERIC_SECRET)
    body = raw("generic-candidate.rejected.json")

    response = post(client, integration, body, signed("generic", body))

    assert response.status_code == 200
    assert [row.disposition for row in deliveries(integration["id"])] == ["drafted"]


def test_a_greenhouse_none_specified_reason_is_drafted_without_a_reason(client: TestClient) -> None:
    # Harvest's "None specified" rejection-reason type
    # (https://developers.greenhouse.io/harvest.html#rejection-reasons) names no reason.
    integration = create_integration(client, "greenhouse")

    _send(client, integration, "greenhouse-reject_candidate-none_specified.json", "greenhouse")

    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted"
    context = client.get(f"/v1/rejections/{row.rejection_id}").json()["context"]
    assert context["reason"] is None
    assert context["stage"] == "phone_screen"  # "Hiring Manager Screen"


def test_greenhouse_interviewers_each_get_a_thank_you(client: TestClient) -> None:
    # current_stage.interviews[].interviewers[] (https://developers.greenhouse.io/webhooks.html
    # #candidate-stage-change): the held interviews' panel, once each.
    integration = create_integration(client, "greenhouse")

    _send(client, integration, "greenhouse-reject_candidate-interviewers.json", "greenhouse")

    [row] = deliveries(integration["id"])
    rejection = client.get(f"/v1/rejections/{row.rejection_id}").json()
    names = [person["name"] for person in rejection["context"]["interviewers"]]
    assert names == ["Priya Natarajan", "Tomas Greer"]
    thanks = rejection["drafts"]["interviewer_thanks"]
    assert len(thanks) == 2
    assert "Priya" in thanks[0]["body"]
    assert "Tomas" in thanks[1]["body"]


def test_an_ashby_delivery_without_a_webhook_action_id_is_drafted_once(client: TestClient) -> None:
    # `webhookActionId` is not in the schema's required keys
    # (https://developers.ashbyhq.com/reference/candidatestagechangewebhook); a retry of the
    # same bytes is a duplicate of the first delivery, not a 400.
    integration = create_integration(client, "ashby")
    name = "ashby-candidateStageChange-no_webhookActionId.json"

    first = _send(client, integration, name, "ashby")
    retry = _send(client, integration, name, "ashby")

    assert (first.status_code, retry.status_code) == (200, 200)
    assert retry.json()["status"] == "duplicate"
    assert [row.disposition for row in deliveries(integration["id"])] == ["drafted", "duplicate"]


def test_an_ashby_move_back_out_of_archived_withdraws_the_plan(client: TestClient) -> None:
    # Archived with a history (stage: Technical Interview), then moved back out of Archived
    # (https://developers.ashbyhq.com/reference/candidatestagechangewebhook; history entries as
    # https://developers.ashbyhq.com/reference/applicationlisthistory answers them).
    integration = create_integration(client, "ashby")

    _send(client, integration, "ashby-candidateStageChange-archived_with_history.json", "ashby")
    response = _send(client, integration, "ashby-candidateStageChange-unarchived.json", "ashby")

    assert response.status_code == 200, response.text
    drafted, withdrawn = deliveries(integration["id"])
    assert (drafted.disposition, withdrawn.disposition) == ("drafted", "withdrawn")
    rejection = client.get(f"/v1/rejections/{drafted.rejection_id}").json()
    assert rejection["context"]["stage"] == "technical"
    assert rejection["status"] == "withdrawn_by_employer"
    assert "pending" not in {step["status"] for step in rejection["follow_up_plan"]["steps"]}


def test_a_workable_bare_candidate_signed_in_base64_is_drafted_once(client: TestClient) -> None:
    # Workable POSTs "the associated resource" (https://workable.readme.io/reference/
    # webhook-subscriptions-candidates-employees) and names HMAC-SHA256 in X-Workable-Signature
    # without saying how it is encoded: a base64 digest and a body without `id`/`event_type`.
    integration = create_integration(client, "workable")
    body = raw("workable-candidate_moved-bare_candidate.json")
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).digest()
    headers = {
        "content-type": "application/json",
        "x-workable-signature": base64.b64encode(digest).decode(),
    }

    first = post(client, integration, body, headers)
    retry = post(client, integration, body, headers)

    assert first.status_code == 200, first.text
    assert retry.json()["status"] == "duplicate"
    drafted, duplicate = deliveries(integration["id"])
    assert (drafted.disposition, duplicate.disposition) == ("drafted", "duplicate")
    assert (drafted.vendor_delivery_id or "").startswith("sha256:")


def test_the_cli_prints_the_last_delivery_of_an_integration(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    integration = create_integration(client, "workable")
    _send(client, integration, "workable-candidate_moved-bare_candidate.json", "workable")
    settings: Settings = client.app.state.settings  # type: ignore[attr-defined]
    monkeypatch.setattr("app.cli.get_settings", lambda: settings)

    result = CliRunner().invoke(cli, ["integrations", "test-delivery", integration["id"]])

    assert result.exit_code == 0, result.output
    [row] = deliveries(integration["id"])
    assert "event: candidate_moved" in result.output
    assert f"vendor delivery id: {row.vendor_delivery_id}" in result.output
    assert "disposition: drafted" in result.output
    assert "error: -" in result.output
    assert "received at: " in result.output
    assert SECRET not in result.output


def test_the_cli_says_when_nothing_has_arrived_or_the_integration_is_unknown(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    integration = create_integration(client, "workable")
    settings: Settings = client.app.state.settings  # type: ignore[attr-defined]
    monkeypatch.setattr("app.cli.get_settings", lambda: settings)

    quiet = CliRunner().invoke(cli, ["integrations", "test-delivery", integration["id"]])
    unknown = CliRunner().invoke(cli, ["integrations", "test-delivery", str(uuid.uuid4())])
    malformed = CliRunner().invoke(cli, ["integrations", "test-delivery", "not-an-id"])

    assert quiet.exit_code == 0
    assert "no delivery yet" in quiet.output
    assert (unknown.exit_code, malformed.exit_code) == (1, 2)
