"""Deliveries that arrive before the integration has a secret are parked, not refused.

Why: the README allows "create first, set the secret after", and Ashby never retries a 401
(https://developers.ashbyhq.com/docs/retries: 401, 403, 404, 405 and 410 are not retried),
so a 401 there loses the event for good. While an integration has no secret, an unverifiable
delivery is kept as `awaiting_secret`; the secret, once set, decides what it was.
"""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.services import webhooks as webhook_service
from app.worker import Worker
from tests.api.outbound_support import Clock
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    post,
    rejections_count,
    signed,
    use_secret,
)
from tests.ats.support import SECRET, raw

REJECT = raw("greenhouse-reject_candidate.json")
ASHBY = raw("ashby-candidateStageChange.json")
ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))


def _set_secret(client: TestClient, integration: dict[str, Any], secret: str = SECRET) -> None:
    # The PATCH releases the parked deliveries after its answer (a background sweep).
    response = client.patch(f"/v1/integrations/{integration['id']}", json={"secret": secret})
    assert response.status_code == 200, response.text


def test_a_delivery_before_the_secret_is_parked_and_drafted_once_the_secret_is_set(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse", secret=None)

    parked = post(client, integration, REJECT, signed("greenhouse", REJECT))

    assert parked.status_code == 200
    assert parked.json()["status"] == "awaiting_secret"
    [row] = deliveries(integration["id"])
    arrived = row.received_at
    assert row.disposition == "awaiting_secret"
    assert row.body is not None
    assert row.body.endswith(REJECT)
    assert row.event is None  # nothing unauthenticated is read out of it
    assert rejections_count() == 0

    _set_secret(client, integration)

    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted"
    assert row.application_id is not None
    assert row.received_at == arrived  # the arrival time stays, for event-time ordering
    assert row.body is None
    assert rejections_count() == 1


def test_an_ashby_delivery_with_its_signature_header_is_drafted_after_the_secret(
    client: TestClient,
) -> None:
    integration = create_integration(client, "ashby", secret=None)

    parked = post(client, integration, ASHBY, signed("ashby", ASHBY))
    assert parked.status_code == 200  # not a 401: Ashby would never send it again
    _set_secret(client, integration)

    assert [row.disposition for row in deliveries(integration["id"])] == ["drafted"]
    assert rejections_count() == 1


def test_a_parked_delivery_and_its_retry_draft_once(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse", secret=None)

    for _ in range(2):
        post(client, integration, REJECT, signed("greenhouse", REJECT, event_id="gh-7"))
    _set_secret(client, integration)

    assert sorted(row.disposition for row in deliveries(integration["id"])) == [
        "drafted",
        "duplicate",
    ]
    assert rejections_count() == 1


def test_a_parked_delivery_with_a_forged_signature_is_refused_once_the_secret_is_set(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse", secret=None)

    forged = post(client, integration, REJECT, signed("greenhouse", REJECT, secret="not-it"))
    assert forged.json()["status"] == "awaiting_secret"
    _set_secret(client, integration)

    [row] = deliveries(integration["id"])
    assert row.disposition == "rejected_signature"
    assert row.error is not None
    assert "secret set later" in row.error
    assert row.body is None
    assert rejections_count() == 0


def test_a_lever_delivery_is_judged_fresh_as_of_its_arrival(client: TestClient) -> None:
    integration = create_integration(client, "lever", secret=None)

    post(client, integration, lever_body(ARCHIVE), {"content-type": "application/json"})
    _set_secret(client, integration)

    # Verified, then waiting for the API key as any Lever archive event without one does.
    assert [row.disposition for row in deliveries(integration["id"])] == ["needs_details"]


def test_with_a_secret_set_a_wrong_signature_is_still_a_401(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    refused = post(client, integration, REJECT, signed("greenhouse", REJECT, secret="not-it"))

    assert refused.status_code == 401
    assert [row.disposition for row in deliveries(integration["id"])] == ["rejected_signature"]


def test_parking_is_bounded_per_integration_then_503_with_retry_after(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook_service, "PARKED_LIMIT", 3)
    flooded = create_integration(client, "greenhouse", secret=None)
    other = create_integration(client, "greenhouse", secret=None)

    answers = [
        post(client, flooded, REJECT, signed("greenhouse", REJECT, event_id=f"gh-{n}")).status_code
        for n in range(5)
    ]
    full = post(client, flooded, REJECT, signed("greenhouse", REJECT, event_id="gh-9"))
    elsewhere = post(client, other, REJECT, signed("greenhouse", REJECT))

    assert answers == [200, 200, 200, 503, 503]
    assert full.status_code == 503
    assert full.headers["retry-after"] == str(webhook_service.PARKED_RETRY_AFTER_SECONDS)
    assert full.headers["content-type"] == "application/problem+json"
    assert len(deliveries(flooded["id"])) == 3
    assert elsewhere.status_code == 200  # the bound is per integration


def test_deliveries_parking_at_once_never_pass_the_bound(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On PostgreSQL the integration's row is locked while counting; SQLite's writers take turns.
    monkeypatch.setattr(webhook_service, "PARKED_LIMIT", 3)
    integration = create_integration(client, "greenhouse", secret=None)

    def send(n: int) -> int:
        headers = signed("greenhouse", REJECT, event_id=f"gh-{n}")
        return post(client, integration, REJECT, headers).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = sorted(pool.map(send, range(12)))

    assert answers == [200] * 3 + [503] * 9
    assert len(deliveries(integration["id"])) == 3


def test_a_parked_delivery_expires_after_72_hours_unverified(
    client: TestClient, worker: Worker, clock: Clock
) -> None:
    integration = create_integration(client, "greenhouse", secret=None)
    post(client, integration, REJECT, signed("greenhouse", REJECT))

    clock.advance(timedelta(hours=71))
    assert worker.prune()["webhook_parked_expired"] == 0
    clock.advance(timedelta(hours=2))
    assert worker.prune()["webhook_parked_expired"] == 1

    [row] = deliveries(integration["id"])
    assert row.disposition == "failed"
    assert row.error is not None
    assert "72 hours" in row.error
    assert row.body is None
    _set_secret(client, integration)
    assert [row.disposition for row in deliveries(integration["id"])] == ["failed"]
    assert rejections_count() == 0


def test_the_worker_sweep_releases_what_was_parked(client: TestClient, worker: Worker) -> None:
    # A secret set some other way than the PATCH (the worker's periodic sweep still finds it).
    integration = create_integration(client, "greenhouse", secret=None)
    post(client, integration, REJECT, signed("greenhouse", REJECT))
    use_secret(integration["id"], SECRET)
    worker.sweep_webhooks()

    assert [row.disposition for row in deliveries(integration["id"])] == ["drafted"]
