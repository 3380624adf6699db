"""A tenant never sees, changes or learns of another tenant's records: 404, never 403.

The test walks the app's own routes, so a route added without tenant scoping fails here
until it is given a request below and answers 404 across tenants.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.worker import Worker
from tests.helpers import example_context, v1_routes

# What each route is sent when another tenant calls it with tenant a's ids.
REQUESTS: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/v1/rejections/{rejection_id}"): {},
    ("PATCH", "/v1/rejections/{rejection_id}"): {"json": {"outcome": "offer"}},
    ("DELETE", "/v1/rejections/{rejection_id}"): {},
    ("POST", "/v1/rejections/{rejection_id}/stop"): {"json": {"reason": "contact_asked"}},
    ("POST", "/v1/rejections/{rejection_id}/drafts"): {"json": {"tone": "formal"}},
    ("GET", "/v1/rejections/{rejection_id}/drafts"): {},
    ("GET", "/v1/integrations/{integration_id}"): {},
    ("PATCH", "/v1/integrations/{integration_id}"): {"json": {"company_name": "Taken"}},
    ("DELETE", "/v1/integrations/{integration_id}"): {},
    ("GET", "/v1/integrations/{integration_id}/deliveries"): {},
    ("PATCH", "/v1/rejections/{rejection_id}/plan/steps/{step_id}"): {"json": {"status": "done"}},
    ("GET", "/v1/rejections/{rejection_id}/plan.ics"): {},
    ("HEAD", "/v1/rejections/{rejection_id}/plan.ics"): {},
    ("POST", "/v1/rejections/{rejection_id}/replies"): {"json": {"on": "2026-11-27"}},
    ("POST", "/v1/calendar-feeds/{feed_id}/rotate"): {},
    ("POST", "/v1/calendar-feeds/{feed_id}/revoke"): {},
    ("GET", "/v1/endpoints/{endpoint_id}"): {},
    ("PATCH", "/v1/endpoints/{endpoint_id}"): {"json": {"disabled": True}},
    ("DELETE", "/v1/endpoints/{endpoint_id}"): {},
    ("POST", "/v1/endpoints/{endpoint_id}/rotate-secret"): {},
    ("GET", "/v1/endpoints/{endpoint_id}/deliveries"): {},
    ("POST", "/v1/endpoints/{endpoint_id}/deliveries/{delivery_id}/retry"): {},
}
# Routes without an id of their own: they must show tenant b nothing of tenant a's.
COLLECTIONS = {
    ("GET", "/v1/rejections"): lambda body: body["items"] == [],
    ("GET", "/v1/stats"): lambda body: body["total"] == 0,
    ("POST", "/v1/rejections"): None,  # creates in the caller's own tenant
    ("POST", "/v1/drafts/review"): None,  # reads no stored record
    ("POST", "/v1/drafts/preview"): None,  # reads no stored record
    ("GET", "/v1/integrations"): lambda body: body["items"] == [],
    ("POST", "/v1/integrations"): None,  # creates in the caller's own tenant
    ("GET", "/v1/plan/due"): lambda body: body["items"] == [],
    ("GET", "/v1/quiet-periods"): lambda body: body["periods"] == [],
    ("PATCH", "/v1/quiet-periods"): None,  # the caller's own tenant's settings
    ("GET", "/v1/calendar-feeds"): lambda body: body["items"] == [],
    ("POST", "/v1/calendar-feeds"): None,  # creates in the caller's own tenant
    ("GET", "/v1/endpoints"): lambda body: body["items"] == [],
    ("POST", "/v1/endpoints"): None,  # creates in the caller's own tenant
}
# Routes outside tenant scoping, each with the reason.
EXEMPT = {
    # Its auth is the vendor's signature, not an API key: the integration id routes the
    # request to whichever tenant owns it, and only a delivery signed with that
    # integration's secret is accepted (tests/api/test_webhooks_security.py).
    ("POST", "/v1/webhooks/{integration_id}"): "ATS webhook receiver",
    # Its auth is the unguessable token in the path (a calendar app sends no API key); a
    # token of tenant a lists only the steps of the one candidate it was made for
    # (tests/api/test_plan_calendar.py).
    ("GET", "/v1/calendar-feeds/{token}.ics"): "calendar feed by token",
    ("HEAD", "/v1/calendar-feeds/{token}.ics"): "calendar feed by token, headers only",
    # Reads the email in the request and stores nothing: no tenant's record to reach.
    ("POST", "/v1/rejections/parse"): "email parser, stateless",
    # Only POST reads an email; the other methods answer 405 (test_email_intake.py).
    **{
        (method, "/v1/rejections/parse"): "405"
        for method in ("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
    },
}
INTEGRATION = {"provider": "greenhouse", "company_name": "Acme Robotics", "secret": "s3cret"}


def test_every_v1_route_is_covered_by_this_test(rejoinder_app: FastAPI) -> None:
    uncovered = set(v1_routes(rejoinder_app)) - REQUESTS.keys() - COLLECTIONS.keys() - EXEMPT.keys()

    assert uncovered == set()


def test_another_tenants_record_is_404_on_every_route(
    client: TestClient, other_client: TestClient, rejoinder_app: FastAPI, worker: Worker
) -> None:
    ids = outbound_records(client, worker)
    created = client.post("/v1/rejections", json=example_context()).json()
    integration = client.post("/v1/integrations", json=INTEGRATION).json()
    ids["{step_id}"] = created["follow_up_plan"]["steps"][0]["id"]

    for (method, path), request in REQUESTS.items():
        url = path.replace("{rejection_id}", created["id"])
        url = url.replace("{integration_id}", integration["id"])
        for placeholder, value in ids.items():
            url = url.replace(placeholder, value)
        response = other_client.request(method, url, **request)

        assert response.status_code == 404, (method, path, response.text)

    after = client.get(f"/v1/rejections/{created['id']}").json()
    assert after == created


def test_collections_show_another_tenant_nothing(
    client: TestClient, other_client: TestClient
) -> None:
    client.post("/v1/rejections", json=example_context())
    client.post("/v1/integrations", json=INTEGRATION)

    for (method, path), empty in COLLECTIONS.items():
        if empty is None:
            continue
        response = other_client.request(method, path)
        assert response.status_code == 200
        assert empty(response.json()), (method, path)


def outbound_records(client: TestClient, worker: Worker) -> dict[str, str]:
    """Tenant a's calendar feed, endpoint and one delivery to it."""
    feed = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-1234"}).json()
    endpoint = client.post(
        "/v1/endpoints", json={"url": "http://127.0.0.1:9/hook", "events": ["plan.step_updated"]}
    ).json()
    other = client.post("/v1/rejections", json=example_context()).json()
    step = other["follow_up_plan"]["steps"][0]
    client.patch(f"/v1/rejections/{other['id']}/plan/steps/{step['id']}", json={"status": "done"})
    worker.fan_out()
    [delivery] = client.get(f"/v1/endpoints/{endpoint['id']}/deliveries").json()["items"]
    return {
        "{feed_id}": feed["id"],
        "{endpoint_id}": endpoint["id"],
        "{delivery_id}": delivery["id"],
    }
