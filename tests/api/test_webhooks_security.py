"""The receiver refuses what is forged, tampered with, stale or replayed: 401, and nothing of the
request is stored but one counted `rejected_signature` entry. Bad bodies are 400/413/415."""

import json
import logging
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from app.models import WebhookDelivery
from app.settings import Settings
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    now,
    post,
    rejections_count,
    set_previous_secret_expiry,
    signed,
)
from tests.ats.support import SECRET, raw
from tests.inspection import inspection_session

REJECT = raw("greenhouse-reject_candidate.json")
ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))
JSON = {"content-type": "application/json"}


def _assert_refused(
    client: TestClient, integration: dict[str, Any], response: httpx.Response
) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    [row] = deliveries(str(integration["id"]))
    assert (row.disposition, row.body, row.vendor_delivery_id, row.event) == (
        "rejected_signature",
        None,
        None,
        None,
    )
    assert rejections_count() == 0


def test_a_forged_signature_is_a_401_and_stores_no_body(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    response = post(client, integration, REJECT, signed("greenhouse", REJECT, secret="guess"))

    _assert_refused(client, integration, response)


def test_a_body_with_one_byte_changed_is_a_401(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    headers = signed("greenhouse", REJECT)
    tampered = REJECT.replace(b"Hector", b"Hactor", 1)

    response = post(client, integration, tampered, headers)

    _assert_refused(client, integration, response)


def test_a_missing_signature_is_a_401(client: TestClient) -> None:
    integration = create_integration(client, "ashby")
    body = raw("ashby-candidateStageChange.json")

    response = post(client, integration, body, JSON)

    _assert_refused(client, integration, response)
    assert "Ashby-Signature" in response.json()["detail"]


def test_a_stale_standard_webhooks_timestamp_is_a_401(client: TestClient) -> None:
    integration = create_integration(client, "generic")
    body = raw("generic-candidate.rejected.json")
    headers = signed("generic", body, secret=integration["secret"], at=now() - timedelta(minutes=6))

    response = post(client, integration, body, headers)

    _assert_refused(client, integration, response)


# Lever's own documentation (hire.lever.co/developer/documentation#webhooks; help.lever.co,
# "Configuring webhooks") sets no freshness window and no single use of `token`: both were
# our rules, and they lost events sent during an outage and retries of the same body. Only
# a `triggeredAt` more than 7 days away is refused (app/ats/lever.MAX_AGE).
def test_a_lever_delivery_sent_during_an_hour_long_outage_is_accepted(client: TestClient) -> None:
    integration = create_integration(client, "lever")
    body = lever_body(ARCHIVE, at=now() - timedelta(hours=1))

    response = post(client, integration, body, JSON)

    assert response.status_code == 200, response.text
    assert [row.disposition for row in deliveries(integration["id"])] == ["needs_details"]


def test_a_lever_triggered_at_older_than_seven_days_is_a_401(client: TestClient) -> None:
    integration = create_integration(client, "lever")
    body = lever_body(ARCHIVE, at=now() - timedelta(days=7, minutes=1))

    response = post(client, integration, body, JSON)

    _assert_refused(client, integration, response)


def test_a_lever_retry_of_the_same_body_is_a_duplicate_not_a_401(client: TestClient) -> None:
    integration = create_integration(client, "lever")
    body = lever_body(ARCHIVE)
    assert post(client, integration, body, JSON).status_code == 200

    retry = post(client, integration, body, JSON)

    assert retry.status_code == 200, retry.text
    assert retry.json()["status"] == "duplicate"
    outcomes = [row.disposition for row in deliveries(integration["id"])]
    assert outcomes == ["needs_details", "duplicate"]


def test_refusals_in_a_row_are_counted_on_one_entry(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    for _ in range(3):
        post(client, integration, REJECT, signed("greenhouse", REJECT, secret="guess"))

    [row] = deliveries(integration["id"])

    assert (row.disposition, row.count) == ("rejected_signature", 3)
    listed = client.get(f"/v1/integrations/{integration['id']}/deliveries").json()["items"]
    assert [(item["outcome"], item["count"]) for item in listed] == [("rejected_signature", 3)]


def test_an_integration_without_a_secret_answers_pings_and_parks_the_rest(
    client: TestClient,
) -> None:
    # Parked until a secret is set (tests/api/test_webhooks_parking.py), not refused: Ashby
    # never retries a 401.
    integration = create_integration(client, "greenhouse", secret=None)

    ping = post(client, integration, raw("greenhouse-ping.json"), JSON)
    reject = post(client, integration, REJECT, signed("greenhouse", REJECT))

    assert ping.status_code == 200
    assert ping.json()["status"] == "handshake"
    assert reject.status_code == 200
    assert reject.json()["status"] == "awaiting_secret"


def test_the_previous_secret_is_accepted_for_24_hours_and_refused_after(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")
    rotated = client.patch(f"/v1/integrations/{integration['id']}", json={"secret": "new-one"})
    assert rotated.status_code == 200
    expires = rotated.json()["previous_secret_expires_at"]
    assert expires is not None

    with_old = post(client, integration, REJECT, signed("greenhouse", REJECT, secret=SECRET))
    assert with_old.status_code == 200

    set_previous_secret_expiry(integration["id"], now() - timedelta(seconds=1))
    late = post(client, integration, REJECT, signed("greenhouse", REJECT, event_id="gh-2"))
    with_new = post(
        client, integration, REJECT, signed("greenhouse", REJECT, secret="new-one", event_id="gh-3")
    )

    assert late.status_code == 401
    assert with_new.status_code == 200  # a duplicate of the first: same application
    assert with_new.json()["status"] == "duplicate"


def test_an_unknown_integration_is_a_404(client: TestClient) -> None:
    response = client.post(f"/v1/webhooks/{uuid.uuid4()}", content=REJECT, headers=JSON)

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_malformed_json_is_a_400(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    body = b'{"action": "reject_candidate", '

    response = post(client, integration, body, signed("greenhouse", body))

    assert response.status_code == 400
    assert [row.body for row in deliveries(integration["id"])] == [None]


def test_a_payload_missing_what_the_vendor_always_sends_is_a_400(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    body = json.dumps({"action": "reject_candidate", "payload": {}}).encode()

    response = post(client, integration, body, signed("greenhouse", body))

    assert response.status_code == 400
    assert "payload.application" in response.json()["detail"]
    [row] = deliveries(integration["id"])
    assert (row.disposition, row.body) == ("failed", None)


def test_a_lever_body_that_is_not_an_object_is_a_400(client: TestClient) -> None:
    integration = create_integration(client, "lever")

    response = post(client, integration, b"[1, 2]", JSON)

    assert response.status_code == 400
    assert deliveries(integration["id"]) == []


def test_webhook_bodies_may_exceed_the_api_limit_up_to_256_kib(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    padded = json.loads(REJECT)
    padded["padding"] = "x" * 100_000
    body = json.dumps(padded).encode()

    response = post(client, integration, body, signed("greenhouse", body))

    assert response.status_code == 200


def test_a_webhook_body_over_256_kib_is_a_413(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    body = b'{"padding": "' + b"x" * (256 * 1024) + b'"}'

    response = post(client, integration, body, signed("greenhouse", body))

    assert response.status_code == 413
    assert deliveries(integration["id"]) == []


def test_the_api_keeps_its_own_64_kib_limit(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations", content=b'{"p": "' + b"x" * 70_000 + b'"}', headers=JSON
    )

    assert response.status_code == 413


def test_a_body_that_is_not_json_is_a_415(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    response = post(client, integration, b"action=ping", {"content-type": "text/plain"})

    assert response.status_code == 415


def test_secrets_and_api_keys_never_reach_the_logs(
    client: TestClient,
    caplog: pytest.LogCaptureFixture,
    outbound_settings: Settings,  # the dead API below is on loopback, allowed in development
) -> None:
    caplog.set_level(logging.DEBUG)
    integration = create_integration(
        client,
        "lever",
        secret="lever-token-xyz",
        api_key="key-abc",
        api_base_url="http://127.0.0.1:9/v1",  # nothing listens: the fetch fails fast
    )
    post(client, integration, lever_body(ARCHIVE, secret="lever-token-xyz"), JSON)
    post(client, integration, lever_body(ARCHIVE, token="u" * 48), JSON)

    logged = "\n".join(f"{record.getMessage()} {record.__dict__}" for record in caplog.records)
    assert "lever-token-xyz" not in logged
    assert "key-abc" not in logged


def test_nul_characters_in_a_signed_payload_never_cause_a_500(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    payload = json.loads(REJECT)
    payload["payload"]["application"]["candidate"]["first_name"] = "Hec\u0000tor"
    odd_action = json.dumps({"action": "\u0000", "payload": {}}).encode()
    odd_name = json.dumps(payload).encode()

    ignored = post(client, integration, odd_action, signed("greenhouse", odd_action))
    drafted = post(client, integration, odd_name, signed("greenhouse", odd_name, event_id="x"))

    assert (ignored.status_code, ignored.json()["status"]) == (200, "ignored")
    assert drafted.status_code == 200
    # SQLite stores the name; PostgreSQL text cannot hold NUL, so there it is a failed entry.
    assert deliveries(integration["id"])[-1].disposition in {"drafted", "failed"}


def test_50_forged_deliveries_with_alternating_reasons_grow_the_log_by_one_row(
    client: TestClient,
) -> None:
    """Issue 12 #8: refusals collapse per integration and window whatever their reason, so a
    forger alternating bad signatures, stale timestamps and missing headers adds one row."""
    integration = create_integration(client, "generic")
    body = raw("generic-candidate.rejected.json")
    forgeries = [
        signed("generic", body, secret="whsec_" + "Z" * 32),
        signed("generic", body, secret=integration["secret"], at=now() - timedelta(minutes=6)),
        JSON,
    ]

    for attempt in range(50):
        response = post(client, integration, body, forgeries[attempt % len(forgeries)])
        assert response.status_code == 401, response.text

    [row] = deliveries(integration["id"])
    assert (row.disposition, row.count, row.body) == ("rejected_signature", 50, None)
    assert row.error == response.json()["detail"].removeprefix(
        "The delivery is not authentic: "
    ).removesuffix(".")
    # A genuine delivery still lands, and a refusal after it joins the same window's row.
    genuine = post(client, integration, body, signed("generic", body, secret=integration["secret"]))
    assert genuine.status_code == 200, genuine.text
    post(client, integration, body, forgeries[0])
    outcomes = [(item.disposition, item.count) for item in deliveries(integration["id"])]
    assert outcomes[0] == ("rejected_signature", 51)
    assert len(outcomes) == 2


def test_a_refusal_after_the_window_starts_a_new_row(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client.app.state.settings, "webhook_refusal_window_seconds", 60)
    integration = create_integration(client, "greenhouse")
    post(client, integration, REJECT, signed("greenhouse", REJECT, secret="guess"))
    with inspection_session(write=True) as session, session.begin():
        session.execute(
            sa.update(WebhookDelivery).values(received_at=now() - timedelta(seconds=61))
        )

    post(client, integration, REJECT, signed("greenhouse", REJECT, secret="guess"))

    assert [row.count for row in deliveries(integration["id"])] == [1, 1]
