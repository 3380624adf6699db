"""A tenant never sees, changes or learns of another tenant's records: 404, never 403.

The test walks the app's own routes, so a route added without tenant scoping fails here
until it is given a request below and answers 404 across tenants.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.helpers import example_context, v1_routes

# What each route is sent when another tenant calls it with tenant a's ids.
REQUESTS: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/v1/rejections/{rejection_id}"): {},
    ("PATCH", "/v1/rejections/{rejection_id}"): {"json": {"outcome": "offer"}},
    ("DELETE", "/v1/rejections/{rejection_id}"): {},
    ("POST", "/v1/rejections/{rejection_id}/stop"): {"json": {"reason": "contact_asked"}},
    ("POST", "/v1/rejections/{rejection_id}/drafts"): {"json": {"tone": "formal"}},
    ("GET", "/v1/rejections/{rejection_id}/drafts"): {},
}
# Routes without an id of their own: they must show tenant b nothing of tenant a's.
COLLECTIONS = {
    ("GET", "/v1/rejections"): lambda body: body["items"] == [],
    ("GET", "/v1/stats"): lambda body: body["total"] == 0,
    ("POST", "/v1/rejections"): None,  # creates in the caller's own tenant
    ("POST", "/v1/drafts/review"): None,  # reads no stored record
    ("POST", "/v1/drafts/preview"): None,  # reads no stored record
}


def test_every_v1_route_is_covered_by_this_test(rejoinder_app: FastAPI) -> None:
    uncovered = set(v1_routes(rejoinder_app)) - REQUESTS.keys() - COLLECTIONS.keys()

    assert uncovered == set()


def test_another_tenants_record_is_404_on_every_route(
    client: TestClient, other_client: TestClient, rejoinder_app: FastAPI
) -> None:
    created = client.post("/v1/rejections", json=example_context()).json()

    for (method, path), request in REQUESTS.items():
        url = path.replace("{rejection_id}", created["id"])
        response = other_client.request(method, url, **request)

        assert response.status_code == 404, (method, path, response.text)

    after = client.get(f"/v1/rejections/{created['id']}").json()
    assert after == created


def test_collections_show_another_tenant_nothing(
    client: TestClient, other_client: TestClient
) -> None:
    client.post("/v1/rejections", json=example_context())

    for (method, path), empty in COLLECTIONS.items():
        if empty is None:
            continue
        response = other_client.request(method, path)
        assert response.status_code == 200
        assert empty(response.json()), (method, path)
