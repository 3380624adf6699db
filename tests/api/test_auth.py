"""Every /v1 route needs a valid, unrevoked API key."""

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app import repository
from app.ratelimit import RateLimiter
from app.services import keys as key_service
from app.settings import Settings
from tests.helpers import create_key, example_context, v1_routes
from tests.inspection import inspection_session

PUBLIC_PATHS = {"/healthz", "/readyz"}
# /v1 routes whose auth is not an API key, each with the reason.
NOT_KEY_AUTH = {
    # The ATS receiver: the vendor's signature is its auth. An unsigned delivery to a real
    # integration is a 401 problem too, without the Bearer challenge, since no key would help
    # (tests/api/test_webhooks_security.py).
    ("POST", "/v1/webhooks/{integration_id}"),
    # A calendar subscription: the unguessable token in the path is its auth, since calendar
    # apps send no API key; an unknown or revoked token is 404 (tests/api/test_plan_calendar.py).
    ("GET", "/v1/calendar-feeds/{token}.ics"),
    ("HEAD", "/v1/calendar-feeds/{token}.ics"),
}


def concrete(path: str) -> str:
    return path.replace("{rejection_id}", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")


def test_every_v1_route_refuses_a_request_without_a_key(
    anonymous_client: TestClient, rejoinder_app: FastAPI
) -> None:
    routes = [route for route in v1_routes(rejoinder_app) if route not in NOT_KEY_AUTH]
    assert len(routes) >= 6

    for method, path in routes:
        response = anonymous_client.request(method, concrete(path), json={})

        assert response.status_code == 401, (method, path)
        assert response.headers["www-authenticate"] == 'Bearer realm="rejoinder"'
        assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Bearer rj_live_nothere_nothing"},
        {"Authorization": "Bearer not-a-key"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"X-API-Key": "rj_live_000000000000_forged-secret"},
    ],
)
def test_a_malformed_or_unknown_key_is_a_401(
    anonymous_client: TestClient, headers: dict[str, str]
) -> None:
    response = anonymous_client.get("/v1/rejections", headers=headers)

    assert response.status_code == 401


def test_a_known_key_id_with_a_wrong_secret_is_a_401(
    anonymous_client: TestClient, keys: dict[str, str]
) -> None:
    forged = keys["a"][:-4] + "AAAA"

    response = anonymous_client.get("/v1/rejections", headers={"Authorization": f"Bearer {forged}"})

    assert response.status_code == 401


def test_the_key_is_accepted_in_x_api_key_too(
    anonymous_client: TestClient, keys: dict[str, str]
) -> None:
    response = anonymous_client.get("/v1/rejections", headers={"X-API-Key": keys["a"]})

    assert response.status_code == 200


def test_a_revoked_key_is_refused_from_the_next_request(anonymous_client: TestClient) -> None:
    key = create_key("revocation")
    headers = {"Authorization": f"Bearer {key}"}
    assert (
        anonymous_client.post("/v1/rejections", json=example_context(), headers=headers).status_code
        == 201
    )
    key_id = key.split("_")[2]

    with inspection_session(write=True) as session, session.begin():
        assert key_service.revoke_key(session=session, key_id=key_id)

    response = anonymous_client.get("/v1/rejections", headers=headers)
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


def test_the_openapi_document_declares_the_key_schemes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()

    schemes = spec["components"]["securitySchemes"]
    assert schemes["HTTPBearer"]["scheme"] == "bearer"
    assert schemes["APIKeyHeader"]["name"] == "X-API-Key"
    assert spec["paths"]["/v1/rejections"]["post"]["security"]


def test_health_probes_need_no_key(anonymous_client: TestClient) -> None:
    for path in PUBLIC_PATHS:
        assert anonymous_client.get(path).status_code == 200


def test_failed_authentications_are_throttled_per_client_address(
    rejoinder_app: FastAPI, keys: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups: list[str] = []
    find = repository.find_key_credentials

    def counted(engine: Any, key_id: str) -> Any:
        lookups.append(key_id)
        return find(engine, key_id)

    monkeypatch.setattr(repository, "find_key_credentials", counted)
    # The suite runs without the limit (schemathesis); this test installs its own.
    assert Settings.model_fields["auth_failures_per_minute"].default == 60
    threshold = 5
    monkeypatch.setattr(rejoinder_app.state, "auth_failure_limiter", RateLimiter(threshold))
    attacker = TestClient(
        rejoinder_app, raise_server_exceptions=False, client=("203.0.113.7", 40000)
    )
    honest = TestClient(
        rejoinder_app,
        raise_server_exceptions=False,
        client=("198.51.100.9", 40000),
        headers={"Authorization": f"Bearer {keys['a']}"},
    )
    forged = {"Authorization": "Bearer rj_live_000000000000_forged-secret"}

    allowed = [attacker.get("/v1/rejections", headers=forged) for _ in range(threshold)]
    refused = attacker.get("/v1/rejections", headers=forged)

    assert [response.status_code for response in allowed] == [401] * threshold
    assert refused.status_code == 429, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.json()["type"].endswith("/too-many-failed-authentications")
    # Refused before the key is looked up: a flood costs no database work.
    assert len(lookups) == threshold
    assert honest.get("/v1/rejections").status_code == 200
